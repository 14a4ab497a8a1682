//! Arrow and Parquet at scale: export throughput and peak memory, the Parquet files' size
//! against the JSON, and DuckDB answering the five questions of `sql/` beside the registry.
//!
//! ```sh
//! BENCH_SIZES=1m nice cargo bench --bench columnar --features parquet
//! ```
//!
//! DuckDB runs in the engines' environment (`.ci/engines` makes it; its python is
//! `MULTILATERAL_ENGINES_PYTHON` or `~/.cache/multilateral-engines/venv/bin/python`);
//! `BENCH_SKIP_DUCKDB=1` leaves it out. The files go to `BENCH_DIR` (default: a folder in the
//! temporary directory, removed at the end).
//!
//! The peak memory of an export is what it holds above the dataset: a counting allocator
//! (`stats_alloc`) gives the bytes held (allocated minus freed), sampled after each record
//! batch is made and each time the Parquet writer writes to its file (when it writes out a row
//! group, whose encoded columns it holds until then); the largest sample, less the bytes held
//! when the export began. The growth of the resident set is a cross-check (Linux: its peak
//! is reset through `/proc/self/clear_refs` before each step); it reads low when the
//! allocator reuses memory freed earlier.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::alloc::System;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use multilateral::columnar::{Relation, batches, parquet};
use multilateral::{Dataset, NaiveDate, PostRole, Registry, RelationKind};
use multilateral_testkit::synth::{SynthConfig, generate};
use serde_json::{Value, json};
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// The bytes the program holds: allocated minus freed.
fn held() -> i64 {
    let s = GLOBAL.stats();
    s.bytes_allocated as i64 - s.bytes_deallocated as i64
}

/// The largest number of bytes held seen by [`sample`] since [`reset_samples`].
static MOST: AtomicI64 = AtomicI64::new(0);

fn sample() {
    MOST.fetch_max(held(), Ordering::Relaxed);
}

fn reset_samples() -> i64 {
    let now = held();
    MOST.store(now, Ordering::Relaxed);
    now
}

/// A file that samples the bytes held each time it is written to.
struct Sampled<W>(W);

impl<W: std::io::Write> std::io::Write for Sampled<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        sample();
        self.0.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

#[path = "common/args.rs"]
mod args;
use args::{env, sizes};

#[path = "../tests/engines/questions.rs"]
mod questions;

/// A line of `/proc/self/status` in bytes (`VmRSS`, `VmHWM`).
fn status_bytes(key: &str) -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with(key))?;
            line.split_whitespace().nth(1)?.parse::<usize>().ok()
        })
        .map_or(0, |kb| kb * 1024)
}

/// Runs `f` and returns its result, its time, and the peak of the resident set above what
/// it was when `f` began (the peak is reset first, through `/proc/self/clear_refs`).
fn measured<T>(f: impl FnOnce() -> T) -> (T, Duration, usize) {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let base = status_bytes("VmRSS:");
    let start = Instant::now();
    let value = f();
    let took = start.elapsed();
    (value, took, status_bytes("VmHWM:").saturating_sub(base))
}

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn per_s(n: f64, d: Duration) -> f64 {
    n / d.as_secs_f64()
}

/// The median time of `f`, run at least 5 times and for at least 300 ms.
fn median_ms<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < 5 || (start.elapsed() < Duration::from_millis(300) && times.len() < 1000) {
        let t = Instant::now();
        std::hint::black_box(f());
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn median(v: &[Value]) -> f64 {
    let mut t: Vec<f64> = v.iter().map(|x| x.as_f64().unwrap()).collect();
    t.sort_by(|a, b| a.total_cmp(b));
    t[t.len() / 2]
}

fn python() -> Option<PathBuf> {
    std::env::var_os("MULTILATERAL_ENGINES_PYTHON")
        .map(PathBuf::from)
        .or_else(|| {
            Some(
                PathBuf::from(std::env::var_os("HOME")?)
                    .join(".cache/multilateral-engines/venv/bin/python"),
            )
        })
        .filter(|p| p.exists())
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The arguments of the five questions: the heaviest cases the data has.
fn asks(data: &Dataset, r: &Registry) -> Vec<(String, questions::Question)> {
    use std::collections::HashMap;
    let mut by_org: HashMap<&str, usize> = HashMap::new();
    for m in &data.meetings {
        for o in m.organizations() {
            *by_org.entry(o.as_str()).or_default() += 1;
        }
    }
    let mut orgs: Vec<(&str, usize)> = by_org.into_iter().collect();
    orgs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let busiest = orgs[0].0;
    let median_org = orgs[orgs.len() / 2].0;
    let mut heads: HashMap<&str, usize> = HashMap::new();
    for p in data
        .officials
        .iter()
        .flat_map(|o| &o.posts)
        .filter(|p| p.role == PostRole::Head)
    {
        *heads.entry(p.organization.as_str()).or_default() += 1;
    }
    let headed = heads
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .unwrap()
        .0;
    let day: NaiveDate = "2015-06-01".parse().unwrap();
    let dimension = data
        .dimensions
        .iter()
        .filter(|d| d.parent.is_none())
        .map(|d| d.id.as_str())
        .max_by_key(|d| {
            data.dimensions
                .iter()
                .filter(|x| x.parent.as_ref().is_some_and(|p| p == *d))
                .count()
        })
        .unwrap();
    let mut incoming: HashMap<&str, usize> = HashMap::new();
    for rel in data
        .meetings
        .iter()
        .flat_map(|m| &m.relations)
        .filter(|x| x.kind == RelationKind::SidelinesOf)
    {
        *incoming.entry(rel.meeting.as_str()).or_default() += 1;
    }
    let event = incoming
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .unwrap()
        .0;
    vec![
        (
            format!("counterparts of the busiest organization ({busiest})"),
            questions::counterparts(r, busiest),
        ),
        (
            format!("counterparts of the median organization ({median_org})"),
            questions::counterparts(r, median_org),
        ),
        (
            format!("holders: head of {headed} on {day}"),
            questions::holders(r, headed, PostRole::Head, day),
        ),
        (
            format!("MoUs in force on {day}"),
            questions::mous_in_force(r, day),
        ),
        (
            format!("meetings of {dimension} with its priority areas"),
            questions::dimension_meetings(r, dimension),
        ),
        (
            format!("meetings on the sidelines of {event}"),
            questions::sidelines(r, event),
        ),
    ]
}

/// The registry's time for each question (median, ms).
fn registry_times(r: &Registry, asks: &[(String, questions::Question)]) -> Vec<f64> {
    asks.iter()
        .map(|(_, (q, params, _))| {
            let s = |k: &str| params[k].as_str().unwrap().to_owned();
            match *q {
                "counterparts" => {
                    let o = s("organization");
                    median_ms(|| questions::counterparts(r, &o).2.len())
                }
                "holders" => {
                    let (o, role, day) = (
                        s("organization"),
                        s("role").parse::<PostRole>().unwrap(),
                        s("day").parse().unwrap(),
                    );
                    median_ms(|| questions::holders(r, &o, role, day).2.len())
                }
                "mous_in_force" => {
                    let day = s("day").parse().unwrap();
                    median_ms(|| questions::mous_in_force(r, day).2.len())
                }
                "dimension_meetings" => {
                    let d = s("dimension");
                    median_ms(|| questions::dimension_meetings(r, &d).2.len())
                }
                "sidelines" => {
                    let e = s("event");
                    median_ms(|| questions::sidelines(r, &e).2.len())
                }
                other => panic!("{other}"),
            }
        })
        .collect()
}

/// Runs the five questions in DuckDB, over views of the files or over tables loaded from them;
/// checks the answers and returns the load (ms), each question's first and median time (ms), and the
/// DuckDB process's peak resident set (MB).
fn duckdb(
    python: &Path,
    dir: &Path,
    asks: &[(String, questions::Question)],
    load: bool,
) -> (f64, Vec<(f64, f64)>, f64) {
    let job = json!({
        "engine": "duckdb",
        "sql": repo().join("sql"),
        "repeat": 7,
        "load": load,
        "asks": asks.iter().map(|(_, (q, p, _))| json!({"data": dir, "question": q, "params": p})).collect::<Vec<_>>(),
    });
    let file = dir.join("job.json");
    std::fs::write(&file, job.to_string()).unwrap();
    let out = std::process::Command::new(python)
        .arg(repo().join("tests/engines/answer.py"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    for ((name, (_, _, expected)), answer) in asks.iter().zip(got["answers"].as_array().unwrap()) {
        assert_eq!(
            answer,
            &Value::Array(expected.clone()),
            "DuckDB differs from the registry: {name}"
        );
    }
    let times = got["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let t = t.as_array().unwrap();
            (t[0].as_f64().unwrap(), median(&t[1..]))
        })
        .collect();
    let rss_mb = got["max_rss_kb"].as_f64().unwrap_or(0.0) * 1024.0 / 1e6;
    (got["load_ms"].as_f64().unwrap_or(0.0), times, rss_mb)
}

fn main() {
    if std::env::args().any(|a| a == "--test") {
        // `cargo test --benches`: a smoke run on a small dataset.
        run("smoke", 300);
        return;
    }
    let sizes = if env("BENCH_SIZES").is_some() {
        sizes()
    } else {
        vec![("100k".to_owned(), 100_000)]
    };
    for (name, n) in sizes {
        run(&name, n);
    }
}

fn run(name: &str, n: usize) {
    println!("\n## {name} meetings (seed 1)\n");
    let ((data, took), _, _) = measured(|| {
        let t = Instant::now();
        let d = generate(&SynthConfig::new(n, 1));
        (d, t.elapsed())
    });
    println!(
        "generated in {:.1} s; resident set with the dataset: {}",
        took.as_secs_f64(),
        mb(status_bytes("VmRSS:"))
    );
    let dir = env("BENCH_DIR").map(PathBuf::from).unwrap_or_else(|| {
        std::env::temp_dir().join(format!("multilateral-columnar-{}", std::process::id()))
    });
    let dir = dir.join(name);
    std::fs::create_dir_all(&dir).unwrap();

    // Arrow batches alone.
    let base = reset_samples();
    let ((rows, arrow_bytes), arrow_time, arrow_rss) = measured(|| {
        let (mut rows, mut bytes) = (0usize, 0usize);
        for &r in Relation::ALL {
            for b in batches(&data, r) {
                sample();
                rows += b.num_rows();
                bytes += b.get_array_memory_size();
            }
        }
        (rows, bytes)
    });
    let arrow_peak = MOST.load(Ordering::Relaxed) - base;
    // Parquet files.
    let base = reset_samples();
    let (files, parquet_time, parquet_rss) = measured(|| {
        Relation::ALL
            .iter()
            .map(|&r| {
                let path = dir.join(parquet::file_name(r));
                let f = std::fs::File::create(&path).unwrap();
                let out = Sampled(std::io::BufWriter::with_capacity(1 << 20, f));
                let out = parquet::write(&data, r, out).unwrap();
                out.0.into_inner().unwrap().sync_all().unwrap();
                let rows: usize = batches(&data, r).map(|b| b.num_rows()).sum();
                (r, rows, std::fs::metadata(&path).unwrap().len() as usize)
            })
            .collect::<Vec<_>>()
    });
    let parquet_peak = MOST.load(Ordering::Relaxed) - base;
    let parquet_bytes: usize = files.iter().map(|f| f.2).sum();
    // Read back.
    let (back, read_time, read_peak) = measured(|| {
        parquet::read_dataset(Relation::ALL.iter().map(|&r| {
            (
                r,
                std::fs::File::open(dir.join(parquet::file_name(r))).unwrap(),
            )
        }))
        .unwrap()
    });
    assert!(
        back == data,
        "the Parquet files read back into another dataset"
    );
    drop(back);
    let compact_text = serde_json::to_vec(&data).unwrap();
    let compact = compact_text.len();
    let (parsed, json_time, _) = measured(|| Dataset::from_slice(&compact_text).unwrap());
    assert!(parsed == data);
    drop(parsed);
    drop(compact_text);
    let pretty = data.to_json_pretty().len();

    println!(
        "| step | rows | time | rows/s | MB/s | peak memory above the dataset (allocated; resident set) |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    println!(
        "| Arrow record batches, every table | {rows} | {:.2} s | {:.2} M | {:.0} (Arrow buffers) | {}; {} |",
        arrow_time.as_secs_f64(),
        per_s(rows as f64, arrow_time) / 1e6,
        per_s(arrow_bytes as f64, arrow_time) / 1e6,
        mb(arrow_peak.max(0) as usize),
        mb(arrow_rss)
    );
    println!(
        "| Parquet files (Snappy), every table | {rows} | {:.2} s | {:.2} M | {:.0} written; {:.0} of compact JSON | {}; {} |",
        parquet_time.as_secs_f64(),
        per_s(rows as f64, parquet_time) / 1e6,
        per_s(parquet_bytes as f64, parquet_time) / 1e6,
        per_s(compact as f64, parquet_time) / 1e6,
        mb(parquet_peak.max(0) as usize),
        mb(parquet_rss)
    );
    println!(
        "| Parquet files read back into a `Dataset` | {rows} | {:.2} s | {:.2} M | {:.0} read | resident set {} (the new dataset included) |",
        read_time.as_secs_f64(),
        per_s(rows as f64, read_time) / 1e6,
        per_s(parquet_bytes as f64, read_time) / 1e6,
        mb(read_peak)
    );
    println!(
        "\n| files | size | against compact JSON | against pretty JSON |\n|---|---:|---:|---:|"
    );
    println!("| JSON, compact | {} | 1 | |", mb(compact));
    println!("| JSON, pretty | {} | | 1 |", mb(pretty));
    println!(
        "| Parquet, {} files | {} | {:.3} | {:.3} |",
        files.len(),
        mb(parquet_bytes),
        parquet_bytes as f64 / compact as f64,
        parquet_bytes as f64 / pretty as f64
    );
    let mut largest = files.clone();
    largest.sort_by_key(|f| std::cmp::Reverse(f.2));
    let top: Vec<String> = largest
        .iter()
        .take(6)
        .map(|(r, rows, bytes)| format!("{r} {} ({rows} rows)", mb(*bytes)))
        .collect();
    println!("\nLargest files: {}.", top.join(", "));

    // The registry and DuckDB.
    let (registry, load, _) = measured(|| Registry::new(data).unwrap());
    let asks = asks(registry.dataset(), &registry);
    let reg = registry_times(&registry, &asks);
    let Some(python) = python().filter(|_| env("BENCH_SKIP_DUCKDB").is_none()) else {
        println!("\n(DuckDB left out: no engines' environment, or BENCH_SKIP_DUCKDB)");
        for ((q, _), t) in asks.iter().zip(&reg) {
            println!("| {q} | {t:.3} ms |");
        }
        return;
    };
    let (_, over_files, rss_files) = duckdb(&python, &dir, &asks, false);
    let (load_ms, loaded, rss_loaded) = duckdb(&python, &dir, &asks, true);
    println!(
        "\nBefore the first answer: the registry reads the JSON ({:.1} s from compact JSON, or {:.1} s from the Parquet files) and builds its indexes (`Registry::new`, validation included: {:.1} s), then holds what the memory benchmark measures (see \"Memory\"; this process's resident set with the registry: {}); DuckDB reads the files as they are, or loads them into its own tables in {:.1} s. The DuckDB process's peak resident set: {:.0} MB over the files, {:.0} MB with the tables loaded.\n",
        json_time.as_secs_f64(),
        read_time.as_secs_f64(),
        load.as_secs_f64(),
        mb(status_bytes("VmRSS:")),
        load_ms / 1e3,
        rss_files,
        rss_loaded
    );
    println!(
        "| question | answer rows | registry | DuckDB over the Parquet files (first / median) | DuckDB over loaded tables (first / median) | DuckDB (files) / registry |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for (i, (q, (_, _, expected))) in asks.iter().enumerate() {
        println!(
            "| {q} | {} | {} | {:.1} / {:.1} ms | {:.1} / {:.1} ms | {:.0}× |",
            expected.len(),
            if reg[i] < 1.0 {
                format!("{:.1} µs", reg[i] * 1e3)
            } else {
                format!("{:.2} ms", reg[i])
            },
            over_files[i].0,
            over_files[i].1,
            loaded[i].0,
            loaded[i].1,
            over_files[i].1 / reg[i]
        );
    }
    if env("BENCH_DIR").is_none() {
        let _ = std::fs::remove_dir_all(dir.parent().unwrap());
    }
}
