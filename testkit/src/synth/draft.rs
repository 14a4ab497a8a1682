//! A meeting being drafted: what the templates of the meeting phases decide (kind, title,
//! days, who takes part and who represents them, place, relations, MoUs invoked, outcomes)
//! before [`Meetings::push`](super::meetings::Meetings::push) writes it as a record; and the
//! draws those templates share (status, place, days).
//!
//! Reads: the [`Setting`], the [`World`], draws. Makes: [`Draft`]s.

use std::ops::RangeInclusive;

use multilateral::{
    CountryCode, Location, MeetingKind, MeetingRelation, MeetingStatus, MouId, Outcome,
    Participant, ParticipantRole, Party, Recurrence,
};

use super::calendar::{Day, Prec};
use super::directory::Directory;
use super::meetings::MeetInfo;
use super::pieces::text;
use super::rng::Rng;
use super::setting::Setting;
use super::vocab::{self, CITIES};
use super::world::World;

/// Who takes part in a meeting being drafted.
#[derive(Debug, Default)]
pub(crate) struct Cast {
    pub(crate) list: Vec<Participant>,
    /// The participating organizations, each once.
    pub(crate) orgs: Vec<u32>,
}

impl Cast {
    /// Adds an organization, represented by `official`, unless the same entry is there.
    pub(crate) fn org(
        &mut self,
        dir: &Directory,
        org: u32,
        role: ParticipantRole,
        official: Option<u32>,
    ) {
        let mut p = Participant::new(Party::Organization(dir.id(org).clone()), role);
        p.official = official.map(|o| dir.official_id(o));
        if !self.list.contains(&p) {
            self.list.push(p);
            if !self.orgs.contains(&org) {
                self.orgs.push(org);
            }
        }
    }

    /// Adds an organization represented by whoever speaks for it on day `d`.
    pub(crate) fn rep(&mut self, world: &World, org: u32, role: ParticipantRole, d: Day) {
        self.org(&world.dir, org, role, world.representative(org, d));
    }

    /// Adds a state, represented by `official`, unless the state is there.
    pub(crate) fn state(
        &mut self,
        dir: &Directory,
        c: CountryCode,
        role: ParticipantRole,
        official: Option<u32>,
    ) {
        let mut p = Participant::new(Party::State(c), role);
        p.official = official.map(|o| dir.official_id(o));
        if !self.list.iter().any(|q| q.party == p.party) {
            self.list.push(p);
        }
    }

    /// Adds a few draws (`how_many` of them) of member states of a hub (which has at least
    /// one), each represented by its foreign minister now and then.
    pub(crate) fn members(
        &mut self,
        world: &World,
        rng: &mut Rng,
        members: &[CountryCode],
        d: Day,
        how_many: RangeInclusive<usize>,
        role: ParticipantRole,
    ) {
        for _ in 0..rng.count(*how_many.start(), *how_many.end()) {
            let c = *rng.one_of(members);
            let minister = if rng.chance(400) {
                world.minister(c, d)
            } else {
                None
            };
            self.state(&world.dir, c, role, minister);
        }
    }
}

/// A meeting being drafted: what the templates decide before the common parts are added.
#[derive(Debug)]
pub(crate) struct Draft {
    pub(crate) kind: MeetingKind,
    pub(crate) title: String,
    /// The organization whose name starts the id and which publishes the sources.
    pub(crate) lead: u32,
    pub(crate) hub: Option<u32>,
    pub(crate) country: Option<CountryCode>,
    pub(crate) start: Day,
    /// Inclusive.
    pub(crate) end: Day,
    pub(crate) prec: Prec,
    /// False when the dates are not known at all.
    pub(crate) known: bool,
    pub(crate) status: MeetingStatus,
    pub(crate) location: Option<Location>,
    pub(crate) cast: Cast,
    pub(crate) relations: Vec<MeetingRelation>,
    pub(crate) mous: Vec<MouId>,
    pub(crate) outcomes: Vec<Outcome>,
    pub(crate) recurrence: Option<Recurrence>,
    /// How many days it lasted, when `when` is written wider than that.
    pub(crate) days: Option<u32>,
    /// How many dimensions to touch at most.
    pub(crate) dims: usize,
}

impl Draft {
    pub(crate) fn new(kind: MeetingKind, title: String, lead: u32, start: Day, end: Day) -> Self {
        Self {
            kind,
            title,
            lead,
            hub: None,
            country: None,
            start,
            end,
            prec: Prec::Day,
            known: true,
            status: MeetingStatus::Held,
            location: None,
            cast: Cast {
                list: Vec::with_capacity(2),
                orgs: Vec::with_capacity(2),
            },
            relations: Vec::new(),
            mous: Vec::new(),
            outcomes: Vec::new(),
            recurrence: None,
            days: None,
            dims: 1,
        }
    }

    /// The days and precision of a meeting standing on its own, starting on `d`: mostly one
    /// day, sometimes only the month, sometimes a few days, now and then not known.
    pub(crate) fn own_days(&mut self, rng: &mut Rng, d: Day) {
        let r = rng.below(1000);
        self.start = d;
        self.end = d;
        if r < 100 {
            self.prec = Prec::Month;
            if rng.chance(800) {
                self.days = Some(1);
            }
        } else if r < 150 {
            self.end = d + rng.range(1, 2);
        } else if r < 165 {
            self.known = false;
        }
    }
}

/// The status of a meeting starting on `d`: held in the past (now and then cancelled or
/// postponed), planned in the future (now and then postponed or cancelled already).
pub(crate) fn status_at(set: &Setting, rng: &mut Rng, d: Day) -> MeetingStatus {
    let r = rng.below(1000);
    if d > set.today {
        match r {
            0..850 => MeetingStatus::Planned,
            850..950 => MeetingStatus::Postponed,
            _ => MeetingStatus::Cancelled,
        }
    } else {
        match r {
            0..945 => MeetingStatus::Held,
            945..985 => MeetingStatus::Cancelled,
            _ => MeetingStatus::Postponed,
        }
    }
}

/// The status of a meeting inside a frame: the frame's when it was not held, else held
/// (now and then cancelled).
pub(crate) fn status_within(rng: &mut Rng, frame: MeetingStatus) -> MeetingStatus {
    if frame == MeetingStatus::Held && rng.chance(20) {
        MeetingStatus::Cancelled
    } else {
        frame
    }
}

/// The days of a meeting inside a frame: the frame's whole span (the day is not known, but
/// now and then that it lasted one day), or one day of it.
pub(crate) fn days_within(rng: &mut Rng, frame: &MeetInfo) -> (Day, Day, Option<u32>) {
    if rng.chance(450) {
        let one = frame.end > frame.start && rng.chance(800);
        (frame.start, frame.end, one.then_some(1))
    } else {
        let day = rng.range(frame.start, frame.end);
        (day, day, None)
    }
}

/// A meeting's place: a state's capital, else an organization's seat; sometimes online,
/// hybrid, with a venue, only the country, or not known.
pub(crate) fn place(
    set: &Setting,
    world: &World,
    rng: &mut Rng,
    org: Option<u32>,
    country: Option<CountryCode>,
) -> Option<Location> {
    let r = rng.below(1000);
    if r < 50 {
        return Some(Location::online());
    }
    if r < 120 {
        return None;
    }
    let info = org.map(|o| world.dir.info(o));
    let city = match country {
        Some(c) => set.capital_of(c),
        None => info.and_then(|i| i.city),
    };
    let country = country.or_else(|| info.and_then(|i| i.country))?;
    let mut loc = match city {
        Some(c) if r >= 150 => Location::city(text(CITIES[c].0), country),
        _ => {
            let mut loc = Location::default();
            loc.country = Some(country);
            loc
        }
    };
    if rng.chance(120) {
        loc.venue = Some(text(rng.word(vocab::VENUES)));
    }
    if rng.chance(40) {
        loc.online = true;
    }
    Some(loc)
}
