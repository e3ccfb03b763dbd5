//! Drift detection: the expected model (compiled YAML) against the live one
//! (`db::inspect`). Structure is compared exactly; SQL expressions, which the
//! server keeps in its own normal form, are compared with the baseline (the
//! catalog inspected right after the migration was applied) or not at all.
//! Pure: no I/O, no printing.

use crate::diag::Pos;
use crate::model::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// Declared in YAML, absent from the database.
    Missing,
    /// In the database, not declared.
    Extra,
    /// Present on both sides, but not the same.
    Different,
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::Missing => "missing",
            FindingKind::Extra => "extra",
            FindingKind::Different => "different",
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// table, column, index, constraint, rls, policy, trigger, partition, role,
    /// membership, grant, default privilege, view, function, enum, schema, extension
    pub object_kind: String,
    /// e.g. `ret.orders.total`
    pub object: String,
    /// What differs: expected vs found.
    pub detail: String,
    /// Where the expected object (or, for an extra one, its parent) is declared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Pos>,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(pos) = &self.origin {
            write!(f, "{pos}: ")?;
        }
        write!(f, "{} {} {}: {}", self.kind, self.object_kind, self.object, self.detail)
    }
}

/// What a baseline holds for an expression written after the apply: nothing
/// the server could print, so the comparison reports it as changed.
pub const CHANGED_AFTER_APPLY: &str = "(not recorded: rewritten after the apply)";

/// The baseline of expressions as the apply left them, from the live catalog:
/// `modified` lists the expression-bearing objects written after the apply's
/// mark, as (kind, schema, table, name) with kind default | check | index |
/// policy | trigger | view; their expressions in the result are
/// `CHANGED_AFTER_APPLY`, every other expression is the live one.
pub fn baseline_at_mark<'a>(
    live: &DatabaseModel,
    modified: impl IntoIterator<Item = (&'a str, &'a str, &'a str, &'a str)>,
) -> DatabaseModel {
    let mut base = live.clone();
    let gone = || Some(CHANGED_AFTER_APPLY.to_string());
    for (kind, schema, table, name) in modified {
        let key = qkey(schema, table);
        if kind == "view" {
            if let Some(v) = base.views.get_mut(&key) {
                v.query = CHANGED_AFTER_APPLY.to_string();
            }
            continue;
        }
        let indexes = match (base.tables.get_mut(&key), kind) {
            (Some(t), "default") => {
                if let Some(c) = t.columns.iter_mut().find(|c| c.name == name) {
                    c.default = c.default.as_ref().and(gone());
                    c.generated = c.generated.as_ref().and(gone());
                }
                continue;
            }
            (Some(t), "check") => {
                if let Some(c) = t.checks.iter_mut().find(|c| c.name == name) {
                    c.expr = CHANGED_AFTER_APPLY.to_string();
                }
                continue;
            }
            (Some(t), "policy") => {
                if let Some(p) = t.policies.iter_mut().find(|p| p.name == name) {
                    p.using = p.using.as_ref().and(gone());
                    p.check = p.check.as_ref().and(gone());
                }
                continue;
            }
            (Some(t), "trigger") => {
                if let Some(tr) = t.triggers.iter_mut().find(|tr| tr.name == name) {
                    tr.when = tr.when.as_ref().and(gone());
                }
                continue;
            }
            (Some(t), "index") => &mut t.indexes,
            (None, "index") => match base.views.get_mut(&key) {
                Some(v) => &mut v.indexes,
                None => continue,
            },
            _ => continue,
        };
        if let Some(ix) = indexes.iter_mut().find(|ix| ix.name == name) {
            ix.predicate = ix.predicate.as_ref().and(gone());
            for k in ix.keys.iter_mut().filter(|k| k.expression.is_some()) {
                k.expression = gone();
            }
        }
    }
    base
}

/// Differences between what the YAML declares and what the database holds,
/// sorted by object. `baseline` (the catalog right after apply) enables the
/// comparison of SQL expressions; without it they are skipped.
pub fn compare(expected: &DatabaseModel, live: &DatabaseModel, baseline: Option<&DatabaseModel>) -> Vec<Finding> {
    let mut c = Comparer { out: Vec::new(), baseline };
    c.extensions(expected, live);
    c.schemas(expected, live);
    c.roles(expected, live);
    c.enums(expected, live);
    let function_names = c.functions(expected, live);
    c.tables(expected, live);
    c.views(expected, live);
    c.grants(expected, live, &function_names);
    c.default_privileges(expected, live);
    let mut out = c.out;
    out.sort_by(|a, b| (&a.object, &a.object_kind, a.kind, &a.detail).cmp(&(&b.object, &b.object_kind, b.kind, &b.detail)));
    out.dedup_by(|a, b| a.kind == b.kind && a.object_kind == b.object_kind && a.object == b.object && a.detail == b.detail);
    out
}

struct Comparer<'a> {
    out: Vec<Finding>,
    baseline: Option<&'a DatabaseModel>,
}

fn show_bool(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// View queries come back pretty-printed over several lines; a finding is one.
fn one_line(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `expected X, found Y` when they differ.
fn differ<T: PartialEq + fmt::Display>(what: &str, expected: T, found: T, details: &mut Vec<String>) {
    if expected != found {
        details.push(format!("{what}: expected {expected}, found {found}"));
    }
}

impl Comparer<'_> {
    fn push(&mut self, kind: FindingKind, object_kind: &str, object: impl Into<String>, detail: impl Into<String>, origin: Option<&Pos>) {
        self.out.push(Finding {
            kind,
            object_kind: object_kind.to_string(),
            object: object.into(),
            detail: detail.into(),
            origin: origin.cloned(),
        });
    }

    fn different(&mut self, object_kind: &str, object: &str, details: Vec<String>, origin: Option<&Pos>) {
        if !details.is_empty() {
            self.push(FindingKind::Different, object_kind, object, details.join("; "), origin);
        }
    }

    /// An expression in the server's normal form against the baseline's; skipped
    /// when there is no baseline or the baseline does not have the object.
    fn expression(
        &mut self,
        object_kind: &str,
        object: &str,
        what: &str,
        live: Option<&str>,
        base: Option<Option<&str>>,
        origin: Option<&Pos>,
    ) {
        if let (Some(live), Some(Some(base))) = (live, base) {
            if live.trim() != base.trim() {
                self.push(
                    FindingKind::Different,
                    object_kind,
                    object,
                    format!("{what} changed since apply: was `{}`, now `{}`", one_line(base), one_line(live)),
                    origin,
                );
            }
        }
    }

    fn extensions(&mut self, e: &DatabaseModel, l: &DatabaseModel) {
        for (k, x) in &e.extensions {
            if !l.extensions.contains_key(k) {
                self.push(FindingKind::Missing, "extension", k, "not installed", x.origin.as_ref());
            }
        }
        for k in l.extensions.keys().filter(|k| !e.extensions.contains_key(*k)) {
            self.push(FindingKind::Extra, "extension", k, "installed but not declared", None);
        }
    }

    fn schemas(&mut self, e: &DatabaseModel, l: &DatabaseModel) {
        for (k, s) in &e.schemas {
            if !l.schemas.contains_key(k) {
                self.push(FindingKind::Missing, "schema", k, "does not exist", s.origin.as_ref());
            }
        }
        for k in l.schemas.keys().filter(|k| !e.schemas.contains_key(*k)) {
            self.push(FindingKind::Extra, "schema", k, "exists but is not declared", None);
        }
    }

    fn roles(&mut self, e: &DatabaseModel, l: &DatabaseModel) {
        for (name, r) in &e.roles {
            let Some(lr) = l.roles.get(name) else {
                self.push(FindingKind::Missing, "role", name, "does not exist", r.origin.as_ref());
                continue;
            };
            let mut d = Vec::new();
            differ("login", show_bool(r.login), show_bool(lr.login), &mut d);
            differ("inherit", show_bool(r.inherit), show_bool(lr.inherit), &mut d);
            differ("bypassrls", show_bool(r.bypassrls), show_bool(lr.bypassrls), &mut d);
            differ("createdb", show_bool(r.createdb), show_bool(lr.createdb), &mut d);
            differ("createrole", show_bool(r.createrole), show_bool(lr.createrole), &mut d);
            let limit = |l: Option<i64>| l.map_or_else(|| "none".to_string(), |n| n.to_string());
            differ("connection limit", limit(r.connection_limit), limit(lr.connection_limit), &mut d);
            self.different("role", name, d, r.origin.as_ref());
            let want: BTreeSet<&String> = r.member_of.iter().collect();
            let have: BTreeSet<&String> = lr.member_of.iter().collect();
            for parent in want.difference(&have) {
                self.push(
                    FindingKind::Missing,
                    "membership",
                    format!("{name} in {parent}"),
                    format!("{name} is not a member of {parent}"),
                    r.origin.as_ref(),
                );
            }
            for parent in have.difference(&want) {
                self.push(
                    FindingKind::Extra,
                    "membership",
                    format!("{name} in {parent}"),
                    format!("{name} is a member of {parent}, which is not declared"),
                    r.origin.as_ref(),
                );
            }
        }
        for name in l.roles.keys().filter(|k| !e.roles.contains_key(*k)) {
            self.push(FindingKind::Extra, "role", name, "exists and is used here but is not declared", None);
        }
    }

    fn enums(&mut self, e: &DatabaseModel, l: &DatabaseModel) {
        for (k, en) in &e.enums {
            match l.enums.get(k) {
                None => self.push(FindingKind::Missing, "enum", k, "does not exist", en.origin.as_ref()),
                Some(le) if le.values != en.values => self.push(
                    FindingKind::Different,
                    "enum",
                    k,
                    format!("labels: expected [{}], found [{}]", en.values.join(", "), le.values.join(", ")),
                    en.origin.as_ref(),
                ),
                Some(_) => {}
            }
        }
        for k in l.enums.keys().filter(|k| !e.enums.contains_key(*k)) {
            self.push(FindingKind::Extra, "enum", k, "exists but is not declared", None);
        }
    }

    /// Compares functions; returns live key → the expected function's grant
    /// object (`name(args)`), so grants on a function written with other type
    /// spellings (`int` / `integer`) still match.
    fn functions(&mut self, e: &DatabaseModel, l: &DatabaseModel) -> BTreeMap<String, String> {
        let (pairs, missing, extra) = pair_functions(e, l);
        let mut names = BTreeMap::new();
        for (ef, lf) in pairs {
            names.insert(lf.key(), format!("{}({})", ef.name, ef.identity_args));
            let mut d = Vec::new();
            if ef.body.trim() != lf.body.trim() {
                d.push("body differs from the declared one".to_string());
            }
            differ("language", ef.language.to_ascii_lowercase(), lf.language.to_ascii_lowercase(), &mut d);
            differ("volatility", ef.volatility.to_ascii_lowercase(), lf.volatility.to_ascii_lowercase(), &mut d);
            differ("security definer", show_bool(ef.security_definer), show_bool(lf.security_definer), &mut d);
            differ("strict", show_bool(ef.strict), show_bool(lf.strict), &mut d);
            self.different("function", &ef.key(), d, ef.origin.as_ref());
        }
        for f in missing {
            self.push(FindingKind::Missing, "function", f.key(), "does not exist", f.origin.as_ref());
        }
        for f in extra {
            self.push(FindingKind::Extra, "function", f.key(), "exists but is not declared", None);
        }
        names
    }

    fn tables(&mut self, e: &DatabaseModel, l: &DatabaseModel) {
        for (k, t) in &e.tables {
            match l.tables.get(k) {
                None => self.push(FindingKind::Missing, "table", k, "does not exist", t.origin.as_ref()),
                Some(lt) => {
                    let base = self.baseline.and_then(|b| b.tables.get(k));
                    self.table(t, lt, base);
                }
            }
        }
        for (k, lt) in &l.tables {
            if e.tables.contains_key(k) || detached_partition(e, lt) {
                continue;
            }
            let what = if e.views.contains_key(k) { "is a table, declared as a view" } else { "exists but is not declared" };
            self.push(FindingKind::Extra, "table", k, what, None);
        }
    }

    fn table(&mut self, t: &Table, l: &Table, base: Option<&Table>) {
        let key = t.key();
        let torigin = t.origin.as_ref();
        for c in &t.columns {
            let object = format!("{key}.{}", c.name);
            let Some(lc) = l.column(&c.name) else {
                self.push(FindingKind::Missing, "column", &object, "does not exist", c.origin.as_ref());
                continue;
            };
            let mut d = Vec::new();
            differ("type", column_type(&c.type_), column_type(&lc.type_), &mut d);
            differ("nullable", show_bool(c.nullable), show_bool(lc.nullable), &mut d);
            differ("identity", c.identity.as_deref().unwrap_or("none"), lc.identity.as_deref().unwrap_or("none"), &mut d);
            let default = c.default.as_deref().filter(|d| !is_null_default(d));
            match (default, lc.default.as_deref()) {
                (Some(_), None) => d.push("default: expected one, found none".into()),
                (None, Some(x)) => d.push(format!("default: expected none, found `{x}`")),
                _ => {}
            }
            match (c.generated.as_deref(), lc.generated.as_deref()) {
                (Some(_), None) => d.push("expected a generated column, found a plain one".into()),
                (None, Some(x)) => d.push(format!("expected a plain column, found one generated as `{x}`")),
                _ => {}
            }
            self.different("column", &object, d, c.origin.as_ref());
            let bc = base.map(|b| b.column(&c.name));
            if default.is_some() {
                self.expression(
                    "column",
                    &object,
                    "default",
                    lc.default.as_deref(),
                    bc.map(|b| b.and_then(|x| x.default.as_deref())),
                    c.origin.as_ref(),
                );
            }
            if c.generated.is_some() {
                self.expression(
                    "column",
                    &object,
                    "generation expression",
                    lc.generated.as_deref(),
                    bc.map(|b| b.and_then(|x| x.generated.as_deref())),
                    c.origin.as_ref(),
                );
            }
        }
        for lc in l.columns.iter().filter(|lc| t.column(&lc.name).is_none()) {
            self.push(
                FindingKind::Extra,
                "column",
                format!("{key}.{}", lc.name),
                format!("{} column exists but is not declared", lc.type_),
                torigin,
            );
        }

        self.constraints(&key, t, l, base);
        self.indexes(&key, &t.indexes, &l.indexes, base.map(|b| b.indexes.as_slice()), torigin);

        if t.rls.enabled != l.rls.enabled {
            let detail = if t.rls.enabled {
                "row-level security is disabled (expected enabled)"
            } else {
                "row-level security is enabled (expected disabled)"
            };
            self.push(FindingKind::Different, "rls", &key, detail, torigin);
        }
        if t.rls.forced != l.rls.forced {
            let detail = if t.rls.forced {
                "row-level security is not forced (expected forced)"
            } else {
                "row-level security is forced (expected not forced)"
            };
            self.push(FindingKind::Different, "rls", &key, detail, torigin);
        }
        self.policies(&key, t, l, base);
        self.triggers(&key, t, l, base);
        self.partition(t, l, base);
    }

    fn constraints(&mut self, key: &str, t: &Table, l: &Table, base: Option<&Table>) {
        let want = constraints_of(t);
        let have = constraints_of(l);
        let was = base.map(constraints_of);
        for (name, c) in &want {
            let object = format!("{key}.{name}");
            let Some(h) = have.get(name) else {
                self.push(FindingKind::Missing, "constraint", &object, format!("{} does not exist", constraint_shape(c)), c.origin);
                continue;
            };
            let mut d = Vec::new();
            differ("kind", c.kind, h.kind, &mut d);
            if c.kind == h.kind {
                differ("columns", c.columns.join(", "), h.columns.join(", "), &mut d);
                if let (Some(f), Some(g)) = (c.fk, h.fk) {
                    differ("references", format!("{}.{}", f.ref_schema, f.ref_table), format!("{}.{}", g.ref_schema, g.ref_table), &mut d);
                    differ("referenced columns", f.ref_columns.join(", "), g.ref_columns.join(", "), &mut d);
                    differ("on delete", f.on_delete.to_ascii_lowercase(), g.on_delete.to_ascii_lowercase(), &mut d);
                    differ("on update", f.on_update.to_ascii_lowercase(), g.on_update.to_ascii_lowercase(), &mut d);
                }
            }
            self.different("constraint", &object, d, c.origin);
            if c.kind == "check" && h.kind == "check" {
                let b = was.as_ref().map(|w| w.get(name).and_then(|x| x.expr));
                self.expression("constraint", &object, "check", h.expr, b, c.origin);
            }
        }
        for (name, h) in have.iter().filter(|(n, _)| !want.contains_key(*n)) {
            self.push(
                FindingKind::Extra,
                "constraint",
                format!("{key}.{name}"),
                format!("{} exists but is not declared", constraint_shape(h)),
                t.origin.as_ref(),
            );
        }
    }

    fn indexes(&mut self, key: &str, want: &[Index], have: &[Index], base: Option<&[Index]>, parent: Option<&Pos>) {
        for ix in want {
            let object = format!("{key}.{}", ix.name);
            let Some(h) = have.iter().find(|h| h.name == ix.name) else {
                self.push(
                    FindingKind::Missing,
                    "index",
                    &object,
                    format!("{} index ({}) does not exist", ix.method, shape(&ix.keys)),
                    ix.origin.as_ref(),
                );
                continue;
            };
            let mut d = Vec::new();
            differ("method", ix.method.to_ascii_lowercase(), h.method.to_ascii_lowercase(), &mut d);
            differ("keys", shape(&ix.keys), shape(&h.keys), &mut d);
            differ("include", ix.include.join(", "), h.include.join(", "), &mut d);
            differ("unique", show_bool(ix.unique), show_bool(h.unique), &mut d);
            match (&ix.predicate, &h.predicate) {
                (Some(_), None) => d.push("expected a partial index, found one over all rows".into()),
                (None, Some(p)) => d.push(format!("expected an index over all rows, found one WHERE {p}")),
                _ => {}
            }
            self.different("index", &object, d, ix.origin.as_ref());
            let b = base.map(|b| b.iter().find(|x| x.name == ix.name));
            if ix.predicate.is_some() {
                self.expression(
                    "index",
                    &object,
                    "predicate",
                    h.predicate.as_deref(),
                    b.map(|x| x.and_then(|x| x.predicate.as_deref())),
                    ix.origin.as_ref(),
                );
            }
            if ix.keys.iter().any(|k| k.expression.is_some()) && shape(&ix.keys) == shape(&h.keys) {
                let exprs = |keys: &[IndexKey]| keys.iter().filter_map(|k| k.expression.clone()).collect::<Vec<_>>().join(", ");
                let now = exprs(&h.keys);
                let was = b.map(|x| x.map(|x| exprs(&x.keys)));
                self.expression("index", &object, "key expressions", Some(&now), was.as_ref().map(|w| w.as_deref()), ix.origin.as_ref());
            }
        }
        for h in have.iter().filter(|h| !want.iter().any(|w| w.name == h.name)) {
            let what =
                format!("{}{} index ({}) exists but is not declared", if h.unique { "unique " } else { "" }, h.method, shape(&h.keys));
            self.push(FindingKind::Extra, "index", format!("{key}.{}", h.name), what, parent);
        }
    }

    fn policies(&mut self, key: &str, t: &Table, l: &Table, base: Option<&Table>) {
        for p in &t.policies {
            let object = format!("{key}.{}", p.name);
            let Some(h) = l.policies.iter().find(|h| h.name == p.name) else {
                self.push(
                    FindingKind::Missing,
                    "policy",
                    &object,
                    format!("{} policy for {} does not exist", p.command, show_roles(&p.roles)),
                    p.origin.as_ref(),
                );
                continue;
            };
            let mut d = Vec::new();
            differ("command", p.command.to_ascii_lowercase(), h.command.to_ascii_lowercase(), &mut d);
            differ("type", permissive(p.permissive), permissive(h.permissive), &mut d);
            differ("roles", show_roles(&p.roles), show_roles(&h.roles), &mut d);
            differ("USING", presence(p.using.is_some()), presence(h.using.is_some()), &mut d);
            differ("WITH CHECK", presence(p.check.is_some()), presence(h.check.is_some()), &mut d);
            self.different("policy", &object, d, p.origin.as_ref());
            let b = base.map(|b| b.policies.iter().find(|x| x.name == p.name));
            if p.using.is_some() {
                self.expression(
                    "policy",
                    &object,
                    "USING",
                    h.using.as_deref(),
                    b.map(|x| x.and_then(|x| x.using.as_deref())),
                    p.origin.as_ref(),
                );
            }
            if p.check.is_some() {
                self.expression(
                    "policy",
                    &object,
                    "WITH CHECK",
                    h.check.as_deref(),
                    b.map(|x| x.and_then(|x| x.check.as_deref())),
                    p.origin.as_ref(),
                );
            }
        }
        for h in l.policies.iter().filter(|h| !t.policies.iter().any(|p| p.name == h.name)) {
            self.push(
                FindingKind::Extra,
                "policy",
                format!("{key}.{}", h.name),
                format!("{} {} policy for {} exists but is not declared", permissive(h.permissive), h.command, show_roles(&h.roles)),
                t.origin.as_ref(),
            );
        }
    }

    fn triggers(&mut self, key: &str, t: &Table, l: &Table, base: Option<&Table>) {
        for tr in &t.triggers {
            let object = format!("{key}.{}", tr.name);
            let Some(h) = l.triggers.iter().find(|h| h.name == tr.name) else {
                self.push(
                    FindingKind::Missing,
                    "trigger",
                    &object,
                    format!("{} trigger calling {}.{} does not exist", trigger_shape(tr), tr.function_schema, tr.function),
                    tr.origin.as_ref(),
                );
                continue;
            };
            let mut d = Vec::new();
            differ("timing", tr.timing.to_ascii_lowercase(), h.timing.to_ascii_lowercase(), &mut d);
            differ("events", events(tr), events(h), &mut d);
            differ("for each", tr.for_each.to_ascii_lowercase(), h.for_each.to_ascii_lowercase(), &mut d);
            differ("function", format!("{}.{}", tr.function_schema, tr.function), format!("{}.{}", h.function_schema, h.function), &mut d);
            differ("arguments", tr.args.join(", "), h.args.join(", "), &mut d);
            differ("WHEN", presence(tr.when.is_some()), presence(h.when.is_some()), &mut d);
            self.different("trigger", &object, d, tr.origin.as_ref());
            if tr.when.is_some() {
                let b = base.map(|b| b.triggers.iter().find(|x| x.name == tr.name).and_then(|x| x.when.as_deref()));
                self.expression("trigger", &object, "WHEN", h.when.as_deref(), b, tr.origin.as_ref());
            }
        }
        for h in l.triggers.iter().filter(|h| !t.triggers.iter().any(|x| x.name == h.name)) {
            self.push(
                FindingKind::Extra,
                "trigger",
                format!("{key}.{}", h.name),
                format!("{} trigger calling {}.{} exists but is not declared", trigger_shape(h), h.function_schema, h.function),
                t.origin.as_ref(),
            );
        }
    }

    fn partition(&mut self, t: &Table, l: &Table, base: Option<&Table>) {
        let key = t.key();
        let origin = t.origin.as_ref();
        let (ep, lp) = match (&t.partition, &l.partition) {
            (None, None) => return,
            (Some(ep), None) => {
                self.push(
                    FindingKind::Different,
                    "partition",
                    &key,
                    format!("expected partitioned by {}, found a plain table", partitioning(ep)),
                    origin,
                );
                return;
            }
            (None, Some(lp)) => {
                self.push(
                    FindingKind::Different,
                    "partition",
                    &key,
                    format!("expected a plain table, found one partitioned by {}", partitioning(lp)),
                    origin,
                );
                return;
            }
            (Some(ep), Some(lp)) => (ep, lp),
        };
        if partitioning(ep) != partitioning(lp) {
            self.push(
                FindingKind::Different,
                "partition",
                &key,
                format!("expected partitioned by {}, found {}", partitioning(ep), partitioning(lp)),
                origin,
            );
            return;
        }
        // partitions of an interval table come and go at run time (`provision
        // partitions`): extra ones are expected, and with retention the oldest go
        let oldest_live = lp
            .children
            .iter()
            .filter_map(|c| match &c.bound {
                PartitionBound::Range { from, .. } => from.first().cloned(),
                _ => None,
            })
            .min();
        for ec in &ep.children {
            let object = format!("{}.{}", t.schema, ec.name);
            let Some(lc) = lp.children.iter().find(|c| c.name == ec.name) else {
                let retired = ep.interval.is_some()
                    && ep.retention.is_some()
                    && matches!((&ec.bound, &oldest_live), (PartitionBound::Range { to, .. }, Some(oldest)) if to.first().is_some_and(|t| t.as_str() <= oldest.as_str()));
                if !retired {
                    self.push(
                        FindingKind::Missing,
                        "partition",
                        &object,
                        format!("partition of {key} ({}) does not exist", show_bound(&ec.bound)),
                        origin,
                    );
                }
                continue;
            };
            let mut d = Vec::new();
            differ("bound", bound_kind(&ec.bound), bound_kind(&lc.bound), &mut d);
            if let (PartitionBound::Hash { .. }, PartitionBound::Hash { .. }) = (&ec.bound, &lc.bound) {
                differ("hash bound", show_bound(&ec.bound), show_bound(&lc.bound), &mut d);
            }
            self.different("partition", &object, d, origin);
            let was = base.and_then(|b| b.partition.as_ref()).and_then(|p| p.children.iter().find(|c| c.name == ec.name));
            if let Some(was) = was {
                if bound_kind(&was.bound) == bound_kind(&lc.bound) && was.bound != lc.bound {
                    self.push(
                        FindingKind::Different,
                        "partition",
                        &object,
                        format!("bound changed since apply: was {}, now {}", show_bound(&was.bound), show_bound(&lc.bound)),
                        origin,
                    );
                }
            }
        }
        if ep.interval.is_none() {
            for lc in lp.children.iter().filter(|c| !ep.children.iter().any(|x| x.name == c.name)) {
                self.push(
                    FindingKind::Extra,
                    "partition",
                    format!("{}.{}", t.schema, lc.name),
                    format!("partition of {key} ({}) is not declared", show_bound(&lc.bound)),
                    origin,
                );
            }
        }
    }

    fn views(&mut self, e: &DatabaseModel, l: &DatabaseModel) {
        for (k, v) in &e.views {
            let Some(lv) = l.views.get(k) else {
                let what = if l.tables.contains_key(k) { "is a table, not a view" } else { "does not exist" };
                self.push(FindingKind::Missing, "view", k, what, v.origin.as_ref());
                continue;
            };
            let mut d = Vec::new();
            differ("materialized", show_bool(v.materialized), show_bool(lv.materialized), &mut d);
            if !v.materialized {
                differ("security_invoker", show_bool(v.security_invoker), show_bool(lv.security_invoker), &mut d);
            }
            self.different("view", k, d, v.origin.as_ref());
            let base = self.baseline.map(|b| b.views.get(k));
            self.expression("view", k, "query", Some(&lv.query), base.map(|b| b.map(|x| x.query.as_str())), v.origin.as_ref());
            self.indexes(k, &v.indexes, &lv.indexes, base.and_then(|b| b.map(|x| x.indexes.as_slice())), v.origin.as_ref());
        }
        for k in l.views.keys().filter(|k| !e.views.contains_key(*k)) {
            let what = if e.tables.contains_key(k) { "is a view, declared as a table" } else { "exists but is not declared" };
            self.push(FindingKind::Extra, "view", k, what, None);
        }
    }

    fn grants(&mut self, e: &DatabaseModel, l: &DatabaseModel, function_names: &BTreeMap<String, String>) {
        let want = explode_grants(&e.grants, |g| g.object.clone());
        let have = explode_grants(&l.grants, |g| {
            let key = format!("{}.{}", g.schema, g.object);
            if g.kind == "function" {
                function_names.get(&key).cloned().unwrap_or_else(|| g.object.clone())
            } else {
                g.object.clone()
            }
        });
        let empty = BTreeMap::new();
        for (key, privs) in &want {
            let origin = grant_origin(e, key);
            let found = have.get(key).unwrap_or(&empty);
            let missing: Vec<&str> = privs.keys().filter(|p| !found.contains_key(*p)).map(String::as_str).collect();
            if !missing.is_empty() {
                self.push(FindingKind::Missing, "grant", grant_object(key), format!("{} not granted", missing.join(", ")), origin);
            }
            let option: Vec<String> = privs
                .iter()
                .filter_map(|(p, g)| {
                    found.get(p).filter(|h| *h != g).map(|h| format!("{p} {} grant option", if *h { "has" } else { "lacks" }))
                })
                .collect();
            if !option.is_empty() {
                self.push(FindingKind::Different, "grant", grant_object(key), option.join(", "), origin);
            }
        }
        for (key, privs) in &have {
            // grants on an undeclared object come with it; the object itself is the finding
            if !declared_object(e, key) {
                continue;
            }
            let declared = want.get(key).unwrap_or(&empty);
            let extra: Vec<&str> =
                privs.keys().filter(|p| !declared.contains_key(*p) && !implicit_public(key, p)).map(String::as_str).collect();
            if !extra.is_empty() {
                self.push(
                    FindingKind::Extra,
                    "grant",
                    grant_object(key),
                    format!("{} granted but not declared", extra.join(", ")),
                    grant_origin(e, key),
                );
            }
        }
    }

    fn default_privileges(&mut self, e: &DatabaseModel, l: &DatabaseModel) {
        type Key = (String, String, String);
        let privs_of = |d: &DefaultPrivilege| -> BTreeSet<String> {
            let kind = d.on.trim_end_matches('s');
            expand(kind, &d.privileges)
        };
        // an expected entry without for_role means "objects created by whoever runs the migration"
        let mut want: BTreeMap<(Key, Option<String>), BTreeSet<String>> = BTreeMap::new();
        for d in &e.default_privileges {
            want.entry(((d.role.clone(), d.on.clone(), d.schema.clone()), d.for_role.clone())).or_default().extend(privs_of(d));
        }
        let mut have: BTreeMap<(Key, String), BTreeSet<String>> = BTreeMap::new();
        for d in &l.default_privileges {
            have.entry(((d.role.clone(), d.on.clone(), d.schema.clone()), d.for_role.clone().unwrap_or_default()))
                .or_default()
                .extend(privs_of(d));
        }
        let named: BTreeSet<(Key, String)> = want.keys().filter_map(|(k, fr)| fr.clone().map(|f| (k.clone(), f))).collect();
        let mut claimed: BTreeSet<(Key, String)> = BTreeSet::new();
        for ((k, fr), privs) in &want {
            let matching: Vec<&(Key, String)> = have
                .keys()
                .filter(|(hk, hf)| hk == k && fr.as_ref().map_or(!named.contains(&(hk.clone(), hf.clone())), |f| f == hf))
                .collect();
            let mut found = BTreeSet::new();
            for m in &matching {
                found.extend(have[*m].iter().cloned());
                claimed.insert((*m).clone());
            }
            let object = default_object(k, fr.as_deref());
            let missing: Vec<&str> = privs.difference(&found).map(String::as_str).collect();
            if !missing.is_empty() {
                self.push(
                    FindingKind::Missing,
                    "default privilege",
                    &object,
                    format!("{} not granted by default", missing.join(", ")),
                    None,
                );
            }
            let extra: Vec<&str> = found.difference(privs).map(String::as_str).collect();
            if !extra.is_empty() {
                self.push(
                    FindingKind::Extra,
                    "default privilege",
                    &object,
                    format!("{} granted by default but not declared", extra.join(", ")),
                    None,
                );
            }
        }
        for (hk, privs) in have.iter().filter(|(k, _)| !claimed.contains(*k)) {
            let list: Vec<&str> = privs.iter().map(String::as_str).collect();
            self.push(
                FindingKind::Extra,
                "default privilege",
                default_object(&hk.0, Some(&hk.1)),
                format!("{} granted by default but not declared", list.join(", ")),
                None,
            );
        }
    }
}

/// Every privilege a `GRANT ALL` gives on an object of `kind` (table, sequence,
/// function, schema, type). PostgreSQL 17's MAINTAIN is left out: the language
/// cannot grant it on its own, so it is neither expected nor reported.
pub fn all_privileges(kind: &str) -> &'static [&'static str] {
    match kind {
        "table" => &["DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"],
        "sequence" => &["SELECT", "UPDATE", "USAGE"],
        "function" => &["EXECUTE"],
        "schema" => &["CREATE", "USAGE"],
        "type" => &["USAGE"],
        _ => &[],
    }
}

/// Pairs functions by key, then by spelling-insensitive arguments, then by a
/// name that is unique on both sides; returns (pairs, missing, extra).
fn pair_functions<'a>(
    e: &'a DatabaseModel,
    l: &'a DatabaseModel,
) -> (Vec<(&'a Function, &'a Function)>, Vec<&'a Function>, Vec<&'a Function>) {
    let mut pairs = Vec::new();
    let mut left: Vec<&Function> = Vec::new();
    let mut right: Vec<&Function> = l.functions.iter().filter(|(k, _)| !e.functions.contains_key(*k)).map(|(_, f)| f).collect();
    for (k, f) in &e.functions {
        match l.functions.get(k) {
            Some(lf) => pairs.push((f, lf)),
            None => left.push(f),
        }
    }
    let norm = |f: &Function| (f.schema.clone(), f.name.clone(), normalize_args(&f.identity_args));
    left.retain(|f| match right.iter().position(|r| norm(r) == norm(f)) {
        Some(i) => {
            pairs.push((f, right.remove(i)));
            false
        }
        None => true,
    });
    let same_name = |a: &Function, b: &Function| a.schema == b.schema && a.name == b.name;
    let mut missing = Vec::new();
    for f in left.iter().copied() {
        let here: Vec<usize> = right.iter().enumerate().filter(|(_, r)| same_name(r, f)).map(|(i, _)| i).collect();
        if here.len() == 1 && left.iter().filter(|x| same_name(x, f)).count() == 1 {
            pairs.push((f, right.remove(here[0])));
        } else {
            missing.push(f);
        }
    }
    (pairs, missing, right)
}

/// `p_x INT,p_y  "text"` → `p_x int, p_y text`
fn normalize_args(args: &str) -> String {
    args.replace('"', "")
        .to_ascii_lowercase()
        .split(',')
        .map(|a| a.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

/// PostgreSQL does not record array dimensions: `integer[][]` is `integer[]`.
fn column_type(t: &str) -> String {
    let mut t = t.trim().to_string();
    while t.ends_with("[][]") {
        t.truncate(t.len() - 2);
    }
    t
}

/// `DEFAULT NULL` stores no default in the catalog.
fn is_null_default(d: &str) -> bool {
    let d = d.trim().to_ascii_lowercase();
    d == "null" || d.starts_with("null::") || d == "(null)"
}

/// An expected interval partition detached by retention lives on as a plain
/// table named like its siblings; it is maintenance, not drift.
fn detached_partition(e: &DatabaseModel, t: &Table) -> bool {
    e.tables.values().any(|p| {
        p.schema == t.schema
            && p.partition.as_ref().is_some_and(|x| x.interval.is_some() && x.retention_action.as_deref() == Some("detach"))
            && t.name.starts_with(&format!("{}_p", p.name))
    })
}

struct Constraint<'a> {
    kind: &'static str,
    columns: &'a [String],
    fk: Option<&'a ForeignKey>,
    expr: Option<&'a str>,
    origin: Option<&'a Pos>,
}

fn constraints_of(t: &Table) -> BTreeMap<&str, Constraint<'_>> {
    let mut m = BTreeMap::new();
    if let Some(pk) = &t.primary_key {
        m.insert(
            pk.name.as_str(),
            Constraint {
                kind: "primary key",
                columns: &pk.columns,
                fk: None,
                expr: None,
                origin: pk.origin.as_ref().or(t.origin.as_ref()),
            },
        );
    }
    for u in &t.uniques {
        m.insert(u.name.as_str(), Constraint { kind: "unique", columns: &u.columns, fk: None, expr: None, origin: u.origin.as_ref() });
    }
    for c in &t.checks {
        m.insert(
            c.name.as_str(),
            Constraint { kind: "check", columns: &[], fk: None, expr: Some(c.expr.as_str()), origin: c.origin.as_ref() },
        );
    }
    for f in &t.foreign_keys {
        m.insert(
            f.name.as_str(),
            Constraint { kind: "foreign key", columns: &f.columns, fk: Some(f), expr: None, origin: f.origin.as_ref() },
        );
    }
    m
}

fn constraint_shape(c: &Constraint<'_>) -> String {
    match (c.expr, c.fk) {
        (Some(expr), _) => format!("{} ({expr})", c.kind),
        (None, Some(f)) => format!("{} ({}) to {}.{}", c.kind, c.columns.join(", "), f.ref_schema, f.ref_table),
        (None, None) => format!("{} ({})", c.kind, c.columns.join(", ")),
    }
}

/// (descending, nulls first) of an order spelling; the defaults follow the direction.
fn key_order(order: Option<&str>) -> (bool, bool) {
    let o = order.unwrap_or("").to_ascii_uppercase();
    let desc = o.split_whitespace().any(|w| w == "DESC");
    let nulls_first = if o.contains("NULLS FIRST") {
        true
    } else if o.contains("NULLS LAST") {
        false
    } else {
        desc
    };
    (desc, nulls_first)
}

/// Index keys with expressions blanked out (their text is the server's business).
fn shape(keys: &[IndexKey]) -> String {
    keys.iter()
        .map(|k| {
            let order = match key_order(k.order.as_deref()) {
                (false, false) => "",
                (false, true) => " NULLS FIRST",
                (true, true) => " DESC",
                (true, false) => " DESC NULLS LAST",
            };
            match &k.column {
                Some(c) => format!("{c}{order}"),
                None => format!("(expression){order}"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn show_roles(roles: &[String]) -> String {
    let mut r: Vec<&str> = roles.iter().map(String::as_str).filter(|r| *r != "public").collect();
    r.sort();
    r.dedup();
    if r.is_empty() {
        "PUBLIC".to_string()
    } else {
        r.join(", ")
    }
}

fn permissive(p: bool) -> &'static str {
    if p {
        "permissive"
    } else {
        "restrictive"
    }
}

fn presence(p: bool) -> &'static str {
    if p {
        "present"
    } else {
        "absent"
    }
}

fn events(t: &Trigger) -> String {
    let mut e: Vec<String> = t.events.iter().map(|e| e.to_ascii_lowercase()).collect();
    e.sort();
    e.dedup();
    e.join(" or ")
}

fn trigger_shape(t: &Trigger) -> String {
    format!("{} {} for each {}", t.timing, events(t), t.for_each)
}

fn partitioning(p: &Partitioning) -> String {
    format!("{} ({})", p.strategy, p.key.join(", "))
}

fn bound_kind(b: &PartitionBound) -> &'static str {
    match b {
        PartitionBound::Range { .. } => "range",
        PartitionBound::List { .. } => "list",
        PartitionBound::Hash { .. } => "hash",
        PartitionBound::Default => "default",
    }
}

fn show_bound(b: &PartitionBound) -> String {
    match b {
        PartitionBound::Range { from, to } => format!("from ({}) to ({})", from.join(", "), to.join(", ")),
        PartitionBound::List { values } => format!("in ({})", values.join(", ")),
        PartitionBound::Hash { modulus, remainder } => format!("modulus {modulus}, remainder {remainder}"),
        PartitionBound::Default => "default".to_string(),
    }
}

/// (role, kind, schema, object)
type GrantKey = (String, String, String, String);

/// Grants as privilege → grant option per role and object, `ALL` spelled out.
fn explode_grants(grants: &[Grant], object: impl Fn(&Grant) -> String) -> BTreeMap<GrantKey, BTreeMap<String, bool>> {
    let mut m: BTreeMap<GrantKey, BTreeMap<String, bool>> = BTreeMap::new();
    for g in grants {
        let entry = m.entry((g.role.clone(), g.kind.clone(), g.schema.clone(), object(g))).or_default();
        for p in expand(&g.kind, &g.privileges) {
            *entry.entry(p).or_insert(false) |= g.with_grant_option;
        }
    }
    m
}

fn expand(kind: &str, privileges: &[String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for p in privileges {
        let p = p.to_ascii_uppercase();
        if p == "ALL" || p == "ALL PRIVILEGES" {
            out.extend(all_privileges(kind).iter().map(|s| s.to_string()));
        } else if p != "MAINTAIN" {
            out.insert(p);
        }
    }
    out
}

/// What PostgreSQL grants PUBLIC unless told otherwise: EXECUTE on functions,
/// USAGE on types, and the `public` schema's own defaults.
fn implicit_public((role, kind, schema, _): &GrantKey, privilege: &str) -> bool {
    role == "public"
        && ((kind == "function" && privilege == "EXECUTE")
            || (kind == "type" && privilege == "USAGE")
            || (kind == "schema" && schema == "public"))
}

fn grant_object((role, kind, schema, object): &GrantKey) -> String {
    if kind == "schema" {
        format!("schema {object} to {role}")
    } else {
        format!("{kind} {schema}.{object} to {role}")
    }
}

/// Whether the expected model has the granted object (sequences: identity columns).
fn declared_object(e: &DatabaseModel, (_, kind, schema, object): &GrantKey) -> bool {
    let key = qkey(schema, object);
    match kind.as_str() {
        "table" => e.tables.contains_key(&key) || e.views.contains_key(&key),
        "function" => e.functions.contains_key(&key),
        "type" => e.enums.contains_key(&key),
        "sequence" => e.tables.values().any(|t| {
            t.schema == *schema && t.columns.iter().any(|c| c.identity.is_some() && format!("{}_{}_seq", t.name, c.name) == *object)
        }),
        _ => true,
    }
}

/// Where the granted object is declared.
fn grant_origin<'a>(e: &'a DatabaseModel, (_, kind, schema, object): &GrantKey) -> Option<&'a Pos> {
    let key = qkey(schema, object);
    match kind.as_str() {
        "table" => e.tables.get(&key).and_then(|t| t.origin.as_ref()).or_else(|| e.views.get(&key).and_then(|v| v.origin.as_ref())),
        "function" => e.functions.get(&key).and_then(|f| f.origin.as_ref()),
        "type" => e.enums.get(&key).and_then(|x| x.origin.as_ref()),
        "schema" => e.schemas.get(object).and_then(|s| s.origin.as_ref()),
        _ => None,
    }
}

fn default_object((role, on, schema): &(String, String, String), for_role: Option<&str>) -> String {
    match for_role {
        Some(fr) => format!("{on} created by {fr} in {schema} to {role}"),
        None => format!("{on} in {schema} to {role}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str) -> Table {
        Table {
            schema: "app".into(),
            name: name.into(),
            columns: vec![Column {
                name: "id".into(),
                type_: "bigint".into(),
                nullable: false,
                default: None,
                identity: Some("always".into()),
                generated: None,
                comment: None,
                external: None,
                renamed_from: Default::default(),
                origin: Origin::default(),
            }],
            primary_key: Some(KeyConstraint {
                name: format!("{name}_pkey"),
                columns: vec!["id".into()],
                renamed_from: Default::default(),
                origin: Origin::default(),
            }),
            uniques: vec![],
            checks: vec![],
            foreign_keys: vec![],
            indexes: vec![],
            partition: None,
            rls: Rls { enabled: true, forced: true },
            policies: vec![],
            triggers: vec![],
            comment: None,
            rows: vec![],
            tenant_scoped: false,
            renamed_from: Default::default(),
            origin: Origin::default(),
        }
    }

    fn model(tables: &[Table]) -> DatabaseModel {
        let mut m = DatabaseModel::empty("main");
        for t in tables {
            m.tables.insert(t.key(), t.clone());
        }
        m
    }

    #[test]
    fn same_model_no_findings() {
        let m = model(&[table("a"), table("b")]);
        assert!(compare(&m, &m, Some(&m)).is_empty());
    }

    #[test]
    fn structure_and_expressions() {
        let expected = model(&[table("a")]);
        let mut live = expected.clone();
        let t = live.tables.get_mut("app.a").unwrap();
        t.rls.forced = false;
        t.columns[0].identity = None;
        t.columns[0].default = Some("nextval('x')".into());
        live.tables.insert("app.z".into(), table("z"));
        let f = compare(&expected, &live, None);
        let seen: Vec<(FindingKind, &str, &str)> = f.iter().map(|f| (f.kind, f.object_kind.as_str(), f.object.as_str())).collect();
        assert_eq!(
            seen,
            vec![
                (FindingKind::Different, "rls", "app.a"),
                (FindingKind::Different, "column", "app.a.id"),
                (FindingKind::Extra, "table", "app.z")
            ]
        );
    }

    #[test]
    fn grants_expand_all_and_ignore_public_defaults() {
        let g = |role: &str, kind: &str, object: &str, privs: &[&str]| Grant {
            role: role.into(),
            kind: kind.into(),
            schema: "app".into(),
            object: object.into(),
            privileges: privs.iter().map(|p| p.to_string()).collect(),
            with_grant_option: false,
        };
        let mut e = model(&[table("t")]);
        e.grants = vec![g("w", "sequence", "t_id_seq", &["ALL"])];
        let mut l = e.clone();
        l.grants = vec![g("w", "sequence", "t_id_seq", &["SELECT", "UPDATE", "USAGE"]), g("public", "function", "f()", &["EXECUTE"])];
        assert!(compare(&e, &l, None).is_empty());
        l.grants.push(g("public", "table", "t", &["SELECT"]));
        // grants on undeclared objects come with the object, which is the finding
        l.grants.push(g("public", "table", "undeclared", &["SELECT"]));
        let f = compare(&e, &l, None);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].kind, f[0].object.as_str()), (FindingKind::Extra, "table app.t to public"));
    }
}
