//! Pictures (`multilateral::draw`): the exact text of each picture on small records, the
//! escaping of hostile names, how uncertain dates are drawn, and every picture of the
//! fixtures and of generated datasets read back by Graphviz (`dot -Tsvg`, `dot -Tjson`) and
//! by Mermaid's own parser, compared with the model it was written from.
//!
//! The renderers are installed by `.ci/run`, which sets `MULTILATERAL_REQUIRE_RENDERERS`:
//! then a missing renderer fails the tests. Without it, those checks are skipped with a
//! note (the other tests still run).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use multilateral::draw::{self, Certainty, Graph, LineStyle, Shape, Syntax, Timeline};
use multilateral::registry::{Depth, PostFilter};
use multilateral::{MeetingId, OfficialId, OrganizationId, Period, PostRole, Registry};
use multilateral_testkit::synth::{SynthConfig, generate};
use serde_json::{Value, json};

use crate::support::{day, period, registry};

const MERMAID_CHECK: &str = include_str!("draw/mermaid_check.mjs");

// ---------------------------------------------------------------------------------------
// Small records, and the exact text of each picture.

/// Two organizations (one with a council), a state, five meetings: two certainly in 2024,
/// one of unknown date, one in 2023, one following up the bilateral; an official with two
/// posts; two chairs.
fn small() -> Registry {
    registry(json!({
        "organizations": [
            {"id": "hub", "name": "Hub Organization", "acronym": "HUB", "kind": "intergovernmental",
             "chairs": [
                {"country": "FR", "period": {"start": "2022-01-01", "end": "2022-12-31"}},
                {"country": "DE", "period": {"start": "2023", "end": "unknown"}, "theme": "Together"}
             ]},
            {"id": "hub-council", "name": "Council of the Hub", "kind": "governing-body", "parent": "hub"},
            {"id": "other", "name": "Other Organization", "kind": "ngo"}
        ],
        "officials": [
            {"id": "ana", "name": "Ana Example", "posts": [
                {"organization": "hub", "role": "head", "title": "Secretary-General",
                 "period": {"start": "2021-03-01"}},
                {"organization": "other", "role": "staff", "title": "Adviser",
                 "period": {"start": "2019", "end": "unknown"}, "attested": ["2020-06-01"]}
            ]}
        ],
        "meetings": [
            {"id": "council-1", "title": "First Council session", "kind": "session", "status": "held",
             "when": {"start": "2024-03-01", "end": "2024-03-02"}, "session_of": "hub-council",
             "participants": [{"organization": "hub-council", "role": "organizer"},
                              {"organization": "other", "role": "observer"},
                              {"state": "FR", "role": "participant"}]},
            {"id": "talk", "title": "Hub meets Other", "kind": "bilateral", "status": "held",
             "when": {"start": "2024-03-01", "end": "2024-03-02"},
             "relations": [{"kind": "sidelines-of", "meeting": "council-1"}],
             "participants": [{"organization": "hub", "role": "delegation-head"},
                              {"organization": "other", "role": "host"}]},
            {"id": "undated", "title": "Talks with France", "kind": "consultation", "status": "held",
             "when": {},
             "participants": [{"organization": "hub", "role": "participant"},
                              {"state": "FR", "role": "participant"}]},
            {"id": "old", "title": "Old talks", "kind": "bilateral", "status": "held", "when": {"start": "2023", "end": "2023"},
             "participants": [{"organization": "hub", "role": "participant"},
                              {"organization": "other", "role": "participant"}]},
            {"id": "follow-up", "title": "Follow-up meeting", "kind": "consultation", "status": "planned",
             "when": {"start": "2024-04", "end": "2024-04"},
             "relations": [{"kind": "follow-up-to", "meeting": "talk"}],
             "participants": [{"organization": "other", "role": "organizer"}]}
        ]
    }))
}

#[track_caller]
fn assert_text(actual: &str, expected: &str) {
    assert!(
        actual == expected,
        "picture differs\n--- actual ---\n{actual}\n--- expected ---\n{expected}"
    );
}

const NETWORK_DOT: &str = r##"graph "Cooperation network, 2024" {
  graph [label="Cooperation network, 2024", labelloc=t, fontname="Helvetica", fontsize=14, rankdir=LR, nodesep=0.3, ranksep=0.6];
  node [fontname="Helvetica", fontsize=10, margin="0.15,0.06"];
  edge [fontname="Helvetica", fontsize=9, color="#555555"];
  subgraph "cluster_group:hub" {
    graph [label="HUB\nHub Organization", style="rounded,filled", fillcolor="#f3f3f3", color="#999999", fontsize=11];
    "org:hub" [label="HUB\nHub Organization", shape=box, style="filled", fillcolor="#dbe7f5"];
    "org:hub-council" [label="Council of the Hub", shape=box, style="filled", fillcolor="#dbe7f5"];
  }
  "org:other" [label="Other Organization", shape=box, style="filled", fillcolor="#dbe7f5"];
  "state:FR" [label="France (FR)", shape=ellipse, style="filled", fillcolor="#fbe8c8"];
  "org:hub" -- "org:other" [label="1", penwidth=1, style=solid];
  "org:hub" -- "state:FR" [label="0–1", penwidth=1, style=dashed];
  "org:hub-council" -- "org:other" [label="1", penwidth=1, style=solid];
  "org:hub-council" -- "state:FR" [label="1", penwidth=1, style=solid];
  "org:other" -- "state:FR" [label="1", penwidth=1, style=solid];
}
"##;

const NETWORK_MERMAID: &str = r#"---
title: "Cooperation network, 2024"
---
flowchart LR
  subgraph group_hub["HUB<br>Hub Organization"]
    org_hub["HUB<br>Hub Organization"]
    org_hub_council["Council of the Hub"]
  end
  org_other["Other Organization"]
  state_FR(["France (FR)"])
  org_hub ---|"1"| org_other
  org_hub -.-|"0–1"| state_FR
  org_hub_council ---|"1"| org_other
  org_hub_council ---|"1"| state_FR
  org_other ---|"1"| state_FR
"#;

#[test]
fn the_network_of_a_period_is_drawn_exactly() {
    let r = small();
    let g = draw::network(&r, &period("2024/2024"));
    assert_text(&g.to_dot(), NETWORK_DOT);
    assert_text(&g.to_mermaid(), NETWORK_MERMAID);
    assert_eq!(g.to_syntax(Syntax::Dot), NETWORK_DOT);
    // The meeting of 2023 counts over both years: HUB and Other then met twice.
    let both = draw::network(&r, &period("2023/2024"));
    let hub_other = both
        .edges
        .iter()
        .find(|e| both.nodes[e.from].key == "org:hub" && both.nodes[e.to].key == "org:other")
        .unwrap();
    assert_eq!((hub_other.label.as_str(), hub_other.width), ("2", 2));
    // In a year of no dated meeting, only the meeting of unknown date may have been held.
    let then = draw::network(&r, &period("1990/1990"));
    assert_text(
        &then.to_mermaid(),
        "---\ntitle: \"Cooperation network, 1990\"\n---\nflowchart LR\n  org_hub[\"HUB<br>Hub Organization\"]\n  state_FR([\"France (FR)\"])\n  org_hub -.-|\"0–1\"| state_FR\n",
    );
    // A registry with no meeting gives an empty picture, still one that reads.
    let empty = draw::network(&registry(json!({})), &period("2024/2024"));
    assert!(empty.nodes.is_empty() && empty.edges.is_empty() && empty.groups.is_empty());
    assert_text(
        &empty.to_dot(),
        &NETWORK_DOT
            .lines()
            .take(4)
            .chain(["}"])
            .map(|l| format!("{l}\n"))
            .collect::<String>(),
    );
}

const CONTEXT_DOT: &str = r##"digraph "Context of Hub meets Other" {
  graph [label="Context of Hub meets Other", labelloc=t, fontname="Helvetica", fontsize=14, rankdir=LR, nodesep=0.3, ranksep=0.6];
  node [fontname="Helvetica", fontsize=10, margin="0.15,0.06"];
  edge [fontname="Helvetica", fontsize=9, color="#555555"];
  "meeting:council-1" [label="First Council session\nsession, 2024-03-01 to 2024-03-02", shape=box, style="rounded,filled", fillcolor="#e6f2e1"];
  "meeting:follow-up" [label="Follow-up meeting\nconsultation, 2024-04 (planned)", shape=box, style="rounded,filled", fillcolor="#e6f2e1"];
  "meeting:talk" [label="Hub meets Other\nbilateral, 2024-03-01 to 2024-03-02", shape=box, style="rounded,filled", fillcolor="#e6f2e1", penwidth=3];
  "meeting:follow-up" -> "meeting:talk" [label="follow-up to", penwidth=1, style=dashed];
  "meeting:talk" -> "meeting:council-1" [label="on the sidelines of", penwidth=1, style=solid];
}
"##;

const CONTEXT_MERMAID: &str = r#"---
title: "Context of Hub meets Other"
---
flowchart LR
  meeting_council_1("First Council session<br>session, 2024-03-01 to 2024-03-02")
  meeting_follow_up("Follow-up meeting<br>consultation, 2024-04 (planned)")
  meeting_talk("Hub meets Other<br>bilateral, 2024-03-01 to 2024-03-02")
  meeting_follow_up -.->|"follow-up to"| meeting_talk
  meeting_talk -->|"on the sidelines of"| meeting_council_1
  classDef focus stroke-width:3px
  class meeting_talk focus
"#;

#[test]
fn a_meetings_context_is_drawn_exactly() {
    let r = small();
    let talk = r.meeting(&MeetingId::from_static("talk")).unwrap();
    let g = draw::context(talk, Depth::Direct);
    assert_text(&g.to_dot(), CONTEXT_DOT);
    assert_text(&g.to_mermaid(), CONTEXT_MERMAID);
    // From the session, Direct reaches the bilateral only; Transitive its follow-up too.
    let council = r.meeting(&MeetingId::from_static("council-1")).unwrap();
    let keys = |g: &Graph| g.nodes.iter().map(|n| n.key.clone()).collect::<Vec<_>>();
    assert_eq!(
        keys(&draw::context(council, Depth::Direct)),
        ["meeting:council-1", "meeting:talk"]
    );
    assert_eq!(
        keys(&draw::context(council, Depth::Transitive)),
        ["meeting:council-1", "meeting:follow-up", "meeting:talk"]
    );
    // A meeting with no relation is a picture of one node.
    let old = r.meeting(&MeetingId::from_static("old")).unwrap();
    let alone = draw::context(old, Depth::Transitive);
    assert_eq!((alone.nodes.len(), alone.edges.len()), (1, 0));
    assert!(alone.nodes[0].focus);
}

const POSTS_DOT: &str = r##"digraph "Posts of Ana Example" {
  graph [label="Posts of Ana Example", labelloc=t, fontname="Helvetica", fontsize=14];
  node [shape=plaintext, fontname="Helvetica", fontsize=10];
  timeline [label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3" COLOR="#bbbbbb"><TR><TD ROWSPAN="1" ALIGN="LEFT" VALIGN="BOTTOM"><B>held</B></TD><TD ROWSPAN="1" ALIGN="LEFT" VALIGN="BOTTOM"><B>from</B></TD><TD ROWSPAN="1" ALIGN="LEFT" VALIGN="BOTTOM"><B>to</B></TD><TD><FONT POINT-SIZE="8">2019</FONT></TD><TD><FONT POINT-SIZE="8">2020</FONT></TD><TD><FONT POINT-SIZE="8">2021</FONT></TD><TD><FONT POINT-SIZE="8">2022</FONT></TD><TD><FONT POINT-SIZE="8">2023</FONT></TD><TD><FONT POINT-SIZE="8">2024</FONT></TD></TR><TR><TD COLSPAN="9" ALIGN="LEFT" BGCOLOR="#eeeeee"><B>Other Organization</B></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT">Adviser<BR/><FONT POINT-SIZE="8">attested 2020-06-01</FONT></TD><TD ALIGN="LEFT">2019</TD><TD ALIGN="LEFT">unknown</TD><TD BGCOLOR="#7fa3d1"> </TD><TD BGCOLOR="#7fa3d1"> </TD><TD BGCOLOR="#d3e0f0"> </TD><TD BGCOLOR="#d3e0f0"> </TD><TD BGCOLOR="#d3e0f0"> </TD><TD BGCOLOR="#d3e0f0"> </TD></TR><TR><TD COLSPAN="9" ALIGN="LEFT" BGCOLOR="#eeeeee"><B>HUB</B></TD></TR><TR><TD ALIGN="LEFT" BALIGN="LEFT">Secretary-General</TD><TD ALIGN="LEFT">2021-03-01</TD><TD ALIGN="LEFT">open</TD><TD> </TD><TD> </TD><TD BGCOLOR="#7fa3d1"> </TD><TD BGCOLOR="#2f5f98"> </TD><TD BGCOLOR="#2f5f98"> </TD><TD BGCOLOR="#7fa3d1"> </TD></TR><TR><TD COLSPAN="9" ALIGN="LEFT" BORDER="0"><FONT POINT-SIZE="8"><FONT COLOR="#2f5f98">&#9632;</FONT> held throughout   <FONT COLOR="#7fa3d1">&#9632;</FONT> held on some days   <FONT COLOR="#d3e0f0">&#9632;</FONT> possibly held   open and unknown ends are drawn to the as-of day, 2024-06-30</FONT></TD></TR></TABLE>>];
}
"##;

const POSTS_MERMAID: &str = r#"---
title: "Posts of Ana Example"
displayMode: compact
---
gantt
  dateFormat YYYY-MM-DD
  axisFormat %Y
  todayMarker off
  section Other Organization
    Adviser - may have begun :done, t0, 2019-01-01, 2019-12-31
    Adviser - held :t1, 2019-12-31, 2020-06-02
    Adviser - end unknown (drawn to 2024-06-30) :done, t2, 2020-06-02, 2024-07-01
  section HUB
    Secretary-General - held (open as of 2024-06-30) :t3, 2021-03-01, 2024-07-01
  section as of
    as of 2024-06-30 :milestone, asof, 2024-06-30, 0d
"#;

#[test]
fn an_officials_posts_are_drawn_exactly() {
    let r = small();
    let ana = r.official(&OfficialId::from_static("ana")).unwrap();
    let t = draw::posts(ana, day("2024-06-30"));
    assert_text(&t.to_dot(), POSTS_DOT);
    assert_text(&t.to_mermaid(), POSTS_MERMAID);
    assert_eq!(t.to_syntax(Syntax::Mermaid), POSTS_MERMAID);
}

const CHAIRS_MERMAID: &str = r#"---
title: "Chairs of Hub Organization"
displayMode: compact
---
gantt
  dateFormat YYYY-MM-DD
  axisFormat %Y-%m
  todayMarker off
  section Chairs of HUB
    France - held :t0, 2022-01-01, 2023-01-01
    Germany - possibly held (end unknown#59; drawn to 2024-06-30) :done, t1, 2023-01-01, 2024-07-01
  section as of
    as of 2024-06-30 :milestone, asof, 2024-06-30, 0d
"#;

#[test]
fn an_organizations_chairs_are_drawn_exactly() {
    let r = small();
    let hub = r.organization(&OrganizationId::from_static("hub")).unwrap();
    let t = draw::chairs(hub, day("2024-06-30"));
    assert_text(&t.to_mermaid(), CHAIRS_MERMAID);
    let dot = t.to_dot();
    // Months, under a row of years: 2022 to mid-2024 is 30 columns.
    assert_eq!(
        dot.matches("<TD><FONT POINT-SIZE=\"8\">01</FONT></TD>")
            .count(),
        3
    );
    assert!(dot.contains("<TD COLSPAN=\"12\"><FONT POINT-SIZE=\"8\">2022</FONT></TD>"));
    assert!(dot.contains("<TD COLSPAN=\"6\"><FONT POINT-SIZE=\"8\">2024</FONT></TD>"));
    assert!(dot.contains("Germany<BR/><FONT POINT-SIZE=\"8\">theme: Together</FONT>"));
    // An organization with no chairs: an empty chart that still reads.
    let other = r
        .organization(&OrganizationId::from_static("other"))
        .unwrap();
    let empty = draw::chairs(other, day("2024-06-30"));
    assert!(empty.rows.is_empty());
    assert!(empty.to_dot().contains("<I>nothing recorded</I>"));
    assert!(empty.to_mermaid().contains("section as of"));
}

#[test]
fn the_holders_of_a_post_are_drawn_in_time_order() {
    let r = Registry::from_json(include_str!(
        "../../examples/data/iaea-director-general-2019.json"
    ))
    .unwrap();
    let iaea = r
        .organization(&OrganizationId::from_static("iaea"))
        .unwrap();
    let t = draw::holders(iaea, PostFilter::Role(PostRole::Head), day("2024-11-26"));
    assert_eq!(t.title, "Heads of International Atomic Energy Agency");
    let rows: Vec<(&str, &str, &str, &str)> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.label.as_str(),
                r.start.as_str(),
                r.end.as_str(),
                r.note.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Yukiya Amano (Director General)", "2009", "2019-07", ""),
            (
                "Cornel Feruta (Acting Director General)",
                "not before 2019-07",
                "not after 2019-12-03",
                "acting; attested 2019-10-29"
            ),
            (
                "Rafael Mariano Grossi (Director General)",
                "2019-12-03",
                "open",
                "term P4Y"
            ),
        ]
    );
    // Grossi: certain from his first day to the as-of day, nothing possible around it.
    let grossi = &t.rows[2].segments;
    assert_eq!(grossi.len(), 1);
    assert_eq!(
        (grossi[0].first, grossi[0].last),
        (day("2019-12-03"), day("2024-11-26"))
    );
    // The same by title, folded as names are.
    let by_title = draw::holders(
        iaea,
        PostFilter::Title("director-general"),
        day("2024-11-26"),
    );
    assert_eq!(by_title.rows.len(), 2);
    assert_eq!(
        by_title.title,
        "Holders of the post \"director-general\" of International Atomic Energy Agency"
    );
    // A role no one held: an empty chart.
    assert!(
        draw::holders(iaea, PostFilter::Role(PostRole::Deputy), day("2024-11-26"))
            .rows
            .is_empty()
    );
}

#[test]
fn the_syntax_is_read_from_its_name() {
    assert_eq!("dot".parse::<Syntax>().unwrap(), Syntax::Dot);
    assert_eq!("mermaid".parse::<Syntax>().unwrap(), Syntax::Mermaid);
    let e = "svg".parse::<Syntax>().unwrap_err().to_string();
    assert!(
        e.contains("\"svg\"") && e.contains("dot") && e.contains("mermaid"),
        "{e}"
    );
}

#[test]
fn the_same_records_in_another_order_give_the_same_text() {
    let r = small();
    let mut data = r.dataset().clone();
    data.organizations.reverse();
    data.meetings.reverse();
    data.officials.reverse();
    let shuffled = Registry::new(data).unwrap();
    let year = period("2024/2024");
    assert_eq!(
        draw::network(&r, &year).to_dot(),
        draw::network(&shuffled, &year).to_dot()
    );
    assert_eq!(
        draw::network(&r, &year).to_mermaid(),
        draw::network(&shuffled, &year).to_mermaid()
    );
    let talk = MeetingId::from_static("talk");
    assert_eq!(
        draw::context(r.meeting(&talk).unwrap(), Depth::Transitive).to_mermaid(),
        draw::context(shuffled.meeting(&talk).unwrap(), Depth::Transitive).to_mermaid()
    );
}

// ---------------------------------------------------------------------------------------
// Dates as the records give them.

/// The segments of the one post of an official whose post has `period` (and `extra`
/// fields), drawn as of 2024-06-30: `(first, last, certain?, note)`.
fn segments_of(post: Value) -> (Timeline, Vec<(String, String, bool, String)>) {
    let mut post = post;
    post["organization"] = json!("hub");
    post["role"] = json!("head");
    let r = registry(json!({
        "organizations": [{"id": "hub", "name": "Hub", "kind": "ngo"}],
        "officials": [{"id": "x", "name": "X", "posts": [post]}]
    }));
    let t = draw::posts(
        r.official(&OfficialId::from_static("x")).unwrap(),
        day("2024-06-30"),
    );
    let segs = t.rows[0]
        .segments
        .iter()
        .map(|s| {
            (
                s.first.to_string(),
                s.last.to_string(),
                s.certainty == Certainty::Certain,
                s.note.clone(),
            )
        })
        .collect();
    (t, segs)
}

fn seg(first: &str, last: &str, certain: bool, note: &str) -> (String, String, bool, String) {
    (first.into(), last.into(), certain, note.into())
}

#[test]
fn a_year_start_is_possible_over_the_year_and_an_open_end_runs_to_the_as_of_day() {
    let (t, segs) = segments_of(json!({"period": {"start": "2009", "end": "2019-07"}}));
    assert_eq!(
        segs,
        [
            seg("2009-01-01", "2009-12-30", false, "may have begun"),
            seg("2009-12-31", "2019-07-01", true, "held"),
            seg("2019-07-02", "2019-07-31", false, "may have ended"),
        ]
    );
    assert_eq!(
        (t.rows[0].start.as_str(), t.rows[0].end.as_str()),
        ("2009", "2019-07")
    );
    // The chart runs to the as-of day even when the records end before it.
    assert_eq!((t.first, t.last), (day("2009-01-01"), day("2024-06-30")));
    let (_, segs) = segments_of(json!({"period": {"start": "2020-01-01"}}));
    assert_eq!(
        segs,
        [seg(
            "2020-01-01",
            "2024-06-30",
            true,
            "held (open as of 2024-06-30)"
        )]
    );
}

#[test]
fn limits_an_unknown_end_and_no_dates_are_drawn_as_possible() {
    let (t, segs) = segments_of(json!({
        "period": {"start": {"not_before": "2019-07"}, "end": {"not_after": "2019-12-03"}},
        "attested": ["2019-10-29"]
    }));
    assert_eq!(
        segs,
        [
            seg("2019-07-01", "2019-10-28", false, "may have begun"),
            seg("2019-10-29", "2019-10-29", true, "held"),
            seg("2019-10-30", "2019-12-03", false, "may have ended"),
        ]
    );
    assert_eq!(
        (
            t.rows[0].start.as_str(),
            t.rows[0].end.as_str(),
            t.rows[0].note.as_str()
        ),
        (
            "not before 2019-07",
            "not after 2019-12-03",
            "attested 2019-10-29"
        )
    );
    let (_, segs) = segments_of(json!({"period": {"start": "2020-01-01", "end": "unknown"}}));
    assert_eq!(
        segs,
        [
            seg("2020-01-01", "2020-01-01", true, "held"),
            seg(
                "2020-01-02",
                "2024-06-30",
                false,
                "end unknown (drawn to 2024-06-30)"
            ),
        ]
    );
    // Nothing known: possible over the whole chart, the year up to the as-of day.
    let (t, segs) = segments_of(json!({}));
    assert_eq!(
        segs,
        [seg(
            "2024-01-01",
            "2024-06-30",
            false,
            "dates unknown (drawn to 2024-06-30)"
        )]
    );
    assert_eq!(
        (t.rows[0].start.as_str(), t.rows[0].end.as_str()),
        ("unknown", "unknown")
    );
}

#[test]
fn an_unknown_start_a_term_and_an_open_start_are_drawn_as_the_registry_reads_them() {
    // Only the end day is certain; the chart begins there, so the note says the start is
    // unknown.
    let (_, segs) = segments_of(json!({"period": {"end": "2024-05-31"}}));
    assert_eq!(
        segs,
        [seg(
            "2024-05-31",
            "2024-05-31",
            true,
            "held (start unknown)"
        )]
    );
    // A three-year term makes its days certain; after it, the end is unknown.
    // The chart reaches the term's last day, after the as-of day.
    let (t, segs) = segments_of(json!({
        "period": {"start": "2022-03-01", "end": "unknown"}, "term": "P3Y"
    }));
    assert_eq!(segs, [seg("2022-03-01", "2025-02-28", true, "held")]);
    assert_eq!(t.last, day("2025-02-28"));
    let (t, segs) = segments_of(json!({
        "period": {"start": "2018-03-01", "end": "unknown"}, "term": "P3Y"
    }));
    assert_eq!(
        segs,
        [
            seg("2018-03-01", "2021-02-28", true, "held"),
            seg(
                "2021-03-01",
                "2024-06-30",
                false,
                "end unknown (drawn to 2024-06-30)"
            ),
        ]
    );
    assert_eq!(t.rows[0].note, "term P3Y");
    let (t, segs) = segments_of(json!({"period": {"start": "..", "end": "2001"}}));
    assert_eq!(
        segs,
        [
            seg("2001-01-01", "2001-01-01", true, "held from the beginning"),
            seg("2001-01-02", "2001-12-31", false, "may have ended"),
        ]
    );
    assert_eq!(t.rows[0].start, "from the beginning");
}

#[test]
fn a_chair_whose_end_is_unknown_ends_when_the_next_begins() {
    let r = Registry::from_json(include_str!(
        "../../examples/data/asean-chairmanship-2017-2020.json"
    ))
    .unwrap();
    let asean = r
        .organization(&OrganizationId::from_static("asean"))
        .unwrap();
    let t = draw::chairs(asean, day("2020-06-30"));
    let rows: Vec<(&str, &str, &str)> = t
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.start.as_str(), r.end.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Philippines (Rodrigo Duterte)", "2017", "unknown"),
            ("Singapore (Lee Hsien Loong)", "2018-01", "2018-12-31"),
            ("Thailand", "2019", "unknown"),
            ("Viet Nam", "2020-01-01", "open"),
        ]
    );
    // Thailand: attested in 2019-11 (some day of it), so no day is certain; its end is
    // bounded by Viet Nam's start, not drawn to the as-of day.
    let thailand = &t.rows[2].segments;
    assert_eq!(thailand.len(), 1);
    assert_eq!(thailand[0].certainty, Certainty::Possible);
    assert_eq!(
        (thailand[0].first, thailand[0].last),
        (day("2019-01-01"), day("2020-01-01"))
    );
}

// ---------------------------------------------------------------------------------------
// Hostile names.

/// A name that tries every way out of a label: quotes, backslashes and DOT's escapes, HTML
/// and Markdown, Mermaid's entities, comments, keywords, arrows, brackets, separators, line
/// breaks and controls.
const HOSTILE: &str = "end \"q\" \\N \\\\ <b>b</b> &amp; #quot; #35; `md` %% c\nx --> y ]) [( {{ | ; : , </TD></TABLE>> \u{0}\r\n\u{2028}z";

fn hostile() -> Registry {
    registry(json!({
        "organizations": [
            {"id": "end", "name": HOSTILE, "acronym": "end", "kind": "intergovernmental"},
            {"id": "graph", "name": "subgraph x[\"y\"]\nend", "kind": "secretariat", "parent": "end"},
            {"id": "a--b", "name": "a--b", "kind": "ngo", "parent": "graph"},
            {"id": "click", "name": "Section Chief: click x call y", "acronym": "title x", "kind": "ngo",
             "chairs": [{"country": "FR", "theme": HOSTILE, "period": {"start": "2020"}}]},
            {"id": "a_b", "name": "a_b", "kind": "ngo"},
            {"id": "a.b", "name": "a.b", "kind": "ngo"}
        ],
        "officials": [
            {"id": "o.x", "name": HOSTILE, "posts": [
                {"organization": "end", "role": "head", "title": "Section Chief", "period": {"start": "2020"}},
                {"organization": "click", "role": "staff", "title": HOSTILE, "acting": true},
                {"organization": "a--b", "role": "staff", "title": "title: dateFormat x %% y"}
            ]}
        ],
        "meetings": [
            {"id": "subgraph", "title": HOSTILE, "kind": "session", "status": "held",
             "when": {"start": "2024-01-01", "end": "2024-01-02"},
             "participants": [{"organization": "end", "role": "host"},
                              {"organization": "a--b", "role": "participant"},
                              {"organization": "a_b", "role": "participant"},
                              {"organization": "a.b", "role": "participant"},
                              {"state": "FR", "role": "participant"}]},
            {"id": "x--y", "title": "x --> y", "kind": "bilateral", "status": "held",
             "when": {"start": "2024-01-01", "end": "2024-01-02"},
             "relations": [{"kind": "part-of", "meeting": "subgraph"}],
             "participants": [{"organization": "click", "role": "host"},
                              {"organization": "graph", "role": "participant"}]}
        ]
    }))
}

/// Named graphs and named timelines.
type Pictures = (Vec<(String, Graph)>, Vec<(String, Timeline)>);

/// Every picture of the hostile records.
fn hostile_pictures(r: &Registry) -> Pictures {
    let as_of = day("2024-06-30");
    let meeting = r.meeting(&MeetingId::from_static("x--y")).unwrap();
    let graphs = vec![
        ("network".into(), draw::network(r, &Period::unknown())),
        ("context".into(), draw::context(meeting, Depth::Transitive)),
    ];
    let timelines = vec![
        (
            "posts".into(),
            draw::posts(r.official(&OfficialId::from_static("o.x")).unwrap(), as_of),
        ),
        (
            "chairs".into(),
            draw::chairs(
                r.organization(&OrganizationId::from_static("click"))
                    .unwrap(),
                as_of,
            ),
        ),
    ];
    (graphs, timelines)
}

#[test]
fn hostile_names_are_escaped_in_dot() {
    let r = hostile();
    let (graphs, timelines) = hostile_pictures(&r);
    let network = &graphs[0].1.to_dot();
    // Quotes and backslashes escaped, line breaks as \n, controls as spaces.
    assert!(network.contains(r#"\"q\" \\N \\\\ <b>b</b>"#), "{network}");
    assert!(!network.contains('\r') && !network.contains('\u{0}') && !network.contains('\u{2028}'));
    for line in network.lines() {
        // Every quote on a line opens or closes a string, or is escaped.
        let unescaped = line
            .replace("\\\\", "")
            .replace("\\\"", "")
            .matches('"')
            .count();
        assert_eq!(unescaped % 2, 0, "{line}");
    }
    let posts = timelines[0].1.to_dot();
    let table = posts.split("label=<").nth(1).unwrap();
    assert!(
        table.contains("&lt;b&gt;b&lt;/b&gt; &amp;amp; #quot;"),
        "{posts}"
    );
    assert!(table.contains("&lt;/TD&gt;&lt;/TABLE&gt;&gt;"));
    assert!(!table.contains("</TD></TABLE>> ") && !table.contains("\"q\""));
}

#[test]
fn hostile_names_are_escaped_in_mermaid() {
    let r = hostile();
    let (graphs, timelines) = hostile_pictures(&r);
    let network = graphs[0].1.to_mermaid();
    // Ids are letters, digits and `_`; keywords and look-alike ids get their own.
    for id in [
        "org_end",
        "org_graph",
        "org_a__b",
        "org_a_b",
        "org_a_b_2",
        "state_FR",
    ] {
        assert!(
            network.contains(&format!("{id}[")) || network.contains(&format!("{id}([")),
            "{id} in\n{network}"
        );
    }
    assert!(network.contains("subgraph group_end[") && network.contains("subgraph group_graph["));
    assert!(network.contains("#quot;q#quot;") && network.contains("#lt;b#gt;b#lt;/b#gt;"));
    assert!(
        network.contains("#amp;amp;")
            && network.contains("#35;quot;")
            && network.contains("#96;md#96;")
    );
    assert!(!network.contains("<b>") && !network.contains('`'));
    let posts = timelines[0].1.to_mermaid();
    // Gantt names: separators coded, a name that begins with a keyword coded at its start.
    assert!(
        posts.contains("  section end\n") && posts.contains("  section #116;itle x\n"),
        "{posts}"
    );
    assert!(posts.contains("#83;ection Chief - "), "{posts}");
    assert!(
        posts.contains("#116;itle#58; dateFormat x #37;#37; y"),
        "{posts}"
    );
    for line in posts.lines().skip_while(|l| *l != "gantt") {
        assert!(
            !line.contains('"') && !line.contains('#') || line.contains(';'),
            "{line}"
        );
        assert!(!line.trim_start().starts_with("%%"), "{line}");
    }
}

#[test]
fn a_graph_changed_by_hand_is_still_written_without_failing() {
    let r = small();
    let mut g = draw::network(&r, &period("2024/2024"));
    // Indices that point nowhere, a group that is its own parent, a key Mermaid reserves.
    g.edges[0].to = 99;
    g.nodes[0].group = Some(42);
    g.groups[0].parent = Some(0);
    g.nodes[1].key = "end".into();
    let dot = g.to_dot();
    let mermaid = g.to_mermaid();
    assert_eq!(dot.matches(" -- ").count(), g.edges.len() - 1);
    assert!(mermaid.contains("id_end["));
    assert_eq!(mermaid.matches("subgraph").count(), 1);
}

// ---------------------------------------------------------------------------------------
// The renderers.

fn renderers_required() -> bool {
    std::env::var_os("MULTILATERAL_REQUIRE_RENDERERS").is_some()
}

/// Whether Graphviz's `dot` runs; a loud failure when it must and does not.
fn graphviz() -> bool {
    let found = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            !renderers_required(),
            "MULTILATERAL_REQUIRE_RENDERERS is set but Graphviz's `dot` does not run (apt-get install graphviz)"
        );
        eprintln!(
            "note: Graphviz's `dot` not found; DOT rendering not checked (.ci/run installs it)"
        );
    }
    found
}

/// The directory where `mermaid` and `jsdom` are installed, when Node and both are there.
fn mermaid_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("MULTILATERAL_MERMAID_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|h| PathBuf::from(h).join(".cache/multilateral/mermaid-11.17.2-jsdom-26.1.0"))
        });
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let found = dir.filter(|d| {
        node && d.join("node_modules/mermaid/package.json").is_file()
            && d.join("node_modules/jsdom/package.json").is_file()
    });
    if found.is_none() {
        assert!(
            !renderers_required(),
            "MULTILATERAL_REQUIRE_RENDERERS is set but Node with the npm packages mermaid and jsdom \
             is not found (MULTILATERAL_MERMAID_DIR, as .ci/run installs them)"
        );
        eprintln!(
            "note: Mermaid's parser not found; Mermaid text not checked (.ci/run installs it)"
        );
    }
    found
}

/// Graphviz's output in `format`; fails on any error or warning.
#[track_caller]
fn dot_render(name: &str, text: &str, format: &str) -> String {
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    // Graphviz may warn about its own spline routing on large graphs; anything else it says
    // (a syntax error, a bad HTML label, an unknown attribute) fails the test.
    let stderr: String = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| !l.contains("in spline routing"))
        .collect();
    assert!(
        out.status.success() && stderr.trim().is_empty(),
        "{name}: dot -T{format} failed: {stderr}\n{text}"
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A label as Graphviz's JSON output gives it back: the escapes of the quoted string read,
/// its `\n` (and a backslash written `\\`) kept as written.
fn dot_raw(label: &str) -> String {
    label.replace('\\', "\\\\").replace('\n', "\\n")
}

/// Checks that Graphviz draws `g` and reads it as the model says: the same nodes with the
/// same labels, each cluster with the nodes inside it, the same lines with their labels.
#[track_caller]
fn check_dot_graph(name: &str, g: &Graph) {
    let text = g.to_dot();
    assert!(dot_render(name, &text, "svg").contains("<svg"));
    let read: Value = serde_json::from_str(&dot_render(name, &text, "json")).unwrap();
    let objects = read["objects"].as_array().cloned().unwrap_or_default();
    let name_of = |gvid: &Value| {
        objects
            .iter()
            .find(|o| o["_gvid"] == *gvid)
            .and_then(|o| o["name"].as_str())
            .unwrap_or_default()
            .to_string()
    };
    let mut nodes: Vec<(String, String)> = objects
        .iter()
        .filter(|o| {
            !o["name"]
                .as_str()
                .unwrap_or_default()
                .starts_with("cluster_")
        })
        .map(|o| {
            (
                o["name"].as_str().unwrap().to_string(),
                o["label"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    nodes.sort();
    let mut expected: Vec<(String, String)> = g
        .nodes
        .iter()
        .map(|n| (n.key.clone(), dot_raw(&n.label)))
        .collect();
    expected.sort();
    assert_eq!(nodes, expected, "{name}: nodes");
    // Each cluster holds the nodes of its group and of the groups inside it.
    let mut clusters: Vec<(String, String, Vec<String>)> = objects
        .iter()
        .filter(|o| {
            o["name"]
                .as_str()
                .unwrap_or_default()
                .starts_with("cluster_")
        })
        .map(|o| {
            let mut inside: Vec<String> = o["nodes"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(&name_of)
                .collect();
            inside.sort();
            (
                o["name"].as_str().unwrap().to_string(),
                o["label"].as_str().unwrap_or_default().to_string(),
                inside,
            )
        })
        .collect();
    clusters.sort();
    let within = |n: &multilateral::draw::Node, grp: usize| {
        let mut at = n.group;
        for _ in 0..=g.groups.len() {
            match at {
                Some(x) if x == grp => return true,
                Some(x) => at = g.groups.get(x).and_then(|p| p.parent),
                None => return false,
            }
        }
        false
    };
    let mut expected: Vec<(String, String, Vec<String>)> = g
        .groups
        .iter()
        .enumerate()
        .map(|(i, grp)| {
            let mut inside: Vec<String> = g
                .nodes
                .iter()
                .filter(|n| within(n, i))
                .map(|n| n.key.clone())
                .collect();
            inside.sort();
            (format!("cluster_{}", grp.key), dot_raw(&grp.label), inside)
        })
        .collect();
    expected.sort();
    assert_eq!(clusters, expected, "{name}: clusters");
    let mut edges: Vec<(String, String, String)> = read["edges"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|e| {
            (
                name_of(&e["tail"]),
                name_of(&e["head"]),
                e["label"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    edges.sort();
    let mut expected: Vec<(String, String, String)> = g
        .edges
        .iter()
        .map(|e| {
            (
                g.nodes[e.from].key.clone(),
                g.nodes[e.to].key.clone(),
                dot_raw(&e.label),
            )
        })
        .collect();
    expected.sort();
    assert_eq!(edges, expected, "{name}: edges");
}

/// Checks that Graphviz draws the timeline's table without a complaint, with a filled
/// cell for each row that has a segment.
#[track_caller]
fn check_dot_timeline(name: &str, t: &Timeline) {
    let svg = dot_render(name, &t.to_dot(), "svg");
    assert!(svg.contains("<svg"), "{name}");
    let filled = ["#2f5f98", "#7fa3d1", "#d3e0f0"]
        .iter()
        .map(|c| {
            svg.matches(&format!("fill=\"{c}\" stroke=\"transparent\""))
                .count()
        })
        .sum::<usize>();
    let rows = t.rows.iter().filter(|r| !r.segments.is_empty()).count();
    assert!(
        filled >= rows,
        "{name}: {filled} filled cells for {rows} rows"
    );
}

/// Mermaid's parser on each `(name, text)`; what it read, by name.
fn mermaid_parse(dir: &std::path::Path, items: &[(String, String)]) -> BTreeMap<String, Value> {
    let input: Vec<Value> = items
        .iter()
        .map(|(name, text)| json!({"name": name, "text": text}))
        .collect();
    let mut child = Command::new("node")
        .args(["--input-type=module", "-e", MERMAID_CHECK])
        .current_dir(dir)
        .env("TZ", "UTC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(Value::Array(input).to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the Mermaid check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(results.len(), items.len());
    results
        .into_iter()
        .zip(items)
        .map(|(r, (name, text))| {
            assert!(
                r["ok"] == json!(true),
                "{name}: Mermaid's parser refused it: {}\n{text}",
                r["error"]
            );
            (name.clone(), r)
        })
        .collect()
}

/// Checks what Mermaid's parser read of a flowchart against the graph it was written from.
#[track_caller]
fn check_mermaid_graph(name: &str, g: &Graph, read: &Value) {
    assert_eq!(read["type"], "flowchart-v2", "{name}");
    assert_eq!(read["title"], json!(g.title), "{name}: title");
    let vertices = read["vertices"].as_array().unwrap();
    let label_of: BTreeMap<&str, &str> = vertices
        .iter()
        .map(|v| (v[0].as_str().unwrap(), v[1].as_str().unwrap()))
        .collect();
    let mut got: Vec<(String, String)> = vertices
        .iter()
        .map(|v| {
            (
                v[1].as_str().unwrap().into(),
                v[2].as_str().unwrap_or_default().into(),
            )
        })
        .collect();
    got.sort();
    let shape = |s: Shape| match s {
        Shape::Box => "square",
        Shape::Ellipse => "stadium",
        _ => "round",
    };
    let mut expected: Vec<(String, String)> = g
        .nodes
        .iter()
        .map(|n| (n.label.clone(), shape(n.shape).into()))
        .collect();
    expected.sort();
    assert_eq!(got, expected, "{name}: vertices");
    let mut got: Vec<(String, String, String, String)> = read["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                label_of[e[0].as_str().unwrap()].into(),
                label_of[e[1].as_str().unwrap()].into(),
                e[2].as_str().unwrap().into(),
                e[3].as_str().unwrap().into(),
            )
        })
        .collect();
    got.sort();
    let mut expected: Vec<(String, String, String, String)> = g
        .edges
        .iter()
        .map(|e| {
            (
                g.nodes[e.from].label.clone(),
                g.nodes[e.to].label.clone(),
                e.label.clone(),
                match e.style {
                    LineStyle::Solid => "normal".into(),
                    _ => "dotted".into(),
                },
            )
        })
        .collect();
    expected.sort();
    assert_eq!(got, expected, "{name}: edges");
    // Each subgraph: its title, and how many nodes and groups it holds directly.
    let mut got: Vec<(String, usize)> = read["subgraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s[1].as_str().unwrap().into(),
                s[2].as_array().unwrap().len(),
            )
        })
        .collect();
    got.sort();
    let mut expected: Vec<(String, usize)> = g
        .groups
        .iter()
        .enumerate()
        .map(|(i, grp)| {
            let nodes = g.nodes.iter().filter(|n| n.group == Some(i)).count();
            let groups = g.groups.iter().filter(|c| c.parent == Some(i)).count();
            (grp.label.clone(), nodes + groups)
        })
        .collect();
    expected.sort();
    assert_eq!(got, expected, "{name}: subgraphs");
}

/// Checks what Mermaid's parser read of a gantt chart against the timeline: every task
/// with its name, section, days and whether it is marked possible, in order.
#[track_caller]
fn check_mermaid_timeline(name: &str, t: &Timeline, read: &Value) {
    assert_eq!(read["type"], "gantt", "{name}");
    assert_eq!(read["title"], json!(t.title), "{name}: title");
    let got: Vec<Value> = read["tasks"].as_array().unwrap().clone();
    let mut expected: Vec<Value> = Vec::new();
    for row in &t.rows {
        for s in &row.segments {
            expected.push(json!([
                format!("{} - {}", row.label, s.note).trim(),
                row.section.trim(),
                s.first.to_string(),
                s.last.succ_opt().unwrap().to_string(),
                s.certainty == Certainty::Possible,
                false
            ]));
        }
    }
    let as_of = t.as_of.to_string();
    expected.push(json!([
        format!("as of {as_of}"),
        "as of",
        as_of,
        as_of,
        false,
        true
    ]));
    assert_eq!(got, expected, "{name}: tasks");
}

/// Every picture of a registry: the network over all dates and over each year of its
/// meetings (at most `years`), the context of each meeting with relations (at most
/// `contexts`, both depths), the posts of each official and the chairs of each
/// organization that had any (at most `timelines` of each).
fn pictures(
    r: &Registry,
    years: usize,
    contexts: usize,
    timelines: usize,
    as_of: chrono::NaiveDate,
) -> Pictures {
    use chrono::Datelike;
    let mut graphs = vec![("network".to_string(), draw::network(r, &Period::unknown()))];
    let mut found: Vec<i32> = r
        .dataset()
        .meetings
        .iter()
        .filter_map(|m| m.when.earliest().map(|d| d.year()))
        .collect();
    found.sort_unstable();
    found.dedup();
    for y in found.into_iter().take(years) {
        let p: Period = format!("{y}/{y}").parse().unwrap();
        graphs.push((format!("network {y}"), draw::network(r, &p)));
    }
    let related = r
        .dataset()
        .meetings
        .iter()
        .filter(|m| !m.relations.is_empty())
        .take(contexts);
    for m in related {
        let at = r.meeting(&m.id).unwrap();
        graphs.push((
            format!("context {}", m.id),
            draw::context(at, Depth::Direct),
        ));
        graphs.push((
            format!("context {} transitive", m.id),
            draw::context(at, Depth::Transitive),
        ));
    }
    let mut lines = Vec::new();
    for o in r
        .officials()
        .filter(|o| !o.posts.is_empty())
        .take(timelines)
    {
        lines.push((format!("posts {}", o.id), draw::posts(o, as_of)));
    }
    for o in r
        .organizations()
        .filter(|o| !o.chairs.is_empty())
        .take(timelines)
    {
        lines.push((format!("chairs {}", o.id), draw::chairs(o, as_of)));
    }
    (graphs, lines)
}

/// Renders and parses every picture, and compares what the renderers read with the models.
fn check_with_renderers(graphs: &[(String, Graph)], timelines: &[(String, Timeline)]) {
    if graphviz() {
        for (name, g) in graphs {
            check_dot_graph(name, g);
        }
        for (name, t) in timelines {
            check_dot_timeline(name, t);
        }
    }
    if let Some(dir) = mermaid_dir() {
        let mut items: Vec<(String, String)> = graphs
            .iter()
            .map(|(n, g)| (format!("graph {n}"), g.to_mermaid()))
            .collect();
        items.extend(
            timelines
                .iter()
                .map(|(n, t)| (format!("timeline {n}"), t.to_mermaid())),
        );
        let read = mermaid_parse(&dir, &items);
        for (name, g) in graphs {
            check_mermaid_graph(name, g, &read[&format!("graph {name}")]);
        }
        for (name, t) in timelines {
            check_mermaid_timeline(name, t, &read[&format!("timeline {name}")]);
        }
    }
}

#[test]
fn the_renderers_read_the_small_pictures_as_they_are_meant() {
    let r = small();
    let (mut graphs, timelines) = pictures(&r, 5, 10, 10, day("2024-06-30"));
    graphs.push((
        "network 2024".into(),
        draw::network(&r, &period("2024/2024")),
    ));
    check_with_renderers(&graphs, &timelines);
}

#[test]
fn the_renderers_read_hostile_names_as_they_were_written() {
    let r = hostile();
    let (graphs, timelines) = hostile_pictures(&r);
    check_with_renderers(&graphs, &timelines);
}

#[test]
fn the_renderers_draw_every_picture_of_the_fixtures() {
    let fixtures = [
        ("geneva-2024", crate::support::GENEVA, "2024-11-27"),
        (
            "asean",
            include_str!("../../examples/data/asean-chairmanship-2017-2020.json"),
            "2020-06-30",
        ),
        (
            "iaea",
            include_str!("../../examples/data/iaea-director-general-2019.json"),
            "2024-11-26",
        ),
        (
            "spc-sprep",
            include_str!("../../examples/data/spc-sprep-mou-2011.json"),
            "2012-01-01",
        ),
    ];
    let mut graphs = Vec::new();
    let mut timelines = Vec::new();
    for (fixture, text, as_of) in fixtures {
        let r = Registry::from_json(text).unwrap();
        let (g, t) = pictures(&r, 10, 100, 100, day(as_of));
        graphs.extend(g.into_iter().map(|(n, g)| (format!("{fixture} {n}"), g)));
        timelines.extend(t.into_iter().map(|(n, t)| (format!("{fixture} {n}"), t)));
    }
    // The pictures the README shows, among them.
    assert!(graphs.iter().any(|(n, _)| n == "geneva-2024 network 2024"));
    assert!(
        graphs
            .iter()
            .any(|(n, _)| n == "geneva-2024 context sarybay-pope-2024-11")
    );
    assert!(timelines.iter().any(|(n, _)| n == "asean chairs asean"));
    assert!(
        timelines
            .iter()
            .any(|(n, _)| n == "iaea posts rafael-grossi")
    );
    check_with_renderers(&graphs, &timelines);
}

#[test]
fn the_renderers_draw_the_pictures_of_generated_datasets() {
    let mut graphs = Vec::new();
    let mut timelines = Vec::new();
    // The network over all dates of 1,000 meetings is too dense to be worth a layout: the
    // larger dataset is drawn year by year.
    for (meetings, seed, years) in [(200, 7, 0), (1000, 11, 2)] {
        let r = Registry::new(generate(&SynthConfig::new(meetings, seed))).unwrap();
        let (mut g, t) = pictures(&r, years, 8, 12, day("2025-06-30"));
        if years > 0 {
            g.remove(0);
        }
        graphs.extend(
            g.into_iter()
                .map(|(n, g)| (format!("synth {meetings}/{seed} {n}"), g)),
        );
        timelines.extend(
            t.into_iter()
                .map(|(n, t)| (format!("synth {meetings}/{seed} {n}"), t)),
        );
    }
    assert!(
        graphs.iter().any(|(_, g)| !g.groups.is_empty()),
        "bodies are grouped"
    );
    assert!(
        graphs
            .iter()
            .any(|(_, g)| g.edges.iter().any(|e| e.label.contains('–'))),
        "some meetings only possibly fall in a period"
    );
    check_with_renderers(&graphs, &timelines);
}

#[test]
fn the_geneva_picture_in_docs_is_the_one_the_code_draws() {
    let r = crate::support::geneva_registry();
    let dot = draw::network(&r, &period("2024/2024")).to_dot();
    let committed = include_str!("../../docs/geneva-2024-network.dot");
    assert_text(committed, &dot);
}

/// The `export` example prints each picture as the library draws it, and exits with 2 on
/// a file it cannot read, 1 on an id the file does not hold. Skipped when the example is
/// not built (`cargo test --test it` alone), unless `MULTILATERAL_REQUIRE_EXAMPLES` is set.
#[test]
fn the_export_example_prints_the_pictures() {
    let exe = std::env::current_exe().unwrap();
    let export = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test binary lies in target/<profile>/deps")
        .join("examples")
        .join(format!("export{}", std::env::consts::EXE_SUFFIX));
    if !export.exists() {
        let required = std::env::var_os("MULTILATERAL_REQUIRE_EXAMPLES").is_some();
        assert!(!required, "{} is not built", export.display());
        eprintln!("skipped: {} is not built", export.display());
        return;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let geneva = root.join("examples/data/geneva-2024.json");
    let iaea = root.join("examples/data/iaea-director-general-2019.json");
    let run = |args: &[&str], file: &std::path::Path| {
        Command::new(&export).args(args).arg(file).output().unwrap()
    };
    let r = crate::support::geneva_registry();
    let out = run(&["--to", "dot", "--period", "2024/2024"], &geneva);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        draw::network(&r, &period("2024/2024")).to_dot()
    );
    let out = run(
        &[
            "--to",
            "mermaid",
            "--picture",
            "context",
            "--meeting",
            "sarybay-pope-2024-11",
        ],
        &geneva,
    );
    let talk = r
        .meeting(&MeetingId::from_static("sarybay-pope-2024-11"))
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        draw::context(talk, Depth::Direct).to_mermaid()
    );
    let i = Registry::from_json(include_str!(
        "../../examples/data/iaea-director-general-2019.json"
    ))
    .unwrap();
    let iaea_org = i
        .organization(&OrganizationId::from_static("iaea"))
        .unwrap();
    let out = run(
        &[
            "--to",
            "dot",
            "--picture",
            "timeline",
            "--organization",
            "iaea",
            "--role",
            "head",
            "--as-of",
            "2024-11-26",
        ],
        &iaea,
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        draw::holders(
            iaea_org,
            PostFilter::Role(PostRole::Head),
            day("2024-11-26")
        )
        .to_dot()
    );
    let grossi = i
        .official(&OfficialId::from_static("rafael-grossi"))
        .unwrap();
    let out = run(
        &[
            "--to",
            "mermaid",
            "--picture",
            "timeline",
            "--official",
            "rafael-grossi",
            "--as-of",
            "2024-11-26",
        ],
        &iaea,
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        draw::posts(grossi, day("2024-11-26")).to_mermaid()
    );
    // Unreadable input, a bad command line: 2. An unknown id: 1.
    let missing = root.join("examples/data/no-such-file.json");
    assert_eq!(run(&["--to", "dot"], &missing).status.code(), Some(2));
    let not_json = root.join("README.md");
    assert_eq!(run(&["--to", "dot"], &not_json).status.code(), Some(2));
    assert_eq!(run(&["--to", "svg"], &geneva).status.code(), Some(2));
    assert_eq!(
        run(&["--to", "dot", "--picture", "context"], &geneva)
            .status
            .code(),
        Some(2)
    );
    let out = run(
        &[
            "--to",
            "dot",
            "--picture",
            "context",
            "--meeting",
            "nowhere",
        ],
        &geneva,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no meeting \"nowhere\""));
}
