//! Real engines answer from the Parquet files exactly as the registry does: DuckDB the five
//! questions of `sql/` (counterparts, holders of a post on a day, MoUs in force on a day,
//! meetings of a dimension with its priority areas, meetings on the sidelines of an event),
//! PySpark in local mode two of them with the same SQL, on the fixtures and on a generated
//! dataset of 10 000 meetings that no other test uses.
//!
//! The engines live in a virtual environment that `.ci/engines` makes
//! (`~/.cache/multilateral-engines/venv`); `.ci/run` runs it and sets
//! `MULTILATERAL_ENGINES_PYTHON` and `MULTILATERAL_REQUIRE_ENGINES=1`, so that in CI a missing
//! engine fails these tests. Elsewhere, without the environment, they say so and pass.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use multilateral::columnar::{Relation, parquet};
use multilateral::{Dataset, NaiveDate, PostRole, Registry, RelationKind};
use multilateral_testkit::synth::{SynthConfig, generate};
use serde_json::{Value, json};

/// The python of the engines' environment, or `None` (said on stderr) when it is absent and
/// not required.
fn python() -> Option<PathBuf> {
    let required = std::env::var_os("MULTILATERAL_REQUIRE_ENGINES").is_some_and(|v| v == "1");
    let found = std::env::var_os("MULTILATERAL_ENGINES_PYTHON")
        .map(PathBuf::from)
        .or_else(|| {
            let home = std::env::var_os("HOME")?;
            Some(PathBuf::from(home).join(".cache/multilateral-engines/venv/bin/python"))
        })
        .filter(|p| p.exists());
    match found {
        Some(p) => Some(p),
        None if required => panic!(
            "MULTILATERAL_REQUIRE_ENGINES=1 but the engines' python is missing: run `.ci/engines`"
        ),
        None => {
            eprintln!("engines: not installed (run `.ci/engines`); the engine tests did not run");
            None
        }
    }
}

/// A dataset written as Parquet files, and its registry.
struct Case {
    name: String,
    dir: PathBuf,
    registry: Registry,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixtures and the generated dataset, each written once as one file per table.
fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let root =
            std::env::temp_dir().join(format!("multilateral-engines-{}", std::process::id()));
        let mut datasets: Vec<(String, Dataset)> = std::fs::read_dir(repo().join("examples/data"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let name = p.file_stem().unwrap().to_string_lossy().into_owned();
                (
                    name,
                    Dataset::from_slice(&std::fs::read(&p).unwrap()).unwrap(),
                )
            })
            .collect();
        datasets.sort_by(|a, b| a.0.cmp(&b.0));
        // Held out: no other test generates this seed.
        datasets.push((
            "synth-10k".into(),
            generate(&SynthConfig::new(10_000, 20_261_202)),
        ));
        datasets
            .into_iter()
            .map(|(name, data)| {
                let dir = root.join(&name);
                write_parquet(&data, &dir);
                let registry = Registry::new(data).unwrap_or_else(|r| panic!("{name}: {r}"));
                Case {
                    name,
                    dir,
                    registry,
                }
            })
            .collect()
    })
}

fn write_parquet(data: &Dataset, dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for &relation in Relation::ALL {
        let file = std::fs::File::create(dir.join(parquet::file_name(relation))).unwrap();
        parquet::write(data, relation, std::io::BufWriter::new(file))
            .unwrap()
            .into_inner()
            .unwrap()
            .sync_all()
            .unwrap();
    }
}

/// One question asked of one dataset, with the registry's answer.
struct Ask {
    case: usize,
    question: &'static str,
    params: Value,
    expected: Vec<Value>,
}

/// The registry's answers, as rows the SQL of `sql/` gives (shared with the benchmark).
#[path = "../engines/questions.rs"]
mod questions;

fn ask(case: usize, (question, params, expected): questions::Question) -> Ask {
    Ask {
        case,
        question,
        params,
        expected,
    }
}

fn counterparts(c: usize, r: &Registry, org: &str) -> Ask {
    ask(c, questions::counterparts(r, org))
}

fn holders(c: usize, r: &Registry, org: &str, role: PostRole, day: NaiveDate) -> Ask {
    ask(c, questions::holders(r, org, role, day))
}

fn mous_in_force(c: usize, r: &Registry, day: NaiveDate) -> Ask {
    ask(c, questions::mous_in_force(r, day))
}

fn dimension_meetings(c: usize, r: &Registry, dim: &str) -> Ask {
    ask(c, questions::dimension_meetings(r, dim))
}

fn sidelines(c: usize, r: &Registry, event: &str) -> Ask {
    ask(c, questions::sidelines(r, event))
}

/// Days to ask about: fixed ones across the records' years, and the first days of some
/// meetings of the dataset.
fn probe_days(r: &Registry, meetings: usize) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = [
        "1995-06-01",
        "2008-06-30",
        "2012-01-01",
        "2017-11-13",
        "2019-12-03",
        "2022-03-01",
        "2024-11-26",
        "2025-03-01",
        "2031-01-01",
    ]
    .iter()
    .map(|d| d.parse().unwrap())
    .collect();
    let data = r.dataset();
    let step = (data.meetings.len() / meetings.max(1)).max(1);
    days.extend(
        data.meetings
            .iter()
            .step_by(step)
            .filter_map(|m| m.when.earliest()),
    );
    days.sort();
    days.dedup();
    days
}

/// The five questions, asked many ways of one dataset.
fn five_questions(c: usize, case: &Case) -> Vec<Ask> {
    let r = &case.registry;
    let data = r.dataset();
    let small = data.meetings.len() < 1_000;
    let mut asks = Vec::new();
    let orgs: Vec<&str> = data.organizations.iter().map(|o| o.id.as_str()).collect();
    let chosen: Vec<&str> = if small {
        orgs.clone()
    } else {
        orgs.iter()
            .take(12)
            .chain(orgs.iter().step_by(37))
            .copied()
            .collect()
    };
    for org in &chosen {
        asks.push(counterparts(c, r, org));
    }
    // Holders: each organization with posts, for the roles recorded there and `head`.
    let mut posts: Vec<(&str, PostRole)> = data
        .officials
        .iter()
        .flat_map(|o| &o.posts)
        .map(|p| (p.organization.as_str(), p.role))
        .chain(orgs.iter().map(|o| (*o, PostRole::Head)))
        .collect();
    posts.sort();
    posts.dedup();
    let posts: Vec<(&str, PostRole)> = if small {
        posts
    } else {
        posts.into_iter().step_by(9).take(40).collect()
    };
    let days = probe_days(r, if small { 4 } else { 3 });
    for (org, role) in &posts {
        for &day in &days {
            asks.push(holders(c, r, org, *role, day));
        }
    }
    for &day in &probe_days(r, 12) {
        asks.push(mous_in_force(c, r, day));
    }
    for d in &data.dimensions {
        asks.push(dimension_meetings(c, r, d.id.as_str()));
    }
    let mut events: Vec<&str> = data
        .meetings
        .iter()
        .flat_map(|m| &m.relations)
        .filter(|x| x.kind == RelationKind::SidelinesOf)
        .map(|x| x.meeting.as_str())
        .collect();
    events.sort();
    events.dedup();
    events.truncate(60);
    events.extend(data.meetings.iter().take(3).map(|m| m.id.as_str()));
    for e in events {
        asks.push(sidelines(c, r, e));
    }
    asks
}

/// Runs the driver with `engine` on `asks` and checks every answer, and the Arrow types
/// pyarrow reads.
fn run(python: &Path, engine: &str, asks: &[Ask]) {
    let cases = cases();
    let job = json!({
        "engine": engine,
        "sql": repo().join("sql"),
        "asks": asks.iter().map(|a| json!({
            "data": cases[a.case].dir,
            "question": a.question,
            "params": a.params,
        })).collect::<Vec<_>>(),
    });
    let job_file = std::env::temp_dir().join(format!(
        "multilateral-engines-{}-{engine}.json",
        std::process::id()
    ));
    std::fs::write(&job_file, job.to_string()).unwrap();
    let out = Command::new(python)
        .arg(repo().join("tests/engines/answer.py"))
        .arg(&job_file)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", python.display()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{engine} failed:\n{}",
        tail(&stderr, 4000)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    let answers = got["answers"].as_array().unwrap();
    assert_eq!(answers.len(), asks.len());
    let mut wrong = Vec::new();
    for (ask, answer) in asks.iter().zip(answers) {
        let expected = Value::Array(ask.expected.clone());
        if *answer != expected {
            wrong.push(format!(
                "{} on {} {}:\n  registry: {expected}\n  {engine}: {answer}",
                ask.question, cases[ask.case].name, ask.params
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} answers differ:\n{}",
        wrong.len(),
        asks.len(),
        wrong.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
    for case in cases
        .iter()
        .filter(|c| asks.iter().any(|a| cases[a.case].dir == c.dir))
    {
        let types = &got["types"][case.dir.to_string_lossy().as_ref()];
        assert_eq!(
            types["id"],
            "dictionary<values=string, indices=int32, ordered=0>"
        );
        assert_eq!(types["when_start_earliest"], "date32[day]");
        assert_eq!(types["title"], "string");
    }
}

fn tail(s: &str, n: usize) -> &str {
    let start = s.len().saturating_sub(n);
    let start = (start..s.len())
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(s.len());
    &s[start..]
}

#[test]
fn duckdb_answers_the_five_questions_as_the_registry_does() {
    let Some(python) = python() else { return };
    let cases = cases();
    let asks: Vec<Ask> = cases
        .iter()
        .enumerate()
        .flat_map(|(i, c)| five_questions(i, c))
        .collect();
    // The asks reach every kind of answer, so that agreeing means something.
    for q in [
        "counterparts",
        "holders",
        "mous_in_force",
        "dimension_meetings",
        "sidelines",
    ] {
        let of = |a: &&Ask| a.question == q;
        assert!(
            asks.iter()
                .filter(of)
                .any(|a| !a.expected.is_empty() && a.expected[0][0] != "unknown"),
            "{q}"
        );
    }
    for status in ["known", "possible", "vacant", "unknown"] {
        assert!(
            asks.iter()
                .any(|a| a.question == "holders" && a.expected[0][0] == status),
            "{status}"
        );
    }
    assert!(asks.iter().any(|a| a.question == "mous_in_force" && a.expected.iter().any(|r| r[1] == "definite")));
    assert!(asks.iter().any(|a| a.question == "mous_in_force" && a.expected.iter().any(|r| r[1] == "possible")));
    let synth = cases.len() - 1;
    assert!(asks.iter().filter(|a| a.case == synth).count() > 300);
    run(&python, "duckdb", &asks);
}

#[test]
fn spark_answers_two_questions_with_the_same_sql() {
    let Some(python) = python() else { return };
    let cases = cases();
    let geneva = cases.iter().position(|c| c.name == "geneva-2024").unwrap();
    let synth = cases.len() - 1;
    let g = &cases[geneva].registry;
    let s = &cases[synth].registry;
    let orgs: Vec<&str> = s
        .dataset()
        .organizations
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let day = |d: &str| d.parse::<NaiveDate>().unwrap();
    let mut asks = vec![
        counterparts(geneva, g, "cica"),
        counterparts(geneva, g, "iom"),
        counterparts(synth, s, orgs[0]),
        counterparts(synth, s, orgs[orgs.len() / 2]),
        holders(geneva, g, "iom", PostRole::Head, day("2024-11-26")),
        holders(
            geneva,
            g,
            "cica-secretariat",
            PostRole::Head,
            day("2024-11-26"),
        ),
    ];
    // A hub's head over the years: definite, possible and vacant days among them.
    for d in ["2003-02-01", "2011-07-01", "2019-05-15", "2024-06-30"] {
        asks.push(holders(synth, s, orgs[1], PostRole::Head, day(d)));
    }
    assert!(
        asks.iter()
            .any(|a| a.question == "holders" && a.case == synth && a.expected[0][0] == "known")
    );
    run(&python, "spark", &asks);
}
