//! Reading Popolo: persons, organizations, posts and memberships into a dataset.

use std::collections::HashMap;
use std::fmt;

use serde_json::{Map, Value, json};

use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::date::PartialDate;
use crate::lang::LangTag;
use crate::official::PostRole;
use crate::organization::{MembershipStatus, OrganizationKind};
use crate::period::Period;
use crate::text::{Text, WebUrl};

use super::popolo::{ISO_3166_SCHEME, POPOLO_SCHEME};

/// What [`import`] read: the dataset, and every fact of the Popolo file it could not hold.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Import {
    /// The records read: organizations (with their members and chairs) and officials (with
    /// their posts). Not validated yet: call [`Dataset::validate`].
    pub dataset: Dataset,
    /// What was left out, in the order of the file.
    pub dropped: Vec<Dropped>,
}

impl Import {
    /// The dropped facts counted by where they were in the file, with indexes written `*`
    /// (`/persons/*/gender`: 193), in order of first appearance. Linear in the number of
    /// dropped facts.
    pub fn dropped_summary(&self) -> Vec<(String, usize)> {
        let mut order: Vec<(String, usize)> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for d in &self.dropped {
            let pattern: Vec<&str> = d
                .path
                .split('/')
                .map(|seg| {
                    if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
                        "*"
                    } else {
                        seg
                    }
                })
                .collect();
            let pattern = pattern.join("/");
            match at.get(&pattern) {
                Some(&i) => {
                    if let Some(entry) = order.get_mut(i) {
                        entry.1 += 1;
                    }
                }
                None => {
                    at.insert(pattern.clone(), order.len());
                    order.push((pattern, 1));
                }
            }
        }
        order
    }
}

/// A fact of the Popolo file that the dataset does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dropped {
    /// Where it was: a JSON pointer into the Popolo file (`/persons/3/gender`).
    pub path: String,
    /// Why it was left out.
    pub reason: String,
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// Why a Popolo file could not be read into a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    path: String,
    kind: ImportErrorKind,
    message: String,
}

impl ImportError {
    fn new(path: impl Into<String>, kind: ImportErrorKind, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            kind,
            message: message.into(),
        }
    }

    /// Where: a JSON pointer into the Popolo file (empty for the whole file).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> ImportErrorKind {
        self.kind
    }

    /// What is wrong, in a sentence.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.message)
    }
}

impl std::error::Error for ImportError {}

/// The kinds of [`ImportError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportErrorKind {
    /// The text is not JSON.
    Json,
    /// The JSON is not a Popolo file: not an object, or a collection that is not an array of
    /// objects.
    Layout,
    /// A record lacks what this crate requires: a person or organization without `id` or
    /// `name`, a membership without member or organization, a post without organization.
    Missing,
    /// A value cannot be read: an id that no valid id can be made of, a date that is not a
    /// date, a name that is blank.
    Invalid,
    /// Two records of a collection have one id (or two Popolo ids give one id here).
    Duplicate,
    /// A reference names nothing in the file.
    Dangling,
}

/// The longest Popolo file [`import`] reads, in bytes (256 MiB).
pub const MAX_IMPORT_LEN: usize = 256 << 20;

/// Reads a Popolo file (the layout [`export`](super::popolo::export) writes) into a dataset,
/// and reports what it dropped.
///
/// - **persons** become officials: `name`, `given_name`, `family_name`, `honorific_prefix`
///   (the honorific), `other_names` (with `+lang`, or the `lang` EveryPolitician writes),
///   `identifiers`, `national_identity` when it is a country's ISO 3166-1 code or English
///   short name, `sources` with their url.
/// - **organizations** become organizations: `classification` is read as the kind when it is
///   a kind's word (or the same words with spaces, or `igo`, `ngo`, `university`, `think
///   tank`…), otherwise the kind is `other` and the classification is reported dropped; an
///   `other_name` noted `acronym` is the acronym; `parent_id`; `area_id` naming an area of
///   classification `country` gives the country. An organization of classification `state`
///   with an `iso-3166-1-alpha-2` identifier is that state, not an organization.
/// - **memberships** of a person in an organization (or of a post) become the person's
///   posts: the title from the post's `label` (else the membership's `label`, else a `role`
///   that is no role word of this crate), the role from `role` when it is a
///   [`PostRole`] word; memberships of an organization or a state in an organization become
///   its members, with the status from `role` (`member` when it is none), or its chairs when
///   the member is a state and the role `chair`.
/// - Dates are read as this crate reads its own (an absent `start_date` is unknown, an
///   absent `end_date` after a start is not ended as far as the record knows); a time of
///   day is dropped. The `+` properties [`export`](super::popolo::export) writes are read
///   back.
/// - An id that is not a valid id here (EveryPolitician's `party/mdc`) is made one
///   (`party.mdc`: every character outside letters, digits, `-`, `_` and `.` becomes `.`),
///   and kept as an identifier of scheme `popolo`, under which the export writes it again.
///
/// Everything else (events, areas, genders, birth dates, images, contact details, links,
/// unknown `+` properties…) is listed in [`Import::dropped`]. Linear in the size of the file.
///
/// ```
/// use multilateral::interop::popolo::{import, ImportErrorKind};
///
/// let got = import(r#"{
///   "persons": [{"id": "p1", "name": "Amy Pope", "gender": "female"}],
///   "organizations": [{"id": "iom", "name": "International Organization for Migration",
///                      "classification": "un-entity"}],
///   "memberships": [{"person_id": "p1", "organization_id": "iom", "role": "head",
///                    "label": "Director General", "start_date": "2023-10-01"}]
/// }"#)?;
/// let pope = &got.dataset.officials[0];
/// assert_eq!(pope.posts[0].title.as_deref(), Some("Director General"));
/// assert_eq!(pope.posts[0].period.to_string(), "2023-10-01/..");
/// assert_eq!(got.dropped[0].path, "/persons/0/gender");
///
/// let err = import(r#"{"organizations": [{"id": "x", "name": "X"}],
///                      "memberships": [{"person_id": "nobody", "organization_id": "x"}]}"#)
///     .unwrap_err();
/// assert_eq!(err.kind(), ImportErrorKind::Dangling);
/// assert_eq!(err.path(), "/memberships/0/person_id");
/// # Ok::<(), multilateral::interop::popolo::ImportError>(())
/// ```
pub fn import(text: &str) -> Result<Import, ImportError> {
    if text.len() > MAX_IMPORT_LEN {
        return Err(ImportError::new(
            "",
            ImportErrorKind::Layout,
            format!("the file is longer than {MAX_IMPORT_LEN} bytes"),
        ));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        ImportError::new(
            "",
            ImportErrorKind::Json,
            format!("not JSON: {e} (line {}, column {})", e.line(), e.column()),
        )
    })?;
    Reader::default().read(&doc)
}

/// A JSON pointer's token for a key.
fn token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The id this crate gives a Popolo id, and whether it differs.
fn local_id(popolo: &str) -> Option<String> {
    let mapped: String = popolo
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '.'
            }
        })
        .collect();
    let trimmed = mapped.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    crate::id::check_id("organization", trimmed)
        .ok()
        .map(|()| trimmed.to_owned())
}

/// A record of the Popolo file being read: where it is, and the fields that come with
/// embedding (an organization's posts belong to it).
struct Found<'a> {
    path: String,
    obj: &'a Map<String, Value>,
    /// The person, organization or post a container supplies, by Popolo id.
    person: Option<&'a str>,
    organization: Option<&'a str>,
    post: Option<&'a str>,
}

/// What an organization of the Popolo file is here.
#[derive(Clone)]
enum OrgIs {
    Record(usize),
    State(CountryCode),
}

/// A post of the Popolo file.
struct PostIs<'a> {
    organization: &'a str,
    label: Option<&'a str>,
    role: Option<&'a str>,
}

#[derive(Default)]
struct Reader {
    dropped: Vec<Dropped>,
    /// Records as this crate's JSON, with the Popolo path each came from.
    organizations: Vec<(Map<String, Value>, String)>,
    officials: Vec<(Map<String, Value>, String)>,
    /// For each official, the Popolo path of each post (for errors).
    post_paths: Vec<Vec<String>>,
    members_paths: Vec<Vec<String>>,
    chairs_paths: Vec<Vec<String>>,
}

impl Reader {
    fn drop(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.dropped.push(Dropped {
            path: path.into(),
            reason: reason.into(),
        });
    }

    fn read(mut self, doc: &Value) -> Result<Import, ImportError> {
        let Value::Object(top) = doc else {
            return Err(ImportError::new(
                "",
                ImportErrorKind::Layout,
                "a Popolo file is a JSON object with arrays persons, organizations, memberships…",
            ));
        };
        let collection = |key: &str| -> Result<Vec<&Map<String, Value>>, ImportError> {
            match top.get(key) {
                None | Some(Value::Null) => Ok(Vec::new()),
                Some(Value::Array(items)) => items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        v.as_object().ok_or_else(|| {
                            ImportError::new(
                                format!("/{key}/{i}"),
                                ImportErrorKind::Layout,
                                format!("each of {key} is an object"),
                            )
                        })
                    })
                    .collect(),
                Some(_) => Err(ImportError::new(
                    format!("/{key}"),
                    ImportErrorKind::Layout,
                    format!("{key} is an array of objects"),
                )),
            }
        };
        let persons = collection("persons")?;
        let organizations = collection("organizations")?;
        let memberships = collection("memberships")?;
        let posts = collection("posts")?;
        let areas = collection("areas")?;
        let events = collection("events")?;
        for (key, value) in top {
            match key.as_str() {
                "persons" | "organizations" | "memberships" | "posts" | "areas" | "meta" => {}
                "events" => {
                    if value.as_array().is_some_and(|a| !a.is_empty()) {
                        self.drop(
                            "/events",
                            format!("{} events: meetings are not read from Popolo", events.len()),
                        );
                    }
                }
                other => self.drop(
                    format!("/{}", token(other)),
                    "not a collection this crate reads",
                ),
            }
        }

        // Areas that are countries.
        let mut countries: HashMap<&str, CountryCode> = HashMap::new();
        for area in &areas {
            let (Some(id), Some(code)) = (str_of(area, "id"), str_of(area, "identifier")) else {
                continue;
            };
            let classification = str_of(area, "classification");
            if let (Ok(code), None | Some("country")) = (CountryCode::new(code), classification) {
                countries.insert(id, code);
            }
        }

        // Organizations and states.
        let mut orgs: HashMap<&str, OrgIs> = HashMap::new();
        let mut local_orgs: HashMap<String, String> = HashMap::new();
        for (i, org) in organizations.iter().enumerate() {
            let path = format!("/organizations/{i}");
            let id = required_str(org, "id", &path)?;
            if orgs.contains_key(id) {
                return Err(ImportError::new(
                    format!("{path}/id"),
                    ImportErrorKind::Duplicate,
                    format!("organization id {id:?} is used twice"),
                ));
            }
            if let Some(code) = state_of(org) {
                orgs.insert(id, OrgIs::State(code));
                continue;
            }
            let local = unique_local(id, &path, &mut local_orgs)?;
            orgs.insert(id, OrgIs::Record(self.organizations.len()));
            let record = self.organization(org, &path, local, id, &countries)?;
            self.organizations.push((record, path));
            self.members_paths.push(Vec::new());
            self.chairs_paths.push(Vec::new());
        }
        // Parents, now that every organization is known.
        for (i, org) in organizations.iter().enumerate() {
            let path = format!("/organizations/{i}");
            let Some(parent) = str_of(org, "parent_id") else {
                continue;
            };
            match orgs.get(parent) {
                Some(OrgIs::Record(p)) => {
                    let pid = self.org_id(*p);
                    if let Some(OrgIs::Record(me)) = str_of(org, "id").and_then(|id| orgs.get(id)) {
                        if let Some((rec, _)) = self.organizations.get_mut(*me) {
                            rec.insert("parent".into(), pid);
                        }
                    }
                }
                Some(OrgIs::State(_)) => {
                    self.drop(format!("{path}/parent_id"), "the parent is a state");
                }
                None => {
                    return Err(ImportError::new(
                        format!("{path}/parent_id"),
                        ImportErrorKind::Dangling,
                        format!("parent_id {parent:?} names no organization in the file"),
                    ));
                }
            }
        }

        // Persons.
        let mut people: HashMap<&str, usize> = HashMap::new();
        let mut local_people: HashMap<String, String> = HashMap::new();
        for (i, person) in persons.iter().enumerate() {
            let path = format!("/persons/{i}");
            let id = required_str(person, "id", &path)?;
            if people.contains_key(id) {
                return Err(ImportError::new(
                    format!("{path}/id"),
                    ImportErrorKind::Duplicate,
                    format!("person id {id:?} is used twice"),
                ));
            }
            let local = unique_local(id, &path, &mut local_people)?;
            people.insert(id, self.officials.len());
            let record = self.person(person, &path, local, id)?;
            self.officials.push((record, path));
            self.post_paths.push(Vec::new());
        }

        // Posts, top-level and embedded in organizations.
        let mut found_posts: Vec<Found<'_>> = posts
            .iter()
            .enumerate()
            .map(|(i, obj)| Found {
                path: format!("/posts/{i}"),
                obj,
                person: None,
                organization: None,
                post: None,
            })
            .collect();
        let mut found_memberships: Vec<Found<'_>> = memberships
            .iter()
            .enumerate()
            .map(|(i, obj)| Found {
                path: format!("/memberships/{i}"),
                obj,
                person: None,
                organization: None,
                post: None,
            })
            .collect();
        for (i, org) in organizations.iter().enumerate() {
            let id = str_of(org, "id");
            for (key, list) in [
                ("posts", &mut found_posts),
                ("memberships", &mut found_memberships),
            ] {
                if let Some(Value::Array(items)) = org.get(key) {
                    for (j, item) in items.iter().enumerate() {
                        if let Value::Object(obj) = item {
                            list.push(Found {
                                path: format!("/organizations/{i}/{key}/{j}"),
                                obj,
                                person: None,
                                organization: id,
                                post: None,
                            });
                        }
                    }
                }
            }
        }
        for (i, person) in persons.iter().enumerate() {
            if let Some(Value::Array(items)) = person.get("memberships") {
                for (j, item) in items.iter().enumerate() {
                    if let Value::Object(obj) = item {
                        found_memberships.push(Found {
                            path: format!("/persons/{i}/memberships/{j}"),
                            obj,
                            person: str_of(person, "id"),
                            organization: None,
                            post: None,
                        });
                    }
                }
            }
        }
        let mut seat: HashMap<&str, PostIs<'_>> = HashMap::new();
        for found in &found_posts {
            let path = &found.path;
            let id = required_str(found.obj, "id", path)?;
            if seat.contains_key(id) {
                return Err(ImportError::new(
                    format!("{path}/id"),
                    ImportErrorKind::Duplicate,
                    format!("post id {id:?} is used twice"),
                ));
            }
            let organization = str_of(found.obj, "organization_id")
                .or_else(|| embedded_id(found.obj, "organization"))
                .or(found.organization)
                .ok_or_else(|| {
                    ImportError::new(
                        path.clone(),
                        ImportErrorKind::Missing,
                        "a post needs organization_id (Popolo post §4)",
                    )
                })?;
            if !orgs.contains_key(organization) {
                return Err(ImportError::new(
                    format!("{path}/organization_id"),
                    ImportErrorKind::Dangling,
                    format!("organization_id {organization:?} names no organization in the file"),
                ));
            }
            for key in found.obj.keys() {
                if !matches!(
                    key.as_str(),
                    "id" | "label" | "role" | "organization_id" | "organization" | "memberships"
                ) {
                    self.drop(format!("{path}/{}", token(key)), "a post's detail");
                }
            }
            seat.insert(
                id,
                PostIs {
                    organization,
                    label: str_of(found.obj, "label"),
                    role: str_of(found.obj, "role"),
                },
            );
            if let Some(Value::Array(items)) = found.obj.get("memberships") {
                for (j, item) in items.iter().enumerate() {
                    if let Value::Object(obj) = item {
                        found_memberships.push(Found {
                            path: format!("{path}/memberships/{j}"),
                            obj,
                            person: None,
                            organization: Some(organization),
                            post: Some(id),
                        });
                    }
                }
            }
        }

        for found in &found_memberships {
            self.membership(found, &orgs, &people, &seat)?;
        }

        self.finish()
    }

    fn org_id(&self, index: usize) -> Value {
        self.organizations
            .get(index)
            .and_then(|(rec, _)| rec.get("id"))
            .cloned()
            .unwrap_or(Value::Null)
    }

    fn organization(
        &mut self,
        org: &Map<String, Value>,
        path: &str,
        local: String,
        popolo_id: &str,
        countries: &HashMap<&str, CountryCode>,
    ) -> Result<Map<String, Value>, ImportError> {
        let mut rec = Map::new();
        rec.insert("id".into(), json!(local));
        rec.insert("name".into(), json!(required_text(org, "name", path)?));
        let mut identifiers = self.identifiers(org, path);
        if local != popolo_id {
            identifiers.push(json!({"scheme": POPOLO_SCHEME, "value": popolo_id}));
        }
        let mut others = Vec::new();
        if let Some(Value::Array(names)) = org.get("other_names") {
            for (j, name) in names.iter().enumerate() {
                let npath = format!("{path}/other_names/{j}");
                let Some(obj) = name.as_object() else {
                    self.drop(npath, "not an object");
                    continue;
                };
                if str_of(obj, "note") == Some("acronym") && !rec.contains_key("acronym") {
                    if let Some(text) = self.text(obj, "name", &npath) {
                        rec.insert("acronym".into(), json!(text));
                    }
                    self.drop_other_keys(obj, &npath, &["name", "note"]);
                    continue;
                }
                if let Some(n) = self.other_name(obj, &npath) {
                    others.push(n);
                }
            }
        }
        if !others.is_empty() {
            rec.insert("other_names".into(), Value::Array(others));
        }
        let kind = match str_of(org, "classification") {
            None => OrganizationKind::Other,
            Some(c) => match kind_of(c) {
                Some(kind) => kind,
                None => {
                    self.drop(
                        format!("{path}/classification"),
                        format!("classification {c:?} is no kind of this crate: read as other"),
                    );
                    OrganizationKind::Other
                }
            },
        };
        rec.insert("kind".into(), json!(kind));
        if let Some(area) = str_of(org, "area_id") {
            match countries.get(area) {
                Some(code) => {
                    rec.insert("country".into(), json!(code));
                }
                None => self.drop(format!("{path}/area_id"), "the area is not a country"),
            }
        }
        if let Some(text) = self.text(org, "description", path) {
            rec.insert("description".into(), json!(text));
        }
        for (native, ext, field) in [
            ("founding_date", "+founded", "founded"),
            ("dissolution_date", "+dissolved", "dissolved"),
        ] {
            if let Some(v) = org.get(ext) {
                rec.insert(field.into(), v.clone());
            } else if let Some(d) = self.date(org, native, path)? {
                rec.insert(field.into(), json!(d));
            }
        }
        if let Some(hq) = org.get("+headquarters") {
            rec.insert("headquarters".into(), hq.clone());
        }
        if let Some(aliases) = org.get("+aliases") {
            rec.insert("aliases".into(), aliases.clone());
        }
        if !identifiers.is_empty() {
            rec.insert("identifiers".into(), Value::Array(identifiers));
        }
        self.sources(org, path, &mut rec);
        self.drop_other_keys(
            org,
            path,
            &[
                "id",
                "name",
                "other_names",
                "identifiers",
                "classification",
                "parent_id",
                "area_id",
                "description",
                "founding_date",
                "dissolution_date",
                "+founded",
                "+dissolved",
                "+headquarters",
                "+aliases",
                "sources",
                "+sources",
                "posts",
                "memberships",
            ],
        );
        Ok(rec)
    }

    fn person(
        &mut self,
        person: &Map<String, Value>,
        path: &str,
        local: String,
        popolo_id: &str,
    ) -> Result<Map<String, Value>, ImportError> {
        let mut rec = Map::new();
        rec.insert("id".into(), json!(local));
        rec.insert("name".into(), json!(required_text(person, "name", path)?));
        for (from, to) in [
            ("given_name", "given_name"),
            ("family_name", "family_name"),
            ("honorific_prefix", "honorific"),
        ] {
            if let Some(text) = self.text(person, from, path) {
                rec.insert(to.into(), json!(text));
            }
        }
        let mut others = Vec::new();
        if let Some(Value::Array(names)) = person.get("other_names") {
            for (j, name) in names.iter().enumerate() {
                let npath = format!("{path}/other_names/{j}");
                match name.as_object() {
                    Some(obj) => others.extend(self.other_name(obj, &npath)),
                    None => self.drop(npath, "not an object"),
                }
            }
        }
        if !others.is_empty() {
            rec.insert("other_names".into(), Value::Array(others));
        }
        if let Some(nat) = str_of(person, "national_identity") {
            match country_named(nat) {
                Some(code) => {
                    rec.insert("nationality".into(), json!(code));
                }
                None => self.drop(
                    format!("{path}/national_identity"),
                    format!("{nat:?} is no country's code or English short name"),
                ),
            }
        }
        let mut identifiers = self.identifiers(person, path);
        if local != popolo_id {
            identifiers.push(json!({"scheme": POPOLO_SCHEME, "value": popolo_id}));
        }
        if !identifiers.is_empty() {
            rec.insert("identifiers".into(), Value::Array(identifiers));
        }
        if let Some(aliases) = person.get("+aliases") {
            rec.insert("aliases".into(), aliases.clone());
        }
        self.sources(person, path, &mut rec);
        self.drop_other_keys(
            person,
            path,
            &[
                "id",
                "name",
                "given_name",
                "family_name",
                "honorific_prefix",
                "other_names",
                "national_identity",
                "identifiers",
                "+aliases",
                "sources",
                "+sources",
                "memberships",
            ],
        );
        Ok(rec)
    }

    fn membership(
        &mut self,
        found: &Found<'_>,
        orgs: &HashMap<&str, OrgIs>,
        people: &HashMap<&str, usize>,
        seats: &HashMap<&str, PostIs<'_>>,
    ) -> Result<(), ImportError> {
        let obj = found.obj;
        let path = found.path.as_str();
        let dangling = |key: &str, what: &str, id: &str| {
            ImportError::new(
                format!("{path}/{key}"),
                ImportErrorKind::Dangling,
                format!("{key} {id:?} names no {what} in the file"),
            )
        };
        // The post, when there is one.
        let post_id = str_of(obj, "post_id")
            .or_else(|| embedded_id(obj, "post"))
            .or(found.post);
        let post = match post_id {
            Some(id) => Some(
                seats
                    .get(id)
                    .ok_or_else(|| dangling("post_id", "post", id))?,
            ),
            None => None,
        };
        // The organization.
        let org_id = str_of(obj, "organization_id")
            .or_else(|| embedded_id(obj, "organization"))
            .or(found.organization)
            .or(post.map(|p| p.organization));
        let Some(org_id) = org_id else {
            return Err(ImportError::new(
                path,
                ImportErrorKind::Missing,
                "a membership needs organization_id, organization, post_id or post (Popolo membership §4)",
            ));
        };
        let org = orgs
            .get(org_id)
            .ok_or_else(|| dangling("organization_id", "organization", org_id))?;
        if let Some(p) = post {
            if p.organization != org_id {
                self.drop(
                    format!("{path}/post_id"),
                    format!(
                        "the post belongs to organization {:?}, the membership says {org_id:?}: read as a post at {org_id:?}",
                        p.organization
                    ),
                );
            }
        }
        // The member.
        enum Member<'b> {
            Person(&'b str),
            Org(&'b str),
        }
        let member = if let Some(id) = str_of(obj, "person_id")
            .or_else(|| embedded_id(obj, "person"))
            .or(found.person)
        {
            Member::Person(id)
        } else if let Some(Value::Object(m)) = obj.get("member") {
            let Some(id) = str_of(m, "id") else {
                return Err(ImportError::new(
                    format!("{path}/member"),
                    ImportErrorKind::Missing,
                    "a member object needs an id",
                ));
            };
            match str_of(m, "@type") {
                Some("Person") => Member::Person(id),
                Some("Organization") => Member::Org(id),
                _ if people.contains_key(id) => Member::Person(id),
                _ => Member::Org(id),
            }
        } else {
            return Err(ImportError::new(
                path,
                ImportErrorKind::Missing,
                "a membership needs person_id, person or member (Popolo membership §4)",
            ));
        };
        let &OrgIs::Record(at) = org else {
            self.drop(
                path,
                "a membership of a state: states hold no posts or members here",
            );
            return Ok(());
        };
        let org_local = self.org_id(at);
        let role = str_of(obj, "role");
        let label = str_of(obj, "label");
        let period = self.period(obj, path)?;
        let mut rec = Map::new();
        let mut used: Vec<&str> = vec![
            "id",
            "person_id",
            "person",
            "member",
            "organization_id",
            "organization",
            "post_id",
            "post",
            "role",
            "label",
            "start_date",
            "end_date",
            "+period",
            "sources",
            "+sources",
        ];
        if let Some(p) = period {
            rec.insert("period".into(), p);
        }
        self.sources(obj, path, &mut rec);
        match member {
            Member::Person(pid) => {
                let &who = people
                    .get(pid)
                    .ok_or_else(|| dangling("person_id", "person", pid))?;
                rec.insert("organization".into(), org_local);
                let role_word = role.and_then(|r| r.parse::<PostRole>().ok());
                let post_role = post.and_then(|p| p.role).and_then(|r| r.parse().ok());
                let title = post
                    .and_then(|p| p.label)
                    .or(label)
                    .or(role.filter(|_| role_word.is_none()));
                if let Some(t) = title {
                    match Text::new(t) {
                        Ok(_) => {
                            rec.insert("title".into(), json!(t));
                        }
                        Err(e) => self.drop(format!("{path}/label"), e.to_string()),
                    }
                }
                let chosen = role_word.or(post_role).unwrap_or(PostRole::Other);
                if let (Some(r), None) = (role, role_word) {
                    if title != Some(r) {
                        self.drop(
                            format!("{path}/role"),
                            format!("role {r:?} is no post role of this crate"),
                        );
                    }
                }
                if let (Some(l), Some(p)) = (label, post.and_then(|p| p.label)) {
                    if l != p {
                        self.drop(
                            format!("{path}/label"),
                            "the post's label is the title; the membership's differs",
                        );
                    }
                }
                rec.insert("role".into(), json!(chosen));
                if obj.get("+acting") == Some(&Value::Bool(true)) {
                    rec.insert("acting".into(), json!(true));
                }
                used.extend(["+acting", "+term", "+attested", "+decided_at"]);
                self.holding_extras(obj, path, &mut rec);
                if let Some((official, _)) = self.officials.get_mut(who) {
                    push(official, "posts", Value::Object(rec));
                }
                if let Some(paths) = self.post_paths.get_mut(who) {
                    paths.push(path.to_owned());
                }
            }
            Member::Org(mid) => {
                let member_is = orgs
                    .get(mid)
                    .ok_or_else(|| dangling("member", "organization", mid))?;
                let party = match member_is {
                    OrgIs::State(code) => ("state", json!(code)),
                    OrgIs::Record(i) => ("organization", self.org_id(*i)),
                };
                if post.is_some() {
                    self.drop(
                        format!("{path}/post_id"),
                        "an organization holds no post here",
                    );
                }
                if role == Some("chair") {
                    let OrgIs::State(code) = member_is else {
                        self.drop(path, "only a state chairs an organization here");
                        return Ok(());
                    };
                    rec.insert("country".into(), json!(code));
                    for (ext, field) in [("+official", "official"), ("+theme", "theme")] {
                        if let Some(v) = obj.get(ext) {
                            rec.insert(field.into(), v.clone());
                        }
                    }
                    used.extend(["+official", "+theme", "+term", "+attested", "+decided_at"]);
                    self.holding_extras(obj, path, &mut rec);
                    self.drop_other_keys(obj, path, &used);
                    if let Some((o, _)) = self.organizations.get_mut(at) {
                        push(o, "chairs", Value::Object(rec));
                    }
                    if let Some(p) = self.chairs_paths.get_mut(at) {
                        p.push(path.to_owned());
                    }
                    return Ok(());
                }
                rec.insert(party.0.into(), party.1);
                let status = match role.map(|r| (r, r.parse::<MembershipStatus>())) {
                    Some((_, Ok(status))) => status,
                    Some((r, Err(_))) => {
                        self.drop(
                            format!("{path}/role"),
                            format!(
                                "role {r:?} is no membership status of this crate: read as member"
                            ),
                        );
                        MembershipStatus::Member
                    }
                    None => MembershipStatus::Member,
                };
                rec.insert("status".into(), json!(status));
                if obj.get("+founding") == Some(&Value::Bool(true)) {
                    rec.insert("founding".into(), json!(true));
                }
                if let Some(l) = label {
                    self.drop(format!("{path}/label"), format!("label {l:?}"));
                }
                used.extend(["+founding", "+attested", "+decided_at"]);
                self.holding_extras(obj, path, &mut rec);
                rec.remove("term");
                self.drop_other_keys(obj, path, &used);
                if let Some((o, _)) = self.organizations.get_mut(at) {
                    push(o, "members", Value::Object(rec));
                }
                if let Some(p) = self.members_paths.get_mut(at) {
                    p.push(path.to_owned());
                }
                return Ok(());
            }
        }
        self.drop_other_keys(obj, path, &used);
        Ok(())
    }

    /// Attested days, term and deciding meeting from `+` properties.
    fn holding_extras(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        rec: &mut Map<String, Value>,
    ) {
        for (ext, field) in [("+attested", "attested"), ("+term", "term")] {
            if let Some(v) = obj.get(ext) {
                rec.insert(field.into(), v.clone());
            }
        }
        if obj.contains_key("+decided_at") {
            self.drop(
                format!("{path}/+decided_at"),
                "the deciding meeting: meetings are not read from Popolo",
            );
        }
    }

    /// A period from `+period`, or from `start_date` and `end_date`.
    fn period(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
    ) -> Result<Option<Value>, ImportError> {
        if let Some(v) = obj.get("+period") {
            return Ok(Some(v.clone()));
        }
        let start = self.date(obj, "start_date", path)?;
        let end = self.date(obj, "end_date", path)?;
        let period = Period::new(start, end).map_err(|e| {
            ImportError::new(
                format!("{path}/start_date"),
                ImportErrorKind::Invalid,
                e.to_string(),
            )
        })?;
        Ok((!period.is_unknown()).then(|| json!(period)))
    }

    /// A date field: an ISO 8601 reduced date, or a date and time of which the time is
    /// dropped.
    fn date(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Result<Option<PartialDate>, ImportError> {
        let Some(value) = obj.get(key) else {
            return Ok(None);
        };
        let at = format!("{path}/{key}");
        let text = match value {
            Value::Null => return Ok(None),
            Value::String(s) if s.is_empty() => return Ok(None),
            Value::String(s) => s.as_str(),
            _ => {
                return Err(ImportError::new(
                    at,
                    ImportErrorKind::Invalid,
                    "a date is a string",
                ));
            }
        };
        let day = match text.split_once('T') {
            Some((day, _time)) => {
                self.drop(at.clone(), "the time of day");
                day
            }
            None => text,
        };
        // Only what ISO 8601 and Popolo write: no decades here.
        if day.contains('X') {
            return Err(ImportError::new(
                at,
                ImportErrorKind::Invalid,
                format!("{text:?} is not an ISO 8601 date"),
            ));
        }
        day.parse::<PartialDate>()
            .map(Some)
            .map_err(|e| ImportError::new(at, ImportErrorKind::Invalid, format!("{e}")))
    }

    /// A text field that is not blank, or dropped when it is.
    fn text<'v>(&mut self, obj: &'v Map<String, Value>, key: &str, path: &str) -> Option<&'v str> {
        let value = obj.get(key)?;
        match value {
            Value::Null => None,
            Value::String(s) => match Text::new(s) {
                Ok(_) => Some(s.as_str()),
                Err(e) => {
                    self.drop(format!("{path}/{key}"), e.to_string());
                    None
                }
            },
            _ => {
                self.drop(format!("{path}/{key}"), "not a string");
                None
            }
        }
    }

    /// An other name: `name`, with `+lang` or `lang` when it is a language tag.
    fn other_name(&mut self, obj: &Map<String, Value>, path: &str) -> Option<Value> {
        let name = self.text(obj, "name", path)?;
        let mut out = Map::new();
        out.insert("name".into(), json!(name));
        for key in ["+lang", "lang"] {
            if let Some(tag) = str_of(obj, key) {
                match LangTag::new(tag) {
                    Ok(tag) if !out.contains_key("lang") => {
                        out.insert("lang".into(), json!(tag));
                    }
                    Ok(_) => {}
                    Err(e) => self.drop(format!("{path}/{}", token(key)), e.to_string()),
                }
            }
        }
        self.drop_other_keys(obj, path, &["name", "+lang", "lang"]);
        Some(Value::Object(out))
    }

    fn identifiers(&mut self, obj: &Map<String, Value>, path: &str) -> Vec<Value> {
        let mut out = Vec::new();
        let Some(Value::Array(list)) = obj.get("identifiers") else {
            return out;
        };
        for (j, item) in list.iter().enumerate() {
            let ipath = format!("{path}/identifiers/{j}");
            let Some(x) = item.as_object() else {
                self.drop(ipath, "not an object");
                continue;
            };
            let value = self.text(x, "identifier", &ipath);
            let scheme = self.text(x, "scheme", &ipath);
            match (scheme, value) {
                (Some(s), Some(v)) => out.push(json!({"scheme": s, "value": v})),
                (None, Some(_)) => self.drop(ipath, "an identifier without a scheme"),
                _ => self.drop(ipath, "an identifier without a value"),
            }
        }
        out
    }

    /// Sources: `+sources` when there is one (the whole list), else the Popolo links with a url
    /// this crate reads.
    fn sources(&mut self, obj: &Map<String, Value>, path: &str, rec: &mut Map<String, Value>) {
        if let Some(all) = obj.get("+sources") {
            // The whole list, as this crate writes it.
            rec.insert("sources".into(), all.clone());
            return;
        }
        let mut out = Vec::new();
        if let Some(Value::Array(links)) = obj.get("sources") {
            for (j, link) in links.iter().enumerate() {
                let lpath = format!("{path}/sources/{j}");
                let Some(link) = link.as_object() else {
                    self.drop(lpath, "not an object");
                    continue;
                };
                let url = str_of(link, "+url").or_else(|| str_of(link, "url"));
                let Some(url) = url.filter(|u| WebUrl::new(u).is_ok()) else {
                    self.drop(lpath, "a source without an http(s) url");
                    continue;
                };
                let mut source = Map::new();
                source.insert("url".into(), json!(url));
                if let Some(title) = self.text(link, "note", &lpath) {
                    source.insert("title".into(), json!(title));
                }
                for (ext, field) in [
                    ("+publisher", "publisher"),
                    ("+published", "published"),
                    ("+language", "language"),
                ] {
                    if let Some(v) = link.get(ext) {
                        source.insert(field.into(), v.clone());
                    }
                }
                self.drop_other_keys(
                    link,
                    &lpath,
                    &[
                        "url",
                        "+url",
                        "note",
                        "+publisher",
                        "+published",
                        "+language",
                    ],
                );
                out.push(Value::Object(source));
            }
        }
        if !out.is_empty() {
            rec.insert("sources".into(), Value::Array(out));
        }
    }

    fn drop_other_keys(&mut self, obj: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in obj.keys() {
            if !known.contains(&key.as_str()) {
                let reason = if key.starts_with('+') {
                    "an extension this crate does not know"
                } else {
                    "no field of this crate holds it"
                };
                self.drop(format!("{path}/{}", token(key)), reason);
            }
        }
    }

    /// Reads the records built, reporting a bad value at its place in the Popolo file.
    fn finish(self) -> Result<Import, ImportError> {
        let mut doc = Map::new();
        doc.insert(
            "schema_version".into(),
            json!(crate::dataset::SCHEMA_VERSION),
        );
        let org_paths: Vec<String> = self.organizations.iter().map(|(_, p)| p.clone()).collect();
        let person_paths: Vec<String> = self.officials.iter().map(|(_, p)| p.clone()).collect();
        doc.insert(
            "organizations".into(),
            Value::Array(
                self.organizations
                    .into_iter()
                    .map(|(r, _)| Value::Object(r))
                    .collect(),
            ),
        );
        doc.insert(
            "officials".into(),
            Value::Array(
                self.officials
                    .into_iter()
                    .map(|(r, _)| Value::Object(r))
                    .collect(),
            ),
        );
        let text = Value::Object(doc).to_string();
        let dataset = Dataset::from_json(&text).map_err(|e| {
            // `/officials/3/posts/1/period` → the membership's path, and what follows.
            let mut parts = e.path().splitn(6, '/').skip(1);
            let (kind, i, sub, j) = (parts.next(), parts.next(), parts.next(), parts.next());
            let i: Option<usize> = i.and_then(|i| i.parse().ok());
            let j: Option<usize> = j.and_then(|j| j.parse().ok());
            let rest: String = parts.next().map(|r| format!("/{r}")).unwrap_or_default();
            let base = match (kind, i, sub, j) {
                (Some("officials"), Some(i), Some("posts"), Some(j)) => self
                    .post_paths
                    .get(i)
                    .and_then(|p| p.get(j))
                    .map(|p| format!("{p}{rest}")),
                (Some("organizations"), Some(i), Some("members"), Some(j)) => self
                    .members_paths
                    .get(i)
                    .and_then(|p| p.get(j))
                    .map(|p| format!("{p}{rest}")),
                (Some("organizations"), Some(i), Some("chairs"), Some(j)) => self
                    .chairs_paths
                    .get(i)
                    .and_then(|p| p.get(j))
                    .map(|p| format!("{p}{rest}")),
                (Some("officials"), Some(i), sub, _) => person_paths
                    .get(i)
                    .map(|p| format!("{p}{}", sub.map(|s| format!("/{s}")).unwrap_or_default())),
                (Some("organizations"), Some(i), sub, _) => org_paths
                    .get(i)
                    .map(|p| format!("{p}{}", sub.map(|s| format!("/{s}")).unwrap_or_default())),
                _ => None,
            };
            ImportError::new(
                base.unwrap_or_default(),
                ImportErrorKind::Invalid,
                e.message().to_owned(),
            )
        })?;
        Ok(Import {
            dataset,
            dropped: self.dropped,
        })
    }
}

/// Appends to a list field of a record being built.
fn push(rec: &mut Map<String, Value>, key: &str, value: Value) {
    match rec.get_mut(key) {
        Some(Value::Array(list)) => list.push(value),
        _ => {
            rec.insert(key.into(), Value::Array(vec![value]));
        }
    }
}

fn str_of<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// The id of an embedded object (`"organization": {"id": …}`).
fn embedded_id<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key)
        .and_then(Value::as_object)
        .and_then(|o| str_of(o, "id"))
}

fn required_str<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<&'a str, ImportError> {
    str_of(obj, key).ok_or_else(|| {
        ImportError::new(
            format!("{path}/{key}"),
            ImportErrorKind::Missing,
            format!("{key} is required here, as a non-empty string"),
        )
    })
}

fn required_text<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<&'a str, ImportError> {
    let s = required_str(obj, key, path)?;
    Text::new(s).map_err(|e| {
        ImportError::new(
            format!("{path}/{key}"),
            ImportErrorKind::Invalid,
            e.to_string(),
        )
    })?;
    Ok(s)
}

/// The id for a Popolo id, unique among those given so far.
fn unique_local(
    popolo: &str,
    path: &str,
    seen: &mut HashMap<String, String>,
) -> Result<String, ImportError> {
    let local = local_id(popolo).ok_or_else(|| {
        ImportError::new(
            format!("{path}/id"),
            ImportErrorKind::Invalid,
            format!("no id can be made of {popolo:?}: an id has 1 to 128 letters, digits, '-', '_' or '.'"),
        )
    })?;
    if let Some(other) = seen.insert(local.clone(), popolo.to_owned()) {
        return Err(ImportError::new(
            format!("{path}/id"),
            ImportErrorKind::Duplicate,
            format!("{popolo:?} and {other:?} both give the id {local:?}"),
        ));
    }
    Ok(local)
}

/// The state an organization of the file stands for: classification `state` and an
/// ISO 3166-1 identifier.
fn state_of(org: &Map<String, Value>) -> Option<CountryCode> {
    if str_of(org, "classification") != Some("state") {
        return None;
    }
    let Some(Value::Array(ids)) = org.get("identifiers") else {
        return None;
    };
    ids.iter().filter_map(Value::as_object).find_map(|x| {
        (str_of(x, "scheme") == Some(ISO_3166_SCHEME))
            .then(|| str_of(x, "identifier").and_then(|c| CountryCode::new(c).ok()))
            .flatten()
    })
}

/// A country by its code or its English short name.
fn country_named(text: &str) -> Option<CountryCode> {
    CountryCode::new(text)
        .ok()
        .or_else(|| CountryCode::all().find(|c| c.name() == text))
}

/// The kind a Popolo classification names: a kind's word in any case, with spaces or
/// underscores for hyphens, or a usual synonym.
fn kind_of(classification: &str) -> Option<OrganizationKind> {
    let word: String = classification
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '_' { '-' } else { c })
        .collect();
    if let Ok(kind) = word.parse() {
        return Some(kind);
    }
    Some(match word.as_str() {
        "igo" | "intergovernmental-organization" | "international-organization" => {
            OrganizationKind::Intergovernmental
        }
        "un-agency" | "united-nations-entity" | "un-body" => OrganizationKind::UnEntity,
        "non-governmental-organization" | "non-governmental-organisation" | "ngo-organization" => {
            OrganizationKind::Ngo
        }
        "think-tank-organization" | "research-institute" | "thinktank" => {
            OrganizationKind::ThinkTank
        }
        "university" | "academia" => OrganizationKind::Academic,
        "ministry" | "government-body" | "executive" => OrganizationKind::Government,
        "court-of-justice" | "tribunal" => OrganizationKind::Court,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_ids_keep_valid_ids_and_mend_others() {
        assert_eq!(local_id("cica").as_deref(), Some("cica"));
        assert_eq!(local_id("party/mdc").as_deref(), Some("party.mdc"));
        assert_eq!(local_id("/x/").as_deref(), Some("x"));
        assert_eq!(local_id("Ö"), None);
        assert_eq!(local_id(&"a".repeat(129)), None);
    }

    #[test]
    fn kinds_are_read_from_their_words_and_synonyms() {
        assert_eq!(kind_of("un-entity"), Some(OrganizationKind::UnEntity));
        assert_eq!(
            kind_of("Governing Body"),
            Some(OrganizationKind::GoverningBody)
        );
        assert_eq!(kind_of("IGO"), Some(OrganizationKind::Intergovernmental));
        assert_eq!(kind_of("party"), None);
    }
}
