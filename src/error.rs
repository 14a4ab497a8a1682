//! Errors raised when a single value (an id, a code, a date…) fails to parse.

use thiserror::Error;

/// Why a string is not a valid value of one of the crate's value types.
///
/// Every value type (`OrganizationId`, `CountryCode`, `PartialDate`, …) parses through one
/// function; this is what it says when the string is refused. Messages are lower case and
/// carry the offending input, so they read well inside a longer error.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ValueError {
    /// An identifier breaks the id syntax (see [`crate::id`]).
    #[error("invalid {kind} id {input:?}: {reason}")]
    Id {
        /// Which id type was being parsed ("organization", "meeting", …).
        kind: &'static str,
        /// The refused input, cut to 80 characters.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Not an assigned ISO 3166-1 alpha-2 code.
    #[error("invalid country code {input:?}: {reason}")]
    Country {
        /// The refused input, cut to 80 characters.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Not a well-formed BCP 47 language tag.
    #[error("invalid language tag {input:?}: {reason}")]
    Language {
        /// The refused input, cut to 80 characters.
        input: String,
        /// What the tag parser said.
        reason: String,
    },
    /// Not a partial date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("invalid date {input:?}: {reason}")]
    Date {
        /// The refused input, cut to 80 characters.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A period whose start lies after its end.
    #[error("period starts ({start}) after it ends ({end})")]
    PeriodReversed {
        /// The start as written.
        start: String,
        /// The end as written.
        end: String,
    },
    /// A text field that is empty, blank, or longer than the limit.
    #[error("invalid text: {reason}")]
    Text {
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A web address that is not an absolute `http` or `https` URL.
    #[error("invalid url {input:?}: {reason}")]
    Url {
        /// The refused input, cut to 80 characters.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Not one of the values of an enum written as a string.
    #[error("unknown {kind} {input:?}: expected one of {}", quoted(expected))]
    Variant {
        /// The enum's name ("MeetingKind").
        kind: &'static str,
        /// The refused input, cut to 80 characters.
        input: String,
        /// Every value the enum has, as written.
        expected: &'static [&'static str],
    },
    /// A `schema_version` this version of the crate cannot read.
    #[error("unsupported schema_version {input:?}: this crate reads {supported:?}")]
    SchemaVersion {
        /// The version found in the document.
        input: String,
        /// The version this crate reads.
        supported: &'static str,
    },
}

/// Cuts a refused input to a length that fits in an error message.
pub(crate) fn excerpt(input: &str) -> String {
    const MAX: usize = 80;
    match input.char_indices().nth(MAX) {
        Some((cut, _)) => {
            let kept = input
                .get(..cut)
                .expect("char_indices gives the start of a character");
            format!("{kept}…")
        }
        None => input.to_owned(),
    }
}

/// `"a", "b", "c"`.
fn quoted(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
    quoted.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_keeps_short_inputs_and_cuts_long_ones_on_char_boundaries() {
        assert_eq!(excerpt("cica"), "cica");
        let long = "é".repeat(100);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), 81);
        assert!(cut.ends_with('…'));
    }
}
