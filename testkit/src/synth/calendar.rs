//! Days as plain numbers while generating, and their rendering as partial dates.
//!
//! The generator decides every date to the day, then writes some of them coarser ("2019",
//! "2019-05"). A coarse date always contains the exact day, so every rule that holds for the
//! exact days holds for what is written.

use chrono::{Datelike, NaiveDate};

use multilateral::PartialDate;
use multilateral::Period;
use multilateral::ValueError;

use super::rng::Rng;

/// A day, counted as in [`NaiveDate::num_days_from_ce`].
pub(crate) type Day = i32;

/// The end of a term still running.
pub(crate) const OPEN: Day = i32::MAX;

/// Days in a year, near enough for durations.
pub(crate) const YEAR: Day = 365;

/// The day of a calendar date (January 1st of year 1 if it does not exist).
pub(crate) fn day(year: i32, month: u32, dom: u32) -> Day {
    NaiveDate::from_ymd_opt(year, month, dom).map_or(1, |d| d.num_days_from_ce())
}

/// The calendar date of a day.
pub(crate) fn date(day: Day) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(day).unwrap_or(NaiveDate::MIN)
}

/// The year of a day.
pub(crate) fn year_of(day: Day) -> i32 {
    date(day).year()
}

/// How precisely a day is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prec {
    Day,
    Month,
    Year,
}

impl Prec {
    /// Mostly days, some months, a few years: `month` and `year` are per mille.
    pub(crate) fn draw(rng: &mut Rng, month: u64, year: u64) -> Prec {
        let r = rng.below(1000);
        if r < year {
            Prec::Year
        } else if r < year + month {
            Prec::Month
        } else {
            Prec::Day
        }
    }
}

/// The day written to a precision.
pub(crate) fn partial(day: Day, prec: Prec) -> Result<PartialDate, ValueError> {
    let d = date(day);
    let year = u16::try_from(d.year()).unwrap_or(1);
    let month = u8::try_from(d.month()).unwrap_or(1);
    match prec {
        Prec::Day => Ok(PartialDate::from(d)),
        Prec::Month => PartialDate::from_year_month(year, month),
        Prec::Year => PartialDate::from_year(year),
    }
}

/// A period from `start` to `end` (inclusive days; [`OPEN`] for no end), each end written to
/// its precision, the start left out when `known_start` is false.
pub(crate) fn period(
    start: Day,
    end: Day,
    start_prec: Prec,
    end_prec: Prec,
    known_start: bool,
) -> Result<Period, ValueError> {
    let s = if known_start {
        Some(partial(start, start_prec)?)
    } else {
        None
    };
    let e = if end == OPEN {
        None
    } else {
        Some(partial(end, end_prec)?)
    };
    Period::new(s, e)
}

/// A period from `start` to `end` written to one precision.
pub(crate) fn span(start: Day, end: Day, prec: Prec) -> Result<Period, ValueError> {
    period(start, end, prec, prec, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coarse_dates_contain_the_day() {
        let d = day(2024, 11, 26);
        for prec in [Prec::Day, Prec::Month, Prec::Year] {
            assert!(partial(d, prec).unwrap().may_be(date(d)));
        }
        assert_eq!(partial(d, Prec::Month).unwrap().to_string(), "2024-11");
        assert_eq!(
            span(d, d + 2, Prec::Day).unwrap().to_string(),
            "2024-11-26/2024-11-28"
        );
        assert_eq!(
            period(d, OPEN, Prec::Year, Prec::Day, true)
                .unwrap()
                .to_string(),
            "2024/.."
        );
        assert_eq!(year_of(d), 2024);
    }
}
