//! Load and query speed of the registry against SQLite, side by side, on synthetic datasets
//! of about 1k, 100k and 1M meetings.
//!
//! ```sh
//! cargo bench --bench versus_sqlite                      # 1k and 100k
//! BENCH_SIZES=1m nice cargo bench --bench versus_sqlite  # 1M alone
//! ```
//!
//! Environment: `BENCH_SIZES` (comma-separated, of `1k`, `100k`, `1m` or a number; default
//! `1k,100k`), `BENCH_FILTER` (run only the queries whose name contains it, or one of its comma-separated parts), `BENCH_MS`
//! (the minimum length of a timed batch, default 30), `BENCH_DATA` (a dataset file to measure
//! instead of the generated ones; give one size in `BENCH_SIZES`), `BENCH_BATCHES` (batches per side,
//! default 7), `BENCH_OUT` (a file to append the markdown tables to), `BENCH_PLANS=1` (print
//! SQLite's query plan for each case), `BENCH_SKIP_LOAD=1`, `BENCH_ONLY_LOAD=1`, `BENCH_LOAD_RUNS`
//! (timed loads of each kind), `BENCH_PROFILE_BUILD=1` (only `Registry::new` once, to
//! profile the build), `BENCH_STAT4=1` (SQLite plans with its STAT4 samples too; by default
//! they are deleted after `ANALYZE`, see [`Stats`]).
//!
//! For each case both sides answer once and the answers are compared (the SQLite twin must
//! give the same ids in the same order). Then each side runs in batches of as many
//! iterations as fill `BENCH_MS`; batches alternate between the two sides so that both see
//! the same machine, and the median batch gives the time per call. A query that SQLite can
//! answer in two ways (through B-tree indexes or an R*Tree, see [`Access`]) is timed both
//! ways, and the faster is the reference.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "common/args.rs"]
mod args;

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use multilateral::{Dataset, Registry};
use multilateral_testkit::sqlite::{
    Access, Reference, Stats, accesses, cases, registry_answer, registry_run,
};
use multilateral_testkit::synth::{SynthConfig, generate};

use args::{env, sizes};

#[path = "common/timing.rs"]
mod timing;
use timing::{Timing, compare, human, median};

/// Times one call of `f` without the drop of what it returns.
fn build_once<T>(f: &dyn Fn() -> T) -> f64 {
    let t = Instant::now();
    let v = f();
    let ns = t.elapsed().as_secs_f64() * 1e9;
    drop(black_box(v));
    ns
}

/// Medians of `runs` alternating calls of `a` and `b`, each timed without its drop, and the
/// median of the ratios b / a of each adjacent pair (robust to the machine's load drifting).
fn compare_builds<A, B>(a: &dyn Fn() -> A, b: &dyn Fn() -> B, runs: usize) -> (Timing, f64) {
    // One call each first, to warm up the allocator and the caches.
    build_once(a);
    build_once(b);
    let (mut ta, mut tb, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    // The order alternates: what a run frees shapes the allocator's state for the next
    // (after a freed `Dataset` a parse measured 10-40 % slower than after a freed
    // `Registry`), and with a fixed order that would always fall on the same side.
    for run in 0..runs.max(1) {
        let (x, y) = if run % 2 == 0 {
            let x = build_once(a);
            (x, build_once(b))
        } else {
            let y = build_once(b);
            (build_once(a), y)
        };
        ta.push(x);
        tb.push(y);
        ratios.push(y / x);
    }
    (
        Timing {
            a_ns: median(ta),
            b_ns: median(tb),
        },
        median(ratios),
    )
}

fn time_once<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed().as_secs_f64() * 1e9)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: then just check
    // that everything runs, on the small dataset.
    let benching = std::env::args().any(|a| a == "--bench");
    let target = Duration::from_millis(
        env("BENCH_MS")
            .and_then(|v| v.parse().ok())
            .unwrap_or(if benching { 30 } else { 1 }),
    );
    let batches: usize = env("BENCH_BATCHES")
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 7 } else { 1 });
    let filter = env("BENCH_FILTER");
    let plans = env("BENCH_PLANS").is_some();
    let stats = if env("BENCH_STAT4").is_some() {
        Stats::Stat4
    } else {
        Stats::Basic
    };
    let sizes = if benching {
        sizes()
    } else {
        vec![("1k".to_owned(), 1_000)]
    };
    let mut report = String::new();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_default();
    let _ = writeln!(
        report,
        "\n<!-- versus_sqlite: {} cores, {cpu}; batch {target:?}, {batches} batches -->",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    for (label, n) in sizes {
        eprintln!("== {label}: generating {n} meetings");
        // `BENCH_DATA=<file>`: measure a dataset read from a file instead of a generated one
        // (for comparing two versions of the crate on the same records).
        let (data, gen_ns) = match env("BENCH_DATA") {
            Some(path) => time_once(|| {
                let text = std::fs::read_to_string(&path).expect("BENCH_DATA can be read");
                Dataset::from_json(&text).expect("BENCH_DATA is a dataset")
            }),
            None => time_once(|| generate(&SynthConfig::new(n, 1))),
        };
        let n = data.meetings.len();
        let text = serde_json::to_string(&data).expect("serializes");
        let pretty_len = data.to_json_pretty().len();
        eprintln!(
            "   generated in {}; {} organizations, {} officials, {} MoUs, {} dimensions; JSON {} bytes (pretty {})",
            human(gen_ns),
            data.organizations.len(),
            data.officials.len(),
            data.mous.len(),
            data.dimensions.len(),
            text.len(),
            pretty_len
        );
        let _ = writeln!(
            report,
            "\n### {label}: {n} meetings, {} organizations, {} officials, {} MoUs; JSON {:.1} MB\n",
            data.organizations.len(),
            data.officials.len(),
            data.mous.len(),
            text.len() as f64 / 1e6
        );

        if env("BENCH_PROFILE_BUILD").is_some() {
            let (r, ns) = time_once(|| Registry::new(data).expect("valid"));
            eprintln!("Registry::new {}", human(ns));
            drop(r);
            continue;
        }
        if env("BENCH_SKIP_LOAD").is_none() && filter.is_none() {
            load(&text, n, batches, &mut report);
        }
        if env("BENCH_ONLY_LOAD").is_some() {
            continue;
        }

        let (reference, sql_load_ns) =
            time_once(|| Reference::load_with(&data, stats).expect("SQLite loads the dataset"));
        eprintln!(
            "   SQLite loaded in {} ({:.1} MB of pages)",
            human(sql_load_ns),
            reference.database_bytes().unwrap_or(0) as f64 / 1e6
        );
        let cases = cases::cases(&data);
        let registry = Registry::new(data).expect("synthetic data validates");

        let _ = writeln!(
            report,
            "| query | arguments | rows | registry | SQLite | registry / SQLite |\n|---|---|---:|---:|---:|---:|"
        );
        println!(
            "{:<26} {:<74} {:>8} {:>10} {:>10} {:>9}",
            "query", "arguments", "rows", "registry", "SQLite", "reg/sql"
        );
        for case in &cases {
            if filter
                .as_deref()
                .is_some_and(|f| !f.split(',').any(|f| case.query.contains(f)))
            {
                continue;
            }
            let want = registry_answer(&registry, &case.q);
            // Each way SQLite has for the query, timed against the registry; the fastest is
            // the reference.
            let mut best: Option<(Timing, Access)> = None;
            for &access in accesses(&case.q) {
                let got = reference.answer_with(&case.q, access).expect("SQL runs");
                assert!(
                    want == got,
                    "{label} {} {} ({access:?}): the registry and SQLite disagree\nregistry: {want:?}\nSQLite:   {got:?}",
                    case.query,
                    case.args
                );
                if plans {
                    eprintln!(
                        "{} {} ({access:?}):\n{}",
                        case.query,
                        case.args,
                        reference.plan(&case.q, access).unwrap_or_default()
                    );
                }
                let t = compare(
                    &mut || {
                        black_box(registry_run(&registry, black_box(&case.q)));
                    },
                    &mut || {
                        black_box(reference.answer_with(black_box(&case.q), access).unwrap());
                    },
                    target,
                    batches,
                );
                if accesses(&case.q).len() > 1 {
                    eprintln!(
                        "   {} {} through {access:?}: SQLite {}",
                        case.query,
                        case.args,
                        human(t.b_ns)
                    );
                }
                if best.as_ref().is_none_or(|(b, _)| t.b_ns < b.b_ns) {
                    best = Some((t, access));
                }
            }
            let (t, _) = best.expect("every query has an access");
            let ratio = t.a_ns / t.b_ns;
            println!(
                "{:<26} {:<74} {:>8} {:>10} {:>10} {:>9.4}",
                case.query,
                case.args,
                want.len(),
                human(t.a_ns),
                human(t.b_ns),
                ratio
            );
            let _ = writeln!(
                report,
                "| `{}` | {} | {} | {} | {} | {:.4}{} |",
                case.query,
                case.args,
                want.len(),
                human(t.a_ns),
                human(t.b_ns),
                ratio,
                if ratio > 0.1 { " ✗" } else { "" }
            );
        }
        drop(reference);
        drop(registry);
    }
    print!("{report}");
    if let Some(path) = env("BENCH_OUT") {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .expect("BENCH_OUT opens");
        f.write_all(report.as_bytes()).expect("BENCH_OUT writes");
    }
}

/// Load: JSON text → `Dataset` with serde alone, against JSON text → validated, indexed
/// `Registry`; with the registry's three steps timed apart.
fn load(text: &str, n: usize, batches: usize, report: &mut String) {
    let parse = || serde_json::from_str::<Dataset>(text).expect("parses");
    let full = || Registry::from_json(text).expect("loads");
    // Each run loads once; what it built is dropped outside the timed region.
    let runs = env("BENCH_LOAD_RUNS")
        .and_then(|v| v.parse().ok())
        .unwrap_or(match n {
            0..=10_000 => batches.max(1) * 5,
            10_001..=500_000 => batches,
            _ => 3,
        });
    let (t, ratio) = compare_builds(&parse, &full, runs);
    // The registry's steps, once each, for the record.
    let (data, read_ns) = time_once(|| multilateral::Dataset::from_json(text).expect("reads"));
    let (report_v, validate_ns) = time_once(|| data.validate());
    assert!(!report_v.has_errors());
    let (_, build_ns) = time_once(|| Registry::new(data).expect("builds"));
    println!(
        "load: serde {} | registry {} | ratio {:.2} (read {}, validate {}, validate+index {})",
        human(t.a_ns),
        human(t.b_ns),
        ratio,
        human(read_ns),
        human(validate_ns),
        human(build_ns)
    );
    let _ = writeln!(
        report,
        "Load: serde only {} · `Registry::from_json` {} (medians of {runs}) · **ratio {:.2}**{} (median of the {runs} paired runs; steps, one run each: read {}, validate {}, validate + index {}).\n",
        human(t.a_ns),
        human(t.b_ns),
        ratio,
        if ratio > 2.0 { " ✗" } else { "" },
        human(read_ns),
        human(validate_ns),
        human(build_ns)
    );
}
