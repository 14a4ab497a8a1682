//! The directory: every organization, official and dimension of the world, with what the
//! generator knows about each organization beyond its record (its root, when it exists, who
//! held its posts when, its slug and short name), and the lookups the later phases ask of it.
//!
//! Reads: the organizations the world phase describes ([`NewOrg`]). Makes: their records and
//! [`OrgInfo`]s. The people and their posts are added in [`people`](super::people).

use std::ops::Range;

use multilateral::{
    CountryCode, Dimension, DimensionId, Official, OfficialId, Organization, OrganizationId,
    OrganizationKind, Place, Post, PostRole, Source,
};

use super::calendar::{Day, OPEN, Prec, partial};
use super::pieces::{index32, source, text};
use super::rng::Rng;
use super::setting::Setting;
use super::vocab::CITIES;

/// Every organization, official and dimension, by index.
#[derive(Debug, Default)]
pub(crate) struct Directory {
    pub(crate) orgs: Vec<Organization>,
    /// What the generator knows about each organization, by the same index.
    pub(crate) info: Vec<OrgInfo>,
    pub(crate) officials: Vec<Official>,
    /// Each official's posts, by the same index, as the phases add them; written on the
    /// records once, by [`take_officials`](Self::take_officials) (a record's list is a boxed
    /// slice, which grows only by a reallocation).
    pub(crate) posts: Vec<Vec<Post>>,
    pub(crate) dims: Vec<Dimension>,
}

/// One holding of a post, in days, as the generator sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Term {
    pub(crate) official: u32,
    pub(crate) role: PostRole,
    pub(crate) start: Day,
    /// Inclusive; [`OPEN`] while still held.
    pub(crate) end: Day,
}

impl Term {
    pub(crate) fn covers(&self, d: Day) -> bool {
        self.start <= d && d <= self.end
    }
}

/// What the generator knows about an organization beyond its record.
#[derive(Debug, Clone)]
pub(crate) struct OrgInfo {
    /// The topmost ancestor (itself for a top-level body).
    pub(crate) root: u32,
    /// When it exists: `from ..= to` ([`OPEN`] while it does).
    pub(crate) from: Day,
    pub(crate) to: Day,
    /// Head terms (acting ones included), sorted by start, never overlapping by more than
    /// the handover day.
    pub(crate) heads: Vec<Term>,
    /// Deputies, staff, members, chairs, representatives.
    pub(crate) others: Vec<Term>,
    /// The headquarters city, an index into [`CITIES`].
    pub(crate) city: Option<usize>,
    /// The headquarters country.
    pub(crate) country: Option<CountryCode>,
    /// The dimensions it defines (indices into the directory's dimensions).
    pub(crate) dims: Range<u32>,
    /// The hub it belongs to, if any.
    pub(crate) hub: Option<u32>,
    /// A short lower-case slug that starts the ids of its meetings and MoUs ("cdce").
    pub(crate) slug: String,
    /// How titles name it ("CDCE", or the full name when there is no acronym).
    pub(crate) short: String,
    /// Its head's title.
    pub(crate) head_title: &'static str,
    /// The web domain of its sources.
    pub(crate) domain: String,
}

/// An organization to add: what its record and its [`OrgInfo`] start from.
#[derive(Debug)]
pub(crate) struct NewOrg {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) acronym: Option<String>,
    pub(crate) kind: OrganizationKind,
    pub(crate) parent: Option<u32>,
    /// The headquarters city, an index into [`CITIES`]; its country is the headquarters
    /// country.
    pub(crate) city: Option<usize>,
    /// The headquarters country when there is no city.
    pub(crate) country: Option<CountryCode>,
    /// The day it was founded (written on the record by the caller, if at all).
    pub(crate) founded: Day,
    pub(crate) hub: Option<u32>,
    pub(crate) slug: String,
    pub(crate) short: String,
    pub(crate) head_title: &'static str,
    /// `None`: made from the slug, the kind and the country.
    pub(crate) domain: Option<String>,
}

impl Directory {
    /// Adds an organization; returns its index. A government body always shows its country,
    /// others now and then; top-level bodies show their headquarters.
    ///
    /// # Panics
    ///
    /// When `new.id` is not an id: the generator makes them of slugs and numbers.
    pub(crate) fn add_org(&mut self, set: &Setting, rng: &mut Rng, new: NewOrg) -> u32 {
        let index = index32(self.orgs.len());
        let id = OrganizationId::new(&new.id).expect("organization ids are slugs and numbers");
        let mut org = Organization::new(id, text(&new.name), new.kind);
        org.acronym = new.acronym.as_deref().map(text);
        org.parent = new.parent.map(|p| self.id(p).clone());
        let country = new.city.map(|c| set.city_country[c]).or(new.country);
        if new.kind == OrganizationKind::Government || rng.chance(150) {
            org.country = country;
        }
        if new.parent.is_none() {
            org.headquarters = match (new.city, country) {
                (Some(c), Some(cc)) if rng.chance(900) => Some(Place::city(text(CITIES[c].0), cc)),
                (_, Some(cc)) => Some(Place::in_country(cc)),
                _ => None,
            };
        }
        let domain = new
            .domain
            .unwrap_or_else(|| default_domain(&new.slug, new.kind, country));
        self.orgs.push(org);
        self.info.push(OrgInfo {
            root: new.parent.map_or(index, |p| self.root(p)),
            from: new.founded,
            to: OPEN,
            heads: Vec::new(),
            others: Vec::new(),
            city: new.city,
            country,
            dims: 0..0,
            hub: new.hub,
            slug: new.slug,
            short: new.short,
            head_title: new.head_title,
            domain,
        });
        index
    }

    /// An organization's own web page as a source.
    pub(crate) fn org_source(&self, set: &Setting, rng: &mut Rng, org: u32) -> Source {
        let info = self.info(org);
        let published = partial(rng.range(set.start, set.today), Prec::Year);
        source(
            rng,
            &format!("About {}", info.short),
            &format!("https://www.{}/about", info.domain),
            self.name(org),
            Some(published),
        )
    }

    // ----- lookups -----

    pub(crate) fn id(&self, org: u32) -> &OrganizationId {
        &self.orgs[org as usize].id
    }

    pub(crate) fn name(&self, org: u32) -> &str {
        self.orgs[org as usize].name.as_str()
    }

    pub(crate) fn info(&self, org: u32) -> &OrgInfo {
        &self.info[org as usize]
    }

    pub(crate) fn info_mut(&mut self, org: u32) -> &mut OrgInfo {
        &mut self.info[org as usize]
    }

    pub(crate) fn org_mut(&mut self, org: u32) -> &mut Organization {
        &mut self.orgs[org as usize]
    }

    pub(crate) fn root(&self, org: u32) -> u32 {
        self.info(org).root
    }

    pub(crate) fn short(&self, org: u32) -> &str {
        &self.info(org).short
    }

    pub(crate) fn slug(&self, org: u32) -> &str {
        &self.info(org).slug
    }

    /// Whether the organization exists on day `d`.
    pub(crate) fn active(&self, org: u32, d: Day) -> bool {
        let i = self.info(org);
        i.from <= d && d <= i.to
    }

    /// The officials' records, each with its posts.
    pub(crate) fn take_officials(&mut self) -> Vec<Official> {
        let mut officials = std::mem::take(&mut self.officials);
        for (o, posts) in officials.iter_mut().zip(std::mem::take(&mut self.posts)) {
            o.posts = posts.into();
        }
        officials
    }

    pub(crate) fn official_id(&self, official: u32) -> OfficialId {
        self.officials[official as usize].id.clone()
    }

    /// The head of an organization on a day, acting or not.
    pub(crate) fn head_at(&self, org: u32, d: Day) -> Option<u32> {
        let heads = &self.info(org).heads;
        let i = heads.partition_point(|t| t.start <= d).checked_sub(1)?;
        Some(heads[i]).filter(|t| t.covers(d)).map(|t| t.official)
    }

    /// Someone other than the head holding a post of one of `roles` on a day (and other than
    /// `not`).
    pub(crate) fn other_at(
        &self,
        org: u32,
        d: Day,
        roles: &[PostRole],
        not: Option<u32>,
    ) -> Option<u32> {
        self.info(org)
            .others
            .iter()
            .find(|t| t.covers(d) && roles.contains(&t.role) && Some(t.official) != not)
            .map(|t| t.official)
    }

    /// One of the dimensions an organization defines, `None` when it defines none.
    pub(crate) fn pick_dimension(&self, rng: &mut Rng, owner: u32) -> Option<&DimensionId> {
        let range = self.info(owner).dims.clone();
        if range.is_empty() {
            return None;
        }
        let k = range.start + index32(rng.index(range.len()));
        Some(&self.dims[k as usize].id)
    }
}

/// The web domain of an organization: a government's under its country's `gov`, others
/// under `int`, `edu` or `org`.
fn default_domain(slug: &str, kind: OrganizationKind, country: Option<CountryCode>) -> String {
    use OrganizationKind as K;
    match kind {
        K::Government => {
            let country = country.expect("a government body has a country");
            format!("{slug}.gov.{}", country.as_str().to_ascii_lowercase())
        }
        K::Intergovernmental | K::UnEntity => format!("{slug}.int"),
        K::Academic => format!("{slug}.edu"),
        _ => format!("{slug}.org"),
    }
}
