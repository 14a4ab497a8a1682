//! The composable query's fixed cost: `registry.meetings()` with one condition against the
//! dedicated query that answers the same question (`meetings().of_kind(k)` against
//! `meetings_of_kind(k)`, `meetings().involving(o, scope)` against `o.meetings(all, scope)`…),
//! on the benchmark's own cases (the median and the busiest record of each kind, small and
//! large answers), measured in the same run, batches of the two interleaved.
//!
//! ```sh
//! cargo bench --bench planner                    # 1k and 100k meetings
//! BENCH_SIZES=1m nice cargo bench --bench planner
//! ```
//!
//! The target is a ratio (planner / dedicated) of at most 2 for every case. Under
//! `cargo test --benches` it runs once at 1k meetings, as a smoke test that also checks the
//! two give the same meetings.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::hint::black_box;
use std::time::Duration;

use multilateral::{Meeting, Period, Registry};
use multilateral_testkit::sqlite::Query;
use multilateral_testkit::sqlite::cases::cases;
use multilateral_testkit::synth::{SynthConfig, generate};

#[path = "common/args.rs"]
mod args;
use args::sizes;

#[path = "common/timing.rs"]
mod timing;
use timing::{compare, human};

/// The composable query asking the question (built and run on each call, as a user would)
/// and the dedicated query; `None` for the questions the composable query does not ask.
type Answer<'r> = Box<dyn Fn() -> Vec<&'r Meeting> + 'r>;

fn pair<'r>(r: &'r Registry, q: &Query) -> Option<(Answer<'r>, Answer<'r>)> {
    let all = Period::unknown();
    Some(match q.clone() {
        Query::TimelineOfOfficial { official, period } => {
            let o = r.official(&official)?;
            let p = period;
            let planned: Answer<'r> = if period == all {
                Box::new(move || r.meetings().with(o).run())
            } else {
                Box::new(move || r.meetings().with(o).during(&p).run())
            };
            (planned, Box::new(move || o.meetings(&period)))
        }
        Query::TimelineOfOrganization { org, period, scope } => {
            let o = r.organization(&org)?;
            let p = period;
            let planned: Answer<'r> = if period == all {
                Box::new(move || r.meetings().involving(o, scope).run())
            } else {
                Box::new(move || r.meetings().involving(o, scope).during(&p).run())
            };
            (planned, Box::new(move || o.meetings(&period, scope)))
        }
        Query::MeetingsDuring { period } => {
            let p = period;
            (
                Box::new(move || r.meetings().during(&p).run()),
                Box::new(move || r.meetings_during(&period)),
            )
        }
        Query::MeetingsInDimension { dimension, scope } => {
            let d = r.dimension(&dimension)?;
            (
                Box::new(move || r.meetings().in_dimension(d, scope).run()),
                Box::new(move || d.meetings(scope)),
            )
        }
        Query::MeetingsOfKind { kind } => (
            Box::new(move || r.meetings().of_kind(kind).run()),
            Box::new(move || r.meetings_of_kind(kind)),
        ),
        Query::MeetingsWithStatus { status } => (
            Box::new(move || r.meetings().with_status(status).run()),
            Box::new(move || r.meetings_with_status(status)),
        ),
        Query::MeetingsInCountry { country } => (
            Box::new(move || r.meetings().in_country(country).run()),
            Box::new(move || r.meetings_in_country(country)),
        ),
        _ => return None,
    })
}

fn main() {
    let benching = std::env::args().any(|a| a == "--bench");
    let target = Duration::from_millis(if benching { 30 } else { 1 });
    let batches = if benching { 9 } else { 1 };
    let sizes = if benching {
        sizes()
    } else {
        vec![("1k".to_owned(), 1_000)]
    };
    println!("| size | query | arguments | meetings | `meetings()` | dedicated | ratio |");
    println!("|---|---|---|---:|---:|---:|---:|");
    let mut worst: Vec<(String, f64)> = Vec::new();
    for (label, n) in sizes {
        let data = generate(&SynthConfig::new(n, 1));
        let cases = cases(&data);
        let registry = Registry::new(data).expect("synthetic data validates");
        let mut size_worst = 0.0f64;
        for case in &cases {
            let Some((planned, dedicated)) = pair(&registry, &case.q) else {
                continue;
            };
            // Both give the same meetings, in the same order.
            let want: Vec<&str> = dedicated().iter().map(|m| m.id.as_str()).collect();
            let got: Vec<&str> = planned().iter().map(|m| m.id.as_str()).collect();
            assert_eq!(got, want, "{} {}", case.query, case.args);
            let mut a = || {
                black_box(planned());
            };
            let mut b = || {
                black_box(dedicated());
            };
            let t = compare(&mut a, &mut b, target, batches);
            let (ta, tb) = (t.a_ns, t.b_ns);
            let ratio = ta / tb;
            size_worst = size_worst.max(ratio);
            println!(
                "| {label} | `{}` | {} | {} | {} | {} | {:.2}{} |",
                case.query,
                case.args,
                want.len(),
                human(ta),
                human(tb),
                ratio,
                if ratio > 2.0 { " ✗" } else { "" }
            );
        }
        worst.push((label, size_worst));
    }
    for (label, w) in worst {
        println!("worst ratio at {label}: {w:.2}");
    }
}
