//! Memoranda of understanding and other cooperation agreements.

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::date::PartialDate;
use crate::id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
use crate::period::{Coverage, Period};
use crate::source::Source;
use crate::text::Text;

/// A memorandum of understanding (MoU) or cooperation agreement between organizations.
///
/// An MoU is the usual legal basis of cooperation between international organizations: not
/// a treaty, but a signed text listing areas of cooperation. It is often signed by sub-bodies
/// (the CICA Secretariat rather than CICA), at a signing ceremony on the sidelines of a
/// summit, by officials who hold posts on that day. Its dates are often known only to the
/// year: the IOM–CICA MoU is "of 2008".
///
/// Status and dates must agree (validation rules `mou-status-inconsistent` and
/// `mou-dates-reversed`): a draft has no signing date; nothing expires before it is signed.
///
/// ```
/// use multilateral::{Mou, MouStatus};
///
/// let mou = Mou::new(
///     "iom-cica-mou-2008".parse()?,
///     "Memorandum of Understanding between IOM and CICA".parse()?,
///     vec!["iom".parse()?, "cica".parse()?],
///     MouStatus::Signed,
/// )
/// .signed_on("2008".parse()?);
/// assert_eq!(mou.signed.map(|d| d.to_string()).as_deref(), Some("2008"));
/// # Ok::<(), multilateral::ValueError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
#[non_exhaustive]
pub struct Mou {
    /// The MoU's id, unique among MoUs. Required.
    pub id: MouId,
    /// Other ids of the same MoU, kept when two documents that named it differently
    /// were merged (see [`merge`](crate::merge)): a reference to an alias resolves to this
    /// record, and [`Registry`](crate::Registry) lookups by an alias find it. No alias may be
    /// the id or an alias of another MoU (`duplicate-id`). Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub aliases: Box<[MouId]>,
    /// Its title, or a description such as "Memorandum of Understanding between IOM and
    /// CICA". Required.
    pub title: Text,
    /// The organizations bound by it: at least two, and distinct (validation reports a party
    /// listed twice). Required.
    #[schemars(length(min = 2))]
    #[serde(deserialize_with = "crate::serde_str::parties")]
    pub parties: Box<[OrganizationId]>,
    /// The officials who signed it. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub signatories: Box<[OfficialId]>,
    /// Where it stands. Required.
    pub status: MouStatus,
    /// When it was signed. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<PartialDate>,
    /// When it took effect, if not on signature. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<PartialDate>,
    /// When it expires or expired. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<PartialDate>,
    /// The meeting (usually a signing ceremony) at which it was signed. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_at: Option<MeetingId>,
    /// The areas and aims of cooperation it lists ("labour migration", "capacity building",
    /// "boosting collaboration among countries of the Global South"), in the source's words;
    /// a list the source gives only in part ("including …") is kept as far as it goes.
    /// Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub areas: Box<[Text]>,
    /// The dimensions of cooperation it falls under. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub dimensions: Box<[DimensionId]>,
    /// Where these facts come from. Optional.
    #[serde(
        default,
        deserialize_with = "crate::serde_str::exact_list",
        skip_serializing_if = "<[_]>::is_empty"
    )]
    pub sources: Box<[Source]>,
}

impl Mou {
    /// An MoU with its required fields; the rest starts empty. The parties are kept as a
    /// boxed slice (`into_boxed_slice`: no copy when the `Vec` has no spare room).
    pub fn new(id: MouId, title: Text, parties: Vec<OrganizationId>, status: MouStatus) -> Self {
        Self {
            id,
            aliases: Box::default(),
            title,
            parties: parties.into_boxed_slice(),
            signatories: Box::default(),
            status,
            signed: None,
            effective: None,
            expires: None,
            signed_at: None,
            areas: Box::default(),
            dimensions: Box::default(),
            sources: Box::default(),
        }
    }

    /// Sets the signing date.
    pub fn signed_on(mut self, date: PartialDate) -> Self {
        self.signed = Some(date);
        self
    }

    /// Adds a source.
    ///
    /// The list is a boxed slice ([why](crate#lists-are-boxed-slices)), reallocated to one
    /// more element on each call: O(n) in the sources so far. To give many, collect them
    /// into a `Vec` and assign it once: `mou.sources = sources.into()`.
    pub fn with_source(mut self, source: Source) -> Self {
        crate::list::push(&mut self.sources, source);
        self
    }

    /// The period the MoU may be in force: from its `effective` date (or, when not given,
    /// its `signed` date) until it `expires`. `None` for a draft, which is never in force, and
    /// for an MoU that expires before it takes effect (validation reports that as
    /// `mou-dates-reversed`).
    ///
    /// ```
    /// use multilateral::{Mou, MouStatus};
    ///
    /// let mou = Mou::new(
    ///     "iom-cica-mou-2008".parse()?,
    ///     "Memorandum of Understanding between IOM and CICA".parse()?,
    ///     vec!["iom".parse()?, "cica".parse()?],
    ///     MouStatus::Signed,
    /// )
    /// .signed_on("2008".parse()?);
    /// assert_eq!(mou.in_force_period().map(|p| p.to_string()).as_deref(), Some("2008/.."));
    /// # Ok::<(), multilateral::ValueError>(())
    /// ```
    pub fn in_force_period(&self) -> Option<Period> {
        if self.status == MouStatus::Draft {
            return None;
        }
        Period::new(self.effective.or(self.signed), self.expires).ok()
    }

    /// Whether the MoU is in force on `day`.
    ///
    /// Only an MoU whose status is `in-force`, or `expired` with its expiry date, can be
    /// certainly in force ([`Coverage::Yes`]): one merely `signed` may not have taken
    /// effect, one `terminated` may have ended at any time, and one `expired` without a date
    /// may have ended before the day. A draft never is.
    ///
    /// ```
    /// use multilateral::{Coverage, Mou, MouStatus, ymd};
    ///
    /// let mou = Mou::new(
    ///     "iom-cica-mou-2008".parse()?,
    ///     "Memorandum of Understanding between IOM and CICA".parse()?,
    ///     vec!["iom".parse()?, "cica".parse()?],
    ///     MouStatus::Signed,
    /// )
    /// .signed_on("2008".parse()?);
    /// assert_eq!(mou.in_force_on(ymd(2024, 11, 26)), Coverage::Possibly);
    /// assert_eq!(mou.in_force_on(ymd(2007, 12, 31)), Coverage::No);
    /// # Ok::<(), multilateral::ValueError>(())
    /// ```
    pub fn in_force_on(&self, day: NaiveDate) -> Coverage {
        match self.in_force_period().map(|p| p.covers(day)) {
            None | Some(Coverage::No) => Coverage::No,
            Some(Coverage::Yes) if self.status_is_sure() => Coverage::Yes,
            Some(_) => Coverage::Possibly,
        }
    }

    /// The first and last day on which the MoU is certainly in force (see
    /// [`in_force_on`](Self::in_force_on)), if any.
    pub(crate) fn certainly_in_force(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.in_force_period()?
            .certain()
            .filter(|_| self.status_is_sure())
    }

    /// Whether the status makes the in-force period certain: in force, or expired on a
    /// known date.
    fn status_is_sure(&self) -> bool {
        match self.status {
            MouStatus::InForce => true,
            MouStatus::Expired => self.expires.is_some(),
            _ => false,
        }
    }
}

crate::string_enum::string_enum! {
    /// Where an MoU stands in its life.
    pub enum MouStatus {
        /// Negotiated or proposed, not signed. Has no `signed` or `effective` date.
        Draft = "draft",
        /// Signed; whether it is in force is not stated.
        Signed = "signed",
        /// Signed and in force.
        InForce = "in-force",
        /// Reached its expiry date.
        Expired = "expired",
        /// Ended by the parties before expiry.
        Terminated = "terminated",
    }
}

crate::serde_str::map_only!(Mou, serialize);
