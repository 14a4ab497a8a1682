//! Queries about memoranda of understanding.

use chrono::NaiveDate;

use crate::mou::Mou;
use crate::period::Coverage;
use crate::registry::{OrganizationRef, Registry, Scope, day};

impl<'r> OrganizationRef<'r> {
    /// The MoUs the organization is a party to, in document order, each once; with
    /// [`Scope::WithSubBodies`], also those a body below it is a party to: an MoU signed by
    /// the CICA Secretariat is an MoU of CICA. An organization without sub-bodies gives the
    /// same answer in both scopes.
    ///
    /// Cost: O(b + m log m) for the b bodies in scope and the m MoUs they are parties to
    /// (counted once for each body a party).
    ///
    /// ```
    /// # use multilateral::{OrganizationId, Registry};
    /// # use multilateral::registry::Scope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let mous = cica.mous(Scope::WithSubBodies);
    /// assert_eq!(mous.len(), 1);
    /// assert_eq!(mous[0].id, "iom-cica-mou-2008");
    /// let secretariat = registry.organization(&"cica-secretariat".parse()?).unwrap();
    /// assert!(secretariat.mous(Scope::WithSubBodies).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mous(self, scope: Scope) -> Vec<&'r Mou> {
        let r = self.registry();
        let mut found: Vec<u32> = r
            .org_tree(self.index(), scope)
            .into_iter()
            .flat_map(|x| r.mous_of_org.get(x).iter().copied())
            .collect();
        crate::work::steps(found.len());
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .map(|i| r.data.mous.get(i as usize).expect("an MoU of the registry"))
            .collect()
    }

    /// The MoUs binding this organization and `other` (as [`mous_with`](Self::mous_with)
    /// finds them) that may be in force on a day, in document order, each with whether it
    /// certainly is ([`Coverage::Yes`]) or only possibly ([`Coverage::Possibly`]), as
    /// [`Mou::in_force_on`] and [`Registry::mous_in_force`] answer. MoUs certainly not in
    /// force that day (drafts, those not yet signed, those expired) are left out.
    ///
    /// `other` is looked up by its id when it comes from another registry; none is found
    /// when this registry does not hold it.
    ///
    /// Cost: that of [`mous_with`](Self::mous_with), O(a + b + m log m + m × p), and O(1)
    /// for each MoU found.
    ///
    /// ```
    /// # use multilateral::{Coverage, OrganizationId, Registry, ymd};
    /// # use multilateral::registry::Scope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
    /// // Signed in 2008, "signed" and not said to be in force: possibly in force since.
    /// let now = cica.mous_in_force_with(iom, Scope::WithSubBodies, ymd(2024, 11, 26));
    /// assert_eq!(now.len(), 1);
    /// assert_eq!((now[0].0.id.as_str(), now[0].1), ("iom-cica-mou-2008", Coverage::Possibly));
    /// assert!(cica.mous_in_force_with(iom, Scope::Exact, ymd(2007, 6, 1)).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mous_in_force_with(
        self,
        other: OrganizationRef<'_>,
        scope: Scope,
        date: NaiveDate,
    ) -> Vec<(&'r Mou, Coverage)> {
        self.mous_with(other, scope)
            .into_iter()
            .filter_map(|m| {
                crate::work::step();
                let coverage = m.in_force_on(date);
                (coverage != Coverage::No).then_some((m, coverage))
            })
            .collect()
    }

    /// The MoUs binding this organization and `other`, in document order. With
    /// [`Scope::WithSubBodies`], an MoU of a sub-body counts for its organization: an MoU
    /// signed by the CICA Secretariat is an MoU of CICA.
    ///
    /// `other` is looked up by its id when it comes from another registry; none is found
    /// when this registry does not hold it.
    ///
    /// Cost: O(a + b + m log m + m × p) for the a and b bodies in scope on each side, the m
    /// MoUs of the side with fewer MoUs and their p parties.
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
