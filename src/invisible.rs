//! Characters a reader cannot see: white space, controls, and the format characters that
//! render as nothing (zero-width spaces, the byte order mark, joiners, variation selectors).
//!
//! Text made only of these is blank, a web address may not contain any, and a message that
//! quotes input shows them escaped, so that `"ngo\u{200b}"` does not print as a valid-looking
//! `ngo`.

/// The characters of the Basic Multilingual Plane a reader cannot see, as inclusive ranges:
/// Unicode's `White_Space`, the C0 and C1 controls (`Cc`), and `Default_Ignorable_Code_Point`
/// (Unicode 16). Characters beyond U+FFFF that render as nothing (tag characters, musical
/// formatting controls) are not listed: a JSON Schema pattern cannot name them in a way every
/// validator reads alike, and the crate keeps to what the schema says.
pub(crate) const INVISIBLE: &[(char, char)] = &[
    ('\u{0000}', '\u{0020}'),
    ('\u{007F}', '\u{00A0}'),
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{2000}', '\u{200F}'),
    ('\u{2028}', '\u{202F}'),
    ('\u{205F}', '\u{206F}'),
    ('\u{3000}', '\u{3000}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFF8}'),
];

/// The same ranges as the body of a regular-expression character class (`\u0000-\u0020…`),
/// as the JSON Schema patterns write them, for `concat!`. A test checks that it spells
/// [`INVISIBLE`].
macro_rules! invisible_class {
    () => {
        concat!(
            "\\u0000-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u061C\\u115F\\u1160\\u1680\\u17B4",
            "\\u17B5\\u180B-\\u180F\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000\\u3164",
            "\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF0-\\uFFF8"
        )
    };
}
pub(crate) use invisible_class;

/// Whether a reader cannot see `c`: see [`INVISIBLE`].
pub(crate) fn is_invisible(c: char) -> bool {
    if c > '\u{FFF8}' {
        return false;
    }
    let i = INVISIBLE.partition_point(|&(_, last)| last < c);
    INVISIBLE.get(i).is_some_and(|&(first, _)| first <= c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_spells_the_table() {
        let mut spelled = String::new();
        for &(first, last) in INVISIBLE {
            spelled.push_str(&format!("\\u{:04X}", first as u32));
            match last as u32 - first as u32 {
                0 => {}
                1 => spelled.push_str(&format!("\\u{:04X}", last as u32)),
                _ => spelled.push_str(&format!("-\\u{:04X}", last as u32)),
            }
        }
        assert_eq!(spelled, invisible_class!());
        assert!(INVISIBLE.windows(2).all(|w| w[0].1 < w[1].0));
    }

    #[test]
    fn white_space_controls_and_format_characters_are_invisible() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c.is_whitespace() || c.is_control() {
                assert!(is_invisible(c), "{:04X}", c as u32);
            }
        }
        for c in [
            '\u{200B}', '\u{FEFF}', '\u{00AD}', '\u{2060}', '\u{FE0F}', '\u{3164}',
        ] {
            assert!(is_invisible(c), "{:04X}", c as u32);
        }
        for c in ['a', 'é', 'Σ', '\u{0300}', '\u{FFFD}', '\u{E0020}', '🙂'] {
            assert!(!is_invisible(c), "{:04X}", c as u32);
        }
    }
}
