//! Every registry query against a naive scan of the same data: same answer, same order, on
//! synthetic datasets of many shapes.

// The naive side indexes meetings by position on purpose: positions are what the
// registry's document order means.
#![allow(
    clippy::needless_range_loop,
    clippy::type_complexity,
    clippy::needless_lifetimes
)]

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use multilateral::registry::names::fold;
use multilateral::registry::{DateStatus, PostFilter, Scope};
use multilateral::synth::{SynthConfig, generate};
use multilateral::{
    Coverage, Dataset, Meeting, MeetingKind, MeetingStatus, MembershipStatus, MouStatus, Party,
    Period, PostRole, Registry, RelationKind,
};
use proptest::prelude::*;

/// Meetings in the registry's date order: earliest possible day, latest, document order.
fn key(data: &Dataset, i: usize) -> (NaiveDate, NaiveDate, usize) {
    let (a, b) = data.meetings[i].when.bounds();
    (a, b, i)
}

fn sorted<'a>(data: &'a Dataset, mut idx: Vec<usize>) -> Vec<&'a str> {
    idx.sort_by_key(|&i| key(data, i));
    idx.dedup();
    idx.into_iter()
        .map(|i| data.meetings[i].id.as_str())
        .collect()
}

fn ids<'a>(ms: impl IntoIterator<Item = &'a Meeting>) -> Vec<&'a str> {
    ms.into_iter().map(|m| m.id.as_str()).collect()
}

fn overlaps(when: &Period, p: &Period) -> bool {
    let (a, b) = when.bounds();
    let (x, y) = p.bounds();
    a <= y && x <= b
}

/// The organization and, with sub-bodies, every organization below it.
fn tree(data: &Dataset, org: &str, scope: Scope) -> HashSet<String> {
    let mut out: HashSet<String> = HashSet::from([org.to_owned()]);
    if scope == Scope::WithSubBodies {
        loop {
            let before = out.len();
            for o in &data.organizations {
                if o.parent.as_ref().is_some_and(|p| out.contains(p.as_str())) {
                    out.insert(o.id.as_str().to_owned());
                }
            }
            if out.len() == before {
                break;
            }
        }
    }
    out
}

fn involves_official(m: &Meeting, official: &str) -> bool {
    m.participants
        .iter()
        .any(|p| p.official.as_ref().is_some_and(|o| o.as_str() == official))
}

fn involves_org(m: &Meeting, orgs: &HashSet<String>) -> bool {
    m.participants.iter().any(|p| {
        p.party
            .organization()
            .is_some_and(|o| orgs.contains(o.as_str()))
    })
}

/// Arguments drawn for one run: indices are taken modulo the record counts.
#[derive(Debug, Clone)]
struct Args {
    org: usize,
    other: usize,
    official: usize,
    dimension: usize,
    mou: usize,
    meeting: usize,
    day: NaiveDate,
    period: Period,
    sub_bodies: bool,
    transitive: bool,
    kind: usize,
    query_mask: u8,
}

fn date_in(years: std::ops::Range<i32>) -> impl Strategy<Value = NaiveDate> {
    (years, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn args() -> impl Strategy<Value = Args> {
    let period = (
        prop::option::of(date_in(1990..2030)),
        prop::option::of(0u32..4000),
        0u8..3,
    )
        .prop_map(|(start, len, precision)| {
            let fmt = |d: NaiveDate| match precision {
                0 => d.format("%Y-%m-%d").to_string(),
                1 => d.format("%Y-%m").to_string(),
                _ => d.format("%Y").to_string(),
            };
            let s = start.map(fmt);
            let e =
                match (start, len) {
                    (Some(d), Some(l)) => Some(fmt(d + chrono::Duration::days(l.into()))),
                    (None, Some(l)) => Some(fmt(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
                        + chrono::Duration::days(l.into()))),
                    _ => None,
                };
            let text = format!(
                "{}/{}",
                s.as_deref().unwrap_or(".."),
                e.as_deref().unwrap_or("..")
            );
            text.parse::<Period>().unwrap_or_default()
        });
    (
        (
            any::<usize>(),
            any::<usize>(),
            any::<usize>(),
            any::<usize>(),
            any::<usize>(),
            any::<usize>(),
        ),
        date_in(1995..2027),
        period,
        any::<bool>(),
        any::<bool>(),
        any::<usize>(),
        any::<u8>(),
    )
        .prop_map(
            |(
                (org, other, official, dimension, mou, meeting),
                day,
                period,
                sub_bodies,
                transitive,
                kind,
                query_mask,
            )| Args {
                org,
                other,
                official,
                dimension,
                mou,
                meeting,
                day,
                period,
                sub_bodies,
                transitive,
                kind,
                query_mask,
            },
        )
}

fn pick<T>(list: &[T], i: usize) -> Option<&T> {
    if list.is_empty() {
        None
    } else {
        list.get(i % list.len())
    }
}

const KINDS: [MeetingKind; 12] = [
    MeetingKind::Bilateral,
    MeetingKind::Session,
    MeetingKind::Summit,
    MeetingKind::Ministerial,
    MeetingKind::Conference,
    MeetingKind::Seminar,
    MeetingKind::Forum,
    MeetingKind::Training,
    MeetingKind::Visit,
    MeetingKind::SigningCeremony,
    MeetingKind::Consultation,
    MeetingKind::Other,
];

fn check_all(data: &Dataset, r: &Registry, a: &Args) {
    let m = &data.meetings;
    let scope = if a.sub_bodies {
        Scope::WithSubBodies
    } else {
        Scope::Exact
    };

    // Timelines.
    if let Some(o) = pick(&data.officials, a.official) {
        let want: Vec<usize> = (0..m.len())
            .filter(|&i| involves_official(&m[i], o.id.as_str()) && overlaps(&m[i].when, &a.period))
            .collect();
        assert_eq!(
            ids(r.timeline_of_official(o.id.as_str(), &a.period)),
            sorted(data, want),
            "timeline of {}",
            o.id
        );
    }
    if let Some(org) = pick(&data.organizations, a.org) {
        let t = tree(data, org.id.as_str(), scope);
        let want: Vec<usize> = (0..m.len())
            .filter(|&i| involves_org(&m[i], &t) && overlaps(&m[i].when, &a.period))
            .collect();
        assert_eq!(
            ids(r.timeline_of_organization(org.id.as_str(), &a.period, scope)),
            sorted(data, want),
            "timeline of {}",
            org.id
        );
    }
    let want: Vec<usize> = (0..m.len())
        .filter(|&i| overlaps(&m[i].when, &a.period))
        .collect();
    assert_eq!(
        ids(r.meetings_during(&a.period)),
        sorted(data, want),
        "during {}",
        a.period
    );

    // Meetings on a day.
    let day_period = Period::within(a.day.into());
    let want: Vec<usize> = (0..m.len())
        .filter(|&i| overlaps(&m[i].when, &day_period))
        .collect();
    let on = r.meetings_on(a.day);
    assert_eq!(ids(on.iter().map(|x| x.0)), sorted(data, want));
    for (meeting, coverage) in on {
        let spans_day = meeting.days.is_none()
            && meeting.when.covers(a.day) == Coverage::Yes
            && meeting.when.end().is_some();
        if spans_day {
            assert_eq!(coverage, Coverage::Yes, "{} on {}", meeting.id, a.day);
        }
        if coverage == Coverage::Yes {
            assert!(meeting.when.start().is_some() && meeting.when.end().is_some());
        }
    }

    // Counterparts.
    if let Some(org) = pick(&data.organizations, a.org) {
        let me = Party::Organization(org.id.clone());
        let org_pos: HashMap<&str, usize> = data
            .organizations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let order = |p: &Party| match p {
            Party::Organization(id) => (
                0,
                org_pos.get(id.as_str()).copied().unwrap_or(usize::MAX),
                String::new(),
            ),
            Party::State(c) => (1, 0, c.to_string()),
            _ => (2, 0, String::new()),
        };
        let mut stats: HashMap<Party, (u32, usize, usize)> = HashMap::new();
        for i in 0..m.len() {
            let mut parties: Vec<Party> =
                m[i].participants.iter().map(|p| p.party.clone()).collect();
            parties.sort();
            parties.dedup();
            if !parties.contains(&me) {
                continue;
            }
            for p in parties.into_iter().filter(|p| *p != me) {
                let e = stats.entry(p).or_insert((0, i, i));
                e.0 += 1;
                if key(data, i) < key(data, e.1) {
                    e.1 = i;
                }
                if key(data, i) > key(data, e.2) {
                    e.2 = i;
                }
            }
        }
        let mut want: Vec<(Party, (u32, usize, usize))> = stats.into_iter().collect();
        want.sort_by_key(|(p, (n, _, _))| (std::cmp::Reverse(*n), order(p)));
        let want: Vec<(String, u32, &str, &str)> = want
            .into_iter()
            .map(|(p, (n, f, l))| (p.to_string(), n, m[f].id.as_str(), m[l].id.as_str()))
            .collect();
        let got: Vec<(String, u32, &str, &str)> = r
            .counterparts(&me)
            .into_iter()
            .map(|c| {
                (
                    c.party.to_string(),
                    c.meetings,
                    c.first.id.as_str(),
                    c.last.id.as_str(),
                )
            })
            .collect();
        assert_eq!(got, want, "counterparts of {}", org.id);
    }

    // Post holders, chairs, members.
    if let Some(org) = pick(&data.organizations, a.org) {
        let roles = [PostRole::Head, PostRole::Deputy, PostRole::Staff];
        let role = roles[a.kind % roles.len()];
        let posts: Vec<(&str, &multilateral::Post)> = data
            .officials
            .iter()
            .flat_map(|o| o.posts.iter().map(move |p| (o.id.as_str(), p)))
            .filter(|(_, p)| p.organization == org.id && p.role == role)
            .collect();
        let definite: Vec<&str> = posts
            .iter()
            .filter(|(_, p)| p.period.covers(a.day) == Coverage::Yes)
            .map(|x| x.0)
            .collect();
        let possible: Vec<&str> = posts
            .iter()
            .filter(|(_, p)| p.period.covers(a.day) == Coverage::Possibly)
            .map(|x| x.0)
            .collect();
        let before = posts
            .iter()
            .any(|(_, p)| p.period.latest().is_some_and(|d| d < a.day));
        let after = posts
            .iter()
            .any(|(_, p)| p.period.earliest().is_some_and(|d| d > a.day));
        let status = if !definite.is_empty() {
            DateStatus::Known
        } else if !possible.is_empty() {
            DateStatus::Possible
        } else if before && after {
            DateStatus::Vacant
        } else {
            DateStatus::Unknown
        };
        let got = r.holders(org.id.as_str(), PostFilter::Role(role), a.day);
        assert_eq!(got.status, status, "holders of {} on {}", org.id, a.day);
        assert_eq!(
            got.definite
                .iter()
                .map(|h| h.official.id.as_str())
                .collect::<Vec<_>>(),
            definite
        );
        assert_eq!(
            got.possible
                .iter()
                .map(|h| h.official.id.as_str())
                .collect::<Vec<_>>(),
            possible
        );

        let chairs = r.chair(org.id.as_str(), a.day);
        let want: Vec<_> = org
            .chairs
            .iter()
            .filter(|c| c.period.covers(a.day) == Coverage::Yes)
            .map(|c| c.country)
            .collect();
        assert_eq!(chairs.definite, want);
        let members = r.members(org.id.as_str(), MembershipStatus::Member, a.day);
        let want: Vec<_> = org
            .members
            .iter()
            .filter(|x| {
                x.status == MembershipStatus::Member && x.period.covers(a.day) == Coverage::Yes
            })
            .map(|x| &x.party)
            .collect();
        assert_eq!(members.definite, want);
    }

    // MoUs.
    if let (Some(x), Some(y)) = (
        pick(&data.organizations, a.org),
        pick(&data.organizations, a.other),
    ) {
        let (tx, ty) = (
            tree(data, x.id.as_str(), scope),
            tree(data, y.id.as_str(), scope),
        );
        let want: Vec<&str> = data
            .mous
            .iter()
            .filter(|mou| {
                mou.parties.iter().any(|p| {
                    tx.contains(p.as_str())
                        && mou
                            .parties
                            .iter()
                            .any(|q| q != p && ty.contains(q.as_str()))
                })
            })
            .map(|mou| mou.id.as_str())
            .collect();
        let got: Vec<&str> = r
            .mous_between(x.id.as_str(), y.id.as_str(), scope)
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(got, want, "mous between {} and {}", x.id, y.id);
    }
    let mut want: Vec<(NaiveDate, NaiveDate, usize, Coverage)> = data
        .mous
        .iter()
        .enumerate()
        .filter(|(_, mou)| mou.status != MouStatus::Draft)
        .filter_map(|(i, mou)| {
            let p = Period::new(mou.effective.or(mou.signed), mou.expires).ok()?;
            let c = p.covers(a.day);
            let sure = mou.status == MouStatus::InForce
                || (mou.status == MouStatus::Expired && mou.expires.is_some());
            let c = if c == Coverage::Yes && !sure {
                Coverage::Possibly
            } else {
                c
            };
            let (s, e) = p.bounds();
            (c != Coverage::No).then_some((s, e, i, c))
        })
        .collect();
    want.sort();
    let want: Vec<(&str, Coverage)> = want
        .into_iter()
        .map(|(_, _, i, c)| (data.mous[i].id.as_str(), c))
        .collect();
    let got: Vec<(&str, Coverage)> = r
        .mous_in_force(a.day)
        .into_iter()
        .map(|(m, c)| (m.id.as_str(), c))
        .collect();
    assert_eq!(got, want, "mous in force on {}", a.day);
    if let Some(mou) = pick(&data.mous, a.mou) {
        let want: Vec<usize> = (0..m.len())
            .filter(|&i| {
                m[i].mous.contains(&mou.id)
                    || m[i]
                        .outcomes
                        .iter()
                        .any(|o| o.mou.as_ref() == Some(&mou.id))
            })
            .collect();
        assert_eq!(
            ids(r.meetings_invoking(mou.id.as_str())),
            sorted(data, want)
        );
    }

    // By dimension, kind, status, place.
    if let Some(d) = pick(&data.dimensions, a.dimension) {
        let mut dims: HashSet<&str> = HashSet::from([d.id.as_str()]);
        if a.transitive {
            loop {
                let before = dims.len();
                for x in &data.dimensions {
                    if x.parent.as_ref().is_some_and(|p| dims.contains(p.as_str())) {
                        dims.insert(x.id.as_str());
                    }
                }
                if dims.len() == before {
                    break;
                }
            }
        }
        let want: Vec<usize> = (0..m.len())
            .filter(|&i| m[i].dimensions.iter().any(|x| dims.contains(x.as_str())))
            .collect();
        assert_eq!(
            ids(r.meetings_in_dimension(d.id.as_str(), a.transitive)),
            sorted(data, want),
            "dimension {}",
            d.id
        );
    }
    let kind = KINDS[a.kind % KINDS.len()];
    let want: Vec<usize> = (0..m.len()).filter(|&i| m[i].kind == kind).collect();
    assert_eq!(ids(r.meetings_of_kind(kind)), sorted(data, want));
    let statuses = [
        MeetingStatus::Planned,
        MeetingStatus::Held,
        MeetingStatus::Postponed,
        MeetingStatus::Cancelled,
    ];
    let status = statuses[a.kind % 4];
    let want: Vec<usize> = (0..m.len()).filter(|&i| m[i].status == status).collect();
    assert_eq!(ids(r.meetings_with_status(status)), sorted(data, want));
    if let Some(place) = pick(m, a.meeting).and_then(|x| x.location.as_ref()) {
        if let Some(c) = place.country {
            let want: Vec<usize> = (0..m.len())
                .filter(|&i| m[i].location.as_ref().and_then(|l| l.country) == Some(c))
                .collect();
            assert_eq!(ids(r.meetings_in_country(c)), sorted(data, want));
        }
        if let Some(city) = &place.city {
            let want: Vec<usize> = (0..m.len())
                .filter(|&i| {
                    m[i].location
                        .as_ref()
                        .and_then(|l| l.city.as_ref())
                        .is_some_and(|x| fold(x) == fold(city))
                })
                .collect();
            assert_eq!(ids(r.meetings_in_city(city)), sorted(data, want));
        }
    }

    // Related meetings, breadth first as the registry walks them.
    if let Some(event) = pick(m, a.meeting) {
        let kinds: Vec<RelationKind> = match a.kind % 3 {
            0 => vec![],
            1 => vec![RelationKind::SidelinesOf, RelationKind::PartOf],
            _ => vec![RelationKind::InPreparationFor, RelationKind::FollowUpTo],
        };
        let index: HashMap<&str, usize> = m
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.as_str(), i))
            .collect();
        let start = index[event.id.as_str()];
        let mut seen = HashSet::from([start]);
        let mut found: Vec<(usize, RelationKind, u32)> = Vec::new();
        let mut queue = std::collections::VecDeque::from([(start, 0u32)]);
        while let Some((at, depth)) = queue.pop_front() {
            for (i, x) in m.iter().enumerate() {
                for rel in &x.relations {
                    if index.get(rel.meeting.as_str()) != Some(&at)
                        || !(kinds.is_empty() || kinds.contains(&rel.kind))
                    {
                        continue;
                    }
                    if seen.insert(i) {
                        found.push((i, rel.kind, depth + 1));
                        if a.transitive {
                            queue.push_back((i, depth + 1));
                        }
                    }
                }
            }
        }
        found.sort_by_key(|&(i, _, _)| key(data, i));
        let want: Vec<(&str, RelationKind, u32)> = found
            .into_iter()
            .map(|(i, k, d)| (m[i].id.as_str(), k, d))
            .collect();
        let got: Vec<(&str, RelationKind, u32)> = r
            .related_to(event.id.as_str(), &kinds, a.transitive)
            .into_iter()
            .map(|x| (x.meeting.id.as_str(), x.kind, x.depth))
            .collect();
        assert_eq!(got, want, "related to {}", event.id);
    }

    // Officials met.
    if let Some(o) = pick(&data.officials, a.official) {
        let pos: HashMap<&str, usize> = data
            .officials
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.as_str(), i))
            .collect();
        let mut met: HashMap<&str, Vec<usize>> = HashMap::new();
        for i in 0..m.len() {
            if !involves_official(&m[i], o.id.as_str()) {
                continue;
            }
            for p in &m[i].participants {
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
            .map(|(id, list)| (id, sorted(data, list)))
            .collect();
        let got: Vec<(&str, Vec<&str>)> = r
            .officials_met(o.id.as_str())
            .into_iter()
            .map(|e| (e.official.id.as_str(), ids(e.meetings)))
            .collect();
        assert_eq!(got, want, "officials met by {}", o.id);
    }

    // Name lookup: query with a word of a name, folded or not.
    if let Some(o) = pick(&data.officials, a.official) {
        let word = o.name.split_whitespace().last().unwrap_or("x").to_owned();
        let q = fold(&word);
        let matches = |names: Vec<&str>| {
            let words: Vec<String> = names
                .iter()
                .flat_map(|n| {
                    fold(n)
                        .split(' ')
                        .filter(|w| !w.is_empty())
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
            q.split(' ')
                .filter(|w| !w.is_empty())
                .all(|qw| words.iter().any(|w| w.starts_with(qw)))
        };
        let mut want: Vec<(bool, usize)> = data
            .officials
            .iter()
            .enumerate()
            .filter(|(_, x)| {
                let mut names = vec![x.name.as_str()];
                names.extend(x.given_name.as_deref());
                names.extend(x.family_name.as_deref());
                names.extend(x.other_names.iter().map(|n| n.name.as_str()));
                matches(names)
            })
            .map(|(i, x)| (fold(&x.name) != q, i))
            .collect();
        want.sort();
        let want: Vec<&str> = want
            .into_iter()
            .map(|(_, i)| data.officials[i].id.as_str())
            .collect();
        let got: Vec<&str> = r
            .find_officials(&word)
            .iter()
            .map(|x| x.id.as_str())
            .collect();
        assert_eq!(got, want, "find officials {word:?}");
    }

    // The composable query against a plain filter.
    let mut q = r.meetings();
    let mut conditions: Vec<Box<dyn Fn(&Meeting) -> bool>> = Vec::new();
    if a.query_mask & 1 != 0 {
        if let Some(org) = pick(&data.organizations, a.org) {
            q = q.involving(org.id.as_str());
            let id = org.id.clone();
            conditions.push(Box::new(move |x| {
                x.participants
                    .iter()
                    .any(|p| p.party.organization() == Some(&id))
            }));
        }
    }
    if a.query_mask & 2 != 0 {
        if let Some(o) = pick(&data.officials, a.official) {
            q = q.with(o.id.as_str());
            let id = o.id.as_str().to_owned();
            conditions.push(Box::new(move |x| involves_official(x, &id)));
        }
    }
    if a.query_mask & 4 != 0 {
        if let Some(d) = pick(&data.dimensions, a.dimension) {
            q = q.in_dimension(d.id.as_str());
            let mut dims: HashSet<String> = HashSet::from([d.id.as_str().to_owned()]);
            loop {
                let before = dims.len();
                for x in &data.dimensions {
                    if x.parent.as_ref().is_some_and(|p| dims.contains(p.as_str())) {
                        dims.insert(x.id.as_str().to_owned());
                    }
                }
                if dims.len() == before {
                    break;
                }
            }
            conditions.push(Box::new(move |x| {
                x.dimensions.iter().any(|d| dims.contains(d.as_str()))
            }));
        }
    }
    if a.query_mask & 8 != 0 {
        q = q.of_kind(kind);
        conditions.push(Box::new(move |x| x.kind == kind));
    }
    if a.query_mask & 16 != 0 {
        q = q.during(&a.period);
        let p = a.period;
        conditions.push(Box::new(move |x| overlaps(&x.when, &p)));
    }
    if a.query_mask & 32 != 0 {
        if let Some(c) = pick(m, a.meeting)
            .and_then(|x| x.location.as_ref())
            .and_then(|l| l.country)
        {
            q = q.in_country(c);
            conditions.push(Box::new(move |x| {
                x.location.as_ref().and_then(|l| l.country) == Some(c)
            }));
        }
    }
    if a.query_mask & 64 != 0 {
        q = q.with_status(status);
        conditions.push(Box::new(move |x| x.status == status));
    }
    let want: Vec<usize> = (0..m.len())
        .filter(|&i| conditions.iter().all(|c| c(&m[i])))
        .collect();
    assert_eq!(
        ids(q.run()),
        sorted(data, want),
        "composed query {:#09b}",
        a.query_mask
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn queries_agree_with_a_naive_scan(seed in any::<u64>(), size in 0usize..120, runs in prop::collection::vec(args(), 6)) {
        let data = generate(&SynthConfig::new(size, seed));
        let registry = Registry::new(data.clone()).expect("synthetic data validates");
        for a in &runs {
            check_all(&data, &registry, a);
        }
    }
}
