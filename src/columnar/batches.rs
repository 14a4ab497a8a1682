//! Record batches of bounded size, filled row by row.

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, StringBuilder, StringDictionaryBuilder, UInt32Builder,
};
use arrow_array::types::Int32Type;
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::Schema;
use chrono::{Datelike, NaiveDate};

use crate::bound::Bound;
use crate::columnar::Relation;
use crate::columnar::columns::{Kind, Spec};
use crate::date::{PartialDate, Precision};
use crate::period::{Extent, Period};

/// The number of rows a batch holds at most, unless asked otherwise: small enough that a
/// batch of the widest table stays within a few megabytes, large enough that the engines read
/// it at full speed.
pub const DEFAULT_BATCH_ROWS: usize = 65_536;

/// One column being filled.
enum Builder {
    Dict(StringDictionaryBuilder<Int32Type>),
    Text(StringBuilder),
    Count(UInt32Builder),
    Flag(BooleanBuilder),
    Day(Date32Builder),
}

impl Builder {
    fn new(kind: Kind, rows: usize) -> Self {
        match kind {
            Kind::Dict { .. } => Builder::Dict(StringDictionaryBuilder::new()),
            Kind::Text => Builder::Text(StringBuilder::with_capacity(rows, rows * 16)),
            Kind::Count => Builder::Count(UInt32Builder::with_capacity(rows)),
            Kind::Flag => Builder::Flag(BooleanBuilder::with_capacity(rows)),
            Kind::Day => Builder::Day(Date32Builder::with_capacity(rows)),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Dict(b) => Arc::new(b.finish()),
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Count(b) => Arc::new(b.finish()),
            Builder::Flag(b) => Arc::new(b.finish()),
            Builder::Day(b) => Arc::new(b.finish()),
        }
    }
}

/// The days from 0001-01-01 (day 1 of the common era) to 1970-01-01, Arrow's day 0.
const EPOCH_FROM_CE: i32 = 719_163;

/// A day as Arrow's `Date32`: days since 1970-01-01.
pub(crate) fn date32(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - EPOCH_FROM_CE
}

/// The first and last day of the calendar the records are dated in, which the derived day
/// columns use for "no limit".
pub(crate) const FIRST_DAY: NaiveDate = NaiveDate::from_ymd_opt(1, 1, 1).expect("0001-01-01");
pub(crate) const LAST_DAY: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("9999-12-31");

/// A precision as the tables write it.
pub(crate) fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Century => "century",
        Precision::Decade => "decade",
        Precision::Year => "year",
        Precision::Month => "month",
        Precision::Day => "day",
    }
}

/// The row being written: each call fills the next column, in the order of the table's
/// [`Spec`].
pub(crate) struct Row<'b> {
    builders: &'b mut [Builder],
    at: usize,
    /// Set when a writer filled a column of another kind than its spec's, or too many: a bug
    /// of this module (the writers and the specs are written side by side, and the
    /// round-trip tests exercise every table), which the batch then refuses to hide.
    broken: bool,
}

impl Row<'_> {
    fn next(&mut self) -> Option<&mut Builder> {
        let b = self.builders.get_mut(self.at);
        self.at += 1;
        b
    }

    /// A dictionary string (an id, a code, an enum's value).
    pub(crate) fn dict(&mut self, value: Option<&str>) -> &mut Self {
        match self.next() {
            Some(Builder::Dict(b)) => match value {
                Some(v) => {
                    b.append_value(v);
                }
                None => b.append_null(),
            },
            _ => self.broken = true,
        }
        self
    }

    /// Free text.
    pub(crate) fn text(&mut self, value: Option<&str>) -> &mut Self {
        match self.next() {
            Some(Builder::Text(b)) => b.append_option(value),
            _ => self.broken = true,
        }
        self
    }

    /// A count or position.
    pub(crate) fn count(&mut self, value: Option<u32>) -> &mut Self {
        match self.next() {
            Some(Builder::Count(b)) => b.append_option(value),
            _ => self.broken = true,
        }
        self
    }

    /// A position in a list, which a dataset of at most [`crate::MAX_RECORDS`] records keeps
    /// within `u32`.
    pub(crate) fn index(&mut self, i: usize) -> &mut Self {
        self.count(Some(u32::try_from(i).unwrap_or(u32::MAX)))
    }

    /// A flag.
    pub(crate) fn flag(&mut self, value: Option<bool>) -> &mut Self {
        match self.next() {
            Some(Builder::Flag(b)) => b.append_option(value),
            _ => self.broken = true,
        }
        self
    }

    /// A day.
    pub(crate) fn day(&mut self, value: Option<NaiveDate>) -> &mut Self {
        match self.next() {
            Some(Builder::Day(b)) => b.append_option(value.map(date32)),
            _ => self.broken = true,
        }
        self
    }

    /// A partial date: earliest, latest, precision.
    pub(crate) fn partial_date(&mut self, date: Option<PartialDate>) -> &mut Self {
        self.day(date.map(|d| d.earliest()))
            .day(date.map(|d| d.latest()))
            .dict(date.map(|d| precision_name(d.precision())))
    }

    /// One end of a period: kind, earliest, its precision, latest, its precision.
    fn bound(&mut self, bound: Bound) -> &mut Self {
        let (kind, first, last) = match bound {
            Bound::Date(d) => ("date", Some(d), Some(d)),
            Bound::Between(r) => ("between", r.not_before(), r.not_after()),
            Bound::Unknown => ("unknown", None, None),
            Bound::Open => ("open", None, None),
        };
        self.dict(Some(kind))
            .day(first.map(|d| d.earliest()))
            .dict(first.map(|d| precision_name(d.precision())))
            .day(last.map(|d| d.latest()))
            .dict(last.map(|d| precision_name(d.precision())))
    }

    /// A period: its start, then its end.
    pub(crate) fn period(&mut self, period: &Period) -> &mut Self {
        self.bound(period.start()).bound(period.end())
    }

    /// The days an extent may and must cover; `None` when it never may.
    pub(crate) fn days(&mut self, extent: Option<(Extent, bool)>) -> &mut Self {
        let clamp = |d: NaiveDate| d.clamp(FIRST_DAY, LAST_DAY);
        let possible = extent.map(|(x, _)| x.bounds());
        let certain = extent.and_then(|(x, sure)| x.certain().filter(|_| sure));
        self.day(possible.map(|p| clamp(p.0)))
            .day(possible.map(|p| clamp(p.1)))
            .day(certain.map(|c| clamp(c.0)))
            .day(certain.map(|c| clamp(c.1)))
    }
}

/// A table's rows, written one at a time into a batch.
pub(crate) trait RowSource {
    /// Writes the next row; `false` when there are no more.
    fn write_next(&mut self, row: &mut Row<'_>) -> bool;
}

/// The rows of an iterator, each written by a function.
struct Source<I, F> {
    rows: I,
    write: F,
}

impl<I: Iterator, F: FnMut(&mut Row<'_>, I::Item)> RowSource for Source<I, F> {
    fn write_next(&mut self, row: &mut Row<'_>) -> bool {
        match self.rows.next() {
            Some(item) => {
                (self.write)(row, item);
                true
            }
            None => false,
        }
    }
}

/// The rows of an iterator, each written by `write`.
pub(crate) fn rows<'a, I>(
    rows: I,
    write: fn(&mut Row<'_>, I::Item),
) -> Box<dyn RowSource + Send + Sync + 'a>
where
    I: Iterator + Send + Sync + 'a,
{
    Box::new(Source { rows, write })
}

/// The record batches of one table, each of at most a given number of rows, made as the
/// iterator is read: only the batch being made is held, so exporting a dataset costs a
/// batch's memory beside the dataset, whatever its size.
///
/// Made by [`batches`](crate::columnar::batches). Each batch's schema is
/// [`Relation::schema`]. An empty table gives one empty batch, so that its schema is still
/// written.
pub struct Batches<'a> {
    relation: Relation,
    schema: Arc<Schema>,
    kinds: Vec<Kind>,
    rows: usize,
    source: Box<dyn RowSource + Send + Sync + 'a>,
    done: bool,
    emitted: bool,
}

impl std::fmt::Debug for Batches<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Batches")
            .field("relation", &self.relation)
            .field("rows", &self.rows)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<'a> Batches<'a> {
    pub(crate) fn new(
        relation: Relation,
        spec: &Spec,
        source: Box<dyn RowSource + Send + Sync + 'a>,
    ) -> Self {
        Self {
            relation,
            schema: spec.schema_ref(),
            kinds: spec.cols.iter().map(|c| c.kind).collect(),
            rows: DEFAULT_BATCH_ROWS,
            source,
            done: false,
            emitted: false,
        }
    }

    /// Makes batches of at most `rows` rows (at least one).
    pub fn with_rows(mut self, rows: usize) -> Self {
        self.rows = rows.max(1);
        self
    }

    /// The table the batches are of.
    pub fn relation(&self) -> Relation {
        self.relation
    }

    /// The schema of every batch.
    pub fn schema(&self) -> Arc<Schema> {
        self.schema.clone()
    }
}

impl Iterator for Batches<'_> {
    type Item = RecordBatch;

    /// The next batch. Cost: O(r) for the r rows it holds.
    fn next(&mut self) -> Option<RecordBatch> {
        if self.done {
            return None;
        }
        let capacity = self.rows.min(8192);
        let mut builders: Vec<Builder> = self
            .kinds
            .iter()
            .map(|&k| Builder::new(k, capacity))
            .collect();
        let mut filled = 0;
        let mut broken = false;
        while filled < self.rows {
            let mut row = Row {
                builders: &mut builders,
                at: 0,
                broken: false,
            };
            if !self.source.write_next(&mut row) {
                self.done = true;
                break;
            }
            broken |= row.broken || row.at != row.builders.len();
            crate::work::step();
            filled += 1;
        }
        if filled == 0 && self.emitted {
            return None;
        }
        self.emitted = true;
        let columns: Vec<ArrayRef> = builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), columns).ok();
        Some(
            batch.filter(|_| !broken).expect(
                "the row writers fill each column of their table's spec once, with its kind",
            ),
        )
    }
}
