//! A composable query over meetings.

use crate::country::CountryCode;
use crate::fold::fold_name;
use crate::meeting::{Meeting, MeetingKind, MeetingStatus};
use crate::period::Period;
use crate::registry::timeline::{Day, During, MeetingList};
use crate::registry::{
    DimensionRef, DimensionScope, MouRef, OfficialRef, OrganizationRef, Registry, Scope, StateRef,
    StateScope, extent,
};

/// Meetings matching every condition given (AND), built from
/// [`Registry::meetings`] and run with [`run`](Self::run) (all of them in a list),
/// [`iter`](Self::iter) (found as read) or [`count`](Self::count).
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
    /// Each `involving_state` condition: the lists of the party (any of them).
    states: Vec<Vec<&'r MeetingList>>,
    /// Each `in_city` condition: the city's list.
    cities: Vec<&'r MeetingList>,
    /// Each `invoking` condition: the MoU's list.
    mous: Vec<&'r MeetingList>,
    limit: Option<usize>,
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
            states: Vec::new(),
            cities: Vec::new(),
            mous: Vec::new(),
            limit: None,
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

    /// Meetings in which this state took part as a state; with
    /// [`StateScope::WithGovernment`], it or one of its government bodies (see
    /// [`StateRef::government`]).
    pub fn involving_state(mut self, state: StateRef<'_>, scope: StateScope) -> Self {
        // A state is any country code: one of another registry is the same state here.
        let (_, lists) = self.registry.state(state.code()).as_party(scope);
        self.states.push(lists);
        self
    }

    /// Meetings held in this city, matched as names are (see
    /// [`Registry::meetings_in_city`]: "geneve" finds "Genève" but not "Geneva").
    pub fn in_city(mut self, city: &str) -> Self {
        match self.registry.by_city.get(&fold_name(city)) {
            Some(list) => self.cities.push(list),
            None => self.impossible = true,
        }
        self
    }

    /// Meetings that invoked this MoU (listed it in `mous`, or in an outcome).
    pub fn invoking(mut self, mou: MouRef<'_>) -> Self {
        match mou.in_registry(self.registry) {
            Some(m) => self.mous.push(
                self.registry
                    .by_mou
                    .get(m.index())
                    .expect("an MoU of the registry"),
            ),
            None => self.impossible = true,
        }
        self
    }

    /// At most `n` meetings: the first `n` in date order. Given twice, the smaller holds.
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = Some(self.limit.map_or(n, |l| l.min(n)));
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
        out.extend(self.states.iter().cloned());
        out.extend(self.cities.iter().map(|&l| vec![l]));
        out.extend(self.mous.iter().map(|&l| vec![l]));
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
            && self
                .states
                .iter()
                .all(|lists| lists.iter().any(|l| l.contains(rank, spans)))
            && self
                .cities
                .iter()
                .chain(&self.mous)
                .all(|l| l.contains(rank, spans))
    }

    /// Runs the query: the matching meetings in date order (at most the [`limit`](Self::limit)).
    ///
    /// Without a limit, the candidates are gathered and sorted once, which is faster than
    /// reading them one by one when all are wanted: O(c log n + k' log k' + k' c log n),
    /// where c is the number of lists the conditions name (one for each condition, or for
    /// each body, area or government body in its scope) and k' the candidates of the most
    /// selective condition, with their [near misses](crate::registry#order-and-cost) when it
    /// is a period. With a limit, the meetings are read as [`iter`](Self::iter) finds them,
    /// only until the limit is reached.
    pub fn run(self) -> Vec<&'r Meeting> {
        if self.limit.is_some() {
            return self.iter().collect();
        }
        if self.impossible {
            return Vec::new();
        }
        let r = self.registry;
        let (a, b) = self.period.unwrap_or((Day::MIN, Day::MAX));
        let best = self.best(a, b);
        MeetingList::union_during(best, a, b, &r.spans)
            .into_iter()
            .filter(|&rank| self.accepts(rank))
            .map(|rank| r.meeting_of_rank(rank))
            .collect()
    }

    /// The most selective condition's lists: the shortest list of candidates, estimated in
    /// O(log n) for each list.
    fn best(&self, a: Day, b: Day) -> Vec<&'r MeetingList> {
        let r = self.registry;
        let best = self.sources().into_iter().min_by_key(|lists| {
            lists
                .iter()
                .map(|l| l.estimate(a, b, &r.spans))
                .sum::<usize>()
        });
        best.expect("some list is always a source (all meetings when nothing else is)")
    }

    /// How many meetings match (at most the [`limit`](Self::limit)), without listing them.
    /// Cost: that of [`iter`](Self::iter) read to the end.
    ///
    /// ```
    /// # use multilateral::{MeetingKind, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// assert_eq!(registry.meetings().of_kind(MeetingKind::Bilateral).count(), 8);
    /// assert_eq!(registry.meetings().in_city("Genève").count(), 0); // folded, not translated
    /// assert_eq!(registry.meetings().in_city("geneva").limit(3).count(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn count(self) -> usize {
        self.iter().count()
    }

    /// The matching meetings in date order, found as they are read: nothing is collected
    /// first, so taking the first few of a large answer reads only the candidates before
    /// them.
    ///
    /// Cost, with c the number of lists the conditions name (one for each condition, or for
    /// each body, area or government body in its scope), s those of the most selective
    /// condition and n the meetings: O(c log n + s log s + t log t) to start — the
    /// conditions' estimates, the search of each list, and the t long meetings of the
    /// chosen lists in the period (those that may last over a year, found in an interval
    /// tree and sorted) — then O(log s + c log n) for each candidate read, near misses
    /// included, until the limit is reached.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let mou = registry.mou(&"iom-cica-mou-2008".parse()?).unwrap();
    /// let invoked: Vec<_> = registry.meetings().invoking(mou).in_city("Geneva").iter().collect();
    /// assert_eq!(invoked.len(), 1);
    /// assert_eq!(invoked[0].id, "sarybay-pope-2024-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(self) -> Matches<'r> {
        let r = self.registry;
        let (a, b) = self.period.unwrap_or((Day::MIN, Day::MAX));
        let limit = if self.impossible {
            0
        } else {
            self.limit.unwrap_or(usize::MAX)
        };
        let found = if limit == 0 {
            During::new([], a, b, &r.spans)
        } else {
            During::new(self.best(a, b), a, b, &r.spans)
        };
        Matches {
            query: self,
            found,
            left: limit,
        }
    }
}

/// The meetings a [`MeetingQuery`] matches, in date order, found as they are read: see
/// [`MeetingQuery::iter`].
#[derive(Debug)]
#[must_use = "an iterator does nothing until read"]
pub struct Matches<'r> {
    query: MeetingQuery<'r>,
    found: During<'r>,
    left: usize,
}

impl<'r> Iterator for Matches<'r> {
    type Item = &'r Meeting;

    fn next(&mut self) -> Option<&'r Meeting> {
        if self.left == 0 {
            return None;
        }
        let rank = self.found.find(|&rank| self.query.accepts(rank))?;
        self.left -= 1;
        Some(self.query.registry.meeting_of_rank(rank))
    }
}

impl std::iter::FusedIterator for Matches<'_> {}
