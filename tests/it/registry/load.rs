//! Building a registry: a dataset with errors is refused with its report, one with only
//! warnings is built and keeps them, and the dataset stays readable and can be given back.

use multilateral::registry::LoadError;
use multilateral::{Dataset, Registry, Rule};
use serde_json::json;

use crate::support::{dataset, geneva, geneva_registry, registry, rules};

#[test]
fn a_dataset_with_errors_is_refused_with_its_report() {
    let text = r#"{"schema_version": "1.0", "mous": [{"id": "m", "title": "MoU", "parties": ["a", "b"], "status": "signed"}]}"#;
    let report = Registry::new(Dataset::from_json(text).unwrap()).unwrap_err();
    let found: Vec<Rule> = report.violations().iter().map(|v| v.rule).collect();
    assert_eq!(found, [Rule::DanglingReference, Rule::DanglingReference]);
    assert!(matches!(
        Registry::from_json(text),
        Err(LoadError::Invalid(r)) if r == report
    ));
    assert!(matches!(
        Registry::from_json("{"),
        Err(LoadError::Parse(e)) if e.code() == "truncated-json"
    ));
}

// From a surviving mutant: the build dropped the warnings and nothing noticed.
#[test]
fn a_registry_keeps_the_warnings_of_its_validation() {
    let r = registry(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "ngo"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "cancelled",
                      "when": {}, "participants": [{"organization": "o", "role": "participant"}],
                      "outcomes": [{"kind": "agreed", "text": "Agreed."}]}]
    }));
    assert_eq!(
        rules(r.warnings()),
        [(Rule::OutcomeOfUnheldMeeting, "/meetings/0/outcomes")]
    );
    assert!(!r.warnings().has_errors());
    assert!(geneva_registry().warnings().is_clean());
}

#[test]
fn the_dataset_is_kept_as_read_and_given_back() {
    let r = geneva_registry();
    assert_eq!(*r.dataset(), geneva());
    assert_eq!(r.into_dataset(), geneva());
    let small = dataset(json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo"}]}));
    assert_eq!(Registry::new(small.clone()).unwrap().into_dataset(), small);
}
