//! The details phase: what the 2.0 document format added, sprinkled over the finished
//! dataset as real reports give it. Some ends become unknown, limits or decades; some
//! holdings are attested on a day, have a term or name the meeting that decided them;
//! sessions name their body; some records take the newer kinds, roles, statuses and
//! outcomes; some sources give their language; some organizations a description; some
//! records another id (an alias).
//!
//! It draws from its own generator, seeded from the configuration, so the phases before it
//! make what they made before it existed. Everything it changes keeps the dataset clean: an
//! end made unknown or a start widened to limits or a decade only loosens what is certain;
//! attested days lie where the holding is already certain (or, for posts that are not a
//! head's, within its bounds); a term goes only to a last chairmanship or to a post that is
//! not a head's; a deciding meeting never begins after the holding it decided.
//!
//! Reads and changes: the [`Dataset`].

use chrono::NaiveDate;
use multilateral::{
    Bound, CountryCode, Dataset, LangTag, MeetingId, MeetingKind, MeetingStatus, MembershipStatus,
    Organization, OrganizationKind, Outcome, OutcomeKind, PartialDate, ParticipantRole, Period,
    PostRole, Term,
};

use super::pieces::{push, text};
use super::rng::Rng;

/// Adds the 2.0 details to `data`, drawing from a generator seeded with `seed`.
pub(crate) fn add(data: &mut Dataset, seed: u64) {
    let mut rng = Rng::new(seed ^ 0x2_0000_0000);
    let deciders = Deciders::new(data);
    organizations(data, &deciders, &mut rng);
    posts(data, &deciders, &mut rng);
    meetings(data, &mut rng);
    sources(data, &mut rng);
    aliases(data, &mut rng);
}

/// Some records get another id, as a second report about them would have named them: an
/// official the surname alone (`greminger` for `thomas-greminger`), other records their id
/// with a year or a letter. The first record of each kind always gets one, so that small
/// worlds have them too; nothing refers to a record by its alias, so what reads the ids
/// alone reads the same dataset. An alias is never another record's id or alias.
fn aliases(data: &mut Dataset, rng: &mut Rng) {
    use std::collections::HashSet;
    let mut taken: HashSet<String> = HashSet::new();
    taken.extend(data.organizations.iter().map(|r| r.id.to_string()));
    taken.extend(data.officials.iter().map(|r| r.id.to_string()));
    taken.extend(data.meetings.iter().map(|r| r.id.to_string()));
    taken.extend(data.mous.iter().map(|r| r.id.to_string()));
    taken.extend(data.dimensions.iter().map(|r| r.id.to_string()));
    // An unused id from the candidates, or none.
    let mut fresh = |candidates: &[String]| -> Option<String> {
        let found = candidates
            .iter()
            .find(|c| !taken.contains(c.as_str()))?
            .clone();
        taken.insert(found.clone());
        Some(found)
    };
    fn others(id: &str) -> Vec<String> {
        vec![format!("{id}-x"), format!("{id}-2"), format!("{id}-old")]
    }
    for (i, o) in data.officials.iter_mut().enumerate() {
        if i == 0 || rng.chance(20) {
            let id = o.id.as_str();
            let mut candidates = Vec::new();
            if let Some((_, surname)) = id.rsplit_once('-') {
                candidates.push(surname.to_owned());
            }
            candidates.extend(others(id));
            if let Some(a) = fresh(&candidates).and_then(|a| a.parse().ok()) {
                push(&mut o.aliases, a);
            }
        }
    }
    for (i, o) in data.organizations.iter_mut().enumerate() {
        if i == 0 || rng.chance(20) {
            if let Some(a) = fresh(&others(o.id.as_str())).and_then(|a| a.parse().ok()) {
                push(&mut o.aliases, a);
            }
        }
    }
    for (i, m) in data.meetings.iter_mut().enumerate() {
        if i == 0 || rng.chance(5) {
            if let Some(a) = fresh(&others(m.id.as_str())).and_then(|a| a.parse().ok()) {
                push(&mut m.aliases, a);
            }
        }
    }
    for (i, m) in data.mous.iter_mut().enumerate() {
        if i == 0 || rng.chance(20) {
            if let Some(a) = fresh(&others(m.id.as_str())).and_then(|a| a.parse().ok()) {
                push(&mut m.aliases, a);
            }
        }
    }
    for (i, d) in data.dimensions.iter_mut().enumerate() {
        if i == 0 || rng.chance(50) {
            if let Some(a) = fresh(&others(d.id.as_str())).and_then(|a| a.parse().ok()) {
                push(&mut d.aliases, a);
            }
        }
    }
}

/// For each organization, the meetings it took part in, by their first possible day.
struct Deciders {
    by_org: Vec<Vec<(NaiveDate, usize)>>,
    ids: Vec<MeetingId>,
}

impl Deciders {
    fn new(data: &Dataset) -> Self {
        let index: std::collections::HashMap<&str, usize> = data
            .organizations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.as_str(), i))
            .collect();
        let mut by_org = vec![Vec::new(); data.organizations.len()];
        for (k, m) in data.meetings.iter().enumerate() {
            let Some(first) = m.when.earliest() else {
                continue;
            };
            for id in m.organizations() {
                if let Some(&i) = index.get(id.as_str()) {
                    by_org[i].push((first, k));
                }
            }
        }
        for list in &mut by_org {
            list.sort_unstable();
        }
        let ids = data.meetings.iter().map(|m| m.id.clone()).collect();
        Self { by_org, ids }
    }

    /// A meeting of organization `i` that began no later than `start` may have: one of the
    /// first few such, so that it is not always the same.
    fn before(&self, i: usize, start: Bound, rng: &mut Rng) -> Option<MeetingId> {
        let last = start.last_day()?;
        let list = self.by_org.get(i)?;
        let n = list.partition_point(|&(first, _)| first <= last);
        if n == 0 {
            return None;
        }
        let (_, k) = list[n - 1 - rng.index(n.min(3))];
        self.ids.get(k).cloned()
    }
}

/// A report about one holding, with every field a source has.
fn holding_source(title: &str, published: Option<PartialDate>) -> multilateral::Source {
    let slug: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let mut s = multilateral::Source::titled(text(title))
        .with_publisher(text("Press office"))
        .in_language("en".parse().expect("a language tag"));
    s.url = Some(
        format!("https://news.example.org/{slug}")
            .parse()
            .expect("an https address with a host"),
    );
    s.published = published;
    s
}

/// A day the days `[from, to]` hold, when they are days of the calendar.
fn a_day_within(from: NaiveDate, to: NaiveDate, rng: &mut Rng) -> Option<PartialDate> {
    if from <= NaiveDate::MIN || to >= NaiveDate::MAX || from > to {
        return None;
    }
    let span = (to - from).num_days().min(3_000);
    let d = from + chrono::Duration::days(rng.below(span as u64 + 1) as i64);
    Some(PartialDate::from(d))
}

/// The days a holding certainly covers, from its period alone.
fn certain(p: &Period) -> Option<(NaiveDate, NaiveDate)> {
    let start = match p.start() {
        Bound::Open => NaiveDate::MIN,
        b => b.last_day()?,
    };
    let end = match p.end() {
        Bound::Open => NaiveDate::MAX,
        b => b.first_day()?,
    };
    (start <= end).then_some((start, end.min(start + chrono::Duration::days(3_650))))
}

/// The start widened: a year to its decade, or a date to "not after" it.
fn widened(p: &Period, rng: &mut Rng) -> Option<Period> {
    let Bound::Date(d) = p.start() else {
        return None;
    };
    let start = if d.day().is_none() && d.month().is_none() && rng.chance(500) {
        Bound::Date(PartialDate::from_decade(d.year()).ok()?)
    } else {
        Bound::between(None, Some(d)).ok()?
    };
    Period::bounded(start, p.end()).ok()
}

/// The end made unknown: it came on a day the record does not give.
fn end_unknown(p: &Period) -> Option<Period> {
    p.end()
        .is_dated()
        .then(|| Period::bounded(p.start(), Bound::Unknown).ok())
        .flatten()
}

fn organizations(data: &mut Dataset, deciders: &Deciders, rng: &mut Rng) {
    const BODIES: [OrganizationKind; 4] = [
        OrganizationKind::Institution,
        OrganizationKind::ParliamentaryAssembly,
        OrganizationKind::Court,
        OrganizationKind::FieldOffice,
    ];
    const TOP: [OrganizationKind; 2] = [
        OrganizationKind::Supranational,
        OrganizationKind::FinancialInstitution,
    ];
    const STATUSES: [MembershipStatus; 5] = [
        MembershipStatus::ParticipatingState,
        MembershipStatus::AssociateMember,
        MembershipStatus::Candidate,
        MembershipStatus::Guest,
        MembershipStatus::Suspended,
    ];
    // An official of each nationality, to exercise a chairmanship of that state.
    let mut heads = std::collections::HashMap::new();
    for official in &data.officials {
        if let Some(c) = official.nationality {
            heads.entry(c).or_insert_with(|| official.id.clone());
        }
    }
    // Each in turn, so that a small world has them all.
    let mut turned = (0, 0, 0);
    let mut kept = std::collections::HashSet::new();
    for (i, o) in data.organizations.iter_mut().enumerate() {
        if rng.chance(200) {
            o.description = Some(text(&format!(
                "{} works with its members and partners on the matters of its mandate.",
                o.name
            )));
        }
        // The first body of each kind keeps it, so that every kind is still used.
        let first_of_kind = kept.insert(o.kind);
        let body = !first_of_kind
            && matches!(
                o.kind,
                OrganizationKind::AdvisoryBody
                    | OrganizationKind::Network
                    | OrganizationKind::Other
            );
        let free = !first_of_kind
            && matches!(
                o.kind,
                OrganizationKind::Other | OrganizationKind::Ngo | OrganizationKind::ThinkTank
            );
        if o.parent.is_some() && body && rng.chance(800) {
            o.kind = BODIES[turned.0 % BODIES.len()];
            turned.0 += 1;
        } else if o.parent.is_none() && free && rng.chance(300) {
            o.kind = TOP[turned.1 % TOP.len()];
            turned.1 += 1;
        }
        if let Some(founded) = o.founded {
            if founded.precision() == multilateral::Precision::Year && rng.chance(150) {
                o.founded = PartialDate::from_decade(founded.year()).ok().or(o.founded);
            }
        }
        members(o, i, deciders, rng, &STATUSES, &mut turned.2);
        chairs(o, i, deciders, &heads, rng);
    }
}

fn members(
    o: &mut Organization,
    i: usize,
    deciders: &Deciders,
    rng: &mut Rng,
    statuses: &[MembershipStatus],
    turned: &mut usize,
) {
    let founded = o.founded;
    for m in &mut o.members {
        if m.status == MembershipStatus::Member && rng.chance(250) {
            m.status = statuses[*turned % statuses.len()];
            *turned += 1;
        }
        if founded.is_some() && m.period.start().date() == founded {
            m.founding = true;
        }
        if rng.chance(100) {
            if let Some(p) = widened(&m.period, rng) {
                m.period = p;
            }
        }
        if rng.chance(100) {
            if let Some((from, to)) = certain(&m.period) {
                if let Some(day) = a_day_within(from, to, rng) {
                    push(&mut m.attested, day);
                }
            }
        }
        if rng.chance(100) {
            m.decided_at = deciders.before(i, m.period.start(), rng);
            if m.decided_at.is_some() {
                push(
                    &mut m.sources,
                    holding_source("Admission of a new member", m.period.start().date()),
                );
            }
        }
    }
}

fn chairs(
    o: &mut Organization,
    i: usize,
    deciders: &Deciders,
    heads: &std::collections::HashMap<CountryCode, multilateral::OfficialId>,
    rng: &mut Rng,
) {
    let last = o.chairs.len().checked_sub(1);
    for (j, c) in o.chairs.iter_mut().enumerate() {
        if rng.chance(250) {
            if let Some(p) = end_unknown(&c.period) {
                c.period = p;
            }
        }
        // The last term, still running or ended on a day not given, with its length.
        let undated_end = c.period.end().is_unknown() || c.period.end().is_open();
        if Some(j) == last && undated_end && c.period.start().is_dated() && rng.chance(800) {
            c.period = Period::bounded(c.period.start(), Bound::Unknown)
                .expect("an unknown end fits any start");
            c.term = Some(Term::new(1 + rng.below(3) as u16, 0, 0).expect("a year or more"));
        }
        if rng.chance(150) {
            if let Some((from, to)) = certain(&c.period) {
                if let Some(day) = a_day_within(from, to, rng) {
                    push(&mut c.attested, day);
                }
            }
        }
        if rng.chance(200) {
            c.theme = Some(text(&format!(
                "{}'s chairmanship: together for the region",
                c.country
            )));
            push(
                &mut c.sources,
                holding_source(
                    "The incoming chairmanship's programme",
                    c.period.start().date(),
                ),
            );
        }
        if let Some(head) = heads.get(&c.country) {
            if rng.chance(300) {
                c.official = Some(head.clone());
            }
        }
        if rng.chance(150) {
            c.decided_at = deciders.before(i, c.period.start(), rng);
        }
    }
}

fn posts(data: &mut Dataset, deciders: &Deciders, rng: &mut Rng) {
    let index: std::collections::HashMap<String, usize> = data
        .organizations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.to_string(), i))
        .collect();
    for official in &mut data.officials {
        for p in &mut official.posts {
            let head = p.role == PostRole::Head;
            if rng.chance(150) {
                if let Some(period) = end_unknown(&p.period) {
                    p.period = period;
                }
            }
            if !head
                && p.period.end().is_unknown()
                && p.period.start().is_dated()
                && rng.chance(500)
            {
                p.term = Some(Term::new(0, 6 * (1 + rng.below(6) as u16), 0).expect("months"));
            }
            if !head && rng.chance(150) {
                let (from, to) = p.period.bounds();
                let to = to.min(from.max(NaiveDate::MIN) + chrono::Duration::days(3_650));
                if let Some(day) = a_day_within(from, to, rng) {
                    push(&mut p.attested, day);
                }
            }
            if rng.chance(150) {
                if let Some(&i) = index.get(p.organization.as_str()) {
                    p.decided_at = deciders.before(i, p.period.start(), rng);
                }
            }
            // The report that gave the appointment, beside the official's own sources.
            if p.decided_at.is_some() && rng.chance(500) {
                let title = format!("{} appointed", p.title.as_deref().unwrap_or("Official"));
                push(
                    &mut p.sources,
                    holding_source(&title, p.period.start().date()),
                );
            }
        }
    }
}

fn meetings(data: &mut Dataset, rng: &mut Rng) {
    const KINDS: [MeetingKind; 5] = [
        MeetingKind::CourtesyCall,
        MeetingKind::PressConference,
        MeetingKind::Briefing,
        MeetingKind::Ceremony,
        MeetingKind::Decision,
    ];
    const ROLES: [ParticipantRole; 4] = [
        ParticipantRole::Guest,
        ParticipantRole::Moderator,
        ParticipantRole::Witness,
        ParticipantRole::ViceChair,
    ];
    let governing: std::collections::HashSet<String> = data
        .organizations
        .iter()
        .filter(|o| o.kind == OrganizationKind::GoverningBody)
        .map(|o| o.id.to_string())
        .collect();
    let mut turned = (0, 0, 0, 0);
    for m in &mut data.meetings {
        if m.kind == MeetingKind::Session {
            let body = m
                .organizations()
                .find(|id| governing.contains(id.as_str()))
                .cloned();
            m.session_of = body;
        }
        if matches!(m.kind, MeetingKind::Other | MeetingKind::Consultation) && rng.chance(300) {
            m.kind = KINDS[turned.0 % KINDS.len()];
            turned.0 += 1;
        }
        // Now and then a start or an end known only within limits: the start no earlier
        // than its year began, the end no later than its year ends.
        if rng.chance(20) {
            if let (Bound::Date(s), Bound::Date(e)) = (m.when.start(), m.when.end()) {
                let year = |d: PartialDate| PartialDate::from_year(d.year()).expect("its year");
                let start = Bound::between(Some(year(s)), Some(s)).expect("a year holds its days");
                let end = Bound::between(Some(e), Some(year(e))).expect("a year holds its days");
                m.when = Period::bounded(start, end).expect("widened, still in order");
            }
        }
        if matches!(m.kind, MeetingKind::Summit | MeetingKind::Conference) && rng.chance(200) {
            m.theme = Some(text("Converting potential into prosperity"));
        }
        // A meeting held before another without preparing it.
        let prepares = m
            .relations
            .iter()
            .any(|r| r.kind == multilateral::RelationKind::InPreparationFor);
        if prepares && (turned.2 == 0 || rng.chance(300)) {
            turned.2 += 1;
            for r in &mut m.relations {
                if r.kind == multilateral::RelationKind::InPreparationFor {
                    r.kind = multilateral::RelationKind::AheadOf;
                }
            }
        }
        let signing = m.kind == MeetingKind::SigningCeremony;
        for p in &mut m.participants {
            if signing && p.role == ParticipantRole::DelegationHead && rng.chance(500) {
                p.role = ParticipantRole::Signatory;
            } else if p.role == ParticipantRole::Participant && rng.chance(60) {
                p.role = ROLES[turned.1 % ROLES.len()];
                turned.1 += 1;
            }
        }
        if m.status == MeetingStatus::Held && m.kind == MeetingKind::Session && rng.chance(300) {
            let official = m.participants.iter().find_map(|p| p.official.clone());
            let outcome = match (rng.below(6), official) {
                (0, Some(who)) => {
                    Outcome::new(OutcomeKind::Elected, text("The body elected its chair."))
                        .concerning(who)
                }
                (1, Some(who)) => Outcome::new(
                    OutcomeKind::Appointed,
                    text("The body appointed an official."),
                )
                .concerning(who),
                (2, _) => Outcome::new(
                    OutcomeKind::HandedOver,
                    text("The chair passed to the incoming chair."),
                ),
                (3, _) => Outcome::new(OutcomeKind::Admitted, text("A new observer was admitted.")),
                (4, Some(who)) => Outcome::new(
                    OutcomeKind::Recommended,
                    text("The body recommended a candidate to the body that appoints."),
                )
                .concerning(who),
                _ => Outcome::new(OutcomeKind::Launched, text("A new programme was launched.")),
            };
            const METHODS: [multilateral::DecisionMethod; 5] = [
                multilateral::DecisionMethod::Consensus,
                multilateral::DecisionMethod::Acclamation,
                multilateral::DecisionMethod::Vote,
                multilateral::DecisionMethod::SilenceProcedure,
                multilateral::DecisionMethod::Unanimity,
            ];
            let mut outcome = outcome;
            outcome.method = Some(METHODS[turned.3 % METHODS.len()]);
            turned.3 += 1;
            push(&mut m.outcomes, outcome);
        }
    }
}

fn sources(data: &mut Dataset, rng: &mut Rng) {
    let langs: Vec<LangTag> = ["en", "ru", "de", "fr", "zh-Hans"]
        .iter()
        .map(|l| l.parse().expect("a language tag"))
        .collect();
    let give = |sources: &mut [multilateral::Source], rng: &mut Rng| {
        for s in sources {
            if rng.chance(150) {
                s.language = Some(langs[rng.index(langs.len())].clone());
            }
        }
    };
    for o in &mut data.organizations {
        give(&mut o.sources, rng);
    }
    for o in &mut data.officials {
        give(&mut o.sources, rng);
    }
    // Dimensions have few sources: each gives its language.
    for d in &mut data.dimensions {
        for s in &mut d.sources {
            s.language = Some(langs[rng.index(langs.len())].clone());
        }
    }
    for u in &mut data.mous {
        give(&mut u.sources, rng);
    }
    for m in &mut data.meetings {
        give(&mut m.sources, rng);
    }
}
