//! The schema.org JSON-LD export's shape.

use multilateral::Dataset;
use multilateral::interop::jsonld::{self, Base};
use serde_json::{Value, json};

use crate::support::geneva;

const BASE: &str = "https://records.example.org/";

fn graph() -> Vec<Value> {
    let doc = jsonld::export(&geneva(), &Base::new(BASE).unwrap());
    assert_eq!(doc["@context"], "https://schema.org");
    doc["@graph"].as_array().unwrap().clone()
}

fn node<'a>(graph: &'a [Value], path: &str) -> &'a Value {
    let id = format!("{BASE}{path}");
    graph
        .iter()
        .find(|n| n["@id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

fn iri(path: &str) -> Value {
    json!({"@id": format!("{BASE}{path}")})
}

#[test]
fn the_greminger_person_with_his_dated_role() {
    let g = graph();
    let greminger = node(&g, "officials/thomas-greminger");
    assert_eq!(greminger["@type"], "Person");
    assert_eq!(greminger["givenName"], "Thomas");
    assert_eq!(greminger["familyName"], "Greminger");
    assert_eq!(greminger["honorificPrefix"], "Ambassador");
    assert_eq!(greminger["jobTitle"], json!(["Director"]));
    assert_eq!(
        greminger["memberOf"],
        json!({"@type": "OrganizationRole", "memberOf": iri("organizations/gcsp"), "roleName": "Director"})
    );
    let gcsp = node(&g, "organizations/gcsp");
    assert_eq!(gcsp["@type"], "ResearchOrganization");
}

#[test]
fn organizations_have_parents_children_and_dated_members() {
    let g = graph();
    let cica = node(&g, "organizations/cica");
    assert_eq!(cica["alternateName"], "CICA");
    assert_eq!(
        cica["member"],
        json!({"@type": "OrganizationRole", "member": iri("states/KZ"), "roleName": "chair", "startDate": "2020"})
    );
    assert!(
        cica["subOrganization"]
            .as_array()
            .unwrap()
            .contains(&iri("organizations/cica-secretariat"))
    );
    assert_eq!(
        node(&g, "organizations/cica-secretariat")["parentOrganization"],
        iri("organizations/cica")
    );
    assert_eq!(
        node(&g, "states/KZ"),
        &json!({
            "@id": format!("{BASE}states/KZ"),
            "@type": "GovernmentOrganization",
            "name": "Kazakhstan",
            "areaServed": {"@type": "Country", "name": "Kazakhstan", "identifier": "KZ"}
        })
    );
}

#[test]
fn a_bilateral_meeting_is_an_event_within_its_super_events() {
    let g = graph();
    let e = node(&g, "meetings/sarybay-pope-2024-11");
    assert_eq!(e["@type"], "Event");
    assert_eq!(e["startDate"], "2024-11-25");
    assert_eq!(e["endDate"], "2024-11-27");
    assert_eq!(e["duration"], "P1D");
    assert_eq!(
        e["eventStatus"],
        json!({"@id": "https://schema.org/EventScheduled"})
    );
    assert_eq!(
        e["superEvent"],
        json!([
            iri("meetings/iom-council-115"),
            iri("meetings/cica-sg-geneva-visit-2024-11")
        ])
    );
    assert_eq!(
        e["attendee"],
        json!([
            iri("organizations/cica"),
            iri("officials/kairat-sarybay"),
            iri("organizations/iom"),
            iri("officials/amy-pope")
        ])
    );
    assert_eq!(e["about"], iri("mous/iom-cica-mou-2008"));
    assert_eq!(
        e["location"]["address"],
        json!({"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"})
    );
    let session = node(&g, "meetings/iom-council-115");
    assert_eq!(session["organizer"], iri("organizations/iom"));
    // One sub-event is written as one value, as JSON-LD reads a one-item list.
    assert_eq!(session["subEvent"], iri("meetings/sarybay-pope-2024-11"));
    assert_eq!(node(&g, "mous/iom-cica-mou-2008")["@type"], "Legislation");
    assert_eq!(node(&g, "dimensions/cica-human")["@type"], "DefinedTerm");
}

#[test]
fn external_ids_are_same_as_and_identifiers() {
    let data = Dataset::from_json(
        &json!({
            "schema_version": "2.0",
            "organizations": [{"id": "iom", "name": "IOM", "kind": "un-entity",
                "identifiers": [{"scheme": "wikidata", "value": "Q208950"}, {"scheme": "ror", "value": "05dx6ww97"}],
                "other_names": [{"name": "Organisation internationale pour les migrations", "lang": "fr"}]}]
        })
        .to_string(),
    )
    .unwrap();
    let doc = jsonld::export(&data, &Base::new("urn:x-multilateral:").unwrap());
    let iom = &doc["@graph"][0];
    assert_eq!(iom["@id"], "urn:x-multilateral:organizations/iom");
    assert_eq!(iom["sameAs"], "https://www.wikidata.org/entity/Q208950");
    assert_eq!(
        iom["identifier"],
        json!([
            {"@type": "PropertyValue", "propertyID": "wikidata", "value": "Q208950"},
            {"@type": "PropertyValue", "propertyID": "ror", "value": "05dx6ww97"}
        ])
    );
    assert_eq!(
        iom["alternateName"],
        json!({"@value": "Organisation internationale pour les migrations", "@language": "fr"})
    );
}

#[test]
fn a_base_must_be_an_absolute_iri_to_append_to() {
    for bad in [
        "",
        "records/",
        "https://x.org/a b/",
        "https://x.org",
        "1http://x.org/",
        "https://x.org/<a>/",
    ] {
        assert!(Base::new(bad).is_err(), "{bad:?}");
    }
    for good in [
        "https://x.org/",
        "https://x.org/records#",
        "urn:x-multilateral:",
    ] {
        assert_eq!(Base::new(good).unwrap().as_str(), good);
    }
}
