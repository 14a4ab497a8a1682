//! References between records: ids unique within a kind (each dangling reference is a case
//! of the table in [`super::rules`]).

use multilateral::Rule;
use serde_json::json;

use super::{meeting_json, org_json};
use crate::support::report;

// Origin: surviving mutants (cargo mutants) in the reference rules.
#[test]
fn duplicate_ids_are_reported_for_every_kind_of_record() {
    let r = report(json!({
        "organizations": [org_json("o"), org_json("o")],
        "officials": [{"id": "p", "name": "P"}, {"id": "p", "name": "P"}, {"id": "p", "name": "P"}],
        "dimensions": [{"id": "d", "organization": "o", "name": "D"},
                       {"id": "d", "organization": "o", "name": "D"}],
        "mous": [{"id": "u", "title": "U", "parties": ["o", "x"], "status": "signed"},
                 {"id": "u", "title": "U", "parties": ["o", "x"], "status": "signed"}],
        "meetings": [meeting_json("m", json!({})), meeting_json("m", json!({}))]
    }));
    let dup: Vec<(&str, &str)> = r
        .of_rule(Rule::DuplicateId)
        .map(|v| (v.path.as_str(), v.message.as_str()))
        .collect();
    assert_eq!(
        dup,
        [
            (
                "/organizations/1/id",
                "organization id `o` is already used by /organizations/0"
            ),
            (
                "/officials/1/id",
                "official id `p` is already used by /officials/0"
            ),
            (
                "/officials/2/id",
                "official id `p` is already used by /officials/0"
            ),
            (
                "/dimensions/1/id",
                "dimension id `d` is already used by /dimensions/0"
            ),
            ("/mous/1/id", "MoU id `u` is already used by /mous/0"),
            (
                "/meetings/1/id",
                "meeting id `m` is already used by /meetings/0"
            ),
        ]
    );
}

// From the outside probe: a reference that differs from an id only in case gave no hint.
#[test]
fn a_dangling_reference_that_differs_only_in_case_says_so() {
    let r = report(json!({
        "organizations": [org_json("iom"), org_json("cica")],
        "mous": [{"id": "u", "title": "U", "parties": ["IOM", "Cica"], "status": "signed"}],
        "meetings": [{"id": "m", "title": "M", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"organization": "osce", "role": "host"}]}]
    }));
    let messages: Vec<(&str, &str)> = r
        .of_rule(Rule::DanglingReference)
        .map(|v| (v.path.as_str(), v.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            (
                "/mous/0/parties/0",
                "no organization has id `IOM`; `iom` differs only in case (ids are case-sensitive)"
            ),
            (
                "/mous/0/parties/1",
                "no organization has id `Cica`; `cica` differs only in case (ids are case-sensitive)"
            ),
            (
                "/meetings/0/participants/0/organization",
                "no organization has id `osce`"
            ),
        ]
    );
}

// The links of document format 2.0: the meeting that decided a holding, the body a meeting
// is a session of, the official an outcome concerns.
#[test]
fn the_links_of_format_two_resolve_or_dangle_with_their_path() {
    let mut meeting = meeting_json("m", json!({}));
    meeting["session_of"] = json!("council");
    meeting["outcomes"] = json!([{"kind": "appointed", "text": "Appointed.", "official": "p"},
                                 {"kind": "elected", "text": "Elected.", "official": "nobody"}]);
    let r = report(json!({
        "organizations": [
            {"id": "o", "name": "O", "kind": "ngo",
             "members": [{"state": "KZ", "status": "member", "decided_at": "m"},
                         {"state": "TR", "status": "member", "decided_at": "gone"}],
             "chairs": [{"country": "KZ", "decided_at": "gone", "official": "nobody"}]}
        ],
        "officials": [{"id": "p", "name": "P", "posts": [
            {"organization": "o", "role": "head", "decided_at": "m"},
            {"organization": "o", "role": "staff", "decided_at": "gone"}]}],
        "meetings": [meeting]
    }));
    let dangling: Vec<(&str, &str)> = r
        .of_rule(Rule::DanglingReference)
        .map(|v| (v.path.as_str(), v.message.as_str()))
        .collect();
    assert_eq!(
        dangling,
        [
            (
                "/organizations/0/members/1/decided_at",
                "no meeting has id `gone`"
            ),
            (
                "/organizations/0/chairs/0/official",
                "no official has id `nobody`"
            ),
            (
                "/organizations/0/chairs/0/decided_at",
                "no meeting has id `gone`"
            ),
            (
                "/officials/0/posts/1/decided_at",
                "no meeting has id `gone`"
            ),
            (
                "/meetings/0/outcomes/1/official",
                "no official has id `nobody`"
            ),
            ("/meetings/0/session_of", "no organization has id `council`"),
        ]
    );
}
