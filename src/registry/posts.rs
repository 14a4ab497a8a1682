//! Who held a post, chaired, or belonged, on a day.

use chrono::NaiveDate;

use crate::country::CountryCode;
use crate::official::{Official, Post, PostRole};
use crate::organization::MembershipStatus;
use crate::party::Party;
use crate::registry::names::fold;
use crate::registry::{OnDate, PostEntry, Registry, day};

/// Which posts of an organization a holder query asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PostFilter<'a> {
    /// Posts with this role: `PostRole::Head` asks "who headed it?".
    Role(PostRole),
    /// Posts with this title, compared whole after folding as names are (case, accents and
    /// punctuation ignored): "director-general" matches "Director General", "Director"
    /// does not.
    Title(&'a str),
}

/// One holding of a post: the official and the post as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Holding<'r> {
    /// Who held it.
    pub official: &'r Official,
    /// The post, with its title, role and period.
    pub post: &'r Post,
}

impl Registry {
    /// Who held posts of an organization on a day.
    ///
    /// The answer is [`Known`](crate::registry::DateStatus::Known) with the holders whose
    /// tenure certainly covers the day, [`Possible`](crate::registry::DateStatus::Possible)
    /// when some tenure only may (its dates are partial or unknown),
    /// [`Vacant`](crate::registry::DateStatus::Vacant) when holders are recorded before and
    /// after but none then, and [`Unknown`](crate::registry::DateStatus::Unknown) when the
    /// records say nothing. Acting holders are included (see [`Post::acting`]).
    ///
    /// Cost: O(1) to find the organization, then O(log h + k) over the h posts recorded at
    /// it for a role (the k of that role), O(h) for a title.
    ///
    /// ```
    /// use multilateral::{PostRole, Registry};
    /// use multilateral::registry::{DateStatus, PostFilter};
    ///
    /// let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 26).unwrap();
    /// let heads = registry.holders("iom", PostFilter::Role(PostRole::Head), day);
    /// // The press release names Amy Pope as Director General but gives no tenure dates.
    /// assert_eq!(heads.status, DateStatus::Possible);
    /// assert_eq!(heads.possible[0].official.name.as_str(), "Amy E. Pope");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holders(
        &self,
        organization: &str,
        filter: PostFilter<'_>,
        date: NaiveDate,
    ) -> OnDate<Holding<'_>> {
        let entries = self
            .org_index(organization)
            .map(|o| self.posts_at.get(o))
            .unwrap_or_default();
        let holding = |e: &PostEntry| {
            let official = self.data.officials.get(e.official as usize)?;
            let post = official.posts.get(e.post as usize)?;
            Some((Holding { official, post }, e.days))
        };
        let d = day(date);
        match filter {
            PostFilter::Role(role) => {
                // Entries are sorted by role, then official and post.
                let from = entries.partition_point(|e| e.role < role);
                let to = entries.partition_point(|e| e.role <= role);
                let of_role = entries.get(from..to).unwrap_or_default();
                OnDate::from_days(of_role.iter().filter_map(holding), d)
            }
            PostFilter::Title(t) => {
                let t = fold(t);
                let mut found: Vec<&PostEntry> = entries
                    .iter()
                    .filter(|e| {
                        self.data
                            .officials
                            .get(e.official as usize)
                            .and_then(|o| o.posts.get(e.post as usize))
                            .and_then(|p| p.title.as_ref())
                            .is_some_and(|x| fold(x) == t)
                    })
                    .collect();
                found.sort_unstable_by_key(|e| (e.official, e.post));
                OnDate::from_days(found.into_iter().filter_map(holding), d)
            }
        }
    }

    /// Which state chaired an organization on a day, with the same three-valued answer as
    /// [`holders`](Self::holders). Cost: O(c) over its c recorded chairmanships.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # use multilateral::registry::DateStatus;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 26).unwrap();
    /// let chair = registry.chair("cica", day);
    /// assert_eq!(chair.status, DateStatus::Known);
    /// assert_eq!(chair.definite[0].as_str(), "KZ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn chair(&self, organization: &str, date: NaiveDate) -> OnDate<CountryCode> {
        let Some(o) = self.org_index(organization) else {
            return OnDate::from_days(std::iter::empty(), day(date));
        };
        let chairs = self
            .data
            .organizations
            .get(o)
            .map(|o| o.chairs.as_slice())
            .unwrap_or_default();
        let days = self.chair_days.get(o);
        OnDate::from_days(
            chairs.iter().zip(days).map(|(c, d)| (c.country, *d)),
            day(date),
        )
    }

    /// The members of an organization with a given standing (members, observers, partners,
    /// dialogue partners) on a day. Cost: O(m) over its m recorded memberships.
    pub fn members(
        &self,
        organization: &str,
        status: MembershipStatus,
        date: NaiveDate,
    ) -> OnDate<&Party> {
        let Some(o) = self.org_index(organization) else {
            return OnDate::from_days(std::iter::empty(), day(date));
        };
        let members = self
            .data
            .organizations
            .get(o)
            .map(|o| o.members.as_slice())
            .unwrap_or_default();
        let days = self.member_days.get(o);
        OnDate::from_days(
            members
                .iter()
                .zip(days)
                .filter(|(m, _)| m.status == status)
                .map(|(m, d)| (&m.party, *d)),
            day(date),
        )
    }
}
