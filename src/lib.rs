#![forbid(unsafe_code)]
#![deny(missing_docs)]
//! Typed, validated records of multilateral cooperation between international organizations.
//!
//! `multilateral` models who met whom, when and where, about what, on the basis of which
//! agreements, with which outcomes:
//!
//! - [`Organization`]: intergovernmental bodies, UN entities, NGOs, think tanks, a state's
//!   government bodies, and the bodies inside them (a secretariat, a council, an advisory body);
//!   with members, chairs and other names.
//! - [`Official`]: people and the dated posts they hold.
//! - [`Meeting`]: sessions, bilateral talks, conferences, seminars, visits, with participants
//!   (organizations or states, and who represented them), relations to other meetings (on the
//!   sidelines of, part of…), topics, dimensions, invoked MoUs and typed outcomes.
//! - [`Mou`]: memoranda of understanding and cooperation agreements.
//! - [`Dimension`]: the thematic areas of cooperation an organization defines.
//!
//! Every value is checked when it is made: ids ([`id`]), [`CountryCode`]s, [`LangTag`]s,
//! [`PartialDate`]s that keep the precision the source gave ("2008", "2024-11"), and
//! [`Period`]s. Rules across records (references resolve, dates agree, people held the posts
//! they act in) are checked in one pass by [`Dataset::validate`], which reports every
//! violation with a JSON-pointer path.
//!
//! # A complete example
//!
//! ```
//! use multilateral::{Dataset, Severity};
//!
//! // Read a document (here the Geneva 2024 fixture shipped with the crate).
//! let text = include_str!("../examples/data/geneva-2024.json");
//! let data = Dataset::from_json(text)?;
//!
//! // Check the rules across records.
//! let report = data.validate();
//! assert!(!report.has_errors(), "{report}");
//!
//! // Walk the records.
//! let pope = data.officials.iter().find(|o| o.id.as_str() == "amy-pope").unwrap();
//! assert_eq!(pope.posts[0].title.as_deref(), Some("Director General"));
//!
//! // Bad data is reported with a path and a stable code, never a panic.
//! let broken = Dataset::from_json(r#"{"schema_version": "1.0", "meetings": [
//!     {"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
//!      "participants": [{"organization": "nowhere", "role": "host"}]}]}"#)?;
//! let report = broken.validate();
//! let v = &report.violations()[0];
//! assert_eq!((v.severity, v.code), (Severity::Error, "dangling-reference"));
//! assert_eq!(v.path, "/meetings/0/participants/0/organization");
//!
//! // Write it back.
//! let again = Dataset::from_json(&data.to_json_pretty())?;
//! assert_eq!(again, data);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The crate does no I/O and reads no clock: documents come in as text, and "today" is
//! always an argument.

mod country;
mod country_table;
mod dataset;
pub mod date;
mod dimension;
mod error;
pub mod id;
mod lang;
mod lookup;
mod meeting;
mod mou;
mod names;
mod official;
mod organization;
mod parse;
mod party;
pub mod period;
pub mod registry;
pub mod schema;
mod serde_str;
mod source;
#[cfg(feature = "synth")]
pub mod synth;
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
pub use registry::Registry;
pub use source::Source;
pub use text::{MAX_TEXT_LEN, Text, WebUrl};
pub use validate::{Report, Severity, Violation};
