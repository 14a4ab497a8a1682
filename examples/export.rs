//! Writes a dataset in another format, or reads Popolo.
//!
//! ```text
//! cargo run --example export -- --to popolo FILE      # Popolo JSON
//! cargo run --example export -- --to ftm FILE         # FollowTheMoney entities, JSON lines
//! cargo run --example export -- --to jsonld [--base IRI] FILE   # schema.org JSON-LD
//! cargo run --example export -- --from popolo FILE    # our JSON document from Popolo
//! ```
//!
//! Prints to stdout. With `--from popolo`, what the file held that the dataset cannot is
//! summarised on stderr (`--dropped` lists each fact). Exits with 2 when the file cannot be
//! read or the arguments are wrong, with 1 when the file is read but is not a dataset (a
//! document that does not parse, a Popolo file that cannot be mapped).

use std::process::ExitCode;

use multilateral::Dataset;
use multilateral::interop::{ftm, jsonld, popolo};

const USAGE: &str = "usage: export --to popolo|ftm|jsonld [--base IRI] FILE\n       export --from popolo [--dropped] FILE";

/// The JSON-LD base when none is given.
const DEFAULT_BASE: &str = "https://example.org/multilateral/";

fn main() -> ExitCode {
    let mut to = None;
    let mut from = None;
    let mut base = DEFAULT_BASE.to_owned();
    let mut list_dropped = false;
    let mut file = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--to" => to = args.next(),
            "--from" => from = args.next(),
            "--base" => match args.next() {
                Some(b) => base = b,
                None => return usage(),
            },
            "--dropped" => list_dropped = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if file.is_none() => file = Some(arg),
            _ => return usage(),
        }
    }
    let Some(file) = file else {
        return usage();
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    match (to.as_deref(), from.as_deref()) {
        (None, Some("popolo")) => read_popolo(&file, &text, list_dropped),
        (Some(format), None) => {
            let data = match Dataset::from_json(&text) {
                Ok(data) => data,
                Err(e) => {
                    eprintln!("{file}: {e}");
                    return ExitCode::FAILURE;
                }
            };
            match format {
                "popolo" => println!("{}", popolo::to_string_pretty(&data)),
                "ftm" => print!("{}", ftm::to_json_lines(&data)),
                "jsonld" => match jsonld::Base::new(&base) {
                    Ok(base) => println!("{}", jsonld::to_string_pretty(&data, &base)),
                    Err(e) => {
                        eprintln!("--base: {e}");
                        return ExitCode::from(2);
                    }
                },
                _ => return usage(),
            }
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

fn read_popolo(file: &str, text: &str, list_dropped: bool) -> ExitCode {
    let got = match popolo::import(text) {
        Ok(got) => got,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("{}", got.dataset.to_json_pretty());
    if list_dropped {
        for d in &got.dropped {
            eprintln!("dropped {d}");
        }
    } else {
        for (pattern, count) in got.dropped_summary() {
            eprintln!("dropped {pattern} ({count})");
        }
    }
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}
