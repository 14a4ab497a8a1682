//! The ends of a period, as sources give them: a date, a range of dates, unknown, or open.
//!
//! A source may say when a term began to the day ("on 4 December 2020"), to the year
//! ("since 1999"), only within limits ("not later than 2019", "before 2020", "between 2018 and
//! 2019"), not at all, or say that there is no such end ("still in office"; for a start,
//! "from the beginning"). These are different facts, and a [`Bound`] keeps them apart:
//!
//! | the source says | start | end | JSON |
//! |---|---|---|---|
//! | a day, month, year, decade or century | [`Bound::Date`] | [`Bound::Date`] | `"2020-12-04"`, `"1999"`, `"199X"` |
//! | within limits: "not before 2018", "not after 2019", "before 2020" | [`Bound::Between`] | [`Bound::Between`] | `{"not_before": "2018"}`, `{"not_after": "2019"}` |
//! | nothing: the date is not known | [`Bound::Unknown`] | [`Bound::Unknown`] | `"unknown"` (for a start, also leaving `start` out; for an end, leaving it out when the start is not given either) |
//! | that there is none: "from the beginning", "still running" | [`Bound::Open`] | [`Bound::Open`] | `".."` (for an end, also leaving `end` out after a `start`) |
//!
//! Limits are inclusive, as Wikidata's *earliest date* and *latest date*: "before 2020" is
//! `{"not_after": "2019"}`, "member since 1999 or earlier" is a start `{"not_after": "1999"}`.
//! An unknown end is not an open end: a chairmanship that ended on a day the source does not
//! give has `"end": "unknown"`, and may have ended on any day from its start on; one that is
//! still running has no `end` (or `".."`), and covers every day from its start on. The open
//! start, "from the beginning", is for standings held as long as the record is concerned,
//! such as a founding member's from the organization's founding when that date is not given.
//!
//! ```
//! use multilateral::{Bound, PartialDate};
//!
//! let before_2020: Bound = serde_json::from_str(r#"{"not_after": "2019"}"#)?;
//! assert_eq!(before_2020.last_day(), Some(multilateral::ymd(2019, 12, 31)));
//! assert_eq!(before_2020.first_day(), None);
//! let unknown: Bound = serde_json::from_str(r#""unknown""#)?;
//! assert_eq!(unknown, Bound::Unknown);
//! assert_eq!(serde_json::to_string(&Bound::Open)?, "\"..\"");
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::error::ValueError;

/// One end of a period. See [the module docs](crate::bound).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Bound {
    /// Known to a day, a month, a year, a decade or a century.
    Date(PartialDate),
    /// Known only to lie within limits, either of which may be absent (not both).
    Between(DateRange),
    /// Not known.
    Unknown,
    /// There is none: for a start, from the beginning; for an end, still running.
    Open,
}

/// Limits within which a date lies, inclusive: `not_before` ..= `not_after`. At least one is
/// given, and `not_before` can lie before `not_after`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
#[schemars(
    extend("minProperties" = 1),
    description = "Limits within which a date lies, both inclusive, at least one given: `{\"not_after\": \"2019\"}` is \"in 2019 or earlier\" (\"before 2020\"), `{\"not_before\": \"2018\", \"not_after\": \"2019-06\"}` is \"between 2018 and June 2019\"."
)]
pub struct DateRange {
    /// The date lies on or after this one. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not_before: Option<PartialDate>,
    /// The date lies on or before this one. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not_after: Option<PartialDate>,
}

impl DateRange {
    /// Limits; refused when neither is given or when `not_before` certainly lies after
    /// `not_after`.
    pub fn new(
        not_before: Option<PartialDate>,
        not_after: Option<PartialDate>,
    ) -> Result<Self, ValueError> {
        match (not_before, not_after) {
            (None, None) => Err(ValueError::Date {
                input: "{}".into(),
                reason: "give not_before, not_after or both (an unknown date is \"unknown\")",
            }),
            (Some(a), Some(b)) if a.earliest() > b.latest() => Err(ValueError::PeriodReversed {
                start: a.to_string(),
                end: b.to_string(),
            }),
            _ => Ok(Self {
                not_before,
                not_after,
            }),
        }
    }

    /// The date lies on or after this one.
    pub fn not_before(&self) -> Option<PartialDate> {
        self.not_before
    }

    /// The date lies on or before this one.
    pub fn not_after(&self) -> Option<PartialDate> {
        self.not_after
    }
}

impl Bound {
    /// A bound known only to lie within limits (see [`DateRange::new`]).
    pub fn between(
        not_before: Option<PartialDate>,
        not_after: Option<PartialDate>,
    ) -> Result<Self, ValueError> {
        DateRange::new(not_before, not_after).map(Bound::Between)
    }

    /// The first day the bound may be; `None` when nothing limits it from below (unknown,
    /// open, or a range with no `not_before`).
    pub fn first_day(&self) -> Option<NaiveDate> {
        match self {
            Bound::Date(d) => Some(d.earliest()),
            Bound::Between(r) => r.not_before.map(|d| d.earliest()),
            Bound::Unknown | Bound::Open => None,
        }
    }

    /// The last day the bound may be; `None` when nothing limits it from above.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match self {
            Bound::Date(d) => Some(d.latest()),
            Bound::Between(r) => r.not_after.map(|d| d.latest()),
            Bound::Unknown | Bound::Open => None,
        }
    }

    /// The date, when the bound is one date.
    pub fn date(&self) -> Option<PartialDate> {
        match self {
            Bound::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// Whether the bound is [`Open`](Bound::Open).
    pub fn is_open(&self) -> bool {
        matches!(self, Bound::Open)
    }

    /// Whether the bound is [`Unknown`](Bound::Unknown).
    pub fn is_unknown(&self) -> bool {
        matches!(self, Bound::Unknown)
    }

    /// Whether the bound is a date or limits: something is known of when it falls.
    pub fn is_dated(&self) -> bool {
        matches!(self, Bound::Date(_) | Bound::Between(_))
    }
}

impl From<PartialDate> for Bound {
    fn from(date: PartialDate) -> Self {
        Bound::Date(date)
    }
}

impl std::str::FromStr for Bound {
    type Err = ValueError;

    /// Reads `..` (open), `unknown`, a partial date, or limits written as in EDTF with
    /// square brackets and two dots: `[..2019]` (not after 2019), `[2018..]`,
    /// `[2018..2019-06]`.
    fn from_str(s: &str) -> Result<Self, ValueError> {
        match s {
            ".." | "unknown" => Bound::from_word(s),
            _ => match s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
                Some(inner) => {
                    let (a, b) = inner.split_once("..").ok_or_else(|| ValueError::Date {
                        input: crate::error::excerpt_ascii(s),
                        reason: "limits are written [FIRST..LAST], either side may be empty",
                    })?;
                    let side = |p: &str| (!p.is_empty()).then(|| p.parse()).transpose();
                    Bound::between(side(a)?, side(b)?)
                }
                None => Bound::from_word(s),
            },
        }
    }
}

impl Bound {
    /// A bound written as one JSON string: `..`, `unknown` or a partial date (limits are an
    /// object in JSON, and `[…]` only in the text form).
    fn from_word(s: &str) -> Result<Self, ValueError> {
        match s {
            ".." => Ok(Bound::Open),
            "unknown" => Ok(Bound::Unknown),
            date => date.parse().map(Bound::Date),
        }
    }
}

impl fmt::Display for Bound {
    /// Writes the form [`FromStr`](std::str::FromStr) reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Bound::Date(d) => write!(f, "{d}"),
            Bound::Between(r) => {
                f.write_str("[")?;
                if let Some(a) = r.not_before {
                    write!(f, "{a}")?;
                }
                f.write_str("..")?;
                if let Some(b) = r.not_after {
                    write!(f, "{b}")?;
                }
                f.write_str("]")
            }
            Bound::Unknown => f.write_str("unknown"),
            Bound::Open => f.write_str(".."),
        }
    }
}

impl fmt::Debug for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bound({self})")
    }
}

impl Serialize for Bound {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Bound::Between(r) => r.serialize(s),
            other => s.collect_str(other),
        }
    }
}

/// How limits are read from JSON, before they are checked against each other.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DateRangeRepr {
    #[serde(default)]
    not_before: Option<PartialDate>,
    #[serde(default)]
    not_after: Option<PartialDate>,
}

impl<'de> Deserialize<'de> for Bound {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct BoundVisitor;
        impl<'de> serde::de::Visitor<'de> for BoundVisitor {
            type Value = Bound;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYX, YYXX), \"unknown\", \"..\" or limits {\"not_before\": …, \"not_after\": …}",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Bound, E> {
                Bound::from_word(v).map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Bound, A::Error> {
                let repr =
                    DateRangeRepr::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Bound::between(repr.not_before, repr.not_after).map_err(serde::de::Error::custom)
            }
        }
        d.deserialize_any(BoundVisitor)
    }
}

impl schemars::JsonSchema for Bound {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Bound".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let date = generator.subschema_for::<PartialDate>();
        let range = generator.subschema_for::<DateRange>();
        schemars::json_schema!({
            "description": "One end of a period: a date; limits within which it lies ({\"not_before\": …, \"not_after\": …}); \"unknown\"; or \"..\", there is none (a start: from the beginning; an end: still running).",
            "anyOf": [
                date,
                {"type": "string", "enum": ["unknown", ".."]},
                range,
            ],
        })
    }
}
