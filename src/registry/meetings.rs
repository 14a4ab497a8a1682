//! Queries that return meetings.

use std::collections::VecDeque;

use chrono::NaiveDate;

use crate::country::CountryCode;
use crate::meeting::{Meeting, MeetingKind, MeetingStatus, RelationKind};
use crate::period::{Coverage, Period};
use crate::registry::names::fold;
use crate::registry::timeline::MeetingList;
use crate::registry::{Registry, Scope, day, extent};

/// A meeting related to an event, found by [`Registry::related_to`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Related<'r> {
    /// The related meeting.
    pub meeting: &'r Meeting,
    /// How it relates to the meeting it points at (on the sidelines of, part of, …).
    pub kind: RelationKind,
    /// How many relations away from the event it is: 1 when it points at the event itself.
    pub depth: u32,
}

impl Registry {
    fn ranks_during(&self, list: &MeetingList, period: &Period) -> Vec<u32> {
        let (a, b) = extent(period);
        list.during(a, b, &self.spans)
    }

    /// The meetings an official attended (as the named representative of a participant)
    /// that may overlap `period`, in date order. Pass [`Period::unknown()`] for all of them.
    ///
    /// Cost: O(log k + k) over the official's meetings in the period.
    ///
    /// ```
    /// # use multilateral::{Period, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let november: Period = "2024-11/2024-11".parse()?;
    /// let timeline = registry.timeline_of_official("amy-pope", &november);
    /// let ids: Vec<&str> = timeline.iter().map(|m| m.id.as_str()).collect();
    /// assert_eq!(ids, ["sarybay-pope-2024-11"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timeline_of_official(&self, official: &str, period: &Period) -> Vec<&Meeting> {
        match self
            .official_index(official)
            .and_then(|i| self.by_official.get(i))
        {
            Some(list) => self.meetings_of_ranks(&self.ranks_during(list, period)),
            None => Vec::new(),
        }
    }

    /// The meetings an organization took part in that may overlap `period`, in date order;
    /// with [`Scope::WithSubBodies`], also those of its sub-bodies (each meeting once).
    ///
    /// Cost: O(b log k + k), for the b bodies in scope and k meetings found.
    ///
    /// ```
    /// # use multilateral::{Period, Registry};
    /// # use multilateral::registry::Scope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let iom = registry.timeline_of_organization("iom", &Period::unknown(), Scope::Exact);
    /// assert_eq!(iom.len(), 2); // the Council session it organized, and the bilateral meeting
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timeline_of_organization(
        &self,
        organization: &str,
        period: &Period,
        scope: Scope,
    ) -> Vec<&Meeting> {
        let Some(org) = self.org_index(organization) else {
            return Vec::new();
        };
        let mut ranks: Vec<u32> = self
            .org_tree(org, scope)
            .into_iter()
            .filter_map(|o| self.by_organization.get(o))
            .flat_map(|list| self.ranks_during(list, period))
            .collect();
        ranks.sort_unstable();
        ranks.dedup();
        self.meetings_of_ranks(&ranks)
    }

    /// The meetings a state took part in as a state (not through a government body), that
    /// may overlap `period`, in date order. Cost: O(log k + k).
    pub fn timeline_of_state(&self, state: CountryCode, period: &Period) -> Vec<&Meeting> {
        match self.by_state.get(&state) {
            Some(list) => self.meetings_of_ranks(&self.ranks_during(list, period)),
            None => Vec::new(),
        }
    }

    /// Every meeting that may overlap `period`, in date order. Cost: O(log n + k).
    pub fn meetings_during(&self, period: &Period) -> Vec<&Meeting> {
        self.meetings_of_ranks(&self.ranks_during(&self.all_meetings, period))
    }

    /// The meetings that may have taken place on `day`, each with whether it certainly did
    /// ([`Coverage::Yes`]) or possibly did ([`Coverage::Possibly`]), in date order.
    ///
    /// Cost: O(log n + k).
    ///
    /// ```
    /// # use multilateral::{Coverage, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 26).unwrap();
    /// let on = registry.meetings_on(day);
    /// let session = on.iter().find(|(m, _)| m.id.as_str() == "iom-council-115").unwrap();
    /// assert_eq!(session.1, Coverage::Yes); // the session ran from the 25th to the 27th
    /// let talk = on.iter().find(|(m, _)| m.id.as_str() == "sarybay-pope-2024-11").unwrap();
    /// assert_eq!(talk.1, Coverage::Possibly); // on some day within the 25th–27th
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meetings_on(&self, date: NaiveDate) -> Vec<(&Meeting, Coverage)> {
        let d = day(date);
        self.meetings_of_ranks(&self.all_meetings.during(d, d, &self.spans))
            .into_iter()
            .map(|m| (m, meeting_coverage(m, date)))
            .collect()
    }

    /// The meetings that touched a dimension, in date order; with `priority_areas`, also
    /// those that touched any dimension below it.
    ///
    /// Cost: O(a log k + k) for the a areas searched.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let human = registry.meetings_in_dimension("cica-human", true);
    /// assert_eq!(human[0].id.as_str(), "sarybay-houngbo-2024-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meetings_in_dimension(&self, dimension: &str, priority_areas: bool) -> Vec<&Meeting> {
        let Some(d) = self.dimension_index(dimension) else {
            return Vec::new();
        };
        let mut ranks: Vec<u32> = self
            .dimension_tree(d, priority_areas)
            .into_iter()
            .filter_map(|d| self.by_dimension.get(d))
            .flat_map(MeetingList::all)
            .collect();
        ranks.sort_unstable();
        ranks.dedup();
        self.meetings_of_ranks(&ranks)
    }

    /// A dimension and, when asked, every priority area below it.
    pub(crate) fn dimension_tree(&self, d: usize, below: bool) -> Vec<usize> {
        let mut out = vec![d];
        if below {
            let mut i = 0;
            while let Some(&at) = out.get(i) {
                if let Some(children) = self.dimension_children.get(at) {
                    out.extend(children.iter().map(|&c| c as usize));
                }
                i += 1;
            }
        }
        out
    }

    /// The meetings of a kind, in date order. Cost: O(k).
    pub fn meetings_of_kind(&self, kind: MeetingKind) -> Vec<&Meeting> {
        self.by_kind
            .get(&kind)
            .map_or_else(Vec::new, |l| self.meetings_of_ranks(&l.all()))
    }

    /// The meetings with a status, in date order. Cost: O(k).
    pub fn meetings_with_status(&self, status: MeetingStatus) -> Vec<&Meeting> {
        self.by_status
            .get(&status)
            .map_or_else(Vec::new, |l| self.meetings_of_ranks(&l.all()))
    }

    /// The meetings held in a country, in date order. Cost: O(k).
    pub fn meetings_in_country(&self, country: CountryCode) -> Vec<&Meeting> {
        self.by_country
            .get(&country)
            .map_or_else(Vec::new, |l| self.meetings_of_ranks(&l.all()))
    }

    /// The meetings held in a city, matched as names are (case and accents ignored: "geneve"
    /// finds "Genève" but not "Geneva"), in date order. Cost: O(k).
    pub fn meetings_in_city(&self, city: &str) -> Vec<&Meeting> {
        self.by_city
            .get(&fold(city))
            .map_or_else(Vec::new, |l| self.meetings_of_ranks(&l.all()))
    }

    /// The meetings that point at `event` with one of `kinds` (all kinds when empty): the
    /// meetings on its sidelines, part of it, in preparation for it, following it up. With
    /// `transitive`, also those that point at those, and so on. In date order, each once
    /// (at its smallest depth).
    ///
    /// Cost: O(k) over the relations followed.
    ///
    /// ```
    /// # use multilateral::{Registry, RelationKind};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let sidelines = registry.related_to("iom-council-115", &[RelationKind::SidelinesOf], false);
    /// assert_eq!(sidelines.len(), 1);
    /// assert_eq!(sidelines[0].meeting.id.as_str(), "sarybay-pope-2024-11");
    /// let visit = registry.related_to("cica-sg-geneva-visit-2024-11", &[RelationKind::PartOf], false);
    /// assert_eq!(visit.len(), 8);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn related_to(
        &self,
        event: &str,
        kinds: &[RelationKind],
        transitive: bool,
    ) -> Vec<Related<'_>> {
        let Some(start) = self.meeting_index(event) else {
            return Vec::new();
        };
        let mut seen = hashbrown::HashSet::new();
        seen.insert(start);
        let mut found: Vec<(u32, RelationKind, u32)> = Vec::new();
        let mut queue = VecDeque::from([(start, 0u32)]);
        while let Some((at, depth)) = queue.pop_front() {
            let Some(edges) = self.incoming.get(at) else {
                continue;
            };
            for &(kind, from) in edges {
                if !kinds.is_empty() && !kinds.contains(&kind) {
                    continue;
                }
                let from = from as usize;
                if !seen.insert(from) {
                    continue;
                }
                let rank = self.rank_of.get(from).copied().unwrap_or(0);
                found.push((rank, kind, depth + 1));
                if transitive {
                    queue.push_back((from, depth + 1));
                }
            }
        }
        found.sort_unstable_by_key(|&(rank, _, _)| rank);
        found
            .into_iter()
            .filter_map(|(rank, kind, depth)| {
                Some(Related {
                    meeting: self.meeting_of_rank(rank)?,
                    kind,
                    depth,
                })
            })
            .collect()
    }

    /// The meetings that invoked an MoU (listed it in `mous`, or in an outcome), in date
    /// order. Cost: O(k).
    pub fn meetings_invoking(&self, mou: &str) -> Vec<&Meeting> {
        match self.mou_index(mou).and_then(|i| self.by_mou.get(i)) {
            Some(list) => self.meetings_of_ranks(&list.all()),
            None => Vec::new(),
        }
    }
}

/// Whether a meeting took place on a day. A meeting that spans its whole period certainly
/// took place on each day it certainly spans. One that lasted `days` days somewhere within
/// its period certainly took place only on the days every placement covers: a two-day
/// meeting within 25–27 November certainly met on the 26th.
pub(crate) fn meeting_coverage(meeting: &Meeting, date: NaiveDate) -> Coverage {
    let when = &meeting.when;
    let (first, last) = when.bounds();
    if date < first || date > last {
        return Coverage::No;
    }
    let certain = match (meeting.days, when.earliest(), when.latest()) {
        (Some(days), Some(a), Some(b)) => {
            let d = chrono::Duration::days(i64::from(days.get()) - 1);
            match (b.checked_sub_signed(d), a.checked_add_signed(d)) {
                (Some(from), Some(to)) => from <= date && date <= to,
                _ => false,
            }
        }
        (Some(_), _, _) => false,
        (None, _, _) => {
            when.start().is_some_and(|s| s.latest() <= date)
                && when.end().is_some_and(|e| e.earliest() >= date)
        }
    };
    if certain {
        Coverage::Yes
    } else {
        Coverage::Possibly
    }
}
