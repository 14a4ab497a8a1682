//! Finding organizations and officials by name, whatever the case, accents or spelling.
//!
//! Names are folded before they are compared: lower case, accents dropped ("Krähenbühl"
//! becomes "krahenbuhl", "Sepúlveda" "sepulveda"), a few letters that carry no accent to drop
//! spelled out ("ß" as "ss", "ø" as "o"), punctuation turned into spaces. The folded names
//! are cut into words; a query matches a record when every word of the query begins a word
//! of one of the record's names (its name, acronym and other names, or for an official also
//! the given and family names). So "krahenbuhl", "Pierre Krah" and "KRÄHENBÜHL" all find
//! Pierre Krähenbühl, and "UNOG" finds the United Nations Office at Geneva by its acronym.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds a name for comparison: see the module docs.
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        return fold_ascii(name);
    }
    let mut out = String::with_capacity(name.len());
    for c in name.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ı' => out.push('i'),
            'þ' | 'Þ' => out.push_str("th"),
            // Apostrophes join: "Côte d'Ivoire" → "cote divoire". This arm comes before
            // the alphanumeric one because the modifier letter apostrophe ʼ is a letter.
            '\'' | '’' | 'ʼ' => {}
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => out.push(' '),
        }
    }
    out
}

/// [`fold`] of an ASCII name, which has nothing to decompose: the same result, faster.
fn fold_ascii(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            '\'' => {}
            _ => out.push(' '),
        }
    }
    out
}

/// The words of a folded name.
pub(crate) fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

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
struct WordList {
    /// Every distinct word, one after the other.
    text: String,
    /// `(start of the word in text, its length, owner)`, sorted by word then owner.
    entries: Vec<(u32, u32, u32)>,
}

impl WordList {
    /// The words of folded names, each with its owner. Each distinct word is sorted once;
    /// the entries are then sorted as numbers.
    fn of(names: &[(u32, String)]) -> Self {
        let mut ids: hashbrown::HashMap<&str, u32> = hashbrown::HashMap::new();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for (owner, name) in names {
            for w in words(name) {
                let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                let id = *ids.entry(w).or_insert(next);
                pairs.push((id, *owner));
            }
        }
        let mut distinct: Vec<(&str, u32)> = ids.into_iter().collect();
        distinct.sort_unstable();
        // Each word's place in `text`, by word id; the rank of each word id.
        let mut text = String::new();
        let mut place = vec![(0u32, 0u32, 0u32); distinct.len()];
        for (rank, (word, id)) in distinct.iter().enumerate() {
            let at = u32::try_from(text.len()).unwrap_or(u32::MAX);
            text.push_str(word);
            if let Some(p) = place.get_mut(*id as usize) {
                *p = (
                    u32::try_from(rank).unwrap_or(u32::MAX),
                    at,
                    u32::try_from(word.len()).unwrap_or(0),
                );
            }
        }
        let mut ranked: Vec<(u32, u32)> = pairs
            .into_iter()
            .filter_map(|(id, owner)| Some((place.get(id as usize)?.0, owner)))
            .collect();
        ranked.sort_unstable();
        ranked.dedup();
        let by_rank: Vec<(u32, u32)> = {
            let mut v = vec![(0u32, 0u32); distinct.len()];
            for &(rank, at, len) in &place {
                if let Some(x) = v.get_mut(rank as usize) {
                    *x = (at, len);
                }
            }
            v
        };
        let entries = ranked
            .into_iter()
            .filter_map(|(rank, owner)| {
                let &(at, len) = by_rank.get(rank as usize)?;
                Some((at, len, owner))
            })
            .collect();
        text.shrink_to_fit();
        Self { text, entries }
    }

    fn word(&self, &(at, len, _): &(u32, u32, u32)) -> &str {
        self.text
            .get(at as usize..(at as usize).saturating_add(len as usize))
            .unwrap_or_default()
    }

    /// The owners with a word beginning with `prefix`, sorted and without repeats.
    fn owners_of_prefix(&self, prefix: &str) -> Vec<u32> {
        let start = self.entries.partition_point(|e| self.word(e) < prefix);
        let mut out: Vec<u32> = self
            .entries
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|e| self.word(e).starts_with(prefix))
            .map(|&(_, _, o)| o)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The owners matching every word of the folded query, in owner order.
    fn search(&self, folded: &str) -> Vec<u32> {
        let mut result: Option<Vec<u32>> = None;
        for word in words(folded) {
            let found = self.owners_of_prefix(word);
            result = Some(match result {
                None => found,
                Some(so_far) => so_far
                    .into_iter()
                    .filter(|o| found.binary_search(o).is_ok())
                    .collect(),
            });
        }
        result.unwrap_or_default()
    }
}

/// The words of every name of organizations and officials, and a hash of each record's
/// whole folded name (and acronym) to tell exact matches apart without folding again.
#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    organizations: WordList,
    officials: WordList,
    hasher: hashbrown::DefaultHashBuilder,
    /// For each organization, the hashes of its folded name and folded acronym.
    organization_exact: Vec<[u64; 2]>,
    /// For each official, the hash of the folded name.
    official_exact: Vec<u64>,
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
        let idx = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
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
        Self {
            organizations: WordList::of(&org_names),
            officials: WordList::of(&official_names),
            hasher,
            organization_exact,
            official_exact,
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

    fn hash(&self, folded: &str) -> u64 {
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

impl crate::registry::Registry {
    /// The organizations whose name, acronym or other names match `query` (see [the
    /// module docs](crate::registry::names)): those whose whole name or acronym equals the
    /// query first, then the rest, each group in document order.
    ///
    /// Cost: O(w log n + k) for the w words of the query.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let found = registry.find_organizations("UNOG");
    /// assert_eq!(found[0].name.as_str(), "United Nations Office at Geneva");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_organizations(&self, query: &str) -> Vec<&crate::Organization> {
        let q = fold(query);
        let h = self.names.hash(&q);
        let mut found: Vec<(bool, u32)> = self
            .names
            .organizations
            .search(&q)
            .into_iter()
            .filter_map(|i| {
                let o = self.data.organizations.get(i as usize)?;
                let [name, acronym] = self.names.organization_exact.get(i as usize)?;
                // A hash match is checked by folding again: collisions never make a
                // match exact.
                let exact = (*name == h && fold(&o.name) == q)
                    || (*acronym == h && o.acronym.as_ref().is_some_and(|a| fold(a) == q));
                Some((!exact, i))
            })
            .collect();
        found.sort_unstable();
        found
            .into_iter()
            .filter_map(|(_, i)| self.data.organizations.get(i as usize))
            .collect()
    }

    /// The officials whose name, given or family name, or other names match `query`:
    /// "krahenbuhl" finds Pierre Krähenbühl, "Sarybai" finds Kairat Sarybay. Those whose
    /// whole name equals the query first, then the rest, each group in document order.
    ///
    /// Cost: O(w log n + k) for the w words of the query.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let found = registry.find_officials("krahenbuhl");
    /// assert_eq!(found[0].name.as_str(), "Pierre Krähenbühl");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_officials(&self, query: &str) -> Vec<&crate::Official> {
        let q = fold(query);
        let h = self.names.hash(&q);
        let mut found: Vec<(bool, u32)> = self
            .names
            .officials
            .search(&q)
            .into_iter()
            .filter_map(|i| {
                let o = self.data.officials.get(i as usize)?;
                let name = self.names.official_exact.get(i as usize)?;
                let exact = *name == h && fold(&o.name) == q;
                Some((!exact, i))
            })
            .collect();
        found.sort_unstable();
        found
            .into_iter()
            .filter_map(|(_, i)| self.data.officials.get(i as usize))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(fold("Pierre Krähenbühl"), "pierre krahenbuhl");
        assert_eq!(fold("Magdalena Sepúlveda"), "magdalena sepulveda");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("UN-Water"), "un water");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Côte d’Ivoire"), "cote divoire");
        // Marks are dropped in every script: й folds to и, as ё to е.
        assert_eq!(fold("Сарыбай"), "сарыбаи");
    }

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
    }
}
