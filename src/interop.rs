//! Records in other formats: Popolo JSON, FollowTheMoney entities and schema.org JSON-LD out,
//! Popolo in.
//!
//! People who keep and read records of this kind use other shapes than this crate's own
//! document:
//!
//! - civic-tech and parliamentary-monitoring tools read [Popolo](popolo) (persons,
//!   organizations, posts, memberships, events);
//! - investigative and sanctions tooling (Aleph, OpenSanctions, yente, the `ftm` command line)
//!   reads [FollowTheMoney](ftm) entities;
//! - search engines and linked-data stores read [schema.org JSON-LD](jsonld).
//!
//! Each export is a pure function of a [`Dataset`](crate::Dataset): it takes the records and
//! returns JSON values, does no I/O and reads no clock. Each module's docs carry the table of
//! which field goes where and what the target cannot hold. [`popolo::import`] reads persons,
//! organizations, posts and memberships back, and reports what it dropped.
//!
//! The exports write what the dataset says: references are written as they are, so validate
//! the dataset first ([`Dataset::validate`](crate::Dataset::validate)); a dataset with
//! dangling references gives an export with dangling references. Each export walks every
//! record once, with hash lookups: its cost is linear in the size of the dataset.
//!
//! ```
//! use multilateral::Dataset;
//! use multilateral::interop::{ftm, jsonld, popolo};
//!
//! let data = Dataset::from_json(include_str!("../examples/data/geneva-2024.json"))?;
//! let doc = popolo::export(&data);
//! assert_eq!(doc["persons"][0]["name"], "Kairat Sarybay");
//! let lines = ftm::to_json_lines(&data);
//! assert!(lines.lines().all(|l| l.contains("\"schema\":")));
//! let graph = jsonld::export(&data, &jsonld::Base::new("https://records.example.org/")?);
//! assert_eq!(graph["@context"], "https://schema.org");
//!
//! // And back: the persons and organizations come home unchanged.
//! let back = popolo::import(&doc.to_string())?;
//! assert_eq!(back.dataset.officials, data.officials);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod ftm;
mod ftm_clean;
pub mod jsonld;
pub mod popolo;
mod popolo_import;
mod seats;

use serde::Serialize;
use serde_json::Value;

use crate::bound::Bound;
use crate::date::{PartialDate, Precision};
use crate::period::Period;

/// The date of a bound when it is one that ISO 8601 writes as a reduced date: a year, a
/// month or a day (a decade or a century is not one).
fn iso_date(bound: Bound) -> Option<PartialDate> {
    bound.date().filter(|d| {
        matches!(
            d.precision(),
            Precision::Year | Precision::Month | Precision::Day
        )
    })
}

/// A period as a start date and an end date each written as ISO 8601 reduced dates, as
/// Popolo, FollowTheMoney and schema.org write them, and whether those two dates, read back
/// the way this crate reads an absent `start` or `end`, say exactly the period.
///
/// A decade, a century, limits, an open start, and an unknown end after a start have no
/// such date: the side is left out, and `exact` is false.
fn plain_dates(period: &Period) -> PlainDates {
    let start = iso_date(period.start());
    let end = iso_date(period.end());
    let exact = Period::new(start, end).is_ok_and(|back| back == *period);
    PlainDates { start, end, exact }
}

/// See [`plain_dates`].
struct PlainDates {
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    exact: bool,
}

/// A value as JSON: the crate's record types serialize into a map with string keys.
fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("records serialize: every map key is a string")
}

/// A short ASCII slug of a text, for ids derived from titles: lower-case letters and digits,
/// other runs of characters as one `-` ("Director-General" and "Director General" are both
/// `director-general`). Accents are dropped; text in other scripts gives an empty slug.
fn slug(text: &str) -> String {
    let folded = crate::fold::fold_name(text);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// An URL as RFC 3986 writes it: characters outside its repertoire (letters of other
/// scripts, spaces, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`) percent-encoded as UTF-8, and
/// a `%` not followed by two hex digits written `%25`. Popolo's schemas check `format: uri`,
/// which refuses the rest.
fn uri(url: &str) -> String {
    let bytes = url.as_bytes();
    let mut out = String::with_capacity(url.len());
    for (i, &b) in bytes.iter().enumerate() {
        let allowed = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b);
        let escape_ok = b == b'%'
            && bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        if allowed || escape_ok {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_words() {
        assert_eq!(slug("Director-General"), "director-general");
        assert_eq!(slug("Director General"), "director-general");
        assert_eq!(slug("  Chef d'équipe / COO "), "chef-dequipe-coo");
        assert_eq!(slug("Генеральный секретарь"), "");
    }

    #[test]
    fn uris_escape_what_rfc_3986_refuses() {
        assert_eq!(
            uri("https://en.wikipedia.org/wiki/Aengus_Ó_Snodaigh"),
            "https://en.wikipedia.org/wiki/Aengus_%C3%93_Snodaigh"
        );
        assert_eq!(
            uri("https://x.org/a%20b%zz|"),
            "https://x.org/a%20b%25zz%7C"
        );
    }

    #[test]
    fn plain_dates_say_whether_they_are_exact() {
        let p: Period = "2020/..".parse().unwrap();
        assert!(plain_dates(&p).exact);
        let p: Period = "2020/".parse().unwrap();
        let d = plain_dates(&p);
        assert!(!d.exact && d.start.is_some() && d.end.is_none());
        let p: Period = "199X/2005".parse().unwrap();
        let d = plain_dates(&p);
        assert!(!d.exact && d.start.is_none());
        assert!(plain_dates(&Period::unknown()).exact);
    }
}
