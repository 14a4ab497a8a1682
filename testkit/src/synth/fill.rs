//! The fill phase: every other meeting, until the dataset has as many as asked for.
//! Bilateral meetings on the sidelines of frames and in the programme of visits, bilateral
//! meetings of their own (some under an MoU of the two, some following up an earlier
//! meeting), foreign ministers meeting heads of organizations, consultations, preparatory
//! meetings of summits and ministerial meetings, receptions and exhibitions.
//!
//! Reads: the [`Setting`], the [`World`], the [`Frames`], the [`Agreements`] (MoUs to invoke,
//! ceremonies to follow up), draws. Makes: the rest of the [`Meetings`], numbered on from
//! the frames and the ceremonies.

use multilateral::{
    MeetingId, MeetingKind, MeetingRelation, MeetingStatus, Outcome, OutcomeKind, PostRole,
    RelationKind,
};

use super::agreements::Agreements;
use super::calendar::{Day, YEAR};
use super::draft::{self, Draft};
use super::frames::Frames;
use super::meetings::{MeetInfo, Meetings};
use super::pieces::{index32, text};
use super::rng::Rng;
use super::setting::Setting;
use super::vocab::{self, cat};
use super::world::World;

use multilateral::ParticipantRole as R;

/// What the phase reads: the setting, the world, the frames and the agreements.
struct Context<'a> {
    set: &'a Setting,
    world: &'a World,
    frames: &'a Frames,
    agreements: &'a Agreements,
}

/// Adds meetings until the dataset has as many as asked for; returns them.
pub(crate) fn build(
    set: &Setting,
    world: &World,
    frames: &Frames,
    agreements: &Agreements,
    rng: &mut Rng,
) -> Meetings {
    let first = agreements.ceremonies.end();
    let mut out = Meetings::new(first, set.meetings.saturating_sub(first));
    let cx = Context {
        set,
        world,
        frames,
        agreements,
    };
    let weights = [
        if frames.sidelines.is_empty() { 0 } else { 28 },
        if frames.visits.is_empty() { 0 } else { 10 },
        32,
        7,
        10,
        if frames.targets.is_empty() { 0 } else { 5 },
        3,
    ];
    while out.end() < set.meetings {
        let before = out.len();
        match rng.weighted(&weights) {
            0 => cx.on_sidelines(rng, &mut out),
            1 => cx.in_programme(rng, &mut out),
            2 => cx.bilateral(rng, &mut out),
            3 => cx.state_talks(rng, &mut out),
            4 => cx.consultation(rng, &mut out),
            5 => cx.preparation(rng, &mut out),
            _ => cx.other_event(rng, &mut out),
        }
        assert_eq!(out.len(), before + 1, "each template adds one meeting");
    }
    out
}

impl Context<'_> {
    /// An earlier meeting (of any phase) to follow up on, and a day after it; `None` when
    /// there is none yet.
    fn follow_up_of(&self, rng: &mut Rng, out: &Meetings) -> Option<(MeetingId, MeetInfo, Day)> {
        if out.end() == 0 {
            return None;
        }
        let target = index32(rng.index(out.end()));
        let log = [&self.frames.meetings, &self.agreements.ceremonies, out]
            .into_iter()
            .find(|log| log.holds(target))
            .expect("the logs hold every meeting index below the end of the last");
        let info = *log.info(target);
        let day = info.end + rng.range(14, YEAR);
        Some((log.record(target).id.clone(), info, day))
    }

    /// A bilateral meeting on the sidelines of a frame: the hub's secretariat (or the
    /// frame's organizer) meets a delegation.
    fn on_sidelines(&self, rng: &mut Rng, out: &mut Meetings) {
        let (world, dir) = (self.world, &self.world.dir);
        let parent = *rng.one_of(&self.frames.sidelines);
        let frame = *self.frames.meetings.info(parent);
        let parent = self.frames.meetings.record(parent);
        let (s, e, days) = draft::days_within(rng, &frame);
        let hub = frame.hub.map(|h| world.hub(h));
        let a = hub.map_or(frame.lead, |h| h.secretariat);
        let mut draft = if rng.chance(250) {
            let members = hub.map_or(&[][..], |h| &h.members[..]);
            let c = match rng.pick(members) {
                Some(&c) => c,
                None => rng.one_of(&world.ministries).country,
            };
            let title = format!("{} meets the delegation of {}", dir.short(a), c.name());
            let mut draft = Draft::new(MeetingKind::Bilateral, title, a, s, e);
            draft.cast.rep(world, a, R::Host, s);
            draft
                .cast
                .state(dir, c, R::DelegationHead, world.minister(c, s));
            draft
        } else {
            let b = world.counterpart(rng, s, Some(dir.root(a)));
            let title = cat(&[dir.short(a), " meets ", dir.short(b)]);
            let mut draft = Draft::new(MeetingKind::Bilateral, title, a, s, e);
            draft.cast.rep(world, a, R::DelegationHead, s);
            draft.cast.rep(world, b, R::DelegationHead, s);
            draft
        };
        draft.status = draft::status_within(rng, frame.status);
        draft.days = days;
        draft.relations.push(MeetingRelation::new(
            RelationKind::SidelinesOf,
            parent.id.clone(),
        ));
        draft.location = parent.location.clone();
        draft.hub = frame.hub;
        out.push(world, rng, draft);
    }

    /// A meeting in the programme of a visit, with a body based in the country visited.
    fn in_programme(&self, rng: &mut Rng, out: &mut Meetings) {
        let (set, world, dir) = (self.set, self.world, &self.world.dir);
        let parent = *rng.one_of(&self.frames.visits);
        let visit = *self.frames.meetings.info(parent);
        let parent_id = self.frames.meetings.record(parent).id.clone();
        let (s, e, days) = draft::days_within(rng, &visit);
        let a = visit.lead;
        let country = visit.country.expect("a visit has the country visited");
        // A body based in the country visited, found by a few draws (the lists are long).
        let local = world.pool.in_country(set.country_index(country));
        let mut b = None;
        if !local.is_empty() {
            for _ in 0..8 {
                let o = *rng.one_of(local);
                if dir.root(o) != dir.root(a) && dir.active(o, s) {
                    b = Some(o);
                    break;
                }
            }
        }
        let b = b.unwrap_or_else(|| world.counterpart(rng, s, Some(dir.root(a))));
        let title = cat(&[dir.short(a), " meets ", dir.short(b)]);
        let mut draft = Draft::new(MeetingKind::Bilateral, title, a, s, e);
        draft.cast.rep(world, a, R::DelegationHead, s);
        draft.cast.rep(world, b, R::Host, s);
        if rng.chance(300) {
            let head = world.representative(a, s);
            if let Some(m) = dir.other_at(a, s, &[PostRole::Staff, PostRole::Deputy], head) {
                draft.cast.org(dir, a, R::DelegationMember, Some(m));
            }
        }
        draft.status = draft::status_within(rng, visit.status);
        draft.days = days;
        draft
            .relations
            .push(MeetingRelation::new(RelationKind::PartOf, parent_id));
        draft.location = draft::place(set, world, rng, Some(b), Some(country));
        draft.hub = visit.hub;
        out.push(world, rng, draft);
    }

    /// A bilateral meeting of its own, sometimes under an MoU of the two, sometimes a
    /// follow-up to an earlier meeting.
    fn bilateral(&self, rng: &mut Rng, out: &mut Meetings) {
        let (set, world, dir) = (self.set, self.world, &self.world.dir);
        let agreements = self.agreements;
        let mut d = set.any_day(rng);
        let mut follow = None;
        if rng.chance(100) {
            if let Some((id, info, day)) = self.follow_up_of(rng, out) {
                d = day;
                follow = Some((id, info.lead));
            }
        }
        let h = world.pick_hub(rng);
        let a = match &follow {
            Some((_, lead)) => *lead,
            None if rng.chance(650) => {
                let hub = world.hub(h);
                if rng.chance(300) {
                    hub.org
                } else {
                    hub.secretariat
                }
            }
            None => world.counterpart(rng, d, None),
        };
        // Under an MoU between the two?
        let root_a = dir.root(a);
        let mut mou = None;
        if follow.is_none() && rng.chance(300) {
            mou = rng.pick(&agreements.of_root[root_a as usize]).copied();
        }
        let (a, b) = match mou {
            Some(k) => {
                let info = &agreements.info[k as usize];
                let by_root = |mine: bool| {
                    info.parties
                        .iter()
                        .copied()
                        .find(|&p| (dir.root(p) == root_a) == mine)
                        .expect("an MoU of a root has a party under it and one not")
                };
                if let Some(s) = info.signed {
                    if d < s {
                        d = s + rng.range(7, 3 * YEAR);
                    }
                }
                (by_root(true), by_root(false))
            }
            None => (a, world.counterpart(rng, d, Some(root_a))),
        };
        let title = cat(&[dir.short(a), " meets ", dir.short(b)]);
        let mut draft = Draft::new(MeetingKind::Bilateral, title, a, d, d);
        draft.own_days(rng, d);
        let (role_a, role_b) = if rng.chance(500) {
            (R::DelegationHead, R::Host)
        } else {
            (R::Participant, R::Participant)
        };
        if draft.known {
            draft.cast.rep(world, a, role_a, d);
            draft.cast.rep(world, b, role_b, d);
        } else {
            draft.cast.org(dir, a, role_a, None);
            draft.cast.org(dir, b, role_b, None);
        }
        draft.status = draft::status_at(set, rng, d);
        draft.location = draft::place(set, world, rng, Some(b), None);
        if let Some((id, _)) = follow {
            draft
                .relations
                .push(MeetingRelation::new(RelationKind::FollowUpTo, id));
        }
        if let Some(k) = mou {
            let mou_id = agreements.mous[k as usize].id.clone();
            let held = draft.status == MeetingStatus::Held;
            if agreements.info[k as usize].signed.is_some() {
                draft.mous.push(mou_id.clone());
                if held {
                    let said = format!(
                        "{} and {} committed to implement their memorandum of understanding.",
                        dir.short(a),
                        dir.short(b)
                    );
                    draft
                        .outcomes
                        .push(Outcome::new(OutcomeKind::Committed, text(&said)).about(mou_id));
                }
            } else if held {
                let said = "The sides agreed to finalize the draft memorandum of understanding.";
                draft
                    .outcomes
                    .push(Outcome::new(OutcomeKind::Agreed, text(said)).about(mou_id));
            }
        }
        out.push(world, rng, draft);
    }

    /// A foreign minister meets the head of an organization.
    fn state_talks(&self, rng: &mut Rng, out: &mut Meetings) {
        let (set, world, dir) = (self.set, self.world, &self.world.dir);
        let d = set.any_day(rng);
        let c = rng.one_of(&world.ministries).country;
        let h = world.pick_hub(rng);
        let org = if rng.chance(600) {
            world.hub(h).secretariat
        } else {
            world.counterpart(rng, d, None)
        };
        let title = format!(
            "Foreign Minister of {} meets the {} of the {}",
            c.name(),
            dir.info(org).head_title,
            dir.short(org)
        );
        let mut draft = Draft::new(MeetingKind::Bilateral, title, org, d, d);
        draft.own_days(rng, d);
        draft.known = true;
        draft
            .cast
            .state(dir, c, R::DelegationHead, world.minister(c, d));
        draft.cast.rep(world, org, R::Host, d);
        draft.status = draft::status_at(set, rng, d);
        draft.location = draft::place(set, world, rng, Some(org), None);
        out.push(world, rng, draft);
    }

    /// Consultations between deputies or staff, often following up an earlier meeting.
    fn consultation(&self, rng: &mut Rng, out: &mut Meetings) {
        let (set, world, dir) = (self.set, self.world, &self.world.dir);
        let mut d = set.any_day(rng);
        let mut follow = None;
        if rng.chance(500) {
            if let Some((id, info, day)) = self.follow_up_of(rng, out) {
                d = day;
                follow = Some((id, info.lead));
            }
        }
        let a = match &follow {
            Some((_, lead)) => *lead,
            None => world.counterpart(rng, d, None),
        };
        let b = world.counterpart(rng, d, Some(dir.root(a)));
        let topic = rng.word(vocab::TOPICS);
        let title = format!("{}–{} consultations on {topic}", dir.short(a), dir.short(b));
        let mut draft = Draft::new(MeetingKind::Consultation, title, a, d, d);
        draft.own_days(rng, d);
        draft.known = true;
        for org in [a, b] {
            let lead = dir
                .other_at(org, d, &[PostRole::Deputy], None)
                .or_else(|| world.representative(org, d));
            draft.cast.org(dir, org, R::DelegationHead, lead);
            if let Some(m) = dir.other_at(org, d, &[PostRole::Staff], lead) {
                draft.cast.org(dir, org, R::DelegationMember, Some(m));
            }
        }
        if rng.chance(200) {
            let c = world.counterpart(rng, d, Some(dir.root(a)));
            draft.cast.rep(world, c, R::Observer, d);
        }
        draft.status = draft::status_at(set, rng, d);
        draft.location = draft::place(set, world, rng, Some(a), None);
        if let Some((id, _)) = follow {
            draft
                .relations
                .push(MeetingRelation::new(RelationKind::FollowUpTo, id));
        }
        out.push(world, rng, draft);
    }

    /// Senior officials prepare a summit or a ministerial meeting weeks before it.
    fn preparation(&self, rng: &mut Rng, out: &mut Meetings) {
        let (set, world, dir) = (self.set, self.world, &self.world.dir);
        let target = *rng.one_of(&self.frames.targets);
        let info = *self.frames.meetings.info(target);
        let record = self.frames.meetings.record(target);
        let h = info
            .hub
            .expect("summits and ministerial meetings are a hub's");
        let hub = world.hub(h);
        let d = info.start - rng.range(10, 120);
        let what = if record.kind == MeetingKind::Summit {
            "Summit"
        } else {
            "Ministerial Meeting"
        };
        let kind = if rng.chance(500) {
            MeetingKind::Session
        } else {
            MeetingKind::Consultation
        };
        let title = format!(
            "Senior Officials Meeting in preparation for the {} {what}",
            hub.def.acronym
        );
        let end = d + rng.range(0, 1);
        let mut draft = Draft::new(kind, title, hub.council, d, end);
        draft.cast.org(dir, hub.council, R::Organizer, None);
        draft.cast.rep(world, hub.secretariat, R::Speaker, d);
        draft
            .cast
            .members(world, rng, &hub.members, d, 2..=4, R::Participant);
        draft.status = draft::status_at(set, rng, d);
        draft.location = draft::place(set, world, rng, Some(hub.org), None);
        draft.hub = Some(h);
        draft.relations.push(MeetingRelation::new(
            RelationKind::InPreparationFor,
            record.id.clone(),
        ));
        out.push(world, rng, draft);
    }

    /// A reception, an exhibition and the like.
    fn other_event(&self, rng: &mut Rng, out: &mut Meetings) {
        let (set, world, dir) = (self.set, self.world, &self.world.dir);
        let d = set.any_day(rng);
        let h = world.pick_hub(rng);
        let org = if rng.chance(500) {
            world.hub(h).secretariat
        } else {
            world.counterpart(rng, d, None)
        };
        let title = if rng.chance(500) {
            format!("Reception on the anniversary of the {}", dir.short(org))
        } else {
            format!("Photo exhibition on {}", rng.word(vocab::TOPICS))
        };
        let mut draft = Draft::new(MeetingKind::Other, title, org, d, d);
        draft.own_days(rng, d);
        draft.known = true;
        draft.cast.rep(world, org, R::Host, d);
        for _ in 0..rng.below(3) {
            let o = world.counterpart(rng, d, Some(dir.root(org)));
            draft.cast.org(dir, o, R::Participant, None);
        }
        draft.status = draft::status_at(set, rng, d);
        draft.location = draft::place(set, world, rng, Some(org), None);
        draft.dims = 0;
        out.push(world, rng, draft);
    }
}
