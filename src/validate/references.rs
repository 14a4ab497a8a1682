//! Rule `dangling-reference`: every id a record mentions names a record of the right kind.

use crate::validate::context::Context;
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
    for (i, m) in d.meetings.iter().enumerate() {
        for (j, p) in m.participants.iter().enumerate() {
            if let Some(org) = p.party.organization() {
                r.org(org.as_str(), || {
                    format!("/meetings/{i}/participants/{j}/organization")
                });
            }
            if let Some(official) = &p.official {
                r.official(official.as_str(), || {
                    format!("/meetings/{i}/participants/{j}/official")
                });
            }
        }
        for (j, rel) in m.relations.iter().enumerate() {
            r.meeting(rel.meeting.as_str(), || {
                format!("/meetings/{i}/relations/{j}/meeting")
            });
        }
        for (j, dim) in m.dimensions.iter().enumerate() {
            r.dimension(dim.as_str(), || format!("/meetings/{i}/dimensions/{j}"));
        }
        for (j, mou) in m.mous.iter().enumerate() {
            r.mou(mou.as_str(), || format!("/meetings/{i}/mous/{j}"));
        }
        for (j, o) in m.outcomes.iter().enumerate() {
            if let Some(mou) = &o.mou {
                r.mou(mou.as_str(), || format!("/meetings/{i}/outcomes/{j}/mou"));
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
            self.report.push(
                Severity::Error,
                "dangling-reference",
                path(),
                format!("no {what} has id `{id}`"),
            );
        }
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

    fn mou(&mut self, id: &str, path: impl FnOnce() -> String) {
        self.check(self.cx.mou(id), "MoU", id, path);
    }

    fn dimension(&mut self, id: &str, path: impl FnOnce() -> String) {
        self.check(self.cx.dimension(id), "dimension", id, path);
    }
}
