//! `provision lint`: every committed migration's changes and the pending
//! render's, through the analyzers in `lint`; exit 1 on errors.

use crate::diff;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::lint::{self, Finding, Level, Unit};
use crate::migrations;
use crate::model::DatabaseModel;
use crate::printer::Printer;
use std::path::Path;

pub fn run(root: &Path, p: &Printer) -> CmdResult {
    let compiled = super::compile_project(root, p)?;
    let mut findings: Vec<Finding> = Vec::new();
    for model in &compiled.databases {
        let dir = migrations::read(&migrations::dir_for(root, &model.database)).map_err(Failure::invalid)?;
        let files = migrations::load(&dir).map_err(Failure::invalid)?;
        let mut previous = DatabaseModel::empty(&model.database);
        for f in &files {
            let snapshot = f.snapshot().map_err(Failure::invalid)?;
            if let Ok(changes) = diff::diff(&previous, &snapshot) {
                let unit = Unit {
                    database: &model.database,
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
