//! Rules on dimensions: `dimension-parent-mismatch`, `dimension-not-of-participant`.

use crate::validate::context::{Context, NONE};
use crate::validate::report::{Report, Severity};

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;
    for (i, dim) in d.dimensions.iter().enumerate() {
        let Some(parent) = dim
            .parent
            .as_ref()
            .and_then(|p| cx.dimension(p.as_str()))
            .and_then(|j| d.dimensions.get(j))
        else {
            continue;
        };
        if parent.organization != dim.organization {
            report.push(
                Severity::Error,
                "dimension-parent-mismatch",
                format!("/dimensions/{i}/parent"),
                format!(
                    "`{}` belongs to `{}` but its parent `{}` belongs to `{}`",
                    dim.id, dim.organization, parent.id, parent.organization
                ),
            );
        }
    }

    let refs = cx.refs();
    for (i, m) in d.meetings.iter().enumerate() {
        if m.dimensions.is_empty() {
            continue;
        }
        let orgs: Vec<usize> = refs
            .participants
            .get(i)
            .iter()
            .filter(|&&(org, _)| org != NONE)
            .map(|&(org, _)| org as usize)
            .collect();
        let dims = m.dimensions.iter().zip(refs.dimensions.get(i));
        for (j, (dim_id, &k)) in dims.enumerate() {
            let Some(dim) = d.dimensions.get(k as usize) else {
                continue;
            };
            let Some(owner) = cx.org(dim.organization.as_str()) else {
                continue;
            };
            if !orgs.iter().any(|&o| cx.same_tree(o, owner)) {
                report.push(
                    Severity::Warning,
                    "dimension-not-of-participant",
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
