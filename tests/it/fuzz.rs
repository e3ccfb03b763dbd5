//! Property tests over hostile input: random text, random mappings built from
//! the language's own keys, and mutations (deleted, duplicated, replaced
//! lines and keys, truncation) of the render cases and the examples. Loading,
//! compiling, planning and rendering such a project in-process never panics,
//! never hangs, and every error it reports is a diagnostic with a position.
//! Cases per property: PROVISION_FUZZ_CASES (small default for CI);
//! `bench/fuzz.sh` runs a long budget. PROVISION_FUZZ_SEED replays a run.

use crate::harness::*;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Longer than any sane case takes in a debug build; a case over it is a hang.
const CASE_TIMEOUT: Duration = Duration::from_secs(20);

type Files = Vec<(String, String)>;

fn cases() -> u32 {
    std::env::var("PROVISION_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(128)
}

/// Every run prints its seed; PROVISION_FUZZ_SEED=<n> replays it.
fn seed() -> u64 {
    std::env::var("PROVISION_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64))
}

/// Runs one property with a seeded runner and prints a summary line (cases, seed, time).
/// `test` says whether the case compiled cleanly (and so was planned and rendered too).
fn property<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<bool, TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let seed = seed();
    let mut bytes = [0u8; 32];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (seed.rotate_left(8 * (i as u32 % 8)) & 0xff) as u8 ^ i as u8;
    }
    let config = Config { cases: cases(), failure_persistence: None, max_shrink_iters: 256, ..Config::default() };
    let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
    let t0 = Instant::now();
    let clean = std::sync::atomic::AtomicUsize::new(0);
    let result = runner.run(&strategy, |v| {
        if test(v)? {
            clean.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    });
    eprintln!(
        "\nfuzz {name}: {} cases ({} compiled cleanly and rendered), {} failing, seed {seed}, {:.1}s",
        cases(),
        clean.into_inner(),
        usize::from(result.is_err()),
        t0.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("{name} (PROVISION_FUZZ_SEED={seed}): {e}");
    }
}

/// Writes the project and runs the pipeline on another thread, bounded by CASE_TIMEOUT.
fn pipeline(files: &Files) -> Result<bool, TestCaseError> {
    let dir = tempfile::tempdir().expect("tempdir");
    for (rel, content) in files {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, content).expect("write");
    }
    let root = dir.path().to_path_buf();
    let (tx, rx) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let _ = tx.send(check(&root));
    });
    match rx.recv_timeout(CASE_TIMEOUT) {
        Ok(result) => {
            let _ = worker.join();
            result.map_err(TestCaseError::fail)
        }
        Err(RecvTimeoutError::Disconnected) => {
            let payload = worker.join().expect_err("the worker ended without a result, so it panicked");
            let msg = payload.downcast_ref::<String>().cloned().or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()));
            Err(TestCaseError::fail(format!("panicked: {}", msg.unwrap_or_default())))
        }
        Err(RecvTimeoutError::Timeout) => {
            // the thread is left behind; the test fails anyway
            std::mem::forget(dir);
            Err(TestCaseError::fail(format!("no result within {CASE_TIMEOUT:?}: a hang")))
        }
    }
}

/// load → compile; when that is clean, plan and render every database.
fn check(root: &Path) -> Result<bool, String> {
    let (compiled, diags) = provision::load_and_compile(root);
    let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
    for d in &errors {
        match &d.pos {
            Some(p) if !p.file.is_empty() && p.line >= 1 && p.col >= 1 => {}
            // a file that cannot be read at all: the message names it, there is no line to point at
            None if d.code == "PS106" => {}
            _ => return Err(format!("an error without a position: {d}")),
        }
    }
    if !errors.is_empty() {
        return Ok(false);
    }
    let compiled = compiled.ok_or("no errors, yet nothing compiled")?;
    let renderer = provision::project::renderer(root);
    let renders =
        provision::project::plan_all(root, &compiled, &renderer).map_err(|e| format!("plan failed after a clean compile: {e}"))?;
    for r in renders.iter().filter(|r| !r.plan.is_empty()) {
        provision::project::new_migration(r, Some("fuzz"), &compiled.project.lock_timeout, &renderer)
            .map_err(|e| format!("render failed after a clean compile: {e}"))?;
    }
    Ok(true)
}

// ---- the language's vocabulary ----

const KEYS: &[&str] = &[
    "project",
    "postgres",
    "tenancy",
    "mode",
    "root",
    "key",
    "setting",
    "databases",
    "modules",
    "targets",
    "url_env",
    "sslmode",
    "lock_timeout",
    "statement_timeout",
    "parallel",
    "module",
    "schema",
    "description",
    "depends_on",
    "extensions",
    "tables",
    "columns",
    "type",
    "pk",
    "default",
    "nullable",
    "check",
    "checks",
    "identity",
    "generated",
    "comment",
    "indexes",
    "unique",
    "where",
    "using",
    "include",
    "concurrently",
    "expression",
    "traits",
    "foreign_keys",
    "references",
    "on_delete",
    "primary_key",
    "rls",
    "policies",
    "command",
    "to",
    "roles",
    "login",
    "inherit",
    "member_of",
    "password_env",
    "password",
    "url",
    "grants",
    "privileges",
    "enums",
    "values",
    "partition",
    "by",
    "interval",
    "start",
    "premake",
    "retention",
    "views",
    "query",
    "materialized",
    "functions",
    "body",
    "returns",
    "language",
    "volatility",
    "triggers",
    "timing",
    "events",
    "function",
    "data",
    "default_privileges",
    "renamed_from",
    "external",
    "lint",
    "allow",
    "tenant_scoped",
    "items",
    "id",
    "name",
    "organizations",
];

const WORDS: &[&str] = &[
    "app",
    "tenant",
    "items",
    "id",
    "name",
    "organizations",
    "tenant.organizations",
    "app.items",
    "organization_id",
    "text",
    "text?",
    "integer",
    "bigint",
    "uuid",
    "timestamptz",
    "jsonb",
    "boolean",
    "numeric(10,2)",
    "varchar(64)",
    "int[]",
    "no_such_type",
    "true",
    "false",
    "0",
    "-1",
    "3",
    "1.5",
    "99999999999999999999",
    "qty > 0",
    "now()",
    "gen_random_uuid()",
    "'x'",
    "",
    " ",
    "a.b.c",
    "\"quoted\"",
    "$$",
    "'); DROP TABLE x; --",
    "2020-01-01",
    "2020-13-45",
    "month",
    "range",
    "list",
    "hash",
    "rls",
    "schema",
    "database",
    "uuid_pk",
    "bigint_pk",
    "timestamps",
    "tenant_scoped",
    "soft_delete",
    "audited",
    "searchable",
    "custom_fields",
    "5s",
    "200ms",
    "-5s",
    "btree",
    "gin",
    "brin",
    "select",
    "insert",
    "all",
    "cascade",
    "restrict",
    "set null",
    "before",
    "after",
    "plpgsql",
    "sql",
    "immutable",
    "require",
    "verify-full",
    "app.current_organization_id",
    "a_name_of_seventy_characters_is_longer_than_postgres_allows_for_names_x",
];

/// Characters YAML gives meaning to, and some it does not.
const CHARS: &[char] = &[
    'a', 'b', 't', 'x', '_', '.', '0', '7', ':', ' ', ' ', ' ', '\n', '\n', '-', '[', ']', '{', '}', ',', '#', '\'', '"', '|', '>', '&',
    '*', '!', '%', '@', '`', '?', '\\', '\t', 'é', 'ß', '\u{feff}', '\u{0}', '$',
];

fn junk(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(select(CHARS), 0..max).prop_map(|v| v.into_iter().collect())
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![8 => select(KEYS).prop_map(str::to_string), 1 => select(WORDS).prop_map(str::to_string), 1 => junk(8)]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => select(WORDS).prop_map(|s| Value::String(s.to_string())),
        1 => any::<i64>().prop_map(|n| Value::Number(n.into())),
        1 => any::<f64>().prop_map(|n| serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
        1 => junk(12).prop_map(Value::String),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<String, Value>>())),
        ]
    })
}

/// Block-style YAML: plain scalars where YAML reads them back as strings
/// or numbers alike, double-quoted (JSON) strings elsewhere.
fn yaml(v: &Value) -> String {
    let mut out = String::new();
    emit(v, 0, &mut out);
    out
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s)
            if !s.is_empty()
                && s.chars().all(|c| c.is_ascii_alphanumeric() || "_.()?> ".contains(c))
                && !s.starts_with([' ', '>', '?'])
                && !s.ends_with(' ') =>
        {
            s.clone()
        }
        other => other.to_string(),
    }
}

fn emit(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                out.push_str(&format!("{pad}{}:", scalar_text(&Value::String(k.clone()))));
                child(v, indent, out);
            }
        }
        Value::Array(items) => {
            for v in items {
                out.push_str(&format!("{pad}-"));
                child(v, indent, out);
            }
        }
        scalar => out.push_str(&format!("{pad}{}\n", scalar_text(scalar))),
    }
}

fn child(v: &Value, indent: usize, out: &mut String) {
    match v {
        Value::Object(m) if m.is_empty() => out.push_str(" {}\n"),
        Value::Array(a) if a.is_empty() => out.push_str(" []\n"),
        Value::Object(_) | Value::Array(_) => {
            out.push('\n');
            emit(v, indent + 2, out);
        }
        scalar => out.push_str(&format!(" {}\n", scalar_text(scalar))),
    }
}

fn mapping(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

/// A manifest and a module shaped like the real thing, with random entries merged in.
fn structured() -> impl Strategy<Value = Files> {
    let extra = || prop::collection::vec((key(), value()), 0..4);
    let table = prop::collection::vec((key(), value()), 0..5);
    let tables = prop::collection::vec((select(WORDS), table), 0..4);
    (extra(), extra(), tables).prop_map(|(manifest_extra, module_extra, tables)| {
        let databases = mapping(&[("main", Value::Object(mapping(&[("modules", Value::Array(vec!["app".into()]))])))]);
        let mut manifest = mapping(&[("project", "fuzz".into()), ("databases", Value::Object(databases))]);
        manifest.extend(manifest_extra);
        let mut module = mapping(&[("module", "app".into()), ("schema", "app".into())]);
        module.extend(module_extra);
        let tables: Map<String, Value> =
            tables.into_iter().map(|(name, kv)| (name.to_string(), Value::Object(kv.into_iter().collect()))).collect();
        module.insert("tables".into(), Value::Object(tables));
        vec![("provision.yaml".to_string(), yaml(&Value::Object(manifest))), ("schemas/app.yaml".to_string(), yaml(&Value::Object(module)))]
    })
}

// ---- mutations of valid projects ----

/// Valid projects: every render case in its wrapper, and every example.
fn corpus() -> &'static Vec<(String, Files)> {
    static CORPUS: OnceLock<Vec<(String, Files)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut out = Vec::new();
        for case in files_in(&repo_root().join("tests/render/cases"), "yaml") {
            let text = std::fs::read_to_string(&case).expect("case");
            let module = text.lines().find_map(|l| l.strip_prefix("module:")).expect("module line").trim().to_string();
            let name = case.file_name().expect("name").to_string_lossy().to_string();
            out.push((
                name.clone(),
                vec![
                    ("provision.yaml".into(), CASE_MANIFEST.replace("MODULE", &module)),
                    ("schemas/tenant.yaml".into(), CASE_TENANT.into()),
                    (format!("schemas/{name}"), text),
                ],
            ));
        }
        let mut examples: Vec<PathBuf> =
            std::fs::read_dir(repo_root().join("examples")).expect("examples").filter_map(Result::ok).map(|e| e.path()).collect();
        examples.sort();
        for ex in examples.into_iter().filter(|p| p.join("provision.yaml").is_file()) {
            let mut files = Vec::new();
            collect(&ex, &ex, &mut files);
            out.push((ex.file_name().expect("name").to_string_lossy().to_string(), files));
        }
        out
    })
}

/// provision.yaml, schemas/ and templates/ of a project (not migrations/).
fn collect(root: &Path, dir: &Path, out: &mut Files) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).expect("read_dir").filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let rel = p.strip_prefix(root).expect("relative").to_string_lossy().to_string();
        if p.is_dir() {
            if rel == "schemas" || rel == "templates" || rel.starts_with("schemas/") || rel.starts_with("templates/") {
                collect(root, &p, out);
            }
        } else if rel == "provision.yaml" || rel.starts_with("schemas/") || rel.starts_with("templates/") {
            out.push((rel, std::fs::read_to_string(&p).expect("read")));
        }
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    ReplaceValue(Index, String),
    ReplaceKey(Index, String),
    Reindent(Index, bool),
    InsertJunk(Index, String),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => any::<Index>().prop_map(Mutation::DeleteLine),
        3 => any::<Index>().prop_map(Mutation::DuplicateLine),
        4 => (any::<Index>(), prop_oneof![select(WORDS).prop_map(str::to_string), junk(10)]).prop_map(|(i, w)| Mutation::ReplaceValue(i, w)),
        3 => (any::<Index>(), key()).prop_map(|(i, k)| Mutation::ReplaceKey(i, k)),
        2 => (any::<Index>(), any::<bool>()).prop_map(|(i, deeper)| Mutation::Reindent(i, deeper)),
        2 => (any::<Index>(), junk(16)).prop_map(|(i, j)| Mutation::InsertJunk(i, j)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let n = lines.len();
    match m {
        Mutation::DeleteLine(i) => {
            lines.remove(i.index(n));
        }
        Mutation::DuplicateLine(i) => {
            let at = i.index(n);
            lines.insert(at, lines[at].clone());
        }
        Mutation::ReplaceValue(i, w) => {
            let line = &mut lines[i.index(n)];
            if let Some(at) = line.find(": ") {
                line.truncate(at + 2);
                line.push_str(w);
            } else if let Some(at) = line.find("- ") {
                line.truncate(at + 2);
                line.push_str(w);
            } else {
                line.push_str(w);
            }
        }
        Mutation::ReplaceKey(i, k) => {
            let line = &mut lines[i.index(n)];
            let indent = line.len() - line.trim_start().len();
            if let Some(at) = line.find(':') {
                *line = format!("{}{k}{}", &line[..indent], &line[at..]);
            }
        }
        Mutation::Reindent(i, deeper) => {
            let line = &mut lines[i.index(n)];
            if *deeper {
                line.insert_str(0, "  ");
            } else if let Some(rest) = line.strip_prefix("  ") {
                *line = rest.to_string();
            }
        }
        Mutation::InsertJunk(i, j) => {
            let line = &mut lines[i.index(n)];
            let cut = line.char_indices().map(|(b, _)| b).nth(i.index(line.chars().count() + 1)).unwrap_or(line.len());
            line.insert_str(cut, j);
        }
        Mutation::Truncate(i) => {
            let joined = lines.join("\n");
            let cut = joined.char_indices().map(|(b, _)| b).nth(i.index(joined.chars().count() + 1)).unwrap_or(joined.len());
            return joined[..cut].to_string();
        }
    }
    lines.join("\n") + "\n"
}

fn mutated() -> impl Strategy<Value = (String, Files)> {
    (any::<Index>(), any::<Index>(), prop::collection::vec(mutation(), 1..4)).prop_map(|(project, file, ms)| {
        let (name, files) = &corpus()[project.index(corpus().len())];
        let mut files = files.clone();
        let yaml_files: Vec<usize> = files.iter().enumerate().filter(|(_, (p, _))| p.ends_with(".yaml")).map(|(i, _)| i).collect();
        let which = yaml_files[file.index(yaml_files.len())];
        for m in &ms {
            files[which].1 = mutate(&files[which].1, m);
        }
        (format!("{name}: {} after {ms:?}", files[which].0), files)
    })
}

#[test]
fn fuzz_random_text_never_panics_and_every_error_has_a_position() {
    let files = (junk(300), junk(300), any::<bool>()).prop_map(|(manifest, module, valid_manifest)| {
        let manifest = if valid_manifest { "project: fuzz\ndatabases:\n  main:\n    modules: [app]\n".to_string() } else { manifest };
        vec![("provision.yaml".to_string(), manifest), ("schemas/app.yaml".to_string(), module)]
    });
    property("random text", files, |f| pipeline(&f));
}

#[test]
fn fuzz_random_mappings_of_the_language_never_panic_and_every_error_has_a_position() {
    property("random mappings", structured(), |f| pipeline(&f));
}

#[test]
fn fuzz_mutated_valid_projects_never_panic_and_every_error_has_a_position() {
    assert!(corpus().len() >= 30, "the render cases and the examples");
    property("mutated projects", mutated(), |(what, f)| pipeline(&f).map_err(|e| TestCaseError::fail(format!("{what}: {e}"))));
}
