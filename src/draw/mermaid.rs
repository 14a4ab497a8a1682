//! Writing pictures as Mermaid text.
//!
//! Node and group ids are made from the graph's keys: ASCII letters and digits kept,
//! everything else `_`, a prefix where the result would not start with a letter or would be
//! one of Mermaid's words, and a number after an id already taken; so no id from the records
//! can break the syntax. Labels are quoted strings in which `"`, `#`, `<`, `>`, `&` and `` ` ``
//! are Mermaid's entity codes (`#quot;`, `#35;`, `#lt;`, …), so that no text is read as
//! HTML, as Markdown or as an entity; line breaks are `<br>`. Gantt text is not quoted in
//! Mermaid, so there every ASCII character but letters, digits, spaces and `-.()'/` is an
//! entity code, and a name that begins with one of the gantt's keywords has its first letter
//! coded. The title is in the front matter, as a YAML string in double quotes with JSON's
//! escapes.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::graph::{Graph, LineStyle, Shape, Step};
use super::label::clean_char;
use super::timeline::{Certainty, Timeline};

/// Words a flowchart id must not be.
const FLOWCHART_WORDS: &[&str] = &[
    "end",
    "graph",
    "flowchart",
    "subgraph",
    "direction",
    "style",
    "linkstyle",
    "classdef",
    "class",
    "click",
    "call",
    "href",
    "default",
];

/// Words a gantt line must not begin with (Mermaid reads them case-insensitively).
const GANTT_WORDS: &[&str] = &[
    "gantt",
    "dateformat",
    "axisformat",
    "tickinterval",
    "inclusiveenddates",
    "topaxis",
    "includes",
    "excludes",
    "todaymarker",
    "weekday",
    "weekend",
    "title",
    "acctitle",
    "accdescr",
    "section",
    "click",
    "call",
    "href",
    "vert",
];

/// Ids given out in one document.
#[derive(Default)]
struct Ids {
    taken: HashSet<String>,
}

impl Ids {
    /// A fresh id for `key`.
    fn id(&mut self, key: &str) -> String {
        let mut base: String = key
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let starts_well = base.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if !starts_well || FLOWCHART_WORDS.contains(&base.to_ascii_lowercase().as_str()) {
            base.insert_str(0, "id_");
        }
        let mut id = base.clone();
        let mut n = 2u64;
        while !self.taken.insert(id.clone()) {
            id = format!("{base}_{n}");
            n += 1;
        }
        id
    }
}

/// Writes `c` as Mermaid's entity code.
fn entity(out: &mut String, c: char) {
    let _ = write!(out, "#{};", u32::from(c));
}

/// `text` for the inside of a quoted flowchart label.
pub(crate) fn label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    for c in text.chars().map(clean_char) {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// `text` as one line of a gantt chart (a section's name or a task's).
pub(crate) fn gantt_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    let lower = text.trim_start().to_lowercase();
    let guard = GANTT_WORDS.iter().any(|w| lower.starts_with(w));
    let mut first = true;
    for c in text.chars().map(clean_char) {
        let c = if c == '\n' { ' ' } else { c };
        if first && c != ' ' {
            first = false;
            if guard {
                entity(&mut out, c);
                continue;
            }
        }
        let plain = !c.is_ascii() || c.is_ascii_alphanumeric() || " -.()'/".contains(c);
        if plain {
            out.push(c);
        } else {
            entity(&mut out, c);
        }
    }
    // Mermaid trims the text; a name made of spaces is still a name.
    if out.trim().is_empty() {
        out = "#32;".into();
    }
    out
}

/// The front matter: the title as a YAML double-quoted string (JSON's escapes).
fn front_matter(out: &mut String, title: &str, extra: &str) {
    let title: String = title
        .replace("\r\n", "\n")
        .chars()
        .map(clean_char)
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let quoted = serde_json::to_string(&title).expect("a string always serializes");
    let _ = writeln!(out, "---\ntitle: {quoted}\n{extra}---");
}

/// A [`Graph`] as a Mermaid flowchart.
pub(crate) fn graph(g: &Graph) -> String {
    let mut out = String::new();
    front_matter(&mut out, &g.title, "");
    out.push_str("flowchart LR\n");
    let mut ids = Ids::default();
    let node_ids: Vec<String> = g.nodes.iter().map(|n| ids.id(&n.key)).collect();
    let group_ids: Vec<String> = g.groups.iter().map(|grp| ids.id(&grp.key)).collect();
    let layout = g.layout();
    let write_node = |out: &mut String, i: usize, indent: usize| {
        let (Some(n), Some(id)) = (g.nodes.get(i), node_ids.get(i)) else {
            return;
        };
        let text = label(&n.label);
        let shape = match n.shape {
            Shape::Box => format!("[\"{text}\"]"),
            Shape::Ellipse => format!("([\"{text}\"])"),
            Shape::Rounded => format!("(\"{text}\")"),
        };
        let _ = writeln!(out, "{:indent$}{id}{shape}", "");
    };
    let mut depth = 1;
    for step in layout.walk() {
        match step {
            Step::Open(i) => {
                let (Some(grp), Some(id)) = (g.groups.get(i), group_ids.get(i)) else {
                    continue;
                };
                let _ = writeln!(
                    out,
                    "{:indent$}subgraph {id}[\"{}\"]",
                    "",
                    label(&grp.label),
                    indent = depth * 2
                );
                depth += 1;
                for &n in layout.nodes_in.get(i).map(Vec::as_slice).unwrap_or(&[]) {
                    write_node(&mut out, n, depth * 2);
                }
            }
            Step::Close => {
                depth = depth.saturating_sub(1).max(1);
                let _ = writeln!(out, "{:indent$}end", "", indent = depth * 2);
            }
        }
    }
    for &n in &layout.top_nodes {
        write_node(&mut out, n, 2);
    }
    let mut widths: Vec<(usize, u32)> = Vec::new();
    let mut written = 0usize;
    for e in &g.edges {
        let (Some(a), Some(b)) = (node_ids.get(e.from), node_ids.get(e.to)) else {
            continue;
        };
        let link = match (e.style, g.directed) {
            (LineStyle::Solid, true) => "-->",
            (LineStyle::Solid, false) => "---",
            (LineStyle::Dashed, true) => "-.->",
            (LineStyle::Dashed, false) => "-.-",
        };
        let _ = writeln!(out, "  {a} {link}|\"{}\"| {b}", label(&e.label));
        if e.width > 1 {
            widths.push((written, e.width.min(8)));
        }
        written += 1;
    }
    for (k, w) in widths {
        let _ = writeln!(out, "  linkStyle {k} stroke-width:{w}px");
    }
    let focus: Vec<&str> = g
        .nodes
        .iter()
        .zip(&node_ids)
        .filter(|(n, _)| n.focus)
        .map(|(_, id)| id.as_str())
        .collect();
    if !focus.is_empty() {
        out.push_str("  classDef focus stroke-width:3px\n");
        let _ = writeln!(out, "  class {} focus", focus.join(","));
    }
    out
}

/// A [`Timeline`] as a Mermaid gantt chart: a section for each group of rows, a task for
/// each stretch of a holding, possible stretches marked `done` (drawn grey), and a
/// milestone on the as-of day.
pub(crate) fn timeline(t: &Timeline) -> String {
    let mut out = String::new();
    front_matter(&mut out, &t.title, "displayMode: compact\n");
    out.push_str("gantt\n  dateFormat YYYY-MM-DD\n");
    let long = (t.last - t.first).num_days() > 3 * 366;
    let _ = writeln!(out, "  axisFormat {}", if long { "%Y" } else { "%Y-%m" });
    out.push_str("  todayMarker off\n");
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let mut section: Option<&str> = None;
    let mut n = 0usize;
    for row in &t.rows {
        if section != Some(row.section.as_str()) {
            section = Some(row.section.as_str());
            let _ = writeln!(out, "  section {}", gantt_text(&row.section));
        }
        for s in &row.segments {
            let tag = match s.certainty {
                Certainty::Certain => "",
                Certainty::Possible => "done, ",
            };
            // Mermaid's end date is exclusive: the day after the last.
            let end = s.last.succ_opt().unwrap_or(s.last);
            let _ = writeln!(
                out,
                "    {} :{tag}t{n}, {}, {}",
                gantt_text(&format!("{} - {}", row.label, s.note)),
                day(s.first),
                day(end)
            );
            n += 1;
        }
    }
    out.push_str("  section as of\n");
    let _ = writeln!(
        out,
        "    {} :milestone, asof, {}, 0d",
        gantt_text(&format!("as of {}", t.as_of)),
        day(t.as_of)
    );
    out
}
