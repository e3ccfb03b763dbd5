//! A positioned YAML tree and a reader that decodes it while collecting every
//! problem (unknown keys with suggestions, wrong kinds, missing keys) instead of
//! stopping at the first. marked-yaml parses; everything after that is ours.

use crate::diag::{suggest, Diagnostics, Pos};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum YValue {
    /// `plain` is false for quoted scalars, so `"null"` stays a string.
    Scalar {
        text: String,
        plain: bool,
    },
    Map(Vec<(YKey, YNode)>),
    Seq(Vec<YNode>),
}

#[derive(Debug, Clone)]
pub struct YKey {
    pub name: String,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct YNode {
    pub pos: Pos,
    pub value: YValue,
}

/// A value with the position it was written at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> Spanned<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Spanned { value, pos }
    }
}

pub type SStr = Spanned<String>;

pub fn parse(file: &Arc<str>, text: &str, diags: &mut Diagnostics) -> Option<YNode> {
    if text.trim().is_empty() {
        return Some(YNode { pos: Pos { file: file.clone(), line: 1, col: 1 }, value: YValue::Map(Vec::new()) });
    }
    // prevent_coercion marks only plain scalars as coercible, so "null" and "true" stay strings
    let opts = marked_yaml::LoaderOptions::default().error_on_duplicate_keys(true).prevent_coercion(true);
    match marked_yaml::parse_yaml_with_options(0, text, opts) {
        Ok(node) => Some(convert(file, &node)),
        Err(err) => {
            let (pos, msg, hint) = load_error(file, &err);
            let d = diags.error("PS100", Some(&pos), msg);
            if let Some(h) = hint {
                d.set_hint(h);
            }
            None
        }
    }
}

fn marker_pos(file: &Arc<str>, m: Option<&marked_yaml::Marker>) -> Pos {
    match m {
        Some(m) => Pos { file: file.clone(), line: m.line(), col: m.column() },
        None => Pos { file: file.clone(), line: 1, col: 1 },
    }
}

fn load_error(file: &Arc<str>, err: &marked_yaml::LoadError) -> (Pos, String, Option<String>) {
    use marked_yaml::LoadError as E;
    match err {
        E::TopLevelMustBeMapping(m) => (
            marker_pos(file, Some(m)),
            "the file must be a YAML mapping (`key: value` lines) at the top level".into(),
            None,
        ),
        E::TopLevelMustBeSequence(m) => (marker_pos(file, Some(m)), "expected a list at the top level".into(), None),
        E::UnexpectedAnchor(m) => (
            marker_pos(file, Some(m)),
            "YAML anchors and aliases are not supported".into(),
            Some("use a trait to share columns, indexes or policies between tables".into()),
        ),
        E::MappingKeyMustBeScalar(m) => (marker_pos(file, Some(m)), "mapping keys must be plain names".into(), None),
        E::UnexpectedTag(m) => (marker_pos(file, Some(m)), "YAML tags (`!tag`) are not supported".into(), None),
        E::ScanError(m, e) => (
            marker_pos(file, Some(m)),
            format!("YAML syntax error: {}", e.info()),
            Some("check indentation and quoting on this line; quote values containing `: ` or starting with `{`, `[`, `*`, `&`, `!`, `%`, `@`".into()),
        ),
        E::DuplicateKey(inner) => {
            let first = marker_pos(file, inner.prev_key.span().start());
            (
                marker_pos(file, inner.key.span().start()),
                format!("duplicate key `{}` (first defined at line {})", inner.key.as_str(), first.line),
                Some("each key may appear once per mapping; merge the two entries".into()),
            )
        }
    }
}

fn convert(file: &Arc<str>, node: &marked_yaml::Node) -> YNode {
    use marked_yaml::Node;
    let pos = marker_pos(file, node.span().start());
    let value = match node {
        Node::Scalar(s) => YValue::Scalar { text: s.as_str().to_string(), plain: s.may_coerce() },
        Node::Sequence(seq) => YValue::Seq(seq.iter().map(|n| convert(file, n)).collect()),
        Node::Mapping(map) => YValue::Map(
            map.iter()
                .map(|(k, v)| (YKey { name: k.as_str().to_string(), pos: marker_pos(file, k.span().start()) }, convert(file, v)))
                .collect(),
        ),
    };
    YNode { pos, value }
}

impl YNode {
    pub fn is_null(&self) -> bool {
        matches!(&self.value, YValue::Scalar { text, plain: true } if text.is_empty() || text == "~" || text == "null")
    }

    pub fn scalar(&self) -> Option<&str> {
        match &self.value {
            YValue::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    pub fn kind(&self) -> &'static str {
        match &self.value {
            YValue::Scalar { .. } if self.is_null() => "nothing (null)",
            YValue::Scalar { .. } => "a scalar",
            YValue::Map(_) => "a mapping",
            YValue::Seq(_) => "a list",
        }
    }

    pub fn spanned_str(&self) -> Option<SStr> {
        self.scalar().map(|s| Spanned::new(s.to_string(), self.pos.clone()))
    }
}

/// Reads one mapping: every key a decoder asks for is recorded, and `finish`
/// reports the keys nobody asked for, with the closest known key as a hint.
pub struct MapReader<'a> {
    what: &'a str,
    entries: &'a [(YKey, YNode)],
    used: Vec<bool>,
    known: Vec<&'static str>,
    pub pos: Pos,
}

impl<'a> MapReader<'a> {
    /// `what` names the thing being read, for messages ("column `id`").
    pub fn new(node: &'a YNode, what: &'a str, d: &mut Diagnostics) -> Option<MapReader<'a>> {
        match &node.value {
            YValue::Map(entries) => {
                Some(MapReader { what, entries, used: vec![false; entries.len()], known: Vec::new(), pos: node.pos.clone() })
            }
            _ if node.is_null() => Some(MapReader { what, entries: &[], used: Vec::new(), known: Vec::new(), pos: node.pos.clone() }),
            _ => {
                d.error("PS102", Some(&node.pos), format!("{what} must be a mapping, found {}", node.kind()));
                None
            }
        }
    }

    pub fn get(&mut self, key: &'static str) -> Option<&'a YNode> {
        self.known.push(key);
        let idx = self.entries.iter().position(|(k, _)| k.name == key)?;
        self.used[idx] = true;
        let node = &self.entries[idx].1;
        if node.is_null() {
            None
        } else {
            Some(node)
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, n)| k.name == key && !n.is_null())
    }

    pub fn key_pos(&self, key: &str) -> Option<Pos> {
        self.entries.iter().find(|(k, _)| k.name == key).map(|(k, _)| k.pos.clone())
    }

    pub fn str(&mut self, d: &mut Diagnostics, key: &'static str) -> Option<SStr> {
        let node = self.get(key)?;
        match node.spanned_str() {
            Some(s) => Some(s),
            None => {
                d.error("PS102", Some(&node.pos), format!("`{key}` of {} must be a string, found {}", self.what, node.kind()));
                None
            }
        }
    }

    pub fn req_str(&mut self, d: &mut Diagnostics, key: &'static str) -> Option<SStr> {
        let present = self.entries.iter().any(|(k, n)| k.name == key && !n.is_null());
        let v = self.str(d, key);
        if !present {
            d.error("PS103", Some(&self.pos), format!("{} is missing the required key `{key}`", self.what))
                .set_hint(format!("add `{key}: ...` to {}", self.what));
        }
        v
    }

    pub fn bool(&mut self, d: &mut Diagnostics, key: &'static str) -> Option<bool> {
        let node = self.get(key)?;
        match node.scalar() {
            Some("true") | Some("yes") | Some("on") => Some(true),
            Some("false") | Some("no") | Some("off") => Some(false),
            _ => {
                d.error("PS102", Some(&node.pos), format!("`{key}` of {} must be true or false, found {}", self.what, describe(node)));
                None
            }
        }
    }

    pub fn int(&mut self, d: &mut Diagnostics, key: &'static str) -> Option<Spanned<i64>> {
        let node = self.get(key)?;
        match node.scalar().and_then(|s| s.trim().parse::<i64>().ok()) {
            Some(v) => Some(Spanned::new(v, node.pos.clone())),
            None => {
                d.error("PS102", Some(&node.pos), format!("`{key}` of {} must be a whole number, found {}", self.what, describe(node)));
                None
            }
        }
    }

    /// A list of strings; a single string is accepted as a one-element list.
    pub fn str_list(&mut self, d: &mut Diagnostics, key: &'static str) -> Vec<SStr> {
        let Some(node) = self.get(key) else {
            return Vec::new();
        };
        str_list_of(node, &format!("`{key}` of {}", self.what), d)
    }

    /// One of a closed set of words; a typo gets a suggestion.
    pub fn choice(&mut self, d: &mut Diagnostics, key: &'static str, allowed: &[&'static str]) -> Option<Spanned<&'static str>> {
        let s = self.str(d, key)?;
        choice_of(&s, allowed, &format!("`{key}` of {}", self.what), d)
    }

    /// Entries of a nested mapping (name → node), in file order.
    pub fn map_entries(&mut self, d: &mut Diagnostics, key: &'static str) -> &'a [(YKey, YNode)] {
        let Some(node) = self.get(key) else {
            return &[];
        };
        match &node.value {
            YValue::Map(entries) => entries,
            _ => {
                d.error(
                    "PS102",
                    Some(&node.pos),
                    format!("`{key}` of {} must be a mapping of name: definition, found {}", self.what, node.kind()),
                );
                &[]
            }
        }
    }

    /// Items of a nested list.
    pub fn seq_items(&mut self, d: &mut Diagnostics, key: &'static str) -> &'a [YNode] {
        let Some(node) = self.get(key) else {
            return &[];
        };
        match &node.value {
            YValue::Seq(items) => items,
            _ => {
                d.error("PS102", Some(&node.pos), format!("`{key}` of {} must be a list, found {}", self.what, node.kind()));
                &[]
            }
        }
    }

    pub fn finish(self, d: &mut Diagnostics) {
        for (i, (k, _)) in self.entries.iter().enumerate() {
            if self.used[i] {
                continue;
            }
            if let Some(prev) = self.entries[..i].iter().find(|(pk, _)| pk.name == k.name) {
                d.error("PS104", Some(&k.pos), format!("duplicate key `{}` in {} (first at line {})", k.name, self.what, prev.0.pos.line));
                continue;
            }
            let diag = d.error("PS101", Some(&k.pos), format!("unknown key `{}` in {}", k.name, self.what));
            match suggest(&k.name, self.known.iter().copied()) {
                Some(s) => diag.set_hint(format!("did you mean `{s}`?")),
                None => {
                    let mut known = self.known.clone();
                    known.sort_unstable();
                    known.dedup();
                    diag.set_hint(format!("known keys: {}", known.join(", ")))
                }
            }
        }
    }
}

pub fn describe(node: &YNode) -> String {
    match node.scalar() {
        Some(s) if !node.is_null() => format!("`{s}`"),
        _ => node.kind().to_string(),
    }
}

pub fn str_list_of(node: &YNode, what: &str, d: &mut Diagnostics) -> Vec<SStr> {
    match &node.value {
        YValue::Scalar { .. } => node.spanned_str().into_iter().collect(),
        YValue::Seq(items) => items
            .iter()
            .filter_map(|n| match n.spanned_str() {
                Some(s) => Some(s),
                None => {
                    d.error("PS102", Some(&n.pos), format!("items of {what} must be strings, found {}", n.kind()));
                    None
                }
            })
            .collect(),
        YValue::Map(_) => {
            d.error("PS102", Some(&node.pos), format!("{what} must be a list of strings, found a mapping"));
            Vec::new()
        }
    }
}

pub fn choice_of(s: &SStr, allowed: &[&'static str], what: &str, d: &mut Diagnostics) -> Option<Spanned<&'static str>> {
    let lower = s.value.trim().to_ascii_lowercase().replace('_', " ");
    if let Some(found) = allowed.iter().find(|a| a.replace('_', " ") == lower) {
        return Some(Spanned::new(*found, s.pos.clone()));
    }
    let diag = d.error("PS105", Some(&s.pos), format!("`{}` is not a valid value for {what}", s.value));
    match suggest(&lower, allowed.iter().copied()) {
        Some(sug) => diag.set_hint(format!("did you mean `{sug}`? (one of: {})", allowed.join(", "))),
        None => diag.set_hint(format!("use one of: {}", allowed.join(", "))),
    }
    None
}
