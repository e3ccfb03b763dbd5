//! Command-line types only (clap derive). Resolution into settings and the
//! commands themselves live elsewhere.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "provision", version, about = "Schema-as-code for multi-tenant PostgreSQL", long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Project directory (holds provision.yaml)
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub project: PathBuf,
    /// Output format for data on stdout
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Print only errors
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Print more detail
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// Never draw progress bars (they are drawn only on a terminal anyway)
    #[arg(long, global = true)]
    pub no_progress: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scaffold a new project that validates, renders and applies as is
    Init(InitArgs),
    /// Load and check every YAML file; print all diagnostics
    Validate,
    /// Write the next versioned migration for each database whose model changed
    Render(RenderArgs),
    /// Preview the changes and SQL the next render would write; writes nothing
    Plan,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Directory to create (default: the --project directory)
    pub dir: Option<PathBuf>,
    /// Project name (default: the directory's name)
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// What the migration does, used in its file name and header
    #[arg(short, long, value_name = "MSG")]
    pub message: Option<String>,
    /// Write nothing; exit 1 if a render would change anything or a committed migration was edited
    #[arg(long)]
    pub check: bool,
}
