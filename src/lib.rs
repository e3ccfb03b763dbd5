//! provision: schema-as-code for multi-tenant PostgreSQL.
//!
//! YAML ─▶ spec ─▶ compile ─▶ model ─▶ diff ─▶ plan ─▶ render ─▶ migrations dir
//! Everything is a library so tests drive the same code the binary runs.

pub mod cli;
pub mod cluster;
pub mod commands;
pub mod compile;
pub mod db;
pub mod diag;
pub mod diff;
pub mod exit;
pub mod lint;
pub mod migrations;
pub mod model;
pub mod par;
pub mod partitions;
pub mod plan;
pub mod printer;
pub mod project;
pub mod render;
pub mod seed;
pub mod spec;
pub mod sql;
pub mod target;
pub mod tenant;
pub mod verify;

use clap::Parser;
use std::ffi::OsString;
use std::path::Path;

/// Loads a project and compiles it; diagnostics come back sorted.
pub fn load_and_compile(root: &Path) -> (Option<compile::Compiled>, Vec<diag::Diagnostic>) {
    let mut d = diag::Diagnostics::default();
    let loaded = spec::load_project(root, &mut d);
    let compiled = if d.has_errors() && loaded.project.is_none() { None } else { compile::compile(&loaded, &mut d) };
    (compiled, d.into_sorted())
}

pub fn main(args: impl IntoIterator<Item = OsString>) -> std::process::ExitCode {
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { exit::ExitStatus::Invalid } else { exit::ExitStatus::Success };
            let _ = e.print();
            return code.into();
        }
    };
    let printer = printer::Printer::new(&cli.global);
    match commands::run(cli, &printer) {
        Ok(status) => status.into(),
        Err(f) => {
            if is_broken_pipe(&f.error) {
                return exit::ExitStatus::Success.into();
            }
            printer.failure(&f);
            f.status.into()
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
