//! Every value type: parse → print → parse gives the same value, and printing it again gives
//! the same text; the JSON form round-trips through serde; refused inputs give an error whose
//! message quotes at most an excerpt of the input. A string enum (and a rule's code) parses
//! exactly the names of its values (`ALL`). Periods and partial dates also keep their
//! interval laws (earliest ≤ latest, must-overlap implies may-overlap, …).
//!
//!     cargo +nightly fuzz run values -- -dict=dict/values.dict
#![no_main]

use std::fmt::{Debug, Display};
use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use multilateral::{
    Bound, CoordinatorRole, CountryCode, Coverage, DimensionId, LangTag, MeetingId, MeetingKind,
    MeetingStatus, MembershipStatus, MouId, MouStatus, OfficialId, OrganizationId,
    OrganizationKind, OutcomeKind, PartialDate, ParticipantRole, Period, PostRole, Recurrence,
    RelationKind, Rule, SchemaVersion, Severity, Term, Text, ValueError, WebUrl,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Parses `input`; when it parses, checks the round trips and returns the value.
fn round_trip<T>(input: &str) -> Option<T>
where
    T: FromStr<Err = ValueError> + Display + Debug + PartialEq + Serialize + DeserializeOwned,
{
    match input.parse::<T>() {
        Ok(value) => {
            let printed = value.to_string();
            let again: T = printed
                .parse()
                .unwrap_or_else(|e| panic!("{value:?} prints as {printed:?}, which fails: {e}"));
            assert_eq!(again, value, "{input:?} → {printed:?}");
            assert_eq!(again.to_string(), printed);
            let json = serde_json::to_string(&value).expect("serializes");
            let back: T = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{value:?} as JSON {json} fails: {e}"));
            assert_eq!(back, value);
            Some(value)
        }
        Err(e) => {
            let shown = e.to_string();
            // A refused input is quoted as an excerpt of at most 80 characters (and `…`),
            // escaped: a few times longer at worst, never the whole of a long input.
            assert!(shown.chars().count() <= 80 * 10 + 200, "{shown}");
            None
        }
    }
}

/// The ids, printed as they were written.
fn exact<T>(input: &str)
where
    T: FromStr<Err = ValueError> + Display + Debug + PartialEq + Serialize + DeserializeOwned,
{
    if let Some(v) = round_trip::<T>(input) {
        assert_eq!(v.to_string(), input);
    }
}

/// A string enum: parses exactly the JSON names of its values, each printed back as read.
fn enum_value<T>(input: &str, all: &[T])
where
    T: FromStr<Err = ValueError>
        + Display
        + Debug
        + PartialEq
        + Serialize
        + DeserializeOwned
        + Copy,
{
    let named = all.iter().copied().find(|v| v.to_string() == input);
    assert_eq!(round_trip::<T>(input), named, "{input:?}");
}

fn date_laws(d: PartialDate) {
    assert!(d.earliest() <= d.latest(), "{d:?}");
    assert!(d.may_be(d.earliest()) && d.may_be(d.latest()));
    assert_eq!(d.year() as i32, chrono::Datelike::year(&d.earliest()));
    let first = PartialDate::from(d.earliest());
    assert_eq!(first.earliest(), d.earliest());
    assert_eq!(first.precision(), multilateral::Precision::Day);
}

fn period_laws(p: &Period, q: &Period) {
    if let (Some(a), Some(b)) = (p.earliest(), p.latest()) {
        assert!(a <= b, "{p}");
    }
    assert_eq!(p.may_overlap(q), q.may_overlap(p), "{p} {q}");
    assert_eq!(p.must_overlap(q), q.must_overlap(p), "{p} {q}");
    if p.must_overlap(q) {
        assert!(p.may_overlap(q), "{p} {q}");
    }
    if p.must_lie_within(q) {
        assert!(!p.must_leave(q), "{p} within and leaving {q}");
    }
    let (first, last) = p.bounds();
    for day in [first, last] {
        assert_ne!(
            p.covers(day),
            Coverage::No,
            "{p} does not cover its own bound {day}"
        );
    }
    for day in [first.pred_opt(), last.succ_opt()].into_iter().flatten() {
        assert_eq!(p.covers(day), Coverage::No, "{p} covers {day}");
    }
    // The JSON form goes through the same check as `Period::bounded`.
    let json = serde_json::to_value(p).expect("a period writes");
    let back: Period = serde_json::from_value(json).expect("a period's JSON reads");
    assert_eq!(&back, p);
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(input) = std::str::from_utf8(bytes) else {
        return;
    };
    exact::<OrganizationId>(input);
    exact::<OfficialId>(input);
    exact::<MeetingId>(input);
    exact::<MouId>(input);
    exact::<DimensionId>(input);
    exact::<CountryCode>(input);
    exact::<Text>(input);
    exact::<WebUrl>(input);
    exact::<SchemaVersion>(input);
    exact::<Bound>(input);
    // A term reads leading zeros (`P03Y`) and prints without them.
    round_trip::<Term>(input);
    enum_value(input, MeetingKind::ALL);
    enum_value(input, MeetingStatus::ALL);
    enum_value(input, OrganizationKind::ALL);
    enum_value(input, MembershipStatus::ALL);
    enum_value(input, PostRole::ALL);
    enum_value(input, ParticipantRole::ALL);
    enum_value(input, RelationKind::ALL);
    enum_value(input, OutcomeKind::ALL);
    enum_value(input, Recurrence::ALL);
    enum_value(input, MouStatus::ALL);
    enum_value(input, CoordinatorRole::ALL);
    enum_value(input, Severity::ALL);
    let rule = input.parse::<Rule>().ok();
    assert_eq!(rule, Rule::ALL.iter().copied().find(|r| r.code() == input));
    if let Some(r) = rule {
        assert_eq!(r.to_string(), input);
        assert_eq!(serde_json::to_value(r).ok(), Some(serde_json::json!(input)));
    }
    if let Some(d) = round_trip::<PartialDate>(input) {
        assert_eq!(d.to_string(), input);
        date_laws(d);
    }
    if let Some(tag) = round_trip::<LangTag>(input) {
        assert!(
            tag.as_str().eq_ignore_ascii_case(input),
            "{input:?} → {tag}"
        );
        assert!(tag.as_str().starts_with(tag.primary_language()));
    }
    if let Ok(c) = CountryCode::from_str(input) {
        assert!(!c.name().is_empty());
    }

    // Two periods, written `START/END` and separated by a new line.
    let (left, right) = input.split_once('\n').unwrap_or((input, "../.."));
    if let (Some(p), Some(q)) = (round_trip::<Period>(left), round_trip::<Period>(right)) {
        for d in [p.start(), p.end(), q.start(), q.end()]
            .into_iter()
            .filter_map(|b| b.date())
        {
            date_laws(d);
        }
        period_laws(&p, &q);
        period_laws(&q, &p);
        period_laws(&p, &p);
    }
    // The JSON form of a period, read from the text as a JSON object.
    if let Ok(p) = serde_json::from_str::<Period>(input) {
        let json = serde_json::to_string(&p).expect("serializes");
        assert_eq!(serde_json::from_str::<Period>(&json).ok(), Some(p));
    }
});
