//! Tenants, the pure half: names, where a tenant lives in each isolation mode,
//! the model of a tenant schema, the SQL that brings a tenant schema from one
//! version to another, and the row that makes a tenant in the tenant root.
//! `db::tenant` runs what this module decides; `commands::tenant` orchestrates.
//!
//! A tenant schema is derived from the committed snapshots, never from hand
//! written SQL: the tenant-scoped tables of the database's model at version v,
//! moved into the tenant's schema, are what the schema must hold at v. Moving a
//! tenant schema from v to w is diff(schema model at v, schema model at w),
//! planned and rendered like any migration, so up and down are the same code.

use crate::compile::Tenancy;
use crate::model::{qkey, DatabaseModel, Schema, Table};
use crate::render::Renderer;
use std::collections::{BTreeMap, BTreeSet};

/// The longest tenant name: `tenant_` plus the name must stay a short identifier.
pub const MAX_NAME: usize = 40;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TenantError {
    #[error("tenant name `{0}` {1}; use lowercase letters, digits and `_`, starting with a letter, at most {MAX_NAME} characters")]
    BadName(String, &'static str),
    #[error("tables {0} and {1} have the same name; one tenant schema cannot hold both")]
    NameClash(String, String),
    #[error("the tenant schema cannot follow this change: {0}")]
    Unsupported(String),
    #[error("rendering the tenant schema: {0}")]
    Render(String),
    #[error("the tenant root {table} needs a value for column `{column}` ({type_}); pass --set {column}=VALUE")]
    NeedsValue { table: String, column: String, type_: String },
    #[error("--set {0}: the tenant root has no such column")]
    UnknownColumn(String),
}

/// Tenant names become parts of schema and database names, so they are plain identifiers.
pub fn check_name(name: &str) -> Result<(), TenantError> {
    let bad = |why| Err(TenantError::BadName(name.to_string(), why));
    let Some(first) = name.chars().next() else { return bad("is empty") };
    if name.len() > MAX_NAME {
        return bad("is too long");
    }
    if !first.is_ascii_lowercase() {
        return bad("does not start with a lowercase letter");
    }
    if !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        return bad("has characters other than lowercase letters, digits and `_`");
    }
    Ok(())
}

/// The schema a tenant gets in `schema` mode.
pub fn schema_name(tenant: &str) -> String {
    format!("tenant_{tenant}")
}

/// The database a tenant gets in `database` mode, for the logical database stored in `dbname`.
pub fn database_name(dbname: &str, tenant: &str) -> String {
    crate::sql::bounded_name(&format!("{dbname}__{tenant}"))
}

/// True when the model holds the tables a tenant gets a copy of (schema and database modes).
pub fn has_tenant_tables(model: &DatabaseModel) -> bool {
    model.tables.values().any(|t| t.tenant_scoped)
}

/// The tenant-scoped tables of `model`, moved into `schema`: foreign keys
/// between them follow them, keys to shared tables (the tenant root) stay;
/// table grants follow their tables and each role that may use a template
/// schema may use the tenant schema. Views, functions, enums and roles stay
/// shared and are not part of the tenant schema. Indexes are built plainly:
/// the tables of a tenant schema start empty and its migration is one transaction.
pub fn schema_model(model: &DatabaseModel, schema: &str) -> Result<DatabaseModel, TenantError> {
    let mut out = DatabaseModel::empty(&model.database);
    let moved: BTreeMap<String, &Table> = model.tables.values().filter(|t| t.tenant_scoped).map(|t| (t.key(), t)).collect();
    if moved.is_empty() {
        return Ok(out);
    }
    let mut names: BTreeMap<&str, String> = BTreeMap::new();
    for (key, t) in &moved {
        if let Some(other) = names.insert(t.name.as_str(), key.clone()) {
            return Err(TenantError::NameClash(other, key.clone()));
        }
    }
    out.schemas.insert(
        schema.to_string(),
        Schema { name: schema.to_string(), comment: Some("tenant schema managed by provision".into()), origin: Default::default() },
    );
    let templates: BTreeSet<&str> = moved.values().map(|t| t.schema.as_str()).collect();
    for t in moved.values() {
        let mut copy = (*t).clone();
        copy.schema = schema.to_string();
        copy.rows.clear();
        for f in &mut copy.foreign_keys {
            if moved.contains_key(&qkey(&f.ref_schema, &f.ref_table)) {
                f.ref_schema = schema.to_string();
            }
        }
        for i in &mut copy.indexes {
            i.concurrently = false;
        }
        out.tables.insert(copy.key(), copy);
    }
    let mut grants = BTreeSet::new();
    for g in &model.grants {
        let moved_object = match g.kind.as_str() {
            "table" => moved.contains_key(&qkey(&g.schema, &g.object)),
            "sequence" => moved.values().any(|t| t.schema == g.schema && g.object.starts_with(&format!("{}_", t.name))),
            _ => false,
        };
        if moved_object {
            let mut copy = g.clone();
            copy.schema = schema.to_string();
            grants.insert(copy);
        } else if g.kind == "schema" && templates.contains(g.object.as_str()) {
            let mut copy = g.clone();
            copy.schema = schema.to_string();
            copy.object = schema.to_string();
            grants.insert(copy);
        }
    }
    out.grants = grants.into_iter().collect();
    Ok(out)
}

/// The SQL that moves tenant schema `schema` from the model of version `from`
/// (None: the schema does not exist) to that of `to` (None: drop it), as one
/// transactional script, and whether it drops data. Empty when nothing changes.
pub fn schema_migration(
    from: Option<&DatabaseModel>,
    to: Option<&DatabaseModel>,
    schema: &str,
    lock_timeout: &str,
    renderer: &Renderer,
) -> Result<(String, bool), TenantError> {
    let database = from.or(to).map_or("", |m| m.database.as_str());
    let empty = DatabaseModel::empty(database);
    let a = match from {
        Some(m) => schema_model(m, schema)?,
        None => empty.clone(),
    };
    let b = match to {
        Some(m) => schema_model(m, schema)?,
        None => empty,
    };
    let changes = crate::diff::diff(&a, &b)
        .map_err(|u| TenantError::Unsupported(u.iter().map(|u| format!("{}: {}", u.object, u.what)).collect::<Vec<_>>().join("; ")))?;
    if changes.is_empty() {
        return Ok((String::new(), false));
    }
    let loses_data = changes.iter().any(|c| c.loses_data());
    let plan = crate::plan::plan(database, changes, &a, &b, renderer).map_err(|e| TenantError::Render(e.to_string()))?;
    let (up, _) = crate::plan::render_files(&plan, &format!("tenant schema {schema}"), "tenant schema", lock_timeout, renderer)
        .map_err(|e| TenantError::Render(e.to_string()))?;
    Ok((up, loses_data))
}

/// The columns and SQL values of the tenant root row for tenant `name`:
/// every NOT NULL column without a default gets a value from `--set`, or one
/// made from the name by the column's name and type. The key comes back from
/// `RETURNING`.
pub fn root_insert(
    model: &DatabaseModel,
    tenancy: &Tenancy,
    name: &str,
    sets: &[(String, String)],
) -> Result<(Vec<(String, String)>, String), TenantError> {
    let key = qkey(&tenancy.root_schema, &tenancy.root_table);
    let root = model.tables.get(&key).ok_or_else(|| TenantError::Unsupported(format!("the tenant root {key} is not in this database")))?;
    for (col, _) in sets {
        if root.column(col).is_none() {
            return Err(TenantError::UnknownColumn(col.clone()));
        }
    }
    let lit = crate::sql::quote_literal;
    let mut values = Vec::new();
    for c in &root.columns {
        if let Some((_, v)) = sets.iter().find(|(k, _)| *k == c.name) {
            values.push((c.name.clone(), format!("{}::{}", lit(v), c.type_)));
            continue;
        }
        if c.nullable || c.default.is_some() || c.identity.is_some() || c.generated.is_some() {
            continue;
        }
        // a required reference takes the first row of the table it references
        if let Some(f) = root.foreign_keys.iter().find(|f| f.columns.len() == 1 && f.columns[0] == c.name) {
            values.push((
                c.name.clone(),
                format!(
                    "(SELECT {col} FROM {table} ORDER BY {col} LIMIT 1)",
                    col = crate::sql::quote_ident(&f.ref_columns[0]),
                    table = crate::sql::quote_qualified(&[&f.ref_schema, &f.ref_table])
                ),
            ));
            continue;
        }
        let ty = c.type_.to_ascii_lowercase();
        let label = name.replace('_', " ");
        let value = if let Some(e) = enum_of(model, &c.type_) {
            match e.values.first() {
                Some(v) => format!("{}::{}", lit(v), c.type_),
                None => return Err(needs(&key, c)),
            }
        } else if ty == "uuid" {
            "gen_random_uuid()".to_string()
        } else if ty.starts_with("timestamp") {
            "now()".to_string()
        } else if ty == "date" {
            "CURRENT_DATE".to_string()
        } else if ty == "boolean" {
            "false".to_string()
        } else if ty == "jsonb" || ty == "json" {
            format!("'{{}}'::{ty}")
        } else if ["smallint", "integer", "bigint", "numeric", "real", "double precision"].iter().any(|n| ty.starts_with(n)) {
            "0".to_string()
        } else if ty == "text" || ty.starts_with("character varying") || ty.starts_with("varchar") || ty == "citext" {
            let n = c.name.as_str();
            if n.contains("slug") || n.contains("code") || n.contains("handle") || n == "subdomain" {
                lit(&name.replace('_', "-"))
            } else if n.contains("email") {
                lit(&format!("admin@{}.example.com", name.replace('_', "-")))
            } else {
                lit(&title_case(&label))
            }
        } else {
            return Err(needs(&key, c));
        };
        values.push((c.name.clone(), value));
    }
    Ok((values, tenancy.root_pk.clone()))
}

fn needs(table: &str, c: &crate::model::Column) -> TenantError {
    TenantError::NeedsValue { table: table.to_string(), column: c.name.clone(), type_: c.type_.clone() }
}

fn enum_of<'m>(model: &'m DatabaseModel, type_: &str) -> Option<&'m crate::model::Enum> {
    let bare: String = type_.chars().filter(|c| *c != '"').collect();
    model.enums.values().find(|e| qkey(&e.schema, &e.name) == bare)
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The server for a new tenant database: the one holding the fewest tenant
/// databases (`load` by server reference); ties go to the first candidate.
pub fn least_loaded<'a>(candidates: &'a [String], load: &BTreeMap<String, usize>) -> Option<&'a String> {
    candidates.iter().min_by_key(|c| load.get(*c).copied().unwrap_or(0))
}

/// The tenant-scoped tables of `model` in an order safe for deleting a
/// tenant's rows: children before parents.
pub fn delete_order(model: &DatabaseModel) -> Vec<&Table> {
    let scoped: Vec<&Table> = model.tables.values().filter(|t| t.tenant_scoped).collect();
    let mut order = crate::model::foreign_key_order(&scoped);
    order.reverse();
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_plain_identifiers() {
        assert!(check_name("acme").is_ok());
        assert!(check_name("acme_2").is_ok());
        for bad in ["", "Acme", "2acme", "ac-me", "a\"b", "x;drop", &"a".repeat(41)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
        assert_eq!(schema_name("acme"), "tenant_acme");
        assert!(database_name(&"d".repeat(40), &"t".repeat(40)).len() <= 63);
    }

    #[test]
    fn new_tenant_databases_go_to_the_least_loaded_server() {
        let servers = vec!["db:a".to_string(), "db:b".to_string(), "db:c".to_string()];
        let mut load = BTreeMap::new();
        assert_eq!(least_loaded(&servers, &load).map(String::as_str), Some("db:a"));
        load.insert("db:a".to_string(), 2);
        load.insert("db:b".to_string(), 1);
        assert_eq!(least_loaded(&servers, &load).map(String::as_str), Some("db:c"));
        load.insert("db:c".to_string(), 3);
        assert_eq!(least_loaded(&servers, &load).map(String::as_str), Some("db:b"));
        assert_eq!(least_loaded(&[], &load), None);
    }

    #[test]
    fn title_case_of_a_name() {
        assert_eq!(title_case("acme corp"), "Acme Corp");
    }
}
