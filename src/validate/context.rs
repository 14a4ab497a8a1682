//! What every rule reads: the dataset and its resolved references.

use crate::dataset::Dataset;
use crate::resolve::Resolution;

/// The dataset under validation and the one resolution of its references.
pub(crate) struct Context<'a> {
    pub(crate) data: &'a Dataset,
    pub(crate) res: &'a Resolution,
}

impl Context<'_> {
    /// Whether one organization is the other, or one is a sub-body (at any depth) of the
    /// other: a post at the CICA Secretariat counts as a post at CICA, and the CICA Secretary
    /// General speaks for the Secretariat. O(1).
    pub(crate) fn same_tree(&self, a: usize, b: usize) -> bool {
        self.res.org_forest.related(a, b)
    }
}

impl<'a> Context<'a> {
    /// Post `j` of official `i`, which a resolved link names.
    pub(crate) fn post(&self, i: usize, j: usize) -> &'a crate::official::Post {
        self.data
            .officials
            .get(i)
            .and_then(|o| o.posts.get(j))
            .expect("a link of a post")
    }

    /// Chairmanship `j` of organization `i`, which a resolved link names.
    pub(crate) fn chair(&self, i: usize, j: usize) -> &'a crate::organization::Chairmanship {
        self.data
            .organizations
            .get(i)
            .and_then(|o| o.chairs.get(j))
            .expect("a link of a chairmanship")
    }

    /// Membership `j` of organization `i`, which a resolved link names.
    pub(crate) fn member(&self, i: usize, j: usize) -> &'a crate::organization::Membership {
        self.data
            .organizations
            .get(i)
            .and_then(|o| o.members.get(j))
            .expect("a link of a membership")
    }

    /// Outcome `j` of meeting `i`, which a resolved link names.
    pub(crate) fn outcome(&self, i: usize, j: usize) -> &'a crate::meeting::Outcome {
        self.data
            .meetings
            .get(i)
            .and_then(|m| m.outcomes.get(j))
            .expect("a link of an outcome")
    }
}
