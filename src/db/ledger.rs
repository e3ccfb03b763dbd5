//! The migration ledger: `provision.schema_history`, one row per applied
//! migration, written in the same transaction as the migration itself.
//!
//! Its first four columns are refinery's layout (version, name, applied_on as
//! RFC 3339 text, checksum as refinery's SipHash-1-3 of name/version/SQL in
//! decimal), so refinery's `get_applied_migrations` can read it; the rest is
//! ours: a SHA-256 of the up and down files, timings, progress of
//! non-transactional steps, and who applied it.

use super::{sql_error, DbError};
use crate::sql::quote_literal;
use tokio_postgres::{Client, GenericClient};

pub const SCHEMA: &str = "provision";
pub const TABLE: &str = "provision.schema_history";

/// The apply marks' table: part of a new ledger, and created on first use in
/// ledgers made by versions without it (`mark_sql`).
macro_rules! apply_marks_ddl {
    () => {
        "CREATE TABLE IF NOT EXISTS provision.apply_marks (
    version    integer PRIMARY KEY REFERENCES provision.schema_history (version) ON DELETE CASCADE,
    xid        xid8 NOT NULL,
    marked_at  timestamptz NOT NULL DEFAULT now()
)"
    };
}

pub const CREATE: &str = concat!(
    "
CREATE SCHEMA IF NOT EXISTS provision;
CREATE TABLE IF NOT EXISTS provision.schema_history (
    version       integer PRIMARY KEY,
    name          text NOT NULL,
    applied_on    text NOT NULL,
    checksum      text NOT NULL,
    sha256        text NOT NULL,
    down_sha256   text,
    state         text NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'partial')),
    steps_done    integer NOT NULL DEFAULT 0,
    steps_total   integer NOT NULL DEFAULT 0,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    execution_ms  bigint,
    applied_by    text NOT NULL DEFAULT current_user,
    tool_version  text NOT NULL
);
",
    apply_marks_ddl!(),
    ";
"
);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub version: u32,
    pub name: String,
    pub sha256: String,
    pub down_sha256: Option<String>,
    pub state: String,
    pub steps_done: i32,
    pub steps_total: i32,
    pub applied_on: String,
    pub execution_ms: Option<i64>,
}

/// True when the ledger table exists (one catalog lookup, no writes).
pub async fn exists(client: &impl GenericClient) -> Result<bool, DbError> {
    super::relation_exists(client, "provision.schema_history", "reading the ledger").await
}

pub async fn ensure(client: &Client) -> Result<(), DbError> {
    client.batch_execute(CREATE).await.map_err(sql_error("creating the ledger provision.schema_history"))
}

/// Every ledger row, by version; empty when the ledger does not exist yet.
/// Safe inside a transaction: it looks the table up before reading it.
pub async fn applied(client: &impl GenericClient) -> Result<Vec<Applied>, DbError> {
    if !exists(client).await? {
        return Ok(Vec::new());
    }
    Ok(read(client).await?.unwrap_or_default())
}

/// Every ledger row, by version, in one query; None when the ledger does not
/// exist yet. Not for use inside a transaction (a missing table aborts it).
/// A simple query: one round trip, where a prepared one costs two.
pub async fn read(client: &impl GenericClient) -> Result<Option<Vec<Applied>>, DbError> {
    let messages = match client
        .simple_query(
            "SELECT version, name, sha256, down_sha256, state, steps_done, steps_total, applied_on, execution_ms FROM provision.schema_history ORDER BY version",
        )
        .await
    {
        Ok(messages) => messages,
        // undefined_table, invalid_schema_name: nothing was ever applied here
        Err(e) if e.code().is_some_and(|c| c.code() == "42P01" || c.code() == "3F000") => return Ok(None),
        Err(e) => return Err(sql_error("reading the ledger")(e)),
    };
    let invalid = |what: &str| DbError::Sql {
        context: "reading the ledger".into(),
        message: format!("invalid {what} in provision.schema_history"),
        position: None,
    };
    let mut out = Vec::new();
    for m in &messages {
        let tokio_postgres::SimpleQueryMessage::Row(r) = m else { continue };
        let text = |i: usize| r.get(i).map(str::to_string);
        let required = |i: usize, what: &str| text(i).ok_or_else(|| invalid(what));
        let number = |i: usize, what: &str| -> Result<i64, DbError> { required(i, what)?.parse().map_err(|_| invalid(what)) };
        let version = number(0, "version")?;
        out.push(Applied {
            version: u32::try_from(version).map_err(|_| invalid(&format!("version {version}")))?,
            name: required(1, "name")?,
            sha256: required(2, "sha256")?,
            down_sha256: text(3),
            state: required(4, "state")?,
            steps_done: i32::try_from(number(5, "steps_done")?).map_err(|_| invalid("steps_done"))?,
            steps_total: i32::try_from(number(6, "steps_total")?).map_err(|_| invalid("steps_total"))?,
            applied_on: required(7, "applied_on")?,
            execution_ms: text(8).map(|v| v.parse().map_err(|_| invalid("execution_ms"))).transpose()?,
        });
    }
    Ok(Some(out))
}

/// The highest fully applied version (0 when none).
pub async fn current_version(client: &impl GenericClient) -> Result<u32, DbError> {
    Ok(applied(client).await?.iter().filter(|a| a.state == "applied").map(|a| a.version).max().unwrap_or(0))
}

pub struct Record<'a> {
    pub version: u32,
    pub name: &'a str,
    pub up_sql: &'a str,
    pub sha256: &'a str,
    pub down_sha256: &'a str,
    pub state: &'a str,
    pub steps_done: i32,
    pub steps_total: i32,
    /// None: the time since the enclosing transaction began, as the server measures it.
    pub execution_ms: Option<i64>,
}

/// The statement that inserts or advances a ledger row, with its values as
/// literals: it can follow a migration in the same message, so recording it
/// costs no round trip of its own.
pub fn record_sql(r: &Record<'_>) -> String {
    let version = i32::try_from(r.version).unwrap_or(i32::MAX);
    let checksum = refinery_checksum(r.name, version, r.up_sql);
    let execution_ms = match r.execution_ms {
        Some(ms) => ms.to_string(),
        None => "(extract(epoch FROM clock_timestamp() - now()) * 1000)::bigint".into(),
    };
    let finished_at = if r.state == "applied" { "clock_timestamp()" } else { "NULL" };
    format!(
        "INSERT INTO provision.schema_history
             (version, name, applied_on, checksum, sha256, down_sha256, state, steps_done, steps_total, finished_at, execution_ms, tool_version)
         VALUES ({version}, {name}, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), '{checksum}', {sha}, {down}, {state},
                 {done}, {total}, {finished_at}, {execution_ms}, {tool})
         ON CONFLICT (version) DO UPDATE SET state = EXCLUDED.state, steps_done = EXCLUDED.steps_done,
             finished_at = EXCLUDED.finished_at, execution_ms = EXCLUDED.execution_ms, applied_on = EXCLUDED.applied_on",
        name = quote_literal(r.name),
        sha = quote_literal(r.sha256),
        down = quote_literal(r.down_sha256),
        state = quote_literal(r.state),
        done = r.steps_done,
        total = r.steps_total,
        tool = quote_literal(env!("CARGO_PKG_VERSION")),
    )
}

/// Inserts or advances a ledger row (inside the caller's transaction when it has one).
pub async fn record(client: &impl GenericClient, r: &Record<'_>) -> Result<(), DbError> {
    client.batch_execute(&record_sql(r)).await.map_err(sql_error("recording the migration in provision.schema_history"))
}

pub async fn remove(client: &impl GenericClient, version: u32) -> Result<(), DbError> {
    let v = i32::try_from(version).unwrap_or(i32::MAX);
    client
        .execute("DELETE FROM provision.schema_history WHERE version = $1", &[&v])
        .await
        .map_err(sql_error("removing the migration from the ledger"))?;
    Ok(())
}

/// Marks the end of an apply (or rollback) that reached `version`: the id of
/// the transaction of its last migration, or of one that starts after it
/// committed. Catalog rows written later carry younger transaction ids, which
/// is how verify tells an expression the server normalized at apply time from
/// one changed since (see `inspect::modified_since`), without inspecting the
/// catalog during apply. Runs inside the last migration's transaction when it
/// has one; ledgers made by earlier versions get the table on first use.
pub fn mark_sql(version: u32) -> String {
    format!(
        concat!(
            apply_marks_ddl!(),
            ";
         INSERT INTO provision.apply_marks (version, xid) VALUES ({version}, pg_current_xact_id())
             ON CONFLICT (version) DO UPDATE SET xid = EXCLUDED.xid, marked_at = now()"
        ),
        version = version
    )
}

/// The mark in a transaction of its own (after a migration that runs outside one).
pub async fn mark_applied(client: &Client, version: u32) -> Result<(), DbError> {
    client.batch_execute(&mark_sql(version)).await.map_err(sql_error("marking the end of the apply"))
}

/// After a restore: the restored catalog was written by new transactions, so
/// a database that keeps apply marks is marked again at `version`. One
/// without (applied by an earlier version) keeps its stored baseline as it is.
pub async fn remark_restored(client: &Client, version: u32) -> Result<(), DbError> {
    let sql = format!(
        "DO $provision$ BEGIN
           IF to_regclass('provision.apply_marks') IS NOT NULL THEN
             INSERT INTO provision.apply_marks (version, xid) VALUES ({version}, pg_current_xact_id())
               ON CONFLICT (version) DO UPDATE SET xid = EXCLUDED.xid, marked_at = now();
           END IF;
         END $provision$"
    );
    client.batch_execute(&sql).await.map_err(sql_error("marking the restored catalog"))
}

/// The mark of the apply that reached `version` (a transaction id, as text).
pub async fn apply_mark(client: &impl GenericClient, version: u32) -> Result<Option<String>, DbError> {
    let v = i32::try_from(version).unwrap_or(i32::MAX);
    if !super::relation_exists(client, "provision.apply_marks", "reading the ledger").await? {
        return Ok(None);
    }
    let row = client
        .query_opt("SELECT xid::text FROM provision.apply_marks WHERE version = $1", &[&v])
        .await
        .map_err(sql_error("reading the apply mark"))?;
    Ok(row.map(|r| r.get(0)))
}

pub async fn baseline(client: &impl GenericClient, version: u32) -> Result<Option<String>, DbError> {
    let v = i32::try_from(version).unwrap_or(i32::MAX);
    if super::relation_exists(client, "provision.catalog_baseline", "reading the ledger").await? {
        let row = client
            .query_opt("SELECT model::text FROM provision.catalog_baseline WHERE version = $1", &[&v])
            .await
            .map_err(sql_error("reading the catalog baseline"))?;
        return Ok(row.map(|r| r.get(0)));
    }
    Ok(None)
}

/// refinery's checksum: SipHash-1-3 (zero keys) over name, version and SQL,
/// hashed the way std's `Hash` writes a `&str` and an `i32`.
pub fn refinery_checksum(name: &str, version: i32, sql: &str) -> u64 {
    let mut h = SipHasher13::new();
    h.write(name.as_bytes());
    h.write(&[0xff]);
    h.write(&version.to_ne_bytes());
    h.write(sql.as_bytes());
    h.write(&[0xff]);
    h.finish()
}

/// A minimal SipHash-1-3 with zero keys (what `siphasher::SipHasher13::new()` computes).
struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    ntail: usize,
    length: usize,
}

impl SipHasher13 {
    fn new() -> Self {
        SipHasher13 { v: [0x736f6d6570736575, 0x646f72616e646f6d, 0x6c7967656e657261, 0x7465646279746573], tail: 0, ntail: 0, length: 0 }
    }

    fn round(&mut self) {
        let v = &mut self.v;
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }

    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    fn write(&mut self, bytes: &[u8]) {
        self.length += bytes.len();
        for &b in bytes {
            self.tail |= u64::from(b) << (8 * self.ntail);
            self.ntail += 1;
            if self.ntail == 8 {
                let m = self.tail;
                self.compress(m);
                self.tail = 0;
                self.ntail = 0;
            }
        }
    }

    fn finish(mut self) -> u64 {
        let b = ((self.length as u64 & 0xff) << 56) | self.tail;
        self.compress(b);
        self.v[2] ^= 0xff;
        for _ in 0..3 {
            self.round();
        }
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siphash13_reference_vector() {
        // SipHash-1-3 of the empty input with zero keys
        assert_eq!(SipHasher13::new().finish(), 0xd1fba762150c532c);
    }
}
