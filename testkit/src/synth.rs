//! Deterministic synthetic datasets, for property tests and benchmarks.
//!
//! [`generate`] builds a [`Dataset`] of any size from a [`SynthConfig`]: the same
//! configuration gives the same dataset, byte for byte, on every machine (a seeded
//! xoshiro256** generator, integer arithmetic only, no clock, no I/O).
//!
//! # What the data looks like
//!
//! The world is shaped like the records the crate is made for:
//!
//! - A few **hubs**: invented intergovernmental organizations (2 for small datasets, up to 6
//!   from 200 000 meetings on), each with a secretariat, a governing council, an advisory
//!   body and a network; member states over periods (some observers first, some leaving),
//!   observer states, dialogue partners, observer and partner organizations; consecutive
//!   chairmanships by member states; five dimensions with priority areas and coordinating
//!   states. Hubs organize sessions, ministerial meetings, summits, conferences, seminars,
//!   forums, trainings and visits, and meet often.
//! - **Many other organizations** (UN entities, NGOs, think tanks, universities, government
//!   bodies with their country, regional organizations, bodies inside them), chosen as
//!   counterparts with a Zipf-like popularity: a few meet often, most rarely.
//! - **Officials** with post histories: consecutive heads (each term starts the day the one
//!   before ends, or after a vacancy, now and then filled by a deputy as acting head), a head
//!   whose title changes in office holding two consecutive posts, deputies, staff, foreign
//!   ministers who also chair a hub's council, permanent representatives who also sit on it;
//!   some dates known only to the month or year; other spellings of names in Cyrillic or
//!   without accents.
//! - **Meetings** of every kind and status, dated mostly to the day (some to the month, some
//!   over several days, a few not at all), with bilateral meetings on the sidelines of
//!   sessions and summits (within their dates) and in the programme of visits, preparatory
//!   meetings and follow-ups (never in a cycle), states as participants, each participant
//!   represented by the official who held the right post on that day, dimensions of the
//!   participating organizations only, MoUs invoked by their parties, outcomes of every kind,
//!   sources.
//! - **MoUs** with lifecycles: drafts without dates, signed, in force, expired, terminated,
//!   with signed ≤ effective ≤ expires; signatories who held a post at a party on the day;
//!   some signed at a signing ceremony (sometimes on the sidelines of a hub's meeting) whose
//!   dates cover the signing date.
//!
//! Proportions: organizations ≈ meetings / 20 (at least 12, a few more for the hubs'
//! bodies), officials 2 to 4 per organization (more in small datasets, where the hubs' and
//! ministries' staff weigh most), MoUs ≈ meetings / 40, about 16 dimensions per hub, frames
//! (the meetings others attach to) ≈ meetings / 6. Every field of every record and every
//! value of every enum is used from about 3 000 meetings on, whatever the seed. The records
//! run from 2000 to 2024 (planned meetings in 2025); see [`SynthConfig`].
//!
//! The generated data validates with no errors and no warnings: [`Dataset::validate`] returns
//! a clean report for every seed and size.
//!
//! ```
//! use multilateral_testkit::synth::{SynthConfig, generate};
//!
//! let data = generate(&SynthConfig::new(300, 7));
//! assert_eq!(data.meetings.len(), 300);
//! assert!(data.validate().is_clean());
//! assert_eq!(data, generate(&SynthConfig::new(300, 7)));
//! ```
//!
//! # How it is made
//!
//! [`generate`] runs five phases, each a function of what the ones before made (one file
//! each; the file's docs say what the phase reads and makes). They share one seeded stream
//! of draws, and a `Setting` fixed by the configuration (the calendar, the
//! states and their capitals, the language tags):
//!
//! 1. `world::build(&Setting, &mut Rng) -> World`: organizations, officials, dimensions, the
//!    core states' ministries, the hubs, the pool of counterparts.
//! 2. `frames::build(&Setting, &World, &mut Rng) -> Frames`: the meetings others attach to
//!    (sessions, summits, conferences, visits…).
//! 3. `agreements::build(&Setting, &World, &Frames, &mut Rng) -> Agreements`: the MoUs and
//!    their signing ceremonies.
//! 4. `fill::build(&Setting, &World, &Frames, &Agreements, &mut Rng) -> Meetings`: every
//!    other meeting, up to the number asked for.
//! 5. `finish::dataset(World, Frames, Agreements, Meetings) -> Dataset`: sessions and summits
//!    numbered, meetings in order of date.
//!
//! Every value is made through the library's checked constructors. Those cannot fail on what
//! the generator makes, so where one could in principle, the generator says why it does not
//! (`expect`) and a failure is a loud panic, never a quietly different dataset.
//!
//! Generation is linear in the size asked for. In a release build, a million meetings take
//! 4 to 5 seconds of one core and about 1.7 GB of memory (the dataset itself); their
//! pretty-printed JSON is about 1.35 GB.

mod agreements;
mod calendar;
mod details;
mod directory;
mod draft;
mod fill;
mod finish;
mod frames;
mod hubs;
mod meetings;
mod ministries;
mod others;
mod people;
mod pieces;
mod pool;
mod rng;
mod setting;
mod vocab;
mod world;

use multilateral::Dataset;

use rng::Rng;
use setting::Setting;

/// What to generate: how many meetings, from which seed, over which years.
///
/// Everything else (organizations, officials, MoUs, dimensions) follows from the number of
/// meetings. Fields may be added in later versions; start from [`SynthConfig::new`] or a
/// preset and set the fields you need.
///
/// ```
/// use multilateral_testkit::synth::SynthConfig;
///
/// let mut config = SynthConfig::small();
/// config.seed = 42;
/// config.first_year = 2010;
/// assert_eq!(config.meetings, 1_000);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SynthConfig {
    /// How many meetings the dataset holds, exactly.
    pub meetings: usize,
    /// The seed: two configurations that differ only here give unrelated datasets.
    pub seed: u64,
    /// The first year of the records (clamped to 1800..=9000). Default 2000.
    pub first_year: u16,
    /// How many years the records cover (clamped to 1..=500); the records are "as of" the
    /// end of the last of them, and meetings in the year after are planned. Default 25.
    pub years: u16,
}

impl SynthConfig {
    /// `meetings` meetings from `seed`, over 2000–2024 (planned meetings in 2025).
    pub fn new(meetings: usize, seed: u64) -> Self {
        Self {
            meetings,
            seed,
            first_year: 2000,
            years: 25,
        }
    }

    /// About a thousand meetings (1 000), for quick benchmarks and tests.
    pub fn small() -> Self {
        Self::new(1_000, 1)
    }

    /// About a hundred thousand meetings (100 000).
    pub fn medium() -> Self {
        Self::new(100_000, 1)
    }

    /// About a million meetings (1 000 000): about 50 000 organizations.
    pub fn large() -> Self {
        Self::new(1_000_000, 1)
    }
}

impl Default for SynthConfig {
    /// The [`small`](SynthConfig::small) preset.
    fn default() -> Self {
        Self::small()
    }
}

/// Generates the dataset a configuration describes. Deterministic: the same configuration
/// gives an equal dataset on every call and every machine.
///
/// # Panics
///
/// Never, for any configuration: a panic is a bug of the generator (it made a value that a
/// checked constructor refused, or broke one of its own invariants).
///
/// ```
/// use multilateral_testkit::synth::{SynthConfig, generate};
///
/// let data = generate(&SynthConfig::new(1_000, 3));
/// assert_eq!(data.meetings.len(), 1_000);
/// assert!(data.organizations.len() >= 50);
/// assert!(!data.validate().has_errors());
///
/// // The JSON round trip gives the same records back.
/// let again = multilateral::Dataset::from_json(&data.to_json_pretty())?;
/// assert_eq!(again, data);
/// # Ok::<(), multilateral::ParseError>(())
/// ```
pub fn generate(config: &SynthConfig) -> Dataset {
    let set = Setting::new(config);
    let mut rng = Rng::new(config.seed);
    let world = world::build(&set, &mut rng);
    let frames = frames::build(&set, &world, &mut rng);
    let agreements = agreements::build(&set, &world, &frames, &mut rng);
    let rest = fill::build(&set, &world, &frames, &agreements, &mut rng);
    let mut data = finish::dataset(world, frames, agreements, rest);
    details::add(&mut data, config.seed);
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_without_internal_errors() {
        for meetings in [0, 1, 2, 7, 40, 333] {
            let config = SynthConfig::new(meetings, 11);
            let data = generate(&config);
            assert_eq!(data.meetings.len(), meetings);
        }
    }

    /// The phases run one after the other give what `generate` gives, each numbering its
    /// meetings on from the ones before.
    #[test]
    fn the_phases_make_the_dataset_step_by_step() {
        let config = SynthConfig::new(1_200, 8);
        let set = Setting::new(&config);
        let mut rng = Rng::new(config.seed);
        let world = world::build(&set, &mut rng);
        assert_eq!(world.dir.orgs.len(), 60);
        assert_eq!(world.hubs.len(), 2);
        let frames = frames::build(&set, &world, &mut rng);
        assert_eq!(frames.meetings.len(), 200);
        assert!(!frames.sidelines.is_empty() && !frames.visits.is_empty());
        let agreements = agreements::build(&set, &world, &frames, &mut rng);
        assert_eq!(agreements.mous.len(), 30);
        assert!(!agreements.ceremonies.records.is_empty());
        assert_eq!(
            agreements.ceremonies.end(),
            frames.meetings.len() + agreements.ceremonies.len()
        );
        let rest = fill::build(&set, &world, &frames, &agreements, &mut rng);
        assert_eq!(rest.end(), 1_200);
        let mut data = finish::dataset(world, frames, agreements, rest);
        details::add(&mut data, config.seed);
        assert_eq!(data, generate(&config));
    }

    #[test]
    fn odd_calendars_still_validate() {
        for (first_year, years) in [(1800, 1), (2024, 1), (9000, 500), (1990, 3)] {
            let mut config = SynthConfig::new(400, 5);
            config.first_year = first_year;
            config.years = years;
            let data = generate(&config);
            let report = data.validate();
            assert!(report.is_clean(), "{first_year}+{years}: {report}");
        }
    }
}
