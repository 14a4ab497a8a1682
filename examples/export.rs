//! Exports a JSON document to other formats.
//!
//! ```text
//! cargo run --example export --features parquet -- --to parquet FILE DIR
//! ```
//!
//! `--to parquet` writes one Parquet file per table into DIR (created when missing):
//! `organizations.parquet`, `meetings.parquet`, `participants.parquet`… and prints each
//! file's path and row count. DuckDB then reads them as they are:
//! `SELECT * FROM 'DIR/meetings.parquet'`. The library does no I/O: this program opens the
//! files and hands them to `multilateral::columnar::parquet::write`.

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo run --example export --features parquet -- --to parquet FILE DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--to", "parquet", file, dir] => to_parquet(Path::new(file), Path::new(dir)),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("export: {message}");
            ExitCode::from(2)
        }
    }
}

fn read(file: &Path) -> Result<multilateral::Dataset, String> {
    let text = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    multilateral::Dataset::from_slice(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Writes one Parquet file per table of the document `file` into `dir`.
#[cfg(feature = "parquet")]
fn to_parquet(file: &Path, dir: &Path) -> Result<(), String> {
    use multilateral::columnar::{Relation, parquet};
    let data = read(file)?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for &relation in Relation::ALL {
        let path = dir.join(parquet::file_name(relation));
        let out = std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let out = std::io::BufWriter::new(out);
        let mut out =
            parquet::write(&data, relation, out).map_err(|e| format!("{}: {e}", path.display()))?;
        std::io::Write::flush(&mut out).map_err(|e| format!("{}: {e}", path.display()))?;
        let rows: usize = multilateral::columnar::batches(&data, relation)
            .map(|b| b.num_rows())
            .sum();
        println!("{}\t{rows}", path.display());
    }
    Ok(())
}

#[cfg(not(feature = "parquet"))]
fn to_parquet(_: &Path, _: &Path) -> Result<(), String> {
    let _ = read;
    Err("--to parquet needs the feature: cargo run --example export --features parquet -- --to parquet FILE DIR".into())
}
