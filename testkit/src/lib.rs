//! Test support for `multilateral`, not published and not part of the library's API.
//!
//! - [`synth`]: a deterministic generator of synthetic datasets of any size, shaped like the
//!   records the library is made for, for property tests and benchmarks.
//! - [`check`]: the whole-path checker: read, write back, validate, build a registry and ask
//!   every query of any document, checking what must hold whatever the input. The fuzz
//!   targets and the robustness tests share it.
//! - [`docs`]: builders of hostile and large test documents.
//! - `sqlite` (feature `sqlite`): the SQLite twin of the registry, the reference the
//!   benchmarks and the oracle tests measure against.
#![forbid(unsafe_code)]

pub mod check;
pub mod docs;
#[cfg(feature = "sqlite")]
pub mod sqlite;
pub mod synth;
pub mod tenure;
