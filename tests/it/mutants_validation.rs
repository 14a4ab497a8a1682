//! Validation at the edges of its rules: the day where a date order turns, the count where
//! a list has a duplicate, the length where a cycle's message is cut, and the report's own
//! accessors. Written where `cargo mutants` showed that no other test would notice a rule
//! drifting by one; each test states the behaviour.

use multilateral::{Dataset, Report, Severity};
use serde_json::{Value, json};

fn report(doc: Value) -> Report {
    let mut doc = doc;
    doc["schema_version"] = json!("1.0");
    Dataset::from_json(&doc.to_string()).unwrap().validate()
}

fn codes(report: &Report) -> Vec<(&'static str, &str)> {
    report
        .violations()
        .iter()
        .map(|v| (v.code, v.path.as_str()))
        .collect()
}

fn org(id: &str) -> Value {
    json!({"id": id, "name": format!("Organization {id}"), "kind": "intergovernmental"})
}

fn meeting(id: &str, when: Value) -> Value {
    json!({"id": id, "title": format!("Meeting {id}"), "kind": "bilateral", "status": "held",
           "when": when})
}

// --- The report -----------------------------------------------------------------------------

#[test]
fn a_report_sorts_errors_from_warnings_and_prints_like_a_compiler() {
    let r = report(json!({
        "organizations": [org("a"), org("a")],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "cancelled",
                      "when": {}, "outcomes": [{"kind": "agreed", "text": "Agreed."}]}]
    }));
    assert!(r.has_errors());
    assert!(!r.is_clean());
    assert_eq!(r.errors().count(), 1);
    assert_eq!(r.warnings().count(), 1);
    assert_eq!(r.errors().next().unwrap().code, "duplicate-id");
    assert_eq!(
        r.warnings().next().unwrap().code,
        "outcome-of-unheld-meeting"
    );
    assert_eq!(r.with_code("duplicate-id").count(), 1);
    assert_eq!(r.with_code("no-such-rule").count(), 0);
    assert_eq!(
        r.to_string(),
        "/organizations/1/id: error[duplicate-id]: organization id `a` is already used by /organizations/0\n\
         /meetings/0/outcomes: warning[outcome-of-unheld-meeting]: `m` has outcomes but its status is cancelled, not held\n\
         1 error(s), 1 warning(s)"
    );
    let all: Vec<_> = r.clone().into_iter().map(|v| v.severity).collect();
    assert_eq!(all, [Severity::Error, Severity::Warning]);
    assert_eq!(
        serde_json::to_value(&r).unwrap()["violations"][1]["severity"],
        json!("warning")
    );
    assert!(Severity::Warning < Severity::Error);
    assert_eq!(
        (Severity::Warning.to_string(), Severity::Error.to_string()),
        ("warning".to_owned(), "error".to_owned())
    );
}

#[test]
fn warnings_alone_are_not_errors() {
    let r = report(json!({
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "planned",
                      "when": {}, "outcomes": [{"kind": "agreed", "text": "Agreed."}]}]
    }));
    assert!(!r.has_errors());
    assert!(!r.is_clean());
    assert_eq!(r.errors().count(), 0);
    assert!(r.to_string().ends_with("0 error(s), 1 warning(s)"));
    assert!(report(json!({})).is_clean());
    assert_eq!(report(json!({})).to_string(), "0 error(s), 0 warning(s)");
}

// --- Duplicates -------------------------------------------------------------------------------

#[test]
fn duplicate_ids_are_reported_for_every_kind_of_record() {
    let r = report(json!({
        "organizations": [org("o"), org("o")],
        "officials": [{"id": "p", "name": "P"}, {"id": "p", "name": "P"}, {"id": "p", "name": "P"}],
        "dimensions": [{"id": "d", "organization": "o", "name": "D"},
                       {"id": "d", "organization": "o", "name": "D"}],
        "mous": [{"id": "u", "title": "U", "parties": ["o", "x"], "status": "signed"},
                 {"id": "u", "title": "U", "parties": ["o", "x"], "status": "signed"}],
        "meetings": [meeting("m", json!({})), meeting("m", json!({}))]
    }));
    let dup: Vec<(&str, &str)> = r
        .with_code("duplicate-id")
        .map(|v| (v.path.as_str(), v.message.as_str()))
        .collect();
    assert_eq!(
        dup,
        [
            (
                "/organizations/1/id",
                "organization id `o` is already used by /organizations/0"
            ),
            (
                "/officials/1/id",
                "official id `p` is already used by /officials/0"
            ),
            (
                "/officials/2/id",
                "official id `p` is already used by /officials/0"
            ),
            (
                "/dimensions/1/id",
                "dimension id `d` is already used by /dimensions/0"
            ),
            ("/mous/1/id", "MoU id `u` is already used by /mous/0"),
            (
                "/meetings/1/id",
                "meeting id `m` is already used by /meetings/0"
            ),
        ]
    );
}

#[test]
fn a_list_with_two_equal_entries_has_one_duplicate() {
    let r = report(json!({
        "organizations": [org("o"), org("x"),
            {"id": "y", "name": "Y", "kind": "ngo",
             "members": [{"state": "KZ", "status": "member", "period": {"start": "2001", "end": "2002"}},
                         {"state": "KZ", "status": "member", "period": {"start": "2001", "end": "2002"}}]}],
        "officials": [{"id": "p", "name": "P"}],
        "mous": [{"id": "u", "title": "U", "parties": ["o", "x"], "status": "signed",
                  "signatories": ["p", "p"], "dimensions": ["d", "d"]}],
        "dimensions": [{"id": "d", "organization": "o", "name": "D"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"state": "KZ", "role": "host"}, {"state": "KZ", "role": "host"}],
                      "mous": ["u", "u"]}]
    }));
    let dup: Vec<&str> = r
        .with_code("duplicate-entry")
        .map(|v| v.path.as_str())
        .collect();
    assert_eq!(
        dup,
        [
            "/organizations/2/members/1",
            "/mous/0/signatories/1",
            "/mous/0/dimensions/1",
            "/meetings/0/mous/1",
            "/meetings/0/participants/1",
        ],
        "{r}"
    );
    // A single entry, or two different ones, is no duplicate.
    let r = report(json!({
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"state": "KZ", "role": "host"}, {"state": "KZ", "role": "speaker"}]}]
    }));
    assert!(r.is_clean(), "{r}");
}

// --- Counts and lengths -----------------------------------------------------------------------

#[test]
fn an_mou_names_how_many_distinct_parties_it_has() {
    let r = report(json!({
        "organizations": [org("o")],
        "mous": [{"id": "none", "title": "U", "parties": [], "status": "signed"},
                 {"id": "one", "title": "U", "parties": ["o", "o"], "status": "signed"},
                 {"id": "two", "title": "U", "parties": ["o", "x"], "status": "signed"}]
    }));
    let found: Vec<&str> = r
        .with_code("too-few-parties")
        .map(|v| v.message.as_str())
        .collect();
    assert_eq!(
        found,
        [
            "`none` has 0 distinct parties; an MoU binds at least two organizations",
            "`one` has 1 distinct party; an MoU binds at least two organizations",
        ]
    );
}

#[test]
fn a_meeting_may_last_exactly_the_days_of_its_period() {
    let days = |n: u32, when: Value| {
        let mut m = meeting("m", when);
        m["days"] = json!(n);
        report(json!({"meetings": [m]}))
    };
    let three = json!({"start": "2024-11-25", "end": "2024-11-27"});
    assert!(days(3, three.clone()).is_clean());
    assert!(days(1, three.clone()).is_clean());
    assert_eq!(
        codes(&days(4, three)),
        [("days-exceed-period", "/meetings/0/days")]
    );
    let one = json!({"start": "2024-11-25", "end": "2024-11-25"});
    assert!(days(1, one.clone()).is_clean());
    assert_eq!(days(2, one).with_code("days-exceed-period").count(), 1);
    // A month holds 30 days; open or unknown ends decide nothing.
    assert!(days(30, json!({"start": "2024-11", "end": "2024-11"})).is_clean());
    assert!(!days(31, json!({"start": "2024-11", "end": "2024-11"})).is_clean());
    assert!(days(1000, json!({"start": "2024-11"})).is_clean());
    assert!(days(1000, json!({"end": "2024-11"})).is_clean());
}

// --- Dates across fields ------------------------------------------------------------------------

#[test]
fn dates_on_the_same_day_are_in_order() {
    let r = report(json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "ngo", "founded": "2001-12-31", "dissolved": "2001-12-31"},
            {"id": "b", "name": "B", "kind": "ngo", "founded": "2001", "dissolved": "2001-06"},
            {"id": "c", "name": "C", "kind": "ngo", "founded": "2002-01-01", "dissolved": "2001-12-31"}
        ],
        "mous": [{"id": "u", "title": "U", "parties": ["a", "b"], "status": "signed",
                  "signed": "2008-05-14", "effective": "2008-05-14", "expires": "2008-05-14"},
                 {"id": "v", "title": "V", "parties": ["a", "b"], "status": "signed",
                  "signed": "2008-05-15", "effective": "2008-05-14", "expires": "2008-05-13"}]
    }));
    assert_eq!(
        codes(&r),
        [
            ("organization-dates-reversed", "/organizations/2/dissolved"),
            ("mou-dates-reversed", "/mous/1/effective"),
            ("mou-dates-reversed", "/mous/1/expires"),
            ("mou-dates-reversed", "/mous/1/expires"),
        ],
        "{r}"
    );
    let messages: Vec<&str> = r
        .with_code("mou-dates-reversed")
        .map(|v| v.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "`v` has effective 2008-05-14 before signed 2008-05-15",
            "`v` has expires 2008-05-13 before signed 2008-05-15",
            "`v` has expires 2008-05-13 before effective 2008-05-14",
        ]
    );
}

#[test]
fn a_draft_lists_every_sign_of_having_been_signed() {
    let r = report(json!({
        "organizations": [org("a"), org("b")],
        "officials": [{"id": "p", "name": "P", "posts": [{"organization": "a", "role": "head"}]}],
        "meetings": [meeting("m", json!({"start": "2008"}))],
        "mous": [{"id": "u", "title": "U", "parties": ["a", "b"], "status": "draft",
                  "signed": "2008", "effective": "2009", "signatories": ["p"], "signed_at": "m"},
                 {"id": "v", "title": "V", "parties": ["a", "b"], "status": "draft",
                  "signed_at": "m"},
                 {"id": "w", "title": "W", "parties": ["a", "b"], "status": "draft",
                  "expires": "2030"}]
    }));
    let messages: Vec<&str> = r
        .with_code("mou-status-inconsistent")
        .map(|v| v.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "`u` is a draft but has a signing date, an effective date, signatories, a signing meeting: a draft is not signed",
            "`v` is a draft but has a signing meeting: a draft is not signed",
        ]
    );
}

#[test]
fn a_signing_date_may_fall_on_any_day_of_its_meeting() {
    let signed = |date: &str| {
        report(json!({
            "organizations": [org("a"), org("b")],
            "meetings": [meeting("m", json!({"start": "2024-11-25", "end": "2024-11-27"}))],
            "mous": [{"id": "u", "title": "U", "parties": ["a", "b"], "status": "signed",
                      "signed": date, "signed_at": "m"}]
        }))
    };
    for ok in ["2024-11-25", "2024-11-27", "2024-11", "2024"] {
        assert!(signed(ok).is_clean(), "{ok}");
    }
    for bad in ["2024-11-24", "2024-11-28", "2024-12", "2023"] {
        assert_eq!(
            codes(&signed(bad)),
            [("signing-date-mismatch", "/mous/0/signed")],
            "{bad}"
        );
    }
}

#[test]
fn only_sidelines_and_part_of_must_lie_within_the_other_meeting() {
    let related = |kind: &str, when: Value| {
        let mut side = meeting("side", when);
        side["relations"] = json!([{"kind": kind, "meeting": "main"}]);
        report(json!({"meetings": [
            meeting("main", json!({"start": "2024-11-25", "end": "2024-11-27"})), side]}))
    };
    let later = json!({"start": "2024-12-01", "end": "2024-12-01"});
    for kind in ["sidelines-of", "part-of"] {
        assert_eq!(
            codes(&related(kind, later.clone())),
            [("outside-parent-period", "/meetings/1/when")]
        );
        assert!(related(kind, json!({"start": "2024-11-27", "end": "2024-11-27"})).is_clean());
    }
    assert_eq!(
        related("part-of", later.clone()).violations()[0].message,
        "`side` (2024-12-01/2024-12-01) is part of `main` but lies outside its period (2024-11-25/2024-11-27)"
    );
    for kind in ["in-preparation-for", "follow-up-to"] {
        assert!(related(kind, later.clone()).is_clean(), "{kind}");
    }
}

// --- Who held what --------------------------------------------------------------------------------

#[test]
fn a_chair_of_one_day_inside_another_term_is_not_two_chairs_at_once() {
    // Overlap means sharing more than a boundary day (see `Period::must_overlap`).
    let chairs = |list: Value| {
        report(json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": list}]}))
    };
    assert!(
        chairs(json!([
            {"country": "KZ", "period": {"start": "2024-01-01", "end": "2024-12-31"}},
            {"country": "AZ", "period": {"start": "2024-06-01", "end": "2024-06-01"}}
        ]))
        .is_clean()
    );
}

#[test]
fn each_overlapping_chair_is_paired_with_the_earlier_one_reaching_furthest() {
    let r = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": [
            {"country": "KZ", "period": {"start": "2020-01-01", "end": "2030-01-01"}},
            {"country": "AZ", "period": {"start": "2021-01-01", "end": "2022-01-01"}},
            {"country": "TR", "period": {"start": "2023-01-01", "end": "2024-01-01"}}
        ]}]}),
    );
    let found: Vec<(&str, &str)> = r
        .violations()
        .iter()
        .map(|v| (v.path.as_str(), v.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "/organizations/0/chairs/1/period",
                "`o` has two chairs at once: AZ (2021-01-01/2022-01-01) and KZ (2020-01-01/2030-01-01)"
            ),
            (
                "/organizations/0/chairs/2/period",
                "`o` has two chairs at once: TR (2023-01-01/2024-01-01) and KZ (2020-01-01/2030-01-01)"
            ),
        ],
        "{r}"
    );
}

#[test]
fn a_later_term_reaching_further_takes_over_the_sweep() {
    // KZ ends before TR starts, but AZ, which overlaps KZ, reaches into TR's term: the
    // sweep must move on to AZ as the term reaching furthest, or TR's overlap goes unseen.
    let r = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": [
            {"country": "KZ", "period": {"start": "2020-01-01", "end": "2021-01-01"}},
            {"country": "AZ", "period": {"start": "2020-06-01", "end": "2030-01-01"}},
            {"country": "TR", "period": {"start": "2025-01-01", "end": "2026-01-01"}}
        ]}]}),
    );
    assert_eq!(
        codes(&r),
        [
            ("overlapping-chairs", "/organizations/0/chairs/1/period"),
            ("overlapping-chairs", "/organizations/0/chairs/2/period"),
        ],
        "{r}"
    );
    assert!(
        r.violations()[1]
            .message
            .contains("TR (2025-01-01/2026-01-01) and AZ"),
        "{r}"
    );
}

#[test]
fn of_two_terms_reaching_equally_far_the_first_is_named() {
    // KZ and AZ both end in 2030; TR overlaps both and is paired with KZ, the first of the
    // terms reaching furthest.
    let r = report(
        json!({"organizations": [{"id": "o", "name": "O", "kind": "ngo", "chairs": [
            {"country": "KZ", "period": {"start": "2020-01-01", "end": "2030-01-01"}},
            {"country": "AZ", "period": {"start": "2021-01-01", "end": "2030-01-01"}},
            {"country": "TR", "period": {"start": "2025-01-01", "end": "2026-01-01"}}
        ]}]}),
    );
    let messages: Vec<&str> = r.violations().iter().map(|v| v.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "`o` has two chairs at once: AZ (2021-01-01/2030-01-01) and KZ (2020-01-01/2030-01-01)",
            "`o` has two chairs at once: TR (2025-01-01/2026-01-01) and KZ (2020-01-01/2030-01-01)",
        ],
        "{r}"
    );
}

#[test]
fn members_overlap_only_with_the_same_party() {
    let r = report(
        json!({"organizations": [org("x"), {"id": "o", "name": "O", "kind": "ngo", "members": [
            {"state": "KZ", "status": "member", "period": {"start": "2000"}},
            {"state": "TR", "status": "member", "period": {"start": "2000"}},
            {"organization": "x", "status": "observer", "period": {"start": "2000"}},
            {"state": "KZ", "status": "observer", "period": {"start": "2010", "end": "2012"}}
        ]}]}),
    );
    assert_eq!(
        codes(&r),
        [(
            "overlapping-membership",
            "/organizations/1/members/3/period"
        )]
    );
}

#[test]
fn one_official_holding_two_head_posts_is_not_two_heads() {
    let r = report(json!({
        "organizations": [org("o")],
        "officials": [{"id": "p", "name": "P", "posts": [
            {"organization": "o", "role": "head", "title": "Executive Director", "period": {"start": "2020", "end": "2023"}},
            {"organization": "o", "role": "head", "title": "Secretary General", "period": {"start": "2022"}}]},
            {"id": "q", "name": "Q", "posts": [
            {"organization": "o", "role": "deputy", "period": {"start": "2020"}}]}]
    }));
    assert!(r.is_clean(), "{r}");
    let r = report(json!({
        "organizations": [org("o")],
        "officials": [
            {"id": "p", "name": "P", "posts": [{"organization": "o", "role": "head", "period": {"start": "2020"}}]},
            {"id": "q", "name": "Q", "posts": [{"organization": "o", "role": "head", "period": {"start": "2021"}}]}]
    }));
    let v: Vec<_> = r.with_code("overlapping-heads").collect();
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0].severity, v[0].path.as_str()),
        (Severity::Warning, "/officials/1/posts/0/period")
    );
}

#[test]
fn a_signatory_needs_a_post_at_a_party_on_the_signing_day() {
    let signatory = |posts: Value, signed: Value| {
        let mut mou = json!({"id": "u", "title": "U", "parties": ["a", "b"], "status": "signed",
                             "signatories": ["p"]});
        if !signed.is_null() {
            mou["signed"] = signed;
        }
        report(json!({
            "organizations": [org("a"), org("b"), org("c"),
                              {"id": "a-sec", "name": "A secretariat", "kind": "secretariat", "parent": "a"}],
            "officials": [{"id": "p", "name": "P", "posts": posts}],
            "mous": [mou]
        }))
    };
    let at =
        |org: &str, period: Value| json!([{"organization": org, "role": "head", "period": period}]);
    // A post at a party, or a body of one, on the day.
    assert!(signatory(at("b", json!({"start": "2000"})), json!("2008")).is_clean());
    assert!(signatory(at("a-sec", json!({"start": "2000"})), json!("2008")).is_clean());
    // Unknown signing day: any post at a party will do.
    assert!(signatory(at("a", json!({"start": "2020"})), Value::Null).is_clean());
    let r = signatory(at("a", json!({"start": "2020"})), json!("2008"));
    assert_eq!(
        r.violations()[0].message,
        "`p` signed `u` but held no post at a party on the signing date (2008)"
    );
    let r = signatory(at("c", json!({"start": "2000"})), json!("2008"));
    assert_eq!(
        (
            r.violations()[0].path.as_str(),
            r.violations()[0].message.as_str()
        ),
        (
            "/mous/0/signatories/0",
            "`p` signed `u` but holds no post at any of its parties"
        )
    );
}

#[test]
fn an_attendee_for_a_state_or_with_no_official_is_not_checked() {
    let r = report(json!({
        "organizations": [org("o")],
        "officials": [{"id": "p", "name": "P"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "participants": [{"state": "KZ", "official": "p", "role": "host"},
                                       {"organization": "o", "role": "participant"},
                                       {"organization": "o", "official": "p", "role": "speaker"}]}]
    }));
    assert_eq!(
        codes(&r),
        [(
            "attendee-without-post",
            "/meetings/0/participants/2/official"
        )]
    );
}

// --- Dimensions -------------------------------------------------------------------------------------

#[test]
fn a_dimension_of_a_participant_its_parent_or_its_body_is_no_warning() {
    let touches = |participant: &str| {
        report(json!({
            "organizations": [org("cica"),
                {"id": "cica-sec", "name": "CICA Secretariat", "kind": "secretariat", "parent": "cica"},
                {"id": "cica-unit", "name": "A unit", "kind": "other", "parent": "cica-sec"},
                org("iom")],
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
        codes(&r),
        [("dimension-not-of-participant", "/meetings/0/dimensions/0")]
    );
    assert_eq!(r.violations()[0].severity, Severity::Warning);
}

#[test]
fn a_priority_area_of_the_same_organization_is_fine() {
    let r = report(json!({
        "organizations": [org("o"), org("x")],
        "dimensions": [{"id": "d", "organization": "o", "name": "D"},
                       {"id": "d1", "organization": "o", "name": "D1", "parent": "d"},
                       {"id": "d2", "organization": "x", "name": "D2", "parent": "d"}]
    }));
    assert_eq!(
        codes(&r),
        [("dimension-parent-mismatch", "/dimensions/2/parent")]
    );
}

// --- Cycles ---------------------------------------------------------------------------------------

/// A circle of `n` meetings, each on the sidelines of the next.
fn circle(n: usize) -> Report {
    let meetings: Vec<Value> = (0..n)
        .map(|i| {
            let mut m = meeting(&format!("m{i}"), json!({}));
            m["relations"] =
                json!([{"kind": "sidelines-of", "meeting": format!("m{}", (i + 1) % n)}]);
            m
        })
        .collect();
    report(json!({"meetings": meetings}))
}

#[test]
fn a_cycle_message_names_up_to_six_records() {
    let message = |n: usize| circle(n).violations()[0].message.clone();
    let prefix = "meetings lie within themselves (sidelines of / part of): ";
    assert_eq!(message(1), format!("{prefix}m0 → m0"));
    assert_eq!(
        message(6),
        format!("{prefix}m0 → m1 → m2 → m3 → m4 → m5 → m0")
    );
    assert_eq!(
        message(7),
        format!("{prefix}m0 → m1 → m2 → m3 → m4 → m5 → … → m0")
    );
    assert_eq!(
        circle(7).violations()[0].path,
        "/meetings/6/relations/0/meeting"
    );
}

#[test]
fn two_cycles_are_two_errors_and_a_diamond_is_none() {
    let rel = |id: &str, to: &[&str]| {
        let mut m = meeting(id, json!({}));
        m["relations"] = Value::Array(
            to.iter()
                .map(|t| json!({"kind": "part-of", "meeting": t}))
                .collect(),
        );
        m
    };
    let r = report(json!({"meetings": [
        rel("a", &["b", "c"]), rel("b", &["d"]), rel("c", &["d"]), rel("d", &[])]}));
    assert!(r.is_clean(), "{r}");
    let r = report(json!({"meetings": [
        rel("a", &["b"]), rel("b", &["a"]), rel("c", &["d"]), rel("d", &["c"])]}));
    assert_eq!(
        codes(&r),
        [
            ("relation-cycle", "/meetings/1/relations/0/meeting"),
            ("relation-cycle", "/meetings/3/relations/0/meeting"),
        ]
    );
    // Before-and-after: a follow-up to a meeting held in preparation for it.
    let mut a = meeting("a", json!({}));
    a["relations"] = json!([{"kind": "in-preparation-for", "meeting": "b"}]);
    let mut b = meeting("b", json!({}));
    b["relations"] = json!([{"kind": "in-preparation-for", "meeting": "a"}]);
    let r = report(json!({"meetings": [a.clone(), b]}));
    assert_eq!(
        codes(&r),
        [("relation-cycle", "/meetings/1/relations/0/meeting")]
    );
    let mut b = meeting("b", json!({}));
    b["relations"] = json!([{"kind": "follow-up-to", "meeting": "a"}]);
    assert!(report(json!({"meetings": [a, b]})).is_clean());
}

#[test]
fn a_parent_cycle_does_not_stop_the_rules_that_walk_the_tree() {
    // `a` and `b` are each other's parent; the post and attendance checks still end.
    let r = report(json!({
        "organizations": [
            {"id": "a", "name": "A", "kind": "ngo", "parent": "b"},
            {"id": "b", "name": "B", "kind": "ngo", "parent": "a"},
            {"id": "c", "name": "C", "kind": "ngo", "parent": "c"}],
        "officials": [{"id": "p", "name": "P", "posts": [{"organization": "a", "role": "head"}]}],
        "dimensions": [{"id": "d", "organization": "c", "name": "D"}],
        "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                      "dimensions": ["d"],
                      "participants": [{"organization": "b", "official": "p", "role": "host"}]}]
    }));
    assert_eq!(
        codes(&r),
        [
            ("parent-cycle", "/organizations/1/parent"),
            ("parent-cycle", "/organizations/2/parent"),
            ("dimension-not-of-participant", "/meetings/0/dimensions/0"),
        ],
        "{r}"
    );
    assert_eq!(
        r.violations()[1].message,
        "organizations are their own ancestors: c → c"
    );
}
