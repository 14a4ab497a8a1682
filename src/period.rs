//! Periods of time with fuzzy, unknown or open ends.
//!
//! A [`Period`] is a start and an end, each a [`Bound`]: a partial date, limits, unknown, or
//! open (see [the bounds' module](crate::bound)). It is how the records say when a meeting
//! happened (`2024-11-25` to `2024-11-27`), when a post was held, when a state chaired an
//! organization ("2024" to "2026").
//!
//! # What the ends mean
//!
//! - An end given as a year or a month is uncertain within it: a meeting "in November 2024"
//!   is `{"start": "2024-11", "end": "2024-11"}`; a bilateral meeting held on some day of a
//!   three-day visit is `{"start": "2024-11-25", "end": "2024-11-27"}` — the range it lies in,
//!   never an invented day.
//! - A missing `start` means the start is not known (as `"start": "unknown"`).
//! - A missing `end` after a `start` means the period had not ended as far as the record
//!   knows (a post still held, a membership still current), as `"end": ".."`. An end that came
//!   on a day the record does not give is `"end": "unknown"`. With neither end given (`{}`),
//!   nothing is known of either.
//! - Both ends are days of the period: a term "from 2020-01-01 to 2024-12-17" includes the
//!   17th.
//! - A period whose start is certainly after its end cannot be made: `"2024"` to `"2024-03"`
//!   is fine (the start may be in January), `"2024-05"` to `"2024-03"` is refused.
//!
//! # Which days a period covers
//!
//! Each end stands for a range of days it may fall on; the period [`covers`](Period::covers) a
//! day *certainly* when the start falls on or before it and the end on or after it whatever
//! the missing parts turn out to be, *possibly* when some reading of the ends puts the day
//! inside, and *not* otherwise. An open start runs from the beginning of time; an open end
//! runs on. An unknown start may be any day up to the end, an unknown end any day from the
//! start on: so an unknown start leaves only the end's own day certain, when the end is a
//! day, and an unknown end only the start's.
//!
//! # Overlap
//!
//! Rules across records ask whether two periods overlap. [`Period::may_overlap`] answers
//! whether they could share a day, whatever their uncertain ends turn out to be;
//! [`Period::must_overlap`] whether they certainly share a day that is not a handover. Two
//! periods that share only a boundary day — one ends on the day the other starts, as in a
//! handover — are adjacent, not overlapping.
//!
//! # Written as text
//!
//! [`FromStr`] and [`Display`](std::fmt::Display) use the interval form of
//! EDTF (ISO 8601-2): `START/END`, each side a partial date, `..` for open, nothing for
//! unknown, and limits in square brackets: `2024-11-25/2024-11-27`, `2008/..` (still
//! running), `2008/` (ended on a day not known), `/2024` (began on a day not known),
//! `[..1999]/..` (a member since 1999 or earlier).
//!
//! ```
//! use multilateral::{Coverage, Period, ymd};
//!
//! let visit: Period = "2024-11-25/2024-11-27".parse()?;
//! let chairmanship: Period = "2020/2026".parse()?;
//! assert!(chairmanship.must_overlap(&visit));
//! let that_year: Period = "2024/2024".parse()?;
//! assert!(that_year.may_overlap(&visit)); // some days of 2024, not certainly these
//! let before: Period = "2023-01/2024-11-25".parse()?;
//! assert!(!before.must_overlap(&visit)); // adjacent: shares only the 25th
//! assert!("2024-05/2024-03".parse::<Period>().is_err());
//!
//! let running: Period = "2020-01-01/..".parse()?;
//! let ended_unknown: Period = "2020-01-01/".parse()?;
//! assert_eq!(running.covers(ymd(2023, 6, 1)), Coverage::Yes);
//! assert_eq!(ended_unknown.covers(ymd(2023, 6, 1)), Coverage::Possibly);
//! # Ok::<(), multilateral::ValueError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::bound::Bound;
use crate::date::PartialDate;
use crate::error::ValueError;
use crate::term::Term;

/// A stretch of time whose ends may be partial dates, limits, unknown or open. See [the
/// module docs](crate::period).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    start: Bound,
    end: Bound,
}

impl Default for Period {
    /// `{}`: nothing is known of either end.
    fn default() -> Self {
        Self {
            start: Bound::Unknown,
            end: Bound::Unknown,
        }
    }
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
    /// A period from `start` to `end`, read as the JSON reads absent fields: no `start` is
    /// unknown; no `end` is open after a start, unknown when the start is not known either.
    /// Refused when `start` certainly lies after `end`.
    pub fn new(start: Option<PartialDate>, end: Option<PartialDate>) -> Result<Self, ValueError> {
        let start = start.map_or(Bound::Unknown, Bound::Date);
        let end = end.map_or(absent_end(start), Bound::Date);
        Self::bounded(start, end)
    }

    /// A period between two bounds; refused when the start certainly lies after the end.
    pub fn bounded(start: Bound, end: Bound) -> Result<Self, ValueError> {
        if let (Some(s), Some(e)) = (start.first_day(), end.last_day()) {
            if s > e {
                return Err(ValueError::PeriodReversed {
                    start: start.to_string(),
                    end: end.to_string(),
                });
            }
        }
        Ok(Self { start, end })
    }

    /// `{}`: a period of which nothing is known.
    pub fn unknown() -> Self {
        Self::default()
    }

    /// Whether the period is `{}`: both ends unknown.
    pub fn is_unknown(&self) -> bool {
        *self == Self::default()
    }

    /// A period that begins and ends with one partial date: a day, a month or a year.
    pub fn within(date: PartialDate) -> Self {
        Self {
            start: Bound::Date(date),
            end: Bound::Date(date),
        }
    }

    /// A period from `start` with no end yet.
    pub fn since(start: PartialDate) -> Self {
        Self {
            start: Bound::Date(start),
            end: Bound::Open,
        }
    }

    /// The start.
    pub fn start(&self) -> Bound {
        self.start
    }

    /// The end.
    pub fn end(&self) -> Bound {
        self.end
    }

    /// The first day the period may begin on; `None` when nothing limits the start from
    /// below (unknown, open, or limits with no `not_before`).
    pub fn earliest(&self) -> Option<NaiveDate> {
        self.start.first_day()
    }

    /// The last day the period may end on; `None` when nothing limits the end from above.
    pub fn latest(&self) -> Option<NaiveDate> {
        self.end.last_day()
    }

    /// The range of days the period may span, with unlimited ends widened to the calendar's
    /// limits: `(first possible day, last possible day)`.
    pub fn bounds(&self) -> (NaiveDate, NaiveDate) {
        self.extent().bounds()
    }

    /// The days the period certainly spans, first and last. `None` when no day is certain.
    pub(crate) fn certain(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.extent().certain()
    }

    /// The days the period's ends may fall on.
    pub(crate) fn extent(&self) -> Extent {
        Extent::of(self)
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
    /// another), is an overlap.
    pub fn must_overlap(&self, other: &Period) -> bool {
        match (self.extent().spans(), other.extent().spans()) {
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

    /// Whether the period certainly has a day outside `outer`: one of its dated ends must lie
    /// before `outer` can start or after it can end. Unknown and open ends claim nothing.
    pub fn must_leave(&self, outer: &Period) -> bool {
        let (o0, o1) = outer.bounds();
        let outside = |b: Bound| {
            b.last_day().is_some_and(|last| last < o0) || b.first_day().is_some_and(|f| f > o1)
        };
        outside(self.start) || outside(self.end)
    }

    /// Whether `day` lies in the period (see [the module docs](crate::period)).
    pub fn covers(&self, day: NaiveDate) -> Coverage {
        self.extent().covers(day)
    }
}

/// The days a period's ends may fall on, as four days: the start falls within `start`
/// (first, last), the end within `end` (first, last). Unlimited sides are the calendar's
/// limits: an unknown start is `(MIN, MAX)`, an open start `(MIN, MIN)` (certain from the
/// beginning), an open end `(MAX, MAX)`. The end is never taken before the start's first day,
/// nor the start after the end's last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Extent {
    pub(crate) start: (NaiveDate, NaiveDate),
    pub(crate) end: (NaiveDate, NaiveDate),
}

impl Extent {
    fn of(p: &Period) -> Self {
        // The days an end may fall on; `open` where there is none.
        let side = |b: Bound, open: NaiveDate| match b {
            Bound::Open => (open, open),
            b => (
                b.first_day().unwrap_or(NaiveDate::MIN),
                b.last_day().unwrap_or(NaiveDate::MAX),
            ),
        };
        Self {
            start: side(p.start, NaiveDate::MIN),
            end: side(p.end, NaiveDate::MAX),
        }
        .settled()
    }

    /// The days of a holding (a post, a chairmanship, a membership): its period, narrowed by
    /// its term and by the days it is attested on. A term lasts at least its length from the
    /// start when the end is not dated from below (an unknown end, or limits without
    /// `not_before`); an attested day lies in the holding, so the start is on or before it
    /// and the end on or after it.
    pub(crate) fn of_holding(p: &Period, term: Option<Term>, attested: &[PartialDate]) -> Self {
        let mut x = Self::of(p);
        if let Some(term) = term {
            let end_undated_below = p.end.first_day().is_none() && !p.end.is_open();
            if end_undated_below && x.start.0 != NaiveDate::MIN {
                if let Some(lasts_to) = term.last_day(x.start.0) {
                    x.end.0 = x.end.0.max(lasts_to).min(x.end.1);
                }
            }
        }
        for a in attested {
            x.start.1 = x.start.1.min(a.latest());
            x.end.0 = x.end.0.max(a.earliest());
        }
        x.settled()
    }

    /// The end is not before the start may be, nor the start after the end may be.
    fn settled(mut self) -> Self {
        self.end.0 = self.end.0.max(self.start.0);
        self.start.1 = self.start.1.min(self.end.1);
        self
    }

    /// The first and last day the period may span.
    pub(crate) fn bounds(&self) -> (NaiveDate, NaiveDate) {
        (self.start.0, self.end.1)
    }

    /// The days it certainly spans: from the last day it may start to the first day it may
    /// end. None when the start is not limited from above (it may begin after any day) or
    /// the end not from below: the calendar's limits are not days a record can make certain.
    pub(crate) fn certain(&self) -> Option<(NaiveDate, NaiveDate)> {
        let (from, to) = (self.start.1, self.end.0);
        (from < NaiveDate::MAX && to > NaiveDate::MIN && from <= to).then_some((from, to))
    }

    pub(crate) fn covers(&self, day: NaiveDate) -> Coverage {
        let (first, last) = self.bounds();
        if day < first || day > last {
            Coverage::No
        } else if self.start.1 <= day && day <= self.end.0 {
            Coverage::Yes
        } else {
            Coverage::Possibly
        }
    }

    /// Its certain days and bounds, when some day is certain.
    pub(crate) fn spans(&self) -> Option<Spans> {
        Some(Spans {
            certain: self.certain()?,
            bounds: self.bounds(),
        })
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

/// A period as JSON writes it: each end a bound, an absent start unknown and an absent end
/// open.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[schemars(
    title = "Period",
    description = "A stretch of time: `{\"start\": \"2024-11-25\", \"end\": \"2024-11-27\"}` is some time within those three days, `{\"start\": \"2008\"}` a period that began in 2008 and has not ended as far as the record knows, `{\"start\": \"2008\", \"end\": \"unknown\"}` one that began in 2008 and ended on a day the record does not give, `{}` a period about which nothing is known (an absent end is open only after a start). An end given as a year or a month may be any day in it; both ends are days of the period. The start is never certainly after the end."
)]
struct PeriodRepr {
    /// The start: a date, limits, \"unknown\" or \"..\" (from the beginning). Absent: unknown.
    /// Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "unknown"))]
    start: Option<Bound>,
    /// The end: a date, limits, \"unknown\" (ended on a day not given) or \"..\" (still
    /// running). Absent: still running, as far as the record knows, when a start is given;
    /// unknown when not. Must not be certainly before `start`. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<Bound>,
}

/// What an absent `end` means after `start`: still running after a start that is known (or
/// open), unknown when nothing is known of the start either (`{}` is a period of which
/// nothing is known).
fn absent_end(start: Bound) -> Bound {
    if start.is_unknown() {
        Bound::Unknown
    } else {
        Bound::Open
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let repr = <PeriodRepr as Deserialize>::deserialize(d)?;
        let start = repr.start.unwrap_or(Bound::Unknown);
        let end = repr.end.unwrap_or(absent_end(start));
        Period::bounded(start, end).map_err(serde::de::Error::custom)
    }
}

impl Serialize for Period {
    /// Leaves out what reads back as absent: an unknown start, an end that is what its
    /// absence means after that start.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        PeriodRepr {
            start: (!self.start.is_unknown()).then_some(self.start),
            end: (self.end != absent_end(self.start)).then_some(self.end),
        }
        .serialize(s)
    }
}

impl schemars::JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Period".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <PeriodRepr as schemars::JsonSchema>::json_schema(generator)
    }
}

impl FromStr for Period {
    type Err = ValueError;

    /// Reads the EDTF interval form `START/END`: each side a partial date, `..` for open,
    /// nothing for unknown, or limits `[FIRST..LAST]`: `2024-11-25/2024-11-27`, `2008/..`,
    /// `2008/`, `/2024`, `[..1999]/..`.
    fn from_str(s: &str) -> Result<Self, ValueError> {
        let (start, end) = s.split_once('/').ok_or_else(|| ValueError::Date {
            input: crate::error::excerpt_ascii(s),
            reason: "a period is written START/END, with .. for an open end and nothing for an unknown one",
        })?;
        let side = |part: &str| -> Result<Bound, ValueError> {
            match part {
                "" => Ok(Bound::Unknown),
                other => other.parse(),
            }
        };
        Period::bounded(side(start)?, side(end)?)
    }
}

impl fmt::Display for Period {
    /// Writes the EDTF interval form: `..` for open, nothing for unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |b: Bound| match b {
            Bound::Unknown => String::new(),
            other => other.to_string(),
        };
        write!(f, "{}/{}", side(self.start), side(self.end))
    }
}

impl fmt::Debug for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Period({self})")
    }
}

crate::serde_str::map_only!(PeriodRepr: "Period", serialize);

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
