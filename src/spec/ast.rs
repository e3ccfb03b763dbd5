//! The surface language: what users write in provision.yaml and schemas/*.yaml,
//! decoded from the positioned YAML tree. No resolution happens here; names stay
//! as written, with their positions, for the compiler to check.

use super::yaml::{choice_of, str_list_of, MapReader, SStr, Spanned, YKey, YNode, YValue};
use crate::diag::{Diagnostics, Pos};
use std::sync::Arc;

// ---------------------------------------------------------------- project

#[derive(Debug, Clone)]
pub struct ProjectSpec {
    pub name: SStr,
    pub postgres: Option<Spanned<i64>>,
    pub tenancy: Option<TenancySpec>,
    pub databases: Vec<DatabaseSpec>,
    pub targets: Vec<TargetSpec>,
    pub lock_timeout: Option<SStr>,
    pub lint_allow: Vec<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct TenancySpec {
    pub mode: Spanned<&'static str>,
    pub root: SStr,
    pub key: SStr,
    pub setting: SStr,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct DatabaseSpec {
    pub name: SStr,
    pub modules: Vec<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct TargetSpec {
    pub name: SStr,
    /// One server for every logical database: each gets `<project>_<database>` on it.
    pub url_env: Option<SStr>,
    pub databases: Vec<TargetDatabaseSpec>,
    pub sslmode: Option<Spanned<&'static str>>,
    pub ca_file: Option<SStr>,
    pub connect_timeout: Option<Spanned<i64>>,
    pub lock_timeout: Option<SStr>,
    pub statement_timeout: Option<SStr>,
    pub application_name: Option<SStr>,
    pub parallel: Option<Spanned<i64>>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct TargetDatabaseSpec {
    pub name: SStr,
    pub url_env: Option<SStr>,
    pub database: Option<SStr>,
    pub pos: Pos,
}

pub const SSLMODES: &[&str] = &["disable", "prefer", "require", "verify-ca", "verify-full"];
pub const TENANCY_MODES: &[&str] = &["rls", "schema", "database"];

pub fn decode_project(node: &YNode, d: &mut Diagnostics) -> Option<ProjectSpec> {
    let mut m = MapReader::new(node, "provision.yaml", d)?;
    let name = m.req_str(d, "project");
    let postgres = m.int(d, "postgres");
    let tenancy = m.get("tenancy").and_then(|n| {
        let mut t = MapReader::new(n, "`tenancy`", d)?;
        let mode = t.choice(d, "mode", TENANCY_MODES);
        let root = t.req_str(d, "root");
        let key = t.req_str(d, "key");
        let setting = t.str(d, "setting");
        let pos = t.pos.clone();
        t.finish(d);
        let key = key?;
        let setting = setting.unwrap_or_else(|| Spanned::new(format!("app.current_{}", key.value), key.pos.clone()));
        Some(TenancySpec { mode: mode.unwrap_or_else(|| Spanned::new("rls", pos.clone())), root: root?, key, setting, pos })
    });
    let mut databases = Vec::new();
    for (k, v) in m.map_entries(d, "databases") {
        let what = format!("database `{}`", k.name);
        let modules = match &v.value {
            YValue::Seq(_) | YValue::Scalar { .. } if !v.is_null() => str_list_of(v, &what, d),
            _ => {
                let Some(mut dm) = MapReader::new(v, &what, d) else {
                    continue;
                };
                let modules = dm.str_list(d, "modules");
                dm.finish(d);
                modules
            }
        };
        databases.push(DatabaseSpec { name: key_str(k), modules, pos: k.pos.clone() });
    }
    if databases.is_empty() && !m.has("databases") {
        d.error("PS103", Some(&m.pos), "provision.yaml declares no `databases`").set_hint("add `databases: { main: { modules: [app] } }`");
    }
    let mut targets = Vec::new();
    for (k, v) in m.map_entries(d, "targets") {
        let what = format!("target `{}`", k.name);
        let Some(mut t) = MapReader::new(v, &what, d) else {
            continue;
        };
        let mut tdbs = Vec::new();
        for (dk, dv) in t.map_entries(d, "databases") {
            let dwhat = format!("database `{}` of {what}", dk.name);
            if let Some(env) = dv.spanned_str() {
                tdbs.push(TargetDatabaseSpec { name: key_str(dk), url_env: Some(env), database: None, pos: dk.pos.clone() });
                continue;
            }
            let Some(mut dm) = MapReader::new(dv, &dwhat, d) else {
                continue;
            };
            let url_env = dm.str(d, "url_env");
            let database = dm.str(d, "database");
            if dm.has("url") || dm.has("password") {
                let p = dm.key_pos("url").or_else(|| dm.key_pos("password"));
                dm.get("url");
                dm.get("password");
                d.error("PC219", p.as_ref(), format!("{dwhat}: connection URLs and passwords never go in YAML"))
                    .set_hint("put the URL in an environment variable and write `url_env: NAME_OF_VARIABLE`");
            }
            dm.finish(d);
            tdbs.push(TargetDatabaseSpec { name: key_str(dk), url_env, database, pos: dk.pos.clone() });
        }
        let target_url_env = t.str(d, "url_env");
        let sslmode = t.choice(d, "sslmode", SSLMODES);
        let ca_file = t.str(d, "ca_file");
        let connect_timeout = t.int(d, "connect_timeout");
        let lock_timeout = t.str(d, "lock_timeout");
        let statement_timeout = t.str(d, "statement_timeout");
        let application_name = t.str(d, "application_name");
        let parallel = t.int(d, "parallel");
        let pos = t.pos.clone();
        t.finish(d);
        targets.push(TargetSpec {
            name: key_str(k),
            url_env: target_url_env,
            databases: tdbs,
            sslmode,
            ca_file,
            connect_timeout,
            lock_timeout,
            statement_timeout,
            application_name,
            parallel,
            pos,
        });
    }
    let lock_timeout = m.str(d, "lock_timeout");
    let mut lint_allow = Vec::new();
    if let Some(n) = m.get("lint") {
        if let Some(mut l) = MapReader::new(n, "`lint`", d) {
            lint_allow = l.str_list(d, "allow");
            l.finish(d);
        }
    }
    let pos = m.pos.clone();
    m.finish(d);
    Some(ProjectSpec { name: name?, postgres, tenancy, databases, targets, lock_timeout, lint_allow, pos })
}

pub fn key_str(k: &YKey) -> SStr {
    Spanned::new(k.name.clone(), k.pos.clone())
}

// ---------------------------------------------------------------- module

#[derive(Debug, Clone)]
pub struct ModuleSpec {
    pub file: Arc<str>,
    pub name: SStr,
    pub description: Option<SStr>,
    pub schema: Option<SStr>,
    pub depends_on: Vec<SStr>,
    pub extensions: Vec<SStr>,
    pub enums: Vec<EnumSpec>,
    pub roles: Vec<RoleSpec>,
    pub grants: Vec<GrantSpec>,
    pub default_privileges: Vec<DefaultPrivSpec>,
    pub traits: Vec<TraitSpec>,
    pub tables: Vec<TableSpec>,
    pub views: Vec<ViewSpec>,
    pub functions: Vec<FunctionSpec>,
    pub lint_allow: Vec<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct EnumSpec {
    pub name: SStr,
    pub values: Vec<SStr>,
    pub comment: Option<SStr>,
    pub schema: Option<SStr>,
}

#[derive(Debug, Clone)]
pub struct RoleSpec {
    pub name: SStr,
    pub login: bool,
    pub inherit: bool,
    pub bypassrls: bool,
    pub createdb: bool,
    pub createrole: bool,
    pub connection_limit: Option<Spanned<i64>>,
    pub member_of: Vec<SStr>,
    pub password_env: Option<SStr>,
    pub comment: Option<SStr>,
    pub renamed_from: Option<SStr>,
}

#[derive(Debug, Clone)]
pub struct GrantSpec {
    pub to: Vec<SStr>,
    pub privileges: Vec<SStr>,
    pub kind: Spanned<&'static str>,
    /// `None` means every object of that kind in the module.
    pub objects: Option<Vec<SStr>>,
    pub with_grant_option: bool,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct DefaultPrivSpec {
    pub to: Vec<SStr>,
    pub privileges: Vec<SStr>,
    pub on: Spanned<&'static str>,
    pub schema: Option<SStr>,
    pub for_role: Option<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct TraitSpec {
    pub name: SStr,
    pub description: Option<SStr>,
    pub params: Vec<(YKey, YNode)>,
    /// The body is a template: its strings are rendered per table before decoding.
    pub body: YNode,
}

#[derive(Debug, Clone)]
pub struct TraitUse {
    pub name: SStr,
    pub params: Option<YNode>,
}

#[derive(Debug, Clone)]
pub struct TableSpec {
    pub name: SStr,
    pub body: TableBody,
}

#[derive(Debug, Clone, Default)]
pub struct TableBody {
    pub schema: Option<SStr>,
    pub traits: Vec<TraitUse>,
    pub columns: Vec<ColumnSpec>,
    pub primary_key: Vec<SStr>,
    pub primary_key_pos: Option<Pos>,
    pub unique: Vec<UniqueSpec>,
    pub checks: Vec<CheckSpec>,
    pub foreign_keys: Vec<FkSpec>,
    pub indexes: Vec<IndexSpec>,
    pub partition: Option<PartitionSpec>,
    pub rls: Option<RlsSpec>,
    pub triggers: Vec<TriggerSpec>,
    pub data: Vec<RowSpec>,
    pub comment: Option<SStr>,
    pub index_filter: Option<SStr>,
    pub renamed_from: Option<SStr>,
    /// Only in trait bodies: schema-level objects the trait needs once per schema.
    pub extra_functions: Vec<FunctionSpec>,
    pub extra_tables: Vec<TableSpec>,
    pub extensions: Vec<SStr>,
    pub placement: Option<Spanned<&'static str>>,
    pub marks_tenant: bool,
    /// Trait bodies only: columns the table must end up with (e.g. searchable fields).
    pub require_columns: Vec<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct ColumnSpec {
    pub name: SStr,
    pub type_: Option<SStr>,
    pub nullable: Option<bool>,
    pub pk: bool,
    pub unique: bool,
    pub default: Option<SStr>,
    pub references: Option<RefSpec>,
    pub on_delete: Option<Spanned<&'static str>>,
    pub on_update: Option<Spanned<&'static str>>,
    pub check: Option<SStr>,
    pub comment: Option<SStr>,
    pub identity: Option<Spanned<&'static str>>,
    pub generated: Option<SStr>,
    pub external: Option<SStr>,
    pub renamed_from: Option<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct RefSpec {
    pub table: SStr,
    pub column: Option<SStr>,
}

#[derive(Debug, Clone)]
pub struct UniqueSpec {
    pub name: Option<SStr>,
    pub columns: Vec<SStr>,
    pub renamed_from: Option<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct CheckSpec {
    pub name: SStr,
    pub expr: SStr,
    pub renamed_from: Option<SStr>,
}

#[derive(Debug, Clone)]
pub struct FkSpec {
    pub name: Option<SStr>,
    pub columns: Vec<SStr>,
    pub references: SStr,
    pub ref_columns: Vec<SStr>,
    pub on_delete: Option<Spanned<&'static str>>,
    pub on_update: Option<Spanned<&'static str>>,
    pub renamed_from: Option<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct IndexSpec {
    pub name: Option<SStr>,
    pub columns: Vec<SStr>,
    pub expressions: Vec<SStr>,
    pub using: Option<Spanned<&'static str>>,
    pub where_: Option<SStr>,
    pub include: Vec<SStr>,
    pub unique: bool,
    pub concurrently: bool,
    pub all_rows: bool,
    pub renamed_from: Option<SStr>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct PartitionSpec {
    pub by: Spanned<&'static str>,
    pub key: Vec<SStr>,
    pub interval: Option<Spanned<&'static str>>,
    pub start: Option<SStr>,
    pub premake: Option<Spanned<i64>>,
    pub retention: Option<Spanned<i64>>,
    pub retention_action: Option<Spanned<&'static str>>,
    pub partitions: Vec<PartSpec>,
    pub default_partition: bool,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct PartSpec {
    pub name: SStr,
    pub values: Vec<SStr>,
    pub from: Option<SStr>,
    pub to: Option<SStr>,
    pub modulus: Option<Spanned<i64>>,
    pub remainder: Option<Spanned<i64>>,
}

#[derive(Debug, Clone)]
pub struct RlsSpec {
    pub enable: Option<bool>,
    pub force: Option<bool>,
    pub policies: Vec<PolicySpec>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct PolicySpec {
    pub name: SStr,
    pub command: Spanned<&'static str>,
    pub roles: Vec<SStr>,
    pub using: Option<SStr>,
    pub check: Option<SStr>,
    pub permissive: bool,
    pub renamed_from: Option<SStr>,
}

#[derive(Debug, Clone)]
pub struct TriggerSpec {
    pub name: SStr,
    pub timing: Spanned<&'static str>,
    pub events: Vec<Spanned<&'static str>>,
    pub for_each: Spanned<&'static str>,
    pub function: SStr,
    pub args: Vec<SStr>,
    pub when: Option<SStr>,
}

#[derive(Debug, Clone)]
pub struct RowSpec {
    pub values: Vec<(SStr, Option<SStr>)>,
    pub pos: Pos,
}

#[derive(Debug, Clone)]
pub struct ViewSpec {
    pub name: SStr,
    pub schema: Option<SStr>,
    pub query: SStr,
    pub materialized: bool,
    pub indexes: Vec<IndexSpec>,
    pub comment: Option<SStr>,
    pub depends_on: Vec<SStr>,
}

#[derive(Debug, Clone)]
pub struct FunctionSpec {
    pub name: SStr,
    pub schema: Option<SStr>,
    pub args: Option<SStr>,
    pub returns: SStr,
    pub language: SStr,
    pub body: SStr,
    pub volatility: Option<Spanned<&'static str>>,
    pub security_definer: bool,
    pub strict: bool,
    pub comment: Option<SStr>,
}

pub const ON_DELETE: &[&str] = &["cascade", "restrict", "no action", "set null", "set default"];
pub const INDEX_METHODS: &[&str] = &["btree", "gin", "gist", "brin", "hash", "spgist"];
pub const PARTITION_BY: &[&str] = &["range", "list", "hash"];
pub const INTERVALS: &[&str] = &["day", "week", "month", "quarter", "year"];
pub const POLICY_COMMANDS: &[&str] = &["all", "select", "insert", "update", "delete"];
pub const TRIGGER_TIMING: &[&str] = &["before", "after", "instead of"];
pub const TRIGGER_EVENTS: &[&str] = &["insert", "update", "delete", "truncate"];
pub const GRANT_KINDS: &[&str] = &["tables", "sequences", "functions", "schemas", "types"];
pub const VOLATILITY: &[&str] = &["volatile", "stable", "immutable"];

pub fn decode_module(file: &Arc<str>, node: &YNode, d: &mut Diagnostics) -> Option<ModuleSpec> {
    let mut m = MapReader::new(node, "the module file", d)?;
    let name = m.req_str(d, "module");
    let description = m.str(d, "description");
    let schema = m.str(d, "schema");
    let depends_on = m.str_list(d, "depends_on");
    let extensions = m.str_list(d, "extensions");

    let mut enums = Vec::new();
    for (k, v) in m.map_entries(d, "enums") {
        let what = format!("enum `{}`", k.name);
        if let YValue::Seq(_) = v.value {
            enums.push(EnumSpec { name: key_str(k), values: str_list_of(v, &what, d), comment: None, schema: None });
            continue;
        }
        let Some(mut e) = MapReader::new(v, &what, d) else {
            continue;
        };
        let values = e.str_list(d, "values");
        let comment = e.str(d, "comment");
        let schema = e.str(d, "schema");
        e.finish(d);
        enums.push(EnumSpec { name: key_str(k), values, comment, schema });
    }

    let mut roles = Vec::new();
    for (k, v) in m.map_entries(d, "roles") {
        let what = format!("role `{}`", k.name);
        let Some(mut r) = MapReader::new(v, &what, d) else {
            continue;
        };
        if r.has("password") {
            let p = r.key_pos("password");
            r.get("password");
            d.error("PC219", p.as_ref(), format!("{what}: passwords never go in YAML"))
                .set_hint("write `password_env: VARIABLE_NAME`; apply reads the password from that environment variable");
        }
        if r.has("superuser") {
            let p = r.key_pos("superuser");
            r.get("superuser");
            d.error("PC213", p.as_ref(), format!("{what}: provision does not create superusers"))
                .set_hint("grant the privileges the role needs instead; use `bypassrls: true` for an administrative role");
        }
        let role = RoleSpec {
            name: key_str(k),
            login: r.bool(d, "login").unwrap_or(false),
            inherit: r.bool(d, "inherit").unwrap_or(true),
            bypassrls: r.bool(d, "bypassrls").unwrap_or(false),
            createdb: r.bool(d, "createdb").unwrap_or(false),
            createrole: r.bool(d, "createrole").unwrap_or(false),
            connection_limit: r.int(d, "connection_limit"),
            member_of: r.str_list(d, "member_of"),
            password_env: r.str(d, "password_env"),
            comment: r.str(d, "comment"),
            renamed_from: r.str(d, "renamed_from"),
        };
        r.finish(d);
        roles.push(role);
    }

    let mut grants = Vec::new();
    for item in m.seq_items(d, "grants") {
        let Some(mut g) = MapReader::new(item, "a grant", d) else {
            continue;
        };
        let to = g.str_list(d, "to");
        let privileges = g.str_list(d, "privileges");
        let with_grant_option = g.bool(d, "with_grant_option").unwrap_or(false);
        let mut kind = None;
        let mut objects = None;
        for k in ["tables", "sequences", "functions", "schemas", "types"] {
            if let Some(n) = g.get(k) {
                if kind.is_some() {
                    d.error("PC213", Some(&n.pos), "a grant names one kind of object: tables, sequences, functions, schemas or types")
                        .set_hint("split it into two grants");
                    continue;
                }
                kind = Some(Spanned::new(k, n.pos.clone()));
                objects = if n.scalar() == Some("all") { None } else { Some(str_list_of(n, &format!("`{k}` of a grant"), d)) };
            }
        }
        if to.is_empty() {
            d.error("PS103", Some(&g.pos), "a grant is missing `to:` (the roles receiving it)");
        }
        if privileges.is_empty() {
            d.error("PS103", Some(&g.pos), "a grant is missing `privileges:`");
        }
        let pos = g.pos.clone();
        g.finish(d);
        match kind {
            Some(kind) => grants.push(GrantSpec { to, privileges, kind, objects, with_grant_option, pos }),
            None => {
                d.error("PS103", Some(&pos), "a grant must name its objects")
                    .set_hint("add one of `tables: all`, `sequences: all`, `functions: all`, `schemas: [name]`, `types: all`");
            }
        }
    }

    let mut default_privileges = Vec::new();
    for item in m.seq_items(d, "default_privileges") {
        let Some(mut g) = MapReader::new(item, "a default privilege", d) else {
            continue;
        };
        let to = g.str_list(d, "to");
        let privileges = g.str_list(d, "privileges");
        let on = g.choice(d, "on", &["tables", "sequences", "functions", "types"]);
        let schema = g.str(d, "schema");
        let for_role = g.str(d, "for_role");
        let pos = g.pos.clone();
        if on.is_none() && !g.has("on") {
            d.error("PS103", Some(&pos), "a default privilege needs `on: tables|sequences|functions|types`");
        }
        g.finish(d);
        if let Some(on) = on {
            default_privileges.push(DefaultPrivSpec { to, privileges, on, schema, for_role, pos });
        }
    }

    let mut traits = Vec::new();
    for (k, v) in m.map_entries(d, "traits") {
        let YValue::Map(entries) = &v.value else {
            d.error("PS102", Some(&v.pos), format!("trait `{}` must be a mapping", k.name));
            continue;
        };
        let mut params = Vec::new();
        let mut description = None;
        let mut body_entries = Vec::new();
        for (bk, bv) in entries {
            match bk.name.as_str() {
                "params" => match &bv.value {
                    YValue::Map(p) => params = p.clone(),
                    _ if bv.is_null() => {}
                    _ => {
                        d.error("PS102", Some(&bv.pos), "`params` of a trait must be a mapping of name: default");
                    }
                },
                "description" => description = bv.spanned_str(),
                _ => body_entries.push((bk.clone(), bv.clone())),
            }
        }
        traits.push(TraitSpec {
            name: key_str(k),
            description,
            params,
            body: YNode { pos: v.pos.clone(), value: YValue::Map(body_entries) },
        });
    }

    let mut tables = Vec::new();
    for (k, v) in m.map_entries(d, "tables") {
        let what = format!("table `{}`", k.name);
        if let Some(body) = decode_table_body(v, &what, false, d) {
            tables.push(TableSpec { name: key_str(k), body });
        }
    }

    let mut views = Vec::new();
    for (k, v) in m.map_entries(d, "views") {
        let what = format!("view `{}`", k.name);
        if let Some(view) = decode_view(k, v, &what, d) {
            views.push(view);
        }
    }

    let mut functions = Vec::new();
    for (k, v) in m.map_entries(d, "functions") {
        if let Some(f) = decode_function(k, v, d) {
            functions.push(f);
        }
    }

    let mut lint_allow = Vec::new();
    if let Some(n) = m.get("lint") {
        if let Some(mut l) = MapReader::new(n, "`lint`", d) {
            lint_allow = l.str_list(d, "allow");
            l.finish(d);
        }
    }
    let pos = m.pos.clone();
    m.finish(d);
    Some(ModuleSpec {
        file: file.clone(),
        name: name?,
        description,
        schema,
        depends_on,
        extensions,
        enums,
        roles,
        grants,
        default_privileges,
        traits,
        tables,
        views,
        functions,
        lint_allow,
        pos,
    })
}

fn decode_view(k: &YKey, v: &YNode, what: &str, d: &mut Diagnostics) -> Option<ViewSpec> {
    if let Some(q) = v.spanned_str() {
        return Some(ViewSpec {
            name: key_str(k),
            schema: None,
            query: q,
            materialized: false,
            indexes: Vec::new(),
            comment: None,
            depends_on: Vec::new(),
        });
    }
    let mut r = MapReader::new(v, what, d)?;
    let query = r.req_str(d, "query");
    let schema = r.str(d, "schema");
    let materialized = r.bool(d, "materialized").unwrap_or(false);
    let mut indexes = Vec::new();
    for item in r.seq_items(d, "indexes") {
        if let Some(ix) = decode_index(item, d) {
            indexes.push(ix);
        }
    }
    let comment = r.str(d, "comment");
    let depends_on = r.str_list(d, "depends_on");
    r.finish(d);
    Some(ViewSpec { name: key_str(k), schema, query: query?, materialized, indexes, comment, depends_on })
}

pub fn decode_function(k: &YKey, v: &YNode, d: &mut Diagnostics) -> Option<FunctionSpec> {
    let what = format!("function `{}`", k.name);
    let mut r = MapReader::new(v, &what, d)?;
    let schema = r.str(d, "schema");
    let args = r.str(d, "args");
    let returns = r.req_str(d, "returns");
    let language = r.str(d, "language");
    let body = r.req_str(d, "body");
    let volatility = r.choice(d, "volatility", VOLATILITY);
    let security_definer = r.choice(d, "security", &["invoker", "definer"]).is_some_and(|s| s.value == "definer");
    let strict = r.bool(d, "strict").unwrap_or(false);
    let comment = r.str(d, "comment");
    let pos = r.pos.clone();
    r.finish(d);
    Some(FunctionSpec {
        name: key_str(k),
        schema,
        args,
        returns: returns?,
        language: language.unwrap_or_else(|| Spanned::new("plpgsql".into(), pos)),
        body: body?,
        volatility,
        security_definer,
        strict,
        comment,
    })
}

/// Tables and trait bodies share this decoder; trait bodies may also carry
/// schema-level `functions`, `tables` and `extensions` they need.
pub fn decode_table_body(node: &YNode, what: &str, is_trait: bool, d: &mut Diagnostics) -> Option<TableBody> {
    let mut r = MapReader::new(node, what, d)?;
    let mut b = TableBody { pos: r.pos.clone(), ..Default::default() };
    b.schema = r.str(d, "schema");
    if let Some(n) = r.get("traits") {
        let items: Vec<&YNode> = match &n.value {
            YValue::Seq(items) => items.iter().collect(),
            _ => vec![n],
        };
        for item in items {
            match &item.value {
                YValue::Scalar { .. } => b.traits.push(TraitUse { name: item.spanned_str().expect("scalar"), params: None }),
                YValue::Map(entries) if entries.len() == 1 => {
                    let (tk, tv) = &entries[0];
                    b.traits.push(TraitUse { name: key_str(tk), params: Some(tv.clone()) });
                }
                _ => {
                    d.error("PS102", Some(&item.pos), format!("items of `traits` in {what} are trait names or `name: {{params}}`"));
                }
            }
        }
    }
    for (k, v) in r.map_entries(d, "columns") {
        if let Some(c) = decode_column(k, v, d) {
            b.columns.push(c);
        }
    }
    b.primary_key_pos = r.key_pos("primary_key");
    b.primary_key = r.str_list(d, "primary_key");
    for item in r.seq_items(d, "unique") {
        match &item.value {
            YValue::Map(_) => {
                let Some(mut u) = MapReader::new(item, "a unique constraint", d) else {
                    continue;
                };
                let name = u.str(d, "name");
                let columns = u.str_list(d, "columns");
                let renamed_from = u.str(d, "renamed_from");
                let pos = u.pos.clone();
                u.finish(d);
                b.unique.push(UniqueSpec { name, columns, renamed_from, pos });
            }
            _ => b.unique.push(UniqueSpec {
                name: None,
                columns: str_list_of(item, "a unique constraint", d),
                renamed_from: None,
                pos: item.pos.clone(),
            }),
        }
    }
    for (k, v) in r.map_entries(d, "checks") {
        match v.spanned_str() {
            Some(expr) => b.checks.push(CheckSpec { name: key_str(k), expr, renamed_from: None }),
            None if !matches!(v.value, YValue::Map(_)) => {
                d.error("PS102", Some(&v.pos), format!("check `{}` must be a SQL boolean expression string", k.name))
                    .set_hint("write `name: \"expression\"`, or `name: { expr: \"expression\", renamed_from: old_constraint_name }`");
            }
            // long form: `name: { expr: ..., renamed_from: old_name }`
            None => {
                let what = format!("check `{}`", k.name);
                let Some(mut c) = MapReader::new(v, &what, d) else { continue };
                let expr = c.req_str(d, "expr");
                let renamed_from = c.str(d, "renamed_from");
                c.finish(d);
                if let Some(expr) = expr {
                    b.checks.push(CheckSpec { name: key_str(k), expr, renamed_from });
                }
            }
        }
    }
    for item in r.seq_items(d, "foreign_keys") {
        let Some(mut f) = MapReader::new(item, "a foreign key", d) else {
            continue;
        };
        let name = f.str(d, "name");
        let columns = f.str_list(d, "columns");
        let references = f.req_str(d, "references");
        let ref_columns = f.str_list(d, "ref_columns");
        let on_delete = f.choice(d, "on_delete", ON_DELETE);
        let on_update = f.choice(d, "on_update", ON_DELETE);
        let renamed_from = f.str(d, "renamed_from");
        let pos = f.pos.clone();
        f.finish(d);
        if let Some(references) = references {
            b.foreign_keys.push(FkSpec { name, columns, references, ref_columns, on_delete, on_update, renamed_from, pos });
        }
    }
    for item in r.seq_items(d, "indexes") {
        if let Some(ix) = decode_index(item, d) {
            b.indexes.push(ix);
        }
    }
    if let Some(n) = r.get("partition") {
        b.partition = decode_partition(n, d);
    }
    if let Some(n) = r.get("rls") {
        b.rls = decode_rls(n, d);
    }
    for (k, v) in r.map_entries(d, "triggers") {
        if let Some(t) = decode_trigger(k, v, d) {
            b.triggers.push(t);
        }
    }
    for item in r.seq_items(d, "data") {
        let YValue::Map(entries) = &item.value else {
            d.error("PS102", Some(&item.pos), "each `data` row is a mapping of column: value");
            continue;
        };
        let mut values = Vec::new();
        for (ck, cv) in entries {
            match &cv.value {
                YValue::Scalar { .. } if cv.is_null() => values.push((key_str(ck), None)),
                YValue::Scalar { .. } => values.push((key_str(ck), cv.spanned_str())),
                _ => {
                    d.error("PS102", Some(&cv.pos), format!("value of `{}` in a data row must be a scalar", ck.name))
                        .set_hint("write JSON values as a quoted string, e.g. '{\"a\": 1}'");
                }
            }
        }
        b.data.push(RowSpec { values, pos: item.pos.clone() });
    }
    b.comment = r.str(d, "comment");
    b.index_filter = r.str(d, "index_filter");
    b.renamed_from = r.str(d, "renamed_from");
    if is_trait {
        for (k, v) in r.map_entries(d, "functions") {
            if let Some(f) = decode_function(k, v, d) {
                b.extra_functions.push(f);
            }
        }
        for (k, v) in r.map_entries(d, "tables") {
            let twhat = format!("table `{}` of {what}", k.name);
            if let Some(body) = decode_table_body(v, &twhat, false, d) {
                b.extra_tables.push(TableSpec { name: key_str(k), body });
            }
        }
        b.extensions = r.str_list(d, "extensions");
        b.placement = r.choice(d, "placement", &["leading", "trailing"]);
        b.marks_tenant = r.bool(d, "tenant_scoped").unwrap_or(false);
        b.require_columns = r
            .str_list(d, "require_columns")
            .into_iter()
            .flat_map(|s| s.value.split(',').map(|p| Spanned::new(p.trim().to_string(), s.pos.clone())).collect::<Vec<_>>())
            .filter(|s| !s.value.is_empty())
            .collect();
    }
    r.finish(d);
    Some(b)
}

fn decode_column(k: &YKey, v: &YNode, d: &mut Diagnostics) -> Option<ColumnSpec> {
    let name = key_str(k);
    let mut c = ColumnSpec {
        name,
        type_: None,
        nullable: None,
        pk: false,
        unique: false,
        default: None,
        references: None,
        on_delete: None,
        on_update: None,
        check: None,
        comment: None,
        identity: None,
        generated: None,
        external: None,
        renamed_from: None,
        pos: k.pos.clone(),
    };
    // Shorthand: `name: text` (NOT NULL) or `name: text?` (nullable).
    if let Some(s) = v.spanned_str() {
        let t = s.value.trim();
        if let Some(stripped) = t.strip_suffix('?') {
            c.type_ = Some(Spanned::new(stripped.trim().to_string(), s.pos.clone()));
            c.nullable = Some(true);
        } else {
            c.type_ = Some(Spanned::new(t.to_string(), s.pos.clone()));
        }
        return Some(c);
    }
    let what = format!("column `{}`", k.name);
    let mut r = MapReader::new(v, &what, d)?;
    c.type_ = r.str(d, "type").map(|s| {
        let t = s.value.trim();
        match t.strip_suffix('?') {
            Some(stripped) => {
                c.nullable = Some(true);
                Spanned::new(stripped.trim().to_string(), s.pos.clone())
            }
            None => Spanned::new(t.to_string(), s.pos.clone()),
        }
    });
    if let Some(n) = r.bool(d, "nullable") {
        c.nullable = Some(n);
    }
    c.pk = r.bool(d, "pk").unwrap_or(false);
    c.unique = r.bool(d, "unique").unwrap_or(false);
    c.default = r.str(d, "default");
    if let Some(n) = r.get("references") {
        match &n.value {
            YValue::Scalar { .. } => c.references = Some(RefSpec { table: n.spanned_str().expect("scalar"), column: None }),
            _ => {
                if let Some(mut rr) = MapReader::new(n, "`references`", d) {
                    let table = rr.req_str(d, "table");
                    let column = rr.str(d, "column");
                    rr.finish(d);
                    if let Some(table) = table {
                        c.references = Some(RefSpec { table, column });
                    }
                }
            }
        }
    }
    c.on_delete = r.choice(d, "on_delete", ON_DELETE);
    c.on_update = r.choice(d, "on_update", ON_DELETE);
    c.check = r.str(d, "check");
    c.comment = r.str(d, "comment");
    c.identity = r.choice(d, "identity", &["always", "by default"]);
    c.generated = r.str(d, "generated");
    c.external = r.str(d, "external");
    c.renamed_from = r.str(d, "renamed_from");
    r.finish(d);
    if c.type_.is_none() {
        d.error("PS103", Some(&c.pos), format!("{what} has no `type`")).set_hint("write `type: text` (or the shorthand `name: text`)");
    }
    Some(c)
}

fn decode_index(item: &YNode, d: &mut Diagnostics) -> Option<IndexSpec> {
    let empty = |pos: Pos| IndexSpec {
        name: None,
        columns: Vec::new(),
        expressions: Vec::new(),
        using: None,
        where_: None,
        include: Vec::new(),
        unique: false,
        concurrently: false,
        all_rows: false,
        renamed_from: None,
        pos,
    };
    match &item.value {
        YValue::Scalar { .. } | YValue::Seq(_) => {
            let mut ix = empty(item.pos.clone());
            ix.columns = str_list_of(item, "an index", d);
            Some(ix)
        }
        YValue::Map(_) => {
            let mut r = MapReader::new(item, "an index", d)?;
            let mut ix = empty(r.pos.clone());
            ix.name = r.str(d, "name");
            ix.columns = r.str_list(d, "columns");
            ix.expressions = r.str_list(d, "expressions");
            if let Some(e) = r.str(d, "expression") {
                ix.expressions.push(e);
            }
            ix.using = r.choice(d, "using", INDEX_METHODS);
            ix.where_ = r.str(d, "where");
            ix.include = r.str_list(d, "include");
            ix.unique = r.bool(d, "unique").unwrap_or(false);
            ix.concurrently = r.bool(d, "concurrently").unwrap_or(false);
            ix.all_rows = r.bool(d, "all_rows").unwrap_or(false);
            ix.renamed_from = r.str(d, "renamed_from");
            r.finish(d);
            if ix.columns.is_empty() && ix.expressions.is_empty() {
                d.error("PS103", Some(&ix.pos), "an index needs `columns` or `expression`");
            }
            Some(ix)
        }
    }
}

fn decode_partition(n: &YNode, d: &mut Diagnostics) -> Option<PartitionSpec> {
    let mut r = MapReader::new(n, "`partition`", d)?;
    let by = r.choice(d, "by", PARTITION_BY);
    if by.is_none() && !r.has("by") {
        d.error("PS103", Some(&r.pos), "`partition` needs `by: range|list|hash`");
    }
    let key = r.str_list(d, "key");
    let interval = r.choice(d, "interval", INTERVALS);
    let start = r.str(d, "start");
    let premake = r.int(d, "premake");
    let retention = r.int(d, "retention");
    let retention_action = r.choice(d, "retention_action", &["drop", "detach"]);
    let default_partition = r.bool(d, "default_partition").unwrap_or(false);
    let mut partitions = Vec::new();
    for (k, v) in r.map_entries(d, "partitions") {
        let what = format!("partition `{}`", k.name);
        let Some(mut p) = MapReader::new(v, &what, d) else {
            continue;
        };
        let values = p.str_list(d, "values");
        let from = p.str(d, "from");
        let to = p.str(d, "to");
        let modulus = p.int(d, "modulus");
        let remainder = p.int(d, "remainder");
        p.finish(d);
        partitions.push(PartSpec { name: key_str(k), values, from, to, modulus, remainder });
    }
    let pos = r.pos.clone();
    r.finish(d);
    Some(PartitionSpec { by: by?, key, interval, start, premake, retention, retention_action, partitions, default_partition, pos })
}

fn decode_rls(n: &YNode, d: &mut Diagnostics) -> Option<RlsSpec> {
    let mut r = MapReader::new(n, "`rls`", d)?;
    let enable = r.bool(d, "enable");
    let force = r.bool(d, "force");
    let mut policies = Vec::new();
    for (k, v) in r.map_entries(d, "policies") {
        let what = format!("policy `{}`", k.name);
        let Some(mut p) = MapReader::new(v, &what, d) else {
            continue;
        };
        let command = p.choice(d, "command", POLICY_COMMANDS);
        let roles = p.str_list(d, "roles");
        let using = p.str(d, "using");
        let check = p.str(d, "check");
        let permissive = p.choice(d, "type", &["permissive", "restrictive"]).is_none_or(|t| t.value == "permissive");
        let renamed_from = p.str(d, "renamed_from");
        p.finish(d);
        policies.push(PolicySpec {
            name: key_str(k),
            command: command.unwrap_or_else(|| Spanned::new("all", k.pos.clone())),
            roles,
            using,
            check,
            permissive,
            renamed_from,
        });
    }
    let pos = r.pos.clone();
    r.finish(d);
    Some(RlsSpec { enable, force, policies, pos })
}

fn decode_trigger(k: &YKey, v: &YNode, d: &mut Diagnostics) -> Option<TriggerSpec> {
    let what = format!("trigger `{}`", k.name);
    let mut r = MapReader::new(v, &what, d)?;
    let timing = r.choice(d, "timing", TRIGGER_TIMING);
    let events: Vec<_> =
        r.str_list(d, "events").iter().filter_map(|e| choice_of(e, TRIGGER_EVENTS, &format!("`events` of {what}"), d)).collect();
    let for_each = r.choice(d, "for_each", &["row", "statement"]);
    let function = r.req_str(d, "function");
    let args = r.str_list(d, "args");
    let when = r.str(d, "when");
    let pos = r.pos.clone();
    r.finish(d);
    if events.is_empty() {
        d.error("PS103", Some(&pos), format!("{what} needs `events: [insert, update, delete]`"));
    }
    Some(TriggerSpec {
        name: key_str(k),
        timing: timing.unwrap_or_else(|| Spanned::new("before", pos.clone())),
        events,
        for_each: for_each.unwrap_or_else(|| Spanned::new("row", pos.clone())),
        function: function?,
        args,
        when,
    })
}
