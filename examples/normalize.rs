//! Writes dataset files back in the crate's own form: fields in schema order, empty optional
//! fields left out, what reads back as absent not written, two-space indentation, and a
//! final new line. A 1.0 document comes out as 2.0.
//!
//! ```text
//! cargo run --example normalize -- FILE...
//! ```
//!
//! Each file is read, checked to read, and written in place; a file that does not read is
//! left alone and reported (exit code 1).

use std::process::ExitCode;

use multilateral::Dataset;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: normalize FILE...");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let result = std::fs::read_to_string(file)
            .map_err(|e| e.to_string())
            .and_then(|text| Dataset::from_json(&text).map_err(|e| e.to_string()))
            .and_then(|data| {
                std::fs::write(file, data.to_json_pretty() + "\n").map_err(|e| e.to_string())
            });
        if let Err(e) = result {
            eprintln!("{file}: {e}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
