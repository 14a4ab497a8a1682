//! References that few records make, kept only where they are made.

/// The references of one kind that only some entries make (the meeting that decided a post,
/// the body a meeting is a session of): `(record, entry, target)` for each entry that makes
/// one, in document order, the target [`NONE`](crate::resolve::NONE) when it names no
/// record. A dataset that never makes them costs nothing but the walk that finds none.
#[derive(Debug, Default)]
pub(crate) struct Links(Vec<(u32, u32, u32)>);

impl Links {
    /// Builds from the references in document order.
    pub(crate) fn new(mut links: Vec<(u32, u32, u32)>) -> Self {
        links.shrink_to_fit();
        Self(links)
    }

    /// Each reference as `(record, entry, target)`.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
        self.0
            .iter()
            .map(|&(record, entry, to)| (record as usize, entry as usize, to))
    }
}
