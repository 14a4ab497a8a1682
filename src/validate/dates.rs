//! Rules on dates across fields and records:
//! `organization-dates-reversed`, `outside-parent-period`, `mou-dates-reversed`,
//! `mou-status-inconsistent`, `signing-date-mismatch`.

use crate::date::PartialDate;
use crate::meeting::RelationKind;
use crate::mou::MouStatus;
use crate::period::Period;
use crate::resolve::found;
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

/// Whether `a` certainly lies after `b`, whatever their missing parts.
fn after(a: PartialDate, b: PartialDate) -> bool {
    a.earliest() > b.latest()
}

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;
    for (i, o) in d.organizations.iter().enumerate() {
        if let (Some(founded), Some(dissolved)) = (o.founded, o.dissolved) {
            if after(founded, dissolved) {
                report.push(
                    Rule::OrganizationDatesReversed,
                    format!("/organizations/{i}/dissolved"),
                    format!(
                        "`{}` is dissolved ({dissolved}) before it was founded ({founded})",
                        o.id
                    ),
                );
            }
        }
    }

    for (i, m) in d.meetings.iter().enumerate() {
        let targets = m.relations.iter().zip(cx.res.relations.get(i));
        for (k, (rel, &j)) in targets.enumerate() {
            let Some(j) = found(j) else {
                continue;
            };
            let other = d.meetings.get(j).expect("resolved to a meeting");
            // Preparation comes before (or during) what it prepares, a follow-up after (or
            // during) what it follows: only certainly reversed dates are an error.
            // The wording, when the dates are reversed.
            let reversed = match rel.kind {
                RelationKind::InPreparationFor | RelationKind::AheadOf => m
                    .when
                    .earliest()
                    .zip(other.when.latest())
                    .is_some_and(|(begins, other_ended)| begins > other_ended)
                    .then_some("begins after it ended"),
                RelationKind::FollowUpTo => m
                    .when
                    .latest()
                    .zip(other.when.earliest())
                    .is_some_and(|(ended, other_begins)| ended < other_begins)
                    .then_some("ended before it began"),
                _ => None,
            };
            if let Some(order) = reversed {
                report.push(
                    Rule::RelationOutOfOrder,
                    format!("/meetings/{i}/relations/{k}"),
                    format!(
                        "`{}` ({}) is {} `{}` ({}) but {order}",
                        m.id,
                        m.when,
                        relation_words(rel.kind),
                        other.id,
                        other.when
                    ),
                );
            }
        }
        for (rel, &j) in targets_within(m, cx.res.relations.get(i)) {
            let Some(j) = found(j) else {
                continue;
            };
            let parent = d.meetings.get(j).expect("resolved to a meeting");
            if m.when.must_leave(&parent.when) {
                report.push(
                    Rule::OutsideParentPeriod,
                    format!("/meetings/{i}/when"),
                    format!(
                        "`{}` ({}) is {} `{}` but lies outside its period ({})",
                        m.id,
                        m.when,
                        relation_words(rel.kind),
                        parent.id,
                        parent.when
                    ),
                );
            }
        }
    }

    for (i, mou) in d.mous.iter().enumerate() {
        let dates = [
            ("signed", mou.signed),
            ("effective", mou.effective),
            ("expires", mou.expires),
        ];
        for (a, (a_name, a_date)) in dates.iter().enumerate() {
            for (b_name, b_date) in dates.iter().skip(a + 1) {
                if let (Some(early), Some(late)) = (a_date, b_date) {
                    if after(*early, *late) {
                        report.push(
                            Rule::MouDatesReversed,
                            format!("/mous/{i}/{b_name}"),
                            format!("`{}` has {b_name} {late} before {a_name} {early}", mou.id),
                        );
                    }
                }
            }
        }
        if mou.status == MouStatus::Draft {
            let evidence = [
                ("a signing date", mou.signed.is_some()),
                ("an effective date", mou.effective.is_some()),
                ("signatories", !mou.signatories.is_empty()),
                ("a signing meeting", mou.signed_at.is_some()),
            ];
            let found: Vec<&str> = evidence.iter().filter(|e| e.1).map(|e| e.0).collect();
            if !found.is_empty() {
                report.push(
                    Rule::MouStatusInconsistent,
                    format!("/mous/{i}/status"),
                    format!(
                        "`{}` is a draft but has {}: a draft is not signed",
                        mou.id,
                        found.join(", ")
                    ),
                );
            }
        }
        let at = found(*cx.res.mou_signed_at.get(i).expect("resolved for each MoU"));
        if let (Some(signed), Some(at)) = (mou.signed, at) {
            let meeting = d.meetings.get(at).expect("resolved to a meeting");
            if !Period::within(signed).may_overlap(&meeting.when) {
                report.push(
                    Rule::SigningDateMismatch,
                    format!("/mous/{i}/signed"),
                    format!(
                        "`{}` is signed {signed}, but the meeting where it was signed, `{}`, took place {}",
                        mou.id, meeting.id, meeting.when
                    ),
                );
            }
        }
    }
}

/// The relations of a meeting that require it to lie within the other meeting, with the
/// meetings they point at.
fn targets_within<'a>(
    m: &'a crate::meeting::Meeting,
    targets: &'a [u32],
) -> impl Iterator<Item = (&'a crate::meeting::MeetingRelation, &'a u32)> {
    m.relations
        .iter()
        .zip(targets)
        .filter(|(r, _)| r.kind.is_within())
}

fn relation_words(kind: crate::meeting::RelationKind) -> &'static str {
    use crate::meeting::RelationKind::*;
    match kind {
        SidelinesOf => "on the sidelines of",
        PartOf => "part of",
        InPreparationFor => "in preparation for",
        AheadOf => "ahead of",
        FollowUpTo => "a follow-up to",
    }
}
