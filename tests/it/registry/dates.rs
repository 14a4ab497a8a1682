//! The table "Dates and answers" of the registry's docs, row by row: what holders, chair and
//! members answer about one day from each way a record can give its dates.

use multilateral::registry::{DateStatus, PostFilter};
use multilateral::{MembershipStatus, OrganizationId, PostRole, Registry, Rule};
use serde_json::{Value, json};

use crate::support::{Shown, chairs, day, heads, registry, report, rules};

/// An organization `o` whose head's post is `post` (an object with `period`, `attested`,
/// `term`…), held by official `h`.
fn with_head(post: Value) -> Registry {
    let mut post = post;
    post["organization"] = json!("o");
    post["role"] = json!("head");
    registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental"}],
        "officials": [{"id": "h", "name": "H", "posts": [post]}]
    }))
}

/// The head of `o` on `d`: (status, definite, possible) as official ids.
fn head(r: &Registry, d: &str) -> Shown {
    heads(r, "o", day(d))
}

fn definite(who: &str) -> (DateStatus, Vec<String>, Vec<String>) {
    (DateStatus::Known, vec![who.to_owned()], vec![])
}

fn possible(who: &str) -> (DateStatus, Vec<String>, Vec<String>) {
    (DateStatus::Possible, vec![], vec![who.to_owned()])
}

fn none() -> (DateStatus, Vec<String>, Vec<String>) {
    (DateStatus::Unknown, vec![], vec![])
}

/// An organization `o` with chairmanships `chairs`.
fn with_chairs(chairs: Value) -> Registry {
    registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental", "chairs": chairs}]
    }))
}

/// The chair of `o` on `d`: (status, definite, possible) as country codes.
fn chair(r: &Registry, d: &str) -> Shown {
    chairs(r, "o", day(d))
}

#[test]
fn a_day_attested_is_definite_and_the_next_only_possible() {
    let r = with_head(json!({"attested": ["2022-10-13"]}));
    assert_eq!(head(&r, "2022-10-13"), definite("h"));
    assert_eq!(head(&r, "2022-10-14"), possible("h"));
    assert_eq!(head(&r, "2022-10-12"), possible("h"));
}

#[test]
fn every_day_between_two_attested_days_is_definite() {
    let r = with_head(json!({"attested": ["2022-10-13", "2023-05-02"]}));
    assert_eq!(head(&r, "2023-01-01"), definite("h"));
    assert_eq!(head(&r, "2023-05-03"), possible("h"));
}

#[test]
fn an_unknown_end_is_not_an_open_one() {
    let running = with_head(json!({"period": {"start": "2020-01-01"}}));
    assert_eq!(head(&running, "2023-06-01"), definite("h"));
    let explicit = with_head(json!({"period": {"start": "2020-01-01", "end": ".."}}));
    assert_eq!(head(&explicit, "2023-06-01"), definite("h"));
    let ended = with_head(json!({"period": {"start": "2020-01-01", "end": "unknown"}}));
    assert_eq!(head(&ended, "2020-01-01"), definite("h"));
    assert_eq!(head(&ended, "2023-06-01"), possible("h"));
    assert_eq!(head(&ended, "2019-12-31"), none());
}

#[test]
fn the_next_chair_ends_a_term_whose_end_is_unknown() {
    let r = with_chairs(json!([
        {"country": "KZ", "period": {"start": "2020", "end": "unknown"}},
        {"country": "AZ", "period": {"start": "2024-12-17"}}
    ]));
    assert_eq!(
        chair(&r, "2025-01-01"),
        (DateStatus::Known, vec!["AZ".into()], vec![])
    );
    assert_eq!(
        chair(&r, "2023-06-01"),
        (DateStatus::Possible, vec![], vec!["KZ".into()])
    );
    // On AZ's first day KZ may still have held it: a handover day.
    assert_eq!(
        chair(&r, "2024-12-17"),
        (DateStatus::Known, vec!["AZ".into()], vec!["KZ".into()])
    );
}

#[test]
fn a_term_still_running_when_the_next_began_is_refused() {
    let r = report(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental", "chairs": [
            {"country": "KZ", "period": {"start": "2020"}},
            {"country": "AZ", "period": {"start": "2024-12-17"}}
        ]}]
    }));
    assert_eq!(
        rules(&r),
        [(Rule::OverlappingChairs, "/organizations/0/chairs/1/period")]
    );
}

#[test]
fn a_start_known_only_as_not_after_a_year() {
    let r = with_head(json!({"period": {"start": {"not_after": "1999"}}}));
    assert_eq!(head(&r, "2005-01-01"), definite("h"));
    assert_eq!(head(&r, "1995-01-01"), possible("h"));
}

#[test]
fn an_end_before_a_year_lists_nobody_after_it() {
    let r = with_head(json!({"period": {"start": "2010", "end": {"not_after": "2019"}}}));
    assert_eq!(head(&r, "2020-06-01"), none());
    assert_eq!(head(&r, "2015-06-01"), possible("h"));
    let vacant = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental"}],
        "officials": [
            {"id": "a", "name": "A", "posts": [{"organization": "o", "role": "head",
                "period": {"start": "2010", "end": {"not_after": "2019"}}}]},
            {"id": "b", "name": "B", "posts": [{"organization": "o", "role": "head",
                "period": {"start": "2021"}}]}
        ]
    }));
    assert_eq!(
        head(&vacant, "2020-06-01"),
        (DateStatus::Vacant, vec![], vec![])
    );
}

#[test]
fn a_decade_is_possible_within_it_and_definite_after() {
    let r = with_head(json!({"period": {"start": "199X"}}));
    assert_eq!(head(&r, "1989-12-31"), none());
    assert_eq!(head(&r, "1995-06-01"), possible("h"));
    assert_eq!(head(&r, "2000-01-01"), definite("h"));
}

#[test]
fn on_a_handover_day_both_hold_it() {
    let r = with_chairs(json!([
        {"country": "KZ", "period": {"start": "2020-01-01", "end": "2024-12-17"}},
        {"country": "AZ", "period": {"start": "2024-12-17"}}
    ]));
    assert_eq!(
        chair(&r, "2024-12-17"),
        (DateStatus::Known, vec!["KZ".into(), "AZ".into()], vec![])
    );
    assert_eq!(
        chair(&r, "2024-12-18"),
        (DateStatus::Known, vec!["AZ".into()], vec![])
    );
    // Posts and memberships read a handover day alike.
    let posts = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental", "members": [
            {"state": "KZ", "status": "observer", "period": {"start": "2010", "end": "2024-12-17"}},
            {"state": "KZ", "status": "member", "period": {"start": "2024-12-17"}}
        ]}],
        "officials": [
            {"id": "a", "name": "A", "posts": [{"organization": "o", "role": "head",
                "period": {"start": "2020-01-01", "end": "2024-12-17"}}]},
            {"id": "b", "name": "B", "posts": [{"organization": "o", "role": "head",
                "period": {"start": "2024-12-17"}}]}
        ]
    }));
    assert_eq!(
        head(&posts, "2024-12-17"),
        (DateStatus::Known, vec!["a".into(), "b".into()], vec![])
    );
    let o = posts
        .organization(&OrganizationId::from_static("o"))
        .unwrap();
    for status in [MembershipStatus::Observer, MembershipStatus::Member] {
        let m = o.members(status, day("2024-12-17"));
        assert_eq!(
            (m.status, m.definite.len()),
            (DateStatus::Known, 1),
            "{status}"
        );
    }
    assert!(
        report(json!({
            "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental", "chairs": [
                {"country": "KZ", "period": {"start": "2020-01-01", "end": "2024-12-17"}},
                {"country": "AZ", "period": {"start": "2024-12-17"}}
            ]}]
        }))
        .is_clean()
    );
}

#[test]
fn a_term_with_no_end_is_definite_to_the_day_before_its_anniversary() {
    let r = with_head(json!({"period": {"start": "2022-03-01", "end": "unknown"}, "term": "P3Y"}));
    assert_eq!(head(&r, "2025-02-28"), definite("h"));
    assert_eq!(head(&r, "2025-03-01"), possible("h"));
    // A five-year term from 1 January 2017: the successor's first day is not the holder's.
    let r = with_head(json!({"period": {"start": "2017-01-01", "end": "unknown"}, "term": "P5Y"}));
    assert_eq!(head(&r, "2021-12-31"), definite("h"));
    assert_eq!(head(&r, "2022-01-01"), possible("h"));
    let running = with_head(json!({"period": {"start": "2022-03-01"}, "term": "P3Y"}));
    assert_eq!(head(&running, "2026-01-01"), definite("h"));
    // A dated end wins over the term: a mandate cut short.
    let cut = with_head(json!({"period": {"start": "2022-03-01", "end": "2023"}, "term": "P3Y"}));
    assert_eq!(head(&cut, "2024-06-01"), none());
    assert_eq!(head(&cut, "2023-06-01"), possible("h"));
}

#[test]
fn an_end_day_with_no_start_is_certain_on_that_day() {
    let r = with_head(json!({"period": {"end": "2024-05-31"}}));
    assert_eq!(head(&r, "2024-05-31"), definite("h"));
    assert_eq!(head(&r, "2024-05-30"), possible("h"));
    assert_eq!(head(&r, "2024-06-01"), none());
}

#[test]
fn from_the_beginning_is_definite_before_the_end() {
    let r = with_head(json!({"period": {"start": "..", "end": "2001"}}));
    assert_eq!(head(&r, "1950-01-01"), definite("h"));
    assert_eq!(head(&r, "2001-06-01"), possible("h"));
}

#[test]
fn nothing_known_is_possible_every_day() {
    let r = with_head(json!({}));
    for d in ["1900-01-01", "2024-11-26", "2100-01-01"] {
        assert_eq!(head(&r, d), possible("h"), "{d}");
    }
}

#[test]
fn a_membership_after_an_observer_status_of_unknown_end_ends_it() {
    // One standing at a time for each party: the later membership ends the observer status.
    let r = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "intergovernmental", "members": [
            {"state": "TR", "status": "observer", "period": {"start": "2002", "end": "unknown"}},
            {"state": "TR", "status": "member", "period": {"start": "2008-06-01"}}
        ]}]
    }));
    let o = r.organization(&OrganizationId::from_static("o")).unwrap();
    let observers = o.members(MembershipStatus::Observer, day("2010-01-01"));
    assert!(observers.definite.is_empty() && observers.possible.is_empty());
    let observers = o.members(MembershipStatus::Observer, day("2005-01-01"));
    assert_eq!(observers.possible.len(), 1);
    let members = o.members(MembershipStatus::Member, day("2010-01-01"));
    assert_eq!(members.definite.len(), 1);
}

#[test]
fn posts_are_not_read_one_at_a_time() {
    // Two members of a board at once are allowed; an unknown end stays possible.
    let r = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "governing-body"}],
        "officials": [
            {"id": "a", "name": "A", "posts": [{"organization": "o", "role": "member",
                "period": {"start": "2020-01-01", "end": "unknown"}}]},
            {"id": "b", "name": "B", "posts": [{"organization": "o", "role": "member",
                "period": {"start": "2022-01-01"}}]}
        ]
    }));
    let o = r.organization(&OrganizationId::from_static("o")).unwrap();
    let a = o.holders(PostFilter::Role(PostRole::Member), day("2023-01-01"));
    assert_eq!(a.definite.len(), 1);
    assert_eq!(a.possible.len(), 1);
}
