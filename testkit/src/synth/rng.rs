//! A small seeded PRNG (SplitMix64 seeding xoshiro256**) and a Zipf-like sampler.
//!
//! Reads: a seed. Makes: a stream of numbers fixed by that seed. Only integer arithmetic is
//! used, so a seed gives the same stream on every machine.

/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64.
#[derive(Debug, Clone)]
pub(crate) struct Rng {
    s: [u64; 4],
}

/// One step of SplitMix64: advances `state` and returns the next output.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator whose whole stream is fixed by `seed`.
    pub(crate) fn new(seed: u64) -> Self {
        let mut state = seed;
        let s = [
            splitmix64(&mut state),
            splitmix64(&mut state),
            splitmix64(&mut state),
            splitmix64(&mut state),
        ];
        Self { s }
    }

    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = self.s;
        let result = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s1 << 17;
        let s2 = s2 ^ s0;
        let s3 = s3 ^ s1;
        let s1 = s1 ^ s2;
        let s0 = s0 ^ s3;
        let s2 = s2 ^ t;
        let s3 = s3.rotate_left(45);
        self.s = [s0, s1, s2, s3];
        result
    }

    /// A number in `0..n` (0 when `n` is 0), by multiply-shift.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        let wide = u128::from(self.next_u64()) * u128::from(n);
        u64::try_from(wide >> 64).expect("the high half of a product of two u64 fits in a u64")
    }

    /// An index into a collection of `len` items (0 when empty).
    pub(crate) fn index(&mut self, len: usize) -> usize {
        let len = u64::try_from(len).expect("a usize fits in a u64");
        usize::try_from(self.below(len)).expect("a number below a usize is a usize")
    }

    /// A number in `lo..=hi` (`lo` when the range is empty).
    pub(crate) fn range(&mut self, lo: i32, hi: i32) -> i32 {
        if hi <= lo {
            return lo;
        }
        let width = u64::try_from(i64::from(hi) - i64::from(lo) + 1).expect("hi > lo");
        let offset = i64::try_from(self.below(width)).expect("the width of two i32 fits in i64");
        i32::try_from(i64::from(lo) + offset).expect("lo + offset lies in lo..=hi")
    }

    /// A count in `lo..=hi` (`lo` when the range is empty).
    pub(crate) fn count(&mut self, lo: usize, hi: usize) -> usize {
        if hi <= lo {
            return lo;
        }
        lo + self.index(hi - lo + 1)
    }

    /// True with probability `per_mille / 1000`.
    pub(crate) fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }

    /// One item of a slice, uniformly; `None` when it is empty.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        let i = self.index(items.len());
        items.get(i)
    }

    /// One item of a slice that cannot be empty (a word list, the states with a ministry).
    ///
    /// # Panics
    ///
    /// When `items` is empty: the caller's invariant does not hold.
    pub(crate) fn one_of<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        assert!(!items.is_empty(), "one_of needs at least one item");
        &items[self.index(items.len())]
    }

    /// One word of a word list (which cannot be empty).
    pub(crate) fn word(&mut self, words: &[&'static str]) -> &'static str {
        let &word = self.one_of(words);
        word
    }

    /// An index chosen with the given integer weights.
    ///
    /// # Panics
    ///
    /// When every weight is zero: there is nothing to choose.
    pub(crate) fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        assert!(total > 0, "weighted needs a weight that is not zero");
        let mut r = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if r < w {
                return i;
            }
            r -= w;
        }
        unreachable!("r < total, the sum of the weights")
    }

    /// Shuffles a slice in place (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.index(i + 1);
            items.swap(i, j);
        }
    }
}

/// Draws ranks `0..n` with probability proportional to `1 / (rank + 1)`: a few popular
/// items and a long tail of rare ones. Sampling is a binary search, O(log n).
#[derive(Debug, Clone, Default)]
pub(crate) struct Zipf {
    cumulative: Vec<u64>,
}

impl Zipf {
    /// A sampler over `n` ranks.
    pub(crate) fn new(n: usize) -> Self {
        let mut total = 0u64;
        let cumulative = (1..=n as u64)
            .map(|k| {
                total += (1u64 << 32) / k;
                total
            })
            .collect();
        Self { cumulative }
    }

    /// A rank in `0..n` (0 when `n` is 0).
    pub(crate) fn sample(&self, rng: &mut Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0);
        let r = rng.below(total);
        self.cumulative.partition_point(|&c| c <= r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_fixed_by_the_seed() {
        let a: Vec<u64> = {
            let mut r = Rng::new(7);
            (0..4).map(|_| r.next_u64()).collect()
        };
        let b: Vec<u64> = {
            let mut r = Rng::new(7);
            (0..4).map(|_| r.next_u64()).collect()
        };
        assert_eq!(a, b);
        // The first SplitMix64 output for seed 0, a published test value.
        let mut state = 0;
        assert_eq!(splitmix64(&mut state), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn ranges_stay_in_bounds() {
        let mut r = Rng::new(1);
        for _ in 0..1000 {
            let x = r.range(-3, 5);
            assert!((-3..=5).contains(&x));
            assert!(r.below(10) < 10);
            assert!((2..=4).contains(&r.count(2, 4)));
            assert!(r.weighted(&[0, 3, 0, 1]) % 2 == 1);
        }
        assert_eq!(r.range(5, 5), 5);
        assert_eq!(r.range(5, 1), 5);
        // The widest range does not overflow.
        let _ = r.range(i32::MIN, i32::MAX);
        assert_eq!(r.below(0), 0);
        assert_eq!(r.pick::<u8>(&[]), None);
        assert_eq!(*r.one_of(&[9]), 9);
    }

    #[test]
    #[should_panic(expected = "weighted needs a weight")]
    fn all_zero_weights_are_a_bug() {
        Rng::new(1).weighted(&[0, 0]);
    }

    #[test]
    fn zipf_favours_low_ranks() {
        let z = Zipf::new(100);
        let mut r = Rng::new(3);
        let mut hits = [0u32; 100];
        for _ in 0..10_000 {
            hits[z.sample(&mut r)] += 1;
        }
        assert!(hits[0] > hits[10] && hits[10] > hits[99]);
        assert_eq!(Zipf::new(0).sample(&mut r), 0);
    }
}
