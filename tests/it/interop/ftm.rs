//! The FollowTheMoney export's shape: schemas, ids and properties.

use std::collections::HashSet;

use multilateral::Dataset;
use multilateral::interop::ftm;
use serde_json::{Value, json};

use crate::support::geneva;

fn entity<'a>(entities: &'a [Value], id: &str) -> &'a Value {
    entities
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("no entity {id}"))
}

#[test]
fn the_sarybay_person_and_his_occupancy() {
    let all = ftm::export(&geneva());
    assert_eq!(
        entity(&all, "person-kairat-sarybay"),
        &json!({
            "id": "person-kairat-sarybay",
            "schema": "Person",
            "properties": {
                "name": ["Kairat Sarybay"],
                "firstName": ["Kairat"],
                "lastName": ["Sarybay"],
                "alias": ["Sarybai"],
                "title": ["Ambassador"],
                "position": ["Secretary General"],
                "publisher": ["CICA Secretariat"]
            }
        })
    );
    let post = "post-cica-secretariat.2fhead.2fsecretary-general";
    assert_eq!(
        entity(&all, post)["properties"],
        json!({
            "name": ["Secretary General, CICA Secretariat"],
            "organization": ["org-cica-secretariat"],
            "keywords": ["head"]
        })
    );
    assert_eq!(
        entity(&all, "occupancy-kairat-sarybay-1"),
        &json!({
            "id": "occupancy-kairat-sarybay-1",
            "schema": "Occupancy",
            "properties": {"holder": ["person-kairat-sarybay"], "post": [post]}
        })
    );
}

#[test]
fn a_state_chairs_through_a_directorship_with_its_dates() {
    let all = ftm::export(&geneva());
    assert_eq!(
        entity(&all, "chair-cica-1")["properties"],
        json!({
            "director": ["state-KZ"],
            "organization": ["org-cica"],
            "role": ["chair"],
            "startDate": ["2020"]
        })
    );
    assert_eq!(
        entity(&all, "state-KZ"),
        &json!({
            "id": "state-KZ",
            "schema": "PublicBody",
            "properties": {
                "name": ["Kazakhstan"],
                "country": ["kz"],
                "jurisdiction": ["kz"],
                "classification": ["state"],
                "topics": ["gov.national"]
            }
        })
    );
    let cica = entity(&all, "org-cica");
    assert_eq!(cica["schema"], "Organization");
    assert_eq!(cica["properties"]["abbreviation"], json!(["CICA"]));
    assert_eq!(cica["properties"]["topics"], json!(["gov.igo"]));
    assert_eq!(cica["properties"]["address"], json!(["Astana, Kazakhstan"]));
    assert_eq!(cica["properties"]["country"], json!(["kz"]));
    assert_eq!(
        entity(&all, "org-cica-secretariat")["properties"]["parent"],
        json!(["org-cica"])
    );
}

#[test]
fn a_bilateral_meeting_is_an_event_linked_to_its_session() {
    let all = ftm::export(&geneva());
    let event = &entity(&all, "event-sarybay-pope-2024-11")["properties"];
    assert_eq!(event["startDate"], json!(["2024-11-25"]));
    assert_eq!(event["endDate"], json!(["2024-11-27"]));
    assert_eq!(event["location"], json!(["Geneva, Switzerland"]));
    assert_eq!(event["country"], json!(["ch"]));
    assert_eq!(
        event["involved"],
        json!([
            "org-cica",
            "person-kairat-sarybay",
            "org-iom",
            "person-amy-pope"
        ])
    );
    assert_eq!(
        entity(&all, "link-meeting-sarybay-pope-2024-11-relation-1")["properties"],
        json!({
            "subject": ["event-sarybay-pope-2024-11"],
            "object": ["event-iom-council-115"],
            "role": ["sidelines-of"]
        })
    );
    let session = &entity(&all, "event-iom-council-115")["properties"];
    assert_eq!(session["organizer"], json!(["org-iom"]));
    assert!(
        session["involved"]
            .as_array()
            .unwrap()
            .contains(&json!("org-iom-council"))
    );
    let outcome = entity(&all, "outcome-sarybay-pope-2024-11-2");
    assert_eq!(outcome["schema"], "Note");
    assert_eq!(
        outcome["properties"]["entity"],
        json!(["event-sarybay-pope-2024-11", "mou-iom-cica-mou-2008"])
    );
    let mou = entity(&all, "mou-iom-cica-mou-2008");
    assert_eq!(mou["schema"], "Contract");
    assert_eq!(
        mou["properties"]["authority"],
        json!(["org-iom", "org-cica"])
    );
    assert_eq!(mou["properties"]["contractDate"], json!(["2008"]));
    let dim = entity(&all, "dimension-cica-human");
    assert_eq!(dim["schema"], "Project");
}

#[test]
fn ids_are_valid_ftm_ids_unique_and_every_reference_resolves() {
    let data = multilateral_testkit::synth::generate(
        &multilateral_testkit::synth::SynthConfig::new(800, 5),
    );
    let all = ftm::export(&data);
    let ids: HashSet<&str> = all.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), all.len(), "ids are unique");
    let valid = |id: &str| {
        let b = id.as_bytes();
        !b.is_empty()
            && b.len() <= 200
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b'-')
            && b[0].is_ascii_alphanumeric()
            && b[b.len() - 1].is_ascii_alphanumeric()
    };
    for e in &all {
        let id = e["id"].as_str().unwrap();
        assert!(valid(id), "{id}");
        for prop in [
            "holder",
            "post",
            "member",
            "organization",
            "director",
            "parent",
            "involved",
            "organizer",
            "authority",
            "subject",
            "object",
            "entity",
            "project",
            "participant",
        ] {
            for v in e["properties"][prop].as_array().into_iter().flatten() {
                assert!(ids.contains(v.as_str().unwrap()), "{id}.{prop} → {v}");
            }
        }
    }
    // The same dataset, the same lines.
    assert_eq!(ftm::to_json_lines(&data), ftm::to_json_lines(&data.clone()));
}

#[test]
fn dates_ftm_cannot_say_are_left_out() {
    let data = Dataset::from_json(
        &json!({
            "schema_version": "2.0",
            "organizations": [{"id": "o", "name": "O", "kind": "other", "founded": "199X"}],
            "officials": [{"id": "p", "name": "P", "posts": [
                {"organization": "o", "role": "head", "period": {"start": {"not_before": "2017"}, "end": "2019-07"}},
                {"organization": "o", "role": "staff", "period": {"start": "2009", "end": "unknown"}}
            ]}]
        })
        .to_string(),
    )
    .unwrap();
    let all = ftm::export(&data);
    assert!(
        entity(&all, "org-o")["properties"]
            .get("incorporationDate")
            .is_none()
    );
    assert_eq!(
        entity(&all, "occupancy-p-1")["properties"],
        json!({"holder": ["person-p"], "post": ["post-o.2fhead"], "endDate": ["2019-07"], "status": ["ended"]})
    );
    assert_eq!(
        entity(&all, "occupancy-p-2")["properties"],
        json!({"holder": ["person-p"], "post": ["post-o.2fstaff"], "startDate": ["2009"], "status": ["ended"]})
    );
}
