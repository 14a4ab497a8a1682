//! Queries about memoranda of understanding.

use chrono::NaiveDate;
use hashbrown::HashSet;

use crate::mou::{Mou, MouStatus};
use crate::period::Coverage;
use crate::registry::build::force_period;
use crate::registry::{Registry, Scope, day};

impl Registry {
    /// The MoUs binding two organizations, in document order. With
    /// [`Scope::WithSubBodies`], an MoU of a sub-body counts for its organization: an MoU
    /// signed by the CICA Secretariat is an MoU of CICA.
    ///
    /// Cost: O(a + b + m × p) for the a and b bodies in scope on each side, the m MoUs of
    /// the side with fewer MoUs and their p parties.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # use multilateral::registry::Scope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let mous = registry.mous_between("cica", "iom", Scope::Exact);
    /// assert_eq!(mous.len(), 1);
    /// assert_eq!(mous[0].signed.map(|d| d.to_string()).as_deref(), Some("2008"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mous_between(&self, a: &str, b: &str, scope: Scope) -> Vec<&Mou> {
        let (Some(a), Some(b)) = (self.org_index(a), self.org_index(b)) else {
            return Vec::new();
        };
        let mut left = self.org_tree(a, scope);
        let mut right = self.org_tree(b, scope);
        // The test is symmetric: walk the MoUs of the side that has fewer.
        let count =
            |tree: &[usize]| -> usize { tree.iter().map(|&x| self.mous_of_org.get(x).len()).sum() };
        if count(&left) > count(&right) {
            std::mem::swap(&mut left, &mut right);
        }
        let in_left: HashSet<u32> = left.iter().map(|&x| x as u32).collect();
        let in_right: HashSet<u32> = right.iter().map(|&y| y as u32).collect();
        let mut found: Vec<u32> = left
            .iter()
            .flat_map(|&x| self.mous_of_org.get(x).iter().copied())
            .collect();
        found.sort_unstable();
        found.dedup();
        // An MoU binds the two sides when one party is on the left and another on the
        // right (the trees may overlap when one organization is below the other). Parties
        // are distinct, so two of each side are enough to decide: linear in the parties.
        found.retain(|&m| {
            let parties = self.mou_parties.get(m as usize);
            let first_two = |side: &HashSet<u32>| -> [Option<u32>; 2] {
                let mut on_side = parties.iter().copied().filter(|p| side.contains(p));
                [on_side.next(), on_side.next()]
            };
            let (l, r) = (first_two(&in_left), first_two(&in_right));
            l.iter()
                .flatten()
                .any(|x| r.iter().flatten().any(|y| x != y))
        });
        found
            .into_iter()
            .filter_map(|i| self.data.mous.get(i as usize))
            .collect()
    }

    /// The MoUs that may be in force on a day, each with whether it certainly is
    /// ([`Coverage::Yes`]) or only possibly ([`Coverage::Possibly`]), in order of taking
    /// effect.
    ///
    /// An MoU is in force from its `effective` date (or, when not given, its `signed` date)
    /// until it `expires`. A draft never is. Only an MoU whose status is `in-force`, or
    /// `expired` with its expiry date, can be certainly in force: one merely `signed` may not
    /// have taken effect, one `terminated` may have ended at any time, and one `expired`
    /// without a date may have ended before the day.
    ///
    /// Cost: O(log n + k), plus MoUs with no known start.
    pub fn mous_in_force(&self, date: NaiveDate) -> Vec<(&Mou, Coverage)> {
        let d = day(date);
        self.mous_in_force
            .during(d, d, &self.mou_spans)
            .into_iter()
            .filter_map(|rank| self.mou_order.get(rank as usize))
            .filter_map(|&i| self.data.mous.get(i as usize))
            .filter_map(|m| {
                let coverage = force_period(m)?.covers(date);
                let sure = match m.status {
                    MouStatus::InForce => true,
                    MouStatus::Expired => m.expires.is_some(),
                    _ => false,
                };
                let coverage = match coverage {
                    Coverage::Yes if !sure => Coverage::Possibly,
                    c => c,
                };
                (coverage != Coverage::No).then_some((m, coverage))
            })
            .collect()
    }
}
