//! Who held a post, chaired, or belonged, on a day.

use chrono::NaiveDate;

use crate::country::CountryCode;
use crate::fold::fold_name;
use crate::official::{Post, PostRole};
use crate::organization::MembershipStatus;
use crate::party::Party;
use crate::registry::timeline::Day;
use crate::registry::{OfficialRef, OnDate, OrganizationRef, PostEntry, Registry, Scope, day};

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

/// One holding of a post: the official, the post as recorded, and where it is filed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Holding<'r> {
    /// Who held it.
    pub official: OfficialRef<'r>,
    /// The post, with its title, role and period.
    pub post: &'r Post,
    /// The organization or body the post is filed at (its `organization`): the CICA
    /// Secretariat for Kairat Sarybay's post of Secretary General.
    pub organization: OrganizationRef<'r>,
    /// Where the post is in the official's list of posts.
    position: u32,
}

impl Holding<'_> {
    /// Where the post is in the official's list of posts: the holding is
    /// `/officials/{k}/posts/{position}` of the document, for the official's place `k`.
    /// O(1).
    pub fn post_position(&self) -> usize {
        self.position as usize
    }
}

/// An answer about one of the bodies of an organization: which body, and what it says.
///
/// Given by the questions that cover an organization's sub-bodies, such as
/// [`OrganizationRef::chair_within`]: which state chaired which body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct InBody<'r, T> {
    /// The organization or body the answer is about.
    pub body: OrganizationRef<'r>,
    /// What the records say of it: a state chairing it, a party belonging to it.
    pub value: T,
}

/// A [`PostFilter`] made ready for the posts index: a title folded once, and numbered as
/// the index numbers titles (`None` when no post has it, so that it matches none).
#[derive(Debug, Clone, Copy)]
enum Selector {
    Role(PostRole),
    Title(Option<u32>),
}

impl Selector {
    /// O(q) for a title of q bytes, O(1) for a role.
    fn of(r: &Registry, filter: PostFilter<'_>) -> Self {
        match filter {
            PostFilter::Role(role) => Self::Role(role),
            PostFilter::Title(t) => Self::Title(r.titles.get(&fold_name(t)).copied()),
        }
    }
}

impl Registry {
    /// The holding a post entry of organization `at` stands for, with its days.
    fn holding_of(&self, at: usize, e: &PostEntry) -> (Holding<'_>, [Day; 4]) {
        let official = OfficialRef::new(self, e.official as usize);
        let post = official
            .record()
            .posts
            .get(e.post as usize)
            .expect("an entry names a post of its official");
        let organization = OrganizationRef::new(self, at);
        (
            Holding {
                official,
                post,
                organization,
                position: e.post,
            },
            e.days,
        )
    }
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
    /// Only the posts filed at the organization itself are asked about: see
    /// [`holders_within`](Self::holders_within) for its bodies too.
    ///
    /// Cost: O(log h + k) over the h posts recorded at the organization for a role (the k of
    /// that role), O(q + h + k log k) for a title of q bytes.
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
        let selector = Selector::of(self.registry(), filter);
        OnDate::from_days(self.selected(selector), day(date))
    }

    /// The posts of the organization alone that `filter` selects, with their days: for a
    /// role in official and post order, for a title likewise. O(log h + k) for a role,
    /// O(h + k log k) for a title, over the h posts recorded at the organization.
    fn selected(self, filter: Selector) -> Vec<(Holding<'r>, [Day; 4])> {
        let r = self.registry();
        let at = self.index();
        let entries = r.posts_at.get(at);
        match filter {
            Selector::Role(role) => {
                // Entries are sorted by role, then official and post.
                let from = entries.partition_point(|e| e.role < role);
                let to = entries.partition_point(|e| e.role <= role);
                let of_role = entries.get(from..to).expect("partition points");
                crate::work::steps(of_role.len());
                of_role.iter().map(|e| r.holding_of(at, e)).collect()
            }
            Selector::Title(title) => {
                crate::work::steps(entries.len());
                let mut found: Vec<&PostEntry> =
                    entries.iter().filter(|e| Some(e.title) == title).collect();
                found.sort_unstable_by_key(|e| (e.official, e.post));
                found.into_iter().map(|e| r.holding_of(at, e)).collect()
            }
        }
    }

    /// Who held posts of the organization on a day, as [`holders`](Self::holders) answers,
    /// and with [`Scope::WithSubBodies`] at any body below it too: "who heads CICA?" finds
    /// the Secretary General whose post is filed at the CICA Secretariat. Each holding says
    /// where its post is filed ([`Holding::organization`]); keep those of the bodies you
    /// mean (the head of a youth council is a head too). With [`Scope::Exact`], or for an
    /// organization without sub-bodies, the answer is that of `holders`.
    ///
    /// Holdings come body by body: the organization first, then the bodies below it breadth
    /// first (each level in document order), each body's as `holders` orders them. The
    /// status is worked out over all of them: `Vacant` when some body has holders before
    /// the day and some after, and none then.
    ///
    /// Cost: O(b + Σ (log hᵢ + kᵢ)) for a role, O(q + b + h + k log k) for a title of q
    /// bytes, over the b bodies in scope, the h posts recorded at them (hᵢ at body i, kᵢ of
    /// them of the role) and the k found.
    ///
    /// ```
    /// # use multilateral::{OrganizationId, PostRole, Registry, ymd};
    /// # use multilateral::registry::{DateStatus, PostFilter, Scope};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let head = PostFilter::Role(PostRole::Head);
    /// let day = ymd(2024, 11, 26);
    /// // The post is filed at the secretariat: CICA alone has no head on record.
    /// assert_eq!(cica.holders_within(head, day, Scope::Exact).status, DateStatus::Unknown);
    /// let heads = cica.holders_within(head, day, Scope::WithSubBodies);
    /// assert_eq!(heads.possible[0].official.id, "kairat-sarybay");
    /// assert_eq!(heads.possible[0].organization.id, "cica-secretariat");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holders_within(
        self,
        filter: PostFilter<'_>,
        date: NaiveDate,
        scope: Scope,
    ) -> OnDate<Holding<'r>> {
        let r = self.registry();
        let selector = Selector::of(r, filter);
        let items = r
            .org_tree(self.index(), scope)
            .into_iter()
            .flat_map(|o| OrganizationRef::new(r, o).selected(selector));
        OnDate::from_days(items, day(date))
    }

    /// Every post of the organization held on a day, whatever its role or title; with
    /// [`Scope::WithSubBodies`], also the posts filed at the bodies below it. The answer is
    /// three-valued as [`holders`](Self::holders)' is; holdings come body by body as
    /// [`holders_within`](Self::holders_within) gives them, each body's by role (in the order
    /// of [`PostRole`]), then official (in document order), then the official's posts.
    ///
    /// Cost: O(b + h) over the b bodies in scope and the h posts recorded at them.
    ///
    /// ```
    /// # use multilateral::{OrganizationId, Registry, ymd};
    /// # use multilateral::registry::{DateStatus, Scope};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let hd = registry.organization(&OrganizationId::from_static("hd-centre")).unwrap();
    /// let posts = hd.posts_on(ymd(2024, 11, 26), Scope::Exact);
    /// // Katie Sams, deputy executive director and chief operating officer, no dates given.
    /// assert_eq!(posts.status, DateStatus::Possible);
    /// let titles: Vec<_> = posts.possible.iter().map(|h| h.post.title.as_deref()).collect();
    /// assert_eq!(titles, [Some("Deputy Executive Director"), Some("Chief Operating Officer")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn posts_on(self, date: NaiveDate, scope: Scope) -> OnDate<Holding<'r>> {
        let r = self.registry();
        let items = r.org_tree(self.index(), scope).into_iter().flat_map(|o| {
            let entries = r.posts_at.get(o);
            entries.iter().map(move |e| r.holding_of(o, e))
        });
        OnDate::from_days(items, day(date))
    }

    /// Every holding of the organization's posts that `filter` selects, whatever its dates:
    /// for a role in official and post order, for a title likewise. Cost: O(log h + k) for a
    /// role, O(h + k log k) for a title, over the h posts recorded at the organization.
    pub(crate) fn holdings(self, filter: PostFilter<'_>) -> Vec<Holding<'r>> {
        let selector = Selector::of(self.registry(), filter);
        self.selected(selector)
            .into_iter()
            .map(|(h, _)| h)
            .collect()
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

    /// Which states chaired the organization and, with [`Scope::WithSubBodies`], the bodies
    /// below it, on a day: each chairmanship with the body it is of, body by body as
    /// [`holders_within`](Self::holders_within) orders them (each body's chairmanships in
    /// document order). Each body's terms are read one chair at a time, as
    /// [`chair`](Self::chair) reads them; the status is worked out over all bodies.
    ///
    /// Cost: O(b + c) over the b bodies in scope and the c chairmanships recorded for them.
    ///
    /// ```
    /// # use multilateral::{OrganizationId, Registry, ymd};
    /// # use multilateral::registry::{DateStatus, Scope};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let chairs = cica.chair_within(ymd(2024, 11, 26), Scope::WithSubBodies);
    /// assert_eq!(chairs.status, DateStatus::Known);
    /// assert_eq!(chairs.definite[0].body.id, "cica");
    /// assert_eq!(chairs.definite[0].value.as_str(), "KZ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn chair_within(self, date: NaiveDate, scope: Scope) -> OnDate<InBody<'r, CountryCode>> {
        let r = self.registry();
        let items = r.org_tree(self.index(), scope).into_iter().flat_map(|o| {
            let body = OrganizationRef::new(r, o);
            let days = r.chair_days.get(o);
            body.record().chairs.iter().zip(days).map(move |(c, d)| {
                (
                    InBody {
                        body,
                        value: c.country,
                    },
                    *d,
                )
            })
        });
        OnDate::from_days(items, day(date))
    }

    /// The parties with a given standing in the organization and, with
    /// [`Scope::WithSubBodies`], in the bodies below it, on a day: each membership with the
    /// body it is of, body by body as [`holders_within`](Self::holders_within) orders them
    /// (each body's memberships in document order). A party that belongs to two bodies is
    /// listed for each. Cost: O(b + m) over the b bodies in scope and the m memberships
    /// recorded for them.
    ///
    /// ```
    /// # use multilateral::{MembershipStatus, OrganizationId, Registry, ymd};
    /// # use multilateral::registry::{DateStatus, Scope};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
    /// let members = iom.members_within(MembershipStatus::Member, ymd(2024, 11, 26), Scope::WithSubBodies);
    /// // The release names no member of IOM or of its Council.
    /// assert_eq!(members.status, DateStatus::Unknown);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn members_within(
        self,
        status: MembershipStatus,
        date: NaiveDate,
        scope: Scope,
    ) -> OnDate<InBody<'r, &'r Party>> {
        let r = self.registry();
        let items = r.org_tree(self.index(), scope).into_iter().flat_map(|o| {
            let body = OrganizationRef::new(r, o);
            let days = r.member_days.get(o);
            body.record()
                .members
                .iter()
                .zip(days)
                .filter(move |(m, _)| m.status == status)
                .map(move |(m, d)| {
                    (
                        InBody {
                            body,
                            value: &m.party,
                        },
                        *d,
                    )
                })
        });
        OnDate::from_days(items, day(date))
    }
}

impl<'r> OfficialRef<'r> {
    /// The posts the official held on a day, each with the organization it is filed at,
    /// three-valued as [`OrganizationRef::holders`] answers: `Known` with the posts whose
    /// tenure certainly covers the day, `Possible` when some only may, `Vacant` when the
    /// official held posts before and after but none then, `Unknown` when the records say
    /// nothing. Posts in the order of the official's record.
    ///
    /// Cost: O(q log h) over the official's q posts, each found among the h posts recorded
    /// at its organization.
    ///
    /// ```
    /// # use multilateral::{OfficialId, Registry, ymd};
    /// # use multilateral::registry::DateStatus;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let sams = registry.official(&OfficialId::from_static("katie-sams")).unwrap();
    /// let posts = sams.posts_on(ymd(2024, 11, 26));
    /// assert_eq!(posts.status, DateStatus::Possible);
    /// assert_eq!(posts.possible.len(), 2);
    /// assert_eq!(posts.possible[0].organization.id, "hd-centre");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn posts_on(self, date: NaiveDate) -> OnDate<Holding<'r>> {
        let r = self.registry();
        let me = crate::resolve::index(self.index());
        let items = self.record().posts.iter().enumerate().map(|(j, p)| {
            let at = r
                .organization(&p.organization)
                .expect("a valid dataset's posts resolve")
                .index();
            let entries = r.posts_at.get(at);
            let key = (p.role, me, crate::resolve::index(j));
            let found = entries
                .binary_search_by_key(&key, |e| (e.role, e.official, e.post))
                .expect("every post has an entry at its organization");
            crate::work::steps(entries.len().max(1).ilog2() as usize + 1);
            r.holding_of(at, entries.get(found).expect("a binary search result"))
        });
        OnDate::from_days(items, day(date))
    }
}
