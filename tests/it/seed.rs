//! `provision seed` on the reference platform: every table gets rows, every
//! foreign key holds and joins rows of one tenant, the same seed gives the
//! same data, verify (and the isolation proof) still pass afterwards, and a
//! role subject to row-level security can seed too.

use crate::harness::*;
use provision::model::{DatabaseModel, Table};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

/// The reference platform with an extra target `test` → $TEST_DB_URL.
fn platform() -> tempfile::TempDir {
    let root = copy_project(&repo_root());
    copy_tree(&repo_root().join("migrations"), &root.path().join("migrations"));
    let manifest = root.path().join("provision.yaml");
    let mut text = std::fs::read_to_string(&manifest).expect("manifest");
    text.push_str("  test:\n    databases:\n      platform: { url_env: TEST_DB_URL }\n");
    std::fs::write(&manifest, text).expect("manifest");
    root
}

fn provision(dir: &Path, url: &str, args: &[&str]) -> Output {
    bin().arg("--project").arg(dir).args(args).env("TEST_DB_URL", url).env_remove("DATABASE_URL").output().expect("run provision")
}

fn apply(dir: &Path, db: &TestDb) {
    let _g = script_lock();
    let out = provision(dir, &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "apply: {:?}", text(&out));
}

/// Seeds with `--format json` and returns the summary.
fn seed(dir: &Path, url: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["seed", "--target", "test", "--format", "json"];
    all.extend_from_slice(args);
    let out = provision(dir, url, &all);
    assert!(out.status.success(), "seed: {:?}", text(&out));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("seed output is not JSON ({e}): {:?}", text(&out)))
}

fn model(dir: &Path) -> DatabaseModel {
    provision::migrations::read(&dir.join("migrations/platform")).expect("migrations").latest_model("platform").expect("snapshot")
}

fn q(t: &Table) -> String {
    format!("\"{}\".\"{}\"", t.schema, t.name)
}

fn count(db: &TestDb, sql: &str) -> i64 {
    db.strings(&format!("SELECT ({sql})::text")).first().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no count from {sql}"))
}

/// Asserts that seed gave `table` up with a note containing `why` and left
/// it empty, while the tenants were seeded once.
fn assert_given_up(db: &TestDb, summary: &serde_json::Value, table: &str, why: &str) {
    let tables = summary["databases"][0]["tables"].as_array().expect("tables");
    let entry = tables.iter().find(|t| t["table"] == table).unwrap_or_else(|| panic!("{table} in the summary: {summary:#}"));
    assert_eq!(entry["seeded"], false, "{entry:#}");
    assert!(entry["note"].as_str().is_some_and(|n| n.contains(why)), "{entry:#}");
    let (schema, name) = table.split_once('.').expect("qualified");
    assert_eq!(count(db, &format!("SELECT count(*) FROM \"{schema}\".\"{name}\"")), 0);
    assert_eq!(count(db, "SELECT count(*) FROM tenant.organizations"), 2, "the other tables are seeded once");
}

/// Per table: whether seed wrote it (as the JSON summary says).
fn seeded_tables(summary: &serde_json::Value) -> BTreeMap<String, bool> {
    summary["databases"][0]["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .map(|t| (t["table"].as_str().expect("name").to_string(), t["seeded"].as_bool().expect("seeded")))
        .collect()
}

/// md5 of each table's rows (sorted), over the columns seed decides: every
/// column of tables it writes; for tables filled by triggers or kept, the
/// columns whose defaults do not depend on the moment (`now()`).
fn fingerprint(db: &TestDb, model: &DatabaseModel, seeded: &BTreeMap<String, bool>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for t in model.tables.values() {
        let ours = seeded.get(&t.key()).copied().unwrap_or(false);
        let cols: Vec<String> = t
            .columns
            .iter()
            .filter(|c| ours || !c.default.as_deref().is_some_and(|d| d.contains("now()") || d.contains("clock_timestamp")))
            .map(|c| format!("\"{}\"", c.name))
            .collect();
        let sql = format!(
            "SELECT coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), 'empty') FROM (SELECT ROW({})::text AS r FROM {}) s",
            cols.join(", "),
            q(t)
        );
        out.insert(t.key(), db.strings(&sql).remove(0));
    }
    out
}

#[test]
fn seed_fills_every_table_and_keeps_foreign_keys_inside_one_tenant() {
    let dir = platform();
    let db = TestDb::new("seed");
    apply(dir.path(), &db);
    let summary = seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "10"]);
    let model = model(dir.path());
    let tenancy_key = "organization_id";

    assert_eq!(summary["databases"][0]["tenants"].as_array().map(Vec::len), Some(2), "{summary:#}");
    assert_eq!(count(&db, "SELECT count(*) FROM tenant.organizations"), 2);
    let seeded = seeded_tables(&summary);
    assert_eq!(seeded.len(), model.tables.len(), "the summary names every table: {summary:#}");
    // the test role is a superuser: the keys were checked in one query, and the loop below proves they hold
    assert!(summary["databases"][0]["foreign_keys_checked_in_bulk"].as_u64().is_some_and(|n| n > 10), "{summary:#}");

    let mut problems = Vec::new();
    for t in model.tables.values() {
        let n = count(&db, &format!("SELECT count(*) FROM {}", q(t)));
        if n == 0 {
            problems.push(format!("{} has no rows", t.key()));
        }
        if t.tenant_scoped {
            let tenants = count(&db, &format!("SELECT count(DISTINCT {tenancy_key}) FROM {}", q(t)));
            if tenants != 2 {
                problems.push(format!("{} has rows of {tenants} tenant(s), not 2", t.key()));
            }
        }
        for fk in &t.foreign_keys {
            let parent = model.tables.get(&format!("{}.{}", fk.ref_schema, fk.ref_table)).expect("parent in the model");
            let on =
                fk.columns.iter().zip(&fk.ref_columns).map(|(c, r)| format!("p.\"{r}\" = c.\"{c}\"")).collect::<Vec<_>>().join(" AND ");
            let set = fk.columns.iter().map(|c| format!("c.\"{c}\" IS NOT NULL")).collect::<Vec<_>>().join(" AND ");
            let orphans = count(
                &db,
                &format!("SELECT count(*) FROM {} c WHERE {set} AND NOT EXISTS (SELECT 1 FROM {} p WHERE {on})", q(t), q(parent)),
            );
            if orphans > 0 {
                problems.push(format!("{}: {orphans} row(s) break {}", t.key(), fk.name));
            }
            if t.tenant_scoped && parent.tenant_scoped {
                let crossed = count(
                    &db,
                    &format!("SELECT count(*) FROM {} c JOIN {} p ON {on} WHERE c.{tenancy_key} <> p.{tenancy_key}", q(t), q(parent)),
                );
                if crossed > 0 {
                    problems.push(format!("{}: {crossed} row(s) point through {} at another tenant's row", t.key(), fk.name));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}\n{summary:#}", problems.join("\n"));

    // realistic values where the name says what a column holds
    let emails = count(&db, "SELECT count(*) FROM tenant.users WHERE email !~ '^[a-z]+\\.[a-z]+[0-9]*@example\\.com$'");
    assert_eq!(emails, 0, "{:?}", db.strings("SELECT email FROM tenant.users"));
    let names = db.strings("SELECT display_name FROM tenant.users ORDER BY 1 LIMIT 3");
    assert!(names.iter().all(|n| n.split(' ').count() == 2), "{names:?}");
    // in partitions that exist; times in the year before today
    let outside = count(&db, "SELECT count(*) FROM ret.orders WHERE placed_at > now() OR placed_at < now() - interval '366 days'");
    assert_eq!(outside, 0);
    // reference data kept, materialized views refreshed
    assert_eq!(count(&db, "SELECT count(*) FROM rbac.permissions"), 22);
    assert!(count(&db, "SELECT count(*) FROM ret.daily_sales") > 0);

    // a second run finds every table filled and leaves it alone
    let again = seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "10"]);
    assert_eq!(again["rows"], 0, "{again:#}");
    let kept = again["databases"][0]["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .filter(|t| t["table"] == "ret.orders")
        .all(|t| t["note"].as_str().is_some_and(|n| n.contains("already holds rows")));
    assert!(kept, "a filled table is kept, not sent again: {again:#}");
    assert_eq!(count(&db, "SELECT count(*) FROM tenant.organizations"), 2);
}

#[test]
fn the_same_seed_gives_the_same_rows_in_fresh_databases() {
    let dir = platform();
    let model = model(dir.path());
    let (a, b, c) = (TestDb::new("seed_a"), TestDb::new("seed_b"), TestDb::new("seed_c"));
    for db in [&a, &b, &c] {
        apply(dir.path(), db);
    }
    let sa = seed(dir.path(), &a.url, &["--tenants", "2", "--rows", "10", "--seed", "7"]);
    let sb = seed(dir.path(), &b.url, &["--tenants", "2", "--rows", "10", "--seed", "7"]);
    let sc = seed(dir.path(), &c.url, &["--tenants", "2", "--rows", "10", "--seed", "8"]);
    let seeded = seeded_tables(&sa);
    assert_eq!(seeded, seeded_tables(&sb));
    let (fa, fb, fc) = (fingerprint(&a, &model, &seeded), fingerprint(&b, &model, &seeded), fingerprint(&c, &model, &seeded));
    let differ: Vec<&String> = fa.keys().filter(|k| fa[*k] != fb[*k]).collect();
    assert!(differ.is_empty(), "same seed, different rows in {differ:?}");
    assert_eq!(sa["databases"][0]["tenants"], sb["databases"][0]["tenants"]);
    assert_ne!(fa["tenant.organizations"], fc["tenant.organizations"], "another seed gives other rows");
    assert_ne!(sa["databases"][0]["tenants"], sc["databases"][0]["tenants"]);
}

#[test]
fn verify_and_the_isolation_proof_pass_after_seeding() {
    let dir = platform();
    let db = TestDb::new("seed_verify");
    apply(dir.path(), &db);
    seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "10"]);
    let _g = script_lock();
    let out = provision(dir.path(), &db.url, &["verify", "--target", "test"]);
    assert_eq!(out.status.code(), Some(0), "verify: {:?}", text(&out));
    let out = provision(dir.path(), &db.url, &["verify", "--target", "test", "--isolation"]);
    assert_eq!(out.status.code(), Some(0), "verify --isolation: {:?}", text(&out));
}

#[test]
fn a_role_under_row_level_security_seeds_one_tenant_at_a_time() {
    let dir = platform();
    let db = TestDb::new("seed_owner");
    apply(dir.path(), &db);
    let role = format!("seed_owner_{}", std::process::id());
    // the tables' owner, forced through its own policies (no superuser, no BYPASSRLS)
    db.exec(&format!(
        "CREATE ROLE \"{role}\" LOGIN NOSUPERUSER NOBYPASSRLS;
         GRANT USAGE ON SCHEMA provision TO \"{role}\";
         GRANT SELECT ON ALL TABLES IN SCHEMA provision TO \"{role}\";
         DO $$ DECLARE r record; BEGIN
           FOR r IN SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname IN ('tenant', 'rbac', 'ret', 'rest', 'hs') AND c.relkind IN ('r', 'p', 'm') AND NOT c.relispartition LOOP
             EXECUTE format('ALTER %s %I.%I OWNER TO \"{role}\"', CASE r.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.nspname, r.relname);
           END LOOP;
           FOR r IN SELECT nspname FROM pg_namespace WHERE nspname IN ('tenant', 'rbac', 'ret', 'rest', 'hs') LOOP
             EXECUTE format('GRANT USAGE ON SCHEMA %I TO \"{role}\"', r.nspname);
           END LOOP;
         END $$;"
    ))
    .expect("owner role");
    let url = db.url.replacen("postgres@", &format!("{role}@"), 1);
    assert_ne!(url, db.url, "the test URL names the postgres user: {}", db.url);
    let summary = seed(dir.path(), &url, &["--tenants", "2", "--rows", "5"]);
    let notes = summary["databases"][0]["notes"].to_string();
    assert!(notes.contains("one tenant at a time"), "{summary:#}");
    let seeded = seeded_tables(&summary);
    let missing: Vec<&String> = seeded
        .iter()
        .filter(|(k, s)| !**s && !matches!(k.as_str(), "rbac.permissions" | "ret.audit_log" | "hs.audit_trail" | "ret.inventory_levels"))
        .map(|(k, _)| k)
        .collect();
    assert!(missing.is_empty(), "not seeded as the owner: {missing:?}\n{summary:#}");
    assert_eq!(count(&db, "SELECT count(*) FROM tenant.organizations"), 2);
    assert_eq!(count(&db, "SELECT count(DISTINCT organization_id) FROM ret.orders"), 2);
    let _ = db.exec(&format!("REASSIGN OWNED BY \"{role}\" TO postgres; DROP OWNED BY \"{role}\"; DROP ROLE \"{role}\";"));
}

#[test]
fn a_foreign_key_seed_does_not_know_still_holds() {
    let dir = platform();
    let db = TestDb::new("seed_unknown_key");
    apply(dir.path(), &db);
    // a key outside the model, on a table no INSERT trigger fires on (so it is
    // loaded with triggers off and checked in bulk): no customer id names an organization
    db.exec("ALTER TABLE ret.customers ADD CONSTRAINT customers_outside_the_model FOREIGN KEY (id) REFERENCES tenant.organizations (id)")
        .expect("key");
    let summary = seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "5"]);
    assert_given_up(&db, &summary, "ret.customers", "customers_outside_the_model");
}

#[test]
fn a_key_of_a_partition_alone_still_holds() {
    let dir = platform();
    let db = TestDb::new("seed_partition_key");
    apply(dir.path(), &db);
    // without its INSERT trigger the partitioned table is loaded with triggers
    // off; each partition gets a key of its own that no seeded row satisfies
    db.exec(
        "ALTER TABLE ret.inventory_movements DISABLE TRIGGER apply_movement;
         DO $$ DECLARE p regclass; BEGIN
           FOR p IN SELECT relid FROM pg_partition_tree('ret.inventory_movements') WHERE isleaf LOOP
             EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I FOREIGN KEY (id) REFERENCES tenant.organizations (id)',
                            p, 'partition_only_' || (p::oid)::text);
           END LOOP; END $$;",
    )
    .expect("keys on the partitions");
    let summary = seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "5"]);
    assert_given_up(&db, &summary, "ret.inventory_movements", "partition_only_");
}

#[test]
fn a_second_seed_fills_emptied_tables_against_the_rows_already_there() {
    let dir = platform();
    let db = TestDb::new("seed_again");
    apply(dir.path(), &db);
    seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "5"]);
    db.exec("TRUNCATE ret.customers CASCADE").expect("truncate");
    // the organizations are kept: the new customers' keys are checked against
    // rows this seed did not write, which it locks first
    let summary = seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "5"]);
    let seeded = seeded_tables(&summary);
    assert_eq!(seeded.get("ret.customers"), Some(&true), "{summary:#}");
    assert_eq!(seeded.get("tenant.organizations"), Some(&false), "{summary:#}");
    assert!(summary["databases"][0]["foreign_keys_checked_in_bulk"].as_u64().is_some_and(|n| n > 0), "{summary:#}");
    assert!(count(&db, "SELECT count(*) FROM ret.customers") > 0);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM ret.customers c WHERE NOT EXISTS (SELECT 1 FROM tenant.organizations o WHERE o.id = c.organization_id)"
        ),
        0
    );
}

#[test]
fn a_table_the_server_refuses_is_skipped_and_the_rest_is_seeded() {
    let dir = platform();
    let db = TestDb::new("seed_refused");
    apply(dir.path(), &db);
    // the first pass sends no savepoints; a refusal sends seed round again, one savepoint per table
    db.exec(
        "CREATE FUNCTION public.refuse_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no rows here'; END $$;
         CREATE TRIGGER refuse BEFORE INSERT ON ret.orders FOR EACH ROW EXECUTE FUNCTION public.refuse_rows();",
    )
    .expect("trigger");
    let summary = seed(dir.path(), &db.url, &["--tenants", "2", "--rows", "5"]);
    assert_given_up(&db, &summary, "ret.orders", "no rows here");
    let tables = summary["databases"][0]["tables"].as_array().expect("tables");
    let seeded = seeded_tables(&summary).values().filter(|s| **s).count();
    assert!(seeded > 10, "most tables are seeded: {summary:#}");
    for t in tables.iter().filter(|t| t["seeded"] == true) {
        let name = t["table"].as_str().expect("name");
        let (schema, table) = name.split_once('.').expect("qualified");
        let rows = count(&db, &format!("SELECT count(*) FROM \"{schema}\".\"{table}\""));
        assert_eq!(rows, t["rows"].as_i64().expect("rows"), "{name}: the summary counts what is there");
    }
}

/// What binary COPY writes for a value is what the type's input function
/// makes of its text (INSERT of the literal), for every type seed encodes:
/// edge values, rounding to a column's scale, offsets, NULLs, empty arrays.
#[test]
fn binary_copy_writes_what_the_text_would() {
    let db = TestDb::new("seed_binary");
    let columns = [
        ("u", "uuid", vec!["0123abcd-4567-89ab-cdef-0123456789ab", "FFFFFFFF-0000-4000-8000-00000000000A", "NULL"]),
        ("s", "smallint", vec!["-32768", "32767", "0"]),
        ("i", "integer", vec!["-2147483648", "2147483647", "42"]),
        ("b", "bigint", vec!["-9223372036854775808", "9223372036854775807", "7"]),
        ("f", "boolean", vec!["true", "false", "t"]),
        ("t", "text", vec!["héllo wörld ✓", "", "tab\there, new\nline \\ back"]),
        ("v", "varchar(5)", vec!["abc", "abcde", "a"]),
        ("c", "char(3)", vec!["a", "abc", "ab"]),
        ("e", "seed_mood", vec!["happy", "sad", "happy"]),
        ("j", "json", vec![r#"{"b": 1,  "a": [1, 2]}"#, "[]", "null"]),
        ("jb", "jsonb", vec![r#"{"b": 1, "a": [1, 2.50]}"#, r#"{"k": "ü"}"#, "3"]),
        ("tz", "timestamptz", vec!["2026-03-01 10:00:00+00", "1999-12-31 23:59:59.123456-05:30", "1970-01-01 00:00:00+01"]),
        ("tp", "timestamp(0)", vec!["2026-03-01 10:00:00", "1905-06-30 12:34:56.5", "2026-03-01"]),
        ("d", "date", vec!["2026-02-28", "1900-01-01", "2000-01-01"]),
        ("n", "numeric(14,2)", vec!["123.45", "-0.005", "1.005"]),
        ("nn", "numeric", vec!["0.0001", "-12345678.9", "123456789012345678901234567890.000001"]),
        ("n0", "numeric(6,0)", vec!["007", "10000", "-0"]),
        ("r", "real", vec!["12.34", "-0.1", "3.4028234"]),
        ("dp", "double precision", vec!["12.34", "0.1", "-1234567.890123"]),
        ("ta", "text[]", vec!["{alpha,beta}", "{}", "{ü}"]),
        ("ia", "integer[]", vec!["{1,-2}", "{}", "{0}"]),
        ("du", "seed_id", vec!["00000000-0000-0000-0000-000000000001", "0123abcd-4567-89ab-cdef-0123456789ab", "NULL"]),
        ("da", "seed_id[]", vec!["{00000000-0000-0000-0000-000000000001}", "{}", "NULL"]),
    ];
    let defs: Vec<String> = columns.iter().map(|(n, t, _)| format!("{n} {t}")).collect();
    db.exec(&format!(
        "CREATE TYPE seed_mood AS ENUM ('happy', 'sad');
         CREATE DOMAIN seed_id AS uuid CHECK (VALUE <> '00000000-0000-0000-0000-000000000000');
         CREATE TABLE by_text (id int, {defs});
         CREATE TABLE by_binary (id int, {defs});
         CREATE TABLE by_neither (id int, addr inet);",
        defs = defs.join(", ")
    ))
    .expect("tables");
    // rows: one per value index; "NULL" is NULL
    let rows: Vec<Vec<Option<String>>> = (0..3)
        .map(|k| {
            std::iter::once(Some((k + 1).to_string()))
                .chain(columns.iter().map(|(_, _, vs)| Some(vs[k].to_string()).filter(|v| v != "NULL")))
                .collect()
        })
        .collect();
    let literals: Vec<String> = rows
        .iter()
        .map(|r| {
            let vals: Vec<String> = r.iter().map(|v| v.as_deref().map_or("NULL".into(), provision::sql::quote_literal)).collect();
            format!("({})", vals.join(", "))
        })
        .collect();
    db.exec(&format!("INSERT INTO by_text VALUES {}", literals.join(", "))).expect("insert");

    let names: Vec<String> = std::iter::once("id".to_string()).chain(columns.iter().map(|(n, _, _)| n.to_string())).collect();
    block_on(async {
        use futures_sink::Sink;
        let client = provision::db::connect(&db.url, std::time::Duration::from_secs(10)).await.expect("connect");
        let tables = vec![("\"by_binary\"".to_string(), names.clone()), ("\"by_neither\"".to_string(), vec!["id".into(), "addr".into()])];
        let layouts = provision::db::seed::binary_layouts(&client, &[0, 1], &tables).await.expect("layouts");
        assert!(!layouts.contains_key(&1), "inet has no encoder: the table goes as text");
        let encs = &layouts[&0];
        let mut data = bytes::BytesMut::from(provision::db::copy_binary::HEADER);
        for r in &rows {
            provision::db::copy_binary::encode_row(&mut data, encs, r).unwrap_or_else(|_| panic!("every value encodes: {r:?}"));
        }
        data.extend_from_slice(provision::db::copy_binary::TRAILER);
        let sink = client
            .copy_in::<_, bytes::Bytes>(&format!("COPY by_binary ({}) FROM STDIN (FORMAT binary)", names.join(", ")))
            .await
            .expect("copy");
        let mut sink = std::pin::pin!(sink);
        std::future::poll_fn(|cx| sink.as_mut().poll_ready(cx)).await.expect("ready");
        sink.as_mut().start_send(data.freeze()).expect("send");
        sink.as_mut().finish().await.expect("binary COPY");
    });
    let read = |t: &str| db.strings(&format!("SELECT x::text FROM {t} x ORDER BY id"));
    let (text, binary) = (read("by_text"), read("by_binary"));
    assert_eq!(text.len(), 3);
    assert_eq!(binary, text);
}
