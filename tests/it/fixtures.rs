//! The Geneva 2024 fixture, `examples/data/geneva-2024.json`: the press release of the CICA
//! Secretary General's visit to Geneva in November 2024, modelled as records. Each test pins
//! facts the release states, and that the fixture invents none it does not (no day, no
//! seat, no tenure, no relation beyond those given).

use multilateral::{
    CoordinatorRole, Meeting, MeetingKind, MeetingStatus, MouStatus, OrganizationKind, OutcomeKind,
    ParticipantRole, PostRole, Precision, Recurrence, RelationKind,
};

use crate::support::{GENEVA, dimension, geneva, geneva_registry, meeting, mou, official, org};

/// The period every record of the visit lies in.
const VISIT: &str = "2024-11-25/2024-11-27";

/// Each participant of a meeting: its party (`organization cica`, `state KZ`), its official
/// and its role.
fn sides(meeting: &Meeting) -> Vec<(String, Option<&str>, ParticipantRole)> {
    meeting
        .participants
        .iter()
        .map(|p| {
            (
                p.party.to_string(),
                p.official.as_ref().map(|o| o.as_str()),
                p.role,
            )
        })
        .collect()
}

#[test]
fn the_fixture_holds_every_record_of_the_release() {
    let data = geneva();
    assert_eq!(data.organizations.len(), 16);
    assert_eq!(data.officials.len(), 9);
    assert_eq!(data.dimensions.len(), 5);
    assert_eq!(data.mous.len(), 1);
    assert_eq!(data.meetings.len(), 12);
}

#[test]
fn validates_without_errors_or_warnings() {
    let report = geneva().validate();
    assert!(report.is_clean(), "{report}");
}

#[test]
fn round_trips_byte_for_byte() {
    assert_eq!(geneva().to_json_pretty(), GENEVA.trim_end_matches('\n'));
}

#[test]
fn every_record_cites_the_press_release() {
    let data = geneva();
    let sources = data
        .organizations
        .iter()
        .map(|o| &o.sources)
        .chain(data.officials.iter().map(|o| &o.sources))
        .chain(data.dimensions.iter().map(|d| &d.sources))
        .chain(data.mous.iter().map(|m| &m.sources))
        .chain(data.meetings.iter().map(|m| &m.sources));
    for list in sources {
        assert_eq!(list.len(), 1);
        let source = &list[0];
        assert!(source.url.is_none(), "the release's address is not known");
        assert!(
            source
                .title
                .as_deref()
                .unwrap()
                .starts_with("CICA Secretary General delivered remarks at the 115th Session")
        );
        assert_eq!(source.publisher.as_deref(), Some("CICA Secretariat"));
        assert_eq!(source.published.unwrap().to_string(), "2024-11");
    }
}

#[test]
fn organizations_have_their_names_kinds_and_parents() {
    use OrganizationKind::*;
    let r = geneva_registry();
    type Row = (
        &'static str,
        &'static str,
        Option<&'static str>,
        OrganizationKind,
        Option<&'static str>,
    );
    let expected: [Row; 16] = [
        (
            "cica",
            "Conference on Interaction and Confidence Building Measures in Asia",
            Some("CICA"),
            Intergovernmental,
            None,
        ),
        (
            "cica-secretariat",
            "CICA Secretariat",
            None,
            Secretariat,
            Some("cica"),
        ),
        (
            "cica-business-council",
            "CICA Business Council",
            None,
            AdvisoryBody,
            Some("cica"),
        ),
        (
            "cica-youth-council",
            "CICA Youth Council",
            None,
            AdvisoryBody,
            Some("cica"),
        ),
        (
            "cica-think-tank-forum",
            "CICA Think Tank Forum",
            None,
            AdvisoryBody,
            Some("cica"),
        ),
        (
            "cica-pnlu",
            "CICA Partnership Network of Leading Universities",
            Some("PNLU"),
            Network,
            Some("cica"),
        ),
        (
            "iom",
            "International Organization for Migration",
            Some("IOM"),
            UnEntity,
            None,
        ),
        (
            "iom-council",
            "IOM Council",
            None,
            GoverningBody,
            Some("iom"),
        ),
        ("un", "United Nations", Some("UN"), Intergovernmental, None),
        (
            "unog",
            "United Nations Office at Geneva",
            Some("UNOG"),
            UnEntity,
            Some("un"),
        ),
        (
            "ilo",
            "International Labour Organization",
            Some("ILO"),
            UnEntity,
            None,
        ),
        (
            "unrisd",
            "United Nations Research Institute for Social Development",
            Some("UNRISD"),
            UnEntity,
            Some("un"),
        ),
        ("un-water", "UN-Water", None, UnEntity, Some("un")),
        (
            "icrc",
            "International Committee of the Red Cross",
            Some("ICRC"),
            Ngo,
            None,
        ),
        (
            "gcsp",
            "Geneva Centre for Security Policy",
            Some("GCSP"),
            ThinkTank,
            None,
        ),
        (
            "hd-centre",
            "Centre for Humanitarian Dialogue",
            None,
            Ngo,
            None,
        ),
    ];
    let ids: Vec<&str> = r.organizations().map(|o| o.id().as_str()).collect();
    let expected_ids: Vec<&str> = expected.iter().map(|row| row.0).collect();
    assert_eq!(ids, expected_ids, "in the release's order");
    for (id, name, acronym, kind, parent) in expected {
        let o = r.organization(&org(id)).unwrap();
        assert_eq!(o.name, name, "{id}");
        assert_eq!(o.acronym.as_deref(), acronym, "{id}");
        assert_eq!(o.kind, kind, "{id}");
        assert_eq!(o.parent.as_ref().map(|p| p.as_str()), parent, "{id}");
        assert!(o.other_names.is_empty() && o.members.is_empty(), "{id}");
        assert!(o.founded.is_none() && o.dissolved.is_none(), "{id}");
    }
}

#[test]
fn only_the_seats_of_cica_and_iom_are_recorded() {
    let r = geneva_registry();
    let seats: Vec<(&str, &str, &str)> = r
        .organizations()
        .filter_map(|o| {
            let hq = o.record().headquarters.as_ref()?;
            Some((o.id().as_str(), hq.city.as_deref()?, hq.country.as_str()))
        })
        .collect();
    assert_eq!(seats, [("cica", "Astana", "KZ"), ("iom", "Geneva", "CH")]);
}

#[test]
fn kazakhstan_chairs_cica_since_2020() {
    let r = geneva_registry();
    let chairs = &r.organization(&org("cica")).unwrap().record().chairs;
    assert_eq!(chairs.len(), 1);
    assert_eq!(chairs[0].country, "KZ");
    assert_eq!(chairs[0].period.to_string(), "2020/..");
}

/// An official: id, name, given and family name, honorific; and the first post's
/// organization, role and title.
type OfficialRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    PostRole,
    Option<&'static str>,
);

/// The nine officials, in the release's order.
const OFFICIALS: [OfficialRow; 9] = [
    (
        "kairat-sarybay",
        "Kairat Sarybay",
        "Kairat",
        "Sarybay",
        "Ambassador",
        "cica-secretariat",
        PostRole::Head,
        Some("Secretary General"),
    ),
    (
        "amy-pope",
        "Amy E. Pope",
        "Amy E.",
        "Pope",
        "Ms.",
        "iom",
        PostRole::Head,
        Some("Director General"),
    ),
    (
        "tatiana-valovaya",
        "Tatiana Valovaya",
        "Tatiana",
        "Valovaya",
        "Ms.",
        "unog",
        PostRole::Head,
        Some("Director-General"),
    ),
    (
        "gilbert-houngbo",
        "Gilbert F. Houngbo",
        "Gilbert F.",
        "Houngbo",
        "Mr.",
        "ilo",
        PostRole::Head,
        Some("Director-General"),
    ),
    (
        "magdalena-sepulveda",
        "Magdalena Sepúlveda",
        "Magdalena",
        "Sepúlveda",
        "Ms.",
        "unrisd",
        PostRole::Head,
        Some("Director"),
    ),
    (
        "bruce-gordon",
        "Bruce Gordon",
        "Bruce",
        "Gordon",
        "Dr.",
        "un-water",
        PostRole::Other,
        None,
    ),
    (
        "thomas-greminger",
        "Thomas Greminger",
        "Thomas",
        "Greminger",
        "Ambassador",
        "gcsp",
        PostRole::Head,
        Some("Director"),
    ),
    (
        "pierre-krahenbuhl",
        "Pierre Krähenbühl",
        "Pierre",
        "Krähenbühl",
        "Mr.",
        "icrc",
        PostRole::Head,
        Some("Director-General"),
    ),
    (
        "katie-sams",
        "Katie Sams",
        "Katie",
        "Sams",
        "Ms.",
        "hd-centre",
        PostRole::Deputy,
        Some("Deputy Executive Director"),
    ),
];

#[test]
fn officials_have_their_names_as_written_and_the_posts_the_release_names() {
    let r = geneva_registry();
    let ids: Vec<&str> = r.officials().map(|o| o.id().as_str()).collect();
    let expected_ids: Vec<&str> = OFFICIALS.iter().map(|row| row.0).collect();
    assert_eq!(ids, expected_ids, "in the release's order");
    for (id, name, given, family, honorific, organization, role, title) in OFFICIALS {
        let o = r.official(&official(id)).unwrap();
        assert_eq!(o.name, name, "{id}");
        assert_eq!(o.given_name.as_deref(), Some(given), "{id}");
        assert_eq!(o.family_name.as_deref(), Some(family), "{id}");
        assert_eq!(o.honorific.as_deref(), Some(honorific), "{id}");
        assert!(o.nationality.is_none(), "{id}: the release gives none");
        let post = &o.posts[0];
        assert_eq!(post.organization, organization, "{id}");
        assert_eq!(post.role, role, "{id}");
        assert_eq!(post.title.as_deref(), title, "{id}");
        assert!(!post.acting, "{id}");
        // The release attests the titles at the time of the visit only.
        assert!(o.posts.iter().all(|p| p.period.is_unknown()), "{id}");
    }
}

#[test]
fn sarybay_is_also_written_sarybai() {
    let r = geneva_registry();
    let sarybay = r.official(&official("kairat-sarybay")).unwrap();
    let other: Vec<&str> = sarybay
        .other_names
        .iter()
        .map(|n| n.name.as_str())
        .collect();
    assert_eq!(other, ["Sarybai"]);
    assert_eq!(sarybay.posts.len(), 1);
    assert!(
        r.officials()
            .filter(|o| o.id() != "kairat-sarybay")
            .all(|o| o.other_names.is_empty())
    );
}

#[test]
fn katie_sams_holds_two_posts_at_once() {
    let r = geneva_registry();
    let posts: Vec<_> = r
        .official(&official("katie-sams"))
        .unwrap()
        .record()
        .posts
        .iter()
        .map(|p| (p.organization.as_str(), p.role, p.title.as_deref().unwrap()))
        .collect();
    assert_eq!(
        posts,
        [
            ("hd-centre", PostRole::Deputy, "Deputy Executive Director"),
            ("hd-centre", PostRole::Staff, "Chief Operating Officer"),
        ]
    );
}

#[test]
fn the_five_cica_dimensions() {
    let data = geneva();
    let dims: Vec<(&str, &str, &str)> = data
        .dimensions
        .iter()
        .map(|d| (d.id.as_str(), d.organization.as_str(), d.name.as_str()))
        .collect();
    assert_eq!(
        dims,
        [
            (
                "cica-military-political",
                "cica",
                "Military-Political Dimension"
            ),
            (
                "cica-new-challenges",
                "cica",
                "New Challenges and Threats Dimension"
            ),
            ("cica-economic", "cica", "Economic Dimension"),
            ("cica-environmental", "cica", "Environmental Dimension"),
            ("cica-human", "cica", "Human Dimension"),
        ]
    );
    assert!(data.dimensions.iter().all(|d| d.parent.is_none()));
    // Two are described by the release.
    let described: Vec<&str> = data
        .dimensions
        .iter()
        .filter(|d| d.description.is_some())
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(described, ["cica-military-political", "cica-human"]);
    let r = geneva_registry();
    let human = r.dimension(&dimension("cica-human")).unwrap();
    assert!(
        human
            .description
            .as_deref()
            .unwrap()
            .contains("social and economic development")
    );
}

#[test]
fn kazakhstan_coordinates_the_military_political_dimension() {
    let data = geneva();
    for d in &data.dimensions {
        if d.id == "cica-military-political" {
            assert_eq!(d.coordinators.len(), 1);
            let c = &d.coordinators[0];
            assert_eq!(c.country, "KZ");
            assert_eq!(c.role, CoordinatorRole::Coordinator);
            assert_eq!(c.period.to_string(), "/", "no period is known");
        } else {
            assert!(d.coordinators.is_empty(), "{}", d.id);
        }
    }
}

#[test]
fn the_iom_cica_mou_of_2008() {
    let r = geneva_registry();
    assert_eq!(r.mous().len(), 1);
    let the_mou = r.mou(&mou("iom-cica-mou-2008")).unwrap();
    assert_eq!(
        the_mou.title,
        "Memorandum of Understanding between IOM and CICA"
    );
    let parties: Vec<&str> = the_mou.parties.iter().map(|p| p.as_str()).collect();
    assert_eq!(parties, ["iom", "cica"]);
    assert_eq!(the_mou.status, MouStatus::Signed);
    let signed = the_mou.signed.unwrap();
    assert_eq!(signed.to_string(), "2008");
    assert_eq!(signed.precision(), Precision::Year);
    assert!(
        the_mou.effective.is_none() && the_mou.expires.is_none() && the_mou.signed_at.is_none()
    );
    assert!(
        the_mou.signatories.is_empty(),
        "the release names no signatory"
    );
}

#[test]
fn the_iom_council_session() {
    let r = geneva_registry();
    let session = r.meeting(&meeting("iom-council-115")).unwrap();
    assert_eq!(session.title, "115th Session of the IOM Council");
    assert_eq!(session.kind, MeetingKind::Session);
    assert_eq!(session.status, MeetingStatus::Held);
    assert_eq!(session.when.to_string(), VISIT);
    let location = session.location.as_ref().unwrap();
    assert_eq!(location.city.as_deref(), Some("Geneva"));
    assert_eq!(location.country.unwrap(), "CH");
    assert_eq!(
        sides(session.record()),
        [
            (
                "organization iom".to_owned(),
                None,
                ParticipantRole::Organizer
            ),
            (
                "organization cica".to_owned(),
                Some("kairat-sarybay"),
                ParticipantRole::Speaker
            ),
        ]
    );
    let dims: Vec<&str> = session.dimensions.iter().map(|d| d.as_str()).collect();
    assert_eq!(dims, ["cica-new-challenges"]);
    assert_eq!(session.outcomes.len(), 1);
    assert_eq!(session.outcomes[0].kind, OutcomeKind::Statement);
    assert!(
        session.outcomes[0]
            .text
            .contains("regular migration pathways in Asia")
    );
}

#[test]
fn the_visit() {
    let r = geneva_registry();
    let visit = r.meeting(&meeting("cica-sg-geneva-visit-2024-11")).unwrap();
    assert_eq!(visit.title, "CICA Secretary General's visit to Geneva");
    assert_eq!(visit.kind, MeetingKind::Visit);
    assert_eq!(visit.status, MeetingStatus::Held);
    assert_eq!(visit.when.to_string(), VISIT);
    assert_eq!(
        visit.location.as_ref().unwrap().city.as_deref(),
        Some("Geneva")
    );
    assert_eq!(
        sides(visit.record()),
        [(
            "organization cica".to_owned(),
            Some("kairat-sarybay"),
            ParticipantRole::DelegationHead
        )]
    );
    assert!(visit.relations.is_empty());
}

/// A bilateral meeting: id, counterpart organization, counterpart official, counterpart role,
/// CICA dimensions.
type Bilateral = (
    &'static str,
    &'static str,
    &'static str,
    ParticipantRole,
    &'static [&'static str],
);

/// The eight bilateral meetings, in the release's order.
const BILATERALS: [Bilateral; 8] = [
    (
        "sarybay-pope-2024-11",
        "iom",
        "amy-pope",
        ParticipantRole::Participant,
        &[],
    ),
    (
        "sarybay-valovaya-2024-11",
        "unog",
        "tatiana-valovaya",
        ParticipantRole::Participant,
        &[],
    ),
    (
        "sarybay-houngbo-2024-11",
        "ilo",
        "gilbert-houngbo",
        ParticipantRole::Participant,
        &["cica-human"],
    ),
    (
        "sarybay-sepulveda-2024-11",
        "unrisd",
        "magdalena-sepulveda",
        ParticipantRole::Participant,
        &[],
    ),
    (
        "sarybay-gordon-2024-11",
        "un-water",
        "bruce-gordon",
        ParticipantRole::Participant,
        &["cica-environmental"],
    ),
    (
        "sarybay-greminger-2024-11",
        "gcsp",
        "thomas-greminger",
        ParticipantRole::Participant,
        &[],
    ),
    (
        "sarybay-krahenbuhl-2024-11",
        "icrc",
        "pierre-krahenbuhl",
        ParticipantRole::Participant,
        &["cica-military-political"],
    ),
    (
        "sarybay-sams-2024-11",
        "hd-centre",
        "katie-sams",
        ParticipantRole::DelegationHead,
        &[],
    ),
];

#[test]
fn eight_bilateral_meetings_with_the_right_counterparts() {
    let data = geneva();
    let r = geneva_registry();
    let ids: Vec<&str> = data
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Bilateral)
        .map(|m| m.id.as_str())
        .collect();
    let expected: Vec<&str> = BILATERALS.iter().map(|b| b.0).collect();
    assert_eq!(ids, expected);
    for (id, org, official, role, dimensions) in BILATERALS {
        let m = r.meeting(&meeting(id)).unwrap();
        assert_eq!(m.status, MeetingStatus::Held, "{id}");
        assert_eq!(m.when.to_string(), VISIT, "{id}: a range, never a day");
        assert_eq!(
            m.days.map(|d| d.get()),
            Some(1),
            "{id}: one day of the three"
        );
        let location = m.location.as_ref().unwrap();
        assert_eq!(
            (location.city.as_deref(), location.country.unwrap().as_str()),
            (Some("Geneva"), "CH"),
            "{id}"
        );
        assert!(m.title.starts_with("CICA Secretary General meets "), "{id}");
        assert_eq!(
            sides(m.record()),
            [
                (
                    "organization cica".to_owned(),
                    Some("kairat-sarybay"),
                    ParticipantRole::DelegationHead
                ),
                (format!("organization {org}"), Some(official), role),
            ],
            "{id}"
        );
        let dims: Vec<&str> = m.dimensions.iter().map(|d| d.as_str()).collect();
        assert_eq!(dims, dimensions, "{id}");
        assert!(!m.topics.is_empty(), "{id}");
        assert!(!m.outcomes.is_empty(), "{id}");
    }
    // Only the bilaterals give a number of days.
    assert!(
        data.meetings
            .iter()
            .filter(|m| m.kind != MeetingKind::Bilateral)
            .all(|m| m.days.is_none())
    );
}

#[test]
fn every_bilateral_is_part_of_the_visit() {
    let r = geneva_registry();
    for (id, ..) in BILATERALS {
        let m = r.meeting(&meeting(id)).unwrap();
        let part_of: Vec<&str> = m
            .relations
            .iter()
            .filter(|rel| rel.kind == RelationKind::PartOf)
            .map(|rel| rel.meeting.as_str())
            .collect();
        assert_eq!(part_of, ["cica-sg-geneva-visit-2024-11"], "{id}");
    }
}

#[test]
fn only_the_iom_meeting_is_on_the_sidelines_of_the_council() {
    let data = geneva();
    let sidelines: Vec<(&str, &str)> = data
        .meetings
        .iter()
        .flat_map(|m| {
            m.relations
                .iter()
                .filter(|r| r.kind == RelationKind::SidelinesOf)
                .map(move |r| (m.id.as_str(), r.meeting.as_str()))
        })
        .collect();
    assert_eq!(sidelines, [("sarybay-pope-2024-11", "iom-council-115")]);
    // No relation beyond sidelines-of and part-of is claimed.
    assert!(
        data.meetings
            .iter()
            .flat_map(|m| &m.relations)
            .all(|r| r.kind.is_within())
    );
}

#[test]
fn the_iom_meeting_invokes_the_2008_mou() {
    let data = geneva();
    let r = geneva_registry();
    let pope = r.meeting(&meeting("sarybay-pope-2024-11")).unwrap();
    let mous: Vec<&str> = pope.mous.iter().map(|m| m.as_str()).collect();
    assert_eq!(mous, ["iom-cica-mou-2008"]);
    let committed: Vec<_> = pope
        .outcomes
        .iter()
        .filter(|o| o.kind == OutcomeKind::Committed)
        .collect();
    assert_eq!(committed.len(), 1);
    assert_eq!(
        committed[0].mou.as_ref().map(|m| m.as_str()),
        Some("iom-cica-mou-2008")
    );
    // No other meeting invokes an MoU.
    let invoking = data.meetings.iter().filter(|m| !m.mous.is_empty()).count();
    assert_eq!(invoking, 1);
}

#[test]
fn outcome_kinds_follow_the_release() {
    use OutcomeKind::*;
    let r = geneva_registry();
    let expected: [(&str, &[OutcomeKind]); 8] = [
        ("sarybay-pope-2024-11", &[Explored, Committed]),
        ("sarybay-valovaya-2024-11", &[Briefed, Discussed]),
        ("sarybay-houngbo-2024-11", &[Briefed, Briefed, Agreed]),
        ("sarybay-sepulveda-2024-11", &[Explored, Committed]),
        ("sarybay-gordon-2024-11", &[Briefed, Explored]),
        ("sarybay-greminger-2024-11", &[Discussed]),
        ("sarybay-krahenbuhl-2024-11", &[Briefed, Explored]),
        ("sarybay-sams-2024-11", &[Briefed, Explored]),
    ];
    for (id, kinds) in expected {
        let got: Vec<OutcomeKind> = r
            .meeting(&meeting(id))
            .unwrap()
            .outcomes
            .iter()
            .map(|o| o.kind)
            .collect();
        assert_eq!(got, kinds, "{id}");
    }
}

#[test]
fn the_environmental_conference_of_2024() {
    let r = geneva_registry();
    let conference = r
        .meeting(&meeting("cica-environmental-conference-2024"))
        .unwrap();
    assert_eq!(conference.title, "2024 CICA Environmental Conference");
    assert_eq!(conference.kind, MeetingKind::Conference);
    assert_eq!(conference.when.to_string(), "2024/2024");
    assert!(
        conference.location.is_none(),
        "the release does not say where"
    );
    assert_eq!(
        sides(conference.record()),
        [(
            "organization cica".to_owned(),
            None,
            ParticipantRole::Organizer
        )]
    );
    let dims: Vec<&str> = conference.dimensions.iter().map(|d| d.as_str()).collect();
    assert_eq!(dims, ["cica-environmental"]);
}

#[test]
fn the_annual_military_political_seminars() {
    let r = geneva_registry();
    let seminars = r
        .meeting(&meeting("cica-military-political-seminars"))
        .unwrap();
    assert_eq!(seminars.kind, MeetingKind::Seminar);
    assert_eq!(seminars.recurrence, Some(Recurrence::Annual));
    assert_eq!(seminars.when.to_string(), "/", "dates not known");
    assert!(seminars.location.is_none());
    assert_eq!(
        sides(seminars.record()),
        [
            ("state KZ".to_owned(), None, ParticipantRole::Organizer),
            (
                "organization cica".to_owned(),
                None,
                ParticipantRole::Participant
            ),
        ]
    );
    let dims: Vec<&str> = seminars.dimensions.iter().map(|d| d.as_str()).collect();
    assert_eq!(dims, ["cica-military-political"]);
    // No other meeting is said to recur.
    assert_eq!(
        geneva()
            .meetings
            .iter()
            .filter(|m| m.recurrence.is_some())
            .count(),
        1
    );
}

#[test]
fn no_day_is_invented() {
    // Every full date in the document is an end of the visit's range.
    let data = geneva();
    for m in &data.meetings {
        for end in [m.when.start(), m.when.end()]
            .into_iter()
            .filter_map(|b| b.date())
        {
            if end.precision() == Precision::Day {
                assert!(
                    ["2024-11-25", "2024-11-27"].contains(&end.to_string().as_str()),
                    "{}: {end}",
                    m.id
                );
            }
        }
    }
}
