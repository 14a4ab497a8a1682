//! Enums whose values are written as kebab-case strings, from one macro.
//!
//! Every such enum of the crate (a meeting's kind, a post's role, an MoU's status…) is
//! declared through [`string_enum!`], which writes each value's JSON name once and derives
//! from it everything else: `as_str`, `Display`, `FromStr`, the list of every value
//! (`ALL`), serde, and the JSON Schema. A value is read only from a JSON string: a number or
//! an object is a data error that names the type, and a refused string is quoted as an
//! 80-character excerpt (a 10 MB value would otherwise be quoted whole).

/// Declares a string enum. Only doc comments may precede the enum and its variants; every
/// enum is `Copy`, ordered, hashable and `#[non_exhaustive]`.
///
/// ```ignore
/// string_enum! {
///     /// Whether a meeting happened.
///     pub enum MeetingStatus {
///         /// Announced, not yet held.
///         Planned = "planned",
///         /// It took place.
///         Held = "held",
///     }
/// }
/// ```
macro_rules! string_enum {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $( $(#[doc = $vdoc:literal])* $variant:ident = $value:literal, )+
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            schemars::JsonSchema,
        )]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[doc = $vdoc])* #[serde(rename = $value)] $variant, )+
        }

        impl $name {
            /// Every value, in the order of the documentation.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in JSON (kebab-case).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $value,)+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::error::ValueError;

            /// Reads a value as written in JSON.
            fn from_str(s: &str) -> Result<Self, crate::error::ValueError> {
                match s {
                    $($value => Ok($name::$variant),)+
                    _ => Err(crate::error::ValueError::Variant {
                        kind: stringify!($name),
                        input: crate::error::excerpt(s),
                        expected: &[$($value),+],
                    }),
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct StrVisitor;
                impl serde::de::Visitor<'_> for StrVisitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a string (", stringify!($name), ")"))
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        // serde's own message for an unknown value, quoting it cut short;
                        // reading escapes it once (`crate::parse`).
                        v.parse().map_err(|_| {
                            E::unknown_variant(&crate::error::cut(v), &[$($value),+])
                        })
                    }
                }
                d.deserialize_str(StrVisitor)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}
pub(crate) use string_enum;
