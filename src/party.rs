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
