//! Dimensions: a meeting's dimensions belong to a participant, a priority area to its
//! dimension's organization.

use multilateral::{Rule, Severity};
use serde_json::json;

use super::org_json;
use crate::support::{report, rules};

// Origin: surviving mutants (cargo mutants) in the dimension rules.
#[test]
fn a_dimension_of_a_participant_its_parent_or_its_body_is_no_warning() {
    let touches = |participant: &str| {
        report(json!({
            "organizations": [org_json("cica"),
                {"id": "cica-sec", "name": "CICA Secretariat", "kind": "secretariat", "parent": "cica"},
                {"id": "cica-unit", "name": "A unit", "kind": "other", "parent": "cica-sec"},
                org_json("iom")],
            "dimensions": [{"id": "d", "organization": "cica-sec", "name": "Human Dimension"}],
            "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                          "dimensions": ["d"],
                          "participants": [{"organization": participant, "role": "host"}]}]
        }))
    };
    for ok in ["cica", "cica-sec", "cica-unit"] {
        assert!(touches(ok).is_clean(), "{ok}");
    }
    let r = touches("iom");
    assert_eq!(
        rules(&r),
        [(Rule::DimensionNotOfParticipant, "/meetings/0/dimensions/0")]
    );
    assert_eq!(r.violations()[0].severity, Severity::Warning);
}

// Origin: surviving mutants (cargo mutants) in the dimension rules.
#[test]
fn a_priority_area_of_the_same_organization_is_fine() {
    let r = report(json!({
        "organizations": [org_json("o"), org_json("x")],
        "dimensions": [{"id": "d", "organization": "o", "name": "D"},
                       {"id": "d1", "organization": "o", "name": "D1", "parent": "d"},
                       {"id": "d2", "organization": "x", "name": "D2", "parent": "d"}]
    }));
    assert_eq!(
        rules(&r),
        [(Rule::DimensionParentMismatch, "/dimensions/2/parent")]
    );
}
