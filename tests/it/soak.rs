//! Fault soak: many `provision apply` runs on a two-database target, each
//! interrupted at a random instant (kill -9 of the binary, or the server
//! stopped in immediate mode), then checked: every database is at a whole
//! version, and the next apply finishes the work. Plus ten applies at once.
//! Trial counts come from PROVISION_SOAK_KILLS / PROVISION_SOAK_STOPS
//! (small defaults for CI; `bench/soak.sh` runs the long version), and each
//! trial kind prints a one-line summary.

use crate::harness::*;
use provision::cluster::{Cluster, StopMode, TempCluster};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const DATABASES: [&str; 2] = ["alpha", "beta"];

fn trials(var: &str, default: usize) -> usize {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// splitmix64: a tiny deterministic PRNG, seeded per trial so a failing trial can be replayed.
struct SplitMix(u64);

impl SplitMix {
    fn for_trial(kind: u64, trial: usize) -> SplitMix {
        let base = std::env::var("PROVISION_SOAK_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(0x005e_ed0f_50a4_u64);
        SplitMix(base ^ kind.rotate_left(32) ^ trial as u64)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// The soak project, rendered once: databases `alpha` and `beta` (same
/// modules), four migrations, the third adding indexes CONCURRENTLY to
/// existing tables (so it runs outside a transaction, statement by statement).
struct Soak {
    dir: tempfile::TempDir,
    /// Versions (1-based) that run without a transaction.
    no_tx: BTreeSet<usize>,
    /// Normalized user-schema dump at each version 0..=last.
    at_version: Vec<String>,
}

impl Soak {
    fn last(&self) -> usize {
        self.at_version.len() - 1
    }
}

fn tables(from: usize, to: usize, concurrent_indexes: bool) -> String {
    let mut out = String::new();
    for n in from..=to {
        out.push_str(&format!(
            "  t{n:03}:\n    traits: [uuid_pk, timestamps]\n    columns:\n      name: text\n      qty: {{ type: integer, default: '0', check: qty >= 0 }}\n    indexes:\n      - [name]\n"
        ));
        if concurrent_indexes && n <= 3 {
            out.push_str("      - { columns: [qty], concurrently: true }\n      - { columns: [created_at], concurrently: true }\n");
        }
    }
    out
}

fn soak() -> &'static Soak {
    static SOAK: OnceLock<Soak> = OnceLock::new();
    SOAK.get_or_init(|| {
        let manifest = "project: soak\ndatabases:\n  alpha:\n    modules: [app]\n  beta:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      alpha: { url_env: ALPHA_URL }\n      beta: { url_env: BETA_URL }\n";
        let dir = project(&[("provision.yaml", manifest), ("schemas/app.yaml", "module: app\nschema: app\n")]);
        let steps = [tables(1, 5, false), tables(1, 10, false), tables(1, 10, true), tables(1, 15, true)];
        for (i, t) in steps.iter().enumerate() {
            std::fs::write(dir.path().join("schemas/app.yaml"), format!("module: app\nschema: app\ntables:\n{t}")).expect("write");
            render(dir.path(), &format!("step {}", i + 1));
        }
        let migs = provision::migrations::read(&dir.path().join("migrations/alpha")).expect("read");
        assert_eq!(migs.migrations.len(), 4, "four migrations");
        let no_tx: BTreeSet<usize> = migs
            .migrations
            .iter()
            .filter(|m| std::fs::read_to_string(&m.up).expect("up").contains("CREATE INDEX CONCURRENTLY"))
            .map(|m| m.version as usize)
            .collect();
        assert_eq!(no_tx, BTreeSet::from([3]), "the third migration builds its indexes concurrently");
        // the catalog each version should leave, from applies stopped at that version
        let (reference, other) = (TestDb::new("soakref"), TestDb::new("soakref"));
        let mut at_version = vec![reference.user_schema()];
        for v in 1..=migs.migrations.len() {
            let out = apply_cmd(dir.path(), &[&reference.url, &other.url]).args(["--to", &v.to_string()]).output().expect("apply");
            assert!(out.status.success(), "reference apply to {v}: {:?}", text(&out));
            at_version.push(reference.user_schema());
        }
        Soak { dir, no_tx, at_version }
    })
}

fn apply_cmd(dir: &Path, urls: &[&str; 2]) -> std::process::Command {
    let mut cmd = bin();
    cmd.arg("--project").arg(dir).args(["apply", "--target", "test"]).env_remove("DATABASE_URL");
    for (db, url) in DATABASES.iter().zip(urls) {
        cmd.env(format!("{}_URL", db.to_uppercase()), url);
    }
    cmd
}

fn spawn_apply(urls: &[&str; 2]) -> Child {
    apply_cmd(soak().dir.path(), urls).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn apply")
}

/// One database under test, on the shared cluster or a trial's own.
struct Target<'c> {
    cluster: &'c Cluster,
    name: String,
}

impl Target<'_> {
    fn url(&self) -> String {
        self.cluster.url(&self.name)
    }

    fn strings(&self, sql: &str) -> Result<Vec<String>, String> {
        strings_at(&self.url(), sql)
    }

    /// Waits until no other session works in this database: a killed client's
    /// backend may still be finishing a CREATE INDEX CONCURRENTLY.
    fn quiesce(&self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let busy = self.strings(&format!(
                "SELECT count(*)::text FROM pg_stat_activity WHERE datname = '{}' AND pid <> pg_backend_pid() AND state <> 'idle'",
                self.name
            ))?;
            if busy[0] == "0" {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("{}: sessions still busy after 60s", self.name));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The ledger as (version, state) rows; empty before the first apply.
    fn ledger(&self) -> Result<Vec<(usize, String)>, String> {
        if self.strings("SELECT (to_regclass('provision.schema_history') IS NOT NULL)::text")?[0] != "true" {
            return Ok(Vec::new());
        }
        let rows = self.strings("SELECT version || ' ' || state FROM provision.schema_history ORDER BY version")?;
        rows.iter()
            .map(|r| {
                let (v, s) = r.split_once(' ').ok_or_else(|| format!("ledger row {r:?}"))?;
                Ok((v.parse().map_err(|e| format!("ledger version {v:?}: {e}"))?, s.to_string()))
            })
            .collect()
    }

    fn user_schema(&self) -> String {
        dump_schema(self.cluster, &self.name, &["--exclude-schema=provision"])
    }

    /// After an interruption: the ledger is 1..=v applied, plus at most a
    /// `partial` row for a no-tx v+1; the catalog is that of version v, or for
    /// a no-tx v+1 between v and v+1 (some of its indexes built). Returns v and
    /// whether v+1 was partly done.
    fn whole_version(&self, s: &Soak) -> Result<(usize, bool), String> {
        let ledger = self.ledger()?;
        let applied: Vec<usize> = ledger.iter().filter(|(_, st)| st == "applied").map(|(v, _)| *v).collect();
        let v = applied.len();
        if applied != (1..=v).collect::<Vec<_>>() {
            return Err(format!("{}: applied versions {applied:?} are not 1..={v}", self.name));
        }
        let others: Vec<&(usize, String)> = ledger.iter().filter(|(_, st)| st != "applied").collect();
        let partial = match others.as_slice() {
            [] => false,
            [(pv, st)] if st == "partial" && *pv == v + 1 && s.no_tx.contains(pv) => true,
            _ => return Err(format!("{}: unexpected ledger rows {others:?} after version {v}", self.name)),
        };
        let live = self.user_schema();
        if live == s.at_version[v] {
            return Ok((v, partial));
        }
        if s.no_tx.contains(&(v + 1)) {
            let lines = |d: &str| d.lines().map(str::to_string).collect::<BTreeSet<String>>();
            let (lo, hi, now) = (lines(&s.at_version[v]), lines(&s.at_version[v + 1]), lines(&live));
            if lo.is_subset(&now) && now.is_subset(&hi) {
                return Ok((v, true));
            }
        }
        Err(format!("{}: the catalog is not that of version {v}", self.name))
    }

    /// After a finishing apply: every migration recorded once as applied, no
    /// INVALID index, the catalog of the last version.
    fn finished(&self, s: &Soak) -> Result<(), String> {
        let ledger = self.ledger()?;
        let want: Vec<(usize, String)> = (1..=s.last()).map(|v| (v, "applied".to_string())).collect();
        if ledger != want {
            return Err(format!("{}: ledger {ledger:?}, expected every version applied once", self.name));
        }
        let invalid = self.strings("SELECT count(*)::text FROM pg_index WHERE NOT indisvalid")?;
        if invalid[0] != "0" {
            return Err(format!("{}: {} INVALID index(es)", self.name, invalid[0]));
        }
        if self.user_schema() != s.at_version[s.last()] {
            return Err(format!("{}: the catalog is not that of the last version", self.name));
        }
        Ok(())
    }
}

fn new_databases<'c>(c: &'c Cluster, prefix: &str, trial: usize) -> [Target<'c>; 2] {
    DATABASES.map(|db| {
        let name = format!("{prefix}_{db}_{}_{trial}", std::process::id());
        exec_at(&c.url("postgres"), &format!("CREATE DATABASE \"{name}\"")).expect("create database");
        Target { cluster: c, name }
    })
}

fn drop_databases(dbs: &[Target]) {
    for db in dbs {
        let _ = exec_at(&db.cluster.url("postgres"), &format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", db.name));
    }
}

/// When, after its start, a clean apply on `c` creates its first ledger and
/// when the process ends, in ms: interruptions land across that span, not in
/// the process start-up before any database is touched.
fn clean_apply_window(c: &Cluster, prefix: &str) -> (u64, u64) {
    let dbs = new_databases(c, prefix, 9999);
    let t0 = Instant::now();
    let mut child = spawn_apply(&[&dbs[0].url(), &dbs[1].url()]);
    let mut first_ledger = None;
    let status = loop {
        if let Some(st) = child.try_wait().expect("try_wait") {
            break st;
        }
        if first_ledger.is_none() && dbs.iter().any(|db| db.ledger().is_ok_and(|l| !l.is_empty())) {
            first_ledger = Some(t0.elapsed().as_millis() as u64);
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let end = t0.elapsed().as_millis() as u64;
    assert!(status.success(), "clean apply: {:?}", text(&child.wait_with_output().expect("output")));
    drop_databases(&dbs);
    let start = first_ledger.unwrap_or(0).min(end.saturating_sub(1));
    (start, end.max(start + 1))
}

/// A delay in [start, end) of the measured window, from the trial's PRNG.
fn instant_in((start, end): (u64, u64), rng: &mut SplitMix) -> Duration {
    // a little before the ledger appears too: the connect and lock phase
    let from = start * 3 / 4;
    Duration::from_millis(from + rng.next() % (end - from))
}

/// Checks the databases after an interruption, resumes, checks again.
/// Returns whether the interruption landed mid-apply.
fn check_and_resume(dbs: &[Target; 2], s: &Soak) -> Result<bool, String> {
    let mut midway = false;
    let mut versions = Vec::new();
    for db in dbs {
        db.quiesce()?;
        let (v, partial) = db.whole_version(s)?;
        midway |= partial || (v > 0 && v < s.last());
        versions.push(v);
    }
    midway |= versions[0] != versions[1];
    let out = apply_cmd(s.dir.path(), &[&dbs[0].url(), &dbs[1].url()]).output().expect("resume");
    if !out.status.success() {
        return Err(format!("the next apply failed: {:?}", text(&out)));
    }
    for db in dbs {
        db.finished(s)?;
    }
    Ok(midway)
}

fn summary(kind: &str, trials: usize, midway: usize, failures: &[String], t0: Instant) {
    eprintln!(
        "\nsoak {kind}: {trials} trials, {midway} interrupted mid-apply, {} corrupted, {:.1}s",
        failures.len(),
        t0.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{kind}: {} of {trials} trial(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn soak_kill_9_at_random_instants_leaves_whole_versions() {
    let s = soak();
    let n = trials("PROVISION_SOAK_KILLS", 12);
    let window = clean_apply_window(cluster(), "soakprobe");
    let t0 = Instant::now();
    let (mut midway, mut failures) = (0, Vec::new());
    for trial in 0..n {
        let dbs = new_databases(cluster(), "soakkill", trial);
        let delay = instant_in(window, &mut SplitMix::for_trial(1, trial));
        let mut child = spawn_apply(&[&dbs[0].url(), &dbs[1].url()]);
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        match check_and_resume(&dbs, s) {
            Ok(m) => midway += usize::from(m),
            Err(e) => failures.push(format!("trial {trial} (kill after {delay:?}): {e}")),
        }
        if failures.is_empty() {
            drop_databases(&dbs);
        }
    }
    summary(&format!("kill -9 (apply window {window:?} ms)"), n, midway, &failures, t0);
    assert!(midway * 4 >= n, "only {midway} of {n} kills landed mid-apply (apply window: {window:?} ms); the soak exercises nothing");
}

#[test]
fn soak_server_stopped_at_random_instants_leaves_whole_versions() {
    let s = soak();
    let n = trials("PROVISION_SOAK_STOPS", 3);
    let c = TempCluster::start(provision::cluster::ClusterOptions::for_tests()).expect("cluster");
    let window = clean_apply_window(&c, "soakstopprobe");
    let t0 = Instant::now();
    let (mut midway, mut failures) = (0, Vec::new());
    for trial in 0..n {
        let dbs = new_databases(&c, "soakstop", trial);
        let delay = instant_in(window, &mut SplitMix::for_trial(2, trial));
        let mut child = spawn_apply(&[&dbs[0].url(), &dbs[1].url()]);
        std::thread::sleep(delay);
        c.stop(StopMode::Immediate).expect("stop");
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(st) = child.try_wait().expect("try_wait") {
                break Some(st);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                break None;
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let out = child.wait_with_output().expect("output");
        c.start().expect("restart");
        let result = match status.and_then(|st| st.code()) {
            Some(0) | Some(3) => check_and_resume(&dbs, s),
            code => Err(format!("apply ended with {code:?} instead of 0 or 3: {:?}", text(&out))),
        };
        match result {
            Ok(m) => midway += usize::from(m),
            Err(e) => failures.push(format!("trial {trial} (stop after {delay:?}): {e}")),
        }
        if failures.is_empty() {
            drop_databases(&dbs);
        }
    }
    summary(&format!("server stop -m immediate (apply window {window:?} ms)"), n, midway, &failures, t0);
}

#[test]
fn soak_ten_concurrent_applies_run_each_migration_exactly_once() {
    let s = soak();
    let t0 = Instant::now();
    let dbs = new_databases(cluster(), "soakconc", 0);
    let children: Vec<Child> = (0..10)
        .map(|_| {
            apply_cmd(s.dir.path(), &[&dbs[0].url(), &dbs[1].url()])
                .args(["--format", "json"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut failures = Vec::new();
    let mut runs = [0usize; 2];
    for (i, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().expect("wait");
        if !out.status.success() {
            failures.push(format!("apply {i} failed: {:?}", text(&out)));
            continue;
        }
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json summary");
        for row in v.as_array().expect("rows") {
            let k = DATABASES.iter().position(|d| row["database"] == *d).expect("known database");
            runs[k] += row["applied"].as_array().map_or(0, Vec::len);
        }
    }
    for (k, db) in dbs.iter().enumerate() {
        if runs[k] != s.last() {
            failures.push(format!("{}: {} migration runs in total, expected {}", DATABASES[k], runs[k], s.last()));
        }
        if let Err(e) = db.finished(s) {
            failures.push(e);
        }
    }
    summary("10 concurrent applies", 1, 0, &failures, t0);
    drop_databases(&dbs);
}
