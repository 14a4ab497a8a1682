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
    officials: Few<usize>,
    /// Each `in_dimension` condition: the dimensions in its scope (any of them).
    dimensions: Vec<Vec<usize>>,
    kind: Option<MeetingKind>,
    status: Option<MeetingStatus>,
    country: Option<CountryCode>,
    period: Option<(Day, Day)>,
    /// Each `involving_state` condition: the lists of the party (any of them).
    states: Vec<Vec<&'r MeetingList>>,
    /// Each `in_city` condition: the city's list.
    cities: Few<&'r MeetingList>,
    /// Each `invoking` condition: the MoU's list.
    mous: Few<&'r MeetingList>,
    limit: Option<usize>,
    impossible: bool,
}

impl Registry {
    /// Starts a composable query over all meetings.
    #[inline]
    pub fn meetings(&self) -> MeetingQuery<'_> {
        MeetingQuery {
            registry: self,
            organizations: Vec::new(),
            officials: Few::new(),
            dimensions: Vec::new(),
            kind: None,
            status: None,
            country: None,
            period: None,
            states: Vec::new(),
            cities: Few::new(),
            mous: Few::new(),
            limit: None,
            impossible: false,
        }
    }
}

impl<'r> MeetingQuery<'r> {
    /// Meetings in which this organization took part; with [`Scope::WithSubBodies`], it or
    /// one of its bodies.
    #[inline]
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
    #[inline]
    pub fn with(mut self, official: OfficialRef<'_>) -> Self {
        match official.in_registry(self.registry) {
            Some(o) => self.officials.push(o.index()),
            None => self.impossible = true,
        }
        self
    }

    /// Meetings that touched this dimension; with [`DimensionScope::WithPriorityAreas`], it
    /// or one of its priority areas.
    #[inline]
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
    #[inline]
    pub fn of_kind(mut self, kind: MeetingKind) -> Self {
        self.impossible |= self.kind.is_some_and(|k| k != kind);
        self.kind = Some(kind);
        self
    }

    /// Meetings with this status.
    #[inline]
    pub fn with_status(mut self, status: MeetingStatus) -> Self {
        self.impossible |= self.status.is_some_and(|s| s != status);
        self.status = Some(status);
        self
    }

    /// Meetings that may overlap this period.
    #[inline]
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
    #[inline]
    pub fn in_country(mut self, country: CountryCode) -> Self {
        self.impossible |= self.country.is_some_and(|c| c != country);
        self.country = Some(country);
        self
    }

    /// Meetings in which this state took part as a state; with
    /// [`StateScope::WithGovernment`], it or one of its government bodies (see
    /// [`StateRef::government`]).
    #[inline]
    pub fn involving_state(mut self, state: StateRef<'_>, scope: StateScope) -> Self {
        // A state is any country code: one of another registry is the same state here.
        let (_, lists) = self.registry.state(state.code()).as_party(scope);
        self.states.push(lists);
        self
    }

    /// Meetings held in this city, matched as names are (see
    /// [`Registry::meetings_in_city`]: "geneve" finds "Genève" but not "Geneva").
    #[inline]
    pub fn in_city(mut self, city: &str) -> Self {
        match self.registry.by_city.get(&fold_name(city)) {
            Some(list) => self.cities.push(list),
            None => self.impossible = true,
        }
        self
    }

    /// Meetings that invoked this MoU (listed it in `mous`, or in an outcome).
    #[inline]
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
    #[inline]
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = Some(self.limit.map_or(n, |l| l.min(n)));
        self
    }

    /// Gives `f` the candidate lists each condition offers, with the condition; a dimension
    /// offers several (its areas). All meetings when no condition offers any. Nothing is
    /// collected: the planner keeps only the best so far.
    fn each_source(&self, mut f: impl FnMut(Condition, Lists<'r>)) {
        use Condition as C;
        let r = self.registry;
        let org = |&o: &usize| {
            r.by_organization
                .get(o)
                .expect("an organization of the registry")
        };
        let dimension = |&d: &usize| r.by_dimension.get(d).expect("a dimension of the registry");
        let mut any = false;
        let mut out = |c: Condition, l: Lists<'r>| {
            any = true;
            f(c, l);
        };
        for (i, tree) in self.organizations.iter().enumerate() {
            out(C::Organization(i), Lists::gather(tree.iter().map(org)));
        }
        for (i, o) in self.officials.iter().enumerate() {
            let list = r.by_official.get(*o).expect("an official of the registry");
            out(C::Official(i), Lists::One(list));
        }
        for (i, tree) in self.dimensions.iter().enumerate() {
            out(C::Dimension(i), Lists::gather(tree.iter().map(dimension)));
        }
        if let Some(k) = self.kind {
            out(C::Kind, Lists::of(r.by_kind.get(&k)));
        }
        if let Some(s) = self.status {
            out(C::Status, Lists::of(r.by_status.get(&s)));
        }
        if let Some(c) = self.country {
            out(C::Country, Lists::of(r.by_country.get(&c)));
        }
        for (i, lists) in self.states.iter().enumerate() {
            out(C::State(i), Lists::gather(lists.iter().copied()));
        }
        for (i, &l) in self.cities.iter().enumerate() {
            out(C::City(i), Lists::One(l));
        }
        for (i, &l) in self.mous.iter().enumerate() {
            out(C::Mou(i), Lists::One(l));
        }
        // Every other source is part of all meetings, so it never offers more candidates:
        // all meetings are the start only when nothing else is (and their estimate, a
        // dozen binary searches over the largest list, is not paid otherwise).
        if !any {
            f(C::Everything, Lists::One(&r.all_meetings));
        }
    }

    /// How many conditions the query has, the period aside.
    fn conditions(&self) -> usize {
        self.organizations.len()
            + self.officials.len()
            + self.dimensions.len()
            + usize::from(self.kind.is_some())
            + usize::from(self.status.is_some())
            + usize::from(self.country.is_some())
            + self.states.len()
            + self.cities.len()
            + self.mous.len()
    }

    /// Whether the meeting of `rank` meets every condition but the period (which
    /// [`run`](Self::run) applies to its starting list) and `source`, the condition whose
    /// lists it came from: membership of the indexed lists in O(log n) each, the rest from
    /// facts kept by rank (no record is read).
    fn accepts(&self, rank: u32, source: Condition) -> bool {
        use Condition as C;
        let r = self.registry;
        let spans = &r.spans;
        let within = |lists: &Vec<MeetingList>, i: &usize| {
            lists
                .get(*i)
                .expect("a record of the registry")
                .contains(rank, spans)
        };
        let &(kind, status, country) = r.facts.get(rank as usize).expect("facts by rank");
        (source == C::Kind || self.kind.is_none_or(|k| kind == k))
            && (source == C::Status || self.status.is_none_or(|s| status == s))
            && (source == C::Country || self.country.is_none_or(|c| country == Some(c)))
            && self.organizations.iter().enumerate().all(|(i, tree)| {
                source == C::Organization(i) || tree.iter().any(|o| within(&r.by_organization, o))
            })
            && self
                .officials
                .iter()
                .enumerate()
                .all(|(i, o)| source == C::Official(i) || within(&r.by_official, o))
            && self.dimensions.iter().enumerate().all(|(i, tree)| {
                source == C::Dimension(i) || tree.iter().any(|d| within(&r.by_dimension, d))
            })
            && self.states.iter().enumerate().all(|(i, lists)| {
                source == C::State(i) || lists.iter().any(|l| l.contains(rank, spans))
            })
            && self
                .cities
                .iter()
                .enumerate()
                .all(|(i, l)| source == C::City(i) || l.contains(rank, spans))
            && self
                .mous
                .iter()
                .enumerate()
                .all(|(i, l)| source == C::Mou(i) || l.contains(rank, spans))
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
        let ranks = self.gathered();
        r.meetings_of_ranks(&ranks)
    }

    /// The ranks of the matching meetings, gathered from the most selective condition's
    /// lists and sorted once; the other conditions are checked on each (the chosen one is
    /// not checked again, and nothing is when it is the only one).
    fn gathered(&self) -> Vec<u32> {
        let r = self.registry;
        let (a, b) = self.period.unwrap_or((Day::MIN, Day::MAX));
        let (source, best) = self.best(a, b);
        let mut ranks = match best {
            Lists::One(list) => list.during(a, b, &r.spans),
            Lists::None => Vec::new(),
            Lists::Many(lists) => MeetingList::union_during(lists, a, b, &r.spans),
        };
        if self.conditions() > 1 {
            ranks.retain(|&rank| self.accepts(rank, source));
        }
        ranks
    }

    /// The most selective condition and its lists: the shortest list of candidates,
    /// estimated in O(log n) for each list; with one condition, that one, unestimated.
    fn best(&self, a: Day, b: Day) -> (Condition, Lists<'r>) {
        let r = self.registry;
        if self.conditions() <= 1 {
            return self.sole();
        }
        let mut best: Option<(usize, Condition, Lists<'r>)> = None;
        self.each_source(|c, lists| {
            let estimate = lists
                .as_slice()
                .iter()
                .map(|l| l.estimate(a, b, &r.spans))
                .sum::<usize>();
            if best.as_ref().is_none_or(|&(e, _, _)| estimate < e) {
                best = Some((estimate, c, lists));
            }
        });
        let (_, c, lists) =
            best.expect("some list is always a source (all meetings when nothing else is)");
        (c, lists)
    }

    /// The lists of the one condition there is (all meetings when there is none), without
    /// listing the conditions first: the fixed cost of a query of one condition is that of
    /// the dedicated query.
    fn sole(&self) -> (Condition, Lists<'r>) {
        let mut sole = None;
        self.each_source(|c, lists| {
            sole.get_or_insert((c, lists));
        });
        sole.expect("some list is always a source (all meetings when nothing else is)")
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
        if self.limit.is_some() {
            return self.iter().count();
        }
        if self.impossible {
            return 0;
        }
        self.gathered().len()
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
        let (source, found) = if limit == 0 {
            (Condition::Everything, During::new([], a, b, &r.spans))
        } else {
            let (source, best) = self.best(a, b);
            (
                source,
                During::new(best.as_slice().iter().copied(), a, b, &r.spans),
            )
        };
        let check = self.conditions() > 1;
        Matches {
            query: self,
            found,
            source,
            check,
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
    /// The condition whose lists `found` reads, which its meetings meet already.
    source: Condition,
    /// Whether other conditions are left to check.
    check: bool,
    left: usize,
}

/// A list of conditions of one kind: most queries have one at most, which is kept without
/// an allocation (the fixed cost of a query of one condition is the dedicated query's).
#[derive(Debug, Clone)]
enum Few<T> {
    Inline(Option<T>),
    Heap(Vec<T>),
}

impl<T: Copy> Few<T> {
    fn new() -> Self {
        Few::Inline(None)
    }

    fn push(&mut self, x: T) {
        match self {
            Few::Inline(None) => *self = Few::Inline(Some(x)),
            Few::Inline(Some(a)) => *self = Few::Heap(vec![*a, x]),
            Few::Heap(v) => v.push(x),
        }
    }

    fn as_slice(&self) -> &[T] {
        match self {
            Few::Inline(None) => &[],
            Few::Inline(Some(x)) => std::slice::from_ref(x),
            Few::Heap(v) => v,
        }
    }

    fn iter(&self) -> std::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    fn len(&self) -> usize {
        self.as_slice().len()
    }
}

/// The lists of candidates a condition offers: most offer one (or none, for a kind no
/// meeting has), an organization with its bodies or a dimension with its areas several.
#[derive(Debug)]
enum Lists<'r> {
    None,
    One(&'r MeetingList),
    Many(Vec<&'r MeetingList>),
}

impl<'r> Lists<'r> {
    fn of(list: Option<&'r MeetingList>) -> Self {
        list.map_or(Lists::None, Lists::One)
    }

    /// Several lists, or one without a vector (an organization without bodies, a dimension
    /// without areas).
    fn gather(mut lists: impl ExactSizeIterator<Item = &'r MeetingList>) -> Self {
        match lists.len() {
            0 => Lists::None,
            1 => lists.next().map_or(Lists::None, Lists::One),
            _ => Lists::Many(lists.collect()),
        }
    }

    fn as_slice(&self) -> &[&'r MeetingList] {
        match self {
            Lists::None => &[],
            Lists::One(list) => std::slice::from_ref(list),
            Lists::Many(lists) => lists,
        }
    }
}

/// A condition of a [`MeetingQuery`], by its kind and its place among those of its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Condition {
    Organization(usize),
    Official(usize),
    Dimension(usize),
    Kind,
    Status,
    Country,
    State(usize),
    City(usize),
    Mou(usize),
    /// No condition: all meetings.
    Everything,
}

impl<'r> Iterator for Matches<'r> {
    type Item = &'r Meeting;

    fn next(&mut self) -> Option<&'r Meeting> {
        if self.left == 0 {
            return None;
        }
        let (query, source, check) = (&self.query, self.source, self.check);
        let rank = self
            .found
            .find(|&rank| !check || query.accepts(rank, source))?;
        self.left -= 1;
        Some(self.query.registry.meeting_of_rank(rank))
    }
}

impl std::iter::FusedIterator for Matches<'_> {}
