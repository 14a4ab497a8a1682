//! Hostile documents are refused when read, with an error that names the place and quotes
//! at most an excerpt of what it refuses: deep nesting, 10 MB values, values at and past
//! their limits, out-of-range numbers, lone surrogates, arrays in place of records, wrong
//! types for enum values.
//!
//! Where reading stops is part of what is checked: the error's column is the first bracket
//! of a deep nesting whatever its depth (nothing recurses into it), and the end of a 10 MB
//! value (nothing after it is read).

use multilateral::id::MAX_ID_LEN;
use multilateral::{Dataset, MAX_TEXT_LEN, ParseError, ParseErrorKind, Rule};
use multilateral_testkit::docs::{doc, meeting_with_days, nested, nested_objects, org_with};

#[track_caller]
fn refused(text: &str) -> ParseError {
    match Dataset::from_json(text) {
        Ok(_) => panic!("a hostile document was accepted"),
        Err(e) => e,
    }
}

#[track_caller]
fn assert_error(e: &ParseError, kind: ParseErrorKind, path: &str, message: &str) {
    assert_eq!(
        (e.kind(), e.path(), e.message()),
        (kind, path, message),
        "{e}"
    );
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

/// Reading `text` stopped at column `n` of its first line: it read nothing past byte
/// `n + 1` (the one it looked at to decide).
#[track_caller]
fn stops_at(e: &ParseError, text: &str, n: usize) {
    assert_eq!((e.line(), e.column()), (1, n), "{e}");
    assert!(n <= text.len());
}

// --- Deep nesting ---------------------------------------------------------------------------

/// The document's shape is at most a few levels deep, so nesting where a value is expected
/// is a type error at the first bracket: nothing recurses into it, and reading stops at
/// the same column whatever the depth.
/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn deep_nesting_is_refused_at_the_first_bracket() {
    for depth in [200, 100_000] {
        let deep = nested(depth);
        let text = doc(&[("organizations", &format!("[{{\"id\": {deep}}}]"))]);
        let e = refused(&text);
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/organizations/0/id",
            "invalid type: sequence, expected an organization id",
        );
        stops_at(&e, &text, text.find(&deep).unwrap());

        let text = doc(&[(
            "meetings",
            &format!("[{{\"when\": {{\"start\": {deep}}}}}]"),
        )]);
        let e = refused(&text);
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/meetings/0/when/start",
            "invalid type: sequence, expected a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYX, YYXX), \"unknown\", \"..\" or limits {\"not_before\": …, \"not_after\": …}",
        );
        // A bound is a string or an object, so its reader takes the bracket before it
        // refuses the array: one column later, and still nothing of what the bracket opens.
        stops_at(&e, &text, text.find(&deep).unwrap() + 1);

        let text = format!(r#"{{"schema_version": {deep}}}"#);
        let e = refused(&text);
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/schema_version",
            "invalid type: sequence, expected the schema version \"2.0\" (or \"1.0\")",
        );
        stops_at(&e, &text, text.find(&deep).unwrap());

        let objects = nested_objects(depth);
        let text = org_with("acronym", &objects);
        let e = refused(&text);
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/organizations/0/acronym",
            "invalid type: map, expected a non-blank string",
        );
        stops_at(&e, &text, text.find(&objects).unwrap());

        // An unknown field is refused by its name, before its value is read.
        let text = doc(&[("extra", &deep)]);
        let e = refused(&text);
        assert_eq!((e.kind(), e.path()), (ParseErrorKind::Data, "/extra"));
        assert!(e.message().starts_with("unknown field `extra`"), "{e}");
        stops_at(
            &e,
            &text,
            text.find("\"extra\"").unwrap() + "\"extra\"".len(),
        );
    }
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn deep_nesting_after_a_document_is_trailing_garbage() {
    let text = format!("{}{}", doc(&[]), nested(100_000));
    let e = refused(&text);
    assert_eq!((e.kind(), e.path()), (ParseErrorKind::Syntax, ""));
    assert_eq!(e.message(), "trailing characters");
    stops_at(&e, &text, doc(&[]).len() + 1);
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn unclosed_nesting_is_a_truncated_document() {
    let text = format!(
        r#"{{"schema_version": "1.0", "meetings": [{{"when": {}"#,
        "{".repeat(50_000)
    );
    let e = refused(&text);
    assert!(
        matches!(e.kind(), ParseErrorKind::Syntax | ParseErrorKind::Eof),
        "{e}"
    );
}

// --- Huge strings ---------------------------------------------------------------------------

const TEN_MB: usize = 10 * 1024 * 1024;

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn a_10_mb_text_is_refused_without_echoing_it() {
    let huge = "a".repeat(TEN_MB);
    let text = org_with("name", &quoted(&huge));
    let e = refused(&text);
    assert_error(
        &e,
        ParseErrorKind::Data,
        "/organizations/0/name",
        "invalid text: text is longer than 65536 characters",
    );
    // Read once, up to the closing quote, and refused there.
    stops_at(&e, &text, text.find(&huge).unwrap() + huge.len() + 1);

    let blank = " ".repeat(TEN_MB);
    let e = refused(&org_with("name", &quoted(&blank)));
    assert_error(
        &e,
        ParseErrorKind::Data,
        "/organizations/0/name",
        "invalid text: text cannot be empty or blank",
    );
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn a_10_mb_value_of_every_string_type_gives_a_short_error() {
    let huge = "A".repeat(TEN_MB);
    let cases = [
        ("id", "/organizations/0/id"),
        ("country", "/organizations/0/country"),
        ("founded", "/organizations/0/founded"),
        ("parent", "/organizations/0/parent"),
        ("other_names", "/organizations/0/other_names/0/lang"),
        ("sources", "/organizations/0/sources/0/url"),
    ];
    for (field, path) in cases {
        let value = match field {
            "other_names" => format!(r#"[{{"name": "x", "lang": "{huge}"}}]"#),
            "sources" => format!(r#"[{{"url": "https://{huge}"}}]"#),
            _ => quoted(&huge),
        };
        let text = org_with(field, &value);
        let e = refused(&text);
        assert_eq!((e.kind(), e.path()), (ParseErrorKind::Data, path), "{e}");
        assert!(
            e.message().len() < 400,
            "{field}: the error echoes the input ({} bytes)",
            e.message().len()
        );
        stops_at(&e, &text, text.find(&huge).unwrap() + huge.len() + 1);
    }
    let e = refused(&format!(r#"{{"schema_version": "{huge}"}}"#));
    assert_eq!(e.path(), "/schema_version");
    assert!(e.message().len() < 400);
}

/// Found by hostile sizes: an unknown field or enum value is quoted whole in the error, so a
/// 10 MB key gave a 10 MB message (and a 10 MB path). Values refused by their own parser
/// are already cut to an 80-character excerpt; these should be too. Fixed by reading enum
/// values through an excerpt and cutting every quoted part of a message and every path
/// segment to one.
#[test]
fn unknown_names_are_quoted_as_an_excerpt() {
    let huge = "x".repeat(TEN_MB);
    let e =
        Dataset::from_json(&format!(r#"{{"schema_version": "1.0", "{huge}": 1}}"#)).unwrap_err();
    assert!(
        e.message().len() < 1000,
        "message of {} bytes",
        e.message().len()
    );
    assert!(e.path().len() < 1000, "path of {} bytes", e.path().len());
    let text = doc(&[(
        "organizations",
        &format!(r#"[{{"id": "cica", "name": "CICA", "kind": "{huge}"}}]"#),
    )]);
    let e = Dataset::from_json(&text).unwrap_err();
    assert_eq!(e.path(), "/organizations/0/kind");
    assert!(
        e.message().len() < 1000,
        "message of {} bytes",
        e.message().len()
    );
}

// --- Limits ---------------------------------------------------------------------------------

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn text_url_and_tag_limits_are_exact() {
    let at_limit = "a".repeat(MAX_TEXT_LEN);
    assert!(Dataset::from_json(&org_with("name", &quoted(&at_limit))).is_ok());
    // Characters count, not bytes, as JSON Schema's `maxLength` counts them: 65,536 × "é"
    // (131,072 bytes) is at the limit, one more is over.
    let accents = "é".repeat(MAX_TEXT_LEN);
    assert!(Dataset::from_json(&org_with("name", &quoted(&accents))).is_ok());
    let over = format!("{accents}é");
    let e = refused(&org_with("name", &quoted(&over)));
    assert_eq!(
        e.message(),
        "invalid text: text is longer than 65536 characters"
    );

    let url = |len: usize| format!("https://{}", "é".repeat(len - "https://".len()));
    let source = |u: &str| format!(r#"[{{"url": "{u}"}}]"#);
    assert!(Dataset::from_json(&org_with("sources", &source(&url(2048)))).is_ok());
    let e = refused(&org_with("sources", &source(&url(2049))));
    assert_eq!(e.path(), "/organizations/0/sources/0/url");
    assert!(
        e.message().ends_with(": a url has at most 2048 characters"),
        "{e}"
    );

    let tag = |len: usize| format!("x-{}", ["abcdefgh"; 8].join("-").get(..len - 2).unwrap());
    let names = |t: &str| format!(r#"[{{"name": "x", "lang": "{t}"}}]"#);
    assert!(Dataset::from_json(&org_with("other_names", &names(&tag(62)))).is_ok());
    let e = refused(&org_with(
        "other_names",
        &names(&format!("{}-abcdefgh", tag(62))),
    ));
    assert!(
        e.message()
            .ends_with(": a language tag has at most 64 characters"),
        "{e}"
    );
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn an_id_of_10000_characters_is_refused_with_an_excerpt() {
    let long = "a".repeat(10_000);
    let expected = format!(
        "invalid organization id \"{}…\": an id has at most 128 characters",
        "a".repeat(80)
    );
    let e = refused(&org_with("id", &quoted(&long)));
    assert_error(&e, ParseErrorKind::Data, "/organizations/0/id", &expected);

    // The same where an id is a reference.
    let meeting = format!(
        r#"[{{"id": "m", "title": "T", "kind": "bilateral", "status": "held", "when": {{}},
             "participants": [{{"organization": "{long}", "role": "host"}}]}}]"#
    );
    let e = refused(&doc(&[("meetings", &meeting)]));
    assert_error(
        &e,
        ParseErrorKind::Data,
        "/meetings/0/participants/0/organization",
        &expected,
    );
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn the_id_limit_is_128_characters() {
    assert_eq!(MAX_ID_LEN, 128);
    let ok = "a".repeat(MAX_ID_LEN);
    let data = Dataset::from_json(&org_with("id", &quoted(&ok))).unwrap();
    assert_eq!(data.organizations[0].id, ok.as_str());
    let e = refused(&org_with("id", &quoted(&"a".repeat(MAX_ID_LEN + 1))));
    assert!(
        e.message().ends_with(": an id has at most 128 characters"),
        "{e}"
    );
}

// --- Numbers and characters -----------------------------------------------------------------

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn out_of_range_numbers_are_refused_and_the_largest_is_a_rule_violation() {
    for bad in [
        "0",
        "-1",
        "4294967296",
        "1e400",
        "1.5",
        "18446744073709551616",
    ] {
        let e = refused(&meeting_with_days(bad));
        assert_eq!(e.path(), "/meetings/0/days", "{bad}: {e}");
    }
    let data = Dataset::from_json(&meeting_with_days("4294967295")).unwrap();
    let report = data.validate();
    let v = &report.violations()[0];
    assert_eq!(
        (v.rule, v.path.as_str()),
        (Rule::DaysExceedPeriod, "/meetings/0/days")
    );
    assert_eq!(
        v.message,
        "`m` lasted 4294967295 days, more than the 3 days of its period (2024-11-25/2024-11-27)"
    );
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn lone_surrogates_and_control_characters() {
    let e = refused(&org_with("name", r#""\ud800""#));
    assert_eq!(e.kind(), ParseErrorKind::Syntax, "{e}");
    // An escaped NUL is a character like any other in a text.
    let data = Dataset::from_json(&org_with("name", r#""a\u0000b""#)).unwrap();
    assert_eq!(data.organizations[0].name.as_str(), "a\0b");
    // A raw control character inside a string is not JSON.
    let e = refused(&org_with("name", "\"a\u{1}b\""));
    assert_eq!(e.kind(), ParseErrorKind::Syntax, "{e}");
}

// --- Shapes ---------------------------------------------------------------------------------

/// Found by hostile input (deep nesting at the top level): serde's derived `Deserialize`
/// reads a struct from a JSON array of its fields in order, so `["1.0"]` was read as an empty
/// dataset, `"when": ["2024", "2025"]` as a period and `["cica", "CICA", …]` as an
/// organization. The schema says "object"; a document that another reader refuses must not
/// be accepted here, and an array in place of a record is most likely a mistake. Fixed by
/// reading records only from JSON objects (`serde_str::map_only!`).
#[test]
fn arrays_are_not_read_as_records() {
    let cases = [
        (r#"["1.0"]"#.to_owned(), ""),
        (
            r#"["1.0", [["cica", "CICA", null, [], "ngo"]]]"#.to_owned(),
            "",
        ),
        (
            doc(&[("organizations", r#"[["cica", "CICA", null, [], "ngo"]]"#)]),
            "/organizations/0",
        ),
        (
            doc(&[(
                "meetings",
                r#"[{"id": "m", "title": "T", "kind": "bilateral", "status": "held",
                     "when": ["2024", "2025"]}]"#,
            )]),
            "/meetings/0/when",
        ),
        (
            doc(&[(
                "meetings",
                r#"[{"id": "m", "title": "T", "kind": "bilateral", "status": "held", "when": {},
                     "participants": [[null, "KZ", null, "host"]]}]"#,
            )]),
            "/meetings/0/participants/0",
        ),
        (
            doc(&[(
                "meetings",
                r#"[{"id": "m", "title": "T", "kind": "bilateral", "status": "held", "when": {},
                     "location": ["Palais des Nations", "Geneva", "CH", false]}]"#,
            )]),
            "/meetings/0/location",
        ),
    ];
    for (text, path) in cases {
        let e = Dataset::from_json(&text).expect_err(&text);
        assert_eq!((e.kind(), e.path()), (ParseErrorKind::Data, path), "{e}");
        assert!(e.message().starts_with("invalid type: sequence"), "{e}");
    }
}

/// Found by the `swapped_types` property (see `mutations`): a number (or boolean, array,
/// null) where an enum value belongs was reported as the syntax error "expected value" —
/// the JSON is valid, its type is wrong. serde_json's `deserialize_enum` raises
/// `ExpectedSomeValue` for anything but a string or an object. Fixed by reading each enum
/// from a string (`serde_str::string_enum!`), so a wrong type is a data error.
#[test]
fn a_wrong_type_for_an_enum_value_is_a_data_error() {
    for bad in ["0", "true", "null", "[]", "{}"] {
        let text = doc(&[(
            "organizations",
            &format!(r#"[{{"id": "cica", "name": "CICA", "kind": {bad}}}]"#),
        )]);
        let e = Dataset::from_json(&text).unwrap_err();
        assert_eq!(e.path(), "/organizations/0/kind", "{e}");
        assert_eq!(e.kind(), ParseErrorKind::Data, "{bad}: {e}");
        assert!(e.message().starts_with("invalid type: "), "{bad}: {e}");
    }
}

/// From the outside probe: the `validate` example panicked (exit 101) when its output pipe
/// closed early (`… | head -1`). It must stop printing and exit with its documented code.
/// Runs the example binary `cargo test` builds beside this one; skipped when it is absent
/// (`cargo test --test it` alone does not build examples), unless
/// `MULTILATERAL_REQUIRE_EXAMPLES` is set (as `.ci/run` sets it).
#[test]
fn the_validate_example_exits_quietly_when_its_output_closes() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    let exe = std::env::current_exe().unwrap();
    let examples = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test binary lies in target/<profile>/deps")
        .join("examples");
    let validate = examples.join(format!("validate{}", std::env::consts::EXE_SUFFIX));
    if !validate.exists() {
        let required = std::env::var_os("MULTILATERAL_REQUIRE_EXAMPLES").is_some();
        assert!(!required, "{} is not built", validate.display());
        eprintln!("skipped: {} is not built", validate.display());
        return;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("examples/data/geneva-2024.json")];
    let mut invalid: Vec<_> = std::fs::read_dir(root.join("tests/data/invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    invalid.sort();
    files.extend(invalid);
    let mut child = Command::new(&validate)
        .args(&files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe is closed after one line.
    let out = child.wait_with_output().unwrap();
    assert!(first.contains("geneva-2024.json"), "{first}");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
