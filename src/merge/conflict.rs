//! What two documents say differently about one record.

use std::fmt;

use crate::source::Source;

/// Two documents disagree about one fact of one record: each claim with the document it
/// comes from, its path there, its value and its sources. See [the merge](crate::merge).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Conflict {
    /// Where the fact lies in the merged document: `/officials/3/nationality`.
    pub path: String,
    /// What was said first: the earlier document in the order they were merged.
    pub first: Claim,
    /// What a later document said.
    pub second: Claim,
    /// Which claim the merged document holds, as the [`Policy`](crate::merge::Policy) chose.
    pub kept: Kept,
}

/// One side of a [`Conflict`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Claim {
    /// The document it comes from, counted from 0 in the order they were given.
    pub input: usize,
    /// Its path in that document: `/officials/0/nationality`.
    pub path: String,
    /// The value, as JSON (`"KZ"`, `{"start": "2020", "end": "2024"}`).
    pub value: serde_json::Value,
    /// The sources behind it: those of the holding it belongs to when it names its own, else
    /// those of its record.
    pub sources: Vec<Source>,
}

/// Which claim of a conflict the merged document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kept {
    /// The first claim ([`Policy::KeepFirst`](crate::merge::Policy::KeepFirst), and
    /// [`Policy::Refuse`](crate::merge::Policy::Refuse), whose merge is refused).
    First,
    /// The later claim ([`Policy::KeepSecond`](crate::merge::Policy::KeepSecond)).
    Second,
}

impl Claim {
    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} in input {} at {}", self.value, self.input, self.path)?;
        let named: Vec<String> = self
            .sources
            .iter()
            .filter_map(|s| {
                s.url
                    .as_ref()
                    .map(|u| u.as_str().to_owned())
                    .or_else(|| s.title.as_ref().map(|t| t.as_str().to_owned()))
            })
            .collect();
        if !named.is_empty() {
            write!(f, " ({})", named.join(", "))?;
        }
        Ok(())
    }
}

impl fmt::Display for Conflict {
    /// `path: conflict: KEPT in input 0 at /…, against OTHER in input 1 at /…`, the line
    /// the merge example prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kept, other) = match self.kept {
            Kept::First => (&self.first, &self.second),
            Kept::Second => (&self.second, &self.first),
        };
        write!(f, "{}: conflict: kept ", self.path)?;
        kept.describe(f)?;
        f.write_str(", against ")?;
        other.describe(f)
    }
}
