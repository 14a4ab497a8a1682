//! Rules on holdings' own dates and the meetings that decided them:
//! `attested-outside-period`, `decided-after-start`.

use crate::date::PartialDate;
use crate::period::Period;
use crate::resolve::found;
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

/// Where a holding is: the collection, record, list and entry (`("officials", 3, "posts", 0)`).
type At = (&'static str, usize, &'static str, usize);

fn path((kind, i, list, j): At, field: &str) -> String {
    format!("/{kind}/{i}/{list}/{j}/{field}")
}

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;
    // Attested days: only the holdings that list some are read twice.
    for (i, o) in d.officials.iter().enumerate() {
        for (j, p) in o.posts.iter().enumerate() {
            attested(("officials", i, "posts", j), &p.period, &p.attested, report);
        }
    }
    for (i, o) in d.organizations.iter().enumerate() {
        for (j, c) in o.chairs.iter().enumerate() {
            attested(
                ("organizations", i, "chairs", j),
                &c.period,
                &c.attested,
                report,
            );
        }
        for (j, m) in o.members.iter().enumerate() {
            attested(
                ("organizations", i, "members", j),
                &m.period,
                &m.attested,
                report,
            );
        }
    }
    // Deciding meetings: only the holdings that name one.
    let res = cx.res;
    let posts = res
        .post_decisions
        .iter()
        .map(|(i, j, to)| (("officials", i, "posts", j), to, &cx.post(i, j).period));
    let chairs = res.chair_decisions.iter().map(|(i, j, to)| {
        (
            ("organizations", i, "chairs", j),
            to,
            &cx.chair(i, j).period,
        )
    });
    let members = res.member_decisions.iter().map(|(i, j, to)| {
        (
            ("organizations", i, "members", j),
            to,
            &cx.member(i, j).period,
        )
    });
    for (at, to, period) in posts.chain(chairs).chain(members) {
        crate::work::step();
        let Some(meeting) = found(to).and_then(|m| d.meetings.get(m)) else {
            continue;
        };
        // The holding certainly began before the meeting that decided it could have.
        let began_by = period.start().last_day();
        let meets_from = meeting.when.earliest();
        if let (Some(began_by), Some(meets_from)) = (began_by, meets_from) {
            if meets_from > began_by {
                report.push(
                    Rule::DecidedAfterStart,
                    path(at, "decided_at"),
                    format!(
                        "decided at `{}` ({}), after the holding began ({})",
                        meeting.id,
                        meeting.when,
                        period.start()
                    ),
                );
            }
        }
    }
}

/// `attested-outside-period` for one holding.
fn attested(at: At, period: &Period, days: &[PartialDate], report: &mut Report) {
    if days.is_empty() {
        return;
    }
    let (first, last) = period.bounds();
    for (k, a) in days.iter().enumerate() {
        crate::work::step();
        if a.latest() < first || a.earliest() > last {
            report.push(
                Rule::AttestedOutsidePeriod,
                path(at, &format!("attested/{k}")),
                format!("attested on {a}, outside its period {period}"),
            );
        }
    }
}
