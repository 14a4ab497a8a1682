//! Pictures of the records: the cooperation network, a meeting's context, timelines of
//! posts and chairs, as Graphviz DOT and as Mermaid text.
//!
//! Each picture is made from a [`Registry`](crate::Registry) in two steps: a function reads
//! the records into a model ([`Graph`] or [`Timeline`], plain values with public fields, in
//! sorted order), and the model is written in either syntax ([`Graph::to_dot`],
//! [`Graph::to_mermaid`], [`Timeline::to_dot`], [`Timeline::to_mermaid`], or
//! `to_syntax(`[`Syntax`]`)`). Nothing here does I/O or reads a clock: the text comes back
//! as a `String`, and a timeline's "today" is an argument.
//!
//! | picture | made by | DOT | Mermaid |
//! |---|---|---|---|
//! | who met whom in a period | [`network`] | `graph`, bodies in clusters | `flowchart`, bodies in subgraphs |
//! | a meeting and the meetings around it | [`context`] | `digraph` | `flowchart` with arrows |
//! | an official's posts | [`posts`] | a table in one node | `gantt` |
//! | an organization's chairs | [`chairs`] | a table in one node | `gantt` |
//! | who held an organization's posts of a role or title | [`holders`] | a table in one node | `gantt` |
//!
//! ```
//! use multilateral::{Period, Registry};
//! use multilateral::draw::{self, Syntax};
//!
//! let registry = Registry::from_json(include_str!("../examples/data/geneva-2024.json"))?;
//! let year: Period = "2024/2024".parse()?;
//! let network = draw::network(&registry, &year);
//! let dot = network.to_dot();          // dot -Tsvg network.dot > network.svg
//! let mermaid = network.to_syntax(Syntax::Mermaid);
//! assert!(dot.starts_with("graph \"Cooperation network, 2024\" {"));
//! assert!(mermaid.contains("flowchart LR"));
//! // The same records always give the same text.
//! assert_eq!(dot, draw::network(&registry, &year).to_dot());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The network
//!
//! [`network`] draws the organizations and states that took part in the meetings of a
//! period, joined by a line for the meetings each pair shared. A meeting counts when it
//! may fall in the period, as the registry's queries read periods; the line's label is the
//! number of meetings, or a range `1–3` when some of them only possibly fall in the period
//! (a meeting of unknown date counts in every period, as possible), and a line with no
//! certain meeting is dashed. Bodies are drawn inside the organization they belong to.
//!
//! # A meeting's context
//!
//! [`context`] draws a meeting with the meetings it relates to and those that relate to it:
//! an arrow from a bilateral meeting to the session it was held "on the sidelines of", to
//! the visit it was "part of"; "in preparation for", "follow-up to" and "ahead of" are
//! dashed (they do not place one meeting within the other).
//!
//! # Timelines
//!
//! [`posts`], [`chairs`] and [`holders`] draw holdings over time, and draw what the records know and no
//! more. Each holding's days are read as the registry's questions about a day read them
//! (see [the table of dates and answers](crate::registry#dates-and-answers)): a start that
//! falls somewhere within a range, an end likewise, and between them the days certainly
//! held. A row is cut into [`Segment`]s:
//!
//! | the record says | drawn |
//! |---|---|
//! | a day, or days attested | certain (dark) on the days certainly held |
//! | a month or a year (`"start": "2009"`) | possible (light) over the days the start may fall on, then certain |
//! | limits (`{"not_before": "2019-07"}`, `{"not_after": "2019-12-03"}`) | possible between the limits |
//! | an open end (`"end": ".."`, or none after a start) | certain up to the as-of day, noted "open as of …" |
//! | an unknown end (`"end": "unknown"`) | possible from the last certain day to the as-of day, noted "end unknown" (for a chair, up to the next chair's start) |
//! | an unknown start | possible from the chart's first day, noted "start unknown" (when the chart begins with its first certain day, the certain segment is noted "start unknown") |
//! | nothing at all | possible over the whole chart, noted "dates unknown" |
//! | a term (`"term": "P3Y"`) | certain for the term's length, as the registry reads it |
//!
//! The chart runs from the first dated day of any row to the **as-of day** given as an
//! argument (or to the last dated day, if later); with no dated day at all, over the year
//! up to the as-of day. Each row also carries the start and end as the record says them
//! (`not before 2019-07`, `unknown`, `open`) and what else narrows them (days attested, the
//! term, "acting"), which the DOT table prints beside the bar. The table has a column for
//! each month of the chart (when it spans at most 60 months), else each year, decade or
//! century, and a cell is dark when the holding was certainly held on every day of it,
//! medium when on some of its days, and light when only possibly. In Mermaid, certain
//! segments are plain tasks and possible ones are marked `done` (drawn grey); the chart
//! uses `displayMode: compact`, so a holding's segments share a line, and a milestone marks
//! the as-of day. Mermaid's task end is exclusive, so a segment's end is written as the
//! day after its last.
//!
//! # Graphviz DOT
//!
//! Ids and labels are DOT quoted strings: `\` and `"` are escaped and line breaks written
//! `\n`, so a name can neither end the string nor be read as one of DOT's own escapes
//! (`\N`, `\l`). The graph's nodes keep the records' ids in their DOT ids (`"org:cica"`,
//! `"state:KZ"`, `"meeting:iom-council-115"`), so a picture can be styled or searched by
//! id. The timeline is one node whose label is an HTML-like table; its text has `&`, `<`,
//! `>`, `"` and `'` as entities. Every control character, line separator and non-character
//! in a label becomes a space (a line break stays a line break). Render with
//! `dot -Tsvg file.dot > file.svg`.
//!
//! # Mermaid
//!
//! Mermaid ids are made from the keys with every character but ASCII letters and digits
//! replaced by `_` (`org_cica`), prefixed where the result would be one of Mermaid's words
//! (`end`, `graph`…) or not start with a letter, and numbered when two keys would meet, so
//! no id from the records can break the syntax. Labels are quoted, with `"`, `#`, `<`, `>`,
//! `&` and `` ` `` written as Mermaid's entity codes (so no name is read as HTML, Markdown or
//! an entity) and line breaks as `<br>`. Gantt text cannot be quoted: there every ASCII
//! character but letters, digits, spaces and `-.()'/` is an entity code, and a name that
//! begins with a gantt keyword ("Section Chief") has its first letter coded. The title is
//! in the front matter, a YAML double-quoted string.
//!
//! Labels are wrapped at 28 characters, at most four lines, cut with `…`: a picture is for
//! looking at, and the records hold the full text.
//!
//! Mermaid renders no diagram longer than its `maxTextSize` setting (50,000 characters by
//! default; it draws an error box instead): the network of a large dataset over many
//! years exceeds it, so raise the setting or draw a shorter period.
//!
//! # Costs
//!
//! Each function states its cost; none reads a meeting outside what it draws (beyond the
//! registry's near misses for a period). Writing is linear in the size of the model and
//! its labels. The tests render every picture of the fixtures and of generated datasets
//! with Graphviz and check the Mermaid text with Mermaid's own parser
//! (`tests/it/draw.rs`).

mod context;
mod dot;
mod graph;
mod label;
mod mermaid;
mod network;
mod timeline;

pub use context::context;
pub use graph::{Edge, Graph, Group, LineStyle, Node, Shape};
pub use network::network;
pub use timeline::{Certainty, Row, Segment, Timeline, chairs, holders, posts};

/// The language a picture is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Syntax {
    /// Graphviz's DOT language: `dot -Tsvg`.
    Dot,
    /// Mermaid: a flowchart or a gantt chart.
    Mermaid,
}

impl std::str::FromStr for Syntax {
    type Err = crate::ValueError;

    /// Reads `dot` or `mermaid`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "dot" => Ok(Syntax::Dot),
            "mermaid" => Ok(Syntax::Mermaid),
            _ => Err(crate::ValueError::Variant {
                kind: "Syntax",
                input: crate::error::excerpt(s),
                expected: &["dot", "mermaid"],
            }),
        }
    }
}
