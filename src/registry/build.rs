//! Building the registry's indexes, once.

use hashbrown::HashMap;

use crate::dataset::Dataset;
use crate::fold::fold_name;
use crate::meeting::RelationKind;
use crate::mou::Mou;
use crate::party::Party;
use crate::registry::names::NameIndex;
use crate::registry::on_date::{extent_days, one_at_a_time};
use crate::registry::timeline::{Day, ListBuilder, MeetingList, Spans};
use crate::registry::{InForce, PartyKey, PostEntry, Registry, day, extent};
use crate::resolve::{Lists, NONE, PARALLEL_FROM, Resolution, Task, found, index as idx};
use crate::validate::Report;

/// Builds the indexes of a validated dataset from the resolution of its references (made
/// once, for validation and the build alike).
pub(crate) fn build(data: Dataset, warnings: Report, res: Resolution) -> Registry {
    // The name index, the largest single part, is built on another thread for a large
    // dataset while this one builds the rest; the records join the registry at the end.
    let parallel = data.len() >= PARALLEL_FROM;
    let mut registry = std::thread::scope(|s| {
        let data = &data;
        let names = Task::start(s, parallel, || {
            NameIndex::build(&data.organizations, &data.officials)
        });
        indexes(data, warnings, res, names)
    });
    registry.data = data;
    registry
}

/// The registry's indexes over `data`, with the name index `names` (when it is done); its
/// `data` is left empty, for [`build`] to fill.
fn indexes(
    data: &Dataset,
    warnings: Report,
    res: Resolution,
    names: Task<'_, NameIndex>,
) -> Registry {
    let refs = &res;

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
        *rank_of
            .get_mut(i as usize)
            .expect("a meeting of the dataset") = idx(rank);
    }
    drop(order);

    let n_orgs = data.organizations.len();
    let mut all_meetings = ListBuilder::default();
    // `(organization, rank)`, `(dimension, rank)`, `(MoU, rank)`: sorted once at the end,
    // so that each list is filled in one go rather than by pushes all over memory.
    let mut org_ranks: Vec<(u32, u32)> = Vec::new();
    let mut dimension_ranks: Vec<(u32, u32)> = Vec::new();
    let mut mou_ranks: Vec<(u32, u32)> = Vec::new();
    let mut by_state: HashMap<_, ListBuilder> = HashMap::new();
    let mut by_kind: HashMap<_, ListBuilder> = HashMap::new();
    let mut by_status: HashMap<_, ListBuilder> = HashMap::new();
    let mut by_country: HashMap<_, ListBuilder> = HashMap::new();
    let mut by_city: HashMap<String, ListBuilder> = HashMap::new();
    // Each spelling of a city is folded once.
    let mut city_keys: HashMap<&str, String> = HashMap::new();
    // `(rank, official)` for each official named in a meeting.
    let mut attended: Vec<(u32, u32)> = Vec::new();
    // `(meeting pointed at, (kind, meeting pointing))` for each relation.
    let mut incoming: Vec<(u32, (RelationKind, u32))> = Vec::new();
    // `(rank, party)` for each party of a meeting.
    let mut parties_of: Vec<(u32, PartyKey)> = Vec::new();
    let push = |list: &mut ListBuilder, rank: u32| list.push(rank, &spans);
    let mut parties: Vec<PartyKey> = Vec::new();
    for (i, m) in data.meetings.iter().enumerate() {
        // The entries of the meeting this pass walks: participants, dimensions, MoUs
        // (listed and in outcomes), relations.
        crate::work::steps(
            m.participants.len()
                + m.dimensions.len()
                + m.mous.len()
                + m.outcomes.len()
                + m.relations.len(),
        );
        let rank = *rank_of.get(i).expect("every meeting is ranked");
        all_meetings.push(rank, &spans);
        push(by_kind.entry(m.kind).or_default(), rank);
        push(by_status.entry(m.status).or_default(), rank);
        if let Some(loc) = &m.location {
            if let Some(c) = loc.country {
                push(by_country.entry(c).or_default(), rank);
            }
            if let Some(city) = &loc.city {
                let key = city_keys
                    .entry(city.as_str())
                    .or_insert_with(|| fold_name(city));
                push(by_city.entry_ref(key.as_str()).or_default(), rank);
            }
        }
        parties.clear();
        for (p, &(o, x)) in m.participants.iter().zip(refs.participants.get(i)) {
            let key = match &p.party {
                Party::Organization(_) => {
                    found(o).expect("a valid dataset's participants resolve");
                    org_ranks.push((o, rank));
                    PartyKey::Org(o)
                }
                Party::State(s) => {
                    push(by_state.entry(*s).or_default(), rank);
                    PartyKey::State(*s)
                }
            };
            parties.push(key);
            if x != NONE {
                attended.push((rank, x));
            }
        }
        for &d in refs
            .meeting_dimensions
            .get(i)
            .iter()
            .filter(|&&d| d != NONE)
        {
            dimension_ranks.push((d, rank));
        }
        let invoked = refs
            .meeting_mous
            .get(i)
            .iter()
            .chain(refs.outcome_mous.get(i));
        for &x in invoked.filter(|&&x| x != NONE) {
            mou_ranks.push((x, rank));
        }
        for (rel, &t) in m.relations.iter().zip(refs.relations.get(i)) {
            debug_assert!(found(t).is_some(), "a valid dataset's relations resolve");
            incoming.push((t, (rel.kind, idx(i))));
        }
        parties.sort_unstable();
        parties.dedup();
        parties_of.extend(parties.iter().map(|&p| (rank, p)));
    }
    // Kind, status and country of each meeting, by rank.
    let facts = meeting_at
        .iter()
        .map(|&i| {
            let m = data
                .meetings
                .get(i as usize)
                .expect("ranks point at meetings");
            (
                m.kind,
                m.status,
                m.location.as_ref().and_then(|l| l.country),
            )
        })
        .collect();

    drop(city_keys);
    // The lists of the meetings' officials and parties are sorted from the pairs the walk
    // gathered on a second thread, for a large dataset, while this one makes those of the
    // organizations, dimensions and MoUs.
    let n_meetings = data.meetings.len();
    let ((by_official, officials_at, parties_at), by_organization, by_dimension, by_mou) =
        std::thread::scope(|s| {
            let spans = &spans;
            let people = Task::start(s, data.len() >= PARALLEL_FROM, move || {
                let by_official = lists_from(
                    data.officials.len(),
                    attended.iter().map(|&(rank, o)| (o, rank)).collect(),
                    spans,
                );
                attended.sort_unstable();
                attended.dedup();
                let officials_at = Lists::from_sorted_pairs(n_meetings, &attended);
                drop(attended);
                parties_of.sort_unstable();
                let parties_at = Lists::from_sorted_pairs(n_meetings, &parties_of);
                (by_official, officials_at, parties_at)
            });
            let by_organization = lists_from(n_orgs, org_ranks, spans);
            let by_dimension = lists_from(data.dimensions.len(), dimension_ranks, spans);
            let by_mou = lists_from(data.mous.len(), mou_ranks, spans);
            (people.finish(), by_organization, by_dimension, by_mou)
        });
    let all_meetings = all_meetings.finish(&spans);
    let (by_state, by_kind) = (finish_all(by_state, &spans), finish_all(by_kind, &spans));
    let by_status = finish_all(by_status, &spans);
    let (by_country, by_city) = (finish_all(by_country, &spans), finish_all(by_city, &spans));
    let incoming = Lists::group(n_meetings, &incoming);

    let mut posts: Vec<Vec<PostEntry>> = vec![Vec::new(); n_orgs];
    let mut titles: HashMap<String, u32> = HashMap::new();
    for (i, o) in data.officials.iter().enumerate() {
        for (j, (p, &at)) in o.posts.iter().zip(refs.post_orgs.get(i)).enumerate() {
            let at = found(at).expect("a valid dataset's posts resolve");
            let title = p.title.as_ref().map_or(NONE, |t| {
                let next = idx(titles.len());
                *titles.entry(fold_name(t)).or_insert(next)
            });
            posts
                .get_mut(at)
                .expect("an organization of the dataset")
                .push(PostEntry {
                    role: p.role,
                    official: idx(i),
                    post: idx(j),
                    title,
                    days: extent_days(p.extent()),
                });
        }
    }
    for list in &mut posts {
        list.sort_unstable_by_key(|e| (e.role, e.official, e.post));
    }
    let posts_at = Lists::from_lists(posts);
    // One chair at a time, and one standing at a time for each party.
    let chair_days = Lists::from_lists(data.organizations.iter().map(|o| {
        let mut days: Vec<[Day; 4]> = o.chairs.iter().map(|c| extent_days(c.extent())).collect();
        one_at_a_time(&mut days);
        days
    }));
    let member_days = Lists::from_lists(data.organizations.iter().map(|o| {
        let mut days: Vec<[Day; 4]> = o.members.iter().map(|m| extent_days(m.extent())).collect();
        let mut by_party: HashMap<&crate::party::Party, Vec<usize>> = HashMap::new();
        for (j, m) in o.members.iter().enumerate() {
            by_party.entry(&m.party).or_default().push(j);
        }
        for terms in by_party.values().filter(|t| t.len() > 1) {
            let mut these: Vec<[Day; 4]> = terms
                .iter()
                .map(|&j| *days.get(j).expect("a member of the list"))
                .collect();
            one_at_a_time(&mut these);
            for (&j, t) in terms.iter().zip(these) {
                *days.get_mut(j).expect("a member of the list") = t;
            }
        }
        days
    }));

    // Each MoU's parties, resolved, sorted and each once; and each organization's MoUs.
    let mou_parties = Lists::from_lists(res.mou_parties.iter().map(|parties| {
        let mut parties = parties.to_vec();
        parties.sort_unstable();
        parties.dedup();
        parties
    }));
    let org_mou_pairs: Vec<(u32, u32)> = (0..data.mous.len())
        .flat_map(|i| mou_parties.get(i).iter().map(move |&o| (o, idx(i))))
        .collect();
    // Made in MoU order, and each MoU names a party once: each organization's MoUs come in
    // document order, each once.
    let mous_of_org = Lists::group(data.organizations.len(), &org_mou_pairs);

    let (mou_spans, mou_order, mous_in_force) = in_force_index(&data.mous);

    let names = names.finish();

    // The government bodies of each state, by country.
    let mut governments: Vec<(crate::country::CountryCode, u32)> = data
        .organizations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.kind == crate::organization::OrganizationKind::Government)
        .filter_map(|(i, o)| Some((o.country?, idx(i))))
        .collect();
    governments.sort_unstable();
    governments.shrink_to_fit();

    let Resolution {
        organizations,
        officials,
        dimensions,
        mous,
        meetings,
        org_forest,
        dimension_forest,
        ..
    } = res;
    Registry {
        data: Dataset::default(),
        warnings,
        organization_ids: organizations.into_table(),
        official_ids: officials.into_table(),
        meeting_ids: meetings.into_table(),
        mou_ids: mous.into_table(),
        dimension_ids: dimensions.into_table(),
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
        organizations: org_forest,
        dimensions: dimension_forest,
        posts_at,
        titles,
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
        governments,
    }
}

/// The lists of builders keyed by a value.
fn finish_all<K: std::hash::Hash + Eq>(
    lists: HashMap<K, ListBuilder>,
    spans: &Spans,
) -> HashMap<K, MeetingList> {
    lists
        .into_iter()
        .map(|(key, mut list)| (key, list.finish(spans)))
        .collect()
}

/// Lists for keys `0..n` from `(key, rank)` pairs, each finished.
fn lists_from(n: usize, mut pairs: Vec<(u32, u32)>, spans: &Spans) -> Vec<MeetingList> {
    pairs.sort_unstable();
    pairs.dedup();
    // One builder, emptied by each list it finishes: each key's ranks are a run of `pairs`.
    let mut builder = ListBuilder::default();
    let mut pairs = pairs.as_slice();
    (0..n)
        .map(|key| {
            let to = pairs.partition_point(|&(k, _)| k as usize <= key);
            let (run, rest) = pairs.split_at(to);
            pairs = rest;
            for &(_, rank) in run {
                builder.push(rank, spans);
            }
            builder.finish(spans)
        })
        .collect()
}

fn in_force_index(mous: &[Mou]) -> (Spans, Vec<InForce>, MeetingList) {
    let mut order: Vec<(Day, Day, u32)> = mous
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let (a, b) = extent(&m.in_force_period()?);
            Some((a, b, idx(i)))
        })
        .collect();
    order.sort_unstable();
    let spans = Spans {
        by_rank: order.iter().map(|&(a, b, _)| (a, b)).collect(),
    };
    let at: Vec<InForce> = order
        .iter()
        .map(|&(_, _, i)| {
            let mou = mous.get(i as usize).expect("an MoU of the dataset");
            InForce {
                mou: i,
                certain: mou
                    .certainly_in_force()
                    .map_or((Day::MAX, Day::MIN), |(from, to)| (day(from), day(to))),
            }
        })
        .collect();
    let mut list = ListBuilder::default();
    for rank in 0..at.len() {
        list.push(idx(rank), &spans);
    }
    let list = list.finish(&spans);
    (spans, at, list)
}
