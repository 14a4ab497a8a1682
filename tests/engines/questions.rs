//! The registry's answers to the five questions of `sql/`, as the rows the SQL gives: shared
//! by the engine tests (tests/it/engines.rs) and the benchmark (benches/columnar.rs).

use multilateral::registry::{DateStatus, Depth, DimensionScope, PostFilter};
use multilateral::{Coverage, NaiveDate, Party, PostRole, Registry, RelationKind};
use serde_json::{Value, json};

/// A question: the SQL file's name, its parameters, and the registry's rows.
pub type Question = (&'static str, Value, Vec<Value>);

fn party_row(p: &Party) -> (Value, Value, Value) {
    match p {
        Party::Organization(o) => (json!("organization"), json!(o.as_str()), Value::Null),
        Party::State(s) => (json!("state"), Value::Null, json!(s.as_str())),
        _ => unreachable!("a party is an organization or a state"),
    }
}

pub fn counterparts(r: &Registry, org: &str) -> Question {
    let o = r.organization(&org.parse().unwrap()).unwrap();
    let expected = o
        .counterparts()
        .iter()
        .map(|cp| {
            let (kind, organization, state) = party_row(&cp.party);
            json!([
                kind,
                organization,
                state,
                cp.meetings,
                cp.first.id.as_str(),
                cp.last.id.as_str()
            ])
        })
        .collect();
    ("counterparts", json!({"organization": org}), expected)
}

fn status_name(s: DateStatus) -> &'static str {
    match s {
        DateStatus::Known => "known",
        DateStatus::Possible => "possible",
        DateStatus::Vacant => "vacant",
        DateStatus::Unknown => "unknown",
        _ => unreachable!("the four statuses"),
    }
}

pub fn holders(r: &Registry, org: &str, role: PostRole, day: NaiveDate) -> Question {
    let o = r.organization(&org.parse().unwrap()).unwrap();
    let on = o.holders(PostFilter::Role(role), day);
    let status = status_name(on.status);
    let mut expected: Vec<Value> = Vec::new();
    for (answer, list) in [("definite", &on.definite), ("possible", &on.possible)] {
        for h in list.iter() {
            let position = h.post_position();
            expected.push(json!([status, answer, h.official.id.as_str(), position]));
        }
    }
    if expected.is_empty() {
        expected.push(json!([status, null, null, null]));
    }
    (
        "holders",
        json!({"organization": org, "role": role.as_str(), "day": day.to_string()}),
        expected,
    )
}

pub fn mous_in_force(r: &Registry, day: NaiveDate) -> Question {
    let expected = r
        .mous_in_force(day)
        .iter()
        .map(|(m, cov)| {
            json!([
                m.id.as_str(),
                if *cov == Coverage::Yes {
                    "definite"
                } else {
                    "possible"
                }
            ])
        })
        .collect();
    ("mous_in_force", json!({"day": day.to_string()}), expected)
}

pub fn dimension_meetings(r: &Registry, dim: &str) -> Question {
    let d = r.dimension(&dim.parse().unwrap()).unwrap();
    let expected = d
        .meetings(DimensionScope::WithPriorityAreas)
        .iter()
        .map(|m| json!([m.id.as_str()]))
        .collect();
    ("dimension_meetings", json!({"dimension": dim}), expected)
}

pub fn sidelines(r: &Registry, event: &str) -> Question {
    let m = r.meeting(&event.parse().unwrap()).unwrap();
    let expected = m
        .related(&[RelationKind::SidelinesOf], Depth::Direct)
        .iter()
        .map(|x| json!([x.meeting.id.as_str()]))
        .collect();
    ("sidelines", json!({"event": event}), expected)
}
