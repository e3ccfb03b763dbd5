//! Compilation: spec AST → one `DatabaseModel` per logical database.
//! Resolves traits, tenancy, types and references, and reports every semantic
//! problem with its YAML position. Pure: no files, no database.

mod checks;
pub mod dates;
pub mod traits;
pub mod types;

use crate::diag::{suggest, Diagnostics, Pos};
use crate::model::*;
use crate::spec::ast::*;
use crate::spec::yaml::{SStr, Spanned};
use crate::spec::LoadedProject;
use crate::sql::{bounded_name, check_ident};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone)]
pub struct Compiled {
    pub project: ProjectModel,
    pub databases: Vec<DatabaseModel>,
}

#[derive(Debug, Clone)]
pub struct ProjectModel {
    pub name: String,
    /// Logical databases, in declaration order.
    pub databases: Vec<String>,
    pub postgres: i64,
    pub tenancy: Option<Tenancy>,
    pub targets: Vec<Target>,
    pub lock_timeout: String,
    pub lint_allow: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Tenancy {
    pub mode: String,
    pub root_schema: String,
    pub root_table: String,
    pub root_pk: String,
    pub key: String,
    pub key_type: String,
    pub setting: String,
}

impl Tenancy {
    /// A tenancy read from provision.yaml alone (`manifest`) knows neither the
    /// root's primary key nor its type: they are taken from `model`, which
    /// holds the root table. None when it does not.
    pub fn completed_from(&self, model: &crate::model::DatabaseModel) -> Option<Tenancy> {
        let root =
            model.tables.values().find(|t| t.name == self.root_table && (self.root_schema.is_empty() || t.schema == self.root_schema))?;
        let pk = match root.primary_key.as_ref().map(|k| k.columns.as_slice()) {
            Some([one]) => root.column(one)?,
            _ => return None,
        };
        Some(Tenancy { root_schema: root.schema.clone(), root_pk: pk.name.clone(), key_type: pk.type_.clone(), ..self.clone() })
    }
}

#[derive(Debug, Clone)]
pub struct Target {
    pub name: String,
    pub url_env: Option<String>,
    pub databases: Vec<TargetDatabase>,
    pub sslmode: Option<String>,
    pub ca_file: Option<String>,
    pub connect_timeout: Option<i64>,
    pub lock_timeout: Option<String>,
    pub statement_timeout: Option<String>,
    pub application_name: Option<String>,
    pub parallel: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct TargetDatabase {
    pub name: String,
    pub url_env: Option<String>,
    pub database: Option<String>,
}

pub const SUPPORTED_POSTGRES: std::ops::RangeInclusive<i64> = 13..=17;

pub fn compile(loaded: &LoadedProject, d: &mut Diagnostics) -> Option<Compiled> {
    let project = loaded.project.as_ref()?;
    check_name(&project.name, "project name", d);
    let postgres = project.postgres.as_ref().map_or(15, |v| v.value);
    if let Some(v) = &project.postgres {
        if !SUPPORTED_POSTGRES.contains(&v.value) {
            d.error("PC213", Some(&v.pos), format!("PostgreSQL {} is not supported", v.value)).set_hint(format!(
                "supported major versions: {}..={}",
                SUPPORTED_POSTGRES.start(),
                SUPPORTED_POSTGRES.end()
            ));
        }
    }

    // modules by name; a name may be declared once
    let mut modules: BTreeMap<&str, &ModuleSpec> = BTreeMap::new();
    for m in &loaded.modules {
        check_name(&m.name, "module name", d);
        if let Some(prev) = modules.insert(&m.name.value, m) {
            d.error("PC203", Some(&m.name.pos), format!("module `{}` is declared twice", m.name.value))
                .set_hint(format!("the first is in {}", prev.name.pos.file));
        }
    }

    // traits by name: user traits first, built-ins after
    let mut trait_index: BTreeMap<&str, &TraitSpec> = BTreeMap::new();
    for m in &loaded.modules {
        for t in &m.traits {
            check_name(&t.name, "trait name", d);
            if let Some(prev) = trait_index.insert(&t.name.value, t) {
                d.error("PC203", Some(&t.name.pos), format!("trait `{}` is declared twice", t.name.value))
                    .set_hint(format!("the first is at {}", prev.name.pos));
            }
        }
    }
    if let Some(b) = &loaded.builtin {
        for t in &b.traits {
            trait_index.entry(&t.name.value).or_insert(t);
        }
    }

    // which database each module goes to
    let mut db_of_module: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut seen_db = BTreeSet::new();
    for db in &project.databases {
        check_name(&db.name, "database name", d);
        if !seen_db.insert(db.name.value.clone()) {
            d.error("PC203", Some(&db.name.pos), format!("database `{}` is declared twice", db.name.value));
        }
        if db.modules.is_empty() {
            d.warning("PC220", Some(&db.name.pos), format!("database `{}` receives no modules", db.name.value))
                .set_hint("add `modules: [name, ...]`");
        }
        for m in &db.modules {
            if modules.contains_key(m.value.as_str()) {
                db_of_module.entry(&m.value).or_default().push(&db.name.value);
            } else if loaded.failed_files > 0 {
                // the module may be the file that failed to load; its own error says why
            } else {
                let diag = d.error("PC209", Some(&m.pos), format!("database `{}` lists unknown module `{}`", db.name.value, m.value));
                match suggest(&m.value, modules.keys().copied()) {
                    Some(s) => diag.set_hint(format!("did you mean `{s}`?")),
                    None => diag.set_hint("a module is a file in schemas/ starting with `module: NAME`"),
                }
            }
        }
    }
    for m in &loaded.modules {
        if !db_of_module.contains_key(m.name.value.as_str()) && !m.tables.is_empty() {
            d.warning("PC220", Some(&m.name.pos), format!("module `{}` is not assigned to any database", m.name.value))
                .set_hint("list it under `databases: <db>: modules:` in provision.yaml");
        }
    }

    if let Some(v) = &project.lock_timeout {
        if !checks::is_duration(&v.value) {
            d.error("PC213", Some(&v.pos), format!("`lock_timeout: {}` is not a duration", v.value))
                .set_hint("write e.g. `5s`, `500ms`, `2min` or `0` (no limit)");
        }
    }
    let tenancy_spec = project.tenancy.as_ref();
    let targets = compile_targets(project, d);

    let mut databases = Vec::new();
    let mut resolved_tenancy: Option<Tenancy> = None;
    for db in &project.databases {
        let mods: Vec<&ModuleSpec> = db.modules.iter().filter_map(|m| modules.get(m.value.as_str()).copied()).collect();
        let mut c = DbCompiler {
            d,
            tenancy_declared: tenancy_spec.is_some(),
            postgres,
            db: &db.name.value,
            model: DatabaseModel::empty(&db.name.value),
            traits: &trait_index,
            env: traits::environment(trait_index.values().map(|t| &t.body)),
            all_modules: &modules,
            db_of_module: &db_of_module,
            tenancy: None,
            pending_fks: Vec::new(),
            table_origin_module: HashMap::new(),
        };
        c.tenancy = c.resolve_tenancy(tenancy_spec, &mods);
        c.compile_modules(&mods);
        if resolved_tenancy.is_none() {
            resolved_tenancy = c.tenancy.clone();
        }
        databases.push(c.model);
    }
    let tenancy = resolved_tenancy;
    let lint_allow =
        project.lint_allow.iter().chain(loaded.modules.iter().flat_map(|m| m.lint_allow.iter())).map(|s| s.value.clone()).collect();
    Some(Compiled {
        project: ProjectModel {
            name: project.name.value.clone(),
            databases: project.databases.iter().map(|d| d.name.value.clone()).collect(),
            postgres,
            tenancy,
            targets,
            lock_timeout: project.lock_timeout.as_ref().map_or_else(|| "5s".to_string(), |s| s.value.clone()),
            lint_allow,
        },
        databases,
    })
}

/// The project settings of provision.yaml alone, without compiling the
/// modules: for commands that run committed migrations (apply, status), which
/// must not pay for the whole model. The tenancy is known by mode and names
/// only (`root_pk` and `key_type` are empty).
pub fn manifest(project: &ProjectSpec, d: &mut Diagnostics) -> ProjectModel {
    check_name(&project.name, "project name", d);
    let tenancy = project.tenancy.as_ref().map(|t| {
        let (root_schema, root_table) = t.root.value.split_once('.').unwrap_or(("", t.root.value.as_str()));
        Tenancy {
            mode: t.mode.value.to_string(),
            root_schema: root_schema.to_string(),
            root_table: root_table.to_string(),
            root_pk: String::new(),
            key: t.key.value.clone(),
            key_type: String::new(),
            setting: t.setting.value.clone(),
        }
    });
    ProjectModel {
        name: project.name.value.clone(),
        databases: project.databases.iter().map(|d| d.name.value.clone()).collect(),
        postgres: project.postgres.as_ref().map_or(15, |v| v.value),
        tenancy,
        targets: compile_targets(project, d),
        lock_timeout: project.lock_timeout.as_ref().map_or_else(|| "5s".to_string(), |s| s.value.clone()),
        lint_allow: project.lint_allow.iter().map(|s| s.value.clone()).collect(),
    }
}

fn compile_targets(project: &ProjectSpec, d: &mut Diagnostics) -> Vec<Target> {
    let db_names: Vec<&str> = project.databases.iter().map(|x| x.name.value.as_str()).collect();
    let mut out = Vec::new();
    for t in &project.targets {
        for tdb in &t.databases {
            if !db_names.contains(&tdb.name.value.as_str()) {
                let diag =
                    d.error("PC209", Some(&tdb.name.pos), format!("target `{}` maps unknown database `{}`", t.name.value, tdb.name.value));
                if let Some(s) = suggest(&tdb.name.value, db_names.iter().copied()) {
                    diag.set_hint(format!("did you mean `{s}`?"));
                }
            }
            if let Some(env) = &tdb.url_env {
                if env.value.is_empty() || !env.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    d.error("PC201", Some(&env.pos), format!("`{}` is not an environment variable name", env.value))
                        .set_hint("write the variable's name, e.g. `url_env: PROD_MAIN_URL`, not the URL itself");
                }
            }
        }
        for (what, v) in [("lock_timeout", &t.lock_timeout), ("statement_timeout", &t.statement_timeout)] {
            if let Some(v) = v {
                if !checks::is_duration(&v.value) {
                    d.error("PC213", Some(&v.pos), format!("`{what}: {}` is not a duration", v.value))
                        .set_hint("write e.g. `5s`, `500ms`, `2min` or `0` (no limit)");
                }
            }
        }
        if let Some(p) = &t.parallel {
            if p.value < 1 {
                d.error("PC213", Some(&p.pos), "`parallel` must be at least 1");
            }
        }
        if let Some(env) = &t.url_env {
            if env.value.is_empty() || !env.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                d.error("PC201", Some(&env.pos), format!("`{}` is not an environment variable name", env.value))
                    .set_hint("write the variable's name, e.g. `url_env: STAGING_URL`, not the URL itself");
            }
        }
        out.push(Target {
            name: t.name.value.clone(),
            url_env: t.url_env.as_ref().map(|s| s.value.clone()),
            databases: t
                .databases
                .iter()
                .map(|x| TargetDatabase {
                    name: x.name.value.clone(),
                    url_env: x.url_env.as_ref().map(|s| s.value.clone()),
                    database: x.database.as_ref().map(|s| s.value.clone()),
                })
                .collect(),
            sslmode: t.sslmode.as_ref().map(|s| s.value.to_string()),
            ca_file: t.ca_file.as_ref().map(|s| s.value.clone()),
            connect_timeout: t.connect_timeout.as_ref().map(|s| s.value),
            lock_timeout: t.lock_timeout.as_ref().map(|s| s.value.clone()),
            statement_timeout: t.statement_timeout.as_ref().map(|s| s.value.clone()),
            application_name: t.application_name.as_ref().map(|s| s.value.clone()),
            parallel: t.parallel.as_ref().map(|s| s.value),
        });
    }
    out
}

pub fn check_name(name: &SStr, what: &str, d: &mut Diagnostics) -> bool {
    match check_ident(&name.value) {
        Ok(()) => true,
        Err(problem) => {
            let code = if matches!(problem, crate::sql::IdentProblem::TooLong(_)) { "PC202" } else { "PC201" };
            let hint = if code == "PC202" {
                "shorten it; longer names would be silently truncated by PostgreSQL".to_string()
            } else {
                let fixed: String =
                    name.value.to_ascii_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
                format!("use lowercase snake_case, e.g. `{fixed}`")
            };
            d.error(code, Some(&name.pos), format!("{what} `{}` {problem}", name.value)).set_hint(hint);
            false
        }
    }
}

/// PostgreSQL reserves `pg_` for roles and schemas of its own.
fn reserved_prefix(name: &SStr, what: &str, d: &mut Diagnostics) -> bool {
    if name.value.starts_with("pg_") {
        d.error("PC201", Some(&name.pos), format!("{what} name `{}` starts with `pg_`, which PostgreSQL reserves", name.value))
            .set_hint(format!("choose another {what} name"));
        return false;
    }
    true
}

/// `a int, b text DEFAULT 'x'` → `a int, b text`: the part of an argument list
/// that identifies a function (defaults are not part of its signature).
pub fn identity_args(args: &str) -> String {
    let mut parts = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, false, 0usize);
    let bytes = args.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\'' => quote = !quote,
            b'(' if !quote => depth += 1,
            b')' if !quote => depth -= 1,
            b',' if !quote && depth == 0 => {
                parts.push(&args[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&args[start..]);
    parts
        .iter()
        .map(|p| {
            let lower = p.to_ascii_lowercase();
            let cut = [" default ", "="].iter().filter_map(|k| lower.find(k)).min().unwrap_or(p.len());
            p[..cut].split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn split_qualified(name: &str, default_schema: &str) -> (String, String) {
    match name.split_once('.') {
        Some((s, n)) => (s.to_string(), n.to_string()),
        None => (default_schema.to_string(), name.to_string()),
    }
}

struct PendingFk {
    renamed_from: Option<String>,
    table_key: String,
    name: String,
    columns: Vec<SStr>,
    references: SStr,
    ref_columns: Vec<SStr>,
    on_delete: String,
    on_update: String,
    schema: String,
    pos: Pos,
}

struct DbCompiler<'a> {
    d: &'a mut Diagnostics,
    /// provision.yaml has `tenancy:` (even if its root could not be resolved: that has its own error).
    tenancy_declared: bool,
    postgres: i64,
    db: &'a str,
    model: DatabaseModel,
    traits: &'a BTreeMap<&'a str, &'a TraitSpec>,
    env: minijinja::Environment<'static>,
    all_modules: &'a BTreeMap<&'a str, &'a ModuleSpec>,
    db_of_module: &'a HashMap<&'a str, Vec<&'a str>>,
    tenancy: Option<Tenancy>,
    pending_fks: Vec<PendingFk>,
    table_origin_module: HashMap<String, String>,
}

/// What a table is built from: its own body plus each trait's rendered body.
struct Fragment {
    body: TableBody,
    source: String,
}

impl<'a> DbCompiler<'a> {
    fn module_schema(m: &ModuleSpec) -> String {
        m.schema.as_ref().map_or_else(|| "public".to_string(), |s| s.value.clone())
    }

    /// Finds the tenant root and its key type; the root may live in another database.
    fn resolve_tenancy(&mut self, spec: Option<&TenancySpec>, mods: &[&ModuleSpec]) -> Option<Tenancy> {
        let spec = spec?;
        check_name(&spec.key, "tenant key", self.d);
        let (root_schema, root_table) = split_qualified(&spec.root.value, "");
        // find the root table's module anywhere in the project
        let mut found: Option<(&ModuleSpec, &TableSpec)> = None;
        for m in self.all_modules.values() {
            let schema = Self::module_schema(m);
            for t in &m.tables {
                let tschema = t.body.schema.as_ref().map_or(schema.clone(), |s| s.value.clone());
                if t.name.value == root_table && (root_schema.is_empty() || root_schema == tschema) {
                    found = Some((m, t));
                }
            }
        }
        let Some((root_mod, root_spec)) = found else {
            self.d
                .error("PC205", Some(&spec.root.pos), format!("tenant root table `{}` is not defined in any module", spec.root.value))
                .set_hint("name a table declared in schemas/*.yaml, e.g. `root: tenant.organizations`");
            return None;
        };
        let schema = root_spec.body.schema.as_ref().map_or_else(|| Self::module_schema(root_mod), |s| s.value.clone());
        let root_local = mods.iter().any(|m| m.name.value == root_mod.name.value);
        // the root's primary key: expand its traits with a provisional context
        let provisional = Tenancy {
            mode: spec.mode.value.to_string(),
            root_schema: schema.clone(),
            root_table: root_spec.name.value.clone(),
            root_pk: "id".into(),
            key: spec.key.value.clone(),
            key_type: "uuid".into(),
            setting: spec.setting.value.clone(),
        };
        let mut scratch = Diagnostics::default();
        let frags = self.fragments(root_spec, &schema, &root_mod.name.value, Some(&provisional), root_local, &mut scratch);
        let mut pk: Option<(String, String)> = None;
        for f in &frags {
            for c in &f.body.columns {
                let named_pk = f.body.primary_key.len() == 1 && f.body.primary_key[0].value == c.name.value;
                if c.pk || named_pk {
                    pk = Some((c.name.value.clone(), c.type_.as_ref().map_or_else(|| "uuid".into(), |t| t.value.clone())));
                }
            }
        }
        let Some((root_pk, pk_type)) = pk else {
            self.d
                .error("PC211", Some(&root_spec.name.pos), format!("tenant root `{}` has no single-column primary key", spec.root.value))
                .set_hint("give it `traits: [uuid_pk]` or a column with `pk: true`");
            return None;
        };
        let key_type = types::resolve(&pk_type, &|_, _| None, &|_| true, &[]).map(|t| t.sql).unwrap_or(pk_type);
        Some(Tenancy {
            mode: spec.mode.value.to_string(),
            root_schema: schema,
            root_table: root_spec.name.value.clone(),
            root_pk,
            key: spec.key.value.clone(),
            key_type,
            setting: spec.setting.value.clone(),
        })
    }

    fn root_local(&self, mods: &[&ModuleSpec]) -> bool {
        let Some(t) = &self.tenancy else { return false };
        mods.iter().any(|m| {
            let schema = Self::module_schema(m);
            m.tables.iter().any(|tb| {
                tb.name.value == t.root_table && tb.body.schema.as_ref().map_or(schema.clone(), |s| s.value.clone()) == t.root_schema
            })
        })
    }

    fn compile_modules(&mut self, mods: &[&ModuleSpec]) {
        let included: BTreeSet<&str> = mods.iter().map(|m| m.name.value.as_str()).collect();
        let root_local = self.root_local(mods);
        for m in mods {
            for dep in &m.depends_on {
                if !self.all_modules.contains_key(dep.value.as_str()) {
                    let diag = self.d.error(
                        "PC209",
                        Some(&dep.pos),
                        format!("module `{}` depends on unknown module `{}`", m.name.value, dep.value),
                    );
                    if let Some(s) = suggest(&dep.value, self.all_modules.keys().copied()) {
                        diag.set_hint(format!("did you mean `{s}`?"));
                    }
                } else if !included.contains(dep.value.as_str()) {
                    self.d
                        .error(
                            "PC225",
                            Some(&dep.pos),
                            format!("module `{}` depends on `{}`, which database `{}` does not receive", m.name.value, dep.value, self.db),
                        )
                        .set_hint(format!("add `{}` to the modules of database `{}`", dep.value, self.db));
                }
            }
            let schema = Self::module_schema(m);
            if let Some(s) = &m.schema {
                if check_name(s, "schema name", self.d) && reserved_prefix(s, "schema", self.d) && s.value != "public" {
                    self.add_schema(&s.value, m.description.as_ref().map(|x| x.value.clone()), &s.pos);
                }
            }
            for e in &m.extensions {
                self.add_extension(e);
            }
            for e in &m.enums {
                self.add_enum(e, &schema);
            }
            for r in &m.roles {
                self.add_role(r);
            }
        }
        // functions before tables: trait tables' triggers and defaults may use them
        for m in mods {
            let schema = Self::module_schema(m);
            for f in &m.functions {
                self.add_function(f, &schema, false);
            }
        }
        for m in mods {
            let schema = Self::module_schema(m);
            for t in &m.tables {
                self.build_table(t, &schema, &m.name.value, root_local);
            }
        }
        for m in mods {
            let schema = Self::module_schema(m);
            for v in &m.views {
                self.add_view(v, &schema);
            }
        }
        self.resolve_fks();
        self.mark_functions_after_tables();
        for m in mods {
            let schema = Self::module_schema(m);
            self.add_grants(m, &schema);
        }
        self.check_roles_and_triggers(mods);
        self.check_tenant_isolation();
        self.check_namespaces();
        self.check_enum_values();
        self.check_membership_cycles();
        self.model.grants.sort();
        self.model.grants.dedup();
        self.model.default_privileges.sort();
        self.model.default_privileges.dedup();
    }

    /// A `schema:` given on an object: checked, and created when it is new.
    fn explicit_schema(&mut self, s: &SStr) {
        if check_name(s, "schema name", self.d) && reserved_prefix(s, "schema", self.d) && s.value != "public" {
            self.add_schema(&s.value, None, &s.pos);
        }
    }

    fn add_schema(&mut self, name: &str, comment: Option<String>, pos: &Pos) {
        self.model.schemas.entry(name.to_string()).or_insert_with(|| Schema {
            name: name.to_string(),
            comment,
            origin: Some(pos.clone()).into(),
        });
    }

    fn add_extension(&mut self, e: &SStr) {
        const KNOWN: &[&str] = &[
            "pgcrypto",
            "citext",
            "uuid-ossp",
            "pg_trgm",
            "btree_gin",
            "btree_gist",
            "hstore",
            "ltree",
            "postgis",
            "unaccent",
            "pg_stat_statements",
            "tablefunc",
            "intarray",
            "cube",
            "earthdistance",
            "fuzzystrmatch",
            "pg_partman",
            "vector",
        ];
        if !KNOWN.contains(&e.value.as_str()) {
            let diag = self.d.warning(
                "PC214",
                Some(&e.pos),
                format!("extension `{}` is not one provision knows; it must be installed on every target", e.value),
            );
            if let Some(s) = suggest(&e.value, KNOWN.iter().copied()) {
                diag.set_hint(format!("did you mean `{s}`?"));
            }
        }
        self.model
            .extensions
            .entry(e.value.clone())
            .or_insert_with(|| Extension { name: e.value.clone(), origin: Some(e.pos.clone()).into() });
    }

    fn add_enum(&mut self, e: &EnumSpec, module_schema: &str) {
        check_name(&e.name, "enum name", self.d);
        let schema = e.schema.as_ref().map_or_else(|| module_schema.to_string(), |s| s.value.clone());
        if let Some(s) = &e.schema {
            self.explicit_schema(s);
        }
        if e.values.is_empty() {
            self.d
                .error("PC218", Some(&e.name.pos), format!("enum `{}` has no values", e.name.value))
                .set_hint("list its labels: `name: [a, b, c]`");
        }
        let mut seen = BTreeSet::new();
        for v in &e.values {
            if !seen.insert(v.value.clone()) {
                self.d.error("PC218", Some(&v.pos), format!("enum `{}` lists `{}` twice", e.name.value, v.value));
            }
            if v.value.len() > 63 {
                self.d.error("PC202", Some(&v.pos), format!("enum label `{}` is longer than 63 bytes", v.value));
            }
        }
        let key = qkey(&schema, &e.name.value);
        if self.model.enums.contains_key(&key) {
            self.d.error("PC203", Some(&e.name.pos), format!("enum `{key}` is declared twice in database `{}`", self.db));
            return;
        }
        self.model.enums.insert(
            key,
            Enum {
                schema,
                name: e.name.value.clone(),
                values: e.values.iter().map(|v| v.value.clone()).collect(),
                comment: e.comment.as_ref().map(|c| c.value.clone()),
                origin: Some(e.name.pos.clone()).into(),
            },
        );
    }

    fn add_role(&mut self, r: &RoleSpec) {
        if check_name(&r.name, "role name", self.d) {
            reserved_prefix(&r.name, "role", self.d);
        }
        if let Some(env) = &r.password_env {
            if env.value.is_empty() || !env.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                self.d.error("PC201", Some(&env.pos), format!("`{}` is not an environment variable name", env.value));
            }
        }
        let role = Role {
            name: r.name.value.clone(),
            login: r.login,
            inherit: r.inherit,
            bypassrls: r.bypassrls,
            createdb: r.createdb,
            createrole: r.createrole,
            connection_limit: r.connection_limit.as_ref().map(|c| c.value),
            member_of: r.member_of.iter().map(|m| m.value.clone()).collect(),
            password_env: r.password_env.as_ref().map(|p| p.value.clone()),
            comment: r.comment.as_ref().map(|c| c.value.clone()),
            renamed_from: Hint(r.renamed_from.as_ref().map(|x| x.value.clone())),
            origin: Some(r.name.pos.clone()).into(),
        };
        if let Some(prev) = self.model.roles.get(&role.name) {
            if prev != &role {
                self.d
                    .error("PC203", Some(&r.name.pos), format!("role `{}` is declared twice with different settings", r.name.value))
                    .set_hint(format!(
                        "declare it once; the other declaration is at {}",
                        prev.origin.as_ref().map(|p| p.to_string()).unwrap_or_default()
                    ));
            }
            return;
        }
        self.model.roles.insert(role.name.clone(), role);
    }

    fn add_function(&mut self, f: &FunctionSpec, module_schema: &str, from_trait: bool) {
        check_name(&f.name, "function name", self.d);
        let schema = f.schema.as_ref().map_or_else(|| module_schema.to_string(), |s| s.value.clone());
        if let Some(s) = &f.schema {
            self.explicit_schema(s);
        }
        let func = Function {
            schema: schema.clone(),
            name: f.name.value.clone(),
            args: f.args.as_ref().map_or_else(String::new, |a| a.value.trim().to_string()),
            identity_args: identity_args(f.args.as_ref().map_or("", |a| a.value.as_str())),
            returns: f.returns.value.trim().to_string(),
            language: f.language.value.trim().to_ascii_lowercase(),
            body: f.body.value.clone(),
            volatility: f.volatility.as_ref().map_or("volatile", |v| v.value).to_string(),
            security_definer: f.security_definer,
            strict: f.strict,
            after_tables: false,
            comment: f.comment.as_ref().map(|c| c.value.clone()),
            origin: Some(f.name.pos.clone()).into(),
        };
        if !matches!(func.language.as_str(), "sql" | "plpgsql") {
            self.d
                .error("PC213", Some(&f.language.pos), format!("function language `{}` is not supported", func.language))
                .set_hint("write functions in `sql` or `plpgsql`");
        }
        let key = func.key();
        if let Some(prev) = self.model.functions.get(&key) {
            if prev.body != func.body || prev.returns != func.returns {
                self.d
                    .error("PC203", Some(&f.name.pos), format!("function `{key}` is defined twice with different bodies"))
                    .set_hint("rename one, or give one of them its own schema");
            }
            return;
        }
        let _ = from_trait;
        self.model.functions.insert(key, func);
    }

    /// A function whose signature mentions a table or view row type is created after tables.
    fn mark_functions_after_tables(&mut self) {
        let names: Vec<String> =
            self.model.tables.values().map(|t| t.name.clone()).chain(self.model.views.values().map(|v| v.name.clone())).collect();
        for f in self.model.functions.values_mut() {
            let sig = format!("{} {}", f.args, f.returns).to_ascii_lowercase();
            f.after_tables = sig.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).any(|w| names.iter().any(|n| n == w));
        }
    }

    fn fragments(
        &mut self,
        t: &TableSpec,
        schema: &str,
        module: &str,
        tenancy: Option<&Tenancy>,
        root_local: bool,
        d: &mut Diagnostics,
    ) -> Vec<Fragment> {
        let mut leading = Vec::new();
        let mut trailing = Vec::new();
        for u in &t.body.traits {
            let Some(tr) = self.traits.get(u.name.value.as_str()).copied() else {
                let diag = d.error("PC208", Some(&u.name.pos), format!("unknown trait `{}`", u.name.value));
                match suggest(&u.name.value, self.traits.keys().copied()) {
                    Some(s) => diag.set_hint(format!("did you mean `{s}`?")),
                    None => diag.set_hint(format!("known traits: {}", self.traits.keys().copied().collect::<Vec<_>>().join(", "))),
                }
                continue;
            };
            // parameters: defaults, then the use's overrides
            let mut params = serde_json::Map::new();
            for (k, v) in &tr.params {
                params.insert(k.name.clone(), traits::to_value(v));
            }
            if let Some(p) = &u.params {
                match &p.value {
                    crate::spec::yaml::YValue::Map(entries) => {
                        for (k, v) in entries {
                            if !params.contains_key(&k.name) {
                                let diag =
                                    d.error("PC216", Some(&k.pos), format!("trait `{}` has no parameter `{}`", u.name.value, k.name));
                                match suggest(&k.name, tr.params.iter().map(|(pk, _)| pk.name.as_str())) {
                                    Some(s) => diag.set_hint(format!("did you mean `{s}`?")),
                                    None => diag.set_hint(if tr.params.is_empty() {
                                        "it takes no parameters".to_string()
                                    } else {
                                        format!(
                                            "parameters: {}",
                                            tr.params.iter().map(|(k, _)| k.name.as_str()).collect::<Vec<_>>().join(", ")
                                        )
                                    }),
                                }
                                continue;
                            }
                            params.insert(k.name.clone(), traits::to_value(v));
                        }
                    }
                    _ if p.is_null() => {}
                    _ => {
                        d.error("PS102", Some(&p.pos), format!("parameters of trait `{}` must be a mapping", u.name.value));
                    }
                }
            }
            let mut missing = false;
            for (k, v) in &params {
                if v.is_null() {
                    d.error("PC216", Some(&u.name.pos), format!("trait `{}` needs the parameter `{k}`", u.name.value))
                        .set_hint(format!("write it as `- {}: {{ {k}: ... }}`", u.name.value));
                    missing = true;
                }
            }
            if missing {
                continue;
            }
            let uses_tenant = yaml_mentions(&tr.body, "tenant.");
            if uses_tenant && tenancy.is_none() && !self.tenancy_declared {
                d.error(
                    "PC211",
                    Some(&u.name.pos),
                    format!("trait `{}` needs tenancy, but provision.yaml has no `tenancy:` section", u.name.value),
                )
                .set_hint("add `tenancy: { mode: rls, root: <schema.table>, key: <column> }` to provision.yaml");
                continue;
            }
            let tenant_ctx = tenancy.map(|tn| {
                serde_json::json!({
                    "mode": tn.mode, "key": tn.key, "key_type": tn.key_type,
                    "root": format!("{}.{}", tn.root_schema, tn.root_table),
                    "root_schema": tn.root_schema, "root_table": tn.root_table, "root_pk": tn.root_pk,
                    "root_local": root_local, "setting": tn.setting,
                })
            });
            let ctx = minijinja::Value::from_serialize(serde_json::json!({
                "table": t.name.value, "schema": schema, "module": module,
                "tenant": tenant_ctx, "params": params,
            }));
            let errors_before = d.len();
            let relocated;
            let body = if tr.name.pos.file.as_ref() == crate::spec::BUILTIN_TRAITS_FILE {
                relocated = traits::relocate(&tr.body, &u.name.pos);
                &relocated
            } else {
                &tr.body
            };
            let rendered = traits::render_node(&self.env, body, &ctx, d);
            if d.len() > errors_before {
                continue; // a broken template: its output would only add confusing follow-up errors
            }
            let what = format!("trait `{}`", u.name.value);
            if let Some(body) = decode_table_body(&rendered, &what, true, d) {
                if let Some(nested) = body.traits.first() {
                    d.error("PC208", Some(&nested.name.pos), format!("trait `{}` lists other traits; traits do not nest", u.name.value))
                        .set_hint("list every trait on the table itself, e.g. `traits: [uuid_pk, timestamps, your_trait]`");
                }
                let leading_trait = body.placement.as_ref().is_some_and(|p| p.value == "leading");
                let frag = Fragment { body, source: format!("trait `{}`", u.name.value) };
                if leading_trait {
                    leading.push(frag)
                } else {
                    trailing.push(frag)
                }
            }
        }
        let mut out = leading;
        out.push(Fragment { body: t.body.clone(), source: format!("table `{}`", t.name.value) });
        out.extend(trailing);
        out
    }

    fn build_table(&mut self, t: &TableSpec, module_schema: &str, module: &str, root_local: bool) {
        check_name(&t.name, "table name", self.d);
        let schema = t.body.schema.as_ref().map_or_else(|| module_schema.to_string(), |s| s.value.clone());
        match &t.body.schema {
            Some(s) if schema != module_schema => self.explicit_schema(s),
            _ => {}
        }
        let tenancy = self.tenancy.clone();
        let mut scratch = Diagnostics::default();
        let frags = self.fragments(t, &schema, module, tenancy.as_ref(), root_local, &mut scratch);
        for diag in scratch.into_sorted() {
            self.d.push(diag);
        }
        let key = qkey(&schema, &t.name.value);
        if self.model.tables.contains_key(&key) || self.model.views.contains_key(&key) {
            self.d.error("PC203", Some(&t.name.pos), format!("table `{key}` is declared twice in database `{}`", self.db));
            return;
        }
        let mut table = Table {
            origin: Some(t.name.pos.clone()).into(),
            renamed_from: Hint(t.body.renamed_from.as_ref().map(|r| r.value.clone())),
            ..Table::new(&schema, &t.name.value)
        };
        let tname = t.name.value.clone();
        let mut col_source: HashMap<String, String> = HashMap::new();
        let mut pk_cols: Vec<SStr> = Vec::new();
        let mut pk_pos: Option<Pos> = None;
        let mut index_filter: Option<String> = None;
        let mut partition_spec: Option<PartitionSpec> = None;
        let mut rows = Vec::new();
        // indexes that keep covering soft-deleted rows (no index_filter)
        let mut all_rows: Vec<bool> = Vec::new();

        for f in &frags {
            let b = &f.body;
            table.tenant_scoped |= b.marks_tenant;
            if let Some(c) = &b.comment {
                table.comment = Some(c.value.clone());
            }
            for e in &b.extensions {
                self.add_extension(e);
            }
            for c in &b.columns {
                if !check_name(&c.name, "column name", self.d) {
                    continue;
                }
                if let Some(prev) = col_source.get(&c.name.value) {
                    let hint = if prev == &f.source {
                        "each column is declared once".to_string()
                    } else {
                        format!("{} and {prev} both add it; remove one of the two or drop the trait", f.source)
                    };
                    self.d
                        .error("PC203", Some(&c.name.pos), format!("column `{}` is declared twice in table `{tname}`", c.name.value))
                        .set_hint(hint);
                    continue;
                }
                col_source.insert(c.name.value.clone(), f.source.clone());
                if let Some(col) = self.build_column(c, &tname, &schema, &mut table, &mut pk_cols) {
                    table.columns.push(col);
                }
            }
            if !b.primary_key.is_empty() {
                if !pk_cols.is_empty() && pk_cols.iter().map(|c| &c.value).ne(b.primary_key.iter().map(|c| &c.value)) {
                    self.d
                        .error("PC213", b.primary_key_pos.as_ref(), format!("table `{tname}` declares its primary key twice"))
                        .set_hint("use either `pk: true` on one column or `primary_key: [..]` on the table");
                }
                pk_cols = b.primary_key.clone();
                pk_pos = b.primary_key_pos.clone();
            }
            for u in &b.unique {
                let cols: Vec<String> = u.columns.iter().map(|c| c.value.clone()).collect();
                let name = u.name.as_ref().map_or_else(
                    || bounded_name(&format!("{tname}_{}_key", cols.join("_"))),
                    |n| {
                        check_name(n, "constraint name", self.d);
                        n.value.clone()
                    },
                );
                table.uniques.push(KeyConstraint {
                    name,
                    columns: cols,
                    renamed_from: Hint(u.renamed_from.as_ref().map(|x| x.value.clone())),
                    origin: Some(u.pos.clone()).into(),
                });
            }
            for c in &b.checks {
                check_name(&c.name, "check name", self.d);
                table.checks.push(Check {
                    name: bounded_name(&format!("{tname}_{}_check", c.name.value)),
                    expr: c.expr.value.clone(),
                    renamed_from: Hint(c.renamed_from.as_ref().map(|o| bounded_name(&format!("{tname}_{}_check", o.value)))),
                    origin: Some(c.name.pos.clone()).into(),
                });
            }
            for fk in &b.foreign_keys {
                let cols: Vec<String> = fk.columns.iter().map(|c| c.value.clone()).collect();
                let name = fk.name.as_ref().map_or_else(
                    || bounded_name(&format!("{tname}_{}_fkey", cols.join("_"))),
                    |n| {
                        check_name(n, "constraint name", self.d);
                        n.value.clone()
                    },
                );
                self.pending_fks.push(PendingFk {
                    renamed_from: fk.renamed_from.as_ref().map(|x| x.value.clone()),
                    table_key: qkey(&schema, &tname),
                    name,
                    columns: fk.columns.clone(),
                    references: fk.references.clone(),
                    ref_columns: fk.ref_columns.clone(),
                    on_delete: fk.on_delete.as_ref().map_or("no action", |v| v.value).to_string(),
                    on_update: fk.on_update.as_ref().map_or("no action", |v| v.value).to_string(),
                    schema: schema.clone(),
                    pos: fk.pos.clone(),
                });
            }
            for ix in &b.indexes {
                if let Some(index) = self.build_index(ix, &tname) {
                    table.indexes.push(index);
                    all_rows.push(ix.all_rows);
                }
            }
            if let Some(p) = &b.partition {
                partition_spec = Some(p.clone());
            }
            if let Some(r) = &b.rls {
                table.rls.enabled |= r.enable.unwrap_or(!r.policies.is_empty());
                table.rls.forced |= r.force.unwrap_or(false);
                for p in &r.policies {
                    check_name(&p.name, "policy name", self.d);
                    if table.policies.iter().any(|x| x.name == p.name.value) {
                        self.d.error("PC203", Some(&p.name.pos), format!("policy `{}` is declared twice on table `{tname}`", p.name.value));
                        continue;
                    }
                    if p.command.value == "insert" && p.using.is_some() {
                        self.d
                            .error("PC223", Some(&p.name.pos), format!("policy `{}`: an INSERT policy takes only `check`", p.name.value))
                            .set_hint("move the expression from `using` to `check`");
                    }
                    if matches!(p.command.value, "select" | "delete") && p.check.is_some() {
                        self.d
                            .error(
                                "PC223",
                                Some(&p.name.pos),
                                format!("policy `{}`: a {} policy takes only `using`", p.name.value, p.command.value.to_uppercase()),
                            )
                            .set_hint("move the expression from `check` to `using`");
                    }
                    if p.using.is_none() && p.check.is_none() {
                        self.d.error("PS103", Some(&p.name.pos), format!("policy `{}` needs `using` or `check`", p.name.value));
                    }
                    table.policies.push(Policy {
                        name: p.name.value.clone(),
                        command: p.command.value.to_string(),
                        permissive: p.permissive,
                        roles: p.roles.iter().map(|r| r.value.clone()).collect(),
                        using: p.using.as_ref().map(|u| u.value.clone()),
                        check: p.check.as_ref().map(|c| c.value.clone()),
                        renamed_from: Hint(p.renamed_from.as_ref().map(|r| r.value.clone())),
                        origin: Some(p.name.pos.clone()).into(),
                    });
                }
            }
            for tr in &b.triggers {
                check_name(&tr.name, "trigger name", self.d);
                if table.triggers.iter().any(|x| x.name == tr.name.value) {
                    self.d.error("PC203", Some(&tr.name.pos), format!("trigger `{}` is declared twice on table `{tname}`", tr.name.value));
                    continue;
                }
                if tr.timing.value == "instead of" {
                    self.d
                        .error(
                            "PC213",
                            Some(&tr.timing.pos),
                            format!("trigger `{}`: INSTEAD OF triggers exist only on views, `{tname}` is a table", tr.name.value),
                        )
                        .set_hint("use `timing: before` or `after`");
                }
                if tr.for_each.value == "row" && tr.events.iter().any(|e| e.value == "truncate") {
                    self.d
                        .error(
                            "PC213",
                            Some(&tr.name.pos),
                            format!("trigger `{}`: TRUNCATE triggers fire once per statement", tr.name.value),
                        )
                        .set_hint("write `for_each: statement`, or remove `truncate` from the events");
                }
                let (fs, fname) = split_qualified(&tr.function.value, &schema);
                table.triggers.push(Trigger {
                    name: tr.name.value.clone(),
                    timing: tr.timing.value.to_string(),
                    events: tr.events.iter().map(|e| e.value.to_string()).collect(),
                    for_each: tr.for_each.value.to_string(),
                    function_schema: fs,
                    function: fname,
                    args: tr.args.iter().map(|a| a.value.clone()).collect(),
                    when: tr.when.as_ref().map(|w| w.value.clone()),
                    origin: Some(tr.name.pos.clone()).into(),
                });
            }
            if let Some(fl) = &b.index_filter {
                index_filter = Some(fl.value.clone());
            }
            rows.extend(b.data.iter().cloned());
            // schema-level objects a trait brings (functions, audit tables)
            for func in &b.extra_functions {
                self.add_function(func, &schema, true);
            }
            for extra in &b.extra_tables {
                let es = extra.body.schema.as_ref().map_or_else(|| schema.clone(), |s| s.value.clone());
                if !self.model.tables.contains_key(&qkey(&es, &extra.name.value)) {
                    self.build_table(extra, &es, module, root_local);
                }
            }
        }

        // columns must exist for every constraint and index
        let colnames: BTreeSet<String> = table.columns.iter().map(|c| c.name.clone()).collect();
        let check_cols = |cols: &[SStr], what: &str, d: &mut Diagnostics| {
            for c in cols {
                if !colnames.contains(&c.value) {
                    let diag = d.error("PC206", Some(&c.pos), format!("{what} names unknown column `{}` of table `{tname}`", c.value));
                    if let Some(s) = suggest(&c.value, colnames.iter().map(String::as_str)) {
                        diag.set_hint(format!("did you mean `{s}`?"));
                    }
                }
            }
        };
        check_cols(&pk_cols, "the primary key", self.d);
        for f in &frags {
            for u in &f.body.unique {
                check_cols(&u.columns, "a unique constraint", self.d);
            }
            for ix in &f.body.indexes {
                let plain: Vec<SStr> = ix
                    .columns
                    .iter()
                    .map(|c| Spanned::new(c.value.split_whitespace().next().unwrap_or("").to_string(), c.pos.clone()))
                    .collect();
                check_cols(&plain, "an index", self.d);
                check_cols(&ix.include, "an index INCLUDE", self.d);
            }
            for fk in &f.body.foreign_keys {
                check_cols(&fk.columns, "a foreign key", self.d);
            }
            for row in &f.body.data {
                let names: Vec<SStr> = row.values.iter().map(|(k, _)| k.clone()).collect();
                check_cols(&names, "a data row", self.d);
            }
        }
        if let Some(p) = &partition_spec {
            check_cols(&p.key, "the partition key", self.d);
        }
        for f in &frags {
            let what = format!("{} (required column)", f.source);
            check_cols(&f.body.require_columns, &what, self.d);
        }

        if !pk_cols.is_empty() {
            for c in table.columns.iter_mut() {
                if pk_cols.iter().any(|p| p.value == c.name) {
                    c.nullable = false;
                }
            }
            table.primary_key = Some(KeyConstraint {
                name: bounded_name(&format!("{tname}_pkey")),
                columns: pk_cols.iter().map(|c| c.value.clone()).collect(),
                renamed_from: Default::default(),
                origin: pk_pos.or_else(|| pk_cols.first().map(|c| c.pos.clone())).into(),
            });
        }

        if let Some(fl) = index_filter {
            for (ix, keep_all) in table.indexes.iter_mut().zip(&all_rows) {
                if ix.predicate.is_none() && !keep_all {
                    ix.predicate = Some(fl.clone());
                }
            }
        }
        let mut seen_ix = BTreeSet::new();
        for ix in &table.indexes {
            if !seen_ix.insert(ix.name.clone()) {
                self.d
                    .error("PC203", ix.origin.as_ref(), format!("index name `{}` is used twice on table `{tname}`", ix.name))
                    .set_hint("give one of them an explicit `name:`");
            }
        }

        if let Some(p) = partition_spec {
            table.partition = self.build_partition(&p, &table);
        }
        for row in rows {
            if table.primary_key.is_none() {
                self.d
                    .error("PC221", Some(&row.pos), format!("table `{tname}` has data rows but no primary key"))
                    .set_hint("reference rows are keyed by the primary key so they can be updated and removed");
                break;
            }
            let pk = table.primary_key.as_ref().map(|p| p.columns.clone()).unwrap_or_default();
            for k in &pk {
                // rows are identified by their key, so the down script can delete exactly them
                if !row.values.iter().any(|(c, v)| &c.value == k && v.is_some()) {
                    self.d
                        .error("PC221", Some(&row.pos), format!("a data row of `{tname}` has no value for primary key column `{k}`"))
                        .set_hint("reference rows carry their key, even when the column has a default, so they can be updated and removed");
                }
            }
            table
                .rows
                .push(Row { values: row.values.iter().map(|(k, v)| (k.value.clone(), v.as_ref().map(|x| x.value.clone()))).collect() });
        }
        self.table_origin_module.insert(table.key(), module.to_string());
        self.model.tables.insert(table.key(), table);
    }

    fn build_column(&mut self, c: &ColumnSpec, tname: &str, schema: &str, table: &mut Table, pk_cols: &mut Vec<SStr>) -> Option<Column> {
        let tyspec = c.type_.as_ref()?;
        let enums = &self.model.enums;
        let enum_names: Vec<String> = enums.keys().cloned().collect();
        let lookup = |s: Option<&str>, n: &str| -> Option<(String, String)> {
            match s {
                Some(s) => enums.get(&qkey(s, n)).map(|e| (e.schema.clone(), e.name.clone())),
                None => {
                    enums.get(&qkey(schema, n)).or_else(|| enums.values().find(|e| e.name == n)).map(|e| (e.schema.clone(), e.name.clone()))
                }
            }
        };
        let exts = &self.model.extensions;
        let has_ext = |e: &str| exts.contains_key(e);
        let type_sql = match types::resolve(&tyspec.value, &lookup, &has_ext, &enum_names) {
            Ok(t) => t.sql,
            Err(e) => {
                let (code, msg, hint) = match e {
                    types::TypeError::Unknown { suggestion } => (
                        "PC204",
                        format!("unknown type `{}` for column `{}`", tyspec.value, c.name.value),
                        suggestion.map_or_else(
                            || {
                                "use a PostgreSQL type (text, integer, uuid, timestamptz, numeric(12,2), ...) or an enum of this database"
                                    .to_string()
                            },
                            |s| format!("did you mean `{s}`?"),
                        ),
                    ),
                    types::TypeError::Serial(base) => (
                        "PC213",
                        format!("column `{}`: serial types are not used by provision", c.name.value),
                        format!("write `type: {base}` with `identity: by_default` (or `always`)"),
                    ),
                    types::TypeError::NoModifiers(t) => ("PC204", format!("type `{t}` takes no modifiers"), format!("write `{t}`")),
                    types::TypeError::BadModifiers(t) if t.contains('(') && !t.contains(')') => (
                        "PC204",
                        format!("cannot read the modifiers of type `{t}`"),
                        "quote the type: inside `{ ... }` a comma ends the value, so write `type: \"numeric(12,2)\"`".to_string(),
                    ),
                    types::TypeError::BadModifiers(t) => (
                        "PC204",
                        format!("type `{t}` has invalid modifiers"),
                        "lengths are at least 1, numeric(precision, scale) needs 1 ≤ precision ≤ 1000 and scale ≤ precision, time precision is 0..6"
                            .to_string(),
                    ),
                    types::TypeError::NeedsExtension(ext) => (
                        "PC214",
                        format!("type `{}` needs the extension `{ext}`", tyspec.value),
                        format!("add `extensions: [{ext}]` to the module"),
                    ),
                };
                self.d.error(code, Some(&tyspec.pos), msg).set_hint(hint);
                return None;
            }
        };
        let cname = c.name.value.clone();
        if c.pk {
            if c.nullable == Some(true) {
                self.d
                    .error("PC213", Some(&c.name.pos), format!("column `{cname}` is a primary key and cannot be nullable"))
                    .set_hint("remove `nullable: true` (or the `?`)");
            }
            pk_cols.push(c.name.clone());
        }
        if c.identity.is_some() && c.default.is_some() {
            self.d
                .error("PC213", Some(&c.name.pos), format!("column `{cname}` has both `identity` and `default`"))
                .set_hint("an identity column generates its own values; remove `default`");
        }
        if c.generated.is_some() && (c.default.is_some() || c.identity.is_some()) {
            self.d.error("PC213", Some(&c.name.pos), format!("column `{cname}` is generated and cannot also have a default or identity"));
        }
        if c.identity.is_some() && !matches!(type_sql.as_str(), "integer" | "bigint" | "smallint") {
            self.d.error(
                "PC213",
                Some(&c.name.pos),
                format!("identity column `{cname}` must be smallint, integer or bigint, not {type_sql}"),
            );
        }
        if c.external.is_some() && c.references.is_some() {
            self.d
                .error("PC213", Some(&c.name.pos), format!("column `{cname}` has both `references` and `external`"))
                .set_hint("`references` is a foreign key in this database; `external` documents a reference to another database");
        }
        if c.on_delete.is_some() && c.references.is_none() && c.external.is_none() {
            self.d.error("PC213", Some(&c.name.pos), format!("column `{cname}` has `on_delete` but no `references`"));
        }
        if c.unique {
            table.uniques.push(KeyConstraint {
                name: bounded_name(&format!("{tname}_{cname}_key")),
                columns: vec![cname.clone()],
                renamed_from: Default::default(),
                origin: Some(c.name.pos.clone()).into(),
            });
        }
        if let Some(chk) = &c.check {
            table.checks.push(Check {
                name: bounded_name(&format!("{tname}_{cname}_check")),
                expr: chk.value.clone(),
                renamed_from: Default::default(),
                origin: Some(chk.pos.clone()).into(),
            });
        }
        if let Some(r) = &c.references {
            self.pending_fks.push(PendingFk {
                renamed_from: None,
                table_key: qkey(schema, tname),
                name: bounded_name(&format!("{tname}_{cname}_fkey")),
                columns: vec![c.name.clone()],
                references: r.table.clone(),
                ref_columns: r.column.iter().cloned().collect(),
                on_delete: c.on_delete.as_ref().map_or("no action", |v| v.value).to_string(),
                on_update: c.on_update.as_ref().map_or("no action", |v| v.value).to_string(),
                schema: schema.to_string(),
                pos: r.table.pos.clone(),
            });
        }
        let external = c.external.as_ref().map(|e| {
            let parts: Vec<&str> = e.value.split('.').collect();
            if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
                self.d.error(
                    "PC205",
                    Some(&e.pos),
                    format!("external reference `{}` should be `database.table` or `database.schema.table`", e.value),
                );
            }
            e.value.clone()
        });
        Some(Column {
            name: cname,
            type_: type_sql,
            nullable: c.nullable.unwrap_or(false) && !c.pk,
            default: c.default.as_ref().map(|v| v.value.trim().to_string()),
            identity: c.identity.as_ref().map(|i| i.value.to_string()),
            generated: c.generated.as_ref().map(|g| g.value.clone()),
            comment: c.comment.as_ref().map(|x| x.value.clone()),
            external,
            renamed_from: Hint(c.renamed_from.as_ref().map(|r| r.value.clone())),
            origin: Some(c.name.pos.clone()).into(),
        })
    }

    fn build_index(&mut self, ix: &IndexSpec, tname: &str) -> Option<Index> {
        let mut keys = Vec::new();
        for c in &ix.columns {
            let mut words = c.value.split_whitespace();
            let col = words.next().unwrap_or("").to_string();
            let rest: Vec<String> = words.map(str::to_ascii_uppercase).collect();
            let order = rest.join(" ");
            if !matches!(
                order.as_str(),
                "" | "ASC"
                    | "DESC"
                    | "NULLS FIRST"
                    | "NULLS LAST"
                    | "ASC NULLS FIRST"
                    | "ASC NULLS LAST"
                    | "DESC NULLS FIRST"
                    | "DESC NULLS LAST"
            ) {
                self.d
                    .error("PC213", Some(&c.pos), format!("cannot read index column `{}`", c.value))
                    .set_hint("write `column`, `column desc` or `column asc nulls last`; use `expression:` for anything else");
                continue;
            }
            keys.push(IndexKey { column: Some(col), expression: None, order: (!order.is_empty()).then_some(order) });
        }
        for e in &ix.expressions {
            keys.push(IndexKey { column: None, expression: Some(e.value.clone()), order: None });
        }
        let method = ix.using.as_ref().map_or("btree", |u| u.value).to_string();
        if ix.unique && method != "btree" {
            self.d.error("PC213", Some(&ix.pos), format!("a unique index must use btree, not {method}"));
        }
        let base = if ix.columns.is_empty() {
            format!("{tname}_expr_idx")
        } else {
            let cols: Vec<&str> = keys.iter().filter_map(|k| k.column.as_deref()).collect();
            format!("{tname}_{}_{}", cols.join("_"), if ix.unique { "key" } else { "idx" })
        };
        let name = ix.name.as_ref().map_or_else(
            || bounded_name(&base),
            |n| {
                check_name(n, "index name", self.d);
                n.value.clone()
            },
        );
        Some(Index {
            name,
            method,
            keys,
            include: ix.include.iter().map(|c| c.value.clone()).collect(),
            predicate: ix.where_.as_ref().map(|w| w.value.clone()),
            unique: ix.unique,
            concurrently: ix.concurrently,
            renamed_from: Hint(ix.renamed_from.as_ref().map(|r| r.value.clone())),
            origin: Some(ix.pos.clone()).into(),
        })
    }

    fn build_partition(&mut self, p: &PartitionSpec, table: &Table) -> Option<Partitioning> {
        let tname = &table.name;
        // PostgreSQL requires the partition key in every unique constraint
        let keycols: Vec<&str> = p.key.iter().map(|k| k.value.as_str()).collect();
        if keycols.is_empty() {
            self.d.error("PS103", Some(&p.pos), format!("`partition` of table `{tname}` needs `key: [column]`"));
            return None;
        }
        let uniques = table.primary_key.iter().chain(table.uniques.iter());
        for u in uniques {
            // unknown key columns are reported on their own (PC206)
            let missing: Vec<&&str> = keycols.iter().filter(|k| table.column(k).is_some() && !u.columns.iter().any(|c| c == **k)).collect();
            if !missing.is_empty() {
                self.d
                    .error(
                        "PC212",
                        u.origin.as_ref().or(Some(&p.pos)),
                        format!(
                            "partition key column `{}` of table `{tname}` is missing from `{}` ({})",
                            missing[0],
                            u.name,
                            u.columns.join(", ")
                        ),
                    )
                    .set_hint(format!(
                        "PostgreSQL requires the partition key in every primary key and unique constraint: add `{}` to it",
                        missing[0]
                    ));
            }
        }
        let mut children = Vec::new();
        let strategy = p.by.value;
        if p.interval.is_some() && strategy != "range" {
            self.d.error("PC222", Some(&p.pos), "`interval` applies to range partitioning only");
        }
        if let Some(interval) = p.interval.as_ref().filter(|_| strategy == "range") {
            if keycols.len() != 1 {
                self.d.error("PC222", Some(&p.pos), "interval partitioning needs exactly one key column (a date or timestamp)");
            } else if let Some(col) = table.column(keycols[0]) {
                if !(col.type_ == "date" || col.type_.starts_with("timestamp")) {
                    self.d.error(
                        "PC222",
                        Some(&p.key[0].pos),
                        format!("interval partition key `{}` is {}, not a date or timestamp", col.name, col.type_),
                    );
                }
            }
            let premake = p.premake.as_ref().map_or(3, |v| v.value);
            if !(0..=120).contains(&premake) {
                self.d.error("PC222", p.premake.as_ref().map(|v| &v.pos), "`premake` must be between 0 and 120");
            }
            if let Some(r) = &p.retention {
                if r.value < 1 {
                    self.d.error("PC222", Some(&r.pos), "`retention` counts intervals to keep and must be at least 1");
                }
            }
            let Some(start_s) = &p.start else {
                self.d
                    .error("PS103", Some(&p.pos), format!("interval partitioning of `{tname}` needs `start: YYYY-MM-DD`"))
                    .set_hint("the first partitions are computed from `start`, so rendering never depends on the clock");
                return None;
            };
            let Some(start) = dates::Date::parse(&start_s.value) else {
                self.d.error("PC222", Some(&start_s.pos), format!("`{}` is not a date (YYYY-MM-DD)", start_s.value));
                return None;
            };
            let mut cur = dates::align(start, interval.value);
            for _ in 0..=premake.clamp(0, 120) {
                let nxt = dates::next(cur, interval.value);
                children.push(PartitionChild {
                    name: bounded_name(&format!("{tname}_{}", dates::suffix(cur, interval.value))),
                    bound: PartitionBound::Range { from: vec![cur.iso()], to: vec![nxt.iso()] },
                });
                cur = nxt;
            }
        }
        for part in &p.partitions {
            check_name(&part.name, "partition name", self.d);
            let bound = match strategy {
                "list" => {
                    if part.values.is_empty() {
                        self.d.error("PC222", Some(&part.name.pos), format!("list partition `{}` needs `values: [...]`", part.name.value));
                    }
                    PartitionBound::List { values: part.values.iter().map(|v| v.value.clone()).collect() }
                }
                "hash" => {
                    let (Some(m), Some(r)) = (&part.modulus, &part.remainder) else {
                        self.d.error(
                            "PC222",
                            Some(&part.name.pos),
                            format!("hash partition `{}` needs `modulus` and `remainder`", part.name.value),
                        );
                        continue;
                    };
                    if m.value < 1 || r.value < 0 || r.value >= m.value {
                        self.d.error("PC222", Some(&r.pos), "hash partitions need modulus ≥ 1 and 0 ≤ remainder < modulus");
                    }
                    PartitionBound::Hash { modulus: m.value, remainder: r.value }
                }
                _ => {
                    let (Some(from), Some(to)) = (&part.from, &part.to) else {
                        self.d.error("PC222", Some(&part.name.pos), format!("range partition `{}` needs `from` and `to`", part.name.value));
                        continue;
                    };
                    PartitionBound::Range { from: vec![from.value.clone()], to: vec![to.value.clone()] }
                }
            };
            children.push(PartitionChild { name: part.name.value.clone(), bound });
        }
        if p.default_partition {
            children.push(PartitionChild { name: bounded_name(&format!("{tname}_default")), bound: PartitionBound::Default });
        }
        if strategy == "hash" && p.partitions.is_empty() {
            self.d.error("PC222", Some(&p.pos), format!("hash-partitioned table `{tname}` needs `partitions:` with modulus and remainder"));
        }
        if strategy == "hash" && p.default_partition {
            self.d
                .error("PC222", Some(&p.pos), format!("hash-partitioned table `{tname}` cannot have a default partition"))
                .set_hint("remove `default_partition: true`");
        }
        if strategy == "hash" {
            // each modulus must divide the next larger one
            let mut moduli: Vec<i64> = p.partitions.iter().filter_map(|x| x.modulus.as_ref().map(|m| m.value)).filter(|m| *m > 0).collect();
            moduli.sort_unstable();
            moduli.dedup();
            if let Some(w) = moduli.windows(2).find(|w| w[1] % w[0] != 0) {
                self.d
                    .error(
                        "PC222",
                        Some(&p.pos),
                        format!(
                            "hash partitions of `{tname}` use moduli {} and {}; every modulus must divide the next larger one",
                            w[0], w[1]
                        ),
                    )
                    .set_hint("use one modulus for all partitions (e.g. 4 partitions with modulus 4), or powers of two");
            }
            let mut seen = BTreeSet::new();
            for part in &p.partitions {
                if let (Some(m), Some(r)) = (&part.modulus, &part.remainder) {
                    if !seen.insert((m.value, r.value)) {
                        self.d.error(
                            "PC222",
                            Some(&r.pos),
                            format!("two hash partitions of `{tname}` have modulus {} remainder {}", m.value, r.value),
                        );
                    }
                }
            }
        }
        Some(Partitioning {
            strategy: strategy.to_string(),
            key: keycols.iter().map(|s| s.to_string()).collect(),
            interval: p.interval.as_ref().map(|i| i.value.to_string()),
            premake: p.interval.as_ref().map(|_| p.premake.as_ref().map_or(3, |v| v.value)),
            retention: p.retention.as_ref().map(|r| r.value),
            retention_action: p.retention.as_ref().map(|_| p.retention_action.as_ref().map_or("drop", |a| a.value).to_string()),
            children,
        })
    }

    fn add_view(&mut self, v: &ViewSpec, module_schema: &str) {
        check_name(&v.name, "view name", self.d);
        let schema = v.schema.as_ref().map_or_else(|| module_schema.to_string(), |s| s.value.clone());
        if let Some(s) = &v.schema {
            self.explicit_schema(s);
        }
        let key = qkey(&schema, &v.name.value);
        if self.model.views.contains_key(&key) || self.model.tables.contains_key(&key) {
            self.d.error("PC224", Some(&v.name.pos), format!("`{key}` is already a table or view in database `{}`", self.db));
            return;
        }
        let mut indexes = Vec::new();
        for ix in &v.indexes {
            if !v.materialized {
                self.d.error("PC213", Some(&ix.pos), format!("view `{}` is not materialized and cannot have indexes", v.name.value));
                break;
            }
            if let Some(i) = self.build_index(ix, &v.name.value) {
                indexes.push(i);
            }
        }
        // other views named in the query are created first
        let others: Vec<(String, String)> = self.model.views.values().map(|o| (o.key(), o.name.clone())).collect();
        let words: BTreeSet<&str> = v.query.value.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')).collect();
        let mut depends_on: Vec<String> =
            others.iter().filter(|(k, n)| words.contains(k.as_str()) || words.contains(n.as_str())).map(|(k, _)| k.clone()).collect();
        for dep in &v.depends_on {
            let (s, n) = split_qualified(&dep.value, &schema);
            let k = qkey(&s, &n);
            if !self.model.views.contains_key(&k) {
                self.d
                    .error("PC205", Some(&dep.pos), format!("view `{}` depends on unknown view `{}`", v.name.value, dep.value))
                    .set_hint("declare views before the views that use them");
            } else if !depends_on.contains(&k) {
                depends_on.push(k);
            }
        }
        depends_on.sort();
        self.model.views.insert(
            key,
            View {
                schema,
                name: v.name.value.clone(),
                query: v.query.value.trim_end().trim_end_matches(';').to_string(),
                materialized: v.materialized,
                security_invoker: !v.materialized && self.postgres >= 15,
                indexes,
                comment: v.comment.as_ref().map(|c| c.value.clone()),
                depends_on,
                origin: Some(v.name.pos.clone()).into(),
            },
        );
    }

    fn find_table(&self, name: &str, schema: &str) -> Option<String> {
        if name.contains('.') {
            return self.model.tables.contains_key(name).then(|| name.to_string());
        }
        let k = qkey(schema, name);
        if self.model.tables.contains_key(&k) {
            return Some(k);
        }
        let matches: Vec<&Table> = self.model.tables.values().filter(|t| t.name == name).collect();
        (matches.len() == 1).then(|| matches[0].key())
    }

    /// The database a table lives in, when it is not this one.
    fn other_database_of(&self, name: &str) -> Option<String> {
        let (schema, tname) = match name.split_once('.') {
            Some((s, n)) => (Some(s), n),
            None => (None, name),
        };
        for m in self.all_modules.values() {
            let ms = Self::module_schema(m);
            let hit = m.tables.iter().any(|t| {
                t.name.value == tname && schema.is_none_or(|s| t.body.schema.as_ref().map_or(ms.as_str(), |x| x.value.as_str()) == s)
            });
            if hit {
                if let Some(dbs) = self.db_of_module.get(m.name.value.as_str()) {
                    if !dbs.contains(&self.db) {
                        return dbs.first().map(|s| s.to_string());
                    }
                }
            }
        }
        None
    }

    fn resolve_fks(&mut self) {
        let pending = std::mem::take(&mut self.pending_fks);
        for fk in pending {
            let Some(target_key) = self.find_table(&fk.references.value, &fk.schema) else {
                if let Some(other) = self.other_database_of(&fk.references.value) {
                    self.d
                        .error(
                            "PC210",
                            Some(&fk.pos),
                            format!(
                                "foreign key to `{}` crosses databases: it lives in `{other}`, this table in `{}`",
                                fk.references.value, self.db
                            ),
                        )
                        .set_hint(format!(
                            "PostgreSQL cannot enforce it; write `external: {other}.{}` instead of `references:`",
                            fk.references.value
                        ));
                } else if self.model.views.values().any(|v| v.name == fk.references.value || v.key() == fk.references.value) {
                    self.d
                        .error("PC205", Some(&fk.pos), format!("foreign key references `{}`, which is a view", fk.references.value))
                        .set_hint("a foreign key must reference a table; reference the table the view reads");
                } else {
                    let names: Vec<String> = self.model.tables.values().map(|t| t.name.clone()).collect();
                    let diag =
                        self.d.error("PC205", Some(&fk.pos), format!("foreign key references unknown table `{}`", fk.references.value));
                    match suggest(&fk.references.value, names.iter().map(String::as_str)) {
                        Some(s) => diag.set_hint(format!("did you mean `{s}`?")),
                        None => diag.set_hint("reference a table of a module this database receives (`schema.table` when names repeat)"),
                    }
                }
                continue;
            };
            let target = &self.model.tables[&target_key];
            let ref_columns: Vec<String> = if fk.ref_columns.is_empty() {
                match &target.primary_key {
                    Some(pk) => pk.columns.clone(),
                    None => {
                        self.d
                            .error("PC206", Some(&fk.pos), format!("table `{target_key}` has no primary key to reference"))
                            .set_hint("name the referenced columns with `column:` / `ref_columns:`");
                        continue;
                    }
                }
            } else {
                fk.ref_columns.iter().map(|c| c.value.clone()).collect()
            };
            let mut unknown = false;
            for (i, rc) in ref_columns.iter().enumerate() {
                if target.column(rc).is_none() {
                    let pos = fk.ref_columns.get(i).map_or(&fk.pos, |c| &c.pos).clone();
                    self.d.error("PC206", Some(&pos), format!("foreign key references unknown column `{rc}` of `{target_key}`"));
                    unknown = true;
                }
            }
            if unknown {
                continue;
            }
            if ref_columns.len() != fk.columns.len() {
                self.d.error(
                    "PC215",
                    Some(&fk.pos),
                    format!(
                        "foreign key has {} column(s) but references {} column(s) of `{target_key}`",
                        fk.columns.len(),
                        ref_columns.len()
                    ),
                );
                continue;
            }
            let is_key = target.primary_key.iter().chain(target.uniques.iter()).any(|k| k.columns == ref_columns)
                || target.indexes.iter().any(|i| {
                    i.unique
                        && i.predicate.is_none()
                        && i.keys.iter().map(|k| k.column.clone().unwrap_or_default()).eq(ref_columns.iter().cloned())
                });
            if !is_key {
                self.d
                    .error(
                        "PC215",
                        Some(&fk.pos),
                        format!(
                            "foreign key target ({}) of `{target_key}` is not its primary key or a unique constraint",
                            ref_columns.join(", ")
                        ),
                    )
                    .set_hint("add a unique constraint on those columns, or reference the primary key");
            }
            let target_types: Vec<Option<String>> = ref_columns.iter().map(|rc| target.column(rc).map(|c| c.type_.clone())).collect();
            let (ts, tn) = (target.schema.clone(), target.name.clone());
            let Some(table) = self.model.tables.get_mut(&fk.table_key) else {
                continue;
            };
            for (c, tt) in fk.columns.iter().zip(&target_types) {
                if let (Some(col), Some(tt)) = (table.columns.iter().find(|x| x.name == c.value), tt) {
                    if &col.type_ != tt {
                        let (ct, tt) = (col.type_.clone(), tt.clone());
                        self.d
                            .error("PC215", Some(&c.pos), format!("column `{}` is {ct} but references a {tt} column", c.value))
                            .set_hint(format!("make `{}` {tt}", c.value));
                    }
                }
            }
            if fk.on_delete == "set null" {
                for c in &fk.columns {
                    if table.columns.iter().any(|x| x.name == c.value && !x.nullable) {
                        self.d
                            .error("PC213", Some(&c.pos), format!("`on_delete: set null` needs `{}` to be nullable", c.value))
                            .set_hint("add `?` to its type or `nullable: true`");
                    }
                }
            }
            table.foreign_keys.push(ForeignKey {
                name: fk.name,
                columns: fk.columns.iter().map(|c| c.value.clone()).collect(),
                ref_schema: ts,
                ref_table: tn,
                ref_columns,
                on_delete: fk.on_delete,
                on_update: fk.on_update,
                renamed_from: Hint(fk.renamed_from),
                origin: Some(fk.pos).into(),
            });
        }
        for t in self.model.tables.values_mut() {
            t.foreign_keys.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }

    fn add_grants(&mut self, m: &ModuleSpec, schema: &str) {
        const TABLE_PRIVS: &[&str] = &["select", "insert", "update", "delete", "truncate", "references", "trigger", "all"];
        const SEQ_PRIVS: &[&str] = &["usage", "select", "update", "all"];
        const FN_PRIVS: &[&str] = &["execute", "all"];
        const SCHEMA_PRIVS: &[&str] = &["usage", "create", "all"];
        const TYPE_PRIVS: &[&str] = &["usage", "all"];
        let module_tables: Vec<String> = m
            .tables
            .iter()
            .map(|t| qkey(&t.body.schema.as_ref().map_or(schema.to_string(), |s| s.value.clone()), &t.name.value))
            .chain(m.views.iter().map(|v| qkey(&v.schema.as_ref().map_or(schema.to_string(), |s| s.value.clone()), &v.name.value)))
            .collect();
        for g in &m.grants {
            let allowed = match g.kind.value {
                "tables" => TABLE_PRIVS,
                "sequences" => SEQ_PRIVS,
                "functions" => FN_PRIVS,
                "schemas" => SCHEMA_PRIVS,
                _ => TYPE_PRIVS,
            };
            let mut privs = Vec::new();
            for p in &g.privileges {
                let lower = p.value.to_ascii_lowercase();
                if allowed.contains(&lower.as_str()) {
                    privs.push(lower.to_uppercase());
                } else {
                    let diag = self.d.error("PS105", Some(&p.pos), format!("`{}` is not a privilege on {}", p.value, g.kind.value));
                    match suggest(&lower, allowed.iter().copied()) {
                        Some(s) => diag.set_hint(format!("did you mean `{s}`? ({})", allowed.join(", "))),
                        None => diag.set_hint(format!("privileges on {}: {}", g.kind.value, allowed.join(", "))),
                    }
                }
            }
            privs.sort();
            privs.dedup();
            if privs.iter().any(|p| p == "ALL") {
                privs = vec!["ALL".into()];
            }
            // (schema, object) pairs the grant covers
            let objects: Vec<(String, String, String)> = match g.kind.value {
                "tables" => match &g.objects {
                    None => module_tables
                        .iter()
                        .map(|k| {
                            let (s, n) = split_qualified(k, schema);
                            (s, n, "table".to_string())
                        })
                        .collect(),
                    Some(list) => list
                        .iter()
                        .filter_map(|o| {
                            let key = self.find_table(&o.value, schema).or_else(|| {
                                let (s, n) = split_qualified(&o.value, schema);
                                self.model.views.contains_key(&qkey(&s, &n)).then(|| qkey(&s, &n))
                            });
                            match key {
                                Some(k) => {
                                    let (s, n) = split_qualified(&k, schema);
                                    Some((s, n, "table".to_string()))
                                }
                                None => {
                                    self.d.error("PC205", Some(&o.pos), format!("grant names unknown table `{}`", o.value));
                                    None
                                }
                            }
                        })
                        .collect(),
                },
                "sequences" => {
                    // identity columns own their sequences: <table>_<column>_seq
                    let seqs: Vec<(String, String, String)> = module_tables
                        .iter()
                        .filter_map(|k| self.model.tables.get(k))
                        .flat_map(|t| {
                            t.columns
                                .iter()
                                .filter(|c| c.identity.is_some())
                                .map(move |c| (t.schema.clone(), format!("{}_{}_seq", t.name, c.name), "sequence".to_string()))
                        })
                        .collect();
                    match &g.objects {
                        None => seqs,
                        Some(list) => list
                            .iter()
                            .filter_map(|o| {
                                let (s, n) = split_qualified(&o.value, schema);
                                match seqs.iter().find(|(ss, sn, _)| *ss == s && *sn == n) {
                                    Some(x) => Some(x.clone()),
                                    None => {
                                        self.d
                                            .error("PC205", Some(&o.pos), format!("grant names unknown sequence `{}`", o.value))
                                            .set_hint("identity sequences are named <table>_<column>_seq");
                                        None
                                    }
                                }
                            })
                            .collect(),
                    }
                }
                "functions" => {
                    let fns: Vec<(String, String, String)> = self
                        .model
                        .functions
                        .values()
                        .filter(|f| f.schema == schema)
                        .map(|f| (f.schema.clone(), format!("{}({})", f.name, f.identity_args), "function".to_string()))
                        .collect();
                    match &g.objects {
                        None => fns,
                        Some(list) => list
                            .iter()
                            .flat_map(|o| {
                                let (s, n) = split_qualified(&o.value, schema);
                                let hits: Vec<_> = self
                                    .model
                                    .functions
                                    .values()
                                    .filter(|f| f.schema == s && f.name == n)
                                    .map(|f| (f.schema.clone(), format!("{}({})", f.name, f.identity_args), "function".to_string()))
                                    .collect();
                                if hits.is_empty() {
                                    self.d.error("PC205", Some(&o.pos), format!("grant names unknown function `{}`", o.value));
                                }
                                hits
                            })
                            .collect(),
                    }
                }
                "schemas" => match &g.objects {
                    None => vec![(schema.to_string(), schema.to_string(), "schema".to_string())],
                    Some(list) => list
                        .iter()
                        .filter_map(|o| {
                            if o.value == "public" || self.model.schemas.contains_key(&o.value) {
                                Some((o.value.clone(), o.value.clone(), "schema".to_string()))
                            } else {
                                let names: Vec<String> = self.model.schemas.keys().cloned().collect();
                                let diag = self.d.error("PC205", Some(&o.pos), format!("grant names unknown schema `{}`", o.value));
                                match suggest(&o.value, names.iter().map(String::as_str)) {
                                    Some(x) => diag.set_hint(format!("did you mean `{x}`?")),
                                    None => diag.set_hint("schemas come from `schema:` of the modules this database receives"),
                                }
                                None
                            }
                        })
                        .collect(),
                },
                _ => match &g.objects {
                    None => self
                        .model
                        .enums
                        .values()
                        .filter(|e| e.schema == schema)
                        .map(|e| (e.schema.clone(), e.name.clone(), "type".to_string()))
                        .collect(),
                    Some(list) => list
                        .iter()
                        .filter_map(|o| {
                            let (s, n) = split_qualified(&o.value, schema);
                            if self.model.enums.contains_key(&qkey(&s, &n)) {
                                Some((s, n, "type".to_string()))
                            } else {
                                self.d.error("PC205", Some(&o.pos), format!("grant names unknown type `{}`", o.value));
                                None
                            }
                        })
                        .collect(),
                },
            };
            for role in &g.to {
                for (s, o, kind) in &objects {
                    self.model.grants.push(Grant {
                        role: role.value.clone(),
                        kind: kind.clone(),
                        schema: s.clone(),
                        object: o.clone(),
                        privileges: privs.clone(),
                        with_grant_option: g.with_grant_option,
                    });
                }
            }
        }
        for dp in &m.default_privileges {
            let allowed: &[&str] = match dp.on.value {
                "tables" => TABLE_PRIVS,
                "sequences" => SEQ_PRIVS,
                "functions" => FN_PRIVS,
                _ => TYPE_PRIVS,
            };
            for p in &dp.privileges {
                let lower = p.value.to_ascii_lowercase();
                if !allowed.contains(&lower.as_str()) {
                    self.d.error("PS105", Some(&p.pos), format!("`{}` is not a privilege on {}", p.value, dp.on.value)).set_hint(format!(
                        "privileges on {}: {}",
                        dp.on.value,
                        allowed.join(", ")
                    ));
                }
            }
            if let Some(sc) = &dp.schema {
                if sc.value != "public" && !self.model.schemas.contains_key(&sc.value) {
                    self.d
                        .error("PC205", Some(&sc.pos), format!("default privilege names unknown schema `{}`", sc.value))
                        .set_hint("schemas come from `schema:` of the modules this database receives");
                }
            }
            let mut privs: Vec<String> = dp.privileges.iter().map(|p| p.value.to_uppercase()).collect();
            privs.sort();
            privs.dedup();
            for role in &dp.to {
                self.model.default_privileges.push(DefaultPrivilege {
                    role: role.value.clone(),
                    on: dp.on.value.to_string(),
                    schema: dp.schema.as_ref().map_or_else(|| schema.to_string(), |s| s.value.clone()),
                    for_role: dp.for_role.as_ref().map(|r| r.value.clone()),
                    privileges: privs.clone(),
                });
            }
        }
    }

    /// Roles named anywhere must be declared; trigger functions must exist.
    fn check_roles_and_triggers(&mut self, mods: &[&ModuleSpec]) {
        let roles: BTreeSet<String> = self.model.roles.keys().cloned().collect();
        let unknown_role = |name: &str, pos: Option<&Pos>, what: &str, d: &mut Diagnostics| {
            if name == "public" || roles.contains(name) {
                return;
            }
            let diag = d.error("PC207", pos, format!("{what} names unknown role `{name}`"));
            match suggest(name, roles.iter().map(String::as_str)) {
                Some(s) => diag.set_hint(format!("did you mean `{s}`?")),
                None => diag.set_hint("declare it under `roles:` in a module this database receives"),
            }
        };
        for t in self.model.tables.values() {
            for p in &t.policies {
                for r in &p.roles {
                    unknown_role(r, p.origin.as_ref(), &format!("policy `{}` on `{}`", p.name, t.name), self.d);
                }
            }
        }
        for m in mods {
            for g in &m.grants {
                for r in &g.to {
                    unknown_role(&r.value, Some(&r.pos), "a grant", self.d);
                }
            }
            for dp in &m.default_privileges {
                for r in &dp.to {
                    unknown_role(&r.value, Some(&r.pos), "a default privilege", self.d);
                }
                if let Some(fr) = &dp.for_role {
                    unknown_role(&fr.value, Some(&fr.pos), "a default privilege", self.d);
                }
            }
            for r in &m.roles {
                for mo in &r.member_of {
                    unknown_role(&mo.value, Some(&mo.pos), &format!("role `{}`", r.name.value), self.d);
                }
            }
        }
        for t in self.model.tables.values() {
            for tr in &t.triggers {
                let exists = self
                    .model
                    .functions
                    .values()
                    .any(|f| f.schema == tr.function_schema && f.name == tr.function && f.returns.eq_ignore_ascii_case("trigger"));
                let other = self.model.functions.values().find(|f| f.schema == tr.function_schema && f.name == tr.function);
                if let (false, Some(f)) = (exists, other) {
                    self.d
                        .error(
                            "PC217",
                            tr.origin.as_ref(),
                            format!(
                                "trigger `{}` on `{}` calls `{}.{}`, which returns {} instead of trigger",
                                tr.name, t.name, f.schema, f.name, f.returns
                            ),
                        )
                        .set_hint("a trigger function is declared with `returns: trigger` and no arguments");
                } else if !exists {
                    let names: Vec<String> = self
                        .model
                        .functions
                        .values()
                        .filter(|f| f.returns.eq_ignore_ascii_case("trigger"))
                        .map(|f| format!("{}.{}", f.schema, f.name))
                        .collect();
                    let full = format!("{}.{}", tr.function_schema, tr.function);
                    let diag = self.d.error(
                        "PC217",
                        tr.origin.as_ref(),
                        format!("trigger `{}` on `{}` calls unknown trigger function `{full}`", tr.name, t.name),
                    );
                    match suggest(&full, names.iter().map(String::as_str)) {
                        Some(s) => diag.set_hint(format!("did you mean `{s}`?")),
                        None => diag.set_hint("declare it under `functions:` with `returns: trigger`"),
                    }
                }
            }
        }
    }

    /// In rls mode a table pointing at tenant-scoped rows but not scoped itself leaks across tenants.
    fn check_tenant_isolation(&mut self) {
        let Some(tn) = &self.tenancy else { return };
        if tn.mode != "rls" {
            return;
        }
        let root_key = qkey(&tn.root_schema, &tn.root_table);
        let scoped: BTreeSet<String> = self.model.tables.values().filter(|t| t.tenant_scoped).map(|t| t.key()).collect();
        for t in self.model.tables.values() {
            if t.tenant_scoped || t.key() == root_key {
                continue;
            }
            if let Some(fk) = t.foreign_keys.iter().find(|fk| scoped.contains(&qkey(&fk.ref_schema, &fk.ref_table))) {
                self.d
                    .warning(
                        "PC211",
                        t.origin.as_ref(),
                        format!(
                            "table `{}` references tenant-scoped `{}` but is not tenant-scoped: its rows are visible to every tenant",
                            t.name, fk.ref_table
                        ),
                    )
                    .set_hint("add `tenant_scoped` to its traits");
            }
            if t.column(&tn.key).is_some() && !t.tenant_scoped {
                self.d
                    .warning(
                        "PC211",
                        t.origin.as_ref(),
                        format!("table `{}` has the tenant key `{}` but no tenant isolation", t.name, tn.key),
                    )
                    .set_hint("use the `tenant_scoped` trait instead of declaring the column yourself");
            }
        }
    }
}

fn yaml_mentions(node: &crate::spec::yaml::YNode, needle: &str) -> bool {
    use crate::spec::yaml::YValue;
    match &node.value {
        YValue::Scalar { text, .. } => text.contains(needle),
        YValue::Seq(items) => items.iter().any(|n| yaml_mentions(n, needle)),
        YValue::Map(entries) => entries.iter().any(|(k, v)| k.name.contains(needle) || yaml_mentions(v, needle)),
    }
}
