//! The records as Arrow tables, one per relation, for the engines that outgrow one machine's
//! memory: DuckDB, Spark, DataFusion, pandas, polars (feature `arrow`; Parquet files with
//! feature `parquet`, in [`parquet`]).
//!
//! A [`Dataset`] is a tree of records; an engine wants flat tables. Each record kind is a
//! table (`organizations`, `officials`, `meetings`, `mous`, `dimensions`), and each list inside
//! a record is a table of its own whose rows name the record they belong to: `participants`,
//! `posts`, `memberships`… [`Relation`] lists them all, and [`batches`] makes a table's record
//! batches. Nothing is lost: [`DatasetReader`] reads the tables back into an equal dataset.
//!
//! ```
//! use multilateral::Dataset;
//! use multilateral::columnar::{DatasetReader, Relation, batches};
//!
//! let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
//! let meetings: Vec<_> = batches(&data, Relation::Meetings).collect();
//! assert_eq!(meetings[0].num_rows(), data.meetings.len());
//!
//! let mut reader = DatasetReader::new();
//! for relation in Relation::ALL {
//!     for batch in batches(&data, *relation).with_rows(4) {
//!         reader.push(*relation, &batch)?;
//!     }
//! }
//! assert_eq!(reader.finish()?, data);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # How the columns say what the records say
//!
//! - **Ids, codes and enums** are dictionary-encoded strings (`Dictionary(Int32, Utf8)`), the
//!   enums with the values the JSON writes (`"delegation-head"`), listed in each field's
//!   `values` metadata; free text is `Utf8`. Every field carries its `description` as
//!   metadata, and the whole schema is in `schema/arrow/` ([`schema_json`],
//!   [`schema_markdown`]).
//! - **Rows and their records.** A record table has an `ordinal`, its position in the
//!   document. A table of a record's list has `{owner}_ordinal` and `{owner}` (the record's
//!   ordinal and id) and `position`, the row's place in the list. `sources`, `attested`,
//!   `other_names`, `identifiers` and `aliases` are shared by several kinds of record: their rows say
//!   `record_kind`, `record_ordinal` and `record`, and, for a membership's, a chairmanship's or
//!   a post's, `holding` and `holding_position`.
//! - **A partial date** (`founded`, `signed`, a source's `published`) is three columns: its
//!   earliest and latest day (`Date32`) and its precision (`century`, `decade`, `year`,
//!   `month`, `day`): `"2008"` is 2008-01-01, 2008-12-31, `year`.
//! - **A period** (`when`, a post's `period`) is its two ends, and an end five columns:
//!   `{end}_kind` is `date`, `between` (known only within limits), `unknown` or `open`
//!   (there is none: from the beginning, or still running); `{end}_earliest` and
//!   `{end}_latest` are the first and last day it may fall on (the date's, or the limits'
//!   `not_before` and `not_after`), null where nothing limits it, each with its precision.
//!   So `"start": {"not_after": "1999"}` is `between`, null, null, 1999-12-31, `year`, and
//!   an unknown end is told from an open one by its kind.
//! - **The days a holding covers**, as the crate's queries read its period, term and attested
//!   days ([`Post::held_on`](crate::Post::held_on)): `possibly_from` and `possibly_to`, the
//!   first and last day it may have held, and `certainly_from` and `certainly_to`, the days it
//!   certainly held (null when none is certain). The calendar's ends, 0001-01-01 and
//!   9999-12-31, stand for no limit, so a query reads `day BETWEEN certainly_from AND
//!   certainly_to`. An MoU has the same four columns for being in force
//!   (`in_force_possibly_from`…, as [`Mou::in_force_on`](crate::Mou::in_force_on)), null
//!   when it never is. Chairs and memberships give the days of the record alone; the
//!   registry's [`chair`](crate::registry::OrganizationRef::chair) and
//!   [`members`](crate::registry::OrganizationRef::members) also read the next terms. These
//!   columns are written, not read: reading a table back ignores them.
//!
//! # Batches of bounded size
//!
//! [`Batches`] makes a table's rows as it is read, [`DEFAULT_BATCH_ROWS`] to a batch unless
//! told otherwise ([`Batches::with_rows`]); only the batch being made is held, so exporting
//! a million meetings costs a batch beside the dataset, not a second copy of it.

mod batches;
mod columns;
#[cfg(feature = "parquet")]
pub mod parquet;
mod read;
mod schema_doc;
mod tables;

use std::sync::Arc;

use arrow_schema::Schema;

use crate::dataset::Dataset;

pub use batches::{Batches, DEFAULT_BATCH_ROWS};
pub use read::{DatasetReader, ReadError};
pub use schema_doc::{schema_json, schema_markdown};

/// Re-exported so that callers name the same Arrow types the tables are made of.
pub use arrow_array::RecordBatch;
/// Re-exported: the schema types of [`Relation::schema`].
pub use arrow_schema;

macro_rules! relations {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)+) => {
        /// A table: one per kind of record, and one per list inside a record. See [the
        /// module docs](crate::columnar).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Relation {
            $($(#[doc = $doc])* $variant,)+
        }

        impl Relation {
            /// Every table, records first, each followed by its lists.
            pub const ALL: &'static [Relation] = &[$(Relation::$variant),+];

            /// The table's name, as files and SQL name it: `meetings`, `participants`.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Relation::$variant => $name,)+
                }
            }

            /// What a row of the table is.
            pub fn description(self) -> &'static str {
                match self {
                    $(Relation::$variant => concat!($($doc),+),)+
                }
                .trim()
            }
        }
    };
}

relations! {
    /// An organization.
    Organizations = "organizations",
    /// A member's standing in an organization (its `members`).
    Memberships = "memberships",
    /// A state's turn at the chair of an organization (its `chairs`).
    Chairmanships = "chairmanships",
    /// An official.
    Officials = "officials",
    /// A post an official held (their `posts`).
    Posts = "posts",
    /// A meeting.
    Meetings = "meetings",
    /// A party at a meeting, with the official who represented it (its `participants`).
    Participants = "participants",
    /// A relation from a meeting to another: on the sidelines of, part of… (its `relations`).
    MeetingRelations = "meeting_relations",
    /// A dimension a meeting touched (its `dimensions`).
    MeetingDimensions = "meeting_dimensions",
    /// A topic a meeting discussed (its `topics`).
    MeetingTopics = "meeting_topics",
    /// An MoU a meeting invoked (its `mous`).
    MeetingMous = "meeting_mous",
    /// Something that came of a meeting (its `outcomes`).
    Outcomes = "outcomes",
    /// A memorandum of understanding.
    Mous = "mous",
    /// An organization an MoU binds (its `parties`).
    MouParties = "mou_parties",
    /// An official who signed an MoU (its `signatories`).
    MouSignatories = "mou_signatories",
    /// An area of cooperation an MoU lists (its `areas`).
    MouAreas = "mou_areas",
    /// A dimension an MoU falls under (its `dimensions`).
    MouDimensions = "mou_dimensions",
    /// A dimension of cooperation or priority area.
    Dimensions = "dimensions",
    /// A state coordinating a dimension (its `coordinators`).
    Coordinators = "coordinators",
    /// A source of a record, or of a membership, chairmanship or post in it.
    Sources = "sources",
    /// A day on which a source shows a membership, chairmanship or post held (its `attested`).
    Attested = "attested",
    /// Another name of an organization or an official (its `other_names`).
    OtherNames = "other_names",
    /// An identifier of an organization or an official in another database (its `identifiers`).
    Identifiers = "identifiers",
    /// Another id of a record, one that other reports gave it and that still resolves to it
    /// (its `aliases`).
    Aliases = "aliases",
}

impl Relation {
    /// The table's Arrow schema, each field with its `description` (and an enum's `values`)
    /// as metadata. Cost: O(c) for its c columns.
    ///
    /// ```
    /// use multilateral::columnar::Relation;
    ///
    /// let schema = Relation::Participants.schema();
    /// assert_eq!(schema.field(0).name(), "meeting_ordinal");
    /// assert!(schema.field_with_name("role").is_ok());
    /// ```
    pub fn schema(self) -> Arc<Schema> {
        tables::spec(self).schema_ref()
    }

    /// The table with this name.
    pub fn from_name(name: &str) -> Option<Relation> {
        Relation::ALL.iter().copied().find(|r| r.name() == name)
    }
}

impl std::fmt::Display for Relation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The record batches of one table of `data`, made as they are read, of at most
/// [`DEFAULT_BATCH_ROWS`] rows each (see [`Batches::with_rows`]). An empty table gives one
/// empty batch.
///
/// Cost: O(r) over the table's r rows, O(b) memory for the b rows of one batch.
///
/// ```
/// use multilateral::Dataset;
/// use multilateral::columnar::{Relation, batches};
///
/// let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
/// let rows: usize = batches(&data, Relation::Participants).with_rows(10).map(|b| b.num_rows()).sum();
/// assert_eq!(rows, data.meetings.iter().map(|m| m.participants.len()).sum::<usize>());
/// # Ok::<(), multilateral::ParseError>(())
/// ```
pub fn batches(data: &Dataset, relation: Relation) -> Batches<'_> {
    Batches::new(
        relation,
        &tables::spec(relation),
        tables::source(data, relation),
    )
}
