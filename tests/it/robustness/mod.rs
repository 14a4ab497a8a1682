//! Robustness: hostile documents, large ones, broken ones, and what they cost.
//!
//! - [`reading`]: hostile documents (deep nesting, 10 MB values, values at and past their
//!   limits, lone surrogates, arrays for records, wrong types for enums) are refused with a
//!   short error that names the place.
//! - [`sizes`]: large documents (a meeting of a million participants, chains of 100,000
//!   meetings or 2,000 bodies, 20,000 records with one id) go through validation, the
//!   registry and its queries with the right answers.
//! - [`costs`]: what those documents cost, counted in the library's inner-loop steps at
//!   sizes n and 4n (feature `count-work`): linear, never quadratic. No clock is read.
//! - [`mutations`]: the fixtures broken in one way at a random place, and documents of any
//!   shape, through the whole path (`multilateral_testkit::check`, the checker the fuzz
//!   targets run).
//!
//! The full-size cases take long in a debug build and are ignored by default; they assert
//! the same answers as their scaled-down twins (their time is measured by
//! `cargo bench --bench hostile_sizes`, not here):
//!
//! ```sh
//! cargo test --release --all-features --test it robustness -- --ignored --nocapture
//! ```

#[cfg(feature = "count-work")]
mod costs;
mod mutations;
mod reading;
mod sizes;
