//! `provision backup` and `provision restore`: pg_dump custom-format dumps of
//! every database of a target with a manifest each (database, ledger version,
//! sha256, size, versions, times); restore checks the manifest first.

use super::targeted::{self, ms};
use crate::cli::{BackupArgs, RestoreArgs};
use crate::db::backup;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use std::path::{Path, PathBuf};

/// `20261122T054601Z`, for directory names that sort by time.
pub fn stamp() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let d = crate::compile::dates::Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", d.y, d.m, d.d, s / 3600, s / 60 % 60, s % 60)
}

/// Where `apply --backup` keeps the backups it takes before migrating.
pub fn pre_apply_root(root: &Path, target: &str) -> PathBuf {
    root.join(".provision").join("backups").join(target)
}

/// The newest pre-apply manifest of `logical` on `target`.
pub fn latest_pre_apply(root: &Path, target: &str, logical: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(pre_apply_root(root, target)).ok()?.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    dirs.into_iter().rev().map(|d| backup::manifest_path(&d, logical)).find(|m| m.exists())
}

pub fn run_backup(root: &Path, args: BackupArgs, p: &Printer) -> CmdResult {
    let run = targeted::open(root, &args.target.target, &args.target.databases, p)?;
    let out = args.out.unwrap_or_else(|| root.join("backups").join(format!("{}-{}", run.target.name, stamp())));
    std::fs::create_dir_all(&out).map_err(|e| Failure::invalid(anyhow::anyhow!("cannot create {}: {e}", out.display())))?;
    let rt = crate::db::runtime().map_err(Failure::target)?;
    let mut rows = Vec::new();
    let mut manifests = Vec::new();
    let mut failed = 0;
    for db in &run.databases {
        let t0 = std::time::Instant::now();
        match rt.block_on(backup::backup(&db.target, &out, None)) {
            Ok(m) => {
                rows.push(vec![
                    m.database.clone(),
                    format!("V{:04}", m.ledger_version),
                    human(m.size_bytes),
                    m.sha256[..16].to_string(),
                    ms(t0.elapsed()),
                ]);
                manifests.push(m);
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {}: {e}", db.target.logical);
                rows.push(vec![db.target.logical.clone(), "-".into(), "-".into(), "FAILED".into(), ms(t0.elapsed())]);
            }
        }
    }
    if p.json_mode() {
        p.json(&serde_json::json!({ "directory": out, "manifests": manifests }));
    } else if !p.quiet {
        p.data(&p.table(&["database", "version", "size", "sha256", "time"], rows));
        p.info(&format!("backup in {}", out.display()));
    }
    if failed > 0 {
        return Err(Failure::target(anyhow::anyhow!("{failed} database(s) could not be backed up")));
    }
    Ok(ExitStatus::Success)
}

pub fn run_restore(root: &Path, args: RestoreArgs, p: &Printer) -> CmdResult {
    let run = targeted::open(root, &args.target.target, &args.target.databases, p)?;
    let from = &args.from;
    let rt = crate::db::runtime().map_err(Failure::target)?;
    let mut rows = Vec::new();
    let mut done = 0;
    for db in &run.databases {
        let manifest = if from.is_dir() { backup::manifest_path(from, &db.target.logical) } else { from.clone() };
        if !manifest.exists() {
            if from.is_dir() && !args.target.databases.contains(&db.target.logical) {
                continue; // this backup does not cover the database
            }
            return Err(Failure::invalid(anyhow::anyhow!("{} does not exist", manifest.display())));
        }
        if !from.is_dir() {
            let (m, _) = backup::read_manifest(&manifest).map_err(Failure::invalid)?;
            if m.database != db.target.logical {
                continue;
            }
        }
        let report = restore_replacing(&rt, &db.target, &manifest)?;
        done += 1;
        rows.push(vec![report.database, format!("V{:04}", report.ledger_version), human(report.size_bytes), ms(report.elapsed)]);
    }
    if done == 0 {
        return Err(Failure::invalid(anyhow::anyhow!("{} holds no backup of this target's databases", from.display())));
    }
    if !p.quiet {
        p.data(&p.table(&["database", "restored version", "size", "time"], rows));
    }
    Ok(ExitStatus::Success)
}

/// Restores into a scratch database first and swaps it in only when the
/// restore succeeded, so a bad dump never costs the database it was meant to replace.
pub fn restore_replacing(
    rt: &crate::db::Runtime,
    t: &crate::target::DatabaseTarget,
    manifest: &Path,
) -> Result<backup::RestoreReport, Failure> {
    // refuse a tampered or foreign backup before creating anything
    let (m, _) = backup::read_manifest(manifest).map_err(Failure::invalid)?;
    if m.database != t.logical {
        return Err(Failure::invalid(anyhow::anyhow!(
            "{} is a backup of database `{}`, not `{}`",
            manifest.display(),
            m.database,
            t.logical
        )));
    }
    let scratch_name = crate::sql::bounded_name(&format!("{}__restore", t.dbname));
    let mut scratch = crate::db::connect::with_database(t, &scratch_name);
    scratch.create_if_missing = true;
    rt.block_on(async {
        let report = backup::restore(&scratch, manifest, None).await.map_err(|e| {
            if e.is_target_failure() {
                Failure::target(e)
            } else {
                Failure::invalid(e)
            }
        })?;
        crate::db::connect::replace_database(t, &scratch_name).await.map_err(Failure::target)?;
        Ok(backup::RestoreReport { dbname: t.dbname.clone(), ..report })
    })
}

fn human(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GiB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} B"),
    }
}
