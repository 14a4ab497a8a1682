//! Registry queries on the Geneva 2024 data, with exact expected answers.

use chrono::NaiveDate;
use multilateral::registry::{DateStatus, LoadError, PostFilter, Scope};
use multilateral::{
    Coverage, Dataset, MeetingKind, MeetingStatus, MembershipStatus, Party, Period, PostRole,
    Registry, RelationKind,
};

const GENEVA: &str = include_str!("../../examples/data/geneva-2024.json");

fn registry() -> Registry {
    Registry::from_json(GENEVA).unwrap()
}

fn ids<'a>(meetings: impl IntoIterator<Item = &'a multilateral::Meeting>) -> Vec<&'a str> {
    meetings.into_iter().map(|m| m.id.as_str()).collect()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn period(s: &str) -> Period {
    s.parse().unwrap()
}

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

#[test]
fn a_dataset_with_errors_is_refused_with_its_report() {
    let data = Dataset::from_json(
        r#"{"schema_version": "1.0", "mous": [{"id": "m", "title": "MoU", "parties": ["a"], "status": "signed"}]}"#,
    )
    .unwrap();
    let report = Registry::new(data).unwrap_err();
    let codes: Vec<_> = report.violations().iter().map(|v| v.code).collect();
    assert_eq!(codes, ["dangling-reference", "too-few-parties"]);
    assert!(matches!(
        Registry::from_json("{"),
        Err(LoadError::Parse(e)) if e.code() == "truncated-json"
    ));
}

#[test]
fn lookups_by_id() {
    let r = registry();
    assert_eq!(
        r.organization("unog").unwrap().acronym.as_deref(),
        Some("UNOG")
    );
    assert_eq!(r.official("katie-sams").unwrap().posts.len(), 2);
    assert_eq!(
        r.meeting("iom-council-115").unwrap().kind,
        MeetingKind::Session
    );
    assert!(r.mou("iom-cica-mou-2008").is_some());
    assert!(r.dimension("cica-human").is_some());
    assert!(r.organization("nope").is_none());
    assert!(r.organization("bad id!").is_none());
    assert!(r.warnings().is_clean());
}

#[test]
fn timeline_of_the_secretary_general() {
    let r = registry();
    let all = r.timeline_of_official("kairat-sarybay", &Period::unknown());
    let mut expected = vec!["iom-council-115", "cica-sg-geneva-visit-2024-11"];
    expected.extend(BILATERALS);
    let mut got = ids(all);
    // All lie within 25–27 November; the order is by date, then document order.
    assert_eq!(got.len(), expected.len());
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
    assert!(
        r.timeline_of_official("kairat-sarybay", &period("2024-12/.."))
            .is_empty()
    );
    assert_eq!(
        r.timeline_of_official("kairat-sarybay", &period("2024-11-27/2024-11-27"))
            .len(),
        10
    );
    assert!(
        r.timeline_of_official("nobody", &Period::unknown())
            .is_empty()
    );
}

#[test]
fn timeline_of_an_organization_with_and_without_sub_bodies() {
    let r = registry();
    let cica = r.timeline_of_organization("cica", &Period::unknown(), Scope::Exact);
    assert_eq!(cica.len(), 12, "{:?}", ids(cica.clone()));
    // The seminars series has unknown dates and the conference is dated 2024: both may
    // overlap November 2024, and so do the ten meetings of the visit.
    assert_eq!(
        r.timeline_of_organization("cica", &period("2024-11/2024-11"), Scope::Exact)
            .len(),
        12
    );
    assert_eq!(
        r.timeline_of_organization("cica", &period("2025/2025"), Scope::Exact)
            .len(),
        1
    );
    let iom = r.timeline_of_organization("iom", &Period::unknown(), Scope::WithSubBodies);
    assert_eq!(ids(iom), ["iom-council-115", "sarybay-pope-2024-11"]);
}

#[test]
fn counterparts_of_cica() {
    let r = registry();
    let cp = r.counterparts(&Party::Organization("cica".parse().unwrap()));
    let shown: Vec<(String, u32)> = cp
        .iter()
        .map(|c| (c.party.to_string(), c.meetings))
        .collect();
    assert_eq!(
        shown,
        [
            ("organization iom".to_owned(), 2),
            ("organization unog".to_owned(), 1),
            ("organization ilo".to_owned(), 1),
            ("organization unrisd".to_owned(), 1),
            ("organization un-water".to_owned(), 1),
            ("organization icrc".to_owned(), 1),
            ("organization gcsp".to_owned(), 1),
            ("organization hd-centre".to_owned(), 1),
            ("state KZ".to_owned(), 1),
        ]
    );
    assert_eq!(cp[0].first.id.as_str(), "iom-council-115");
    assert_eq!(cp[0].last.id.as_str(), "sarybay-pope-2024-11");
    let kz = r.counterparts(&Party::State("KZ".parse().unwrap()));
    assert_eq!(kz.len(), 1);
    assert_eq!(kz[0].first.id.as_str(), "cica-military-political-seminars");
}

#[test]
fn who_headed_each_counterpart_on_26_november() {
    let r = registry();
    let d = day("2024-11-26");
    for (org, head) in [
        ("iom", "amy-pope"),
        ("unog", "tatiana-valovaya"),
        ("ilo", "gilbert-houngbo"),
        ("unrisd", "magdalena-sepulveda"),
        ("gcsp", "thomas-greminger"),
        ("icrc", "pierre-krahenbuhl"),
    ] {
        let h = r.holders(org, PostFilter::Role(PostRole::Head), d);
        // The release gives titles, not tenure dates: the honest answer is "possibly".
        assert_eq!(h.status, DateStatus::Possible, "{org}");
        assert!(h.definite.is_empty());
        let who: Vec<_> = h.possible.iter().map(|x| x.official.id.as_str()).collect();
        assert_eq!(who, [head], "{org}");
    }
    // UN-Water's representative holds no head post; HD's deputy is not its head.
    assert_eq!(
        r.holders("un-water", PostFilter::Role(PostRole::Head), d)
            .status,
        DateStatus::Unknown
    );
    let deputy = r.holders(
        "hd-centre",
        PostFilter::Title("deputy executive director"),
        d,
    );
    assert_eq!(deputy.possible[0].official.id.as_str(), "katie-sams");
    // Titles are compared as names are: "Secretary-General" is "Secretary General".
    let sg = r.holders(
        "cica-secretariat",
        PostFilter::Title("Secretary-General"),
        d,
    );
    assert_eq!(sg.status, DateStatus::Possible);
    let sg = r.holders("cica-secretariat", PostFilter::Title("Secretary"), d);
    assert_eq!(sg.status, DateStatus::Unknown, "the whole title must match");
    let sg = r.holders(
        "cica-secretariat",
        PostFilter::Title("SECRETARY GENERAL"),
        d,
    );
    assert_eq!(sg.possible[0].official.id.as_str(), "kairat-sarybay");
}

#[test]
fn holders_distinguish_known_vacant_and_unknown() {
    let r = Registry::from_json(
        r#"{"schema_version": "1.0",
        "organizations": [{"id": "cica-secretariat", "name": "CICA Secretariat", "kind": "secretariat"}],
        "officials": [
          {"id": "a", "name": "A", "posts": [{"organization": "cica-secretariat", "title": "Executive Director",
             "role": "head", "period": {"start": "2020-02-01", "end": "2022-09-30"}}]},
          {"id": "b", "name": "B", "posts": [{"organization": "cica-secretariat", "title": "Secretary General",
             "role": "head", "period": {"start": "2023-02", "end": "2024"}}]}
        ]}"#,
    )
    .unwrap();
    let head = |d: &str| r.holders("cica-secretariat", PostFilter::Role(PostRole::Head), day(d));
    let known = head("2021-06-01");
    assert_eq!(
        (known.status, known.definite[0].official.id.as_str()),
        (DateStatus::Known, "a")
    );
    assert_eq!(head("2022-12-01").status, DateStatus::Vacant);
    let maybe = head("2023-02-10");
    assert_eq!(
        (maybe.status, maybe.possible[0].official.id.as_str()),
        (DateStatus::Possible, "b")
    );
    assert_eq!(head("2024-06-01").status, DateStatus::Possible);
    assert_eq!(head("2019-01-01").status, DateStatus::Unknown);
    assert_eq!(head("2025-06-01").status, DateStatus::Unknown);
}

#[test]
fn chair_and_members() {
    let r = registry();
    let chair = r.chair("cica", day("2024-11-26"));
    assert_eq!(chair.status, DateStatus::Known);
    assert_eq!(
        chair
            .definite
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>(),
        ["KZ"]
    );
    assert_eq!(
        r.chair("cica", day("2019-06-01")).status,
        DateStatus::Unknown
    );
    assert_eq!(
        r.chair("iom", day("2024-11-26")).status,
        DateStatus::Unknown
    );
    let members = r.members("cica", MembershipStatus::Member, day("2024-11-26"));
    assert_eq!(
        members.status,
        DateStatus::Unknown,
        "the release lists no members"
    );
}

#[test]
fn mous_between_in_force_and_invoked() {
    let r = registry();
    let ids_of = |v: Vec<&multilateral::Mou>| {
        v.iter()
            .map(|m| m.id.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids_of(r.mous_between("cica", "iom", Scope::Exact)),
        ["iom-cica-mou-2008"]
    );
    assert_eq!(
        ids_of(r.mous_between("iom", "cica", Scope::Exact)),
        ["iom-cica-mou-2008"]
    );
    // The secretariat alone is not a party; CICA with its sub-bodies is.
    assert!(
        r.mous_between("cica-secretariat", "iom", Scope::Exact)
            .is_empty()
    );
    assert_eq!(
        ids_of(r.mous_between("iom", "cica", Scope::WithSubBodies)),
        ["iom-cica-mou-2008"]
    );
    assert!(
        r.mous_between("cica", "ilo", Scope::WithSubBodies)
            .is_empty()
    );
    // Signed in 2008 and not said to be in force: possibly in force in 2024, certainly not
    // in 2007.
    let in_force = r.mous_in_force(day("2024-11-26"));
    assert_eq!(in_force.len(), 1);
    assert_eq!(in_force[0].1, Coverage::Possibly);
    assert!(r.mous_in_force(day("2007-12-31")).is_empty());
    assert_eq!(
        ids(r.meetings_invoking("iom-cica-mou-2008")),
        ["sarybay-pope-2024-11"]
    );
}

#[test]
fn meetings_by_dimension_kind_status_place() {
    let r = registry();
    assert_eq!(
        ids(r.meetings_in_dimension("cica-environmental", true)),
        [
            "cica-environmental-conference-2024",
            "sarybay-gordon-2024-11"
        ]
    );
    assert_eq!(
        ids(r.meetings_in_dimension("cica-human", false)),
        ["sarybay-houngbo-2024-11"]
    );
    assert_eq!(
        ids(r.meetings_in_dimension("cica-military-political", true)),
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
}

#[test]
fn meetings_on_a_day_are_definite_or_possible() {
    let r = registry();
    let on = r.meetings_on(day("2024-11-26"));
    let coverage = |id: &str| on.iter().find(|(m, _)| m.id.as_str() == id).map(|x| x.1);
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
fn related_meetings_direct_and_transitive() {
    let r = registry();
    let sidelines = r.related_to("iom-council-115", &[RelationKind::SidelinesOf], false);
    assert_eq!(
        sidelines
            .iter()
            .map(|x| x.meeting.id.as_str())
            .collect::<Vec<_>>(),
        ["sarybay-pope-2024-11"]
    );
    let visit = r.related_to("cica-sg-geneva-visit-2024-11", &[], true);
    assert_eq!(visit.len(), 8);
    assert!(
        visit
            .iter()
            .all(|x| x.kind == RelationKind::PartOf && x.depth == 1)
    );
    assert!(r.related_to("sarybay-pope-2024-11", &[], true).is_empty());
}

#[test]
fn officials_met_by_the_secretary_general() {
    let r = registry();
    let met = r.officials_met("kairat-sarybay");
    let who: Vec<_> = met.iter().map(|e| e.official.id.as_str()).collect();
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
}

#[test]
fn names_are_found_across_spellings_accents_and_acronyms() {
    let r = registry();
    let official = |q: &str| {
        r.find_officials(q)
            .iter()
            .map(|o| o.id.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let org = |q: &str| {
        r.find_organizations(q)
            .iter()
            .map(|o| o.id.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(official("krahenbuhl"), ["pierre-krahenbuhl"]);
    assert_eq!(official("Pierre KRÄHENBÜHL"), ["pierre-krahenbuhl"]);
    assert_eq!(official("Sarybai"), ["kairat-sarybay"]);
    assert_eq!(official("sepulveda"), ["magdalena-sepulveda"]);
    assert_eq!(org("UNOG"), ["unog"]);
    assert_eq!(org("unrisd"), ["unrisd"]);
    assert_eq!(org("red cross"), ["icrc"]);
    // "IOM" is IOM's acronym, so IOM comes before the IOM Council.
    assert_eq!(org("IOM"), ["iom", "iom-council"]);
    assert!(official("nobody at all").is_empty());
}

#[test]
fn composable_query_uses_all_conditions() {
    let r = registry();
    let q = || r.meetings().involving("cica").with("kairat-sarybay");
    assert_eq!(q().run().len(), 10);
    assert_eq!(
        ids(q().in_dimension("cica-human").run()),
        ["sarybay-houngbo-2024-11"]
    );
    assert_eq!(q().of_kind(MeetingKind::Session).run().len(), 1);
    assert_eq!(q().in_country("CH".parse().unwrap()).run().len(), 10);
    assert!(q().during(&period("2025/2025")).run().is_empty());
    assert!(q().involving("nowhere").run().is_empty());
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
}

#[test]
fn cooperation_network_edges() {
    let r = registry();
    let edges = r.cooperation_network();
    let first = &edges[0];
    assert_eq!(
        (
            first.a.to_string().as_str(),
            first.b.to_string().as_str(),
            first.meetings
        ),
        ("organization cica", "organization iom", 2)
    );
    assert_eq!(edges.len(), 9);
}
