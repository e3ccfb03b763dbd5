//! Backup and restore on the shared cluster: the reference platform with data
//! survives backup → drop → restore with an identical catalog and row counts;
//! a changed dump or a manifest of another database is refused before anything
//! is touched; the password never reaches a command line or a message.

use crate::harness::*;
use provision::db::backup::{self, BackupError, Manifest};
use provision::db::ledger;
use provision::db::mask_url;
use provision::target::{DatabaseTarget, SslMode, Tls};
use std::path::Path;
use std::time::Duration;

const PASSWORD: &str = "Backup-Secret-7731";

/// A target for a test database. The cluster trusts every connection, so the
/// password in the URL is never checked but must never show up anywhere.
pub fn target_for(db: &TestDb, logical: &str) -> DatabaseTarget {
    let url = db.url.replacen("postgres@", &format!("postgres:{PASSWORD}@"), 1);
    assert!(url.contains(PASSWORD), "unexpected test URL shape: {}", db.url);
    DatabaseTarget {
        logical: logical.to_string(),
        display: mask_url(&url),
        url,
        dbname: db.name.clone(),
        create_if_missing: false,
        tls: Tls { mode: SslMode::Disable, ca_file: None },
        connect_timeout: Duration::from_secs(10),
        lock_timeout: "5s".into(),
        statement_timeout: "0".into(),
        application_name: "provision".into(),
    }
}

/// Statements on the `postgres` database, one message each (DROP/CREATE DATABASE
/// refuse the implicit transaction of a multi-statement message).
fn admin(statements: &[&str]) {
    let url = cluster().url("postgres");
    block_on(async {
        let client = provision::db::connect(&url, Duration::from_secs(10)).await.expect("connect admin");
        for sql in statements {
            provision::db::execute(&client, sql, "admin").await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
    });
}

/// `schema.table=count` for every table, partitions included, in name order;
/// not the apply marks, which a restore writes anew (the restored catalog rows
/// are younger than the mark the backup holds).
fn row_counts(db: &TestDb) -> Vec<String> {
    let tables = db.strings(
        "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
           AND format('%I.%I', n.nspname, c.relname) <> 'provision.apply_marks'
         ORDER BY 1",
    );
    assert!(!tables.is_empty(), "no tables in {}", db.name);
    let sql = tables.iter().map(|t| format!("SELECT '{t}=' || count(*) FROM {t}")).collect::<Vec<_>>().join(" UNION ALL ");
    let mut counts = db.strings(&sql);
    counts.sort();
    counts
}

fn record_version(db: &TestDb, version: u32, sql: &str) {
    block_on(async {
        let client = provision::db::connect(&db.url, Duration::from_secs(10)).await.expect("connect");
        ledger::ensure(&client).await.expect("ledger");
        let r = ledger::Record {
            version,
            name: "init",
            up_sql: sql,
            sha256: "0",
            down_sha256: "0",
            state: "applied",
            steps_done: 1,
            steps_total: 1,
            execution_ms: Some(1),
        };
        ledger::record(&client, &r).await.expect("record");
    });
}

/// Rows in a few tenant tables, inserted the way the application would: with the
/// tenant setting that the forced RLS policies read.
const DATA: &str = "
INSERT INTO tenant.organizations (id, name, slug) VALUES
    ('00000000-0000-4000-8000-00000000000a', 'Acme Events', 'acme-events'),
    ('00000000-0000-4000-8000-00000000000b', 'Bistro Bravo', 'bistro-bravo');
INSERT INTO tenant.users (id, email, display_name) VALUES
    ('00000000-0000-4000-8000-0000000000c1', 'ann@example.com', 'Ann'),
    ('00000000-0000-4000-8000-0000000000c2', 'bob@example.com', 'Bob'),
    ('00000000-0000-4000-8000-0000000000c3', 'cy@example.com', 'Cy');
SELECT set_config('app.current_organization_id', '00000000-0000-4000-8000-00000000000a', false);
INSERT INTO tenant.workspaces (organization_id, name, slug) VALUES
    ('00000000-0000-4000-8000-00000000000a', 'Main', 'main'),
    ('00000000-0000-4000-8000-00000000000a', 'Weddings', 'weddings');
INSERT INTO tenant.organization_members (organization_id, user_id, role, status, joined_at) VALUES
    ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000c1', 'owner', 'active', now()),
    ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000c2', 'member', 'invited', NULL);
SELECT set_config('app.current_organization_id', '00000000-0000-4000-8000-00000000000b', false);
INSERT INTO tenant.workspaces (organization_id, name, slug) VALUES
    ('00000000-0000-4000-8000-00000000000b', 'Kitchen', 'kitchen');
INSERT INTO tenant.organization_members (organization_id, user_id, role, status, joined_at) VALUES
    ('00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-0000000000c3', 'owner', 'active', now());
";

#[test]
fn platform_with_data_survives_backup_drop_and_restore() {
    let project = copy_project(&repo_root());
    let rendered = render(project.path(), "init");
    let (_, up, _) = rendered.iter().find(|(db, _, _)| db == "platform").expect("the root project renders database `platform`");
    let db = TestDb::new("backup_platform");
    db.apply(up).expect("apply the platform's first migration");
    record_version(&db, 1, up);
    db.exec(DATA).expect("insert rows");

    let schema = db.schema();
    let counts = row_counts(&db);
    assert!(counts.iter().any(|c| c == "tenant.workspaces=3"), "{counts:?}");
    assert!(counts.iter().any(|c| c == "tenant.organization_members=3"), "{counts:?}");

    let out = tempfile::tempdir().expect("tempdir");
    let t = target_for(&db, "platform");
    let started = std::time::Instant::now();
    let manifest = block_on(backup::backup(&t, out.path(), None)).unwrap_or_else(|e| panic!("backup: {e}"));
    eprintln!("backup of the platform database: {:?}, {} bytes", started.elapsed(), manifest.size_bytes);
    assert_eq!(manifest.database, "platform");
    assert_eq!(manifest.dbname, db.name);
    assert_eq!(manifest.ledger_version, 1);
    assert_eq!(manifest.file, "platform.dump");
    let dump = out.path().join("platform.dump");
    assert_eq!(std::fs::metadata(&dump).expect("dump").len(), manifest.size_bytes);
    assert!(manifest.started_at.ends_with('Z') && manifest.started_at.len() == 20, "{}", manifest.started_at);
    assert!(manifest.finished_at >= manifest.started_at);
    let manifest_path = out.path().join("platform.manifest.json");
    let on_disk: Manifest = serde_json::from_str(&std::fs::read_to_string(&manifest_path).expect("manifest")).expect("json");
    assert_eq!(on_disk, manifest);
    let leftovers: Vec<_> = std::fs::read_dir(out.path()).expect("out").filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 2, "only the dump and its manifest: {leftovers:?}");

    // Roles are cluster-wide and nothing in an empty database holds on to them:
    // keep other tests' down scripts from dropping them until the restores are done.
    let _roles = script_lock();

    // 1. dropped and recreated empty
    admin(&[&format!("DROP DATABASE \"{}\" WITH (FORCE)", db.name), &format!("CREATE DATABASE \"{}\"", db.name)]);
    assert_ne!(db.schema(), schema);
    let started = std::time::Instant::now();
    let report = block_on(backup::restore(&t, &manifest_path, None)).unwrap_or_else(|e| panic!("restore: {e}"));
    eprintln!("restore of the platform database: {:?}", started.elapsed());
    assert_eq!(report.ledger_version, 1);
    assert_eq!(report.database, "platform");
    assert!(report.not_in_backup.is_empty(), "{:?}", report.not_in_backup);
    assert_eq!(db.schema(), schema, "the restored catalog differs");
    assert_eq!(row_counts(&db), counts, "the restored rows differ");
    assert_eq!(
        db.strings("SELECT count(*)::text FROM provision.apply_marks WHERE version = 1"),
        ["1"],
        "the restore marks the restored catalog"
    );

    // 2. restored over the live database after rows were lost: --clean replaces what the dump holds
    db.exec("SET row_security = off; DELETE FROM tenant.organization_members; DELETE FROM tenant.workspaces;").expect("delete");
    db.exec("CREATE TABLE public.added_later (id int)").expect("create a table the backup does not have");
    let report = block_on(backup::restore(&t, &manifest_path, None)).unwrap_or_else(|e| panic!("restore over a live database: {e}"));
    assert_eq!(report.not_in_backup, ["public.added_later"], "tables the restore left alone are reported");
    db.exec("DROP TABLE public.added_later").expect("drop");
    assert_eq!(db.schema(), schema);
    assert_eq!(row_counts(&db), counts);

    // 3. gone entirely, on a shared server: restore creates the database first
    admin(&[&format!("DROP DATABASE \"{}\" WITH (FORCE)", db.name)]);
    let shared = DatabaseTarget { create_if_missing: true, ..t.clone() };
    block_on(backup::restore(&shared, &manifest_path, None)).unwrap_or_else(|e| panic!("restore into a missing database: {e}"));
    assert_eq!(db.schema(), schema);
    assert_eq!(row_counts(&db), counts);
}

/// A small database with one table and a backup of it.
fn small_backup(prefix: &str) -> (TestDb, DatabaseTarget, tempfile::TempDir, std::path::PathBuf) {
    let db = TestDb::new(prefix);
    db.exec("CREATE TABLE items (id int PRIMARY KEY, note text); INSERT INTO items SELECT g, 'row ' || g FROM generate_series(1, 500) g;")
        .expect("create");
    let t = target_for(&db, "main");
    let out = tempfile::tempdir().expect("tempdir");
    block_on(backup::backup(&t, out.path(), None)).unwrap_or_else(|e| panic!("backup: {e}"));
    let manifest = backup::manifest_path(out.path(), "main");
    (db, t, out, manifest)
}

fn assert_no_password(text: &str) {
    assert!(!text.contains(PASSWORD), "the password leaked: {text}");
}

#[test]
fn a_changed_dump_is_refused_naming_the_file_and_both_hashes() {
    let (db, t, out, manifest_path) = small_backup("backup_tamper");
    let manifest: Manifest = serde_json::from_str(&std::fs::read_to_string(&manifest_path).expect("read")).expect("json");
    let dump = out.path().join("main.dump");
    let mut bytes = std::fs::read(&dump).expect("read dump");
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x01;
    std::fs::write(&dump, &bytes).expect("write");
    db.exec("INSERT INTO items VALUES (9999, 'after the backup')").expect("insert");

    let err = block_on(backup::restore(&t, &manifest_path, None)).expect_err("a flipped byte must be refused");
    let msg = err.to_string();
    assert!(matches!(err, BackupError::Tampered { .. }), "{msg}");
    assert!(msg.contains(&dump.display().to_string()), "names the dump: {msg}");
    assert!(msg.contains(&manifest.sha256), "names the expected hash: {msg}");
    let actual = sha256_hex(&bytes);
    assert!(msg.contains(&actual), "names the actual hash: {msg}");
    assert_no_password(&msg);
    // nothing was restored
    assert_eq!(db.strings("SELECT count(*)::text FROM items"), ["501"]);

    // a truncated or extended file is caught by its size
    bytes.push(0);
    std::fs::write(&dump, &bytes).expect("write");
    let msg = block_on(backup::restore(&t, &manifest_path, None)).expect_err("size").to_string();
    assert!(msg.contains(&dump.display().to_string()) && msg.contains("size"), "{msg}");

    // and a missing one is named
    std::fs::remove_file(&dump).expect("rm");
    let msg = block_on(backup::restore(&t, &manifest_path, None)).expect_err("missing").to_string();
    assert!(msg.contains(&dump.display().to_string()) && msg.contains("missing"), "{msg}");
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn a_manifest_of_another_database_is_refused() {
    let (db, t, _out, manifest_path) = small_backup("backup_other");
    let other = DatabaseTarget { logical: "billing".into(), ..t.clone() };
    let err = block_on(backup::restore(&other, &manifest_path, None)).expect_err("another database's backup must be refused");
    let msg = err.to_string();
    assert!(matches!(err, BackupError::WrongDatabase { .. }), "{msg}");
    assert!(msg.contains("`main`") && msg.contains("`billing`") && msg.contains(&manifest_path.display().to_string()), "{msg}");
    assert_no_password(&msg);
    assert_eq!(db.strings("SELECT count(*)::text FROM items"), ["500"]);

    // the same for a manifest edited to claim another database
    let text = std::fs::read_to_string(&manifest_path).expect("read").replace("\"database\": \"main\"", "\"database\": \"billing\"");
    std::fs::write(&manifest_path, text).expect("write");
    let err = block_on(backup::restore(&t, &manifest_path, None)).expect_err("edited manifest");
    assert!(matches!(err, BackupError::WrongDatabase { .. }), "{err}");

    // and a manifest that is not one
    std::fs::write(&manifest_path, "{\"database\": \"main\"}").expect("write");
    let msg = block_on(backup::restore(&t, &manifest_path, None)).expect_err("bad manifest").to_string();
    assert!(msg.contains(&manifest_path.display().to_string()) && msg.contains("not a provision backup manifest"), "{msg}");
}

/// A stand-in for pg_dump: reports `version`, then prints its arguments and
/// whether PGPASSWORD reached it, and fails.
fn fake_bin(dir: &Path, version: &str) {
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) {version}'; exit 0; fi\n\
         echo \"args: $*\" >&2\necho \"PGPASSWORD=${{PGPASSWORD:+set}} PGSSLMODE=$PGSSLMODE\" >&2\nexit 3\n"
    );
    let path = dir.join("pg_dump");
    std::fs::write(&path, script).expect("write fake pg_dump");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// Another test thread forking while the script was open for writing makes
/// exec fail with ETXTBSY for a moment.
fn backup_retrying(t: &DatabaseTarget, out: &Path, bin: &Path) -> BackupError {
    for _ in 0..5 {
        let err = block_on(backup::backup(t, out, Some(bin))).expect_err("the fake pg_dump fails");
        if !err.to_string().contains("Text file busy") {
            return err;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("the fake pg_dump stayed busy");
}

#[test]
fn the_password_reaches_pg_dump_only_through_its_environment() {
    let db = TestDb::new("backup_secret");
    let t = target_for(&db, "main");
    let bin = tempfile::tempdir().expect("tempdir");
    fake_bin(bin.path(), "99.1");
    let out = tempfile::tempdir().expect("tempdir");
    let err = backup_retrying(&t, out.path(), bin.path());
    let msg = err.to_string();
    assert!(matches!(err, BackupError::ToolFailed { .. }), "{msg}");
    assert!(msg.contains("args: --format=custom"), "shows the tool's stderr: {msg}");
    assert!(msg.contains("PGPASSWORD=set PGSSLMODE=disable"), "password and sslmode go through the environment: {msg}");
    assert!(msg.contains(&format!("--dbname=postgres://postgres@127.0.0.1:{}/{}", cluster().port(), db.name)), "{msg}");
    assert_no_password(&msg);
    assert_no_password(&format!("{err:?}"));
    let left: Vec<_> = std::fs::read_dir(out.path()).expect("out").filter_map(Result::ok).map(|e| e.file_name()).collect();
    assert!(left.is_empty(), "a failed backup leaves nothing behind: {left:?}");
}

#[test]
fn a_pg_dump_older_than_the_server_is_refused() {
    let db = TestDb::new("backup_old_tool");
    let t = target_for(&db, "main");
    let bin = tempfile::tempdir().expect("tempdir");
    fake_bin(bin.path(), "9.6.24");
    let out = tempfile::tempdir().expect("tempdir");
    let err = backup_retrying(&t, out.path(), bin.path());
    let msg = err.to_string();
    assert!(matches!(err, BackupError::ToolTooOld { .. }), "{msg}");
    assert!(msg.contains("9.6.24") && msg.contains("older than the server"), "{msg}");
    assert!(msg.contains(&bin.path().join("pg_dump").display().to_string()), "{msg}");
    assert_no_password(&msg);

    let empty = tempfile::tempdir().expect("tempdir");
    let msg = block_on(backup::backup(&t, out.path(), Some(empty.path()))).expect_err("no pg_dump there").to_string();
    assert!(msg.contains("pg_dump not found") && msg.contains(&empty.path().display().to_string()), "{msg}");
}

#[test]
fn a_restore_blocked_by_a_busy_table_fails_after_lock_timeout_and_changes_nothing() {
    let (db, t, _out, manifest_path) = small_backup("backup_busy");
    db.exec("INSERT INTO items VALUES (9999, 'after the backup')").expect("insert");
    let t = DatabaseTarget { lock_timeout: "300ms".into(), ..t };
    let err = block_on(async {
        // An application reading the table in an open transaction.
        let app = provision::db::connect(&db.url, Duration::from_secs(10)).await.expect("connect");
        app.batch_execute("BEGIN; SELECT count(*) FROM items;").await.expect("hold a lock");
        let result = backup::restore(&t, &manifest_path, None).await;
        app.batch_execute("ROLLBACK").await.expect("release");
        result.expect_err("the restore cannot take the table's lock")
    });
    let msg = err.to_string();
    assert!(matches!(err, BackupError::LockWait { .. }), "{msg}");
    assert!(msg.contains("waited 300ms for a lock held by pid ") && msg.contains("(application `provision`, user postgres)"), "{msg}");
    assert!(msg.contains("nothing was changed"), "{msg}");
    assert_no_password(&msg);
    assert_eq!(db.strings("SELECT count(*)::text FROM items"), ["501"], "the single transaction left everything as it was");
}
