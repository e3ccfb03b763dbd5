//! One module per subcommand. Commands orchestrate: they call the pipeline and
//! hand results to the printer; they never format SQL or query catalogs.

pub mod apply;
pub mod backup;
pub mod dev;
pub mod init;
pub mod lint;
pub mod partitions;
pub mod plan;
pub mod render;
pub mod rollback;
pub mod seed;
pub mod status;
pub mod targeted;
pub mod tenant;
pub mod validate;
pub mod verify;

use crate::cli::{Cli, Command};
use crate::compile::Compiled;
use crate::diag::Diagnostics;
use crate::exit::{CmdResult, Failure};
use crate::printer::Printer;
use std::path::Path;

pub fn run(cli: Cli, p: &Printer) -> CmdResult {
    let root = cli.global.project.clone();
    match cli.command {
        Command::Init(args) => init::run(&root, args, p),
        Command::Validate => validate::run(&root, p),
        Command::Render(args) => render::run(&root, args, p),
        Command::Plan => plan::run(&root, p),
        Command::Lint(args) => lint::run(&root, &args, p),
        Command::Dev(args) => dev::run(&root, args, p),
        Command::Apply(args) => apply::run(&root, args, p),
        Command::Status(args) => status::run(&root, args, p),
        Command::Rollback(args) => rollback::run(&root, args, p),
        Command::Verify(args) => verify::run(&root, args, p),
        Command::Partitions(args) => partitions::run(&root, args, p),
        Command::Seed(args) => seed::run(&root, args, p),
        Command::Tenant(args) => tenant::run(&root, args, p),
        Command::Backup(args) => backup::run_backup(&root, args, p),
        Command::Restore(args) => backup::run_restore(&root, args, p),
    }
}

/// Loads and compiles the project, printing every diagnostic; fails (exit 2)
/// when any is an error, so nothing downstream runs on a broken model.
pub fn compile_project(root: &Path, p: &Printer) -> Result<Compiled, Failure> {
    report_compiled(crate::load_and_compile(root), p)
}

/// Prints a compile's diagnostics and turns errors into a failure.
pub fn report_compiled((compiled, diags): (Option<Compiled>, Vec<crate::diag::Diagnostic>), p: &Printer) -> Result<Compiled, Failure> {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    if !diags.is_empty() && (errors > 0 || !p.json_mode()) {
        p.diagnostics(&diags);
    }
    match compiled {
        Some(c) if errors == 0 => Ok(c),
        _ => Err(Failure::invalid(anyhow::anyhow!("{errors} error(s) in the project; nothing was written"))),
    }
}

pub fn diagnostics_of(d: Diagnostics) -> Vec<crate::diag::Diagnostic> {
    d.into_sorted()
}
