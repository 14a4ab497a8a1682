//! Queries that return meetings.

use std::collections::VecDeque;

use chrono::NaiveDate;

use crate::country::CountryCode;
use crate::fold::fold_name;
use crate::meeting::{Meeting, MeetingKind, MeetingStatus, RelationKind};
use crate::period::{Coverage, Period};
use crate::registry::timeline::{Day, MeetingList};
use crate::registry::{
    Depth, DimensionRef, DimensionScope, MeetingRef, MouRef, OfficialRef, OrganizationRef,
    Registry, Scope, StateRef, StateScope, day, extent,
};

/// A meeting related to an event, found by [`MeetingRef::related`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Related<'r> {
    /// The related meeting.
    pub meeting: &'r Meeting,
    /// How it relates to the meeting it points at (on the sidelines of, part of, …).
    pub kind: RelationKind,
    /// How many relations away from the event it is: 1 when it points at the event itself.
    pub depth: u32,
}

impl Registry {
    fn ranks_during(&self, list: &MeetingList, period: &Period) -> Vec<u32> {
        let (a, b) = extent(period);
        list.during(a, b, &self.spans)
    }

    /// The meetings of one list that may overlap `period`, in date order.
    fn list_during(&self, list: Option<&MeetingList>, period: &Period) -> Vec<&Meeting> {
        match list {
            Some(list) => self.meetings_of_ranks(&self.ranks_during(list, period)),
            None => Vec::new(),
        }
    }

    /// Every meeting that may overlap `period`, in date order. Cost: O(log n + k + m), with `m` the
    /// [near misses](crate::registry#order-and-cost).
    pub fn meetings_during(&self, period: &Period) -> Vec<&Meeting> {
        self.list_during(Some(&self.all_meetings), period)
    }

    /// The meetings that may have taken place on `day`, each with whether it certainly did
    /// ([`Coverage::Yes`]) or possibly did ([`Coverage::Possibly`]) (see
    /// [`Meeting::coverage`]), in date order.
    ///
    /// Cost: O(log n + k + m), with `m` the [near misses](crate::registry#order-and-cost).
    ///
    /// ```
    /// # use multilateral::{Coverage, Registry, ymd};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let on = registry.meetings_on(ymd(2024, 11, 26));
    /// let session = on.iter().find(|(m, _)| m.id == "iom-council-115").unwrap();
    /// assert_eq!(session.1, Coverage::Yes); // the session ran from the 25th to the 27th
    /// let talk = on.iter().find(|(m, _)| m.id == "sarybay-pope-2024-11").unwrap();
    /// assert_eq!(talk.1, Coverage::Possibly); // on some day within the 25th–27th
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meetings_on(&self, date: NaiveDate) -> Vec<(&Meeting, Coverage)> {
        let d = day(date);
        self.meetings_of_ranks(&self.all_meetings.during(d, d, &self.spans))
            .into_iter()
            .map(|m| (m, m.coverage(date)))
            .collect()
    }

    /// The meetings of a kind, in date order. Cost: O(k).
    pub fn meetings_of_kind(&self, kind: MeetingKind) -> Vec<&Meeting> {
        self.list_during(self.by_kind.get(&kind), &Period::unknown())
    }

    /// The meetings with a status, in date order. Cost: O(k).
    pub fn meetings_with_status(&self, status: MeetingStatus) -> Vec<&Meeting> {
        self.list_during(self.by_status.get(&status), &Period::unknown())
    }

    /// The meetings held in a country, in date order. Cost: O(k).
    pub fn meetings_in_country(&self, country: CountryCode) -> Vec<&Meeting> {
        self.list_during(self.by_country.get(&country), &Period::unknown())
    }

    /// The meetings held in a city, matched as names are (see [`fold_name`]: "geneve" finds
    /// "Genève" but not "Geneva"), in date order. Cost: O(q + k) for a city name of q bytes.
    pub fn meetings_in_city(&self, city: &str) -> Vec<&Meeting> {
        self.list_during(self.by_city.get(&fold_name(city)), &Period::unknown())
    }
}

impl<'r> OfficialRef<'r> {
    /// The meetings the official attended (as the named representative of a participant)
    /// that may overlap `period`, in date order. Pass [`Period::unknown()`] for all of them.
    ///
    /// Cost: O(log k + k + m) over the official's meetings in the period, with `m` the
    /// [near misses](crate::registry#order-and-cost).
    ///
    /// ```
    /// # use multilateral::{OfficialId, Period, Registry};
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let pope = registry.official(&OfficialId::from_static("amy-pope")).unwrap();
    /// let november: Period = "2024-11/2024-11".parse()?;
    /// let ids: Vec<&str> = pope.meetings(&november).iter().map(|m| m.id.as_str()).collect();
    /// assert_eq!(ids, ["sarybay-pope-2024-11"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meetings(self, period: &Period) -> Vec<&'r Meeting> {
        let r = self.registry();
        let list = r.by_official.get(self.index());
        r.list_during(Some(list.expect("an official of the registry")), period)
    }
}

impl<'r> OrganizationRef<'r> {
    /// The meetings the organization took part in that may overlap `period`, in date
    /// order; with [`Scope::WithSubBodies`], also those of its sub-bodies (each meeting
    /// once).
    ///
    /// Cost: O(b log k + k + m), for the b bodies in scope, the k meetings found and the
    /// m [near misses](crate::registry#order-and-cost).
    ///
    /// ```
    /// # use multilateral::{OrganizationId, Period, Registry};
    /// # use multilateral::registry::Scope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let iom = registry.organization(&OrganizationId::from_static("iom")).unwrap();
    /// // The Council session it organized, and the bilateral meeting.
    /// assert_eq!(iom.meetings(&Period::unknown(), Scope::Exact).len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meetings(self, period: &Period, scope: Scope) -> Vec<&'r Meeting> {
        let r = self.registry();
        let lists = r.org_tree(self.index(), scope).into_iter().map(|o| {
            r.by_organization
                .get(o)
                .expect("an organization of the registry")
        });
        let (a, b) = extent(period);
        r.meetings_of_ranks(&MeetingList::union_during(lists, a, b, &r.spans))
    }
}

impl<'r> StateRef<'r> {
    /// The meetings the state took part in as a state (not through a government body), that
    /// may overlap `period`, in date order. Cost: O(log k + k + m), with `m` the
    /// [near misses](crate::registry#order-and-cost).
    pub fn meetings(self, period: &Period) -> Vec<&'r Meeting> {
        let r = self.registry;
        r.list_during(r.by_state.get(&self.code), period)
    }

    /// The meetings the state took part in that may overlap `period`, in date order, each
    /// once; with [`StateScope::WithGovernment`], also those its government bodies took part
    /// in (see [`StateRef::government`]): a meeting with Kazakhstan's Ministry of Foreign
    /// Affairs is a meeting with Kazakhstan. With [`StateScope::Exact`] the answer is that of
    /// [`meetings`](Self::meetings).
    ///
    /// Cost: O(log G + s log s + s log n + m + k log k) over the G government bodies of all
    /// states, the s lists searched (the state's, and one for each of its government bodies
    /// with `WithGovernment`), the k meetings found and the m
    /// [near misses](crate::registry#order-and-cost).
    ///
    /// ```
    /// # use multilateral::{Period, Registry};
    /// # use multilateral::registry::StateScope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let kazakhstan = registry.state("KZ".parse()?);
    /// let meetings = kazakhstan.meetings_within(&Period::unknown(), StateScope::WithGovernment);
    /// assert_eq!(meetings[0].id, "cica-military-political-seminars");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meetings_within(self, period: &Period, scope: StateScope) -> Vec<&'r Meeting> {
        let r = self.registry;
        let (_, lists) = self.as_party(scope);
        let (a, b) = extent(period);
        r.meetings_of_ranks(&MeetingList::union_during(lists, a, b, &r.spans))
    }
}

impl<'r> DimensionRef<'r> {
    /// The meetings that touched the dimension, in date order; with
    /// [`DimensionScope::WithPriorityAreas`], also those that touched any area below it.
    ///
    /// Cost: O(a log k + k + m) for the a areas searched and the m
    /// [near misses](crate::registry#order-and-cost).
    ///
    /// ```
    /// # use multilateral::{DimensionId, Registry};
    /// # use multilateral::registry::DimensionScope;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let human = registry.dimension(&DimensionId::from_static("cica-human")).unwrap();
    /// let meetings = human.meetings(DimensionScope::WithPriorityAreas);
    /// assert_eq!(meetings[0].id, "sarybay-houngbo-2024-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn meetings(self, scope: DimensionScope) -> Vec<&'r Meeting> {
        let r = self.registry();
        let lists = r
            .dimension_tree(self.index(), scope)
            .into_iter()
            .map(|d| r.by_dimension.get(d).expect("a dimension of the registry"));
        r.meetings_of_ranks(&MeetingList::union_during(
            lists,
            Day::MIN,
            Day::MAX,
            &r.spans,
        ))
    }
}

impl<'r> MouRef<'r> {
    /// The meetings that invoked the MoU (listed it in `mous`, or in an outcome), in date
    /// order. Cost: O(k).
    pub fn meetings(self) -> Vec<&'r Meeting> {
        let r = self.registry();
        let list = r.by_mou.get(self.index());
        r.list_during(
            Some(list.expect("an MoU of the registry")),
            &Period::unknown(),
        )
    }
}

impl<'r> MeetingRef<'r> {
    /// The meetings that point at this one with one of `kinds` (all kinds when empty): the
    /// meetings on its sidelines, part of it, in preparation for it, following it up. With
    /// [`Depth::Transitive`], also those that point at those, and so on. In date order, each
    /// once (at its smallest depth).
    ///
    /// Cost: O(k) over the relations followed.
    ///
    /// ```
    /// # use multilateral::{MeetingId, Registry, RelationKind};
    /// # use multilateral::registry::Depth;
    /// # let registry = Registry::from_json(include_str!("../../examples/data/geneva-2024.json"))?;
    /// let council = registry.meeting(&MeetingId::from_static("iom-council-115")).unwrap();
    /// let sidelines = council.related(&[RelationKind::SidelinesOf], Depth::Direct);
    /// assert_eq!(sidelines.len(), 1);
    /// assert_eq!(sidelines[0].meeting.id, "sarybay-pope-2024-11");
    /// let visit = registry.meeting(&"cica-sg-geneva-visit-2024-11".parse()?).unwrap();
    /// assert_eq!(visit.related(&[RelationKind::PartOf], Depth::Direct).len(), 8);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn related(self, kinds: &[RelationKind], depth: Depth) -> Vec<Related<'r>> {
        let r = self.registry();
        let start = self.index();
        let mut seen = hashbrown::HashSet::new();
        seen.insert(start);
        let mut found: Vec<(u32, RelationKind, u32)> = Vec::new();
        let mut queue = VecDeque::from([(start, 0u32)]);
        while let Some((at, level)) = queue.pop_front() {
            let edges = r.incoming.get(at);
            crate::work::steps(edges.len());
            for &(kind, from) in edges {
                if !kinds.is_empty() && !kinds.contains(&kind) {
                    continue;
                }
                let from = from as usize;
                if !seen.insert(from) {
                    continue;
                }
                found.push((r.rank_of(from), kind, level + 1));
                if depth == Depth::Transitive {
                    queue.push_back((from, level + 1));
                }
            }
        }
        found.sort_unstable_by_key(|&(rank, _, _)| rank);
        found
            .into_iter()
            .map(|(rank, kind, depth)| Related {
                meeting: r.meeting_of_rank(rank),
                kind,
                depth,
            })
            .collect()
    }
}
