//! Three real reports as fixtures (`examples/data/`): an MoU signed on the sidelines of a
//! summit, a post left to an acting head and then filled, and a chairmanship handed over
//! twice. Each test pins facts the report gives and asks what a user would ask of them.

use multilateral::registry::{DateStatus, Scope};
use multilateral::{
    Coverage, Dataset, MeetingKind, MembershipStatus, OrganizationId, OutcomeKind, PostRole,
    Registry, ymd,
};

use crate::support::{chairs, heads};

const SPC: &str = include_str!("../../examples/data/spc-sprep-mou-2011.json");
const IAEA: &str = include_str!("../../examples/data/iaea-director-general-2019.json");
const ASEAN: &str = include_str!("../../examples/data/asean-chairmanship-2017-2020.json");

fn load(text: &str) -> Registry {
    let registry = Registry::from_json(text).expect("the fixture validates");
    assert!(registry.warnings().is_clean(), "{}", registry.warnings());
    registry
}

fn org<'r>(r: &'r Registry, id: &'static str) -> multilateral::registry::OrganizationRef<'r> {
    r.organization(&OrganizationId::from_static(id)).unwrap()
}

#[test]
fn every_record_of_the_reports_names_its_source() {
    for text in [SPC, IAEA, ASEAN] {
        let data = Dataset::from_json(text).unwrap();
        assert!(data.validate().is_clean());
        let unsourced: Vec<String> = data
            .organizations
            .iter()
            .filter(|o| o.sources.iter().all(|s| s.url.is_none()))
            .map(|o| o.id.to_string())
            .chain(
                data.officials
                    .iter()
                    .filter(|o| o.sources.iter().all(|s| s.url.is_none()))
                    .map(|o| o.id.to_string()),
            )
            .chain(
                data.meetings
                    .iter()
                    .filter(|m| m.sources.iter().all(|s| s.url.is_none()))
                    .map(|m| m.id.to_string()),
            )
            .chain(
                data.mous
                    .iter()
                    .filter(|m| m.sources.iter().all(|s| s.url.is_none()))
                    .map(|m| m.id.to_string()),
            )
            .collect();
        assert!(unsourced.is_empty(), "{unsourced:?}");
        // Each writes back as it was read.
        assert_eq!(data.to_json_pretty() + "\n", text);
    }
}

// --- SPC and SPREP sign an MoU (Solomon Times, September 2011) ------------------------------

#[test]
fn spc_and_sprep_signed_an_mou_on_the_sidelines_of_the_forum() {
    let r = load(SPC);
    let spc = org(&r, "spc");
    let between = spc.mous_with(org(&r, "sprep"), Scope::Exact);
    assert_eq!(between.len(), 1);
    let mou = between[0];
    assert_eq!(
        mou.signatories
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>(),
        ["jimmie-rodgers", "david-sheppard"]
    );
    // "Comes into effect immediately and will remain in force for a period of four years."
    assert_eq!(mou.effective.unwrap().to_string(), "2011-09");
    assert_eq!(mou.expires.unwrap().to_string(), "2015-09");
    let in_force = |d| {
        r.mous_in_force(d)
            .into_iter()
            .map(|(m, c)| (m.id.to_string(), c))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        in_force(ymd(2013, 6, 1)),
        [("spc-sprep-mou-2011".to_owned(), Coverage::Yes)]
    );
    assert!(in_force(ymd(2016, 1, 1)).is_empty());

    // Signed during the Smaller Island States leaders' meeting, itself held with the 42nd
    // Forum: the chain of meetings, from the signing up.
    let signing = r.meeting(&mou.signed_at.clone().unwrap()).unwrap();
    assert_eq!(signing.kind, MeetingKind::SigningCeremony);
    let forum = r.meeting(&"pif-leaders-42".parse().unwrap()).unwrap();
    let around: Vec<String> = forum
        .related(
            &[
                multilateral::RelationKind::PartOf,
                multilateral::RelationKind::SidelinesOf,
            ],
            multilateral::registry::Depth::Transitive,
        )
        .iter()
        .map(|x| x.meeting.id.to_string())
        .collect();
    assert_eq!(
        around,
        ["pif-sis-leaders-2011", "spc-sprep-mou-signing-2011"]
    );
    let sis = r.meeting(&"pif-sis-leaders-2011".parse().unwrap()).unwrap();
    assert_eq!(
        sis.session_of.as_ref().unwrap(),
        "pif-smaller-island-states"
    );
}

#[test]
fn the_forum_reappointed_its_secretary_general_for_three_years() {
    let r = load(SPC);
    let slade = r
        .official(&"tuiloma-neroni-slade".parse().unwrap())
        .unwrap();
    let second = &slade.posts[1];
    assert_eq!(second.term.unwrap().to_string(), "P3Y");
    let decided = r.meeting(second.decided_at.as_ref().unwrap()).unwrap();
    assert!(
        decided
            .outcomes
            .iter()
            .any(|o| o.kind == OutcomeKind::Appointed && o.official.as_ref() == Some(&slade.id))
    );
    // The second term began on a day the report does not give, not before the Forum.
    assert_eq!(
        heads(&r, "pif-secretariat", ymd(2012, 6, 1)),
        (
            DateStatus::Possible,
            vec![],
            vec!["tuiloma-neroni-slade".into(), "tuiloma-neroni-slade".into()]
        )
    );
}

#[test]
fn the_forums_associate_members_and_observers_are_attested_at_the_forum() {
    let r = load(SPC);
    let pif = org(&r, "pif");
    let associates = pif.members(MembershipStatus::AssociateMember, ymd(2011, 9, 7));
    assert_eq!(
        (associates.status, associates.definite.len()),
        (DateStatus::Known, 2)
    );
    // The day after, they may or may not still be: nothing says when they joined or left.
    let later = pif.members(MembershipStatus::AssociateMember, ymd(2012, 9, 7));
    assert_eq!(
        (later.status, later.possible.len()),
        (DateStatus::Possible, 2)
    );
}

// --- The IAEA's Director General: died in office, an acting head, then a new one (2019) ----

#[test]
fn the_iaea_was_headed_by_amano_then_an_acting_head_then_grossi() {
    let r = load(IAEA);
    assert_eq!(
        heads(&r, "iaea", ymd(2019, 6, 1)),
        (DateStatus::Known, vec!["yukiya-amano".into()], vec![])
    );
    // He died in July: only possibly head on a day of July.
    assert_eq!(
        heads(&r, "iaea", ymd(2019, 7, 10)),
        (
            DateStatus::Possible,
            vec![],
            vec!["yukiya-amano".into(), "cornel-feruta".into()]
        )
    );
    // Acting Director General on the day of the Board's ballot, as TASS reported it.
    assert_eq!(
        heads(&r, "iaea", ymd(2019, 10, 29)),
        (DateStatus::Known, vec!["cornel-feruta".into()], vec![])
    );
    assert_eq!(
        heads(&r, "iaea", ymd(2019, 12, 3)),
        (
            DateStatus::Known,
            vec!["rafael-grossi".into()],
            vec!["cornel-feruta".into()]
        )
    );
    // Appointed for four years from 3 December 2019, and still running as far as the
    // reports know.
    assert_eq!(
        heads(&r, "iaea", ymd(2023, 12, 2)),
        (DateStatus::Known, vec!["rafael-grossi".into()], vec![])
    );
    let feruta = r.official(&"cornel-feruta".parse().unwrap()).unwrap();
    assert!(feruta.posts[0].acting);
}

#[test]
fn grossis_appointment_was_decided_by_the_general_conference() {
    let r = load(IAEA);
    let grossi = r.official(&"rafael-grossi".parse().unwrap()).unwrap();
    let post = grossi
        .posts
        .iter()
        .find(|p| p.role == PostRole::Head)
        .unwrap();
    assert_eq!(post.term.unwrap().to_string(), "P4Y");
    let decided = r.meeting(post.decided_at.as_ref().unwrap()).unwrap();
    assert_eq!(
        decided.session_of.as_ref().unwrap(),
        "iaea-general-conference"
    );
    assert_eq!(decided.when.to_string(), "2019-12-02/2019-12-02");
    // The sessions of each body, by a scan of the records.
    let sessions_of = |body: &str| {
        r.dataset()
            .meetings
            .iter()
            .filter(|m| m.session_of.as_ref().is_some_and(|b| b == body))
            .count()
    };
    assert_eq!(sessions_of("iaea-board-of-governors"), 2);
    // The Board's ballot was a vote; its appointment, by acclamation.
    let methods: Vec<_> = ["iaea-bog-2019-10-29", "iaea-bog-2019-10-30"]
        .iter()
        .map(|id| r.meeting(&id.parse().unwrap()).unwrap().outcomes[0].method)
        .collect();
    assert_eq!(
        methods,
        [
            Some(multilateral::DecisionMethod::Vote),
            Some(multilateral::DecisionMethod::Acclamation)
        ]
    );
    assert_eq!(sessions_of("iaea-general-conference"), 1);
    // Every appointment and election concerns an official of the records.
    let concerned: Vec<&str> = r
        .dataset()
        .meetings
        .iter()
        .flat_map(|m| &m.outcomes)
        .filter(|o| matches!(o.kind, OutcomeKind::Appointed | OutcomeKind::Elected))
        .filter_map(|o| o.official.as_ref().map(|x| x.as_str()))
        .collect();
    assert_eq!(
        concerned,
        [
            "rafael-grossi",
            "rafael-grossi",
            "rafael-grossi",
            "kazem-gharibabadi"
        ]
    );
}

// --- ASEAN's chairmanship handed over: the Philippines, Singapore, Thailand, Vietnam --------

#[test]
fn asean_chairs_year_by_year_with_unknown_ends_closed_by_the_next_chair() {
    let r = load(ASEAN);
    // The Philippines chaired the 31st Summit, which closed on 14 November 2017.
    assert_eq!(
        chairs(&r, "asean", ymd(2017, 11, 14)),
        (DateStatus::Known, vec!["PH".into()], vec![])
    );
    // Its end is not given; Singapore's chairmanship, from January 2018, closes it.
    assert_eq!(
        chairs(&r, "asean", ymd(2017, 12, 20)),
        (DateStatus::Possible, vec![], vec!["PH".into()])
    );
    assert_eq!(
        chairs(&r, "asean", ymd(2018, 6, 1)),
        (DateStatus::Known, vec!["SG".into()], vec![])
    );
    // "Singapore's ASEAN Chairmanship ... will officially end on 31st December 2018."
    assert_eq!(
        chairs(&r, "asean", ymd(2018, 12, 31)),
        (DateStatus::Known, vec!["SG".into()], vec![])
    );
    assert_eq!(
        chairs(&r, "asean", ymd(2019, 6, 1)),
        (DateStatus::Possible, vec![], vec!["TH".into()])
    );
    // Attested in November 2019 (the handover at the 35th Summit): on some day of it, not
    // certainly on the last.
    assert_eq!(
        chairs(&r, "asean", ymd(2019, 11, 30)),
        (DateStatus::Possible, vec![], vec!["TH".into()])
    );
    // Vietnam took over formally on 1 January 2020; Thailand may have chaired until then.
    assert_eq!(
        chairs(&r, "asean", ymd(2020, 1, 1)),
        (DateStatus::Known, vec!["VN".into()], vec!["TH".into()])
    );
    assert_eq!(
        chairs(&r, "asean", ymd(2020, 3, 1)),
        (DateStatus::Known, vec!["VN".into()], vec![])
    );
}

#[test]
fn each_handover_is_a_ceremony_at_the_closing_of_a_summit() {
    let r = load(ASEAN);
    let asean = org(&r, "asean");
    for (chair, ceremony, summit) in [
        ("SG", "asean-chair-handover-2017", "asean-summit-31"),
        ("VN", "asean-chair-handover-2019", "asean-summit-35"),
    ] {
        let c = asean.chairs.iter().find(|c| c.country == chair).unwrap();
        assert_eq!(c.decided_at.as_ref().unwrap(), ceremony);
        let m = r.meeting(c.decided_at.as_ref().unwrap()).unwrap();
        assert_eq!(m.kind, MeetingKind::Ceremony);
        assert!(m.outcomes.iter().any(|o| o.kind == OutcomeKind::HandedOver));
        assert_eq!(m.relations[0].meeting, summit);
    }
    // The founding members, and Vietnam, which joined in 1995.
    let founding: Vec<String> = asean
        .members
        .iter()
        .filter(|m| m.founding)
        .map(|m| m.party.to_string())
        .collect();
    assert_eq!(founding.len(), 5);
    let in_1990 = asean.members(MembershipStatus::Member, ymd(1990, 1, 1));
    assert_eq!(in_1990.definite.len(), 5);
}

#[test]
fn the_new_secretary_general_is_certain_only_where_a_report_shows_him_in_office() {
    let r = load(ASEAN);
    // Appointed at the 31st Summit, to replace Le Luong Minh; his start is not given.
    assert_eq!(
        heads(&r, "asean", ymd(2017, 11, 14)),
        (
            DateStatus::Known,
            vec!["le-luong-minh".into()],
            vec!["lim-jock-hoi".into()]
        )
    );
    // He witnessed the handover at the CPR on 7 December 2018 as Secretary-General.
    assert_eq!(
        heads(&r, "asean", ymd(2018, 12, 7)),
        (
            DateStatus::Known,
            vec!["lim-jock-hoi".into()],
            vec!["le-luong-minh".into()]
        )
    );
    let cpr = chairs(&r, "asean-cpr", ymd(2018, 12, 7));
    assert_eq!(cpr, (DateStatus::Known, vec!["SG".into()], vec![]));
}
