//! The cooperation network in a period: who met whom, how often.

use std::collections::{BTreeMap, BTreeSet};

use super::graph::{Edge, Graph, Group, LineStyle, Node, Shape};
use super::label::{MAX_LINES, WIDTH, one_line, period_text, wrap};
use crate::party::Party;
use crate::period::Period;
use crate::registry::{OrganizationRef, Registry};

/// The cooperation network in `period`: the organizations and states that took part in a
/// meeting that may fall in the period, a line between two of them for the meetings they
/// shared, and each body drawn inside the organization it belongs to.
///
/// - **Which meetings**: those [`Registry::meetings_during`] finds, that may overlap the
///   period. A meeting whose dates certainly lie within it counts as certain; one that only
///   may (a meeting of unknown date, or dated to a year the period cuts) as possible.
/// - **Lines**: one for each pair of parties named as participants in the same meetings.
///   The label is the number of meetings, `3`, or, when some are only possibly in the
///   period, the range `1–3` (one certain, up to three). A line with no certain meeting is
///   dashed. Its width grows with the number of meetings: 1 + log₂ n, at most 8.
/// - **Nodes**: an organization as a box labelled with its acronym and name, a state as an
///   ellipse with its name and code. A party that met no other (the only participant of a
///   visit's record) is a node without lines.
/// - **Groups**: an organization one of whose bodies is a node is drawn as a box around
///   its bodies (and around itself, when it is a node too), nested as the bodies are; the
///   organizations above them are taken from the records even when they met no one.
///
/// Cost: O(k log k + P log e + a) for the k meetings found, their P pairs of participants,
/// the e lines and the a organizations above the nodes; no meeting outside the period is
/// read (beyond the registry's [near misses](crate::registry#order-and-cost)).
///
/// ```
/// use multilateral::{Period, Registry};
/// use multilateral::draw;
///
/// let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
/// let year: Period = "2024/2024".parse()?;
/// let network = draw::network(&registry, &year);
/// let cica_iom = network.edges.iter().find(|e| {
///     network.nodes[e.from].key == "org:cica" && network.nodes[e.to].key == "org:iom"
/// }).unwrap();
/// assert_eq!(cica_iom.label, "2"); // the Council session and the bilateral meeting
/// // The UN's offices in Geneva are drawn inside the UN.
/// assert!(network.groups.iter().any(|g| g.key == "group:un"));
/// assert!(network.to_dot().contains("subgraph \"cluster_group:un\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn network(registry: &Registry, period: &Period) -> Graph {
    // For each pair of parties, (meetings certainly in the period, all meetings).
    let mut pairs: BTreeMap<(Party, Party), (u32, u32)> = BTreeMap::new();
    let mut parties: BTreeSet<Party> = BTreeSet::new();
    let mut here: Vec<&Party> = Vec::new();
    for m in registry.meetings_during(period) {
        let certain = m.when.must_lie_within(period);
        here.clear();
        here.extend(m.participants.iter().map(|p| &p.party));
        here.sort_unstable();
        here.dedup();
        for (i, &a) in here.iter().enumerate() {
            parties.insert(a.clone());
            for &b in here.get(i + 1..).unwrap_or(&[]) {
                let e = pairs.entry((a.clone(), b.clone())).or_insert((0, 0));
                e.0 += u32::from(certain);
                e.1 += 1;
            }
        }
    }

    // Groups: every organization above an organization node.
    let orgs: Vec<OrganizationRef<'_>> = parties
        .iter()
        .filter_map(|p| p.organization().and_then(|id| registry.organization(id)))
        .collect();
    let mut grouped: BTreeMap<String, OrganizationRef<'_>> = BTreeMap::new();
    for &org in &orgs {
        let mut at = org.parent();
        // A validated registry has no cycle of parents; the bound is a second guard.
        let mut steps = 0usize;
        while let Some(p) = at {
            if grouped.insert(p.id.to_string(), p).is_some()
                || steps > registry.dataset().organizations.len()
            {
                break;
            }
            steps += 1;
            at = p.parent();
        }
    }
    let group_key = |id: &str| format!("group:{id}");
    let keys: Vec<String> = grouped.keys().cloned().collect();
    let group_index = |id: &str| keys.binary_search(&id.to_string()).ok();
    let groups: Vec<Group> = grouped
        .values()
        .map(|&o| Group {
            key: group_key(o.id.as_str()),
            label: org_label(o),
            parent: o.parent().and_then(|p| group_index(p.id.as_str())),
        })
        .collect();

    let mut nodes: Vec<Node> = parties
        .iter()
        .map(|p| match p {
            Party::Organization(id) => {
                let org = registry.organization(id);
                // An organization that heads a group is drawn in it; a body, in its parent's.
                let group = group_index(id.as_str()).or_else(|| {
                    org.and_then(|o| o.parent())
                        .and_then(|p| group_index(p.id.as_str()))
                });
                Node {
                    key: format!("org:{id}"),
                    label: org.map_or_else(|| one_line(id.as_str()), org_label),
                    shape: Shape::Box,
                    group,
                    focus: false,
                }
            }
            Party::State(code) => Node {
                key: format!("state:{code}"),
                label: wrap(&format!("{} ({code})", code.name()), WIDTH, MAX_LINES),
                shape: Shape::Ellipse,
                group: None,
                focus: false,
            },
        })
        .collect();
    // Keys sort as the parties do within each kind, and "org:" before "state:".
    nodes.sort_by(|a, b| a.key.cmp(&b.key));
    let index = |p: &Party| {
        let key = match p {
            Party::Organization(id) => format!("org:{id}"),
            Party::State(code) => format!("state:{code}"),
        };
        nodes.binary_search_by(|n| n.key.cmp(&key)).ok()
    };
    let mut edges: Vec<Edge> = pairs
        .iter()
        .filter_map(|((a, b), &(certain, total))| {
            let (from, to) = (index(a)?, index(b)?);
            let (from, to) = if nodes.get(from)?.key <= nodes.get(to)?.key {
                (from, to)
            } else {
                (to, from)
            };
            Some(Edge {
                from,
                to,
                label: if certain == total {
                    total.to_string()
                } else {
                    format!("{certain}–{total}")
                },
                width: (1 + total.max(1).ilog2()).min(8),
                style: if certain == 0 {
                    LineStyle::Dashed
                } else {
                    LineStyle::Solid
                },
            })
        })
        .collect();
    // Nodes are in key order, so indices sort as keys do.
    edges.sort_by_key(|e| (e.from, e.to));
    Graph {
        title: format!("Cooperation network, {}", period_text(period)),
        directed: false,
        nodes,
        groups,
        edges,
    }
}

/// An organization's label: its acronym on a line of its own, then its name, wrapped.
fn org_label(org: OrganizationRef<'_>) -> String {
    match &org.acronym {
        Some(a) if a.as_str() != org.name.as_str() => format!(
            "{}\n{}",
            wrap(a, WIDTH, 1),
            wrap(&org.name, WIDTH, MAX_LINES - 1)
        ),
        _ => wrap(&org.name, WIDTH, MAX_LINES),
    }
}
