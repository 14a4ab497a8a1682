//! The SQLite twin of the benchmarks gives the registry's answers: same ids, same order, on
//! the 1k synthetic dataset (every organization, official, state, MoU, dimension, kind, place
//! and event as argument) and on the fixtures.

use chrono::NaiveDate;
use multilateral::registry::{Depth, DimensionScope, Scope, StateScope};
use multilateral::{
    Dataset, MeetingKind, MeetingStatus, MembershipStatus, OrganizationKind, Party, Period,
    PostRole, Registry, RelationKind, ymd,
};
use multilateral_testkit::sqlite::{
    Answer, Composed, Query, Reference, accesses, cases, registry_answer,
};
use multilateral_testkit::synth::{SynthConfig, generate};

use crate::support::{geneva, period};

fn check(data: &Dataset, queries: &[Query]) {
    let registry = Registry::new(data.clone()).unwrap();
    let sql = Reference::load(data).unwrap();
    let mut rows = 0;
    for q in queries {
        let want = registry_answer(&registry, q);
        for &access in accesses(q) {
            let got = sql.answer_with(q, access).unwrap();
            assert_eq!(got, want, "{q:?} through {access:?}");
        }
        rows += want.len();
    }
    assert!(rows > 0, "the checks compared something");
}

fn periods() -> Vec<Period> {
    [
        "../..",
        "2012/2012",
        "2012-06/2012-06",
        "2012-06-15/2012-06-15",
        "../2003",
        "2020-02/..",
        "2024/2025",
    ]
    .into_iter()
    .map(period)
    .collect()
}

fn days() -> Vec<NaiveDate> {
    [(2001, 1, 1), (2012, 6, 15), (2019, 12, 31), (2024, 11, 26)]
        .into_iter()
        .map(|(y, m, d)| ymd(y, m, d))
        .collect()
}

/// Every query with every record of its kind as argument.
fn exhaustive(data: &Dataset) -> Vec<Query> {
    let mut out = Vec::new();
    let periods = periods();
    let days = days();
    for (i, o) in data.officials.iter().enumerate() {
        let official = o.id.clone();
        out.push(Query::OfficialsMet {
            official: official.clone(),
        });
        let kinds = [
            vec![],
            vec![MeetingKind::Bilateral],
            vec![MeetingKind::Summit, MeetingKind::Seminar],
        ];
        out.push(Query::MetDuring {
            official: official.clone(),
            period: periods[(i + 1) % periods.len()],
            kinds: kinds[i % kinds.len()].clone(),
        });
        for &day in &days {
            out.push(Query::PostsOn {
                official: official.clone(),
                day,
            });
        }
        out.push(Query::TimelineOfOfficial {
            official: official.clone(),
            period: periods[i % periods.len()],
        });
        let last = o.name.split_whitespace().last().unwrap().to_owned();
        out.push(Query::FindOfficials { query: last });
        out.push(Query::FindOfficials {
            query: o.name.as_str().to_owned(),
        });
    }
    for q in ["a", "s", "ka", "", "zz", "de la", "Krähenbühl"] {
        out.push(Query::FindOfficials {
            query: q.to_owned(),
        });
        out.push(Query::FindOrganizations {
            query: q.to_owned(),
        });
    }
    // Holders by each title recorded, as written and in capitals (titles are folded).
    for (i, o) in data.officials.iter().enumerate() {
        for p in &o.posts {
            if let Some(t) = &p.title {
                let title = if i % 2 == 0 {
                    t.as_str().to_owned()
                } else {
                    t.as_str().to_uppercase()
                };
                out.push(Query::HoldersByTitle {
                    org: p.organization.clone(),
                    title,
                    day: days[i % days.len()],
                });
            }
        }
    }
    let orgs = &data.organizations;
    for (i, o) in orgs.iter().enumerate() {
        let org = o.id.clone();
        for scope in [Scope::Exact, Scope::WithSubBodies] {
            out.push(Query::TimelineOfOrganization {
                org: org.clone(),
                period: periods[i % periods.len()],
                scope,
            });
            let other = orgs[(i * 7 + 3) % orgs.len()].id.clone();
            out.push(Query::MousOf {
                org: org.clone(),
                scope,
            });
            out.push(Query::MousInForceWith {
                a: org.clone(),
                b: orgs[(i * 7 + 3) % orgs.len()].id.clone(),
                scope,
                day: days[i % days.len()],
            });
            out.push(Query::MousBetween {
                a: org.clone(),
                b: other,
                scope,
            });
        }
        out.push(Query::Counterparts {
            party: Party::Organization(o.id.clone()),
        });
        let kinds = [
            vec![],
            vec![MeetingKind::Bilateral],
            vec![MeetingKind::Summit, MeetingKind::Seminar],
        ];
        for scope in [Scope::Exact, Scope::WithSubBodies] {
            out.push(Query::CounterpartsDuring {
                org: o.id.clone(),
                period: periods[i % periods.len()],
                kinds: kinds[i % kinds.len()].clone(),
                scope,
            });
        }
        for (j, role) in [
            PostRole::Head,
            PostRole::Deputy,
            PostRole::Staff,
            PostRole::Member,
        ]
        .into_iter()
        .enumerate()
        {
            out.push(Query::Holders {
                org: org.clone(),
                role,
                day: days[(i + j) % days.len()],
            });
            out.push(Query::ChairWithin {
                org: org.clone(),
                day: days[(i + j + 2) % days.len()],
                scope: if j % 2 == 0 {
                    Scope::WithSubBodies
                } else {
                    Scope::Exact
                },
            });
            out.push(Query::MembersWithin {
                org: org.clone(),
                status: MembershipStatus::ALL[(i + j) % MembershipStatus::ALL.len()],
                day: days[(i + j + 3) % days.len()],
                scope: if j % 2 == 1 {
                    Scope::WithSubBodies
                } else {
                    Scope::Exact
                },
            });
            out.push(Query::HoldersWithin {
                org: org.clone(),
                role,
                day: days[(i + j + 1) % days.len()],
                scope: if j % 2 == 0 {
                    Scope::WithSubBodies
                } else {
                    Scope::Exact
                },
            });
        }
        for &day in &days {
            for scope in [Scope::Exact, Scope::WithSubBodies] {
                out.push(Query::PostsAt {
                    org: org.clone(),
                    day,
                    scope,
                });
            }
            out.push(Query::Chair {
                org: org.clone(),
                day,
            });
            out.push(Query::Members {
                org: org.clone(),
                status: MembershipStatus::Member,
                day,
            });
            out.push(Query::Members {
                org: org.clone(),
                status: MembershipStatus::Observer,
                day,
            });
        }
        for name in std::iter::once(&o.name).chain(o.acronym.as_ref()) {
            out.push(Query::FindOrganizations {
                query: name.as_str().to_owned(),
            });
        }
        out.push(Query::Composed(Composed {
            involving: Some(org.clone()),
            period: Some(periods[i % periods.len()]),
            ..Composed::default()
        }));
    }
    // States: those that took part as states, and those with government bodies.
    let mut states: Vec<_> = data
        .meetings
        .iter()
        .flat_map(|m| m.participants.iter().filter_map(|p| p.party.state()))
        .chain(
            orgs.iter()
                .filter(|o| o.kind == OrganizationKind::Government)
                .filter_map(|o| o.country),
        )
        .collect();
    states.sort();
    states.dedup();
    let kinds = [
        vec![],
        vec![MeetingKind::Bilateral],
        vec![MeetingKind::Summit, MeetingKind::Seminar],
    ];
    for (i, &state) in states.iter().enumerate() {
        out.push(Query::Counterparts {
            party: Party::State(state),
        });
        for scope in [StateScope::Exact, StateScope::WithGovernment] {
            for period in [periods[i % periods.len()], Period::unknown()] {
                out.push(Query::MeetingsOfState {
                    state,
                    period,
                    scope,
                });
                out.push(Query::StateCounterpartsDuring {
                    state,
                    period,
                    kinds: kinds[i % kinds.len()].clone(),
                    scope,
                });
            }
        }
    }
    for (i, u) in data.mous.iter().enumerate() {
        out.push(Query::MeetingsInvoking { mou: u.id.clone() });
        out.push(Query::Composed(Composed {
            mou: Some(u.id.clone()),
            period: Some(periods[i % periods.len()]),
            limit: (i % 3 == 0).then_some(i % 5),
            ..Composed::default()
        }));
        for (i, p) in u.parties.iter().enumerate().skip(1) {
            out.push(Query::MousBetween {
                a: u.parties[i - 1].clone(),
                b: p.clone(),
                scope: Scope::Exact,
            });
        }
    }
    for (i, d) in data.dimensions.iter().enumerate() {
        for scope in [DimensionScope::Exact, DimensionScope::WithPriorityAreas] {
            out.push(Query::MeetingsInDimension {
                dimension: d.id.clone(),
                scope,
            });
        }
        let org = d.organization.clone();
        out.push(Query::Composed(Composed {
            involving: Some(org),
            dimension: Some(d.id.clone()),
            period: Some(periods[i % periods.len()]),
            ..Composed::default()
        }));
    }
    for p in &periods {
        out.push(Query::MeetingsDuring { period: *p });
    }
    // The days on which some meetings and MoUs begin and end, and the days around them: where
    // a bound that is off by one shows.
    let edges = |(first, last): (NaiveDate, NaiveDate)| {
        [first.pred_opt(), Some(first), Some(last), last.succ_opt()]
    };
    let meeting_edges = data.meetings.iter().take(20).map(|m| m.when.bounds());
    let mou_edges = data
        .mous
        .iter()
        .filter_map(|m| Some(m.in_force_period()?.bounds()));
    let boundaries: Vec<NaiveDate> = meeting_edges
        .chain(mou_edges.take(20))
        .flat_map(edges)
        .flatten()
        .collect();
    for day in days
        .iter()
        .copied()
        .chain((0..40).map(|i| ymd(2000 + i % 26, 1 + i as u32 % 12, 10)))
        .chain(boundaries)
    {
        out.push(Query::MeetingsOn { day });
        out.push(Query::MousInForce { day });
    }
    for &kind in MeetingKind::ALL {
        out.push(Query::MeetingsOfKind { kind });
    }
    for &status in MeetingStatus::ALL {
        out.push(Query::MeetingsWithStatus { status });
    }
    let mut places = Vec::new();
    for m in &data.meetings {
        if let Some(l) = &m.location {
            if let Some(c) = l.country {
                places.push(Query::MeetingsInCountry { country: c });
            }
            if let Some(c) = &l.city {
                places.push(Query::MeetingsInCity {
                    city: c.as_str().to_owned(),
                });
                places.push(Query::Composed(Composed {
                    city: Some(c.as_str().to_uppercase()),
                    kind: Some(m.kind),
                    limit: Some(places.len() % 4),
                    ..Composed::default()
                }));
            }
        }
    }
    places.truncate(200);
    out.extend(places);
    let kind_sets = [
        vec![],
        vec![RelationKind::SidelinesOf, RelationKind::PartOf],
        vec![RelationKind::InPreparationFor, RelationKind::FollowUpTo],
    ];
    for (i, m) in data.meetings.iter().enumerate() {
        for depth in [Depth::Direct, Depth::Transitive] {
            out.push(Query::RelatedTo {
                event: m.id.clone(),
                kinds: kind_sets[i % 3].clone(),
                depth,
            });
        }
        if i % 10 == 0 {
            let p = m.participants.iter().find_map(|p| p.official.as_ref());
            out.push(Query::Composed(Composed {
                with: p.cloned(),
                kind: Some(m.kind),
                status: Some(m.status),
                country: m.location.as_ref().and_then(|l| l.country),
                ..Composed::default()
            }));
        }
    }
    // An id the registry does not hold is no query at all: the lookup by id gives `None`
    // (see the handle tests), so the twins are compared on the dataset's own ids only.
    out
}

#[test]
fn sqlite_gives_the_registry_answers_on_1k_meetings() {
    let data = generate(&SynthConfig::small());
    let mut queries = exhaustive(&data);
    queries.extend(cases::cases(&data).into_iter().map(|c| c.q));
    check(&data, &queries);
}

#[test]
fn sqlite_gives_the_registry_answers_on_the_geneva_fixture() {
    let data = geneva();
    let mut queries = exhaustive(&data);
    queries.extend(cases::cases(&data).into_iter().map(|c| c.q));
    check(&data, &queries);
}

#[test]
fn answers_are_not_all_empty() {
    let data = generate(&SynthConfig::new(300, 3));
    let registry = Registry::new(data.clone()).unwrap();
    let cases = cases::cases(&data);
    assert!(cases.len() > 30);
    let nonempty = cases
        .iter()
        .filter(|c| registry_answer(&registry, &c.q) != Answer::Ids(Vec::new()))
        .count();
    assert!(nonempty > cases.len() / 2, "{nonempty} of {}", cases.len());
}

#[test]
fn sqlite_gives_the_registry_answers_on_the_three_reports() {
    for text in [
        include_str!("../../../examples/data/spc-sprep-mou-2011.json"),
        include_str!("../../../examples/data/iaea-director-general-2019.json"),
        include_str!("../../../examples/data/asean-chairmanship-2017-2020.json"),
    ] {
        let data = multilateral::Dataset::from_json(text).unwrap();
        let mut queries = exhaustive(&data);
        queries.extend(cases::cases(&data).into_iter().map(|c| c.q));
        check(&data, &queries);
        multilateral_testkit::check::check_registry(&Registry::new(data).unwrap());
    }
}

/// Governments and bodies the generated data and the fixtures lack: a state's ministry with a
/// department below it and a government body inside another, a national NGO and an
/// embassy of another state that give the country, an organization whose council meets
/// alone, with it and with a ministry, and posts of every role at the organization and its
/// council.
#[test]
fn sqlite_gives_the_registry_answers_on_governments_and_bodies() {
    let meeting = |id: &str, day: &str, kind: &str, parties: &[&str]| {
        let participants: Vec<_> = parties
            .iter()
            .map(|p| match p.len() {
                2 => serde_json::json!({"state": p, "role": "participant"}),
                _ => serde_json::json!({"organization": p, "role": "participant"}),
            })
            .collect();
        serde_json::json!({"id": id, "title": "T", "kind": kind, "status": "held",
            "when": {"start": day, "end": day}, "participants": participants})
    };
    let data = crate::support::dataset(serde_json::json!({
        "organizations": [
            {"id": "mfa", "name": "Ministry", "kind": "government", "country": "KZ"},
            {"id": "mfa-dept", "name": "Department", "kind": "other", "parent": "mfa"},
            {"id": "mfa-agency", "name": "Agency", "kind": "government", "country": "KZ",
             "parent": "mfa-dept"},
            {"id": "ngo", "name": "NGO", "kind": "ngo", "country": "KZ"},
            {"id": "uz-embassy", "name": "Embassy", "kind": "government", "country": "UZ"},
            {"id": "x", "name": "X", "kind": "intergovernmental"},
            {"id": "x-council", "name": "X Council", "kind": "other", "parent": "x"},
            {"id": "x-office", "name": "X Office", "kind": "other", "parent": "x-council"}],
        "officials": [
            {"id": "a", "name": "A", "posts": [
                {"organization": "x-council", "role": "staff", "title": "Officer"},
                {"organization": "x", "role": "head", "title": "Secretary General",
                 "period": {"start": "2020-01-01"}}]},
            {"id": "b", "name": "B", "posts": [
                {"organization": "x", "role": "deputy", "period": {"start": "2021-01-01", "end": "2023-12-31"}},
                {"organization": "x-office", "role": "chair"},
                {"organization": "x", "role": "other"},
                {"organization": "x", "role": "chair", "period": {"end": "2019-12-31"}}]}],
        "meetings": [
            meeting("m1", "2024-01-01", "bilateral", &["mfa-dept", "x"]),
            meeting("m2", "2024-01-02", "bilateral", &["ngo", "x"]),
            meeting("m3", "2024-01-03", "summit", &["KZ", "mfa", "x", "x-council"]),
            meeting("m4", "2024-01-04", "session", &["x-council"]),
            meeting("m5", "2024-01-05", "bilateral", &["x-office", "uz-embassy", "UZ"]),
            meeting("m6", "2024-01-06", "summit", &["mfa-agency", "mfa", "KZ", "UZ", "x-council"]),
            meeting("m7", "2012-06-15", "bilateral", &["UZ", "x"])]
    }));
    let mut queries = exhaustive(&data);
    queries.extend(cases::cases(&data).into_iter().map(|c| c.q));
    for state in ["KZ", "UZ", "FR"] {
        let state = state.parse().unwrap();
        for scope in [StateScope::Exact, StateScope::WithGovernment] {
            for period in [Period::unknown(), period("2024-01-03/2024-01-05")] {
                queries.push(Query::MeetingsOfState {
                    state,
                    period,
                    scope,
                });
                for kinds in [vec![], vec![MeetingKind::Summit]] {
                    queries.push(Query::StateCounterpartsDuring {
                        state,
                        period,
                        kinds,
                        scope,
                    });
                }
            }
        }
    }
    check(&data, &queries);
}
