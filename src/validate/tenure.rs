//! Rules on who held what, when: `overlapping-membership`, `overlapping-chairs`,
//! `overlapping-heads`, `attendee-without-post`, `signatory-without-post`.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::official::PostRole;
use crate::period::{Extent, Period, Spans, certainly_overlap};
use crate::resolve::{Lists, NONE, found};
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    memberships_and_chairs(cx, report);
    heads(cx, report);
    let posts = post_bounds(cx);
    attendees(cx, &posts, report);
    signatories(cx, &posts, report);
}

/// Pairs of items whose periods certainly overlap (see [`Period::must_overlap`]: a common
/// day that is not a handover), found by a sweep in O(n log n): each item is paired with the
/// earlier one reaching furthest, or, when it begins on the day that one ends and the day is
/// a handover with it, with an earlier item that lies on that day alone (it could not have
/// begun before). Returns `(later, earlier)` pairs.
fn overlaps<T: Copy>(items: Vec<(Extent, T)>) -> Vec<(T, T)> {
    let mut spans: Vec<(Spans, T)> = items
        .into_iter()
        .filter_map(|(x, t)| Some((x.spans()?, t)))
        .collect();
    crate::work::steps(spans.len());
    spans.sort_by_key(|&(s, _)| (s.certain, s.bounds));
    // Whether an item can only have begun on the day it certainly ends.
    let pinned = |s: Spans| s.bounds.0 == s.certain.1;
    let mut found = Vec::new();
    // The earlier item reaching furthest (the first of those reaching equally far), and an
    // earlier item pinned to the day it ends.
    let mut reach: Option<(Spans, T)> = None;
    let mut pinned_at_reach: Option<T> = None;
    for (span, t) in spans {
        let Some((furthest, earlier)) = reach else {
            reach = Some((span, t));
            pinned_at_reach = pinned(span).then_some(t);
            continue;
        };
        if certainly_overlap(furthest, span) {
            found.push((t, earlier));
        } else if span.certain.0 == furthest.certain.1 {
            // A handover day with `earlier`; an item pinned to that day still overlaps.
            if let Some(single) = pinned_at_reach {
                found.push((t, single));
            }
        }
        if span.certain.1 > furthest.certain.1 {
            reach = Some((span, t));
            pinned_at_reach = pinned(span).then_some(t);
        } else if span.certain.1 == furthest.certain.1 && pinned(span) && pinned_at_reach.is_none()
        {
            pinned_at_reach = Some(t);
        }
    }
    found
}

fn memberships_and_chairs(cx: &Context<'_>, report: &mut Report) {
    for (i, o) in cx.data.organizations.iter().enumerate() {
        let mut by_party: HashMap<_, Vec<(Extent, usize)>> = HashMap::new();
        for (j, m) in o.members.iter().enumerate() {
            by_party.entry(&m.party).or_default().push((m.extent(), j));
        }
        let mut found: Vec<(usize, usize)> = by_party.into_values().flat_map(overlaps).collect();
        found.sort_unstable();
        for (later, earlier) in found {
            let a = o.members.get(later).expect("a member of the list swept");
            let b = o.members.get(earlier).expect("a member of the list swept");
            report.push(
                Rule::OverlappingMembership,
                format!("/organizations/{i}/members/{later}/period"),
                format!(
                    "{} is listed twice in `{}` at once: {} {} and {} {} (/organizations/{i}/members/{earlier})",
                    a.party,
                    o.id,
                    a.status,
                    a.period,
                    b.status,
                    b.period
                ),
            );
        }

        let chairs = o
            .chairs
            .iter()
            .enumerate()
            .map(|(j, c)| (c.extent(), j))
            .collect();
        let mut found = overlaps(chairs);
        found.sort_unstable();
        for (later, earlier) in found {
            let a = o.chairs.get(later).expect("a chair of the list swept");
            let b = o.chairs.get(earlier).expect("a chair of the list swept");
            report.push(
                Rule::OverlappingChairs,
                format!("/organizations/{i}/chairs/{later}/period"),
                format!(
                    "`{}` has two chairs at once: {} ({}) and {} ({})",
                    o.id, a.country, a.period, b.country, b.period
                ),
            );
        }
    }
}

/// A post, as (official index, post index).
type PostAt = (usize, usize);

fn heads(cx: &Context<'_>, report: &mut Report) {
    let mut by_org: HashMap<usize, Vec<(Extent, PostAt)>> = HashMap::new();
    for (i, official) in cx.data.officials.iter().enumerate() {
        let posts = official.posts.iter().zip(cx.res.post_orgs.get(i));
        for (j, (post, &org)) in posts.enumerate() {
            if post.role != PostRole::Head || post.acting || org == NONE {
                continue;
            }
            by_org
                .entry(org as usize)
                .or_default()
                .push((post.extent(), (i, j)));
        }
    }
    let mut found: Vec<_> = by_org
        .into_iter()
        .flat_map(|(org, posts)| overlaps(posts).into_iter().map(move |pair| (org, pair)))
        .collect();
    found.sort_unstable();
    let officials = &cx.data.officials;
    for (org, ((i, j), (k, l))) in found {
        let post = |i: usize, j: usize| {
            let official = officials.get(i).expect("an official swept");
            (official, official.posts.get(j).expect("a post swept"))
        };
        let ((a, pa), (b, pb)) = (post(i, j), post(k, l));
        let o = cx
            .data
            .organizations
            .get(org)
            .expect("resolved to an organization");
        let message = if i != k {
            format!(
                "`{}` ({}) and `{}` ({}) both head `{}` at once; mark one `acting` if that is what happened",
                a.id, pa.period, b.id, pb.period, o.id
            )
        } else if pa == pb {
            // The same post listed twice: a `duplicate-entry`.
            continue;
        } else {
            format!(
                "`{}` holds two head posts of `{}` at once ({} and {}, /officials/{k}/posts/{l}); a renamed post is two consecutive holdings",
                a.id, o.id, pa.period, pb.period
            )
        };
        report.push(
            Rule::OverlappingHeads,
            format!("/officials/{i}/posts/{j}/period"),
            message,
        );
    }
}

/// The days each post of each official may begin and end ([`Period::bounds`]), worked out
/// once for the rules that compare posts with many meetings.
fn post_bounds(cx: &Context<'_>) -> Lists<(NaiveDate, NaiveDate)> {
    Lists::from_lists(
        cx.data
            .officials
            .iter()
            .map(|o| o.posts.iter().map(|p| p.period.bounds())),
    )
}

/// Whether official `k` holds a post at an organization `related` accepts (one of the
/// organizations asked about, or a body above or below one) whose period may overlap the
/// days `when` may span (its [`Period::bounds`]); `posts` are [`post_bounds`]. Returns
/// `(has a post there at all, has one that may overlap)`. O(posts × the cost of `related`).
fn post_at(
    cx: &Context<'_>,
    posts: &Lists<(NaiveDate, NaiveDate)>,
    k: usize,
    related: impl Fn(usize) -> bool,
    (from, to): (NaiveDate, NaiveDate),
) -> (bool, bool) {
    let mut there = false;
    for (&(a, b), &at) in posts.get(k).iter().zip(cx.res.post_orgs.get(k)) {
        let Some(at) = found(at) else {
            continue;
        };
        crate::work::step();
        if related(at) {
            there = true;
            if a <= to && from <= b {
                return (true, true);
            }
        }
    }
    (there, false)
}

fn attendees(cx: &Context<'_>, posts: &Lists<(NaiveDate, NaiveDate)>, report: &mut Report) {
    let d = cx.data;
    let res = cx.res;
    for (i, m) in d.meetings.iter().enumerate() {
        let when = m.when.bounds();
        let participants = m.participants.iter().zip(res.participants.get(i));
        for (j, (p, &(org, official))) in participants.enumerate() {
            let (Some(org_id), Some(official_id)) = (p.party.organization(), &p.official) else {
                continue;
            };
            if org == NONE || official == NONE {
                continue;
            }
            let org = org as usize;
            let related = |at: usize| cx.same_tree(at, org);
            let message = match post_at(cx, posts, official as usize, related, when) {
                (_, true) => continue,
                (true, false) => format!(
                    "`{official_id}` attends `{}` for `{org_id}`, but holds posts there only outside the meeting's dates ({})",
                    m.id, m.when
                ),
                (false, false) => format!(
                    "`{official_id}` attends `{}` for `{org_id}`, but holds no post at `{org_id}`, above it or below it",
                    m.id
                ),
            };
            report.push(
                Rule::AttendeeWithoutPost,
                format!("/meetings/{i}/participants/{j}/official"),
                message,
            );
        }
    }
}

fn signatories(cx: &Context<'_>, posts: &Lists<(NaiveDate, NaiveDate)>, report: &mut Report) {
    let d = cx.data;
    for (i, mou) in d.mous.iter().enumerate() {
        if mou.signatories.is_empty() {
            continue;
        }
        // The parties as a set of the forest: whether a post is at a party, above or below
        // one, is O(log p), so a signatory of many posts costs posts × log p, not × p.
        let parties = cx
            .res
            .org_forest
            .set(cx.res.mou_parties.get(i).iter().filter_map(|&p| found(p)));
        let when = mou
            .signed
            .map_or_else(Period::unknown, Period::within)
            .bounds();
        // A signatory listed twice is a `duplicate-entry`; its posts are checked once.
        let mut checked = HashSet::new();
        let signatories = mou.signatories.iter().zip(cx.res.mou_signatories.get(i));
        for (j, (s, &official)) in signatories.enumerate() {
            let Some(official) = found(official) else {
                continue;
            };
            if !checked.insert(official) {
                continue;
            }
            let message = match post_at(cx, posts, official, |at| parties.relates(at), when) {
                (_, true) => continue,
                (true, false) => format!(
                    "`{s}` signed `{}` but held no post at a party on the signing date ({})",
                    mou.id,
                    mou.signed
                        .map_or_else(|| "unknown".to_owned(), |d| d.to_string())
                ),
                (false, false) => format!(
                    "`{s}` signed `{}` but holds no post at any of its parties",
                    mou.id
                ),
            };
            report.push(
                Rule::SignatoryWithoutPost,
                format!("/mous/{i}/signatories/{j}"),
                message,
            );
        }
    }
}
