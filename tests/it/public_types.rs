//! Every public type can cross threads: a registry loaded once is shared by the threads of a
//! server, and errors and reports travel through `Box<dyn Error + Send + Sync>`.

use multilateral::registry::{
    Counterpart, DateStatus, Encounter, Holding, LoadError, MeetingQuery, NetworkEdge, OnDate,
    PostFilter, Related, Scope,
};
use multilateral::schema::{Draft, SchemaFile};
use multilateral::*;

fn assert_send_sync<T: Send + Sync>() {}

/// Also `'static` and usable as `Box<dyn Error + Send + Sync>`.
fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}

#[test]
fn every_public_type_is_send_and_sync() {
    // Values.
    assert_send_sync::<OrganizationId>();
    assert_send_sync::<OfficialId>();
    assert_send_sync::<MeetingId>();
    assert_send_sync::<MouId>();
    assert_send_sync::<DimensionId>();
    assert_send_sync::<CountryCode>();
    assert_send_sync::<LangTag>();
    assert_send_sync::<PartialDate>();
    assert_send_sync::<Precision>();
    assert_send_sync::<Period>();
    assert_send_sync::<Coverage>();
    assert_send_sync::<Text>();
    assert_send_sync::<WebUrl>();
    assert_send_sync::<Party>();
    assert_send_sync::<SchemaVersion>();

    // Records.
    assert_send_sync::<Dataset>();
    assert_send_sync::<Organization>();
    assert_send_sync::<OrganizationKind>();
    assert_send_sync::<Place>();
    assert_send_sync::<Membership>();
    assert_send_sync::<MembershipStatus>();
    assert_send_sync::<Chairmanship>();
    assert_send_sync::<Official>();
    assert_send_sync::<Post>();
    assert_send_sync::<PostRole>();
    assert_send_sync::<Meeting>();
    assert_send_sync::<MeetingKind>();
    assert_send_sync::<MeetingStatus>();
    assert_send_sync::<MeetingRelation>();
    assert_send_sync::<RelationKind>();
    assert_send_sync::<Recurrence>();
    assert_send_sync::<Location>();
    assert_send_sync::<Participant>();
    assert_send_sync::<ParticipantRole>();
    assert_send_sync::<Outcome>();
    assert_send_sync::<OutcomeKind>();
    assert_send_sync::<Mou>();
    assert_send_sync::<MouStatus>();
    assert_send_sync::<Dimension>();
    assert_send_sync::<Coordinator>();
    assert_send_sync::<CoordinatorRole>();
    assert_send_sync::<OtherName>();
    assert_send_sync::<ExternalId>();
    assert_send_sync::<Source>();

    // Reading and validation.
    assert_send_sync::<ParseError>();
    assert_send_sync::<ParseErrorKind>();
    assert_send_sync::<ValueError>();
    assert_send_sync::<Report>();
    assert_send_sync::<Violation>();
    assert_send_sync::<Severity>();

    // The registry and its answers.
    assert_send_sync::<Registry>();
    assert_send_sync::<LoadError>();
    assert_send_sync::<Scope>();
    assert_send_sync::<DateStatus>();
    assert_send_sync::<OnDate<Holding<'static>>>();
    assert_send_sync::<OnDate<CountryCode>>();
    assert_send_sync::<OnDate<&'static Party>>();
    assert_send_sync::<Holding<'static>>();
    assert_send_sync::<PostFilter<'static>>();
    assert_send_sync::<Counterpart<'static>>();
    assert_send_sync::<Encounter<'static>>();
    assert_send_sync::<NetworkEdge>();
    assert_send_sync::<Related<'static>>();
    assert_send_sync::<MeetingQuery<'static>>();

    // The schema export.
    assert_send_sync::<Draft>();
    assert_send_sync::<SchemaFile>();
}

#[test]
fn every_error_type_boxes_as_send_and_sync() {
    assert_error::<ParseError>();
    assert_error::<ValueError>();
    assert_error::<Report>();
    assert_error::<LoadError>();
}

/// A registry built on one thread answers on several at once.
#[test]
fn a_registry_is_shared_across_threads() {
    let registry =
        Registry::from_json(include_str!("../../examples/data/geneva-2024.json")).unwrap();
    let answers: Vec<usize> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| registry.officials_met("kairat-sarybay").len()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(answers, [8, 8, 8, 8]);
}
