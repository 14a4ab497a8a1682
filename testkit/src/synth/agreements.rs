//! The agreements phase: memoranda of understanding, about one for every forty meetings,
//! with their lifecycles (drafts without dates, signed, in force, expired, terminated, with
//! signed ≤ effective ≤ expires), signatories who held a post at a party on the day, and
//! signing ceremonies (sometimes on the sidelines of a hub's frame) whose dates cover the
//! signing date.
//!
//! Reads: the [`Setting`], the [`World`], the [`Frames`] (where a ceremony may be held),
//! draws. Makes: [`Agreements`]: the MoUs, what the fill phase needs to know of them, and
//! the signing ceremonies, numbered on from the frames.

use multilateral::{
    MeetingKind, MeetingRelation, MeetingStatus, Mou, MouId, MouStatus, Outcome, OutcomeKind,
    ParticipantRole, RelationKind,
};

use super::calendar::{Day, Prec, YEAR, partial, year_of};
use super::draft::{self, Draft};
use super::frames::Frames;
use super::meetings::{MeetInfo, Meetings};
use super::pieces::{index32, source, text};
use super::rng::Rng;
use super::setting::Setting;
use super::vocab;
use super::world::World;

/// The MoUs and their signing ceremonies.
#[derive(Debug)]
pub(crate) struct Agreements {
    pub(crate) mous: Vec<Mou>,
    /// What the generator knows of each MoU, by the same index.
    pub(crate) info: Vec<MouInfo>,
    /// MoUs by the root organization of each party (indices into `mous`).
    pub(crate) of_root: Vec<Vec<u32>>,
    /// The signing ceremonies, numbered on from the frames.
    pub(crate) ceremonies: Meetings,
}

/// What the generator knows about an MoU beyond its record.
#[derive(Debug, Clone)]
pub(crate) struct MouInfo {
    /// The signing day, `None` for a draft.
    pub(crate) signed: Option<Day>,
    /// The parties, of different roots.
    pub(crate) parties: Vec<u32>,
}

/// What the phase reads: the setting, the world and the frames.
struct Context<'a> {
    set: &'a Setting,
    world: &'a World,
    frames: &'a Frames,
}

/// About one MoU for every forty meetings.
pub(crate) fn build(set: &Setting, world: &World, frames: &Frames, rng: &mut Rng) -> Agreements {
    let n = (set.meetings + 20) / 40;
    let mut out = Agreements {
        mous: Vec::with_capacity(n),
        info: Vec::with_capacity(n),
        of_root: vec![Vec::new(); world.dir.orgs.len()],
        ceremonies: Meetings::new(frames.meetings.end(), 0),
    };
    let cx = Context { set, world, frames };
    for k in 0..n {
        cx.agreement(rng, &mut out, k);
    }
    out
}

impl Context<'_> {
    /// MoU number `k`, added to `out` with its ceremony if it has one.
    fn agreement(&self, rng: &mut Rng, out: &mut Agreements, k: usize) {
        use MouStatus as S;
        let (set, world, dir) = (self.set, self.world, &self.world.dir);
        let probe = rng.range(set.start, set.today);
        let hub = rng.chance(700).then(|| world.pick_hub(rng));
        let a = match hub.map(|h| world.hub(h)) {
            Some(x) if rng.chance(650) => x.secretariat,
            Some(x) => x.org,
            None => world.counterpart(rng, probe, None),
        };
        let other_hub = if hub.is_some() && world.hubs.len() > 1 && rng.chance(120) {
            let h = rng.index(world.hubs.len());
            Some(world.hubs[h].secretariat).filter(|&s| dir.root(s) != dir.root(a))
        } else {
            None
        };
        let b = match other_hub {
            Some(s) => s,
            None => world.counterpart(rng, probe, Some(dir.root(a))),
        };
        let mut parties = vec![a, b];
        if rng.chance(50) {
            let c = world.counterpart(rng, probe, Some(dir.root(a)));
            if dir.root(c) != dir.root(b) {
                parties.push(c);
            }
        }
        let statuses = [S::Draft, S::Signed, S::InForce, S::Expired, S::Terminated];
        let status = statuses[rng.weighted(&[12, 18, 35, 22, 13])];

        // When it was signed: at a frame of the hub now and then, else any day the parties
        // all existed.
        let mut frame: Option<(u32, MeetInfo)> = None;
        if status != S::Draft && rng.chance(250) {
            if let Some(h) = hub {
                let list = &self.frames.of_hub[h as usize];
                for _ in 0..6 {
                    let Some(&f) = rng.pick(list) else {
                        break;
                    };
                    let info = *self.frames.meetings.info(f);
                    if info.status == MeetingStatus::Held && info.end <= set.today {
                        frame = Some((f, info));
                        break;
                    }
                }
            }
        }
        let founded = parties
            .iter()
            .map(|&p| dir.info(p).from)
            .max()
            .expect("an MoU has parties");
        let earliest = set.start.max(founded);
        let signed: Option<Day> = match (status, frame) {
            (S::Draft, _) => None,
            (_, Some((_, info))) => Some(rng.range(info.start, info.end)),
            (S::Expired, None) => Some(rng.range(earliest, set.today - 400)),
            (_, None) => Some(rng.range(earliest, set.today - 30)),
        };
        let room = self.frames.meetings.len() + out.ceremonies.len() < set.meetings;
        let ceremony = match signed {
            Some(_) if frame.is_some() => true,
            Some(_) => rng.chance(250),
            None => false,
        } && room;

        let names: Vec<&str> = parties.iter().map(|&p| dir.name(p)).collect();
        let between = match names.as_slice() {
            [x, y] => format!("the {x} and the {y}"),
            [x, y, z] => format!("the {x}, the {y} and the {z}"),
            _ => unreachable!("an MoU has two or three parties"),
        };
        let area = rng.word(vocab::TOPICS);
        let title = match rng.below(3) {
            0 => format!("Cooperation Agreement between {between}"),
            1 => format!("Memorandum of Understanding on {area} between {between}"),
            _ => format!("Memorandum of Understanding between {between}"),
        };
        let slug = format!(
            "{}-{}-mou-{}-{k}",
            dir.slug(a),
            dir.slug(b),
            signed.map_or_else(|| "draft".to_owned(), |s| year_of(s).to_string())
        );
        let id = MouId::new(&slug).expect("slugs, a year and a number make an id");
        let party_ids = parties.iter().map(|&p| dir.id(p).clone()).collect();
        let mut mou = Mou::new(id.clone(), text(&title), party_ids, status);

        let mut signatories: Vec<u32> = Vec::new();
        if let Some(s) = signed {
            let prec = if !ceremony {
                Prec::draw(rng, 200, 200)
            } else if rng.chance(850) {
                Prec::Day
            } else {
                Prec::Month
            };
            mou.signed = Some(partial(s, prec));
            for &p in &parties {
                if let Some(o) = world.representative(p, s) {
                    if !signatories.contains(&o) && rng.chance(900) {
                        signatories.push(o);
                    }
                }
            }
            mou.signatories = signatories.iter().map(|&o| dir.official_id(o)).collect();
            let effective = if status != S::Signed && rng.chance(600) {
                let e = s + rng.range(0, 120);
                let prec = if rng.chance(800) {
                    Prec::Day
                } else {
                    Prec::Month
                };
                mou.effective = Some(partial(e, prec));
                e
            } else {
                s
            };
            let expires = match status {
                S::Expired => Some(
                    (effective + rng.range(YEAR, 6 * YEAR))
                        .min(set.today)
                        .max(effective),
                ),
                S::InForce if rng.chance(500) => {
                    Some((effective + rng.range(5 * YEAR, 10 * YEAR)).max(set.today + 30))
                }
                S::Signed | S::Terminated if rng.chance(300) => {
                    Some(effective + rng.range(3 * YEAR, 10 * YEAR))
                }
                _ => None,
            };
            if let Some(x) = expires {
                mou.expires = Some(partial(x, Prec::draw(rng, 200, 200)));
            }
        }
        let mut areas = Vec::new();
        for _ in 0..rng.count(0, 4) {
            let area = text(rng.word(vocab::TOPICS));
            if !areas.contains(&area) {
                areas.push(area);
            }
        }
        mou.areas = areas.into();
        let owners: Vec<u32> = parties.iter().map(|&p| dir.root(p)).collect();
        let mut dimensions = Vec::new();
        for _ in 0..rng.below(3) {
            let owner = *rng.one_of(&owners);
            if let Some(dim) = dir.pick_dimension(rng, owner) {
                if !dimensions.contains(dim) {
                    dimensions.push(dim.clone());
                }
            }
        }
        mou.dimensions = dimensions.into();
        if rng.chance(600) {
            let published = signed.map(|s| partial(s + rng.range(0, 5), Prec::Day));
            let headline = format!(
                "{} and {} sign a memorandum of understanding",
                dir.short(a),
                dir.short(b)
            );
            let url = format!("https://www.{}/news/{slug}", dir.info(a).domain);
            mou.sources = Box::new([source(rng, &headline, &url, names[0], published)]);
        }

        // The signing ceremony, on the sidelines of the frame when there is one.
        if let (true, Some(s)) = (ceremony, signed) {
            let (start, end) = match frame {
                Some((_, info)) if rng.chance(300) => (info.start, info.end),
                _ => (s, s),
            };
            let title = format!("Signing of a memorandum of understanding between {between}");
            let mut draft = Draft::new(MeetingKind::SigningCeremony, title, a, start, end);
            for (i, &p) in parties.iter().enumerate() {
                let official = world
                    .representative(p, s)
                    .filter(|o| signatories.contains(o));
                let role = if i == 0 {
                    ParticipantRole::Host
                } else {
                    ParticipantRole::DelegationHead
                };
                draft.cast.org(dir, p, role, official);
            }
            draft.status = MeetingStatus::Held;
            draft.hub = hub;
            draft.location = draft::place(set, world, rng, Some(a), None);
            let said = format!(
                "{} and {} signed the memorandum of understanding.",
                dir.short(a),
                dir.short(b)
            );
            draft
                .outcomes
                .push(Outcome::new(OutcomeKind::SignedMou, text(&said)).about(id.clone()));
            if let Some((f, _)) = frame {
                let parent = self.frames.meetings.record(f);
                draft.relations.push(MeetingRelation::new(
                    RelationKind::SidelinesOf,
                    parent.id.clone(),
                ));
                draft.location = parent.location.clone();
            }
            draft.mous.push(id);
            let m = out.ceremonies.push(world, rng, draft);
            mou.signed_at = Some(out.ceremonies.record(m).id.clone());
        }

        let index = index32(out.mous.len());
        let mut roots: Vec<u32> = Vec::with_capacity(parties.len());
        for &p in &parties {
            let r = dir.root(p);
            if !roots.contains(&r) {
                roots.push(r);
                out.of_root[r as usize].push(index);
            }
        }
        assert_eq!(
            roots.len(),
            parties.len(),
            "the parties of an MoU have different roots"
        );
        out.mous.push(mou);
        out.info.push(MouInfo { signed, parties });
    }
}
