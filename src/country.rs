//! Countries, as ISO 3166-1 alpha-2 codes.

use crate::country_table::ASSIGNED;
use crate::error::{ValueError, excerpt_ascii as excerpt};

/// An officially assigned ISO 3166-1 alpha-2 country code, such as `KZ` or `CH`.
///
/// States appear everywhere in the records: as members of an organization, as chairs, as
/// coordinators of a dimension, as participants in a meeting (a foreign minister meets a
/// Secretary General), as the seat of a headquarters. They are written as the two-letter
/// codes of ISO 3166-1 (`KZ` for Kazakhstan, `CH` for Switzerland).
///
/// Only the 249 codes ISO has officially assigned are accepted, in upper case. User-assigned
/// codes (`XA`–`XZ`, `AA`, `QM`–`QZ`, `ZZ`), including the `XK` that some datasets use for
/// Kosovo, are refused: the point of a code is that every consumer reads it the same way.
/// The table is checked in (`country_table.rs`) rather than taken from a crate, because the
/// crates that exist are either lenient (lower case, alpha-3) or need a newer compiler.
///
/// ```
/// use multilateral::CountryCode;
///
/// let kz: CountryCode = "KZ".parse()?;
/// assert_eq!(kz.as_str(), "KZ");
/// assert_eq!(kz.name(), "Kazakhstan");
/// assert!("kz".parse::<CountryCode>().is_err());
/// assert!("XX".parse::<CountryCode>().is_err());
/// assert!("KAZ".parse::<CountryCode>().is_err());
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses a code, refusing anything that is not an assigned upper-case alpha-2 code.
    pub fn new(input: &str) -> Result<Self, ValueError> {
        let fail = |reason| {
            Err(ValueError::Country {
                input: excerpt(input),
                reason,
            })
        };
        let &[a, b] = input.as_bytes() else {
            return fail("a country code is two upper-case letters (ISO 3166-1 alpha-2)");
        };
        if !(a.is_ascii_uppercase() && b.is_ascii_uppercase()) {
            return fail("a country code is two upper-case letters (ISO 3166-1 alpha-2)");
        }
        match ASSIGNED.binary_search_by(|(code, _)| code.as_bytes().cmp(&[a, b][..])) {
            Ok(_) => Ok(Self([a, b])),
            Err(_) => fail("not an officially assigned ISO 3166-1 code"),
        }
    }

    /// The code, e.g. `"KZ"`.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("made only from two ASCII upper-case letters")
    }

    /// The country's English short name from ISO 3166-1, e.g. "Kazakhstan".
    pub fn name(&self) -> &'static str {
        let (_, name) = ASSIGNED
            .binary_search_by(|(code, _)| code.as_bytes().cmp(&self.0[..]))
            .ok()
            .and_then(|i| ASSIGNED.get(i))
            .expect("made only from a code found in the table");
        name
    }

    /// Every assigned code, in alphabetical order.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        ASSIGNED
            .iter()
            .map(|(code, _)| Self::new(code).expect("the table holds assigned codes"))
    }
}

crate::string_type::string_type!(CountryCode, "an ISO 3166-1 alpha-2 country code");

impl schemars::JsonSchema for CountryCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CountryCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = ASSIGNED.iter().map(|(code, _)| *code).collect();
        schemars::json_schema!({
            "description": "An officially assigned ISO 3166-1 alpha-2 country code, in upper case (\"KZ\", \"CH\").",
            "type": "string",
            "enum": codes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert_eq!(ASSIGNED.len(), 249);
        assert!(ASSIGNED.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(CountryCode::all().count(), 249);
    }

    #[test]
    fn parses_assigned_codes() {
        for code in ["KZ", "CH", "TR", "US", "ZW", "AD"] {
            assert_eq!(CountryCode::new(code).unwrap().as_str(), code);
        }
        assert_eq!(CountryCode::new("TR").unwrap().name(), "Türkiye");
    }

    #[test]
    fn refuses_lower_case_unassigned_and_alpha3() {
        let shape = "a country code is two upper-case letters (ISO 3166-1 alpha-2)";
        let unassigned = "not an officially assigned ISO 3166-1 code";
        for (input, reason) in [
            ("kz", shape),
            ("KAZ", shape),
            ("", shape),
            ("K", shape),
            ("Kz", shape),
            ("ÉÉ", shape),
            ("XX", unassigned),
            ("XK", unassigned),
            ("ZZ", unassigned),
        ] {
            // A non-ASCII letter is quoted as its code point.
            let shown = input.replace('É', "\\u{c9}");
            assert_eq!(
                CountryCode::new(input).unwrap_err(),
                ValueError::Country {
                    input: shown,
                    reason
                }
            );
        }
    }

    #[test]
    fn serde_round_trip() {
        let kz: CountryCode = serde_json::from_str("\"KZ\"").unwrap();
        assert_eq!(serde_json::to_string(&kz).unwrap(), "\"KZ\"");
        assert!(serde_json::from_str::<CountryCode>("\"kz\"").is_err());
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn assigned_codes_round_trip(i in 0usize..249) {
            let (code, name) = ASSIGNED[i];
            let c = CountryCode::new(code).unwrap();
            prop_assert_eq!(c.as_str(), code);
            prop_assert_eq!(c.name(), name);
            prop_assert_eq!(c.to_string().parse::<CountryCode>().unwrap(), c);
            let json = serde_json::to_string(&c).unwrap();
            prop_assert_eq!(serde_json::from_str::<CountryCode>(&json).unwrap(), c);
            prop_assert!(CountryCode::new(&code.to_ascii_lowercase()).is_err());
        }

        #[test]
        fn only_assigned_codes_are_accepted(s in prop_oneof!["[A-Z]{2}", "[A-Za-z]{0,3}", "\\PC{0,3}"]) {
            let assigned = ASSIGNED.iter().any(|(code, _)| *code == s);
            prop_assert_eq!(CountryCode::new(&s).is_ok(), assigned, "{:?}", s);
        }
    }
}
