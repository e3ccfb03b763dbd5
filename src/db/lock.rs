//! The per-database apply lock: a session advisory lock held on a dedicated
//! connection for the whole run, acquired with a bounded, polling wait. On
//! timeout it names who holds it. Closing the connection releases it, so a
//! killed apply never leaves the lock behind.

use super::{connect_target, describe, DbError};
use crate::target::DatabaseTarget;
use std::time::{Duration, Instant};
use tokio_postgres::{Client, SimpleQueryMessage};

pub struct AdvisoryLock {
    client: Client,
    key: i64,
}

/// Who holds a lock, as pg_stat_activity shows them.
#[derive(Debug, Clone)]
pub struct Holder {
    pub pid: i32,
    pub application: String,
    pub client: String,
    pub user: String,
    pub since: String,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "pid {} (application `{}`, user {}, from {}, connected {})",
            self.pid, self.application, self.user, self.client, self.since
        )
    }
}

/// Stable 64-bit key for a lock name; the same for every provision version.
pub fn key(name: &str) -> i64 {
    crate::sql::fnv1a(format!("provision:{name}").as_bytes()) as i64
}

pub async fn acquire(t: &DatabaseTarget, name: &str, wait: Duration) -> Result<AdvisoryLock, DbError> {
    let client = connect_target(t).await?;
    let key = key(name);
    let started = Instant::now();
    let mut delay = Duration::from_millis(50);
    loop {
        // a simple query: one round trip, no statement to prepare first
        let got = client
            .simple_query(&format!("SELECT pg_try_advisory_lock({key})"))
            .await
            .map_err(|e| DbError::Sql {
                context: format!("{}: taking the apply lock", t.display),
                message: describe(&e).0,
                position: None,
            })?
            .iter()
            .find_map(|m| match m {
                SimpleQueryMessage::Row(r) => r.get(0).map(|v| v == "t"),
                _ => None,
            })
            .unwrap_or(false);
        if got {
            return Ok(AdvisoryLock { client, key });
        }
        if started.elapsed() >= wait {
            let holder = holder(&client, key).await;
            return Err(DbError::Locked { target: t.display.clone(), waited: wait, holder: holder.map(|h| h.to_string()) });
        }
        // jittered backoff, so waiting applies do not poll in lockstep
        let jitter = Duration::from_millis(u64::from(std::process::id() % 50));
        tokio::time::sleep((delay + jitter).min(wait.saturating_sub(started.elapsed()) + Duration::from_millis(1))).await;
        delay = (delay * 2).min(Duration::from_millis(500));
    }
}

async fn holder(client: &Client, key: i64) -> Option<Holder> {
    let row = client
        .query_opt(
            "SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local socket'), coalesce(a.usename::text, ''),
                    coalesce(to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), '')
             FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
               AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
               AND l.classid = ((($1::bigint >> 32) & 4294967295)::bigint)::oid
               AND l.objid = (($1::bigint & 4294967295)::bigint)::oid
             LIMIT 1",
            &[&key],
        )
        .await
        .ok()??;
    Some(Holder { pid: row.get(0), application: row.get(1), client: row.get(2), user: row.get(3), since: row.get(4) })
}

impl AdvisoryLock {
    /// The session holding the lock: work done on it needs no second connection.
    pub fn client_mut(&mut self) -> &mut Client {
        &mut self.client
    }

    /// Releases explicitly; dropping the lock (closing its connection) releases it too.
    pub async fn release(self) {
        let _ = self.client.batch_execute(&format!("SELECT pg_advisory_unlock({})", self.key)).await;
    }
}
