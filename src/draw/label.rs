//! The text of a picture's labels: cleaned of characters no renderer shows, wrapped to a
//! readable width, and the words for dates and periods.
//!
//! Escaping for each syntax is the writers' business ([`dot`](super::dot),
//! [`mermaid`](super::mermaid)); this file only decides what a label says.

use crate::bound::Bound;
use crate::period::Period;

/// The widest line of a node's label, in characters, before it is wrapped.
pub(crate) const WIDTH: usize = 28;

/// The most lines a node's label takes; the rest is cut with an ellipsis.
pub(crate) const MAX_LINES: usize = 4;

/// A character as a label shows it: line breaks are `'\n'`; every other control character,
/// line or paragraph separator and non-character is a space or U+FFFD, so that no syntax
/// (DOT, Mermaid, the YAML of Mermaid's front matter) ever sees one.
pub(crate) fn clean_char(c: char) -> char {
    match c {
        '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
        '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
        c if c.is_control() => ' ',
        c => c,
    }
}

/// `text` with every character cleaned (see [`clean_char`]) and `\r\n` read as one break.
pub(crate) fn clean(text: &str) -> String {
    text.replace("\r\n", "\n").chars().map(clean_char).collect()
}

/// `text` cleaned, on one line: breaks become spaces.
pub(crate) fn one_line(text: &str) -> String {
    clean(text).replace('\n', " ")
}

/// `text` cleaned and wrapped at word boundaries to lines of at most `width` characters
/// (a longer word is cut), at most `max_lines` of them; what does not fit ends in `…`.
/// The lines are joined with `'\n'`. Cost: O(length of the text).
pub(crate) fn wrap(text: &str, width: usize, max_lines: usize) -> String {
    let width = width.max(1);
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    for paragraph in clean(text).split('\n') {
        let mut line: Vec<char> = Vec::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let mut chars: Vec<char> = word.chars().collect();
            if !line.is_empty() && line.len() + 1 + chars.len() > width {
                lines.push(std::mem::take(&mut line).into_iter().collect());
            }
            while chars.len() > width {
                // A word longer than a line: cut it.
                let rest = chars.split_off(width);
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line).into_iter().collect());
                }
                lines.push(chars.into_iter().collect());
                chars = rest;
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.extend(chars);
        }
        if !line.is_empty() {
            lines.push(line.into_iter().collect());
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            if last.chars().count() >= width {
                last.pop();
            }
            last.push('…');
        }
    }
    lines.join("\n")
}

/// What one end of a period says, in words: `2019-07`, `not before 2019-07`, `between 2018
/// and 2019-06`, `unknown`; an open start is `from the beginning` and an open end `open`.
pub(crate) fn bound_text(bound: Bound, is_start: bool) -> String {
    match bound {
        Bound::Date(d) => d.to_string(),
        Bound::Between(r) => match (r.not_before(), r.not_after()) {
            (Some(a), Some(b)) => format!("between {a} and {b}"),
            (Some(a), None) => format!("not before {a}"),
            (None, Some(b)) => format!("not after {b}"),
            (None, None) => "unknown".into(),
        },
        Bound::Unknown => "unknown".into(),
        Bound::Open if is_start => "from the beginning".into(),
        Bound::Open => "open".into(),
    }
}

/// A period in words: `2024` for a period within one date, `2024-11-25 to 2024-11-27`,
/// `2020 to open`, `dates unknown` for `{}`.
pub(crate) fn period_text(period: &Period) -> String {
    if period.is_unknown() {
        return "dates unknown".into();
    }
    if let (Some(a), Some(b)) = (period.start().date(), period.end().date()) {
        if a == b {
            return a.to_string();
        }
    }
    format!(
        "{} to {}",
        bound_text(period.start(), true),
        bound_text(period.end(), false)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words_and_cuts_with_an_ellipsis() {
        assert_eq!(wrap("a bc def", 4, 4), "a bc\ndef");
        assert_eq!(wrap("abcdefgh", 3, 4), "abc\ndef\ngh");
        assert_eq!(wrap("one two three four", 5, 2), "one\ntwo…");
        assert_eq!(wrap("one two", 5, 2), "one\ntwo");
        assert_eq!(wrap("x\ny", 5, 4), "x\ny");
        assert_eq!(wrap("  ", 5, 4), "");
    }

    #[test]
    fn cleans_controls_and_separators() {
        assert_eq!(clean("a\r\nb\u{0}c\u{2028}d\u{FFFF}"), "a\nb c\nd\u{FFFD}");
        assert_eq!(one_line("a\nb"), "a b");
    }
}
