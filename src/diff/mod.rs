//! Diff: two models → a closed set of typed changes. Each change knows its
//! inverse, so down scripts are produced at the same moment as up scripts.
//! Pure: no SQL text here (that is the renderer's job), no I/O.

use crate::diag::Pos;
use crate::model::*;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableRef {
    pub schema: String,
    pub name: String,
    pub partitioned: bool,
}

impl TableRef {
    fn of(t: &Table) -> Self {
        TableRef { schema: t.schema.clone(), name: t.name.clone(), partitioned: t.partition.is_some() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    AddExtension {
        extension: Extension,
    },
    DropExtension {
        extension: Extension,
    },
    AddSchema {
        schema: Schema,
    },
    DropSchema {
        schema: Schema,
    },
    AddRole {
        role: Role,
    },
    DropRole {
        role: Role,
    },
    AddEnum {
        enum_type: Enum,
    },
    DropEnum {
        enum_type: Enum,
    },
    AddFunction {
        function: Function,
    },
    DropFunction {
        function: Function,
    },
    AddTable {
        table: Table,
    },
    DropTable {
        table: Table,
    },
    AddIndex {
        table: TableRef,
        index: Index,
        concurrently: bool,
    },
    DropIndex {
        table: TableRef,
        index: Index,
        concurrently: bool,
    },
    AddForeignKey {
        table: TableRef,
        foreign_key: ForeignKey,
    },
    DropForeignKey {
        table: TableRef,
        foreign_key: ForeignKey,
    },
    AddView {
        view: View,
    },
    DropView {
        view: View,
    },
    AddTrigger {
        table: TableRef,
        trigger: Trigger,
    },
    DropTrigger {
        table: TableRef,
        trigger: Trigger,
    },
    /// `overriding`: the rows set a GENERATED ALWAYS identity column.
    AddRows {
        table: TableRef,
        key: Vec<String>,
        rows: Vec<Row>,
        overriding: bool,
    },
    DeleteRows {
        table: TableRef,
        key: Vec<String>,
        rows: Vec<Row>,
        overriding: bool,
    },
    EnableRls {
        table: TableRef,
        force: bool,
    },
    DisableRls {
        table: TableRef,
        force: bool,
    },
    AddPolicy {
        table: TableRef,
        policy: Policy,
    },
    DropPolicy {
        table: TableRef,
        policy: Policy,
    },
    AddGrant {
        grant: Grant,
    },
    RevokeGrant {
        grant: Grant,
    },
    AddDefaultPrivilege {
        privilege: DefaultPrivilege,
    },
    RevokeDefaultPrivilege {
        privilege: DefaultPrivilege,
    },
}

/// Whether a step can run inside the migration's transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TxMode {
    Transaction,
    None,
}

impl Change {
    pub fn inverse(&self) -> Change {
        use Change::*;
        match self.clone() {
            AddExtension { extension } => DropExtension { extension },
            DropExtension { extension } => AddExtension { extension },
            AddSchema { schema } => DropSchema { schema },
            DropSchema { schema } => AddSchema { schema },
            AddRole { role } => DropRole { role },
            DropRole { role } => AddRole { role },
            AddEnum { enum_type } => DropEnum { enum_type },
            DropEnum { enum_type } => AddEnum { enum_type },
            AddFunction { function } => DropFunction { function },
            DropFunction { function } => AddFunction { function },
            AddTable { table } => DropTable { table },
            DropTable { table } => AddTable { table },
            AddIndex { table, index, concurrently } => DropIndex { table, index, concurrently },
            DropIndex { table, index, concurrently } => AddIndex { table, index, concurrently },
            AddForeignKey { table, foreign_key } => DropForeignKey { table, foreign_key },
            DropForeignKey { table, foreign_key } => AddForeignKey { table, foreign_key },
            AddView { view } => DropView { view },
            DropView { view } => AddView { view },
            AddTrigger { table, trigger } => DropTrigger { table, trigger },
            DropTrigger { table, trigger } => AddTrigger { table, trigger },
            AddRows { table, key, rows, overriding } => DeleteRows { table, key, rows, overriding },
            DeleteRows { table, key, rows, overriding } => AddRows { table, key, rows, overriding },
            EnableRls { table, force } => DisableRls { table, force },
            DisableRls { table, force } => EnableRls { table, force },
            AddPolicy { table, policy } => DropPolicy { table, policy },
            DropPolicy { table, policy } => AddPolicy { table, policy },
            AddGrant { grant } => RevokeGrant { grant },
            RevokeGrant { grant } => AddGrant { grant },
            AddDefaultPrivilege { privilege } => RevokeDefaultPrivilege { privilege },
            RevokeDefaultPrivilege { privilege } => AddDefaultPrivilege { privilege },
        }
    }

    /// Template name, also the change's stable kind label.
    pub fn kind(&self) -> &'static str {
        use Change::*;
        match self {
            AddExtension { .. } => "add_extension",
            DropExtension { .. } => "drop_extension",
            AddSchema { .. } => "add_schema",
            DropSchema { .. } => "drop_schema",
            AddRole { .. } => "add_role",
            DropRole { .. } => "drop_role",
            AddEnum { .. } => "add_enum",
            DropEnum { .. } => "drop_enum",
            AddFunction { .. } => "add_function",
            DropFunction { .. } => "drop_function",
            AddTable { .. } => "add_table",
            DropTable { .. } => "drop_table",
            AddIndex { .. } => "add_index",
            DropIndex { .. } => "drop_index",
            AddForeignKey { .. } => "add_foreign_key",
            DropForeignKey { .. } => "drop_foreign_key",
            AddView { .. } => "add_view",
            DropView { .. } => "drop_view",
            AddTrigger { .. } => "add_trigger",
            DropTrigger { .. } => "drop_trigger",
            AddRows { .. } => "add_rows",
            DeleteRows { .. } => "delete_rows",
            EnableRls { .. } => "enable_rls",
            DisableRls { .. } => "disable_rls",
            AddPolicy { .. } => "add_policy",
            DropPolicy { .. } => "drop_policy",
            AddGrant { .. } => "add_grant",
            RevokeGrant { .. } => "revoke_grant",
            AddDefaultPrivilege { .. } => "add_default_privilege",
            RevokeDefaultPrivilege { .. } => "revoke_default_privilege",
        }
    }

    /// The object the change is about, as users name it.
    pub fn object(&self) -> String {
        use Change::*;
        let t = |r: &TableRef| format!("{}.{}", r.schema, r.name);
        match self {
            AddExtension { extension } | DropExtension { extension } => extension.name.clone(),
            AddSchema { schema } | DropSchema { schema } => schema.name.clone(),
            AddRole { role } | DropRole { role } => role.name.clone(),
            AddEnum { enum_type } | DropEnum { enum_type } => {
                format!("{}.{}", enum_type.schema, enum_type.name)
            }
            AddFunction { function } | DropFunction { function } => {
                format!("{}.{}({})", function.schema, function.name, function.identity_args)
            }
            AddTable { table } | DropTable { table } => table.key(),
            AddIndex { table, index, .. } | DropIndex { table, index, .. } => {
                format!("{} on {}", index.name, t(table))
            }
            AddForeignKey { table, foreign_key } | DropForeignKey { table, foreign_key } => {
                format!("{} on {}", foreign_key.name, t(table))
            }
            AddView { view } | DropView { view } => view.key(),
            AddTrigger { table, trigger } | DropTrigger { table, trigger } => {
                format!("{} on {}", trigger.name, t(table))
            }
            AddRows { table, rows, .. } | DeleteRows { table, rows, .. } => {
                format!("{} row(s) of {}", rows.len(), t(table))
            }
            EnableRls { table, .. } | DisableRls { table, .. } => t(table),
            AddPolicy { table, policy } | DropPolicy { table, policy } => {
                format!("{} on {}", policy.name, t(table))
            }
            AddGrant { grant } | RevokeGrant { grant } if grant.kind == "schema" => {
                format!("{} on schema {} to {}", grant.privileges.join(","), grant.object, grant.role)
            }
            AddGrant { grant } | RevokeGrant { grant } => {
                format!("{} on {} {}.{} to {}", grant.privileges.join(","), grant.kind, grant.schema, grant.object, grant.role)
            }
            AddDefaultPrivilege { privilege } | RevokeDefaultPrivilege { privilege } => {
                format!("{} on new {} in {} to {}", privilege.privileges.join(","), privilege.on, privilege.schema, privilege.role)
            }
        }
    }

    pub fn origin(&self) -> Option<&Pos> {
        use Change::*;
        match self {
            AddExtension { extension } | DropExtension { extension } => extension.origin.as_ref(),
            AddSchema { schema } | DropSchema { schema } => schema.origin.as_ref(),
            AddRole { role } | DropRole { role } => role.origin.as_ref(),
            AddEnum { enum_type } | DropEnum { enum_type } => enum_type.origin.as_ref(),
            AddFunction { function } | DropFunction { function } => function.origin.as_ref(),
            AddTable { table } | DropTable { table } => table.origin.as_ref(),
            AddIndex { index, .. } | DropIndex { index, .. } => index.origin.as_ref(),
            AddForeignKey { foreign_key, .. } | DropForeignKey { foreign_key, .. } => foreign_key.origin.as_ref(),
            AddView { view } | DropView { view } => view.origin.as_ref(),
            AddTrigger { trigger, .. } | DropTrigger { trigger, .. } => trigger.origin.as_ref(),
            AddPolicy { policy, .. } | DropPolicy { policy, .. } => policy.origin.as_ref(),
            _ => None,
        }
    }

    pub fn tx_mode(&self) -> TxMode {
        match self {
            Change::AddIndex { concurrently: true, .. } | Change::DropIndex { concurrently: true, .. } => TxMode::None,
            _ => TxMode::Transaction,
        }
    }

    /// Data is lost when this change runs (relevant for down scripts and lint).
    pub fn loses_data(&self) -> bool {
        matches!(self, Change::DropTable { .. } | Change::DeleteRows { .. })
    }
}

/// A change the current diff engine cannot express yet; reported, never guessed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{object}: {what}")]
pub struct Unsupported {
    pub object: String,
    pub what: String,
}

/// `from` → `to` as changes, in no particular order (the planner orders them).
pub fn diff(from: &DatabaseModel, to: &DatabaseModel) -> Result<Vec<Change>, Vec<Unsupported>> {
    let mut out = Vec::new();
    let mut unsupported = Vec::new();
    keyed(&from.extensions, &to.extensions, &mut out, &mut unsupported, |e| Change::AddExtension { extension: e.clone() }, "extension");
    keyed(&from.schemas, &to.schemas, &mut out, &mut unsupported, |s| Change::AddSchema { schema: s.clone() }, "schema");
    keyed(&from.roles, &to.roles, &mut out, &mut unsupported, |r| Change::AddRole { role: r.clone() }, "role");
    keyed(&from.enums, &to.enums, &mut out, &mut unsupported, |e| Change::AddEnum { enum_type: e.clone() }, "enum");
    keyed(&from.functions, &to.functions, &mut out, &mut unsupported, |f| Change::AddFunction { function: f.clone() }, "function");
    keyed(&from.views, &to.views, &mut out, &mut unsupported, |v| Change::AddView { view: v.clone() }, "view");

    for (k, t) in &to.tables {
        match from.tables.get(k) {
            None => out.extend(table_adds(t)),
            Some(old) => table_diff(old, t, &mut out, &mut unsupported),
        }
    }
    for (k, t) in &from.tables {
        if !to.tables.contains_key(k) {
            out.extend(table_adds(t).into_iter().map(|c| c.inverse()));
        }
    }
    for g in &to.grants {
        if !from.grants.contains(g) {
            out.push(Change::AddGrant { grant: g.clone() });
        }
    }
    for g in &from.grants {
        if !to.grants.contains(g) {
            out.push(Change::RevokeGrant { grant: g.clone() });
        }
    }
    for p in &to.default_privileges {
        if !from.default_privileges.contains(p) {
            out.push(Change::AddDefaultPrivilege { privilege: p.clone() });
        }
    }
    for p in &from.default_privileges {
        if !to.default_privileges.contains(p) {
            out.push(Change::RevokeDefaultPrivilege { privilege: p.clone() });
        }
    }
    if unsupported.is_empty() {
        Ok(out)
    } else {
        Err(unsupported)
    }
}

fn keyed<T: PartialEq + Clone>(
    from: &BTreeMap<String, T>,
    to: &BTreeMap<String, T>,
    out: &mut Vec<Change>,
    unsupported: &mut Vec<Unsupported>,
    add: impl Fn(&T) -> Change,
    what: &str,
) {
    for (k, v) in to {
        match from.get(k) {
            None => out.push(add(v)),
            Some(old) if old != v => unsupported.push(Unsupported {
                object: format!("{what} {k}"),
                what: "changing an existing object needs the schema-evolution engine".into(),
            }),
            Some(_) => {}
        }
    }
    for (k, v) in from {
        if !to.contains_key(k) {
            out.push(add(v).inverse());
        }
    }
}

/// Everything that creating `t` takes, split into the steps the planner orders.
pub fn table_adds(t: &Table) -> Vec<Change> {
    let r = TableRef::of(t);
    let mut out = vec![Change::AddTable { table: t.clone() }];
    for ix in &t.indexes {
        out.push(Change::AddIndex { table: r.clone(), index: ix.clone(), concurrently: false });
    }
    for fk in &t.foreign_keys {
        out.push(Change::AddForeignKey { table: r.clone(), foreign_key: fk.clone() });
    }
    for tr in &t.triggers {
        out.push(Change::AddTrigger { table: r.clone(), trigger: tr.clone() });
    }
    if !t.rows.is_empty() {
        let key = t.primary_key.as_ref().map(|p| p.columns.clone()).unwrap_or_default();
        out.push(Change::AddRows { table: r.clone(), key, rows: t.rows.clone(), overriding: overrides_identity(t) });
    }
    if t.rls.enabled || t.rls.forced {
        out.push(Change::EnableRls { table: r.clone(), force: t.rls.forced });
    }
    for p in &t.policies {
        out.push(Change::AddPolicy { table: r.clone(), policy: p.clone() });
    }
    out
}

fn table_diff(old: &Table, new: &Table, out: &mut Vec<Change>, unsupported: &mut Vec<Unsupported>) {
    let r = TableRef::of(new);
    let same_shape = old.columns == new.columns
        && old.primary_key == new.primary_key
        && old.uniques == new.uniques
        && old.checks == new.checks
        && old.partition == new.partition
        && old.comment == new.comment;
    if !same_shape {
        unsupported.push(Unsupported {
            object: format!("table {}", new.key()),
            what: "changing columns, keys, checks, partitioning or comments needs the schema-evolution engine".into(),
        });
        return;
    }
    sub(
        &old.indexes,
        &new.indexes,
        |i| &i.name,
        out,
        |i| Change::AddIndex { table: r.clone(), index: i.clone(), concurrently: i.concurrently },
    );
    sub(&old.foreign_keys, &new.foreign_keys, |f| &f.name, out, |f| Change::AddForeignKey { table: r.clone(), foreign_key: f.clone() });
    sub(&old.triggers, &new.triggers, |t| &t.name, out, |t| Change::AddTrigger { table: r.clone(), trigger: t.clone() });
    sub(&old.policies, &new.policies, |p| &p.name, out, |p| Change::AddPolicy { table: r.clone(), policy: p.clone() });
    if old.rls != new.rls {
        if old.rls.enabled || old.rls.forced {
            out.push(Change::DisableRls { table: r.clone(), force: old.rls.forced });
        }
        if new.rls.enabled || new.rls.forced {
            out.push(Change::EnableRls { table: r.clone(), force: new.rls.forced });
        }
    }
    if old.rows != new.rows {
        let key = new.primary_key.as_ref().map(|p| p.columns.clone()).unwrap_or_default();
        let removed: Vec<Row> = old.rows.iter().filter(|x| !new.rows.contains(x)).cloned().collect();
        let added: Vec<Row> = new.rows.iter().filter(|x| !old.rows.contains(x)).cloned().collect();
        let overriding = overrides_identity(new);
        if !removed.is_empty() {
            out.push(Change::DeleteRows { table: r.clone(), key: key.clone(), rows: removed, overriding });
        }
        if !added.is_empty() {
            out.push(Change::AddRows { table: r.clone(), key, rows: added, overriding });
        }
    }
}

/// Reference rows that set a GENERATED ALWAYS column need OVERRIDING SYSTEM VALUE.
fn overrides_identity(t: &Table) -> bool {
    t.columns.iter().any(|c| c.identity.as_deref() == Some("always") && t.rows.iter().any(|r| r.values.iter().any(|(k, _)| k == &c.name)))
}

/// Sub-objects matched by name: new or changed ones are (re)created.
fn sub<T: PartialEq>(old: &[T], new: &[T], name: impl Fn(&T) -> &String, out: &mut Vec<Change>, add: impl Fn(&T) -> Change) {
    for n in new {
        match old.iter().find(|o| name(o) == name(n)) {
            None => out.push(add(n)),
            Some(o) if o != n => {
                out.push(add(o).inverse());
                out.push(add(n));
            }
            Some(_) => {}
        }
    }
    for o in old {
        if !new.iter().any(|n| name(n) == name(o)) {
            out.push(add(o).inverse());
        }
    }
}
