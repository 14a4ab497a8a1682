//! Who held a post, chaired, or belonged, on a day.

use chrono::NaiveDate;

use crate::country::CountryCode;
use crate::official::{Official, Post, PostRole};
use crate::organization::MembershipStatus;
use crate::party::Party;
use crate::registry::names::fold;
use crate::registry::{OnDate, Registry};

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
    /// Cost: O(1) to find the organization, then O(h) over the h posts recorded at it.
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
        let title = match filter {
            PostFilter::Title(t) => Some(fold(t)),
            PostFilter::Role(_) => None,
        };
        let holdings: Vec<Holding<'_>> = self
            .org_index(organization)
            .and_then(|o| self.posts_at.get(o))
            .into_iter()
            .flatten()
            .filter_map(|&(i, j)| {
                let official = self.data.officials.get(i as usize)?;
                let post = official.posts.get(j as usize)?;
                Some(Holding { official, post })
            })
            .filter(|h| match (filter, &title) {
                (PostFilter::Role(role), _) => h.post.role == role,
                (PostFilter::Title(_), Some(t)) => {
                    h.post.title.as_ref().is_some_and(|x| fold(x) == *t)
                }
                (PostFilter::Title(_), None) => false,
            })
            .collect();
        OnDate::collect(
            holdings.iter().map(|h| (*h, h.post.period.covers(date))),
            date,
            holdings.iter().map(|h| h.post.period),
        )
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
        let chairs = self
            .organization(organization)
            .map(|o| o.chairs.as_slice())
            .unwrap_or_default();
        OnDate::collect(
            chairs.iter().map(|c| (c.country, c.period.covers(date))),
            date,
            chairs.iter().map(|c| c.period),
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
        let members = self
            .organization(organization)
            .map(|o| o.members.as_slice())
            .unwrap_or_default();
        let of_status = || members.iter().filter(move |m| m.status == status);
        OnDate::collect(
            of_status().map(|m| (&m.party, m.period.covers(date))),
            date,
            of_status().map(|m| m.period),
        )
    }
}
