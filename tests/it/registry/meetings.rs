//! Questions that answer with meetings: those of an official, of an organization (with or
//! without its sub-bodies), of a state, of a dimension (with or without its priority areas)
//! and of an MoU; those that may overlap a period, those on a day (certainly or possibly),
//! by kind, status, country and city; and the meetings related to an event, directly or
//! through others. Every list comes in date order.

use std::collections::BTreeMap;

use chrono::Duration;
use multilateral::registry::{Depth, DimensionScope, Scope};
use multilateral::{
    Coverage, Meeting, MeetingKind, MeetingStatus, NaiveDate, Period, RelationKind,
};
use serde_json::json;

use super::{
    dimensions_world, in_date_order, involves_official, involves_org, query_periods, spans_world,
};
use crate::support::{
    day, dimension, geneva_registry, ids, meeting, mou, official, org, period, registry,
};

/// The eight bilateral meetings of the Secretary General's visit, in document order.
const BILATERALS: [&str; 8] = [
    "sarybay-pope-2024-11",
    "sarybay-valovaya-2024-11",
    "sarybay-houngbo-2024-11",
    "sarybay-sepulveda-2024-11",
    "sarybay-gordon-2024-11",
    "sarybay-greminger-2024-11",
    "sarybay-krahenbuhl-2024-11",
    "sarybay-sams-2024-11",
];

// --- On the fixture ---------------------------------------------------------------------------

#[test]
fn the_meetings_of_the_secretary_general() {
    let r = geneva_registry();
    let sarybay = r.official(&official("kairat-sarybay")).unwrap();
    let mut expected = vec!["iom-council-115", "cica-sg-geneva-visit-2024-11"];
    expected.extend(BILATERALS);
    let mut got = ids(sarybay.meetings(&Period::unknown()));
    // All lie within 25–27 November; the order is by date, then document order.
    assert_eq!(got.len(), expected.len());
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
    assert!(sarybay.meetings(&period("2024-12/..")).is_empty());
    assert_eq!(sarybay.meetings(&period("2024-11-27/2024-11-27")).len(), 10);
}

#[test]
fn the_meetings_of_an_organization_with_and_without_sub_bodies() {
    let r = geneva_registry();
    let all = Period::unknown();
    let cica = r.organization(&org("cica")).unwrap();
    let meetings = cica.meetings(&all, Scope::Exact);
    assert_eq!(meetings.len(), 12, "{:?}", ids(meetings));
    // The seminars series has unknown dates and the conference is dated 2024: both may
    // overlap November 2024, and so do the ten meetings of the visit.
    assert_eq!(
        cica.meetings(&period("2024-11/2024-11"), Scope::Exact)
            .len(),
        12
    );
    assert_eq!(cica.meetings(&period("2025/2025"), Scope::Exact).len(), 1);
    let iom = r.organization(&org("iom")).unwrap();
    assert_eq!(
        ids(iom.meetings(&all, Scope::WithSubBodies)),
        ["iom-council-115", "sarybay-pope-2024-11"]
    );
    // The UN took part in no meeting itself; three of its bodies did.
    let un = r.organization(&org("un")).unwrap();
    assert!(un.meetings(&all, Scope::Exact).is_empty());
    assert_eq!(
        ids(un.meetings(&all, Scope::WithSubBodies)),
        [
            "sarybay-valovaya-2024-11",
            "sarybay-sepulveda-2024-11",
            "sarybay-gordon-2024-11"
        ]
    );
}

#[test]
fn meetings_by_dimension_kind_status_and_place_on_the_fixture() {
    let r = geneva_registry();
    let of = |id: &'static str, scope| ids(r.dimension(&dimension(id)).unwrap().meetings(scope));
    assert_eq!(
        of("cica-environmental", DimensionScope::WithPriorityAreas),
        [
            "cica-environmental-conference-2024",
            "sarybay-gordon-2024-11"
        ]
    );
    assert_eq!(
        of("cica-human", DimensionScope::Exact),
        ["sarybay-houngbo-2024-11"]
    );
    assert_eq!(
        of("cica-military-political", DimensionScope::WithPriorityAreas),
        [
            "cica-military-political-seminars",
            "sarybay-krahenbuhl-2024-11"
        ]
    );
    assert_eq!(r.meetings_of_kind(MeetingKind::Bilateral).len(), 8);
    assert_eq!(
        ids(r.meetings_of_kind(MeetingKind::Visit)),
        ["cica-sg-geneva-visit-2024-11"]
    );
    assert_eq!(r.meetings_with_status(MeetingStatus::Held).len(), 12);
    assert!(r.meetings_with_status(MeetingStatus::Planned).is_empty());
    assert_eq!(r.meetings_in_country("CH".parse().unwrap()).len(), 10);
    assert_eq!(r.meetings_in_city("GENEVA").len(), 10);
    assert!(r.meetings_in_country("KZ".parse().unwrap()).is_empty());
    assert_eq!(
        ids(r.mou(&mou("iom-cica-mou-2008")).unwrap().meetings()),
        ["sarybay-pope-2024-11"]
    );
}

#[test]
fn meetings_on_a_day_of_the_fixture_are_definite_or_possible() {
    let r = geneva_registry();
    let on = r.meetings_on(day("2024-11-26"));
    let coverage = |id: &str| on.iter().find(|(m, _)| m.id == id).map(|x| x.1);
    assert_eq!(coverage("iom-council-115"), Some(Coverage::Yes));
    assert_eq!(
        coverage("cica-sg-geneva-visit-2024-11"),
        Some(Coverage::Yes)
    );
    for b in BILATERALS {
        assert_eq!(coverage(b), Some(Coverage::Possibly), "{b}");
    }
    assert_eq!(
        coverage("cica-environmental-conference-2024"),
        Some(Coverage::Possibly)
    );
    assert!(
        r.meetings_on(day("2024-11-28"))
            .iter()
            .all(|(m, _)| !m.id.as_str().starts_with("sarybay"))
    );
}

#[test]
fn meetings_related_to_an_event_of_the_fixture() {
    let r = geneva_registry();
    let council = r.meeting(&meeting("iom-council-115")).unwrap();
    let sidelines = council.related(&[RelationKind::SidelinesOf], Depth::Direct);
    let found: Vec<&str> = sidelines.iter().map(|x| x.meeting.id.as_str()).collect();
    assert_eq!(found, ["sarybay-pope-2024-11"]);
    let visit = r.meeting(&meeting("cica-sg-geneva-visit-2024-11")).unwrap();
    let programme = visit.related(&[], Depth::Transitive);
    assert_eq!(programme.len(), 8);
    assert!(
        programme
            .iter()
            .all(|x| x.kind == RelationKind::PartOf && x.depth == 1)
    );
    let talks = r.meeting(&meeting("sarybay-pope-2024-11")).unwrap();
    assert!(talks.related(&[], Depth::Transitive).is_empty());
}

// --- Meetings by period, at the edges of the span buckets ----------------------------------------

// From surviving mutants: changed comparisons in the span buckets went unnoticed.
#[test]
fn meetings_during_a_period_are_those_that_may_overlap_it_in_date_order() {
    let r = registry(spans_world());
    let data = r.dataset();
    let p = r.official(&official("p")).unwrap();
    let q = r.official(&official("q")).unwrap();
    let a = r.organization(&org("a")).unwrap();
    let c = r.organization(&org("c")).unwrap();
    let kz = r.state("KZ".parse().unwrap());
    let of_org = |m: &Meeting, orgs: &[&str]| involves_org(m, |o| orgs.contains(&o));
    for period in query_periods() {
        let during = |keep: &dyn Fn(&Meeting) -> bool| {
            in_date_order(data, |m| m.when.may_overlap(&period) && keep(m))
        };
        assert_eq!(
            ids(r.meetings_during(&period)),
            during(&|_| true),
            "during {period}"
        );
        assert_eq!(
            ids(p.meetings(&period)),
            during(&|m| involves_official(m, "p")),
            "p during {period}"
        );
        assert_eq!(
            ids(q.meetings(&period)),
            during(&|m| involves_official(m, "q")),
            "q during {period}"
        );
        assert_eq!(
            ids(c.meetings(&period, Scope::Exact)),
            during(&|m| of_org(m, &["c"])),
            "c during {period}"
        );
        assert_eq!(
            ids(a.meetings(&period, Scope::Exact)),
            during(&|m| of_org(m, &["a"])),
            "a alone during {period}"
        );
        assert_eq!(
            ids(a.meetings(&period, Scope::WithSubBodies)),
            during(&|m| of_org(m, &["a", "b"])),
            "a and its bodies during {period}"
        );
        assert_eq!(
            ids(kz.meetings(&period)),
            during(&|m| m
                .participants
                .iter()
                .any(|x| x.party.state().is_some_and(|s| s == "KZ"))),
            "KZ during {period}"
        );
    }
}

/// Whether a meeting (with no `days`) certainly took place on a day: its end dated, the day
/// between the last day it may have begun (the end's last day, when the start is not known)
/// and the first day it may have ended (not before the first day it may have begun). Unlike
/// a post, a meeting with no recorded end is not taken to be running.
fn meeting_covers(m: &Meeting, d: NaiveDate) -> Coverage {
    if m.when.covers(d) == Coverage::No {
        return Coverage::No;
    }
    let (start, end) = (m.when.start(), m.when.end());
    let (Some(end_first), Some(end_last)) = (end.first_day(), end.last_day()) else {
        return Coverage::Possibly;
    };
    let began_by = start.last_day().unwrap_or(end_last).min(end_last);
    let ends_from = start.first_day().map_or(end_first, |f| f.max(end_first));
    if began_by <= d && d <= ends_from {
        Coverage::Yes
    } else {
        Coverage::Possibly
    }
}

// From a surviving mutant in the day search.
#[test]
fn meetings_on_a_day_say_whether_they_certainly_met_then() {
    let r = registry(spans_world());
    let data = r.dataset();
    let mut d = day("2023-12-30");
    while d <= day("2024-02-20") {
        let on = r.meetings_on(d);
        let expected = in_date_order(data, |m| m.when.covers(d) != Coverage::No);
        assert_eq!(ids(on.iter().map(|(m, _)| *m)), expected, "{d}");
        for (m, coverage) in on {
            assert_eq!(coverage, meeting_covers(m, d), "{} on {d}", m.id);
        }
        d += Duration::days(1);
    }
}

// From a surviving mutant in the coverage of meetings shorter than their period.
#[test]
fn a_meeting_lasting_fewer_days_than_its_period_certainly_met_only_where_all_placements_agree() {
    let r = registry(json!({"meetings": [
        {"id": "one", "title": "T", "kind": "bilateral", "status": "held", "days": 1,
         "when": {"start": "2024-11-25", "end": "2024-11-27"}},
        {"id": "two", "title": "T", "kind": "bilateral", "status": "held", "days": 2,
         "when": {"start": "2024-11-25", "end": "2024-11-27"}},
        {"id": "three", "title": "T", "kind": "bilateral", "status": "held", "days": 3,
         "when": {"start": "2024-11-25", "end": "2024-11-27"}},
        {"id": "open", "title": "T", "kind": "bilateral", "status": "held", "days": 1,
         "when": {"start": "2024-11-25"}},
        {"id": "month", "title": "T", "kind": "bilateral", "status": "held", "days": 30,
         "when": {"start": "2024-11", "end": "2024-11"}}
    ]}));
    let on = |d: &str| -> BTreeMap<String, Coverage> {
        r.meetings_on(day(d))
            .into_iter()
            .map(|(m, c)| (m.id.to_string(), c))
            .collect()
    };
    use Coverage::{Possibly, Yes};
    let expect = |pairs: &[(&str, Coverage)]| -> BTreeMap<String, Coverage> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    };
    let ends = [
        ("one", Possibly),
        ("two", Possibly),
        ("three", Yes),
        ("open", Possibly),
        ("month", Yes),
    ];
    assert_eq!(on("2024-11-25"), expect(&ends));
    assert_eq!(
        on("2024-11-26"),
        expect(&[
            ("one", Possibly),
            ("two", Yes),
            ("three", Yes),
            ("open", Possibly),
            ("month", Yes)
        ])
    );
    assert_eq!(on("2024-11-27"), expect(&ends));
    assert_eq!(
        on("2024-11-28"),
        expect(&[("open", Possibly), ("month", Yes)])
    );
    assert_eq!(on("2024-12-01"), expect(&[("open", Possibly)]));
}

// --- Related meetings ------------------------------------------------------------------------

// From a surviving mutant in the walk of relations.
#[test]
fn related_meetings_follow_the_kinds_asked_to_any_depth() {
    let rel = |id: &str, kind: &str, to: &str| {
        json!({"id": id, "title": "T", "kind": "bilateral", "status": "held", "when": {},
               "relations": [{"kind": kind, "meeting": to}]})
    };
    let r = registry(json!({"meetings": [
        {"id": "summit", "title": "T", "kind": "summit", "status": "held", "when": {}},
        rel("side", "sidelines-of", "summit"),
        rel("side-side", "sidelines-of", "side"),
        rel("prep", "in-preparation-for", "summit"),
        rel("part", "part-of", "side"),
        rel("follow", "follow-up-to", "prep")
    ]}));
    let summit = r.meeting(&meeting("summit")).unwrap();
    let related = |kinds: &[RelationKind], depth: Depth| -> Vec<(String, u32)> {
        let mut v: Vec<(String, u32)> = summit
            .related(kinds, depth)
            .into_iter()
            .map(|x| (x.meeting.id.to_string(), x.depth))
            .collect();
        v.sort();
        v
    };
    let e = |pairs: &[(&str, u32)]| -> Vec<(String, u32)> {
        let mut v: Vec<(String, u32)> = pairs.iter().map(|(k, d)| ((*k).to_owned(), *d)).collect();
        v.sort();
        v
    };
    assert_eq!(related(&[], Depth::Direct), e(&[("side", 1), ("prep", 1)]));
    assert_eq!(
        related(&[], Depth::Transitive),
        e(&[
            ("side", 1),
            ("prep", 1),
            ("side-side", 2),
            ("part", 2),
            ("follow", 2)
        ])
    );
    assert_eq!(
        related(&[RelationKind::SidelinesOf], Depth::Transitive),
        e(&[("side", 1), ("side-side", 2)])
    );
    assert_eq!(
        related(
            &[RelationKind::SidelinesOf, RelationKind::PartOf],
            Depth::Transitive
        ),
        e(&[("side", 1), ("side-side", 2), ("part", 2)])
    );
    let side = r.meeting(&meeting("side")).unwrap();
    let kinds: Vec<RelationKind> = side
        .related(&[], Depth::Direct)
        .into_iter()
        .map(|x| x.kind)
        .collect();
    assert_eq!(kinds.len(), 2);
    assert!(kinds.contains(&RelationKind::SidelinesOf) && kinds.contains(&RelationKind::PartOf));
    assert!(r.meeting(&meeting("nowhere")).is_none());
}

// --- Dimensions, kinds, statuses, places, MoUs ----------------------------------------------------

// From surviving mutants in the walk of priority areas and the place indexes.
#[test]
fn meetings_by_dimension_kind_status_place_and_mou() {
    let r = dimensions_world();
    let of = |id: &'static str, scope| ids(r.dimension(&dimension(id)).unwrap().meetings(scope));
    use DimensionScope::{Exact, WithPriorityAreas};
    assert_eq!(of("d", WithPriorityAreas), ["m2", "m1", "m3"]);
    assert_eq!(of("d", Exact), ["m2"]);
    assert_eq!(of("d1", WithPriorityAreas), ["m1", "m3"]);
    assert_eq!(of("d1", Exact), ["m3"]);
    assert_eq!(of("d11", WithPriorityAreas), ["m1"]);
    assert_eq!(of("d11", Exact), ["m1"]);
    assert_eq!(of("e", WithPriorityAreas), ["m3"]);
    assert!(r.dimension(&dimension("nowhere")).is_none());
    assert_eq!(ids(r.meetings_of_kind(MeetingKind::Seminar)), ["m2", "m1"]);
    assert!(r.meetings_of_kind(MeetingKind::Summit).is_empty());
    assert_eq!(
        ids(r.meetings_with_status(MeetingStatus::Held)),
        ["m1", "m3"]
    );
    assert!(r.meetings_with_status(MeetingStatus::Cancelled).is_empty());
    assert_eq!(ids(r.meetings_in_country("CH".parse().unwrap())), ["m1"]);
    assert!(r.meetings_in_country("KZ".parse().unwrap()).is_empty());
    assert_eq!(ids(r.meetings_in_city("geneve")), ["m2", "m1"]);
    assert_eq!(ids(r.meetings_in_city("Genève")), ["m2", "m1"]);
    assert!(r.meetings_in_city("Gen").is_empty());
    // Invoked in a meeting's list of MoUs (m1) or in an outcome (m2).
    assert_eq!(ids(r.mou(&mou("u")).unwrap().meetings()), ["m2", "m1"]);
    assert!(r.mou(&mou("nowhere")).is_none());
}

#[test]
fn each_meeting_is_listed_once_however_many_bodies_or_areas_it_touches() {
    let r = registry(json!({
        "organizations": [{"id": "a", "name": "A", "kind": "intergovernmental"},
                          {"id": "a-sec", "name": "A Secretariat", "kind": "secretariat", "parent": "a"}],
        "dimensions": [{"id": "d", "organization": "a", "name": "D"},
                       {"id": "d1", "organization": "a", "name": "D1", "parent": "d"}],
        "meetings": [
            {"id": "both", "title": "T", "kind": "session", "status": "held",
             "when": {"start": "2020-01-01", "end": "2020-01-01"}, "dimensions": ["d", "d1"],
             "participants": [{"organization": "a", "role": "host"},
                              {"organization": "a-sec", "role": "participant"}]},
            {"id": "body", "title": "T", "kind": "session", "status": "held",
             "when": {"start": "2019-01-01", "end": "2019-01-01"}, "dimensions": ["d1"],
             "participants": [{"organization": "a-sec", "role": "host"}]}]
    }));
    let a = r.organization(&org("a")).unwrap();
    let all = Period::unknown();
    assert_eq!(
        ids(a.meetings(&all, Scope::WithSubBodies)),
        ["body", "both"]
    );
    assert_eq!(ids(a.meetings(&all, Scope::Exact)), ["both"]);
    let d = r.dimension(&dimension("d")).unwrap();
    assert_eq!(
        ids(d.meetings(DimensionScope::WithPriorityAreas)),
        ["body", "both"]
    );
    assert_eq!(ids(d.meetings(DimensionScope::Exact)), ["both"]);
}

#[test]
fn a_registry_with_no_meetings_answers_every_meeting_question_with_none() {
    let r = registry(json!({
        "organizations": [{"id": "a", "name": "A", "kind": "ngo"}],
        "officials": [{"id": "p", "name": "P"}]
    }));
    assert!(r.meetings_during(&Period::unknown()).is_empty());
    assert!(r.meetings_on(day("2024-01-01")).is_empty());
    assert!(
        MeetingKind::ALL
            .iter()
            .all(|&k| r.meetings_of_kind(k).is_empty())
    );
    assert!(
        MeetingStatus::ALL
            .iter()
            .all(|&s| r.meetings_with_status(s).is_empty())
    );
    assert!(r.meetings_in_city("Geneva").is_empty());
    let a = r.organization(&org("a")).unwrap();
    assert!(
        a.meetings(&Period::unknown(), Scope::WithSubBodies)
            .is_empty()
    );
    let p = r.official(&official("p")).unwrap();
    assert!(p.meetings(&Period::unknown()).is_empty());
}
