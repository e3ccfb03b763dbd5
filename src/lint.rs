//! Lint: analyzers over typed changes, not SQL text. Each committed migration
//! is the diff of its snapshot against the previous one, and the pending render
//! is the diff of the last snapshot against the YAML; every analyzer looks at
//! those changes with both models at hand. Codes are stable (docs/lint.md).

use crate::diag::Pos;
use crate::diff::Change;
use crate::model::{Column, DatabaseModel};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
}

/// The rule registry: code, level, short name. A test keeps codes unique and documented.
pub const RULES: &[(&str, Level, &str)] = &[
    ("PL301", Level::Error, "drop-table"),
    ("PL302", Level::Error, "drop-column"),
    ("PL303", Level::Error, "drop-schema"),
    ("PL304", Level::Error, "narrowing-type-change"),
    ("PL305", Level::Warning, "type-change-rewrites-table"),
    ("PL306", Level::Warning, "set-not-null-on-existing-column"),
    ("PL307", Level::Error, "add-not-null-column-without-default"),
    ("PL308", Level::Warning, "constraint-validates-existing-rows"),
    ("PL309", Level::Warning, "index-without-concurrently"),
    ("PL310", Level::Warning, "rename-without-hint"),
    ("PL311", Level::Error, "tenant-isolation-weakened"),
    ("PL312", Level::Warning, "grant-to-public"),
    ("PL313", Level::Warning, "missing-lock-timeout"),
    ("PL399", Level::Warning, "unused-suppression"),
];

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub level: Level,
    pub rule: &'static str,
    pub database: String,
    /// `V0003__name`, or `pending` for what the next render would write.
    pub migration: String,
    pub object: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos: Option<Pos>,
}

fn rule(code: &str) -> (&'static str, Level, &'static str) {
    known(code).expect("registered lint code")
}

fn known(code: &str) -> Option<(&'static str, Level, &'static str)> {
    RULES.iter().find(|(c, ..)| *c == code).copied()
}

/// A finding of a committed migration as the lint cache stores it: the rule's
/// level and name follow from its code, and committed snapshots carry no
/// YAML positions.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Stored {
    pub code: String,
    pub database: String,
    pub migration: String,
    pub object: String,
    pub message: String,
    pub hint: Option<String>,
}

impl Stored {
    pub fn of(f: &Finding) -> Stored {
        Stored {
            code: f.code.into(),
            database: f.database.clone(),
            migration: f.migration.clone(),
            object: f.object.clone(),
            message: f.message.clone(),
            hint: f.hint.clone(),
        }
    }

    /// None for a code this build does not know.
    pub fn finding(self) -> Option<Finding> {
        let (code, level, rule) = known(&self.code)?;
        Some(Finding {
            code,
            level,
            rule,
            database: self.database,
            migration: self.migration,
            object: self.object,
            message: self.message,
            hint: self.hint,
            pos: None,
        })
    }
}

/// One migration to analyze: its changes, the models before and after, and its up SQL.
pub struct Unit<'a> {
    pub database: &'a str,
    pub migration: String,
    pub changes: &'a [Change],
    pub from: &'a DatabaseModel,
    pub to: &'a DatabaseModel,
    pub up_sql: Option<&'a str>,
}

pub fn analyze(unit: &Unit<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |code: &str, object: String, message: String, hint: Option<&str>, pos: Option<&Pos>| {
        let (code, level, name) = rule(code);
        out.push(Finding {
            code,
            level,
            rule: name,
            database: unit.database.to_string(),
            migration: unit.migration.clone(),
            object,
            message,
            hint: hint.map(str::to_string),
            pos: pos.cloned(),
        });
    };
    let existed = |schema: &str, table: &str| unit.from.tables.contains_key(&format!("{schema}.{table}"));
    for c in unit.changes {
        match c {
            Change::DropTable { table } => {
                push(
                    "PL301",
                    table.key(),
                    format!("drops table {} and every row in it", table.key()),
                    Some("back up first, or keep the table and stop using it"),
                    None,
                );
                if let Some(added) = unit.changes.iter().find_map(|x| match x {
                    Change::AddTable { table: t } if t.schema == table.schema && same_columns(&t.columns, &table.columns) => Some(t),
                    _ => None,
                }) {
                    push(
                        "PL310",
                        table.key(),
                        format!("{} is dropped and {} added with the same columns: this looks like a rename", table.key(), added.key()),
                        Some("write `renamed_from:` on the new table to keep its rows"),
                        added.origin.as_ref(),
                    );
                }
            }
            Change::DropColumn { table, column } => {
                push(
                    "PL302",
                    format!("{}.{}.{}", table.schema, table.name, column.name),
                    format!("drops column {} and its data", column.name),
                    Some("back up first; or stop using the column and drop it later"),
                    None,
                );
                if let Some(added) = unit.changes.iter().find_map(|x| match x {
                    Change::AddColumn { table: t, column: n }
                        if t.schema == table.schema && t.name == table.name && n.type_ == column.type_ =>
                    {
                        Some(n)
                    }
                    _ => None,
                }) {
                    push(
                        "PL310",
                        format!("{}.{}.{}", table.schema, table.name, column.name),
                        format!("column {} is dropped and {} added with the same type: this looks like a rename", column.name, added.name),
                        Some("write `renamed_from:` on the new column to keep its data"),
                        added.origin.as_ref(),
                    );
                }
            }
            Change::DropSchema { schema } => push("PL303", schema.name.clone(), format!("drops schema {}", schema.name), None, None),
            Change::ModifyColumn { table, from, to, what } if what.iter().any(|w| w == "type") => {
                let object = format!("{}.{}.{}", table.schema, table.name, to.name);
                match type_change(&from.type_, &to.type_) {
                    TypeChange::Narrowing => push(
                        "PL304",
                        object,
                        format!(
                            "changes {} from {} to {}: values that do not fit make the migration fail or are cut",
                            to.name, from.type_, to.type_
                        ),
                        Some("add a new column, backfill it, then switch"),
                        to.origin.as_ref(),
                    ),
                    TypeChange::Rewrite => push(
                        "PL305",
                        object,
                        format!(
                            "changes {} from {} to {}: the table is rewritten under an ACCESS EXCLUSIVE lock",
                            to.name, from.type_, to.type_
                        ),
                        Some("on a large table, add a new column and backfill it in batches instead"),
                        to.origin.as_ref(),
                    ),
                    TypeChange::Free => {}
                }
            }
            Change::ModifyColumn { table, from, to, what } if what.iter().any(|w| w == "nullable") && from.nullable && !to.nullable => {
                push(
                    "PL306",
                    format!("{}.{}.{}", table.schema, table.name, to.name),
                    format!(
                        "SET NOT NULL on existing column {} scans the table under ACCESS EXCLUSIVE and fails if any row is NULL",
                        to.name
                    ),
                    Some("backfill the NULLs in an earlier migration (or add a default) before making the column required"),
                    to.origin.as_ref(),
                )
            }
            Change::AddColumn { table, column } if !column.nullable && column.default.is_none() && existed(&table.schema, &table.name) => {
                push(
                    "PL307",
                    format!("{}.{}.{}", table.schema, table.name, column.name),
                    format!(
                        "adds NOT NULL column {} without a default to an existing table: fails as soon as the table has rows",
                        column.name
                    ),
                    Some("give it a default, or add it nullable, backfill, then make it required"),
                    column.origin.as_ref(),
                )
            }
            Change::AddForeignKey { table, foreign_key } if existed(&table.schema, &table.name) => push(
                "PL308",
                format!("{} on {}.{}", foreign_key.name, table.schema, table.name),
                "adds a foreign key to an existing table: every row is checked while both tables are locked".into(),
                Some("on a large table, add it NOT VALID and VALIDATE it in a later migration"),
                foreign_key.origin.as_ref(),
            ),
            Change::AddCheck { table, check } if existed(&table.schema, &table.name) => push(
                "PL308",
                format!("{} on {}.{}", check.name, table.schema, table.name),
                "adds a CHECK to an existing table: every row is checked under an ACCESS EXCLUSIVE lock".into(),
                Some("on a large table, add it NOT VALID and VALIDATE it in a later migration"),
                check.origin.as_ref(),
            ),
            Change::AddIndex { table, index, concurrently: false } if existed(&table.schema, &table.name) && !table.partitioned => push(
                "PL309",
                format!("{} on {}.{}", index.name, table.schema, table.name),
                "builds an index on an existing table without CONCURRENTLY: writes to the table wait until it is built".into(),
                Some("add `concurrently: true` to the index"),
                index.origin.as_ref(),
            ),
            Change::DisableRls { table, .. }
                if unit.from.tables.get(&format!("{}.{}", table.schema, table.name)).is_some_and(|t| t.tenant_scoped) =>
            {
                let still = unit.to.tables.get(&format!("{}.{}", table.schema, table.name)).is_some_and(|t| t.rls.enabled && t.rls.forced);
                if !still {
                    push(
                        "PL311",
                        format!("{}.{}", table.schema, table.name),
                        "turns row-level security off (or un-forces it) on a tenant-scoped table: tenants would see each other's rows"
                            .into(),
                        Some("keep `rls: {enable: true, force: true}` on tenant-scoped tables"),
                        None,
                    );
                }
            }
            Change::DropPolicy { table, policy }
                if unit.from.tables.get(&format!("{}.{}", table.schema, table.name)).is_some_and(|t| t.tenant_scoped) =>
            {
                let replaced = unit
                    .to
                    .tables
                    .get(&format!("{}.{}", table.schema, table.name))
                    .is_some_and(|t| t.policies.iter().any(|p| p.name == policy.name));
                if !replaced && unit.to.tables.contains_key(&format!("{}.{}", table.schema, table.name)) {
                    push(
                        "PL311",
                        format!("{} on {}.{}", policy.name, table.schema, table.name),
                        format!("drops policy {} of a tenant-scoped table", policy.name),
                        Some("tenant-scoped tables keep their tenant_isolation policy"),
                        None,
                    );
                }
            }
            Change::AddGrant { grant } if grant.role == "public" => push(
                "PL312",
                format!("{} {}.{}", grant.kind, grant.schema, grant.object),
                format!("grants {} to PUBLIC: every role on the server gets it", grant.privileges.join(", ")),
                Some("grant to a named role instead"),
                None,
            ),
            _ => {}
        }
    }
    if let Some(sql) = unit.up_sql {
        if !unit.changes.is_empty() && !sql.contains("lock_timeout") {
            push("PL313", unit.migration.clone(), "the migration sets no lock_timeout: a blocked ALTER would queue every query behind it".into(), Some("keep the SET LOCAL lock_timeout line provision renders; for non-transactional migrations set it on the target (`lock_timeout:`)"), None);
        }
    }
    out
}

fn same_columns(a: &[Column], b: &[Column]) -> bool {
    a.len() == b.len() && a.iter().all(|c| b.iter().any(|d| d.name == c.name && d.type_ == c.type_))
}

enum TypeChange {
    Free,
    Rewrite,
    Narrowing,
}

/// What changing a column from `a` to `b` costs PostgreSQL.
fn type_change(a: &str, b: &str) -> TypeChange {
    let (ab, am) = split(a);
    let (bb, bm) = split(b);
    let int_rank = |t: &str| match t {
        "smallint" => Some(1),
        "integer" => Some(2),
        "bigint" => Some(3),
        _ => None,
    };
    if let (Some(x), Some(y)) = (int_rank(ab), int_rank(bb)) {
        return if y < x { TypeChange::Narrowing } else { TypeChange::Rewrite };
    }
    match (ab, bb) {
        ("character varying", "character varying") => match (am, bm) {
            (Some(x), Some(y)) if y < x => TypeChange::Narrowing,
            (None, Some(_)) => TypeChange::Narrowing,
            _ => TypeChange::Free,
        },
        ("character varying", "text") | ("text", "character varying") if bm.is_none() => TypeChange::Free,
        ("text", "character varying") => TypeChange::Narrowing,
        ("numeric", "numeric") => match (am, bm) {
            (Some(x), Some(y)) if y < x => TypeChange::Narrowing,
            (None, Some(_)) => TypeChange::Narrowing,
            _ => TypeChange::Free,
        },
        _ => TypeChange::Rewrite,
    }
}

/// `character varying(50)` → ("character varying", Some(50))
fn split(t: &str) -> (&str, Option<u64>) {
    match t.find('(') {
        Some(i) => (t[..i].trim(), t[i + 1..].split([',', ')']).next().and_then(|n| n.trim().parse().ok())),
        None => (t.trim(), None),
    }
}

/// Applies suppressions: findings whose code is allowed are dropped; an
/// allowed code that matched nothing is itself reported (PL399).
pub fn suppress(findings: Vec<Finding>, allow: &[String]) -> Vec<Finding> {
    let mut kept: Vec<Finding> = findings.iter().filter(|f| !allow.iter().any(|a| a == f.code)).cloned().collect();
    for a in allow {
        if !findings.iter().any(|f| f.code == a) {
            let (code, level, name) = rule("PL399");
            kept.push(Finding {
                code,
                level,
                rule: name,
                database: String::new(),
                migration: String::new(),
                object: a.clone(),
                message: format!("suppression of {a} matches nothing"),
                hint: Some("remove it from `lint: allow:`".into()),
                pos: None,
            });
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let docs = include_str!("../docs/lint.md");
        let mut seen = std::collections::BTreeSet::new();
        for (code, _, name) in RULES {
            assert!(seen.insert(*code), "duplicate lint code {code}");
            assert!(docs.contains(&format!("## {code}")), "{code} ({name}) is not documented in docs/lint.md");
        }
    }

    #[test]
    fn type_change_costs() {
        assert!(matches!(type_change("character varying(50)", "character varying(200)"), TypeChange::Free));
        assert!(matches!(type_change("character varying(200)", "character varying(50)"), TypeChange::Narrowing));
        assert!(matches!(type_change("integer", "bigint"), TypeChange::Rewrite));
        assert!(matches!(type_change("bigint", "integer"), TypeChange::Narrowing));
        assert!(matches!(type_change("numeric(12,2)", "numeric(14,2)"), TypeChange::Free));
    }
}
