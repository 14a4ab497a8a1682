//! Dates across fields and records: founding and dissolution, an MoU's dates and status, a
//! signing date and its meeting, a meeting and the one it lies within.

use multilateral::Rule;
use serde_json::{Value, json};

use super::{meeting_json, messages, org_json};
use crate::support::{report, rules};

// Origin: surviving mutants (cargo mutants) in the date rules.
#[test]
fn dates_on_the_same_day_are_in_order() {
    let r = report(json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "ngo", "founded": "2001-12-31", "dissolved": "2001-12-31"},
            {"id": "b", "name": "B", "kind": "ngo", "founded": "2001", "dissolved": "2001-06"},
            {"id": "c", "name": "C", "kind": "ngo", "founded": "2002-01-01", "dissolved": "2001-12-31"}
        ],
        "mous": [{"id": "u", "title": "U", "parties": ["a", "b"], "status": "signed",
                  "signed": "2008-05-14", "effective": "2008-05-14", "expires": "2008-05-14"},
                 {"id": "v", "title": "V", "parties": ["a", "b"], "status": "signed",
                  "signed": "2008-05-15", "effective": "2008-05-14", "expires": "2008-05-13"}]
    }));
    assert_eq!(
        rules(&r),
        [
            (
                Rule::OrganizationDatesReversed,
                "/organizations/2/dissolved"
            ),
            (Rule::MouDatesReversed, "/mous/1/effective"),
            (Rule::MouDatesReversed, "/mous/1/expires"),
            (Rule::MouDatesReversed, "/mous/1/expires"),
        ],
        "{r}"
    );
    assert_eq!(
        messages(&r, Rule::MouDatesReversed),
        [
            "`v` has effective 2008-05-14 before signed 2008-05-15",
            "`v` has expires 2008-05-13 before signed 2008-05-15",
            "`v` has expires 2008-05-13 before effective 2008-05-14",
        ]
    );
}

// Origin: surviving mutants (cargo mutants) in the date rules.
#[test]
fn a_draft_lists_every_sign_of_having_been_signed() {
    let r = report(json!({
        "organizations": [org_json("a"), org_json("b")],
        "officials": [{"id": "p", "name": "P", "posts": [{"organization": "a", "role": "head"}]}],
        "meetings": [meeting_json("m", json!({"start": "2008"}))],
        "mous": [{"id": "u", "title": "U", "parties": ["a", "b"], "status": "draft",
                  "signed": "2008", "effective": "2009", "signatories": ["p"], "signed_at": "m"},
                 {"id": "v", "title": "V", "parties": ["a", "b"], "status": "draft",
                  "signed_at": "m"},
                 {"id": "w", "title": "W", "parties": ["a", "b"], "status": "draft",
                  "expires": "2030"}]
    }));
    assert_eq!(
        messages(&r, Rule::MouStatusInconsistent),
        [
            "`u` is a draft but has a signing date, an effective date, signatories, a signing meeting: a draft is not signed",
            "`v` is a draft but has a signing meeting: a draft is not signed",
        ]
    );
}

// Origin: surviving mutants (cargo mutants) in the date rules.
#[test]
fn a_signing_date_may_fall_on_any_day_of_its_meeting() {
    let signed = |date: &str| {
        report(json!({
            "organizations": [org_json("a"), org_json("b")],
            "meetings": [meeting_json("m", json!({"start": "2024-11-25", "end": "2024-11-27"}))],
            "mous": [{"id": "u", "title": "U", "parties": ["a", "b"], "status": "signed",
                      "signed": date, "signed_at": "m"}]
        }))
    };
    for ok in ["2024-11-25", "2024-11-27", "2024-11", "2024"] {
        assert!(signed(ok).is_clean(), "{ok}");
    }
    for bad in ["2024-11-24", "2024-11-28", "2024-12", "2023"] {
        assert_eq!(
            rules(&signed(bad)),
            [(Rule::SigningDateMismatch, "/mous/0/signed")],
            "{bad}"
        );
    }
}

// Origin: surviving mutants (cargo mutants) in the date rules.
#[test]
fn only_sidelines_and_part_of_must_lie_within_the_other_meeting() {
    let related = |kind: &str, when: Value| {
        let mut side = meeting_json("side", when);
        side["relations"] = json!([{"kind": kind, "meeting": "main"}]);
        report(json!({"meetings": [
            meeting_json("main", json!({"start": "2024-11-25", "end": "2024-11-27"})), side]}))
    };
    let later = json!({"start": "2024-12-01", "end": "2024-12-01"});
    for kind in ["sidelines-of", "part-of"] {
        assert_eq!(
            rules(&related(kind, later.clone())),
            [(Rule::OutsideParentPeriod, "/meetings/1/when")]
        );
        assert!(related(kind, json!({"start": "2024-11-27", "end": "2024-11-27"})).is_clean());
    }
    assert_eq!(
        related("part-of", later.clone()).violations()[0].message,
        "`side` (2024-12-01/2024-12-01) is part of `main` but lies outside its period (2024-11-25/2024-11-27)"
    );
    // Preparation and follow-up need not lie within the other meeting: a follow-up may come
    // later, a preparation earlier (or during); only the other way round is an error, of its
    // own rule.
    assert!(related("follow-up-to", later.clone()).is_clean());
    let earlier = json!({"start": "2024-11-01", "end": "2024-11-01"});
    assert!(related("in-preparation-for", earlier.clone()).is_clean());
    let during = json!({"start": "2024-11-26", "end": "2024-11-26"});
    assert!(related("in-preparation-for", during.clone()).is_clean());
    assert!(related("follow-up-to", during).is_clean());
    assert_eq!(
        rules(&related("in-preparation-for", later.clone())),
        [(Rule::RelationOutOfOrder, "/meetings/1/relations/0")]
    );
    assert_eq!(
        rules(&related("follow-up-to", earlier)),
        [(Rule::RelationOutOfOrder, "/meetings/1/relations/0")]
    );
    // A courtesy call ahead of a session comes before it, as a preparation does.
    assert_eq!(
        rules(&related("ahead-of", later)),
        [(Rule::RelationOutOfOrder, "/meetings/1/relations/0")]
    );
    // Dates that do not decide it give nothing: a year may hold both orders.
    let that_year = json!({"start": "2024", "end": "2024"});
    assert!(related("in-preparation-for", that_year.clone()).is_clean());
    assert!(related("follow-up-to", that_year).is_clean());
}
