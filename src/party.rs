//! Who takes part: an organization or a state.

use std::fmt;

use crate::country::CountryCode;
use crate::id::OrganizationId;

/// One side in a meeting, a membership or a counterpart relation: an organization (an
/// international body, or a state's ministry as an organization of kind government), or a
/// state itself, written as its country code.
///
/// In JSON a party is not an object of its own: the record that holds it has either an
/// `"organization": "<id>"` field or a `"state": "<code>"` field, never both.
///
/// ```
/// use multilateral::Party;
///
/// let iom = Party::Organization("iom".parse()?);
/// let kazakhstan = Party::State("KZ".parse()?);
/// assert_eq!(iom.to_string(), "organization iom");
/// assert_eq!(kazakhstan.to_string(), "state KZ");
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Party {
    /// An organization record, by id.
    Organization(OrganizationId),
    /// A state, by ISO 3166-1 code.
    State(CountryCode),
}

impl Party {
    /// The organization, if the party is one.
    pub fn organization(&self) -> Option<&OrganizationId> {
        match self {
            Party::Organization(id) => Some(id),
            Party::State(_) => None,
        }
    }

    /// The state, if the party is one.
    pub fn state(&self) -> Option<CountryCode> {
        match self {
            Party::State(code) => Some(*code),
            Party::Organization(_) => None,
        }
    }

    /// Builds a party from the two optional JSON fields, which must hold exactly one value.
    pub(crate) fn from_fields(
        organization: Option<OrganizationId>,
        state: Option<CountryCode>,
    ) -> Result<Self, &'static str> {
        match (organization, state) {
            (Some(org), None) => Ok(Party::Organization(org)),
            (None, Some(code)) => Ok(Party::State(code)),
            (Some(_), Some(_)) => Err("give either `organization` or `state`, not both"),
            (None, None) => Err("missing field `organization` or `state`"),
        }
    }
}

impl fmt::Display for Party {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Party::Organization(id) => write!(f, "organization {id}"),
            Party::State(code) => write!(f, "state {code}"),
        }
    }
}

impl From<OrganizationId> for Party {
    fn from(id: OrganizationId) -> Self {
        Party::Organization(id)
    }
}

impl From<CountryCode> for Party {
    fn from(code: CountryCode) -> Self {
        Party::State(code)
    }
}

/// The schema of a record that names a party through exactly one of two optional fields,
/// `organization` (an id) and `state` (a country code), either of which may also be `null`.
///
/// Written as `if`/`then`/`else` rather than a `oneOf` of `required`: binding generators
/// ignore the conditional and model one plain type with both fields optional, where a
/// `oneOf` makes them emit `Participant1 | Participant2` (pydantic) or an intersection that
/// loses every field (json-schema-to-typescript). Each branch declares the properties it
/// requires, as ajv's strict mode wants.
pub(crate) fn one_party_schema(schema: &mut schemars::Schema) {
    schema.insert(
        "if".into(),
        serde_json::json!({
            "type": "object",
            "properties": {"organization": {"type": "string"}},
            "required": ["organization"],
        }),
    );
    schema.insert(
        "then".into(),
        serde_json::json!({
            "type": "object",
            "properties": {"state": {"type": "null"}},
        }),
    );
    schema.insert(
        "else".into(),
        serde_json::json!({
            "type": "object",
            "properties": {"state": {"type": "string"}},
            "required": ["state"],
        }),
    );
}
