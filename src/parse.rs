//! Reading a document, with errors that say where.

use std::fmt;

use serde::Deserialize;

use crate::dataset::Dataset;
use crate::error::excerpt;

/// Why a JSON document could not be read as a [`Dataset`].
///
/// Says where: a JSON-pointer [`path`](Self::path) to the offending value
/// (`/meetings/3/when/start`; `""` for the document itself), and the line and column where
/// reading stopped. Reading stops at the first such error; once a document reads, every
/// rule across records is checked at once by [`Dataset::validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    path: String,
    line: usize,
    column: usize,
    kind: ParseErrorKind,
    message: String,
}

/// What went wrong while reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text is not JSON (a missing comma, a stray character, bad UTF-8).
    Syntax,
    /// The JSON does not fit the document: a wrong type, an unknown or missing field, an
    /// invalid id, date or code.
    Data,
    /// The text ended in the middle of the document (a truncated file).
    Eof,
}

impl ParseErrorKind {
    /// A stable kebab-case code: `invalid-json`, `invalid-data`, `truncated-json`.
    pub fn code(self) -> &'static str {
        match self {
            ParseErrorKind::Syntax => "invalid-json",
            ParseErrorKind::Data => "invalid-data",
            ParseErrorKind::Eof => "truncated-json",
        }
    }
}

impl ParseError {
    /// The JSON pointer of the value where reading failed; `""` is the whole document.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The line (1-based) where reading stopped.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column (1-based) where reading stopped.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What kind of error it is.
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// A stable code for the kind of error (see [`ParseErrorKind::code`]).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        write!(
            f,
            "{path}: {} (line {}, column {})",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// Reads a document. A byte order mark at the start is skipped, as RFC 8259 allows (lines
/// and columns are then counted after it).
pub(crate) fn from_json(text: &str) -> Result<Dataset, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    read(text.as_bytes(), || serde_json::Deserializer::from_str(text))
}

/// [`from_json`] of bytes, which must be UTF-8.
pub(crate) fn from_slice(bytes: &[u8]) -> Result<Dataset, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    read(bytes, || serde_json::Deserializer::from_slice(bytes))
}

/// Reads one document and refuses anything but white space after it.
///
/// The document is read once at full speed; only when that fails is it read again with
/// path tracking, to say where. Reading is deterministic, so the second pass stops at the
/// same error.
fn read<'de, R: serde_json::de::Read<'de>>(
    input: &[u8],
    make: impl Fn() -> serde_json::Deserializer<R>,
) -> Result<Dataset, ParseError> {
    let mut de = make();
    if let Ok(data) = <Dataset as Deserialize>::deserialize(&mut de) {
        de.end().map_err(|e| error(input, String::new(), e))?;
        return Ok(data);
    }
    let mut de = make();
    let data = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| error(input, pointer(e.path()), e.into_inner()))?;
    de.end().map_err(|e| error(input, String::new(), e))?;
    Ok(data)
}

/// serde_json's message for a lone surrogate escape says "unexpected end of hex escape" when
/// a leading surrogate (`\ud800`) is followed by no escape, and calls a lone trailing one
/// (`\udc00`) "leading". Reads the escape before the error's place and says what it is.
fn surrogate_message(input: &[u8], line: usize, column: usize) -> Option<String> {
    let line_start = input
        .split(|&b| b == b'\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum::<usize>();
    let at = (line_start + column).min(input.len());
    let before = input.get(at.saturating_sub(14)..at)?;
    // The last `\uXXXX` that is a surrogate, among the escapes just before the place.
    let surrogate = (0..before.len().saturating_sub(5))
        .rev()
        .filter_map(|i| {
            let escape = before.get(i..i + 6)?;
            let hex = escape.strip_prefix(b"\\u")?;
            let value = u16::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
            (0xD800..=0xDFFF).contains(&value).then_some(value)
        })
        .next()?;
    Some(if surrogate < 0xDC00 {
        format!(
            "lone leading surrogate `\\u{surrogate:04x}`: a trailing surrogate escape (`\\udc00` to `\\udfff`) must follow it"
        )
    } else {
        format!(
            "lone trailing surrogate `\\u{surrogate:04x}`: it may only follow a leading surrogate escape (`\\ud800` to `\\udbff`)"
        )
    })
}

fn error(input: &[u8], path: String, inner: serde_json::Error) -> ParseError {
    let kind = match inner.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
            ParseErrorKind::Syntax
        }
        serde_json::error::Category::Data => ParseErrorKind::Data,
        serde_json::error::Category::Eof => ParseErrorKind::Eof,
    };
    let full = inner.to_string();
    // serde_json appends " at line L column C"; keep the message without it.
    let message = match full.rfind(" at line ") {
        Some(at) => full.get(..at).expect("rfind gives a character boundary"),
        None => &full,
    };
    let message = match message {
        "unexpected end of hex escape" | "lone leading surrogate in hex escape" => {
            surrogate_message(input, inner.line(), inner.column())
                .unwrap_or_else(|| message.to_owned())
        }
        _ => shorten_quotes(message),
    };
    // A duplicate field is reported at the record that holds it: point at the field.
    let path = match message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.split_once('`'))
    {
        Some((field, _)) => format!("{path}/{field}"),
        None => path,
    };
    ParseError {
        path,
        line: inner.line(),
        // Columns are 1-based; serde_json says 0 for the end of an empty line.
        column: inner.column().max(1),
        kind,
        message,
    }
}

/// Turns serde_path_to_error's path into a JSON pointer (RFC 6901).
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        out.push('/');
        match segment {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } => {
                out.push_str(&excerpt(key).replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { variant } => out.push_str(variant),
            // Where serde cannot say (the end of a truncated file), stop at the known part.
            Segment::Unknown => {
                out.pop();
            }
        }
    }
    out
}

/// Cuts every part of a message quoted between backticks to an excerpt (serde quotes unknown field names and
/// values between backticks, whole) so that a 10 MB key does not make a 10 MB message.
fn shorten_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        if i % 2 == 1 {
            out.push_str(&excerpt(part));
        } else {
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quoted_parts_are_cut_and_short_ones_kept() {
        let long = "x".repeat(500);
        let message = format!("unknown field `{long}`, expected `id` or `name`");
        let short = shorten_quotes(&message);
        assert_eq!(
            short,
            format!(
                "unknown field `{}…`, expected `id` or `name`",
                "x".repeat(80)
            )
        );
        let plain = "y".repeat(200);
        assert_eq!(shorten_quotes(&plain), plain);
    }
}
