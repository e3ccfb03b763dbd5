use crate::cli::RenderArgs;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use crate::project::{self, PipelineError};
use std::path::Path;

pub fn run(root: &Path, args: RenderArgs, p: &Printer) -> CmdResult {
    let compiled = super::compile_project(root, p)?;
    let renderer = project::renderer(root);
    let renders = match project::plan_all(root, &compiled, &renderer) {
        Ok(r) => r,
        Err(e @ PipelineError::Tampered { .. }) if args.check => {
            p.failure(&Failure::invalid(anyhow::anyhow!("{e}")));
            return Ok(ExitStatus::Findings);
        }
        Err(e @ PipelineError::Tampered { .. }) => {
            return Err(Failure::invalid(
                anyhow::Error::new(e)
                    .context("refusing to render on top of a changed migration directory; restore the files from version control"),
            ))
        }
        Err(e) => return Err(Failure::invalid(e)),
    };
    let mut rows = Vec::new();
    let mut pending = 0;
    for r in &renders {
        if r.plan.is_empty() {
            rows.push(vec![r.database.clone(), r.dir.latest().map_or("-".into(), |m| m.id()), "up to date".into(), String::new()]);
            continue;
        }
        pending += 1;
        let m = project::new_migration(r, args.message.as_deref(), &compiled.project.lock_timeout, &renderer).map_err(Failure::invalid)?;
        let id = format!("V{:04}__{}", m.version, m.name);
        if args.check {
            rows.push(vec![
                r.database.clone(),
                r.dir.latest().map_or("-".into(), |m| m.id()),
                format!("would write {id}"),
                r.plan.steps.len().to_string(),
            ]);
        } else {
            let path = crate::migrations::write(&r.dir.path, &m).map_err(Failure::invalid)?;
            let shown = path.strip_prefix(root).unwrap_or(&path).display().to_string();
            rows.push(vec![r.database.clone(), id, format!("wrote {shown}"), r.plan.steps.len().to_string()]);
        }
    }
    if p.json_mode() {
        let out: Vec<_> =
            rows.iter().map(|r| serde_json::json!({"database": r[0], "version": r[1], "result": r[2], "steps": r[3]})).collect();
        p.json(&serde_json::json!({ "check": args.check, "pending": pending, "databases": out }));
    } else if !p.quiet {
        p.data(&p.table(&["database", "version", "result", "steps"], rows));
    }
    // the models of a large project take a while to free, and the process ends here
    std::mem::forget(renders);
    std::mem::forget(compiled);
    if args.check && pending > 0 {
        p.info(&format!("{pending} database(s) need a render: run `provision render -m \"...\"` and commit the files"));
        return Ok(ExitStatus::Findings);
    }
    if pending == 0 && !args.check {
        p.info("nothing to do: every database's migrations match the YAML model");
    }
    Ok(ExitStatus::Success)
}
