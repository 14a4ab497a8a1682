//! Hostile sizes: deep nesting, huge strings, huge ids, huge lists, long chains. Each gets a
//! clear error naming where, or completes in time and memory that grow with the input.
//!
//! The full-size cases take longer than the rest of the suite in a debug build and are
//! ignored by default; run them with
//!
//! ```sh
//! cargo test --release --all-features --test it hostile -- --ignored
//! ```
//!
//! Every ignored case has a scaled-down twin that runs with the suite. Time bounds are
//! generous (a shared two-core machine in debug mode): they catch a hang or a quadratic
//! blow-up, not a slowdown.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use multilateral::id::MAX_ID_LEN;
use multilateral::{
    Dataset, MAX_TEXT_LEN, ParseError, ParseErrorKind, Party, Period, Registry, Severity,
};

/// A document with the given top-level members after `schema_version`.
pub(crate) fn doc(members: &[(&str, &str)]) -> String {
    let mut out = String::from(r#"{"schema_version": "1.0""#);
    for (key, value) in members {
        write!(out, r#", "{key}": {value}"#).unwrap();
    }
    out.push('}');
    out
}

/// One organization whose `field` holds `value` (raw JSON).
fn org_with(field: &str, value: &str) -> String {
    let mut fields = vec![
        ("id", r#""cica""#.to_owned()),
        ("name", r#""CICA""#.to_owned()),
        ("kind", r#""intergovernmental""#.to_owned()),
    ];
    match fields.iter_mut().find(|(k, _)| *k == field) {
        Some(slot) => slot.1 = value.to_owned(),
        None => fields.push((field, value.to_owned())),
    }
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!(r#""{k}": {v}"#))
        .collect();
    doc(&[("organizations", &format!("[{{{}}}]", body.join(", ")))])
}

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

/// Runs `f`, failing when it takes longer than `limit`.
#[track_caller]
fn within<T>(limit: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < limit, "{what} took {took:?}, more than {limit:?}");
    out
}

const BOUND: Duration = Duration::from_secs(30);

// --- Deep nesting -----------------------------------------------------------------------

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// The document's shape is at most a few levels deep, so nesting where a value is expected
/// is a type error at the first bracket: nothing recurses into it.
#[test]
fn deep_nesting_is_refused_at_the_first_bracket() {
    for depth in [200, 100_000] {
        let deep = nested(depth);
        let e = within(BOUND, "nesting", || {
            refused(&doc(&[("organizations", &format!("[{{\"id\": {deep}}}]"))]))
        });
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/organizations/0/id",
            "invalid type: sequence, expected an organization id",
        );

        let e = refused(&doc(&[(
            "meetings",
            &format!("[{{\"when\": {{\"start\": {deep}}}}}]"),
        )]));
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/meetings/0/when/start",
            "invalid type: sequence, expected a date written YYYY, YYYY-MM or YYYY-MM-DD",
        );

        let e = refused(&format!(r#"{{"schema_version": {deep}}}"#));
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/schema_version",
            "invalid type: sequence, expected the schema version \"1.0\"",
        );

        let objects = format!("{}{}", r#"{"a": "#.repeat(depth), "}".repeat(depth));
        let e = refused(&org_with("acronym", &objects));
        assert_error(
            &e,
            ParseErrorKind::Data,
            "/organizations/0/acronym",
            "invalid type: map, expected a non-blank string",
        );

        // An unknown field is refused by its name, before its value is read.
        let e = refused(&doc(&[("extra", &deep)]));
        assert_eq!((e.kind(), e.path()), (ParseErrorKind::Data, "/extra"));
        assert!(e.message().starts_with("unknown field `extra`"), "{e}");
    }
}

#[test]
fn deep_nesting_after_a_document_is_trailing_garbage() {
    let text = format!("{}{}", doc(&[]), nested(100_000));
    let e = refused(&text);
    assert_eq!((e.kind(), e.path()), (ParseErrorKind::Syntax, ""));
    assert_eq!(e.message(), "trailing characters");
}

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

// --- Huge strings -------------------------------------------------------------------------

const TEN_MB: usize = 10 * 1024 * 1024;

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

#[test]
fn a_10_mb_text_is_refused_without_echoing_it() {
    let huge = "a".repeat(TEN_MB);
    let e = within(BOUND, "10 MB name", || {
        refused(&org_with("name", &quoted(&huge)))
    });
    assert_error(
        &e,
        ParseErrorKind::Data,
        "/organizations/0/name",
        "invalid text: text is longer than 65536 characters",
    );
    let blank = " ".repeat(TEN_MB);
    let e = refused(&org_with("name", &quoted(&blank)));
    assert_error(
        &e,
        ParseErrorKind::Data,
        "/organizations/0/name",
        "invalid text: text cannot be empty or blank",
    );
}

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
        let e = within(BOUND, field, || refused(&org_with(field, &value)));
        assert_eq!((e.kind(), e.path()), (ParseErrorKind::Data, path), "{e}");
        assert!(
            e.message().len() < 400,
            "{field}: the error echoes the input ({} bytes)",
            e.message().len()
        );
    }
    let e = refused(&format!(r#"{{"schema_version": "{huge}"}}"#));
    assert_eq!(e.path(), "/schema_version");
    assert!(e.message().len() < 400);
}

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

// --- Huge ids -----------------------------------------------------------------------------

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

#[test]
fn the_id_limit_is_128_characters() {
    assert_eq!(MAX_ID_LEN, 128);
    let ok = "a".repeat(MAX_ID_LEN);
    let data = Dataset::from_json(&org_with("id", &quoted(&ok))).unwrap();
    assert_eq!(data.organizations[0].id.as_str(), ok);
    let e = refused(&org_with("id", &quoted(&"a".repeat(MAX_ID_LEN + 1))));
    assert!(
        e.message().ends_with(": an id has at most 128 characters"),
        "{e}"
    );
}

// --- Numbers ------------------------------------------------------------------------------

fn meeting_with_days(days: &str) -> String {
    doc(&[(
        "meetings",
        &format!(
            r#"[{{"id": "m", "title": "T", "kind": "bilateral", "status": "held",
                  "when": {{"start": "2024-11-25", "end": "2024-11-27"}}, "days": {days}}}]"#
        ),
    )])
}

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
        (v.code, v.path.as_str()),
        ("days-exceed-period", "/meetings/0/days")
    );
    assert_eq!(
        v.message,
        "`m` lasted 4294967295 days, more than the 3 days of its period (2024-11-25/2024-11-27)"
    );
}

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

// --- Huge lists ---------------------------------------------------------------------------

const ROLES: [&str; 8] = [
    "organizer",
    "host",
    "chair",
    "speaker",
    "delegation-head",
    "delegation-member",
    "participant",
    "observer",
];

/// A meeting with `n` participants, all states: every assigned code in every role, then
/// repeats (each repeat is a `duplicate-entry` warning).
fn crowded_by_states(n: usize) -> String {
    let codes: Vec<String> = multilateral::CountryCode::all()
        .map(|c| c.to_string())
        .collect();
    let mut parts = String::with_capacity(n * 40);
    for i in 0..n {
        if i > 0 {
            parts.push(',');
        }
        let code = &codes[i % codes.len()];
        let role = ROLES[(i / codes.len()) % ROLES.len()];
        write!(parts, r#"{{"state":"{code}","role":"{role}"}}"#).unwrap();
    }
    doc(&[(
        "meetings",
        &format!(
            r#"[{{"id": "unga-79", "title": "79th session of the UN General Assembly",
                  "kind": "session", "status": "held", "when": {{"start": "2024-09-10"}},
                  "participants": [{parts}]}}]"#
        ),
    )])
}

fn check_crowded_by_states(n: usize) {
    let text = crowded_by_states(n);
    let data = within(BOUND, "reading", || Dataset::from_json(&text).unwrap());
    assert_eq!(data.meetings[0].participants.len(), n);
    let report = within(BOUND, "validating", || data.validate());
    let distinct = n.min(249 * ROLES.len());
    assert_eq!(report.violations().len(), n - distinct);
    assert!(
        report
            .violations()
            .iter()
            .all(|v| v.code == "duplicate-entry" && v.severity == Severity::Warning)
    );
    if let Some(v) = report.violations().first() {
        assert_eq!(v.path, format!("/meetings/0/participants/{distinct}"));
    }
    let registry = within(BOUND, "building", || Registry::new(data).unwrap());
    let kz = Party::State("KZ".parse().unwrap());
    let counterparts = within(BOUND, "counterparts", || registry.counterparts(&kz));
    assert_eq!(counterparts.len(), n.min(249) - 1);
    let network = within(BOUND, "network", || registry.cooperation_network());
    let states = n.min(249);
    assert_eq!(network.len(), states * (states - 1) / 2);
    assert!(network.iter().all(|e| e.meetings == 1));
    let timeline = registry.timeline_of_state("CH".parse().unwrap(), &Period::unknown());
    assert_eq!(timeline.len(), 1);
}

#[test]
fn a_meeting_with_20_000_participants() {
    check_crowded_by_states(20_000);
}

/// Full size: about 40 MB of JSON and a million warnings.
#[test]
#[ignore = "full size: run with --release -- --ignored"]
fn a_meeting_with_1_000_000_participants() {
    check_crowded_by_states(1_000_000);
}

/// `n` organizations, all taking part in one meeting that touches a dimension.
pub(crate) fn crowded_by_organizations(n: usize) -> String {
    let mut orgs = String::new();
    let mut parts = String::new();
    for i in 0..n {
        write!(
            orgs,
            r#"{{"id":"o{i}","name":"Organization {i}","kind":"ngo"}},"#
        )
        .unwrap();
        if i > 0 {
            parts.push(',');
        }
        write!(parts, r#"{{"organization":"o{i}","role":"participant"}}"#).unwrap();
    }
    orgs.push_str(r#"{"id":"owner","name":"Owner","kind":"intergovernmental"}"#);
    doc(&[
        ("organizations", &format!("[{orgs}]")),
        (
            "dimensions",
            r#"[{"id":"d","organization":"owner","name":"Economic Dimension"}]"#,
        ),
        (
            "meetings",
            &format!(
                r#"[{{"id":"m","title":"Conference","kind":"conference","status":"held",
                      "when":{{}},"dimensions":["d"],"participants":[{parts}]}}]"#
            ),
        ),
    ])
}

pub(crate) fn check_crowded_by_organizations(n: usize, network: bool) {
    let text = crowded_by_organizations(n);
    let data = Dataset::from_json(&text).unwrap();
    let report = within(BOUND, "validating", || data.validate());
    let codes: Vec<&str> = report.violations().iter().map(|v| v.code).collect();
    assert_eq!(codes, ["dimension-not-of-participant"]);
    let registry = within(BOUND, "building", || Registry::new(data).unwrap());
    let o0 = Party::Organization("o0".parse().unwrap());
    assert_eq!(registry.counterparts(&o0).len(), n - 1);
    if network {
        let edges = within(BOUND, "network", || registry.cooperation_network());
        assert_eq!(edges.len(), n * (n - 1) / 2);
    }
}

#[test]
fn a_meeting_of_500_organizations() {
    check_crowded_by_organizations(500, true);
}

#[test]
fn many_records_with_the_same_id_give_one_error_each() {
    let n = 20_000;
    let orgs: Vec<String> = (0..n)
        .map(|_| r#"{"id":"iom","name":"IOM","kind":"un-entity"}"#.to_owned())
        .collect();
    let data =
        Dataset::from_json(&doc(&[("organizations", &format!("[{}]", orgs.join(",")))])).unwrap();
    let report = within(BOUND, "validating", || data.validate());
    assert_eq!(report.violations().len(), n - 1);
    assert_eq!(report.violations()[0].path, "/organizations/1/id");
    assert_eq!(
        report.violations()[n - 2].message,
        "organization id `iom` is already used by /organizations/0"
    );
}

// --- Long chains --------------------------------------------------------------------------

/// `n` meetings, each on the sidelines of the next; with `close`, the last on the sidelines of
/// the first.
fn sidelines_chain(n: usize, close: bool) -> String {
    let mut meetings = String::with_capacity(n * 200);
    for i in 0..n {
        if i > 0 {
            meetings.push(',');
        }
        let next = if i + 1 < n {
            Some(i + 1)
        } else if close {
            Some(0)
        } else {
            None
        };
        let relations = next.map_or(String::new(), |j| {
            format!(r#","relations":[{{"kind":"sidelines-of","meeting":"m{j}"}}]"#)
        });
        write!(
            meetings,
            r#"{{"id":"m{i}","title":"Meeting {i}","kind":"bilateral","status":"held",
                "when":{{"start":"2024-11-25","end":"2024-11-27"}}{relations}}}"#
        )
        .unwrap();
    }
    doc(&[("meetings", &format!("[{meetings}]"))])
}

fn check_sidelines_chain(n: usize) {
    let text = sidelines_chain(n, false);
    let data = within(BOUND, "reading", || Dataset::from_json(&text).unwrap());
    let report = within(BOUND, "validating", || data.validate());
    assert!(report.is_clean(), "{report}");
    let registry = within(BOUND, "building", || Registry::new(data).unwrap());
    let last = format!("m{}", n - 1);
    let all = within(BOUND, "related_to", || {
        registry.related_to(&last, &[], true)
    });
    assert_eq!(all.len(), n - 1);
    let deepest = all.iter().map(|r| r.depth).max().unwrap();
    assert_eq!(deepest as usize, n - 1);
    assert_eq!(registry.related_to(&last, &[], false).len(), 1);
    assert_eq!(registry.related_to("m0", &[], true).len(), 0);

    // Closed into a circle: one error, its message cut short.
    let text = sidelines_chain(n, true);
    let data = Dataset::from_json(&text).unwrap();
    let report = within(BOUND, "validating a cycle", || data.validate());
    let v: Vec<_> = report.violations().iter().collect();
    assert_eq!(v.len(), 1, "{report}");
    assert_eq!(
        (v[0].code, v[0].path.as_str()),
        (
            "relation-cycle",
            &*format!("/meetings/{}/relations/0/meeting", n - 1)
        )
    );
    assert_eq!(
        v[0].message,
        "meetings lie within themselves (sidelines of / part of): m0 → m1 → m2 → m3 → m4 → m5 → … → m0"
    );
}

#[test]
fn a_chain_of_10_000_meetings_on_the_sidelines() {
    check_sidelines_chain(10_000);
}

#[test]
#[ignore = "full size: run with --release -- --ignored"]
fn a_chain_of_100_000_meetings_on_the_sidelines() {
    check_sidelines_chain(100_000);
}

/// `n` organizations, each the parent of the next; with `close`, the first's parent is the
/// last.
fn parent_chain(n: usize, close: bool) -> String {
    let mut orgs = String::new();
    for i in 0..n {
        if i > 0 {
            orgs.push(',');
        }
        let parent = match (i, close) {
            (0, false) => String::new(),
            (0, true) => format!(r#","parent":"o{}""#, n - 1),
            _ => format!(r#","parent":"o{}""#, i - 1),
        };
        write!(
            orgs,
            r#"{{"id":"o{i}","name":"Body {i}","kind":"other"{parent}}}"#
        )
        .unwrap();
    }
    doc(&[("organizations", &format!("[{orgs}]"))])
}

#[test]
fn a_chain_of_2_000_nested_bodies() {
    let n = 2_000;
    let data = Dataset::from_json(&parent_chain(n, false)).unwrap();
    assert!(within(BOUND, "validating", || data.validate()).is_clean());
    let data = Dataset::from_json(&parent_chain(n, true)).unwrap();
    let report = data.validate();
    let codes: Vec<&str> = report.violations().iter().map(|v| v.code).collect();
    assert_eq!(codes, ["parent-cycle"], "{report}");
    assert!(
        report.violations()[0]
            .message
            .ends_with("o0 → o1999 → o1998 → o1997 → o1996 → o1995 → … → o0"),
        "{report}"
    );
}
