//! The core states: the states with a foreign ministry in the dataset, whose ministers chair
//! the hubs, sit on their councils and receive visits.
//!
//! Reads: the [`Setting`]. Makes: one ministry per core state in the [`Directory`] (with its
//! ministers and deputy ministers), and returns the [`Ministry`] list.

use multilateral::{CountryCode, OrganizationKind, PostRole};

use super::calendar::{Prec, YEAR, partial};
use super::directory::{Directory, NewOrg};
use super::people::{HeadTitles, Terms};
use super::pieces::push;
use super::rng::Rng;
use super::setting::Setting;
use super::vocab::{CITIES, HUBS};

/// A core state and its foreign ministry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ministry {
    pub(crate) country: CountryCode,
    /// The ministry, an organization of the directory.
    pub(crate) org: u32,
}

/// The foreign ministries of `n` core states: the hubs' host states first, then states of
/// other cities in a random order.
pub(crate) fn build(set: &Setting, rng: &mut Rng, dir: &mut Directory, n: usize) -> Vec<Ministry> {
    let mut cities: Vec<usize> = (0..CITIES.len()).collect();
    rng.shuffle(&mut cities);
    let seats: Vec<usize> = HUBS
        .iter()
        .map(|h| {
            CITIES
                .iter()
                .position(|(c, _)| *c == h.city)
                .expect("every hub's seat is one of the cities (a test checks them)")
        })
        .collect();
    cities.retain(|c| !seats.contains(c));
    seats
        .into_iter()
        .chain(cities)
        .take(n)
        .map(|city| ministry(set, rng, dir, city))
        .collect()
}

/// The foreign ministry of the state of a city, its ministers and now and then deputies.
fn ministry(set: &Setting, rng: &mut Rng, dir: &mut Directory, city: usize) -> Ministry {
    let country = set.city_country[city];
    let code = country.as_str().to_ascii_lowercase();
    let founded = set.start - rng.range(30 * YEAR, 80 * YEAR);
    let org = dir.add_org(
        set,
        rng,
        NewOrg {
            id: format!("mfa-{code}"),
            name: format!("Ministry of Foreign Affairs of {}", country.name()),
            acronym: Some("MFA".to_owned()),
            kind: OrganizationKind::Government,
            parent: None,
            city: Some(city),
            country: Some(country),
            founded,
            hub: None,
            slug: format!("mfa-{code}"),
            short: format!("{} Foreign Ministry", country.name()),
            head_title: "Minister of Foreign Affairs",
            domain: Some(format!("mfa.gov.{code}")),
        },
    );
    dir.org_mut(org).founded = Some(partial(founded, Prec::Year));
    if rng.chance(300) {
        let s = dir.org_source(set, rng, org);
        push(&mut dir.org_mut(org).sources, s);
    }
    let from = set.start - rng.range(0, 4 * YEAR);
    if rng.chance(500) {
        dir.chain(
            set,
            rng,
            org,
            PostRole::Deputy,
            "Deputy Minister of Foreign Affairs",
            from,
            Terms {
                min: 3 * YEAR,
                max: 8 * YEAR,
            },
            Some(country),
        );
    }
    dir.head_chain(
        set,
        rng,
        org,
        from,
        Terms {
            min: 2 * YEAR,
            max: 7 * YEAR,
        },
        HeadTitles::fixed("Minister of Foreign Affairs"),
        Some(country),
    );
    Ministry { country, org }
}
