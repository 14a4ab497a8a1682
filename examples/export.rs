//! Writes the records of a dataset file in another form, to standard output, or reads
//! Popolo.
//!
//! ```text
//! cargo run --example export -- --to popolo FILE      # Popolo JSON
//! cargo run --example export -- --to ftm FILE         # FollowTheMoney entities, JSON lines
//! cargo run --example export -- --to jsonld [--base IRI] FILE   # schema.org JSON-LD
//! cargo run --example export -- --from popolo [--dropped] FILE  # our JSON document from Popolo
//! cargo run --example export --features parquet -- --to parquet FILE DIR  # one Parquet file per table
//! cargo run --example export -- --to dot|mermaid [--picture network|context|timeline]
//!     [--period 2024/2024] [--meeting ID] [--official ID] [--organization ID]
//!     [--role ROLE | --title TITLE] [--as-of YYYY-MM-DD] [--transitive] FILE
//! ```
//!
//! Pictures (`--to dot` or `--to mermaid`, see `multilateral::draw`):
//!
//! - `--picture network` (the default): who met whom in `--period` (EDTF, `2024/2024`;
//!   every date when absent), with bodies grouped inside their organization.
//! - `--picture context --meeting ID`: the meetings around one meeting; `--transitive`
//!   follows relations as far as they go.
//! - `--picture timeline --official ID`: an official's posts; `--organization ID`: the
//!   states that chaired the organization, or with `--role head` (a post role) or
//!   `--title "Director General"` the officials who held its posts of that role or title.
//!   Open and unknown ends are drawn to `--as-of` (today, by the system clock, when absent).
//!
//! ```sh
//! cargo run --example export -- --to dot --period 2024/2024 examples/data/geneva-2024.json > geneva.dot
//! dot -Tsvg geneva.dot > geneva.svg
//! ```
//!
//! `--to parquet` writes one Parquet file per table into DIR (created when missing):
//! `organizations.parquet`, `meetings.parquet`, `participants.parquet`… and prints each
//! file's path and row count. DuckDB then reads them as they are:
//! `SELECT * FROM 'DIR/meetings.parquet'`. The library does no I/O: this program opens the
//! files and hands them to `multilateral::columnar::parquet::write`.
//!
//! Records (`--to popolo|ftm|jsonld`): exit code 1 when the file is read but is not a
//! dataset. With `--from popolo`, what the file held that the dataset cannot is summarised
//! on stderr (`--dropped` lists each fact); 1 when the Popolo file cannot be mapped.
//!
//! Pictures: exit code 2 for a file that cannot be read or does not validate, 1 for an id
//! the file does not hold. Both: 2 for a wrong command line or an unreadable file.

use std::process::ExitCode;

use multilateral::Dataset;
use multilateral::draw::{self, Syntax};
use multilateral::interop::{ftm, jsonld, popolo};
use multilateral::registry::{Depth, PostFilter};
use multilateral::{MeetingId, NaiveDate, OfficialId, OrganizationId, Period, PostRole, Registry};

const USAGE: &str = "usage: export --to popolo|ftm|jsonld [--base IRI] FILE
       export --to parquet FILE DIR   (with --features parquet)
       export --from popolo [--dropped] FILE
       export --to dot|mermaid [--picture network|context|timeline] \
[--period 2024/2024] [--meeting ID] [--official ID] [--organization ID] [--role ROLE | --title TITLE] \
[--as-of YYYY-MM-DD] [--transitive] FILE";

/// The command line, read.
#[derive(Default)]
struct Args {
    to: Option<String>,
    picture: Option<String>,
    period: Option<String>,
    meeting: Option<String>,
    official: Option<String>,
    organization: Option<String>,
    role: Option<String>,
    title: Option<String>,
    as_of: Option<String>,
    transitive: bool,
    from: Option<String>,
    base: Option<String>,
    dropped: bool,
    file: Option<String>,
    dir: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--to" => args.to = Some(value("--to")?),
            "--picture" => args.picture = Some(value("--picture")?),
            "--period" => args.period = Some(value("--period")?),
            "--meeting" => args.meeting = Some(value("--meeting")?),
            "--official" => args.official = Some(value("--official")?),
            "--organization" => args.organization = Some(value("--organization")?),
            "--role" => args.role = Some(value("--role")?),
            "--title" => args.title = Some(value("--title")?),
            "--as-of" => args.as_of = Some(value("--as-of")?),
            "--transitive" => args.transitive = true,
            "--from" => args.from = Some(value("--from")?),
            "--base" => args.base = Some(value("--base")?),
            "--dropped" => args.dropped = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if args.dir.is_some() => return Err("give one FILE (and a DIR for parquet)".into()),
            _ if args.file.is_some() => args.dir = Some(arg),
            _ => args.file = Some(arg),
        }
    }
    Ok(args)
}

/// What went wrong, with its exit code.
struct Failure(u8, String);

fn usage(message: impl Into<String>) -> Failure {
    Failure(2, message.into())
}

fn main() -> ExitCode {
    match run() {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(Failure(code, message)) => {
            if !message.is_empty() {
                eprintln!("export: {message}");
            }
            eprintln!("{USAGE}");
            ExitCode::from(code)
        }
    }
}

fn run() -> Result<String, Failure> {
    let args = parse_args().map_err(usage)?;
    let file = args.file.as_deref().ok_or_else(|| usage("no FILE given"))?;
    if args.dir.is_some() && args.to.as_deref() != Some("parquet") {
        return Err(usage("give one FILE"));
    }
    match (args.to.as_deref(), args.from.as_deref()) {
        (None, Some("popolo")) => read_popolo(file, args.dropped),
        (None, Some(other)) => Err(usage(format!("unknown --from {other:?}"))),
        (Some(_), Some(_)) => Err(usage("give --to or --from, not both")),
        (None, None) => Err(usage("no --to given")),
        (Some("dot"), None) => picture(&args, file, Syntax::Dot),
        (Some("mermaid"), None) => picture(&args, file, Syntax::Mermaid),
        (Some(format @ ("popolo" | "ftm" | "jsonld")), None) => records(&args, file, format),
        (Some("parquet"), None) => {
            let dir = args
                .dir
                .as_deref()
                .ok_or_else(|| usage("--to parquet needs FILE DIR"))?;
            to_parquet(std::path::Path::new(file), std::path::Path::new(dir))
                .map_err(|e| Failure(2, e))
        }
        (Some(other), None) => Err(usage(format!("unknown --to {other:?}"))),
    }
}

/// The JSON-LD base when none is given.
const DEFAULT_BASE: &str = "https://example.org/multilateral/";

fn read_text(file: &str) -> Result<String, Failure> {
    std::fs::read_to_string(file).map_err(|e| Failure(2, format!("{file}: cannot read: {e}")))
}

/// The records in Popolo, FollowTheMoney or JSON-LD.
fn records(args: &Args, file: &str, format: &str) -> Result<String, Failure> {
    let text = read_text(file)?;
    let data = Dataset::from_json(&text).map_err(|e| Failure(1, format!("{file}: {e}")))?;
    Ok(match format {
        "popolo" => format!("{}\n", popolo::to_string_pretty(&data)),
        "ftm" => ftm::to_json_lines(&data),
        _ => {
            let base = jsonld::Base::new(args.base.as_deref().unwrap_or(DEFAULT_BASE))
                .map_err(|e| usage(format!("--base: {e}")))?;
            format!("{}\n", jsonld::to_string_pretty(&data, &base))
        }
    })
}

/// Our document from a Popolo file; what could not be mapped is summarised on stderr.
fn read_popolo(file: &str, list_dropped: bool) -> Result<String, Failure> {
    let text = read_text(file)?;
    let got = popolo::import(&text).map_err(|e| Failure(1, format!("{file}: {e}")))?;
    if list_dropped {
        for d in &got.dropped {
            eprintln!("dropped {d}");
        }
    } else {
        for (pattern, count) in got.dropped_summary() {
            eprintln!("dropped {pattern} ({count})");
        }
    }
    Ok(format!("{}\n", got.dataset.to_json_pretty()))
}

/// The registry of a dataset file; exit code 2 when it cannot be read or has errors.
fn load(file: &str) -> Result<Registry, Failure> {
    let text = std::fs::read_to_string(file).map_err(|e| Failure(2, format!("{file}: {e}")))?;
    Registry::from_json(&text).map_err(|e| Failure(2, format!("{file}: {e}")))
}

fn picture(args: &Args, file: &str, syntax: Syntax) -> Result<String, Failure> {
    let kind = args.picture.as_deref().unwrap_or("network");
    if !["network", "context", "timeline"].contains(&kind) {
        return Err(usage(format!("unknown --picture {kind:?}")));
    }
    let period: Period = match &args.period {
        Some(p) => p
            .parse()
            .map_err(|e| usage(format!("--period {p:?}: {e}")))?,
        None => Period::unknown(),
    };
    let as_of = match &args.as_of {
        Some(d) => d
            .parse::<NaiveDate>()
            .map_err(|e| usage(format!("--as-of {d:?}: {e}")))?,
        None => today(),
    };
    let registry = load(file)?;
    let unknown = |what: &str, id: &str| Failure(1, format!("{file} holds no {what} {id:?}"));
    let text = match kind {
        "network" => draw::network(&registry, &period).to_syntax(syntax),
        "context" => {
            let id = args
                .meeting
                .as_deref()
                .ok_or_else(|| usage("--picture context needs --meeting ID"))?;
            let meeting = id
                .parse::<MeetingId>()
                .ok()
                .and_then(|id| registry.meeting(&id))
                .ok_or_else(|| unknown("meeting", id))?;
            let depth = if args.transitive {
                Depth::Transitive
            } else {
                Depth::Direct
            };
            draw::context(meeting, depth).to_syntax(syntax)
        }
        _ => match (&args.official, &args.organization) {
            (Some(id), None) => {
                let official = id
                    .parse::<OfficialId>()
                    .ok()
                    .and_then(|id| registry.official(&id))
                    .ok_or_else(|| unknown("official", id))?;
                draw::posts(official, as_of).to_syntax(syntax)
            }
            (None, Some(id)) => {
                let organization = id
                    .parse::<OrganizationId>()
                    .ok()
                    .and_then(|id| registry.organization(&id))
                    .ok_or_else(|| unknown("organization", id))?;
                let filter = match (&args.role, &args.title) {
                    (Some(role), None) => Some(PostFilter::Role(
                        role.parse::<PostRole>()
                            .map_err(|e| usage(format!("--role: {e}")))?,
                    )),
                    (None, Some(title)) => Some(PostFilter::Title(title)),
                    (None, None) => None,
                    _ => return Err(usage("give --role or --title, not both")),
                };
                match filter {
                    Some(filter) => draw::holders(organization, filter, as_of).to_syntax(syntax),
                    None => draw::chairs(organization, as_of).to_syntax(syntax),
                }
            }
            _ => {
                return Err(usage(
                    "--picture timeline needs --official ID or --organization ID",
                ));
            }
        },
    };
    Ok(text)
}

/// Today (UTC), by the system clock: the library reads none, so the example does.
fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(multilateral::chrono::Duration::days(days)))
        .unwrap_or(NaiveDate::MIN)
}

fn read(file: &std::path::Path) -> Result<Dataset, String> {
    let text = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    Dataset::from_slice(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Writes one Parquet file per table of the document `file` into `dir`, and lists them.
#[cfg(feature = "parquet")]
fn to_parquet(file: &std::path::Path, dir: &std::path::Path) -> Result<String, String> {
    use multilateral::columnar::{Relation, parquet};
    let data = read(file)?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut listing = String::new();
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
        listing.push_str(&format!("{}\t{rows}\n", path.display()));
    }
    Ok(listing)
}

#[cfg(not(feature = "parquet"))]
fn to_parquet(_: &std::path::Path, _: &std::path::Path) -> Result<String, String> {
    let _ = read;
    Err("--to parquet needs the feature: cargo run --example export --features parquet -- --to parquet FILE DIR".into())
}
