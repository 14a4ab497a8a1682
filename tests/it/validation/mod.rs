//! Validation: the rules across records, each with its code, severity, JSON-pointer path and
//! message. [`rules`] holds one case per rule and the catalogue of rules; the other modules
//! pin the edges of each family of rules, as `src/validate/` files them, and [`report`] the
//! report they make.

mod cycles;
mod dates;
mod dimensions;
mod records;
mod references;
mod report;
mod rules;
mod tenure;

use multilateral::{Report, Rule};
use serde_json::{Value, json};

/// A small valid world that each case breaks in one place.
fn base() -> Value {
    json!({
        "organizations": [
            {"id": "cica", "name": "Conference on Interaction and Confidence Building Measures in Asia",
             "kind": "intergovernmental",
             "members": [{"state": "KZ", "status": "member", "period": {"start": "1999"}}],
             "chairs": [{"country": "KZ", "period": {"start": "2020", "end": "2024-10"}}]},
            {"id": "cica-secretariat", "name": "CICA Secretariat", "kind": "secretariat", "parent": "cica"},
            {"id": "iom", "name": "International Organization for Migration", "kind": "un-entity",
             "founded": "1951"}
        ],
        "officials": [
            {"id": "kairat-sarybay", "name": "Kairat Sarybay",
             "posts": [{"organization": "cica-secretariat", "title": "Secretary General", "role": "head",
                        "period": {"start": "2022"}}]},
            {"id": "amy-pope", "name": "Amy E. Pope",
             "posts": [{"organization": "iom", "title": "Director General", "role": "head",
                        "period": {"start": "2023-10-01"}}]}
        ],
        "dimensions": [
            {"id": "cica-human", "organization": "cica", "name": "Human Dimension"}
        ],
        "mous": [
            {"id": "iom-cica-mou-2008", "title": "MoU between IOM and CICA", "parties": ["iom", "cica"],
             "status": "signed", "signed": "2008"}
        ],
        "meetings": [
            {"id": "iom-council-115", "title": "115th Session of the IOM Council", "kind": "session",
             "status": "held", "when": {"start": "2024-11-25", "end": "2024-11-27"},
             "location": {"city": "Geneva", "country": "CH"},
             "participants": [{"organization": "iom", "role": "organizer"}]},
            {"id": "sarybay-pope", "title": "CICA Secretary General meets the IOM Director General",
             "kind": "bilateral", "status": "held", "when": {"start": "2024-11-25", "end": "2024-11-27"},
             "participants": [
                {"organization": "cica", "official": "kairat-sarybay", "role": "delegation-head"},
                {"organization": "iom", "official": "amy-pope", "role": "participant"}],
             "relations": [{"kind": "sidelines-of", "meeting": "iom-council-115"}],
             "dimensions": ["cica-human"],
             "mous": ["iom-cica-mou-2008"],
             "sources": [{"title": "CICA Secretary General in Geneva", "published": "2024-11"}]}
        ]
    })
}

/// Sets the value at a JSON pointer, creating nothing: the parent must exist.
fn set(doc: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let target = doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match target {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        Value::Array(items) => {
            let i: usize = key.parse().unwrap();
            if i == items.len() {
                items.push(value);
            } else {
                items[i] = value;
            }
        }
        _ => panic!("{parent} is not a container"),
    }
}

/// An organization with only its required fields.
fn org_json(id: &str) -> Value {
    json!({"id": id, "name": format!("Organization {id}"), "kind": "intergovernmental"})
}

/// A held bilateral meeting with only its required fields.
fn meeting_json(id: &str, when: Value) -> Value {
    json!({"id": id, "title": format!("Meeting {id}"), "kind": "bilateral", "status": "held",
           "when": when})
}

/// The messages of the violations of one rule, in report order.
fn messages(report: &Report, rule: Rule) -> Vec<&str> {
    report.of_rule(rule).map(|v| v.message.as_str()).collect()
}
