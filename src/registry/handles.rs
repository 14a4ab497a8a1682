//! Handles on the records of a registry: a record found by its id, with the questions about it.

use std::fmt;
use std::ops::Deref;

use crate::country::CountryCode;
use crate::dimension::Dimension;
use crate::id::{DimensionId, MeetingId, MouId, OfficialId, OrganizationId};
use crate::meeting::Meeting;
use crate::mou::Mou;
use crate::official::Official;
use crate::organization::Organization;
use crate::registry::{PartyKey, Registry, StateScope};
use crate::resolve::index;

/// Declares a handle on one kind of record.
macro_rules! handle {
    (
        $(#[doc = $doc:literal])+
        $name:ident, $record:ty, $id:ty, $field:ident, $lookup:ident
    ) => {
        $(#[doc = $doc])+
        ///
        /// A handle is what a registry lookup by id returns: it is `Copy`, reads as the record
        /// (it dereferences to it), and carries the questions about the record. Two handles
        /// are equal when they are the same record of the same registry.
        #[derive(Clone, Copy)]
        pub struct $name<'r> {
            registry: &'r Registry,
            index: u32,
        }

        impl<'r> $name<'r> {
            /// The handle on record `i` of the registry's dataset.
            pub(crate) fn new(registry: &'r Registry, i: usize) -> Self {
                debug_assert!(i < registry.data.$field.len());
                Self {
                    registry,
                    index: index(i),
                }
            }

            /// The record.
            pub fn record(self) -> &'r $record {
                self.registry
                    .data
                    .$field
                    .get(self.index as usize)
                    .expect("a handle holds the index of one of its registry's records")
            }

            /// The record's id.
            pub fn id(self) -> &'r $id {
                &self.record().id
            }

            /// The registry the record belongs to.
            pub fn registry(self) -> &'r Registry {
                self.registry
            }

            /// The record's position in the dataset's list.
            pub(crate) fn index(self) -> usize {
                self.index as usize
            }

            /// The same record in `registry`: this handle when it belongs there, otherwise the
            /// record with the same id, if `registry` holds one (a registry built from a later
            /// version of the dataset, say). O(1).
            pub fn in_registry<'s>(self, registry: &'s Registry) -> Option<$name<'s>> {
                if std::ptr::eq(self.registry, registry) {
                    Some($name::new(registry, self.index()))
                } else {
                    registry.$lookup(self.id())
                }
            }
        }

        impl Deref for $name<'_> {
            type Target = $record;
            fn deref(&self) -> &$record {
                self.record()
            }
        }

        impl fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.id())
            }
        }

        impl PartialEq for $name<'_> {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self.registry, other.registry) && self.index == other.index
            }
        }

        impl Eq for $name<'_> {}

        impl std::hash::Hash for $name<'_> {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.index.hash(state);
            }
        }
    };
}

handle! {
    /// An organization of a registry: [`meetings`](Self::meetings),
    /// [`holders`](Self::holders) of its posts, [`chair`](Self::chair),
    /// [`members`](Self::members), [`counterparts`](Self::counterparts) (also
    /// [`during`](Self::counterparts_during) a period, of some kinds of meeting, with its
    /// bodies as one party), its
    /// [`mous`](Self::mous) and those [`mous_with`](Self::mous_with) another (and
    /// [`in force`](Self::mous_in_force_with) on a day), the [`posts_on`](Self::posts_on) a
    /// day, and its [`parent`](Self::parent) and [`sub_bodies`](Self::sub_bodies). The
    /// questions ending in `_within` ([`holders_within`](Self::holders_within),
    /// [`chair_within`](Self::chair_within), [`members_within`](Self::members_within)) take a
    /// [`Scope`](crate::registry::Scope) to cover its bodies too.
    OrganizationRef, Organization, OrganizationId, organizations, organization
}

handle! {
    /// An official of a registry: the [`meetings`](Self::meetings) they attended, the
    /// officials they [`met`](Self::met) (also [`during`](Self::met_during) a period and of
    /// some kinds of meeting), and the [`posts_on`](Self::posts_on) a day.
    OfficialRef, Official, OfficialId, officials, official
}

handle! {
    /// A meeting of a registry: the meetings [`related`](Self::related) to it.
    MeetingRef, Meeting, MeetingId, meetings, meeting
}

handle! {
    /// An MoU of a registry: the [`meetings`](Self::meetings) that invoked it.
    MouRef, Mou, MouId, mous, mou
}

handle! {
    /// A dimension of a registry: the [`meetings`](Self::meetings) that touched it.
    DimensionRef, Dimension, DimensionId, dimensions, dimension
}

impl<'r> OrganizationRef<'r> {
    /// The organization this body is part of, if any: the CICA Secretariat's parent is CICA.
    /// O(1).
    pub fn parent(self) -> Option<OrganizationRef<'r>> {
        let parent = self.registry.organizations.parent(self.index())?;
        Some(OrganizationRef::new(self.registry, parent))
    }

    /// The bodies directly below this organization, in document order. O(1) to start.
    pub fn sub_bodies(self) -> impl ExactSizeIterator<Item = OrganizationRef<'r>> {
        let registry = self.registry;
        registry
            .organizations
            .children(self.index())
            .iter()
            .map(move |&c| OrganizationRef::new(registry, c as usize))
    }
}

/// A state in a registry: the [`meetings`](Self::meetings) it took part in as a state, its
/// [`counterparts`](Self::counterparts), its [`government`](Self::government) bodies, and
/// the same questions asked of the state and its government as one party
/// ([`meetings_within`](Self::meetings_within),
/// [`counterparts_during`](Self::counterparts_during)). Made by [`Registry::state`] for any
/// country code.
#[derive(Clone, Copy)]
pub struct StateRef<'r> {
    pub(crate) registry: &'r Registry,
    pub(crate) code: CountryCode,
}

impl<'r> StateRef<'r> {
    pub(crate) fn new(registry: &'r Registry, code: CountryCode) -> Self {
        Self { registry, code }
    }

    /// The state's country code.
    pub fn code(self) -> CountryCode {
        self.code
    }

    /// The registry asked.
    pub fn registry(self) -> &'r Registry {
        self.registry
    }

    /// The state's government bodies: the organizations of kind
    /// [`government`](crate::OrganizationKind::Government) whose `country` is the state, and
    /// every body below one of them, in document order. See [`StateScope`].
    ///
    /// Cost: O(log G + s log s) over the G government bodies of all states and the s bodies
    /// found.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// // The release names no Swiss government body.
    /// assert!(registry.state("CH".parse()?).government().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn government(self) -> Vec<OrganizationRef<'r>> {
        let r = self.registry;
        self.government_bodies()
            .into_iter()
            .map(|o| OrganizationRef::new(r, o))
            .collect()
    }

    /// The indices of the state's government bodies and those below them, sorted.
    pub(crate) fn government_bodies(self) -> Vec<usize> {
        let r = self.registry;
        let from = r.governments.partition_point(|&(c, _)| c < self.code);
        let to = r.governments.partition_point(|&(c, _)| c <= self.code);
        let mut found: Vec<usize> = r
            .governments
            .get(from..to)
            .expect("partition points")
            .iter()
            .flat_map(|&(_, o)| r.organizations.subtree(o as usize))
            .collect();
        crate::work::steps(found.len());
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The party the state is in `scope`, as its keys (sorted) and the lists of its meetings.
    pub(crate) fn as_party(
        self,
        scope: StateScope,
    ) -> (
        Vec<PartyKey>,
        Vec<&'r crate::registry::timeline::MeetingList>,
    ) {
        let r = self.registry;
        let mut keys = vec![PartyKey::State(self.code)];
        let mut lists: Vec<_> = r.by_state.get(&self.code).into_iter().collect();
        if scope == StateScope::WithGovernment {
            for o in self.government_bodies() {
                keys.push(PartyKey::Org(index(o)));
                lists.push(
                    r.by_organization
                        .get(o)
                        .expect("an organization of the registry"),
                );
            }
        }
        keys.sort_unstable();
        (keys, lists)
    }
}

impl fmt::Debug for StateRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StateRef({})", self.code)
    }
}

impl PartialEq for StateRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.registry, other.registry) && self.code == other.code
    }
}

impl Eq for StateRef<'_> {}
