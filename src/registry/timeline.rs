//! Lists of meetings in date order, searchable by period.
//!
//! Every meeting gets a *rank*: its position when all meetings are sorted by earliest
//! possible day, then latest possible day, then document order. A list of ranks sorted
//! ascending is then a list of meetings in date order, at four bytes an entry.
//!
//! To find the meetings of a list that may overlap a period `[a, b]`, the list is split into
//! buckets by how many days a meeting may span (one day, a week, a month, a year, longer,
//! and open-ended). In a bucket whose spans are at most `s` days (up to a year), an
//! overlapping meeting starts between `a - s` and `b`: two binary searches bound it, and only
//! the meetings of that bucket starting in the `s` days before `a` and ending before it (the
//! near misses) are looked at in vain. Meetings that may last longer than a year are in an
//! [`IntervalTree`], which looks at none in vain. Of the open-ended ones, those with a known
//! start and no end overlap the period exactly when they start by `b`, and those with no known
//! start exactly when they end from `a` on: each group is sorted that way, and found by one
//! binary search. The cost of a query is O(buckets × log n + answer + near misses), and the
//! answer comes back in date order.

use crate::registry::intervals::IntervalTree;

/// A day as a number (days from the common era); `i32::MIN` and `i32::MAX` stand for an
/// unknown start and an open end.
pub(crate) type Day = i32;

/// Bucket limits, in days of possible span.
const LIMITS: [Day; 5] = [0, 7, 31, 366, Day::MAX];

/// Where each meeting lies, by rank.
#[derive(Debug, Default)]
pub(crate) struct Spans {
    /// `(first possible day, last possible day)` for each rank.
    pub(crate) by_rank: Vec<(Day, Day)>,
}

impl Spans {
    pub(crate) fn span(&self, rank: u32) -> (Day, Day) {
        *self
            .by_rank
            .get(rank as usize)
            .expect("lists hold ranks of the spans they were built with")
    }

    fn start(&self, rank: u32) -> Day {
        self.span(rank).0
    }

    fn end(&self, rank: u32) -> Day {
        self.span(rank).1
    }

    /// Whether the meeting of `rank` may overlap `[a, b]`.
    #[cfg(test)]
    pub(crate) fn overlaps(&self, rank: u32, a: Day, b: Day) -> bool {
        self.start(rank) <= b && self.end(rank) >= a
    }
}

/// Meetings (as ranks) in date order, bucketed by span for period search.
///
/// Built by a [`ListBuilder`]. The buckets lie one after the other in one block, so a list
/// costs 48 bytes beside its ranks, whatever its buckets hold.
#[derive(Debug, Default, Clone)]
pub(crate) struct MeetingList {
    /// One sorted list of ranks per entry of [`LIMITS`], then one for open-ended meetings,
    /// one after the other.
    ranks: Box<[u32]>,
    /// Where each bucket after the first begins in `ranks`.
    starts: [u32; BUCKETS - 1],
    /// The meetings of the bucket of spans over a year, for period search; none when that
    /// bucket is empty, as it is in most lists (a box keeps the list small).
    long: Option<Box<IntervalTree>>,
}

/// How many buckets a list has.
const BUCKETS: usize = 6;
/// The bucket of meetings that may last longer than a year.
const LONG: usize = 4;
/// The bucket of open-ended meetings (no known start, or no end).
const OPEN: usize = 5;

/// The bucket a meeting belongs in.
fn bucket_of(rank: u32, spans: &Spans) -> usize {
    let (start, end) = (spans.start(rank), spans.end(rank));
    if start == Day::MIN || end == Day::MAX {
        OPEN
    } else {
        let span = end - start;
        LIMITS
            .iter()
            .position(|&l| span <= l)
            .expect("the last limit holds every span")
    }
}

/// Gathers the meetings of a [`MeetingList`], in any order and with repeats.
#[derive(Debug, Default)]
pub(crate) struct ListBuilder {
    buckets: [Vec<u32>; BUCKETS],
}

impl ListBuilder {
    /// Adds a meeting.
    pub(crate) fn push(&mut self, rank: u32, spans: &Spans) {
        self.buckets
            .get_mut(bucket_of(rank, spans))
            .expect("a bucket of the list")
            .push(rank);
    }

    /// The list of the meetings pushed, each once, with the interval tree of the long
    /// meetings. The builder is left empty, its capacity kept for the next list.
    pub(crate) fn finish(&mut self, spans: &Spans) -> MeetingList {
        let mut ranks = Vec::with_capacity(self.buckets.iter().map(Vec::len).sum());
        let mut starts = [0; BUCKETS - 1];
        for (i, b) in self.buckets.iter_mut().enumerate() {
            if let Some(start) = i.checked_sub(1).and_then(|j| starts.get_mut(j)) {
                *start = crate::resolve::index(ranks.len());
            }
            b.sort_unstable();
            b.dedup();
            ranks.append(b);
        }
        let mut list = MeetingList {
            ranks: ranks.into_boxed_slice(),
            starts,
            long: None,
        };
        let long = list.bucket(LONG);
        list.long = (!long.is_empty()).then(|| Box::new(IntervalTree::new(long, spans)));
        list
    }
}

impl MeetingList {
    /// Bucket `i`'s ranks, sorted.
    fn bucket(&self, i: usize) -> &[u32] {
        let from = i.checked_sub(1).map_or(0, |j| {
            *self.starts.get(j).expect("a bucket of the list") as usize
        });
        let to = self.starts.get(i).map_or(self.ranks.len(), |&s| s as usize);
        self.ranks
            .get(from..to)
            .expect("buckets lie within the ranks")
    }

    /// Each bucket, in order.
    fn buckets(&self) -> impl Iterator<Item = &[u32]> + '_ {
        (0..BUCKETS).map(|i| self.bucket(i))
    }

    /// Whether the list holds a meeting, in O(log n).
    pub(crate) fn contains(&self, rank: u32, spans: &Spans) -> bool {
        let bucket = self.bucket(bucket_of(rank, spans));
        crate::work::steps(bucket.len().max(1).ilog2() as usize + 1);
        bucket.binary_search(&rank).is_ok()
    }

    /// How many meetings the list holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.ranks.len()
    }

    /// All meetings, in no particular order (bucket after bucket).
    pub(crate) fn ranks(&self) -> impl Iterator<Item = u32> + '_ {
        self.ranks.iter().copied()
    }

    /// Appends all meetings to `out`, bucket after bucket.
    fn collect_all(&self, out: &mut Vec<u32>) {
        crate::work::steps(self.ranks.len());
        out.extend_from_slice(&self.ranks);
    }

    /// The meetings that may overlap `[a, b]`, in date order.
    pub(crate) fn during(&self, a: Day, b: Day, spans: &Spans) -> Vec<u32> {
        let mut out = Vec::new();
        self.collect_during(a, b, spans, &mut out);
        // Each meeting is in one bucket, found once: no duplicates to remove.
        out.sort_unstable();
        out
    }

    /// The meetings that may overlap `[a, b]`, each once, in no particular order: no sort.
    pub(crate) fn during_unsorted(&self, a: Day, b: Day, spans: &Spans) -> Vec<u32> {
        let mut out = Vec::new();
        self.collect_during(a, b, spans, &mut out);
        out
    }

    /// The meetings of any of `lists` that may overlap `[a, b]`, in date order, each once.
    pub(crate) fn union_during<'l>(
        lists: impl IntoIterator<Item = &'l MeetingList>,
        a: Day,
        b: Day,
        spans: &Spans,
    ) -> Vec<u32> {
        let mut out = Vec::new();
        for list in lists {
            list.collect_during(a, b, spans, &mut out);
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Appends the meetings that may overlap `[a, b]` to `out`, in no particular order.
    fn collect_during(&self, a: Day, b: Day, spans: &Spans, out: &mut Vec<u32>) {
        if a == Day::MIN && b == Day::MAX {
            return self.collect_all(out);
        }
        for (i, bucket) in self.buckets().enumerate() {
            match i {
                LONG => {
                    if let Some(tree) = &self.long {
                        tree.during(a, b, spans, out);
                    }
                }
                OPEN => {
                    let (no_start, no_end) = Self::open_parts(bucket, spans);
                    // No known start: overlapping exactly when ending from `a` on (ranks of
                    // equal starts are in end order).
                    let from = no_start.partition_point(|&r| spans.end(r) < a);
                    let ending = no_start.get(from..).expect("a partition point");
                    // A known start and no end: overlapping exactly when starting by `b`.
                    let to = no_end.partition_point(|&r| spans.start(r) <= b);
                    let starting = no_end.get(..to).expect("a partition point");
                    crate::work::steps(ending.len() + starting.len());
                    out.extend(ending);
                    out.extend(starting);
                }
                _ => {
                    let limit = *LIMITS.get(i).expect("a limit for each short bucket");
                    let lo = bucket.partition_point(|&r| spans.start(r) < a.saturating_sub(limit));
                    let hi = bucket.partition_point(|&r| spans.start(r) <= b);
                    let range = bucket.get(lo..hi.max(lo)).expect("partition points");
                    crate::work::steps(range.len());
                    out.extend(range.iter().copied().filter(|&r| spans.end(r) >= a));
                }
            }
        }
    }

    /// The open-ended bucket split in two: the meetings with no known start (sorted by end,
    /// since their starts are all the same), then those with a known start and no end.
    fn open_parts<'b>(bucket: &'b [u32], spans: &Spans) -> (&'b [u32], &'b [u32]) {
        let split = bucket.partition_point(|&r| spans.start(r) == Day::MIN);
        bucket.split_at(split)
    }

    /// An estimate (an upper bound) of how many meetings [`during`](Self::during) would
    /// look at, in O(log n).
    pub(crate) fn estimate(&self, a: Day, b: Day, spans: &Spans) -> usize {
        if a == Day::MIN && b == Day::MAX {
            // No period: every meeting of the list, counted without a search.
            return self.ranks.len();
        }
        self.buckets()
            .enumerate()
            .map(|(i, bucket)| match i {
                LONG => bucket.len(),
                OPEN => {
                    let (no_start, no_end) = Self::open_parts(bucket, spans);
                    no_start.len() - no_start.partition_point(|&r| spans.end(r) < a)
                        + no_end.partition_point(|&r| spans.start(r) <= b)
                }
                _ => {
                    let limit = *LIMITS.get(i).expect("a limit for each short bucket");
                    let lo = bucket.partition_point(|&r| spans.start(r) < a.saturating_sub(limit));
                    let hi = bucket.partition_point(|&r| spans.start(r) <= b);
                    hi.saturating_sub(lo)
                }
            })
            .sum()
    }
}

/// A sorted run of ranks read from the front, for [`During`].
#[derive(Debug)]
enum Run<'l> {
    /// Part of a short bucket: may still hold near misses, skipped as read.
    Short(&'l [u32]),
    /// Part of the open-ended bucket: every meeting overlaps.
    Exact(&'l [u32]),
    /// The long meetings found in an interval tree, sorted.
    Owned(Vec<u32>, usize),
}

/// The meetings of one or more lists that may overlap `[a, b]`, in date order, each once,
/// found as they are read rather than collected first.
///
/// Each list offers at most seven sorted runs (one per bucket; its long meetings are found
/// in its interval tree and sorted when the search starts, unless the period has no first
/// day, when they are a prefix of their bucket), and the runs are merged through a heap:
/// O(l log n + t log t) to start, for the l lists and the t long meetings found (t = 0
/// without a first day), then O(log r) for each meeting read (and each near miss skipped),
/// for the r runs.
#[derive(Debug)]
pub(crate) struct During<'l> {
    spans: &'l Spans,
    a: Day,
    runs: Vec<Run<'l>>,
    /// The next rank of each run that has one, smallest first.
    heap: std::collections::BinaryHeap<std::cmp::Reverse<(u32, usize)>>,
    last: Option<u32>,
}

impl<'l> During<'l> {
    /// The meetings of any of `lists` that may overlap `[a, b]`.
    pub(crate) fn new(
        lists: impl IntoIterator<Item = &'l MeetingList>,
        a: Day,
        b: Day,
        spans: &'l Spans,
    ) -> Self {
        let mut runs = Vec::new();
        for list in lists {
            list.runs_during(a, b, spans, &mut runs);
        }
        let mut out = Self {
            spans,
            a,
            runs,
            heap: std::collections::BinaryHeap::new(),
            last: None,
        };
        for i in 0..out.runs.len() {
            out.refill(i);
        }
        out
    }

    /// Takes the next overlapping rank of run `i` into the heap, if it has one.
    fn refill(&mut self, i: usize) {
        let (spans, a) = (self.spans, self.a);
        let run = self.runs.get_mut(i).expect("a run of the search");
        let next = match run {
            Run::Short(slice) => loop {
                let Some((&r, rest)) = slice.split_first() else {
                    break None;
                };
                *slice = rest;
                crate::work::step();
                if spans.end(r) >= a {
                    break Some(r);
                }
            },
            Run::Exact(slice) => slice.split_first().map(|(&r, rest)| {
                *slice = rest;
                r
            }),
            Run::Owned(list, at) => list.get(*at).map(|&r| {
                *at += 1;
                r
            }),
        };
        if let Some(r) = next {
            self.heap.push(std::cmp::Reverse((r, i)));
        }
    }
}

impl Iterator for During<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        loop {
            let std::cmp::Reverse((rank, i)) = self.heap.pop()?;
            crate::work::step();
            self.refill(i);
            // Lists of a union may share a meeting: it comes out once.
            if self.last != Some(rank) {
                self.last = Some(rank);
                return Some(rank);
            }
        }
    }
}

impl MeetingList {
    /// Appends the sorted runs that [`During`] reads to find the meetings that may overlap
    /// `[a, b]`.
    fn runs_during<'l>(&'l self, a: Day, b: Day, spans: &Spans, runs: &mut Vec<Run<'l>>) {
        if a == Day::MIN && b == Day::MAX {
            // No period: each bucket, in rank order, is a run of its own, with no search.
            runs.extend(self.buckets().filter(|b| !b.is_empty()).map(Run::Exact));
            return;
        }
        for (i, bucket) in self.buckets().enumerate() {
            if bucket.is_empty() {
                continue;
            }
            match i {
                // With no first day, every long meeting that starts by `b` overlaps, and
                // the bucket is already in rank order: no tree search, no sort.
                LONG if a == Day::MIN => {
                    let to = bucket.partition_point(|&r| spans.start(r) <= b);
                    runs.push(Run::Exact(bucket.get(..to).expect("a partition point")));
                }
                LONG => {
                    if let Some(tree) = &self.long {
                        let mut found = Vec::new();
                        tree.during(a, b, spans, &mut found);
                        found.sort_unstable();
                        runs.push(Run::Owned(found, 0));
                    }
                }
                OPEN => {
                    let (no_start, no_end) = Self::open_parts(bucket, spans);
                    let from = no_start.partition_point(|&r| spans.end(r) < a);
                    let to = no_end.partition_point(|&r| spans.start(r) <= b);
                    runs.push(Run::Exact(no_start.get(from..).expect("a partition point")));
                    runs.push(Run::Exact(no_end.get(..to).expect("a partition point")));
                }
                _ => {
                    let limit = *LIMITS.get(i).expect("a limit for each short bucket");
                    let lo = bucket.partition_point(|&r| spans.start(r) < a.saturating_sub(limit));
                    let hi = bucket.partition_point(|&r| spans.start(r) <= b);
                    runs.push(Run::Short(
                        bucket.get(lo..hi.max(lo)).expect("partition points"),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(list: &[(Day, Day)]) -> Spans {
        let mut by_rank = list.to_vec();
        by_rank.sort_unstable();
        Spans { by_rank }
    }

    #[test]
    fn finds_overlaps_in_every_bucket_in_rank_order() {
        let s = spans(&[
            (Day::MIN, 5),  // unknown start, ends day 5
            (0, 0),         // one day
            (2, 40),        // a month-plus
            (3, 3),         // one day
            (4, 400),       // over a year
            (10, Day::MAX), // open end
            (100, 103),     // a few days
        ]);
        let mut builder = ListBuilder::default();
        for rank in (0..7).rev().chain([3, 0]) {
            builder.push(rank, &s);
        }
        let list = builder.finish(&s);
        assert_eq!(list.len(), 7);
        assert_eq!(
            list.during(Day::MIN, Day::MAX, &s),
            (0..7).collect::<Vec<_>>()
        );
        let naive =
            |a: Day, b: Day| -> Vec<u32> { (0..7).filter(|&r| s.overlaps(r, a, b)).collect() };
        for (a, b) in [
            (0, 0),
            (3, 3),
            (6, 9),
            (41, 99),
            (101, 101),
            (500, 600),
            (Day::MIN, Day::MAX),
        ] {
            assert_eq!(list.during(a, b, &s), naive(a, b), "[{a}, {b}]");
            assert!(list.estimate(a, b, &s) >= list.during(a, b, &s).len());
            let lazily: Vec<u32> = During::new([&list], a, b, &s).collect();
            assert_eq!(lazily, naive(a, b), "[{a}, {b}], read lazily");
        }
        for rank in [1, 4, 5] {
            builder.push(rank, &s);
        }
        let some = builder.finish(&s);
        for rank in 0..7 {
            assert_eq!(some.contains(rank, &s), [1, 4, 5].contains(&rank), "{rank}");
        }
    }
}
