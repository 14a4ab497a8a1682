//! Timelines: an official's posts, an organization's chairs, as Gantt charts.

use chrono::{Datelike, NaiveDate};

use super::label::{bound_text, one_line};
use crate::official::PostRole;
use crate::period::{Extent, Period};
use crate::registry::{OfficialRef, OrganizationRef, PostFilter};

/// A timeline to draw: rows of holdings (posts or chairmanships) over a stretch of days.
/// Made by [`posts`](super::posts) and [`chairs`](super::chairs); written by
/// [`to_dot`](Timeline::to_dot) and [`to_mermaid`](Timeline::to_mermaid).
///
/// See [the module docs](crate::draw#timelines) for how uncertain, open and unknown ends
/// become [`Segment`]s.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Timeline {
    /// What the chart shows ("Posts of Rafael Mariano Grossi").
    pub title: String,
    /// The day the chart is drawn as of: open ends run to it.
    pub as_of: NaiveDate,
    /// The first day of the chart.
    pub first: NaiveDate,
    /// The last day of the chart: the as-of day, or the last dated day of a row if later.
    pub last: NaiveDate,
    /// The rows, grouped by section, in time order within each.
    pub rows: Vec<Row>,
}

/// One holding on a [`Timeline`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Row {
    /// The group the row is drawn in: the organization of a post, or "Chairs".
    pub section: String,
    /// What was held, by whom: "Director General", "Singapore (Lee Hsien Loong)".
    pub label: String,
    /// The start as the record says it: `2019-12-03`, `not before 2019-07`, `unknown`.
    pub start: String,
    /// The end as the record says it: `2019-07`, `open`, `unknown`.
    pub end: String,
    /// What else narrows the dates: the days attested, the term, "acting".
    pub note: String,
    /// The stretches of the row, in time order, each within the chart.
    pub segments: Vec<Segment>,
}

/// A stretch of days of a [`Row`], held certainly or possibly.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Segment {
    /// Its first day.
    pub first: NaiveDate,
    /// Its last day (inclusive).
    pub last: NaiveDate,
    /// Whether the holding certainly or only possibly covers these days.
    pub certainty: Certainty,
    /// Why: "held", "may have begun", "start unknown", "may have ended", "end unknown (drawn
    /// to 2024-11-26)", "held (open as of 2024-11-26)", "possibly held", "dates unknown".
    pub note: String,
}

/// Whether a [`Segment`] is certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Certainty {
    /// Possibly held on these days.
    Possible,
    /// Certainly held on these days.
    Certain,
}

/// The columns of the DOT table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Month,
    Year,
    Decade,
    Century,
}

/// One column of the DOT table.
pub(crate) struct Column {
    pub(crate) first: NaiveDate,
    pub(crate) last: NaiveDate,
    pub(crate) label: String,
    /// The year a month column falls in, for the row above the months.
    pub(crate) group: String,
}

/// The most columns the DOT table takes before it counts in a coarser unit.
const MAX_COLUMNS: i64 = 60;

impl Timeline {
    /// The timeline in Graphviz's DOT language: one node whose label is a table (see
    /// [the module docs](crate::draw#graphviz-dot)). Cost: O(r × (c + s)) for the r rows,
    /// the c columns (at most 60) and the s segments of a row.
    pub fn to_dot(&self) -> String {
        super::dot::timeline(self)
    }

    /// The timeline as a Mermaid gantt chart (see [the module docs](crate::draw#mermaid)).
    /// Cost: O(r × s + length of the labels).
    pub fn to_mermaid(&self) -> String {
        super::mermaid::timeline(self)
    }

    /// The timeline in `syntax`.
    pub fn to_syntax(&self, syntax: super::Syntax) -> String {
        match syntax {
            super::Syntax::Dot => self.to_dot(),
            super::Syntax::Mermaid => self.to_mermaid(),
        }
    }

    /// The unit of the DOT table's columns: months when the chart spans at most 60 of them,
    /// else years, decades or centuries.
    pub(crate) fn unit(&self) -> Unit {
        let (a, b) = (self.first.min(self.last), self.first.max(self.last));
        let months =
            i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month()) + 1;
        let years = i64::from(b.year() - a.year()) + 1;
        if months <= MAX_COLUMNS {
            Unit::Month
        } else if years <= MAX_COLUMNS {
            Unit::Year
        } else if years / 10 < MAX_COLUMNS {
            Unit::Decade
        } else {
            Unit::Century
        }
    }

    /// The DOT table's columns, from the one holding `first` to the one holding `last`.
    pub(crate) fn units(&self) -> Vec<Column> {
        let (a, b) = (self.first.min(self.last), self.first.max(self.last));
        let unit = self.unit();
        let mut out = Vec::new();
        let mut at = match unit {
            Unit::Month => a.with_day(1),
            Unit::Year => a.with_ordinal(1),
            Unit::Decade => NaiveDate::from_ymd_opt(a.year() - a.year().rem_euclid(10), 1, 1),
            Unit::Century => NaiveDate::from_ymd_opt(a.year() - a.year().rem_euclid(100), 1, 1),
        }
        .unwrap_or(a);
        while at <= b && out.len() < 400 {
            let next = match unit {
                Unit::Month => at.checked_add_months(chrono::Months::new(1)),
                Unit::Year => at.checked_add_months(chrono::Months::new(12)),
                Unit::Decade => at.checked_add_months(chrono::Months::new(120)),
                Unit::Century => at.checked_add_months(chrono::Months::new(1200)),
            };
            let last = next.and_then(|n| n.pred_opt()).unwrap_or(NaiveDate::MAX);
            let label = match unit {
                Unit::Month => format!("{:02}", at.month()),
                Unit::Year => format!("{}", at.year()),
                Unit::Decade => format!("{}s", at.year()),
                Unit::Century => format!("{}–{}", at.year(), at.year() + 99),
            };
            out.push(Column {
                first: at,
                last,
                label,
                group: format!("{}", at.year()),
            });
            match next {
                Some(n) => at = n,
                None => break,
            }
        }
        out
    }
}

/// What a cell of the DOT table shows of a row over one column's days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cell {
    /// Certainly held on every day of the column.
    Throughout,
    /// Certainly held on some days of it.
    SomeDays,
    /// Possibly held on some days of it, certainly on none.
    Possibly,
    /// Not held on any day of it.
    Empty,
}

impl Row {
    /// What the row's segments say of the days `first..=last`. O(s).
    pub(crate) fn cell(&self, first: NaiveDate, last: NaiveDate) -> Cell {
        let mut certain_days = 0i64;
        let mut possible = false;
        for s in self
            .segments
            .iter()
            .filter(|s| s.first <= last && s.last >= first)
        {
            match s.certainty {
                Certainty::Certain => {
                    certain_days += (s.last.min(last) - s.first.max(first)).num_days() + 1;
                }
                Certainty::Possible => possible = true,
            }
        }
        if certain_days > (last - first).num_days() {
            Cell::Throughout
        } else if certain_days > 0 {
            Cell::SomeDays
        } else if possible {
            Cell::Possibly
        } else {
            Cell::Empty
        }
    }
}

/// A holding's days: the start falls within `[0]..=[1]`, the end within `[2]..=[3]`, with
/// `NaiveDate::MIN` and `MAX` for no limit (an unknown start is `[MIN, MAX, …]`, an open end
/// `[…, MAX, MAX]`, an open start `[MIN, MIN, …]`).
pub(crate) type Days = [NaiveDate; 4];

fn days_of(x: Extent) -> Days {
    [x.start.0, x.start.1, x.end.0, x.end.1]
}

/// A row before the chart's window is known.
struct Draft {
    section: String,
    label: String,
    period: Period,
    note: String,
    days: Days,
}

/// The chart's first and last day: the first and last dated day of any row, and the as-of
/// day; the year up to the as-of day when no row has a dated day.
fn window(drafts: &[Draft], as_of: NaiveDate) -> (NaiveDate, NaiveDate) {
    let dated = drafts
        .iter()
        .flat_map(|d| d.days)
        .filter(|&d| d != NaiveDate::MIN && d != NaiveDate::MAX);
    let (mut first, mut last) = (None::<NaiveDate>, as_of);
    for d in dated {
        first = Some(first.map_or(d, |f| f.min(d)));
        last = last.max(d);
    }
    let first = first
        .unwrap_or_else(|| as_of.with_ordinal(1).unwrap_or(as_of))
        .min(as_of);
    (first, last)
}

/// The segments of a holding with `days`, within the chart `[w0, w1]`.
fn segments(days: Days, w0: NaiveDate, w1: NaiveDate, as_of: NaiveDate) -> Vec<Segment> {
    let [s0, s1, e0, e1] = days;
    let clip = |d: NaiveDate| d.clamp(w0, w1);
    let lo = clip(s0);
    let hi = clip(e1);
    let seg = |first: NaiveDate, last: NaiveDate, certainty, note: String| Segment {
        first,
        last,
        certainty,
        note,
    };
    let mut out = Vec::new();
    let certain =
        (s1 != NaiveDate::MAX && e0 != NaiveDate::MIN && s1 <= e0).then(|| (clip(s1), clip(e0)));
    match certain {
        Some((c0, c1)) => {
            if lo < c0 {
                let note = if s0 == NaiveDate::MIN {
                    "start unknown"
                } else {
                    "may have begun"
                };
                if let Some(before) = c0.pred_opt() {
                    out.push(seg(lo, before, Certainty::Possible, note.into()));
                }
            }
            let mut note = String::from("held");
            if s1 == NaiveDate::MIN {
                note.push_str(" from the beginning");
            } else if s0 == NaiveDate::MIN && lo >= c0 {
                // The start is unknown, but no day before the certain ones is on the chart.
                note.push_str(" (start unknown)");
            }
            if e0 == NaiveDate::MAX {
                note.push_str(&format!(" (open as of {as_of})"));
            }
            out.push(seg(c0, c1, Certainty::Certain, note));
            if c1 < hi {
                let note = if e1 == NaiveDate::MAX {
                    format!("end unknown (drawn to {as_of})")
                } else {
                    "may have ended".into()
                };
                if let Some(after) = c1.succ_opt() {
                    out.push(seg(after, hi, Certainty::Possible, note));
                }
            }
        }
        None => {
            let note = if s0 == NaiveDate::MIN && e1 == NaiveDate::MAX {
                format!("dates unknown (drawn to {as_of})")
            } else if e1 == NaiveDate::MAX {
                format!("possibly held (end unknown; drawn to {as_of})")
            } else {
                "possibly held".into()
            };
            out.push(seg(lo, hi.max(lo), Certainty::Possible, note));
        }
    }
    out
}

/// The timeline of drafts: sorted by their days (then the order given), grouped by
/// section in the order of each section's first row.
fn finish(title: String, mut drafts: Vec<Draft>, as_of: NaiveDate) -> Timeline {
    // A stable sort keeps document order among equal days.
    drafts.sort_by_key(|d| d.days);
    let mut sections: Vec<&str> = Vec::new();
    for d in &drafts {
        if !sections.contains(&d.section.as_str()) {
            sections.push(d.section.as_str());
        }
    }
    let order: Vec<String> = sections.into_iter().map(String::from).collect();
    drafts.sort_by_key(|d| order.iter().position(|s| *s == d.section));
    let (first, last) = window(&drafts, as_of);
    let rows = drafts
        .into_iter()
        .map(|d| Row {
            segments: segments(d.days, first, last, as_of),
            start: bound_text(d.period.start(), true),
            end: bound_text(d.period.end(), false),
            section: d.section,
            label: d.label,
            note: d.note,
        })
        .collect();
    Timeline {
        title,
        as_of,
        first,
        last,
        rows,
    }
}

/// "attested 2022-10-13, 2023; term P3Y": what narrows a holding's dates beside its period.
fn note(attested: &[crate::PartialDate], term: Option<crate::Term>, extra: &[&str]) -> String {
    let mut parts: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    if !attested.is_empty() {
        let days: Vec<String> = attested.iter().map(ToString::to_string).collect();
        parts.push(format!("attested {}", days.join(", ")));
    }
    if let Some(t) = term {
        parts.push(format!("term {t}"));
    }
    parts.join("; ")
}

/// How an organization is named in a timeline: its acronym, else its name.
fn short_name(org: OrganizationRef<'_>) -> String {
    one_line(org.acronym.as_deref().unwrap_or(&org.name))
}

/// The posts an official held, as a timeline drawn as of `as_of`: a row for each post,
/// grouped by organization, in time order.
///
/// Each post's days are read as [`Post::held_on`](crate::Post::held_on) reads them (its
/// period, narrowed by its term and the days it is attested on). Cost: O(p log p) for the
/// official's p posts.
///
/// ```
/// use multilateral::{OfficialId, Registry, ymd};
/// use multilateral::draw::{self, Certainty};
///
/// let registry = Registry::from_json(include_str!("../../examples/data/iaea-director-general-2019.json"))?;
/// let grossi = registry.official(&OfficialId::from_static("rafael-grossi")).unwrap();
/// let timeline = draw::posts(grossi, ymd(2024, 11, 26));
/// let dg = timeline.rows.iter().find(|r| r.label == "Director General").unwrap();
/// assert_eq!(dg.start, "2019-12-03");
/// assert_eq!(dg.end, "open");
/// // Held since his first day, and still as of the chart's day.
/// assert_eq!(dg.segments[0].certainty, Certainty::Certain);
/// assert_eq!(dg.segments[0].last, ymd(2024, 11, 26));
/// assert!(timeline.to_mermaid().starts_with("---\ntitle: \"Posts of Rafael Mariano Grossi\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn posts(official: OfficialRef<'_>, as_of: NaiveDate) -> Timeline {
    let registry = official.registry();
    let drafts = official
        .posts
        .iter()
        .map(|p| {
            let section = registry
                .organization(&p.organization)
                .map_or_else(|| one_line(p.organization.as_str()), short_name);
            let label = one_line(p.title.as_deref().unwrap_or(p.role.as_str()));
            let acting: &[&str] = if p.acting { &["acting"] } else { &[] };
            Draft {
                section,
                label,
                period: p.period,
                note: note(&p.attested, p.term, acting),
                days: days_of(p.extent()),
            }
        })
        .collect();
    finish(
        format!("Posts of {}", one_line(&official.name)),
        drafts,
        as_of,
    )
}

/// The states that chaired an organization, as a timeline drawn as of `as_of`: a row for
/// each chairmanship, in time order, with the official who exercised it and its theme.
///
/// The days are read as [`OrganizationRef::chair`] reads them: one chair at a time, so a
/// term whose end is unknown ended when the next certainly began. Cost: O(c log c) for the
/// organization's c chairmanships.
///
/// ```
/// use multilateral::{OrganizationId, Registry, ymd};
/// use multilateral::draw;
///
/// let registry = Registry::from_json(include_str!("../../examples/data/asean-chairmanship-2017-2020.json"))?;
/// let asean = registry.organization(&OrganizationId::from_static("asean")).unwrap();
/// let timeline = draw::chairs(asean, ymd(2020, 6, 30));
/// let labels: Vec<&str> = timeline.rows.iter().map(|r| r.label.as_str()).collect();
/// assert_eq!(labels[0], "Philippines (Rodrigo Duterte)");
/// assert_eq!(timeline.rows[0].end, "unknown");
/// // The Philippines' unknown end is bounded by Singapore's start, in 2018-01.
/// assert!(timeline.rows[0].segments.iter().all(|s| s.last <= ymd(2018, 1, 31)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn chairs(organization: OrganizationRef<'_>, as_of: NaiveDate) -> Timeline {
    let registry = organization.registry();
    let section = format!("Chairs of {}", short_name(organization));
    let drafts = organization
        .chair_terms()
        .into_iter()
        .map(|(c, days)| {
            let state = c.country.name();
            let label = match c.official.as_ref().and_then(|o| registry.official(o)) {
                Some(o) => format!("{state} ({})", one_line(&o.name)),
                None => state.to_string(),
            };
            let theme = c.theme.as_ref().map(|t| format!("theme: {}", one_line(t)));
            let extra: Vec<&str> = theme.iter().map(String::as_str).collect();
            Draft {
                section: section.clone(),
                label,
                period: c.period,
                note: note(&c.attested, c.term, &extra),
                days,
            }
        })
        .collect();
    finish(
        format!("Chairs of {}", one_line(&organization.name)),
        drafts,
        as_of,
    )
}

/// The officials who held an organization's posts of a role or title, as a timeline drawn
/// as of `as_of`: a row for each holding, in time order, labelled with the official's name
/// and the post's title. "The IAEA's Directors General" is
/// `holders(iaea, PostFilter::Role(PostRole::Head), as_of)`.
///
/// Posts are asked of the organization itself, as [`OrganizationRef::holders`] asks them
/// (a post filed at a body is the body's). Each post's days are read as
/// [`Post::held_on`](crate::Post::held_on) reads them. Cost: O(log h + k log k) for the k
/// holdings of a role among the h posts of the organization, O(h + k log k) for a title.
///
/// ```
/// use multilateral::{OrganizationId, PostRole, Registry, ymd};
/// use multilateral::draw;
/// use multilateral::registry::PostFilter;
///
/// let registry = Registry::from_json(include_str!("../../examples/data/iaea-director-general-2019.json"))?;
/// let iaea = registry.organization(&OrganizationId::from_static("iaea")).unwrap();
/// let heads = draw::holders(iaea, PostFilter::Role(PostRole::Head), ymd(2024, 11, 26));
/// let labels: Vec<&str> = heads.rows.iter().map(|r| r.label.as_str()).collect();
/// assert_eq!(labels, [
///     "Yukiya Amano (Director General)",
///     "Cornel Feruta (Acting Director General)",
///     "Rafael Mariano Grossi (Director General)",
/// ]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn holders(
    organization: OrganizationRef<'_>,
    filter: PostFilter<'_>,
    as_of: NaiveDate,
) -> Timeline {
    let what = match filter {
        PostFilter::Role(role) => match role {
            PostRole::Head => "Heads".to_string(),
            PostRole::Deputy => "Deputy heads".into(),
            PostRole::Chair => "Chairs (posts)".into(),
            PostRole::Member => "Members".into(),
            PostRole::Representative => "Representatives".into(),
            PostRole::Staff => "Staff".into(),
            PostRole::Other => "Other posts".into(),
        },
        PostFilter::Title(t) => format!("Holders of the post \"{}\"", one_line(t)),
    };
    let section = short_name(organization);
    let drafts = organization
        .holdings(filter)
        .into_iter()
        .map(|h| {
            let p = h.post;
            let title = one_line(p.title.as_deref().unwrap_or(p.role.as_str()));
            let acting: &[&str] = if p.acting { &["acting"] } else { &[] };
            Draft {
                section: section.clone(),
                label: format!("{} ({title})", one_line(&h.official.name)),
                period: p.period,
                note: note(&p.attested, p.term, acting),
                days: days_of(p.extent()),
            }
        })
        .collect();
    finish(
        format!("{} of {}", what, one_line(&organization.name)),
        drafts,
        as_of,
    )
}
