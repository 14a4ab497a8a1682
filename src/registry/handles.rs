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
use crate::registry::Registry;
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
    /// [`members`](Self::members), [`counterparts`](Self::counterparts),
    /// [`mous_with`](Self::mous_with) another, and its [`parent`](Self::parent) and
    /// [`sub_bodies`](Self::sub_bodies).
    OrganizationRef, Organization, OrganizationId, organizations, organization
}

handle! {
    /// An official of a registry: the [`meetings`](Self::meetings) they attended and the
    /// officials they [`met`](Self::met).
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

/// A state in a registry: the [`meetings`](Self::meetings) it took part in as a state and its
/// [`counterparts`](Self::counterparts). Made by [`Registry::state`] for any country code.
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
