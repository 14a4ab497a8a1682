//! Merging one field of two claims about the same record: equal, refined, or in conflict.

use std::collections::HashMap;

use serde::Serialize;

use crate::dataset::Dataset;
use crate::merge::Policy;
use crate::merge::conflict::{Claim, Conflict, Kept};
use crate::source::Source;

/// Where each part of the merged document came from: the document and path of the claim
/// that put it there. Keys are paths in the merged document; a part not listed came with
/// the nearest listed part that contains it.
#[derive(Debug, Default)]
pub(crate) struct Provenance {
    origins: HashMap<String, (usize, String)>,
}

impl Provenance {
    pub(crate) fn note(&mut self, merged: String, input: usize, path: String) {
        self.origins.insert(merged, (input, path));
    }

    /// The document and path the part at `merged` came from. A path's parts are separated
    /// by `/`; the nearest listed ancestor gives the document, and the rest of the path is
    /// appended to its path.
    pub(crate) fn origin(&self, merged: &str) -> (usize, String) {
        let mut prefix = merged;
        loop {
            if let Some((input, path)) = self.origins.get(prefix) {
                let rest = merged.get(prefix.len()..).unwrap_or_default();
                return (*input, format!("{path}{rest}"));
            }
            match prefix.rfind('/') {
                Some(cut) if cut > 0 => prefix = prefix.get(..cut).unwrap_or_default(),
                // Every record's path is noted when it is first added.
                _ => return (0, merged.to_owned()),
            }
        }
    }
}

/// The sources behind the part of a document at `path`: those of the holding (post,
/// membership, chairmanship) it lies in when the holding names its own, else its record's.
pub(crate) fn sources_at(data: &Dataset, path: &str) -> Vec<Source> {
    let mut parts = path.split('/').skip(1);
    let (Some(kind), Some(i)) = (
        parts.next(),
        parts.next().and_then(|i| i.parse::<usize>().ok()),
    ) else {
        return Vec::new();
    };
    let list = parts.next();
    let j = parts.next().and_then(|j| j.parse::<usize>().ok());
    let own = |sources: &[Source]| (!sources.is_empty()).then(|| sources.to_vec());
    let found = match kind {
        "organizations" => data.organizations.get(i).map(|o| {
            let holding = match (list, j) {
                (Some("members"), Some(j)) => o.members.get(j).and_then(|m| own(&m.sources)),
                (Some("chairs"), Some(j)) => o.chairs.get(j).and_then(|c| own(&c.sources)),
                _ => None,
            };
            holding.unwrap_or_else(|| o.sources.to_vec())
        }),
        "officials" => data.officials.get(i).map(|o| {
            let holding = match (list, j) {
                (Some("posts"), Some(j)) => o.posts.get(j).and_then(|p| own(&p.sources)),
                _ => None,
            };
            holding.unwrap_or_else(|| o.sources.to_vec())
        }),
        "dimensions" => data.dimensions.get(i).map(|d| d.sources.to_vec()),
        "mous" => data.mous.get(i).map(|m| m.sources.to_vec()),
        "meetings" => data.meetings.get(i).map(|m| m.sources.to_vec()),
        _ => None,
    };
    found.unwrap_or_default()
}

/// The claims being merged into one record: where the incoming one lies, and where the
/// conflicts go.
pub(crate) struct Fields<'a> {
    pub(crate) policy: Policy,
    pub(crate) conflicts: &'a mut Vec<Conflict>,
    pub(crate) provenance: &'a mut Provenance,
    pub(crate) inputs: &'a [Dataset],
    /// The incoming document.
    pub(crate) input: usize,
}

impl Fields<'_> {
    /// Merges `incoming` (at `path` of the incoming document) into `kept` (at `merged` of
    /// the merged document): equal values agree; `refine` gives the value that says both
    /// when one says more; otherwise it is a conflict, settled by the policy.
    pub(crate) fn value<T: Clone + PartialEq + Serialize>(
        &mut self,
        merged: String,
        path: String,
        kept: &mut T,
        incoming: &T,
        refine: impl Fn(&T, &T) -> Option<T>,
    ) {
        crate::work::step();
        if kept == incoming {
            return;
        }
        match refine(kept, incoming) {
            Some(better) => {
                if better != *kept {
                    if better == *incoming {
                        self.provenance.note(merged, self.input, path);
                    }
                    *kept = better;
                }
            }
            None => self.conflict(merged, path, kept, incoming),
        }
    }

    /// An optional value: an absent one is filled, two present ones merged as [`value`].
    ///
    /// [`value`]: Self::value
    pub(crate) fn option<T: Clone + PartialEq + Serialize>(
        &mut self,
        merged: String,
        path: String,
        kept: &mut Option<T>,
        incoming: &Option<T>,
        refine: impl Fn(&T, &T) -> Option<T>,
    ) {
        match (kept.as_mut(), incoming) {
            (_, None) => {}
            (None, Some(x)) => {
                self.provenance.note(merged, self.input, path);
                *kept = Some(x.clone());
            }
            (Some(k), Some(x)) => self.value(merged, path, k, x, refine),
        }
    }

    /// Records a disagreement and applies the policy.
    pub(crate) fn conflict<T: Clone + Serialize>(
        &mut self,
        merged: String,
        path: String,
        kept: &mut T,
        incoming: &T,
    ) {
        let json = |v: &T| serde_json::to_value(v).unwrap_or(serde_json::Value::Null);
        let (first_input, first_path) = self.provenance.origin(&merged);
        let first_sources = self
            .inputs
            .get(first_input)
            .map(|d| sources_at(d, &first_path))
            .unwrap_or_default();
        let second_sources = self
            .inputs
            .get(self.input)
            .map(|d| sources_at(d, &path))
            .unwrap_or_default();
        let kept_side = match self.policy {
            Policy::KeepSecond => Kept::Second,
            Policy::KeepFirst | Policy::Refuse => Kept::First,
        };
        self.conflicts.push(Conflict {
            path: merged.clone(),
            first: Claim {
                input: first_input,
                path: first_path,
                value: json(kept),
                sources: first_sources,
            },
            second: Claim {
                input: self.input,
                path: path.clone(),
                value: json(incoming),
                sources: second_sources,
            },
            kept: kept_side,
        });
        if kept_side == Kept::Second {
            *kept = incoming.clone();
            self.provenance.note(merged, self.input, path);
        }
    }
}

/// Appends each value of `incoming` that `kept` does not hold yet, in order. O(k + i) for
/// lists of k and i values (each value hashed once, and cloned once more when it is new; the
/// boxed slice is turned into a `Vec` and back once, whatever the number of new values).
pub(crate) fn union<T: Clone + Eq + std::hash::Hash>(kept: &mut Box<[T]>, incoming: &[T]) {
    if incoming.is_empty() {
        return;
    }
    let mut seen: std::collections::HashSet<T> = kept.iter().cloned().collect();
    crate::work::steps(kept.len() + incoming.len());
    let mut list = std::mem::take(kept).into_vec();
    for x in incoming {
        if seen.insert(x.clone()) {
            list.push(x.clone());
        }
    }
    *kept = list.into_boxed_slice();
}
