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
