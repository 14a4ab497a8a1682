//! Builders of hostile and large test documents, as JSON text.
//!
//! Each builder writes the text directly (no `serde_json::Value` in between), so that a
//! document of a million participants costs what its text costs. The robustness tests
//! read them to check that hostile shapes are refused with a short error naming the place,
//! and that large ones go through validation, the registry's build and its queries at a
//! cost that grows with the input; the benchmarks can share them.
//!
//! Ids follow one pattern throughout: organizations `o0`, `o1`, …, meetings `m0`, `m1`, ….

use std::fmt::Write as _;

use multilateral::{CountryCode, ParticipantRole};

/// Appends formatted text to a `String` (which cannot fail).
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {
        write!($out, $($arg)*).expect("writing to a String cannot fail")
    };
}

/// Joins the items `0..n`, each written by `item`, with commas, into a JSON array.
fn array(n: usize, capacity: usize, mut item: impl FnMut(&mut String, usize)) -> String {
    let mut out = String::with_capacity(2 + n * capacity);
    out.push('[');
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        item(&mut out, i);
    }
    out.push(']');
    out
}

/// A document with the given top-level members (raw JSON values) after
/// `"schema_version": "1.0"`.
///
/// ```
/// let text = multilateral_testkit::docs::doc(&[("organizations", "[]")]);
/// assert_eq!(text, r#"{"schema_version": "1.0", "organizations": []}"#);
/// ```
pub fn doc(members: &[(&str, &str)]) -> String {
    let mut out = String::from(r#"{"schema_version": "1.0""#);
    for (key, value) in members {
        put!(out, r#", "{key}": {value}"#);
    }
    out.push('}');
    out
}

/// A document of one organization, `cica`, whose `field` holds `value` (raw JSON): the
/// value replaces the organization's `id`, `name` or `kind`, or is added as another field.
pub fn org_with(field: &str, value: &str) -> String {
    let mut fields = vec![
        ("id", r#""cica""#.to_owned()),
        ("name", r#""CICA""#.to_owned()),
        ("kind", r#""intergovernmental""#.to_owned()),
    ];
    match fields.iter_mut().find(|(k, _)| *k == field) {
        Some(slot) => value.clone_into(&mut slot.1),
        None => fields.push((field, value.to_owned())),
    }
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!(r#""{k}": {v}"#))
        .collect();
    doc(&[("organizations", &format!("[{{{}}}]", body.join(", ")))])
}

/// `depth` nested empty arrays: `[[[…]]]`.
pub fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// `depth` objects, each the value of a key `a` of the one around it, with no innermost
/// value: `{"a": {"a": }}`. Not JSON, but a reader that refuses the outermost object where
/// it expects a string never gets that far.
pub fn nested_objects(depth: usize) -> String {
    format!("{}{}", r#"{"a": "#.repeat(depth), "}".repeat(depth))
}

/// A document of one meeting, `m`, of 25–27 November 2024, whose `days` holds `days` (raw
/// JSON).
pub fn meeting_with_days(days: &str) -> String {
    doc(&[(
        "meetings",
        &format!(
            r#"[{{"id": "m", "title": "T", "kind": "bilateral", "status": "held",
                  "when": {{"start": "2024-11-25", "end": "2024-11-27"}}, "days": {days}}}]"#
        ),
    )])
}

/// A document of one meeting, `unga-79`, with `n` participants, all states: every assigned
/// country code in the first role of [`ParticipantRole::ALL`], then every code in the
/// next role, and so on, then repeats. Each repeat of a (state, role) pair is a
/// `duplicate-entry` warning, so a document of `n` participants has
/// `n - min(n, codes × roles)` warnings (`codes` is the 249 of [`CountryCode::all`]).
pub fn crowded_by_states(n: usize) -> String {
    let codes: Vec<CountryCode> = CountryCode::all().collect();
    let roles = ParticipantRole::ALL;
    let parts = array(n, 40, |out, i| {
        let code = codes
            .get(i % codes.len())
            .expect("an index modulo the length");
        let role = roles
            .get((i / codes.len()) % roles.len())
            .expect("an index modulo the length");
        put!(out, r#"{{"state":"{code}","role":"{}"}}"#, role.as_str());
    });
    doc(&[(
        "meetings",
        &format!(
            r#"[{{"id": "unga-79", "title": "79th session of the UN General Assembly",
                  "kind": "session", "status": "held", "when": {{"start": "2024-09-10"}},
                  "participants": {parts}}}]"#
        ),
    )])
}

/// `n` organizations `o0`…, all taking part in one meeting `m` that touches a dimension `d`
/// of another organization, `owner`, which does not take part: one
/// `dimension-not-of-participant` warning, found only after looking at every participant.
pub fn crowded_by_organizations(n: usize) -> String {
    let orgs = array(n + 1, 60, |out, i| {
        if i < n {
            put!(
                out,
                r#"{{"id":"o{i}","name":"Organization {i}","kind":"ngo"}}"#
            );
        } else {
            out.push_str(r#"{"id":"owner","name":"Owner","kind":"intergovernmental"}"#);
        }
    });
    let parts = array(n, 45, |out, i| {
        put!(out, r#"{{"organization":"o{i}","role":"participant"}}"#);
    });
    doc(&[
        ("organizations", &orgs),
        (
            "dimensions",
            r#"[{"id":"d","organization":"owner","name":"Economic Dimension"}]"#,
        ),
        (
            "meetings",
            &format!(
                r#"[{{"id":"m","title":"Conference","kind":"conference","status":"held",
                      "when":{{}},"dimensions":["d"],"participants":{parts}}}]"#
            ),
        ),
    ])
}

/// `n` organizations that all have the id `iom`: `n - 1` `duplicate-id` errors, each naming
/// the first.
pub fn organizations_with_one_id(n: usize) -> String {
    let orgs = array(n, 50, |out, _| {
        out.push_str(r#"{"id":"iom","name":"IOM","kind":"un-entity"}"#);
    });
    doc(&[("organizations", &orgs)])
}

/// `n` meetings `m0`…, each on the sidelines of the next, all of 25–27 November 2024; with
/// `close`, the last on the sidelines of the first (one cycle through all of them).
pub fn sidelines_chain(n: usize, close: bool) -> String {
    let meetings = array(n, 200, |out, i| {
        let next = if i + 1 < n {
            Some(i + 1)
        } else if close {
            Some(0)
        } else {
            None
        };
        let relations = next.map_or(String::new(), |j| {
            format!(r#","relations":[{{"kind":"sidelines-of","meeting":"m{j}"}}]"#)
        });
        put!(
            out,
            r#"{{"id":"m{i}","title":"Meeting {i}","kind":"bilateral","status":"held",
                "when":{{"start":"2024-11-25","end":"2024-11-27"}}{relations}}}"#
        );
    });
    doc(&[("meetings", &meetings)])
}

/// `n` undated meetings `m0`…, each but the last on the sidelines of the next and also of
/// `m0`: every back edge to `m0` closes its own cycle through the chain, `n - 1`
/// `relation-cycle` errors in all.
pub fn sidelines_chain_with_back_edges(n: usize) -> String {
    let meetings = array(n, 200, |out, i| {
        let relations = if i + 1 < n {
            format!(
                r#","relations":[{{"kind":"sidelines-of","meeting":"m{}"}},{{"kind":"sidelines-of","meeting":"m0"}}]"#,
                i + 1
            )
        } else {
            String::new()
        };
        put!(
            out,
            r#"{{"id":"m{i}","title":"M","kind":"bilateral","status":"held","when":{{}}{relations}}}"#
        );
    });
    doc(&[("meetings", &meetings)])
}

/// `n` organizations `o0`…, each the parent of the next (`o1`'s parent is `o0`); with
/// `close`, `o0`'s parent is the last (one cycle through all of them).
pub fn parent_chain(n: usize, close: bool) -> String {
    doc(&[("organizations", &chain_of_bodies(n, close))])
}

/// The organizations of [`parent_chain`], as a JSON array.
fn chain_of_bodies(n: usize, close: bool) -> String {
    array(n, 60, |out, i| {
        let parent = match (i, close) {
            (0, false) => String::new(),
            (0, true) => format!(r#","parent":"o{}""#, n - 1),
            _ => format!(r#","parent":"o{}""#, i - 1),
        };
        put!(
            out,
            r#"{{"id":"o{i}","name":"Body {i}","kind":"other"{parent}}}"#
        );
    })
}

/// A chain of `n` bodies `o0` ← `o1` ← … (each the parent of the next, as
/// [`parent_chain`]), an official `x` with a post at the deepest, attending `n` undated
/// meetings `m0`… for the top, `o0`; and an MoU `u` between `o0` and `o1`. It validates
/// without a violation: a post at a sub-body counts for its organization.
///
/// # Panics
///
/// When `n < 2` (the MoU needs two bodies).
pub fn deep_tree_document(n: usize) -> String {
    assert!(n >= 2, "the MoU binds o0 and o1");
    let orgs = chain_of_bodies(n, false);
    let meetings = array(n, 160, |out, i| {
        put!(
            out,
            r#"{{"id":"m{i}","title":"M","kind":"bilateral","status":"held","when":{{}},
                "participants":[{{"organization":"o0","official":"x","role":"host"}}]}}"#
        );
    });
    let official = format!(
        r#"[{{"id":"x","name":"X","posts":[{{"organization":"o{}","role":"staff"}}]}}]"#,
        n - 1
    );
    doc(&[
        ("organizations", &orgs),
        ("officials", &official),
        (
            "mous",
            r#"[{"id":"u","title":"MoU","parties":["o0","o1"],"status":"signed"}]"#,
        ),
        ("meetings", &meetings),
    ])
}

/// `n` organizations `o0`… and one draft MoU, `all`, to which every one is a party.
pub fn mou_of_many_parties(n: usize) -> String {
    let orgs = array(n, 50, |out, i| {
        put!(out, r#"{{"id":"o{i}","name":"Body {i}","kind":"other"}}"#);
    });
    let parties = array(n, 6, |out, i| put!(out, r#""o{i}""#));
    doc(&[
        ("organizations", &orgs),
        (
            "mous",
            &format!(r#"[{{"id":"all","title":"All","status":"draft","parties":{parties}}}]"#),
        ),
    ])
}

/// `n` organizations `p0`… that are the parties of one MoU `u` (signed 2024), and `n` other
/// organizations `q0`…, at each of which the MoU's one signatory `s` holds a post: every
/// post is checked against every party for `signatory-without-post`.
pub fn mou_signed_by_an_official_of_many_posts(n: usize) -> String {
    let orgs = array(2 * n, 50, |out, i| {
        let (prefix, k) = if i < n { ("p", i) } else { ("q", i - n) };
        put!(
            out,
            r#"{{"id":"{prefix}{k}","name":"Body {prefix}{k}","kind":"other"}}"#
        );
    });
    let posts = array(n, 45, |out, i| {
        put!(out, r#"{{"organization":"q{i}","role":"staff"}}"#);
    });
    let parties = array(n, 6, |out, i| put!(out, r#""p{i}""#));
    doc(&[
        ("organizations", &orgs),
        (
            "officials",
            &format!(r#"[{{"id":"s","name":"Signatory","posts":{posts}}}]"#),
        ),
        (
            "mous",
            &format!(
                r#"[{{"id":"u","title":"MoU","status":"signed","signed":"2024",
                      "parties":{parties},"signatories":["s"]}}]"#
            ),
        ),
    ])
}

/// One MoU between `a` and `b` whose signatory `s`, who holds `n` posts at other
/// organizations `q0`…, is listed `n` times.
pub fn mou_with_a_signatory_listed_many_times(n: usize) -> String {
    let orgs = array(n + 2, 50, |out, i| match i {
        0 => out.push_str(r#"{"id":"a","name":"A","kind":"other"}"#),
        1 => out.push_str(r#"{"id":"b","name":"B","kind":"other"}"#),
        _ => put!(
            out,
            r#"{{"id":"q{}","name":"Body {}","kind":"other"}}"#,
            i - 2,
            i - 2
        ),
    });
    let posts = array(n, 45, |out, i| {
        put!(out, r#"{{"organization":"q{i}","role":"staff"}}"#);
    });
    let signatories = array(n, 4, |out, _| out.push_str(r#""s""#));
    doc(&[
        ("organizations", &orgs),
        (
            "officials",
            &format!(r#"[{{"id":"s","name":"Signatory","posts":{posts}}}]"#),
        ),
        (
            "mous",
            &format!(
                r#"[{{"id":"u","title":"MoU","status":"signed","signed":"2024",
                      "parties":["a","b"],"signatories":{signatories}}}]"#
            ),
        ),
    ])
}

/// One meeting `m` of `n` organizations `o0`… that touches `n` dimensions `d0`… of another
/// organization, `owner`, which does not take part: every dimension is checked against
/// every participant for `dimension-not-of-participant`.
pub fn meeting_of_many_dimensions_and_participants(n: usize) -> String {
    let orgs = array(n + 1, 50, |out, i| {
        if i < n {
            put!(out, r#"{{"id":"o{i}","name":"Body {i}","kind":"ngo"}}"#);
        } else {
            out.push_str(r#"{"id":"owner","name":"Owner","kind":"intergovernmental"}"#);
        }
    });
    let dims = array(n, 60, |out, i| {
        put!(
            out,
            r#"{{"id":"d{i}","organization":"owner","name":"Area {i}"}}"#
        );
    });
    let parts = array(n, 45, |out, i| {
        put!(out, r#"{{"organization":"o{i}","role":"participant"}}"#);
    });
    let touched = array(n, 6, |out, i| put!(out, r#""d{i}""#));
    doc(&[
        ("organizations", &orgs),
        ("dimensions", &dims),
        (
            "meetings",
            &format!(
                r#"[{{"id":"m","title":"Conference","kind":"conference","status":"held",
                      "when":{{}},"dimensions":{touched},"participants":{parts}}}]"#
            ),
        ),
    ])
}

/// `3n` meetings `m0`…, none of them on 1 January 2000: a third last two years, between 1001
/// and 1901; a third have no known start and end between 1001 and 1901; a third begin
/// between 2001 and 2901 and have no end. A period query for that day looks at meetings that
/// may last longer than a year and open-ended ones, and finds none.
pub fn long_and_open_ended_meetings(n: usize) -> String {
    let meetings = array(3 * n, 120, |out, i| {
        let year = 1001 + (i / 3) % 900;
        let when = match i % 3 {
            0 => format!(r#"{{"start":"{year}","end":"{}"}}"#, year + 1),
            1 => format!(r#"{{"end":"{year}"}}"#),
            _ => format!(r#"{{"start":"{}"}}"#, year + 1000),
        };
        put!(
            out,
            r#"{{"id":"m{i}","title":"Meeting {i}","kind":"conference","status":"held","when":{when}}}"#
        );
    });
    doc(&[("meetings", &meetings)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builders_write_json() {
        let texts = [
            doc(&[]),
            org_with("name", r#""x""#),
            meeting_with_days("2"),
            long_and_open_ended_meetings(3),
            crowded_by_states(300),
            crowded_by_organizations(0),
            crowded_by_organizations(3),
            organizations_with_one_id(3),
            sidelines_chain(3, true),
            sidelines_chain_with_back_edges(3),
            parent_chain(3, false),
            deep_tree_document(3),
            mou_signed_by_an_official_of_many_posts(3),
            mou_with_a_signatory_listed_many_times(3),
            meeting_of_many_dimensions_and_participants(3),
            mou_of_many_parties(3),
        ];
        for text in texts {
            let value: Result<serde_json::Value, _> = serde_json::from_str(&text);
            assert!(value.is_ok(), "{text}");
        }
        assert_eq!(nested(2), "[[]]");
        assert_eq!(nested_objects(2), r#"{"a": {"a": }}"#);
    }
}
