//! Names in other languages and spellings, and identifiers in other databases.

use serde::{Deserialize, Serialize};

use crate::lang::LangTag;
use crate::text::Text;

/// Another name under which an organization or a person is known: a translation ("Совещание
/// по взаимодействию и мерам доверия в Азии"), a transliteration ("Sarybai" beside
/// "Sarybay"), a former name ("Turkey" for "Türkiye"), an acronym in another language.
///
/// Name lookups search these as well as the main name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct OtherName {
    /// The name as written. Required.
    pub name: Text,
    /// Its language, as a BCP 47 tag; absent when not known or not relevant. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<LangTag>,
}

impl OtherName {
    /// A name with no language given.
    pub fn new(name: Text) -> Self {
        Self { name, lang: None }
    }

    /// A name in a given language.
    pub fn in_lang(name: Text, lang: LangTag) -> Self {
        Self {
            name,
            lang: Some(lang),
        }
    }
}

/// An identifier of the same entity in another database: `{"scheme": "wikidata", "value":
/// "Q1135155"}`. The scheme is a short lower-case name (`wikidata`, `ror`, `iati`, `viaf`,
/// `isni`); the value is kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct ExternalId {
    /// The database: `wikidata`, `ror`, `iati`, … Required.
    pub scheme: Text,
    /// The entity's identifier in it. Required.
    pub value: Text,
}

impl ExternalId {
    /// An identifier in a scheme.
    pub fn new(scheme: Text, value: Text) -> Self {
        Self { scheme, value }
    }
}

crate::serde_str::map_only!(OtherName, serialize);
crate::serde_str::map_only!(ExternalId, serialize);
