//! Counting the work the library does, so that a cost can be tested without a clock.
//!
//! With the `count-work` feature, the loops whose length depends on the input (walking a
//! list of candidates, comparing an attendee's posts, following a parent link…) count their
//! steps in a per-thread counter, and [`count_work`] reports how many steps a call took. A
//! test can then check that a cost is linear, deterministically, by comparing the count at
//! sizes n and 4n: wall-clock limits fail on a loaded machine, counts do not. Without the
//! feature, counting compiles to nothing.

#[cfg(feature = "count-work")]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts one step.
#[inline]
pub(crate) fn step() {
    steps(1);
}

/// Counts `n` steps.
#[inline]
#[cfg_attr(not(feature = "count-work"), allow(unused_variables))]
pub(crate) fn steps(n: usize) {
    #[cfg(feature = "count-work")]
    STEPS.with(|s| s.set(s.get().saturating_add(n as u64)));
}

/// Runs `f` and counts the steps the library took inside it, on this thread.
///
/// ```
/// use multilateral::{Dataset, count_work};
///
/// let text = include_str!("../examples/data/geneva-2024.json");
/// let data = Dataset::from_json(text)?;
/// let (report, steps) = count_work(|| data.validate());
/// assert!(report.is_clean());
/// assert!(steps > 0);
/// # Ok::<(), multilateral::ParseError>(())
/// ```
#[cfg(feature = "count-work")]
pub fn count_work<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = STEPS.with(std::cell::Cell::get);
    let out = f();
    let after = STEPS.with(std::cell::Cell::get);
    (out, after - before)
}
