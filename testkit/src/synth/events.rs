//! Meetings: the hubs' sessions, summits and conferences, visits, the bilateral meetings
//! on their sidelines or in their programme, and meetings standing on their own.

use multilateral::CountryCode;
use multilateral::Party;
use multilateral::Period;
use multilateral::PostRole;
use multilateral::Text;
use multilateral::ValueError;
use multilateral::{
    Location, Meeting, MeetingKind, MeetingRelation, MeetingStatus, Outcome, OutcomeKind,
    Participant, ParticipantRole, Recurrence, RelationKind,
};
use multilateral::{MeetingId, MouId};

use super::calendar::{self, Day, Prec, YEAR, partial, year_of};
use super::vocab::{self, CITIES, Num, cat};
use super::world::{Gen, MeetInfo, source, text};

use ParticipantRole as R;

/// Who takes part in a meeting being drafted.
#[derive(Debug, Default)]
pub(crate) struct Cast {
    pub(crate) list: Vec<Participant>,
    /// The participating organizations, each once.
    pub(crate) orgs: Vec<u32>,
}

/// A meeting being drafted: what the templates decide before the common parts are added.
pub(crate) struct Draft {
    pub(crate) kind: MeetingKind,
    pub(crate) title: String,
    /// The organization whose name starts the id and which publishes the sources.
    pub(crate) lead: u32,
    pub(crate) hub: Option<u32>,
    pub(crate) country: Option<CountryCode>,
    pub(crate) start: Day,
    pub(crate) end: Day,
    pub(crate) prec: Prec,
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
}

/// The ordinal of a number: 1st, 2nd, 3rd, 11th, 22nd.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl Gen {
    // ----- casting -----

    /// Adds an organization, represented by `official`, unless the same entry is there.
    pub(crate) fn cast_org(&self, cast: &mut Cast, org: u32, role: R, official: Option<u32>) {
        let Some(id) = self.org_id(org).cloned() else {
            return;
        };
        let mut p = Participant::new(Party::Organization(id), role);
        p.official = official.and_then(|o| self.official_id(o));
        if !cast.list.contains(&p) {
            cast.list.push(p);
            if !cast.orgs.contains(&org) {
                cast.orgs.push(org);
            }
        }
    }

    /// Adds an organization represented by whoever speaks for it on day `d`.
    pub(crate) fn cast_rep(&self, cast: &mut Cast, org: u32, role: R, d: Day) {
        self.cast_org(cast, org, role, self.representative(org, d));
    }

    /// Adds a state, represented by `official`.
    pub(crate) fn cast_state(
        &self,
        cast: &mut Cast,
        c: CountryCode,
        role: R,
        official: Option<u32>,
    ) {
        let mut p = Participant::new(Party::State(c), role);
        p.official = official.and_then(|o| self.official_id(o));
        if !cast.list.iter().any(|q| q.party == p.party) {
            cast.list.push(p);
        }
    }

    /// The foreign ministry of a core state.
    pub(crate) fn mfa_of(&self, c: CountryCode) -> Option<u32> {
        self.core.iter().find(|k| k.country == c).map(|k| k.mfa)
    }

    /// The foreign minister of a core state on a day.
    pub(crate) fn minister(&self, c: CountryCode, d: Day) -> Option<u32> {
        self.head_at(self.mfa_of(c)?, d)
    }

    /// The state chairing a hub on a day.
    fn chair_at(&self, h: u32, d: Day) -> Option<CountryCode> {
        let chairs = &self.hubs.get(h as usize)?.chairs;
        let i = chairs.partition_point(|c| c.0 <= d).checked_sub(1)?;
        let &(_, end, core) = chairs.get(i)?;
        (d <= end).then(|| self.core.get(core).map(|c| c.country))?
    }

    /// A hub, the most active ones most often.
    pub(crate) fn pick_hub(&mut self) -> Option<u32> {
        let weights: Vec<u64> = (0..self.hubs.len())
            .map(|i| [8, 6, 5, 4, 3, 3].get(i).copied().unwrap_or(2))
            .collect();
        if weights.is_empty() {
            return None;
        }
        u32::try_from(self.rng.weighted(&weights)).ok()
    }

    /// The status of a meeting starting on `d`: held in the past (now and then cancelled or
    /// postponed), planned in the future.
    fn status_at(&mut self, d: Day) -> MeetingStatus {
        let r = self.rng.below(1000);
        if d > self.today {
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

    /// A meeting's place: an organization's seat or a state's capital, sometimes online,
    /// hybrid, with a venue, or not known.
    pub(crate) fn place(
        &mut self,
        org: Option<u32>,
        country: Option<CountryCode>,
    ) -> Result<Option<Location>, ValueError> {
        let r = self.rng.below(1000);
        if r < 50 {
            return Ok(Some(Location::online()));
        }
        if r < 120 {
            return Ok(None);
        }
        let city = match country {
            Some(c) => self
                .country_index(c)
                .and_then(|i| self.capital.get(i).copied().flatten()),
            None => org.and_then(|o| self.info(o)).and_then(|i| i.city),
        };
        let country = country.or_else(|| org.and_then(|o| self.info(o)).and_then(|i| i.country));
        let Some(country) = country else {
            return Ok(None);
        };
        let mut loc = match city.and_then(|c| CITIES.get(c)) {
            Some((name, _)) if r >= 150 => Location::city(text(name)?, country),
            _ => {
                let mut loc = Location::default();
                loc.country = Some(country);
                loc
            }
        };
        if self.rng.chance(120) {
            loc.venue = Some(text(self.rng.word(vocab::VENUES))?);
        }
        if self.rng.chance(40) {
            loc.online = true;
        }
        Ok(Some(loc))
    }

    /// A random day among the records, a little into the future too.
    fn any_day(&mut self) -> Day {
        self.rng.range(self.start, self.horizon)
    }

    // ----- writing a meeting -----

    /// Writes a draft as a meeting record, adding dimensions, topics, outcomes, a summary
    /// and sources; returns its index.
    pub(crate) fn push_meeting(&mut self, mut d: Draft) -> Result<u32, ValueError> {
        let n = self.meetings.len();
        let index = u32::try_from(n).unwrap_or(u32::MAX);
        let year = year_of(d.start);
        let year_digits = Num::new(u64::try_from(year).unwrap_or(0));
        let year_str = year_digits.as_str();
        let id = MeetingId::try_from(cat(&[
            self.slug_of(d.lead),
            "-",
            kind_slug(d.kind),
            "-",
            year_str,
            "-",
            Num::new(n as u64).as_str(),
        ]))?;
        let when = if !d.known {
            Period::unknown()
        } else if d.recurrence.is_some() {
            calendar::span(d.start, d.end, Prec::Year)?
        } else {
            calendar::span(d.start, d.end, d.prec)?
        };
        let held = d.status == MeetingStatus::Held;
        let mut m = Meeting::new(id, text(&d.title)?, d.kind, d.status, when);
        m.recurrence = d.recurrence;
        if d.known && d.recurrence.is_none() {
            m.days = d.days.and_then(std::num::NonZeroU32::new);
        }
        m.location = d.location.take();
        m.relations = std::mem::take(&mut d.relations);
        m.mous = std::mem::take(&mut d.mous);

        // Dimensions of the participating organizations only.
        let want = match self.rng.below(10) {
            0..4 => 0,
            4..8 => 1,
            _ => 2,
        }
        .min(d.dims);
        if want > 0 {
            let mut owners: Vec<u32> = Vec::with_capacity(d.cast.orgs.len());
            for &o in &d.cast.orgs {
                let r = self.root(o);
                if !owners.contains(&r) && self.info(r).is_some_and(|i| !i.dims.is_empty()) {
                    owners.push(r);
                }
            }
            for _ in 0..want {
                let Some(&owner) = self.rng.pick(&owners) else {
                    break;
                };
                let Some(range) = self.info(owner).map(|i| i.dims.clone()) else {
                    break;
                };
                let k = range.start
                    + u32::try_from(self.rng.below(u64::from(range.end - range.start)))
                        .unwrap_or(0);
                if let Some(dim) = self.dims.get(k as usize) {
                    if !m.dimensions.contains(&dim.id) {
                        m.dimensions.push(dim.id.clone());
                    }
                }
            }
        }
        let n_topics = self.rng.below(4);
        if n_topics > 0 {
            m.topics.reserve_exact(n_topics as usize);
            for _ in 0..n_topics {
                let topic = self.rng.word(vocab::TOPICS);
                if !m.topics.iter().any(|t| t.as_str() == topic) {
                    m.topics.push(text(topic)?);
                }
            }
        }

        // Outcomes, only of meetings that were held. (Fields are borrowed one by one so that
        // the names need no copies while the generator draws.)
        let info = &self.info;
        let short = |k: usize, default: &'static str| -> &str {
            d.cast
                .orgs
                .get(k)
                .and_then(|&o| info.get(o as usize))
                .map_or(default, |i| i.short.as_str())
        };
        let (a, b) = (short(0, "The participants"), short(1, "their partners"));
        if held {
            let kinds = outcome_kinds(d.kind);
            for _ in 0..self.rng.below(3) {
                let Some(&kind) = self.rng.pick(kinds) else {
                    break;
                };
                if d.outcomes.iter().any(|o| o.kind == kind) {
                    continue;
                }
                let topic = m.topics.first().map_or("cooperation", Text::as_str);
                d.outcomes
                    .push(Outcome::new(kind, text(&outcome_text(kind, a, b, topic))?));
            }
            m.outcomes = std::mem::take(&mut d.outcomes);
            if self.rng.chance(250) {
                let topic = m.topics.first().map_or("their cooperation", Text::as_str);
                m.summary = Some(text(&cat(&[
                    a,
                    " and ",
                    b,
                    " discussed ",
                    topic,
                    " and ways to take their cooperation further.",
                ]))?);
            }
        }

        // Sources.
        let n_sources = match self.rng.below(10) {
            0..2 => 0,
            2..9 => 1,
            _ => 2,
        };
        let lead = info.get(d.lead as usize);
        let domain = lead.map_or("example.org", |i| i.domain.as_str());
        let publisher = self
            .orgs
            .get(d.lead as usize)
            .map_or("", |o| o.name.as_str());
        m.sources.reserve_exact(n_sources);
        for k in 0..n_sources {
            let published = d.start + self.rng.range(0, 3);
            let prec = if self.rng.chance(850) {
                Prec::Day
            } else {
                Prec::Month
            };
            let date = if d.known {
                Some(partial(published, prec)?)
            } else {
                None
            };
            let id = m.id.as_str();
            let s = if k == 0 {
                let url = cat(&["https://www.", domain, "/news/", year_str, "/", id]);
                source(&mut self.rng, &d.title, &url, publisher, date)?
            } else {
                let (outlet, path) = self
                    .rng
                    .pick(vocab::OUTLETS)
                    .copied()
                    .unwrap_or(("News", "news"));
                let url = cat(&["https://news.example.org/", path, "/", id]);
                source(
                    &mut self.rng,
                    &cat(&[a, " and ", b, " meet"]),
                    &url,
                    outlet,
                    date,
                )?
            };
            m.sources.push(s);
        }
        m.participants = std::mem::take(&mut d.cast.list);
        self.meetings.push(m);
        self.minfo.push(MeetInfo {
            start: d.start,
            end: d.end,
            status: d.status,
            lead: d.lead,
            hub: d.hub,
            country: d.country,
        });
        Ok(index)
    }

    // ----- the events others attach to -----

    /// The frames: sessions, summits, ministerial meetings, conferences, seminars, forums,
    /// trainings and visits, about a sixth of all meetings.
    pub(crate) fn frames(&mut self) -> Result<(), ValueError> {
        let n = self.target_meetings.div_ceil(6);
        for _ in 0..n {
            let d = self.any_day();
            match self.pick_hub() {
                Some(h) if self.rng.chance(800) => self.hub_frame(h, d)?,
                _ => self.pool_frame(d)?,
            }
        }
        Ok(())
    }

    fn hub_frame(&mut self, h: u32, d: Day) -> Result<(), ValueError> {
        let Some(hub) = self.hubs.get(h as usize).cloned() else {
            return Ok(());
        };
        let acr = hub.def.acronym;
        let chair = self.chair_at(h, d);
        let status = self.status_at(d);
        let weights = [25, 8, 4, 18, 12, 8, 6, 19];
        let which = self.rng.weighted(&weights);
        let mut draft;
        let mut sidelines = true;
        let mut numbered = None;
        match which {
            0 => {
                let end = d + self.rng.range(1, 3);
                draft = Draft::new(
                    MeetingKind::Session,
                    format!("Session of the {}", self.short(hub.council)),
                    hub.council,
                    d,
                    end,
                );
                self.cast_org(&mut draft.cast, hub.council, R::Organizer, None);
                if let Some(c) = chair {
                    let minister = self.minister(c, d);
                    self.cast_state(&mut draft.cast, c, R::Chair, minister);
                }
                self.cast_rep(&mut draft.cast, hub.secretariat, R::Speaker, d);
                if let Some(deputy) = self.other_at(hub.secretariat, d, &[PostRole::Deputy], None) {
                    self.cast_org(
                        &mut draft.cast,
                        hub.secretariat,
                        R::DelegationMember,
                        Some(deputy),
                    );
                }
                self.cast_members(&mut draft.cast, &hub.members, d, 2, 5, R::Participant)?;
                for _ in 0..self.rng.below(3) {
                    let o = self.counterpart(d, Some(hub.org));
                    self.cast_rep(&mut draft.cast, o, R::Observer, d);
                }
                draft.location = self.place(Some(hub.org), None)?;
                numbered = Some(false);
            }
            1 => {
                let end = d + self.rng.range(0, 1);
                draft = Draft::new(
                    MeetingKind::Ministerial,
                    format!("{acr} Ministerial Meeting"),
                    hub.council,
                    d,
                    end,
                );
                self.cast_org(&mut draft.cast, hub.council, R::Organizer, None);
                if let Some(c) = chair {
                    let minister = self.minister(c, d);
                    self.cast_state(&mut draft.cast, c, R::Chair, minister);
                }
                self.cast_members(&mut draft.cast, &hub.members, d, 3, 6, R::DelegationHead)?;
                self.cast_rep(&mut draft.cast, hub.secretariat, R::Speaker, d);
                draft.location = self.place(None, chair)?;
                self.targets.push(self.next_index());
            }
            2 => {
                let end = d + 1;
                draft = Draft::new(
                    MeetingKind::Summit,
                    format!("{acr} Summit"),
                    hub.org,
                    d,
                    end,
                );
                self.cast_org(&mut draft.cast, hub.org, R::Organizer, None);
                if let Some(c) = chair {
                    self.cast_state(&mut draft.cast, c, R::Host, None);
                }
                self.cast_members(&mut draft.cast, &hub.members, d, 3, 8, R::Participant)?;
                self.cast_rep(&mut draft.cast, hub.secretariat, R::Speaker, d);
                draft.location = self.place(None, chair)?;
                self.targets.push(self.next_index());
                numbered = Some(true);
            }
            3 => {
                let end = d + self.rng.range(0, 2);
                let theme = self.rng.pick(vocab::THEMES).map_or("Cooperation", |t| t.0);
                draft = Draft::new(
                    MeetingKind::Conference,
                    format!("{acr} Conference on {theme}"),
                    hub.secretariat,
                    d,
                    end,
                );
                self.cast_rep(&mut draft.cast, hub.secretariat, R::Organizer, d);
                for _ in 0..self.rng.count(2, 5) {
                    let o = self.counterpart(d, Some(hub.org));
                    let role = if self.rng.chance(600) {
                        R::Speaker
                    } else {
                        R::Participant
                    };
                    self.cast_rep(&mut draft.cast, o, role, d);
                }
                self.cast_members(&mut draft.cast, &hub.members, d, 0, 2, R::Participant)?;
                draft.location = self.place(Some(hub.org), None)?;
                draft.dims = 2;
            }
            4 => {
                let end = d + self.rng.range(0, 1);
                let area = self
                    .rng
                    .pick(vocab::DIMENSIONS)
                    .and_then(|x| self.rng.pick(x.3))
                    .copied()
                    .unwrap_or("Security");
                draft = Draft::new(
                    MeetingKind::Seminar,
                    format!("{acr} Seminar on {area}"),
                    hub.secretariat,
                    d,
                    end,
                );
                self.cast_org(
                    &mut draft.cast,
                    hub.secretariat,
                    R::Organizer,
                    self.other_at(
                        hub.secretariat,
                        d,
                        &[PostRole::Staff, PostRole::Deputy],
                        None,
                    ),
                );
                let host = self.rng.pick(&hub.members).copied();
                if let Some(c) = host {
                    self.cast_state(&mut draft.cast, c, R::Host, None);
                }
                for _ in 0..self.rng.count(1, 3) {
                    let o = self.counterpart(d, Some(hub.org));
                    self.cast_rep(&mut draft.cast, o, R::Speaker, d);
                }
                draft.location = self.place(None, host)?;
                draft.dims = 2;
                sidelines = false;
            }
            5 => {
                let end = d + self.rng.range(0, 1);
                let body = if self.rng.chance(500) {
                    hub.advisory
                } else {
                    hub.network
                };
                draft = Draft::new(
                    MeetingKind::Forum,
                    format!("Meeting of the {}", self.short(body)),
                    body,
                    d,
                    end,
                );
                self.cast_rep(&mut draft.cast, body, R::Organizer, d);
                for _ in 0..self.rng.count(2, 4) {
                    let o = self.counterpart(d, Some(hub.org));
                    self.cast_rep(&mut draft.cast, o, R::Participant, d);
                }
                draft.location = self.place(Some(hub.org), None)?;
            }
            6 => {
                let end = d + self.rng.range(1, 4);
                let topic = self.rng.word(vocab::TOPICS);
                draft = Draft::new(
                    MeetingKind::Training,
                    format!("{acr} training course on {topic}"),
                    hub.secretariat,
                    d,
                    end,
                );
                let staff = self.other_at(hub.secretariat, d, &[PostRole::Staff], None);
                self.cast_org(&mut draft.cast, hub.secretariat, R::Organizer, staff);
                for _ in 0..self.rng.count(1, 3) {
                    let o = self.counterpart(d, Some(hub.org));
                    let official = self.other_at(o, d, &[PostRole::Staff, PostRole::Deputy], None);
                    self.cast_org(&mut draft.cast, o, R::DelegationMember, official);
                }
                self.cast_members(&mut draft.cast, &hub.members, d, 1, 3, R::Participant)?;
                draft.location = self.place(Some(hub.org), None)?;
                sidelines = false;
            }
            _ => {
                let end = d + self.rng.range(1, 4);
                let seat = self.info(hub.org).and_then(|i| i.country);
                let mut c = self.rng.pick(&self.core).map(|k| k.country);
                if c == seat {
                    c = self.rng.pick(&self.core).map(|k| k.country);
                }
                let Some(c) = c else { return Ok(()) };
                let head_title = self
                    .info(hub.secretariat)
                    .map_or("Secretary General", |i| i.head_title);
                draft = Draft::new(
                    MeetingKind::Visit,
                    format!("Visit of the {acr} {head_title} to {}", c.name()),
                    hub.secretariat,
                    d,
                    end,
                );
                self.cast_rep(&mut draft.cast, hub.secretariat, R::DelegationHead, d);
                let minister = self.minister(c, d);
                self.cast_state(&mut draft.cast, c, R::Host, minister);
                draft.location = self.place(None, Some(c))?;
                draft.country = Some(c);
                self.visits.push(self.next_index());
                sidelines = false;
            }
        }
        draft.hub = Some(h);
        draft.status = status;
        if self.rng.chance(50) {
            // Some frames are known only to the month.
            draft.prec = Prec::Month;
            if self.rng.chance(800) {
                draft.days = u32::try_from(draft.end - draft.start + 1).ok();
            }
        }
        if !sidelines && draft.kind != MeetingKind::Visit && self.rng.chance(60) {
            // A record standing for a series of such meetings.
            let years = self.rng.range(1, 6);
            draft.start = d;
            draft.end = d + years * YEAR;
            // Each kind of recurrence in turn.
            let kinds = [
                Recurrence::Annual,
                Recurrence::Semiannual,
                Recurrence::Biennial,
                Recurrence::Quadrennial,
                Recurrence::Irregular,
            ];
            draft.recurrence = kinds.get(self.series % kinds.len()).copied();
            self.series += 1;
            draft.title = format!("{} (series)", draft.title);
            draft.status = if draft.end <= self.today {
                MeetingStatus::Held
            } else {
                draft.status
            };
        }
        let index = self.push_meeting(draft)?;
        if sidelines {
            self.frames.push(index);
            if let Some(list) = self.hub_frames.get_mut(h as usize) {
                list.push(index);
            }
        }
        if let Some(summit) = numbered {
            self.numbered.push((h, summit, index));
        }
        Ok(())
    }

    /// A frame organized by an organization outside the hubs: a conference, or its head's
    /// visit somewhere.
    fn pool_frame(&mut self, d: Day) -> Result<(), ValueError> {
        let org = self.counterpart(d, None);
        let short = self.short(org).to_owned();
        let status = self.status_at(d);
        let mut draft;
        let mut is_visit = false;
        if self.rng.chance(600) {
            let end = d + self.rng.range(0, 2);
            let theme = self.rng.pick(vocab::THEMES).map_or("Cooperation", |t| t.0);
            draft = Draft::new(
                MeetingKind::Conference,
                format!("International Conference on {theme}"),
                org,
                d,
                end,
            );
            let role = if self.rng.chance(500) {
                R::Organizer
            } else {
                R::Host
            };
            self.cast_rep(&mut draft.cast, org, role, d);
            for _ in 0..self.rng.count(1, 4) {
                let o = self.counterpart(d, Some(self.root(org)));
                self.cast_rep(&mut draft.cast, o, R::Speaker, d);
            }
            if let Some(h) = self.pick_hub() {
                if let Some(sec) = self.hubs.get(h as usize).map(|x| x.secretariat) {
                    self.cast_rep(&mut draft.cast, sec, R::Speaker, d);
                }
            }
            draft.location = self.place(Some(org), None)?;
            draft.dims = 2;
        } else {
            let end = d + self.rng.range(1, 3);
            let Some(c) = self.rng.pick(&self.core).map(|k| k.country) else {
                return Ok(());
            };
            draft = Draft::new(
                MeetingKind::Visit,
                format!("Visit of the {short} delegation to {}", c.name()),
                org,
                d,
                end,
            );
            self.cast_rep(&mut draft.cast, org, R::DelegationHead, d);
            let minister = self.minister(c, d);
            self.cast_state(&mut draft.cast, c, R::Host, minister);
            draft.location = self.place(None, Some(c))?;
            draft.country = Some(c);
            is_visit = true;
        }
        draft.status = status;
        let visit_index = self.next_index();
        let index = self.push_meeting(draft)?;
        if is_visit {
            self.visits.push(visit_index);
        } else {
            self.frames.push(index);
        }
        Ok(())
    }

    /// Adds member states of a hub, each represented by its foreign minister now and then.
    fn cast_members(
        &mut self,
        cast: &mut Cast,
        members: &[CountryCode],
        d: Day,
        lo: usize,
        hi: usize,
        role: R,
    ) -> Result<(), ValueError> {
        for _ in 0..self.rng.count(lo, hi) {
            let Some(&c) = self.rng.pick(members) else {
                break;
            };
            let minister = if self.rng.chance(400) {
                self.minister(c, d)
            } else {
                None
            };
            self.cast_state(cast, c, role, minister);
        }
        Ok(())
    }

    pub(crate) fn next_index(&self) -> u32 {
        u32::try_from(self.meetings.len()).unwrap_or(u32::MAX)
    }

    // ----- every other meeting -----

    /// Adds meetings until there are as many as asked for.
    pub(crate) fn fill(&mut self) -> Result<(), ValueError> {
        while self.meetings.len() < self.target_meetings {
            let weights = [
                if self.frames.is_empty() { 0 } else { 28 },
                if self.visits.is_empty() { 0 } else { 10 },
                32,
                7,
                10,
                if self.targets.is_empty() { 0 } else { 5 },
                3,
            ];
            let before = self.meetings.len();
            match self.rng.weighted(&weights) {
                0 => self.on_sidelines()?,
                1 => self.in_programme()?,
                2 => self.bilateral()?,
                3 => self.state_talks()?,
                4 => self.consultation()?,
                5 => self.preparation()?,
                _ => self.other_event()?,
            }
            if self.meetings.len() == before {
                // A template found nothing to do; never loop without progress.
                self.bilateral()?;
            }
        }
        Ok(())
    }

    /// The status of a meeting inside a frame: the frame's, when it was not held.
    fn status_within(&mut self, frame: MeetingStatus) -> MeetingStatus {
        if frame == MeetingStatus::Held {
            if self.rng.chance(20) {
                MeetingStatus::Cancelled
            } else {
                MeetingStatus::Held
            }
        } else {
            frame
        }
    }

    /// The days of a meeting inside a frame: the frame's whole span (the day is not known),
    /// or one day of it.
    fn days_within(&mut self, frame: &MeetInfo) -> (Day, Day, Option<u32>) {
        if self.rng.chance(450) {
            let one = frame.end > frame.start && self.rng.chance(800);
            (frame.start, frame.end, one.then_some(1))
        } else {
            let day = self.rng.range(frame.start, frame.end);
            (day, day, None)
        }
    }

    /// A bilateral meeting on the sidelines of a frame.
    fn on_sidelines(&mut self) -> Result<(), ValueError> {
        let Some(&parent) = self.rng.pick(&self.frames) else {
            return Ok(());
        };
        let Some(frame) = self.minfo.get(parent as usize).copied() else {
            return Ok(());
        };
        let Some(parent_id) = self.meetings.get(parent as usize).map(|m| m.id.clone()) else {
            return Ok(());
        };
        let (s, e, days) = self.days_within(&frame);
        // The hub's secretariat (or the frame's organizer) meets a delegation.
        let a = frame
            .hub
            .and_then(|h| self.hubs.get(h as usize))
            .map_or(frame.lead, |h| h.secretariat);
        let mut draft;
        if self.rng.chance(250) {
            let hub_members = frame
                .hub
                .and_then(|h| self.hubs.get(h as usize))
                .map(|h| h.members.clone())
                .unwrap_or_default();
            let c = self
                .rng
                .pick(&hub_members)
                .copied()
                .or_else(|| self.rng.pick(&self.core).map(|k| k.country));
            let Some(c) = c else { return Ok(()) };
            draft = Draft::new(
                MeetingKind::Bilateral,
                format!("{} meets the delegation of {}", self.short(a), c.name()),
                a,
                s,
                e,
            );
            self.cast_rep(&mut draft.cast, a, R::Host, s);
            let minister = self.minister(c, s);
            self.cast_state(&mut draft.cast, c, R::DelegationHead, minister);
        } else {
            let b = self.counterpart(s, Some(self.root(a)));
            draft = Draft::new(
                MeetingKind::Bilateral,
                cat(&[self.short(a), " meets ", self.short(b)]),
                a,
                s,
                e,
            );
            self.cast_rep(&mut draft.cast, a, R::DelegationHead, s);
            self.cast_rep(&mut draft.cast, b, R::DelegationHead, s);
        }
        draft.status = self.status_within(frame.status);
        draft.days = days;
        draft
            .relations
            .push(MeetingRelation::new(RelationKind::SidelinesOf, parent_id));
        draft.location = self
            .meetings
            .get(parent as usize)
            .and_then(|m| m.location.clone());
        draft.hub = frame.hub;
        self.push_meeting(draft)?;
        Ok(())
    }

    /// A meeting in the programme of a visit, with a body based in the country visited.
    fn in_programme(&mut self) -> Result<(), ValueError> {
        let Some(&parent) = self.rng.pick(&self.visits) else {
            return Ok(());
        };
        let Some(visit) = self.minfo.get(parent as usize).copied() else {
            return Ok(());
        };
        let Some(parent_id) = self.meetings.get(parent as usize).map(|m| m.id.clone()) else {
            return Ok(());
        };
        let (s, e, days) = self.days_within(&visit);
        let a = visit.lead;
        // A body based in the country visited, found by a few draws (the lists are long).
        let list = visit.country.and_then(|c| self.country_index(c));
        let mut local = None;
        for _ in 0..8 {
            let len = list
                .and_then(|i| self.by_country.get(i))
                .map_or(0, Vec::len);
            let k = self.rng.index(len);
            let o = list
                .and_then(|i| self.by_country.get(i))
                .and_then(|l| l.get(k))
                .copied();
            if let Some(o) = o.filter(|&o| self.root(o) != self.root(a) && self.active(o, s)) {
                local = Some(o);
                break;
            }
            if len == 0 {
                break;
            }
        }
        let b = match local {
            Some(b) => b,
            None => self.counterpart(s, Some(self.root(a))),
        };
        let mut draft = Draft::new(
            MeetingKind::Bilateral,
            cat(&[self.short(a), " meets ", self.short(b)]),
            a,
            s,
            e,
        );
        self.cast_rep(&mut draft.cast, a, R::DelegationHead, s);
        self.cast_rep(&mut draft.cast, b, R::Host, s);
        if self.rng.chance(300) {
            if let Some(m) = self.other_at(
                a,
                s,
                &[PostRole::Staff, PostRole::Deputy],
                self.representative(a, s),
            ) {
                self.cast_org(&mut draft.cast, a, R::DelegationMember, Some(m));
            }
        }
        draft.status = self.status_within(visit.status);
        draft.days = days;
        draft
            .relations
            .push(MeetingRelation::new(RelationKind::PartOf, parent_id));
        draft.location = self.place(Some(b), visit.country)?;
        draft.hub = visit.hub;
        self.push_meeting(draft)?;
        Ok(())
    }

    /// The days and precision of a meeting standing on its own: mostly one day, sometimes
    /// only the month, sometimes a few days.
    fn own_days(&mut self, d: Day, draft: &mut Draft) {
        let r = self.rng.below(1000);
        draft.start = d;
        draft.end = d;
        if r < 100 {
            draft.prec = Prec::Month;
            if self.rng.chance(800) {
                draft.days = Some(1);
            }
        } else if r < 150 {
            draft.end = d + self.rng.range(1, 2);
        } else if r < 155 {
            draft.known = false;
        }
    }

    /// An earlier meeting to follow up on, and a day after it.
    fn follow_up_of(&mut self) -> Option<(u32, MeetingId, MeetInfo, Day)> {
        let n = self.meetings.len();
        if n == 0 {
            return None;
        }
        let target = self.rng.index(n);
        let info = self.minfo.get(target).copied()?;
        let id = self.meetings.get(target)?.id.clone();
        let day = info.end + self.rng.range(14, YEAR);
        Some((u32::try_from(target).ok()?, id, info, day))
    }

    /// A bilateral meeting of its own, sometimes under an MoU of the two, sometimes a
    /// follow-up to an earlier meeting.
    fn bilateral(&mut self) -> Result<(), ValueError> {
        let mut d = self.any_day();
        let mut follow = None;
        if self.rng.chance(100) {
            if let Some((_, id, info, day)) = self.follow_up_of() {
                d = day;
                follow = Some((id, info.lead));
            }
        }
        let a = match (&follow, self.pick_hub()) {
            (Some((_, lead)), _) => *lead,
            (None, Some(h)) if self.rng.chance(650) => {
                let hub = self.hubs.get(h as usize);
                let pick_top = self.rng.chance(300);
                hub.map_or(0, |x| if pick_top { x.org } else { x.secretariat })
            }
            _ => self.counterpart(d, None),
        };
        // Under an MoU between the two?
        let mut mou = None;
        let root_a = self.root(a);
        if follow.is_none() && self.rng.chance(300) {
            let list = self.mous_of_root.get(root_a as usize);
            if let Some(&k) = list.and_then(|l| self.rng.pick(l)) {
                mou = Some(k);
            }
        }
        let (a, b) = match mou.and_then(|k| self.mou_info.get(k as usize)) {
            Some(info) => {
                let mine = info
                    .parties
                    .iter()
                    .copied()
                    .find(|&p| self.root(p) == root_a)
                    .unwrap_or(a);
                let other = info
                    .parties
                    .iter()
                    .copied()
                    .find(|&p| self.root(p) != root_a);
                if let Some(s) = info.signed {
                    if d < s {
                        d = s + self.rng.range(7, 3 * YEAR);
                    }
                }
                match other {
                    Some(o) => (mine, o),
                    None => (a, self.counterpart(d, Some(root_a))),
                }
            }
            None => (a, self.counterpart(d, Some(root_a))),
        };
        let mut draft = Draft::new(
            MeetingKind::Bilateral,
            cat(&[self.short(a), " meets ", self.short(b)]),
            a,
            d,
            d,
        );
        self.own_days(d, &mut draft);
        let (role_a, role_b) = if self.rng.chance(500) {
            (R::DelegationHead, R::Host)
        } else {
            (R::Participant, R::Participant)
        };
        if draft.known {
            self.cast_rep(&mut draft.cast, a, role_a, d);
            self.cast_rep(&mut draft.cast, b, role_b, d);
        } else {
            self.cast_org(&mut draft.cast, a, role_a, None);
            self.cast_org(&mut draft.cast, b, role_b, None);
        }
        draft.status = self.status_at(d);
        draft.location = self.place(Some(b), None)?;
        if let Some((id, _)) = follow {
            draft
                .relations
                .push(MeetingRelation::new(RelationKind::FollowUpTo, id));
        }
        if let Some(k) = mou {
            let (mou_id, signed) = match (self.mous.get(k as usize), self.mou_info.get(k as usize))
            {
                (Some(m), Some(i)) => (m.id.clone(), i.signed),
                _ => {
                    return Err(ValueError::Text {
                        reason: "missing MoU",
                    });
                }
            };
            let held = draft.status == MeetingStatus::Held;
            if signed.is_some() {
                draft.mous.push(mou_id.clone());
                if held {
                    draft.outcomes.push(
                        Outcome::new(OutcomeKind::Committed, text(&format!("{} and {} committed to implement their memorandum of understanding.", self.short(a), self.short(b)))?)
                            .about(mou_id),
                    );
                }
            } else if held {
                draft.outcomes.push(
                    Outcome::new(
                        OutcomeKind::Agreed,
                        text(
                            "The sides agreed to finalize the draft memorandum of understanding.",
                        )?,
                    )
                    .about(mou_id),
                );
            }
        }
        self.push_meeting(draft)?;
        Ok(())
    }

    /// A foreign minister meets the head of an organization.
    fn state_talks(&mut self) -> Result<(), ValueError> {
        let d = self.any_day();
        let Some(c) = self.rng.pick(&self.core).map(|k| k.country) else {
            return Ok(());
        };
        let org = match self.pick_hub() {
            Some(h) if self.rng.chance(600) => {
                self.hubs.get(h as usize).map_or(0, |x| x.secretariat)
            }
            _ => self.counterpart(d, None),
        };
        let mut draft = Draft::new(
            MeetingKind::Bilateral,
            format!(
                "Foreign Minister of {} meets the {} of the {}",
                c.name(),
                self.info(org).map_or("Head", |i| i.head_title),
                self.short(org)
            ),
            org,
            d,
            d,
        );
        self.own_days(d, &mut draft);
        draft.known = true;
        let minister = self.minister(c, d);
        self.cast_state(&mut draft.cast, c, R::DelegationHead, minister);
        self.cast_rep(&mut draft.cast, org, R::Host, d);
        draft.status = self.status_at(d);
        draft.location = self.place(Some(org), None)?;
        self.push_meeting(draft)?;
        Ok(())
    }

    /// Consultations between deputies or staff, often following up an earlier meeting.
    fn consultation(&mut self) -> Result<(), ValueError> {
        let mut d = self.any_day();
        let mut follow = None;
        if self.rng.chance(500) {
            if let Some((_, id, info, day)) = self.follow_up_of() {
                d = day;
                follow = Some((id, info.lead));
            }
        }
        let a = match &follow {
            Some((_, lead)) => *lead,
            None => self.counterpart(d, None),
        };
        let b = self.counterpart(d, Some(self.root(a)));
        let topic = self.rng.word(vocab::TOPICS);
        let mut draft = Draft::new(
            MeetingKind::Consultation,
            format!(
                "{}–{} consultations on {topic}",
                self.short(a),
                self.short(b)
            ),
            a,
            d,
            d,
        );
        self.own_days(d, &mut draft);
        draft.known = true;
        for (org, role) in [(a, R::DelegationHead), (b, R::DelegationHead)] {
            let lead = self
                .other_at(org, d, &[PostRole::Deputy], None)
                .or_else(|| self.representative(org, d));
            self.cast_org(&mut draft.cast, org, role, lead);
            if let Some(m) = self.other_at(org, d, &[PostRole::Staff], lead) {
                self.cast_org(&mut draft.cast, org, R::DelegationMember, Some(m));
            }
        }
        if self.rng.chance(200) {
            let c = self.counterpart(d, Some(self.root(a)));
            self.cast_rep(&mut draft.cast, c, R::Observer, d);
        }
        draft.status = self.status_at(d);
        draft.location = self.place(Some(a), None)?;
        if let Some((id, _)) = follow {
            draft
                .relations
                .push(MeetingRelation::new(RelationKind::FollowUpTo, id));
        }
        self.push_meeting(draft)?;
        Ok(())
    }

    /// Senior officials prepare a summit or a ministerial meeting weeks before it.
    fn preparation(&mut self) -> Result<(), ValueError> {
        let Some(&target) = self.rng.pick(&self.targets) else {
            return Ok(());
        };
        let Some(info) = self.minfo.get(target as usize).copied() else {
            return Ok(());
        };
        let Some((target_id, target_kind)) = self
            .meetings
            .get(target as usize)
            .map(|m| (m.id.clone(), m.kind))
        else {
            return Ok(());
        };
        let Some(hub) = info.hub.and_then(|h| self.hubs.get(h as usize)).cloned() else {
            return Ok(());
        };
        let d = info.start - self.rng.range(10, 120);
        let what = if target_kind == MeetingKind::Summit {
            "Summit"
        } else {
            "Ministerial Meeting"
        };
        let kind = if self.rng.chance(500) {
            MeetingKind::Session
        } else {
            MeetingKind::Consultation
        };
        let mut draft = Draft::new(
            kind,
            format!(
                "Senior Officials Meeting in preparation for the {} {what}",
                hub.def.acronym
            ),
            hub.council,
            d,
            d + self.rng.range(0, 1),
        );
        self.cast_org(&mut draft.cast, hub.council, R::Organizer, None);
        self.cast_rep(&mut draft.cast, hub.secretariat, R::Speaker, d);
        self.cast_members(&mut draft.cast, &hub.members, d, 2, 4, R::Participant)?;
        draft.status = self.status_at(d);
        draft.location = self.place(Some(hub.org), None)?;
        draft.hub = info.hub;
        draft.relations.push(MeetingRelation::new(
            RelationKind::InPreparationFor,
            target_id,
        ));
        self.push_meeting(draft)?;
        Ok(())
    }

    /// Receptions, exhibitions and the like.
    fn other_event(&mut self) -> Result<(), ValueError> {
        let d = self.any_day();
        let org = match self.pick_hub() {
            Some(h) if self.rng.chance(500) => {
                self.hubs.get(h as usize).map_or(0, |x| x.secretariat)
            }
            _ => self.counterpart(d, None),
        };
        let title = if self.rng.chance(500) {
            format!("Reception on the anniversary of the {}", self.short(org))
        } else {
            format!("Photo exhibition on {}", self.rng.word(vocab::TOPICS))
        };
        let mut draft = Draft::new(MeetingKind::Other, title, org, d, d);
        self.own_days(d, &mut draft);
        draft.known = true;
        self.cast_rep(&mut draft.cast, org, R::Host, d);
        for _ in 0..self.rng.below(3) {
            let o = self.counterpart(d, Some(self.root(org)));
            self.cast_org(&mut draft.cast, o, R::Participant, None);
        }
        draft.status = self.status_at(d);
        draft.location = self.place(Some(org), None)?;
        draft.dims = 0;
        self.push_meeting(draft)?;
        Ok(())
    }

    // ----- finishing -----

    /// Numbers sessions and summits in order of date, then puts all meetings in order of
    /// date.
    pub(crate) fn finish_meetings(&mut self) -> Result<(), ValueError> {
        let mut numbered = std::mem::take(&mut self.numbered);
        numbered.sort_by_key(|&(h, summit, m)| {
            (
                h,
                summit,
                self.minfo.get(m as usize).map_or(0, |i| i.start),
                m,
            )
        });
        let mut count = 0;
        let mut group = None;
        for (h, summit, m) in numbered {
            if group != Some((h, summit)) {
                group = Some((h, summit));
                count = 0;
            }
            count += 1;
            let Some(hub) = self.hubs.get(h as usize) else {
                continue;
            };
            let title = if summit {
                format!("{} {} Summit", ordinal(count), hub.def.acronym)
            } else {
                format!(
                    "{} Session of the {}",
                    ordinal(count),
                    self.short(hub.council)
                )
            };
            if let Some(meeting) = self.meetings.get_mut(m as usize) {
                let title = text(&title)?;
                for s in &mut meeting.sources {
                    if s.title.as_ref() == Some(&meeting.title) {
                        s.title = Some(title.clone());
                    }
                }
                meeting.title = title;
            }
        }
        // One integer key per meeting: the start day (shifted to be positive), then the index.
        let mut order: Vec<u64> = self
            .minfo
            .iter()
            .enumerate()
            .map(|(i, m)| (u64::from(m.start.wrapping_sub(i32::MIN) as u32) << 32) | i as u64)
            .collect();
        order.sort_unstable();
        let mut slots: Vec<Option<Meeting>> = std::mem::take(&mut self.meetings)
            .into_iter()
            .map(Some)
            .collect();
        self.meetings = order
            .into_iter()
            .filter_map(|key| {
                let i = usize::try_from(key & u64::from(u32::MAX)).ok()?;
                slots.get_mut(i).and_then(Option::take)
            })
            .collect();
        Ok(())
    }
}

/// The part of a meeting id that names its kind.
fn kind_slug(kind: MeetingKind) -> &'static str {
    use MeetingKind as K;
    match kind {
        K::Bilateral => "talks",
        K::Session => "session",
        K::Summit => "summit",
        K::Ministerial => "ministerial",
        K::Conference => "conference",
        K::Seminar => "seminar",
        K::Forum => "forum",
        K::Training => "training",
        K::Visit => "visit",
        K::SigningCeremony => "signing",
        K::Consultation => "consultations",
        K::Other => "event",
        _ => unreachable!("the generator makes only the kinds above"),
    }
}

/// The outcomes a kind of meeting has.
fn outcome_kinds(kind: MeetingKind) -> &'static [OutcomeKind] {
    use MeetingKind as K;
    use OutcomeKind as O;
    match kind {
        K::Session => &[O::Adopted, O::Statement, O::Briefed],
        K::Summit => &[O::Adopted, O::Statement],
        K::Ministerial => &[O::Adopted, O::Agreed, O::Statement],
        K::Conference => &[O::Statement, O::Discussed],
        K::Seminar => &[O::Discussed, O::Briefed],
        K::Forum => &[O::Discussed, O::Explored],
        K::Training => &[O::Briefed],
        K::Visit => &[O::Invited, O::Statement],
        K::Consultation => &[O::Discussed, O::Agreed, O::Explored],
        K::SigningCeremony => &[O::Statement],
        K::Other => &[O::Statement],
        K::Bilateral => &[
            O::Discussed,
            O::Explored,
            O::Committed,
            O::Agreed,
            O::Invited,
            O::Briefed,
        ],
        _ => unreachable!("the generator makes only the kinds above"),
    }
}

/// What a source says came of a meeting.
fn outcome_text(kind: OutcomeKind, a: &str, b: &str, topic: &str) -> String {
    use OutcomeKind as O;
    match kind {
        O::Briefed => cat(&[a, " provided a comprehensive update on ", topic, "."]),
        O::Statement => cat(&[a, " delivered remarks on ", topic, "."]),
        O::Discussed => cat(&[a, " and ", b, " discussed ", topic, "."]),
        O::Explored => cat(&[
            a,
            " and ",
            b,
            " explored opportunities for engagement on ",
            topic,
            ".",
        ]),
        O::Committed => cat(&[
            a,
            " and ",
            b,
            " expressed their commitment to strengthening cooperation on ",
            topic,
            ".",
        ]),
        O::Agreed => cat(&[
            a,
            " and ",
            b,
            " agreed to maintain a dialogue on ",
            topic,
            ".",
        ]),
        O::Invited => cat(&[a, " invited ", b, " to its next meeting."]),
        O::Adopted => cat(&["The participants adopted a declaration on ", topic, "."]),
        O::SignedMou => cat(&[a, " and ", b, " signed a memorandum of understanding."]),
        _ => unreachable!("the generator makes only the kinds above"),
    }
}
