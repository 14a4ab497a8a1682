//! Human-readable text: names, titles, summaries.

use crate::error::ValueError;
use crate::invisible::{invisible_class, is_invisible};

/// The longest text accepted, in characters (65,536, as JSON Schema's `maxLength` counts):
/// longer than any title or summary,
/// short enough that a hostile document cannot make one field hold megabytes.
pub const MAX_TEXT_LEN: usize = 65_536;

crate::string_type::string_type! {
    /// A piece of text that is not blank: a name, a title, an outcome's wording.
    ///
    /// Required text fields use this type, so a record can never carry an empty name. The text is
    /// kept exactly as written (no trimming), up to [`MAX_TEXT_LEN`] characters. It dereferences
    /// to `str`, as prose is read.
    ///
    /// ```
    /// use multilateral::Text;
    ///
    /// let name: Text = "Conference on Interaction and Confidence Building Measures in Asia".parse()?;
    /// assert!(name.starts_with("Conference"));
    /// assert!("   ".parse::<Text>().is_err());
    /// # Ok::<(), multilateral::ValueError>(())
    /// ```
    pub struct Text;
    "a non-blank string"
}

/// The JSON Schema `pattern` of a [`Text`]: at least one character a reader can see (not
/// white space, a control or an invisible format character), the characters listed one by
/// one (rather than `\S`, which each regular-expression engine reads a little differently).
const TEXT_PATTERN: &str = concat!("[^", invisible_class!(), "]");

impl Text {
    /// Checks that `input` has a character a reader can see (text made only of white space,
    /// controls, zero-width spaces or byte order marks is blank) and is not too long.
    pub fn new(input: &str) -> Result<Self, ValueError> {
        if input.chars().all(is_invisible) {
            return Err(ValueError::Text {
                reason: "text cannot be empty or blank",
            });
        }
        // Bytes bound characters from above: count only when the bytes could be too many.
        if input.len() > MAX_TEXT_LEN && input.chars().count() > MAX_TEXT_LEN {
            return Err(ValueError::Text {
                reason: "text is longer than 65536 characters",
            });
        }
        Ok(Self(input.into()))
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl schemars::JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_TEXT_LEN,
            "pattern": TEXT_PATTERN,
        })
    }
}

crate::string_type::string_type! {
    /// An absolute `http` or `https` web address, as found in a source's `url`.
    ///
    /// Checked for shape only and kept exactly as written, so it round-trips byte for byte:
    /// the scheme `http` or `https` in any case, then `://`, an optional `user@`, a host (a
    /// name, or an IPv6 address in brackets) and an optional `:port` of digits, then anything
    /// after a `/`, `?` or `#`; no white space, control or invisible character anywhere; at
    /// most 2048 characters.
    ///
    /// ```
    /// use multilateral::WebUrl;
    ///
    /// assert!("https://www.s-cica.org/".parse::<WebUrl>().is_ok());
    /// assert!("www.s-cica.org".parse::<WebUrl>().is_err());
    /// ```
    pub struct WebUrl;
    "an http or https url"
}

/// The JSON Schema `pattern` of a [`WebUrl`]: the shape [`WebUrl::new`] checks, with the
/// characters a reader cannot see listed one by one (rather than `\s`, which means something
/// slightly different in each regular-expression engine), and the end marked as
/// `(?!\n)$`, since `$` alone also matches before a final newline in Python's dialect. So
/// every validator draws the line where [`WebUrl::new`] does.
pub const WEB_URL_PATTERN: &str = concat!(
    "^[Hh][Tt][Tt][Pp][Ss]?://",
    // user@
    "([^/?#@",
    invisible_class!(),
    "]*@)?",
    // a host name, or an IPv6 address in brackets
    "([^/?#@:\\[\\]",
    invisible_class!(),
    "]+|\\[[0-9A-Fa-f:.]+\\])",
    // :port
    "(:[0-9]*)?",
    // the path, query and fragment
    "([/?#][^",
    invisible_class!(),
    "]*)?(?!\\n)$"
);

impl WebUrl {
    /// Checks the shape of an address (see [the type's docs](Self)).
    pub fn new(input: &str) -> Result<Self, ValueError> {
        let fail = |reason| {
            Err(ValueError::Url {
                input: crate::error::excerpt(input),
                reason,
            })
        };
        if input.len() > 2048 && input.chars().count() > 2048 {
            return fail("a url has at most 2048 characters");
        }
        let rest = match input.split_once("://") {
            Some((scheme, rest))
                if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
            {
                rest
            }
            _ => return fail("a url starts with http:// or https://"),
        };
        // Printable ASCII (most addresses, whole) holds no invisible character: only other
        // text is searched character by character.
        if !input.bytes().all(|b| b.is_ascii_graphic()) && input.chars().any(is_invisible) {
            return fail("a url cannot contain white space, control or invisible characters");
        }
        let authority = rest
            .split(['/', '?', '#'])
            .next()
            .expect("a split has a first piece");
        let host_port = match authority.split_once('@') {
            Some((_user, host_port)) => host_port,
            None => authority,
        };
        let port = if let Some(bracketed) = host_port.strip_prefix('[') {
            let Some((address, after)) = bracketed.split_once(']') else {
                return fail("a url names a host");
            };
            let ipv6 = |c: char| c.is_ascii_hexdigit() || c == ':' || c == '.';
            if address.is_empty() || !address.chars().all(ipv6) {
                return fail("a url names a host");
            }
            match after {
                "" => "",
                _ => match after.strip_prefix(':') {
                    Some(port) => port,
                    None => return fail("a url names a host"),
                },
            }
        } else {
            let (host, port) = host_port.split_once(':').unwrap_or((host_port, ""));
            if host.is_empty() || host.contains(['@', '[', ']']) {
                return fail("a url names a host");
            }
            port
        };
        if !port.bytes().all(|b| b.is_ascii_digit()) {
            return fail("a url's port is written in digits");
        }
        Ok(Self(input.into()))
    }
}

impl schemars::JsonSchema for WebUrl {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "WebUrl".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "maxLength": 2048,
            "pattern": WEB_URL_PATTERN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_ascii_is_never_invisible() {
        // WebUrl::new skips the search for invisible characters in printable ASCII.
        for c in '!'..='~' {
            assert!(!is_invisible(c), "{c:?}");
        }
        assert!(is_invisible(' '));
    }

    #[test]
    fn text_refuses_blank_and_huge() {
        assert_eq!(Text::new("IOM").unwrap().as_str(), "IOM");
        assert_eq!(Text::new(" x ").unwrap().as_str(), " x ");
        for blank in ["", " ", "\n\t"] {
            assert_eq!(
                Text::new(blank).unwrap_err().to_string(),
                "invalid text: text cannot be empty or blank"
            );
        }
        assert!(Text::new(&"a".repeat(MAX_TEXT_LEN)).is_ok());
        // Characters, not bytes: 65,536 two-byte letters fit.
        assert!(Text::new(&"é".repeat(MAX_TEXT_LEN)).is_ok());
        assert!(WebUrl::new(&format!("https://x/{}", "é".repeat(2000))).is_ok());
        assert_eq!(
            Text::new(&"a".repeat(MAX_TEXT_LEN + 1))
                .unwrap_err()
                .to_string(),
            "invalid text: text is longer than 65536 characters"
        );
    }

    #[test]
    fn url_shapes() {
        for ok in [
            "https://www.iom.int",
            "http://a.example/x?y=1#z",
            "https://x",
        ] {
            assert_eq!(WebUrl::new(ok).unwrap().as_str(), ok);
        }
        for (bad, reason) in [
            ("www.iom.int", "a url starts with http:// or https://"),
            ("ftp://x", "a url starts with http:// or https://"),
            ("https://", "a url names a host"),
            ("https:///path", "a url names a host"),
            (
                "https://a b",
                "a url cannot contain white space, control or invisible characters",
            ),
        ] {
            assert_eq!(
                WebUrl::new(bad).unwrap_err(),
                ValueError::Url {
                    input: bad.into(),
                    reason
                }
            );
        }
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn text_keeps_what_was_written(s in "\\s{0,3}[a-zA-Z0-9éжΣ]\\PC{0,40}") {
            let t = Text::new(&s).unwrap();
            prop_assert_eq!(t.as_str(), s.as_str());
            prop_assert_eq!(t.to_string(), s.clone());
            let json = serde_json::to_string(&t).unwrap();
            prop_assert_eq!(serde_json::from_str::<Text>(&json).unwrap(), t);
        }

        #[test]
        fn blank_text_is_refused(s in "\\s{0,10}") {
            prop_assert!(Text::new(&s).is_err());
        }

        #[test]
        fn urls_round_trip(
            scheme in prop_oneof![Just("http"), Just("https")],
            host in "[a-z0-9.-]{1,20}",
            path in "(/[A-Za-z0-9._~%?=&#-]{0,12}){0,3}",
        ) {
            let s = format!("{scheme}://{host}{path}");
            let u = WebUrl::new(&s).unwrap();
            prop_assert_eq!(u.as_str(), s.as_str());
            let json = serde_json::to_string(&u).unwrap();
            prop_assert_eq!(serde_json::from_str::<WebUrl>(&json).unwrap(), u);
        }

        #[test]
        fn urls_with_white_space_are_refused(a in "[a-z]{1,5}", b in "[a-z]{0,5}", ws in "\\s") {
            let url = format!("https://{a}{ws}{b}");
            prop_assert!(WebUrl::new(&url).is_err());
        }
    }
}
