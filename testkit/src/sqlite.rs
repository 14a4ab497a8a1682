//! The SQLite reference: the same records in an in-memory SQLite database, with the tables
//! and indexes a competent engineer would create, and one SQL query for each registry
//! query.
//!
//! Shared by the benchmark (`benches/versus_sqlite.rs`) and the test that checks both give
//! the same answers (`tests/it/registry/sqlite.rs`). Every query is described by a [`Query`]; the
//! registry's answer ([`registry_answer`]) and SQLite's ([`Reference::answer`]) are both
//! turned into an [`Answer`] — ids, in order — so that they can be compared;
//! [`registry_run`] runs the registry query alone, for timing.
//!
//! # Schema
//!
//! Records get an integer key (`idx`, their position in the document, which is also the
//! registry's tie-break order) and keep their text id under a unique index. Lists inside
//! records become child tables keyed by the parent's `idx` and an index on the referenced
//! record. Dates are stored as day numbers (days from the common era), each partial date as
//! its first and last possible day (`…0`, `…1`), `NULL` when absent; a meeting's widest
//! extent (`d0`, `d1`) uses `i32::MIN` / `i32::MAX` for an unknown start / open end, so
//! that `ORDER BY d0, d1, idx` is the registry's date order. Names are folded once, at
//! load, with the crate's own [`fold_name`](multilateral::fold_name), and cut into words in
//! `name_word`.
//!
//! Indexes: every foreign key that a query filters on (`participant(org|state|official,
//! meeting)`, `post(org, role)`, `mou_party(org, mou)`, `meeting_dimension(dim, meeting)`,
//! `meeting_mou(mou, meeting)`, `relation(target, kind)`, parents, `organization(country,
//! kind)` for a state's government bodies), the meeting's extent
//! (`(d0, d1)` and `(d1)`), and composite indexes that also give date order for the
//! equality filters (`(kind, d0, d1)`, `(status, d0, d1)`, `(country, d0, d1)`,
//! `(city_folded, d0, d1)`), an MoU's force period (`mou(f0, f1)`), and R*Trees of meetings'
//! and MoUs' extents (`meeting_span`, `mou_span`) for the queries by period alone, which
//! have an SQL text for each [`Access`]. The database is `ANALYZE`d after loading; by default
//! only the basic statistics are kept ([`Stats`]): with STAT4 samples, SQLite prepares a
//! cached statement again whenever a value bound to an indexed comparison changes.
//!
//! Queries return only what the comparison needs — ids as text, and coverage, counts,
//! kinds as numbers or text — which is the least an SQL user gets back; the registry returns
//! references to whole records.

pub mod cases;

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use multilateral::fold_name as fold;
use multilateral::registry::{
    DateStatus, Depth, DimensionScope, OnDate, PostFilter, Scope, StateScope,
};
use multilateral::{
    CountryCode, Coverage, Dataset, DimensionId, Meeting, MeetingId, MeetingKind, MeetingStatus,
    MembershipStatus, MouId, OfficialId, OrganizationId, PartialDate, Party, Period, PostRole,
    Registry, RelationKind, Term,
};
use rusqlite::{Connection, Statement, params};

/// A day number, as the registry's indexes count days.
pub fn day(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

const MIN_DAY: i64 = i32::MIN as i64;
const MAX_DAY: i64 = i32::MAX as i64;

/// A period's widest extent as day numbers, open ends at the limits.
fn extent(p: &Period) -> (i64, i64) {
    (
        p.earliest().map_or(MIN_DAY, day),
        p.latest().map_or(MAX_DAY, day),
    )
}

fn first(d: Option<PartialDate>) -> Option<i64> {
    d.map(|d| day(d.earliest()))
}

fn last(d: Option<PartialDate>) -> Option<i64> {
    d.map(|d| day(d.latest()))
}

/// One registry question and its arguments. Every record it names is one of the dataset's.
#[derive(Debug, Clone)]
#[allow(missing_docs)] // Each variant is the registry query of the same name.
pub enum Query {
    /// `OfficialRef::meetings`.
    TimelineOfOfficial {
        official: OfficialId,
        period: Period,
    },
    /// `OrganizationRef::meetings`.
    TimelineOfOrganization {
        org: OrganizationId,
        period: Period,
        scope: Scope,
    },
    /// `Registry::meetings_during`.
    MeetingsDuring { period: Period },
    /// `Registry::meetings_on`.
    MeetingsOn { day: NaiveDate },
    /// `OrganizationRef::counterparts` or `StateRef::counterparts`.
    Counterparts { party: Party },
    /// `OrganizationRef::holders` by role.
    Holders {
        org: OrganizationId,
        role: PostRole,
        day: NaiveDate,
    },
    /// `OrganizationRef::counterparts_during`: meetings that may overlap the period, of one
    /// of the kinds (any kind when none is given); with `Scope::WithSubBodies`, of the
    /// organization and its bodies as one party.
    CounterpartsDuring {
        org: OrganizationId,
        period: Period,
        kinds: Vec<MeetingKind>,
        scope: Scope,
    },
    /// `StateRef::counterparts_during`: as `CounterpartsDuring`, for a state and, with
    /// `StateScope::WithGovernment`, its government bodies as one party.
    StateCounterpartsDuring {
        state: CountryCode,
        period: Period,
        kinds: Vec<MeetingKind>,
        scope: StateScope,
    },
    /// `StateRef::meetings_within`.
    MeetingsOfState {
        state: CountryCode,
        period: Period,
        scope: StateScope,
    },
    /// `OfficialRef::met_during`: as `CounterpartsDuring`, for the officials met.
    MetDuring {
        official: OfficialId,
        period: Period,
        kinds: Vec<MeetingKind>,
    },
    /// `OrganizationRef::holders_within` by role: each holding named `official@body`.
    HoldersWithin {
        org: OrganizationId,
        role: PostRole,
        day: NaiveDate,
        scope: Scope,
    },
    /// `OrganizationRef::chair_within`: each chair named `state@body`.
    ChairWithin {
        org: OrganizationId,
        day: NaiveDate,
        scope: Scope,
    },
    /// `OrganizationRef::members_within`: each member named `party@body`.
    MembersWithin {
        org: OrganizationId,
        status: MembershipStatus,
        day: NaiveDate,
        scope: Scope,
    },
    /// `OrganizationRef::holders` by title.
    HoldersByTitle {
        org: OrganizationId,
        title: String,
        day: NaiveDate,
    },
    /// `OrganizationRef::chair`.
    Chair { org: OrganizationId, day: NaiveDate },
    /// `OrganizationRef::members`.
    Members {
        org: OrganizationId,
        status: MembershipStatus,
        day: NaiveDate,
    },
    /// `OrganizationRef::mous_with`.
    MousBetween {
        a: OrganizationId,
        b: OrganizationId,
        scope: Scope,
    },
    /// `Registry::mous_in_force`.
    MousInForce { day: NaiveDate },
    /// `OrganizationRef::mous`.
    MousOf { org: OrganizationId, scope: Scope },
    /// `OrganizationRef::mous_in_force_with`.
    MousInForceWith {
        a: OrganizationId,
        b: OrganizationId,
        scope: Scope,
        day: NaiveDate,
    },
    /// `OfficialRef::posts_on`: each post named by its organization and its place among the
    /// official's posts.
    PostsOn {
        official: OfficialId,
        day: NaiveDate,
    },
    /// `OrganizationRef::posts_on`: each post named `official post@body`, by the official,
    /// the post's place among the official's posts, and the body it is filed at.
    PostsAt {
        org: OrganizationId,
        day: NaiveDate,
        scope: Scope,
    },
    /// `MouRef::meetings`.
    MeetingsInvoking { mou: MouId },
    /// `DimensionRef::meetings`.
    MeetingsInDimension {
        dimension: DimensionId,
        scope: DimensionScope,
    },
    /// `Registry::meetings_of_kind`.
    MeetingsOfKind { kind: MeetingKind },
    /// `Registry::meetings_with_status`.
    MeetingsWithStatus { status: MeetingStatus },
    /// `Registry::meetings_in_country`.
    MeetingsInCountry { country: multilateral::CountryCode },
    /// `Registry::meetings_in_city`.
    MeetingsInCity { city: String },
    /// `MeetingRef::related`.
    RelatedTo {
        event: MeetingId,
        kinds: Vec<RelationKind>,
        depth: Depth,
    },
    /// `OfficialRef::met`.
    OfficialsMet { official: OfficialId },
    /// `Registry::find_officials`.
    FindOfficials { query: String },
    /// `Registry::find_organizations`.
    FindOrganizations { query: String },
    /// `Registry::meetings` with conditions.
    Composed(Composed),
}

/// The conditions of a composable [`Registry::meetings`] query (`involving` with
/// [`Scope::Exact`], `in_dimension` with [`DimensionScope::WithPriorityAreas`]).
#[derive(Debug, Clone, Default)]
#[allow(missing_docs)] // Each field is the condition of the same name.
pub struct Composed {
    pub involving: Option<OrganizationId>,
    pub with: Option<OfficialId>,
    pub dimension: Option<DimensionId>,
    pub kind: Option<MeetingKind>,
    pub status: Option<MeetingStatus>,
    pub period: Option<Period>,
    pub country: Option<multilateral::CountryCode>,
    /// `in_city`: the city as a user types it (folded on both sides).
    pub city: Option<String>,
    /// `invoking`.
    pub mou: Option<MouId>,
    /// `limit`: the first meetings in date order.
    pub limit: Option<usize>,
}

/// An answer, as both sides can give it: ids in order, with what else the query says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Record ids, in order.
    Ids(Vec<String>),
    /// Record ids with a coverage (0 no, 1 possibly, 2 yes), in order.
    Covered(Vec<(String, u8)>),
    /// A three-valued answer about a day (status 0 known, 1 possible, 2 vacant, 3 unknown).
    OnDate {
        /// The day's status.
        status: u8,
        /// Certainly covering the day.
        definite: Vec<String>,
        /// Possibly covering it.
        possible: Vec<String>,
    },
    /// `(party, meetings, first meeting id, last meeting id)`.
    Counterparts(Vec<(String, u32, String, String)>),
    /// `(meeting id, relation kind, depth)`.
    Related(Vec<(String, String, u32)>),
    /// `(official id, meeting ids)`.
    Met(Vec<(String, Vec<String>)>),
}

impl Answer {
    /// How many rows the answer has.
    pub fn len(&self) -> usize {
        match self {
            Answer::Ids(v) => v.len(),
            Answer::Covered(v) => v.len(),
            Answer::OnDate {
                definite, possible, ..
            } => definite.len() + possible.len(),
            Answer::Counterparts(v) => v.len(),
            Answer::Related(v) => v.len(),
            Answer::Met(v) => v.len(),
        }
    }

    /// Whether the answer has no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn coverage(c: Coverage) -> u8 {
    match c {
        Coverage::No => 0,
        Coverage::Possibly => 1,
        _ => 2,
    }
}

fn status_code(s: DateStatus) -> u8 {
    match s {
        DateStatus::Known => 0,
        DateStatus::Possible => 1,
        DateStatus::Vacant => 2,
        _ => 3,
    }
}

fn ids<'a>(ms: impl IntoIterator<Item = &'a Meeting>) -> Vec<String> {
    ms.into_iter().map(|m| m.id.as_str().to_owned()).collect()
}

fn on_date<T>(a: OnDate<T>, name: impl Fn(&T) -> String) -> Answer {
    Answer::OnDate {
        status: status_code(a.status),
        definite: a.definite.iter().map(&name).collect(),
        possible: a.possible.iter().map(&name).collect(),
    }
}

/// The records a query names, found in the registry: a query names records of the dataset.
mod found {
    use super::*;
    use multilateral::registry::{DimensionRef, MeetingRef, MouRef, OfficialRef, OrganizationRef};

    pub(super) fn org<'r>(r: &'r Registry, id: &OrganizationId) -> OrganizationRef<'r> {
        r.organization(id).unwrap_or_else(|| {
            panic!("the query names organization {id}, which the registry lacks")
        })
    }

    pub(super) fn official<'r>(r: &'r Registry, id: &OfficialId) -> OfficialRef<'r> {
        r.official(id)
            .unwrap_or_else(|| panic!("the query names official {id}, which the registry lacks"))
    }

    pub(super) fn meeting<'r>(r: &'r Registry, id: &MeetingId) -> MeetingRef<'r> {
        r.meeting(id)
            .unwrap_or_else(|| panic!("the query names meeting {id}, which the registry lacks"))
    }

    pub(super) fn mou<'r>(r: &'r Registry, id: &MouId) -> MouRef<'r> {
        r.mou(id)
            .unwrap_or_else(|| panic!("the query names MoU {id}, which the registry lacks"))
    }

    pub(super) fn dimension<'r>(r: &'r Registry, id: &DimensionId) -> DimensionRef<'r> {
        r.dimension(id)
            .unwrap_or_else(|| panic!("the query names dimension {id}, which the registry lacks"))
    }

    pub(super) fn counterparts<'r>(
        r: &'r Registry,
        party: &Party,
    ) -> Vec<multilateral::registry::Counterpart<'r>> {
        match party {
            Party::Organization(id) => org(r, id).counterparts(),
            Party::State(code) => r.state(*code).counterparts(),
            other => panic!("no counterparts query for {other}"),
        }
    }
}

/// Builds the registry's composable query.
fn compose<'r>(r: &'r Registry, c: &Composed) -> multilateral::registry::MeetingQuery<'r> {
    let mut q = r.meetings();
    if let Some(o) = &c.involving {
        q = q.involving(found::org(r, o), Scope::Exact);
    }
    if let Some(o) = &c.with {
        q = q.with(found::official(r, o));
    }
    if let Some(d) = &c.dimension {
        q = q.in_dimension(found::dimension(r, d), DimensionScope::WithPriorityAreas);
    }
    if let Some(k) = c.kind {
        q = q.of_kind(k);
    }
    if let Some(s) = c.status {
        q = q.with_status(s);
    }
    if let Some(p) = &c.period {
        q = q.during(p);
    }
    if let Some(c) = c.country {
        q = q.in_country(c);
    }
    if let Some(city) = &c.city {
        q = q.in_city(city);
    }
    if let Some(u) = &c.mou {
        q = q.invoking(found::mou(r, u));
    }
    if let Some(n) = c.limit {
        q = q.limit(n);
    }
    q
}

/// Runs the registry query and keeps its native answer from being optimized away; returns
/// how many rows it had. The lookup of the records it names by id is part of the call.
pub fn registry_run(r: &Registry, q: &Query) -> usize {
    use std::hint::black_box;
    fn keep<T>(v: Vec<T>) -> usize {
        let n = v.len();
        black_box(v);
        n
    }
    fn keep_on_date<T>(a: OnDate<T>) -> usize {
        let n = a.definite.len() + a.possible.len();
        black_box(a);
        n
    }
    match q {
        Query::TimelineOfOfficial { official, period } => {
            keep(found::official(r, official).meetings(period))
        }
        Query::TimelineOfOrganization { org, period, scope } => {
            keep(found::org(r, org).meetings(period, *scope))
        }
        Query::MeetingsDuring { period } => keep(r.meetings_during(period)),
        Query::MeetingsOn { day } => keep(r.meetings_on(*day)),
        Query::Counterparts { party } => keep(found::counterparts(r, party)),
        Query::CounterpartsDuring {
            org,
            period,
            kinds,
            scope,
        } => keep(found::org(r, org).counterparts_during(period, kinds, *scope)),
        Query::StateCounterpartsDuring {
            state,
            period,
            kinds,
            scope,
        } => keep(r.state(*state).counterparts_during(period, kinds, *scope)),
        Query::MeetingsOfState {
            state,
            period,
            scope,
        } => keep(r.state(*state).meetings_within(period, *scope)),
        Query::Holders { org, role, day } => {
            keep_on_date(found::org(r, org).holders(PostFilter::Role(*role), *day))
        }
        Query::HoldersByTitle { org, title, day } => {
            keep_on_date(found::org(r, org).holders(PostFilter::Title(title), *day))
        }
        Query::HoldersWithin {
            org,
            role,
            day,
            scope,
        } => keep_on_date(found::org(r, org).holders_within(PostFilter::Role(*role), *day, *scope)),
        Query::Chair { org, day } => keep_on_date(found::org(r, org).chair(*day)),
        Query::ChairWithin { org, day, scope } => {
            keep_on_date(found::org(r, org).chair_within(*day, *scope))
        }
        Query::MembersWithin {
            org,
            status,
            day,
            scope,
        } => keep_on_date(found::org(r, org).members_within(*status, *day, *scope)),
        Query::Members { org, status, day } => {
            keep_on_date(found::org(r, org).members(*status, *day))
        }
        Query::MousBetween { a, b, scope } => {
            keep(found::org(r, a).mous_with(found::org(r, b), *scope))
        }
        Query::MousInForce { day } => keep(r.mous_in_force(*day)),
        Query::MousOf { org, scope } => keep(found::org(r, org).mous(*scope)),
        Query::MousInForceWith { a, b, scope, day } => {
            keep(found::org(r, a).mous_in_force_with(found::org(r, b), *scope, *day))
        }
        Query::PostsOn { official, day } => {
            keep_on_date(found::official(r, official).posts_on(*day))
        }
        Query::PostsAt { org, day, scope } => {
            keep_on_date(found::org(r, org).posts_on(*day, *scope))
        }
        Query::MeetingsInvoking { mou } => keep(found::mou(r, mou).meetings()),
        Query::MeetingsInDimension { dimension, scope } => {
            keep(found::dimension(r, dimension).meetings(*scope))
        }
        Query::MeetingsOfKind { kind } => keep(r.meetings_of_kind(*kind)),
        Query::MeetingsWithStatus { status } => keep(r.meetings_with_status(*status)),
        Query::MeetingsInCountry { country } => keep(r.meetings_in_country(*country)),
        Query::MeetingsInCity { city } => keep(r.meetings_in_city(city)),
        Query::RelatedTo {
            event,
            kinds,
            depth,
        } => keep(found::meeting(r, event).related(kinds, *depth)),
        Query::OfficialsMet { official } => keep(found::official(r, official).met()),
        Query::MetDuring {
            official,
            period,
            kinds,
        } => keep(found::official(r, official).met_during(period, kinds)),
        Query::FindOfficials { query } => keep(r.find_officials(query)),
        Query::FindOrganizations { query } => keep(r.find_organizations(query)),
        Query::Composed(c) => keep(compose(r, c).run()),
    }
}

/// The registry's answer, in the comparable form.
pub fn registry_answer(r: &Registry, q: &Query) -> Answer {
    match q {
        Query::TimelineOfOfficial { official, period } => {
            Answer::Ids(ids(found::official(r, official).meetings(period)))
        }
        Query::TimelineOfOrganization { org, period, scope } => {
            Answer::Ids(ids(found::org(r, org).meetings(period, *scope)))
        }
        Query::MeetingsDuring { period } => Answer::Ids(ids(r.meetings_during(period))),
        Query::MeetingsOn { day } => Answer::Covered(
            r.meetings_on(*day)
                .into_iter()
                .map(|(m, c)| (m.id.as_str().to_owned(), coverage(c)))
                .collect(),
        ),
        Query::Counterparts { party } => counterparts_answer(found::counterparts(r, party)),
        Query::CounterpartsDuring {
            org,
            period,
            kinds,
            scope,
        } => counterparts_answer(found::org(r, org).counterparts_during(period, kinds, *scope)),
        Query::StateCounterpartsDuring {
            state,
            period,
            kinds,
            scope,
        } => counterparts_answer(r.state(*state).counterparts_during(period, kinds, *scope)),
        Query::MeetingsOfState {
            state,
            period,
            scope,
        } => Answer::Ids(ids(r.state(*state).meetings_within(period, *scope))),
        Query::Holders { org, role, day } => on_date(
            found::org(r, org).holders(PostFilter::Role(*role), *day),
            |h| h.official.id().as_str().to_owned(),
        ),
        Query::HoldersByTitle { org, title, day } => on_date(
            found::org(r, org).holders(PostFilter::Title(title), *day),
            |h| h.official.id().as_str().to_owned(),
        ),
        Query::HoldersWithin {
            org,
            role,
            day,
            scope,
        } => on_date(
            found::org(r, org).holders_within(PostFilter::Role(*role), *day, *scope),
            |h| format!("{}@{}", h.official.id(), h.organization.id()),
        ),
        Query::Chair { org, day } => {
            on_date(found::org(r, org).chair(*day), |c| c.as_str().to_owned())
        }
        Query::ChairWithin { org, day, scope } => {
            on_date(found::org(r, org).chair_within(*day, *scope), |c| {
                format!("{}@{}", c.value, c.body.id())
            })
        }
        Query::MembersWithin {
            org,
            status,
            day,
            scope,
        } => on_date(
            found::org(r, org).members_within(*status, *day, *scope),
            |m| format!("{}@{}", m.value, m.body.id()),
        ),
        Query::Members { org, status, day } => {
            on_date(found::org(r, org).members(*status, *day), |p| p.to_string())
        }
        Query::MousBetween { a, b, scope } => Answer::Ids(
            found::org(r, a)
                .mous_with(found::org(r, b), *scope)
                .into_iter()
                .map(|m| m.id.as_str().to_owned())
                .collect(),
        ),
        Query::MousInForce { day } => Answer::Covered(
            r.mous_in_force(*day)
                .into_iter()
                .map(|(m, c)| (m.id.as_str().to_owned(), coverage(c)))
                .collect(),
        ),
        Query::MousOf { org, scope } => Answer::Ids(
            found::org(r, org)
                .mous(*scope)
                .into_iter()
                .map(|m| m.id.as_str().to_owned())
                .collect(),
        ),
        Query::MousInForceWith { a, b, scope, day } => Answer::Covered(
            found::org(r, a)
                .mous_in_force_with(found::org(r, b), *scope, *day)
                .into_iter()
                .map(|(m, c)| (m.id.as_str().to_owned(), coverage(c)))
                .collect(),
        ),
        Query::PostsOn { official, day } => {
            on_date(found::official(r, official).posts_on(*day), |h| {
                let j = h.post_position();
                format!("{} {j}", h.organization.id)
            })
        }
        Query::PostsAt { org, day, scope } => {
            on_date(found::org(r, org).posts_on(*day, *scope), |h| {
                let j = h.post_position();
                format!("{} {j}@{}", h.official.id(), h.organization.id())
            })
        }
        Query::MeetingsInvoking { mou } => Answer::Ids(ids(found::mou(r, mou).meetings())),
        Query::MeetingsInDimension { dimension, scope } => {
            Answer::Ids(ids(found::dimension(r, dimension).meetings(*scope)))
        }
        Query::MeetingsOfKind { kind } => Answer::Ids(ids(r.meetings_of_kind(*kind))),
        Query::MeetingsWithStatus { status } => Answer::Ids(ids(r.meetings_with_status(*status))),
        Query::MeetingsInCountry { country } => Answer::Ids(ids(r.meetings_in_country(*country))),
        Query::MeetingsInCity { city } => Answer::Ids(ids(r.meetings_in_city(city))),
        Query::RelatedTo {
            event,
            kinds,
            depth,
        } => Answer::Related(
            found::meeting(r, event)
                .related(kinds, *depth)
                .into_iter()
                .map(|x| {
                    (
                        x.meeting.id.as_str().to_owned(),
                        format!("{:?}", x.kind),
                        x.depth,
                    )
                })
                .collect(),
        ),
        Query::OfficialsMet { official } => Answer::Met(
            found::official(r, official)
                .met()
                .into_iter()
                .map(|e| (e.official.id().as_str().to_owned(), ids(e.meetings)))
                .collect(),
        ),
        Query::MetDuring {
            official,
            period,
            kinds,
        } => Answer::Met(
            found::official(r, official)
                .met_during(period, kinds)
                .into_iter()
                .map(|e| (e.official.id().as_str().to_owned(), ids(e.meetings)))
                .collect(),
        ),
        Query::FindOfficials { query } => Answer::Ids(
            r.find_officials(query)
                .into_iter()
                .map(|o| o.id().as_str().to_owned())
                .collect(),
        ),
        Query::FindOrganizations { query } => Answer::Ids(
            r.find_organizations(query)
                .into_iter()
                .map(|o| o.id().as_str().to_owned())
                .collect(),
        ),
        Query::Composed(c) => Answer::Ids(ids(compose(r, c).run())),
    }
}

/// The tables and indexes.
const SCHEMA: &str = "
CREATE TABLE organization (
    idx INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    acronym TEXT,
    acronym_folded TEXT,
    kind TEXT NOT NULL,
    country TEXT,
    parent INTEGER
);
CREATE TABLE membership (
    org INTEGER NOT NULL, seq INTEGER NOT NULL,
    member_org INTEGER, member_state TEXT, status TEXT NOT NULL,
    s0 INTEGER, s1 INTEGER, e0 INTEGER, e1 INTEGER,
    PRIMARY KEY (org, seq)
) WITHOUT ROWID;
CREATE TABLE chairmanship (
    org INTEGER NOT NULL, seq INTEGER NOT NULL, country TEXT NOT NULL,
    s0 INTEGER, s1 INTEGER, e0 INTEGER, e1 INTEGER,
    PRIMARY KEY (org, seq)
) WITHOUT ROWID;
CREATE TABLE official (
    idx INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    given_name TEXT, family_name TEXT, honorific TEXT, nationality TEXT
);
CREATE TABLE post (
    official INTEGER NOT NULL, seq INTEGER NOT NULL, org INTEGER NOT NULL,
    title TEXT, role TEXT NOT NULL, acting INTEGER NOT NULL,
    s0 INTEGER, s1 INTEGER, e0 INTEGER, e1 INTEGER, title_folded TEXT,
    PRIMARY KEY (official, seq)
) WITHOUT ROWID;
CREATE TABLE name_word (
    word TEXT NOT NULL, owner_kind INTEGER NOT NULL, owner INTEGER NOT NULL,
    PRIMARY KEY (word, owner_kind, owner)
) WITHOUT ROWID;
CREATE TABLE dimension (
    idx INTEGER PRIMARY KEY, id TEXT NOT NULL, org INTEGER NOT NULL, name TEXT NOT NULL,
    parent INTEGER
);
CREATE TABLE mou (
    idx INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL,
    signed0 INTEGER, signed1 INTEGER, effective0 INTEGER, effective1 INTEGER,
    expires0 INTEGER, expires1 INTEGER, signed_at INTEGER,
    f0 INTEGER,            -- first possible day in force (i32::MIN when unknown), NULL for a draft
    f1 INTEGER             -- last possible day in force (i32::MAX when open), NULL for a draft
);
CREATE TABLE mou_party (
    mou INTEGER NOT NULL, seq INTEGER NOT NULL, org INTEGER NOT NULL,
    PRIMARY KEY (mou, seq)
) WITHOUT ROWID;
CREATE TABLE meeting (
    idx INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    d0 INTEGER NOT NULL,   -- first possible day (i32::MIN when the start is unknown)
    d1 INTEGER NOT NULL,   -- last possible day (i32::MAX when open)
    s1 INTEGER,            -- last possible day of the start, NULL when unknown
    e0 INTEGER,            -- first possible day of the end, NULL when open
    days INTEGER,
    country TEXT,
    city TEXT,
    city_folded TEXT,
    summary TEXT
);
CREATE TABLE participant (
    meeting INTEGER NOT NULL, seq INTEGER NOT NULL,
    org INTEGER, state TEXT, official INTEGER, role TEXT NOT NULL,
    PRIMARY KEY (meeting, seq)
) WITHOUT ROWID;
CREATE TABLE relation (
    meeting INTEGER NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, target INTEGER NOT NULL,
    PRIMARY KEY (meeting, seq)
) WITHOUT ROWID;
CREATE TABLE meeting_dimension (
    meeting INTEGER NOT NULL, dim INTEGER NOT NULL, PRIMARY KEY (meeting, dim)
) WITHOUT ROWID;
CREATE TABLE meeting_mou (
    meeting INTEGER NOT NULL, mou INTEGER NOT NULL, PRIMARY KEY (meeting, mou)
) WITHOUT ROWID;
";

/// Indexes, created after the rows are in (faster than maintaining them while inserting).
const INDEXES: &str = "
CREATE UNIQUE INDEX organization_id ON organization(id);
CREATE INDEX organization_parent ON organization(parent);
CREATE INDEX organization_government ON organization(country, kind);
CREATE UNIQUE INDEX official_id ON official(id);
CREATE INDEX post_org_role ON post(org, role);
CREATE INDEX post_org_title ON post(org, title_folded);
CREATE UNIQUE INDEX dimension_id ON dimension(id);
CREATE INDEX dimension_parent ON dimension(parent);
CREATE UNIQUE INDEX mou_id ON mou(id);
CREATE INDEX mou_party_org ON mou_party(org, mou);
CREATE UNIQUE INDEX meeting_id ON meeting(id);
CREATE INDEX meeting_when ON meeting(d0, d1);
CREATE INDEX meeting_end ON meeting(d1);
CREATE INDEX meeting_kind ON meeting(kind, d0, d1);
CREATE INDEX meeting_status ON meeting(status, d0, d1);
CREATE INDEX meeting_country ON meeting(country, d0, d1);
CREATE INDEX meeting_city ON meeting(city_folded, d0, d1);
CREATE INDEX participant_org ON participant(org, meeting);
CREATE INDEX participant_state ON participant(state, meeting);
CREATE INDEX participant_official ON participant(official, meeting);
CREATE INDEX relation_target ON relation(target, kind);
CREATE INDEX meeting_dimension_dim ON meeting_dimension(dim, meeting);
CREATE INDEX meeting_mou_mou ON meeting_mou(mou, meeting);
CREATE INDEX mou_force ON mou(f0, f1);
CREATE VIRTUAL TABLE meeting_span USING rtree_i32(idx, d0, d1);
INSERT INTO meeting_span SELECT idx, d0, d1 FROM meeting;
CREATE VIRTUAL TABLE mou_span USING rtree_i32(idx, f0, f1);
INSERT INTO mou_span SELECT idx, f0, f1 FROM mou WHERE f0 IS NOT NULL;
ANALYZE;
";

/// What statistics the query planner reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stats {
    /// `ANALYZE`'s basic statistics only (`sqlite_stat1`): the STAT4 samples are deleted.
    /// With them, SQLite prepares a statement again each time a value is bound to a
    /// parameter compared with an indexed column, to re-plan for that value: a cost on every
    /// run of a cached statement that a user would avoid.
    #[default]
    Basic,
    /// `sqlite_stat1` and the STAT4 samples (SQLite is built with STAT4).
    Stat4,
}

/// How SQLite finds meetings and MoUs by period, for the queries that search by period alone
/// ([`Query::MeetingsDuring`], [`Query::MeetingsOn`], [`Query::MousInForce`]): each has two
/// SQL texts, and a benchmark times both and keeps the faster ([`accesses`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// B-tree indexes on the extent (`meeting(d0, d1)`, `meeting(d1)`, `mou(f0, f1)`), which
    /// also give the date order.
    Index,
    /// An R*Tree of the extents (`meeting_span`, `mou_span`, 32-bit integer coordinates),
    /// joined to the records and sorted. The join is a `CROSS JOIN`, which SQLite never
    /// reorders: left to itself, the planner walks every record in date order (to spare the
    /// sort) and looks each up in the R*Tree by id.
    RTree,
}

/// The SQLite database with the records loaded.
pub struct Reference {
    conn: Connection,
}

fn dbg<T: std::fmt::Debug>(v: T) -> String {
    format!("{v:?}")
}

/// Below and above every day: the limits of an unlimited side.
const LO: i64 = i64::MIN / 4;
const HI: i64 = i64::MAX / 4;

/// A holding's days (see [`crate::tenure`]) as columns `[s0, s1, e0, e1]`, `LO` and `HI`
/// where nothing limits them. One chair at a time is the SQL's own (`ONE_AT_A_TIME`).
fn period_cols(p: &Period, term: Option<Term>, attested: &[PartialDate]) -> [i64; 4] {
    crate::tenure::holding_days(p, term, attested).map(|d| {
        if d == NaiveDate::MIN {
            LO
        } else if d == NaiveDate::MAX {
            HI
        } else {
            day(d)
        }
    })
}

/// One chair at a time, and one standing at a time for a party: when later terms certainly
/// began after a term did, it ended when the first of them began (no later than their
/// earliest last possible start, certain no later than their earliest first possible
/// start). Computed from the loaded columns before any is changed.
const ONE_AT_A_TIME: &str = "
CREATE TEMP TABLE next_chair AS
  SELECT c.org, c.seq,
         (SELECT MIN(n.s0) FROM chairmanship n WHERE n.org = c.org AND n.s0 > c.s1) AS n0,
         (SELECT MIN(n.s1) FROM chairmanship n WHERE n.org = c.org AND n.s0 > c.s1) AS n1
  FROM chairmanship c;
UPDATE chairmanship SET
  e0 = MIN(e0, (SELECT n0 FROM next_chair x WHERE x.org = chairmanship.org AND x.seq = chairmanship.seq)),
  e1 = MIN(e1, (SELECT n1 FROM next_chair x WHERE x.org = chairmanship.org AND x.seq = chairmanship.seq))
  WHERE (SELECT n0 FROM next_chair x WHERE x.org = chairmanship.org AND x.seq = chairmanship.seq)
        IS NOT NULL;
UPDATE chairmanship SET s1 = MIN(s1, e1);
CREATE TEMP TABLE next_member AS
  SELECT m.org, m.seq,
         (SELECT MIN(n.s0) FROM membership n WHERE n.org = m.org AND n.member_org IS m.member_org
            AND n.member_state IS m.member_state AND n.s0 > m.s1) AS n0,
         (SELECT MIN(n.s1) FROM membership n WHERE n.org = m.org AND n.member_org IS m.member_org
            AND n.member_state IS m.member_state AND n.s0 > m.s1) AS n1
  FROM membership m;
UPDATE membership SET
  e0 = MIN(e0, (SELECT n0 FROM next_member x WHERE x.org = membership.org AND x.seq = membership.seq)),
  e1 = MIN(e1, (SELECT n1 FROM next_member x WHERE x.org = membership.org AND x.seq = membership.seq))
  WHERE (SELECT n0 FROM next_member x WHERE x.org = membership.org AND x.seq = membership.seq)
        IS NOT NULL;
UPDATE membership SET s1 = MIN(s1, e1);
";

/// `CASE` giving a holding's coverage of `:d` (0 no, 1 possibly, 2 yes) over columns `s0,
/// s1, e0, e1`.
const COVERS: &str = "CASE
    WHEN :d < s0 OR :d > e1 THEN 0
    WHEN s1 <= :d AND e0 >= :d THEN 2
    ELSE 1 END";

/// A recursive organization tree from `:org`, down through `parent` when `:sub` is 1.
fn org_tree(name: &str, org: &str, sub: &str) -> String {
    format!(
        "{name}(idx) AS (SELECT idx FROM organization WHERE id = {org}
            UNION SELECT o.idx FROM organization o JOIN {name} t ON o.parent = t.idx WHERE {sub})"
    )
}

/// A recursive tree `{name}(idx)` of the government bodies of state `{state}` (organizations
/// of kind government whose country it is) and every body below one of them, each once
/// (`UNION`: a government body may lie below another).
fn government_tree(name: &str, state: &str) -> String {
    format!(
        "{name}(idx) AS (SELECT idx FROM organization
                         WHERE country = {state} AND kind = 'Government'
            UNION SELECT o.idx FROM organization o JOIN {name} t ON o.parent = t.idx)"
    )
}

/// The rank of a post's role column in the registry's order of roles ([`PostRole::ALL`]),
/// as a `CASE`.
fn role_order(column: &str) -> String {
    let mut sql = format!("CASE {column}");
    for (i, role) in PostRole::ALL.iter().enumerate() {
        let _ = write!(sql, " WHEN '{role:?}' THEN {i}");
    }
    sql.push_str(" END");
    sql
}

impl Reference {
    /// Loads a dataset into a new in-memory database: one transaction, prepared
    /// statements, indexes built after the rows, then `ANALYZE`, keeping its basic
    /// statistics only ([`Stats::Basic`]).
    pub fn load(data: &Dataset) -> rusqlite::Result<Self> {
        Self::load_with(data, Stats::Basic)
    }

    /// [`load`](Self::load), with the statistics the planner reads.
    pub fn load_with(data: &Dataset, stats: Stats) -> rusqlite::Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -1000000;",
        )?;
        conn.execute_batch(SCHEMA)?;
        let org_idx: std::collections::HashMap<&str, i64> = data
            .organizations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i as i64))
            .collect();
        let official_idx: std::collections::HashMap<&str, i64> = data
            .officials
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i as i64))
            .collect();
        let dim_idx: std::collections::HashMap<&str, i64> = data
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i as i64))
            .collect();
        let mou_idx: std::collections::HashMap<&str, i64> = data
            .mous
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i as i64))
            .collect();
        let meeting_idx: std::collections::HashMap<&str, i64> = data
            .meetings
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i as i64))
            .collect();
        let org = |id: &multilateral::OrganizationId| org_idx.get(id.as_str()).copied();

        let tx = conn.transaction()?;
        {
            let mut ins_org =
                tx.prepare("INSERT INTO organization VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
            let mut ins_member =
                tx.prepare("INSERT INTO membership VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?;
            let mut ins_chair =
                tx.prepare("INSERT INTO chairmanship VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
            let mut ins_word = tx.prepare("INSERT OR IGNORE INTO name_word VALUES (?1, ?2, ?3)")?;
            let mut words = |kind: i64, owner: i64, name: &str| -> rusqlite::Result<()> {
                for w in fold(name).split(' ').filter(|w| !w.is_empty()) {
                    ins_word.execute(params![w, kind, owner])?;
                }
                Ok(())
            };
            for (i, o) in data.organizations.iter().enumerate() {
                let i = i as i64;
                ins_org.execute(params![
                    i,
                    o.id.as_str(),
                    o.name.as_str(),
                    fold(&o.name),
                    o.acronym.as_deref(),
                    o.acronym.as_deref().map(fold),
                    dbg(o.kind),
                    o.country.map(|c| c.as_str().to_owned()),
                    o.parent.as_ref().and_then(org),
                ])?;
                for (j, m) in o.members.iter().enumerate() {
                    let [s0, s1, e0, e1] = period_cols(&m.period, None, &m.attested);
                    ins_member.execute(params![
                        i,
                        j as i64,
                        m.party.organization().and_then(org),
                        m.party.state().map(|c| c.as_str().to_owned()),
                        dbg(m.status),
                        s0,
                        s1,
                        e0,
                        e1
                    ])?;
                }
                for (j, c) in o.chairs.iter().enumerate() {
                    let [s0, s1, e0, e1] = period_cols(&c.period, c.term, &c.attested);
                    ins_chair.execute(params![i, j as i64, c.country.as_str(), s0, s1, e0, e1])?;
                }
                words(0, i, &o.name)?;
                if let Some(a) = &o.acronym {
                    words(0, i, a)?;
                }
                for n in &o.other_names {
                    words(0, i, &n.name)?;
                }
            }

            let mut ins_official =
                tx.prepare("INSERT INTO official VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            let mut ins_post = tx.prepare(
                "INSERT INTO post VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            for (i, o) in data.officials.iter().enumerate() {
                let i = i as i64;
                ins_official.execute(params![
                    i,
                    o.id.as_str(),
                    o.name.as_str(),
                    fold(&o.name),
                    o.given_name.as_deref(),
                    o.family_name.as_deref(),
                    o.honorific.as_deref(),
                    o.nationality.map(|c| c.as_str().to_owned()),
                ])?;
                for (j, p) in o.posts.iter().enumerate() {
                    let [s0, s1, e0, e1] = period_cols(&p.period, p.term, &p.attested);
                    ins_post.execute(params![
                        i,
                        j as i64,
                        org(&p.organization),
                        p.title.as_deref(),
                        dbg(p.role),
                        p.acting,
                        s0,
                        s1,
                        e0,
                        e1,
                        p.title.as_deref().map(fold)
                    ])?;
                }
                words(1, i, &o.name)?;
                for n in o.given_name.iter().chain(o.family_name.iter()) {
                    words(1, i, n)?;
                }
                for n in &o.other_names {
                    words(1, i, &n.name)?;
                }
            }

            let mut ins_dim = tx.prepare("INSERT INTO dimension VALUES (?1, ?2, ?3, ?4, ?5)")?;
            for (i, d) in data.dimensions.iter().enumerate() {
                ins_dim.execute(params![
                    i as i64,
                    d.id.as_str(),
                    org(&d.organization),
                    d.name.as_str(),
                    d.parent
                        .as_ref()
                        .and_then(|p| dim_idx.get(p.as_str()).copied()),
                ])?;
            }

            let mut ins_mou = tx.prepare(
                "INSERT INTO mou VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?;
            let mut ins_mou_party = tx.prepare("INSERT INTO mou_party VALUES (?1, ?2, ?3)")?;
            for (i, m) in data.mous.iter().enumerate() {
                let i = i as i64;
                let force = m.in_force_period().map(|p| extent(&p));
                ins_mou.execute(params![
                    i,
                    m.id.as_str(),
                    m.title.as_str(),
                    dbg(m.status),
                    first(m.signed),
                    last(m.signed),
                    first(m.effective),
                    last(m.effective),
                    first(m.expires),
                    last(m.expires),
                    m.signed_at
                        .as_ref()
                        .and_then(|x| meeting_idx.get(x.as_str()).copied()),
                    force.map(|f| f.0),
                    force.map(|f| f.1),
                ])?;
                for (j, p) in m.parties.iter().enumerate() {
                    ins_mou_party.execute(params![i, j as i64, org(p)])?;
                }
            }

            let mut ins_meeting = tx.prepare(
                "INSERT INTO meeting VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?;
            let mut ins_part =
                tx.prepare("INSERT INTO participant VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            let mut ins_rel = tx.prepare("INSERT INTO relation VALUES (?1, ?2, ?3, ?4)")?;
            let mut ins_md =
                tx.prepare("INSERT OR IGNORE INTO meeting_dimension VALUES (?1, ?2)")?;
            let mut ins_mm = tx.prepare("INSERT OR IGNORE INTO meeting_mou VALUES (?1, ?2)")?;
            for (i, m) in data.meetings.iter().enumerate() {
                let i = i as i64;
                let (d0, d1) = extent(&m.when);
                let loc = m.location.as_ref();
                let city = loc.and_then(|l| l.city.as_deref());
                ins_meeting.execute(params![
                    i,
                    m.id.as_str(),
                    m.title.as_str(),
                    dbg(m.kind),
                    dbg(m.status),
                    d0,
                    d1,
                    m.when.start().last_day().map(day),
                    m.when.end().first_day().map(day),
                    m.days.map(|d| i64::from(d.get())),
                    loc.and_then(|l| l.country).map(|c| c.as_str().to_owned()),
                    city,
                    city.map(fold),
                    m.summary.as_deref(),
                ])?;
                for (j, p) in m.participants.iter().enumerate() {
                    ins_part.execute(params![
                        i,
                        j as i64,
                        p.party.organization().and_then(org),
                        p.party.state().map(|c| c.as_str().to_owned()),
                        p.official
                            .as_ref()
                            .and_then(|o| official_idx.get(o.as_str()).copied()),
                        dbg(p.role),
                    ])?;
                }
                for (j, r) in m.relations.iter().enumerate() {
                    if let Some(&t) = meeting_idx.get(r.meeting.as_str()) {
                        ins_rel.execute(params![i, j as i64, dbg(r.kind), t])?;
                    }
                }
                for d in &m.dimensions {
                    if let Some(&d) = dim_idx.get(d.as_str()) {
                        ins_md.execute(params![i, d])?;
                    }
                }
                let invoked = m
                    .mous
                    .iter()
                    .chain(m.outcomes.iter().filter_map(|o| o.mou.as_ref()));
                for x in invoked {
                    if let Some(&x) = mou_idx.get(x.as_str()) {
                        ins_mm.execute(params![i, x])?;
                    }
                }
            }
        }
        tx.commit()?;
        conn.execute_batch(ONE_AT_A_TIME)?;
        conn.execute_batch(INDEXES)?;
        if stats == Stats::Basic {
            // `ANALYZE sqlite_schema` makes the planner read the statistics again.
            conn.execute_batch("DELETE FROM sqlite_stat4; ANALYZE sqlite_schema;")?;
        }
        Ok(Self { conn })
    }

    /// How many bytes SQLite's page cache and heap hold (from `sqlite3_memory_used` via the
    /// page count: page_count × page_size).
    pub fn database_bytes(&self) -> rusqlite::Result<i64> {
        let pages: i64 = self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        let size: i64 = self.conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        Ok(pages * size)
    }

    /// The query plan SQLite chooses for a query with an access (for the benchmark report).
    pub fn plan(&self, q: &Query, access: Access) -> rusqlite::Result<String> {
        let (sql, _) = self.sql(q, access);
        let mut stmt = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        // Unbound parameters are NULL: the plan does not depend on their values.
        let mut rows = stmt.raw_query();
        let mut out = String::new();
        while let Some(r) = rows.next()? {
            let _ = writeln!(out, "    {}", r.get::<_, String>(3)?);
        }
        Ok(out)
    }

    /// The SQL text a query runs with an access (for the benchmark's appendix of plans).
    pub fn sql_text(&self, q: &Query, access: Access) -> String {
        self.sql(q, access).0
    }

    fn stmt(&self, sql: &str) -> rusqlite::Result<rusqlite::CachedStatement<'_>> {
        self.conn.prepare_cached(sql)
    }

    /// The SQL text of a query and a description of its shape (for `plan`).
    fn sql(&self, q: &Query, access: Access) -> (String, &'static str) {
        match q {
            Query::Composed(c) => (composed_sql(c), "composed"),
            Query::FindOfficials { query } => (find_sql(1, &words_of(query)), "find"),
            Query::FindOrganizations { query } => (find_sql(0, &words_of(query)), "find"),
            other => (access_sql(other, access).to_owned(), "fixed"),
        }
    }

    /// SQLite's answer to a query, through the B-tree indexes.
    pub fn answer(&self, q: &Query) -> rusqlite::Result<Answer> {
        self.answer_with(q, Access::Index)
    }

    /// SQLite's answer to a query through an access (the same answer through each).
    pub fn answer_with(&self, q: &Query, access: Access) -> rusqlite::Result<Answer> {
        match q {
            Query::TimelineOfOfficial { official, period } => {
                let (a, b) = extent(period);
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(&mut s, params![official.as_str(), a, b])
            }
            Query::TimelineOfOrganization { org, period, scope } => {
                let (a, b) = extent(period);
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(
                    &mut s,
                    params![
                        org.as_str(),
                        a,
                        b,
                        i64::from(*scope == Scope::WithSubBodies)
                    ],
                )
            }
            Query::MeetingsDuring { period } => {
                let (a, b) = extent(period);
                let mut s = self.stmt(access_sql(q, access))?;
                ids_of(&mut s, params![a, b])
            }
            Query::MeetingsOn { day: d } => {
                let mut s = self.stmt(access_sql(q, access))?;
                let rows = s.query_map(rusqlite::named_params! {":d": day(*d)}, |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, u8>(1)?))
                })?;
                Ok(Answer::Covered(rows.collect::<rusqlite::Result<_>>()?))
            }
            Query::Counterparts { party } => {
                let mut s = self.stmt(fixed_sql(q))?;
                let (org, state) = match party {
                    Party::Organization(o) => (Some(o.as_str()), None),
                    Party::State(c) => (None, Some(c.as_str())),
                    _ => (None, None),
                };
                counterparts_of(&mut s, params![org, state])
            }
            Query::CounterpartsDuring {
                org, period, kinds, ..
            } => {
                // One statement for each scope (see `fixed_sql`), with the same parameters.
                let mut s = self.stmt(fixed_sql(q))?;
                let (a, b) = extent(period);
                counterparts_of(&mut s, params![org.as_str(), a, b, kinds_json(kinds)])
            }
            // One statement for each scope (see `fixed_sql`), with the same parameters.
            Query::StateCounterpartsDuring {
                state,
                period,
                kinds,
                ..
            } => {
                let mut s = self.stmt(fixed_sql(q))?;
                let (a, b) = extent(period);
                counterparts_of(&mut s, params![state.as_str(), a, b, kinds_json(kinds)])
            }
            Query::MeetingsOfState { state, period, .. } => {
                let mut s = self.stmt(fixed_sql(q))?;
                let (a, b) = extent(period);
                ids_of(&mut s, params![state.as_str(), a, b])
            }
            Query::Holders { org, role, day: d } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {":org": org.as_str(), ":role": dbg(role), ":d": day(*d)},
                )
            }
            Query::HoldersWithin {
                org,
                role,
                day: d,
                scope,
            } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {
                        ":org": org.as_str(),
                        ":role": dbg(role),
                        ":d": day(*d),
                        ":sub": i64::from(*scope == Scope::WithSubBodies),
                    },
                )
            }
            Query::HoldersByTitle { org, title, day: d } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {":org": org.as_str(), ":title": fold(title), ":d": day(*d)},
                )
            }
            Query::ChairWithin { org, day: d, scope } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {
                        ":org": org.as_str(),
                        ":d": day(*d),
                        ":sub": i64::from(*scope == Scope::WithSubBodies),
                    },
                )
            }
            Query::MembersWithin {
                org,
                status,
                day: d,
                scope,
            } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {
                        ":org": org.as_str(),
                        ":status": dbg(status),
                        ":d": day(*d),
                        ":sub": i64::from(*scope == Scope::WithSubBodies),
                    },
                )
            }
            Query::Chair { org, day: d } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {":org": org.as_str(), ":d": day(*d)},
                )
            }
            Query::Members {
                org,
                status,
                day: d,
            } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {":org": org.as_str(), ":status": dbg(status), ":d": day(*d)},
                )
            }
            Query::MousBetween { a, b, scope } => {
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(
                    &mut s,
                    params![
                        a.as_str(),
                        b.as_str(),
                        i64::from(*scope == Scope::WithSubBodies)
                    ],
                )
            }
            Query::MousInForce { day: d } => {
                let mut s = self.stmt(access_sql(q, access))?;
                let rows = s.query_map(rusqlite::named_params! {":d": day(*d)}, |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, u8>(1)?))
                })?;
                Ok(Answer::Covered(rows.collect::<rusqlite::Result<_>>()?))
            }
            Query::MousOf { org, scope } => {
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(
                    &mut s,
                    params![org.as_str(), i64::from(*scope == Scope::WithSubBodies)],
                )
            }
            Query::MousInForceWith {
                a,
                b,
                scope,
                day: d,
            } => {
                let mut s = self.stmt(fixed_sql(q))?;
                let rows = s.query_map(
                    rusqlite::named_params! {
                        ":a": a.as_str(),
                        ":b": b.as_str(),
                        ":sub": i64::from(*scope == Scope::WithSubBodies),
                        ":d": day(*d),
                    },
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, u8>(1)?)),
                )?;
                Ok(Answer::Covered(rows.collect::<rusqlite::Result<_>>()?))
            }
            Query::PostsOn { official, day: d } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {":official": official.as_str(), ":d": day(*d)},
                )
            }
            Query::PostsAt { org, day: d, scope } => {
                let mut s = self.stmt(fixed_sql(q))?;
                on_date_of(
                    &mut s,
                    rusqlite::named_params! {
                        ":org": org.as_str(),
                        ":d": day(*d),
                        ":sub": i64::from(*scope == Scope::WithSubBodies),
                    },
                )
            }
            Query::MeetingsInvoking { mou } => {
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(&mut s, params![mou.as_str()])
            }
            Query::MeetingsInDimension { dimension, scope } => {
                let mut s = self.stmt(fixed_sql(q))?;
                let areas = *scope == DimensionScope::WithPriorityAreas;
                ids_of(&mut s, params![dimension.as_str(), i64::from(areas)])
            }
            Query::MeetingsOfKind { kind } => {
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(&mut s, params![dbg(kind)])
            }
            Query::MeetingsWithStatus { status } => {
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(&mut s, params![dbg(status)])
            }
            Query::MeetingsInCountry { country } => {
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(&mut s, params![country.as_str()])
            }
            Query::MeetingsInCity { city } => {
                let mut s = self.stmt(fixed_sql(q))?;
                ids_of(&mut s, params![fold(city)])
            }
            Query::RelatedTo {
                event,
                kinds,
                depth,
            } => {
                let mut s = self.stmt(fixed_sql(q))?;
                // The kinds as a list the SQL searches with instr(): ",SidelinesOf,PartOf,".
                let list = if kinds.is_empty() {
                    String::new()
                } else {
                    let mut l = String::from(",");
                    for k in kinds {
                        let _ = write!(l, "{k:?},");
                    }
                    l
                };
                let rows = s.query_map(
                    rusqlite::named_params! {
                        ":event": event.as_str(), ":kinds": list,
                        ":transitive": i64::from(*depth == Depth::Transitive)
                    },
                    |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, u32>(2)?,
                        ))
                    },
                )?;
                Ok(Answer::Related(rows.collect::<rusqlite::Result<_>>()?))
            }
            Query::OfficialsMet { official } => {
                let mut s = self.stmt(fixed_sql(q))?;
                met_of(&mut s, params![official.as_str()])
            }
            Query::MetDuring {
                official,
                period,
                kinds,
            } => {
                let mut s = self.stmt(fixed_sql(q))?;
                let (a, b) = extent(period);
                met_of(&mut s, params![official.as_str(), a, b, kinds_json(kinds)])
            }
            Query::FindOfficials { query } => self.find(1, query),
            Query::FindOrganizations { query } => self.find(0, query),
            Query::Composed(c) => {
                let sql = composed_sql(c);
                let mut s = self.stmt(&sql)?;
                let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
                if let Some(o) = &c.involving {
                    args.push(Box::new(o.as_str().to_owned()));
                }
                if let Some(o) = &c.with {
                    args.push(Box::new(o.as_str().to_owned()));
                }
                if let Some(d) = &c.dimension {
                    args.push(Box::new(d.as_str().to_owned()));
                }
                if let Some(k) = c.kind {
                    args.push(Box::new(dbg(k)));
                }
                if let Some(st) = c.status {
                    args.push(Box::new(dbg(st)));
                }
                if let Some(c) = c.country {
                    args.push(Box::new(c.as_str().to_owned()));
                }
                if let Some(p) = &c.period {
                    let (a, b) = extent(p);
                    args.push(Box::new(b));
                    args.push(Box::new(a));
                }
                if let Some(city) = &c.city {
                    args.push(Box::new(fold(city)));
                }
                if let Some(u) = &c.mou {
                    args.push(Box::new(u.as_str().to_owned()));
                }
                if let Some(n) = c.limit {
                    args.push(Box::new(i64::try_from(n).unwrap_or(i64::MAX)));
                }
                ids_of(&mut s, rusqlite::params_from_iter(args.iter()))
            }
        }
    }

    fn find(&self, kind: i64, query: &str) -> rusqlite::Result<Answer> {
        let words = words_of(query);
        if words.is_empty() {
            return Ok(Answer::Ids(Vec::new()));
        }
        let sql = find_sql(kind, &words);
        let mut s = self.stmt(&sql)?;
        let mut args: Vec<String> = vec![fold(query)];
        for w in &words {
            args.push(w.clone());
            // Every word that begins with `w` sorts before `w` followed by the last
            // character: a range scan on the index.
            args.push(format!("{w}\u{10FFFF}"));
        }
        ids_of(&mut s, rusqlite::params_from_iter(args.iter()))
    }
}

fn words_of(query: &str) -> Vec<String> {
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn ids_of(s: &mut Statement<'_>, p: impl rusqlite::Params) -> rusqlite::Result<Answer> {
    let rows = s.query_map(p, |r| r.get::<_, String>(0))?;
    Ok(Answer::Ids(rows.collect::<rusqlite::Result<_>>()?))
}

/// Rows of `(name, coverage, ended before, began after)` turned into the three-valued
/// answer, as the registry defines it.
/// The registry's counterparts in the comparable form.
fn counterparts_answer(found: Vec<multilateral::registry::Counterpart<'_>>) -> Answer {
    Answer::Counterparts(
        found
            .into_iter()
            .map(|c| {
                (
                    c.party.to_string(),
                    c.meetings,
                    c.first.id.as_str().to_owned(),
                    c.last.id.as_str().to_owned(),
                )
            })
            .collect(),
    )
}

/// Reads the rows of a counterparts query: (party, meetings, first, last).
fn counterparts_of(s: &mut Statement<'_>, p: impl rusqlite::Params) -> rusqlite::Result<Answer> {
    let rows = s.query_map(p, |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    Ok(Answer::Counterparts(rows.collect::<rusqlite::Result<_>>()?))
}

/// Meeting kinds as the JSON array of their names that `json_each` reads.
fn kinds_json(kinds: &[MeetingKind]) -> String {
    let names: Vec<String> = kinds.iter().map(|k| format!("{:?}", dbg(k))).collect();
    format!("[{}]", names.join(","))
}

/// Reads the rows of an officials-met query: (other's idx, other's id, meeting id), grouped
/// by the other official in the query's order.
fn met_of(s: &mut Statement<'_>, p: impl rusqlite::Params) -> rusqlite::Result<Answer> {
    let mut rows = s.query(p)?;
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut at: Option<i64> = None;
    while let Some(r) = rows.next()? {
        let other: i64 = r.get(0)?;
        if at != Some(other) {
            at = Some(other);
            out.push((r.get(1)?, Vec::new()));
        }
        if let Some(last) = out.last_mut() {
            last.1.push(r.get(2)?);
        }
    }
    Ok(Answer::Met(out))
}

fn on_date_of(s: &mut Statement<'_>, p: impl rusqlite::Params) -> rusqlite::Result<Answer> {
    let mut rows = s.query(p)?;
    let (mut definite, mut possible) = (Vec::new(), Vec::new());
    let (mut before, mut after) = (false, false);
    while let Some(r) = rows.next()? {
        match r.get::<_, u8>(1)? {
            2 => definite.push(r.get(0)?),
            1 => possible.push(r.get(0)?),
            _ => {}
        }
        before |= r.get::<_, bool>(2)?;
        after |= r.get::<_, bool>(3)?;
    }
    let status = if !definite.is_empty() {
        0
    } else if !possible.is_empty() {
        1
    } else if before && after {
        2
    } else {
        3
    };
    Ok(Answer::OnDate {
        status,
        definite,
        possible,
    })
}

/// The date order of meetings `m`.
const DATE_ORDER: &str = "ORDER BY m.d0, m.d1, m.idx";

/// `Coverage` of meeting `m` on day `:d` (2 certain, 1 possible), as `Meeting::coverage`.
const MEETING_COVERAGE: &str = "CASE WHEN m.days IS NOT NULL THEN
        CASE WHEN m.s1 IS NOT NULL AND m.e0 IS NOT NULL
                  AND m.d1 - (m.days - 1) <= :d AND :d <= m.d0 + (m.days - 1)
             THEN 2 ELSE 1 END
      WHEN m.e0 IS NOT NULL AND MIN(COALESCE(m.s1, m.d1), m.d1) <= :d AND MAX(m.e0, m.d0) >= :d
        THEN 2
      ELSE 1 END";

/// Whether MoU `u` is certainly in force on day `:d` (2) or possibly (1), as
/// `Mou::in_force_on`: only an MoU in force, or expired with its date, can be certain.
const MOU_CERTAIN: &str = "CASE
        WHEN COALESCE(u.effective1, u.signed1) <= :d AND (u.expires0 IS NULL OR u.expires0 >= :d)
             AND (u.status = 'InForce' OR (u.status = 'Expired' AND u.expires0 IS NOT NULL))
        THEN 2 ELSE 1 END";

/// The counterparts of the party that is the state `me(state)` (NULL for none) and the
/// organizations `us(idx)` (none or more: a state's government bodies, an organization's
/// bodies) over its meetings `mine(meeting)`, each meeting listed once or more: every other
/// party, with how many meetings, the first and the last, most meetings first.
const COUNTERPARTS: &str = "pairs(org, state, meeting) AS (
    SELECT DISTINCT p.org, p.state, p.meeting
    FROM mine JOIN participant p ON p.meeting = mine.meeting
    WHERE CASE WHEN p.org IS NOT NULL THEN p.org NOT IN us
               ELSE p.state IS NOT (SELECT state FROM me) END),
 ranked AS (
    SELECT pr.org, pr.state, m.id,
        COUNT(*) OVER w AS n,
        ROW_NUMBER() OVER (w ORDER BY m.d0, m.d1, m.idx) AS up,
        ROW_NUMBER() OVER (w ORDER BY m.d0 DESC, m.d1 DESC, m.idx DESC) AS down
    FROM pairs pr JOIN meeting m ON m.idx = pr.meeting
    WINDOW w AS (PARTITION BY pr.org, pr.state))
 SELECT CASE WHEN r.org IS NOT NULL THEN 'organization ' || o.id
             ELSE 'state ' || r.state END,
        r.n,
        MAX(CASE WHEN r.up = 1 THEN r.id END),
        MAX(CASE WHEN r.down = 1 THEN r.id END)
 FROM ranked r LEFT JOIN organization o ON o.idx = r.org
 GROUP BY r.org, r.state
 ORDER BY r.n DESC, r.org IS NULL, r.org, r.state";

/// The officials `me(idx)` met over its meetings `mine(meeting)`, with the meetings, most
/// meetings first.
const MET: &str = "met(other, meeting) AS (
    SELECT DISTINCT p.official, p.meeting
    FROM mine JOIN participant p ON p.meeting = mine.meeting
    WHERE p.official IS NOT NULL AND p.official <> (SELECT idx FROM me))
 SELECT x.other, o.id, m.id, COUNT(*) OVER (PARTITION BY x.other) AS n
 FROM met x JOIN official o ON o.idx = x.other JOIN meeting m ON m.idx = x.meeting
 ORDER BY n DESC, x.other, m.d0, m.d1, m.idx";

/// A meeting `m` that may overlap the period of days `?2..=?3` and is of one of the kinds
/// `?4` (a JSON array; any kind when empty).
const IN_PERIOD_AND_KINDS: &str =
    "m.d0 <= ?3 AND m.d1 >= ?2 AND (?4 = '[]' OR m.kind IN (SELECT value FROM json_each(?4)))";

/// `tree(idx, depth, path)`: the organization `:org` and, when `:sub`, every body below it,
/// to be ordered breadth first with children in document order (by depth, then path: the
/// positions from the root).
const BFS_TREE: &str = "tree(idx, depth, path) AS (
    SELECT idx, 0, printf('%010d', idx) FROM organization WHERE id = :org
    UNION ALL SELECT o.idx, t.depth + 1, t.path || printf('%010d', o.idx)
    FROM organization o JOIN tree t ON o.parent = t.idx WHERE :sub)";

/// The order of MoUs `u` by force period, as the registry gives them.
const MOU_ORDER: &str = "ORDER BY u.f0, u.f1, u.idx";

/// The accesses SQLite has for a query: both for the queries by period alone, the indexes
/// for every other.
pub fn accesses(q: &Query) -> &'static [Access] {
    match q {
        Query::MeetingsDuring { .. } | Query::MeetingsOn { .. } | Query::MousInForce { .. } => {
            &[Access::Index, Access::RTree]
        }
        _ => &[Access::Index],
    }
}

/// The SQL of a fixed-shape query through an access; a query with no R*Tree form (see
/// [`accesses`]) has one SQL for both.
fn access_sql(q: &Query, access: Access) -> &'static str {
    use std::sync::OnceLock;
    macro_rules! once {
        ($e:expr) => {{
            static S: OnceLock<String> = OnceLock::new();
            S.get_or_init(|| $e).as_str()
        }};
    }
    match (q, access) {
        (Query::MeetingsDuring { .. }, Access::RTree) => once!(format!(
            "SELECT m.id FROM meeting_span s CROSS JOIN meeting m ON m.idx = s.idx
             WHERE s.d0 <= ?2 AND s.d1 >= ?1 {DATE_ORDER}"
        )),
        (Query::MeetingsOn { .. }, Access::RTree) => once!(format!(
            "SELECT m.id, {MEETING_COVERAGE}
             FROM meeting_span s CROSS JOIN meeting m ON m.idx = s.idx
             WHERE s.d0 <= :d AND s.d1 >= :d {DATE_ORDER}"
        )),
        (Query::MousInForce { .. }, Access::RTree) => once!(format!(
            "SELECT u.id, {MOU_CERTAIN}
             FROM mou_span s CROSS JOIN mou u ON u.idx = s.idx
             WHERE s.f0 <= :d AND s.f1 >= :d {MOU_ORDER}"
        )),
        _ => fixed_sql(q),
    }
}

fn fixed_sql(q: &Query) -> &'static str {
    use std::sync::OnceLock;
    macro_rules! once {
        ($e:expr) => {{
            static S: OnceLock<String> = OnceLock::new();
            S.get_or_init(|| $e).as_str()
        }};
    }
    match q {
        Query::TimelineOfOfficial { .. } => once!(format!(
            "SELECT m.id FROM meeting m
             WHERE m.idx IN (SELECT meeting FROM participant
                             WHERE official = (SELECT idx FROM official WHERE id = ?1))
               AND m.d0 <= ?3 AND m.d1 >= ?2
             {DATE_ORDER}"
        )),
        Query::TimelineOfOrganization { .. } => once!(format!(
            "WITH RECURSIVE {}
             SELECT m.id FROM meeting m
             WHERE m.idx IN (SELECT meeting FROM participant WHERE org IN tree)
               AND m.d0 <= ?3 AND m.d1 >= ?2
             {DATE_ORDER}",
            org_tree("tree", "?1", "?4")
        )),
        Query::MeetingsDuring { .. } => once!(format!(
            "SELECT m.id FROM meeting m WHERE m.d0 <= ?2 AND m.d1 >= ?1 {DATE_ORDER}"
        )),
        Query::MeetingsOn { .. } => once!(format!(
            "SELECT m.id, {MEETING_COVERAGE}
             FROM meeting m WHERE m.d0 <= :d AND m.d1 >= :d {DATE_ORDER}"
        )),
        Query::Counterparts { .. } => once!(format!(
            // ?1 an organization id or NULL, ?2 a state or NULL.
            "WITH me(state) AS (SELECT ?2),
             us(idx) AS (SELECT idx FROM organization WHERE id = ?1),
             mine(meeting) AS (
                SELECT meeting FROM participant WHERE org = (SELECT idx FROM us)
                UNION SELECT meeting FROM participant WHERE state = (SELECT state FROM me)),
             {COUNTERPARTS}"
        )),
        Query::CounterpartsDuring {
            scope: Scope::Exact,
            ..
        } => once!(format!(
            // ?1 the organization, ?2 and ?3 the period's days, ?4 the kinds as a JSON array.
            // One organization by a scalar subquery: SQLite runs it 3-4 times faster than the
            // tree of sub-bodies below with one body in it (its `IN` list materialized).
            "WITH me(state) AS (SELECT NULL),
             us(idx) AS (SELECT idx FROM organization WHERE id = ?1),
             mine(meeting) AS (
                SELECT p.meeting FROM participant p JOIN meeting m ON m.idx = p.meeting
                WHERE p.org = (SELECT idx FROM us) AND {IN_PERIOD_AND_KINDS}),
             {COUNTERPARTS}"
        )),
        Query::CounterpartsDuring { .. } => once!(format!(
            // With sub-bodies, the same parameters: the organization and every body below it.
            // A meeting of two of them is in `mine` twice, and counted once (`pairs`).
            "WITH RECURSIVE me(state) AS (SELECT NULL), {},
             mine(meeting) AS (
                SELECT p.meeting FROM participant p JOIN meeting m ON m.idx = p.meeting
                WHERE p.org IN us AND {IN_PERIOD_AND_KINDS}),
             {COUNTERPARTS}",
            org_tree("us", "?1", "1")
        )),
        Query::StateCounterpartsDuring {
            scope: StateScope::Exact,
            ..
        } => once!(format!(
            // ?1 the state, ?2 and ?3 the period's days, ?4 the kinds as a JSON array. The
            // state alone, no organization: no tree of government bodies to build (SQLite ran
            // the statement with an empty tree half as fast).
            "WITH me(state) AS (SELECT ?1), us(idx) AS (SELECT NULL WHERE 0),
             mine(meeting) AS (
                SELECT p.meeting FROM participant p JOIN meeting m ON m.idx = p.meeting
                WHERE p.state = ?1 AND {IN_PERIOD_AND_KINDS}),
             {COUNTERPARTS}"
        )),
        Query::StateCounterpartsDuring { .. } => once!(format!(
            // With its government, the same parameters. The state's meetings as a state, then
            // its bodies': a meeting of both is in `mine` twice, and counted once (`pairs`).
            "WITH RECURSIVE me(state) AS (SELECT ?1), {},
             mine(meeting) AS (
                SELECT p.meeting FROM participant p JOIN meeting m ON m.idx = p.meeting
                WHERE p.state = ?1 AND {IN_PERIOD_AND_KINDS}
                UNION ALL
                SELECT p.meeting FROM participant p JOIN meeting m ON m.idx = p.meeting
                WHERE p.org IN us AND {IN_PERIOD_AND_KINDS}),
             {COUNTERPARTS}",
            government_tree("us", "?1")
        )),
        Query::MeetingsOfState {
            scope: StateScope::Exact,
            ..
        } => once!(format!(
            // ?1 the state, ?2 and ?3 the period's days.
            "SELECT m.id FROM meeting m
             WHERE m.idx IN (SELECT meeting FROM participant WHERE state = ?1)
               AND m.d0 <= ?3 AND m.d1 >= ?2
             {DATE_ORDER}"
        )),
        Query::MeetingsOfState { .. } => once!(format!(
            // With its government, the same parameters.
            "WITH RECURSIVE {}
             SELECT m.id FROM meeting m
             WHERE m.idx IN (SELECT meeting FROM participant WHERE state = ?1
                             UNION ALL SELECT meeting FROM participant WHERE org IN us)
               AND m.d0 <= ?3 AND m.d1 >= ?2
             {DATE_ORDER}",
            government_tree("us", "?1")
        )),
        Query::Holders { .. } => once!(format!(
            "SELECT o.id, {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM post p JOIN official o ON o.idx = p.official
             WHERE p.org = (SELECT idx FROM organization WHERE id = :org) AND p.role = :role
             ORDER BY p.official, p.seq"
        )),
        Query::HoldersWithin { .. } => once!(format!(
            // The bodies breadth first, children in document order: by depth, then by the
            // path of positions from the root. The CROSS JOIN keeps the tree first: left to
            // itself, SQLite scanned every post and probed the tree for each.
            "WITH RECURSIVE {BFS_TREE}
             SELECT o.id || '@' || b.id, {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM tree t CROSS JOIN post p ON p.org = t.idx AND p.role = :role
                  JOIN official o ON o.idx = p.official JOIN organization b ON b.idx = t.idx
             ORDER BY t.depth, t.path, p.official, p.seq"
        )),
        Query::HoldersByTitle { .. } => once!(format!(
            "SELECT o.id, {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM post p JOIN official o ON o.idx = p.official
             WHERE p.org = (SELECT idx FROM organization WHERE id = :org)
               AND p.title_folded = :title
             ORDER BY p.official, p.seq"
        )),
        Query::ChairWithin { .. } => once!(format!(
            "WITH RECURSIVE {BFS_TREE}
             SELECT c.country || '@' || b.id, {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM tree t CROSS JOIN chairmanship c ON c.org = t.idx
                  JOIN organization b ON b.idx = t.idx
             ORDER BY t.depth, t.path, c.seq"
        )),
        Query::MembersWithin { .. } => once!(format!(
            "WITH RECURSIVE {BFS_TREE}
             SELECT CASE WHEN x.member_org IS NOT NULL THEN 'organization ' || o.id
                         ELSE 'state ' || x.member_state END || '@' || b.id,
                    {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM tree t CROSS JOIN membership x ON x.org = t.idx AND x.status = :status
                  LEFT JOIN organization o ON o.idx = x.member_org
                  JOIN organization b ON b.idx = t.idx
             ORDER BY t.depth, t.path, x.seq"
        )),
        Query::Chair { .. } => once!(format!(
            "SELECT country, {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM chairmanship WHERE org = (SELECT idx FROM organization WHERE id = :org)
             ORDER BY seq"
        )),
        Query::Members { .. } => once!(format!(
            "SELECT CASE WHEN x.member_org IS NOT NULL THEN 'organization ' || o.id
                         ELSE 'state ' || x.member_state END,
                    {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM membership x LEFT JOIN organization o ON o.idx = x.member_org
             WHERE x.org = (SELECT idx FROM organization WHERE id = :org) AND x.status = :status
             ORDER BY x.seq"
        )),
        Query::MousBetween { .. } => once!(format!(
            "WITH RECURSIVE {}, {}
             SELECT u.id FROM mou u
             WHERE u.idx IN (SELECT x.mou FROM mou_party x
                             JOIN mou_party y ON y.mou = x.mou AND y.org <> x.org
                             WHERE x.org IN ta AND y.org IN tb)
             ORDER BY u.idx",
            org_tree("ta", "?1", "?3"),
            org_tree("tb", "?2", "?3")
        )),
        Query::MousInForce { .. } => once!(format!(
            // The force period, from taking effect (or signature) to expiry, is `(f0, f1)`:
            // NULL for a draft, never in force.
            "SELECT u.id, {MOU_CERTAIN}
             FROM mou u WHERE u.f0 <= :d AND u.f1 >= :d {MOU_ORDER}"
        )),
        Query::MousOf { .. } => once!(format!(
            "WITH RECURSIVE {}
             SELECT u.id FROM mou u
             WHERE u.idx IN (SELECT mou FROM mou_party WHERE org IN tree)
             ORDER BY u.idx",
            org_tree("tree", "?1", "?2")
        )),
        Query::MousInForceWith { .. } => once!(format!(
            "WITH RECURSIVE {}, {}
             SELECT u.id, {MOU_CERTAIN} FROM mou u
             WHERE u.idx IN (SELECT x.mou FROM mou_party x
                             JOIN mou_party y ON y.mou = x.mou AND y.org <> x.org
                             WHERE x.org IN ta AND y.org IN tb)
               AND u.f0 <= :d AND u.f1 >= :d
             ORDER BY u.idx",
            org_tree("ta", ":a", ":sub"),
            org_tree("tb", ":b", ":sub")
        )),
        Query::PostsOn { .. } => once!(format!(
            "SELECT o.id || ' ' || p.seq, {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM post p JOIN organization o ON o.idx = p.org
             WHERE p.official = (SELECT idx FROM official WHERE id = :official)
             ORDER BY p.seq"
        )),
        Query::PostsAt { .. } => once!(format!(
            // Body by body as `HoldersWithin`, each body's posts by role (in the registry's
            // order of roles), official and post.
            "WITH RECURSIVE {BFS_TREE}
             SELECT o.id || ' ' || p.seq || '@' || b.id, {COVERS}, (e1 IS NOT NULL AND e1 < :d), (s0 IS NOT NULL AND s0 > :d)
             FROM tree t CROSS JOIN post p ON p.org = t.idx
                  JOIN official o ON o.idx = p.official JOIN organization b ON b.idx = t.idx
             ORDER BY t.depth, t.path, {}, p.official, p.seq",
            role_order("p.role")
        )),
        Query::MeetingsInvoking { .. } => once!(format!(
            "SELECT m.id FROM meeting m
             WHERE m.idx IN (SELECT meeting FROM meeting_mou
                             WHERE mou = (SELECT idx FROM mou WHERE id = ?1))
             {DATE_ORDER}"
        )),
        Query::MeetingsInDimension { .. } => once!(format!(
            "WITH RECURSIVE tree(idx) AS (
                SELECT idx FROM dimension WHERE id = ?1
                UNION SELECT d.idx FROM dimension d JOIN tree t ON d.parent = t.idx WHERE ?2)
             SELECT m.id FROM meeting m
             WHERE m.idx IN (SELECT meeting FROM meeting_dimension WHERE dim IN tree)
             {DATE_ORDER}"
        )),
        Query::MeetingsOfKind { .. } => once!(format!(
            "SELECT m.id FROM meeting m WHERE m.kind = ?1 {DATE_ORDER}"
        )),
        Query::MeetingsWithStatus { .. } => once!(format!(
            "SELECT m.id FROM meeting m WHERE m.status = ?1 {DATE_ORDER}"
        )),
        Query::MeetingsInCountry { .. } => once!(format!(
            "SELECT m.id FROM meeting m WHERE m.country = ?1 {DATE_ORDER}"
        )),
        Query::MeetingsInCity { .. } => once!(format!(
            "SELECT m.id FROM meeting m WHERE m.city_folded = ?1 {DATE_ORDER}"
        )),
        Query::RelatedTo { .. } => once!(
            // Breadth first, each meeting once at its smallest depth; among the paths of that
            // depth the first in breadth-first order wins, which is the path whose edges
            // (pointing meeting, relation position) are smallest in turn: `path` spells them
            // out in fixed width so that text order is that order. Relations have no cycles
            // (validation refuses them). CROSS JOIN keeps SQLite from scanning every meeting
            // in date order to avoid a sort.
            "WITH RECURSIVE
             start(idx) AS (SELECT idx FROM meeting WHERE id = :event),
             walk(meeting, kind, depth, path) AS (
                SELECT r.meeting, r.kind, 1, printf('%010d%05d', r.meeting, r.seq)
                FROM relation r
                WHERE r.target = (SELECT idx FROM start)
                  AND (:kinds = '' OR instr(:kinds, ',' || r.kind || ',') > 0)
                UNION ALL
                SELECT r.meeting, r.kind, w.depth + 1,
                       w.path || printf('%010d%05d', r.meeting, r.seq)
                FROM walk w JOIN relation r ON r.target = w.meeting
                WHERE :transitive
                  AND (:kinds = '' OR instr(:kinds, ',' || r.kind || ',') > 0)),
             best AS (
                SELECT meeting, kind, depth,
                    ROW_NUMBER() OVER (PARTITION BY meeting ORDER BY depth, path) AS n
                FROM walk WHERE meeting <> (SELECT idx FROM start))
             SELECT m.id, b.kind, b.depth FROM best b CROSS JOIN meeting m ON m.idx = b.meeting
             WHERE b.n = 1
             ORDER BY m.d0, m.d1, m.idx"
                .to_owned()
        ),
        Query::OfficialsMet { .. } => once!(format!(
            "WITH me(idx) AS (SELECT idx FROM official WHERE id = ?1),
             mine(meeting) AS (
                SELECT DISTINCT meeting FROM participant WHERE official = (SELECT idx FROM me)),
             {MET}"
        )),
        Query::MetDuring { .. } => once!(format!(
            // ?1 the official, ?2 and ?3 the period's days, ?4 the kinds as a JSON array.
            "WITH me(idx) AS (SELECT idx FROM official WHERE id = ?1),
             mine(meeting) AS (
                SELECT DISTINCT p.meeting FROM participant p JOIN meeting m ON m.idx = p.meeting
                WHERE p.official = (SELECT idx FROM me) AND {IN_PERIOD_AND_KINDS}),
             {MET}"
        )),
        Query::FindOfficials { .. } | Query::FindOrganizations { .. } | Query::Composed(_) => "",
    }
}

/// Name search: every word of the query begins a word of one of the record's names. `?1`
/// is the folded query; then two parameters (low, high) per word.
fn find_sql(kind: i64, words: &[String]) -> String {
    let (table, exact) = if kind == 0 {
        (
            "organization",
            "(t.name_folded = ?1 OR t.acronym_folded IS ?1)",
        )
    } else {
        ("official", "t.name_folded = ?1")
    };
    let mut sql = format!("SELECT t.id FROM {table} t WHERE 1");
    for i in 0..words.len() {
        let _ = write!(
            sql,
            " AND t.idx IN (SELECT owner FROM name_word
                            WHERE word >= ?{} AND word < ?{} AND owner_kind = {kind})",
            2 + 2 * i,
            3 + 2 * i
        );
    }
    let _ = write!(sql, " ORDER BY NOT {exact}, t.idx");
    sql
}

/// The composable query as SQL: parameters in the order involving, with, dimension, kind,
/// status, country, period end, period start.
fn composed_sql(c: &Composed) -> String {
    let mut sql = String::from("SELECT m.id FROM meeting m WHERE 1");
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    if c.involving.is_some() {
        let _ = write!(
            sql,
            " AND m.idx IN (SELECT meeting FROM participant
                            WHERE org = (SELECT idx FROM organization WHERE id = ?{}))",
            next()
        );
    }
    if c.with.is_some() {
        let _ = write!(
            sql,
            " AND m.idx IN (SELECT meeting FROM participant
                            WHERE official = (SELECT idx FROM official WHERE id = ?{}))",
            next()
        );
    }
    if c.dimension.is_some() {
        let _ = write!(
            sql,
            " AND m.idx IN (SELECT meeting FROM meeting_dimension WHERE dim IN (
                WITH RECURSIVE tree(idx) AS (
                    SELECT idx FROM dimension WHERE id = ?{}
                    UNION SELECT d.idx FROM dimension d JOIN tree t ON d.parent = t.idx)
                SELECT idx FROM tree))",
            next()
        );
    }
    if c.kind.is_some() {
        let _ = write!(sql, " AND m.kind = ?{}", next());
    }
    if c.status.is_some() {
        let _ = write!(sql, " AND m.status = ?{}", next());
    }
    if c.country.is_some() {
        let _ = write!(sql, " AND m.country = ?{}", next());
    }
    if c.period.is_some() {
        let b = next();
        let a = next();
        let _ = write!(sql, " AND m.d0 <= ?{b} AND m.d1 >= ?{a}");
    }
    if c.city.is_some() {
        let _ = write!(sql, " AND m.city_folded = ?{}", next());
    }
    if c.mou.is_some() {
        let _ = write!(
            sql,
            " AND m.idx IN (SELECT meeting FROM meeting_mou
                            WHERE mou = (SELECT idx FROM mou WHERE id = ?{}))",
            next()
        );
    }
    sql.push(' ');
    sql.push_str(DATE_ORDER);
    if c.limit.is_some() {
        let _ = write!(sql, " LIMIT ?{}", next());
    }
    sql
}
