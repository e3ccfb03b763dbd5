//! The compiled schema model: pure data, no I/O, no SQL text except fields that
//! are SQL by definition (expressions, defaults, bodies). Compilation produces it
//! from YAML; the snapshot file stores it; inspection of a live database will
//! produce it too, so plan and verify are both a diff of two models.
//!
//! Positions (`origin`) are not part of the snapshot: moving a table in a YAML
//! file must not look like a schema change.

use crate::diag::Pos;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where an object was declared. Never part of equality or of the snapshot:
/// moving a table within a YAML file is not a schema change.
#[derive(Debug, Clone, Default)]
pub struct Origin(pub Option<Pos>);

impl Origin {
    pub fn as_ref(&self) -> Option<&Pos> {
        self.0.as_ref()
    }
}

impl PartialEq for Origin {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl From<Option<Pos>> for Origin {
    fn from(p: Option<Pos>) -> Self {
        Origin(p)
    }
}

/// A `renamed_from:` hint: used by the diff to turn drop+add into a rename;
/// like positions, never part of equality or of the snapshot.
#[derive(Debug, Clone, Default)]
pub struct Hint(pub Option<String>);

impl PartialEq for Hint {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Bumped when the snapshot layout changes incompatibly.
pub const SNAPSHOT_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatabaseModel {
    pub format: u32,
    pub database: String,
    #[serde(default)]
    pub extensions: BTreeMap<String, Extension>,
    #[serde(default)]
    pub schemas: BTreeMap<String, Schema>,
    #[serde(default)]
    pub roles: BTreeMap<String, Role>,
    #[serde(default)]
    pub enums: BTreeMap<String, Enum>,
    #[serde(default)]
    pub functions: BTreeMap<String, Function>,
    #[serde(default)]
    pub tables: BTreeMap<String, Table>,
    #[serde(default)]
    pub views: BTreeMap<String, View>,
    #[serde(default)]
    pub grants: Vec<Grant>,
    #[serde(default)]
    pub default_privileges: Vec<DefaultPrivilege>,
}

impl DatabaseModel {
    pub fn empty(database: &str) -> Self {
        DatabaseModel {
            format: SNAPSHOT_FORMAT,
            database: database.to_string(),
            extensions: BTreeMap::new(),
            schemas: BTreeMap::new(),
            roles: BTreeMap::new(),
            enums: BTreeMap::new(),
            functions: BTreeMap::new(),
            tables: BTreeMap::new(),
            views: BTreeMap::new(),
            grants: Vec::new(),
            default_privileges: Vec::new(),
        }
    }

    pub fn object_count(&self) -> usize {
        self.extensions.len()
            + self.schemas.len()
            + self.roles.len()
            + self.enums.len()
            + self.functions.len()
            + self.tables.len()
            + self.views.len()
            + self.grants.len()
            + self.default_privileges.len()
    }
}

pub fn qkey(schema: &str, name: &str) -> String {
    format!("{schema}.{name}")
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extension {
    pub name: String,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schema {
    pub name: String,
    pub comment: Option<String>,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub name: String,
    pub login: bool,
    pub inherit: bool,
    pub bypassrls: bool,
    pub createdb: bool,
    pub createrole: bool,
    pub connection_limit: Option<i64>,
    pub member_of: Vec<String>,
    pub password_env: Option<String>,
    pub comment: Option<String>,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Enum {
    pub schema: String,
    pub name: String,
    pub values: Vec<String>,
    pub comment: Option<String>,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Function {
    pub schema: String,
    pub name: String,
    /// Argument list as written (SQL by definition), e.g. `p_org uuid, p_limit integer DEFAULT 10`.
    pub args: String,
    /// The arguments that identify the function (no defaults), for DROP, GRANT and COMMENT.
    pub identity_args: String,
    pub returns: String,
    pub language: String,
    pub body: String,
    pub volatility: String,
    pub security_definer: bool,
    pub strict: bool,
    /// Functions whose signature names a table are created after the tables.
    pub after_tables: bool,
    pub comment: Option<String>,
    #[serde(skip)]
    pub origin: Origin,
}

impl Function {
    pub fn key(&self) -> String {
        format!("{}.{}({})", self.schema, self.name, self.identity_args)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub schema: String,
    pub name: String,
    pub columns: Vec<Column>,
    pub primary_key: Option<KeyConstraint>,
    pub uniques: Vec<KeyConstraint>,
    pub checks: Vec<Check>,
    pub foreign_keys: Vec<ForeignKey>,
    pub indexes: Vec<Index>,
    pub partition: Option<Partitioning>,
    pub rls: Rls,
    pub policies: Vec<Policy>,
    pub triggers: Vec<Trigger>,
    pub comment: Option<String>,
    pub rows: Vec<Row>,
    #[serde(default)]
    pub tenant_scoped: bool,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

impl Table {
    /// A table with no columns, constraints or options yet.
    pub fn new(schema: &str, name: &str) -> Table {
        Table {
            schema: schema.to_string(),
            name: name.to_string(),
            columns: Vec::new(),
            primary_key: None,
            uniques: Vec::new(),
            checks: Vec::new(),
            foreign_keys: Vec::new(),
            indexes: Vec::new(),
            partition: None,
            rls: Rls::default(),
            policies: Vec::new(),
            triggers: Vec::new(),
            comment: None,
            rows: Vec::new(),
            tenant_scoped: false,
            renamed_from: Hint::default(),
            origin: Origin::default(),
        }
    }

    pub fn key(&self) -> String {
        qkey(&self.schema, &self.name)
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// Canonical type as PostgreSQL's format_type() spells it; user types quoted.
    #[serde(rename = "type")]
    pub type_: String,
    pub nullable: bool,
    pub default: Option<String>,
    pub identity: Option<String>,
    pub generated: Option<String>,
    pub comment: Option<String>,
    /// A reference to a table in another logical database: documented, not enforced.
    pub external: Option<String>,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyConstraint {
    pub name: String,
    pub columns: Vec<String>,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub name: String,
    pub expr: String,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForeignKey {
    pub name: String,
    pub columns: Vec<String>,
    pub ref_schema: String,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    pub on_delete: String,
    pub on_update: String,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub name: String,
    pub method: String,
    pub keys: Vec<IndexKey>,
    pub include: Vec<String>,
    pub predicate: Option<String>,
    pub unique: bool,
    #[serde(default)]
    pub concurrently: bool,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

/// One index key: a column (quoted when rendered) or an expression (SQL).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexKey {
    pub column: Option<String>,
    pub expression: Option<String>,
    /// `DESC`, `ASC NULLS FIRST`, ... (validated words only)
    pub order: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partitioning {
    pub strategy: String,
    pub key: Vec<String>,
    pub interval: Option<String>,
    pub premake: Option<i64>,
    pub retention: Option<i64>,
    pub retention_action: Option<String>,
    pub children: Vec<PartitionChild>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartitionChild {
    pub name: String,
    pub bound: PartitionBound,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PartitionBound {
    Range { from: Vec<String>, to: Vec<String> },
    List { values: Vec<String> },
    Hash { modulus: i64, remainder: i64 },
    Default,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Rls {
    pub enabled: bool,
    pub forced: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    pub name: String,
    pub command: String,
    pub permissive: bool,
    /// Empty means PUBLIC.
    pub roles: Vec<String>,
    pub using: Option<String>,
    pub check: Option<String>,
    #[serde(skip)]
    pub renamed_from: Hint,
    #[serde(skip)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    pub name: String,
    pub timing: String,
    pub events: Vec<String>,
    pub for_each: String,
    pub function_schema: String,
    pub function: String,
    pub args: Vec<String>,
    pub when: Option<String>,
    #[serde(skip)]
    pub origin: Origin,
}

/// A reference-data row; values are literals (None is NULL).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub values: Vec<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct View {
    pub schema: String,
    pub name: String,
    pub query: String,
    pub materialized: bool,
    /// Plain views check permissions (and row-level security) as the querying
    /// role, not the view's owner (PostgreSQL 15+), so they never leak tenants.
    #[serde(default)]
    pub security_invoker: bool,
    pub indexes: Vec<Index>,
    pub comment: Option<String>,
    /// Other views this one reads, so they are created first.
    pub depends_on: Vec<String>,
    #[serde(skip)]
    pub origin: Origin,
}

impl View {
    pub fn key(&self) -> String {
        qkey(&self.schema, &self.name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Grant {
    pub role: String,
    /// table | sequence | function | schema | type
    pub kind: String,
    pub schema: String,
    /// Object name; for functions `name(args)`; for schemas the schema name.
    pub object: String,
    pub privileges: Vec<String>,
    pub with_grant_option: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DefaultPrivilege {
    pub role: String,
    /// tables | sequences | functions | types
    pub on: String,
    pub schema: String,
    pub for_role: Option<String>,
    pub privileges: Vec<String>,
}

/// Tables ordered parents before children by their foreign keys among
/// `tables`; tables in a reference cycle follow in name order.
pub fn foreign_key_order<'m>(tables: &[&'m Table]) -> Vec<&'m Table> {
    use std::collections::BTreeSet;
    let by_key: BTreeMap<String, &'m Table> = tables.iter().map(|t| (t.key(), *t)).collect();
    let mut waiting: BTreeMap<String, BTreeSet<String>> = by_key
        .iter()
        .map(|(k, t)| {
            let deps =
                t.foreign_keys.iter().map(|f| qkey(&f.ref_schema, &f.ref_table)).filter(|r| r != k && by_key.contains_key(r)).collect();
            (k.clone(), deps)
        })
        .collect();
    let mut out = Vec::new();
    loop {
        let next = waiting.iter().find(|(_, deps)| deps.is_empty()).map(|(k, _)| k.clone()).or_else(|| waiting.keys().next().cloned());
        let Some(k) = next else { break };
        waiting.remove(&k);
        for deps in waiting.values_mut() {
            deps.remove(&k);
        }
        out.push(by_key[&k]);
    }
    out
}
