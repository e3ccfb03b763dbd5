use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use crate::project;
use std::path::Path;

pub fn run(root: &Path, p: &Printer) -> CmdResult {
    let compiled = super::compile_project(root, p)?;
    let renderer = project::renderer(root);
    let renders = project::plan_all(root, &compiled, &renderer).map_err(Failure::invalid)?;
    if p.json_mode() {
        let out: Vec<_> = renders
            .iter()
            .map(|r| {
                serde_json::json!({
                    "database": r.database,
                    "from_version": r.dir.latest().map(|m| m.version),
                    "steps": r.plan.steps.iter().map(|s| serde_json::json!({
                        "change": s.change.kind(),
                        "object": s.change.object(),
                        "source": s.change.origin().map(|o| o.to_string()),
                        "transaction": s.tx,
                        "up": s.up,
                        "down": s.down,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        p.json(&out);
        return Ok(ExitStatus::Success);
    }
    let mut any = false;
    for r in &renders {
        if r.plan.is_empty() {
            p.info(&format!("database `{}`: no changes", r.database));
            continue;
        }
        any = true;
        let rows = r
            .plan
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    (i + 1).to_string(),
                    s.change.kind().replace('_', " "),
                    s.change.object(),
                    s.change.origin().map(|o| o.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        p.data(&format!("database `{}`: {} change(s), next version V{:04}", r.database, r.plan.steps.len(), r.next_version()));
        p.data(&p.table(&["#", "change", "object", "source"], rows));
        for s in &r.plan.steps {
            p.data(s.up.trim_end());
        }
    }
    if !any {
        p.info("nothing to do: every database's migrations match the YAML model");
    }
    Ok(ExitStatus::Success)
}
