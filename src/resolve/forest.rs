//! Trees of records linked to a parent: organizations and their bodies, dimensions and their
//! priority areas.

use crate::resolve::{Lists, NONE, index};

/// The records of one kind as a forest: each record's parent (resolved), its children, and
/// for each record the interval of a depth-first walk in which its subtree lies, so that
/// "is this body below that organization?" is answered in O(1).
///
/// Parent links that close a cycle (an organization that is its own ancestor) are cut, one
/// link per cycle, and the cycles are kept for the validation rule that reports them; every
/// walk up or down the forest ends.
#[derive(Debug, Default)]
pub(crate) struct Forest {
    /// Each record's parent after cutting cycles, [`NONE`] for a root.
    parent: Vec<u32>,
    children: Lists<u32>,
    /// When the walk enters and leaves each record.
    span: Vec<(usize, usize)>,
    cycles: Vec<Cycle>,
}

/// A cycle of parent links, found and cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cycle {
    /// The record whose parent link was cut: the last one of the cycle walked.
    pub(crate) closing: usize,
    /// The first record of the cycle walked, the parent `closing` pointed at. Following
    /// parent links from it goes around the cycle in order.
    pub(crate) entry: usize,
    /// How many records the cycle holds.
    pub(crate) len: usize,
}

impl Forest {
    /// The forest of `links`, each record's resolved parent or [`NONE`]. Linear.
    pub(crate) fn new(links: &[u32]) -> Self {
        let mut parent = links.to_vec();
        let cycles = cut_cycles(&mut parent);
        let pairs: Vec<(u32, u32)> = parent
            .iter()
            .enumerate()
            .filter(|&(_, &p)| p != NONE)
            .map(|(i, &p)| (p, index(i)))
            .collect();
        // Children in document order.
        let children = Lists::group(parent.len(), &pairs);
        let span = walk(&parent, &children);
        Self {
            parent,
            children,
            span,
            cycles,
        }
    }

    /// The parent of record `i`, if it has one (and the link was not cut).
    pub(crate) fn parent(&self, i: usize) -> Option<usize> {
        let p = *self.parent.get(i).expect("a record of this forest");
        (p != NONE).then_some(p as usize)
    }

    /// The children of record `i`, in document order.
    pub(crate) fn children(&self, i: usize) -> &[u32] {
        self.children.get(i)
    }

    /// Whether `node` is `ancestor` or lies below it, at any depth. O(1).
    pub(crate) fn contains(&self, ancestor: usize, node: usize) -> bool {
        let (a0, a1) = *self.span.get(ancestor).expect("a record of this forest");
        let (n0, n1) = *self.span.get(node).expect("a record of this forest");
        a0 <= n0 && n1 <= a1
    }

    /// Whether one of two records lies within the other's subtree: a post at the CICA
    /// Secretariat counts as a post at CICA, and the other way round. O(1).
    pub(crate) fn related(&self, a: usize, b: usize) -> bool {
        self.contains(a, b) || self.contains(b, a)
    }

    /// Record `root` and every record below it, breadth first. O(size of the subtree).
    pub(crate) fn subtree(&self, root: usize) -> Vec<usize> {
        let mut out = vec![root];
        let mut i = 0;
        while let Some(&at) = out.get(i) {
            crate::work::steps(self.children(at).len());
            out.extend(self.children(at).iter().map(|&c| c as usize));
            i += 1;
        }
        out
    }

    /// A set of this forest's records, to ask of many records whether each is
    /// [`related`](Self::related) to one of them. O(m log m) to build for m members.
    pub(crate) fn set(&self, members: impl IntoIterator<Item = usize>) -> TreeSet<'_> {
        let mut spans: Vec<(usize, usize)> = members
            .into_iter()
            .map(|m| *self.span.get(m).expect("a record of this forest"))
            .collect();
        spans.sort_unstable();
        spans.dedup();
        crate::work::steps(spans.len());
        let mut reach = 0;
        let reach_by_enter = spans
            .iter()
            .map(|&(_, leave)| {
                reach = reach.max(leave);
                reach
            })
            .collect();
        TreeSet {
            forest: self,
            spans,
            reach_by_enter,
        }
    }

    /// The cycles of parent links found (and cut), in the order a walk from the first
    /// record finds them.
    pub(crate) fn cycles(&self) -> &[Cycle] {
        &self.cycles
    }
}

/// Records of a forest, by the walk intervals of their subtrees: see [`Forest::set`].
#[derive(Debug)]
pub(crate) struct TreeSet<'f> {
    forest: &'f Forest,
    /// The members' walk intervals, sorted by when the walk enters them.
    spans: Vec<(usize, usize)>,
    /// For each member in that order, the latest leave among it and the members before.
    reach_by_enter: Vec<usize>,
}

impl TreeSet<'_> {
    /// Whether `node` is a member, lies below one, or has one below it. O(log m).
    ///
    /// Subtrees nest or are disjoint, so a member above `node` is one that the walk entered
    /// no later than `node` and left no earlier; and a member below `node` is one the walk
    /// entered while inside `node`.
    pub(crate) fn relates(&self, node: usize) -> bool {
        crate::work::step();
        let (enter, leave) = *self.forest.span.get(node).expect("a record of this forest");
        let entered_before = self.spans.partition_point(|&(e, _)| e <= enter);
        if let Some(i) = entered_before.checked_sub(1) {
            if *self.reach_by_enter.get(i).expect("one reach per member") >= leave {
                return true;
            }
        }
        let first_inside = self.spans.partition_point(|&(e, _)| e < enter);
        self.spans
            .get(first_inside)
            .is_some_and(|&(e, _)| e <= leave)
    }
}

/// Cuts one parent link in every cycle, so that walking up from any record ends, and says
/// which. Linear: each record is walked over once.
fn cut_cycles(parent: &mut [u32]) -> Vec<Cycle> {
    const NEW: u32 = u32::MAX;
    const DONE: u32 = u32::MAX - 1;
    // For each record: NEW, DONE, or its position on the path being walked.
    let mut state = vec![NEW; parent.len()];
    let mut path: Vec<usize> = Vec::new();
    let mut cycles = Vec::new();
    for start in 0..parent.len() {
        let mut at = start;
        loop {
            crate::work::step();
            let s = state
                .get_mut(at)
                .expect("links point at records of the forest");
            match *s {
                NEW => {
                    *s = index(path.len());
                    path.push(at);
                    match *parent.get(at).expect("a record of the forest") {
                        NONE => break,
                        p => at = p as usize,
                    }
                }
                DONE => break,
                on_path => {
                    // `at` is reached again: the last record walked closes the cycle.
                    let closing = *path.last().expect("a record on the path was pushed");
                    *parent.get_mut(closing).expect("a record of the forest") = NONE;
                    cycles.push(Cycle {
                        closing,
                        entry: at,
                        len: path.len() - on_path as usize,
                    });
                    break;
                }
            }
        }
        for i in path.drain(..) {
            *state.get_mut(i).expect("a record on the path") = DONE;
        }
    }
    cycles
}

/// When a depth-first walk of the forest (cycles cut) enters and leaves each record, without
/// recursion, so that a chain of a million bodies cannot overflow the stack.
fn walk(parent: &[u32], children: &Lists<u32>) -> Vec<(usize, usize)> {
    let mut span = vec![(0, 0); parent.len()];
    let mut clock = 0;
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let roots = parent.iter().enumerate().filter(|&(_, &p)| p == NONE);
    for (root, _) in roots {
        stack.push((root, 0));
        span.get_mut(root).expect("a record of the forest").0 = clock;
        clock += 1;
        while let Some(top) = stack.last_mut() {
            crate::work::step();
            let (node, next) = *top;
            match children.get(node).get(next) {
                Some(&child) => {
                    top.1 += 1;
                    let child = child as usize;
                    span.get_mut(child).expect("a record of the forest").0 = clock;
                    clock += 1;
                    stack.push((child, 0));
                }
                None => {
                    span.get_mut(node).expect("a record of the forest").1 = clock;
                    clock += 1;
                    stack.pop();
                }
            }
        }
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    const N: u32 = NONE;

    #[test]
    fn subtrees_nest_exactly_for_ancestors() {
        // 0 ← 1 ← 2, 0 ← 3, 4 alone.
        let forest = Forest::new(&[N, 0, 1, 0, N]);
        let below = |a: usize, b: usize| forest.contains(b, a);
        assert!(below(2, 0) && below(2, 1) && below(1, 0) && below(3, 0) && below(0, 0));
        assert!(!below(2, 3) && !below(3, 1) && !below(4, 0) && !below(0, 2));
        assert!(forest.related(0, 2) && forest.related(2, 0) && !forest.related(3, 2));
        assert_eq!(forest.subtree(0), [0, 1, 3, 2]);
        assert_eq!(forest.children(0), [1, 3]);
        assert_eq!((forest.parent(2), forest.parent(0)), (Some(1), None));
        assert!(forest.cycles().is_empty());
    }

    #[test]
    fn a_set_relates_its_members_their_subtrees_and_their_ancestors() {
        // 0 ← 1 ← 2, 0 ← 3 ← 5, 4 alone.
        let forest = Forest::new(&[N, 0, 1, 0, N, 3]);
        let set = forest.set([1, 4]);
        let related: Vec<usize> = (0..6).filter(|&i| set.relates(i)).collect();
        assert_eq!(related, [0, 1, 2, 4]); // 0 is above 1, 2 below it; 3 and 5 are a sibling tree
        for members in [vec![], vec![5], vec![2, 3], vec![0], vec![4, 4]] {
            let set = forest.set(members.iter().copied());
            for i in 0..6 {
                let naive = members.iter().any(|&m| forest.related(m, i));
                assert_eq!(set.relates(i), naive, "{members:?} {i}");
            }
        }
    }

    #[test]
    fn cycles_are_cut_once_and_chains_kept() {
        // 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 1 hangs off it; 4 -> 5 is a chain.
        let forest = Forest::new(&[1, 2, 0, 1, 5, N]);
        let parents: Vec<_> = (0..6).map(|i| forest.parent(i)).collect();
        assert_eq!(parents, [Some(1), Some(2), None, Some(1), Some(5), None]);
        assert_eq!(
            forest.cycles(),
            [Cycle {
                closing: 2,
                entry: 0,
                len: 3
            }]
        );
        let self_loop = Forest::new(&[0]);
        assert_eq!(self_loop.parent(0), None);
        assert_eq!(
            self_loop.cycles(),
            [Cycle {
                closing: 0,
                entry: 0,
                len: 1
            }]
        );
    }

    #[test]
    fn a_long_chain_does_not_overflow() {
        let n = 200_000u32;
        let links: Vec<u32> = (0..n).map(|i| (i + 1) % n).collect();
        let forest = Forest::new(&links);
        assert_eq!(forest.cycles().len(), 1);
        assert_eq!(forest.cycles()[0].len, n as usize);
        assert!(forest.contains(n as usize - 1, 0));
    }
}
