//! Saying that two ids name one record, and rewriting documents to one id per record.

use std::collections::HashMap;
use std::hash::Hash;

use crate::dataset::Dataset;
use crate::id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
use crate::party::Party;

/// Ids that name the same record in different documents: `greminger` in one report and
/// `thomas-greminger` in another. Each statement makes the first id an alias of the second
/// (the canonical id). Records also say it themselves, with their
/// [`aliases`](crate::Official::aliases): a record's own id is canonical over its aliases.
///
/// ```
/// use multilateral::merge::SameAs;
/// use multilateral::OfficialId;
///
/// let same = SameAs::new().official(
///     OfficialId::from_static("greminger"),
///     OfficialId::from_static("thomas-greminger"),
/// );
/// assert_eq!(same.len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SameAs {
    organizations: Vec<(OrganizationId, OrganizationId)>,
    officials: Vec<(OfficialId, OfficialId)>,
    meetings: Vec<(MeetingId, MeetingId)>,
    mous: Vec<(MouId, MouId)>,
    dimensions: Vec<(DimensionId, DimensionId)>,
}

impl SameAs {
    /// No statements.
    pub fn new() -> Self {
        Self::default()
    }

    /// `alias` names the organization `canonical` names.
    pub fn organization(mut self, alias: OrganizationId, canonical: OrganizationId) -> Self {
        self.organizations.push((alias, canonical));
        self
    }

    /// `alias` names the official `canonical` names.
    pub fn official(mut self, alias: OfficialId, canonical: OfficialId) -> Self {
        self.officials.push((alias, canonical));
        self
    }

    /// `alias` names the meeting `canonical` names.
    pub fn meeting(mut self, alias: MeetingId, canonical: MeetingId) -> Self {
        self.meetings.push((alias, canonical));
        self
    }

    /// `alias` names the MoU `canonical` names.
    pub fn mou(mut self, alias: MouId, canonical: MouId) -> Self {
        self.mous.push((alias, canonical));
        self
    }

    /// `alias` names the dimension `canonical` names.
    pub fn dimension(mut self, alias: DimensionId, canonical: DimensionId) -> Self {
        self.dimensions.push((alias, canonical));
        self
    }

    /// The number of statements.
    pub fn len(&self) -> usize {
        self.organizations.len()
            + self.officials.len()
            + self.meetings.len()
            + self.mous.len()
            + self.dimensions.len()
    }

    /// Whether there is no statement.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The canonical id of each id of one kind: a forest in which each alias points towards the
/// id that stands for it. The first statement that joins two ids decides which is canonical.
#[derive(Debug)]
struct Canon<Id> {
    parent: HashMap<Id, Id>,
}

impl<Id: Clone + Eq + Hash> Canon<Id> {
    fn new() -> Self {
        Self {
            parent: HashMap::new(),
        }
    }

    fn root(&self, id: &Id) -> Id {
        let mut at = id;
        // Each step goes up the forest, and `join` never makes a cycle.
        while let Some(up) = self.parent.get(at) {
            at = up;
        }
        at.clone()
    }

    /// Makes `alias` (and every id it stands for) an alias of `canonical`'s id.
    fn join(&mut self, alias: &Id, canonical: &Id) {
        let (a, c) = (self.root(alias), self.root(canonical));
        if a != c {
            self.parent.insert(a, c);
        }
    }

    /// Points every id at its canonical id directly, so that lookups are O(1).
    fn flattened(self) -> HashMap<Id, Id> {
        let ids: Vec<Id> = self.parent.keys().cloned().collect();
        ids.into_iter()
            .map(|id| {
                let root = self.root(&id);
                (id, root)
            })
            .collect()
    }
}

/// The canonical id of every id that is an alias, by kind.
#[derive(Debug, Default)]
pub(crate) struct Canonical {
    organizations: HashMap<OrganizationId, OrganizationId>,
    officials: HashMap<OfficialId, OfficialId>,
    meetings: HashMap<MeetingId, MeetingId>,
    mous: HashMap<MouId, MouId>,
    dimensions: HashMap<DimensionId, DimensionId>,
}

impl Canonical {
    /// The canonical ids that the statements and the documents' own aliases give: the
    /// statements first, then the records' aliases in document order. O(total ids).
    pub(crate) fn new(same_as: &SameAs, documents: &[Dataset]) -> Self {
        fn kind<Id: Clone + Eq + Hash>(
            statements: &[(Id, Id)],
            records: impl Iterator<Item = (Id, Box<[Id]>)>,
        ) -> HashMap<Id, Id> {
            let mut canon = Canon::new();
            for (alias, canonical) in statements {
                crate::work::step();
                canon.join(alias, canonical);
            }
            for (id, aliases) in records {
                for alias in aliases {
                    crate::work::step();
                    canon.join(&alias, &id);
                }
            }
            canon.flattened()
        }
        let docs = || documents.iter();
        Self {
            organizations: kind(
                &same_as.organizations,
                docs().flat_map(|d| {
                    d.organizations
                        .iter()
                        .map(|r| (r.id.clone(), r.aliases.clone()))
                }),
            ),
            officials: kind(
                &same_as.officials,
                docs().flat_map(|d| {
                    d.officials
                        .iter()
                        .map(|r| (r.id.clone(), r.aliases.clone()))
                }),
            ),
            meetings: kind(
                &same_as.meetings,
                docs().flat_map(|d| d.meetings.iter().map(|r| (r.id.clone(), r.aliases.clone()))),
            ),
            mous: kind(
                &same_as.mous,
                docs().flat_map(|d| d.mous.iter().map(|r| (r.id.clone(), r.aliases.clone()))),
            ),
            dimensions: kind(
                &same_as.dimensions,
                docs().flat_map(|d| {
                    d.dimensions
                        .iter()
                        .map(|r| (r.id.clone(), r.aliases.clone()))
                }),
            ),
        }
    }

    /// Whether no id is an alias.
    fn is_empty(&self) -> bool {
        self.organizations.is_empty()
            && self.officials.is_empty()
            && self.meetings.is_empty()
            && self.mous.is_empty()
            && self.dimensions.is_empty()
    }

    /// Rewrites every id and reference of `data` to the canonical ids. A record whose id
    /// was an alias takes the canonical id and keeps the old one among its aliases; aliases
    /// of a record become aliases of its canonical id. Linear in the size of `data`.
    pub(crate) fn rewrite(&self, data: &mut Dataset) {
        if self.is_empty() {
            return;
        }
        fn to<Id: Clone + Eq + Hash>(map: &HashMap<Id, Id>, id: &mut Id) {
            crate::work::step();
            if let Some(c) = map.get(id) {
                *id = c.clone();
            }
        }
        fn record<Id: Clone + Eq + Hash>(
            map: &HashMap<Id, Id>,
            id: &mut Id,
            aliases: &mut Box<[Id]>,
        ) {
            // Back and forth between the boxed slice and a `Vec` without a copy; the block is
            // reallocated only when the list changes.
            let mut list = std::mem::take(aliases).into_vec();
            if let Some(c) = map.get(id) {
                let old = std::mem::replace(id, c.clone());
                list.insert(0, old);
            }
            list.retain(|a| a != id);
            *aliases = list.into_boxed_slice();
        }
        let (orgs, people) = (&self.organizations, &self.officials);
        let (meetings, mous, dims) = (&self.meetings, &self.mous, &self.dimensions);
        let party = |p: &mut Party| {
            if let Party::Organization(id) = p {
                to(orgs, id);
            }
        };
        for o in &mut data.organizations {
            record(orgs, &mut o.id, &mut o.aliases);
            if let Some(p) = &mut o.parent {
                to(orgs, p);
            }
            for m in &mut o.members {
                party(&mut m.party);
                m.decided_at.iter_mut().for_each(|x| to(meetings, x));
            }
            for c in &mut o.chairs {
                c.official.iter_mut().for_each(|x| to(people, x));
                c.decided_at.iter_mut().for_each(|x| to(meetings, x));
            }
        }
        for o in &mut data.officials {
            record(people, &mut o.id, &mut o.aliases);
            for p in &mut o.posts {
                to(orgs, &mut p.organization);
                p.decided_at.iter_mut().for_each(|x| to(meetings, x));
            }
        }
        for d in &mut data.dimensions {
            record(dims, &mut d.id, &mut d.aliases);
            to(orgs, &mut d.organization);
            d.parent.iter_mut().for_each(|x| to(dims, x));
        }
        for m in &mut data.mous {
            record(mous, &mut m.id, &mut m.aliases);
            m.parties.iter_mut().for_each(|x| to(orgs, x));
            m.signatories.iter_mut().for_each(|x| to(people, x));
            m.signed_at.iter_mut().for_each(|x| to(meetings, x));
            m.dimensions.iter_mut().for_each(|x| to(dims, x));
        }
        for m in &mut data.meetings {
            record(meetings, &mut m.id, &mut m.aliases);
            m.session_of.iter_mut().for_each(|x| to(orgs, x));
            for p in &mut m.participants {
                party(&mut p.party);
                p.official.iter_mut().for_each(|x| to(people, x));
            }
            m.relations
                .iter_mut()
                .for_each(|r| to(meetings, &mut r.meeting));
            m.dimensions.iter_mut().for_each(|x| to(dims, x));
            m.mous.iter_mut().for_each(|x| to(mous, x));
            for o in &mut m.outcomes {
                o.mou.iter_mut().for_each(|x| to(mous, x));
                o.official.iter_mut().for_each(|x| to(people, x));
            }
        }
    }
}
