//! The only module that talks to PostgreSQL (tokio-postgres). Everything else
//! hands it SQL text rendered elsewhere and gets typed results back.

pub mod backup;
pub mod connect;
pub mod copy_binary;
pub mod executor;
pub mod inspect;
pub mod isolation;
pub mod ledger;
pub mod lock;
pub mod partitions;
pub mod seed;
pub mod tenant;

pub use connect::connect_target;

use std::time::Duration;
use tokio_postgres::{Client, NoTls};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot connect to {target}: {message}")]
    Connect { target: String, message: String },
    #[error("{context}: {message}")]
    Sql { context: String, message: String, position: Option<String> },
    #[error("{target}: another apply holds the lock{}; waited {}s", .holder.as_ref().map(|h| format!(" ({h})")).unwrap_or_default(), .waited.as_secs())]
    Locked { target: String, waited: Duration, holder: Option<String> },
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`: passwords never reach output.
pub fn mask_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let masked = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _)) => format!("{user}:***@{host}"),
            None => authority.to_string(),
        },
        None => authority.to_string(),
    };
    // a password may also come as a query parameter
    let tail = tail
        .split('&')
        .map(|kv| {
            if kv.trim_start_matches('?').starts_with("password=") {
                if kv.starts_with('?') {
                    "?password=***"
                } else {
                    "password=***"
                }
            } else {
                kv
            }
        })
        .collect::<Vec<_>>()
        .join("&");
    format!("{scheme}://{masked}{tail}")
}

/// A single-threaded runtime for commands and tests that do one thing at a time.
pub fn runtime() -> Result<Runtime, DbError> {
    Runtime::build(tokio::runtime::Builder::new_current_thread()).map_err(DbError::Runtime)
}

/// A tokio runtime that, when dropped, first lets the connections it started
/// whose clients are gone end their sessions (see [`close_all`]).
pub struct Runtime {
    rt: Option<tokio::runtime::Runtime>,
    id: u64,
}

static RUNTIMES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

thread_local! {
    /// The runtime whose tasks this thread is running (0: none of ours).
    static CURRENT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl Runtime {
    pub fn build(mut builder: tokio::runtime::Builder) -> std::io::Result<Runtime> {
        let id = RUNTIMES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let rt = builder.enable_all().on_thread_start(move || CURRENT.with(|c| c.set(id))).build()?;
        Ok(Runtime { rt: Some(rt), id })
    }

    /// `tokio::runtime::Runtime::block_on`, with the connections this starts
    /// on the calling thread counted as this runtime's.
    pub fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        let outer = CURRENT.with(|c| c.replace(self.id));
        let out = self.rt.as_ref().expect("a runtime until dropped").block_on(future);
        CURRENT.with(|c| c.set(outer));
        out
    }
}

impl std::ops::Deref for Runtime {
    type Target = tokio::runtime::Runtime;
    fn deref(&self) -> &Self::Target {
        self.rt.as_ref().expect("a runtime until dropped")
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(rt) = self.rt.take() {
            let id = self.id;
            rt.block_on(close_all(id, Duration::from_millis(200)));
        }
    }
}

pub(crate) fn describe(e: &tokio_postgres::Error) -> (String, Option<String>) {
    match e.as_db_error() {
        Some(db) => {
            let mut msg = format!("{}: {}", db.severity(), db.message());
            if let Some(detail) = db.detail() {
                msg.push_str(&format!(" ({detail})"));
            }
            if let Some(hint) = db.hint() {
                msg.push_str(&format!("; hint: {hint}"));
            }
            let pos = db.position().map(|p| format!("{p:?}"));
            (msg, pos)
        }
        None => {
            let mut msg = e.to_string();
            let mut src = std::error::Error::source(e);
            while let Some(s) = src {
                msg.push_str(&format!(": {s}"));
                src = s.source();
            }
            (msg, None)
        }
    }
}

pub async fn connect(url: &str, timeout: Duration) -> Result<Client, DbError> {
    let target = mask_url(url);
    let mut config: tokio_postgres::Config =
        url.parse().map_err(|e: tokio_postgres::Error| DbError::Connect { target: target.clone(), message: describe(&e).0 })?;
    config.connect_timeout(timeout);
    if config.get_application_name().is_none() {
        config.application_name("provision");
    }
    let (client, connection) =
        config.connect(NoTls).await.map_err(|e| DbError::Connect { target: target.clone(), message: describe(&e).0 })?;
    Ok(drive(client, connection))
}

/// The I/O tasks of the connections `drive` started, by runtime; `close_all` waits for them.
static CONNECTIONS: std::sync::Mutex<Vec<(u64, tokio::task::JoinHandle<()>)>> = std::sync::Mutex::new(Vec::new());

/// Runs a connection's I/O task in the background and returns its client.
/// Errors surface on the client's next query; the task only drives I/O.
pub(crate) fn drive<F>(client: Client, connection: F) -> Client
where
    F: std::future::Future<Output = Result<(), tokio_postgres::Error>> + Send + 'static,
{
    let task = tokio::spawn(async move {
        let _ = connection.await;
    });
    let mut tasks = CONNECTIONS.lock().unwrap_or_else(|e| e.into_inner());
    tasks.retain(|(_, t)| !t.is_finished());
    tasks.push((CURRENT.with(std::cell::Cell::get), task));
    client
}

/// Lets every connection of runtime `id` whose client is gone end its
/// session properly (a Terminate message, then close) before the runtime
/// stops: a runtime that simply drops the tasks resets the sockets, and the
/// server logs "could not receive data from client" for each. Waits at most
/// `limit` for connections whose clients are still alive.
async fn close_all(id: u64, limit: Duration) {
    let mine: Vec<tokio::task::JoinHandle<()>> = {
        let mut tasks = CONNECTIONS.lock().unwrap_or_else(|e| e.into_inner());
        let (mine, others) = std::mem::take(&mut *tasks).into_iter().partition::<Vec<_>, _>(|(r, _)| *r == id);
        *tasks = others;
        mine.into_iter().map(|(_, t)| t).collect()
    };
    let _ = tokio::time::timeout(limit, async {
        for t in mine {
            let _ = t.await;
        }
    })
    .await;
}

/// Maps a driver error to `DbError::Sql` with what was being done; every
/// module of `db` uses this one.
pub(crate) fn sql_error(context: impl Into<String>) -> impl Fn(tokio_postgres::Error) -> DbError {
    let context = context.into();
    move |e| {
        let (message, position) = describe(&e);
        DbError::Sql { context: context.clone(), message, position }
    }
}

/// Drives every future at once on the current task and returns their outputs in
/// order (for I/O-bound work per database; bound concurrency with a semaphore).
pub async fn join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    use std::task::Poll;
    let mut futures: Vec<std::pin::Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, slot) in futures.iter_mut().zip(out.iter_mut()) {
            if slot.is_none() {
                match f.as_mut().poll(cx) {
                    Poll::Ready(v) => *slot = Some(v),
                    Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    out.into_iter().flatten().collect()
}

/// Runs a script (many statements, one message) on `client`.
pub async fn execute(client: &Client, sql: &str, context: &str) -> Result<(), DbError> {
    client.batch_execute(sql).await.map_err(|e| {
        let (message, position) = describe(&e);
        DbError::Sql { context: context.to_string(), message, position }
    })
}

/// Runs a script inside one transaction; on error nothing of it remains.
pub async fn execute_in_transaction(client: &mut Client, sql: &str, context: &str) -> Result<(), DbError> {
    let tx =
        client.transaction().await.map_err(|e| DbError::Sql { context: context.to_string(), message: describe(&e).0, position: None })?;
    tx.batch_execute(sql).await.map_err(|e| {
        let (message, position) = describe(&e);
        DbError::Sql { context: context.to_string(), message, position }
    })?;
    tx.commit().await.map_err(|e| DbError::Sql { context: context.to_string(), message: describe(&e).0, position: None })
}

/// Whether a relation exists (`name` as `to_regclass` reads it), e.g. one of
/// provision's own tables that an older version or a fresh database lacks.
pub async fn relation_exists(client: &impl tokio_postgres::GenericClient, name: &str, context: &str) -> Result<bool, DbError> {
    let row = client.query_one("SELECT pg_catalog.to_regclass($1) IS NOT NULL", &[&name]).await.map_err(sql_error(context))?;
    row.try_get(0).map_err(sql_error(context))
}

/// Those of `tables` (names as `to_regclass` reads them; missing ones are
/// skipped) whose relation, or a partitioned table's partitions, have pages
/// on disk, with that size for messages, in name order. A table without pages
/// holds no row, visible or not: one catalog query rules tables out without
/// reading them or planning a query over each.
pub async fn tables_with_pages(
    client: &impl tokio_postgres::GenericClient,
    tables: &[String],
) -> Result<Vec<(String, String)>, tokio_postgres::Error> {
    if tables.is_empty() {
        return Ok(Vec::new());
    }
    // a table's own pages, or a partitioned table's partitions (pg_partition_tree
    // lists nothing for a plain table)
    let rows = client
        .query(
            "SELECT t, pg_catalog.pg_size_pretty(s) FROM (
                 SELECT t, pg_catalog.pg_relation_size(pg_catalog.to_regclass(t))
                           + coalesce((SELECT sum(pg_catalog.pg_relation_size(p.relid))
                                         FROM pg_catalog.pg_partition_tree(pg_catalog.to_regclass(t)) p), 0) AS s
                   FROM unnest($1::text[]) AS t WHERE pg_catalog.to_regclass(t) IS NOT NULL) x
             WHERE s > 0 ORDER BY t",
            &[&tables],
        )
        .await?;
    rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
}

/// One column of text values, for small catalog queries.
pub async fn query_strings(client: &Client, sql: &str) -> Result<Vec<String>, DbError> {
    let rows =
        client.query(sql, &[]).await.map_err(|e| DbError::Sql { context: "query".into(), message: describe(&e).0, position: None })?;
    Ok(rows.iter().map(|r| r.get::<_, Option<String>>(0).unwrap_or_default()).collect())
}

#[cfg(test)]
mod tests {
    use super::mask_url;

    #[test]
    fn passwords_are_masked() {
        assert_eq!(mask_url("postgres://app:s3cr3t@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(mask_url("postgres://app@db/x"), "postgres://app@db/x");
        assert_eq!(mask_url("postgres://db/x?sslmode=require&password=hunter2"), "postgres://db/x?sslmode=require&password=***");
        assert_eq!(mask_url("postgresql://u:p%40ss@h/d"), "postgresql://u:***@h/d");
    }
}
