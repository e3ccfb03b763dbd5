//! Shared test plumbing: the cluster, per-test databases, throwaway projects,
//! running the binary, and normalized schema dumps.

#![allow(dead_code)]

use provision::cluster::{ClusterOptions, TempCluster};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

static CLUSTER: OnceLock<TempCluster> = OnceLock::new();
static NEXT_DB: AtomicUsize = AtomicUsize::new(0);

/// Roles are cluster-wide: an up script creating a role while another test's
/// down script drops it would race, so scripts that touch roles run one at a time.
static SCRIPT_LOCK: Mutex<()> = Mutex::new(());

pub fn script_lock() -> MutexGuard<'static, ()> {
    SCRIPT_LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

pub fn cluster() -> &'static TempCluster {
    CLUSTER.get_or_init(|| {
        // log lines name their database, so a test can read its own from the shared log
        let settings =
            vec![("log_line_prefix".to_string(), "%m [%p] db=%d ".to_string()), ("log_connections".to_string(), "on".to_string())];
        TempCluster::start(ClusterOptions { port: None, fast: true, settings, hba: None })
            .unwrap_or_else(|e| panic!("cannot start a PostgreSQL cluster for the tests: {e}"))
    })
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_provision"))
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run provision")
}

pub fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).to_string(), String::from_utf8_lossy(&o.stderr).to_string())
}

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    provision::db::runtime().expect("runtime").block_on(f)
}

/// A fresh database, dropped when the test passes (kept for inspection when it fails).
pub struct TestDb {
    pub name: String,
    pub url: String,
}

impl TestDb {
    pub fn new(prefix: &str) -> TestDb {
        let c = cluster();
        let name = format!("{prefix}_{}_{}", std::process::id(), NEXT_DB.fetch_add(1, Ordering::SeqCst));
        let admin = c.url("postgres");
        block_on(async {
            let client = provision::db::connect(&admin, Duration::from_secs(10)).await.expect("connect admin");
            provision::db::execute(&client, &format!("CREATE DATABASE \"{name}\""), "create test database").await.expect("create database");
        });
        TestDb { url: c.url(&name), name }
    }

    pub fn exec(&self, sql: &str) -> Result<(), String> {
        block_on(async {
            let client = provision::db::connect(&self.url, Duration::from_secs(10)).await.map_err(|e| e.to_string())?;
            provision::db::execute(&client, sql, "test").await.map_err(|e| e.to_string())
        })
    }

    /// Applies a migration script the way the executor will: one transaction.
    pub fn apply(&self, sql: &str) -> Result<(), String> {
        let _guard = script_lock();
        block_on(async {
            let mut client = provision::db::connect(&self.url, Duration::from_secs(10)).await.map_err(|e| e.to_string())?;
            provision::db::execute_in_transaction(&mut client, sql, "migration").await.map_err(|e| e.to_string())
        })
    }

    pub fn apply_file(&self, path: &Path) -> Result<(), String> {
        let sql = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        self.apply(&sql).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn strings(&self, sql: &str) -> Vec<String> {
        block_on(async {
            let client = provision::db::connect(&self.url, Duration::from_secs(10)).await.expect("connect");
            provision::db::query_strings(&client, sql).await.expect("query")
        })
    }

    /// `pg_dump --schema-only`, without comments, blank lines and the random
    /// \restrict token, so two dumps of the same catalog compare equal.
    pub fn schema(&self) -> String {
        self.dump(&[])
    }

    /// The schema without provision's own ledger (`provision` schema).
    pub fn user_schema(&self) -> String {
        self.dump(&["--exclude-schema=provision"])
    }

    fn dump(&self, extra: &[&str]) -> String {
        dump_schema(cluster(), &self.name, extra)
    }
}

/// Normalized `pg_dump --schema-only` of `database` on any test cluster.
pub fn dump_schema(c: &provision::cluster::Cluster, database: &str, extra: &[&str]) -> String {
    let pg_dump = provision::cluster::Cluster::bin_dir().map(|d| d.join("pg_dump")).unwrap_or_else(|_| PathBuf::from("pg_dump"));
    let out = Command::new(pg_dump)
        .args(["--schema-only", "--no-owner", "-h", c.host(), "-p", &c.port().to_string(), "-U", "postgres", "-d", database])
        .args(extra)
        .output()
        .expect("run pg_dump");
    assert!(out.status.success(), "pg_dump failed: {}", String::from_utf8_lossy(&out.stderr));
    normalize_dump(&String::from_utf8_lossy(&out.stdout))
}

/// One column of text values from any URL.
pub fn strings_at(url: &str, sql: &str) -> Result<Vec<String>, String> {
    block_on(async {
        let client = provision::db::connect(url, Duration::from_secs(10)).await.map_err(|e| e.to_string())?;
        provision::db::query_strings(&client, sql).await.map_err(|e| e.to_string())
    })
}

/// A script on any URL.
pub fn exec_at(url: &str, sql: &str) -> Result<(), String> {
    block_on(async {
        let client = provision::db::connect(url, Duration::from_secs(10)).await.map_err(|e| e.to_string())?;
        provision::db::execute(&client, sql, "test").await.map_err(|e| e.to_string())
    })
}

pub fn normalize_dump(dump: &str) -> String {
    dump.lines()
        .filter(|l| !l.starts_with("--") && !l.trim().is_empty() && !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
        .map(policy_roles_sorted)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A policy's role list in name order. pg_dump prints it in the order it
/// reads pg_roles, and roles are shared by every database of the cluster:
/// when another test's database still uses one of two roles, a down script
/// keeps that one and drops the other, the next up creates it again, and the
/// same policy dumps as `TO b, a` instead of `TO a, b`.
fn policy_roles_sorted(line: &str) -> std::borrow::Cow<'_, str> {
    let Some(to) = line.strip_prefix("CREATE POLICY ").and(line.find(" TO ")) else { return line.into() };
    let rest = &line[to + 4..];
    let end = [" USING ", " WITH CHECK ", ";"].iter().filter_map(|m| rest.find(m)).min().unwrap_or(rest.len());
    let mut roles: Vec<&str> = rest[..end].split(", ").collect();
    roles.sort_unstable();
    format!("{} TO {}{}", &line[..to], roles.join(", "), &rest[end..]).into()
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("keeping database {} for inspection", self.name);
            return;
        }
        let admin = cluster().url("postgres");
        let name = self.name.clone();
        let _ = block_on(async move {
            let client = provision::db::connect(&admin, Duration::from_secs(10)).await?;
            provision::db::execute(&client, &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"), "drop test database").await
        });
    }
}

/// A project in a temp dir from (relative path, content) pairs.
pub fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (rel, content) in files {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, content).expect("write");
    }
    dir
}

/// Copies a project's provision.yaml, schemas/ and templates/ (not migrations/).
pub fn copy_project(src: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(&src.join("schemas"), &dir.path().join("schemas"));
    if src.join("templates").is_dir() {
        copy_tree(&src.join("templates"), &dir.path().join("templates"));
    }
    std::fs::copy(src.join("provision.yaml"), dir.path().join("provision.yaml")).expect("copy provision.yaml");
    dir
}

pub fn copy_tree(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).expect("mkdir");
    for e in std::fs::read_dir(src).expect("read_dir") {
        let e = e.expect("entry");
        let to = dst.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &to);
        } else {
            std::fs::copy(e.path(), &to).expect("copy");
        }
    }
}

/// Renders every database of a project in place (library call), returning
/// (database, up, down) of each migration written.
pub fn render(root: &Path, message: &str) -> Vec<(String, String, String)> {
    let (compiled, diags) = provision::load_and_compile(root);
    let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "project does not compile:\n{}", errors.join("\n"));
    let compiled = compiled.expect("compiled");
    let renderer = provision::project::renderer(root);
    let renders = provision::project::plan_all(root, &compiled, &renderer).expect("plan");
    let mut out = Vec::new();
    for r in &renders {
        if r.plan.is_empty() {
            continue;
        }
        let m = provision::project::new_migration(r, Some(message), &compiled.project.lock_timeout, &renderer).expect("render");
        provision::migrations::write(&r.dir.path, &m).expect("write");
        out.push((r.database.clone(), m.up, m.down));
    }
    out
}

/// The wrapper a render case's single module is embedded in.
pub const CASE_MANIFEST: &str = "project: case
postgres: 15
tenancy: { mode: rls, root: tenant.organizations, key: organization_id, setting: app.current_organization_id }
databases:
  main:
    modules: [tenant, MODULE]
";

pub const CASE_TENANT: &str = "module: tenant
schema: tenant
tables:
  organizations:
    traits: [uuid_pk]
    columns:
      name: text
";

/// A project around one render case file.
pub fn case_project(case: &Path) -> tempfile::TempDir {
    let text = std::fs::read_to_string(case).expect("read case");
    let module = text
        .lines()
        .find_map(|l| l.strip_prefix("module:"))
        .map(|m| m.trim().to_string())
        .unwrap_or_else(|| panic!("{}: no `module:` line", case.display()));
    let name = case.file_name().expect("name").to_string_lossy().to_string();
    let schemas_file = format!("schemas/{name}");
    let manifest = CASE_MANIFEST.replace("MODULE", &module);
    project(&[("provision.yaml", &manifest), ("schemas/tenant.yaml", CASE_TENANT), (&schemas_file, &text)])
}

pub fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == ext)).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn policy_role_lists_compare_in_name_order() {
    assert_eq!(
        policy_roles_sorted("CREATE POLICY p ON s.t FOR SELECT TO w, r USING (true);"),
        "CREATE POLICY p ON s.t FOR SELECT TO r, w USING (true);"
    );
    assert_eq!(policy_roles_sorted("CREATE POLICY p ON s.t TO w, r WITH CHECK (x);"), "CREATE POLICY p ON s.t TO r, w WITH CHECK (x);");
    assert_eq!(policy_roles_sorted("GRANT SELECT ON s.t TO w, r;"), "GRANT SELECT ON s.t TO w, r;");
}
