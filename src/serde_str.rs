//! The one serde path shared by every value type that travels as a JSON string: read the
//! string, then hand it to the type's parser, so JSON input meets exactly the same checks as
//! `str::parse`.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use crate::error::ValueError;

/// A serde visitor that accepts a string and parses it with `T::from_str`.
pub(crate) struct ParseVisitor<T> {
    expecting: &'static str,
    marker: PhantomData<fn() -> T>,
}

impl<T> ParseVisitor<T> {
    pub(crate) fn new(expecting: &'static str) -> Self {
        Self {
            expecting,
            marker: PhantomData,
        }
    }
}

impl<T: FromStr<Err = ValueError>> serde::de::Visitor<'_> for ParseVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// Implements `Serialize` (through `Display`) and `Deserialize` (through `FromStr`) for a
/// value type that travels as a JSON string.
macro_rules! string_serde {
    ($ty:ty, $expecting:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str(crate::serde_str::ParseVisitor::<Self>::new($expecting))
            }
        }
    };
}
pub(crate) use string_serde;

/// Makes a record read only from a JSON object.
///
/// serde's derived `Deserialize` for a struct also accepts a JSON array of its fields in
/// order (`["cica", "CICA", …]`), which the schema refuses and no person writes on
/// purpose. Each record derives with `#[serde(remote = "Self")]`, which turns the derived
/// code into inherent functions, and this macro supplies the trait impls: `Deserialize`
/// asks for a map and hands it to the derived code; `Serialize` (when asked for) forwards
/// as is.
macro_rules! map_only {
    ($ty:ty) => {
        crate::serde_str::map_only!($ty: stringify!($ty));
    };
    ($ty:ty, serialize) => {
        crate::serde_str::map_only!($ty: stringify!($ty), serialize);
    };
    ($ty:ty: $name:expr) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct MapVisitor;
                impl<'de> serde::de::Visitor<'de> for MapVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "a JSON object ({})", $name)
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<$ty, A::Error> {
                        <$ty>::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                d.deserialize_map(MapVisitor)
            }
        }
    };
    ($ty:ty: $name:expr, serialize) => {
        crate::serde_str::map_only!($ty: $name);

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                <$ty>::serialize(self, s)
            }
        }
    };
}
pub(crate) use map_only;

/// Makes a unit-only enum read only from a JSON string, and quote a refused value as an
/// excerpt.
///
/// serde's derived `Deserialize` for an enum asks serde_json for an enum, and serde_json
/// answers anything but a string or an object with a syntax error ("expected value"), so
/// `"kind": 0` was reported as invalid JSON where it is valid JSON of the wrong type. Each
/// such enum derives with `#[serde(remote = "Self")]` and this macro supplies the trait
/// impls: `Deserialize` asks for a string (a wrong type is then a data error that names
/// the type) and hands it to the derived code, cut to an 80-character excerpt when longer,
/// since no variant name is that long and an "unknown variant" message would otherwise
/// quote a 10 MB value whole.
macro_rules! string_enum {
    ($ty:ty, $expecting:literal) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct StrVisitor;
                impl serde::de::Visitor<'_> for StrVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        use serde::de::IntoDeserializer as _;
                        if v.len() <= 80 {
                            <$ty>::deserialize(v.into_deserializer())
                        } else {
                            <$ty>::deserialize(
                                crate::error::excerpt(v).as_str().into_deserializer(),
                            )
                        }
                    }
                }
                d.deserialize_str(StrVisitor)
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                <$ty>::serialize(self, s)
            }
        }
    };
}
pub(crate) use string_enum;

/// Reads a list and keeps it at its exact length.
///
/// A JSON array does not announce its length, so serde grows the `Vec` by doubling as it
/// reads, and a meeting with one source would keep room for four. Shrinking right after
/// reading, while the block is still in cache, gives back about half of the records' memory
/// for a few percent of the reading time (see BENCHMARKS.md).
pub(crate) fn exact_list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    let mut list = <Vec<T> as serde::Deserialize>::deserialize(d)?;
    list.shrink_to_fit();
    Ok(list)
}

#[cfg(test)]
mod tests {
    use crate::Dataset;

    #[test]
    fn lists_are_read_at_their_exact_length() {
        let data = Dataset::from_json(
            r#"{"schema_version": "1.0",
                "organizations": [{"id": "cica", "name": "CICA", "kind": "intergovernmental"}],
                "meetings": [{"id": "m1", "title": "Talks", "kind": "bilateral",
                  "status": "held", "when": {"start": "2024-11-25"},
                  "participants": [{"organization": "cica", "role": "participant"}],
                  "topics": ["migration"], "sources": [{"title": "Press release"}]}]}"#,
        )
        .unwrap();
        assert_eq!(data.organizations.capacity(), 1);
        assert_eq!(data.meetings.capacity(), 1);
        let meeting = &data.meetings[0];
        assert_eq!(meeting.participants.capacity(), 1);
        assert_eq!(meeting.topics.capacity(), 1);
        assert_eq!(meeting.sources.capacity(), 1);
    }
}
