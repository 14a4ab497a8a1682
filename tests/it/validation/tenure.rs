//! Who held what, when: chairs, members and heads at once, and signatories and attendees
//! with a post at a party.

use multilateral::{Rule, Severity};
use serde_json::{Value, json};

use super::{base, org_json, set};
use crate::support::{report, rules};

// Origin: surviving mutants (cargo mutants) in the tenure rules.
#[test]
fn one_day_terms_overlap_what_they_share_a_day_with_and_a_handover_does_not() {
    // A common day is an overlap unless it is a handover: one term ending the day the other
    // begins, each lasting longer (see `Period::must_overlap`). The outside probe found
    // identical one-day terms accepted.
    let chairs = |list: Value| {
        report(json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": list}]}))
    };
    let one_day_inside = chairs(json!([
        {"country": "KZ", "period": {"start": "2024-01-01", "end": "2024-12-31"}},
        {"country": "AZ", "period": {"start": "2024-06-01", "end": "2024-06-01"}}
    ]));
    assert_eq!(
        rules(&one_day_inside),
        [(Rule::OverlappingChairs, "/organizations/0/chairs/1/period")]
    );
    let same_day = chairs(json!([
        {"country": "KZ", "period": {"start": "2024-01-01", "end": "2024-01-01"}},
        {"country": "AZ", "period": {"start": "2024-01-01", "end": "2024-01-01"}}
    ]));
    assert_eq!(
        rules(&same_day),
        [(Rule::OverlappingChairs, "/organizations/0/chairs/1/period")]
    );
    let handover = chairs(json!([
        {"country": "KZ", "period": {"start": "2020", "end": "2024-10-13"}},
        {"country": "AZ", "period": {"start": "2024-10-13"}}
    ]));
    assert!(handover.is_clean(), "{handover}");
    // A one-day interim on the handover day overlaps both, and is paired with one of them.
    let interim = chairs(json!([
        {"country": "KZ", "period": {"start": "2020", "end": "2024-10-13"}},
        {"country": "TR", "period": {"start": "2024-10-13", "end": "2024-10-13"}},
        {"country": "AZ", "period": {"start": "2024-10-13"}}
    ]));
    assert_eq!(
        rules(&interim),
        [
            (Rule::OverlappingChairs, "/organizations/0/chairs/1/period"),
            (Rule::OverlappingChairs, "/organizations/0/chairs/2/period")
        ]
    );
    // A term known to begin some time in 2003 and to end on 31 December hands over on that
    // day: it may have begun long before, though only its last day is certain (found by the
    // naive-scan oracle on generated data, with a first version of this rule).
    let year_then_day = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "members": [
        {"state": "CR", "status": "observer", "period": {"start": "2003", "end": "2003-12-31"}},
        {"state": "CR", "status": "member", "period": {"start": "2003-12-31"}}]}]}),
    );
    assert!(year_then_day.is_clean(), "{year_then_day}");
    // A state that is a member and an observer on the same single day is listed twice at once.
    let member = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "members": [
        {"state": "KZ", "status": "member", "period": {"start": "2024-01-01", "end": "2024-01-01"}},
        {"state": "KZ", "status": "observer", "period": {"start": "2024-01-01", "end": "2024-01-01"}}]}]}),
    );
    assert_eq!(
        rules(&member),
        [(
            Rule::OverlappingMembership,
            "/organizations/0/members/1/period"
        )]
    );
}

// Origin: surviving mutants (cargo mutants) in the tenure rules.
#[test]
fn each_overlapping_chair_is_paired_with_the_earlier_one_reaching_furthest() {
    let r = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": [
            {"country": "KZ", "period": {"start": "2020-01-01", "end": "2030-01-01"}},
            {"country": "AZ", "period": {"start": "2021-01-01", "end": "2022-01-01"}},
            {"country": "TR", "period": {"start": "2023-01-01", "end": "2024-01-01"}}
        ]}]}),
    );
    let found: Vec<(&str, &str)> = r
        .violations()
        .iter()
        .map(|v| (v.path.as_str(), v.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "/organizations/0/chairs/1/period",
                "`o` has two chairs at once: AZ (2021-01-01/2022-01-01) and KZ (2020-01-01/2030-01-01)"
            ),
            (
                "/organizations/0/chairs/2/period",
                "`o` has two chairs at once: TR (2023-01-01/2024-01-01) and KZ (2020-01-01/2030-01-01)"
            ),
        ],
        "{r}"
    );
}

// Origin: surviving mutants (cargo mutants) in the tenure rules.
#[test]
fn a_later_term_reaching_further_takes_over_the_sweep() {
    // KZ ends before TR starts, but AZ, which overlaps KZ, reaches into TR's term: the
    // sweep must move on to AZ as the term reaching furthest, or TR's overlap goes unseen.
    let r = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": [
            {"country": "KZ", "period": {"start": "2020-01-01", "end": "2021-01-01"}},
            {"country": "AZ", "period": {"start": "2020-06-01", "end": "2030-01-01"}},
            {"country": "TR", "period": {"start": "2025-01-01", "end": "2026-01-01"}}
        ]}]}),
    );
    assert_eq!(
        rules(&r),
        [
            (Rule::OverlappingChairs, "/organizations/0/chairs/1/period"),
            (Rule::OverlappingChairs, "/organizations/0/chairs/2/period"),
        ],
        "{r}"
    );
    assert!(
        r.violations()[1]
            .message
            .contains("TR (2025-01-01/2026-01-01) and AZ"),
        "{r}"
    );
}

// Origin: surviving mutants (cargo mutants) in the tenure rules.
#[test]
fn of_two_terms_reaching_equally_far_the_first_is_named() {
    // KZ and AZ both end in 2030; TR overlaps both and is paired with KZ, the first of the
    // terms reaching furthest.
    let r = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": [
            {"country": "KZ", "period": {"start": "2020-01-01", "end": "2030-01-01"}},
            {"country": "AZ", "period": {"start": "2021-01-01", "end": "2030-01-01"}},
            {"country": "TR", "period": {"start": "2025-01-01", "end": "2026-01-01"}}
        ]}]}),
    );
    let messages: Vec<&str> = r.violations().iter().map(|v| v.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "`o` has two chairs at once: AZ (2021-01-01/2030-01-01) and KZ (2020-01-01/2030-01-01)",
            "`o` has two chairs at once: TR (2025-01-01/2026-01-01) and KZ (2020-01-01/2030-01-01)",
        ],
        "{r}"
    );
}

// Origin: surviving mutants (cargo mutants) in the tenure rules.
#[test]
fn members_overlap_only_with_the_same_party() {
    let r = report(
        json!({"organizations": [org_json("x"), {"id": "o", "name": "O", "kind": "ngo", "members": [
            {"state": "KZ", "status": "member", "period": {"start": "2000"}},
            {"state": "TR", "status": "member", "period": {"start": "2000"}},
            {"organization": "x", "status": "observer", "period": {"start": "2000"}},
            {"state": "KZ", "status": "observer", "period": {"start": "2010", "end": "2012"}}
        ]}]}),
    );
    assert_eq!(
        rules(&r),
        [(
            Rule::OverlappingMembership,
            "/organizations/1/members/3/period"
        )]
    );
}

#[test]
fn adjacent_terms_are_not_overlaps() {
    let mut doc = base();
    set(
        &mut doc,
        "/organizations/0/chairs/1",
        json!({"country": "AZ", "period": {"start": "2024-10"}}),
    );
    set(
        &mut doc,
        "/officials/2",
        json!({"id": "antonio-vitorino", "name": "António Vitorino",
               "posts": [{"organization": "iom", "role": "head", "period": {"start": "2018-10", "end": "2023-10-01"}}]}),
    );
    let r = report(doc);
    assert!(r.is_clean(), "{r}");
}

// Origin: surviving mutants (cargo mutants) in the tenure rules; the outside probe found
// that one official's two overlapping head posts were accepted.
#[test]
fn one_official_holding_two_head_posts_at_once_is_a_warning_of_its_own() {
    let r = report(json!({
        "organizations": [org_json("o")],
        "officials": [{"id": "p", "name": "P", "posts": [
            {"organization": "o", "role": "head", "title": "Executive Director", "period": {"start": "2020", "end": "2023"}},
            {"organization": "o", "role": "head", "title": "Secretary General", "period": {"start": "2022"}}]},
            {"id": "q", "name": "Q", "posts": [
            {"organization": "o", "role": "deputy", "period": {"start": "2020"}}]}]
    }));
    assert_eq!(
        rules(&r),
        [(Rule::OverlappingHeads, "/officials/0/posts/1/period")]
    );
    assert_eq!(
        r.violations()[0].message,
        "`p` holds two head posts of `o` at once (2022/.. and 2020/2023, /officials/0/posts/0); a renamed post is two consecutive holdings"
    );
    // Renamed in office: two consecutive holdings, one ending the day the other begins.
    let renamed = report(json!({
        "organizations": [org_json("o")],
        "officials": [{"id": "p", "name": "P", "posts": [
            {"organization": "o", "role": "head", "title": "Executive Director", "period": {"start": "2020", "end": "2023-06-30"}},
            {"organization": "o", "role": "head", "title": "Secretary General", "period": {"start": "2023-06-30"}}]}]
    }));
    assert!(renamed.is_clean(), "{renamed}");
    // The same post listed twice is a duplicate entry, not two heads.
    let twice = report(json!({
        "organizations": [org_json("o")],
        "officials": [{"id": "p", "name": "P", "posts": [
            {"organization": "o", "role": "head", "period": {"start": "2020"}},
            {"organization": "o", "role": "head", "period": {"start": "2020"}}]}]
    }));
    assert_eq!(
        rules(&twice),
        [(Rule::DuplicateEntry, "/officials/0/posts/1")]
    );
    let r = report(json!({
        "organizations": [org_json("o")],
        "officials": [
            {"id": "p", "name": "P", "posts": [{"organization": "o", "role": "head", "period": {"start": "2020"}}]},
            {"id": "q", "name": "Q", "posts": [{"organization": "o", "role": "head", "period": {"start": "2021"}}]}]
    }));
    let v: Vec<_> = r.of_rule(Rule::OverlappingHeads).collect();
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0].severity, v[0].path.as_str()),
        (Severity::Warning, "/officials/1/posts/0/period")
    );
}

#[test]
fn overlapping_heads_names_both_holders() {
    let mut doc = base();
    set(
        &mut doc,
        "/officials/2",
        json!({"id": "antonio-vitorino", "name": "António Vitorino",
               "posts": [{"organization": "iom", "role": "head", "period": {"start": "2018-10", "end": "2023-12"}}]}),
    );
    let r = report(doc);
    let v = r.of_rule(Rule::OverlappingHeads).next().unwrap();
    assert_eq!(
        v.message,
        "`amy-pope` (2023-10-01/..) and `antonio-vitorino` (2018-10/2023-12) both head `iom` at once; mark one `acting` if that is what happened"
    );
}

#[test]
fn acting_heads_and_unknown_tenures_do_not_overlap() {
    let mut doc = base();
    set(
        &mut doc,
        "/officials/2",
        json!({"id": "ugochi-daniels", "name": "Ugochi Daniels",
               "posts": [{"organization": "iom", "role": "head", "acting": true, "period": {"start": "2024-01", "end": "2024-02"}}]}),
    );
    set(
        &mut doc,
        "/officials/3",
        json!({"id": "someone", "name": "Someone",
               "posts": [{"organization": "iom", "role": "head"}]}),
    );
    assert!(report(doc).is_clean());
}

// Origin: surviving mutants (cargo mutants) in the tenure rules.
#[test]
fn a_signatory_needs_a_post_at_a_party_on_the_signing_day() {
    let signatory = |posts: Value, signed: Value| {
        let mut mou = json!({"id": "u", "title": "U", "parties": ["a", "b"], "status": "signed",
                             "signatories": ["p"]});
        if !signed.is_null() {
            mou["signed"] = signed;
        }
        report(json!({
            "organizations": [org_json("a"), org_json("b"), org_json("c"),
                              {"id": "a-sec", "name": "A secretariat", "kind": "secretariat", "parent": "a"}],
            "officials": [{"id": "p", "name": "P", "posts": posts}],
            "mous": [mou]
        }))
    };
    let at =
        |org: &str, period: Value| json!([{"organization": org, "role": "head", "period": period}]);
    // A post at a party, or a body of one, on the day.
    assert!(signatory(at("b", json!({"start": "2000"})), json!("2008")).is_clean());
    assert!(signatory(at("a-sec", json!({"start": "2000"})), json!("2008")).is_clean());
    // Unknown signing day: any post at a party will do.
    assert!(signatory(at("a", json!({"start": "2020"})), Value::Null).is_clean());
    let r = signatory(at("a", json!({"start": "2020"})), json!("2008"));
    assert_eq!(
        r.violations()[0].message,
        "`p` signed `u` but held no post at a party on the signing date (2008)"
    );
    let r = signatory(at("c", json!({"start": "2000"})), json!("2008"));
    assert_eq!(
        (
            r.violations()[0].path.as_str(),
            r.violations()[0].message.as_str()
        ),
        (
            "/mous/0/signatories/0",
            "`p` signed `u` but holds no post at any of its parties"
        )
    );
}

// Origin: surviving mutants (cargo mutants) in the tenure rules.
#[test]
fn an_attendee_for_a_state_or_with_no_official_is_not_checked() {
    let r = report(json!({
        "organizations": [org_json("o")],
        "officials": [{"id": "p", "name": "P"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"state": "KZ", "official": "p", "role": "host"},
                                       {"organization": "o", "role": "participant"},
                                       {"organization": "o", "official": "p", "role": "speaker"}]}]
    }));
    assert_eq!(
        rules(&r),
        [(
            Rule::AttendeeWithoutPost,
            "/meetings/0/participants/2/official"
        )]
    );
}

#[test]
fn undecidable_dates_give_no_attendee_warning() {
    let mut doc = base();
    // The post's dates are unknown: it may have covered the meeting.
    set(&mut doc, "/officials/1/posts/0/period", json!({}));
    // The meeting is known only to the year.
    set(
        &mut doc,
        "/meetings/1/when",
        json!({"start": "2024", "end": "2024"}),
    );
    set(&mut doc, "/meetings/1/relations", json!([]));
    assert!(report(doc).is_clean());
}

#[test]
fn a_post_at_the_parent_or_a_sub_body_counts() {
    // Sarybay holds his post at the Secretariat and attends for CICA (its parent): no warning.
    // Attending for the Secretariat with a post at CICA is fine too.
    let mut doc = base();
    set(&mut doc, "/officials/0/posts/0/organization", json!("cica"));
    set(
        &mut doc,
        "/meetings/1/participants/0/organization",
        json!("cica-secretariat"),
    );
    assert!(report(doc).is_clean());
}
