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
    /// Flag destructive and lock-heavy changes in the migrations and the pending render
    Lint(LintArgs),
    /// The project's own local PostgreSQL cluster (target `local`)
    Dev(DevArgs),
    /// Apply pending migrations to every database of a target
    Apply(ApplyArgs),
    /// Applied, pending, changed and missing migrations per database
    Status(TargetArgs),
    /// Run down migrations in reverse order
    Rollback(RollbackArgs),
    /// Applied migrations match their files; the live catalog matches the model
    Verify(VerifyArgs),
    /// Create upcoming interval partitions; detach or drop those past retention
    Partitions(PartitionsArgs),
    /// Deterministic, realistic, tenant-consistent data for every table (COPY)
    Seed(SeedArgs),
    /// Onboard, list and remove tenants in the project's isolation mode (row, schema or database)
    Tenant(TenantArgs),
    /// pg_dump (custom format) of every database of a target, with manifests
    Backup(BackupArgs),
    /// Restore databases of a target from a backup (manifest checked first)
    Restore(RestoreArgs),
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Lint every committed migration again instead of reusing the findings
    /// remembered for unchanged files (.provision/cache)
    #[arg(long)]
    pub no_cache: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Also prove tenant isolation: as the application role, tenant A can neither
    /// read nor change tenant B's rows (test rows in a transaction that is rolled back)
    #[arg(long)]
    pub isolation: bool,
    /// Application role(s) to test with --isolation (default: every LOGIN role of the model without BYPASSRLS)
    #[arg(long = "role", value_name = "ROLE", requires = "isolation")]
    pub roles: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Tenants to create (row-level tenancy)
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub tenants: usize,
    /// Rows per table; per tenant for tenant-scoped tables
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub rows: usize,
    /// Seed of the generator: the same model and seed give the same rows
    #[arg(long, value_name = "S", default_value_t = 42)]
    pub seed: u64,
    /// Only this table (schema.table; repeatable); the others are left as they are
    #[arg(long = "table", value_name = "NAME")]
    pub tables: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TenantArgs {
    #[command(subcommand)]
    pub action: TenantAction,
}

#[derive(Debug, Subcommand)]
pub enum TenantAction {
    /// Onboard a tenant: rls, its row in the tenant root; schema, its own schema of
    /// the tenant tables at the current version; database, its own migrated database(s)
    Add(TenantAddArgs),
    /// Registered tenants: mode, where they live, their version
    List(TargetArgs),
    /// Remove a tenant and everything it owns (rows, schema or databases)
    Remove(TenantRemoveArgs),
}

#[derive(Debug, Args)]
pub struct TenantAddArgs {
    /// Tenant name: lowercase letters, digits and `_` (becomes part of schema and database names)
    pub name: String,
    #[command(flatten)]
    pub target: TargetArgs,
    /// A value for a column of the tenant root row (repeatable); others are made from the name
    #[arg(long = "set", value_name = "COLUMN=VALUE")]
    pub sets: Vec<String>,
    /// Also fill the tenant's tables with generated rows
    #[arg(long)]
    pub seed: bool,
    /// Rows per table with --seed
    #[arg(long, value_name = "N", default_value_t = 20, requires = "seed")]
    pub rows: usize,
    /// Database mode: put the tenant's databases on the server whose URL is in this
    /// environment variable (default: the target's server holding the fewest tenant databases)
    #[arg(long, value_name = "VAR")]
    pub server_env: Option<String>,
}

#[derive(Debug, Args)]
pub struct TenantRemoveArgs {
    pub name: String,
    #[command(flatten)]
    pub target: TargetArgs,
    /// Confirm: the tenant's rows, schema or databases are deleted
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct PartitionsArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Print the statements; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Directory for the dumps and manifests (default: backups/<target>-<UTC time>)
    #[arg(long, value_name = "DIR")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// A backup directory (one manifest per database) or one manifest file
    #[arg(long, value_name = "PATH")]
    pub from: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct DevArgs {
    #[command(subcommand)]
    pub action: DevAction,
}

#[derive(Debug, Subcommand)]
pub enum DevAction {
    /// Create (first time) and start the cluster under .provision/; prints its URL
    Up,
    /// Stop the cluster (data is kept)
    Down,
    /// Print the cluster's URL
    Url,
}

#[derive(Debug, Args, Clone)]
pub struct TargetArgs {
    /// Target from provision.yaml; `local` is $DATABASE_URL or the dev cluster
    #[arg(long, short, default_value = "local")]
    pub target: String,
    /// Only these logical databases (repeatable; default: all)
    #[arg(long = "database", value_name = "NAME")]
    pub databases: Vec<String>,
    /// Seconds to wait for another run's lock before giving up
    #[arg(long, value_name = "S", default_value_t = 60)]
    pub lock_timeout: u64,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Apply up to and including this version
    #[arg(long, value_name = "V")]
    pub to: Option<u32>,
    /// Print the SQL that would run; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Databases applied at the same time (default: the target's `parallel`, else 4)
    #[arg(long, value_name = "N")]
    pub parallel: Option<usize>,
    /// Stop starting new databases after the first failure
    #[arg(long)]
    pub fail_fast: bool,
    /// Back up each database that has pending migrations first (.provision/backups/)
    #[arg(long)]
    pub backup: bool,
}

#[derive(Debug, Args)]
pub struct RollbackArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Roll back to this version (0 = everything)
    #[arg(long, value_name = "V", conflicts_with = "steps", required_unless_present_any = ["steps", "restore"])]
    pub to: Option<u32>,
    /// Roll back this many migrations
    #[arg(long, value_name = "N")]
    pub steps: Option<u32>,
    /// Allow down scripts that drop tables holding data
    #[arg(long)]
    pub allow_data_loss: bool,
    /// Instead of running down scripts, restore the newest pre-apply backup (apply --backup)
    #[arg(long, conflicts_with_all = ["to", "steps", "allow_data_loss"])]
    pub restore: bool,
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
