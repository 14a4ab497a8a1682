//! Rules on holdings' own dates and the meetings that decided them:
//! `attested-outside-period`, `decided-after-start`.

use crate::date::PartialDate;
use crate::id::MeetingId;
use crate::period::Period;
use crate::resolve::found;
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

/// A holding as the rules read it: where it is, its period, its attested days, its deciding
/// meeting (resolved).
struct Holding<'a> {
    /// The collection, record, list and entry: `("officials", 3, "posts", 0)`.
    at: (&'static str, usize, &'static str, usize),
    period: &'a Period,
    attested: &'a [PartialDate],
    decided_at: Option<(&'a MeetingId, u32)>,
}

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let (d, res) = (cx.data, cx.res);
    let mut holdings = Vec::new();
    for (i, o) in d.officials.iter().enumerate() {
        for (j, (p, &at)) in o.posts.iter().zip(res.post_decisions.get(i)).enumerate() {
            holdings.push(Holding {
                at: ("officials", i, "posts", j),
                period: &p.period,
                attested: &p.attested,
                decided_at: p.decided_at.as_ref().map(|id| (id, at)),
            });
        }
    }
    for (i, o) in d.organizations.iter().enumerate() {
        for (j, (c, &at)) in o.chairs.iter().zip(res.chair_decisions.get(i)).enumerate() {
            holdings.push(Holding {
                at: ("organizations", i, "chairs", j),
                period: &c.period,
                attested: &c.attested,
                decided_at: c.decided_at.as_ref().map(|id| (id, at)),
            });
        }
        for (j, (m, &at)) in o
            .members
            .iter()
            .zip(res.member_decisions.get(i))
            .enumerate()
        {
            holdings.push(Holding {
                at: ("organizations", i, "members", j),
                period: &m.period,
                attested: &m.attested,
                decided_at: m.decided_at.as_ref().map(|id| (id, at)),
            });
        }
    }
    for h in holdings {
        crate::work::step();
        let path = |field: &str| {
            let (kind, i, list, j) = h.at;
            format!("/{kind}/{i}/{list}/{j}/{field}")
        };
        let (first, last) = h.period.bounds();
        for (k, a) in h.attested.iter().enumerate() {
            crate::work::step();
            if a.latest() < first || a.earliest() > last {
                report.push(
                    Rule::AttestedOutsidePeriod,
                    path(&format!("attested/{k}")),
                    format!("attested on {a}, outside its period {}", h.period),
                );
            }
        }
        let Some((id, at)) = h.decided_at else {
            continue;
        };
        let Some(meeting) = found(at).and_then(|m| d.meetings.get(m)) else {
            continue;
        };
        // The holding certainly began before the meeting that decided it could have.
        let began_by = h.period.start().last_day();
        let meets_from = meeting.when.earliest();
        if let (Some(began_by), Some(meets_from)) = (began_by, meets_from) {
            if meets_from > began_by {
                report.push(
                    Rule::DecidedAfterStart,
                    path("decided_at"),
                    format!(
                        "decided at `{id}` ({}), after the holding began ({})",
                        meeting.when,
                        h.period.start()
                    ),
                );
            }
        }
    }
}
