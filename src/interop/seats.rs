//! The posts that officials hold, as the seats Popolo and FollowTheMoney name: one per
//! organization, role and title.
//!
//! This crate records a post as one holding on an official (the CICA Secretary General post,
//! held by Kairat Sarybay). Popolo (`Post`) and FollowTheMoney (`Position`) name the seat
//! itself, which holders come and go from; each holding is then a membership of it (an
//! `Occupancy` in FollowTheMoney). Two holdings are of one seat when they have the same
//! organization, role and title.

use std::collections::{HashMap, HashSet};

use crate::dataset::Dataset;
use crate::id::OrganizationId;
use crate::official::PostRole;
use crate::text::Text;

/// One seat: an organization, a role, a title.
pub(crate) struct Seat<'a> {
    pub(crate) organization: &'a OrganizationId,
    pub(crate) role: PostRole,
    pub(crate) title: Option<&'a Text>,
    /// A key unique among the seats, made of the organization's id, the role and a slug of
    /// the title (`cica-secretariat/head/secretary-general`), with `-2`, `-3`… when two titles
    /// give one slug.
    pub(crate) key: String,
}

/// The seats of a dataset, and which seat each holding is of.
pub(crate) struct Seats<'a> {
    pub(crate) seats: Vec<Seat<'a>>,
    /// For each official (in dataset order), for each of its posts, the seat's index.
    pub(crate) of_post: Vec<Vec<usize>>,
}

/// The seats of every official's posts, in order of first holding. Linear in the number of
/// posts.
pub(crate) fn seats(data: &Dataset) -> Seats<'_> {
    let mut seats: Vec<Seat<'_>> = Vec::new();
    let mut index: HashMap<(&OrganizationId, PostRole, Option<&str>), usize> = HashMap::new();
    let mut keys: HashSet<String> = HashSet::new();
    let mut of_post = Vec::with_capacity(data.officials.len());
    for official in &data.officials {
        let mut here = Vec::with_capacity(official.posts.len());
        for post in &official.posts {
            let title = post.title.as_ref();
            let at = *index
                .entry((&post.organization, post.role, title.map(|t| t.as_str())))
                .or_insert_with(|| {
                    let mut base = format!("{}/{}", post.organization, post.role);
                    if let Some(t) = title {
                        let s = super::slug(t);
                        base.push('/');
                        base.push_str(if s.is_empty() { "titled" } else { &s });
                    }
                    let mut key = base.clone();
                    let mut n = 2;
                    while !keys.insert(key.clone()) {
                        key = format!("{base}-{n}");
                        n += 1;
                    }
                    seats.push(Seat {
                        organization: &post.organization,
                        role: post.role,
                        title,
                        key,
                    });
                    seats.len() - 1
                });
            here.push(at);
        }
        of_post.push(here);
    }
    Seats { seats, of_post }
}
