//! Small constructors every phase uses: texts, sources, record indices.
//!
//! Reads: strings the generator wrote, and draws. Makes: [`Text`]s, [`Source`]s, indices.

use multilateral::{PartialDate, Source, Text, WebUrl};

use super::rng::Rng;

/// A text the generator wrote.
///
/// # Panics
///
/// When `s` is blank or longer than 65 536 characters: the generator writes names, titles
/// and sentences from its word lists, never blank and at most a few hundred characters.
pub(crate) fn text(s: &str) -> Text {
    Text::new(s).expect("generated texts are short and never blank")
}

/// A record's index as the generator stores it.
///
/// # Panics
///
/// From 2³² records of a kind on: they would not fit in memory anyway.
pub(crate) fn index32(len: usize) -> u32 {
    u32::try_from(len).expect("fewer than 2^32 records of a kind")
}

/// A source with whichever of url, title, publisher and date the draw gives (always a url or
/// a title, so that a reader can find it).
///
/// # Panics
///
/// When `url` is not an http(s) address with a host: the generator writes them as
/// `https://` and a domain made of slugs.
pub(crate) fn source(
    rng: &mut Rng,
    title: &str,
    url: &str,
    publisher: &str,
    published: Option<PartialDate>,
) -> Source {
    let shape = rng.below(100);
    let mut s = Source::default();
    if shape >= 10 {
        s.title = Some(text(title));
    }
    if shape < 75 {
        s.url = Some(WebUrl::new(url).expect("generated urls are https:// and a domain"));
    }
    if (10..85).contains(&shape) {
        s.publisher = Some(text(publisher));
    }
    if shape < 90 {
        s.published = published;
    }
    s
}

/// Appends one element to a record's list, a boxed slice: the list is reallocated, O(n) in
/// its length. Only for a list that gets a single element here (an alias, a source); a list
/// filled in a loop is collected in a `Vec` and assigned once.
pub(crate) fn push<T>(list: &mut Box<[T]>, item: T) {
    let mut grown = std::mem::take(list).into_vec();
    grown.reserve_exact(1);
    grown.push(item);
    *list = grown.into_boxed_slice();
}

/// Appends elements to a record's list, a boxed slice, converting it to a `Vec` and back
/// once: O(n + k).
pub(crate) fn extend<T>(list: &mut Box<[T]>, items: impl IntoIterator<Item = T>) {
    let mut grown = std::mem::take(list).into_vec();
    grown.extend(items);
    *list = grown.into_boxed_slice();
}
