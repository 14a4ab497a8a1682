//! Organizations: international bodies, their organs, and states' government bodies.

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::date::PartialDate;
use crate::id::{MeetingId, OfficialId, OrganizationId};
use crate::names::{ExternalId, OtherName};
use crate::party::Party;
use crate::period::{Coverage, Extent, Period};
use crate::source::Source;
use crate::term::Term;
use crate::text::Text;

/// An organization that takes part in multilateral cooperation.
///
/// That covers intergovernmental organizations (CICA, OSCE), entities of the United Nations
/// system (IOM, ILO, UNOG, UN-Water), non-governmental organizations (the ICRC, the Centre for
/// Humanitarian Dialogue), think tanks (the GCSP), a state's government bodies (a ministry of
/// foreign affairs, a presidency: kind `government`, with `country` set), and the bodies
/// inside any of these (the CICA Secretariat, the IOM Council, the CICA Business Council:
/// with `parent` set).
///
/// ```
/// use multilateral::{Organization, OrganizationKind};
///
/// let cica = Organization::new(
///     "cica".parse()?,
///     "Conference on Interaction and Confidence Building Measures in Asia".parse()?,
///     OrganizationKind::Intergovernmental,
/// )
/// .with_acronym("CICA".parse()?);
/// assert_eq!(cica.acronym.as_ref().map(|a| a.as_str()), Some("CICA"));
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Organization {
    /// The organization's id, unique among organizations. Required.
    pub id: OrganizationId,
    /// Other ids of the same organization, kept when two documents that named it differently
    /// were merged (see [`merge`](crate::merge)): a reference to an alias resolves to this
    /// record, and [`Registry`](crate::Registry) lookups by an alias find it. No alias may be
    /// the id or an alias of another organization (`duplicate-id`). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub aliases: Box<[OrganizationId]>,
    /// The full official name, in English where there is one. Required.
    pub name: Text,
    /// The usual short form ("CICA", "IOM"). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<Text>,
    /// What the organization is and does, in a sentence or two from a source ("The Office
    /// for Democratic Institutions and Human Rights is the OSCE's principal institution for
    /// the human dimension"). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Names in other languages, other spellings, former names. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub other_names: Box<[OtherName]>,
    /// What kind of body it is. Required.
    pub kind: OrganizationKind,
    /// For a government body, the state it belongs to. Required when `kind` is
    /// `government`, otherwise optional (a national NGO may give its country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// The organization this body is part of: the CICA Secretariat's parent is CICA.
    /// Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<OrganizationId>,
    /// Where its headquarters are. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headquarters: Option<Place>,
    /// When it was founded (or its founding treaty signed). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<PartialDate>,
    /// When it ceased to exist. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dissolved: Option<PartialDate>,
    /// Its members, observers and partners, states or organizations, each with a period.
    /// Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub members: Box<[Membership]>,
    /// The states that have chaired it, each with a period. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub chairs: Box<[Chairmanship]>,
    /// Its identifiers in other databases (Wikidata, ROR, IATI). Optional.
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

impl Organization {
    /// An organization with its required fields; the rest starts empty.
    pub fn new(id: OrganizationId, name: Text, kind: OrganizationKind) -> Self {
        Self {
            id,
            aliases: Box::default(),
            name,
            acronym: None,
            description: None,
            other_names: Box::default(),
            kind,
            country: None,
            parent: None,
            headquarters: None,
            founded: None,
            dissolved: None,
            members: Box::default(),
            chairs: Box::default(),
            identifiers: Box::default(),
            sources: Box::default(),
        }
    }

    /// Sets the acronym.
    pub fn with_acronym(mut self, acronym: Text) -> Self {
        self.acronym = Some(acronym);
        self
    }

    /// Sets the description.
    pub fn described(mut self, description: Text) -> Self {
        self.description = Some(description);
        self
    }

    /// Sets the parent organization.
    pub fn with_parent(mut self, parent: OrganizationId) -> Self {
        self.parent = Some(parent);
        self
    }

    /// Sets the country (required for government bodies).
    pub fn with_country(mut self, country: CountryCode) -> Self {
        self.country = Some(country);
        self
    }

    /// Adds a source.
    ///
    /// The list is a boxed slice ([why](crate#lists-are-boxed-slices)), reallocated to one
    /// more element on each call: O(n) in the sources so far. To give many, collect them
    /// into a `Vec` and assign it once: `organization.sources = sources.into()`.
    pub fn with_source(mut self, source: Source) -> Self {
        crate::list::push(&mut self.sources, source);
        self
    }
}

crate::string_enum::string_enum! {
    /// What kind of body an organization is.
    pub enum OrganizationKind {
        /// An organization of states founded by treaty or declaration (CICA, OSCE, SCO, the
        /// United Nations itself; its programmes, funds, offices and agencies are
        /// `un-entity`).
        Intergovernmental = "intergovernmental",
        /// A body of the United Nations system: a specialized or related agency, office, fund,
        /// programme, institute or inter-agency mechanism (ILO, IOM, UNOG, UNRISD, UN-Water).
        UnEntity = "un-entity",
        /// A body of one state's government: a ministry, a presidency, an embassy. Has `country`.
        Government = "government",
        /// A non-governmental organization, including international humanitarian bodies such as
        /// the ICRC and private diplomacy organizations such as the Centre for Humanitarian
        /// Dialogue.
        Ngo = "ngo",
        /// A research or policy institute (the Geneva Centre for Security Policy).
        ThinkTank = "think-tank",
        /// A university or academic body.
        Academic = "academic",
        /// The permanent administrative organ of an organization (the CICA Secretariat).
        Secretariat = "secretariat",
        /// A body of member states that governs an organization or decides for it: a council,
        /// an assembly, a ministerial council (the IOM Council, the UN General Assembly, the UN
        /// Security Council).
        GoverningBody = "governing-body",
        /// A body that advises an organization without governing it (the CICA Business Council,
        /// Youth Council, Think Tank Forum).
        AdvisoryBody = "advisory-body",
        /// A network or partnership of institutions (the CICA Partnership Network of Leading
        /// Universities).
        Network = "network",
        /// A body to which member states have handed powers, that decides in its own name
        /// and not as a meeting of the states: the Eurasian Economic Commission, the European
        /// Commission.
        Supranational = "supranational",
        /// An office or institution inside an organization with its own mandate and head,
        /// neither its secretariat nor a body of its member states: the OSCE Office for
        /// Democratic Institutions and Human Rights (ODIHR), the OSCE High Commissioner on
        /// National Minorities, the OHCHR within the UN.
        Institution = "institution",
        /// An assembly of members of the member states' parliaments: the OSCE Parliamentary
        /// Assembly, the Parliamentary Assembly of the Council of Europe.
        ParliamentaryAssembly = "parliamentary-assembly",
        /// A court or tribunal of an organization: the International Court of Justice, the
        /// Court of the Eurasian Economic Union.
        Court = "court",
        /// A development bank or fund owned by states: the Asian Infrastructure Investment
        /// Bank, the European Bank for Reconstruction and Development.
        FinancialInstitution = "financial-institution",
        /// An organization's office in a host country: an OSCE field operation (the OSCE
        /// Programme Office in Astana), a UN country office.
        FieldOffice = "field-office",
        /// Anything else.
        Other = "other",
    }
}

/// A city and country, such as the seat of a headquarters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Place {
    /// The city, in English ("Geneva", "Astana"). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// The country. Required.
    pub country: CountryCode,
}

impl Place {
    /// A place in a country, city unknown.
    pub fn in_country(country: CountryCode) -> Self {
        Self {
            city: None,
            country,
        }
    }

    /// A city in a country.
    pub fn city(city: Text, country: CountryCode) -> Self {
        Self {
            city: Some(city),
            country,
        }
    }
}

/// A state's or an organization's standing in an organization over a period: CICA's member
/// states, its observers, its partners.
///
/// In JSON: `{"state": "KZ", "status": "member", "period": {"start": "1999"}}`, or
/// `{"organization": "un", "status": "observer"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "MembershipRepr")]
#[schemars(with = "MembershipRepr")]
#[non_exhaustive]
pub struct Membership {
    /// The member: a state or an organization.
    pub party: Party,
    /// Member, observer, partner, dialogue partner.
    pub status: MembershipStatus,
    /// When the standing held. An absent period means "dates not known".
    pub period: Period,
    /// Whether the member is a founding member: it belonged from the organization's founding.
    pub founding: bool,
    /// Days on which a source shows the standing held (see [`Post::attested`](crate::Post)).
    pub attested: Box<[PartialDate]>,
    /// The meeting that admitted the member or granted the standing.
    pub decided_at: Option<MeetingId>,
    /// Where this standing is attested, when not where the organization's facts come from.
    pub sources: Box<[Source]>,
}

impl Membership {
    /// A standing with unknown dates.
    pub fn new(party: Party, status: MembershipStatus) -> Self {
        Self {
            party,
            status,
            period: Period::unknown(),
            founding: false,
            attested: Box::default(),
            decided_at: None,
            sources: Box::default(),
        }
    }

    /// Sets the period.
    pub fn during(mut self, period: Period) -> Self {
        self.period = period;
        self
    }

    /// Marks a founding member.
    pub fn founding(mut self) -> Self {
        self.founding = true;
        self
    }

    /// Whether the standing held on `day`, from its period and the days it is attested on.
    pub fn held_on(&self, day: chrono::NaiveDate) -> Coverage {
        self.extent().covers(day)
    }

    pub(crate) fn extent(&self) -> Extent {
        Extent::of_holding(&self.period, None, &self.attested)
    }
}

/// A member of an organization: a state or an organization, with its status and period.
/// Exactly one of `state` and `organization` is given.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[schemars(title = "Membership", transform = crate::party::one_party_schema)]
struct MembershipRepr {
    /// The member state, as an ISO 3166-1 alpha-2 code. Give this or `organization`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    state: Option<CountryCode>,
    /// The member organization's id. Give this or `state`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organization: Option<OrganizationId>,
    /// Member, observer, partner or dialogue partner. Required.
    status: MembershipStatus,
    /// When the standing held; absent when the dates are not known. Optional.
    #[serde(default, skip_serializing_if = "Period::is_unknown")]
    period: Period,
    /// Whether it is a founding member, there from the organization's founding. Optional,
    /// default false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    founding: bool,
    /// Days on which a source shows the standing held; each within `period`. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    attested: Box<[PartialDate]>,
    /// The meeting that admitted the member or granted the standing. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    decided_at: Option<MeetingId>,
    /// Where this standing is attested, when not where the organization's facts come from.
    /// Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    sources: Box<[Source]>,
}

impl TryFrom<MembershipRepr> for Membership {
    type Error = &'static str;
    fn try_from(repr: MembershipRepr) -> Result<Self, Self::Error> {
        Ok(Self {
            party: Party::from_fields(repr.organization, repr.state)?,
            status: repr.status,
            period: repr.period,
            founding: repr.founding,
            attested: repr.attested,
            decided_at: repr.decided_at,
            sources: repr.sources,
        })
    }
}

impl Serialize for Membership {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        MembershipRepr {
            state: self.party.state(),
            organization: self.party.organization().cloned(),
            status: self.status,
            period: self.period,
            founding: self.founding,
            attested: self.attested.clone(),
            decided_at: self.decided_at.clone(),
            sources: self.sources.clone(),
        }
        .serialize(s)
    }
}

crate::string_enum::string_enum! {
    /// A member's standing in an organization.
    pub enum MembershipStatus {
        /// A full member.
        Member = "member",
        /// An observer: attends, does not decide.
        Observer = "observer",
        /// A partner organization or state.
        Partner = "partner",
        /// A dialogue partner (a status of ASEAN and SCO, among others).
        DialoguePartner = "dialogue-partner",
        /// A participating state: the OSCE's word for its members, which it does not call
        /// members since the organization has no founding treaty.
        ParticipatingState = "participating-state",
        /// An associate member: takes part in the work without the full rights of a member
        /// (Anguilla and Bermuda in the Caribbean Community, Aruba and Curaçao in UNESCO).
        AssociateMember = "associate-member",
        /// A candidate for membership: a state whose accession has been accepted in principle
        /// but not completed (EU candidate countries).
        Candidate = "candidate",
        /// A guest: invited to the organization's meetings without a standing of its own (the
        /// SCO's guest attendances: ASEAN, the CIS, Turkmenistan).
        Guest = "guest",
        /// A member whose rights are suspended (the Russian Federation in the Council of
        /// Europe from February to March 2022).
        Suspended = "suspended",
    }
}

/// A state's turn at the chair of an organization, such as Kazakhstan's chairmanship of CICA.
///
/// A chairmanship "for 2024–2026" is written with year precision; when the handover happens
/// at a ministerial meeting, the end is that meeting's day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Chairmanship {
    /// The chairing state. Required.
    pub country: CountryCode,
    /// The person who exercises the chairmanship for the state, when the source names one:
    /// the OSCE's Chairperson-in-Office (the foreign minister), the head of government at
    /// an ASEAN summit. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<OfficialId>,
    /// The chairmanship's theme or motto ("Resilient and Innovative", Singapore's for ASEAN in
    /// 2018). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Text>,
    /// The term; absent when not known. An unknown end (`"end": "unknown"`) is one that came
    /// on a day the record does not give; the next chair's start bounds it (see the table
    /// in [the registry's docs](crate::registry#dates-and-answers)). Optional.
    #[serde(default, skip_serializing_if = "Period::is_unknown")]
    pub period: Period,
    /// The length of the term ("a two-year chairmanship"): `"P2Y"`. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Term>,
    /// Days on which a source shows the state in the chair. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub attested: Box<[PartialDate]>,
    /// The meeting at which the chair passed to this state, or that chose it. Optional.
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

impl Chairmanship {
    /// A chairmanship over a period.
    pub fn new(country: CountryCode, period: Period) -> Self {
        Self {
            country,
            official: None,
            theme: None,
            period,
            term: None,
            attested: Box::default(),
            decided_at: None,
            sources: Box::default(),
        }
    }

    /// Names the meeting at which the chair passed to this state.
    pub fn decided_at(mut self, meeting: MeetingId) -> Self {
        self.decided_at = Some(meeting);
        self
    }

    /// Whether the state chaired on `day`, from this term alone (the registry's
    /// [`chair`](crate::registry::OrganizationRef::chair) also reads the next terms).
    pub fn held_on(&self, day: chrono::NaiveDate) -> Coverage {
        self.extent().covers(day)
    }

    pub(crate) fn extent(&self) -> Extent {
        Extent::of_holding(&self.period, self.term, &self.attested)
    }
}

crate::serde_str::map_only!(Organization, serialize);
crate::serde_str::map_only!(Place, serialize);
crate::serde_str::map_only!(MembershipRepr: "Membership", serialize);
crate::serde_str::map_only!(Chairmanship, serialize);
