//! The founding example: the CICA Secretary General's visit to Geneva, 25–27 November 2024.
//!
//! Reads the press release as modelled in `examples/data/geneva-2024.json`, validates it, and
//! tells the story of the visit from the records alone: the IOM Council session and his
//! remarks, then each of his eight meetings — who met whom, in which capacity, when, about
//! what, on which basis, and what came of it. Then it asks the registry built from the same
//! records what a secretariat would ask: his engagements by counterpart, the dimensions the
//! visit touched, the MoUs between CICA and IOM, and who headed each counterpart on
//! 26 November 2024.
//!
//! ```text
//! cargo run --example geneva_2024
//! ```

use std::io::Write;

use std::str::FromStr;

use multilateral::registry::{DateStatus, DimensionScope, PostFilter, Scope};
use multilateral::{
    CountryCode, Dataset, Meeting, MeetingKind, Official, OfficialId, OrganizationId, OutcomeKind,
    PartialDate, Participant, ParticipantRole, Period, PostRole, Registry, RelationKind, ymd,
};

/// The press release, modelled as one JSON document.
const FIXTURE: &str = include_str!("data/geneva-2024.json");

/// How wide a line of the account may grow before it wraps.
const WIDTH: usize = 92;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = Dataset::from_json(FIXTURE)
        .map_err(|e| format!("examples/data/geneva-2024.json does not read: {e}"))?;
    let mut page = Page::default();

    let report = data.validate();
    page.line(&format!(
        "Read {} records; validation found {} error(s) and {} warning(s).",
        data.len(),
        report.errors().count(),
        report.warnings().count()
    ));
    for violation in report.violations() {
        page.line(&format!("  {violation}"));
    }
    if report.has_errors() {
        page.print()?;
        return Err("the fixture does not validate".into());
    }
    if let Some(source) = data.meetings.first().and_then(|m| m.sources.first()) {
        let title = source.title.as_ref().map_or("", |t| t.as_str());
        let publisher = source.publisher.as_ref().map_or("", |t| t.as_str());
        let published = source.published.map(date).unwrap_or_default();
        page.line(&format!("Source: \"{title}\" ({publisher}, {published})"));
    }

    let session = data
        .meetings
        .iter()
        .find(|m| m.kind == MeetingKind::Session);
    if let Some(session) = session {
        page.heading(&format!("The {}", session.title));
        session_account(&mut page, &data, session);
    }

    let visit = data.meetings.iter().find(|m| m.kind == MeetingKind::Visit);
    let meetings: Vec<&Meeting> = data
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Bilateral)
        .collect();
    let visit_title = visit.map_or("The visit".to_owned(), |v| v.title.to_string());
    page.heading(&format!("{visit_title}: {} meetings", meetings.len()));
    if let Some(summary) = visit.and_then(|v| v.summary.as_ref()) {
        page.wrap("", summary.as_str(), "");
    }
    for (n, meeting) in meetings.iter().enumerate() {
        page.line(&format!("\n{}. {}", n + 1, meeting.title));
        bilateral_account(&mut page, &data, meeting);
    }

    let registry = Registry::new(data.clone()).map_err(|r| format!("no registry: {r}"))?;
    page.heading("Asked of the registry");
    registry_account(
        &mut page,
        &registry,
        visit.map_or_else(Period::unknown, |v| v.when),
    );
    page.print()
}

/// The secretary general whose visit this is, and the organization he speaks for.
const SECRETARY_GENERAL: &str = "kairat-sarybay";
const CICA: &str = "cica";

/// Answers from the registry: engagements by counterpart, dimensions touched, MoUs with IOM,
/// and who headed each counterpart on 26 November 2024.
fn registry_account(page: &mut Page, registry: &Registry, visit: Period) {
    let data = registry.dataset();
    let switzerland = CountryCode::from_str("CH").expect("CH is a country code");
    let (Some(sarybay), Some(cica), Some(iom)) = (
        registry.official(&OfficialId::from_static(SECRETARY_GENERAL)),
        registry.organization(&OrganizationId::from_static(CICA)),
        registry.organization(&OrganizationId::from_static("iom")),
    ) else {
        page.line("The fixture lacks the Secretary General, CICA or IOM.");
        return;
    };
    let engagements = registry
        .meetings()
        .with(sarybay)
        .during(&visit)
        .in_country(switzerland)
        .run();
    let mut counterparts: Vec<(String, Vec<String>)> = Vec::new();
    for m in &engagements {
        for org in m.organizations().filter(|o| *o != CICA) {
            let name = organization_name(data, org);
            match counterparts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, titles)) => titles.push(m.title.to_string()),
                None => counterparts.push((name, vec![m.title.to_string()])),
            }
        }
    }
    page.line(&format!(
        "\nThe Secretary General's engagements in Geneva, by counterpart ({} meetings):",
        engagements.len()
    ));
    for (name, titles) in counterparts {
        page.line(&format!("  {name}"));
        for title in titles {
            page.wrap("    - ", &title, "      ");
        }
    }

    page.line("\nCICA dimensions the visit touched:");
    for dim in registry.dimensions().filter(|d| d.organization == CICA) {
        let touched = registry
            .meetings()
            .with(sarybay)
            .in_dimension(dim, DimensionScope::WithPriorityAreas)
            .during(&visit)
            .run();
        let how = match touched.len() {
            0 => "not touched".to_owned(),
            n => format!("{n} meeting(s): {}", titles(&touched)),
        };
        page.wrap("  ", &format!("{}: {how}", dim.name), "    ");
    }

    page.line("\nMoUs between CICA (and its bodies) and IOM:");
    for mou in cica.mous_with(iom, Scope::WithSubBodies) {
        let signed = mou
            .signed
            .map(date)
            .unwrap_or_else(|| "date not known".into());
        let invoked = registry
            .mou(&mou.id)
            .map(|m| titles(&m.meetings()))
            .unwrap_or_default();
        page.wrap(
            "  ",
            &format!("{}, signed {signed}; invoked at: {invoked}", mou.title),
            "    ",
        );
    }

    page.line("\nWho headed each counterpart on 26 November 2024:");
    let day = ymd(2024, 11, 26);
    let mut seen: Vec<&OrganizationId> = Vec::new();
    for org in engagements.iter().flat_map(|m| m.organizations()) {
        if *org == CICA || seen.contains(&org) {
            continue;
        }
        seen.push(org);
        let Some(counterpart) = registry.organization(org) else {
            continue;
        };
        // A head's post may be filed at a body of the organization (a Secretary General's
        // at its secretariat): ask across its bodies, and name the heads of the nearest
        // body that has any (holdings come body by body, the organization first), not
        // those of bodies further down.
        let heads =
            counterpart.holders_within(PostFilter::Role(PostRole::Head), day, Scope::WithSubBodies);
        let names = |holdings: &[multilateral::registry::Holding<'_>]| {
            let nearest = holdings.first().map(|h| &h.organization.id);
            holdings
                .iter()
                .filter(|h| Some(&h.organization.id) == nearest)
                .map(|h| person(&h.official))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let answer = match heads.status {
            DateStatus::Known => names(&heads.definite),
            DateStatus::Possible => format!(
                "possibly {} (named in the release; tenure dates not recorded)",
                names(&heads.possible)
            ),
            DateStatus::Vacant => "vacant".to_owned(),
            _ => "no head recorded".to_owned(),
        };
        page.wrap(
            "  ",
            &format!("{}: {answer}", organization_name(data, org)),
            "    ",
        );
    }
}

/// Meeting titles joined for a list.
fn titles(meetings: &[&Meeting]) -> String {
    meetings
        .iter()
        .map(|m| m.title.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The session: when and where, who organized it, what he said.
fn session_account(page: &mut Page, data: &Dataset, session: &Meeting) {
    if let Some(body) = &session.session_of {
        page.field("Session of", &organization_name(data, body));
    }
    page.field("When", &span(&session.when, false));
    page.field("Where", &place(session));
    for p in &session.participants {
        page.field(role(p.role), &participant(data, p));
    }
    page.list("Topics", session.topics.iter().map(|t| t.to_string()));
    page.list("Dimensions", dimensions(data, session));
    page.list(
        "Remarks",
        session.outcomes.iter().map(|o| o.text.to_string()),
    );
}

/// One bilateral meeting, field by field.
fn bilateral_account(page: &mut Page, data: &Dataset, meeting: &Meeting) {
    let mut sides = meeting.participants.iter().map(|p| participant(data, p));
    page.field("Who", &sides.next().unwrap_or_default());
    for other in sides {
        page.field("met", &other);
    }
    page.field("When", &span(&meeting.when, meeting.days.is_some()));
    page.field("Where", &place(meeting));
    page.list("Relation", relations(data, meeting));
    page.list("Topics", meeting.topics.iter().map(|t| t.to_string()));
    page.list("Dimensions", dimensions(data, meeting));
    page.list("Basis", mous(data, meeting));
    page.list(
        "Outcomes",
        meeting
            .outcomes
            .iter()
            .map(|o| format!("{}: {}", outcome_kind(o.kind), o.text)),
    );
}

/// "Ambassador Kairat Sarybay, Secretary General, CICA Secretariat".
fn participant(data: &Dataset, p: &Participant) -> String {
    let org = p.party.organization();
    let party = match (org, p.party.state()) {
        (Some(org), _) => organization_name(data, org),
        (None, Some(state)) => state.name().to_owned(),
        (None, None) => String::new(),
    };
    let official = p
        .official
        .as_ref()
        .and_then(|id| data.officials.iter().find(|o| &o.id == id));
    match (official, org) {
        (Some(official), Some(org)) => {
            format!("{}, {}", person(official), capacity(data, official, org))
        }
        (Some(official), None) => format!("{}, for {party}", person(official)),
        (None, _) => party,
    }
}

/// The name with its honorific: "Ms. Amy E. Pope".
fn person(official: &Official) -> String {
    match &official.honorific {
        Some(honorific) => format!("{honorific} {}", official.name),
        None => official.name.to_string(),
    }
}

/// The titles an official holds at an organization or one of its bodies, and where:
/// "Deputy Executive Director and Chief Operating Officer, Centre for Humanitarian Dialogue".
fn capacity(data: &Dataset, official: &Official, org: &OrganizationId) -> String {
    let posts: Vec<_> = official
        .posts
        .iter()
        .filter(|post| within(data, &post.organization, org))
        .collect();
    let titles: Vec<&str> = posts
        .iter()
        .filter_map(|post| post.title.as_ref().map(|t| t.as_str()))
        .collect();
    let held_at = posts.first().map_or(org, |post| &post.organization);
    let name = organization_name(data, held_at);
    if titles.is_empty() {
        name
    } else {
        format!("{}, {name}", titles.join(" and "))
    }
}

/// Whether `body` is `org` or lies inside it (the CICA Secretariat lies inside CICA).
fn within(data: &Dataset, body: &OrganizationId, org: &OrganizationId) -> bool {
    let mut current = Some(body);
    for _ in 0..=data.organizations.len() {
        match current {
            Some(id) if id == org => return true,
            Some(id) => {
                current = data
                    .organizations
                    .iter()
                    .find(|o| &o.id == id)
                    .and_then(|o| o.parent.as_ref());
            }
            None => return false,
        }
    }
    false
}

/// "International Organization for Migration (IOM)".
fn organization_name(data: &Dataset, id: &OrganizationId) -> String {
    match data.organizations.iter().find(|o| &o.id == id) {
        Some(org) => match &org.acronym {
            Some(acronym) => format!("{} ({acronym})", org.name),
            None => org.name.to_string(),
        },
        None => id.to_string(),
    }
}

/// "on some day between 25 and 27 November 2024" for a meeting on one unknown day of the
/// range (`within_range`), "25–27 November 2024" for an event spanning it.
fn span(when: &Period, within_range: bool) -> String {
    let (Some(start), Some(end)) = (when.start().date(), when.end().date()) else {
        return match when.start().date() {
            Some(start) => format!("from {}, end not given as a date", date(start)),
            None => "dates not known".to_owned(),
        };
    };
    if start == end {
        return date(start);
    }
    let same_month = start.year() == end.year() && start.month() == end.month();
    match (start.day(), end.day()) {
        (Some(first), Some(_)) if same_month && within_range => {
            format!("on some day between {first} and {}", date(end))
        }
        (Some(first), Some(_)) if same_month => format!("{first}–{}", date(end)),
        _ if within_range => format!("between {} and {}", date(start), date(end)),
        _ => format!("{} to {}", date(start), date(end)),
    }
}

/// A partial date in words, to the precision it is known: "2008", "November 2024",
/// "25 November 2024".
fn date(d: PartialDate) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = d
        .month()
        .and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1)));
    match (d.day(), month) {
        (Some(day), Some(month)) => format!("{day} {month} {}", d.year()),
        (None, Some(month)) => format!("{month} {}", d.year()),
        _ => d.year().to_string(),
    }
}

/// "Geneva, Switzerland".
fn place(meeting: &Meeting) -> String {
    let Some(location) = &meeting.location else {
        return "not stated".to_owned();
    };
    let parts: Vec<String> = [
        location.venue.as_ref().map(|v| v.to_string()),
        location.city.as_ref().map(|c| c.to_string()),
        location.country.map(|c| c.name().to_owned()),
        location.online.then(|| "online".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    parts.join(", ")
}

/// "on the sidelines of the 115th Session of the IOM Council", "part of the visit…".
fn relations(data: &Dataset, meeting: &Meeting) -> Vec<String> {
    meeting
        .relations
        .iter()
        .map(|r| {
            let other = data
                .meetings
                .iter()
                .find(|m| m.id == r.meeting)
                .map_or_else(|| r.meeting.to_string(), |m| m.title.to_string());
            let how = match r.kind {
                RelationKind::SidelinesOf => "on the sidelines of the",
                RelationKind::PartOf => "part of the",
                RelationKind::InPreparationFor => "in preparation for the",
                RelationKind::FollowUpTo => "a follow-up to the",
                _ => "related to the",
            };
            format!("{how} {other}")
        })
        .collect()
}

/// The dimensions a meeting touched, by name: "Human Dimension (CICA)".
fn dimensions(data: &Dataset, meeting: &Meeting) -> Vec<String> {
    meeting
        .dimensions
        .iter()
        .map(|id| match data.dimensions.iter().find(|d| &d.id == id) {
            Some(d) => format!("{} ({})", d.name, short_name(data, &d.organization)),
            None => id.to_string(),
        })
        .collect()
}

/// The acronym if there is one, else the name.
fn short_name(data: &Dataset, id: &OrganizationId) -> String {
    data.organizations.iter().find(|o| &o.id == id).map_or_else(
        || id.to_string(),
        |o| o.acronym.as_ref().unwrap_or(&o.name).to_string(),
    )
}

/// The MoUs a meeting invoked, by title and year of signature.
fn mous(data: &Dataset, meeting: &Meeting) -> Vec<String> {
    meeting
        .mous
        .iter()
        .map(|id| match data.mous.iter().find(|m| &m.id == id) {
            Some(mou) => match mou.signed {
                Some(signed) => format!("{}, signed {}", mou.title, date(signed)),
                None => mou.title.to_string(),
            },
            None => id.to_string(),
        })
        .collect()
}

/// A participant's role as a label.
fn role(role: ParticipantRole) -> &'static str {
    match role {
        ParticipantRole::Organizer => "Organizer",
        ParticipantRole::Host => "Host",
        ParticipantRole::Chair => "Chair",
        ParticipantRole::Speaker => "Speaker",
        ParticipantRole::DelegationHead => "Head",
        ParticipantRole::Observer => "Observer",
        _ => "Participant",
    }
}

/// An outcome's kind as a word.
fn outcome_kind(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Briefed => "briefed",
        OutcomeKind::Statement => "statement",
        OutcomeKind::Discussed => "discussed",
        OutcomeKind::Explored => "explored",
        OutcomeKind::Committed => "committed",
        OutcomeKind::Agreed => "agreed",
        OutcomeKind::Invited => "invited",
        OutcomeKind::Adopted => "adopted",
        OutcomeKind::SignedMou => "signed an MoU",
        _ => "outcome",
    }
}

/// The account, built line by line and printed at the end in one write.
#[derive(Default)]
struct Page(String);

/// The width of the label column.
const LABEL: usize = 12;

impl Page {
    /// Adds one line.
    fn line(&mut self, text: &str) {
        self.0.push_str(text);
        self.0.push('\n');
    }

    /// A section heading, underlined, after a blank line.
    fn heading(&mut self, title: &str) {
        self.line(&format!("\n{title}\n{}", "=".repeat(title.chars().count())));
    }

    /// One labelled value, wrapped under its label.
    fn field(&mut self, label: &str, value: &str) {
        self.wrap(&format!("  {label:<LABEL$}"), value, &" ".repeat(LABEL + 2));
    }

    /// A labelled list, one item a line with a dash; nothing when the list is empty.
    fn list(&mut self, label: &str, items: impl IntoIterator<Item = String>) {
        let indent = " ".repeat(LABEL + 4);
        for (i, item) in items.into_iter().enumerate() {
            let first = if i == 0 { label } else { "" };
            self.wrap(&format!("  {first:<LABEL$}- "), &item, &indent);
        }
    }

    /// Adds `text` after `first`, wrapping at [`WIDTH`] with `indent` before each further
    /// line.
    fn wrap(&mut self, first: &str, text: &str, indent: &str) {
        let mut line = first.to_owned();
        let mut empty = true;
        for word in text.split_whitespace() {
            if !empty && line.chars().count() + 1 + word.chars().count() > WIDTH {
                self.line(&line);
                line = indent.to_owned();
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        self.line(&line);
    }

    /// Writes the page to standard output; a reader that stops early (`| head`) is no error.
    fn print(&self) -> Result<(), Box<dyn std::error::Error>> {
        match std::io::stdout().lock().write_all(self.0.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
            _ => Ok(()),
        }
    }
}
