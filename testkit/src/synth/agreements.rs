//! Memoranda of understanding, with their lifecycles and signing ceremonies.

use multilateral::ValueError;
use multilateral::{
    MeetingKind, MeetingRelation, MeetingStatus, Outcome, OutcomeKind, ParticipantRole,
    RelationKind,
};
use multilateral::{Mou, MouStatus};
use multilateral::{MouId, OfficialId};

use super::calendar::{Day, Prec, YEAR, partial, year_of};
use super::events::Draft;
use super::vocab;
use super::world::{Gen, MouInfo, source, text};

impl Gen {
    /// About one MoU for every forty meetings.
    pub(crate) fn agreements(&mut self) -> Result<(), ValueError> {
        let n = (self.target_meetings + 20) / 40;
        for k in 0..n {
            self.agreement(k)?;
        }
        Ok(())
    }

    fn agreement(&mut self, k: usize) -> Result<(), ValueError> {
        let probe = self.rng.range(self.start, self.today);
        let hub = if self.rng.chance(700) {
            self.pick_hub()
        } else {
            None
        };
        let a = match hub.and_then(|h| self.hubs.get(h as usize)) {
            Some(x) => {
                let (sec, top) = (x.secretariat, x.org);
                if self.rng.chance(650) { sec } else { top }
            }
            None => self.counterpart(probe, None),
        };
        let other_hub = if hub.is_some() && self.hubs.len() > 1 && self.rng.chance(120) {
            let h = self.rng.index(self.hubs.len());
            self.hubs
                .get(h)
                .map(|x| x.secretariat)
                .filter(|&s| self.root(s) != self.root(a))
        } else {
            None
        };
        let b = match other_hub {
            Some(s) => s,
            None => self.counterpart(probe, Some(self.root(a))),
        };
        let mut parties = vec![a, b];
        if self.rng.chance(50) {
            let c = self.counterpart(probe, Some(self.root(a)));
            if self.root(c) != self.root(b) {
                parties.push(c);
            }
        }
        if parties
            .iter()
            .any(|&p| self.root(p) == self.root(a) && p != a)
            || self.root(a) == self.root(b)
        {
            return Ok(());
        }

        use MouStatus as S;
        let statuses = [S::Draft, S::Signed, S::InForce, S::Expired, S::Terminated];
        let status = *statuses
            .get(self.rng.weighted(&[10, 20, 35, 22, 13]))
            .unwrap_or(&S::Signed);

        // When it was signed: at a frame of the hub now and then, else any day the parties
        // all existed.
        let mut frame = None;
        if status != S::Draft && self.rng.chance(250) {
            if let Some(h) = hub {
                for _ in 0..6 {
                    let len = self.hub_frames.get(h as usize).map_or(0, Vec::len);
                    let i = self.rng.index(len);
                    let Some(f) = self
                        .hub_frames
                        .get(h as usize)
                        .and_then(|l| l.get(i))
                        .copied()
                    else {
                        break;
                    };
                    if let Some(info) = self.minfo.get(f as usize) {
                        if info.status == MeetingStatus::Held && info.end <= self.today {
                            frame = Some((f, *info));
                            break;
                        }
                    }
                }
            }
        }
        let founded = parties
            .iter()
            .filter_map(|&p| self.info(p))
            .map(|i| i.from)
            .max()
            .unwrap_or(self.start);
        let signed: Option<Day> = match (status, frame) {
            (S::Draft, _) => None,
            (_, Some((_, info))) => Some(self.rng.range(info.start, info.end)),
            (S::Expired, None) => Some(self.rng.range(self.start.max(founded), self.today - 400)),
            (_, None) => Some(self.rng.range(self.start.max(founded), self.today - 30)),
        };
        let ceremony = match signed {
            Some(_) if frame.is_some() => true,
            Some(_) => self.rng.chance(250),
            None => false,
        } && self.meetings.len() < self.target_meetings;

        let names: Vec<String> = parties
            .iter()
            .map(|&p| {
                self.orgs
                    .get(p as usize)
                    .map(|o| o.name.to_string())
                    .unwrap_or_default()
            })
            .collect();
        let between = match names.as_slice() {
            [x, y] => format!("the {x} and the {y}"),
            [x, y, z] => format!("the {x}, the {y} and the {z}"),
            _ => names.join(", "),
        };
        let area = self.rng.word(vocab::TOPICS);
        let title = match self.rng.below(3) {
            0 => format!("Cooperation Agreement between {between}"),
            1 => format!("Memorandum of Understanding on {area} between {between}"),
            _ => format!("Memorandum of Understanding between {between}"),
        };
        let slug = format!(
            "{}-{}-mou-{}-{k}",
            self.slug_of(a),
            self.slug_of(b),
            signed.map_or_else(|| "draft".to_owned(), |s| year_of(s).to_string())
        );
        let id = MouId::new(&slug)?;
        let party_ids = parties
            .iter()
            .filter_map(|&p| self.org_id(p).cloned())
            .collect();
        let mut mou = Mou::new(id.clone(), text(&title)?, party_ids, status);

        let mut signatories: Vec<u32> = Vec::new();
        if let Some(s) = signed {
            let prec = if ceremony {
                if self.rng.chance(850) {
                    Prec::Day
                } else {
                    Prec::Month
                }
            } else {
                Prec::draw(&mut self.rng, 200, 200)
            };
            mou.signed = Some(partial(s, prec)?);
            for &p in &parties {
                if let Some(o) = self.representative(p, s) {
                    if !signatories.contains(&o) && self.rng.chance(900) {
                        signatories.push(o);
                    }
                }
            }
            mou.signatories = signatories
                .iter()
                .filter_map(|&o| self.official_id(o))
                .collect::<Vec<OfficialId>>();
            let effective = if status != S::Signed && self.rng.chance(600) {
                let e = s + self.rng.range(0, 120);
                mou.effective = Some(partial(
                    e,
                    if self.rng.chance(800) {
                        Prec::Day
                    } else {
                        Prec::Month
                    },
                )?);
                e
            } else {
                s
            };
            let expires = match status {
                S::Expired => Some(
                    (effective + self.rng.range(YEAR, 6 * YEAR))
                        .min(self.today)
                        .max(effective),
                ),
                S::InForce if self.rng.chance(500) => {
                    Some((effective + self.rng.range(5 * YEAR, 10 * YEAR)).max(self.today + 30))
                }
                S::Signed | S::Terminated if self.rng.chance(300) => {
                    Some(effective + self.rng.range(3 * YEAR, 10 * YEAR))
                }
                _ => None,
            };
            if let Some(x) = expires {
                mou.expires = Some(partial(x, Prec::draw(&mut self.rng, 200, 200))?);
            }
        }
        for _ in 0..self.rng.count(0, 4) {
            let area = text(self.rng.word(vocab::TOPICS))?;
            if !mou.areas.contains(&area) {
                mou.areas.push(area);
            }
        }
        let owners: Vec<u32> = parties.iter().map(|&p| self.root(p)).collect();
        for _ in 0..self.rng.below(3) {
            let Some(&owner) = self.rng.pick(&owners) else {
                break;
            };
            let Some(range) = self.info(owner).map(|i| i.dims.clone()) else {
                continue;
            };
            if range.is_empty() {
                continue;
            }
            let d = range.start
                + u32::try_from(self.rng.below(u64::from(range.end - range.start))).unwrap_or(0);
            if let Some(dim) = self.dims.get(d as usize) {
                if !mou.dimensions.contains(&dim.id) {
                    mou.dimensions.push(dim.id.clone());
                }
            }
        }
        if self.rng.chance(600) {
            let domain = self.info(a).map(|i| i.domain.clone()).unwrap_or_default();
            let publisher = names.first().cloned().unwrap_or_default();
            let published = match signed {
                Some(s) => Some(partial(s + self.rng.range(0, 5), Prec::Day)?),
                None => None,
            };
            let headline = format!(
                "{} and {} sign a memorandum of understanding",
                self.short(a),
                self.short(b)
            );
            mou.sources.push(source(
                &mut self.rng,
                &headline,
                &format!("https://www.{domain}/news/{slug}"),
                &publisher,
                published,
            )?);
        }

        // The signing ceremony, on the sidelines of the frame when there is one.
        if let (true, Some(s)) = (ceremony, signed) {
            let (start, end) = match frame {
                Some((_, info)) if self.rng.chance(300) => (info.start, info.end),
                _ => (s, s),
            };
            let mut draft = Draft::new(
                MeetingKind::SigningCeremony,
                format!("Signing of a memorandum of understanding between {between}"),
                a,
                start,
                end,
            );
            for (i, &p) in parties.iter().enumerate() {
                let official = self
                    .representative(p, s)
                    .filter(|o| signatories.contains(o));
                let role = if i == 0 {
                    ParticipantRole::Host
                } else {
                    ParticipantRole::DelegationHead
                };
                self.cast_org(&mut draft.cast, p, role, official);
            }
            draft.status = MeetingStatus::Held;
            draft.hub = hub;
            draft.location = self.place(Some(a), None)?;
            draft.outcomes.push(
                Outcome::new(
                    OutcomeKind::SignedMou,
                    text(&format!(
                        "{} and {} signed the memorandum of understanding.",
                        self.short(a),
                        self.short(b)
                    ))?,
                )
                .about(id.clone()),
            );
            if let Some((f, _)) = frame {
                if let Some(parent) = self.meetings.get(f as usize) {
                    draft.relations.push(MeetingRelation::new(
                        RelationKind::SidelinesOf,
                        parent.id.clone(),
                    ));
                    draft.location = parent.location.clone();
                }
            }
            draft.mous.push(id.clone());
            let m = self.push_meeting(draft)?;
            mou.signed_at = self.meetings.get(m as usize).map(|x| x.id.clone());
        }

        let index = u32::try_from(self.mous.len()).unwrap_or(u32::MAX);
        let mut roots: Vec<u32> = Vec::new();
        for &p in &parties {
            let r = self.root(p);
            if !roots.contains(&r) {
                roots.push(r);
                if let Some(list) = self.mous_of_root.get_mut(r as usize) {
                    list.push(index);
                }
            }
        }
        self.mous.push(mou);
        self.mou_info.push(MouInfo { signed, parties });
        Ok(())
    }
}
