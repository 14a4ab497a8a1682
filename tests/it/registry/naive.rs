//! Every registry query against a naive scan of the same records: the same answer in the
//! same order, on generated datasets of many shapes and sizes.

use std::collections::{HashMap, HashSet, VecDeque};

use multilateral::registry::{Depth, DimensionScope, PostFilter, Scope};
use multilateral::{
    Coverage, Dataset, Meeting, MeetingKind, MeetingStatus, MembershipStatus, NaiveDate, Party,
    Period, Post, PostRole, Registry, RelationKind, fold_name,
};
use multilateral_testkit::synth::{SynthConfig, generate};
use proptest::prelude::*;

use super::{
    assert_chair_and_members, counterparts_of, date_key, expected_on_date, held, in_date_order,
    involves_official, involves_org, posts_at, scan_counterparts, sorted_ids, titled,
};
use crate::support::ids;

/// The ids of these records and every record below them (by `parent`), when `down`.
fn subtree<'a>(
    start: &'a str,
    down: bool,
    records: impl Iterator<Item = (&'a str, Option<&'a str>)> + Clone,
) -> HashSet<&'a str> {
    let mut out = HashSet::from([start]);
    let mut grew = down;
    while grew {
        let before = out.len();
        for (id, parent) in records.clone() {
            if parent.is_some_and(|p| out.contains(p)) {
                out.insert(id);
            }
        }
        grew = out.len() > before;
    }
    out
}

/// An organization and, with sub-bodies, every organization below it.
pub(super) fn org_tree<'a>(data: &'a Dataset, org: &'a str, scope: Scope) -> HashSet<&'a str> {
    let records = data
        .organizations
        .iter()
        .map(|o| (o.id.as_str(), o.parent.as_ref().map(|p| p.as_str())));
    subtree(org, scope == Scope::WithSubBodies, records)
}

/// A dimension and, with priority areas, every area below it.
fn dimension_tree<'a>(data: &'a Dataset, dim: &'a str, scope: DimensionScope) -> HashSet<&'a str> {
    let records = data
        .dimensions
        .iter()
        .map(|d| (d.id.as_str(), d.parent.as_ref().map(|p| p.as_str())));
    subtree(dim, scope == DimensionScope::WithPriorityAreas, records)
}

fn in_dimensions(m: &Meeting, dims: &HashSet<&str>) -> bool {
    m.dimensions.iter().any(|d| dims.contains(d.as_str()))
}

/// Whether every word of the folded query begins a word of one of the folded names.
fn name_matches(query: &str, names: &[&str]) -> bool {
    let q = fold_name(query);
    let words: Vec<String> = names
        .iter()
        .flat_map(|n| {
            fold_name(n)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut query_words = q.split(' ').filter(|w| !w.is_empty()).peekable();
    query_words.peek().is_some() && query_words.all(|qw| words.iter().any(|w| w.starts_with(qw)))
}

/// Arguments drawn for one run: indices are taken modulo the record counts.
#[derive(Debug, Clone)]
pub(super) struct Args {
    pub(super) org: usize,
    pub(super) other: usize,
    pub(super) official: usize,
    pub(super) dimension: usize,
    pub(super) mou: usize,
    pub(super) meeting: usize,
    pub(super) day: NaiveDate,
    pub(super) period: Period,
    pub(super) sub_bodies: bool,
    pub(super) transitive: bool,
    pub(super) kind: usize,
    pub(super) query_mask: u8,
}

fn date_in(years: std::ops::Range<i32>) -> impl Strategy<Value = NaiveDate> {
    (years, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

pub(super) fn args() -> impl Strategy<Value = Args> {
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
            let e = match (start, len) {
                (Some(d), Some(l)) => Some(fmt(d + chrono::Duration::days(l.into()))),
                (None, Some(l)) => Some(fmt(
                    multilateral::ymd(2000, 1, 1) + chrono::Duration::days(l.into())
                )),
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

pub(super) fn pick<T>(list: &[T], i: usize) -> Option<&T> {
    if list.is_empty() {
        None
    } else {
        list.get(i % list.len())
    }
}

/// One run's scopes and choices of values.
pub(super) struct Choices {
    pub(super) scope: Scope,
    pub(super) areas: DimensionScope,
    pub(super) depth: Depth,
    pub(super) kind: MeetingKind,
    pub(super) status: MeetingStatus,
    pub(super) role: PostRole,
}

impl Choices {
    pub(super) fn of(a: &Args) -> Self {
        Self {
            scope: if a.sub_bodies {
                Scope::WithSubBodies
            } else {
                Scope::Exact
            },
            areas: if a.transitive {
                DimensionScope::WithPriorityAreas
            } else {
                DimensionScope::Exact
            },
            depth: if a.transitive {
                Depth::Transitive
            } else {
                Depth::Direct
            },
            kind: MeetingKind::ALL[a.kind % MeetingKind::ALL.len()],
            status: MeetingStatus::ALL[a.kind % MeetingStatus::ALL.len()],
            role: PostRole::ALL[a.kind % PostRole::ALL.len()],
        }
    }
}

fn check_meetings_of_records(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let m = &data.meetings;
    let in_period = |x: &Meeting| x.when.may_overlap(&a.period);
    if let Some(o) = pick(&data.officials, a.official) {
        let handle = r.official(&o.id).expect("an official of the records");
        assert_eq!(
            ids(handle.meetings(&a.period)),
            in_date_order(data, |x| involves_official(x, o.id.as_str())
                && in_period(x)),
            "meetings of {}",
            o.id
        );
    }
    if let Some(org) = pick(&data.organizations, a.org) {
        let t = org_tree(data, org.id.as_str(), c.scope);
        let handle = r
            .organization(&org.id)
            .expect("an organization of the records");
        assert_eq!(
            ids(handle.meetings(&a.period, c.scope)),
            in_date_order(data, |x| involves_org(x, |o| t.contains(o)) && in_period(x)),
            "meetings of {} ({:?})",
            org.id,
            c.scope
        );
    }
    let state =
        pick(m, a.meeting).and_then(|x| x.participants.iter().find_map(|p| p.party.state()));
    if let Some(code) = state {
        let me = Party::State(code);
        let of_state = |x: &Meeting| x.participants.iter().any(|p| p.party == me);
        assert_eq!(
            ids(r.state(code).meetings(&a.period)),
            in_date_order(data, |x| of_state(x) && in_period(x)),
            "meetings of {code}"
        );
    }
    if let Some(d) = pick(&data.dimensions, a.dimension) {
        let dims = dimension_tree(data, d.id.as_str(), c.areas);
        let handle = r.dimension(&d.id).expect("a dimension of the records");
        assert_eq!(
            ids(handle.meetings(c.areas)),
            in_date_order(data, |x| in_dimensions(x, &dims)),
            "dimension {} ({:?})",
            d.id,
            c.areas
        );
    }
    if let Some(mou) = pick(&data.mous, a.mou) {
        let invokes = |x: &Meeting| {
            x.mous.contains(&mou.id) || x.outcomes.iter().any(|o| o.mou.as_ref() == Some(&mou.id))
        };
        let handle = r.mou(&mou.id).expect("an MoU of the records");
        assert_eq!(
            ids(handle.meetings()),
            in_date_order(data, invokes),
            "{}",
            mou.id
        );
    }
}

fn check_meetings_of_the_dataset(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let m = &data.meetings;
    assert_eq!(
        ids(r.meetings_during(&a.period)),
        in_date_order(data, |x| x.when.may_overlap(&a.period)),
        "during {}",
        a.period
    );

    let day_period = Period::within(a.day.into());
    let on = r.meetings_on(a.day);
    assert_eq!(
        ids(on.iter().map(|x| x.0)),
        in_date_order(data, |x| x.when.may_overlap(&day_period)),
        "on {}",
        a.day
    );
    for (meeting, coverage) in on {
        let spans_day = meeting.days.is_none()
            && meeting.when.covers(a.day) == Coverage::Yes
            && meeting.when.end().is_dated();
        if spans_day {
            assert_eq!(coverage, Coverage::Yes, "{} on {}", meeting.id, a.day);
        }
        if coverage == Coverage::Yes {
            assert!(meeting.when.end().is_dated());
        }
        assert_ne!(coverage, Coverage::No);
        assert_eq!(
            coverage,
            meeting.coverage(a.day),
            "{} on {}",
            meeting.id,
            a.day
        );
    }

    assert_eq!(
        ids(r.meetings_of_kind(c.kind)),
        in_date_order(data, |x| x.kind == c.kind)
    );
    assert_eq!(
        ids(r.meetings_with_status(c.status)),
        in_date_order(data, |x| x.status == c.status)
    );
    if let Some(place) = pick(m, a.meeting).and_then(|x| x.location.as_ref()) {
        if let Some(code) = place.country {
            assert_eq!(
                ids(r.meetings_in_country(code)),
                in_date_order(data, |x| x.location.as_ref().and_then(|l| l.country)
                    == Some(code))
            );
        }
        if let Some(city) = &place.city {
            let folded = fold_name(city);
            let in_city = |x: &Meeting| {
                x.location
                    .as_ref()
                    .and_then(|l| l.city.as_ref())
                    .is_some_and(|y| fold_name(y) == folded)
            };
            assert_eq!(ids(r.meetings_in_city(city)), in_date_order(data, in_city));
        }
    }
}

/// Related meetings, breadth first as the registry walks them.
fn check_related(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let m = &data.meetings;
    let Some(event) = pick(m, a.meeting) else {
        return;
    };
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
    let mut queue = VecDeque::from([(start, 0u32)]);
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
                    if c.depth == Depth::Transitive {
                        queue.push_back((i, depth + 1));
                    }
                }
            }
        }
    }
    found.sort_by_key(|&(i, _, _)| date_key(data, i));
    let want: Vec<(&str, RelationKind, u32)> = found
        .into_iter()
        .map(|(i, k, d)| (m[i].id.as_str(), k, d))
        .collect();
    let handle = r.meeting(&event.id).expect("a meeting of the records");
    let got: Vec<(&str, RelationKind, u32)> = handle
        .related(&kinds, c.depth)
        .into_iter()
        .map(|x| (x.meeting.id.as_str(), x.kind, x.depth))
        .collect();
    assert_eq!(got, want, "related to {} ({:?})", event.id, c.depth);
}

fn check_posts(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let Some(org) = pick(&data.organizations, a.org) else {
        return;
    };
    let handle = r
        .organization(&org.id)
        .expect("an organization of the records");
    let posts = |keep: &dyn Fn(&Post) -> bool| posts_at(data, org.id.as_str(), keep);
    assert_eq!(
        held(handle.holders(PostFilter::Role(c.role), a.day)),
        expected_on_date(&posts(&|p| p.role == c.role), a.day),
        "{} of {} on {}",
        c.role,
        org.id,
        a.day
    );
    let titles: Vec<&str> = data
        .officials
        .iter()
        .flat_map(|o| &o.posts)
        .filter(|p| p.organization == org.id)
        .filter_map(|p| p.title.as_deref())
        .collect();
    if let Some(title) = pick(&titles, a.other) {
        assert_eq!(
            held(handle.holders(PostFilter::Title(title), a.day)),
            expected_on_date(&posts(&titled(title)), a.day),
            "{title} of {} on {}",
            org.id,
            a.day
        );
    }
    let status = MembershipStatus::ALL[a.kind % MembershipStatus::ALL.len()];
    assert_chair_and_members(handle, status, a.day);
}

fn check_mous(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    if let (Some(x), Some(y)) = (
        pick(&data.organizations, a.org),
        pick(&data.organizations, a.other),
    ) {
        let (tx, ty) = (
            org_tree(data, x.id.as_str(), c.scope),
            org_tree(data, y.id.as_str(), c.scope),
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
        let (hx, hy) = (
            r.organization(&x.id).unwrap(),
            r.organization(&y.id).unwrap(),
        );
        let got: Vec<&str> = hx
            .mous_with(hy, c.scope)
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(
            got, want,
            "mous between {} and {} ({:?})",
            x.id, y.id, c.scope
        );
    }
    let mut want: Vec<(NaiveDate, NaiveDate, usize, Coverage)> = data
        .mous
        .iter()
        .enumerate()
        .filter(|(_, mou)| mou.status != multilateral::MouStatus::Draft)
        .filter_map(|(i, mou)| {
            let p = Period::new(mou.effective.or(mou.signed), mou.expires).ok()?;
            let covered = p.covers(a.day);
            let sure = mou.status == multilateral::MouStatus::InForce
                || (mou.status == multilateral::MouStatus::Expired && mou.expires.is_some());
            let covered = if covered == Coverage::Yes && !sure {
                Coverage::Possibly
            } else {
                covered
            };
            let (s, e) = p.bounds();
            (covered != Coverage::No).then_some((s, e, i, covered))
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
}

fn check_network(data: &Dataset, r: &Registry, a: &Args) {
    let m = &data.meetings;
    if let Some(org) = pick(&data.organizations, a.org) {
        let me = Party::Organization(org.id.clone());
        assert_eq!(
            counterparts_of(r, &me),
            scan_counterparts(data, &me),
            "counterparts of {me}"
        );
    }
    if let Some(code) =
        pick(m, a.meeting).and_then(|x| x.participants.iter().find_map(|p| p.party.state()))
    {
        let me = Party::State(code);
        assert_eq!(
            counterparts_of(r, &me),
            scan_counterparts(data, &me),
            "counterparts of {me}"
        );
    }
    if let Some(o) = pick(&data.officials, a.official) {
        let pos: HashMap<&str, usize> = data
            .officials
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.as_str(), i))
            .collect();
        let mut met: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, x) in m.iter().enumerate() {
            if !involves_official(x, o.id.as_str()) {
                continue;
            }
            for p in &x.participants {
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
            .map(|(id, list)| (id, sorted_ids(data, list)))
            .collect();
        let got: Vec<(&str, Vec<&str>)> = r
            .official(&o.id)
            .expect("an official of the records")
            .met()
            .into_iter()
            .map(|e| (e.official.id().as_str(), ids(e.meetings)))
            .collect();
        assert_eq!(got, want, "officials met by {}", o.id);
    }
}

/// The records that `matches` accepts, as positions, whole-name matches (by `exact`)
/// first, then the rest, each group in document order.
fn expected_found<T>(
    records: &[T],
    matches: impl Fn(&T) -> bool,
    exact: impl Fn(&T) -> bool,
) -> Vec<usize> {
    let mut want: Vec<(bool, usize)> = records
        .iter()
        .enumerate()
        .filter(|(_, x)| matches(x))
        .map(|(i, x)| (!exact(x), i))
        .collect();
    want.sort();
    want.into_iter().map(|(_, i)| i).collect()
}

/// Name lookup: query with a word of a name, folded or not; whole-name matches first.
fn check_names(data: &Dataset, r: &Registry, a: &Args) {
    if let Some(o) = pick(&data.officials, a.official) {
        let word = o.name.split_whitespace().last().unwrap_or("x").to_owned();
        let q = fold_name(&word);
        let want: Vec<&str> = expected_found(
            &data.officials,
            |x| {
                let mut names = vec![x.name.as_str()];
                names.extend(x.given_name.as_deref());
                names.extend(x.family_name.as_deref());
                names.extend(x.other_names.iter().map(|n| n.name.as_str()));
                name_matches(&word, &names)
            },
            |x| fold_name(&x.name) == q,
        )
        .into_iter()
        .map(|i| data.officials[i].id.as_str())
        .collect();
        let found = r.find_officials(&word);
        let got: Vec<&str> = found.iter().map(|x| x.id().as_str()).collect();
        assert_eq!(got, want, "find officials {word:?}");
    }
    let org = pick(&data.organizations, a.other);
    let words: Vec<&str> = org.map_or_else(Vec::new, |o| o.name.split_whitespace().collect());
    // The acronym (a hub's begins its bodies' names), or a tail of the name: sometimes all
    // of it, which makes the match exact.
    let query = match org.and_then(|o| o.acronym.as_deref()) {
        Some(acronym) if a.kind % 3 == 0 => Some(acronym.to_owned()),
        _ if !words.is_empty() => Some(words[a.kind % words.len()..].join(" ")),
        _ => None,
    };
    if let Some(query) = query {
        let q = fold_name(&query);
        let want: Vec<&str> = expected_found(
            &data.organizations,
            |x| {
                let mut names = vec![x.name.as_str()];
                names.extend(x.acronym.as_deref());
                names.extend(x.other_names.iter().map(|n| n.name.as_str()));
                name_matches(&query, &names)
            },
            |x| fold_name(&x.name) == q || x.acronym.as_deref().is_some_and(|y| fold_name(y) == q),
        )
        .into_iter()
        .map(|i| data.organizations[i].id.as_str())
        .collect();
        let found = r.find_organizations(&query);
        let got: Vec<&str> = found.iter().map(|x| x.id().as_str()).collect();
        assert_eq!(got, want, "find organizations {query:?}");
    }
}

/// A condition of the composable query, as a filter of records.
type Condition<'a> = Box<dyn Fn(&Meeting) -> bool + 'a>;

/// The composable query against a plain filter of the conditions the mask picks.
fn check_query(data: &Dataset, r: &Registry, a: &Args, c: &Choices) {
    let m = &data.meetings;
    let mut q = r.meetings();
    let mut conditions: Vec<Condition<'_>> = Vec::new();
    if a.query_mask & 1 != 0 {
        if let Some(org) = pick(&data.organizations, a.org) {
            q = q.involving(r.organization(&org.id).unwrap(), c.scope);
            let t = org_tree(data, org.id.as_str(), c.scope);
            conditions.push(Box::new(move |x| involves_org(x, |o| t.contains(o))));
        }
    }
    if a.query_mask & 2 != 0 {
        if let Some(o) = pick(&data.officials, a.official) {
            q = q.with(r.official(&o.id).unwrap());
            conditions.push(Box::new(move |x| involves_official(x, o.id.as_str())));
        }
    }
    if a.query_mask & 4 != 0 {
        if let Some(d) = pick(&data.dimensions, a.dimension) {
            // The dimension's scope is drawn on its own, from the top bit of the mask.
            let areas = if a.query_mask & 128 != 0 {
                DimensionScope::WithPriorityAreas
            } else {
                DimensionScope::Exact
            };
            q = q.in_dimension(r.dimension(&d.id).unwrap(), areas);
            let dims = dimension_tree(data, d.id.as_str(), areas);
            conditions.push(Box::new(move |x| in_dimensions(x, &dims)));
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
        if let Some(code) = pick(m, a.meeting)
            .and_then(|x| x.location.as_ref())
            .and_then(|l| l.country)
        {
            q = q.in_country(code);
            conditions.push(Box::new(move |x| {
                x.location.as_ref().and_then(|l| l.country) == Some(code)
            }));
        }
    }
    if a.query_mask & 64 != 0 {
        q = q.with_status(c.status);
        let status = c.status;
        conditions.push(Box::new(move |x| x.status == status));
    }
    assert_eq!(
        ids(q.run()),
        in_date_order(data, |x| conditions.iter().all(|c| c(x))),
        "composed query {:#010b} ({:?})",
        a.query_mask,
        c.scope
    );
}

fn check_all(data: &Dataset, r: &Registry, a: &Args) {
    let c = Choices::of(a);
    check_meetings_of_records(data, r, a, &c);
    check_meetings_of_the_dataset(data, r, a, &c);
    check_related(data, r, a, &c);
    check_posts(data, r, a, &c);
    check_mous(data, r, a, &c);
    check_network(data, r, a);
    check_names(data, r, a);
    check_query(data, r, a, &c);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn queries_agree_with_a_naive_scan(
        seed in any::<u64>(),
        size in 0usize..120,
        runs in prop::collection::vec(args(), 6),
    ) {
        let data = generate(&SynthConfig::new(size, seed));
        let registry = Registry::new(data.clone()).expect("synthetic data validates");
        for a in &runs {
            check_all(&data, &registry, a);
        }
    }
}
