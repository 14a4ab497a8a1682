//! Who meets whom: the counterparts of an organization or a state, the officials an official
//! met, and the cooperation network of every pair of parties that shared a meeting.

use std::collections::{BTreeMap, BTreeSet};

use multilateral::Party;
use serde_json::{Value, json};

use super::{counterparts_of, scan_counterparts};
use crate::support::{geneva_registry, ids, official, org, registry};

#[test]
fn the_counterparts_of_cica_and_of_kazakhstan() {
    let r = geneva_registry();
    let cp = r.organization(&org("cica")).unwrap().counterparts();
    let shown: Vec<(String, u32)> = cp
        .iter()
        .map(|c| (c.party.to_string(), c.meetings))
        .collect();
    let expected: Vec<(String, u32)> = [
        ("organization iom", 2),
        ("organization unog", 1),
        ("organization ilo", 1),
        ("organization unrisd", 1),
        ("organization un-water", 1),
        ("organization icrc", 1),
        ("organization gcsp", 1),
        ("organization hd-centre", 1),
        ("state KZ", 1),
    ]
    .into_iter()
    .map(|(p, n)| (p.to_owned(), n))
    .collect();
    assert_eq!(shown, expected);
    assert_eq!(cp[0].first.id, "iom-council-115");
    assert_eq!(cp[0].last.id, "sarybay-pope-2024-11");
    let kz = r.state("KZ".parse().unwrap()).counterparts();
    assert_eq!(kz.len(), 1);
    assert_eq!(kz[0].party, Party::Organization(org("cica")));
    assert_eq!(kz[0].first.id, "cica-military-political-seminars");
}

#[test]
fn the_officials_met_by_the_secretary_general() {
    let r = geneva_registry();
    let met = r.official(&official("kairat-sarybay")).unwrap().met();
    let who: Vec<_> = met.iter().map(|e| e.official.id().as_str()).collect();
    assert_eq!(
        who,
        [
            "amy-pope",
            "tatiana-valovaya",
            "gilbert-houngbo",
            "magdalena-sepulveda",
            "bruce-gordon",
            "thomas-greminger",
            "pierre-krahenbuhl",
            "katie-sams"
        ]
    );
    assert!(met.iter().all(|e| e.meetings.len() == 1));
    assert_eq!(ids(met[6].meetings.clone()), ["sarybay-krahenbuhl-2024-11"]);
    // The official met is a handle of the same registry.
    assert!(std::ptr::eq(met[0].official.registry(), &r));
    assert_eq!(met[0].official.name.as_str(), "Amy E. Pope");
}

#[test]
fn the_cooperation_network_of_the_fixture() {
    let r = geneva_registry();
    let edges = r.cooperation_network();
    let first = &edges[0];
    assert_eq!(
        (first.a.to_string(), first.b.to_string(), first.meetings),
        (
            "organization cica".to_owned(),
            "organization iom".to_owned(),
            2
        )
    );
    assert_eq!(edges.len(), 9);
}

/// Meetings of a few parties and one meeting of 40 organizations and a state (more than the
/// pair table takes), one organization named twice in it, and a meeting of one party alone.
fn crowd_world() -> Value {
    let mut orgs: Vec<Value> = (0..40)
        .map(|i| json!({"id": format!("o{i}"), "name": format!("Organization {i}"), "kind": "ngo"}))
        .collect();
    orgs.push(json!({"id": "lone", "name": "Lone", "kind": "ngo"}));
    let party = |i: usize| json!({"organization": format!("o{i}"), "role": "participant"});
    let mut meetings = vec![
        json!({"id": "first", "title": "T", "kind": "bilateral", "status": "held",
               "when": {"start": "2020-01-01", "end": "2020-01-01"},
               "participants": [party(0), party(1), {"state": "KZ", "role": "host"}]}),
        json!({"id": "crowd", "title": "T", "kind": "session", "status": "held",
               "when": {"start": "2021-01-01", "end": "2021-01-03"},
               "participants": (0..40).map(party).chain([party(0), json!({"state": "KZ", "role": "observer"})]).collect::<Vec<_>>()}),
        json!({"id": "last", "title": "T", "kind": "bilateral", "status": "held",
               "when": {"start": "2022-01-01", "end": "2022-01-01"},
               "participants": [party(0), party(1)]}),
        json!({"id": "again", "title": "T", "kind": "bilateral", "status": "held",
               "when": {"start": "2019-01-01", "end": "2019-01-01"},
               "participants": [party(2), party(0)]}),
    ];
    meetings.push(
        json!({"id": "alone", "title": "T", "kind": "visit", "status": "held",
                         "when": {}, "participants": [{"organization": "lone", "role": "host"}]}),
    );
    json!({"organizations": orgs, "meetings": meetings})
}

// From a surviving mutant in the counting of a crowded meeting's parties.
#[test]
fn counterparts_count_small_and_crowded_meetings_alike() {
    let r = registry(crowd_world());
    let data = r.dataset();
    for me in [
        Party::Organization(org("o0")),
        Party::Organization(org("o1")),
        Party::Organization(org("o39")),
        Party::Organization(org("lone")),
        Party::State("KZ".parse().unwrap()),
        Party::State("CH".parse().unwrap()),
    ] {
        assert_eq!(
            counterparts_of(&r, &me),
            scan_counterparts(data, &me),
            "counterparts of {me}"
        );
    }
    let top = r.organization(&org("o0")).unwrap().counterparts();
    assert_eq!(top[0].party, Party::Organization(org("o1")));
    assert_eq!(top[0].meetings, 3);
    assert!(top.windows(2).all(|w| w[0].meetings >= w[1].meetings));
    assert!(
        r.organization(&org("lone"))
            .unwrap()
            .counterparts()
            .is_empty()
    );
}

// From a surviving mutant in the pair table of the network.
#[test]
fn the_network_weighs_each_pair_by_the_meetings_it_shared() {
    let r = registry(crowd_world());
    let data = r.dataset();
    let mut expected: BTreeMap<(String, String), u32> = BTreeMap::new();
    for m in &data.meetings {
        let parties: BTreeSet<String> =
            m.participants.iter().map(|p| p.party.to_string()).collect();
        let parties: Vec<String> = parties.into_iter().collect();
        for (i, a) in parties.iter().enumerate() {
            for b in &parties[i + 1..] {
                *expected.entry((a.clone(), b.clone())).or_default() += 1;
            }
        }
    }
    let edges = r.cooperation_network();
    assert!(edges.windows(2).all(|w| w[0].meetings >= w[1].meetings));
    let got: BTreeMap<(String, String), u32> = edges
        .into_iter()
        .map(|e| {
            let (a, b) = (e.a.to_string(), e.b.to_string());
            (if a < b { (a, b) } else { (b, a) }, e.meetings)
        })
        .collect();
    assert_eq!(got, expected);
    assert_eq!(
        got[&("organization o0".into(), "organization o1".into())],
        3
    );
}

// From a surviving mutant in the grouping of encounters.
#[test]
fn officials_met_are_counted_once_a_meeting_most_met_first() {
    let r = registry(json!({
        "organizations": [{"id": "a", "name": "A", "kind": "ngo"}],
        "officials": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}, {"id": "s", "name": "S"}],
        "meetings": [
            {"id": "m1", "title": "T", "kind": "bilateral", "status": "held", "when": {"start": "2020"},
             "participants": [{"organization": "a", "official": "p", "role": "host"},
                              {"organization": "a", "official": "s", "role": "participant"},
                              {"organization": "a", "official": "s", "role": "speaker"}]},
            {"id": "m2", "title": "T", "kind": "bilateral", "status": "held", "when": {"start": "2021"},
             "participants": [{"organization": "a", "official": "p", "role": "host"},
                              {"organization": "a", "official": "q", "role": "participant"},
                              {"organization": "a", "official": "p", "role": "speaker"}]},
            {"id": "m3", "title": "T", "kind": "bilateral", "status": "held", "when": {"start": "2022"},
             "participants": [{"organization": "a", "official": "q", "role": "host"},
                              {"organization": "a", "official": "p", "role": "participant"}]},
            {"id": "m4", "title": "T", "kind": "bilateral", "status": "held", "when": {"start": "2023"},
             "participants": [{"organization": "a", "official": "q", "role": "host"},
                              {"organization": "a", "official": "s", "role": "participant"}]}]
    }));
    let met: Vec<(String, Vec<&str>)> = r
        .official(&official("p"))
        .unwrap()
        .met()
        .into_iter()
        .map(|e| (e.official.id().to_string(), ids(e.meetings)))
        .collect();
    assert_eq!(
        met,
        [
            ("q".to_owned(), vec!["m2", "m3"]),
            ("s".to_owned(), vec!["m1"])
        ]
    );
    assert!(r.official(&official("nobody")).is_none());
}
