//! Rules on single records that their types cannot express:
//! `government-without-country`, `location-empty`, `source-unidentified`,
//! `too-few-parties`, `days-exceed-period`, `duplicate-entry`, `outcome-of-unheld-meeting`.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use crate::meeting::MeetingStatus;
use crate::organization::OrganizationKind;
use crate::source::Source;
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;
    for (i, o) in d.organizations.iter().enumerate() {
        if o.kind == OrganizationKind::Government && o.country.is_none() {
            report.push(
                Rule::GovernmentWithoutCountry,
                format!("/organizations/{i}/country"),
                format!("`{}` is a government body but names no country", o.id),
            );
        }
        sources(&o.sources, || format!("/organizations/{i}"), report);
        for (j, m) in o.members.iter().enumerate() {
            sources(
                &m.sources,
                || format!("/organizations/{i}/members/{j}"),
                report,
            );
        }
        for (j, c) in o.chairs.iter().enumerate() {
            sources(
                &c.sources,
                || format!("/organizations/{i}/chairs/{j}"),
                report,
            );
        }
        let members: Vec<_> = o
            .members
            .iter()
            .map(|m| (&m.party, m.status, m.period))
            .collect();
        duplicates(
            &members,
            || format!("/organizations/{i}/members"),
            "member",
            report,
        );
        let member_orgs = o.members.iter().zip(cx.res.org_members.get(i));
        for (j, (m, &org)) in member_orgs.enumerate() {
            if org as usize == i {
                report.push(
                    Rule::MemberOfItself,
                    format!("/organizations/{i}/members/{j}/organization"),
                    format!(
                        "`{}` lists itself as a {}: an organization cannot belong to itself",
                        o.id, m.status
                    ),
                );
            }
        }
    }
    for (i, o) in d.officials.iter().enumerate() {
        sources(&o.sources, || format!("/officials/{i}"), report);
        for (j, p) in o.posts.iter().enumerate() {
            sources(&p.sources, || format!("/officials/{i}/posts/{j}"), report);
        }
        duplicates(&o.posts, || format!("/officials/{i}/posts"), "post", report);
    }
    for (i, dim) in d.dimensions.iter().enumerate() {
        sources(&dim.sources, || format!("/dimensions/{i}"), report);
    }
    for (i, mou) in d.mous.iter().enumerate() {
        let at = || format!("/mous/{i}");
        sources(&mou.sources, at, report);
        let distinct: HashSet<_> = mou.parties.iter().collect();
        if distinct.len() < 2 {
            report.push(
                Rule::TooFewParties,
                format!("{}/parties", at()),
                format!(
                    "`{}` has {} distinct part{}; an MoU binds at least two organizations",
                    mou.id,
                    distinct.len(),
                    if distinct.len() == 1 { "y" } else { "ies" }
                ),
            );
        }
        duplicates(
            &mou.parties,
            || format!("{}/parties", at()),
            "party",
            report,
        );
        duplicates(
            &mou.signatories,
            || format!("{}/signatories", at()),
            "signatory",
            report,
        );
        duplicates(
            &mou.dimensions,
            || format!("{}/dimensions", at()),
            "dimension",
            report,
        );
    }
    for (i, m) in d.meetings.iter().enumerate() {
        let at = || format!("/meetings/{i}");
        sources(&m.sources, at, report);
        if let Some(loc) = &m.location {
            if loc.venue.is_none() && loc.city.is_none() && loc.country.is_none() && !loc.online {
                report.push(
                    Rule::LocationEmpty,
                    format!("{}/location", at()),
                    "a location names a venue, a city or a country, or is online; leave it out when unknown".into(),
                );
            }
        }
        if let (Some(days), Some(first), Some(last)) = (m.days, m.when.earliest(), m.when.latest())
        {
            let room = (last - first).num_days().saturating_add(1);
            if i64::from(days.get()) > room {
                report.push(
                    Rule::DaysExceedPeriod,
                    format!("{}/days", at()),
                    format!(
                        "`{}` lasted {days} days, more than the {room} days of its period ({})",
                        m.id, m.when
                    ),
                );
            }
        }
        duplicates(
            &m.dimensions,
            || format!("{}/dimensions", at()),
            "dimension",
            report,
        );
        duplicates(&m.mous, || format!("{}/mous", at()), "MoU", report);
        let participants: Vec<_> = m
            .participants
            .iter()
            .map(|p| (&p.party, &p.official, p.role))
            .collect();
        duplicates(
            &participants,
            || format!("{}/participants", at()),
            "participant",
            report,
        );
        if m.status != MeetingStatus::Held && !m.outcomes.is_empty() {
            report.push(
                Rule::OutcomeOfUnheldMeeting,
                format!("{}/outcomes", at()),
                format!(
                    "`{}` has outcomes but its status is {}, not held",
                    m.id, m.status
                ),
            );
        }
    }
}

fn sources(sources: &[Source], at: impl Fn() -> String, report: &mut Report) {
    for (j, s) in sources.iter().enumerate() {
        if s.url.is_none() && s.title.is_none() {
            report.push(
                Rule::SourceUnidentified,
                format!("{}/sources/{j}", at()),
                "a source needs a url or a title, so that a reader can find it".into(),
            );
        }
    }
}

/// Reports each item equal to an earlier one, naming the first. Short lists (the usual case)
/// are compared pairwise without allocating; long ones through a hash map.
fn duplicates<T: Hash + Eq>(items: &[T], at: impl Fn() -> String, what: &str, report: &mut Report) {
    const SHORT: usize = 16;
    let mut report_at = |j: usize, first: usize| {
        let at = at();
        report.push(
            Rule::DuplicateEntry,
            format!("{at}/{j}"),
            format!("the same {what} is listed twice: first at {at}/{first}"),
        );
    };
    if items.len() <= SHORT {
        for (j, item) in items.iter().enumerate() {
            crate::work::steps(j);
            let before = items.get(..j).expect("j is an index of items");
            if let Some(first) = before.iter().position(|b| b == item) {
                report_at(j, first);
            }
        }
        return;
    }
    let mut first_of = HashMap::with_capacity(items.len());
    for (j, item) in items.iter().enumerate() {
        crate::work::step();
        let first = *first_of.entry(item).or_insert(j);
        if first != j {
            report_at(j, first);
        }
    }
}
