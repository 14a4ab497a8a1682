#![forbid(unsafe_code)]
#![deny(missing_docs)]
//! Records of multilateral cooperation.

mod country;
mod country_table;
mod dataset;
pub mod date;
mod dimension;
mod error;
pub mod id;
mod lang;
mod meeting;
mod mou;
mod names;
mod official;
mod organization;
mod parse;
mod party;
pub mod period;
pub mod schema;
mod serde_str;
mod source;
mod text;
pub mod validate;

pub use country::CountryCode;
pub use dataset::{Dataset, SCHEMA_VERSION, SchemaVersion};
pub use date::{PartialDate, Precision};
pub use dimension::{Coordinator, CoordinatorRole, Dimension};
pub use error::ValueError;
pub use id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
pub use lang::LangTag;
pub use meeting::{
    Location, Meeting, MeetingKind, MeetingRelation, MeetingStatus, Outcome, OutcomeKind,
    Participant, ParticipantRole, Recurrence, RelationKind,
};
pub use mou::{Mou, MouStatus};
pub use names::{ExternalId, OtherName};
pub use official::{Official, Post, PostRole};
pub use organization::{
    Chairmanship, Membership, MembershipStatus, Organization, OrganizationKind, Place,
};
pub use parse::{ParseError, ParseErrorKind};
pub use party::Party;
pub use period::{Coverage, Period};
pub use source::Source;
pub use text::{Text, WebUrl};
pub use validate::{Report, Severity, Violation};
