//! The world phase: the organizations, their officials and post histories, memberships,
//! chairmanships and dimensions, before any meeting.
//!
//! Reads: the [`Setting`] and draws. Makes: a [`World`], which every later phase reads and
//! none changes. Its parts are made in order: the core states' ministries
//! ([`ministries`](super::ministries)), the hubs with their bodies and people
//! ([`hubs`](super::hubs)), the other organizations ([`others`](super::others)), the pool of
//! counterparts ([`pool`](super::pool)), and last the hubs' partners, drawn from that pool.

use multilateral::{CountryCode, PostRole};

use super::calendar::Day;
use super::directory::Directory;
use super::hubs::{self, Hub};
use super::ministries::{self, Ministry};
use super::others;
use super::pieces::index32;
use super::pool::Pool;
use super::rng::Rng;
use super::setting::Setting;
use super::vocab::{CITIES, HUBS};

/// Everything the meetings happen between.
#[derive(Debug)]
pub(crate) struct World {
    /// Every organization, official and dimension.
    pub(crate) dir: Directory,
    /// The core states, with their foreign ministries.
    pub(crate) ministries: Vec<Ministry>,
    /// The hubs, 2 to 6.
    pub(crate) hubs: Vec<Hub>,
    /// The organizations outside the hubs, by popularity and by country.
    pub(crate) pool: Pool,
}

/// How often each hub meets, relatively: the first most.
const HUB_WEIGHTS: [u64; 6] = [8, 6, 5, 4, 3, 3];

/// Sizes derived from the number of meetings.
struct Plan {
    hubs: usize,
    ministries: usize,
    organizations: usize,
}

impl Plan {
    fn new(meetings: usize) -> Self {
        let organizations = (meetings / 20).max(12);
        let hubs = 2
            + usize::from(meetings >= 2_000)
            + usize::from(meetings >= 20_000)
            + 2 * usize::from(meetings >= 200_000);
        Self {
            hubs: hubs.min(HUBS.len()),
            ministries: (organizations / 25).clamp(4, CITIES.len()),
            organizations,
        }
    }
}

/// Builds every organization, official and dimension.
pub(crate) fn build(set: &Setting, rng: &mut Rng) -> World {
    let plan = Plan::new(set.meetings);
    let mut dir = Directory::default();
    let ministries = ministries::build(set, rng, &mut dir, plan.ministries);
    let hubs: Vec<Hub> = HUBS
        .iter()
        .take(plan.hubs)
        .enumerate()
        .map(|(h, def)| hubs::build(set, rng, &mut dir, &ministries, index32(h), def))
        .collect();
    while dir.orgs.len() < plan.organizations {
        others::organization(set, rng, &mut dir);
    }
    let pool = Pool::new(set, rng, &dir, &ministries);
    for hub in &hubs {
        hubs::partners(set, rng, &mut dir, &pool, hub);
    }
    World {
        dir,
        ministries,
        hubs,
        pool,
    }
}

impl World {
    pub(crate) fn hub(&self, h: u32) -> &Hub {
        &self.hubs[h as usize]
    }

    /// A hub, the most active ones most often.
    pub(crate) fn pick_hub(&self, rng: &mut Rng) -> u32 {
        index32(rng.weighted(&HUB_WEIGHTS[..self.hubs.len()]))
    }

    /// A popular organization outside the hubs that exists on day `d`, not under
    /// `not_root`; see [`Pool::counterpart`].
    pub(crate) fn counterpart(&self, rng: &mut Rng, d: Day, not_root: Option<u32>) -> u32 {
        self.pool.counterpart(&self.dir, rng, d, not_root)
    }

    /// The official who speaks for an organization on a day: its head, the head of its
    /// secretariat for a hub, else a deputy, a chair or a member of staff.
    pub(crate) fn representative(&self, org: u32, d: Day) -> Option<u32> {
        if let Some(head) = self.dir.head_at(org, d) {
            return Some(head);
        }
        if let Some(h) = self.dir.info(org).hub {
            let hub = self.hub(h);
            if hub.org == org {
                return self.dir.head_at(hub.secretariat, d);
            }
        }
        self.dir.other_at(
            org,
            d,
            &[PostRole::Deputy, PostRole::Chair, PostRole::Staff],
            None,
        )
    }

    /// The foreign ministry of a core state.
    pub(crate) fn ministry_of(&self, c: CountryCode) -> Option<u32> {
        self.ministries
            .iter()
            .find(|m| m.country == c)
            .map(|m| m.org)
    }

    /// The foreign minister of a core state on a day.
    pub(crate) fn minister(&self, c: CountryCode, d: Day) -> Option<u32> {
        self.dir.head_at(self.ministry_of(c)?, d)
    }

    /// The state chairing a hub on a day.
    pub(crate) fn chair_at(&self, h: u32, d: Day) -> Option<CountryCode> {
        let chairs = &self.hub(h).chairs;
        let i = chairs.partition_point(|c| c.start <= d).checked_sub(1)?;
        let chair = chairs[i];
        (d <= chair.end).then(|| self.ministries[chair.ministry].country)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::SynthConfig;

    #[test]
    fn sizes_follow_the_number_of_meetings() {
        let plan = |m| {
            let p = Plan::new(m);
            (p.hubs, p.ministries, p.organizations)
        };
        assert_eq!(plan(0), (2, 4, 12));
        assert_eq!(plan(1_999), (2, 4, 99));
        assert_eq!(plan(2_000), (3, 4, 100));
        assert_eq!(plan(20_000), (4, 40, 1_000));
        assert_eq!(plan(200_000), (6, CITIES.len(), 10_000));
    }

    #[test]
    fn every_hub_sits_in_a_core_state_and_has_members_and_chairs() {
        let set = Setting::new(&SynthConfig::new(4_000, 3));
        let world = build(&set, &mut Rng::new(3));
        assert_eq!(world.hubs.len(), 3);
        assert!(world.dir.orgs.len() >= 200);
        for hub in &world.hubs {
            let seat = world.dir.info(hub.org).country.expect("a hub has a seat");
            assert!(world.ministry_of(seat).is_some(), "{}", hub.def.acronym);
            assert!(!hub.members.is_empty() && !hub.chairs.is_empty());
            assert!(hub.chairs.windows(2).all(|w| w[0].end == w[1].start));
            for body in [hub.secretariat, hub.council, hub.advisory, hub.network] {
                assert_eq!(world.dir.root(body), hub.org);
            }
            assert!(world.representative(hub.org, set.today).is_some());
        }
    }
}
