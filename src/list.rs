//! The lists records hold: boxed slices.
//!
//! Every list field of a record (a meeting's participants, an official's posts, a post's
//! attested days…) is a `Box<[T]>`, not a `Vec<T>`: a record's lists are read whole from a
//! document and then only read, so the spare room and the capacity word of a `Vec` are never
//! used, and a boxed slice is 16 bytes beside a `Vec`'s 24 (a `Meeting` has eight lists).
//! A list is built as a `Vec` and converted once (`vec.into()` or `vec.into_boxed_slice()`,
//! which keeps the block when it has no spare room); it is changed in place through
//! `&mut [T]` (sorting, replacing an element) or, to grow or shrink it, through
//! `into_vec()` and back, neither of which copies the elements.

/// Appends `item` to a boxed slice: the list is reallocated to one element more, so a call
/// costs O(n) (the block may move). For the builders (`with_participant` and the like),
/// which add one element at a time; code that adds many builds a `Vec` and converts it once.
pub(crate) fn push<T>(list: &mut Box<[T]>, item: T) {
    let mut grown = std::mem::take(list).into_vec();
    grown.reserve_exact(1);
    grown.push(item);
    *list = grown.into_boxed_slice();
}

#[cfg(test)]
mod tests {
    /// The records' sizes on a 64-bit target, their lists 16-byte boxed slices: at most
    /// these (as `Vec`s, a `Meeting` was 344 bytes, an `Official` 208, an `Organization`
    /// 272, a `Post` 136, an `Mou` 216; with one-word shared ids too, they are the sizes
    /// below). Bounds rather than equalities, so that a record made smaller passes; one
    /// that grows fails. See BENCHMARKS.md.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn records_hold_16_byte_lists() {
        use std::mem::size_of;
        assert_eq!(size_of::<Box<[crate::Source]>>(), 16);
        let sizes = [
            ("Meeting", size_of::<crate::Meeting>(), 272),
            ("Official", size_of::<crate::Official>(), 160),
            ("Organization", size_of::<crate::Organization>(), 208),
            ("Post", size_of::<crate::Post>(), 112),
            ("Mou", size_of::<crate::Mou>(), 160),
            ("Dimension", size_of::<crate::Dimension>(), 104),
            ("Membership", size_of::<crate::Membership>(), 96),
            ("Chairmanship", size_of::<crate::Chairmanship>(), 112),
        ];
        for (name, size, most) in sizes {
            assert!(size <= most, "a {name} is {size} bytes, more than {most}");
        }
    }

    #[test]
    fn push_appends_at_the_exact_length() {
        let mut list: Box<[u32]> = Box::default();
        super::push(&mut list, 1);
        super::push(&mut list, 2);
        assert_eq!(&*list, &[1, 2]);
        let grown = list.into_vec();
        assert_eq!(grown.capacity(), 2);
    }
}
