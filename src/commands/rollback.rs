//! `provision rollback`: down scripts in reverse order, each with its ledger
//! update in one transaction; refuses to drop tables that hold data unless
//! `--allow-data-loss`.

use super::targeted::{self, ms};
use crate::cli::RollbackArgs;
use crate::db::executor;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::model::DatabaseModel;
use crate::printer::Printer;
use std::path::Path;
use std::time::Duration;

pub fn run(root: &Path, args: RollbackArgs, p: &Printer) -> CmdResult {
    if args.restore {
        return restore_pre_apply(root, &args, p);
    }
    let mut run = targeted::open(root, &args.target.target, &args.target.databases, p)?;
    let rt = crate::db::runtime().map_err(Failure::target)?;
    // database tenancy: tenant databases go down with their logical database, as apply takes them up
    rt.block_on(super::tenant::add_tenant_databases(&mut run))?;
    let progress = p.progress();
    let schemas = run.compiled.project.tenancy.as_ref().is_some_and(|t| t.mode == "schema");
    let renderer = crate::project::renderer(root);
    let lock_timeout = run.compiled.project.lock_timeout.clone();
    let mut rows = Vec::new();
    let mut failed = 0;
    let mut refused = 0;
    for db in &run.databases {
        // tables a version's down script drops: in its snapshot, not in the previous one
        let snapshots: Vec<(u32, DatabaseModel)> =
            db.dir.migrations.iter().filter_map(|m| db.dir.snapshot(m).ok().map(|s| (m.version, s))).collect();
        let drops = |v: u32| -> Vec<(String, usize)> {
            let Some((_, now)) = snapshots.iter().find(|(x, _)| *x == v) else { return Vec::new() };
            let before = snapshots.iter().rfind(|(x, _)| *x < v).map(|(_, s)| s);
            now.tables
                .iter()
                .filter(|(k, _)| before.is_none_or(|b| !b.tables.contains_key(*k)))
                .map(|(k, t)| (k.clone(), t.rows.len()))
                .collect()
        };
        let result = rt.block_on(async {
            let to = match (args.to, args.steps) {
                (Some(v), _) => v,
                (None, Some(n)) => {
                    let client = crate::db::connect_target(&db.target).await?;
                    let mut versions: Vec<u32> = crate::db::ledger::applied(&client).await?.iter().map(|a| a.version).collect();
                    versions.sort_unstable();
                    let keep = versions.len().saturating_sub(n as usize);
                    if keep == 0 {
                        0
                    } else {
                        versions[keep - 1]
                    }
                }
                (None, None) => 0,
            };
            if schemas {
                // tenant schemas go down first: their tables reference the shared ones
                let wait = Duration::from_secs(args.target.lock_timeout);
                let failed = |message: String| executor::ExecError::Failed {
                    database: db.target.logical.clone(),
                    version: to,
                    name: "tenant schemas".into(),
                    message,
                };
                let synced = super::tenant::sync_schemas_locked(
                    &db.target,
                    &db.files,
                    &renderer,
                    &lock_timeout,
                    4,
                    Some(to),
                    args.allow_data_loss,
                    wait,
                )
                .await?;
                match synced {
                    Err(f) if f.status == ExitStatus::Findings => {
                        return Err(executor::ExecError::DataLoss {
                            database: db.target.logical.clone(),
                            version: to,
                            name: "tenant schemas".into(),
                            tables: f.error.to_string(),
                        })
                    }
                    Err(f) => return Err(failed(f.error.to_string())),
                    Ok(done) => {
                        if let Some(e) = done.iter().find_map(|s| s.result.as_ref().err()) {
                            return Err(failed(e.clone()));
                        }
                    }
                }
            }
            let on = |e: executor::Event| progress.event(&e);
            executor::rollback(&db.target, &db.files, to, &drops, args.allow_data_loss, Duration::from_secs(args.target.lock_timeout), &on)
                .await
                .map_err(|e| match e {
                    executor::ExecError::Db(d) => executor::ExecError::Db(d),
                    other => other,
                })
        });
        match result {
            Ok(o) => rows.push(vec![
                db.target.logical.clone(),
                format!("{} → {}", o.from, o.to),
                o.applied.len().to_string(),
                ms(o.elapsed),
                "rolled back".into(),
            ]),
            Err(e) => {
                if matches!(e, executor::ExecError::DataLoss { .. }) {
                    refused += 1;
                } else {
                    failed += 1;
                }
                eprintln!("error: {e}");
                let result = if matches!(e, executor::ExecError::DataLoss { .. }) { "REFUSED" } else { "FAILED" };
                rows.push(vec![db.target.logical.clone(), "-".into(), "-".into(), "-".into(), result.into()]);
            }
        }
    }
    progress.clear();
    if !p.quiet {
        p.data(&p.table(&["database", "version", "migrations", "time", "result"], rows));
    }
    if failed > 0 {
        return Err(Failure::target(anyhow::anyhow!("{failed} database(s) failed to roll back")));
    }
    if refused > 0 {
        p.info("nothing was dropped; rerun with --allow-data-loss to roll back anyway, or take a backup first");
        return Ok(ExitStatus::Findings);
    }
    Ok(ExitStatus::Success)
}

/// `rollback --restore`: the newest backup `apply --backup` took of each database.
fn restore_pre_apply(root: &Path, args: &RollbackArgs, p: &Printer) -> CmdResult {
    let run = targeted::open(root, &args.target.target, &args.target.databases, p)?;
    let rt = crate::db::runtime().map_err(Failure::target)?;
    let mut rows = Vec::new();
    for db in &run.databases {
        let Some(manifest) = super::backup::latest_pre_apply(root, &run.target.name, &db.target.logical) else {
            return Err(Failure::invalid(anyhow::anyhow!(
                "no pre-apply backup of database `{}` on target `{}` (they are taken by `apply --backup` into .provision/backups/)",
                db.target.logical,
                run.target.name
            )));
        };
        let report = super::backup::restore_replacing(&rt, &db.target, &manifest)?;
        rows.push(vec![report.database, format!("V{:04}", report.ledger_version), manifest.display().to_string(), ms(report.elapsed)]);
    }
    if !p.quiet {
        p.data(&p.table(&["database", "restored version", "from", "time"], rows));
    }
    Ok(ExitStatus::Success)
}
