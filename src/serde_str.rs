//! How records are read: only from JSON objects, with lists kept at their exact length.

/// Makes a record read only from a JSON object.
///
/// serde's derived `Deserialize` for a struct also accepts a JSON array of its fields in
/// order (`["cica", "CICA", …]`), which the schema refuses and no person writes on
/// purpose. Each record derives with `#[serde(remote = "Self")]`, which turns the derived
/// code into inherent functions, and this macro supplies the trait impls: `Deserialize`
/// asks for a map and hands it to the derived code; `Serialize` (when asked for) forwards
/// as is. `interned` (for the document) reads it inside a
/// [`string_type::InternScope`](crate::string_type::InternScope).
macro_rules! map_only {
    ($ty:ty) => {
        crate::serde_str::map_only!($ty: stringify!($ty));
    };
    ($ty:ty, serialize) => {
        crate::serde_str::map_only!($ty: stringify!($ty), serialize);
    };
    ($ty:ty, serialize, interned) => {
        crate::serde_str::map_only!($ty: stringify!($ty), serialize, interned);
    };
    ($ty:ty: $name:expr) => {
        crate::serde_str::map_only!(@deserialize $ty, $name,);
    };
    ($ty:ty: $name:expr, serialize, interned) => {
        // One document: the equal values it repeats share their blocks.
        crate::serde_str::map_only!(@deserialize $ty, $name,
            let _scope = crate::string_type::InternScope::enter(););
        crate::serde_str::map_only!(@serialize $ty);
    };
    ($ty:ty: $name:expr, serialize) => {
        crate::serde_str::map_only!($ty: $name);
        crate::serde_str::map_only!(@serialize $ty);
    };
    // `Deserialize` asking for a map, with `$before` run first.
    (@deserialize $ty:ty, $name:expr, $($before:stmt;)?) => {
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
                $($before)?
                d.deserialize_map(MapVisitor)
            }
        }
    };
    // `Serialize` forwarding to the derived code.
    (@serialize $ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                <$ty>::serialize(self, s)
            }
        }
    };
}
pub(crate) use map_only;

/// Reads a list and keeps it at its exact length, as the boxed slice a record holds.
///
/// A JSON array does not announce its length, so serde grows the `Vec` by doubling as it
/// reads, and a meeting with one source would keep room for four. Shrinking right after
/// reading, while the block is still in cache, gives back about half of the records' memory
/// for a few percent of the reading time (see BENCHMARKS.md). `into_boxed_slice` is that
/// shrink (a reallocation to the exact length, none when the list filled its room), not a
/// further copy, and the record then holds a 16-byte `Box<[T]>` rather than a 24-byte
/// `Vec<T>` (see [`list`](crate::list)).
pub(crate) fn exact_list<'de, D, T>(d: D) -> Result<Box<[T]>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Vec<T> as serde::Deserialize>::deserialize(d).map(Vec::into_boxed_slice)
}

/// Reads a list at its exact length as a `Vec`: the dataset's lists of records, which
/// users push to (a boxed slice's conversion to a `Vec` keeps its block).
pub(crate) fn exact_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    exact_list(d).map(Vec::from)
}

/// Reads an MoU's parties: a list of at least two, as the schema says (whether they are
/// distinct is a validation rule, which can say which is listed twice).
pub(crate) fn parties<'de, D, T>(d: D) -> Result<Box<[T]>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    let list: Box<[T]> = exact_list(d)?;
    if list.len() < 2 {
        return Err(serde::de::Error::invalid_length(
            list.len(),
            &"at least two parties",
        ));
    }
    Ok(list)
}

/// Reads a number of days: a whole number from 1 to `u32::MAX`, written as an integer or,
/// as JSON Schema allows for integers, with a zero fraction or an exponent (`2.0`, `1e2`);
/// `null` reads as absent.
pub(crate) fn days<'de, D>(d: D) -> Result<Option<std::num::NonZeroU32>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use serde::de::{Error, Unexpected, Visitor};
    use std::num::NonZeroU32;

    struct Days;
    impl Visitor<'_> for Days {
        type Value = Option<NonZeroU32>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a whole number of days from 1 to 4294967295")
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Self::Value, E> {
            u32::try_from(v)
                .ok()
                .and_then(NonZeroU32::new)
                .map(Some)
                .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(v), &self))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Self::Value, E> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(E::invalid_value(Unexpected::Signed(v), &self)),
            }
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Self::Value, E> {
            let whole = v.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(&v);
            if whole {
                // A whole number within u32's range converts exactly.
                self.visit_u64(v as u64)
            } else {
                Err(E::invalid_value(Unexpected::Float(v), &self))
            }
        }
    }
    d.deserialize_any(Days)
}

#[cfg(test)]
mod tests {
    use crate::Dataset;

    #[test]
    fn lists_are_read_at_their_exact_length() {
        let data = Dataset::from_json(
            r#"{"schema_version": "2.0",
                "organizations": [{"id": "cica", "name": "CICA", "kind": "intergovernmental"}],
                "meetings": [{"id": "m1", "title": "Talks", "kind": "bilateral",
                  "status": "held", "when": {"start": "2024-11-25"},
                  "participants": [{"organization": "cica", "role": "participant"}],
                  "topics": ["migration"], "sources": [{"title": "Press release"}]}]}"#,
        )
        .unwrap();
        assert_eq!(data.organizations.capacity(), 1);
        assert_eq!(data.meetings.capacity(), 1);
        // A record's lists are boxed slices: their length is their room.
        let meeting = &data.meetings[0];
        assert_eq!(meeting.participants.len(), 1);
        assert_eq!(meeting.topics.len(), 1);
        assert_eq!(meeting.sources.len(), 1);
    }
}
