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
pub const SCHEMA_VERSION: &str = "1.0";

/// A collection of records, as exchanged in one JSON document:
///
/// ```json
/// {"schema_version": "1.0", "organizations": [], "officials": [], "dimensions": [],
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
///     "schema_version": "1.0",
///     "organizations": [
///         {"id": "cica", "name": "Conference on Interaction and Confidence Building Measures in Asia",
///          "acronym": "CICA", "kind": "intergovernmental"}
///     ]
/// }"#)?;
/// assert_eq!(data.organizations.len(), 1);
/// assert!(data.validate().is_clean());
///
/// let err = Dataset::from_json(r#"{"schema_version": "1.0", "organisations": []}"#).unwrap_err();
/// assert_eq!(err.path(), "/organisations");
/// assert!(err.message().starts_with("unknown field `organisations`"));
/// # Ok::<(), multilateral::ParseError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[schemars(title = "Dataset")]
#[non_exhaustive]
pub struct Dataset {
    /// The document format's version: "1.0". Required.
    pub schema_version: SchemaVersion,
    /// Organizations, including government bodies and sub-bodies. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub organizations: Vec<Organization>,
    /// Officials and their posts. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub officials: Vec<Official>,
    /// Dimensions of cooperation and their priority areas. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub dimensions: Vec<Dimension>,
    /// Memoranda of understanding and cooperation agreements. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub mous: Vec<Mou>,
    /// Meetings of every kind. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
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
    pub fn from_json(text: &str) -> Result<Self, ParseError> {
        crate::parse::from_json(text)
    }

    /// Reads a JSON document from bytes, which must be UTF-8.
    pub fn from_slice(bytes: &[u8]) -> Result<Self, ParseError> {
        crate::parse::from_slice(bytes)
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

/// The `schema_version` of a document. Only [`SCHEMA_VERSION`] ("1.0") is read; a later
/// crate that changes the format will read both.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SchemaVersion(());

impl SchemaVersion {
    /// The version as written.
    pub fn as_str(&self) -> &'static str {
        SCHEMA_VERSION
    }
}

impl std::str::FromStr for SchemaVersion {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, ValueError> {
        if s == SCHEMA_VERSION {
            Ok(Self(()))
        } else {
            Err(ValueError::SchemaVersion {
                input: excerpt(s),
                supported: SCHEMA_VERSION,
            })
        }
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(SCHEMA_VERSION)
    }
}

impl fmt::Debug for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SchemaVersion({SCHEMA_VERSION})")
    }
}

crate::string_type::string_serde!(SchemaVersion, "the schema version \"1.0\"");

impl schemars::JsonSchema for SchemaVersion {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "enum": [SCHEMA_VERSION],
        })
    }
}

crate::serde_str::map_only!(Dataset, serialize);
