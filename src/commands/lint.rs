//! `provision lint`: every committed migration's changes and the pending
//! render's, through the analyzers in `lint`; exit 1 on errors.

use crate::cli::LintArgs;
use crate::diff;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::lint::{self, Finding, Level, Stored, Unit};
use crate::migrations::{self, Loaded};
use crate::model::DatabaseModel;
use crate::printer::Printer;
use std::collections::BTreeMap;
use std::path::Path;

/// The findings of one database's committed migrations and the model its
/// last snapshot holds (what the pending render is diffed against).
type Committed = Result<(Vec<Finding>, DatabaseModel), Failure>;

pub fn run(root: &Path, args: &LintArgs, p: &Printer) -> CmdResult {
    let cache = (!args.no_cache).then(|| root.join(".provision").join("cache"));
    // Committed migrations do not depend on the YAML: they are linted while
    // the project compiles. Every directory under migrations/ is read; only
    // those of the project's databases are reported, as before.
    let (compiled, committed) = std::thread::scope(|s| {
        let compile = s.spawn(|| crate::load_and_compile(root));
        let committed: BTreeMap<String, Committed> =
            migration_databases(root).into_iter().map(|db| (db.clone(), lint_committed(root, &db, cache.as_deref()))).collect();
        (compile.join().expect("compile thread panicked"), committed)
    });
    let compiled = super::report_compiled(compiled, p)?;
    let mut committed = committed;
    let mut findings: Vec<Finding> = Vec::new();
    for model in &compiled.databases {
        let (found, previous) = match committed.remove(&model.database) {
            Some(result) => result?,
            None => (Vec::new(), DatabaseModel::empty(&model.database)),
        };
        findings.extend(found);
        // what the next render would write, with YAML positions
        if let Ok(changes) = diff::diff(&previous, model) {
            let unit = Unit {
                database: &model.database,
                migration: "pending".into(),
                changes: &changes,
                from: &previous,
                to: model,
                up_sql: None,
            };
            findings.extend(lint::analyze(&unit));
        }
    }
    let findings = lint::suppress(findings, &compiled.project.lint_allow);
    let errors = findings.iter().filter(|f| f.level == Level::Error).count();
    if p.json_mode() {
        p.json(&findings);
    } else if findings.is_empty() {
        p.info("lint: no findings");
    } else {
        let rows = findings
            .iter()
            .map(|f| {
                let level = if f.level == Level::Error { "error" } else { "warning" };
                let mut msg = f.message.clone();
                if let Some(h) = &f.hint {
                    msg.push_str(&format!("\nhint: {h}"));
                }
                vec![
                    format!("{level}[{}]", f.code),
                    f.database.clone(),
                    f.migration.clone(),
                    f.object.clone(),
                    msg,
                    f.pos.as_ref().map(|p| p.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        p.data(&p.table(&["finding", "database", "migration", "object", "message", "declared at"], rows));
        p.info(&format!("{errors} error(s), {} warning(s)", findings.len() - errors));
    }
    Ok(if errors > 0 { ExitStatus::Findings } else { ExitStatus::Success })
}

fn migration_databases(root: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root.join("migrations")) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    names
}

/// Lints every committed migration of one database: each is diffed against
/// the snapshot before it. Snapshots are megabytes of JSON for large models,
/// so the list is cut into one contiguous run per core; a run starts from
/// the snapshot just before it, and its findings keep their order.
///
/// Committed migrations rarely change and their findings depend on their
/// files alone: with `cache`, those of a directory are remembered, keyed by
/// the name, size and modification time of every file, the sum file's hash
/// and the provision binary's own size and modification time. A hit reads
/// only the newest snapshot (the pending render is diffed against it).
fn lint_committed(root: &Path, database: &str, cache: Option<&Path>) -> Committed {
    let dir = migrations::read(&migrations::dir_for(root, database)).map_err(Failure::invalid)?;
    if dir.migrations.is_empty() {
        return Ok((Vec::new(), DatabaseModel::empty(database)));
    }
    let Some(cache) = cache else { return lint_all(&dir, database) };
    let key = cache_key(&dir);
    let mut model = None;
    let stored: Vec<Stored> = migrations::remember(&dir.cache_file(cache, "lint"), key.as_deref(), || {
        let (findings, last) = lint_all(&dir, database)?;
        model = Some(last);
        Ok::<_, Failure>(findings.iter().map(Stored::of).collect())
    })?;
    // a rule this build does not have: lint again
    let Some(findings) = stored.into_iter().map(Stored::finding).collect::<Option<Vec<Finding>>>() else {
        return lint_all(&dir, database);
    };
    let model = match model {
        Some(m) => m,
        None => dir.latest_model(database).map_err(Failure::invalid)?,
    };
    Ok((findings, model))
}

/// Every committed migration of `dir`, linted.
fn lint_all(dir: &migrations::MigrationDir, database: &str) -> Committed {
    let files = migrations::load(dir).map_err(Failure::invalid)?;
    // each run parses its snapshots, and the model grows with every migration:
    // runs are cut by snapshot size, not by count
    let sizes: Vec<u64> = files.iter().map(|f| std::fs::metadata(&f.snapshot_path).map_or(1, |m| m.len())).collect();
    let runs = crate::par::each(crate::par::balanced(&sizes), |r| lint_run(database, &files, r.start, r.end));
    let mut findings = Vec::new();
    let mut model = DatabaseModel::empty(database);
    for run in runs {
        let (found, last) = run?;
        findings.extend(found);
        model = last;
    }
    Ok((findings, model))
}

/// The migration files' stamps and the sum file's hash, and the binary's own stamp.
fn cache_key(dir: &migrations::MigrationDir) -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    Some(format!("{}{}\n", migrations::sum::fingerprint(dir)?, migrations::file_stamp(&exe)?))
}

fn lint_run(database: &str, files: &[Loaded], start: usize, end: usize) -> Committed {
    let mut buf = String::new();
    let mut previous = match start {
        0 => DatabaseModel::empty(database),
        _ => files[start - 1].snapshot_into(&mut buf).map_err(Failure::invalid)?,
    };
    let mut findings = Vec::new();
    for f in &files[start..end] {
        let snapshot = f.snapshot_into(&mut buf).map_err(Failure::invalid)?;
        if let Ok(changes) = diff::diff(&previous, &snapshot) {
            let unit = Unit {
                database,
                migration: format!("V{:04}__{}", f.version, f.name),
                changes: &changes,
                from: &previous,
                to: &snapshot,
                up_sql: Some(&f.up),
            };
            findings.extend(lint::analyze(&unit));
        }
        previous = snapshot;
    }
    Ok((findings, previous))
}
