//! `provision apply`: pending migrations on every database of a target,
//! several databases at once, each under its lock; a summary at the end.

use super::targeted::{self, ms, DatabaseRun};
use super::tenant;
use crate::cli::ApplyArgs;
use crate::db::executor::{self, ExecError, Options, Outcome};
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

struct Row {
    database: String,
    server: String,
    outcome: Result<Outcome, String>,
    warnings: Vec<String>,
    notes: Vec<String>,
}

pub fn run(root: &Path, args: ApplyArgs, p: &Printer) -> CmdResult {
    let mut run = targeted::open_manifest(root, &args.target.target, &args.target.databases, p)?;
    // database tenancy adds databases: counted before the runtime is chosen
    let database_tenancy = run.compiled.project.tenancy.as_ref().is_some_and(|t| t.mode == "database");
    let rt = targeted::runtime_for(if database_tenancy { usize::MAX } else { run.databases.len() })?;
    // database tenancy: every tenant database is one more database of the run
    rt.block_on(tenant::add_tenant_databases(&mut run))?;
    if args.dry_run {
        return dry_run(&run.databases, args.to, p);
    }
    let parallel = args.parallel.unwrap_or(run.target.parallel).max(1);
    let opts = Options { to: args.to, lock_wait: Duration::from_secs(args.target.lock_timeout) };
    let progress = Arc::new(p.progress());
    // schema tenancy: tenant schemas follow their database's version
    let schemas = run.compiled.project.tenancy.as_ref().is_some_and(|t| t.mode == "schema");
    let renderer = Arc::new(crate::project::renderer(root));
    let lock_timeout = run.compiled.project.lock_timeout.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let sem = Arc::new(tokio::sync::Semaphore::new(parallel));
    // apply --backup: one directory per run, a dump per database taken just before it is migrated
    let backup_dir = args.backup.then(|| super::backup::pre_apply_root(root, &run.target.name).join(super::backup::stamp()));
    let cache = root.join(".provision").join("cache");
    let rows: Vec<Row> = rt.block_on(async {
        let mut handles = Vec::new();
        for db in run.databases {
            let (sem, stop, progress, opts) = (sem.clone(), stop.clone(), progress.clone(), opts.clone());
            let fail_fast = args.fail_fast;
            let roles: Vec<(String, String)> = db.dir.password_roles(&cache).unwrap_or_default();
            let backup_dir = backup_dir.clone();
            let (renderer, lock_timeout) = (renderer.clone(), lock_timeout.clone());
            handles.push(tokio::spawn(async move {
                let _permit = sem.acquire_owned().await;
                let server = db.target.display.clone();
                if stop.load(Ordering::SeqCst) {
                    return Row {
                        database: db.target.logical.clone(),
                        server,
                        outcome: Err("not started (--fail-fast)".into()),
                        warnings: Vec::new(),
                        notes: Vec::new(),
                    };
                }
                if let Some(dir) = &backup_dir {
                    if let Err(e) = std::fs::create_dir_all(dir) {
                        return Row {
                            database: db.target.logical.clone(),
                            server,
                            outcome: Err(format!("cannot create {}: {e}", dir.display())),
                            warnings: Vec::new(),
                            notes: Vec::new(),
                        };
                    }
                    let mut t = db.target.clone();
                    t.create_if_missing = true;
                    if let Err(e) = crate::db::backup::backup(&t, dir, None).await {
                        return Row {
                            database: db.target.logical.clone(),
                            server,
                            outcome: Err(format!("backup before apply failed, nothing applied: {e}")),
                            warnings: Vec::new(),
                            notes: Vec::new(),
                        };
                    }
                }
                let on = |e: executor::Event| progress.event(&e);
                let result = executor::apply(&db.target, &db.files, &opts, &on).await;
                let mut warnings = Vec::new();
                let mut notes = Vec::new();
                let outcome = match result {
                    Ok(o) => {
                        match executor::set_passwords(&db.target, &roles, &|k| std::env::var(k).ok()).await {
                            Ok(missing) => warnings.extend(missing.into_iter().map(|m| format!("no password set for role {m}"))),
                            Err(e) => warnings.push(e.to_string()),
                        }
                        if schemas {
                            let synced = tenant::sync_schemas_locked(
                                &db.target,
                                &db.files,
                                &renderer,
                                &lock_timeout,
                                parallel,
                                None,
                                true,
                                opts.lock_wait,
                            );
                            match synced.await.map_err(Failure::target).and_then(|r| r) {
                                Ok(done) => {
                                    notes.extend(
                                        done.iter()
                                            .filter(|s| s.result.is_ok())
                                            .map(|s| format!("tenant `{}`: schema {} V{:04} → V{:04}", s.tenant, s.schema, s.from, s.to)),
                                    );
                                    let failed: Vec<String> = done
                                        .iter()
                                        .filter_map(|s| {
                                            s.result.as_ref().err().map(|e| format!("tenant `{}` ({}): {e}", s.tenant, s.schema))
                                        })
                                        .collect();
                                    if failed.is_empty() {
                                        Ok(o)
                                    } else {
                                        Err(format!(
                                            "{}: applied, but {} tenant schema(s) failed: {}",
                                            db.target.logical,
                                            failed.len(),
                                            failed.join("; ")
                                        ))
                                    }
                                }
                                Err(f) => {
                                    Err(format!("{}: applied, but its tenant schemas could not follow: {}", db.target.logical, f.error))
                                }
                            }
                        } else {
                            Ok(o)
                        }
                    }
                    Err(e) => {
                        if fail_fast {
                            stop.store(true, Ordering::SeqCst);
                        }
                        Err(describe(&db.target.logical, &e))
                    }
                };
                Row { database: db.target.logical.clone(), server, outcome, warnings, notes }
            }));
        }
        let mut rows = Vec::new();
        for h in handles {
            match h.await {
                Ok(r) => rows.push(r),
                Err(e) => rows.push(Row {
                    database: "?".into(),
                    server: String::new(),
                    outcome: Err(format!("internal error: {e}")),
                    warnings: Vec::new(),
                    notes: Vec::new(),
                }),
            }
        }
        rows
    });
    progress.clear();
    report(&rows, p);
    let failed = rows.iter().filter(|r| r.outcome.is_err()).count();
    if failed > 0 {
        return Err(Failure::target(anyhow::anyhow!("{failed} of {} database(s) failed", rows.len())));
    }
    Ok(ExitStatus::Success)
}

/// One line that names the logical database: connection and lock errors
/// carry only the (masked) URL, which may not say which database it is.
fn describe(database: &str, e: &ExecError) -> String {
    let text = match e {
        ExecError::Db(_) => format!("{database}: {e}"),
        _ => e.to_string(),
    };
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

fn report(rows: &[Row], p: &Printer) {
    for r in rows {
        for w in &r.warnings {
            p.warn(&format!("{}: {w}", r.database));
        }
        for n in &r.notes {
            p.info(&format!("{}: {n}", r.database));
        }
    }
    if p.json_mode() {
        let out: Vec<_> = rows
            .iter()
            .map(|r| match &r.outcome {
                Ok(o) => serde_json::json!({"database": r.database, "server": r.server, "from": o.from, "to": o.to, "applied": o.applied, "elapsed_ms": o.elapsed.as_millis() as u64, "result": "ok"}),
                Err(e) => serde_json::json!({"database": r.database, "server": r.server, "result": "failed", "error": e}),
            })
            .collect();
        p.json(&out);
        return;
    }
    for r in rows {
        if let Err(e) = &r.outcome {
            eprintln!("error: {e}");
        }
    }
    if p.quiet {
        return;
    }
    let table = rows
        .iter()
        .map(|r| match &r.outcome {
            Ok(o) => vec![
                r.database.clone(),
                r.server.clone(),
                format!("{} → {}", o.from, o.to),
                o.applied.len().to_string(),
                ms(o.elapsed),
                if o.applied.is_empty() { "up to date".into() } else { "applied".into() },
            ],
            Err(_) => vec![r.database.clone(), r.server.clone(), "-".into(), "-".into(), "-".into(), "FAILED".into()],
        })
        .collect();
    p.data(&p.table(&["database", "server", "version", "migrations", "time", "result"], table));
}

fn dry_run(dbs: &[DatabaseRun], to: Option<u32>, p: &Printer) -> CmdResult {
    let rt = crate::db::runtime().map_err(Failure::target)?;
    for db in dbs {
        let mut t = db.target.clone();
        t.create_if_missing = false;
        let applied = rt.block_on(async {
            match crate::db::connect_target(&t).await {
                Ok(client) => crate::db::ledger::applied(&client).await.map(Some),
                // a shared-server database that does not exist yet: everything is pending
                Err(crate::db::DbError::Connect { message, .. }) if message.contains("does not exist") => Ok(None),
                Err(e) => Err(e),
            }
        });
        let applied = applied.map_err(Failure::target)?.unwrap_or_default();
        executor::check_history(&t.logical, &applied, &db.files).map_err(Failure::target)?;
        let pending = executor::pending(&applied, &db.files, to);
        p.data(&format!("-- database {} ({}): {} pending migration(s)", t.logical, t.display, pending.len()));
        for m in pending {
            p.data(&format!("-- ===== V{:04}__{} =====", m.version, m.name));
            p.data(&m.up);
        }
    }
    Ok(ExitStatus::Success)
}
