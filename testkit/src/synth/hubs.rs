//! The hubs: invented intergovernmental organizations, each with a secretariat, a governing
//! council, an advisory body and a network; member states over periods, observers and
//! dialogue partners; consecutive chairmanships by core states; the secretariat's heads,
//! deputies and staff; ministers chairing the council and permanent representatives sitting
//! on it; five dimensions with priority areas and coordinating states; and, once the pool of
//! counterparts exists, observer and partner organizations and the advisory body's members.
//!
//! Reads: the [`Setting`], the [`Ministry`] list, a [`HubDef`], draws (and the [`Pool`] for
//! the partners). Makes: the hub's organizations, officials and dimensions in the
//! [`Directory`], and returns the [`Hub`].

use multilateral::{
    Chairmanship, Coordinator, CoordinatorRole, CountryCode, Dimension, DimensionId, ExternalId,
    Membership, MembershipStatus, OrganizationKind, OtherName, Party, Period, PostRole,
};

use super::calendar::{self, Day, OPEN, Prec, YEAR, day, partial, year_of};
use super::directory::{Directory, NewOrg, Term};
use super::ministries::Ministry;
use super::people::{HeadTitles, Terms};
use super::pieces::{extend, index32, push, source, text};
use super::pool::Pool;
use super::rng::Rng;
use super::setting::Setting;
use super::vocab::{self, CITIES, HubDef};

/// A hub: an intergovernmental organization with its bodies, members and chairs.
#[derive(Debug)]
pub(crate) struct Hub {
    pub(crate) def: &'static HubDef,
    /// The organization itself, and its bodies (organizations of the directory).
    pub(crate) org: u32,
    pub(crate) secretariat: u32,
    pub(crate) council: u32,
    pub(crate) advisory: u32,
    pub(crate) network: u32,
    /// The states that are or were full members, at least one.
    pub(crate) members: Vec<CountryCode>,
    /// Consecutive chairmanships, by start.
    pub(crate) chairs: Vec<Chair>,
}

/// A chairmanship, in days.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Chair {
    pub(crate) start: Day,
    /// Inclusive; [`OPEN`] while it runs.
    pub(crate) end: Day,
    /// The chairing state, an index into the ministries.
    pub(crate) ministry: usize,
}

/// A state's full membership of a hub, in days.
#[derive(Debug, Clone, Copy)]
struct Seat {
    country: CountryCode,
    joined: Day,
    /// Inclusive; [`OPEN`] while a member.
    left: Day,
}

/// Builds hub number `h` from its definition.
pub(crate) fn build(
    set: &Setting,
    rng: &mut Rng,
    dir: &mut Directory,
    ministries: &[Ministry],
    h: u32,
    def: &'static HubDef,
) -> Hub {
    let city = CITIES
        .iter()
        .position(|(c, _)| *c == def.city)
        .expect("every hub's seat is one of the cities (a test checks them)");
    let founded_year = def.founded.min(year_of(set.start) - 2);
    let founded = day(founded_year, 1, 1) + rng.range(0, 300);
    let slug = def.acronym.to_ascii_lowercase();
    let org = dir.add_org(
        set,
        rng,
        NewOrg {
            id: slug.clone(),
            name: def.name.to_owned(),
            acronym: Some(def.acronym.to_owned()),
            kind: OrganizationKind::Intergovernmental,
            parent: None,
            city: Some(city),
            country: None,
            founded,
            hub: Some(h),
            slug: slug.clone(),
            short: def.acronym.to_owned(),
            head_title: "Director",
            domain: None,
        },
    );
    let wikidata = format!("Q{}", 100_000 + rng.below(9_000_000));
    let s = dir.org_source(set, rng, org);
    let record = dir.org_mut(org);
    record.founded = Some(partial(founded, Prec::Year));
    record.other_names = Box::new([
        OtherName::in_lang(text(def.name_fr), set.langs.fr.clone()),
        OtherName::in_lang(text(def.name_ru), set.langs.ru.clone()),
    ]);
    record.identifiers = Box::new([ExternalId::new(text("wikidata"), text(&wikidata))]);
    push(&mut record.sources, s);

    let mut body = |suffix: &str, name: String, kind, head_title| {
        let id = format!("{slug}-{suffix}");
        dir.add_org(
            set,
            rng,
            NewOrg {
                id: id.clone(),
                name: name.clone(),
                acronym: None,
                kind,
                parent: Some(org),
                city: Some(city),
                country: None,
                founded,
                hub: Some(h),
                slug: id,
                short: name,
                head_title,
                domain: Some(format!("{slug}.int")),
            },
        )
    };
    let acr = def.acronym;
    let secretariat = body(
        "secretariat",
        format!("{acr} Secretariat"),
        OrganizationKind::Secretariat,
        def.head_titles.1,
    );
    let council = body(
        "council",
        format!("{acr} {}", def.council),
        OrganizationKind::GoverningBody,
        "Director",
    );
    let advisory = body(
        "advisory",
        format!("{acr} {}", def.advisory),
        OrganizationKind::AdvisoryBody,
        "Director",
    );
    let network = body(
        "network",
        format!("{acr} {}", def.network),
        OrganizationKind::Network,
        "Director",
    );

    let seats = members(set, rng, dir, ministries, org, city, founded);
    let members: Vec<CountryCode> = seats.iter().map(|s| s.country).collect();
    let chairs = chairs(set, rng, dir, ministries, org, &members, founded);
    let hub = Hub {
        def,
        org,
        secretariat,
        council,
        advisory,
        network,
        members,
        chairs,
    };
    secretariat_people(set, rng, dir, &hub, founded);
    council_posts(set, rng, dir, ministries, &hub, &seats);
    dimensions(set, rng, dir, &hub);
    hub
}

/// Member states over periods (some observers first, some leaving), observer states and
/// dialogue partners, written on the hub's record; returns the full memberships.
fn members(
    set: &Setting,
    rng: &mut Rng,
    dir: &mut Directory,
    ministries: &[Ministry],
    org: u32,
    city: usize,
    founded: Day,
) -> Vec<Seat> {
    // The seat's state first, then the core states (they have ministries), then the rest,
    // each once.
    let mut core: Vec<CountryCode> = ministries.iter().map(|m| m.country).collect();
    rng.shuffle(&mut core);
    let mut rest = set.countries.clone();
    rng.shuffle(&mut rest);
    let mut order = vec![set.city_country[city]];
    for c in core.into_iter().chain(rest) {
        if order.len() >= 40 {
            break;
        }
        if !order.contains(&c) {
            order.push(c);
        }
    }
    let n_members = rng
        .count(8, 24)
        .max(ministries.len().min(3))
        .min(order.len());
    let mut records = Vec::new();
    let mut seats = Vec::new();
    for (k, &c) in order.iter().enumerate() {
        let founding = k == 0 || rng.chance(550);
        let (status, period) = if k < n_members {
            let (joined, left) = if founding {
                (founded, OPEN)
            } else {
                let joined = rng.range(founded + YEAR, set.today - YEAR);
                if rng.chance(400) {
                    // An observer first, then a member from the day it joined.
                    let observed = rng.range(founded, joined - 30);
                    let p = calendar::period(observed, joined, Prec::Year, Prec::Day, true);
                    records.push(
                        Membership::new(Party::State(c), MembershipStatus::Observer).during(p),
                    );
                }
                let left = if rng.chance(80) {
                    rng.range(joined + YEAR, set.today)
                } else {
                    OPEN
                };
                (joined, left)
            };
            seats.push(Seat {
                country: c,
                joined,
                left,
            });
            let (start_prec, end_prec) = if founding {
                (Prec::Year, Prec::Day)
            } else {
                (Prec::Day, Prec::Month)
            };
            let p = calendar::period(joined, left, start_prec, end_prec, true);
            (MembershipStatus::Member, p)
        } else if k < n_members + 4 {
            let s = rng.range(founded, set.today - YEAR);
            let p = calendar::period(s, OPEN, Prec::Month, Prec::Day, true);
            (MembershipStatus::Observer, p)
        } else if k < n_members + 6 {
            let p = if rng.chance(300) {
                Period::unknown()
            } else {
                let s = rng.range(founded, set.today - YEAR);
                calendar::period(s, OPEN, Prec::Year, Prec::Day, true)
            };
            (MembershipStatus::DialoguePartner, p)
        } else {
            break;
        };
        records.push(Membership::new(Party::State(c), status).during(period));
    }
    dir.org_mut(org).members = records.into();
    seats
}

/// Consecutive chairmanships by core member states, written on the hub's record; returns
/// them in days.
fn chairs(
    set: &Setting,
    rng: &mut Rng,
    dir: &mut Directory,
    ministries: &[Ministry],
    org: u32,
    members: &[CountryCode],
    founded: Day,
) -> Vec<Chair> {
    let eligible: Vec<usize> = (0..ministries.len())
        .filter(|&i| members.contains(&ministries[i].country))
        .collect();
    let mut chairs = Vec::new();
    let mut records = Vec::new();
    let mut t = founded + rng.range(0, YEAR);
    let mut last: Option<usize> = None;
    while t <= set.today && !eligible.is_empty() {
        let mut pick = *rng.one_of(&eligible);
        if Some(pick) == last && eligible.len() > 1 {
            pick = eligible
                .iter()
                .copied()
                .find(|&e| Some(e) != last)
                .expect("of two eligible states, one did not chair last");
        }
        let end = t + rng.range(YEAR + 180, 3 * YEAR);
        let end = if end > set.today { OPEN } else { end };
        let prec = if t < set.start || rng.chance(300) {
            Prec::Year
        } else {
            Prec::Day
        };
        records.push(Chairmanship::new(
            ministries[pick].country,
            calendar::span(t, end, prec),
        ));
        chairs.push(Chair {
            start: t,
            end,
            ministry: pick,
        });
        last = Some(pick);
        if end == OPEN {
            break;
        }
        t = end;
    }
    dir.org_mut(org).chairs = records.into();
    chairs
}

/// The secretariat's deputies (first, so that one can act as head), its heads (whose title
/// changes once), staff and a special envoy; the heads of the advisory body and the network.
fn secretariat_people(set: &Setting, rng: &mut Rng, dir: &mut Directory, hub: &Hub, founded: Day) {
    let def = hub.def;
    let from = founded.max(set.start - 6 * YEAR);
    for title in ["Deputy Secretary General", "Deputy Executive Director"] {
        dir.chain(
            set,
            rng,
            hub.secretariat,
            PostRole::Deputy,
            title,
            from,
            Terms {
                min: 3 * YEAR,
                max: 5 * YEAR,
            },
            None,
        );
    }
    let renamed = day(def.renamed, 1, 1) + rng.range(0, 200);
    let titles = HeadTitles {
        before: def.head_titles.0,
        after: def.head_titles.1,
        renamed,
    };
    let terms = Terms {
        min: 3 * YEAR,
        max: 6 * YEAR,
    };
    dir.head_chain(set, rng, hub.secretariat, from, terms, titles, None);
    for k in 0..5 {
        let (role, title) = if k == 4 {
            (PostRole::Other, rng.word(vocab::OTHER_TITLES))
        } else {
            (PostRole::Staff, rng.word(vocab::STAFF_TITLES))
        };
        let start = rng.range(from, set.today - YEAR);
        let end = start + rng.range(2 * YEAR, 9 * YEAR);
        let end = if end >= set.today { OPEN } else { end };
        let official = dir.person(set, rng, None);
        let term = Term {
            official,
            role,
            start,
            end,
        };
        dir.post(rng, hub.secretariat, term, title);
    }
    let terms = Terms {
        min: 3 * YEAR,
        max: 8 * YEAR,
    };
    let chairperson = HeadTitles::fixed("Chairperson");
    dir.head_chain(set, rng, hub.advisory, from, terms, chairperson, None);
    let coordinator = HeadTitles::fixed("Coordinator");
    let from = from.max(set.start);
    dir.head_chain(set, rng, hub.network, from, terms, coordinator, None);
}

/// Ministers chairing the hub's council while their state chairs the hub, and permanent
/// representatives of the member states with a ministry, who sit on the council.
fn council_posts(
    set: &Setting,
    rng: &mut Rng,
    dir: &mut Directory,
    ministries: &[Ministry],
    hub: &Hub,
    seats: &[Seat],
) {
    let council_name = dir.short(hub.council).to_owned();
    let chair_title = format!("Chairperson of the {council_name}");
    for chair in &hub.chairs {
        let ministry = ministries[chair.ministry].org;
        let terms: Vec<Term> = dir
            .info(ministry)
            .heads
            .iter()
            .copied()
            .filter(|t| t.start <= chair.end && chair.start <= t.end)
            .collect();
        for t in terms {
            let term = Term {
                official: t.official,
                role: PostRole::Chair,
                start: t.start.max(chair.start),
                end: t.end.min(chair.end),
            };
            dir.post(rng, hub.council, term, &chair_title);
        }
    }
    let member_title = format!("Member of the {council_name}");
    for seat in seats {
        let Some(ministry) = ministries.iter().find(|m| m.country == seat.country) else {
            continue;
        };
        let title = format!(
            "Permanent Representative of {} to the {}",
            seat.country.name(),
            hub.def.acronym
        );
        let mut t = seat.joined.max(set.start - rng.range(0, 3 * YEAR));
        while t < set.today && t < seat.left {
            let end = (t + rng.range(3 * YEAR, 6 * YEAR)).min(seat.left);
            let end = if end >= set.today { OPEN } else { end };
            let official = dir.person(set, rng, Some(seat.country));
            dir.officials[official as usize].honorific = Some(text("Ambassador"));
            let term = Term {
                official,
                role: PostRole::Representative,
                start: t,
                end,
            };
            dir.post(rng, ministry.org, term, &title);
            let term = Term {
                role: PostRole::Member,
                ..term
            };
            dir.post(rng, hub.council, term, &member_title);
            if end == OPEN {
                break;
            }
            t = end + rng.range(0, 60);
        }
    }
}

/// Five dimensions with priority areas and coordinating member states.
fn dimensions(set: &Setting, rng: &mut Rng, dir: &mut Directory, hub: &Hub) {
    let first = index32(dir.dims.len());
    let slug = dir.slug(hub.org).to_owned();
    let org_id = dir.id(hub.org).clone();
    let from = dir.info(hub.org).from;
    let domain = dir.info(hub.org).domain.clone();
    let dim_id = |id: String| DimensionId::try_from(id).expect("a slug and keys is an id");
    for def in vocab::DIMENSIONS {
        let id = dim_id(format!("{slug}-{}", def.key));
        let mut dim = Dimension::new(id.clone(), org_id.clone(), text(def.name));
        dim.description = Some(text(def.description));
        // Consecutive coordinators, sometimes with a co-coordinator.
        let mut coordinators = Vec::new();
        let mut t = from.max(set.start - 3 * YEAR);
        while t < set.today {
            let c = *rng.one_of(&hub.members);
            let end = t + rng.range(2 * YEAR, 4 * YEAR);
            let end = if end >= set.today { OPEN } else { end };
            let prec = Prec::draw(rng, 200, 400);
            let mut coordinator = Coordinator::new(c, CoordinatorRole::Coordinator);
            coordinator.period = calendar::span(t, end, prec);
            coordinators.push(coordinator);
            if rng.chance(350) {
                let co = *rng.one_of(&hub.members);
                if co != c {
                    let mut coordinator = Coordinator::new(co, CoordinatorRole::CoCoordinator);
                    coordinator.period = calendar::span(t, end, Prec::Year);
                    coordinators.push(coordinator);
                }
            }
            if end == OPEN {
                break;
            }
            t = end;
        }
        dim.coordinators = coordinators.into();
        if rng.chance(600) {
            let published = Some(partial(rng.range(from, set.today), Prec::Year));
            let s = source(
                rng,
                &format!("{} of the {}", def.name, hub.def.acronym),
                &format!("https://www.{domain}/dimensions/{}", def.key),
                hub.def.name,
                published,
            );
            push(&mut dim.sources, s);
        }
        dir.dims.push(dim);
        let n_areas = rng.count(1, def.areas.len());
        for area in def.areas.iter().take(n_areas) {
            let area_id = dim_id(format!("{slug}-{}-{}", def.key, vocab::slug(area)));
            let mut sub = Dimension::new(area_id, org_id.clone(), text(area)).within(id.clone());
            if rng.chance(500) {
                let c = *rng.one_of(&hub.members);
                push(
                    &mut sub.coordinators,
                    Coordinator::new(c, CoordinatorRole::Coordinator),
                );
            }
            dir.dims.push(sub);
        }
    }
    dir.info_mut(hub.org).dims = first..index32(dir.dims.len());
}

/// Observer and partner organizations of a hub, drawn from the pool, and the heads of the
/// first three, who sit on its advisory body while they head them.
pub(crate) fn partners(set: &Setting, rng: &mut Rng, dir: &mut Directory, pool: &Pool, hub: &Hub) {
    let founded = dir.info(hub.org).from;
    let mut chosen: Vec<u32> = Vec::new();
    let mut records = Vec::new();
    for k in 0..6 {
        let org = pool.counterpart(dir, rng, set.today, None);
        if chosen.contains(&org) {
            continue;
        }
        chosen.push(org);
        let status = if k % 2 == 0 {
            MembershipStatus::Observer
        } else {
            MembershipStatus::Partner
        };
        let since = dir.info(org).from.max(founded);
        let period = if k == 5 {
            Period::unknown()
        } else {
            let s = rng.range(since, set.today - 30);
            calendar::period(s, OPEN, Prec::Year, Prec::Day, true)
        };
        let party = Party::Organization(dir.id(org).clone());
        records.push(Membership::new(party, status).during(period));
    }
    extend(&mut dir.org_mut(hub.org).members, records);
    let title = format!("Member of the {}", dir.short(hub.advisory));
    for &org in chosen.iter().take(3) {
        let head = dir
            .info(org)
            .heads
            .iter()
            .rev()
            .find(|t| t.end > set.start)
            .copied();
        if let Some(t) = head {
            let term = Term {
                official: t.official,
                role: PostRole::Member,
                start: t.start.max(set.start),
                end: t.end,
            };
            dir.post(rng, hub.advisory, term, &title);
        }
    }
}
