//! Integration tests of `multilateral`, one module per subject.
//!
//! Where a test came from (a mutant that survived, a fuzz run, an outside probe) is a
//! comment on the test, not the name of its file.

// Tests fail by panicking; helpers outside `#[test]` functions may too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

mod api;
#[cfg(feature = "arrow")]
mod columnar;
mod draw;
#[cfg(feature = "parquet")]
mod engines;
mod fixtures;
mod interop;
mod merge;
mod reading;
mod registry;
mod reports;
mod robustness;
mod schema;
mod validation;
mod values;
