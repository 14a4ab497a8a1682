//! The frames phase: the meetings others attach to, about a sixth of all meetings. The hubs'
//! sessions, ministerial meetings, summits, conferences, seminars, forums, trainings and
//! visits (now and then a record standing for a series of them), and conferences and visits
//! of organizations outside the hubs.
//!
//! Reads: the [`Setting`], the [`World`], draws. Makes: [`Frames`]: the meetings, and which
//! of them others can be on the sidelines of, be part of (visits), prepare (summits and
//! ministerial meetings), and which are numbered in the end (sessions and summits).

use multilateral::{MeetingKind, MeetingStatus, PostRole, Recurrence};

use super::calendar::{Day, Prec, YEAR};
use super::draft::{self, Draft};
use super::meetings::Meetings;
use super::rng::Rng;
use super::setting::Setting;
use super::vocab;
use super::world::World;

use multilateral::ParticipantRole as R;

/// The meetings others attach to.
#[derive(Debug)]
pub(crate) struct Frames {
    /// The frames, the first meetings of the dataset (indices from 0).
    pub(crate) meetings: Meetings,
    /// Meetings others can be held on the sidelines of.
    pub(crate) sidelines: Vec<u32>,
    /// Of those, the ones each hub organized, by hub.
    pub(crate) of_hub: Vec<Vec<u32>>,
    /// Visits, whose programme meetings are part of them.
    pub(crate) visits: Vec<u32>,
    /// Summits and ministerial meetings, which others prepare.
    pub(crate) targets: Vec<u32>,
    /// Sessions and summits, to number in order of date at the end.
    pub(crate) numbered: Vec<Numbered>,
    /// How many records stand for a series of meetings.
    series: usize,
}

/// A session or summit of a hub, to number among the hub's sessions or summits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Numbered {
    pub(crate) hub: u32,
    pub(crate) summit: bool,
    pub(crate) meeting: u32,
}

/// What a hub's frame is, beyond its record.
struct Role {
    /// Others can be held on its sidelines.
    sidelines: bool,
    /// Others prepare it.
    target: bool,
    /// A visit, whose programme others are part of.
    visit: bool,
    /// Numbered among the hub's sessions (`Some(false)`) or summits (`Some(true)`).
    numbered: Option<bool>,
}

/// The recurrences of records standing for a series of meetings, taken in turn.
const SERIES_KINDS: [Recurrence; 5] = [
    Recurrence::Annual,
    Recurrence::Semiannual,
    Recurrence::Biennial,
    Recurrence::Quadrennial,
    Recurrence::Irregular,
];

/// The frames of a dataset.
pub(crate) fn build(set: &Setting, world: &World, rng: &mut Rng) -> Frames {
    let n = set.meetings.div_ceil(6);
    let mut frames = Frames {
        meetings: Meetings::new(0, n),
        sidelines: Vec::new(),
        of_hub: vec![Vec::new(); world.hubs.len()],
        visits: Vec::new(),
        targets: Vec::new(),
        numbered: Vec::new(),
        series: 0,
    };
    for _ in 0..n {
        let d = set.any_day(rng);
        let h = world.pick_hub(rng);
        if rng.chance(800) {
            hub_frame(set, world, rng, &mut frames, h, d);
        } else {
            pool_frame(set, world, rng, &mut frames, d);
        }
    }
    frames
}

/// A frame organized by a hub, starting on day `d`.
fn hub_frame(set: &Setting, world: &World, rng: &mut Rng, out: &mut Frames, h: u32, d: Day) {
    let dir = &world.dir;
    let hub = world.hub(h);
    let acr = hub.def.acronym;
    let chair = world.chair_at(h, d);
    let status = draft::status_at(set, rng, d);
    let weights = [25, 8, 4, 18, 12, 8, 6, 19];
    let mut role = Role {
        sidelines: true,
        target: false,
        visit: false,
        numbered: None,
    };
    let mut draft = match rng.weighted(&weights) {
        0 => {
            let end = d + rng.range(1, 3);
            let title = format!("Session of the {}", dir.short(hub.council));
            let mut draft = Draft::new(MeetingKind::Session, title, hub.council, d, end);
            let cast = &mut draft.cast;
            cast.org(dir, hub.council, R::Organizer, None);
            if let Some(c) = chair {
                cast.state(dir, c, R::Chair, world.minister(c, d));
            }
            cast.rep(world, hub.secretariat, R::Speaker, d);
            if let Some(deputy) = dir.other_at(hub.secretariat, d, &[PostRole::Deputy], None) {
                cast.org(dir, hub.secretariat, R::DelegationMember, Some(deputy));
            }
            cast.members(world, rng, &hub.members, d, 2..=5, R::Participant);
            for _ in 0..rng.below(3) {
                let o = world.counterpart(rng, d, Some(hub.org));
                cast.rep(world, o, R::Observer, d);
            }
            draft.location = draft::place(set, world, rng, Some(hub.org), None);
            role.numbered = Some(false);
            draft
        }
        1 => {
            let end = d + rng.range(0, 1);
            let title = format!("{acr} Ministerial Meeting");
            let mut draft = Draft::new(MeetingKind::Ministerial, title, hub.council, d, end);
            let cast = &mut draft.cast;
            cast.org(dir, hub.council, R::Organizer, None);
            if let Some(c) = chair {
                cast.state(dir, c, R::Chair, world.minister(c, d));
            }
            cast.members(world, rng, &hub.members, d, 3..=6, R::DelegationHead);
            cast.rep(world, hub.secretariat, R::Speaker, d);
            draft.location = draft::place(set, world, rng, None, chair);
            role.target = true;
            draft
        }
        2 => {
            let title = format!("{acr} Summit");
            let mut draft = Draft::new(MeetingKind::Summit, title, hub.org, d, d + 1);
            let cast = &mut draft.cast;
            cast.org(dir, hub.org, R::Organizer, None);
            if let Some(c) = chair {
                cast.state(dir, c, R::Host, None);
            }
            cast.members(world, rng, &hub.members, d, 3..=8, R::Participant);
            cast.rep(world, hub.secretariat, R::Speaker, d);
            draft.location = draft::place(set, world, rng, None, chair);
            role.target = true;
            role.numbered = Some(true);
            draft
        }
        3 => {
            let end = d + rng.range(0, 2);
            let theme = rng.one_of(vocab::THEMES).0;
            let title = format!("{acr} Conference on {theme}");
            let mut draft = Draft::new(MeetingKind::Conference, title, hub.secretariat, d, end);
            let cast = &mut draft.cast;
            cast.rep(world, hub.secretariat, R::Organizer, d);
            for _ in 0..rng.count(2, 5) {
                let o = world.counterpart(rng, d, Some(hub.org));
                let role = if rng.chance(600) {
                    R::Speaker
                } else {
                    R::Participant
                };
                cast.rep(world, o, role, d);
            }
            cast.members(world, rng, &hub.members, d, 0..=2, R::Participant);
            draft.location = draft::place(set, world, rng, Some(hub.org), None);
            draft.dims = 2;
            draft
        }
        4 => {
            let end = d + rng.range(0, 1);
            let areas = rng.one_of(vocab::DIMENSIONS).areas;
            let area = rng.one_of(areas);
            let title = format!("{acr} Seminar on {area}");
            let mut draft = Draft::new(MeetingKind::Seminar, title, hub.secretariat, d, end);
            let cast = &mut draft.cast;
            let organizer = dir.other_at(
                hub.secretariat,
                d,
                &[PostRole::Staff, PostRole::Deputy],
                None,
            );
            cast.org(dir, hub.secretariat, R::Organizer, organizer);
            let host = rng.one_of(&hub.members);
            cast.state(dir, *host, R::Host, None);
            for _ in 0..rng.count(1, 3) {
                let o = world.counterpart(rng, d, Some(hub.org));
                cast.rep(world, o, R::Speaker, d);
            }
            draft.location = draft::place(set, world, rng, None, Some(*host));
            draft.dims = 2;
            role.sidelines = false;
            draft
        }
        5 => {
            let end = d + rng.range(0, 1);
            let body = if rng.chance(500) {
                hub.advisory
            } else {
                hub.network
            };
            let title = format!("Meeting of the {}", dir.short(body));
            let mut draft = Draft::new(MeetingKind::Forum, title, body, d, end);
            let cast = &mut draft.cast;
            cast.rep(world, body, R::Organizer, d);
            for _ in 0..rng.count(2, 4) {
                let o = world.counterpart(rng, d, Some(hub.org));
                cast.rep(world, o, R::Participant, d);
            }
            draft.location = draft::place(set, world, rng, Some(hub.org), None);
            draft
        }
        6 => {
            let end = d + rng.range(1, 4);
            let topic = rng.word(vocab::TOPICS);
            let title = format!("{acr} training course on {topic}");
            let mut draft = Draft::new(MeetingKind::Training, title, hub.secretariat, d, end);
            let cast = &mut draft.cast;
            let staff = dir.other_at(hub.secretariat, d, &[PostRole::Staff], None);
            cast.org(dir, hub.secretariat, R::Organizer, staff);
            for _ in 0..rng.count(1, 3) {
                let o = world.counterpart(rng, d, Some(hub.org));
                let official = dir.other_at(o, d, &[PostRole::Staff, PostRole::Deputy], None);
                cast.org(dir, o, R::DelegationMember, official);
            }
            cast.members(world, rng, &hub.members, d, 1..=3, R::Participant);
            draft.location = draft::place(set, world, rng, Some(hub.org), None);
            role.sidelines = false;
            draft
        }
        _ => {
            let end = d + rng.range(1, 4);
            // A visit to a core state, most often not the hub's host state.
            let seat = dir.info(hub.org).country;
            let mut c = rng.one_of(&world.ministries).country;
            if Some(c) == seat {
                c = rng.one_of(&world.ministries).country;
            }
            let head_title = dir.info(hub.secretariat).head_title;
            let title = format!("Visit of the {acr} {head_title} to {}", c.name());
            let mut draft = Draft::new(MeetingKind::Visit, title, hub.secretariat, d, end);
            draft.cast.rep(world, hub.secretariat, R::DelegationHead, d);
            draft.cast.state(dir, c, R::Host, world.minister(c, d));
            draft.location = draft::place(set, world, rng, None, Some(c));
            draft.country = Some(c);
            role.sidelines = false;
            role.visit = true;
            draft
        }
    };
    draft.hub = Some(h);
    draft.status = status;
    if rng.chance(50) {
        // Some frames are known only to the month, now and then with how long they lasted.
        draft.prec = Prec::Month;
        if rng.chance(800) {
            let days = u32::try_from(draft.end - draft.start + 1);
            draft.days = Some(days.expect("a frame ends on or after the day it starts"));
        }
    }
    let eligible = !role.sidelines && draft.kind != MeetingKind::Visit;
    if eligible && (out.series < SERIES_KINDS.len() || rng.chance(60)) {
        // A record standing for a series of such meetings, each kind of recurrence in turn
        // (the first eligible frames always, so that every kind is there early).
        let years = rng.range(1, 6);
        draft.start = d;
        draft.end = d + years * YEAR;
        draft.recurrence = Some(SERIES_KINDS[out.series % SERIES_KINDS.len()]);
        out.series += 1;
        draft.title.push_str(" (series)");
        if draft.end <= set.today {
            draft.status = MeetingStatus::Held;
        }
    }
    let index = out.meetings.push(world, rng, draft);
    if role.sidelines {
        out.sidelines.push(index);
        out.of_hub[h as usize].push(index);
    }
    if role.target {
        out.targets.push(index);
    }
    if let Some(summit) = role.numbered {
        out.numbered.push(Numbered {
            hub: h,
            summit,
            meeting: index,
        });
    }
    if role.visit {
        out.visits.push(index);
    }
}

/// A frame organized by an organization outside the hubs, starting on day `d`: a
/// conference, or its head's visit to a core state.
fn pool_frame(set: &Setting, world: &World, rng: &mut Rng, out: &mut Frames, d: Day) {
    let dir = &world.dir;
    let org = world.counterpart(rng, d, None);
    let status = draft::status_at(set, rng, d);
    let mut draft = if rng.chance(600) {
        let end = d + rng.range(0, 2);
        let theme = rng.one_of(vocab::THEMES).0;
        let title = format!("International Conference on {theme}");
        let mut draft = Draft::new(MeetingKind::Conference, title, org, d, end);
        let role = if rng.chance(500) {
            R::Organizer
        } else {
            R::Host
        };
        draft.cast.rep(world, org, role, d);
        for _ in 0..rng.count(1, 4) {
            let o = world.counterpart(rng, d, Some(dir.root(org)));
            draft.cast.rep(world, o, R::Speaker, d);
        }
        let h = world.pick_hub(rng);
        draft
            .cast
            .rep(world, world.hub(h).secretariat, R::Speaker, d);
        draft.location = draft::place(set, world, rng, Some(org), None);
        draft.dims = 2;
        draft
    } else {
        let end = d + rng.range(1, 3);
        let c = rng.one_of(&world.ministries).country;
        let title = format!("Visit of the {} delegation to {}", dir.short(org), c.name());
        let mut draft = Draft::new(MeetingKind::Visit, title, org, d, end);
        draft.cast.rep(world, org, R::DelegationHead, d);
        draft.cast.state(dir, c, R::Host, world.minister(c, d));
        draft.location = draft::place(set, world, rng, None, Some(c));
        draft.country = Some(c);
        draft
    };
    draft.status = status;
    let is_visit = draft.kind == MeetingKind::Visit;
    let index = out.meetings.push(world, rng, draft);
    if is_visit {
        out.visits.push(index);
    } else {
        out.sidelines.push(index);
    }
}
