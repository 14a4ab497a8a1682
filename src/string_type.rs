//! The traits every value type that is written as a string shares, from one macro, and the
//! one serde path they all read through.
//!
//! Ids, country codes, language tags, text and web addresses are different types with
//! different rules, but they look the same from outside: parsing is the only way to make
//! one, and each can be shown, compared with a `&str`, and read and written as a JSON
//! string through the same parser as `str::parse`. [`string_type!`] gives each of them that
//! same set of traits, so that the sets cannot drift apart.

use std::cell::RefCell;
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
    ($ty:ty, $expecting:expr) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str(crate::string_type::ParseVisitor::<Self>::new($expecting))
            }
        }
    };
}
pub(crate) use string_serde;

/// The traits of a value type written as a string, for a type with
/// `fn new(&str) -> Result<Self, ValueError>` and `fn as_str(&self) -> &str`:
/// `FromStr`, `TryFrom<&str>`, `TryFrom<String>`, `AsRef<str>`, `PartialEq<str>`,
/// `PartialEq<&str>`, `Display` (the string), `Debug` (`Type("…")`), and serde through the
/// parser. `expecting` says what a JSON reader expected when it found another type.
///
/// `string_type!(struct T; expecting)` is for a newtype over `Box<str>`: it defines the
/// struct too (with the derives its comparisons need) and adds `Borrow<str>`, so that a set
/// of ids can be searched with a `&str`. `string_type!(struct T; expecting; shared)` is the
/// same over an [`arcstr::ArcStr`] (a thin, counted string), built with [`shared`], so that the equal values one document
/// repeats (the id a thousand meetings name) share one block.
macro_rules! string_type {
    ($(#[$meta:meta])* $vis:vis struct $name:ident; $expecting:expr) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis struct $name(Box<str>);

        impl $name {
            /// The value as written (normalised where the type says so).
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        crate::string_type::string_type!($name, $expecting);
    };
    ($(#[$meta:meta])* $vis:vis struct $name:ident; $expecting:expr; shared) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis struct $name(arcstr::ArcStr);

        impl $name {
            /// The value as written (normalised where the type says so).
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        crate::string_type::string_type!($name, $expecting);
    };
    ($name:ty, $expecting:expr) => {
        impl std::str::FromStr for $name {
            type Err = crate::error::ValueError;
            fn from_str(s: &str) -> Result<Self, crate::error::ValueError> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = crate::error::ValueError;
            fn try_from(s: &str) -> Result<Self, crate::error::ValueError> {
                Self::new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = crate::error::ValueError;
            fn try_from(s: String) -> Result<Self, crate::error::ValueError> {
                Self::new(&s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.as_str())
            }
        }

        crate::string_type::string_serde!($name, $expecting);
    };
}
pub(crate) use string_type;

/// The strings already read in this thread's current document (see [`InternScope`]).
type Interner = hashbrown::HashSet<arcstr::ArcStr>;

thread_local! {
    static INTERNER: RefCell<Option<Interner>> = const { RefCell::new(None) };
}

/// While it lives, the values of `shared` string types made on this thread ([`shared`]) are
/// interned: equal strings share one block. A document's reader opens one, so that a
/// reference costs its record no block of its own; the table is dropped with the scope
/// (scopes nest: only the outermost one has a table).
pub(crate) struct InternScope {
    outermost: bool,
}

impl InternScope {
    /// Opens a scope on this thread (or joins the one already open).
    pub(crate) fn enter() -> Self {
        let outermost = INTERNER
            .try_with(|i| {
                let mut i = i.borrow_mut();
                let outermost = i.is_none();
                if outermost {
                    *i = Some(Interner::default());
                }
                outermost
            })
            .unwrap_or(false);
        Self { outermost }
    }
}

impl Drop for InternScope {
    fn drop(&mut self) {
        if self.outermost {
            let _ = INTERNER.try_with(|i| i.borrow_mut().take());
        }
    }
}

/// The shared block of `s`: the one already made in this thread's [`InternScope`], if any,
/// else a new one (kept for the scope's later values).
pub(crate) fn shared(s: &str) -> arcstr::ArcStr {
    INTERNER
        .try_with(|i| match i.borrow_mut().as_mut() {
            Some(set) => set
                .get_or_insert_with(s, |s| arcstr::ArcStr::from(s))
                .clone(),
            None => arcstr::ArcStr::from(s),
        })
        .unwrap_or_else(|_| arcstr::ArcStr::from(s))
}
