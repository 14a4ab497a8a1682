//! Test support for `multilateral`, not published and not part of the library's API.
//!
//! - [`synth`]: a deterministic generator of synthetic datasets of any size, shaped like the
//!   records the library is made for, for property tests and benchmarks.
#![forbid(unsafe_code)]

pub mod synth;
