//! Schema evolution on a real cluster: for each scenario (model v1 → v2),
//! (a) applying v1 then the rendered v2 migration gives the catalog of a fresh
//! v2, (b) v2's down script gives back the catalog of v1, and (c) rendering
//! again finds nothing to do. Plus: rows survive the changes that keep data.

use crate::harness::*;
use std::path::Path;

const MANIFEST: &str =
    "project: evo\ndatabases:\n  main:\n    modules: [app]\ntargets:\n  test:\n    databases:\n      main: { url_env: TEST_DB_URL }\n";

fn write_module(dir: &Path, yaml: &str) {
    std::fs::write(dir.join("schemas/app.yaml"), yaml).expect("write module");
}

fn cli(dir: &Path, url: &str, args: &[&str]) -> std::process::Output {
    bin().arg("--project").arg(dir).args(args).env("TEST_DB_URL", url).output().expect("run")
}

fn scenario(name: &str, v1: &str, v2: &str) {
    let dir = project(&[("provision.yaml", MANIFEST), ("schemas/app.yaml", v1)]);
    let out = cli(dir.path(), "", &["render", "-m", "v1"]);
    assert!(out.status.success(), "{name}: render v1: {:?}", text(&out));
    write_module(dir.path(), v2);
    let out = cli(dir.path(), "", &["render", "-m", "v2"]);
    assert!(out.status.success(), "{name}: render v2: {:?}", text(&out));
    assert!(dir.path().join("migrations/main/V0002__v2.sql").exists(), "{name}: v2 rendered nothing");
    // (c) the YAML and the migrations agree
    let check = cli(dir.path(), "", &["render", "--check"]);
    assert_eq!(check.status.code(), Some(0), "{name}: render --check after v2: {:?}", text(&check));

    let _g = script_lock();
    let db = TestDb::new("evo");
    assert!(cli(dir.path(), &db.url, &["apply", "--target", "test", "--to", "1"]).status.success(), "{name}: apply v1");
    let at_v1 = db.user_schema();
    let out = cli(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{name}: apply v2: {:?}", text(&out));
    let after = db.user_schema();

    // (a) same catalog as a fresh render of v2
    let fresh = project(&[("provision.yaml", MANIFEST), ("schemas/app.yaml", v2)]);
    assert!(cli(fresh.path(), "", &["render", "-m", "v2"]).status.success());
    let db2 = TestDb::new("evofresh");
    assert!(cli(fresh.path(), &db2.url, &["apply", "--target", "test"]).status.success(), "{name}: fresh v2");
    assert_eq!(after, db2.user_schema(), "{name}: v1 + migration differs from a fresh v2");
    let verify = cli(dir.path(), &db.url, &["verify", "--target", "test"]);
    assert_eq!(verify.status.code(), Some(0), "{name}: verify after v2: {:?}", text(&verify));

    // (b) the down script restores v1
    let out = cli(dir.path(), &db.url, &["rollback", "--target", "test", "--steps", "1", "--allow-data-loss"]);
    assert!(out.status.success(), "{name}: rollback: {:?}", text(&out));
    assert_eq!(db.user_schema(), at_v1, "{name}: rollback of v2 did not restore v1");
}

const BASE: &str = "module: app\nschema: app\ntables:\n  items:\n    columns:\n      id: { type: bigint, pk: true }\n      name: varchar(50)\n      qty: integer?\n      note: text?\n";

fn v2(extra: &str) -> String {
    format!("{BASE}{extra}")
}

#[test]
fn column_changes() {
    scenario("add nullable column", BASE, &v2("      color: text?\n"));
    scenario("add column with default", BASE, &v2("      active: { type: boolean, default: 'true' }\n"));
    scenario("drop column", &v2("      color: text?\n"), BASE);
    scenario("widen varchar", BASE, &BASE.replace("varchar(50)", "varchar(200)"));
    scenario("integer to bigint", BASE, &BASE.replace("qty: integer?", "qty: bigint?"));
    scenario("set default", BASE, &BASE.replace("qty: integer?", "qty: { type: integer, nullable: true, default: '0' }"));
    scenario("set not null", BASE, &BASE.replace("note: text?", "note: text"));
    scenario("drop not null", BASE, &BASE.replace("name: varchar(50)", "name: varchar(50)?"));
    scenario("column comment", BASE, &BASE.replace("note: text?", "note: { type: text, nullable: true, comment: free text }"));
    scenario("rename column", BASE, &BASE.replace("note: text?", "remark: { type: text, nullable: true, renamed_from: note }"));
}

#[test]
fn table_level_changes() {
    scenario("rename table", BASE, &BASE.replace("  items:\n", "  products:\n    renamed_from: items\n"));
    scenario("add check", BASE, &v2("    checks:\n      qty_positive: qty >= 0\n"));
    scenario("drop check", &v2("    checks:\n      qty_positive: qty >= 0\n"), BASE);
    scenario("add unique", BASE, &v2("    unique: [[name]]\n"));
    scenario("add index", BASE, &v2("    indexes:\n      - [name, qty]\n"));
    scenario("drop index", &v2("    indexes:\n      - [name]\n"), BASE);
    scenario("add concurrent index", BASE, &v2("    indexes:\n      - { columns: [qty], concurrently: true }\n"));
    scenario("table comment", BASE, &v2("    comment: things we sell\n"));
    scenario("add table", BASE, &format!("{BASE}  tags:\n    columns:\n      id: {{ type: bigint, pk: true }}\n      item_id: {{ type: bigint, references: items, on_delete: cascade }}\n"));
    scenario("add foreign key column", &format!("{BASE}  tags:\n    columns:\n      id: {{ type: bigint, pk: true }}\n"), &format!("{BASE}  tags:\n    columns:\n      id: {{ type: bigint, pk: true }}\n      item_id: {{ type: bigint, nullable: true, references: items }}\n"));
    scenario(
        "enable rls with a policy",
        BASE,
        &v2("    rls:\n      enable: true\n      policies:\n        visible:\n          command: select\n          using: qty > 0\n"),
    );
    scenario(
        "reference rows",
        &v2("    data:\n      - { id: 1, name: one }\n"),
        &v2("    data:\n      - { id: 1, name: one }\n      - { id: 2, name: two }\n"),
    );
}

#[test]
fn functions_views_roles_and_grants() {
    let f1 = "functions:\n  twice:\n    args: x integer\n    returns: integer\n    language: sql\n    body: SELECT x * 2\n";
    scenario("replace function body", &format!("{BASE}{f1}"), &format!("{BASE}{}", f1.replace("x * 2", "x + x")));
    let view = "views:\n  named:\n    query: SELECT id, name FROM app.items\n";
    scenario("change a view", &format!("{BASE}{view}"), &format!("{BASE}{}", view.replace("id, name", "id, name, qty")));
    let role = "roles:\n  evo_reader: { login: true }\ngrants:\n  - to: evo_reader\n    privileges: [select]\n    tables: all\n";
    scenario("add role and grant", BASE, &format!("{BASE}{role}"));
    scenario(
        "change role attributes",
        &format!("{BASE}{role}"),
        &format!("{BASE}{}", role.replace("{ login: true }", "{ login: true, connection_limit: 5 }")),
    );
}

#[test]
fn rows_survive_widening_added_columns_renames_and_indexes() {
    let dir = project(&[("provision.yaml", MANIFEST), ("schemas/app.yaml", BASE)]);
    assert!(cli(dir.path(), "", &["render", "-m", "v1"]).status.success());
    let _g = script_lock();
    let db = TestDb::new("evodata");
    assert!(cli(dir.path(), &db.url, &["apply", "--target", "test"]).status.success());
    db.exec("INSERT INTO app.items SELECT g, 'item ' || g, g, 'n' || g FROM generate_series(1, 500) g").expect("rows");
    let v2 =
        BASE.replace("varchar(50)", "varchar(200)").replace("note: text?", "remark: { type: text, nullable: true, renamed_from: note }")
            + "      color: text?\n    indexes:\n      - [qty]\n";
    write_module(dir.path(), &v2);
    assert!(cli(dir.path(), "", &["render", "-m", "v2"]).status.success());
    let out = cli(dir.path(), &db.url, &["apply", "--target", "test"]);
    assert!(out.status.success(), "{:?}", text(&out));
    assert_eq!(
        db.strings("SELECT count(*)::text FROM app.items WHERE remark = 'n' || id AND name = 'item ' || id AND qty = id"),
        vec!["500"]
    );
}

#[test]
fn more_objects_come_and_go() {
    let fk_base = format!(
        "{BASE}  tags:\n    columns:\n      id: {{ type: bigint, pk: true }}\n      item_id: {{ type: bigint, references: items }}\n"
    );
    scenario("drop foreign key column", &fk_base, &format!("{BASE}  tags:\n    columns:\n      id: {{ type: bigint, pk: true }}\n"));
    scenario("drop table", &fk_base, BASE);
    scenario("drop unique", &v2("    unique: [[name]]\n"), BASE);
    scenario(
        "change check expression",
        &v2("    checks:\n      qty_positive: qty >= 0\n"),
        &v2("    checks:\n      qty_positive: qty > 0\n"),
    );
    scenario(
        "numeric precision widened",
        &BASE.replace("qty: integer?", "qty: numeric(10,2)?"),
        &BASE.replace("qty: integer?", "qty: numeric(14,2)?"),
    );
    scenario("index with include and predicate", BASE, &v2("    indexes:\n      - { columns: [name], include: [qty], where: qty > 0 }\n"));
    scenario(
        "gin index on a new jsonb column",
        BASE,
        &v2("      attrs: { type: jsonb, default: \"'{}'::jsonb\" }\n    indexes:\n      - { columns: [attrs], using: gin }\n"),
    );
    scenario("add an extension and a citext column", BASE, &format!("extensions: [citext]\n{}", v2("      email: citext?\n")));
    let fun = "functions:\n  touch:\n    returns: trigger\n    body: |\n      BEGIN\n        NEW.qty := coalesce(NEW.qty, 0);\n        RETURN NEW;\n      END;\n";
    let trig = "    triggers:\n      fill_qty:\n        timing: before\n        events: [insert]\n        function: app.touch\n";
    scenario("add trigger and function", BASE, &format!("{}{fun}", v2(trig)));
    scenario("drop trigger", &format!("{}{fun}", v2(trig)), &format!("{BASE}{fun}"));
    scenario(
        "change a trigger's events",
        &format!("{}{fun}", v2(trig)),
        &format!("{}{fun}", v2(&trig.replace("[insert]", "[insert, update]"))),
    );
    let pol = "    rls:\n      enable: true\n      policies:\n        visible:\n          command: select\n          using: qty > 0\n";
    scenario("change a policy expression", &v2(pol), &v2(&pol.replace("qty > 0", "qty >= 0")));
    scenario("drop a view", &format!("{BASE}views:\n  named:\n    query: SELECT id, name FROM app.items\n"), BASE);
    scenario("add a materialized view with a unique index", BASE, &format!("{BASE}views:\n  totals:\n    materialized: true\n    query: SELECT name, sum(qty) AS qty FROM app.items GROUP BY name\n    indexes:\n      - {{ columns: [name], unique: true }}\n"));
    let role = "roles:\n  evo_writer: { login: true }\ngrants:\n  - to: evo_writer\n    privileges: [select]\n    tables: all\n";
    scenario("widen a grant", &format!("{BASE}{role}"), &format!("{BASE}{}", role.replace("[select]", "[select, insert, update]")));
    scenario("drop a role and its grants", &format!("{BASE}{role}"), BASE);
    scenario(
        "default privileges",
        &format!("{BASE}{role}"),
        &format!("{BASE}{role}default_privileges:\n  - to: evo_writer\n    privileges: [select]\n    on: tables\n"),
    );
    scenario(
        "add an enum and a column of it",
        BASE,
        &format!("enums:\n  item_state: [new, used]\n{}", v2("      state: { type: item_state, default: \"'new'\" }\n")),
    );
}

#[test]
fn renames_by_hint_for_indexes_and_policies() {
    scenario(
        "rename an index",
        &v2("    indexes:\n      - { name: items_by_name, columns: [name] }\n"),
        &v2("    indexes:\n      - { name: items_name_lookup, columns: [name], renamed_from: items_by_name }\n"),
    );
    let pol = "    rls:\n      enable: true\n      policies:\n        visible:\n          command: select\n          using: qty > 0\n";
    scenario(
        "rename a policy",
        &v2(pol),
        &v2(&pol.replace("        visible:\n", "        positive_only:\n          renamed_from: visible\n")),
    );
}

#[test]
fn enum_values_are_added_in_place_and_removal_is_refused() {
    let v1 = format!("enums:\n  item_state: [new, used]\n{}", v2("      state: { type: item_state, default: \"'new'\" }\n"));
    let v2_ = v1.replace("[new, used]", "[draft, new, refurbished, used]");
    let dir = project(&[("provision.yaml", MANIFEST), ("schemas/app.yaml", &v1)]);
    assert!(cli(dir.path(), "", &["render", "-m", "v1"]).status.success());
    write_module(dir.path(), &v2_);
    let out = cli(dir.path(), "", &["render", "-m", "v2"]);
    assert!(out.status.success(), "{:?}", text(&out));
    let _g = script_lock();
    let db = TestDb::new("evoenum");
    assert!(cli(dir.path(), &db.url, &["apply", "--target", "test"]).status.success());
    assert_eq!(
        db.strings("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'app.item_state'::regtype"),
        vec!["draft,new,refurbished,used"]
    );
    assert_eq!(cli(dir.path(), &db.url, &["verify", "--target", "test"]).status.code(), Some(0));
    let rb = cli(dir.path(), &db.url, &["rollback", "--target", "test", "--steps", "1"]);
    assert_eq!(rb.status.code(), Some(3), "{:?}", text(&rb));
    assert!(text(&rb).1.contains("cannot remove a value"), "{:?}", text(&rb));
    // removing a value is refused at render time, nothing written
    write_module(dir.path(), &v1.replace("[new, used]", "[new]"));
    let out = cli(dir.path(), "", &["render", "-m", "v3"]);
    assert_eq!(out.status.code(), Some(2), "{:?}", text(&out));
    assert!(text(&out).1.contains("removing or reordering enum values"), "{:?}", text(&out));
    assert!(!dir.path().join("migrations/main/V0003__v3.sql").exists());
}

#[test]
fn partitions_and_primary_keys() {
    let list = "module: app\nschema: app\ntables:\n  sales:\n    columns:\n      id: bigint\n      region: text\n    primary_key: [id, region]\n    partition:\n      by: list\n      key: [region]\n      partitions:\n        sales_eu: { values: [eu] }\n        sales_us: { values: [us] }\n";
    scenario("add a list partition", list, &format!("{list}        sales_apac: {{ values: [apac] }}\n"));
    scenario("drop a list partition", &format!("{list}        sales_apac: {{ values: [apac] }}\n"), list);
    scenario("change a partition's values", list, &list.replace("values: [us]", "values: [us, ca]"));
    let interval = "module: app\nschema: app\ntables:\n  events:\n    columns:\n      id: bigint\n      at: date\n    primary_key: [id, at]\n    partition: { by: range, key: [at], interval: month, start: 2026-01-01, premake: 1 }\n";
    scenario("make more interval partitions", interval, &interval.replace("premake: 1", "premake: 3"));
    let nopk = "module: app\nschema: app\ntables:\n  pairs:\n    columns:\n      a: integer\n      b: integer\n";
    scenario("add a primary key", nopk, &nopk.replace("      b: integer\n", "      b: integer\n    primary_key: [a]\n"));
    scenario(
        "change primary key columns",
        &nopk.replace("      b: integer\n", "      b: integer\n    primary_key: [a]\n"),
        &nopk.replace("      b: integer\n", "      b: integer\n    primary_key: [a, b]\n"),
    );
}

#[test]
fn renames_by_hint_for_constraints_and_roles() {
    scenario(
        "rename a check",
        &v2("    checks:\n      qty_positive: qty >= 0\n"),
        &v2("    checks:\n      qty_nonneg: { expr: qty >= 0, renamed_from: items_qty_positive_check }\n"),
    );
    scenario(
        "rename a unique constraint",
        &v2("    unique:\n      - { name: items_name_u, columns: [name] }\n"),
        &v2("    unique:\n      - { name: items_name_unique, columns: [name], renamed_from: items_name_u }\n"),
    );
    let fk = |name: &str, hint: &str| {
        format!("{BASE}  tags:\n    columns:\n      id: {{ type: bigint, pk: true }}\n      item_id: bigint\n    foreign_keys:\n      - {{ name: {name}, columns: [item_id], references: items{hint} }}\n")
    };
    scenario("rename a foreign key", &fk("tags_item_fk", ""), &fk("tags_to_item", ", renamed_from: tags_item_fk"));
    let role = |name: &str, hint: &str| {
        format!("{BASE}roles:\n  {name}: {{ login: true{hint} }}\ngrants:\n  - to: {name}\n    privileges: [select]\n    tables: all\n")
    };
    scenario("rename a role", &role("evo_old_name", ""), &role("evo_new_name", ", renamed_from: evo_old_name"));
}
