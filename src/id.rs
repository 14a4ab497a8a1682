//! Typed identifiers, one type per kind of record.
//!
//! Records point at each other by id: a meeting names its participants' organizations, an MoU
//! its parties. Giving each kind of record its own id type means a meeting id can never be
//! passed where an organization id is expected, and every id in memory has been checked.
//!
//! # Syntax
//!
//! An id is 1 to 128 ASCII characters: letters, digits, `-`, `_` and `.`, starting and ending
//! with a letter or digit. That admits slugs (`cica`, `iom-council-115`, `un_water`) and
//! external-style ids (`Q123` from Wikidata). Ids are case-sensitive: `IOM` and `iom` are two
//! ids. The JSON Schema pattern is [`ID_PATTERN`].
//!
//! # Memory
//!
//! Organization, official, dimension and MoU ids hold a counted string whose length lives
//! in its block ([`arcstr::ArcStr`]): within one document that
//! [`Dataset::from_json`](crate::Dataset::from_json) (or serde) reads, equal ids share one
//! block, so the thousands of meetings that name an organization cost 8 bytes each and no
//! block (8 in an `Option` too). Meeting ids, which few references repeat, keep a block of
//! their own behind a 16-byte pointer (a shared one would cost its 16-byte count header
//! for each meeting).
//!
//! ```
//! use multilateral::OrganizationId;
//!
//! let cica: OrganizationId = "cica".parse()?;
//! assert_eq!(cica.as_str(), "cica");
//! assert!("iom-council-115".parse::<OrganizationId>().is_ok());
//! assert!("Q123".parse::<OrganizationId>().is_ok());
//! assert!("has space".parse::<OrganizationId>().is_err());
//! assert!("-leading-dash".parse::<OrganizationId>().is_err());
//! # Ok::<(), multilateral::ValueError>(())
//! ```

use crate::error::{ValueError, excerpt_ascii as excerpt};

/// The longest id accepted, in characters.
pub const MAX_ID_LEN: usize = 128;

/// The JSON Schema `pattern` every id matches. It ends `(?!\n)$` rather than `$`, which in
/// Python's dialect also matches before a final newline.
pub const ID_PATTERN: &str = "^[A-Za-z0-9]([A-Za-z0-9._-]{0,126}[A-Za-z0-9])?(?!\\n)$";

/// The bytes an id may hold: ASCII letters, digits, `-`, `_` and `.`.
// Computed at compile time, with `b` below the table's 256 entries.
#[allow(clippy::indexing_slicing)]
const ID_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'_' || c == b'.';
        b += 1;
    }
    table
};

/// Checks `input` against the id syntax; `kind` names the id type in the error.
pub(crate) fn check_id(kind: &'static str, input: &str) -> Result<(), ValueError> {
    let fail = |reason| {
        Err(ValueError::Id {
            kind,
            input: excerpt(input),
            reason,
        })
    };
    let bytes = input.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return fail("an id cannot be empty");
    };
    if bytes.len() > MAX_ID_LEN {
        return fail("an id has at most 128 characters");
    }
    // Bytes first (a byte outside the syntax is, or begins, a character outside it); the
    // characters are searched only to say which is wrong.
    let bad = if bytes
        .iter()
        .all(|&b| ID_BYTES.get(usize::from(b)) == Some(&true))
    {
        None
    } else {
        input
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    };
    if let Some(bad) = bad {
        return if bad.is_whitespace() {
            fail("an id cannot contain white space")
        } else {
            fail("an id may only contain ASCII letters, digits, '-', '_' and '.'")
        };
    }
    if !first.is_ascii_alphanumeric() || !last.is_ascii_alphanumeric() {
        return fail("an id must start and end with a letter or digit");
    }
    Ok(())
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $article:literal, $kind:literal, $example:literal) => {
        crate::string_type::string_type!(
            $(#[$doc])*
            ///
            /// See [the module docs](crate::id) for the syntax; parsing is the only way to make
            /// one.
            pub struct $name;
            concat!($article, " ", $kind, " id");
            shared
        );
        crate::id::id_type!(@common $name, $article, $kind, $example, crate::string_type::shared);
    };
    // An id that few references repeat (a meeting's): a block of its own, not shared.
    ($(#[$doc:meta])* $name:ident, $article:literal, $kind:literal, $example:literal, own) => {
        crate::string_type::string_type!(
            $(#[$doc])*
            ///
            /// See [the module docs](crate::id) for the syntax; parsing is the only way to make
            /// one.
            pub struct $name;
            concat!($article, " ", $kind, " id")
        );
        crate::id::id_type!(@common $name, $article, $kind, $example, Box::from);
    };
    (@common $name:ident, $article:literal, $kind:literal, $example:literal, $make:path) => {
        impl $name {
            /// Parses an id, refusing anything outside the id syntax.
            pub fn new(input: &str) -> Result<Self, ValueError> {
                check_id($kind, input)?;
                Ok(Self($make(input)))
            }

            /// An id written in the program's own text, such as a test or an example:
            #[doc = concat!("`", stringify!($name), "::from_static(\"", $example, "\")`.")]
            ///
            /// # Panics
            ///
            /// When `id` breaks the id syntax. Ids that come from input are parsed with
            #[doc = concat!("[`", stringify!($name), "::new`] or `str::parse`, which return an error instead.")]
            pub fn from_static(id: &'static str) -> Self {
                Self::new(id).expect("a static id has the id syntax")
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!(
                        "The id of ", $article, " ", $kind, " record: 1 to 128 ASCII letters, ",
                        "digits, '-', '_' or '.', starting and ending with a letter or digit."
                    ),
                    "type": "string",
                    "minLength": 1,
                    "maxLength": MAX_ID_LEN,
                    "pattern": ID_PATTERN,
                })
            }
        }
    };
}

use id_type;

id_type!(
    /// The id of an [`Organization`](crate::Organization), e.g. `cica` or `iom`.
    OrganizationId,
    "an",
    "organization",
    "cica"
);
id_type!(
    /// The id of an [`Official`](crate::Official), e.g. `kairat-sarybay`.
    OfficialId,
    "an",
    "official",
    "kairat-sarybay"
);
id_type!(
    /// The id of a [`Meeting`](crate::Meeting), e.g. `iom-council-115`.
    MeetingId,
    "a",
    "meeting",
    "iom-council-115",
    own
);
id_type!(
    /// The id of an [`Mou`](crate::Mou), e.g. `iom-cica-mou-2008`.
    MouId,
    "an",
    "mou",
    "iom-cica-mou-2008"
);
id_type!(
    /// The id of a [`Dimension`](crate::Dimension), e.g. `cica-human`.
    DimensionId,
    "a",
    "dimension",
    "cica-human"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_slugs_and_external_ids() {
        for ok in [
            "cica",
            "iom-council-115",
            "un_water",
            "Q123",
            "a",
            "a.b",
            "x1",
        ] {
            assert!(MeetingId::new(ok).is_ok(), "{ok} should parse");
        }
    }

    #[test]
    fn refuses_bad_ids_with_a_reason() {
        let cases = [
            ("", "an id cannot be empty"),
            ("a b", "an id cannot contain white space"),
            ("-a", "an id must start and end with a letter or digit"),
            ("a-", "an id must start and end with a letter or digit"),
            (
                "é",
                "an id may only contain ASCII letters, digits, '-', '_' and '.'",
            ),
            (
                "a/b",
                "an id may only contain ASCII letters, digits, '-', '_' and '.'",
            ),
        ];
        for (input, reason) in cases {
            let err = OrganizationId::new(input).unwrap_err();
            // A non-ASCII letter is quoted as its code point.
            let shown = input.replace('é', "\\u{e9}");
            assert_eq!(
                err,
                ValueError::Id {
                    kind: "organization",
                    input: shown,
                    reason
                }
            );
        }
    }

    #[test]
    fn length_limit_is_128() {
        assert!(OfficialId::new(&"a".repeat(128)).is_ok());
        let err = OfficialId::new(&"a".repeat(129)).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "invalid official id \"{}…\": an id has at most 128 characters",
                "a".repeat(80)
            )
        );
    }

    #[test]
    fn serde_goes_through_the_parser() {
        let id: MouId = serde_json::from_str("\"iom-cica-mou-2008\"").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"iom-cica-mou-2008\"");
        let err = serde_json::from_str::<MouId>("\"bad id\"").unwrap_err();
        assert!(err.to_string().contains("invalid mou id"), "{err}");
        assert!(serde_json::from_str::<MouId>("12").is_err());
    }

    #[test]
    fn a_document_shares_each_repeated_id_but_not_meeting_ids() {
        let data = crate::Dataset::from_json(
            r#"{"schema_version": "2.0",
                "organizations": [{"id": "cica", "name": "CICA", "kind": "intergovernmental"}],
                "meetings": [{"id": "m1", "title": "Talks", "kind": "bilateral",
                  "status": "held", "when": {"start": "2024-11-25"},
                  "participants": [{"organization": "cica", "role": "participant"}]},
                  {"id": "m2", "title": "Talks", "kind": "bilateral",
                  "status": "held", "when": {"start": "2024-11-26"},
                  "relations": [{"kind": "follow-up-to", "meeting": "m1"}],
                  "participants": [{"organization": "cica", "role": "participant"}]}]}"#,
        )
        .unwrap();
        let block = |id: &str| id.as_ptr();
        let own = block(data.organizations[0].id.as_str());
        for m in &data.meetings {
            let named = m.participants[0].party.organization().unwrap();
            assert_eq!(block(named.as_str()), own);
        }
        let m1 = block(data.meetings[0].id.as_str());
        assert_ne!(block(data.meetings[1].relations[0].meeting.as_str()), m1);
        // Outside a document, each id has its own block.
        let (a, b) = (
            OrganizationId::from_static("iom"),
            OrganizationId::from_static("iom"),
        );
        assert_ne!(block(a.as_str()), block(b.as_str()));
        assert_eq!(a, b);
    }

    #[test]
    fn a_shared_id_is_one_word_a_meeting_id_two() {
        use std::mem::size_of;
        assert_eq!(size_of::<OrganizationId>(), 8);
        assert_eq!(size_of::<Option<OrganizationId>>(), 8);
        assert_eq!(size_of::<OfficialId>(), 8);
        assert_eq!(size_of::<MeetingId>(), 16);
        assert_eq!(size_of::<Option<MeetingId>>(), 16);
    }

    #[test]
    fn debug_names_the_type() {
        assert_eq!(
            format!("{:?}", DimensionId::new("cica-human").unwrap()),
            "DimensionId(\"cica-human\")"
        );
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    /// The id syntax, restated independently of `check_id`.
    fn is_id(s: &str) -> bool {
        let b = s.as_bytes();
        !b.is_empty()
            && b.len() <= MAX_ID_LEN
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
            && b.first().is_some_and(u8::is_ascii_alphanumeric)
            && b.last().is_some_and(u8::is_ascii_alphanumeric)
    }

    proptest! {
        #[test]
        fn well_formed_ids_round_trip(s in "[A-Za-z0-9]([A-Za-z0-9._-]{0,126}[A-Za-z0-9])?") {
            let id = OrganizationId::new(&s).unwrap();
            prop_assert_eq!(id.as_str(), s.as_str());
            prop_assert_eq!(id.to_string(), s.clone());
            prop_assert_eq!(&s.parse::<OrganizationId>().unwrap(), &id);
            prop_assert_eq!(&OrganizationId::try_from(s.clone()).unwrap(), &id);
            let json = serde_json::to_string(&id).unwrap();
            prop_assert_eq!(serde_json::from_str::<OrganizationId>(&json).unwrap(), id);
            // Every kind of id reads the same syntax.
            prop_assert!(MeetingId::new(&s).is_ok() && MouId::new(&s).is_ok());
            prop_assert!(OfficialId::new(&s).is_ok() && DimensionId::new(&s).is_ok());
        }

        #[test]
        fn any_string_is_accepted_exactly_when_it_has_the_syntax(
            s in prop_oneof!["\\PC{0,12}", "[A-Za-z0-9._ /é-]{0,12}", "[a-z]{120,135}"],
        ) {
            prop_assert_eq!(MeetingId::new(&s).is_ok(), is_id(&s), "{:?}", s);
            prop_assert_eq!(MeetingId::try_from(s.clone()).is_ok(), is_id(&s));
            let json = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(serde_json::from_str::<MeetingId>(&json).is_ok(), is_id(&s));
        }
    }
}
