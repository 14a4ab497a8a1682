//! Meetings: sessions, bilateral talks, conferences, seminars, visits, signing ceremonies.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
use crate::party::Party;
use crate::period::{Coverage, Period};
use crate::source::Source;
use crate::text::Text;

/// An encounter between organizations or states, from a bilateral meeting between two heads
/// to a governing body's session.
///
/// `when` is the range of days in which the meeting took place, to the precision the
/// sources give: a press release that covers 25–27 November says each bilateral meeting of
/// the visit happened on some day within `{"start": "2024-11-25", "end": "2024-11-27"}`.
///
/// A meeting can stand in relation to others: held **on the sidelines of** a larger event
/// (a bilateral meeting during a council session, between its formal sittings), **part of**
/// a programme (one of the meetings of a visit), **in preparation for** or a **follow-up
/// to** another.
///
/// ```
/// use multilateral::{Meeting, MeetingKind, MeetingStatus, Participant, ParticipantRole, Party};
///
/// let talk = Meeting::new(
///     "sarybay-pope-2024-11".parse()?,
///     "CICA Secretary General meets the IOM Director General".parse()?,
///     MeetingKind::Bilateral,
///     MeetingStatus::Held,
///     "2024-11-25/2024-11-27".parse()?,
/// )
/// .with_participant(
///     Participant::new(Party::Organization("cica".parse()?), ParticipantRole::DelegationHead)
///         .represented_by("kairat-sarybay".parse()?),
/// );
/// assert_eq!(talk.participants.len(), 1);
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Meeting {
    /// The meeting's id, unique among meetings. Required.
    pub id: MeetingId,
    /// Other ids of the same meeting, kept when two documents that named it differently
    /// were merged (see [`merge`](crate::merge)): a reference to an alias resolves to this
    /// record, and [`Registry`](crate::Registry) lookups by an alias find it. No alias may be
    /// the id or an alias of another meeting (`duplicate-id`). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub aliases: Box<[MeetingId]>,
    /// A title that says who met or what the event was. Required.
    pub title: Text,
    /// What kind of meeting it is. Required.
    pub kind: MeetingKind,
    /// Whether it was held, is planned, postponed or cancelled. Required.
    pub status: MeetingStatus,
    /// When it took place (or is to): the range of days it lies in. Required; `{}` when not
    /// known.
    pub when: Period,
    /// The meeting's theme or motto ("Converting Potential into Prosperity", the 42nd Pacific
    /// Islands Forum's). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Text>,
    /// The body this meeting is a session of: the 115th Session of the IOM Council is a
    /// session of `iom-council`, a Ministerial Council meeting one of the Ministerial
    /// Council. Must be an organization of the dataset. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_of: Option<OrganizationId>,
    /// How many days the meeting lasted, when that is shorter than `when`: a bilateral
    /// meeting held on one unnamed day of a three-day visit has `when` 25–27 November and
    /// `days` 1. Absent, the meeting spans all of `when`. Optional, a whole number from 1 to
    /// 4294967295 (written `2`, or `2.0` as JSON Schema counts integers).
    #[serde(
        default,
        deserialize_with = "crate::serde_str::days",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(range(min = 1, max = 4294967295u32))]
    pub days: Option<std::num::NonZeroU32>,
    /// For a record that stands for a recurring series ("the annual seminars"), how often it
    /// recurs; `when` then spans the series. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// Where it took place. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Who took part: organizations or states, each optionally with the official who
    /// represented it. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub participants: Box<[Participant]>,
    /// Relations to other meetings: on the sidelines of, part of, in preparation for,
    /// follow-up to. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub relations: Box<[MeetingRelation]>,
    /// What was discussed, in a few words each ("regular migration pathways in Asia").
    /// Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub topics: Box<[Text]>,
    /// The dimensions of cooperation the meeting touched. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub dimensions: Box<[DimensionId]>,
    /// The MoUs the meeting invoked or was held under. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub mous: Box<[MouId]>,
    /// What came of it. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub outcomes: Box<[Outcome]>,
    /// A short account in prose. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    /// Where these facts come from. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub sources: Box<[Source]>,
}

impl Meeting {
    /// A meeting with its required fields; the rest starts empty.
    pub fn new(
        id: MeetingId,
        title: Text,
        kind: MeetingKind,
        status: MeetingStatus,
        when: Period,
    ) -> Self {
        Self {
            id,
            aliases: Box::default(),
            title,
            kind,
            status,
            when,
            theme: None,
            session_of: None,
            days: None,
            recurrence: None,
            location: None,
            participants: Box::default(),
            relations: Box::default(),
            topics: Box::default(),
            dimensions: Box::default(),
            mous: Box::default(),
            outcomes: Box::default(),
            summary: None,
            sources: Box::default(),
        }
    }

    /// Says the meeting lasted `days` days somewhere within `when` (see [`Meeting::days`]).
    pub fn lasting(mut self, days: std::num::NonZeroU32) -> Self {
        self.days = Some(days);
        self
    }

    /// Names the body this meeting is a session of.
    pub fn session_of(mut self, body: OrganizationId) -> Self {
        self.session_of = Some(body);
        self
    }

    /// Adds a participant.
    ///
    /// The list is a boxed slice ([why](crate#lists-are-boxed-slices)), reallocated to one
    /// more element on each call: O(n) in the participants so far. To give many, collect them
    /// into a `Vec` and assign it once: `meeting.participants = list.into()`.
    pub fn with_participant(mut self, participant: Participant) -> Self {
        crate::list::push(&mut self.participants, participant);
        self
    }

    /// Adds a relation to another meeting. O(n) in the relations so far, as
    /// [`with_participant`](Self::with_participant).
    pub fn with_relation(mut self, kind: RelationKind, meeting: MeetingId) -> Self {
        crate::list::push(&mut self.relations, MeetingRelation::new(kind, meeting));
        self
    }

    /// Sets the location.
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Adds an outcome. O(n) in the outcomes so far, as
    /// [`with_participant`](Self::with_participant).
    pub fn with_outcome(mut self, outcome: Outcome) -> Self {
        crate::list::push(&mut self.outcomes, outcome);
        self
    }

    /// Adds a source. O(n) in the sources so far, as
    /// [`with_participant`](Self::with_participant).
    pub fn with_source(mut self, source: Source) -> Self {
        crate::list::push(&mut self.sources, source);
        self
    }

    /// Whether the meeting took place on `day`.
    ///
    /// A meeting that spans its whole period certainly took place on each day the period
    /// certainly covers. One that lasted [`days`](Self::days) days somewhere within its
    /// period certainly took place only on the days every placement covers: a two-day
    /// meeting within 25–27 November certainly met on the 26th, and possibly on the 25th and
    /// the 27th.
    ///
    /// ```
    /// use multilateral::{Coverage, Meeting, MeetingKind, MeetingStatus, ymd};
    ///
    /// let talks = Meeting::new(
    ///     "sarybay-pope-2024-11".parse()?,
    ///     "CICA Secretary General meets the IOM Director General".parse()?,
    ///     MeetingKind::Bilateral,
    ///     MeetingStatus::Held,
    ///     "2024-11-25/2024-11-27".parse()?,
    /// )
    /// .lasting(std::num::NonZeroU32::MIN);
    /// assert_eq!(talks.coverage(ymd(2024, 11, 26)), Coverage::Possibly);
    /// assert_eq!(talks.coverage(ymd(2024, 11, 28)), Coverage::No);
    /// # Ok::<(), multilateral::ValueError>(())
    /// ```
    pub fn coverage(&self, day: NaiveDate) -> Coverage {
        let when = &self.when;
        let covered = when.covers(day);
        if covered == Coverage::No {
            return Coverage::No;
        }
        let certain = match (self.days, when.earliest(), when.latest()) {
            (Some(days), Some(a), Some(b)) => {
                let d = chrono::Duration::days(i64::from(days.get()) - 1);
                match (b.checked_sub_signed(d), a.checked_add_signed(d)) {
                    (Some(from), Some(to)) => from <= day && day <= to,
                    // Longer than the calendar: no day is certain.
                    _ => false,
                }
            }
            (Some(_), _, _) => false,
            // Without a number of days, the days its period certainly covers; a meeting
            // with no end is not certainly still going on.
            (None, _, _) => when.end().is_dated() && covered == Coverage::Yes,
        };
        if certain {
            Coverage::Yes
        } else {
            Coverage::Possibly
        }
    }

    /// The organizations among the participants, in order, each once.
    pub fn organizations(&self) -> impl Iterator<Item = &OrganizationId> {
        let mut seen = std::collections::HashSet::new();
        self.participants
            .iter()
            .filter_map(|p| p.party.organization())
            .filter(move |org| seen.insert(*org))
    }
}

crate::string_enum::string_enum! {
    /// What kind of meeting.
    pub enum MeetingKind {
        /// Two sides meeting each other, usually their heads or delegations.
        Bilateral = "bilateral",
        /// A session of a governing body (the 115th Session of the IOM Council).
        Session = "session",
        /// A meeting of heads of state or government.
        Summit = "summit",
        /// A meeting of ministers (a Ministerial Council).
        Ministerial = "ministerial",
        /// A conference (the 2024 CICA Environmental Conference).
        Conference = "conference",
        /// A seminar or workshop.
        Seminar = "seminar",
        /// A recurring forum of experts or stakeholders (the CICA Think Tank Forum's meetings).
        Forum = "forum",
        /// A training course or capacity-building session.
        Training = "training",
        /// An official's visit to a place, as a programme of meetings.
        Visit = "visit",
        /// A ceremony at which an agreement or MoU is signed.
        SigningCeremony = "signing-ceremony",
        /// Consultations between officials or experts.
        Consultation = "consultation",
        /// A courtesy call: a short protocol visit to pay respects, on arrival at a post or
        /// before a session ("paid a courtesy call on the Chairperson-in-Office").
        CourtesyCall = "courtesy-call",
        /// A press conference or a joint press encounter.
        PressConference = "press-conference",
        /// A briefing of member states, diplomats or the press by an official.
        Briefing = "briefing",
        /// A ceremony: an inauguration, a handover of the chair, a flag-raising, an
        /// anniversary.
        Ceremony = "ceremony",
        /// A decision taken by a body rather than a sitting of it, when the record is of the
        /// decision: an election or appointment by written or silence procedure, a decision
        /// of the Ministerial Council announced on its own.
        Decision = "decision",
        /// Anything else.
        Other = "other",
    }
}

crate::string_enum::string_enum! {
    /// Whether a meeting happened.
    pub enum MeetingStatus {
        /// Announced, not yet held.
        Planned = "planned",
        /// It took place.
        Held = "held",
        /// Moved to a later date not yet held.
        Postponed = "postponed",
        /// It will not take place.
        Cancelled = "cancelled",
    }
}

crate::string_enum::string_enum! {
    /// How often a series of meetings recurs.
    pub enum Recurrence {
        /// Every year.
        Annual = "annual",
        /// Twice a year.
        Semiannual = "semiannual",
        /// Every two years.
        Biennial = "biennial",
        /// Every four years, as some summits.
        Quadrennial = "quadrennial",
        /// At no fixed interval.
        Irregular = "irregular",
    }
}

/// Where a meeting took place: a venue, a city, a country, or online (or both, for a hybrid
/// meeting). At least one of them is given (validation rule `location-empty`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Location {
    /// The building or venue ("Palais des Nations"). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Text>,
    /// The city, in English ("Geneva"). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// The country. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// Whether the meeting was held online (true with a city: hybrid). Optional, default
    /// false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub online: bool,
}

impl Location {
    /// A city in a country.
    pub fn city(city: Text, country: CountryCode) -> Self {
        Self {
            city: Some(city),
            country: Some(country),
            ..Self::default()
        }
    }

    /// Online only.
    pub fn online() -> Self {
        Self {
            online: true,
            ..Self::default()
        }
    }
}

/// One party at a meeting: an organization or a state, the official who represented it
/// (when known), and the part it played.
///
/// In JSON: `{"organization": "iom", "official": "amy-pope", "role": "host"}` or
/// `{"state": "PK", "role": "delegation-head"}`. A delegation of several officials is
/// several participants with the same party.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "ParticipantRepr")]
#[schemars(with = "ParticipantRepr")]
#[non_exhaustive]
pub struct Participant {
    /// The organization or state taking part.
    pub party: Party,
    /// The official who represented it, when the source names one.
    pub official: Option<OfficialId>,
    /// The part it played.
    pub role: ParticipantRole,
}

impl Participant {
    /// A party in a role, no official named.
    pub fn new(party: Party, role: ParticipantRole) -> Self {
        Self {
            party,
            official: None,
            role,
        }
    }

    /// Names the official who represented the party.
    pub fn represented_by(mut self, official: OfficialId) -> Self {
        self.official = Some(official);
        self
    }
}

/// A participant in a meeting: exactly one of `organization` and `state`, optionally the
/// official who represented it, and its role.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[schemars(title = "Participant", transform = crate::party::one_party_schema)]
struct ParticipantRepr {
    /// The participating organization's id. Give this or `state`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organization: Option<OrganizationId>,
    /// The participating state, as an ISO 3166-1 alpha-2 code. Give this or `organization`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    state: Option<CountryCode>,
    /// The official who represented the party. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    official: Option<OfficialId>,
    /// The part the party played. Required.
    role: ParticipantRole,
}

impl TryFrom<ParticipantRepr> for Participant {
    type Error = &'static str;
    fn try_from(repr: ParticipantRepr) -> Result<Self, Self::Error> {
        Ok(Self {
            party: Party::from_fields(repr.organization, repr.state)?,
            official: repr.official,
            role: repr.role,
        })
    }
}

impl Serialize for Participant {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ParticipantRepr {
            organization: self.party.organization().cloned(),
            state: self.party.state(),
            official: self.official.clone(),
            role: self.role,
        }
        .serialize(s)
    }
}

crate::string_enum::string_enum! {
    /// The part a participant played in a meeting.
    pub enum ParticipantRole {
        /// Organized the meeting (convened it, sent the invitations).
        Organizer = "organizer",
        /// Received the others, on its premises or in its country.
        Host = "host",
        /// Chaired the meeting.
        Chair = "chair",
        /// Was vice-chair or vice-president of the meeting ("appointed vice president of the
        /// special session").
        ViceChair = "vice-chair",
        /// Addressed the meeting (delivered remarks, a statement).
        Speaker = "speaker",
        /// Led its side's delegation (in a bilateral meeting, the visiting side's head).
        DelegationHead = "delegation-head",
        /// Was a member of a delegation.
        DelegationMember = "delegation-member",
        /// Took part, with no more specific role given.
        Participant = "participant",
        /// Attended as an observer.
        Observer = "observer",
        /// Signed an agreement or MoU at the meeting on the party's behalf.
        Signatory = "signatory",
        /// Was invited as a guest (a guest of honour, an invited state at a summit), not as a
        /// member or observer.
        Guest = "guest",
        /// Moderated a panel or a discussion.
        Moderator = "moderator",
        /// Witnessed a signing without signing.
        Witness = "witness",
    }
}

/// A relation from one meeting to another.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct MeetingRelation {
    /// How this meeting relates to the other. Required.
    pub kind: RelationKind,
    /// The other meeting. Required.
    pub meeting: MeetingId,
}

impl MeetingRelation {
    /// A relation of a kind to a meeting.
    pub fn new(kind: RelationKind, meeting: MeetingId) -> Self {
        Self { kind, meeting }
    }
}

crate::string_enum::string_enum! {
    /// How one meeting relates to another.
    pub enum RelationKind {
        /// Held on the sidelines of the other: during it, between its formal sittings, with
        /// some of its participants. Must lie within the other's period.
        SidelinesOf = "sidelines-of",
        /// One of the meetings of a larger programme, such as a visit. Must lie within the
        /// other's period.
        PartOf = "part-of",
        /// Held to prepare the other (a senior officials' meeting before a summit).
        InPreparationFor = "in-preparation-for",
        /// Held to follow up on the other.
        FollowUpTo = "follow-up-to",
        /// Held just before the other and because of it, without preparing it: a courtesy
        /// call on the chair ahead of a ministerial session, a bilateral meeting on the eve
        /// of a summit. Must not begin after the other ended.
        AheadOf = "ahead-of",
    }
}

impl RelationKind {
    /// Whether a meeting so related must take place within the other's period.
    pub fn is_within(self) -> bool {
        matches!(self, RelationKind::SidelinesOf | RelationKind::PartOf)
    }
}

/// Something that came of a meeting, typed so it can be counted, with the source's words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Outcome {
    /// What kind of outcome. Required.
    pub kind: OutcomeKind,
    /// What the source says came of it. Required.
    pub text: Text,
    /// The MoU it concerns (one signed, or one the sides committed to). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mou: Option<MouId>,
    /// The official it concerns: the one elected or appointed. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<OfficialId>,
    /// How the decision was taken, when the source says: by consensus, by acclamation, by a
    /// vote, by silence procedure. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<DecisionMethod>,
}

impl Outcome {
    /// An outcome with its wording.
    pub fn new(kind: OutcomeKind, text: Text) -> Self {
        Self {
            kind,
            text,
            mou: None,
            official: None,
            method: None,
        }
    }

    /// Ties the outcome to an MoU.
    pub fn about(mut self, mou: MouId) -> Self {
        self.mou = Some(mou);
        self
    }

    /// Ties the outcome to the official it concerns.
    pub fn concerning(mut self, official: OfficialId) -> Self {
        self.official = Some(official);
        self
    }
}

crate::string_enum::string_enum! {
    /// How a body took a decision.
    pub enum DecisionMethod {
        /// By consensus: no member objected ("adopted by consensus").
        Consensus = "consensus",
        /// By acclamation, without a ballot ("the Board appointed by acclamation Mr Grossi").
        Acclamation = "acclamation",
        /// By a vote or ballot ("received the support of 24 Members of the 35-nation Board").
        Vote = "vote",
        /// Unanimously: every member in favour, as the source says without telling a vote from
        /// a consensus ("formally and unanimously recommended").
        Unanimity = "unanimity",
        /// By written or silence procedure: adopted when no member broke silence by a
        /// deadline.
        SilenceProcedure = "silence-procedure",
    }
}

crate::string_enum::string_enum! {
    /// The kinds of outcome press releases report, from weakest to most binding.
    pub enum OutcomeKind {
        /// One side informed the other ("provided a comprehensive update").
        Briefed = "briefed",
        /// A statement or remarks were delivered.
        Statement = "statement",
        /// The sides discussed a subject with no stated result.
        Discussed = "discussed",
        /// The sides explored possibilities ("explored opportunities for engagement").
        Explored = "explored",
        /// The sides expressed a commitment ("expressed their commitment to strengthening").
        Committed = "committed",
        /// The sides agreed on something ("agreed to maintain a dialogue").
        Agreed = "agreed",
        /// An invitation was extended.
        Invited = "invited",
        /// A declaration, resolution or decision was adopted.
        Adopted = "adopted",
        /// An MoU or agreement was signed (give `mou`).
        SignedMou = "signed-mou",
        /// A body recommended someone or something to the body that decides (give `official`
        /// for a person): "the Security Council recommended António Guterres to the General
        /// Assembly".
        Recommended = "recommended",
        /// Someone was elected to a post (give `official`): "the Council elected Amy Pope as
        /// Director General".
        Elected = "elected",
        /// Someone was appointed to a post (give `official`): "the Ministerial Council
        /// appointed Helga Schmid Secretary General".
        Appointed = "appointed",
        /// The chair or presidency passed from one state or person to another.
        HandedOver = "handed-over",
        /// A state or organization was admitted as a member, observer or partner.
        Admitted = "admitted",
        /// A programme, initiative, network or report was launched.
        Launched = "launched",
    }
}

crate::serde_str::map_only!(Meeting, serialize);
crate::serde_str::map_only!(Location, serialize);
crate::serde_str::map_only!(ParticipantRepr: "Participant", serialize);
crate::serde_str::map_only!(MeetingRelation, serialize);
crate::serde_str::map_only!(Outcome, serialize);
