//! Who held a post, chaired, or belonged, on a day.

use chrono::NaiveDate;

use crate::country::CountryCode;
use crate::fold::fold_name;
use crate::official::{Post, PostRole};
use crate::organization::MembershipStatus;
use crate::party::Party;
use crate::registry::{OfficialRef, OnDate, OrganizationRef, PostEntry, day};

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
    pub official: OfficialRef<'r>,
    /// The post, with its title, role and period.
    pub post: &'r Post,
}

impl<'r> OrganizationRef<'r> {
    /// Who held posts of the organization on a day.
    ///
    /// The answer is [`Known`](crate::registry::DateStatus::Known) with the holders whose
    /// tenure certainly covers the day, [`Possible`](crate::registry::DateStatus::Possible)
    /// when some tenure only may (its dates are partial or unknown),
    /// [`Vacant`](crate::registry::DateStatus::Vacant) when holders are recorded before and
    /// after but none then, and [`Unknown`](crate::registry::DateStatus::Unknown) when the
    /// records say nothing. Acting holders are included (see [`Post::acting`]).
    ///
    /// Cost: O(log h + k) over the h posts recorded at the organization for a role (the k of
    /// that role), O(h) for a title.
    ///
    /// ```
    /// use multilateral::{OrganizationId, PostRole, Registry, ymd};
    /// use multilateral::registry::{DateStatus, PostFilter};
    ///
    /// let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
    /// let heads = iom.holders(PostFilter::Role(PostRole::Head), ymd(2024, 11, 26));
    /// // The press release names Amy Pope as Director General but gives no tenure dates.
    /// assert_eq!(heads.status, DateStatus::Possible);
    /// assert_eq!(heads.possible[0].official.name.as_str(), "Amy E. Pope");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holders(self, filter: PostFilter<'_>, date: NaiveDate) -> OnDate<Holding<'r>> {
        let r = self.registry();
        let entries = r.posts_at.get(self.index());
        let holding = |e: &PostEntry| {
            let official = OfficialRef::new(r, e.official as usize);
            let post = official
                .record()
                .posts
                .get(e.post as usize)
                .expect("an entry names a post of its official");
            (Holding { official, post }, e.days)
        };
        let d = day(date);
        match filter {
            PostFilter::Role(role) => {
                // Entries are sorted by role, then official and post.
                let from = entries.partition_point(|e| e.role < role);
                let to = entries.partition_point(|e| e.role <= role);
                let of_role = entries.get(from..to).expect("partition points");
                OnDate::from_days(of_role.iter().map(holding), d)
            }
            PostFilter::Title(t) => {
                // Titles were folded once, at build: a title no post has matches none.
                let title = r.titles.get(&fold_name(t)).copied();
                crate::work::steps(entries.len());
                let mut found: Vec<&PostEntry> =
                    entries.iter().filter(|e| Some(e.title) == title).collect();
                found.sort_unstable_by_key(|e| (e.official, e.post));
                OnDate::from_days(found.into_iter().map(holding), d)
            }
        }
    }

    /// Every holding of the organization's posts that `filter` selects, whatever its dates:
    /// for a role in official and post order, for a title likewise. Cost: O(log h + k) for a
    /// role, O(h) for a title, over the h posts recorded at the organization.
    pub(crate) fn holdings(self, filter: PostFilter<'_>) -> Vec<Holding<'r>> {
        let r = self.registry();
        let entries = r.posts_at.get(self.index());
        let holding = |e: &PostEntry| {
            let official = OfficialRef::new(r, e.official as usize);
            let post = official
                .record()
                .posts
                .get(e.post as usize)
                .expect("an entry names a post of its official");
            Holding { official, post }
        };
        match filter {
            PostFilter::Role(role) => {
                let from = entries.partition_point(|e| e.role < role);
                let to = entries.partition_point(|e| e.role <= role);
                entries
                    .get(from..to)
                    .expect("partition points")
                    .iter()
                    .map(holding)
                    .collect()
            }
            PostFilter::Title(t) => {
                let title = r.titles.get(&fold_name(t)).copied();
                crate::work::steps(entries.len());
                let mut found: Vec<&PostEntry> =
                    entries.iter().filter(|e| Some(e.title) == title).collect();
                found.sort_unstable_by_key(|e| (e.official, e.post));
                found.into_iter().map(holding).collect()
            }
        }
    }

    /// Which state chaired the organization on a day, with the same three-valued answer as
    /// [`holders`](Self::holders). Cost: O(c) over its c recorded chairmanships.
    ///
    /// ```
    /// # use multilateral::{OrganizationId, Registry, ymd};
    /// # use multilateral::registry::DateStatus;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let chair = cica.chair(ymd(2024, 11, 26));
    /// assert_eq!(chair.status, DateStatus::Known);
    /// assert_eq!(chair.definite[0].as_str(), "KZ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn chair(self, date: NaiveDate) -> OnDate<CountryCode> {
        let days = self.registry().chair_days.get(self.index());
        OnDate::from_days(
            self.record()
                .chairs
                .iter()
                .zip(days)
                .map(|(c, d)| (c.country, *d)),
            day(date),
        )
    }

    /// Each chairmanship, in document order, with the days its start and end may fall on as
    /// [`chair`](Self::chair) reads them (one chair at a time: a term whose end is unknown
    /// ended when the next certainly began): the start within `[0]..=[1]`, the end within
    /// `[2]..=[3]`, `NaiveDate::MIN` and `MAX` where nothing limits them. O(c).
    pub(crate) fn chair_terms(
        self,
    ) -> Vec<(&'r crate::organization::Chairmanship, [NaiveDate; 4])> {
        let days = self.registry().chair_days.get(self.index());
        let date = |d: crate::registry::timeline::Day| match d {
            crate::registry::timeline::Day::MIN => NaiveDate::MIN,
            crate::registry::timeline::Day::MAX => NaiveDate::MAX,
            d => NaiveDate::from_num_days_from_ce_opt(d).expect("made from a date"),
        };
        self.record()
            .chairs
            .iter()
            .zip(days)
            .map(|(c, d)| (c, d.map(date)))
            .collect()
    }

    /// The members of the organization with a given standing (members, observers,
    /// partners, dialogue partners) on a day. Cost: O(m) over its m recorded memberships.
    pub fn members(self, status: MembershipStatus, date: NaiveDate) -> OnDate<&'r Party> {
        let days = self.registry().member_days.get(self.index());
        OnDate::from_days(
            self.record()
                .members
                .iter()
                .zip(days)
                .filter(|(m, _)| m.status == status)
                .map(|(m, d)| (&m.party, *d)),
            day(date),
        )
    }
}
