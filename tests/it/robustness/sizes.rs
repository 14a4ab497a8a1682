//! Large documents go through validation, the registry's build and its queries with the
//! right answers: a meeting of a million participants, of 500 organizations, 20,000 records
//! with one id, a chain of 100,000 meetings on each other's sidelines, 2,000 nested bodies.
//!
//! What they cost is checked in `costs`, by counting steps, and no clock is read here; their
//! time is measured by `cargo bench --bench hostile_sizes`. The full-size cases are ignored
//! by default:
//!
//! ```sh
//! cargo test --release --all-features --test it robustness::sizes -- --ignored
//! ```

use multilateral::registry::{Depth, Scope};
use multilateral::{
    CountryCode, Dataset, MeetingId, ParticipantRole, Period, Registry, Rule, Severity,
};
use multilateral_testkit::docs::{
    crowded_by_organizations, crowded_by_states, deep_tree_document, mou_of_many_parties,
    organizations_with_one_id, parent_chain, sidelines_chain, sidelines_chain_with_back_edges,
};

use crate::support::{meeting, org};

// --- Crowded meetings -----------------------------------------------------------------------

fn check_crowded_by_states(n: usize) {
    let text = crowded_by_states(n);
    let data = Dataset::from_json(&text).unwrap();
    assert_eq!(data.meetings[0].participants.len(), n);
    let report = data.validate();
    let states = CountryCode::all().count();
    assert_eq!(states, 249);
    let distinct = n.min(states * ParticipantRole::ALL.len());
    assert_eq!(report.violations().len(), n - distinct);
    assert!(
        report
            .violations()
            .iter()
            .all(|v| v.rule == Rule::DuplicateEntry && v.severity == Severity::Warning)
    );
    if let Some(v) = report.violations().first() {
        assert_eq!(v.path, format!("/meetings/0/participants/{distinct}"));
    }
    let registry = Registry::new(data).unwrap();
    let kz = registry.state("KZ".parse().unwrap());
    let counterparts = kz.counterparts();
    assert_eq!(counterparts.len(), n.min(states) - 1);
    let network = registry.cooperation_network();
    let met = n.min(states);
    assert_eq!(network.len(), met * (met - 1) / 2);
    assert!(network.iter().all(|e| e.meetings == 1));
    let ch = registry.state("CH".parse().unwrap());
    assert_eq!(ch.meetings(&Period::unknown()).len(), 1);
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn a_meeting_with_20_000_participants() {
    check_crowded_by_states(20_000);
}

/// Full size: about 40 MB of JSON and a million warnings.
/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
#[ignore = "full size: cargo test --release --all-features --test it robustness -- --ignored"]
fn a_meeting_with_1_000_000_participants() {
    check_crowded_by_states(1_000_000);
}

fn check_crowded_by_organizations(n: usize, network: bool) {
    let text = crowded_by_organizations(n);
    let data = Dataset::from_json(&text).unwrap();
    let report = data.validate();
    let rules: Vec<Rule> = report.violations().iter().map(|v| v.rule).collect();
    assert_eq!(rules, [Rule::DimensionNotOfParticipant], "{report}");
    assert_eq!(report.violations()[0].path, "/meetings/0/dimensions/0");
    let registry = Registry::new(data).unwrap();
    let o0 = registry.organization(&org("o0")).unwrap();
    assert_eq!(o0.counterparts().len(), n - 1);
    if network {
        let edges = registry.cooperation_network();
        assert_eq!(edges.len(), n * (n - 1) / 2);
    }
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn a_meeting_of_500_organizations() {
    check_crowded_by_organizations(500, true);
}

/// Found by hostile sizes: full size of `costs::a_meeting_of_many_organizations` (a meeting
/// of n distinct organizations validated in time quadratic in n).
#[test]
#[ignore = "full size: cargo test --release --all-features --test it robustness -- --ignored"]
fn a_meeting_of_100_000_organizations() {
    check_crowded_by_organizations(100_000, false);
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn many_records_with_the_same_id_give_one_error_each() {
    let n = 20_000;
    let data = Dataset::from_json(&organizations_with_one_id(n)).unwrap();
    let report = data.validate();
    assert_eq!(report.violations().len(), n - 1);
    assert!(
        report
            .violations()
            .iter()
            .all(|v| v.rule == Rule::DuplicateId)
    );
    assert_eq!(report.violations()[0].path, "/organizations/1/id");
    assert_eq!(
        report.violations()[n - 2].message,
        "organization id `iom` is already used by /organizations/0"
    );
}

// --- Long chains ----------------------------------------------------------------------------

fn check_sidelines_chain(n: usize) {
    let text = sidelines_chain(n, false);
    let data = Dataset::from_json(&text).unwrap();
    let report = data.validate();
    assert!(report.is_clean(), "{report}");
    let registry = Registry::new(data).unwrap();
    let last: MeetingId = format!("m{}", n - 1).parse().unwrap();
    let last = registry.meeting(&last).unwrap();
    let all = last.related(&[], Depth::Transitive);
    assert_eq!(all.len(), n - 1);
    let deepest = all.iter().map(|r| r.depth).max().unwrap();
    assert_eq!(deepest as usize, n - 1);
    assert_eq!(last.related(&[], Depth::Direct).len(), 1);
    let first = registry.meeting(&meeting("m0")).unwrap();
    assert_eq!(first.related(&[], Depth::Transitive).len(), 0);

    // Closed into a circle: one error, its message cut short.
    let text = sidelines_chain(n, true);
    let data = Dataset::from_json(&text).unwrap();
    let report = data.validate();
    let v = report.violations();
    assert_eq!(v.len(), 1, "{report}");
    assert_eq!(
        (v[0].rule, v[0].path.as_str()),
        (
            Rule::RelationCycle,
            &*format!("/meetings/{}/relations/0/meeting", n - 1)
        )
    );
    assert_eq!(
        v[0].message,
        "meetings lie within themselves (sidelines of / part of): m0 → m1 → m2 → m3 → m4 → m5 → … → m0"
    );
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn a_chain_of_10_000_meetings_on_the_sidelines() {
    check_sidelines_chain(10_000);
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
#[ignore = "full size: cargo test --release --all-features --test it robustness -- --ignored"]
fn a_chain_of_100_000_meetings_on_the_sidelines() {
    check_sidelines_chain(100_000);
}

/// Found by hostile sizes (the answers; `costs::cycles_through_a_long_chain` counts the
/// cost): many back edges into one long chain give one cycle each, and each message names
/// only the first meetings of its cycle.
#[test]
fn every_back_edge_into_a_chain_is_its_own_cycle() {
    let n = 2_000;
    let data = Dataset::from_json(&sidelines_chain_with_back_edges(n)).unwrap();
    let report = data.validate();
    let cycles: Vec<_> = report.of_rule(Rule::RelationCycle).collect();
    assert_eq!(cycles.len(), n - 1, "{report}");
    assert_eq!(report.violations().len(), n - 1);
    // The last back edge closes the whole chain: m0 → … → m1999 → m0, cut after six.
    let longest = cycles
        .iter()
        .find(|v| v.path == format!("/meetings/{}/relations/1/meeting", n - 2))
        .unwrap();
    assert_eq!(
        longest.message,
        "meetings lie within themselves (sidelines of / part of): m0 → m1 → m2 → m3 → m4 → m5 → … → m0"
    );
    assert!(cycles.iter().all(|v| v.message.matches('→').count() <= 7));
}

/// From the hostile-size probe (docs/robustness.md, "Hostile sizes").
#[test]
fn a_chain_of_2_000_nested_bodies() {
    let n = 2_000;
    let data = Dataset::from_json(&parent_chain(n, false)).unwrap();
    assert!(data.validate().is_clean());
    let data = Dataset::from_json(&parent_chain(n, true)).unwrap();
    let report = data.validate();
    let rules: Vec<Rule> = report.violations().iter().map(|v| v.rule).collect();
    assert_eq!(rules, [Rule::ParentCycle], "{report}");
    assert!(
        report.violations()[0]
            .message
            .ends_with("o0 → o1999 → o1998 → o1997 → o1996 → o1995 → … → o0"),
        "{report}"
    );
}

/// Found by hostile sizes (the answers; `costs::a_deep_tree_of_bodies` counts the cost): a
/// post deep in a tree counts for every body above it, so an official posted at the bottom
/// of a chain of 2,000 bodies attends for the top without a warning, and an MoU between the
/// top two is found from the top with sub-bodies.
#[test]
fn a_post_deep_in_a_tree_counts_for_the_top() {
    let n = 2_000;
    let registry = Registry::from_json(&deep_tree_document(n)).unwrap();
    assert!(registry.warnings().is_clean(), "{}", registry.warnings());
    let o0 = registry.organization(&org("o0")).unwrap();
    let o1 = registry.organization(&org("o1")).unwrap();
    let ids = |scope| -> Vec<String> {
        o0.mous_with(o1, scope)
            .iter()
            .map(|m| m.id.to_string())
            .collect()
    };
    assert_eq!(ids(Scope::WithSubBodies), ["u"]);
    assert_eq!(ids(Scope::Exact), ["u"]);
    // o1's tree lies inside o0's: the MoU binds o0 to itself only through two parties.
    assert_eq!(o0.mous_with(o0, Scope::WithSubBodies).len(), 1);
    assert_eq!(o0.mous_with(o0, Scope::Exact).len(), 0);
    assert_eq!(o0.meetings(&Period::unknown(), Scope::Exact).len(), n);
}

/// Found by review (the answers; `costs::an_mou_of_many_parties` counts the cost): an MoU of
/// 2,000 parties binds every two of them, and no party to itself.
#[test]
fn an_mou_of_many_parties_binds_every_two() {
    let n = 2_000;
    let registry = Registry::from_json(&mou_of_many_parties(n)).unwrap();
    let party = |i: usize| {
        registry
            .organization(&format!("o{i}").parse().unwrap())
            .unwrap()
    };
    for i in [0, 1, n / 2, n - 1] {
        for j in [0, 7, n - 1] {
            let found = party(i).mous_with(party(j), Scope::WithSubBodies);
            assert_eq!(found.len(), usize::from(i != j), "o{i} and o{j}");
        }
    }
}
