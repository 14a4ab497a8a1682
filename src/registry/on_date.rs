//! Answers about one day over records whose dates may be uncertain.

use crate::period::Period;
use crate::registry::day;
use crate::registry::timeline::Day;

/// The answer to "who or what, on this day?" over records whose dates may be uncertain.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct OnDate<T> {
    /// What the records say, as a whole.
    pub status: DateStatus,
    /// Those whose period certainly covers the day.
    pub definite: Vec<T>,
    /// Those whose period may cover it, depending on dates the records do not give.
    pub possible: Vec<T>,
}

/// What the records say about a day, as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateStatus {
    /// At least one record certainly covers the day.
    Known,
    /// None certainly does, but some may.
    Possible,
    /// None covers it, and there are records before and after: a known gap, such as a post
    /// left vacant between two holders.
    Vacant,
    /// None covers it and the records do not surround it: nothing is known.
    Unknown,
}

impl<T> OnDate<T> {
    /// Sorts items into definite and possible from their periods as day numbers (see
    /// [`period_days`]) and works out the status, as [`Period::covers`] would.
    pub(crate) fn from_days(items: impl IntoIterator<Item = (T, [Day; 4])>, d: Day) -> Self {
        let mut definite = Vec::new();
        let mut possible = Vec::new();
        let (mut before, mut after) = (false, false);
        for (item, [s0, s1, e0, e1]) in items {
            crate::work::step();
            before |= e1 < d;
            after |= s0 > d;
            if d < s0 || d > e1 {
                continue;
            }
            if s1 <= d && e0 >= d {
                definite.push(item);
            } else {
                possible.push(item);
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
        Self {
            status,
            definite,
            possible,
        }
    }
}

/// A period as day numbers `[first day of the start, last day of the start, first day of
/// the end, last day of the end]`: an unknown start is `[MIN, MAX, …]` (it may be any day,
/// and is certain on none), an open end `[…, MAX, MAX]` (it runs on).
pub(crate) fn period_days(p: &Period) -> [Day; 4] {
    let start = p.start();
    let end = p.end();
    [
        start.map_or(Day::MIN, |s| day(s.earliest())),
        start.map_or(Day::MAX, |s| day(s.latest())),
        end.map_or(Day::MAX, |e| day(e.earliest())),
        end.map_or(Day::MAX, |e| day(e.latest())),
    ]
}
