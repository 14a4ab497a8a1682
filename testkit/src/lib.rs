//! Test support for `multilateral`: not published, not part of the library's API.
#![forbid(unsafe_code)]

pub mod synth;
