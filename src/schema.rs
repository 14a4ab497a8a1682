//! JSON Schema export: the document format as a schema that other languages generate bindings
//! from and validate against.
//!
//! Teams in Python, TypeScript or Go exchange the same JSON documents as Rust users of this
//! crate. The schema is generated from the Rust types (with [`schemars`]), so it says exactly
//! what [`Dataset::from_json`] reads:
//!
//! - [`dataset`] is the schema of a whole document; [`organization`], [`official`],
//!   [`meeting`], [`mou`] and [`dimension`] are the schemas of single records. Each is a
//!   self-contained JSON Schema draft 2020-12 document, with the types it uses under `$defs`.
//! - [`generate`] gives the same schemas in [draft-07](Draft::Draft07) for older generators.
//! - [`files`] is the whole export as it is committed under `schema/` in the repository and
//!   written by `cargo run --example export_schema -- schema/`.
//!
//! ```
//! let schema = multilateral::schema::dataset();
//! assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Dataset"));
//! assert_eq!(
//!     schema.pointer("/$defs/MeetingStatus/enum"),
//!     Some(&serde_json::json!(["planned", "held", "postponed", "cancelled"]))
//! );
//! ```
//!
//! # What the schema checks
//!
//! Everything that reading a document checks value by value: the required fields, unknown
//! fields (`additionalProperties: false` on every object), the syntax of ids, the assigned
//! ISO 3166-1 country codes, partial dates (only days that exist), BCP 47 language tags,
//! text a reader can see (not only white space, controls or zero-width characters),
//! `http(s)` addresses with a host, the values of every enum, `days` from 1 to 4294967295,
//! exactly one of `organization` and `state` on a participant or a member, and at least two
//! parties to an MoU. The patterns spell out the characters they mean instead of relying on
//! `\s` or case flags, and end with `(?!\n)$` rather than `$` (which in Python's dialect also
//! matches before a final newline), so independent validators (Python's `jsonschema`, ajv, the
//! `jsonschema` crate) agree with this crate on every string. The README lists the few places
//! where the two differ on purpose (duplicate keys, lone surrogates, a byte order mark).
//!
//! What a schema cannot say is left to the crate: that a period's start is not after its end
//! (refused when reading), and, in [`Dataset::validate`], that references resolve, that ids
//! are unique, that an MoU's parties are distinct, and the other rules across records. Text
//! lengths are counted in characters, by the schema and the crate alike (65,536 for text,
//! 2048 for an address).
//!
//! # Shaped for binding generators
//!
//! The schemas are post-processed so that datamodel-code-generator (pydantic),
//! json-schema-to-typescript, quicktype and ajv in strict mode read them well:
//!
//! - every definition has a `title`, so generated types are named `Organization`,
//!   `MeetingKind`, `Participant`… rather than after the fields that use them;
//! - string enums are plain `"enum": [...]` lists, with each value's meaning in the enum's
//!   description;
//! - a `$ref` never has sibling keywords: a field's description or default sits beside an
//!   `allOf` holding the reference;
//! - "exactly one of `organization` and `state`" is an `if`/`then`/`else`, which generators
//!   ignore (one type with both fields optional) rather than a `oneOf` they split the type on;
//! - optional fields that are lists, flags or periods have their empty value as `default`
//!   (`[]`, `false`, `{}`), so generated models hold an empty list rather than `null`;
//!   optional single values admit `null`, which reads as absent;
//! - no `format` outside the standard ones (ajv in strict mode rejects unknown formats);
//! - descriptions come from the doc comments, without Rust examples and with paragraphs
//!   unwrapped.
//!
//! [`Dataset::from_json`]: crate::Dataset::from_json
//! [`Dataset::validate`]: crate::Dataset::validate

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::{Dataset, Dimension, Meeting, Mou, Official, Organization};

mod transform;

/// A version of JSON Schema the export can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Draft {
    /// JSON Schema draft 2020-12, with definitions under `$defs`. The main export.
    Draft2020_12,
    /// JSON Schema draft-07, with definitions under `definitions`, for generators that do not
    /// read 2020-12 yet.
    Draft07,
}

impl Draft {
    /// The URI of the draft's meta-schema, as the schemas' `$schema` gives it.
    ///
    /// ```
    /// use multilateral::schema::Draft;
    ///
    /// assert_eq!(Draft::Draft2020_12.meta_schema(), "https://json-schema.org/draft/2020-12/schema");
    /// assert_eq!(Draft::Draft07.meta_schema(), "http://json-schema.org/draft-07/schema#");
    /// ```
    pub fn meta_schema(self) -> &'static str {
        match self {
            Draft::Draft2020_12 => "https://json-schema.org/draft/2020-12/schema",
            Draft::Draft07 => "http://json-schema.org/draft-07/schema#",
        }
    }

    /// The folder of the export that holds this draft's files, relative to the export's root:
    /// `""` for 2020-12, `"draft-07/"` for draft-07.
    ///
    /// ```
    /// assert_eq!(multilateral::schema::Draft::Draft07.folder(), "draft-07/");
    /// ```
    pub fn folder(self) -> &'static str {
        match self {
            Draft::Draft2020_12 => "",
            Draft::Draft07 => "draft-07/",
        }
    }

    fn settings(self) -> SchemaSettings {
        match self {
            Draft::Draft2020_12 => SchemaSettings::draft2020_12(),
            Draft::Draft07 => SchemaSettings::draft07(),
        }
    }
}

/// The schema of any type of the crate that derives [`JsonSchema`], in a given draft, with the
/// post-processing described in [the module docs](self).
///
/// ```
/// use multilateral::schema::{Draft, generate};
/// use multilateral::Participant;
///
/// let schema = generate::<Participant>(Draft::Draft07);
/// assert_eq!(schema.get("$schema").and_then(|s| s.as_str()), Some(Draft::Draft07.meta_schema()));
/// assert_eq!(schema.get("additionalProperties"), Some(&serde_json::json!(false)));
/// ```
pub fn generate<T: JsonSchema>(draft: Draft) -> Schema {
    draft
        .settings()
        .with_transform(transform::finish as fn(&mut Schema))
        .into_generator()
        .into_root_schema_for::<T>()
}

/// The draft 2020-12 schema of a whole document, a [`Dataset`]: the
/// `schema/dataset.json` of the export.
///
/// ```
/// let schema = multilateral::schema::dataset();
/// assert_eq!(
///     schema.get("required"),
///     Some(&serde_json::json!(["schema_version"]))
/// );
/// ```
pub fn dataset() -> Schema {
    generate::<Dataset>(Draft::Draft2020_12)
}

/// The draft 2020-12 schema of one [`Organization`] record.
///
/// ```
/// let schema = multilateral::schema::organization();
/// assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Organization"));
/// ```
pub fn organization() -> Schema {
    generate::<Organization>(Draft::Draft2020_12)
}

/// The draft 2020-12 schema of one [`Official`] record.
///
/// ```
/// let schema = multilateral::schema::official();
/// assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Official"));
/// ```
pub fn official() -> Schema {
    generate::<Official>(Draft::Draft2020_12)
}

/// The draft 2020-12 schema of one [`Meeting`] record.
///
/// ```
/// let schema = multilateral::schema::meeting();
/// assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Meeting"));
/// ```
pub fn meeting() -> Schema {
    generate::<Meeting>(Draft::Draft2020_12)
}

/// The draft 2020-12 schema of one [`Mou`] record.
///
/// ```
/// let schema = multilateral::schema::mou();
/// assert_eq!(schema.pointer("/properties/parties/minItems"), Some(&serde_json::json!(2)));
/// ```
pub fn mou() -> Schema {
    generate::<Mou>(Draft::Draft2020_12)
}

/// The draft 2020-12 schema of one [`Dimension`] record.
///
/// ```
/// let schema = multilateral::schema::dimension();
/// assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Dimension"));
/// ```
pub fn dimension() -> Schema {
    generate::<Dimension>(Draft::Draft2020_12)
}

/// The name of the export's root schema file, the schema of a whole document.
pub const ROOT_FILE: &str = "dataset.json";

/// One file of the export.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SchemaFile {
    /// Where the file goes, relative to the export's folder, with `/` between folders:
    /// `dataset.json`, `meeting.json`, `draft-07/dataset.json`.
    pub path: String,
    /// The draft the schema is written in.
    pub draft: Draft,
    /// The schema.
    pub schema: Schema,
}

impl SchemaFile {
    /// The file's text: the schema as pretty-printed JSON with a final newline.
    ///
    /// ```
    /// let file = &multilateral::schema::files()[0];
    /// assert_eq!(file.path, "dataset.json");
    /// assert!(file.contents().starts_with("{\n  \"$schema\""));
    /// assert!(file.contents().ends_with("}\n"));
    /// ```
    pub fn contents(&self) -> String {
        to_json(&self.schema)
    }
}

/// The whole export: for each draft (2020-12 first, then draft-07), the document's schema
/// ([`ROOT_FILE`]) and one schema per record type (`organization.json`, `official.json`,
/// `meeting.json`, `mou.json`, `dimension.json`).
///
/// ```
/// let paths: Vec<String> = multilateral::schema::files().into_iter().map(|f| f.path).collect();
/// assert_eq!(paths.len(), 12);
/// assert!(paths.contains(&"draft-07/mou.json".to_owned()));
/// ```
pub fn files() -> Vec<SchemaFile> {
    let mut files = Vec::new();
    for draft in [Draft::Draft2020_12, Draft::Draft07] {
        let schemas = [
            (ROOT_FILE, generate::<Dataset>(draft)),
            ("organization.json", generate::<Organization>(draft)),
            ("official.json", generate::<Official>(draft)),
            ("meeting.json", generate::<Meeting>(draft)),
            ("mou.json", generate::<Mou>(draft)),
            ("dimension.json", generate::<Dimension>(draft)),
        ];
        for (name, schema) in schemas {
            files.push(SchemaFile {
                path: format!("{}{name}", draft.folder()),
                draft,
                schema,
            });
        }
    }
    files
}

/// A schema as the export writes it: pretty-printed JSON (two-space indent) with a final
/// newline.
///
/// ```
/// let text = multilateral::schema::to_json(&multilateral::schema::mou());
/// assert!(text.contains("\"minItems\": 2"));
/// ```
pub fn to_json(schema: &Schema) -> String {
    // A schema is a JSON value: writing it cannot fail.
    let mut text = serde_json::to_string_pretty(schema).expect("a schema is a JSON value");
    text.push('\n');
    text
}
