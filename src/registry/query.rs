//! A composable query over meetings.

use crate::country::CountryCode;
use crate::meeting::{Meeting, MeetingKind, MeetingStatus};
use crate::period::Period;
use crate::registry::timeline::{Day, MeetingList};
use crate::registry::{
    DimensionRef, DimensionScope, OfficialRef, OrganizationRef, Registry, Scope, extent,
};

/// Meetings matching every condition given (AND), built from
/// [`Registry::meetings`] and run with [`run`](Self::run).
///
/// The query starts from the most selective index among its conditions — the shortest
/// list of candidates, estimated in O(log n) each — and checks the other conditions on
/// each candidate. Records are given as handles of the registry; a handle of another
/// registry is looked up by its id, and matches nothing when this registry does not hold it.
///
/// ```
/// # use multilateral::{DimensionId, MeetingKind, OfficialId, OrganizationId, Period, Registry};
/// # use multilateral::registry::{DimensionScope, Scope};
/// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
/// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
/// let sarybay = registry.official(&OfficialId::from_static("kairat-sarybay")).unwrap();
/// let environment = registry.dimension(&DimensionId::from_static("cica-environmental")).unwrap();
/// let found = registry
///     .meetings()
///     .involving(cica, Scope::Exact)
///     .with(sarybay)
///     .in_dimension(environment, DimensionScope::WithPriorityAreas)
///     .of_kind(MeetingKind::Bilateral)
///     .during(&"2024-11/2024-11".parse()?)
///     .in_country("CH".parse()?)
///     .run();
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].id, "sarybay-gordon-2024-11");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[must_use = "a query does nothing until run"]
pub struct MeetingQuery<'r> {
    registry: &'r Registry,
    /// Each `involving` condition: the organizations in its scope (any of them).
    organizations: Vec<Vec<usize>>,
    officials: Vec<usize>,
    /// Each `in_dimension` condition: the dimensions in its scope (any of them).
    dimensions: Vec<Vec<usize>>,
    kind: Option<MeetingKind>,
    status: Option<MeetingStatus>,
    country: Option<CountryCode>,
    period: Option<(Day, Day)>,
    impossible: bool,
}

impl Registry {
    /// Starts a composable query over all meetings.
    pub fn meetings(&self) -> MeetingQuery<'_> {
        MeetingQuery {
            registry: self,
            organizations: Vec::new(),
            officials: Vec::new(),
            dimensions: Vec::new(),
            kind: None,
            status: None,
            country: None,
            period: None,
            impossible: false,
        }
    }
}

impl<'r> MeetingQuery<'r> {
    /// Meetings in which this organization took part; with [`Scope::WithSubBodies`], it or
    /// one of its bodies.
    pub fn involving(mut self, organization: OrganizationRef<'_>, scope: Scope) -> Self {
        match organization.in_registry(self.registry) {
            Some(o) => self
                .organizations
                .push(self.registry.org_tree(o.index(), scope)),
            None => self.impossible = true,
        }
        self
    }

    /// Meetings at which this official represented a participant.
    pub fn with(mut self, official: OfficialRef<'_>) -> Self {
        match official.in_registry(self.registry) {
            Some(o) => self.officials.push(o.index()),
            None => self.impossible = true,
        }
        self
    }

    /// Meetings that touched this dimension; with [`DimensionScope::WithPriorityAreas`], it
    /// or one of its priority areas.
    pub fn in_dimension(mut self, dimension: DimensionRef<'_>, scope: DimensionScope) -> Self {
        match dimension.in_registry(self.registry) {
            Some(d) => self
                .dimensions
                .push(self.registry.dimension_tree(d.index(), scope)),
            None => self.impossible = true,
        }
        self
    }

    /// Meetings of this kind.
    pub fn of_kind(mut self, kind: MeetingKind) -> Self {
        self.impossible |= self.kind.is_some_and(|k| k != kind);
        self.kind = Some(kind);
        self
    }

    /// Meetings with this status.
    pub fn with_status(mut self, status: MeetingStatus) -> Self {
        self.impossible |= self.status.is_some_and(|s| s != status);
        self.status = Some(status);
        self
    }

    /// Meetings that may overlap this period.
    pub fn during(mut self, period: &Period) -> Self {
        let (a, b) = extent(period);
        let (a, b) = match self.period {
            Some((x, y)) => (a.max(x), b.min(y)),
            None => (a, b),
        };
        self.impossible |= a > b;
        self.period = Some((a, b));
        self
    }

    /// Meetings held in this country.
    pub fn in_country(mut self, country: CountryCode) -> Self {
        self.impossible |= self.country.is_some_and(|c| c != country);
        self.country = Some(country);
        self
    }

    /// The candidate lists each condition offers; a dimension offers several (its areas). All
    /// meetings when no condition offers any.
    fn sources(&self) -> Vec<Vec<&'r MeetingList>> {
        let r = self.registry;
        let mut out: Vec<Vec<&MeetingList>> = Vec::new();
        out.extend(self.organizations.iter().map(|tree| {
            tree.iter()
                .map(|&o| {
                    r.by_organization
                        .get(o)
                        .expect("an organization of the registry")
                })
                .collect()
        }));
        out.extend(
            self.officials
                .iter()
                .map(|&o| vec![r.by_official.get(o).expect("an official of the registry")]),
        );
        out.extend(self.dimensions.iter().map(|tree| {
            tree.iter()
                .map(|&d| r.by_dimension.get(d).expect("a dimension of the registry"))
                .collect()
        }));
        let empty: Vec<&MeetingList> = Vec::new();
        if let Some(k) = self.kind {
            out.push(r.by_kind.get(&k).map_or_else(|| empty.clone(), |l| vec![l]));
        }
        if let Some(s) = self.status {
            out.push(
                r.by_status
                    .get(&s)
                    .map_or_else(|| empty.clone(), |l| vec![l]),
            );
        }
        if let Some(c) = self.country {
            out.push(
                r.by_country
                    .get(&c)
                    .map_or_else(|| empty.clone(), |l| vec![l]),
            );
        }
        // Every other source is part of all meetings, so it never offers more candidates:
        // all meetings are the start only when nothing else is (and their estimate, a
        // dozen binary searches over the largest list, is not paid otherwise).
        if out.is_empty() {
            out.push(vec![&r.all_meetings]);
        }
        out
    }

    /// Whether the meeting of `rank` meets every condition but the period (which
    /// [`run`](Self::run) applies to its starting list): membership of the indexed lists in
    /// O(log n) each, the rest from facts kept by rank (no record is read).
    fn accepts(&self, rank: u32) -> bool {
        let r = self.registry;
        let spans = &r.spans;
        let within = |lists: &Vec<MeetingList>, i: &usize| {
            lists
                .get(*i)
                .expect("a record of the registry")
                .contains(rank, spans)
        };
        let &(kind, status, country) = r.facts.get(rank as usize).expect("facts by rank");
        self.kind.is_none_or(|k| kind == k)
            && self.status.is_none_or(|s| status == s)
            && self.country.is_none_or(|c| country == Some(c))
            && self
                .organizations
                .iter()
                .all(|tree| tree.iter().any(|o| within(&r.by_organization, o)))
            && self.officials.iter().all(|o| within(&r.by_official, o))
            && self
                .dimensions
                .iter()
                .all(|tree| tree.iter().any(|d| within(&r.by_dimension, d)))
    }

    /// Runs the query: the matching meetings in date order.
    ///
    /// Cost: O(c log n + k') where c is the number of conditions and k' the candidates of
    /// the most selective one, with their [near misses](crate::registry#order-and-cost) when
    /// it is a period.
    pub fn run(self) -> Vec<&'r Meeting> {
        if self.impossible {
            return Vec::new();
        }
        let r = self.registry;
        let (a, b) = self.period.unwrap_or((Day::MIN, Day::MAX));
        let best = self.sources().into_iter().min_by_key(|lists| {
            lists
                .iter()
                .map(|l| l.estimate(a, b, &r.spans))
                .sum::<usize>()
        });
        let best = best.expect("some list is always a source (all meetings when nothing else is)");
        MeetingList::union_during(best, a, b, &r.spans)
            .into_iter()
            .filter(|&rank| self.accepts(rank))
            .map(|rank| r.meeting_of_rank(rank))
            .collect()
    }
}
