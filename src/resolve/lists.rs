//! Many short lists stored one after the other.

/// A list for each of n keys, stored one after the other in one vector: `get(i)` is key i's
/// list. One allocation for all the lists, and no spare capacity.
///
/// The lists together hold at most [`MAX_RECORDS`](crate::MAX_RECORDS) items: every
/// `Lists` holds entries of one collection's records (a meeting's participants, an
/// organization's members…), whose totals the resolution checks before anything is built
/// (`too-many-records`).
#[derive(Debug)]
pub(crate) struct Lists<T> {
    /// Where each key's list starts; the last entry is where the last list ends.
    offsets: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Self {
            offsets: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T> Lists<T> {
    /// Builds from the lists in key order.
    pub(crate) fn from_lists<L: IntoIterator<Item = T>>(
        lists: impl IntoIterator<Item = L>,
    ) -> Self {
        let mut out = Self::default();
        for list in lists {
            out.items.extend(list);
            out.offsets.push(offset(out.items.len()));
        }
        out.items.shrink_to_fit();
        out.offsets.shrink_to_fit();
        out
    }

    /// Builds from `(key, item)` pairs in any order, for keys `0..n`: each key's items in
    /// the order of `pairs`. Linear (a counting sort).
    pub(crate) fn group(n: usize, pairs: &[(u32, T)]) -> Self
    where
        T: Copy,
    {
        offset(pairs.len());
        // How many items each key has, then where each key's list starts.
        let mut offsets = vec![0u32; n + 1];
        for &(key, _) in pairs {
            *offsets
                .get_mut(key as usize + 1)
                .expect("every key is below n") += 1;
        }
        let mut total = 0u32;
        for o in &mut offsets {
            total += *o;
            *o = total;
        }
        // The pair that goes to each place, filling each key's list in order.
        let mut next = offsets.clone();
        let mut from = vec![0; pairs.len()];
        for (j, &(key, _)) in pairs.iter().enumerate() {
            let at = next.get_mut(key as usize).expect("every key is below n");
            *from
                .get_mut(*at as usize)
                .expect("a place of the key's list") = j;
            *at += 1;
        }
        let items = from
            .iter()
            .map(|&j| pairs.get(j).expect("a pair of the input").1)
            .collect();
        Self { offsets, items }
    }

    /// Builds from `(key, item)` pairs sorted by key, for keys `0..n`.
    pub(crate) fn from_sorted_pairs(n: usize, pairs: &[(u32, T)]) -> Self
    where
        T: Copy,
    {
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0);
        let mut at = 0;
        for key in 0..n {
            while pairs.get(at).is_some_and(|&(k, _)| (k as usize) <= key) {
                at += 1;
            }
            offsets.push(offset(at));
        }
        debug_assert_eq!(at, pairs.len(), "every key is below n");
        Self {
            offsets,
            items: pairs.iter().map(|&(_, t)| t).collect(),
        }
    }

    /// How many keys there are.
    pub(crate) fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Key i's list.
    ///
    /// # Panics
    ///
    /// When `i` is not a key: every caller holds a key it took from the same records.
    pub(crate) fn get(&self, i: usize) -> &[T] {
        let a = *self.offsets.get(i).expect("a key of these lists") as usize;
        let b = *self.offsets.get(i + 1).expect("a key of these lists") as usize;
        self.items.get(a..b).expect("offsets rise within the items")
    }

    /// Every list, in key order.
    pub(crate) fn iter(&self) -> impl ExactSizeIterator<Item = &[T]> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// An offset into the items, which the resolution's size check keeps within `u32`.
fn offset(at: usize) -> u32 {
    crate::resolve::index(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_come_back_by_key() {
        let lists = Lists::from_lists([vec![1, 2], vec![], vec![3]]);
        assert_eq!(lists.len(), 3);
        assert_eq!(lists.get(0), [1, 2]);
        assert!(lists.get(1).is_empty());
        assert_eq!(lists.get(2), [3]);
        let pairs = Lists::from_sorted_pairs(4, &[(0, 'a'), (2, 'b'), (2, 'c')]);
        let got: Vec<&[char]> = pairs.iter().collect();
        assert_eq!(got, [&['a'][..], &[], &['b', 'c'], &[]]);
        // Grouped from any order, each key's items keep theirs.
        let grouped = Lists::group(4, &[(2, 'b'), (0, 'a'), (2, 'c')]);
        let got: Vec<&[char]> = grouped.iter().collect();
        assert_eq!(got, [&['a'][..], &[], &['b', 'c'], &[]]);
    }
}
