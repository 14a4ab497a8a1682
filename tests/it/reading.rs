//! Reading documents: bad input gives an error that names where, never a panic.

use multilateral::{Dataset, ParseErrorKind, Rule};

use crate::support::GENEVA;

/// Where reading `text` stops, with what code and message.
fn error(text: &str) -> (String, &'static str, String) {
    let e = Dataset::from_json(text).unwrap_err();
    (e.path().to_owned(), e.code(), e.message().to_owned())
}

#[test]
fn unknown_fields_are_errors_with_their_path() {
    let (path, code, message) = error(
        r#"{"schema_version": "1.0", "meetings": [{"id": "m", "title": "T", "kind": "bilateral",
            "status": "held", "when": {}, "loaction": {"city": "Geneva"}}]}"#,
    );
    assert_eq!(
        (path.as_str(), code),
        ("/meetings/0/loaction", "invalid-data")
    );
    assert!(
        message.starts_with("unknown field `loaction`, expected one of `id`, `aliases`, `title`"),
        "{message}"
    );
}

#[test]
fn a_truncated_file_is_an_eof_error() {
    let cut = &GENEVA[..GENEVA.len() / 2];
    let e = Dataset::from_json(cut).unwrap_err();
    assert_eq!(e.kind(), ParseErrorKind::Eof);
    assert_eq!(e.code(), "truncated-json");
    // Every prefix fails cleanly, none panics.
    for end in (0..GENEVA.len()).step_by(97) {
        if let Some(prefix) = GENEVA.get(..end) {
            assert!(Dataset::from_json(prefix).is_err());
        }
    }
}

#[test]
fn syntax_errors_give_line_and_column() {
    let e = Dataset::from_json("{\n  \"schema_version\": \"1.0\",\n  \"meetings\": [,]\n}")
        .unwrap_err();
    assert_eq!((e.code(), e.line(), e.column()), ("invalid-json", 3, 16));
    assert_eq!(
        e.to_string(),
        "/meetings/0: expected value (line 3, column 16)"
    );
}

#[test]
fn invalid_values_name_their_path() {
    let cases = [
        (
            r#"{"schema_version": "1.0", "organizations": [{"id": "c i c a", "name": "x", "kind": "ngo"}]}"#,
            "/organizations/0/id",
            "invalid organization id \"c i c a\": an id cannot contain white space",
        ),
        (
            r#"{"schema_version": "1.0", "organizations": [{"id": "x", "name": "x", "kind": "ngo", "country": "kz"}]}"#,
            "/organizations/0/country",
            "invalid country code \"kz\": a country code is two upper-case letters (ISO 3166-1 alpha-2)",
        ),
        (
            r#"{"schema_version": "1.0", "mous": [{"id": "m", "title": "t", "parties": ["a", "b"], "status": "signed", "signed": "2008-13"}]}"#,
            "/mous/0/signed",
            "invalid date \"2008-13\": the month must be between 01 and 12",
        ),
        (
            r#"{"schema_version": "1.0", "meetings": [{"id": "m", "title": "t", "kind": "talks", "status": "held", "when": {}}]}"#,
            "/meetings/0/kind",
            "unknown variant `talks`",
        ),
        (
            r#"{"schema_version": "1.0", "meetings": [{"id": "m", "title": "t", "kind": "bilateral", "status": "held", "when": {"start": "2024-05", "end": "2024-03"}}]}"#,
            "/meetings/0/when",
            "period starts (2024-05) after it ends (2024-03)",
        ),
        (
            r#"{"schema_version": "1.0", "meetings": [{"id": "m", "title": "  ", "kind": "bilateral", "status": "held", "when": {}}]}"#,
            "/meetings/0/title",
            "invalid text: text cannot be empty or blank",
        ),
        (
            r#"{"schema_version": "1.0", "meetings": [{"id": "m", "title": "t", "kind": "bilateral", "status": "held", "when": {}, "days": 0}]}"#,
            "/meetings/0/days",
            "invalid value: integer `0`",
        ),
        (
            r#"{"schema_version": "3.0"}"#,
            "/schema_version",
            "unsupported schema_version \"3.0\": this crate reads \"1.0\" and \"2.0\"",
        ),
    ];
    for (text, path, message) in cases {
        let (p, code, m) = error(text);
        assert_eq!((p.as_str(), code), (path, "invalid-data"), "{text}");
        assert!(
            m.starts_with(message),
            "{m:?} does not start with {message:?}"
        );
    }
}

#[test]
fn records_must_be_objects_not_arrays_of_their_fields() {
    let (path, _, message) = error(r#"["1.0"]"#);
    assert_eq!(path, "");
    assert_eq!(
        message,
        "invalid type: sequence, expected a JSON object (Dataset)"
    );
    let (path, _, _) = error(
        r#"{"schema_version": "1.0", "organizations": [["cica", "CICA", null, [], "intergovernmental"]]}"#,
    );
    assert_eq!(path, "/organizations/0");
    let (path, _, _) = error(
        r#"{"schema_version": "1.0", "meetings": [{"id": "m", "title": "t", "kind": "bilateral",
            "status": "held", "when": ["2024", "2025"]}]}"#,
    );
    assert_eq!(path, "/meetings/0/when");
}

#[test]
fn a_duplicate_id_reads_but_does_not_validate() {
    let data = Dataset::from_json(
        r#"{"schema_version": "1.0", "organizations": [
            {"id": "iom", "name": "International Organization for Migration", "kind": "un-entity"},
            {"id": "iom", "name": "IOM", "kind": "un-entity"}]}"#,
    )
    .unwrap();
    let report = data.validate();
    let v = &report.violations()[0];
    assert_eq!(
        (v.rule, v.path.as_str()),
        (Rule::DuplicateId, "/organizations/1/id")
    );
}

#[test]
fn bytes_must_be_utf8() {
    let e = Dataset::from_slice(b"{\"schema_version\": \"1\xff\"}").unwrap_err();
    assert_eq!(e.code(), "invalid-json");
}

#[test]
fn an_enum_value_is_read_only_from_a_string_and_a_refused_one_is_quoted_short() {
    let meeting = |kind: &str| {
        format!(
            r#"{{"schema_version": "1.0", "meetings": [{{"id": "m", "title": "t", "kind": {kind},
                "status": "held", "when": {{}}}}]}}"#
        )
    };
    let (path, code, message) = error(&meeting("3"));
    assert_eq!((path.as_str(), code), ("/meetings/0/kind", "invalid-data"));
    assert!(
        message.starts_with("invalid type: integer `3`, expected a string (MeetingKind)"),
        "{message}"
    );
    let (path, _, message) = error(&meeting(&format!("\"{}\"", "x".repeat(10_000))));
    assert_eq!(path, "/meetings/0/kind");
    assert!(
        message.starts_with(&format!("unknown variant `{}…`", "x".repeat(80))),
        "{message}"
    );
}

/// The outside probe's findings on reading (each refused or mis-reported before).
mod probe {
    use multilateral::Dataset;

    use super::error;

    use multilateral_testkit::docs::{meeting_with_days as with_meeting_days, org_with};

    fn with_name(name: &str) -> String {
        org_with("name", &format!("\"{name}\""))
    }

    #[test]
    fn a_byte_order_mark_at_the_start_is_skipped() {
        // RFC 8259 lets a parser ignore it; the document reads as without it.
        let text = r#"{"schema_version": "1.0", "organizations": [{"id": "x", "name": "X", "kind": "ngo"}]}"#;
        let plain = Dataset::from_json(text).unwrap();
        assert_eq!(
            Dataset::from_json(&format!("\u{feff}{text}")).unwrap(),
            plain
        );
        let bytes = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(Dataset::from_slice(&bytes).unwrap(), plain);
        // Only at the start: a second one is not white space.
        assert!(Dataset::from_json(&format!("\u{feff}\u{feff}{text}")).is_err());
    }

    #[test]
    fn days_are_whole_numbers_as_json_schema_counts_integers() {
        let days =
            |text: &str| Dataset::from_json(&with_meeting_days(text)).map(|d| d.meetings[0].days);
        assert_eq!(days("2").unwrap().map(|d| d.get()), Some(2));
        assert_eq!(days("2.0").unwrap().map(|d| d.get()), Some(2));
        assert_eq!(days("1e2").unwrap().map(|d| d.get()), Some(100));
        assert_eq!(days("4294967295").unwrap().map(|d| d.get()), Some(u32::MAX));
        assert_eq!(days("null").unwrap(), None);
        for bad in ["0", "-1", "1.5", "4294967296", "1e10", "\"2\""] {
            let (path, code, message) = error(&with_meeting_days(bad));
            assert_eq!(
                (path.as_str(), code),
                ("/meetings/0/days", "invalid-data"),
                "{bad}"
            );
            assert!(
                message.ends_with("expected a whole number of days from 1 to 4294967295"),
                "{bad}: {message}"
            );
        }
    }

    #[test]
    fn a_lone_surrogate_escape_is_named_for_what_it_is() {
        let leading = "lone leading surrogate `\\ud800`: a trailing surrogate escape (`\\udc00` to `\\udfff`) must follow it";
        let trailing = "lone trailing surrogate `\\udc00`: it may only follow a leading surrogate escape (`\\ud800` to `\\udbff`)";
        for (name, says) in [
            ("a\\ud800", leading),
            ("\\ud800", leading),
            ("a\\ud800\\u0041", leading),
            ("a\\udc00b", trailing),
        ] {
            let (path, _, message) = error(&with_name(name));
            assert_eq!(path, "/organizations/0/name", "{name}");
            assert_eq!(message, says, "{name}");
        }
        // A pair is a character, and a short escape is still called what it is.
        assert!(Dataset::from_json(&with_name("\\ud83d\\ude00")).is_ok());
        let (_, _, message) = error(&with_name("\\u12"));
        assert!(message.contains("escape"), "{message}");
    }

    #[test]
    fn columns_start_at_one() {
        for text in ["", " ", "\n"] {
            let e = Dataset::from_json(text).unwrap_err();
            assert!(e.column() >= 1, "{text:?}: column {}", e.column());
        }
    }

    #[test]
    fn a_duplicate_field_points_at_the_field() {
        let (path, code, message) = error(
            r#"{"schema_version": "1.0", "organizations": [{"id": "x", "id": "y", "name": "n", "kind": "ngo"}]}"#,
        );
        assert_eq!(
            (path.as_str(), code),
            ("/organizations/0/id", "invalid-data")
        );
        assert_eq!(message, "duplicate field `id`");
    }

    #[test]
    fn quoted_input_shows_what_a_reader_cannot_see() {
        // A NUL key: escaped in the path and the message, never a raw NUL.
        let (path, _, message) = error(
            r#"{"schema_version": "1.0", "organizations": [{"id": "x", "name": "n", "kind": "ngo", "\u0000": 1}]}"#,
        );
        assert_eq!(path, "/organizations/0/\\u{0}");
        assert!(message.starts_with("unknown field `\\u{0}`"), "{message}");
        assert!(!path.contains('\0') && !message.contains('\0'));
        // A zero-width space after a valid value.
        let (_, _, message) = error(
            r#"{"schema_version": "1.0", "organizations": [{"id": "x", "name": "n", "kind": "ngo\u200b"}]}"#,
        );
        assert!(
            message.starts_with("unknown variant `ngo\\u{200b}`"),
            "{message}"
        );
        // A Cyrillic letter in an id, which looks like a Latin one.
        let (_, _, message) = error(
            r#"{"schema_version": "1.0", "organizations": [{"id": "ciсa", "name": "n", "kind": "ngo"}]}"#,
        );
        assert_eq!(
            message,
            "invalid organization id \"ci\\u{441}a\": an id may only contain ASCII letters, digits, '-', '_' and '.'"
        );
    }

    // From review: a value went through two escapers, the value type's and the one for
    // serde's quoted parts, and every backslash came out doubled.
    #[test]
    fn quoted_input_is_escaped_once() {
        // A long unknown kind with a backslash: cut, then escaped once.
        let kind = format!(r"a\\b{}", "x".repeat(100));
        let (_, _, message) = error(&format!(
            r#"{{"schema_version": "1.0", "organizations": [{{"id": "x", "name": "n", "kind": "{kind}"}}]}}"#
        ));
        let shown = format!(r"unknown variant `a\\b{}…`", "x".repeat(77));
        assert!(message.starts_with(&shown), "{message}");
        // An id with backticks and a backslash: the backticks as escapes, the backslash once.
        let (_, _, message) = error(
            r#"{"schema_version": "1.0", "organizations": [{"id": "a`b\\c`d", "name": "n", "kind": "ngo"}]}"#,
        );
        assert!(
            message.starts_with(r#"invalid organization id "a\u{60}b\\c\u{60}d""#),
            "{message}"
        );
    }
}

// Document format 2.0 reads 1.0 documents and upgrades them.
#[test]
fn a_one_point_zero_document_reads_with_the_same_meaning_and_writes_two_point_zero() {
    // The Geneva fixture as the 1.0 format wrote it: no `session_of`, version 1.0.
    let mut v1: serde_json::Value = serde_json::from_str(GENEVA).unwrap();
    v1["schema_version"] = "1.0".into();
    for m in v1["meetings"].as_array_mut().unwrap() {
        m.as_object_mut().unwrap().remove("session_of");
    }
    let old = Dataset::from_json(&v1.to_string()).unwrap();
    assert_eq!(old.schema_version.as_str(), "2.0");
    assert!(old.schema_version.is_current());
    assert!(old.validate().is_clean());
    let written: serde_json::Value = serde_json::from_str(&old.to_json_pretty()).unwrap();
    assert_eq!(written["schema_version"], "2.0");
    // Read as 2.0, the same text is the same dataset: 1.0 said nothing 2.0 reads otherwise.
    let mut v2 = v1.clone();
    v2["schema_version"] = "2.0".into();
    assert_eq!(Dataset::from_json(&v2.to_string()).unwrap(), old);
    // A 1.0 period with no end still runs; one with neither end is unknown.
    let periods = Dataset::from_json(
        r#"{"schema_version": "1.0", "organizations": [{"id": "o", "name": "O", "kind": "ngo",
            "chairs": [{"country": "KZ", "period": {"start": "2020"}}, {"country": "AZ"}]}]}"#,
    )
    .unwrap();
    let chairs = &periods.organizations[0].chairs;
    assert!(chairs[0].period.end().is_open());
    assert!(chairs[1].period.is_unknown());
}
