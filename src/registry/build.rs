//! Building the registry's indexes, once.

use hashbrown::HashMap;

use crate::dataset::Dataset;
use crate::mou::{Mou, MouStatus};
use crate::period::Period;
use crate::registry::names::{NameIndex, fold};
use crate::registry::timeline::{Day, MeetingList, Spans};
use crate::registry::{Csr, PartyKey, PostEntry, Registry, extent, period_days};
use crate::validate::{Lookups, NONE, Report};

fn idx(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Builds the indexes of a validated dataset, resolving references through the id lookups
/// validation built (each a compact copy of the ids: the records they would otherwise read
/// are scattered over the whole dataset).
pub(crate) fn build(data: Dataset, warnings: Report, ids: Lookups) -> Registry {
    let org = |id: &str| ids.organizations.get(id);
    let dimension = |id: &str| ids.dimensions.get(id);
    let refs = &ids.refs;

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
    // `(organization, rank)`, `(dimension, rank)`, `(MoU, rank)`: sorted once at the end,
    // so that each list is filled in one go rather than by pushes all over memory.
    let mut org_ranks: Vec<(u32, u32)> = Vec::new();
    let mut dimension_ranks: Vec<(u32, u32)> = Vec::new();
    let mut mou_ranks: Vec<(u32, u32)> = Vec::new();
    let mut by_state: HashMap<_, MeetingList> = HashMap::new();
    let mut by_kind: HashMap<_, MeetingList> = HashMap::new();
    let mut by_status: HashMap<_, MeetingList> = HashMap::new();
    let mut by_country: HashMap<_, MeetingList> = HashMap::new();
    let mut by_city: HashMap<String, MeetingList> = HashMap::new();
    // Each spelling of a city is folded once.
    let mut city_keys: HashMap<&str, String> = HashMap::new();
    // `(rank, official)` for each official named in a meeting.
    let mut attended: Vec<(u32, u32)> = Vec::new();
    let mut incoming: Vec<Vec<_>> = vec![Vec::new(); data.meetings.len()];
    // `(rank, party)` for each party of a meeting.
    let mut parties_of: Vec<(u32, PartyKey)> = Vec::new();
    // Kind, status and country of each meeting, by rank.
    let mut facts = vec![(m_kind_default(), m_status_default(), None); data.meetings.len()];

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
                let key = city_keys.entry(city.as_str()).or_insert_with(|| fold(city));
                push(Some(by_city.entry_ref(key.as_str()).or_default()), rank);
            }
        }
        parties.clear();
        for (p, &(o, x)) in m.participants.iter().zip(refs.participants.get(i)) {
            let key = match (p.party.organization(), p.party.state()) {
                (Some(_), _) => (o != NONE).then_some(PartyKey::Org(o)),
                (None, Some(s)) => Some(PartyKey::State(s)),
                (None, None) => None,
            };
            if let Some(key) = key {
                parties.push(key);
                match key {
                    PartyKey::Org(o) => org_ranks.push((o, rank)),
                    PartyKey::State(s) => push(Some(by_state.entry(s).or_default()), rank),
                }
            }
            if x != NONE {
                attended.push((rank, x));
            }
        }
        for &d in refs.dimensions.get(i).iter().filter(|&&d| d != NONE) {
            dimension_ranks.push((d, rank));
        }
        let invoked = refs.mous.get(i).iter().chain(refs.outcome_mous.get(i));
        for &x in invoked.filter(|&&x| x != NONE) {
            mou_ranks.push((x, rank));
        }
        for (rel, &t) in m.relations.iter().zip(refs.relations.get(i)) {
            if let Some(target) = incoming.get_mut(t as usize) {
                target.push((rel.kind, idx(i)));
            }
        }
        parties.sort_unstable();
        parties.dedup();
        parties_of.extend(parties.iter().map(|&p| (rank, p)));
        if let Some(f) = facts.get_mut(rank as usize) {
            *f = (
                m.kind,
                m.status,
                m.location.as_ref().and_then(|l| l.country),
            );
        }
    }

    drop(city_keys);
    let by_organization = lists_from(n_orgs, org_ranks, &spans);
    let by_dimension = lists_from(data.dimensions.len(), dimension_ranks, &spans);
    let by_mou = lists_from(data.mous.len(), mou_ranks, &spans);
    let by_official = lists_from(
        data.officials.len(),
        attended.iter().map(|&(rank, o)| (o, rank)).collect(),
        &spans,
    );
    attended.sort_unstable();
    attended.dedup();
    let officials_at = Csr::from_sorted_pairs(data.meetings.len(), &attended);
    drop(attended);

    parties_of.sort_unstable();
    let parties_at = Csr::from_sorted_pairs(data.meetings.len(), &parties_of);
    drop(parties_of);

    let lists = by_state
        .values_mut()
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

    let mut posts: Vec<Vec<PostEntry>> = vec![Vec::new(); n_orgs];
    for (i, o) in data.officials.iter().enumerate() {
        for (j, (p, &at)) in o.posts.iter().zip(refs.post_orgs.get(i)).enumerate() {
            if let Some(list) = posts.get_mut(at as usize) {
                list.push(PostEntry {
                    role: p.role,
                    official: idx(i),
                    post: idx(j),
                    days: period_days(&p.period),
                });
            }
        }
    }
    for list in &mut posts {
        list.sort_unstable_by_key(|e| (e.role, e.official, e.post));
    }
    let posts_at = Csr::from_lists(posts);
    let chair_days = Csr::from_lists(
        data.organizations
            .iter()
            .map(|o| o.chairs.iter().map(|c| period_days(&c.period))),
    );
    let member_days = Csr::from_lists(
        data.organizations
            .iter()
            .map(|o| o.members.iter().map(|m| period_days(&m.period))),
    );

    // Each MoU's parties, resolved, sorted and each once; and each organization's MoUs.
    let mou_parties = Csr::from_lists(data.mous.iter().map(|m| {
        let mut parties: Vec<u32> = m
            .parties
            .iter()
            .filter_map(|p| org(p.as_str()))
            .map(idx)
            .collect();
        parties.sort_unstable();
        parties.dedup();
        parties
    }));
    let mut org_mou_pairs: Vec<(u32, u32)> = (0..data.mous.len())
        .flat_map(|i| mou_parties.get(i).iter().map(move |&o| (o, idx(i))))
        .collect();
    org_mou_pairs.sort_unstable();
    let mous_of_org = Csr::from_sorted_pairs(data.organizations.len(), &org_mou_pairs);

    let (mou_spans, mou_order, mous_in_force) = in_force_index(&data.mous);

    let names = NameIndex::build(&data.organizations, &data.officials);

    Registry {
        data,
        warnings,
        organization_ids: ids.organizations.into_table(),
        official_ids: ids.officials.into_table(),
        meeting_ids: ids.meetings.into_table(),
        mou_ids: ids.mous.into_table(),
        dimension_ids: ids.dimensions.into_table(),
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
        officials_at,
        chair_days,
        member_days,
        mou_parties,
        mous_of_org,
        mou_spans,
        mou_order,
        mous_in_force,
        parties_at,
        facts,
        names,
    }
}

fn m_kind_default() -> crate::meeting::MeetingKind {
    crate::meeting::MeetingKind::Other
}

fn m_status_default() -> crate::meeting::MeetingStatus {
    crate::meeting::MeetingStatus::Held
}

/// Lists for keys `0..n` from `(key, rank)` pairs, each finished.
fn lists_from(n: usize, mut pairs: Vec<(u32, u32)>, spans: &Spans) -> Vec<MeetingList> {
    pairs.sort_unstable();
    pairs.dedup();
    let mut lists = vec![MeetingList::default(); n];
    for (key, rank) in pairs {
        if let Some(list) = lists.get_mut(key as usize) {
            list.push(rank, spans);
        }
    }
    for list in &mut lists {
        list.finish();
    }
    lists
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
