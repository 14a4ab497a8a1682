//! The queries users asked for (issue 13): an organization's MoUs, and those in force with
//! another on a day; holders, chairs, members and posts across an organization's bodies; the
//! posts an official held on a day; counterparts and officials met in a period and at
//! meetings of some kinds; a state with its government bodies as one party; and the meeting
//! query's conditions on states, cities and MoUs, its limit, count and iterator.
//!
//! Exact answers on the fixtures first, then bad input (records of another registry,
//! periods in which nothing happens, organizations without bodies), then every query against
//! a scan of the records on generated datasets.

use std::collections::{BTreeSet, HashMap, HashSet};

use multilateral::registry::{
    Counterpart, DateStatus, Holding, InBody, OnDate, OrganizationRef, PostFilter, Scope,
    StateScope,
};
use multilateral::{
    Coverage, Dataset, Meeting, MeetingKind, MembershipStatus, Mou, MouStatus, NaiveDate,
    OrganizationKind, Party, Period, PostRole, Registry,
};
use multilateral_testkit::synth::{SynthConfig, generate};
use multilateral_testkit::tenure::{self, Days};
use proptest::prelude::*;
use serde_json::json;

use super::naive::{Args, Choices, args, org_tree, pick};
use super::{Answer, date_key, expected_on_date, held, in_date_order, shown, strangers};
use crate::support::{day, geneva_registry, ids, mou, official, org, period, registry};

/// A registry of one of the fixtures: an example's data, or a held-out report.
fn fixture(name: &str) -> Registry {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = [root.join("examples/data"), root.join("tests/data/held-out")]
        .into_iter()
        .map(|dir| dir.join(name))
        .find(|p| p.exists())
        .expect("a fixture");
    Registry::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn mou_ids(found: Vec<&Mou>) -> Vec<String> {
    found.iter().map(|m| m.id.to_string()).collect()
}

fn with_coverage(found: Vec<(&Mou, Coverage)>) -> Vec<(String, Coverage)> {
    found.iter().map(|(m, c)| (m.id.to_string(), *c)).collect()
}

/// A holding shown as (official, post title, where the post is filed).
fn filed(h: &Holding<'_>) -> (String, String, String) {
    (
        h.official.id().to_string(),
        h.post.title.as_deref().unwrap_or_default().to_owned(),
        h.organization.id().to_string(),
    )
}

/// An answer about bodies shown as (body, value).
fn in_body<T: ToString>(x: &InBody<'_, T>) -> (String, String) {
    (x.body.id().to_string(), x.value.to_string())
}

fn parties(found: &[Counterpart<'_>]) -> Vec<(String, u32)> {
    found
        .iter()
        .map(|c| (c.party.to_string(), c.meetings))
        .collect()
}

fn s(x: &str) -> String {
    x.to_owned()
}

// --- Exact answers on the fixtures ------------------------------------------------------------

#[test]
fn the_mous_of_an_organization_with_and_without_its_bodies() {
    let r = geneva_registry();
    let organization = |id: &'static str| r.organization(&org(id)).unwrap();
    for id in ["cica", "iom"] {
        for scope in [Scope::Exact, Scope::WithSubBodies] {
            assert_eq!(
                mou_ids(organization(id).mous(scope)),
                ["iom-cica-mou-2008"],
                "{id} {scope:?}"
            );
        }
    }
    assert!(
        organization("cica-secretariat")
            .mous(Scope::Exact)
            .is_empty()
    );
    assert!(organization("un").mous(Scope::WithSubBodies).is_empty());

    let spc = fixture("spc-sprep-mou-2011.json");
    let spc_org = spc.organization(&org("spc")).unwrap();
    assert_eq!(
        mou_ids(spc_org.mous(Scope::WithSubBodies)),
        ["spc-sprep-mou-2011"]
    );
    // The Forum Secretariat attended the signing but is no party.
    let pif = spc.organization(&org("pif")).unwrap();
    assert!(pif.mous(Scope::WithSubBodies).is_empty());
}

#[test]
fn a_body_party_to_an_mou_makes_it_its_organizations_once() {
    let r = registry(json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "intergovernmental"},
            {"id": "a-sec", "name": "A Secretariat", "kind": "secretariat", "parent": "a"},
            {"id": "a-sec-unit", "name": "A unit", "kind": "other", "parent": "a-sec"},
            {"id": "b", "name": "B", "kind": "ngo"}],
        "mous": [
            {"id": "both", "title": "U", "parties": ["a", "a-sec-unit", "b"], "status": "in-force", "signed": "2020-01-01"},
            {"id": "inner", "title": "U", "parties": ["a", "a-sec"], "status": "in-force", "signed": "2020-01-01"},
            {"id": "unit", "title": "U", "parties": ["a-sec-unit", "b"], "status": "signed", "signed": "2021"}]
    }));
    let a = r.organization(&org("a")).unwrap();
    assert_eq!(mou_ids(a.mous(Scope::Exact)), ["both", "inner"]);
    assert_eq!(
        mou_ids(a.mous(Scope::WithSubBodies)),
        ["both", "inner", "unit"]
    );
    let b = r.organization(&org("b")).unwrap();
    // Between A (with its bodies) and B: "inner" binds A's bodies to each other only.
    assert_eq!(
        with_coverage(a.mous_in_force_with(b, Scope::WithSubBodies, day("2022-06-01"))),
        [(s("both"), Coverage::Yes), (s("unit"), Coverage::Possibly)]
    );
    assert_eq!(
        with_coverage(a.mous_in_force_with(b, Scope::Exact, day("2022-06-01"))),
        [(s("both"), Coverage::Yes)]
    );
    // Before any took effect, none; the side asked from does not matter.
    assert!(
        a.mous_in_force_with(b, Scope::WithSubBodies, day("2019-12-31"))
            .is_empty()
    );
    assert_eq!(
        with_coverage(b.mous_in_force_with(a, Scope::WithSubBodies, day("2020-01-01"))),
        [(s("both"), Coverage::Yes)]
    );
}

#[test]
fn the_spc_sprep_mou_is_in_force_from_september_2011_to_september_2015() {
    let r = fixture("spc-sprep-mou-2011.json");
    let (spc, sprep) = (
        r.organization(&org("spc")).unwrap(),
        r.organization(&org("sprep")).unwrap(),
    );
    let on = |d: &str| with_coverage(spc.mous_in_force_with(sprep, Scope::Exact, day(d)));
    let mou = s("spc-sprep-mou-2011");
    assert!(on("2011-08-31").is_empty());
    // Effective "2011-09": some day in September, certain from its last.
    assert_eq!(on("2011-09-15"), [(mou.clone(), Coverage::Possibly)]);
    assert_eq!(on("2013-01-01"), [(mou.clone(), Coverage::Yes)]);
    assert_eq!(on("2015-09-15"), [(mou.clone(), Coverage::Possibly)]);
    assert!(on("2015-10-01").is_empty());
    // Agrees with the registry-wide question.
    for d in ["2011-09-15", "2013-01-01", "2015-10-01"] {
        assert_eq!(on(d), with_coverage(r.mous_in_force(day(d))), "{d}");
    }
}

#[test]
fn who_heads_an_organization_whose_head_is_filed_at_its_secretariat() {
    let head = PostFilter::Role(PostRole::Head);
    let r = geneva_registry();
    let cica = r.organization(&org("cica")).unwrap();
    let d = day("2024-11-26");
    assert_eq!(
        cica.holders_within(head, d, Scope::Exact),
        cica.holders(head, d)
    );
    assert_eq!(cica.holders(head, d).status, DateStatus::Unknown);
    let heads = cica.holders_within(head, d, Scope::WithSubBodies);
    assert_eq!(heads.status, DateStatus::Possible);
    let who: Vec<_> = heads.possible.iter().map(filed).collect();
    assert_eq!(
        who,
        [(
            s("kairat-sarybay"),
            s("Secretary General"),
            s("cica-secretariat")
        )]
    );

    // The 2022 summit renamed the post: both answer on the day of the change.
    let r = fixture("cica-secretary-general-2022.json");
    let cica = r.organization(&org("cica")).unwrap();
    let on = |d: &str| {
        shown(
            cica.holders_within(head, day(d), Scope::WithSubBodies),
            filed,
        )
    };
    let ed = (
        s("kairat-sarybai"),
        s("Executive Director"),
        s("cica-secretariat"),
    );
    let sg = (
        s("kairat-sarybai"),
        s("Secretary General"),
        s("cica-secretariat"),
    );
    assert_eq!(
        on("2022-10-13"),
        (DateStatus::Known, vec![ed.clone(), sg.clone()], vec![])
    );
    assert_eq!(on("2023-01-01"), (DateStatus::Known, vec![sg], vec![]));
    assert_eq!(on("2020-01-01"), (DateStatus::Possible, vec![], vec![ed]));
    let by_title = cica.holders_within(
        PostFilter::Title("secretary-general"),
        day("2023-01-01"),
        Scope::WithSubBodies,
    );
    assert_eq!(by_title.definite.len(), 1);

    // Thomas Greminger headed the OSCE Secretariat from 2017-07-18 to 2020-07-18.
    let r = fixture("osce-secretary-general-2017-2020.json");
    let osce = r.organization(&org("osce")).unwrap();
    let on = |d: &str| {
        shown(
            osce.holders_within(head, day(d), Scope::WithSubBodies),
            filed,
        )
    };
    let greminger = (
        s("thomas-greminger"),
        s("Secretary General"),
        s("osce-secretariat"),
    );
    assert_eq!(
        on("2019-01-01"),
        (DateStatus::Known, vec![greminger.clone()], vec![])
    );
    assert_eq!(
        on("2020-07-18"),
        (DateStatus::Known, vec![greminger], vec![])
    );
    // After the one term recorded: not a vacancy, just not known.
    assert_eq!(on("2021-01-01"), (DateStatus::Unknown, vec![], vec![]));
    assert_eq!(
        osce.holders_within(head, day("2019-01-01"), Scope::Exact)
            .status,
        DateStatus::Unknown
    );
}

#[test]
fn the_chairs_of_asean_and_its_committee_of_permanent_representatives() {
    let r = fixture("asean-chairmanship-2017-2020.json");
    let asean = r.organization(&org("asean")).unwrap();
    let on = |d: &str, scope| shown(asean.chair_within(day(d), scope), in_body);
    // The committee's chair is dated by the year only: certain on its last day.
    assert_eq!(
        on("2018-06-01", Scope::WithSubBodies),
        (
            DateStatus::Known,
            vec![(s("asean"), s("SG"))],
            vec![(s("asean-cpr"), s("SG"))]
        )
    );
    assert_eq!(
        on("2018-12-31", Scope::WithSubBodies),
        (
            DateStatus::Known,
            vec![(s("asean"), s("SG")), (s("asean-cpr"), s("SG"))],
            vec![]
        )
    );
    assert_eq!(
        on("2018-06-01", Scope::Exact),
        (DateStatus::Known, vec![(s("asean"), s("SG"))], vec![])
    );
    // Thailand took the chair in 2019, on a day the records do not give.
    assert_eq!(
        on("2019-06-01", Scope::WithSubBodies),
        (
            DateStatus::Possible,
            vec![],
            vec![(s("asean"), s("TH")), (s("asean-cpr"), s("TH"))]
        )
    );
    // With no body in scope, the answer is chair's.
    let exact = asean.chair_within(day("2020-03-01"), Scope::Exact);
    let chair = asean.chair(day("2020-03-01"));
    assert_eq!(exact.status, chair.status);
    let countries: Vec<_> = exact.definite.iter().map(|x| x.value).collect();
    assert_eq!(countries, chair.definite);

    let members = asean.members_within(
        MembershipStatus::Member,
        day("2000-01-01"),
        Scope::WithSubBodies,
    );
    assert_eq!(members.status, DateStatus::Known);
    let states: Vec<_> = members.definite.iter().map(in_body).collect();
    assert_eq!(
        states,
        ["ID", "SG", "TH", "PH", "MY", "VN"].map(|c| (s("asean"), format!("state {c}")))
    );
    // Before Viet Nam joined in 1995, on a day not given.
    let members = asean.members_within(
        MembershipStatus::Member,
        day("1995-06-01"),
        Scope::WithSubBodies,
    );
    assert_eq!(members.definite.len(), 5);
    assert_eq!(members.possible.len(), 1);

    // The Pacific Islands Forum's associate members, attested on the day of the 2011 summit.
    let r = fixture("spc-sprep-mou-2011.json");
    let pif = r.organization(&org("pif")).unwrap();
    let associates = pif.members_within(
        MembershipStatus::AssociateMember,
        day("2011-09-07"),
        Scope::WithSubBodies,
    );
    assert_eq!(associates.status, DateStatus::Known);
    assert_eq!(associates.definite.len(), 2);
}

#[test]
fn the_posts_of_an_official_and_of_an_organization_on_a_day() {
    let r = fixture("iaea-director-general-2019.json");
    let grossi = r.official(&official("rafael-grossi")).unwrap();
    let on = |d: &str| shown(grossi.posts_on(day(d)), filed);
    let mission = (
        s("rafael-grossi"),
        s("Permanent Representative"),
        s("ar-mission-vienna"),
    );
    let dg = (s("rafael-grossi"), s("Director General"), s("iaea"));
    assert_eq!(
        on("2019-10-29"),
        (DateStatus::Known, vec![mission.clone()], vec![])
    );
    // He left the mission on or before the day he took office.
    assert_eq!(
        on("2019-12-03"),
        (DateStatus::Known, vec![dg.clone()], vec![mission])
    );
    assert_eq!(on("2023-12-02"), (DateStatus::Known, vec![dg], vec![]));

    let iaea = r.organization(&org("iaea")).unwrap();
    let heads = |d: &str| {
        shown(iaea.posts_on(day(d), Scope::WithSubBodies), |h| {
            h.official.id().to_string()
        })
    };
    // Between Amano's death and Grossi's taking office, the acting Director General.
    assert_eq!(
        heads("2019-10-29"),
        (DateStatus::Known, vec![s("cornel-feruta")], vec![])
    );
    assert_eq!(
        heads("2015-01-01"),
        (DateStatus::Known, vec![s("yukiya-amano")], vec![])
    );
    // The organization's posts by role, official and post; one official's by their record.
    let g = geneva_registry();
    let hd = g.organization(&org("hd-centre")).unwrap();
    let titles = shown(hd.posts_on(day("2024-11-26"), Scope::Exact), filed);
    assert_eq!(titles.0, DateStatus::Possible);
    assert_eq!(
        titles.2.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        ["Deputy Executive Director", "Chief Operating Officer"]
    );
    let sams = g.official(&official("katie-sams")).unwrap();
    assert_eq!(shown(sams.posts_on(day("2024-11-26")), filed), titles);
    // An official without posts.
    let r = registry(json!({"officials": [{"id": "x", "name": "X"}]}));
    let x = r.official(&official("x")).unwrap();
    assert_eq!(
        shown(x.posts_on(day("2024-01-01")), filed),
        (DateStatus::Unknown, vec![], vec![])
    );
}

#[test]
fn bilateral_counterparts_leave_out_everyone_else_at_a_summit() {
    let r = fixture("asean-chairmanship-2017-2020.json");
    let sg = r.state("SG".parse().unwrap());
    let all = Period::unknown();
    // Singapore met the Philippines at the summit and at the handover.
    assert_eq!(
        parties(&sg.counterparts_during(&all, &[], StateScope::Exact)),
        [(s("state PH"), 2), (s("organization asean"), 1)]
    );
    assert_eq!(
        parties(&sg.counterparts_during(&all, &[MeetingKind::Ceremony], StateScope::Exact)),
        [(s("state PH"), 1)]
    );
    // With its mission to ASEAN, Singapore also met Thailand's at the 2018 handover.
    assert_eq!(
        parties(&sg.counterparts_during(&all, &[], StateScope::WithGovernment)),
        [
            (s("organization asean"), 2),
            (s("state PH"), 2),
            (s("organization th-mission-asean"), 1)
        ]
    );
    assert_eq!(
        parties(&sg.counterparts_during(
            &period("2018/2018"),
            &[MeetingKind::Ceremony, MeetingKind::Summit],
            StateScope::WithGovernment
        )),
        [
            (s("organization asean"), 1),
            (s("organization th-mission-asean"), 1)
        ]
    );
    let asean = r.organization(&org("asean")).unwrap();
    assert_eq!(
        parties(&asean.counterparts_during(
            &period("2019/2019"),
            &[MeetingKind::Summit],
            Scope::Exact
        )),
        [(s("state TH"), 1), (s("state VN"), 1)]
    );

    let g = geneva_registry();
    let cica = g.organization(&org("cica")).unwrap();
    let november = period("2024-11/2024-11");
    let bilateral = cica.counterparts_during(&november, &[MeetingKind::Bilateral], Scope::Exact);
    assert_eq!(
        parties(&bilateral),
        [
            "iom",
            "unog",
            "ilo",
            "unrisd",
            "un-water",
            "icrc",
            "gcsp",
            "hd-centre"
        ]
        .map(|o| (format!("organization {o}"), 1))
    );
    assert_eq!(bilateral[0].first.id, "sarybay-pope-2024-11");
    // Over all time and kinds, the answer is counterparts'.
    assert_eq!(
        parties(&cica.counterparts_during(&Period::unknown(), &[], Scope::Exact)),
        parties(&cica.counterparts())
    );
    let sarybay = g.official(&official("kairat-sarybay")).unwrap();
    let met = sarybay.met_during(&november, &[MeetingKind::Bilateral]);
    assert_eq!(met.len(), 8);
    assert_eq!(met[0].official.id(), "amy-pope");
    assert_eq!(
        sarybay.met_during(&Period::unknown(), &[]).len(),
        sarybay.met().len()
    );
    assert!(
        sarybay
            .met_during(&period("2023/2023"), &[MeetingKind::Bilateral])
            .is_empty()
    );
}

#[test]
fn an_organization_and_its_bodies_as_one_party() {
    let r = fixture("spc-sprep-mou-2011.json");
    let pif = r.organization(&org("pif")).unwrap();
    let all = Period::unknown();
    // The Forum itself met New Zealand and its own Secretariat at the leaders' meeting.
    assert_eq!(
        parties(&pif.counterparts_during(&all, &[], Scope::Exact)),
        [(s("organization pif-secretariat"), 1), (s("state NZ"), 1)]
    );
    // With its bodies it is one party: the leaders' meeting, where the Forum and its
    // Secretariat both took part, counts once and the Secretariat is no counterpart; the
    // signing, where only its bodies took part, counts as the Forum's.
    let with_bodies = pif.counterparts_during(&all, &[], Scope::WithSubBodies);
    assert_eq!(
        parties(&with_bodies),
        [
            (s("organization spc"), 1),
            (s("organization sprep"), 1),
            (s("state NZ"), 1)
        ]
    );
    assert_eq!(with_bodies[0].first.id, "spc-sprep-mou-signing-2011");
    assert_eq!(with_bodies[2].last.id, "pif-leaders-42");
    assert_eq!(
        parties(&pif.counterparts_during(&all, &[MeetingKind::Summit], Scope::WithSubBodies)),
        [(s("state NZ"), 1)]
    );
    assert!(
        pif.counterparts_during(&period("2012/2012"), &[], Scope::WithSubBodies)
            .is_empty()
    );
    // A body's own bodies are none: both scopes give its counterparts, its parent among them.
    let secretariat = r.organization(&org("pif-secretariat")).unwrap();
    assert_eq!(
        parties(&secretariat.counterparts_during(&all, &[], Scope::WithSubBodies)),
        parties(&secretariat.counterparts_during(&all, &[], Scope::Exact))
    );
    assert_eq!(
        parties(&secretariat.counterparts_during(&all, &[], Scope::Exact))[0],
        (s("organization pif"), 1)
    );

    // The UN took part in nothing itself; its offices in Geneva met CICA three times.
    let g = geneva_registry();
    let un = g.organization(&org("un")).unwrap();
    let november = period("2024-11/2024-11");
    assert!(
        un.counterparts_during(&november, &[], Scope::Exact)
            .is_empty()
    );
    assert_eq!(
        parties(&un.counterparts_during(
            &november,
            &[MeetingKind::Bilateral],
            Scope::WithSubBodies
        )),
        [(s("organization cica"), 3)]
    );
    // And CICA met each of them once.
    let cica = g.organization(&org("cica")).unwrap();
    let met = parties(&cica.counterparts_during(&november, &[], Scope::WithSubBodies));
    for body in ["unog", "unrisd", "un-water"] {
        assert!(met.contains(&(format!("organization {body}"), 1)), "{body}");
    }
}

#[test]
fn a_state_and_its_government_bodies_as_one_party() {
    let r = fixture("asean-chairmanship-2017-2020.json");
    let sg = r.state("SG".parse().unwrap());
    let bodies: Vec<_> = sg.government().iter().map(|o| o.id().to_string()).collect();
    assert_eq!(bodies, ["sg-prime-ministers-office", "sg-mission-asean"]);
    let all = Period::unknown();
    assert_eq!(
        ids(sg.meetings_within(&all, StateScope::WithGovernment)),
        [
            "asean-summit-31",
            "asean-chair-handover-2017",
            "asean-cpr-handover-2018"
        ]
    );
    assert_eq!(
        ids(sg.meetings_within(&all, StateScope::Exact)),
        ids(sg.meetings(&all))
    );
    let ceremonies = r
        .meetings()
        .involving_state(sg, StateScope::WithGovernment)
        .of_kind(MeetingKind::Ceremony)
        .run();
    assert_eq!(
        ids(ceremonies),
        ["asean-chair-handover-2017", "asean-cpr-handover-2018"]
    );
    // Brunei's ministry took part in nothing; Brunei as a state in nothing either.
    let bn = r.state("BN".parse().unwrap());
    assert_eq!(bn.government().len(), 1);
    assert!(
        bn.meetings_within(&all, StateScope::WithGovernment)
            .is_empty()
    );
    assert!(
        bn.counterparts_during(&all, &[], StateScope::WithGovernment)
            .is_empty()
    );

    // A national NGO that gives its country is not the state's government; a body below a
    // ministry is.
    let r = registry(json!({
        "organizations": [
            {"id": "mfa", "name": "Ministry", "kind": "government", "country": "KZ"},
            {"id": "mfa-dept", "name": "Department", "kind": "other", "parent": "mfa"},
            {"id": "ngo", "name": "NGO", "kind": "ngo", "country": "KZ"},
            {"id": "x", "name": "X", "kind": "intergovernmental"}],
        "meetings": [
            {"id": "m1", "title": "T", "kind": "bilateral", "status": "held", "when": {"start": "2024-01-01", "end": "2024-01-01"},
             "participants": [{"organization": "mfa-dept", "role": "host"}, {"organization": "x", "role": "guest"}]},
            {"id": "m2", "title": "T", "kind": "bilateral", "status": "held", "when": {"start": "2024-01-02", "end": "2024-01-02"},
             "participants": [{"organization": "ngo", "role": "host"}, {"organization": "x", "role": "guest"}]},
            {"id": "m3", "title": "T", "kind": "summit", "status": "held", "when": {"start": "2024-01-03", "end": "2024-01-03"},
             "participants": [{"state": "KZ", "role": "host"}, {"organization": "mfa", "role": "participant"},
                              {"organization": "x", "role": "guest"}]}]
    }));
    let kz = r.state("KZ".parse().unwrap());
    let bodies: Vec<_> = kz.government().iter().map(|o| o.id().to_string()).collect();
    assert_eq!(bodies, ["mfa", "mfa-dept"]);
    assert_eq!(
        ids(kz.meetings_within(&Period::unknown(), StateScope::WithGovernment)),
        ["m1", "m3"]
    );
    // One party: m3 counts once, and the ministry is no counterpart of its state.
    assert_eq!(
        parties(&kz.counterparts_during(&Period::unknown(), &[], StateScope::WithGovernment)),
        [(s("organization x"), 2)]
    );
    assert_eq!(
        parties(&kz.counterparts_during(&Period::unknown(), &[], StateScope::Exact)),
        [(s("organization mfa"), 1), (s("organization x"), 1)]
    );
    assert_eq!(
        r.meetings()
            .involving_state(kz, StateScope::WithGovernment)
            .count(),
        2
    );
}

#[test]
fn the_meeting_query_by_state_city_and_mou_with_limit_count_and_iterator() {
    let r = fixture("spc-sprep-mou-2011.json");
    let signed = r.mou(&mou("spc-sprep-mou-2011")).unwrap();
    assert_eq!(
        ids(r.meetings().invoking(signed).run()),
        ["spc-sprep-mou-signing-2011"]
    );
    // Cities are folded as names are.
    let auckland = r.meetings().in_city("AUCKLAND").run();
    assert_eq!(
        ids(auckland),
        [
            "pif-sis-leaders-2011",
            "spc-sprep-mou-signing-2011",
            "pif-leaders-42"
        ]
    );
    assert_eq!(r.meetings().in_city("Auckland").count(), 3);
    assert_eq!(r.meetings().in_city("Wellington").count(), 0);
    let nz = r.state("NZ".parse().unwrap());
    assert_eq!(
        ids(r
            .meetings()
            .involving_state(nz, StateScope::Exact)
            .in_city("Auckland")
            .run()),
        ["pif-leaders-42"]
    );
    // The first meetings in date order, read one by one.
    let all = r.meetings().run();
    for n in 0..=4 {
        let first = r.meetings().limit(n).run();
        assert_eq!(ids(first), ids(all.iter().copied().take(n)), "{n}");
        assert_eq!(r.meetings().limit(n).count(), n.min(all.len()));
    }
    assert_eq!(r.meetings().limit(5).limit(1).count(), 1);
    let mut found = r.meetings().in_city("Auckland").iter();
    assert_eq!(
        found.next().map(|m| m.id.as_str()),
        Some(all[0].id.as_str())
    );
    assert_eq!(found.by_ref().count(), 2);
    assert!(found.next().is_none());

    let g = geneva_registry();
    let geneva = g
        .meetings()
        .in_city("Geneva")
        .of_kind(MeetingKind::Bilateral)
        .during(&period("2024-11-26/2024-11-26"));
    assert_eq!(geneva.clone().count(), 8);
    assert_eq!(ids(geneva.clone().iter()), ids(geneva.run()));
}

// --- Bad input ----------------------------------------------------------------------------

#[test]
fn records_of_another_registry_and_periods_in_which_nothing_happened() {
    let r = geneva_registry();
    let other = strangers();
    let cica = r.organization(&org("cica")).unwrap();
    let nowhere = other.organization(&org("nowhere")).unwrap();
    assert!(
        cica.mous_in_force_with(nowhere, Scope::WithSubBodies, day("2024-01-01"))
            .is_empty()
    );
    // The same id in another registry is the same record.
    let g = geneva_registry();
    let iom_elsewhere = g.organization(&org("iom")).unwrap();
    assert_eq!(
        with_coverage(cica.mous_in_force_with(iom_elsewhere, Scope::Exact, day("2024-01-01"))),
        [(s("iom-cica-mou-2008"), Coverage::Possibly)]
    );
    let stranger_mou = other.mou(&mou("nowhere")).unwrap();
    assert_eq!(r.meetings().invoking(stranger_mou).count(), 0);
    assert!(r.meetings().invoking(stranger_mou).run().is_empty());
    // A state is a country code: another registry's is the same state here.
    let kz = other.state("KZ".parse().unwrap());
    assert_eq!(
        ids(r
            .meetings()
            .involving_state(kz, StateScope::WithGovernment)
            .run()),
        ["cica-military-political-seminars"]
    );
    // A city no meeting was held in, two periods that do not meet, a limit of none.
    assert_eq!(r.meetings().in_city("").count(), 0);
    let disjoint = r
        .meetings()
        .during(&period("2024-11-25/2024-11-25"))
        .during(&period("2024-12/2024-12"));
    assert_eq!(disjoint.count(), 0);
    assert!(r.meetings().limit(0).run().is_empty());
    // A period that ends before it begins is refused when made.
    assert!("2025/2024".parse::<Period>().is_err());
    // A period in which nothing is recorded (the seminars' dates are unknown, so they may
    // lie in any period: ask of bilateral meetings).
    let empty = period("1990/1991");
    assert!(
        cica.counterparts_during(&empty, &[MeetingKind::Bilateral], Scope::Exact)
            .is_empty()
    );
    let sarybay = r.official(&official("kairat-sarybay")).unwrap();
    assert!(sarybay.met_during(&empty, &[]).is_empty());
    assert!(
        r.state("CH".parse().unwrap())
            .meetings_within(&empty, StateScope::WithGovernment)
            .is_empty()
    );
    // A day before anything was held: the seminars, undated, are still possible.
    let before = cica.posts_on(day("1900-01-01"), Scope::WithSubBodies);
    assert_eq!(before.status, DateStatus::Possible);
}

#[test]
fn an_organization_without_bodies_answers_the_same_in_both_scopes() {
    let r = geneva_registry();
    let d = day("2024-11-26");
    for o in r.organizations().filter(|o| o.sub_bodies().len() == 0) {
        let head = PostFilter::Role(PostRole::Head);
        assert_eq!(
            o.holders_within(head, d, Scope::WithSubBodies),
            o.holders(head, d),
            "{}",
            o.id()
        );
        assert_eq!(o.mous(Scope::WithSubBodies), o.mous(Scope::Exact));
        let all = Period::unknown();
        assert_eq!(
            o.counterparts_during(&all, &[], Scope::WithSubBodies),
            o.counterparts_during(&all, &[], Scope::Exact)
        );
        assert_eq!(
            o.posts_on(d, Scope::WithSubBodies),
            o.posts_on(d, Scope::Exact)
        );
        assert_eq!(
            o.chair_within(d, Scope::WithSubBodies),
            o.chair_within(d, Scope::Exact)
        );
        assert_eq!(
            o.members_within(MembershipStatus::Member, d, Scope::WithSubBodies),
            o.members_within(MembershipStatus::Member, d, Scope::Exact)
        );
    }
}

// --- Against a scan of the records --------------------------------------------------------

/// An organization and the bodies below it, breadth first, each level in document order.
fn bodies_breadth_first<'a>(data: &'a Dataset, root: &'a str, scope: Scope) -> Vec<&'a str> {
    let mut out = vec![root];
    if scope == Scope::Exact {
        return out;
    }
    let mut i = 0;
    while let Some(&at) = out.get(i) {
        out.extend(
            data.organizations
                .iter()
                .filter(|o| o.parent.as_ref().is_some_and(|p| p == at))
                .map(|o| o.id.as_str()),
        );
        i += 1;
    }
    out
}

/// The ids of the state's government bodies and the bodies below them.
fn government(data: &Dataset, code: multilateral::CountryCode) -> HashSet<&str> {
    data.organizations
        .iter()
        .filter(|o| o.kind == OrganizationKind::Government && o.country == Some(code))
        .flat_map(|o| org_tree(data, o.id.as_str(), Scope::WithSubBodies))
        .collect()
}

/// Whether a party is the state, or (with its government) one of its government bodies.
fn is_state<'a>(
    data: &'a Dataset,
    code: multilateral::CountryCode,
    scope: StateScope,
) -> impl Fn(&Party) -> bool + 'a {
    let bodies = match scope {
        StateScope::WithGovernment => government(data, code),
        _ => HashSet::new(),
    };
    move |p| match p {
        Party::State(c) => *c == code,
        Party::Organization(o) => bodies.contains(o.as_str()),
        _ => false,
    }
}

/// The kinds of meeting a run asks about: any, the run's kind, or two.
fn kinds_of(a: &Args, c: &Choices) -> Vec<MeetingKind> {
    match a.query_mask % 3 {
        0 => vec![],
        1 => vec![c.kind],
        _ => vec![MeetingKind::Bilateral, MeetingKind::Summit],
    }
}

/// The counterparts of the party `me` accepts in the meetings `keep` accepts, by a scan:
/// as (party, meetings, first, last), ordered as the registry orders them.
fn scan_counterparts_where(
    data: &Dataset,
    me: &dyn Fn(&Party) -> bool,
    keep: &dyn Fn(&Meeting) -> bool,
) -> Vec<(String, u32, String, String)> {
    let position = |p: &Party| match p {
        Party::Organization(id) => (
            0,
            data.organizations.iter().position(|o| o.id == *id).unwrap(),
            String::new(),
        ),
        Party::State(code) => (1, 0, code.to_string()),
        _ => unreachable!("a party is an organization or a state"),
    };
    let mut stats: Vec<(Party, u32, usize, usize)> = Vec::new();
    for (i, m) in data.meetings.iter().enumerate() {
        let present: BTreeSet<&Party> = m.participants.iter().map(|p| &p.party).collect();
        if !keep(m) || !present.iter().any(|p| me(p)) {
            continue;
        }
        for other in present.into_iter().filter(|p| !me(p)) {
            match stats.iter_mut().find(|x| x.0 == *other) {
                Some(x) => {
                    x.1 += 1;
                    x.2 = std::cmp::min_by_key(x.2, i, |&y| date_key(data, y));
                    x.3 = std::cmp::max_by_key(x.3, i, |&y| date_key(data, y));
                }
                None => stats.push((other.clone(), 1, i, i)),
            }
        }
    }
    stats.sort_by_key(|(p, n, _, _)| (std::cmp::Reverse(*n), position(p)));
    let id = |i: usize| data.meetings[i].id.to_string();
    stats
        .into_iter()
        .map(|(p, n, f, l)| (p.to_string(), n, id(f), id(l)))
        .collect()
}

fn shown_counterparts(found: Vec<Counterpart<'_>>) -> Vec<(String, u32, String, String)> {
    found
        .into_iter()
        .map(|c| {
            (
                c.party.to_string(),
                c.meetings,
                c.first.id.to_string(),
                c.last.id.to_string(),
            )
        })
        .collect()
}

/// Whether an MoU may be in force on a day, from its dates and status.
fn scan_in_force(m: &Mou, d: NaiveDate) -> Coverage {
    if m.status == MouStatus::Draft {
        return Coverage::No;
    }
    let Ok(p) = Period::new(m.effective.or(m.signed), m.expires) else {
        return Coverage::No;
    };
    let sure =
        m.status == MouStatus::InForce || (m.status == MouStatus::Expired && m.expires.is_some());
    match p.covers(d) {
        Coverage::Yes if !sure => Coverage::Possibly,
        c => c,
    }
}

fn check_mous(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let (Some(x), Some(y)) = (
        pick(&data.organizations, a.org),
        pick(&data.organizations, a.other),
    ) else {
        return;
    };
    let tx = org_tree(data, x.id.as_str(), c.scope);
    let want: Vec<&str> = data
        .mous
        .iter()
        .filter(|m| m.parties.iter().any(|p| tx.contains(p.as_str())))
        .map(|m| m.id.as_str())
        .collect();
    let hx = r.organization(&x.id).unwrap();
    let got: Vec<&str> = hx.mous(c.scope).iter().map(|m| m.id.as_str()).collect();
    assert_eq!(got, want, "mous of {} ({:?})", x.id, c.scope);

    let ty = org_tree(data, y.id.as_str(), c.scope);
    let want: Vec<(&str, Coverage)> = data
        .mous
        .iter()
        .filter(|m| {
            m.parties.iter().any(|p| {
                tx.contains(p.as_str())
                    && m.parties.iter().any(|q| q != p && ty.contains(q.as_str()))
            })
        })
        .map(|m| (m.id.as_str(), scan_in_force(m, a.day)))
        .filter(|&(_, cov)| cov != Coverage::No)
        .collect();
    let hy = r.organization(&y.id).unwrap();
    let got: Vec<(&str, Coverage)> = hx
        .mous_in_force_with(hy, c.scope, a.day)
        .into_iter()
        .map(|(m, cov)| (m.id.as_str(), cov))
        .collect();
    assert_eq!(
        got, want,
        "mous of {} and {} in force on {}",
        x.id, y.id, a.day
    );
}

/// The posts filed at one body that `keep` accepts, with their days, in the registry's
/// order for a body: by role when `by_role`, then official, then post.
fn posts_of_body(
    data: &Dataset,
    body: &str,
    keep: &dyn Fn(&multilateral::Post) -> bool,
    by_role: bool,
) -> Vec<((String, usize), Days)> {
    let mut found: Vec<(usize, usize, usize, Days)> = Vec::new();
    for (i, o) in data.officials.iter().enumerate() {
        for (j, p) in o.posts.iter().enumerate() {
            if p.organization == body && keep(p) {
                let role = if by_role {
                    PostRole::ALL.iter().position(|x| *x == p.role).unwrap()
                } else {
                    0
                };
                let days = tenure::holding_days(&p.period, p.term, &p.attested);
                found.push((role, i, j, days));
            }
        }
    }
    found.sort_by_key(|&(role, i, j, _)| (role, i, j));
    found
        .into_iter()
        .map(|(_, i, j, d)| ((data.officials[i].id.to_string(), j), d))
        .collect()
}

fn check_posts(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    if let Some(o) = pick(&data.organizations, a.org) {
        let bodies = bodies_breadth_first(data, o.id.as_str(), c.scope);
        let handle = r.organization(&o.id).unwrap();
        let role = c.role;
        let of_role: Vec<_> = bodies
            .iter()
            .flat_map(|b| posts_of_body(data, b, &|p| p.role == role, false))
            .collect();
        assert_eq!(
            held(handle.holders_within(PostFilter::Role(role), a.day, c.scope)),
            expected_on_date(&of_role, a.day),
            "{role} within {} ({:?}) on {}",
            o.id,
            c.scope,
            a.day
        );
        let title = data
            .officials
            .iter()
            .flat_map(|x| &x.posts)
            .filter_map(|p| p.title.as_deref())
            .nth(a.other % 7);
        if let Some(title) = title {
            let folded = multilateral::fold_name(title);
            let keep = |p: &multilateral::Post| {
                p.title
                    .as_ref()
                    .is_some_and(|t| multilateral::fold_name(t) == folded)
            };
            let titled: Vec<_> = bodies
                .iter()
                .flat_map(|b| posts_of_body(data, b, &keep, false))
                .collect();
            assert_eq!(
                held(handle.holders_within(PostFilter::Title(title), a.day, c.scope)),
                expected_on_date(&titled, a.day),
                "{title} within {} on {}",
                o.id,
                a.day
            );
        }
        let every: Vec<_> = bodies
            .iter()
            .flat_map(|b| posts_of_body(data, b, &|_| true, true))
            .collect();
        assert_eq!(
            held(handle.posts_on(a.day, c.scope)),
            expected_on_date(&every, a.day),
            "posts of {} ({:?}) on {}",
            o.id,
            c.scope,
            a.day
        );
        let of = |id: &str| data.organizations.iter().find(|x| x.id == id).unwrap();
        let chairs: Vec<((String, String), Days)> = bodies
            .iter()
            .flat_map(|b| {
                let body = of(b);
                body.chairs
                    .iter()
                    .zip(tenure::chair_days(body))
                    .map(|(x, d)| ((b.to_string(), x.country.to_string()), d))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(
            shown(handle.chair_within(a.day, c.scope), in_body),
            expected_on_date(&chairs, a.day),
            "chairs within {} on {}",
            o.id,
            a.day
        );
        let status = MembershipStatus::ALL[a.kind % MembershipStatus::ALL.len()];
        let members: Vec<((String, String), Days)> = bodies
            .iter()
            .flat_map(|b| {
                let body = of(b);
                body.members
                    .iter()
                    .zip(tenure::member_days(body))
                    .filter(|(m, _)| m.status == status)
                    .map(|(m, d)| ((b.to_string(), m.party.to_string()), d))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(
            shown(handle.members_within(status, a.day, c.scope), in_body),
            expected_on_date(&members, a.day),
            "{status} within {} on {}",
            o.id,
            a.day
        );
    }
    if let Some(x) = pick(&data.officials, a.official) {
        let posts: Vec<((String, usize), Days)> = x
            .posts
            .iter()
            .enumerate()
            .map(|(j, p)| {
                (
                    (x.id.to_string(), j),
                    tenure::holding_days(&p.period, p.term, &p.attested),
                )
            })
            .collect();
        let got: Answer<(String, usize)> = held(r.official(&x.id).unwrap().posts_on(a.day));
        assert_eq!(
            got,
            expected_on_date(&posts, a.day),
            "posts of {} on {}",
            x.id,
            a.day
        );
    }
}

fn check_network(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let kinds = kinds_of(a, c);
    let keep = |m: &Meeting| {
        m.when.may_overlap(&a.period) && (kinds.is_empty() || kinds.contains(&m.kind))
    };
    // The organization drawn, and the one above it (which has a body, at least).
    let drawn = pick(&data.organizations, a.org);
    let above = drawn
        .and_then(|o| o.parent.as_ref())
        .and_then(|p| data.organizations.iter().find(|o| o.id == *p));
    for o in drawn.into_iter().chain(above) {
        let tree = org_tree(data, o.id.as_str(), c.scope);
        let me = |p: &Party| p.organization().is_some_and(|x| tree.contains(x.as_str()));
        let got = r
            .organization(&o.id)
            .unwrap()
            .counterparts_during(&a.period, &kinds, c.scope);
        assert_eq!(
            shown_counterparts(got),
            scan_counterparts_where(data, &me, &keep),
            "counterparts of {} ({:?}) during {} ({kinds:?})",
            o.id,
            c.scope,
            a.period
        );
    }
    let state = pick(&data.meetings, a.meeting)
        .and_then(|m| m.participants.iter().find_map(|p| p.party.state()))
        .or_else(|| {
            pick(&data.organizations, a.other)
                .filter(|o| o.kind == OrganizationKind::Government)
                .and_then(|o| o.country)
        });
    if let Some(code) = state {
        let scope = if a.transitive {
            StateScope::WithGovernment
        } else {
            StateScope::Exact
        };
        let me = is_state(data, code, scope);
        let handle = r.state(code);
        assert_eq!(
            shown_counterparts(handle.counterparts_during(&a.period, &kinds, scope)),
            scan_counterparts_where(data, &me, &keep),
            "counterparts of {code} ({scope:?}) during {} ({kinds:?})",
            a.period
        );
        let in_period = |m: &Meeting| m.when.may_overlap(&a.period);
        assert_eq!(
            ids(handle.meetings_within(&a.period, scope)),
            in_date_order(data, |m| in_period(m)
                && m.participants.iter().any(|p| me(&p.party))),
            "meetings of {code} ({scope:?}) during {}",
            a.period
        );
        let mut want_bodies: Vec<usize> = match scope {
            StateScope::WithGovernment => {
                let g = government(data, code);
                (0..data.organizations.len())
                    .filter(|&i| g.contains(data.organizations[i].id.as_str()))
                    .collect()
            }
            _ => government(data, code)
                .iter()
                .map(|id| data.organizations.iter().position(|o| o.id == *id).unwrap())
                .collect(),
        };
        want_bodies.sort_unstable();
        let want_bodies: Vec<&str> = want_bodies
            .into_iter()
            .map(|i| data.organizations[i].id.as_str())
            .collect();
        let got: Vec<&str> = handle
            .government()
            .into_iter()
            .map(|o| o.id().as_str())
            .collect();
        assert_eq!(got, want_bodies, "government of {code}");
    }
    if let Some(o) = pick(&data.officials, a.official) {
        let pos: HashMap<&str, usize> = data
            .officials
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.as_str(), i))
            .collect();
        let mut met: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, m) in data.meetings.iter().enumerate() {
            let here = m
                .participants
                .iter()
                .any(|p| p.official.as_ref().is_some_and(|x| *x == o.id));
            if !here || !keep(m) {
                continue;
            }
            for p in &m.participants {
                if let Some(other) = p.official.as_ref().filter(|x| **x != o.id) {
                    let list = met.entry(other.as_str()).or_default();
                    if !list.contains(&i) {
                        list.push(i);
                    }
                }
            }
        }
        let mut want: Vec<(&str, Vec<usize>)> = met.into_iter().collect();
        want.sort_by_key(|(id, list)| (std::cmp::Reverse(list.len()), pos[id]));
        let want: Vec<(&str, Vec<&str>)> = want
            .into_iter()
            .map(|(id, list)| (id, super::sorted_ids(data, list)))
            .collect();
        let got: Vec<(&str, Vec<&str>)> = r
            .official(&o.id)
            .unwrap()
            .met_during(&a.period, &kinds)
            .into_iter()
            .map(|e| (e.official.id().as_str(), ids(e.meetings)))
            .collect();
        assert_eq!(got, want, "met by {} during {} ({kinds:?})", o.id, a.period);
    }
}

/// A condition of the query, as a filter of records.
type Condition<'a> = Box<dyn Fn(&Meeting) -> bool + 'a>;

fn check_query(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let mut q = r.meetings();
    let mut conditions: Vec<Condition<'_>> = Vec::new();
    let m = pick(&data.meetings, a.meeting);
    if a.query_mask & 1 != 0 {
        if let Some(code) = m.and_then(|x| x.participants.iter().find_map(|p| p.party.state())) {
            let scope = if a.transitive {
                StateScope::WithGovernment
            } else {
                StateScope::Exact
            };
            q = q.involving_state(r.state(code), scope);
            let me = is_state(data, code, scope);
            conditions.push(Box::new(move |x| {
                x.participants.iter().any(|p| me(&p.party))
            }));
        }
    }
    if a.query_mask & 2 != 0 {
        if let Some(city) = m
            .and_then(|x| x.location.as_ref())
            .and_then(|l| l.city.as_deref())
        {
            // Sometimes another spelling of the same name.
            let asked = if a.kind % 2 == 0 {
                city.to_uppercase()
            } else {
                city.to_owned()
            };
            q = q.in_city(&asked);
            let folded = multilateral::fold_name(city);
            conditions.push(Box::new(move |x| {
                x.location
                    .as_ref()
                    .and_then(|l| l.city.as_ref())
                    .is_some_and(|y| multilateral::fold_name(y) == folded)
            }));
        }
    }
    if a.query_mask & 4 != 0 {
        if let Some(u) = pick(&data.mous, a.mou) {
            q = q.invoking(r.mou(&u.id).unwrap());
            conditions.push(Box::new(move |x| {
                x.mous.contains(&u.id) || x.outcomes.iter().any(|o| o.mou.as_ref() == Some(&u.id))
            }));
        }
    }
    if a.query_mask & 8 != 0 {
        q = q.of_kind(c.kind);
        let kind = c.kind;
        conditions.push(Box::new(move |x| x.kind == kind));
    }
    if a.query_mask & 16 != 0 {
        q = q.during(&a.period);
        let p = a.period;
        conditions.push(Box::new(move |x| x.when.may_overlap(&p)));
    }
    if a.query_mask & 32 != 0 {
        if let Some(o) = pick(&data.organizations, a.org) {
            q = q.involving(r.organization(&o.id).unwrap(), c.scope);
            let t = org_tree(data, o.id.as_str(), c.scope);
            conditions.push(Box::new(move |x| {
                x.participants.iter().any(|p| {
                    p.party
                        .organization()
                        .is_some_and(|y| t.contains(y.as_str()))
                })
            }));
        }
    }
    let want = in_date_order(data, |x| conditions.iter().all(|c| c(x)));
    let limit = a.other % 5;
    assert_eq!(ids(q.clone().run()), want, "query {:#010b}", a.query_mask);
    assert_eq!(ids(q.clone().iter()), want, "iter {:#010b}", a.query_mask);
    assert_eq!(
        q.clone().count(),
        want.len(),
        "count {:#010b}",
        a.query_mask
    );
    let first: Vec<&str> = want.iter().copied().take(limit).collect();
    assert_eq!(
        ids(q.clone().limit(limit).run()),
        first,
        "limit {limit} {:#010b}",
        a.query_mask
    );
    assert_eq!(q.limit(limit).count(), first.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_asked_for_queries_agree_with_a_scan(
        seed in any::<u64>(),
        size in 0usize..100,
        runs in prop::collection::vec(args(), 4),
    ) {
        let data = generate(&SynthConfig::new(size, seed));
        let registry = Registry::new(data.clone()).expect("synthetic data validates");
        for a in &runs {
            let c = Choices::of(a);
            check_mous(&data, &registry, a, &c);
            check_posts(&data, &registry, a, &c);
            check_network(&data, &registry, a, &c);
            check_query(&data, &registry, a, &c);
        }
    }
}

/// The answers about bodies stay tied to their registry's handles.
#[test]
fn answers_about_bodies_hold_handles() {
    let r = fixture("asean-chairmanship-2017-2020.json");
    let asean = r.organization(&org("asean")).unwrap();
    let chairs: OnDate<InBody<'_, multilateral::CountryCode>> =
        asean.chair_within(day("2018-12-31"), Scope::WithSubBodies);
    let bodies: Vec<OrganizationRef<'_>> = chairs.definite.iter().map(|x| x.body).collect();
    assert_eq!(bodies[1].parent(), Some(asean));
}
