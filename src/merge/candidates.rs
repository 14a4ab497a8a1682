//! Records that may be the same: a report of likely duplicates, never merged automatically.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::BuildHasher;

use crate::country::CountryCode;
use crate::dataset::Dataset;
use crate::fold::{fold_name, words};
use crate::id::OrganizationId;
use crate::organization::OrganizationKind;
use crate::translit::spelling_key;

/// The two records of a [`Candidate`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Pair {
    /// Two officials, at these indices of the dataset's `officials`.
    Officials(usize, usize),
    /// Two organizations, at these indices of the dataset's `organizations`.
    Organizations(usize, usize),
}

/// Why two records may be the same.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Evidence {
    /// A name of each is the same once folded (case, accents, punctuation, word order).
    SameName {
        /// The first record's name.
        first: String,
        /// The second record's name.
        second: String,
    },
    /// A name of each is spelled the same way once transliterated (Sarybay, Sarybai).
    SameSpelling {
        /// The first record's name.
        first: String,
        /// The second record's name.
        second: String,
    },
    /// A name of each differs by one letter (added, dropped, changed or two swapped) in one
    /// word of 5 to 32 letters and no digit, all other words agreeing.
    OneLetter {
        /// The first record's name.
        first: String,
        /// The second record's name.
        second: String,
    },
    /// Both officials held a post at this organization.
    SharedOrganization(OrganizationId),
    /// Both officials have this nationality.
    SameNationality(CountryCode),
    /// Both organizations belong to this country.
    SameCountry(CountryCode),
    /// Both organizations are of this kind.
    SameKind(OrganizationKind),
    /// Both organizations are bodies of this one.
    SameParent(OrganizationId),
    /// Both organizations have this acronym.
    SameAcronym(String),
}

/// Two records that may be the same, with a score from 0 to 1 and the evidence for it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Candidate {
    /// The records.
    pub pair: Pair,
    /// How likely they are one: the name evidence (0.7 for the same folded name, 0.6 for
    /// the same spelling key, 0.5 for one letter apart) plus 0.2 for a shared organization
    /// and 0.1 for each other agreement, at most 1.
    pub score: f32,
    /// Everything that points to one record, the name evidence first.
    pub evidence: Vec<Evidence>,
}

impl Candidate {
    /// The JSON pointers of the two records: `/officials/3` and `/officials/7`.
    pub fn paths(&self) -> (String, String) {
        match self.pair {
            Pair::Officials(a, b) => (format!("/officials/{a}"), format!("/officials/{b}")),
            Pair::Organizations(a, b) => {
                (format!("/organizations/{a}"), format!("/organizations/{b}"))
            }
        }
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::SameName { first, second } => write!(f, "same name ({first} / {second})"),
            Evidence::SameSpelling { first, second } => {
                write!(f, "same name transliterated ({first} / {second})")
            }
            Evidence::OneLetter { first, second } => {
                write!(f, "names one letter apart ({first} / {second})")
            }
            Evidence::SharedOrganization(o) => write!(f, "both held posts at {o}"),
            Evidence::SameNationality(c) => write!(f, "same nationality {c}"),
            Evidence::SameCountry(c) => write!(f, "same country {c}"),
            Evidence::SameKind(k) => write!(f, "same kind {k}"),
            Evidence::SameParent(o) => write!(f, "bodies of {o}"),
            Evidence::SameAcronym(a) => write!(f, "same acronym {a}"),
        }
    }
}

impl fmt::Display for Candidate {
    /// `/officials/3: candidate-duplicate: may be /officials/7 (score 0.90): …`, the line the
    /// merge example prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = self.paths();
        write!(
            f,
            "{a}: candidate-duplicate: may be {b} (score {:.2})",
            self.score
        )?;
        for (i, e) in self.evidence.iter().enumerate() {
            f.write_str(if i == 0 { ": " } else { "; " })?;
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// A block with more records than this is a name too common to be evidence: its records are
/// not paired on it.
pub const MAX_BLOCK: usize = 64;

/// How two names agree, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NameMatch {
    Folded,
    Spelling,
    OneLetter,
}

/// One name of a record, in the forms blocks compare.
struct Name {
    record: usize,
    text: String,
    /// The folded words, sorted.
    folded: Vec<String>,
    /// The spelling keys of the words, sorted.
    keys: Vec<String>,
}

impl Name {
    fn new(record: usize, text: &str) -> Self {
        let folded_text = fold_name(text);
        let mut folded: Vec<String> = words(&folded_text).map(str::to_owned).collect();
        folded.sort_unstable();
        let mut keys: Vec<String> = folded.iter().map(|w| spelling_key(w)).collect();
        keys.sort_unstable();
        Self {
            record,
            text: text.to_owned(),
            folded,
            keys,
        }
    }
}

/// Whether the keys differ in one word of five letters or more, by one letter.
fn one_letter_apart(a: &[String], b: &[String]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let differing: Vec<(&String, &String)> = a.iter().zip(b).filter(|(x, y)| x != y).collect();
    match differing.as_slice() {
        [(x, y)] => {
            x.chars().count() >= 5 && y.chars().count() >= 5 && strsim::osa_distance(x, y) == 1
        }
        _ => false,
    }
}

/// The pairs of names that share a block, each pair of records once with its best match.
/// Blocks: the folded words, the spelling keys, and for each word of five letters or more,
/// the spelling keys with that word missing one letter (or whole), hashed.
fn name_pairs(names: &[Name]) -> HashMap<(usize, usize), (NameMatch, usize, usize)> {
    let hasher = hashbrown::DefaultHashBuilder::default();
    let mut blocks: HashMap<u64, Vec<usize>> = HashMap::new();
    for (n, name) in names.iter().enumerate() {
        let mut keys: HashSet<u64> = HashSet::new();
        keys.insert(hasher.hash_one((0u8, &name.folded)));
        keys.insert(hasher.hash_one((1u8, &name.keys)));
        for (w, word) in name.keys.iter().enumerate() {
            if !crate::registry::slips(word) {
                continue;
            }
            let letters: Vec<char> = word.chars().collect();
            for skip in 0..=letters.len() {
                crate::work::step();
                let shorter: String = letters
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != skip)
                    .map(|(_, c)| *c)
                    .collect();
                keys.insert(hasher.hash_one((2u8, w, &shorter, rest(&name.keys, w))));
            }
        }
        for k in keys {
            blocks.entry(k).or_default().push(n);
        }
    }
    let mut pairs: HashMap<(usize, usize), (NameMatch, usize, usize)> = HashMap::new();
    for block in blocks.values().filter(|b| b.len() <= MAX_BLOCK) {
        for (i, &x) in block.iter().enumerate() {
            for &y in block.get(i + 1..).unwrap_or_default() {
                crate::work::step();
                let (Some(a), Some(b)) = (names.get(x), names.get(y)) else {
                    continue;
                };
                if a.record == b.record {
                    continue;
                }
                let found = if a.folded == b.folded {
                    NameMatch::Folded
                } else if a.keys == b.keys {
                    NameMatch::Spelling
                } else if one_letter_apart(&a.keys, &b.keys) {
                    NameMatch::OneLetter
                } else {
                    continue;
                };
                let (lo, hi) = if a.record < b.record { (x, y) } else { (y, x) };
                let key = (a.record.min(b.record), a.record.max(b.record));
                let entry = pairs.entry(key).or_insert((found, lo, hi));
                if found < entry.0 {
                    *entry = (found, lo, hi);
                }
            }
        }
    }
    pairs
}

/// The other words of a name, for the one-letter blocks: a word may differ only when the
/// others agree.
fn rest(keys: &[String], skip: usize) -> Vec<&String> {
    keys.iter()
        .enumerate()
        .filter(|&(i, _)| i != skip)
        .map(|(_, k)| k)
        .collect()
}

fn name_evidence(found: NameMatch, first: &Name, second: &Name) -> (f32, Evidence) {
    let (first, second) = (first.text.clone(), second.text.clone());
    match found {
        NameMatch::Folded => (0.7, Evidence::SameName { first, second }),
        NameMatch::Spelling => (0.6, Evidence::SameSpelling { first, second }),
        NameMatch::OneLetter => (0.5, Evidence::OneLetter { first, second }),
    }
}

/// The officials and organizations of `data` that may be the same record: a name of each
/// agrees once folded or transliterated, or lies one letter apart in a word of five letters
/// or more, and nothing else they say disagrees (officials: no two nationalities;
/// organizations: no two kinds other than `other`, no two countries). Best score first.
///
/// Names are blocked (by their folded words, spelling keys, and keys missing a letter), so
/// records are compared only within a block, and a block of more than [`MAX_BLOCK`] records
/// (a name too common to be evidence) is not compared. Cost: O(n · l) to block n names of
/// l letters, plus at most MAX_BLOCK² comparisons per block.
///
/// ```
/// use multilateral::Dataset;
/// use multilateral::merge::candidates;
///
/// let data = Dataset::from_json(r#"{"schema_version": "2.0", "officials": [
///     {"id": "kairat-sarybay", "name": "Kairat Sarybay", "nationality": "KZ"},
///     {"id": "k-sarybai", "name": "Kairat Sarybai"}]}"#)?;
/// let found = candidates(&data);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].to_string(),
///     "/officials/0: candidate-duplicate: may be /officials/1 (score 0.60): \
///      same name transliterated (Kairat Sarybay / Kairat Sarybai)");
/// # Ok::<(), multilateral::ParseError>(())
/// ```
pub fn candidates(data: &Dataset) -> Vec<Candidate> {
    let mut out = Vec::new();
    officials(data, &mut out);
    organizations(data, &mut out);
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.paths().cmp(&b.paths()))
    });
    out
}

fn officials(data: &Dataset, out: &mut Vec<Candidate>) {
    let names: Vec<Name> = data
        .officials
        .iter()
        .enumerate()
        .flat_map(|(i, o)| {
            std::iter::once(Name::new(i, &o.name))
                .chain(o.other_names.iter().map(move |n| Name::new(i, &n.name)))
        })
        .collect();
    for ((a, b), (found, x, y)) in name_pairs(&names) {
        let (Some(p), Some(q)) = (data.officials.get(a), data.officials.get(b)) else {
            continue;
        };
        let mut evidence = Vec::new();
        let (Some(first), Some(second)) = (names.get(x), names.get(y)) else {
            continue;
        };
        let (mut score, e) = name_evidence(found, first, second);
        evidence.push(e);
        match (p.nationality, q.nationality) {
            (Some(x), Some(y)) if x != y => continue,
            (Some(x), Some(_)) => {
                score += 0.1;
                evidence.push(Evidence::SameNationality(x));
            }
            _ => {}
        }
        let theirs: HashSet<&OrganizationId> = q.posts.iter().map(|p| &p.organization).collect();
        if let Some(shared) = p
            .posts
            .iter()
            .map(|p| &p.organization)
            .find(|o| theirs.contains(o))
        {
            score += 0.2;
            evidence.push(Evidence::SharedOrganization(shared.clone()));
        }
        out.push(Candidate {
            pair: Pair::Officials(a, b),
            score: score.min(1.0),
            evidence,
        });
    }
}

fn organizations(data: &Dataset, out: &mut Vec<Candidate>) {
    let names: Vec<Name> = data
        .organizations
        .iter()
        .enumerate()
        .flat_map(|(i, o)| {
            std::iter::once(Name::new(i, &o.name))
                .chain(o.other_names.iter().map(move |n| Name::new(i, &n.name)))
        })
        .collect();
    for ((a, b), (found, x, y)) in name_pairs(&names) {
        let (Some(p), Some(q)) = (data.organizations.get(a), data.organizations.get(b)) else {
            continue;
        };
        let (Some(first), Some(second)) = (names.get(x), names.get(y)) else {
            continue;
        };
        let (mut score, e) = name_evidence(found, first, second);
        let mut evidence = vec![e];
        let other = OrganizationKind::Other;
        if p.kind != q.kind && p.kind != other && q.kind != other {
            continue;
        }
        match (p.country, q.country) {
            (Some(x), Some(y)) if x != y => continue,
            (Some(x), Some(_)) => {
                score += 0.1;
                evidence.push(Evidence::SameCountry(x));
            }
            _ => {}
        }
        if p.kind == q.kind {
            score += 0.1;
            evidence.push(Evidence::SameKind(p.kind));
        }
        if let (Some(x), Some(y)) = (&p.parent, &q.parent) {
            if x == y {
                score += 0.1;
                evidence.push(Evidence::SameParent(x.clone()));
            }
        }
        if let (Some(x), Some(y)) = (&p.acronym, &q.acronym) {
            if fold_name(x) == fold_name(y) {
                score += 0.1;
                evidence.push(Evidence::SameAcronym(x.to_string()));
            }
        }
        out.push(Candidate {
            pair: Pair::Organizations(a, b),
            score: score.min(1.0),
            evidence,
        });
    }
}
