//! The timing both speed benchmarks use: calls batched to a minimum length, batches of the
//! two sides alternating, the median batch the time per call.

use std::time::{Duration, Instant};

/// Times of `a` and `b` per call, in nanoseconds.
pub struct Timing {
    pub a_ns: f64,
    pub b_ns: f64,
}

pub fn calibrate(f: &mut dyn FnMut(), target: Duration) -> u64 {
    let mut iters: u64 = 1;
    loop {
        let t = Instant::now();
        for _ in 0..iters {
            f();
        }
        let e = t.elapsed();
        if e >= target || iters >= 1 << 30 {
            return iters;
        }
        if e < target / 100 {
            iters *= 10;
        } else {
            let scale = target.as_secs_f64() / e.as_secs_f64().max(1e-9);
            iters = ((iters as f64) * scale * 1.1).ceil() as u64;
        }
    }
}

pub fn batch(f: &mut dyn FnMut(), iters: u64) -> f64 {
    let t = Instant::now();
    for _ in 0..iters {
        f();
    }
    t.elapsed().as_secs_f64() * 1e9 / iters as f64
}

pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

pub fn compare(
    a: &mut dyn FnMut(),
    b: &mut dyn FnMut(),
    target: Duration,
    batches: usize,
) -> Timing {
    let ia = calibrate(a, target);
    let ib = calibrate(b, target);
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..batches {
        ta.push(batch(a, ia));
        tb.push(batch(b, ib));
    }
    Timing {
        a_ns: median(ta),
        b_ns: median(tb),
    }
}

pub fn human(ns: f64) -> String {
    if ns < 1e3 {
        format!("{ns:.0} ns")
    } else if ns < 1e6 {
        format!("{:.1} µs", ns / 1e3)
    } else if ns < 1e9 {
        format!("{:.1} ms", ns / 1e6)
    } else {
        format!("{:.2} s", ns / 1e9)
    }
}
