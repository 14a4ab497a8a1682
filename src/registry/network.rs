//! Who meets whom: counterparts, encounters between officials, the cooperation network.

use hashbrown::HashMap;

use crate::meeting::{Meeting, MeetingKind};
use crate::party::Party;
use crate::period::Period;
use crate::registry::timeline::MeetingList;
use crate::registry::{
    OfficialRef, OrganizationRef, PartyKey, Registry, Scope, StateRef, StateScope, extent,
};

/// A counterpart of an organization or state: who it met, how often, first and last.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Counterpart<'r> {
    /// The other party.
    pub party: Party,
    /// How many meetings the two took part in together.
    pub meetings: u32,
    /// The earliest of them (in date order).
    pub first: &'r Meeting,
    /// The latest of them.
    pub last: &'r Meeting,
}

/// An official met by another, with the meetings where both took part.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Encounter<'r> {
    /// The official met.
    pub official: OfficialRef<'r>,
    /// The meetings where both were named participants, in date order.
    pub meetings: Vec<&'r Meeting>,
}

/// An edge of the cooperation network: two parties and how many meetings they shared.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct NetworkEdge {
    /// One party (the smaller: organizations in document order, then states by code).
    pub a: Party,
    /// The other party.
    pub b: Party,
    /// How many meetings they took part in together.
    pub meetings: u32,
}

impl Registry {
    fn party_of(&self, key: PartyKey) -> Party {
        match key {
            PartyKey::Org(i) => Party::Organization(
                self.data
                    .organizations
                    .get(i as usize)
                    .expect("an organization of the registry")
                    .id
                    .clone(),
            ),
            PartyKey::State(code) => Party::State(code),
        }
    }

    /// The parties met in the meetings of `list` by the party `key`: see
    /// [`OrganizationRef::counterparts`].
    fn counterparts_in(&self, key: PartyKey, list: Option<&MeetingList>) -> Vec<Counterpart<'_>> {
        let Some(list) = list else {
            return Vec::new();
        };
        self.counterparts_at(&[key], list.ranks())
    }

    /// The ranks of the meetings of `lists` that may overlap `period` and are of one of
    /// `kinds` (any kind when empty), each once, in no particular order: O(k) for one list,
    /// O(k log k) for several (to find the meetings they share), besides the search.
    fn ranks_of_kinds(
        &self,
        lists: &[&MeetingList],
        period: &Period,
        kinds: &[MeetingKind],
    ) -> Vec<u32> {
        let (a, b) = extent(period);
        let mut ranks = match lists {
            [one] => one.during_unsorted(a, b, &self.spans),
            _ => MeetingList::union_during(lists.iter().copied(), a, b, &self.spans),
        };
        if !kinds.is_empty() {
            ranks.retain(|&rank| {
                crate::work::steps(kinds.len());
                let (kind, _, _) = *self.facts.get(rank as usize).expect("facts by rank");
                kinds.contains(&kind)
            });
        }
        ranks
    }

    /// The parties met in the meetings of `ranks` (each once) by the party whose keys are
    /// `me` (sorted; a state and its government bodies are one party): see
    /// [`OrganizationRef::counterparts`].
    fn counterparts_at(
        &self,
        me: &[PartyKey],
        ranks: impl IntoIterator<Item = u32>,
    ) -> Vec<Counterpart<'_>> {
        // Ranks are in date order: a party's first meeting is its lowest rank, its last the
        // highest.
        let mut stats: HashMap<PartyKey, (u32, u32, u32)> = HashMap::new();
        for rank in ranks {
            let parties = self.parties_at.get(rank as usize);
            crate::work::steps(parties.len());
            for &other in parties {
                if me.binary_search(&other).is_err() {
                    let e = stats.entry(other).or_insert((0, rank, rank));
                    e.0 += 1;
                    e.1 = e.1.min(rank);
                    e.2 = e.2.max(rank);
                }
            }
        }
        let mut list: Vec<(PartyKey, (u32, u32, u32))> = stats.into_iter().collect();
        list.sort_unstable_by_key(|&(k, (count, _, _))| (std::cmp::Reverse(count), k));
        list.into_iter()
            .map(|(k, (count, first, last))| Counterpart {
                party: self.party_of(k),
                meetings: count,
                first: self.meeting_of_rank(first),
                last: self.meeting_of_rank(last),
            })
            .collect()
    }

    /// The cooperation network: one edge for each pair of parties that shared a meeting,
    /// weighted by how many. Edges sorted by weight (heaviest first), then by parties.
    ///
    /// Cost: O(P + e log e) for the P pairs of parties of all meetings and the e edges.
    pub fn cooperation_network(&self) -> Vec<NetworkEdge> {
        let mut weights: HashMap<(PartyKey, PartyKey), u32> = HashMap::new();
        for parties in self.parties_at.iter() {
            // Each meeting's parties are sorted and distinct: every pair once, smaller first.
            for (i, &a) in parties.iter().enumerate() {
                let later = parties.get(i + 1..).expect("i is an index of parties");
                crate::work::steps(later.len());
                for &b in later {
                    *weights.entry((a, b)).or_default() += 1;
                }
            }
        }
        let mut edges: Vec<((PartyKey, PartyKey), u32)> = weights.into_iter().collect();
        edges.sort_unstable_by_key(|&(pair, w)| (std::cmp::Reverse(w), pair));
        edges
            .into_iter()
            .map(|((a, b), meetings)| NetworkEdge {
                a: self.party_of(a),
                b: self.party_of(b),
                meetings,
            })
            .collect()
    }
}

impl<'r> OrganizationRef<'r> {
    /// The parties the organization met: each with the number of meetings they shared and
    /// the first and last of them. Most frequent first; ties in party order (organizations
    /// in document order, then states by code).
    ///
    /// Cost: O(p) over the parties of the meetings the organization took part in (kept per
    /// meeting at build, so no record is read).
    ///
    /// ```
    /// # use multilateral::{OrganizationId, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let counterparts = cica.counterparts();
    /// // IOM twice (the Council session and the bilateral), seven other organizations once,
    /// // and Kazakhstan, which organizes the Military-Political Dimension seminars.
    /// assert_eq!(counterparts.len(), 9);
    /// assert_eq!(counterparts[0].party.to_string(), "organization iom");
    /// assert_eq!(counterparts[0].meetings, 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn counterparts(self) -> Vec<Counterpart<'r>> {
        let r = self.registry();
        let key = PartyKey::Org(crate::resolve::index(self.index()));
        let list = r.by_organization.get(self.index());
        r.counterparts_in(key, Some(list.expect("an organization of the registry")))
    }

    /// The parties the organization met in the meetings that may overlap `period` and are of
    /// one of `kinds` (any kind when `kinds` is empty), counted as
    /// [`counterparts`](Self::counterparts) counts them: at a summit everyone present is a
    /// counterpart of everyone else, so ask for [`MeetingKind::Bilateral`] to have only the
    /// parties met face to face. First and last are the first and last of the meetings
    /// kept. Pass [`Period::unknown()`] for any time.
    ///
    /// With [`Scope::WithSubBodies`] the organization and every body below it are one party,
    /// as a state and its government are for [`StateRef::counterparts_during`]: a meeting of
    /// the UN Office at Geneva counts as a meeting of the UN, a meeting where both the Pacific
    /// Islands Forum and its Secretariat took part counts once, and none of them is a
    /// counterpart of another. With [`Scope::Exact`] the bodies are parties like any other.
    ///
    /// Cost: O(b log b + b log n + m + k·j + k log k + p log(b + 1) + c log c) over the b
    /// bodies in scope (one with `Exact`), the k meetings found in their lists (of at most n
    /// meetings each; no k log k when b is one, as one list is read without sorting) with the
    /// m [near misses](crate::registry#order-and-cost), the j kinds asked for, the p parties
    /// of the meetings kept (each looked up among the b bodies) and the c counterparts found.
    ///
    /// ```
    /// # use multilateral::{MeetingKind, OrganizationId, Period, Registry};
    /// # use multilateral::registry::Scope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = registry.organization(&OrganizationId::from_static("cica")).unwrap();
    /// let november: Period = "2024-11/2024-11".parse()?;
    /// let met = cica.counterparts_during(&november, &[MeetingKind::Bilateral], Scope::Exact);
    /// // Eight bilateral meetings in Geneva, each with another organization.
    /// assert_eq!(met.len(), 8);
    /// assert!(met.iter().all(|c| c.meetings == 1));
    /// // Over all kinds, IOM counts twice: the Council session and the bilateral meeting.
    /// assert_eq!(cica.counterparts_during(&november, &[], Scope::Exact)[0].meetings, 2);
    /// // The UN itself took part in none of them; with its bodies (UNOG, UNRISD, UN-Water)
    /// // it met CICA three times.
    /// let un = registry.organization(&OrganizationId::from_static("un")).unwrap();
    /// assert!(un.counterparts_during(&november, &[], Scope::Exact).is_empty());
    /// let met = un.counterparts_during(&november, &[], Scope::WithSubBodies);
    /// assert_eq!(met.len(), 1);
    /// assert_eq!((met[0].party.to_string(), met[0].meetings), ("organization cica".into(), 3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn counterparts_during(
        self,
        period: &Period,
        kinds: &[MeetingKind],
        scope: Scope,
    ) -> Vec<Counterpart<'r>> {
        let r = self.registry();
        let (me, lists) = self.as_party(scope);
        r.counterparts_at(&me, r.ranks_of_kinds(&lists, period, kinds))
    }

    /// The party the organization is in `scope`, as its keys (sorted) and the lists of its
    /// meetings (one for each body in scope). O(b log b) over the b bodies.
    fn as_party(self, scope: Scope) -> (Vec<PartyKey>, Vec<&'r MeetingList>) {
        let r = self.registry();
        let bodies = r.org_tree(self.index(), scope);
        let lists = bodies
            .iter()
            .map(|&o| {
                r.by_organization
                    .get(o)
                    .expect("an organization of the registry")
            })
            .collect();
        let mut keys: Vec<PartyKey> = bodies
            .into_iter()
            .map(|o| PartyKey::Org(crate::resolve::index(o)))
            .collect();
        keys.sort_unstable();
        (keys, lists)
    }
}

impl<'r> StateRef<'r> {
    /// The parties the state met as a state, as [`OrganizationRef::counterparts`] counts them.
    /// Cost: O(p) over the parties of its meetings.
    pub fn counterparts(self) -> Vec<Counterpart<'r>> {
        let r = self.registry;
        r.counterparts_in(PartyKey::State(self.code), r.by_state.get(&self.code))
    }

    /// The parties the state met in the meetings that may overlap `period` and are of one
    /// of `kinds` (any kind when empty), as [`OrganizationRef::counterparts_during`] counts
    /// them. With [`StateScope::WithGovernment`] the state and its government bodies (see
    /// [`StateRef::government`]) are one party: a meeting of its foreign ministry counts as a
    /// meeting of the state, a meeting where both the state and its ministry took part
    /// counts once, and none of them is a counterpart of the others.
    ///
    /// Cost: O(log G + s log s + s log n + m + k·j + k log k + p log(s + 1) + c log c) over
    /// the G government bodies of all states, the s lists searched (the state's, and one for
    /// each of its government bodies), the k meetings found in them (with the m
    /// [near misses](crate::registry#order-and-cost)), the j kinds asked for, the p parties
    /// of the meetings kept (each looked up among the state and its bodies) and the c
    /// counterparts found.
    ///
    /// ```
    /// # use multilateral::{MeetingKind, Period, Registry};
    /// # use multilateral::registry::StateScope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let kazakhstan = registry.state("KZ".parse()?);
    /// let met = kazakhstan.counterparts_during(&Period::unknown(), &[MeetingKind::Seminar], StateScope::WithGovernment);
    /// assert_eq!(met[0].party.to_string(), "organization cica");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn counterparts_during(
        self,
        period: &Period,
        kinds: &[MeetingKind],
        scope: StateScope,
    ) -> Vec<Counterpart<'r>> {
        let r = self.registry;
        let (me, lists) = self.as_party(scope);
        r.counterparts_at(&me, r.ranks_of_kinds(&lists, period, kinds))
    }
}

impl<'r> OfficialRef<'r> {
    /// The officials this official has met: those named as participants in the same
    /// meetings, each with those meetings in date order. Most met first; ties in document
    /// order.
    ///
    /// Cost: O(p) over the participants of the official's meetings.
    ///
    /// ```
    /// # use multilateral::{OfficialId, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let pope = registry.official(&OfficialId::from_static("amy-pope")).unwrap();
    /// let met = pope.met();
    /// assert_eq!(met.len(), 1);
    /// assert_eq!(met[0].official.id, "kairat-sarybay");
    /// assert_eq!(met[0].meetings[0].id, "sarybay-pope-2024-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn met(self) -> Vec<Encounter<'r>> {
        let list = self
            .registry()
            .by_official
            .get(self.index())
            .expect("an official of the registry");
        self.met_at(list.ranks())
    }

    /// The officials this official met in the meetings that may overlap `period` and are of
    /// one of `kinds` (any kind when empty), as [`met`](Self::met) finds them: ask for
    /// [`MeetingKind::Bilateral`] to leave out everyone else present at a summit.
    ///
    /// Cost: O(log n + k·j + m + p log p) over the k meetings of the official in the period
    /// (of their n), the m [near misses](crate::registry#order-and-cost), the j kinds asked
    /// for and the p participants of the meetings kept.
    ///
    /// ```
    /// # use multilateral::{MeetingKind, OfficialId, Period, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let sarybay = registry.official(&OfficialId::from_static("kairat-sarybay")).unwrap();
    /// let november: Period = "2024-11/2024-11".parse()?;
    /// assert_eq!(sarybay.met_during(&november, &[MeetingKind::Bilateral]).len(), 8);
    /// assert!(sarybay.met_during(&november, &[MeetingKind::Summit]).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn met_during(self, period: &Period, kinds: &[MeetingKind]) -> Vec<Encounter<'r>> {
        let r = self.registry();
        let list = r
            .by_official
            .get(self.index())
            .expect("an official of the registry");
        self.met_at(r.ranks_of_kinds(&[list], period, kinds))
    }

    /// The officials met in the meetings of `ranks`, each once: see [`met`](Self::met).
    fn met_at(self, ranks: impl IntoIterator<Item = u32>) -> Vec<Encounter<'r>> {
        let r = self.registry();
        let me = crate::resolve::index(self.index());
        // `(other official, rank)` for each meeting shared, sorted: grouped by official,
        // each group's meetings in date order.
        let mut met: Vec<(u32, u32)> = Vec::new();
        for rank in ranks {
            let others = r.officials_at.get(rank as usize);
            crate::work::steps(others.len());
            met.extend(others.iter().filter(|&&o| o != me).map(|&o| (o, rank)));
        }
        met.sort_unstable();
        let mut groups: Vec<(usize, u32, usize)> = Vec::new(); // (count, official, start)
        let mut start = 0;
        while let Some(&(other, _)) = met.get(start) {
            let len = met
                .get(start..)
                .expect("start is an index of met")
                .partition_point(|&(o, _)| o == other);
            groups.push((len, other, start));
            start += len;
        }
        groups.sort_unstable_by_key(|&(count, official, _)| (std::cmp::Reverse(count), official));
        groups
            .into_iter()
            .map(|(count, official, start)| Encounter {
                official: OfficialRef::new(r, official as usize),
                meetings: met
                    .get(start..start + count)
                    .expect("a group of met")
                    .iter()
                    .map(|&(_, rank)| r.meeting_of_rank(rank))
                    .collect(),
            })
            .collect()
    }
}
