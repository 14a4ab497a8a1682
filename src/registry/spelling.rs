//! Finding names in spellings nobody recorded: transliterations and one-letter slips.
//!
//! [`Registry::search_officials`] and [`Registry::search_organizations`] find what
//! [`find_officials`](Registry::find_officials) finds, and also the records whose names are
//! spelled differently from the query: "Sarybai" finds Kairat Sarybay, "Krahenbuehl" finds
//! Pierre Krähenbühl, "Hungbo" finds Gilbert Houngbo, and "Grenminger" finds Thomas
//! Greminger, with nobody having recorded those spellings. Each record found comes with how
//! its names matched, the best first:
//!
//! | rank | every word of the query… |
//! |---|---|
//! | [`NameMatch::Exact`] | is the whole of one name, once both are folded |
//! | [`NameMatch::Folded`] | begins a word of a name, once both are folded (what `find_*` matches) |
//! | [`NameMatch::Transliterated`] | begins a word of a name once both are written as spelling keys (Cyrillic in Latin letters; `ae`/`a`, `ou`/`u`, `y`/`i`, `kh`/`h`… made one; doubled letters once) |
//! | [`NameMatch::OneLetter`] | or, for a word of 5 to 32 letters and no digit, is a whole word of a name with one letter added, dropped, changed, or two neighbours swapped, as spelling keys |
//!
//! A record's rank is its worst word's: "Kairat Sarybai" matches Kairat Sarybay as
//! transliterated. Query words of one or two letters match only as folded prefixes.

use crate::fold::{fold_name as fold, words};
use crate::registry::names::WordList;
use crate::registry::{OfficialRef, OrganizationRef, Registry};
use crate::translit::spelling_key;

/// How a record's names matched a query, best first:
///
/// | rank | every word of the query… |
/// |---|---|
/// | [`NameMatch::Exact`] | is the whole of one name, once both are folded |
/// | [`NameMatch::Folded`] | begins a word of a name, once both are folded (what `find_*` matches) |
/// | [`NameMatch::Transliterated`] | begins a word of a name once both are written as spelling keys (Cyrillic in Latin letters; `ae`/`a`, `ou`/`u`, `y`/`i`, `kh`/`h`… made one; doubled letters once) |
/// | [`NameMatch::OneLetter`] | or, for a word of 5 to 32 letters and no digit, is a whole word of a name with one letter added, dropped, changed, or two neighbours swapped, as spelling keys |
///
/// A record's rank is its worst word's: "Kairat Sarybai" matches Kairat Sarybay as
/// transliterated. Query words of one or two letters match only as folded prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum NameMatch {
    /// The query is one of its names, folded.
    Exact,
    /// Every query word begins a word of its names, folded.
    Folded,
    /// Every query word begins a word of its names, as spelling keys.
    Transliterated,
    /// Some query word is one letter away from a word of its names.
    OneLetter,
}

/// A record found by a name search, and how it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Found<T> {
    /// The record found.
    pub record: T,
    /// How its names matched.
    pub rank: NameMatch,
}

/// Words longer than this are not looked up one letter off: no name word is that long, and
/// the one-letter forms of a word grow with the square of its length.
pub(crate) const MAX_SLIP_WORD: usize = 32;
const MIN_SLIP_WORD: usize = 5;

/// The spelling keys of one kind of owner's names.
#[derive(Debug, Default)]
struct Side {
    /// The names' words as spelling keys.
    keys: WordList,
    /// The distinct keys of 5 to 32 letters.
    long: Vec<Box<str>>,
    /// For each long key, the hash of the key and of each of its one-letter-shorter forms,
    /// with the key's index in `long`; sorted by hash.
    shorter: Vec<(u64, u32)>,
}

/// The key and each form of it with one letter dropped.
fn shorter_forms(key: &str) -> impl Iterator<Item = String> + '_ {
    let letters: Vec<char> = key.chars().collect();
    let n = letters.len();
    (0..=n).map(move |skip| {
        crate::work::steps(n);
        letters
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != skip)
            .map(|(_, c)| *c)
            .collect()
    })
}

/// Whether a word is looked up one letter off: 5 to 32 letters, and no digit (a number
/// one digit off is another number, not another spelling).
pub(crate) fn slips(key: &str) -> bool {
    (MIN_SLIP_WORD..=MAX_SLIP_WORD).contains(&key.chars().count())
        && !key.chars().any(|c| c.is_numeric())
}

impl Side {
    /// From folded names: each word's spelling key. O(l) per name of l letters, and
    /// O(k²) for each distinct long key of k letters (at most 32).
    fn build(names: &[(u32, String)], hasher: &hashbrown::DefaultHashBuilder) -> Self {
        use std::hash::BuildHasher;
        let keyed: Vec<(u32, String)> = names
            .iter()
            .map(|(owner, name)| {
                let keys: Vec<String> = words(name).map(spelling_key).collect();
                (*owner, keys.join(" "))
            })
            .collect();
        let mut long: Vec<Box<str>> = keyed
            .iter()
            .flat_map(|(_, k)| words(k))
            .filter(|w| slips(w))
            .map(Box::from)
            .collect();
        long.sort_unstable();
        long.dedup();
        let mut shorter = Vec::new();
        for (i, key) in long.iter().enumerate() {
            let i = crate::resolve::index(i);
            shorter.extend(shorter_forms(key).map(|f| (hasher.hash_one(&f), i)));
        }
        shorter.sort_unstable();
        shorter.dedup();
        shorter.shrink_to_fit();
        Self {
            keys: WordList::of(&keyed),
            long,
            shorter,
        }
    }

    /// The owners with a word one letter away from `key`. O(k² + m log n) for a key of k
    /// letters and the m long keys that share a one-letter-shorter form with it.
    fn one_letter_off(&self, key: &str, hasher: &hashbrown::DefaultHashBuilder) -> Vec<u32> {
        use std::hash::BuildHasher;
        if !slips(key) {
            return Vec::new();
        }
        let mut near: Vec<u32> = Vec::new();
        for form in shorter_forms(key) {
            let h = hasher.hash_one(&form);
            let from = self.shorter.partition_point(|&(x, _)| x < h);
            let rest = self.shorter.get(from..).unwrap_or_default();
            let len = rest.partition_point(|&(x, _)| x == h);
            near.extend(rest.get(..len).unwrap_or_default().iter().map(|&(_, i)| i));
        }
        near.sort_unstable();
        near.dedup();
        let mut owners = Vec::new();
        for i in near {
            let Some(word) = self.long.get(i as usize) else {
                continue;
            };
            if strsim::osa_distance(word, key) != 1 {
                continue;
            }
            let range = self.keys.range(word);
            let whole: Vec<_> = range
                .iter()
                .take_while(|e| self.keys.word(e) == &**word)
                .copied()
                .collect();
            owners.extend(WordList::owners(&whole));
        }
        owners.sort_unstable();
        owners.dedup();
        owners
    }
}

/// The spelling keys of the names of organizations and of officials.
#[derive(Debug, Default)]
pub(crate) struct SpellingIndex {
    organizations: Side,
    officials: Side,
    hasher: hashbrown::DefaultHashBuilder,
}

impl SpellingIndex {
    /// From the folded names [`NameIndex`](crate::registry::names::NameIndex) indexes.
    pub(crate) fn build(organizations: &[(u32, String)], officials: &[(u32, String)]) -> Self {
        let hasher = hashbrown::DefaultHashBuilder::default();
        Self {
            organizations: Side::build(organizations, &hasher),
            officials: Side::build(officials, &hasher),
            hasher,
        }
    }
}

/// The owners matching one query word, each with its best rank, sorted by owner.
fn word_hits(
    folded: &WordList,
    side: &Side,
    hasher: &hashbrown::DefaultHashBuilder,
    word: &str,
) -> Vec<(u32, NameMatch)> {
    let mut hits: Vec<(u32, NameMatch)> = WordList::owners(folded.range(word))
        .into_iter()
        .map(|o| (o, NameMatch::Folded))
        .collect();
    if word.chars().count() >= 3 {
        let key = spelling_key(word);
        hits.extend(
            WordList::owners(side.keys.range(&key))
                .into_iter()
                .map(|o| (o, NameMatch::Transliterated)),
        );
        hits.extend(
            side.one_letter_off(&key, hasher)
                .into_iter()
                .map(|o| (o, NameMatch::OneLetter)),
        );
    }
    hits.sort_unstable();
    hits.dedup_by_key(|&mut (o, _)| o);
    hits
}

/// How well `owner`'s names match one query word, the best way (as [`word_hits`] would
/// rank it), or `None`: a binary search among the owner's folded words, then among its
/// keys, then its long keys compared one letter off. O(log m) for the owner's m words, and
/// O(m k) for a word of k letters when only the last can match.
fn owner_rank(folded: &WordList, side: &Side, owner: u32, word: &Asked) -> Option<NameMatch> {
    if folded.owner_has(owner, &word.folded) {
        return Some(NameMatch::Folded);
    }
    let (key, keyed) = word.keyed.as_ref()?;
    if side.keys.owner_has(owner, keyed) {
        return Some(NameMatch::Transliterated);
    }
    if slips(key) {
        let near = side
            .keys
            .owner_words(owner)
            .any(|w| slips(w) && strsim::osa_distance(w, key) == 1);
        if near {
            return Some(NameMatch::OneLetter);
        }
    }
    None
}

/// A query word, and where the words it begins lie, folded and as spelling keys.
struct Asked<'q> {
    word: &'q str,
    folded: std::ops::Range<usize>,
    /// For a word of 3 letters or more: its key, and where the keys it begins lie.
    keyed: Option<(String, std::ops::Range<usize>)>,
}

/// The owners matching every word of the folded query, with the rank of their worst word.
/// Each distinct word is looked up once; the owners the rarest word matches (by its
/// entries, folded and as keys) are the candidates, and each other word is checked among a
/// candidate's own words ([`owner_rank`]), so a common word costs its candidates, not its
/// entries.
fn ranked(
    folded: &WordList,
    side: &Side,
    hasher: &hashbrown::DefaultHashBuilder,
    query: &str,
) -> Vec<(u32, NameMatch)> {
    let mut query: Vec<&str> = words(query).collect();
    crate::work::steps(query.len());
    query.sort_unstable();
    query.dedup();
    let mut asked: Vec<(usize, Asked<'_>)> = query
        .iter()
        .map(|&word| {
            let keyed = (word.chars().count() >= 3).then(|| {
                let key = spelling_key(word);
                let span = side.keys.span(&key);
                (key, span)
            });
            let a = Asked {
                word,
                folded: folded.span(word),
                keyed,
            };
            (
                a.folded.len() + a.keyed.as_ref().map_or(0, |k| k.1.len()),
                a,
            )
        })
        .collect();
    asked.sort_unstable_by(|x, y| (x.0, x.1.word).cmp(&(y.0, y.1.word)));
    let Some(((_, rarest), others)) = asked.split_first() else {
        return Vec::new();
    };
    let mut result = word_hits(folded, side, hasher, rarest.word);
    for (_, word) in others {
        if result.is_empty() {
            break;
        }
        crate::work::steps(result.len());
        result = result
            .into_iter()
            .filter_map(|(o, rank)| Some((o, rank.max(owner_rank(folded, side, o, word)?))))
            .collect();
    }
    result
}

/// Ranks the owners found (exact whole names promoted), best first, each rank in document
/// order.
fn sorted<T>(
    mut found: Vec<(u32, NameMatch)>,
    exact: impl Fn(usize) -> bool,
    record: impl Fn(usize) -> T,
) -> Vec<Found<T>> {
    for (o, rank) in &mut found {
        if *rank == NameMatch::Folded && exact(*o as usize) {
            *rank = NameMatch::Exact;
        }
    }
    found.sort_by_key(|&(o, rank)| (rank, o));
    found
        .into_iter()
        .map(|(o, rank)| Found {
            record: record(o as usize),
            rank,
        })
        .collect()
}

impl Registry {
    /// The officials whose names match `query` in any spelling, ranked best first, each
    /// rank in document order; the ranks and what each matches are in [`NameMatch`].
    ///
    /// Cost: O(q log q + w (log n + k)) to split the query into its q words and look up
    /// the w distinct ones (k letters each, at most 32 compared one letter off), plus, for
    /// the rarest word (by the entries it begins, folded and as spelling keys), O(k² + e)
    /// for those e entries and the words one letter away, plus O(c·w·m·k) to check each other
    /// word among the names of the c records the rarest matched, of m words each.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # use multilateral::registry::NameMatch;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/iaea-director-general-2019.json"))?;
    /// // The report spells him "Rafael Mariano Grossi"; a typo and a transliteration still find him.
    /// let found = registry.search_officials("Rafael Grosi");
    /// assert_eq!(found[0].record.name.as_str(), "Rafael Mariano Grossi");
    /// assert_eq!(found[0].rank, NameMatch::Transliterated);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn search_officials(&self, query: &str) -> Vec<Found<OfficialRef<'_>>> {
        let q = fold(query);
        let h = self.names.hash(&q);
        let n = &self.names;
        let found = ranked(&n.officials, &n.spelling.officials, &n.spelling.hasher, &q);
        sorted(
            found,
            |i| n.official_exact.get(i) == Some(&h) && fold(&OfficialRef::new(self, i).name) == q,
            |i| OfficialRef::new(self, i),
        )
    }

    /// The organizations whose name, acronym or other names match `query` in any spelling,
    /// ranked as [`search_officials`](Self::search_officials) ranks, at the same cost.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let found = registry.search_organizations("Internatinal Organization for Migration");
    /// assert_eq!(found[0].record.id().as_str(), "iom");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn search_organizations(&self, query: &str) -> Vec<Found<OrganizationRef<'_>>> {
        let q = fold(query);
        let h = self.names.hash(&q);
        let n = &self.names;
        let found = ranked(
            &n.organizations,
            &n.spelling.organizations,
            &n.spelling.hasher,
            &q,
        );
        sorted(
            found,
            |i| {
                let o = OrganizationRef::new(self, i);
                let Some(&[name, acronym]) = n.organization_exact.get(i) else {
                    return false;
                };
                (name == h && fold(&o.name) == q)
                    || (acronym == h && o.acronym.as_ref().is_some_and(|a| fold(a) == q))
            },
            |i| OrganizationRef::new(self, i),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The search as it was first written, the specification the candidates' checks must
    /// meet: each distinct word's hits built whole, the lists intersected.
    fn ranked_by_intersection(
        folded: &WordList,
        side: &Side,
        hasher: &hashbrown::DefaultHashBuilder,
        query: &str,
    ) -> Vec<(u32, NameMatch)> {
        let mut query: Vec<&str> = words(query).collect();
        query.sort_unstable();
        query.dedup();
        let mut result: Option<Vec<(u32, NameMatch)>> = None;
        for word in query {
            let hits = word_hits(folded, side, hasher, word);
            result = Some(match result {
                None => hits,
                Some(so_far) => so_far
                    .into_iter()
                    .filter_map(|(o, rank)| {
                        let i = hits.binary_search_by_key(&o, |&(x, _)| x).ok()?;
                        Some((o, rank.max(hits.get(i)?.1)))
                    })
                    .collect(),
            });
        }
        result.unwrap_or_default()
    }

    const SYLLABLES: [&str; 16] = [
        "sa", "ry", "bay", "bai", "gre", "min", "ger", "kra", "hen", "buhl", "bueh", "houn", "hun",
        "gbo", "ou", "u",
    ];

    fn word() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(SYLLABLES.to_vec()), 1..4)
            .prop_map(|s| s.concat())
    }

    fn name() -> impl Strategy<Value = String> {
        prop::collection::vec(word(), 1..4).prop_map(|w| w.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Checking each word among the candidates' own names finds what intersecting every
        /// word's hits finds, with the same ranks.
        #[test]
        fn candidates_checked_by_their_own_words_rank_as_intersected_hits(
            names in prop::collection::vec(name(), 1..40),
            queries in prop::collection::vec(
                prop::collection::vec(word(), 1..4).prop_map(|w| w.join(" ")), 1..8),
        ) {
            let hasher = hashbrown::DefaultHashBuilder::default();
            let folded_names: Vec<(u32, String)> = names
                .iter()
                .enumerate()
                .map(|(i, n)| (i as u32 / 2, fold(n)))
                .collect();
            let folded = WordList::of(&folded_names);
            let side = Side::build(&folded_names, &hasher);
            // Words of the names one letter off (one dropped, one changed), beside another
            // word, so that one-letter matches are asked for the candidates too.
            let mut asked = queries.clone();
            for (i, n) in names.iter().enumerate() {
                let w = n.split(' ').next().unwrap_or_default();
                let chars: Vec<char> = w.chars().collect();
                let at = i % chars.len().max(1);
                let dropped: String = chars.iter().enumerate().filter(|&(j, _)| j != at).map(|(_, c)| c).collect();
                let changed: String = chars.iter().enumerate().map(|(j, &c)| if j == at { 'z' } else { c }).collect();
                let other = names.get(i + 1).and_then(|n| n.split(' ').next_back()).unwrap_or("sa");
                asked.push(format!("{other} {dropped}"));
                asked.push(format!("{changed} {other}"));
                asked.push(changed);
            }
            for q in &asked {
                let q = fold(q);
                // Prefixes of the words too, so that short words and prefixes are asked.
                for cut in [q.len(), q.len().div_ceil(2)] {
                    let Some(q) = q.get(..cut) else { continue };
                    prop_assert_eq!(
                        ranked(&folded, &side, &hasher, q),
                        ranked_by_intersection(&folded, &side, &hasher, q),
                        "query {:?}", q
                    );
                }
            }
        }
    }
}
