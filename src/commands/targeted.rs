//! What every command that talks to a target needs: the compiled project, the
//! resolved target, and each database's migrations read from disk and checked
//! against the sum file.

use crate::compile::Compiled;
use crate::exit::Failure;
use crate::migrations::{self, Loaded, MigrationDir};
use crate::printer::Printer;
use crate::target::{self, DatabaseTarget, ResolvedTarget};
use std::path::Path;

pub struct DatabaseRun {
    pub target: DatabaseTarget,
    pub dir: MigrationDir,
    pub files: Vec<Loaded>,
}

pub struct TargetRun {
    pub compiled: Compiled,
    pub target: ResolvedTarget,
    pub databases: Vec<DatabaseRun>,
}

pub fn open(root: &Path, name: &str, only: &[String], p: &Printer) -> Result<TargetRun, Failure> {
    let compiled = super::compile_project(root, p)?;
    open_compiled(root, compiled, name, only, None)
}

/// Like `open`, from provision.yaml alone: for commands that only run the
/// committed migrations (apply, status). `compiled.databases` is empty.
pub fn open_manifest(root: &Path, name: &str, only: &[String], p: &Printer) -> Result<TargetRun, Failure> {
    let mut d = crate::diag::Diagnostics::default();
    let project = crate::spec::load_manifest(root, &mut d).flatten().map(|spec| crate::compile::manifest(&spec, &mut d));
    let diags = d.into_sorted();
    let errors = diags.iter().filter(|x| x.is_error()).count();
    if errors > 0 {
        p.diagnostics(&diags);
    }
    match project {
        Some(project) if errors == 0 => {
            let cache = root.join(".provision").join("cache");
            open_compiled(root, Compiled { project, databases: Vec::new() }, name, only, Some(&cache))
        }
        _ => Err(Failure::invalid(anyhow::anyhow!("{errors} error(s) in provision.yaml; nothing was done"))),
    }
}

/// `cache`: where the sum validation may remember directories it checked (apply, status).
fn open_compiled(root: &Path, compiled: Compiled, name: &str, only: &[String], cache: Option<&Path>) -> Result<TargetRun, Failure> {
    for o in only {
        if !compiled.project.databases.contains(o) {
            return Err(Failure::invalid(anyhow::anyhow!(
                "unknown database `{o}`; the project has: {}",
                compiled.project.databases.join(", ")
            )));
        }
    }
    let env = |k: &str| std::env::var(k).ok();
    let resolved = target::resolve(&compiled.project, root, name, &env, only).map_err(|e| match e {
        target::TargetError::NoLocalCluster => Failure::target(e),
        other => Failure::invalid(other),
    })?;
    let mut databases = Vec::new();
    for t in &resolved.databases {
        let dir = migrations::read(&migrations::dir_for(root, &t.logical)).map_err(Failure::invalid)?;
        let checked = match cache {
            Some(c) => migrations::sum::validate_cached(&dir, c),
            None => migrations::sum::validate(&dir),
        };
        if let Some(problem) = checked.map_err(Failure::invalid)? {
            return Err(Failure::invalid(anyhow::anyhow!(
                "database `{}`: the migration directory is not intact: {problem}; restore the files from version control",
                t.logical
            )));
        }
        let files = migrations::load(&dir).map_err(Failure::invalid)?;
        databases.push(DatabaseRun { target: t.clone(), dir, files });
    }
    Ok(TargetRun { compiled, target: resolved, databases })
}

/// A runtime for running many databases at once.
pub fn runtime() -> Result<crate::db::Runtime, Failure> {
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder.worker_threads(4);
    crate::db::Runtime::build(builder).map_err(Failure::target)
}

/// A runtime for `databases` databases: one thread for one database (the work
/// is the server's; starting and stopping four worker threads is a measurable
/// part of a no-op apply), [`runtime`] for more.
pub fn runtime_for(databases: usize) -> Result<crate::db::Runtime, Failure> {
    match databases {
        0 | 1 => crate::db::runtime().map_err(Failure::target),
        _ => runtime(),
    }
}

pub fn ms(d: std::time::Duration) -> String {
    if d.as_millis() < 10_000 {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}
