//! People and the posts they hold: new officials with their names, and consecutive holders of
//! a post (heads whose terms follow each other, acting heads in a vacancy, deputies, staff).
//!
//! Reads: the [`Setting`] (the calendar, the states), the organization a post is at. Makes:
//! [`Official`]s and their [`Post`]s in the [`Directory`], and each post's [`Term`] in the
//! organization's [`OrgInfo`](super::directory::OrgInfo) for the lookups of later phases.

use multilateral::{CountryCode, ExternalId, Official, OfficialId, OtherName, Post, PostRole};

use super::calendar::{self, Day, OPEN, Prec, partial};
use super::directory::{Directory, Term};
use super::pieces::{index32, source, text};
use super::rng::Rng;
use super::setting::Setting;
use super::vocab;

/// A head's title, which may change while a head is in office.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HeadTitles<'a> {
    pub(crate) before: &'a str,
    pub(crate) after: &'a str,
    /// The day the title changes ([`OPEN`] for never).
    pub(crate) renamed: Day,
}

impl<'a> HeadTitles<'a> {
    /// One title for ever.
    pub(crate) fn fixed(title: &'a str) -> Self {
        Self {
            before: title,
            after: title,
            renamed: OPEN,
        }
    }
}

/// How long the terms of a chain of holders last, in days.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Terms {
    pub(crate) min: Day,
    pub(crate) max: Day,
}

impl Directory {
    /// A new person, without posts; returns its index.
    pub(crate) fn person(
        &mut self,
        set: &Setting,
        rng: &mut Rng,
        nationality: Option<CountryCode>,
    ) -> u32 {
        let n = self.officials.len();
        let eurasian = rng.chance(350);
        let (given, family) = if eurasian {
            (
                rng.word(vocab::GIVEN_EURASIAN),
                rng.word(vocab::FAMILY_EURASIAN),
            )
        } else {
            (rng.word(vocab::GIVEN_WORLD), rng.word(vocab::FAMILY_WORLD))
        };
        let name = format!("{given} {family}");
        let slug = vocab::slug(&name);
        let id = OfficialId::try_from(format!("{slug}-{n}"))
            .expect("a slug of a name and a number is an id");
        let mut o = Official::new(id, text(&name));
        if rng.chance(850) {
            o.given_name = Some(text(given));
            o.family_name = Some(text(family));
        }
        let mut other_names = Vec::new();
        if eurasian && rng.chance(500) {
            let lang = if rng.chance(500) {
                set.langs.ru.clone()
            } else {
                set.langs.kk.clone()
            };
            other_names.push(OtherName::in_lang(text(&vocab::cyrillic(&name)), lang));
        }
        if !name.is_ascii() && rng.chance(600) {
            other_names.push(OtherName::new(text(&vocab::unaccented(&name))));
        }
        if family.ends_with("ay") && rng.chance(500) {
            let alt = format!("{given} {}i", family.trim_end_matches('y'));
            other_names.push(OtherName::new(text(&alt)));
        }
        o.other_names = other_names.into();
        if rng.chance(550) {
            o.honorific = Some(text(rng.word(vocab::HONORIFICS)));
        }
        o.nationality = match nationality {
            Some(c) if rng.chance(900) => Some(c),
            _ if rng.chance(500) => Some(*rng.one_of(&set.countries)),
            _ => None,
        };
        if rng.chance(80) {
            o.identifiers = Box::new([ExternalId::new(
                text("wikidata"),
                text(&format!("Q{}", 1_000 + rng.below(90_000_000))),
            )]);
        }
        if rng.chance(150) {
            let published = Some(partial(rng.range(set.start, set.today), Prec::Month));
            o.sources = Box::new([source(
                rng,
                &format!("Biography of {name}"),
                &format!("https://www.who-is-who.example/{slug}"),
                "Who is Who in International Organizations",
                published,
            )]);
        }
        self.officials.push(o);
        self.posts.push(Vec::new());
        index32(n)
    }

    /// Records a post: on the official's record (written with drawn precisions) and among
    /// the organization's terms.
    pub(crate) fn post(&mut self, rng: &mut Rng, org: u32, term: Term, title: &str) {
        self.write_post(rng, org, term, title, false, true);
        self.add_term(org, term);
    }

    /// Writes a post on the official's record only.
    fn write_post(
        &mut self,
        rng: &mut Rng,
        org: u32,
        term: Term,
        title: &str,
        acting: bool,
        known_start: bool,
    ) {
        let start_prec = Prec::draw(rng, 120, 80);
        let end_prec = Prec::draw(rng, 150, 60);
        let period = calendar::period(term.start, term.end, start_prec, end_prec, known_start);
        let mut post = Post::new(self.id(org).clone(), term.role).during(period);
        if !title.is_empty() && rng.chance(950) {
            post.title = Some(text(title));
        }
        post.acting = acting;
        self.posts[term.official as usize].push(post);
    }

    /// Adds a term to the organization's, for the lookups.
    fn add_term(&mut self, org: u32, term: Term) {
        let info = self.info_mut(org);
        if term.role == PostRole::Head {
            info.heads.push(term);
        } else {
            info.others.push(term);
        }
    }

    /// Consecutive holders of a non-head post, from `from` until today or the body's end.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn chain(
        &mut self,
        set: &Setting,
        rng: &mut Rng,
        org: u32,
        role: PostRole,
        title: &str,
        from: Day,
        terms: Terms,
        nationality: Option<CountryCode>,
    ) {
        let to = self.info(org).to;
        let mut t = from;
        while t < set.today && t < to {
            let end = (t + rng.range(terms.min, terms.max)).min(to);
            let end = if end >= set.today { OPEN } else { end };
            let official = self.person(set, rng, nationality);
            let term = Term {
                official,
                role,
                start: t,
                end,
            };
            self.post(rng, org, term, title);
            if end == OPEN {
                break;
            }
            t = end + rng.range(0, 90);
        }
    }

    /// Consecutive heads of an organization from `from`: each term starts the day the one
    /// before ends, or after a vacancy that a deputy sometimes fills as acting head. A head
    /// in office when the title changes holds two consecutive posts. The first head's start
    /// is now and then not known.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn head_chain(
        &mut self,
        set: &Setting,
        rng: &mut Rng,
        org: u32,
        from: Day,
        terms: Terms,
        titles: HeadTitles<'_>,
        nationality: Option<CountryCode>,
    ) {
        let to = self.info(org).to;
        let HeadTitles {
            before,
            after,
            renamed,
        } = titles;
        let mut t = from;
        let mut first = true;
        while t < set.today && t < to {
            let mut end = t + rng.range(terms.min, terms.max);
            let last = end >= set.today || end >= to;
            if last {
                end = if to >= set.today { OPEN } else { to };
            }
            let official = self.person(set, rng, nationality);
            let known_start = !(first && rng.chance(300));
            let term = Term {
                official,
                role: PostRole::Head,
                start: t,
                end,
            };
            if t < renamed && renamed < end {
                // Two posts on the record, one term for the lookups.
                let old = Term {
                    end: renamed,
                    ..term
                };
                let new = Term {
                    start: renamed,
                    ..term
                };
                self.write_post(rng, org, old, before, false, known_start);
                self.write_post(rng, org, new, after, false, true);
            } else {
                let title = if end != OPEN && end <= renamed {
                    before
                } else {
                    after
                };
                self.write_post(rng, org, term, title, false, known_start);
            }
            self.add_term(org, term);
            if last {
                break;
            }
            let gap = if rng.chance(250) {
                rng.range(15, 200)
            } else {
                0
            };
            if gap > 0 && rng.chance(900) {
                if let Some(deputy) = self.other_at(org, end, &[PostRole::Deputy], None) {
                    let acting = Term {
                        official: deputy,
                        role: PostRole::Head,
                        start: end,
                        end: (end + gap).min(to),
                    };
                    let title = format!("Acting {}", if end < renamed { before } else { after });
                    self.write_post(rng, org, acting, &title, true, true);
                    self.add_term(org, acting);
                }
            }
            t = end + gap;
            first = false;
        }
    }
}
