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
