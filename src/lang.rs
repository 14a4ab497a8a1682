//! Languages, as BCP 47 tags.

use oxilangtag::LanguageTag;

use crate::error::{ValueError, excerpt_ascii as excerpt};

/// The JSON Schema `pattern` of a language tag: the grammar of BCP 47 (RFC 5646) as this crate
/// reads it, so that a schema validator accepts exactly the tags [`LangTag`] accepts.
///
/// A tag is a language (2 or 3 letters with up to three 3-letter extended subtags, or 4 to 8
/// letters), an optional script (4 letters), an optional region (2 letters or 3 digits), any
/// variants (5 to 8 letters and digits starting with a letter, or 4 to 8 starting with a
/// digit), any extensions (a singleton other than `x` and subtags of 2 to 8) and an optional
/// private use part (`x` and subtags of 1 to 8); or a private use tag (`x-…`); or one of the
/// irregular grandfathered tags (`i-klingon`, `en-GB-oed`, …). Letters in any case.
pub const LANG_TAG_PATTERN: &str = concat!(
    "^(",
    // language: 2-3 letters + up to three extlangs, or 4-8 letters
    "([A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})",
    // script
    "(-[A-Za-z]{4})?",
    // region
    "(-([A-Za-z]{2}|[0-9]{3}))?",
    // variants
    "(-([A-Za-z][A-Za-z0-9]{4,7}|[0-9][A-Za-z0-9]{3,7}))*",
    // extensions
    "(-[0-9A-WYZa-wyz](-[A-Za-z0-9]{2,8})+)*",
    // private use
    "(-[xX](-[A-Za-z0-9]{1,8})+)?",
    // a private use tag
    "|[xX](-[A-Za-z0-9]{1,8})+",
    // irregular grandfathered tags
    "|[eE][nN]-[gG][bB]-[oO][eE][dD]",
    "|[iI]-([aA][mM][iI]|[bB][nN][nN]|[dD][eE][fF][aA][uU][lL][tT]|[eE][nN][oO][cC][hH][iI][aA][nN]",
    "|[hH][aA][kK]|[kK][lL][iI][nN][gG][oO][nN]|[lL][uU][xX]|[mM][iI][nN][gG][oO]",
    "|[nN][aA][vV][aA][jJ][oO]|[pP][wW][nN]|[tT][aA][oO]|[tT][aA][yY]|[tT][sS][uU])",
    "|[sS][gG][nN]-([bB][eE]-[fF][rR]|[bB][eE]-[nN][lL]|[cC][hH]-[dD][eE])",
    ")(?!\\n)$"
);

crate::string_type::string_type! {
    /// A well-formed BCP 47 language tag such as `en`, `ru` or `kk-Cyrl`, in normalised case.
    ///
    /// Names of organizations and people come in several languages and scripts: "Совещание по
    /// взаимодействию и мерам доверия в Азии" is the Russian name of CICA. Each other name may say
    /// its language with a BCP 47 tag (`en`, `ru`, `kk-Cyrl`, `zh-Hans`).
    ///
    /// Tags are checked by [`oxilangtag`] and stored in their normalised case (`EN-gb` becomes
    /// `en-GB`), so two spellings of one tag compare equal.
    ///
    /// ```
    /// use multilateral::LangTag;
    ///
    /// let tag: LangTag = "kk-cyrl".parse()?;
    /// assert_eq!(tag.as_str(), "kk-Cyrl");
    /// assert!("not a tag!".parse::<LangTag>().is_err());
    /// # Ok::<(), multilateral::ValueError>(())
    /// ```
    pub struct LangTag;
    "a BCP 47 language tag"
}

impl LangTag {
    /// Parses and normalises a tag.
    pub fn new(input: &str) -> Result<Self, ValueError> {
        if input.len() > 64 {
            return Err(ValueError::Language {
                input: excerpt(input),
                reason: "a language tag has at most 64 characters".into(),
            });
        }
        LanguageTag::parse_and_normalize(input)
            .map(|tag| Self(tag.into_inner().into_boxed_str()))
            .map_err(|e| ValueError::Language {
                input: excerpt(input),
                reason: e.to_string(),
            })
    }

    /// The primary language subtag (`kk` for `kk-Cyrl`).
    pub fn primary_language(&self) -> &str {
        match self.0.split_once('-') {
            Some((primary, _)) => primary,
            None => &self.0,
        }
    }
}

impl schemars::JsonSchema for LangTag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LangTag".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A BCP 47 language tag (\"en\", \"ru\", \"kk-Cyrl\"), in any letter case; readers normalise the case (\"EN-gb\" is read as \"en-GB\").",
            "type": "string",
            "maxLength": 64,
            "pattern": LANG_TAG_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case() {
        assert_eq!(LangTag::new("EN-gb").unwrap().as_str(), "en-GB");
        assert_eq!(LangTag::new("zh-hans-cn").unwrap().as_str(), "zh-Hans-CN");
        assert_eq!(LangTag::new("kk-Cyrl").unwrap().primary_language(), "kk");
    }

    #[test]
    fn refuses_malformed_tags() {
        for bad in ["", "e n", "english-language-tag", "en--gb", "123", "en_GB"] {
            let err = LangTag::new(bad).unwrap_err();
            assert!(
                matches!(&err, ValueError::Language { input, .. } if input == bad),
                "{bad}: {err}"
            );
        }
        let long = format!("en-{}", ["abc"; 20].join("-"));
        assert!(LangTag::new(&long).is_err());
    }

    #[test]
    fn serde_round_trip() {
        let tag: LangTag = serde_json::from_str("\"ru\"").unwrap();
        assert_eq!(serde_json::to_string(&tag).unwrap(), "\"ru\"");
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    /// Flips the case of letters at random, as authors do.
    fn any_case(s: &str, flips: u64) -> String {
        s.chars()
            .enumerate()
            .map(|(i, c)| {
                if flips >> (i % 64) & 1 == 1 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    }

    proptest! {
        #[test]
        fn tags_normalise_and_round_trip(
            language in "[a-z]{2,3}",
            script in proptest::option::of("[a-z]{4}"),
            region in proptest::option::of(prop_oneof!["[a-z]{2}", "[0-9]{3}"]),
            flips in any::<u64>(),
        ) {
            let mut written = language.clone();
            if let Some(s) = &script {
                written = format!("{written}-{s}");
            }
            if let Some(r) = &region {
                written = format!("{written}-{r}");
            }
            let tag = LangTag::new(&any_case(&written, flips)).unwrap();
            // Normal case: language lower, script title, region upper.
            let mut expected = language.clone();
            if let Some(s) = &script {
                let (first, rest) = s.split_at(1);
                expected = format!("{expected}-{}{rest}", first.to_ascii_uppercase());
            }
            if let Some(r) = &region {
                expected = format!("{expected}-{}", r.to_ascii_uppercase());
            }
            prop_assert_eq!(tag.as_str(), expected.as_str());
            prop_assert_eq!(tag.primary_language(), language.as_str());
            prop_assert_eq!(LangTag::new(tag.as_str()).unwrap(), tag.clone());
            let json = serde_json::to_string(&tag).unwrap();
            prop_assert_eq!(serde_json::from_str::<LangTag>(&json).unwrap(), tag);
        }

        #[test]
        fn reading_never_panics_and_is_idempotent(s in "\\PC{0,20}") {
            if let Ok(tag) = LangTag::new(&s) {
                prop_assert_eq!(LangTag::new(tag.as_str()).unwrap(), tag.clone());
                prop_assert!(tag.as_str().eq_ignore_ascii_case(&s));
            }
        }
    }
}
