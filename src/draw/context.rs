//! A meeting's context: the meetings it was held on the sidelines of, was part of,
//! prepared or followed up, and those that relate to it.

use std::collections::{BTreeMap, VecDeque};

use super::graph::{Edge, Graph, LineStyle, Node, Shape};
use super::label::{MAX_LINES, WIDTH, one_line, period_text, wrap};
use crate::meeting::{MeetingStatus, RelationKind};
use crate::registry::{Depth, MeetingRef};

/// The words on a relation's arrow, read from the meeting it starts at: "A — part of → B".
pub(crate) fn relation_words(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::SidelinesOf => "on the sidelines of",
        RelationKind::PartOf => "part of",
        RelationKind::InPreparationFor => "in preparation for",
        RelationKind::FollowUpTo => "follow-up to",
        RelationKind::AheadOf => "ahead of",
    }
}

/// The meetings around `meeting`, joined by their relations (on the sidelines of, part of,
/// in preparation for, follow-up to, ahead of) as arrows from the meeting that states the
/// relation to the one it names.
///
/// With [`Depth::Direct`], the picture holds the meeting, the meetings it names and those
/// that name it; with [`Depth::Transitive`], every meeting reachable from it by relations
/// in either direction (the whole programme of a visit, the sidelines of its sessions).
/// Every relation between two meetings of the picture is drawn, so two neighbours that
/// relate to each other are joined too. The meeting asked about is drawn with a heavier
/// border. Each node shows the title (wrapped), the kind and the dates as the record gives
/// them, and the status when the meeting was not held.
///
/// Cost: O(c × (r + i log i)) for the c meetings of the picture, their r relations and the
/// i relations pointing at each.
///
/// ```
/// use multilateral::{MeetingId, Registry};
/// use multilateral::registry::Depth;
/// use multilateral::draw;
///
/// let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
/// let talk = registry.meeting(&MeetingId::from_static("sarybay-pope-2024-11")).unwrap();
/// let context = draw::context(talk, Depth::Direct);
/// let labels: Vec<&str> = context.edges.iter().map(|e| e.label.as_str()).collect();
/// assert_eq!(labels, ["part of", "on the sidelines of"]);
/// assert!(context.to_mermaid().contains("-->|\"part of\"|"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn context(meeting: MeetingRef<'_>, depth: Depth) -> Graph {
    let registry = meeting.registry();
    // The meetings of the picture, by id.
    let mut found: BTreeMap<String, MeetingRef<'_>> = BTreeMap::new();
    found.insert(meeting.id.to_string(), meeting);
    let mut queue = VecDeque::from([meeting]);
    while let Some(at) = queue.pop_front() {
        let out = at
            .relations
            .iter()
            .filter_map(|r| registry.meeting(&r.meeting));
        let incoming = at
            .related(&[], Depth::Direct)
            .into_iter()
            .filter_map(|r| registry.meeting(&r.meeting.id));
        for next in out.chain(incoming) {
            if found.insert(next.id.to_string(), next).is_none() && depth == Depth::Transitive {
                queue.push_back(next);
            }
        }
        if depth == Depth::Direct {
            break;
        }
    }
    let keys: Vec<&String> = found.keys().collect();
    let index = |id: &str| keys.binary_search_by(|k| k.as_str().cmp(id)).ok();
    let nodes: Vec<Node> = found
        .values()
        .map(|&m| {
            let mut label = wrap(&m.title, WIDTH, MAX_LINES);
            label.push('\n');
            label.push_str(&one_line(&format!("{}, {}", m.kind, period_text(&m.when))));
            if m.status != MeetingStatus::Held {
                label.push_str(&format!(" ({})", m.status));
            }
            Node {
                key: format!("meeting:{}", m.id),
                label,
                shape: Shape::Rounded,
                group: None,
                focus: m.id == meeting.id,
            }
        })
        .collect();
    let mut edges: Vec<Edge> = Vec::new();
    for (from, m) in found.values().enumerate() {
        for r in &m.relations {
            if let Some(to) = index(r.meeting.as_str()) {
                edges.push(Edge {
                    from,
                    to,
                    label: relation_words(r.kind).into(),
                    width: 1,
                    style: if r.kind.is_within() {
                        LineStyle::Solid
                    } else {
                        LineStyle::Dashed
                    },
                });
            }
        }
    }
    edges.sort_by(|a, b| (a.from, a.to, &a.label).cmp(&(b.from, b.to, &b.label)));
    edges.dedup();
    Graph {
        title: format!("Context of {}", one_line(&meeting.title)),
        directed: true,
        nodes,
        groups: Vec::new(),
        edges,
    }
}
