//! The rules validation checks, each with its stable code and severity.

use crate::validate::report::Severity;

/// Declares the rules: each variant's doc comment says what it catches, and becomes its
/// [`Rule::description`].
macro_rules! rules {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $code:literal, $severity:ident; )+) => {
        /// A rule across records that [`validate`](crate::validate::validate) checks.
        ///
        /// Each rule has a stable kebab-case [`code`](Self::code) (`dangling-reference`),
        /// which tools match on, and a [`severity`](Self::severity): an error when the data
        /// contradicts itself, a warning when it only looks doubtful or the rule could not
        /// decide.
        ///
        /// ```
        /// use multilateral::validate::Rule;
        /// use multilateral::Severity;
        ///
        /// let rule: Rule = "dangling-reference".parse()?;
        /// assert_eq!(rule, Rule::DanglingReference);
        /// assert_eq!(rule.severity(), Severity::Error);
        /// assert_eq!(rule.to_string(), "dangling-reference");
        /// assert!(Rule::ALL.contains(&Rule::AttendeeWithoutPost));
        /// # Ok::<(), multilateral::ValueError>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[doc = $doc])+ $variant, )+
        }

        impl Rule {
            /// Every rule, in the order of the table in [the module docs](crate::validate).
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),+];

            /// The rule's stable code: `dangling-reference`.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Rule::$variant => $code,)+
                }
            }

            /// Whether a violation of the rule is an error or a warning.
            pub const fn severity(self) -> Severity {
                match self {
                    $(Rule::$variant => Severity::$severity,)+
                }
            }

            /// What the rule catches, in a sentence.
            pub fn description(self) -> &'static str {
                match self {
                    $(Rule::$variant => concat!($($doc),+).trim_start(),)+
                }
            }
        }

        impl std::str::FromStr for Rule {
            type Err = crate::error::ValueError;

            /// Reads a rule's code.
            fn from_str(s: &str) -> Result<Self, crate::error::ValueError> {
                match s {
                    $($code => Ok(Rule::$variant),)+
                    _ => Err(crate::error::ValueError::Variant {
                        kind: "Rule",
                        input: crate::error::excerpt(s),
                        expected: &[$($code),+],
                    }),
                }
            }
        }

        impl schemars::JsonSchema for Rule {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                "Rule".into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": "The code of a validation rule.",
                    "type": "string",
                    "enum": [$($code),+],
                })
            }
        }
    };
}

rules! {
    /// Two records of one kind with the same id (reported at the second).
    DuplicateId = "duplicate-id", Error;
    /// An id that names no record of the expected kind.
    DanglingReference = "dangling-reference", Error;
    /// An organization or dimension that is its own ancestor.
    ParentCycle = "parent-cycle", Error;
    /// Meetings on the sidelines of / part of each other in a circle, or each in preparation
    /// for / ahead of / a follow-up to the other in a circle.
    RelationCycle = "relation-cycle", Error;
    /// A meeting on the sidelines of (or part of) another that certainly lies outside its
    /// period.
    OutsideParentPeriod = "outside-parent-period", Error;
    /// A meeting in preparation for (or ahead of) another that certainly begins after the
    /// other ended, or a follow-up to another that certainly ended before the other began.
    RelationOutOfOrder = "relation-out-of-order", Error;
    /// An organization dissolved before it was founded.
    OrganizationDatesReversed = "organization-dates-reversed", Error;
    /// An MoU with fewer than two distinct parties.
    TooFewParties = "too-few-parties", Error;
    /// An MoU effective or expiring before it was signed, or expiring before it took effect.
    MouDatesReversed = "mou-dates-reversed", Error;
    /// A draft MoU with a signing date, effective date, signatories or signing meeting.
    MouStatusInconsistent = "mou-status-inconsistent", Error;
    /// An MoU signed on a date its signing meeting did not cover.
    SigningDateMismatch = "signing-date-mismatch", Error;
    /// One state or organization listed twice as a member (any status) over overlapping
    /// periods.
    OverlappingMembership = "overlapping-membership", Error;
    /// An organization listed among its own members.
    MemberOfItself = "member-of-itself", Error;
    /// Two chairmanships of one organization at once.
    OverlappingChairs = "overlapping-chairs", Error;
    /// An organization of kind `government` with no `country`.
    GovernmentWithoutCountry = "government-without-country", Error;
    /// A meeting said to last more days than its period holds.
    DaysExceedPeriod = "days-exceed-period", Error;
    /// A location with no venue, city or country that is not online.
    LocationEmpty = "location-empty", Error;
    /// A source with neither url nor title.
    SourceUnidentified = "source-unidentified", Error;
    /// A priority area inside a dimension of another organization.
    DimensionParentMismatch = "dimension-parent-mismatch", Error;
    /// A holding (post, chairmanship, membership) attested on a day that certainly lies
    /// outside its period.
    AttestedOutsidePeriod = "attested-outside-period", Error;
    /// A dataset with more records of one kind, or more entries in the lists of the records
    /// of one kind together, than the crate's indices address (`MAX_RECORDS`).
    TooManyRecords = "too-many-records", Error;
    /// Two officials heading one organization at once, or one official holding two head posts
    /// of it at once (acting heads excepted).
    OverlappingHeads = "overlapping-heads", Warning;
    /// An official attending for an organization without a post there (or in its parent or
    /// sub-bodies) during the meeting.
    AttendeeWithoutPost = "attendee-without-post", Warning;
    /// An MoU signatory with no post at a party (or a body above or below one) on the
    /// signing date. The record does not say which party a signatory signed for, so a post
    /// at any party's body counts.
    SignatoryWithoutPost = "signatory-without-post", Warning;
    /// A meeting's dimension owned by none of the participating organizations (or their
    /// parents or sub-bodies).
    DimensionNotOfParticipant = "dimension-not-of-participant", Warning;
    /// Outcomes on a meeting that is planned, postponed or cancelled.
    OutcomeOfUnheldMeeting = "outcome-of-unheld-meeting", Warning;
    /// A holding whose deciding meeting (`decided_at`) certainly began after the holding
    /// did: an appointment is made before or on the day it takes effect.
    DecidedAfterStart = "decided-after-start", Warning;
    /// The same participant, member, post, party, dimension, MoU or signatory listed twice in
    /// one record.
    DuplicateEntry = "duplicate-entry", Warning;
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}
