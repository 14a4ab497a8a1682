//! Name search at 100,000 officials: `Registry::search_officials` (folded, transliterated and
//! one-letter matches, from its indexes) against a scan that checks every official's names
//! with the same rules, measured in the same run.
//!
//! ```sh
//! cargo bench --bench name_search                  # 100,000 officials
//! BENCH_OFFICIALS=400000 cargo bench --bench name_search
//! ```
//!
//! Under `cargo test --benches` it runs once at 2,000 officials, as a smoke test.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::Instant;

use multilateral::{Dataset, Registry, fold_name};
use serde_json::json;

const GIVEN: [&str; 24] = [
    "Kairat",
    "Thomas",
    "Pierre",
    "Gilbert",
    "Magdalena",
    "Amina",
    "Rafael",
    "Yukiya",
    "Jeyhun",
    "Murat",
    "Lamberto",
    "Ingibjorg",
    "Harlem",
    "Mukhtar",
    "Zhanna",
    "Olga",
    "Sergei",
    "Aigerim",
    "Nurlan",
    "Dilnoza",
    "Chen",
    "Priya",
    "Tomas",
    "Ana",
];
const SYLLABLES: [&str; 40] = [
    "sa", "ry", "bay", "gre", "min", "ger", "kra", "hen", "buhl", "houn", "gbo", "gros", "si",
    "ama", "no", "bay", "ra", "mov", "nur", "tleu", "tok", "ayev", "zan", "nier", "de", "sir",
    "val", "ova", "ya", "pe", "lu", "ko", "zhan", "bek", "ov", "ich", "ten", "dor", "ul", "an",
];

fn dataset(n: usize) -> Dataset {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let officials: Vec<_> = (0..n)
        .map(|i| {
            let given = GIVEN[(next() % GIVEN.len() as u64) as usize];
            let family: String = (0..3)
                .map(|_| SYLLABLES[(next() % SYLLABLES.len() as u64) as usize])
                .collect();
            let mut family = family;
            family[..1].make_ascii_uppercase();
            json!({"id": format!("o{i}"), "name": format!("{given} {family}")})
        })
        .collect();
    Dataset::from_json(&json!({"schema_version": "2.0", "officials": officials}).to_string())
        .unwrap()
}

/// The scan a user would write: every official's name folded and compared word by word,
/// with the same three kinds of match, returning the ids found.
fn scan(data: &Dataset, query: &str) -> usize {
    let q = fold_name(query);
    let words: Vec<&str> = q.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return 0;
    }
    data.officials
        .iter()
        .filter(|o| {
            let name = fold_name(&o.name);
            let mine: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
            words.iter().all(|w| {
                mine.iter().any(|m| {
                    m.starts_with(w)
                        || (w.len() >= 3 && key(m).starts_with(&key(w)))
                        || (w.len() >= 5 && strsim::osa_distance(&key(m), &key(w)) == 1)
                })
            })
        })
        .count()
}

/// The spelling key's Latin rules, enough for the scan's queries (all Latin).
fn key(w: &str) -> String {
    let mut s = w.to_owned();
    for (from, to) in [
        ("dzh", "j"),
        ("sch", "sh"),
        ("ae", "a"),
        ("oe", "o"),
        ("ue", "u"),
        ("ou", "u"),
        ("kh", "h"),
        ("zh", "j"),
        ("dj", "j"),
        ("ph", "f"),
        ("ck", "k"),
        ("q", "k"),
        ("ye", "e"),
        ("w", "v"),
        ("y", "i"),
    ] {
        s = s.replace(from, to);
    }
    let mut out = String::new();
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn time<T>(runs: u32, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut out = f();
    let start = Instant::now();
    for _ in 0..runs {
        out = f();
    }
    (start.elapsed().as_secs_f64() / f64::from(runs), out)
}

fn main() {
    let smoke =
        std::env::args().any(|a| a == "--test") || std::env::var_os("CARGO_BENCH_SMOKE").is_some();
    let n: usize = std::env::var("BENCH_OFFICIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if smoke { 2_000 } else { 100_000 });
    let data = dataset(n);
    let start = Instant::now();
    let registry = Registry::new(data.clone()).unwrap();
    println!("{n} officials, registry built in {:.2?}", start.elapsed());
    let hostile = "a ".repeat(1024);
    let long = "x".repeat(2048);
    let queries = [
        ("exact name", data.officials[n / 2].name.to_string()),
        ("one word, folded", "kairat".to_owned()),
        ("transliterated", "Sarybai".to_owned()),
        ("one letter off", "Gremingerr".to_owned()),
        ("two words", "Thomas Grosimin".to_owned()),
        ("one-letter prefix", "a".to_owned()),
        ("2 KB of `a `", hostile),
        ("a 2 KB word", long),
    ];
    println!("| query | found | search_officials | scan | ratio |");
    println!("|---|---:|---:|---:|---:|");
    for (what, q) in &queries {
        let runs = if smoke { 1 } else { 20 };
        let (fast, found) = time(runs, || registry.search_officials(q).len());
        let (slow, scanned) = time(if smoke { 1 } else { 3 }, || scan(&data, q));
        assert!(
            found >= scanned,
            "{what}: the index found {found}, the scan {scanned}"
        );
        println!(
            "| {what} | {found} | {:.1} µs | {:.1} ms | {:.4} |",
            fast * 1e6,
            slow * 1e3,
            fast / slow
        );
    }
}
