//! What `provision apply` says when a target fails: exit 3 and one `error:`
//! line that names the logical database, never the password, for each way a
//! connection or a migration can fail on the server's side.

use crate::harness::*;
use provision::cluster::{ClusterOptions, TempCluster};
use std::path::Path;
use std::time::{Duration, Instant};

const SECRET: &str = "Pw-Fault-9931";
/// The logical database; its name appears in no URL, so a message naming it got it from the project.
const LOGICAL: &str = "billing";

/// A project whose database `billing` goes to $BILLING_URL, with extra target
/// keys (`sslmode`, `statement_timeout`, ...) and one table `app.items`.
fn project_for(target_extra: &str) -> tempfile::TempDir {
    let manifest = format!(
        "project: faults\nlock_timeout: 300ms\ndatabases:\n  {LOGICAL}:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      {LOGICAL}: {{ url_env: BILLING_URL }}\n{target_extra}"
    );
    let dir = project(&[
        ("provision.yaml", &manifest),
        ("schemas/app.yaml", "module: app\nschema: app\ntables:\n  items:\n    columns:\n      id: { type: bigint, pk: true }\n"),
    ]);
    render(dir.path(), "init");
    dir
}

/// A hand-written transactional migration V0002 (same snapshot as V0001).
fn add_migration(dir: &Path, name: &str, up: &str) {
    let mdir = dir.join("migrations").join(LOGICAL);
    std::fs::write(mdir.join(format!("V0002__{name}.sql")), up).expect("up");
    std::fs::write(mdir.join(format!("V0002__{name}.down.sql")), "SELECT 1;\n").expect("down");
    std::fs::copy(mdir.join("V0001__init.snapshot.json"), mdir.join(format!("V0002__{name}.snapshot.json"))).expect("snapshot");
    provision::migrations::sum::write(&provision::migrations::read(&mdir).expect("read")).expect("sum");
}

fn apply(dir: &Path, url: &str) -> std::process::Output {
    bin()
        .arg("--project")
        .arg(dir)
        .args(["apply", "--target", "test"])
        .env("BILLING_URL", url)
        .env_remove("DATABASE_URL")
        .output()
        .expect("run provision")
}

/// Exit 3, exactly one `error:` line about the database, naming it and `what`; no password anywhere.
fn expect_target_failure(case: &str, out: &std::process::Output, what: &[&str]) -> String {
    let (stdout, stderr) = text(out);
    assert_eq!(out.status.code(), Some(3), "{case}: exit code\n{stdout}\n{stderr}");
    assert!(!stdout.contains(SECRET) && !stderr.contains(SECRET), "{case}: the password was printed\n{stdout}\n{stderr}");
    let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:") && l.contains(LOGICAL)).collect();
    assert_eq!(lines.len(), 1, "{case}: one error line naming `{LOGICAL}`:\n{stderr}");
    let line = lines[0].to_string();
    for w in what {
        assert!(line.to_lowercase().contains(&w.to_lowercase()), "{case}: the error line does not say `{w}`: {line}");
    }
    line
}

fn with_password(url: &str, user: &str, password: &str) -> String {
    url.replacen("postgres@", &format!("{user}:{password}@"), 1)
}

#[test]
fn connection_refused_names_the_database() {
    let dir = project_for("");
    let url = format!("postgres://postgres:{SECRET}@127.0.0.1:1/faults");
    let line = expect_target_failure("refused", &apply(dir.path(), &url), &["cannot connect", "refused"]);
    assert!(line.contains("postgres:***@"), "shows the masked URL: {line}");
}

#[test]
fn an_unknown_host_names_the_database() {
    let dir = project_for("");
    let url = format!("postgres://postgres:{SECRET}@no-such-host.invalid:5432/faults");
    expect_target_failure("dns", &apply(dir.path(), &url), &["cannot connect", "no-such-host.invalid"]);
}

#[test]
fn tls_required_by_the_target_but_not_offered_names_the_database() {
    let dir = project_for("    sslmode: require\n");
    let db = TestDb::new("fault_tls");
    let url = with_password(&db.url, "postgres", SECRET);
    expect_target_failure("tls", &apply(dir.path(), &url), &["does not offer TLS", "sslmode=require"]);
}

#[test]
fn a_wrong_password_names_the_database() {
    // the shared cluster trusts every local connection; this one asks roles other than postgres for a password
    let hba = "local all all trust\nhost all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n";
    let c = TempCluster::start(ClusterOptions { hba: Some(hba.to_string()), ..ClusterOptions::for_tests() }).expect("cluster");
    block_on(async {
        let admin = provision::db::connect(&c.url("postgres"), Duration::from_secs(10)).await.expect("admin");
        provision::db::execute(&admin, "CREATE ROLE fault_login LOGIN PASSWORD 'the-right-one'", "role").await.expect("role");
    });
    let dir = project_for("");
    let right = with_password(&c.url("postgres"), "fault_login", "the-right-one");
    let status =
        bin().arg("--project").arg(dir.path()).args(["status", "--target", "test"]).env("BILLING_URL", &right).output().expect("status");
    assert!(status.status.success(), "the right password connects: {:?}", text(&status));
    let wrong = with_password(&c.url("postgres"), "fault_login", SECRET);
    expect_target_failure("password", &apply(dir.path(), &wrong), &["password authentication failed", "fault_login"]);
}

#[test]
fn a_statement_timeout_names_the_database_and_the_migration() {
    let dir = project_for("    statement_timeout: 200ms\n");
    add_migration(dir.path(), "slow", "SELECT pg_sleep(5);\n");
    let db = TestDb::new("fault_stmt");
    let t0 = Instant::now();
    let out = apply(dir.path(), &with_password(&db.url, "postgres", SECRET));
    let line = expect_target_failure("statement_timeout", &out, &["V0002__slow", "statement timeout"]);
    assert!(t0.elapsed() < Duration::from_secs(4), "cancelled after 200ms, not after the 5s sleep: {line}");
    assert_eq!(db.strings("SELECT version::text FROM provision.schema_history ORDER BY 1"), vec!["1"], "V0002 is not recorded");
}

#[test]
fn a_lock_timeout_names_the_database_and_the_migration() {
    let dir = project_for("    lock_timeout: 300ms\n");
    let db = TestDb::new("fault_lock");
    assert!(apply(dir.path(), &db.url).status.success());
    add_migration(dir.path(), "add_note", "ALTER TABLE app.items ADD COLUMN note text;\n");
    let rt = provision::db::runtime().expect("runtime");
    let holder = rt.block_on(async {
        let c = provision::db::connect(&db.url, Duration::from_secs(10)).await.expect("connect");
        c.batch_execute("BEGIN; LOCK TABLE app.items IN ACCESS EXCLUSIVE MODE").await.expect("lock");
        c
    });
    let t0 = Instant::now();
    let out = apply(dir.path(), &with_password(&db.url, "postgres", SECRET));
    let line = expect_target_failure("lock_timeout", &out, &["V0002__add_note", "lock timeout"]);
    assert!(t0.elapsed() < Duration::from_secs(10), "gave up after the lock timeout: {line}");
    // the holder's connection is driven by `rt`: dropping both closes it and frees the lock
    drop(holder);
    drop(rt);
    assert_eq!(db.strings("SELECT count(*)::text FROM information_schema.columns WHERE table_name = 'items'"), vec!["1"]);
    assert!(apply(dir.path(), &db.url).status.success(), "applies once the lock is gone");
}
