//! `provision seed`: deterministic, realistic, tenant-consistent rows for every
//! table of each database of a target, at the version applied there, in one
//! transaction per database. Orchestrates `seed` (plan, rows) and `db::seed`
//! (facts, loading) under the apply lock; prints a summary.

use super::targeted::{self, DatabaseRun};
use crate::cli::SeedArgs;
use crate::compile::Tenancy;
use crate::db::seed::{Event, Loaded};
use crate::db::{ledger, lock};
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::model::DatabaseModel;
use crate::printer::Printer;
use crate::seed::{self as gen, Generator, Options, Plan};
use crate::target::DatabaseTarget;
use serde::Serialize;
use std::path::Path;
use std::time::Duration;

/// What seeding one database did.
#[derive(Debug, Serialize)]
struct Outcome {
    database: String,
    version: u32,
    tenants: Vec<String>,
    notes: Vec<String>,
    #[serde(flatten)]
    loaded: Loaded,
    rows: u64,
    rows_per_second: u64,
}

pub fn run(root: &Path, args: SeedArgs, p: &Printer) -> CmdResult {
    // rows follow the applied snapshot; the YAML is compiled only to resolve --table names
    let run = match args.tables.is_empty() {
        true => targeted::open_manifest(root, &args.target.target, &args.target.databases, p)?,
        false => targeted::open(root, &args.target.target, &args.target.databases, p)?,
    };
    let models: Vec<&DatabaseModel> = run.compiled.databases.iter().collect();
    let only = gen::resolve_tables(&models, &args.tables).map_err(|e| Failure::invalid(anyhow::anyhow!(e)))?;
    let opts = Options { tenants: args.tenants, rows: args.rows, seed: args.seed, only, tenant_keys: Vec::new() };
    let tenancy = run.compiled.project.tenancy.clone();
    let rt = crate::db::runtime().map_err(Failure::target)?;
    let wait = Duration::from_secs(args.target.lock_timeout);
    let mut outcomes = Vec::new();
    let mut failures = Vec::new();
    for db in &run.databases {
        let mut t = db.target.clone();
        t.create_if_missing = false;
        let mut bars = p.row_progress(&t.logical);
        let result = rt.block_on(async {
            // the session that holds the lock does the work
            let mut guard = lock::acquire(&t, "apply", wait).await.map_err(Failure::target)?;
            let result = seed_database(root, &t, guard.client_mut(), db, tenancy.as_ref(), &opts, &args.target.target, &mut bars).await;
            guard.release().await;
            result
        });
        bars.finish();
        match result {
            Ok(o) => outcomes.push(o),
            Err(f) => {
                p.failure(&f);
                failures.push((t.logical.clone(), f));
            }
        }
    }
    report(&outcomes, p);
    match failures.iter().map(|(_, f)| f.status).max_by_key(|s| s.code()) {
        None => Ok(ExitStatus::Success),
        Some(status) => Ok(status),
    }
}

#[allow(clippy::too_many_arguments)]
async fn seed_database(
    root: &Path,
    t: &DatabaseTarget,
    client: &mut tokio_postgres::Client,
    db: &DatabaseRun,
    tenancy: Option<&Tenancy>,
    opts: &Options,
    target: &str,
    bars: &mut crate::printer::RowProgress,
) -> Result<Outcome, Failure> {
    let version = ledger::current_version(client).await.map_err(Failure::target)?;
    let Some(file) = db.files.iter().find(|f| f.version == version) else {
        return Err(Failure::target(anyhow::anyhow!(
            "database `{}`: no migration is applied, so there are no tables to seed: run `provision apply --target {target}` first",
            t.logical
        )));
    };
    let model = file.snapshot().map_err(Failure::invalid)?;
    // provision.yaml alone names the tenant root; its key comes from the applied model
    let completed = match tenancy {
        Some(tn) if tn.root_pk.is_empty() => match tn.completed_from(&model) {
            Some(done) => Some(done),
            None => crate::load_and_compile(root).0.and_then(|c| c.project.tenancy),
        },
        other => other.cloned(),
    };
    let (loaded, tenants, notes) = seed_model(client, &model, completed.as_ref(), opts, bars).await?;
    let rows = loaded.rows();
    let rows_per_second = per_second(rows, loaded.elapsed);
    Ok(Outcome { database: t.logical.clone(), version, tenants, notes, loaded, rows, rows_per_second })
}

/// Seeds the tables of `model` on `client` (plan, facts, rows, COPY); returns
/// what was loaded, the tenants the rows belong to, and remarks on the run.
pub async fn seed_model(
    client: &mut tokio_postgres::Client,
    model: &DatabaseModel,
    tenancy: Option<&Tenancy>,
    opts: &Options,
    bars: &mut crate::printer::RowProgress,
) -> Result<(Loaded, Vec<String>, Vec<String>), Failure> {
    let mut plan = Plan::new(model, tenancy, opts);
    let facts = crate::db::seed::facts(client, &mut plan).await.map_err(Failure::target)?;
    let role = crate::db::seed::role(client).await.map_err(Failure::target)?;
    let bypass = role.bypasses_rls;
    use crate::db::seed::{load, load_streamed, streams, Pass};
    let mut generator = Generator::new(&plan, &facts);
    let optimistic = if streams(&plan, &generator, bypass) {
        let (loaded, used) =
            load_streamed(client, &plan, generator, role.superuser, &mut |e| draw(bars, &e)).await.map_err(Failure::target)?;
        generator = used;
        Ok(loaded)
    } else {
        load(client, &plan, &mut generator, bypass, Pass::Optimistic, &mut |e| draw(bars, &e)).await
    };
    let loaded = match optimistic {
        Ok(Some(loaded)) => loaded,
        // the server refused a table: again, with a savepoint per table
        Ok(None) => {
            generator = Generator::new(&plan, &facts);
            match load(client, &plan, &mut generator, bypass, Pass::Careful, &mut |e| draw(bars, &e)).await {
                Ok(Some(loaded)) => loaded,
                Ok(None) => return Err(Failure::target(anyhow::anyhow!("the careful seed pass gave up a table without reporting it"))),
                Err(e) => return Err(Failure::target(e)),
            }
        }
        Err(e) => return Err(Failure::target(e)),
    };
    let mut notes: Vec<String> = generator.notes().to_vec();
    if !bypass && plan.tenancy.is_some() {
        notes.push("the connecting role is subject to row-level security: rows went in one tenant at a time".into());
    }
    let tenants = generator.tenants().to_vec();
    // the generator keeps every row it made (keys for foreign keys, uniqueness):
    // freeing those strings took ~30 ms after the COMMIT on 80,000 rows, which
    // the run need not wait for
    std::thread::spawn(move || drop(generator));
    Ok((loaded, tenants, notes))
}

fn per_second(rows: u64, elapsed: Duration) -> u64 {
    let s = elapsed.as_secs_f64();
    if s > 0.0 {
        (rows as f64 / s).round() as u64
    } else {
        0
    }
}

fn report(outcomes: &[Outcome], p: &Printer) {
    let rows: u64 = outcomes.iter().map(|o| o.rows).sum();
    let elapsed: Duration = outcomes.iter().map(|o| o.loaded.elapsed).sum();
    if p.json_mode() {
        p.json(&serde_json::json!({
            "databases": outcomes,
            "rows": rows,
            "elapsed_ms": elapsed.as_millis() as u64,
            "rows_per_second": per_second(rows, elapsed),
        }));
        return;
    }
    for o in outcomes {
        p.info(&format!("{}: version {}, {} tenant(s): {}", o.database, o.version, o.tenants.len(), o.tenants.join(", ")));
        for n in &o.notes {
            p.info(&format!("  note: {n}"));
        }
        for v in &o.loaded.views {
            match &v.error {
                None => p.info(&format!("  refreshed materialized view {}", v.view)),
                Some(why) => p.warn(&format!("{}: cannot refresh materialized view {}: {why}", o.database, v.view)),
            }
        }
    }
    if p.quiet {
        return;
    }
    let table = outcomes
        .iter()
        .flat_map(|o| {
            o.loaded.tables.iter().map(|t| {
                vec![
                    o.database.clone(),
                    t.table.clone(),
                    t.rows.to_string(),
                    if t.seeded { targeted::ms(t.elapsed) } else { "-".into() },
                    t.note.clone().unwrap_or_default(),
                ]
            })
        })
        .collect();
    p.data(&p.table(&["database", "table", "rows", "time", "note"], table));
    p.data(&format!("{rows} rows seeded in {} ({} rows/s)", targeted::ms(elapsed), per_second(rows, elapsed)));
}

/// Seed events drawn by the printer's row bar.
fn draw(bar: &mut crate::printer::RowProgress, e: &Event) {
    match e {
        Event::Table { table, rows } => bar.start(table, *rows),
        Event::Rows { rows, .. } => bar.inc(*rows),
        Event::Done { .. } => bar.finish(),
    }
}
