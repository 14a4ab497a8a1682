//! Memory: the bytes a loaded registry holds against the byte size of the JSON text it came
//! from, on synthetic datasets of about 1k, 100k and 1M meetings.
//!
//! ```sh
//! cargo bench --bench memory                      # 1k and 100k
//! BENCH_SIZES=1m nice cargo bench --bench memory  # 1M alone
//! ```
//!
//! A counting global allocator (`stats_alloc`) gives the bytes the registry's allocations
//! request, and how many blocks they are; the allocator's own overhead is estimated at 16
//! bytes a block (glibc's chunk header and rounding to 16 bytes), and the growth of the
//! resident set (`/proc/self/statm`) while loading is reported as a cross-check (it also
//! holds memory freed during the load that the allocator kept). The counting allocator
//! lives in this benchmark only: the speed benchmark runs on the plain system allocator.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::alloc::System;
use std::fmt::Write as _;

use multilateral::{Dataset, Registry};
use multilateral_testkit::synth::{SynthConfig, generate};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[path = "common/args.rs"]
mod args;
use args::{env, sizes};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn resident() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// Live bytes and blocks a closure's result holds (allocated minus freed while it ran).
fn held<T>(f: impl FnOnce() -> T) -> (T, i64, i64, i64) {
    let rss = resident();
    let region = Region::new(GLOBAL);
    let value = f();
    let s = region.change();
    // stats_alloc already counts a reallocation's growth in `bytes_allocated` and its
    // shrinking in `bytes_deallocated`; `bytes_reallocated` is the same change again.
    let bytes = s.bytes_allocated as i64 - s.bytes_deallocated as i64;
    let blocks = s.allocations as i64 - s.deallocations as i64;
    (value, bytes, blocks, resident() as i64 - rss as i64)
}

fn mb(b: i64) -> String {
    format!("{:.1} MB", b as f64 / 1e6)
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let sizes: Vec<(String, usize)> = if benching {
        sizes()
    } else {
        vec![("1k".to_owned(), 1_000)]
    };
    let mut report = String::from(
        "\n| size | JSON (compact) | JSON (pretty) | `Dataset` as serde reads it | `Registry` | of which records | of which indexes | registry / compact JSON | registry / pretty JSON | with malloc overhead / compact |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut breakdown = String::from(
        "\n| size | `Dataset` as serde reads it | of which spare `Vec` capacity | shrunk to fit, by record kind |\n|---|---:|---:|---|\n",
    );
    for (label, n) in sizes {
        eprintln!("== {label}: generating {n} meetings");
        let data = generate(&SynthConfig::new(n, 1));
        let text = serde_json::to_string(&data).expect("serializes");
        let pretty = data.to_json_pretty().len() as i64;
        drop(data);
        let json = text.len() as i64;

        let (mut dataset, data_bytes, _, _) =
            held(|| serde_json::from_str::<Dataset>(&text).expect("parses"));
        // Where the plain structs' bytes go: spare capacity of the vectors serde grew, then
        // each kind of record.
        let t = std::time::Instant::now();
        let ((), slack, _, _) = held(|| shrink(&mut dataset));
        let shrink_time = t.elapsed();
        let mut parts = Vec::new();
        let ((), b, _, _) = held(|| drop(std::mem::take(&mut dataset.meetings)));
        parts.push(("meetings", -b));
        let ((), b, _, _) = held(|| drop(std::mem::take(&mut dataset.officials)));
        parts.push(("officials", -b));
        let ((), b, _, _) = held(|| drop(std::mem::take(&mut dataset.organizations)));
        parts.push(("organizations", -b));
        let ((), b, _, _) = held(|| drop(std::mem::take(&mut dataset.mous)));
        parts.push(("MoUs", -b));
        let ((), b, _, _) = held(|| drop(std::mem::take(&mut dataset.dimensions)));
        parts.push(("dimensions", -b));
        drop(dataset);
        println!(
            "{label}: Dataset {} of which spare vector capacity {} (shrinking took {shrink_time:?}); after shrinking: {}",
            mb(data_bytes),
            mb(-slack),
            parts
                .iter()
                .map(|(k, b)| format!("{k} {}", mb(*b)))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = writeln!(
            breakdown,
            "| {label} | {} | {} ({:.0}%) | {} |",
            mb(data_bytes),
            mb(-slack),
            -slack as f64 * 100.0 / data_bytes as f64,
            parts
                .iter()
                .map(|(k, b)| format!("{k} {}", mb(*b)))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let (registry, bytes, blocks, rss) = held(|| Registry::from_json(&text).expect("loads"));
        std::hint::black_box(&registry);
        drop(registry);

        let ratio = bytes as f64 / json as f64;
        let with_overhead = (bytes + 16 * blocks) as f64 / json as f64;
        println!(
            "{label}: JSON {} (pretty {}), Dataset {}, Registry {} in {blocks} blocks: {ratio:.3}× compact, {:.3}× pretty, {with_overhead:.3}× with malloc overhead; RSS grew {} ({:.3}×)",
            mb(json),
            mb(pretty),
            mb(data_bytes),
            mb(bytes),
            bytes as f64 / pretty as f64,
            mb(rss),
            rss as f64 / json as f64
        );
        // The registry keeps the records as serde read them.
        let records = data_bytes;
        let _ = writeln!(
            report,
            "| {label} | {} | {} | {} | {} | {} | {} | **{ratio:.3}**{} | {:.3} | {with_overhead:.3} |",
            mb(json),
            mb(pretty),
            mb(data_bytes),
            mb(bytes),
            mb(records),
            mb(bytes - records),
            if ratio > 1.0 { " ✗" } else { "" },
            bytes as f64 / pretty as f64,
        );
    }
    report.push_str(&breakdown);
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

/// Frees the spare capacity of the dataset's vectors of records (the lists inside records
/// are boxed slices, which have none).
fn shrink(d: &mut Dataset) {
    d.organizations.shrink_to_fit();
    d.officials.shrink_to_fit();
    d.dimensions.shrink_to_fit();
    d.mous.shrink_to_fit();
    d.meetings.shrink_to_fit();
}
