//! `provision partitions`: for every interval-partitioned table, create the
//! partitions from the current interval through `premake` ahead and retire
//! (detach, and drop unless `retention_action: detach`) those past retention.
//! Idempotent: a second run finds nothing to do.

use super::targeted;
use crate::cli::PartitionsArgs;
use crate::compile::dates::Date;
use crate::db::ledger;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::partitions::{plan, Action};
use crate::printer::Printer;
use std::path::Path;
use std::time::Duration;

pub fn run(root: &Path, args: PartitionsArgs, p: &Printer) -> CmdResult {
    let run = targeted::open(root, &args.target.target, &args.target.databases, p)?;
    let renderer = crate::project::renderer(root);
    let rt = crate::db::runtime().map_err(Failure::target)?;
    let mut rows = Vec::new();
    let mut json = Vec::new();
    for db in &run.databases {
        let (model, existing, today) = rt
            .block_on(async {
                let client = crate::db::connect_target(&db.target).await?;
                let version = ledger::current_version(&client).await?;
                let Some(file) = db.files.iter().find(|f| f.version == version) else {
                    return Ok::<_, crate::db::DbError>((None, Default::default(), None));
                };
                let model = file.snapshot().ok();
                let parents: Vec<String> = model
                    .iter()
                    .flat_map(|m| m.tables.values().filter(|t| t.partition.as_ref().is_some_and(|p| p.interval.is_some())).map(|t| t.key()))
                    .collect();
                let existing = crate::db::partitions::existing(&client, &parents).await?;
                let today: String = client
                    .query_one("SELECT current_date::text", &[])
                    .await
                    .map_err(|e| crate::db::DbError::Sql { context: "reading the date".into(), message: e.to_string(), position: None })?
                    .get(0);
                Ok((model, existing, Date::parse(&today)))
            })
            .map_err(Failure::target)?;
        let (Some(model), Some(today)) = (model, today) else {
            p.info(&format!("{}: no migration applied; nothing to maintain", db.target.logical));
            continue;
        };
        let actions = plan(&model, &|k| existing.get(k).cloned().unwrap_or_default(), today);
        let mut groups = Vec::new();
        for a in &actions {
            let template = match a {
                Action::Create { .. } => "create_partition.sql.j2",
                Action::Detach { .. } => "detach_partition.sql.j2",
            };
            groups.push(renderer.render(template, a).map_err(Failure::invalid)?);
        }
        let summarize = |kind: &str| -> std::collections::BTreeMap<String, usize> {
            let mut m = std::collections::BTreeMap::new();
            for a in &actions {
                let matches = matches!(
                    (kind, a),
                    ("create", Action::Create { .. })
                        | ("drop", Action::Detach { drop: true, .. })
                        | ("detach", Action::Detach { drop: false, .. })
                );
                if matches {
                    *m.entry(a.table()).or_insert(0) += 1;
                }
            }
            m
        };
        let (created, dropped, detached) = (summarize("create"), summarize("drop"), summarize("detach"));
        let mut tables: Vec<String> =
            model.tables.values().filter(|t| t.partition.as_ref().is_some_and(|p| p.interval.is_some())).map(|t| t.key()).collect();
        tables.sort();
        if args.dry_run {
            for g in &groups {
                p.data(g.trim_end());
            }
        } else if !groups.is_empty() {
            rt.block_on(crate::db::partitions::run(&db.target, &groups, Duration::from_secs(args.target.lock_timeout)))
                .map_err(Failure::target)?;
        }
        for t in tables {
            let c = created.get(&t).copied().unwrap_or(0);
            let d = dropped.get(&t).copied().unwrap_or(0);
            let x = detached.get(&t).copied().unwrap_or(0);
            rows.push(vec![db.target.logical.clone(), t.clone(), c.to_string(), x.to_string(), d.to_string()]);
            json.push(serde_json::json!({"database": db.target.logical, "table": t, "created": c, "detached": x, "dropped": d, "dry_run": args.dry_run}));
        }
    }
    if p.json_mode() {
        p.json(&json);
    } else if !p.quiet {
        p.data(&p.table(&["database", "table", "created", "detached", "dropped"], rows));
    }
    Ok(ExitStatus::Success)
}
