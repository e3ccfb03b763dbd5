//! `provision tenant add|list|remove` in the three isolation modes, on the
//! test cluster: a tenant is onboarded at the database's version, followed by
//! apply/status/verify through a model change, and removed without leftovers.

use crate::harness::*;
use std::path::Path;

fn run_in(dir: &Path, server: &str, args: &[&str]) -> std::process::Output {
    bin().arg("--project").arg(dir).args(args).env("DATABASE_URL", server).env("TENANT_SERVER", server).output().expect("run")
}

fn ok(dir: &Path, server: &str, args: &[&str]) -> String {
    let o = run_in(dir, server, args);
    assert!(o.status.success(), "{args:?}: {:?}", text(&o));
    text(&o).0
}

/// One query's first column, on database `db` of the test cluster.
fn strings(db: &str, sql: &str) -> Vec<String> {
    let url = cluster().url(db);
    let sql = sql.to_string();
    block_on(async move {
        let client = provision::db::connect(&url, std::time::Duration::from_secs(10)).await.expect("connect");
        provision::db::query_strings(&client, &sql).await.expect("query")
    })
}

fn exec(db: &str, sql: &str) {
    let url = cluster().url(db);
    let sql = sql.to_string();
    block_on(async move {
        let client = provision::db::connect(&url, std::time::Duration::from_secs(10)).await.expect("connect");
        provision::db::execute(&client, &sql, "test").await.expect("exec");
    })
}

/// The schema-per-tenant example under another project name, with `mode`.
fn multi_industry(project: &str, mode: &str) -> tempfile::TempDir {
    let work = tempfile::tempdir().expect("tempdir");
    copy_tree(&repo_root().join("examples/multi-industry/schema-per-tenant"), work.path());
    let manifest = work.path().join("provision.yaml");
    let text = std::fs::read_to_string(&manifest)
        .expect("read")
        .replace("project: multi_schema", &format!("project: {project}"))
        .replace("  mode: schema", &format!("  mode: {mode}"));
    std::fs::write(&manifest, text).expect("write");
    let _ = std::fs::remove_dir_all(work.path().join(".provision"));
    work
}

/// Adds a nullable column to hs.customers and renders V0002.
fn add_column(dir: &Path) {
    let hs = dir.join("schemas/hs.yaml");
    let text = std::fs::read_to_string(&hs).expect("read hs.yaml");
    let changed = text.replacen("      phone: text?\n", "      phone: text?\n      nickname: text?\n", 1);
    assert_ne!(text, changed, "hs.yaml changed shape");
    std::fs::write(&hs, changed).expect("write");
    assert_eq!(render(dir, "customer nickname").len(), 1);
}

#[test]
fn rls_tenant_is_a_root_row_seeded_listed_and_removed() {
    let _g = script_lock();
    let work = multi_industry("ten_rls", "rls");
    let dir = work.path();
    let server = cluster().url("postgres");
    ok(dir, &server, &["apply"]);
    let out =
        ok(dir, &server, &["--format", "json", "tenant", "add", "acme", "--seed", "--rows", "3", "--set", "legal_name=Acme Holdings"]);
    let added: serde_json::Value = serde_json::from_str(&out).expect("json");
    let key = added["key"].as_str().expect("key").to_string();
    assert!(added["seeded_rows"].as_u64().unwrap_or(0) > 0, "{out}");
    let db = "ten_rls_app";
    assert_eq!(strings(db, &format!("SELECT legal_name FROM tenant_mgmt.businesses WHERE id = '{key}'")), ["Acme Holdings"]);
    assert_eq!(strings(db, "SELECT slug FROM tenant_mgmt.businesses WHERE legal_name = 'Acme Holdings'"), ["acme"]);
    let rows = strings(db, &format!("SELECT count(*)::text FROM hs.customers WHERE business_id = '{key}'"));
    assert_ne!(rows, ["0"], "the tenant's tables are seeded");
    // a second tenant, and the first one's rows are untouched by it
    ok(dir, &server, &["tenant", "add", "globex"]);
    let list = ok(dir, &server, &["--format", "json", "tenant", "list"]);
    assert!(list.contains("\"acme\"") && list.contains("\"globex\""), "{list}");
    // the same name twice, a bad name, removal without --yes: refused, exit 2
    assert_eq!(run_in(dir, &server, &["tenant", "add", "acme"]).status.code(), Some(2));
    assert_eq!(run_in(dir, &server, &["tenant", "add", "Bad-Name"]).status.code(), Some(2));
    assert_eq!(run_in(dir, &server, &["tenant", "remove", "acme"]).status.code(), Some(2));
    assert_eq!(run_in(dir, &server, &["verify", "--isolation"]).status.code(), Some(0));
    ok(dir, &server, &["tenant", "remove", "acme", "--yes"]);
    assert_eq!(strings(db, &format!("SELECT count(*)::text FROM tenant_mgmt.businesses WHERE id = '{key}'")), ["0"]);
    assert_eq!(strings(db, &format!("SELECT count(*)::text FROM hs.customers WHERE business_id = '{key}'")), ["0"]);
    assert_eq!(strings(db, "SELECT string_agg(name, ',') FROM provision.tenants"), ["globex"]);
    ok(dir, &server, &["rollback", "--to", "0", "--allow-data-loss"]);
}

#[test]
fn schema_tenants_get_their_own_schema_and_follow_apply_and_rollback() {
    let _g = script_lock();
    let work = multi_industry("ten_schema", "schema");
    let dir = work.path();
    let server = cluster().url("postgres");
    let db = "ten_schema_app";
    ok(dir, &server, &["apply"]);
    ok(dir, &server, &["tenant", "add", "acme", "--seed", "--rows", "3"]);
    ok(dir, &server, &["tenant", "add", "globex"]);
    let tables = |schema: &str| strings(db, &format!("SELECT count(*)::text FROM pg_tables WHERE schemaname = '{schema}'"));
    assert_eq!(tables("tenant_acme"), tables("tenant_globex"));
    assert_eq!(tables("tenant_acme"), ["14"], "the 14 tenant-scoped tables of hs and ret");
    assert_ne!(strings(db, "SELECT count(*)::text FROM tenant_acme.customers"), ["0"], "seeded");
    assert_eq!(strings(db, "SELECT relforcerowsecurity::text FROM pg_class WHERE oid = 'tenant_acme.customers'::regclass"), ["true"]);
    assert_eq!(run_in(dir, &server, &["verify"]).status.code(), Some(0), "{:?}", text(&run_in(dir, &server, &["verify"])));

    // a model change reaches every tenant schema with the next apply
    add_column(dir);
    let status = ok(dir, &server, &["status"]);
    assert!(status.contains("tenant_acme"), "{status}");
    ok(dir, &server, &["apply"]);
    let has_nickname = |schema: &str| {
        strings(
            db,
            &format!("SELECT count(*)::text FROM information_schema.columns WHERE table_schema = '{schema}' AND column_name = 'nickname'"),
        )
    };
    assert_eq!(has_nickname("tenant_acme"), ["1"]);
    assert_eq!(has_nickname("tenant_globex"), ["1"]);
    assert_eq!(strings(db, "SELECT string_agg(version::text, ',' ORDER BY name) FROM provision.tenants"), ["2,2"]);
    let v = run_in(dir, &server, &["verify"]);
    assert_eq!(v.status.code(), Some(0), "{:?}", text(&v));

    // drift inside a tenant schema is found and named
    exec(db, "ALTER TABLE tenant_globex.customers DROP COLUMN nickname");
    let drift = run_in(dir, &server, &["verify"]);
    assert_eq!(drift.status.code(), Some(1));
    assert!(text(&drift).0.contains("tenant_globex"), "{:?}", text(&drift));
    exec(db, "ALTER TABLE tenant_globex.customers ADD COLUMN nickname text");

    // rollback takes the tenant schemas down too; dropping their data needs the flag
    let refused = run_in(dir, &server, &["rollback", "--to", "1"]);
    assert_eq!(refused.status.code(), Some(1), "{:?}", text(&refused));
    ok(dir, &server, &["rollback", "--to", "1", "--allow-data-loss"]);
    assert_eq!(has_nickname("tenant_acme"), ["0"]);
    ok(dir, &server, &["tenant", "remove", "globex", "--yes"]);
    assert_eq!(tables("tenant_globex"), ["0"]);
    ok(dir, &server, &["rollback", "--to", "0", "--allow-data-loss"]);
    assert_eq!(strings(db, "SELECT count(*)::text FROM pg_namespace WHERE nspname LIKE 'tenant\\_%'"), ["0"], "no tenant schema is left");
}

#[test]
fn database_tenants_get_migrated_databases_covered_by_apply_status_and_verify() {
    let _g = script_lock();
    let work = multi_industry("ten_db", "database");
    let dir = work.path();
    let server = cluster().url("postgres");
    ok(dir, &server, &["apply"]);
    ok(dir, &server, &["tenant", "add", "acme", "--seed", "--rows", "2"]);
    ok(dir, &server, &["tenant", "add", "beta", "--server-env", "TENANT_SERVER"]);
    let dbs = || strings("postgres", "SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database WHERE datname LIKE 'ten\\_db\\_%'");
    assert_eq!(dbs(), ["ten_db_app,ten_db_app__acme,ten_db_app__beta"]);
    assert_ne!(strings("ten_db_app__acme", "SELECT count(*)::text FROM hs.customers"), ["0"], "seeded");
    assert_eq!(strings("ten_db_app__acme", "SELECT slug FROM tenant_mgmt.businesses"), ["acme"]);
    let list = ok(dir, &server, &["tenant", "list"]);
    assert!(list.contains("env:TENANT_SERVER") && list.contains("db:app"), "{list}");

    add_column(dir);
    let out = ok(dir, &server, &["--format", "json", "apply"]);
    let rows: serde_json::Value = serde_json::from_str(&out).expect("json");
    let names: Vec<&str> = rows.as_array().expect("rows").iter().filter_map(|r| r["database"].as_str()).collect();
    assert_eq!(names, ["app", "app@acme", "app@beta"]);
    assert!(rows.as_array().expect("rows").iter().all(|r| r["to"] == 2), "{out}");
    let status = ok(dir, &server, &["status"]);
    assert!(status.contains("app@beta"), "{status}");
    let v = run_in(dir, &server, &["verify"]);
    assert_eq!(v.status.code(), Some(0), "{:?}", text(&v));

    // rollback takes the tenant databases down with their logical database, and apply up again
    let nickname = |db: &str| {
        strings(db, "SELECT count(*)::text FROM information_schema.columns WHERE table_schema = 'hs' AND column_name = 'nickname'")
    };
    ok(dir, &server, &["rollback", "--to", "1", "--allow-data-loss"]);
    for db in ["ten_db_app", "ten_db_app__acme", "ten_db_app__beta"] {
        assert_eq!(nickname(db), ["0"], "{db}");
        assert_eq!(strings(db, "SELECT max(version)::text FROM provision.schema_history WHERE state = 'applied'"), ["1"], "{db}");
    }
    let out = ok(dir, &server, &["--format", "json", "apply"]);
    let rows: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert!(rows.as_array().expect("rows").iter().all(|r| r["from"] == 1 && r["to"] == 2), "{out}");
    assert_eq!(nickname("ten_db_app__beta"), ["1"]);

    ok(dir, &server, &["tenant", "remove", "acme", "--yes"]);
    ok(dir, &server, &["tenant", "remove", "beta", "--yes"]);
    assert_eq!(dbs(), ["ten_db_app"]);
    ok(dir, &server, &["rollback", "--to", "0", "--allow-data-loss"]);
}
