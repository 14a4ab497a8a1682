//! The tables as Parquet files (feature `parquet`): one file per table, written to any
//! [`Write`] the caller passes and read from bytes or any [`ChunkReader`] (a
//! [`bytes::Bytes`], a [`std::fs::File`] the caller opened). The library opens no file.
//!
//! Files are compressed with Snappy and cut into row groups of at most [`ROW_GROUP_ROWS`]
//! rows, so that writing holds one row group at a time; each file carries its Arrow schema,
//! so an Arrow reader gets the dictionary types and the column descriptions back. DuckDB,
//! Spark, pandas and polars read the files as they are.
//!
//! ```
//! use multilateral::Dataset;
//! use multilateral::columnar::{DatasetReader, Relation, parquet};
//!
//! let data = Dataset::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
//! let mut reader = DatasetReader::new();
//! for &relation in Relation::ALL {
//!     let file: Vec<u8> = parquet::write(&data, relation, Vec::new())?;
//!     parquet::read(relation, parquet::Bytes::from(file), &mut reader)?;
//! }
//! assert_eq!(reader.finish()?, data);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Write;

use ::parquet::arrow::ArrowWriter;
use ::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use ::parquet::basic::Compression;
use ::parquet::file::properties::WriterProperties;

pub use ::parquet::errors::ParquetError;
pub use ::parquet::file::reader::ChunkReader;
/// The bytes of a file in memory, which [`read`] takes as a [`ChunkReader`].
pub use bytes::Bytes;

use crate::columnar::{DEFAULT_BATCH_ROWS, DatasetReader, ReadError, Relation, batches};
use crate::dataset::Dataset;

/// The most rows a row group holds: the writer holds one row group's encoded columns before
/// it writes them out.
pub const ROW_GROUP_ROWS: usize = 131_072;

/// The file name of a table: `meetings.parquet`.
pub fn file_name(relation: Relation) -> String {
    format!("{}.parquet", relation.name())
}

/// Writes one table of `data` as a Parquet file to `out`, and gives `out` back. The rows are
/// made batch by batch ([`batches`]) and written row group by row group.
///
/// Cost: O(r) over the table's r rows; O(g) memory for the g rows of a row group.
pub fn write<W: Write + Send>(
    data: &Dataset,
    relation: Relation,
    out: W,
) -> Result<W, ParquetError> {
    let rows = batches(data, relation).with_rows(DEFAULT_BATCH_ROWS);
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .set_created_by(format!("multilateral {}", env!("CARGO_PKG_VERSION")))
        .build();
    let mut writer = ArrowWriter::try_new(out, rows.schema(), Some(props))?;
    for batch in rows {
        writer.write(&batch)?;
    }
    writer.into_inner()
}

/// Reads one table's Parquet file into `into`. The file may come from another writer (an
/// engine that rewrote it): its columns are found by name, and strings may be dictionary or
/// plain, counts any integer type.
///
/// Cost: O(r) over the file's r rows.
pub fn read<R: ChunkReader + 'static>(
    relation: Relation,
    file: R,
    into: &mut DatasetReader,
) -> Result<(), ReadError> {
    let fail = |e: &dyn std::fmt::Display| ReadError::table(relation.name(), e.to_string());
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| fail(&e))?
        .with_batch_size(DEFAULT_BATCH_ROWS)
        .build()
        .map_err(|e| fail(&e))?;
    into.saw(relation);
    for batch in reader {
        let batch = batch.map_err(|e| fail(&e))?;
        into.push(relation, &batch)?;
    }
    Ok(())
}

/// Reads a whole dataset from one Parquet file per table, as [`write()`] made them.
///
/// Cost: O(r log r) over the r rows of all the files.
pub fn read_dataset<R: ChunkReader + 'static>(
    files: impl IntoIterator<Item = (Relation, R)>,
) -> Result<Dataset, ReadError> {
    let mut reader = DatasetReader::new();
    for (relation, file) in files {
        read(relation, file, &mut reader)?;
    }
    reader.finish()
}
