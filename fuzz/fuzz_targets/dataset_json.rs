//! Raw bytes as a JSON document: read → validate → registry → every query, through the
//! whole-path checker (`multilateral_testkit::check`).
//!
//!     cargo +nightly fuzz run dataset_json -- -dict=dict/dataset.dict
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    multilateral_testkit::check::check_bytes(bytes);
});
