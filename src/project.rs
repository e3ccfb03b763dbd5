//! The render pipeline for a whole project: for each logical database, the
//! migration directory, the model it ends at, the compiled model, their diff
//! and its plan. Shared by `render`, `plan` and the tests.

use crate::compile::Compiled;
use crate::diff::{self, Unsupported};
use crate::migrations::{self, sum::SumProblem, MigrationDir, MigrationError};
use crate::model::DatabaseModel;
use crate::plan::{self, Plan};
use crate::render::{RenderError, Renderer};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Migrations(#[from] MigrationError),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error("database `{database}`: the migration directory is not intact: {problem}")]
    Tampered { database: String, problem: SumProblem },
    #[error("database `{database}`: {} change(s) cannot be rendered yet:\n{}", .items.len(), .items.iter().map(|u| format!("  - {u}")).collect::<Vec<_>>().join("\n"))]
    Unsupported { database: String, items: Vec<Unsupported> },
}

pub struct DatabaseRender {
    pub database: String,
    pub dir: MigrationDir,
    pub previous: DatabaseModel,
    pub model: DatabaseModel,
    pub plan: Plan,
}

impl DatabaseRender {
    pub fn next_version(&self) -> u32 {
        self.dir.next_version()
    }
}

/// Renderer with the project's templates/ overriding built-ins.
pub fn renderer(root: &Path) -> Renderer {
    let dir = root.join("templates");
    Renderer::new(dir.is_dir().then_some(dir.as_path()))
}

pub fn plan_all(root: &Path, compiled: &Compiled, renderer: &Renderer) -> Result<Vec<DatabaseRender>, PipelineError> {
    let mut out = Vec::new();
    for model in &compiled.databases {
        let dir = migrations::read(&migrations::dir_for(root, &model.database))?;
        if let Some(problem) = migrations::sum::validate(&dir)? {
            return Err(PipelineError::Tampered { database: model.database.clone(), problem });
        }
        let previous = dir.latest_model(&model.database)?;
        let changes =
            diff::diff(&previous, model).map_err(|items| PipelineError::Unsupported { database: model.database.clone(), items })?;
        let plan = plan::plan(&model.database, changes, &previous, model, renderer)?;
        out.push(DatabaseRender { database: model.database.clone(), dir, previous, model: model.clone(), plan });
    }
    Ok(out)
}

pub fn snapshot_json(model: &DatabaseModel) -> String {
    let mut s = serde_json::to_string_pretty(model).expect("model serializes");
    s.push('\n');
    s
}

/// The files of the next migration of `r` (not yet written).
pub fn new_migration(
    r: &DatabaseRender,
    message: Option<&str>,
    lock_timeout: &str,
    renderer: &Renderer,
) -> Result<migrations::NewMigration, RenderError> {
    let version = r.next_version();
    let message = message.map_or_else(
        || {
            if version == 1 {
                "init".to_string()
            } else {
                "change".to_string()
            }
        },
        str::to_string,
    );
    let label = format!("V{version:04}");
    // the snapshot serializes while the files render
    let (files, snapshot) = std::thread::scope(|scope| {
        let snapshot = scope.spawn(|| snapshot_json(&r.model));
        let files = plan::render_files(&r.plan, &label, &message, lock_timeout, renderer);
        (files, snapshot.join().expect("serializing the snapshot panicked"))
    });
    let (up, down) = files?;
    Ok(migrations::NewMigration { version, name: migrations::slug(&message), up, down, snapshot })
}
