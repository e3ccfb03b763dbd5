//! Snapshot of the SQL each construct and trait renders to (tests/render/cases),
//! and byte-identical output when rendering twice.

use crate::harness::*;

fn render_case(case: &std::path::Path) -> String {
    let dir = case_project(case);
    let out = render(dir.path(), "init");
    let (_, up, down) = out.into_iter().find(|(db, ..)| db == "main").expect("main migration");
    format!("{up}\n-- ======================== down ========================\n{down}")
}

#[test]
fn every_case_renders_to_its_snapshot_and_twice_identically() {
    let cases = files_in(&repo_root().join("tests/render/cases"), "yaml");
    assert!(cases.len() >= 30, "expected at least 30 render cases, found {}", cases.len());
    for case in cases {
        let name = case.file_stem().expect("stem").to_string_lossy().to_string();
        let first = render_case(&case);
        let second = render_case(&case);
        assert_eq!(first, second, "{name}: rendering twice gave different SQL");
        insta::with_settings!({ snapshot_path => "../snapshots/render", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(name, first);
        });
    }
}
