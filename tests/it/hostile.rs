//! Hostile names and values through the whole tool (YAML → validate → render
//! → apply on a real database): a name is either refused with a positioned
//! diagnostic (exit 2), or it arrives in the catalog exactly as written and
//! nothing else runs. Values full of SQL metacharacters arrive verbatim. And
//! tampering with a migration directory (an edited or deleted migration, a
//! broken provision.sum, a hand-edited snapshot) is caught, naming the file.

use crate::harness::*;
use std::path::Path;

/// Names that try to end a quoted identifier, a literal, a statement or a
/// comment; look-alikes; and the 63/64-byte boundary (NAMEDATALEN).
fn hostile_names() -> Vec<String> {
    vec![
        r#"q"uote"#.into(),
        "it's".into(),
        r"back\slash".into(),
        "semi;colon".into(),
        "dollar$$quote".into(),
        "dash--comment".into(),
        "slash/*comment".into(),
        r#"x"; DROP TABLE victim; --"#.into(),
        "\u{0430}pp_cyrillic_a".into(),
        "zero\u{200b}width".into(),
        "Upper_Case".into(),
        "n".repeat(63),
        "n".repeat(64),
        format!("{}é", "n".repeat(61)),
    ]
}

/// YAML double-quoted scalar (JSON's string syntax is valid YAML).
fn q(s: &str) -> String {
    serde_json::to_string(s).expect("json string")
}

const SLOTS: [&str; 5] = ["table", "column", "index", "policy", "role"];

/// A module where `slot` carries `name` and every other name is plain.
fn module_with(slot: &str, name: &str, role_prefix: &str) -> String {
    let pick = |s: &str, plain: &str| if s == slot { q(name) } else { plain.to_string() };
    let (table, column, index, policy) =
        (pick("table", "items"), pick("column", "label"), pick("index", "items_label_idx"), pick("policy", "items_read"));
    let role = if slot == "role" { q(name) } else { format!("{role_prefix}_reader") };
    format!(
        "module: app\nschema: app\nroles:\n  {role}: {{}}\ntables:\n  {table}:\n    columns:\n      id: {{ type: bigint, pk: true }}\n      {column}: text?\n    indexes:\n      - {{ name: {index}, columns: [{column}] }}\n    rls:\n      enable: true\n      policies:\n        {policy}:\n          command: select\n          roles: [{role}]\n          using: \"true\"\n"
    )
}

/// The catalog query that finds exactly `name` in `slot` (compared as text, byte for byte).
fn catalog_probe(slot: &str) -> &'static str {
    match slot {
        "table" => "SELECT count(*)::text FROM pg_class WHERE relnamespace = 'app'::regnamespace AND relkind = 'r' AND relname = $N",
        "column" => "SELECT count(*)::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'app'::regnamespace AND c.relkind = 'r' AND attname = $N",
        "index" => "SELECT count(*)::text FROM pg_class WHERE relnamespace = 'app'::regnamespace AND relkind = 'i' AND relname = $N",
        "policy" => "SELECT count(*)::text FROM pg_policy WHERE polname = $N",
        _ => "SELECT count(*)::text FROM pg_roles WHERE rolname = $N",
    }
}

fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

#[test]
fn hostile_names_are_refused_with_a_position_or_arrive_exactly() {
    let (mut refused, mut accepted) = (Vec::new(), Vec::new());
    for (i, name) in hostile_names().iter().enumerate() {
        for slot in SLOTS {
            let role_prefix = format!("hostile_{}_{i}_{slot}", std::process::id());
            let module = module_with(slot, name, &role_prefix);
            let dir = project(&[
                ("provision.yaml", "project: hostile\ndatabases:\n  main:\n    modules: [app]\n"),
                ("schemas/app.yaml", &module),
            ]);
            let (_, diags) = provision::load_and_compile(dir.path());
            let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
            if !errors.is_empty() {
                for d in &errors {
                    assert!(d.pos.as_ref().is_some_and(|p| p.file.ends_with("app.yaml") && p.line > 0), "{slot} {name:?}: {d}");
                }
                let out = run(&["--project", &dir.path().to_string_lossy(), "validate"]);
                assert_eq!(out.status.code(), Some(2), "{slot} {name:?}: validate refuses with exit 2: {:?}", text(&out));
                assert!(!dir.path().join("migrations").exists());
                refused.push(format!("{slot} {name:?}"));
                continue;
            }
            // accepted: it must apply, and name exactly one object of that kind, with nothing extra run
            render(dir.path(), "init");
            let db = TestDb::new("hostile_name");
            db.exec("CREATE TABLE public.victim (id int)").expect("victim");
            let mdir = dir.path().join("migrations/main");
            db.apply_file(&mdir.join("V0001__init.sql")).unwrap_or_else(|e| panic!("{slot} {name:?}: accepted but does not apply: {e}"));
            let probe = catalog_probe(slot).replace("$N", &literal(name));
            assert_eq!(db.strings(&probe), vec!["1"], "{slot} {name:?}: not in the catalog exactly as written");
            assert_eq!(db.strings("SELECT count(*)::text FROM pg_class WHERE relname = 'victim'"), vec!["1"], "{slot} {name:?}");
            assert_eq!(
                db.strings("SELECT count(*)::text FROM pg_class WHERE relnamespace = 'app'::regnamespace AND relkind = 'r'"),
                vec!["1"],
                "{slot} {name:?}: exactly the one table"
            );
            db.apply_file(&mdir.join("V0001__init.down.sql")).unwrap_or_else(|e| panic!("{slot} {name:?}: down: {e}"));
            accepted.push(format!("{slot} {name:?}"));
        }
    }
    eprintln!("hostile names: {} refused with a position, {} accepted and applied exactly: {accepted:?}", refused.len(), accepted.len());
    assert!(refused.iter().any(|r| r.contains(&"n".repeat(64))), "a 64-byte name is refused, not truncated by the server");
    assert_eq!(accepted.iter().filter(|a| a.contains(&"n".repeat(63))).count(), SLOTS.len(), "a 63-byte name fits every slot");
}

#[test]
fn hostile_values_in_defaults_comments_enums_checks_and_rows_arrive_verbatim() {
    let dir = case_project(&repo_root().join("tests/render/cases/hostile_values.yaml"));
    render(dir.path(), "init");
    let db = TestDb::new("hostile_values");
    db.exec("CREATE TABLE public.x (id int)").expect("x");
    let mdir = dir.path().join("migrations/main");
    db.apply_file(&mdir.join("V0001__init.sql")).expect("apply");
    let one = |sql: &str| db.strings(sql).into_iter().next().unwrap_or_default();
    assert_eq!(one("SELECT count(*)::text FROM pg_class WHERE oid = 'public.x'::regclass"), "1", "x is still there");
    assert_eq!(
        db.strings("SELECT enumlabel::text FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'hostile_label' ORDER BY enumsortorder"),
        vec!["it's", "semi;colon", "$$dollar$$", "-- dashes", r"back\slash", "*/ star", "'); DROP TABLE x; --"]
    );
    assert_eq!(one("SELECT obj_description('hostile_values'::regnamespace, 'pg_namespace')"), r"Schema comment: it's; $$ -- \ */ /* done");
    assert_eq!(
        one("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = 'hostile_values_role'"),
        r"Role comment; DROP ROLE postgres; -- it's \ */"
    );
    assert_eq!(
        one("SELECT obj_description('hostile_values.samples'::regclass, 'pg_class')"),
        "Table comment over\ntwo lines; with 'quotes', $$, --, \\ and */."
    );
    assert_eq!(one("SELECT col_description('hostile_values.samples'::regclass, 3)"), r"Column comment: it's; $$ -- \ */");
    // defaults: the label's applies to a new row; the note's (which its own check refuses) is stored as written
    db.exec("INSERT INTO hostile_values.samples (code, note) VALUES ('fresh', 'n')").expect("insert with defaults");
    assert_eq!(one("SELECT label::text FROM hostile_values.samples WHERE code = 'fresh'"), "it's");
    assert_eq!(
        one("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'hostile_values.samples'::regclass AND adnum = 3"),
        r"'default; -- it''s $$ \ */'::text"
    );
    assert_eq!(one("SELECT hostile_values.hostile_text()"), r"contains $body$ and $$ and -- and 'quotes' and \ and */");
    assert_eq!(one("SELECT label::text FROM hostile_values.samples WHERE code = E'multi\\nline'"), "'); DROP TABLE x; --");
    assert_eq!(one("SELECT note FROM hostile_values.samples WHERE code = 'back\\slash'"), r"C:\temp\new");
    // the check holds against the value it names
    let sneaky = db.exec("INSERT INTO hostile_values.samples (code, note) VALUES ('c', 'x''; DROP TABLE hostile_values.samples; --')");
    assert!(sneaky.is_err_and(|e| e.contains("note_not_sneaky")), "the check compares with the literal as written");
    assert_eq!(
        one("SELECT string_agg(relname::text, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 'hostile_values'::regnamespace AND relkind IN ('r', 'v')"),
        "sample_notes,samples",
        "exactly the declared table and view"
    );
    db.exec("DELETE FROM hostile_values.samples WHERE code = 'fresh'").expect("cleanup");
    // (apply_file takes the script lock: the role it drops is cluster-wide)
    db.apply_file(&mdir.join("V0001__init.down.sql")).expect("down");
    assert_eq!(one("SELECT count(*)::text FROM pg_class WHERE oid = 'public.x'::regclass"), "1");
}

// ---- tampering ----

/// A two-migration project applied to a fresh database; returns the dir and the database.
fn applied_project(name: &str) -> (tempfile::TempDir, TestDb) {
    let manifest = format!("project: {name}\ndatabases:\n  main:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      main: {{ url_env: TEST_DB_URL }}\n");
    let dir = project(&[
        ("provision.yaml", &manifest),
        ("schemas/app.yaml", "module: app\nschema: app\ntables:\n  a:\n    columns:\n      id: { type: bigint, pk: true }\n"),
    ]);
    render(dir.path(), "one");
    std::fs::write(
        dir.path().join("schemas/app.yaml"),
        "module: app\nschema: app\ntables:\n  a:\n    columns:\n      id: { type: bigint, pk: true }\n  b:\n    columns:\n      id: { type: bigint, pk: true }\n",
    )
    .expect("write");
    render(dir.path(), "two");
    let db = TestDb::new(name);
    let out = cmd(dir.path(), &db, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    (dir, db)
}

fn cmd(dir: &Path, db: &TestDb, args: &[&str]) -> std::process::Output {
    bin().arg("--project").arg(dir).args(args).env("TEST_DB_URL", &db.url).env_remove("DATABASE_URL").output().expect("run provision")
}

/// `args` exits with `code` and its output says each of `needles` (the file, the problem).
fn detects(dir: &Path, db: &TestDb, args: &[&str], code: i32, needles: &[&str]) {
    let out = cmd(dir, db, args);
    let (o, e) = text(&out);
    assert_eq!(out.status.code(), Some(code), "{args:?}:\n{o}\n{e}");
    for n in needles {
        assert!(o.contains(n) || e.contains(n), "{args:?} does not say {n}:\n{o}\n{e}");
    }
}

#[test]
fn an_applied_migration_edited_with_a_matching_sum_is_refused_by_apply_and_reported_by_status() {
    let (dir, db) = applied_project("tamper_edit");
    let mdir = dir.path().join("migrations/main");
    let up = mdir.join("V0002__two.sql");
    let sql = std::fs::read_to_string(&up).expect("read") + "\nCREATE TABLE app.sneaky (id int);\n";
    std::fs::write(&up, sql).expect("edit");
    // a careful tamperer also rewrites the sum: the ledger's checksum still catches it
    provision::migrations::sum::write(&provision::migrations::read(&mdir).expect("read")).expect("sum");
    detects(dir.path(), &db, &["apply", "--target", "test"], 3, &["V0002__two", "changed after it was applied"]);
    detects(dir.path(), &db, &["status", "--target", "test"], 1, &["V0002", "CHANGED"]);
    assert_eq!(db.strings("SELECT count(*)::text FROM pg_class WHERE relname = 'sneaky'"), vec!["0"]);
}

#[test]
fn a_broken_sum_file_is_named_by_render_check_and_apply() {
    let (dir, db) = applied_project("tamper_sum");
    let sum = dir.path().join("migrations/main/provision.sum");
    let text_ = std::fs::read_to_string(&sum).expect("sum");
    let flipped: String = text_.chars().rev().collect();
    std::fs::write(&sum, flipped).expect("break sum");
    detects(dir.path(), &db, &["render", "--check"], 1, &["provision.sum"]);
    let out = cmd(dir.path(), &db, &["apply", "--target", "test"]);
    assert_ne!(out.status.code(), Some(0), "apply refuses a directory whose sum is broken: {:?}", text(&out));
    assert!(text(&out).1.contains("provision.sum"), "{:?}", text(&out));
}

#[test]
fn a_migration_deleted_after_apply_is_named_by_apply_status_and_render_check() {
    let (dir, db) = applied_project("tamper_gone");
    let mdir = dir.path().join("migrations/main");
    for f in ["V0002__two.sql", "V0002__two.down.sql", "V0002__two.snapshot.json"] {
        std::fs::remove_file(mdir.join(f)).expect("remove");
    }
    detects(dir.path(), &db, &["render", "--check"], 1, &["V0002__two.sql"]);
    detects(dir.path(), &db, &["apply", "--target", "test"], 2, &["V0002__two.sql", "provision.sum", "missing"]);
    // with the sum rewritten to match, the ledger still remembers V0002
    provision::migrations::sum::write(&provision::migrations::read(&mdir).expect("read")).expect("sum");
    detects(dir.path(), &db, &["apply", "--target", "test"], 3, &["V0002__two", "missing"]);
    detects(dir.path(), &db, &["status", "--target", "test"], 1, &["V0002", "two"]);
}

#[test]
fn a_hand_edited_snapshot_is_named_by_render_check() {
    let (dir, db) = applied_project("tamper_snap");
    let snap = dir.path().join("migrations/main/V0002__two.snapshot.json");
    let json = std::fs::read_to_string(&snap).expect("snapshot");
    assert!(json.contains("\"b\""), "the snapshot names table b");
    std::fs::write(&snap, json.replacen("\"b\"", "\"c\"", 1)).expect("edit snapshot");
    detects(dir.path(), &db, &["render", "--check"], 1, &["V0002__two.snapshot.json"]);
}
