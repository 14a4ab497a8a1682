//! Rules across records, checked in one pass that reports every violation.
//!
//! Reading a document already guarantees each value on its own (an id's syntax, a country
//! code, a date, a period's order). [`validate`] checks what only the whole dataset can
//! tell: that references resolve, that dates agree across records, that people held the
//! posts they act in. It never stops at the first problem: the [`Report`] lists every
//! violation, each with the [`Rule`] it breaks (its stable code and [`Severity`]), the JSON pointer of the offending
//! value and a sentence saying what is wrong.
//!
//! Dates are compared with their uncertainty (see [`crate::period`]): an **error** fires only
//! when the dates decide it whatever their missing parts; a rule that needs a date the data
//! does not give stays silent rather than guess.
//!
//! # The rules
//!
//! | code | severity | what it catches |
//! |---|---|---|
//! | `duplicate-id` | error | two records of one kind with the same id (reported at the second) |
//! | `dangling-reference` | error | an id that names no record of the expected kind |
//! | `parent-cycle` | error | an organization or dimension that is its own ancestor |
//! | `relation-cycle` | error | meetings on the sidelines of / part of each other in a circle, or each in preparation for / ahead of / a follow-up to the other in a circle |
//! | `outside-parent-period` | error | a meeting on the sidelines of (or part of) another that certainly lies outside its period |
//! | `relation-out-of-order` | error | a meeting in preparation for (or ahead of) another that certainly begins after the other ended, or a follow-up to another that certainly ended before the other began |
//! | `organization-dates-reversed` | error | dissolved before founded |
//! | `too-few-parties` | error | an MoU with fewer than two distinct parties |
//! | `mou-dates-reversed` | error | an MoU effective or expiring before it was signed, or expiring before it took effect |
//! | `mou-status-inconsistent` | error | a draft MoU with a signing date, effective date, signatories or signing meeting |
//! | `signing-date-mismatch` | error | an MoU signed on a date its signing meeting did not cover |
//! | `overlapping-membership` | error | one state or organization listed twice as a member (any status) over overlapping periods |
//! | `member-of-itself` | error | an organization listed among its own members |
//! | `overlapping-chairs` | error | two chairmanships of one organization at once |
//! | `government-without-country` | error | an organization of kind `government` with no `country` |
//! | `days-exceed-period` | error | a meeting said to last more days than its period holds |
//! | `location-empty` | error | a location with no venue, city or country that is not online |
//! | `source-unidentified` | error | a source with neither url nor title |
//! | `dimension-parent-mismatch` | error | a priority area inside a dimension of another organization |
//! | `attested-outside-period` | error | a post, chairmanship or membership attested on a day that certainly lies outside its period |
//! | `too-many-records` | error | more records of one kind, or entries in the lists of the records of one kind together, than the crate's indices address ([`MAX_RECORDS`]); nothing else is checked |
//! | `overlapping-heads` | warning | two officials heading one organization at once, or one official holding two head posts of it at once (acting heads excepted) |
//! | `attendee-without-post` | warning | an official attending for an organization without a post there (or in its parent or sub-bodies) during the meeting |
//! | `signatory-without-post` | warning | an MoU signatory with no post at a party (or a body above or below one) on the signing date; the record does not say which party a signatory signed for, so a post at any party's body counts |
//! | `dimension-not-of-participant` | warning | a meeting's dimension owned by none of the participating organizations (or their parents or sub-bodies) |
//! | `outcome-of-unheld-meeting` | warning | outcomes on a meeting that is planned, postponed or cancelled |
//! | `decided-after-start` | warning | a post, chairmanship or membership whose deciding meeting (`decided_at`) certainly began after it did |
//! | `duplicate-entry` | warning | the same participant, member, post, party, dimension, MoU or signatory listed twice in one record |
//!
//! Periods that share only a boundary day (one ends the day the next starts) are adjacent,
//! not overlapping. A post, membership or chairmanship is compared by the days it certainly
//! covers (see the table in [the registry's docs](crate::registry#dates-and-answers)): an
//! unknown start makes no day certain before its end, and a day it is attested on is
//! certain. A `dangling-reference` also covers `decided_at`, `session_of` and an outcome's
//! `official`.
//!
//! ```
//! use multilateral::{Dataset, Severity};
//! use multilateral::validate::Rule;
//!
//! let data = Dataset::from_json(r#"{"schema_version": "2.0",
//!   "meetings": [{"id": "m1", "title": "Talks", "kind": "bilateral", "status": "held",
//!                 "when": {"start": "2024-11-25"},
//!                 "participants": [{"organization": "cica", "role": "participant"}]}]}"#)?;
//! let report = data.validate();
//! let v = &report.violations()[0];
//! assert_eq!(v.severity, Severity::Error);
//! assert_eq!(v.rule, Rule::DanglingReference);
//! assert_eq!(v.path, "/meetings/0/participants/0/organization");
//! assert_eq!(v.to_string(),
//!     "/meetings/0/participants/0/organization: error[dangling-reference]: no organization has id `cica`");
//! # Ok::<(), multilateral::ParseError>(())
//! ```

mod context;
mod cycles;
mod dates;
mod decisions;
mod dimensions;
mod records;
mod references;
mod report;
mod rule;
mod tenure;

pub use report::{Report, Severity, Violation};
pub use rule::Rule;

use crate::dataset::Dataset;
use crate::resolve::{MAX_RECORDS, PARALLEL_FROM, Resolution, Task, TooLarge};

impl Dataset {
    /// Checks every rule across records and returns every violation found: see
    /// [`validate`].
    pub fn validate(&self) -> Report {
        validate(self)
    }
}

/// Checks every rule across the records of `data` and reports every violation.
///
/// Runs in time roughly linear in the size of the dataset (sorting aside): every reference
/// is resolved once through hash tables, then each rule visits each record once.
pub fn validate(data: &Dataset) -> Report {
    match Resolution::new(data) {
        Ok(res) => check(data, &res),
        Err(too_large) => too_large_report(too_large),
    }
}

/// Checks every rule, given the resolution of the dataset's references.
pub(crate) fn check(data: &Dataset, res: &Resolution) -> Report {
    let cx = context::Context { data, res };
    let cx = &cx;
    // Two groups of rules, the second on another thread for a large dataset; the report
    // lists the first group's violations, then the second's, as one thread would.
    std::thread::scope(|s| {
        let later = Task::start(s, data.len() >= PARALLEL_FROM, move || {
            let mut report = Report::default();
            records::check(cx, &mut report);
            dimensions::check(cx, &mut report);
            tenure::check(cx, &mut report);
            report
        });
        let mut report = Report::default();
        references::check(cx, &mut report);
        cycles::check(cx, &mut report);
        dates::check(cx, &mut report);
        decisions::check(cx, &mut report);
        report.append(later.finish());
        report
    })
}

/// The report on a dataset too large to resolve.
pub(crate) fn too_large_report(e: TooLarge) -> Report {
    let mut report = Report::default();
    report.push(
        Rule::TooManyRecords,
        format!("/{}", e.collection.field()),
        format!(
            "{} holds {} records or list entries, more than the {MAX_RECORDS} this crate can index",
            e.collection.field(),
            e.count
        ),
    );
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::{Collection, fits};

    // No test document can hold more than `MAX_RECORDS` (about 4 billion) records; the
    // count alone is checked, and the report it gives.
    #[test]
    fn too_many_records_is_one_error_at_the_collection() {
        assert!(fits(Collection::Officials, MAX_RECORDS).is_ok());
        let too_large = fits(Collection::Officials, MAX_RECORDS + 1).unwrap_err();
        let report = too_large_report(too_large);
        let v = report.violations();
        assert_eq!(v.len(), 1);
        assert_eq!(
            (v[0].rule, v[0].severity, v[0].path.as_str()),
            (Rule::TooManyRecords, Severity::Error, "/officials")
        );
        assert_eq!(v[0].rule.code(), "too-many-records");
        assert!(
            v[0].message.contains(&(MAX_RECORDS + 1).to_string()),
            "{}",
            v[0].message
        );
    }
}
