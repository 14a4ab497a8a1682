//! The whole-path checker: any document, through every stage of the library, checking what
//! must hold whatever the input.
//!
//! The fuzz targets and the robustness tests hand it bytes or text (or a dataset, or a
//! registry); every check either passes or panics with a message that says what broke, so
//! that libFuzzer records a crash and proptest shrinks to the input that caused it. Beyond
//! "no panic, no hang", it checks:
//!
//! - reading bytes and reading the same text agree; a refusal has a stable code, a JSON
//!   pointer, a line inside the text and a short message;
//! - a document that reads is written back and read again unchanged, and writing it again
//!   gives the same text;
//! - every violation has a rule of [`Rule::ALL`] with that rule's severity, a path that
//!   points into the document, a message, and the JSON form `{severity, code, path,
//!   message}`;
//! - a registry is built exactly when validation finds no error, and keeps the warnings;
//! - every query of the registry answers, for every organization, official, meeting, MoU,
//!   dimension and state of the document and an id it does not hold, on days and periods
//!   around its dates; and every query is compared with a scan of the records (in date
//!   order, each meeting once): lookups by id, meetings of each record, kind, status,
//!   country, city, day and period, the composable query under every condition, holders,
//!   chairs and members on a day, MoUs between two organizations and in force on a day,
//!   related meetings, counterparts, officials met, the cooperation network and name
//!   search.
//!
//! The scans are naive on purpose (they read every record for every question), so the
//! checker is for small documents: the fixtures, their mutations, fuzz inputs.

use crate::tenure::{Days, chair_days, holding_days, member_days};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use multilateral::chrono::Datelike;
use multilateral::registry::{DateStatus, Depth, DimensionScope, OnDate, PostFilter, Scope};
use multilateral::{
    CountryCode, Coverage, Dataset, DimensionId, MeetingId, MeetingKind, MeetingStatus,
    MembershipStatus, MouId, NaiveDate, OfficialId, OrganizationId, ParseError, Party, Period,
    PostRole, Registry, RelationKind, Report, Rule, fold_name,
};

/// How far a document went along the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// It does not read; the error was checked.
    Unreadable,
    /// It reads, but validation finds errors, and the registry refuses it.
    Invalid,
    /// It reads and validates (perhaps with warnings); the registry answered every query.
    Indexed,
}

/// The longest message or path a reading error may have, in bytes: errors quote an
/// excerpt of what they refuse, never the whole of a long input.
pub const MAX_ERROR_LEN: usize = 1024;

/// Reads `bytes` as a document and checks everything that follows.
///
/// # Panics
///
/// When a check fails: the message says which.
pub fn check_bytes(bytes: &[u8]) -> Outcome {
    let from_slice = Dataset::from_slice(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        assert_eq!(
            from_slice,
            Dataset::from_json(text),
            "reading the bytes and reading the text disagree"
        );
    }
    match from_slice {
        Ok(data) => check_dataset(&data),
        Err(e) => {
            check_parse_error(&e, bytes);
            Outcome::Unreadable
        }
    }
}

/// Reads `text` as a document and checks everything that follows: see [`check_bytes`].
///
/// # Panics
///
/// When a check fails.
pub fn check_text(text: &str) -> Outcome {
    check_bytes(text.as_bytes())
}

/// Checks a refusal to read `bytes`: its code, its path, its line and the length of its
/// message.
///
/// # Panics
///
/// When a check fails.
pub fn check_parse_error(e: &ParseError, bytes: &[u8]) {
    assert!(
        ["invalid-json", "invalid-data", "truncated-json"].contains(&e.code()),
        "{e}"
    );
    assert_eq!(e.code(), e.kind().code(), "{e}");
    assert!(!e.message().is_empty(), "an error without a message");
    assert!(
        e.path().is_empty() || e.path().starts_with('/'),
        "not a JSON pointer: {e}"
    );
    let lines = bytes.split(|&b| b == b'\n').count();
    assert!(
        (1..=lines).contains(&e.line()),
        "line {} of a text of {lines} lines: {e}",
        e.line()
    );
    assert!(
        e.message().len() <= MAX_ERROR_LEN && e.path().len() <= MAX_ERROR_LEN,
        "an error of {} bytes at a path of {} bytes",
        e.message().len(),
        e.path().len()
    );
    let shown = e.to_string();
    assert!(shown.contains(e.message()), "{shown}");
}

/// Writes `data` back and reads it again, validates it, and builds a registry exactly when
/// there is no error; then runs every query ([`check_registry`]).
///
/// # Panics
///
/// When a check fails.
pub fn check_dataset(data: &Dataset) -> Outcome {
    let text = data.to_json_pretty();
    let again = Dataset::from_json(&text)
        .unwrap_or_else(|e| panic!("a written document does not read back: {e}\n{text}"));
    assert_eq!(&again, data, "the document changed on a round trip");
    assert_eq!(
        again.to_json_pretty(),
        text,
        "writing the document again changed it"
    );

    let report = data.validate();
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("written JSON is not JSON: {e}"));
    check_report(&report, &value);

    match Registry::new(data.clone()) {
        Ok(registry) => {
            assert!(
                !report.has_errors(),
                "a registry was built over errors:\n{report}"
            );
            assert_eq!(
                registry.warnings(),
                &report,
                "the registry lost the warnings"
            );
            assert_eq!(registry.dataset(), data);
            check_registry(&registry);
            Outcome::Indexed
        }
        Err(refused) => {
            assert!(report.has_errors(), "a registry was refused without errors");
            assert_eq!(refused, report, "the refusal is not the validation report");
            Outcome::Invalid
        }
    }
}

/// Checks a validation report against the document it is about (as JSON): every violation
/// names a rule of [`Rule::ALL`] with its severity and a path into the document.
///
/// # Panics
///
/// When a check fails.
pub fn check_report(report: &Report, document: &serde_json::Value) {
    for v in report.violations() {
        assert!(Rule::ALL.contains(&v.rule), "unknown rule in `{v}`");
        assert_eq!(v.severity, v.rule.severity(), "`{v}`");
        assert_eq!(v.code(), v.rule.code());
        assert_eq!(v.code().parse::<Rule>(), Ok(v.rule));
        assert!(v.path.starts_with('/'), "not a JSON pointer: `{v}`");
        let parent = v.path.rsplit_once('/').map_or("", |(p, _)| p);
        assert!(
            document.pointer(&v.path).is_some() || document.pointer(parent).is_some(),
            "the path of `{v}` points nowhere"
        );
        assert!(!v.message.is_empty(), "`{v}` has no message");
        let shown = v.to_string();
        assert!(
            shown.starts_with(&v.path) && shown.contains(v.code()),
            "{shown}"
        );
        let json = serde_json::to_value(v).expect("a violation serializes");
        let expected = serde_json::json!({
            "severity": v.severity.as_str(),
            "code": v.code(),
            "path": v.path,
            "message": v.message,
        });
        assert_eq!(json, expected);
    }
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    assert_eq!(errors + warnings, report.violations().len());
    assert_eq!(report.has_errors(), errors > 0);
    assert_eq!(report.is_clean(), report.violations().is_empty());
    let by_rule: usize = Rule::ALL.iter().map(|&r| report.of_rule(r).count()).sum();
    assert_eq!(by_rule, report.violations().len());
    let shown = report.to_string();
    assert!(
        shown.ends_with(&format!("{errors} error(s), {warnings} warning(s)")),
        "{shown}"
    );
}

/// Runs every query of `registry` over every record of its dataset, on days and periods
/// around its dates, and compares each with a scan of the records.
///
/// # Panics
///
/// When a query disagrees with the scan.
pub fn check_registry(registry: &Registry) {
    let scan = Scan::new(registry.dataset());
    let days = days(registry.dataset());
    let periods = periods(registry.dataset(), &days);
    lookups(registry);
    meeting_lists(registry, &scan, &days, &periods);
    organizations(registry, &scan, &days, &periods);
    officials(registry, &scan, &periods);
    states(registry, &scan, &periods);
    related(registry, &scan);
    mous(registry, &scan, &days);
    dimensions(registry, &scan);
    composed(registry, &scan);
    network(registry, &scan);
    names(registry, &scan);
}

// --- Days and periods ------------------------------------------------------------------------

/// The first, a middle and the last of the days the data uses (and the day after each
/// meeting ends), and the calendar's ends.
fn days(data: &Dataset) -> Vec<NaiveDate> {
    let mut found: BTreeSet<NaiveDate> = BTreeSet::new();
    for m in &data.meetings {
        for d in [m.when.earliest(), m.when.latest()].into_iter().flatten() {
            found.insert(d);
            found.extend(d.succ_opt());
        }
    }
    for m in &data.mous {
        for d in [m.signed, m.effective, m.expires].into_iter().flatten() {
            found.insert(d.earliest());
            found.insert(d.latest());
        }
    }
    for o in &data.officials {
        for p in &o.posts {
            found.extend(p.period.earliest());
            found.extend(p.period.latest());
        }
    }
    for o in &data.organizations {
        let periods = o.chairs.iter().map(|c| c.period);
        for p in periods.chain(o.members.iter().map(|m| m.period)) {
            found.extend(p.earliest());
            found.extend(p.latest());
        }
    }
    let found: Vec<NaiveDate> = found.into_iter().collect();
    let mut picked: Vec<NaiveDate> = [found.first(), found.get(found.len() / 2), found.last()]
        .into_iter()
        .flatten()
        .copied()
        .collect();
    picked.extend(NaiveDate::from_ymd_opt(9999, 12, 31));
    picked.push(NaiveDate::MIN);
    picked.sort_unstable();
    picked.dedup();
    picked
}

/// Every period: unknown, between each two consecutive days, and the dates of the first
/// meetings.
fn periods(data: &Dataset, days: &[NaiveDate]) -> Vec<Period> {
    let mut out = vec![Period::unknown()];
    for w in days.windows(2) {
        if let [a, b] = w {
            out.extend(Period::new(Some((*a).into()), Some((*b).into())).ok());
        }
    }
    out.extend(data.meetings.iter().take(3).map(|m| m.when));
    out
}

/// An id that none of `taken` is.
fn absent_id<'a>(taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut id = String::from("no-such-id");
    while taken.clone().any(|t| t == id) {
        id.push_str("-x");
    }
    id
}

// --- The scan ---------------------------------------------------------------------------

/// The records, read the slow way: meetings in date order, trees of organizations and
/// dimensions by their parent links.
struct Scan<'d> {
    data: &'d Dataset,
    /// Meeting indices in date order: by the first day a meeting may have begun, the last
    /// day it may have ended, then document order.
    ordered: Vec<usize>,
    /// Each meeting's position in `ordered`.
    rank: Vec<usize>,
    org_index: HashMap<&'d str, usize>,
    official_index: HashMap<&'d str, usize>,
    org_children: Vec<Vec<usize>>,
    dimension_children: Vec<Vec<usize>>,
}

impl<'d> Scan<'d> {
    fn new(data: &'d Dataset) -> Self {
        let mut ordered: Vec<usize> = (0..data.meetings.len()).collect();
        ordered.sort_by_key(|&i| {
            let m = meeting_at(data, i);
            let (first, last) = m.when.bounds();
            (first, last, i)
        });
        let mut rank = vec![0; ordered.len()];
        for (r, &i) in ordered.iter().enumerate() {
            *rank.get_mut(i).expect("a meeting index") = r;
        }
        let org_index: HashMap<&str, usize> = data
            .organizations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let official_index = data
            .officials
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let dimension_index: HashMap<&str, usize> = data
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let children = |n: usize, parents: Vec<Option<usize>>| {
            let mut out = vec![Vec::new(); n];
            for (i, p) in parents.into_iter().enumerate() {
                if let Some(p) = p {
                    out.get_mut(p).expect("a parent index").push(i);
                }
            }
            out
        };
        let org_parents = data
            .organizations
            .iter()
            .map(|o| {
                o.parent
                    .as_ref()
                    .and_then(|p| org_index.get(p.as_str()).copied())
            })
            .collect();
        let dimension_parents = data
            .dimensions
            .iter()
            .map(|d| {
                d.parent
                    .as_ref()
                    .and_then(|p| dimension_index.get(p.as_str()).copied())
            })
            .collect();
        Self {
            data,
            ordered,
            rank,
            org_children: children(data.organizations.len(), org_parents),
            dimension_children: children(data.dimensions.len(), dimension_parents),
            org_index,
            official_index,
        }
    }

    /// The ids of the meetings that satisfy `keep`, in date order.
    fn meetings(&self, keep: impl Fn(&multilateral::Meeting) -> bool) -> Vec<&'d str> {
        self.ordered
            .iter()
            .map(|&i| meeting_at(self.data, i))
            .filter(|m| keep(m))
            .map(|m| m.id.as_str())
            .collect()
    }

    /// The ids of record `root` of a forest and every record below it.
    fn tree<'a, T>(
        &self,
        records: &'a [T],
        children: &[Vec<usize>],
        root: usize,
        id: impl Fn(&'a T) -> &'a str,
    ) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        let mut queue = vec![root];
        while let Some(at) = queue.pop() {
            let record = records.get(at).expect("a record of the forest");
            if out.insert(id(record)) {
                queue.extend(children.get(at).expect("a record of the forest"));
            }
        }
        out
    }

    /// Organization `i` and, with sub-bodies, every body below it.
    fn org_tree(&self, i: usize, scope: Scope) -> BTreeSet<&'d str> {
        let orgs = &self.data.organizations;
        match scope {
            Scope::Exact => BTreeSet::from([orgs.get(i).expect("an organization").id.as_str()]),
            _ => self.tree(orgs, &self.org_children, i, |o| o.id.as_str()),
        }
    }

    /// Dimension `i` and, with priority areas, every area below it.
    fn dimension_tree(&self, i: usize, scope: DimensionScope) -> BTreeSet<&'d str> {
        let dims = &self.data.dimensions;
        match scope {
            DimensionScope::Exact => {
                BTreeSet::from([dims.get(i).expect("a dimension").id.as_str()])
            }
            _ => self.tree(dims, &self.dimension_children, i, |d| d.id.as_str()),
        }
    }

    /// Where a party sorts in the registry's answers: organizations in document order,
    /// then states by code.
    fn party_key(&self, party: &Party) -> PartyKey {
        match (party.organization(), party.state()) {
            (Some(org), _) => (
                *self
                    .org_index
                    .get(org.as_str())
                    .expect("a valid registry's parties resolve"),
                None,
            ),
            (None, state) => (usize::MAX, state),
        }
    }

    /// The distinct parties of meeting `i`, in party order.
    fn parties(&self, i: usize) -> Vec<Party> {
        let m = meeting_at(self.data, i);
        let set: BTreeMap<PartyKey, Party> = m
            .participants
            .iter()
            .map(|p| (self.party_key(&p.party), p.party.clone()))
            .collect();
        set.into_values().collect()
    }
}

/// Where a party sorts in the registry's answers: see [`Scan::party_key`].
type PartyKey = (usize, Option<CountryCode>);

fn meeting_at(data: &Dataset, i: usize) -> &multilateral::Meeting {
    data.meetings.get(i).expect("a meeting index")
}

fn ids(meetings: &[&multilateral::Meeting]) -> Vec<String> {
    meetings.iter().map(|m| m.id.to_string()).collect()
}

fn owned(ids: Vec<&str>) -> Vec<String> {
    ids.into_iter().map(str::to_owned).collect()
}

/// What a scan of dated items says about one day, as the registry's [`OnDate`] answers:
/// the items whose period certainly covers it, those whose period may, and the status.
fn on_date<T>(items: impl IntoIterator<Item = (T, Days)>, day: NaiveDate) -> OnDateScan<T> {
    let (mut definite, mut possible) = (Vec::new(), Vec::new());
    let (mut before, mut after) = (false, false);
    for (item, x) in items {
        before |= x[3] < day;
        after |= x[0] > day;
        match crate::tenure::covers(x, day) {
            Coverage::Yes => definite.push(item),
            Coverage::No => {}
            _ => possible.push(item),
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
    OnDateScan {
        definite,
        possible,
        status,
    }
}

/// An [`OnDate`] answer, or the scan's, with its items mapped to comparable values.
#[derive(Debug, PartialEq, Eq)]
struct OnDateScan<T> {
    definite: Vec<T>,
    possible: Vec<T>,
    status: DateStatus,
}

impl<T> OnDateScan<T> {
    fn of<U>(answer: OnDate<U>, f: impl Fn(U) -> T) -> Self {
        OnDateScan {
            status: answer.status,
            definite: answer.definite.into_iter().map(&f).collect(),
            possible: answer.possible.into_iter().map(&f).collect(),
        }
    }
}

// --- Lookups ----------------------------------------------------------------------------

/// Each record found by its id, as the handle the iterators give, and no record for an id
/// the registry does not hold.
fn lookups(r: &Registry) {
    let data = r.dataset();
    assert_eq!(r.organizations().len(), data.organizations.len());
    for (h, o) in r.organizations().zip(&data.organizations) {
        assert!(
            std::ptr::eq(h.record(), o),
            "organizations in document order"
        );
        assert_eq!(h.id(), &o.id);
        assert_eq!(r.organization(&o.id), Some(h));
        assert_eq!(h.in_registry(r), Some(h));
        assert!(std::ptr::eq(h.registry(), r));
    }
    assert_eq!(r.officials().len(), data.officials.len());
    for (h, o) in r.officials().zip(&data.officials) {
        assert!(std::ptr::eq(h.record(), o), "officials in document order");
        assert_eq!(r.official(&o.id), Some(h));
        assert_eq!(h.in_registry(r), Some(h));
    }
    assert_eq!(r.mous().len(), data.mous.len());
    for (h, m) in r.mous().zip(&data.mous) {
        assert!(std::ptr::eq(h.record(), m), "MoUs in document order");
        assert_eq!(r.mou(&m.id), Some(h));
    }
    assert_eq!(r.dimensions().len(), data.dimensions.len());
    for (h, d) in r.dimensions().zip(&data.dimensions) {
        assert!(std::ptr::eq(h.record(), d), "dimensions in document order");
        assert_eq!(r.dimension(&d.id), Some(h));
    }
    for m in &data.meetings {
        let h = r.meeting(&m.id).expect("every meeting is found by its id");
        assert!(std::ptr::eq(h.record(), m));
        assert_eq!(h.in_registry(r), Some(h));
    }

    let id = absent_id(data.organizations.iter().map(|o| o.id.as_str()));
    let id: OrganizationId = id.parse().expect("an id");
    assert!(
        r.organization(&id).is_none(),
        "found an organization {id} that is not there"
    );
    let id = absent_id(data.officials.iter().map(|o| o.id.as_str()));
    assert!(
        r.official(&id.parse::<OfficialId>().expect("an id"))
            .is_none()
    );
    let id = absent_id(data.meetings.iter().map(|o| o.id.as_str()));
    assert!(
        r.meeting(&id.parse::<MeetingId>().expect("an id"))
            .is_none()
    );
    let id = absent_id(data.mous.iter().map(|o| o.id.as_str()));
    assert!(r.mou(&id.parse::<MouId>().expect("an id")).is_none());
    let id = absent_id(data.dimensions.iter().map(|o| o.id.as_str()));
    assert!(
        r.dimension(&id.parse::<DimensionId>().expect("an id"))
            .is_none()
    );
}

// --- Meetings by period, day, kind, status, place ------------------------------------------

fn meeting_lists(r: &Registry, scan: &Scan<'_>, days: &[NaiveDate], periods: &[Period]) {
    let all = scan.meetings(|_| true);
    assert_eq!(
        ids(&r.meetings_during(&Period::unknown())),
        owned(all.clone()),
        "date order"
    );
    assert_eq!(ids(&r.meetings().run()), owned(all));

    for p in periods {
        let expected = owned(scan.meetings(|m| m.when.may_overlap(p)));
        assert_eq!(ids(&r.meetings_during(p)), expected, "meetings during {p}");
        assert_eq!(
            ids(&r.meetings().during(p).run()),
            expected,
            "query during {p}"
        );
    }
    for &day in days {
        let on: Vec<(String, Coverage)> = r
            .meetings_on(day)
            .into_iter()
            .map(|(m, c)| (m.id.to_string(), c))
            .collect();
        let expected: Vec<(String, Coverage)> = scan
            .ordered
            .iter()
            .map(|&i| meeting_at(scan.data, i))
            .map(|m| (m.id.to_string(), m.coverage(day)))
            .filter(|(_, c)| *c != Coverage::No)
            .collect();
        assert_eq!(on, expected, "meetings on {day}");
        if (1..=9999).contains(&day.year()) {
            let during = ids(&r.meetings_during(&Period::within(day.into())));
            let on: Vec<String> = on.into_iter().map(|(id, _)| id).collect();
            assert_eq!(on, during, "meetings on {day} and during that day");
        }
    }
    for &kind in MeetingKind::ALL {
        let expected = owned(scan.meetings(|m| m.kind == kind));
        assert_eq!(
            ids(&r.meetings_of_kind(kind)),
            expected,
            "meetings of kind {kind}"
        );
        assert_eq!(ids(&r.meetings().of_kind(kind).run()), expected);
    }
    for &status in MeetingStatus::ALL {
        let expected = owned(scan.meetings(|m| m.status == status));
        assert_eq!(
            ids(&r.meetings_with_status(status)),
            expected,
            "status {status}"
        );
        assert_eq!(ids(&r.meetings().with_status(status).run()), expected);
    }
    let mut countries: BTreeSet<CountryCode> = BTreeSet::new();
    let mut cities: BTreeSet<&str> = BTreeSet::from(["", " ", "-"]);
    for m in &scan.data.meetings {
        if let Some(loc) = &m.location {
            countries.extend(loc.country);
            cities.extend(loc.city.as_deref());
        }
    }
    countries.extend("AQ".parse::<CountryCode>().ok());
    for country in countries {
        let expected =
            owned(scan.meetings(|m| m.location.as_ref().and_then(|l| l.country) == Some(country)));
        assert_eq!(
            ids(&r.meetings_in_country(country)),
            expected,
            "in {country}"
        );
        assert_eq!(ids(&r.meetings().in_country(country).run()), expected);
    }
    for city in cities {
        let key = fold_name(city);
        let expected = owned(scan.meetings(|m| {
            m.location
                .as_ref()
                .and_then(|l| l.city.as_deref())
                .is_some_and(|c| fold_name(c) == key)
        }));
        assert_eq!(
            ids(&r.meetings_in_city(city)),
            expected,
            "in the city {city:?}"
        );
    }
}

// --- Organizations ----------------------------------------------------------------------------

fn organizations(r: &Registry, scan: &Scan<'_>, days: &[NaiveDate], periods: &[Period]) {
    let data = scan.data;
    for (i, o) in r.organizations().enumerate() {
        // Parent and sub-bodies, as the parent links say.
        assert_eq!(
            o.parent().map(|p| p.id()),
            o.parent.as_ref(),
            "parent of {}",
            o.id
        );
        let below: Vec<&str> = o.sub_bodies().map(|b| b.id().as_str()).collect();
        let expected: Vec<&str> = scan
            .org_children
            .get(i)
            .expect("an organization")
            .iter()
            .map(|&c| data.organizations.get(c).expect("a child").id.as_str())
            .collect();
        assert_eq!(below, expected, "sub-bodies of {}", o.id);
        for b in o.sub_bodies() {
            assert_eq!(b.parent(), Some(o));
        }

        for scope in [Scope::Exact, Scope::WithSubBodies] {
            let bodies = scan.org_tree(i, scope);
            let takes_part = |m: &multilateral::Meeting| {
                m.participants.iter().any(|p| {
                    p.party
                        .organization()
                        .is_some_and(|x| bodies.contains(x.as_str()))
                })
            };
            for p in periods {
                let expected = owned(scan.meetings(|m| takes_part(m) && m.when.may_overlap(p)));
                let found = ids(&o.meetings(p, scope));
                assert_eq!(
                    found, expected,
                    "meetings of {} ({scope:?}) during {p}",
                    o.id
                );
                let query = r.meetings().involving(o, scope).during(p).run();
                assert_eq!(
                    ids(&query),
                    expected,
                    "query involving {} ({scope:?})",
                    o.id
                );
            }
            for (k, other) in r.organizations().enumerate() {
                let found: Vec<&str> = o
                    .mous_with(other, scope)
                    .iter()
                    .map(|m| m.id.as_str())
                    .collect();
                let theirs = scan.org_tree(k, scope);
                let expected: Vec<&str> = data
                    .mous
                    .iter()
                    .filter(|m| {
                        m.parties.iter().any(|x| {
                            bodies.contains(x.as_str())
                                && m.parties
                                    .iter()
                                    .any(|y| y != x && theirs.contains(y.as_str()))
                        })
                    })
                    .map(|m| m.id.as_str())
                    .collect();
                assert_eq!(
                    found, expected,
                    "MoUs of {} with {} ({scope:?})",
                    o.id, other.id
                );
                let back: Vec<&str> = other
                    .mous_with(o, scope)
                    .iter()
                    .map(|m| m.id.as_str())
                    .collect();
                assert_eq!(
                    back, expected,
                    "MoUs of {} with {}, asked the other way",
                    other.id, o.id
                );
            }
        }

        counterparts(scan, &Party::Organization(o.id.clone()), &o.counterparts());

        let posts_here = || {
            data.officials.iter().enumerate().flat_map(move |(k, x)| {
                x.posts
                    .iter()
                    .enumerate()
                    .filter(move |(_, p)| p.organization == o.id)
                    .map(move |(j, p)| ((k, j), p))
            })
        };
        let mut titles: BTreeSet<&str> = BTreeSet::from(["Secretary General", "director-general"]);
        titles.extend(posts_here().filter_map(|(_, p)| p.title.as_deref()));
        for &day in days {
            let holding = |h: multilateral::registry::Holding<'_>| {
                let k = *scan
                    .official_index
                    .get(h.official.id().as_str())
                    .expect("an official of the registry");
                let j = h.post_position();
                (k, j)
            };
            for &role in PostRole::ALL {
                let found = OnDateScan::of(o.holders(PostFilter::Role(role), day), holding);
                let expected = on_date(
                    posts_here()
                        .filter(|(_, p)| p.role == role)
                        .map(|(at, p)| (at, holding_days(&p.period, p.term, &p.attested))),
                    day,
                );
                assert_eq!(found, expected, "{role} of {} on {day}", o.id);
            }
            for &title in &titles {
                let found = OnDateScan::of(o.holders(PostFilter::Title(title), day), holding);
                let key = fold_name(title);
                let expected = on_date(
                    posts_here()
                        .filter(|(_, p)| p.title.as_deref().is_some_and(|t| fold_name(t) == key))
                        .map(|(at, p)| (at, holding_days(&p.period, p.term, &p.attested))),
                    day,
                );
                assert_eq!(found, expected, "{title:?} of {} on {day}", o.id);
            }
            let found = OnDateScan::of(o.chair(day), |c| c);
            let expected = on_date(
                o.chairs
                    .iter()
                    .map(|c| c.country)
                    .zip(chair_days(o.record())),
                day,
            );
            assert_eq!(found, expected, "chair of {} on {day}", o.id);
            for &status in MembershipStatus::ALL {
                let found = OnDateScan::of(o.members(status, day), Party::clone);
                let expected = on_date(
                    o.members
                        .iter()
                        .zip(member_days(o.record()))
                        .filter(|(m, _)| m.status == status)
                        .map(|(m, x)| (m.party.clone(), x)),
                    day,
                );
                assert_eq!(found, expected, "{status} of {} on {day}", o.id);
            }
        }
    }
}

/// Compares the counterparts of `party` with a scan: for each other party, the number of
/// meetings shared and the first and last of them; most frequent first, then in party
/// order.
fn counterparts(scan: &Scan<'_>, party: &Party, found: &[multilateral::registry::Counterpart<'_>]) {
    let mut shared: BTreeMap<PartyKey, (Party, u32, usize, usize)> = BTreeMap::new();
    for &i in &scan.ordered {
        let parties = scan.parties(i);
        if !parties.contains(party) {
            continue;
        }
        let rank = *scan.rank.get(i).expect("a meeting");
        for other in parties.into_iter().filter(|p| p != party) {
            let e = shared
                .entry(scan.party_key(&other))
                .or_insert((other, 0, rank, rank));
            e.1 += 1;
            e.3 = rank;
        }
    }
    let mut expected: Vec<_> = shared.into_iter().collect();
    expected.sort_by_key(|(key, (_, count, _, _))| (std::cmp::Reverse(*count), *key));
    let at = |rank: usize| {
        let i = *scan.ordered.get(rank).expect("a rank");
        meeting_at(scan.data, i).id.to_string()
    };
    let expected: Vec<(Party, u32, String, String)> = expected
        .into_iter()
        .map(|(_, (p, count, first, last))| (p, count, at(first), at(last)))
        .collect();
    let found: Vec<(Party, u32, String, String)> = found
        .iter()
        .map(|c| {
            (
                c.party.clone(),
                c.meetings,
                c.first.id.to_string(),
                c.last.id.to_string(),
            )
        })
        .collect();
    assert_eq!(found, expected, "counterparts of {party}");
}

// --- Officials and states -------------------------------------------------------------------

fn officials(r: &Registry, scan: &Scan<'_>, periods: &[Period]) {
    for x in r.officials() {
        let attends = |m: &multilateral::Meeting| {
            m.participants
                .iter()
                .any(|p| p.official.as_ref() == Some(x.id()))
        };
        for p in periods {
            let expected = owned(scan.meetings(|m| attends(m) && m.when.may_overlap(p)));
            assert_eq!(
                ids(&x.meetings(p)),
                expected,
                "meetings of {} during {p}",
                x.id
            );
            assert_eq!(ids(&r.meetings().with(x).during(p).run()), expected);
        }
        // Officials met: those named in the same meetings, most met first, then in document
        // order; each with the shared meetings in date order.
        let mut met: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for &i in &scan.ordered {
            let m = meeting_at(scan.data, i);
            if !attends(m) {
                continue;
            }
            let others: BTreeSet<usize> = m
                .participants
                .iter()
                .filter_map(|p| p.official.as_ref())
                .filter(|o| *o != x.id())
                .map(|o| {
                    *scan
                        .official_index
                        .get(o.as_str())
                        .expect("a valid official")
                })
                .collect();
            for o in others {
                met.entry(o).or_default().push(m.id.to_string());
            }
        }
        let mut expected: Vec<(usize, Vec<String>)> = met.into_iter().collect();
        expected.sort_by_key(|(o, ms)| (std::cmp::Reverse(ms.len()), *o));
        let expected: Vec<(String, Vec<String>)> = expected
            .into_iter()
            .map(|(o, ms)| {
                let official = scan.data.officials.get(o).expect("an official");
                (official.id.to_string(), ms)
            })
            .collect();
        let found: Vec<(String, Vec<String>)> = x
            .met()
            .into_iter()
            .map(|e| (e.official.id().to_string(), ids(&e.meetings)))
            .collect();
        assert_eq!(found, expected, "officials met by {}", x.id);
    }
}

fn states(r: &Registry, scan: &Scan<'_>, periods: &[Period]) {
    let mut states: BTreeSet<CountryCode> = BTreeSet::new();
    for m in &scan.data.meetings {
        states.extend(m.participants.iter().filter_map(|p| p.party.state()));
        states.extend(m.location.as_ref().and_then(|l| l.country));
    }
    states.extend("AQ".parse::<CountryCode>().ok());
    for code in states {
        let state = r.state(code);
        assert_eq!(state.code(), code);
        let party = Party::State(code);
        let takes_part =
            |m: &multilateral::Meeting| m.participants.iter().any(|p| p.party == party);
        for p in periods {
            let expected = owned(scan.meetings(|m| takes_part(m) && m.when.may_overlap(p)));
            assert_eq!(
                ids(&state.meetings(p)),
                expected,
                "meetings of {code} during {p}"
            );
        }
        counterparts(scan, &party, &state.counterparts());
    }
}

// --- Meetings related to a meeting ----------------------------------------------------------

fn related(r: &Registry, scan: &Scan<'_>) {
    let data = scan.data;
    let index: HashMap<&str, usize> = data
        .meetings
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    // For each meeting, the relations that point at it: (kind, from), in document order.
    let mut incoming: Vec<Vec<(RelationKind, usize)>> = vec![Vec::new(); data.meetings.len()];
    for (i, m) in data.meetings.iter().enumerate() {
        for rel in &m.relations {
            let to = *index.get(rel.meeting.as_str()).expect("a valid relation");
            incoming.get_mut(to).expect("a meeting").push((rel.kind, i));
        }
    }
    let mut filters: Vec<Vec<RelationKind>> = vec![Vec::new()];
    filters.extend(RelationKind::ALL.iter().map(|&k| vec![k]));
    for (start, m) in data.meetings.iter().enumerate() {
        let h = r.meeting(&m.id).expect("a meeting of the registry");
        for kinds in &filters {
            for depth in [Depth::Direct, Depth::Transitive] {
                let mut seen = BTreeSet::from([start]);
                let mut found: Vec<(usize, RelationKind, u32)> = Vec::new();
                let mut queue = VecDeque::from([(start, 0u32)]);
                while let Some((at, level)) = queue.pop_front() {
                    for &(kind, from) in incoming.get(at).expect("a meeting") {
                        if (kinds.is_empty() || kinds.contains(&kind)) && seen.insert(from) {
                            found.push((from, kind, level + 1));
                            if depth == Depth::Transitive {
                                queue.push_back((from, level + 1));
                            }
                        }
                    }
                }
                found.sort_by_key(|&(i, _, _)| *scan.rank.get(i).expect("a meeting"));
                let expected: Vec<(String, RelationKind, u32)> = found
                    .into_iter()
                    .map(|(i, kind, depth)| (meeting_at(data, i).id.to_string(), kind, depth))
                    .collect();
                let answer: Vec<(String, RelationKind, u32)> = h
                    .related(kinds, depth)
                    .into_iter()
                    .map(|x| (x.meeting.id.to_string(), x.kind, x.depth))
                    .collect();
                assert_eq!(
                    answer, expected,
                    "related to {} ({kinds:?}, {depth:?})",
                    m.id
                );
            }
        }
    }
}

// --- MoUs and dimensions --------------------------------------------------------------------

fn mous(r: &Registry, scan: &Scan<'_>, days: &[NaiveDate]) {
    let data = scan.data;
    for mou in r.mous() {
        let expected = owned(scan.meetings(|m| {
            m.mous.contains(mou.id()) || m.outcomes.iter().any(|o| o.mou.as_ref() == Some(mou.id()))
        }));
        assert_eq!(
            ids(&mou.meetings()),
            expected,
            "meetings invoking {}",
            mou.id
        );
    }
    for &day in days {
        let mut expected: Vec<(usize, Coverage)> = data
            .mous
            .iter()
            .enumerate()
            .map(|(i, m)| (i, m.in_force_on(day)))
            .filter(|(_, c)| *c != Coverage::No)
            .collect();
        expected.sort_by_key(|&(i, _)| {
            let m = data.mous.get(i).expect("an MoU");
            let p = m.in_force_period().expect("an MoU in force has a period");
            (p.bounds(), i)
        });
        let expected: Vec<(String, Coverage)> = expected
            .into_iter()
            .map(|(i, c)| (data.mous.get(i).expect("an MoU").id.to_string(), c))
            .collect();
        let found: Vec<(String, Coverage)> = r
            .mous_in_force(day)
            .into_iter()
            .map(|(m, c)| (m.id.to_string(), c))
            .collect();
        assert_eq!(found, expected, "MoUs in force on {day}");
    }
}

fn dimensions(r: &Registry, scan: &Scan<'_>) {
    for (i, d) in r.dimensions().enumerate() {
        for scope in [DimensionScope::Exact, DimensionScope::WithPriorityAreas] {
            let tree = scan.dimension_tree(i, scope);
            let expected =
                owned(scan.meetings(|m| m.dimensions.iter().any(|x| tree.contains(x.as_str()))));
            assert_eq!(
                ids(&d.meetings(scope)),
                expected,
                "meetings of {} ({scope:?})",
                d.id
            );
            let query = r.meetings().in_dimension(d, scope).run();
            assert_eq!(ids(&query), expected, "query in {} ({scope:?})", d.id);
        }
    }
}

// --- The composable query, every condition at once ------------------------------------------

/// For each meeting, a query made of its own facts (its first organization and official,
/// its kind, status, country, first dimension and dates) finds it, and exactly the meetings
/// a scan finds under the same conditions.
fn composed(r: &Registry, scan: &Scan<'_>) {
    let data = scan.data;
    for m in &data.meetings {
        let mut query = r
            .meetings()
            .of_kind(m.kind)
            .with_status(m.status)
            .during(&m.when);
        let org = m.participants.iter().find_map(|p| p.party.organization());
        if let Some(org) = org {
            let o = r.organization(org).expect("a valid participant");
            query = query.involving(o, Scope::WithSubBodies);
        }
        let official = m.participants.iter().find_map(|p| p.official.as_ref());
        if let Some(x) = official {
            query = query.with(r.official(x).expect("a valid participant"));
        }
        let dimension = m.dimensions.first();
        if let Some(d) = dimension {
            let d = r.dimension(d).expect("a valid dimension");
            query = query.in_dimension(d, DimensionScope::Exact);
        }
        let country = m.location.as_ref().and_then(|l| l.country);
        if let Some(c) = country {
            query = query.in_country(c);
        }
        let bodies = org.map(|o| {
            let i = *scan.org_index.get(o.as_str()).expect("a valid participant");
            scan.org_tree(i, Scope::WithSubBodies)
        });
        let expected = owned(scan.meetings(|x| {
            x.kind == m.kind
                && x.status == m.status
                && x.when.may_overlap(&m.when)
                && bodies.as_ref().is_none_or(|b| {
                    x.participants.iter().any(|p| {
                        p.party
                            .organization()
                            .is_some_and(|o| b.contains(o.as_str()))
                    })
                })
                && official.is_none_or(|o| {
                    x.participants
                        .iter()
                        .any(|p| p.official.as_ref() == Some(o))
                })
                && dimension.is_none_or(|d| x.dimensions.contains(d))
                && country.is_none_or(|c| x.location.as_ref().and_then(|l| l.country) == Some(c))
        }));
        let found = ids(&query.run());
        assert!(
            found.contains(&m.id.to_string()),
            "a query of its own facts misses {}",
            m.id
        );
        assert_eq!(found, expected, "the query made of {}'s facts", m.id);
    }
}

// --- The cooperation network ----------------------------------------------------------------

fn network(r: &Registry, scan: &Scan<'_>) {
    let mut weights: BTreeMap<(PartyKey, PartyKey), (Party, Party, u32)> = BTreeMap::new();
    for i in 0..scan.data.meetings.len() {
        let parties = scan.parties(i);
        for (j, a) in parties.iter().enumerate() {
            for b in parties.iter().skip(j + 1) {
                let e = weights
                    .entry((scan.party_key(a), scan.party_key(b)))
                    .or_insert((a.clone(), b.clone(), 0));
                e.2 += 1;
            }
        }
    }
    let mut expected: Vec<_> = weights.into_iter().collect();
    expected.sort_by_key(|(pair, (_, _, w))| (std::cmp::Reverse(*w), *pair));
    let expected: Vec<(Party, Party, u32)> = expected.into_iter().map(|(_, e)| e).collect();
    let found: Vec<(Party, Party, u32)> = r
        .cooperation_network()
        .into_iter()
        .map(|e| (e.a, e.b, e.meetings))
        .collect();
    assert_eq!(found, expected, "the cooperation network");
}

// --- Names ----------------------------------------------------------------------------------

/// The words of a name, folded.
fn words(name: &str) -> Vec<String> {
    fold_name(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether every word of `query` begins a word of one of `names`; never for a query with
/// no word.
fn matches<'a>(query: &[String], names: impl Iterator<Item = &'a str> + Clone) -> bool {
    !query.is_empty()
        && query.iter().all(|q| {
            names
                .clone()
                .any(|n| words(n).iter().any(|w| w.starts_with(q.as_str())))
        })
}

fn names(r: &Registry, scan: &Scan<'_>) {
    let data = scan.data;
    let mut queries: BTreeSet<String> = ["", " ", "-", "é", "ß", "a", "geneva"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    for o in &data.organizations {
        queries.insert(o.name.to_string());
        queries.extend(o.acronym.as_ref().map(ToString::to_string));
        queries.insert(o.name.chars().take(3).collect());
    }
    for o in &data.officials {
        queries.insert(o.name.to_string());
        queries.insert(
            o.name
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect(),
        );
    }
    for q in &queries {
        let folded = fold_name(q);
        let query = words(q);

        let mut expected: Vec<(bool, usize)> = data
            .organizations
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                let names = std::iter::once(o.name.as_str())
                    .chain(o.acronym.as_deref())
                    .chain(o.other_names.iter().map(|n| n.name.as_str()));
                matches(&query, names)
            })
            .map(|(i, o)| {
                let exact = fold_name(&o.name) == folded
                    || o.acronym.as_deref().is_some_and(|a| fold_name(a) == folded);
                (!exact, i)
            })
            .collect();
        expected.sort_unstable();
        let expected: Vec<&str> = expected
            .into_iter()
            .map(|(_, i)| {
                data.organizations
                    .get(i)
                    .expect("an organization")
                    .id
                    .as_str()
            })
            .collect();
        let found: Vec<&str> = r
            .find_organizations(q)
            .iter()
            .map(|o| o.id().as_str())
            .collect();
        assert_eq!(found, expected, "organizations named {q:?}");

        let mut expected: Vec<(bool, usize)> = data
            .officials
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                let names = std::iter::once(o.name.as_str())
                    .chain(o.given_name.as_deref())
                    .chain(o.family_name.as_deref())
                    .chain(o.other_names.iter().map(|n| n.name.as_str()));
                matches(&query, names)
            })
            .map(|(i, o)| (fold_name(&o.name) != folded, i))
            .collect();
        expected.sort_unstable();
        let expected: Vec<&str> = expected
            .into_iter()
            .map(|(_, i)| data.officials.get(i).expect("an official").id.as_str())
            .collect();
        let found: Vec<&str> = r
            .find_officials(q)
            .iter()
            .map(|o| o.id().as_str())
            .collect();
        assert_eq!(found, expected, "officials named {q:?}");
    }
}
