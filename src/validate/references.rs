//! Rule `dangling-reference`: every id a record mentions names a record of the right kind.

use crate::validate::context::{Context, NONE};
use crate::validate::report::{Report, Severity};

pub(crate) fn check(cx: &Context<'_>, report: &mut Report) {
    let d = cx.data;
    let mut r = Refs { cx, report };
    for (i, o) in d.organizations.iter().enumerate() {
        if let Some(parent) = &o.parent {
            r.org(parent.as_str(), || format!("/organizations/{i}/parent"));
        }
        for (j, m) in o.members.iter().enumerate() {
            if let Some(org) = m.party.organization() {
                r.org(org.as_str(), || {
                    format!("/organizations/{i}/members/{j}/organization")
                });
            }
        }
    }
    for (i, o) in d.officials.iter().enumerate() {
        for (j, p) in o.posts.iter().enumerate() {
            r.org(p.organization.as_str(), || {
                format!("/officials/{i}/posts/{j}/organization")
            });
        }
    }
    for (i, dim) in d.dimensions.iter().enumerate() {
        r.org(dim.organization.as_str(), || {
            format!("/dimensions/{i}/organization")
        });
        if let Some(parent) = &dim.parent {
            r.dimension(parent.as_str(), || format!("/dimensions/{i}/parent"));
        }
    }
    for (i, m) in d.mous.iter().enumerate() {
        for (j, p) in m.parties.iter().enumerate() {
            r.org(p.as_str(), || format!("/mous/{i}/parties/{j}"));
        }
        for (j, s) in m.signatories.iter().enumerate() {
            r.official(s.as_str(), || format!("/mous/{i}/signatories/{j}"));
        }
        if let Some(at) = &m.signed_at {
            r.meeting(at.as_str(), || format!("/mous/{i}/signed_at"));
        }
        for (j, dim) in m.dimensions.iter().enumerate() {
            r.dimension(dim.as_str(), || format!("/mous/{i}/dimensions/{j}"));
        }
    }
    // Meetings' references were resolved once, for every rule: report those that failed.
    let refs = cx.refs();
    for (i, m) in d.meetings.iter().enumerate() {
        let participants = m.participants.iter().zip(refs.participants.get(i));
        for (j, (p, &(org, official))) in participants.enumerate() {
            if let (Some(id), NONE) = (p.party.organization(), org) {
                r.missing("organization", id.as_str(), || {
                    format!("/meetings/{i}/participants/{j}/organization")
                });
            }
            if let (Some(id), NONE) = (&p.official, official) {
                r.missing("official", id.as_str(), || {
                    format!("/meetings/{i}/participants/{j}/official")
                });
            }
        }
        for (j, (rel, &to)) in m.relations.iter().zip(refs.relations.get(i)).enumerate() {
            if to == NONE {
                r.missing("meeting", rel.meeting.as_str(), || {
                    format!("/meetings/{i}/relations/{j}/meeting")
                });
            }
        }
        for (j, (dim, &k)) in m.dimensions.iter().zip(refs.dimensions.get(i)).enumerate() {
            if k == NONE {
                r.missing("dimension", dim.as_str(), || {
                    format!("/meetings/{i}/dimensions/{j}")
                });
            }
        }
        for (j, (mou, &k)) in m.mous.iter().zip(refs.mous.get(i)).enumerate() {
            if k == NONE {
                r.missing("MoU", mou.as_str(), || format!("/meetings/{i}/mous/{j}"));
            }
        }
        let outcomes = m.outcomes.iter().zip(refs.outcome_mous.get(i));
        for (j, (o, &k)) in outcomes.enumerate() {
            if let (Some(mou), NONE) = (&o.mou, k) {
                r.missing("MoU", mou.as_str(), || {
                    format!("/meetings/{i}/outcomes/{j}/mou")
                });
            }
        }
    }
}

struct Refs<'c, 'a> {
    cx: &'c Context<'a>,
    report: &'c mut Report,
}

impl Refs<'_, '_> {
    fn check(&mut self, found: Option<usize>, what: &str, id: &str, path: impl FnOnce() -> String) {
        if found.is_none() {
            self.missing(what, id, path);
        }
    }

    fn missing(&mut self, what: &str, id: &str, path: impl FnOnce() -> String) {
        self.report.push(
            Severity::Error,
            "dangling-reference",
            path(),
            format!("no {what} has id `{id}`"),
        );
    }

    fn org(&mut self, id: &str, path: impl FnOnce() -> String) {
        self.check(self.cx.org(id), "organization", id, path);
    }

    fn official(&mut self, id: &str, path: impl FnOnce() -> String) {
        self.check(self.cx.official(id), "official", id, path);
    }

    fn meeting(&mut self, id: &str, path: impl FnOnce() -> String) {
        self.check(self.cx.meeting(id), "meeting", id, path);
    }

    fn dimension(&mut self, id: &str, path: impl FnOnce() -> String) {
        self.check(self.cx.dimension(id), "dimension", id, path);
    }
}
