//! Officials: the people who hold posts and represent organizations.

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::id::{MeetingId, OfficialId, OrganizationId};
use crate::names::{ExternalId, OtherName};
use crate::period::{Coverage, Extent, Period};
use crate::source::Source;
use crate::term::Term;
use crate::text::Text;

/// A person who holds posts in organizations: a Secretary General, a Director-General, a
/// minister, a member of staff.
///
/// Posts are a dated history, not a single title: the head of the CICA Secretariat was
/// titled "Executive Director" and later "Secretary General" (two consecutive holdings); a
/// person may hold two posts at once; a post may be held "acting".
///
/// ```
/// use multilateral::{Official, Post, PostRole};
///
/// let pope = Official::new("amy-pope".parse()?, "Amy E. Pope".parse()?)
///     .with_post(
///         Post::new("iom".parse()?, PostRole::Head)
///             .titled("Director General".parse()?)
///             .during("2023-10-01/..".parse()?),
///     );
/// assert_eq!(pope.posts.len(), 1);
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Official {
    /// The official's id, unique among officials. Required.
    pub id: OfficialId,
    /// Other ids of the same official, kept when two documents that named it differently
    /// were merged (see [`merge`](crate::merge)): a reference to an alias resolves to this
    /// record, and [`Registry`](crate::Registry) lookups by an alias find it. No alias may be
    /// the id or an alias of another official (`duplicate-id`). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub aliases: Box<[OfficialId]>,
    /// The name as usually written, without honorific ("Kairat Sarybay"). Required.
    pub name: Text,
    /// Given name(s). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<Text>,
    /// Family name. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<Text>,
    /// Other spellings, transliterations and names in other scripts ("Sarybai", "Кайрат
    /// Сарыбай"). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub other_names: Box<[OtherName]>,
    /// How sources address the person: "Ambassador", "Dr.", "Ms.", "Mr.". Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<Text>,
    /// Nationality. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationality: Option<CountryCode>,
    /// The posts the person has held, each with its organization and period. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub posts: Box<[Post]>,
    /// Identifiers in other databases (Wikidata). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub identifiers: Box<[ExternalId]>,
    /// Where these facts come from. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub sources: Box<[Source]>,
}

impl Official {
    /// An official with an id and a name; the rest starts empty.
    pub fn new(id: OfficialId, name: Text) -> Self {
        Self {
            id,
            aliases: Box::default(),
            name,
            given_name: None,
            family_name: None,
            other_names: Box::default(),
            honorific: None,
            nationality: None,
            posts: Box::default(),
            identifiers: Box::default(),
            sources: Box::default(),
        }
    }

    /// Sets the honorific.
    pub fn with_honorific(mut self, honorific: Text) -> Self {
        self.honorific = Some(honorific);
        self
    }

    /// Adds a post.
    ///
    /// The list is a boxed slice ([why](crate#lists-are-boxed-slices)), reallocated to one
    /// more element on each call: O(n) in the posts so far. To give many, collect them
    /// into a `Vec` and assign it once: `official.posts = posts.into()`.
    pub fn with_post(mut self, post: Post) -> Self {
        crate::list::push(&mut self.posts, post);
        self
    }

    /// Adds another name. O(n) in the names so far, as [`with_post`](Self::with_post).
    pub fn with_other_name(mut self, name: OtherName) -> Self {
        crate::list::push(&mut self.other_names, name);
        self
    }

    /// Adds a source. O(n) in the sources so far, as [`with_post`](Self::with_post).
    pub fn with_source(mut self, source: Source) -> Self {
        crate::list::push(&mut self.sources, source);
        self
    }
}

/// One holding of a post: who (the official holding it), where (the organization), what
/// (title and role), and when (the period).
///
/// A renamed post is two consecutive holdings; a vacancy is a gap between holdings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Post {
    /// The organization in which the post is held. Required.
    pub organization: OrganizationId,
    /// The title as the organization writes it ("Director-General", "Secretary General");
    /// absent when the source gives none. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The post's place in the organization: head, deputy, member, staff… Required.
    pub role: PostRole,
    /// Whether the post is held ad interim ("Acting Director"). Optional, default false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acting: bool,
    /// When it was held. A missing start means "not known"; a missing end means "still
    /// held, as far as the record knows"; `"end": "unknown"` means it ended on a day the
    /// record does not give. Optional.
    #[serde(default, skip_serializing_if = "Period::is_unknown")]
    pub period: Period,
    /// The length of the mandate ("a three-year term"): `"P3Y"`. A holding whose end is not
    /// dated lasts at least this long from its start (see [`Term`]). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Term>,
    /// Days (or months, years) on which a source shows the post held: "Executive Director
    /// Sarybay, on 13 October 2022". The holding began on or before each and ended on or
    /// after it, so those days are certain even when its start and end are not known; each
    /// must lie within `period` (rule `attested-outside-period`). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub attested: Box<[PartialDate]>,
    /// The meeting that appointed or elected the holder ("appointed by the Ministerial
    /// Council on 4 December 2020"). Must be a meeting of the dataset; a warning when it
    /// certainly began after the holding did (rule `decided-after-start`). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<MeetingId>,
    /// Where this holding is attested, when it is not where the whole record's facts come
    /// from (one report gives the appointment, another the official's name). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub sources: Box<[Source]>,
}

impl Post {
    /// A post with a role at an organization, no title and unknown dates.
    pub fn new(organization: OrganizationId, role: PostRole) -> Self {
        Self {
            organization,
            title: None,
            role,
            acting: false,
            period: Period::unknown(),
            term: None,
            attested: Box::default(),
            decided_at: None,
            sources: Box::default(),
        }
    }

    /// Sets the title.
    pub fn titled(mut self, title: Text) -> Self {
        self.title = Some(title);
        self
    }

    /// Sets the period.
    pub fn during(mut self, period: Period) -> Self {
        self.period = period;
        self
    }

    /// Sets the length of the mandate.
    pub fn for_term(mut self, term: Term) -> Self {
        self.term = Some(term);
        self
    }

    /// Adds a day on which a source shows the post held.
    ///
    /// The list is a boxed slice, reallocated to one more element on each call: O(n) in the
    /// days so far. To give many, assign a collected `Vec`: `post.attested = days.into()`.
    pub fn attested_on(mut self, date: PartialDate) -> Self {
        crate::list::push(&mut self.attested, date);
        self
    }

    /// Names the meeting that appointed or elected the holder.
    pub fn decided_at(mut self, meeting: MeetingId) -> Self {
        self.decided_at = Some(meeting);
        self
    }

    /// Whether the post was held on `day`, from its period, its term and the days it is
    /// attested on (see [the period's docs](crate::period) and the table in
    /// [the registry's docs](crate::registry#dates-and-answers)).
    pub fn held_on(&self, day: chrono::NaiveDate) -> Coverage {
        self.extent().covers(day)
    }

    pub(crate) fn extent(&self) -> Extent {
        Extent::of_holding(&self.period, self.term, &self.attested)
    }
}

crate::string_enum::string_enum! {
    /// The place a post has in its organization.
    pub enum PostRole {
        /// The head: Secretary General, Director-General, Director, Executive Director,
        /// minister. At most one non-acting head at a time is expected.
        Head = "head",
        /// A deputy head: Deputy Secretary General, Deputy Executive Director.
        Deputy = "deputy",
        /// The chair of a body (a council, a board).
        Chair = "chair",
        /// A member of a body (a council, a board).
        Member = "member",
        /// A state's or organization's permanent representative to another.
        Representative = "representative",
        /// A member of staff: a director of a department, an officer, an expert.
        Staff = "staff",
        /// Anything else.
        Other = "other",
    }
}

crate::serde_str::map_only!(Official, serialize);
crate::serde_str::map_only!(Post, serialize);
