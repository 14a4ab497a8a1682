//! Queries about memoranda of understanding.

use chrono::NaiveDate;

use crate::mou::Mou;
use crate::period::Coverage;
use crate::registry::{OrganizationRef, Registry, Scope, day};

impl<'r> OrganizationRef<'r> {
    /// The MoUs binding this organization and `other`, in document order. With
    /// [`Scope::WithSubBodies`], an MoU of a sub-body counts for its organization: an MoU
    /// signed by the CICA Secretariat is an MoU of CICA.
    ///
    /// `other` is looked up by its id when it comes from another registry; none is found
    /// when this registry does not hold it.
    ///
    /// Cost: O(a + b + m × p) for the a and b bodies in scope on each side, the m MoUs of
    /// the side with fewer MoUs and their p parties.
    ///
    /// ```
    /// # use multilateral::{OrganizationId, Registry};
    /// # use multilateral::registry::Scope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
    /// let mous = cica.mous_with(iom, Scope::Exact);
    /// assert_eq!(mous.len(), 1);
    /// assert_eq!(mous[0].signed.map(|d| d.to_string()).as_deref(), Some("2008"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mous_with(self, other: OrganizationRef<'_>, scope: Scope) -> Vec<&'r Mou> {
        let r = self.registry();
        let Some(other) = other.in_registry(r) else {
            return Vec::new();
        };
        let (mut left_root, mut right_root) = (self.index(), other.index());
        let mut left = r.org_tree(left_root, scope);
        let right = r.org_tree(right_root, scope);
        // The test is symmetric: walk the MoUs of the side that has fewer.
        let count =
            |tree: &[usize]| -> usize { tree.iter().map(|&x| r.mous_of_org.get(x).len()).sum() };
        if count(&left) > count(&right) {
            left = right;
            std::mem::swap(&mut left_root, &mut right_root);
        }
        // Whether a body is on the side of `root`, in O(1).
        let on_side = |root: usize, body: usize| match scope {
            Scope::Exact => body == root,
            Scope::WithSubBodies => r.organizations.contains(root, body),
        };
        let mut found: Vec<u32> = left
            .iter()
            .flat_map(|&x| r.mous_of_org.get(x).iter().copied())
            .collect();
        found.sort_unstable();
        found.dedup();
        // An MoU binds the two sides when one party is on the left and another on the
        // right (the trees may overlap when one organization is below the other). Parties
        // are distinct, so two of each side are enough to decide: linear in the parties.
        found.retain(|&m| {
            let parties = r.mou_parties.get(m as usize);
            crate::work::steps(parties.len());
            let first_two = |root: usize| -> [Option<usize>; 2] {
                let mut on = parties
                    .iter()
                    .map(|&p| p as usize)
                    .filter(|&p| on_side(root, p));
                [on.next(), on.next()]
            };
            let (l, r) = (first_two(left_root), first_two(right_root));
            l.iter()
                .flatten()
                .any(|x| r.iter().flatten().any(|y| x != y))
        });
        found
            .into_iter()
            .map(|i| r.data.mous.get(i as usize).expect("an MoU of the registry"))
            .collect()
    }
}

impl Registry {
    /// The MoUs that may be in force on a day, each with whether it certainly is
    /// ([`Coverage::Yes`]) or only possibly ([`Coverage::Possibly`]), in order of taking
    /// effect. See [`Mou::in_force_on`] for what makes an MoU certainly in force.
    ///
    /// Cost: O(log n + k + m), with `m` the MoUs in force for up to a year that ended just
    /// before the day ([near misses](crate::registry#order-and-cost)).
    pub fn mous_in_force(&self, date: NaiveDate) -> Vec<(&Mou, Coverage)> {
        let d = day(date);
        // Every MoU found may be in force on the day (the list holds their in-force
        // periods); whether it certainly is was worked out at build.
        self.mous_in_force
            .during(d, d, &self.mou_spans)
            .into_iter()
            .map(|rank| {
                let at = *self
                    .mou_order
                    .get(rank as usize)
                    .expect("ranks number MoUs");
                let mou = self
                    .data
                    .mous
                    .get(at.mou as usize)
                    .expect("an MoU of the registry");
                let (from, to) = at.certain;
                let coverage = if from <= d && d <= to {
                    Coverage::Yes
                } else {
                    Coverage::Possibly
                };
                (mou, coverage)
            })
            .collect()
    }
}
