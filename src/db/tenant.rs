//! The tenant registry and the statements of tenant onboarding: the row in the
//! tenant root, tenant schemas and their own ledger, tenant databases. What to
//! run is decided by `crate::tenant`; this module only runs it.
//!
//! `provision.tenants` in a database lists the tenants that database knows:
//! `rls` tenants (their root row is here), `schema` tenants (their schema is
//! here, at `version`: the schema's own ledger) and `database` tenants (their
//! databases live elsewhere; this is the database holding the tenant root).
//! `provision.tenant_history` keeps every version a tenant schema went through.

use super::{describe, sql_error, DbError};
use crate::sql::{quote_ident, quote_literal, quote_qualified};
use tokio_postgres::{Client, GenericClient};

const CREATE: &str = "
CREATE SCHEMA IF NOT EXISTS provision;
CREATE TABLE IF NOT EXISTS provision.tenants (
    name           text NOT NULL,
    logical        text NOT NULL,
    mode           text NOT NULL CHECK (mode IN ('rls', 'schema', 'database')),
    tenant_key     text NOT NULL,
    schema_name    text,
    database_name  text,
    server         text,
    version        integer NOT NULL DEFAULT 0,
    sha256         text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (name, logical)
);
CREATE TABLE IF NOT EXISTS provision.tenant_history (
    name          text NOT NULL,
    schema_name   text NOT NULL,
    version       integer NOT NULL,
    sha256        text NOT NULL,
    applied_at    timestamptz NOT NULL DEFAULT now(),
    applied_by    text NOT NULL DEFAULT current_user,
    execution_ms  bigint
);
";

/// One row of `provision.tenants`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Registered {
    pub name: String,
    /// The logical database this row is about (the copied one, for `database` tenants).
    pub logical: String,
    pub mode: String,
    pub key: String,
    pub schema: Option<String>,
    pub database: Option<String>,
    /// `database` tenants: where their database lives (`db:LOGICAL` = that database's server, `env:VAR`).
    pub server: Option<String>,
    pub version: i32,
    pub created_at: String,
}

pub async fn ensure(client: &impl GenericClient) -> Result<(), DbError> {
    client.batch_execute(CREATE).await.map_err(sql_error("creating the tenant registry provision.tenants"))
}

/// Every registered tenant; empty when the registry does not exist yet.
pub async fn registered(client: &impl GenericClient) -> Result<Vec<Registered>, DbError> {
    if !super::relation_exists(client, "provision.tenants", "reading the tenant registry").await? {
        return Ok(Vec::new());
    }
    let rows = client
        .query(
            "SELECT name, logical, mode, tenant_key, schema_name, database_name, server, version,
                    to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')
               FROM provision.tenants ORDER BY name, logical",
            &[],
        )
        .await
        .map_err(sql_error("reading the tenant registry"))?;
    Ok(rows
        .iter()
        .map(|r| Registered {
            name: r.get(0),
            logical: r.get(1),
            mode: r.get(2),
            key: r.get(3),
            schema: r.get(4),
            database: r.get(5),
            server: r.get(6),
            version: r.get(7),
            created_at: r.get(8),
        })
        .collect())
}

/// What one `tenant add` does in one database, in one transaction.
pub struct Add<'a> {
    /// `INSERT INTO root ... RETURNING key::text`: its key becomes the tenant key.
    pub root_insert: Option<String>,
    /// The tenant schema's creation script, and the version it brings the schema to.
    pub schema_sql: Option<(&'a str, u32)>,
    pub row: Registered,
}

/// Registers a tenant (making its root row and its schema first, when asked),
/// all or nothing. Returns the tenant key.
pub async fn add(client: &mut Client, mut add: Add<'_>) -> Result<String, DbError> {
    let context = format!("adding tenant `{}`", add.row.name);
    let tx = client.transaction().await.map_err(sql_error(&context))?;
    tx.batch_execute(CREATE).await.map_err(sql_error("creating the tenant registry provision.tenants"))?;
    let taken = tx
        .query_opt("SELECT mode FROM provision.tenants WHERE name = $1 AND logical = $2", &[&add.row.name, &add.row.logical])
        .await
        .map_err(sql_error(&context))?;
    if let Some(r) = taken {
        let mode: String = r.get(0);
        return Err(DbError::Sql { context, message: format!("the tenant is already registered here (mode {mode})"), position: None });
    }
    if let Some(insert) = &add.root_insert {
        let row = tx.query_one(insert.as_str(), &[]).await.map_err(sql_error(format!("{context}: inserting its tenant root row")))?;
        add.row.key = row.get(0);
    }
    if let Some((sql, version)) = add.schema_sql {
        let started = std::time::Instant::now();
        tx.batch_execute(sql).await.map_err(sql_error(format!("{context}: creating its schema")))?;
        let schema = add.row.schema.clone().unwrap_or_default();
        let sha = crate::migrations::sha256_hex(sql);
        tx.execute(
            "INSERT INTO provision.tenant_history (name, schema_name, version, sha256, execution_ms) VALUES ($1, $2, $3, $4, $5)",
            &[&add.row.name, &schema, &(version as i32), &sha, &(started.elapsed().as_millis() as i64)],
        )
        .await
        .map_err(sql_error(&context))?;
        add.row.version = version as i32;
    }
    tx.execute(
        "INSERT INTO provision.tenants (name, logical, mode, tenant_key, schema_name, database_name, server, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        &[
            &add.row.name,
            &add.row.logical,
            &add.row.mode,
            &add.row.key,
            &add.row.schema,
            &add.row.database,
            &add.row.server,
            &add.row.version,
        ],
    )
    .await
    .map_err(sql_error(&context))?;
    tx.commit().await.map_err(sql_error(&context))?;
    Ok(add.row.key)
}

/// Moves a tenant schema to `version` with `sql` (possibly empty), recording it.
pub async fn migrate_schema(client: &mut Client, r: &Registered, version: u32, sql: &str) -> Result<(), DbError> {
    let schema = r.schema.clone().unwrap_or_default();
    let context = format!("tenant `{}`: moving schema {schema} from V{:04} to V{version:04}", r.name, r.version);
    let started = std::time::Instant::now();
    let tx = client.transaction().await.map_err(sql_error(&context))?;
    if !sql.is_empty() {
        tx.batch_execute(sql).await.map_err(sql_error(&context))?;
    }
    let sha = crate::migrations::sha256_hex(sql);
    tx.execute(
        "UPDATE provision.tenants SET version = $3, sha256 = $4, updated_at = now() WHERE name = $1 AND logical = $2",
        &[&r.name, &r.logical, &(version as i32), &sha],
    )
    .await
    .map_err(sql_error(&context))?;
    tx.execute(
        "INSERT INTO provision.tenant_history (name, schema_name, version, sha256, execution_ms) VALUES ($1, $2, $3, $4, $5)",
        &[&r.name, &schema, &(version as i32), &sha, &(started.elapsed().as_millis() as i64)],
    )
    .await
    .map_err(sql_error(&context))?;
    tx.commit().await.map_err(sql_error(&context))
}

/// Where a tenant's rows are, for removing them.
pub struct RowScope<'a> {
    pub setting: &'a str,
    pub key_column: &'a str,
    /// Tenant-scoped tables, children first.
    pub tables: Vec<(String, String)>,
    pub root: (String, String),
    pub root_pk: &'a str,
}

/// What `remove` did in one database.
#[derive(Debug, Default)]
pub struct Removed {
    /// (table, rows deleted)
    pub deleted: Vec<(String, u64)>,
    /// (table, why its rows stay): tables that refuse deletes, such as append-only audit trails
    pub kept: Vec<(String, String)>,
}

/// Removes a tenant from this database in one transaction: its rows in the
/// tenant-scoped tables (children first), its root row when `root` is set, its
/// schema when it has one, and its registry rows.
pub async fn remove(
    client: &mut Client,
    r: &Registered,
    rows: Option<&RowScope<'_>>,
    delete_root: bool,
    unregister: bool,
) -> Result<Removed, DbError> {
    let context = format!("removing tenant `{}`", r.name);
    let tx = client.transaction().await.map_err(sql_error(&context))?;
    let mut deleted = Vec::new();
    let mut kept = Vec::new();
    if let Some(schema) = &r.schema {
        tx.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", quote_ident(schema)))
            .await
            .map_err(sql_error(format!("{context}: dropping schema {schema}")))?;
    }
    if let Some(s) = rows {
        // a role under forced row-level security sees exactly this tenant's rows
        tx.execute("SELECT set_config($1, $2, true)", &[&s.setting, &r.key]).await.map_err(sql_error(&context))?;
        for (schema, table) in &s.tables {
            let sql = format!(
                "DELETE FROM {} WHERE {}::text = {}",
                quote_qualified(&[schema, table]),
                quote_ident(s.key_column),
                quote_literal(&r.key)
            );
            // a table that refuses deletes (an append-only audit trail) keeps its rows, and says so
            tx.batch_execute("SAVEPOINT provision_tenant_remove").await.map_err(sql_error(&context))?;
            match tx.execute(sql.as_str(), &[]).await {
                Ok(n) => {
                    tx.batch_execute("RELEASE SAVEPOINT provision_tenant_remove").await.map_err(sql_error(&context))?;
                    deleted.push((format!("{schema}.{table}"), n));
                }
                Err(e) if e.code().is_some_and(|c| c.code() == "P0001" || c.code() == "42501") => {
                    tx.batch_execute("ROLLBACK TO SAVEPOINT provision_tenant_remove").await.map_err(sql_error(&context))?;
                    kept.push((format!("{schema}.{table}"), describe(&e).0));
                }
                Err(e) => return Err(sql_error(format!("{context}: deleting its rows of {schema}.{table}"))(e)),
            }
        }
        if delete_root {
            let sql = format!(
                "DELETE FROM {} WHERE {}::text = {}",
                quote_qualified(&[&s.root.0, &s.root.1]),
                quote_ident(s.root_pk),
                quote_literal(&r.key)
            );
            let n = tx.execute(sql.as_str(), &[]).await.map_err(sql_error(format!("{context}: deleting its tenant root row")))?;
            deleted.push((format!("{}.{}", s.root.0, s.root.1), n));
        }
    }
    let registry = super::relation_exists(&tx, "provision.tenants", &context).await?;
    if registry && unregister {
        tx.execute("DELETE FROM provision.tenants WHERE name = $1 AND logical = $2", &[&r.name, &r.logical])
            .await
            .map_err(sql_error(&context))?;
    }
    tx.commit().await.map_err(sql_error(&context))?;
    Ok(Removed { deleted, kept })
}

/// Deletes a tenant's registry row.
pub async fn unregister(client: &Client, r: &Registered) -> Result<(), DbError> {
    client
        .execute("DELETE FROM provision.tenants WHERE name = $1 AND logical = $2", &[&r.name, &r.logical])
        .await
        .map_err(sql_error(format!("removing tenant `{}` from the registry", r.name)))?;
    Ok(())
}

/// Inserts the tenant's root row in a tenant database (`database` mode); returns its key.
pub async fn insert_root(client: &Client, insert: &str, tenant: &str) -> Result<String, DbError> {
    let row = client.query_one(insert, &[]).await.map_err(sql_error(format!("adding tenant `{tenant}`: inserting its tenant root row")))?;
    Ok(row.get(0))
}

/// How many tenant databases each server already holds, by `server` reference.
pub fn placements(rows: &[Registered]) -> std::collections::BTreeMap<String, usize> {
    let mut out = std::collections::BTreeMap::new();
    for r in rows.iter().filter(|r| r.mode == "database") {
        *out.entry(r.server.clone().unwrap_or_default()).or_insert(0) += 1;
    }
    out
}
