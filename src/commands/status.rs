//! `provision status`: per database, which migrations are applied, pending,
//! changed since they were applied (checksum), partially applied, or missing.

use super::targeted;
use crate::cli::TargetArgs;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use std::path::Path;

pub fn run(root: &Path, args: TargetArgs, p: &Printer) -> CmdResult {
    let mut run = targeted::open_manifest(root, &args.target, &args.databases, p)?;
    let rt = crate::db::runtime().map_err(Failure::target)?;
    rt.block_on(super::tenant::add_tenant_databases(&mut run))?;
    let mut rows = Vec::new();
    let mut findings = 0;
    let mut json = Vec::new();
    for db in &run.databases {
        let mut t = db.target.clone();
        t.create_if_missing = false;
        let read = rt.block_on(async {
            match crate::db::connect_target(&t).await {
                Ok(client) => Ok((crate::db::ledger::applied(&client).await?, crate::db::tenant::registered(&client).await?)),
                Err(crate::db::DbError::Connect { message, .. }) if message.contains("does not exist") => Ok((Vec::new(), Vec::new())),
                Err(e) => Err(e),
            }
        });
        let (applied, tenants) = read.map_err(Failure::target)?;
        let current = applied.iter().filter(|a| a.state == "applied").map(|a| a.version).max().unwrap_or(0);
        for f in &db.files {
            let a = applied.iter().find(|a| a.version == f.version);
            let state = match a {
                None => "pending",
                Some(a) if a.sha256 != f.sha256 => "CHANGED",
                Some(a) if a.state == "partial" => "partial",
                Some(_) => "applied",
            };
            if state == "CHANGED" {
                findings += 1;
            }
            let when = a.map(|a| a.applied_on.clone()).unwrap_or_default();
            rows.push(vec![t.logical.clone(), format!("V{:04}", f.version), f.name.clone(), state.to_string(), when.clone()]);
            json.push(serde_json::json!({"database": t.logical, "version": f.version, "name": f.name, "state": state.to_lowercase(), "applied_on": when}));
        }
        for a in applied.iter().filter(|a| !db.files.iter().any(|f| f.version == a.version)) {
            findings += 1;
            rows.push(vec![t.logical.clone(), format!("V{:04}", a.version), a.name.clone(), "MISSING FILE".into(), a.applied_on.clone()]);
            json.push(serde_json::json!({"database": t.logical, "version": a.version, "name": a.name, "state": "missing", "applied_on": a.applied_on}));
        }
        for r in tenants.iter().filter(|r| r.mode == "schema" && r.schema.is_some()) {
            let schema = r.schema.clone().unwrap_or_default();
            let state = if r.version as u32 == current { "applied" } else { "pending" };
            let what = format!("tenant `{}`: schema {schema}", r.name);
            rows.push(vec![t.logical.clone(), format!("V{:04}", r.version), what.clone(), format!("tenant schema {state}"), String::new()]);
            json.push(serde_json::json!({"database": t.logical, "tenant": r.name, "schema": schema, "version": r.version, "state": format!("tenant schema {state}")}));
        }
    }
    if p.json_mode() {
        p.json(&json);
    } else {
        p.data(&p.table(&["database", "version", "name", "state", "applied on"], rows));
    }
    if findings > 0 {
        p.info(&format!("{findings} migration(s) changed or missing since they were applied"));
        return Ok(ExitStatus::Findings);
    }
    Ok(ExitStatus::Success)
}
