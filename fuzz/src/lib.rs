//! The checks the fuzz targets run. A target turns its input into a document or a value,
//! then hands it here; every check either passes or panics, and libFuzzer records a panic
//! as a crash with the input that caused it.
//!
//! What is checked, beyond "no panic, no hang":
//! - reading bytes and reading the same text agree, and an error names a JSON pointer;
//! - a document that reads is written back and read again unchanged;
//! - every violation has a known code and a path that points into the document;
//! - a registry builds exactly when validation finds no error, and keeps the warnings;
//! - every query answers, and the simplest ones agree with a scan of the records.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use multilateral::registry::{PostFilter, Scope};
use multilateral::validate::RULES;
use multilateral::{
    Dataset, MeetingKind, MeetingStatus, MembershipStatus, Party, Period, PostRole, Registry,
    RelationKind,
};

/// Reads `bytes` as a document and, when it reads, runs everything on it.
pub fn check_bytes(bytes: &[u8]) {
    let from_slice = Dataset::from_slice(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        let from_str = Dataset::from_json(text);
        assert_eq!(from_slice, from_str, "from_slice and from_json disagree");
    }
    match from_slice {
        Ok(data) => check_dataset(&data),
        Err(e) => {
            let shown = e.to_string();
            assert!(!shown.is_empty());
            assert!(e.path().is_empty() || e.path().starts_with('/'), "{e}");
            assert!(
                ["invalid-json", "invalid-data", "truncated-json"].contains(&e.code()),
                "{e}"
            );
        }
    }
}

/// Round-trips, validates, builds a registry and runs every query.
pub fn check_dataset(data: &Dataset) {
    // Print → parse: the document reads back as the same records.
    let text = data.to_json_pretty();
    let again = Dataset::from_json(&text)
        .unwrap_or_else(|e| panic!("a written document does not read back: {e}\n{text}"));
    assert_eq!(&again, data, "the document changed on a round trip");

    // Validation: known codes, paths into the document.
    let report = data.validate();
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("written JSON is not JSON: {e}"));
    for v in report.violations() {
        assert!(RULES.contains(&v.code), "unknown code {}", v.code);
        assert!(v.path.starts_with('/'), "{v}");
        let parent = v.path.rsplit_once('/').map_or("", |(p, _)| p);
        assert!(
            value.pointer(&v.path).is_some() || value.pointer(parent).is_some(),
            "the path of `{v}` points nowhere"
        );
        assert!(!v.message.is_empty());
        let _ = v.to_string();
    }
    let _ = report.to_string();

    // The registry: built exactly when there is no error.
    match Registry::new(data.clone()) {
        Ok(registry) => {
            assert!(!report.has_errors(), "a registry was built over errors");
            assert_eq!(registry.warnings(), &report);
            assert_eq!(registry.dataset(), data);
            exercise(&registry);
        }
        Err(refused) => {
            assert!(report.has_errors(), "a registry was refused without errors");
            assert_eq!(refused, report);
        }
    }
}

/// A few days around the dates the data uses, and the calendar's ends.
fn days(data: &Dataset) -> Vec<NaiveDate> {
    let mut out: BTreeSet<NaiveDate> = BTreeSet::new();
    for m in &data.meetings {
        for d in [m.when.earliest(), m.when.latest()].into_iter().flatten() {
            out.insert(d);
            out.extend(d.succ_opt());
        }
    }
    for m in &data.mous {
        for d in [m.signed, m.effective, m.expires].into_iter().flatten() {
            out.insert(d.earliest());
            out.insert(d.latest());
        }
    }
    for o in &data.officials {
        for p in &o.posts {
            out.extend(p.period.earliest());
            out.extend(p.period.latest());
        }
    }
    // The first, a middle and the last day of the data, and the calendar's ends.
    let found: Vec<NaiveDate> = out.into_iter().collect();
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

fn ids<'a>(list: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = list.take(3).collect();
    out.push("no-such-id");
    out
}

fn sorted_ids<'a>(ms: impl IntoIterator<Item = &'a multilateral::Meeting>) -> Vec<&'a str> {
    let mut out: Vec<&str> = ms.into_iter().map(|m| m.id.as_str()).collect();
    out.sort_unstable();
    out
}

/// Runs every query with ids, dates and names taken from the data, and compares the
/// simplest with a scan.
pub fn exercise(r: &Registry) {
    let data = r.dataset();
    let days = days(data);
    let all = Period::unknown();
    let mut periods = vec![all];
    for w in days.windows(2) {
        if let [a, b] = w {
            periods.extend(Period::new(Some((*a).into()), Some((*b).into())).ok());
        }
    }
    for m in data.meetings.iter().take(2) {
        periods.push(m.when);
    }

    assert_eq!(r.meetings_during(&all).len(), data.meetings.len());
    assert_eq!(r.meetings().run().len(), data.meetings.len());

    let orgs = ids(data.organizations.iter().map(|o| o.id.as_str()));
    let officials = ids(data.officials.iter().map(|o| o.id.as_str()));
    let meetings = ids(data.meetings.iter().map(|o| o.id.as_str()));
    let mous = ids(data.mous.iter().map(|o| o.id.as_str()));
    let dimensions = ids(data.dimensions.iter().map(|o| o.id.as_str()));

    for &id in &orgs {
        let found = r.organization(id);
        assert_eq!(
            found.map(|o| o.id.as_str()),
            (id != "no-such-id").then_some(id)
        );
        for p in &periods {
            for scope in [Scope::Exact, Scope::WithSubBodies] {
                let _ = r.timeline_of_organization(id, p, scope);
            }
        }
        let exact = r.timeline_of_organization(id, &all, Scope::Exact);
        let scan = data.meetings.iter().filter(|m| {
            m.participants
                .iter()
                .any(|p| p.party.organization().map(|o| o.as_str()) == Some(id))
        });
        assert_eq!(sorted_ids(exact), sorted_ids(scan), "timeline of {id}");
        let party = Party::Organization(id.parse().unwrap_or_else(|_| unreachable_id()));
        let _ = r.counterparts(&party);
        for &day in &days {
            for role in [PostRole::Head, PostRole::Staff] {
                let _ = r.holders(id, PostFilter::Role(role), day);
            }
            let _ = r.holders(id, PostFilter::Title("Secretary General"), day);
            let _ = r.chair(id, day);
            for status in [MembershipStatus::Member, MembershipStatus::Observer] {
                let _ = r.members(id, status, day);
            }
        }
        for &other in orgs.iter().take(2) {
            for scope in [Scope::Exact, Scope::WithSubBodies] {
                let _ = r.mous_between(id, other, scope);
            }
        }
        let _ = r.meetings().involving(id).run();
    }

    for &id in &officials {
        for p in &periods {
            let _ = r.timeline_of_official(id, p);
            let _ = r.meetings().with(id).during(p).run();
        }
        let mine = r.timeline_of_official(id, &all);
        let scan = data.meetings.iter().filter(|m| {
            m.participants
                .iter()
                .any(|p| p.official.as_ref().map(|o| o.as_str()) == Some(id))
        });
        assert_eq!(sorted_ids(mine), sorted_ids(scan), "timeline of {id}");
        let _ = r.officials_met(id);
        let _ = r.official(id);
    }

    for &id in &meetings {
        assert_eq!(
            r.meeting(id).map(|m| m.id.as_str()),
            (id != "no-such-id").then_some(id)
        );
        for transitive in [false, true] {
            let _ = r.related_to(id, &[], transitive);
            let _ = r.related_to(id, &[RelationKind::SidelinesOf], transitive);
        }
    }

    for &id in &mous {
        let _ = r.mou(id);
        let invoking = r.meetings_invoking(id);
        let scan = data.meetings.iter().filter(|m| {
            m.mous.iter().any(|x| x.as_str() == id)
                || m.outcomes
                    .iter()
                    .any(|o| o.mou.as_ref().map(|x| x.as_str()) == Some(id))
        });
        assert_eq!(
            sorted_ids(invoking),
            sorted_ids(scan),
            "meetings invoking {id}"
        );
    }

    for &id in &dimensions {
        let _ = r.dimension(id);
        for below in [false, true] {
            let _ = r.meetings_in_dimension(id, below);
        }
        let _ = r.meetings().in_dimension(id).run();
    }

    for &day in &days {
        let on = r.meetings_on(day);
        let _ = r.mous_in_force(day);
        if (1..=9999).contains(&chrono::Datelike::year(&day)) {
            let during = r.meetings_during(&Period::within(day.into()));
            assert_eq!(on.len(), during.len(), "meetings on {day}");
        }
    }
    for p in &periods {
        let _ = r.meetings_during(p);
        let _ = r.meetings().during(p).run();
    }

    for kind in [
        MeetingKind::Bilateral,
        MeetingKind::Session,
        MeetingKind::Other,
    ] {
        let _ = r.meetings_of_kind(kind);
        let _ = r.meetings().of_kind(kind).of_kind(MeetingKind::Visit).run();
    }
    for status in [MeetingStatus::Held, MeetingStatus::Planned] {
        let _ = r.meetings_with_status(status);
    }
    let mut states = BTreeSet::new();
    for m in &data.meetings {
        if let Some(loc) = &m.location {
            states.extend(loc.country);
            if let Some(city) = &loc.city {
                let _ = r.meetings_in_city(city);
            }
        }
        for p in &m.participants {
            states.extend(p.party.state());
        }
    }
    for &state in states.iter().take(3) {
        let _ = r.meetings_in_country(state);
        let _ = r.meetings().in_country(state).run();
        let _ = r.timeline_of_state(state, &all);
        let _ = r.counterparts(&Party::State(state));
    }
    let _ = r.meetings_in_city("");
    let _ = r.cooperation_network();

    let mut names: Vec<&str> = Vec::new();
    for o in data.organizations.iter().take(3) {
        names.push(o.name.as_str());
        names.extend(o.acronym.as_deref());
    }
    for o in data.officials.iter().take(3) {
        names.push(o.name.as_str());
    }
    names.extend(["", " ", "-", "é", "ß"]);
    for name in names {
        let _ = r.find_organizations(name);
        let _ = r.find_officials(name);
        let prefix: String = name.chars().take(3).collect();
        let _ = r.find_organizations(&prefix);
    }
}

/// `no-such-id` and every id taken from the data parse; this is never reached.
fn unreachable_id() -> multilateral::OrganizationId {
    panic!("an id taken from the data does not parse")
}
