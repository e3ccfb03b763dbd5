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
    AddColumn {
        table: TableRef,
        column: Column,
    },
    DropColumn {
        table: TableRef,
        column: Column,
    },
    /// `what`: the aspects that differ: type, default, nullable, comment.
    ModifyColumn {
        table: TableRef,
        from: Column,
        to: Column,
        what: Vec<String>,
    },
    RenameColumn {
        table: TableRef,
        from: String,
        to: String,
    },
    RenameTable {
        schema: String,
        from: String,
        to: String,
    },
    /// Constraints and indexes whose names derive from a renamed table.
    RenameConstraint {
        table: TableRef,
        from: String,
        to: String,
    },
    RenameIndex {
        schema: String,
        from: String,
        to: String,
    },
    RenamePolicy {
        table: TableRef,
        from: String,
        to: String,
    },
    RenameRole {
        from: String,
        to: String,
    },
    AddPartition {
        table: TableRef,
        partition: PartitionChild,
    },
    DropPartition {
        table: TableRef,
        partition: PartitionChild,
    },
    AddPrimaryKey {
        table: TableRef,
        constraint: KeyConstraint,
    },
    DropPrimaryKey {
        table: TableRef,
        constraint: KeyConstraint,
    },
    /// `after: None` puts the value first.
    AddEnumValue {
        enum_type: Enum,
        value: String,
        after: Option<String>,
    },
    /// The inverse of AddEnumValue: PostgreSQL cannot remove an enum value, so
    /// the down step is irreversible and rollback refuses it.
    RemoveEnumValue {
        enum_type: Enum,
        value: String,
        after: Option<String>,
    },
    AddCheck {
        table: TableRef,
        check: Check,
    },
    DropCheck {
        table: TableRef,
        check: Check,
    },
    AddUnique {
        table: TableRef,
        constraint: KeyConstraint,
    },
    DropUnique {
        table: TableRef,
        constraint: KeyConstraint,
    },
    SetTableComment {
        table: TableRef,
        from: Option<String>,
        to: Option<String>,
    },
    ReplaceFunction {
        from: Function,
        to: Function,
    },
    ModifyRole {
        from: Role,
        to: Role,
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
            AddColumn { table, column } => DropColumn { table, column },
            DropColumn { table, column } => AddColumn { table, column },
            ModifyColumn { table, from, to, what } => ModifyColumn { table, from: to, to: from, what },
            RenameColumn { table, from, to } => RenameColumn { table, from: to, to: from },
            RenameTable { schema, from, to } => RenameTable { schema, from: to, to: from },
            RenameConstraint { table, from, to } => RenameConstraint { table, from: to, to: from },
            RenameIndex { schema, from, to } => RenameIndex { schema, from: to, to: from },
            RenamePolicy { table, from, to } => RenamePolicy { table, from: to, to: from },
            RenameRole { from, to } => RenameRole { from: to, to: from },
            AddPartition { table, partition } => DropPartition { table, partition },
            DropPartition { table, partition } => AddPartition { table, partition },
            AddPrimaryKey { table, constraint } => DropPrimaryKey { table, constraint },
            DropPrimaryKey { table, constraint } => AddPrimaryKey { table, constraint },
            AddEnumValue { enum_type, value, after } => RemoveEnumValue { enum_type, value, after },
            RemoveEnumValue { enum_type, value, after } => AddEnumValue { enum_type, value, after },
            AddCheck { table, check } => DropCheck { table, check },
            DropCheck { table, check } => AddCheck { table, check },
            AddUnique { table, constraint } => DropUnique { table, constraint },
            DropUnique { table, constraint } => AddUnique { table, constraint },
            SetTableComment { table, from, to } => SetTableComment { table, from: to, to: from },
            ReplaceFunction { from, to } => ReplaceFunction { from: to, to: from },
            ModifyRole { from, to } => ModifyRole { from: to, to: from },
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
            AddColumn { .. } => "add_column",
            DropColumn { .. } => "drop_column",
            ModifyColumn { .. } => "modify_column",
            RenameColumn { .. } => "rename_column",
            RenameTable { .. } => "rename_table",
            RenameConstraint { .. } => "rename_constraint",
            RenameIndex { .. } => "rename_index",
            RenamePolicy { .. } => "rename_policy",
            RenameRole { .. } => "rename_role",
            AddPartition { .. } => "add_partition",
            DropPartition { .. } => "drop_partition",
            AddPrimaryKey { .. } => "add_primary_key",
            DropPrimaryKey { .. } => "drop_primary_key",
            AddEnumValue { .. } => "add_enum_value",
            RemoveEnumValue { .. } => "remove_enum_value",
            AddCheck { .. } => "add_check",
            DropCheck { .. } => "drop_check",
            AddUnique { .. } => "add_unique",
            DropUnique { .. } => "drop_unique",
            SetTableComment { .. } => "set_table_comment",
            ReplaceFunction { .. } => "replace_function",
            ModifyRole { .. } => "modify_role",
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
            AddColumn { table, column } | DropColumn { table, column } => format!("{}.{}", t(table), column.name),
            ModifyColumn { table, to, what, .. } => format!("{}.{} ({})", t(table), to.name, what.join(", ")),
            RenameColumn { table, from, to } => format!("{}.{from} → {to}", t(table)),
            RenameTable { schema, from, to } => format!("{schema}.{from} → {to}"),
            RenameConstraint { table, from, to } => format!("{from} → {to} on {}", t(table)),
            RenameIndex { schema, from, to } => format!("{schema}.{from} → {to}"),
            RenamePolicy { table, from, to } => format!("{from} → {to} on {}", t(table)),
            RenameRole { from, to } => format!("{from} → {to}"),
            AddPartition { table, partition } | DropPartition { table, partition } => format!("{} of {}", partition.name, t(table)),
            AddPrimaryKey { table, constraint } | DropPrimaryKey { table, constraint } => format!("{} on {}", constraint.name, t(table)),
            AddEnumValue { enum_type, value, .. } | RemoveEnumValue { enum_type, value, .. } => {
                format!("{}.{} '{value}'", enum_type.schema, enum_type.name)
            }
            AddCheck { table, check } | DropCheck { table, check } => format!("{} on {}", check.name, t(table)),
            AddUnique { table, constraint } | DropUnique { table, constraint } => format!("{} on {}", constraint.name, t(table)),
            SetTableComment { table, .. } => t(table),
            ReplaceFunction { to, .. } => format!("{}.{}({})", to.schema, to.name, to.identity_args),
            ModifyRole { to, .. } => to.name.clone(),
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
            AddColumn { column, .. } | DropColumn { column, .. } => column.origin.as_ref(),
            ModifyColumn { to, .. } => to.origin.as_ref(),
            AddCheck { check, .. } | DropCheck { check, .. } => check.origin.as_ref(),
            AddUnique { constraint, .. } | DropUnique { constraint, .. } => constraint.origin.as_ref(),
            ReplaceFunction { to, .. } => to.origin.as_ref(),
            ModifyRole { to, .. } => to.origin.as_ref(),
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
        matches!(self, Change::DropTable { .. } | Change::DeleteRows { .. } | Change::DropColumn { .. } | Change::DropPartition { .. })
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
    // enums: new values may be added anywhere; removing or reordering is refused
    for (k, e) in &to.enums {
        match from.enums.get(k) {
            None => out.push(Change::AddEnum { enum_type: e.clone() }),
            Some(old) if old.values == e.values => {}
            Some(old) => {
                let kept: Vec<&String> = e.values.iter().filter(|v| old.values.contains(v)).collect();
                if kept.len() != old.values.len() || kept.iter().zip(&old.values).any(|(a, b)| *a != b) {
                    unsupported.push(Unsupported {
                        object: format!("enum {k}"),
                        what: "removing or reordering enum values is not possible in PostgreSQL: create a new enum and migrate the columns"
                            .into(),
                    });
                    continue;
                }
                for (i, v) in e.values.iter().enumerate() {
                    if !old.values.contains(v) {
                        let after = (i > 0).then(|| e.values[i - 1].clone());
                        out.push(Change::AddEnumValue { enum_type: e.clone(), value: v.clone(), after });
                    }
                }
            }
        }
    }
    for (k, e) in &from.enums {
        if !to.enums.contains_key(k) {
            out.push(Change::DropEnum { enum_type: e.clone() });
        }
    }

    // roles renamed by hint: ALTER ROLE … RENAME, and the old model's references follow
    let mut renamed: Option<DatabaseModel> = None;
    for (k, r) in &to.roles {
        let Some(old_name) = r.renamed_from.0.as_ref() else { continue };
        if from.roles.contains_key(k) || to.roles.contains_key(old_name) || !from.roles.contains_key(old_name) {
            continue;
        }
        out.push(Change::RenameRole { from: old_name.clone(), to: k.clone() });
        rename_role(renamed.get_or_insert_with(|| from.clone()), old_name, k);
    }
    let from = renamed.as_ref().unwrap_or(from);
    // roles: attributes and memberships change in place
    for (k, r) in &to.roles {
        match from.roles.get(k) {
            None => out.push(Change::AddRole { role: r.clone() }),
            Some(old) if old != r => out.push(Change::ModifyRole { from: old.clone(), to: r.clone() }),
            Some(_) => {}
        }
    }
    for (k, r) in &from.roles {
        if !to.roles.contains_key(k) {
            out.push(Change::DropRole { role: r.clone() });
        }
    }

    // functions: a new body with the same result type is CREATE OR REPLACE
    for (k, f) in &to.functions {
        match from.functions.get(k) {
            None => out.push(Change::AddFunction { function: f.clone() }),
            Some(old) if old == f => {}
            Some(old) if old.returns == f.returns => out.push(Change::ReplaceFunction { from: old.clone(), to: f.clone() }),
            Some(_) => unsupported.push(Unsupported {
                object: format!("function {k}"),
                what: "changing a function's result type: give the new function another name and drop the old one".into(),
            }),
        }
    }
    for (k, f) in &from.functions {
        if !to.functions.contains_key(k) {
            out.push(Change::DropFunction { function: f.clone() });
        }
    }

    // views: a changed view is dropped and created again, with the views that read it
    let mut replaced: std::collections::BTreeSet<String> =
        to.views.iter().filter(|(k, v)| from.views.get(*k).is_some_and(|old| old != *v)).map(|(k, _)| k.clone()).collect();
    loop {
        let more: Vec<String> = from
            .views
            .values()
            .filter(|v| {
                !replaced.contains(&v.key()) && v.depends_on.iter().any(|d| replaced.contains(d)) && to.views.contains_key(&v.key())
            })
            .map(|v| v.key())
            .collect();
        if more.is_empty() {
            break;
        }
        replaced.extend(more);
    }
    for (k, v) in &to.views {
        if !from.views.contains_key(k) || replaced.contains(k) {
            out.push(Change::AddView { view: v.clone() });
        }
    }
    for (k, v) in &from.views {
        if !to.views.contains_key(k) || replaced.contains(k) {
            out.push(Change::DropView { view: v.clone() });
        }
    }

    // tables, with `renamed_from:` turning a drop + add into a rename
    let mut renamed_old = std::collections::BTreeSet::new();
    for (k, t) in &to.tables {
        if let Some(old) = from.tables.get(k) {
            table_diff(old, t, &mut out, &mut unsupported);
            continue;
        }
        let old_key = t.renamed_from.0.as_ref().map(|r| if r.contains('.') { r.clone() } else { qkey(&t.schema, r) });
        match old_key.as_ref().and_then(|ok| from.tables.get(ok).filter(|_| !to.tables.contains_key(ok))) {
            Some(old) if old.schema == t.schema => {
                renamed_old.insert(old.key());
                out.push(Change::RenameTable { schema: t.schema.clone(), from: old.name.clone(), to: t.name.clone() });
                let mut moved = old.clone();
                moved.name = t.name.clone();
                rename_derived(&mut moved, &old.name, t, &mut out);
                table_diff(&moved, t, &mut out, &mut unsupported);
            }
            _ => out.extend(table_adds(t)),
        }
    }
    for (k, t) in &from.tables {
        if !to.tables.contains_key(k) && !renamed_old.contains(k) {
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

/// Every reference to role `old` in `m` now says `new`.
fn rename_role(m: &mut DatabaseModel, old: &str, new: &str) {
    let fix = |n: &mut String| {
        if n == old {
            *n = new.to_string();
        }
    };
    if let Some(mut r) = m.roles.remove(old) {
        r.name = new.to_string();
        m.roles.insert(new.to_string(), r);
    }
    for r in m.roles.values_mut() {
        r.member_of.iter_mut().for_each(fix);
    }
    for g in m.grants.iter_mut() {
        fix(&mut g.role);
    }
    for p in m.default_privileges.iter_mut() {
        fix(&mut p.role);
        if let Some(f) = p.for_role.as_mut() {
            fix(f);
        }
    }
    for t in m.tables.values_mut() {
        for p in t.policies.iter_mut() {
            p.roles.iter_mut().for_each(fix);
        }
    }
    m.grants.sort();
    m.default_privileges.sort();
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
                what: format!("changing an existing {what} is not supported yet: create a new one and drop the old"),
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
    // renames by hint: the old constraint, index or policy takes its new name, then compares as usual
    fn hinted<'a, T>(new: &'a [T], old: &[T], name: impl Fn(&T) -> &String, hint: impl Fn(&T) -> Option<&String>) -> Vec<(String, String)> {
        new.iter()
            .filter_map(|n| {
                let from = hint(n)?;
                let fresh = !old.iter().any(|o| name(o) == name(n)) && !new.iter().any(|x| name(x) == from);
                (fresh && old.iter().any(|o| name(o) == from)).then(|| (from.clone(), name(n).clone()))
            })
            .collect()
    }
    let checks = hinted(&new.checks, &old.checks, |c| &c.name, |c| c.renamed_from.0.as_ref());
    let uniques = hinted(&new.uniques, &old.uniques, |c| &c.name, |c| c.renamed_from.0.as_ref());
    let foreign_keys = hinted(&new.foreign_keys, &old.foreign_keys, |c| &c.name, |c| c.renamed_from.0.as_ref());
    let indexes = hinted(&new.indexes, &old.indexes, |c| &c.name, |c| c.renamed_from.0.as_ref());
    let policies = hinted(&new.policies, &old.policies, |c| &c.name, |c| c.renamed_from.0.as_ref());
    // the old table is copied only to be renamed in: most tables have no hint,
    // and copying every table of both models was 13 % of linting 40 migrations
    let renamed;
    let old = if [&checks, &uniques, &foreign_keys, &indexes, &policies].iter().all(|h| h.is_empty()) {
        old
    } else {
        let mut o = old.clone();
        for (from, to) in checks {
            out.push(Change::RenameConstraint { table: r.clone(), from: from.clone(), to: to.clone() });
            o.checks.iter_mut().filter(|c| c.name == from).for_each(|c| c.name = to.clone());
        }
        for (from, to) in uniques {
            out.push(Change::RenameConstraint { table: r.clone(), from: from.clone(), to: to.clone() });
            o.uniques.iter_mut().filter(|c| c.name == from).for_each(|c| c.name = to.clone());
        }
        for (from, to) in foreign_keys {
            out.push(Change::RenameConstraint { table: r.clone(), from: from.clone(), to: to.clone() });
            o.foreign_keys.iter_mut().filter(|c| c.name == from).for_each(|c| c.name = to.clone());
        }
        for (from, to) in indexes {
            out.push(Change::RenameIndex { schema: r.schema.clone(), from: from.clone(), to: to.clone() });
            o.indexes.iter_mut().filter(|c| c.name == from).for_each(|c| c.name = to.clone());
        }
        for (from, to) in policies {
            out.push(Change::RenamePolicy { table: r.clone(), from: from.clone(), to: to.clone() });
            o.policies.iter_mut().filter(|c| c.name == from).for_each(|c| c.name = to.clone());
        }
        renamed = o;
        &renamed
    };
    if old.partition.as_ref().map(|p| (&p.strategy, &p.key)) != new.partition.as_ref().map(|p| (&p.strategy, &p.key)) {
        unsupported.push(Unsupported {
            object: format!("table {}", new.key()),
            what: "changing whether or how a table is partitioned needs a new table: create it, copy the rows, drop the old one".into(),
        });
        return;
    }
    if old.primary_key != new.primary_key {
        if let Some(pk) = &old.primary_key {
            out.push(Change::DropPrimaryKey { table: r.clone(), constraint: pk.clone() });
        }
        if let Some(pk) = &new.primary_key {
            out.push(Change::AddPrimaryKey { table: r.clone(), constraint: pk.clone() });
        }
    }
    if let (Some(op), Some(np)) = (&old.partition, &new.partition) {
        // declared partitions come and go (a changed bound is a drop and an add); interval
        // partitions beyond the declared ones are managed by `provision partitions`
        let managed = op.interval.is_some();
        for c in &np.children {
            if !op.children.contains(c) && !(managed && op.children.iter().any(|o| o.name == c.name)) {
                if let Some(o) = op.children.iter().find(|o| o.name == c.name) {
                    out.push(Change::DropPartition { table: r.clone(), partition: o.clone() });
                }
                out.push(Change::AddPartition { table: r.clone(), partition: c.clone() });
            }
        }
        for o in &op.children {
            // interval partitions are retired by retention, never by a render
            if !managed && !np.children.iter().any(|c| c.name == o.name) {
                out.push(Change::DropPartition { table: r.clone(), partition: o.clone() });
            }
        }
    }
    // columns: renames first (by hint), then added, dropped and modified ones
    let mut renamed_old = std::collections::BTreeSet::new();
    for c in &new.columns {
        match old.column(&c.name) {
            Some(o) => column_diff(&r, o, c, out, unsupported),
            None => match c.renamed_from.0.as_ref().and_then(|f| old.column(f).filter(|_| new.column(f).is_none())) {
                Some(o) => {
                    renamed_old.insert(o.name.clone());
                    out.push(Change::RenameColumn { table: r.clone(), from: o.name.clone(), to: c.name.clone() });
                    let mut moved = o.clone();
                    moved.name = c.name.clone();
                    column_diff(&r, &moved, c, out, unsupported);
                }
                None => {
                    if c.identity.is_some() || c.generated.is_some() {
                        unsupported.push(Unsupported {
                            object: format!("column {}.{}", new.key(), c.name),
                            what: "adding an identity or generated column to an existing table is not supported yet".into(),
                        });
                    }
                    out.push(Change::AddColumn { table: r.clone(), column: c.clone() });
                }
            },
        }
    }
    for c in &old.columns {
        if new.column(&c.name).is_none() && !renamed_old.contains(&c.name) {
            out.push(Change::DropColumn { table: r.clone(), column: c.clone() });
        }
    }
    sub(&old.checks, &new.checks, |c| &c.name, out, |c| Change::AddCheck { table: r.clone(), check: c.clone() });
    sub(&old.uniques, &new.uniques, |c| &c.name, out, |c| Change::AddUnique { table: r.clone(), constraint: c.clone() });
    if old.comment != new.comment {
        out.push(Change::SetTableComment { table: r.clone(), from: old.comment.clone(), to: new.comment.clone() });
    }
    // an index on an existing table may be built concurrently, outside the transaction
    sub(
        &old.indexes,
        &new.indexes,
        |i| &i.name,
        out,
        |i| Change::AddIndex { table: r.clone(), index: i.clone(), concurrently: i.concurrently && !r.partitioned },
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

/// After `ALTER TABLE a RENAME TO b`, names PostgreSQL kept (`a_pkey`,
/// `a_name_idx`) still say `a`; rename those the model now calls `b_…`.
fn rename_derived(moved: &mut Table, old_name: &str, new: &Table, out: &mut Vec<Change>) {
    let r = TableRef::of(new);
    let prefix = format!("{old_name}_");
    let mapped = |n: &str| n.strip_prefix(&prefix).map(|rest| crate::sql::bounded_name(&format!("{}_{rest}", new.name)));
    let rename = |name: &mut String, exists: &dyn Fn(&str) -> bool, index: bool, out: &mut Vec<Change>| {
        if let Some(to) = mapped(name).filter(|to| exists(to) && to != name) {
            out.push(if index {
                Change::RenameIndex { schema: r.schema.clone(), from: name.clone(), to: to.clone() }
            } else {
                Change::RenameConstraint { table: r.clone(), from: name.clone(), to: to.clone() }
            });
            *name = to;
        }
    };
    if let Some(pk) = moved.primary_key.as_mut() {
        rename(&mut pk.name, &|n| new.primary_key.as_ref().is_some_and(|p| p.name == n), false, out);
    }
    for u in moved.uniques.iter_mut() {
        rename(&mut u.name, &|n| new.uniques.iter().any(|x| x.name == n), false, out);
    }
    for c in moved.checks.iter_mut() {
        rename(&mut c.name, &|n| new.checks.iter().any(|x| x.name == n), false, out);
    }
    for f in moved.foreign_keys.iter_mut() {
        rename(&mut f.name, &|n| new.foreign_keys.iter().any(|x| x.name == n), false, out);
    }
    for i in moved.indexes.iter_mut() {
        rename(&mut i.name, &|n| new.indexes.iter().any(|x| x.name == n), true, out);
    }
}

fn column_diff(r: &TableRef, old: &Column, new: &Column, out: &mut Vec<Change>, unsupported: &mut Vec<Unsupported>) {
    if old == new {
        return;
    }
    if old.identity != new.identity || old.generated != new.generated {
        unsupported.push(Unsupported {
            object: format!("column {}.{}.{}", r.schema, r.name, new.name),
            what: "changing identity or generated expressions is not supported yet".into(),
        });
        return;
    }
    let mut what = Vec::new();
    if old.type_ != new.type_ {
        what.push("type".to_string());
    }
    if old.default != new.default {
        what.push("default".to_string());
    }
    if old.nullable != new.nullable {
        what.push("nullable".to_string());
    }
    if old.comment != new.comment || old.external != new.external {
        what.push("comment".to_string());
    }
    if !what.is_empty() {
        out.push(Change::ModifyColumn { table: r.clone(), from: old.clone(), to: new.clone(), what });
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
