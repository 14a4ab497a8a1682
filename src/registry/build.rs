//! Building the registry's indexes, once.

use std::collections::HashMap;

use crate::dataset::Dataset;
use crate::mou::{Mou, MouStatus};
use crate::period::Period;
use crate::registry::ids::IdTable;
use crate::registry::names::{NameIndex, Owner, fold};
use crate::registry::timeline::{Day, MeetingList, Spans};
use crate::registry::{PairStat, PartyKey, Registry, extent};
use crate::validate::Report;

/// Meetings with more distinct parties than this have their counterpart pairs worked out
/// at query time instead of stored: a session of 190 states would otherwise store 35,910
/// pairs.
pub(crate) const CROWDED: usize = 32;

fn idx(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

pub(crate) fn build(data: Dataset, warnings: Report) -> Registry {
    let organization_ids = IdTable::build(data.organizations.iter().map(|o| o.id.as_str()));
    let official_ids = IdTable::build(data.officials.iter().map(|o| o.id.as_str()));
    let meeting_ids = IdTable::build(data.meetings.iter().map(|o| o.id.as_str()));
    let mou_ids = IdTable::build(data.mous.iter().map(|o| o.id.as_str()));
    let dimension_ids = IdTable::build(data.dimensions.iter().map(|o| o.id.as_str()));

    let org =
        |id: &str| organization_ids.get(id, |i| data.organizations.get(i).map(|o| o.id.as_str()));
    let official =
        |id: &str| official_ids.get(id, |i| data.officials.get(i).map(|o| o.id.as_str()));
    let meeting = |id: &str| meeting_ids.get(id, |i| data.meetings.get(i).map(|o| o.id.as_str()));
    let mou = |id: &str| mou_ids.get(id, |i| data.mous.get(i).map(|o| o.id.as_str()));
    let dimension =
        |id: &str| dimension_ids.get(id, |i| data.dimensions.get(i).map(|o| o.id.as_str()));

    // Rank meetings in date order.
    let mut order: Vec<(Day, Day, u32)> = data
        .meetings
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (a, b) = extent(&m.when);
            (a, b, idx(i))
        })
        .collect();
    order.sort_unstable();
    let spans = Spans {
        by_rank: order.iter().map(|&(a, b, _)| (a, b)).collect(),
    };
    let meeting_at: Vec<u32> = order.iter().map(|&(_, _, i)| i).collect();
    let mut rank_of = vec![0u32; data.meetings.len()];
    for (rank, &i) in meeting_at.iter().enumerate() {
        if let Some(r) = rank_of.get_mut(i as usize) {
            *r = idx(rank);
        }
    }
    drop(order);

    let n_orgs = data.organizations.len();
    let mut all_meetings = MeetingList::default();
    let mut by_organization = vec![MeetingList::default(); n_orgs];
    let mut by_official = vec![MeetingList::default(); data.officials.len()];
    let mut by_dimension = vec![MeetingList::default(); data.dimensions.len()];
    let mut by_mou = vec![MeetingList::default(); data.mous.len()];
    let mut by_state: HashMap<_, MeetingList> = HashMap::new();
    let mut by_kind: HashMap<_, MeetingList> = HashMap::new();
    let mut by_status: HashMap<_, MeetingList> = HashMap::new();
    let mut by_country: HashMap<_, MeetingList> = HashMap::new();
    let mut by_city: HashMap<String, MeetingList> = HashMap::new();
    let mut incoming: Vec<Vec<_>> = vec![Vec::new(); data.meetings.len()];
    let mut pairs: HashMap<(PartyKey, PartyKey), PairStat> = HashMap::new();
    let mut crowded: HashMap<PartyKey, Vec<u32>> = HashMap::new();

    let push = |list: Option<&mut MeetingList>, rank: u32| {
        if let Some(list) = list {
            list.push(rank, &spans);
        }
    };
    let mut parties: Vec<PartyKey> = Vec::new();
    for (i, m) in data.meetings.iter().enumerate() {
        let rank = rank_of.get(i).copied().unwrap_or(0);
        all_meetings.push(rank, &spans);
        push(Some(by_kind.entry(m.kind).or_default()), rank);
        push(Some(by_status.entry(m.status).or_default()), rank);
        if let Some(loc) = &m.location {
            if let Some(c) = loc.country {
                push(Some(by_country.entry(c).or_default()), rank);
            }
            if let Some(city) = &loc.city {
                push(Some(by_city.entry(fold(city)).or_default()), rank);
            }
        }
        parties.clear();
        for p in &m.participants {
            let key = match (p.party.organization(), p.party.state()) {
                (Some(o), _) => org(o.as_str()).map(|o| PartyKey::Org(idx(o))),
                (None, Some(s)) => Some(PartyKey::State(s)),
                (None, None) => None,
            };
            if let Some(key) = key {
                parties.push(key);
                match key {
                    PartyKey::Org(o) => push(by_organization.get_mut(o as usize), rank),
                    PartyKey::State(s) => push(Some(by_state.entry(s).or_default()), rank),
                }
            }
            if let Some(o) = p.official.as_ref().and_then(|o| official(o.as_str())) {
                push(by_official.get_mut(o), rank);
            }
        }
        for d in m.dimensions.iter().filter_map(|d| dimension(d.as_str())) {
            push(by_dimension.get_mut(d), rank);
        }
        let invoked = m
            .mous
            .iter()
            .chain(m.outcomes.iter().filter_map(|o| o.mou.as_ref()));
        for x in invoked.filter_map(|x| mou(x.as_str())) {
            push(by_mou.get_mut(x), rank);
        }
        for rel in &m.relations {
            if let Some(target) = meeting(rel.meeting.as_str()).and_then(|t| incoming.get_mut(t)) {
                target.push((rel.kind, idx(i)));
            }
        }
        count_pairs(&mut parties, rank, &mut pairs, &mut crowded);
    }

    let mut counterparts: HashMap<PartyKey, Vec<PairStat>> = HashMap::new();
    for ((a, _), stat) in pairs {
        counterparts.entry(a).or_default().push(stat);
    }
    for list in counterparts.values_mut() {
        list.sort_unstable_by_key(|s| (std::cmp::Reverse(s.count), s.other));
        list.shrink_to_fit();
    }
    for list in crowded.values_mut() {
        list.sort_unstable();
        list.dedup();
    }

    let lists = by_organization
        .iter_mut()
        .chain(by_official.iter_mut())
        .chain(by_dimension.iter_mut())
        .chain(by_mou.iter_mut())
        .chain(by_state.values_mut())
        .chain(by_kind.values_mut())
        .chain(by_status.values_mut())
        .chain(by_country.values_mut())
        .chain(by_city.values_mut())
        .chain(std::iter::once(&mut all_meetings));
    for list in lists {
        list.finish();
    }
    for list in &mut incoming {
        list.shrink_to_fit();
    }

    let mut org_children = vec![Vec::new(); n_orgs];
    for (i, o) in data.organizations.iter().enumerate() {
        if let Some(p) = o.parent.as_ref().and_then(|p| org(p.as_str())) {
            if let Some(c) = org_children.get_mut(p) {
                c.push(idx(i));
            }
        }
    }
    let mut dimension_children = vec![Vec::new(); data.dimensions.len()];
    for (i, d) in data.dimensions.iter().enumerate() {
        if let Some(p) = d.parent.as_ref().and_then(|p| dimension(p.as_str())) {
            if let Some(c) = dimension_children.get_mut(p) {
                c.push(idx(i));
            }
        }
    }

    let mut posts_at = vec![Vec::new(); n_orgs];
    for (i, o) in data.officials.iter().enumerate() {
        for (j, p) in o.posts.iter().enumerate() {
            if let Some(list) = org(p.organization.as_str()).and_then(|o| posts_at.get_mut(o)) {
                list.push((idx(i), idx(j)));
            }
        }
    }

    let mut mous_by_pair: HashMap<(u32, u32), Vec<u32>> = HashMap::new();
    for (i, m) in data.mous.iter().enumerate() {
        let mut parties: Vec<u32> = m
            .parties
            .iter()
            .filter_map(|p| org(p.as_str()))
            .map(idx)
            .collect();
        parties.sort_unstable();
        parties.dedup();
        for (a, &x) in parties.iter().enumerate() {
            for &y in parties.iter().skip(a + 1) {
                mous_by_pair.entry((x, y)).or_default().push(idx(i));
            }
        }
    }

    let (mou_spans, mou_order, mous_in_force) = in_force_index(&data.mous);

    let names = NameIndex::build(
        data.organizations
            .iter()
            .enumerate()
            .flat_map(|(i, o)| {
                let owner = Owner::Organization(idx(i));
                std::iter::once(o.name.as_str())
                    .chain(o.acronym.as_deref())
                    .chain(o.other_names.iter().map(|n| n.name.as_str()))
                    .map(move |n| (owner, n))
            })
            .chain(data.officials.iter().enumerate().flat_map(|(i, o)| {
                let owner = Owner::Official(idx(i));
                std::iter::once(o.name.as_str())
                    .chain(o.given_name.as_deref())
                    .chain(o.family_name.as_deref())
                    .chain(o.other_names.iter().map(|n| n.name.as_str()))
                    .map(move |n| (owner, n))
            })),
    );

    Registry {
        data,
        warnings,
        organization_ids,
        official_ids,
        meeting_ids,
        mou_ids,
        dimension_ids,
        spans,
        rank_of,
        meeting_at,
        all_meetings,
        by_organization,
        by_official,
        by_dimension,
        by_mou,
        by_state,
        by_kind,
        by_status,
        by_country,
        by_city,
        incoming,
        org_children,
        dimension_children,
        posts_at,
        mous_by_pair,
        mou_spans,
        mou_order,
        mous_in_force,
        counterparts,
        crowded,
        names,
    }
}

/// Counts each ordered pair of distinct parties of one meeting, or files the meeting as
/// crowded for each of its parties.
fn count_pairs(
    parties: &mut Vec<PartyKey>,
    rank: u32,
    pairs: &mut HashMap<(PartyKey, PartyKey), PairStat>,
    crowded: &mut HashMap<PartyKey, Vec<u32>>,
) {
    parties.sort_unstable();
    parties.dedup();
    if parties.len() > CROWDED {
        for &p in parties.iter() {
            crowded.entry(p).or_default().push(rank);
        }
        return;
    }
    for &a in parties.iter() {
        for &b in parties.iter().filter(|&&b| b != a) {
            let stat = pairs.entry((a, b)).or_insert(PairStat {
                other: b,
                count: 0,
                first: rank,
                last: rank,
            });
            stat.count += 1;
            stat.first = stat.first.min(rank);
            stat.last = stat.last.max(rank);
        }
    }
}

/// The period an MoU may be in force: from taking effect (or signature) to expiry. A draft
/// is never in force.
pub(crate) fn force_period(m: &Mou) -> Option<Period> {
    if m.status == MouStatus::Draft {
        return None;
    }
    Period::new(m.effective.or(m.signed), m.expires).ok()
}

fn in_force_index(mous: &[Mou]) -> (Spans, Vec<u32>, MeetingList) {
    let mut order: Vec<(Day, Day, u32)> = mous
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let (a, b) = extent(&force_period(m)?);
            Some((a, b, idx(i)))
        })
        .collect();
    order.sort_unstable();
    let spans = Spans {
        by_rank: order.iter().map(|&(a, b, _)| (a, b)).collect(),
    };
    let at: Vec<u32> = order.iter().map(|&(_, _, i)| i).collect();
    let mut list = MeetingList::default();
    for rank in 0..at.len() {
        list.push(idx(rank), &spans);
    }
    list.finish();
    (spans, at, list)
}
