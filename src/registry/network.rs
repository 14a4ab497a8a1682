//! Who meets whom: counterparts, encounters between officials, the cooperation network.

use hashbrown::HashMap;

use crate::meeting::Meeting;
use crate::official::Official;
use crate::party::Party;
use crate::registry::{PartyKey, Registry};

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
    pub official: &'r Official,
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
    fn key_of(&self, party: &Party) -> Option<PartyKey> {
        match party {
            Party::Organization(id) => self
                .org_index(id.as_str())
                .and_then(|i| u32::try_from(i).ok())
                .map(PartyKey::Org),
            Party::State(code) => Some(PartyKey::State(*code)),
        }
    }

    fn party_of(&self, key: PartyKey) -> Option<Party> {
        match key {
            PartyKey::Org(i) => self
                .data
                .organizations
                .get(i as usize)
                .map(|o| Party::Organization(o.id.clone())),
            PartyKey::State(code) => Some(Party::State(code)),
        }
    }

    /// The parties an organization or state met: each with the number of meetings they
    /// shared and the first and last of them. Most frequent first; ties in party order
    /// (organizations in document order, then states by code).
    ///
    /// Cost: O(p) over the parties of the meetings the party took part in (kept per meeting
    /// at build, so no record is read).
    ///
    /// ```
    /// # use multilateral::{Party, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let cica = Party::Organization("cica".parse()?);
    /// let counterparts = registry.counterparts(&cica);
    /// // IOM twice (the Council session and the bilateral), seven other organizations once,
    /// // and Kazakhstan, which organizes the Military-Political Dimension seminars.
    /// assert_eq!(counterparts.len(), 9);
    /// assert_eq!(counterparts[0].party.to_string(), "organization iom");
    /// assert_eq!(counterparts[0].meetings, 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn counterparts(&self, party: &Party) -> Vec<Counterpart<'_>> {
        let Some(key) = self.key_of(party) else {
            return Vec::new();
        };
        let list = match key {
            PartyKey::Org(o) => self.by_organization.get(o as usize),
            PartyKey::State(s) => self.by_state.get(&s),
        };
        let Some(list) = list else {
            return Vec::new();
        };
        // Meetings come in date order: the first one seen with a party is the first, the
        // last one the last.
        let mut stats: HashMap<PartyKey, (u32, u32, u32)> = HashMap::new();
        for rank in list.all() {
            for &other in self.parties_at.get(rank as usize) {
                if other != key {
                    let e = stats.entry(other).or_insert((0, rank, rank));
                    e.0 += 1;
                    e.2 = rank;
                }
            }
        }
        let mut list: Vec<(PartyKey, (u32, u32, u32))> = stats.into_iter().collect();
        list.sort_unstable_by_key(|&(k, (count, _, _))| (std::cmp::Reverse(count), k));
        list.into_iter()
            .filter_map(|(k, (count, first, last))| {
                Some(Counterpart {
                    party: self.party_of(k)?,
                    meetings: count,
                    first: self.meeting_of_rank(first)?,
                    last: self.meeting_of_rank(last)?,
                })
            })
            .collect()
    }

    /// The officials an official has met: those named as participants in the same
    /// meetings, each with those meetings in date order. Most met first; ties in document
    /// order.
    ///
    /// Cost: O(p) over the participants of the official's meetings.
    ///
    /// ```
    /// # use multilateral::Registry;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let met = registry.officials_met("amy-pope");
    /// assert_eq!(met.len(), 1);
    /// assert_eq!(met[0].official.id.as_str(), "kairat-sarybay");
    /// assert_eq!(met[0].meetings[0].id.as_str(), "sarybay-pope-2024-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn officials_met(&self, official: &str) -> Vec<Encounter<'_>> {
        let Some(me) = self.official_index(official) else {
            return Vec::new();
        };
        let Some(list) = self.by_official.get(me) else {
            return Vec::new();
        };
        let me = u32::try_from(me).unwrap_or(u32::MAX);
        // `(other official, rank)` for each meeting shared, sorted: grouped by official,
        // each group's meetings in date order.
        let mut met: Vec<(u32, u32)> = Vec::new();
        for rank in list.all() {
            let others = self.officials_at.get(rank as usize);
            met.extend(others.iter().filter(|&&o| o != me).map(|&o| (o, rank)));
        }
        met.sort_unstable();
        let mut groups: Vec<(usize, u32, usize)> = Vec::new(); // (count, official, start)
        let mut start = 0;
        while let Some(&(other, _)) = met.get(start) {
            let len = met
                .get(start..)
                .unwrap_or_default()
                .partition_point(|&(o, _)| o == other);
            groups.push((len, other, start));
            start += len.max(1);
        }
        groups.sort_unstable_by_key(|&(count, official, _)| (std::cmp::Reverse(count), official));
        groups
            .into_iter()
            .filter_map(|(count, official, start)| {
                let ranks = met.get(start..start + count)?;
                Some(Encounter {
                    official: self.data.officials.get(official as usize)?,
                    meetings: ranks
                        .iter()
                        .filter_map(|&(_, rank)| self.meeting_of_rank(rank))
                        .collect(),
                })
            })
            .collect()
    }

    /// The cooperation network: one edge for each pair of parties that shared a meeting,
    /// weighted by how many. Edges sorted by weight (heaviest first), then by parties.
    ///
    /// Cost: O(P + e log e) for the P pairs of parties of all meetings and the e edges.
    pub fn cooperation_network(&self) -> Vec<NetworkEdge> {
        let mut weights: HashMap<(PartyKey, PartyKey), u32> = HashMap::new();
        for rank in 0..self.meeting_at.len() {
            // Each meeting's parties are sorted and distinct: every pair once, smaller first.
            let parties = self.parties_at.get(rank);
            for (i, &a) in parties.iter().enumerate() {
                for &b in parties.get(i + 1..).unwrap_or_default() {
                    *weights.entry((a, b)).or_default() += 1;
                }
            }
        }
        let mut edges: Vec<((PartyKey, PartyKey), u32)> = weights.into_iter().collect();
        edges.sort_unstable_by_key(|&(pair, w)| (std::cmp::Reverse(w), pair));
        edges
            .into_iter()
            .filter_map(|((a, b), meetings)| {
                Some(NetworkEdge {
                    a: self.party_of(a)?,
                    b: self.party_of(b)?,
                    meetings,
                })
            })
            .collect()
    }
}
