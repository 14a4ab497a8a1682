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
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            // Apostrophes join: "Côte d'Ivoire" → "cote divoire".
            '\'' | '’' | 'ʼ' => {}
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Owner {
    Organization(u32),
    Official(u32),
}

/// A sorted list of `(word, owner)` pairs: a word's owners are a binary search away, and so
/// are the owners of every word beginning with a prefix.
#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    entries: Vec<(Box<str>, Owner)>,
}

impl NameIndex {
    /// Builds the index from each owner's names.
    pub(crate) fn build<'a>(names: impl Iterator<Item = (Owner, &'a str)>) -> Self {
        let mut entries: Vec<(Box<str>, Owner)> = Vec::new();
        for (owner, name) in names {
            let folded = fold(name);
            entries.extend(words(&folded).map(|w| (Box::from(w), owner)));
        }
        entries.sort_unstable();
        entries.dedup();
        entries.shrink_to_fit();
        Self { entries }
    }

    /// The owners with a word beginning with `prefix`, sorted and without repeats.
    fn owners_of_prefix(&self, prefix: &str) -> Vec<Owner> {
        let start = self.entries.partition_point(|(w, _)| &**w < prefix);
        let mut out: Vec<Owner> = self
            .entries
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|(w, _)| w.starts_with(prefix))
            .map(|&(_, o)| o)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The owners matching every word of `query`, in owner order.
    pub(crate) fn search(&self, query: &str) -> Vec<Owner> {
        let folded = fold(query);
        let mut result: Option<Vec<Owner>> = None;
        for word in words(&folded) {
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
        let index = NameIndex::build(
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
        let mut found: Vec<(bool, usize)> = self
            .names
            .search(query)
            .into_iter()
            .filter_map(|o| match o {
                Owner::Organization(i) => Some(i as usize),
                Owner::Official(_) => None,
            })
            .filter_map(|i| {
                let o = self.data.organizations.get(i)?;
                let exact = fold(&o.name) == q || o.acronym.as_ref().is_some_and(|a| fold(a) == q);
                Some((!exact, i))
            })
            .collect();
        found.sort_unstable();
        found
            .into_iter()
            .filter_map(|(_, i)| self.data.organizations.get(i))
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
        let mut found: Vec<(bool, usize)> = self
            .names
            .search(query)
            .into_iter()
            .filter_map(|o| match o {
                Owner::Official(i) => Some(i as usize),
                Owner::Organization(_) => None,
            })
            .filter_map(|i| {
                let o = self.data.officials.get(i)?;
                Some((fold(&o.name) != q, i))
            })
            .collect();
        found.sort_unstable();
        found
            .into_iter()
            .filter_map(|(_, i)| self.data.officials.get(i))
            .collect()
    }
}
