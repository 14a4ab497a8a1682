//! The generator's state, and the world the meetings happen in: organizations, their
//! officials and post histories, memberships, chairmanships and dimensions.

use std::ops::Range;

use chrono::Datelike;

use multilateral::CountryCode;
use multilateral::LangTag;
use multilateral::Mou;
use multilateral::PartialDate;
use multilateral::Party;
use multilateral::Period;
use multilateral::Source;
use multilateral::ValueError;
use multilateral::{
    Chairmanship, Membership, MembershipStatus, Organization, OrganizationKind, Place,
};
use multilateral::{Coordinator, CoordinatorRole, Dimension};
use multilateral::{DimensionId, OfficialId, OrganizationId};
use multilateral::{ExternalId, OtherName};
use multilateral::{Meeting, MeetingStatus};
use multilateral::{Official, Post, PostRole};
use multilateral::{Text, WebUrl};

use super::SynthConfig;
use super::calendar::{self, Day, OPEN, Prec, YEAR, day, partial, year_of};
use super::rng::{Rng, Zipf};
use super::vocab::{self, CITIES, HUBS, HubDef};

/// One holding of a post, in days, as the generator sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Term {
    pub(crate) start: Day,
    /// Inclusive; [`OPEN`] while still held.
    pub(crate) end: Day,
    pub(crate) official: u32,
    pub(crate) role: PostRole,
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
    /// When it exists: founded ..= dissolved (or [`OPEN`]).
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
    /// The dimensions it defines (indices into the dataset's dimensions).
    pub(crate) dims: Range<u32>,
    /// The hub it belongs to, if any.
    pub(crate) hub: Option<u32>,
    /// A short lower-case slug for ids ("cdce", "unwp").
    pub(crate) slug: String,
    /// How titles name it ("CDCE", or the full name when there is no acronym).
    pub(crate) short: String,
    /// Its head's title.
    pub(crate) head_title: &'static str,
    /// The web domain of its sources.
    pub(crate) domain: String,
}

/// A state with a foreign ministry in the dataset.
#[derive(Debug, Clone)]
pub(crate) struct Core {
    pub(crate) country: CountryCode,
    pub(crate) mfa: u32,
}

/// A hub: an intergovernmental organization with its bodies, members and chairs.
#[derive(Debug, Clone)]
pub(crate) struct Hub {
    pub(crate) def: &'static HubDef,
    pub(crate) org: u32,
    pub(crate) secretariat: u32,
    pub(crate) council: u32,
    pub(crate) advisory: u32,
    pub(crate) network: u32,
    /// Member states, as indices into `Gen::core` when they have a ministry there.
    pub(crate) members: Vec<CountryCode>,
    /// Chair terms: (start, end, index into `Gen::core`), consecutive.
    pub(crate) chairs: Vec<(Day, Day, usize)>,
}

/// What the generator knows about a meeting beyond its record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MeetInfo {
    pub(crate) start: Day,
    /// Inclusive.
    pub(crate) end: Day,
    pub(crate) status: MeetingStatus,
    /// The organization the meeting is mainly about (organizer, visitor, first side).
    pub(crate) lead: u32,
    /// The hub that organized it, or whose frame it belongs to.
    pub(crate) hub: Option<u32>,
    /// For a visit, the country visited.
    pub(crate) country: Option<CountryCode>,
}

/// What the generator knows about an MoU beyond its record.
#[derive(Debug, Clone)]
pub(crate) struct MouInfo {
    /// The signing day, `None` for a draft.
    pub(crate) signed: Option<Day>,
    pub(crate) parties: Vec<u32>,
}

/// The whole generation state.
pub(crate) struct Gen {
    pub(crate) rng: Rng,
    pub(crate) target_meetings: usize,
    /// First day of the records.
    pub(crate) start: Day,
    /// The day the records are "as of": later meetings are planned.
    pub(crate) today: Day,
    /// The last day planned meetings are set on.
    pub(crate) horizon: Day,
    pub(crate) countries: Vec<CountryCode>,
    /// The city of [`CITIES`] in each country, by index in `countries`.
    pub(crate) capital: Vec<Option<usize>>,
    pub(crate) core: Vec<Core>,
    pub(crate) hubs: Vec<Hub>,
    pub(crate) orgs: Vec<Organization>,
    pub(crate) info: Vec<OrgInfo>,
    pub(crate) officials: Vec<Official>,
    pub(crate) dims: Vec<Dimension>,
    /// Organizations outside the hubs, most popular first.
    pub(crate) pool: Vec<u32>,
    pub(crate) zipf: Zipf,
    /// Organizations by the index of their headquarters country in `countries`.
    pub(crate) by_country: Vec<Vec<u32>>,
    pub(crate) mous: Vec<Mou>,
    pub(crate) mou_info: Vec<MouInfo>,
    /// MoUs by the root organization of each party.
    pub(crate) mous_of_root: Vec<Vec<u32>>,
    pub(crate) meetings: Vec<Meeting>,
    pub(crate) minfo: Vec<MeetInfo>,
    /// Meetings others can be held on the sidelines of.
    pub(crate) frames: Vec<u32>,
    /// The frames each hub organized.
    pub(crate) hub_frames: Vec<Vec<u32>>,
    /// Visits, whose programme meetings are part of them.
    pub(crate) visits: Vec<u32>,
    /// Summits and ministerial meetings, which others prepare.
    pub(crate) targets: Vec<u32>,
    /// Sessions and summits to number in order: (hub, is a summit, meeting).
    pub(crate) numbered: Vec<(u32, bool, u32)>,
    /// How many series records have been made.
    pub(crate) series: usize,
    pub(crate) langs: Langs,
}

/// The language tags the generator uses.
pub(crate) struct Langs {
    pub(crate) ru: LangTag,
    pub(crate) kk: LangTag,
    pub(crate) fr: LangTag,
    pub(crate) en_gb: LangTag,
    pub(crate) es: LangTag,
}

pub(crate) fn text(s: &str) -> Result<Text, ValueError> {
    Text::new(s)
}

/// A source with whichever of url, title, publisher and date the draw gives.
pub(crate) fn source(
    rng: &mut Rng,
    title: &str,
    url: &str,
    publisher: &str,
    published: Option<PartialDate>,
) -> Result<Source, ValueError> {
    let shape = rng.below(100);
    let mut s = Source::default();
    if shape >= 10 {
        s.title = Some(text(title)?);
    }
    if shape < 75 {
        s.url = Some(WebUrl::new(url)?);
    }
    if (10..85).contains(&shape) {
        s.publisher = Some(text(publisher)?);
    }
    if shape < 90 {
        s.published = published;
    }
    Ok(s)
}

/// Sizes derived from the number of meetings.
struct Plan {
    hubs: usize,
    core: usize,
    organizations: usize,
}

impl Plan {
    fn new(meetings: usize) -> Self {
        let organizations = (meetings / 20).max(12);
        let hubs = 2
            + usize::from(meetings >= 2_000)
            + usize::from(meetings >= 20_000)
            + 2 * usize::from(meetings >= 200_000);
        Self {
            hubs: hubs.min(HUBS.len()),
            core: (organizations / 25).clamp(4, CITIES.len()),
            organizations,
        }
    }
}

impl Gen {
    pub(crate) fn new(config: &SynthConfig) -> Result<Self, ValueError> {
        let first = i32::from(config.first_year.clamp(1800, 9000));
        let years = i32::from(config.years.clamp(1, 500));
        let start = day(first, 1, 1);
        let today = day(first + years - 1, 12, 31);
        let countries: Vec<CountryCode> = CountryCode::all().collect();
        let capital = countries
            .iter()
            .map(|c| CITIES.iter().position(|(_, code)| *code == c.as_str()))
            .collect();
        Ok(Self {
            rng: Rng::new(config.seed),
            target_meetings: config.meetings,
            start,
            today,
            horizon: today + YEAR,
            countries,
            capital,
            core: Vec::new(),
            hubs: Vec::new(),
            orgs: Vec::new(),
            info: Vec::new(),
            officials: Vec::new(),
            dims: Vec::new(),
            pool: Vec::new(),
            zipf: Zipf::default(),
            by_country: Vec::new(),
            mous: Vec::new(),
            mou_info: Vec::new(),
            mous_of_root: Vec::new(),
            meetings: Vec::new(),
            minfo: Vec::new(),
            frames: Vec::new(),
            hub_frames: Vec::new(),
            visits: Vec::new(),
            targets: Vec::new(),
            numbered: Vec::new(),
            series: 0,
            langs: Langs {
                ru: LangTag::new("ru")?,
                kk: LangTag::new("kk-Cyrl")?,
                fr: LangTag::new("fr")?,
                en_gb: LangTag::new("en-GB")?,
                es: LangTag::new("es")?,
            },
        })
    }

    /// Builds every organization, official and dimension.
    pub(crate) fn world(&mut self) -> Result<(), ValueError> {
        let plan = Plan::new(self.target_meetings);
        self.core_states(plan.core)?;
        for h in 0..plan.hubs {
            if let Some(def) = HUBS.get(h) {
                self.hub(def)?;
            }
        }
        while self.orgs.len() < plan.organizations {
            self.other_org()?;
        }
        self.build_pool();
        for h in 0..self.hubs.len() {
            self.hub_partners(h)?;
        }
        self.mous_of_root = vec![Vec::new(); self.orgs.len()];
        Ok(())
    }

    // ----- small helpers -----

    /// The index of a country in `countries`.
    pub(crate) fn country_index(&self, c: CountryCode) -> Option<usize> {
        self.countries.binary_search(&c).ok()
    }

    pub(crate) fn org_id(&self, org: u32) -> Option<&OrganizationId> {
        self.orgs.get(org as usize).map(|o| &o.id)
    }

    pub(crate) fn info(&self, org: u32) -> Option<&OrgInfo> {
        self.info.get(org as usize)
    }

    pub(crate) fn root(&self, org: u32) -> u32 {
        self.info(org).map_or(org, |i| i.root)
    }

    pub(crate) fn short(&self, org: u32) -> &str {
        self.info(org).map_or("", |i| i.short.as_str())
    }

    pub(crate) fn slug_of(&self, org: u32) -> &str {
        self.info(org).map_or("org", |i| i.slug.as_str())
    }

    pub(crate) fn active(&self, org: u32, d: Day) -> bool {
        self.info(org).is_some_and(|i| i.from <= d && d <= i.to)
    }

    pub(crate) fn official_id(&self, official: u32) -> Option<OfficialId> {
        self.officials.get(official as usize).map(|o| o.id.clone())
    }

    /// The head of an organization on a day, acting or not.
    pub(crate) fn head_at(&self, org: u32, d: Day) -> Option<u32> {
        let heads = &self.info(org)?.heads;
        let i = heads.partition_point(|t| t.start <= d).checked_sub(1)?;
        heads.get(i).filter(|t| t.covers(d)).map(|t| t.official)
    }

    /// Someone other than the head holding a post of one of `roles` on a day.
    pub(crate) fn other_at(
        &self,
        org: u32,
        d: Day,
        roles: &[PostRole],
        not: Option<u32>,
    ) -> Option<u32> {
        self.info(org)?
            .others
            .iter()
            .find(|t| t.covers(d) && roles.contains(&t.role) && Some(t.official) != not)
            .map(|t| t.official)
    }

    /// The official who speaks for an organization on a day: its head, the head of its
    /// secretariat for a hub, else a deputy or a member of staff.
    pub(crate) fn representative(&self, org: u32, d: Day) -> Option<u32> {
        if let Some(head) = self.head_at(org, d) {
            return Some(head);
        }
        let info = self.info(org)?;
        if let Some(hub) = info.hub.and_then(|h| self.hubs.get(h as usize)) {
            if hub.org == org {
                return self.head_at(hub.secretariat, d);
            }
        }
        self.other_at(
            org,
            d,
            &[PostRole::Deputy, PostRole::Chair, PostRole::Staff],
            None,
        )
    }

    /// A Zipf-popular organization outside the hubs that exists on day `d`; falls back on a
    /// foreign ministry.
    pub(crate) fn counterpart(&mut self, d: Day, not_root: Option<u32>) -> u32 {
        for _ in 0..6 {
            let rank = self.zipf.sample(&mut self.rng);
            if let Some(&org) = self.pool.get(rank) {
                if self.active(org, d) && Some(self.root(org)) != not_root {
                    return org;
                }
            }
        }
        let i = self.rng.index(self.core.len());
        let mfa = self.core.get(i).map_or(0, |c| c.mfa);
        if Some(self.root(mfa)) == not_root {
            self.core
                .iter()
                .map(|c| c.mfa)
                .find(|&m| Some(self.root(m)) != not_root)
                .unwrap_or(mfa)
        } else {
            mfa
        }
    }

    // ----- organizations -----

    #[allow(clippy::too_many_arguments)]
    fn add_org(
        &mut self,
        id: &str,
        name: &str,
        acronym: Option<&str>,
        kind: OrganizationKind,
        parent: Option<u32>,
        city: Option<usize>,
        country: Option<CountryCode>,
        from: Day,
    ) -> Result<u32, ValueError> {
        let index = u32::try_from(self.orgs.len()).unwrap_or(u32::MAX);
        let mut org = Organization::new(OrganizationId::new(id)?, text(name)?, kind);
        if let Some(a) = acronym {
            org.acronym = Some(text(a)?);
        }
        org.parent = match parent {
            Some(p) => self.org_id(p).cloned(),
            None => None,
        };
        let hq_country = city
            .and_then(|c| CITIES.get(c))
            .and_then(|(_, code)| code.parse::<CountryCode>().ok())
            .or(country);
        if kind == OrganizationKind::Government || self.rng.chance(150) {
            org.country = hq_country;
        }
        if parent.is_none() {
            org.headquarters = match (city.and_then(|c| CITIES.get(c)), hq_country) {
                (Some((name, _)), Some(c)) if self.rng.chance(900) => {
                    Some(Place::city(text(name)?, c))
                }
                (_, Some(c)) => Some(Place::in_country(c)),
                _ => None,
            };
        }
        let root = parent.map_or(index, |p| self.root(p));
        let slug_text = acronym.map_or_else(|| vocab::slug(name), vocab::slug);
        let slug = if slug_text.is_empty() {
            "org".to_owned()
        } else {
            slug_text.chars().take(12).collect::<String>()
        };
        let slug = slug.trim_end_matches('-').to_owned();
        let domain = match kind {
            OrganizationKind::Government => format!(
                "{slug}.gov.{}",
                hq_country.map_or("int".to_owned(), |c| c.as_str().to_ascii_lowercase())
            ),
            OrganizationKind::Intergovernmental | OrganizationKind::UnEntity => {
                format!("{slug}.int")
            }
            OrganizationKind::Academic => format!("{slug}.edu"),
            _ => format!("{slug}.org"),
        };
        let hub = parent.and_then(|p| self.info(p)).and_then(|i| i.hub);
        self.orgs.push(org);
        self.info.push(OrgInfo {
            root,
            from,
            to: OPEN,
            heads: Vec::new(),
            others: Vec::new(),
            city,
            country: hq_country,
            dims: 0..0,
            hub,
            slug,
            short: acronym.unwrap_or(name).to_owned(),
            head_title: "Director",
            domain,
        });
        Ok(index)
    }

    fn org_mut(&mut self, org: u32) -> Option<&mut Organization> {
        self.orgs.get_mut(org as usize)
    }

    fn info_mut(&mut self, org: u32) -> Option<&mut OrgInfo> {
        self.info.get_mut(org as usize)
    }

    /// An organization's own web page as a source.
    fn org_source(&mut self, org: u32) -> Result<Source, ValueError> {
        let (domain, short) = self
            .info(org)
            .map(|i| (i.domain.clone(), i.short.clone()))
            .unwrap_or_default();
        let name = self
            .orgs
            .get(org as usize)
            .map(|o| o.name.to_string())
            .unwrap_or_default();
        let published = partial(self.rng.range(self.start, self.today), Prec::Year)?;
        source(
            &mut self.rng,
            &format!("About {short}"),
            &format!("https://www.{domain}/about"),
            &name,
            Some(published),
        )
    }

    /// The foreign ministries of the core states.
    fn core_states(&mut self, n: usize) -> Result<(), ValueError> {
        let mut cities: Vec<usize> = (0..CITIES.len()).collect();
        self.rng.shuffle(&mut cities);
        // The hubs' seats come first, so that every hub's host state is a core state.
        let seats: Vec<usize> = HUBS
            .iter()
            .filter_map(|h| CITIES.iter().position(|(c, _)| *c == h.city))
            .collect();
        cities.retain(|c| !seats.contains(c));
        let chosen: Vec<usize> = seats.into_iter().chain(cities).take(n).collect();
        for city in chosen {
            let Some(country) = CITIES
                .get(city)
                .and_then(|(_, code)| code.parse::<CountryCode>().ok())
            else {
                continue;
            };
            let founded = self.start - self.rng.range(30 * YEAR, 80 * YEAR);
            let mfa = self.add_org(
                &format!("mfa-{}", country.as_str().to_ascii_lowercase()),
                &format!("Ministry of Foreign Affairs of {}", country.name()),
                Some("MFA"),
                OrganizationKind::Government,
                None,
                Some(city),
                Some(country),
                founded,
            )?;
            if let Some(i) = self.info_mut(mfa) {
                i.short = format!("{} Foreign Ministry", country.name());
                i.head_title = "Minister of Foreign Affairs";
                i.slug = format!("mfa-{}", country.as_str().to_ascii_lowercase());
                i.domain = format!("mfa.gov.{}", country.as_str().to_ascii_lowercase());
            }
            if let Some(o) = self.org_mut(mfa) {
                o.founded = Some(partial(founded, Prec::Year)?);
            }
            if self.rng.chance(300) {
                let s = self.org_source(mfa)?;
                if let Some(o) = self.org_mut(mfa) {
                    o.sources.push(s);
                }
            }
            self.core.push(Core { country, mfa });
            let from = self.start - self.rng.range(0, 4 * YEAR);
            if self.rng.chance(500) {
                self.chain(
                    mfa,
                    PostRole::Deputy,
                    "Deputy Minister of Foreign Affairs",
                    from,
                    3 * YEAR,
                    8 * YEAR,
                    Some(country),
                )?;
            }
            self.head_chain(
                mfa,
                from,
                2 * YEAR,
                7 * YEAR,
                (
                    "Minister of Foreign Affairs",
                    "Minister of Foreign Affairs",
                    OPEN,
                ),
                Some(country),
            )?;
        }
        Ok(())
    }

    /// A hub with its bodies, members, chairs, officials and dimensions.
    fn hub(&mut self, def: &'static HubDef) -> Result<(), ValueError> {
        let h = u32::try_from(self.hubs.len()).unwrap_or(0);
        let city = CITIES.iter().position(|(c, _)| *c == def.city);
        let founded_year = def.founded.min(year_of(self.start) - 2);
        let founded = day(founded_year, 1, 1) + self.rng.range(0, 300);
        let slug = def.acronym.to_ascii_lowercase();
        let org = self.add_org(
            &slug,
            def.name,
            Some(def.acronym),
            OrganizationKind::Intergovernmental,
            None,
            city,
            None,
            founded,
        )?;
        if let Some(i) = self.info_mut(org) {
            i.hub = Some(h);
        }
        let (ru, fr) = (self.langs.ru.clone(), self.langs.fr.clone());
        let ext = format!("Q{}", 100_000 + self.rng.below(9_000_000));
        let s = self.org_source(org)?;
        if let Some(o) = self.org_mut(org) {
            o.founded = Some(partial(founded, Prec::Year)?);
            o.other_names = vec![
                OtherName::in_lang(text(def.name_fr)?, fr),
                OtherName::in_lang(text(def.name_ru)?, ru),
            ];
            o.identifiers = vec![ExternalId::new(text("wikidata")?, text(&ext)?)];
            o.sources.push(s);
        }
        let body = |g: &mut Gen, suffix: &str, name: String, kind| -> Result<u32, ValueError> {
            let id = format!("{slug}-{suffix}");
            let b = g.add_org(&id, &name, None, kind, Some(org), city, None, founded)?;
            let domain = format!("{slug}.int");
            if let Some(i) = g.info_mut(b) {
                i.short = name;
                i.slug = id;
                i.domain = domain;
            }
            Ok(b)
        };
        let secretariat = body(
            self,
            "secretariat",
            format!("{} Secretariat", def.acronym),
            OrganizationKind::Secretariat,
        )?;
        let council = body(
            self,
            "council",
            format!("{} {}", def.acronym, def.council),
            OrganizationKind::GoverningBody,
        )?;
        let advisory = body(
            self,
            "advisory",
            format!("{} {}", def.acronym, def.advisory),
            OrganizationKind::AdvisoryBody,
        )?;
        let network = body(
            self,
            "network",
            format!("{} {}", def.acronym, def.network),
            OrganizationKind::Network,
        )?;
        for b in [secretariat, council, advisory, network] {
            if let Some(i) = self.info_mut(b) {
                i.hub = Some(h);
            }
        }
        if let Some(i) = self.info_mut(secretariat) {
            i.head_title = def.head_titles.1;
        }

        // Members and chairs.
        let members = self.hub_members(org, city, founded)?;
        let chairs = self.hub_chairs(org, &members, founded)?;
        self.hubs.push(Hub {
            def,
            org,
            secretariat,
            council,
            advisory,
            network,
            members,
            chairs,
        });
        self.hub_frames.push(Vec::new());

        // The secretariat's people: deputies first, so that one can act as head.
        let from = founded.max(self.start - 6 * YEAR);
        for title in ["Deputy Secretary General", "Deputy Executive Director"] {
            self.chain(
                secretariat,
                PostRole::Deputy,
                title,
                from,
                3 * YEAR,
                5 * YEAR,
                None,
            )?;
        }
        let renamed = day(def.renamed, 1, 1) + self.rng.range(0, 200);
        let titles = (def.head_titles.0, def.head_titles.1, renamed);
        self.head_chain(secretariat, from, 3 * YEAR, 6 * YEAR, titles, None)?;
        for k in 0..5 {
            let (role, title) = if k == 4 {
                (PostRole::Other, self.rng.word(vocab::OTHER_TITLES))
            } else {
                (PostRole::Staff, self.rng.word(vocab::STAFF_TITLES))
            };
            let s = self.rng.range(from, self.today - YEAR);
            let e = s + self.rng.range(2 * YEAR, 9 * YEAR);
            let e = if e >= self.today { OPEN } else { e };
            let person = self.person(None)?;
            self.post(person, secretariat, role, title, false, s, e, true)?;
        }
        self.head_chain(
            advisory,
            from,
            3 * YEAR,
            8 * YEAR,
            ("Chairperson", "Chairperson", OPEN),
            None,
        )?;
        self.head_chain(
            network,
            from.max(self.start),
            3 * YEAR,
            8 * YEAR,
            ("Coordinator", "Coordinator", OPEN),
            None,
        )?;
        self.council_posts(h)?;
        self.hub_dimensions(h, org)?;
        Ok(())
    }

    /// Member states of a hub over periods, observers and dialogue partners.
    fn hub_members(
        &mut self,
        org: u32,
        city: Option<usize>,
        founded: Day,
    ) -> Result<Vec<CountryCode>, ValueError> {
        let seat = city
            .and_then(|c| CITIES.get(c))
            .and_then(|(_, code)| code.parse::<CountryCode>().ok());
        // Core states first (they have ministries), then the rest, each once.
        let mut core: Vec<CountryCode> = self.core.iter().map(|c| c.country).collect();
        self.rng.shuffle(&mut core);
        let mut rest = self.countries.clone();
        self.rng.shuffle(&mut rest);
        let mut order: Vec<CountryCode> = seat.into_iter().collect();
        for c in core.into_iter().chain(rest) {
            if !order.contains(&c) {
                order.push(c);
            }
            if order.len() >= 40 {
                break;
            }
        }
        let core_count = self.core.len();
        let n_members = self.rng.count(8, 24).min(order.len()).max(1);
        let n_members = n_members.max(core_count.min(3)).min(order.len());
        let mut list = Vec::new();
        let mut members = Vec::new();
        for (k, &c) in order.iter().enumerate() {
            let founding = k == 0 || self.rng.chance(550);
            let status;
            let period;
            if k < n_members {
                members.push(c);
                status = MembershipStatus::Member;
                if founding {
                    period = calendar::period(founded, OPEN, Prec::Year, Prec::Day, true)?;
                } else {
                    let joined = self.rng.range(founded + YEAR, self.today - YEAR);
                    if self.rng.chance(400) {
                        // An observer first, then a member from the day it joined.
                        let observed = self.rng.range(founded, joined - 30);
                        list.push(
                            Membership::new(Party::State(c), MembershipStatus::Observer).during(
                                calendar::period(observed, joined, Prec::Year, Prec::Day, true)?,
                            ),
                        );
                    }
                    let left = if self.rng.chance(80) {
                        self.rng.range(joined + YEAR, self.today)
                    } else {
                        OPEN
                    };
                    period = calendar::period(joined, left, Prec::Day, Prec::Month, true)?;
                }
            } else if k < n_members + 4 {
                status = MembershipStatus::Observer;
                let s = self.rng.range(founded, self.today - YEAR);
                period = calendar::period(s, OPEN, Prec::Month, Prec::Day, true)?;
            } else if k < n_members + 6 {
                status = MembershipStatus::DialoguePartner;
                period = if self.rng.chance(300) {
                    Period::unknown()
                } else {
                    let s = self.rng.range(founded, self.today - YEAR);
                    calendar::period(s, OPEN, Prec::Year, Prec::Day, true)?
                };
            } else {
                break;
            }
            list.push(Membership::new(Party::State(c), status).during(period));
        }
        if let Some(o) = self.org_mut(org) {
            o.members = list;
        }
        Ok(members)
    }

    /// Consecutive chairmanships by core member states.
    fn hub_chairs(
        &mut self,
        org: u32,
        members: &[CountryCode],
        founded: Day,
    ) -> Result<Vec<(Day, Day, usize)>, ValueError> {
        let eligible: Vec<usize> = self
            .core
            .iter()
            .enumerate()
            .filter(|(_, c)| members.contains(&c.country))
            .map(|(i, _)| i)
            .collect();
        let mut chairs = Vec::new();
        let mut records = Vec::new();
        let mut t = founded + self.rng.range(0, YEAR);
        let mut last: Option<usize> = None;
        while t <= self.today && !eligible.is_empty() {
            let mut pick = self.rng.pick(&eligible).copied().unwrap_or(0);
            if Some(pick) == last && eligible.len() > 1 {
                pick = eligible
                    .iter()
                    .copied()
                    .find(|&e| Some(e) != last)
                    .unwrap_or(pick);
            }
            let end = t + self.rng.range(YEAR + 180, 3 * YEAR);
            let end = if end > self.today { OPEN } else { end };
            let prec = if t < self.start || self.rng.chance(300) {
                Prec::Year
            } else {
                Prec::Day
            };
            let country = self.core.get(pick).map(|c| c.country);
            if let Some(country) = country {
                records.push(Chairmanship::new(
                    country,
                    calendar::period(t, end, prec, prec, true)?,
                ));
                chairs.push((t, end, pick));
            }
            last = Some(pick);
            if end == OPEN {
                break;
            }
            t = end;
        }
        if let Some(o) = self.org_mut(org) {
            o.chairs = records;
        }
        Ok(chairs)
    }

    /// Ministers chairing a hub's council, and permanent representatives sitting on it.
    fn council_posts(&mut self, h: u32) -> Result<(), ValueError> {
        let Some(hub) = self.hubs.get(h as usize).cloned() else {
            return Ok(());
        };
        let council_name = self.short(hub.council).to_owned();
        for &(a, b, core) in &hub.chairs {
            let Some(mfa) = self.core.get(core).map(|c| c.mfa) else {
                continue;
            };
            let terms: Vec<Term> = self
                .info(mfa)
                .map(|i| {
                    i.heads
                        .iter()
                        .copied()
                        .filter(|t| t.start <= b && a <= t.end)
                        .collect()
                })
                .unwrap_or_default();
            for t in terms {
                let (s, e) = (t.start.max(a), t.end.min(b));
                self.post(
                    t.official,
                    hub.council,
                    PostRole::Chair,
                    &format!("Chairperson of the {council_name}"),
                    false,
                    s,
                    e,
                    true,
                )?;
            }
        }
        let org_members: Vec<(CountryCode, Period)> = self
            .orgs
            .get(hub.org as usize)
            .map(|o| {
                o.members
                    .iter()
                    .filter(|m| m.status == MembershipStatus::Member)
                    .filter_map(|m| m.party.state().map(|c| (c, m.period)))
                    .collect()
            })
            .unwrap_or_default();
        for (country, period) in org_members {
            let Some(mfa) = self
                .core
                .iter()
                .find(|c| c.country == country)
                .map(|c| c.mfa)
            else {
                continue;
            };
            let joined = period
                .earliest()
                .map_or(self.start, |d| d.num_days_from_ce());
            let left = period.latest().map_or(OPEN, |d| d.num_days_from_ce());
            let mut t = joined.max(self.start - self.rng.range(0, 3 * YEAR));
            let title = format!(
                "Permanent Representative of {} to the {}",
                country.name(),
                hub.def.acronym
            );
            while t < self.today && t < left {
                let end = t + self.rng.range(3 * YEAR, 6 * YEAR);
                let end = if end >= left { left } else { end };
                let end = if end >= self.today { OPEN } else { end };
                let person = self.person(Some(country))?;
                if let Some(o) = self.officials.get_mut(person as usize) {
                    o.honorific = Some(text("Ambassador")?);
                }
                self.post(
                    person,
                    mfa,
                    PostRole::Representative,
                    &title,
                    false,
                    t,
                    end,
                    true,
                )?;
                self.post(
                    person,
                    hub.council,
                    PostRole::Member,
                    &format!("Member of the {council_name}"),
                    false,
                    t,
                    end,
                    true,
                )?;
                if end == OPEN {
                    break;
                }
                t = end + self.rng.range(0, 60);
            }
        }
        Ok(())
    }

    /// Five dimensions with priority areas and coordinating states.
    fn hub_dimensions(&mut self, h: u32, org: u32) -> Result<(), ValueError> {
        let Some(hub) = self.hubs.get(h as usize).cloned() else {
            return Ok(());
        };
        let first = u32::try_from(self.dims.len()).unwrap_or(0);
        let slug = self.slug_of(org).to_owned();
        let org_id = self.org_id(org).cloned().ok_or(ValueError::Text {
            reason: "no organization",
        })?;
        let from = self.info(org).map_or(self.start, |i| i.from);
        for (key, name, description, areas) in vocab::DIMENSIONS {
            let id = DimensionId::new(&format!("{slug}-{key}"))?;
            let mut dim = Dimension::new(id.clone(), org_id.clone(), text(name)?);
            dim.description = Some(text(description)?);
            // Consecutive coordinators, sometimes with a co-coordinator.
            let mut t = from.max(self.start - 3 * YEAR);
            while t < self.today {
                let Some(&c) = self.rng.pick(&hub.members) else {
                    break;
                };
                let end = t + self.rng.range(2 * YEAR, 4 * YEAR);
                let end = if end >= self.today { OPEN } else { end };
                let prec = Prec::draw(&mut self.rng, 200, 400);
                let mut coordinator = Coordinator::new(c, CoordinatorRole::Coordinator);
                coordinator.period = calendar::period(t, end, prec, prec, true)?;
                dim.coordinators.push(coordinator);
                if self.rng.chance(350) {
                    if let Some(&co) = self.rng.pick(&hub.members) {
                        if co != c {
                            let mut coordinator =
                                Coordinator::new(co, CoordinatorRole::CoCoordinator);
                            coordinator.period =
                                calendar::period(t, end, Prec::Year, Prec::Year, true)?;
                            dim.coordinators.push(coordinator);
                        }
                    }
                }
                if end == OPEN {
                    break;
                }
                t = end;
            }
            if self.rng.chance(300) {
                let domain = self.info(org).map(|i| i.domain.clone()).unwrap_or_default();
                let published = Some(partial(self.rng.range(from, self.today), Prec::Year)?);
                dim.sources.push(source(
                    &mut self.rng,
                    &format!("{} of the {}", name, hub.def.acronym),
                    &format!("https://www.{domain}/dimensions/{key}"),
                    hub.def.name,
                    published,
                )?);
            }
            self.dims.push(dim);
            let n_areas = self.rng.count(1, areas.len());
            for area in areas.iter().take(n_areas) {
                let mut sub = Dimension::new(
                    DimensionId::new(&format!("{slug}-{key}-{}", vocab::slug(area)))?,
                    org_id.clone(),
                    text(area)?,
                )
                .within(id.clone());
                if self.rng.chance(500) {
                    if let Some(&c) = self.rng.pick(&hub.members) {
                        sub.coordinators
                            .push(Coordinator::new(c, CoordinatorRole::Coordinator));
                    }
                }
                self.dims.push(sub);
            }
        }
        let last = u32::try_from(self.dims.len()).unwrap_or(first);
        if let Some(i) = self.info_mut(org) {
            i.dims = first..last;
        }
        Ok(())
    }

    /// Observer and partner organizations of a hub, and members of its advisory body.
    fn hub_partners(&mut self, h: usize) -> Result<(), ValueError> {
        let Some(hub) = self.hubs.get(h).cloned() else {
            return Ok(());
        };
        let founded = self.info(hub.org).map_or(self.start, |i| i.from);
        let mut chosen: Vec<u32> = Vec::new();
        let mut list = Vec::new();
        for k in 0..6 {
            let org = self.counterpart(self.today, None);
            if chosen.contains(&org) {
                continue;
            }
            chosen.push(org);
            let Some(id) = self.org_id(org).cloned() else {
                continue;
            };
            let status = if k % 2 == 0 {
                MembershipStatus::Observer
            } else {
                MembershipStatus::Partner
            };
            let since = self.info(org).map_or(founded, |i| i.from).max(founded);
            let period = if k == 5 {
                Period::unknown()
            } else {
                let s = self.rng.range(since, self.today - 30);
                calendar::period(s, OPEN, Prec::Year, Prec::Day, true)?
            };
            list.push(Membership::new(Party::Organization(id), status).during(period));
        }
        if let Some(o) = self.org_mut(hub.org) {
            o.members.extend(list);
        }
        // Heads of popular organizations sit on the advisory body while they head them.
        let council = self.short(hub.advisory).to_owned();
        for org in chosen.iter().take(3) {
            let terms: Vec<Term> = self.info(*org).map(|i| i.heads.clone()).unwrap_or_default();
            if let Some(t) = terms
                .iter()
                .rev()
                .find(|t| t.end == OPEN || t.end > self.start)
            {
                let s = t.start.max(self.start);
                let e = if t.end == OPEN { OPEN } else { t.end };
                self.post(
                    t.official,
                    hub.advisory,
                    PostRole::Member,
                    &format!("Member of the {council}"),
                    false,
                    s,
                    e,
                    true,
                )?;
            }
        }
        Ok(())
    }

    /// An organization outside the hubs: a UN entity, an NGO, a think tank, a university,
    /// a government body, a regional organization, or a body inside one of these.
    fn other_org(&mut self) -> Result<(), ValueError> {
        use OrganizationKind as K;
        let n = self.orgs.len();
        // A body inside an earlier organization now and then.
        if n > 0 && self.rng.chance(70) {
            let parent = u32::try_from(self.rng.index(n)).unwrap_or(0);
            if self
                .info(parent)
                .is_some_and(|i| i.hub.is_none() && i.root == parent)
            {
                let kinds = [
                    K::GoverningBody,
                    K::Network,
                    K::AdvisoryBody,
                    K::Secretariat,
                    K::Other,
                ];
                let kind = *self.rng.pick(&kinds).unwrap_or(&K::Other);
                let label = match kind {
                    K::GoverningBody => "Executive Board",
                    K::Network => "Partner Network",
                    K::AdvisoryBody => "Scientific Advisory Committee",
                    K::Secretariat => "Secretariat",
                    _ => "Working Group",
                };
                let short = format!("{} {label}", self.short(parent));
                let slug = format!("{}-{}-{n}", self.slug_of(parent), vocab::slug(label));
                let from = self.info(parent).map_or(self.start, |i| i.from);
                let city = self.info(parent).and_then(|i| i.city);
                let country = self.info(parent).and_then(|i| i.country);
                let org =
                    self.add_org(&slug, &short, None, kind, Some(parent), city, country, from)?;
                if let Some(i) = self.info_mut(org) {
                    i.short = short;
                    i.head_title = "Chairperson";
                }
                self.people(org, from)?;
                return Ok(());
            }
        }
        let kinds = [
            (K::UnEntity, 12),
            (K::Ngo, 22),
            (K::ThinkTank, 12),
            (K::Academic, 12),
            (K::Government, 22),
            (K::Intergovernmental, 8),
            (K::Other, 4),
        ];
        let weights: Vec<u64> = kinds.iter().map(|k| k.1).collect();
        let kind = kinds
            .get(self.rng.weighted(&weights))
            .map_or(K::Other, |k| k.0);
        let city = self.rng.index(CITIES.len());
        let (city_name, code) = CITIES.get(city).copied().unwrap_or(("Geneva", "CH"));
        let theme = *self
            .rng
            .pick(vocab::THEMES)
            .unwrap_or(&("Migration", "les migrations"));
        let region = self.rng.word(vocab::REGIONS);
        let mut country = None;
        let mut hq = Some(city);
        let mut french = None;
        let (name, head_title) = match kind {
            K::UnEntity => {
                let t = theme.0;
                match self.rng.below(4) {
                    0 => {
                        french = Some(format!("Programme des Nations Unies pour {}", theme.1));
                        (
                            format!("United Nations {t} Programme"),
                            "Executive Director",
                        )
                    }
                    1 => (
                        format!("United Nations Office for {t} in {city_name}"),
                        "Director",
                    ),
                    2 => {
                        french = Some(format!("Fonds des Nations Unies pour {}", theme.1));
                        (format!("United Nations {t} Fund"), "Executive Director")
                    }
                    _ => (
                        format!("{region} Office of the United Nations {t} Agency"),
                        "Head of Office",
                    ),
                }
            }
            K::Ngo => match self.rng.below(4) {
                0 => (format!("{region} Foundation for {}", theme.0), "President"),
                1 => (
                    format!("International Committee for {}", theme.0),
                    "President",
                ),
                2 => (format!("{city_name} Initiative on {}", theme.0), "Director"),
                _ => (format!("Friends of {} Alliance", theme.0), "Chairperson"),
            },
            K::ThinkTank => match self.rng.below(3) {
                0 => (
                    format!("{city_name} Centre for {} Studies", theme.0),
                    "Director",
                ),
                1 => (
                    format!("{region} Institute for {} Policy", theme.0),
                    "President",
                ),
                _ => (
                    format!("{city_name} Institute of International Affairs"),
                    "Director",
                ),
            },
            K::Academic => match self.rng.below(3) {
                0 => (format!("University of {city_name}"), "Rector"),
                1 => (format!("{city_name} State University"), "Rector"),
                _ => (format!("{city_name} Academy of {}", theme.0), "President"),
            },
            K::Government => {
                let c = self
                    .rng
                    .pick(&self.countries)
                    .copied()
                    .or_else(|| code.parse().ok());
                country = c;
                let cname = c.map_or("", |c| c.name());
                hq = c
                    .and_then(|c| self.country_index(c))
                    .and_then(|i| self.capital.get(i).copied().flatten());
                match self.rng.below(4) {
                    0 => (
                        format!("Office of the President of {cname}"),
                        "Head of the Presidential Administration",
                    ),
                    1 => {
                        let other = self
                            .rng
                            .pick(&self.countries)
                            .map_or("Switzerland", |c| c.name());
                        (format!("Embassy of {cname} in {other}"), "Ambassador")
                    }
                    _ => (
                        format!(
                            "Ministry of {} of {cname}",
                            self.rng.word(vocab::PORTFOLIOS)
                        ),
                        "Minister",
                    ),
                }
            }
            K::Intergovernmental => match self.rng.below(3) {
                0 => (
                    format!("{region} Organization for {}", theme.0),
                    "Secretary General",
                ),
                1 => (
                    format!("{region} Economic Commission"),
                    "Chairperson of the Board",
                ),
                _ => (
                    format!("Commission on {} of {region} States", theme.0),
                    "Executive Secretary",
                ),
            },
            _ => (format!("{} Partnership Fund", theme.0), "Director"),
        };
        let acronym = if kind == K::Government || self.rng.chance(150) {
            None
        } else {
            Some(vocab::acronym(&name))
        };
        let founded = if self.rng.chance(700) {
            self.start - self.rng.range(YEAR, 50 * YEAR)
        } else {
            self.rng.range(self.start, self.today - YEAR)
        };
        let slug = format!(
            "{}-{n}",
            acronym.as_deref().map_or_else(
                || vocab::slug(&name).chars().take(24).collect::<String>(),
                vocab::slug
            )
        );
        let slug = slug.replace("--", "-");
        let org = self.add_org(
            &slug,
            &name,
            acronym.as_deref(),
            kind,
            None,
            hq,
            country,
            founded,
        )?;
        if let Some(i) = self.info_mut(org) {
            i.head_title = head_title;
            i.slug = i
                .slug
                .chars()
                .take(10)
                .collect::<String>()
                .trim_end_matches('-')
                .to_owned();
        }
        let mut dissolved = None;
        if self.rng.chance(30) {
            let lo = founded.max(self.start) + 2 * YEAR;
            if lo < self.today - YEAR {
                dissolved = Some(self.rng.range(lo, self.today - YEAR));
            }
        }
        // Fill in the record.
        let founded_prec = Prec::draw(&mut self.rng, 100, 750);
        let mut others = Vec::new();
        if let Some(f) = french {
            others.push(OtherName::in_lang(text(&f)?, self.langs.fr.clone()));
        }
        if self.rng.chance(60) {
            let former = format!("{region} {} Council", theme.0);
            others.push(OtherName::new(text(&former)?));
        }
        if name.contains("Organization") && self.rng.chance(300) {
            others.push(OtherName::in_lang(
                text(&name.replace("Organization", "Organisation"))?,
                self.langs.en_gb.clone(),
            ));
        }
        if kind == K::Intergovernmental && self.rng.chance(200) {
            others.push(OtherName::in_lang(
                text(&format!("Organización {}", name.to_lowercase()))?,
                self.langs.es.clone(),
            ));
        }
        let mut identifiers = Vec::new();
        if self.rng.chance(120) {
            identifiers.push(ExternalId::new(
                text("wikidata")?,
                text(&format!("Q{}", 1_000 + self.rng.below(90_000_000)))?,
            ));
        }
        if kind == K::Academic && self.rng.chance(300) {
            identifiers.push(ExternalId::new(
                text("ror")?,
                text(&format!("0{:08x}", self.rng.below(1 << 32)))?,
            ));
        }
        if kind == K::Ngo && self.rng.chance(100) {
            identifiers.push(ExternalId::new(
                text("iati")?,
                text(&format!("XI-IATI-{}", 10_000 + self.rng.below(90_000)))?,
            ));
        }
        let sourced = self.rng.chance(250);
        let s = if sourced {
            Some(self.org_source(org)?)
        } else {
            None
        };
        let founded_date = if self.rng.chance(850) {
            Some(partial(founded, founded_prec)?)
        } else {
            None
        };
        let dissolved_date = match dissolved {
            Some(d) => Some(partial(d, Prec::draw(&mut self.rng, 300, 300))?),
            None => None,
        };
        if let Some(o) = self.org_mut(org) {
            o.founded = founded_date;
            o.dissolved = dissolved_date;
            o.other_names = others;
            o.identifiers = identifiers;
            o.sources.extend(s);
        }
        if let (Some(d), Some(i)) = (dissolved, self.info_mut(org)) {
            i.to = d;
        }
        // Some regional organizations define dimensions of their own.
        if kind == K::Intergovernmental && self.rng.chance(300) {
            let first = u32::try_from(self.dims.len()).unwrap_or(0);
            let org_id = self.org_id(org).cloned().ok_or(ValueError::Text {
                reason: "no organization",
            })?;
            let slug = self.slug_of(org).to_owned();
            for (key, dim_name) in vocab::SMALL_DIMENSIONS {
                self.dims.push(Dimension::new(
                    DimensionId::new(&format!("{slug}-{n}-{key}"))?,
                    org_id.clone(),
                    text(dim_name)?,
                ));
            }
            let last = u32::try_from(self.dims.len()).unwrap_or(first);
            if let Some(i) = self.info_mut(org) {
                i.dims = first..last;
            }
        }
        self.people(org, founded)?;
        Ok(())
    }

    /// The heads (and now and then a deputy or staff member) of an organization outside the
    /// hubs, known from some point in the records on.
    fn people(&mut self, org: u32, founded: Day) -> Result<(), ValueError> {
        let nationality = self.info(org).and_then(|i| i.country);
        let to = self.info(org).map_or(OPEN, |i| i.to);
        let known = (self.today - self.rng.range(3 * YEAR, 24 * YEAR)).max(founded);
        let last = if to == OPEN { self.today } else { to };
        if known >= last {
            return Ok(());
        }
        if self.rng.chance(250) {
            let (role, title) = match self.rng.below(5) {
                0 | 1 => (PostRole::Deputy, self.rng.word(vocab::DEPUTY_TITLES)),
                2 | 3 => (PostRole::Staff, self.rng.word(vocab::STAFF_TITLES)),
                _ => (PostRole::Other, self.rng.word(vocab::OTHER_TITLES)),
            };
            let s = self.rng.range(known, last);
            let e = s + self.rng.range(YEAR, 8 * YEAR);
            let e = if e >= to || e >= self.today {
                if to == OPEN { OPEN } else { to }
            } else {
                e
            };
            let person = self.person(nationality)?;
            self.post(person, org, role, title, false, s, e, true)?;
        }
        let title = self.info(org).map_or("Director", |i| i.head_title);
        self.head_chain(
            org,
            known,
            5 * YEAR,
            12 * YEAR,
            (title, title, OPEN),
            nationality,
        )
    }

    // ----- people and posts -----

    /// A new person, without posts.
    pub(crate) fn person(&mut self, nationality: Option<CountryCode>) -> Result<u32, ValueError> {
        let n = self.officials.len();
        let eurasian = self.rng.chance(350);
        let (given, family) = if eurasian {
            (
                self.rng.word(vocab::GIVEN_EURASIAN),
                self.rng.word(vocab::FAMILY_EURASIAN),
            )
        } else {
            (
                self.rng.word(vocab::GIVEN_WORLD),
                self.rng.word(vocab::FAMILY_WORLD),
            )
        };
        let name = format!("{given} {family}");
        let id = format!("{}-{n}", vocab::slug(&name));
        let mut o = Official::new(OfficialId::try_from(id)?, text(&name)?);
        if self.rng.chance(850) {
            o.given_name = Some(text(given)?);
            o.family_name = Some(text(family)?);
        }
        if eurasian && self.rng.chance(500) {
            let lang = if self.rng.chance(500) {
                self.langs.ru.clone()
            } else {
                self.langs.kk.clone()
            };
            o.other_names
                .push(OtherName::in_lang(text(&vocab::cyrillic(&name))?, lang));
        }
        let folded = vocab::fold(&name);
        if folded != name && self.rng.chance(600) {
            o.other_names.push(OtherName::new(text(&folded)?));
        }
        if family.ends_with("ay") && self.rng.chance(500) {
            let alt = format!("{given} {}i", family.trim_end_matches('y'));
            o.other_names.push(OtherName::new(text(&alt)?));
        }
        if self.rng.chance(550) {
            o.honorific = Some(text(self.rng.word(vocab::HONORIFICS))?);
        }
        o.nationality = match nationality {
            Some(c) if self.rng.chance(900) => Some(c),
            _ if self.rng.chance(500) => self.rng.pick(&self.countries).copied(),
            _ => None,
        };
        if self.rng.chance(80) {
            o.identifiers.push(ExternalId::new(
                text("wikidata")?,
                text(&format!("Q{}", 1_000 + self.rng.below(90_000_000)))?,
            ));
        }
        if self.rng.chance(150) {
            let slug = vocab::slug(&name);
            let published = Some(partial(
                self.rng.range(self.start, self.today),
                Prec::Month,
            )?);
            o.sources.push(source(
                &mut self.rng,
                &format!("Biography of {name}"),
                &format!("https://www.who-is-who.example/{slug}"),
                "Who is Who in International Organizations",
                published,
            )?);
        }
        self.officials.push(o);
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// Records a post: on the official's record, written with drawn precisions, and in the
    /// organization's terms.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn post(
        &mut self,
        official: u32,
        org: u32,
        role: PostRole,
        title: &str,
        acting: bool,
        start: Day,
        end: Day,
        known_start: bool,
    ) -> Result<(), ValueError> {
        let start_prec = Prec::draw(&mut self.rng, 120, 80);
        let end_prec = Prec::draw(&mut self.rng, 150, 60);
        let period = calendar::period(start, end, start_prec, end_prec, known_start)?;
        let Some(org_id) = self.org_id(org).cloned() else {
            return Ok(());
        };
        let mut post = Post::new(org_id, role).during(period);
        if !title.is_empty() && self.rng.chance(950) {
            post.title = Some(text(title)?);
        }
        post.acting = acting;
        if let Some(o) = self.officials.get_mut(official as usize) {
            o.posts.push(post);
        }
        let term = Term {
            start,
            end,
            official,
            role,
        };
        if let Some(i) = self.info_mut(org) {
            if role == PostRole::Head {
                i.heads.push(term);
            } else {
                i.others.push(term);
            }
        }
        Ok(())
    }

    /// Consecutive holders of a non-head post, from `from` until today or the body's end.
    #[allow(clippy::too_many_arguments)]
    fn chain(
        &mut self,
        org: u32,
        role: PostRole,
        title: &str,
        from: Day,
        min_len: Day,
        max_len: Day,
        nationality: Option<CountryCode>,
    ) -> Result<(), ValueError> {
        let to = self.info(org).map_or(OPEN, |i| i.to);
        let mut t = from;
        while t < self.today && t < to {
            let end = t + self.rng.range(min_len, max_len);
            let end = if end >= to { to } else { end };
            let end = if end >= self.today { OPEN } else { end };
            let person = self.person(nationality)?;
            self.post(person, org, role, title, false, t, end, true)?;
            if end == OPEN {
                break;
            }
            t = end + self.rng.range(0, 90);
        }
        Ok(())
    }

    /// Consecutive heads of an organization from `from`: each term starts the day the one
    /// before ends, or after a vacancy that a deputy sometimes fills as acting head. A head
    /// in office when the title changes (`titles.2`) holds two consecutive posts.
    fn head_chain(
        &mut self,
        org: u32,
        from: Day,
        min_len: Day,
        max_len: Day,
        titles: (&str, &str, Day),
        nationality: Option<CountryCode>,
    ) -> Result<(), ValueError> {
        let to = self.info(org).map_or(OPEN, |i| i.to);
        let (old_title, new_title, renamed) = titles;
        let mut t = from;
        let mut first = true;
        while t < self.today && t < to {
            let mut end = t + self.rng.range(min_len, max_len);
            let last = end >= self.today || end >= to;
            if last {
                end = if to == OPEN || to >= self.today {
                    OPEN
                } else {
                    to
                };
            }
            let person = self.person(nationality)?;
            let known_start = !(first && self.rng.chance(300));
            if t < renamed && renamed < end {
                self.post(
                    person,
                    org,
                    PostRole::Head,
                    old_title,
                    false,
                    t,
                    renamed,
                    known_start,
                )?;
                self.post(
                    person,
                    org,
                    PostRole::Head,
                    new_title,
                    false,
                    renamed,
                    end,
                    true,
                )?;
                // One term for lookups.
                if let Some(i) = self.info_mut(org) {
                    if let Some(pos) = i
                        .heads
                        .iter()
                        .rposition(|h| h.official == person && h.start == renamed)
                    {
                        i.heads.remove(pos);
                    }
                    if let Some(h) = i.heads.iter_mut().rev().find(|h| h.official == person) {
                        h.end = end;
                    }
                }
            } else {
                let title = if end != OPEN && end <= renamed {
                    old_title
                } else {
                    new_title
                };
                self.post(
                    person,
                    org,
                    PostRole::Head,
                    title,
                    false,
                    t,
                    end,
                    known_start,
                )?;
            }
            if last {
                break;
            }
            let gap = if self.rng.chance(250) {
                self.rng.range(15, 200)
            } else {
                0
            };
            if gap > 0 && self.rng.chance(600) {
                if let Some(deputy) = self.other_at(org, end, &[PostRole::Deputy], None) {
                    let acting_end = (end + gap).min(if to == OPEN { OPEN } else { to });
                    let title = format!(
                        "Acting {}",
                        if end < renamed { old_title } else { new_title }
                    );
                    self.post(
                        deputy,
                        org,
                        PostRole::Head,
                        &title,
                        true,
                        end,
                        acting_end,
                        true,
                    )?;
                }
            }
            t = end + gap;
            first = false;
        }
        Ok(())
    }

    /// The pool of counterparts in a random popularity order, and organizations by country.
    fn build_pool(&mut self) {
        let mut pool: Vec<u32> = (0..self.orgs.len())
            .filter_map(|i| u32::try_from(i).ok())
            .filter(|&i| self.info(i).is_some_and(|x| x.hub.is_none()))
            .collect();
        self.rng.shuffle(&mut pool);
        self.zipf = Zipf::new(pool.len());
        self.pool = pool;
        let mut by_country = vec![Vec::new(); self.countries.len()];
        for (i, info) in self.info.iter().enumerate() {
            if let Some(ci) = info
                .country
                .and_then(|c| self.countries.binary_search(&c).ok())
            {
                if let (Some(list), Ok(i)) = (by_country.get_mut(ci), u32::try_from(i)) {
                    list.push(i);
                }
            }
        }
        self.by_country = by_country;
    }
}
