//! A picture made of nodes and lines: the cooperation network and a meeting's context.

/// A graph to draw: nodes, groups of nodes (drawn as boxes around them, nested), and lines
/// between nodes. Made by [`network`](super::network) and [`context`](super::context);
/// written by [`to_dot`](Graph::to_dot) and [`to_mermaid`](Graph::to_mermaid).
///
/// The lists are sorted (nodes and groups by key, edges by the keys of their ends, then
/// label), so that the same records always give the same text. The fields are public to be
/// read; a writer given a graph whose indices do not point into its lists skips what they
/// name rather than fail.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Graph {
    /// What the picture shows ("Cooperation network, 2024"), drawn above it.
    pub title: String,
    /// Whether the lines are arrows (a meeting's relations) or plain (the network).
    pub directed: bool,
    /// The nodes, sorted by key.
    pub nodes: Vec<Node>,
    /// The groups, sorted by key.
    pub groups: Vec<Group>,
    /// The lines, sorted by the keys of their ends, then by label.
    pub edges: Vec<Edge>,
}

/// One node of a [`Graph`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Node {
    /// What the node stands for, unique in the graph: `org:cica`, `state:KZ`,
    /// `meeting:iom-council-115`. The writers derive each syntax's node id from it.
    pub key: String,
    /// The text drawn in the node; `'\n'` breaks a line.
    pub label: String,
    /// How the node is drawn.
    pub shape: Shape,
    /// The group the node is drawn in (an index into [`Graph::groups`]), if any.
    pub group: Option<usize>,
    /// Whether the node is the one the picture is about (drawn with a heavier border).
    pub focus: bool,
}

/// How a [`Node`] is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// A box: an organization.
    Box,
    /// An ellipse (in Mermaid, a stadium): a state.
    Ellipse,
    /// A box with rounded corners: a meeting.
    Rounded,
}

/// A group of nodes: an organization with the bodies inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Group {
    /// Unique among the groups: `group:un`.
    pub key: String,
    /// The text drawn at the top of the group; `'\n'` breaks a line.
    pub label: String,
    /// The group this one is drawn in (an index into [`Graph::groups`]), if any.
    pub parent: Option<usize>,
}

/// A line between two nodes of a [`Graph`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Edge {
    /// The node the line starts from (an index into [`Graph::nodes`]).
    pub from: usize,
    /// The node it goes to.
    pub to: usize,
    /// The text along the line ("2", "1–2", "part of").
    pub label: String,
    /// How heavy the line is, from 1 (thin) up.
    pub width: u32,
    /// Whether the line is solid or dashed.
    pub style: LineStyle,
}

/// Whether a line is drawn solid or dashed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LineStyle {
    /// Solid: what the line says is certain.
    Solid,
    /// Dashed: it is only possible.
    Dashed,
}

impl Graph {
    /// The graph in Graphviz's DOT language (see [the module docs](crate::draw#graphviz-dot)).
    /// Cost: O(n + e + length of the labels).
    pub fn to_dot(&self) -> String {
        super::dot::graph(self)
    }

    /// The graph as a Mermaid flowchart (see [the module docs](crate::draw#mermaid)).
    /// Cost: O(n + e + length of the labels).
    pub fn to_mermaid(&self) -> String {
        super::mermaid::graph(self)
    }

    /// The graph in `syntax`.
    pub fn to_syntax(&self, syntax: super::Syntax) -> String {
        match syntax {
            super::Syntax::Dot => self.to_dot(),
            super::Syntax::Mermaid => self.to_mermaid(),
        }
    }

    /// The groups as a tree, for the writers: the groups at the top level, the groups in each
    /// group, and the nodes at the top level and in each group, each list in key order. A
    /// group whose parent index points nowhere, or that lies on a cycle of parents, is drawn
    /// at the top level; a node whose group points nowhere too. O(n + g).
    pub(crate) fn layout(&self) -> Layout {
        let g = self.groups.len();
        let mut layout = Layout {
            top_groups: Vec::new(),
            top_nodes: Vec::new(),
            groups_in: vec![Vec::new(); g],
            nodes_in: vec![Vec::new(); g],
        };
        // A group is placed under its parent only when following parents from it ends at
        // the top level: walk each chain once, remembering the verdict.
        let mut state = vec![0u8; g]; // 0 unknown, 1 on the current walk, 2 rooted, 3 cut
        for start in 0..g {
            let mut path = Vec::new();
            let mut at = start;
            let verdict = loop {
                match state.get(at).copied() {
                    Some(2) => break 2,
                    Some(3) | Some(1) => break 3,
                    Some(_) => {}
                    None => break 3,
                }
                if let Some(s) = state.get_mut(at) {
                    *s = 1;
                }
                path.push(at);
                match self.groups.get(at).and_then(|grp| grp.parent) {
                    None => break 2,
                    Some(p) if p < g => at = p,
                    Some(_) => break 2,
                }
            };
            for &p in &path {
                if let Some(s) = state.get_mut(p) {
                    *s = verdict;
                }
            }
        }
        for (i, grp) in self.groups.iter().enumerate() {
            let parent = grp
                .parent
                .filter(|&p| p < g && p != i && state.get(i) == Some(&2));
            match parent.and_then(|p| layout.groups_in.get_mut(p)) {
                Some(list) => list.push(i),
                None => layout.top_groups.push(i),
            }
        }
        for (i, node) in self.nodes.iter().enumerate() {
            match node.group.and_then(|grp| layout.nodes_in.get_mut(grp)) {
                Some(list) => list.push(i),
                None => layout.top_nodes.push(i),
            }
        }
        layout
    }
}

/// The groups of a [`Graph`] as a tree (see [`Graph::layout`]).
pub(crate) struct Layout {
    pub(crate) top_groups: Vec<usize>,
    pub(crate) top_nodes: Vec<usize>,
    pub(crate) groups_in: Vec<Vec<usize>>,
    pub(crate) nodes_in: Vec<Vec<usize>>,
}

impl Layout {
    /// The groups in the order a writer opens them, each with how deep it lies, and a
    /// `None` where the innermost open group closes: a walk of the tree without recursion
    /// (a dataset may nest bodies thousands deep). O(g).
    pub(crate) fn walk(&self) -> Vec<Step> {
        let mut steps = Vec::new();
        // Each entry: a group to open, or the close of one.
        let mut stack: Vec<Step> = self
            .top_groups
            .iter()
            .rev()
            .map(|&g| Step::Open(g))
            .collect();
        while let Some(step) = stack.pop() {
            steps.push(step);
            if let Step::Open(g) = step {
                stack.push(Step::Close);
                if let Some(children) = self.groups_in.get(g) {
                    stack.extend(children.iter().rev().map(|&c| Step::Open(c)));
                }
            }
        }
        steps
    }
}

/// One step of [`Layout::walk`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Open a group: write its header, then its nodes.
    Open(usize),
    /// Close the innermost open group.
    Close,
}
