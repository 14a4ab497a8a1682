//! Rules `parent-cycle` and `relation-cycle`: no organization or dimension is its own
//! ancestor, and no meeting is (through its relations) on its own sidelines, part of itself,
//! or both before and after itself.

use crate::meeting::RelationKind;
use crate::resolve::{Cycle, Lists, NONE};
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

/// An edge of a graph, labelled with where the field that makes it is: (record, item).
/// The JSON pointer is only written when the edge closes a cycle.
#[derive(Debug, Clone, Copy)]
struct Edge {
    to: usize,
    at: (usize, usize),
}

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let (d, res) = (cx.data, cx.res);

    // Parent links form forests whose cycles the resolution found and cut.
    let id = |i: usize| d.organizations.get(i).map(|o| o.id.as_str());
    for cycle in res.org_forest.cycles() {
        report.push(
            Rule::ParentCycle,
            format!("/organizations/{}/parent", cycle.closing),
            format!(
                "organizations are their own ancestors: {}",
                show_links(cycle, &res.org_parent, id)
            ),
        );
    }
    let id = |i: usize| d.dimensions.get(i).map(|x| x.id.as_str());
    for cycle in res.dimension_forest.cycles() {
        report.push(
            Rule::ParentCycle,
            format!("/dimensions/{}/parent", cycle.closing),
            format!(
                "dimensions are their own ancestors: {}",
                show_links(cycle, &res.dimension_parent, id)
            ),
        );
    }

    // Two graphs over meetings: "lies within" (sidelines of, part of) and "happens before"
    // (in preparation for points forward, follow-up to points back).
    // Each graph's edges as `(from, edge)`, then grouped by node in one block.
    let n = d.meetings.len();
    let mut within: Vec<(u32, Edge)> = Vec::new();
    let mut before: Vec<(u32, Edge)> = Vec::new();
    for (i, m) in d.meetings.iter().enumerate() {
        let targets = m.relations.iter().zip(res.relations.get(i));
        for (k, (rel, &j)) in targets.enumerate() {
            if j == NONE {
                continue;
            }
            let j = j as usize;
            let (graph, from, to) = match rel.kind {
                RelationKind::SidelinesOf | RelationKind::PartOf => (&mut within, i, j),
                RelationKind::InPreparationFor | RelationKind::AheadOf => (&mut before, i, j),
                RelationKind::FollowUpTo => (&mut before, j, i),
            };
            graph.push((crate::resolve::index(from), Edge { to, at: (i, k) }));
        }
    }
    let (within, before) = (Lists::group(n, &within), Lists::group(n, &before));
    let name = |i: usize| d.meetings.get(i).expect("a meeting of a cycle").id.as_str();
    for ((i, k), cycle) in find_cycles(&within) {
        report.push(
            Rule::RelationCycle,
            format!("/meetings/{i}/relations/{k}/meeting"),
            format!(
                "meetings lie within themselves (sidelines of / part of): {}",
                show(&cycle, name)
            ),
        );
    }
    for ((i, k), cycle) in find_cycles(&before) {
        report.push(
            Rule::RelationCycle,
            format!("/meetings/{i}/relations/{k}/meeting"),
            format!(
                "meetings come before themselves (in preparation for / follow-up to): {}",
                show(&cycle, name)
            ),
        );
    }
}

/// A cycle of parent links, shown: its first records, walked from its
/// entry along the links as written.
fn show_links<'a>(cycle: &Cycle, links: &[u32], id: impl Fn(usize) -> Option<&'a str>) -> String {
    let mut first = Vec::with_capacity(SHOWN);
    let mut at = cycle.entry;
    for _ in 0..cycle.len.min(SHOWN) {
        first.push(at);
        at = *links.get(at).expect("a record of the cycle") as usize;
    }
    let found = FoundCycle {
        first,
        len: cycle.len,
    };
    show(&found, |i| id(i).expect("a record of the cycle"))
}

/// Writes a cycle as `a → b → a`, eliding the middle of a long one.
fn show<'a>(cycle: &FoundCycle, name: impl Fn(usize) -> &'a str) -> String {
    let mut parts: Vec<&str> = cycle.first.iter().take(SHOWN).map(|&i| name(i)).collect();
    if cycle.len > SHOWN {
        parts.push("…");
    }
    if let Some(&first) = cycle.first.first() {
        parts.push(name(first));
    }
    parts.join(" → ")
}

/// How many nodes of a cycle a message names.
const SHOWN: usize = 6;

/// A cycle found: its first nodes (enough to name in a message) and its length. Only the
/// first few are copied, so many cycles through one long path cost no more than the path.
#[derive(Debug, PartialEq, Eq)]
struct FoundCycle {
    first: Vec<usize>,
    len: usize,
}

/// Finds cycles by iterative depth-first search (no recursion, so a chain of a million
/// records cannot overflow the stack). Each back edge closes one cycle, reported with the
/// path of that edge and the cycle's nodes in order.
fn find_cycles(edges: &Lists<Edge>) -> Vec<((usize, usize), FoundCycle)> {
    /// Where a node stands: not reached yet, done, or open at a depth of the path.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum State {
        New,
        Open(usize),
        Done,
    }
    let n = edges.len();
    let mut state = vec![State::New; n];
    let mut found = Vec::new();
    // The current path: (node, index of the next edge to follow).
    let mut stack: Vec<(usize, usize)> = Vec::new();
    fn at(state: &mut [State], i: usize) -> &mut State {
        state.get_mut(i).expect("edges join nodes of the graph")
    }
    for root in 0..n {
        if *at(&mut state, root) != State::New {
            continue;
        }
        stack.push((root, 0));
        *at(&mut state, root) = State::Open(0);
        while let Some(top) = stack.last_mut() {
            crate::work::step();
            let (node, next) = *top;
            let out = edges.get(node);
            let Some(edge) = out.get(next) else {
                *at(&mut state, node) = State::Done;
                stack.pop();
                continue;
            };
            top.1 += 1;
            match *at(&mut state, edge.to) {
                State::New => {
                    *at(&mut state, edge.to) = State::Open(stack.len());
                    stack.push((edge.to, 0));
                }
                State::Open(start) => {
                    let cycle = FoundCycle {
                        first: stack
                            .iter()
                            .skip(start)
                            .take(SHOWN)
                            .map(|&(x, _)| x)
                            .collect(),
                        len: stack.len() - start,
                    };
                    // The nodes copied for the message: a few, not the whole cycle.
                    crate::work::steps(cycle.first.len());
                    found.push((edge.at, cycle));
                }
                State::Done => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(adj: &[&[usize]]) -> Lists<Edge> {
        Lists::from_lists(
            adj.iter()
                .enumerate()
                .map(|(i, tos)| tos.iter().map(move |&to| Edge { to, at: (i, to) })),
        )
    }

    #[test]
    fn finds_self_loops_and_longer_cycles() {
        let found = find_cycles(&graph(&[&[0], &[2], &[3], &[1]]));
        let cycle = |first: Vec<usize>| FoundCycle {
            len: first.len(),
            first,
        };
        assert_eq!(
            found,
            vec![((0, 0), cycle(vec![0])), ((3, 1), cycle(vec![1, 2, 3]))]
        );
    }

    #[test]
    fn a_diamond_is_not_a_cycle() {
        assert!(find_cycles(&graph(&[&[1, 2], &[3], &[3], &[]])).is_empty());
    }

    #[test]
    fn a_long_chain_does_not_overflow() {
        let n = 200_000;
        let edges = Lists::from_lists((0..n).map(|i| {
            [Edge {
                to: (i + 1) % n,
                at: (i, 0),
            }]
        }));
        let found = find_cycles(&edges);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.len, n);
        assert_eq!(found[0].1.first, [0, 1, 2, 3, 4, 5]);
    }
}
