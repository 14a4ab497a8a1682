//! What large documents cost, counted without a clock: each test builds a document at size
//! n and at 4n, counts the library's inner-loop steps in each stage (validation, the
//! registry's build, a query) with `multilateral::count_work`, and checks that the count
//! grows linearly: at most 5× from n to 4n, where a quadratic cost gives about 16×. A
//! stage whose cost should follow n must also grow at least 3×, so a counter that stopped
//! seeing the loop (a constant count) fails the test too.
//!
//! Reading is not counted: it is serde_json's single pass, with no loop of the library's
//! own beyond checking each value (see `reading` for where it stops on hostile input).
//!
//! Counts are deterministic: the same on every machine and under any load. Run them with
//! `cargo test --all-features --test it robustness::costs -- --nocapture` to see them.

use multilateral::registry::{Depth, Scope};
use multilateral::{
    Dataset, MeetingId, ParticipantRole, Period, Registry, Report, Rule, count_work,
};
use multilateral_testkit::docs::{
    crowded_by_organizations, crowded_by_states, deep_tree_document, long_and_open_ended_meetings,
    meeting_of_many_dimensions_and_participants, mou_of_many_parties,
    mou_signed_by_an_official_of_many_posts, mou_with_a_signatory_listed_many_times,
    organizations_with_one_id, parent_chain, sidelines_chain, sidelines_chain_with_back_edges,
};

use crate::support::org;

/// How a stage's count may grow from n to 4n.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Growth {
    /// With n: 3× to 5×.
    Linear,
    /// Not past linear (at most 5×), and maybe not at all: the cost depends on something
    /// that stops growing with n (the 249 states a meeting can have).
    AtMostLinear,
}

/// Counts each stage at n and at 4n (`cost` returns one count per stage) and checks how
/// each grows.
#[track_caller]
fn check_costs<const K: usize>(
    n: usize,
    stages: [(&str, Growth); K],
    cost: impl Fn(usize) -> [u64; K],
) {
    let small = cost(n);
    let large = cost(4 * n);
    for (&(what, growth), (&a, &b)) in stages.iter().zip(small.iter().zip(&large)) {
        eprintln!(
            "{what}: {a} steps at n = {n}, {b} at 4n ({:.2}×)",
            b as f64 / a as f64
        );
        assert!(a > 0, "{what}: no step counted at n = {n}");
        assert!(
            b <= 5 * a,
            "{what}: {a} steps at n = {n}, {b} at 4n: more than linear"
        );
        if growth == Growth::Linear {
            assert!(
                b >= 3 * a,
                "{what}: {a} steps at n = {n}, {b} at 4n: the count does not follow n \
                 (does the counter still see the loop?)"
            );
        }
    }
}

/// The assigned country codes: a meeting of states has at most this many parties.
const STATES: usize = 249;

fn read(text: &str) -> Dataset {
    Dataset::from_json(text).unwrap()
}

/// From the hostile-size probe; replaces the 30 s bounds on validating, building and
/// querying a meeting of 20,000 participants (`hostile::a_meeting_with_20_000_participants`).
#[test]
fn a_meeting_crowded_by_states() {
    use Growth::*;
    let stages = [
        ("validating", Linear),
        ("building", Linear),
        ("counterparts", AtMostLinear),
        ("network", AtMostLinear),
    ];
    check_costs(5_000, stages, |n| {
        let data = read(&crowded_by_states(n));
        let (report, validating) = count_work(|| data.validate());
        let distinct = STATES * ParticipantRole::ALL.len();
        assert_eq!(report.of_rule(Rule::DuplicateEntry).count(), n - distinct);
        let (registry, building) = count_work(|| Registry::new(data).unwrap());
        let kz = registry.state("KZ".parse().unwrap());
        let (found, counterparts) = count_work(|| kz.counterparts());
        assert_eq!(found.len(), STATES - 1);
        let (edges, network) = count_work(|| registry.cooperation_network());
        assert_eq!(edges.len(), STATES * (STATES - 1) / 2);
        [validating, building, counterparts, network]
    });
}

/// Found by hostile sizes: validating a meeting of n distinct organizations took time
/// quadratic in n (`Meeting::organizations` deduplicated with `Vec::contains`, and the
/// dimension rule asked `same_tree` for each organization and each dimension): 30,000
/// organizations took 1.4 s in release, a million would take half an hour. Was a 10 s bound
/// on 100,000 organizations (`regressions`) and 30 s bounds on 500 (`hostile`).
#[test]
fn a_meeting_of_many_organizations() {
    use Growth::*;
    let stages = [
        ("validating", Linear),
        ("building", Linear),
        ("counterparts", Linear),
    ];
    check_costs(5_000, stages, |n| {
        let data = read(&crowded_by_organizations(n));
        let (report, validating) = count_work(|| data.validate());
        assert_eq!(report.of_rule(Rule::DimensionNotOfParticipant).count(), 1);
        assert_eq!(report.violations().len(), 1);
        let (registry, building) = count_work(|| Registry::new(data).unwrap());
        let o0 = registry.organization(&org("o0")).unwrap();
        let (found, counterparts) = count_work(|| o0.counterparts());
        assert_eq!(found.len(), n - 1);
        [validating, building, counterparts]
    });
}

/// Checks that validating the document `doc(n)` costs steps linear in n, and that its report
/// is what `expect(n, report)` says.
#[track_caller]
fn validating_is_linear(n: usize, doc: fn(usize) -> String, expect: impl Fn(usize, &Report)) {
    check_costs(n, [("validating", Growth::Linear)], |n| {
        let data = read(&doc(n));
        let (report, validating) = count_work(|| data.validate());
        expect(n, &report);
        [validating]
    });
}

/// From the hostile-size probe; replaces the 30 s bound on validating 20,000 records with
/// one id (`hostile::many_records_with_the_same_id_give_one_error_each`).
#[test]
fn many_records_with_one_id() {
    validating_is_linear(5_000, organizations_with_one_id, |n, report| {
        assert_eq!(report.of_rule(Rule::DuplicateId).count(), n - 1);
    });
}

/// From the hostile-size probe; replaces the 30 s bounds on validating, building and asking
/// a chain of 10,000 meetings on each other's sidelines, and validating it closed into a
/// cycle (`hostile::a_chain_of_10_000_meetings_on_the_sidelines`).
#[test]
fn a_chain_of_meetings_on_the_sidelines() {
    use Growth::*;
    let stages = [
        ("validating", Linear),
        ("building", Linear),
        ("related, transitive", Linear),
        ("validating a cycle", Linear),
    ];
    check_costs(2_500, stages, |n| {
        let data = read(&sidelines_chain(n, false));
        let (report, validating) = count_work(|| data.validate());
        assert!(report.is_clean(), "{report}");
        let (registry, building) = count_work(|| Registry::new(data).unwrap());
        let last: MeetingId = format!("m{}", n - 1).parse().unwrap();
        let last = registry.meeting(&last).unwrap();
        let (found, related) = count_work(|| last.related(&[], Depth::Transitive));
        assert_eq!(found.len(), n - 1);
        let data = read(&sidelines_chain(n, true));
        let (report, cycle) = count_work(|| data.validate());
        assert_eq!(report.of_rule(Rule::RelationCycle).count(), 1);
        [validating, building, related, cycle]
    });
}

/// Found by hostile sizes: when many meetings on the sidelines of a chain also point back
/// to its first meeting, each back edge closes its own cycle and the whole cycle was
/// collected (and its start found by a linear search), so time and memory grew with the
/// square of the chain: 20,000 meetings took 1.6 GB, 100,000 would take 40 GB. Only the
/// first six meetings of a cycle are kept for the message. Was a 500 ms bound on 15,000
/// meetings (`regressions::cycles_through_a_long_chain_take_linear_memory`).
#[test]
fn cycles_through_a_long_chain() {
    validating_is_linear(2_500, sidelines_chain_with_back_edges, |n, report| {
        assert_eq!(report.of_rule(Rule::RelationCycle).count(), n - 1);
    });
}

/// From the hostile-size probe; replaces the 30 s bound on validating a chain of 2,000
/// nested bodies, open and closed into a cycle (`hostile::a_chain_of_2_000_nested_bodies`).
#[test]
fn a_chain_of_nested_bodies() {
    use Growth::*;
    let stages = [("validating", Linear), ("validating a cycle", Linear)];
    check_costs(2_000, stages, |n| {
        let data = read(&parent_chain(n, false));
        let (report, open) = count_work(|| data.validate());
        assert!(report.is_clean(), "{report}");
        let data = read(&parent_chain(n, true));
        let (report, closed) = count_work(|| data.validate());
        assert_eq!(report.of_rule(Rule::ParentCycle).count(), 1);
        [open, closed]
    });
}

/// Found by hostile sizes: the post check walked the whole parent chain of the official's
/// post for every meeting attended, so n meetings attended for the top of an n-deep chain
/// of bodies cost n² steps (20,000 took 1.5 s in release). Was a 2 s bound on 50,000
/// (`regressions::attendee_checks_are_linear_in_the_depth_of_the_tree`).
///
/// Found by hostile sizes: `mous_between` with sub-bodies paired every body below one
/// organization with every body below the other, so two organizations with n bodies below
/// them cost n² lookups (20,000 bodies: 12 s in release) for an answer of one MoU. Fixed by
/// walking the MoUs of each body on the side with fewer MoUs and keeping those with a party
/// on the other side. Was a 2 s bound on 20,000
/// (`regressions::mous_between_sub_bodies_is_linear_in_the_trees`).
#[test]
fn a_deep_tree_of_bodies() {
    use Growth::*;
    let stages = [("validating", Linear), ("mous_with, sub-bodies", Linear)];
    check_costs(5_000, stages, |n| {
        let data = read(&deep_tree_document(n));
        let (report, validating) = count_work(|| data.validate());
        assert!(report.is_clean(), "{report}");
        let registry = Registry::new(data).unwrap();
        let o0 = registry.organization(&org("o0")).unwrap();
        let o1 = registry.organization(&org("o1")).unwrap();
        let (found, between) = count_work(|| o0.mous_with(o1, Scope::WithSubBodies));
        assert_eq!(found.len(), 1);
        assert_eq!(o0.meetings(&Period::unknown(), Scope::Exact).len(), n);
        [validating, between]
    });
}

/// The questions across an organization's bodies (issue 13) walk the tree once: who holds
/// a post somewhere below the top of an n-deep chain, every post held there, its MoUs, its
/// counterparts with its bodies as one party. A limited query reads only the meetings
/// before its limit, however many match, and a count reads each candidate once.
#[test]
fn questions_across_a_deep_tree_of_bodies_and_a_limited_query() {
    use Growth::*;
    use multilateral::PostRole;
    use multilateral::registry::PostFilter;
    let stages = [
        ("holders_within, sub-bodies", Linear),
        ("posts_on, sub-bodies", Linear),
        ("mous, sub-bodies", Linear),
        ("counterparts_during, sub-bodies", Linear),
        ("a query's count", Linear),
    ];
    let day = multilateral::ymd(2024, 1, 1);
    let limited = std::cell::RefCell::new(Vec::new());
    check_costs(5_000, stages, |n| {
        let registry = Registry::new(read(&deep_tree_document(n))).unwrap();
        let o0 = registry.organization(&org("o0")).unwrap();
        let staff = PostFilter::Role(PostRole::Staff);
        let (found, holders) = count_work(|| {
            o0.holders_within(staff, day, Scope::WithSubBodies)
                .possible
                .len()
        });
        assert_eq!(found, 1);
        let (found, posts) = count_work(|| o0.posts_on(day, Scope::WithSubBodies).possible.len());
        assert_eq!(found, 1);
        let (found, mous) = count_work(|| o0.mous(Scope::WithSubBodies).len());
        assert_eq!(found, 1);
        // Every meeting is o0's alone: its bodies are the same party, none a counterpart.
        let (found, met) = count_work(|| {
            o0.counterparts_during(&multilateral::Period::unknown(), &[], Scope::WithSubBodies)
                .len()
        });
        assert_eq!(found, 0);
        let (found, count) = count_work(|| registry.meetings().involving(o0, Scope::Exact).count());
        assert_eq!(found, n);
        let (found, first) = count_work(|| {
            registry
                .meetings()
                .involving(o0, Scope::Exact)
                .limit(1)
                .count()
        });
        assert_eq!(found, 1);
        limited.borrow_mut().push(first);
        [holders, posts, mous, met, count]
    });
    let limited = limited.into_inner();
    let (small, large) = (limited[0], limited[1]);
    eprintln!("a query limited to 1: {small} steps at n, {large} at 4n");
    assert!(large <= small + 64, "{small} steps at n, {large} at 4n");
}

/// Found by review: deciding whether an MoU binds the two sides compared every party with
/// every other, so an MoU of n parties cost n² for each query naming two of them (and the
/// pair index it replaced held n² entries). Two parties of each side are enough to decide.
/// Was a 2 s bound on 50 queries over an MoU of 20,000 parties
/// (`regressions::an_mou_of_many_parties_is_checked_in_linear_time`).
#[test]
fn an_mou_of_many_parties() {
    check_costs(5_000, [("50 × mous_with", Growth::Linear)], |n| {
        let registry = Registry::new(read(&mou_of_many_parties(n))).unwrap();
        let party = |i: usize| {
            registry
                .organization(&format!("o{i}").parse().unwrap())
                .unwrap()
        };
        let (found, steps) = count_work(|| {
            (0..50)
                .map(|i| {
                    party(i)
                        .mous_with(party(n - 1 - i), Scope::WithSubBodies)
                        .len()
                })
                .sum::<usize>()
        });
        assert_eq!(found, 50);
        [steps]
    });
}

/// From the hostile-size probe; replaces the 30 s bound on the cooperation network of a
/// meeting of 500 organizations (`hostile::a_meeting_of_500_organizations`). The network of
/// one meeting of n parties has n(n−1)/2 edges by design (docs/robustness.md, "Known
/// costs"), so its cost is checked against its answer: one step per edge, at any size.
#[test]
fn the_network_of_a_crowded_meeting_costs_its_edges() {
    for n in [200, 800] {
        let registry = Registry::new(read(&crowded_by_organizations(n))).unwrap();
        let (edges, steps) = count_work(|| registry.cooperation_network());
        let pairs = n * (n - 1) / 2;
        assert_eq!(edges.len(), pairs);
        eprintln!("network of {n} organizations: {steps} steps, {pairs} edges");
        assert!(
            steps as usize <= pairs + n,
            "{steps} steps for {pairs} edges"
        );
    }
}

/// From the outside probe: the signatory check cost parties × posts × signatories (an MoU of
/// 100,000 parties signed by an official of 100,000 posts elsewhere took 18.5 s).
#[test]
fn an_mou_signed_by_an_official_of_many_posts() {
    check_costs(2_000, [("validating", Growth::Linear)], |n| {
        let data = read(&mou_signed_by_an_official_of_many_posts(n));
        let (report, steps) = count_work(|| data.validate());
        let rules: Vec<Rule> = report.violations().iter().map(|v| v.rule).collect();
        assert_eq!(rules, [Rule::SignatoryWithoutPost]);
        [steps]
    });
}

/// From the outside probe: one signatory listed 2,000 times took 12.4 s on a 179 KB
/// document; a signatory listed again is a `duplicate-entry`, and its posts are checked once.
#[test]
fn an_mou_with_a_signatory_listed_many_times() {
    check_costs(1_000, [("validating", Growth::Linear)], |n| {
        let data = read(&mou_with_a_signatory_listed_many_times(n));
        let (report, steps) = count_work(|| data.validate());
        assert_eq!(report.of_rule(Rule::SignatoryWithoutPost).count(), 1);
        assert_eq!(report.of_rule(Rule::DuplicateEntry).count(), n - 1);
        [steps]
    });
}

/// From the outside probe: `dimension-not-of-participant` cost dimensions × participants of
/// a meeting (11.7 MB took 9.2 s).
#[test]
fn a_meeting_of_many_dimensions_and_participants() {
    check_costs(2_000, [("validating", Growth::Linear)], |n| {
        let data = read(&meeting_of_many_dimensions_and_participants(n));
        let (report, steps) = count_work(|| data.validate());
        assert_eq!(report.of_rule(Rule::DimensionNotOfParticipant).count(), n);
        assert_eq!(report.violations().len(), n);
        [steps]
    });
}

/// From the outside probe: the words of a name query were not deduplicated, and each was
/// looked up in full before the lists were intersected, so a 2 KB query of `a ` repeated
/// took 6.8 s at 400,000 officials. A word searched again, or one that begins another word of
/// the query, now costs only its share of splitting the query into words.
#[test]
fn a_name_query_of_repeated_words_costs_one_search() {
    let data = multilateral_testkit::synth::generate(
        &multilateral_testkit::synth::SynthConfig::new(400, 1),
    );
    let registry = Registry::new(data).unwrap();
    let (one, alone) = count_work(|| registry.find_officials("a").len());
    assert!(one > 20, "{one} officials found by `a`");
    for query in ["a ".repeat(1_000), "a ab abc ".repeat(300)] {
        let (found, steps) = count_work(|| registry.find_officials(&query).len());
        let words = query.split_whitespace().count() as u64;
        eprintln!("one word: {alone} steps; {words} words: {steps} steps");
        assert!(found <= one);
        assert!(
            steps <= alone + words + 64,
            "{words} words took {steps} steps, one word {alone}"
        );
    }
}

/// A query of a common word and a rare one costs the rare word's records, not the common
/// word's: the records with the rarest word are the candidates, and the common word is
/// checked among each candidate's own words. n officials are all "Anna", one of them also
/// "Zzyzx"; "anna zzyzx" costs the same at n and at 4n, where reading every Anna grew 4×,
/// and so does the spelling search for "ana zzyzxx".
#[test]
fn a_rare_word_beside_a_common_one_costs_the_rare_one() {
    let cost = |n: usize| {
        let mut data = Dataset::default();
        for i in 0..n {
            let name = if i == n / 2 {
                "Anna Zzyzx".to_owned()
            } else {
                format!("Anna Person{i}")
            };
            data.officials.push(multilateral::Official::new(
                format!("anna-{i}").parse().unwrap(),
                name.parse().unwrap(),
            ));
        }
        let registry = Registry::new(data).unwrap();
        let (found, steps) = count_work(|| registry.find_officials("anna zzyzx").len());
        assert_eq!(found, 1);
        let (common, _) = count_work(|| registry.find_officials("anna").len());
        assert_eq!(common, n);
        // The same in any spelling: "Ana Zzyzxx" is the one official, one letter off twice.
        let (found, spelled) = count_work(|| registry.search_officials("ana zzyzxx").len());
        assert_eq!(found, 1);
        steps + spelled
    };
    let (small, large) = (cost(1_000), cost(4_000));
    eprintln!("anna zzyzx: {small} steps at n = 1000, {large} at 4n");
    assert!(small > 0);
    assert_eq!(small, large, "the common word's records were read");
}

/// From the outside probe: a period query looked at every meeting that may last longer than
/// a year, and at every open-ended one, whether or not it overlapped the period. A day none
/// of them touches now costs a walk down an interval tree and two binary searches, however
/// many there are.
#[test]
fn a_day_among_long_and_open_ended_meetings_costs_its_answer() {
    let day = multilateral::ymd(2000, 1, 1);
    let steps = |n: usize| {
        let data = read(&long_and_open_ended_meetings(n));
        let period: Period = "1500/2500".parse().unwrap();
        let naive = data
            .meetings
            .iter()
            .filter(|m| m.when.may_overlap(&period))
            .count();
        let registry = Registry::new(data).unwrap();
        assert_eq!(registry.meetings_during(&period).len(), naive);
        let (found, steps) = count_work(|| registry.meetings_on(day).len());
        assert_eq!(found, 0);
        steps
    };
    let (small, large) = (steps(900), steps(3_600));
    eprintln!("meetings_on: {small} steps at 2,700 meetings, {large} at 10,800");
    assert!(large <= small + 64, "{small} steps at n, {large} at 4n");
}

/// An organization with n chairmanships whose ends are unknown, one a day, and a post
/// attested on n days: validating (the overlap sweep, the attested days) and building (one
/// chair at a time) stay linear, and `chair` reads each term once.
#[test]
fn many_terms_of_unknown_end_and_many_attested_days() {
    use Growth::*;
    let stages = [
        ("validating", Linear),
        ("building", Linear),
        ("chair", Linear),
    ];
    check_costs(2_000, stages, |n| {
        let day = |k: usize| {
            (chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap()
                + chrono::Duration::days(k as i64))
            .to_string()
        };
        let chairs: Vec<_> = (0..n)
            .map(|k| serde_json::json!({"country": "KZ", "period": {"start": day(2 * k), "end": "unknown"}}))
            .collect();
        let attested: Vec<_> = (0..n).map(day).collect();
        let doc = serde_json::json!({"schema_version": "2.0",
            "organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": chairs}],
            "officials": [{"id": "p", "name": "P",
                "posts": [{"organization": "o", "role": "staff", "attested": attested}]}]});
        let data = read(&doc.to_string());
        let (report, validating) = count_work(|| data.validate());
        assert!(report.is_clean(), "{report}");
        let (registry, building) = count_work(|| Registry::new(data).unwrap());
        let o = registry.organization(&org("o")).unwrap();
        let (answer, chair) =
            count_work(|| o.chair(chrono::NaiveDate::from_ymd_opt(1900, 1, 2).unwrap()));
        // Each term ends by the next one's start: on the 2nd only the first may chair.
        assert_eq!(answer.possible.len() + answer.definite.len(), 1);
        [validating, building, chair]
    });
}

/// The merge of two documents about one official with n terms of one post, none of them
/// equal: each incoming term is compared with a bounded number of kept ones
/// (`MAX_SAME_KEY`), never with all of them; and lists of n topics are united by hashing.
#[test]
fn merging_many_terms_of_one_post_and_many_topics() {
    use Growth::*;
    use multilateral::merge::{Policy, merge};
    let doc = |n: usize, shift: usize| {
        let posts: Vec<serde_json::Value> = (0..n)
            .map(|i| serde_json::json!({"organization": "o", "role": "head", "attested": [format!("{}", 1000 + (i * 2 + shift) % 1000)]}))
            .collect();
        let topics: Vec<String> = (0..n).map(|i| format!("topic {}", i * 2 + shift)).collect();
        Dataset::from_json(
            &serde_json::json!({"schema_version": "2.0",
                "organizations": [{"id": "o", "name": "O", "kind": "other"}],
                "officials": [{"id": "p", "name": "P", "posts": posts}],
                "meetings": [{"id": "m", "title": "M", "kind": "session", "status": "held", "when": {}, "topics": topics}]})
            .to_string(),
        )
        .unwrap()
    };
    check_costs(2_000, [("merging", Linear)], |n| {
        let (a, b) = (doc(n, 0), doc(n, 1));
        let (merged, steps) = count_work(|| merge(a, b, Policy::KeepFirst).unwrap());
        assert_eq!(merged.dataset.meetings[0].topics.len(), 2 * n);
        [steps]
    });
}

/// Name search over n officials with hostile queries: a long run of one-letter words and
/// one very long word cost what their matches cost, not the square of the query.
#[test]
fn searching_names_with_hostile_queries() {
    use Growth::*;
    let stages = [
        ("spelling index", Linear),
        ("2 KB of `a `", AtMostLinear),
        ("a 2 KB word", AtMostLinear),
    ];
    check_costs(2_000, stages, |n| {
        let officials: Vec<serde_json::Value> = (0..n)
            .map(|i| serde_json::json!({"id": format!("p{i}"), "name": format!("Amina Sarybay{}", char::from(b'a' + (i % 26) as u8))}))
            .collect();
        let data = Dataset::from_json(
            &serde_json::json!({"schema_version": "2.0", "officials": officials}).to_string(),
        )
        .unwrap();
        let (registry, building) = count_work(|| Registry::new(data).unwrap());
        let (found, repeated) = count_work(|| registry.search_officials(&"a ".repeat(1024)).len());
        assert_eq!(found, n);
        let (none, long) = count_work(|| registry.search_officials(&"x".repeat(2048)).len());
        assert_eq!(none, 0);
        [building, repeated, long]
    });
}
