//! One resolution of a dataset's references, shared by validation and the registry.
//!
//! Records name each other by id. [`Resolution::new`] looks every id up once: it builds a
//! lookup per kind of record (noting duplicate ids), turns every reference of every record
//! into the index of the record it names ([`NONE`] where it names none), and links
//! organizations and dimensions into [`Forest`]s of parents and children. Validation reads
//! the resolution to report dangling references, duplicates and cycles and to check the
//! rules across records; the registry's build consumes it to index the dataset. Neither owns
//! it, and neither looks an id up again.
//!
//! The indices are `u32`, so a dataset holds at most [`MAX_RECORDS`] records of each kind,
//! and the lists of the records of one kind (every meeting's participants, relations,
//! dimensions, MoUs, outcomes and aliases together) hold at most that many entries; a
//! larger one is refused whole (validation rule `too-many-records`), never truncated.

mod forest;
mod ids;
mod links;
mod lists;
mod task;

pub(crate) use forest::{Cycle, Forest};
pub(crate) use ids::{IdArena, IdTable};
pub(crate) use links::Links;
pub(crate) use lists::Lists;
pub(crate) use task::{PARALLEL_FROM, Task};

use crate::dataset::Dataset;

/// Stands for "no record": the reference is absent, or names no record of its kind.
pub(crate) const NONE: u32 = u32::MAX;

/// The most records of one kind (and entries in the lists of the records of one kind, all
/// together) a dataset may hold: indices are `u32`, and the two highest values are kept as
/// markers.
pub const MAX_RECORDS: usize = (u32::MAX - 2) as usize;

/// An index as the resolution stores it.
///
/// # Panics
///
/// When `i` exceeds [`MAX_RECORDS`]: every index comes from a collection whose size
/// [`Resolution::new`] checked.
pub(crate) fn index(i: usize) -> u32 {
    assert!(i <= MAX_RECORDS, "index {i} past the checked record limit");
    i as u32
}

/// The record an index names, if any.
pub(crate) fn found(i: u32) -> Option<usize> {
    (i != NONE).then_some(i as usize)
}

/// The kinds of record, as the document's collections name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Collection {
    Organizations,
    Officials,
    Dimensions,
    Mous,
    Meetings,
}

impl Collection {
    /// The collection's field in the document: `organizations`.
    pub(crate) fn field(self) -> &'static str {
        match self {
            Collection::Organizations => "organizations",
            Collection::Officials => "officials",
            Collection::Dimensions => "dimensions",
            Collection::Mous => "mous",
            Collection::Meetings => "meetings",
        }
    }

    /// One record of it, in words: `organization`, `MoU`.
    pub(crate) fn record(self) -> &'static str {
        match self {
            Collection::Organizations => "organization",
            Collection::Officials => "official",
            Collection::Dimensions => "dimension",
            Collection::Mous => "MoU",
            Collection::Meetings => "meeting",
        }
    }
}

/// A record whose id an earlier record of its kind already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Duplicate {
    pub(crate) collection: Collection,
    /// The later record.
    pub(crate) index: usize,
    /// The first record with the id, which lookups find.
    pub(crate) first: usize,
    /// Which of the later record's aliases repeats an id, when it is not its own id.
    pub(crate) alias: Option<usize>,
}

/// Why a dataset could not be resolved: it is larger than the indices can address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooLarge {
    /// The collection that is too large, or holds a list that is.
    pub(crate) collection: Collection,
    /// The number of records or entries found.
    pub(crate) count: usize,
}

/// Every reference of a dataset, resolved to record indices; see [the module docs](self).
///
/// Lists keep the order of the lists they come from, entry for entry, so that entry `j` of
/// record `i` resolves to `lists.get(i)[j]`.
#[derive(Debug, Default)]
pub(crate) struct Resolution {
    pub(crate) organizations: IdArena,
    pub(crate) officials: IdArena,
    pub(crate) dimensions: IdArena,
    pub(crate) mous: IdArena,
    pub(crate) meetings: IdArena,
    /// Every record with an id already used, in collection order, then document order.
    pub(crate) duplicates: Vec<Duplicate>,

    /// Each organization's `parent`, as written (before cycles are cut).
    pub(crate) org_parent: Vec<u32>,
    /// The organizations and their bodies, cycles cut.
    pub(crate) org_forest: Forest,
    /// For each organization, for each member: the member organization ([`NONE`] for a state).
    pub(crate) org_members: Lists<u32>,
    /// For each official, for each post: the organization.
    pub(crate) post_orgs: Lists<u32>,
    /// Each dimension's organization.
    pub(crate) dimension_org: Vec<u32>,
    /// Each dimension's `parent`, as written.
    pub(crate) dimension_parent: Vec<u32>,
    /// The dimensions and their priority areas, cycles cut.
    pub(crate) dimension_forest: Forest,
    /// For each MoU: its parties, its signatories, its dimensions.
    pub(crate) mou_parties: Lists<u32>,
    pub(crate) mou_signatories: Lists<u32>,
    pub(crate) mou_dimensions: Lists<u32>,
    /// Each MoU's `signed_at` meeting.
    pub(crate) mou_signed_at: Vec<u32>,
    /// For each meeting, for each participant: its organization and its official.
    pub(crate) participants: Lists<(u32, u32)>,
    /// For each meeting, for each relation: the meeting it points at.
    pub(crate) relations: Lists<u32>,
    /// For each meeting, its `dimensions`.
    pub(crate) meeting_dimensions: Lists<u32>,
    /// For each meeting, its `mous`.
    pub(crate) meeting_mous: Lists<u32>,
    /// For each meeting, for each outcome: the MoU it concerns.
    pub(crate) outcome_mous: Lists<u32>,
    /// The officials outcomes concern, as (meeting, outcome, official).
    pub(crate) outcome_officials: Links,
    /// The bodies meetings are sessions of, as (meeting, 0, organization).
    pub(crate) session_of: Links,
    /// The meetings that decided holdings (`decided_at`): (official, post, meeting),
    /// (organization, chairmanship, meeting) and (organization, membership, meeting).
    pub(crate) post_decisions: Links,
    pub(crate) chair_decisions: Links,
    pub(crate) member_decisions: Links,
    /// The officials who exercised chairmanships, as (organization, chairmanship, official).
    pub(crate) chair_officials: Links,
}

impl Resolution {
    /// Resolves every reference of `data`. Linear in the size of the dataset.
    pub(crate) fn new(data: &Dataset) -> Result<Self, TooLarge> {
        check_sizes(data)?;
        let mut duplicates = Vec::new();
        let organizations = arena(
            Collection::Organizations,
            data.organizations.iter().map(|o| o.id.as_str()),
            &mut duplicates,
        );
        let officials = arena(
            Collection::Officials,
            data.officials.iter().map(|o| o.id.as_str()),
            &mut duplicates,
        );
        let dimensions = arena(
            Collection::Dimensions,
            data.dimensions.iter().map(|d| d.id.as_str()),
            &mut duplicates,
        );
        let mous = arena(
            Collection::Mous,
            data.mous.iter().map(|m| m.id.as_str()),
            &mut duplicates,
        );
        let mut meetings = arena(
            Collection::Meetings,
            data.meetings.iter().map(|m| m.id.as_str()),
            &mut duplicates,
        );
        let mut organizations = organizations;
        let (mut officials, mut dimensions, mut mous) = (officials, dimensions, mous);
        let mut alias =
            |collection, arena: &mut IdArena, i: usize, aliases: &mut dyn Iterator<Item = &str>| {
                for (k, a) in aliases.enumerate() {
                    if let Err(first) = arena.add_alias(a, i) {
                        duplicates.push(Duplicate {
                            collection,
                            index: i,
                            first,
                            alias: Some(k),
                        });
                    }
                }
            };
        for (i, o) in data.organizations.iter().enumerate() {
            let mut ids = o.aliases.iter().map(|a| a.as_str());
            alias(Collection::Organizations, &mut organizations, i, &mut ids);
        }
        for (i, o) in data.officials.iter().enumerate() {
            let mut ids = o.aliases.iter().map(|a| a.as_str());
            alias(Collection::Officials, &mut officials, i, &mut ids);
        }
        for (i, d) in data.dimensions.iter().enumerate() {
            let mut ids = d.aliases.iter().map(|a| a.as_str());
            alias(Collection::Dimensions, &mut dimensions, i, &mut ids);
        }
        for (i, m) in data.mous.iter().enumerate() {
            let mut ids = m.aliases.iter().map(|a| a.as_str());
            alias(Collection::Mous, &mut mous, i, &mut ids);
        }
        for (i, m) in data.meetings.iter().enumerate() {
            let mut ids = m.aliases.iter().map(|a| a.as_str());
            alias(Collection::Meetings, &mut meetings, i, &mut ids);
        }
        let (organizations, officials, dimensions, mous, meetings) =
            (organizations, officials, dimensions, mous, meetings);

        let look = |arena: &IdArena, id: &str| {
            crate::work::step();
            arena.get(id).map_or(NONE, index)
        };
        let maybe = |arena: &IdArena, id: Option<&str>| id.map_or(NONE, |id| look(arena, id));
        let org = |id: &str| look(&organizations, id);

        let org_parent: Vec<u32> = data
            .organizations
            .iter()
            .map(|o| maybe(&organizations, o.parent.as_ref().map(|p| p.as_str())))
            .collect();
        let org_members = Lists::from_lists(data.organizations.iter().map(|o| {
            o.members
                .iter()
                .map(|m| maybe(&organizations, m.party.organization().map(|p| p.as_str())))
        }));
        let post_orgs = Lists::from_lists(
            data.officials
                .iter()
                .map(|o| o.posts.iter().map(|p| org(p.organization.as_str()))),
        );
        let dimension_org = data
            .dimensions
            .iter()
            .map(|d| org(d.organization.as_str()))
            .collect();
        let dimension_parent: Vec<u32> = data
            .dimensions
            .iter()
            .map(|d| maybe(&dimensions, d.parent.as_ref().map(|p| p.as_str())))
            .collect();
        let mou_parties = Lists::from_lists(
            data.mous
                .iter()
                .map(|m| m.parties.iter().map(|p| org(p.as_str()))),
        );
        let mou_signatories = Lists::from_lists(
            data.mous
                .iter()
                .map(|m| m.signatories.iter().map(|s| look(&officials, s.as_str()))),
        );
        let mou_dimensions = Lists::from_lists(
            data.mous
                .iter()
                .map(|m| m.dimensions.iter().map(|d| look(&dimensions, d.as_str()))),
        );
        let mou_signed_at = data
            .mous
            .iter()
            .map(|m| maybe(&meetings, m.signed_at.as_ref().map(|at| at.as_str())))
            .collect();
        // A meeting's participants, the most references of all, are looked up on another
        // thread for a large dataset while this one looks up the meetings' other references.
        let (participants, relations, meeting_dimensions, meeting_mous, outcome_mous) =
            std::thread::scope(|s| {
                let participants = Task::start(s, data.len() >= PARALLEL_FROM, || {
                    Lists::from_lists(data.meetings.iter().map(|m| {
                        m.participants.iter().map(|p| {
                            (
                                maybe(&organizations, p.party.organization().map(|o| o.as_str())),
                                maybe(&officials, p.official.as_ref().map(|o| o.as_str())),
                            )
                        })
                    }))
                });
                let relations = Lists::from_lists(data.meetings.iter().map(|m| {
                    m.relations
                        .iter()
                        .map(|r| look(&meetings, r.meeting.as_str()))
                }));
                let meeting_dimensions = Lists::from_lists(
                    data.meetings
                        .iter()
                        .map(|m| m.dimensions.iter().map(|d| look(&dimensions, d.as_str()))),
                );
                let meeting_mous = Lists::from_lists(
                    data.meetings
                        .iter()
                        .map(|m| m.mous.iter().map(|x| look(&mous, x.as_str()))),
                );
                let outcome_mous = Lists::from_lists(data.meetings.iter().map(|m| {
                    m.outcomes
                        .iter()
                        .map(|o| maybe(&mous, o.mou.as_ref().map(|x| x.as_str())))
                }));
                (
                    participants.finish(),
                    relations,
                    meeting_dimensions,
                    meeting_mous,
                    outcome_mous,
                )
            });

        // The references few records make, each found by one walk.
        let (mut outcome_officials, mut session_of) = (Vec::new(), Vec::new());
        for (i, m) in data.meetings.iter().enumerate() {
            if let Some(body) = &m.session_of {
                session_of.push((index(i), 0, org(body.as_str())));
            }
            for (j, o) in m.outcomes.iter().enumerate() {
                if let Some(official) = &o.official {
                    let to = look(&officials, official.as_str());
                    outcome_officials.push((index(i), index(j), to));
                }
            }
        }
        let mut post_decisions = Vec::new();
        for (i, o) in data.officials.iter().enumerate() {
            for (j, p) in o.posts.iter().enumerate() {
                if let Some(at) = &p.decided_at {
                    post_decisions.push((index(i), index(j), look(&meetings, at.as_str())));
                }
            }
        }
        let (mut chair_decisions, mut chair_officials) = (Vec::new(), Vec::new());
        let mut member_decisions = Vec::new();
        for (i, o) in data.organizations.iter().enumerate() {
            for (j, c) in o.chairs.iter().enumerate() {
                if let Some(at) = &c.decided_at {
                    chair_decisions.push((index(i), index(j), look(&meetings, at.as_str())));
                }
                if let Some(official) = &c.official {
                    let to = look(&officials, official.as_str());
                    chair_officials.push((index(i), index(j), to));
                }
            }
            for (j, m) in o.members.iter().enumerate() {
                if let Some(at) = &m.decided_at {
                    member_decisions.push((index(i), index(j), look(&meetings, at.as_str())));
                }
            }
        }
        let (outcome_officials, session_of) =
            (Links::new(outcome_officials), Links::new(session_of));
        let (post_decisions, chair_decisions) =
            (Links::new(post_decisions), Links::new(chair_decisions));
        let (member_decisions, chair_officials) =
            (Links::new(member_decisions), Links::new(chair_officials));

        Ok(Self {
            org_forest: Forest::new(&org_parent),
            dimension_forest: Forest::new(&dimension_parent),
            organizations,
            officials,
            dimensions,
            mous,
            meetings,
            duplicates,
            org_parent,
            org_members,
            post_orgs,
            dimension_org,
            dimension_parent,
            mou_parties,
            mou_signatories,
            mou_dimensions,
            mou_signed_at,
            participants,
            relations,
            meeting_dimensions,
            meeting_mous,
            outcome_mous,
            outcome_officials,
            session_of,
            post_decisions,
            chair_decisions,
            chair_officials,
            member_decisions,
        })
    }
}

/// The id lookup of one collection, noting its duplicate ids.
fn arena<'a>(
    collection: Collection,
    ids: impl ExactSizeIterator<Item = &'a str>,
    duplicates: &mut Vec<Duplicate>,
) -> IdArena {
    IdArena::build(ids, |index, first| {
        duplicates.push(Duplicate {
            collection,
            index,
            first,
            alias: None,
        });
    })
}

/// Checks that every collection, and every list whose entries the registry numbers, fits
/// the indices.
/// Whether `count` records or entries of `collection` can be indexed.
pub(crate) fn fits(collection: Collection, count: usize) -> Result<(), TooLarge> {
    if count <= MAX_RECORDS {
        Ok(())
    } else {
        Err(TooLarge { collection, count })
    }
}

fn check_sizes(data: &Dataset) -> Result<(), TooLarge> {
    fits(Collection::Organizations, data.organizations.len())?;
    fits(Collection::Officials, data.officials.len())?;
    fits(Collection::Dimensions, data.dimensions.len())?;
    fits(Collection::Mous, data.mous.len())?;
    fits(Collection::Meetings, data.meetings.len())?;
    // The entries of one collection's lists, all together: the registry numbers them in
    // lists of its own (a meeting's participants, an MoU's parties…) whose offsets are
    // indices too.
    let total = |lists: &mut dyn Iterator<Item = usize>| lists.fold(0usize, usize::saturating_add);
    fits(
        Collection::Organizations,
        total(
            &mut data
                .organizations
                .iter()
                .map(|o| o.members.len() + o.chairs.len() + o.other_names.len() + o.aliases.len()),
        ),
    )?;
    fits(
        Collection::Officials,
        total(
            &mut data
                .officials
                .iter()
                .map(|o| o.posts.len() + o.aliases.len()),
        ),
    )?;
    fits(
        Collection::Mous,
        total(
            &mut data.mous.iter().map(|m| {
                m.parties.len() + m.signatories.len() + m.dimensions.len() + m.aliases.len()
            }),
        ),
    )?;
    fits(
        Collection::Meetings,
        total(&mut data.meetings.iter().map(|m| {
            m.participants.len()
                + m.relations.len()
                + m.dimensions.len()
                + m.mous.len()
                + m.outcomes.len()
                + m.aliases.len()
        })),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_resolves_once_in_list_order() {
        let data = Dataset::from_json(
            r#"{"schema_version": "2.0",
                "organizations": [{"id": "cica", "name": "CICA", "kind": "intergovernmental"},
                                  {"id": "sec", "name": "Secretariat", "kind": "secretariat", "parent": "cica"},
                                  {"id": "cica", "name": "Again", "kind": "other", "parent": "nowhere"}],
                "officials": [{"id": "k", "name": "K", "posts": [{"organization": "sec", "role": "head"},
                                                                   {"organization": "x", "role": "staff"}]}],
                "meetings": [{"id": "m", "title": "Talks", "kind": "bilateral", "status": "held", "when": {},
                              "participants": [{"organization": "sec", "official": "k", "role": "host"},
                                               {"state": "KZ", "official": "nobody", "role": "participant"}],
                              "relations": [{"kind": "follow-up-to", "meeting": "m"}]}]}"#,
        )
        .unwrap();
        let r = Resolution::new(&data).unwrap();
        assert_eq!(
            r.duplicates,
            [Duplicate {
                collection: Collection::Organizations,
                index: 2,
                first: 0,
                alias: None,
            }]
        );
        assert_eq!(r.org_parent, [NONE, 0, NONE]);
        assert_eq!(r.post_orgs.get(0), [1, NONE]);
        assert_eq!(r.participants.get(0), [(1, 0), (NONE, NONE)]);
        assert_eq!(r.relations.get(0), [0]);
        assert!(r.org_forest.contains(0, 1));
        assert_eq!(found(NONE), None);
        assert_eq!(found(3), Some(3));
    }
}
