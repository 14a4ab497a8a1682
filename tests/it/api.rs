//! The public API as a whole: every public type can cross threads (a registry loaded once is
//! shared by the threads of a server, its handles travel with the work), and errors and
//! reports travel through `Box<dyn Error + Send + Sync>`.

use std::collections::BTreeSet;
use std::error::Error;
use std::path::Path;

use multilateral::merge::{
    Candidate, Claim, Conflict, Evidence, Kept, Merged, Merger, Pair, Policy, Refused, SameAs,
};
use multilateral::registry::{
    Counterpart, DateStatus, Depth, DimensionRef, DimensionScope, Encounter, Holding, InBody,
    LoadError, Matches, MeetingQuery, MeetingRef, MouRef, NetworkEdge, OfficialRef, OnDate,
    OrganizationRef, PostFilter, Related, Scope, StateRef, StateScope,
};
use multilateral::schema::{Draft, SchemaFile};
use multilateral::*;

use crate::support::{GENEVA, geneva_registry, official};

fn assert_send_sync<T: Send + Sync>() {}

/// Also `'static` and usable as `Box<dyn Error + Send + Sync>`.
fn assert_error<T: Error + Send + Sync + 'static>() {}

/// Asserts that each type is `Send + Sync`, and gives the names of the types checked (the
/// name before any `<`).
macro_rules! send_sync {
    ($($ty:ty),+ $(,)?) => {{
        $(assert_send_sync::<$ty>();)+
        let names: Vec<String> = vec![$(
            stringify!($ty)
                .split('<')
                .next()
                .and_then(|path| path.rsplit("::").next())
                .unwrap_or_default()
                .trim()
                .to_owned()
        ),+];
        names
    }};
}

/// Every type of the public API, checked `Send + Sync`.
fn public_types() -> Vec<String> {
    #[allow(unused_mut)]
    let mut names = send_sync!(
        // Values.
        OrganizationId,
        OfficialId,
        MeetingId,
        MouId,
        DimensionId,
        CountryCode,
        LangTag,
        PartialDate,
        Precision,
        Period,
        Bound,
        DateRange,
        Term,
        Coverage,
        Text,
        WebUrl,
        Party,
        SchemaVersion,
        // Records.
        Dataset,
        Organization,
        OrganizationKind,
        Place,
        Membership,
        MembershipStatus,
        Chairmanship,
        Official,
        Post,
        PostRole,
        Meeting,
        MeetingKind,
        MeetingStatus,
        MeetingRelation,
        RelationKind,
        DecisionMethod,
        Recurrence,
        Location,
        Participant,
        ParticipantRole,
        Outcome,
        OutcomeKind,
        Mou,
        MouStatus,
        Dimension,
        Coordinator,
        CoordinatorRole,
        OtherName,
        ExternalId,
        Source,
        // Reading and validation.
        ParseError,
        ParseErrorKind,
        ValueError,
        Report,
        Violation,
        Severity,
        Rule,
        // The registry, its handles and its answers.
        Registry,
        LoadError,
        OrganizationRef<'static>,
        OfficialRef<'static>,
        MeetingRef<'static>,
        MouRef<'static>,
        DimensionRef<'static>,
        StateRef<'static>,
        Scope,
        StateScope,
        DimensionScope,
        Depth,
        DateStatus,
        OnDate<Holding<'static>>,
        OnDate<CountryCode>,
        OnDate<&'static Party>,
        Holding<'static>,
        PostFilter<'static>,
        Counterpart<'static>,
        Encounter<'static>,
        NetworkEdge,
        Related<'static>,
        MeetingQuery<'static>,
        Matches<'static>,
        InBody<'static, CountryCode>,
        InBody<'static, &'static Party>,
        OnDate<InBody<'static, CountryCode>>,
        // The schema export.
        Draft,
        SchemaFile,
        // The merge.
        Merger,
        Merged,
        Refused,
        Policy,
        SameAs,
        Conflict,
        Claim,
        Kept,
        Candidate,
        Pair,
        Evidence,
        // Name search.
        multilateral::registry::Found<OfficialRef<'static>>,
        multilateral::registry::NameMatch,
        // Other formats.
        multilateral::interop::jsonld::Base,
        multilateral::interop::jsonld::BaseError,
        multilateral::interop::popolo::Import,
        multilateral::interop::popolo::Dropped,
        multilateral::interop::popolo::ImportError,
        multilateral::interop::popolo::ImportErrorKind,
        // Pictures.
        multilateral::draw::Graph,
        multilateral::draw::Node,
        multilateral::draw::Shape,
        multilateral::draw::Group,
        multilateral::draw::Edge,
        multilateral::draw::LineStyle,
        multilateral::draw::Timeline,
        multilateral::draw::Row,
        multilateral::draw::Segment,
        multilateral::draw::Certainty,
        multilateral::draw::Syntax,
    );
    // The Arrow tables (feature `arrow`): a batch iterator can move to a writing thread.
    #[cfg(feature = "arrow")]
    use multilateral::columnar::{Batches, DatasetReader, ReadError, Relation};
    #[cfg(feature = "arrow")]
    names.extend(send_sync!(
        Relation,
        Batches<'static>,
        DatasetReader,
        ReadError,
    ));
    names
}

#[test]
fn every_public_type_is_send_and_sync() {
    let checked = public_types();
    let distinct: BTreeSet<&String> = checked.iter().collect();
    assert!(distinct.len() > 70, "{} types", distinct.len());
}

/// The types declared `pub struct` or `pub enum` in the files below `dir`, by name.
fn declared_types(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        // The Arrow tables are compiled only with their feature.
        if path.ends_with("columnar") && cfg!(not(feature = "arrow")) {
            continue;
        }
        if path.is_dir() {
            declared_types(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let line = line.trim_start();
                let Some(rest) = line
                    .strip_prefix("pub struct ")
                    .or_else(|| line.strip_prefix("pub enum "))
                else {
                    continue;
                };
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        }
    }
}

/// A type added to the library is added to the list above: the list covers every type the
/// source declares `pub` by hand (those a macro declares, ids and handles, are listed too).
#[test]
fn the_list_of_public_types_covers_every_declared_one() {
    let mut declared = BTreeSet::new();
    declared_types(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut declared,
    );
    // Compiled for doctests only.
    declared.remove("ReadmeDoctests");
    assert!(declared.len() > 50, "{declared:?}");
    let checked: BTreeSet<String> = public_types().into_iter().collect();
    let missing: Vec<&String> = declared.difference(&checked).collect();
    assert!(missing.is_empty(), "not checked Send + Sync: {missing:?}");
}

#[test]
fn every_error_type_boxes_as_send_and_sync() {
    assert_error::<ParseError>();
    assert_error::<ValueError>();
    assert_error::<Report>();
    assert_error::<LoadError>();
    assert_error::<interop::popolo::ImportError>();
    assert_error::<interop::jsonld::BaseError>();
}

/// Each error of the crate goes through `?` into a boxed error and keeps its message.
#[test]
fn errors_keep_their_message_in_a_box() {
    type Boxed = Box<dyn Error + Send + Sync>;
    fn parse() -> Result<Dataset, Boxed> {
        Ok(Dataset::from_json("{")?)
    }
    fn value() -> Result<OrganizationId, Boxed> {
        Ok("a b".parse::<OrganizationId>()?)
    }
    fn invalid() -> Result<Registry, Boxed> {
        let data = Dataset::from_json(
            r#"{"schema_version": "1.0", "organizations": [{"id": "o", "name": "O", "kind": "ngo", "parent": "x"}]}"#,
        )?;
        Ok(Registry::new(data)?)
    }
    fn load() -> Result<Registry, Boxed> {
        Ok(Registry::from_json(r#"{"schema_version": "3.0"}"#)?)
    }
    assert!(parse().unwrap_err().to_string().contains("line 1"));
    assert_eq!(
        value().unwrap_err().to_string(),
        "invalid organization id \"a b\": an id cannot contain white space"
    );
    assert!(
        invalid()
            .unwrap_err()
            .to_string()
            .starts_with("/organizations/0/parent: error[dangling-reference]")
    );
    assert!(
        load()
            .unwrap_err()
            .to_string()
            .contains("unsupported schema_version \"3.0\"")
    );
}

/// A registry built on one thread answers on several at once, and its handles travel to
/// them.
#[test]
fn a_registry_and_its_handles_are_shared_across_threads() {
    let registry = geneva_registry();
    let sarybay = registry.official(&official("kairat-sarybay")).unwrap();
    let answers: Vec<usize> = std::thread::scope(|s| {
        let threads: Vec<_> = (0..4)
            .map(|_| s.spawn(move || sarybay.met().len()))
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    });
    assert_eq!(answers, [8, 8, 8, 8]);
    let loaded = std::thread::spawn(|| Registry::from_json(GENEVA).map(|r| r.officials().len()));
    assert_eq!(loaded.join().unwrap(), Ok(9));
}
