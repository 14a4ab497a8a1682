//! Merging two claims about one record, kind by kind, and the lists inside records.

use std::collections::HashMap;
use std::hash::Hash;

use crate::dimension::{Coordinator, Dimension};
use crate::fold::fold_name;
use crate::meeting::{Location, Meeting, MeetingKind, Outcome, Participant};
use crate::merge::fields::{Fields, union};
use crate::merge::refine;
use crate::mou::Mou;
use crate::names::OtherName;
use crate::official::{Official, Post};
use crate::organization::{Chairmanship, Membership, Organization, OrganizationKind, Place};
use crate::period::{Extent, Period};
use crate::text::Text;

/// Paths of one record in the merged and in the incoming document.
#[derive(Clone)]
pub(crate) struct At {
    pub(crate) merged: String,
    pub(crate) incoming: String,
}

impl At {
    fn field(&self, name: &str) -> At {
        At {
            merged: format!("{}/{name}", self.merged),
            incoming: format!("{}/{name}", self.incoming),
        }
    }
}

/// Whether two holdings with the same key are one holding: the days each may span meet,
/// and their starts or their ends agree (a term whose end one source gives and another
/// contradicts is one term in conflict; consecutive terms, which share at most the
/// handover day and whose starts and ends both differ, are two).
fn same_holding(a: (&Period, Extent), b: (&Period, Extent)) -> bool {
    let (x, y) = (a.1.bounds(), b.1.bounds());
    let meet = x.0 <= y.1 && y.0 <= x.1;
    meet && (refine::bound(&a.0.start(), &b.0.start()).is_some()
        || refine::bound(&a.0.end(), &b.0.end()).is_some())
}

/// Texts that say the same once folded (case, accents, spacing) agree, the first kept.
fn same_text(a: &Text, b: &Text) -> Option<Text> {
    (fold_name(a) == fold_name(b)).then(|| a.clone())
}

/// A kind refined from "other" to a named one.
fn org_kind(a: &OrganizationKind, b: &OrganizationKind) -> Option<OrganizationKind> {
    match (a, b) {
        _ if a == b => Some(*a),
        (OrganizationKind::Other, x) | (x, OrganizationKind::Other) => Some(*x),
        _ => None,
    }
}

fn meeting_kind(a: &MeetingKind, b: &MeetingKind) -> Option<MeetingKind> {
    match (a, b) {
        _ if a == b => Some(*a),
        (MeetingKind::Other, x) | (x, MeetingKind::Other) => Some(*x),
        _ => None,
    }
}

/// Two places agree when their countries are one and their cities do not differ.
fn place(a: &Place, b: &Place) -> Option<Place> {
    if a.country != b.country {
        return None;
    }
    let city = match (&a.city, &b.city) {
        (Some(x), Some(y)) => Some(same_text(x, y)?),
        (x, y) => x.clone().or_else(|| y.clone()),
    };
    Some(Place {
        city,
        country: a.country,
    })
}

/// Two locations agree when no part of one differs from the same part of the other; the
/// merged one has every part either gives.
fn location(a: &Location, b: &Location) -> Option<Location> {
    fn part(x: &Option<Text>, y: &Option<Text>) -> Option<Option<Text>> {
        match (x, y) {
            (Some(x), Some(y)) => same_text(x, y).map(Some),
            (x, y) => Some(x.clone().or_else(|| y.clone())),
        }
    }
    let country = match (a.country, b.country) {
        (Some(x), Some(y)) if x != y => return None,
        (x, y) => x.or(y),
    };
    Some(Location {
        venue: part(&a.venue, &b.venue)?,
        city: part(&a.city, &b.city)?,
        country,
        online: a.online || b.online,
    })
}

/// A name: another spelling is not a disagreement but another name of the same record, kept
/// among its other names (the policy decides which spelling stays the name).
fn name(fields: &Fields<'_>, kept: &mut Text, others: &mut Box<[OtherName]>, incoming: &Text) {
    if fold_name(kept) == fold_name(incoming) {
        return;
    }
    let other = if fields.policy == crate::merge::Policy::KeepSecond {
        std::mem::replace(kept, incoming.clone())
    } else {
        incoming.clone()
    };
    if !others.iter().any(|o| o.name == other) {
        crate::list::push(others, OtherName::new(other));
    }
}

/// The most kept elements of one key an incoming element is compared with.
pub(crate) const MAX_SAME_KEY: usize = 64;

/// Merges the incoming elements of a list into the kept ones: an element is the same as a
/// kept one with the same `key` that `same` accepts, and merged into it when there is only
/// one such (or it equals one of them); otherwise it is appended. `first_wins` merges an
/// element into the first candidate instead of appending it when several match.
///
/// An element equal to a kept one is found by its hash. Otherwise it is compared with the
/// kept elements of its key, when there are at most [`MAX_SAME_KEY`] of them; with more (a
/// list no report writes: hundreds of terms of one post), it is appended.
///
/// Cost: O(k + i · MAX_SAME_KEY) for k kept and i incoming elements (the boxed slice is
/// turned into a `Vec` and back once).
#[allow(clippy::too_many_arguments)]
fn keyed<T: Clone + PartialEq + Hash, K: Hash + Eq>(
    fields: &mut Fields<'_>,
    at: &At,
    kept: &mut Box<[T]>,
    incoming: &[T],
    key: impl Fn(&T) -> K,
    same: impl Fn(&T, &T) -> bool,
    first_wins: bool,
    mut merge: impl FnMut(&mut Fields<'_>, &At, &mut T, &T),
) {
    use std::hash::BuildHasher;
    let hasher = hashbrown::DefaultHashBuilder::default();
    let mut held = std::mem::take(kept).into_vec();
    let mut by_key: HashMap<K, Vec<usize>> = HashMap::new();
    let mut by_hash: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, x) in held.iter().enumerate() {
        crate::work::step();
        by_key.entry(key(x)).or_default().push(i);
        by_hash.entry(hasher.hash_one(x)).or_default().push(i);
    }
    let before = held.len();
    for (j, x) in incoming.iter().enumerate() {
        crate::work::step();
        let equal = by_hash
            .get(&hasher.hash_one(x))
            .and_then(|list| list.iter().copied().find(|&i| held.get(i) == Some(x)));
        if equal.is_some() {
            continue;
        }
        let candidates: Vec<usize> = match by_key.get(&key(x)) {
            Some(list) if list.len() <= MAX_SAME_KEY => {
                crate::work::steps(list.len());
                list.iter()
                    .copied()
                    .filter(|&i| held.get(i).is_some_and(|k| same(k, x)))
                    .collect()
            }
            _ => Vec::new(),
        };
        let target = match *candidates.as_slice() {
            [i] => Some(i),
            [i, ..] if first_wins => Some(i),
            _ => None,
        };
        let elem = At {
            merged: format!("{}/{}", at.merged, target.unwrap_or(held.len())),
            incoming: format!("{}/{j}", at.incoming),
        };
        match target.and_then(|i| held.get_mut(i)) {
            Some(k) => merge(fields, &elem, k, x),
            None => {
                fields
                    .provenance
                    .note(elem.merged, fields.input, elem.incoming);
                held.push(x.clone());
            }
        }
    }
    debug_assert!(held.len() >= before);
    *kept = held.into_boxed_slice();
}

fn period(fields: &mut Fields<'_>, at: &At, kept: &mut Period, incoming: &Period) {
    let at = at.field("period");
    fields.value(at.merged, at.incoming, kept, incoming, refine::period);
}

fn post(fields: &mut Fields<'_>, at: &At, kept: &mut Post, x: &Post) {
    let f = |n| at.field(n);
    let a = f("title");
    fields.option(a.merged, a.incoming, &mut kept.title, &x.title, same_text);
    kept.acting |= x.acting;
    period(fields, at, &mut kept.period, &x.period);
    let a = f("term");
    fields.option(a.merged, a.incoming, &mut kept.term, &x.term, refine::equal);
    union(&mut kept.attested, &x.attested);
    let a = f("decided_at");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.decided_at,
        &x.decided_at,
        refine::equal,
    );
    union(&mut kept.sources, &x.sources);
}

fn membership(fields: &mut Fields<'_>, at: &At, kept: &mut Membership, x: &Membership) {
    period(fields, at, &mut kept.period, &x.period);
    kept.founding |= x.founding;
    union(&mut kept.attested, &x.attested);
    let a = at.field("decided_at");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.decided_at,
        &x.decided_at,
        refine::equal,
    );
    union(&mut kept.sources, &x.sources);
}

fn chairmanship(fields: &mut Fields<'_>, at: &At, kept: &mut Chairmanship, x: &Chairmanship) {
    let f = |n| at.field(n);
    let a = f("official");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.official,
        &x.official,
        refine::equal,
    );
    let a = f("theme");
    fields.option(a.merged, a.incoming, &mut kept.theme, &x.theme, same_text);
    period(fields, at, &mut kept.period, &x.period);
    let a = f("term");
    fields.option(a.merged, a.incoming, &mut kept.term, &x.term, refine::equal);
    union(&mut kept.attested, &x.attested);
    let a = f("decided_at");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.decided_at,
        &x.decided_at,
        refine::equal,
    );
    union(&mut kept.sources, &x.sources);
}

/// Merges an incoming organization into the kept one with the same id.
pub(crate) fn organization(
    fields: &mut Fields<'_>,
    at: &At,
    kept: &mut Organization,
    x: &Organization,
) {
    let f = |n| at.field(n);
    name(fields, &mut kept.name, &mut kept.other_names, &x.name);
    union(&mut kept.aliases, &x.aliases);
    let a = f("acronym");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.acronym,
        &x.acronym,
        same_text,
    );
    let a = f("description");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.description,
        &x.description,
        same_text,
    );
    union(&mut kept.other_names, &x.other_names);
    let a = f("kind");
    fields.value(a.merged, a.incoming, &mut kept.kind, &x.kind, org_kind);
    let a = f("country");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.country,
        &x.country,
        refine::equal,
    );
    let a = f("parent");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.parent,
        &x.parent,
        refine::equal,
    );
    let a = f("headquarters");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.headquarters,
        &x.headquarters,
        place,
    );
    let a = f("founded");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.founded,
        &x.founded,
        refine::date,
    );
    let a = f("dissolved");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.dissolved,
        &x.dissolved,
        refine::date,
    );
    keyed(
        fields,
        &f("members"),
        &mut kept.members,
        &x.members,
        |m| (m.party.clone(), m.status),
        |a, b| same_holding((&a.period, a.extent()), (&b.period, b.extent())),
        false,
        membership,
    );
    keyed(
        fields,
        &f("chairs"),
        &mut kept.chairs,
        &x.chairs,
        |c| c.country,
        |a, b| same_holding((&a.period, a.extent()), (&b.period, b.extent())),
        false,
        chairmanship,
    );
    union(&mut kept.identifiers, &x.identifiers);
    union(&mut kept.sources, &x.sources);
}

/// Merges an incoming official into the kept one with the same id.
pub(crate) fn official(fields: &mut Fields<'_>, at: &At, kept: &mut Official, x: &Official) {
    let f = |n| at.field(n);
    name(fields, &mut kept.name, &mut kept.other_names, &x.name);
    union(&mut kept.aliases, &x.aliases);
    let a = f("given_name");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.given_name,
        &x.given_name,
        same_text,
    );
    let a = f("family_name");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.family_name,
        &x.family_name,
        same_text,
    );
    union(&mut kept.other_names, &x.other_names);
    let a = f("honorific");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.honorific,
        &x.honorific,
        same_text,
    );
    let a = f("nationality");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.nationality,
        &x.nationality,
        refine::equal,
    );
    keyed(
        fields,
        &f("posts"),
        &mut kept.posts,
        &x.posts,
        |p| (p.organization.clone(), p.role),
        |a, b| {
            let titles = match (&a.title, &b.title) {
                (Some(x), Some(y)) => same_text(x, y).is_some(),
                _ => true,
            };
            titles && same_holding((&a.period, a.extent()), (&b.period, b.extent()))
        },
        false,
        post,
    );
    union(&mut kept.identifiers, &x.identifiers);
    union(&mut kept.sources, &x.sources);
}

fn coordinator(fields: &mut Fields<'_>, at: &At, kept: &mut Coordinator, x: &Coordinator) {
    period(fields, at, &mut kept.period, &x.period);
}

/// Merges an incoming dimension into the kept one with the same id.
pub(crate) fn dimension(fields: &mut Fields<'_>, at: &At, kept: &mut Dimension, x: &Dimension) {
    let f = |n| at.field(n);
    union(&mut kept.aliases, &x.aliases);
    let a = f("organization");
    fields.value(
        a.merged,
        a.incoming,
        &mut kept.organization,
        &x.organization,
        refine::equal,
    );
    let a = f("name");
    fields.value(a.merged, a.incoming, &mut kept.name, &x.name, same_text);
    let a = f("description");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.description,
        &x.description,
        same_text,
    );
    let a = f("parent");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.parent,
        &x.parent,
        refine::equal,
    );
    keyed(
        fields,
        &f("coordinators"),
        &mut kept.coordinators,
        &x.coordinators,
        |c| (c.country, c.role),
        |a, b| a.period.may_overlap(&b.period),
        false,
        coordinator,
    );
    union(&mut kept.sources, &x.sources);
}

/// Merges an incoming MoU into the kept one with the same id.
pub(crate) fn mou(fields: &mut Fields<'_>, at: &At, kept: &mut Mou, x: &Mou) {
    let f = |n| at.field(n);
    union(&mut kept.aliases, &x.aliases);
    let a = f("title");
    fields.value(a.merged, a.incoming, &mut kept.title, &x.title, same_text);
    union(&mut kept.parties, &x.parties);
    union(&mut kept.signatories, &x.signatories);
    let a = f("status");
    fields.value(
        a.merged,
        a.incoming,
        &mut kept.status,
        &x.status,
        refine::mou_status,
    );
    let a = f("signed");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.signed,
        &x.signed,
        refine::date,
    );
    let a = f("effective");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.effective,
        &x.effective,
        refine::date,
    );
    let a = f("expires");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.expires,
        &x.expires,
        refine::date,
    );
    let a = f("signed_at");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.signed_at,
        &x.signed_at,
        refine::equal,
    );
    union(&mut kept.areas, &x.areas);
    union(&mut kept.dimensions, &x.dimensions);
    union(&mut kept.sources, &x.sources);
}

/// Participants are the same only when party, official and role are: nothing else to merge.
fn participant(_: &mut Fields<'_>, _: &At, _: &mut Participant, _: &Participant) {}

fn outcome(fields: &mut Fields<'_>, at: &At, kept: &mut Outcome, x: &Outcome) {
    let f = |n| at.field(n);
    let a = f("mou");
    fields.option(a.merged, a.incoming, &mut kept.mou, &x.mou, refine::equal);
    let a = f("official");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.official,
        &x.official,
        refine::equal,
    );
    let a = f("method");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.method,
        &x.method,
        refine::equal,
    );
}

/// Merges an incoming meeting into the kept one with the same id.
pub(crate) fn meeting(fields: &mut Fields<'_>, at: &At, kept: &mut Meeting, x: &Meeting) {
    let f = |n| at.field(n);
    union(&mut kept.aliases, &x.aliases);
    let a = f("title");
    fields.value(a.merged, a.incoming, &mut kept.title, &x.title, same_text);
    let a = f("kind");
    fields.value(a.merged, a.incoming, &mut kept.kind, &x.kind, meeting_kind);
    let a = f("status");
    fields.value(
        a.merged,
        a.incoming,
        &mut kept.status,
        &x.status,
        refine::meeting_status,
    );
    let a = f("when");
    fields.value(
        a.merged,
        a.incoming,
        &mut kept.when,
        &x.when,
        refine::period,
    );
    let a = f("theme");
    fields.option(a.merged, a.incoming, &mut kept.theme, &x.theme, same_text);
    let a = f("session_of");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.session_of,
        &x.session_of,
        refine::equal,
    );
    let a = f("days");
    fields.option(a.merged, a.incoming, &mut kept.days, &x.days, refine::equal);
    let a = f("recurrence");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.recurrence,
        &x.recurrence,
        refine::equal,
    );
    let a = f("location");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.location,
        &x.location,
        location,
    );
    keyed(
        fields,
        &f("participants"),
        &mut kept.participants,
        &x.participants,
        |p| (p.party.clone(), p.official.clone(), p.role),
        |_, _| true,
        true,
        participant,
    );
    union(&mut kept.relations, &x.relations);
    union(&mut kept.topics, &x.topics);
    union(&mut kept.dimensions, &x.dimensions);
    union(&mut kept.mous, &x.mous);
    keyed(
        fields,
        &f("outcomes"),
        &mut kept.outcomes,
        &x.outcomes,
        |o| (o.kind, fold_name(&o.text)),
        |_, _| true,
        true,
        outcome,
    );
    let a = f("summary");
    fields.option(
        a.merged,
        a.incoming,
        &mut kept.summary,
        &x.summary,
        same_text,
    );
    union(&mut kept.sources, &x.sources);
}
