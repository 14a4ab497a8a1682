//! Who held the posts of an organization, which state chaired it, and who belonged to it, on
//! a day: known, possible, vacant or unknown, as the records allow.

use std::collections::BTreeSet;

use multilateral::registry::{DateStatus, PostFilter};
use multilateral::{MembershipStatus, NaiveDate, Post, PostRole};
use serde_json::{Value, json};

use super::{assert_chair_and_members, expected_on_date, held, posts_at, titled};
use crate::support::{day, geneva_registry, org, registry};

#[test]
fn who_headed_each_counterpart_on_26_november() {
    let r = geneva_registry();
    let d = day("2024-11-26");
    let organization = |id: &'static str| r.organization(&org(id)).unwrap();
    for (id, head) in [
        ("iom", "amy-pope"),
        ("unog", "tatiana-valovaya"),
        ("ilo", "gilbert-houngbo"),
        ("unrisd", "magdalena-sepulveda"),
        ("gcsp", "thomas-greminger"),
        ("icrc", "pierre-krahenbuhl"),
    ] {
        let h = organization(id).holders(PostFilter::Role(PostRole::Head), d);
        // The release gives titles, not tenure dates: the honest answer is "possibly".
        assert_eq!(h.status, DateStatus::Possible, "{id}");
        assert!(h.definite.is_empty());
        let who: Vec<_> = h
            .possible
            .iter()
            .map(|x| x.official.id().as_str())
            .collect();
        assert_eq!(who, [head], "{id}");
    }
    // UN-Water's representative holds no head post; HD's deputy is not its head.
    assert_eq!(
        organization("un-water")
            .holders(PostFilter::Role(PostRole::Head), d)
            .status,
        DateStatus::Unknown
    );
    let deputy =
        organization("hd-centre").holders(PostFilter::Title("deputy executive director"), d);
    assert_eq!(deputy.possible[0].official.id(), "katie-sams");
    // Titles are compared as names are: "Secretary-General" is "Secretary General".
    let secretariat = organization("cica-secretariat");
    let sg = secretariat.holders(PostFilter::Title("Secretary-General"), d);
    assert_eq!(sg.status, DateStatus::Possible);
    let sg = secretariat.holders(PostFilter::Title("Secretary"), d);
    assert_eq!(sg.status, DateStatus::Unknown, "the whole title must match");
    let sg = secretariat.holders(PostFilter::Title("SECRETARY GENERAL"), d);
    assert_eq!(sg.possible[0].official.id(), "kairat-sarybay");
    assert_eq!(
        sg.possible[0].post.title.as_deref(),
        Some("Secretary General")
    );
}

#[test]
fn holders_distinguish_known_vacant_and_unknown() {
    let r = registry(json!({
        "organizations": [{"id": "cica-secretariat", "name": "CICA Secretariat", "kind": "secretariat"}],
        "officials": [
          {"id": "a", "name": "A", "posts": [{"organization": "cica-secretariat", "title": "Executive Director",
             "role": "head", "period": {"start": "2020-02-01", "end": "2022-09-30"}}]},
          {"id": "b", "name": "B", "posts": [{"organization": "cica-secretariat", "title": "Secretary General",
             "role": "head", "period": {"start": "2023-02", "end": "2024"}}]}
        ]
    }));
    let secretariat = r.organization(&org("cica-secretariat")).unwrap();
    let head = |d: &str| secretariat.holders(PostFilter::Role(PostRole::Head), day(d));
    let known = head("2021-06-01");
    assert_eq!(
        (known.status, known.definite[0].official.id().as_str()),
        (DateStatus::Known, "a")
    );
    assert_eq!(head("2022-12-01").status, DateStatus::Vacant);
    let maybe = head("2023-02-10");
    assert_eq!(
        (maybe.status, maybe.possible[0].official.id().as_str()),
        (DateStatus::Possible, "b")
    );
    assert_eq!(head("2024-06-01").status, DateStatus::Possible);
    assert_eq!(head("2019-01-01").status, DateStatus::Unknown);
    assert_eq!(head("2025-06-01").status, DateStatus::Unknown);
}

#[test]
fn chair_and_members_on_the_fixture() {
    let r = geneva_registry();
    let cica = r.organization(&org("cica")).unwrap();
    let chair = cica.chair(day("2024-11-26"));
    assert_eq!(chair.status, DateStatus::Known);
    let chairs: Vec<&str> = chair.definite.iter().map(|c| c.as_str()).collect();
    assert_eq!(chairs, ["KZ"]);
    assert_eq!(cica.chair(day("2019-06-01")).status, DateStatus::Unknown);
    let iom = r.organization(&org("iom")).unwrap();
    assert_eq!(iom.chair(day("2024-11-26")).status, DateStatus::Unknown);
    let members = cica.members(MembershipStatus::Member, day("2024-11-26"));
    assert_eq!(
        members.status,
        DateStatus::Unknown,
        "the release lists no members"
    );
}

// --- On every edge day ---------------------------------------------------------------------

/// An organization with chairmanships, memberships of each kind, and heads whose terms end
/// and start on the days around a vacancy, at precisions from the day to the year.
fn posts_world() -> Value {
    json!({
        "organizations": [
            {"id": "o", "name": "O", "kind": "intergovernmental",
             "chairs": [{"country": "KZ", "period": {"start": "2020-01-01", "end": "2021-12-31"}},
                        {"country": "TR", "period": {"start": "2022-06", "end": "2023"}},
                        {"country": "AZ", "period": {"start": "2024-10-03"}}],
             "members": [{"state": "KZ", "status": "member", "period": {"start": "1999"}},
                         {"state": "TR", "status": "member", "period": {"start": "2000-05-01", "end": "2010-05-01"}},
                         {"state": "TR", "status": "observer", "period": {"start": "2010-05-01"}},
                         {"state": "CH", "status": "observer"},
                         {"organization": "x", "status": "member", "period": {"end": "2015"}}]},
            {"id": "x", "name": "X", "kind": "ngo"}],
        "officials": [
            {"id": "h1", "name": "H1", "posts": [
                {"organization": "o", "title": "Executive Director", "role": "head", "period": {"start": "2018-03-01", "end": "2020-02-29"}},
                {"organization": "o", "title": "Secretary-General", "role": "head", "period": {"start": "2022", "end": "2022-12-31"}}]},
            {"id": "h2", "name": "H2", "posts": [
                {"organization": "o", "title": "Secretary General", "role": "head", "period": {"start": "2023-01-01"}}]},
            {"id": "d1", "name": "D1", "posts": [
                {"organization": "o", "role": "deputy"},
                {"organization": "x", "role": "head", "period": {"start": "2019-06"}}]}
        ]
    })
}

/// Every first and last day of [`posts_world`]'s periods, and the days either side.
fn interesting_days() -> Vec<NaiveDate> {
    let mut out = BTreeSet::new();
    for s in [
        "1998-12-31",
        "1999-01-01",
        "2000-05-01",
        "2010-05-01",
        "2015-12-31",
        "2016-01-01",
        "2018-02-28",
        "2018-03-01",
        "2019-06-15",
        "2020-01-01",
        "2020-02-29",
        "2020-03-01",
        "2021-06-01",
        "2021-12-31",
        "2022-01-01",
        "2022-05-31",
        "2022-06-01",
        "2022-06-30",
        "2022-07-01",
        "2022-12-31",
        "2023-01-01",
        "2023-12-31",
        "2024-01-01",
        "2024-10-02",
        "2024-10-03",
        "2030-01-01",
    ] {
        let d = day(s);
        out.insert(d);
        out.extend(d.pred_opt());
        out.extend(d.succ_opt());
    }
    out.into_iter().collect()
}

// From surviving mutants in the tenure comparisons (first and last day of a post).
#[test]
fn holders_chairs_and_members_on_every_edge_day() {
    let r = registry(posts_world());
    let data = r.dataset();
    let posts = |at: &str, keep: &dyn Fn(&Post) -> bool| posts_at(data, at, keep);
    let o = r.organization(&org("o")).unwrap();
    let x = r.organization(&org("x")).unwrap();
    assert!(r.organization(&org("nowhere")).is_none());
    for d in interesting_days() {
        for role in PostRole::ALL.iter().copied() {
            for (id, handle) in [("o", o), ("x", x)] {
                assert_eq!(
                    held(handle.holders(PostFilter::Role(role), d)),
                    expected_on_date(&posts(id, &|p| p.role == role), d),
                    "{role} of {id} on {d}"
                );
            }
        }
        for title in ["secretary general", "Executive Director", "Director"] {
            assert_eq!(
                held(o.holders(PostFilter::Title(title), d)),
                expected_on_date(&posts("o", &titled(title)), d),
                "{title} of o on {d}"
            );
        }
        for status in MembershipStatus::ALL.iter().copied() {
            assert_chair_and_members(o, status, d);
        }
    }
}
