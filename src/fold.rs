//! Names folded for comparison: case, accents, compatibility forms and punctuation ignored.

use caseless::Caseless;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The form in which the registry compares names: what [`find_officials`], [`find_organizations`],
/// [`meetings_in_city`] and title filters match on.
///
/// Folding follows Unicode's compatibility caseless matching: compatibility decomposition
/// (NFKD), full case folding, and NFKD again, then every combining mark is dropped, so that:
///
/// - case is ignored in every script, final sigma included: `ΟΔΥΣΣΕΥΣ` and `οδυσσευς` fold
///   alike, `Straße` folds to `strasse`;
/// - accents are ignored: `Krähenbühl` folds to `krahenbuhl`, `Сарыбай` to `сарыбаи`;
/// - compatibility forms are their plain letters: the ligature `ﬁ` is `fi`, full-width
///   `ＵＮＯＧ` is `unog`, the digraph `Ǆ` is `dz`.
///
/// A few Latin letters carry no accent to drop and are spelled out: `ø` as `o`, `đ` and `ð`
/// as `d`, `ł` as `l`, `ħ` as `h`, `ı` as `i`, `æ` as `ae`, `œ` as `oe`, `þ` as `th`
/// (`ß` is `ss` by case folding). Apostrophes join the letters around them (`Côte d'Ivoire`
/// is `cote divoire`); every other character that is not a letter or a digit becomes a space
/// between words.
///
/// ```
/// use multilateral::fold_name;
///
/// assert_eq!(fold_name("Pierre Krähenbühl"), "pierre krahenbuhl");
/// assert_eq!(fold_name("ΟΔΥΣΣΕΥΣ"), fold_name("οδυσσευς"));
/// assert_eq!(fold_name("ＵＮＯＧ"), "unog");
/// assert_eq!(fold_name("UN-Water"), "un water");
/// ```
///
/// [`find_officials`]: crate::Registry::find_officials
/// [`find_organizations`]: crate::Registry::find_organizations
/// [`meetings_in_city`]: crate::Registry::meetings_in_city
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii() {
            push_ascii(&mut out, c);
            continue;
        }
        // One character at a time: decompositions are per character, and the canonical
        // reordering that whole-string normalization adds only moves combining marks, which
        // are dropped.
        let folded = std::iter::once(c)
            .nfkd()
            .default_case_fold()
            .nfkd()
            .filter(|&c| !is_combining_mark(c));
        for c in folded {
            push_folded(&mut out, c);
        }
    }
    out
}

/// Writes one character of a name already decomposed and case-folded: a letter or digit as
/// it is (the letters that do not decompose, such as `ø` or `æ`, as their Latin spelling),
/// an apostrophe dropped, any other character a space.
fn push_folded(out: &mut String, c: char) {
    match c {
        'ø' => out.push('o'),
        'đ' | 'ð' => out.push('d'),
        'ł' => out.push('l'),
        'ħ' => out.push('h'),
        'ı' => out.push('i'),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'þ' => out.push_str("th"),
        // Apostrophes join: "Côte d’Ivoire" → "cote divoire". This arm comes before the
        // alphanumeric one because the modifier letter apostrophe ʼ is a letter.
        '’' | 'ʼ' => {}
        c if c.is_ascii() => push_ascii(out, c),
        c if c.is_alphanumeric() => out.push(c),
        _ => out.push(' '),
    }
}

/// Folds one ASCII character: a letter or digit in lower case, an apostrophe dropped, any
/// other character a space.
fn push_ascii(out: &mut String, c: char) {
    match c {
        c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
        '\'' => {}
        _ => out.push(' '),
    }
}

/// The words of a folded name.
pub(crate) fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_punctuation_are_dropped() {
        assert_eq!(fold_name("Pierre Krähenbühl"), "pierre krahenbuhl");
        assert_eq!(fold_name("Magdalena Sepúlveda"), "magdalena sepulveda");
        assert_eq!(fold_name("Türkiye"), "turkiye");
        assert_eq!(fold_name("UN-Water"), "un water");
        assert_eq!(fold_name("Straße"), "strasse");
        assert_eq!(fold_name("STRASSE"), "strasse");
        assert_eq!(fold_name("Côte d’Ivoire"), "cote divoire");
        // Marks are dropped in every script: й folds to и, as ё to е.
        assert_eq!(fold_name("Сарыбай"), "сарыбаи");
    }

    #[test]
    fn greek_final_sigma_folds_like_sigma() {
        assert_eq!(fold_name("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");
        assert_eq!(fold_name("οδυσσευς"), "οδυσσευσ");
    }

    #[test]
    fn compatibility_forms_are_their_plain_letters() {
        assert_eq!(fold_name("ﬁnance"), "finance");
        assert_eq!(fold_name("ＵＮＯＧ"), "unog");
        assert_eq!(fold_name("Ǆemal"), "dzemal");
        assert_eq!(fold_name("ǅemal"), "dzemal");
        assert_eq!(fold_name("Ⅻ"), "xii");
    }

    #[test]
    fn letters_that_do_not_decompose_are_spelled_out() {
        assert_eq!(fold_name("Søren Ødegaard"), "soren odegaard");
        assert_eq!(fold_name("Đorđe"), "dorde");
        assert_eq!(fold_name("Łódź"), "lodz");
        assert_eq!(fold_name("Æsir Œuvre Þór"), "aesir oeuvre thor");
        assert_eq!(fold_name("Işık İstanbul"), "isik istanbul");
        assert_eq!(fold_name("Ħamrun Guðni"), "hamrun gudni");
    }

    #[test]
    fn ascii_folds_alike_alone_and_among_other_characters() {
        for name in [
            "United Nations Office at Geneva",
            "d'Arcy O'Neil",
            "UN-Water 2030",
            "a_b.c",
        ] {
            let mut padded = name.to_owned();
            padded.push('é');
            let unicode = fold_name(&padded);
            assert_eq!(
                unicode.strip_suffix('e'),
                Some(fold_name(name).as_str()),
                "{name}"
            );
        }
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    /// The fold written the plain way: whole-string normalization, then the same mapping
    /// of each character.
    fn whole_string_fold(name: &str) -> String {
        let mut out = String::new();
        let folded = name
            .nfd()
            .default_case_fold()
            .nfkd()
            .default_case_fold()
            .nfkd()
            .filter(|&c| !is_combining_mark(c));
        for c in folded {
            push_folded(&mut out, c);
        }
        out
    }

    proptest! {
        #[test]
        fn folding_one_character_at_a_time_is_folding_the_whole_name(
            name in "[a-zA-Z' .-]{0,4}(\\PC|[\u{300}-\u{36f}ßẞİıΣςﬁＵǄǅ℃Ⅻ’ʼøØæÆ]){0,12}",
        ) {
            prop_assert_eq!(fold_name(&name), whole_string_fold(&name), "{:?}", name);
        }
    }
}
