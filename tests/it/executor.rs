//! apply / status / rollback on real clusters: lifecycle, concurrency, the
//! lock holder, kill -9 at random instants, a server stopped mid-apply, a
//! fleet with one failing database, resuming a non-transactional step, and
//! passwords that never reach output.

use crate::harness::*;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// A project named `name` whose database `main` goes to $TEST_DB_URL; one
/// migration per entry of `tables_per_migration`, each adding that many tables.
fn project_with_migrations(name: &str, tables_per_migration: &[usize]) -> tempfile::TempDir {
    let manifest = format!("project: {name}\ndatabases:\n  main:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      main: {{ url_env: TEST_DB_URL }}\n");
    // roles are cluster-wide: each test project gets its own
    let role = format!("{name}_rw");
    let dir = project(&[("provision.yaml", &manifest), ("schemas/app.yaml", "module: app\nschema: app\n")]);
    let mut tables = String::new();
    let mut n = 0;
    for (i, count) in tables_per_migration.iter().enumerate() {
        for _ in 0..*count {
            n += 1;
            tables.push_str(&format!(
                "  t{n:03}:\n    traits: [uuid_pk, timestamps]\n    columns:\n      name: text\n      qty: {{ type: integer, default: '0', check: qty >= 0 }}\n      note: text?\n    indexes:\n      - [name]\n      - {{ columns: [qty], where: qty > 0 }}\n"
            ));
        }
        let yaml = format!("module: app\nschema: app\nroles:\n  {role}: {{ login: true, password_env: APP_RW_PASSWORD }}\ntables:\n{tables}grants:\n  - to: {role}\n    privileges: [select, insert]\n    tables: all\n");
        std::fs::write(dir.path().join("schemas/app.yaml"), yaml).expect("write");
        render(dir.path(), &format!("step {}", i + 1));
    }
    dir
}

fn provision(dir: &Path, url: &str, args: &[&str]) -> std::process::Output {
    bin().arg("--project").arg(dir).args(args).env("TEST_DB_URL", url).env_remove("DATABASE_URL").output().expect("run provision")
}

fn ledger_versions(db: &TestDb) -> Vec<String> {
    db.strings("SELECT version::text FROM provision.schema_history WHERE state = 'applied' ORDER BY version")
}

/// No user objects outside provision's own ledger schema.
fn user_objects(db: &TestDb) -> Vec<String> {
    db.strings(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'provision')
         UNION ALL SELECT nspname::text FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'provision', 'public') AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'",
    )
}

#[test]
fn apply_status_rollback_apply_again_with_three_migrations() {
    let dir = project_with_migrations("lifecycle", &[2, 1, 1]);
    let db = TestDb::new("life");
    let _g = script_lock();
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(ledger_versions(&db), vec!["1", "2", "3"]);
    let applied_schema = db.schema();
    let st = provision(dir.path(), &db.url, &["status", "--target", "test", "--format", "json"]);
    assert!(st.status.success());
    let v: serde_json::Value = serde_json::from_slice(&st.stdout).expect("json");
    assert!(v.as_array().expect("rows").iter().all(|r| r["state"] == "applied"), "{v}");
    let noop = provision(dir.path(), &db.url, &["apply", "--target", "test", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&noop.stdout).expect("json");
    assert_eq!(v[0]["applied"].as_array().expect("applied").len(), 0);
    let rb = provision(dir.path(), &db.url, &["rollback", "--target", "test", "--steps", "1"]);
    assert!(rb.status.success(), "{:?}", text(&rb));
    assert_eq!(ledger_versions(&db), vec!["1", "2"]);
    let rb = provision(dir.path(), &db.url, &["rollback", "--target", "test", "--to", "0"]);
    assert!(rb.status.success(), "{:?}", text(&rb));
    assert!(user_objects(&db).is_empty(), "left behind: {:?}", user_objects(&db));
    let again = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(again.status.success(), "{:?}", text(&again));
    assert_eq!(db.schema(), applied_schema, "apply after rollback gives the same catalog");
}

#[test]
fn root_project_applies_rolls_back_and_applies_again() {
    let root = copy_project(&repo_root());
    copy_tree(&repo_root().join("migrations"), &root.path().join("migrations"));
    // target local with $DATABASE_URL: a database named <project>_<db> is created on that server
    let server = cluster().url("postgres");
    let run = |args: &[&str]| bin().arg("--project").arg(root.path()).args(args).env("DATABASE_URL", &server).output().expect("run");
    let _g = script_lock();
    let out = run(&["apply"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let db = TestDb { name: "platform_platform".into(), url: cluster().url("platform_platform") };
    assert_eq!(ledger_versions(&db), vec!["1"]);
    let rb = run(&["rollback", "--to", "0"]);
    assert!(rb.status.success(), "{:?}", text(&rb));
    assert!(user_objects(&db).is_empty(), "left behind: {:?}", user_objects(&db));
    assert!(run(&["apply"]).status.success());
}

#[test]
fn rollback_refuses_to_drop_tables_with_data() {
    let dir = project_with_migrations("dataloss", &[1, 1]);
    let db = TestDb::new("loss");
    let _g = script_lock();
    assert!(provision(dir.path(), &db.url, &["apply", "--target", "test"]).status.success());
    db.exec("INSERT INTO app.t002 (name) VALUES ('keep me')").expect("insert");
    let rb = provision(dir.path(), &db.url, &["rollback", "--target", "test", "--steps", "1"]);
    assert_eq!(rb.status.code(), Some(1), "{:?}", text(&rb));
    assert!(text(&rb).1.contains("app.t002"), "{:?}", text(&rb));
    assert_eq!(ledger_versions(&db), vec!["1", "2"], "nothing was rolled back");
    let rb = provision(dir.path(), &db.url, &["rollback", "--target", "test", "--steps", "1", "--allow-data-loss"]);
    assert!(rb.status.success(), "{:?}", text(&rb));
    assert_eq!(ledger_versions(&db), vec!["1"]);
}

/// On a fresh database the ledger is created in the first migration's own
/// transaction, and the apply mark is written in the last one's: a first
/// migration that fails leaves no ledger behind, and after a successful
/// apply the mark is the transaction that wrote the last ledger row.
#[test]
fn the_ledger_and_the_apply_mark_commit_with_the_migrations() {
    let dir = project_with_migrations("ledgertx", &[1, 1]);
    let db = TestDb::new("ledgertx");
    let _g = script_lock();
    db.exec("CREATE SCHEMA app").expect("plant a schema the first migration creates");
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert_eq!(out.status.code(), Some(3), "{:?}", text(&out));
    assert!(text(&out).1.contains("V0001"), "{:?}", text(&out));
    assert_eq!(db.strings("SELECT (to_regclass('provision.schema_history') IS NULL)::text"), ["true"], "no ledger without a migration");

    db.exec("DROP SCHEMA app").expect("drop");
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(ledger_versions(&db), vec!["1", "2"]);
    assert_eq!(
        db.strings("SELECT (execution_ms IS NOT NULL AND finished_at >= started_at)::text FROM provision.schema_history ORDER BY version"),
        ["true", "true"]
    );
    assert_eq!(
        db.strings(
            "SELECT m.version || ' ' || ((m.xid::xid)::text = h.xmin::text)
             FROM provision.apply_marks m JOIN provision.schema_history h USING (version)"
        ),
        ["2 true"],
        "one mark, in the last migration's transaction"
    );
    // the successful apply on a database without a ledger asked for no missing
    // table, and its session (like the failed one's) ended with Terminate
    let fresh = TestDb::new("ledgertx_log");
    let out = provision(dir.path(), &fresh.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    std::thread::sleep(Duration::from_millis(300));
    let log = std::fs::read_to_string(cluster().log_path()).expect("server log");
    let ours: Vec<&str> = log.lines().filter(|l| l.contains(&format!("db={} ", fresh.name))).collect();
    assert!(!ours.is_empty(), "the log names databases");
    let bad: Vec<&&str> = ours.iter().filter(|l| l.contains("ERROR") || l.contains("could not receive data")).collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn two_applies_at_once_run_the_migrations_exactly_once() {
    let dir = project_with_migrations("concurrent", &[20, 20]);
    let db = TestDb::new("conc");
    let _g = script_lock();
    let spawn = || {
        bin()
            .arg("--project")
            .arg(dir.path())
            .args(["apply", "--target", "test", "--format", "json"])
            .env("TEST_DB_URL", &db.url)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().expect("a"), b.wait_with_output().expect("b"));
    assert!(a.status.success() && b.status.success(), "{:?} {:?}", text(&a), text(&b));
    let applied = |o: &std::process::Output| -> usize {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        v[0]["applied"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(applied(&a) + applied(&b), 2, "each migration ran once in total");
    assert_eq!(ledger_versions(&db), vec!["1", "2"]);
}

#[test]
fn a_held_lock_times_out_and_names_its_holder() {
    let dir = project_with_migrations("locked", &[1]);
    let db = TestDb::new("lock");
    let key = provision::db::lock::key("apply");
    let holder_url = format!("{}?application_name=nightly_batch", db.url);
    let rt = provision::db::runtime().expect("rt");
    let holder = rt.block_on(async {
        let c = provision::db::connect(&holder_url, Duration::from_secs(5)).await.expect("connect");
        c.execute("SELECT pg_advisory_lock($1)", &[&key]).await.expect("lock");
        c
    });
    let t0 = Instant::now();
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test", "--lock-timeout", "1"]);
    assert_eq!(out.status.code(), Some(3), "{:?}", text(&out));
    let err = text(&out).1;
    assert!(err.contains("nightly_batch") && err.contains("pid"), "{err}");
    assert!(t0.elapsed() < Duration::from_secs(10));
    drop(holder);
}

#[test]
fn killed_applies_leave_whole_versions_and_the_next_apply_finishes() {
    let dir = project_with_migrations("killed", &[15, 15, 15, 15, 15]);
    // reference catalogs at each version
    let reference = TestDb::new("killref");
    let migs = provision::migrations::read(&dir.path().join("migrations/main")).expect("read");
    let mut at_version = vec![reference.user_schema()];
    for m in &migs.migrations {
        reference.apply_file(&m.up).expect("ref apply");
        at_version.push(reference.user_schema());
    }
    // how long a whole apply takes here, so kills land across its whole span
    let probe = TestDb::new("killprobe");
    let t0 = Instant::now();
    assert!(provision(dir.path(), &probe.url, &["apply", "--target", "test"]).status.success());
    let full = t0.elapsed().as_millis() as u64;
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut killed_midway = 0;
    for trial in 0..10 {
        let db = TestDb::new("kill");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_millis(full / 20 + seed % (full * 9 / 10).max(1));
        let mut child = bin()
            .arg("--project")
            .arg(dir.path())
            .args(["apply", "--target", "test"])
            .env("TEST_DB_URL", &db.url)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(delay);
        let finished = child.try_wait().expect("try_wait").is_some();
        let _ = child.kill();
        let _ = child.wait();
        let has_ledger = db.strings("SELECT (to_regclass('provision.schema_history') IS NOT NULL)::text")[0] == "true";
        let v: usize = if has_ledger {
            db.strings("SELECT coalesce(max(version), 0)::text FROM provision.schema_history")[0].parse().expect("version")
        } else {
            0
        };
        if !finished && v < 5 {
            killed_midway += 1;
        }
        assert!(db.user_schema() == at_version[v], "trial {trial} (killed after {delay:?}): catalog is not that of version {v}");
        let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
        assert!(out.status.success(), "trial {trial}: resume failed: {:?}", text(&out));
        assert!(db.user_schema() == at_version[5], "trial {trial}: resumed apply did not reach the last version");
    }
    assert!(killed_midway >= 3, "only {killed_midway} of 10 kills landed mid-apply; the test is not exercising anything");
}

#[test]
fn a_server_stopped_mid_apply_fails_clearly_and_the_next_apply_resumes() {
    let c = provision::cluster::TempCluster::start(provision::cluster::ClusterOptions::for_tests()).expect("cluster");
    let dir = project_with_migrations("stopped", &[30, 30, 30]);
    let url = c.url("postgres");
    let child = bin()
        .arg("--project")
        .arg(dir.path())
        .args(["apply", "--target", "test"])
        .env("TEST_DB_URL", &url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(700));
    c.stop(provision::cluster::StopMode::Immediate).expect("stop");
    let out = child.wait_with_output().expect("wait");
    if out.status.success() {
        eprintln!("apply finished before the server stopped; the resume path is still checked");
    } else {
        assert_eq!(out.status.code(), Some(3), "{:?}", text(&out));
        let err = text(&out).1;
        assert!(err.contains("error:"), "{err}");
    }
    c.start().expect("restart");
    let out = provision(dir.path(), &url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let check = provision(dir.path(), &url, &["status", "--target", "test", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    assert!(v.as_array().expect("rows").iter().all(|r| r["state"] == "applied"), "{v}");
}

#[test]
fn a_fleet_of_twelve_databases_on_two_clusters_applies_all_but_the_broken_one() {
    let second = provision::cluster::TempCluster::start(provision::cluster::ClusterOptions::for_tests()).expect("second cluster");
    let mut manifest = String::from("project: fleet\ndatabases:\n");
    let mut targets = String::from("targets:\n  fleet:\n    databases:\n");
    for i in 1..=12 {
        manifest.push_str(&format!("  db{i:02}:\n    modules: [app]\n"));
        targets.push_str(&format!("      db{i:02}: {{ url_env: DB{i:02}_URL }}\n"));
    }
    manifest.push_str(&targets);
    let dir = project(&[
        ("provision.yaml", &manifest),
        ("schemas/app.yaml", "module: app\nschema: app\ntables:\n  items:\n    traits: [uuid_pk]\n    columns:\n      name: text\n"),
    ]);
    render(dir.path(), "init");
    let mut cmd = bin();
    cmd.arg("--project").arg(dir.path()).args(["apply", "--target", "fleet", "--parallel", "4", "--format", "json"]);
    let mut dbs = Vec::new();
    for i in 1..=12 {
        let name = format!("fleet_{}_{i:02}", std::process::id());
        let server: &provision::cluster::Cluster = if i % 2 == 0 { &second } else { cluster() };
        let admin = server.url("postgres");
        block_on(async {
            let c = provision::db::connect(&admin, Duration::from_secs(5)).await.expect("admin");
            c.batch_execute(&format!("CREATE DATABASE \"{name}\"")).await.expect("create");
        });
        let url = server.url(&name);
        if i == 7 {
            // an existing schema makes this database's migration fail
            block_on(async {
                let c = provision::db::connect(&url, Duration::from_secs(5)).await.expect("connect");
                c.batch_execute("CREATE SCHEMA app").await.expect("sabotage");
            });
        }
        cmd.env(format!("DB{i:02}_URL"), &url);
        dbs.push(url);
    }
    let out = cmd.output().expect("apply");
    assert_eq!(out.status.code(), Some(3), "{:?}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json summary");
    let rows = v.as_array().expect("rows");
    assert_eq!(rows.len(), 12);
    let ok = rows.iter().filter(|r| r["result"] == "ok").count();
    assert_eq!(ok, 11, "{v}");
    let failed: Vec<&serde_json::Value> = rows.iter().filter(|r| r["result"] == "failed").collect();
    assert_eq!(failed[0]["database"], "db07");
    assert!(failed[0]["error"].as_str().expect("error").contains("already exists"), "{v}");
}

#[test]
fn passwords_in_urls_never_reach_output() {
    let dir = project_with_migrations("secret", &[1]);
    let db = TestDb::new("secret");
    let secret = "Tr0ub4dor-and-3";
    let with_pw = db.url.replace("postgres@", &format!("postgres:{secret}@"));
    let bad_port = with_pw.replace(&format!(":{}/", cluster().port()), ":1/");
    let _g = script_lock();
    let mut outputs = Vec::new();
    for (url, args) in [
        (&with_pw, vec!["apply", "--target", "test", "--dry-run"]),
        (&with_pw, vec!["apply", "--target", "test"]),
        (&with_pw, vec!["status", "--target", "test"]),
        (&with_pw, vec!["apply", "--target", "test", "--format", "json"]),
        (&with_pw, vec!["rollback", "--target", "test", "--to", "0"]),
        (&bad_port, vec!["apply", "--target", "test"]),
        (&bad_port, vec!["status", "--target", "test"]),
    ] {
        let out = bin()
            .arg("--project")
            .arg(dir.path())
            .args(&args)
            .env("TEST_DB_URL", url)
            .env("APP_RW_PASSWORD", secret)
            .output()
            .expect("run");
        let (o, e) = text(&out);
        assert!(!o.contains(secret) && !e.contains(secret), "{args:?} printed the password:\n{o}\n{e}");
        outputs.push(format!("{o}{e}"));
    }
    assert!(outputs.iter().any(|o| o.contains("postgres:***@")), "URLs are shown masked");
    assert!(outputs.last().expect("last").contains("cannot connect"), "{}", outputs.last().expect("last"));
}

#[test]
fn a_failed_concurrent_index_is_rebuilt_on_the_next_apply() {
    let manifest =
        "project: notx\ndatabases:\n  main:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      main: { url_env: TEST_DB_URL }\n";
    let dir = project(&[
        ("provision.yaml", manifest),
        (
            "schemas/app.yaml",
            "module: app\nschema: app\ntables:\n  items:\n    columns:\n      id: { type: bigint, pk: true }\n      code: text\n",
        ),
    ]);
    render(dir.path(), "init");
    // a hand-made non-transactional migration, as concurrent index changes are rendered
    let mdir = dir.path().join("migrations/main");
    std::fs::write(
        mdir.join("V0002__unique_code.sql"),
        "-- provision:txmode none\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"items_code_key\" ON \"app\".\"items\" (\"code\");\n",
    )
    .expect("up");
    std::fs::write(
        mdir.join("V0002__unique_code.down.sql"),
        "-- provision:txmode none\nDROP INDEX CONCURRENTLY IF EXISTS \"app\".\"items_code_key\";\n",
    )
    .expect("down");
    std::fs::copy(mdir.join("V0001__init.snapshot.json"), mdir.join("V0002__unique_code.snapshot.json")).expect("snapshot");
    provision::migrations::sum::write(&provision::migrations::read(&mdir).expect("read")).expect("sum");
    let db = TestDb::new("notx");
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test", "--to", "1"]);
    assert!(out.status.success(), "{:?}", text(&out));
    db.exec("INSERT INTO app.items VALUES (1, 'dup'), (2, 'dup')").expect("dups");
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert_eq!(out.status.code(), Some(3), "{:?}", text(&out));
    assert_eq!(
        db.strings("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'app.items_code_key'::regclass"),
        vec!["false"],
        "the failed build left an INVALID index"
    );
    assert_eq!(ledger_versions(&db), vec!["1"]);
    db.exec("DELETE FROM app.items WHERE id = 2").expect("fix data");
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(db.strings("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'app.items_code_key'::regclass"), vec!["true"]);
    assert_eq!(ledger_versions(&db), vec!["1", "2"]);
}

#[test]
fn apply_backup_then_rollback_restore_returns_to_the_pre_apply_state() {
    let dir = project_with_migrations("prebackup", &[1, 1]);
    let db = TestDb::new("prebk");
    let _g = script_lock();
    assert!(provision(dir.path(), &db.url, &["apply", "--target", "test", "--to", "1"]).status.success());
    db.exec("INSERT INTO app.t001 (name) VALUES ('before v2')").expect("row");
    let before = db.user_schema();
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test", "--backup"]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(ledger_versions(&db), vec!["1", "2"]);
    let out = provision(dir.path(), &db.url, &["rollback", "--target", "test", "--restore"]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(ledger_versions(&db), vec!["1"]);
    assert_eq!(db.user_schema(), before);
    assert_eq!(db.strings("SELECT name FROM app.t001"), vec!["before v2"]);
}

#[test]
fn backup_and_restore_commands_round_trip_and_refuse_a_tampered_dump() {
    let dir = project_with_migrations("bkcmd", &[2]);
    let db = TestDb::new("bkcmd");
    let _g = script_lock();
    assert!(provision(dir.path(), &db.url, &["apply", "--target", "test"]).status.success());
    db.exec("INSERT INTO app.t001 (name) SELECT 'n' || g FROM generate_series(1, 50) g").expect("rows");
    let out_dir = dir.path().join("bk");
    let out = provision(dir.path(), &db.url, &["backup", "--target", "test", "--out", &out_dir.to_string_lossy(), "--format", "json"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["manifests"][0]["ledger_version"], 1);
    db.exec("DROP SCHEMA app CASCADE; DELETE FROM provision.schema_history").expect("wreck");
    let out = provision(dir.path(), &db.url, &["restore", "--target", "test", "--from", &out_dir.to_string_lossy()]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(db.strings("SELECT count(*)::text FROM app.t001"), vec!["50"]);
    assert_eq!(ledger_versions(&db), vec!["1"]);
    // flip one byte of the dump: restore refuses before touching the database
    let dump = out_dir.join("main.dump");
    let mut bytes = std::fs::read(&dump).expect("dump");
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0xff;
    std::fs::write(&dump, bytes).expect("tamper");
    let out = provision(dir.path(), &db.url, &["restore", "--target", "test", "--from", &out_dir.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2), "{:?}", text(&out));
    assert!(text(&out).1.contains("main.dump"), "{:?}", text(&out));
    assert_eq!(db.strings("SELECT count(*)::text FROM app.t001"), vec!["50"]);
}

/// The reference platform with an extra target `test` → $TEST_DB_URL.
fn root_project_with_test_target() -> tempfile::TempDir {
    let root = copy_project(&repo_root());
    copy_tree(&repo_root().join("migrations"), &root.path().join("migrations"));
    let manifest = root.path().join("provision.yaml");
    let mut text = std::fs::read_to_string(&manifest).expect("manifest");
    text.push_str("  test:\n    databases:\n      platform: { url_env: TEST_DB_URL }\n");
    std::fs::write(&manifest, text).expect("manifest");
    root
}

/// The findings of `verify --format json`.
fn verify_findings(out: &std::process::Output) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v.as_array().expect("rows").iter().map(|r| r["finding"].clone()).collect()
}

#[test]
fn verify_is_clean_after_apply_and_names_each_manual_change() {
    let dir = root_project_with_test_target();
    let db = TestDb::new("drift");
    let _g = script_lock();
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let clean = provision(dir.path(), &db.url, &["verify", "--target", "test"]);
    assert_eq!(clean.status.code(), Some(0), "{:?}", text(&clean));
    db.exec(
        "ALTER TABLE ret.products DROP COLUMN description;
         ALTER TABLE ret.orders DISABLE ROW LEVEL SECURITY;
         DROP POLICY tenant_isolation ON rest.menus;
         CREATE INDEX drift_extra_idx ON ret.customers (email);
         REVOKE SELECT ON ret.stores FROM readonly_user;",
    )
    .expect("drift");
    let out = provision(dir.path(), &db.url, &["verify", "--target", "test", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{:?}", text(&out));
    let found: Vec<String> = verify_findings(&out).iter().map(|f| format!("{} {} {}", f["kind"], f["object_kind"], f["object"])).collect();
    let all = found.join("\n");
    for needle in ["products.description", "ret.orders", "tenant_isolation", "drift_extra_idx", "readonly_user"] {
        assert!(all.contains(needle), "verify did not name {needle}:\n{all}");
    }
    // the table form points at the YAML that declares the column
    let out = provision(dir.path(), &db.url, &["verify", "--target", "test"]);
    assert!(text(&out).0.contains("schemas/retail.yaml:"), "{}", text(&out).0);
    // and a changed migration file is reported too
    let up = dir.path().join("migrations/platform/V0001__init.sql");
    let mut sql = std::fs::read_to_string(&up).expect("read");
    sql.push_str("\n-- edited\n");
    std::fs::write(&up, sql).expect("write");
    provision::migrations::sum::write(&provision::migrations::read(&dir.path().join("migrations/platform")).expect("read")).expect("sum");
    let out = provision(dir.path(), &db.url, &["verify", "--target", "test"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).0.contains("changed after it was applied"), "{:?}", text(&out));
}

#[test]
fn verify_names_expressions_rewritten_after_apply_and_nothing_else() {
    let dir = root_project_with_test_target();
    let db = TestDb::new("exprdrift");
    let _g = script_lock();
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    // maintenance rewrites no expression
    db.exec("ANALYZE hs.customers").expect("maintenance");
    let clean = provision(dir.path(), &db.url, &["verify", "--target", "test"]);
    assert_eq!(clean.status.code(), Some(0), "{:?}", text(&clean));
    db.exec(
        "ALTER TABLE hs.customers ALTER COLUMN created_at SET DEFAULT '2000-01-01';
         ALTER POLICY tenant_isolation ON hs.customers USING (true);",
    )
    .expect("drift");
    let out = provision(dir.path(), &db.url, &["verify", "--target", "test", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{:?}", text(&out));
    let found: Vec<String> = verify_findings(&out)
        .iter()
        .map(|f| {
            format!(
                "{} {} {}",
                f["object_kind"].as_str().unwrap_or(""),
                f["object"].as_str().unwrap_or(""),
                f["detail"].as_str().unwrap_or("")
            )
        })
        .collect();
    // a rewritten policy row is reported for both its expressions: which one changed is not recorded
    assert!(
        found.iter().all(|f| f.starts_with("column hs.customers.created_at ") || f.starts_with("policy hs.customers.tenant_isolation ")),
        "{found:#?}"
    );
    assert!(found.iter().any(|f| f.starts_with("column hs.customers.created_at default changed since apply")), "{found:#?}");
    assert!(found.iter().any(|f| f.starts_with("policy hs.customers.tenant_isolation USING changed since apply")), "{found:#?}");
}

#[test]
fn verify_isolation_proves_the_platform_and_catches_a_leak() {
    let dir = root_project_with_test_target();
    let db = TestDb::new("iso");
    let _g = script_lock();
    assert!(provision(dir.path(), &db.url, &["apply", "--target", "test"]).status.success());
    let out = provision(dir.path(), &db.url, &["verify", "--target", "test", "--isolation", "--role", "application_user"]);
    assert_eq!(out.status.code(), Some(0), "{:?}", text(&out));
    assert!(text(&out).1.contains("0 breach(es)"), "{:?}", text(&out));
    db.exec("DROP POLICY tenant_isolation ON ret.customers; CREATE POLICY leak ON ret.customers USING (true) WITH CHECK (true);")
        .expect("leak");
    let out =
        provision(dir.path(), &db.url, &["verify", "--target", "test", "--isolation", "--role", "application_user", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{:?}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let breaches = v["isolation"][0]["report"]["findings"].as_array().expect("findings");
    assert!(breaches.iter().any(|f| f.as_str().unwrap_or_default().contains("ret.customers")), "{v}");
}

#[test]
fn partitions_create_ahead_retire_behind_and_a_second_run_does_nothing() {
    let manifest = "project: parts\ndatabases:\n  main:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      main: { url_env: TEST_DB_URL }\n";
    let module = "module: app\nschema: app\ntables:\n  events:\n    columns:\n      id: bigint\n      at: timestamptz\n    primary_key: [id, at]\n    partition: { by: range, key: [at], interval: month, start: 2020-01-01, premake: 2, retention: 3 }\n";
    let dir = project(&[("provision.yaml", manifest), ("schemas/app.yaml", module)]);
    render(dir.path(), "init");
    let db = TestDb::new("parts");
    assert!(provision(dir.path(), &db.url, &["apply", "--target", "test"]).status.success());
    let count = || db.strings("SELECT count(*)::text FROM pg_inherits WHERE inhparent = 'app.events'::regclass")[0].clone();
    assert_eq!(count(), "3", "2020-01..03 from the migration");
    let dry = provision(dir.path(), &db.url, &["partitions", "--target", "test", "--dry-run"]);
    assert!(dry.status.success(), "{:?}", text(&dry));
    assert!(text(&dry).0.contains("CREATE TABLE"), "{:?}", text(&dry));
    assert_eq!(count(), "3", "--dry-run changes nothing");
    let out = provision(dir.path(), &db.url, &["partitions", "--target", "test", "--format", "json"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[0]["created"], 3, "this month and two ahead: {v}");
    assert_eq!(v[0]["dropped"], 3, "the 2020 partitions are past the 3-month retention: {v}");
    assert_eq!(count(), "3");
    // rows for today land in a partition
    db.exec("INSERT INTO app.events VALUES (1, now())").expect("insert now");
    let again = provision(dir.path(), &db.url, &["partitions", "--target", "test", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&again.stdout).expect("json");
    assert_eq!((v[0]["created"].as_u64(), v[0]["dropped"].as_u64()), (Some(0), Some(0)), "second run is a no-op: {v}");
    let verify = provision(dir.path(), &db.url, &["verify", "--target", "test"]);
    assert_eq!(verify.status.code(), Some(0), "managed partitions are not drift: {:?}", text(&verify));
}

#[test]
fn an_interrupted_concurrent_index_build_is_rebuilt_on_the_next_apply() {
    let manifest = "project: cickill\ndatabases:\n  main:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      main: { url_env: TEST_DB_URL }\n";
    let dir = project(&[
        ("provision.yaml", manifest),
        (
            "schemas/app.yaml",
            "module: app\nschema: app\ntables:\n  big:\n    columns:\n      id: { type: bigint, pk: true }\n      code: text\n",
        ),
    ]);
    render(dir.path(), "init");
    let mdir = dir.path().join("migrations/main");
    std::fs::write(
        mdir.join("V0002__code_index.sql"),
        "-- provision:txmode none\nCREATE INDEX CONCURRENTLY IF NOT EXISTS \"big_code_idx\" ON \"app\".\"big\" (\"code\");\n",
    )
    .expect("up");
    std::fs::write(
        mdir.join("V0002__code_index.down.sql"),
        "-- provision:txmode none\nDROP INDEX CONCURRENTLY IF EXISTS \"app\".\"big_code_idx\";\n",
    )
    .expect("down");
    std::fs::copy(mdir.join("V0001__init.snapshot.json"), mdir.join("V0002__code_index.snapshot.json")).expect("snapshot");
    provision::migrations::sum::write(&provision::migrations::read(&mdir).expect("read")).expect("sum");
    let db = TestDb::new("cickill");
    assert!(provision(dir.path(), &db.url, &["apply", "--target", "test", "--to", "1"]).status.success());
    db.exec("INSERT INTO app.big SELECT g, md5(g::text) FROM generate_series(1, 1500000) g").expect("rows");
    let child = bin()
        .arg("--project")
        .arg(dir.path())
        .args(["apply", "--target", "test"])
        .env("TEST_DB_URL", &db.url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // wait for the build to start, then kill the server process running it
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut killed = false;
    while Instant::now() < deadline && !killed {
        let hit = db.strings("SELECT count(pg_terminate_backend(pid))::text FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' AND pid <> pg_backend_pid()");
        killed = hit[0] != "0";
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("wait");
    if killed {
        assert_eq!(out.status.code(), Some(3), "{:?}", text(&out));
        assert_eq!(ledger_versions(&db), vec!["1"], "the interrupted step is not recorded");
        let valid = db.strings(
            "SELECT coalesce((SELECT indisvalid::text FROM pg_index WHERE indexrelid = to_regclass('app.big_code_idx')), 'absent')",
        );
        assert_ne!(valid[0], "true", "the build was interrupted");
    }
    let out = provision(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(db.strings("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'app.big_code_idx'::regclass"), vec!["true"]);
    assert_eq!(ledger_versions(&db), vec!["1", "2"]);
    assert!(killed, "the index build finished before it could be interrupted; make the table bigger");
}

#[test]
fn rollback_after_an_isolation_proof_is_not_blocked_by_its_rolled_back_rows() {
    // the proof inserts rows in a transaction it rolls back; the pages stay, the rows do not
    let tmp = tempfile::tempdir().expect("tempdir");
    let demo = tmp.path().join("isorb");
    assert!(run(&["init", &demo.to_string_lossy()]).status.success());
    let manifest = demo.join("provision.yaml");
    let text_ = std::fs::read_to_string(&manifest).expect("manifest") + "  test:\n    databases:\n      main: { url_env: TEST_DB_URL }\n";
    std::fs::write(&manifest, text_).expect("manifest");
    render(&demo, "init");
    let db = TestDb::new("isorb");
    let _g = script_lock();
    assert!(provision(&demo, &db.url, &["apply", "--target", "test"]).status.success());
    let iso = provision(&demo, &db.url, &["verify", "--target", "test", "--isolation"]);
    assert_eq!(iso.status.code(), Some(0), "{:?}", text(&iso));
    let rb = provision(&demo, &db.url, &["rollback", "--target", "test", "--to", "0"]);
    assert!(rb.status.success(), "{:?}", text(&rb));
}
