//! Merging documents from many sources: same ids are one record, more precise values refine
//! less precise ones, disagreements are conflicts settled by a policy, `SameAs` and aliases
//! join records with different ids, candidate duplicates are reported, never merged; and the
//! laws: idempotent, commutative, associative, and no fact lost.

use multilateral::merge::{Evidence, Kept, Merger, Pair, Policy, SameAs, candidates, merge};
use multilateral::registry::NameMatch;
use multilateral::{Dataset, Registry, Rule};
use multilateral_testkit::synth::{SynthConfig, generate};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::support::{GENEVA, dataset, official, org, rules};

const OSCE: &str = include_str!("../data/held-out/osce-secretary-general-2017-2020.json");
const CICA_2022: &str = include_str!("../data/held-out/cica-secretary-general-2022.json");
const CICA_2024: &str = include_str!("../data/held-out/cica-chairmanship-2024.json");

fn read(text: &str) -> Dataset {
    Dataset::from_json(text).unwrap()
}

/// Geneva 2024 and the three held-out reports, merged in that order.
fn all_reports(policy: Policy, same: SameAs) -> multilateral::merge::Merged {
    Merger::new(policy)
        .same_as(same)
        .with(read(GENEVA))
        .with(read(CICA_2024))
        .with(read(CICA_2022))
        .with(read(OSCE))
        .finish()
        .unwrap()
}

fn sarybai_is_sarybay() -> SameAs {
    SameAs::new().official(official("kairat-sarybai"), official("kairat-sarybay"))
}

// --- Across the fixtures ------------------------------------------------------------------

#[test]
fn concatenated_reports_clash_and_merged_ones_validate() {
    // Concatenated, the reports name the same records twice.
    let mut joined = read(GENEVA);
    joined.officials.extend(read(OSCE).officials);
    joined.organizations.extend(read(CICA_2024).organizations);
    let clashes = joined.validate();
    assert!(
        rules(&clashes).contains(&(Rule::DuplicateId, "/officials/9/id")),
        "{clashes}"
    );
    // Merged, they are one document with no conflict, and it validates.
    let merged = all_reports(Policy::Refuse, SameAs::new());
    assert!(merged.conflicts.is_empty());
    let report = merged.dataset.validate();
    assert!(report.is_clean(), "{report}");
}

#[test]
fn an_official_known_from_two_reports_holds_both_posts() {
    let merged = all_reports(Policy::Refuse, SameAs::new());
    let r = Registry::new(merged.dataset).unwrap();
    let greminger = r.official(&official("thomas-greminger")).unwrap();
    let posts: Vec<(&str, String)> = greminger
        .posts
        .iter()
        .map(|p| (p.organization.as_str(), p.period.to_string()))
        .collect();
    assert_eq!(
        posts,
        [
            ("gcsp", "/".to_owned()),
            ("osce-secretariat", "2017-07-18/2020-07-18".to_owned())
        ]
    );
    // The OSCE report's nationality fills the Geneva record's gap.
    assert_eq!(
        greminger.nationality.map(|c| c.to_string()).as_deref(),
        Some("CH")
    );
    // Who headed the OSCE Secretariat in 2019: a question only the merged records answer.
    let secretariat = r.organization(&org("osce-secretariat")).unwrap();
    let heads = secretariat.holders(
        multilateral::registry::PostFilter::Role(multilateral::PostRole::Head),
        multilateral::ymd(2019, 6, 1),
    );
    assert_eq!(heads.status, multilateral::registry::DateStatus::Known);
}

#[test]
fn an_open_chairmanship_is_refined_by_its_end_never_two_errors() {
    let merged = all_reports(Policy::Refuse, SameAs::new());
    let cica = merged
        .dataset
        .organizations
        .iter()
        .find(|o| o.id.as_str() == "cica")
        .unwrap();
    let chairs: Vec<(String, String)> = cica
        .chairs
        .iter()
        .map(|c| (c.country.to_string(), c.period.to_string()))
        .collect();
    assert_eq!(
        chairs,
        [
            ("KZ".to_owned(), "2020/2024-12-17".to_owned()),
            ("AZ".to_owned(), "2024-12-17/2026".to_owned())
        ]
    );
    // The Geneva headquarters and the 2024 report's decision are both kept.
    assert!(cica.headquarters.is_some());
    assert!(cica.chairs[1].decided_at.is_some());
}

#[test]
fn a_name_spelled_differently_is_one_candidate_pair_until_said_the_same() {
    let merged = all_reports(Policy::Refuse, SameAs::new());
    let found = candidates(&merged.dataset);
    assert_eq!(found.len(), 1, "{found:?}");
    let pair = &found[0];
    let Pair::Officials(a, b) = pair.pair else {
        panic!("{pair:?}")
    };
    let ids = (
        merged.dataset.officials[a].id.as_str(),
        merged.dataset.officials[b].id.as_str(),
    );
    assert_eq!(ids, ("kairat-sarybay", "kairat-sarybai"));
    assert!(
        matches!(pair.evidence[0], Evidence::SameSpelling { .. }),
        "{pair}"
    );
    assert!(
        pair.evidence
            .contains(&Evidence::SharedOrganization(org("cica-secretariat")))
    );
    assert!((pair.score - 0.8).abs() < 1e-6);

    // Said the same: one record, the other id an alias that still finds it.
    let merged = all_reports(Policy::Refuse, sarybai_is_sarybay());
    assert!(candidates(&merged.dataset).is_empty());
    let r = Registry::new(merged.dataset).unwrap();
    let by_alias = r.official(&official("kairat-sarybai")).unwrap();
    assert_eq!(by_alias.id().as_str(), "kairat-sarybay");
    let titles: Vec<&str> = by_alias
        .posts
        .iter()
        .filter_map(|p| p.title.as_deref())
        .collect();
    assert_eq!(titles, ["Secretary General", "Executive Director"]);
    assert_eq!(by_alias.posts[0].period.to_string(), "2022-10-13/..");
    // The other spelling is one of his names; references to the alias are rewritten.
    assert!(
        by_alias
            .other_names
            .iter()
            .any(|n| n.name.as_str() == "Kairat Sarybai")
    );
    let summit = r
        .meeting(&crate::support::meeting("cica-summit-6"))
        .unwrap();
    assert_eq!(
        summit.outcomes[1].official,
        Some(official("kairat-sarybay"))
    );
}

#[test]
fn the_merge_example_writes_the_merged_document_and_reports_on_stderr() {
    let Some(exe) = crate::support::example("merge") else {
        return;
    };
    let root = env!("CARGO_MANIFEST_DIR");
    let files = [
        format!("{root}/examples/data/geneva-2024.json"),
        format!("{root}/tests/data/held-out/cica-chairmanship-2024.json"),
        format!("{root}/tests/data/held-out/cica-secretary-general-2022.json"),
    ];
    let out = std::process::Command::new(&exe)
        .args(&files)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let merged = read(std::str::from_utf8(&out.stdout).unwrap());
    assert_eq!(
        merged
            .organizations
            .iter()
            .filter(|o| o.id.as_str() == "cica")
            .count(),
        1
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("/officials/0: candidate-duplicate: may be /officials/9 (score 0.80)"),
        "{stderr}"
    );
    // Unreadable input is 2; a conflict under --strict is 1.
    let missing = std::process::Command::new(&exe)
        .arg("/nonexistent.json")
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let dir = std::env::temp_dir().join(format!("merge-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.json"), dir.join("b.json"));
    std::fs::write(&a, chair_doc("2024-12-17").to_string()).unwrap();
    std::fs::write(&b, chair_doc("2023").to_string()).unwrap();
    let strict = std::process::Command::new(&exe)
        .arg("--strict")
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));
    assert!(strict.stdout.is_empty());
    let stderr = String::from_utf8(strict.stderr).unwrap();
    assert!(
        stderr.contains("/organizations/0/chairs/0/period: conflict: kept"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

// --- Conflicts and policies ---------------------------------------------------------------

fn chair_doc(end: &str) -> Value {
    json!({"schema_version": "2.0", "organizations": [
        {"id": "cica", "name": "CICA", "kind": "intergovernmental",
         "chairs": [{"country": "KZ", "period": {"start": "2020", "end": end}}],
         "sources": [{"title": format!("a report that the term ended {end}")}]}]})
}

#[test]
fn a_disagreement_is_a_conflict_with_both_paths_values_and_sources() {
    let (a, b) = (dataset(chair_doc("2024-12-17")), dataset(chair_doc("2023")));
    let refused = merge(a.clone(), b.clone(), Policy::Refuse).unwrap_err();
    assert_eq!(refused.conflicts.len(), 1);
    let c = &refused.conflicts[0];
    assert_eq!(c.path, "/organizations/0/chairs/0/period");
    assert_eq!(
        (c.first.input, c.first.path.as_str()),
        (0, "/organizations/0/chairs/0/period")
    );
    assert_eq!(
        (c.second.input, c.second.path.as_str()),
        (1, "/organizations/0/chairs/0/period")
    );
    assert_eq!(c.first.value, json!({"start": "2020", "end": "2024-12-17"}));
    assert_eq!(c.second.value, json!({"start": "2020", "end": "2023"}));
    assert_eq!(
        c.first.sources[0].title.as_deref(),
        Some("a report that the term ended 2024-12-17")
    );
    assert_eq!(
        c.second.sources[0].title.as_deref(),
        Some("a report that the term ended 2023")
    );
    assert!(
        refused
            .to_string()
            .starts_with("merge refused: 1 conflict(s)")
    );

    let first = merge(a.clone(), b.clone(), Policy::KeepFirst).unwrap();
    assert_eq!(first.conflicts[0].kept, Kept::First);
    assert_eq!(
        first.dataset.organizations[0].chairs[0].period.to_string(),
        "2020/2024-12-17"
    );
    assert_eq!(first.dataset.organizations[0].chairs.len(), 1);
    let second = merge(a, b, Policy::KeepSecond).unwrap();
    assert_eq!(second.conflicts[0].kept, Kept::Second);
    assert_eq!(
        second.dataset.organizations[0].chairs[0].period.to_string(),
        "2020/2023"
    );
    assert_eq!(
        second.conflicts[0].to_string(),
        "/organizations/0/chairs/0/period: conflict: kept {\"end\":\"2023\",\"start\":\"2020\"} in input 1 at \
         /organizations/0/chairs/0/period (a report that the term ended 2023), against \
         {\"end\":\"2024-12-17\",\"start\":\"2020\"} in input 0 at /organizations/0/chairs/0/period \
         (a report that the term ended 2024-12-17)"
    );
}

#[test]
fn precise_values_refine_vague_ones_and_consecutive_terms_stay_two() {
    let doc = |founded: &str, post: Value, status: &str| {
        dataset(json!({
            "organizations": [{"id": "o", "name": "O", "kind": "other", "founded": founded}],
            "officials": [{"id": "p", "name": "P", "posts": [post]}],
            "meetings": [{"id": "m", "title": "M", "kind": "session", "status": status, "when": {"start": "2024"}}]}))
    };
    let a = doc(
        "1992",
        json!({"organization": "o", "role": "head", "attested": ["2024-11-26"]}),
        "planned",
    );
    let b = doc(
        "1992-10-05",
        json!({"organization": "o", "role": "head", "title": "Secretary General", "period": {"start": "2022-10-13"}}),
        "held",
    );
    let merged = merge(a, b, Policy::Refuse).unwrap().dataset;
    assert_eq!(
        merged.organizations[0].founded.unwrap().to_string(),
        "1992-10-05"
    );
    let post = &merged.officials[0].posts[0];
    assert_eq!(merged.officials[0].posts.len(), 1);
    assert_eq!(post.period.to_string(), "2022-10-13/..");
    assert_eq!(post.title.as_deref(), Some("Secretary General"));
    assert_eq!(post.attested[0].to_string(), "2024-11-26");
    assert_eq!(merged.meetings[0].status, multilateral::MeetingStatus::Held);

    // A second term after a re-election is another holding, not a conflict.
    let term = |p: &str| json!({"organization": "o", "role": "head", "period": p.parse::<multilateral::Period>().unwrap()});
    let a = doc("1992", term("2016-01-01/2020-12-31"), "held");
    let b = doc("1992", term("2020-12-31/2024-12-31"), "held");
    let merged = merge(a, b, Policy::Refuse).unwrap().dataset;
    assert_eq!(merged.officials[0].posts.len(), 2);
}

#[test]
fn same_as_rewrites_every_reference_and_keeps_the_alias() {
    let a = dataset(json!({"officials": [{"id": "thomas-greminger", "name": "Thomas Greminger"}]}));
    let b = dataset(json!({
        "organizations": [{"id": "gcsp", "name": "GCSP", "kind": "think-tank",
                           "chairs": [{"country": "CH", "official": "greminger", "period": {}}]}],
        "officials": [{"id": "greminger", "name": "Amb. Thomas Greminger", "nationality": "CH"}],
        "meetings": [{"id": "m", "title": "M", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"organization": "gcsp", "official": "greminger", "role": "host"}],
                      "outcomes": [{"kind": "briefed", "text": "t", "official": "greminger"}]}]}));
    let same = SameAs::new().official(official("greminger"), official("thomas-greminger"));
    let merged = Merger::new(Policy::Refuse)
        .same_as(same)
        .with(a)
        .with(b)
        .finish()
        .unwrap();
    let d = &merged.dataset;
    assert_eq!(d.officials.len(), 1);
    assert_eq!(*d.officials[0].aliases, [official("greminger")]);
    assert_eq!(
        d.officials[0].other_names[0].name.as_str(),
        "Amb. Thomas Greminger"
    );
    assert_eq!(
        d.meetings[0].participants[0].official,
        Some(official("thomas-greminger"))
    );
    assert_eq!(
        d.meetings[0].outcomes[0].official,
        Some(official("thomas-greminger"))
    );
    assert_eq!(
        d.organizations[0].chairs[0].official,
        Some(official("thomas-greminger"))
    );
    assert!(!d.validate().has_errors(), "{}", d.validate());
    // A later document that still says `greminger` is merged into the same record.
    let again = dataset(json!({"officials": [{"id": "greminger", "name": "Thomas Greminger"}]}));
    let twice = Merger::new(Policy::Refuse)
        .with(d.clone())
        .with(again)
        .finish()
        .unwrap();
    assert_eq!(twice.dataset.officials.len(), 1);
}

#[test]
fn an_alias_resolves_and_cannot_be_another_records_id() {
    let good = dataset(json!({
        "officials": [{"id": "thomas-greminger", "aliases": ["greminger"], "name": "Thomas Greminger"}],
        "meetings": [{"id": "m", "title": "M", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"state": "CH", "official": "greminger", "role": "host"}]}]}));
    assert!(good.validate().is_clean(), "{}", good.validate());
    let bad = dataset(json!({
        "officials": [{"id": "a", "name": "A"}, {"id": "b", "aliases": ["a", "b"], "name": "B"}]}));
    let report = bad.validate();
    assert_eq!(
        rules(&report),
        [
            (Rule::DuplicateId, "/officials/1/aliases/0"),
            (Rule::DuplicateId, "/officials/1/aliases/1")
        ]
    );
    assert!(
        report.violations()[0]
            .message
            .contains("the id or an alias of /officials/0"),
        "{report}"
    );
    assert!(
        report.violations()[1]
            .message
            .contains("this record's own id"),
        "{report}"
    );
}

// --- Name search ----------------------------------------------------------------------------

#[test]
fn search_finds_spellings_nobody_recorded_ranked() {
    // The 2022 report records only "Kairat Sarybai".
    let r = Registry::from_json(CICA_2022).unwrap();
    assert!(r.find_officials("Sarybay").is_empty());
    let found = r.search_officials("Sarybay");
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].record.id().as_str(), found[0].rank),
        ("kairat-sarybai", NameMatch::Transliterated)
    );
    // Geneva without its recorded other spelling.
    let mut geneva = read(GENEVA);
    for o in &mut geneva.officials {
        o.other_names = Box::default();
    }
    let r = Registry::new(geneva).unwrap();
    let best = |q: &str| {
        let found = r.search_officials(q);
        found.first().map(|f| (f.record.id().to_string(), f.rank))
    };
    assert_eq!(
        best("Sarybai"),
        Some(("kairat-sarybay".into(), NameMatch::Transliterated))
    );
    assert_eq!(
        best("Krahenbuehl"),
        Some(("pierre-krahenbuhl".into(), NameMatch::Transliterated))
    );
    assert_eq!(
        best("Hungbo"),
        Some(("gilbert-houngbo".into(), NameMatch::Transliterated))
    );
    assert_eq!(
        best("Grenminger"),
        Some(("thomas-greminger".into(), NameMatch::OneLetter))
    );
    assert_eq!(
        best("Kairat Sarybay"),
        Some(("kairat-sarybay".into(), NameMatch::Exact))
    );
    assert_eq!(
        best("kairat"),
        Some(("kairat-sarybay".into(), NameMatch::Folded))
    );
    assert_eq!(best("Zzyzx"), None);
    // Short words match only as folded prefixes; a query without words finds nothing.
    assert!(r.search_officials("").is_empty());
    assert!(r.search_officials("xq").is_empty());
    // Exact before folded before transliterated before one letter off.
    let r = crate::support::registry(json!({"officials": [
        {"id": "d", "name": "Mohamad Greminjer"}, {"id": "c", "name": "Mohammed Gremingerr"},
        {"id": "b", "name": "Mohamed Greminger"}, {"id": "a", "name": "Mohamed Greminger Jr"}]}));
    let ranks: Vec<(String, NameMatch)> = r
        .search_officials("Mohamed Greminger")
        .iter()
        .map(|f| (f.record.id().to_string(), f.rank))
        .collect();
    assert_eq!(
        ranks,
        [
            ("b".into(), NameMatch::Exact),
            ("a".into(), NameMatch::Folded),
            ("c".into(), NameMatch::Transliterated),
            ("d".into(), NameMatch::OneLetter)
        ]
    );
}

// --- The laws, on generated documents -------------------------------------------------------

/// A small generator of choices, so that a split is a function of its seed.
struct Coin(u64);

impl Coin {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// 0: the first side, 1: the second, 2: both.
    fn side(&mut self) -> u64 {
        self.next() % 3
    }
}

/// Lists a record keeps whole when it is split: holdings (their matching is the subject of
/// the refinement tests) and the lists the format requires to be exact.
const WHOLE: [&str; 5] = ["posts", "members", "chairs", "parties", "coordinators"];
/// Fields every record must have.
const REQUIRED: [&str; 8] = [
    "id",
    "name",
    "kind",
    "title",
    "status",
    "when",
    "organization",
    "parties",
];

/// Splits `data` into documents that together say exactly what it says: each record goes to
/// some of them (`ways` in all), and the records that go to several have their lists and
/// optional fields shared among those.
fn split(data: &Dataset, ways: usize, seed: u64) -> Vec<Dataset> {
    let mut coin = Coin(seed | 1);
    let doc = serde_json::to_value(data).unwrap();
    let mut outs: Vec<serde_json::Map<String, Value>> = vec![serde_json::Map::new(); ways];
    for (collection, records) in doc.as_object().unwrap() {
        let Some(records) = records.as_array() else {
            for o in &mut outs {
                o.insert(collection.clone(), records.clone());
            }
            continue;
        };
        let mut parts: Vec<Vec<Value>> = vec![Vec::new(); ways];
        for record in records {
            let holders: Vec<usize> = (0..ways).filter(|_| coin.next() % 2 == 0).collect();
            let holders = if holders.is_empty() {
                vec![(coin.next() as usize) % ways]
            } else {
                holders
            };
            let mut copies: Vec<serde_json::Map<String, Value>> =
                vec![serde_json::Map::new(); holders.len()];
            for (field, value) in record.as_object().unwrap() {
                let whole = REQUIRED.contains(&field.as_str()) || WHOLE.contains(&field.as_str());
                match value.as_array() {
                    Some(list) if !whole => {
                        let mut lists = vec![Vec::new(); holders.len()];
                        for item in list {
                            let to = (coin.next() as usize) % holders.len();
                            lists[to].push(item.clone());
                            if coin.side() == 2 {
                                let also = (coin.next() as usize) % holders.len();
                                if !lists[also].contains(item) {
                                    lists[also].push(item.clone());
                                }
                            }
                        }
                        for (copy, list) in copies.iter_mut().zip(lists) {
                            if !list.is_empty() {
                                copy.insert(field.clone(), Value::Array(list));
                            }
                        }
                    }
                    _ if whole => {
                        for copy in &mut copies {
                            copy.insert(field.clone(), value.clone());
                        }
                    }
                    _ => {
                        // An optional value: in one copy at least.
                        let keep = (coin.next() as usize) % copies.len();
                        for (i, copy) in copies.iter_mut().enumerate() {
                            if i == keep || coin.next() % 2 == 0 {
                                copy.insert(field.clone(), value.clone());
                            }
                        }
                    }
                }
            }
            for (h, copy) in holders.into_iter().zip(copies) {
                parts[h].push(Value::Object(copy));
            }
        }
        for (o, part) in outs.iter_mut().zip(parts) {
            if !part.is_empty() {
                o.insert(collection.clone(), Value::Array(part));
            }
        }
    }
    outs.into_iter()
        .map(|o| Dataset::from_json(&Value::Object(o).to_string()).unwrap())
        .collect()
}

/// A dataset as JSON with its records sorted by id and every list sorted and without
/// repeats: the merge's laws hold up to the order of records and lists.
fn normalized(data: &Dataset) -> Value {
    fn sort(v: &mut Value) {
        match v {
            Value::Array(list) => {
                list.iter_mut().for_each(sort);
                list.sort_by_key(|x| x.to_string());
                list.dedup();
            }
            Value::Object(map) => map.values_mut().for_each(sort),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(data).unwrap();
    sort(&mut v);
    v
}

fn merged(docs: Vec<Dataset>) -> Dataset {
    let mut m = Merger::new(Policy::Refuse);
    for d in docs {
        m.add(d);
    }
    m.finish().unwrap().dataset
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn merging_a_document_with_itself_gives_it_back(seed in any::<u64>(), size in 0usize..80) {
        let data = generate(&SynthConfig::new(size, seed));
        let twice = merge(data.clone(), data.clone(), Policy::Refuse).unwrap();
        prop_assert!(twice.conflicts.is_empty());
        prop_assert_eq!(&twice.dataset, &data);
    }

    #[test]
    fn the_parts_of_a_document_merge_back_into_it_in_any_order(
        seed in any::<u64>(), size in 0usize..80, cut in any::<u64>(),
    ) {
        let data = generate(&SynthConfig::new(size, seed));
        let want = normalized(&data);
        let [a, b, c]: [Dataset; 3] = split(&data, 3, cut).try_into().unwrap();
        // Commutative.
        let ab = merged(vec![a.clone(), b.clone()]);
        let ba = merged(vec![b.clone(), a.clone()]);
        prop_assert_eq!(normalized(&ab), normalized(&ba));
        // Associative, and nothing lost or invented: every order gives the document back.
        let left = merged(vec![ab, c.clone()]);
        let right = merged(vec![a.clone(), merged(vec![b.clone(), c.clone()])]);
        prop_assert_eq!(&normalized(&left), &want);
        prop_assert_eq!(&normalized(&right), &want);
        prop_assert_eq!(&normalized(&merged(vec![c, b, a])), &want);
    }

    #[test]
    fn vaguer_holdings_are_refined_and_no_fact_is_lost(seed in any::<u64>(), size in 0usize..80, cut in any::<u64>()) {
        let data = generate(&SynthConfig::new(size, seed));
        let vague = vaguer(&data, cut);
        for docs in [vec![data.clone(), vague.clone()], vec![vague.clone(), data.clone()]] {
            let out = merged(docs);
            // Every fact of the precise document is there as it said it.
            let have = serde_json::to_value(&out).unwrap();
            for (collection, records) in serde_json::to_value(&data).unwrap().as_object().unwrap() {
                let Some(records) = records.as_array() else { continue };
                for record in records {
                    let id = &record["id"];
                    let found = have[collection].as_array().unwrap().iter().find(|r| &r["id"] == id).unwrap();
                    for (field, value) in record.as_object().unwrap() {
                        match value.as_array() {
                            Some(list) => for item in list {
                                prop_assert!(found[field].as_array().unwrap().contains(item), "{collection} {id} {field} lost {item}");
                            },
                            None => prop_assert_eq!(&found[field], value),
                        }
                    }
                }
            }
            // Every vaguer holding is said more precisely by one of the merged ones.
            for (o, v) in out.officials.iter().zip(&vague.officials) {
                for p in &v.posts {
                    prop_assert!(o.posts.iter().any(|q| q.organization == p.organization && q.role == p.role
                        && refines(&q.period, &p.period)), "{} {:?}", o.id, p);
                }
            }
        }
    }
}

/// The days a bound may fall on, as the test's own oracle reads it: unknown and open are
/// every day (open is refined by any date, as the merge documents).
fn days(b: multilateral::Bound) -> (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) {
    (b.first_day(), b.last_day())
}

/// Whether `precise` says what `vague` says: each end's days lie within the vague end's.
fn refines(precise: &multilateral::Period, vague: &multilateral::Period) -> bool {
    let within = |p: multilateral::Bound, v: multilateral::Bound| {
        if v.is_unknown() || v.is_open() {
            return true;
        }
        let ((p0, p1), (v0, v1)) = (days(p), days(v));
        v0.is_none_or(|v0| p0.is_some_and(|p0| p0 >= v0))
            && v1.is_none_or(|v1| p1.is_some_and(|p1| p1 <= v1))
    };
    within(precise.start(), vague.start()) && within(precise.end(), vague.end())
}

/// The same document with the posts' periods said less precisely: an end dropped to
/// unknown or open, a day to its year.
fn vaguer(data: &Dataset, seed: u64) -> Dataset {
    use multilateral::{Bound, Period};
    let mut coin = Coin(seed | 1);
    let mut out = data.clone();
    for o in &mut out.officials {
        for p in &mut o.posts {
            let blur = |b: Bound, coin: &mut Coin, end: bool| match coin.next() % 4 {
                0 => Bound::Unknown,
                1 if end && b.is_dated() => Bound::Open,
                2 => match b.date() {
                    Some(d) if d.month().is_some() => {
                        Bound::Date(multilateral::PartialDate::from_year(d.year()).unwrap())
                    }
                    _ => b,
                },
                _ => b,
            };
            let (s, e) = (
                blur(p.period.start(), &mut coin, false),
                blur(p.period.end(), &mut coin, true),
            );
            if let Ok(period) = Period::bounded(s, e) {
                p.period = period;
            }
        }
    }
    out
}

#[test]
fn a_vaguer_copy_of_geneva_merges_back_into_geneva() {
    let geneva = read(GENEVA);
    let merged = merge(geneva.clone(), vaguer(&geneva, 7), Policy::Refuse).unwrap();
    assert_eq!(normalized(&merged.dataset), normalized(&geneva));
}
