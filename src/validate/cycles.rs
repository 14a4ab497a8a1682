//! Rules `parent-cycle` and `relation-cycle`: no organization or dimension is its own
//! ancestor, and no meeting is (through its relations) on its own sidelines, part of itself,
//! or both before and after itself.

use crate::meeting::RelationKind;
use crate::validate::context::{Context, NONE};
use crate::validate::report::{Report, Severity};

/// An edge of a graph, labelled with where the field that makes it is: (record, item).
/// The JSON pointer is only written when the edge closes a cycle.
struct Edge {
    to: usize,
    at: (usize, usize),
}

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;

    let org_edges = d
        .organizations
        .iter()
        .enumerate()
        .map(|(i, o)| {
            o.parent
                .as_ref()
                .and_then(|p| cx.org(p.as_str()))
                .map(|to| Edge { to, at: (i, 0) })
                .into_iter()
                .collect()
        })
        .collect();
    let names = |i: usize| d.organizations.get(i).map_or("?", |o| o.id.as_str());
    for ((i, _), cycle) in find_cycles(org_edges) {
        report.push(
            Severity::Error,
            "parent-cycle",
            format!("/organizations/{i}/parent"),
            format!(
                "organizations are their own ancestors: {}",
                show(&cycle, names)
            ),
        );
    }

    let dim_edges = d
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, dim)| {
            dim.parent
                .as_ref()
                .and_then(|p| cx.dimension(p.as_str()))
                .map(|to| Edge { to, at: (i, 0) })
                .into_iter()
                .collect()
        })
        .collect();
    let names = |i: usize| d.dimensions.get(i).map_or("?", |x| x.id.as_str());
    for ((i, _), cycle) in find_cycles(dim_edges) {
        report.push(
            Severity::Error,
            "parent-cycle",
            format!("/dimensions/{i}/parent"),
            format!(
                "dimensions are their own ancestors: {}",
                show(&cycle, names)
            ),
        );
    }

    // Two graphs over meetings: "lies within" (sidelines of, part of) and "happens before"
    // (in preparation for points forward, follow-up to points back).
    let n = d.meetings.len();
    let mut within: Vec<Vec<Edge>> = (0..n).map(|_| Vec::new()).collect();
    let mut before: Vec<Vec<Edge>> = (0..n).map(|_| Vec::new()).collect();
    for (i, m) in d.meetings.iter().enumerate() {
        let targets = m.relations.iter().zip(cx.refs().relations.get(i));
        for (k, (rel, &j)) in targets.enumerate() {
            if j == NONE {
                continue;
            }
            let j = j as usize;
            let (graph, from, to) = match rel.kind {
                RelationKind::SidelinesOf | RelationKind::PartOf => (&mut within, i, j),
                RelationKind::InPreparationFor => (&mut before, i, j),
                RelationKind::FollowUpTo => (&mut before, j, i),
            };
            if let Some(edges) = graph.get_mut(from) {
                edges.push(Edge { to, at: (i, k) });
            }
        }
    }
    let names = |i: usize| d.meetings.get(i).map_or("?", |x| x.id.as_str());
    for ((i, k), cycle) in find_cycles(within) {
        report.push(
            Severity::Error,
            "relation-cycle",
            format!("/meetings/{i}/relations/{k}/meeting"),
            format!(
                "meetings lie within themselves (sidelines of / part of): {}",
                show(&cycle, names)
            ),
        );
    }
    for ((i, k), cycle) in find_cycles(before) {
        report.push(
            Severity::Error,
            "relation-cycle",
            format!("/meetings/{i}/relations/{k}/meeting"),
            format!(
                "meetings come before themselves (in preparation for / follow-up to): {}",
                show(&cycle, names)
            ),
        );
    }
}

/// Writes a cycle as `a → b → a`, eliding the middle of a long one.
fn show<'a>(cycle: &Cycle, name: impl Fn(usize) -> &'a str) -> String {
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
struct Cycle {
    first: Vec<usize>,
    len: usize,
}

/// Finds cycles by iterative depth-first search (no recursion, so a chain of a million
/// records cannot overflow the stack). Each back edge closes one cycle, reported with the
/// path of that edge and the cycle's nodes in order.
fn find_cycles(edges: Vec<Vec<Edge>>) -> Vec<((usize, usize), Cycle)> {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let n = edges.len();
    let mut state = vec![NEW; n];
    // Where each open node stands in the path.
    let mut depth = vec![0usize; n];
    let mut found = Vec::new();
    // The current path: (node, index of the next edge to follow).
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if state.get(root) != Some(&NEW) {
            continue;
        }
        stack.push((root, 0));
        if let Some(s) = state.get_mut(root) {
            *s = OPEN;
        }
        if let Some(d) = depth.get_mut(root) {
            *d = 0;
        }
        while let Some(top) = stack.last_mut() {
            let (node, next) = *top;
            let Some(edge) = edges.get(node).and_then(|e| e.get(next)) else {
                if let Some(s) = state.get_mut(node) {
                    *s = DONE;
                }
                stack.pop();
                continue;
            };
            top.1 += 1;
            match state.get(edge.to).copied() {
                Some(NEW) => {
                    if let Some(s) = state.get_mut(edge.to) {
                        *s = OPEN;
                    }
                    if let Some(d) = depth.get_mut(edge.to) {
                        *d = stack.len();
                    }
                    stack.push((edge.to, 0));
                }
                Some(OPEN) => {
                    let start = depth.get(edge.to).copied().unwrap_or(0);
                    let cycle = Cycle {
                        first: stack
                            .iter()
                            .skip(start)
                            .take(SHOWN)
                            .map(|&(x, _)| x)
                            .collect(),
                        len: stack.len().saturating_sub(start),
                    };
                    found.push((edge.at, cycle));
                }
                _ => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(adj: &[&[usize]]) -> Vec<Vec<Edge>> {
        adj.iter()
            .enumerate()
            .map(|(i, tos)| tos.iter().map(|&to| Edge { to, at: (i, to) }).collect())
            .collect()
    }

    #[test]
    fn finds_self_loops_and_longer_cycles() {
        let found = find_cycles(graph(&[&[0], &[2], &[3], &[1]]));
        let cycle = |first: Vec<usize>| Cycle {
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
        assert!(find_cycles(graph(&[&[1, 2], &[3], &[3], &[]])).is_empty());
    }

    #[test]
    fn a_long_chain_does_not_overflow() {
        let n = 200_000;
        let edges = (0..n)
            .map(|i| {
                vec![Edge {
                    to: (i + 1) % n,
                    at: (i, 0),
                }]
            })
            .collect();
        let found = find_cycles(edges);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.len, n);
        assert_eq!(found[0].1.first, [0, 1, 2, 3, 4, 5]);
    }
}
