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
    Ok(acquire_probing(t, name, wait, None).await?.0)
}

/// `acquire`, also evaluating the SQL expression `probe` in the same query
/// once the lock is held (its value as text; NULL as None): what the caller
/// needs to know first costs no round trip of its own.
pub async fn acquire_probing(
    t: &DatabaseTarget,
    name: &str,
    wait: Duration,
    probe: Option<&str>,
) -> Result<(AdvisoryLock, Option<String>), DbError> {
    let client = connect_target(t).await?;
    let key = key(name);
    let started = Instant::now();
    // short first waits: a session of this process that just ended may hold it for a few ms more
    let mut delay = Duration::from_millis(5);
    loop {
        // a simple query: one round trip, no statement to prepare first
        let sql = match probe {
            // the probe is evaluated only when the lock was granted
            Some(p) => format!("SELECT l, CASE WHEN l THEN ({p})::text END FROM pg_try_advisory_lock({key}) AS l"),
            None => format!("SELECT pg_try_advisory_lock({key})"),
        };
        let messages = client.simple_query(&sql).await.map_err(|e| DbError::Sql {
            context: format!("{}: taking the apply lock", t.display),
            message: describe(&e).0,
            position: None,
        })?;
        let row = messages.iter().find_map(|m| match m {
            SimpleQueryMessage::Row(r) => Some((r.get(0) == Some("t"), r.try_get(1).ok().flatten().map(str::to_string))),
            _ => None,
        });
        if let Some((true, probed)) = row {
            return Ok((AdvisoryLock { client }, probed));
        }
        if started.elapsed() >= wait {
            let holder = holder(&client, key).await;
            return Err(DbError::Locked { target: t.display.clone(), waited: wait, holder: holder.map(|h| h.to_string()) });
        }
        // jittered backoff, so waiting applies do not poll in lockstep
        let jitter = delay * (std::process::id() % 8) / 16;
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

    /// Releases the lock by ending its session. An explicit
    /// `pg_advisory_unlock` would be the session's next transaction, and after
    /// a large migration that one first rebuilds the backend's caches (its
    /// own invalidation messages overflow the shared queue): ~15 ms of waiting
    /// on a 400-table migration for a lock that the session's end releases anyway.
    pub async fn release(self) {
        drop(self.client);
    }
}
