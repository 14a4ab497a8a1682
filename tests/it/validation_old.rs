//! Each validation rule, triggered on a small dataset: its code, severity and path.

use multilateral::validate::RULES;
use multilateral::{Dataset, Report, Severity};
use serde_json::{Value, json};

/// A small valid world that each case breaks in one place.
fn base() -> Value {
    json!({
        "schema_version": "1.0",
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

fn report_of(doc: &Value) -> Report {
    let data = Dataset::from_json(&doc.to_string()).expect("the case parses");
    data.validate()
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

/// One case: edits to the base, and the one violation they must produce.
struct Case {
    name: &'static str,
    edits: Vec<(&'static str, Value)>,
    code: &'static str,
    severity: Severity,
    path: &'static str,
    message: &'static str,
}

fn case(
    name: &'static str,
    edits: Vec<(&'static str, Value)>,
    (code, severity, path): (&'static str, Severity, &'static str),
    message: &'static str,
) -> Case {
    Case {
        name,
        edits,
        code,
        severity,
        path,
        message,
    }
}

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

fn cases() -> Vec<Case> {
    vec![
        case(
            "duplicate organization id",
            vec![(
                "/organizations/3",
                json!({"id": "iom", "name": "IOM again", "kind": "un-entity"}),
            )],
            ("duplicate-id", E, "/organizations/3/id"),
            "organization id `iom` is already used by /organizations/2",
        ),
        case(
            "duplicate meeting id",
            vec![("/meetings/1/id", json!("iom-council-115"))],
            ("duplicate-id", E, "/meetings/1/id"),
            "meeting id `iom-council-115` is already used by /meetings/0",
        ),
        case(
            "organization parent",
            vec![("/organizations/2/parent", json!("osce"))],
            ("dangling-reference", E, "/organizations/2/parent"),
            "no organization has id `osce`",
        ),
        case(
            "member organization",
            vec![(
                "/organizations/0/members/1",
                json!({"organization": "un", "status": "observer"}),
            )],
            (
                "dangling-reference",
                E,
                "/organizations/0/members/1/organization",
            ),
            "no organization has id `un`",
        ),
        case(
            "post organization",
            vec![(
                "/officials/2",
                json!({"id": "gilbert-houngbo", "name": "Gilbert F. Houngbo",
                       "posts": [{"organization": "ilo", "role": "head"}]}),
            )],
            ("dangling-reference", E, "/officials/2/posts/0/organization"),
            "no organization has id `ilo`",
        ),
        case(
            "dimension organization",
            vec![("/dimensions/0/organization", json!("osce"))],
            ("dangling-reference", E, "/dimensions/0/organization"),
            "no organization has id `osce`",
        ),
        case(
            "dimension parent",
            vec![("/dimensions/0/parent", json!("cica-economic"))],
            ("dangling-reference", E, "/dimensions/0/parent"),
            "no dimension has id `cica-economic`",
        ),
        case(
            "mou party",
            vec![("/mous/0/parties/2", json!("unog"))],
            ("dangling-reference", E, "/mous/0/parties/2"),
            "no organization has id `unog`",
        ),
        case(
            "mou signatory",
            vec![("/mous/0/signatories", json!(["nobody"]))],
            ("dangling-reference", E, "/mous/0/signatories/0"),
            "no official has id `nobody`",
        ),
        case(
            "mou signing meeting",
            vec![("/mous/0/signed_at", json!("summit-2008"))],
            ("dangling-reference", E, "/mous/0/signed_at"),
            "no meeting has id `summit-2008`",
        ),
        case(
            "mou dimension",
            vec![("/mous/0/dimensions", json!(["cica-economic"]))],
            ("dangling-reference", E, "/mous/0/dimensions/0"),
            "no dimension has id `cica-economic`",
        ),
        case(
            "participant organization",
            vec![("/meetings/1/participants/1/organization", json!("ilo"))],
            (
                "dangling-reference",
                E,
                "/meetings/1/participants/1/organization",
            ),
            "no organization has id `ilo`",
        ),
        case(
            "participant official",
            vec![(
                "/meetings/1/participants/1/official",
                json!("gilbert-houngbo"),
            )],
            (
                "dangling-reference",
                E,
                "/meetings/1/participants/1/official",
            ),
            "no official has id `gilbert-houngbo`",
        ),
        case(
            "meeting relation",
            vec![("/meetings/1/relations/0/meeting", json!("iom-council-116"))],
            ("dangling-reference", E, "/meetings/1/relations/0/meeting"),
            "no meeting has id `iom-council-116`",
        ),
        case(
            "meeting dimension",
            vec![("/meetings/1/dimensions/0", json!("cica-economic"))],
            ("dangling-reference", E, "/meetings/1/dimensions/0"),
            "no dimension has id `cica-economic`",
        ),
        case(
            "meeting mou",
            vec![("/meetings/1/mous/0", json!("iom-cica-mou-2009"))],
            ("dangling-reference", E, "/meetings/1/mous/0"),
            "no MoU has id `iom-cica-mou-2009`",
        ),
        case(
            "outcome mou",
            vec![(
                "/meetings/1/outcomes",
                json!([{"kind": "committed", "text": "Both sides committed.", "mou": "iom-cica-mou-2009"}]),
            )],
            ("dangling-reference", E, "/meetings/1/outcomes/0/mou"),
            "no MoU has id `iom-cica-mou-2009`",
        ),
        case(
            "organization parent cycle",
            vec![("/organizations/0/parent", json!("cica-secretariat"))],
            ("parent-cycle", E, "/organizations/1/parent"),
            "organizations are their own ancestors: cica → cica-secretariat → cica",
        ),
        case(
            "dimension parent cycle",
            vec![("/dimensions/0/parent", json!("cica-human"))],
            ("parent-cycle", E, "/dimensions/0/parent"),
            "dimensions are their own ancestors: cica-human → cica-human",
        ),
        case(
            "sidelines cycle",
            vec![(
                "/meetings/0/relations",
                json!([{"kind": "part-of", "meeting": "sarybay-pope"}]),
            )],
            ("relation-cycle", E, "/meetings/1/relations/0/meeting"),
            "meetings lie within themselves (sidelines of / part of): iom-council-115 → sarybay-pope → iom-council-115",
        ),
        case(
            "preparation and follow-up cycle",
            vec![
                (
                    "/meetings/1/relations",
                    json!([{"kind": "in-preparation-for", "meeting": "iom-council-115"}]),
                ),
                (
                    "/meetings/0/relations",
                    json!([{"kind": "in-preparation-for", "meeting": "sarybay-pope"}]),
                ),
            ],
            ("relation-cycle", E, "/meetings/1/relations/0/meeting"),
            "meetings come before themselves (in preparation for / follow-up to): iom-council-115 → sarybay-pope → iom-council-115",
        ),
        case(
            "sidelines meeting after its parent",
            vec![(
                "/meetings/1/when",
                json!({"start": "2024-11-28", "end": "2024-11-28"}),
            )],
            ("outside-parent-period", E, "/meetings/1/when"),
            "`sarybay-pope` (2024-11-28/2024-11-28) is on the sidelines of `iom-council-115` but lies outside its period (2024-11-25/2024-11-27)",
        ),
        case(
            "organization dissolved before founded",
            vec![("/organizations/2/dissolved", json!("1950"))],
            (
                "organization-dates-reversed",
                E,
                "/organizations/2/dissolved",
            ),
            "`iom` is dissolved (1950) before it was founded (1951)",
        ),
        case(
            "mou with one party twice",
            vec![("/mous/0/parties", json!(["iom", "iom"]))],
            ("too-few-parties", E, "/mous/0/parties"),
            "`iom-cica-mou-2008` has 1 distinct party; an MoU binds at least two organizations",
        ),
        case(
            "mou expired before it was signed",
            vec![
                ("/mous/0/expires", json!("2007")),
                ("/mous/0/status", json!("expired")),
            ],
            ("mou-dates-reversed", E, "/mous/0/expires"),
            "`iom-cica-mou-2008` has expires 2007 before signed 2008",
        ),
        case(
            "draft mou with a signing date",
            vec![("/mous/0/status", json!("draft"))],
            ("mou-status-inconsistent", E, "/mous/0/status"),
            "`iom-cica-mou-2008` is a draft but has a signing date: a draft is not signed",
        ),
        case(
            "mou signed outside its signing meeting",
            vec![("/mous/0/signed_at", json!("iom-council-115"))],
            ("signing-date-mismatch", E, "/mous/0/signed"),
            "`iom-cica-mou-2008` is signed 2008, but the meeting where it was signed, `iom-council-115`, took place 2024-11-25/2024-11-27",
        ),
        case(
            "state member twice at once",
            vec![(
                "/organizations/0/members/1",
                json!({"state": "KZ", "status": "observer", "period": {"start": "2010", "end": "2012"}}),
            )],
            (
                "overlapping-membership",
                E,
                "/organizations/0/members/1/period",
            ),
            "state KZ is listed twice in `cica` at once: observer 2010/2012 and member 1999/.. (/organizations/0/members/0)",
        ),
        case(
            "two chairs at once",
            vec![(
                "/organizations/0/chairs/1",
                json!({"country": "AZ", "period": {"start": "2024-06"}}),
            )],
            ("overlapping-chairs", E, "/organizations/0/chairs/1/period"),
            "`cica` has two chairs at once: AZ (2024-06/..) and KZ (2020/2024-10)",
        ),
        case(
            "government body without country",
            vec![(
                "/organizations/3",
                json!({"id": "mfa-kz", "name": "Ministry of Foreign Affairs", "kind": "government"}),
            )],
            ("government-without-country", E, "/organizations/3/country"),
            "`mfa-kz` is a government body but names no country",
        ),
        case(
            "more days than the period holds",
            vec![("/meetings/1/days", json!(4))],
            ("days-exceed-period", E, "/meetings/1/days"),
            "`sarybay-pope` lasted 4 days, more than the 3 days of its period (2024-11-25/2024-11-27)",
        ),
        case(
            "empty location",
            vec![("/meetings/1/location", json!({}))],
            ("location-empty", E, "/meetings/1/location"),
            "a location names a venue, a city or a country, or is online; leave it out when unknown",
        ),
        case(
            "source with neither url nor title",
            vec![("/meetings/1/sources/0", json!({"publisher": "CICA"}))],
            ("source-unidentified", E, "/meetings/1/sources/0"),
            "a source needs a url or a title, so that a reader can find it",
        ),
        case(
            "priority area under another organization's dimension",
            vec![(
                "/dimensions/1",
                json!({"id": "iom-labour", "organization": "iom", "name": "Labour migration", "parent": "cica-human"}),
            )],
            ("dimension-parent-mismatch", E, "/dimensions/1/parent"),
            "`iom-labour` belongs to `iom` but its parent `cica-human` belongs to `cica`",
        ),
        case(
            "two heads at once",
            vec![(
                "/officials/2",
                json!({"id": "antonio-vitorino", "name": "António Vitorino",
                       "posts": [{"organization": "iom", "role": "head", "period": {"start": "2018-10", "end": "2023-12"}}]}),
            )],
            ("overlapping-heads", W, "/officials/1/posts/0/period"),
            "",
        ),
        case(
            "attendee without a post there",
            vec![(
                "/meetings/1/participants/1/official",
                json!("kairat-sarybay"),
            )],
            (
                "attendee-without-post",
                W,
                "/meetings/1/participants/1/official",
            ),
            "`kairat-sarybay` attends `sarybay-pope` for `iom`, but holds no post at `iom` or its bodies",
        ),
        case(
            "attendee whose post ended before the meeting",
            vec![(
                "/officials/1/posts/0/period",
                json!({"start": "2023-10-01", "end": "2024-06"}),
            )],
            (
                "attendee-without-post",
                W,
                "/meetings/1/participants/1/official",
            ),
            "`amy-pope` attends `sarybay-pope` for `iom`, but holds posts there only outside the meeting's dates (2024-11-25/2024-11-27)",
        ),
        case(
            "signatory without a post at a party when signing",
            vec![("/mous/0/signatories", json!(["amy-pope"]))],
            ("signatory-without-post", W, "/mous/0/signatories/0"),
            "`amy-pope` signed `iom-cica-mou-2008` but held no post at a party on the signing date (2008)",
        ),
        case(
            "dimension of an absent organization",
            vec![("/meetings/0/dimensions", json!(["cica-human"]))],
            (
                "dimension-not-of-participant",
                W,
                "/meetings/0/dimensions/0",
            ),
            "`iom-council-115` touches dimension `cica-human` of `cica`, which does not take part",
        ),
        case(
            "outcome of a cancelled meeting",
            vec![
                ("/meetings/1/status", json!("cancelled")),
                (
                    "/meetings/1/outcomes",
                    json!([{"kind": "agreed", "text": "Agreed to meet."}]),
                ),
            ],
            ("outcome-of-unheld-meeting", W, "/meetings/1/outcomes"),
            "`sarybay-pope` has outcomes but its status is cancelled, not held",
        ),
        case(
            "dimension listed twice",
            vec![("/meetings/1/dimensions/1", json!("cica-human"))],
            ("duplicate-entry", W, "/meetings/1/dimensions/1"),
            "the same dimension is listed twice",
        ),
    ]
}

#[test]
fn the_base_dataset_is_clean() {
    let report = report_of(&base());
    assert!(report.is_clean(), "{report}");
}

#[test]
fn each_case_reports_exactly_its_violation() {
    for case in cases() {
        let mut doc = base();
        for (pointer, value) in &case.edits {
            set(&mut doc, pointer, value.clone());
        }
        let report = report_of(&doc);
        let found: Vec<_> = report.violations().iter().collect();
        assert_eq!(
            found.len(),
            1,
            "{}: expected one violation, got\n{report}",
            case.name
        );
        let v = found[0];
        assert_eq!(
            (v.code, v.severity, v.path.as_str()),
            (case.code, case.severity, case.path),
            "{}: {v}",
            case.name
        );
        if !case.message.is_empty() {
            assert_eq!(v.message, case.message, "{}", case.name);
        }
    }
}

#[test]
fn every_rule_has_a_case() {
    let covered: std::collections::BTreeSet<_> = cases().iter().map(|c| c.code).collect();
    for rule in RULES {
        assert!(covered.contains(rule), "rule {rule} has no case");
    }
    assert_eq!(
        covered.len(),
        RULES.len(),
        "a case names a code missing from RULES"
    );
}

#[test]
fn overlapping_heads_names_both_holders() {
    let mut doc = base();
    set(
        &mut doc,
        "/officials/2",
        json!({"id": "antonio-vitorino", "name": "António Vitorino",
               "posts": [{"organization": "iom", "role": "head", "period": {"start": "2018-10", "end": "2023-12"}}]}),
    );
    let report = report_of(&doc);
    let v = report.with_code("overlapping-heads").next().unwrap();
    assert_eq!(
        v.message,
        "`amy-pope` (2023-10-01/..) and `antonio-vitorino` (2018-10/2023-12) both head `iom` at once; mark one `acting` if that is what happened"
    );
}

#[test]
fn adjacent_terms_are_not_overlaps() {
    let mut doc = base();
    set(
        &mut doc,
        "/organizations/0/chairs/1",
        json!({"country": "AZ", "period": {"start": "2024-10"}}),
    );
    set(
        &mut doc,
        "/officials/2",
        json!({"id": "antonio-vitorino", "name": "António Vitorino",
               "posts": [{"organization": "iom", "role": "head", "period": {"start": "2018-10", "end": "2023-10-01"}}]}),
    );
    let report = report_of(&doc);
    assert!(report.is_clean(), "{report}");
}

#[test]
fn acting_heads_and_unknown_tenures_do_not_overlap() {
    let mut doc = base();
    set(
        &mut doc,
        "/officials/2",
        json!({"id": "ugochi-daniels", "name": "Ugochi Daniels",
               "posts": [{"organization": "iom", "role": "head", "acting": true, "period": {"start": "2024-01", "end": "2024-02"}}]}),
    );
    set(
        &mut doc,
        "/officials/3",
        json!({"id": "someone", "name": "Someone",
               "posts": [{"organization": "iom", "role": "head"}]}),
    );
    assert!(report_of(&doc).is_clean());
}

#[test]
fn undecidable_dates_give_no_attendee_warning() {
    let mut doc = base();
    // The post's dates are unknown: it may have covered the meeting.
    set(&mut doc, "/officials/1/posts/0/period", json!({}));
    // The meeting is known only to the year.
    set(
        &mut doc,
        "/meetings/1/when",
        json!({"start": "2024", "end": "2024"}),
    );
    set(&mut doc, "/meetings/1/relations", json!([]));
    assert!(report_of(&doc).is_clean());
}

#[test]
fn a_post_at_the_parent_or_a_sub_body_counts() {
    // Sarybay holds his post at the Secretariat and attends for CICA (its parent): no warning.
    // Attending for the Secretariat with a post at CICA is fine too.
    let mut doc = base();
    set(&mut doc, "/officials/0/posts/0/organization", json!("cica"));
    set(
        &mut doc,
        "/meetings/1/participants/0/organization",
        json!("cica-secretariat"),
    );
    assert!(report_of(&doc).is_clean());
}

#[test]
fn every_violation_is_reported_not_only_the_first() {
    let mut doc = base();
    set(&mut doc, "/organizations/2/parent", json!("osce"));
    set(
        &mut doc,
        "/meetings/1/participants/1/official",
        json!("nobody"),
    );
    set(&mut doc, "/mous/0/parties", json!(["iom"]));
    set(&mut doc, "/meetings/1/when", json!({"start": "2024-12-01"}));
    let report = report_of(&doc);
    let codes: Vec<_> = report
        .violations()
        .iter()
        .map(|v| (v.code, v.path.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("dangling-reference", "/organizations/2/parent"),
            ("dangling-reference", "/meetings/1/participants/1/official"),
            ("outside-parent-period", "/meetings/1/when"),
            ("too-few-parties", "/mous/0/parties"),
        ]
    );
    assert_eq!(report.errors().count(), 4);
    assert!(report.to_string().ends_with("4 error(s), 0 warning(s)"));
}
