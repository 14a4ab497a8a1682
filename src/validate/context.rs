//! What every rule needs: each record found by id, and the organization tree.

use crate::dataset::Dataset;
use crate::lookup::IdArena;
use crate::registry::Csr;
use crate::validate::report::{Report, Severity};

/// The id lookups of one validation pass, one per kind of record, and the references that
/// several rules read, resolved once. When an id is duplicated, the first record with it
/// wins (the duplicate itself is reported). [`crate::Registry::new`] reuses all of it for
/// its build.
pub(crate) struct Lookups {
    pub(crate) organizations: IdArena,
    pub(crate) officials: IdArena,
    pub(crate) meetings: IdArena,
    pub(crate) mous: IdArena,
    pub(crate) dimensions: IdArena,
    pub(crate) refs: Refs,
}

/// Stands for "no record": the reference is absent, or names no record of its kind.
pub(crate) const NONE: u32 = u32::MAX;

/// The references of meetings and posts, resolved to record indices once ([`NONE`] where
/// there is none), in the order of the lists they come from. Meetings hold most of a
/// dataset's references, and the rules and the registry's build each read them: resolving
/// them once saves hashing every id three or four times.
#[derive(Default)]
pub(crate) struct Refs {
    /// For each meeting, for each participant: its organization and its official.
    pub(crate) participants: Csr<(u32, u32)>,
    /// For each meeting, for each relation: the meeting it points at.
    pub(crate) relations: Csr<u32>,
    /// For each meeting, its `dimensions`.
    pub(crate) dimensions: Csr<u32>,
    /// For each meeting, its `mous`.
    pub(crate) mous: Csr<u32>,
    /// For each meeting, for each outcome: the MoU it concerns.
    pub(crate) outcome_mous: Csr<u32>,
    /// For each official, for each post: the organization.
    pub(crate) post_orgs: Csr<u32>,
}

impl Refs {
    fn resolve(data: &Dataset, ids: &Lookups) -> Self {
        let found = |i: Option<usize>| i.and_then(|i| u32::try_from(i).ok()).unwrap_or(NONE);
        let meetings = &data.meetings;
        Self {
            participants: Csr::from_lists(meetings.iter().map(|m| {
                m.participants.iter().map(|p| {
                    let org = p.party.organization();
                    (
                        found(org.and_then(|o| ids.organizations.get(o.as_str()))),
                        found(
                            p.official
                                .as_ref()
                                .and_then(|o| ids.officials.get(o.as_str())),
                        ),
                    )
                })
            })),
            relations: Csr::from_lists(meetings.iter().map(|m| {
                m.relations
                    .iter()
                    .map(|r| found(ids.meetings.get(r.meeting.as_str())))
            })),
            dimensions: Csr::from_lists(meetings.iter().map(|m| {
                m.dimensions
                    .iter()
                    .map(|d| found(ids.dimensions.get(d.as_str())))
            })),
            mous: Csr::from_lists(
                meetings
                    .iter()
                    .map(|m| m.mous.iter().map(|x| found(ids.mous.get(x.as_str())))),
            ),
            outcome_mous: Csr::from_lists(meetings.iter().map(|m| {
                m.outcomes
                    .iter()
                    .map(|o| found(o.mou.as_ref().and_then(|x| ids.mous.get(x.as_str()))))
            })),
            post_orgs: Csr::from_lists(data.officials.iter().map(|o| {
                o.posts
                    .iter()
                    .map(|p| found(ids.organizations.get(p.organization.as_str())))
            })),
        }
    }
}

/// Lookups by id built once per validation pass, and the organization tree.
pub(crate) struct Context<'a> {
    pub(crate) data: &'a Dataset,
    ids: Lookups,
    /// For each organization, when a depth-first walk of the parent forest enters and leaves
    /// it: one organization lies below another exactly when its interval nests inside.
    span: Vec<(u32, u32)>,
}

impl<'a> Context<'a> {
    /// Builds the lookups, reporting duplicate ids on the way.
    pub(crate) fn new(data: &'a Dataset, report: &mut Report) -> Self {
        let mut ids = Lookups {
            organizations: index(
                data.organizations.iter().map(|o| o.id.as_str()),
                "organizations",
                "organization",
                report,
            ),
            officials: index(
                data.officials.iter().map(|o| o.id.as_str()),
                "officials",
                "official",
                report,
            ),
            dimensions: index(
                data.dimensions.iter().map(|d| d.id.as_str()),
                "dimensions",
                "dimension",
                report,
            ),
            mous: index(
                data.mous.iter().map(|m| m.id.as_str()),
                "mous",
                "MoU",
                report,
            ),
            meetings: index(
                data.meetings.iter().map(|m| m.id.as_str()),
                "meetings",
                "meeting",
                report,
            ),
            refs: Refs::default(),
        };
        let mut parent: Vec<Option<usize>> = data
            .organizations
            .iter()
            .map(|o| {
                o.parent
                    .as_ref()
                    .and_then(|p| ids.organizations.get(p.as_str()))
            })
            .collect();
        break_cycles(&mut parent);
        ids.refs = Refs::resolve(data, &ids);
        Self {
            data,
            ids,
            span: euler_spans(&parent),
        }
    }

    /// Gives up the lookups, for the registry's build.
    pub(crate) fn into_lookups(self) -> Lookups {
        self.ids
    }

    /// Whether one organization is the other, or one is a sub-body (at any depth) of the
    /// other: a post at the CICA Secretariat counts as a post at CICA, and the CICA Secretary
    /// General speaks for the Secretariat. O(1), by the nesting of walk intervals.
    pub(crate) fn same_tree(&self, a: usize, b: usize) -> bool {
        let (Some(&(a0, a1)), Some(&(b0, b1))) = (self.span.get(a), self.span.get(b)) else {
            return false;
        };
        (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)
    }

    /// The references resolved once.
    pub(crate) fn refs(&self) -> &Refs {
        &self.ids.refs
    }

    /// The index of an organization id, if it exists.
    pub(crate) fn org(&self, id: &str) -> Option<usize> {
        self.ids.organizations.get(id)
    }

    /// The index of an official id, if it exists.
    pub(crate) fn official(&self, id: &str) -> Option<usize> {
        self.ids.officials.get(id)
    }

    /// The index of a meeting id, if it exists.
    pub(crate) fn meeting(&self, id: &str) -> Option<usize> {
        self.ids.meetings.get(id)
    }

    /// The index of a dimension id, if it exists.
    pub(crate) fn dimension(&self, id: &str) -> Option<usize> {
        self.ids.dimensions.get(id)
    }
}

fn index<'a>(
    ids: impl ExactSizeIterator<Item = &'a str>,
    collection: &str,
    what: &str,
    report: &mut Report,
) -> IdArena {
    let ids: Vec<&str> = ids.collect();
    IdArena::build(ids.iter().copied(), |i, first| {
        let id = ids.get(i).copied().unwrap_or_default();
        report.push(
            Severity::Error,
            "duplicate-id",
            format!("/{collection}/{i}/id"),
            format!("{what} id `{id}` is already used by /{collection}/{first}"),
        );
    })
}

/// Enter and leave times of a depth-first walk over the forest of parent links (cycles
/// already cut), without recursion.
fn euler_spans(parent: &[Option<usize>]) -> Vec<(u32, u32)> {
    let n = parent.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p.and_then(|p| children.get_mut(p)) {
            Some(list) => list.push(i),
            None => roots.push(i),
        }
    }
    let mut span = vec![(0u32, 0u32); n];
    let mut clock = 0u32;
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in roots {
        stack.push((root, 0));
        if let Some(s) = span.get_mut(root) {
            s.0 = clock;
        }
        clock = clock.saturating_add(1);
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            match children.get(node).and_then(|c| c.get(next)) {
                Some(&child) => {
                    top.1 += 1;
                    if let Some(s) = span.get_mut(child) {
                        s.0 = clock;
                    }
                    clock = clock.saturating_add(1);
                    stack.push((child, 0));
                }
                None => {
                    if let Some(s) = span.get_mut(node) {
                        s.1 = clock;
                    }
                    clock = clock.saturating_add(1);
                    stack.pop();
                }
            }
        }
    }
    span
}

/// Cuts one parent link in every cycle of the parent forest, so that walking up from any
/// organization ends. Linear: each organization is walked over once.
fn break_cycles(parent: &mut [Option<usize>]) {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; parent.len()];
    let mut path = Vec::new();
    for start in 0..parent.len() {
        let mut at = Some(start);
        while let Some(i) = at {
            match state.get(i).copied() {
                Some(NEW) => {
                    if let Some(s) = state.get_mut(i) {
                        *s = ON_PATH;
                    }
                    path.push(i);
                    at = parent.get(i).copied().flatten();
                }
                Some(ON_PATH) => {
                    // `i` is reached again: the last node on the path closes the cycle.
                    if let Some(&last) = path.last() {
                        if let Some(link) = parent.get_mut(last) {
                            *link = None;
                        }
                    }
                    at = None;
                }
                _ => at = None,
            }
        }
        for i in path.drain(..) {
            if let Some(s) = state.get_mut(i) {
                *s = DONE;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_intervals_nest_exactly_for_ancestors() {
        // 0 ← 1 ← 2, 0 ← 3, 4 alone.
        let parent = vec![None, Some(0), Some(1), Some(0), None];
        let span = euler_spans(&parent);
        let below = |a: usize, b: usize| span[b].0 <= span[a].0 && span[a].1 <= span[b].1;
        assert!(below(2, 0) && below(2, 1) && below(1, 0) && below(3, 0));
        assert!(!below(2, 3) && !below(3, 1) && !below(4, 0) && !below(0, 2));
    }

    #[test]
    fn cycles_are_cut_once_and_chains_kept() {
        // 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 1 hangs off it; 4 -> 5 is a chain.
        let mut parent = vec![Some(1), Some(2), Some(0), Some(1), Some(5), None];
        break_cycles(&mut parent);
        assert_eq!(parent, vec![Some(1), Some(2), None, Some(1), Some(5), None]);
        let mut self_loop = vec![Some(0)];
        break_cycles(&mut self_loop);
        assert_eq!(self_loop, vec![None]);
    }
}
