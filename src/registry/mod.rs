//! Indexed, read-only queries over a validated dataset.
//!
//! A [`Registry`] is built once from a [`Dataset`]: it validates it (any error refuses the
//! build; warnings stay available), then builds indexes so that the questions people ask of
//! these records — who did our Secretary General meet this year? who headed IOM on
//! 26 November 2024? which MoUs bind us to IOM? — are answered without scanning every
//! meeting. It is immutable after the build and can be shared across threads.
//!
//! # Records by id, then questions about them
//!
//! Questions about one record start from it: [`Registry::organization`],
//! [`official`](Registry::official), [`meeting`](Registry::meeting), [`mou`](Registry::mou)
//! and [`dimension`](Registry::dimension) take the record's typed id and return a handle
//! ([`OrganizationRef`], [`OfficialRef`], …), or `None` when the registry holds no record
//! with that id. The handle reads as the record (it dereferences to it) and carries the
//! questions about it: `registry.official(&id)?.meetings(&period)`. So an id the registry
//! does not know can never pass for a record with no meetings, and a meeting id cannot be
//! asked about as an official. States are not records: [`Registry::state`] gives a handle
//! for any country code.
//!
//! Questions about the whole dataset (meetings in a period, MoUs in force on a day, names)
//! are methods of [`Registry`]; [`Registry::meetings`] composes conditions, and its answer
//! can be listed ([`run`](MeetingQuery::run)), counted ([`count`](MeetingQuery::count)) or
//! read as found ([`iter`](MeetingQuery::iter)).
//!
//! # Bodies, kinds of meeting, governments
//!
//! Records are filed where the sources put them, and the questions say how far to look:
//!
//! - **An organization and its bodies.** A [`Scope`] says whether a question covers the
//!   bodies below an organization: its [`meetings`](OrganizationRef::meetings), its
//!   [`mous`](OrganizationRef::mous) and those [`mous_with`](OrganizationRef::mous_with)
//!   another (and [`in force`](OrganizationRef::mous_in_force_with) on a day), who held its
//!   posts ([`holders_within`](OrganizationRef::holders_within),
//!   [`posts_on`](OrganizationRef::posts_on)), its [`chairs`](OrganizationRef::chair_within)
//!   and [`members`](OrganizationRef::members_within), and its
//!   [`counterparts_during`](OrganizationRef::counterparts_during) a period (the organization
//!   and its bodies as one party). Answers about bodies say which body: a [`Holding`] names
//!   where its post is filed, an [`InBody`] the body it is about.
//! - **Kinds of meeting.** Everyone present at a summit counts as a counterpart of everyone
//!   else: [`counterparts_during`](OrganizationRef::counterparts_during) and
//!   [`met_during`](OfficialRef::met_during) take a period and the kinds of meeting to count
//!   (an empty list counts every kind).
//! - **A state and its government.** A state takes part as a state or through its ministries,
//!   presidency and embassies: with [`StateScope::WithGovernment`],
//!   [`StateRef::meetings_within`], [`StateRef::counterparts_during`] and
//!   [`MeetingQuery::involving_state`] take the state and its
//!   [`government`](StateRef::government) bodies as one party.
//!
//! # Time, honestly
//!
//! Records are dated with [`PartialDate`](crate::PartialDate)s and [`Period`](crate::Period)s whose ends may
//! be a year, a month, a day, unknown or open. The registry never pretends to know more:
//!
//! - **A query period matches a record when their intervals may overlap**: the record's
//!   widest possible extent (from the first day its start may be, to the last day its end
//!   may be; unknown or open ends reach as far as the calendar) shares at least a day with
//!   the query's. A meeting "in November 2024" matches a query for 26 November; so does a
//!   bilateral meeting known to lie within 25–27 November.
//! - **A question about one day answers definite or possible** where the data is uncertain:
//!   see [`OnDate`] and [`Coverage`](crate::Coverage). A bilateral meeting on some day within
//!   25–27 November is *possibly* on the 26th; a Director General whose tenure began in
//!   2023-10 and has not ended *certainly* held the post on 26 November 2024; one whose
//!   tenure dates are not recorded *possibly* did.
//! - A missing `end` means "not ended, as far as the record knows" and counts as running; a
//!   missing `start` means "not known", which makes every day up to the end only possible.
//!   The next section says what every other kind of end answers.
//!
//! # Dates and answers
//!
//! What [`holders`](OrganizationRef::holders), [`chair`](OrganizationRef::chair) and
//! [`members`](OrganizationRef::members) answer about one day, from what the records say
//! (the ends are [`Bound`](crate::Bound)s; the day asked about is in the last column):
//!
//! | the record says | JSON | day asked | answer |
//! |---|---|---|---|
//! | attested on a day, start and end not known | `"attested": ["2022-10-13"]` | 2022-10-13 | **definite** |
//! | | | 2022-10-14 | possible |
//! | attested on two days | `"attested": ["2022-10-13", "2023-05-02"]` | 2023-01-01 | **definite**: a holding is one stretch of time |
//! | still running | `"period": {"start": "2020-01-01"}` (or `"end": ".."`) | 2023-06-01 | **definite** |
//! | ended, on a day not given | `"period": {"start": "2020-01-01", "end": "unknown"}` | 2020-01-01 | **definite** (its first day) |
//! | | | 2023-06-01 | possible |
//! | ended on a day not given, and the next chair began | `KZ {"start": "2020", "end": "unknown"}`, `AZ {"start": "2024-12-17"}` | 2025-01-01 | **definite** AZ; KZ not listed |
//! | still running while the next chair began | `KZ {"start": "2020"}`, `AZ {"start": "2024-12-17"}` | | refused: `overlapping-chairs` (say `"end": "unknown"` or give the end) |
//! | known only within limits: "member since 1999 or earlier" | `"start": {"not_after": "1999"}` | 2005-01-01 | **definite** |
//! | | | 1995-01-01 | possible |
//! | "before 2020" (an end) | `"end": {"not_after": "2019"}` | 2020-06-01 | no: not listed (status `Unknown` or `Vacant`) |
//! | a decade: "from the 1990s" | `"start": "199X"` | 1989-12-31 | not listed |
//! | | | 1995-06-01 | possible |
//! | | | 2000-01-01 | **definite** |
//! | a handover: one term ends the day the next begins | `KZ {"start": "2020-01-01", "end": "2024-12-17"}`, `AZ {"start": "2024-12-17"}` | 2024-12-17 | **definite**, both (in the order of the records) |
//! | | | 2024-12-18 | **definite** AZ |
//! | a three-year term, no end given | `{"start": "2022-03-01", "end": "unknown"}`, `"term": "P3Y"` | 2025-02-28 | **definite** (the mandate runs to the day before its anniversary) |
//! | | | 2025-03-01 | possible (it may have been renewed) |
//! | a term, still running | `{"start": "2022-03-01"}`, `"term": "P3Y"` | 2026-01-01 | **definite**: an open end says it still runs |
//! | an end day, start not known | `"period": {"end": "2024-05-31"}` | 2024-05-31 | **definite** (its last day) |
//! | | | 2024-05-30 | possible |
//! | from the beginning | `"period": {"start": "..", "end": "2001"}` | 1950-01-01 | **definite** |
//! | nothing | no `period` | any | possible |
//!
//! The rules behind the table:
//!
//! - **Both ends are days of the period.** On a handover day the outgoing and the incoming
//!   holder both answer *definite*, for posts, chairs and memberships alike: the records say
//!   both held it that day, and which of them held it at which hour is not theirs to say.
//!   `overlapping-chairs` does not count that one day as an overlap.
//! - **An unknown end is not an open one.** Open (no `end`, or `".."`) is still running, as
//!   far as the record knows; unknown may be any day from the start on.
//! - **A day attested lies in the holding**, so the start is on or before it and the end on
//!   or after it, and every day between two attested days is certain.
//! - **A term** makes the days from the first possible start to the day before the same day
//!   of the month a term later certain, when the end is not dated from below (`"unknown"`, or limits
//!   with no `not_before`); a dated end wins, and an open one runs on anyway.
//! - **One chair at a time; one standing at a time for each party.** The rules
//!   `overlapping-chairs` and `overlapping-membership` refuse two terms that certainly
//!   overlap, and the queries read them as facts: when a later term certainly began after a
//!   term did, that term ended when the first of the later ones began. Posts are not read
//!   so: several officials may hold posts of one role at once (members of a board).
//! - **Where a head's post is filed.** `holders` asks about the organization it is called
//!   on, without its bodies: a Secretary General whose post is filed at the secretariat
//!   (as the Geneva fixture files Kairat Sarybay's, because the release names him as head of
//!   the CICA Secretariat) is found by `holders` of `cica-secretariat`, not of `cica`. File
//!   the post where the source puts it: "Secretary General of CICA" at the organization,
//!   "head of the Secretariat" at the secretariat. To ask across an organization's bodies,
//!   use [`holders_within`](OrganizationRef::holders_within) with
//!   [`Scope::WithSubBodies`] (likewise [`chair_within`](OrganizationRef::chair_within),
//!   [`members_within`](OrganizationRef::members_within) and
//!   [`posts_on`](OrganizationRef::posts_on)): each holding says where its post is filed.
//!
//! # Order and cost
//!
//! Lists of meetings come back **in date order**: by the first day a meeting may have
//! begun, then the last day it may have ended, then document order. Each query states its
//! cost; none scans all meetings. `n` is the number of records of the kind searched and
//! `k` the size of the answer.
//!
//! A query over a period may also read `m` *near misses*: meetings that may last up to a year,
//! begin less than that before the period and end before it. Meetings are kept in groups by
//! how long they may last (a day, a week, a month, a year), and a group of spans up to `s`
//! days reads the meetings that begin in the `s` days before the period: none for one-day
//! meetings, those of the week before for meetings of up to a week, and so on. Meetings that
//! may last longer than a year, open-ended ones and those with no known start are never
//! read in vain.
//!
//! ```
//! use multilateral::{OfficialId, OrganizationId, Registry};
//! use multilateral::registry::Scope;
//!
//! let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
//! let sarybay = registry.official(&OfficialId::from_static("kairat-sarybay")).unwrap();
//! assert_eq!(sarybay.met().len(), 8);
//! let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
//! let cica = registry.organization(&"cica".parse()?).unwrap();
//! let between = iom.mous_with(cica, Scope::WithSubBodies);
//! assert_eq!(between[0].id, "iom-cica-mou-2008");
//! // An id the registry does not hold is no record at all, not a record with no meetings.
//! assert!(registry.official(&OfficialId::from_static("nobody")).is_none());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod build;
mod handles;
mod intervals;
mod meetings;
mod mous;
mod names;
mod network;
mod on_date;
mod posts;
mod query;
mod spelling;
mod timeline;

use hashbrown::HashMap;

use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
use crate::meeting::{Meeting, MeetingKind, MeetingStatus, RelationKind};
use crate::parse::ParseError;
use crate::resolve::{Forest, IdTable, Lists, Resolution};
use crate::validate::Report;

pub use handles::{DimensionRef, MeetingRef, MouRef, OfficialRef, OrganizationRef, StateRef};
pub use meetings::Related;
pub use network::{Counterpart, Encounter, NetworkEdge};
pub use on_date::{DateStatus, OnDate};
pub use posts::{Holding, InBody, PostFilter};
pub use query::{Matches, MeetingQuery};
pub(crate) use spelling::slips;
pub use spelling::{Found, NameMatch};

use names::NameIndex;
use timeline::{Day, MeetingList, Spans};

/// Whether a question about an organization covers its sub-bodies too.
///
/// An MoU signed by the CICA Secretariat is an MoU of CICA; a meeting of the IOM Council is
/// a meeting of IOM; a Secretary General whose post is filed at the CICA Secretariat heads
/// CICA. `WithSubBodies` follows `parent` links down from the organization asked about, at
/// any depth. For an organization without bodies, both scopes give the same answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Scope {
    /// The organization itself only.
    #[default]
    Exact,
    /// The organization and every body below it.
    WithSubBodies,
}

/// Whether a question about a state covers its government bodies too.
///
/// A state takes part in meetings as a state (a participant `{"state": "KZ"}`) or through
/// its government bodies: its presidency, its ministry of foreign affairs, an embassy
/// (organizations of kind [`government`](crate::OrganizationKind::Government) whose
/// `country` is the state). `WithGovernment` asks about them as one party: the state, every
/// government body of the state, and every body below one of those, at any depth. A
/// government body's `country` is the state it belongs to; an organization of another kind
/// that gives a country (a national NGO, a field office) is not the state's government and
/// is not covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum StateScope {
    /// The state as a state only.
    #[default]
    Exact,
    /// The state and its government bodies.
    WithGovernment,
}

/// Whether a question about a dimension covers its priority areas too.
///
/// CICA's Economic Dimension holds priority areas such as energy security: with
/// `WithPriorityAreas`, a meeting about energy security is a meeting of the Economic
/// Dimension. Priority areas are followed down at any depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum DimensionScope {
    /// The dimension itself only.
    #[default]
    Exact,
    /// The dimension and every priority area below it.
    WithPriorityAreas,
}

/// How far to follow relations between meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Depth {
    /// Only the meetings that point at the event itself.
    #[default]
    Direct,
    /// Also those that point at those, and so on: the side meetings of a summit's side
    /// events.
    Transitive,
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

/// A post held at an organization, for holder queries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PostEntry {
    pub(crate) role: crate::official::PostRole,
    pub(crate) official: u32,
    pub(crate) post: u32,
    /// The post's title, folded, as a key of `Registry::titles`; `NONE` when it has none.
    pub(crate) title: u32,
    pub(crate) days: [Day; 4],
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
    incoming: Lists<(RelationKind, u32)>,
    /// Organizations and their bodies; dimensions and their priority areas.
    organizations: Forest,
    dimensions: Forest,
    /// For each meeting (by rank), the officials named in it, sorted.
    officials_at: Lists<u32>,
    /// For each organization, its posts sorted by role, official and post.
    posts_at: Lists<PostEntry>,
    /// Every post title, folded once (`fold_name`), numbered for `PostEntry::title`.
    titles: HashMap<String, u32>,
    /// For each organization, the periods of its chairmanships and memberships as days.
    chair_days: Lists<[Day; 4]>,
    member_days: Lists<[Day; 4]>,
    /// For each MoU, its parties' indices, sorted, each once.
    mou_parties: Lists<u32>,
    /// For each organization, the MoUs it is a party to, in document order.
    mous_of_org: Lists<u32>,
    /// MoUs by the period they may be in force, as ranks into `mou_order`.
    mou_spans: Spans,
    mou_order: Vec<InForce>,
    mous_in_force: MeetingList,
    /// For each meeting (by rank), its parties, sorted, each once.
    parties_at: Lists<PartyKey>,
    /// For each meeting (by rank), its kind, status and country: the composable query
    /// checks them without reading the records.
    facts: Vec<(MeetingKind, MeetingStatus, Option<CountryCode>)>,
    names: NameIndex,
    /// The government bodies of each state: `(country, organization)` for each
    /// organization of kind government, sorted.
    governments: Vec<(CountryCode, u32)>,
}

impl Registry {
    /// Validates `data` and builds the indexes.
    ///
    /// Returns the validation report as the error when it has any error; warnings are kept
    /// and available from [`warnings`](Self::warnings). References are resolved once, for
    /// validation and the build alike. Cost: O(n log n) in the size of the dataset.
    ///
    /// ```
    /// use multilateral::{Dataset, OrganizationId, Registry};
    ///
    /// let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let registry = Registry::new(data)?;
    /// assert!(registry.warnings().is_clean());
    /// let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
    /// assert_eq!(iom.name.as_str(), "International Organization for Migration");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(data: Dataset) -> Result<Self, Report> {
        let resolution = Resolution::new(&data).map_err(crate::validate::too_large_report)?;
        let report = crate::validate::check(&data, &resolution);
        if report.has_errors() {
            return Err(report);
        }
        Ok(build::build(data, report, resolution))
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

    /// Gives the dataset back, dropping the indexes.
    pub fn into_dataset(self) -> Dataset {
        self.data
    }

    /// The warnings validation reported (errors refuse the build).
    pub fn warnings(&self) -> &Report {
        &self.warnings
    }

    /// The organization with this id, or `None` when the registry holds none. O(1).
    pub fn organization(&self, id: &OrganizationId) -> Option<OrganizationRef<'_>> {
        let list = &self.data.organizations;
        let i = self
            .organization_ids
            .get(id.as_str(), |i| record_id(list, i, |o| o.id.as_str()))?;
        Some(OrganizationRef::new(self, i))
    }

    /// The official with this id, or `None` when the registry holds none. O(1).
    pub fn official(&self, id: &OfficialId) -> Option<OfficialRef<'_>> {
        let list = &self.data.officials;
        let i = self
            .official_ids
            .get(id.as_str(), |i| record_id(list, i, |o| o.id.as_str()))?;
        Some(OfficialRef::new(self, i))
    }

    /// The meeting with this id, or `None` when the registry holds none. O(1).
    pub fn meeting(&self, id: &MeetingId) -> Option<MeetingRef<'_>> {
        let list = &self.data.meetings;
        let i = self
            .meeting_ids
            .get(id.as_str(), |i| record_id(list, i, |m| m.id.as_str()))?;
        Some(MeetingRef::new(self, i))
    }

    /// The MoU with this id, or `None` when the registry holds none. O(1).
    pub fn mou(&self, id: &MouId) -> Option<MouRef<'_>> {
        let list = &self.data.mous;
        let i = self
            .mou_ids
            .get(id.as_str(), |i| record_id(list, i, |m| m.id.as_str()))?;
        Some(MouRef::new(self, i))
    }

    /// The dimension with this id, or `None` when the registry holds none. O(1).
    pub fn dimension(&self, id: &DimensionId) -> Option<DimensionRef<'_>> {
        let list = &self.data.dimensions;
        let i = self
            .dimension_ids
            .get(id.as_str(), |i| record_id(list, i, |d| d.id.as_str()))?;
        Some(DimensionRef::new(self, i))
    }

    /// A state, for the questions about it ([`StateRef::meetings`],
    /// [`StateRef::counterparts`]). Every assigned country code is a state, whether or not
    /// the records mention it.
    pub fn state(&self, code: CountryCode) -> StateRef<'_> {
        StateRef::new(self, code)
    }

    /// Every organization, in document order.
    pub fn organizations(&self) -> impl ExactSizeIterator<Item = OrganizationRef<'_>> {
        (0..self.data.organizations.len()).map(|i| OrganizationRef::new(self, i))
    }

    /// Every official, in document order.
    pub fn officials(&self) -> impl ExactSizeIterator<Item = OfficialRef<'_>> {
        (0..self.data.officials.len()).map(|i| OfficialRef::new(self, i))
    }

    /// Every MoU, in document order.
    pub fn mous(&self) -> impl ExactSizeIterator<Item = MouRef<'_>> {
        (0..self.data.mous.len()).map(|i| MouRef::new(self, i))
    }

    /// Every dimension, in document order.
    pub fn dimensions(&self) -> impl ExactSizeIterator<Item = DimensionRef<'_>> {
        (0..self.data.dimensions.len()).map(|i| DimensionRef::new(self, i))
    }

    /// The meetings of a list of ranks, in that order.
    pub(crate) fn meetings_of_ranks(&self, ranks: &[u32]) -> Vec<&Meeting> {
        ranks.iter().map(|&r| self.meeting_of_rank(r)).collect()
    }

    /// The meeting of one rank.
    pub(crate) fn meeting_of_rank(&self, rank: u32) -> &Meeting {
        let i = *self
            .meeting_at
            .get(rank as usize)
            .expect("ranks number the meetings");
        self.data
            .meetings
            .get(i as usize)
            .expect("ranks point at meetings")
    }

    /// The rank of a meeting.
    pub(crate) fn rank_of(&self, meeting: usize) -> u32 {
        *self.rank_of.get(meeting).expect("every meeting has a rank")
    }

    /// An organization and, with sub-bodies, every body below it (breadth first).
    pub(crate) fn org_tree(&self, org: usize, scope: Scope) -> Vec<usize> {
        match scope {
            Scope::Exact => vec![org],
            Scope::WithSubBodies => self.organizations.subtree(org),
        }
    }

    /// A dimension and, with priority areas, every area below it (breadth first).
    pub(crate) fn dimension_tree(&self, dimension: usize, scope: DimensionScope) -> Vec<usize> {
        match scope {
            DimensionScope::Exact => vec![dimension],
            DimensionScope::WithPriorityAreas => self.dimensions.subtree(dimension),
        }
    }
}

/// The id of record `i` of a list an id table was built from.
fn record_id<T>(list: &[T], i: usize, id: impl Fn(&T) -> &str) -> &str {
    id(list
        .get(i)
        .expect("an id table holds indices of its records"))
}

/// The day number used by the indexes.
pub(crate) fn day(d: chrono::NaiveDate) -> Day {
    use chrono::Datelike;
    d.num_days_from_ce()
}

/// An MoU that may be in force at some time, by rank: its index, and the days it is certainly
/// in force (`(Day::MAX, Day::MIN)`, empty, when none is).
#[derive(Debug, Clone, Copy)]
pub(crate) struct InForce {
    pub(crate) mou: u32,
    pub(crate) certain: (Day, Day),
}

/// A period's widest extent as day numbers, open ends at the limits.
pub(crate) fn extent(p: &crate::period::Period) -> (Day, Day) {
    (
        p.earliest().map_or(Day::MIN, day),
        p.latest().map_or(Day::MAX, day),
    )
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
