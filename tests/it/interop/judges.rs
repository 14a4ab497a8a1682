//! Each export passes its independent judge, with no `--lenient`, on every fixture and on
//! generated datasets.
//!
//! The judges are the Python checkers of `tests/judges/interop/` (a verbatim copy of the
//! shared `interop` checkers: Popolo's own JSON Schemas, FollowTheMoney's own model,
//! schema.org's own vocabulary through PyLD). They run under the virtual environment their
//! `setup.sh` makes (`~/.cache/interop-checkers/venv`, or `$INTEROP_VENV`). Where it is
//! missing the judge runs are skipped with a note, unless `MULTILATERAL_REQUIRE_INTEROP` is
//! set (as `.ci/run` sets it, after running `setup.sh`): then a missing venv fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use multilateral::Dataset;
use multilateral::interop::{ftm, jsonld, popolo};
use multilateral_testkit::synth::{SynthConfig, generate};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn judges() -> PathBuf {
    repo().join("tests/judges/interop")
}

/// The venv's python, or `None` (with a note) when the judges cannot run here.
fn python() -> Option<PathBuf> {
    let venv = match std::env::var_os("INTEROP_VENV") {
        Some(v) => PathBuf::from(v),
        None => {
            let cache = std::env::var_os("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")));
            cache?.join("interop-checkers/venv")
        }
    };
    let python = venv.join("bin/python");
    if python.exists() {
        return Some(python);
    }
    let required = std::env::var_os("MULTILATERAL_REQUIRE_INTEROP").is_some();
    assert!(
        !required,
        "the interop judges' venv is missing at {}: run tests/judges/interop/setup.sh",
        venv.display()
    );
    eprintln!(
        "skipped: no interop judges' venv at {} (run tests/judges/interop/setup.sh)",
        venv.display()
    );
    None
}

/// Runs a judge on files and asserts that nothing failed.
fn judge(python: &Path, script: &str, files: &[PathBuf]) {
    let out = Command::new(python)
        .arg(judges().join(script))
        .args(files)
        .output()
        .expect("the venv's python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default().to_owned();
    let failures: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.starts_with("PASS "))
        .take(40)
        .collect();
    assert!(
        out.status.success() && last.ends_with(" passed, 0 failed"),
        "{script} on {files:?}: {last}\n{}\n{}",
        failures.join("\n"),
        String::from_utf8_lossy(&out.stderr)
    );
    let passed: usize = last
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(passed > 0, "{script} judged nothing: {last}");
    eprintln!("{script}: {last} ({} files)", files.len());
}

/// The datasets judged: every fixture, and generated ones of a few seeds and sizes.
fn datasets() -> Vec<(String, Dataset)> {
    let mut out = Vec::new();
    // The fixtures, and the held-out encodings of real reports (tests/data/held-out).
    let mut fixtures: Vec<PathBuf> = ["examples/data", "tests/data/held-out"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(repo().join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 7, "{fixtures:?}");
    for path in fixtures {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let data = Dataset::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        out.push((name, data));
    }
    // Geneva and the held-out reports merged into one document, with an alias.
    let mut merger = multilateral::merge::Merger::new(multilateral::merge::Policy::Refuse).same_as(
        multilateral::merge::SameAs::new().official(
            multilateral::OfficialId::from_static("kairat-sarybai"),
            multilateral::OfficialId::from_static("kairat-sarybay"),
        ),
    );
    for (name, data) in &out {
        if name == "geneva-2024" || !name.starts_with("geneva") && fixture_is_held_out(name) {
            merger.add(data.clone());
        }
    }
    out.push((
        "merged-reports".to_owned(),
        merger.finish().unwrap().dataset,
    ));
    for (meetings, seed) in [(120, 1), (400, 7), (3_000, 42)] {
        out.push((
            format!("synth-{meetings}-{seed}"),
            generate(&SynthConfig::new(meetings, seed)),
        ));
    }
    out
}

/// Whether a judged fixture is one of the held-out reports.
fn fixture_is_held_out(name: &str) -> bool {
    repo()
        .join("tests/data/held-out")
        .join(format!("{name}.json"))
        .exists()
}

/// A scratch directory for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "multilateral-interop-{name}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn popolo_exports_pass_the_popolo_judge() {
    let Some(python) = python() else { return };
    let dir = scratch("popolo");
    let files: Vec<PathBuf> = datasets()
        .iter()
        .map(|(name, data)| {
            let path = dir.join(format!("{name}.json"));
            std::fs::write(&path, popolo::to_string_pretty(data)).unwrap();
            path
        })
        .collect();
    judge(&python, "check_popolo.py", &files);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ftm_exports_pass_the_ftm_judge() {
    let Some(python) = python() else { return };
    let dir = scratch("ftm");
    // One run per dataset: the judge reads all its files as one dataset, and two datasets
    // may hold records with one id.
    for (name, data) in datasets() {
        let path = dir.join(format!("{name}.jsonl"));
        std::fs::write(&path, ftm::to_json_lines(&data)).unwrap();
        judge(&python, "check_ftm.py", &[path]);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn jsonld_exports_pass_the_jsonld_judge() {
    let Some(python) = python() else { return };
    let dir = scratch("jsonld");
    let base = jsonld::Base::new("https://records.example.org/multilateral/").unwrap();
    let files: Vec<PathBuf> = datasets()
        .iter()
        .map(|(name, data)| {
            let path = dir.join(format!("{name}.jsonld"));
            std::fs::write(&path, jsonld::to_string_pretty(data, &base)).unwrap();
            path
        })
        .collect();
    judge(&python, "check_jsonld.py", &files);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Values that FollowTheMoney cleans (white space of every kind, quotes, zero-width
/// characters, upper-case URL schemes, long names) are written as FtM stores them.
#[test]
fn ftm_values_are_canonical_on_awkward_text() {
    let Some(python) = python() else { return };
    let doc = serde_json::json!({
        "schema_version": "2.0",
        "organizations": [{
            "id": "odd_org.1",
            "name": "  \"The\u{a0}Odd\tOrganisation\"  ",
            "acronym": "O\u{200b}O",
            "kind": "ngo",
            "headquarters": {"city": "Genève;\nCentre", "country": "CH"},
            "description": "Line one\r\nline two\u{7}",
            "identifiers": [{"scheme": "wikidata", "value": "q42"},
                            {"scheme": "ror", "value": "x".repeat(80)}],
            "sources": [{"url": "HTTPS://Example.ORG?x=1#", "publisher": " Pub\u{2003}lisher "}]
        }],
        "officials": [{
            "id": "o_1",
            "name": &"Very Long Name ".repeat(40),
            "other_names": [{"name": "'Quoted'"}],
            "posts": [{"organization": "odd_org.1", "title": "Chef\u{2028}d'équipe", "role": "head",
                       "period": {"start": "199X", "end": "unknown"}}]
        }]
    });
    let data = Dataset::from_json(&doc.to_string()).unwrap();
    let dir = scratch("awkward");
    let path = dir.join("awkward.jsonl");
    std::fs::write(&path, ftm::to_json_lines(&data)).unwrap();
    judge(&python, "check_ftm.py", std::slice::from_ref(&path));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The judges in `tests/judges/interop/` are a verbatim copy of the shared checkers, when
/// those are next to the repository (`../shared/interop`); on a fresh checkout without them,
/// there is nothing to compare.
#[test]
fn the_vendored_judges_are_the_shared_ones() {
    let shared = repo().join("../shared/interop");
    if !shared.is_dir() {
        eprintln!("skipped: no {} to compare with", shared.display());
        return;
    }
    fn files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n == "__pycache__") {
                continue;
            }
            if path.is_dir() {
                files(root, &path, out);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    let (mut theirs, mut ours) = (Vec::new(), Vec::new());
    files(&shared, &shared, &mut theirs);
    files(&judges(), &judges(), &mut ours);
    theirs.sort();
    ours.sort();
    assert_eq!(ours, theirs, "the same files");
    for file in &theirs {
        assert!(
            std::fs::read(shared.join(file)).unwrap()
                == std::fs::read(judges().join(file)).unwrap(),
            "{} differs from the shared copy",
            file.display()
        );
    }
}
