//! `provision verify`: (a) applied migrations still match their files, (b) the
//! live catalog matches the model at the applied version — inspected in a fixed
//! number of queries — reported per object with the YAML position that declares it.

use super::targeted;
use crate::cli::VerifyArgs;
use crate::db::{executor, inspect, isolation, ledger};
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use crate::verify::{compare, Finding, FindingKind};
use std::path::Path;

pub fn run(root: &Path, args: VerifyArgs, p: &Printer) -> CmdResult {
    let mut run = targeted::open(root, &args.target.target, &args.target.databases, p)?;
    let tenancy = run.compiled.project.tenancy.clone();
    if args.isolation && tenancy.is_none() {
        return Err(Failure::invalid(anyhow::anyhow!("--isolation needs `tenancy:` in provision.yaml")));
    }
    let rt = crate::db::runtime().map_err(Failure::target)?;
    rt.block_on(super::tenant::add_tenant_databases(&mut run))?;
    let mut all: Vec<(String, Finding)> = Vec::new();
    let mut reports: Vec<(String, String, isolation::IsolationReport)> = Vec::new();
    // every database at once, `parallel` at a time: tenant fleets verify in one round
    let sem = tokio::sync::Semaphore::new(run.target.parallel.max(1));
    // tenant databases share their logical database's files: each snapshot is parsed once
    let snapshots = Snapshots::default();
    let checks: Vec<_> = run
        .databases
        .iter()
        .map(|db| {
            let (sem, run, args, tenancy, snapshots) = (&sem, &run, &args, &tenancy, &snapshots);
            async move {
                let _permit = sem.acquire().await;
                let mut t = db.target.clone();
                t.create_if_missing = false;
                let result = verify_database(&t, db, run, args, tenancy.as_ref(), snapshots).await;
                (t.logical, result)
            }
        })
        .collect();
    let results = rt.block_on(crate::db::join_all(checks));
    for (logical, result) in results {
        let (findings, isolation) = result?;
        for f in findings {
            all.push((logical.clone(), f));
        }
        reports.extend(isolation.into_iter().map(|(role, r)| (logical.clone(), role, r)));
    }
    for (db, role, r) in &reports {
        if !p.json_mode() {
            p.info(&format!(
                "{db}: isolation as `{role}`: {} table(s) proven, {} not tested, {} breach(es)",
                r.tested.len(),
                r.not_tested.len(),
                r.findings.len()
            ));
            for (table, why) in &r.not_tested {
                p.warn(&format!("{db}: {table} not tested for isolation: {why}"));
            }
            for note in &r.notes {
                p.info(&format!("  note: {note}"));
            }
        }
    }
    if p.json_mode() {
        let out: Vec<_> = all.iter().map(|(db, f)| serde_json::json!({"database": db, "finding": f})).collect();
        if args.isolation {
            let iso: Vec<_> = reports.iter().map(|(db, role, r)| serde_json::json!({"database": db, "role": role, "report": r})).collect();
            p.json(&serde_json::json!({ "findings": out, "isolation": iso }));
        } else {
            p.json(&out);
        }
    } else if all.is_empty() {
        p.info(&format!("verified: {} database(s) match their migrations and the model", run.databases.len()));
    } else {
        let rows = all
            .iter()
            .map(|(db, f)| {
                vec![
                    db.clone(),
                    f.kind.to_string(),
                    f.object_kind.clone(),
                    f.object.clone(),
                    f.detail.clone(),
                    f.origin.as_ref().map(|o| o.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        p.data(&p.table(&["database", "drift", "kind", "object", "detail", "declared at"], rows));
    }
    if all.is_empty() {
        Ok(ExitStatus::Success)
    } else {
        p.info(&format!("{} difference(s) between the database and the model", all.len()));
        Ok(ExitStatus::Findings)
    }
}

type DatabaseVerdict = (Vec<Finding>, Vec<(String, isolation::IsolationReport)>);

/// Snapshots parsed so far in this run, by file.
#[derive(Default)]
struct Snapshots(std::sync::Mutex<std::collections::HashMap<std::path::PathBuf, std::sync::Arc<crate::model::DatabaseModel>>>);

impl Snapshots {
    fn get(&self, file: &crate::migrations::Loaded) -> Result<std::sync::Arc<crate::model::DatabaseModel>, Failure> {
        let mut parsed = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(model) = parsed.get(&file.snapshot_path) {
            return Ok(model.clone());
        }
        let model = std::sync::Arc::new(file.snapshot().map_err(Failure::invalid)?);
        parsed.insert(file.snapshot_path.clone(), model.clone());
        Ok(model)
    }
}

/// One database: history, catalog against the model at its version, tenant
/// schemas, and with --isolation the proof per application role.
async fn verify_database(
    t: &crate::target::DatabaseTarget,
    db: &targeted::DatabaseRun,
    run: &targeted::TargetRun,
    args: &VerifyArgs,
    tenancy: Option<&crate::compile::Tenancy>,
    snapshots: &Snapshots,
) -> Result<DatabaseVerdict, Failure> {
    let finding = |object_kind: &str, object: String, detail: String| Finding {
        kind: FindingKind::Different,
        object_kind: object_kind.into(),
        object,
        detail,
        origin: None,
    };
    let mut isolation = Vec::new();

    let mut client = crate::db::connect_target(t).await.map_err(Failure::target)?;
    let applied = ledger::applied(&client).await.map_err(Failure::target)?;
    let mut findings = Vec::new();
    if let Err(e) = executor::check_history(&t.logical, &applied, &db.files) {
        findings.push(finding("migration", t.logical.clone(), e.to_string()));
    }
    let Some(version) = applied.iter().filter(|a| a.state == "applied").map(|a| a.version).max() else {
        findings.push(finding("migration", t.logical.clone(), "no migration is applied: run `provision apply`".into()));
        return Ok((findings, isolation));
    };
    let Some(file) = db.files.iter().find(|f| f.version == version) else { return Ok((findings, isolation)) };
    let snapshot = snapshots.get(file)?;
    // the compiled YAML carries positions; use it when it is the applied version's model
    let expected = run.compiled.databases.iter().find(|m| m.database == t.logical && **m == *snapshot).unwrap_or(&snapshot);
    let scope = inspect::Scope::of(expected);
    let live = inspect::inspect(&client, &scope).await.map_err(Failure::target)?;
    // expressions as the apply left them: rebuilt from the live catalog and the
    // apply's mark, or (databases applied by earlier versions) a stored copy
    let baseline = match ledger::apply_mark(&client, version).await.map_err(Failure::target)? {
        Some(mark) => {
            let modified = inspect::modified_since(&client, &scope, &mark).await.map_err(Failure::target)?;
            Some(crate::verify::baseline_at_mark(
                &live,
                modified.iter().map(|m| (m.kind.as_str(), m.schema.as_str(), m.table.as_str(), m.name.as_str())),
            ))
        }
        None => match ledger::baseline(&client, version).await.map_err(Failure::target)? {
            Some(json) => serde_json::from_str(&json).ok(),
            None => None,
        },
    };
    findings.extend(compare(expected, &live, baseline.as_ref()));
    findings.extend(super::tenant::verify_schemas(&client, &db.files, version).await?);
    if let (true, Some(tn)) = (args.isolation, tenancy) {
        let roles: Vec<String> = if args.roles.is_empty() {
            expected.roles.values().filter(|r| r.login && !r.bypassrls).map(|r| r.name.clone()).collect()
        } else {
            args.roles.clone()
        };
        if roles.is_empty() {
            findings.push(finding(
                "isolation",
                t.logical.clone(),
                "the model has no LOGIN role without BYPASSRLS to test; pass --role".into(),
            ));
        }
        for role in roles {
            let report = isolation::prove(&mut client, expected, tn, &role).await.map_err(Failure::target)?;
            isolation.push((role.clone(), report.clone()));
            findings.extend(report.findings.into_iter().map(|f| finding("isolation", role.clone(), f)));
        }
    }
    Ok((findings, isolation))
}
