//! FollowTheMoney entities, as JSON lines.
//!
//! [`export`] writes each record as one or more FollowTheMoney (FtM) entities, `{"id",
//! "schema", "properties"}`, each valid against FtM's model (followthemoney 4), with every
//! value in the canonical form FtM stores (country codes in lower case, names with white
//! space squashed, URLs as FtM cleans them…), so that readers that trust stored values
//! (Aleph, yente, `ftm` with `cleaned=True`) read what was meant. [`to_json_lines`] writes
//! them one per line.
//!
//! # Ids
//!
//! FtM ids must match `^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$` (at most 200 characters):
//! no `_`. Each entity's id is a prefix naming its kind and the record's id with `.` written
//! `.2e` and `_` written `.5f` (`org-cica`, `org-un.5fwater`, `person-kairat-sarybay`), so
//! ids are derived deterministically and two records never share one. An id that would pass
//! 200 characters is the prefix and `..` with a 128-bit FNV-1a hash of the record's key.
//!
//! | prefix | entity | from |
//! |---|---|---|
//! | `org-` | `Organization`, or `PublicBody` for kind `government` | an organization |
//! | `state-` | `PublicBody` (the state, named by its ISO 3166-1 short name) | a state that is a member, chair, coordinator or participant |
//! | `person-` | `Person` | an official |
//! | `post-` | `Position` | an organization, role and title that someone holds |
//! | `occupancy-` | `Occupancy` (`holder`, `post`) | one post held |
//! | `membership-` | `Membership` (`member`, `organization`) | an organization's member |
//! | `chair-` | `Directorship` (`director`, `organization`, role `chair`) | a chairmanship, and its official |
//! | `event-` | `Event` | a meeting |
//! | `outcome-` | `Note` (`entity`: the event, and the official and MoU it concerns) | an outcome |
//! | `mou-` | `Contract` | an MoU |
//! | `dimension-` | `Project` | a dimension |
//! | `part-` | `ProjectParticipant` | a dimension's organization and coordinators |
//! | `link-` | `UnknownLink` (`subject`, `object`, `role`) | a relation FtM has no property for |
//!
//! # Where each field goes
//!
//! | multilateral | FtM | what FtM cannot hold |
//! |---|---|---|
//! | organization `name`, `acronym`, `other_names` | `name`, `abbreviation`, `alias` | the language of other names |
//! | `description`, `kind` | `description`, `classification` (the kind's word); `topics` `gov.igo` for kinds intergovernmental, un-entity, supranational and financial-institution, `gov.national` for government | |
//! | `country` | `country` (and `jurisdiction` for a government body) | |
//! | `headquarters` | `address` ("city, country"); its country is the `country` when there is no `country` | that the address is the headquarters |
//! | `parent` | `parent` | |
//! | `founded`, `dissolved` | `incorporationDate`, `dissolutionDate` | decades and centuries (left out) |
//! | `identifiers` | `wikidataId` for scheme `wikidata`; `idNumber` for the others | the scheme of the others |
//! | `sources` (every record) | `sourceUrl`, `publisher` | titles, dates and languages of sources |
//! | `members[]` | `Membership`: `role` (the status word), `startDate`, `endDate`, `description` "founding member" | attested days, the deciding meeting |
//! | `chairs[]` | `Directorship` of the state, role `chair`; with its `official`, a second one of the person, role `chair for <state>`; `summary` the theme | term, attested days, the deciding meeting |
//! | official `name`, `given_name`, `family_name`, `other_names`, `honorific`, `nationality` | `name`, `firstName`, `lastName`, `alias`, `title`, `nationality` | |
//! | `posts[]` | `Position` (`name` "title, organization", `organization`, `keywords` the role's word) and `Occupancy` (`startDate`, `endDate`, `status` `ended` when the end is dated or known to have come, `description` "acting") | term, attested days, the deciding meeting; FtM's `current` status, which needs a today |
//! | meeting `title`, `summary`, `when` | `name`, `summary`, `startDate`, `endDate` | |
//! | `kind`, `status`, `topics`, `theme` | `keywords` | their being a kind, a status, a theme |
//! | `location` | `location` ("venue, city, country", "online"), `country` | its parts |
//! | `participants[]` | `organizer` (role organizer), `involved` (every party and official) | the other roles, who represented whom |
//! | `session_of` | `involved` | that the meeting is a session of it |
//! | `relations[]`, `dimensions`, `mous` | `UnknownLink` with `role` the relation's word, `dimension` or `mou` | |
//! | `outcomes[]` | `Note`: `name` the kind, `description` the text, `keywords` the method, `entity` the event, official and MoU | |
//! | `days`, `recurrence` | — | lost |
//! | MoU `title`, `status`, `signed`, `parties` | `Contract`: `title`, `name`, `status`, `contractDate`, `authority`; `classification` "memorandum of understanding" | that the parties are parties (FtM's `authority` is the contracting authority) |
//! | `effective`, `expires` | `notes` ("effective 2011-09", "expires 2015-09") | their being dates |
//! | `areas`, `dimensions`, `signatories`, `signed_at` | `keywords`; `UnknownLink` role `dimension`, `signatory`, `signed-at` | |
//! | dimension `name`, `description` | `Project`: `name`, `description` | |
//! | `organization`, `coordinators[]` | `ProjectParticipant`: role `organization`, `coordinator` or `co-coordinator`, with dates | |
//! | `parent` | `UnknownLink` role `priority-area-of` | |
//!
//! Dates are FtM prefix dates: a year, a month or a day. A decade, a century, limits, an
//! unknown or open end are left out (FtM has no way to say them); a period's other end is
//! still written. Values longer than FtM holds are cut (names at 384 characters, addresses at
//! 250, strings at 1 024, texts at 65 000); identifiers over 64 characters and URLs FtM would
//! refuse (a host of one letter or all digits) are left out.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Value, json};

use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::date::PartialDate;
use crate::meeting::{Meeting, ParticipantRole};
use crate::mou::Mou;
use crate::names::ExternalId;
use crate::organization::{Organization, OrganizationKind};
use crate::party::Party;
use crate::period::Period;
use crate::source::Source;
use crate::text::Text;
use crate::{Dimension, Official};

use super::ftm_clean as clean;
use super::plain_dates;
use super::seats::seats;

/// The entities of a dataset, in order: organizations, states, persons, positions,
/// occupancies, memberships, directorships, dimensions, MoUs, events and what hangs on them.
/// Linear in the size of the dataset.
///
/// ```
/// use multilateral::Dataset;
/// use multilateral::interop::ftm;
///
/// let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
/// let entities = ftm::export(&data);
/// let iom = entities.iter().find(|e| e["id"] == "org-iom").unwrap();
/// assert_eq!(iom["schema"], "Organization");
/// assert_eq!(iom["properties"]["country"][0], "ch");
/// # Ok::<(), multilateral::ParseError>(())
/// ```
pub fn export(data: &Dataset) -> Vec<Value> {
    let mut out = Out::default();
    out.run(data);
    out.entities.into_iter().map(Entity::into_json).collect()
}

/// [`export`] as JSON lines: one entity per line, each line ending with a newline.
pub fn to_json_lines(data: &Dataset) -> String {
    let mut text = String::new();
    for entity in export(data) {
        text.push_str(&entity.to_string());
        text.push('\n');
    }
    text
}

/// A record's key written with FtM's id characters: letters, digits and `-` as they are,
/// every other byte as `.` and two hex digits.
fn escape(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for b in key.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!(".{b:02x}"));
        }
    }
    out
}

/// The id of an entity of a kind, from a key unique within the kind.
pub(crate) fn entity_id(prefix: &str, key: &str) -> String {
    let id = format!("{prefix}-{}", escape(key));
    if id.len() <= 200 {
        return id;
    }
    // 128-bit FNV-1a.
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for b in key.bytes() {
        hash ^= u128::from(b);
        hash = hash.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
    }
    format!("{prefix}-..{hash:032x}")
}

/// One entity being built: property values in order, each once.
struct Entity {
    id: String,
    schema: &'static str,
    props: BTreeMap<&'static str, Vec<String>>,
    /// The values given so far, to write each once in constant time.
    seen: HashSet<(&'static str, String)>,
}

impl Entity {
    fn new(schema: &'static str, id: String) -> Self {
        Self {
            id,
            schema,
            props: BTreeMap::new(),
            seen: HashSet::new(),
        }
    }

    fn put(&mut self, prop: &'static str, value: Option<String>) -> &mut Self {
        if let Some(v) = value {
            if self.seen.insert((prop, v.clone())) {
                self.props.entry(prop).or_default().push(v);
            }
        }
        self
    }

    fn name(&mut self, prop: &'static str, text: &str) -> &mut Self {
        self.put(prop, clean::name(text))
    }

    fn string(&mut self, prop: &'static str, text: &str) -> &mut Self {
        self.put(prop, clean::string(text))
    }

    fn text(&mut self, prop: &'static str, text: &str) -> &mut Self {
        self.put(prop, clean::text(text))
    }

    fn date(&mut self, prop: &'static str, date: Option<PartialDate>) -> &mut Self {
        self.put(
            prop,
            date.and_then(|d| super::iso_date(d.into()))
                .map(|d| d.to_string()),
        )
    }

    fn country(&mut self, prop: &'static str, code: Option<CountryCode>) -> &mut Self {
        self.put(prop, code.map(|c| c.as_str().to_ascii_lowercase()))
    }

    fn link(&mut self, prop: &'static str, id: String) -> &mut Self {
        self.put(prop, Some(id))
    }

    fn period(&mut self, period: &Period) -> &mut Self {
        let dates = plain_dates(period);
        self.date("startDate", dates.start);
        self.date("endDate", dates.end)
    }

    fn identifiers(&mut self, ids: &[ExternalId]) -> &mut Self {
        for x in ids {
            if x.scheme.eq_ignore_ascii_case("wikidata") {
                if let Some(q) = clean::qid(&x.value) {
                    self.put("wikidataId", Some(q));
                    continue;
                }
            }
            self.put("idNumber", clean::identifier(&x.value));
        }
        self
    }

    fn sources(&mut self, sources: &[Source]) -> &mut Self {
        for s in sources {
            self.put(
                "sourceUrl",
                s.url.as_ref().and_then(|u| clean::url(u.as_str())),
            );
            if let Some(p) = &s.publisher {
                self.string("publisher", p);
            }
        }
        self
    }

    /// Makes sure a required name is there: the record's id when its name cleans to nothing.
    fn named(&mut self, prop: &'static str, text: &Text, fallback: &str) -> &mut Self {
        self.name(prop, text);
        if !self.props.contains_key(prop) {
            self.put(prop, Some(fallback.to_owned()));
        }
        self
    }

    fn into_json(self) -> Value {
        json!({"id": self.id, "schema": self.schema, "properties": self.props})
    }
}

#[derive(Default)]
struct Out {
    entities: Vec<Entity>,
    /// States written so far.
    states: HashSet<CountryCode>,
    /// Organization names, for positions.
    org_names: HashMap<String, String>,
}

fn org(id: &str) -> String {
    entity_id("org", id)
}

fn person(id: &str) -> String {
    entity_id("person", id)
}

fn event(id: &str) -> String {
    entity_id("event", id)
}

fn mou(id: &str) -> String {
    entity_id("mou", id)
}

fn dimension(id: &str) -> String {
    entity_id("dimension", id)
}

impl Out {
    fn push(&mut self, entity: Entity) {
        self.entities.push(entity);
    }

    /// The entity of a state, written on first use.
    fn state(&mut self, code: CountryCode) -> String {
        let id = entity_id("state", code.as_str());
        if self.states.insert(code) {
            let mut e = Entity::new("PublicBody", id.clone());
            e.name("name", code.name())
                .country("country", Some(code))
                .country("jurisdiction", Some(code))
                .string("classification", "state")
                .put("topics", Some("gov.national".into()));
            self.push(e);
        }
        id
    }

    fn party(&mut self, party: &Party) -> String {
        match party {
            Party::Organization(id) => org(id.as_str()),
            Party::State(code) => self.state(*code),
        }
    }

    /// A relation FtM has no property for.
    fn unknown_link(&mut self, key: &str, subject: String, object: String, role: &str) {
        let mut e = Entity::new("UnknownLink", entity_id("link", key));
        e.link("subject", subject)
            .link("object", object)
            .string("role", role);
        self.push(e);
    }

    fn run(&mut self, data: &Dataset) {
        for o in &data.organizations {
            self.org_names.insert(o.id.to_string(), o.name.to_string());
        }
        for o in &data.organizations {
            self.organization(o);
        }
        for o in &data.officials {
            self.official(o);
        }
        let seats = seats(data);
        for seat in &seats.seats {
            let mut e = Entity::new("Position", entity_id("post", &seat.key));
            let org_name = self
                .org_names
                .get(seat.organization.as_str())
                .cloned()
                .unwrap_or_else(|| seat.organization.to_string());
            let title = seat.title.map_or(seat.role.as_str(), |t| t.as_str());
            e.name("name", &format!("{title}, {org_name}"))
                .link("organization", org(seat.organization.as_str()))
                .string("keywords", seat.role.as_str());
            self.push(e);
        }
        for (official, at) in data.officials.iter().zip(&seats.of_post) {
            for (n, (post, &seat)) in official.posts.iter().zip(at).enumerate() {
                let Some(seat) = seats.seats.get(seat) else {
                    continue;
                };
                let key = format!("{}-{}", official.id, n + 1);
                let mut e = Entity::new("Occupancy", entity_id("occupancy", &key));
                e.link("holder", person(official.id.as_str()))
                    .link("post", entity_id("post", &seat.key))
                    .period(&post.period);
                let end = post.period.end();
                if end.is_dated() || (end.is_unknown() && !post.period.start().is_unknown()) {
                    e.string("status", "ended");
                }
                if post.acting {
                    e.text("description", "acting");
                }
                e.sources(&post.sources);
                self.push(e);
            }
        }
        for o in &data.organizations {
            self.holdings(o);
        }
        for d in &data.dimensions {
            self.dimension(d);
        }
        for m in &data.mous {
            self.mou(m);
        }
        for m in &data.meetings {
            self.meeting(m);
        }
    }

    fn organization(&mut self, o: &Organization) {
        let schema = if o.kind == OrganizationKind::Government {
            "PublicBody"
        } else {
            "Organization"
        };
        let mut e = Entity::new(schema, org(o.id.as_str()));
        e.named("name", &o.name, o.id.as_str());
        if let Some(a) = &o.acronym {
            e.name("abbreviation", a);
        }
        for n in &o.other_names {
            e.name("alias", &n.name);
        }
        if let Some(d) = &o.description {
            e.text("description", d);
        }
        e.string("classification", o.kind.as_str());
        let topic = match o.kind {
            OrganizationKind::Intergovernmental
            | OrganizationKind::UnEntity
            | OrganizationKind::Supranational
            | OrganizationKind::FinancialInstitution => Some("gov.igo"),
            OrganizationKind::Government => Some("gov.national"),
            _ => None,
        };
        e.put("topics", topic.map(str::to_owned));
        let hq_country = o.headquarters.as_ref().map(|h| h.country);
        e.country("country", o.country.or(hq_country));
        if o.kind == OrganizationKind::Government {
            e.country("jurisdiction", o.country);
        }
        if let Some(hq) = &o.headquarters {
            let place = match &hq.city {
                Some(city) => format!("{city}, {}", hq.country.name()),
                None => hq.country.name().to_owned(),
            };
            e.put("address", clean::address(&place));
        }
        if let Some(parent) = &o.parent {
            e.link("parent", org(parent.as_str()));
        }
        e.date("incorporationDate", o.founded)
            .date("dissolutionDate", o.dissolved)
            .identifiers(&o.identifiers)
            .sources(&o.sources);
        self.push(e);
    }

    fn holdings(&mut self, o: &Organization) {
        for (n, m) in o.members.iter().enumerate() {
            let member = self.party(&m.party);
            let key = format!("{}-{}", o.id, n + 1);
            let mut e = Entity::new("Membership", entity_id("membership", &key));
            e.link("member", member)
                .link("organization", org(o.id.as_str()))
                .string("role", m.status.as_str())
                .period(&m.period);
            if m.founding {
                e.text("description", "founding member");
            }
            e.sources(&m.sources);
            self.push(e);
        }
        for (n, c) in o.chairs.iter().enumerate() {
            let state = self.state(c.country);
            let key = format!("{}-{}", o.id, n + 1);
            let mut e = Entity::new("Directorship", entity_id("chair", &key));
            e.link("director", state)
                .link("organization", org(o.id.as_str()))
                .string("role", "chair")
                .period(&c.period);
            if let Some(theme) = &c.theme {
                e.text("summary", theme);
            }
            e.sources(&c.sources);
            self.push(e);
            if let Some(official) = &c.official {
                let key = format!("{}-{}-official", o.id, n + 1);
                let mut e = Entity::new("Directorship", entity_id("chair", &key));
                e.link("director", person(official.as_str()))
                    .link("organization", org(o.id.as_str()))
                    .string("role", &format!("chair for {}", c.country.name()))
                    .period(&c.period);
                e.sources(&c.sources);
                self.push(e);
            }
        }
    }

    fn official(&mut self, o: &Official) {
        let mut e = Entity::new("Person", person(o.id.as_str()));
        e.named("name", &o.name, o.id.as_str());
        if let Some(g) = &o.given_name {
            e.string("firstName", g);
        }
        if let Some(f) = &o.family_name {
            e.string("lastName", f);
        }
        for n in &o.other_names {
            e.name("alias", &n.name);
        }
        if let Some(h) = &o.honorific {
            e.string("title", h);
        }
        e.country("nationality", o.nationality);
        for p in &o.posts {
            if let Some(t) = &p.title {
                e.string("position", t);
            }
        }
        e.identifiers(&o.identifiers).sources(&o.sources);
        self.push(e);
    }

    fn dimension(&mut self, d: &Dimension) {
        let id = dimension(d.id.as_str());
        let mut e = Entity::new("Project", id.clone());
        e.named("name", &d.name, d.id.as_str());
        if let Some(desc) = &d.description {
            e.text("description", desc);
        }
        e.sources(&d.sources);
        self.push(e);
        let mut p = Entity::new(
            "ProjectParticipant",
            entity_id("part", &format!("{}-org", d.id)),
        );
        p.link("project", id.clone())
            .link("participant", org(d.organization.as_str()))
            .string("role", "organization");
        self.push(p);
        for (n, c) in d.coordinators.iter().enumerate() {
            let state = self.state(c.country);
            let key = format!("{}-{}", d.id, n + 1);
            let mut p = Entity::new("ProjectParticipant", entity_id("part", &key));
            p.link("project", id.clone())
                .link("participant", state)
                .string("role", c.role.as_str())
                .period(&c.period);
            self.push(p);
        }
        if let Some(parent) = &d.parent {
            self.unknown_link(
                &format!("dimension-{}-parent", d.id),
                id,
                dimension(parent.as_str()),
                "priority-area-of",
            );
        }
    }

    fn mou(&mut self, m: &Mou) {
        let id = mou(m.id.as_str());
        let mut e = Entity::new("Contract", id.clone());
        e.string("title", &m.title)
            .named("name", &m.title, m.id.as_str())
            .string("status", m.status.as_str())
            .string("classification", "memorandum of understanding")
            .date("contractDate", m.signed);
        for p in &m.parties {
            e.link("authority", org(p.as_str()));
        }
        for (word, date) in [("effective", m.effective), ("expires", m.expires)] {
            if let Some(d) = date {
                e.text("notes", &format!("{word} {d}"));
            }
        }
        for a in &m.areas {
            e.string("keywords", a);
        }
        e.sources(&m.sources);
        self.push(e);
        for (n, s) in m.signatories.iter().enumerate() {
            let key = format!("mou-{}-signatory-{}", m.id, n + 1);
            self.unknown_link(&key, person(s.as_str()), id.clone(), "signatory");
        }
        if let Some(at) = &m.signed_at {
            let key = format!("mou-{}-signed-at", m.id);
            self.unknown_link(&key, event(at.as_str()), id.clone(), "signed-at");
        }
        for (n, d) in m.dimensions.iter().enumerate() {
            let key = format!("mou-{}-dimension-{}", m.id, n + 1);
            self.unknown_link(&key, id.clone(), dimension(d.as_str()), "dimension");
        }
    }

    fn meeting(&mut self, m: &Meeting) {
        let id = event(m.id.as_str());
        let mut e = Entity::new("Event", id.clone());
        e.named("name", &m.title, m.id.as_str()).period(&m.when);
        if let Some(s) = &m.summary {
            e.text("summary", s);
        }
        e.string("keywords", m.kind.as_str())
            .string("keywords", m.status.as_str());
        if let Some(theme) = &m.theme {
            e.string("keywords", theme);
        }
        for t in &m.topics {
            e.string("keywords", t);
        }
        if let Some(l) = &m.location {
            let mut parts: Vec<&str> = Vec::new();
            parts.extend(l.venue.as_deref());
            parts.extend(l.city.as_deref());
            parts.extend(l.country.as_ref().map(CountryCode::name));
            if l.online {
                parts.push("online");
            }
            e.put("location", clean::address(&parts.join(", ")));
            e.country("country", l.country);
        }
        let mut organizers = Vec::new();
        let mut involved = Vec::new();
        for p in &m.participants {
            let party = self.party(&p.party);
            if p.role == ParticipantRole::Organizer {
                organizers.push(party.clone());
            }
            involved.push(party);
            if let Some(o) = &p.official {
                involved.push(person(o.as_str()));
            }
        }
        if let Some(body) = &m.session_of {
            involved.push(org(body.as_str()));
        }
        for o in organizers {
            e.link("organizer", o);
        }
        for i in involved {
            e.link("involved", i);
        }
        e.sources(&m.sources);
        self.push(e);
        for (n, r) in m.relations.iter().enumerate() {
            let key = format!("meeting-{}-relation-{}", m.id, n + 1);
            self.unknown_link(&key, id.clone(), event(r.meeting.as_str()), r.kind.as_str());
        }
        for (n, d) in m.dimensions.iter().enumerate() {
            let key = format!("meeting-{}-dimension-{}", m.id, n + 1);
            self.unknown_link(&key, id.clone(), dimension(d.as_str()), "dimension");
        }
        for (n, x) in m.mous.iter().enumerate() {
            let key = format!("meeting-{}-mou-{}", m.id, n + 1);
            self.unknown_link(&key, id.clone(), mou(x.as_str()), "mou");
        }
        for (n, o) in m.outcomes.iter().enumerate() {
            let key = format!("{}-{}", m.id, n + 1);
            let mut note = Entity::new("Note", entity_id("outcome", &key));
            note.name("name", o.kind.as_str())
                .text("description", &o.text)
                .link("entity", id.clone());
            if let Some(official) = &o.official {
                note.link("entity", person(official.as_str()));
            }
            if let Some(x) = &o.mou {
                note.link("entity", mou(x.as_str()));
            }
            if let Some(method) = o.method {
                note.string("keywords", method.as_str());
            }
            self.push(note);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_escaped_and_bounded() {
        assert_eq!(entity_id("org", "cica"), "org-cica");
        assert_eq!(entity_id("org", "un_water"), "org-un.5fwater");
        assert_eq!(entity_id("org", "a.b"), "org-a.2eb");
        let long = format!("a{}b", "_".repeat(126));
        let id = entity_id("org", &long);
        assert!(id.len() <= 200 && id.starts_with("org-.."), "{id}");
        assert_ne!(id, entity_id("org", &format!("a{}c", "_".repeat(126))));
    }
}
