//! Dimensions of cooperation: the thematic areas an organization works in.

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::id::{DimensionId, OrganizationId};
use crate::period::Period;
use crate::source::Source;
use crate::text::Text;

/// A thematic area of cooperation defined by an organization.
///
/// CICA groups its confidence-building measures in five dimensions: military-political, new
/// challenges and threats, economic, environmental, and human. The OSCE has three. Inside a
/// dimension, priority areas (energy security, say) are dimensions with a `parent`. Member
/// states volunteer to coordinate a dimension or a priority area for a period (Kazakhstan
/// coordinates CICA's military-political seminars), alone or with co-coordinators.
///
/// ```
/// use multilateral::Dimension;
///
/// let human = Dimension::new("cica-human".parse()?, "cica".parse()?, "Human Dimension".parse()?);
/// assert!(human.parent.is_none());
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Dimension {
    /// The dimension's id, unique among dimensions. Required.
    pub id: DimensionId,
    /// Other ids of the same dimension, kept when two documents that named it differently
    /// were merged (see [`merge`](crate::merge)): a reference to an alias resolves to this
    /// record, and [`Registry`](crate::Registry) lookups by an alias find it. No alias may be
    /// the id or an alias of another dimension (`duplicate-id`). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub aliases: Box<[DimensionId]>,
    /// The organization that defines it. Required.
    pub organization: OrganizationId,
    /// Its name ("Human Dimension"). Required.
    pub name: Text,
    /// What it covers. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// For a priority area, the dimension it belongs to (of the same organization).
    /// Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<DimensionId>,
    /// The states that coordinate it, each with a role and a period. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub coordinators: Box<[Coordinator]>,
    /// Where these facts come from. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub sources: Box<[Source]>,
}

impl Dimension {
    /// A dimension of an organization with its name.
    pub fn new(id: DimensionId, organization: OrganizationId, name: Text) -> Self {
        Self {
            id,
            aliases: Box::default(),
            organization,
            name,
            description: None,
            parent: None,
            coordinators: Box::default(),
            sources: Box::default(),
        }
    }

    /// Makes this a priority area inside `parent`.
    pub fn within(mut self, parent: DimensionId) -> Self {
        self.parent = Some(parent);
        self
    }
}

/// A state coordinating a dimension or priority area.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Coordinator {
    /// The coordinating state. Required.
    pub country: CountryCode,
    /// Coordinator or co-coordinator. Required.
    pub role: CoordinatorRole,
    /// When it coordinated; absent when not known. Optional.
    #[serde(default, skip_serializing_if = "Period::is_unknown")]
    pub period: Period,
}

impl Coordinator {
    /// A coordinating state with unknown dates.
    pub fn new(country: CountryCode, role: CoordinatorRole) -> Self {
        Self {
            country,
            role,
            period: Period::unknown(),
        }
    }
}

crate::string_enum::string_enum! {
    /// A state's part in coordinating a dimension.
    pub enum CoordinatorRole {
        /// The lead coordinator.
        Coordinator = "coordinator",
        /// A co-coordinator, beside the coordinator.
        CoCoordinator = "co-coordinator",
    }
}

crate::serde_str::map_only!(Dimension, serialize);
crate::serde_str::map_only!(Coordinator, serialize);
