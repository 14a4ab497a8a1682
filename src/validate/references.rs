//! Rules `duplicate-id` and `dangling-reference`: ids are unique within their kind, and
//! every id a record mentions names a record of the right kind.

use std::collections::HashMap;

use crate::dataset::Dataset;
use crate::resolve::{Collection, NONE};
use crate::validate::context::Context;
use crate::validate::report::Report;
use crate::validate::rule::Rule;

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    duplicates(cx, report);
    dangling(cx, report);
}

fn duplicates(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;
    for dup in &cx.res.duplicates {
        use crate::resolve::Collection::*;
        let id = match dup.collection {
            Organizations => d.organizations.get(dup.index).map(|r| r.id.as_str()),
            Officials => d.officials.get(dup.index).map(|r| r.id.as_str()),
            Dimensions => d.dimensions.get(dup.index).map(|r| r.id.as_str()),
            Mous => d.mous.get(dup.index).map(|r| r.id.as_str()),
            Meetings => d.meetings.get(dup.index).map(|r| r.id.as_str()),
        }
        .expect("a duplicate is a record of its collection");
        let field = dup.collection.field();
        let what = dup.collection.record();
        match dup.alias {
            None => report.push(
                Rule::DuplicateId,
                format!("/{field}/{}/id", dup.index),
                format!("{what} id `{id}` is already used by /{field}/{}", dup.first),
            ),
            Some(k) => {
                let alias = alias_of(d, dup.collection, dup.index, k)
                    .expect("a duplicate alias is an alias of its record");
                let whose = if dup.first == dup.index {
                    "this record's own id or another of its aliases".to_owned()
                } else {
                    format!("the id or an alias of /{field}/{}", dup.first)
                };
                report.push(
                    Rule::DuplicateId,
                    format!("/{field}/{}/aliases/{k}", dup.index),
                    format!("{what} alias `{alias}` is already {whose}"),
                );
            }
        }
    }
}

/// Alias `k` of record `index` of `collection`.
fn alias_of(d: &Dataset, collection: Collection, index: usize, k: usize) -> Option<&str> {
    use crate::resolve::Collection::*;
    match collection {
        Organizations => d
            .organizations
            .get(index)?
            .aliases
            .get(k)
            .map(|a| a.as_str()),
        Officials => d.officials.get(index)?.aliases.get(k).map(|a| a.as_str()),
        Dimensions => d.dimensions.get(index)?.aliases.get(k).map(|a| a.as_str()),
        Mous => d.mous.get(index)?.aliases.get(k).map(|a| a.as_str()),
        Meetings => d.meetings.get(index)?.aliases.get(k).map(|a| a.as_str()),
    }
}

fn dangling(cx: &Context<'_>, report: &mut Report) {
    let (d, res) = (cx.data, cx.res);
    let mut hints = CaseHints::default();
    let mut missing = |found: u32, kind: Collection, id: &str, path: &dyn Fn() -> String| {
        if found == NONE {
            let what = kind.record();
            let message = match hints.near(d, kind, id) {
                Some(near) => format!(
                    "no {what} has id `{id}`; `{near}` differs only in case (ids are case-sensitive)"
                ),
                None => format!("no {what} has id `{id}`"),
            };
            report.push(Rule::DanglingReference, path(), message);
        }
    };
    for (i, o) in d.organizations.iter().enumerate() {
        if let Some(parent) = &o.parent {
            let found = *res
                .org_parent
                .get(i)
                .expect("resolved for each organization");
            missing(found, Collection::Organizations, parent.as_str(), &|| {
                format!("/organizations/{i}/parent")
            });
        }
        for (j, (m, &found)) in o.members.iter().zip(res.org_members.get(i)).enumerate() {
            if let Some(org) = m.party.organization() {
                missing(found, Collection::Organizations, org.as_str(), &|| {
                    format!("/organizations/{i}/members/{j}/organization")
                });
            }
        }
    }
    for (i, j, found) in res.member_decisions.iter() {
        let at = cx
            .member(i, j)
            .decided_at
            .as_ref()
            .expect("a link made by decided_at");
        missing(found, Collection::Meetings, at.as_str(), &|| {
            format!("/organizations/{i}/members/{j}/decided_at")
        });
    }
    for (i, j, found) in res.chair_officials.iter() {
        let official = cx
            .chair(i, j)
            .official
            .as_ref()
            .expect("a link made by official");
        missing(found, Collection::Officials, official.as_str(), &|| {
            format!("/organizations/{i}/chairs/{j}/official")
        });
    }
    for (i, j, found) in res.chair_decisions.iter() {
        let at = cx
            .chair(i, j)
            .decided_at
            .as_ref()
            .expect("a link made by decided_at");
        missing(found, Collection::Meetings, at.as_str(), &|| {
            format!("/organizations/{i}/chairs/{j}/decided_at")
        });
    }
    for (i, o) in d.officials.iter().enumerate() {
        for (j, (p, &found)) in o.posts.iter().zip(res.post_orgs.get(i)).enumerate() {
            missing(
                found,
                Collection::Organizations,
                p.organization.as_str(),
                &|| format!("/officials/{i}/posts/{j}/organization"),
            );
        }
    }
    for (i, j, found) in res.post_decisions.iter() {
        let at = cx
            .post(i, j)
            .decided_at
            .as_ref()
            .expect("a link made by decided_at");
        missing(found, Collection::Meetings, at.as_str(), &|| {
            format!("/officials/{i}/posts/{j}/decided_at")
        });
    }
    for (i, dim) in d.dimensions.iter().enumerate() {
        let org = *res
            .dimension_org
            .get(i)
            .expect("resolved for each dimension");
        missing(
            org,
            Collection::Organizations,
            dim.organization.as_str(),
            &|| format!("/dimensions/{i}/organization"),
        );
        if let Some(parent) = &dim.parent {
            let found = *res
                .dimension_parent
                .get(i)
                .expect("resolved for each dimension");
            missing(found, Collection::Dimensions, parent.as_str(), &|| {
                format!("/dimensions/{i}/parent")
            });
        }
    }
    for (i, m) in d.mous.iter().enumerate() {
        for (j, (p, &found)) in m.parties.iter().zip(res.mou_parties.get(i)).enumerate() {
            missing(found, Collection::Organizations, p.as_str(), &|| {
                format!("/mous/{i}/parties/{j}")
            });
        }
        let signatories = m.signatories.iter().zip(res.mou_signatories.get(i));
        for (j, (s, &found)) in signatories.enumerate() {
            missing(found, Collection::Officials, s.as_str(), &|| {
                format!("/mous/{i}/signatories/{j}")
            });
        }
        if let Some(at) = &m.signed_at {
            let found = *res.mou_signed_at.get(i).expect("resolved for each MoU");
            missing(found, Collection::Meetings, at.as_str(), &|| {
                format!("/mous/{i}/signed_at")
            });
        }
        for (j, (dim, &found)) in m
            .dimensions
            .iter()
            .zip(res.mou_dimensions.get(i))
            .enumerate()
        {
            missing(found, Collection::Dimensions, dim.as_str(), &|| {
                format!("/mous/{i}/dimensions/{j}")
            });
        }
    }
    for (i, m) in d.meetings.iter().enumerate() {
        let participants = m.participants.iter().zip(res.participants.get(i));
        for (j, (p, &(org, official))) in participants.enumerate() {
            if let Some(id) = p.party.organization() {
                missing(org, Collection::Organizations, id.as_str(), &|| {
                    format!("/meetings/{i}/participants/{j}/organization")
                });
            }
            if let Some(id) = &p.official {
                missing(official, Collection::Officials, id.as_str(), &|| {
                    format!("/meetings/{i}/participants/{j}/official")
                });
            }
        }
        for (j, (rel, &to)) in m.relations.iter().zip(res.relations.get(i)).enumerate() {
            missing(to, Collection::Meetings, rel.meeting.as_str(), &|| {
                format!("/meetings/{i}/relations/{j}/meeting")
            });
        }
        let dims = m.dimensions.iter().zip(res.meeting_dimensions.get(i));
        for (j, (dim, &found)) in dims.enumerate() {
            missing(found, Collection::Dimensions, dim.as_str(), &|| {
                format!("/meetings/{i}/dimensions/{j}")
            });
        }
        for (j, (mou, &found)) in m.mous.iter().zip(res.meeting_mous.get(i)).enumerate() {
            missing(found, Collection::Mous, mou.as_str(), &|| {
                format!("/meetings/{i}/mous/{j}")
            });
        }
        let outcomes = m.outcomes.iter().zip(res.outcome_mous.get(i));
        for (j, (o, &found)) in outcomes.enumerate() {
            if let Some(mou) = &o.mou {
                missing(found, Collection::Mous, mou.as_str(), &|| {
                    format!("/meetings/{i}/outcomes/{j}/mou")
                });
            }
        }
    }
    for (i, j, found) in res.outcome_officials.iter() {
        let official = cx
            .outcome(i, j)
            .official
            .as_ref()
            .expect("a link made by official");
        missing(found, Collection::Officials, official.as_str(), &|| {
            format!("/meetings/{i}/outcomes/{j}/official")
        });
    }
    for (i, _, found) in res.session_of.iter() {
        let meeting = d.meetings.get(i).expect("a link of a meeting");
        let body = meeting
            .session_of
            .as_ref()
            .expect("a link made by session_of");
        missing(found, Collection::Organizations, body.as_str(), &|| {
            format!("/meetings/{i}/session_of")
        });
    }
}

/// The ids of each kind of record by their ASCII lower case, built the first time a
/// reference of that kind dangles, to say when an id differs from a record's only in case.
#[derive(Default)]
struct CaseHints<'a> {
    by_kind: HashMap<Collection, HashMap<String, &'a str>>,
}

impl<'a> CaseHints<'a> {
    /// A record id of the kind that equals `id` but for case, if any. Building the lookup of
    /// a kind costs one pass over its records, once.
    fn near(&mut self, d: &'a Dataset, kind: Collection, id: &str) -> Option<&'a str> {
        let ids = self.by_kind.entry(kind).or_insert_with(|| {
            let all: Vec<&'a str> = match kind {
                Collection::Organizations => {
                    d.organizations.iter().map(|r| r.id.as_str()).collect()
                }
                Collection::Officials => d.officials.iter().map(|r| r.id.as_str()).collect(),
                Collection::Dimensions => d.dimensions.iter().map(|r| r.id.as_str()).collect(),
                Collection::Mous => d.mous.iter().map(|r| r.id.as_str()).collect(),
                Collection::Meetings => d.meetings.iter().map(|r| r.id.as_str()).collect(),
            };
            crate::work::steps(all.len());
            let mut ids = HashMap::with_capacity(all.len());
            for id in all {
                ids.entry(id.to_ascii_lowercase()).or_insert(id);
            }
            ids
        });
        ids.get(&id.to_ascii_lowercase()).copied()
    }
}
