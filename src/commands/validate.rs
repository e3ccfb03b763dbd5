use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use std::path::Path;

pub fn run(root: &Path, p: &Printer) -> CmdResult {
    let (compiled, diags) = crate::load_and_compile(root);
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    p.diagnostics(&diags);
    match compiled {
        Some(c) if errors == 0 => {
            if !p.json_mode() {
                let tables: usize = c.databases.iter().map(|d| d.tables.len()).sum();
                p.info(&format!(
                    "ok: project `{}`: {} database(s), {tables} table(s), {warnings} warning(s)",
                    c.project.name,
                    c.databases.len()
                ));
            }
            Ok(ExitStatus::Success)
        }
        _ => Err(Failure::invalid(anyhow::anyhow!("{errors} error(s), {warnings} warning(s)"))),
    }
}
