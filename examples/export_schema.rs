//! Writes the JSON Schema export into a folder: the document's schema (`dataset.json`), one
//! schema per record type, and the same in draft-07 under `draft-07/`; with feature `arrow`,
//! the Arrow tables' schema under `arrow/` (`tables.json`, `tables.md`).
//!
//! ```text
//! cargo run --example export_schema --features arrow -- schema/
//! ```
//!
//! The repository commits the result under `schema/`; a test fails when it differs from what
//! the code generates, so run this after changing a record type.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(folder), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --example export_schema -- FOLDER");
        return ExitCode::from(2);
    };
    match export(Path::new(&folder)) {
        Ok(written) => {
            for path in written {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("export_schema: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every file of the export under `folder`, creating folders as needed, and returns
/// the paths written.
fn export(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for file in multilateral::schema::files() {
        let path = file
            .path
            .split('/')
            .fold(folder.to_path_buf(), |p, part| p.join(part));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, file.contents())
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        written.push(path);
    }
    #[cfg(feature = "arrow")]
    {
        let dir = folder.join("arrow");
        std::fs::create_dir_all(&dir)?;
        let mut json = serde_json::to_string_pretty(&multilateral::columnar::schema_json())
            .map_err(std::io::Error::other)?;
        json.push('\n');
        for (name, text) in [
            ("tables.json", json),
            ("tables.md", multilateral::columnar::schema_markdown()),
        ] {
            let path = dir.join(name);
            std::fs::write(&path, text)?;
            written.push(path);
        }
    }
    Ok(written)
}
