//! Rules on one record at a time: entries listed twice, an MoU's parties, a meeting's days.

use multilateral::Rule;
use serde_json::{Value, json};

use super::{meeting_json, messages, org_json};
use crate::support::{report, rules};

// Origin: surviving mutants (cargo mutants) in the record rules.
#[test]
fn a_list_with_two_equal_entries_has_one_duplicate() {
    let r = report(json!({
        "organizations": [org_json("o"), org_json("x"),
            {"id": "y", "name": "Y", "kind": "ngo",
             "members": [{"state": "KZ", "status": "member", "period": {"start": "2001", "end": "2002"}},
                         {"state": "KZ", "status": "member", "period": {"start": "2001", "end": "2002"}}]}],
        "officials": [{"id": "p", "name": "P"}],
        "mous": [{"id": "u", "title": "U", "parties": ["o", "x"], "status": "signed",
                  "signatories": ["p", "p"], "dimensions": ["d", "d"]}],
        "dimensions": [{"id": "d", "organization": "o", "name": "D"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"state": "KZ", "role": "host"}, {"state": "KZ", "role": "host"}],
                      "mous": ["u", "u"]}]
    }));
    let dup: Vec<&str> = r
        .of_rule(Rule::DuplicateEntry)
        .map(|v| v.path.as_str())
        .collect();
    assert_eq!(
        dup,
        [
            "/organizations/2/members/1",
            "/mous/0/signatories/1",
            "/mous/0/dimensions/1",
            "/meetings/0/mous/1",
            "/meetings/0/participants/1",
        ],
        "{r}"
    );
    // A single entry, or two different ones, is no duplicate.
    let r = report(json!({
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"state": "KZ", "role": "host"}, {"state": "KZ", "role": "speaker"}]}]
    }));
    assert!(r.is_clean(), "{r}");
}

// Origin: surviving mutants (cargo mutants) in the record rules.
#[test]
fn an_mou_names_how_many_distinct_parties_it_has() {
    let r = report(json!({
        "organizations": [org_json("o")],
        "mous": [{"id": "one", "title": "U", "parties": ["o", "o"], "status": "signed"},
                 {"id": "two", "title": "U", "parties": ["o", "x"], "status": "signed"}]
    }));
    assert_eq!(
        messages(&r, Rule::TooFewParties),
        ["`one` has 1 distinct party; an MoU binds at least two organizations"]
    );
    // Fewer than two listed parties do not read at all, as the schema's `minItems` says.
    for parties in [json!([]), json!(["o"])] {
        let mut doc = json!({"schema_version": "1.0", "organizations": [org_json("o")],
            "mous": [{"id": "u", "title": "U", "status": "signed"}]});
        doc["mous"][0]["parties"] = parties;
        let err = multilateral::Dataset::from_json(&doc.to_string()).unwrap_err();
        assert_eq!(err.path(), "/mous/0/parties");
        assert!(
            err.message().ends_with("expected at least two parties"),
            "{err}"
        );
    }
}

// Origin: surviving mutants (cargo mutants) in the record rules.
#[test]
fn a_meeting_may_last_exactly_the_days_of_its_period() {
    let days = |n: u32, when: Value| {
        let mut m = meeting_json("m", when);
        m["days"] = json!(n);
        report(json!({"meetings": [m]}))
    };
    let three = json!({"start": "2024-11-25", "end": "2024-11-27"});
    assert!(days(3, three.clone()).is_clean());
    assert!(days(1, three.clone()).is_clean());
    assert_eq!(
        rules(&days(4, three)),
        [(Rule::DaysExceedPeriod, "/meetings/0/days")]
    );
    let one = json!({"start": "2024-11-25", "end": "2024-11-25"});
    assert!(days(1, one.clone()).is_clean());
    assert_eq!(days(2, one).of_rule(Rule::DaysExceedPeriod).count(), 1);
    // A month holds 30 days; open or unknown ends decide nothing.
    assert!(days(30, json!({"start": "2024-11", "end": "2024-11"})).is_clean());
    assert!(!days(31, json!({"start": "2024-11", "end": "2024-11"})).is_clean());
    assert!(days(1000, json!({"start": "2024-11"})).is_clean());
    assert!(days(1000, json!({"end": "2024-11"})).is_clean());
}
