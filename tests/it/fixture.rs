//! Tests of the Geneva 2024 fixture: the press release of the CICA Secretary General's visit,
//! modelled in `examples/data/geneva-2024.json`. Each test pins facts the release states.

use multilateral::{
    CoordinatorRole, Dataset, Meeting, MeetingKind, MeetingStatus, MouStatus, Official,
    Organization, OrganizationKind, OutcomeKind, Participant, ParticipantRole, Party, PostRole,
    Precision, Recurrence, RelationKind,
};

const FIXTURE: &str = include_str!("../../examples/data/geneva-2024.json");

/// The period every record of the visit lies in.
const VISIT: &str = "2024-11-25/2024-11-27";

#[allow(clippy::unwrap_used, reason = "a test helper: the fixture must read")]
fn data() -> Dataset {
    Dataset::from_json(FIXTURE).unwrap()
}

#[allow(clippy::panic, reason = "a test helper: names the missing record")]
fn org<'a>(data: &'a Dataset, id: &str) -> &'a Organization {
    data.organizations
        .iter()
        .find(|o| o.id.as_str() == id)
        .unwrap_or_else(|| panic!("no organization {id}"))
}

#[allow(clippy::panic, reason = "a test helper: names the missing record")]
fn official<'a>(data: &'a Dataset, id: &str) -> &'a Official {
    data.officials
        .iter()
        .find(|o| o.id.as_str() == id)
        .unwrap_or_else(|| panic!("no official {id}"))
}

#[allow(clippy::panic, reason = "a test helper: names the missing record")]
fn meeting<'a>(data: &'a Dataset, id: &str) -> &'a Meeting {
    data.meetings
        .iter()
        .find(|m| m.id.as_str() == id)
        .unwrap_or_else(|| panic!("no meeting {id}"))
}

/// The participant's party as `organization:id` or `state:CODE`, its official and its role.
fn sides(meeting: &Meeting) -> Vec<(String, Option<&str>, ParticipantRole)> {
    meeting
        .participants
        .iter()
        .map(|p: &Participant| {
            let party = match &p.party {
                Party::Organization(id) => format!("organization:{id}"),
                Party::State(code) => format!("state:{code}"),
                other => format!("{other}"),
            };
            (party, p.official.as_ref().map(|o| o.as_str()), p.role)
        })
        .collect()
}

#[test]
fn parses() {
    let data = data();
    assert_eq!(data.organizations.len(), 16);
    assert_eq!(data.officials.len(), 9);
    assert_eq!(data.dimensions.len(), 5);
    assert_eq!(data.mous.len(), 1);
    assert_eq!(data.meetings.len(), 12);
}

#[test]
fn validates_without_errors_or_warnings() {
    let report = data().validate();
    assert!(!report.has_errors(), "{report}");
    let warnings: Vec<_> = report.warnings().map(|v| v.code).collect();
    assert_eq!(warnings, Vec::<&str>::new(), "{report}");
}

#[test]
fn round_trips_byte_for_byte() {
    assert_eq!(data().to_json_pretty(), FIXTURE.trim_end_matches('\n'));
}

#[test]
fn every_record_cites_the_press_release() {
    let data = data();
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
                .as_ref()
                .unwrap()
                .as_str()
                .starts_with("CICA Secretary General delivered remarks at the 115th Session")
        );
        assert_eq!(
            source.publisher.as_ref().unwrap().as_str(),
            "CICA Secretariat"
        );
        assert_eq!(source.published.unwrap().to_string(), "2024-11");
    }
}

#[test]
fn organizations_have_kind_and_parent() {
    use OrganizationKind::*;
    let data = data();
    let expected = [
        ("cica", Intergovernmental, None),
        ("cica-secretariat", Secretariat, Some("cica")),
        ("cica-business-council", AdvisoryBody, Some("cica")),
        ("cica-youth-council", AdvisoryBody, Some("cica")),
        ("cica-think-tank-forum", AdvisoryBody, Some("cica")),
        ("cica-pnlu", Network, Some("cica")),
        ("iom", UnEntity, None),
        ("iom-council", GoverningBody, Some("iom")),
        ("un", Intergovernmental, None),
        ("unog", UnEntity, Some("un")),
        ("ilo", UnEntity, None),
        ("unrisd", UnEntity, Some("un")),
        ("un-water", UnEntity, Some("un")),
        ("icrc", Ngo, None),
        ("gcsp", ThinkTank, None),
        ("hd-centre", Ngo, None),
    ];
    let ids: Vec<&str> = data.organizations.iter().map(|o| o.id.as_str()).collect();
    let expected_ids: Vec<&str> = expected.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(ids, expected_ids);
    for (id, kind, parent) in expected {
        let o = org(&data, id);
        assert_eq!(o.kind, kind, "{id}");
        assert_eq!(o.parent.as_ref().map(|p| p.as_str()), parent, "{id}");
    }
}

#[test]
fn organizations_have_their_names_and_seats() {
    let data = data();
    let cica = org(&data, "cica");
    assert_eq!(
        cica.name.as_str(),
        "Conference on Interaction and Confidence Building Measures in Asia"
    );
    assert_eq!(cica.acronym.as_ref().unwrap().as_str(), "CICA");
    let hq = cica.headquarters.as_ref().unwrap();
    assert_eq!(
        (hq.city.as_ref().unwrap().as_str(), hq.country.as_str()),
        ("Astana", "KZ")
    );
    let iom = org(&data, "iom");
    assert_eq!(
        iom.name.as_str(),
        "International Organization for Migration"
    );
    let hq = iom.headquarters.as_ref().unwrap();
    assert_eq!(
        (hq.city.as_ref().unwrap().as_str(), hq.country.as_str()),
        ("Geneva", "CH")
    );
    let pnlu = org(&data, "cica-pnlu");
    assert_eq!(
        pnlu.name.as_str(),
        "CICA Partnership Network of Leading Universities"
    );
    assert_eq!(pnlu.acronym.as_ref().unwrap().as_str(), "PNLU");
    for (id, name) in [
        ("un", "United Nations"),
        ("unog", "United Nations Office at Geneva"),
        ("icrc", "International Committee of the Red Cross"),
        ("gcsp", "Geneva Centre for Security Policy"),
        ("hd-centre", "Centre for Humanitarian Dialogue"),
    ] {
        assert_eq!(org(&data, id).name.as_str(), name);
    }
    // Only the two seats the brief of the fixture allows are recorded.
    let seats = data
        .organizations
        .iter()
        .filter(|o| o.headquarters.is_some());
    assert_eq!(seats.count(), 2);
}

#[test]
fn kazakhstan_chairs_cica_since_2020() {
    let data = data();
    let chairs = &org(&data, "cica").chairs;
    assert_eq!(chairs.len(), 1);
    assert_eq!(chairs[0].country.as_str(), "KZ");
    assert_eq!(chairs[0].period.to_string(), "2020/..");
}

#[test]
fn officials_hold_the_posts_the_release_names() {
    let data = data();
    let expected = [
        (
            "kairat-sarybay",
            "Ambassador",
            "cica-secretariat",
            PostRole::Head,
            Some("Secretary General"),
        ),
        (
            "amy-pope",
            "Ms.",
            "iom",
            PostRole::Head,
            Some("Director General"),
        ),
        (
            "tatiana-valovaya",
            "Ms.",
            "unog",
            PostRole::Head,
            Some("Director-General"),
        ),
        (
            "gilbert-houngbo",
            "Mr.",
            "ilo",
            PostRole::Head,
            Some("Director-General"),
        ),
        (
            "magdalena-sepulveda",
            "Ms.",
            "unrisd",
            PostRole::Head,
            Some("Director"),
        ),
        ("bruce-gordon", "Dr.", "un-water", PostRole::Other, None),
        (
            "thomas-greminger",
            "Ambassador",
            "gcsp",
            PostRole::Head,
            Some("Director"),
        ),
        (
            "pierre-krahenbuhl",
            "Mr.",
            "icrc",
            PostRole::Head,
            Some("Director-General"),
        ),
        (
            "katie-sams",
            "Ms.",
            "hd-centre",
            PostRole::Deputy,
            Some("Deputy Executive Director"),
        ),
    ];
    for (id, honorific, organization, role, title) in expected {
        let o = official(&data, id);
        assert_eq!(o.honorific.as_ref().unwrap().as_str(), honorific, "{id}");
        let post = &o.posts[0];
        assert_eq!(post.organization.as_str(), organization, "{id}");
        assert_eq!(post.role, role, "{id}");
        assert_eq!(post.title.as_ref().map(|t| t.as_str()), title, "{id}");
        assert!(!post.acting, "{id}");
        // The release attests the titles at the time of the visit only.
        assert!(
            o.posts
                .iter()
                .all(|p| p.period.start().is_none() && p.period.end().is_none())
        );
    }
}

#[test]
fn officials_have_their_names_as_written() {
    let data = data();
    let sarybay = official(&data, "kairat-sarybay");
    assert_eq!(sarybay.name.as_str(), "Kairat Sarybay");
    assert_eq!(sarybay.given_name.as_ref().unwrap().as_str(), "Kairat");
    assert_eq!(sarybay.family_name.as_ref().unwrap().as_str(), "Sarybay");
    let other: Vec<&str> = sarybay
        .other_names
        .iter()
        .map(|n| n.name.as_str())
        .collect();
    assert_eq!(other, ["Sarybai"]);
    assert_eq!(sarybay.posts.len(), 1);
    for (id, name) in [
        ("amy-pope", "Amy E. Pope"),
        ("gilbert-houngbo", "Gilbert F. Houngbo"),
        ("magdalena-sepulveda", "Magdalena Sepúlveda"),
        ("pierre-krahenbuhl", "Pierre Krähenbühl"),
        ("bruce-gordon", "Bruce Gordon"),
    ] {
        assert_eq!(official(&data, id).name.as_str(), name);
    }
}

#[test]
fn katie_sams_holds_two_posts_at_once() {
    let data = data();
    let posts: Vec<_> = official(&data, "katie-sams")
        .posts
        .iter()
        .map(|p| {
            (
                p.organization.as_str(),
                p.role,
                p.title.as_ref().unwrap().as_str(),
            )
        })
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
    let data = data();
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
}

#[test]
fn kazakhstan_coordinates_the_military_political_dimension() {
    let data = data();
    for d in &data.dimensions {
        if d.id.as_str() == "cica-military-political" {
            assert_eq!(d.coordinators.len(), 1);
            let c = &d.coordinators[0];
            assert_eq!(c.country.as_str(), "KZ");
            assert_eq!(c.role, CoordinatorRole::Coordinator);
            assert_eq!(c.period.to_string(), "../..", "no period is known");
        } else {
            assert!(d.coordinators.is_empty(), "{}", d.id);
        }
    }
}

#[test]
fn the_iom_cica_mou_of_2008() {
    let data = data();
    let mou = &data.mous[0];
    assert_eq!(mou.id.as_str(), "iom-cica-mou-2008");
    let parties: Vec<&str> = mou.parties.iter().map(|p| p.as_str()).collect();
    assert_eq!(parties, ["iom", "cica"]);
    assert_eq!(mou.status, MouStatus::Signed);
    let signed = mou.signed.unwrap();
    assert_eq!(signed.to_string(), "2008");
    assert_eq!(signed.precision(), Precision::Year);
    assert!(mou.effective.is_none() && mou.expires.is_none() && mou.signed_at.is_none());
    assert!(mou.signatories.is_empty(), "the release names no signatory");
}

#[test]
fn the_iom_council_session() {
    let data = data();
    let session = meeting(&data, "iom-council-115");
    assert_eq!(session.title.as_str(), "115th Session of the IOM Council");
    assert_eq!(session.kind, MeetingKind::Session);
    assert_eq!(session.status, MeetingStatus::Held);
    assert_eq!(session.when.to_string(), VISIT);
    let location = session.location.as_ref().unwrap();
    assert_eq!(location.city.as_ref().unwrap().as_str(), "Geneva");
    assert_eq!(location.country.unwrap().as_str(), "CH");
    assert_eq!(
        sides(session),
        [
            (
                "organization:iom".to_owned(),
                None,
                ParticipantRole::Organizer
            ),
            (
                "organization:cica".to_owned(),
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
            .as_str()
            .contains("regular migration pathways in Asia")
    );
}

#[test]
fn the_visit() {
    let data = data();
    let visit = meeting(&data, "cica-sg-geneva-visit-2024-11");
    assert_eq!(visit.kind, MeetingKind::Visit);
    assert_eq!(visit.status, MeetingStatus::Held);
    assert_eq!(visit.when.to_string(), VISIT);
    assert_eq!(
        sides(visit),
        [(
            "organization:cica".to_owned(),
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
    let data = data();
    let ids: Vec<&str> = data
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Bilateral)
        .map(|m| m.id.as_str())
        .collect();
    let expected: Vec<&str> = BILATERALS.iter().map(|b| b.0).collect();
    assert_eq!(ids, expected);
    for (id, org, official, role, dimensions) in BILATERALS {
        let m = meeting(&data, id);
        assert_eq!(m.status, MeetingStatus::Held, "{id}");
        assert_eq!(m.when.to_string(), VISIT, "{id}: a range, never a day");
        assert_eq!(m.location.as_ref().unwrap().country.unwrap().as_str(), "CH");
        assert_eq!(
            sides(m),
            [
                (
                    "organization:cica".to_owned(),
                    Some("kairat-sarybay"),
                    ParticipantRole::DelegationHead
                ),
                (format!("organization:{org}"), Some(official), role),
            ],
            "{id}"
        );
        let dims: Vec<&str> = m.dimensions.iter().map(|d| d.as_str()).collect();
        assert_eq!(dims, dimensions, "{id}");
        assert!(!m.topics.is_empty(), "{id}");
        assert!(!m.outcomes.is_empty(), "{id}");
    }
}

#[test]
fn every_bilateral_is_part_of_the_visit() {
    let data = data();
    for (id, ..) in BILATERALS {
        let m = meeting(&data, id);
        let part_of: Vec<&str> = m
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::PartOf)
            .map(|r| r.meeting.as_str())
            .collect();
        assert_eq!(part_of, ["cica-sg-geneva-visit-2024-11"], "{id}");
    }
}

#[test]
fn only_the_iom_meeting_is_on_the_sidelines_of_the_council() {
    let data = data();
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
    let data = data();
    let pope = meeting(&data, "sarybay-pope-2024-11");
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
    let data = data();
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
        let got: Vec<OutcomeKind> = meeting(&data, id).outcomes.iter().map(|o| o.kind).collect();
        assert_eq!(got, kinds, "{id}");
    }
}

#[test]
fn the_environmental_conference_of_2024() {
    let data = data();
    let conference = meeting(&data, "cica-environmental-conference-2024");
    assert_eq!(conference.kind, MeetingKind::Conference);
    assert_eq!(conference.when.to_string(), "2024/2024");
    assert!(
        conference.location.is_none(),
        "the release does not say where"
    );
    assert_eq!(
        sides(conference),
        [(
            "organization:cica".to_owned(),
            None,
            ParticipantRole::Organizer
        )]
    );
    let dims: Vec<&str> = conference.dimensions.iter().map(|d| d.as_str()).collect();
    assert_eq!(dims, ["cica-environmental"]);
}

#[test]
fn the_annual_military_political_seminars() {
    let data = data();
    let seminars = meeting(&data, "cica-military-political-seminars");
    assert_eq!(seminars.kind, MeetingKind::Seminar);
    assert_eq!(seminars.recurrence, Some(Recurrence::Annual));
    assert_eq!(seminars.when.to_string(), "../..", "dates not known");
    assert!(seminars.location.is_none());
    assert_eq!(
        sides(seminars),
        [
            ("state:KZ".to_owned(), None, ParticipantRole::Organizer),
            (
                "organization:cica".to_owned(),
                None,
                ParticipantRole::Participant
            ),
        ]
    );
    let dims: Vec<&str> = seminars.dimensions.iter().map(|d| d.as_str()).collect();
    assert_eq!(dims, ["cica-military-political"]);
}

#[test]
fn no_day_is_invented() {
    // Every full date in the document is an end of the visit's range.
    let data = data();
    for m in &data.meetings {
        for end in [m.when.start(), m.when.end()].into_iter().flatten() {
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
