//! Memoranda of understanding: those binding two organizations (with or without their
//! sub-bodies), and those in force on a day, certainly or possibly.

use multilateral::registry::Scope;
use multilateral::{Coverage, Mou};
use serde_json::json;

use crate::support::{day, geneva_registry, mou, org, registry};

fn mou_ids(found: Vec<&Mou>) -> Vec<String> {
    found.iter().map(|m| m.id.to_string()).collect()
}

#[test]
fn the_mous_binding_cica_and_iom_and_in_force_in_2024() {
    let r = geneva_registry();
    let organization = |id: &'static str| r.organization(&org(id)).unwrap();
    let (cica, iom) = (organization("cica"), organization("iom"));
    assert_eq!(
        mou_ids(cica.mous_with(iom, Scope::Exact)),
        ["iom-cica-mou-2008"]
    );
    assert_eq!(
        mou_ids(iom.mous_with(cica, Scope::Exact)),
        ["iom-cica-mou-2008"]
    );
    // The secretariat alone is not a party; CICA with its sub-bodies is.
    let secretariat = organization("cica-secretariat");
    assert!(secretariat.mous_with(iom, Scope::Exact).is_empty());
    assert_eq!(
        mou_ids(iom.mous_with(cica, Scope::WithSubBodies)),
        ["iom-cica-mou-2008"]
    );
    assert!(
        cica.mous_with(organization("ilo"), Scope::WithSubBodies)
            .is_empty()
    );
    // Signed in 2008 and not said to be in force: possibly in force in 2024, certainly not
    // in 2007.
    let in_force = r.mous_in_force(day("2024-11-26"));
    assert_eq!(in_force.len(), 1);
    assert_eq!(in_force[0].0.id, "iom-cica-mou-2008");
    assert_eq!(in_force[0].1, Coverage::Possibly);
    assert!(r.mous_in_force(day("2007-12-31")).is_empty());
}

// From a surviving mutant in the certainty of MoUs in force.
#[test]
fn mous_in_force_are_certain_only_when_their_status_says_so() {
    let r = registry(json!({
        "organizations": [{"id": "a", "name": "A", "kind": "ngo"}, {"id": "b", "name": "B", "kind": "ngo"}],
        "mous": [
            {"id": "in-force", "title": "U", "parties": ["a", "b"], "status": "in-force", "signed": "2008-05-14"},
            {"id": "signed", "title": "U", "parties": ["a", "b"], "status": "signed", "signed": "2008-05-14"},
            {"id": "effective", "title": "U", "parties": ["a", "b"], "status": "in-force", "signed": "2008", "effective": "2009-01-01"},
            {"id": "expired", "title": "U", "parties": ["a", "b"], "status": "expired", "signed": "2008-05-14", "expires": "2010-05-13"},
            {"id": "expired-undated", "title": "U", "parties": ["a", "b"], "status": "expired", "signed": "2008-05-14"},
            {"id": "terminated", "title": "U", "parties": ["a", "b"], "status": "terminated", "signed": "2008-05-14"},
            {"id": "draft", "title": "U", "parties": ["a", "b"], "status": "draft"},
            {"id": "undated", "title": "U", "parties": ["a", "b"], "status": "in-force"}
        ]
    }));
    let on = |d: &str| -> Vec<(String, Coverage)> {
        let mut v: Vec<(String, Coverage)> = r
            .mous_in_force(day(d))
            .into_iter()
            .map(|(m, c)| (m.id.to_string(), c))
            .collect();
        v.sort();
        v
    };
    use Coverage::{Possibly, Yes};
    let e = |pairs: &[(&str, Coverage)]| -> Vec<(String, Coverage)> {
        let mut v: Vec<(String, Coverage)> =
            pairs.iter().map(|(k, c)| ((*k).to_owned(), *c)).collect();
        v.sort();
        v
    };
    assert_eq!(on("2008-05-13"), e(&[("undated", Possibly)]));
    assert_eq!(
        on("2008-05-14"),
        e(&[
            ("expired", Yes),
            ("expired-undated", Possibly),
            ("in-force", Yes),
            ("signed", Possibly),
            ("terminated", Possibly),
            ("undated", Possibly),
        ])
    );
    // From the day `effective` takes effect to the last day of `expired`, which is certain;
    // the day after, it has expired.
    for d in ["2009-01-01", "2010-05-13"] {
        assert_eq!(
            on(d),
            e(&[
                ("effective", Yes),
                ("expired", Yes),
                ("expired-undated", Possibly),
                ("in-force", Yes),
                ("signed", Possibly),
                ("terminated", Possibly),
                ("undated", Possibly),
            ]),
            "{d}"
        );
    }
    assert_eq!(
        on("2010-05-14"),
        e(&[
            ("effective", Yes),
            ("expired-undated", Possibly),
            ("in-force", Yes),
            ("signed", Possibly),
            ("terminated", Possibly),
            ("undated", Possibly),
        ])
    );
    // Each MoU's answer is its own `in_force_on`.
    for (m, c) in r.mous_in_force(day("2009-06-01")) {
        assert_eq!(m.in_force_on(day("2009-06-01")), c, "{}", m.id);
    }
}

// From a surviving mutant in the test of which side of an MoU a party is on.
#[test]
fn mous_between_two_organizations_and_their_bodies() {
    let r = registry(json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "intergovernmental"},
            {"id": "a-sec", "name": "A Secretariat", "kind": "secretariat", "parent": "a"},
            {"id": "a-unit", "name": "A unit", "kind": "other", "parent": "a-sec"},
            {"id": "b", "name": "B", "kind": "intergovernmental"},
            {"id": "b-sec", "name": "B Secretariat", "kind": "secretariat", "parent": "b"},
            {"id": "c", "name": "C", "kind": "ngo"}],
        "mous": [
            {"id": "ab", "title": "U", "parties": ["a", "b"], "status": "signed"},
            {"id": "unit-bsec", "title": "U", "parties": ["b-sec", "a-unit"], "status": "signed"},
            {"id": "ac", "title": "U", "parties": ["a", "c", "b"], "status": "signed"},
            {"id": "inside", "title": "U", "parties": ["a", "a-sec"], "status": "signed"}]
    }));
    let between = |x: &'static str, y: &'static str, scope: Scope| -> Vec<String> {
        let (x, y) = (
            r.organization(&org(x)).unwrap(),
            r.organization(&org(y)).unwrap(),
        );
        mou_ids(x.mous_with(y, scope))
    };
    let none: Vec<String> = Vec::new();
    assert_eq!(between("a", "b", Scope::Exact), ["ab", "ac"]);
    assert_eq!(between("b", "a", Scope::Exact), ["ab", "ac"]);
    assert_eq!(
        between("a", "b", Scope::WithSubBodies),
        ["ab", "unit-bsec", "ac"]
    );
    assert_eq!(between("a-sec", "b", Scope::WithSubBodies), ["unit-bsec"]);
    assert_eq!(between("a-sec", "b", Scope::Exact), none);
    assert_eq!(between("c", "b", Scope::Exact), ["ac"]);
    assert_eq!(between("a", "a-sec", Scope::Exact), ["inside"]);
    assert_eq!(between("a", "a", Scope::Exact), none);
    assert!(r.organization(&org("nowhere")).is_none());
    assert!(r.mou(&mou("ab")).unwrap().meetings().is_empty());
}

#[test]
fn an_organization_of_another_registry_is_looked_up_by_its_id() {
    let r = geneva_registry();
    let later = geneva_registry();
    let cica = r.organization(&org("cica")).unwrap();
    let iom_later = later.organization(&org("iom")).unwrap();
    let found = cica.mous_with(iom_later, Scope::Exact);
    assert_eq!(mou_ids(found.clone()), ["iom-cica-mou-2008"]);
    // The MoUs come from the registry asked.
    assert!(std::ptr::eq(found[0], &r.dataset().mous[0]));
    // An organization this registry does not hold binds it to nothing.
    let strangers = super::strangers();
    let nowhere = strangers.organization(&org("nowhere")).unwrap();
    assert!(cica.mous_with(nowhere, Scope::WithSubBodies).is_empty());
    let elsewhere = strangers.organization(&org("elsewhere")).unwrap();
    assert_eq!(
        mou_ids(nowhere.mous_with(elsewhere, Scope::Exact)),
        ["nowhere"]
    );
    assert!(nowhere.mous_with(cica, Scope::Exact).is_empty());
}
