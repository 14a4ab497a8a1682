//! The report of a validation pass.

use std::fmt;

use serde::Serialize;

/// How serious a violation is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Severity {
    /// The data may be right but looks doubtful, or the rule could not decide: a signatory
    /// with no known post at a party on the signing day.
    Warning,
    /// The data contradicts itself: a reference to nothing, a cycle, a reversed date.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One broken rule: where, how bad, which rule, and what is wrong in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct Violation {
    /// Error or warning.
    pub severity: Severity,
    /// The rule's stable kebab-case code (`dangling-reference`); see [`crate::validate`]
    /// for the list.
    pub code: &'static str,
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
            self.path, self.severity, self.code, self.message
        )
    }
}

/// Every violation a validation pass found, in document order within each rule.
///
/// ```
/// use multilateral::Dataset;
///
/// let data = Dataset::from_json(r#"{"schema_version": "1.0", "organizations": [
///     {"id": "iom", "name": "International Organization for Migration", "kind": "un-entity"},
///     {"id": "iom", "name": "IOM again", "kind": "un-entity"}
/// ]}"#)?;
/// let report = data.validate();
/// assert!(report.has_errors());
/// let v = &report.violations()[0];
/// assert_eq!((v.code, v.path.as_str()), ("duplicate-id", "/organizations/1/id"));
/// # Ok::<(), multilateral::ParseError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Report {
    pub(crate) fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        path: String,
        message: String,
    ) {
        self.violations.push(Violation {
            severity,
            code,
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

    /// The violations with a given code.
    pub fn with_code<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Violation> {
        self.violations.iter().filter(move |v| v.code == code)
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
