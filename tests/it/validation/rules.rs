//! The rules themselves: one case per rule, each breaking a small valid world in one place
//! and giving exactly its violation (code, severity, path, message); and the catalogue of
//! rules, which the module docs of `src/validate/mod.rs` list.

use std::collections::BTreeSet;

use multilateral::{Rule, Severity, ValueError};
use serde_json::{Value, json};

use super::{base, set};
use crate::support::report;

/// One case: edits to the base, and the one violation they must produce (with, for a few
/// rules, the violations that necessarily come with it).
struct Case {
    name: &'static str,
    edits: Vec<(&'static str, Value)>,
    rule: Rule,
    severity: Severity,
    path: &'static str,
    message: &'static str,
    also: Vec<(Rule, &'static str)>,
}

impl Case {
    /// Another violation the edits necessarily produce, after the case's own.
    fn also(mut self, rule: Rule, path: &'static str) -> Self {
        self.also.push((rule, path));
        self
    }
}

fn case(
    name: &'static str,
    edits: Vec<(&'static str, Value)>,
    (rule, severity, path): (Rule, Severity, &'static str),
    message: &'static str,
) -> Case {
    Case {
        name,
        edits,
        rule,
        severity,
        path,
        message,
        also: Vec::new(),
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
            (Rule::DuplicateId, E, "/organizations/3/id"),
            "organization id `iom` is already used by /organizations/2",
        ),
        case(
            "duplicate meeting id",
            vec![("/meetings/1/id", json!("iom-council-115"))],
            (Rule::DuplicateId, E, "/meetings/1/id"),
            "meeting id `iom-council-115` is already used by /meetings/0",
        ),
        case(
            "organization parent",
            vec![("/organizations/2/parent", json!("osce"))],
            (Rule::DanglingReference, E, "/organizations/2/parent"),
            "no organization has id `osce`",
        ),
        case(
            "member organization",
            vec![(
                "/organizations/0/members/1",
                json!({"organization": "un", "status": "observer"}),
            )],
            (
                Rule::DanglingReference,
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
            (
                Rule::DanglingReference,
                E,
                "/officials/2/posts/0/organization",
            ),
            "no organization has id `ilo`",
        ),
        case(
            "dimension organization",
            vec![("/dimensions/0/organization", json!("osce"))],
            (Rule::DanglingReference, E, "/dimensions/0/organization"),
            "no organization has id `osce`",
        ),
        case(
            "dimension parent",
            vec![("/dimensions/0/parent", json!("cica-economic"))],
            (Rule::DanglingReference, E, "/dimensions/0/parent"),
            "no dimension has id `cica-economic`",
        ),
        case(
            "mou party",
            vec![("/mous/0/parties/2", json!("unog"))],
            (Rule::DanglingReference, E, "/mous/0/parties/2"),
            "no organization has id `unog`",
        ),
        case(
            "mou signatory",
            vec![("/mous/0/signatories", json!(["nobody"]))],
            (Rule::DanglingReference, E, "/mous/0/signatories/0"),
            "no official has id `nobody`",
        ),
        case(
            "mou signing meeting",
            vec![("/mous/0/signed_at", json!("summit-2008"))],
            (Rule::DanglingReference, E, "/mous/0/signed_at"),
            "no meeting has id `summit-2008`",
        ),
        case(
            "mou dimension",
            vec![("/mous/0/dimensions", json!(["cica-economic"]))],
            (Rule::DanglingReference, E, "/mous/0/dimensions/0"),
            "no dimension has id `cica-economic`",
        ),
        case(
            "participant organization",
            vec![("/meetings/1/participants/1/organization", json!("ilo"))],
            (
                Rule::DanglingReference,
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
                Rule::DanglingReference,
                E,
                "/meetings/1/participants/1/official",
            ),
            "no official has id `gilbert-houngbo`",
        ),
        case(
            "meeting relation",
            vec![("/meetings/1/relations/0/meeting", json!("iom-council-116"))],
            (
                Rule::DanglingReference,
                E,
                "/meetings/1/relations/0/meeting",
            ),
            "no meeting has id `iom-council-116`",
        ),
        case(
            "meeting dimension",
            vec![("/meetings/1/dimensions/0", json!("cica-economic"))],
            (Rule::DanglingReference, E, "/meetings/1/dimensions/0"),
            "no dimension has id `cica-economic`",
        ),
        case(
            "meeting mou",
            vec![("/meetings/1/mous/0", json!("iom-cica-mou-2009"))],
            (Rule::DanglingReference, E, "/meetings/1/mous/0"),
            "no MoU has id `iom-cica-mou-2009`",
        ),
        case(
            "outcome mou",
            vec![(
                "/meetings/1/outcomes",
                json!([{"kind": "committed", "text": "Both sides committed.", "mou": "iom-cica-mou-2009"}]),
            )],
            (Rule::DanglingReference, E, "/meetings/1/outcomes/0/mou"),
            "no MoU has id `iom-cica-mou-2009`",
        ),
        case(
            "organization parent cycle",
            vec![("/organizations/0/parent", json!("cica-secretariat"))],
            (Rule::ParentCycle, E, "/organizations/1/parent"),
            "organizations are their own ancestors: cica → cica-secretariat → cica",
        ),
        case(
            "dimension parent cycle",
            vec![("/dimensions/0/parent", json!("cica-human"))],
            (Rule::ParentCycle, E, "/dimensions/0/parent"),
            "dimensions are their own ancestors: cica-human → cica-human",
        ),
        case(
            "sidelines cycle",
            vec![(
                "/meetings/0/relations",
                json!([{"kind": "part-of", "meeting": "sarybay-pope"}]),
            )],
            (Rule::RelationCycle, E, "/meetings/1/relations/0/meeting"),
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
            (Rule::RelationCycle, E, "/meetings/1/relations/0/meeting"),
            "meetings come before themselves (in preparation for / follow-up to): iom-council-115 → sarybay-pope → iom-council-115",
        ),
        case(
            "sidelines meeting after its parent",
            vec![(
                "/meetings/1/when",
                json!({"start": "2024-11-28", "end": "2024-11-28"}),
            )],
            (Rule::OutsideParentPeriod, E, "/meetings/1/when"),
            "`sarybay-pope` (2024-11-28/2024-11-28) is on the sidelines of `iom-council-115` but lies outside its period (2024-11-25/2024-11-27)",
        ),
        case(
            "organization dissolved before founded",
            vec![("/organizations/2/dissolved", json!("1950"))],
            (
                Rule::OrganizationDatesReversed,
                E,
                "/organizations/2/dissolved",
            ),
            "`iom` is dissolved (1950) before it was founded (1951)",
        ),
        case(
            "mou with one party twice",
            vec![("/mous/0/parties", json!(["iom", "iom"]))],
            (Rule::TooFewParties, E, "/mous/0/parties"),
            "`iom-cica-mou-2008` has 1 distinct party; an MoU binds at least two organizations",
        )
        .also(Rule::DuplicateEntry, "/mous/0/parties/1"),
        case(
            "mou party listed twice",
            vec![("/mous/0/parties", json!(["iom", "cica", "iom"]))],
            (Rule::DuplicateEntry, W, "/mous/0/parties/2"),
            "the same party is listed twice: first at /mous/0/parties/0",
        ),
        case(
            "organization a member of itself",
            vec![(
                "/organizations/0/members/1",
                json!({"organization": "cica", "status": "member"}),
            )],
            (
                Rule::MemberOfItself,
                E,
                "/organizations/0/members/1/organization",
            ),
            "`cica` lists itself as a member: an organization cannot belong to itself",
        ),
        case(
            "preparation after the meeting it prepares",
            vec![
                (
                    "/meetings/1/relations",
                    json!([{"kind": "in-preparation-for", "meeting": "iom-council-115"}]),
                ),
                (
                    "/meetings/1/when",
                    json!({"start": "2024-12-01", "end": "2024-12-01"}),
                ),
            ],
            (Rule::RelationOutOfOrder, E, "/meetings/1/relations/0"),
            "`sarybay-pope` (2024-12-01/2024-12-01) is in preparation for `iom-council-115` (2024-11-25/2024-11-27) but begins after it ended",
        ),
        case(
            "follow-up before the meeting it follows",
            vec![
                (
                    "/meetings/1/relations",
                    json!([{"kind": "follow-up-to", "meeting": "iom-council-115"}]),
                ),
                (
                    "/meetings/1/when",
                    json!({"start": "2024-10", "end": "2024-10"}),
                ),
            ],
            (Rule::RelationOutOfOrder, E, "/meetings/1/relations/0"),
            "`sarybay-pope` (2024-10/2024-10) is a follow-up to `iom-council-115` (2024-11-25/2024-11-27) but ended before it began",
        ),
        case(
            "mou expired before it was signed",
            vec![
                ("/mous/0/expires", json!("2007")),
                ("/mous/0/status", json!("expired")),
            ],
            (Rule::MouDatesReversed, E, "/mous/0/expires"),
            "`iom-cica-mou-2008` has expires 2007 before signed 2008",
        ),
        case(
            "draft mou with a signing date",
            vec![("/mous/0/status", json!("draft"))],
            (Rule::MouStatusInconsistent, E, "/mous/0/status"),
            "`iom-cica-mou-2008` is a draft but has a signing date: a draft is not signed",
        ),
        case(
            "mou signed outside its signing meeting",
            vec![("/mous/0/signed_at", json!("iom-council-115"))],
            (Rule::SigningDateMismatch, E, "/mous/0/signed"),
            "`iom-cica-mou-2008` is signed 2008, but the meeting where it was signed, `iom-council-115`, took place 2024-11-25/2024-11-27",
        ),
        case(
            "state member twice at once",
            vec![(
                "/organizations/0/members/1",
                json!({"state": "KZ", "status": "observer", "period": {"start": "2010", "end": "2012"}}),
            )],
            (
                Rule::OverlappingMembership,
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
            (
                Rule::OverlappingChairs,
                E,
                "/organizations/0/chairs/1/period",
            ),
            "`cica` has two chairs at once: AZ (2024-06/..) and KZ (2020/2024-10)",
        ),
        case(
            "government body without country",
            vec![(
                "/organizations/3",
                json!({"id": "mfa-kz", "name": "Ministry of Foreign Affairs", "kind": "government"}),
            )],
            (
                Rule::GovernmentWithoutCountry,
                E,
                "/organizations/3/country",
            ),
            "`mfa-kz` is a government body but names no country",
        ),
        case(
            "more days than the period holds",
            vec![("/meetings/1/days", json!(4))],
            (Rule::DaysExceedPeriod, E, "/meetings/1/days"),
            "`sarybay-pope` lasted 4 days, more than the 3 days of its period (2024-11-25/2024-11-27)",
        ),
        case(
            "empty location",
            vec![("/meetings/1/location", json!({}))],
            (Rule::LocationEmpty, E, "/meetings/1/location"),
            "a location names a venue, a city or a country, or is online; leave it out when unknown",
        ),
        case(
            "source with neither url nor title",
            vec![("/meetings/1/sources/0", json!({"publisher": "CICA"}))],
            (Rule::SourceUnidentified, E, "/meetings/1/sources/0"),
            "a source needs a url or a title, so that a reader can find it",
        ),
        case(
            "priority area under another organization's dimension",
            vec![(
                "/dimensions/1",
                json!({"id": "iom-labour", "organization": "iom", "name": "Labour migration", "parent": "cica-human"}),
            )],
            (Rule::DimensionParentMismatch, E, "/dimensions/1/parent"),
            "`iom-labour` belongs to `iom` but its parent `cica-human` belongs to `cica`",
        ),
        case(
            "a post's own source with neither url nor title",
            vec![(
                "/officials/1/posts/0/sources",
                json!([{"publisher": "IOM"}]),
            )],
            (
                Rule::SourceUnidentified,
                E,
                "/officials/1/posts/0/sources/0",
            ),
            "a source needs a url or a title, so that a reader can find it",
        ),
        case(
            "a post attested before it began",
            vec![("/officials/0/posts/0/attested", json!(["2021-12-31"]))],
            (
                Rule::AttestedOutsidePeriod,
                E,
                "/officials/0/posts/0/attested/0",
            ),
            "attested on 2021-12-31, outside its period 2022/..",
        ),
        case(
            "a chairmanship attested after it ended",
            vec![(
                "/organizations/0/chairs/0/attested",
                json!(["2024-06", "2025"]),
            )],
            (
                Rule::AttestedOutsidePeriod,
                E,
                "/organizations/0/chairs/0/attested/1",
            ),
            "attested on 2025, outside its period 2020/2024-10",
        ),
        case(
            "a membership decided by a meeting after it began",
            vec![(
                "/organizations/0/members/0/decided_at",
                json!("iom-council-115"),
            )],
            (
                Rule::DecidedAfterStart,
                W,
                "/organizations/0/members/0/decided_at",
            ),
            "decided at `iom-council-115` (2024-11-25/2024-11-27), after the holding began (1999)",
        ),
        case(
            "two heads at once",
            vec![(
                "/officials/2",
                json!({"id": "antonio-vitorino", "name": "António Vitorino",
                       "posts": [{"organization": "iom", "role": "head", "period": {"start": "2018-10", "end": "2023-12"}}]}),
            )],
            (Rule::OverlappingHeads, W, "/officials/1/posts/0/period"),
            "",
        ),
        case(
            "attendee without a post there",
            vec![(
                "/meetings/1/participants/1/official",
                json!("kairat-sarybay"),
            )],
            (
                Rule::AttendeeWithoutPost,
                W,
                "/meetings/1/participants/1/official",
            ),
            "`kairat-sarybay` attends `sarybay-pope` for `iom`, but holds no post at `iom`, above it or below it",
        ),
        case(
            "attendee whose post ended before the meeting",
            vec![(
                "/officials/1/posts/0/period",
                json!({"start": "2023-10-01", "end": "2024-06"}),
            )],
            (
                Rule::AttendeeWithoutPost,
                W,
                "/meetings/1/participants/1/official",
            ),
            "`amy-pope` attends `sarybay-pope` for `iom`, but holds posts there only outside the meeting's dates (2024-11-25/2024-11-27)",
        ),
        case(
            "signatory without a post at a party when signing",
            vec![("/mous/0/signatories", json!(["amy-pope"]))],
            (Rule::SignatoryWithoutPost, W, "/mous/0/signatories/0"),
            "`amy-pope` signed `iom-cica-mou-2008` but held no post at a party on the signing date (2008)",
        ),
        case(
            "dimension of an absent organization",
            vec![("/meetings/0/dimensions", json!(["cica-human"]))],
            (
                Rule::DimensionNotOfParticipant,
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
            (Rule::OutcomeOfUnheldMeeting, W, "/meetings/1/outcomes"),
            "`sarybay-pope` has outcomes but its status is cancelled, not held",
        ),
        case(
            "dimension listed twice",
            vec![("/meetings/1/dimensions/1", json!("cica-human"))],
            (Rule::DuplicateEntry, W, "/meetings/1/dimensions/1"),
            "the same dimension is listed twice: first at /meetings/1/dimensions/0",
        ),
    ]
}

#[test]
fn the_base_dataset_is_clean() {
    let r = report(base());
    assert!(r.is_clean(), "{r}");
}

#[test]
fn each_case_reports_exactly_its_violation() {
    for case in cases() {
        let mut doc = base();
        for (pointer, value) in &case.edits {
            set(&mut doc, pointer, value.clone());
        }
        let r = report(doc);
        let found = r.violations();
        assert_eq!(
            found.len(),
            1 + case.also.len(),
            "{}: expected one violation, got\n{r}",
            case.name
        );
        let others: Vec<(Rule, &str)> = found[1..]
            .iter()
            .map(|v| (v.rule, v.path.as_str()))
            .collect();
        assert_eq!(others, case.also, "{}", case.name);
        let v = &found[0];
        assert_eq!(
            (v.rule, v.severity, v.path.as_str()),
            (case.rule, case.severity, case.path),
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
    // `too-many-records` needs a collection of more than `MAX_RECORDS` (about 4 billion)
    // records: no test document can trigger it, and its unit test in `src/validate/mod.rs`
    // checks it from the count alone.
    let untriggerable = [Rule::TooManyRecords];
    let covered: BTreeSet<Rule> = cases().iter().map(|c| c.rule).collect();
    for rule in Rule::ALL {
        assert!(
            covered.contains(rule) || untriggerable.contains(rule),
            "rule {rule} has no case"
        );
    }
    assert!(untriggerable.iter().all(|r| !covered.contains(r)));
    assert_eq!(covered.len() + untriggerable.len(), Rule::ALL.len());
}

/// The rows of the rules table in the module docs of `src/validate/mod.rs`: `(code, severity)`.
fn documented_rules() -> Vec<(String, String)> {
    include_str!("../../../src/validate/mod.rs")
        .lines()
        .filter_map(|line| line.strip_prefix("//! | `"))
        .map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let code = cells[0].trim_end_matches('`');
            (code.to_owned(), cells[1].to_owned())
        })
        .collect()
}

#[test]
fn the_rules_table_in_the_module_docs_lists_every_rule_in_order() {
    let listed: Vec<(String, String)> = Rule::ALL
        .iter()
        .map(|r| (r.code().to_owned(), r.severity().to_string()))
        .collect();
    assert_eq!(documented_rules(), listed);
}

#[test]
fn every_rule_has_a_description_and_reads_back_from_its_code() {
    for &rule in Rule::ALL {
        let description = rule.description();
        assert!(!description.trim().is_empty(), "{rule}");
        assert!(
            description.starts_with(char::is_uppercase) && description.ends_with('.'),
            "{rule}: {description:?} is a sentence"
        );
        assert_eq!(rule.to_string(), rule.code());
        assert_eq!(rule.code().parse::<Rule>(), Ok(rule));
        assert_eq!(serde_json::to_value(rule).unwrap(), json!(rule.code()));
    }
    let codes: BTreeSet<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes.len(), Rule::ALL.len(), "codes are unique");
    let err = "no-such-rule".parse::<Rule>().unwrap_err();
    let ValueError::Variant { kind, expected, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(*kind, "Rule");
    let in_order: Vec<&str> = Rule::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(expected.to_vec(), in_order);
    assert!(
        err.to_string()
            .starts_with("unknown Rule \"no-such-rule\": expected one of \"duplicate-id\", \"dangling-reference\""),
        "{err}"
    );
}
