//! The JSON Schema against an independent validator (the `jsonschema` crate, format checking
//! on): the committed files are what the code generates, each is a valid schema, every example
//! document passes, every invalid document fails for its reason, and on generated documents
//! the schema and [`Dataset::from_json`] give the same verdict.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use jsonschema::Validator;
use multilateral::schema::{self, Draft};
use multilateral::{
    CoordinatorRole, CountryCode, Dataset, LangTag, MeetingKind, MeetingStatus, MembershipStatus,
    MouStatus, OrganizationId, OrganizationKind, OutcomeKind, PartialDate, ParticipantRole,
    PostRole, Recurrence, RelationKind, Rule, Text, WebUrl,
};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

const EXPORT: &str = "cargo run --example export_schema -- schema/";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `*.json` files of a folder, sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The documents that must be valid: the examples, and this suite's own.
fn valid_documents() -> Vec<PathBuf> {
    let mut docs = json_files(&repo().join("examples/data"));
    docs.extend(json_files(&repo().join("tests/data/valid")));
    assert!(
        docs.len() >= 4,
        "expected example documents, found {docs:?}"
    );
    docs
}

fn invalid_documents() -> Vec<PathBuf> {
    json_files(&repo().join("tests/data/invalid"))
}

/// A validator for `schema`, with format checking on.
fn validator(schema: &Value) -> Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema does not compile: {e}"))
}

/// The validator of the committed root schema, `schema/dataset.json`.
fn dataset_validator() -> &'static Validator {
    static V: OnceLock<Validator> = OnceLock::new();
    V.get_or_init(|| validator(&schema::dataset().to_value()))
}

/// A validator for one definition of the document's schema, such as `LangTag`.
fn definition_validator(def: &str) -> Validator {
    let root = schema::dataset().to_value();
    validator(&json!({
        "$schema": Draft::Draft2020_12.meta_schema(),
        "$defs": root["$defs"],
        "$ref": format!("#/$defs/{def}"),
    }))
}

/// Every error message of `validator` on `instance`, one per line.
fn errors(validator: &Validator, instance: &Value) -> String {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

// --- the committed files ------------------------------------------------------------------

#[test]
fn committed_schema_files_are_what_the_code_generates() {
    let mut stale = Vec::new();
    for file in schema::files() {
        let path = repo().join("schema").join(&file.path);
        match std::fs::read_to_string(&path) {
            Ok(text) if text == file.contents() => {}
            Ok(_) => stale.push(format!("schema/{} differs", file.path)),
            Err(e) => stale.push(format!("schema/{}: {e}", file.path)),
        }
    }
    assert!(
        stale.is_empty(),
        "the committed schema is out of date; run `{EXPORT}`:\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_schema_folder_holds_only_generated_files() {
    let expected: BTreeSet<String> = schema::files().into_iter().map(|f| f.path).collect();
    let mut found = BTreeSet::new();
    for draft in [Draft::Draft2020_12, Draft::Draft07] {
        for path in json_files(&repo().join("schema").join(draft.folder())) {
            found.insert(format!("{}{}", draft.folder(), name(&path)));
        }
    }
    assert_eq!(found, expected, "remove stale files, then run `{EXPORT}`");
}

#[test]
fn the_export_has_the_document_and_each_record_in_both_drafts() {
    let paths: Vec<String> = schema::files().into_iter().map(|f| f.path).collect();
    let records = [
        "dataset",
        "organization",
        "official",
        "meeting",
        "mou",
        "dimension",
    ];
    let mut expected: Vec<String> = records.iter().map(|r| format!("{r}.json")).collect();
    expected.extend(records.iter().map(|r| format!("draft-07/{r}.json")));
    assert_eq!(paths, expected);
    assert_eq!(schema::ROOT_FILE, "dataset.json");
    let titles: Vec<Value> = [
        schema::dataset(),
        schema::organization(),
        schema::official(),
        schema::meeting(),
        schema::mou(),
        schema::dimension(),
    ]
    .iter()
    .map(|s| s.get("title").cloned().unwrap_or_default())
    .collect();
    assert_eq!(
        titles,
        [
            "Dataset",
            "Organization",
            "Official",
            "Meeting",
            "Mou",
            "Dimension"
        ]
        .map(Value::from)
    );
}

#[test]
fn every_schema_is_valid_against_its_meta_schema() {
    for file in schema::files() {
        let value = file.schema.to_value();
        assert_eq!(
            value["$schema"],
            file.draft.meta_schema(),
            "{}: $schema",
            file.path
        );
        if let Err(e) = jsonschema::meta::validate(&value) {
            panic!("{} is not a valid schema: {e}", file.path);
        }
        let defs = match file.draft {
            Draft::Draft07 => "definitions",
            _ => "$defs",
        };
        assert!(
            value.get(defs).is_some(),
            "{}: definitions under {defs}",
            file.path
        );
        validator(&value);
    }
}

// --- documents ------------------------------------------------------------------------------

#[test]
fn every_example_document_is_valid_in_both_drafts() {
    let drafts: Vec<(String, Validator)> = schema::files()
        .into_iter()
        .filter(|f| f.path.ends_with(schema::ROOT_FILE))
        .map(|f| (f.path, validator(&f.schema.to_value())))
        .collect();
    assert_eq!(drafts.len(), 2);
    for path in valid_documents() {
        let text = read(&path);
        let doc: Value = serde_json::from_str(&text).unwrap();
        for (schema_path, v) in &drafts {
            assert!(
                v.is_valid(&doc),
                "{} against {schema_path}:\n{}",
                name(&path),
                errors(v, &doc)
            );
        }
        if let Err(e) = Dataset::from_json(&text) {
            panic!("{}: the reader refuses it: {e}", name(&path));
        }
    }
}

#[test]
fn record_schemas_accept_each_record_of_the_examples() {
    let records = [
        ("organizations", "organization.json"),
        ("officials", "official.json"),
        ("meetings", "meeting.json"),
        ("mous", "mou.json"),
        ("dimensions", "dimension.json"),
    ];
    let files = schema::files();
    let mut checked = 0;
    for (list, file) in records {
        for draft in [Draft::Draft2020_12, Draft::Draft07] {
            let wanted = format!("{}{file}", draft.folder());
            let schema = files.iter().find(|f| f.path == wanted).unwrap();
            let v = validator(schema.schema.as_value());
            assert!(!v.is_valid(&json!({})), "{wanted} accepts an empty object");
            for path in valid_documents() {
                let doc: Value = serde_json::from_str(&read(&path)).unwrap();
                for (i, record) in doc[list].as_array().into_iter().flatten().enumerate() {
                    assert!(
                        v.is_valid(record),
                        "{} /{list}/{i} against {wanted}:\n{}",
                        name(&path),
                        errors(&v, record)
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} records checked");
}

/// Each invalid document breaks one constraint. The table gives, for each, where the reader
/// stops (its JSON pointer) and what it says; the schema must reject the document with an
/// error at that place, at a value that encloses it, or at one of its fields.
const INVALID: &[(&str, &str, &str)] = &[
    (
        "country-alpha-3",
        "/officials/0/nationality",
        "two upper-case letters",
    ),
    (
        "country-lower-case",
        "/organizations/0/headquarters/country",
        "two upper-case letters",
    ),
    (
        "country-unassigned",
        "/organizations/0/members/0/state",
        "not an officially assigned",
    ),
    (
        "date-april-31",
        "/meetings/0/when/start",
        "no such day in that month",
    ),
    (
        "date-february-29-century",
        "/organizations/0/founded",
        "no such day in that month",
    ),
    (
        "date-february-29-not-leap",
        "/mous/0/signed",
        "no such day in that month",
    ),
    (
        "date-month-13",
        "/organizations/0/founded",
        "the month must be between 01 and 12",
    ),
    (
        "date-not-zero-padded",
        "/organizations/0/founded",
        "a date is written YYYY",
    ),
    (
        "date-with-time",
        "/meetings/0/when/start",
        "a date is written YYYY",
    ),
    (
        "date-year-zero",
        "/organizations/0/founded",
        "the year must be between 0001 and 9999",
    ),
    (
        "enum-unknown-value",
        "/meetings/0/kind",
        "unknown variant `meeting`",
    ),
    (
        "enum-value-with-underscore",
        "/meetings/0/relations/0/kind",
        "unknown variant `sidelines_of`",
    ),
    (
        "enum-wrong-case",
        "/meetings/0/status",
        "unknown variant `Held`",
    ),
    (
        "flag-not-a-boolean",
        "/meetings/0/location/online",
        "expected a boolean",
    ),
    ("id-empty", "/organizations/0/id", "an id cannot be empty"),
    (
        "id-leading-dash",
        "/organizations/0/id",
        "must start and end with a letter or digit",
    ),
    (
        "id-not-ascii",
        "/organizations/0/id",
        "may only contain ASCII letters",
    ),
    (
        "id-too-long",
        "/organizations/0/id",
        "at most 128 characters",
    ),
    (
        "id-with-space",
        "/organizations/0/id",
        "cannot contain white space",
    ),
    (
        "lang-tag-bad-grammar",
        "/organizations/0/other_names/0/lang",
        "invalid language tag",
    ),
    (
        "lang-tag-empty-extension",
        "/organizations/0/other_names/0/lang",
        "invalid language tag",
    ),
    (
        "lang-tag-underscore",
        "/organizations/0/other_names/0/lang",
        "invalid language tag",
    ),
    ("list-not-an-array", "/organizations", "expected a sequence"),
    (
        "list-null",
        "/meetings/0/participants",
        "invalid type: null, expected a sequence",
    ),
    (
        "member-with-both-parties",
        "/organizations/0/members/0",
        "not both",
    ),
    (
        "missing-meeting-when",
        "/meetings/0",
        "missing field `when`",
    ),
    (
        "missing-required-field",
        "/organizations/0",
        "missing field `name`",
    ),
    (
        "missing-schema-version",
        "",
        "missing field `schema_version`",
    ),
    (
        "mou-with-one-party",
        "/mous/0/parties",
        "expected at least two parties",
    ),
    ("mou-without-parties", "/mous/0", "missing field `parties`"),
    (
        "participant-with-both-parties",
        "/meetings/0/participants/0",
        "not both",
    ),
    (
        "participant-with-null-parties",
        "/meetings/0/participants/0",
        "missing field `organization` or `state`",
    ),
    (
        "participant-without-party",
        "/meetings/0/participants/0",
        "missing field `organization` or `state`",
    ),
    (
        "period-null",
        "/officials/0/posts/0/period",
        "invalid type: null",
    ),
    (
        "record-not-an-object",
        "/organizations/0",
        "expected a JSON object (Organization)",
    ),
    (
        "reference-id-malformed",
        "/meetings/0/participants/0/organization",
        "cannot contain white space",
    ),
    ("required-field-null", "/organizations/0/kind", ""),
    (
        "text-blank",
        "/meetings/0/title",
        "text cannot be empty or blank",
    ),
    (
        "text-empty",
        "/organizations/0/name",
        "text cannot be empty or blank",
    ),
    (
        "text-next-line-only",
        "/organizations/0/acronym",
        "text cannot be empty or blank",
    ),
    (
        "text-unicode-blank",
        "/meetings/0/topics/0",
        "text cannot be empty or blank",
    ),
    (
        "unknown-field-in-document",
        "/organisations",
        "unknown field `organisations`",
    ),
    (
        "unknown-field-in-period",
        "/meetings/0/when/from",
        "unknown field `from`",
    ),
    (
        "unknown-field-in-record",
        "/organizations/0/nmae",
        "unknown field `nmae`",
    ),
    (
        "unsupported-schema-version",
        "/schema_version",
        "unsupported schema_version \"3.0\"",
    ),
    (
        "url-not-http",
        "/organizations/0/sources/0/url",
        "starts with http:// or https://",
    ),
    (
        "url-with-control-character",
        "/organizations/0/sources/0/url",
        "control or invisible characters",
    ),
    (
        "url-with-space",
        "/organizations/0/sources/0/url",
        "white space",
    ),
    (
        "url-without-host",
        "/organizations/0/sources/0/url",
        "a url names a host",
    ),
];

/// Where the reader stops on a document and what it says; a document that reads but breaks
/// a rule the schema also expresses (an MoU with fewer than two parties) gives that rule.
fn reader_verdict(text: &str) -> Option<(String, String)> {
    match Dataset::from_json(text) {
        Err(e) => Some((e.path().to_owned(), e.message().to_owned())),
        Ok(data) => data
            .validate()
            .violations()
            .iter()
            .find(|v| SHAPE_RULES.contains(&v.rule))
            .map(|v| (v.path.clone(), v.code().to_owned())),
    }
}

/// Rules of [`Dataset::validate`] that the schema expresses too: none, now that the reader
/// refuses an MoU of fewer than two listed parties itself (`too-few-parties` is left with
/// parties listed twice, which the schema does not forbid).
const SHAPE_RULES: &[Rule] = &[];

#[test]
fn every_invalid_document_is_listed_with_its_reason() {
    let listed: BTreeSet<String> = INVALID.iter().map(|(f, ..)| format!("{f}.json")).collect();
    let found: BTreeSet<String> = invalid_documents().iter().map(|p| name(p)).collect();
    assert_eq!(found, listed);
}

/// Whether the JSON pointer `outer` is `inner` or one of its ancestors.
fn encloses(outer: &str, inner: &str) -> bool {
    inner == outer || inner.starts_with(&format!("{outer}/"))
}

#[test]
fn invalid_documents_are_refused_by_the_schema_and_the_reader_at_the_same_place() {
    let drafts: Vec<(String, Validator)> = schema::files()
        .into_iter()
        .filter(|f| f.path.ends_with(schema::ROOT_FILE))
        .map(|f| (f.path, validator(&f.schema.to_value())))
        .collect();
    for &(file, at, says) in INVALID {
        let text = read(&repo().join(format!("tests/data/invalid/{file}.json")));
        let doc: Value = serde_json::from_str(&text).unwrap();
        let (path, message) =
            reader_verdict(&text).unwrap_or_else(|| panic!("{file}: the reader accepts it"));
        assert_eq!(path, at, "{file}: the reader stops elsewhere ({message})");
        assert!(
            message.contains(says),
            "{file}: {message:?} does not say {says:?}"
        );
        for (schema_path, v) in &drafts {
            let places: Vec<String> = v
                .iter_errors(&doc)
                .map(|e| e.instance_path().to_string())
                .collect();
            assert!(!places.is_empty(), "{file}: {schema_path} accepts it");
            assert!(
                places.iter().any(|p| encloses(p, at) || encloses(at, p)),
                "{file}: {schema_path} refuses it at {places:?}, away from {at}"
            );
        }
    }
}

// --- the shape generators read ------------------------------------------------------------

/// Calls `f` on every schema object inside `value` (keywords and subschemas alike), with its
/// JSON pointer.
fn each_object(value: &Value, at: &str, f: &mut impl FnMut(&str, &Map<String, Value>)) {
    match value {
        Value::Object(obj) => {
            f(at, obj);
            for (k, v) in obj {
                each_object(v, &format!("{at}/{k}"), f);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                each_object(v, &format!("{at}/{i}"), f);
            }
        }
        _ => {}
    }
}

#[test]
fn schemas_have_the_shapes_binding_generators_read_well() {
    for file in schema::files() {
        let value = file.schema.to_value();
        let defs_key = if file.draft == Draft::Draft07 {
            "definitions"
        } else {
            "$defs"
        };
        for (key, def) in value[defs_key].as_object().unwrap() {
            assert_eq!(
                def["title"],
                key.as_str(),
                "{}: {key} has its name as title",
                file.path
            );
            if def.get("enum").is_some() {
                assert_eq!(def["type"], "string", "{}: {key}", file.path);
            }
        }
        each_object(&value, "", &mut |at, obj| {
            let p = &file.path;
            // Property maps and `default` values are not schemas.
            if at.ends_with("/properties") || at.ends_with("/default") {
                return;
            }
            assert!(!obj.contains_key("oneOf"), "{p}{at}: oneOf");
            assert!(!obj.contains_key("const"), "{p}{at}: const");
            assert!(!obj.contains_key("format"), "{p}{at}: format");
            if obj.contains_key("$ref") {
                assert_eq!(obj.len(), 1, "{p}{at}: $ref with siblings");
            }
            if obj.contains_key("properties") {
                assert_eq!(obj.get("type"), Some(&json!("object")), "{p}{at}: type");
            }
            if let Some(Value::Array(required)) = obj.get("required") {
                for r in required {
                    let r = r.as_str().unwrap();
                    assert!(
                        obj.get("properties").and_then(|ps| ps.get(r)).is_some(),
                        "{p}{at}: required {r} is not among the properties"
                    );
                }
            }
        });
    }
}

#[test]
fn every_record_object_is_closed() {
    let value = schema::dataset().to_value();
    let mut objects = 0;
    for (key, def) in value["$defs"].as_object().unwrap() {
        if def["type"] == "object" {
            assert_eq!(def["additionalProperties"], false, "{key}");
            objects += 1;
        }
    }
    assert_eq!(value["additionalProperties"], false);
    assert!(objects >= 15, "{objects} object definitions");
}

#[test]
fn the_constraints_a_schema_can_express_are_in_it() {
    let s = schema::dataset().to_value();
    let defs = &s["$defs"];
    for id in [
        "OrganizationId",
        "OfficialId",
        "MeetingId",
        "MouId",
        "DimensionId",
    ] {
        assert_eq!(defs[id]["pattern"], multilateral::id::ID_PATTERN, "{id}");
        assert_eq!(defs[id]["maxLength"], 128, "{id}");
    }
    assert_eq!(defs["CountryCode"]["enum"].as_array().unwrap().len(), 249);
    assert_eq!(
        defs["PartialDate"]["pattern"],
        multilateral::date::PARTIAL_DATE_PATTERN
    );
    assert!(
        defs["LangTag"]["pattern"]
            .as_str()
            .unwrap()
            .contains("[A-Za-z]{4}")
    );
    assert_eq!(defs["Mou"]["properties"]["parties"]["minItems"], 2);
    assert_eq!(
        s["properties"]["schema_version"]["enum"],
        json!(["1.0", "2.0"])
    );
    let required = |def: &str| defs[def]["required"].clone();
    assert_eq!(required("Organization"), json!(["id", "name", "kind"]));
    assert_eq!(required("Official"), json!(["id", "name"]));
    assert_eq!(
        required("Meeting"),
        json!(["id", "title", "kind", "status", "when"])
    );
    assert_eq!(required("Mou"), json!(["id", "title", "parties", "status"]));
    assert_eq!(required("Dimension"), json!(["id", "organization", "name"]));
    assert_eq!(required("Participant"), json!(["role"]));
    assert_eq!(
        defs["Participant"]["if"]["required"],
        json!(["organization"])
    );
    assert_eq!(defs["Membership"]["else"]["required"], json!(["state"]));
    assert_eq!(
        defs["MeetingKind"]["enum"],
        json!([
            "bilateral",
            "session",
            "summit",
            "ministerial",
            "conference",
            "seminar",
            "forum",
            "training",
            "visit",
            "signing-ceremony",
            "consultation",
            "courtesy-call",
            "press-conference",
            "briefing",
            "ceremony",
            "decision",
            "other"
        ])
    );
    assert_eq!(
        defs["Term"]["pattern"],
        json!(multilateral::term::TERM_PATTERN)
    );
    assert_eq!(defs["DateRange"]["minProperties"], 1);
    assert_eq!(defs["DateRange"]["additionalProperties"], false);
}

#[test]
fn descriptions_come_from_the_doc_comments() {
    let s = schema::dataset().to_value();
    let defs = &s["$defs"];
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    assert!(text(&defs["Meeting"]["description"]).starts_with(
        "An encounter between organizations or states, from a bilateral meeting between two \
         heads to a governing body's session."
    ));
    assert!(text(&defs["MeetingKind"]["description"]).contains(
        "\n- `bilateral`: Two sides meeting each other, usually their heads or delegations.\n"
    ));
    assert_eq!(
        text(&defs["Meeting"]["properties"]["title"]["description"]),
        "A title that says who met or what the event was. Required."
    );
    each_object(&s, "", &mut |at, obj| {
        if let Some(Value::String(d)) = obj.get("description") {
            for rustdoc in ["crate::", "Self::", "# Ok(", "```rust"] {
                assert!(!d.contains(rustdoc), "{at}: {d:?} holds {rustdoc:?}");
            }
            // Code blocks left are JSON: every opening fence says so.
            for opening in d.split("```").skip(1).step_by(2) {
                assert!(
                    opening.starts_with("json\n"),
                    "{at}: {d:?} has a code block"
                );
            }
        }
    });
}

// --- defaults and nulls ------------------------------------------------------------------------

/// The object schema a value is checked against: through `$ref`, a lone `allOf`, and the
/// non-null branch of a nullable `anyOf`.
fn resolve<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        return resolve(root.pointer(&target[1..]).unwrap(), root);
    }
    if let Some([one]) = schema
        .get("allOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        return resolve(one, root);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        if let Some(branch) = any.iter().find(|b| b["type"] != "null") {
            return resolve(branch, root);
        }
    }
    schema
}

/// Walks a document along its schema, calling `f` on each object with its properties'
/// schemas, inner objects first.
fn along(
    value: &mut Value,
    schema: &Value,
    root: &Value,
    f: &mut impl FnMut(&mut Map<String, Value>, &Map<String, Value>),
) {
    let schema = resolve(schema, root);
    match value {
        Value::Object(obj) => {
            let Some(props) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (k, v) in obj.iter_mut() {
                if let Some(p) = props.get(k) {
                    along(v, p, root, f);
                }
            }
            f(obj, props);
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for v in items {
                    along(v, item, root, f);
                }
            }
        }
        _ => {}
    }
}

/// The document with every absent field that has a `default` written out.
fn with_defaults(doc: &Value, root: &Value) -> (Value, usize) {
    let mut doc = doc.clone();
    let mut added = 0;
    along(&mut doc, root, root, &mut |obj, props| {
        for (k, p) in props {
            if let (false, Some(default)) = (obj.contains_key(k), p.get("default")) {
                obj.insert(k.clone(), default.clone());
                added += 1;
            }
        }
    });
    (doc, added)
}

/// The document without `null` fields and fields equal to their `default`.
fn without_nulls_and_defaults(doc: &Value, root: &Value) -> Value {
    let mut doc = doc.clone();
    along(&mut doc, root, root, &mut |obj, props| {
        obj.retain(|k, v| !v.is_null() && props.get(k).and_then(|p| p.get("default")) != Some(v));
    });
    doc
}

#[test]
fn defaults_in_the_schema_are_what_the_reader_assumes() {
    let root = schema::dataset().to_value();
    let mut total = 0;
    for path in valid_documents() {
        let text = read(&path);
        let doc: Value = serde_json::from_str(&text).unwrap();
        let (filled, added) = with_defaults(&doc, &root);
        total += added;
        assert!(dataset_validator().is_valid(&filled), "{}", name(&path));
        assert_eq!(
            Dataset::from_json(&filled.to_string()).unwrap(),
            Dataset::from_json(&text).unwrap(),
            "{}: a default means something else to the reader",
            name(&path)
        );
    }
    assert!(total > 100, "only {total} defaults filled in");
}

#[test]
fn the_reader_writes_documents_back_without_nulls_and_defaults() {
    let root = schema::dataset().to_value();
    for path in valid_documents() {
        let doc: Value = serde_json::from_str(&read(&path)).unwrap();
        let written = Dataset::from_json(&doc.to_string())
            .unwrap()
            .to_json_pretty();
        let written: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(
            written,
            without_nulls_and_defaults(&doc, &root),
            "{}",
            name(&path)
        );
    }
}

// --- the schema and the reader agree ---------------------------------------------------------

/// Whether the reader accepts a document as far as the schema can tell: it reads, and breaks
/// none of the rules the schema also expresses.
fn reader_accepts(doc: &Value) -> bool {
    reader_verdict(&doc.to_string()).is_none()
}

fn assert_agree(doc: &Value) -> Result<(), TestCaseError> {
    let by_schema = dataset_validator().is_valid(doc);
    let by_reader = reader_accepts(doc);
    prop_assert_eq!(
        by_schema,
        by_reader,
        "schema {} but reader {} on {}\nschema errors: {}\nreader: {:?}",
        if by_schema { "accepts" } else { "refuses" },
        if by_reader { "accepts" } else { "refuses" },
        doc,
        errors(dataset_validator(), doc),
        reader_verdict(&doc.to_string())
    );
    Ok(())
}

/// Strategies for documents that are mostly valid and break one rule or another now and then.
mod generated {
    use super::*;

    pub type Field = BoxedStrategy<Option<(String, Value)>>;

    /// How often a required field is present.
    pub const REQUIRED: f64 = 0.985;

    pub fn pick(values: &'static [&'static str]) -> BoxedStrategy<Value> {
        prop::sample::select(values).prop_map(Value::from).boxed()
    }

    /// Usually `good`, sometimes `bad`, now and then a value of the wrong JSON type.
    pub fn mostly(good: BoxedStrategy<Value>, bad: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
        prop_oneof![
            50 => good,
            1 => bad,
            1 => prop_oneof![
                Just(Value::Null),
                Just(json!(7)),
                Just(json!(true)),
                Just(json!("x")),
                Just(json!({})),
                Just(json!([])),
            ],
        ]
        .boxed()
    }

    /// Usually `good`, an object; now and then a value of another JSON type, including an
    /// array of field values (`"when": ["2024", "2025"]`), which serde's derived readers
    /// would take for a struct and ours refuse, as the schema does.
    pub fn object_or_wrong(good: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
        prop_oneof![
            50 => good,
            1 => prop_oneof![
                Just(Value::Null),
                Just(json!(7)),
                Just(json!("2024/2025")),
                Just(json!(["2024", "2025"])),
                Just(json!([])),
            ],
        ]
        .boxed()
    }

    pub fn field(name: &'static str, value: BoxedStrategy<Value>, present: f64) -> Field {
        prop::option::weighted(present, value.prop_map(move |v| (name.to_owned(), v))).boxed()
    }

    pub fn object(fields: Vec<Field>) -> BoxedStrategy<Value> {
        (
            fields,
            prop::option::weighted(0.01, Just(("extra_field", json!(1)))),
        )
            .prop_map(|(fields, extra)| {
                let mut obj: Map<String, Value> = fields.into_iter().flatten().collect();
                if let Some((k, v)) = extra {
                    obj.insert(k.to_owned(), v);
                }
                Value::Object(obj)
            })
            .boxed()
    }

    pub fn list(item: BoxedStrategy<Value>, max: usize) -> BoxedStrategy<Value> {
        mostly(
            prop::collection::vec(item, 0..=max)
                .prop_map(Value::Array)
                .boxed(),
            Just(Value::Null).boxed(),
        )
    }

    pub fn id() -> BoxedStrategy<Value> {
        mostly(
            pick(&[
                "cica", "iom", "osce", "kz-mfa", "Q123", "un_water", "a.b", "x",
            ]),
            pick(&["", "-a", "a-", "a b", "é", "a/b", "IOM Council"]),
        )
    }

    pub fn text() -> BoxedStrategy<Value> {
        mostly(
            pick(&[
                "CICA",
                "Geneva",
                " spaced ",
                "Совещание",
                "\u{feff}",
                "a\u{85}b",
                "x\n",
            ]),
            pick(&[
                "",
                " ",
                "\t\n",
                "\u{85}",
                "\u{a0}",
                "\u{2003}\u{3000}",
                "\u{2028}",
            ]),
        )
    }

    pub fn country() -> BoxedStrategy<Value> {
        mostly(
            pick(&["KZ", "CH", "TR", "PK", "US"]),
            pick(&["kz", "XK", "KAZ", "", "K"]),
        )
    }

    pub const DATES: &[&str] = &[
        "2008",
        "2024-11",
        "2024-11-25",
        "2024-02-29",
        "2000-02-29",
        "0001",
        "9999-12-31",
        "2024",
        "1999-04-30",
        "199X",
        "20XX",
        "001X",
    ];

    pub fn date() -> BoxedStrategy<Value> {
        mostly(
            pick(DATES),
            pick(&[
                "2023-02-29",
                "1900-02-29",
                "2024-04-31",
                "0000",
                "2024-13",
                "2024-00",
                "2024-1-5",
                "2024-11-25T10:00",
                "10000",
                "24",
                "000X",
                "00XX",
                "19X5",
                "1XXX",
                "199x",
            ]),
        )
    }

    pub fn lang() -> BoxedStrategy<Value> {
        mostly(
            pick(&[
                "en",
                "ru",
                "kk-Cyrl",
                "zh-Hans-CN",
                "EN-gb",
                "i-klingon",
                "x-private",
                "de-CH-1996",
            ]),
            pick(&[
                "en_GB",
                "english-language-tag",
                "e",
                "en--gb",
                "123",
                "en-a",
                "x",
            ]),
        )
    }

    pub fn url() -> BoxedStrategy<Value> {
        mostly(
            pick(&[
                "https://www.s-cica.org/",
                "http://a.example/x?y=1#z",
                "https://x",
                "https://é.example/ü",
            ]),
            pick(&[
                "ftp://x",
                "https:///p",
                "https://a b",
                "www.iom.int",
                "https://x/\u{7f}",
                "HTTPS://x",
                "https://",
            ]),
        )
    }

    pub fn boolean() -> BoxedStrategy<Value> {
        mostly(
            prop::bool::ANY.prop_map(Value::from).boxed(),
            pick(&["yes", "true"]),
        )
    }

    /// Any value of a string enum, as written; now and then a string it does not have.
    pub fn one_of<E: Copy + 'static>(
        all: &'static [E],
        as_str: fn(E) -> &'static str,
    ) -> BoxedStrategy<Value> {
        let names: Vec<&'static str> = all.iter().map(|&v| as_str(v)).collect();
        mostly(
            prop::sample::select(names).prop_map(Value::from).boxed(),
            pick(&["Other", "unknown", "held ", ""]),
        )
    }

    /// Limits within which a date lies, in order (limits the wrong way round are a rule the
    /// schema cannot express); now and then empty, or with a field they do not have.
    pub fn limits() -> BoxedStrategy<Value> {
        let valid = (
            prop::option::weighted(0.6, date()),
            prop::option::weighted(0.6, date()),
        )
            .prop_map(|(a, b)| {
                let parse = |v: &Option<Value>| {
                    v.as_ref()
                        .and_then(Value::as_str)
                        .and_then(|s| s.parse::<PartialDate>().ok())
                };
                let (mut a, mut b) = (a, b);
                if let (Some(x), Some(y)) = (parse(&a), parse(&b)) {
                    if x.earliest() > y.latest() {
                        std::mem::swap(&mut a, &mut b);
                    }
                }
                let mut obj = Map::new();
                if let Some(a) = a {
                    obj.insert("not_before".into(), a);
                }
                if let Some(b) = b {
                    obj.insert("not_after".into(), b);
                }
                Value::Object(obj)
            })
            .boxed();
        mostly(valid, pick(&["[..2019]"]))
    }

    /// One end of a period: mostly a date, sometimes unknown, open or limits.
    pub fn bound() -> BoxedStrategy<Value> {
        prop_oneof![
            6 => date(),
            1 => pick(&["unknown", ".."]),
            1 => limits(),
            1 => pick(&["Unknown", "...", "open", ""]),
        ]
        .boxed()
    }

    /// A period whose ends, when both are dated, are in order: a reversed period is a rule
    /// the schema cannot express.
    pub fn period() -> BoxedStrategy<Value> {
        let ends = (
            prop::option::weighted(0.7, bound()),
            prop::option::weighted(0.5, bound()),
            prop::option::weighted(0.03, Just(json!("2024"))),
        );
        let valid = ends
            .prop_map(|(start, end, from)| {
                let parse = |v: &Option<Value>| {
                    v.as_ref()
                        .and_then(|v| serde_json::from_value::<multilateral::Bound>(v.clone()).ok())
                };
                let (mut start, mut end) = (start, end);
                if let (Some(s), Some(e)) = (parse(&start), parse(&end)) {
                    if let (Some(first), Some(last)) = (s.first_day(), e.last_day()) {
                        if first > last {
                            std::mem::swap(&mut start, &mut end);
                        }
                    }
                    // Swapped, they may still be reversed (a range on one side): drop the end.
                    if let (Some(s), Some(e)) = (parse(&start), parse(&end)) {
                        if let (Some(first), Some(last)) = (s.first_day(), e.last_day()) {
                            if first > last {
                                end = None;
                            }
                        }
                    }
                }
                let mut obj = Map::new();
                if let Some(s) = start {
                    obj.insert("start".into(), s);
                }
                if let Some(e) = end {
                    obj.insert("end".into(), e);
                }
                if let Some(f) = from {
                    obj.insert("from".into(), f);
                }
                Value::Object(obj)
            })
            .boxed();
        object_or_wrong(valid)
    }

    pub fn source() -> BoxedStrategy<Value> {
        object(vec![
            field("url", url(), 0.5),
            field("title", text(), 0.6),
            field("publisher", text(), 0.3),
            field("published", date(), 0.3),
            field("language", lang(), 0.2),
        ])
    }

    pub fn term() -> BoxedStrategy<Value> {
        mostly(
            pick(&["P3Y", "P18M", "P2Y6M", "P90D", "P1Y1M1D", "P0Y6M", "P0010Y"]),
            pick(&[
                "P", "3Y", "P0D", "P0Y0M", "P3W", "P3Y2Y", "PT3H", "P12345Y", "p3y",
            ]),
        )
    }

    pub fn attested() -> BoxedStrategy<Value> {
        list(date(), 2)
    }

    /// The two fields that name a party: usually exactly one, sometimes both or neither.
    pub fn party(fields: Vec<Field>) -> BoxedStrategy<Value> {
        let mut all = vec![
            field("organization", id(), 0.6),
            field("state", country(), 0.45),
        ];
        all.extend(fields);
        object(all)
    }

    pub fn organization() -> BoxedStrategy<Value> {
        object(vec![
            field("id", id(), REQUIRED),
            field("name", text(), REQUIRED),
            field("acronym", text(), 0.4),
            field("description", text(), 0.2),
            field(
                "other_names",
                list(
                    object(vec![
                        field("name", text(), REQUIRED),
                        field("lang", lang(), 0.6),
                    ]),
                    2,
                ),
                0.3,
            ),
            field(
                "kind",
                one_of(OrganizationKind::ALL, OrganizationKind::as_str),
                0.97,
            ),
            field("country", country(), 0.3),
            field("parent", id(), 0.3),
            field(
                "headquarters",
                object_or_wrong(object(vec![
                    field("city", text(), 0.6),
                    field("country", country(), 0.95),
                ])),
                0.3,
            ),
            field("founded", date(), 0.3),
            field("dissolved", date(), 0.1),
            field(
                "members",
                list(
                    party(vec![
                        field(
                            "status",
                            one_of(MembershipStatus::ALL, MembershipStatus::as_str),
                            REQUIRED,
                        ),
                        field("period", period(), 0.5),
                        field("founding", boolean(), 0.2),
                        field("attested", attested(), 0.2),
                        field("decided_at", id(), 0.1),
                    ]),
                    3,
                ),
                0.4,
            ),
            field(
                "chairs",
                list(
                    object(vec![
                        field("country", country(), REQUIRED),
                        field("period", period(), 0.6),
                        field("term", term(), 0.2),
                        field("attested", attested(), 0.2),
                        field("decided_at", id(), 0.1),
                    ]),
                    2,
                ),
                0.2,
            ),
            field(
                "identifiers",
                list(
                    object(vec![
                        field("scheme", text(), REQUIRED),
                        field("value", text(), REQUIRED),
                    ]),
                    2,
                ),
                0.2,
            ),
            field("sources", list(source(), 2), 0.4),
        ])
    }

    pub fn official() -> BoxedStrategy<Value> {
        object(vec![
            field("id", id(), REQUIRED),
            field("name", text(), REQUIRED),
            field("given_name", text(), 0.3),
            field("family_name", text(), 0.3),
            field("honorific", text(), 0.3),
            field("nationality", country(), 0.3),
            field(
                "posts",
                list(
                    object(vec![
                        field("organization", id(), REQUIRED),
                        field("title", text(), 0.5),
                        field("role", one_of(PostRole::ALL, PostRole::as_str), REQUIRED),
                        field("acting", boolean(), 0.2),
                        field("period", period(), 0.6),
                        field("term", term(), 0.2),
                        field("attested", attested(), 0.2),
                        field("decided_at", id(), 0.1),
                    ]),
                    2,
                ),
                0.6,
            ),
        ])
    }

    pub fn dimension() -> BoxedStrategy<Value> {
        object(vec![
            field("id", id(), REQUIRED),
            field("organization", id(), REQUIRED),
            field("name", text(), REQUIRED),
            field("description", text(), 0.3),
            field("parent", id(), 0.3),
            field(
                "coordinators",
                list(
                    object(vec![
                        field("country", country(), REQUIRED),
                        field(
                            "role",
                            one_of(CoordinatorRole::ALL, CoordinatorRole::as_str),
                            REQUIRED,
                        ),
                        field("period", period(), 0.5),
                    ]),
                    2,
                ),
                0.4,
            ),
        ])
    }

    /// Parties are distinct: that they differ is a rule the schema cannot express.
    pub fn mou() -> BoxedStrategy<Value> {
        let parties = mostly(
            prop::sample::subsequence(vec!["cica", "iom", "osce", "sco"], 0..=3)
                .prop_shuffle()
                .prop_map(|ids| json!(ids))
                .boxed(),
            Just(json!(["cica", "bad id"])).boxed(),
        );
        object(vec![
            field("id", id(), REQUIRED),
            field("title", text(), REQUIRED),
            field("parties", parties, 0.95),
            field("signatories", list(id(), 2), 0.3),
            field(
                "status",
                one_of(MouStatus::ALL, MouStatus::as_str),
                REQUIRED,
            ),
            field("signed", date(), 0.4),
            field("effective", date(), 0.2),
            field("expires", date(), 0.2),
            field("signed_at", id(), 0.2),
            field("areas", list(text(), 2), 0.3),
            field("dimensions", list(id(), 2), 0.2),
        ])
    }

    pub fn meeting() -> BoxedStrategy<Value> {
        object(vec![
            field("id", id(), REQUIRED),
            field("title", text(), REQUIRED),
            field(
                "kind",
                one_of(MeetingKind::ALL, MeetingKind::as_str),
                REQUIRED,
            ),
            field(
                "status",
                one_of(MeetingStatus::ALL, MeetingStatus::as_str),
                REQUIRED,
            ),
            field("when", period(), REQUIRED),
            field("session_of", id(), 0.1),
            field(
                "recurrence",
                one_of(Recurrence::ALL, Recurrence::as_str),
                0.1,
            ),
            field(
                "location",
                object_or_wrong(object(vec![
                    field("venue", text(), 0.2),
                    field("city", text(), 0.6),
                    field("country", country(), 0.6),
                    field("online", boolean(), 0.2),
                ])),
                0.5,
            ),
            field(
                "participants",
                list(
                    party(vec![
                        field("official", id(), 0.4),
                        field(
                            "role",
                            one_of(ParticipantRole::ALL, ParticipantRole::as_str),
                            REQUIRED,
                        ),
                    ]),
                    3,
                ),
                0.7,
            ),
            field(
                "relations",
                list(
                    object(vec![
                        field(
                            "kind",
                            one_of(RelationKind::ALL, RelationKind::as_str),
                            REQUIRED,
                        ),
                        field("meeting", id(), REQUIRED),
                    ]),
                    2,
                ),
                0.3,
            ),
            field("topics", list(text(), 2), 0.3),
            field("dimensions", list(id(), 2), 0.2),
            field("mous", list(id(), 2), 0.2),
            field(
                "outcomes",
                list(
                    object(vec![
                        field(
                            "kind",
                            one_of(OutcomeKind::ALL, OutcomeKind::as_str),
                            REQUIRED,
                        ),
                        field("text", text(), REQUIRED),
                        field("mou", id(), 0.2),
                        field("official", id(), 0.1),
                    ]),
                    2,
                ),
                0.3,
            ),
            field("summary", text(), 0.2),
            field("sources", list(source(), 1), 0.3),
        ])
    }

    pub fn document() -> BoxedStrategy<Value> {
        object(vec![
            field(
                "schema_version",
                mostly(pick(&["2.0", "1.0"]), pick(&["3.0", "1", ""])),
                REQUIRED,
            ),
            field("organizations", list(organization(), 2), 0.7),
            field("officials", list(official(), 2), 0.5),
            field("dimensions", list(dimension(), 2), 0.4),
            field("mous", list(mou(), 2), 0.5),
            field("meetings", list(meeting(), 2), 0.6),
        ])
    }
}

#[test]
fn generated_documents_are_a_mix_of_valid_and_invalid() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let documents = generated::document();
    let n = 300;
    let accepted = (0..n)
        .filter(|_| reader_accepts(&documents.new_tree(&mut runner).unwrap().current()))
        .count();
    assert!(
        (n / 6..=n * 5 / 6).contains(&accepted),
        "{accepted} of {n} generated documents are valid: the agreement test would not probe both sides"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn the_schema_and_the_reader_agree_on_generated_documents(doc in generated::document()) {
        assert_agree(&doc)?;
    }
}

/// A string the regular expressions of the schema must judge as the parsers do.
fn soup(alphabet: &'static [&'static str], max: usize) -> BoxedStrategy<String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..=max)
        .prop_map(|parts| parts.concat())
        .boxed()
}

fn agree_on(def: &Validator, value: &str, parsed: bool) -> Result<(), TestCaseError> {
    prop_assert_eq!(def.is_valid(&json!(value)), parsed, "{:?}", value);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn language_tag_pattern_agrees_with_the_parser(tag in soup(&[
        "en", "EN", "kk", "zh", "i", "x", "X", "a", "Q", "1", "123", "Cyrl", "hans", "abc",
        "klingon", "gb", "US", "419", "1996", "rozaj", "12345", "abcdefghi", "oed", "-", "-", "-",
        "--", "_",
    ], 7)) {
        static V: OnceLock<Validator> = OnceLock::new();
        let v = V.get_or_init(|| definition_validator("LangTag"));
        agree_on(v, &tag, LangTag::new(&tag).is_ok())?;
    }

    #[test]
    fn partial_date_pattern_agrees_with_the_parser(
        year in prop_oneof![0u32..=10_000, Just(1900), Just(2000), Just(2023), Just(2024)],
        month in prop::option::of(0u32..=13),
        day in prop::option::of(0u32..=32),
        pad in prop::bool::weighted(0.9),
    ) {
        static V: OnceLock<Validator> = OnceLock::new();
        let v = V.get_or_init(|| definition_validator("PartialDate"));
        let mut s = if pad { format!("{year:04}") } else { year.to_string() };
        if let Some(m) = month {
            s += &if pad { format!("-{m:02}") } else { format!("-{m}") };
            if let Some(d) = day {
                s += &format!("-{d:02}");
            }
        }
        agree_on(v, &s, s.parse::<PartialDate>().is_ok())?;
    }

    #[test]
    fn text_pattern_agrees_with_the_parser(text in soup(&[
        " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{85}", "\u{a0}", "\u{1680}", "\u{2000}",
        "\u{200a}", "\u{200b}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
        "\u{feff}", "\u{1c}", "\u{0}", "a", "ж",
    ], 4)) {
        static V: OnceLock<Validator> = OnceLock::new();
        let v = V.get_or_init(|| {
            let s = schema::dataset().to_value();
            validator(&s["$defs"]["Organization"]["properties"]["name"])
        });
        agree_on(v, &text, Text::new(&text).is_ok())?;
    }

    #[test]
    fn url_pattern_agrees_with_the_parser(
        scheme in prop::sample::select(&["https://", "http://", "ftp://", "HTTP://", "https:/", ""][..]),
        rest in soup(&["a", ".", "/", "?", "#", " ", "\u{7f}", "\u{85}", "\u{a0}", "\u{3000}", "é", ":"], 5),
    ) {
        static V: OnceLock<Validator> = OnceLock::new();
        let v = V.get_or_init(|| {
            let s = schema::dataset().to_value();
            validator(&s["$defs"]["Source"]["properties"]["url"])
        });
        let url = format!("{scheme}{rest}");
        agree_on(v, &url, url.parse::<WebUrl>().is_ok())?;
    }

    #[test]
    fn id_pattern_agrees_with_the_parser(
        id in soup(&["a", "Z", "0", "-", "_", ".", " ", "é", "/", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"], 5),
    ) {
        static V: OnceLock<Validator> = OnceLock::new();
        let v = V.get_or_init(|| definition_validator("OrganizationId"));
        agree_on(v, &id, OrganizationId::new(&id).is_ok())?;
    }

    #[test]
    fn country_code_enum_agrees_with_the_parser(code in "[A-Za-z]{1,3}") {
        static V: OnceLock<Validator> = OnceLock::new();
        let v = V.get_or_init(|| definition_validator("CountryCode"));
        agree_on(v, &code, CountryCode::new(&code).is_ok())?;
    }
}

// --- the probe's strings, and Python's jsonschema ----------------------------------------------

/// Documents on which an outside probe found the schema and the reader to disagree (under
/// Python's `jsonschema`), and their neighbours: a final newline after a valid id, date,
/// language tag or url; text that only looks blank; `days` as `2.0`, `1e2` or past `u32`;
/// MoUs of fewer than two parties; urls without a host.
fn probe_documents() -> Vec<Value> {
    let base = || -> Value {
        json!({"schema_version": "1.0",
            "organizations": [
                {"id": "cica", "name": "CICA", "kind": "intergovernmental",
                 "other_names": [{"name": "СВМДА", "lang": "ru"}],
                 "founded": "1999"},
                {"id": "iom", "name": "IOM", "kind": "un-entity"}],
            "mous": [{"id": "u", "title": "MoU", "parties": ["iom", "cica"], "status": "signed"}],
            "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held",
                          "when": {"start": "2024-11-25"},
                          "sources": [{"url": "https://example.org", "title": "T"}]}]})
    };
    let mut docs = Vec::new();
    let mut with = |pointer: &str, value: Value| {
        let mut doc = base();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match doc
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("{parent}"))
        {
            Value::Object(map) => {
                map.insert(key.to_owned(), value);
            }
            Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
            other => panic!("{parent} is {other}"),
        }
        docs.push(doc);
    };
    for suffix in ["", "\n", "\r\n", "\n\n", " ", "\u{0}"] {
        with("/organizations/0/id", json!(format!("cica{suffix}")));
        with("/organizations/0/founded", json!(format!("1999{suffix}")));
        with(
            "/organizations/0/other_names/0/lang",
            json!(format!("ru{suffix}")),
        );
        with(
            "/meetings/0/sources/0/url",
            json!(format!("https://example.org{suffix}")),
        );
        with(
            "/meetings/0/when/start",
            json!(format!("2024-11-25{suffix}")),
        );
    }
    for text in [
        "\u{0}",
        "\u{1}\u{1f}",
        "\u{200b}",
        "\u{feff}",
        "\u{200b}x",
        "\n",
        "\u{e0020}",
    ] {
        with("/organizations/0/name", json!(text));
    }
    for days in [
        json!(1),
        json!(2.0),
        json!(100.0),
        json!(1.5),
        json!(0),
        json!(-1),
        json!(4294967295u64),
        json!(4294967296u64),
        json!("2"),
    ] {
        with("/meetings/0/days", days);
    }
    for parties in [
        json!([]),
        json!(["iom"]),
        json!(["iom", "iom"]),
        json!(["iom", "cica", "iom"]),
    ] {
        with("/mous/0/parties", parties);
    }
    for url in [
        "http://@",
        "http://:80",
        "HTTPS://example.org",
        "https://exa\u{200b}mple.org",
        "http://[::1]:8080/x",
        "http://[]",
        "http://x:8a",
        "http://user@host",
    ] {
        with("/meetings/0/sources/0/url", json!(url));
    }
    docs
}

#[test]
fn the_schema_and_the_reader_agree_on_the_probe_documents() {
    let docs = probe_documents();
    assert!(docs.iter().any(reader_accepts) && !docs.iter().all(reader_accepts));
    for doc in &docs {
        assert_agree(doc).unwrap();
    }
}

/// Mutated copies of the example documents: each string of a document in turn (every seventh,
/// to keep the corpus small) given a final newline, a zero-width space, a NUL, or made blank.
fn mutated_documents() -> Vec<Value> {
    fn strings(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::String(_) => out.push(at),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    strings(item, format!("{at}/{i}"), out);
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    strings(
                        v,
                        format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                        out,
                    );
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for path in valid_documents() {
        let doc: Value = serde_json::from_str(&read(&path)).unwrap();
        let mut pointers = Vec::new();
        strings(&doc, String::new(), &mut pointers);
        for (n, pointer) in pointers.iter().enumerate().filter(|(n, _)| n % 7 == 0) {
            let original = doc
                .pointer(pointer)
                .and_then(Value::as_str)
                .unwrap()
                .to_owned();
            let edit = match n % 4 {
                0 => format!("{original}\n"),
                1 => format!("{original}\u{200b}"),
                2 => format!("\u{0}{original}"),
                _ => "\u{feff}".to_owned(),
            };
            let mut mutated = doc.clone();
            *mutated.pointer_mut(pointer).unwrap() = Value::String(edit);
            out.push(mutated);
        }
    }
    out
}

/// Python's `jsonschema`, which the README recommends, judges the same documents as the reader:
/// the probe documents, mutated copies of the examples and generated documents. Skipped, with
/// a note, where `python3` or its `jsonschema` package is missing, unless
/// `MULTILATERAL_REQUIRE_PYTHON` is set (as `.ci/run` sets it, after installing the package).
#[test]
fn python_jsonschema_agrees_with_the_reader() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut docs = probe_documents();
    docs.extend(mutated_documents());
    let mut runner = TestRunner::deterministic();
    let generated = generated::document();
    docs.extend((0..300).map(|_| generated.new_tree(&mut runner).unwrap().current()));

    let corpus =
        std::env::temp_dir().join(format!("multilateral-corpus-{}.jsonl", std::process::id()));
    let lines: Vec<String> = docs.iter().map(Value::to_string).collect();
    std::fs::write(&corpus, lines.join("\n") + "\n").unwrap();
    let run = std::process::Command::new("python3")
        .arg(repo().join("tests/python/schema_verdicts.py"))
        .arg(repo().join("schema/dataset.json"))
        .arg(&corpus)
        .output();
    let _ = std::fs::remove_file(&corpus);
    let required = std::env::var_os("MULTILATERAL_REQUIRE_PYTHON").is_some();
    let output = match run {
        Ok(output) if output.status.code() == Some(3) || output.status.code().is_none() => {
            assert!(!required, "python3 has no jsonschema package");
            eprintln!("skipped: python3 has no jsonschema package (pip install jsonschema)");
            return;
        }
        Ok(output) => output,
        Err(e) => {
            assert!(!required, "python3 does not run: {e}");
            eprintln!("skipped: python3 does not run ({e})");
            return;
        }
    };
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let verdicts: Vec<bool> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| l == "1")
        .collect();
    assert_eq!(verdicts.len(), docs.len());
    let disagreements: Vec<String> = docs
        .iter()
        .zip(&verdicts)
        .filter(|&(doc, &python)| python != reader_accepts(doc))
        .map(|(doc, &python)| {
            format!(
                "python {} but the reader {}: {doc}",
                if python { "accepts" } else { "refuses" },
                if python { "refuses" } else { "accepts" }
            )
        })
        .collect();
    assert!(
        disagreements.is_empty(),
        "{} of {} documents:\n{}",
        disagreements.len(),
        docs.len(),
        disagreements.join("\n")
    );
    let accepted = verdicts.iter().filter(|&&v| v).count();
    assert!(
        accepted > docs.len() / 10 && accepted < docs.len() * 9 / 10,
        "{accepted} of {}",
        docs.len()
    );
}
