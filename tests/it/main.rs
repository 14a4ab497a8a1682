//! Integration tests of `multilateral`, one module per area.

mod fixture;
mod validation;
