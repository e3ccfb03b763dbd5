//! Inspection: the live catalog of one database → `model::DatabaseModel`, the
//! same type compilation produces, so drift detection is a comparison of two
//! models (`verify::compare`). Reads only; never writes schema objects.
//!
//! The number of queries is fixed (see `QUERIES`): one per object kind, each
//! covering every object of that kind in the scope, never one per table. They
//! are pipelined on the one connection, so a large catalog costs one round trip
//! more or less. Expressions (defaults, checks, predicates, view queries) come
//! back in the server's normal form, printed under fixed settings (search_path
//! `pg_catalog`, UTC, ISO dates) so two inspections of one catalog are equal.

use super::{describe, DbError};
use crate::model::*;
use crate::verify::all_privileges;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio_postgres::types::{FromSql, ToSql};
use tokio_postgres::{GenericClient, Row};

/// The part of a server a model covers: its schemas and the roles it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub schemas: Vec<String>,
    pub roles: Vec<String>,
    pub database: String,
}

impl Scope {
    /// Every schema and role `model` mentions; `public` when it has objects there.
    pub fn of(model: &DatabaseModel) -> Scope {
        let mut schemas: BTreeSet<String> = model.schemas.keys().cloned().collect();
        schemas.extend(model.tables.values().map(|t| t.schema.clone()));
        schemas.extend(model.views.values().map(|v| v.schema.clone()));
        schemas.extend(model.enums.values().map(|e| e.schema.clone()));
        schemas.extend(model.functions.values().map(|f| f.schema.clone()));
        schemas.extend(model.grants.iter().map(|g| g.schema.clone()));
        schemas.extend(model.default_privileges.iter().map(|d| d.schema.clone()));
        schemas.remove(crate::db::ledger::SCHEMA);

        let mut roles: BTreeSet<String> = BTreeSet::new();
        for r in model.roles.values() {
            roles.insert(r.name.clone());
            roles.extend(r.member_of.iter().cloned());
        }
        roles.extend(model.grants.iter().map(|g| g.role.clone()));
        for d in &model.default_privileges {
            roles.insert(d.role.clone());
            roles.extend(d.for_role.iter().cloned());
        }
        for t in model.tables.values() {
            for p in &t.policies {
                roles.extend(p.roles.iter().cloned());
            }
        }
        roles.remove("public");
        Scope { schemas: schemas.into_iter().collect(), roles: roles.into_iter().collect(), database: model.database.clone() }
    }
}

/// What one inspection cost.
#[derive(Debug)]
pub struct Inspection {
    pub model: DatabaseModel,
    /// Statements sent; always `QUERIES`, whatever the size of the catalog.
    pub queries: usize,
    pub elapsed: Duration,
}

/// Statements per inspection: read settings, pin settings, 13 catalog queries
/// (schemas, extensions, roles, enums, functions, relations, columns,
/// constraints, indexes, policies, triggers, grants, default privileges),
/// restore settings.
pub const QUERIES: usize = 16;

pub async fn inspect(client: &impl GenericClient, scope: &Scope) -> Result<DatabaseModel, DbError> {
    Ok(inspect_with_stats(client, scope).await?.model)
}

pub async fn inspect_with_stats(client: &impl GenericClient, scope: &Scope) -> Result<Inspection, DbError> {
    let started = Instant::now();
    let q = Queries { client, sent: AtomicUsize::new(0) };
    let saved = q.one("reading session settings", SAVE_SETTINGS, &[]).await?;
    let saved: Vec<Option<String>> = (0..PINNED.len()).map(|i| get(&saved, i, "session settings")).collect::<Result<_, _>>()?;
    let pinned: Vec<String> = PINNED.iter().map(|(_, v)| v.to_string()).collect();
    q.one("pinning session settings", SET_SETTINGS, &[&pinned]).await?;
    let result = read_catalog(&q, scope).await;
    // put the caller's session back as it was, whether or not inspection worked
    let restore: Vec<String> = saved.into_iter().zip(PINNED).map(|(v, (_, pin))| v.unwrap_or_else(|| pin.to_string())).collect();
    let restored = q.one("restoring session settings", SET_SETTINGS, &[&restore]).await;
    let model = result?;
    restored?;
    Ok(Inspection { model, queries: q.sent.load(Ordering::Relaxed), elapsed: started.elapsed() })
}

/// Settings that change how the server prints names, dates and expressions.
const PINNED: [(&str, &str); 4] =
    [("search_path", "pg_catalog"), ("TimeZone", "UTC"), ("DateStyle", "ISO, MDY"), ("IntervalStyle", "postgres")];

const SAVE_SETTINGS: &str =
    "SELECT current_setting('search_path'), current_setting('TimeZone'), current_setting('DateStyle'), current_setting('IntervalStyle')";

const SET_SETTINGS: &str = "SELECT set_config('search_path', ($1::text[])[1], false), set_config('TimeZone', ($1::text[])[2], false), \
     set_config('DateStyle', ($1::text[])[3], false), set_config('IntervalStyle', ($1::text[])[4], false)";

struct Queries<'c, C> {
    client: &'c C,
    sent: AtomicUsize,
}

impl<C: GenericClient> Queries<'_, C> {
    async fn all(&self, what: &str, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>, DbError> {
        self.sent.fetch_add(1, Ordering::Relaxed);
        self.client.query(sql, params).await.map_err(super::sql_error(format!("inspecting {what}")))
    }

    async fn one(&self, what: &str, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Row, DbError> {
        let mut rows = self.all(what, sql, params).await?;
        match rows.pop() {
            Some(r) if rows.is_empty() => Ok(r),
            _ => Err(DbError::Sql { context: format!("inspecting {what}"), message: "expected exactly one row".into(), position: None }),
        }
    }
}

fn get<'a, T: FromSql<'a>>(row: &'a Row, idx: usize, what: &str) -> Result<T, DbError> {
    row.try_get(idx).map_err(|e| DbError::Sql { context: format!("reading {what}"), message: describe(&e).0, position: None })
}

/// Not an object that belongs to an extension (citext's functions, postgis's tables).
const NOT_EXTENSION_MEMBER: &str = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d \
     WHERE d.classid = '{catalog}'::regclass AND d.objid = {oid} AND d.deptype = 'e')";

fn not_member(catalog: &str, oid: &str) -> String {
    NOT_EXTENSION_MEMBER.replace("{catalog}", catalog).replace("{oid}", oid)
}

const SCHEMAS: &str = "SELECT n.nspname::text, pg_catalog.obj_description(n.oid, 'pg_namespace')
    FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY($1::text[]) ORDER BY 1";

const EXTENSIONS: &str = "SELECT e.extname::text FROM pg_catalog.pg_extension e WHERE e.extname <> 'plpgsql' ORDER BY 1";

const ROLES: &str = "SELECT r.rolname::text, r.rolcanlogin, r.rolinherit, r.rolbypassrls, r.rolcreatedb, r.rolcreaterole, r.rolconnlimit,
        ARRAY(SELECT DISTINCT g.rolname::text FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
              WHERE m.member = r.oid ORDER BY 1),
        pg_catalog.shobj_description(r.oid, 'pg_authid')
    FROM pg_catalog.pg_roles r WHERE r.rolname = ANY($1::text[]) ORDER BY 1";

fn enums_sql() -> String {
    format!(
        "SELECT n.nspname::text, t.typname::text,
            ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder),
            pg_catalog.obj_description(t.oid, 'pg_type')
        FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typtype = 'e' AND n.nspname = ANY($1::text[]) AND {}
        ORDER BY 1, 2",
        not_member("pg_catalog.pg_type", "t.oid")
    )
}

fn functions_sql() -> String {
    format!(
        "SELECT n.nspname::text, p.proname::text, pg_catalog.pg_get_function_identity_arguments(p.oid),
            pg_catalog.pg_get_function_result(p.oid), l.lanname::text, p.prosrc, p.provolatile::text, p.prosecdef, p.proisstrict,
            pg_catalog.obj_description(p.oid, 'pg_proc'), pg_catalog.pg_get_function_arguments(p.oid)
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
        JOIN pg_catalog.pg_language l ON l.oid = p.prolang
        WHERE p.prokind = 'f' AND n.nspname = ANY($1::text[]) AND {}
        ORDER BY 1, 2, 3",
        not_member("pg_catalog.pg_proc", "p.oid")
    )
}

/// Tables, partition children, views and materialized views.
fn relations_sql() -> String {
    format!(
        "SELECT c.oid, n.nspname::text, c.relname::text, c.relkind::text, c.relrowsecurity, c.relforcerowsecurity,
            pg_catalog.obj_description(c.oid, 'pg_class'), c.relispartition,
            CASE WHEN c.relispartition THEN (SELECT i.inhparent FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid LIMIT 1) END,
            CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
            pt.partstrat::text,
            CASE WHEN pt.partrelid IS NOT NULL THEN ARRAY(
                SELECT coalesce(a.attname::text, '') FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY k(attnum, ord)
                LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.ord) END,
            CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END,
            EXISTS (SELECT 1 FROM unnest(c.reloptions) o
                    WHERE lower(o) IN ('security_invoker=true', 'security_invoker=on', 'security_invoker=1', 'security_invoker=yes'))
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
        WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY($1::text[]) AND {}
        ORDER BY 2, 3",
        not_member("pg_catalog.pg_class", "c.oid")
    )
}

/// Tables of the scope that the model holds as tables (not partition children).
const TABLES_OF_SCOPE: &str = "JOIN pg_catalog.pg_class c ON c.oid = {rel} JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY($1::text[]) AND NOT c.relispartition";

fn scoped(rel: &str) -> String {
    TABLES_OF_SCOPE.replace("{rel}", rel)
}

fn columns_sql() -> String {
    format!(
        "SELECT a.attrelid, a.attname::text, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text,
            a.attgenerated::text, CASE WHEN a.atthasdef THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END,
            pg_catalog.col_description(a.attrelid, a.attnum),
            et.typtype::text, en.nspname::text, et.typname::text, et.oid <> t.oid
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
        JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
        JOIN pg_catalog.pg_namespace en ON en.oid = et.typnamespace
        LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        {} AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attrelid, a.attnum",
        scoped("a.attrelid")
    )
}

fn constraints_sql() -> String {
    format!(
        "SELECT con.conrelid, con.conname::text, con.contype::text,
            ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord),
            rn.nspname::text, rc.relname::text,
            ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord),
            con.confdeltype::text, con.confupdtype::text,
            CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid, true) END
        FROM pg_catalog.pg_constraint con
        LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
        LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
        {} AND c.relkind IN ('r', 'p') AND con.contype IN ('p', 'u', 'c', 'f') AND con.conparentid = 0
        ORDER BY con.conrelid, con.conname",
        scoped("con.conrelid")
    )
}

/// Indexes of tables and materialized views, except those backing a constraint.
fn indexes_sql() -> String {
    format!(
        "SELECT i.indrelid, ic.relname::text, am.amname::text, i.indisunique, i.indnkeyatts::int,
            ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                  LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
                  ORDER BY k.ord),
            ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k ORDER BY k),
            i.indoption::int2[],
            pg_catalog.pg_get_expr(i.indpred, i.indrelid, true)
        FROM pg_catalog.pg_index i
        JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_catalog.pg_am am ON am.oid = ic.relam
        {} AND c.relkind IN ('r', 'p', 'm')
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                          WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
        ORDER BY i.indrelid, ic.relname",
        scoped("i.indrelid")
    )
}

fn policies_sql() -> String {
    format!(
        "SELECT p.polrelid, p.polname::text, p.polcmd::text, p.polpermissive,
            ARRAY(SELECT coalesce(r.rolname::text, 'public') FROM unnest(p.polroles) WITH ORDINALITY x(oid, ord)
                  LEFT JOIN pg_catalog.pg_roles r ON r.oid = x.oid ORDER BY 1),
            pg_catalog.pg_get_expr(p.polqual, p.polrelid, true), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid, true)
        FROM pg_catalog.pg_policy p
        {}
        ORDER BY p.polrelid, p.polname",
        scoped("p.polrelid")
    )
}

fn triggers_sql() -> String {
    format!(
        "SELECT t.tgrelid, t.tgname::text, t.tgtype::int, pn.nspname::text, p.proname::text, t.tgargs, t.tgnargs::int,
            pg_catalog.pg_get_triggerdef(t.oid, true)
        FROM pg_catalog.pg_trigger t
        JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
        JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
        {} AND NOT t.tgisinternal
        ORDER BY t.tgrelid, t.tgname",
        scoped("t.tgrelid")
    )
}

/// Effective privileges (the server's defaults where no ACL was ever set) of
/// PUBLIC and of the roles in scope; owners' own privileges are implicit.
fn grants_sql() -> String {
    format!(
        "WITH objects(kind, schema, object, owner, acl) AS (
            SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END, n.nspname::text, c.relname::text, c.relowner,
                   coalesce(c.relacl, pg_catalog.acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner))
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND NOT c.relispartition AND n.nspname = ANY($1::text[]) AND {rel}
          UNION ALL
            SELECT 'schema', n.nspname::text, n.nspname::text, n.nspowner, coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner))
            FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY($1::text[])
          UNION ALL
            SELECT 'function', n.nspname::text, p.proname::text || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
                   p.proowner, coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))
            FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind = 'f' AND n.nspname = ANY($1::text[]) AND {proc}
          UNION ALL
            SELECT 'type', n.nspname::text, t.typname::text, t.typowner, coalesce(t.typacl, pg_catalog.acldefault('T', t.typowner))
            FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname = ANY($1::text[]) AND {typ}
        )
        SELECT DISTINCT o.kind, o.schema, o.object, coalesce(g.rolname::text, 'public'), x.privilege_type, x.is_grantable
        FROM objects o CROSS JOIN LATERAL pg_catalog.aclexplode(o.acl) x
        LEFT JOIN pg_catalog.pg_roles g ON g.oid = x.grantee
        WHERE x.grantee <> o.owner AND (x.grantee = 0 OR g.rolname = ANY($2::text[]))
        ORDER BY 1, 2, 3, 4, 5",
        rel = not_member("pg_catalog.pg_class", "c.oid"),
        proc = not_member("pg_catalog.pg_proc", "p.oid"),
        typ = not_member("pg_catalog.pg_type", "t.oid"),
    )
}

/// Schema-level default privileges (global ones have no place in the model).
const DEFAULT_PRIVILEGES: &str = "SELECT DISTINCT d.defaclobjtype::text, n.nspname::text, fr.rolname::text,
        coalesce(g.rolname::text, 'public'), x.privilege_type
    FROM pg_catalog.pg_default_acl d
    JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
    JOIN pg_catalog.pg_roles fr ON fr.oid = d.defaclrole
    CROSS JOIN LATERAL pg_catalog.aclexplode(d.defaclacl) x
    LEFT JOIN pg_catalog.pg_roles g ON g.oid = x.grantee
    WHERE n.nspname = ANY($1::text[]) AND (x.grantee = 0 OR g.rolname = ANY($2::text[]))
    ORDER BY 1, 2, 3, 4, 5";

async fn read_catalog<C: GenericClient>(q: &Queries<'_, C>, scope: &Scope) -> Result<DatabaseModel, DbError> {
    let schemas: Vec<String> = scope.schemas.iter().filter(|s| s.as_str() != crate::db::ledger::SCHEMA).cloned().collect();
    let roles: Vec<String> = scope.roles.iter().filter(|r| r.as_str() != "public").cloned().collect();
    let (enums, functions, relations, columns, constraints, indexes, policies, triggers, grants) = (
        enums_sql(),
        functions_sql(),
        relations_sql(),
        columns_sql(),
        constraints_sql(),
        indexes_sql(),
        policies_sql(),
        triggers_sql(),
        grants_sql(),
    );
    let s: &[&(dyn ToSql + Sync)] = &[&schemas];
    let r: &[&(dyn ToSql + Sync)] = &[&roles];
    let sr: &[&(dyn ToSql + Sync)] = &[&schemas, &roles];
    // sent together: the connection pipelines them
    let (
        schema_rows,
        extension_rows,
        role_rows,
        enum_rows,
        function_rows,
        relation_rows,
        column_rows,
        constraint_rows,
        index_rows,
        policy_rows,
        trigger_rows,
        grant_rows,
        default_rows,
    ) = tokio::try_join!(
        q.all("schemas", SCHEMAS, s),
        q.all("extensions", EXTENSIONS, &[]),
        q.all("roles", ROLES, r),
        q.all("enums", &enums, s),
        q.all("functions", &functions, s),
        q.all("tables and views", &relations, s),
        q.all("columns", &columns, s),
        q.all("constraints", &constraints, s),
        q.all("indexes", &indexes, s),
        q.all("policies", &policies, s),
        q.all("triggers", &triggers, s),
        q.all("grants", &grants, sr),
        q.all("default privileges", DEFAULT_PRIVILEGES, sr),
    )?;

    let mut model = DatabaseModel::empty(&scope.database);
    for row in &schema_rows {
        let name: String = get(row, 0, "schemas")?;
        // the model never lists `public`: it exists in every database
        if name != "public" {
            model.schemas.insert(name.clone(), Schema { name, comment: get(row, 1, "schemas")?, origin: Origin::default() });
        }
    }
    for row in &extension_rows {
        let name: String = get(row, 0, "extensions")?;
        model.extensions.insert(name.clone(), Extension { name, origin: Origin::default() });
    }
    for row in &role_rows {
        let name: String = get(row, 0, "roles")?;
        let limit: i32 = get(row, 6, "roles")?;
        model.roles.insert(
            name.clone(),
            Role {
                name,
                login: get(row, 1, "roles")?,
                inherit: get(row, 2, "roles")?,
                bypassrls: get(row, 3, "roles")?,
                createdb: get(row, 4, "roles")?,
                createrole: get(row, 5, "roles")?,
                connection_limit: (limit >= 0).then_some(i64::from(limit)),
                member_of: get(row, 7, "roles")?,
                password_env: None,
                comment: get(row, 8, "roles")?,
                renamed_from: Default::default(),
                origin: Origin::default(),
            },
        );
    }
    for row in &enum_rows {
        let schema: String = get(row, 0, "enums")?;
        let name: String = get(row, 1, "enums")?;
        model.enums.insert(
            qkey(&schema, &name),
            Enum { schema, name, values: get(row, 2, "enums")?, comment: get(row, 3, "enums")?, origin: Origin::default() },
        );
    }
    for row in &function_rows {
        let volatility = match get::<String>(row, 6, "functions")?.as_str() {
            "i" => "immutable",
            "s" => "stable",
            _ => "volatile",
        };
        let f = Function {
            schema: get(row, 0, "functions")?,
            name: get(row, 1, "functions")?,
            args: get(row, 10, "functions")?,
            identity_args: get(row, 2, "functions")?,
            returns: get(row, 3, "functions")?,
            language: get(row, 4, "functions")?,
            body: get(row, 5, "functions")?,
            volatility: volatility.to_string(),
            security_definer: get(row, 7, "functions")?,
            strict: get(row, 8, "functions")?,
            after_tables: false,
            comment: get(row, 9, "functions")?,
            origin: Origin::default(),
        };
        model.functions.insert(f.key(), f);
    }

    // relations: tables by oid, so the per-kind rows below find their table
    let mut tables: BTreeMap<u32, Table> = BTreeMap::new();
    let mut views: BTreeMap<u32, View> = BTreeMap::new();
    let mut children: Vec<(u32, PartitionChild)> = Vec::new();
    for row in &relation_rows {
        let oid: u32 = get(row, 0, "tables")?;
        let schema: String = get(row, 1, "tables")?;
        let name: String = get(row, 2, "tables")?;
        let kind: String = get(row, 3, "tables")?;
        let comment: Option<String> = get(row, 6, "tables")?;
        if get::<bool>(row, 7, "tables")? {
            let parent: Option<u32> = get(row, 8, "tables")?;
            let bound: Option<String> = get(row, 9, "tables")?;
            if let Some(parent) = parent {
                children.push((parent, PartitionChild { name, bound: parse_bound(bound.as_deref().unwrap_or("")) }));
            }
            continue;
        }
        if kind == "v" || kind == "m" {
            let query: Option<String> = get(row, 12, "views")?;
            let query = query.unwrap_or_default().trim().trim_end_matches(';').to_string();
            views.insert(
                oid,
                View {
                    schema,
                    name,
                    query,
                    materialized: kind == "m",
                    security_invoker: get(row, 13, "views")?,
                    indexes: Vec::new(),
                    comment,
                    depends_on: Vec::new(),
                    origin: Origin::default(),
                },
            );
            continue;
        }
        let strategy: Option<String> = get(row, 10, "tables")?;
        let key: Option<Vec<String>> = get(row, 11, "tables")?;
        let partition = strategy.map(|s| Partitioning {
            strategy: match s.as_str() {
                "r" => "range",
                "l" => "list",
                "h" => "hash",
                other => other,
            }
            .to_string(),
            key: key.unwrap_or_default(),
            interval: None,
            premake: None,
            retention: None,
            retention_action: None,
            children: Vec::new(),
        });
        tables.insert(
            oid,
            Table {
                schema,
                name,
                columns: Vec::new(),
                primary_key: None,
                uniques: Vec::new(),
                checks: Vec::new(),
                foreign_keys: Vec::new(),
                indexes: Vec::new(),
                partition,
                rls: Rls { enabled: get(row, 4, "tables")?, forced: get(row, 5, "tables")? },
                policies: Vec::new(),
                triggers: Vec::new(),
                comment,
                rows: Vec::new(),
                tenant_scoped: false,
                renamed_from: Default::default(),
                origin: Origin::default(),
            },
        );
    }
    for (parent, child) in children {
        if let Some(p) = tables.get_mut(&parent).and_then(|t| t.partition.as_mut()) {
            p.children.push(child);
        }
    }

    for row in &column_rows {
        let Some(t) = tables.get_mut(&get::<u32>(row, 0, "columns")?) else { continue };
        let identity = match get::<String>(row, 4, "columns")?.as_str() {
            "a" => Some("always".to_string()),
            "d" => Some("by default".to_string()),
            _ => None,
        };
        let expr: Option<String> = get(row, 6, "columns")?;
        let generated_col = get::<String>(row, 5, "columns")? == "s";
        let (comment, external) = split_external(get(row, 7, "columns")?);
        t.columns.push(Column {
            name: get(row, 1, "columns")?,
            type_: column_type(
                get(row, 2, "columns")?,
                &get::<String>(row, 8, "columns")?,
                &get::<String>(row, 9, "columns")?,
                &get::<String>(row, 10, "columns")?,
                get(row, 11, "columns")?,
            ),
            nullable: !get::<bool>(row, 3, "columns")?,
            default: if generated_col { None } else { expr.clone() },
            identity,
            generated: if generated_col { expr } else { None },
            comment,
            external,
            renamed_from: Default::default(),
            origin: Origin::default(),
        });
    }

    for row in &constraint_rows {
        let Some(t) = tables.get_mut(&get::<u32>(row, 0, "constraints")?) else { continue };
        let name: String = get(row, 1, "constraints")?;
        let columns: Vec<String> = get(row, 3, "constraints")?;
        match get::<String>(row, 2, "constraints")?.as_str() {
            "p" => t.primary_key = Some(KeyConstraint { name, columns, renamed_from: Default::default(), origin: Origin::default() }),
            "u" => t.uniques.push(KeyConstraint { name, columns, renamed_from: Default::default(), origin: Origin::default() }),
            "c" => {
                let def: Option<String> = get(row, 9, "constraints")?;
                t.checks.push(Check {
                    name,
                    expr: check_expression(def.as_deref().unwrap_or("")),
                    renamed_from: Default::default(),
                    origin: Origin::default(),
                });
            }
            _ => {
                t.foreign_keys.push(ForeignKey {
                    name,
                    columns,
                    ref_schema: get::<Option<String>>(row, 4, "constraints")?.unwrap_or_default(),
                    ref_table: get::<Option<String>>(row, 5, "constraints")?.unwrap_or_default(),
                    ref_columns: get(row, 6, "constraints")?,
                    on_delete: fk_action(&get::<String>(row, 7, "constraints")?),
                    on_update: fk_action(&get::<String>(row, 8, "constraints")?),
                    renamed_from: Default::default(),
                    origin: Origin::default(),
                });
            }
        }
    }

    for row in &index_rows {
        let rel: u32 = get(row, 0, "indexes")?;
        let nkeys = usize::try_from(get::<i32>(row, 4, "indexes")?).unwrap_or(0);
        let cols: Vec<Option<String>> = get(row, 5, "indexes")?;
        let defs: Vec<Option<String>> = get(row, 6, "indexes")?;
        let options: Vec<i16> = get(row, 7, "indexes")?;
        let mut keys = Vec::new();
        let mut include = Vec::new();
        for (i, col) in cols.iter().enumerate() {
            if i >= nkeys {
                include.push(col.clone().or_else(|| defs.get(i).cloned().flatten()).unwrap_or_default());
                continue;
            }
            let order = key_order(options.get(i).copied().unwrap_or(0));
            keys.push(match col {
                Some(c) => IndexKey { column: Some(c.clone()), expression: None, order },
                None => IndexKey { column: None, expression: defs.get(i).cloned().flatten(), order },
            });
        }
        let index = Index {
            name: get(row, 1, "indexes")?,
            method: get(row, 2, "indexes")?,
            keys,
            include,
            predicate: get(row, 8, "indexes")?,
            unique: get(row, 3, "indexes")?,
            concurrently: false,
            renamed_from: Default::default(),
            origin: Origin::default(),
        };
        if let Some(t) = tables.get_mut(&rel) {
            t.indexes.push(index);
        } else if let Some(v) = views.get_mut(&rel) {
            v.indexes.push(index);
        }
    }

    for row in &policy_rows {
        let Some(t) = tables.get_mut(&get::<u32>(row, 0, "policies")?) else { continue };
        let command = match get::<String>(row, 2, "policies")?.as_str() {
            "r" => "select",
            "a" => "insert",
            "w" => "update",
            "d" => "delete",
            _ => "all",
        };
        let mut roles: Vec<String> = get(row, 4, "policies")?;
        // the model spells "everyone" as no roles
        roles.retain(|r| r != "public");
        t.policies.push(Policy {
            name: get(row, 1, "policies")?,
            command: command.to_string(),
            permissive: get(row, 3, "policies")?,
            roles,
            using: get(row, 5, "policies")?,
            check: get(row, 6, "policies")?,
            renamed_from: Default::default(),
            origin: Origin::default(),
        });
    }

    for row in &trigger_rows {
        let Some(t) = tables.get_mut(&get::<u32>(row, 0, "triggers")?) else { continue };
        let tgtype: i32 = get(row, 2, "triggers")?;
        let raw_args: Vec<u8> = get(row, 5, "triggers")?;
        let nargs = usize::try_from(get::<i32>(row, 6, "triggers")?).unwrap_or(0);
        let def: String = get(row, 7, "triggers")?;
        t.triggers.push(Trigger {
            name: get(row, 1, "triggers")?,
            timing: trigger_timing(tgtype).to_string(),
            events: trigger_events(tgtype),
            for_each: if tgtype & TRIGGER_ROW != 0 { "row" } else { "statement" }.to_string(),
            function_schema: get(row, 3, "triggers")?,
            function: get(row, 4, "triggers")?,
            args: raw_args.split(|b| *b == 0).take(nargs).map(|a| String::from_utf8_lossy(a).into_owned()).collect(),
            when: trigger_when(&def),
            origin: Origin::default(),
        });
    }

    // grants: one entry per object, role and grant option, ALL when complete
    let mut granted: BTreeMap<(String, String, String, String, bool), BTreeSet<String>> = BTreeMap::new();
    for row in &grant_rows {
        let key = (get(row, 3, "grants")?, get(row, 0, "grants")?, get(row, 1, "grants")?, get(row, 2, "grants")?, get(row, 5, "grants")?);
        granted.entry(key).or_default().insert(get(row, 4, "grants")?);
    }
    for ((role, kind, schema, object, with_grant_option), privileges) in granted {
        let privileges = collapse_all(&kind, privileges);
        model.grants.push(Grant { role, kind, schema, object, privileges, with_grant_option });
    }
    let mut defaults: BTreeMap<(String, String, String, String), BTreeSet<String>> = BTreeMap::new();
    for row in &default_rows {
        let on = match get::<String>(row, 0, "default privileges")?.as_str() {
            "r" => "tables",
            "S" => "sequences",
            "f" => "functions",
            "T" => "types",
            "n" => "schemas",
            _ => continue,
        };
        let key =
            (get(row, 3, "default privileges")?, on.to_string(), get(row, 1, "default privileges")?, get(row, 2, "default privileges")?);
        defaults.entry(key).or_default().insert(get(row, 4, "default privileges")?);
    }
    for ((role, on, schema, for_role), privileges) in defaults {
        let kind = on.trim_end_matches('s').to_string();
        model.default_privileges.push(DefaultPrivilege {
            role,
            on,
            schema,
            for_role: Some(for_role),
            privileges: collapse_all(&kind, privileges),
        });
    }
    model.grants.sort();
    model.default_privileges.sort();

    for t in tables.into_values() {
        model.tables.insert(t.key(), t);
    }
    for v in views.into_values() {
        model.views.insert(v.key(), v);
    }
    Ok(model)
}

/// Sorted privileges, `ALL` when they are everything the kind has (as the compiler writes them).
fn collapse_all(kind: &str, mut privileges: BTreeSet<String>) -> Vec<String> {
    privileges.remove("MAINTAIN");
    let all = all_privileges(kind);
    if !all.is_empty() && all.iter().all(|p| privileges.contains(*p)) {
        return vec!["ALL".to_string()];
    }
    privileges.into_iter().collect()
}

/// format_type() spelling, as the compiler writes it: enums always quoted and
/// schema-qualified, extension types (citext, ...) without their schema.
fn column_type(formatted: String, elem_kind: &str, elem_schema: &str, elem_name: &str, is_array: bool) -> String {
    if elem_kind == "e" {
        let base = crate::sql::quote_qualified(&[elem_schema, elem_name]);
        return if is_array { format!("{base}[]") } else { base };
    }
    if elem_schema != "pg_catalog" {
        for prefix in [format!("{elem_schema}."), format!("{}.", crate::sql::quote_ident(elem_schema))] {
            if let Some(rest) = formatted.strip_prefix(&prefix) {
                return rest.to_string();
            }
        }
    }
    formatted
}

/// `comment [external reference: db.table]` → (comment, external), as the table template joins them.
fn split_external(comment: Option<String>) -> (Option<String>, Option<String>) {
    const MARK: &str = "[external reference: ";
    let Some(text) = comment else { return (None, None) };
    if let Some(start) = text.rfind(MARK) {
        if text.ends_with(']') {
            let external = text[start + MARK.len()..text.len() - 1].to_string();
            let rest = text[..start].trim_end().to_string();
            return ((!rest.is_empty()).then_some(rest), Some(external));
        }
    }
    (Some(text), None)
}

/// `CHECK (expr)` (maybe ` NOT VALID`) → `expr`.
fn check_expression(def: &str) -> String {
    let d = def.trim();
    let d = d.strip_suffix(" NOT VALID").unwrap_or(d);
    match d.strip_prefix("CHECK (").and_then(|r| r.strip_suffix(')')) {
        Some(inner) => inner.to_string(),
        None => d.to_string(),
    }
}

fn fk_action(code: &str) -> String {
    match code {
        "r" => "restrict",
        "c" => "cascade",
        "n" => "set null",
        "d" => "set default",
        _ => "no action",
    }
    .to_string()
}

/// indoption bits: 1 = DESC, 2 = NULLS FIRST; the defaults (ASC NULLS LAST,
/// DESC NULLS FIRST) are not spelled out.
fn key_order(option: i16) -> Option<String> {
    let desc = option & 1 != 0;
    let nulls_first = option & 2 != 0;
    match (desc, nulls_first) {
        (false, false) => None,
        (false, true) => Some("NULLS FIRST".into()),
        (true, true) => Some("DESC".into()),
        (true, false) => Some("DESC NULLS LAST".into()),
    }
}

// pg_trigger.tgtype bits (catalog/pg_trigger.h)
const TRIGGER_ROW: i32 = 1;
const TRIGGER_BEFORE: i32 = 2;
const TRIGGER_INSERT: i32 = 4;
const TRIGGER_DELETE: i32 = 8;
const TRIGGER_UPDATE: i32 = 16;
const TRIGGER_TRUNCATE: i32 = 32;
const TRIGGER_INSTEAD: i32 = 64;

fn trigger_timing(tgtype: i32) -> &'static str {
    if tgtype & TRIGGER_INSTEAD != 0 {
        "instead of"
    } else if tgtype & TRIGGER_BEFORE != 0 {
        "before"
    } else {
        "after"
    }
}

fn trigger_events(tgtype: i32) -> Vec<String> {
    [(TRIGGER_INSERT, "insert"), (TRIGGER_UPDATE, "update"), (TRIGGER_DELETE, "delete"), (TRIGGER_TRUNCATE, "truncate")]
        .iter()
        .filter(|(bit, _)| tgtype & bit != 0)
        .map(|(_, e)| e.to_string())
        .collect()
}

/// The WHEN condition out of pg_get_triggerdef(): `... FOR EACH ROW WHEN (cond) EXECUTE FUNCTION f(...)`.
fn trigger_when(def: &str) -> Option<String> {
    let start = [" FOR EACH ROW WHEN (", " FOR EACH STATEMENT WHEN ("].iter().find_map(|m| def.find(m).map(|i| i + m.len()))?;
    let end = def.rfind(") EXECUTE FUNCTION ").or_else(|| def.rfind(") EXECUTE PROCEDURE "))?;
    (end > start).then(|| def[start..end].to_string())
}

/// pg_get_expr(relpartbound) → a bound; literals unquoted.
fn parse_bound(text: &str) -> PartitionBound {
    let t = text.trim();
    if t.eq_ignore_ascii_case("DEFAULT") {
        return PartitionBound::Default;
    }
    if let Some(rest) = t.strip_prefix("FOR VALUES WITH (") {
        let mut modulus = 0;
        let mut remainder = 0;
        for part in rest.trim_end_matches(')').split(',') {
            let mut words = part.split_whitespace();
            match (words.next(), words.next().and_then(|v| v.parse::<i64>().ok())) {
                (Some("modulus"), Some(v)) => modulus = v,
                (Some("remainder"), Some(v)) => remainder = v,
                _ => {}
            }
        }
        return PartitionBound::Hash { modulus, remainder };
    }
    if let Some(rest) = t.strip_prefix("FOR VALUES IN (") {
        return PartitionBound::List { values: literal_list(rest.strip_suffix(')').unwrap_or(rest)) };
    }
    if let Some(rest) = t.strip_prefix("FOR VALUES FROM (") {
        if let Some((from, to)) = rest.split_once(") TO (") {
            return PartitionBound::Range { from: literal_list(from), to: literal_list(to.strip_suffix(')').unwrap_or(to)) };
        }
    }
    PartitionBound::List { values: vec![t.to_string()] }
}

/// `'a', 'it''s', 5, MINVALUE` → [a, it's, 5, MINVALUE]
fn literal_list(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_quote = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' if in_quote && chars.peek() == Some(&'\'') => {
                cur.push('\'');
                chars.next();
            }
            '\'' => in_quote = !in_quote,
            ',' if !in_quote => out.push(std::mem::take(&mut cur).trim().to_string()),
            c => cur.push(c),
        }
    }
    if !cur.trim().is_empty() || !out.is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        assert_eq!(parse_bound("DEFAULT"), PartitionBound::Default);
        assert_eq!(parse_bound("FOR VALUES WITH (modulus 4, remainder 3)"), PartitionBound::Hash { modulus: 4, remainder: 3 });
        assert_eq!(parse_bound("FOR VALUES IN ('de', 'it''s')"), PartitionBound::List { values: vec!["de".into(), "it's".into()] });
        assert_eq!(
            parse_bound("FOR VALUES FROM ('2026-01-01 00:00:00+00') TO (MAXVALUE)"),
            PartitionBound::Range { from: vec!["2026-01-01 00:00:00+00".into()], to: vec!["MAXVALUE".into()] }
        );
    }

    #[test]
    fn trigger_parts() {
        let def =
            "CREATE TRIGGER t BEFORE UPDATE ON s.e FOR EACH ROW WHEN ((old.body IS DISTINCT FROM new.body)) EXECUTE FUNCTION s.f('x')";
        assert_eq!(trigger_when(def).as_deref(), Some("(old.body IS DISTINCT FROM new.body)"));
        assert_eq!(trigger_when("CREATE TRIGGER t AFTER INSERT ON s.e FOR EACH STATEMENT EXECUTE FUNCTION s.f()"), None);
        assert_eq!(trigger_events(4 | 16 | 2 | 1), vec!["insert", "update"]);
        assert_eq!(trigger_timing(64 | 1), "instead of");
    }

    #[test]
    fn spellings() {
        assert_eq!(column_type("app.status[]".into(), "e", "app", "status", true), "\"app\".\"status\"[]");
        assert_eq!(column_type("public.citext".into(), "b", "public", "citext", false), "citext");
        assert_eq!(column_type("numeric(12,2)".into(), "b", "pg_catalog", "numeric", false), "numeric(12,2)");
        assert_eq!(
            split_external(Some("Owner. [external reference: crm.users]".into())),
            (Some("Owner.".into()), Some("crm.users".into()))
        );
        assert_eq!(split_external(Some("[external reference: crm.users]".into())), (None, Some("crm.users".into())));
        assert_eq!(check_expression("CHECK (a > 0) NOT VALID"), "a > 0");
        assert_eq!(key_order(3).as_deref(), Some("DESC"));
        assert_eq!(collapse_all("sequence", ["USAGE", "SELECT", "UPDATE"].map(String::from).into()), vec!["ALL"]);
    }
}

/// A catalog row holding an SQL expression that was written after an apply mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modified {
    /// default (column defaults and generation expressions) | check | index | policy | trigger | view
    pub kind: String,
    pub schema: String,
    pub table: String,
    /// Column, constraint, index, policy or trigger name; empty for a view.
    pub name: String,
}

/// Expression-bearing catalog rows of `scope` written by a transaction younger
/// than `mark` (a transaction id from `ledger::apply_mark`): one query, however
/// large the catalog. Every other expression is as the apply left it.
pub async fn modified_since(client: &impl GenericClient, scope: &Scope, mark: &str) -> Result<Vec<Modified>, DbError> {
    const SQL: &str = "WITH m AS (SELECT pg_catalog.age($1::text::xid8::xid) AS mark)
        SELECT 'default', n.nspname::text, c.relname::text, a.attname::text
          FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_class c ON c.oid = d.adrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum, m
         WHERE n.nspname = ANY($2::text[]) AND pg_catalog.age(d.xmin) < m.mark
        UNION ALL
        SELECT 'check', n.nspname::text, c.relname::text, con.conname::text
          FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace, m
         WHERE con.contype = 'c' AND n.nspname = ANY($2::text[]) AND pg_catalog.age(con.xmin) < m.mark
        UNION ALL
        SELECT 'index', n.nspname::text, t.relname::text, ic.relname::text
          FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace, m
         WHERE (i.indpred IS NOT NULL OR i.indexprs IS NOT NULL) AND n.nspname = ANY($2::text[]) AND pg_catalog.age(i.xmin) < m.mark
        UNION ALL
        SELECT 'policy', n.nspname::text, c.relname::text, p.polname::text
          FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace, m
         WHERE n.nspname = ANY($2::text[]) AND pg_catalog.age(p.xmin) < m.mark
        UNION ALL
        SELECT 'trigger', n.nspname::text, c.relname::text, tg.tgname::text
          FROM pg_catalog.pg_trigger tg JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace, m
         WHERE NOT tg.tgisinternal AND n.nspname = ANY($2::text[]) AND pg_catalog.age(tg.xmin) < m.mark
        UNION ALL
        SELECT 'view', n.nspname::text, c.relname::text, ''
          FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace, m
         WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY($2::text[]) AND pg_catalog.age(r.xmin) < m.mark
        ORDER BY 1, 2, 3, 4";
    let rows = client.query(SQL, &[&mark, &scope.schemas]).await.map_err(super::sql_error("inspecting what changed since the apply"))?;
    rows.iter()
        .map(|r| {
            Ok(Modified {
                kind: get(r, 0, "changes since the apply")?,
                schema: get(r, 1, "changes since the apply")?,
                table: get(r, 2, "changes since the apply")?,
                name: get(r, 3, "changes since the apply")?,
            })
        })
        .collect()
}
