//! The setting every phase reads and none changes: the calendar of the records, the states
//! and their capitals, the language tags.
//!
//! Reads: the [`SynthConfig`]. Makes: a [`Setting`].

use multilateral::{CountryCode, LangTag};

use super::SynthConfig;
use super::calendar::{Day, YEAR, day};
use super::rng::Rng;
use super::vocab::CITIES;

/// What the configuration fixes before anything is drawn.
#[derive(Debug)]
pub(crate) struct Setting {
    /// How many meetings the dataset holds, exactly.
    pub(crate) meetings: usize,
    /// The first day of the records.
    pub(crate) start: Day,
    /// The day the records are "as of": later meetings are planned.
    pub(crate) today: Day,
    /// The last day planned meetings are set on.
    pub(crate) horizon: Day,
    /// Every assigned country code, sorted.
    pub(crate) countries: Vec<CountryCode>,
    /// The index in [`CITIES`] of each country's capital, by index in `countries`.
    capital: Vec<Option<usize>>,
    /// The country of each of the [`CITIES`], by index.
    pub(crate) city_country: Vec<CountryCode>,
    pub(crate) langs: Langs,
}

/// The language tags of other names.
#[derive(Debug)]
pub(crate) struct Langs {
    pub(crate) ru: LangTag,
    pub(crate) kk: LangTag,
    pub(crate) fr: LangTag,
    pub(crate) en_gb: LangTag,
    pub(crate) es: LangTag,
}

impl Setting {
    /// The setting of a configuration: the first year clamped to 1800..=9000, the number of
    /// years to 1..=500.
    pub(crate) fn new(config: &SynthConfig) -> Self {
        let first = i32::from(config.first_year.clamp(1800, 9000));
        let years = i32::from(config.years.clamp(1, 500));
        let today = day(first + years - 1, 12, 31);
        let countries: Vec<CountryCode> = CountryCode::all().collect();
        let capital = countries
            .iter()
            .map(|c| CITIES.iter().position(|(_, code)| *code == c.as_str()))
            .collect();
        let city_country = CITIES
            .iter()
            .map(|(_, code)| {
                code.parse()
                    .expect("the cities' countries are assigned codes (a test checks them)")
            })
            .collect();
        let tag = |t: &str| LangTag::new(t).expect("a well-formed BCP 47 tag");
        Self {
            meetings: config.meetings,
            start: day(first, 1, 1),
            today,
            horizon: today + YEAR,
            countries,
            capital,
            city_country,
            langs: Langs {
                ru: tag("ru"),
                kk: tag("kk-Cyrl"),
                fr: tag("fr"),
                en_gb: tag("en-GB"),
                es: tag("es"),
            },
        }
    }

    /// The capital of a country, as an index into [`CITIES`], when it is one of them.
    pub(crate) fn capital_of(&self, c: CountryCode) -> Option<usize> {
        let i = self
            .countries
            .binary_search(&c)
            .expect("every country code is in `countries`");
        self.capital[i]
    }

    /// The index of a country in `countries`.
    pub(crate) fn country_index(&self, c: CountryCode) -> usize {
        self.countries
            .binary_search(&c)
            .expect("every country code is in `countries`")
    }

    /// A random day among the records, a little into the future too.
    pub(crate) fn any_day(&self, rng: &mut Rng) -> Day {
        rng.range(self.start, self.horizon)
    }
}
