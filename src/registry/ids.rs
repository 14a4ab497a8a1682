//! Lookup of records by id in O(1), without copying the ids.

use hashbrown::DefaultHashBuilder;
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// Maps an id to the index of its record. The table holds only indices; the ids stay in the
/// records, so the index costs four bytes (plus the table's slack) per record.
#[derive(Debug, Default)]
pub(crate) struct IdTable {
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
}

impl IdTable {
    /// Builds the table from the ids in record order. The first record with an id wins
    /// (a valid dataset has no duplicates).
    pub(crate) fn build<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Self {
        let hasher = DefaultHashBuilder::default();
        let mut table = HashTable::with_capacity(ids.len());
        let all: Vec<&str> = ids.collect();
        for (i, id) in all.iter().enumerate() {
            let hash = hasher.hash_one(id);
            let Ok(index) = u32::try_from(i) else { break };
            let exists = table
                .find(hash, |&j: &u32| all.get(j as usize) == Some(id))
                .is_some();
            if !exists {
                table.insert_unique(hash, index, |&j: &u32| {
                    hasher.hash_one(all.get(j as usize).copied().unwrap_or_default())
                });
            }
        }
        Self { table, hasher }
    }

    /// The index of the record with `id`, given a way to read the id of record `i`.
    pub(crate) fn get<'a>(
        &self,
        id: &str,
        id_of: impl Fn(usize) -> Option<&'a str>,
    ) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.table
            .find(hash, |&j| id_of(j as usize) == Some(id))
            .map(|&j| j as usize)
    }
}

/// A lookup from id to index that keeps its own copy of the ids, one after the other, for
/// the build: checking a candidate reads this compact text instead of the record (two
/// cache misses into a large dataset). Dropped once the indexes are built.
#[derive(Debug, Default)]
pub(crate) struct IdArena {
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
    text: String,
    /// The end of each id in `text`; id i runs from `ends[i - 1]` (or 0) to `ends[i]`.
    ends: Vec<u32>,
}

impl IdArena {
    /// Builds the lookup from the ids in record order; the first record with an id wins.
    pub(crate) fn build<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Self {
        let mut out = Self {
            table: HashTable::with_capacity(ids.len()),
            ..Self::default()
        };
        for (i, id) in ids.enumerate() {
            out.text.push_str(id);
            out.ends
                .push(u32::try_from(out.text.len()).unwrap_or(u32::MAX));
            let Ok(index) = u32::try_from(i) else { break };
            let hash = out.hasher.hash_one(id);
            let (text, ends, hasher) = (&out.text, &out.ends, &out.hasher);
            if out
                .table
                .find(hash, |&j| Self::id_in(text, ends, j) == id)
                .is_none()
            {
                out.table.insert_unique(hash, index, |&j| {
                    hasher.hash_one(Self::id_in(text, ends, j))
                });
            }
        }
        out
    }

    fn id_in<'t>(text: &'t str, ends: &[u32], j: u32) -> &'t str {
        let j = j as usize;
        let end = ends.get(j).copied().unwrap_or(0) as usize;
        let start = match j.checked_sub(1) {
            Some(p) => ends.get(p).copied().unwrap_or(0) as usize,
            None => 0,
        };
        text.get(start..end).unwrap_or_default()
    }

    /// The index of the record with `id`.
    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.table
            .find(hash, |&j| Self::id_in(&self.text, &self.ends, j) == id)
            .map(|&j| j as usize)
    }
}
