//! schema.org JSON-LD: organizations, people, events, agreements and dimensions as linked
//! data.
//!
//! [`export`] writes one JSON-LD document, `{"@context": "https://schema.org", "@graph":
//! [...]}`, with a node per record whose `@id` is an absolute IRI under a [`Base`] the caller
//! chooses (`<base>organizations/cica`, `<base>officials/kairat-sarybay`,
//! `<base>meetings/…`, `<base>mous/…`, `<base>dimensions/…`, `<base>states/KZ`). Every type and
//! property is a schema.org term used within its domain and range (release 30.0), with dated
//! links written through schema.org's `Role` pattern (`OrganizationRole` with `startDate`
//! and `endDate`).
//!
//! # Where each field goes
//!
//! | multilateral | schema.org | what schema.org cannot hold |
//! |---|---|---|
//! | [`Organization`] | `Organization`; `GovernmentOrganization` for kind government, `NGO`, `EducationalOrganization` (academic), `ResearchOrganization` (think tank) | |
//! | `name`, `description`, `acronym`, `other_names` | `name`, `description`, `alternateName` (other names with `@language`) | |
//! | `kind` | the `@type` above, and `keywords` the kind's word | |
//! | `parent` | `parentOrganization`, and `subOrganization` on the parent | |
//! | `country`, `headquarters` | `address` (`PostalAddress` with `addressCountry`), `location` (`Place` with the city and country) | |
//! | `founded`, `dissolved` | `foundingDate`, `dissolutionDate` | decades and centuries (left out) |
//! | `members[]` | `member`: an `OrganizationRole` with `member`, `roleName` (the status word), `startDate`, `endDate` | founding members, attested days, the deciding meeting |
//! | `chairs[]` | `member`: an `OrganizationRole` of the state with `roleName` `chair`; its official another, `roleName` `chair for <state>` | theme, term, attested days, the deciding meeting |
//! | `identifiers` | `sameAs` `https://www.wikidata.org/entity/Q…` for Wikidata; `identifier` as `PropertyValue` (`propertyID` the scheme, `value`) for every one | |
//! | `sources` (every record) | `subjectOf`: `CreativeWork` with `name`, `url`, `publisher`, `datePublished`, `inLanguage` | |
//! | [`Official`] | `Person`: `name`, `givenName`, `familyName`, `alternateName`, `honorificPrefix`, `nationality` (`Country`) | |
//! | `posts[]` | `jobTitle` (each title), `memberOf`: an `OrganizationRole` with `memberOf`, `roleName` (the title, else the role's word), `startDate`, `endDate` | the role beside a title, acting, term, attested days, the deciding meeting |
//! | [`Meeting`] | `Event`: `name`, `description` (the summary), `startDate`, `endDate` | |
//! | `status` | `eventStatus`: `EventScheduled` (planned, held), `EventPostponed`, `EventCancelled` | held and planned are one status |
//! | `kind`, `topics`, `theme` | `keywords` | their being a kind, a theme |
//! | `location` | `location`: `Place` (`name` the venue, `address` with city and country), `VirtualLocation` when online; `eventAttendanceMode` | |
//! | `participants[]` | `organizer` (role organizer), `attendee` (every party and official) | the other roles, who represented whom |
//! | `relations[]` | `superEvent` for sidelines-of and part-of (and `subEvent` on the other) | in preparation for, follow-up to, ahead of |
//! | `days`, `recurrence` | `duration` (`P1D`), `eventSchedule` (`Schedule` with `repeatFrequency` `P1Y`, `P6M`, `P2Y`, `P4Y`) | an irregular recurrence |
//! | `dimensions`, `mous` | `about` | |
//! | `session_of`, `outcomes` | — | lost |
//! | [`Mou`] | `Legislation` ("a legal document … enforceable or not"), `legislationType` "memorandum of understanding" | |
//! | `title`, `parties`, `signatories` | `name`, `legislationPassedBy`, `contributor` | who is a party and who signed, beyond those two properties |
//! | `signed`, `effective`, `expires` | `legislationDate`, `temporalCoverage` (from effective, `2011-09/..`), `expires` | |
//! | `status` | `legislationLegalForce`: `InForce`, `NotInForce` (expired, terminated); `creativeWorkStatus` the status word | |
//! | `signed_at`, `areas`, `dimensions` | `workFeatured` on the signing meeting, `keywords`, `about` | |
//! | [`Dimension`] | `DefinedTerm` (`name`, `description`, `termCode` the id) in a `DefinedTermSet` per organization (`creator`) | the parent dimension, the coordinators |
//! | a state | `GovernmentOrganization` `<base>states/<code>` with `areaServed` its `Country` (`name`, `identifier` the code) | that it is the state and not its government |
//!
//! Dates are ISO 8601 reduced dates (`2024`, `2024-11`, `2024-11-25`), as schema.org's
//! `Date` reads them: a decade, a century, limits, an unknown or open end are left out, the
//! other end kept.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::{Map, Value, json};

use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::meeting::{Meeting, MeetingStatus, ParticipantRole, Recurrence, RelationKind};
use crate::mou::{Mou, MouStatus};
use crate::names::{ExternalId, OtherName};
use crate::organization::{Organization, OrganizationKind};
use crate::party::Party;
use crate::period::Period;
use crate::source::Source;
use crate::{Dimension, Official};

use super::{iso_date, plain_dates};

/// The IRI the nodes' ids are made under: an absolute IRI that ends with `/`, `#` or `:`
/// (`https://records.example.org/multilateral/`, `urn:x-multilateral:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

/// Why a [`Base`] was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseError(&'static str);

impl fmt::Display for BaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for BaseError {}

impl Base {
    /// Checks a base IRI: a scheme (a letter, then letters, digits, `+`, `-`, `.`), a colon,
    /// no white space, control characters, `<`, `>`, `"`, `{`, `}`, `|`, `\`, `^` or `` ` ``, and a
    /// last character `/`, `#` or `:`, so that ids are appended, not resolved.
    ///
    /// ```
    /// use multilateral::interop::jsonld::Base;
    ///
    /// assert!(Base::new("https://records.example.org/").is_ok());
    /// assert!(Base::new("records/").is_err());
    /// assert!(Base::new("https://records.example.org").is_err());
    /// ```
    pub fn new(iri: &str) -> Result<Self, BaseError> {
        let Some((scheme, _)) = iri.split_once(':') else {
            return Err(BaseError("a base IRI starts with a scheme and a colon"));
        };
        let mut chars = scheme.chars();
        let scheme_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if !scheme_ok {
            return Err(BaseError("a base IRI starts with a scheme and a colon"));
        }
        if iri
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c))
        {
            return Err(BaseError(
                "a base IRI has no white space, controls or <>\"{}|\\^`",
            ));
        }
        if !iri.ends_with(['/', '#', ':']) {
            return Err(BaseError("a base IRI ends with '/', '#' or ':'"));
        }
        Ok(Self(iri.to_owned()))
    }

    /// The base as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn iri(&self, kind: &str, id: &str) -> Value {
        json!({"@id": format!("{}{kind}/{id}", self.0)})
    }
}

/// The JSON-LD document of a dataset (see [the module docs](self)). Linear in the size of
/// the dataset.
///
/// ```
/// use multilateral::Dataset;
/// use multilateral::interop::jsonld::{self, Base};
///
/// let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
/// let doc = jsonld::export(&data, &Base::new("https://records.example.org/")?);
/// let sarybay = doc["@graph"]
///     .as_array()
///     .unwrap()
///     .iter()
///     .find(|n| n["@id"] == "https://records.example.org/officials/kairat-sarybay")
///     .unwrap();
/// assert_eq!(sarybay["@type"], "Person");
/// assert_eq!(sarybay["jobTitle"][0], "Secretary General");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn export(data: &Dataset, base: &Base) -> Value {
    let mut out = Out {
        base,
        states: Vec::new(),
        state_seen: HashMap::new(),
    };
    let mut children: HashMap<&str, Vec<Value>> = HashMap::new();
    for o in &data.organizations {
        if let Some(parent) = &o.parent {
            children
                .entry(parent.as_str())
                .or_default()
                .push(base.iri("organizations", o.id.as_str()));
        }
    }
    let mut sub_events: HashMap<&str, Vec<Value>> = HashMap::new();
    let mut features: HashMap<&str, Vec<Value>> = HashMap::new();
    for m in &data.meetings {
        for r in &m.relations {
            if r.kind.is_within() {
                sub_events
                    .entry(r.meeting.as_str())
                    .or_default()
                    .push(base.iri("meetings", m.id.as_str()));
            }
        }
    }
    for m in &data.mous {
        if let Some(at) = &m.signed_at {
            features
                .entry(at.as_str())
                .or_default()
                .push(base.iri("mous", m.id.as_str()));
        }
    }
    let mut graph = Vec::new();
    for o in &data.organizations {
        let subs = children.remove(o.id.as_str()).unwrap_or_default();
        graph.push(out.organization(o, subs));
    }
    for o in &data.officials {
        graph.push(out.official(o));
    }
    let mut sets: Vec<&str> = Vec::new();
    let mut set_seen: HashSet<&str> = HashSet::new();
    for d in &data.dimensions {
        if set_seen.insert(d.organization.as_str()) {
            sets.push(d.organization.as_str());
        }
        graph.push(out.dimension(d));
    }
    for org in sets {
        let mut set = Map::new();
        set.insert(
            "@id".into(),
            json!(format!("{}dimension-sets/{org}", base.0)),
        );
        set.insert("@type".into(), json!("DefinedTermSet"));
        set.insert(
            "name".into(),
            json!(format!("Dimensions of cooperation of {org}")),
        );
        set.insert("creator".into(), base.iri("organizations", org));
        graph.push(Value::Object(set));
    }
    for m in &data.mous {
        graph.push(out.mou(m));
    }
    for m in &data.meetings {
        let subs = sub_events.remove(m.id.as_str()).unwrap_or_default();
        let featured = features.remove(m.id.as_str()).unwrap_or_default();
        graph.push(out.meeting(m, subs, featured));
    }
    let states = std::mem::take(&mut out.states);
    for code in states {
        let mut node = Map::new();
        node.insert("@id".into(), json!(format!("{}states/{code}", base.0)));
        node.insert("@type".into(), json!("GovernmentOrganization"));
        node.insert("name".into(), json!(code.name()));
        node.insert("areaServed".into(), country(code));
        graph.push(Value::Object(node));
    }
    json!({"@context": "https://schema.org", "@graph": graph})
}

/// [`export`], pretty-printed.
pub fn to_string_pretty(data: &Dataset, base: &Base) -> String {
    serde_json::to_string_pretty(&export(data, base)).expect("JSON values serialize")
}

struct Out<'a> {
    base: &'a Base,
    states: Vec<CountryCode>,
    state_seen: HashMap<CountryCode, ()>,
}

/// A `Country` node: its name and code.
fn country(code: CountryCode) -> Value {
    json!({"@type": "Country", "name": code.name(), "identifier": code.as_str()})
}

/// Puts a list under a key when it is not empty; one value alone.
fn put_list(node: &mut Map<String, Value>, key: &str, mut values: Vec<Value>) {
    match values.len() {
        0 => {}
        1 => {
            node.insert(key.into(), values.remove(0));
        }
        _ => {
            node.insert(key.into(), Value::Array(values));
        }
    }
}

fn names(acronym: Option<&str>, others: &[OtherName]) -> Vec<Value> {
    let mut out: Vec<Value> = acronym.map(|a| json!(a)).into_iter().collect();
    for n in others {
        out.push(match &n.lang {
            Some(lang) => json!({"@value": n.name, "@language": lang}),
            None => json!(n.name),
        });
    }
    out
}

fn identifiers(node: &mut Map<String, Value>, ids: &[ExternalId]) {
    let mut same = Vec::new();
    let mut listed = Vec::new();
    for x in ids {
        if x.scheme.eq_ignore_ascii_case("wikidata") {
            if let Some(q) = super::ftm_clean::qid(&x.value) {
                same.push(json!(format!("https://www.wikidata.org/entity/{q}")));
            }
        }
        listed.push(json!({"@type": "PropertyValue", "propertyID": x.scheme, "value": x.value}));
    }
    put_list(node, "sameAs", same);
    put_list(node, "identifier", listed);
}

fn sources(node: &mut Map<String, Value>, sources: &[Source]) {
    let works = sources
        .iter()
        .map(|s| {
            let mut w = Map::new();
            w.insert("@type".into(), json!("CreativeWork"));
            if let Some(t) = &s.title {
                w.insert("name".into(), json!(t));
            }
            if let Some(u) = &s.url {
                w.insert("url".into(), json!(super::uri(u.as_str())));
            }
            if let Some(p) = &s.publisher {
                w.insert(
                    "publisher".into(),
                    json!({"@type": "Organization", "name": p}),
                );
            }
            if let Some(d) = s.published.and_then(|d| iso_date(d.into())) {
                w.insert("datePublished".into(), json!(d));
            }
            if let Some(l) = &s.language {
                w.insert("inLanguage".into(), json!(l));
            }
            Value::Object(w)
        })
        .collect();
    put_list(node, "subjectOf", works);
}

/// `startDate` and `endDate` of a period, as far as they are plain dates.
fn dates(node: &mut Map<String, Value>, period: &Period) {
    let d = plain_dates(period);
    if let Some(s) = d.start {
        node.insert("startDate".into(), json!(s));
    }
    if let Some(e) = d.end {
        node.insert("endDate".into(), json!(e));
    }
}

impl Out<'_> {
    fn state(&mut self, code: CountryCode) -> Value {
        if self.state_seen.insert(code, ()).is_none() {
            self.states.push(code);
        }
        json!({"@id": format!("{}states/{code}", self.base.0)})
    }

    fn party(&mut self, party: &Party) -> Value {
        match party {
            Party::Organization(id) => self.base.iri("organizations", id.as_str()),
            Party::State(code) => self.state(*code),
        }
    }

    fn role(&mut self, property: &str, target: Value, role: &str, period: &Period) -> Value {
        let mut r = Map::new();
        r.insert("@type".into(), json!("OrganizationRole"));
        r.insert(property.into(), target);
        r.insert("roleName".into(), json!(role));
        dates(&mut r, period);
        Value::Object(r)
    }

    fn organization(&mut self, o: &Organization, subs: Vec<Value>) -> Value {
        let mut node = Map::new();
        node.insert(
            "@id".into(),
            json!(format!("{}organizations/{}", self.base.0, o.id)),
        );
        let ty = match o.kind {
            OrganizationKind::Government => "GovernmentOrganization",
            OrganizationKind::Ngo => "NGO",
            OrganizationKind::Academic => "EducationalOrganization",
            OrganizationKind::ThinkTank => "ResearchOrganization",
            _ => "Organization",
        };
        node.insert("@type".into(), json!(ty));
        node.insert("name".into(), json!(o.name));
        put_list(
            &mut node,
            "alternateName",
            names(o.acronym.as_deref(), &o.other_names),
        );
        if let Some(d) = &o.description {
            node.insert("description".into(), json!(d));
        }
        node.insert("keywords".into(), json!(o.kind));
        if let Some(p) = &o.parent {
            node.insert(
                "parentOrganization".into(),
                self.base.iri("organizations", p.as_str()),
            );
        }
        put_list(&mut node, "subOrganization", subs);
        if let Some(c) = o.country {
            node.insert(
                "address".into(),
                json!({"@type": "PostalAddress", "addressCountry": c.as_str()}),
            );
        }
        if let Some(hq) = &o.headquarters {
            let mut address = Map::new();
            address.insert("@type".into(), json!("PostalAddress"));
            if let Some(city) = &hq.city {
                address.insert("addressLocality".into(), json!(city));
            }
            address.insert("addressCountry".into(), json!(hq.country.as_str()));
            let mut place = Map::new();
            place.insert("@type".into(), json!("Place"));
            place.insert(
                "name".into(),
                json!(hq.city.as_deref().unwrap_or(hq.country.name())),
            );
            place.insert("address".into(), Value::Object(address));
            node.insert("location".into(), Value::Object(place));
        }
        for (key, date) in [
            ("foundingDate", o.founded),
            ("dissolutionDate", o.dissolved),
        ] {
            if let Some(d) = date.and_then(|d| iso_date(d.into())) {
                node.insert(key.into(), json!(d));
            }
        }
        let mut members = Vec::new();
        for m in &o.members {
            let who = self.party(&m.party);
            members.push(self.role("member", who, m.status.as_str(), &m.period));
        }
        for c in &o.chairs {
            let who = self.state(c.country);
            members.push(self.role("member", who, "chair", &c.period));
            if let Some(official) = &c.official {
                let who = self.base.iri("officials", official.as_str());
                let name = format!("chair for {}", c.country.name());
                members.push(self.role("member", who, &name, &c.period));
            }
        }
        put_list(&mut node, "member", members);
        identifiers(&mut node, &o.identifiers);
        sources(&mut node, &o.sources);
        Value::Object(node)
    }

    fn official(&mut self, o: &Official) -> Value {
        let mut node = Map::new();
        node.insert(
            "@id".into(),
            json!(format!("{}officials/{}", self.base.0, o.id)),
        );
        node.insert("@type".into(), json!("Person"));
        node.insert("name".into(), json!(o.name));
        for (key, value) in [
            ("givenName", &o.given_name),
            ("familyName", &o.family_name),
            ("honorificPrefix", &o.honorific),
        ] {
            if let Some(v) = value {
                node.insert(key.into(), json!(v));
            }
        }
        put_list(&mut node, "alternateName", names(None, &o.other_names));
        if let Some(c) = o.nationality {
            node.insert("nationality".into(), country(c));
        }
        let mut titles: Vec<Value> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut roles = Vec::new();
        for p in &o.posts {
            if let Some(t) = &p.title {
                if seen.insert(t.as_str()) {
                    titles.push(json!(t));
                }
            }
            let name = p.title.as_deref().unwrap_or(p.role.as_str());
            let org = self.base.iri("organizations", p.organization.as_str());
            roles.push(self.role("memberOf", org, name, &p.period));
        }
        if !titles.is_empty() {
            node.insert("jobTitle".into(), Value::Array(titles));
        }
        put_list(&mut node, "memberOf", roles);
        identifiers(&mut node, &o.identifiers);
        sources(&mut node, &o.sources);
        Value::Object(node)
    }

    fn dimension(&mut self, d: &Dimension) -> Value {
        let mut node = Map::new();
        node.insert(
            "@id".into(),
            json!(format!("{}dimensions/{}", self.base.0, d.id)),
        );
        node.insert("@type".into(), json!("DefinedTerm"));
        node.insert("name".into(), json!(d.name));
        node.insert("termCode".into(), json!(d.id));
        if let Some(desc) = &d.description {
            node.insert("description".into(), json!(desc));
        }
        node.insert(
            "inDefinedTermSet".into(),
            json!({"@id": format!("{}dimension-sets/{}", self.base.0, d.organization)}),
        );
        sources(&mut node, &d.sources);
        Value::Object(node)
    }

    fn mou(&mut self, m: &Mou) -> Value {
        let mut node = Map::new();
        node.insert("@id".into(), json!(format!("{}mous/{}", self.base.0, m.id)));
        node.insert("@type".into(), json!("Legislation"));
        node.insert("name".into(), json!(m.title));
        node.insert(
            "legislationType".into(),
            json!("memorandum of understanding"),
        );
        let parties = m
            .parties
            .iter()
            .map(|p| self.base.iri("organizations", p.as_str()))
            .collect();
        put_list(&mut node, "legislationPassedBy", parties);
        let signatories = m
            .signatories
            .iter()
            .map(|s| self.base.iri("officials", s.as_str()))
            .collect();
        put_list(&mut node, "contributor", signatories);
        if let Some(d) = m.signed.and_then(|d| iso_date(d.into())) {
            node.insert("legislationDate".into(), json!(d));
        }
        if let Some(d) = m.effective.and_then(|d| iso_date(d.into())) {
            node.insert("temporalCoverage".into(), json!(format!("{d}/..")));
        }
        if let Some(d) = m.expires.and_then(|d| iso_date(d.into())) {
            node.insert("expires".into(), json!(d));
        }
        let force = match m.status {
            MouStatus::InForce => Some("InForce"),
            MouStatus::Expired | MouStatus::Terminated => Some("NotInForce"),
            _ => None,
        };
        if let Some(f) = force {
            node.insert(
                "legislationLegalForce".into(),
                json!({"@id": format!("https://schema.org/{f}")}),
            );
        }
        node.insert("creativeWorkStatus".into(), json!(m.status));
        put_list(
            &mut node,
            "keywords",
            m.areas.iter().map(|a| json!(a)).collect(),
        );
        let about = m
            .dimensions
            .iter()
            .map(|d| self.base.iri("dimensions", d.as_str()))
            .collect();
        put_list(&mut node, "about", about);
        sources(&mut node, &m.sources);
        Value::Object(node)
    }

    fn meeting(&mut self, m: &Meeting, subs: Vec<Value>, featured: Vec<Value>) -> Value {
        let mut node = Map::new();
        node.insert(
            "@id".into(),
            json!(format!("{}meetings/{}", self.base.0, m.id)),
        );
        node.insert("@type".into(), json!("Event"));
        node.insert("name".into(), json!(m.title));
        if let Some(s) = &m.summary {
            node.insert("description".into(), json!(s));
        }
        dates(&mut node, &m.when);
        let status = match m.status {
            MeetingStatus::Postponed => "EventPostponed",
            MeetingStatus::Cancelled => "EventCancelled",
            _ => "EventScheduled",
        };
        node.insert(
            "eventStatus".into(),
            json!({"@id": format!("https://schema.org/{status}")}),
        );
        let mut keywords = vec![json!(m.kind)];
        keywords.extend(m.theme.iter().map(|t| json!(t)));
        keywords.extend(m.topics.iter().map(|t| json!(t)));
        put_list(&mut node, "keywords", keywords);
        if let Some(l) = &m.location {
            let mut places = Vec::new();
            if l.venue.is_some() || l.city.is_some() || l.country.is_some() {
                let mut place = Map::new();
                place.insert("@type".into(), json!("Place"));
                let name = l.venue.as_deref().or(l.city.as_deref());
                let name = name.or(l.country.as_ref().map(CountryCode::name));
                if let Some(n) = name {
                    place.insert("name".into(), json!(n));
                }
                if l.city.is_some() || l.country.is_some() {
                    let mut address = Map::new();
                    address.insert("@type".into(), json!("PostalAddress"));
                    if let Some(c) = &l.city {
                        address.insert("addressLocality".into(), json!(c));
                    }
                    if let Some(c) = l.country {
                        address.insert("addressCountry".into(), json!(c.as_str()));
                    }
                    place.insert("address".into(), Value::Object(address));
                }
                places.push(Value::Object(place));
            }
            if l.online {
                places.push(json!({"@type": "VirtualLocation", "name": "online"}));
            }
            let mode = match (l.online, places.len()) {
                (true, 1) => "OnlineEventAttendanceMode",
                (true, _) => "MixedEventAttendanceMode",
                (false, _) => "OfflineEventAttendanceMode",
            };
            node.insert(
                "eventAttendanceMode".into(),
                json!({"@id": format!("https://schema.org/{mode}")}),
            );
            put_list(&mut node, "location", places);
        }
        // Each once, in order (a set of the IRIs keeps it linear).
        let mut organizers: Vec<Value> = Vec::new();
        let mut attendees: Vec<Value> = Vec::new();
        let (mut organizer_seen, mut attendee_seen) = (HashSet::new(), HashSet::new());
        for p in &m.participants {
            let party = self.party(&p.party);
            if p.role == ParticipantRole::Organizer && organizer_seen.insert(party.to_string()) {
                organizers.push(party.clone());
            }
            if attendee_seen.insert(party.to_string()) {
                attendees.push(party);
            }
            if let Some(o) = &p.official {
                let who = self.base.iri("officials", o.as_str());
                if attendee_seen.insert(who.to_string()) {
                    attendees.push(who);
                }
            }
        }
        put_list(&mut node, "organizer", organizers);
        put_list(&mut node, "attendee", attendees);
        let supers = m
            .relations
            .iter()
            .filter(|r| matches!(r.kind, RelationKind::SidelinesOf | RelationKind::PartOf))
            .map(|r| self.base.iri("meetings", r.meeting.as_str()))
            .collect();
        put_list(&mut node, "superEvent", supers);
        put_list(&mut node, "subEvent", subs);
        if let Some(days) = m.days {
            node.insert("duration".into(), json!(format!("P{days}D")));
        }
        let every = match m.recurrence {
            Some(Recurrence::Annual) => Some("P1Y"),
            Some(Recurrence::Semiannual) => Some("P6M"),
            Some(Recurrence::Biennial) => Some("P2Y"),
            Some(Recurrence::Quadrennial) => Some("P4Y"),
            _ => None,
        };
        if let Some(every) = every {
            node.insert(
                "eventSchedule".into(),
                json!({"@type": "Schedule", "repeatFrequency": every}),
            );
        }
        let mut about: Vec<Value> = m
            .dimensions
            .iter()
            .map(|d| self.base.iri("dimensions", d.as_str()))
            .collect();
        about.extend(m.mous.iter().map(|x| self.base.iri("mous", x.as_str())));
        put_list(&mut node, "about", about);
        put_list(&mut node, "workFeatured", featured);
        sources(&mut node, &m.sources);
        Value::Object(node)
    }
}
