//! Lookup of records by id in O(1).
//!
//! [`IdArena`] is built once per kind of record when a dataset is resolved, noting duplicate
//! ids on the way; every reference is resolved through it. The registry then keeps only its
//! hash table, as an [`IdTable`] that reads the ids from the records themselves.

use std::hash::BuildHasher;

use hashbrown::DefaultHashBuilder;
use hashbrown::HashTable;

/// Maps an id to the index of its record. The table holds only indices; the ids stay in the
/// records, so the index costs four bytes (plus the table's slack) per record.
#[derive(Debug, Default)]
pub(crate) struct IdTable {
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
    aliases: Aliases,
}

/// The records' other ids ([`Organization::aliases`](crate::Organization::aliases)…), each
/// with the index of its record. Few records have aliases, so they are kept apart from the
/// main table and looked up only when an id is not a record's own.
pub(crate) type Aliases = hashbrown::HashMap<Box<str>, u32>;

impl IdTable {
    /// The index of the record with `id`, given the id of record `i`.
    pub(crate) fn get<'a>(&self, id: &str, id_of: impl Fn(usize) -> &'a str) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.table
            .find(hash, |&j| id_of(j as usize) == id)
            .map(|&j| j as usize)
            .or_else(|| self.aliases.get(id).map(|&j| j as usize))
    }
}

/// A lookup from id to index that keeps its own copy of the ids, one after the other, while
/// references are resolved: checking a candidate reads this compact text instead of the
/// record (two cache misses into a large dataset).
#[derive(Debug, Default)]
pub(crate) struct IdArena {
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
    text: String,
    /// The end of each id in `text`; id i runs from `ends[i - 1]` (or 0) to `ends[i]`.
    ends: Vec<usize>,
    aliases: Aliases,
}

impl IdArena {
    /// Builds the lookup from the ids in record order (at most `u32::MAX` of them: the
    /// resolution checks it first). The first record with an id wins; `duplicate(i, first)`
    /// is called for each later record `i` with the id of record `first`.
    pub(crate) fn build<'a>(
        ids: impl ExactSizeIterator<Item = &'a str>,
        mut duplicate: impl FnMut(usize, usize),
    ) -> Self {
        let mut out = Self {
            table: HashTable::with_capacity(ids.len()),
            ends: Vec::with_capacity(ids.len()),
            ..Self::default()
        };
        for (i, id) in ids.enumerate() {
            crate::work::step();
            out.text.push_str(id);
            out.ends.push(out.text.len());
            let index = crate::resolve::index(i);
            let hash = out.hasher.hash_one(id);
            let (text, ends, hasher) = (&out.text, &out.ends, &out.hasher);
            match out.table.find(hash, |&j| Self::id_in(text, ends, j) == id) {
                Some(&first) => duplicate(i, first as usize),
                None => {
                    out.table.insert_unique(hash, index, |&j| {
                        hasher.hash_one(Self::id_in(text, ends, j))
                    });
                }
            }
        }
        out
    }

    /// Keeps only the hash table: an [`IdTable`] that reads the ids from the records, for
    /// when the records stay and the copy of their ids is no longer worth its memory.
    pub(crate) fn into_table(self) -> IdTable {
        IdTable {
            table: self.table,
            hasher: self.hasher,
            aliases: self.aliases,
        }
    }

    /// Id `j` of the arena. `j` is an index the table holds, so its end is recorded.
    fn id_in<'t>(text: &'t str, ends: &[usize], j: u32) -> &'t str {
        let j = j as usize;
        let end = *ends.get(j).expect("the table holds only recorded indices");
        let start = match j.checked_sub(1) {
            Some(p) => *ends
                .get(p)
                .expect("the id before a recorded one is recorded"),
            None => 0,
        };
        text.get(start..end)
            .expect("ids are pushed whole, so their ends are character boundaries")
    }

    /// The index of the record with `id` as its own id or as an alias.
    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        self.own(id)
            .or_else(|| self.aliases.get(id).map(|&j| j as usize))
    }

    /// The index of the record whose own id is `id`.
    fn own(&self, id: &str) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.table
            .find(hash, |&j| Self::id_in(&self.text, &self.ends, j) == id)
            .map(|&j| j as usize)
    }

    /// Records `alias` as another id of record `index`, or returns the record that already
    /// has it as its id or alias (the record itself, when the alias repeats its own id).
    pub(crate) fn add_alias(&mut self, alias: &str, index: usize) -> Result<(), usize> {
        crate::work::step();
        if let Some(holder) = self.get(alias) {
            return Err(holder);
        }
        self.aliases
            .insert(alias.into(), crate::resolve::index(index));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_record_with_an_id_wins_and_duplicates_are_reported() {
        let ids = ["cica", "iom", "cica", "unog", "iom"];
        let mut duplicates = Vec::new();
        let arena = IdArena::build(ids.iter().copied(), |i, first| duplicates.push((i, first)));
        assert_eq!(duplicates, vec![(2, 0), (4, 1)]);
        assert_eq!(arena.get("cica"), Some(0));
        assert_eq!(arena.get("iom"), Some(1));
        assert_eq!(arena.get("unog"), Some(3));
        assert_eq!(arena.get("cic"), None);
        assert_eq!(arena.get(""), None);
        let table = arena.into_table();
        let id_of = |i: usize| ids[i];
        assert_eq!(table.get("cica", id_of), Some(0));
        assert_eq!(table.get("unog", id_of), Some(3));
        assert_eq!(table.get("wto", id_of), None);
    }

    #[test]
    fn an_alias_finds_its_record_and_cannot_be_taken_twice() {
        let ids = ["thomas-greminger", "kairat-sarybay"];
        let mut arena = IdArena::build(ids.iter().copied(), |_, _| panic!("no duplicate"));
        assert_eq!(arena.add_alias("greminger", 0), Ok(()));
        assert_eq!(arena.add_alias("greminger", 1), Err(0));
        assert_eq!(arena.add_alias("kairat-sarybay", 0), Err(1));
        assert_eq!(arena.add_alias("thomas-greminger", 0), Err(0));
        assert_eq!(arena.get("greminger"), Some(0));
        let table = arena.into_table();
        assert_eq!(table.get("greminger", |i| ids[i]), Some(0));
        assert_eq!(table.get("sarybay", |i| ids[i]), None);
    }

    #[test]
    fn ids_that_are_prefixes_of_each_other_stay_apart() {
        let ids = ["a", "ab", "abc", ""];
        let arena = IdArena::build(ids.iter().copied(), |_, _| panic!("no duplicate"));
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(arena.get(id), Some(i));
        }
    }
}
