//! The isolation proof on real clusters: the reference platform holds (and is
//! left exactly as it was), isolation broken on purpose is reported table by
//! table, and an application role with BYPASSRLS is a finding.

use crate::harness::*;
use provision::compile::Tenancy;
use provision::db::isolation::{prove, IsolationReport};
use provision::model::DatabaseModel;
use std::path::Path;
use std::time::Duration;

const APP_ROLE: &str = "application_user";

/// The root project rendered afresh and applied to a new database.
fn reference_platform() -> (TestDb, DatabaseModel, Tenancy) {
    let root = copy_project(&repo_root());
    render(root.path(), "init");
    let (compiled, diags) = provision::load_and_compile(root.path());
    let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "project does not compile:\n{}", errors.join("\n"));
    let compiled = compiled.expect("compiled");
    let tenancy = compiled.project.tenancy.clone().expect("the root project declares tenancy");
    let model = compiled.databases.into_iter().find(|m| m.database == "platform").expect("database platform");
    let db = TestDb::new("iso");
    apply_all(&db, &root.path().join("migrations").join("platform"));
    (db, model, tenancy)
}

fn apply_all(db: &TestDb, dir: &Path) {
    let migrations = provision::migrations::read(dir).expect("read migrations");
    assert!(!migrations.migrations.is_empty(), "{}: no migrations", dir.display());
    for m in &migrations.migrations {
        db.apply_file(&m.up).unwrap_or_else(|e| panic!("{e}"));
    }
}

fn run_prove(db: &TestDb, model: &DatabaseModel, tenancy: &Tenancy, role: &str) -> IsolationReport {
    block_on(async {
        let mut client = provision::db::connect(&db.url, Duration::from_secs(10)).await.expect("connect");
        prove(&mut client, model, tenancy, role).await.unwrap_or_else(|e| panic!("prove on {}: {e}", db.name))
    })
}

fn summary(r: &IsolationReport) -> String {
    let mut s = format!("tested {}: {}\n", r.tested.len(), r.tested.join(", "));
    s.push_str(&format!("not tested {}:\n", r.not_tested.len()));
    for (t, why) in &r.not_tested {
        s.push_str(&format!("  {t}: {why}\n"));
    }
    s.push_str(&format!("findings {}:\n", r.findings.len()));
    for f in &r.findings {
        s.push_str(&format!("  {f}\n"));
    }
    s.push_str(&format!("notes {}:\n", r.notes.len()));
    for n in &r.notes {
        s.push_str(&format!("  {n}\n"));
    }
    s
}

/// Row counts of every table (partitions included), read as the superuser.
fn row_counts(db: &TestDb) -> Vec<String> {
    db.strings(
        "SELECT n.nspname || '.' || c.relname || ' = ' ||
                (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
          ORDER BY 1",
    )
}

#[test]
fn the_reference_platform_isolates_tenants_and_is_left_unchanged() {
    let (db, model, tenancy) = reference_platform();
    let schema_before = db.schema();
    let rows_before = row_counts(&db);

    let report = run_prove(&db, &model, &tenancy, APP_ROLE);
    eprintln!("{}", summary(&report));

    assert!(report.findings.is_empty(), "the reference platform leaks:\n{}", summary(&report));
    let scoped = model.tables.values().filter(|t| t.tenant_scoped).count();
    let scoped_tested = report.tested.iter().filter(|t| model.tables.get(*t).is_some_and(|t| t.tenant_scoped)).count();
    assert!(scoped_tested * 2 >= scoped, "only {scoped_tested} of {scoped} tenant-scoped tables tested:\n{}", summary(&report));
    assert!(report.tested.iter().any(|t| t == "tenant.organizations"), "the tenant root is probed too:\n{}", summary(&report));

    assert_eq!(db.schema(), schema_before, "the proof changed the catalog");
    assert_eq!(row_counts(&db), rows_before, "the proof left rows behind");
}

#[test]
fn broken_isolation_is_reported_per_table() {
    let (db, model, tenancy) = reference_platform();
    // products: the application role owns it and the owner is no longer forced through RLS;
    // customers: the tenant policy is replaced by one that lets everything through
    db.exec(
        "ALTER TABLE ret.products NO FORCE ROW LEVEL SECURITY;
         ALTER TABLE ret.products OWNER TO application_user;
         DROP POLICY tenant_isolation ON ret.customers;
         CREATE POLICY leak ON ret.customers USING (true);",
    )
    .expect("break isolation");

    let report = run_prove(&db, &model, &tenancy, APP_ROLE);
    eprintln!("{}", summary(&report));

    let about = |table: &str| report.findings.iter().filter(|f| f.contains(table)).cloned().collect::<Vec<_>>();
    let products = about("ret.products");
    let customers = about("ret.customers");
    assert!(products.iter().any(|f| f.contains("owned by `application_user`")), "{}", summary(&report));
    assert!(products.iter().any(|f| f.contains("can read") && f.contains("tenant B")), "{}", summary(&report));
    assert!(products.iter().any(|f| f.contains("row-level security off")), "{}", summary(&report));
    assert!(customers.iter().any(|f| f.contains("can read") && f.contains("tenant B")), "{}", summary(&report));
    assert!(customers.iter().any(|f| f.contains("can insert a row for tenant B")), "{}", summary(&report));
    assert!(customers.iter().any(|f| f.contains("can update") && f.contains("tenant B")), "{}", summary(&report));
    assert!(customers.iter().any(|f| f.contains("can delete")), "{}", summary(&report));
    let elsewhere: Vec<&String> = report.findings.iter().filter(|f| !f.contains("ret.products") && !f.contains("ret.customers")).collect();
    assert!(elsewhere.is_empty(), "findings about tables that were not broken: {elsewhere:?}");
}

/// Drops a throwaway role when the test ends, however it ends.
struct DropRole(String);

impl Drop for DropRole {
    fn drop(&mut self) {
        let admin = cluster().url("postgres");
        let name = self.0.clone();
        let _ = block_on(async move {
            let client = provision::db::connect(&admin, Duration::from_secs(10)).await?;
            provision::db::execute(&client, &format!("DROP ROLE IF EXISTS \"{name}\""), "drop test role").await
        });
    }
}

#[test]
fn an_application_role_with_bypassrls_is_a_finding() {
    let (db, model, tenancy) = reference_platform();
    // a dedicated role (roles are cluster-wide): BYPASSRLS, with the application's privileges
    let role = format!("iso_bypass_{}", std::process::id());
    let _lock = script_lock();
    db.exec(&format!("CREATE ROLE \"{role}\" NOLOGIN BYPASSRLS IN ROLE {APP_ROLE}")).expect("create role");
    let _drop = DropRole(role.clone());

    let report = run_prove(&db, &model, &tenancy, &role);
    eprintln!("{}", summary(&report));

    assert!(report.findings.iter().any(|f| f.contains(&role) && f.contains("BYPASSRLS")), "{}", summary(&report));
    assert!(
        report.findings.iter().any(|f| f.contains("can read") && f.contains("tenant B")),
        "bypassing shows in the probes too:\n{}",
        summary(&report)
    );
}

const SMALL_APP: &str = "module: app
schema: app
roles:
  iso_small_app: { login: false }
tables:
  notes:
    traits: [uuid_pk, tenant_scoped]
    columns:
      body: text
  picky:
    traits: [uuid_pk, tenant_scoped]
    columns:
      code: { type: text, check: \"code = 'magic'\" }
  spots:
    traits: [uuid_pk, tenant_scoped]
    columns:
      at: point
  counters:
    traits: [bigint_pk, tenant_scoped]
    columns:
      note_id: { type: uuid, references: app.notes }
      n: integer
grants:
  - to: iso_small_app
    privileges: [usage]
    schemas: all
  - to: iso_small_app
    privileges: [select, insert, update, delete]
    tables: [notes, picky, spots]
  - to: iso_small_app
    privileges: [select]
    tables: [counters]
";

/// Rows the proof cannot make are "not tested" (not failures), missing
/// privileges are notes, a root without RLS is left out, and a missing role is a finding.
#[test]
fn tables_without_test_rows_are_listed_not_failed() {
    let manifest = CASE_MANIFEST.replace("project: case", "project: isosmall").replace("MODULE", "app");
    let dir = project(&[("provision.yaml", &manifest), ("schemas/tenant.yaml", CASE_TENANT), ("schemas/app.yaml", SMALL_APP)]);
    render(dir.path(), "init");
    let (compiled, _) = provision::load_and_compile(dir.path());
    let compiled = compiled.expect("compiled");
    let tenancy = compiled.project.tenancy.clone().expect("tenancy");
    let model = compiled.databases.into_iter().next().expect("one database");
    let db = TestDb::new("isosmall");
    apply_all(&db, &dir.path().join("migrations").join("main"));

    let report = run_prove(&db, &model, &tenancy, "iso_small_app");
    eprintln!("{}", summary(&report));
    assert!(report.findings.is_empty(), "{}", summary(&report));
    assert_eq!(report.tested, vec!["app.counters".to_string(), "app.notes".to_string()], "{}", summary(&report));
    let reason = |t: &str| report.not_tested.iter().find(|(n, _)| n == t).map(|(_, r)| r.clone()).unwrap_or_default();
    assert!(reason("app.picky").contains("picky_code_check") || reason("app.picky").contains("check"), "{}", summary(&report));
    assert!(reason("app.spots").contains("point"), "{}", summary(&report));
    assert!(reason("tenant.organizations").contains("no row-level security"), "{}", summary(&report));
    assert!(report.notes.iter().any(|n| n.contains("app.counters") && n.contains("INSERT")), "{}", summary(&report));

    let missing = run_prove(&db, &model, &tenancy, "iso_no_such_role");
    assert!(missing.findings.iter().any(|f| f.contains("does not exist")), "{}", summary(&missing));
    assert!(missing.tested.is_empty(), "{}", summary(&missing));
}
