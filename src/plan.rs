//! Plan: changes → ordered steps, each with its up SQL, its down SQL, its
//! transaction mode and the change that produced it. The down script is the
//! inverse of every step in reverse order, rendered in the same pass.

use crate::diff::{Change, TxMode};
use crate::model::DatabaseModel;
use crate::render::{RenderError, Renderer};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub change: Change,
    pub up: String,
    pub down: String,
    pub tx: TxMode,
    /// What the down step does, for the down file's headers.
    #[serde(skip)]
    pub down_label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub database: String,
    pub steps: Vec<Step>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn transactional(&self) -> bool {
        self.steps.iter().all(|s| s.tx == TxMode::Transaction)
    }

    /// Down steps that delete data (dropping a table created by this plan).
    pub fn down_loses_data(&self) -> bool {
        self.steps.iter().any(|s| s.change.inverse().loses_data())
    }
}

/// Creation order of object kinds; drops run first, in the opposite order.
fn phase(c: &Change) -> i32 {
    use Change::*;
    let add = |c: &Change| -> i32 {
        match c {
            AddExtension { .. } => 10,
            AddRole { .. } => 20,
            AddSchema { .. } => 30,
            AddEnum { .. } => 40,
            AddFunction { function } if !function.after_tables => 50,
            AddTable { .. } => 60,
            AddIndex { .. } => 70,
            AddForeignKey { .. } => 80,
            AddFunction { .. } => 90,
            AddView { .. } => 100,
            AddTrigger { .. } => 110,
            // reference rows go in before foreign keys exist (so the down script removes them
            // after the foreign keys other rows hold on them are gone) and before RLS is forced
            AddRows { .. } => 75,
            EnableRls { .. } => 130,
            AddPolicy { .. } => 140,
            AddGrant { .. } => 150,
            AddDefaultPrivilege { .. } => 160,
            ModifyRole { .. } => 21,
            RenameRole { .. } => 19,
            AddPartition { .. } => 61,
            AddPrimaryKey { .. } => 65,
            AddEnumValue { .. } | RemoveEnumValue { .. } => 41,
            ReplaceFunction { .. } => 52,
            RenameTable { .. } => 58,
            RenameConstraint { .. } | RenameIndex { .. } | RenamePolicy { .. } => 59,
            RenameColumn { .. } => 62,
            AddColumn { .. } => 63,
            ModifyColumn { .. } => 64,
            AddCheck { .. } | AddUnique { .. } => 66,
            SetTableComment { .. } => 165,
            _ => 0,
        }
    };
    match c {
        DropExtension { .. }
        | DropRole { .. }
        | DropSchema { .. }
        | DropEnum { .. }
        | DropFunction { .. }
        | DropTable { .. }
        | DropIndex { .. }
        | DropForeignKey { .. }
        | DropView { .. }
        | DropTrigger { .. }
        | DropColumn { .. }
        | DropPartition { .. }
        | DropPrimaryKey { .. }
        | DropCheck { .. }
        | DropUnique { .. }
        | DeleteRows { .. }
        | DisableRls { .. }
        | DropPolicy { .. }
        | RevokeGrant { .. }
        | RevokeDefaultPrivilege { .. } => -add(&c.inverse()),
        _ => add(c),
    }
}

/// Depth within a phase: views after the views they read, roles after the
/// roles they join, rows after the rows they reference.
fn depth(
    c: &Change,
    view_depth: &BTreeMap<String, usize>,
    role_depth: &BTreeMap<String, usize>,
    table_depth: &BTreeMap<String, usize>,
) -> i64 {
    use Change::*;
    let d = match c {
        AddView { view } | DropView { view } => view_depth.get(&view.key()).copied().unwrap_or(0),
        AddRole { role } | DropRole { role } => role_depth.get(&role.name).copied().unwrap_or(0),
        AddRows { table, .. } | DeleteRows { table, .. } => {
            table_depth.get(&format!("{}.{}", table.schema, table.name)).copied().unwrap_or(0)
        }
        _ => 0,
    } as i64;
    if phase(c) < 0 {
        -d
    } else {
        d
    }
}

fn depths(edges: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, usize> {
    fn go(k: &str, edges: &BTreeMap<String, Vec<String>>, memo: &mut BTreeMap<String, usize>, stack: &mut Vec<String>) -> usize {
        if let Some(d) = memo.get(k) {
            return *d;
        }
        if stack.iter().any(|s| s == k) {
            return 0; // a cycle: the compiler reports those; keep the order stable
        }
        stack.push(k.to_string());
        let d = edges
            .get(k)
            .map_or(0, |deps| deps.iter().filter(|x| x.as_str() != k).map(|x| go(x, edges, memo, stack) + 1).max().unwrap_or(0));
        stack.pop();
        memo.insert(k.to_string(), d);
        d
    }
    let mut memo = BTreeMap::new();
    for k in edges.keys() {
        go(k, edges, &mut memo, &mut Vec::new());
    }
    memo
}

/// Orders `changes` and renders both directions. `from`/`to` give the
/// dependency graphs (views, roles, tables) of both models.
pub fn plan(
    database: &str,
    mut changes: Vec<Change>,
    from: &DatabaseModel,
    to: &DatabaseModel,
    renderer: &Renderer,
) -> Result<Plan, RenderError> {
    let mut view_edges = BTreeMap::new();
    let mut role_edges = BTreeMap::new();
    let mut table_edges = BTreeMap::new();
    for m in [from, to] {
        for v in m.views.values() {
            view_edges.insert(v.key(), v.depends_on.clone());
        }
        for r in m.roles.values() {
            role_edges.insert(r.name.clone(), r.member_of.clone());
        }
        for t in m.tables.values() {
            table_edges.insert(t.key(), t.foreign_keys.iter().map(|f| format!("{}.{}", f.ref_schema, f.ref_table)).collect());
        }
    }
    let (vd, rd, td) = (depths(&view_edges), depths(&role_edges), depths(&table_edges));
    // stable: within a phase and depth, the diff's (name) order stays
    changes.sort_by_key(|c| (phase(c), depth(c, &vd, &rd, &td)));
    // each step renders on its own: large models render on every core, in order
    let mut rest = changes;
    let mut batches: Vec<Vec<Change>> = crate::par::ranges(rest.len(), 64).iter().rev().map(|r| rest.split_off(r.start)).collect();
    batches.reverse();
    let rendered = crate::par::each(batches, |b| render_steps(b, renderer));
    let mut steps = Vec::new();
    for r in rendered {
        steps.extend(r?);
    }
    Ok(Plan { database: database.to_string(), steps })
}

fn render_steps(changes: Vec<Change>, renderer: &Renderer) -> Result<Vec<Step>, RenderError> {
    let mut steps = Vec::with_capacity(changes.len());
    for change in changes {
        let up = renderer.render(&format!("{}.sql.j2", change.kind()), &change)?;
        let inverse = change.inverse();
        let down = renderer.render(&format!("{}.sql.j2", inverse.kind()), &inverse)?;
        let down_label = format!("{} {}", inverse.kind().replace('_', " "), inverse.object());
        let tx = change.tx_mode();
        steps.push(Step { change, up, down, tx, down_label });
    }
    Ok(steps)
}

#[derive(Debug, Clone, Serialize)]
struct FileStep {
    label: String,
    origin: Option<String>,
    sql: String,
}

/// The two files of a migration: up (steps in order) and down (inverses, reversed).
pub fn render_files(
    plan: &Plan,
    version: &str,
    message: &str,
    lock_timeout: &str,
    renderer: &Renderer,
) -> Result<(String, String), RenderError> {
    let txmode = if plan.transactional() { "transaction" } else { "none" };
    let ctx = |steps: Vec<FileStep>, direction: &str| {
        minijinja::context! {
            version => format!("{version} ({direction})"),
            database => plan.database.clone(),
            message => message.to_string(),
            txmode => txmode,
            lock_timeout => lock_timeout.to_string(),
            steps => steps.iter().enumerate().map(|(i, s)| minijinja::context! {
                header => match &s.origin {
                    Some(o) => format!("[{}/{}] {} ({o})", i + 1, steps.len(), s.label),
                    None => format!("[{}/{}] {}", i + 1, steps.len(), s.label),
                },
                sql => minijinja::Value::from_safe_string(s.sql.trim_end().to_string()),
            }).collect::<Vec<_>>(),
        }
    };
    let up_steps: Vec<FileStep> = plan
        .steps
        .iter()
        .map(|s| FileStep {
            label: format!("{} {}", s.change.kind().replace('_', " "), s.change.object()),
            origin: s.change.origin().map(|p| p.to_string()),
            sql: s.up.clone(),
        })
        .collect();
    let down_steps: Vec<FileStep> = plan
        .steps
        .iter()
        .rev()
        .map(|s| FileStep { label: s.down_label.clone(), origin: s.change.origin().map(|p| p.to_string()), sql: s.down.clone() })
        .collect();
    let (up, down) = std::thread::scope(|scope| {
        let down = scope.spawn(|| renderer.render_value("migration.sql.j2", ctx(down_steps, "down")));
        let up = renderer.render_value("migration.sql.j2", ctx(up_steps, "up"));
        (up, down.join().expect("a rendering thread panicked"))
    });
    Ok((up?, down?))
}
