//! Finding organizations and officials by name, whatever the case, accents or spelling.
//!
//! Names are folded before they are compared (see [`fold_name`](crate::fold_name)): case,
//! accents and compatibility forms ignored ("Krähenbühl" becomes "krahenbuhl", "ＵＮＯＧ"
//! "unog"), a few letters that carry no accent to drop spelled out ("ø" as "o"), punctuation
//! turned into spaces. The folded names
//! are cut into words; a query matches a record when every word of the query begins a word
//! of one of the record's names (its name, acronym and other names, or for an official also
//! the given and family names). So "krahenbuhl", "Pierre Krah" and "KRÄHENBÜHL" all find
//! Pierre Krähenbühl, and "UNOG" finds the United Nations Office at Geneva by its acronym.

use crate::fold::{fold_name as fold, words};
use crate::registry::{OfficialRef, OrganizationRef};

/// What a name belongs to.
#[cfg(test)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Owner {
    Organization(u32),
    Official(u32),
}

/// The words of one kind of owner's names, sorted, each word stored once: a word's owners
/// are a binary search away, and so are the owners of every word beginning with a prefix.
#[derive(Debug, Default)]
pub(super) struct WordList {
    /// Every distinct word, one after the other, in sorted order.
    text: String,
    /// One entry per word and owner, sorted by word then owner.
    entries: Vec<Entry>,
    /// Each owner's entries: owner `o`'s are `by_owner[owner_start[o]..owner_start[o + 1]]`,
    /// their positions in `entries`, ascending. Whether an owner has a word beginning with a
    /// prefix is then a binary search among its own words for the prefix's span of entries.
    owner_start: Vec<u32>,
    by_owner: Vec<u32>,
}

/// A word of an owner's names: where the word lies in [`WordList::text`], and the owner.
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    at: usize,
    /// A word of one text field, folded: far below `u32::MAX` bytes.
    len: u32,
    pub(super) owner: u32,
}

impl WordList {
    /// The words of folded names, each with its owner. Each distinct word is sorted once;
    /// the entries are then sorted as numbers.
    pub(super) fn of(names: &[(u32, String)]) -> Self {
        let mut ids: hashbrown::HashMap<&str, usize> = hashbrown::HashMap::new();
        let mut pairs: Vec<(usize, u32)> = Vec::new();
        for (owner, name) in names {
            for w in words(name) {
                crate::work::step();
                let next = ids.len();
                let id = *ids.entry(w).or_insert(next);
                pairs.push((id, *owner));
            }
        }
        let mut distinct: Vec<(&str, usize)> = ids.into_iter().collect();
        distinct.sort_unstable();
        // The rank of each word id, and where each rank's word lies in `text`.
        let mut text = String::new();
        let mut rank_of = vec![0; distinct.len()];
        let mut place = Vec::with_capacity(distinct.len());
        for (rank, &(word, id)) in distinct.iter().enumerate() {
            *rank_of
                .get_mut(id)
                .expect("word ids count the distinct words") = rank;
            let len = u32::try_from(word.len()).expect("a word of one text field");
            place.push((text.len(), len));
            text.push_str(word);
        }
        let mut ranked: Vec<(usize, u32)> = pairs
            .into_iter()
            .map(|(id, owner)| (*rank_of.get(id).expect("a word id"), owner))
            .collect();
        ranked.sort_unstable();
        ranked.dedup();
        let entries: Vec<Entry> = ranked
            .into_iter()
            .map(|(rank, owner)| {
                let &(at, len) = place.get(rank).expect("a word's rank");
                Entry { at, len, owner }
            })
            .collect();
        text.shrink_to_fit();
        let (owner_start, by_owner) = by_owner(&entries);
        Self {
            text,
            entries,
            owner_start,
            by_owner,
        }
    }

    /// Whether `owner` has an entry in `span` (a span of [`entries`](Self::entries), such as
    /// a prefix's). O(log m) for the owner's m words.
    pub(super) fn owner_has(&self, owner: u32, span: &std::ops::Range<usize>) -> bool {
        let o = owner as usize;
        let (Some(&from), Some(&to)) = (self.owner_start.get(o), self.owner_start.get(o + 1))
        else {
            return false;
        };
        let mine = self
            .by_owner
            .get(from as usize..to as usize)
            .expect("owner_start bounds by_owner");
        let first = mine.partition_point(|&p| (p as usize) < span.start);
        mine.get(first).is_some_and(|&p| (p as usize) < span.end)
    }

    pub(super) fn word(&self, e: &Entry) -> &str {
        self.text
            .get(e.at..e.at + e.len as usize)
            .expect("entries point at whole words of the text")
    }

    /// The entries of the words beginning with `prefix`. O(log n).
    pub(super) fn range(&self, prefix: &str) -> &[Entry] {
        self.entries
            .get(self.span(prefix))
            .expect("a span of the entries")
    }

    /// The words of `owner`'s names (each distinct word once), in sorted order. O(m) for its
    /// m words.
    pub(super) fn owner_words(&self, owner: u32) -> impl Iterator<Item = &str> + '_ {
        let o = owner as usize;
        let mine = match (self.owner_start.get(o), self.owner_start.get(o + 1)) {
            (Some(&from), Some(&to)) => self.by_owner.get(from as usize..to as usize),
            _ => None,
        };
        mine.unwrap_or_default().iter().map(|&p| {
            self.word(
                self.entries
                    .get(p as usize)
                    .expect("by_owner holds positions of entries"),
            )
        })
    }

    /// Where the entries of the words beginning with `prefix` lie. O(log n).
    pub(super) fn span(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.entries.partition_point(|e| self.word(e) < prefix);
        let rest = self.entries.get(start..).expect("a partition point");
        let len = rest.partition_point(|e| self.word(e).starts_with(prefix));
        start..start + len
    }

    /// The owners with a word beginning with `prefix`, sorted and without repeats.
    fn owners_of_prefix(&self, prefix: &str) -> Vec<u32> {
        Self::owners(self.range(prefix))
    }

    /// The owners of a range of entries, sorted and without repeats.
    pub(super) fn owners(range: &[Entry]) -> Vec<u32> {
        crate::work::steps(range.len());
        let mut out: Vec<u32> = range.iter().map(|e| e.owner).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The owners matching every word of the folded query, in owner order; none for a query
    /// with no word.
    ///
    /// Each distinct word is searched once, and a word that begins another word of the query
    /// not at all (every name word the longer one begins, the shorter begins too). The owners
    /// of the word with the fewest entries are the candidates; each other word keeps the
    /// candidates that have a word it begins, by a binary search among each candidate's own
    /// words, so the other words' entries are never read. Cost: O(q log q + w log n +
    /// r log r + r·w·log m) for the q words of the query, the w kept, the r entries of the
    /// rarest and the m words of one owner's names.
    fn search(&self, folded: &str) -> Vec<u32> {
        let mut query: Vec<&str> = words(folded).collect();
        crate::work::steps(query.len());
        if let [word] = query.as_slice() {
            return self.owners_of_prefix(word);
        }
        query.sort_unstable();
        query.dedup();
        // Sorted, a word that begins another is followed by one it begins.
        let mut spans: Vec<std::ops::Range<usize>> = query
            .iter()
            .enumerate()
            .filter(|&(i, w)| query.get(i + 1).is_none_or(|next| !next.starts_with(w)))
            .map(|(_, w)| self.span(w))
            .collect();
        spans.sort_unstable_by_key(|span| span.len());
        let Some((rarest, others)) = spans.split_first() else {
            return Vec::new();
        };
        let mut result = Self::owners(
            self.entries
                .get(rarest.clone())
                .expect("a span of the entries"),
        );
        for span in others {
            if result.is_empty() {
                break;
            }
            crate::work::steps(result.len());
            result.retain(|&o| self.owner_has(o, span));
        }
        result
    }
}

/// For each owner, the positions of its entries, ascending (see [`WordList::by_owner`]).
/// O(e + o) for e entries and o owners.
fn by_owner(entries: &[Entry]) -> (Vec<u32>, Vec<u32>) {
    let owners = entries
        .iter()
        .map(|e| e.owner as usize + 1)
        .max()
        .unwrap_or(0);
    let mut start = vec![0u32; owners + 1];
    for e in entries {
        let slot = start
            .get_mut(e.owner as usize + 1)
            .expect("sized by the largest owner");
        *slot += 1;
    }
    for o in 0..owners {
        let before = *start.get(o).expect("o < owners");
        *start.get_mut(o + 1).expect("o + 1 <= owners") += before;
    }
    let mut next = start.clone();
    let mut positions = vec![0u32; entries.len()];
    for (p, e) in entries.iter().enumerate() {
        let at = next
            .get_mut(e.owner as usize)
            .expect("sized by the largest owner");
        *positions.get_mut(*at as usize).expect("counted above") =
            u32::try_from(p).expect("fewer name words than 2^32: each is a byte of the text at least, and a text is under 4 GiB");
        *at += 1;
    }
    (start, positions)
}

/// The words of every name of organizations and officials, and a hash of each record's
/// whole folded name (and acronym) to tell exact matches apart without folding again.
#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    pub(super) organizations: WordList,
    pub(super) officials: WordList,
    hasher: hashbrown::DefaultHashBuilder,
    /// For each organization, the hashes of its folded name and folded acronym.
    pub(super) organization_exact: Vec<[u64; 2]>,
    /// For each official, the hash of the folded name.
    pub(super) official_exact: Vec<u64>,
    /// The same names as spelling keys, for the searches that find other spellings.
    pub(super) spelling: crate::registry::spelling::SpellingIndex,
}

impl NameIndex {
    /// Builds the index of the names of organizations (name, acronym, other names) and
    /// officials (name, given and family names, other names). Each name is folded once.
    pub(crate) fn build(
        organizations: &[crate::Organization],
        officials: &[crate::Official],
    ) -> Self {
        use std::hash::BuildHasher;
        let hasher = hashbrown::DefaultHashBuilder::default();
        let idx = crate::resolve::index;
        let mut org_names: Vec<(u32, String)> = Vec::new();
        let mut organization_exact = Vec::with_capacity(organizations.len());
        for (i, o) in organizations.iter().enumerate() {
            let name = fold(&o.name);
            let acronym = o.acronym.as_deref().map(fold);
            organization_exact.push([
                hasher.hash_one(&name),
                acronym.as_ref().map_or(0, |a| hasher.hash_one(a)),
            ]);
            org_names.push((idx(i), name));
            org_names.extend(acronym.map(|a| (idx(i), a)));
            org_names.extend(o.other_names.iter().map(|n| (idx(i), fold(&n.name))));
        }
        let mut official_names: Vec<(u32, String)> = Vec::new();
        let mut official_exact = Vec::with_capacity(officials.len());
        for (i, o) in officials.iter().enumerate() {
            let name = fold(&o.name);
            official_exact.push(hasher.hash_one(&name));
            official_names.push((idx(i), name));
            let parts = o.given_name.iter().chain(o.family_name.iter());
            official_names.extend(parts.map(|n| (idx(i), fold(n))));
            official_names.extend(o.other_names.iter().map(|n| (idx(i), fold(&n.name))));
        }
        let spelling = crate::registry::spelling::SpellingIndex::build(&org_names, &official_names);
        Self {
            organizations: WordList::of(&org_names),
            officials: WordList::of(&official_names),
            hasher,
            organization_exact,
            official_exact,
            spelling,
        }
    }

    /// An index of bare names, without exact-match hashes (for tests).
    #[cfg(test)]
    fn from_names<'a>(names: impl Iterator<Item = (Owner, &'a str)>) -> Self {
        let (mut orgs, mut officials) = (Vec::new(), Vec::new());
        for (owner, name) in names {
            match owner {
                Owner::Organization(i) => orgs.push((i, fold(name))),
                Owner::Official(i) => officials.push((i, fold(name))),
            }
        }
        Self {
            organizations: WordList::of(&orgs),
            officials: WordList::of(&officials),
            ..Self::default()
        }
    }

    pub(super) fn hash(&self, folded: &str) -> u64 {
        use std::hash::BuildHasher;
        self.hasher.hash_one(folded)
    }

    /// The owners matching every word of `query`, in owner order.
    #[cfg(test)]
    fn search(&self, query: &str) -> Vec<Owner> {
        let folded = fold(query);
        let mut out: Vec<Owner> = self
            .organizations
            .search(&folded)
            .into_iter()
            .map(Owner::Organization)
            .collect();
        out.extend(
            self.officials
                .search(&folded)
                .into_iter()
                .map(Owner::Official),
        );
        out
    }
}

/// The owners `found` (in document order) as records, with the exact matches first, each
/// group in document order. A hash match is checked by `exact` folding again, so collisions
/// never make a match exact. O(k).
fn exact_first<T>(
    found: Vec<u32>,
    exact: impl Fn(usize) -> bool,
    record: impl Fn(usize) -> T,
) -> Vec<T> {
    let mut out = Vec::with_capacity(found.len());
    let mut rest = Vec::new();
    for i in found {
        let i = i as usize;
        if exact(i) {
            out.push(record(i));
        } else {
            rest.push(record(i));
        }
    }
    out.append(&mut rest);
    out
}

impl crate::registry::Registry {
    /// The organizations whose name, acronym or other names match `query`: every word of
    /// the query, folded (see [`fold_name`](crate::fold_name)), begins a word of one of the
    /// names, so "UNOG" finds the United Nations Office at Geneva by its acronym and "office
    /// geneva" by its name. Those whose whole name or acronym equals the query come first,
    /// then the rest, each group in document order.
    ///
    /// Cost: O(q log q + w log n + r (log r + w log m)) for the q words of the query, the w
    /// distinct ones that begin no other, the r name words of the records that the rarest of
    /// them begins, and the m name words of one record: the records with the rarest word are
    /// the candidates, and each other word is checked among a candidate's own words.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let found = registry.find_organizations("UNOG");
    /// assert_eq!(found[0].name.as_str(), "United Nations Office at Geneva");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_organizations(&self, query: &str) -> Vec<OrganizationRef<'_>> {
        let q = fold(query);
        let h = self.names.hash(&q);
        let found = self.names.organizations.search(&q);
        exact_first(
            found,
            |i| {
                let o = OrganizationRef::new(self, i);
                let &[name, acronym] = self
                    .names
                    .organization_exact
                    .get(i)
                    .expect("hashed for each organization");
                (name == h && fold(&o.name) == q)
                    || (acronym == h && o.acronym.as_ref().is_some_and(|a| fold(a) == q))
            },
            |i| OrganizationRef::new(self, i),
        )
    }

    /// The officials whose name, given or family name, or other names match `query`, as
    /// [`find_organizations`](Self::find_organizations) matches: "krahenbuhl" and
    /// "Pierre Krah" find Pierre Krähenbühl, "Sarybai" (a recorded other name) finds Kairat
    /// Sarybay. Those whose whole name equals the query come first, then the rest, each group
    /// in document order.
    ///
    /// Cost: as [`find_organizations`](Self::find_organizations).
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let found = registry.find_officials("krahenbuhl");
    /// assert_eq!(found[0].name.as_str(), "Pierre Krähenbühl");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_officials(&self, query: &str) -> Vec<OfficialRef<'_>> {
        let q = fold(query);
        let h = self.names.hash(&q);
        let found = self.names.officials.search(&q);
        exact_first(
            found,
            |i| {
                let name = *self
                    .names
                    .official_exact
                    .get(i)
                    .expect("hashed for each official");
                name == h && fold(&OfficialRef::new(self, i).name) == q
            },
            |i| OfficialRef::new(self, i),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_word_must_begin_a_word() {
        let index = NameIndex::from_names(
            [
                (Owner::Official(0), "Pierre Krähenbühl"),
                (Owner::Official(1), "Kairat Sarybay"),
                (Owner::Official(1), "Sarybai"),
                (Owner::Organization(0), "United Nations Office at Geneva"),
                (Owner::Organization(0), "UNOG"),
            ]
            .into_iter(),
        );
        assert_eq!(index.search("krahenbuhl"), [Owner::Official(0)]);
        assert_eq!(index.search("KRÄHENBÜHL pierre"), [Owner::Official(0)]);
        assert_eq!(index.search("sarybai"), [Owner::Official(1)]);
        assert_eq!(index.search("Sary"), [Owner::Official(1)]);
        assert_eq!(index.search("unog"), [Owner::Organization(0)]);
        assert_eq!(index.search("office geneva"), [Owner::Organization(0)]);
        assert!(index.search("geneva krahenbuhl").is_empty());
        assert!(index.search("").is_empty());
        assert!(index.search("ahenb").is_empty());
        // Words searched again, or that begin another word of the query, change nothing.
        assert_eq!(index.search("kra krahenbuhl kra"), [Owner::Official(0)]);
        assert_eq!(index.search("s sary sarybay"), [Owner::Official(1)]);
        assert!(index.search("sary geneva sary").is_empty());
    }
}
