//! Dates as the sources give them: a century, a decade, a year, a month, or a day.
//!
//! Records of diplomacy are rarely dated to the day. The IOM–CICA Memorandum of Understanding
//! is known only as "of 2008"; a chairmanship is "2024–2026"; a press release dated
//! "November 2024" says a meeting took place "this month". A [`PartialDate`] keeps exactly the
//! precision the source gave, and never invents the missing part.
//!
//! A partial date stands for an interval of days: `2008` covers 2008-01-01 ..= 2008-12-31,
//! `2024-11` covers 2024-11-01 ..= 2024-11-30. [`PartialDate::earliest`] and
//! [`PartialDate::latest`] give its ends; comparisons between records use them, so a rule
//! only fires when the dates decide it whatever the missing part turns out to be.
//!
//! The JSON form is ISO 8601 with four-digit years 0001–9999: `"2008"`, `"2008-05"`,
//! `"2008-05-14"`; and, as in EDTF (ISO 8601-2) level 1, a decade or a century with its
//! unspecified digits written `X`: `"199X"` is the 1990s (1990-01-01 ..= 1999-12-31), `"19XX"`
//! the years 1900 to 1999 ("from the 1990s", "a nineteenth-century treaty" is `"18XX"`).
//! Nothing else is accepted (no `2008-5-14`, no times, no time zones, no `000X`).
//!
//! ```
//! use chrono::NaiveDate;
//! use multilateral::PartialDate;
//!
//! let mou: PartialDate = "2008".parse()?;
//! assert_eq!(mou.earliest(), NaiveDate::from_ymd_opt(2008, 1, 1).unwrap());
//! assert_eq!(mou.latest(), NaiveDate::from_ymd_opt(2008, 12, 31).unwrap());
//! assert_eq!(mou.to_string(), "2008");
//! assert!("2008-02-30".parse::<PartialDate>().is_err());
//!
//! let nineties: PartialDate = "199X".parse()?;
//! assert_eq!(nineties.earliest(), NaiveDate::from_ymd_opt(1990, 1, 1).unwrap());
//! assert_eq!(nineties.latest(), NaiveDate::from_ymd_opt(1999, 12, 31).unwrap());
//! # Ok::<(), multilateral::ValueError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::error::{ValueError, excerpt_ascii as excerpt};

/// Four digits for a year from 0001 to 9999.
macro_rules! year {
    () => {
        "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
    };
}

/// Four digits for a leap year: divisible by 4 and not by 100, or divisible by 400.
macro_rules! leap_year {
    () => {
        "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
    };
}

/// The JSON Schema `pattern` of a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, year 0001
/// to 9999, a decade `YYYX` or a century `YYXX` (never `000X` or `00XX`), and only days that exist (30 April, 29 February in leap years), so that a schema
/// validator accepts exactly the dates this crate reads (the end is `(?!\n)$`: `$` alone
/// also matches before a final newline in Python's dialect).
pub const PARTIAL_DATE_PATTERN: &str = concat!(
    "^(",
    year!(),
    "|([0-9]{2}[1-9]|[0-9][1-9][0-9]|[1-9][0-9]{2})X",
    "|([0-9][1-9]|[1-9][0-9])XX",
    "|",
    year!(),
    "-(0[1-9]|1[0-2])",
    "|",
    year!(),
    "-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])",
    "|",
    year!(),
    "-(0[469]|11)-(0[1-9]|[12][0-9]|30)",
    "|",
    year!(),
    "-02-(0[1-9]|1[0-9]|2[0-8])",
    "|",
    leap_year!(),
    "-02-29",
    ")(?!\\n)$"
);

const MONTH_RANGE: &str = "the month must be between 01 and 12";

/// How precisely a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Precision {
    /// Only the century: `19XX`, the years 1900 to 1999.
    Century,
    /// Only the decade: `199X`, the years 1990 to 1999.
    Decade,
    /// Only the year: `2008`.
    Year,
    /// The year and month: `2024-11`.
    Month,
    /// The exact day: `2024-11-25`.
    Day,
}

/// A date known to the year, the month or the day. See [the module docs](crate::date).
///
/// The order sorts by year, then month, then day, with a less precise date before the more
/// precise dates it contains (`20XX` < `202X` < `2020` < `2020-01` < `2020-01-01`). To ask
/// whether one date is before another in time, compare [`earliest`](Self::earliest) and
/// [`latest`](Self::latest).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// The year, or the first year of the decade or century.
    year: u16,
    /// 1..=12, or 0 when only the year (or less) is known.
    month: u8,
    /// 1..=31, or 0 when the day is not known.
    day: u8,
    /// How precisely the date is known; agrees with `month` and `day`.
    precision: Precision,
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.year, self.month, self.day, self.precision).cmp(&(
            other.year,
            other.month,
            other.day,
            other.precision,
        ))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialDate {
    /// A date known only to the year (1..=9999).
    pub fn from_year(year: u16) -> Result<Self, ValueError> {
        Self::checked(year, 0, 0)
    }

    /// The decade that `year` falls in, known only to the decade: `from_decade(1994)` is
    /// `199X`. Refused for the years 1 to 9 (the decade `000X` would begin in the year 0).
    pub fn from_decade(year: u16) -> Result<Self, ValueError> {
        Self::coarse(year - year % 10, Precision::Decade)
    }

    /// The century that `year` falls in, written as its first two digits: `from_century(1994)`
    /// is `19XX`, the years 1900 to 1999. Refused for the years 1 to 99.
    pub fn from_century(year: u16) -> Result<Self, ValueError> {
        Self::coarse(year - year % 100, Precision::Century)
    }

    fn coarse(first: u16, precision: Precision) -> Result<Self, ValueError> {
        let date = Self {
            year: first,
            month: 0,
            day: 0,
            precision,
        };
        if !(1..=9999).contains(&first) {
            return Err(ValueError::Date {
                input: date.to_string(),
                reason: "the year must be between 0001 and 9999",
            });
        }
        Ok(date)
    }

    /// A date known to the month (1..=12).
    pub fn from_year_month(year: u16, month: u8) -> Result<Self, ValueError> {
        if month == 0 {
            return Err(ValueError::Date {
                input: format!("{year:04}-00"),
                reason: MONTH_RANGE,
            });
        }
        Self::checked(year, month, 0)
    }

    /// A date known to the day.
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Result<Self, ValueError> {
        let fail = |reason| {
            Err(ValueError::Date {
                input: format!("{year:04}-{month:02}-{day:02}"),
                reason,
            })
        };
        if month == 0 || month > 12 {
            return fail(MONTH_RANGE);
        }
        if day == 0 {
            return fail("no such day in that month");
        }
        Self::checked(year, month, day)
    }

    fn checked(year: u16, month: u8, day: u8) -> Result<Self, ValueError> {
        let precision = match (month, day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        };
        let date = Self {
            year,
            month,
            day,
            precision,
        };
        let fail = |reason| {
            Err(ValueError::Date {
                input: date.to_string(),
                reason,
            })
        };
        if !(1..=9999).contains(&year) {
            return fail("the year must be between 0001 and 9999");
        }
        if month > 12 || (month == 0 && day != 0) {
            return fail("the month must be between 01 and 12");
        }
        if day != 0 && NaiveDate::from_ymd_opt(year.into(), month.into(), day.into()).is_none() {
            return fail("no such day in that month");
        }
        Ok(date)
    }

    /// The year; for a decade or a century, its first year (`199X` → 1990).
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month (1..=12), when known.
    pub fn month(&self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The first day the date may stand for (`2008` → 2008-01-01).
    pub fn earliest(&self) -> NaiveDate {
        let month = self.month.max(1);
        let day = self.day.max(1);
        NaiveDate::from_ymd_opt(self.year.into(), month.into(), day.into())
            .expect("made only from a year, month and day that exist")
    }

    /// The last day the date may stand for (`2024-02` → 2024-02-29).
    pub fn latest(&self) -> NaiveDate {
        let year = i32::from(self.year);
        let found = match (self.month, self.day) {
            (0, _) => {
                let years = match self.precision {
                    Precision::Century => 99,
                    Precision::Decade => 9,
                    _ => 0,
                };
                NaiveDate::from_ymd_opt(year + years, 12, 31)
            }
            (m, 0) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, u32::from(m) + 1, 1)
                };
                next.and_then(|d| d.pred_opt())
            }
            (m, d) => NaiveDate::from_ymd_opt(year, m.into(), d.into()),
        };
        found.expect("made only from a year 1..=9999, a month and a day that exist")
    }

    /// Whether `day` may be the date: it lies between [`earliest`](Self::earliest) and
    /// [`latest`](Self::latest).
    pub fn may_be(&self, day: NaiveDate) -> bool {
        self.earliest() <= day && day <= self.latest()
    }
}

impl From<NaiveDate> for PartialDate {
    /// Dates outside years 1..=9999 are clamped to those years' ends.
    fn from(date: NaiveDate) -> Self {
        let clamped = date.clamp(FIRST_DAY, LAST_DAY);
        let year = u16::try_from(clamped.year()).expect("clamped to years 1..=9999");
        let month = u8::try_from(clamped.month()).expect("a month is 1..=12");
        let day = u8::try_from(clamped.day()).expect("a day is 1..=31");
        Self {
            year,
            month,
            day,
            precision: Precision::Day,
        }
    }
}

/// The first day a partial date can stand for: 0001-01-01.
const FIRST_DAY: NaiveDate = NaiveDate::from_ymd_opt(1, 1, 1).expect("0001-01-01 exists");

/// The last day a partial date can stand for: 9999-12-31.
const LAST_DAY: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("9999-12-31 exists");

/// A day written in the program's own text, such as a test or an example: `ymd(2024, 11, 26)`.
///
/// ```
/// use multilateral::ymd;
///
/// assert_eq!(ymd(2024, 11, 26).to_string(), "2024-11-26");
/// ```
///
/// # Panics
///
/// When the day does not exist (`ymd(2024, 2, 30)`). Dates that come from input are parsed
/// with [`PartialDate::from_str`](std::str::FromStr) or [`NaiveDate::from_ymd_opt`], which
/// return an error or `None` instead.
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("ymd: a day that exists")
}

impl FromStr for PartialDate {
    type Err = ValueError;

    fn from_str(input: &str) -> Result<Self, ValueError> {
        let fail = |reason| {
            Err(ValueError::Date {
                input: excerpt(input),
                reason,
            })
        };
        let shape = "a date is written YYYY, YYYY-MM or YYYY-MM-DD (or YYYX, YYXX)";
        // A decade or a century: three or two digits and the rest `X`.
        if let Some(stem) = input.strip_suffix("XX").or_else(|| input.strip_suffix('X')) {
            let precision = if stem.len() == 2 {
                Precision::Century
            } else {
                Precision::Decade
            };
            let scale = if precision == Precision::Century {
                100
            } else {
                10
            };
            return match digits(stem, stem.len()) {
                Some(first) if input.len() == 4 => {
                    let first = u16::try_from(first).expect("at most three digits") * scale;
                    Self::coarse(first, precision).map_err(|e| match e {
                        ValueError::Date { reason, .. } => ValueError::Date {
                            input: excerpt(input),
                            reason,
                        },
                        other => other,
                    })
                }
                _ => fail(shape),
            };
        }
        let mut parts = input.split('-');
        let year = match parts.next().map(|y| digits(y, 4)) {
            Some(Some(y)) => y,
            _ => return fail(shape),
        };
        let month = match parts.next().map(|m| digits(m, 2)) {
            None => 0,
            Some(Some(m)) => m,
            Some(None) => return fail(shape),
        };
        let day = match parts.next().map(|d| digits(d, 2)) {
            None => 0,
            Some(Some(d)) => d,
            Some(None) => return fail(shape),
        };
        if parts.next().is_some() {
            return fail(shape);
        }
        let (Ok(year), Ok(month), Ok(day)) =
            (u16::try_from(year), u8::try_from(month), u8::try_from(day))
        else {
            return fail(shape);
        };
        if month == 0 && input.len() > 4 {
            return fail("the month must be between 01 and 12");
        }
        if day == 0 && input.len() > 7 {
            return fail("no such day in that month");
        }
        Self::checked(year, month, day).map_err(|e| match e {
            ValueError::Date { reason, .. } => ValueError::Date {
                input: excerpt(input),
                reason,
            },
            other => other,
        })
    }
}

/// Reads exactly `len` ASCII digits.
fn digits(s: &str, len: usize) -> Option<u32> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Century => return write!(f, "{:02}XX", self.year / 100),
            Precision::Decade => return write!(f, "{:03}X", self.year / 10),
            _ => {}
        }
        write!(f, "{:04}", self.year)?;
        if self.month != 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day != 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({self})")
    }
}

crate::string_type::string_serde!(
    PartialDate,
    "a date written YYYY, YYYY-MM or YYYY-MM-DD, or a decade YYYX or century YYXX"
);

impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date known to the century, the decade, the year, the month or the day: \"19XX\", \"199X\", \"2008\", \"2024-11\" or \"2024-11-25\" (ISO 8601, years 0001 to 9999; a decade or century with its unspecified digits written X, as in EDTF). A date less precise than a day stands for every day in it.",
            "type": "string",
            "pattern": PARTIAL_DATE_PATTERN,
        })
    }
}
