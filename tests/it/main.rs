//! Integration tests of `multilateral`, one module per area.

mod fixture;
mod schema;
mod validation;
