//! Rules on dimensions: `dimension-parent-mismatch`, `dimension-not-of-participant`.

use crate::resolve::{NONE, found};
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;
    for (i, dim) in d.dimensions.iter().enumerate() {
        let link = *cx
            .res
            .dimension_parent
            .get(i)
            .expect("resolved for each dimension");
        let Some(parent) = found(link) else {
            continue;
        };
        let parent = d.dimensions.get(parent).expect("resolved to a dimension");
        if parent.organization != dim.organization {
            report.push(
                Rule::DimensionParentMismatch,
                format!("/dimensions/{i}/parent"),
                format!(
                    "`{}` belongs to `{}` but its parent `{}` belongs to `{}`",
                    dim.id, dim.organization, parent.id, parent.organization
                ),
            );
        }
    }

    let res = cx.res;
    for (i, m) in d.meetings.iter().enumerate() {
        if m.dimensions.is_empty() {
            continue;
        }
        // The participating organizations, as a set of the forest: whether a dimension's
        // owner is one of them, above or below one, is then O(log p).
        let orgs = res.org_forest.set(
            res.participants
                .get(i)
                .iter()
                .filter(|&&(org, _)| org != NONE)
                .map(|&(org, _)| org as usize),
        );
        let dims = m.dimensions.iter().zip(res.meeting_dimensions.get(i));
        for (j, (dim_id, &k)) in dims.enumerate() {
            let Some(k) = found(k) else {
                continue;
            };
            let dim = d.dimensions.get(k).expect("resolved to a dimension");
            let owner = *res
                .dimension_org
                .get(k)
                .expect("resolved for each dimension");
            let Some(owner) = found(owner) else {
                continue;
            };
            if !orgs.relates(owner) {
                report.push(
                    Rule::DimensionNotOfParticipant,
                    format!("/meetings/{i}/dimensions/{j}"),
                    format!(
                        "`{}` touches dimension `{dim_id}` of `{}`, which does not take part",
                        m.id, dim.organization
                    ),
                );
            }
        }
    }
}
