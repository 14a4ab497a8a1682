//! The pool of counterparts: the organizations outside the hubs in a random order of
//! popularity, drawn with a Zipf-like law (a few meet often, most rarely), and the
//! organizations based in each country.
//!
//! Reads: the [`Directory`] once every organization is in it, the [`Ministry`] list, draws.
//! Makes: a [`Pool`].

use super::calendar::Day;
use super::directory::Directory;
use super::ministries::Ministry;
use super::pieces::index32;
use super::rng::{Rng, Zipf};
use super::setting::Setting;

/// Counterparts by popularity, and organizations by country.
#[derive(Debug)]
pub(crate) struct Pool {
    /// The organizations outside the hubs, most popular first.
    ranked: Vec<u32>,
    zipf: Zipf,
    /// The foreign ministries, the counterparts of last resort.
    ministries: Vec<u32>,
    /// Organizations by the index of their headquarters country in the setting's countries.
    by_country: Vec<Vec<u32>>,
}

impl Pool {
    /// The pool of a directory in which every organization has been made.
    pub(crate) fn new(
        set: &Setting,
        rng: &mut Rng,
        dir: &Directory,
        ministries: &[Ministry],
    ) -> Self {
        let mut ranked: Vec<u32> = (0..dir.info.len())
            .map(index32)
            .filter(|&i| dir.info(i).hub.is_none())
            .collect();
        assert!(
            !ranked.is_empty(),
            "the foreign ministries, outside every hub, are in the pool"
        );
        rng.shuffle(&mut ranked);
        let mut by_country = vec![Vec::new(); set.countries.len()];
        for (i, info) in dir.info.iter().enumerate() {
            if let Some(c) = info.country {
                by_country[set.country_index(c)].push(index32(i));
            }
        }
        Self {
            zipf: Zipf::new(ranked.len()),
            ranked,
            ministries: ministries.iter().map(|m| m.org).collect(),
            by_country,
        }
    }

    /// A Zipf-popular organization outside the hubs that exists on day `d` and is not under
    /// `not_root` (a few draws); else a foreign ministry not under `not_root`.
    pub(crate) fn counterpart(
        &self,
        dir: &Directory,
        rng: &mut Rng,
        d: Day,
        not_root: Option<u32>,
    ) -> u32 {
        for _ in 0..6 {
            let org = self.ranked[self.zipf.sample(rng)];
            if dir.active(org, d) && Some(dir.root(org)) != not_root {
                return org;
            }
        }
        let ministry = *rng.one_of(&self.ministries);
        if Some(dir.root(ministry)) != not_root {
            return ministry;
        }
        self.ministries
            .iter()
            .copied()
            .find(|&m| Some(dir.root(m)) != not_root)
            .expect("there are at least four ministries, each its own root")
    }

    /// The organizations based in a country, by its index in the setting's countries.
    pub(crate) fn in_country(&self, country: usize) -> &[u32] {
        &self.by_country[country]
    }
}
