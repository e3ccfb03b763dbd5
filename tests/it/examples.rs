//! Every example project end to end on the test cluster: committed migrations
//! match the YAML, apply, verify clean, seed, verify again, tenant isolation
//! proven, backup and restore, rollback to 0 (refused over data without
//! --allow-data-loss), apply again.

use crate::harness::*;
use std::path::{Path, PathBuf};

fn example_dirs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let root = repo_root().join("examples");
    for e in std::fs::read_dir(&root).expect("examples/").filter_map(Result::ok) {
        let p = e.path();
        if p.join("provision.yaml").exists() {
            out.push(p.clone());
        }
        for sub in std::fs::read_dir(&p).into_iter().flatten().filter_map(Result::ok) {
            if sub.path().join("provision.yaml").exists() {
                out.push(sub.path());
            }
        }
    }
    out.sort();
    out
}

fn run_in(dir: &Path, server: &str, args: &[&str]) -> std::process::Output {
    bin().arg("--project").arg(dir).args(args).env("DATABASE_URL", server).output().expect("run")
}

fn example_end_to_end(src: &Path) {
    let name = src.strip_prefix(repo_root()).unwrap_or(src).display().to_string();
    // work on a copy: .provision/ and backups/ must not land in the repository
    let work = tempfile::tempdir().expect("tempdir");
    copy_tree(src, work.path());
    let dir = work.path();
    let server = cluster().url("postgres");
    let check = run_in(dir, &server, &["render", "--check"]);
    assert_eq!(check.status.code(), Some(0), "{name}: render --check: {:?}", text(&check));
    let _g = script_lock();
    let apply = run_in(dir, &server, &["apply"]);
    assert!(apply.status.success(), "{name}: apply: {:?}", text(&apply));
    let verify = run_in(dir, &server, &["verify"]);
    assert_eq!(verify.status.code(), Some(0), "{name}: verify: {:?}", text(&verify));
    let seed = run_in(dir, &server, &["seed", "--tenants", "2", "--rows", "5"]);
    assert!(seed.status.success(), "{name}: seed: {:?}", text(&seed));
    let verify = run_in(dir, &server, &["verify"]);
    assert_eq!(verify.status.code(), Some(0), "{name}: verify after seed: {:?}", text(&verify));
    let iso = run_in(dir, &server, &["verify", "--isolation"]);
    assert_eq!(iso.status.code(), Some(0), "{name}: verify --isolation: {:?}", text(&iso));
    let bk = dir.join("bk");
    let backup = run_in(dir, &server, &["backup", "--out", &bk.to_string_lossy()]);
    assert!(backup.status.success(), "{name}: backup: {:?}", text(&backup));
    let restore = run_in(dir, &server, &["restore", "--from", &bk.to_string_lossy()]);
    assert!(restore.status.success(), "{name}: restore: {:?}", text(&restore));
    assert_eq!(run_in(dir, &server, &["verify"]).status.code(), Some(0), "{name}: verify after restore");
    // seeded rows are data: rolling back to 0 needs the explicit flag
    let refused = run_in(dir, &server, &["rollback", "--to", "0"]);
    assert_eq!(refused.status.code(), Some(1), "{name}: rollback over seeded data must be refused: {:?}", text(&refused));
    let rb = run_in(dir, &server, &["rollback", "--to", "0", "--allow-data-loss"]);
    assert!(rb.status.success(), "{name}: rollback to 0: {:?}", text(&rb));
    let again = run_in(dir, &server, &["apply"]);
    assert!(again.status.success(), "{name}: apply again: {:?}", text(&again));
}

#[test]
fn every_example_provisions_end_to_end() {
    let dirs = example_dirs();
    assert!(dirs.len() >= 4, "expected the example projects, found {dirs:?}");
    for d in dirs {
        example_end_to_end(&d);
    }
}
