//! The benchmark's cases: for each registry query, representative and worst-case arguments
//! picked from the dataset itself (the median record and the busiest one), so that the
//! same code picks sensible arguments at every size.

use std::collections::HashMap;
use std::str::FromStr;

use chrono::NaiveDate;
use multilateral::fold_name as fold;
use multilateral::registry::{Depth, DimensionScope, Scope, StateScope};
use multilateral::{
    CountryCode, Dataset, MeetingKind, MeetingStatus, MembershipStatus, OrganizationKind, Party,
    Period, PostRole, RelationKind,
};

use super::{Composed, Query};

/// One benchmark case.
#[derive(Debug, Clone)]
pub struct Case {
    /// The query: the handle or registry method it calls (`organization.meetings`,
    /// `meetings_during`).
    pub query: &'static str,
    /// Which arguments: "typical" or "worst", and what they are.
    pub args: String,
    /// The question with those arguments.
    pub q: Query,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    multilateral::ymd(y, m, d)
}

fn period(s: &str) -> Period {
    s.parse().expect("a period written in the program")
}

/// An id taken from the dataset's own records.
fn id<T: FromStr<Err = multilateral::ValueError>>(s: &str) -> T {
    s.parse().expect("ids taken from the dataset parse")
}

/// Keys sorted by count, most first (ties by key); the median and the first.
fn by_count<K: Ord + Clone>(counts: HashMap<K, usize>) -> Vec<(K, usize)> {
    let mut v: Vec<(K, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

fn median<T: Clone>(v: &[T]) -> Option<T> {
    v.get(v.len() / 2).cloned()
}

/// The cases for a dataset.
pub fn cases(data: &Dataset) -> Vec<Case> {
    let mut out = Vec::new();
    let mut add = |query: &'static str, args: String, q: Query| out.push(Case { query, args, q });
    let m = &data.meetings;

    // Meetings per organization, official, country, city, MoU, dimension.
    let mut per_org: HashMap<usize, usize> = HashMap::new();
    // Meetings of each top organization or any body below it.
    let mut per_tree: HashMap<usize, usize> = HashMap::new();
    let mut per_official: HashMap<usize, usize> = HashMap::new();
    let org_pos: HashMap<&str, usize> = data
        .organizations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.as_str(), i))
        .collect();
    let official_pos: HashMap<&str, usize> = data
        .officials
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.as_str(), i))
        .collect();
    // The top organization above each (itself for a top one).
    let parent_of: Vec<Option<usize>> = data
        .organizations
        .iter()
        .map(|o| {
            o.parent
                .as_ref()
                .and_then(|p| org_pos.get(p.as_str()).copied())
        })
        .collect();
    let root_of = |mut i: usize| {
        while let Some(p) = parent_of[i] {
            i = p;
        }
        i
    };
    let mut per_country: HashMap<String, usize> = HashMap::new();
    let mut per_city: HashMap<String, usize> = HashMap::new();
    let mut per_mou: HashMap<String, usize> = HashMap::new();
    let mut per_dim: HashMap<String, usize> = HashMap::new();
    let mut per_kind: HashMap<String, usize> = HashMap::new();
    let mut per_status: HashMap<String, usize> = HashMap::new();
    let mut incoming: HashMap<String, usize> = HashMap::new();
    for x in m {
        let mut orgs: Vec<usize> = x
            .participants
            .iter()
            .filter_map(|p| p.party.organization())
            .filter_map(|o| org_pos.get(o.as_str()).copied())
            .collect();
        orgs.sort_unstable();
        orgs.dedup();
        let mut tops: Vec<usize> = orgs.iter().map(|&o| root_of(o)).collect();
        tops.sort_unstable();
        tops.dedup();
        for o in orgs {
            *per_org.entry(o).or_default() += 1;
        }
        for o in tops {
            *per_tree.entry(o).or_default() += 1;
        }
        let mut officials: Vec<usize> = x
            .participants
            .iter()
            .filter_map(|p| p.official.as_ref())
            .filter_map(|o| official_pos.get(o.as_str()).copied())
            .collect();
        officials.sort_unstable();
        officials.dedup();
        for o in officials {
            *per_official.entry(o).or_default() += 1;
        }
        if let Some(l) = &x.location {
            if let Some(c) = l.country {
                *per_country.entry(c.as_str().to_owned()).or_default() += 1;
            }
            if let Some(c) = &l.city {
                *per_city.entry(c.as_str().to_owned()).or_default() += 1;
            }
        }
        for u in &x.mous {
            *per_mou.entry(u.as_str().to_owned()).or_default() += 1;
        }
        for d in &x.dimensions {
            *per_dim.entry(d.as_str().to_owned()).or_default() += 1;
        }
        *per_kind.entry(format!("{:?}", x.kind)).or_default() += 1;
        *per_status.entry(format!("{:?}", x.status)).or_default() += 1;
        for r in &x.relations {
            *incoming.entry(r.meeting.as_str().to_owned()).or_default() += 1;
        }
    }
    let orgs = by_count(per_org);
    let officials = by_count(per_official);
    let org_id = |i: usize| data.organizations[i].id.clone();
    let official_id = |i: usize| data.officials[i].id.clone();
    let (Some(&(hub, hub_n)), Some((typical_org, typical_org_n))) = (orgs.first(), median(&orgs))
    else {
        return out;
    };
    let (Some(&(busy_off, busy_off_n)), Some((typical_off, typical_off_n))) =
        (officials.first(), median(&officials))
    else {
        return out;
    };
    let hub_id = org_id(hub);
    let org = org_id(typical_org);
    let busy = official_id(busy_off);
    let official = official_id(typical_off);

    let year = period("2012/2012");
    let month = period("2012-06/2012-06");
    let all = Period::unknown();
    let day = date(2012, 6, 15);

    add(
        "official.meetings",
        format!("typical: median official ({typical_off_n} meetings), 2012"),
        Query::TimelineOfOfficial {
            official: official.clone(),
            period: year,
        },
    );
    add(
        "official.meetings",
        format!("worst: busiest official ({busy_off_n} meetings), all time"),
        Query::TimelineOfOfficial {
            official: busy.clone(),
            period: all,
        },
    );
    for (scope, name) in [
        (Scope::Exact, "Exact"),
        (Scope::WithSubBodies, "WithSubBodies"),
    ] {
        add(
            "organization.meetings",
            format!("typical: median org ({typical_org_n} meetings), 2012, {name}"),
            Query::TimelineOfOrganization {
                org: org.clone(),
                period: year,
                scope,
            },
        );
        add(
            "organization.meetings",
            format!("worst: busiest hub ({hub_n} meetings), all time, {name}"),
            Query::TimelineOfOrganization {
                org: hub_id.clone(),
                period: all,
                scope,
            },
        );
    }
    add(
        "organization.meetings",
        "typical: busiest hub, June 2012, WithSubBodies".to_owned(),
        Query::TimelineOfOrganization {
            org: hub_id.clone(),
            period: month,
            scope: Scope::WithSubBodies,
        },
    );
    add(
        "meetings_during",
        "typical: one month (2012-06)".to_owned(),
        Query::MeetingsDuring { period: month },
    );
    add(
        "meetings_during",
        "worst: one year (2024)".to_owned(),
        Query::MeetingsDuring {
            period: period("2024/2024"),
        },
    );
    add(
        "meetings_on",
        "typical: 2012-06-15".to_owned(),
        Query::MeetingsOn { day },
    );
    add(
        "organization.counterparts",
        format!("typical: median org ({typical_org_n} meetings)"),
        Query::Counterparts {
            party: Party::Organization(data.organizations[typical_org].id.clone()),
        },
    );
    add(
        "organization.counterparts",
        format!("worst: busiest hub ({hub_n} meetings)"),
        Query::Counterparts {
            party: Party::Organization(data.organizations[hub].id.clone()),
        },
    );
    add(
        "official.met_during",
        format!("typical: median official ({typical_off_n} meetings), 2012, bilateral"),
        Query::MetDuring {
            official: official_id(typical_off),
            period: period("2012/2012"),
            kinds: vec![MeetingKind::Bilateral],
        },
    );
    add(
        "official.met_during",
        format!("worst: busiest official ({busy_off_n} meetings), all time, bilateral or summit"),
        Query::MetDuring {
            official: busy.clone(),
            period: Period::unknown(),
            kinds: vec![MeetingKind::Bilateral, MeetingKind::Summit],
        },
    );
    add(
        "organization.counterparts_during",
        format!("typical: median org ({typical_org_n} meetings), 2012, bilateral, Exact"),
        Query::CounterpartsDuring {
            org: data.organizations[typical_org].id.clone(),
            period: period("2012/2012"),
            kinds: vec![MeetingKind::Bilateral],
            scope: Scope::Exact,
        },
    );
    add(
        "organization.counterparts_during",
        format!("worst: busiest hub ({hub_n} meetings), all time, bilateral or summit, Exact"),
        Query::CounterpartsDuring {
            org: data.organizations[hub].id.clone(),
            period: Period::unknown(),
            kinds: vec![MeetingKind::Bilateral, MeetingKind::Summit],
            scope: Scope::Exact,
        },
    );
    // With bodies: the top organization whose tree took part in the most meetings, among
    // those with bodies.
    let mut has_bodies = vec![false; data.organizations.len()];
    for p in parent_of.iter().flatten() {
        has_bodies[*p] = true;
    }
    let family = by_count(per_tree).into_iter().find(|&(i, _)| has_bodies[i]);
    if let Some((top, top_n)) = family {
        let bodies = tree(data, data.organizations[top].id.as_str()).len();
        let cases = [
            (
                "typical",
                "2012, bilateral",
                year,
                vec![MeetingKind::Bilateral],
            ),
            (
                "worst",
                "all time, bilateral or summit",
                all,
                vec![MeetingKind::Bilateral, MeetingKind::Summit],
            ),
        ];
        for (which, asked, period, kinds) in cases {
            add(
                "organization.counterparts_during",
                format!(
                    "{which}: busiest organization with bodies ({bodies} bodies, {top_n} meetings), {asked}, WithSubBodies"
                ),
                Query::CounterpartsDuring {
                    org: org_id(top),
                    period,
                    kinds,
                    scope: Scope::WithSubBodies,
                },
            );
        }
    }

    // States with their government bodies: the median state and the busiest, by the
    // meetings they took part in as a state or through a government body.
    let mut government: HashMap<String, CountryCode> = HashMap::new();
    for o in &data.organizations {
        if let (OrganizationKind::Government, Some(code)) = (o.kind, o.country) {
            for body in tree(data, o.id.as_str()) {
                government.insert(body, code);
            }
        }
    }
    let mut per_state: HashMap<CountryCode, usize> = HashMap::new();
    for x in m {
        let mut states: Vec<CountryCode> = x
            .participants
            .iter()
            .filter_map(|p| match &p.party {
                Party::State(code) => Some(*code),
                Party::Organization(o) => government.get(o.as_str()).copied(),
                _ => None,
            })
            .collect();
        states.sort_unstable();
        states.dedup();
        for code in states {
            *per_state.entry(code).or_default() += 1;
        }
    }
    let states = by_count(per_state);
    // Each typical state case in both scopes, named as the labels say them.
    const STATE_SCOPES: [(StateScope, &str); 2] = [
        (StateScope::Exact, "Exact"),
        (StateScope::WithGovernment, "WithGovernment"),
    ];
    if let (Some(&(busiest, busiest_n)), Some((state, state_n))) = (states.first(), median(&states))
    {
        for (scope, name) in STATE_SCOPES {
            add(
                "state.meetings_within",
                format!(
                    "typical: median state ({state_n} meetings with its government), 2012, {name}"
                ),
                Query::MeetingsOfState {
                    state,
                    period: year,
                    scope,
                },
            );
        }
        add(
            "state.meetings_within",
            format!(
                "worst: busiest state ({busiest_n} meetings with its government), all time, WithGovernment"
            ),
            Query::MeetingsOfState {
                state: busiest,
                period: all,
                scope: StateScope::WithGovernment,
            },
        );
        for (scope, name) in STATE_SCOPES {
            add(
                "state.counterparts_during",
                format!(
                    "typical: median state ({state_n} meetings with its government), 2012, bilateral, {name}"
                ),
                Query::StateCounterpartsDuring {
                    state,
                    period: year,
                    kinds: vec![MeetingKind::Bilateral],
                    scope,
                },
            );
        }
        add(
            "state.counterparts_during",
            format!(
                "worst: busiest state ({busiest_n} meetings with its government), all time, bilateral or summit, WithGovernment"
            ),
            Query::StateCounterpartsDuring {
                state: busiest,
                period: all,
                kinds: vec![MeetingKind::Bilateral, MeetingKind::Summit],
                scope: StateScope::WithGovernment,
            },
        );
    }

    // Posts: the organization with the most posts, and the median one with posts.
    let mut posts: HashMap<usize, usize> = HashMap::new();
    for o in &data.officials {
        for p in &o.posts {
            if let Some(&i) = org_pos.get(p.organization.as_str()) {
                *posts.entry(i).or_default() += 1;
            }
        }
    }
    let posts = by_count(posts);
    if let (Some(&(most, most_n)), Some((med, med_n))) = (posts.first(), median(&posts)) {
        add(
            "organization.holders",
            format!("typical: median org with posts ({med_n} posts), head, 2012-06-15"),
            Query::Holders {
                org: org_id(med),
                role: PostRole::Head,
                day,
            },
        );
        add(
            "organization.holders",
            format!("worst: org with most posts ({most_n} posts), head, 2012-06-15"),
            Query::Holders {
                org: org_id(most),
                role: PostRole::Head,
                day,
            },
        );
    }
    // Holders across bodies: the busiest hub with its bodies, and the median organization.
    add(
        "organization.holders_within",
        "worst: busiest hub, head, 2012-06-15, WithSubBodies".to_owned(),
        Query::HoldersWithin {
            org: hub_id.clone(),
            role: PostRole::Head,
            day,
            scope: Scope::WithSubBodies,
        },
    );
    if let Some((med, med_n)) = median(&posts) {
        add(
            "organization.holders_within",
            format!(
                "typical: median org with posts ({med_n} posts), head, 2012-06-15, WithSubBodies"
            ),
            Query::HoldersWithin {
                org: org_id(med),
                role: PostRole::Head,
                day,
                scope: Scope::WithSubBodies,
            },
        );
    }
    // Every post on a day: the median organization with posts and the one with most posts
    // alone; the top organization above the one with most posts, with its bodies.
    if let Some((med, med_n)) = median(&posts) {
        add(
            "organization.posts_on",
            format!("typical: median org with posts ({med_n} posts), 2012-06-15, Exact"),
            Query::PostsAt {
                org: org_id(med),
                day,
                scope: Scope::Exact,
            },
        );
    }
    if let Some(&(most, most_n)) = posts.first() {
        add(
            "organization.posts_on",
            format!("worst: org with most posts ({most_n} posts), 2012-06-15, Exact"),
            Query::PostsAt {
                org: org_id(most),
                day,
                scope: Scope::Exact,
            },
        );
    }
    if let Some(&(most, _)) = posts.first() {
        let root = root_of(most);
        add(
            "organization.posts_on",
            format!(
                "worst: the top organization above the one with most posts ({} bodies), 2012-06-15, WithSubBodies",
                tree(data, data.organizations[root].id.as_str()).len()
            ),
            Query::PostsAt {
                org: org_id(root),
                day,
                scope: Scope::WithSubBodies,
            },
        );
    }
    // Holders by title: the commonest title of the organizations above.
    let title_of = |i: usize| {
        let mut titles: HashMap<String, usize> = HashMap::new();
        let org = data.organizations[i].id.as_str();
        for o in &data.officials {
            for p in &o.posts {
                if p.organization.as_str() == org {
                    if let Some(t) = &p.title {
                        *titles.entry(t.as_str().to_owned()).or_default() += 1;
                    }
                }
            }
        }
        by_count(titles).into_iter().next()
    };
    for (which, i, n) in [
        (
            "typical: median org with posts",
            median(&posts).map(|p| p.0),
            median(&posts).map(|p| p.1),
        ),
        (
            "worst: org with most posts",
            posts.first().map(|p| p.0),
            posts.first().map(|p| p.1),
        ),
    ] {
        let (Some(i), Some(n)) = (i, n) else { continue };
        if let Some((title, k)) = title_of(i) {
            add(
                "organization.holders",
                format!("{which} ({n} posts), title \"{title}\" ({k}), 2012-06-15"),
                Query::HoldersByTitle {
                    org: org_id(i),
                    title: title.clone(),
                    day,
                },
            );
        }
    }
    // Chairs and members across bodies: the top organization above the one with the most
    // chairs (memberships), with all its bodies.
    if let Some((i, _)) = data
        .organizations
        .iter()
        .enumerate()
        .max_by_key(|(i, o)| (o.chairs.len(), std::cmp::Reverse(*i)))
    {
        let root = root_of(i);
        add(
            "organization.chair_within",
            format!(
                "worst: the top organization above the one with most chairs ({} bodies), 2012-06-15, WithSubBodies",
                tree(data, data.organizations[root].id.as_str()).len()
            ),
            Query::ChairWithin {
                org: org_id(root),
                day,
                scope: Scope::WithSubBodies,
            },
        );
    }
    if let Some((i, _)) = data
        .organizations
        .iter()
        .enumerate()
        .max_by_key(|(i, o)| (o.members.len(), std::cmp::Reverse(*i)))
    {
        let root = root_of(i);
        add(
            "organization.members_within",
            format!(
                "worst: the top organization above the one with most memberships ({} bodies), members, 2012-06-15, WithSubBodies",
                tree(data, data.organizations[root].id.as_str()).len()
            ),
            Query::MembersWithin {
                org: org_id(root),
                status: MembershipStatus::Member,
                day,
                scope: Scope::WithSubBodies,
            },
        );
    }
    // Chairs and members: the organization with the most of them.
    if let Some((i, o)) = data
        .organizations
        .iter()
        .enumerate()
        .max_by_key(|(i, o)| (o.chairs.len(), std::cmp::Reverse(*i)))
    {
        add(
            "organization.chair",
            format!(
                "worst: org with most chairs ({}), 2012-06-15",
                o.chairs.len()
            ),
            Query::Chair {
                org: org_id(i),
                day,
            },
        );
    }
    if let Some((i, o)) = data
        .organizations
        .iter()
        .enumerate()
        .max_by_key(|(i, o)| (o.members.len(), std::cmp::Reverse(*i)))
    {
        add(
            "organization.members",
            format!(
                "worst: org with most memberships ({}), members, 2012-06-15",
                o.members.len()
            ),
            Query::Members {
                org: org_id(i),
                status: MembershipStatus::Member,
                day,
            },
        );
    }

    // MoUs: the first MoU's parties; the hub and its most frequent MoU partner.
    if let Some(u) = data.mous.iter().find(|u| u.parties.len() >= 2) {
        add(
            "organization.mous_with",
            "typical: the parties of an MoU, Exact".to_owned(),
            Query::MousBetween {
                a: u.parties[0].clone(),
                b: u.parties[1].clone(),
                scope: Scope::Exact,
            },
        );
    }
    let mut partners: HashMap<String, usize> = HashMap::new();
    let hub_tree = tree(data, hub_id.as_str());
    for u in &data.mous {
        if u.parties.iter().any(|p| hub_tree.contains(p.as_str())) {
            for p in u.parties.iter().filter(|p| !hub_tree.contains(p.as_str())) {
                *partners.entry(p.as_str().to_owned()).or_default() += 1;
            }
        }
    }
    if let Some(u) = data.mous.iter().find(|u| u.parties.len() >= 2) {
        add(
            "organization.mous_in_force_with",
            "typical: the parties of an MoU, Exact, 2012-06-15".to_owned(),
            Query::MousInForceWith {
                a: u.parties[0].clone(),
                b: u.parties[1].clone(),
                scope: Scope::Exact,
                day,
            },
        );
    }
    if let Some((partner, n)) = by_count(partners).into_iter().next() {
        add(
            "organization.mous_with",
            format!("worst: busiest hub and its top partner ({n} MoUs), WithSubBodies"),
            Query::MousBetween {
                a: hub_id.clone(),
                b: id(&partner),
                scope: Scope::WithSubBodies,
            },
        );
        add(
            "organization.mous_in_force_with",
            format!("worst: busiest hub and its top partner ({n} MoUs), WithSubBodies, 2024-12-31"),
            Query::MousInForceWith {
                a: hub_id.clone(),
                b: id(&partner),
                scope: Scope::WithSubBodies,
                day: date(2024, 12, 31),
            },
        );
    }
    // The MoUs of one organization: the median party, and the hub with its bodies.
    let mut parties: HashMap<&str, usize> = HashMap::new();
    for u in &data.mous {
        for p in &u.parties {
            *parties.entry(p.as_str()).or_default() += 1;
        }
    }
    let parties = by_count(parties);
    if let Some((org, n)) = median(&parties) {
        add(
            "organization.mous",
            format!("typical: median party ({n} MoUs), Exact"),
            Query::MousOf {
                org: id(org),
                scope: Scope::Exact,
            },
        );
    }
    add(
        "organization.mous",
        "worst: busiest hub, WithSubBodies".to_owned(),
        Query::MousOf {
            org: hub_id.clone(),
            scope: Scope::WithSubBodies,
        },
    );
    // The posts of an official on a day: the median official with posts, and the one with
    // most posts.
    let mut with_posts: Vec<(usize, usize)> = data
        .officials
        .iter()
        .enumerate()
        .filter(|(_, o)| !o.posts.is_empty())
        .map(|(i, o)| (o.posts.len(), i))
        .collect();
    with_posts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    if let (Some(&(most_n, most)), Some((med_n, med))) = (with_posts.first(), median(&with_posts)) {
        add(
            "official.posts_on",
            format!("typical: median official with posts ({med_n} posts), 2012-06-15"),
            Query::PostsOn {
                official: data.officials[med].id.clone(),
                day,
            },
        );
        add(
            "official.posts_on",
            format!("worst: official with most posts ({most_n} posts), 2012-06-15"),
            Query::PostsOn {
                official: data.officials[most].id.clone(),
                day,
            },
        );
    }
    add(
        "mous_in_force",
        "typical: 2012-06-15".to_owned(),
        Query::MousInForce { day },
    );
    add(
        "mous_in_force",
        "worst: 2024-12-31".to_owned(),
        Query::MousInForce {
            day: date(2024, 12, 31),
        },
    );
    let mous = by_count(per_mou);
    if let (Some((most, most_n)), Some((med, med_n))) = (mous.first().cloned(), median(&mous)) {
        add(
            "mou.meetings",
            format!("typical: median invoked MoU ({med_n} meetings)"),
            Query::MeetingsInvoking { mou: id(&med) },
        );
        add(
            "mou.meetings",
            format!("worst: most invoked MoU ({most_n} meetings)"),
            Query::MeetingsInvoking { mou: id(&most) },
        );
        add(
            "meetings()",
            format!("typical: invoking median MoU ({med_n}) + limit 3"),
            Query::Composed(Composed {
                mou: Some(id(&med)),
                limit: Some(3),
                ..Composed::default()
            }),
        );
    }

    // Dimensions: the median used one alone; the top-level dimension with the most
    // meetings in its tree, with its priority areas.
    let dims = by_count(per_dim);
    if let Some((d, n)) = median(&dims) {
        add(
            "dimension.meetings",
            format!("typical: median dimension ({n} meetings), alone"),
            Query::MeetingsInDimension {
                dimension: id(&d),
                scope: DimensionScope::Exact,
            },
        );
    }
    let top = data
        .dimensions
        .iter()
        .filter(|d| d.parent.is_none())
        .max_by_key(|d| {
            data.dimensions
                .iter()
                .filter(|x| x.id == d.id || x.parent.as_ref().is_some_and(|p| *p == d.id))
                .map(|x| {
                    dims.iter()
                        .find(|(id, _)| id == x.id.as_str())
                        .map_or(0, |y| y.1)
                })
                .sum::<usize>()
        });
    let top_dim = top.map(|d| d.id.clone());
    if let Some(d) = &top_dim {
        add(
            "dimension.meetings",
            "worst: busiest dimension with priority areas".to_owned(),
            Query::MeetingsInDimension {
                dimension: d.clone(),
                scope: DimensionScope::WithPriorityAreas,
            },
        );
    }

    let kinds = by_count(per_kind);
    let kind_of = |s: &str| {
        MeetingKind::ALL
            .iter()
            .copied()
            .find(|k| format!("{k:?}") == s)
            .expect("a kind counted from the meetings")
    };
    if let (Some((most, most_n)), Some((med, med_n))) = (kinds.first().cloned(), median(&kinds)) {
        add(
            "meetings_of_kind",
            format!("typical: median kind {med} ({med_n})"),
            Query::MeetingsOfKind {
                kind: kind_of(&med),
            },
        );
        add(
            "meetings_of_kind",
            format!("worst: commonest kind {most} ({most_n})"),
            Query::MeetingsOfKind {
                kind: kind_of(&most),
            },
        );
    }
    let statuses = by_count(per_status);
    let status_of = |s: &str| {
        MeetingStatus::ALL
            .iter()
            .copied()
            .find(|k| format!("{k:?}") == s)
            .expect("a status counted from the meetings")
    };
    if let (Some((most, most_n)), Some((least, least_n))) =
        (statuses.first().cloned(), statuses.last().cloned())
    {
        add(
            "meetings_with_status",
            format!("typical: rarest status {least} ({least_n})"),
            Query::MeetingsWithStatus {
                status: status_of(&least),
            },
        );
        add(
            "meetings_with_status",
            format!("worst: commonest status {most} ({most_n})"),
            Query::MeetingsWithStatus {
                status: status_of(&most),
            },
        );
    }
    let countries = by_count(per_country);
    if let (Some((most, most_n)), Some((med, med_n))) =
        (countries.first().cloned(), median(&countries))
    {
        add(
            "meetings_in_country",
            format!("typical: median country {med} ({med_n})"),
            Query::MeetingsInCountry { country: id(&med) },
        );
        add(
            "meetings_in_country",
            format!("worst: busiest country {most} ({most_n})"),
            Query::MeetingsInCountry { country: id(&most) },
        );
    }
    let cities = by_count(per_city);
    if let (Some((most, most_n)), Some((med, med_n))) = (cities.first().cloned(), median(&cities)) {
        add(
            "meetings_in_city",
            format!("typical: median city {med} ({med_n})"),
            Query::MeetingsInCity { city: med.clone() },
        );
        add(
            "meetings_in_city",
            format!("worst: busiest city {most} ({most_n}), folded"),
            Query::MeetingsInCity {
                city: fold(&most).to_uppercase(),
            },
        );
        add(
            "meetings()",
            format!("typical: in_city median city {med} + of_kind(Bilateral)"),
            Query::Composed(Composed {
                city: Some(med.clone()),
                kind: Some(MeetingKind::Bilateral),
                ..Composed::default()
            }),
        );
        add(
            "meetings()",
            format!("worst: in_city busiest city {most} + with_status(Held) + limit 10"),
            Query::Composed(Composed {
                city: Some(most.clone()),
                status: Some(MeetingStatus::Held),
                limit: Some(10),
                ..Composed::default()
            }),
        );
    }
    add(
        "meetings()",
        "worst: every meeting, limit 10".to_owned(),
        Query::Composed(Composed {
            limit: Some(10),
            ..Composed::default()
        }),
    );

    // Related meetings: a typical event with related meetings; the most pointed-at one,
    // transitively.
    let related = by_count(incoming);
    if let (Some((most, most_n)), Some((med, med_n))) = (related.first().cloned(), median(&related))
    {
        add(
            "meeting.related",
            format!("typical: median event ({med_n} pointing at it), all kinds, direct"),
            Query::RelatedTo {
                event: id(&med),
                kinds: vec![],
                depth: Depth::Direct,
            },
        );
        add(
            "meeting.related",
            format!(
                "worst: most related event ({most_n} pointing at it), sidelines+part, transitive"
            ),
            Query::RelatedTo {
                event: id(&most),
                kinds: vec![RelationKind::SidelinesOf, RelationKind::PartOf],
                depth: Depth::Transitive,
            },
        );
    }
    add(
        "official.met",
        format!("typical: median official ({typical_off_n} meetings)"),
        Query::OfficialsMet {
            official: official.clone(),
        },
    );
    add(
        "official.met",
        format!("worst: busiest official ({busy_off_n} meetings)"),
        Query::OfficialsMet {
            official: busy.clone(),
        },
    );

    // Names: a family name; a one-letter prefix; a common word of organization names.
    let family = data.officials[typical_off]
        .name
        .split_whitespace()
        .last()
        .expect("a name has a word")
        .to_owned();
    add(
        "find_officials",
        format!("typical: a family name ({family})"),
        Query::FindOfficials { query: family },
    );
    let two = data.officials[busy_off].name.as_str().to_owned();
    add(
        "find_officials",
        format!("typical: a full name ({two})"),
        Query::FindOfficials { query: two },
    );
    add(
        "find_officials",
        "worst: one-letter prefix (\"a\")".to_owned(),
        Query::FindOfficials {
            query: "a".to_owned(),
        },
    );
    // The acronym of the median organization, or of the next one that has one.
    let acronym = orgs
        .iter()
        .skip(orgs.len() / 2)
        .find_map(|&(i, _)| data.organizations[i].acronym.as_deref());
    if let Some(acr) = acronym {
        add(
            "find_organizations",
            format!("typical: an acronym ({acr})"),
            Query::FindOrganizations {
                query: acr.to_owned(),
            },
        );
    }
    let mut words: HashMap<String, usize> = HashMap::new();
    for o in &data.organizations {
        for w in fold(&o.name).split(' ').filter(|w| w.len() > 3) {
            *words.entry(w.to_owned()).or_default() += 1;
        }
    }
    if let Some((w, n)) = by_count(words).into_iter().next() {
        add(
            "find_organizations",
            format!("worst: commonest word ({w}, {n} names)"),
            Query::FindOrganizations { query: w },
        );
    }

    // The composable query.
    add(
        "meetings()",
        "typical: involving median org + during 2012".to_owned(),
        Query::Composed(Composed {
            involving: Some(org.clone()),
            period: Some(year),
            ..Composed::default()
        }),
    );
    add(
        "meetings()",
        "worst: involving busiest hub + in_dimension(busiest) + during 2012".to_owned(),
        Query::Composed(Composed {
            involving: Some(hub_id.clone()),
            dimension: top_dim.clone(),
            period: Some(year),
            ..Composed::default()
        }),
    );
    add(
        "meetings()",
        "worst: with busiest official + of_kind(Bilateral) + with_status(Held)".to_owned(),
        Query::Composed(Composed {
            with: Some(busy.clone()),
            kind: Some(MeetingKind::Bilateral),
            status: Some(MeetingStatus::Held),
            ..Composed::default()
        }),
    );
    out
}

/// An organization and every body below it.
pub fn tree(data: &Dataset, org: &str) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::from([org.to_owned()]);
    loop {
        let before = out.len();
        for o in &data.organizations {
            if o.parent.as_ref().is_some_and(|p| out.contains(p.as_str())) {
                out.insert(o.id.as_str().to_owned());
            }
        }
        if out.len() == before {
            return out;
        }
    }
}
