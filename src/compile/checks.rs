//! Whole-database checks that need every object compiled first: names that
//! would collide in PostgreSQL's namespaces, enum labels used in data and
//! defaults, and membership cycles.

use super::DbCompiler;
use crate::diag::Pos;
use std::collections::{BTreeMap, BTreeSet};

impl DbCompiler<'_> {
    /// PostgreSQL keeps tables, views, indexes (including the ones behind
    /// primary keys and unique constraints), partitions and sequences in one
    /// namespace per schema, types in another, and constraint names per table.
    pub(super) fn check_namespaces(&mut self) {
        let mut relations: BTreeMap<(String, String), (String, Option<Pos>)> = BTreeMap::new();
        let mut clash = |d: &mut crate::diag::Diagnostics, schema: &str, name: &str, what: String, pos: Option<&Pos>| {
            let key = (schema.to_string(), name.to_string());
            match relations.get(&key) {
                Some((prev, ppos)) => {
                    let at = ppos.as_ref().map(|p| format!(" (at {p})")).unwrap_or_default();
                    d.error(
                        "PC203",
                        pos,
                        format!("{what} `{schema}.{name}` collides with {prev}{at}: PostgreSQL keeps both in one namespace"),
                    )
                    .set_hint("give one of them another name (`name:` on indexes and constraints)");
                }
                None => {
                    relations.insert(key, (what, pos.cloned()));
                }
            }
        };
        for t in self.model.tables.values() {
            clash(self.d, &t.schema, &t.name, format!("table `{}`", t.name), t.origin.as_ref());
        }
        for v in self.model.views.values() {
            clash(self.d, &v.schema, &v.name, format!("view `{}`", v.name), v.origin.as_ref());
        }
        for t in self.model.tables.values() {
            if let Some(p) = &t.partition {
                for c in &p.children {
                    clash(self.d, &t.schema, &c.name, format!("partition `{}` of `{}`", c.name, t.name), t.origin.as_ref());
                }
            }
            for k in t.primary_key.iter().chain(t.uniques.iter()) {
                clash(self.d, &t.schema, &k.name, format!("the index of constraint `{}` on `{}`", k.name, t.name), k.origin.as_ref());
            }
            for ix in &t.indexes {
                clash(self.d, &t.schema, &ix.name, format!("index `{}` on `{}`", ix.name, t.name), ix.origin.as_ref());
            }
            for c in t.columns.iter().filter(|c| c.identity.is_some()) {
                let seq = crate::sql::bounded_name(&format!("{}_{}_seq", t.name, c.name));
                clash(self.d, &t.schema, &seq, format!("the identity sequence of `{}.{}`", t.name, c.name), c.origin.as_ref());
            }
        }
        for v in self.model.views.values() {
            for ix in &v.indexes {
                clash(self.d, &v.schema, &ix.name, format!("index `{}` on `{}`", ix.name, v.name), ix.origin.as_ref());
            }
        }
        // types: tables and views have a row type of the same name
        let mut types: BTreeMap<(String, String), String> = BTreeMap::new();
        for t in self.model.tables.values() {
            types.insert((t.schema.clone(), t.name.clone()), format!("table `{}`", t.name));
        }
        for v in self.model.views.values() {
            types.insert((v.schema.clone(), v.name.clone()), format!("view `{}`", v.name));
        }
        for e in self.model.enums.values() {
            if let Some(other) = types.get(&(e.schema.clone(), e.name.clone())) {
                self.d
                    .error(
                        "PC203",
                        e.origin.as_ref(),
                        format!("enum `{}.{}` has the name of {other}, whose row type already uses it", e.schema, e.name),
                    )
                    .set_hint("rename the enum, e.g. with a `_kind` or `_status` suffix");
            }
        }
        // constraint names are unique per table
        for t in self.model.tables.values() {
            let mut seen: BTreeSet<&str> = BTreeSet::new();
            let names = t
                .primary_key
                .iter()
                .map(|k| (k.name.as_str(), k.origin.as_ref()))
                .chain(t.uniques.iter().map(|k| (k.name.as_str(), k.origin.as_ref())))
                .chain(t.checks.iter().map(|k| (k.name.as_str(), k.origin.as_ref())))
                .chain(t.foreign_keys.iter().map(|k| (k.name.as_str(), k.origin.as_ref())));
            for (name, pos) in names {
                if !seen.insert(name) {
                    self.d
                        .error("PC203", pos, format!("constraint name `{name}` is used twice on table `{}`", t.name))
                        .set_hint("rename the check (its name becomes <table>_<name>_check) or give the constraint a `name:`");
                }
            }
        }
    }

    /// Data rows and quoted defaults of enum columns must use declared labels.
    pub(super) fn check_enum_values(&mut self) {
        let enums: BTreeMap<String, (String, Vec<String>)> = self
            .model
            .enums
            .values()
            .map(|e| (crate::sql::quote_qualified(&[&e.schema, &e.name]), (format!("{}.{}", e.schema, e.name), e.values.clone())))
            .collect();
        for t in self.model.tables.values() {
            for c in &t.columns {
                let Some((ename, labels)) = enums.get(&c.type_) else { continue };
                if let Some(def) = &c.default {
                    if let Some(label) = quoted_literal(def) {
                        if !labels.contains(&label) {
                            self.d
                                .error(
                                    "PC218",
                                    c.origin.as_ref(),
                                    format!("default '{label}' of column `{}.{}` is not a label of enum `{ename}`", t.name, c.name),
                                )
                                .set_hint(format!("labels: {}", labels.join(", ")));
                        }
                    }
                }
                for row in &t.rows {
                    for (col, v) in &row.values {
                        if col == &c.name {
                            if let Some(v) = v {
                                if !labels.contains(v) {
                                    self.d
                                        .error(
                                            "PC218",
                                            t.origin.as_ref(),
                                            format!(
                                                "data row of `{}` sets `{}` to '{v}', which is not a label of enum `{ename}`",
                                                t.name, c.name
                                            ),
                                        )
                                        .set_hint(format!("labels: {}", labels.join(", ")));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `member_of` must not loop back (PostgreSQL refuses circular membership).
    pub(super) fn check_membership_cycles(&mut self) {
        let roles: BTreeMap<String, Vec<String>> = self.model.roles.values().map(|r| (r.name.clone(), r.member_of.clone())).collect();
        let mut reported = BTreeSet::new();
        for start in roles.keys() {
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            while let Some((cur, path)) = stack.pop() {
                for next in roles.get(&cur).into_iter().flatten() {
                    if next == start {
                        let mut cycle = path.clone();
                        cycle.push(next.clone());
                        let mut key: Vec<String> = cycle.clone();
                        key.sort();
                        key.dedup();
                        if reported.insert(key) {
                            let pos = self.model.roles.get(start).and_then(|r| r.origin.as_ref().cloned());
                            self.d
                                .error("PC207", pos.as_ref(), format!("role memberships form a cycle: {}", cycle.join(" → ")))
                                .set_hint("remove one `member_of` entry of the cycle");
                        }
                    } else if !path.contains(next) && path.len() < 32 {
                        let mut p = path.clone();
                        p.push(next.clone());
                        stack.push((next.clone(), p));
                    }
                }
            }
        }
    }
}

/// `'active'` or `'active'::status` → `active`; anything else is an expression.
fn quoted_literal(expr: &str) -> Option<String> {
    let e = expr.trim();
    let body = e.strip_prefix('\'')?;
    let mut out = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            if chars.peek() == Some(&'\'') {
                chars.next();
                out.push('\'');
                continue;
            }
            let rest: String = chars.collect();
            let rest = rest.trim();
            return (rest.is_empty() || rest.starts_with("::")).then_some(out);
        }
        out.push(c);
    }
    None
}

/// PostgreSQL durations: a number with an optional unit, e.g. `5s`, `500ms`, `2min`, `0`.
pub fn is_duration(s: &str) -> bool {
    let s = s.trim();
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && matches!(s[digits..].trim(), "" | "us" | "ms" | "s" | "min" | "h" | "d")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_durations() {
        assert_eq!(quoted_literal("'active'"), Some("active".into()));
        assert_eq!(quoted_literal("'it''s'::x.y"), Some("it's".into()));
        assert_eq!(quoted_literal("now()"), None);
        assert!(is_duration("5s") && is_duration("500ms") && is_duration("0") && !is_duration("five") && !is_duration("5 parsecs"));
    }
}
