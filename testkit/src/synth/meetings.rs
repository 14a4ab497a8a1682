//! Writing drafts as meeting records: the id, the dates as written, dimensions of the
//! participating organizations, topics, outcomes (of meetings that were held), a summary and
//! sources; and the logs of meetings each meeting phase returns.
//!
//! Reads: a [`Draft`], the [`World`], draws. Makes: a [`Meeting`] and its [`MeetInfo`],
//! appended to a [`Meetings`] log.

use std::num::NonZeroU32;

use multilateral::{CountryCode, Outcome};
use multilateral::{Meeting, MeetingId, MeetingKind, MeetingStatus, OutcomeKind, Period, Text};

use super::calendar::{self, Day, Prec, partial, year_of};
use super::draft::Draft;
use super::pieces::{index32, source, text};
use super::rng::Rng;
use super::vocab::{self, Num, cat};
use super::world::World;

/// What the generator knows about a meeting beyond its record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MeetInfo {
    pub(crate) start: Day,
    /// Inclusive.
    pub(crate) end: Day,
    pub(crate) status: MeetingStatus,
    /// The organization the meeting is mainly about (organizer, visitor, first side).
    pub(crate) lead: u32,
    /// The hub that organized it, or whose frame it belongs to.
    pub(crate) hub: Option<u32>,
    /// For a visit, the country visited.
    pub(crate) country: Option<CountryCode>,
}

/// The meetings one phase made, numbered on from those of the phases before: a meeting's
/// index is its place among all the meetings of the dataset, in the order they were made,
/// and it ends the meeting's id.
#[derive(Debug)]
pub(crate) struct Meetings {
    /// The index of the first meeting of the log.
    first: usize,
    pub(crate) records: Vec<Meeting>,
    /// What the generator knows of each, by the same position.
    pub(crate) info: Vec<MeetInfo>,
}

impl Meetings {
    /// An empty log whose first meeting will have index `first`, with room for `capacity`.
    pub(crate) fn new(first: usize, capacity: usize) -> Self {
        Self {
            first,
            records: Vec::with_capacity(capacity),
            info: Vec::with_capacity(capacity),
        }
    }

    /// How many meetings the log holds.
    pub(crate) fn len(&self) -> usize {
        self.records.len()
    }

    /// The index the next meeting will have: how many meetings there are, with those of
    /// the phases before.
    pub(crate) fn end(&self) -> usize {
        self.first + self.records.len()
    }

    /// Whether a meeting index is in this log.
    pub(crate) fn holds(&self, index: u32) -> bool {
        (self.first..self.end()).contains(&(index as usize))
    }

    /// The record of a meeting of this log, by index.
    pub(crate) fn record(&self, index: u32) -> &Meeting {
        &self.records[index as usize - self.first]
    }

    /// The record of a meeting of this log, by index, to change.
    pub(crate) fn record_mut(&mut self, index: u32) -> &mut Meeting {
        &mut self.records[index as usize - self.first]
    }

    /// What the generator knows of a meeting of this log, by index.
    pub(crate) fn info(&self, index: u32) -> &MeetInfo {
        &self.info[index as usize - self.first]
    }

    /// Writes a draft as a meeting record, adding dimensions, topics, outcomes, a summary
    /// and sources; returns its index.
    pub(crate) fn push(&mut self, world: &World, rng: &mut Rng, mut d: Draft) -> u32 {
        let dir = &world.dir;
        let index = index32(self.end());
        let year = u64::try_from(year_of(d.start)).expect("the generator's years are positive");
        let year_digits = Num::new(year);
        let year_str = year_digits.as_str();
        let id = MeetingId::try_from(cat(&[
            dir.slug(d.lead),
            "-",
            kind_slug(d.kind),
            "-",
            year_str,
            "-",
            Num::new(u64::from(index)).as_str(),
        ]))
        .expect("a slug, a kind, a year and a number is an id");
        let when = if !d.known {
            Period::unknown()
        } else if d.recurrence.is_some() {
            calendar::span(d.start, d.end, Prec::Year)
        } else {
            calendar::span(d.start, d.end, d.prec)
        };
        let held = d.status == MeetingStatus::Held;
        let mut m = Meeting::new(id, text(&d.title), d.kind, d.status, when);
        m.recurrence = d.recurrence;
        if d.known && d.recurrence.is_none() {
            m.days = d.days.and_then(NonZeroU32::new);
        }
        m.location = d.location.take();
        // The draft's lists become the record's boxed slices, each converted once.
        m.relations = std::mem::take(&mut d.relations).into();
        m.mous = std::mem::take(&mut d.mous).into();

        // Dimensions of the participating organizations only.
        let want = match rng.below(10) {
            0..4 => 0,
            4..8 => 1,
            _ => 2,
        }
        .min(d.dims);
        if want > 0 {
            let mut owners: Vec<u32> = Vec::with_capacity(d.cast.orgs.len());
            for &o in &d.cast.orgs {
                let r = dir.root(o);
                if !owners.contains(&r) && !dir.info(r).dims.is_empty() {
                    owners.push(r);
                }
            }
            let mut dimensions = Vec::with_capacity(want);
            for _ in 0..want {
                let Some(&owner) = rng.pick(&owners) else {
                    break;
                };
                let dim = dir
                    .pick_dimension(rng, owner)
                    .expect("owners define dimensions");
                if !dimensions.contains(dim) {
                    dimensions.push(dim.clone());
                }
            }
            m.dimensions = dimensions.into();
        }
        let n_topics = rng.below(4);
        if n_topics > 0 {
            let mut topics: Vec<Text> = Vec::with_capacity(n_topics as usize);
            for _ in 0..n_topics {
                let topic = rng.word(vocab::TOPICS);
                if !topics.iter().any(|t| t.as_str() == topic) {
                    topics.push(text(topic));
                }
            }
            m.topics = topics.into();
        }

        // Outcomes, only of meetings that were held.
        let short = |k: usize, default: &'static str| -> &str {
            d.cast.orgs.get(k).map_or(default, |&o| dir.short(o))
        };
        let (a, b) = (short(0, "The participants"), short(1, "their partners"));
        if held {
            let kinds = outcome_kinds(d.kind);
            for _ in 0..rng.below(3) {
                let kind = *rng.one_of(kinds);
                if d.outcomes.iter().any(|o| o.kind == kind) {
                    continue;
                }
                let topic = m.topics.first().map_or("cooperation", Text::as_str);
                d.outcomes
                    .push(Outcome::new(kind, text(&outcome_text(kind, a, b, topic))));
            }
            m.outcomes = std::mem::take(&mut d.outcomes).into();
            if rng.chance(250) {
                let topic = m.topics.first().map_or("their cooperation", Text::as_str);
                m.summary = Some(text(&cat(&[
                    a,
                    " and ",
                    b,
                    " discussed ",
                    topic,
                    " and ways to take their cooperation further.",
                ])));
            }
        }

        // Sources.
        let n_sources = match rng.below(10) {
            0..2 => 0,
            2..9 => 1,
            _ => 2,
        };
        let domain = dir.info(d.lead).domain.as_str();
        let publisher = dir.name(d.lead);
        let mut sources = Vec::with_capacity(n_sources);
        for k in 0..n_sources {
            let published = d.start + rng.range(0, 3);
            let prec = if rng.chance(850) {
                Prec::Day
            } else {
                Prec::Month
            };
            let date = d.known.then(|| partial(published, prec));
            let id = m.id.as_str();
            let s = if k == 0 {
                let url = cat(&["https://www.", domain, "/news/", year_str, "/", id]);
                source(rng, &d.title, &url, publisher, date)
            } else {
                let (outlet, path) = *rng.one_of(vocab::OUTLETS);
                let url = cat(&["https://news.example.org/", path, "/", id]);
                let headline = cat(&[a, " and ", b, " meet"]);
                source(rng, &headline, &url, outlet, date)
            };
            sources.push(s);
        }
        m.sources = sources.into();
        m.participants = std::mem::take(&mut d.cast.list).into();
        self.records.push(m);
        self.info.push(MeetInfo {
            start: d.start,
            end: d.end,
            status: d.status,
            lead: d.lead,
            hub: d.hub,
            country: d.country,
        });
        index
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
        _ => unreachable!("the generator makes only the outcomes above"),
    }
}
