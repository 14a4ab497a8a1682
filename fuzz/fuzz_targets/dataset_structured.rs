//! Documents built from a small vocabulary, so that most of them read and their references
//! resolve: the fuzzer then spends its time in validation and the registry rather than in
//! the JSON reader. Ids come from six letters shared by every kind of record, dates from a
//! few years around 2024 at every precision, countries from a handful of codes, enum values
//! from every value of each enum (`ALL`); periods may come out reversed, records may be
//! duplicated, relations may loop. Each document goes through the whole-path checker
//! (`multilateral_testkit::check`).
//!
//!     cargo +nightly fuzz run dataset_structured
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use multilateral::{
    MeetingKind, MeetingStatus, MembershipStatus, MouStatus, OrganizationKind, OutcomeKind,
    ParticipantRole, PostRole, RelationKind,
};
use serde_json::{Map, Value, json};

const IDS: [&str; 6] = ["a", "b", "c", "d", "e", "f"];
const COUNTRIES: [&str; 5] = ["KZ", "CH", "TR", "US", "PK"];
const NAMES: [&str; 6] = [
    "Conference on Interaction and Confidence Building Measures in Asia",
    "International Organization for Migration",
    "Pierre Krähenbühl",
    "Kairat Sarybay",
    "UN-Water",
    "Côte d’Ivoire",
];

fn pick<T: Copy>(list: &[T], i: u8) -> T {
    list[usize::from(i) % list.len()]
}

/// One value of a string enum, as written in JSON.
macro_rules! value_of {
    ($enum:ty, $i:expr) => {
        pick(<$enum>::ALL, $i).as_str()
    };
}

#[derive(Arbitrary, Debug, Clone, Copy)]
struct Date {
    year: u8,
    month: u8,
    day: u8,
}

impl Date {
    fn json(self) -> Value {
        let year = 2020 + i32::from(self.year % 8);
        let month = self.month % 14; // 0: year only; 13: an invalid month
        let day = self.day % 32; // 0: month only
        Value::String(match (month, day) {
            (0, _) => format!("{year:04}"),
            (m, 0) => format!("{year:04}-{m:02}"),
            (m, d) => format!("{year:04}-{m:02}-{d:02}"),
        })
    }
}

#[derive(Arbitrary, Debug, Clone, Copy)]
struct Span {
    start: Option<Date>,
    end: Option<Date>,
}

impl Span {
    fn json(self) -> Value {
        let mut map = Map::new();
        if let Some(d) = self.start {
            map.insert("start".into(), d.json());
        }
        if let Some(d) = self.end {
            map.insert("end".into(), d.json());
        }
        Value::Object(map)
    }
}

#[derive(Arbitrary, Debug)]
enum PartyA {
    Org(u8),
    State(u8),
}

impl PartyA {
    fn put(&self, map: &mut Map<String, Value>) {
        match self {
            PartyA::Org(i) => map.insert("organization".into(), json!(pick(&IDS, *i))),
            PartyA::State(i) => map.insert("state".into(), json!(pick(&COUNTRIES, *i))),
        };
    }
}

#[derive(Arbitrary, Debug)]
struct Org {
    id: u8,
    name: u8,
    kind: u8,
    country: Option<u8>,
    parent: Option<u8>,
    founded: Option<Date>,
    dissolved: Option<Date>,
    members: Vec<(PartyA, u8, Span)>,
    chairs: Vec<(u8, Span)>,
}

#[derive(Arbitrary, Debug)]
struct Post {
    org: u8,
    role: u8,
    acting: bool,
    title: bool,
    period: Span,
}

#[derive(Arbitrary, Debug)]
struct Official {
    id: u8,
    name: u8,
    posts: Vec<Post>,
}

#[derive(Arbitrary, Debug)]
struct Dim {
    id: u8,
    org: u8,
    parent: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct Mou {
    id: u8,
    parties: Vec<u8>,
    signatories: Vec<u8>,
    status: u8,
    signed: Option<Date>,
    effective: Option<Date>,
    expires: Option<Date>,
    signed_at: Option<u8>,
}

#[derive(Arbitrary, Debug)]
struct Participant {
    party: PartyA,
    official: Option<u8>,
    role: u8,
}

#[derive(Arbitrary, Debug)]
struct Meeting {
    id: u8,
    kind: u8,
    status: u8,
    when: Span,
    days: Option<u8>,
    location: Option<(Option<u8>, Option<u8>, bool)>,
    participants: Vec<Participant>,
    relations: Vec<(u8, u8)>,
    dimensions: Vec<u8>,
    mous: Vec<u8>,
    outcomes: Vec<(u8, Option<u8>)>,
}

#[derive(Arbitrary, Debug)]
struct Doc {
    organizations: Vec<Org>,
    officials: Vec<Official>,
    dimensions: Vec<Dim>,
    mous: Vec<Mou>,
    meetings: Vec<Meeting>,
}

fn obj(pairs: Vec<(&str, Value)>) -> Map<String, Value> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

impl Doc {
    fn json(&self) -> Value {
        let orgs: Vec<Value> = self
            .organizations
            .iter()
            .map(|o| {
                let mut m = obj(vec![
                    ("id", json!(pick(&IDS, o.id))),
                    ("name", json!(pick(&NAMES, o.name))),
                    ("kind", json!(value_of!(OrganizationKind, o.kind))),
                ]);
                if let Some(c) = o.country {
                    m.insert("country".into(), json!(pick(&COUNTRIES, c)));
                }
                if let Some(p) = o.parent {
                    m.insert("parent".into(), json!(pick(&IDS, p)));
                }
                if let Some(d) = o.founded {
                    m.insert("founded".into(), d.json());
                }
                if let Some(d) = o.dissolved {
                    m.insert("dissolved".into(), d.json());
                }
                let members: Vec<Value> = o
                    .members
                    .iter()
                    .map(|(party, status, period)| {
                        let mut m = obj(vec![
                            ("status", json!(value_of!(MembershipStatus, *status))),
                            ("period", period.json()),
                        ]);
                        party.put(&mut m);
                        Value::Object(m)
                    })
                    .collect();
                m.insert("members".into(), Value::Array(members));
                let chairs: Vec<Value> = o
                    .chairs
                    .iter()
                    .map(|(c, p)| json!({"country": pick(&COUNTRIES, *c), "period": p.json()}))
                    .collect();
                m.insert("chairs".into(), Value::Array(chairs));
                Value::Object(m)
            })
            .collect();
        let officials: Vec<Value> = self
            .officials
            .iter()
            .map(|o| {
                let posts: Vec<Value> = o
                    .posts
                    .iter()
                    .map(|p| {
                        let mut m = obj(vec![
                            ("organization", json!(pick(&IDS, p.org))),
                            ("role", json!(value_of!(PostRole, p.role))),
                            ("acting", json!(p.acting)),
                            ("period", p.period.json()),
                        ]);
                        if p.title {
                            m.insert("title".into(), json!("Secretary General"));
                        }
                        Value::Object(m)
                    })
                    .collect();
                json!({"id": pick(&IDS, o.id), "name": pick(&NAMES, o.name), "posts": posts})
            })
            .collect();
        let dimensions: Vec<Value> = self
            .dimensions
            .iter()
            .map(|d| {
                let mut m = obj(vec![
                    ("id", json!(pick(&IDS, d.id))),
                    ("organization", json!(pick(&IDS, d.org))),
                    ("name", json!("Human Dimension")),
                ]);
                if let Some(p) = d.parent {
                    m.insert("parent".into(), json!(pick(&IDS, p)));
                }
                Value::Object(m)
            })
            .collect();
        let mous: Vec<Value> = self
            .mous
            .iter()
            .map(|x| {
                let mut m = obj(vec![
                    ("id", json!(pick(&IDS, x.id))),
                    ("title", json!("Memorandum of Understanding")),
                    (
                        "parties",
                        json!(x.parties.iter().map(|&p| pick(&IDS, p)).collect::<Vec<_>>()),
                    ),
                    (
                        "signatories",
                        json!(
                            x.signatories
                                .iter()
                                .map(|&p| pick(&IDS, p))
                                .collect::<Vec<_>>()
                        ),
                    ),
                    ("status", json!(value_of!(MouStatus, x.status))),
                ]);
                for (k, d) in [
                    ("signed", x.signed),
                    ("effective", x.effective),
                    ("expires", x.expires),
                ] {
                    if let Some(d) = d {
                        m.insert(k.into(), d.json());
                    }
                }
                if let Some(at) = x.signed_at {
                    m.insert("signed_at".into(), json!(pick(&IDS, at)));
                }
                Value::Object(m)
            })
            .collect();
        let meetings: Vec<Value> = self
            .meetings
            .iter()
            .map(|x| {
                let mut m = obj(vec![
                    ("id", json!(pick(&IDS, x.id))),
                    ("title", json!("Talks")),
                    ("kind", json!(value_of!(MeetingKind, x.kind))),
                    ("status", json!(value_of!(MeetingStatus, x.status))),
                    ("when", x.when.json()),
                ]);
                if let Some(days) = x.days {
                    // 0 is refused on reading; the rest may exceed the period.
                    m.insert("days".into(), json!(days % 5));
                }
                if let Some((city, country, online)) = x.location {
                    let mut loc = obj(vec![("online", json!(online))]);
                    if let Some(c) = city {
                        loc.insert(
                            "city".into(),
                            json!(pick(&["Geneva", "Astana", "GENÈVE"], c)),
                        );
                    }
                    if let Some(c) = country {
                        loc.insert("country".into(), json!(pick(&COUNTRIES, c)));
                    }
                    m.insert("location".into(), Value::Object(loc));
                }
                let participants: Vec<Value> = x
                    .participants
                    .iter()
                    .map(|p| {
                        let mut m = obj(vec![("role", json!(value_of!(ParticipantRole, p.role)))]);
                        p.party.put(&mut m);
                        if let Some(o) = p.official {
                            m.insert("official".into(), json!(pick(&IDS, o)));
                        }
                        Value::Object(m)
                    })
                    .collect();
                m.insert("participants".into(), Value::Array(participants));
                let relations: Vec<Value> = x
                    .relations
                    .iter()
                    .map(|&(k, to)| json!({"kind": value_of!(RelationKind, k), "meeting": pick(&IDS, to)}))
                    .collect();
                m.insert("relations".into(), Value::Array(relations));
                m.insert(
                    "dimensions".into(),
                    json!(
                        x.dimensions
                            .iter()
                            .map(|&d| pick(&IDS, d))
                            .collect::<Vec<_>>()
                    ),
                );
                m.insert(
                    "mous".into(),
                    json!(x.mous.iter().map(|&d| pick(&IDS, d)).collect::<Vec<_>>()),
                );
                let outcomes: Vec<Value> = x
                    .outcomes
                    .iter()
                    .map(|&(k, mou)| {
                        let mut m = obj(vec![
                            ("kind", json!(value_of!(OutcomeKind, k))),
                            ("text", json!("Both sides agreed.")),
                        ]);
                        if let Some(mou) = mou {
                            m.insert("mou".into(), json!(pick(&IDS, mou)));
                        }
                        Value::Object(m)
                    })
                    .collect();
                m.insert("outcomes".into(), Value::Array(outcomes));
                Value::Object(m)
            })
            .collect();
        json!({
            "schema_version": "1.0",
            "organizations": orgs,
            "officials": officials,
            "dimensions": dimensions,
            "mous": mous,
            "meetings": meetings,
        })
    }
}

fuzz_target!(|doc: Doc| {
    let text = doc.json().to_string();
    multilateral_testkit::check::check_text(&text);
});
