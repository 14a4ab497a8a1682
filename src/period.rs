//! Periods of time with fuzzy or open ends.
//!
//! A [`Period`] is a start and an end, each a [`PartialDate`] and each optional. It is how
//! the records say when a meeting happened (`2024-11-25` to `2024-11-27`), when a post was
//! held, when a state chaired an organization ("2024" to "2026").
//!
//! # What the ends mean
//!
//! - An end given as a year or a month is uncertain within it: a meeting "in November 2024"
//!   is `{"start": "2024-11", "end": "2024-11"}`; a bilateral meeting held on some day of a
//!   three-day visit is `{"start": "2024-11-25", "end": "2024-11-27"}` — the range it lies in,
//!   never an invented day.
//! - A missing `start` means the start is not known.
//! - A missing `end` means the period had not ended as far as the record knows (a post still
//!   held, a membership still current).
//! - A period whose `start` is after its `end` cannot be made: `"2024"` to `"2024-03"` is
//!   fine (the start may be in January), `"2024-05"` to `"2024-03"` is refused.
//!
//! # Overlap
//!
//! Rules across records ask whether two periods overlap. [`Period::may_overlap`] answers
//! whether they could share a day, whatever their uncertain ends turn out to be;
//! [`Period::must_overlap`] whether they certainly share more than one day (an unknown start
//! makes nothing certain before the end; an open end counts as still running). Two periods
//! that share only a boundary day — one ends on the day the other starts, as in a handover — are
//! adjacent, not overlapping.
//!
//! ```
//! use multilateral::Period;
//!
//! let visit: Period = "2024-11-25/2024-11-27".parse()?;
//! let chairmanship: Period = "2020/2026".parse()?;
//! assert!(chairmanship.must_overlap(&visit));
//! let that_year: Period = "2024/2024".parse()?;
//! assert!(that_year.may_overlap(&visit)); // some days of 2024, not certainly these
//! let before: Period = "2023-01/2024-11-25".parse()?;
//! assert!(!before.must_overlap(&visit)); // adjacent: shares only the 25th
//! assert!("2024-05/2024-03".parse::<Period>().is_err());
//! # Ok::<(), multilateral::ValueError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::error::ValueError;

/// A stretch of time whose ends may be partial dates or open. See [the module docs](crate::period).
#[derive(
    Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
#[schemars(
    description = "A stretch of time whose ends are partial dates, either of which may be absent: `{\"start\": \"2024-11-25\", \"end\": \"2024-11-27\"}` is some time within those three days, `{\"start\": \"2008\"}` a period that began in 2008 and has not ended as far as the record knows, `{}` a period about which nothing is known. An end given as a year or a month may be any day in it. The start is never after the end."
)]
pub struct Period {
    /// The first day, month or year; absent when not known. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start: Option<PartialDate>,
    /// The last day, month or year; absent while the period has not ended (or its end is not
    /// known). Must not be before `start`. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<PartialDate>,
}

/// Whether a period covers a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Coverage {
    /// The day certainly lies outside the period.
    No,
    /// The day may lie inside, depending on the unknown part of the dates.
    Possibly,
    /// The day certainly lies inside the period.
    Yes,
}

impl Period {
    /// A period from `start` to `end`; refused when `start` certainly lies after `end`.
    pub fn new(start: Option<PartialDate>, end: Option<PartialDate>) -> Result<Self, ValueError> {
        if let (Some(s), Some(e)) = (start, end) {
            if s.earliest() > e.latest() {
                return Err(ValueError::PeriodReversed {
                    start: s.to_string(),
                    end: e.to_string(),
                });
            }
        }
        Ok(Self { start, end })
    }

    /// A period with no known start and no end.
    pub fn unknown() -> Self {
        Self::default()
    }

    /// Whether nothing is known of the period: no start and no end.
    pub fn is_unknown(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }

    /// A period that begins and ends with one partial date: a day, a month or a year.
    pub fn within(date: PartialDate) -> Self {
        Self {
            start: Some(date),
            end: Some(date),
        }
    }

    /// A period from `start` with no end yet.
    pub fn since(start: PartialDate) -> Self {
        Self {
            start: Some(start),
            end: None,
        }
    }

    /// The start, if known.
    pub fn start(&self) -> Option<PartialDate> {
        self.start
    }

    /// The end, if the period has ended (or its end is known).
    pub fn end(&self) -> Option<PartialDate> {
        self.end
    }

    /// The first day the period may begin on; `None` when the start is unknown.
    pub fn earliest(&self) -> Option<NaiveDate> {
        self.start.map(|d| d.earliest())
    }

    /// The last day the period may end on; `None` when it is open.
    pub fn latest(&self) -> Option<NaiveDate> {
        self.end.map(|d| d.latest())
    }

    /// The range of days the period may span, with open ends widened to the calendar's
    /// limits: `(first possible day, last possible day)`.
    pub fn bounds(&self) -> (NaiveDate, NaiveDate) {
        (
            self.earliest().unwrap_or(NaiveDate::MIN),
            self.latest().unwrap_or(NaiveDate::MAX),
        )
    }

    /// The days the period certainly spans, first and last: from the latest day it may start
    /// to the earliest day it may end, an open end running on to the calendar's end. `None`
    /// when no day is certain: the start is unknown, or the start and end are known so
    /// loosely that the period may fall between any two days (`2024/2024`).
    pub(crate) fn certain(&self) -> Option<(NaiveDate, NaiveDate)> {
        let start = self.start?.latest();
        let end = self.end.map_or(NaiveDate::MAX, |d| d.earliest());
        (start <= end).then_some((start, end))
    }

    /// Whether the two periods could share at least one day.
    pub fn may_overlap(&self, other: &Period) -> bool {
        let (a0, a1) = self.bounds();
        let (b0, b1) = other.bounds();
        a0 <= b1 && b0 <= a1
    }

    /// Whether the two periods certainly share a day that is not a handover.
    ///
    /// Two terms that meet on one day, one ending the day the other begins, are a handover,
    /// not an overlap, when the first may have begun before that day and the second may go
    /// on after it: the chair passes on that day. Sharing more than one day, or one day that
    /// is all one of them can be (two terms of that one day, or a one-day term inside
    /// another), is an overlap. An open end counts as still running; an unknown start makes
    /// no day certain.
    pub fn must_overlap(&self, other: &Period) -> bool {
        match (self.spans(), other.spans()) {
            (Some(a), Some(b)) => certainly_overlap(a, b),
            _ => false,
        }
    }

    /// Whether the period certainly lies within `outer`: it cannot start before `outer` may
    /// start, nor end after `outer` may end. Returns `false` also when undecided.
    pub fn must_lie_within(&self, outer: &Period) -> bool {
        let (o0, o1) = outer.bounds();
        let (s0, s1) = self.bounds();
        o0 <= s0 && s1 <= o1
    }

    /// Whether the period certainly has a day outside `outer`: it must start before `outer`
    /// can start or after it can end, or end after `outer` can end or before it can start.
    pub fn must_leave(&self, outer: &Period) -> bool {
        let (o0, o1) = outer.bounds();
        let start_outside = self
            .start
            .is_some_and(|s| s.latest() < o0 || s.earliest() > o1);
        let end_outside = self
            .end
            .is_some_and(|e| e.earliest() > o1 || e.latest() < o0);
        start_outside || end_outside
    }

    /// Whether `day` lies in the period. An unknown start makes every day up to the end only
    /// possible; an open end counts as still running.
    pub fn covers(&self, day: NaiveDate) -> Coverage {
        let (first, last) = self.bounds();
        if day < first || day > last {
            return Coverage::No;
        }
        let started = self.start.is_some_and(|s| s.latest() <= day);
        let not_ended = self.end.is_none_or(|e| e.earliest() >= day);
        if started && not_ended {
            Coverage::Yes
        } else {
            Coverage::Possibly
        }
    }
}

/// Whether two periods, given their certain days and their bounds, certainly share a day
/// that is not a handover (see [`Period::must_overlap`]): one ends on the shared day while it
/// may have begun earlier, and the other begins on it while it may go on later.
pub(crate) fn certainly_overlap(a: Spans, b: Spans) -> bool {
    let (first, last) = (a.certain.0.max(b.certain.0), a.certain.1.min(b.certain.1));
    if first != last {
        return first < last;
    }
    let day = first;
    let handover = |x: Spans, y: Spans| {
        x.certain.1 == day && x.bounds.0 < day && y.certain.0 == day && y.bounds.1 > day
    };
    !(handover(a, b) || handover(b, a))
}

/// A period's certain days and its bounds, for [`certainly_overlap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Spans {
    pub(crate) certain: (NaiveDate, NaiveDate),
    pub(crate) bounds: (NaiveDate, NaiveDate),
}

impl Period {
    /// The period's certain days and bounds, when some day is certain.
    pub(crate) fn spans(&self) -> Option<Spans> {
        Some(Spans {
            certain: self.certain()?,
            bounds: self.bounds(),
        })
    }
}

/// How a period is read from JSON, before its ends are checked against each other.
#[derive(Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
struct PeriodRepr {
    #[serde(default)]
    start: Option<PartialDate>,
    #[serde(default)]
    end: Option<PartialDate>,
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let repr = <PeriodRepr as Deserialize>::deserialize(d)?;
        Period::new(repr.start, repr.end).map_err(serde::de::Error::custom)
    }
}

impl FromStr for Period {
    type Err = ValueError;

    /// Reads the ISO 8601 interval form `START/END`, with `..` (or nothing) for an open end:
    /// `2024-11-25/2024-11-27`, `2008/..`, `../2024`.
    fn from_str(s: &str) -> Result<Self, ValueError> {
        let (start, end) = s.split_once('/').ok_or_else(|| ValueError::Date {
            input: crate::error::excerpt_ascii(s),
            reason: "a period is written START/END, with .. for an open end",
        })?;
        let side = |part: &str| -> Result<Option<PartialDate>, ValueError> {
            match part {
                "" | ".." => Ok(None),
                date => date.parse().map(Some),
            }
        };
        Period::new(side(start)?, side(end)?)
    }
}

impl fmt::Display for Period {
    /// Writes the ISO 8601 interval form, `..` for an open end.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.start {
            Some(d) => write!(f, "{d}")?,
            None => f.write_str("..")?,
        }
        match self.end {
            Some(d) => write!(f, "/{d}"),
            None => f.write_str("/.."),
        }
    }
}

impl fmt::Debug for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Period({self})")
    }
}

crate::serde_str::map_only!(PeriodRepr: "Period");

/// What needs the crate's private [`Period::certain`]; the public behaviour of periods is
/// tested in `tests/it/values.rs`.
#[cfg(test)]
mod proptests {
    use chrono::NaiveDate;
    use proptest::prelude::*;

    use super::*;

    /// A partial date in 2020 to 2024, so that periods often meet: a year, a month, or a day,
    /// falling back to the month when the day does not exist.
    fn nearby_date() -> impl Strategy<Value = PartialDate> {
        (2020u16..=2024, 0u8..=12, 0u8..=31).prop_map(|(y, m, d)| {
            match (m, d) {
                (0, _) => PartialDate::from_year(y),
                (m, 0) => PartialDate::from_year_month(y, m),
                (m, d) => {
                    PartialDate::from_ymd(y, m, d).or_else(|_| PartialDate::from_year_month(y, m))
                }
            }
            .unwrap()
        })
    }

    /// Any period, open ends included.
    fn period() -> impl Strategy<Value = Period> {
        (
            proptest::option::of(nearby_date()),
            proptest::option::of(nearby_date()),
        )
            .prop_filter_map("reversed", |(s, e)| Period::new(s, e).ok())
    }

    fn day() -> impl Strategy<Value = NaiveDate> {
        (0i64..2200)
            .prop_map(|n| NaiveDate::from_ymd_opt(2019, 6, 1).unwrap() + chrono::Duration::days(n))
    }

    proptest! {
        #[test]
        fn coverage_agrees_with_the_bounds(p in period(), d in day()) {
            let (first, last) = p.bounds();
            let sure = p.certain().is_some_and(|(from, to)| from <= d && d <= to);
            match p.covers(d) {
                Coverage::No => prop_assert!(d < first || d > last),
                Coverage::Possibly => prop_assert!(first <= d && d <= last && !sure),
                Coverage::Yes => prop_assert!(first <= d && d <= last && sure),
            }
            let within = Period::within(PartialDate::from(d));
            prop_assert_eq!(p.may_overlap(&within), p.covers(d) != Coverage::No);
        }
    }
}
