//! Writing pictures in Graphviz's DOT language.
//!
//! Every id and label is a quoted string with `\` and `"` escaped and line breaks written
//! `\n`, so no text from the records can end a string early or be read as DOT's own
//! escapes (`\N`, `\G`, `\l`); the timeline's table is an HTML-like label, with `&`, `<`,
//! `>`, `"` and `'` written as entities and line breaks as `<BR/>`.

use std::fmt::Write as _;

use super::graph::{Graph, LineStyle, Shape, Step};
use super::label::clean_char;
use super::timeline::{Cell, Timeline, Unit};

const FONT: &str = "Helvetica";

/// `text` as a DOT quoted string, quotes included.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let text = text.replace("\r\n", "\n");
    for c in text.chars().map(clean_char) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` for the inside of an HTML-like label.
pub(crate) fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    for c in text.chars().map(clean_char) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<BR/>"),
            c => out.push(c),
        }
    }
    out
}

/// A [`Graph`] in DOT.
pub(crate) fn graph(g: &Graph) -> String {
    let mut out = String::new();
    let (kind, link) = if g.directed {
        ("digraph", "->")
    } else {
        ("graph", "--")
    };
    let _ = writeln!(out, "{kind} {} {{", quoted(&g.title));
    let _ = writeln!(
        out,
        "  graph [label={}, labelloc=t, fontname={FONT:?}, fontsize=14, rankdir=LR, nodesep=0.3, ranksep=0.6];",
        quoted(&g.title)
    );
    let _ = writeln!(
        out,
        "  node [fontname={FONT:?}, fontsize=10, margin=\"0.15,0.06\"];"
    );
    let _ = writeln!(
        out,
        "  edge [fontname={FONT:?}, fontsize=9, color=\"#555555\"];"
    );
    let layout = g.layout();
    let write_node = |out: &mut String, i: usize, indent: usize| {
        let Some(n) = g.nodes.get(i) else { return };
        let (shape, style) = match n.shape {
            Shape::Box => ("box", "filled"),
            Shape::Ellipse => ("ellipse", "filled"),
            Shape::Rounded => ("box", "rounded,filled"),
        };
        let fill = match n.shape {
            Shape::Box => "#dbe7f5",
            Shape::Ellipse => "#fbe8c8",
            Shape::Rounded => "#e6f2e1",
        };
        let pen = if n.focus { ", penwidth=3" } else { "" };
        let _ = writeln!(
            out,
            "{:indent$}{} [label={}, shape={shape}, style={style:?}, fillcolor={fill:?}{pen}];",
            "",
            quoted(&n.key),
            quoted(&n.label),
        );
    };
    let mut depth = 1;
    for step in layout.walk() {
        match step {
            Step::Open(i) => {
                let Some(grp) = g.groups.get(i) else { continue };
                let _ = writeln!(
                    out,
                    "{:indent$}subgraph {} {{",
                    "",
                    quoted(&format!("cluster_{}", grp.key)),
                    indent = depth * 2
                );
                depth += 1;
                let _ = writeln!(
                    out,
                    "{:indent$}graph [label={}, style=\"rounded,filled\", fillcolor=\"#f3f3f3\", color=\"#999999\", fontsize=11];",
                    "",
                    quoted(&grp.label),
                    indent = depth * 2
                );
                for &n in layout.nodes_in.get(i).map(Vec::as_slice).unwrap_or(&[]) {
                    write_node(&mut out, n, depth * 2);
                }
            }
            Step::Close => {
                depth = depth.saturating_sub(1).max(1);
                let _ = writeln!(out, "{:indent$}}}", "", indent = depth * 2);
            }
        }
    }
    for &n in &layout.top_nodes {
        write_node(&mut out, n, 2);
    }
    for e in &g.edges {
        let (Some(a), Some(b)) = (g.nodes.get(e.from), g.nodes.get(e.to)) else {
            continue;
        };
        let style = match e.style {
            LineStyle::Solid => "solid",
            LineStyle::Dashed => "dashed",
        };
        let _ = writeln!(
            out,
            "  {} {link} {} [label={}, penwidth={}, style={style}];",
            quoted(&a.key),
            quoted(&b.key),
            quoted(&e.label),
            e.width.clamp(1, 8)
        );
    }
    out.push_str("}\n");
    out
}

/// The fills of the timeline's table: held throughout the column, on some of its days,
/// possibly.
const THROUGHOUT: &str = "#2f5f98";
const SOME_DAYS: &str = "#7fa3d1";
const POSSIBLY: &str = "#d3e0f0";

/// A [`Timeline`] in DOT: one node whose label is a table, a row for each holding and a
/// column for each month, year or decade of the chart.
pub(crate) fn timeline(t: &Timeline) -> String {
    let units = t.units();
    let cols = units.len();
    let mut table = String::new();
    let _ = write!(
        table,
        "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"#bbbbbb\">"
    );
    // Header: the words, then the time scale (for months, a row of years above).
    let scale_rows = if t.unit() == Unit::Month { 2 } else { 1 };
    let _ = write!(table, "<TR>");
    for word in ["held", "from", "to"] {
        let _ = write!(
            table,
            "<TD ROWSPAN=\"{scale_rows}\" ALIGN=\"LEFT\" VALIGN=\"BOTTOM\"><B>{}</B></TD>",
            html(word)
        );
    }
    if t.unit() == Unit::Month {
        let mut k = 0;
        while let Some(u) = units.get(k) {
            let span = units
                .get(k..)
                .map_or(1, |rest| {
                    rest.iter().take_while(|v| v.group == u.group).count()
                })
                .max(1);
            let _ = write!(
                table,
                "<TD COLSPAN=\"{span}\"><FONT POINT-SIZE=\"8\">{}</FONT></TD>",
                html(&u.group)
            );
            k += span;
        }
        let _ = write!(table, "</TR><TR>");
    }
    for u in &units {
        let _ = write!(
            table,
            "<TD><FONT POINT-SIZE=\"8\">{}</FONT></TD>",
            html(&u.label)
        );
    }
    let _ = write!(table, "</TR>");
    let all = cols + 3;
    let mut section: Option<&str> = None;
    if t.rows.is_empty() {
        let _ = write!(
            table,
            "<TR><TD COLSPAN=\"{all}\" ALIGN=\"LEFT\"><I>nothing recorded</I></TD></TR>"
        );
    }
    for row in &t.rows {
        if section != Some(row.section.as_str()) {
            section = Some(row.section.as_str());
            let _ = write!(
                table,
                "<TR><TD COLSPAN=\"{all}\" ALIGN=\"LEFT\" BGCOLOR=\"#eeeeee\"><B>{}</B></TD></TR>",
                html(&row.section)
            );
        }
        let label = if row.note.is_empty() {
            html(&row.label)
        } else {
            format!(
                "{}<BR/><FONT POINT-SIZE=\"8\">{}</FONT>",
                html(&row.label),
                html(&row.note)
            )
        };
        let _ = write!(
            table,
            "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">{label}</TD><TD ALIGN=\"LEFT\">{}</TD><TD ALIGN=\"LEFT\">{}</TD>",
            html(&row.start),
            html(&row.end)
        );
        for u in &units {
            let fill = match row.cell(u.first, u.last) {
                Cell::Throughout => THROUGHOUT,
                Cell::SomeDays => SOME_DAYS,
                Cell::Possibly => POSSIBLY,
                Cell::Empty => "",
            };
            if fill.is_empty() {
                table.push_str("<TD> </TD>");
            } else {
                let _ = write!(table, "<TD BGCOLOR=\"{fill}\"> </TD>");
            }
        }
        let _ = write!(table, "</TR>");
    }
    let _ = write!(
        table,
        "<TR><TD COLSPAN=\"{all}\" ALIGN=\"LEFT\" BORDER=\"0\"><FONT POINT-SIZE=\"8\"><FONT COLOR=\"{THROUGHOUT}\">&#9632;</FONT> held throughout   <FONT COLOR=\"{SOME_DAYS}\">&#9632;</FONT> held on some days   <FONT COLOR=\"{POSSIBLY}\">&#9632;</FONT> possibly held   {}</FONT></TD></TR>",
        html(&format!(
            "open and unknown ends are drawn to the as-of day, {}",
            t.as_of
        ))
    );
    table.push_str("</TABLE>");
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quoted(&t.title));
    let _ = writeln!(
        out,
        "  graph [label={}, labelloc=t, fontname={FONT:?}, fontsize=14];",
        quoted(&t.title)
    );
    let _ = writeln!(
        out,
        "  node [shape=plaintext, fontname={FONT:?}, fontsize=10];"
    );
    let _ = writeln!(out, "  timeline [label=<{table}>];");
    out.push_str("}\n");
    out
}
