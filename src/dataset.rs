//! The JSON document: one dataset of records.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::dimension::Dimension;
use crate::error::{ValueError, excerpt_ascii as excerpt};
use crate::meeting::Meeting;
use crate::mou::Mou;
use crate::official::Official;
use crate::organization::Organization;
use crate::parse::ParseError;

/// The version of the document format this crate reads and writes.
pub const SCHEMA_VERSION: &str = "2.0";

/// A collection of records, as exchanged in one JSON document:
///
/// ```json
/// {"schema_version": "2.0", "organizations": [], "officials": [], "dimensions": [],
///  "mous": [], "meetings": []}
/// ```
///
/// Records refer to each other by id. Reading a document checks each value (ids, dates,
/// country codes) and refuses unknown fields; [`Dataset::validate`] then checks the rules
/// across records.
///
/// ```
/// use multilateral::Dataset;
///
/// let data = Dataset::from_json(r#"{
///     "schema_version": "2.0",
///     "organizations": [
///         {"id": "cica", "name": "Conference on Interaction and Confidence Building Measures in Asia",
///          "acronym": "CICA", "kind": "intergovernmental"}
///     ]
/// }"#)?;
/// assert_eq!(data.organizations.len(), 1);
/// assert!(data.validate().is_clean());
///
/// let err = Dataset::from_json(r#"{"schema_version": "2.0", "organisations": []}"#).unwrap_err();
/// assert_eq!(err.path(), "/organisations");
/// assert!(err.message().starts_with("unknown field `organisations`"));
/// # Ok::<(), multilateral::ParseError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[schemars(title = "Dataset")]
#[non_exhaustive]
pub struct Dataset {
    /// The document format's version: "2.0" ("1.0" is read too, and upgraded). Required.
    pub schema_version: SchemaVersion,
    /// Organizations, including government bodies and sub-bodies. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub organizations: Vec<Organization>,
    /// Officials and their posts. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub officials: Vec<Official>,
    /// Dimensions of cooperation and their priority areas. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub dimensions: Vec<Dimension>,
    /// Memoranda of understanding and cooperation agreements. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub mous: Vec<Mou>,
    /// Meetings of every kind. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_vec",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub meetings: Vec<Meeting>,
}

impl Dataset {
    /// An empty dataset of the current version.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads a JSON document. Errors name the JSON-pointer path of the offending value and
    /// its line and column; nothing is validated across records yet (see
    /// [`validate`](Self::validate)).
    /// A 1.0 document is upgraded: see [`SchemaVersion`].
    pub fn from_json(text: &str) -> Result<Self, ParseError> {
        crate::parse::from_json(text).map(Self::upgraded)
    }

    /// Reads a JSON document from bytes, which must be UTF-8.
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ParseError> {
        crate::parse::from_slice(bytes).map(Self::upgraded)
    }

    /// The dataset in the current format: every 1.0 fact means the same in 2.0, so only the
    /// version changes.
    fn upgraded(mut self) -> Self {
        self.schema_version = SchemaVersion::CURRENT;
        self
    }

    /// Writes the document as pretty-printed JSON, with fields in schema order and empty
    /// optional fields left out.
    pub fn to_json_pretty(&self) -> String {
        // Serializing these types cannot fail: every map key is a string.
        serde_json::to_string_pretty(self).expect("records serialize: every map key is a string")
    }

    /// How many records the dataset holds, of all kinds.
    pub fn len(&self) -> usize {
        self.organizations.len()
            + self.officials.len()
            + self.dimensions.len()
            + self.mous.len()
            + self.meetings.len()
    }

    /// Whether the dataset holds no records.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The `schema_version` of a document: `"2.0"`, or `"1.0"` for a document written for the
/// first version of the format.
///
/// Version 2.0 added what real reports needed (see the [crate docs](crate#document-format-20)):
/// period ends that are unknown, open or known as limits, decades and centuries, attested
/// days and terms on holdings, the meetings that decided them, a meeting's body, an
/// organization's description, a source's language, and new kinds, roles, statuses and
/// outcomes. Everything a 1.0 document says means the same in 2.0 (an absent start is still
/// unknown, an absent end still "not ended as far as the record knows"), so a 1.0 document
/// is read as it is and upgraded: the dataset read from it is a 2.0 dataset, and writes
/// `"2.0"`. A document that declares `"1.0"` and uses what 2.0 added is read too: the
/// declaration tells which reader is enough, and this one reads both.
///
/// One answer is sharper than this crate's 1.0 reader gave: a period with an unknown start
/// that ends on a given day now covers that day certainly (it ends then, so it ran then),
/// where 1.0's reader said "possibly". Two chairmanships of unknown start that end on the same
/// day therefore certainly overlap (`overlapping-chairs`).
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SchemaVersion(Version);

#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Version {
    V1_0,
    #[default]
    V2_0,
}

/// The versions this crate reads, oldest first; it writes the last.
pub const SCHEMA_VERSIONS: [&str; 2] = ["1.0", "2.0"];

impl SchemaVersion {
    /// The version this crate writes: [`SCHEMA_VERSION`].
    pub const CURRENT: SchemaVersion = SchemaVersion(Version::V2_0);

    /// The version as written.
    pub fn as_str(&self) -> &'static str {
        match self.0 {
            Version::V1_0 => "1.0",
            Version::V2_0 => SCHEMA_VERSION,
        }
    }

    /// Whether this is the version the crate writes.
    pub fn is_current(&self) -> bool {
        *self == Self::CURRENT
    }
}

impl std::str::FromStr for SchemaVersion {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, ValueError> {
        match s {
            "1.0" => Ok(Self(Version::V1_0)),
            SCHEMA_VERSION => Ok(Self(Version::V2_0)),
            _ => Err(ValueError::SchemaVersion {
                input: excerpt(s),
                supported: "\"1.0\" and \"2.0\"",
            }),
        }
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SchemaVersion({})", self.as_str())
    }
}

crate::string_type::string_serde!(SchemaVersion, "the schema version \"2.0\" (or \"1.0\")");

impl schemars::JsonSchema for SchemaVersion {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The document format's version: \"2.0\"; \"1.0\" documents are read too, with the same meaning.",
            "type": "string",
            "enum": SCHEMA_VERSIONS,
        })
    }
}

crate::serde_str::map_only!(Dataset, serialize, interned);
