//! Merges dataset files into one document, and reports what they say differently.
//!
//! ```text
//! cargo run --example merge -- examples/data/geneva-2024.json tests/data/held-out/*.json
//! cargo run --example merge -- --strict --same-as official:kairat-sarybai=kairat-sarybay A.json B.json
//! ```
//!
//! Writes the merged document to stdout. On stderr, in the validate example's style
//! (`path: kind: message`): each conflict (with the claim kept and the one it was kept
//! against), each candidate duplicate (records that may be one, never merged unless said
//! with `--same-as`), and the merged document's validation report.
//!
//! Options:
//! - `--prefer first` (the default) or `--prefer second`: which claim of a conflict to keep;
//! - `--strict`: refuse to merge when any two files disagree; the merged document is not
//!   written, and the exit code is 1;
//! - `--same-as KIND:ALIAS=ID`: the record `ALIAS` is the record `ID` (KIND is
//!   `organization`, `official`, `meeting`, `mou` or `dimension`); may be repeated.
//!
//! Exit codes: 0 when merged, 1 under `--strict` when files disagree or the merged document
//! has validation errors, 2 when a file cannot be read or the arguments are wrong.

use std::process::ExitCode;

use multilateral::merge::{Merger, Policy, SameAs, candidates};
use multilateral::{Dataset, DimensionId, MeetingId, MouId, OfficialId, OrganizationId};

const USAGE: &str =
    "usage: merge [--strict] [--prefer first|second] [--same-as KIND:ALIAS=ID]... FILE...";

fn same_as(same: SameAs, arg: &str) -> Result<SameAs, String> {
    let bad = || format!("--same-as {arg}: expected KIND:ALIAS=ID");
    let (kind, pair) = arg.split_once(':').ok_or_else(bad)?;
    let (alias, id) = pair.split_once('=').ok_or_else(bad)?;
    let e = |e: multilateral::ValueError| format!("--same-as {arg}: {e}");
    Ok(match kind {
        "organization" => same.organization(
            OrganizationId::new(alias).map_err(e)?,
            OrganizationId::new(id).map_err(e)?,
        ),
        "official" => same.official(
            OfficialId::new(alias).map_err(e)?,
            OfficialId::new(id).map_err(e)?,
        ),
        "meeting" => same.meeting(
            MeetingId::new(alias).map_err(e)?,
            MeetingId::new(id).map_err(e)?,
        ),
        "mou" => same.mou(MouId::new(alias).map_err(e)?, MouId::new(id).map_err(e)?),
        "dimension" => same.dimension(
            DimensionId::new(alias).map_err(e)?,
            DimensionId::new(id).map_err(e)?,
        ),
        _ => return Err(format!("--same-as {arg}: unknown kind `{kind}`")),
    })
}

fn main() -> ExitCode {
    let mut strict = false;
    let mut policy = Policy::KeepFirst;
    let mut same = SameAs::new();
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--strict" => strict = true,
            "--prefer" => match args.next().as_deref() {
                Some("first") => policy = Policy::KeepFirst,
                Some("second") => policy = Policy::KeepSecond,
                _ => {
                    eprintln!("--prefer takes `first` or `second`\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--same-as" => {
                let Some(value) = args.next() else {
                    eprintln!("--same-as takes KIND:ALIAS=ID\n{USAGE}");
                    return ExitCode::from(2);
                };
                match same_as(same, &value) {
                    Ok(s) => same = s,
                    Err(e) => {
                        eprintln!("{e}");
                        return ExitCode::from(2);
                    }
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }

    let mut merger = Merger::new(if strict { Policy::Refuse } else { policy }).same_as(same);
    for (i, file) in files.iter().enumerate() {
        let read = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| Dataset::from_slice(&bytes).map_err(|e| e.to_string()));
        match read {
            Ok(data) => {
                eprintln!("input {i}: {file}");
                merger.add(data);
            }
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let merged = match merger.finish() {
        Ok(merged) => merged,
        Err(refused) => {
            for c in &refused.conflicts {
                eprintln!("{c}");
            }
            eprintln!(
                "merge refused: {} conflict(s) (--strict)",
                refused.conflicts.len()
            );
            return ExitCode::FAILURE;
        }
    };
    for c in &merged.conflicts {
        eprintln!("{c}");
    }
    let found = candidates(&merged.dataset);
    for c in &found {
        eprintln!("{c}");
    }
    let report = merged.dataset.validate();
    for v in report.violations() {
        eprintln!("{v}");
    }
    eprintln!(
        "merged {} file(s): {} record(s), {} conflict(s), {} candidate duplicate(s), {} error(s), {} warning(s)",
        files.len(),
        merged.dataset.len(),
        merged.conflicts.len(),
        found.len(),
        report.errors().count(),
        report.warnings().count(),
    );
    println!("{}", merged.dataset.to_json_pretty());
    if strict && report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
