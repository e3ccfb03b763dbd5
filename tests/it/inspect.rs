//! Inspection and drift: a freshly applied migration inspects back to a model
//! that verify finds identical to the compiled one (no phantom drift), manual
//! changes are each reported, and inspection costs a fixed number of queries
//! whatever the size of the catalog.

use crate::harness::*;
use provision::db::inspect::{inspect_with_stats, Inspection, Scope, QUERIES};
use provision::model::DatabaseModel;
use provision::verify::{compare, Finding, FindingKind};
use std::path::Path;
use std::time::Duration;

fn compiled(root: &Path, database: &str) -> DatabaseModel {
    let (compiled, diags) = provision::load_and_compile(root);
    let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(errors.is_empty(), "project does not compile:\n{}", errors.join("\n"));
    compiled.expect("compiled").databases.into_iter().find(|m| m.database == database).expect("database in project")
}

fn inspect_now(db: &TestDb, scope: &Scope) -> Inspection {
    block_on(async {
        let client = provision::db::connect(&db.url, Duration::from_secs(10)).await.expect("connect");
        inspect_with_stats(&client, scope).await.unwrap_or_else(|e| panic!("inspect {}: {e}", db.name))
    })
}

/// Applies every up script of `dir` and inspects right away, both under the
/// script lock: roles are cluster-wide and another test's down script must not
/// drop one between apply and inspection.
fn apply_and_inspect(db: &TestDb, dir: &Path, scope: &Scope) -> Inspection {
    let _guard = script_lock();
    let migrations = provision::migrations::read(dir).expect("read migrations");
    assert!(!migrations.migrations.is_empty(), "{}: no migrations", dir.display());
    block_on(async {
        let mut client = provision::db::connect(&db.url, Duration::from_secs(10)).await.expect("connect");
        for m in &migrations.migrations {
            let sql = std::fs::read_to_string(&m.up).expect("read up");
            provision::db::execute_in_transaction(&mut client, &sql, "migration")
                .await
                .unwrap_or_else(|e| panic!("{}: {e}", m.up.display()));
        }
        inspect_with_stats(&client, scope).await.unwrap_or_else(|e| panic!("inspect {}: {e}", db.name))
    })
}

fn show(findings: &[Finding]) -> String {
    findings.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n")
}

/// compiled → render → apply → inspect → compare: nothing may differ.
fn round_trip(label: &str, root: &Path, database: &str) -> Result<Inspection, String> {
    let expected = compiled(root, database);
    let db = TestDb::new("inspect");
    let inspection = apply_and_inspect(&db, &root.join("migrations").join(database), &Scope::of(&expected));
    let live = &inspection.model;
    let mut problems = Vec::new();
    let phantom = compare(&expected, live, None);
    if !phantom.is_empty() {
        problems.push(format!("{label}: verify reports drift right after apply:\n{}", show(&phantom)));
    }
    let selfish = compare(live, live, Some(live));
    if !selfish.is_empty() {
        problems.push(format!("{label}: an inspected model differs from itself:\n{}", show(&selfish)));
    }
    // the executor stores the baseline as JSON; it must read back as the same model
    let json = serde_json::to_string(live).expect("baseline to JSON");
    let back: DatabaseModel = serde_json::from_str(&json).expect("baseline from JSON");
    if &back != live {
        problems.push(format!("{label}: the inspected model does not survive a JSON round trip"));
    }
    // a second inspection of the same catalog is the same model (settings pinned, order fixed)
    let again = inspect_now(&db, &Scope::of(&expected));
    if &again.model != live {
        problems.push(format!("{label}: two inspections of one catalog differ"));
    }
    if problems.is_empty() {
        Ok(inspection)
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn every_render_case_inspects_back_without_drift() {
    let cases = files_in(&repo_root().join("tests/render/cases"), "yaml");
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for case in &cases {
        let dir = case_project(case);
        render(dir.path(), "init");
        if let Err(e) = round_trip(&case.display().to_string(), dir.path(), "main") {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{} of {} cases:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn root_project_inspects_back_without_drift() {
    let dir = copy_project(&repo_root());
    render(dir.path(), "init");
    let inspection = round_trip("root project", dir.path(), "platform").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(inspection.queries, QUERIES);
    eprintln!(
        "inspect: root project ({} tables, {} views, {} functions) in {:?}, {} queries",
        inspection.model.tables.len(),
        inspection.model.views.len(),
        inspection.model.functions.len(),
        inspection.elapsed,
        inspection.queries
    );
}

fn has(findings: &[Finding], kind: FindingKind, object_kind: &str, object: &str) -> bool {
    findings.iter().any(|f| f.kind == kind && f.object_kind == object_kind && f.object == object)
}

#[test]
fn manual_changes_are_reported_as_drift() {
    let dir = copy_project(&repo_root());
    render(dir.path(), "init");
    let expected = compiled(dir.path(), "platform");
    let scope = Scope::of(&expected);
    let db = TestDb::new("drift");
    let baseline = apply_and_inspect(&db, &dir.path().join("migrations/platform"), &scope).model;
    assert!(compare(&expected, &baseline, Some(&baseline)).is_empty());

    // pick real objects of the reference platform so the test follows the YAML
    let orders = &expected.tables["ret.orders"];
    let dropped = orders.column("notes").expect("ret.orders.notes");
    let policy = orders.policies.first().expect("ret.orders has a policy");
    let (defaulted_table, defaulted) = expected
        .tables
        .values()
        .flat_map(|t| t.columns.iter().map(move |c| (t, c)))
        .find(|(t, c)| c.default.as_deref() == Some("now()") && t.key() != "ret.orders")
        .expect("a column defaulting to now()");
    let grant = expected
        .grants
        .iter()
        .find(|g| g.kind == "table" && g.role == "readonly_user" && g.object != "orders")
        .expect("a table grant to readonly_user");
    assert!(orders.rls.enabled && orders.rls.forced, "ret.orders is tenant-scoped");

    let statements = [
        format!("ALTER TABLE ret.orders DROP COLUMN {}", dropped.name),
        "ALTER TABLE ret.orders NO FORCE ROW LEVEL SECURITY".to_string(),
        "ALTER TABLE ret.customers DISABLE ROW LEVEL SECURITY".to_string(),
        format!("DROP POLICY {} ON ret.orders", policy.name),
        "CREATE INDEX orders_manual_idx ON ret.orders (created_at)".to_string(),
        format!("REVOKE SELECT ON {}.{} FROM readonly_user", grant.schema, grant.object),
        format!("ALTER TABLE {} ALTER COLUMN {} SET DEFAULT '2000-01-01'", defaulted_table.key(), defaulted.name),
        "CREATE TABLE ret.scratch (id int)".to_string(),
    ];
    db.exec(&statements.join(";\n")).expect("manual changes");
    let live = inspect_now(&db, &scope).model;

    let with_baseline = compare(&expected, &live, Some(&baseline));
    let report = show(&with_baseline);
    eprintln!("drift found:\n{report}");
    let expect = [
        (FindingKind::Missing, "column", format!("ret.orders.{}", dropped.name)),
        (FindingKind::Different, "rls", "ret.orders".to_string()),
        (FindingKind::Different, "rls", "ret.customers".to_string()),
        (FindingKind::Missing, "policy", format!("ret.orders.{}", policy.name)),
        (FindingKind::Extra, "index", "ret.orders.orders_manual_idx".to_string()),
        (FindingKind::Missing, "grant", format!("table {}.{} to readonly_user", grant.schema, grant.object)),
        (FindingKind::Different, "column", format!("{}.{}", defaulted_table.key(), defaulted.name)),
        (FindingKind::Extra, "table", "ret.scratch".to_string()),
    ];
    for (kind, object_kind, object) in &expect {
        assert!(has(&with_baseline, *kind, object_kind, object), "{kind} {object_kind} {object} not reported; found:\n{report}");
    }
    assert_eq!(with_baseline.len(), expect.len(), "unexpected findings:\n{report}");
    // YAML positions come along
    let missing_column = with_baseline.iter().find(|f| f.object_kind == "column" && f.kind == FindingKind::Missing).expect("column");
    assert!(missing_column.origin.as_ref().is_some_and(|p| p.file.ends_with("retail.yaml")), "{missing_column:?}");

    // without a baseline the changed default (an expression) is not judged
    let without = compare(&expected, &live, None);
    assert_eq!(without.len(), expect.len() - 1, "{}", show(&without));
    assert!(!has(&without, FindingKind::Different, "column", &format!("{}.{}", defaulted_table.key(), defaulted.name)));

    // findings come sorted, so two runs print the same report
    let mut sorted = with_baseline.clone();
    sorted.sort_by(|a, b| a.object.cmp(&b.object));
    assert_eq!(sorted.iter().map(|f| &f.object).collect::<Vec<_>>(), with_baseline.iter().map(|f| &f.object).collect::<Vec<_>>());
}

/// `n` tenant-scoped tables, each with an FK, an index, a check, a trigger and grants.
fn generated_project(n: usize) -> tempfile::TempDir {
    let mut module = String::from(
        "module: gen
schema: gen
roles:
  gen_reader: {}
functions:
  touch:
    returns: trigger
    language: plpgsql
    body: |
      BEGIN
        RETURN NEW;
      END;
tables:
  parents:
    columns:
      id: { type: bigint, pk: true, identity: always }
      name: text
",
    );
    for i in 0..n {
        module.push_str(&format!(
            "  t{i:03}:
    columns:
      id: {{ type: bigint, pk: true, identity: always }}
      parent_id: {{ type: bigint, references: parents }}
      label: {{ type: text, check: \"length(label) < 100\" }}
      amount: {{ type: \"numeric(12,2)\", default: \"0\" }}
      created_at: {{ type: timestamptz, default: now() }}
    indexes:
      - [parent_id, created_at desc]
    triggers:
      t{i:03}_touch: {{ timing: before, events: [update], function: touch }}
"
        ));
    }
    module.push_str("grants:\n  - to: gen_reader\n    privileges: [usage]\n    schemas: all\n  - to: gen_reader\n    privileges: [select]\n    tables: all\n");
    project(&[("provision.yaml", "project: gen\ndatabases:\n  main:\n    modules: [gen]\n"), ("schemas/gen.yaml", &module)])
}

#[test]
fn inspection_costs_the_same_queries_for_one_table_or_two_hundred() {
    let mut runs = Vec::new();
    for n in [1usize, 200] {
        let dir = generated_project(n);
        render(dir.path(), "init");
        let inspection = round_trip(&format!("{n} generated tables"), dir.path(), "main").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(inspection.model.tables.len(), n + 1);
        // a warm second run, as `verify` does after connecting
        let expected = compiled(dir.path(), "main");
        let db = TestDb::new("inspect_size");
        let first = apply_and_inspect(&db, &dir.path().join("migrations/main"), &Scope::of(&expected));
        let warm = inspect_now(&db, &Scope::of(&expected));
        eprintln!("inspect: {} tables: {} queries, first {:?}, again {:?}", n + 1, warm.queries, first.elapsed, warm.elapsed);
        runs.push((n, first.queries, warm.queries, warm.elapsed));
    }
    for (n, first, warm, _) in &runs {
        assert_eq!((*first, *warm), (QUERIES, QUERIES), "{n} tables");
    }
    let (_, _, _, big) = runs[1];
    assert!(big < Duration::from_millis(2000), "inspecting 201 tables took {big:?}");
}

const DRIFT_MODULE: &str = r#"module: dm
schema: dm
roles:
  dm_group: {}
  dm_app:
    login: true
    connection_limit: 10
    member_of: [dm_group]
enums:
  dm_status: [open, closed]
functions:
  touch:
    returns: trigger
    language: plpgsql
    body: |
      BEGIN
        RETURN NEW;
      END;
tables:
  owners:
    columns:
      id: { type: bigint, pk: true, identity: always }
      name: text
  items:
    columns:
      id: { type: bigint, pk: true, identity: always }
      owner_id: { type: bigint, references: owners, on_delete: restrict }
      status: { type: dm_status, default: "'open'" }
      qty: { type: int, check: "qty >= 0" }
      note: text?
    indexes:
      - { columns: [owner_id], where: "status = 'open'", name: items_open_idx }
      - { expression: lower(note), name: items_note_lower_idx }
    triggers:
      items_touch:
        timing: before
        events: [update]
        when: OLD.qty IS DISTINCT FROM NEW.qty
        function: touch
    rls:
      enable: true
      policies:
        items_visible:
          using: "status = 'open'"
  regions:
    columns:
      id: { type: bigint, identity: always }
      region: text
    primary_key: [id, region]
    partition:
      by: list
      key: [region]
      partitions:
        regions_eu: { values: [de, fr] }
        regions_us: { values: [us] }
  events:
    columns:
      id: { type: bigint, identity: always }
      at: date
    primary_key: [id, at]
    partition:
      by: range
      key: [at]
      interval: month
      start: "2026-01-01"
      premake: 2
      retention: 6
views:
  open_items: SELECT id, note FROM dm.items WHERE status = 'open'
grants:
  - to: dm_app
    privileges: [usage]
    schemas: all
  - to: dm_app
    privileges: [select]
    tables: all
default_privileges:
  - to: dm_app
    privileges: [select]
    on: tables
"#;

#[test]
fn expressions_partitions_roles_and_privileges_drift_too() {
    let dir = project(&[("provision.yaml", "project: dm\ndatabases:\n  main:\n    modules: [dm]\n"), ("schemas/dm.yaml", DRIFT_MODULE)]);
    render(dir.path(), "init");
    let expected = compiled(dir.path(), "main");
    let scope = Scope::of(&expected);
    let db = TestDb::new("drift_more");
    let baseline = apply_and_inspect(&db, &dir.path().join("migrations/main"), &scope).model;
    assert!(compare(&expected, &baseline, Some(&baseline)).is_empty(), "{}", show(&compare(&expected, &baseline, Some(&baseline))));

    let changes = "
        ALTER TYPE dm.dm_status ADD VALUE 'archived';
        CREATE OR REPLACE FUNCTION dm.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END; $$;
        DROP TRIGGER items_touch ON dm.items;
        ALTER TABLE dm.items DROP CONSTRAINT items_owner_id_fkey,
            ADD CONSTRAINT items_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES dm.owners (id) ON DELETE CASCADE;
        ALTER TABLE dm.items DROP CONSTRAINT items_qty_check, ADD CONSTRAINT items_qty_check CHECK (qty > 0);
        ALTER TABLE dm.items ALTER COLUMN note SET NOT NULL, ALTER COLUMN qty TYPE bigint;
        ALTER POLICY items_visible ON dm.items USING (status = 'closed');
        DROP INDEX dm.items_open_idx;
        CREATE INDEX items_open_idx ON dm.items (owner_id) WHERE status = 'closed';
        CREATE OR REPLACE VIEW dm.open_items AS SELECT id, note FROM dm.items WHERE status = 'closed';
        ALTER VIEW dm.open_items SET (security_invoker = false);
        DROP TABLE dm.regions_us;
        CREATE TABLE dm.regions_apac PARTITION OF dm.regions FOR VALUES IN ('jp');
        DROP TABLE dm.events_p202601;
        CREATE TABLE dm.events_p202612 PARTITION OF dm.events FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
        GRANT INSERT ON dm.owners TO dm_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA dm REVOKE SELECT ON TABLES FROM dm_app;
    ";
    db.exec(changes).expect("manual changes");
    // roles are cluster-wide: change them under the lock, and put them back
    {
        let _guard = script_lock();
        db.exec("ALTER ROLE dm_app CONNECTION LIMIT 5; REVOKE dm_group FROM dm_app").expect("role changes");
    }
    let live = inspect_now(&db, &scope).model;
    {
        let _guard = script_lock();
        db.exec("ALTER ROLE dm_app CONNECTION LIMIT 10; GRANT dm_group TO dm_app").expect("restore roles");
    }
    let found = compare(&expected, &live, Some(&baseline));
    let report = show(&found);
    eprintln!("drift found:\n{report}");
    let expect: &[(FindingKind, &str, &str)] = &[
        (FindingKind::Different, "enum", "dm.dm_status"),
        (FindingKind::Different, "function", "dm.touch()"),
        (FindingKind::Missing, "trigger", "dm.items.items_touch"),
        (FindingKind::Different, "constraint", "dm.items.items_owner_id_fkey"),
        (FindingKind::Different, "constraint", "dm.items.items_qty_check"),
        (FindingKind::Different, "column", "dm.items.note"),
        (FindingKind::Different, "column", "dm.items.qty"),
        (FindingKind::Different, "policy", "dm.items.items_visible"),
        (FindingKind::Different, "index", "dm.items.items_open_idx"),
        (FindingKind::Different, "view", "dm.open_items"),
        (FindingKind::Missing, "partition", "dm.regions_us"),
        (FindingKind::Extra, "partition", "dm.regions_apac"),
        (FindingKind::Different, "role", "dm_app"),
        (FindingKind::Missing, "membership", "dm_app in dm_group"),
        (FindingKind::Extra, "grant", "table dm.owners to dm_app"),
        (FindingKind::Missing, "default privilege", "tables in dm to dm_app"),
    ];
    for (kind, object_kind, object) in expect {
        assert!(has(&found, *kind, object_kind, object), "{kind} {object_kind} {object} not reported; found:\n{report}");
    }
    // the view changed twice (query and security_invoker): two findings for one object
    assert_eq!(found.len(), expect.len() + 1, "unexpected findings:\n{report}");
    // interval partitions: one made ahead and one retired by retention are maintenance, not drift
    assert!(!found.iter().any(|f| f.object.starts_with("dm.events")), "{report}");
}
