//! The report of a validation pass: errors and warnings, every violation and not only the
//! first, printed like a compiler's and written as JSON.

use multilateral::{Rule, Severity};
use serde_json::json;

use super::{base, org_json, set};
use crate::support::{report, rules};

// Origin: surviving mutants (cargo mutants) in the report.
#[test]
fn a_report_sorts_errors_from_warnings_and_prints_like_a_compiler() {
    let r = report(json!({
        "organizations": [org_json("a"), org_json("a")],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "cancelled",
                      "when": {}, "outcomes": [{"kind": "agreed", "text": "Agreed."}]}]
    }));
    assert!(r.has_errors());
    assert!(!r.is_clean());
    assert_eq!(r.errors().count(), 1);
    assert_eq!(r.warnings().count(), 1);
    assert_eq!(r.errors().next().unwrap().rule, Rule::DuplicateId);
    assert_eq!(
        r.warnings().next().unwrap().rule,
        Rule::OutcomeOfUnheldMeeting
    );
    assert_eq!(r.of_rule(Rule::DuplicateId).count(), 1);
    assert_eq!(r.of_rule(Rule::TooFewParties).count(), 0);
    assert_eq!(
        r.to_string(),
        "/organizations/1/id: error[duplicate-id]: organization id `a` is already used by /organizations/0\n\
         /meetings/0/outcomes: warning[outcome-of-unheld-meeting]: `m` has outcomes but its status is cancelled, not held\n\
         1 error(s), 1 warning(s)"
    );
    let all: Vec<_> = r.clone().into_iter().map(|v| v.severity).collect();
    assert_eq!(all, [Severity::Error, Severity::Warning]);
    assert_eq!(
        serde_json::to_value(&r).unwrap()["violations"][1]["severity"],
        json!("warning")
    );
    assert!(Severity::Warning < Severity::Error);
    assert_eq!(
        (Severity::Warning.to_string(), Severity::Error.to_string()),
        ("warning".to_owned(), "error".to_owned())
    );
}

// Origin: surviving mutants (cargo mutants) in the report.
#[test]
fn warnings_alone_are_not_errors() {
    let r = report(json!({
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "planned",
                      "when": {}, "outcomes": [{"kind": "agreed", "text": "Agreed."}]}]
    }));
    assert!(!r.has_errors());
    assert!(!r.is_clean());
    assert_eq!(r.errors().count(), 0);
    assert!(r.to_string().ends_with("0 error(s), 1 warning(s)"));
    assert!(report(json!({})).is_clean());
    assert_eq!(report(json!({})).to_string(), "0 error(s), 0 warning(s)");
}

#[test]
fn every_violation_is_reported_not_only_the_first() {
    let mut doc = base();
    set(&mut doc, "/organizations/2/parent", json!("osce"));
    set(
        &mut doc,
        "/meetings/1/participants/1/official",
        json!("nobody"),
    );
    set(&mut doc, "/mous/0/parties", json!(["iom", "iom"]));
    set(&mut doc, "/meetings/1/when", json!({"start": "2024-12-01"}));
    let r = report(doc);
    assert_eq!(
        rules(&r),
        [
            (Rule::DanglingReference, "/organizations/2/parent"),
            (
                Rule::DanglingReference,
                "/meetings/1/participants/1/official"
            ),
            (Rule::OutsideParentPeriod, "/meetings/1/when"),
            (Rule::TooFewParties, "/mous/0/parties"),
            (Rule::DuplicateEntry, "/mous/0/parties/1"),
        ]
    );
    assert_eq!(r.errors().count(), 4);
    assert!(r.to_string().ends_with("4 error(s), 1 warning(s)"));
}

/// In JSON a violation names its rule by code, as tools match on it.
#[test]
fn a_violation_is_written_as_severity_code_path_and_message() {
    let r = report(json!({"organizations": [org_json("a"), org_json("a")]}));
    assert_eq!(
        serde_json::to_value(&r).unwrap(),
        json!({"violations": [{
            "severity": "error",
            "code": "duplicate-id",
            "path": "/organizations/1/id",
            "message": "organization id `a` is already used by /organizations/0",
        }]})
    );
    let v = &r.violations()[0];
    assert_eq!(v.code(), "duplicate-id");
    assert_eq!(v.severity, v.rule.severity());
}
