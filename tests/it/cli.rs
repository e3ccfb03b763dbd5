//! The binary as users run it: init → validate → render → render --check,
//! tamper detection, and determinism.

use crate::harness::*;

fn p(dir: &std::path::Path) -> String {
    dir.to_string_lossy().to_string()
}

#[test]
fn init_validate_render_check_and_apply_with_psql() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let demo = tmp.path().join("demo");
    let out = run(&["init", &p(&demo)]);
    assert!(out.status.success(), "init: {:?}", text(&out));
    let d = p(&demo);
    assert!(run(&["--project", &d, "validate"]).status.success());
    let out = run(&["--project", &d, "render"]);
    assert!(out.status.success(), "render: {:?}", text(&out));
    assert!(demo.join("migrations/main/V0001__init.sql").exists());
    let check = run(&["--project", &d, "render", "--check"]);
    assert_eq!(check.status.code(), Some(0), "{:?}", text(&check));
    let again = run(&["--project", &d, "render"]);
    assert!(text(&again).1.contains("nothing to do"));

    // the migration applies with plain psql, as a user would run it
    let db = TestDb::new("init");
    let c = cluster();
    let _g = script_lock();
    for file in ["V0001__init.sql", "V0001__init.down.sql"] {
        let out = std::process::Command::new("psql")
            .args([
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-1",
                "-h",
                c.host(),
                "-p",
                &c.port().to_string(),
                "-U",
                "postgres",
                "-d",
                &db.name,
                "-f",
            ])
            .arg(demo.join("migrations/main").join(file))
            .output()
            .expect("psql");
        assert!(out.status.success(), "psql {file}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn render_check_names_an_edited_migration_and_render_refuses() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let demo = tmp.path().join("demo");
    assert!(run(&["init", &p(&demo)]).status.success());
    let d = p(&demo);
    assert!(run(&["--project", &d, "render"]).status.success());
    let up = demo.join("migrations/main/V0001__init.sql");
    let mut text_ = std::fs::read_to_string(&up).expect("read");
    text_.push_str("\nDROP TABLE app.projects;\n");
    std::fs::write(&up, text_).expect("write");
    let check = run(&["--project", &d, "render", "--check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(text(&check).1.contains("V0001__init.sql was edited"), "{:?}", text(&check));
    let render = run(&["--project", &d, "render"]);
    assert_eq!(render.status.code(), Some(2));
}

#[test]
fn render_check_reports_a_pending_change_and_render_writes_the_next_version() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let demo = tmp.path().join("demo");
    assert!(run(&["init", &p(&demo)]).status.success());
    let d = p(&demo);
    assert!(run(&["--project", &d, "render"]).status.success());
    let app = demo.join("schemas/app.yaml");
    let mut yaml = std::fs::read_to_string(&app).expect("read");
    yaml = yaml.replace("tables:\n", "tables:\n  labels:\n    traits: [uuid_pk, tenant_scoped]\n    columns:\n      name: text\n");
    std::fs::write(&app, yaml).expect("write");
    let check = run(&["--project", &d, "render", "--check"]);
    assert_eq!(check.status.code(), Some(1), "{:?}", text(&check));
    let out = run(&["--project", &d, "render", "-m", "add labels"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let v2 = demo.join("migrations/main/V0002__add_labels.sql");
    assert!(v2.exists());
    let db = TestDb::new("v2");
    db.apply_file(&demo.join("migrations/main/V0001__init.sql")).expect("v1");
    let after_v1 = db.schema();
    db.apply_file(&v2).expect("v2");
    assert!(db.schema().contains("labels"));
    db.apply_file(&demo.join("migrations/main/V0002__add_labels.down.sql")).expect("v2 down");
    assert_eq!(db.schema(), after_v1, "down of V0002 restores the V0001 catalog");
}

#[test]
fn rendering_the_root_project_twice_gives_identical_bytes() {
    let a = copy_project(&repo_root());
    let b = copy_project(&repo_root());
    let ra = render(a.path(), "init");
    let rb = render(b.path(), "init");
    assert!(!ra.is_empty());
    assert_eq!(ra, rb);
    let sa = std::fs::read_to_string(a.path().join("migrations/platform/provision.sum")).expect("sum");
    let sb = std::fs::read_to_string(b.path().join("migrations/platform/provision.sum")).expect("sum");
    assert_eq!(sa, sb);
}

#[test]
fn committed_root_migrations_match_the_yaml() {
    let root = p(&repo_root());
    let out = run(&["--project", &root, "render", "--check"]);
    assert_eq!(out.status.code(), Some(0), "the committed migrations/ must match schemas/: {:?}", text(&out));
}
