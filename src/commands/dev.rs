//! `provision dev up|down|url`: the project's private PostgreSQL cluster under
//! `.provision/`, from the machine's PostgreSQL binaries. Target `local` uses it
//! when $DATABASE_URL is not set.

use crate::cli::{DevAction, DevArgs};
use crate::cluster::{Cluster, ClusterError, ClusterOptions, StopMode};
use crate::exit::{CmdResult, ExitStatus, Failure};
use crate::printer::Printer;
use std::path::Path;

fn failure(e: ClusterError) -> Failure {
    Failure::target(e)
}

pub fn run(root: &Path, args: DevArgs, p: &Printer) -> CmdResult {
    let data = crate::target::dev_data_dir(root);
    match args.action {
        DevAction::Up => {
            let cluster = if data.join("PG_VERSION").exists() {
                Cluster::open(&data).map_err(failure)?
            } else {
                p.info(&format!("creating a PostgreSQL cluster in {}", data.display()));
                Cluster::init(&data, &ClusterOptions::default()).map_err(failure)?
            };
            cluster.start().map_err(failure)?;
            p.info(&format!("running on port {} (log: {})", cluster.port(), cluster.log_path().display()));
            p.data(&cluster.url("postgres"));
            Ok(ExitStatus::Success)
        }
        DevAction::Down => {
            match Cluster::open(&data) {
                Ok(c) => {
                    c.stop(StopMode::Fast).map_err(failure)?;
                    p.info("stopped; data is kept in .provision/ (delete it to start over)");
                }
                Err(ClusterError::NotInitialized { .. }) => p.info("no local cluster in this project"),
                Err(e) => return Err(failure(e)),
            }
            Ok(ExitStatus::Success)
        }
        DevAction::Url => match Cluster::open(&data) {
            Ok(c) if c.is_running() => {
                p.data(&c.url("postgres"));
                Ok(ExitStatus::Success)
            }
            Ok(_) => Err(Failure::target(anyhow::anyhow!("the local cluster is stopped; start it with `provision dev up`"))),
            Err(ClusterError::NotInitialized { .. }) => {
                Err(Failure::target(anyhow::anyhow!("this project has no local cluster yet; create it with `provision dev up`")))
            }
            Err(e) => Err(failure(e)),
        },
    }
}
