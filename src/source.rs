//! Where a record's facts come from.

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::lang::LangTag;
use crate::text::{Text, WebUrl};

/// A document that attests a record: a press release, a communiqué, a web page.
///
/// Every record lists its sources, so that a reader can check each fact. A source needs at
/// least a `url` or a `title` (validation rule `source-unidentified`).
///
/// ```
/// use multilateral::Source;
///
/// let release = Source::titled("CICA Secretary General in Geneva".parse()?)
///     .with_publisher("CICA Secretariat".parse()?)
///     .with_published("2024-11".parse()?);
/// assert_eq!(release.published.unwrap().to_string(), "2024-11");
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Source {
    /// The web address of the document. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<WebUrl>,
    /// The document's title or headline. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// Who published it: an organization's name or a news outlet. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Text>,
    /// When it was published, to the year, month or day. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// The language the document is written in, as a BCP 47 tag (`"de"` for a German-language
    /// report, `"ru"`, `"zh-Hans"`). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LangTag>,
}

impl Source {
    /// A source known by its title.
    pub fn titled(title: Text) -> Self {
        Self {
            title: Some(title),
            ..Self::default()
        }
    }

    /// A source known by its address.
    pub fn at(url: WebUrl) -> Self {
        Self {
            url: Some(url),
            ..Self::default()
        }
    }

    /// Sets the publisher.
    pub fn with_publisher(mut self, publisher: Text) -> Self {
        self.publisher = Some(publisher);
        self
    }

    /// Sets the language.
    pub fn in_language(mut self, language: LangTag) -> Self {
        self.language = Some(language);
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, published: PartialDate) -> Self {
        self.published = Some(published);
        self
    }
}

crate::serde_str::map_only!(Source, serialize);
