//! The registry's answers at the edges of its indexes, each checked against the records
//! themselves: meetings whose spans sit on the limits of the span buckets, days on the first
//! and last day of a post, meetings with more parties than the pair table takes, names that
//! fold. Written where `cargo mutants` showed that a changed comparison in an index went
//! unnoticed; the expected answers come from `Period`'s own rules and a scan of the records,
//! never from the index under test.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate};
use multilateral::registry::{DateStatus, OnDate, PostFilter, Scope};
use multilateral::{
    Coverage, Dataset, MeetingKind, MeetingStatus, MembershipStatus, Party, Period, PostRole,
    Registry, RelationKind,
};
use serde_json::{Value, json};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn registry(doc: Value) -> Registry {
    let mut doc = doc;
    doc["schema_version"] = json!("1.0");
    let data = Dataset::from_json(&doc.to_string()).unwrap();
    Registry::new(data).unwrap_or_else(|r| panic!("{r}"))
}

fn ids<'a>(ms: impl IntoIterator<Item = &'a multilateral::Meeting>) -> Vec<&'a str> {
    ms.into_iter().map(|m| m.id.as_str()).collect()
}

/// Meetings in the registry's order: first possible day, last possible day, document order.
fn in_date_order(data: &Dataset, keep: impl Fn(&multilateral::Meeting) -> bool) -> Vec<&str> {
    let mut found: Vec<(NaiveDate, NaiveDate, usize, &str)> = data
        .meetings
        .iter()
        .enumerate()
        .filter(|(_, m)| keep(m))
        .map(|(i, m)| {
            let (a, b) = m.when.bounds();
            (a, b, i, m.id.as_str())
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, _, id)| id).collect()
}

// --- Meetings by period -------------------------------------------------------------------

/// Meetings of every span the indexes bucket (1, 7, 31, 366 days, longer, open, unknown),
/// each exactly at a bucket limit or one day past it, spread over three organizations, two
/// officials and two states.
fn spans_world() -> Value {
    let base = day("2024-01-10");
    let mut meetings = Vec::new();
    let lengths = [1i64, 2, 7, 8, 31, 32, 366, 367, 2000];
    let mut n = 0;
    for (k, len) in lengths.iter().enumerate() {
        for offset in [0i64, 3, 40] {
            let start = base + Duration::days(offset + k as i64);
            let end = start + Duration::days(len - 1);
            meetings.push((
                format!("m{n}"),
                json!({"start": ymd(start), "end": ymd(end)}),
            ));
            n += 1;
        }
    }
    for when in [
        json!({"start": "2024-01-15"}),
        json!({"end": "2024-01-15"}),
        json!({}),
        json!({"start": "2024-02", "end": "2024-02"}),
        json!({"start": "2023", "end": "2025"}),
        json!({"start": "2024-01-10", "end": "2024-01-10"}),
    ] {
        meetings.push((format!("m{n}"), when));
        n += 1;
    }
    let orgs = ["a", "b", "c"];
    let states = ["KZ", "CH"];
    let meetings: Vec<Value> = meetings
        .into_iter()
        .enumerate()
        .map(|(i, (id, when))| {
            let mut participants = vec![json!({"organization": orgs[i % 3], "role": "host"})];
            if i % 2 == 0 {
                participants.push(json!({"organization": orgs[(i + 1) % 3], "official": "p", "role": "participant"}));
            } else {
                participants.push(json!({"state": states[i % 4 / 2], "official": "q", "role": "participant"}));
            }
            json!({"id": id, "title": format!("Meeting {id}"),
                   "kind": if i % 3 == 0 { "bilateral" } else { "session" },
                   "status": if i % 5 == 0 { "planned" } else { "held" },
                   "location": {"country": states[i % 2]},
                   "when": when, "participants": participants})
        })
        .collect();
    json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "intergovernmental"},
            {"id": "b", "name": "B", "kind": "secretariat", "parent": "a"},
            {"id": "c", "name": "C", "kind": "ngo"}],
        "officials": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}],
        "meetings": meetings
    })
}

/// Query periods around every edge of the data: each day from a week before to a few days
/// after, and ranges between them.
fn query_periods() -> Vec<Period> {
    let mut days: Vec<NaiveDate> = Vec::new();
    let mut d = day("2023-12-25");
    while d <= day("2024-03-25") {
        days.push(d);
        d += Duration::days(3);
    }
    for extra in [
        "2024-12-31",
        "2025-01-01",
        "2025-01-20",
        "2029-06-01",
        "2022-01-01",
    ] {
        days.push(day(extra));
    }
    days.sort_unstable();
    let mut out = vec![Period::unknown()];
    for (i, &a) in days.iter().enumerate() {
        out.push(Period::within(a.into()));
        if let Some(&b) = days.get(i + 7) {
            out.push(Period::new(Some(a.into()), Some(b.into())).unwrap());
        }
        out.push(Period::since(a.into()));
        out.push(Period::new(None, Some(a.into())).unwrap());
    }
    out
}

#[test]
fn meetings_during_a_period_are_those_that_may_overlap_it_in_date_order() {
    let r = registry(spans_world());
    let data = r.dataset();
    for q in query_periods() {
        let expected = in_date_order(data, |m| m.when.may_overlap(&q));
        assert_eq!(ids(r.meetings_during(&q)), expected, "during {q}");
        assert_eq!(
            ids(r.meetings().during(&q).run()),
            expected,
            "query during {q}"
        );
        let official = in_date_order(data, |m| {
            m.when.may_overlap(&q)
                && m.participants
                    .iter()
                    .any(|p| p.official.as_ref().is_some_and(|o| o.as_str() == "p"))
        });
        assert_eq!(
            ids(r.timeline_of_official("p", &q)),
            official,
            "p during {q}"
        );
        assert_eq!(ids(r.meetings().with("p").during(&q).run()), official);
        let org_c = in_date_order(data, |m| {
            m.when.may_overlap(&q)
                && m.participants
                    .iter()
                    .any(|p| p.party.organization().is_some_and(|o| o.as_str() == "c"))
        });
        assert_eq!(
            ids(r.timeline_of_organization("c", &q, Scope::Exact)),
            org_c,
            "c during {q}"
        );
        let tree_a = in_date_order(data, |m| {
            m.when.may_overlap(&q)
                && m.participants.iter().any(|p| {
                    p.party
                        .organization()
                        .is_some_and(|o| ["a", "b"].contains(&o.as_str()))
                })
        });
        assert_eq!(
            ids(r.timeline_of_organization("a", &q, Scope::WithSubBodies)),
            tree_a,
            "a and its bodies during {q}"
        );
        let kz = in_date_order(data, |m| {
            m.when.may_overlap(&q)
                && m.participants
                    .iter()
                    .any(|p| p.party.state().is_some_and(|s| s.as_str() == "KZ"))
        });
        assert_eq!(
            ids(r.timeline_of_state("KZ".parse().unwrap(), &q)),
            kz,
            "KZ during {q}"
        );
        let held_sessions_in_ch = in_date_order(data, |m| {
            m.when.may_overlap(&q)
                && m.kind == MeetingKind::Session
                && m.status == MeetingStatus::Held
                && m.location
                    .as_ref()
                    .and_then(|l| l.country)
                    .map(|c| c.to_string())
                    == Some("CH".into())
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

/// Whether a meeting (with no `days`) certainly took place on a day: both ends known, the
/// day between the latest start and the earliest end. Unlike a post, a meeting with no
/// recorded end is not taken to be running.
fn meeting_covers(m: &multilateral::Meeting, d: NaiveDate) -> Coverage {
    if m.when.covers(d) == Coverage::No {
        return Coverage::No;
    }
    match (m.when.start(), m.when.end()) {
        (Some(s), Some(e)) if s.latest() <= d && d <= e.earliest() => Coverage::Yes,
        _ => Coverage::Possibly,
    }
}

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
    assert_eq!(
        on("2024-11-25"),
        expect(&[
            ("one", Possibly),
            ("two", Possibly),
            ("three", Yes),
            ("open", Possibly),
            ("month", Yes)
        ])
    );
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
    assert_eq!(
        on("2024-11-27"),
        expect(&[
            ("one", Possibly),
            ("two", Possibly),
            ("three", Yes),
            ("open", Possibly),
            ("month", Yes)
        ])
    );
    assert_eq!(
        on("2024-11-28"),
        expect(&[("open", Possibly), ("month", Yes)])
    );
    assert_eq!(on("2024-12-01"), expect(&[("open", Possibly)]));
}

// --- Who held what, on a day ------------------------------------------------------------------

/// What `OnDate` should say, worked out from `Period::covers` and the periods' ends.
fn oracle<T: Clone>(items: &[(T, Period)], d: NaiveDate) -> (DateStatus, Vec<T>, Vec<T>) {
    let definite: Vec<T> = items
        .iter()
        .filter(|(_, p)| p.covers(d) == Coverage::Yes)
        .map(|(t, _)| t.clone())
        .collect();
    let possible: Vec<T> = items
        .iter()
        .filter(|(_, p)| p.covers(d) == Coverage::Possibly)
        .map(|(t, _)| t.clone())
        .collect();
    let before = items.iter().any(|(_, p)| p.latest().is_some_and(|l| l < d));
    let after = items
        .iter()
        .any(|(_, p)| p.earliest().is_some_and(|e| e > d));
    let status = if !definite.is_empty() {
        DateStatus::Known
    } else if !possible.is_empty() {
        DateStatus::Possible
    } else if before && after {
        DateStatus::Vacant
    } else {
        DateStatus::Unknown
    };
    (status, definite, possible)
}

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

/// An answer as (status, definite, possible), its items shown by `show`.
fn shown<T, K>(got: OnDate<T>, show: impl Fn(&T) -> K) -> (DateStatus, Vec<K>, Vec<K>) {
    (
        got.status,
        got.definite.iter().map(&show).collect(),
        got.possible.iter().map(&show).collect(),
    )
}

#[track_caller]
fn assert_on_date<K: PartialEq + std::fmt::Debug>(
    got: (DateStatus, Vec<K>, Vec<K>),
    expected: (DateStatus, Vec<K>, Vec<K>),
    what: &str,
) {
    assert_eq!(got, expected, "{what}");
}

#[test]
fn holders_chairs_and_members_on_every_edge_day() {
    let r = registry(posts_world());
    let data = r.dataset();
    let posts =
        |org: &str, keep: &dyn Fn(&multilateral::Post) -> bool| -> Vec<((String, usize), Period)> {
            data.officials
                .iter()
                .flat_map(|o| {
                    o.posts
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| p.organization.as_str() == org && keep(p))
                        .map(move |(j, p)| ((o.id.to_string(), j), p.period))
                })
                .collect()
        };
    let held = |h: OnDate<multilateral::registry::Holding<'_>>| {
        shown(h, |x| {
            let j = x
                .official
                .posts
                .iter()
                .position(|p| std::ptr::eq(p, x.post))
                .unwrap();
            (x.official.id.to_string(), j)
        })
    };
    for d in interesting_days() {
        for role in [PostRole::Head, PostRole::Deputy, PostRole::Staff] {
            for org in ["o", "x", "nowhere"] {
                assert_on_date(
                    held(r.holders(org, PostFilter::Role(role), d)),
                    oracle(&posts(org, &|p| p.role == role), d),
                    &format!("{role:?} of {org} on {d}"),
                );
            }
        }
        for title in ["secretary general", "Executive Director", "Director"] {
            let folded = multilateral::registry::names::fold(title);
            assert_on_date(
                held(r.holders("o", PostFilter::Title(title), d)),
                oracle(
                    &posts("o", &|p| {
                        p.title
                            .as_ref()
                            .is_some_and(|t| multilateral::registry::names::fold(t) == folded)
                    }),
                    d,
                ),
                &format!("{title} of o on {d}"),
            );
        }
        let chairs: Vec<(String, Period)> = data.organizations[0]
            .chairs
            .iter()
            .map(|c| (c.country.to_string(), c.period))
            .collect();
        assert_on_date(
            shown(r.chair("o", d), |c| c.to_string()),
            oracle(&chairs, d),
            &format!("chair on {d}"),
        );
        for status in [MembershipStatus::Member, MembershipStatus::Observer] {
            let members: Vec<(String, Period)> = data.organizations[0]
                .members
                .iter()
                .filter(|m| m.status == status)
                .map(|m| (m.party.to_string(), m.period))
                .collect();
            assert_on_date(
                shown(r.members("o", status, d), |p| p.to_string()),
                oracle(&members, d),
                &format!("{status:?} on {d}"),
            );
        }
    }
}

// --- MoUs -----------------------------------------------------------------------------------

#[test]
fn mous_in_force_are_certain_only_when_their_status_says_so() {
    let r = registry(json!({
        "organizations": [{"id": "a", "name": "A", "kind": "ngo"}, {"id": "b", "name": "B", "kind": "ngo"}],
        "mous": [
            {"id": "in-force", "title": "U", "parties": ["a", "b"], "status": "in-force", "signed": "2008-05-14"},
            {"id": "signed", "title": "U", "parties": ["a", "b"], "status": "signed", "signed": "2008-05-14"},
            {"id": "effective", "title": "U", "parties": ["a", "b"], "status": "in-force", "signed": "2008", "effective": "2009-01-01"},
            {"id": "expired", "title": "U", "parties": ["a", "b"], "status": "expired", "signed": "2008-05-14", "expires": "2010-05-13"},
            {"id": "expired-undated", "title": "U", "parties": ["a", "b"], "status": "expired", "signed": "2008-05-14"},
            {"id": "terminated", "title": "U", "parties": ["a", "b"], "status": "terminated", "signed": "2008-05-14"},
            {"id": "draft", "title": "U", "parties": ["a", "b"], "status": "draft"},
            {"id": "undated", "title": "U", "parties": ["a", "b"], "status": "in-force"}
        ]
    }));
    let on = |d: &str| -> Vec<(String, Coverage)> {
        let mut v: Vec<(String, Coverage)> = r
            .mous_in_force(day(d))
            .into_iter()
            .map(|(m, c)| (m.id.to_string(), c))
            .collect();
        v.sort();
        v
    };
    use Coverage::{Possibly, Yes};
    let e = |pairs: &[(&str, Coverage)]| -> Vec<(String, Coverage)> {
        let mut v: Vec<(String, Coverage)> =
            pairs.iter().map(|(k, c)| ((*k).to_owned(), *c)).collect();
        v.sort();
        v
    };
    assert_eq!(on("2008-05-13"), e(&[("undated", Possibly)]));
    assert_eq!(
        on("2008-05-14"),
        e(&[
            ("expired", Yes),
            ("expired-undated", Possibly),
            ("in-force", Yes),
            ("signed", Possibly),
            ("terminated", Possibly),
            ("undated", Possibly),
        ])
    );
    assert_eq!(
        on("2009-01-01"),
        e(&[
            ("effective", Yes),
            ("expired", Yes),
            ("expired-undated", Possibly),
            ("in-force", Yes),
            ("signed", Possibly),
            ("terminated", Possibly),
            ("undated", Possibly),
        ])
    );
    assert_eq!(
        on("2010-05-14"),
        e(&[
            ("effective", Yes),
            ("expired-undated", Possibly),
            ("in-force", Yes),
            ("signed", Possibly),
            ("terminated", Possibly),
            ("undated", Possibly),
        ])
    );
}

#[test]
fn mous_between_two_organizations_and_their_bodies() {
    let r = registry(json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "intergovernmental"},
            {"id": "a-sec", "name": "A Secretariat", "kind": "secretariat", "parent": "a"},
            {"id": "a-unit", "name": "A unit", "kind": "other", "parent": "a-sec"},
            {"id": "b", "name": "B", "kind": "intergovernmental"},
            {"id": "b-sec", "name": "B Secretariat", "kind": "secretariat", "parent": "b"},
            {"id": "c", "name": "C", "kind": "ngo"}],
        "mous": [
            {"id": "ab", "title": "U", "parties": ["a", "b"], "status": "signed"},
            {"id": "unit-bsec", "title": "U", "parties": ["b-sec", "a-unit"], "status": "signed"},
            {"id": "ac", "title": "U", "parties": ["a", "c", "b"], "status": "signed"},
            {"id": "inside", "title": "U", "parties": ["a", "a-sec"], "status": "signed"}]
    }));
    let between = |x: &str, y: &str, scope: Scope| -> Vec<String> {
        r.mous_between(x, y, scope)
            .iter()
            .map(|m| m.id.to_string())
            .collect()
    };
    assert_eq!(between("a", "b", Scope::Exact), ["ab", "ac"]);
    assert_eq!(between("b", "a", Scope::Exact), ["ab", "ac"]);
    assert_eq!(
        between("a", "b", Scope::WithSubBodies),
        ["ab", "unit-bsec", "ac"]
    );
    assert_eq!(between("a-sec", "b", Scope::WithSubBodies), ["unit-bsec"]);
    assert_eq!(between("a-sec", "b", Scope::Exact), Vec::<String>::new());
    assert_eq!(between("c", "b", Scope::Exact), ["ac"]);
    assert_eq!(between("a", "a-sec", Scope::Exact), ["inside"]);
    assert_eq!(between("a", "a", Scope::Exact), Vec::<String>::new());
    assert_eq!(between("a", "nowhere", Scope::Exact), Vec::<String>::new());
    assert_eq!(r.meetings_invoking("ab").len(), 0);
}

// --- Counterparts and the network -------------------------------------------------------------

/// Meetings of a few parties and one meeting of 40 (more than the pair table takes).
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

/// Counterparts worked out by a scan: (party, meetings, first, last) by date order.
fn scan_counterparts(data: &Dataset, me: &Party) -> Vec<(String, u32, String, String)> {
    let order = in_date_order(data, |_| true);
    let mut stats: BTreeMap<String, (u32, usize, usize)> = BTreeMap::new();
    for (rank, id) in order.iter().enumerate() {
        let m = data.meetings.iter().find(|m| m.id.as_str() == *id).unwrap();
        let parties: BTreeSet<String> =
            m.participants.iter().map(|p| p.party.to_string()).collect();
        if !parties.contains(&me.to_string()) {
            continue;
        }
        for other in parties.into_iter().filter(|p| *p != me.to_string()) {
            let e = stats.entry(other).or_insert((0, rank, rank));
            e.0 += 1;
            e.1 = e.1.min(rank);
            e.2 = e.2.max(rank);
        }
    }
    let mut out: Vec<(String, u32, String, String)> = stats
        .into_iter()
        .map(|(p, (n, f, l))| (p, n, order[f].to_owned(), order[l].to_owned()))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

#[test]
fn counterparts_count_small_and_crowded_meetings_alike() {
    let r = registry(crowd_world());
    let data = r.dataset();
    for me in [
        Party::Organization("o0".parse().unwrap()),
        Party::Organization("o1".parse().unwrap()),
        Party::Organization("o39".parse().unwrap()),
        Party::Organization("lone".parse().unwrap()),
        Party::State("KZ".parse().unwrap()),
        Party::State("CH".parse().unwrap()),
    ] {
        let mut got: Vec<(String, u32, String, String)> = r
            .counterparts(&me)
            .into_iter()
            .map(|c| {
                (
                    c.party.to_string(),
                    c.meetings,
                    c.first.id.to_string(),
                    c.last.id.to_string(),
                )
            })
            .collect();
        // Ties in count may come in any stable order; compare as the scan sorts them.
        got.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        assert_eq!(got, scan_counterparts(data, &me), "counterparts of {me}");
    }
    let top = r.counterparts(&Party::Organization("o0".parse().unwrap()));
    assert_eq!(top[0].party.to_string(), "organization o1");
    assert_eq!(top[0].meetings, 3);
    assert!(top.windows(2).all(|w| w[0].meetings >= w[1].meetings));
}

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
        .officials_met("p")
        .into_iter()
        .map(|e| (e.official.id.to_string(), ids(e.meetings)))
        .collect();
    assert_eq!(
        met,
        [
            ("q".to_owned(), vec!["m2", "m3"]),
            ("s".to_owned(), vec!["m1"])
        ]
    );
    assert!(r.officials_met("nobody").is_empty());
}

// --- Relations, dimensions, places, names ---------------------------------------------------------

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
    let related = |kinds: &[RelationKind], transitive: bool| -> Vec<(String, u32)> {
        let mut v: Vec<(String, u32)> = r
            .related_to("summit", kinds, transitive)
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
    assert_eq!(related(&[], false), e(&[("side", 1), ("prep", 1)]));
    assert_eq!(
        related(&[], true),
        e(&[
            ("side", 1),
            ("prep", 1),
            ("side-side", 2),
            ("part", 2),
            ("follow", 2)
        ])
    );
    assert_eq!(
        related(&[RelationKind::SidelinesOf], true),
        e(&[("side", 1), ("side-side", 2)])
    );
    assert_eq!(
        related(&[RelationKind::SidelinesOf, RelationKind::PartOf], true),
        e(&[("side", 1), ("side-side", 2), ("part", 2)])
    );
    let kinds: Vec<RelationKind> = r
        .related_to("side", &[], false)
        .into_iter()
        .map(|x| x.kind)
        .collect();
    assert_eq!(kinds.len(), 2);
    assert!(kinds.contains(&RelationKind::SidelinesOf) && kinds.contains(&RelationKind::PartOf));
    assert!(r.related_to("nowhere", &[], true).is_empty());
}

#[test]
fn meetings_by_dimension_kind_status_place_and_mou() {
    let r = registry(json!({
        "organizations": [{"id": "a", "name": "A", "kind": "ngo"}, {"id": "b", "name": "B", "kind": "ngo"}],
        "dimensions": [{"id": "d", "organization": "a", "name": "D"},
                       {"id": "d1", "organization": "a", "name": "D1", "parent": "d"},
                       {"id": "d11", "organization": "a", "name": "D11", "parent": "d1"},
                       {"id": "e", "organization": "a", "name": "E"}],
        "mous": [{"id": "u", "title": "U", "parties": ["a", "b"], "status": "signed"}],
        "meetings": [
            {"id": "m1", "title": "T", "kind": "seminar", "status": "held", "when": {"start": "2021"},
             "location": {"city": "Genève", "country": "CH"}, "dimensions": ["d11"], "mous": ["u"],
             "participants": [{"organization": "a", "role": "host"}]},
            {"id": "m2", "title": "T", "kind": "seminar", "status": "planned", "when": {"start": "2020"},
             "location": {"city": "GENEVE"}, "dimensions": ["d"],
             "outcomes": [{"kind": "agreed", "text": "Agreed.", "mou": "u"}],
             "participants": [{"organization": "a", "role": "host"}]},
            {"id": "m3", "title": "T", "kind": "forum", "status": "held", "when": {"start": "2022"},
             "location": {"online": true}, "dimensions": ["e", "d1"],
             "participants": [{"organization": "b", "role": "host"}, {"organization": "a", "role": "participant"}]}]
    }));
    assert_eq!(ids(r.meetings_in_dimension("d", true)), ["m2", "m1", "m3"]);
    assert_eq!(ids(r.meetings_in_dimension("d", false)), ["m2"]);
    assert_eq!(ids(r.meetings_in_dimension("d1", true)), ["m1", "m3"]);
    assert_eq!(ids(r.meetings_in_dimension("d11", true)), ["m1"]);
    assert!(r.meetings_in_dimension("nowhere", true).is_empty());
    assert_eq!(ids(r.meetings().in_dimension("d1").run()), ["m1", "m3"]);
    assert_eq!(
        ids(r.meetings().in_dimension("d1").in_dimension("e").run()),
        ["m3"]
    );
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
    assert_eq!(ids(r.meetings_invoking("u")), ["m2", "m1"]);
    assert!(r.meetings_invoking("nowhere").is_empty());
    // Conditions combine with AND; contradictions and unknown ids match nothing.
    assert_eq!(
        ids(r.meetings().involving("a").involving("b").run()),
        ["m3"]
    );
    assert_eq!(
        ids(r
            .meetings()
            .involving("a")
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
    assert!(r.meetings().involving("nowhere").run().is_empty());
    assert!(r.meetings().with("nobody").run().is_empty());
    assert!(r.meetings().in_dimension("nowhere").run().is_empty());
    let y2021: Period = "2021/2021".parse().unwrap();
    let y2022: Period = "2022/2022".parse().unwrap();
    assert_eq!(ids(r.meetings().during(&y2021).run()), ["m2", "m1"]);
    assert!(
        r.meetings()
            .during(&"2019/2019".parse().unwrap())
            .during(&y2022)
            .run()
            .is_empty()
    );
    assert_eq!(
        ids(r
            .meetings()
            .during(&"2021/..".parse().unwrap())
            .during(&"../2021".parse().unwrap())
            .run()),
        ["m2", "m1"]
    );
}

#[test]
fn names_fold_letters_that_carry_no_accent_to_drop() {
    let org = |id: &str, name: &str| json!({"id": id, "name": name, "kind": "ngo"});
    let r = registry(json!({
        "organizations": [
            org("strasse", "Straßenbau Institut"), org("oresund", "Øresund Council"),
            org("dakovo", "Đakovo Forum"), org("lodz", "Łódź Network"),
            org("aegir", "Ægir Group"), org("oeuvre", "Œuvre Society"),
            org("istanbul", "İstanbul Forum of ıstanbul"), org("thorn", "Þórshöfn Circle"),
            org("ivoire", "Côte d’Ivoire Office"),
            org("ivoire3", "Cote d'Ivoire Agency"),
            {"id": "un", "name": "United Nations", "acronym": "UN", "kind": "un-entity"},
            {"id": "unog", "name": "United Nations Office at Geneva", "acronym": "UNOG", "kind": "un-entity"}],
        "officials": [{"id": "k", "name": "Pierre Krähenbühl", "given_name": "Pierre",
                       "family_name": "Krähenbühl", "other_names": [{"name": "P. Kraehenbuehl"}]},
                      {"id": "k2", "name": "Krahenbuhl"}]
    }));
    let found = |q: &str| -> Vec<String> {
        r.find_organizations(q)
            .iter()
            .map(|o| o.id.to_string())
            .collect()
    };
    assert_eq!(found("strassenbau"), ["strasse"]);
    assert_eq!(found("oresund"), ["oresund"]);
    assert_eq!(found("dakovo"), ["dakovo"]);
    assert_eq!(found("lodz"), ["lodz"]);
    assert_eq!(found("aegir"), ["aegir"]);
    assert_eq!(found("oeuvre"), ["oeuvre"]);
    assert_eq!(found("istanbul"), ["istanbul"]);
    assert_eq!(found("thorshofn"), ["thorn"]);
    assert_eq!(found("divoire"), ["ivoire", "ivoire3"]);
    // An exact name or acronym comes first; then the rest in document order.
    assert_eq!(found("un"), ["un", "unog"]);
    assert_eq!(found("UNOG"), ["unog"]);
    assert_eq!(found("united nations"), ["un", "unog"]);
    assert_eq!(found("united nations office at geneva"), ["unog"]);
    assert_eq!(found("nations united"), ["un", "unog"]);
    assert!(found("nited").is_empty());
    assert!(found("").is_empty());
    assert!(found(" - ").is_empty());
    let officials = |q: &str| -> Vec<String> {
        r.find_officials(q)
            .iter()
            .map(|o| o.id.to_string())
            .collect()
    };
    assert_eq!(officials("krahenbuhl"), ["k2", "k"]);
    assert_eq!(officials("Pierre"), ["k"]);
    assert_eq!(officials("kraehenbuehl"), ["k"]);
    assert_eq!(officials("Pierre Krähenbühl"), ["k"]);
    assert!(officials("united").is_empty());
    assert!(found("krahenbuhl").is_empty());
}

#[test]
fn a_registry_keeps_the_warnings_of_its_validation() {
    let r = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "ngo"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "cancelled",
                      "when": {}, "participants": [{"organization": "o", "role": "participant"}],
                      "outcomes": [{"kind": "agreed", "text": "Agreed."}]}]
    }));
    let warnings: Vec<(&str, &str)> = r
        .warnings()
        .violations()
        .iter()
        .map(|v| (v.code, v.path.as_str()))
        .collect();
    assert_eq!(
        warnings,
        [("outcome-of-unheld-meeting", "/meetings/0/outcomes")]
    );
    assert!(!r.warnings().has_errors());
}

#[test]
fn the_composable_query_checks_the_period_of_candidates_from_another_index() {
    // `o` has two meetings, one long before the period; twenty others fall in it, so the
    // query starts from `o`'s list and must test each candidate against the period.
    let mut meetings = vec![
        json!({"id": "old", "title": "Old", "kind": "bilateral", "status": "held",
               "when": {"start": "2010-03-01", "end": "2010-03-01"},
               "participants": [{"organization": "o", "role": "participant"}]}),
        json!({"id": "new", "title": "New", "kind": "bilateral", "status": "held",
               "when": {"start": "2024-03-01", "end": "2024-03-01"},
               "participants": [{"organization": "o", "role": "participant"}]}),
        json!({"id": "after", "title": "After", "kind": "bilateral", "status": "held",
               "when": {"start": "2030-03-01", "end": "2030-03-01"},
               "participants": [{"organization": "o", "role": "participant"}]}),
    ];
    for i in 0..20 {
        meetings.push(
            json!({"id": format!("x{i}"), "title": "X", "kind": "seminar",
            "status": "held", "when": {"start": "2024-05-01", "end": "2024-05-01"},
            "participants": [{"organization": "p", "role": "participant"}]}),
        );
    }
    let r = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "ngo"},
                          {"id": "p", "name": "P", "kind": "ngo"}],
        "meetings": meetings
    }));
    let year: Period = "2024/2024".parse().unwrap();
    assert_eq!(
        ids(r.meetings().involving("o").during(&year).run()),
        ["new"]
    );
}
