//! Merging documents from many sources into one, and finding records that may be the same.
//!
//! A dataset of multilateral cooperation grows report by report: the Geneva 2024 release
//! knows Thomas Greminger as Director of the GCSP, a 2020 report as OSCE Secretary General.
//! A [`Merger`] takes such documents one by one and gives one document that holds every fact
//! of each, and a report of what they say differently.
//!
//! # What is the same
//!
//! - **Records**: the same id in two documents is the same record. Ids that differ but name
//!   one record are said to be the same with [`SameAs`], or by a record's own `aliases`; the
//!   merged record has the canonical id, keeps the other ids as aliases (references to them
//!   still resolve, and [`Registry`](crate::Registry) lookups by them find it), and every
//!   reference to them is rewritten.
//! - **Holdings**: a post is the same as another of the same official at the same
//!   organization, in the same role and with no other title; a membership the same as one
//!   of the same party with the same status; a chairmanship one of the same state. Each
//!   also needs the days both may span to meet, and their starts or their ends to agree:
//!   a term whose end one source gives and another contradicts is one term, in conflict;
//!   consecutive terms, whose starts and ends both differ, are two. An incoming holding
//!   that could be the same as two kept ones is kept on its own, never merged into a guess.
//! - **Participants** are the same when they are the same party represented by the same
//!   official (or both by none) in the same role: one party can take part in two roles (a
//!   host that also speaks), so another role is another entry. **Outcomes** are the same
//!   when they have the same kind and text (folded).
//! - **Plain lists** (other names, aliases, identifiers, sources, topics, areas, parties,
//!   signatories, relations, dimensions, MoUs, attested days) are united, each value once,
//!   in the order first seen.
//!
//! # What refines what
//!
//! Two values of one field agree when they are equal, or when one says more of what the
//! other says; the merged document holds the one that says more:
//!
//! | field | kept | refined by |
//! |---|---|---|
//! | a date (`founded`, `signed`…) | `2020` | `2020-03-05`, any date inside it |
//! | an end of a period | unknown | anything |
//! | | open (`..`, "still running") | a date or limits: a later source knows the end |
//! | | a date or limits | a date or limits inside them |
//! | a meeting's status | `planned` | `held`, `postponed`, `cancelled` |
//! | an MoU's status | `draft` < `signed` < `in-force` < `expired` or `terminated` | a later stage |
//! | a kind | `other` | any other kind |
//! | an absent optional value | nothing | any value |
//! | `acting`, `founding`, `online` | `false` (not said) | `true` |
//! | a text (a title, a theme, a city) | a spelling | the same text in other case, accents or spacing |
//! | a location, a headquarters | some parts | parts that do not differ |
//!
//! A name in another spelling is not a disagreement: it is kept among the record's other
//! names. Anything else two documents say differently is a [`Conflict`], reported with both
//! paths, both values and both sources, and settled by the [`Policy`] the caller picks:
//! never silently.
//!
//! # Laws
//!
//! Merging is idempotent (a document merged with itself is itself), commutative and
//! associative up to the order of records and lists and to which claim of a conflict is
//! kept, and loses no fact: every fact of every input is in the result, as said or refined,
//! or in a conflict. The tests check each law on generated documents.
//!
//! ```
//! use multilateral::merge::{Merger, Policy};
//! use multilateral::Dataset;
//!
//! let first = Dataset::from_json(r#"{"schema_version": "2.0", "organizations": [
//!     {"id": "cica", "name": "CICA", "kind": "intergovernmental",
//!      "chairs": [{"country": "KZ", "period": {"start": "2020"}}]}]}"#)?;
//! let later = Dataset::from_json(r#"{"schema_version": "2.0", "organizations": [
//!     {"id": "cica", "name": "CICA", "kind": "intergovernmental",
//!      "chairs": [{"country": "KZ", "period": {"start": "2020", "end": "2024-12-17"}},
//!                 {"country": "AZ", "period": {"start": "2024-12-17"}}]}]}"#)?;
//! let merged = Merger::new(Policy::Refuse).with(first).with(later).finish()?;
//! let chairs = &merged.dataset.organizations[0].chairs;
//! assert_eq!(chairs.len(), 2); // Kazakhstan's term refined, Azerbaijan's added
//! assert_eq!(chairs[0].period.to_string(), "2020/2024-12-17");
//! assert!(merged.conflicts.is_empty());
//! assert!(merged.dataset.validate().is_clean());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod candidates;
mod conflict;
mod fields;
mod records;
mod refine;
mod same_as;

use std::collections::HashMap;
use std::fmt;
use std::hash::Hash;

pub use candidates::{Candidate, Evidence, MAX_BLOCK, Pair, candidates};
pub use conflict::{Claim, Conflict, Kept};
pub use same_as::SameAs;

use crate::dataset::Dataset;
use fields::{Fields, Provenance};
use records::At;

/// What to do when two documents disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Policy {
    /// Keep what the earlier document said, and report the conflict.
    #[default]
    KeepFirst,
    /// Keep what the later document said, and report the conflict.
    KeepSecond,
    /// Refuse the merge when there is any conflict: [`Merger::finish`] returns them all.
    Refuse,
}

/// The merged document, and every conflict the policy settled.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Merged {
    /// One document holding every fact of the inputs.
    pub dataset: Dataset,
    /// What the inputs said differently, in the order found.
    pub conflicts: Vec<Conflict>,
}

/// A merge refused under [`Policy::Refuse`]: the conflicts found.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    /// Every conflict, each with the claim the other policies would choose between.
    pub conflicts: Vec<Conflict>,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "merge refused: {} conflict(s)", self.conflicts.len())?;
        for c in &self.conflicts {
            write!(f, "\n{c}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refused {}

/// Takes documents one by one and merges them into one. See [the module docs](self).
#[derive(Debug, Clone, Default)]
pub struct Merger {
    policy: Policy,
    same_as: SameAs,
    inputs: Vec<Dataset>,
}

impl Merger {
    /// A merger that settles conflicts by `policy`.
    pub fn new(policy: Policy) -> Self {
        Self {
            policy,
            ..Self::default()
        }
    }

    /// Says which ids name the same records across the documents.
    pub fn same_as(mut self, same_as: SameAs) -> Self {
        self.same_as = same_as;
        self
    }

    /// Adds the next document; documents merge in the order they are added.
    pub fn add(&mut self, document: Dataset) -> &mut Self {
        self.inputs.push(document);
        self
    }

    /// [`add`](Self::add), by value.
    pub fn with(mut self, document: Dataset) -> Self {
        self.inputs.push(document);
        self
    }

    /// Merges the documents. Refused under [`Policy::Refuse`] when any two disagree.
    ///
    /// Cost: linear in the total size of the documents, plus, within each list of holdings,
    /// participants or outcomes of a record, one comparison of each incoming element with
    /// each kept element of the same key (see [the module docs](self)).
    pub fn finish(self) -> Result<Merged, Refused> {
        let Self {
            policy,
            same_as,
            mut inputs,
        } = self;
        let canonical = same_as::Canonical::new(&same_as, &inputs);
        for doc in &mut inputs {
            canonical.rewrite(doc);
        }
        let mut out = Dataset::new();
        let mut conflicts = Vec::new();
        let mut provenance = Provenance::default();
        let mut ids = Ids::default();
        for (input, doc) in inputs.iter().enumerate() {
            let mut fields = Fields {
                policy,
                conflicts: &mut conflicts,
                provenance: &mut provenance,
                inputs: &inputs,
                input,
            };
            collection(
                &mut fields,
                "organizations",
                &mut ids.organizations,
                &mut out.organizations,
                &doc.organizations,
                |r| r.id.clone(),
                records::organization,
            );
            collection(
                &mut fields,
                "officials",
                &mut ids.officials,
                &mut out.officials,
                &doc.officials,
                |r| r.id.clone(),
                records::official,
            );
            collection(
                &mut fields,
                "dimensions",
                &mut ids.dimensions,
                &mut out.dimensions,
                &doc.dimensions,
                |r| r.id.clone(),
                records::dimension,
            );
            collection(
                &mut fields,
                "mous",
                &mut ids.mous,
                &mut out.mous,
                &doc.mous,
                |r| r.id.clone(),
                records::mou,
            );
            collection(
                &mut fields,
                "meetings",
                &mut ids.meetings,
                &mut out.meetings,
                &doc.meetings,
                |r| r.id.clone(),
                records::meeting,
            );
        }
        if policy == Policy::Refuse && !conflicts.is_empty() {
            return Err(Refused { conflicts });
        }
        Ok(Merged {
            dataset: out,
            conflicts,
        })
    }
}

/// Merges two documents, the first before the second: `Merger::new(policy)` with both.
///
/// ```
/// use multilateral::merge::{merge, Policy};
/// use multilateral::Dataset;
///
/// let a = Dataset::from_json(r#"{"schema_version": "2.0", "officials": [
///     {"id": "thomas-greminger", "name": "Thomas Greminger", "nationality": "CH"}]}"#)?;
/// let b = Dataset::from_json(r#"{"schema_version": "2.0", "officials": [
///     {"id": "thomas-greminger", "name": "Thomas Greminger", "nationality": "AT"}]}"#)?;
/// let refused = merge(a.clone(), b.clone(), Policy::Refuse).unwrap_err();
/// assert_eq!(refused.conflicts[0].path, "/officials/0/nationality");
/// let kept = merge(a, b, Policy::KeepSecond)?;
/// assert_eq!(kept.dataset.officials[0].nationality.map(|c| c.to_string()).as_deref(), Some("AT"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn merge(first: Dataset, second: Dataset, policy: Policy) -> Result<Merged, Refused> {
    Merger::new(policy).with(first).with(second).finish()
}

/// Where each id's record lies in the merged document, by kind.
#[derive(Default)]
struct Ids {
    organizations: HashMap<crate::OrganizationId, usize>,
    officials: HashMap<crate::OfficialId, usize>,
    dimensions: HashMap<crate::DimensionId, usize>,
    mous: HashMap<crate::MouId, usize>,
    meetings: HashMap<crate::MeetingId, usize>,
}

/// Merges one collection of an incoming document: each record into the merged record with
/// its id, or appended.
fn collection<T: Clone, Id: Hash + Eq>(
    fields: &mut Fields<'_>,
    name: &str,
    ids: &mut HashMap<Id, usize>,
    out: &mut Vec<T>,
    incoming: &[T],
    id: impl Fn(&T) -> Id,
    merge: impl Fn(&mut Fields<'_>, &At, &mut T, &T),
) {
    for (i, record) in incoming.iter().enumerate() {
        crate::work::step();
        let path = format!("/{name}/{i}");
        match ids.get(&id(record)).copied() {
            Some(at) => {
                let here = At {
                    merged: format!("/{name}/{at}"),
                    incoming: path,
                };
                if let Some(kept) = out.get_mut(at) {
                    merge(fields, &here, kept, record);
                }
            }
            None => {
                ids.insert(id(record), out.len());
                fields
                    .provenance
                    .note(format!("/{name}/{}", out.len()), fields.input, path);
                out.push(record.clone());
            }
        }
    }
}
