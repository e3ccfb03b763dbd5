//! `provision init [DIR]`: a small project that validates, renders and applies
//! as is — a tenant root, one tenant-scoped table with the common traits, an
//! application role and its grants.

use crate::cli::InitArgs;
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use std::path::Path;

const PROVISION_YAML: &str = r#"# provision project manifest. Reference: docs/language.md
project: {name}
postgres: 15

# Row-level tenancy: every tenant-scoped table gets `organization_id`,
# an FK to the root, an index and a policy reading this session setting.
tenancy:
  mode: rls
  root: tenant.organizations
  key: organization_id
  setting: app.current_organization_id

# Logical databases and the modules (files in schemas/) each receives.
databases:
  main:
    modules: [tenant, app]

# Where `provision apply --target NAME` goes. URLs come from environment
# variables, never from this file. `local` uses $DATABASE_URL when set and
# the project's own cluster (`provision dev up`) otherwise.
targets:
  local: {}
  production:
    sslmode: verify-full
    databases:
      main: { url_env: PRODUCTION_DATABASE_URL }
"#;

const TENANT_YAML: &str = r#"module: tenant
description: Tenants (organizations) and the roles the application connects as.
schema: tenant

roles:
  app_user:
    login: true
    password_env: APP_USER_PASSWORD
    comment: The application's connection role; subject to row-level security.

tables:
  organizations:
    traits: [uuid_pk, timestamps, tenant_root]
    comment: One row per tenant.
    columns:
      name: text
      slug: { type: text, unique: true }
      plan: { type: text, default: "'free'", check: "plan IN ('free', 'pro', 'enterprise')" }

grants:
  - to: app_user
    privileges: [usage]
    schemas: all
  - to: app_user
    privileges: [select, insert, update]
    tables: all
"#;

const APP_YAML: &str = r#"module: app
description: The application's own tables.
schema: app
depends_on: [tenant]

enums:
  project_status: [planning, active, done, archived]

tables:
  projects:
    traits: [uuid_pk, tenant_scoped, timestamps, soft_delete]
    columns:
      name: text
      status: { type: project_status, default: "'planning'" }
      description: text?
      due_on: date?
    indexes:
      - [organization_id, status]

grants:
  - to: app_user
    privileges: [usage]
    schemas: all
  - to: app_user
    privileges: [select, insert, update, delete]
    tables: all
"#;

const GITIGNORE: &str = ".provision/\n";

pub fn run(root: &Path, args: InitArgs, p: &Printer) -> CmdResult {
    let dir = args.dir.unwrap_or_else(|| root.to_path_buf());
    if dir.join("provision.yaml").exists() {
        return Err(Failure::invalid(anyhow::anyhow!(
            "{} already has a provision.yaml; init writes only into new projects",
            dir.display()
        )));
    }
    let name = match args.name {
        Some(n) => n,
        None => {
            let base = std::fs::canonicalize(&dir)
                .ok()
                .or_else(|| Some(dir.clone()))
                .and_then(|d| d.file_name().map(|n| n.to_string_lossy().to_string()))
                .unwrap_or_else(|| "app".into());
            let s: String = base.to_ascii_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
            if s.starts_with(|c: char| c.is_ascii_digit()) || s.is_empty() {
                format!("p_{s}")
            } else {
                s
            }
        }
    };
    if let Err(problem) = crate::sql::check_ident(&name) {
        return Err(Failure::invalid(anyhow::anyhow!("project name `{name}` {problem}; pass --name")));
    }
    let files = [
        ("provision.yaml", PROVISION_YAML.replace("{name}", &name)),
        ("schemas/tenant.yaml", TENANT_YAML.to_string()),
        ("schemas/app.yaml", APP_YAML.to_string()),
        (".gitignore", GITIGNORE.to_string()),
    ];
    for (rel, _) in &files {
        let path = dir.join(rel);
        if path.exists() {
            return Err(Failure::invalid(anyhow::anyhow!("{} exists; init does not overwrite files", path.display())));
        }
    }
    for (rel, content) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Failure::invalid(anyhow::anyhow!("cannot create {}: {e}", parent.display())))?;
        }
        std::fs::write(&path, content).map_err(|e| Failure::invalid(anyhow::anyhow!("cannot write {}: {e}", path.display())))?;
    }
    p.info(&format!("created project `{name}` in {}", dir.display()));
    p.info("next: provision validate && provision render -m init");
    Ok(ExitStatus::Success)
}
