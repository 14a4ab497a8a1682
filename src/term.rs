//! The length of a mandate: "a three-year term", "elected for two years".
//!
//! Sources often give a term's length and its start but no end ("appointed on 4 December
//! 2020 for a three-year term"). A [`Term`] on a holding says so. It is an ISO 8601 duration
//! of years, months and days: `"P3Y"`, `"P18M"`, `"P2Y6M"`, `"P90D"`.
//!
//! What it changes: a holding whose end is not dated (`"end": "unknown"`, or limits with no
//! `not_before`) lasts at least its term from the start, so the days of the mandate are
//! certain, up to the day before the anniversary (a five-year term from 1 January 2017 runs
//! to 31 December 2021, and the next holder begins on 1 January 2022); after them the holding
//! may have ended, or been renewed. A term does not change a
//! dated end (a mandate cut short has its real end), nor an open one (still running).
//!
//! ```
//! use multilateral::Term;
//!
//! let term: Term = "P3Y".parse()?;
//! assert_eq!(term.after(multilateral::ymd(2020, 12, 4)), Some(multilateral::ymd(2023, 12, 4)));
//! assert_eq!(term.last_day(multilateral::ymd(2020, 12, 4)), Some(multilateral::ymd(2023, 12, 3)));
//! assert!("P3W".parse::<Term>().is_err());
//! # Ok::<(), multilateral::ValueError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{Days, Months, NaiveDate};

use crate::error::{ValueError, excerpt_ascii as excerpt};

/// The length of a mandate, in years, months and days. See [the module docs](crate::term).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    years: u16,
    months: u16,
    days: u16,
}

/// The JSON Schema `pattern` of a term: `P`, then years, months and days in that order, at
/// least one, each a whole number of at most four digits, not all zero.
pub const TERM_PATTERN: &str =
    "^P(?!(0+[YMD])+(?!\\n)$)(?=[0-9])([0-9]{1,4}Y)?([0-9]{1,4}M)?([0-9]{1,4}D)?(?!\\n)$";

impl Term {
    /// A term of years, months and days; refused when all are zero.
    pub fn new(years: u16, months: u16, days: u16) -> Result<Self, ValueError> {
        if years == 0 && months == 0 && days == 0 {
            return Err(ValueError::Date {
                input: "P0D".into(),
                reason: "a term lasts at least a day",
            });
        }
        Ok(Self {
            years,
            months,
            days,
        })
    }

    /// The years.
    pub fn years(&self) -> u16 {
        self.years
    }

    /// The months.
    pub fn months(&self) -> u16 {
        self.months
    }

    /// The days.
    pub fn days(&self) -> u16 {
        self.days
    }

    /// The anniversary of a term begun on `start`: the same day of the month `years` and
    /// `months` later (the month's last day when it has no such day), then `days` more.
    /// `None` past the calendar's end. The term's last day is the day before: a five-year
    /// term from 1 January 2017 runs to 31 December 2021 (see [`last_day`](Self::last_day)).
    pub fn after(&self, start: NaiveDate) -> Option<NaiveDate> {
        let months = u32::from(self.years) * 12 + u32::from(self.months);
        start
            .checked_add_months(Months::new(months))?
            .checked_add_days(Days::new(u64::from(self.days)))
    }
}

impl Term {
    /// The last day of a term begun on `start`: the day before its anniversary (a three-year
    /// term from 1 March 2022 runs to 28 February 2025), and never before `start`.
    pub fn last_day(&self, start: NaiveDate) -> Option<NaiveDate> {
        self.after(start)
            .and_then(|a| a.pred_opt())
            .map(|d| d.max(start))
    }
}

impl FromStr for Term {
    type Err = ValueError;

    fn from_str(s: &str) -> Result<Self, ValueError> {
        let fail = || ValueError::Date {
            input: excerpt(s),
            reason: "a term is written PnYnMnD (years, months, days, in that order): P3Y, P18M, P2Y6M",
        };
        let mut rest = s.strip_prefix('P').ok_or_else(fail)?;
        if rest.is_empty() {
            return Err(fail());
        }
        let mut parts = [0u16; 3];
        for (slot, unit) in parts.iter_mut().zip(['Y', 'M', 'D']) {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && rest.as_bytes().get(digits) == Some(&(unit as u8)) {
                if digits > 4 {
                    return Err(fail());
                }
                *slot = rest[..digits].parse().map_err(|_| fail())?;
                rest = &rest[digits + 1..];
            }
        }
        if !rest.is_empty() {
            return Err(fail());
        }
        Term::new(parts[0], parts[1], parts[2])
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        if self.years > 0 {
            write!(f, "{}Y", self.years)?;
        }
        if self.months > 0 {
            write!(f, "{}M", self.months)?;
        }
        if self.days > 0 {
            write!(f, "{}D", self.days)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Term({self})")
    }
}

crate::string_type::string_serde!(Term, "a term written PnYnMnD, such as P3Y");

impl schemars::JsonSchema for Term {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Term".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The length of a mandate, as an ISO 8601 duration of years, months and days: \"P3Y\" (a three-year term), \"P18M\", \"P2Y6M\". A holding whose end is not dated lasts at least its term from the start.",
            "type": "string",
            "pattern": TERM_PATTERN,
        })
    }
}
