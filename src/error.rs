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
    #[error("invalid {kind} id \"{input}\": {reason}")]
    Id {
        /// Which id type was being parsed ("organization", "meeting", …).
        kind: &'static str,
        /// The refused input, cut to 80 characters.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Not an assigned ISO 3166-1 alpha-2 code.
    #[error("invalid country code \"{input}\": {reason}")]
    Country {
        /// The refused input, cut to 80 characters.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Not a well-formed BCP 47 language tag.
    #[error("invalid language tag \"{input}\": {reason}")]
    Language {
        /// The refused input, cut to 80 characters.
        input: String,
        /// What the tag parser said.
        reason: String,
    },
    /// Not a partial date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("invalid date \"{input}\": {reason}")]
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
    #[error("invalid url \"{input}\": {reason}")]
    Url {
        /// The refused input, cut to 80 characters.
        input: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Not one of the values of an enum written as a string.
    #[error("unknown {kind} \"{input}\": expected one of {}", quoted(expected))]
    Variant {
        /// The enum's name ("MeetingKind").
        kind: &'static str,
        /// The refused input, cut to 80 characters.
        input: String,
        /// Every value the enum has, as written.
        expected: &'static [&'static str],
    },
    /// A `schema_version` this version of the crate cannot read.
    #[error("unsupported schema_version \"{input}\": this crate reads {supported}")]
    SchemaVersion {
        /// The version found in the document.
        input: String,
        /// The version this crate reads.
        supported: &'static str,
    },
}

/// Cuts a refused input to a length that fits in an error message (80 characters), and
/// writes it to be read between quotes: the characters a reader cannot see (controls, white
/// space other than the plain space, zero-width and other invisible format characters) as
/// escapes such as `\u{200b}`, so that a message never prints a raw control character and
/// `"ngo\u{200b}"` does not look like `"ngo"`; and `"` and `\` escaped.
pub(crate) fn excerpt(input: &str) -> String {
    shown(input, |c| c != ' ' && crate::invisible::is_invisible(c))
}

/// [`excerpt`] for values that are ASCII when valid (ids, codes, dates, tags): every other
/// character is escaped too, so that a Cyrillic `о` in an id shows as `\u{43e}`.
pub(crate) fn excerpt_ascii(input: &str) -> String {
    shown(input, |c| {
        !c.is_ascii() || (c != ' ' && crate::invisible::is_invisible(c))
    })
}

/// How many characters of a refused input a message quotes.
const EXCERPT: usize = 80;

/// The first 80 characters of `input` and `…` when there are more, as they are: for a
/// message that is escaped later (serde's, which [`crate::parse`] escapes once).
pub(crate) fn cut(input: &str) -> std::borrow::Cow<'_, str> {
    match input.char_indices().nth(EXCERPT) {
        Some((at, _)) => format!("{}…", input.get(..at).expect("a character boundary")).into(),
        None => input.into(),
    }
}

/// The first 80 characters of `input`, written to be read between double quotes: `"` and `\`
/// escaped as in a Rust or JSON string, and the characters `escape` picks as `\u{…}`. A
/// backtick is written `\u{60}`, so that an excerpt never holds one: parse errors quote
/// serde's values between backticks and escape those, and an excerpt is never escaped twice.
fn shown(input: &str, escape: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(input.len().min(4 * EXCERPT));
    for (n, c) in input.chars().enumerate() {
        if n == EXCERPT {
            out.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c == '`' || escape(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
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

    #[test]
    fn excerpts_escape_what_a_reader_cannot_see() {
        assert_eq!(excerpt("ngo\u{200b}"), "ngo\\u{200b}");
        assert_eq!(
            excerpt("a\u{0}b\tc d\u{feff}"),
            "a\\u{0}b\\u{9}c d\\u{feff}"
        );
        assert_eq!(excerpt("Genève"), "Genève");
        // In values that are ASCII when valid, every other character shows as its code point.
        assert_eq!(excerpt_ascii("cic\u{430}"), "cic\\u{430}");
        assert_eq!(
            excerpt_ascii("\u{662}\u{660}\u{660}\u{668}"),
            "\\u{662}\\u{660}\\u{660}\\u{668}"
        );
    }
}
