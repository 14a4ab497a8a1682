//! The columns of the tables: their names, types and meaning, and the Arrow schema made from
//! them.
//!
//! Each table's columns are listed once, by [`Spec`]; the schema, the documentation export and
//! the row writer's builders all come from that list.

use std::sync::Arc;

use arrow_schema::{DataType, Field, Schema};

/// What a column holds, and so its Arrow type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A string that repeats across rows (an id, a country code, a language tag, an enum's
    /// value): `Dictionary(Int32, Utf8)`. `values` lists an enum's documented values.
    Dict {
        values: Option<&'static [&'static str]>,
    },
    /// Free text: `Utf8`.
    Text,
    /// A count or a position: `UInt32`.
    Count,
    /// Yes or no: `Boolean`.
    Flag,
    /// A day: `Date32`.
    Day,
}

impl Kind {
    pub(crate) fn data_type(self) -> DataType {
        match self {
            Kind::Dict { .. } => {
                DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8))
            }
            Kind::Text => DataType::Utf8,
            Kind::Count => DataType::UInt32,
            Kind::Flag => DataType::Boolean,
            Kind::Day => DataType::Date32,
        }
    }

    /// The type as the schema documentation writes it.
    pub(crate) fn type_name(self) -> &'static str {
        match self {
            Kind::Dict { .. } => "dictionary<int32, utf8>",
            Kind::Text => "utf8",
            Kind::Count => "uint32",
            Kind::Flag => "bool",
            Kind::Day => "date32",
        }
    }
}

/// One column: its name, what it holds, whether it may be null, and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Col {
    pub(crate) name: String,
    pub(crate) kind: Kind,
    pub(crate) nullable: bool,
    pub(crate) doc: String,
}

/// The precisions of a partial date, as the tables write them.
pub(crate) const PRECISIONS: &[&str] = &["century", "decade", "year", "month", "day"];

/// The kinds of a period's end, as the tables write them.
pub(crate) const BOUND_KINDS: &[&str] = &["date", "between", "unknown", "open"];

/// The kinds of a party, as the tables write them.
pub(crate) const PARTY_KINDS: &[&str] = &["organization", "state"];

/// The kinds of record that own sources, other names, identifiers and attested days.
pub(crate) const RECORD_KINDS: &[&str] =
    &["organization", "official", "meeting", "mou", "dimension"];

/// The kinds of holding inside a record that own sources and attested days.
pub(crate) const HOLDING_KINDS: &[&str] = &["membership", "chairmanship", "post"];

/// The columns of one table, listed in order.
#[derive(Debug, Default)]
pub(crate) struct Spec {
    pub(crate) cols: Vec<Col>,
}

impl Spec {
    fn push(
        &mut self,
        name: impl Into<String>,
        kind: Kind,
        nullable: bool,
        doc: impl Into<String>,
    ) {
        self.cols.push(Col {
            name: name.into(),
            kind,
            nullable,
            doc: doc.into(),
        });
    }

    /// A dictionary string: an id, a code.
    pub(crate) fn dict(&mut self, name: &str, nullable: bool, doc: &str) -> &mut Self {
        self.push(name, Kind::Dict { values: None }, nullable, doc);
        self
    }

    /// An enum's value, as a dictionary string.
    pub(crate) fn enumeration(
        &mut self,
        name: &str,
        values: &'static [&'static str],
        nullable: bool,
        doc: &str,
    ) -> &mut Self {
        self.push(
            name,
            Kind::Dict {
                values: Some(values),
            },
            nullable,
            doc,
        );
        self
    }

    /// Free text.
    pub(crate) fn text(&mut self, name: &str, nullable: bool, doc: &str) -> &mut Self {
        self.push(name, Kind::Text, nullable, doc);
        self
    }

    /// A count or position.
    pub(crate) fn count(&mut self, name: &str, nullable: bool, doc: &str) -> &mut Self {
        self.push(name, Kind::Count, nullable, doc);
        self
    }

    /// A flag.
    pub(crate) fn flag(&mut self, name: &str, nullable: bool, doc: &str) -> &mut Self {
        self.push(name, Kind::Flag, nullable, doc);
        self
    }

    /// A day.
    pub(crate) fn day(&mut self, name: &str, nullable: bool, doc: &str) -> &mut Self {
        self.push(name, Kind::Day, nullable, doc);
        self
    }

    /// The record's position in the document: `ordinal`.
    pub(crate) fn ordinal(&mut self, records: &str) -> &mut Self {
        self.count(
            "ordinal",
            false,
            &format!("The record's position among the document's {records}, from 0."),
        )
    }

    /// The record a row belongs to, and the row's place in the record's list:
    /// `{owner}_ordinal`, `{owner}`, `position`.
    pub(crate) fn owner(&mut self, owner: &str, list: &str) -> &mut Self {
        self.count(
            &format!("{owner}_ordinal"),
            false,
            &format!("The `ordinal` of the {owner} the row belongs to."),
        )
        .dict(
            owner,
            false,
            &format!("The id of the {owner} the row belongs to."),
        )
        .count(
            "position",
            false,
            &format!("The row's position in the {owner}'s `{list}`, from 0."),
        )
    }

    /// A partial date as three columns: `{p}_earliest`, `{p}_latest`, `{p}_precision`, all
    /// null when the date is absent.
    pub(crate) fn partial_date(&mut self, p: &str, nullable: bool, what: &str) -> &mut Self {
        self.day(
            &format!("{p}_earliest"),
            nullable,
            &format!("{what}: the first day it may stand for."),
        )
        .day(
            &format!("{p}_latest"),
            nullable,
            &format!("{what}: the last day it may stand for."),
        )
        .enumeration(
            &format!("{p}_precision"),
            PRECISIONS,
            nullable,
            &format!("{what}: how precisely it is known."),
        )
    }

    /// One end of a period as five columns (see the module docs).
    fn bound(&mut self, p: &str, what: &str) -> &mut Self {
        self.enumeration(
            &format!("{p}_kind"),
            BOUND_KINDS,
            false,
            &format!(
                "{what}: `date` (a partial date), `between` (known only within limits), `unknown` (not known) or `open` (there is none: from the beginning, or still running)."
            ),
        )
        .day(
            &format!("{p}_earliest"),
            true,
            &format!(
                "{what}: the first day it may fall on (the date's first day, or the `not_before` limit's); null when nothing limits it from below."
            ),
        )
        .enumeration(
            &format!("{p}_earliest_precision"),
            PRECISIONS,
            true,
            &format!("The precision of the date or limit `{p}_earliest` comes from."),
        )
        .day(
            &format!("{p}_latest"),
            true,
            &format!(
                "{what}: the last day it may fall on (the date's last day, or the `not_after` limit's); null when nothing limits it from above."
            ),
        )
        .enumeration(
            &format!("{p}_latest_precision"),
            PRECISIONS,
            true,
            &format!("The precision of the date or limit `{p}_latest` comes from."),
        )
    }

    /// A period as its two ends: `{p}_start_*` and `{p}_end_*`.
    pub(crate) fn period(&mut self, p: &str, what: &str) -> &mut Self {
        self.bound(&format!("{p}_start"), &format!("The start of {what}"))
            .bound(&format!("{p}_end"), &format!("The end of {what}"))
    }

    /// The days a holding or period may and must cover, as the crate reads its dates:
    /// `{p}possibly_from`, `{p}possibly_to`, `{p}certainly_from`, `{p}certainly_to`. `may` and
    /// `must` finish the sentences "the first day …": "the post may have been held", "the
    /// post was certainly held".
    pub(crate) fn days(&mut self, p: &str, may: &str, must: &str) -> &mut Self {
        let limits = "0001-01-01 and 9999-12-31 stand for no limit";
        self.day(
            &format!("{p}possibly_from"),
            true,
            &format!("The first day {may} ({READ}); {limits}; null when it never may."),
        )
        .day(
            &format!("{p}possibly_to"),
            true,
            &format!("The last day {may}; {limits}; null when it never may."),
        )
        .day(
            &format!("{p}certainly_from"),
            true,
            &format!("The first day {must}; {limits}; null when no day is certain."),
        )
        .day(
            &format!("{p}certainly_to"),
            true,
            &format!("The last day {must}; {limits}; null when no day is certain."),
        )
    }

    /// The Arrow schema, each field with its description as metadata (`description`).
    pub(crate) fn schema(&self) -> Schema {
        let fields: Vec<Field> = self
            .cols
            .iter()
            .map(|c| {
                let mut meta = std::collections::HashMap::new();
                meta.insert("description".to_owned(), c.doc.clone());
                if let Kind::Dict {
                    values: Some(values),
                } = c.kind
                {
                    meta.insert("values".to_owned(), values.join(","));
                }
                Field::new(c.name.as_str(), c.kind.data_type(), c.nullable).with_metadata(meta)
            })
            .collect();
        Schema::new(fields)
    }

    /// The schema, shared.
    pub(crate) fn schema_ref(&self) -> Arc<Schema> {
        Arc::new(self.schema())
    }
}

/// How the derived days are read from the records, for the column docs.
const READ: &str = "read as the crate's own queries read the dates";
