//! Documents broken on purpose, fed through the whole path (read → validate → registry →
//! queries, `multilateral_testkit::check`, the checker the fuzz targets run): nothing
//! panics, every query agrees with a scan of the records, and every refusal names the
//! place that was broken with the right rule.
//!
//! Each property starts from a clean document (the Geneva fixture, or the document with every
//! field) and breaks it in one way at a random place: a field dropped, a value of the wrong
//! type, a reference to nothing, a period or a pair of dates reversed, a record duplicated,
//! bytes flipped. A last property feeds documents of arbitrary shape.

use std::collections::BTreeSet;

use multilateral::{Dataset, ParseErrorKind, Period, Registry, Rule};
use multilateral_testkit::check::{Outcome, check_bytes, check_text};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

use crate::support::GENEVA;

const ALL_FIELDS: &str = include_str!("../../data/valid/all-fields.json");

fn bases() -> [Value; 2] {
    [
        serde_json::from_str(GENEVA).unwrap(),
        serde_json::from_str(ALL_FIELDS).unwrap(),
    ]
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Every JSON pointer in `value`, the root excluded, in document order.
fn pointers(value: &Value) -> Vec<String> {
    fn walk(value: &Value, at: &str, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let p = format!("{at}/{k}");
                    out.push(p.clone());
                    walk(v, &p, out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    let p = format!("{at}/{i}");
                    out.push(p.clone());
                    walk(v, &p, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}

/// The pointer with array indices replaced by `*`: `/meetings/*/participants/*/role`.
fn shape(pointer: &str) -> String {
    pointer
        .split('/')
        .map(|s| {
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                "*"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

fn parent(pointer: &str) -> &str {
    pointer.rsplit_once('/').map_or("", |(p, _)| p)
}

/// Fields that must be present, by the shape of their pointer.
const REQUIRED: &[&str] = &[
    "/schema_version",
    "/organizations/*/id",
    "/organizations/*/name",
    "/organizations/*/kind",
    "/organizations/*/headquarters/country",
    "/organizations/*/members/*/status",
    "/organizations/*/chairs/*/country",
    "/organizations/*/other_names/*/name",
    "/organizations/*/identifiers/*/scheme",
    "/organizations/*/identifiers/*/value",
    "/officials/*/id",
    "/officials/*/name",
    "/officials/*/other_names/*/name",
    "/officials/*/identifiers/*/scheme",
    "/officials/*/identifiers/*/value",
    "/officials/*/posts/*/organization",
    "/officials/*/posts/*/role",
    "/dimensions/*/id",
    "/dimensions/*/organization",
    "/dimensions/*/name",
    "/dimensions/*/coordinators/*/country",
    "/dimensions/*/coordinators/*/role",
    "/mous/*/id",
    "/mous/*/title",
    "/mous/*/parties",
    "/mous/*/status",
    "/meetings/*/id",
    "/meetings/*/title",
    "/meetings/*/kind",
    "/meetings/*/status",
    "/meetings/*/when",
    "/meetings/*/participants/*/role",
    "/meetings/*/relations/*/kind",
    "/meetings/*/relations/*/meeting",
    "/meetings/*/outcomes/*/kind",
    "/meetings/*/outcomes/*/text",
];

/// The party of a participant or member: one of the two must be there.
const PARTY: &[&str] = &[
    "/organizations/*/members/*/organization",
    "/organizations/*/members/*/state",
    "/meetings/*/participants/*/organization",
    "/meetings/*/participants/*/state",
];

/// Fields that hold an id of another record, with the kind of record named in the message.
const REFERENCES: &[(&str, &str)] = &[
    ("/organizations/*/parent", "organization"),
    ("/organizations/*/members/*/organization", "organization"),
    ("/officials/*/posts/*/organization", "organization"),
    ("/dimensions/*/organization", "organization"),
    ("/dimensions/*/parent", "dimension"),
    ("/mous/*/parties/*", "organization"),
    ("/mous/*/signatories/*", "official"),
    ("/mous/*/signed_at", "meeting"),
    ("/mous/*/dimensions/*", "dimension"),
    ("/meetings/*/participants/*/organization", "organization"),
    ("/meetings/*/participants/*/official", "official"),
    ("/meetings/*/relations/*/meeting", "meeting"),
    ("/meetings/*/dimensions/*", "dimension"),
    ("/meetings/*/mous/*", "MoU"),
    ("/meetings/*/outcomes/*/mou", "MoU"),
];

/// Every place in `doc` that holds the id of another record, with the kind of record named.
fn reference_sites(doc: &Value) -> Vec<(String, &'static str)> {
    pointers(doc)
        .into_iter()
        .filter_map(|p| {
            let s = shape(&p);
            REFERENCES
                .iter()
                .find(|(r, _)| *r == s)
                .map(|&(_, what)| (p, what))
        })
        .filter(|(p, _)| doc.pointer(p).is_some_and(Value::is_string))
        .collect()
}

fn remove(doc: &mut Value, pointer: &str) -> Option<Value> {
    let (at, key) = pointer.rsplit_once('/')?;
    match doc.pointer_mut(at)? {
        Value::Object(map) => map.remove(key),
        Value::Array(items) => {
            let i: usize = key.parse().ok()?;
            (i < items.len()).then(|| items.remove(i))
        }
        _ => None,
    }
}

/// A value of another JSON type than `v`.
fn other_type(v: &Value, pick: usize) -> Value {
    let candidates = [
        Value::Null,
        json!(true),
        json!(0),
        json!(-1.5),
        json!("x y"),
        json!([]),
        json!({}),
        json!([1]),
        json!({"unknown": 1}),
    ];
    let kind = |x: &Value| std::mem::discriminant(x);
    let others: Vec<&Value> = candidates.iter().filter(|c| kind(c) != kind(v)).collect();
    others[pick % others.len()].clone()
}

/// Whether `site` is a side of limits (`not_before`, `not_after`) whose other side is absent
/// or null: with `site` null too, the limits give neither side.
fn is_last_limit(doc: &Value, site: &str) -> bool {
    let Some((_, key)) = site.rsplit_once('/') else {
        return false;
    };
    let other = match key {
        "not_before" => "not_after",
        "not_after" => "not_before",
        _ => return false,
    };
    doc.pointer(parent(site))
        .and_then(Value::as_object)
        .is_some_and(|o| o.get(other).is_none_or(Value::is_null))
}

proptest! {
    #![proptest_config(config())]

    /// A required field dropped is refused at its record, naming the field; an optional one
    /// dropped reads.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn dropped_fields(base in 0usize..2, at in any::<Index>()) {
        let mut doc = bases()[base].clone();
        let fields: Vec<String> = pointers(&doc)
            .into_iter()
            .filter(|p| doc.pointer(parent(p)).is_some_and(Value::is_object))
            .collect();
        let site = at.get(&fields).clone();
        let key = site.rsplit_once('/').unwrap().1.to_owned();
        remove(&mut doc, &site).unwrap();
        let shape = shape(&site);
        let read = Dataset::from_json(&doc.to_string());
        let unreadable = read.is_err();
        if REQUIRED.contains(&shape.as_str()) {
            let e = read.expect_err("a required field was dropped");
            prop_assert_eq!(e.kind(), ParseErrorKind::Data);
            prop_assert_eq!(e.path(), parent(&site), "{}", e);
            prop_assert_eq!(e.message(), format!("missing field `{key}`"));
        } else if PARTY.contains(&shape.as_str()) {
            let e = read.expect_err("a party was dropped");
            prop_assert_eq!(e.path(), parent(&site), "{}", e);
            prop_assert_eq!(e.message(), "missing field `organization` or `state`");
        } else if (key == "not_before" || key == "not_after")
            && doc.pointer(parent(&site)).and_then(Value::as_object).is_some_and(|o| o.is_empty())
        {
            // Limits need one of their two sides: the last one dropped leaves `{}`.
            let e = read.expect_err("limits with neither side");
            prop_assert_eq!(e.path(), parent(&site), "{}", e);
            prop_assert!(e.message().contains("give not_before, not_after or both"), "{}", e);
        } else {
            prop_assert!(read.is_ok(), "dropping optional {} fails: {}", site, read.unwrap_err());
        }
        let reached = check_text(&doc.to_string());
        prop_assert_eq!(reached == Outcome::Unreadable, unreadable);
    }

    /// A value replaced by one of another type is refused exactly there, or reads when the
    /// field accepts it (null for an optional field, `{}` for a period, …).
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn swapped_types(base in 0usize..2, at in any::<Index>(), pick in any::<usize>()) {
        let mut doc = bases()[base].clone();
        let sites = pointers(&doc);
        let site = at.get(&sites).clone();
        let replacement = other_type(doc.pointer(&site).unwrap(), pick);
        *doc.pointer_mut(&site).unwrap() = replacement.clone();
        let text = doc.to_string();
        match Dataset::from_json(&text) {
            Err(e) if replacement.is_null() && PARTY.contains(&shape(&site).as_str()) => {
                // The party left out: the participant or member says it has none.
                prop_assert_eq!(e.path(), parent(&site));
                prop_assert_eq!(e.message(), "missing field `organization` or `state`");
            }
            Err(e) if replacement.is_null() && is_last_limit(&doc, &site) => {
                // A null side of limits is an absent one: the last side left out leaves
                // limits with neither, refused at the limits (as `dropped_fields` finds).
                prop_assert_eq!(e.path(), parent(&site), "{}", e);
                prop_assert!(e.message().contains("give not_before, not_after or both"), "{}", e);
            }
            Err(e) => {
                // A wrong type is a data error, an enum value's too (it was the syntax error
                // "expected value" until each enum was read from a string: see
                // reading::a_wrong_type_for_an_enum_value_is_a_data_error).
                prop_assert_eq!(e.kind(), ParseErrorKind::Data, "{}", e);
                prop_assert!(
                    e.path() == site || e.path().starts_with(&format!("{site}/")),
                    "{} replaced by {} is reported at {}: {}", site, replacement, e.path(), e
                );
            }
            Ok(data) => {
                // Accepted: the field admits that value, and the written document says the
                // same again.
                let again = Dataset::from_json(&data.to_json_pretty()).unwrap();
                prop_assert_eq!(again, data);
            }
        }
        check_text(&text);
    }

    /// References broken at several places at once: each is reported, at its path, with the
    /// kind of record it should name, and nothing else is called dangling.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn broken_references(base in 0usize..2, picks in prop::collection::vec(any::<Index>(), 1..5)) {
        let mut doc = bases()[base].clone();
        let sites = reference_sites(&doc);
        let chosen: BTreeSet<&(String, &str)> = picks.iter().map(|i| i.get(&sites)).collect();
        for (n, (site, _)) in chosen.iter().enumerate() {
            *doc.pointer_mut(site).unwrap() = json!(format!("no-such-record-{n}"));
        }
        let data = Dataset::from_json(&doc.to_string()).unwrap();
        let report = data.validate();
        let dangling: Vec<(&str, &str)> = report
            .of_rule(Rule::DanglingReference)
            .map(|v| (v.path.as_str(), v.message.as_str()))
            .collect();
        let expected: Vec<(String, String)> = chosen
            .iter()
            .enumerate()
            .map(|(n, (site, what))| (site.clone(), format!("no {what} has id `no-such-record-{n}`")))
            .collect();
        let mut got: Vec<(String, String)> =
            dangling.iter().map(|&(p, m)| (p.to_owned(), m.to_owned())).collect();
        got.sort();
        let mut expected = expected;
        expected.sort();
        prop_assert_eq!(got, expected);
        prop_assert!(Registry::new(data).is_err());
        prop_assert_eq!(check_text(&doc.to_string()), Outcome::Invalid);
    }

    /// A reference to a record of another kind is as dangling as one to nothing: each kind of
    /// record has its own ids.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn references_to_the_wrong_kind(base in 0usize..2, at in any::<Index>(), target in any::<Index>()) {
        let mut doc = bases()[base].clone();
        let sites = reference_sites(&doc);
        let (site, what) = at.get(&sites).clone();
        let collection = match what {
            "organization" => "meetings",
            "official" => "organizations",
            "meeting" => "officials",
            "dimension" => "organizations",
            _ => "organizations",
        };
        let ids: Vec<String> = doc[collection]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .filter(|id| {
                // Skip ids that happen to be used by both kinds.
                let own = match what {
                    "organization" => "organizations",
                    "official" => "officials",
                    "meeting" => "meetings",
                    "dimension" => "dimensions",
                    _ => "mous",
                };
                !doc[own].as_array().unwrap().iter().any(|r| r["id"] == json!(id))
            })
            .collect();
        prop_assume!(!ids.is_empty());
        let id = target.get(&ids).clone();
        *doc.pointer_mut(&site).unwrap() = json!(id);
        let report = Dataset::from_json(&doc.to_string()).unwrap().validate();
        let dangling: Vec<_> = report.of_rule(Rule::DanglingReference).collect();
        prop_assert_eq!(dangling.len(), 1, "{}", report);
        prop_assert_eq!(&dangling[0].path, &site);
        prop_assert_eq!(&dangling[0].message, &format!("no {what} has id `{id}`"));
    }

    /// A period whose ends are swapped is refused at the period when the swap puts the start
    /// certainly after the end, and reads otherwise.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn reversed_periods(base in 0usize..2, at in any::<Index>()) {
        let mut doc = bases()[base].clone();
        let periods: Vec<String> = pointers(&doc)
            .into_iter()
            .filter(|p| {
                doc.pointer(p)
                    .and_then(Value::as_object)
                    .is_some_and(|o| o.contains_key("start") && o.contains_key("end"))
            })
            .collect();
        let site = at.get(&periods).clone();
        let period = doc.pointer_mut(&site).unwrap();
        let (start, end) = (period["start"].clone(), period["end"].clone());
        period["start"] = end.clone();
        period["end"] = start.clone();
        let bound = |v: &Value| serde_json::from_value::<multilateral::Bound>(v.clone()).unwrap();
        let swapped = Period::bounded(bound(&end), bound(&start));
        let read = Dataset::from_json(&doc.to_string());
        match swapped {
            Ok(_) => prop_assert!(read.is_ok(), "{} swapped should read", site),
            Err(_) => {
                let e = read.expect_err("a reversed period was read");
                prop_assert_eq!(e.kind(), ParseErrorKind::Data);
                prop_assert_eq!(e.path(), site.as_str());
                prop_assert_eq!(
                    e.message(),
                    format!("period starts ({}) after it ends ({})", end.as_str().unwrap(), start.as_str().unwrap())
                );
            }
        }
    }

    /// Dates across fields put in the wrong order: the rule for that pair fires at the later
    /// field.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn reversed_record_dates(base in 0usize..2, at in any::<Index>(), which in 0usize..4, year in 1900u16..2100) {
        let mut doc = bases()[base].clone();
        let (collection, early, late, rule) = [
            ("organizations", "founded", "dissolved", Rule::OrganizationDatesReversed),
            ("mous", "signed", "expires", Rule::MouDatesReversed),
            ("mous", "signed", "effective", Rule::MouDatesReversed),
            ("mous", "effective", "expires", Rule::MouDatesReversed),
        ][which];
        let records = doc[collection].as_array_mut().unwrap();
        let i = at.index(records.len());
        let record = records[i].as_object_mut().unwrap();
        record.insert(early.into(), json!(format!("{year}-06")));
        record.insert(late.into(), json!(format!("{}", year - 1)));
        if collection == "mous" {
            // Only a signed MoU has dates; the other date stays out of the way.
            record.insert("status".into(), json!("signed"));
            for other in ["signed", "effective", "expires"] {
                if other != early && other != late {
                    record.remove(other);
                }
            }
            record.remove("signed_at");
        }
        let report = Dataset::from_json(&doc.to_string()).unwrap().validate();
        let found: Vec<_> = report.of_rule(rule).collect();
        prop_assert_eq!(found.len(), 1, "{}", report);
        prop_assert_eq!(&found[0].path, &format!("/{collection}/{i}/{late}"));
        let id = doc[collection][i]["id"].as_str().unwrap().to_owned();
        let message = if collection == "mous" {
            format!("`{id}` has {late} {} before {early} {year}-06", year - 1)
        } else {
            format!("`{id}` is dissolved ({}) before it was founded ({year}-06)", year - 1)
        };
        prop_assert_eq!(&found[0].message, &message);
    }

    /// A record copied to the end of its list is a duplicate id at the copy.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn duplicated_records(base in 0usize..2, which in 0usize..5, at in any::<Index>()) {
        let mut doc = bases()[base].clone();
        let (collection, what) = [
            ("organizations", "organization"),
            ("officials", "official"),
            ("dimensions", "dimension"),
            ("mous", "MoU"),
            ("meetings", "meeting"),
        ][which];
        let records = doc[collection].as_array_mut().unwrap();
        prop_assume!(!records.is_empty());
        let i = at.index(records.len());
        let copy = records[i].clone();
        records.push(copy);
        let n = records.len() - 1;
        let id = doc[collection][i]["id"].as_str().unwrap().to_owned();
        let data = Dataset::from_json(&doc.to_string()).unwrap();
        let report = data.validate();
        let dup: Vec<_> = report.of_rule(Rule::DuplicateId).collect();
        prop_assert_eq!(dup.len(), 1, "{}", report);
        prop_assert_eq!(&dup[0].path, &format!("/{collection}/{n}/id"));
        prop_assert_eq!(&dup[0].message, &format!("{what} id `{id}` is already used by /{collection}/{i}"));
        prop_assert!(Registry::new(data).is_err());
    }

    /// Bytes of the text flipped, dropped or inserted: an error that points into the text,
    /// or a document that goes through everything.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn mangled_bytes(base in 0usize..2, edits in prop::collection::vec((any::<Index>(), any::<u8>(), 0u8..3), 1..8)) {
        let mut bytes = [GENEVA, ALL_FIELDS][base].as_bytes().to_vec();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                _ => bytes.insert(i, byte),
            }
        }
        // The checker also checks that a refusal names a line of the text.
        let reached = check_bytes(&bytes);
        prop_assert_eq!(reached == Outcome::Unreadable, Dataset::from_slice(&bytes).is_err());
    }

    /// Documents of any shape, built from the document's own vocabulary.
    /// Origin: written as a property of the whole path (no fuzz or mutant finding).
    #[test]
    fn arbitrary_documents(doc in document()) {
        check_text(&doc.to_string());
    }
}

const KEYS: &[&str] = &[
    "schema_version",
    "organizations",
    "officials",
    "dimensions",
    "mous",
    "meetings",
    "id",
    "name",
    "kind",
    "parent",
    "members",
    "state",
    "organization",
    "status",
    "period",
    "start",
    "end",
    "posts",
    "role",
    "parties",
    "when",
    "participants",
    "official",
    "relations",
    "meeting",
    "title",
    "days",
    "location",
    "country",
    "online",
];

const STRINGS: &[&str] = &[
    "1.0",
    "a",
    "b",
    "KZ",
    "2024",
    "2024-11",
    "2024-11-25",
    "member",
    "head",
    "held",
    "bilateral",
    "ngo",
    "host",
    "signed",
    "sidelines-of",
    "",
    " ",
    "x y",
];

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop::sample::select(STRINGS).prop_map(Value::from),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

/// A top-level object that mostly has a valid version, with arbitrary collections.
fn document() -> impl Strategy<Value = Value> {
    (
        prop::option::weighted(0.9, Just(json!("1.0"))),
        prop::collection::vec((prop::sample::select(&KEYS[1..6]), value()), 0..4),
    )
        .prop_map(|(version, members)| {
            let mut map = serde_json::Map::new();
            if let Some(v) = version {
                map.insert("schema_version".into(), v);
            }
            for (k, v) in members {
                map.insert(k.to_owned(), v);
            }
            Value::Object(map)
        })
}
