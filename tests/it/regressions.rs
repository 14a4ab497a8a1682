//! Bugs found by fuzzing, property tests and hostile inputs, one test each, named for the
//! behaviour they pin down. A test marked `#[ignore = "bug: …"]` fails until the library is
//! fixed; the fix removes the `ignore`. See docs/robustness.md for how each was found.
//!
//! Run the open ones with `cargo test --release --all-features --test it regressions -- --ignored`.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use multilateral::registry::Scope;
use multilateral::{Dataset, ParseErrorKind, Registry};

use crate::hostile::doc;

#[track_caller]
fn within<T>(limit: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < limit, "{what} took {took:?}, more than {limit:?}");
    out
}

/// Found by hostile input (deep nesting at the top level): serde's derived `Deserialize`
/// reads a struct from a JSON array of its fields in order, so `["1.0"]` was read as an empty
/// dataset, `"when": ["2024", "2025"]` as a period and `["cica", "CICA", …]` as an
/// organization. The schema says "object"; a document that another reader refuses must not
/// be accepted here, and an array in place of a record is most likely a mistake. Fixed by
/// reading records only from JSON objects (`serde_str::map_only!`).
#[test]
fn arrays_are_not_read_as_records() {
    let cases = [
        (r#"["1.0"]"#, ""),
        (r#"["1.0", [["cica", "CICA", null, [], "ngo"]]]"#, ""),
        (
            &doc(&[("organizations", r#"[["cica", "CICA", null, [], "ngo"]]"#)]),
            "/organizations/0",
        ),
        (
            &doc(&[(
                "meetings",
                r#"[{"id": "m", "title": "T", "kind": "bilateral", "status": "held",
                     "when": ["2024", "2025"]}]"#,
            )]),
            "/meetings/0/when",
        ),
        (
            &doc(&[(
                "meetings",
                r#"[{"id": "m", "title": "T", "kind": "bilateral", "status": "held", "when": {},
                     "participants": [[null, "KZ", null, "host"]]}]"#,
            )]),
            "/meetings/0/participants/0",
        ),
        (
            &doc(&[(
                "meetings",
                r#"[{"id": "m", "title": "T", "kind": "bilateral", "status": "held", "when": {},
                     "location": ["Palais des Nations", "Geneva", "CH", false]}]"#,
            )]),
            "/meetings/0/location",
        ),
    ];
    for (text, path) in cases {
        let e = Dataset::from_json(text).expect_err(text);
        assert_eq!((e.kind(), e.path()), (ParseErrorKind::Data, path), "{e}");
        assert!(e.message().starts_with("invalid type: sequence"), "{e}");
    }
}

/// Found by the `swapped_types` property: a number (or boolean, array, null) where an enum
/// value belongs was reported as the syntax error "expected value" — the JSON is valid, its
/// type is wrong. serde_json's `deserialize_enum` raises `ExpectedSomeValue` for anything but
/// a string or an object. Fixed by reading each enum from a string
/// (`serde_str::string_enum!`), so a wrong type is a data error.
#[test]
fn a_wrong_type_for_an_enum_value_is_a_data_error() {
    for bad in ["0", "true", "null", "[]"] {
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

/// Found by hostile sizes: an unknown field or enum value is quoted whole in the error, so a
/// 10 MB key gave a 10 MB message (and a 10 MB path). Values refused by their own parser
/// are already cut to an 80-character excerpt; these should be too. Fixed by reading enum
/// values through an excerpt and cutting every quoted part of a message and every path
/// segment to one.
#[test]
fn unknown_names_are_quoted_as_an_excerpt() {
    let huge = "x".repeat(10 * 1024 * 1024);
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

/// Found by hostile sizes: validating a meeting of n distinct organizations took time
/// quadratic in n (`Meeting::organizations` deduplicates with `Vec::contains`, and the
/// dimension rule asks `same_tree` for each organization and each dimension): 30,000
/// organizations took 1.4 s in release, a million would take half an hour.
#[test]
fn a_meeting_of_100_000_organizations_validates_in_linear_time() {
    let text = crate::hostile::crowded_by_organizations(100_000);
    let data = Dataset::from_json(&text).unwrap();
    let report = within(Duration::from_secs(10), "validating", || data.validate());
    assert_eq!(report.violations().len(), 1);
}

/// Found by hostile sizes: when many meetings on the sidelines of a chain also point back
/// to its first meeting, each back edge closes its own cycle and the whole cycle was
/// collected (and its start found by a linear search), so time and memory grew with the
/// square of the chain: 20,000 meetings took 1.6 GB, 100,000 would take 40 GB. Only the
/// first six meetings of a cycle are shown in the message.
#[test]
fn cycles_through_a_long_chain_take_linear_memory() {
    let n = 15_000;
    let mut meetings = String::new();
    for i in 0..n {
        if i > 0 {
            meetings.push(',');
        }
        let relations = if i + 1 < n {
            format!(
                r#","relations":[{{"kind":"sidelines-of","meeting":"m{}"}},{{"kind":"sidelines-of","meeting":"m0"}}]"#,
                i + 1
            )
        } else {
            String::new()
        };
        write!(
            meetings,
            r#"{{"id":"m{i}","title":"M","kind":"bilateral","status":"held","when":{{}}{relations}}}"#
        )
        .unwrap();
    }
    let data = Dataset::from_json(&doc(&[("meetings", &format!("[{meetings}]"))])).unwrap();
    // Linear work takes milliseconds; the quadratic one takes seconds and 900 MB.
    let report = within(Duration::from_millis(500), "validating", || data.validate());
    assert_eq!(report.with_code("relation-cycle").count(), n - 1);
}

/// Found by hostile sizes: the post check walks the whole parent chain of the official's
/// post for every meeting attended, so n meetings attended for the top of an n-deep chain
/// of bodies cost n² steps (20,000 took 1.5 s in release).
#[test]
fn attendee_checks_are_linear_in_the_depth_of_the_tree() {
    let n = 50_000;
    let text = deep_tree_document(n);
    let data = Dataset::from_json(&text).unwrap();
    let report = within(Duration::from_secs(2), "validating", || data.validate());
    assert!(report.is_clean(), "{report}");
}

/// Found by hostile sizes: `mous_between` with sub-bodies pairs every body below one
/// organization with every body below the other, so two organizations with n bodies below
/// them cost n² lookups (20,000 bodies: 12 s in release) for an answer of one MoU. Fixed by
/// walking the MoUs of each body on the side with fewer MoUs and keeping those with a party
/// on the other side.
#[test]
fn mous_between_sub_bodies_is_linear_in_the_trees() {
    let n = 20_000;
    let registry = Registry::new(Dataset::from_json(&deep_tree_document(n)).unwrap()).unwrap();
    let found = within(Duration::from_secs(2), "mous_between", || {
        registry.mous_between("o0", "o1", Scope::WithSubBodies)
    });
    assert_eq!(found.len(), 1);
}

/// A chain of `n` bodies `o0` ← `o1` ← … (each the parent of the next), an official with a
/// post at the deepest, attending `n` meetings for the top; an MoU between `o0` and `o1`.
fn deep_tree_document(n: usize) -> String {
    let mut orgs = String::new();
    for i in 0..n {
        if i > 0 {
            orgs.push(',');
        }
        let parent = if i > 0 {
            format!(r#","parent":"o{}""#, i - 1)
        } else {
            String::new()
        };
        write!(
            orgs,
            r#"{{"id":"o{i}","name":"Body {i}","kind":"other"{parent}}}"#
        )
        .unwrap();
    }
    let mut meetings = String::new();
    for i in 0..n {
        if i > 0 {
            meetings.push(',');
        }
        write!(
            meetings,
            r#"{{"id":"m{i}","title":"M","kind":"bilateral","status":"held","when":{{}},
                "participants":[{{"organization":"o0","official":"x","role":"host"}}]}}"#
        )
        .unwrap();
    }
    let official = format!(
        r#"[{{"id":"x","name":"X","posts":[{{"organization":"o{}","role":"staff"}}]}}]"#,
        n - 1
    );
    doc(&[
        ("organizations", &format!("[{orgs}]")),
        ("officials", &official),
        (
            "mous",
            r#"[{"id":"u","title":"MoU","parties":["o0","o1"],"status":"signed"}]"#,
        ),
        ("meetings", &format!("[{meetings}]")),
    ])
}

/// Found by review: deciding whether an MoU binds the two sides compared every party with
/// every other, so an MoU of n parties cost n² for each query naming two of them (and the
/// pair index it replaced held n² entries). Two parties of each side are enough to decide.
#[test]
fn an_mou_of_many_parties_is_checked_in_linear_time() {
    let n = 20_000;
    let mut orgs = String::new();
    let mut parties = String::new();
    for i in 0..n {
        if i > 0 {
            orgs.push(',');
            parties.push(',');
        }
        write!(orgs, r#"{{"id":"o{i}","name":"Body {i}","kind":"other"}}"#).unwrap();
        write!(parties, r#""o{i}""#).unwrap();
    }
    let text = doc(&[
        ("organizations", &format!("[{orgs}]")),
        (
            "mous",
            &format!(r#"[{{"id":"all","title":"All","status":"draft","parties":[{parties}]}}]"#),
        ),
    ]);
    let registry = Registry::new(Dataset::from_json(&text).unwrap()).unwrap();
    let found = within(Duration::from_secs(2), "mous_between", || {
        (0..50)
            .map(|i| {
                let a = format!("o{i}");
                let b = format!("o{}", n - 1 - i);
                registry.mous_between(&a, &b, Scope::WithSubBodies).len()
            })
            .sum::<usize>()
    });
    assert_eq!(found, 50);
}
