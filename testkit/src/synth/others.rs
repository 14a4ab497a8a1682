//! The organizations outside the hubs: UN entities, NGOs, think tanks, universities,
//! government bodies with their country, regional organizations (some with dimensions of
//! their own), now and then a body inside one of these; with their other names, identifiers,
//! founding and dissolution, heads and a few deputies or staff.
//!
//! Reads: the [`Setting`], the organizations already in the [`Directory`] (a body's parent),
//! draws. Makes: one organization, its dimensions and its people, in the [`Directory`].

use multilateral::{Dimension, DimensionId, ExternalId, OrganizationKind, OtherName, PostRole};

use super::calendar::{Day, Prec, YEAR, partial};
use super::directory::{Directory, NewOrg, Term};
use super::people::{HeadTitles, Terms};
use super::pieces::{extend, index32, text};
use super::rng::Rng;
use super::setting::Setting;
use super::vocab::{self, CITIES};

use OrganizationKind as K;

/// Adds an organization outside the hubs: a body inside an earlier one now and then, else a
/// top-level organization.
pub(crate) fn organization(set: &Setting, rng: &mut Rng, dir: &mut Directory) {
    let n = dir.orgs.len();
    if n > 0 && rng.chance(70) {
        let parent = index32(rng.index(n));
        let info = dir.info(parent);
        if info.hub.is_none() && info.root == parent {
            body(set, rng, dir, parent);
            return;
        }
    }
    top_level(set, rng, dir);
}

/// A board, network, committee, secretariat or working group inside an organization.
fn body(set: &Setting, rng: &mut Rng, dir: &mut Directory, parent: u32) {
    let n = dir.orgs.len();
    let kind = *rng.one_of(&[
        K::GoverningBody,
        K::Network,
        K::AdvisoryBody,
        K::Secretariat,
        K::Other,
    ]);
    let label = match kind {
        K::GoverningBody => "Executive Board",
        K::Network => "Partner Network",
        K::AdvisoryBody => "Scientific Advisory Committee",
        K::Secretariat => "Secretariat",
        _ => "Working Group",
    };
    let name = format!("{} {label}", dir.short(parent));
    let info = dir.info(parent);
    let new = NewOrg {
        id: format!("{}-{}-{n}", info.slug, vocab::slug(label)),
        slug: vocab::short_slug(&name, 12, "org"),
        name: name.clone(),
        acronym: None,
        kind,
        parent: Some(parent),
        city: info.city,
        country: info.country,
        founded: info.from,
        hub: None,
        short: name,
        head_title: "Chairperson",
        domain: None,
    };
    let founded = new.founded;
    let org = dir.add_org(set, rng, new);
    people(set, rng, dir, org, founded);
}

/// A top-level organization: its name, kind and seat, other names, identifiers, dates, now
/// and then dimensions, and its people.
fn top_level(set: &Setting, rng: &mut Rng, dir: &mut Directory) {
    let n = dir.orgs.len();
    let kinds = [
        (K::UnEntity, 12),
        (K::Ngo, 22),
        (K::ThinkTank, 12),
        (K::Academic, 12),
        (K::Government, 22),
        (K::Intergovernmental, 8),
        (K::Other, 6),
    ];
    let weights = kinds.map(|k| k.1);
    let kind = kinds[rng.weighted(&weights)].0;
    let city = rng.index(CITIES.len());
    let city_name = CITIES[city].0;
    let (theme, theme_fr) = *rng.one_of(vocab::THEMES);
    let region = rng.word(vocab::REGIONS);
    let mut country = None;
    let mut hq = Some(city);
    let mut french = None;
    let (name, head_title) = match kind {
        K::UnEntity => match rng.below(4) {
            0 => {
                french = Some(format!("Programme des Nations Unies pour {theme_fr}"));
                (
                    format!("United Nations {theme} Programme"),
                    "Executive Director",
                )
            }
            1 => (
                format!("United Nations Office for {theme} in {city_name}"),
                "Director",
            ),
            2 => {
                french = Some(format!("Fonds des Nations Unies pour {theme_fr}"));
                (format!("United Nations {theme} Fund"), "Executive Director")
            }
            _ => (
                format!("{region} Office of the United Nations {theme} Agency"),
                "Head of Office",
            ),
        },
        K::Ngo => match rng.below(4) {
            0 => (format!("{region} Foundation for {theme}"), "President"),
            1 => (format!("International Committee for {theme}"), "President"),
            2 => (format!("{city_name} Initiative on {theme}"), "Director"),
            _ => (format!("Friends of {theme} Alliance"), "Chairperson"),
        },
        K::ThinkTank => match rng.below(3) {
            0 => (
                format!("{city_name} Centre for {theme} Studies"),
                "Director",
            ),
            1 => (
                format!("{region} Institute for {theme} Policy"),
                "President",
            ),
            _ => (
                format!("{city_name} Institute of International Affairs"),
                "Director",
            ),
        },
        K::Academic => match rng.below(3) {
            0 => (format!("University of {city_name}"), "Rector"),
            1 => (format!("{city_name} State University"), "Rector"),
            _ => (format!("{city_name} Academy of {theme}"), "President"),
        },
        K::Government => {
            let c = *rng.one_of(&set.countries);
            country = Some(c);
            hq = set.capital_of(c);
            let cname = c.name();
            match rng.below(4) {
                0 => (
                    format!("Office of the President of {cname}"),
                    "Head of the Presidential Administration",
                ),
                1 => {
                    let other = rng.one_of(&set.countries).name();
                    (format!("Embassy of {cname} in {other}"), "Ambassador")
                }
                _ => (
                    format!("Ministry of {} of {cname}", rng.word(vocab::PORTFOLIOS)),
                    "Minister",
                ),
            }
        }
        K::Intergovernmental => match rng.below(3) {
            0 => (
                format!("{region} Organization for {theme}"),
                "Secretary General",
            ),
            1 => (
                format!("{region} Economic Commission"),
                "Chairperson of the Board",
            ),
            _ => (
                format!("Commission on {theme} of {region} States"),
                "Executive Secretary",
            ),
        },
        _ => (format!("{theme} Partnership Fund"), "Director"),
    };
    let acronym = if kind == K::Government || rng.chance(150) {
        None
    } else {
        Some(vocab::acronym(&name))
    };
    let founded = if rng.chance(700) {
        set.start - rng.range(YEAR, 50 * YEAR)
    } else {
        rng.range(set.start, set.today - YEAR)
    };
    let named_by = acronym.as_deref().unwrap_or(&name);
    let org = dir.add_org(
        set,
        rng,
        NewOrg {
            id: format!("{}-{n}", vocab::short_slug(named_by, 24, "org")),
            slug: vocab::short_slug(named_by, 10, "org"),
            short: named_by.to_owned(),
            name: name.clone(),
            acronym,
            kind,
            parent: None,
            city: hq,
            country,
            founded,
            hub: None,
            head_title,
            domain: None,
        },
    );
    let mut dissolved = None;
    if rng.chance(80) {
        let lo = founded.max(set.start) + 2 * YEAR;
        if lo < set.today - YEAR {
            dissolved = Some(rng.range(lo, set.today - YEAR));
        }
    }
    // The rest of the record.
    let founded_prec = Prec::draw(rng, 100, 750);
    let mut other_names = Vec::new();
    if let Some(f) = french {
        other_names.push(OtherName::in_lang(text(&f), set.langs.fr.clone()));
    }
    if rng.chance(60) {
        let former = format!("{region} {theme} Council");
        other_names.push(OtherName::new(text(&former)));
    }
    if name.contains("Organization") && rng.chance(300) {
        other_names.push(OtherName::in_lang(
            text(&name.replace("Organization", "Organisation")),
            set.langs.en_gb.clone(),
        ));
    }
    if kind == K::Intergovernmental && rng.chance(200) {
        other_names.push(OtherName::in_lang(
            text(&format!("Organización {}", name.to_lowercase())),
            set.langs.es.clone(),
        ));
    }
    let mut identifiers = Vec::new();
    if rng.chance(120) {
        identifiers.push(ExternalId::new(
            text("wikidata"),
            text(&format!("Q{}", 1_000 + rng.below(90_000_000))),
        ));
    }
    if kind == K::Academic && rng.chance(300) {
        identifiers.push(ExternalId::new(
            text("ror"),
            text(&format!("0{:08x}", rng.below(1 << 32))),
        ));
    }
    if kind == K::Ngo && rng.chance(100) {
        identifiers.push(ExternalId::new(
            text("iati"),
            text(&format!("XI-IATI-{}", 10_000 + rng.below(90_000))),
        ));
    }
    let sourced = rng.chance(250).then(|| dir.org_source(set, rng, org));
    let founded_date = rng.chance(850).then(|| partial(founded, founded_prec));
    let dissolved_date = dissolved.map(|d| partial(d, Prec::draw(rng, 300, 300)));
    let record = dir.org_mut(org);
    record.founded = founded_date;
    record.dissolved = dissolved_date;
    record.other_names = other_names.into();
    record.identifiers = identifiers.into();
    extend(&mut record.sources, sourced);
    if let Some(d) = dissolved {
        dir.info_mut(org).to = d;
    }
    // Some regional organizations define dimensions of their own.
    if kind == K::Intergovernmental && rng.chance(300) {
        let first = index32(dir.dims.len());
        let slug = dir.slug(org).to_owned();
        for (key, dim_name) in vocab::SMALL_DIMENSIONS {
            let id = DimensionId::try_from(format!("{slug}-{n}-{key}"))
                .expect("a slug, a number and a key is an id");
            let dim = Dimension::new(id, dir.id(org).clone(), text(dim_name));
            dir.dims.push(dim);
        }
        dir.info_mut(org).dims = first..index32(dir.dims.len());
    }
    people(set, rng, dir, org, founded);
}

/// The heads (and now and then a deputy, a member of staff or an envoy) of an organization
/// outside the hubs, known from some point in the records on.
fn people(set: &Setting, rng: &mut Rng, dir: &mut Directory, org: u32, founded: Day) {
    let info = dir.info(org);
    let (nationality, to, head_title) = (info.country, info.to, info.head_title);
    let known = (set.today - rng.range(3 * YEAR, 24 * YEAR)).max(founded);
    let last = to.min(set.today);
    if known >= last {
        return;
    }
    if rng.chance(250) {
        let (role, title) = match rng.below(5) {
            0 | 1 => (PostRole::Deputy, rng.word(vocab::DEPUTY_TITLES)),
            2 | 3 => (PostRole::Staff, rng.word(vocab::STAFF_TITLES)),
            _ => (PostRole::Other, rng.word(vocab::OTHER_TITLES)),
        };
        let start = rng.range(known, last);
        let end = start + rng.range(YEAR, 8 * YEAR);
        let end = if end >= to || end >= set.today {
            to
        } else {
            end
        };
        let official = dir.person(set, rng, nationality);
        let term = Term {
            official,
            role,
            start,
            end,
        };
        dir.post(rng, org, term, title);
    }
    let terms = Terms {
        min: 5 * YEAR,
        max: 12 * YEAR,
    };
    let titles = HeadTitles::fixed(head_title);
    dir.head_chain(set, rng, org, known, terms, titles, nationality);
}
