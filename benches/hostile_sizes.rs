//! Hostile sizes, timed: the full-size documents of `tests/it/robustness/sizes.rs` (a meeting
//! of a million participants, one of 100,000 organizations, a chain of 100,000 meetings on
//! each other's sidelines) through reading, validation, the registry's build and the queries
//! they stress, with the time of each stage and the peak resident set of the case.
//!
//! ```sh
//! cargo bench --bench hostile_sizes                          # every case, each in its own process
//! BENCH_CASE=participants cargo bench --bench hostile_sizes  # one case
//! ```
//!
//! The tests check the answers of these documents and count their cost in steps (no clock);
//! this benchmark is where their time is measured. Each case runs in a process of its own so
//! that its peak resident set (`VmHWM` in `/proc/self/status`) is its own. Under
//! `cargo test --benches` every case runs once at a hundredth of its size, as a smoke test.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::process::Command;
use std::time::Instant;

use multilateral::registry::Depth;
use multilateral::{Dataset, MeetingId, OrganizationId, Registry};
use multilateral_testkit::docs::{crowded_by_organizations, crowded_by_states, sidelines_chain};

#[path = "common/args.rs"]
#[allow(dead_code)] // `sizes`: this benchmark has cases, not sizes
mod args;
use args::env;

/// The cases, by name, with their full size.
const CASES: [(&str, usize); 3] = [
    ("participants", 1_000_000),
    ("organizations", 100_000),
    ("sidelines", 100_000),
];

/// Runs one stage and prints how long it took.
fn stage<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!("  {what}: {:.2?}", start.elapsed());
    out
}

/// The peak resident set of this process, from `/proc/self/status` (0 where there is none).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn run(case: &str, n: usize) {
    let text = match case {
        "participants" => crowded_by_states(n),
        "organizations" => crowded_by_organizations(n),
        "sidelines" => sidelines_chain(n, false),
        other => panic!("BENCH_CASE: no case {other}"),
    };
    println!(
        "{case} (n = {n}, {:.1} MB of JSON):",
        text.len() as f64 / 1e6
    );
    let total = Instant::now();
    let data = stage("reading", || Dataset::from_json(&text).unwrap());
    let report = stage("validating", || data.validate());
    println!("  ({} violations)", report.violations().len());
    let registry = stage("building", || Registry::new(data).unwrap());
    match case {
        "participants" => {
            let kz = registry.state("KZ".parse().unwrap());
            stage("counterparts of KZ", || kz.counterparts().len());
            stage("network", || registry.cooperation_network().len());
        }
        "organizations" => {
            let o0 = registry
                .organization(&OrganizationId::from_static("o0"))
                .unwrap();
            stage("counterparts of o0", || o0.counterparts().len());
        }
        _ => {
            let last: MeetingId = format!("m{}", n - 1).parse().unwrap();
            let last = registry.meeting(&last).unwrap();
            let found = stage("related, transitive", || {
                last.related(&[], Depth::Transitive).len()
            });
            assert_eq!(found, n - 1);
        }
    }
    println!(
        "  all stages: {:.2?}; peak resident set {:.0} MB",
        total.elapsed(),
        peak_mb()
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: then a smoke
    // test at a hundredth of each size.
    let benching = std::env::args().any(|a| a == "--bench");
    let scale = |n: usize| if benching { n } else { n / 100 };
    if let Some(case) = env("BENCH_CASE") {
        let (_, n) = CASES
            .iter()
            .find(|(name, _)| *name == case)
            .unwrap_or_else(|| panic!("BENCH_CASE: one of {CASES:?}"));
        run(&case, scale(*n));
        return;
    }
    let me = std::env::current_exe().expect("the benchmark's own path");
    for (case, _) in CASES {
        let status = Command::new(&me)
            .args(std::env::args().skip(1))
            .env("BENCH_CASE", case)
            .status()
            .expect("the benchmark runs itself for each case");
        assert!(status.success(), "case {case} failed");
    }
}
