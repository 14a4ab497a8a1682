//! Integration tests of `multilateral`, one module per area.

mod fixture;
mod schema;
#[cfg(feature = "synth")]
mod synth;
mod validation;
