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
