//! `provision tenant add|list|remove`: onboarding in the project's isolation
//! mode, and the tenant fleet other commands cover (tenant databases become
//! more databases of the run; tenant schemas follow their database's version).
//!
//! - `rls`: a row in the tenant root, registered in that database.
//! - `schema`: that row, plus a schema `tenant_NAME` holding the tenant-scoped
//!   tables at the database's applied version, in every database that has
//!   them; the schema's version is kept in that database's registry.
//! - `database`: a database per logical database that holds tenant tables or
//!   the root, on the least loaded server of the target (or `--server-env`),
//!   migrated to the version of its original; registered where the root lives.

use super::targeted::{self, DatabaseRun, TargetRun};
use crate::cli::{TargetArgs, TenantAction, TenantAddArgs, TenantArgs, TenantRemoveArgs};
use crate::compile::Tenancy;
use crate::db::tenant::{self as reg, Registered};
use crate::db::{executor, ledger, lock};
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::model::{qkey, DatabaseModel};
use crate::printer::Printer;
use crate::render::Renderer;
use crate::target::DatabaseTarget;
use crate::tenant;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

pub fn run(root: &Path, args: TenantArgs, p: &Printer) -> CmdResult {
    match args.action {
        TenantAction::Add(a) => add(root, a, p),
        TenantAction::List(t) => list(root, t, p),
        TenantAction::Remove(r) => remove(root, r, p),
    }
}

/// One database of the target as it is now.
struct DbState {
    index: usize,
    version: u32,
    model: DatabaseModel,
    registry: Vec<Registered>,
}

fn open(root: &Path, target: &TargetArgs, p: &Printer) -> Result<(TargetRun, Tenancy), Failure> {
    let run = targeted::open(root, &target.target, &target.databases, p)?;
    let tenancy = run
        .compiled
        .project
        .tenancy
        .clone()
        .ok_or_else(|| Failure::invalid(anyhow::anyhow!("tenant commands need `tenancy:` in provision.yaml (mode, root, key)")))?;
    Ok((run, tenancy))
}

/// Each database's applied version, model and registry; every database must be migrated.
async fn states(run: &TargetRun) -> Result<Vec<DbState>, Failure> {
    let mut out = Vec::new();
    for (index, db) in run.databases.iter().enumerate() {
        let mut t = db.target.clone();
        t.create_if_missing = false;
        let client = crate::db::connect_target(&t).await.map_err(Failure::target)?;
        let version = ledger::current_version(&client).await.map_err(Failure::target)?;
        if version == 0 {
            return Err(Failure::target(anyhow::anyhow!(
                "database `{}` has no migration applied: run `provision apply --target {}` first",
                t.logical,
                run.target.name
            )));
        }
        let file = db.files.iter().find(|f| f.version == version).ok_or_else(|| {
            Failure::target(anyhow::anyhow!("database `{}` is at V{version:04}, which migrations/ does not have", t.logical))
        })?;
        let model = file.snapshot().map_err(Failure::invalid)?;
        let registry = reg::registered(&client).await.map_err(Failure::target)?;
        out.push(DbState { index, version, model, registry });
    }
    Ok(out)
}

fn root_key(tn: &Tenancy) -> String {
    qkey(&tn.root_schema, &tn.root_table)
}

fn parse_sets(sets: &[String]) -> Result<Vec<(String, String)>, Failure> {
    sets.iter()
        .map(|s| match s.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
            _ => Err(Failure::invalid(anyhow::anyhow!("--set {s}: expected COLUMN=VALUE"))),
        })
        .collect()
}

fn seed_of(name: &str) -> u64 {
    crate::sql::fnv1a(format!("tenant:{name}").as_bytes())
}

/// What `tenant add` made, for the summary.
struct Added {
    logical: String,
    location: String,
    version: u32,
}

fn add(root: &Path, args: TenantAddArgs, p: &Printer) -> CmdResult {
    tenant::check_name(&args.name).map_err(Failure::invalid)?;
    let sets = parse_sets(&args.sets)?;
    let (run, tn) = open(root, &args.target, p)?;
    if args.server_env.is_some() && tn.mode != "database" {
        return Err(Failure::invalid(anyhow::anyhow!("--server-env is for `database` tenancy; this project's mode is `{}`", tn.mode)));
    }
    let rt = targeted::runtime()?;
    let renderer = crate::project::renderer(root);
    let wait = Duration::from_secs(args.target.lock_timeout);
    let (key, added, seeded) = rt.block_on(async {
        let states = states(&run).await?;
        if let Some((s, r)) = states.iter().find_map(|s| s.registry.iter().find(|r| r.name == args.name).map(|r| (s, r))) {
            return Err(Failure::invalid(anyhow::anyhow!(
                "tenant `{}` already exists ({} mode, registered in database `{}`)",
                r.name,
                r.mode,
                run.databases[s.index].target.logical
            )));
        }
        let root_state = states.iter().find(|s| s.model.tables.contains_key(&root_key(&tn))).ok_or_else(|| {
            Failure::invalid(anyhow::anyhow!("no database of target `{}` holds the tenant root {}", run.target.name, root_key(&tn)))
        })?;
        let insert = root_insert_sql(&root_state.model, &tn, &args.name, &sets)?;
        let row = |logical: &str, mode: &str| Registered {
            name: args.name.clone(),
            logical: logical.to_string(),
            mode: mode.to_string(),
            key: String::new(),
            schema: None,
            database: None,
            server: None,
            version: 0,
            created_at: String::new(),
        };
        let lock_timeout = run.compiled.project.lock_timeout.clone();
        match tn.mode.as_str() {
            "rls" => {
                let t = &run.databases[root_state.index].target;
                let mut client = crate::db::connect_target(t).await.map_err(Failure::target)?;
                let key = reg::add(&mut client, reg::Add { root_insert: Some(insert), schema_sql: None, row: row(&t.logical, "rls") })
                    .await
                    .map_err(Failure::target)?;
                let added =
                    vec![Added { logical: t.logical.clone(), location: format!("row in {}", root_key(&tn)), version: root_state.version }];
                let mut seeded = 0;
                if args.seed {
                    // the root's database first, then every other database with tenant tables
                    let mut order: Vec<&DbState> = vec![root_state];
                    order.extend(states.iter().filter(|s| s.index != root_state.index && tenant::has_tenant_tables(&s.model)));
                    for s in order {
                        let t = &run.databases[s.index].target;
                        seeded += seed_tenant(t, &s.model, &tn, &key, args.rows, &args.name, tenant_tables(&s.model), wait, p).await?;
                    }
                }
                Ok((key, added, seeded))
            }
            "schema" => {
                let schema = tenant::schema_name(&args.name);
                let mut added = Vec::new();
                let mut key = String::new();
                // the root database first: its root row gives the key the other databases use
                let mut order: Vec<&DbState> = vec![root_state];
                order.extend(states.iter().filter(|s| s.index != root_state.index && tenant::has_tenant_tables(&s.model)));
                let mut done: Vec<(usize, Registered)> = Vec::new();
                for s in order {
                    let t = &run.databases[s.index].target;
                    let has = tenant::has_tenant_tables(&s.model);
                    let sql = if has {
                        Some(
                            tenant::schema_migration(None, Some(&s.model), &schema, &lock_timeout, &renderer)
                                .map_err(|e| Failure::invalid(anyhow::anyhow!("database `{}`: {e}", t.logical)))?
                                .0,
                        )
                    } else {
                        None
                    };
                    let mut r = row(&t.logical, "schema");
                    r.key = key.clone();
                    r.schema = has.then(|| schema.clone());
                    let result = async {
                        let mut client = crate::db::connect_target(t).await?;
                        let root_insert = (s.index == root_state.index).then(|| insert.clone());
                        reg::add(&mut client, reg::Add { root_insert, schema_sql: sql.as_deref().map(|q| (q, s.version)), row: r.clone() })
                            .await
                    }
                    .await;
                    match result {
                        Ok(k) => {
                            key = k.clone();
                            r.key = k;
                            done.push((s.index, r));
                            if has {
                                added.push(Added { logical: t.logical.clone(), location: format!("schema {schema}"), version: s.version });
                            } else {
                                added.push(Added {
                                    logical: t.logical.clone(),
                                    location: format!("row in {}", root_key(&tn)),
                                    version: s.version,
                                });
                            }
                        }
                        Err(e) => {
                            undo(&run, &tn, &states, done).await;
                            return Err(Failure::target(e));
                        }
                    }
                }
                let mut seeded = 0;
                if args.seed {
                    for s in states.iter().filter(|s| tenant::has_tenant_tables(&s.model)) {
                        let t = &run.databases[s.index].target;
                        let sub = tenant::schema_model(&s.model, &schema).map_err(Failure::invalid)?;
                        let tables = sub.tables.keys().cloned().collect();
                        seeded += seed_tenant(t, &sub, &tn, &key, args.rows, &args.name, tables, wait, p).await?;
                    }
                }
                Ok((key, added, seeded))
            }
            _ => {
                let copies: Vec<&DbState> =
                    states.iter().filter(|s| s.index == root_state.index || tenant::has_tenant_tables(&s.model)).collect();
                let (server, base) = place(&run, &states, &args.server_env)?;
                let mut made: Vec<DatabaseTarget> = Vec::new();
                let mut added = Vec::new();
                let mut key = String::new();
                let mut seeded = 0;
                let result: Result<(), Failure> = async {
                    // the root's copy first: its root row gives the key
                    let mut ordered = copies.clone();
                    ordered.sort_by_key(|s| s.index != root_state.index);
                    for s in &ordered {
                        let db = &run.databases[s.index];
                        let t = tenant_target(&db.target, &base, &tenant::database_name(&db.target.dbname, &args.name), &args.name);
                        made.push(t.clone());
                        let opts = executor::Options { to: Some(s.version), lock_wait: wait };
                        executor::apply(&t, &db.files, &opts, &|_| {}).await.map_err(Failure::target)?;
                        if s.index == root_state.index {
                            let client = crate::db::connect_target(&t).await.map_err(Failure::target)?;
                            key = reg::insert_root(&client, &insert, &args.name).await.map_err(Failure::target)?;
                        }
                        added.push(Added {
                            logical: db.target.logical.clone(),
                            location: format!("database {}", t.dbname),
                            version: s.version,
                        });
                        if args.seed {
                            let tables = tenant_tables(&s.model);
                            seeded += seed_tenant(&t, &s.model, &tn, &key, args.rows, &args.name, tables, wait, p).await?;
                        }
                    }
                    let control = &run.databases[root_state.index].target;
                    let mut client = crate::db::connect_target(control).await.map_err(Failure::target)?;
                    for (s, t) in ordered.iter().zip(&made) {
                        let mut r = row(&run.databases[s.index].target.logical, "database");
                        r.key = key.clone();
                        r.database = Some(t.dbname.clone());
                        r.server = Some(server.clone());
                        r.version = s.version as i32;
                        reg::add(&mut client, reg::Add { root_insert: None, schema_sql: None, row: r }).await.map_err(Failure::target)?;
                    }
                    Ok(())
                }
                .await;
                if let Err(e) = result {
                    for t in &made {
                        let _ = crate::db::connect::drop_database(t).await;
                    }
                    let control = &run.databases[root_state.index].target;
                    if let Ok(client) = crate::db::connect_target(control).await {
                        let _ = client.execute("DELETE FROM provision.tenants WHERE name = $1", &[&args.name]).await;
                    }
                    return Err(e);
                }
                Ok((key, added, seeded))
            }
        }
    })?;
    if p.json_mode() {
        let places: Vec<_> =
            added.iter().map(|a| serde_json::json!({"database": a.logical, "location": a.location, "version": a.version})).collect();
        p.json(&serde_json::json!({"tenant": args.name, "mode": tn.mode, "key": key, "places": places, "seeded_rows": seeded}));
        return Ok(ExitStatus::Success);
    }
    let rows = added
        .iter()
        .map(|a| vec![args.name.clone(), tn.mode.clone(), a.logical.clone(), a.location.clone(), format!("V{:04}", a.version)])
        .collect();
    p.data(&p.table(&["tenant", "mode", "database", "location", "version"], rows));
    p.info(&format!(
        "tenant `{}` added ({} mode), key {key}{}",
        args.name,
        tn.mode,
        if args.seed { format!(", {seeded} rows seeded") } else { String::new() }
    ));
    Ok(ExitStatus::Success)
}

/// Removes what a failed schema-mode `add` already made, newest first.
async fn undo(run: &TargetRun, tn: &Tenancy, states: &[DbState], done: Vec<(usize, Registered)>) {
    for (index, r) in done.into_iter().rev() {
        let Some(s) = states.iter().find(|s| s.index == index) else { continue };
        let t = &run.databases[index].target;
        if let Ok(mut client) = crate::db::connect_target(t).await {
            let scope = row_scope(&s.model, tn);
            let root_here = s.model.tables.contains_key(&root_key(tn));
            let _ = reg::remove(&mut client, &r, root_here.then_some(&scope), root_here, true).await;
        }
    }
}

fn root_insert_sql(model: &DatabaseModel, tn: &Tenancy, name: &str, sets: &[(String, String)]) -> Result<String, Failure> {
    let (values, pk) = tenant::root_insert(model, tn, name, sets).map_err(Failure::invalid)?;
    let q = crate::sql::quote_ident;
    let cols: Vec<String> = values.iter().map(|(c, _)| q(c)).collect();
    let vals: Vec<String> = values.iter().map(|(_, v)| v.clone()).collect();
    Ok(format!(
        "INSERT INTO {} ({}) VALUES ({}) RETURNING {}::text",
        crate::sql::quote_qualified(&[&tn.root_schema, &tn.root_table]),
        cols.join(", "),
        vals.join(", "),
        q(&pk)
    ))
}

fn tenant_tables(model: &DatabaseModel) -> std::collections::BTreeSet<String> {
    model.tables.values().filter(|t| t.tenant_scoped).map(|t| t.key()).collect()
}

/// Seeds `tables` of `model` for tenant `key` only; returns the rows loaded.
#[allow(clippy::too_many_arguments)]
async fn seed_tenant(
    t: &DatabaseTarget,
    model: &DatabaseModel,
    tn: &Tenancy,
    key: &str,
    rows: usize,
    name: &str,
    tables: std::collections::BTreeSet<String>,
    wait: Duration,
    p: &Printer,
) -> Result<u64, Failure> {
    let opts = crate::seed::Options { tenants: 1, rows, seed: seed_of(name), only: tables, tenant_keys: vec![key.to_string()] };
    // every mode seeds a tenant as a row-level one: its key column holds its key
    let rls = Tenancy { mode: "rls".into(), ..tn.clone() };
    let guard = lock::acquire(t, "apply", wait).await.map_err(Failure::target)?;
    let mut client = crate::db::connect_target(t).await.map_err(Failure::target)?;
    let mut bars = p.row_progress(&t.logical);
    let result = super::seed::seed_model(&mut client, model, Some(&rls), &opts, &mut bars).await;
    bars.finish();
    guard.release().await;
    let (loaded, _, notes) = result?;
    for n in notes {
        p.info(&format!("{}: seed: {n}", t.logical));
    }
    for table in loaded.tables.iter().filter(|l| l.note.as_deref().is_some_and(|n| n.starts_with("skipped") || n.contains("failed"))) {
        p.warn(&format!("{}: {}: {}", t.logical, table.table, table.note.clone().unwrap_or_default()));
    }
    Ok(loaded.rows())
}

/// Collects what `remove` did in database `db` for the summary.
fn note(deleted: &mut Vec<(String, String, u64)>, kept: &mut Vec<(String, String, String)>, db: &str, removed: reg::Removed) {
    deleted.extend(removed.deleted.into_iter().map(|(table, n)| (db.to_string(), table, n)));
    kept.extend(removed.kept.into_iter().map(|(table, why)| (db.to_string(), table, why)));
}

/// Where a tenant's rows are in a database (for removing them).
fn row_scope<'a>(model: &DatabaseModel, tn: &'a Tenancy) -> reg::RowScope<'a> {
    reg::RowScope {
        setting: &tn.setting,
        key_column: &tn.key,
        tables: tenant::delete_order(model)
            .into_iter()
            .filter(|t| t.column(&tn.key).is_some())
            .map(|t| (t.schema.clone(), t.name.clone()))
            .collect(),
        root: (tn.root_schema.clone(), tn.root_table.clone()),
        root_pk: &tn.root_pk,
    }
}

// ---------------------------------------------------------------- placement

/// The server part of a URL: scheme, credentials, host and port.
fn server_of(url: &str) -> String {
    let base = url.split_once('?').map_or(url, |(b, _)| b);
    match base.split_once("://") {
        Some((scheme, rest)) => format!("{scheme}://{}", rest.split_once('/').map_or(rest, |(a, _)| a)),
        None => base.to_string(),
    }
}

/// The server for a new tenant's databases: `--server-env`, else the target's
/// server holding the fewest tenant databases (ties: the first declared).
/// Returns the registry reference and a target on that server.
fn place(run: &TargetRun, states: &[DbState], server_env: &Option<String>) -> Result<(String, DatabaseTarget), Failure> {
    let first = &run.databases[0].target;
    if let Some(var) = server_env {
        let reference = format!("env:{var}");
        let t = resolve_server(&run.databases, &reference)
            .ok_or_else(|| Failure::invalid(anyhow::anyhow!("--server-env {var}: the environment variable is not set")))?;
        return Ok((reference, t));
    }
    let all: Vec<Registered> = states.iter().flat_map(|s| s.registry.clone()).collect();
    let load = reg::placements(&all);
    // one candidate per distinct server, named after its first database
    let mut servers: Vec<String> = Vec::new();
    let mut candidates: Vec<(String, &DatabaseTarget)> = Vec::new();
    for db in &run.databases {
        let server = server_of(&db.target.url);
        if !servers.contains(&server) {
            servers.push(server);
            candidates.push((format!("db:{}", db.target.logical), &db.target));
        }
    }
    let names: Vec<String> = candidates.iter().map(|(n, _)| n.clone()).collect();
    let chosen = tenant::least_loaded(&names, &load).cloned().unwrap_or_else(|| format!("db:{}", first.logical));
    let target = candidates.iter().find(|(n, _)| *n == chosen).map_or(first, |(_, t)| *t).clone();
    Ok((chosen, target))
}

/// A target for tenant database `dbname` on `server`'s server, with the settings of `original`.
fn tenant_target(original: &DatabaseTarget, server: &DatabaseTarget, dbname: &str, tenant: &str) -> DatabaseTarget {
    let mut t = original.clone();
    t.url = server.url.clone();
    let mut t = crate::db::connect::with_database(&t, dbname);
    t.logical = format!("{}@{tenant}", original.logical);
    t.create_if_missing = true;
    t
}

/// Resolves a registry `server` reference against the target.
fn resolve_server(run_dbs: &[DatabaseRun], server: &str) -> Option<DatabaseTarget> {
    if let Some(logical) = server.strip_prefix("db:") {
        return run_dbs.iter().find(|d| d.target.logical == logical).map(|d| d.target.clone());
    }
    let var = server.strip_prefix("env:")?;
    let url = std::env::var(var).ok().filter(|v| !v.is_empty())?;
    let mut t = run_dbs.first()?.target.clone();
    t.url = format!("{}/postgres", server_of(&url));
    Some(t)
}

/// Adds the tenant databases registered on the target (`database` tenancy) to
/// the run as more databases: apply, rollback, status and verify treat them
/// like the others.
pub async fn add_tenant_databases(run: &mut TargetRun) -> Result<(), Failure> {
    let found = tenant_databases(run).await?;
    run.databases.extend(found);
    Ok(())
}

async fn tenant_databases(run: &TargetRun) -> Result<Vec<DatabaseRun>, Failure> {
    if run.compiled.project.tenancy.as_ref().is_none_or(|t| t.mode != "database") {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for db in &run.databases {
        let mut t = db.target.clone();
        t.create_if_missing = false;
        let client = match crate::db::connect_target(&t).await {
            Ok(c) => c,
            Err(crate::db::DbError::Connect { message, .. }) if message.contains("does not exist") => continue,
            Err(e) => return Err(Failure::target(e)),
        };
        for r in reg::registered(&client).await.map_err(Failure::target)?.into_iter().filter(|r| r.mode == "database") {
            let Some(original) = run.databases.iter().find(|d| d.target.logical == r.logical) else { continue };
            let server = r.server.as_deref().and_then(|s| resolve_server(&run.databases, s)).ok_or_else(|| {
                Failure::invalid(anyhow::anyhow!(
                    "tenant `{}`: its server `{}` is not part of target `{}` (or its environment variable is not set)",
                    r.name,
                    r.server.clone().unwrap_or_default(),
                    run.target.name
                ))
            })?;
            let mut target = tenant_target(&original.target, &server, r.database.as_deref().unwrap_or_default(), &r.name);
            target.create_if_missing = false;
            out.push(DatabaseRun { target, dir: original.dir.clone(), files: original.files.clone() });
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- tenant schemas

/// What bringing one tenant schema to its database's version did.
#[derive(Debug, Clone)]
pub struct SchemaSync {
    pub tenant: String,
    pub schema: String,
    pub from: u32,
    pub to: u32,
    pub result: Result<(), String>,
}

/// Brings every tenant schema of this database to version `to` (default: the
/// database's applied version) under the database's apply lock, as apply and
/// rollback move them: `parallel` schemas at a time, each in its own
/// transaction. A change that drops tenant data is refused (exit 1) unless
/// `allow_data_loss`. The outer error: the lock could not be taken.
#[allow(clippy::too_many_arguments)]
pub async fn sync_schemas_locked(
    t: &DatabaseTarget,
    files: &[crate::migrations::Loaded],
    renderer: &Renderer,
    lock_timeout: &str,
    parallel: usize,
    to: Option<u32>,
    allow_data_loss: bool,
    wait: std::time::Duration,
) -> Result<Result<Vec<SchemaSync>, Failure>, crate::db::DbError> {
    let guard = crate::db::lock::acquire(t, "apply", wait).await?;
    let result: Result<Vec<SchemaSync>, Failure> = async {
        let mut t = t.clone();
        t.create_if_missing = false;
        let client = crate::db::connect_target(&t).await.map_err(Failure::target)?;
        let rows: Vec<Registered> = reg::registered(&client)
            .await
            .map_err(Failure::target)?
            .into_iter()
            .filter(|r| r.mode == "schema" && r.schema.is_some())
            .collect();
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let version = match to {
            Some(v) => v,
            None => ledger::current_version(&client).await.map_err(Failure::target)?,
        };
        drop(client);
        // each version's snapshot parsed once: a fleet's schemas are mostly at the same version
        let mut models: std::collections::BTreeMap<u32, Option<DatabaseModel>> = std::collections::BTreeMap::new();
        for v in rows.iter().map(|r| r.version as u32).chain([version]) {
            if v == 0 || models.contains_key(&v) {
                models.entry(v).or_insert(None);
                continue;
            }
            let f = files.iter().find(|f| f.version == v).ok_or_else(|| {
                Failure::invalid(anyhow::anyhow!("{}: a tenant schema is at V{v:04}, which migrations/ does not have", t.logical))
            })?;
            models.insert(v, Some(f.snapshot().map_err(Failure::invalid)?));
        }
        let target_model = models[&version].as_ref();
        let mut jobs = Vec::new();
        for r in rows.into_iter().filter(|r| r.version as u32 != version) {
            let from = models[&(r.version as u32)].as_ref();
            let schema = r.schema.clone().unwrap_or_default();
            let (sql, loses_data) = tenant::schema_migration(from, target_model, &schema, lock_timeout, renderer)
                .map_err(|e| Failure::invalid(anyhow::anyhow!("{}: tenant `{}`: {e}", t.logical, r.name)))?;
            if loses_data && !allow_data_loss {
                return Err(Failure {
                    status: ExitStatus::Findings,
                    error: anyhow::anyhow!("the tables of tenant schema {schema} (tenant `{}`, V{:04} → V{version:04})", r.name, r.version),
                });
            }
            jobs.push((r, sql));
        }
        // `parallel` workers, one connection each, take the schemas in turn
        let total = jobs.len();
        let queue = Arc::new(std::sync::Mutex::new(jobs.into_iter().enumerate()));
        let mut handles = Vec::new();
        for _ in 0..parallel.max(1).min(total) {
            let (queue, t) = (queue.clone(), t.clone());
            handles.push(tokio::spawn(async move {
                let mut client = crate::db::connect_target(&t).await.map_err(|e| e.to_string());
                let mut done = Vec::new();
                loop {
                    let next = queue.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).next();
                    let Some((k, (r, sql))) = next else { break };
                    let result = match &mut client {
                        Ok(c) => reg::migrate_schema(c, &r, version, &sql).await.map_err(|e| e.to_string()),
                        Err(e) => Err(e.clone()),
                    };
                    let schema = r.schema.clone().unwrap_or_default();
                    done.push((k, SchemaSync { tenant: r.name, schema, from: r.version as u32, to: version, result }));
                }
                done
            }));
        }
        let mut out = Vec::with_capacity(total);
        for h in handles {
            out.extend(h.await.map_err(|e| Failure::target(anyhow::anyhow!("internal error: {e}")))?);
        }
        out.sort_by_key(|(k, _)| *k);
        Ok(out.into_iter().map(|(_, s)| s).collect())
    }
    .await;
    guard.release().await;
    Ok(result)
}

/// Tenant schemas of a database compared with the model at their version.
pub async fn verify_schemas(
    client: &tokio_postgres::Client,
    files: &[crate::migrations::Loaded],
    database_version: u32,
) -> Result<Vec<crate::verify::Finding>, Failure> {
    use crate::verify::{Finding, FindingKind};
    let mut out = Vec::new();
    // each version's snapshot parsed once
    let mut models: std::collections::BTreeMap<u32, DatabaseModel> = std::collections::BTreeMap::new();
    for r in reg::registered(client).await.map_err(Failure::target)?.into_iter().filter(|r| r.mode == "schema" && r.schema.is_some()) {
        let schema = r.schema.clone().unwrap_or_default();
        let finding = |detail: String| Finding {
            kind: FindingKind::Different,
            object_kind: "tenant schema".into(),
            object: schema.clone(),
            detail,
            origin: None,
        };
        if r.version as u32 != database_version {
            out.push(finding(format!(
                "tenant `{}` is at V{:04}, its database at V{database_version:04}: run `provision apply`",
                r.name, r.version
            )));
        }
        let Some(file) = files.iter().find(|f| f.version == r.version as u32) else { continue };
        let model = match models.entry(file.version) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => e.insert(file.snapshot().map_err(Failure::invalid)?),
        };
        let expected = tenant::schema_model(model, &schema).map_err(Failure::invalid)?;
        let mut live = crate::db::inspect::inspect(client, &crate::db::inspect::Scope::of(&expected)).await.map_err(Failure::target)?;
        // roles and extensions belong to the database, verified with it
        live.roles.clear();
        live.extensions.clear();
        out.extend(crate::verify::compare(&expected, &live, None));
    }
    Ok(out)
}

// ---------------------------------------------------------------- list, remove

fn list(root: &Path, args: TargetArgs, p: &Printer) -> CmdResult {
    let (run, _) = open(root, &args, p)?;
    let rt = targeted::runtime()?;
    let rows: Vec<(Registered, String, String)> = rt.block_on(async {
        let states = states(&run).await?;
        let mut out = Vec::new();
        for s in &states {
            let here = &run.databases[s.index].target;
            for r in &s.registry {
                let (location, version) = match r.mode.as_str() {
                    "database" => {
                        let db = r.database.clone().unwrap_or_default();
                        let version = match r.server.as_deref().and_then(|sv| resolve_server(&run.databases, sv)) {
                            Some(server) => {
                                let mut t = crate::db::connect::with_database(&server, &db);
                                t.create_if_missing = false;
                                match crate::db::connect_target(&t).await {
                                    Ok(c) => {
                                        ledger::current_version(&c).await.map(|v| format!("V{v:04}")).unwrap_or_else(|e| e.to_string())
                                    }
                                    Err(e) => format!("unreachable: {e}"),
                                }
                            }
                            None => "server unknown".into(),
                        };
                        (format!("database {db} ({})", r.server.clone().unwrap_or_default()), version)
                    }
                    "schema" if r.schema.is_some() => {
                        let v = r.version as u32;
                        let state = if v == s.version { "" } else { " (behind: run apply)" };
                        (format!("schema {}", r.schema.clone().unwrap_or_default()), format!("V{v:04}{state}"))
                    }
                    _ => (format!("row in {}", here.logical), format!("V{:04}", s.version)),
                };
                out.push((r.clone(), location, version));
            }
        }
        Ok::<_, Failure>(out)
    })?;
    if p.json_mode() {
        let out: Vec<_> = rows
            .iter()
            .map(|(r, location, version)| serde_json::json!({"tenant": r.name, "mode": r.mode, "database": r.logical, "location": location, "version": version, "key": r.key, "created_at": r.created_at}))
            .collect();
        p.json(&out);
        return Ok(ExitStatus::Success);
    }
    if rows.is_empty() {
        p.info(&format!("no tenants registered on target `{}`; add one with `provision tenant add NAME`", run.target.name));
        return Ok(ExitStatus::Success);
    }
    let table = rows
        .iter()
        .map(|(r, location, version)| {
            vec![r.name.clone(), r.mode.clone(), r.logical.clone(), location.clone(), version.clone(), r.key.clone(), r.created_at.clone()]
        })
        .collect();
    p.data(&p.table(&["tenant", "mode", "database", "location", "version", "key", "created (UTC)"], table));
    Ok(ExitStatus::Success)
}

fn remove(root: &Path, args: TenantRemoveArgs, p: &Printer) -> CmdResult {
    tenant::check_name(&args.name).map_err(Failure::invalid)?;
    let (run, tn) = open(root, &args.target, p)?;
    let rt = targeted::runtime()?;
    let (deleted, kept) = rt.block_on(async {
        let states = states(&run).await?;
        let found: Vec<(&DbState, &Registered)> =
            states.iter().flat_map(|s| s.registry.iter().filter(|r| r.name == args.name).map(move |r| (s, r))).collect();
        if found.is_empty() {
            return Err(Failure::invalid(anyhow::anyhow!(
                "no tenant `{}` on target `{}` (see `provision tenant list`)",
                args.name,
                run.target.name
            )));
        }
        if !args.yes {
            let what: Vec<String> = found
                .iter()
                .map(|(s, r)| match r.mode.as_str() {
                    "database" => format!("database {}", r.database.clone().unwrap_or_default()),
                    "schema" if r.schema.is_some() => {
                        format!("schema {} in `{}`", r.schema.clone().unwrap_or_default(), run.databases[s.index].target.logical)
                    }
                    _ => format!("its rows in `{}`", run.databases[s.index].target.logical),
                })
                .collect();
            return Err(Failure::invalid(anyhow::anyhow!(
                "removing tenant `{}` deletes {}; pass --yes to do it",
                args.name,
                what.join(", ")
            )));
        }
        let mut deleted = Vec::new();
        let mut kept = Vec::new();
        let root_at = |s: &DbState| s.model.tables.contains_key(&root_key(&tn));
        // 1. the root's database, in one transaction: the tenant's rows, its root row and its
        //    schema there; a refusal (rows an append-only audit trail still holds) changes nothing
        for (s, r) in found.iter().filter(|(s, r)| root_at(s) && r.mode != "database") {
            let t = &run.databases[s.index].target;
            let mut client = crate::db::connect_target(t).await.map_err(Failure::target)?;
            if let Some(schema) = &r.schema {
                deleted.push((t.logical.clone(), format!("schema {schema}"), 0));
            }
            let removed = reg::remove(&mut client, r, Some(&row_scope(&s.model, &tn)), true, false).await.map_err(Failure::target)?;
            note(&mut deleted, &mut kept, &t.logical, removed);
        }
        // 2. the other databases: the tenant's rows there (rls), its schema there (schema)
        let rls = found.iter().find(|(_, r)| r.mode == "rls").map(|(_, r)| (*r).clone());
        for s in states.iter().filter(|s| !root_at(s)) {
            let t = &run.databases[s.index].target;
            let here = found.iter().find(|(x, r)| x.index == s.index && r.mode == "schema").map(|(_, r)| (*r).clone());
            let Some(r) = here.or_else(|| rls.clone().filter(|_| tenant::has_tenant_tables(&s.model))) else { continue };
            let r = Registered { logical: t.logical.clone(), ..r };
            let mut client = crate::db::connect_target(t).await.map_err(Failure::target)?;
            if let Some(schema) = &r.schema {
                deleted.push((t.logical.clone(), format!("schema {schema}"), 0));
            }
            let removed = reg::remove(&mut client, &r, Some(&row_scope(&s.model, &tn)), false, true).await.map_err(Failure::target)?;
            note(&mut deleted, &mut kept, &t.logical, removed);
        }
        // 3. tenant databases
        for (s, r) in found.iter().filter(|(_, r)| r.mode == "database") {
            if let Some(server) = r.server.as_deref().and_then(|sv| resolve_server(&run.databases, sv)) {
                let doomed = crate::db::connect::with_database(&server, r.database.as_deref().unwrap_or_default());
                crate::db::connect::drop_database(&doomed).await.map_err(Failure::target)?;
                deleted.push((run.databases[s.index].target.logical.clone(), format!("database {}", doomed.dbname), 0));
            }
        }
        // 4. the registry rows of the root's database, last: until then a failed removal can be rerun
        for (s, r) in found.iter().filter(|(s, r)| root_at(s) || r.mode == "database") {
            let client = crate::db::connect_target(&run.databases[s.index].target).await.map_err(Failure::target)?;
            reg::unregister(&client, r).await.map_err(Failure::target)?;
        }
        Ok::<_, Failure>((deleted, kept))
    })?;
    for (db, table, why) in &kept {
        p.warn(&format!("{db}: {table} keeps the tenant's rows: {why}"));
    }
    if p.json_mode() {
        let out: Vec<_> = deleted.iter().map(|(db, what, n)| serde_json::json!({"database": db, "object": what, "rows": n})).collect();
        let kept: Vec<_> = kept.iter().map(|(db, table, why)| serde_json::json!({"database": db, "table": table, "reason": why})).collect();
        p.json(&serde_json::json!({"tenant": args.name, "removed": out, "kept": kept}));
        return Ok(ExitStatus::Success);
    }
    let table = deleted
        .iter()
        .filter(|(_, what, n)| *n > 0 || !what.contains('.'))
        .map(|(db, what, n)| vec![db.clone(), what.clone(), n.to_string()])
        .collect();
    p.data(&p.table(&["database", "removed", "rows"], table));
    p.info(&format!("tenant `{}` removed", args.name));
    Ok(ExitStatus::Success)
}
