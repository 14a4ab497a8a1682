//! What both benchmarks read from the environment.

/// An environment variable, if set and not empty.
pub fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The sizes named by `BENCH_SIZES` (`1k`, `100k`, `1m` or a number, comma-separated;
/// default `1k,100k`), each with its number of meetings.
pub fn sizes() -> Vec<(String, usize)> {
    env("BENCH_SIZES")
        .unwrap_or_else(|| "1k,100k".to_owned())
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            let n = match s.to_ascii_lowercase().as_str() {
                "1k" => 1_000,
                "100k" => 100_000,
                "1m" => 1_000_000,
                other => other
                    .parse()
                    .expect("BENCH_SIZES: 1k, 100k, 1m or a number"),
            };
            (s.to_owned(), n)
        })
        .collect()
}
