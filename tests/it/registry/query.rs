//! The composable query over meetings: every condition given must hold (organization with
//! or without sub-bodies, official, dimension with or without priority areas, kind, status,
//! period, country); contradictions and records the registry does not hold match nothing;
//! the answer is the same whichever index the query starts from, in date order.

use multilateral::registry::{DimensionScope, Scope};
use multilateral::{Meeting, MeetingKind, MeetingStatus};
use serde_json::json;

use super::{
    dimensions_world, in_date_order, involves_official, involves_org, query_periods, spans_world,
    strangers,
};
use crate::support::{dimension, geneva_registry, ids, official, org, period, registry};

#[test]
fn the_query_uses_all_its_conditions_on_the_fixture() {
    let r = geneva_registry();
    let cica = r.organization(&org("cica")).unwrap();
    let sarybay = r.official(&official("kairat-sarybay")).unwrap();
    let human = r.dimension(&dimension("cica-human")).unwrap();
    let q = || r.meetings().involving(cica, Scope::Exact).with(sarybay);
    assert_eq!(q().run().len(), 10);
    assert_eq!(
        ids(q()
            .in_dimension(human, DimensionScope::WithPriorityAreas)
            .run()),
        ["sarybay-houngbo-2024-11"]
    );
    assert_eq!(q().of_kind(MeetingKind::Session).run().len(), 1);
    assert_eq!(q().in_country("CH".parse().unwrap()).run().len(), 10);
    assert!(q().during(&period("2025/2025")).run().is_empty());
    let strangers = strangers();
    let nowhere = strangers.organization(&org("nowhere")).unwrap();
    assert!(q().involving(nowhere, Scope::Exact).run().is_empty());
    assert!(
        q().of_kind(MeetingKind::Session)
            .of_kind(MeetingKind::Bilateral)
            .run()
            .is_empty()
    );
    assert_eq!(
        r.meetings().with_status(MeetingStatus::Held).run().len(),
        12
    );
    assert_eq!(r.meetings().run().len(), 12);
    // The UN took part in three of the bilateral meetings through its bodies only.
    let un = r.organization(&org("un")).unwrap();
    assert!(r.meetings().involving(un, Scope::Exact).run().is_empty());
    assert_eq!(
        r.meetings()
            .involving(un, Scope::WithSubBodies)
            .with(sarybay)
            .run()
            .len(),
        3
    );
}

#[test]
fn records_of_another_registry_are_looked_up_by_their_ids() {
    let r = geneva_registry();
    let later = geneva_registry();
    let cica = later.organization(&org("cica")).unwrap();
    let sarybay = later.official(&official("kairat-sarybay")).unwrap();
    let human = later.dimension(&dimension("cica-human")).unwrap();
    let found = r
        .meetings()
        .involving(cica, Scope::Exact)
        .with(sarybay)
        .in_dimension(human, DimensionScope::Exact)
        .run();
    assert_eq!(ids(found.clone()), ["sarybay-houngbo-2024-11"]);
    assert!(std::ptr::eq(found[0], &r.dataset().meetings[4]));
    // Records this registry does not hold match nothing, whatever else is asked.
    let strangers = strangers();
    let nobody = strangers.official(&official("nobody")).unwrap();
    let nowhere = strangers.dimension(&dimension("nowhere")).unwrap();
    assert!(r.meetings().with(nobody).run().is_empty());
    assert!(
        r.meetings()
            .in_dimension(nowhere, DimensionScope::WithPriorityAreas)
            .run()
            .is_empty()
    );
    let elsewhere = strangers.organization(&org("elsewhere")).unwrap();
    assert!(
        r.meetings()
            .involving(elsewhere, Scope::WithSubBodies)
            .run()
            .is_empty()
    );
}

// From surviving mutants: the query's period search at the edges of the span buckets.
#[test]
fn the_query_during_a_period_matches_the_meetings_that_may_overlap_it() {
    let r = registry(spans_world());
    let data = r.dataset();
    let p = r.official(&official("p")).unwrap();
    let a = r.organization(&org("a")).unwrap();
    let of_org = |m: &Meeting, orgs: &[&str]| involves_org(m, |o| orgs.contains(&o));
    for q in query_periods() {
        let during = |keep: &dyn Fn(&Meeting) -> bool| {
            in_date_order(data, |m| m.when.may_overlap(&q) && keep(m))
        };
        assert_eq!(ids(r.meetings().during(&q).run()), during(&|_| true), "{q}");
        assert_eq!(
            ids(r.meetings().with(p).during(&q).run()),
            during(&|m| involves_official(m, "p")),
            "p during {q}"
        );
        assert_eq!(
            ids(r.meetings().involving(a, Scope::Exact).during(&q).run()),
            during(&|m| of_org(m, &["a"])),
            "a alone during {q}"
        );
        assert_eq!(
            ids(r
                .meetings()
                .involving(a, Scope::WithSubBodies)
                .during(&q)
                .run()),
            during(&|m| of_org(m, &["a", "b"])),
            "a and its bodies during {q}"
        );
        let held_sessions_in_ch = during(&|m| {
            m.kind == MeetingKind::Session
                && m.status == MeetingStatus::Held
                && m.location.as_ref().and_then(|l| l.country) == Some("CH".parse().unwrap())
        });
        assert_eq!(
            ids(r
                .meetings()
                .during(&q)
                .of_kind(MeetingKind::Session)
                .with_status(MeetingStatus::Held)
                .in_country("CH".parse().unwrap())
                .run()),
            held_sessions_in_ch,
            "held sessions in CH during {q}"
        );
    }
}

// From surviving mutants in the checks of candidates.
#[test]
fn conditions_combine_and_contradictions_match_nothing() {
    let r = dimensions_world();
    let a = r.organization(&org("a")).unwrap();
    let b = r.organization(&org("b")).unwrap();
    let d1 = r.dimension(&dimension("d1")).unwrap();
    let e = r.dimension(&dimension("e")).unwrap();
    use DimensionScope::{Exact, WithPriorityAreas};
    assert_eq!(
        ids(r.meetings().in_dimension(d1, WithPriorityAreas).run()),
        ["m1", "m3"]
    );
    assert_eq!(ids(r.meetings().in_dimension(d1, Exact).run()), ["m3"]);
    assert_eq!(
        ids(r
            .meetings()
            .in_dimension(d1, WithPriorityAreas)
            .in_dimension(e, Exact)
            .run()),
        ["m3"]
    );
    assert_eq!(
        ids(r
            .meetings()
            .involving(a, Scope::Exact)
            .involving(b, Scope::Exact)
            .run()),
        ["m3"]
    );
    assert_eq!(
        ids(r
            .meetings()
            .involving(a, Scope::Exact)
            .of_kind(MeetingKind::Seminar)
            .run()),
        ["m2", "m1"]
    );
    assert!(
        r.meetings()
            .of_kind(MeetingKind::Seminar)
            .of_kind(MeetingKind::Forum)
            .run()
            .is_empty()
    );
    assert_eq!(
        ids(r
            .meetings()
            .of_kind(MeetingKind::Forum)
            .of_kind(MeetingKind::Forum)
            .run()),
        ["m3"]
    );
    assert!(
        r.meetings()
            .with_status(MeetingStatus::Held)
            .with_status(MeetingStatus::Planned)
            .run()
            .is_empty()
    );
    assert!(
        r.meetings()
            .in_country("CH".parse().unwrap())
            .in_country("KZ".parse().unwrap())
            .run()
            .is_empty()
    );
    let strangers = strangers();
    let nowhere = strangers.organization(&org("nowhere")).unwrap();
    let nobody = strangers.official(&official("nobody")).unwrap();
    let no_dimension = strangers.dimension(&dimension("nowhere")).unwrap();
    assert!(
        r.meetings()
            .involving(nowhere, Scope::Exact)
            .run()
            .is_empty()
    );
    assert!(r.meetings().with(nobody).run().is_empty());
    assert!(
        r.meetings()
            .in_dimension(no_dimension, WithPriorityAreas)
            .run()
            .is_empty()
    );
    let y2021 = period("2021/2021");
    assert_eq!(ids(r.meetings().during(&y2021).run()), ["m2", "m1"]);
    assert!(
        r.meetings()
            .during(&period("2019/2019"))
            .during(&period("2022/2022"))
            .run()
            .is_empty()
    );
    assert_eq!(
        ids(r
            .meetings()
            .during(&period("2021/.."))
            .during(&period("../2021"))
            .run()),
        ["m2", "m1"]
    );
}

#[test]
fn a_scope_widens_one_condition_only() {
    let r = registry(json!({
        "organizations": [{"id": "a", "name": "A", "kind": "intergovernmental"},
                          {"id": "a-sec", "name": "A Secretariat", "kind": "secretariat", "parent": "a"},
                          {"id": "a-unit", "name": "A unit", "kind": "other", "parent": "a-sec"},
                          {"id": "c", "name": "C", "kind": "ngo"}],
        "dimensions": [{"id": "d", "organization": "a", "name": "D"},
                       {"id": "d1", "organization": "a", "name": "D1", "parent": "d"},
                       {"id": "d11", "organization": "a", "name": "D11", "parent": "d1"}],
        "meetings": [
            {"id": "top", "title": "T", "kind": "session", "status": "held", "when": {"start": "2020"},
             "dimensions": ["d"], "participants": [{"organization": "a", "role": "host"}]},
            {"id": "unit", "title": "T", "kind": "session", "status": "held", "when": {"start": "2021"},
             "dimensions": ["d11"], "participants": [{"organization": "a-unit", "role": "host"},
                                                      {"organization": "c", "role": "participant"}]},
            {"id": "other", "title": "T", "kind": "session", "status": "held", "when": {"start": "2022"},
             "dimensions": ["d1"], "participants": [{"organization": "c", "role": "host"}]}]
    }));
    let a = r.organization(&org("a")).unwrap();
    let sec = r.organization(&org("a-sec")).unwrap();
    let c = r.organization(&org("c")).unwrap();
    let d = r.dimension(&dimension("d")).unwrap();
    let run = |scope: Scope, areas: Option<DimensionScope>| {
        let q = r.meetings().involving(a, scope);
        ids(match areas {
            Some(s) => q.in_dimension(d, s).run(),
            None => q.run(),
        })
    };
    assert_eq!(run(Scope::Exact, None), ["top"]);
    assert_eq!(run(Scope::WithSubBodies, None), ["top", "unit"]);
    assert_eq!(run(Scope::Exact, Some(DimensionScope::Exact)), ["top"]);
    assert_eq!(
        run(Scope::WithSubBodies, Some(DimensionScope::Exact)),
        ["top"]
    );
    assert_eq!(
        run(
            Scope::WithSubBodies,
            Some(DimensionScope::WithPriorityAreas)
        ),
        ["top", "unit"]
    );
    // A body's scope goes down from the body, not up to its parent.
    assert!(r.meetings().involving(sec, Scope::Exact).run().is_empty());
    assert_eq!(
        ids(r.meetings().involving(sec, Scope::WithSubBodies).run()),
        ["unit"]
    );
    // The organization and the dimension scopes are independent conditions.
    assert_eq!(
        ids(r
            .meetings()
            .involving(c, Scope::Exact)
            .in_dimension(d, DimensionScope::WithPriorityAreas)
            .run()),
        ["unit", "other"]
    );
    assert!(
        r.meetings()
            .involving(c, Scope::WithSubBodies)
            .in_dimension(d, DimensionScope::Exact)
            .run()
            .is_empty()
    );
    assert_eq!(Scope::default(), Scope::Exact);
    assert_eq!(DimensionScope::default(), DimensionScope::Exact);
}

// From a surviving mutant: a candidate of another index outside the period.
#[test]
fn the_query_checks_the_period_of_candidates_from_another_index() {
    // `o` has three meetings, one long before the period and one long after; twenty others
    // fall in it, so the query starts from `o`'s list and must test each candidate against
    // the period.
    let at = |id: &str, day: &str, who: &str, kind: &str| {
        json!({"id": id, "title": "T", "kind": kind, "status": "held",
               "when": {"start": day, "end": day},
               "participants": [{"organization": who, "role": "participant"}]})
    };
    let mut meetings = vec![
        at("old", "2010-03-01", "o", "bilateral"),
        at("new", "2024-03-01", "o", "bilateral"),
        at("after", "2030-03-01", "o", "bilateral"),
    ];
    meetings.extend((0..20).map(|i| at(&format!("x{i}"), "2024-05-01", "p", "seminar")));
    let r = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "ngo"},
                          {"id": "p", "name": "P", "kind": "ngo"}],
        "meetings": meetings
    }));
    let o = r.organization(&org("o")).unwrap();
    let year = period("2024/2024");
    assert_eq!(
        ids(r.meetings().involving(o, Scope::Exact).during(&year).run()),
        ["new"]
    );
}
