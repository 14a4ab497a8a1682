//! The `export` example: `--to popolo|ftm|jsonld FILE` prints, `--from popolo FILE` reads.
//!
//! Runs the example binary `cargo test` builds beside this one; skipped when it is absent
//! (`cargo test --test it` alone does not build examples), unless
//! `MULTILATERAL_REQUIRE_EXAMPLES` is set (as `.ci/run` sets it).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn exe() -> Option<PathBuf> {
    let exe = std::env::current_exe().unwrap();
    let path = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test binary lies in target/<profile>/deps")
        .join("examples")
        .join(format!("export{}", std::env::consts::EXE_SUFFIX));
    if path.exists() {
        return Some(path);
    }
    let required = std::env::var_os("MULTILATERAL_REQUIRE_EXAMPLES").is_some();
    assert!(!required, "{} is not built", path.display());
    eprintln!("skipped: {} is not built", path.display());
    None
}

fn run(args: &[&str]) -> Option<Output> {
    let exe = exe()?;
    Some(
        Command::new(exe)
            .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
            .args(args)
            .output()
            .unwrap(),
    )
}

#[test]
fn the_export_example_prints_each_format() {
    let geneva = "examples/data/geneva-2024.json";
    let Some(out) = run(&["--to", "popolo", geneva]) else {
        return;
    };
    assert!(out.status.success(), "{out:?}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["persons"][0]["id"], "kairat-sarybay");

    let out = run(&["--to", "ftm", geneva]).unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 50);
    for line in text.lines() {
        let e: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(e["schema"].is_string(), "{line}");
    }

    let out = run(&["--to", "jsonld", "--base", "https://r.example.org/", geneva]).unwrap();
    assert!(out.status.success(), "{out:?}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["@graph"][0]["@id"],
        "https://r.example.org/organizations/cica"
    );
}

#[test]
fn the_export_example_reads_popolo_and_says_what_it_dropped() {
    let Some(out) = run(&["--from", "popolo", "tests/data/popolo/kenya-excerpt.json"]) else {
        return;
    };
    assert!(out.status.success(), "{out:?}");
    let data = multilateral::Dataset::from_slice(&out.stdout).unwrap();
    assert_eq!(data.officials.len(), 15);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("dropped /persons/*/gender (15)"),
        "{stderr}"
    );
}

#[test]
fn the_export_example_exits_2_on_unreadable_input() {
    let Some(out) = run(&["--to", "popolo", "no/such/file.json"]) else {
        return;
    };
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let out = run(&["--to", "yaml", "examples/data/geneva-2024.json"]).unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let out = run(&[
        "--to",
        "jsonld",
        "--base",
        "nope",
        "examples/data/geneva-2024.json",
    ])
    .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let out = run(&["--from", "popolo", "examples/data/../../Cargo.toml"]).unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "not JSON is read but not mapped: {out:?}"
    );
}
