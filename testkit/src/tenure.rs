//! Which days a holding covers, restated from the table of the registry's docs for the
//! oracles that check it (the whole-path checker, the naive scans of the tests, the SQLite
//! twin): written from the docs, not from the registry's code.

use chrono::NaiveDate;
use multilateral::{Bound, Coverage, Organization, PartialDate, Period, Term};

/// A holding's days: the start falls between the first two, the end between the last two;
/// the calendar's limits where nothing limits them.
pub type Days = [NaiveDate; 4];

/// The days of a holding, from its period, term and attested days: an open start is
/// certain from the beginning and an open end runs on; an unknown side may be any day; a
/// term lasts at least its length from the first possible start when the end is not dated
/// from below; an attested day lies between start and end; the end is not before the start.
pub fn holding_days(p: &Period, term: Option<Term>, attested: &[PartialDate]) -> Days {
    let (min, max) = (NaiveDate::MIN, NaiveDate::MAX);
    let side = |b: Bound, open: (NaiveDate, NaiveDate)| {
        if b.is_open() {
            open
        } else {
            (b.first_day().unwrap_or(min), b.last_day().unwrap_or(max))
        }
    };
    let (s0, mut s1) = side(p.start(), (min, min));
    let (mut e0, e1) = side(p.end(), (max, max));
    if let Some(t) = term {
        if p.end().first_day().is_none() && !p.end().is_open() && s0 != min {
            if let Some(to) = t.last_day(s0) {
                e0 = e0.max(to).min(e1);
            }
        }
    }
    for a in attested {
        s1 = s1.min(a.latest());
        e0 = e0.max(a.earliest());
    }
    [s0, s1.min(e1), e0.max(s0), e1]
}

/// The days of a plain period.
pub fn days(p: &Period) -> Days {
    holding_days(p, None, &[])
}

/// One at a time, by a scan of every pair: a term ends by the time any term that certainly
/// began after it did began (its end lies no later than their last possible start and, if it
/// was certain beyond their first possible start, no longer is).
pub fn one_at_a_time(terms: &mut [Days]) {
    let before = terms.to_vec();
    for (i, t) in terms.iter_mut().enumerate() {
        for (j, b) in before.iter().enumerate() {
            if i != j && b[0] > before[i][1] {
                t[3] = t[3].min(b[1]);
                t[2] = t[2].min(b[0]);
            }
        }
        t[1] = t[1].min(t[3]);
    }
}

/// Whether the days cover `d`.
pub fn covers([s0, s1, e0, e1]: Days, d: NaiveDate) -> Coverage {
    if d < s0 || d > e1 {
        Coverage::No
    } else if s1 <= d && d <= e0 {
        Coverage::Yes
    } else {
        Coverage::Possibly
    }
}

/// The days of each chairmanship of `o`, one chair at a time.
pub fn chair_days(o: &Organization) -> Vec<Days> {
    let mut all: Vec<Days> = o
        .chairs
        .iter()
        .map(|c| holding_days(&c.period, c.term, &c.attested))
        .collect();
    one_at_a_time(&mut all);
    all
}

/// The days of each membership of `o`, one standing at a time for each party.
pub fn member_days(o: &Organization) -> Vec<Days> {
    o.members
        .iter()
        .map(|m| {
            let same: Vec<_> = o.members.iter().filter(|n| n.party == m.party).collect();
            let me = same
                .iter()
                .position(|n| std::ptr::eq(*n, m))
                .expect("a member is one of its party's");
            let mut all: Vec<Days> = same
                .iter()
                .map(|n| holding_days(&n.period, None, &n.attested))
                .collect();
            one_at_a_time(&mut all);
            *all.get(me).expect("the member's own days")
        })
        .collect()
}
