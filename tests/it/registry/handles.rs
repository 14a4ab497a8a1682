//! Records by typed id: a lookup gives a handle on the record, or `None` when the registry
//! holds no record with that id, which no question can mistake for a record with an empty
//! answer. A handle reads as its record, finds the same record in another registry, and
//! the registry lists its records as handles in document order. States are not records: a
//! handle exists for every country code.

use multilateral::registry::{DateStatus, Depth, DimensionScope, PostFilter, Scope};
use multilateral::{CountryCode, MeetingKind, MembershipStatus, OrganizationId, Period, PostRole};
use serde_json::json;

use crate::support::{day, dimension, geneva_registry, ids, meeting, mou, official, org, registry};

fn code(s: &str) -> CountryCode {
    s.parse().unwrap()
}

#[test]
fn records_are_found_by_their_typed_ids() {
    let r = geneva_registry();
    assert_eq!(
        r.organization(&org("unog")).unwrap().acronym.as_deref(),
        Some("UNOG")
    );
    assert_eq!(r.official(&official("katie-sams")).unwrap().posts.len(), 2);
    assert_eq!(
        r.meeting(&meeting("iom-council-115")).unwrap().kind,
        MeetingKind::Session
    );
    assert_eq!(
        r.mou(&mou("iom-cica-mou-2008")).unwrap().title.as_str(),
        "Memorandum of Understanding between IOM and CICA"
    );
    assert_eq!(
        r.dimension(&dimension("cica-human")).unwrap().organization,
        "cica"
    );
    assert!(r.organization(&org("nope")).is_none());
    // The old API took any string and answered `None` for one that is no id; a typed id
    // cannot be made from it, so it never reaches the registry.
    assert!("bad id!".parse::<OrganizationId>().is_err());
}

#[test]
fn an_id_the_registry_does_not_hold_is_no_record_unlike_a_record_with_no_answer() {
    let r = registry(json!({
        "organizations": [{"id": "busy", "name": "Busy", "kind": "ngo"},
                          {"id": "quiet", "name": "Quiet", "kind": "ngo"}],
        "officials": [{"id": "talker", "name": "Talker"}, {"id": "idle", "name": "Idle"}],
        "dimensions": [{"id": "visited", "organization": "busy", "name": "Visited"},
                       {"id": "unvisited", "organization": "busy", "name": "Unvisited"}],
        "mous": [{"id": "used", "title": "U", "parties": ["busy", "quiet"], "status": "signed"},
                 {"id": "unused", "title": "U", "parties": ["busy", "quiet"], "status": "signed"}],
        "meetings": [
            {"id": "lone", "title": "T", "kind": "bilateral", "status": "held", "when": {},
             "participants": [{"organization": "busy", "official": "talker", "role": "host"}],
             "dimensions": ["visited"], "mous": ["used"]},
            {"id": "idle", "title": "T", "kind": "bilateral", "status": "held", "when": {},
             "participants": [{"organization": "busy", "role": "host"}],
             "relations": [{"kind": "follow-up-to", "meeting": "lone"}]}]
    }));
    let all = Period::unknown();

    let quiet = r.organization(&org("quiet")).unwrap();
    assert!(quiet.meetings(&all, Scope::WithSubBodies).is_empty());
    assert!(quiet.counterparts().is_empty());
    let busy = r.organization(&org("busy")).unwrap();
    assert_eq!(ids(busy.meetings(&all, Scope::Exact)), ["lone", "idle"]);
    assert!(r.organization(&org("nowhere")).is_none());

    let idle = r.official(&official("idle")).unwrap();
    assert!(idle.meetings(&all).is_empty());
    assert!(idle.met().is_empty());
    assert_eq!(
        ids(r.official(&official("talker")).unwrap().meetings(&all)),
        ["lone"]
    );
    // "idle" is a meeting's id too: that makes no official of it, nor the reverse.
    assert!(r.official(&official("nobody")).is_none());
    assert!(r.meeting(&meeting("idle")).is_some());
    assert!(r.meeting(&meeting("talker")).is_none());

    let followed = r.meeting(&meeting("lone")).unwrap();
    assert_eq!(followed.related(&[], Depth::Direct).len(), 1);
    let last = r.meeting(&meeting("idle")).unwrap();
    assert!(last.related(&[], Depth::Direct).is_empty());
    assert!(r.meeting(&meeting("nowhere")).is_none());

    assert!(r.mou(&mou("unused")).unwrap().meetings().is_empty());
    assert_eq!(ids(r.mou(&mou("used")).unwrap().meetings()), ["lone"]);
    assert!(r.mou(&mou("nowhere")).is_none());

    let unvisited = r.dimension(&dimension("unvisited")).unwrap();
    assert!(unvisited.meetings(DimensionScope::Exact).is_empty());
    assert!(
        unvisited
            .meetings(DimensionScope::WithPriorityAreas)
            .is_empty()
    );
    let visited = r.dimension(&dimension("visited")).unwrap();
    assert_eq!(ids(visited.meetings(DimensionScope::Exact)), ["lone"]);
    assert!(r.dimension(&dimension("nowhere")).is_none());
}

#[test]
fn on_the_fixture_records_with_no_answer_are_records() {
    let r = geneva_registry();
    let all = Period::unknown();
    let council = r.organization(&org("iom-council")).unwrap();
    assert!(council.meetings(&all, Scope::Exact).is_empty());
    assert_eq!(
        council
            .holders(PostFilter::Role(PostRole::Head), day("2024-11-26"))
            .status,
        DateStatus::Unknown
    );
    let economic = r.dimension(&dimension("cica-economic")).unwrap();
    assert!(
        economic
            .meetings(DimensionScope::WithPriorityAreas)
            .is_empty()
    );
    let talks = r.meeting(&meeting("sarybay-pope-2024-11")).unwrap();
    assert!(talks.related(&[], Depth::Transitive).is_empty());
    let members = r
        .organization(&org("cica"))
        .unwrap()
        .members(MembershipStatus::Member, day("2024-11-26"));
    assert!(members.definite.is_empty() && members.possible.is_empty());
}

#[test]
fn a_handle_reads_as_its_record() {
    let r = geneva_registry();
    let iom = r.organization(&org("iom")).unwrap();
    assert_eq!(
        iom.name.as_str(),
        "International Organization for Migration"
    );
    assert_eq!(iom.id(), &org("iom"));
    assert!(std::ptr::eq(iom.record(), &r.dataset().organizations[6]));
    assert!(std::ptr::eq(&*iom, iom.record()));
    assert!(std::ptr::eq(iom.registry(), &r));
    assert_eq!(format!("{iom:?}"), "OrganizationRef(iom)");
    // Handles are Copy and equal when they are the same record of the same registry.
    let again = iom;
    assert_eq!(again, iom);
    assert_eq!(r.organization(&org("iom")).unwrap(), iom);
    assert_ne!(r.organization(&org("iom-council")).unwrap(), iom);

    let sarybay = r.official(&official("kairat-sarybay")).unwrap();
    assert_eq!(sarybay.name.as_str(), "Kairat Sarybay");
    assert_eq!(format!("{sarybay:?}"), "OfficialRef(kairat-sarybay)");
    let session = r.meeting(&meeting("iom-council-115")).unwrap();
    assert!(std::ptr::eq(session.record(), &r.dataset().meetings[0]));
    let mou = r.mou(&mou("iom-cica-mou-2008")).unwrap();
    assert_eq!(*mou.parties, [org("iom"), org("cica")]);
    let human = r.dimension(&dimension("cica-human")).unwrap();
    assert!(std::ptr::eq(human.record(), &r.dataset().dimensions[4]));
}

#[test]
fn an_organization_knows_its_parent_and_its_bodies() {
    let r = geneva_registry();
    let secretariat = r.organization(&org("cica-secretariat")).unwrap();
    assert_eq!(secretariat.parent().unwrap().id(), &org("cica"));
    assert!(r.organization(&org("cica")).unwrap().parent().is_none());
    let bodies = r.organization(&org("un")).unwrap().sub_bodies();
    assert_eq!(bodies.len(), 3);
    let bodies: Vec<&str> = bodies.map(|b| b.id().as_str()).collect();
    assert_eq!(bodies, ["unog", "unrisd", "un-water"]);
    assert_eq!(r.organization(&org("cica")).unwrap().sub_bodies().len(), 5);
    assert_eq!(r.organization(&org("unog")).unwrap().sub_bodies().len(), 0);
}

#[test]
fn a_handle_finds_the_same_record_in_another_registry_by_its_id() {
    let r = geneva_registry();
    let later = geneva_registry();
    let others = super::strangers();

    let iom = r.organization(&org("iom")).unwrap();
    assert_eq!(iom.in_registry(&r), Some(iom));
    let there = iom.in_registry(&later).unwrap();
    assert!(std::ptr::eq(there.registry(), &later));
    assert_eq!(Some(there), later.organization(&org("iom")));
    assert_ne!(
        there, iom,
        "the same id in another registry is another record"
    );
    assert_eq!(*there, *iom);
    assert!(iom.in_registry(&others).is_none());
    let nowhere = others.organization(&org("nowhere")).unwrap();
    assert!(nowhere.in_registry(&r).is_none());

    let sarybay = r.official(&official("kairat-sarybay")).unwrap();
    assert_eq!(
        sarybay.in_registry(&later),
        later.official(&official("kairat-sarybay"))
    );
    assert!(sarybay.in_registry(&others).is_none());
    let session = r.meeting(&meeting("iom-council-115")).unwrap();
    assert_eq!(
        session.in_registry(&later),
        later.meeting(&meeting("iom-council-115"))
    );
    assert!(session.in_registry(&others).is_none());
    let mou = r.mou(&mou("iom-cica-mou-2008")).unwrap();
    assert_eq!(mou.in_registry(&later), later.mou(mou.id()));
    assert!(mou.in_registry(&others).is_none());
    let human = r.dimension(&dimension("cica-human")).unwrap();
    assert_eq!(human.in_registry(&later), later.dimension(human.id()));
    assert!(human.in_registry(&others).is_none());
}

#[test]
fn the_registry_lists_its_records_as_handles_in_document_order() {
    let r = geneva_registry();
    let data = r.dataset();
    assert_eq!(r.organizations().len(), data.organizations.len());
    let listed: Vec<&str> = r.organizations().map(|o| o.id().as_str()).collect();
    let stored: Vec<&str> = data.organizations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(listed, stored);
    assert!(r.organizations().all(|o| r.organization(o.id()) == Some(o)));

    assert_eq!(r.officials().len(), 9);
    let listed: Vec<&str> = r.officials().map(|o| o.id().as_str()).collect();
    let stored: Vec<&str> = data.officials.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(listed, stored);
    assert!(r.officials().all(|o| r.official(o.id()) == Some(o)));

    let listed: Vec<&str> = r.mous().map(|m| m.id().as_str()).collect();
    assert_eq!(listed, ["iom-cica-mou-2008"]);

    assert_eq!(r.dimensions().len(), 5);
    let listed: Vec<&str> = r.dimensions().map(|d| d.id().as_str()).collect();
    let stored: Vec<&str> = data.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(listed, stored);
    assert!(r.dimensions().all(|d| r.dimension(d.id()) == Some(d)));

    let empty = registry(json!({}));
    assert_eq!(empty.organizations().len(), 0);
    assert_eq!(empty.officials().len(), 0);
    assert_eq!(empty.mous().len(), 0);
    assert_eq!(empty.dimensions().len(), 0);
}

#[test]
fn a_state_is_any_country_code() {
    let r = geneva_registry();
    let all = Period::unknown();
    let kz = r.state(code("KZ"));
    assert_eq!(kz.code(), code("KZ"));
    assert!(std::ptr::eq(kz.registry(), &r));
    assert_eq!(format!("{kz:?}"), "StateRef(KZ)");
    assert_eq!(kz, r.state(code("KZ")));
    assert_ne!(kz, r.state(code("CH")));
    assert_ne!(kz, geneva_registry().state(code("KZ")));
    assert_eq!(ids(kz.meetings(&all)), ["cica-military-political-seminars"]);
    assert_eq!(kz.counterparts().len(), 1);
    // Switzerland hosts ten of the meetings but takes part in none as a state; France is
    // not mentioned at all. Both are states with no answers.
    for absent in ["CH", "FR"] {
        let state = r.state(code(absent));
        assert!(state.meetings(&all).is_empty(), "{absent}");
        assert!(state.counterparts().is_empty(), "{absent}");
    }
}
