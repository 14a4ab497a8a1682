//! Indexed, read-only queries over a validated dataset.
//!
//! A [`Registry`] is built once from a [`Dataset`]: it validates it (any error refuses the
//! build; warnings stay available), then builds indexes so that the questions people ask of
//! these records — who did our Secretary General meet this year? who headed IOM on
//! 26 November 2024? which MoUs bind us to IOM? — are answered without scanning every
//! meeting. It is immutable after the build and can be shared across threads.
//!
//! # Time, honestly
//!
//! Records are dated with [`PartialDate`](crate::PartialDate)s and [`Period`]s whose ends may
//! be a year, a month, a day, unknown or open. The registry never pretends to know more:
//!
//! - **A query period matches a record when their intervals may overlap**: the record's
//!   widest possible extent (from the first day its start may be, to the last day its end
//!   may be; unknown or open ends reach as far as the calendar) shares at least a day with
//!   the query's. A meeting "in November 2024" matches a query for 26 November; so does a
//!   bilateral meeting known to lie within 25–27 November.
//! - **A question about one day answers definite or possible** where the data is uncertain:
//!   see [`OnDate`] and [`Coverage`](crate::Coverage). A bilateral meeting on some day within 25–27 November
//!   is *possibly* on the 26th; a Director General whose tenure began in 2023-10 and has not
//!   ended *certainly* held the post on 26 November 2024; one whose tenure dates are not
//!   recorded *possibly* did.
//! - A missing `end` means "not ended, as far as the record knows" and counts as running; a
//!   missing `start` means "not known", which makes every day up to the end only possible.
//!
//! # Order and cost
//!
//! Lists of meetings come back **in date order**: by the first day a meeting may have
//! begun, then the last day it may have ended, then document order. Each query states its
//! cost; none scans all meetings. `n` is the number of records of the kind searched and
//! `k` the size of the answer.
//!
//! ```
//! use multilateral::Registry;
//! use multilateral::registry::Scope;
//!
//! let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
//! let met = registry.officials_met("kairat-sarybay");
//! assert_eq!(met.len(), 8);
//! let between = registry.mous_between("iom", "cica", Scope::WithSubBodies);
//! assert_eq!(between[0].id.as_str(), "iom-cica-mou-2008");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod build;
mod meetings;
mod mous;
pub mod names;
mod network;
mod posts;
mod query;
mod timeline;

use hashbrown::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::dimension::Dimension;
use crate::meeting::{Meeting, MeetingKind, MeetingStatus, RelationKind};
use crate::mou::Mou;
use crate::official::Official;
use crate::organization::Organization;
use crate::parse::ParseError;
use crate::period::Period;
use crate::validate::Report;

pub use meetings::Related;
pub use network::{Counterpart, Encounter, NetworkEdge};
pub use posts::{Holding, PostFilter};
pub use query::MeetingQuery;

use crate::lookup::IdTable;
use names::NameIndex;
use timeline::{Day, MeetingList, Spans};

/// Whether a question about an organization covers its sub-bodies too.
///
/// An MoU signed by the CICA Secretariat is an MoU of CICA; a meeting of the IOM Council is
/// a meeting of IOM. `WithSubBodies` follows `parent` links down from the organization asked
/// about, at any depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Scope {
    /// The organization itself only.
    #[default]
    Exact,
    /// The organization and every body below it.
    WithSubBodies,
}

/// The answer to "who or what, on this day?" over records whose dates may be uncertain.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct OnDate<T> {
    /// What the records say, as a whole.
    pub status: DateStatus,
    /// Those whose period certainly covers the day.
    pub definite: Vec<T>,
    /// Those whose period may cover it, depending on dates the records do not give.
    pub possible: Vec<T>,
}

/// What the records say about a day, as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateStatus {
    /// At least one record certainly covers the day.
    Known,
    /// None certainly does, but some may.
    Possible,
    /// None covers it, and there are records before and after: a known gap, such as a post
    /// left vacant between two holders.
    Vacant,
    /// None covers it and the records do not surround it: nothing is known.
    Unknown,
}

impl<T> OnDate<T> {
    /// Sorts items into definite and possible from their periods as day numbers (see
    /// [`period_days`]) and works out the status, as [`Period::covers`] would.
    pub(crate) fn from_days(items: impl IntoIterator<Item = (T, [Day; 4])>, d: Day) -> Self {
        let mut definite = Vec::new();
        let mut possible = Vec::new();
        let (mut before, mut after) = (false, false);
        for (item, [s0, s1, e0, e1]) in items {
            before |= e1 < d;
            after |= s0 > d;
            if d < s0 || d > e1 {
                continue;
            }
            if s1 <= d && e0 >= d {
                definite.push(item);
            } else {
                possible.push(item);
            }
        }
        let status = if !definite.is_empty() {
            DateStatus::Known
        } else if !possible.is_empty() {
            DateStatus::Possible
        } else if before && after {
            DateStatus::Vacant
        } else {
            DateStatus::Unknown
        };
        Self {
            status,
            definite,
            possible,
        }
    }
}

/// A period as day numbers `[first day of the start, last day of the start, first day of
/// the end, last day of the end]`: an unknown start is `[MIN, MAX, …]` (it may be any day,
/// and is certain on none), an open end `[…, MAX, MAX]` (it runs on).
pub(crate) fn period_days(p: &Period) -> [Day; 4] {
    let start = p.start();
    let end = p.end();
    [
        start.map_or(Day::MIN, |s| day(s.earliest())),
        start.map_or(Day::MAX, |s| day(s.latest())),
        end.map_or(Day::MAX, |e| day(e.earliest())),
        end.map_or(Day::MAX, |e| day(e.latest())),
    ]
}

/// Lists for each of n keys, stored one after the other: `get(i)` is key i's list.
#[derive(Debug)]
pub(crate) struct Csr<T> {
    offsets: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for Csr<T> {
    fn default() -> Self {
        Self {
            offsets: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T> Csr<T> {
    /// Builds from the lists in key order.
    pub(crate) fn from_lists<L: IntoIterator<Item = T>>(
        lists: impl IntoIterator<Item = L>,
    ) -> Self {
        let mut out = Self::default();
        for list in lists {
            out.items.extend(list);
            out.offsets
                .push(u32::try_from(out.items.len()).unwrap_or(u32::MAX));
        }
        out.items.shrink_to_fit();
        out.offsets.shrink_to_fit();
        out
    }

    /// Builds from `(key, item)` pairs sorted by key, for keys `0..n`.
    pub(crate) fn from_sorted_pairs(n: usize, pairs: &[(u32, T)]) -> Self
    where
        T: Copy,
    {
        let mut offsets = Vec::with_capacity(n.saturating_add(1));
        offsets.push(0);
        let mut at = 0;
        for key in 0..n {
            while pairs.get(at).is_some_and(|&(k, _)| (k as usize) <= key) {
                at += 1;
            }
            offsets.push(u32::try_from(at).unwrap_or(u32::MAX));
        }
        Self {
            offsets,
            items: pairs.iter().map(|&(_, t)| t).collect(),
        }
    }

    /// Key i's list; empty for a key out of range.
    pub(crate) fn get(&self, i: usize) -> &[T] {
        match (self.offsets.get(i), self.offsets.get(i.saturating_add(1))) {
            (Some(&a), Some(&b)) => self.items.get(a as usize..b as usize).unwrap_or_default(),
            _ => &[],
        }
    }
}

/// A post held at an organization, for holder queries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PostEntry {
    pub(crate) role: crate::official::PostRole,
    pub(crate) official: u32,
    pub(crate) post: u32,
    pub(crate) days: [Day; 4],
}

/// Why a registry could not be loaded from JSON.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The text is not a valid document.
    #[error("{0}")]
    Parse(#[from] ParseError),
    /// The document reads, but breaks rules across records.
    #[error("the dataset has errors:\n{0}")]
    Invalid(Report),
}

/// A party in the indexes: an organization (by index) or a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum PartyKey {
    Org(u32),
    State(CountryCode),
}

/// An indexed, validated dataset. See [the module docs](crate::registry).
#[derive(Debug)]
pub struct Registry {
    data: Dataset,
    warnings: Report,
    organization_ids: IdTable,
    official_ids: IdTable,
    meeting_ids: IdTable,
    mou_ids: IdTable,
    dimension_ids: IdTable,
    /// Where each meeting lies, by rank.
    spans: Spans,
    /// Meeting index → rank, and rank → meeting index.
    rank_of: Vec<u32>,
    meeting_at: Vec<u32>,
    all_meetings: MeetingList,
    by_organization: Vec<MeetingList>,
    by_official: Vec<MeetingList>,
    by_dimension: Vec<MeetingList>,
    by_mou: Vec<MeetingList>,
    by_state: HashMap<CountryCode, MeetingList>,
    by_kind: HashMap<MeetingKind, MeetingList>,
    by_status: HashMap<MeetingStatus, MeetingList>,
    by_country: HashMap<CountryCode, MeetingList>,
    by_city: HashMap<String, MeetingList>,
    /// For each meeting, the meetings that point at it: `(kind, from meeting index)`.
    incoming: Vec<Vec<(RelationKind, u32)>>,
    org_children: Vec<Vec<u32>>,
    dimension_children: Vec<Vec<u32>>,
    /// For each meeting (by rank), the officials named in it, sorted.
    officials_at: Csr<u32>,
    /// For each organization, its posts sorted by role, official and post.
    posts_at: Csr<PostEntry>,
    /// For each organization, the periods of its chairmanships and memberships as days.
    chair_days: Csr<[Day; 4]>,
    member_days: Csr<[Day; 4]>,
    /// For each MoU, its parties' indices, sorted, each once.
    mou_parties: Csr<u32>,
    /// For each organization, the MoUs it is a party to, in document order.
    mous_of_org: Csr<u32>,
    /// MoUs by the period they may be in force, as ranks into `mou_order`.
    mou_spans: Spans,
    mou_order: Vec<u32>,
    mous_in_force: MeetingList,
    /// For each meeting (by rank), its parties, sorted, each once.
    parties_at: Csr<PartyKey>,
    /// For each meeting (by rank), its kind, status and country: the composable query
    /// checks them without reading the records.
    facts: Vec<(MeetingKind, MeetingStatus, Option<CountryCode>)>,
    names: NameIndex,
}

/// The day number used by the indexes.
pub(crate) fn day(d: NaiveDate) -> Day {
    d.num_days_from_ce()
}

/// A period's widest extent as day numbers, open ends at the limits.
pub(crate) fn extent(p: &Period) -> (Day, Day) {
    (
        p.earliest().map_or(Day::MIN, day),
        p.latest().map_or(Day::MAX, day),
    )
}

impl Registry {
    /// Validates `data` and builds the indexes.
    ///
    /// Returns the validation report as the error when it has any error; warnings are kept
    /// and available from [`warnings`](Self::warnings). Cost: O(n log n) in the size of the
    /// dataset.
    ///
    /// ```
    /// use multilateral::{Dataset, Registry};
    ///
    /// let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let registry = Registry::new(data)?;
    /// assert!(registry.warnings().is_clean());
    /// assert_eq!(registry.organization("iom").map(|o| o.name.as_str()),
    ///            Some("International Organization for Migration"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(data: Dataset) -> Result<Self, Report> {
        let (report, lookups) = crate::validate::validate_keeping_lookups(&data);
        if report.has_errors() {
            return Err(report);
        }
        Ok(build::build(data, report, lookups))
    }

    /// Reads a JSON document, validates it and builds the indexes.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        let data = Dataset::from_json(text)?;
        Self::new(data).map_err(LoadError::Invalid)
    }

    /// The dataset, as read.
    pub fn dataset(&self) -> &Dataset {
        &self.data
    }

    /// The warnings validation reported (errors refuse the build).
    pub fn warnings(&self) -> &Report {
        &self.warnings
    }

    /// The organization with this id. O(1).
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.org_index(id)
            .and_then(|i| self.data.organizations.get(i))
    }

    /// The official with this id. O(1).
    pub fn official(&self, id: &str) -> Option<&Official> {
        self.official_index(id)
            .and_then(|i| self.data.officials.get(i))
    }

    /// The meeting with this id. O(1).
    pub fn meeting(&self, id: &str) -> Option<&Meeting> {
        self.meeting_index(id)
            .and_then(|i| self.data.meetings.get(i))
    }

    /// The MoU with this id. O(1).
    pub fn mou(&self, id: &str) -> Option<&Mou> {
        self.mou_index(id).and_then(|i| self.data.mous.get(i))
    }

    /// The dimension with this id. O(1).
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimension_index(id)
            .and_then(|i| self.data.dimensions.get(i))
    }

    pub(crate) fn org_index(&self, id: &str) -> Option<usize> {
        let orgs = &self.data.organizations;
        self.organization_ids
            .get(id, |i| orgs.get(i).map(|o| o.id.as_str()))
    }

    pub(crate) fn official_index(&self, id: &str) -> Option<usize> {
        let list = &self.data.officials;
        self.official_ids
            .get(id, |i| list.get(i).map(|o| o.id.as_str()))
    }

    pub(crate) fn meeting_index(&self, id: &str) -> Option<usize> {
        let list = &self.data.meetings;
        self.meeting_ids
            .get(id, |i| list.get(i).map(|o| o.id.as_str()))
    }

    pub(crate) fn mou_index(&self, id: &str) -> Option<usize> {
        let list = &self.data.mous;
        self.mou_ids.get(id, |i| list.get(i).map(|o| o.id.as_str()))
    }

    pub(crate) fn dimension_index(&self, id: &str) -> Option<usize> {
        let list = &self.data.dimensions;
        self.dimension_ids
            .get(id, |i| list.get(i).map(|o| o.id.as_str()))
    }

    /// The meetings of a list of ranks, in that order.
    pub(crate) fn meetings_of_ranks(&self, ranks: &[u32]) -> Vec<&Meeting> {
        ranks
            .iter()
            .filter_map(|&r| self.meeting_at.get(r as usize))
            .filter_map(|&i| self.data.meetings.get(i as usize))
            .collect()
    }

    /// The meeting of one rank.
    pub(crate) fn meeting_of_rank(&self, rank: u32) -> Option<&Meeting> {
        self.meeting_at
            .get(rank as usize)
            .and_then(|&i| self.data.meetings.get(i as usize))
    }

    /// An organization and, with sub-bodies, every body below it (breadth first).
    pub(crate) fn org_tree(&self, org: usize, scope: Scope) -> Vec<usize> {
        let mut out = vec![org];
        if scope == Scope::WithSubBodies {
            let mut i = 0;
            while let Some(&at) = out.get(i) {
                if let Some(children) = self.org_children.get(at) {
                    out.extend(children.iter().map(|&c| c as usize));
                }
                i += 1;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Registry>();
    }
}
