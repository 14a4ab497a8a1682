//! Round trips and the synthetic generator.
//!
//! Run with `cargo test -p multilateral-testkit --test synth`. The million-meeting check is
//! ignored by default; see [`large_preset_validates`].

use std::collections::{BTreeMap, BTreeSet};

use multilateral::{
    Dataset, MeetingKind, MeetingStatus, MembershipStatus, MouStatus, OrganizationKind,
    OutcomeKind, ParticipantRole, PostRole, RelationKind,
};
use multilateral_testkit::synth::{SynthConfig, generate};
use proptest::prelude::*;
use serde_json::Value;

/// The report's violations counted by code, for short failure messages.
fn summary(data: &Dataset) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for v in data.validate().violations() {
        *counts.entry(v.code()).or_insert(0) += 1;
    }
    counts
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn generated_data_is_clean_round_trips_and_is_deterministic(
        meetings in 0usize..400,
        seed in any::<u64>(),
    ) {
        let config = SynthConfig::new(meetings, seed);
        let data = generate(&config);
        prop_assert_eq!(data.meetings.len(), meetings);
        prop_assert!(data.organizations.len() >= 12);

        let report = data.validate();
        prop_assert!(!report.has_errors(), "{}", report);
        prop_assert!(report.is_clean(), "{}", report);

        let json = data.to_json_pretty();
        let back = Dataset::from_json(&json);
        prop_assert!(back.as_ref().is_ok_and(|b| *b == data), "round trip: {:?}", back.err());

        prop_assert!(generate(&config) == data, "two generations differ");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any calendar (clamped to 1800..=9000 and 1..=500 years) gives clean data.
    #[test]
    fn any_calendar_gives_clean_data(
        meetings in 0usize..300,
        seed in any::<u64>(),
        first_year in any::<u16>(),
        years in any::<u16>(),
    ) {
        let mut config = SynthConfig::new(meetings, seed);
        config.first_year = first_year;
        config.years = years;
        let data = generate(&config);
        prop_assert_eq!(data.meetings.len(), meetings);
        prop_assert!(summary(&data).is_empty(), "{:?}", summary(&data));
    }
}

/// Several seeds at a few thousand meetings, and sizes around the thresholds where hubs are
/// added, validate clean.
#[test]
fn a_few_thousand_meetings_validate_clean() {
    for (meetings, seed) in [(1_999, 4), (2_000, 5), (3_333, 6), (6_000, 7)] {
        let data = generate(&SynthConfig::new(meetings, seed));
        assert_eq!(data.meetings.len(), meetings);
        assert!(
            summary(&data).is_empty(),
            "{meetings}/{seed}: {:?}",
            summary(&data)
        );
    }
}

/// The presets and the defaults are as documented.
#[test]
fn presets() {
    let expect = |c: SynthConfig, meetings| {
        assert_eq!(
            (c.meetings, c.seed, c.first_year, c.years),
            (meetings, 1, 2000, 25)
        );
    };
    expect(SynthConfig::small(), 1_000);
    expect(SynthConfig::medium(), 100_000);
    expect(SynthConfig::large(), 1_000_000);
    expect(SynthConfig::default(), 1_000);
    let c = SynthConfig::new(7, 99);
    assert_eq!(
        (c.meetings, c.seed, c.first_year, c.years),
        (7, 99, 2000, 25)
    );
    let data = generate(&SynthConfig::small());
    assert_eq!(data.meetings.len(), 1_000);
    assert!(summary(&data).is_empty(), "{:?}", summary(&data));
    let back = Dataset::from_json(&data.to_json_pretty()).expect("the JSON reads back");
    assert!(back == data, "the JSON round trip changed the data");
}

/// Meetings come in order of date; their ids end with a number given once each; sessions
/// and summits are numbered in order of date, each hub's from 1.
#[test]
fn meetings_are_in_order_and_numbered() {
    let data = generate(&SynthConfig::new(3_000, 12));
    // A start written coarser ("2019-05") contains the day: of two meetings in order, the
    // first may begin no later than the second may.
    let starts: Vec<_> = data
        .meetings
        .iter()
        .filter_map(|m| m.when.start().date())
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0].earliest() <= w[1].latest()),
        "not in order of date"
    );
    let numbers: BTreeSet<usize> = data
        .meetings
        .iter()
        .map(|m| {
            let tail = m.id.as_str().rsplit('-').next().expect("an id has a tail");
            tail.parse().expect("meeting ids end with a number")
        })
        .collect();
    assert_eq!(numbers, (0..data.meetings.len()).collect());
    // "12th Session of the …", "3rd CDCE Summit": by series, the numbers in order of date.
    let mut series: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for m in &data.meetings {
        let title = m.title.as_str();
        let Some((ordinal, rest)) = title.split_once(' ') else {
            continue;
        };
        let digits = ordinal.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let Ok(n) = digits.parse::<usize>() else {
            continue;
        };
        if digits.len() + 2 == ordinal.len()
            && (rest.starts_with("Session of the ") || rest.ends_with(" Summit"))
        {
            series.entry(rest.to_owned()).or_default().push(n);
        }
    }
    assert!(series.len() >= 4, "{series:?}");
    for (name, numbers) in series {
        let expected: Vec<usize> = (1..=numbers.len()).collect();
        assert_eq!(numbers, expected, "{name}");
    }
}

/// Names with accents have other spellings without them, and no id carries a letter that
/// is not ASCII.
#[test]
fn spellings_without_accents() {
    let data = generate(&SynthConfig::new(2_000, 3));
    let unaccented = data
        .officials
        .iter()
        .filter(|o| !o.name.as_str().is_ascii())
        .flat_map(|o| o.other_names.iter().map(move |n| (o, n)))
        .filter(|(_, n)| n.lang.is_none() && n.name.as_str().is_ascii())
        .count();
    assert!(unaccented > 10, "{unaccented} spellings without accents");
    assert!(data.officials.iter().any(|o| {
        o.name.as_str().contains("Krähenbühl")
            && o.other_names
                .iter()
                .any(|n| n.name.as_str().ends_with(" Krahenbuhl"))
    }));
    let ids = data
        .officials
        .iter()
        .map(|o| o.id.as_str())
        .chain(data.organizations.iter().map(|o| o.id.as_str()))
        .chain(data.meetings.iter().map(|m| m.id.as_str()))
        .chain(data.mous.iter().map(|m| m.id.as_str()))
        .chain(data.dimensions.iter().map(|d| d.id.as_str()));
    for id in ids {
        assert!(
            id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "{id}"
        );
    }
}

/// All the values an enum's JSON Schema allows (`enum` or `oneOf` of `const`s).
fn variants<T: schemars::JsonSchema>() -> BTreeSet<String> {
    fn collect(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("const", Value::String(s)) => {
                            out.insert(s.clone());
                        }
                        ("enum", Value::Array(items)) => {
                            out.extend(items.iter().filter_map(|i| i.as_str().map(str::to_owned)));
                        }
                        _ => collect(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| collect(i, out)),
            _ => {}
        }
    }
    let schema = schemars::schema_for!(T);
    let mut out = BTreeSet::new();
    collect(schema.as_value(), &mut out);
    out
}

/// The strings found at a path of the document (`*` steps into every array item).
fn values_at(doc: &Value, path: &[&str]) -> BTreeSet<String> {
    let mut current = vec![doc];
    for step in path {
        current = current
            .into_iter()
            .flat_map(|v| match (*step, v) {
                ("*", Value::Array(items)) => items.iter().collect::<Vec<_>>(),
                (key, Value::Object(map)) => map.get(key).into_iter().collect(),
                _ => Vec::new(),
            })
            .collect();
    }
    current
        .into_iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// Every property path the document schema defines, with `*` for array items
/// (`meetings.*.participants.*.official`), following `$ref`s and the branches of
/// `anyOf`/`oneOf`/`allOf`.
fn schema_paths(schema: &Value) -> BTreeSet<String> {
    fn walk(node: &Value, root: &Value, prefix: &str, depth: usize, out: &mut BTreeSet<String>) {
        if depth > 12 {
            return;
        }
        let Value::Object(map) = node else { return };
        if let Some(Value::String(r)) = map.get("$ref") {
            if let Some(target) = r.strip_prefix('#').and_then(|p| root.pointer(p)) {
                walk(target, root, prefix, depth + 1, out);
            }
        }
        for key in ["anyOf", "oneOf", "allOf"] {
            if let Some(Value::Array(branches)) = map.get(key) {
                for b in branches {
                    walk(b, root, prefix, depth + 1, out);
                }
            }
        }
        if let Some(items) = map.get("items") {
            walk(items, root, &format!("{prefix}*."), depth + 1, out);
        }
        if let Some(Value::Object(props)) = map.get("properties") {
            for (name, sub) in props {
                let path = format!("{prefix}{name}");
                out.insert(path.clone());
                walk(sub, root, &format!("{path}."), depth + 1, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(schema, schema, "", 0, &mut out);
    out
}

/// Every property path a document uses, in the same form.
fn document_paths(doc: &Value) -> BTreeSet<String> {
    fn walk(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    let path = format!("{prefix}{k}");
                    out.insert(path.clone());
                    walk(v, &format!("{path}."), out);
                }
            }
            Value::Array(items) => {
                for i in items {
                    walk(i, &format!("{prefix}*."), out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(doc, "", &mut out);
    out
}

/// A few thousand meetings use every value of every enum and every field of every record,
/// so that round trips exercise them all. The expected values come from the JSON Schema, so
/// a new variant or field that the generator does not produce fails here.
#[test]
fn a_medium_dataset_uses_every_variant_and_field() {
    uses_every_variant_and_field(&generate(&SynthConfig::new(5_000, 1)));
}

/// The same from a few thousand meetings on, whatever the seed.
#[test]
fn a_few_thousand_meetings_use_every_variant_and_field() {
    for seed in [2, 3, 0xDEAD_BEEF] {
        uses_every_variant_and_field(&generate(&SynthConfig::new(3_000, seed)));
    }
}

/// Checks that a dataset uses every value of every enum and every field of every record,
/// dates of every precision, and validates clean.
fn uses_every_variant_and_field(data: &Dataset) {
    let doc = serde_json::to_value(data).expect("a dataset serializes");
    let checks: Vec<(&str, BTreeSet<String>, &[&str])> = vec![
        (
            "MeetingKind",
            variants::<MeetingKind>(),
            &["meetings", "*", "kind"],
        ),
        (
            "MeetingStatus",
            variants::<MeetingStatus>(),
            &["meetings", "*", "status"],
        ),
        (
            "OutcomeKind",
            variants::<OutcomeKind>(),
            &["meetings", "*", "outcomes", "*", "kind"],
        ),
        (
            "ParticipantRole",
            variants::<ParticipantRole>(),
            &["meetings", "*", "participants", "*", "role"],
        ),
        (
            "RelationKind",
            variants::<RelationKind>(),
            &["meetings", "*", "relations", "*", "kind"],
        ),
        (
            "DecisionMethod",
            variants::<multilateral::DecisionMethod>(),
            &["meetings", "*", "outcomes", "*", "method"],
        ),
        (
            "OrganizationKind",
            variants::<OrganizationKind>(),
            &["organizations", "*", "kind"],
        ),
        (
            "MembershipStatus",
            variants::<MembershipStatus>(),
            &["organizations", "*", "members", "*", "status"],
        ),
        (
            "MouStatus",
            variants::<MouStatus>(),
            &["mous", "*", "status"],
        ),
        (
            "PostRole",
            variants::<PostRole>(),
            &["officials", "*", "posts", "*", "role"],
        ),
        (
            "Recurrence",
            variants::<multilateral::Recurrence>(),
            &["meetings", "*", "recurrence"],
        ),
        (
            "CoordinatorRole",
            variants::<multilateral::CoordinatorRole>(),
            &["dimensions", "*", "coordinators", "*", "role"],
        ),
    ];
    for (name, all, path) in checks {
        assert!(all.len() >= 2, "{name}: no variants found in its schema");
        let used = values_at(&doc, path);
        let missing: Vec<_> = all.difference(&used).collect();
        assert!(
            missing.is_empty(),
            "{name}: the generator never uses {missing:?}"
        );
    }

    let schema = schemars::schema_for!(Dataset);
    let defined = schema_paths(schema.as_value());
    assert!(
        defined.contains("meetings.*.participants.*.official"),
        "{defined:?}"
    );
    let used = document_paths(&doc);
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "fields the generator never fills: {unused:?}"
    );

    // Every precision of dates, and periods with an unknown start or no end.
    let dates: BTreeSet<usize> = values_at(&doc, &["meetings", "*", "when", "start"])
        .iter()
        .map(String::len)
        .collect();
    assert_eq!(dates, BTreeSet::from([4, 7, 10]));
    assert!(
        data.meetings
            .iter()
            .any(|m| m.when == multilateral::Period::unknown())
    );
    assert!(
        data.officials
            .iter()
            .flat_map(|o| &o.posts)
            .any(|p| p.period.start().is_unknown() && p.period.end().is_dated())
    );
    assert!(summary(data).is_empty(), "{:?}", summary(data));
}

/// The shape the benchmarks rely on: proportions, hubs that meet often, a long tail.
#[test]
fn proportions_follow_the_number_of_meetings() {
    let data = generate(&SynthConfig::new(4_000, 9));
    let orgs = data.organizations.len();
    assert!((200..=260).contains(&orgs), "{orgs} organizations");
    assert!(
        (90..=110).contains(&data.mous.len()),
        "{} MoUs",
        data.mous.len()
    );
    let per_org = data.officials.len() as f64 / orgs as f64;
    assert!(
        (2.0..=5.0).contains(&per_org),
        "{per_org} officials per organization"
    );

    // Counterparts: a few organizations in many meetings, most in few.
    let mut meetings_of: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &data.meetings {
        for org in m.organizations() {
            *meetings_of.entry(org.as_str()).or_default() += 1;
        }
    }
    let mut counts: Vec<usize> = meetings_of.values().copied().collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let top = counts.first().copied().unwrap_or(0);
    let median = counts.get(counts.len() / 2).copied().unwrap_or(0);
    assert!(top > 20 * median.max(1), "top {top}, median {median}");
}

/// A golden fingerprint: the same configuration gives the same bytes on every machine. If
/// the generator (or the JSON form) changes on purpose, update the constant.
#[test]
fn output_is_fixed_by_the_configuration() {
    let json = generate(&SynthConfig::new(60, 2024)).to_json_pretty();
    // FNV-1a, 64 bits.
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    eprintln!("fingerprint {hash:#018x}, {} bytes", json.len());
    assert_eq!(
        hash, 0x7795_0acf_ccf7_e904,
        "the generator's output changed; update the fingerprint if intended"
    );
}

/// Generates, validates and round-trips a preset, printing its size (its time is the
/// benchmarks', which print how long generating takes).
fn check_preset(config: &SynthConfig) {
    let data = generate(config);
    let report = data.validate();
    let json = data.to_json_pretty();
    let back = Dataset::from_json(&json).expect("the generated JSON reads back");
    eprintln!(
        "{} meetings: {} organizations, {} officials, {} dimensions, {} MoUs, {} meetings, \
         {} records, {} JSON bytes",
        config.meetings,
        data.organizations.len(),
        data.officials.len(),
        data.dimensions.len(),
        data.mous.len(),
        data.meetings.len(),
        data.len(),
        json.len()
    );
    assert_eq!(data.meetings.len(), config.meetings);
    assert!(!report.has_errors(), "{:?}", summary(&data));
    assert!(report.is_clean(), "{:?}", summary(&data));
    assert!(back == data, "the JSON round trip changed the data");
}

/// The million-meeting preset, with no errors (nor warnings). Slow in a debug build; run:
///
/// ```sh
/// cargo test --release -p multilateral-testkit --test synth large_preset_validates -- --ignored --nocapture
/// ```
#[test]
#[ignore = "generates a million meetings; run in release mode"]
fn large_preset_validates() {
    check_preset(&SynthConfig::large());
}

/// The three presets with their sizes and timings (the figures for BENCHMARKS.md); run:
///
/// ```sh
/// cargo test --release -p multilateral-testkit --test synth preset_sizes -- --ignored --nocapture
/// ```
#[test]
#[ignore = "prints figures; run in release mode"]
fn preset_sizes() {
    for config in [
        SynthConfig::small(),
        SynthConfig::medium(),
        SynthConfig::large(),
    ] {
        check_preset(&config);
    }
}
