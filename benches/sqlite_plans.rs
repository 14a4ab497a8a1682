//! The SQLite twin's SQL and query plan for each case of the `versus_sqlite` benchmark, as
//! the Markdown of BENCHMARKS.md's appendix of plans.
//!
//! ```sh
//! cargo bench --bench sqlite_plans > plans.md               # at 100k meetings
//! BENCH_SIZES=1k cargo bench --bench sqlite_plans
//! ```
//!
//! Plans depend on the statistics (basic ones, as in the benchmark) and so on the data's
//! size; the queries' parameters are unbound (NULL), which is what a cached statement is
//! planned with once STAT4 samples are gone. Under `cargo test --benches` it runs at 1k.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;

use multilateral_testkit::sqlite::cases::cases;
use multilateral_testkit::sqlite::{Reference, Stats, accesses};
use multilateral_testkit::synth::{SynthConfig, generate};

#[path = "common/args.rs"]
mod args;
use args::{env, sizes};

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let (label, n) = match (benching, env("BENCH_SIZES")) {
        (true, Some(_)) => sizes()
            .into_iter()
            .next()
            .expect("BENCH_SIZES names a size"),
        (true, None) => ("100k".to_owned(), 100_000),
        (false, _) => ("1k".to_owned(), 1_000),
    };
    let data = generate(&SynthConfig::new(n, 1));
    let reference = Reference::load_with(&data, Stats::Basic).expect("SQLite loads the dataset");
    println!("Plans at {label} meetings, basic statistics (`cargo bench --bench sqlite_plans`).\n");
    let mut seen = BTreeSet::new();
    for case in cases(&data) {
        for &access in accesses(&case.q) {
            let sql = reference.sql_text(&case.q, access);
            // One entry per distinct statement (typical and worst cases mostly share one).
            if !seen.insert(sql.clone()) {
                continue;
            }
            let plan = reference.plan(&case.q, access).expect("SQL plans");
            let how = if accesses(&case.q).len() > 1 {
                format!(" ({access:?})")
            } else {
                String::new()
            };
            println!("#### `{}`{how}: {}\n", case.query, case.args);
            println!("```sql\n{}\n```\n", sql.trim());
            println!("```text\n{}```\n", plan);
        }
    }
}
