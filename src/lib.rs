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
//! use multilateral::registry::{DateStatus, PostFilter, Scope};
//! use multilateral::{Dataset, OfficialId, OrganizationId, Period, PostRole, Registry, Rule, ymd};
//!
//! // Read a document (here the Geneva 2024 fixture shipped with the crate).
//! let text = include_str!("../examples/data/geneva-2024.json");
//! let data = Dataset::from_json(text)?;
//!
//! // Check the rules across records.
//! let report = data.validate();
//! assert!(!report.has_errors(), "{report}");
//!
//! // Bad data is reported with a path and a stable rule code, never a panic.
//! let broken = Dataset::from_json(r#"{"schema_version": "2.0", "meetings": [
//!     {"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
//!      "participants": [{"organization": "nowhere", "role": "host"}]}]}"#)?;
//! let report = broken.validate();
//! let v = &report.violations()[0];
//! assert_eq!(v.rule, Rule::DanglingReference);
//! assert_eq!(v.path, "/meetings/0/participants/0/organization");
//!
//! // Index it, then ask: records by typed id, questions on the record found.
//! let registry = Registry::new(data.clone())?;
//! let sarybay = registry.official(&OfficialId::from_static("kairat-sarybay")).unwrap();
//! let november: Period = "2024-11/2024-11".parse()?;
//! assert_eq!(sarybay.meetings(&november).len(), 10);
//! let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
//! let heads = iom.holders(PostFilter::Role(PostRole::Head), ymd(2024, 11, 26));
//! assert_eq!(heads.status, DateStatus::Possible); // the release gives no tenure dates
//! let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
//! assert_eq!(cica.mous_with(iom, Scope::WithSubBodies).len(), 1);
//!
//! // Write it back, and export the format for other languages.
//! let again = Dataset::from_json(&data.to_json_pretty())?;
//! assert_eq!(again, data);
//! let schema = multilateral::schema::dataset();
//! assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Dataset"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The crate does no I/O and reads no clock: documents come in as text, and "today" is
//! always an argument.
//!
//! Records also leave in the shapes other tools read, and Popolo comes back in:
//! [`interop`] writes Popolo JSON, FollowTheMoney entities and schema.org JSON-LD, each
//! with the table of what goes where and what the target cannot hold.
//!
//! Past one machine's memory, the records go to an engine: with feature `arrow`,
//! [`columnar`] makes one Arrow table per relation, and with feature `parquet` writes them as
//! Parquet files that DuckDB, Spark, pandas and polars read, and reads them back.
//!
//! # Lists are boxed slices
//!
//! Every list a record holds (a meeting's participants, topics and sources, an official's
//! posts, a post's attested days, an MoU's parties…) is a `Box<[T]>`, not a `Vec<T>`; only
//! the [`Dataset`]'s lists of records are `Vec`s, which programs push records onto. A record's
//! lists are read whole from a document and then only read, so a `Vec`'s capacity word and
//! spare room would never be used: a boxed slice is 16 bytes to a `Vec`'s 24, and a
//! [`Meeting`] has eight lists (64 bytes less a meeting, before its strings and lists).
//!
//! A boxed slice reads as a slice (`len`, `iter`, indexing, `&list[..]`), and sorts and changes
//! elements in place through `&mut [T]`. To build one, collect a `Vec` and convert it once,
//! with `.into()` or `into_boxed_slice()`; to grow one, `into_vec()`, push, and convert back
//! (neither conversion copies the elements):
//!
//! ```
//! use multilateral::{Meeting, MeetingKind, MeetingStatus, Participant, ParticipantRole, Party};
//!
//! let mut talks = Meeting::new(
//!     "cica-iom-2024-11".parse()?,
//!     "CICA and IOM talks".parse()?,
//!     MeetingKind::Bilateral,
//!     MeetingStatus::Held,
//!     "2024-11-25/2024-11-27".parse()?,
//! );
//! let parties = ["cica", "iom"];
//! let mut participants = Vec::with_capacity(parties.len());
//! for id in parties {
//!     let party = Party::Organization(id.parse()?);
//!     participants.push(Participant::new(party, ParticipantRole::Participant));
//! }
//! talks.participants = participants.into();
//!
//! let mut topics = std::mem::take(&mut talks.topics).into_vec();
//! topics.push("labour migration".parse()?);
//! talks.topics = topics.into_boxed_slice();
//! assert_eq!((talks.participants.len(), talks.topics.len()), (2, 1));
//! # Ok::<(), multilateral::ValueError>(())
//! ```
//!
//! The builders that add one element (`with_participant`, `with_post`, `with_source`…)
//! reallocate the list on each call, which costs O(n) in its length: fine for a few, not for
//! thousands.
//!
//! # Document format 2.0
//!
//! Documents declare `"schema_version": "2.0"`; 1.0 documents are read with the same meaning
//! and upgraded ([`SchemaVersion`]). Version 2.0 says dates as the sources give them and
//! links records to the decisions behind them:
//!
//! - period ends that are a date, limits, unknown or open ([`Bound`], [`Period`]); decades
//!   and centuries (`199X`, `19XX`, [`PartialDate`]);
//! - on posts, chairmanships and memberships: the days a source shows them held
//!   (`attested`), the length of a mandate ([`Term`]) and the meeting that decided them
//!   (`decided_at`); what each answers about a day is the table of
//!   [the registry's docs](registry#dates-and-answers);
//! - a meeting's body (`session_of`) and theme, a chairmanship's official and theme, an
//!   outcome's official, an organization's description, a source's language;
//! - the kinds, roles, statuses and outcomes real reports needed (a supranational commission,
//!   an institution, a courtesy call, a decision, a signatory, an associate member, elected,
//!   appointed, handed over…), each documented with a real example.

// Values: each checked when it is made.
pub mod bound;
mod country;
mod country_table;
pub mod date;
mod error;
mod fold;
pub mod id;
mod invisible;
mod lang;
mod names;
mod party;
pub mod period;
mod source;
mod string_enum;
mod string_type;
pub mod term;
mod text;
mod translit;
mod work;

// Records, and the document that holds them.
mod dataset;
mod dimension;
mod list;
mod meeting;
mod mou;
mod official;
mod organization;
mod parse;
mod serde_str;

// The dataset's references resolved once; the rules across records; the indexed queries.
pub mod registry;
mod resolve;
pub mod validate;

// Documents from many sources merged into one, and records that may be the same.
pub mod merge;

// The document format as JSON Schema.
pub mod schema;

// Records in other formats: Popolo, FollowTheMoney, schema.org JSON-LD.
pub mod interop;
// Pictures: the cooperation network, a meeting's context, timelines (DOT and Mermaid).
pub mod draw;
// The records as Arrow tables and Parquet files.
#[cfg(feature = "arrow")]
pub mod columnar;

/// The date crate the API speaks: every day is a [`chrono::NaiveDate`].
pub use chrono;
pub use chrono::NaiveDate;

pub use bound::{Bound, DateRange};
pub use country::CountryCode;
pub use dataset::{Dataset, SCHEMA_VERSION, SCHEMA_VERSIONS, SchemaVersion};
pub use date::{PartialDate, Precision, ymd};
pub use dimension::{Coordinator, CoordinatorRole, Dimension};
pub use error::ValueError;
pub use fold::fold_name;
pub use id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
pub use lang::LangTag;
pub use meeting::{
    DecisionMethod, Location, Meeting, MeetingKind, MeetingRelation, MeetingStatus, Outcome,
    OutcomeKind, Participant, ParticipantRole, Recurrence, RelationKind,
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
pub use resolve::MAX_RECORDS;
pub use source::Source;
pub use term::Term;
pub use text::{MAX_TEXT_LEN, Text, WebUrl};
pub use validate::{Report, Rule, Severity, Violation};
#[cfg(feature = "count-work")]
pub use work::count_work;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
