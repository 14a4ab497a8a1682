//! Integration tests of `multilateral`, one module per area.

// Tests fail by panicking; helpers outside `#[test]` functions may too.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod fixture;
mod hostile;
mod mutants_registry;
mod mutants_validation;
mod mutants_values;
mod mutated;
mod public_types;
mod reading;
mod registry;
#[cfg(feature = "synth")]
mod registry_naive;
mod regressions;
mod schema;
#[cfg(feature = "synth")]
mod sqlite;
#[cfg(feature = "synth")]
mod synth;
mod validation;
