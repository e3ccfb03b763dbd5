//! Loading a project from disk: provision.yaml, schemas/*.yaml and the built-in
//! traits, each parsed into the spec AST with positions. Reads files, nothing else.

pub mod ast;
pub mod yaml;

use crate::diag::{Diagnostics, Pos};
use ast::{ModuleSpec, ProjectSpec};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Built-in traits ship inside the binary but are written in the same language
/// as user modules; diagnostics name them by this path.
pub const BUILTIN_TRAITS_FILE: &str = "<builtin>/traits.yaml";
pub const BUILTIN_TRAITS: &str = include_str!("../../schemas/builtin/traits.yaml");

#[derive(Debug)]
pub struct LoadedProject {
    pub root: PathBuf,
    pub project: Option<ProjectSpec>,
    pub modules: Vec<ModuleSpec>,
    pub builtin: Option<ModuleSpec>,
    /// Module files that could not be parsed or decoded: their module names are unknown.
    pub failed_files: usize,
}

/// provision.yaml alone (None when it cannot be read; then `d` says why).
pub fn load_manifest(root: &Path, d: &mut Diagnostics) -> Option<Option<ProjectSpec>> {
    let manifest = root.join("provision.yaml");
    match std::fs::read_to_string(&manifest) {
        Ok(text) => {
            let file: Arc<str> = Arc::from("provision.yaml");
            Some(yaml::parse(&file, &text, d).and_then(|node| ast::decode_project(&node, d)))
        }
        Err(e) => {
            d.error("PS106", None, format!("cannot read {}: {e}", manifest.display()))
                .set_hint("run `provision init` to create a project, or pass `--project DIR`");
            None
        }
    }
}

pub fn load_project(root: &Path, d: &mut Diagnostics) -> LoadedProject {
    let mut loaded = LoadedProject { root: root.to_path_buf(), project: None, modules: Vec::new(), builtin: None, failed_files: 0 };
    match load_manifest(root, d) {
        Some(project) => loaded.project = project,
        None => return loaded,
    }
    let builtin_file: Arc<str> = Arc::from(BUILTIN_TRAITS_FILE);
    if let Some(node) = yaml::parse(&builtin_file, BUILTIN_TRAITS, d) {
        loaded.builtin = ast::decode_module(&builtin_file, &node, d);
    }
    // module files parse independently: on every core, in name order
    let files = module_files(root, d);
    let parsed = crate::par::each(crate::par::ranges(files.len(), 1), |r| load_modules(root, &files[r]));
    for (modules, diags) in parsed {
        for m in modules {
            match m {
                Some(m) => loaded.modules.push(m),
                None => loaded.failed_files += 1,
            }
        }
        d.extend(diags);
    }
    loaded
}

/// Reads, parses and decodes module files; None for a file that could not be.
fn load_modules(root: &Path, paths: &[PathBuf]) -> (Vec<Option<ModuleSpec>>, Diagnostics) {
    let mut d = Diagnostics::default();
    let mut out = Vec::with_capacity(paths.len());
    for path in paths {
        let rel = path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/");
        let file: Arc<str> = Arc::from(rel.as_str());
        match std::fs::read_to_string(path) {
            Ok(text) => out.push(yaml::parse(&file, &text, &mut d).and_then(|node| ast::decode_module(&file, &node, &mut d))),
            Err(e) => {
                out.push(None);
                d.error("PS106", Some(&Pos { file, line: 1, col: 1 }), format!("cannot read {}: {e}", path.display()));
            }
        }
    }
    (out, d)
}

/// `schemas/*.yaml` in name order, so module order (and output) is stable.
fn module_files(root: &Path, d: &mut Diagnostics) -> Vec<PathBuf> {
    let dir = root.join("schemas");
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            d.error("PS106", None, format!("{} does not exist", dir.display()))
                .set_hint("put one module per file in schemas/, e.g. schemas/app.yaml");
            return Vec::new();
        }
        Err(e) => {
            d.error("PS106", None, format!("cannot list {}: {e}", dir.display()));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml") | Some("yml")))
        .collect();
    files.sort();
    files
}
