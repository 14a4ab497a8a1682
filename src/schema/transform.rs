//! The passes that turn schemars' output into the published schema.
//!
//! Each pass fixes one thing that binding generators or validators read badly; the module
//! docs of [`crate::schema`] say why each is there.

use std::collections::BTreeSet;

use schemars::Schema;
use schemars::transform::{RecursiveTransform, RestrictFormats, Transform};
use serde_json::{Map, Value, json};

/// Every pass, in order, over a root schema (with its definitions).
pub(crate) fn finish(schema: &mut Schema) {
    RecursiveTransform(plain_enum).transform(schema);
    let empty_objects = empty_object_definitions(schema);
    RecursiveTransform(|s: &mut Schema| empty_defaults(s, &empty_objects)).transform(schema);
    RecursiveTransform(wrap_ref).transform(schema);
    RecursiveTransform(clean_description).transform(schema);
    title_definitions(schema);
    RestrictFormats::default().transform(schema);
}

/// A string enum whose variants carry doc comments comes out of schemars as a `oneOf` of
/// `const`s, which generators turn into unions of literals or lose altogether. This makes it
/// a plain `"enum": [...]` and folds the variants' descriptions into the enum's description.
fn plain_enum(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    let Some(Value::Array(variants)) = obj.get("oneOf") else {
        return;
    };
    let mut values = Vec::with_capacity(variants.len());
    let mut notes = Vec::new();
    for variant in variants {
        let Some(v) = variant.as_object() else {
            return;
        };
        let plain = v
            .keys()
            .all(|k| matches!(k.as_str(), "const" | "type" | "description"));
        let string_type = v.get("type").is_none_or(|t| t == "string");
        let (true, true, Some(Value::String(value))) = (plain, string_type, v.get("const")) else {
            return;
        };
        if let Some(Value::String(doc)) = v.get("description") {
            notes.push(format!("- `{value}`: {doc}"));
        }
        values.push(Value::String(value.clone()));
    }
    obj.remove("oneOf");
    obj.insert("type".into(), "string".into());
    obj.insert("enum".into(), Value::Array(values));
    if !notes.is_empty() {
        let head = match obj.get("description") {
            Some(Value::String(doc)) => format!("{doc}\n\n"),
            _ => String::new(),
        };
        obj.insert(
            "description".into(),
            format!("{head}{}", notes.join("\n")).into(),
        );
    }
}

/// The definitions (by `$ref` value) that are objects with no required property, such as a
/// period: `{}` is a valid value of each.
fn empty_object_definitions(root: &Schema) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (key, prefix) in [("$defs", "#/$defs/"), ("definitions", "#/definitions/")] {
        let Some(Value::Object(defs)) = root.get(key) else {
            continue;
        };
        for (name, def) in defs {
            let object = def.get("type").is_some_and(|t| t == "object");
            let none_required = def
                .get("required")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty);
            if object && none_required {
                found.insert(format!("{prefix}{name}"));
            }
        }
    }
    found
}

/// An optional field that is not nullable is one serde fills with the type's default when it
/// is absent: an empty list, `false`, an empty period. Saying so with `default` makes
/// generated models hold `[]` rather than `None` (pydantic would otherwise write `null`, which
/// a reader of the format refuses).
fn empty_defaults(schema: &mut Schema, empty_objects: &BTreeSet<String>) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    let required: BTreeSet<String> = obj
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let Some(Value::Object(properties)) = obj.get_mut("properties") else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        let Some(p) = property.as_object_mut() else {
            continue;
        };
        if required.contains(name) || p.contains_key("default") {
            continue;
        }
        let default = match p.get("type") {
            Some(t) if t == "array" => json!([]),
            Some(t) if t == "boolean" => json!(false),
            None => match ref_target(p) {
                Some(target) if empty_objects.contains(target) => json!({}),
                _ => continue,
            },
            Some(_) => continue,
        };
        p.insert("default".into(), default);
    }
}

/// The `$ref` a schema stands for: its own, or that of a lone `allOf` member.
fn ref_target(obj: &Map<String, Value>) -> Option<&str> {
    if let Some(Value::String(target)) = obj.get("$ref") {
        return Some(target);
    }
    match obj.get("allOf") {
        Some(Value::Array(all)) if all.len() == 1 => all.first()?.get("$ref")?.as_str(),
        _ => None,
    }
}

/// A `$ref` with sibling keywords (a field's description, a default) becomes
/// `{"allOf": [{"$ref": ...}], ...}`: json-schema-to-typescript otherwise merges the siblings
/// into the referenced type (the field's description replaces the type's, or the type is
/// inlined under the field's name), and draft-07 ignores siblings of `$ref` altogether.
fn wrap_ref(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if obj.len() < 2 || obj.contains_key("allOf") {
        return;
    }
    if let Some(target) = obj.remove("$ref") {
        obj.insert("allOf".into(), json!([{ "$ref": target }]));
    }
}

/// Gives every definition a `title` equal to its name: quicktype names the types it generates
/// from titles, and without one falls back to names made from the fields that use them
/// (`MeetingElement`, `LocationClass`).
fn title_definitions(root: &mut Schema) {
    for key in ["$defs", "definitions"] {
        let Some(Value::Object(defs)) = root.get_mut(key) else {
            continue;
        };
        for (name, def) in defs.iter_mut() {
            if let Some(def) = def.as_object_mut() {
                def.entry("title").or_insert_with(|| name.clone().into());
            }
        }
    }
}

/// Rewrites a description from rustdoc for readers of the schema.
fn clean_description(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::String(doc)) = obj.get_mut("description") {
        *doc = description(doc);
    }
}

/// A doc comment as a schema description: Rust code examples dropped (JSON ones kept),
/// intra-doc links reduced to their text, and the hard line breaks inside paragraphs joined,
/// so that generated docstrings reflow. List items keep their own lines.
pub(crate) fn description(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    let mut fence: Option<bool> = None; // inside a code block; `true` when it is kept
    let flush = |paragraphs: &mut Vec<String>, current: &mut Option<String>| {
        if let Some(p) = current.take() {
            paragraphs.push(p);
        }
    };
    for line in doc.lines() {
        let trimmed = line.trim_start();
        if let Some(lang) = trimmed.strip_prefix("```") {
            match fence.take() {
                Some(keep) => {
                    if keep {
                        push_line(&mut current, line);
                        flush(&mut paragraphs, &mut current);
                    }
                }
                None => {
                    flush(&mut paragraphs, &mut current);
                    let keep = lang.trim() == "json";
                    if keep {
                        push_line(&mut current, line);
                    }
                    fence = Some(keep);
                }
            }
            continue;
        }
        match fence {
            Some(true) => push_line(&mut current, line),
            Some(false) => {}
            None if trimmed.is_empty() => flush(&mut paragraphs, &mut current),
            None => {
                let text = strip_links(line.trim_end());
                match current.as_mut() {
                    Some(p) if !starts_item(trimmed) => {
                        p.push(' ');
                        p.push_str(text.trim_start());
                    }
                    _ => push_line(&mut current, &text),
                }
            }
        }
    }
    flush(&mut paragraphs, &mut current);
    paragraphs.join("\n\n")
}

fn push_line(current: &mut Option<String>, line: &str) {
    match current {
        Some(p) => {
            p.push('\n');
            p.push_str(line);
        }
        None => *current = Some(line.to_owned()),
    }
}

/// Whether a line starts a list item or a table row, which keeps its own line.
fn starts_item(line: &str) -> bool {
    line.starts_with("- ")
        || line.starts_with("* ")
        || line.starts_with('|')
        || line
            .split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `[text](crate::path)` becomes `text`, `[`Name`]` becomes `` `Name` ``; links to web
/// addresses stay.
fn strip_links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let text = &after[..close];
        let tail = &after[close + 1..];
        if let Some(target) = tail.strip_prefix('(') {
            if let Some(end) = target.find(')') {
                let url = &target[..end];
                if url.contains("://") || url.starts_with('#') {
                    out.push_str(&rest[open..open + 1 + close + 1 + 1 + end + 1]);
                } else {
                    out.push_str(text);
                }
                rest = &target[end + 1..];
                continue;
            }
        }
        if text.starts_with('`') && text.ends_with('`') && !tail.starts_with('[') {
            out.push_str(text);
        } else {
            out.push('[');
            out.push_str(text);
            out.push(']');
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_lose_rust_and_keep_json() {
        let doc = "A collection of records, as exchanged\nin one document:\n\n```json\n{\"a\": 1,\n \"b\": 2}\n```\n\nSee [`Dataset::validate`] and\n[the module docs](crate::period).\n\n```\nlet x = 1;\n# Ok(())\n```";
        assert_eq!(
            description(doc),
            "A collection of records, as exchanged in one document:\n\n```json\n{\"a\": 1,\n \"b\": 2}\n```\n\nSee `Dataset::validate` and the module docs."
        );
    }

    #[test]
    fn list_items_keep_their_lines() {
        let doc = "Kinds:\n\n- `a`: first,\n  wrapped\n- `b`: second";
        assert_eq!(
            description(doc),
            "Kinds:\n\n- `a`: first, wrapped\n- `b`: second"
        );
    }

    #[test]
    fn web_links_stay() {
        assert_eq!(
            strip_links("see [ISO](https://www.iso.org/) and [x][y]"),
            "see [ISO](https://www.iso.org/) and [x][y]"
        );
    }

    #[test]
    fn const_one_of_becomes_enum() {
        let mut s = schemars::json_schema!({
            "description": "Kinds.",
            "oneOf": [
                {"type": "string", "const": "a", "description": "First."},
                {"type": "string", "const": "b"},
            ]
        });
        plain_enum(&mut s);
        assert_eq!(
            s,
            schemars::json_schema!({
                "description": "Kinds.\n\n- `a`: First.",
                "type": "string",
                "enum": ["a", "b"],
            })
        );
    }

    #[test]
    fn tagged_one_of_is_left_alone() {
        let mut s = schemars::json_schema!({
            "oneOf": [{"type": "object", "properties": {"kind": {"const": "a"}}}]
        });
        let before = s.clone();
        plain_enum(&mut s);
        assert_eq!(s, before);
    }

    #[test]
    fn ref_with_siblings_is_wrapped() {
        let mut s = schemars::json_schema!({"$ref": "#/$defs/X", "description": "d"});
        wrap_ref(&mut s);
        assert_eq!(
            s,
            schemars::json_schema!({"allOf": [{"$ref": "#/$defs/X"}], "description": "d"})
        );
        let mut bare = schemars::json_schema!({"$ref": "#/$defs/X"});
        wrap_ref(&mut bare);
        assert_eq!(bare, schemars::json_schema!({"$ref": "#/$defs/X"}));
    }
}
