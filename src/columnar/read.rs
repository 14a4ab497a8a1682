//! Reading the tables back into a dataset.

use std::fmt;
use std::num::NonZeroU32;
use std::str::FromStr;

use arrow_array::types::Int32Type;
use arrow_array::{
    Array, BooleanArray, Date32Array, DictionaryArray, Int32Array, Int64Array, LargeStringArray,
    RecordBatch, StringArray, StringViewArray, UInt32Array, UInt64Array,
};
use chrono::{Datelike, NaiveDate};

use crate::bound::Bound;
use crate::columnar::Relation;
use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::date::PartialDate;
use crate::dimension::{Coordinator, Dimension};
use crate::error::ValueError;
use crate::id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
use crate::meeting::{Location, Meeting, MeetingRelation, Outcome, Participant};
use crate::mou::Mou;
use crate::names::{ExternalId, OtherName};
use crate::official::{Official, Post};
use crate::organization::{Chairmanship, Membership, Organization, Place};
use crate::party::Party;
use crate::period::Period;
use crate::source::Source;
use crate::text::Text;

/// Why tables could not be read back into a dataset: the table, and where known the row and
/// column, with what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadError {
    /// The table's name (`meetings`), or the file's when the table is not known.
    pub table: String,
    /// The row, counted from 0 over all the batches of the table pushed so far.
    pub row: Option<usize>,
    /// The column.
    pub column: Option<String>,
    /// What was wrong.
    pub message: String,
}

impl ReadError {
    pub(crate) fn table(table: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            table: table.into(),
            row: None,
            column: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "table {}", self.table)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ReadError {}

/// A string column, whichever of Arrow's string layouts it comes in.
enum Strings<'b> {
    Dict(&'b DictionaryArray<Int32Type>, &'b StringArray),
    Plain(&'b StringArray),
    Large(&'b LargeStringArray),
    View(&'b StringViewArray),
}

impl Strings<'_> {
    fn get(&self, i: usize) -> Option<&str> {
        match self {
            Strings::Dict(d, values) => {
                if d.is_null(i) {
                    return None;
                }
                let k = usize::try_from(d.keys().value(i)).ok()?;
                (k < values.len() && values.is_valid(k)).then(|| values.value(k))
            }
            Strings::Plain(a) => a.is_valid(i).then(|| a.value(i)),
            Strings::Large(a) => a.is_valid(i).then(|| a.value(i)),
            Strings::View(a) => a.is_valid(i).then(|| a.value(i)),
        }
    }
}

/// A count column: `UInt32` as written, or the signed and wider integers an engine that has
/// no unsigned types writes back.
enum Counts<'b> {
    U32(&'b UInt32Array),
    I32(&'b Int32Array),
    I64(&'b Int64Array),
    U64(&'b UInt64Array),
}

impl Counts<'_> {
    fn get(&self, i: usize) -> Result<Option<u32>, String> {
        let wide: Option<i128> = match self {
            Counts::U32(a) => a.is_valid(i).then(|| a.value(i).into()),
            Counts::I32(a) => a.is_valid(i).then(|| a.value(i).into()),
            Counts::I64(a) => a.is_valid(i).then(|| a.value(i).into()),
            Counts::U64(a) => a.is_valid(i).then(|| a.value(i).into()),
        };
        wide.map(|v| {
            u32::try_from(v).map_err(|_| format!("{v} is not a count from 0 to 4294967295"))
        })
        .transpose()
    }
}

/// The days from 0001-01-01 to 1970-01-01.
const EPOCH_FROM_CE: i32 = 719_163;

fn day_of(v: i32) -> Result<NaiveDate, String> {
    v.checked_add(EPOCH_FROM_CE)
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .ok_or_else(|| format!("day {v} is outside the calendar"))
}

/// One batch being read, with the table and the number of its first row.
struct Cols<'b> {
    relation: Relation,
    batch: &'b RecordBatch,
    first_row: usize,
}

/// The columns of a partial date.
struct DateCols<'b> {
    earliest: &'b Date32Array,
    latest: &'b Date32Array,
    precision: Strings<'b>,
    name: String,
}

/// The columns of one end of a period.
struct BoundCols<'b> {
    kind: Strings<'b>,
    earliest: &'b Date32Array,
    earliest_precision: Strings<'b>,
    latest: &'b Date32Array,
    latest_precision: Strings<'b>,
    name: String,
}

impl<'b> Cols<'b> {
    fn err(&self, row: Option<usize>, column: &str, message: impl Into<String>) -> ReadError {
        ReadError {
            table: self.relation.name().into(),
            row: row.map(|r| self.first_row + r),
            column: Some(column.into()),
            message: message.into(),
        }
    }

    fn column(&self, name: &str) -> Result<&'b dyn Array, ReadError> {
        self.batch
            .column_by_name(name)
            .map(|c| c.as_ref())
            .ok_or_else(|| self.err(None, name, "the column is missing"))
    }

    fn wrong_type(&self, name: &str, array: &dyn Array, expected: &str) -> ReadError {
        self.err(
            None,
            name,
            format!("the column is {}, not {expected}", array.data_type()),
        )
    }

    fn strings(&self, name: &str) -> Result<Strings<'b>, ReadError> {
        let a = self.column(name)?;
        let any = a.as_any();
        if let Some(d) = any.downcast_ref::<DictionaryArray<Int32Type>>() {
            if let Some(values) = d.values().as_any().downcast_ref::<StringArray>() {
                return Ok(Strings::Dict(d, values));
            }
        }
        if let Some(s) = any.downcast_ref::<StringArray>() {
            return Ok(Strings::Plain(s));
        }
        if let Some(s) = any.downcast_ref::<LargeStringArray>() {
            return Ok(Strings::Large(s));
        }
        if let Some(s) = any.downcast_ref::<StringViewArray>() {
            return Ok(Strings::View(s));
        }
        Err(self.wrong_type(name, a, "strings"))
    }

    fn counts(&self, name: &str) -> Result<Counts<'b>, ReadError> {
        let a = self.column(name)?;
        let any = a.as_any();
        if let Some(x) = any.downcast_ref::<UInt32Array>() {
            Ok(Counts::U32(x))
        } else if let Some(x) = any.downcast_ref::<Int32Array>() {
            Ok(Counts::I32(x))
        } else if let Some(x) = any.downcast_ref::<Int64Array>() {
            Ok(Counts::I64(x))
        } else if let Some(x) = any.downcast_ref::<UInt64Array>() {
            Ok(Counts::U64(x))
        } else {
            Err(self.wrong_type(name, a, "integers"))
        }
    }

    fn flags(&self, name: &str) -> Result<&'b BooleanArray, ReadError> {
        let a = self.column(name)?;
        a.as_any()
            .downcast_ref::<BooleanArray>()
            .ok_or_else(|| self.wrong_type(name, a, "Boolean"))
    }

    fn days(&self, name: &str) -> Result<&'b Date32Array, ReadError> {
        let a = self.column(name)?;
        a.as_any()
            .downcast_ref::<Date32Array>()
            .ok_or_else(|| self.wrong_type(name, a, "Date32"))
    }

    fn partial_dates(&self, p: &str) -> Result<DateCols<'b>, ReadError> {
        Ok(DateCols {
            earliest: self.days(&format!("{p}_earliest"))?,
            latest: self.days(&format!("{p}_latest"))?,
            precision: self.strings(&format!("{p}_precision"))?,
            name: p.into(),
        })
    }

    fn bound(&self, p: &str) -> Result<BoundCols<'b>, ReadError> {
        Ok(BoundCols {
            kind: self.strings(&format!("{p}_kind"))?,
            earliest: self.days(&format!("{p}_earliest"))?,
            earliest_precision: self.strings(&format!("{p}_earliest_precision"))?,
            latest: self.days(&format!("{p}_latest"))?,
            latest_precision: self.strings(&format!("{p}_latest_precision"))?,
            name: p.into(),
        })
    }

    fn period(&self, p: &str) -> Result<(BoundCols<'b>, BoundCols<'b>), ReadError> {
        Ok((
            self.bound(&format!("{p}_start"))?,
            self.bound(&format!("{p}_end"))?,
        ))
    }

    /// A required string.
    fn req<'s>(&self, col: &'s Strings<'_>, name: &str, i: usize) -> Result<&'s str, ReadError> {
        col.get(i)
            .ok_or_else(|| self.err(Some(i), name, "the value is null"))
    }

    /// An optional value parsed from a string.
    fn opt<T: FromStr<Err = ValueError>>(
        &self,
        col: &Strings<'_>,
        name: &str,
        i: usize,
    ) -> Result<Option<T>, ReadError> {
        col.get(i)
            .map(|s| {
                s.parse()
                    .map_err(|e: ValueError| self.err(Some(i), name, e.to_string()))
            })
            .transpose()
    }

    /// A required value parsed from a string.
    fn parse<T: FromStr<Err = ValueError>>(
        &self,
        col: &Strings<'_>,
        name: &str,
        i: usize,
    ) -> Result<T, ReadError> {
        let s = self.req(col, name, i)?;
        s.parse()
            .map_err(|e: ValueError| self.err(Some(i), name, e.to_string()))
    }

    fn count(&self, col: &Counts<'_>, name: &str, i: usize) -> Result<Option<u32>, ReadError> {
        col.get(i).map_err(|m| self.err(Some(i), name, m))
    }

    fn req_count(&self, col: &Counts<'_>, name: &str, i: usize) -> Result<u32, ReadError> {
        self.count(col, name, i)?
            .ok_or_else(|| self.err(Some(i), name, "the value is null"))
    }

    fn flag(&self, col: &BooleanArray, i: usize) -> Option<bool> {
        col.is_valid(i).then(|| col.value(i))
    }

    fn req_flag(&self, col: &BooleanArray, name: &str, i: usize) -> Result<bool, ReadError> {
        self.flag(col, i)
            .ok_or_else(|| self.err(Some(i), name, "the value is null"))
    }

    fn day(&self, col: &Date32Array, name: &str, i: usize) -> Result<Option<NaiveDate>, ReadError> {
        col.is_valid(i)
            .then(|| day_of(col.value(i)).map_err(|m| self.err(Some(i), name, m)))
            .transpose()
    }

    fn partial_date(&self, c: &DateCols<'_>, i: usize) -> Result<Option<PartialDate>, ReadError> {
        let earliest_name = format!("{}_earliest", c.name);
        let Some(first) = self.day(c.earliest, &earliest_name, i)? else {
            return Ok(None);
        };
        let precision_name = format!("{}_precision", c.name);
        let precision = self.req(&c.precision, &precision_name, i)?;
        let date = partial(first, precision, Side::Earliest)
            .map_err(|m| self.err(Some(i), &earliest_name, m))?;
        let latest_name = format!("{}_latest", c.name);
        match self.day(c.latest, &latest_name, i)? {
            Some(last) if last == date.latest() => Ok(Some(date)),
            _ => Err(self.err(
                Some(i),
                &latest_name,
                format!("the date {date} ends on {}", date.latest()),
            )),
        }
    }

    fn bound_at(&self, c: &BoundCols<'_>, i: usize) -> Result<Bound, ReadError> {
        let col = |suffix: &str| format!("{}_{suffix}", c.name);
        let side = |days: &Date32Array, precisions: &Strings<'_>, suffix: &str, side: Side| {
            let Some(day) = self.day(days, &col(suffix), i)? else {
                return Ok(None);
            };
            let precision = self.req(precisions, &col(&format!("{suffix}_precision")), i)?;
            partial(day, precision, side)
                .map(Some)
                .map_err(|m| self.err(Some(i), &col(suffix), m))
        };
        let first = side(
            c.earliest,
            &c.earliest_precision,
            "earliest",
            Side::Earliest,
        )?;
        let last = side(c.latest, &c.latest_precision, "latest", Side::Latest)?;
        let kind = self.req(&c.kind, &col("kind"), i)?;
        match kind {
            "date" => match (first, last) {
                (Some(a), Some(b)) if a == b => Ok(Bound::Date(a)),
                _ => Err(self.err(
                    Some(i),
                    &col("kind"),
                    "a date's earliest and latest days, with their precisions, are one date's",
                )),
            },
            "between" => Bound::between(first, last)
                .map_err(|e| self.err(Some(i), &col("kind"), e.to_string())),
            "unknown" | "open" if first.is_none() && last.is_none() => Ok(if kind == "open" {
                Bound::Open
            } else {
                Bound::Unknown
            }),
            "unknown" | "open" => Err(self.err(
                Some(i),
                &col("kind"),
                format!("an end that is {kind} has no days"),
            )),
            other => Err(self.err(
                Some(i),
                &col("kind"),
                format!(
                    "unknown kind of end `{}`, expected `date`, `between`, `unknown` or `open`",
                    crate::error::excerpt(other)
                ),
            )),
        }
    }

    fn period_at(&self, p: &(BoundCols<'_>, BoundCols<'_>), i: usize) -> Result<Period, ReadError> {
        let start = self.bound_at(&p.0, i)?;
        let end = self.bound_at(&p.1, i)?;
        Period::bounded(start, end)
            .map_err(|e| self.err(Some(i), &p.0.name.replace("_start", ""), e.to_string()))
    }

    fn text(&self, col: &Strings<'_>, name: &str, i: usize) -> Result<Option<Text>, ReadError> {
        self.opt(col, name, i)
    }

    fn party(
        &self,
        kind: &Strings<'_>,
        org: &Strings<'_>,
        state: &Strings<'_>,
        names: [&str; 3],
        i: usize,
    ) -> Result<Party, ReadError> {
        let organization: Option<OrganizationId> = self.opt(org, names[1], i)?;
        let state: Option<CountryCode> = self.opt(state, names[2], i)?;
        let party =
            Party::from_fields(organization, state).map_err(|m| self.err(Some(i), names[0], m))?;
        let said = self.req(kind, names[0], i)?;
        let is = match party {
            Party::Organization(_) => "organization",
            Party::State(_) => "state",
        };
        if said != is {
            return Err(self.err(
                Some(i),
                names[0],
                format!(
                    "says `{}`, but the party is a {is}",
                    crate::error::excerpt(said)
                ),
            ));
        }
        Ok(party)
    }
}

/// Which end of its span a day is.
#[derive(Clone, Copy)]
enum Side {
    Earliest,
    Latest,
}

/// The partial date of a precision whose first (or last) day is `day`.
fn partial(day: NaiveDate, precision: &str, side: Side) -> Result<PartialDate, String> {
    let year = u16::try_from(day.year())
        .map_err(|_| format!("{day} is outside the years 0001 to 9999"))?;
    let month = u8::try_from(day.month()).map_err(|_| "a month".to_owned())?;
    let d = u8::try_from(day.day()).map_err(|_| "a day".to_owned())?;
    let date = match precision {
        "day" => PartialDate::from_ymd(year, month, d),
        "month" => PartialDate::from_year_month(year, month),
        "year" => PartialDate::from_year(year),
        "decade" => PartialDate::from_decade(year),
        "century" => PartialDate::from_century(year),
        other => {
            return Err(format!(
                "unknown precision `{}`, expected `century`, `decade`, `year`, `month` or `day`",
                crate::error::excerpt(other)
            ));
        }
    }
    .map_err(|e| e.to_string())?;
    let (edge, which) = match side {
        Side::Earliest => (date.earliest(), "first"),
        Side::Latest => (date.latest(), "last"),
    };
    if edge != day {
        return Err(format!("{day} is not the {which} day of a {precision}"));
    }
    Ok(date)
}

/// Which record, and which holding in it, a row of a shared table belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Target {
    record: u8,
    ordinal: u32,
    holding: Option<(u8, u32)>,
}

/// Reads tables back into a [`Dataset`]: push each table's batches, in any order of tables
/// and of rows, then [`finish`](Self::finish). Every value is checked as the JSON reader
/// checks it (ids, codes, text, dates, periods); a row's place comes from its `ordinal`, or
/// its owner's ordinal and its `position`, which must number each list from 0 with no gap.
/// The derived day columns are not read.
///
/// Cost: O(r log r) over the r rows pushed; the rows are held until `finish`.
#[derive(Debug, Default)]
pub struct DatasetReader {
    rows_seen: std::collections::HashMap<Relation, usize>,
    organizations: Vec<(u32, Organization)>,
    officials: Vec<(u32, Official)>,
    meetings: Vec<(u32, Meeting)>,
    mous: Vec<(u32, Mou)>,
    dimensions: Vec<(u32, Dimension)>,
    memberships: Vec<(u32, u32, Membership)>,
    chairs: Vec<(u32, u32, Chairmanship)>,
    posts: Vec<(u32, u32, Post)>,
    participants: Vec<(u32, u32, Participant)>,
    relations: Vec<(u32, u32, MeetingRelation)>,
    meeting_dimensions: Vec<(u32, u32, DimensionId)>,
    topics: Vec<(u32, u32, Text)>,
    meeting_mous: Vec<(u32, u32, MouId)>,
    outcomes: Vec<(u32, u32, Outcome)>,
    mou_parties: Vec<(u32, u32, OrganizationId)>,
    signatories: Vec<(u32, u32, OfficialId)>,
    areas: Vec<(u32, u32, Text)>,
    mou_dimensions: Vec<(u32, u32, DimensionId)>,
    coordinators: Vec<(u32, u32, Coordinator)>,
    sources: Vec<(Target, u32, Source)>,
    attested: Vec<(Target, u32, PartialDate)>,
    other_names: Vec<(Target, u32, OtherName)>,
    identifiers: Vec<(Target, u32, ExternalId)>,
    aliases: Aliases,
}

/// The rows of the `aliases` table, by the kind of record they belong to.
#[derive(Debug, Default)]
struct Aliases {
    organizations: Vec<(Target, u32, OrganizationId)>,
    officials: Vec<(Target, u32, OfficialId)>,
    meetings: Vec<(Target, u32, MeetingId)>,
    mous: Vec<(Target, u32, MouId)>,
    dimensions: Vec<(Target, u32, DimensionId)>,
}

const RECORDS: [&str; 5] = ["organization", "official", "meeting", "mou", "dimension"];
const HOLDINGS: [&str; 3] = ["membership", "chairmanship", "post"];

impl DatasetReader {
    /// A reader with nothing pushed yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Notes that a table was read, even if it had no rows.
    #[cfg(feature = "parquet")]
    pub(crate) fn saw(&mut self, relation: Relation) {
        self.rows_seen.entry(relation).or_insert(0);
    }

    /// Reads one batch of a table. Cost: O(r) for its r rows.
    pub fn push(&mut self, relation: Relation, batch: &RecordBatch) -> Result<(), ReadError> {
        let seen = self.rows_seen.entry(relation).or_insert(0);
        let c = Cols {
            relation,
            batch,
            first_row: *seen,
        };
        *seen += batch.num_rows();
        let n = batch.num_rows();
        match relation {
            Relation::Organizations => self.organizations_from(&c, n),
            Relation::Memberships => self.memberships_from(&c, n),
            Relation::Chairmanships => self.chairs_from(&c, n),
            Relation::Officials => self.officials_from(&c, n),
            Relation::Posts => self.posts_from(&c, n),
            Relation::Meetings => self.meetings_from(&c, n),
            Relation::Participants => self.participants_from(&c, n),
            Relation::MeetingRelations => {
                let (o, p) = owner(&c, "meeting")?;
                let kind = c.strings("kind")?;
                let other = c.strings("other")?;
                for i in 0..n {
                    let rel = MeetingRelation::new(
                        c.parse(&kind, "kind", i)?,
                        c.parse(&other, "other", i)?,
                    );
                    self.relations.push((
                        c.req_count(&o, "meeting_ordinal", i)?,
                        c.req_count(&p, "position", i)?,
                        rel,
                    ));
                }
                Ok(())
            }
            Relation::MeetingDimensions => {
                list(&c, n, "meeting", "dimension", &mut self.meeting_dimensions)
            }
            Relation::MeetingTopics => list(&c, n, "meeting", "topic", &mut self.topics),
            Relation::MeetingMous => list(&c, n, "meeting", "mou", &mut self.meeting_mous),
            Relation::Outcomes => self.outcomes_from(&c, n),
            Relation::Mous => self.mous_from(&c, n),
            Relation::MouParties => list(&c, n, "mou", "organization", &mut self.mou_parties),
            Relation::MouSignatories => list(&c, n, "mou", "official", &mut self.signatories),
            Relation::MouAreas => list(&c, n, "mou", "area", &mut self.areas),
            Relation::MouDimensions => list(&c, n, "mou", "dimension", &mut self.mou_dimensions),
            Relation::Dimensions => self.dimensions_from(&c, n),
            Relation::Coordinators => self.coordinators_from(&c, n),
            Relation::Sources => self.sources_from(&c, n),
            Relation::Attested => {
                let t = targets(&c, true)?;
                let date = c.partial_dates("date")?;
                for i in 0..n {
                    let (target, pos) = t.at(&c, i)?;
                    let d = c
                        .partial_date(&date, i)?
                        .ok_or_else(|| c.err(Some(i), "date_earliest", "the value is null"))?;
                    self.attested.push((target, pos, d));
                }
                Ok(())
            }
            Relation::OtherNames => {
                let t = targets(&c, false)?;
                let name = c.strings("name")?;
                let lang = c.strings("lang")?;
                for i in 0..n {
                    let (target, pos) = t.at(&c, i)?;
                    let mut other = OtherName::new(c.parse(&name, "name", i)?);
                    other.lang = c.opt(&lang, "lang", i)?;
                    self.other_names.push((target, pos, other));
                }
                Ok(())
            }
            Relation::Identifiers => {
                let t = targets(&c, false)?;
                let scheme = c.strings("scheme")?;
                let value = c.strings("value")?;
                for i in 0..n {
                    let (target, pos) = t.at(&c, i)?;
                    let id = ExternalId::new(
                        c.parse(&scheme, "scheme", i)?,
                        c.parse(&value, "value", i)?,
                    );
                    self.identifiers.push((target, pos, id));
                }
                Ok(())
            }
            Relation::Aliases => {
                let t = targets(&c, false)?;
                let alias = c.strings("alias")?;
                let a = &mut self.aliases;
                for i in 0..n {
                    let (target, pos) = t.at(&c, i)?;
                    match target.record {
                        0 => a
                            .organizations
                            .push((target, pos, c.parse(&alias, "alias", i)?)),
                        1 => a
                            .officials
                            .push((target, pos, c.parse(&alias, "alias", i)?)),
                        2 => a.meetings.push((target, pos, c.parse(&alias, "alias", i)?)),
                        3 => a.mous.push((target, pos, c.parse(&alias, "alias", i)?)),
                        _ => a
                            .dimensions
                            .push((target, pos, c.parse(&alias, "alias", i)?)),
                    }
                }
                Ok(())
            }
        }
    }

    fn organizations_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let ordinal = c.counts("ordinal")?;
        let id = c.strings("id")?;
        let name = c.strings("name")?;
        let acronym = c.strings("acronym")?;
        let description = c.strings("description")?;
        let kind = c.strings("kind")?;
        let country = c.strings("country")?;
        let parent = c.strings("parent")?;
        let hq_city = c.strings("headquarters_city")?;
        let hq_country = c.strings("headquarters_country")?;
        let founded = c.partial_dates("founded")?;
        let dissolved = c.partial_dates("dissolved")?;
        for i in 0..n {
            let mut o = Organization::new(
                c.parse(&id, "id", i)?,
                c.parse(&name, "name", i)?,
                c.parse(&kind, "kind", i)?,
            );
            o.acronym = c.text(&acronym, "acronym", i)?;
            o.description = c.text(&description, "description", i)?;
            o.country = c.opt(&country, "country", i)?;
            o.parent = c.opt(&parent, "parent", i)?;
            let city: Option<Text> = c.text(&hq_city, "headquarters_city", i)?;
            o.headquarters = match c.opt::<CountryCode>(&hq_country, "headquarters_country", i)? {
                Some(country) => Some(Place { city, country }),
                None if city.is_some() => {
                    return Err(c.err(
                        Some(i),
                        "headquarters_country",
                        "a headquarters' city needs its country",
                    ));
                }
                None => None,
            };
            o.founded = c.partial_date(&founded, i)?;
            o.dissolved = c.partial_date(&dissolved, i)?;
            self.organizations
                .push((c.req_count(&ordinal, "ordinal", i)?, o));
        }
        Ok(())
    }

    fn memberships_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let (o, p) = owner(c, "organization")?;
        let kind = c.strings("member_kind")?;
        let org = c.strings("member_organization")?;
        let state = c.strings("member_state")?;
        let status = c.strings("status")?;
        let period = c.period("period")?;
        let founding = c.flags("founding")?;
        let decided = c.strings("decided_at")?;
        for i in 0..n {
            let party = c.party(
                &kind,
                &org,
                &state,
                ["member_kind", "member_organization", "member_state"],
                i,
            )?;
            let mut m = Membership::new(party, c.parse(&status, "status", i)?)
                .during(c.period_at(&period, i)?);
            m.founding = c.req_flag(founding, "founding", i)?;
            m.decided_at = c.opt(&decided, "decided_at", i)?;
            self.memberships.push((
                c.req_count(&o, "organization_ordinal", i)?,
                c.req_count(&p, "position", i)?,
                m,
            ));
        }
        Ok(())
    }

    fn chairs_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let (o, p) = owner(c, "organization")?;
        let country = c.strings("country")?;
        let official = c.strings("official")?;
        let theme = c.strings("theme")?;
        let period = c.period("period")?;
        let term = c.strings("term")?;
        let decided = c.strings("decided_at")?;
        for i in 0..n {
            let mut ch =
                Chairmanship::new(c.parse(&country, "country", i)?, c.period_at(&period, i)?);
            ch.official = c.opt(&official, "official", i)?;
            ch.theme = c.text(&theme, "theme", i)?;
            ch.term = c.opt(&term, "term", i)?;
            ch.decided_at = c.opt(&decided, "decided_at", i)?;
            self.chairs.push((
                c.req_count(&o, "organization_ordinal", i)?,
                c.req_count(&p, "position", i)?,
                ch,
            ));
        }
        Ok(())
    }

    fn officials_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let ordinal = c.counts("ordinal")?;
        let id = c.strings("id")?;
        let name = c.strings("name")?;
        let given = c.strings("given_name")?;
        let family = c.strings("family_name")?;
        let honorific = c.strings("honorific")?;
        let nationality = c.strings("nationality")?;
        for i in 0..n {
            let mut o = Official::new(c.parse(&id, "id", i)?, c.parse(&name, "name", i)?);
            o.given_name = c.text(&given, "given_name", i)?;
            o.family_name = c.text(&family, "family_name", i)?;
            o.honorific = c.text(&honorific, "honorific", i)?;
            o.nationality = c.opt(&nationality, "nationality", i)?;
            self.officials
                .push((c.req_count(&ordinal, "ordinal", i)?, o));
        }
        Ok(())
    }

    fn posts_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let (o, p) = owner(c, "official")?;
        let org = c.strings("organization")?;
        let title = c.strings("title")?;
        let role = c.strings("role")?;
        let acting = c.flags("acting")?;
        let period = c.period("period")?;
        let term = c.strings("term")?;
        let decided = c.strings("decided_at")?;
        for i in 0..n {
            let mut post = Post::new(
                c.parse(&org, "organization", i)?,
                c.parse(&role, "role", i)?,
            )
            .during(c.period_at(&period, i)?);
            post.title = c.text(&title, "title", i)?;
            post.acting = c.req_flag(acting, "acting", i)?;
            post.term = c.opt(&term, "term", i)?;
            post.decided_at = c.opt(&decided, "decided_at", i)?;
            self.posts.push((
                c.req_count(&o, "official_ordinal", i)?,
                c.req_count(&p, "position", i)?,
                post,
            ));
        }
        Ok(())
    }

    fn meetings_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let ordinal = c.counts("ordinal")?;
        let id = c.strings("id")?;
        let title = c.strings("title")?;
        let kind = c.strings("kind")?;
        let status = c.strings("status")?;
        let when = c.period("when")?;
        let theme = c.strings("theme")?;
        let session_of = c.strings("session_of")?;
        let days = c.counts("days")?;
        let recurrence = c.strings("recurrence")?;
        let venue = c.strings("location_venue")?;
        let city = c.strings("location_city")?;
        let country = c.strings("location_country")?;
        let online = c.flags("location_online")?;
        let summary = c.strings("summary")?;
        for i in 0..n {
            let mut m = Meeting::new(
                c.parse(&id, "id", i)?,
                c.parse(&title, "title", i)?,
                c.parse(&kind, "kind", i)?,
                c.parse(&status, "status", i)?,
                c.period_at(&when, i)?,
            );
            m.theme = c.text(&theme, "theme", i)?;
            m.session_of = c.opt(&session_of, "session_of", i)?;
            m.days = match c.count(&days, "days", i)? {
                Some(d) => Some(
                    NonZeroU32::new(d)
                        .ok_or_else(|| c.err(Some(i), "days", "a meeting lasts at least a day"))?,
                ),
                None => None,
            };
            m.recurrence = c.opt(&recurrence, "recurrence", i)?;
            let venue: Option<Text> = c.text(&venue, "location_venue", i)?;
            let city: Option<Text> = c.text(&city, "location_city", i)?;
            let country: Option<CountryCode> = c.opt(&country, "location_country", i)?;
            m.location = match c.flag(online, i) {
                Some(online) => Some(Location {
                    venue,
                    city,
                    country,
                    online,
                }),
                None if venue.is_some() || city.is_some() || country.is_some() => {
                    return Err(c.err(
                        Some(i),
                        "location_online",
                        "a location is given, so this is true or false",
                    ));
                }
                None => None,
            };
            m.summary = c.text(&summary, "summary", i)?;
            self.meetings
                .push((c.req_count(&ordinal, "ordinal", i)?, m));
        }
        Ok(())
    }

    fn participants_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let (o, p) = owner(c, "meeting")?;
        let kind = c.strings("party_kind")?;
        let org = c.strings("organization")?;
        let state = c.strings("state")?;
        let official = c.strings("official")?;
        let role = c.strings("role")?;
        for i in 0..n {
            let party = c.party(
                &kind,
                &org,
                &state,
                ["party_kind", "organization", "state"],
                i,
            )?;
            let mut part = Participant::new(party, c.parse(&role, "role", i)?);
            part.official = c.opt(&official, "official", i)?;
            self.participants.push((
                c.req_count(&o, "meeting_ordinal", i)?,
                c.req_count(&p, "position", i)?,
                part,
            ));
        }
        Ok(())
    }

    fn outcomes_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let (o, p) = owner(c, "meeting")?;
        let kind = c.strings("kind")?;
        let text = c.strings("text")?;
        let mou = c.strings("mou")?;
        let official = c.strings("official")?;
        let method = c.strings("method")?;
        for i in 0..n {
            let mut out = Outcome::new(c.parse(&kind, "kind", i)?, c.parse(&text, "text", i)?);
            out.mou = c.opt(&mou, "mou", i)?;
            out.official = c.opt(&official, "official", i)?;
            out.method = c.opt(&method, "method", i)?;
            self.outcomes.push((
                c.req_count(&o, "meeting_ordinal", i)?,
                c.req_count(&p, "position", i)?,
                out,
            ));
        }
        Ok(())
    }

    fn mous_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let ordinal = c.counts("ordinal")?;
        let id = c.strings("id")?;
        let title = c.strings("title")?;
        let status = c.strings("status")?;
        let signed = c.partial_dates("signed")?;
        let effective = c.partial_dates("effective")?;
        let expires = c.partial_dates("expires")?;
        let signed_at = c.strings("signed_at")?;
        for i in 0..n {
            let mut m = Mou::new(
                c.parse(&id, "id", i)?,
                c.parse(&title, "title", i)?,
                Vec::new(),
                c.parse(&status, "status", i)?,
            );
            m.signed = c.partial_date(&signed, i)?;
            m.effective = c.partial_date(&effective, i)?;
            m.expires = c.partial_date(&expires, i)?;
            m.signed_at = c.opt(&signed_at, "signed_at", i)?;
            self.mous.push((c.req_count(&ordinal, "ordinal", i)?, m));
        }
        Ok(())
    }

    fn dimensions_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let ordinal = c.counts("ordinal")?;
        let id = c.strings("id")?;
        let org = c.strings("organization")?;
        let name = c.strings("name")?;
        let description = c.strings("description")?;
        let parent = c.strings("parent")?;
        for i in 0..n {
            let mut d = Dimension::new(
                c.parse(&id, "id", i)?,
                c.parse(&org, "organization", i)?,
                c.parse(&name, "name", i)?,
            );
            d.description = c.text(&description, "description", i)?;
            d.parent = c.opt(&parent, "parent", i)?;
            self.dimensions
                .push((c.req_count(&ordinal, "ordinal", i)?, d));
        }
        Ok(())
    }

    fn coordinators_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let (o, p) = owner(c, "dimension")?;
        let country = c.strings("country")?;
        let role = c.strings("role")?;
        let period = c.period("period")?;
        for i in 0..n {
            let mut co =
                Coordinator::new(c.parse(&country, "country", i)?, c.parse(&role, "role", i)?);
            co.period = c.period_at(&period, i)?;
            self.coordinators.push((
                c.req_count(&o, "dimension_ordinal", i)?,
                c.req_count(&p, "position", i)?,
                co,
            ));
        }
        Ok(())
    }

    fn sources_from(&mut self, c: &Cols<'_>, n: usize) -> Result<(), ReadError> {
        let t = targets(c, true)?;
        let url = c.strings("url")?;
        let title = c.strings("title")?;
        let publisher = c.strings("publisher")?;
        let published = c.partial_dates("published")?;
        let language = c.strings("language")?;
        for i in 0..n {
            let (target, pos) = t.at(c, i)?;
            let s = Source {
                url: c.opt(&url, "url", i)?,
                title: c.text(&title, "title", i)?,
                publisher: c.text(&publisher, "publisher", i)?,
                published: c.partial_date(&published, i)?,
                language: c.opt(&language, "language", i)?,
            };
            self.sources.push((target, pos, s));
        }
        Ok(())
    }

    /// Puts every row in its place and returns the dataset. Every table must have been
    /// pushed (an empty one as an empty batch), so that a missing file is not a dataset with
    /// nothing in it. Cost: O(r log r) over the rows.
    pub fn finish(self) -> Result<Dataset, ReadError> {
        let missing: Vec<&str> = Relation::ALL
            .iter()
            .filter(|r| !self.rows_seen.contains_key(r))
            .map(|r| r.name())
            .collect();
        if !missing.is_empty() {
            return Err(ReadError::table(
                missing.join(", "),
                "the table was not read: push every table, an empty one as an empty batch",
            ));
        }
        let mut data = Dataset::new();
        data.organizations = records(Relation::Organizations, self.organizations)?;
        data.officials = records(Relation::Officials, self.officials)?;
        data.meetings = records(Relation::Meetings, self.meetings)?;
        data.mous = records(Relation::Mous, self.mous)?;
        data.dimensions = records(Relation::Dimensions, self.dimensions)?;
        let orgs = &mut data.organizations;
        place(Relation::Memberships, self.memberships, orgs, |o| {
            &mut o.members
        })?;
        place(Relation::Chairmanships, self.chairs, orgs, |o| {
            &mut o.chairs
        })?;
        place(Relation::Posts, self.posts, &mut data.officials, |o| {
            &mut o.posts
        })?;
        let meetings = &mut data.meetings;
        place(Relation::Participants, self.participants, meetings, |m| {
            &mut m.participants
        })?;
        place(Relation::MeetingRelations, self.relations, meetings, |m| {
            &mut m.relations
        })?;
        place(
            Relation::MeetingDimensions,
            self.meeting_dimensions,
            meetings,
            |m| &mut m.dimensions,
        )?;
        place(Relation::MeetingTopics, self.topics, meetings, |m| {
            &mut m.topics
        })?;
        place(Relation::MeetingMous, self.meeting_mous, meetings, |m| {
            &mut m.mous
        })?;
        place(Relation::Outcomes, self.outcomes, meetings, |m| {
            &mut m.outcomes
        })?;
        let mous = &mut data.mous;
        place(Relation::MouParties, self.mou_parties, mous, |m| {
            &mut m.parties
        })?;
        place(Relation::MouSignatories, self.signatories, mous, |m| {
            &mut m.signatories
        })?;
        place(Relation::MouAreas, self.areas, mous, |m| &mut m.areas)?;
        place(Relation::MouDimensions, self.mou_dimensions, mous, |m| {
            &mut m.dimensions
        })?;
        place(
            Relation::Coordinators,
            self.coordinators,
            &mut data.dimensions,
            |d| &mut d.coordinators,
        )?;
        shared(Relation::Sources, self.sources, &mut data, |d, t| {
            Some(match (t.record, t.holding) {
                (0, None) => &mut d.organizations.get_mut(t.ordinal as usize)?.sources,
                (0, Some((0, h))) => {
                    &mut d
                        .organizations
                        .get_mut(t.ordinal as usize)?
                        .members
                        .get_mut(h as usize)?
                        .sources
                }
                (0, Some((1, h))) => {
                    &mut d
                        .organizations
                        .get_mut(t.ordinal as usize)?
                        .chairs
                        .get_mut(h as usize)?
                        .sources
                }
                (1, None) => &mut d.officials.get_mut(t.ordinal as usize)?.sources,
                (1, Some((2, h))) => {
                    &mut d
                        .officials
                        .get_mut(t.ordinal as usize)?
                        .posts
                        .get_mut(h as usize)?
                        .sources
                }
                (2, None) => &mut d.meetings.get_mut(t.ordinal as usize)?.sources,
                (3, None) => &mut d.mous.get_mut(t.ordinal as usize)?.sources,
                (4, None) => &mut d.dimensions.get_mut(t.ordinal as usize)?.sources,
                _ => return None,
            })
        })?;
        shared(Relation::Attested, self.attested, &mut data, |d, t| {
            Some(match (t.record, t.holding) {
                (0, Some((0, h))) => {
                    &mut d
                        .organizations
                        .get_mut(t.ordinal as usize)?
                        .members
                        .get_mut(h as usize)?
                        .attested
                }
                (0, Some((1, h))) => {
                    &mut d
                        .organizations
                        .get_mut(t.ordinal as usize)?
                        .chairs
                        .get_mut(h as usize)?
                        .attested
                }
                (1, Some((2, h))) => {
                    &mut d
                        .officials
                        .get_mut(t.ordinal as usize)?
                        .posts
                        .get_mut(h as usize)?
                        .attested
                }
                _ => return None,
            })
        })?;
        shared(Relation::OtherNames, self.other_names, &mut data, |d, t| {
            Some(match (t.record, t.holding) {
                (0, None) => &mut d.organizations.get_mut(t.ordinal as usize)?.other_names,
                (1, None) => &mut d.officials.get_mut(t.ordinal as usize)?.other_names,
                _ => return None,
            })
        })?;
        shared(
            Relation::Identifiers,
            self.identifiers,
            &mut data,
            |d, t| {
                Some(match (t.record, t.holding) {
                    (0, None) => &mut d.organizations.get_mut(t.ordinal as usize)?.identifiers,
                    (1, None) => &mut d.officials.get_mut(t.ordinal as usize)?.identifiers,
                    _ => return None,
                })
            },
        )?;
        let a = self.aliases;
        shared(Relation::Aliases, a.organizations, &mut data, |d, t| {
            Some(&mut d.organizations.get_mut(t.ordinal as usize)?.aliases)
        })?;
        shared(Relation::Aliases, a.officials, &mut data, |d, t| {
            Some(&mut d.officials.get_mut(t.ordinal as usize)?.aliases)
        })?;
        shared(Relation::Aliases, a.meetings, &mut data, |d, t| {
            Some(&mut d.meetings.get_mut(t.ordinal as usize)?.aliases)
        })?;
        shared(Relation::Aliases, a.mous, &mut data, |d, t| {
            Some(&mut d.mous.get_mut(t.ordinal as usize)?.aliases)
        })?;
        shared(Relation::Aliases, a.dimensions, &mut data, |d, t| {
            Some(&mut d.dimensions.get_mut(t.ordinal as usize)?.aliases)
        })?;
        Ok(data)
    }
}

/// The owner columns of a list table: `{owner}_ordinal` and `position`.
fn owner<'b>(c: &Cols<'b>, owner: &str) -> Result<(Counts<'b>, Counts<'b>), ReadError> {
    Ok((
        c.counts(&format!("{owner}_ordinal"))?,
        c.counts("position")?,
    ))
}

/// Reads a table of single values (`meeting_dimensions`, `mou_parties`…).
fn list<T: FromStr<Err = ValueError>>(
    c: &Cols<'_>,
    n: usize,
    owner_name: &str,
    column: &str,
    into: &mut Vec<(u32, u32, T)>,
) -> Result<(), ReadError> {
    let (o, p) = owner(c, owner_name)?;
    let values = c.strings(column)?;
    let ordinal_name = format!("{owner_name}_ordinal");
    for i in 0..n {
        into.push((
            c.req_count(&o, &ordinal_name, i)?,
            c.req_count(&p, "position", i)?,
            c.parse(&values, column, i)?,
        ));
    }
    Ok(())
}

/// The owner columns of a shared table.
struct Targets<'b> {
    kind: Strings<'b>,
    ordinal: Counts<'b>,
    holding: Option<(Strings<'b>, Counts<'b>)>,
    position: Counts<'b>,
}

fn targets<'b>(c: &Cols<'b>, holdings: bool) -> Result<Targets<'b>, ReadError> {
    Ok(Targets {
        kind: c.strings("record_kind")?,
        ordinal: c.counts("record_ordinal")?,
        holding: if holdings {
            Some((c.strings("holding")?, c.counts("holding_position")?))
        } else {
            None
        },
        position: c.counts("position")?,
    })
}

impl Targets<'_> {
    fn at(&self, c: &Cols<'_>, i: usize) -> Result<(Target, u32), ReadError> {
        let kind = c.req(&self.kind, "record_kind", i)?;
        let record = RECORDS.iter().position(|k| *k == kind).ok_or_else(|| {
            c.err(
                Some(i),
                "record_kind",
                format!("unknown kind of record `{}`", crate::error::excerpt(kind)),
            )
        })?;
        let holding = match &self.holding {
            Some((h, hp)) => match h.get(i) {
                Some(h) => {
                    let which = HOLDINGS.iter().position(|k| *k == h).ok_or_else(|| {
                        c.err(
                            Some(i),
                            "holding",
                            format!("unknown kind of holding `{}`", crate::error::excerpt(h)),
                        )
                    })?;
                    Some((
                        u8::try_from(which).unwrap_or(u8::MAX),
                        c.req_count(hp, "holding_position", i)?,
                    ))
                }
                None => None,
            },
            None => None,
        };
        let target = Target {
            record: u8::try_from(record).unwrap_or(u8::MAX),
            ordinal: c.req_count(&self.ordinal, "record_ordinal", i)?,
            holding,
        };
        Ok((target, c.req_count(&self.position, "position", i)?))
    }
}

/// Records in the order of their ordinals, which must be 0..n.
fn records<T>(relation: Relation, mut rows: Vec<(u32, T)>) -> Result<Vec<T>, ReadError> {
    rows.sort_by_key(|r| r.0);
    let mut out = Vec::with_capacity(rows.len());
    for (i, (ordinal, record)) in rows.into_iter().enumerate() {
        if ordinal as usize != i {
            return Err(ReadError::table(
                relation.name(),
                format!(
                    "the ordinals do not number the records from 0: {ordinal} where {i} was due"
                ),
            ));
        }
        out.push(record);
    }
    Ok(out)
}

/// Checks that sorted `(key, position, item)` rows number each key's items from 0, and hands
/// each key's items over, collected in a `Vec` (which its owner's list takes as a boxed
/// slice, converted once).
fn groups<K: Copy + Ord + fmt::Debug, T>(
    relation: Relation,
    mut rows: Vec<(K, u32, T)>,
    mut give: impl FnMut(K, Vec<T>) -> Result<(), ReadError>,
) -> Result<(), ReadError> {
    rows.sort_by_key(|r| (r.0, r.1));
    let mut current: Option<K> = None;
    let mut items: Vec<T> = Vec::new();
    for (key, position, item) in rows {
        if current != Some(key) {
            if let Some(k) = current {
                give(k, std::mem::take(&mut items))?;
            }
            current = Some(key);
        }
        if position as usize != items.len() {
            return Err(ReadError::table(
                relation.name(),
                format!(
                    "the positions of {key:?}'s rows do not number them from 0: {position} where {} was due",
                    items.len()
                ),
            ));
        }
        items.push(item);
    }
    if let Some(k) = current {
        give(k, items)?;
    }
    Ok(())
}

/// Puts each list row into its owner's list.
fn place<R, T>(
    relation: Relation,
    rows: Vec<(u32, u32, T)>,
    owners: &mut [R],
    list: impl Fn(&mut R) -> &mut Box<[T]>,
) -> Result<(), ReadError> {
    groups(relation, rows, |ordinal, items| {
        let owner = owners.get_mut(ordinal as usize).ok_or_else(|| {
            ReadError::table(
                relation.name(),
                format!("rows belong to ordinal {ordinal}, which no record has"),
            )
        })?;
        *list(owner) = items.into_boxed_slice();
        Ok(())
    })
}

/// Puts each row of a shared table into the list of its record or holding.
fn shared<T>(
    relation: Relation,
    rows: Vec<(Target, u32, T)>,
    data: &mut Dataset,
    list: impl Fn(&mut Dataset, Target) -> Option<&mut Box<[T]>>,
) -> Result<(), ReadError> {
    groups(relation, rows, |target, items| {
        let slot = list(data, target).ok_or_else(|| {
            let record = RECORDS.get(usize::from(target.record)).copied().unwrap_or("?");
            let holding = target
                .holding
                .map(|(h, p)| format!(", {} {p}", HOLDINGS.get(usize::from(h)).copied().unwrap_or("?")))
                .unwrap_or_default();
            ReadError::table(
                relation.name(),
                format!("rows belong to {record} {}{holding}, which the tables do not hold (or which has no such list)", target.ordinal),
            )
        })?;
        *slot = items.into_boxed_slice();
        Ok(())
    })
}
