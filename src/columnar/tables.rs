//! The tables: one per relation, each with its columns and the rows a dataset gives it.

use crate::columnar::Relation;
use crate::columnar::batches::{Row, RowSource, rows};
use crate::columnar::columns::{HOLDING_KINDS, PARTY_KINDS, RECORD_KINDS, Spec};
use crate::dataset::Dataset;
use crate::date::PartialDate;
use crate::dimension::{Coordinator, CoordinatorRole, Dimension};
use crate::meeting::{
    DecisionMethod, Meeting, MeetingKind, MeetingRelation, MeetingStatus, Outcome, OutcomeKind,
    Participant, ParticipantRole, Recurrence, RelationKind,
};
use crate::mou::{Mou, MouStatus};
use crate::names::{ExternalId, OtherName};
use crate::official::{Official, Post, PostRole};
use crate::organization::{
    Chairmanship, Membership, MembershipStatus, Organization, OrganizationKind,
};
use crate::party::Party;
use crate::source::Source;

/// The values of a string enum, for the schema.
macro_rules! values {
    ($ty:ty) => {{
        const N: usize = <$ty>::ALL.len();
        // Evaluated at compile time: an index out of bounds would not compile.
        #[allow(clippy::indexing_slicing)]
        const V: [&str; N] = {
            let mut v = [""; N];
            let mut i = 0;
            while i < N {
                v[i] = <$ty>::ALL[i].as_str();
                i += 1;
            }
            v
        };
        &V
    }};
}

/// The columns of a table.
pub(crate) fn spec(relation: Relation) -> Spec {
    let mut s = Spec::default();
    match relation {
        Relation::Organizations => {
            s.ordinal("organizations")
                .dict("id", false, "The organization's id.")
                .text("name", false, "The full official name.")
                .text("acronym", true, "The usual short form.")
                .text("description", true, "What the organization is and does.")
                .enumeration(
                    "kind",
                    values!(OrganizationKind),
                    false,
                    "What kind of body it is.",
                )
                .dict(
                    "country",
                    true,
                    "For a government body, the state it belongs to (ISO 3166-1 alpha-2).",
                )
                .dict(
                    "parent",
                    true,
                    "The id of the organization this body is part of.",
                )
                .text("headquarters_city", true, "The city of its headquarters.")
                .dict(
                    "headquarters_country",
                    true,
                    "The country of its headquarters; null when no headquarters are given.",
                )
                .partial_date("founded", true, "When it was founded")
                .partial_date("dissolved", true, "When it ceased to exist");
        }
        Relation::Memberships => {
            s.owner("organization", "members")
                .enumeration("member_kind", PARTY_KINDS, false, "Whether the member is an organization or a state.")
                .dict("member_organization", true, "The member organization's id, when the member is one.")
                .dict("member_state", true, "The member state's code, when the member is one.")
                .enumeration("status", values!(MembershipStatus), false, "The member's standing.")
                .period("period", "the standing")
                .flag("founding", false, "Whether it is a founding member.")
                .dict("decided_at", true, "The id of the meeting that admitted the member or granted the standing.")
                .days("", "the standing may have held", "the standing certainly held (from this record alone: the registry also reads the party's next standing)");
        }
        Relation::Chairmanships => {
            s.owner("organization", "chairs")
                .dict("country", false, "The chairing state.")
                .dict("official", true, "The id of the official who exercised the chairmanship.")
                .text("theme", true, "The chairmanship's theme or motto.")
                .period("period", "the term")
                .dict("term", true, "The length of the term, as an ISO 8601 duration (`P2Y`).")
                .dict("decided_at", true, "The id of the meeting at which the chair passed to this state.")
                .days("", "the state may have chaired", "the state certainly chaired (from this term alone: the registry also reads the next terms)");
        }
        Relation::Officials => {
            s.ordinal("officials")
                .dict("id", false, "The official's id.")
                .text("name", false, "The name as usually written.")
                .text("given_name", true, "Given name(s).")
                .text("family_name", true, "Family name.")
                .text("honorific", true, "How sources address the person.")
                .dict("nationality", true, "Nationality (ISO 3166-1 alpha-2).");
        }
        Relation::Posts => {
            s.owner("official", "posts")
                .dict(
                    "organization",
                    false,
                    "The id of the organization in which the post is held.",
                )
                .text("title", true, "The title as the organization writes it.")
                .enumeration(
                    "role",
                    values!(PostRole),
                    false,
                    "The post's place in the organization.",
                )
                .flag("acting", false, "Whether the post is held ad interim.")
                .period("period", "the holding")
                .dict(
                    "term",
                    true,
                    "The length of the mandate, as an ISO 8601 duration (`P3Y`).",
                )
                .dict(
                    "decided_at",
                    true,
                    "The id of the meeting that appointed or elected the holder.",
                )
                .days(
                    "",
                    "the post may have been held",
                    "the post was certainly held",
                );
        }
        Relation::Meetings => {
            s.ordinal("meetings")
                .dict("id", false, "The meeting's id.")
                .text("title", false, "Who met, or what the event was.")
                .enumeration(
                    "kind",
                    values!(MeetingKind),
                    false,
                    "What kind of meeting it is.",
                )
                .enumeration(
                    "status",
                    values!(MeetingStatus),
                    false,
                    "Whether it was held, is planned, postponed or cancelled.",
                )
                .period("when", "the range of days the meeting lies in")
                .text("theme", true, "The meeting's theme or motto.")
                .dict(
                    "session_of",
                    true,
                    "The id of the body this meeting is a session of.",
                )
                .count(
                    "days",
                    true,
                    "How many days the meeting lasted, when shorter than `when`.",
                )
                .enumeration(
                    "recurrence",
                    values!(Recurrence),
                    true,
                    "For a series, how often it recurs.",
                )
                .text("location_venue", true, "The building or venue.")
                .text("location_city", true, "The city.")
                .dict(
                    "location_country",
                    true,
                    "The country (ISO 3166-1 alpha-2).",
                )
                .flag(
                    "location_online",
                    true,
                    "Whether it was held online; null when no location is given.",
                )
                .text("summary", true, "A short account in prose.");
        }
        Relation::Participants => {
            s.owner("meeting", "participants")
                .enumeration(
                    "party_kind",
                    PARTY_KINDS,
                    false,
                    "Whether the party is an organization or a state.",
                )
                .dict(
                    "organization",
                    true,
                    "The participating organization's id, when the party is one.",
                )
                .dict(
                    "state",
                    true,
                    "The participating state's code, when the party is one.",
                )
                .dict(
                    "official",
                    true,
                    "The id of the official who represented the party.",
                )
                .enumeration(
                    "role",
                    values!(ParticipantRole),
                    false,
                    "The part the party played.",
                );
        }
        Relation::MeetingRelations => {
            s.owner("meeting", "relations")
                .enumeration(
                    "kind",
                    values!(RelationKind),
                    false,
                    "How the meeting relates to the other.",
                )
                .dict("other", false, "The id of the other meeting.");
        }
        Relation::MeetingDimensions => {
            s.owner("meeting", "dimensions").dict(
                "dimension",
                false,
                "The id of a dimension the meeting touched.",
            );
        }
        Relation::MeetingTopics => {
            s.owner("meeting", "topics")
                .text("topic", false, "What was discussed.");
        }
        Relation::MeetingMous => {
            s.owner("meeting", "mous").dict(
                "mou",
                false,
                "The id of an MoU the meeting invoked or was held under.",
            );
        }
        Relation::Outcomes => {
            s.owner("meeting", "outcomes")
                .enumeration("kind", values!(OutcomeKind), false, "What kind of outcome.")
                .text("text", false, "What the source says came of it.")
                .dict("mou", true, "The id of the MoU it concerns.")
                .dict("official", true, "The id of the official it concerns.")
                .enumeration(
                    "method",
                    values!(DecisionMethod),
                    true,
                    "How the decision was taken.",
                );
        }
        Relation::Mous => {
            s.ordinal("mous")
                .dict("id", false, "The MoU's id.")
                .text("title", false, "Its title.")
                .enumeration("status", values!(MouStatus), false, "Where it stands.")
                .partial_date("signed", true, "When it was signed")
                .partial_date("effective", true, "When it took effect")
                .partial_date("expires", true, "When it expires or expired")
                .dict("signed_at", true, "The id of the meeting at which it was signed.")
                .days("in_force_", "the MoU may have been in force (from `effective`, or `signed`, to `expires`; never for a draft)", "the MoU was certainly in force (only `in-force`, or `expired` with its date, is ever certain)");
        }
        Relation::MouParties => {
            s.owner("mou", "parties").dict(
                "organization",
                false,
                "The id of an organization bound by the MoU.",
            );
        }
        Relation::MouSignatories => {
            s.owner("mou", "signatories").dict(
                "official",
                false,
                "The id of an official who signed it.",
            );
        }
        Relation::MouAreas => {
            s.owner("mou", "areas")
                .text("area", false, "An area or aim of cooperation it lists.");
        }
        Relation::MouDimensions => {
            s.owner("mou", "dimensions").dict(
                "dimension",
                false,
                "The id of a dimension it falls under.",
            );
        }
        Relation::Dimensions => {
            s.ordinal("dimensions")
                .dict("id", false, "The dimension's id.")
                .dict(
                    "organization",
                    false,
                    "The id of the organization that defines it.",
                )
                .text("name", false, "Its name.")
                .text("description", true, "What it covers.")
                .dict(
                    "parent",
                    true,
                    "For a priority area, the id of the dimension it belongs to.",
                );
        }
        Relation::Coordinators => {
            s.owner("dimension", "coordinators")
                .dict("country", false, "The coordinating state.")
                .enumeration(
                    "role",
                    values!(CoordinatorRole),
                    false,
                    "Coordinator or co-coordinator.",
                )
                .period("period", "the coordination")
                .days(
                    "",
                    "the state may have coordinated",
                    "the state certainly coordinated",
                );
        }
        Relation::Sources => {
            record_owner(&mut s, "sources", true)
                .text("url", true, "The web address of the document.")
                .text("title", true, "The document's title or headline.")
                .text("publisher", true, "Who published it.")
                .partial_date("published", true, "When it was published")
                .dict("language", true, "The language it is written in (BCP 47).");
        }
        Relation::Attested => {
            record_owner(&mut s, "attested", true).partial_date(
                "date",
                false,
                "A day (or month, year) on which a source shows the holding held",
            );
        }
        Relation::OtherNames => {
            record_owner(&mut s, "other_names", false)
                .text("name", false, "The name as written.")
                .dict("lang", true, "Its language (BCP 47).");
        }
        Relation::Identifiers => {
            record_owner(&mut s, "identifiers", false)
                .text("scheme", false, "The database: `wikidata`, `ror`, `iati`…")
                .text("value", false, "The entity's identifier in it.");
        }
        Relation::Aliases => {
            record_owner(&mut s, "aliases", false).dict(
                "alias",
                false,
                "Another id of the record, which references may use.",
            );
        }
    }
    s
}

/// The columns that say which record, and which holding in it, a row belongs to.
fn record_owner<'s>(s: &'s mut Spec, list: &str, holdings: bool) -> &'s mut Spec {
    s.enumeration(
        "record_kind",
        RECORD_KINDS,
        false,
        "The kind of record the row belongs to.",
    )
    .count(
        "record_ordinal",
        false,
        "The `ordinal` of the record the row belongs to, among the records of its kind.",
    )
    .dict("record", false, "The id of the record the row belongs to.");
    if holdings {
        s.enumeration("holding", HOLDING_KINDS, true, "The holding inside the record the row belongs to (a membership, chairmanship or post); null for the record's own.")
            .count("holding_position", true, "The holding's position in the record's `members`, `chairs` or `posts`.");
    }
    s.count(
        "position",
        false,
        &format!("The row's position in the record's (or holding's) `{list}`, from 0."),
    )
}

/// The rows of a table, in document order.
pub(crate) fn source(data: &Dataset, relation: Relation) -> Box<dyn RowSource + Send + Sync + '_> {
    let orgs = || data.organizations.iter().enumerate();
    let officials = || data.officials.iter().enumerate();
    let meetings = || data.meetings.iter().enumerate();
    let mous = || data.mous.iter().enumerate();
    let dimensions = || data.dimensions.iter().enumerate();
    match relation {
        Relation::Organizations => rows(orgs(), organization),
        Relation::Memberships => rows(children(orgs(), |o| &o.members), membership),
        Relation::Chairmanships => rows(children(orgs(), |o| &o.chairs), chairmanship),
        Relation::Officials => rows(officials(), official),
        Relation::Posts => rows(children(officials(), |o| &o.posts), post),
        Relation::Meetings => rows(meetings(), meeting),
        Relation::Participants => rows(children(meetings(), |m| &m.participants), participant),
        Relation::MeetingRelations => rows(children(meetings(), |m| &m.relations), relation_row),
        Relation::MeetingDimensions => rows(children(meetings(), |m| &m.dimensions), |r, c| {
            owner(r, &c).dict(Some(c.item.as_str()));
        }),
        Relation::MeetingTopics => rows(children(meetings(), |m| &m.topics), |r, c| {
            owner(r, &c).text(Some(c.item.as_str()));
        }),
        Relation::MeetingMous => rows(children(meetings(), |m| &m.mous), |r, c| {
            owner(r, &c).dict(Some(c.item.as_str()));
        }),
        Relation::Outcomes => rows(children(meetings(), |m| &m.outcomes), outcome),
        Relation::Mous => rows(mous(), mou),
        Relation::MouParties => rows(children(mous(), |m| &m.parties), |r, c| {
            owner(r, &c).dict(Some(c.item.as_str()));
        }),
        Relation::MouSignatories => rows(children(mous(), |m| &m.signatories), |r, c| {
            owner(r, &c).dict(Some(c.item.as_str()));
        }),
        Relation::MouAreas => rows(children(mous(), |m| &m.areas), |r, c| {
            owner(r, &c).text(Some(c.item.as_str()));
        }),
        Relation::MouDimensions => rows(children(mous(), |m| &m.dimensions), |r, c| {
            owner(r, &c).dict(Some(c.item.as_str()));
        }),
        Relation::Dimensions => rows(dimensions(), dimension),
        Relation::Coordinators => rows(children(dimensions(), |d| &d.coordinators), coordinator),
        Relation::Sources => rows(sources(data), source_row),
        Relation::Attested => rows(attested(data), |r, a| {
            a.owner.write(r).partial_date(Some(*a.item));
        }),
        Relation::OtherNames => rows(
            named(data, |o| &o.other_names, |o| &o.other_names),
            |r, n| {
                n.owner
                    .write(r)
                    .text(Some(n.item.name.as_str()))
                    .dict(n.item.lang.as_ref().map(|l| l.as_str()));
            },
        ),
        Relation::Identifiers => rows(
            named(data, |o| &o.identifiers, |o| &o.identifiers),
            |r, n| {
                n.owner
                    .write(r)
                    .text(Some(n.item.scheme.as_str()))
                    .text(Some(n.item.value.as_str()));
            },
        ),
        Relation::Aliases => rows(aliases(data), |r, a| {
            a.owner.write(r).dict(Some(a.item));
        }),
    }
}

/// A record that has an id.
trait Record {
    fn id(&self) -> &str;
}

macro_rules! record {
    ($($ty:ty),*) => {$(
        impl Record for $ty {
            fn id(&self) -> &str {
                self.id.as_str()
            }
        }
    )*};
}
record!(Organization, Official, Meeting, Mou, Dimension);

/// One item of a record's list, with the record it belongs to.
struct Child<'a, R, T> {
    ordinal: usize,
    record: &'a R,
    position: usize,
    item: &'a T,
}

/// The items of each record's list, in document order.
fn children<'a, R: 'a, T: 'a>(
    records: impl Iterator<Item = (usize, &'a R)> + 'a,
    list: fn(&'a R) -> &'a [T],
) -> impl Iterator<Item = Child<'a, R, T>> + 'a {
    records.flat_map(move |(ordinal, record)| {
        list(record)
            .iter()
            .enumerate()
            .map(move |(position, item)| Child {
                ordinal,
                record,
                position,
                item,
            })
    })
}

/// The owner columns of a child row: `{owner}_ordinal`, `{owner}`, `position`.
fn owner<'r, 'b, R: Record, T>(r: &'r mut Row<'b>, c: &Child<'_, R, T>) -> &'r mut Row<'b> {
    r.index(c.ordinal)
        .dict(Some(c.record.id()))
        .index(c.position)
}

fn party(r: &mut Row<'_>, party: &Party) {
    let kind = match party {
        Party::Organization(_) => "organization",
        Party::State(_) => "state",
    };
    r.dict(Some(kind))
        .dict(party.organization().map(|o| o.as_str()))
        .dict(party.state().as_ref().map(|s| s.as_str()));
}

fn organization(r: &mut Row<'_>, (i, o): (usize, &Organization)) {
    r.index(i)
        .dict(Some(o.id.as_str()))
        .text(Some(o.name.as_str()))
        .text(o.acronym.as_deref())
        .text(o.description.as_deref())
        .dict(Some(o.kind.as_str()))
        .dict(o.country.as_ref().map(|c| c.as_str()))
        .dict(o.parent.as_ref().map(|p| p.as_str()))
        .text(o.headquarters.as_ref().and_then(|h| h.city.as_deref()))
        .dict(o.headquarters.as_ref().map(|h| h.country.as_str()))
        .partial_date(o.founded)
        .partial_date(o.dissolved);
}

fn membership(r: &mut Row<'_>, c: Child<'_, Organization, Membership>) {
    let m = c.item;
    owner(r, &c);
    party(r, &m.party);
    r.dict(Some(m.status.as_str()))
        .period(&m.period)
        .flag(Some(m.founding))
        .dict(m.decided_at.as_ref().map(|d| d.as_str()))
        .days(Some((m.extent(), true)));
}

fn chairmanship(r: &mut Row<'_>, c: Child<'_, Organization, Chairmanship>) {
    let ch = c.item;
    let term = ch.term.map(|t| t.to_string());
    owner(r, &c)
        .dict(Some(ch.country.as_str()))
        .dict(ch.official.as_ref().map(|o| o.as_str()))
        .text(ch.theme.as_deref())
        .period(&ch.period)
        .dict(term.as_deref())
        .dict(ch.decided_at.as_ref().map(|d| d.as_str()))
        .days(Some((ch.extent(), true)));
}

fn official(r: &mut Row<'_>, (i, o): (usize, &Official)) {
    r.index(i)
        .dict(Some(o.id.as_str()))
        .text(Some(o.name.as_str()))
        .text(o.given_name.as_deref())
        .text(o.family_name.as_deref())
        .text(o.honorific.as_deref())
        .dict(o.nationality.as_ref().map(|c| c.as_str()));
}

fn post(r: &mut Row<'_>, c: Child<'_, Official, Post>) {
    let p = c.item;
    let term = p.term.map(|t| t.to_string());
    owner(r, &c)
        .dict(Some(p.organization.as_str()))
        .text(p.title.as_deref())
        .dict(Some(p.role.as_str()))
        .flag(Some(p.acting))
        .period(&p.period)
        .dict(term.as_deref())
        .dict(p.decided_at.as_ref().map(|d| d.as_str()))
        .days(Some((p.extent(), true)));
}

fn meeting(r: &mut Row<'_>, (i, m): (usize, &Meeting)) {
    let loc = m.location.as_ref();
    r.index(i)
        .dict(Some(m.id.as_str()))
        .text(Some(m.title.as_str()))
        .dict(Some(m.kind.as_str()))
        .dict(Some(m.status.as_str()))
        .period(&m.when)
        .text(m.theme.as_deref())
        .dict(m.session_of.as_ref().map(|s| s.as_str()))
        .count(m.days.map(|d| d.get()))
        .dict(m.recurrence.map(|x| x.as_str()))
        .text(loc.and_then(|l| l.venue.as_deref()))
        .text(loc.and_then(|l| l.city.as_deref()))
        .dict(loc.and_then(|l| l.country.as_ref()).map(|c| c.as_str()))
        .flag(loc.map(|l| l.online))
        .text(m.summary.as_deref());
}

fn participant(r: &mut Row<'_>, c: Child<'_, Meeting, Participant>) {
    let p = c.item;
    owner(r, &c);
    party(r, &p.party);
    r.dict(p.official.as_ref().map(|o| o.as_str()))
        .dict(Some(p.role.as_str()));
}

fn relation_row(r: &mut Row<'_>, c: Child<'_, Meeting, MeetingRelation>) {
    owner(r, &c)
        .dict(Some(c.item.kind.as_str()))
        .dict(Some(c.item.meeting.as_str()));
}

fn outcome(r: &mut Row<'_>, c: Child<'_, Meeting, Outcome>) {
    let o = c.item;
    owner(r, &c)
        .dict(Some(o.kind.as_str()))
        .text(Some(o.text.as_str()))
        .dict(o.mou.as_ref().map(|m| m.as_str()))
        .dict(o.official.as_ref().map(|m| m.as_str()))
        .dict(o.method.map(|m| m.as_str()));
}

fn mou(r: &mut Row<'_>, (i, m): (usize, &Mou)) {
    let in_force = m
        .in_force_period()
        .map(|p| (p.extent(), m.certainly_in_force().is_some()));
    r.index(i)
        .dict(Some(m.id.as_str()))
        .text(Some(m.title.as_str()))
        .dict(Some(m.status.as_str()))
        .partial_date(m.signed)
        .partial_date(m.effective)
        .partial_date(m.expires)
        .dict(m.signed_at.as_ref().map(|s| s.as_str()))
        .days(in_force);
}

fn dimension(r: &mut Row<'_>, (i, d): (usize, &Dimension)) {
    r.index(i)
        .dict(Some(d.id.as_str()))
        .dict(Some(d.organization.as_str()))
        .text(Some(d.name.as_str()))
        .text(d.description.as_deref())
        .dict(d.parent.as_ref().map(|p| p.as_str()));
}

fn coordinator(r: &mut Row<'_>, c: Child<'_, Dimension, Coordinator>) {
    let co = c.item;
    owner(r, &c)
        .dict(Some(co.country.as_str()))
        .dict(Some(co.role.as_str()))
        .period(&co.period)
        .days(Some((co.period.extent(), true)));
}

/// Which record (and holding in it) a row of the shared tables belongs to, and where.
#[derive(Clone, Copy)]
struct RecordOwner<'a> {
    kind: &'static str,
    ordinal: usize,
    id: &'a str,
    /// The holding and its position; `None` for the record's own list.
    holding: Option<(&'static str, usize)>,
    position: usize,
    /// Whether the table has the holding columns.
    with_holding: bool,
}

impl RecordOwner<'_> {
    fn write<'r, 'b>(&self, r: &'r mut Row<'b>) -> &'r mut Row<'b> {
        r.dict(Some(self.kind))
            .index(self.ordinal)
            .dict(Some(self.id));
        if self.with_holding {
            r.dict(self.holding.map(|h| h.0))
                .count(self.holding.map(|h| u32::try_from(h.1).unwrap_or(u32::MAX)));
        }
        r.index(self.position)
    }
}

/// An item of a shared table, with its owner.
struct Owned<'a, T: ?Sized> {
    owner: RecordOwner<'a>,
    item: &'a T,
}

/// The items of a list, each with its owner.
fn owned<'a, T>(
    kind: &'static str,
    ordinal: usize,
    id: &'a str,
    holding: Option<(&'static str, usize)>,
    list: &'a [T],
    with_holding: bool,
) -> impl Iterator<Item = Owned<'a, T>> + 'a {
    list.iter().enumerate().map(move |(position, item)| Owned {
        owner: RecordOwner {
            kind,
            ordinal,
            id,
            holding,
            position,
            with_holding,
        },
        item,
    })
}

/// Every source of the dataset: each record's own, then its holdings', in document order.
fn sources(data: &Dataset) -> impl Iterator<Item = Owned<'_, Source>> + '_ {
    let orgs = data.organizations.iter().enumerate().flat_map(|(i, o)| {
        let id = o.id.as_str();
        owned("organization", i, id, None, &o.sources, true)
            .chain(o.members.iter().enumerate().flat_map(move |(j, m)| {
                owned(
                    "organization",
                    i,
                    id,
                    Some(("membership", j)),
                    &m.sources,
                    true,
                )
            }))
            .chain(o.chairs.iter().enumerate().flat_map(move |(j, c)| {
                owned(
                    "organization",
                    i,
                    id,
                    Some(("chairmanship", j)),
                    &c.sources,
                    true,
                )
            }))
    });
    let officials = data.officials.iter().enumerate().flat_map(|(i, o)| {
        let id = o.id.as_str();
        owned("official", i, id, None, &o.sources, true).chain(
            o.posts.iter().enumerate().flat_map(move |(j, p)| {
                owned("official", i, id, Some(("post", j)), &p.sources, true)
            }),
        )
    });
    let meetings = data
        .meetings
        .iter()
        .enumerate()
        .flat_map(|(i, m)| owned("meeting", i, m.id.as_str(), None, &m.sources, true));
    let mous = data
        .mous
        .iter()
        .enumerate()
        .flat_map(|(i, m)| owned("mou", i, m.id.as_str(), None, &m.sources, true));
    let dimensions = data
        .dimensions
        .iter()
        .enumerate()
        .flat_map(|(i, d)| owned("dimension", i, d.id.as_str(), None, &d.sources, true));
    orgs.chain(officials)
        .chain(meetings)
        .chain(mous)
        .chain(dimensions)
}

fn source_row(r: &mut Row<'_>, s: Owned<'_, Source>) {
    let src = s.item;
    s.owner
        .write(r)
        .text(src.url.as_ref().map(|u| u.as_str()))
        .text(src.title.as_deref())
        .text(src.publisher.as_deref())
        .partial_date(src.published)
        .dict(src.language.as_ref().map(|l| l.as_str()));
}

/// Every attested day of every holding, in document order.
fn attested(data: &Dataset) -> impl Iterator<Item = Owned<'_, PartialDate>> + '_ {
    let orgs = data.organizations.iter().enumerate().flat_map(|(i, o)| {
        let id = o.id.as_str();
        o.members
            .iter()
            .enumerate()
            .flat_map(move |(j, m)| {
                owned(
                    "organization",
                    i,
                    id,
                    Some(("membership", j)),
                    &m.attested,
                    true,
                )
            })
            .chain(o.chairs.iter().enumerate().flat_map(move |(j, c)| {
                owned(
                    "organization",
                    i,
                    id,
                    Some(("chairmanship", j)),
                    &c.attested,
                    true,
                )
            }))
    });
    let officials = data.officials.iter().enumerate().flat_map(|(i, o)| {
        let id = o.id.as_str();
        o.posts
            .iter()
            .enumerate()
            .flat_map(move |(j, p)| owned("official", i, id, Some(("post", j)), &p.attested, true))
    });
    orgs.chain(officials)
}

/// The other names (or identifiers) of organizations, then of officials.
fn named<'a, T: 'a>(
    data: &'a Dataset,
    of_org: fn(&Organization) -> &[T],
    of_official: fn(&Official) -> &[T],
) -> impl Iterator<Item = Owned<'a, T>> + 'a {
    let orgs = data
        .organizations
        .iter()
        .enumerate()
        .flat_map(move |(i, o)| owned("organization", i, o.id.as_str(), None, of_org(o), false));
    let officials =
        data.officials.iter().enumerate().flat_map(move |(i, o)| {
            owned("official", i, o.id.as_str(), None, of_official(o), false)
        });
    orgs.chain(officials)
}

/// Every record's aliases, records of each kind in document order, kinds in the order of
/// the document's lists.
fn aliases(data: &Dataset) -> impl Iterator<Item = Owned<'_, str>> + '_ {
    fn of<'a, R: Record, A: AsRef<str>>(
        kind: &'static str,
        records: &'a [R],
        list: fn(&'a R) -> &'a [A],
    ) -> impl Iterator<Item = Owned<'a, str>> + 'a {
        records.iter().enumerate().flat_map(move |(ordinal, r)| {
            let id = r.id();
            list(r).iter().enumerate().map(move |(position, a)| Owned {
                owner: RecordOwner {
                    kind,
                    ordinal,
                    id,
                    holding: None,
                    position,
                    with_holding: false,
                },
                item: a.as_ref(),
            })
        })
    }
    of("organization", &data.organizations, |o| &o.aliases)
        .chain(of("official", &data.officials, |o| &o.aliases))
        .chain(of("meeting", &data.meetings, |m| &m.aliases))
        .chain(of("mou", &data.mous, |m| &m.aliases))
        .chain(of("dimension", &data.dimensions, |d| &d.aliases))
}

#[allow(dead_code)]
fn unused(_: &ExternalId, _: &OtherName) {}
