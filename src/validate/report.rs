//! The report of a validation pass.

use std::fmt;

use serde::Serialize;

use crate::validate::rule::Rule;

crate::string_enum::string_enum! {
    /// How serious a violation is.
    pub enum Severity {
        /// The data may be right but looks doubtful, or the rule could not decide: a signatory
        /// with no known post at a party on the signing day.
        Warning = "warning",
        /// The data contradicts itself: a reference to nothing, a cycle, a reversed date.
        Error = "error",
    }
}

/// One broken rule: where, how bad, which rule, and what is wrong in words.
///
/// In JSON (as the `validate` example's `--json` writes it): `{"severity": "error", "code":
/// "dangling-reference", "path": "/meetings/0/participants/0/organization", "message": "no
/// organization has id `cica`"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Violation {
    /// Error or warning: the rule's severity.
    pub severity: Severity,
    /// The rule broken; it is written as its stable kebab-case code (`dangling-reference`).
    #[serde(rename = "code")]
    pub rule: Rule,
    /// The JSON pointer of the offending value (`/meetings/3/participants/1/official`).
    pub path: String,
    /// What is wrong, for a person.
    pub message: String,
}

impl fmt::Display for Violation {
    /// Writes `path: severity[code]: message`, as a compiler would.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}[{}]: {}",
            self.path, self.severity, self.rule, self.message
        )
    }
}

/// Every violation a validation pass found, in document order within each rule.
///
/// ```
/// use multilateral::Dataset;
/// use multilateral::validate::Rule;
///
/// let data = Dataset::from_json(r#"{"schema_version": "2.0", "organizations": [
///     {"id": "iom", "name": "International Organization for Migration", "kind": "un-entity"},
///     {"id": "iom", "name": "IOM again", "kind": "un-entity"}
/// ]}"#)?;
/// let report = data.validate();
/// assert!(report.has_errors());
/// let v = &report.violations()[0];
/// assert_eq!((v.rule, v.path.as_str()), (Rule::DuplicateId, "/organizations/1/id"));
/// # Ok::<(), multilateral::ParseError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Violation {
    /// The rule's stable code: `dangling-reference`.
    pub fn code(&self) -> &'static str {
        self.rule.code()
    }
}

impl Report {
    /// Adds the violations of `other`, after this report's.
    pub(crate) fn append(&mut self, mut other: Report) {
        self.violations.append(&mut other.violations);
    }

    pub(crate) fn push(&mut self, rule: Rule, path: String, message: String) {
        self.violations.push(Violation {
            severity: rule.severity(),
            rule,
            path,
            message,
        });
    }

    /// All violations.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Error)
    }

    /// The warnings only.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.violations
            .iter()
            .filter(|v| v.severity == Severity::Warning)
    }

    /// Whether any violation is an error.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// Whether there is nothing at all to report.
    pub fn is_clean(&self) -> bool {
        self.violations.is_empty()
    }

    /// The violations of one rule.
    pub fn of_rule(&self, rule: Rule) -> impl Iterator<Item = &Violation> {
        self.violations.iter().filter(move |v| v.rule == rule)
    }
}

impl fmt::Display for Report {
    /// One violation a line, then a count.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for v in &self.violations {
            writeln!(f, "{v}")?;
        }
        write!(
            f,
            "{} error(s), {} warning(s)",
            self.errors().count(),
            self.warnings().count()
        )
    }
}

impl std::error::Error for Report {}

impl IntoIterator for Report {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}
