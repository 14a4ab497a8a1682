//! Popolo JSON: persons, organizations, posts, memberships and events, in the layout of
//! EveryPolitician's `ep-popolo-v1.0.json` files.
//!
//! [`export`] writes one JSON object with the arrays `persons`, `organizations`,
//! `memberships`, `posts`, `areas` and `events`, each object valid against the Popolo
//! project's JSON Schemas (version 1.0.1) and the rules its text states. [`import`] reads such
//! a file back into a [`Dataset`].
//!
//! # Where each field goes
//!
//! Popolo names the seat ("the Secretary General of the CICA Secretariat") as a `post`, and
//! each holding of it as a `membership` of the post, with its dates. A state is not a Popolo
//! class: a state that is a member, a chair or a participant is written as an organization
//! of classification `state`, with its ISO 3166-1 code as an identifier (scheme
//! `iso-3166-1-alpha-2`) and the country as its area.
//!
//! What Popolo cannot say is kept in properties whose name starts with `+`, which the Popolo
//! specification reserves for extensions (readers that do not know them skip them). Their
//! values are this crate's own JSON for that field, with the dataset's ids.
//!
//! | multilateral | Popolo | what Popolo cannot hold |
//! |---|---|---|
//! | [`Organization`] | `organizations[]` | |
//! | `id`, `name`, `description` | `id`, `name`, `description` | |
//! | `acronym` | `other_names[]` with `"note": "acronym"` | |
//! | `other_names[].name`, `.lang` | `other_names[].name`, `+lang` | the language (`+lang`) |
//! | `kind` | `classification`: the kind's word (`intergovernmental`, `secretariat`…) | |
//! | `parent` | `parent_id` | |
//! | `country` | `area_id` of an area of classification `country` | |
//! | `founded`, `dissolved` | `founding_date`, `dissolution_date` | decades and centuries (`+founded`, `+dissolved`) |
//! | `headquarters` | — | all of it (`+headquarters`) |
//! | `aliases` | — | all of them (`+aliases`), on organizations, persons and events |
//! | `members[]` | `memberships[]`: `member` (`@type: Organization`), `organization_id`, `role` (the status: `member`, `observer`…) | founding members, attested days, the deciding meeting (`+founding`, `+attested`, `+decided_at`) |
//! | `chairs[]` | `memberships[]` of the state with `role: chair` | the official, theme, term, attested days, deciding meeting (`+official`, `+theme`, `+term`, `+attested`, `+decided_at`) |
//! | `identifiers[]` | `identifiers[]`: `scheme`, `identifier` | |
//! | `sources[]` with a `url` | `sources[]`: `url`, `note` (the title) | publisher, date, language (`+publisher`, `+published`, `+language`) |
//! | `sources[]` without a `url` | — | all of it: the whole list, in order, in `+sources` |
//! | [`Official`] | `persons[]` | |
//! | `id`, `name`, `given_name`, `family_name`, `other_names` | the same | the language of other names (`+lang`) |
//! | `honorific` | `honorific_prefix` | |
//! | `nationality` | `national_identity`: the country's English short name | |
//! | `posts[]` | a `posts[]` entry per organization, role and title (`label`: the title, `role`: the role's word, `organization_id`), and a `memberships[]` entry per holding (`person_id`, `organization_id`, `post_id`, `role`, `label`, dates) | acting, term, attested days, deciding meeting (`+acting`, `+term`, `+attested`, `+decided_at`) |
//! | [`Meeting`] | `events[]` | |
//! | `id`, `title`, `summary`, `kind`, `status` | `id`, `name`, `description`, `classification`, `status` | |
//! | `when` | `start_date`, `end_date` | see dates below (`+when`) |
//! | `location` | `location`: "venue, city, country" in one string | its parts and whether online (`+location`) |
//! | `participants[]` | `organization_id`: the first organizer; `attendees[]`: the officials | parties and roles (`+participants`) |
//! | `relations[]` | `parent_id`: the first meeting it is on the sidelines of or part of | every relation with its kind (`+relations`) |
//! | `theme`, `session_of`, `aliases`, `days`, `recurrence`, `topics`, `dimensions`, `mous`, `outcomes` | — | all of them (`+theme`, `+session_of`…) |
//! | [`Mou`](crate::Mou), [`Dimension`](crate::Dimension) | — | not written: Popolo has no class for either |
//!
//! ## Dates
//!
//! Popolo writes each end of a period as an ISO 8601 reduced date (`2024`, `2024-11`,
//! `2024-11-25`) or leaves it out, which this crate reads as it reads its own absent
//! `start` and `end`: an absent start is unknown, an absent end after a start is "not ended
//! as far as the record knows". So a period whose ends are a year, a month or a day, or
//! absent in that sense, is written exactly. Every other period is written as far as Popolo
//! can (the ends that are such dates) and, whole, in `+period` (`+when` on events):
//!
//! | the end is | Popolo gets |
//! |---|---|
//! | a year, a month, a day | `start_date` / `end_date` |
//! | unknown start; open end after a start | nothing (that is what absence means) |
//! | a decade or a century (`199X`) | nothing; the period in `+period` |
//! | limits (`{"not_after": "2019"}`) | nothing; the period in `+period` |
//! | an unknown end after a start (`"end": "unknown"`) | nothing; the period in `+period` |
//! | an open start (from the beginning) | nothing; the period in `+period` |
//!
//! ## Ids
//!
//! Objects keep the dataset's ids, except a record that has an identifier of scheme `popolo`
//! (which [`import`] gives a record whose Popolo id is not a valid id of this crate, such as
//! EveryPolitician's `party/mdc`): it is written under that id again. Posts are
//! `post/<organization>/<role>/<title slug>`, states `state/<code>`, countries
//! `country/<code>`, memberships `membership/<person>/post/<n>`,
//! `membership/<organization>/member/<n>` and `membership/<organization>/chair/<n>`.
//!
//! # Reading Popolo
//!
//! [`import`] reads `persons`, `organizations`, `posts` and `memberships` (at the top level,
//! or embedded as the specification allows: an organization's `posts` and `memberships`, a
//! person's `memberships`), including every `+` property above but `+decided_at`, and
//! reports each fact it cannot hold (see [`Import`]). Events are not read back into meetings: Popolo events
//! (elections, legislative terms) are not meetings, and an event's attendees are persons
//! without the party they represented; they are reported as dropped, and with them the
//! meetings that decided a post, a chair or a membership (`+decided_at`).

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value, json};

use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::id::{OfficialId, OrganizationId};
use crate::meeting::{Meeting, ParticipantRole, RelationKind};
use crate::names::{ExternalId, OtherName};
use crate::official::Official;
use crate::organization::Organization;
use crate::party::Party;
use crate::period::Period;
use crate::source::Source;

pub use super::popolo_import::{
    Dropped, Import, ImportError, ImportErrorKind, MAX_IMPORT_LEN, import,
};

use super::seats::{Seats, seats};
use super::{json, plain_dates, uri};

/// The identifier scheme under which [`import`] keeps a Popolo id that is not a valid id of
/// this crate, and under which [`export`] writes it back.
pub const POPOLO_SCHEME: &str = "popolo";

/// The identifier scheme of a state's ISO 3166-1 alpha-2 code, on the organizations that stand
/// for states.
pub const ISO_3166_SCHEME: &str = "iso-3166-1-alpha-2";

/// The Popolo document of a dataset: one JSON object with `persons`, `organizations`,
/// `memberships`, `posts`, `areas` and `events` (see [the module docs](self) for what goes
/// where). Linear in the size of the dataset.
///
/// ```
/// use multilateral::Dataset;
/// use multilateral::interop::popolo;
///
/// let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
/// let doc = popolo::export(&data);
/// let memberships = doc["memberships"].as_array().unwrap();
/// let sarybay = memberships.iter().find(|m| m["person_id"] == "kairat-sarybay").unwrap();
/// assert_eq!(sarybay["organization_id"], "cica-secretariat");
/// assert_eq!(sarybay["post_id"], "post/cica-secretariat/head/secretary-general");
/// assert_eq!(doc["posts"][0]["label"], "Secretary General");
/// # Ok::<(), multilateral::ParseError>(())
/// ```
pub fn export(data: &Dataset) -> Value {
    Exporter::new(data).run()
}

/// [`export`], pretty-printed.
pub fn to_string_pretty(data: &Dataset) -> String {
    serde_json::to_string_pretty(&export(data)).expect("JSON values serialize")
}

/// The Popolo id of every organization and person, and the ids handed out to states.
struct Exporter<'a> {
    data: &'a Dataset,
    seats: Seats<'a>,
    orgs: HashMap<&'a OrganizationId, String>,
    persons: HashMap<&'a OfficialId, String>,
    /// Popolo ids used among organizations (records' and states').
    used_orgs: HashSet<String>,
    /// States, in order of first use, with their organization's Popolo id.
    states: Vec<(CountryCode, String)>,
    state_ids: HashMap<CountryCode, usize>,
    /// Countries that need an area.
    countries: BTreeSet<CountryCode>,
}

/// The value of a record's identifier of scheme [`POPOLO_SCHEME`], if any.
fn popolo_identifier(identifiers: &[ExternalId]) -> Option<&str> {
    identifiers
        .iter()
        .find(|x| x.scheme.as_str() == POPOLO_SCHEME)
        .map(|x| x.value.as_str())
}

/// Popolo ids for records: the `popolo` identifier when it is free, else the record's id.
fn popolo_ids<'a, K: std::hash::Hash + Eq + AsRef<str>>(
    records: impl Iterator<Item = (&'a K, &'a [ExternalId])> + Clone,
) -> (HashMap<&'a K, String>, HashSet<String>) {
    let mut used: HashSet<String> = records.clone().map(|(id, _)| id.as_ref().into()).collect();
    let mut ids = HashMap::new();
    for (id, identifiers) in records {
        let chosen = match popolo_identifier(identifiers) {
            Some(v) if used.insert(v.to_owned()) => v.to_owned(),
            _ => id.as_ref().to_owned(),
        };
        ids.insert(id, chosen);
    }
    (ids, used)
}

impl<'a> Exporter<'a> {
    fn new(data: &'a Dataset) -> Self {
        let (orgs, used_orgs) =
            popolo_ids(data.organizations.iter().map(|o| (&o.id, &*o.identifiers)));
        let (persons, _) = popolo_ids(data.officials.iter().map(|o| (&o.id, &*o.identifiers)));
        Self {
            data,
            seats: seats(data),
            orgs,
            persons,
            used_orgs,
            states: Vec::new(),
            state_ids: HashMap::new(),
            countries: BTreeSet::new(),
        }
    }

    fn org(&self, id: &OrganizationId) -> String {
        self.orgs
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.as_str().to_owned())
    }

    fn person(&self, id: &OfficialId) -> String {
        self.persons
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.as_str().to_owned())
    }

    /// The Popolo id of the organization that stands for a state, handed out on first use.
    fn state(&mut self, code: CountryCode) -> String {
        if let Some(&i) = self.state_ids.get(&code) {
            return self
                .states
                .get(i)
                .map(|(_, id)| id.clone())
                .expect("indexes point into the list");
        }
        let base = format!("state/{code}");
        let mut id = base.clone();
        let mut n = 2;
        while !self.used_orgs.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.state_ids.insert(code, self.states.len());
        self.states.push((code, id.clone()));
        self.countries.insert(code);
        id
    }

    fn party(&mut self, party: &Party) -> String {
        match party {
            Party::Organization(id) => self.org(id),
            Party::State(code) => self.state(*code),
        }
    }

    fn run(mut self) -> Value {
        let data = self.data;
        let mut memberships = Vec::new();
        let mut organizations: Vec<Value> = data
            .organizations
            .iter()
            .map(|o| self.organization(o, &mut memberships))
            .collect();
        let persons: Vec<Value> = data
            .officials
            .iter()
            .enumerate()
            .map(|(i, o)| self.official(i, o, &mut memberships))
            .collect();
        let posts: Vec<Value> = self
            .seats
            .seats
            .iter()
            .map(|seat| {
                let mut post = Map::new();
                post.insert("id".into(), json!(format!("post/{}", seat.key)));
                if let Some(title) = seat.title {
                    post.insert("label".into(), json!(title));
                }
                post.insert("role".into(), json!(seat.role));
                post.insert("organization_id".into(), json!(self.org(seat.organization)));
                Value::Object(post)
            })
            .collect();
        let events: Vec<Value> = data.meetings.iter().map(|m| self.event(m)).collect();
        for (code, id) in &self.states {
            organizations.push(json!({
                "id": id,
                "name": code.name(),
                "classification": "state",
                "identifiers": [{"scheme": ISO_3166_SCHEME, "identifier": code.as_str()}],
                "area_id": format!("country/{code}"),
            }));
        }
        let areas: Vec<Value> = self
            .countries
            .iter()
            .map(|code| {
                json!({
                    "id": format!("country/{code}"),
                    "name": code.name(),
                    "identifier": code.as_str(),
                    "classification": "country",
                })
            })
            .collect();
        json!({
            "persons": persons,
            "organizations": organizations,
            "memberships": memberships,
            "posts": posts,
            "areas": areas,
            "events": events,
        })
    }

    fn organization(&mut self, org: &'a Organization, memberships: &mut Vec<Value>) -> Value {
        let mut out = Map::new();
        let id = self.org(&org.id);
        out.insert("id".into(), json!(id));
        out.insert("name".into(), json!(org.name));
        let mut names = Vec::new();
        if let Some(acronym) = &org.acronym {
            names.push(json!({"name": acronym, "note": "acronym"}));
        }
        names.extend(org.other_names.iter().map(other_name));
        if !names.is_empty() {
            out.insert("other_names".into(), Value::Array(names));
        }
        identifiers(&org.identifiers, Some(id.as_str()), &mut out);
        if !org.aliases.is_empty() {
            out.insert("+aliases".into(), json!(org.aliases));
        }
        out.insert("classification".into(), json!(org.kind));
        if let Some(parent) = &org.parent {
            out.insert("parent_id".into(), json!(self.org(parent)));
        }
        if let Some(country) = org.country {
            self.countries.insert(country);
            out.insert("area_id".into(), json!(format!("country/{country}")));
        }
        if let Some(description) = &org.description {
            out.insert("description".into(), json!(description));
        }
        for (date, native, ext) in [
            (org.founded, "founding_date", "+founded"),
            (org.dissolved, "dissolution_date", "+dissolved"),
        ] {
            if let Some(date) = date {
                match super::iso_date(date.into()) {
                    Some(d) => out.insert(native.into(), json!(d)),
                    None => out.insert(ext.into(), json!(date)),
                };
            }
        }
        if let Some(hq) = &org.headquarters {
            out.insert("+headquarters".into(), json(hq));
        }
        sources(&org.sources, &mut out);

        for (n, m) in org.members.iter().enumerate() {
            let member = self.party(&m.party);
            let mut ms = Map::new();
            ms.insert(
                "id".into(),
                json!(format!("membership/{id}/member/{}", n + 1)),
            );
            ms.insert(
                "member".into(),
                json!({"@type": "Organization", "id": member}),
            );
            ms.insert("organization_id".into(), json!(id));
            ms.insert("role".into(), json!(m.status));
            period(&m.period, "+period", &mut ms);
            if m.founding {
                ms.insert("+founding".into(), json!(true));
            }
            holding_extras(&m.attested, None, m.decided_at.as_ref(), &mut ms);
            sources(&m.sources, &mut ms);
            memberships.push(Value::Object(ms));
        }
        for (n, c) in org.chairs.iter().enumerate() {
            let member = self.state(c.country);
            let mut ms = Map::new();
            ms.insert(
                "id".into(),
                json!(format!("membership/{id}/chair/{}", n + 1)),
            );
            ms.insert(
                "member".into(),
                json!({"@type": "Organization", "id": member}),
            );
            ms.insert("organization_id".into(), json!(id));
            ms.insert("role".into(), json!("chair"));
            period(&c.period, "+period", &mut ms);
            if let Some(official) = &c.official {
                ms.insert("+official".into(), json!(official));
            }
            if let Some(theme) = &c.theme {
                ms.insert("+theme".into(), json!(theme));
            }
            holding_extras(&c.attested, c.term, c.decided_at.as_ref(), &mut ms);
            sources(&c.sources, &mut ms);
            memberships.push(Value::Object(ms));
        }
        Value::Object(out)
    }

    fn official(&self, index: usize, official: &Official, memberships: &mut Vec<Value>) -> Value {
        let mut out = Map::new();
        let id = self.person(&official.id);
        out.insert("id".into(), json!(id));
        out.insert("name".into(), json!(official.name));
        if !official.other_names.is_empty() {
            let names: Vec<Value> = official.other_names.iter().map(other_name).collect();
            out.insert("other_names".into(), Value::Array(names));
        }
        identifiers(&official.identifiers, Some(id.as_str()), &mut out);
        if !official.aliases.is_empty() {
            out.insert("+aliases".into(), json!(official.aliases));
        }
        for (field, value) in [
            ("given_name", &official.given_name),
            ("family_name", &official.family_name),
            ("honorific_prefix", &official.honorific),
        ] {
            if let Some(v) = value {
                out.insert(field.into(), json!(v));
            }
        }
        if let Some(country) = official.nationality {
            out.insert("national_identity".into(), json!(country.name()));
        }
        sources(&official.sources, &mut out);

        let seats = self.seats.of_post.get(index).map_or(&[][..], Vec::as_slice);
        for (n, (post, &seat)) in official.posts.iter().zip(seats).enumerate() {
            let Some(seat) = self.seats.seats.get(seat) else {
                continue;
            };
            let mut ms = Map::new();
            ms.insert(
                "id".into(),
                json!(format!("membership/{id}/post/{}", n + 1)),
            );
            ms.insert("person_id".into(), json!(id));
            ms.insert(
                "organization_id".into(),
                json!(self.org(&post.organization)),
            );
            ms.insert("post_id".into(), json!(format!("post/{}", seat.key)));
            ms.insert("role".into(), json!(post.role));
            if let Some(title) = &post.title {
                ms.insert("label".into(), json!(title));
            }
            period(&post.period, "+period", &mut ms);
            if post.acting {
                ms.insert("+acting".into(), json!(true));
            }
            holding_extras(&post.attested, post.term, post.decided_at.as_ref(), &mut ms);
            sources(&post.sources, &mut ms);
            memberships.push(Value::Object(ms));
        }
        Value::Object(out)
    }

    fn event(&mut self, meeting: &Meeting) -> Value {
        let mut out = Map::new();
        out.insert("id".into(), json!(meeting.id));
        out.insert("name".into(), json!(meeting.title));
        if let Some(summary) = &meeting.summary {
            out.insert("description".into(), json!(summary));
        }
        out.insert("classification".into(), json!(meeting.kind));
        out.insert("status".into(), json!(meeting.status));
        period(&meeting.when, "+when", &mut out);
        if let Some(location) = &meeting.location {
            let mut parts: Vec<&str> = Vec::new();
            parts.extend(location.venue.as_deref());
            parts.extend(location.city.as_deref());
            parts.extend(location.country.as_ref().map(CountryCode::name));
            if location.online {
                parts.push("online");
            }
            out.insert("location".into(), json!(parts.join(", ")));
            out.insert("+location".into(), json(location));
        }
        let organizer = meeting
            .participants
            .iter()
            .find(|p| p.role == ParticipantRole::Organizer)
            .map(|p| p.party.clone());
        if let Some(party) = organizer {
            let id = self.party(&party);
            out.insert("organization_id".into(), json!(id));
        }
        let mut seen = HashSet::new();
        let attendees: Vec<Value> = meeting
            .participants
            .iter()
            .filter_map(|p| p.official.as_ref())
            .filter(|o| seen.insert(*o))
            .map(|o| json!({"id": self.person(o)}))
            .collect();
        if !attendees.is_empty() {
            out.insert("attendees".into(), Value::Array(attendees));
        }
        if let Some(parent) = meeting
            .relations
            .iter()
            .find(|r| matches!(r.kind, RelationKind::SidelinesOf | RelationKind::PartOf))
        {
            out.insert("parent_id".into(), json!(parent.meeting));
        }
        // Everything else, as this crate writes it.
        if let Value::Object(all) = json(meeting) {
            for (key, value) in all {
                let native = matches!(
                    key.as_str(),
                    "id" | "title"
                        | "summary"
                        | "kind"
                        | "status"
                        | "when"
                        | "location"
                        | "sources"
                );
                if !native {
                    out.insert(format!("+{key}"), value);
                }
            }
        }
        sources(&meeting.sources, &mut out);
        Value::Object(out)
    }
}

/// An other name: its name, and its language as `+lang`.
fn other_name(name: &OtherName) -> Value {
    match &name.lang {
        Some(lang) => json!({"name": name.name, "+lang": lang}),
        None => json!({"name": name.name}),
    }
}

/// Identifiers as Popolo writes them, leaving out the `popolo` one that became the id.
fn identifiers(ids: &[ExternalId], popolo_id: Option<&str>, out: &mut Map<String, Value>) {
    let list: Vec<Value> = ids
        .iter()
        .filter(|x| !(x.scheme.as_str() == POPOLO_SCHEME && Some(x.value.as_str()) == popolo_id))
        .map(|x| json!({"identifier": x.value, "scheme": x.scheme}))
        .collect();
    if !list.is_empty() {
        out.insert("identifiers".into(), Value::Array(list));
    }
}

/// A period's `start_date` and `end_date`, and the whole period under `ext` when those do
/// not say it exactly (see the module docs).
fn period(period: &Period, ext: &str, out: &mut Map<String, Value>) {
    let dates = plain_dates(period);
    if let Some(start) = dates.start {
        out.insert("start_date".into(), json!(start));
    }
    if let Some(end) = dates.end {
        out.insert("end_date".into(), json!(end));
    }
    if !dates.exact {
        out.insert(ext.into(), json(period));
    }
}

/// What a holding has beyond its period: attested days, term, deciding meeting.
fn holding_extras(
    attested: &[crate::date::PartialDate],
    term: Option<crate::term::Term>,
    decided_at: Option<&crate::id::MeetingId>,
    out: &mut Map<String, Value>,
) {
    if !attested.is_empty() {
        out.insert("+attested".into(), json!(attested));
    }
    if let Some(term) = term {
        out.insert("+term".into(), json!(term));
    }
    if let Some(meeting) = decided_at {
        out.insert("+decided_at".into(), json!(meeting));
    }
}

/// Sources with a url as Popolo links (`url`, `note`: the title, and `+publisher`,
/// `+published`, `+language`); when some have no url, the whole list (in order) also under
/// `+sources`.
fn sources(sources: &[Source], out: &mut Map<String, Value>) {
    let mut links = Vec::new();
    let mut others = Vec::new();
    for source in sources {
        let Some(url) = &source.url else {
            others.push(source);
            continue;
        };
        let mut link = Map::new();
        link.insert("url".into(), json!(uri(url.as_str())));
        if let Some(title) = &source.title {
            link.insert("note".into(), json!(title));
        }
        if let Some(publisher) = &source.publisher {
            link.insert("+publisher".into(), json!(publisher));
        }
        if let Some(published) = source.published {
            link.insert("+published".into(), json!(published));
        }
        if let Some(language) = &source.language {
            link.insert("+language".into(), json!(language));
        }
        if url.as_str() != uri(url.as_str()) {
            link.insert("+url".into(), json!(url));
        }
        links.push(Value::Object(link));
    }
    if !links.is_empty() {
        out.insert("sources".into(), Value::Array(links));
    }
    if !others.is_empty() {
        // The whole list, in its order: Popolo links cannot say the sources without a url.
        let all = sources.iter().map(json).collect();
        out.insert("+sources".into(), Value::Array(all));
    }
}
