//! Answers about one day over records whose dates may be uncertain.

use crate::period::Extent;
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

/// A holding's days as day numbers `[first day of the start, last day of the start, first
/// day of the end, last day of the end]` (see [`Extent`]); the calendar's limits are
/// `Day::MIN` and `Day::MAX`, so an unknown start is `[MIN, MAX, …]` and an open end
/// `[…, MAX, MAX]`.
pub(crate) fn extent_days(x: Extent) -> [Day; 4] {
    let at = |d: chrono::NaiveDate| {
        if d == chrono::NaiveDate::MIN {
            Day::MIN
        } else if d == chrono::NaiveDate::MAX {
            Day::MAX
        } else {
            day(d)
        }
    };
    [at(x.start.0), at(x.start.1), at(x.end.0), at(x.end.1)]
}

/// Reads "one at a time" into terms that the rules allow only one at a time (a chair, one
/// party's standing in an organization). When later terms certainly began after a term
/// did, it ended when the first of them began: its end lies no later than the last day they
/// may have begun, and it is certain no later than the first day they may have begun.
/// `overlapping-chairs` and `overlapping-membership` refuse two terms that certainly
/// overlap, so the terms this changes are those whose end is unknown, or open while their
/// start is uncertain. O(t log t) for t terms.
pub(crate) fn one_at_a_time(terms: &mut [[Day; 4]]) {
    crate::work::steps(terms.len());
    if terms.len() < 2 {
        return;
    }
    // The terms by their first possible start, and from each position on, the earliest last
    // possible start.
    let mut by_start: Vec<(Day, Day)> = terms.iter().map(|t| (t[0], t[1])).collect();
    by_start.sort_unstable();
    let mut suffix_min = vec![Day::MAX; by_start.len() + 1];
    for (k, &(_, s1)) in by_start.iter().enumerate().rev() {
        let next = *suffix_min.get(k + 1).expect("one longer than the terms");
        *suffix_min.get_mut(k).expect("one longer than the terms") = s1.min(next);
    }
    for t in terms.iter_mut() {
        // The terms that certainly begin after this one may have begun: a suffix.
        let from = by_start.partition_point(|&(s0, _)| s0 <= t[1]);
        let Some(&(first_s0, _)) = by_start.get(from) else {
            continue;
        };
        let last_s1 = *suffix_min.get(from).expect("a partition point");
        t[3] = t[3].min(last_s1);
        t[2] = t[2].min(first_s0);
        t[1] = t[1].min(t[3]);
    }
}
