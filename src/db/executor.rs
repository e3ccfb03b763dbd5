//! Applies and rolls back migrations on one database: under the advisory
//! lock, each migration and its ledger row in one transaction; a
//! non-transactional migration statement by statement, its progress recorded
//! after each statement so a killed run resumes where it stopped (rebuilding an
//! index a killed CREATE INDEX CONCURRENTLY left INVALID). The executor emits
//! events; it never prints.

use super::{connect_target, describe, ledger, lock, DbError};
use crate::migrations::{split_statements, Loaded};
use crate::target::DatabaseTarget;
use std::time::{Duration, Instant};
use tokio_postgres::Client;

#[derive(Debug, Clone)]
pub enum Event {
    Locked { database: String, pending: usize },
    Started { database: String, version: u32, name: String },
    Finished { database: String, version: u32, elapsed: Duration },
}

#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{database}: applied migration V{version:04}__{name} was changed after it was applied (ledger sha256 {recorded}, file {actual}); restore the file from version control")]
    Changed { database: String, version: u32, name: String, recorded: String, actual: String },
    #[error("{database}: V{version:04}__{name} is recorded as applied but its file is missing from migrations/")]
    Missing { database: String, version: u32, name: String },
    #[error("{database}: V{version:04}__{name} failed: {message}")]
    Failed { database: String, version: u32, name: String, message: String },
    #[error(
        "{database}: rollback of V{version:04}__{name} would drop tables that hold data: {tables}; pass --allow-data-loss to drop them"
    )]
    DataLoss { database: String, version: u32, name: String, tables: String },
    #[error("{database}: cannot roll back V{version:04}__{name}: {reason}")]
    Irreversible { database: String, version: u32, name: String, reason: String },
}

#[derive(Debug, Clone)]
pub struct Options {
    /// Stop at this version (apply) or go down to it (rollback).
    pub to: Option<u32>,
    pub lock_wait: Duration,
}

#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub from: u32,
    pub to: u32,
    pub applied: Vec<u32>,
    pub elapsed: Duration,
}

/// Checks the ledger against the files: nothing applied may have changed or vanished.
pub fn check_history(database: &str, applied: &[ledger::Applied], files: &[Loaded]) -> Result<(), ExecError> {
    for a in applied {
        match files.iter().find(|f| f.version == a.version) {
            None => return Err(ExecError::Missing { database: database.into(), version: a.version, name: a.name.clone() }),
            Some(f) if f.sha256 != a.sha256 && a.state == "applied" => {
                return Err(ExecError::Changed {
                    database: database.into(),
                    version: a.version,
                    name: a.name.clone(),
                    recorded: a.sha256[..12.min(a.sha256.len())].to_string(),
                    actual: f.sha256[..12].to_string(),
                });
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// The migrations `apply` would run, in order (a partial no-tx one first).
pub fn pending<'a>(applied: &[ledger::Applied], files: &'a [Loaded], to: Option<u32>) -> Vec<&'a Loaded> {
    files
        .iter()
        .filter(|f| !applied.iter().any(|a| a.version == f.version && a.state == "applied"))
        .filter(|f| to.is_none_or(|t| f.version <= t))
        .collect()
}

fn fail(t: &DatabaseTarget, m: &Loaded, e: tokio_postgres::Error) -> ExecError {
    let (message, _) = describe(&e);
    ExecError::Failed { database: t.logical.clone(), version: m.version, name: m.name.clone(), message }
}

pub async fn apply(t: &DatabaseTarget, files: &[Loaded], opts: &Options, on: &(dyn Fn(Event) + Sync)) -> Result<Outcome, ExecError> {
    let started = Instant::now();
    // one session: it holds the lock and does the work
    // whether the ledger exists comes with the lock: a fresh database is not
    // asked for a table it does not have (which the server would log as an ERROR)
    let probe = "pg_catalog.to_regclass('provision.schema_history') IS NOT NULL";
    let (mut lock, ledger) = lock::acquire_probing(t, "apply", opts.lock_wait, Some(probe)).await?;
    let has_ledger = ledger.as_deref() != Some("false");
    let result = apply_locked(t, lock.client_mut(), files, opts, on, started, has_ledger).await;
    lock.release().await;
    result
}

async fn apply_locked(
    t: &DatabaseTarget,
    client: &mut Client,
    files: &[Loaded],
    opts: &Options,
    on: &(dyn Fn(Event) + Sync),
    started: Instant,
    has_ledger: bool,
) -> Result<Outcome, ExecError> {
    // an up-to-date database costs one ledger query; the ledger is created only when missing
    let read = if has_ledger { ledger::read(client).await? } else { None };
    let (applied, fresh) = match read {
        Some(rows) => (rows, false),
        None => (Vec::new(), true),
    };
    check_history(&t.logical, &applied, files)?;
    let from = applied.iter().filter(|a| a.state == "applied").map(|a| a.version).max().unwrap_or(0);
    let todo = pending(&applied, files, opts.to);
    on(Event::Locked { database: t.logical.clone(), pending: todo.len() });
    let mut outcome = Outcome { from, to: from, applied: Vec::new(), elapsed: Duration::ZERO };
    let last = todo.last().map(|m| m.version);
    // a run killed before the mark leaves none, and verify then skips expression comparisons
    let mut marked = false;
    // a new ledger is created with the first migration when that one runs in a
    // transaction: one message and one commit fewer on a fresh database
    let mut create_ledger = fresh.then_some(ledger::CREATE);
    if create_ledger.is_some() && todo.first().is_none_or(|m| m.no_transaction) {
        ledger::ensure(client).await?;
        create_ledger = None;
    }
    for m in todo {
        on(Event::Started { database: t.logical.clone(), version: m.version, name: m.name.clone() });
        let t0 = Instant::now();
        if m.no_transaction {
            let done = applied.iter().find(|a| a.version == m.version).map_or(0, |a| a.steps_done.max(0) as usize);
            run_without_transaction(t, client, m, done, t0).await?;
        } else {
            let mark = (last == Some(m.version)).then(|| ledger::mark_sql(m.version));
            run_in_transaction(t, client, m, create_ledger.take(), mark.as_deref()).await?;
            marked |= mark.is_some();
        }
        outcome.applied.push(m.version);
        outcome.to = m.version;
        on(Event::Finished { database: t.logical.clone(), version: m.version, elapsed: t0.elapsed() });
    }
    // verify compares SQL expressions in the server's normal form with what the
    // catalog held at the mark
    if let (Some(last), false) = (outcome.applied.last(), marked) {
        ledger::mark_applied(client, *last).await?;
    }
    outcome.elapsed = started.elapsed();
    Ok(outcome)
}

/// One message runs BEGIN, the migration, its ledger row (after the ledger
/// itself on a fresh database) and, for the run's last migration, the apply
/// mark; COMMIT follows in a second message once all of it succeeded. COMMIT
/// is never sent with the migration: a client killed or interrupted
/// mid-migration leaves the server an open transaction, which it rolls back
/// when the connection drops.
async fn run_in_transaction(
    t: &DatabaseTarget,
    client: &Client,
    m: &Loaded,
    create_ledger: Option<&str>,
    mark: Option<&str>,
) -> Result<(), ExecError> {
    let record = ledger::record_sql(&ledger::Record {
        version: m.version,
        name: &m.name,
        up_sql: &m.up,
        sha256: &m.sha256,
        down_sha256: &m.down_sha256,
        state: "applied",
        steps_done: 1,
        steps_total: 1,
        execution_ms: None,
    });
    // the migration text comes first so that error positions point into it; a
    // newline and `;` end its last statement or comment whatever it ends with
    let mut sql = String::with_capacity(m.up.len() + record.len() + 600);
    sql.push_str("BEGIN;");
    sql.push_str(&m.up);
    sql.push_str("\n;\n");
    if let Some(create) = create_ledger {
        sql.push_str(create);
        sql.push_str(";\n");
    }
    sql.push_str(&record);
    if let Some(mark) = mark {
        sql.push_str(";\n");
        sql.push_str(mark);
    }
    let result = match client.batch_execute(&sql).await {
        Ok(()) => client.batch_execute("COMMIT").await,
        Err(e) => Err(e),
    };
    if let Err(e) = result {
        // leaves the session usable for whatever the caller does next; a
        // failed ROLLBACK means the connection is gone, and the server rolls
        // back itself
        let _ = client.batch_execute("ROLLBACK").await;
        return Err(fail(t, m, e));
    }
    Ok(())
}

/// One statement at a time, each recorded after it succeeds; statements
/// already recorded by an earlier, interrupted run are skipped.
async fn run_without_transaction(t: &DatabaseTarget, client: &Client, m: &Loaded, done: usize, t0: Instant) -> Result<(), ExecError> {
    let stmts: Vec<String> =
        split_statements(&m.up).into_iter().filter(|s| !s.trim_start().to_ascii_uppercase().starts_with("SET LOCAL")).collect();
    let total = stmts.len() as i32;
    for (i, stmt) in stmts.iter().enumerate().skip(done) {
        if let Some((schema, index)) = concurrent_index_name(stmt) {
            // a killed CREATE INDEX CONCURRENTLY leaves an INVALID index that IF NOT EXISTS would keep
            let invalid: bool = client
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                                    WHERE n.nspname = $1 AND c.relname = $2 AND NOT i.indisvalid)",
                    &[&schema, &index],
                )
                .await
                .map_err(|e| fail(t, m, e))?
                .get(0);
            if invalid {
                let drop = format!("DROP INDEX CONCURRENTLY IF EXISTS {}", crate::sql::quote_qualified(&[&schema, &index]));
                client.batch_execute(&drop).await.map_err(|e| fail(t, m, e))?;
            }
        }
        client.batch_execute(stmt).await.map_err(|e| fail(t, m, e))?;
        let state = if i + 1 == stmts.len() { "applied" } else { "partial" };
        ledger::record(
            client,
            &ledger::Record {
                version: m.version,
                name: &m.name,
                up_sql: &m.up,
                sha256: &m.sha256,
                down_sha256: &m.down_sha256,
                state,
                steps_done: i as i32 + 1,
                steps_total: total,
                execution_ms: Some(t0.elapsed().as_millis() as i64),
            },
        )
        .await?;
    }
    Ok(())
}

/// `CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] "name" ON "schema"."table"` → (schema, name).
fn concurrent_index_name(stmt: &str) -> Option<(String, String)> {
    let s = stmt.trim_start();
    let upper = s.to_ascii_uppercase();
    if !(upper.starts_with("CREATE INDEX CONCURRENTLY") || upper.starts_with("CREATE UNIQUE INDEX CONCURRENTLY")) {
        return None;
    }
    let after = &s[upper.find("CONCURRENTLY")? + "CONCURRENTLY".len()..];
    let after = after.trim_start();
    let after = if after.to_ascii_uppercase().starts_with("IF NOT EXISTS") { after["IF NOT EXISTS".len()..].trim_start() } else { after };
    let (name, rest) = read_ident(after)?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("ON").or_else(|| rest.strip_prefix("on"))?.trim_start();
    let rest = if rest.to_ascii_uppercase().starts_with("ONLY ") { rest[5..].trim_start() } else { rest };
    let (first, rest) = read_ident(rest)?;
    let schema = if rest.starts_with('.') { first } else { "public".to_string() };
    Some((schema, name))
}

fn read_ident(s: &str) -> Option<(String, &str)> {
    if let Some(body) = s.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = body.char_indices();
        while let Some((i, c)) = chars.next() {
            if c == '"' {
                if body[i + 1..].starts_with('"') {
                    out.push('"');
                    chars.next();
                    continue;
                }
                return Some((out, &body[i + 1..]));
            }
            out.push(c);
        }
        None
    } else {
        let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(s.len());
        (end > 0).then(|| (s[..end].to_ascii_lowercase(), &s[end..]))
    }
}

/// Rolls back applied migrations above `to`, newest first, each down script
/// and its ledger removal in one transaction. `drops` gives, per version, the
/// tables its down script drops; they must be empty unless `allow_data_loss`.
pub async fn rollback(
    t: &DatabaseTarget,
    files: &[Loaded],
    to: u32,
    drops: &dyn Fn(u32) -> Vec<(String, usize)>,
    allow_data_loss: bool,
    lock_wait: Duration,
    on: &(dyn Fn(Event) + Sync),
) -> Result<Outcome, ExecError> {
    let started = Instant::now();
    let lock = lock::acquire(t, "apply", lock_wait).await?;
    let result = async {
        let mut client = connect_target(t).await?;
        let applied = ledger::applied(&client).await?;
        check_history(&t.logical, &applied, files)?;
        let from = applied.iter().map(|a| a.version).max().unwrap_or(0);
        let mut todo: Vec<&ledger::Applied> = applied.iter().filter(|a| a.version > to).collect();
        todo.sort_by_key(|m| std::cmp::Reverse(m.version));
        on(Event::Locked { database: t.logical.clone(), pending: todo.len() });
        let mut outcome = Outcome { from, to: from, applied: Vec::new(), elapsed: Duration::ZERO };
        for a in todo {
            let Some(m) = files.iter().find(|f| f.version == a.version) else {
                return Err(ExecError::Missing { database: t.logical.clone(), version: a.version, name: a.name.clone() });
            };
            if let Some(reason) = m.down.lines().find_map(|l| l.trim().strip_prefix("-- provision:irreversible ")) {
                return Err(ExecError::Irreversible {
                    database: t.logical.clone(),
                    version: m.version,
                    name: m.name.clone(),
                    reason: reason.to_string(),
                });
            }
            if let Some(recorded) = &a.down_sha256 {
                if recorded != &m.down_sha256 {
                    return Err(ExecError::Irreversible {
                        database: t.logical.clone(),
                        version: m.version,
                        name: m.name.clone(),
                        reason: "its down script changed after the migration was applied".into(),
                    });
                }
            }
            if !allow_data_loss {
                let dropped = drops(m.version);
                // tables holding only their reference rows lose nothing: count those exactly
                let mut lost: Vec<String> = Vec::new();
                let with_rows: Vec<&(String, usize)> = dropped.iter().filter(|(_, n)| *n > 0).collect();
                if !with_rows.is_empty() {
                    let sql = tables_where(with_rows.iter().map(|(t, n)| (t.as_str(), format!("(SELECT count(*) FROM {{}}) > {n}"))));
                    if let Ok(rows) = client.query(&sql, &[]).await {
                        lost.extend(rows.iter().map(|r| format!("{} (rows besides its reference data)", r.get::<_, String>(0))));
                    }
                }
                let tables: Vec<String> = dropped.iter().filter(|(_, n)| *n == 0).map(|(t, _)| t.clone()).collect();
                if !tables.is_empty() || !lost.is_empty() {
                    lost.extend(tables_with_rows(&mut client, &tables).await.map_err(|e| fail(t, m, e))?);
                    if !lost.is_empty() {
                        return Err(ExecError::DataLoss {
                            database: t.logical.clone(),
                            version: m.version,
                            name: m.name.clone(),
                            tables: lost.join(", "),
                        });
                    }
                }
            }
            on(Event::Started { database: t.logical.clone(), version: m.version, name: m.name.clone() });
            let t0 = Instant::now();
            if m.no_transaction {
                for stmt in split_statements(&m.down).iter().filter(|s| !s.trim_start().to_ascii_uppercase().starts_with("SET LOCAL")) {
                    client.batch_execute(stmt).await.map_err(|e| fail(t, m, e))?;
                }
                ledger::remove(&client, m.version).await?;
            } else {
                let tx = client.transaction().await.map_err(|e| fail(t, m, e))?;
                tx.batch_execute(&m.down).await.map_err(|e| fail(t, m, e))?;
                ledger::remove(&tx, m.version).await?;
                tx.commit().await.map_err(|e| fail(t, m, e))?;
            }
            outcome.applied.push(m.version);
            outcome.to = applied.iter().map(|x| x.version).filter(|v| *v < m.version).max().unwrap_or(0);
            on(Event::Finished { database: t.logical.clone(), version: m.version, elapsed: t0.elapsed() });
        }
        // down scripts rewrite catalog rows of the version they return to: mark it again
        if !outcome.applied.is_empty() && outcome.to > 0 {
            ledger::mark_applied(&client, outcome.to).await?;
        }
        outcome.elapsed = started.elapsed();
        Ok(outcome)
    }
    .await;
    lock.release().await;
    result
}

/// One query naming each `schema.table` that exists and for which its
/// condition holds; `{}` in a condition stands for the quoted table.
fn tables_where<'a>(conditions: impl Iterator<Item = (&'a str, String)>) -> String {
    conditions
        .map(|(t, condition)| {
            let (s, n) = t.split_once('.').unwrap_or(("public", t));
            let quoted = crate::sql::quote_qualified(&[s, n]);
            format!(
                "SELECT {} WHERE to_regclass({}) IS NOT NULL AND {}",
                crate::sql::quote_literal(t),
                crate::sql::quote_literal(&quoted),
                condition.replace("{}", &quoted)
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// The tables among `tables` that hold at least one row. Only tables with
/// pages on disk are read; those are counted with row security off (a
/// superuser or BYPASSRLS role sees every tenant's rows); when the connecting
/// role may not do that, tables whose files are not empty count as holding
/// data, which errs on the side of keeping them.
async fn tables_with_rows(client: &mut Client, tables: &[String]) -> Result<Vec<String>, tokio_postgres::Error> {
    let on_disk = super::tables_with_pages(&*client, tables).await?;
    if on_disk.is_empty() {
        return Ok(Vec::new());
    }
    let exact = tables_where(on_disk.iter().map(|(t, _)| (t.as_str(), "EXISTS (SELECT 1 FROM {})".to_string())));
    let tx = client.transaction().await?;
    tx.batch_execute("SET LOCAL row_security = off").await?;
    let counted = tx.query(&exact, &[]).await;
    drop(tx);
    if let Ok(rows) = counted {
        return Ok(rows.iter().map(|r| format!("{} (has rows)", r.get::<_, String>(0))).collect());
    }
    Ok(on_disk.into_iter().map(|(t, size)| format!("{t} (may hold rows: {size} on disk)")).collect())
}

/// Sets role passwords from the environment variables the model names.
/// The value goes to the server as a literal and is never printed.
pub async fn set_passwords(
    t: &DatabaseTarget,
    roles: &[(String, String)],
    env: &(dyn Fn(&str) -> Option<String> + Sync),
) -> Result<Vec<String>, DbError> {
    let mut missing = Vec::new();
    let mut sql = String::new();
    for (role, var) in roles {
        match env(var).filter(|v| !v.is_empty()) {
            Some(pw) => {
                sql.push_str(&format!("ALTER ROLE {} PASSWORD {};\n", crate::sql::quote_ident(role), crate::sql::quote_literal(&pw)))
            }
            None => missing.push(format!("{role} (${var} is not set)")),
        }
    }
    if !sql.is_empty() {
        let client = connect_target(t).await?;
        // the error text of a failed ALTER ROLE never contains the password; the statement is not echoed
        client.batch_execute(&sql).await.map_err(|e| DbError::Sql {
            context: format!("{}: setting role passwords", t.display),
            message: describe(&e).0,
            position: None,
        })?;
    }
    Ok(missing)
}

#[cfg(test)]
mod tests {
    use super::concurrent_index_name;

    #[test]
    fn finds_concurrent_index_names() {
        assert_eq!(
            concurrent_index_name("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"a_b_idx\"\n    ON \"app\".\"a\" USING BTREE (\"b\");"),
            Some(("app".into(), "a_b_idx".into()))
        );
        assert_eq!(concurrent_index_name("create unique index concurrently ix on t (a)"), Some(("public".into(), "ix".into())));
        assert_eq!(concurrent_index_name("CREATE INDEX ix ON t (a)"), None);
    }
}
