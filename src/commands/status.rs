//! `provision status`: per database, which migrations are applied, pending,
//! changed since they were applied (checksum), partially applied, or missing.

use super::targeted;
use crate::cli::TargetArgs;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use std::path::Path;

pub fn run(root: &Path, args: TargetArgs, p: &Printer) -> CmdResult {
    let run = targeted::open(root, &args.target, &args.databases, p)?;
    let rt = crate::db::runtime().map_err(Failure::target)?;
    let mut rows = Vec::new();
    let mut findings = 0;
    let mut json = Vec::new();
    for db in &run.databases {
        let mut t = db.target.clone();
        t.create_if_missing = false;
        let applied = rt.block_on(async {
            match crate::db::connect_target(&t).await {
                Ok(client) => crate::db::ledger::applied(&client).await,
                Err(crate::db::DbError::Connect { message, .. }) if message.contains("does not exist") => Ok(Vec::new()),
                Err(e) => Err(e),
            }
        });
        let applied = applied.map_err(Failure::target)?;
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
