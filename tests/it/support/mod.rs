//! Helpers shared by every subject of the integration tests. A helper used by one subject
//! only stays in that subject's file; one used by two lives here.

#![allow(dead_code)]

use chrono::NaiveDate;
use multilateral::{
    Dataset, DimensionId, Meeting, MeetingId, MouId, OfficialId, OrganizationId, PartialDate,
    Period, Registry, Report, Rule,
};
use serde_json::{Value, json};

/// The Geneva 2024 fixture, as shipped in `examples/data/`.
pub const GENEVA: &str = include_str!("../../../examples/data/geneva-2024.json");

/// The Geneva 2024 fixture, read.
pub fn geneva() -> Dataset {
    Dataset::from_json(GENEVA).expect("the fixture reads")
}

/// The Geneva 2024 fixture, indexed.
pub fn geneva_registry() -> Registry {
    Registry::from_json(GENEVA).expect("the fixture validates")
}

/// A day written `YYYY-MM-DD`.
#[track_caller]
pub fn day(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} is not a day: {e}"))
}

/// A partial date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[track_caller]
pub fn date(s: &str) -> PartialDate {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} is not a partial date: {e}"))
}

/// A period written `START/END` (`..` for an open end).
#[track_caller]
pub fn period(s: &str) -> Period {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} is not a period: {e}"))
}

/// The ids of meetings, in the order given.
pub fn ids<'a>(meetings: impl IntoIterator<Item = &'a Meeting>) -> Vec<&'a str> {
    meetings.into_iter().map(|m| m.id.as_str()).collect()
}

/// A document from the records given as JSON (`schema_version` filled in).
#[track_caller]
pub fn dataset(mut doc: Value) -> Dataset {
    doc["schema_version"] = json!("1.0");
    Dataset::from_json(&doc.to_string()).unwrap_or_else(|e| panic!("{e}\n{doc:#}"))
}

/// The validation report of records given as JSON.
#[track_caller]
pub fn report(doc: Value) -> Report {
    dataset(doc).validate()
}

/// The registry of records given as JSON, which must validate.
#[track_caller]
pub fn registry(doc: Value) -> Registry {
    Registry::new(dataset(doc)).unwrap_or_else(|r| panic!("{r}"))
}

/// Each violation as `(rule, path)`, in report order.
pub fn rules(report: &Report) -> Vec<(Rule, &str)> {
    report
        .violations()
        .iter()
        .map(|v| (v.rule, v.path.as_str()))
        .collect()
}

/// Typed ids, for literals in tests.
pub fn org(id: &'static str) -> OrganizationId {
    OrganizationId::from_static(id)
}

/// See [`org`].
pub fn official(id: &'static str) -> OfficialId {
    OfficialId::from_static(id)
}

/// See [`org`].
pub fn meeting(id: &'static str) -> MeetingId {
    MeetingId::from_static(id)
}

/// See [`org`].
pub fn mou(id: &'static str) -> MouId {
    MouId::from_static(id)
}

/// See [`org`].
pub fn dimension(id: &'static str) -> DimensionId {
    DimensionId::from_static(id)
}

/// An answer about one day as (status, definite, possible), each item shown as text.
pub type Shown = (multilateral::registry::DateStatus, Vec<String>, Vec<String>);

/// Who headed organization `at` on `day`, as official ids.
pub fn heads(r: &Registry, at: &'static str, day: chrono::NaiveDate) -> Shown {
    let o = r
        .organization(&org(at))
        .expect("an organization of the test");
    let a = o.holders(
        multilateral::registry::PostFilter::Role(multilateral::PostRole::Head),
        day,
    );
    let ids = |v: &[multilateral::registry::Holding<'_>]| {
        v.iter().map(|h| h.official.id().to_string()).collect()
    };
    (a.status, ids(&a.definite), ids(&a.possible))
}

/// Which state chaired organization `at` on `day`, as country codes.
pub fn chairs(r: &Registry, at: &'static str, day: chrono::NaiveDate) -> Shown {
    let a = r
        .organization(&org(at))
        .expect("an organization of the test")
        .chair(day);
    let codes = |v: &[multilateral::CountryCode]| v.iter().map(|c| c.to_string()).collect();
    (a.status, codes(&a.definite), codes(&a.possible))
}

/// The example binary `name` that `cargo test` builds beside the test binary, or `None`
/// (with a note) when it is absent: `cargo test --test it` alone does not build examples.
/// Absent while `MULTILATERAL_REQUIRE_EXAMPLES` is set (as `.ci/run` sets it), it fails.
pub fn example(name: &str) -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().unwrap();
    let path = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test binary lies in target/<profile>/deps")
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if path.exists() {
        return Some(path);
    }
    let required = std::env::var_os("MULTILATERAL_REQUIRE_EXAMPLES").is_some();
    assert!(!required, "{} is not built", path.display());
    eprintln!("skipped: {} is not built", path.display());
    None
}
