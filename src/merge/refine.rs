//! When two values say the same thing, one more precisely: the rules of refinement.
//!
//! Each function returns the value that says what both say, when one of them does (the more
//! precise one), and `None` when they disagree. Equal values always agree.

use chrono::NaiveDate;

use crate::bound::Bound;
use crate::date::PartialDate;
use crate::meeting::MeetingStatus;
use crate::mou::MouStatus;
use crate::period::Period;

/// The days a dated bound or a partial date may fall on, inclusive; the calendar's limits
/// stand for a side nothing limits.
fn days_of(bound: &Bound) -> (NaiveDate, NaiveDate) {
    (
        bound.first_day().unwrap_or(NaiveDate::MIN),
        bound.last_day().unwrap_or(NaiveDate::MAX),
    )
}

fn within(inner: (NaiveDate, NaiveDate), outer: (NaiveDate, NaiveDate)) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1
}

/// A partial date refined by one inside it: "2020" by "2020-03-05", "202X" by "2024".
pub(crate) fn date(a: &PartialDate, b: &PartialDate) -> Option<PartialDate> {
    let (da, db) = ((a.earliest(), a.latest()), (b.earliest(), b.latest()));
    if within(da, db) {
        Some(*a)
    } else if within(db, da) {
        Some(*b)
    } else {
        None
    }
}

/// One end of a period refined by another: an unknown end by anything; an open end ("still
/// running", "from the beginning") by a dated one, which a later source could give; a date
/// or limits by a date or limits inside them. When both stand for the same days, a date is
/// kept over limits, and otherwise the first.
pub(crate) fn bound(a: &Bound, b: &Bound) -> Option<Bound> {
    match (a, b) {
        _ if a == b => Some(*a),
        (Bound::Unknown, x) | (x, Bound::Unknown) => Some(*x),
        (Bound::Open, x) | (x, Bound::Open) => Some(*x),
        _ => {
            let (da, db) = (days_of(a), days_of(b));
            match (within(da, db), within(db, da)) {
                (true, true) if b.date().is_some() && a.date().is_none() => Some(*b),
                (true, _) => Some(*a),
                (false, true) => Some(*b),
                (false, false) => None,
            }
        }
    }
}

/// A period refined end by end; `None` when an end disagrees or the refined ends would be
/// reversed.
pub(crate) fn period(a: &Period, b: &Period) -> Option<Period> {
    let start = bound(&a.start(), &b.start())?;
    let end = bound(&a.end(), &b.end())?;
    Period::bounded(start, end).ok()
}

/// A meeting announced as planned, refined by what became of it (held, postponed,
/// cancelled): a later report tells more.
pub(crate) fn meeting_status(a: &MeetingStatus, b: &MeetingStatus) -> Option<MeetingStatus> {
    match (a, b) {
        _ if a == b => Some(*a),
        (MeetingStatus::Planned, x) | (x, MeetingStatus::Planned) => Some(*x),
        _ => None,
    }
}

/// An MoU's status along its life: draft, then signed, then in force, then expired or
/// terminated. A later stage refines an earlier one; expired and terminated disagree.
pub(crate) fn mou_status(a: &MouStatus, b: &MouStatus) -> Option<MouStatus> {
    let stage = |s: &MouStatus| match s {
        MouStatus::Draft => 0,
        MouStatus::Signed => 1,
        MouStatus::InForce => 2,
        _ => 3,
    };
    match (stage(a), stage(b)) {
        _ if a == b => Some(*a),
        (3, 3) => None,
        (x, y) if x < y => Some(*b),
        _ => Some(*a),
    }
}

/// Values that agree only when equal.
pub(crate) fn equal<T: PartialEq + Clone>(a: &T, b: &T) -> Option<T> {
    (a == b).then(|| a.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Bound {
        s.parse().expect("a bound")
    }

    #[test]
    fn a_more_precise_end_refines_a_less_precise_one_it_lies_in() {
        assert_eq!(bound(&b("2020"), &b("2020-03-05")), Some(b("2020-03-05")));
        assert_eq!(bound(&b("2020-03-05"), &b("2020")), Some(b("2020-03-05")));
        assert_eq!(
            bound(&b("unknown"), &b("2024-12-17")),
            Some(b("2024-12-17"))
        );
        assert_eq!(bound(&b(".."), &b("2024-12-17")), Some(b("2024-12-17")));
        assert_eq!(bound(&b("unknown"), &b("..")), Some(b("..")));
        assert_eq!(bound(&b("[..2019]"), &b("2018")), Some(b("2018")));
        assert_eq!(
            bound(&b("[2018..2019]"), &b("[2018..2018-06]")),
            Some(b("[2018..2018-06]"))
        );
        // The same days: the date form is kept.
        assert_eq!(bound(&b("[2020..2020]"), &b("2020")), Some(b("2020")));
        assert_eq!(bound(&b("2020"), &b("2021")), None);
        assert_eq!(bound(&b("2020-06"), &b("[2020-07..]")), None);
        // Overlapping but neither inside the other: a disagreement, never an invented day.
        assert_eq!(bound(&b("2020-03"), &b("[2020-02-15..2020-03-15]")), None);
    }

    #[test]
    fn periods_refine_end_by_end_and_never_reverse() {
        let p = |s: &str| s.parse::<Period>().expect("a period");
        assert_eq!(
            period(&p("2020/.."), &p("/2024-12-17")),
            Some(p("2020/2024-12-17"))
        );
        assert_eq!(
            period(&p("2020/2024"), &p("2020-01-01/2024-12-17")),
            Some(p("2020-01-01/2024-12-17"))
        );
        assert_eq!(period(&p("2020/2024"), &p("2020/2025")), None);
        // Each end agrees, but together they would end before they start.
        assert_eq!(
            period(&p("2021/[2019..2021]"), &p("[2019..2021]/2019")),
            None
        );
    }

    #[test]
    fn statuses_move_forward_only() {
        assert_eq!(
            meeting_status(&MeetingStatus::Planned, &MeetingStatus::Held),
            Some(MeetingStatus::Held)
        );
        assert_eq!(
            meeting_status(&MeetingStatus::Held, &MeetingStatus::Cancelled),
            None
        );
        assert_eq!(
            mou_status(&MouStatus::Signed, &MouStatus::InForce),
            Some(MouStatus::InForce)
        );
        assert_eq!(
            mou_status(&MouStatus::Expired, &MouStatus::Draft),
            Some(MouStatus::Expired)
        );
        assert_eq!(
            mou_status(&MouStatus::Expired, &MouStatus::Terminated),
            None
        );
    }
}
