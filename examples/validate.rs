//! Checks dataset files and prints every violation, like a compiler.
//!
//! ```text
//! cargo run --example validate -- examples/data/geneva-2024.json
//! cargo run --example validate -- --json FILE...
//! ```
//!
//! Each violation prints as `path: severity[code]: message` (prefixed with `FILE: ` when
//! several files are checked, as grep does). With `--json`, prints one JSON array with an
//! entry per file instead. Exits with 1 when any file has an error (warnings alone pass),
//! and 2 when a file cannot be read or the arguments are wrong. When the output is closed
//! early (`… | head -1`), it stops printing, still checks every file, and exits with the
//! same code.

use std::io::Write;
use std::process::ExitCode;

use multilateral::{Dataset, ParseError, Report};
use serde_json::json;

fn main() -> ExitCode {
    let mut json_output = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json_output = true,
            "-h" | "--help" => {
                println!("usage: validate [--json] FILE...");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("usage: validate [--json] FILE...");
        return ExitCode::from(2);
    }

    let mut any_error = false;
    let mut unreadable = false;
    let mut entries = Vec::new();
    let mut out = Output {
        stdout: std::io::stdout().lock(),
        closed: false,
    };
    for file in &files {
        let text = match std::fs::read(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                unreadable = true;
                continue;
            }
        };
        let outcome = Dataset::from_slice(&text).map(|data| data.validate());
        any_error |= match &outcome {
            Ok(report) => report.has_errors(),
            Err(_) => true,
        };
        if json_output {
            entries.push(json!({"file": file, "violations": to_json(&outcome)}));
        } else {
            let prefix = if files.len() > 1 {
                format!("{file}: ")
            } else {
                String::new()
            };
            print_human(&mut out, &prefix, file, &outcome);
        }
    }
    if json_output {
        match serde_json::to_string_pretty(&entries) {
            Ok(text) => out.line(&text),
            Err(e) => eprintln!("cannot write the report: {e}"),
        }
    }
    if unreadable {
        ExitCode::from(2)
    } else if any_error {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Standard output, written line by line until it closes: a closed pipe (`| head`) ends the
/// printing, not the program.
struct Output {
    stdout: std::io::StdoutLock<'static>,
    closed: bool,
}

impl Output {
    fn line(&mut self, text: &str) {
        if !self.closed && writeln!(self.stdout, "{text}").is_err() {
            self.closed = true;
        }
    }
}

fn print_human(out: &mut Output, prefix: &str, file: &str, outcome: &Result<Report, ParseError>) {
    match outcome {
        Err(e) => {
            let path = if e.path().is_empty() { "/" } else { e.path() };
            out.line(&format!(
                "{prefix}{path}: error[{}]: {} (line {}, column {})",
                e.code(),
                e.message(),
                e.line(),
                e.column()
            ));
            out.line(&format!("{file}: not a valid dataset"));
        }
        Ok(report) => {
            for v in report.violations() {
                out.line(&format!("{prefix}{v}"));
            }
            out.line(&format!(
                "{file}: {} error(s), {} warning(s)",
                report.errors().count(),
                report.warnings().count()
            ));
        }
    }
}

fn to_json(outcome: &Result<Report, ParseError>) -> serde_json::Value {
    match outcome {
        Err(e) => json!([{
            "severity": "error",
            "code": e.code(),
            "path": e.path(),
            "message": e.message(),
            "line": e.line(),
            "column": e.column(),
        }]),
        Ok(report) => json!(report.violations()),
    }
}
