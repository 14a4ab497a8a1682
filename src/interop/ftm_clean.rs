//! Values in the canonical form FollowTheMoney stores them in.
//!
//! FollowTheMoney readers load entities as already cleaned (`get_proxy(data)` trusts stored
//! values), so a value must be written the way FtM's own cleaning (followthemoney 4 with
//! `normality` and `rigour`) would leave it. That cleaning is, for every type: Unicode NFC;
//! space-like characters (U+2000–U+200A, U+2028, U+2029, U+1680, U+202F, U+205F, U+3000)
//! made plain spaces; control and invisible formatting characters deleted; white space
//! trimmed. Names also lose one pair of enclosing quotes and have runs of white space
//! squashed to one space; addresses have line breaks, tabs and `;` written `, `; URLs have a
//! lower-case scheme and a path of at least `/`. Each function here applies those rules until
//! nothing changes (FtM's cleaning is not always idempotent), and cuts values to the type's
//! `maxLength`.

use unicode_normalization::UnicodeNormalization;

/// The longest value of each type, in characters (FtM's `max_length`).
pub(crate) const NAME_MAX: usize = 384;
pub(crate) const STRING_MAX: usize = 1024;
pub(crate) const TEXT_MAX: usize = 65_000;
pub(crate) const ADDRESS_MAX: usize = 250;
pub(crate) const IDENTIFIER_MAX: usize = 64;

/// Space-like characters that FtM writes as a plain space.
fn unsafe_space(c: char) -> bool {
    matches!(
        c,
        '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{0A00}'
                | '\u{1680}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
    )
}

/// Characters FtM deletes: C0 and C1 controls but tab, newline and carriage return, DEL,
/// zero-width and directional marks, word joiners, the soft hyphen, the byte order mark.
fn unsafe_delete(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{B}'..='\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'
        | '\u{80}'..='\u{9F}' | '\u{200B}'..='\u{200F}' | '\u{061C}'
        | '\u{2060}'..='\u{2064}' | '\u{AD}' | '\u{FEFF}')
}

/// What FtM does to every value before its type's own cleaning.
fn sanitize(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    let kept: String = nfc
        .chars()
        .filter(|&c| !unsafe_delete(c))
        .map(|c| if unsafe_space(c) { ' ' } else { c })
        .collect();
    kept.trim().to_owned()
}

/// White space as Python's `\s` and normality's squashing read it.
fn squashable(c: char) -> bool {
    c.is_whitespace() || unsafe_space(c) || matches!(c, '\u{1C}'..='\u{1F}')
}

/// normality's `squash_spaces`: zero-width characters deleted, runs of white space one space,
/// trimmed.
fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}'..='\u{2064}'
        ) {
            continue;
        }
        if squashable(c) {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Cuts a text to `max` characters.
fn cut(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => text.get(..at).unwrap_or_default().to_owned(),
        None => text,
    }
}

/// Applies `step` until the value no longer changes (at most a few times), then cuts it and
/// applies it once more.
fn settle(text: &str, max: usize, step: impl Fn(&str) -> String) -> Option<String> {
    let mut value = step(text);
    for _ in 0..8 {
        let next = step(&value);
        if next == value {
            break;
        }
        value = next;
    }
    if value.chars().count() > max {
        value = step(&cut(value, max));
    }
    (!value.is_empty()).then_some(value)
}

/// A `name` value (names, aliases, abbreviations).
pub(crate) fn name(text: &str) -> Option<String> {
    settle(text, NAME_MAX, |t| {
        let t = sanitize(t);
        // `^["'](.*)["']$`, where `.` does not match a newline.
        let unquoted = match (t.chars().next(), t.chars().last()) {
            (Some(a), Some(b))
                if t.chars().count() >= 2
                    && matches!(a, '"' | '\'')
                    && matches!(b, '"' | '\'')
                    && !t.contains('\n') =>
            {
                t.get(1..t.len() - 1).unwrap_or_default().to_owned()
            }
            _ => t,
        };
        squash(&unquoted)
    })
}

/// A `string` value (titles, roles, keywords).
pub(crate) fn string(text: &str) -> Option<String> {
    settle(text, STRING_MAX, sanitize)
}

/// A `text` value (descriptions, summaries, notes).
pub(crate) fn text(text: &str) -> Option<String> {
    settle(text, TEXT_MAX, sanitize)
}

/// An `address` value.
pub(crate) fn address(text: &str) -> Option<String> {
    settle(text, ADDRESS_MAX, |t| {
        let t = sanitize(t);
        let t = t
            .replace("\r\n", ", ")
            .replace(['\n', '\t', ';'], ", ")
            .replace("<BR/>", ", ")
            .replace("<BR>", ", ")
            .replace("ESQ.,", ", ")
            .replace("ESQ,", ", ");
        // `,\s?[,.]` → `, `
        let mut out = String::with_capacity(t.len());
        let chars: Vec<char> = t.chars().collect();
        let mut i = 0;
        while let Some(&c) = chars.get(i) {
            if c == ',' {
                let next = chars.get(i + 1).copied();
                let after = chars.get(i + 2).copied();
                let skip = match (next, after) {
                    (Some(n), _) if n == ',' || n == '.' => Some(2),
                    (Some(n), Some(a)) if n.is_whitespace() && (a == ',' || a == '.') => Some(3),
                    _ => None,
                };
                if let Some(skip) = skip {
                    out.push_str(", ");
                    i += skip;
                    continue;
                }
            }
            out.push(c);
            i += 1;
        }
        squash(&out)
    })
}

/// An `identifier` value; `None` when it is too long (an identifier cut is another one).
pub(crate) fn identifier(text: &str) -> Option<String> {
    let value = sanitize(text);
    (!value.is_empty() && value.chars().count() <= IDENTIFIER_MAX).then_some(value)
}

/// A Wikidata item id (`Q42`), as FtM's `wikidata` format writes it.
pub(crate) fn qid(text: &str) -> Option<String> {
    let t = sanitize(text);
    let tail = t.rsplit('/').next().unwrap_or_default();
    let digits = tail.strip_prefix(['Q', 'q'])?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| format!("Q{digits}"))
}

/// A `url` value: an http(s) URL whose host FtM accepts, with a lower-case scheme and a path
/// of at least `/`; `None` for one FtM would refuse.
pub(crate) fn url(text: &str) -> Option<String> {
    let t = sanitize(text);
    let (scheme, rest) = t.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let (rest, fragment) = match rest.split_once('#') {
        Some((r, f)) => (r, Some(f).filter(|f| !f.is_empty())),
        None => (rest, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q).filter(|q| !q.is_empty())),
        None => (rest, None),
    };
    let (authority, path) = match rest.find('/') {
        Some(at) => (rest.get(..at)?, rest.get(at..)?),
        None => (rest, ""),
    };
    if authority.chars().any(char::is_whitespace) || !host_ok(authority) {
        return None;
    }
    let path = path.trim();
    let mut out = format!("{scheme}://{authority}");
    out.push_str(if path.is_empty() { "/" } else { path });
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    (out.chars().count() <= 4096).then_some(out)
}

/// Whether rigour's `_is_valid_netloc` accepts an authority: a port of digits up to 65535,
/// and an IP address or host labels of letters, digits, `_` and `-` (each with a letter or
/// digit), the last of two characters or more and not all digits.
fn host_ok(authority: &str) -> bool {
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = if let Some(v6) = host_port.strip_prefix('[') {
        let Some((addr, after)) = v6.split_once(']') else {
            return false;
        };
        if addr.parse::<std::net::Ipv6Addr>().is_err() {
            return false;
        }
        (None, after.strip_prefix(':'))
    } else {
        match host_port.split_once(':') {
            Some((h, p)) => (Some(h), Some(p)),
            None => (Some(host_port), None),
        }
    };
    if let Some(p) = port.filter(|p| !p.is_empty()) {
        if !p.bytes().all(|b| b.is_ascii_digit()) || p.parse::<u32>().map_or(true, |n| n > 65_535) {
            return false;
        }
    }
    let Some(host) = host else {
        return true;
    };
    if host.is_empty() {
        return false;
    }
    if host.parse::<std::net::Ipv4Addr>().is_ok() {
        return true;
    }
    let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
    let label_ok = |l: &&str| {
        let n = l.chars().count();
        (1..=63).contains(&n)
            && l.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            && l.chars().any(char::is_alphanumeric)
    };
    if !labels.iter().all(label_ok) {
        return false;
    }
    match labels.as_slice() {
        [_] => true,
        [.., last] => last.chars().count() >= 2 && !last.chars().all(|c| c.is_ascii_digit()),
        [] => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_squashed_and_unquoted() {
        assert_eq!(
            name("  Kairat\u{a0} Sarybay ").as_deref(),
            Some("Kairat Sarybay")
        );
        assert_eq!(name("\"IOM\"").as_deref(), Some("IOM"));
        assert_eq!(name("a\u{200b}b").as_deref(), Some("ab"));
        assert_eq!(name(" \u{200b} "), None);
        assert_eq!(name(&"x".repeat(500)).map(|n| n.len()), Some(NAME_MAX));
    }

    #[test]
    fn addresses_lose_line_breaks() {
        assert_eq!(address("Palais\nGeneva").as_deref(), Some("Palais, Geneva"));
        assert_eq!(address("Geneva,, CH").as_deref(), Some("Geneva, CH"));
    }

    #[test]
    fn urls_are_as_rigour_writes_them() {
        assert_eq!(
            url("HTTPS://www.s-cica.org").as_deref(),
            Some("https://www.s-cica.org/")
        );
        assert_eq!(url("https://x.org/a?#").as_deref(), Some("https://x.org/a"));
        assert_eq!(
            url("https://x.org?a=1").as_deref(),
            Some("https://x.org/?a=1")
        );
        assert_eq!(
            url("https://localhost/").as_deref(),
            Some("https://localhost/")
        );
        assert_eq!(url("https://3.4/"), None);
        assert_eq!(url("https://x.org:99999/"), None);
    }

    #[test]
    fn wikidata_ids_are_q_numbers() {
        assert_eq!(qid("q42").as_deref(), Some("Q42"));
        assert_eq!(
            qid("https://www.wikidata.org/wiki/Q42").as_deref(),
            Some("Q42")
        );
        assert_eq!(qid("P31"), None);
    }
}
