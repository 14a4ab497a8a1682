//! The registry: records looked up by typed id, and every question it answers about them.
//!
//! One file per family of questions. Exact answers on the Geneva 2024 fixture pin what a
//! reader of that press release should be told; small crafted worlds pin the edges of the
//! indexes (bucket limits, first and last days, crowded meetings, folded names), their
//! expected answers worked out from the records by a scan, never from the index under test;
//! `naive` checks every query against a scan on generated datasets, and `sqlite` against the
//! SQLite twin of the benchmarks.
//!
//! This section holds what more than one of those files needs, each worked out from the
//! records: the registry's date order, who took part in a meeting, the posts held at an
//! organization, the answer to a question about one day (holders, chair, members), the
//! counterparts of a party; and the crafted worlds shared by two files.

mod asked;
mod dates;
mod handles;
mod load;
mod meetings;
mod mous;
mod naive;
mod names;
mod network;
mod posts;
mod query;
mod sqlite;

use std::collections::BTreeSet;

use chrono::Duration;
use multilateral::registry::{DateStatus, Holding, OnDate, OrganizationRef};
use multilateral::{
    Coverage, Dataset, Meeting, MembershipStatus, NaiveDate, Party, Period, Post, Registry,
    fold_name,
};
use multilateral_testkit::tenure::{self, Days};
use serde_json::{Value, json};

use crate::support::{day, registry};

// --- Date order, worked out from the records ------------------------------------------------

/// Where meeting `i` stands in the registry's date order: first possible day, last possible
/// day, document order.
fn date_key(data: &Dataset, i: usize) -> (NaiveDate, NaiveDate, usize) {
    let (a, b) = data.meetings[i].when.bounds();
    (a, b, i)
}

/// The ids of the meetings at these positions, in the registry's date order, each once.
fn sorted_ids(data: &Dataset, mut positions: Vec<usize>) -> Vec<&str> {
    positions.sort_by_key(|&i| date_key(data, i));
    positions.dedup();
    positions
        .into_iter()
        .map(|i| data.meetings[i].id.as_str())
        .collect()
}

/// The ids of the meetings that `keep` accepts, in the registry's date order.
fn in_date_order(data: &Dataset, keep: impl Fn(&Meeting) -> bool) -> Vec<&str> {
    let positions = (0..data.meetings.len())
        .filter(|&i| keep(&data.meetings[i]))
        .collect();
    sorted_ids(data, positions)
}

// --- Who took part, from the records ------------------------------------------------------

/// Whether the official represented a participant of the meeting.
fn involves_official(m: &Meeting, official: &str) -> bool {
    m.participants
        .iter()
        .any(|p| p.official.as_ref().is_some_and(|o| o == official))
}

/// Whether an organization that `is` accepts took part in the meeting.
fn involves_org(m: &Meeting, is: impl Fn(&str) -> bool) -> bool {
    m.participants
        .iter()
        .any(|p| p.party.organization().is_some_and(|o| is(o.as_str())))
}

// --- Questions about one day -----------------------------------------------------------------

/// An answer about one day as (status, definite, possible).
type Answer<K> = (DateStatus, Vec<K>, Vec<K>);

/// What an [`OnDate`] should say about items with these periods, worked out from
/// `Period::covers` and the periods' ends: the items in the order given.
fn expected_on_date<T: Clone>(items: &[(T, Days)], d: NaiveDate) -> Answer<T> {
    let covers = |x: Days| tenure::covers(x, d);
    let covered = |c: Coverage| -> Vec<T> {
        items
            .iter()
            .filter(|(_, x)| covers(*x) == c)
            .map(|(t, _)| t.clone())
            .collect()
    };
    let (definite, possible) = (covered(Coverage::Yes), covered(Coverage::Possibly));
    let before = items.iter().any(|(_, x)| x[3] < d);
    let after = items.iter().any(|(_, x)| x[0] > d);
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

/// An answer as (status, definite, possible), its items shown by `show`.
fn shown<T, K>(got: OnDate<T>, show: impl Fn(&T) -> K) -> Answer<K> {
    (
        got.status,
        got.definite.iter().map(&show).collect(),
        got.possible.iter().map(&show).collect(),
    )
}

/// The posts at organization `at` that `keep` accepts, as ((official, position of the post
/// in the official's record), period), officials in document order.
fn posts_at(
    data: &Dataset,
    at: &str,
    keep: &dyn Fn(&Post) -> bool,
) -> Vec<((String, usize), Days)> {
    data.officials
        .iter()
        .flat_map(|o| {
            o.posts
                .iter()
                .enumerate()
                .filter(|(_, p)| p.organization == at && keep(p))
                .map(move |(j, p)| {
                    (
                        (o.id.to_string(), j),
                        tenure::holding_days(&p.period, p.term, &p.attested),
                    )
                })
        })
        .collect()
}

/// A filter of posts by title, compared whole after folding as the registry compares them.
fn titled(title: &str) -> impl Fn(&Post) -> bool {
    let folded = fold_name(title);
    move |p| p.title.as_ref().is_some_and(|t| fold_name(t) == folded)
}

/// Checks which state chaired `o` on day `d`, and which parties belonged to it with
/// `status`, against [`expected_on_date`] over its records.
#[track_caller]
fn assert_chair_and_members(o: OrganizationRef<'_>, status: MembershipStatus, d: NaiveDate) {
    let chairs: Vec<(String, Days)> = o
        .chairs
        .iter()
        .zip(tenure::chair_days(o.record()))
        .map(|(c, x)| (c.country.to_string(), x))
        .collect();
    assert_eq!(
        shown(o.chair(d), |c| c.to_string()),
        expected_on_date(&chairs, d),
        "chair of {} on {d}",
        o.id()
    );
    let members: Vec<(String, Days)> = o
        .members
        .iter()
        .zip(tenure::member_days(o.record()))
        .filter(|(m, _)| m.status == status)
        .map(|(m, x)| (m.party.to_string(), x))
        .collect();
    assert_eq!(
        shown(o.members(status, d), |p| p.to_string()),
        expected_on_date(&members, d),
        "{status} of {} on {d}",
        o.id()
    );
}

/// A holding shown as (official, position of the post in the official's record).
fn held(h: OnDate<Holding<'_>>) -> Answer<(String, usize)> {
    shown(h, |x| {
        let j = x.post_position();
        (x.official.id().to_string(), j)
    })
}

// --- Counterparts, worked out from the records ------------------------------------------------

/// The counterparts of `me` found by a scan, as (party, meetings, first, last): most
/// meetings first, ties in party order (organizations in document order, then states by
/// code); first and last in the registry's date order.
fn scan_counterparts(data: &Dataset, me: &Party) -> Vec<(String, u32, String, String)> {
    let position = |p: &Party| match p {
        Party::Organization(id) => (
            0,
            data.organizations
                .iter()
                .position(|o| o.id == *id)
                .expect("a party of the records"),
            String::new(),
        ),
        Party::State(code) => (1, 0, code.to_string()),
        _ => unreachable!("a party is an organization or a state"),
    };
    // (party, meetings, first, last), first and last as positions in the dataset.
    let mut stats: Vec<(Party, u32, usize, usize)> = Vec::new();
    for i in 0..data.meetings.len() {
        let parties: BTreeSet<&Party> = data.meetings[i]
            .participants
            .iter()
            .map(|p| &p.party)
            .collect();
        if !parties.contains(me) {
            continue;
        }
        for other in parties.into_iter().filter(|p| *p != me) {
            match stats.iter_mut().find(|s| s.0 == *other) {
                Some(s) => {
                    s.1 += 1;
                    s.2 = std::cmp::min_by_key(s.2, i, |&x| date_key(data, x));
                    s.3 = std::cmp::max_by_key(s.3, i, |&x| date_key(data, x));
                }
                None => stats.push((other.clone(), 1, i, i)),
            }
        }
    }
    stats.sort_by_key(|(p, n, _, _)| (std::cmp::Reverse(*n), position(p)));
    stats
        .into_iter()
        .map(|(p, n, first, last)| {
            let id = |i: usize| data.meetings[i].id.to_string();
            (p.to_string(), n, id(first), id(last))
        })
        .collect()
}

/// What a registry says the counterparts of `me` are, shown as [`scan_counterparts`] shows
/// them.
fn counterparts_of(r: &Registry, me: &Party) -> Vec<(String, u32, String, String)> {
    let found = match me {
        Party::Organization(id) => r
            .organization(id)
            .expect("an organization of the registry")
            .counterparts(),
        Party::State(code) => r.state(*code).counterparts(),
        _ => unreachable!("a party is an organization or a state"),
    };
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

// --- Worlds shared by two files ------------------------------------------------------------

/// A registry that holds one record of each kind under ids the crafted worlds and the
/// fixture do not use (`nowhere`, `nobody`, …): its handles stand for records that another
/// registry does not hold.
fn strangers() -> Registry {
    registry(json!({
        "organizations": [{"id": "nowhere", "name": "Nowhere", "kind": "ngo"},
                          {"id": "elsewhere", "name": "Elsewhere", "kind": "ngo"}],
        "officials": [{"id": "nobody", "name": "Nobody"}],
        "dimensions": [{"id": "nowhere", "organization": "nowhere", "name": "Nowhere"}],
        "mous": [{"id": "nowhere", "title": "Nothing", "parties": ["nowhere", "elsewhere"],
                  "status": "signed"}],
        "meetings": [{"id": "nowhere", "title": "Nothing", "kind": "bilateral", "status": "held",
                      "when": {}, "participants": [
                          {"organization": "nowhere", "official": "nobody", "role": "host"}],
                      "dimensions": ["nowhere"], "mous": ["nowhere"]}]
    }))
}

/// Meetings of every span the indexes bucket (1, 7, 31, 366 days, longer, open, unknown),
/// each exactly at a bucket limit or one day past it, spread over three organizations (`b`
/// a body of `a`), two officials and two states.
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
                json!({"start": start.to_string(), "end": end.to_string()}),
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

/// Query periods around every edge of [`spans_world`]: every third day from a fortnight
/// before its meetings to well after, a few far days, and ranges between them, open or not.
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

/// Three meetings over two organizations, a tree of dimensions (`d` ⊃ `d1` ⊃ `d11`, and
/// `e`), an MoU invoked in a meeting's list and in another's outcome, two spellings of
/// Geneva and an online meeting.
fn dimensions_world() -> Registry {
    registry(json!({
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
    }))
}
