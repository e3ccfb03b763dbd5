//! The broken-input corpus (tests/diagnostics/cases/<name>/): every project
//! fails validation with exit 2, names its expected code, and prints exactly
//! the snapshotted diagnostics; nothing is written.

use crate::harness::*;

#[test]
fn every_broken_input_gives_its_diagnostics_and_exit_2() {
    let root = repo_root().join("tests/diagnostics/cases");
    let mut cases: Vec<_> =
        std::fs::read_dir(&root).expect("cases dir").filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(cases.len() >= 40, "expected at least 40 broken inputs, found {}", cases.len());
    let mut codes = std::collections::BTreeSet::new();
    for case in cases {
        let name = case.file_name().expect("name").to_string_lossy().to_string();
        let expected = std::fs::read_to_string(case.join("expected_code"))
            .unwrap_or_else(|_| panic!("{name}: missing expected_code"))
            .trim()
            .to_string();
        // validate on a copy, then check render also refuses and writes nothing
        let work = tempfile::tempdir().expect("tempdir");
        copy_tree(&case, work.path());
        let dir = work.path().to_string_lossy().to_string();
        let out = run(&["--project", &dir, "validate"]);
        let (stdout, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{name}: validate should exit 2\nstdout: {stdout}\nstderr: {stderr}");
        assert!(stderr.contains(&format!("[{expected}]")), "{name}: expected a {expected} diagnostic, got:\n{stderr}");
        codes.insert(expected);
        let render = run(&["--project", &dir, "render"]);
        assert_eq!(render.status.code(), Some(2), "{name}: render should exit 2");
        assert!(!work.path().join("migrations").exists(), "{name}: render wrote files although validation failed");
        let shown = stderr.replace(&dir, "[PROJECT]");
        insta::with_settings!({ snapshot_path => "../snapshots/diagnostics", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(name, shown);
        });
    }
    assert!(codes.len() >= 25, "the corpus should cover many distinct codes, covers {}", codes.len());
}

#[test]
fn json_diagnostics_are_machine_readable() {
    let dir = project(&[
        ("provision.yaml", "project: p\ndatabases:\n  main:\n    modules: [app]\n"),
        (
            "schemas/app.yaml",
            "module: app\ntables:\n  t:\n    columns:\n      id: { type: uuid, pk: true, nulable: true }\n      n: txet\n",
        ),
    ]);
    let d = dir.path().to_string_lossy().to_string();
    let out = run(&["--project", &d, "--format", "json", "validate"]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json on stdout");
    let codes: Vec<&str> = v.as_array().expect("array").iter().map(|d| d["code"].as_str().expect("code")).collect();
    assert_eq!(codes, vec!["PS101", "PC204"], "both problems reported at once, in file order");
    assert_eq!(v[0]["pos"]["line"], 5);
    assert_eq!(v[0]["hint"], "did you mean `nullable`?");
}
