//! Cycles: organizations and dimensions that are their own ancestors, meetings that lie
//! within or come before themselves.

use multilateral::{Report, Rule};
use serde_json::{Value, json};

use super::meeting_json;
use crate::support::{report, rules};

/// A circle of `n` meetings, each on the sidelines of the next.
fn circle(n: usize) -> Report {
    let meetings: Vec<Value> = (0..n)
        .map(|i| {
            let mut m = meeting_json(&format!("m{i}"), json!({}));
            m["relations"] =
                json!([{"kind": "sidelines-of", "meeting": format!("m{}", (i + 1) % n)}]);
            m
        })
        .collect();
    report(json!({"meetings": meetings}))
}

// Origin: surviving mutants (cargo mutants) in the cycle rules.
#[test]
fn a_cycle_message_names_up_to_six_records() {
    let message = |n: usize| circle(n).violations()[0].message.clone();
    let prefix = "meetings lie within themselves (sidelines of / part of): ";
    assert_eq!(message(1), format!("{prefix}m0 → m0"));
    assert_eq!(
        message(6),
        format!("{prefix}m0 → m1 → m2 → m3 → m4 → m5 → m0")
    );
    assert_eq!(
        message(7),
        format!("{prefix}m0 → m1 → m2 → m3 → m4 → m5 → … → m0")
    );
    assert_eq!(
        circle(7).violations()[0].path,
        "/meetings/6/relations/0/meeting"
    );
}

// Origin: surviving mutants (cargo mutants) in the cycle rules.
#[test]
fn two_cycles_are_two_errors_and_a_diamond_is_none() {
    let rel = |id: &str, to: &[&str]| {
        let mut m = meeting_json(id, json!({}));
        m["relations"] = Value::Array(
            to.iter()
                .map(|t| json!({"kind": "part-of", "meeting": t}))
                .collect(),
        );
        m
    };
    let r = report(json!({"meetings": [
        rel("a", &["b", "c"]), rel("b", &["d"]), rel("c", &["d"]), rel("d", &[])]}));
    assert!(r.is_clean(), "{r}");
    let r = report(json!({"meetings": [
        rel("a", &["b"]), rel("b", &["a"]), rel("c", &["d"]), rel("d", &["c"])]}));
    assert_eq!(
        rules(&r),
        [
            (Rule::RelationCycle, "/meetings/1/relations/0/meeting"),
            (Rule::RelationCycle, "/meetings/3/relations/0/meeting"),
        ]
    );
    // Before-and-after: a follow-up to a meeting held in preparation for it.
    let mut a = meeting_json("a", json!({}));
    a["relations"] = json!([{"kind": "in-preparation-for", "meeting": "b"}]);
    let mut b = meeting_json("b", json!({}));
    b["relations"] = json!([{"kind": "in-preparation-for", "meeting": "a"}]);
    let r = report(json!({"meetings": [a.clone(), b]}));
    assert_eq!(
        rules(&r),
        [(Rule::RelationCycle, "/meetings/1/relations/0/meeting")]
    );
    let mut b = meeting_json("b", json!({}));
    b["relations"] = json!([{"kind": "follow-up-to", "meeting": "a"}]);
    assert!(report(json!({"meetings": [a, b]})).is_clean());
}

// Origin: surviving mutants (cargo mutants) in the cycle rules.
#[test]
fn a_parent_cycle_does_not_stop_the_rules_that_walk_the_tree() {
    // `a` and `b` are each other's parent; the post and attendance checks still end.
    let r = report(json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "ngo", "parent": "b"},
            {"id": "b", "name": "B", "kind": "ngo", "parent": "a"},
            {"id": "c", "name": "C", "kind": "ngo", "parent": "c"}],
        "officials": [{"id": "p", "name": "P", "posts": [{"organization": "a", "role": "head"}]}],
        "dimensions": [{"id": "d", "organization": "c", "name": "D"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "dimensions": ["d"],
                      "participants": [{"organization": "b", "official": "p", "role": "host"}]}]
    }));
    assert_eq!(
        rules(&r),
        [
            (Rule::ParentCycle, "/organizations/1/parent"),
            (Rule::ParentCycle, "/organizations/2/parent"),
            (Rule::DimensionNotOfParticipant, "/meetings/0/dimensions/0"),
        ],
        "{r}"
    );
    assert_eq!(
        r.violations()[1].message,
        "organizations are their own ancestors: c → c"
    );
}
