//! provision lint on a v1 → v2 change that trips every analyzer: snapshots of
//! the table and JSON output, exit 1, and suppressions (used and unused).

use crate::harness::*;

const MANIFEST: &str = "project: lintme\ntenancy: { mode: rls, root: app.orgs, key: org_id }\ndatabases:\n  main:\n    modules: [app]\n";

const V1: &str = "module: app
schema: app
roles:
  lint_app: { login: true }
tables:
  orgs:
    traits: [uuid_pk]
    columns:
      name: text
  items:
    traits: [uuid_pk, tenant_scoped]
    columns:
      code: varchar(200)
      qty: integer
      note: text?
      legacy: text?
  archive:
    columns:
      id: { type: bigint, pk: true }
      body: text
  old_logs:
    columns:
      id: { type: bigint, pk: true }
      line: text
";

const V2: &str = "module: app
schema: app
roles:
  lint_app: { login: true }
tables:
  orgs:
    traits: [uuid_pk]
    columns:
      name: text
  items:
    traits: [uuid_pk, tenant_scoped]
    rls: { enable: false, force: false }
    columns:
      code: varchar(50)
      qty: bigint
      note: text
      sku: text
      parent_id: { type: uuid, nullable: true, references: orgs }
    checks:
      qty_positive: qty >= 0
    indexes:
      - [code]
  new_logs:
    columns:
      id: { type: bigint, pk: true }
      line: text
grants:
  - to: public
    privileges: [select]
    tables: [orgs]
";

fn lint_project(v2_module: &str, manifest: &str) -> (tempfile::TempDir, std::process::Output, std::process::Output) {
    let dir = project(&[("provision.yaml", manifest), ("schemas/app.yaml", V1)]);
    let d = dir.path().to_string_lossy().to_string();
    assert!(run(&["--project", &d, "render", "-m", "v1"]).status.success());
    std::fs::write(dir.path().join("schemas/app.yaml"), v2_module).expect("v2");
    let table = run(&["--project", &d, "lint"]);
    let json = run(&["--project", &d, "--format", "json", "lint"]);
    (dir, table, json)
}

#[test]
fn every_analyzer_fires_on_a_risky_change() {
    // (`rls: {enable: false}` cannot undo the forced RLS the tenant_scoped trait adds: the
    // compiler keeps it on; PL311 is exercised with a user trait below.)
    let (dir, table, json) = lint_project(V2, MANIFEST);
    assert_eq!(table.status.code(), Some(1), "{:?}", text(&table));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let codes: std::collections::BTreeSet<String> =
        v.as_array().expect("array").iter().map(|f| f["code"].as_str().expect("code").to_string()).collect();
    for code in ["PL301", "PL302", "PL304", "PL305", "PL306", "PL307", "PL308", "PL309", "PL310", "PL312"] {
        assert!(codes.contains(code), "{code} did not fire: {codes:?}");
    }
    let shown = text(&table).0.replace(&dir.path().to_string_lossy().to_string(), "[PROJECT]");
    insta::with_settings!({ snapshot_path => "../snapshots/lint", prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("lint_table", shown);
        insta::assert_snapshot!("lint_json", String::from_utf8_lossy(&json.stdout).to_string());
    });
    // after rendering, the same findings come from the committed migration
    let d = dir.path().to_string_lossy().to_string();
    assert!(run(&["--project", &d, "render", "-m", "v2"]).status.success());
    let again = run(&["--project", &d, "--format", "json", "lint"]);
    let v: serde_json::Value = serde_json::from_slice(&again.stdout).expect("json");
    assert!(v.as_array().expect("array").iter().all(|f| f["migration"] == "V0002__v2"), "{v}");

    // the committed findings are remembered: the next run reads them back ...
    assert_eq!(run(&["--project", &d, "--format", "json", "lint"]).stdout, again.stdout, "from the cache");
    assert_eq!(run(&["--project", &d, "--format", "json", "lint", "--no-cache"]).stdout, again.stdout, "linted again");
    let cache: Vec<std::path::PathBuf> = std::fs::read_dir(dir.path().join(".provision/cache"))
        .expect("cache dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("lint-")))
        .collect();
    assert_eq!(cache.len(), 1, "{cache:?}");
    let text = std::fs::read_to_string(&cache[0]).expect("cache");
    let planted = text.replacen("PL301", "PL302", 1);
    assert_ne!(planted, text, "the cache holds the findings");
    std::fs::write(&cache[0], &planted).expect("plant");
    let read_back = run(&["--project", &d, "--format", "json", "lint"]);
    assert_ne!(read_back.stdout, again.stdout, "a run with unchanged files reads the cache");
    // ... until a committed file changes (here: its modification time)
    let up = dir.path().join("migrations/main/V0002__v2.sql");
    let f = std::fs::File::options().append(true).open(&up).expect("open");
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5)).expect("touch");
    drop(f);
    assert_eq!(run(&["--project", &d, "--format", "json", "lint"]).stdout, again.stdout, "a changed file is linted again");
}

#[test]
fn suppressions_silence_a_rule_and_unused_ones_are_reported() {
    let manifest = format!("{MANIFEST}lint:\n  allow: [PL301, PL302, PL304, PL307, PL303]\n");
    let (_dir, table, json) = lint_project(V2, &manifest);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let codes: Vec<String> = v.as_array().expect("array").iter().map(|f| f["code"].as_str().expect("code").to_string()).collect();
    assert!(!codes.iter().any(|c| c == "PL301" || c == "PL302" || c == "PL304" || c == "PL307"), "{codes:?}");
    assert!(v.as_array().expect("array").iter().any(|f| f["code"] == "PL399" && f["object"] == "PL303"), "{v}");
    assert_eq!(table.status.code(), Some(0), "only warnings remain: {:?}", text(&table));
}

#[test]
fn disabling_rls_on_a_tenant_table_is_an_error() {
    // a user trait marks tables tenant-scoped with their own policy, which v2 drops
    let trait_v1 = "module: app\nschema: app\ntraits:\n  scoped:\n    tenant_scoped: true\n    rls:\n      enable: true\n      force: true\n      policies:\n        tenant_isolation:\n          using: \"true\"\ntables:\n  orgs:\n    traits: [uuid_pk]\n    columns:\n      name: text\n  notes:\n    traits: [uuid_pk, scoped]\n    columns:\n      body: text\n";
    let trait_v2 = trait_v1.replace(
        "    rls:\n      enable: true\n      force: true\n      policies:\n        tenant_isolation:\n          using: \"true\"\n",
        "    columns:\n      org_note: text?\n",
    );
    let dir = project(&[("provision.yaml", MANIFEST), ("schemas/app.yaml", trait_v1)]);
    let d = dir.path().to_string_lossy().to_string();
    let out = run(&["--project", &d, "render", "-m", "v1"]);
    assert!(out.status.success(), "{:?}", text(&out));
    std::fs::write(dir.path().join("schemas/app.yaml"), trait_v2).expect("v2");
    let json = run(&["--project", &d, "--format", "json", "lint"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert!(v.as_array().expect("array").iter().any(|f| f["code"] == "PL311"), "{v}");
    assert_eq!(json.status.code(), Some(1));
}

#[test]
fn a_migration_without_lock_timeout_is_flagged() {
    // a concurrent index on an existing table renders a non-transactional migration, which
    // cannot SET LOCAL lock_timeout: lint says so
    let v1 = "module: app\nschema: app\ntables:\n  t:\n    columns:\n      id: { type: bigint, pk: true }\n      a: text\n";
    let v2 = format!("{v1}    indexes:\n      - {{ columns: [a], concurrently: true }}\n");
    let dir = project(&[("provision.yaml", "project: lt\ndatabases:\n  main:\n    modules: [app]\n"), ("schemas/app.yaml", v1)]);
    let d = dir.path().to_string_lossy().to_string();
    assert!(run(&["--project", &d, "render", "-m", "v1"]).status.success());
    std::fs::write(dir.path().join("schemas/app.yaml"), v2).expect("v2");
    assert!(run(&["--project", &d, "render", "-m", "v2"]).status.success());
    let json = run(&["--project", &d, "--format", "json", "lint"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert!(v.as_array().expect("array").iter().any(|f| f["code"] == "PL313" && f["migration"] == "V0002__v2"), "{v}");
    assert!(!v.as_array().expect("array").iter().any(|f| f["code"] == "PL309"), "the concurrent index is not flagged: {v}");
}
