//! Reads the partitions of interval-partitioned tables (one query) and runs
//! maintenance statements under the apply lock, each in its own transaction.

use super::{connect_target, describe, lock, DbError};
use crate::partitions::{parse_range_bound, Existing};
use crate::target::DatabaseTarget;
use std::collections::BTreeMap;
use std::time::Duration;
use tokio_postgres::GenericClient;

/// `schema.table` → its partitions, for the given parents.
pub async fn existing(client: &impl GenericClient, parents: &[String]) -> Result<BTreeMap<String, Vec<Existing>>, DbError> {
    let rows = client
        .query(
            "SELECT pn.nspname || '.' || p.relname, c.relname::text, pg_get_expr(c.relpartbound, c.oid)
             FROM pg_inherits i
             JOIN pg_class c ON c.oid = i.inhrelid
             JOIN pg_class p ON p.oid = i.inhparent
             JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE p.relkind = 'p' AND (pn.nspname || '.' || p.relname) = ANY($1)
             ORDER BY 1, 2",
            &[&parents],
        )
        .await
        .map_err(|e| DbError::Sql { context: "reading partitions".into(), message: describe(&e).0, position: None })?;
    let mut out: BTreeMap<String, Vec<Existing>> = BTreeMap::new();
    for r in rows {
        let bound: Option<String> = r.get(2);
        out.entry(r.get(0)).or_default().push(Existing { name: r.get(1), range: bound.as_deref().and_then(parse_range_bound) });
    }
    Ok(out)
}

/// Runs each statement group in its own transaction, under the apply lock.
pub async fn run(t: &DatabaseTarget, groups: &[String], lock_wait: Duration) -> Result<usize, DbError> {
    let guard = lock::acquire(t, "apply", lock_wait).await?;
    let result = async {
        let mut client = connect_target(t).await?;
        for sql in groups {
            let tx = client.transaction().await.map_err(|e| DbError::Sql {
                context: format!("{}: partitions", t.display),
                message: describe(&e).0,
                position: None,
            })?;
            tx.batch_execute(sql).await.map_err(|e| DbError::Sql {
                context: format!("{}: {}", t.display, sql.lines().next().unwrap_or_default()),
                message: describe(&e).0,
                position: None,
            })?;
            tx.commit().await.map_err(|e| DbError::Sql {
                context: format!("{}: partitions", t.display),
                message: describe(&e).0,
                position: None,
            })?;
        }
        Ok(groups.len())
    }
    .await;
    guard.release().await;
    result
}
