//! The Popolo export's shape, the Popolo import, its errors and what it drops, and the round
//! trips.

use std::collections::BTreeSet;

use multilateral::Dataset;
use multilateral::interop::popolo::{self, ImportErrorKind, import};
use multilateral_testkit::synth::{SynthConfig, generate};
use serde_json::{Value, json};

use crate::support::{GENEVA, geneva};

/// The real Popolo excerpt (EveryPolitician's Kenya file; see `tests/data/popolo/SOURCE.md`).
const KENYA: &str = include_str!("../../data/popolo/kenya-excerpt.json");

fn find<'a>(doc: &'a Value, collection: &str, id: &str) -> &'a Value {
    doc[collection]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {collection}"))
}

const RELEASE: &str = "CICA Secretary General delivered remarks at the 115th Session of the IOM Council and engaged in high-level meetings to strengthen multilateral cooperation";

#[test]
fn the_sarybay_person_is_a_popolo_person() {
    let doc = popolo::export(&geneva());
    assert_eq!(
        find(&doc, "persons", "kairat-sarybay"),
        &json!({
            "id": "kairat-sarybay",
            "name": "Kairat Sarybay",
            "given_name": "Kairat",
            "family_name": "Sarybay",
            "honorific_prefix": "Ambassador",
            "other_names": [{"name": "Sarybai"}],
            "+sources": [{"title": RELEASE, "publisher": "CICA Secretariat", "published": "2024-11"}]
        })
    );
}

#[test]
fn a_post_held_is_a_membership_of_the_post() {
    let doc = popolo::export(&geneva());
    assert_eq!(
        find(
            &doc,
            "posts",
            "post/cica-secretariat/head/secretary-general"
        ),
        &json!({
            "id": "post/cica-secretariat/head/secretary-general",
            "label": "Secretary General",
            "role": "head",
            "organization_id": "cica-secretariat"
        })
    );
    assert_eq!(
        find(&doc, "memberships", "membership/kairat-sarybay/post/1"),
        &json!({
            "id": "membership/kairat-sarybay/post/1",
            "person_id": "kairat-sarybay",
            "organization_id": "cica-secretariat",
            "post_id": "post/cica-secretariat/head/secretary-general",
            "role": "head",
            "label": "Secretary General"
        })
    );
    // Katie Sams holds two posts at the HD Centre: two posts, two memberships.
    let sams: Vec<&Value> = doc["memberships"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["person_id"] == "katie-sams")
        .collect();
    assert_eq!(sams.len(), 2);
    assert_eq!(
        sams[1]["post_id"],
        "post/hd-centre/staff/chief-operating-officer"
    );
}

#[test]
fn a_dated_chairmanship_is_a_membership_of_the_state() {
    let doc = popolo::export(&geneva());
    assert_eq!(
        find(&doc, "memberships", "membership/cica/chair/1"),
        &json!({
            "id": "membership/cica/chair/1",
            "member": {"@type": "Organization", "id": "state/KZ"},
            "organization_id": "cica",
            "role": "chair",
            "start_date": "2020"
        })
    );
    assert_eq!(
        find(&doc, "organizations", "state/KZ"),
        &json!({
            "id": "state/KZ",
            "name": "Kazakhstan",
            "classification": "state",
            "identifiers": [{"scheme": "iso-3166-1-alpha-2", "identifier": "KZ"}],
            "area_id": "country/KZ"
        })
    );
    assert_eq!(
        find(&doc, "areas", "country/KZ"),
        &json!({"id": "country/KZ", "name": "Kazakhstan", "identifier": "KZ", "classification": "country"})
    );
    let cica = find(&doc, "organizations", "cica");
    assert_eq!(
        cica["other_names"],
        json!([{"name": "CICA", "note": "acronym"}])
    );
    assert_eq!(cica["classification"], "intergovernmental");
    assert_eq!(
        cica["+headquarters"],
        json!({"city": "Astana", "country": "KZ"})
    );
    assert_eq!(
        find(&doc, "organizations", "cica-secretariat")["parent_id"],
        "cica"
    );
}

#[test]
fn a_bilateral_meeting_is_an_event_with_its_parent_event() {
    let doc = popolo::export(&geneva());
    let event = find(&doc, "events", "sarybay-pope-2024-11");
    assert_eq!(
        event["name"],
        "CICA Secretary General meets the IOM Director General"
    );
    assert_eq!(event["classification"], "bilateral");
    assert_eq!(event["status"], "held");
    assert_eq!(event["start_date"], "2024-11-25");
    assert_eq!(event["end_date"], "2024-11-27");
    assert_eq!(event["location"], "Geneva, Switzerland");
    assert_eq!(event["parent_id"], "iom-council-115");
    assert_eq!(
        event["attendees"],
        json!([{"id": "kairat-sarybay"}, {"id": "amy-pope"}])
    );
    assert_eq!(event["+days"], 1);
    assert_eq!(
        event["+relations"],
        json!([{"kind": "sidelines-of", "meeting": "iom-council-115"},
               {"kind": "part-of", "meeting": "cica-sg-geneva-visit-2024-11"}])
    );
    assert!(event.get("+when").is_none(), "the dates are plain: {event}");
    let session = find(&doc, "events", "iom-council-115");
    assert_eq!(session["organization_id"], "iom");
    assert_eq!(session["+session_of"], "iom-council");
    // MoUs and dimensions have no Popolo class.
    let keys: BTreeSet<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "areas",
            "events",
            "memberships",
            "organizations",
            "persons",
            "posts"
        ])
    );
}

/// The document of a few records given as JSON.
fn doc(records: Value) -> Dataset {
    let mut d = records;
    d["schema_version"] = json!("2.0");
    Dataset::from_json(&d.to_string()).unwrap()
}

fn one_post(period: Value) -> Dataset {
    doc(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "other"}],
        "officials": [{"id": "p", "name": "P", "posts": [{"organization": "o", "role": "head", "period": period}]}]
    }))
}

#[test]
fn periods_popolo_cannot_say_are_kept_in_plus_period() {
    let cases = [
        (
            json!({"start": "2019-12-03"}),
            json!({"start_date": "2019-12-03"}),
            false,
        ),
        (
            json!({"start": "2009", "end": "2013"}),
            json!({"start_date": "2009", "end_date": "2013"}),
            false,
        ),
        (
            json!({"start": "2009", "end": "unknown"}),
            json!({"start_date": "2009"}),
            true,
        ),
        (
            json!({"start": "199X", "end": "2005"}),
            json!({"end_date": "2005"}),
            true,
        ),
        (
            json!({"start": {"not_before": "2017-11-14"}}),
            json!({}),
            true,
        ),
        (
            json!({"start": "..", "end": "2001"}),
            json!({"end_date": "2001"}),
            true,
        ),
        (json!({"end": "2001"}), json!({"end_date": "2001"}), false),
    ];
    for (period, native, extended) in cases {
        let data = one_post(period.clone());
        let exported = popolo::export(&data);
        let m = &exported["memberships"][0];
        for key in ["start_date", "end_date"] {
            assert_eq!(m.get(key), native.get(key), "{period}: {m}");
        }
        assert_eq!(m.get("+period").is_some(), extended, "{period}: {m}");
        let back = import(&exported.to_string()).unwrap();
        assert_eq!(back.dataset.officials, data.officials, "{period}");
    }
}

#[test]
fn non_ascii_source_urls_are_percent_encoded_and_kept() {
    let data = doc(json!({
        "organizations": [{"id": "o", "name": "O", "kind": "other",
            "sources": [{"url": "https://en.wikipedia.org/wiki/Aengus_Ó_Snodaigh", "title": "Wiki"}]}]
    }));
    let exported = popolo::export(&data);
    let link = &exported["organizations"][0]["sources"][0];
    assert_eq!(
        link["url"],
        "https://en.wikipedia.org/wiki/Aengus_%C3%93_Snodaigh"
    );
    assert_eq!(link["note"], "Wiki");
    assert_eq!(
        link["+url"],
        "https://en.wikipedia.org/wiki/Aengus_Ó_Snodaigh"
    );
    let back = import(&exported.to_string()).unwrap();
    assert_eq!(back.dataset.organizations, data.organizations);
}

/// What the Popolo import cannot read back: the meetings (so nothing decided at them).
fn without_meetings(mut data: Dataset) -> Dataset {
    data.meetings.clear();
    data.mous.clear();
    data.dimensions.clear();
    for o in &mut data.officials {
        for p in &mut o.posts {
            p.decided_at = None;
        }
    }
    for o in &mut data.organizations {
        for m in &mut o.members {
            m.decided_at = None;
        }
        for c in &mut o.chairs {
            c.decided_at = None;
        }
    }
    data
}

/// multilateral → Popolo → multilateral keeps organizations and officials whole, with every
/// member, chair and post, on the fixtures and on generated data.
#[test]
fn organizations_and_officials_come_back_from_popolo_unchanged() {
    let mut sets: Vec<(String, Dataset)> = vec![("geneva".into(), geneva())];
    for name in [
        "asean-chairmanship-2017-2020",
        "iaea-director-general-2019",
        "spc-sprep-mou-2011",
    ] {
        let path = format!("{}/examples/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        sets.push((name.into(), Dataset::from_json(&text).unwrap()));
    }
    for (meetings, seed) in [(300, 3), (3_000, 11)] {
        sets.push((
            format!("synth {meetings} {seed}"),
            generate(&SynthConfig::new(meetings, seed)),
        ));
    }
    for (name, data) in sets {
        let text = popolo::to_string_pretty(&data);
        let back = import(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = without_meetings(data.clone());
        assert_eq!(back.dataset.organizations, expected.organizations, "{name}");
        assert_eq!(back.dataset.officials, expected.officials, "{name}");
        // Only the events and the deciding meetings are dropped.
        for d in &back.dropped {
            assert!(
                d.path == "/events" || d.path.ends_with("/+decided_at"),
                "{name}: {d}"
            );
        }
        let events = back.dropped.iter().filter(|d| d.path == "/events").count();
        assert_eq!(events, usize::from(!data.meetings.is_empty()), "{name}");
    }
}

// --- Real Popolo data, published by others ------------------------------------------------

/// The facts of a Popolo file that this crate's model holds, written so that two files that
/// say the same compare equal: persons, organizations, and the memberships of persons, with
/// posts named by their label.
fn facts(doc: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let list = |key: &str| doc[key].as_array().cloned().unwrap_or_default();
    let lang = |v: &Value| v.as_str().map(|s| s.to_ascii_lowercase());
    let kinds = [
        "intergovernmental",
        "un-entity",
        "government",
        "ngo",
        "think-tank",
        "academic",
        "secretariat",
        "governing-body",
        "advisory-body",
        "network",
        "supranational",
        "institution",
        "parliamentary-assembly",
        "court",
        "financial-institution",
        "field-office",
    ];
    let roles = [
        "head",
        "deputy",
        "chair",
        "member",
        "representative",
        "staff",
        "other",
    ];
    // Ids as the import makes them, so that EveryPolitician's `party/x` is `party.x`.
    let local = |v: &Value| v.as_str().unwrap_or_default().replace('/', ".");
    for p in list("persons") {
        let id = local(&p["id"]);
        for key in ["name", "given_name", "family_name", "honorific_prefix"] {
            if let Some(v) = p.get(key) {
                out.insert(format!("person {id} {key} {v}"));
            }
        }
        for n in p["other_names"].as_array().into_iter().flatten() {
            let l = lang(&n["+lang"]).or_else(|| lang(&n["lang"]));
            out.insert(format!("person {id} other name {} {l:?}", n["name"]));
        }
        for x in p["identifiers"].as_array().into_iter().flatten() {
            out.insert(format!(
                "person {id} identifier {} {}",
                x["scheme"], x["identifier"]
            ));
        }
        for s in p["sources"].as_array().into_iter().flatten() {
            out.insert(format!("person {id} source {} {}", s["url"], s["note"]));
        }
    }
    for o in list("organizations") {
        let id = local(&o["id"]);
        for key in [
            "name",
            "description",
            "founding_date",
            "dissolution_date",
            "parent_id",
        ] {
            if let Some(v) = o.get(key) {
                out.insert(format!("organization {id} {key} {v}"));
            }
        }
        if let Some(c) = o["classification"].as_str().filter(|c| kinds.contains(c)) {
            out.insert(format!("organization {id} kind {c}"));
        }
        for n in o["other_names"].as_array().into_iter().flatten() {
            let l = lang(&n["+lang"]).or_else(|| lang(&n["lang"]));
            out.insert(format!("organization {id} other name {} {l:?}", n["name"]));
        }
        for x in o["identifiers"].as_array().into_iter().flatten() {
            out.insert(format!(
                "organization {id} identifier {} {}",
                x["scheme"], x["identifier"]
            ));
        }
        for s in o["sources"].as_array().into_iter().flatten() {
            out.insert(format!(
                "organization {id} source {} {}",
                s["url"], s["note"]
            ));
        }
    }
    let posts = list("posts");
    for m in list("memberships") {
        let Some(person) = m["person_id"].as_str() else {
            continue;
        };
        let post = posts.iter().find(|p| p["id"] == m["post_id"]);
        let role = m["role"].as_str().filter(|r| roles.contains(r));
        let title = post
            .and_then(|p| p["label"].as_str())
            .or(m["label"].as_str())
            .or(m["role"].as_str().filter(|r| !roles.contains(r)));
        let mut fact = format!(
            "membership {} in {} title {title:?} role {role:?} from {} to {}",
            person.replace('/', "."),
            local(&m["organization_id"]),
            m["start_date"],
            m["end_date"]
        );
        for s in m["sources"].as_array().into_iter().flatten() {
            fact.push_str(&format!(" source {} {}", s["url"], s["note"]));
        }
        out.insert(fact);
    }
    out
}

/// Popolo → multilateral → Popolo keeps every fact the model holds, on EveryPolitician's
/// Kenya file.
#[test]
fn a_real_popolo_file_keeps_its_facts_through_a_round_trip() {
    let original: Value = serde_json::from_str(KENYA).unwrap();
    let got = import(KENYA).unwrap();
    assert!(
        got.dataset.validate().is_clean(),
        "{}",
        got.dataset.validate()
    );
    assert_eq!(got.dataset.officials.len(), 15);
    let again = popolo::export(&got.dataset);
    let (before, after) = (facts(&original), facts(&again));
    assert!(before.len() > 200, "{}", before.len());
    let lost: Vec<&String> = before.difference(&after).collect();
    let added: Vec<&String> = after.difference(&before).collect();
    assert!(
        lost.is_empty() && added.is_empty(),
        "lost {lost:#?}\nadded {added:#?}"
    );
    // And the ids EveryPolitician gave come back, though this crate's are made of them.
    let parties: BTreeSet<&str> = original["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["id"].as_str())
        .collect();
    let written: BTreeSet<&str> = again["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["id"].as_str())
        .collect();
    assert_eq!(written, parties);
    // Twice round is once round.
    let twice = import(&again.to_string()).unwrap();
    assert_eq!(twice.dataset, got.dataset);
}

#[test]
fn the_import_reads_kenya_as_posts_in_the_national_assembly() {
    let got = import(KENYA).unwrap();
    let data = &got.dataset;
    let assembly = data
        .organizations
        .iter()
        .find(|o| o.name.as_str() == "National Assembly")
        .unwrap();
    assert_eq!(assembly.kind.as_str(), "other");
    let party = data
        .organizations
        .iter()
        .find(|o| o.id.as_str() == "party.orange_democratic_movement")
        .unwrap();
    assert_eq!(party.identifiers.last().unwrap().scheme.as_str(), "popolo");
    assert_eq!(
        party.identifiers.last().unwrap().value.as_str(),
        "party/orange_democratic_movement"
    );
    // A membership of a post: the post's label is the title.
    let nominated: Vec<_> = data
        .officials
        .iter()
        .flat_map(|o| &o.posts)
        .filter(|p| p.title.as_deref() == Some("Nominated Representative"))
        .collect();
    assert_eq!(nominated.len(), 2);
    assert!(nominated.iter().all(|p| p.role.as_str() == "member"));
    // A dated membership.
    let dated = data
        .officials
        .iter()
        .find(|o| o.id.as_str() == "1a9c7f04-cac7-45ad-8140-cbfd737c46ba")
        .unwrap();
    assert_eq!(dated.posts[0].period.to_string(), "/2014-03-18");
    assert_eq!(
        dated.posts[0].sources[0].url.as_ref().unwrap().as_str(),
        "http://info.mzalendo.com/person/george-mike-wanjohi/"
    );
    // What EveryPolitician says that the model does not hold is reported, once per fact.
    let summary = got.dropped_summary();
    let count = |p: &str| summary.iter().find(|(k, _)| k == p).map_or(0, |(_, n)| *n);
    assert_eq!(count("/persons/*/gender"), 15);
    assert_eq!(count("/memberships/*/on_behalf_of_id"), 15);
    assert_eq!(count("/memberships/*/legislative_period_id"), 15);
    assert_eq!(count("/events"), 1);
    assert_eq!(count("/organizations/*/classification"), 8);
    assert!(
        got.dropped
            .iter()
            .any(|d| d.path == "/organizations/0/classification" && d.reason.contains("\"party\"")),
        "{:?}",
        &got.dropped[..5]
    );
}

// --- Errors -------------------------------------------------------------------------------

#[track_caller]
fn refused(text: &str, kind: ImportErrorKind, path: &str) -> String {
    let e = import(text).unwrap_err();
    assert_eq!((e.kind(), e.path()), (kind, path), "{e}");
    e.to_string()
}

#[test]
fn the_import_refuses_what_it_cannot_map_with_a_path() {
    use ImportErrorKind::*;
    refused("{\"persons\": [", Json, "");
    refused("[]", Layout, "");
    refused(r#"{"persons": {}}"#, Layout, "/persons");
    refused(r#"{"persons": [1]}"#, Layout, "/persons/0");
    refused(r#"{"persons": [{"id": "p"}]}"#, Missing, "/persons/0/name");
    refused(r#"{"persons": [{"name": "P"}]}"#, Missing, "/persons/0/id");
    refused(
        r#"{"persons": [{"id": "p", "name": "  "}]}"#,
        Invalid,
        "/persons/0/name",
    );
    refused(
        r#"{"persons": [{"id": "p", "name": "A"}, {"id": "p", "name": "B"}]}"#,
        Duplicate,
        "/persons/1/id",
    );
    let msg = refused(
        r#"{"organizations": [{"id": "a/b", "name": "A"}, {"id": "a.b", "name": "B"}]}"#,
        Duplicate,
        "/organizations/1/id",
    );
    assert!(msg.contains("\"a.b\""), "{msg}");
    refused(
        r#"{"organizations": [{"id": "Ö", "name": "A"}]}"#,
        Invalid,
        "/organizations/0/id",
    );
    refused(
        r#"{"organizations": [{"id": "a", "name": "A", "parent_id": "z"}]}"#,
        Dangling,
        "/organizations/0/parent_id",
    );
    let people =
        r#""persons": [{"id": "p", "name": "P"}], "organizations": [{"id": "o", "name": "O"}]"#;
    refused(
        &format!(r#"{{{people}, "memberships": [{{"person_id": "q", "organization_id": "o"}}]}}"#),
        Dangling,
        "/memberships/0/person_id",
    );
    refused(
        &format!(r#"{{{people}, "memberships": [{{"person_id": "p"}}]}}"#),
        Missing,
        "/memberships/0",
    );
    refused(
        &format!(r#"{{{people}, "memberships": [{{"organization_id": "o"}}]}}"#),
        Missing,
        "/memberships/0",
    );
    refused(
        &format!(r#"{{{people}, "memberships": [{{"person_id": "p", "post_id": "x"}}]}}"#),
        Dangling,
        "/memberships/0/post_id",
    );
    refused(
        &format!(
            r#"{{{people}, "memberships": [{{"person_id": "p", "organization_id": "o", "start_date": "2024-13"}}]}}"#
        ),
        Invalid,
        "/memberships/0/start_date",
    );
    refused(
        &format!(
            r#"{{{people}, "memberships": [{{"person_id": "p", "organization_id": "o", "start_date": "2024", "end_date": "2020"}}]}}"#
        ),
        Invalid,
        "/memberships/0/start_date",
    );
    // A bad value in a `+` property is reported at the membership it came from.
    let msg = refused(
        &format!(
            r#"{{{people}, "memberships": [{{"person_id": "p", "organization_id": "o"}},
               {{"person_id": "p", "organization_id": "o", "+period": {{"start": "soon"}}}}]}}"#
        ),
        Invalid,
        "/memberships/1/period/start",
    );
    assert!(msg.contains("soon"), "{msg}");
    refused(r#"{"posts": [{"id": "x"}]}"#, Missing, "/posts/0");
}

#[test]
fn the_import_drops_what_it_can_do_without_and_says_so() {
    let got = import(
        r#"{
          "persons": [{"id": "p", "name": "P", "national_identity": "Scottish",
                       "other_names": [{"name": "Q", "lang": "not a tag!"}],
                       "identifiers": [{"identifier": "123"}]}],
          "organizations": [{"id": "o", "name": "O", "classification": "party"},
                            {"id": "s", "name": "Kazakhstan", "classification": "state",
                             "identifiers": [{"scheme": "iso-3166-1-alpha-2", "identifier": "KZ"}]}],
          "memberships": [
            {"person_id": "p", "organization_id": "o", "role": "Whip", "label": "Chief Whip",
             "start_date": "2020-01-02T10:00:00Z"},
            {"member": {"@type": "Organization", "id": "s"}, "organization_id": "o", "role": "ally"},
            {"person_id": "p", "organization_id": "s"}
          ],
          "motions": []
        }"#,
    )
    .unwrap();
    let reasons: Vec<String> = got.dropped.iter().map(ToString::to_string).collect();
    let has = |p: &str| got.dropped.iter().any(|d| d.path == p);
    for path in [
        "/persons/0/national_identity",
        "/persons/0/other_names/0/lang",
        "/persons/0/identifiers/0",
        "/organizations/0/classification",
        "/memberships/0/role",
        "/memberships/0/start_date",
        "/memberships/1/role",
        "/memberships/2",
        "/motions",
    ] {
        assert!(has(path), "{path} not in {reasons:#?}");
    }
    let p = &got.dataset.officials[0];
    assert_eq!(p.posts.len(), 1);
    assert_eq!(p.posts[0].title.as_deref(), Some("Chief Whip"));
    assert_eq!(p.posts[0].role.as_str(), "other");
    assert_eq!(p.posts[0].period.to_string(), "2020-01-02/..");
    assert_eq!(p.other_names[0].lang, None);
    let o = &got.dataset.organizations;
    assert_eq!(o.len(), 1, "the state is no organization");
    assert_eq!(
        o[0].members[0]
            .party
            .state()
            .map(|c| c.to_string())
            .as_deref(),
        Some("KZ")
    );
    assert_eq!(o[0].members[0].status.as_str(), "member");
}

#[test]
fn embedded_posts_and_memberships_are_read_with_their_container() {
    let got = import(
        r#"{
          "persons": [{"id": "p", "name": "P",
                       "memberships": [{"organization_id": "o", "role": "staff"}]}],
          "organizations": [{"id": "o", "name": "O", "classification": "Secretariat",
                             "posts": [{"id": "sg", "label": "Secretary General", "role": "head",
                                        "memberships": [{"person_id": "p", "start_date": "2021"}]}]}]
        }"#,
    )
    .unwrap();
    assert!(got.dropped.is_empty(), "{:?}", got.dropped);
    let p = &got.dataset.officials[0];
    assert_eq!(got.dataset.organizations[0].kind.as_str(), "secretariat");
    let titles: Vec<_> = p
        .posts
        .iter()
        .map(|x| (x.title.as_deref(), x.role.as_str()))
        .collect();
    assert_eq!(
        titles,
        [(None, "staff"), (Some("Secretary General"), "head")]
    );
    assert_eq!(p.posts[1].period.to_string(), "2021/..");
}

#[test]
fn geneva_is_read_back_from_its_own_popolo() {
    // The crate-level round trip, on the text as shipped.
    let data = Dataset::from_json(GENEVA).unwrap();
    let back = import(&popolo::to_string_pretty(&data)).unwrap();
    assert_eq!(back.dataset.organizations, data.organizations);
    assert_eq!(back.dataset.officials, data.officials);
    assert!(back.dataset.validate().is_clean());
}
