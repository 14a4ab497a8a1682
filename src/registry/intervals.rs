//! A static interval tree, for the meetings that last longer than a year.

use crate::registry::timeline::{Day, Spans};
use crate::resolve::{NONE, index};

/// Meetings (as ranks) with their spans, found by overlap with a period in O(log n + k).
///
/// A centered interval tree: each node has a center day and holds the meetings whose span
/// contains it, in start order and in end order (latest first); meetings wholly before the
/// center are in the left subtree, wholly after in the right. The center is the median of
/// the node's span ends, so each subtree holds at most half the node's meetings, and every
/// node holds at least one. A query `[a, b]` walks down: at a node whose center lies within
/// the period every meeting there overlaps it; at one whose center lies after the period, the
/// meetings there that start by `b` do; before it, those that end from `a` on. Each node
/// visited either reports a meeting or lies on one of the two paths that bound the period,
/// and at each node the meetings are read from the front until the first that does not
/// overlap, so a node costs one look in vain at most: O(log n + k) in all.
#[derive(Debug, Default, Clone)]
pub(crate) struct IntervalTree {
    nodes: Vec<Node>,
    /// The ranks of each node's meetings in start order, node after node.
    by_start: Vec<u32>,
    /// The same, in end order, latest end first.
    by_end: Vec<u32>,
    root: u32,
}

#[derive(Debug, Clone, Copy)]
struct Node {
    center: Day,
    /// Where the node's meetings are in `by_start` and `by_end`.
    from: u32,
    to: u32,
    left: u32,
    right: u32,
}

impl IntervalTree {
    /// The tree of the meetings of `ranks`.
    pub(crate) fn new(ranks: &[u32], spans: &Spans) -> Self {
        let mut tree = Self {
            root: NONE,
            ..Self::default()
        };
        tree.root = tree.build(ranks.to_vec(), spans);
        tree.nodes.shrink_to_fit();
        tree
    }

    /// Builds the subtree of `ranks` and gives its root. The depth is at most log₂ n + 1, so
    /// recursion is safe.
    fn build(&mut self, mut ranks: Vec<u32>, spans: &Spans) -> u32 {
        if ranks.is_empty() {
            return NONE;
        }
        crate::work::steps(ranks.len());
        let mut ends: Vec<Day> = ranks
            .iter()
            .flat_map(|&r| {
                let (start, end) = spans.span(r);
                [start, end]
            })
            .collect();
        let middle = ends.len() / 2;
        let (_, &mut center, _) = ends.select_nth_unstable(middle);
        let (left, rest): (Vec<u32>, Vec<u32>) =
            ranks.drain(..).partition(|&r| spans.span(r).1 < center);
        let (right, mut here): (Vec<u32>, Vec<u32>) =
            rest.into_iter().partition(|&r| spans.span(r).0 > center);
        here.sort_unstable_by_key(|&r| (spans.span(r).0, r));
        let from = index(self.by_start.len());
        self.by_start.extend(&here);
        here.sort_unstable_by_key(|&r| (std::cmp::Reverse(spans.span(r).1), r));
        self.by_end.extend(&here);
        let to = index(self.by_start.len());
        let node = index(self.nodes.len());
        self.nodes.push(Node {
            center,
            from,
            to,
            left: NONE,
            right: NONE,
        });
        let left = self.build(left, spans);
        let right = self.build(right, spans);
        let n = self
            .nodes
            .get_mut(node as usize)
            .expect("the node just pushed");
        n.left = left;
        n.right = right;
        node
    }

    /// Appends the meetings that may overlap `[a, b]` to `out`, in no particular order.
    pub(crate) fn during(&self, a: Day, b: Day, spans: &Spans, out: &mut Vec<u32>) {
        let mut stack = vec![self.root];
        while let Some(at) = stack.pop() {
            if at == NONE {
                continue;
            }
            crate::work::step();
            let node = *self.nodes.get(at as usize).expect("a node of the tree");
            let range = node.from as usize..node.to as usize;
            if b < node.center {
                // Every meeting here ends at the center or later, after the period ends.
                let here = self.by_start.get(range).expect("a node's range");
                // Read from the front while they start by `b`: one look in vain per node.
                let before = out.len();
                out.extend(here.iter().take_while(|&&r| spans.span(r).0 <= b));
                crate::work::steps(out.len() - before);
                stack.push(node.left);
            } else if a > node.center {
                // Every meeting here starts at the center or earlier, before the period.
                let here = self.by_end.get(range).expect("a node's range");
                // Read from the front while they end from `a` on.
                let before = out.len();
                out.extend(here.iter().take_while(|&&r| spans.span(r).1 >= a));
                crate::work::steps(out.len() - before);
                stack.push(node.right);
            } else {
                let here = self.by_start.get(range).expect("a node's range");
                crate::work::steps(here.len());
                out.extend(here);
                stack.push(node.left);
                stack.push(node.right);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn finds_exactly_the_meetings_that_may_overlap(
            list in prop::collection::vec((0i32..400, 0i32..200), 0..60),
            a in -10i32..610,
            len in 0i32..100,
        ) {
            let mut by_rank: Vec<(Day, Day)> = list.iter().map(|&(s, l)| (s, s + l)).collect();
            by_rank.sort_unstable();
            let spans = Spans { by_rank };
            let ranks: Vec<u32> = (0..index(list.len())).collect();
            let tree = IntervalTree::new(&ranks, &spans);
            let b = a + len;
            let mut found = Vec::new();
            tree.during(a, b, &spans, &mut found);
            found.sort_unstable();
            let naive: Vec<u32> = ranks.iter().copied().filter(|&r| spans.overlaps(r, a, b)).collect();
            prop_assert_eq!(found, naive);
        }
    }
}
