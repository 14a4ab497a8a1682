//! Days as plain numbers while generating, and their rendering as partial dates.
//!
//! Reads: days (counted from 1970-01-01, proleptic Gregorian) and the precision to write
//! them to. Makes: [`PartialDate`]s and [`Period`]s.
//!
//! The generator decides every date to the day, then writes some of them coarser ("2019",
//! "2019-05"). A coarse date always contains the exact day, so every rule that holds for the
//! exact days holds for what is written. The arithmetic is on integers only (the civil-date
//! algorithms of Howard Hinnant), so it is the same on every machine.

use multilateral::{PartialDate, Period};

use super::rng::Rng;

/// A day, counted from 1970-01-01 (day 0).
pub(crate) type Day = i32;

/// The end of a term still running.
pub(crate) const OPEN: Day = i32::MAX;

/// Days in a year, near enough for durations.
pub(crate) const YEAR: Day = 365;

/// The day of a calendar date (`month` 1..=12, `dom` 1..=31, valid for the month).
pub(crate) fn day(year: i32, month: i32, dom: i32) -> Day {
    debug_assert!((1..=12).contains(&month) && (1..=31).contains(&dom));
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400);
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + dom - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The calendar date of a day: (year, month 1..=12, day of the month 1..=31).
pub(crate) fn ymd(day: Day) -> (i32, i32, i32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let dom = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i32::from(month <= 2);
    (year, month, dom)
}

/// The year of a day.
pub(crate) fn year_of(day: Day) -> i32 {
    ymd(day).0
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
///
/// # Panics
///
/// When the day's year is outside 1..=9999. The generator's days lie between 1720 (80 years
/// before the earliest first year, 1800) and about 9510 (a few years after the latest last
/// year, 9499).
pub(crate) fn partial(day: Day, prec: Prec) -> PartialDate {
    const WHY: &str = "the generator's years lie in 1720..=9520, which a partial date holds";
    let (y, m, d) = ymd(day);
    let year = u16::try_from(y).expect(WHY);
    let month = u8::try_from(m).expect("a month is 1..=12");
    let dom = u8::try_from(d).expect("a day of the month is 1..=31");
    match prec {
        Prec::Day => PartialDate::from_ymd(year, month, dom),
        Prec::Month => PartialDate::from_year_month(year, month),
        Prec::Year => PartialDate::from_year(year),
    }
    .expect(WHY)
}

/// A period from `start` to `end` (inclusive days; [`OPEN`] for no end), each end written to
/// its precision, the start left out when `known_start` is false.
///
/// # Panics
///
/// When `end` is before `start`: the generator always draws an end on or after its start,
/// and a date written coarser still contains its day, so the written start is never after
/// the written end.
pub(crate) fn period(
    start: Day,
    end: Day,
    start_prec: Prec,
    end_prec: Prec,
    known_start: bool,
) -> Period {
    assert!(start <= end, "a period from day {start} to day {end}");
    let s = known_start.then(|| partial(start, start_prec));
    let e = (end != OPEN).then(|| partial(end, end_prec));
    Period::new(s, e).expect("start <= end, and coarse dates contain their days")
}

/// A period from `start` to `end` written to one precision.
pub(crate) fn span(start: Day, end: Day, prec: Prec) -> Period {
    period(start, end, prec, prec, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_from_1970() {
        assert_eq!(day(1970, 1, 1), 0);
        assert_eq!(day(2000, 3, 1), 11_017);
        assert_eq!(day(2024, 11, 26), 20_053);
        assert_eq!(day(1720, 1, 1), -91_311);
        assert_eq!(day(9510, 12, 31), 2_754_292);
        // Every day from 1700 to 9600 maps back to its date, one after the other.
        let mut previous = ymd(day(1700, 1, 1) - 1);
        for d in day(1700, 1, 1)..day(9600, 1, 1) {
            let (y, m, dom) = ymd(d);
            assert_eq!(day(y, m, dom), d);
            let next_in_month = (y, m, dom - 1) == previous;
            let next_month = dom == 1 && (y, m - 1) == (previous.0, previous.1);
            let next_year = (m, dom) == (1, 1) && (y - 1, 12, 31) == previous;
            assert!(
                next_in_month || next_month || next_year,
                "{d}: {y}-{m}-{dom}"
            );
            previous = (y, m, dom);
        }
        assert_eq!(ymd(day(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(ymd(day(2023, 2, 28) + 1), (2023, 3, 1));
    }

    #[test]
    fn coarse_dates_contain_the_day() {
        let d = day(2024, 11, 26);
        assert_eq!(partial(d, Prec::Day).to_string(), "2024-11-26");
        assert_eq!(partial(d, Prec::Month).to_string(), "2024-11");
        assert_eq!(partial(d, Prec::Year).to_string(), "2024");
        assert_eq!(
            span(d, d + 2, Prec::Day).to_string(),
            "2024-11-26/2024-11-28"
        );
        assert_eq!(
            period(d, OPEN, Prec::Year, Prec::Day, true).to_string(),
            "2024/.."
        );
        assert_eq!(
            period(d - 400, d, Prec::Day, Prec::Year, false).to_string(),
            "/2024"
        );
        // The coarsest writing of a start and an end a day apart still makes a period.
        let new_year = day(2025, 1, 1);
        assert_eq!(
            period(new_year - 1, new_year, Prec::Year, Prec::Month, true).to_string(),
            "2024/2025-01"
        );
        assert_eq!(year_of(d), 2024);
    }

    #[test]
    #[should_panic(expected = "a period from day")]
    fn a_reversed_period_is_a_bug() {
        let d = day(2024, 11, 26);
        period(d, d - 1, Prec::Day, Prec::Day, true);
    }
}
