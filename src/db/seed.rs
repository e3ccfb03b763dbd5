//! Seed loading: reads what the generator needs to know (the day, partitions,
//! types the model does not describe, which tables already hold rows, the keys
//! of parent rows), then writes every table of a database in one transaction.
//! A role that bypasses row-level security COPYs rows straight into each table
//! (binary format where every column's type has an encoder, see
//! [`super::copy_binary`]; text otherwise, the server parsing each value). COPY
//! FROM refuses tables under row-level security, so for any other role rows
//! travel as text through a temporary table (binary COPY of text columns) and
//! are cast into the target by INSERT … SELECT, which applies the policies.
//! Reports; never prints.

use super::copy_binary::{self, Enc, TypeInfo};
use super::{describe, sql_error, DbError};
use crate::compile::dates::Date;
use crate::seed::{CatalogType, Disposition, Existing, Facts, Generator, Plan};
use crate::sql::{quote_ident, quote_literal, quote_qualified};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::{Duration, Instant};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{Client, Transaction};

const STAGE: &str = "provision_seed_stage";
const SAVEPOINT: &str = "provision_seed_table";
/// Rows sent per COPY and INSERT … SELECT.
const CHUNK: usize = 10_000;
/// At most this many rows of a parent table are read as candidates.
const PARENT_LIMIT: i64 = 100_000;

/// What the connecting role may do that changes how seed loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    /// Superuser or BYPASSRLS: rows go straight into each table by COPY.
    pub bypasses_rls: bool,
    /// Superuser: foreign keys can be checked in bulk (see [`load_streamed`]).
    pub superuser: bool,
}

/// Reads what the connecting role may do.
pub async fn role(client: &Client) -> Result<Role, DbError> {
    let row = client
        .query_one("SELECT rolsuper OR rolbypassrls, rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user", &[])
        .await
        .map_err(sql_error("reading the connecting role"))?;
    let read = sql_error("reading the connecting role");
    Ok(Role { bypasses_rls: row.try_get(0).map_err(&read)?, superuser: row.try_get(1).map_err(&read)? })
}

/// Reads what `plan` needs, and takes the tables that already hold rows out of it.
pub async fn facts(client: &Client, plan: &mut Plan) -> Result<Facts, DbError> {
    let today: String = client
        .query_one("SELECT ((now() AT TIME ZONE 'UTC')::date)::text", &[])
        .await
        .map_err(sql_error("reading the date"))?
        .try_get(0)
        .map_err(sql_error("reading the date"))?;
    let today = Date::parse(&today).ok_or_else(|| DbError::Sql {
        context: "reading the date".into(),
        message: format!("unexpected date {today}"),
        position: None,
    })?;
    let mut facts = Facts::new(today);

    // tables that already hold rows are kept as they are
    let candidates = plan.seeded_tables();
    // only tables with pages on disk can hold rows: one catalog query rules out
    // the empty ones (planning an EXISTS over hundreds of tables takes 0.1 s)
    let names: Vec<String> = candidates.iter().map(|(_, schema, name)| quote_qualified(&[schema, name])).collect();
    let on_disk: BTreeSet<String> = super::tables_with_pages(client, &names)
        .await
        .map_err(sql_error("checking which tables already hold rows"))?
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    let candidates: Vec<_> = candidates.iter().zip(&names).filter(|(_, n)| on_disk.contains(*n)).map(|(c, _)| c).collect();
    if !candidates.is_empty() {
        let sql = candidates
            .iter()
            .enumerate()
            .map(|(i, (_, schema, name))| format!("SELECT {i} WHERE EXISTS (SELECT 1 FROM {})", quote_qualified(&[schema, name])))
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        let rows = client.query(&sql, &[]).await.map_err(sql_error("checking which tables already hold rows"))?;
        let mut filled = BTreeSet::new();
        for r in rows {
            let i: i32 = r.try_get(0).map_err(sql_error("checking which tables already hold rows"))?;
            if let Some((key, _, _)) = candidates.get(i as usize) {
                filled.insert(key.clone());
            }
        }
        plan.keep_filled(&filled);
    }

    let parents = plan.partitioned();
    if !parents.is_empty() {
        let rows = client
            .query(
                "SELECT pn.nspname || '.' || p.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid)
                   FROM pg_catalog.pg_inherits i
                   JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                   JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                   JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                  WHERE p.relkind = 'p' AND (pn.nspname || '.' || p.relname) = ANY($1)
                  ORDER BY 1, 2",
                &[&parents],
            )
            .await
            .map_err(sql_error("reading partitions"))?;
        for r in rows {
            let table: String = r.try_get(0).map_err(sql_error("reading partitions"))?;
            let bound: Option<String> = r.try_get(1).map_err(sql_error("reading partitions"))?;
            facts.partitions.entry(table).or_default().extend(bound);
        }
    }

    for ty in plan.unknown_types() {
        let rows = client
            .query(
                "SELECT t.typtype::text,
                        ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder),
                        CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END
                   FROM pg_catalog.pg_type t WHERE t.oid = pg_catalog.to_regtype($1)",
                &[&ty],
            )
            .await
            .map_err(sql_error(format!("reading type {ty}")))?;
        let kind = match rows.first() {
            Some(r) => {
                let typtype: String = r.try_get(0).map_err(sql_error(format!("reading type {ty}")))?;
                let labels: Vec<String> = r.try_get(1).map_err(sql_error(format!("reading type {ty}")))?;
                let base: Option<String> = r.try_get(2).map_err(sql_error(format!("reading type {ty}")))?;
                match (typtype.as_str(), base) {
                    ("e", _) => CatalogType::Enum(labels),
                    ("d", Some(b)) => CatalogType::Domain(b),
                    _ => CatalogType::Other,
                }
            }
            None => CatalogType::Other,
        };
        facts.types.insert(ty, kind);
    }

    for read in plan.parent_reads() {
        let target = quote_qualified(&[&read.schema, &read.name]);
        let cols = read.columns.iter().map(|c| format!("{}::text", quote_ident(c))).collect::<Vec<_>>().join(", ");
        let order = (1..=read.columns.len()).map(|i| i.to_string()).collect::<Vec<_>>().join(", ");
        let sql = format!("SELECT {cols} FROM {target} ORDER BY {order} LIMIT {PARENT_LIMIT}");
        let rows = client.query(&sql, &[]).await.map_err(sql_error(format!("reading the keys of {}", read.table)))?;
        let mut existing = Existing { columns: read.columns.clone(), rows: Vec::with_capacity(rows.len()) };
        for r in rows {
            let mut values = Vec::with_capacity(read.columns.len());
            for i in 0..read.columns.len() {
                values.push(r.try_get::<_, Option<String>>(i).map_err(sql_error(format!("reading the keys of {}", read.table)))?);
            }
            existing.rows.push(values);
        }
        facts.existing.insert(read.table, existing);
    }
    Ok(facts)
}

/// A foreign key of a seeded table, as the catalog has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    pub name: String,
    /// Quoted, schema-qualified.
    pub child: String,
    /// Partitioned tables are read whole; plain tables with `ONLY`, as the
    /// server's own foreign-key checks do.
    pub child_partitioned: bool,
    pub parent: String,
    pub parent_partitioned: bool,
    pub child_columns: Vec<String>,
    pub parent_columns: Vec<String>,
    /// MATCH FULL: a row with some but not all key columns NULL is refused.
    pub match_full: bool,
}

/// One query that returns the name of every foreign key in `fks` some row
/// breaks: for MATCH SIMPLE a row whose key columns are all set and match no
/// parent row, for MATCH FULL any row with a key column set that matches none
/// (a partly NULL key matches nothing). `None` when there is nothing to check.
pub fn foreign_key_check<'a>(fks: impl IntoIterator<Item = &'a ForeignKey>) -> Option<String> {
    let only = |partitioned: bool| if partitioned { "" } else { "ONLY " };
    let branches: Vec<String> = fks
        .into_iter()
        .map(|fk| {
            let set = fk.child_columns.iter().map(|c| format!("c.{} IS NOT NULL", quote_ident(c)));
            let set = set.collect::<Vec<_>>().join(if fk.match_full { " OR " } else { " AND " });
            let equal = fk
                .parent_columns
                .iter()
                .zip(&fk.child_columns)
                .map(|(p, c)| format!("p.{} = c.{}", quote_ident(p), quote_ident(c)))
                .collect::<Vec<_>>()
                .join(" AND ");
            format!(
                "SELECT {} WHERE EXISTS (SELECT 1 FROM {}{} c WHERE ({set}) AND NOT EXISTS (SELECT 1 FROM {}{} p WHERE {equal}))",
                quote_literal(&fk.name),
                only(fk.child_partitioned),
                fk.child,
                only(fk.parent_partitioned),
                fk.parent
            )
        })
        .collect();
    (!branches.is_empty()).then(|| branches.join("\nUNION ALL "))
}

/// For each of `tables` (quoted, qualified): whether every trigger an INSERT
/// fires on it (or on its partitions) checks a foreign key, and its foreign keys.
async fn foreign_keys(tx: &Transaction<'_>, tables: &[String]) -> Result<(Vec<bool>, Vec<(usize, ForeignKey)>), tokio_postgres::Error> {
    const TABLES: &str = "SELECT (x.ord - 1)::int AS i, pg_catalog.to_regclass(x.name) AS rel
                            FROM unnest($1::text[]) WITH ORDINALITY AS x(name, ord)";
    // the tables (and partition trees) an INSERT fires another trigger on:
    // one pass over pg_trigger, not one per table (that took 0.4 s for 400)
    let only_fk = format!(
        "WITH other AS (
              SELECT DISTINCT r.rel
                FROM pg_catalog.pg_trigger g
                LEFT JOIN pg_catalog.pg_constraint k ON k.oid = g.tgconstraint
               CROSS JOIN LATERAL (SELECT g.tgrelid AS rel
                                   UNION SELECT relid FROM pg_catalog.pg_partition_ancestors(g.tgrelid)) r
               WHERE g.tgenabled <> 'D' AND k.contype IS DISTINCT FROM 'f' AND g.tgtype & 4 <> 0 -- fires on INSERT
         )
         SELECT t.i, t.rel NOT IN (SELECT rel FROM other) FROM ({TABLES}) t WHERE t.rel IS NOT NULL"
    );
    // the relations first (materialized): joined into the catalog scan, the
    // partition tree was asked once per table and key (410,000 calls)
    let keys = format!(
        "WITH m AS MATERIALIZED (
              SELECT t.i, r.rel FROM ({TABLES}) t
               -- a partition may have keys of its own, beside those it inherits
               CROSS JOIN LATERAL (SELECT t.rel AS rel UNION SELECT relid FROM pg_catalog.pg_partition_tree(t.rel)) r
         )
         SELECT m.i, k.conname::text, cn.nspname::text, c.relname::text, c.relkind = 'p',
                pn.nspname::text, p.relname::text, p.relkind = 'p',
                ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(n, o)
                        JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o),
                ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS u(n, o)
                        JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.o),
                k.confmatchtype = 'f'
           FROM m
           JOIN pg_catalog.pg_constraint k ON k.conrelid = m.rel AND k.contype = 'f' AND k.conparentid = 0
           JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
           JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
           JOIN pg_catalog.pg_class p ON p.oid = k.confrelid
           JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
          ORDER BY 1, 2"
    );
    let mut answers = super::join_all(vec![tx.query(only_fk.as_str(), &[&tables]), tx.query(keys.as_str(), &[&tables])]).await.into_iter();
    let (Some(flags), Some(keys)) = (answers.next(), answers.next()) else { unreachable!("two queries, two answers") };
    let mut only = vec![false; tables.len()];
    for r in flags? {
        let i: i32 = r.try_get(0)?;
        only[i as usize] = r.try_get(1)?;
    }
    let mut fks = Vec::new();
    for r in keys? {
        let i: i32 = r.try_get(0)?;
        let (child_schema, child): (String, String) = (r.try_get(2)?, r.try_get(3)?);
        let (schema, name): (String, String) = (r.try_get(5)?, r.try_get(6)?);
        fks.push((
            i as usize,
            ForeignKey {
                name: r.try_get(1)?,
                child: quote_qualified(&[&child_schema, &child]),
                child_partitioned: r.try_get(4)?,
                parent: quote_qualified(&[&schema, &name]),
                parent_partitioned: r.try_get(7)?,
                child_columns: r.try_get(8)?,
                parent_columns: r.try_get(9)?,
                match_full: r.try_get(10)?,
            },
        ));
    }
    Ok((only, fks))
}

/// What happened to one table.
#[derive(Debug, Clone, Serialize)]
pub struct TableLoad {
    pub table: String,
    /// Rows written by seed (seeded), or found there after the load (kept, derived).
    pub rows: u64,
    pub seeded: bool,
    #[serde(rename = "elapsed_ms", serialize_with = "millis")]
    pub elapsed: Duration,
    pub note: Option<String>,
}

fn millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_millis() as u64)
}

/// A materialized view refreshed after the load (or why it could not be).
#[derive(Debug, Clone, Serialize)]
pub struct ViewRefresh {
    pub view: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Loaded {
    pub tables: Vec<TableLoad>,
    pub views: Vec<ViewRefresh>,
    /// Foreign keys checked by one query before COMMIT instead of row by row.
    pub foreign_keys_checked_in_bulk: usize,
    #[serde(rename = "elapsed_ms", serialize_with = "millis")]
    pub elapsed: Duration,
}

impl Loaded {
    pub fn rows(&self) -> u64 {
        self.tables.iter().filter(|t| t.seeded).map(|t| t.rows).sum()
    }
}

/// Progress of a load, for the printer.
#[derive(Debug, Clone)]
pub enum Event {
    Table { table: String, rows: u64 },
    Rows { table: String, rows: u64 },
    Done { table: String },
}

/// Why a table was given up.
enum Refusal {
    /// The generator could not make rows.
    Generator(String),
    /// The server refused them (a check, a trigger, a constraint).
    Server(String),
    /// The connection or transaction is gone: the whole load stops.
    Fatal(DbError),
}

fn refusal(context: &str) -> impl Fn(tokio_postgres::Error) -> Refusal + '_ {
    move |e| match e.as_db_error() {
        Some(_) => Refusal::Server(describe(&e).0),
        None => Refusal::Fatal(DbError::Sql { context: context.to_string(), message: describe(&e).0, position: None }),
    }
}

async fn copy_rows(tx: &Transaction<'_>, columns: usize, rows: &[Vec<Option<String>>]) -> Result<(), tokio_postgres::Error> {
    let sink = tx.copy_in(&format!("COPY {STAGE} FROM STDIN (FORMAT binary)")).await?;
    let types = vec![Type::TEXT; columns];
    let mut writer = std::pin::pin!(BinaryCopyInWriter::new(sink, &types));
    for r in rows {
        let refs: Vec<&(dyn ToSql + Sync)> = r.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        writer.as_mut().write(&refs).await?;
    }
    writer.finish().await?;
    Ok(())
}

/// How [`load`] guards each table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// No savepoints: the first table the server refuses ends the pass, the
    /// transaction is rolled back and [`load`] returns `None`; the caller
    /// runs a careful pass with a fresh generator. Seeding a schema the
    /// generator satisfies (the usual case) saves two round trips and a
    /// subtransaction per table.
    Optimistic,
    /// A savepoint per table: a refused table is rolled back and reported,
    /// the others go on.
    Careful,
}

/// Loads every seeded table of `plan` in one transaction (see [`Pass`]).
/// `bypass`: the role bypasses row-level security, so tenants share one COPY
/// per table; otherwise each tenant's rows go in under its own tenant setting.
pub async fn load(
    client: &mut Client,
    plan: &Plan,
    gen: &mut Generator,
    bypass: bool,
    pass: Pass,
    on: &mut dyn FnMut(Event),
) -> Result<Option<Loaded>, DbError> {
    let careful = pass == Pass::Careful;
    let started = Instant::now();
    let tx = client.transaction().await.map_err(sql_error("starting the seed transaction"))?;
    if bypass {
        tx.batch_execute("SET LOCAL row_security = off").await.map_err(sql_error("switching row-level security off"))?;
    }
    let mut tables = Vec::new();
    let mut sequences = Vec::new();
    for (i, tp) in plan.tables.iter().enumerate() {
        let t0 = Instant::now();
        let result =
            |rows: u64, seeded: bool, note: Option<String>| TableLoad { table: tp.key.clone(), rows, seeded, elapsed: t0.elapsed(), note };
        match &tp.disposition {
            Disposition::Keep(why) | Disposition::Derived(why) => {
                tables.push(result(0, false, Some(why.clone())));
                continue;
            }
            Disposition::Seed => {}
        }
        let batches = match gen.batches(i) {
            Ok(b) => b,
            Err(why) => {
                tables.push(result(0, false, Some(format!("skipped: {why}"))));
                continue;
            }
        };
        on(Event::Table { table: tp.key.clone(), rows: (batches.len() * gen.batch_size(i)) as u64 });
        if careful {
            tx.batch_execute(&format!("SAVEPOINT {SAVEPOINT}")).await.map_err(sql_error("a savepoint"))?;
        }
        let outcome = load_table(&tx, plan, gen, i, &batches, bypass, on).await;
        on(Event::Done { table: tp.key.clone() });
        match outcome {
            Ok(n) => {
                if careful {
                    tx.batch_execute(&format!("RELEASE SAVEPOINT {SAVEPOINT}")).await.map_err(sql_error("a savepoint"))?;
                }
                gen.commit(i);
                sequences.extend(gen.sequences(i).iter().map(|c| (tp.schema.clone(), tp.name.clone(), c.clone())));
                tables.push(result(n, true, gen.dropped(i)));
            }
            Err(r) => {
                let why = match r {
                    Refusal::Fatal(e) => return Err(e),
                    // nothing reached the server: rows are generated before they are sent
                    Refusal::Generator(why) if !careful => {
                        gen.discard(i);
                        tables.push(result(0, false, Some(format!("skipped: {why}"))));
                        continue;
                    }
                    Refusal::Server(_) if !careful => return Ok(None),
                    Refusal::Generator(why) => format!("skipped: {why}"),
                    Refusal::Server(msg) => format!("skipped: the server refused the rows: {msg}"),
                };
                tx.batch_execute(&format!("ROLLBACK TO SAVEPOINT {SAVEPOINT}; RELEASE SAVEPOINT {SAVEPOINT}"))
                    .await
                    .map_err(sql_error("a savepoint"))?;
                gen.discard(i);
                tables.push(result(0, false, Some(why)));
            }
        }
    }
    finish(tx, plan, tables, &sequences, 0, started).await.map(Some)
}

/// What every pass ends with: sequences moved past seed's numbers, views
/// refreshed, rows of the tables seed did not write counted, commit.
async fn finish(
    tx: Transaction<'_>,
    plan: &Plan,
    mut tables: Vec<TableLoad>,
    sequences: &[(String, String, String)],
    foreign_keys_checked_in_bulk: usize,
    started: Instant,
) -> Result<Loaded, DbError> {
    // identity and serial columns seed wrote: their sequences continue after its numbers
    for (schema, name, col) in sequences {
        let table = quote_qualified(&[schema, name]);
        let sql = format!(
            "SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence({}, {}), coalesce((SELECT max({}) FROM {table}), 1))",
            quote_literal(&table),
            quote_literal(col),
            quote_ident(col)
        );
        tx.batch_execute(&sql).await.map_err(sql_error(format!("moving the sequence of {schema}.{name}.{col}")))?;
    }
    let mut views = Vec::new();
    for (schema, name) in plan.materialized_views() {
        tx.batch_execute(&format!("SAVEPOINT {SAVEPOINT}")).await.map_err(sql_error("a savepoint"))?;
        let refresh = tx.batch_execute(&format!("REFRESH MATERIALIZED VIEW {}", quote_qualified(&[&schema, &name]))).await;
        let end = if refresh.is_ok() {
            format!("RELEASE SAVEPOINT {SAVEPOINT}")
        } else {
            format!("ROLLBACK TO SAVEPOINT {SAVEPOINT}; RELEASE SAVEPOINT {SAVEPOINT}")
        };
        tx.batch_execute(&end).await.map_err(sql_error("a savepoint"))?;
        views.push(ViewRefresh { view: format!("{schema}.{name}"), error: refresh.err().map(|e| describe(&e).0) });
    }
    // rows of the tables seed did not write (kept, or filled by triggers)
    let others: Vec<usize> = tables.iter().enumerate().filter(|(_, t)| !t.seeded).map(|(k, _)| k).collect();
    if !others.is_empty() {
        let sql = others
            .iter()
            .map(|&k| {
                let tp = &plan.tables[k];
                format!("SELECT {k}, count(*) FROM {}", quote_qualified(&[&tp.schema, &tp.name]))
            })
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        for r in tx.query(&sql, &[]).await.map_err(sql_error("counting rows"))? {
            let k: i32 = r.try_get(0).map_err(sql_error("counting rows"))?;
            let n: i64 = r.try_get(1).map_err(sql_error("counting rows"))?;
            if let Some(t) = tables.get_mut(k as usize) {
                t.rows = n.max(0) as u64;
            }
        }
    }
    tx.commit().await.map_err(sql_error("committing the seed"))?;
    Ok(Loaded { tables, views, foreign_keys_checked_in_bulk, elapsed: started.elapsed() })
}

/// A table's rows, made and encoded on the generator thread of [`load_streamed`].
enum Made {
    Rows {
        i: usize,
        /// COPY data, about 256 kB per buffer, with the rows each holds
        buffers: Vec<(bytes::Bytes, u64)>,
        /// the buffers are in COPY's binary format (else text)
        binary: bool,
        planned: u64,
        dropped: Option<String>,
        sequences: Vec<String>,
    },
    Skipped {
        i: usize,
        why: String,
    },
}

/// Whether [`load_streamed`] can seed `plan`: the role bypasses row-level
/// security and every seeded table has columns to COPY.
pub fn streams(plan: &Plan, gen: &Generator, bypass: bool) -> bool {
    bypass && plan.tables.iter().enumerate().all(|(i, tp)| tp.disposition != Disposition::Seed || !gen.columns(i).is_empty())
}

/// The optimistic pass of a role that bypasses row-level security, with the
/// rows made on a second thread while the server loads the tables before
/// them: generation (about 1 ms per table of 200 rows) overlaps the COPYs
/// instead of adding to them. Tables are made in plan order and committed in
/// the generator as soon as they are made (a refusal ends the pass anyway,
/// see [`Pass::Optimistic`]); every COPY statement is prepared up front in
/// one pipelined round trip. Returns the generator with the outcome.
///
/// `superuser`: tables on which only foreign-key triggers fire are loaded with
/// triggers off (`session_replication_role = replica`, which needs a
/// superuser) and all their foreign keys are checked by one query before
/// COMMIT, as pg_restore loads data before it adds the keys. Row by row, the
/// server's key checks took half of the load. Parents the transaction did
/// not write are locked in SHARE mode first, so no parent row can go away
/// between the check and the COMMIT (what the per-row checks' KEY SHARE row
/// locks ensure). A broken key ends the pass like any refusal: the careful
/// pass loads again with every trigger on and names the table.
pub async fn load_streamed(
    client: &mut Client,
    plan: &Plan,
    gen: Generator,
    superuser: bool,
    on: &mut dyn FnMut(Event),
) -> Result<(Option<Loaded>, Generator), DbError> {
    let started = Instant::now();
    let seeded: Vec<usize> = plan.tables.iter().enumerate().filter(|(_, tp)| tp.disposition == Disposition::Seed).map(|(i, _)| i).collect();
    let columns: Vec<(String, Vec<String>)> = seeded
        .iter()
        .map(|&i| (quote_qualified(&[&plan.tables[i].schema, &plan.tables[i].name]), gen.columns(i).into_iter().map(|(c, _)| c).collect()))
        .collect();
    let layouts = binary_layouts(client, &seeded, &columns).await.map_err(sql_error("reading the column types"))?;
    // the tables to seed, in plan order, with their COPY statements
    let copies: Vec<CopyIn> = seeded
        .iter()
        .zip(&columns)
        .map(|(&i, (table, cols))| {
            let text = format!("COPY {table} ({}) FROM STDIN", cols.iter().map(|c| quote_ident(c)).collect::<Vec<_>>().join(", "));
            let binary = layouts.contains_key(&i).then(|| format!("{text} (FORMAT binary)"));
            CopyIn { i, text, binary }
        })
        .collect();
    let order = seeded;
    let (sender, mut made) = tokio::sync::mpsc::channel::<Made>(8);
    let worker = std::thread::spawn(move || {
        let mut gen = gen;
        for i in order {
            if sender.blocking_send(make(&mut gen, i, layouts.get(&i).map(Vec::as_slice))).is_err() {
                break; // the load stopped
            }
        }
        gen
    });
    let outcome = stream(client, plan, &copies, superuser, &mut made, on, started).await;
    drop(made);
    let gen = worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    outcome.map(|loaded| (loaded, gen))
}

/// A table's COPY statements: text, and binary when every column has an encoder.
struct CopyIn {
    i: usize,
    text: String,
    binary: Option<String>,
}

/// The binary encoder of every column of each table in `tables` (quoted
/// name, columns in COPY order), keyed by the matching entry of `seeded`, for
/// the tables whose every column has one; two catalog queries for all of them.
pub async fn binary_layouts(
    client: &Client,
    seeded: &[usize],
    tables: &[(String, Vec<String>)],
) -> Result<BTreeMap<usize, Vec<Enc>>, tokio_postgres::Error> {
    let (names, cols): (Vec<&str>, Vec<&str>) = tables.iter().flat_map(|(t, cs)| cs.iter().map(move |c| (t.as_str(), c.as_str()))).unzip();
    let oids: Vec<Option<u32>> = client
        .query(
            "SELECT a.atttypid FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(tbl, col, ord)
             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = pg_catalog.to_regclass(w.tbl) AND a.attname = w.col
                  AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY w.ord",
            &[&names, &cols],
        )
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
    let distinct: Vec<u32> = oids.iter().flatten().copied().collect::<BTreeSet<_>>().into_iter().collect();
    let mut types = HashMap::new();
    for r in client
        .query(
            "WITH RECURSIVE reach(oid) AS (
                 SELECT unnest($1::oid[])
                 UNION
                 SELECT v.x FROM reach r JOIN pg_catalog.pg_type t ON t.oid = r.oid
                 CROSS JOIN LATERAL (VALUES (t.typbasetype), (t.typelem)) AS v(x) WHERE v.x <> 0
             )
             SELECT t.oid, t.typreceive::text, t.typbasetype, t.typelem FROM pg_catalog.pg_type t JOIN reach USING (oid)",
            &[&distinct],
        )
        .await?
    {
        types.insert(r.try_get::<_, u32>(0)?, TypeInfo { receive: r.try_get(1)?, base: r.try_get(2)?, elem: r.try_get(3)? });
    }
    let mut layouts = BTreeMap::new();
    let mut next = oids.into_iter();
    for (&i, (_, cs)) in seeded.iter().zip(tables) {
        let encs: Option<Vec<Enc>> = next.by_ref().take(cs.len()).map(|oid| oid.and_then(|o| copy_binary::encoder(o, &types))).collect();
        if let Some(encs) = encs.filter(|e| e.len() == cs.len()) {
            layouts.insert(i, encs);
        }
    }
    Ok(layouts)
}

/// A table's rows as COPY data in buffers of about 256 kB. Binary when the
/// table has encoders, until a value cannot be encoded: then every row of the
/// table is encoded again as text (the rows are kept until the table is done).
struct Encoded<'a> {
    encs: Option<&'a [Enc]>,
    kept: Vec<Vec<Option<String>>>,
    buffers: Vec<(bytes::Bytes, u64)>,
    buf: bytes::BytesMut,
    rows: u64,
}

impl<'a> Encoded<'a> {
    fn new(encs: Option<&'a [Enc]>) -> Self {
        let mut buf = bytes::BytesMut::with_capacity(1 << 18);
        if encs.is_some() {
            buf.extend_from_slice(copy_binary::HEADER);
        }
        Encoded { encs, kept: Vec::new(), buffers: Vec::new(), buf, rows: 0 }
    }

    fn push(&mut self, row: Vec<Option<String>>) {
        match self.encs {
            Some(encs) if copy_binary::encode_row(&mut self.buf, encs, &row).is_ok() => {
                self.kept.push(row);
                self.counted();
            }
            Some(_) => {
                self.encs = None;
                self.buffers.clear();
                self.buf.clear();
                self.rows = 0;
                for r in std::mem::take(&mut self.kept).iter().chain([&row]) {
                    encode_text_row(&mut self.buf, r);
                    self.counted();
                }
            }
            None => {
                encode_text_row(&mut self.buf, &row);
                self.counted();
            }
        }
    }

    fn counted(&mut self) {
        self.rows += 1;
        if self.buf.len() >= 1 << 18 {
            self.buffers.push((self.buf.split().freeze(), self.rows));
            self.rows = 0;
        }
    }

    /// The buffers, and whether they are binary.
    fn finish(mut self) -> (Vec<(bytes::Bytes, u64)>, bool) {
        if self.encs.is_some() {
            self.buf.extend_from_slice(copy_binary::TRAILER);
        }
        if !self.buf.is_empty() {
            self.buffers.push((self.buf.freeze(), self.rows));
        }
        (self.buffers, self.encs.is_some())
    }
}

fn make(gen: &mut Generator, i: usize, encs: Option<&[Enc]>) -> Made {
    let batches = match gen.batches(i) {
        Ok(b) => b,
        Err(why) => return Made::Skipped { i, why },
    };
    let planned = (batches.len() * gen.batch_size(i)) as u64;
    let mut encoded = Encoded::new(encs);
    for b in batches {
        match gen.batch(i, b) {
            Ok(made) => made.into_iter().for_each(|r| encoded.push(r)),
            Err(why) => {
                gen.discard(i);
                return Made::Skipped { i, why };
            }
        }
    }
    gen.commit(i);
    let (buffers, binary) = encoded.finish();
    Made::Rows { i, buffers, binary, planned, dropped: gen.dropped(i), sequences: gen.sequences(i).to_vec() }
}

async fn stream(
    client: &mut Client,
    plan: &Plan,
    copies: &[CopyIn],
    superuser: bool,
    made: &mut tokio::sync::mpsc::Receiver<Made>,
    on: &mut dyn FnMut(Event),
    started: Instant,
) -> Result<Option<Loaded>, DbError> {
    use futures_sink::Sink;
    let tx = client.transaction().await.map_err(sql_error("starting the seed transaction"))?;
    tx.batch_execute("SET LOCAL row_security = off").await.map_err(sql_error("switching row-level security off"))?;
    let prepared = super::join_all(copies.iter().map(|c| tx.prepare(c.binary.as_ref().unwrap_or(&c.text))).collect()).await;
    let mut statements = BTreeMap::new();
    for (c, p) in copies.iter().zip(prepared) {
        match p {
            Ok(statement) => statements.insert(c.i, (statement, c)),
            Err(e) if e.as_db_error().is_some() => return Ok(None),
            Err(e) => return Err(sql_error("preparing the COPY statements")(e)),
        };
    }
    let quoted = |i: usize| quote_qualified(&[&plan.tables[i].schema, &plan.tables[i].name]);
    // plan index → its foreign keys, for the tables loaded with triggers off
    let mut bulk: std::collections::BTreeMap<usize, Vec<ForeignKey>> = Default::default();
    if superuser {
        let names: Vec<String> = copies.iter().map(|c| quoted(c.i)).collect();
        let (only_keys, fks) = foreign_keys(&tx, &names).await.map_err(sql_error("reading the foreign keys"))?;
        for (k, fk) in fks {
            if only_keys[k] {
                bulk.entry(copies[k].i).or_default().push(fk);
            }
        }
    }
    let mut replica = false;
    let mut tables = Vec::with_capacity(plan.tables.len());
    let mut sequences = Vec::new();
    for (i, tp) in plan.tables.iter().enumerate() {
        if let Disposition::Keep(why) | Disposition::Derived(why) = &tp.disposition {
            tables.push(TableLoad { table: tp.key.clone(), rows: 0, seeded: false, elapsed: Duration::ZERO, note: Some(why.clone()) });
            continue;
        }
        let t0 = Instant::now();
        let Some(next) = made.recv().await else {
            return Err(DbError::Sql { context: "seeding".into(), message: "the row generator stopped early".into(), position: None });
        };
        let (k, buffers, binary, planned, dropped, columns) = match next {
            Made::Skipped { i: k, why } => {
                debug_assert_eq!(k, i);
                tables.push(TableLoad {
                    table: tp.key.clone(),
                    rows: 0,
                    seeded: false,
                    elapsed: t0.elapsed(),
                    note: Some(format!("skipped: {why}")),
                });
                continue;
            }
            Made::Rows { i: k, buffers, binary, planned, dropped, sequences: columns } => (k, buffers, binary, planned, dropped, columns),
        };
        debug_assert_eq!(k, i);
        on(Event::Table { table: tp.key.clone(), rows: planned });
        let context = format!("seeding {}", tp.key);
        if bulk.contains_key(&i) != replica {
            replica = !replica;
            let role = if replica { "replica" } else { "origin" };
            tx.batch_execute(&format!("SET LOCAL session_replication_role = {role}"))
                .await
                .map_err(sql_error("switching triggers for the load"))?;
        }
        let copied: Result<u64, Refusal> = async {
            let (statement, copy) = &statements[&i];
            // a table whose values the encoders refused goes as text, its statement prepared now
            let sink = if binary == copy.binary.is_some() {
                tx.copy_in::<_, bytes::Bytes>(statement).await
            } else {
                tx.copy_in::<_, bytes::Bytes>(&copy.text).await
            };
            let sink = sink.map_err(refusal(&context))?;
            let mut sink = std::pin::pin!(sink);
            let mut written = 0u64;
            for (bytes, rows) in buffers {
                std::future::poll_fn(|cx| sink.as_mut().poll_ready(cx)).await.map_err(refusal(&context))?;
                sink.as_mut().start_send(bytes).map_err(refusal(&context))?;
                written += rows;
                on(Event::Rows { table: tp.key.clone(), rows });
            }
            sink.as_mut().finish().await.map_err(refusal(&context))?;
            Ok(written)
        }
        .await;
        on(Event::Done { table: tp.key.clone() });
        match copied {
            Ok(n) => {
                sequences.extend(columns.into_iter().map(|c| (tp.schema.clone(), tp.name.clone(), c)));
                tables.push(TableLoad { table: tp.key.clone(), rows: n, seeded: true, elapsed: t0.elapsed(), note: dropped });
            }
            Err(Refusal::Fatal(e)) => return Err(e),
            Err(_) => return Ok(None),
        }
    }
    // the keys of the tables loaded with triggers off, in one query
    let written: BTreeSet<String> =
        plan.tables.iter().zip(&tables).filter(|(_, t)| t.seeded).map(|(tp, _)| quote_qualified(&[&tp.schema, &tp.name])).collect();
    let checked: Vec<&ForeignKey> = bulk.iter().filter(|(i, _)| tables[**i].seeded).flat_map(|(_, fks)| fks).collect();
    let mut sql = String::new();
    if replica {
        sql.push_str("SET LOCAL session_replication_role = origin;\n");
    }
    let others: BTreeSet<&str> = checked.iter().map(|fk| fk.parent.as_str()).filter(|p| !written.contains(*p)).collect();
    if !others.is_empty() {
        sql.push_str(&format!("LOCK TABLE {} IN SHARE MODE;\n", others.into_iter().collect::<Vec<_>>().join(", ")));
    }
    if let Some(check) = foreign_key_check(checked.iter().copied()) {
        sql.push_str(&check);
    }
    if !sql.is_empty() {
        match tx.simple_query(&sql).await {
            Ok(messages) if messages.iter().any(|m| matches!(m, tokio_postgres::SimpleQueryMessage::Row(_))) => return Ok(None),
            Ok(_) => {}
            // a key the check cannot compare, a lock not granted: the careful pass checks row by row
            Err(e) if e.as_db_error().is_some() => return Ok(None),
            Err(e) => return Err(sql_error("checking the foreign keys")(e)),
        }
    }
    finish(tx, plan, tables, &sequences, checked.len(), started).await.map(Some)
}

/// One COPY of `rows` straight into `target (columns)`, text format.
async fn copy_direct(tx: &Transaction<'_>, copy: &str, rows: &[Vec<Option<String>>]) -> Result<(), tokio_postgres::Error> {
    use futures_sink::Sink;
    let sink = tx.copy_in::<_, bytes::Bytes>(copy).await?;
    let mut sink = std::pin::pin!(sink);
    let mut buf = bytes::BytesMut::with_capacity(1 << 18);
    for r in rows {
        encode_text_row(&mut buf, r);
        if buf.len() >= 1 << 18 {
            std::future::poll_fn(|cx| sink.as_mut().poll_ready(cx)).await?;
            sink.as_mut().start_send(buf.split().freeze())?;
        }
    }
    if !buf.is_empty() {
        std::future::poll_fn(|cx| sink.as_mut().poll_ready(cx)).await?;
        sink.as_mut().start_send(buf.split().freeze())?;
    }
    sink.as_mut().finish().await?;
    Ok(())
}

/// A row in COPY's text format: tab-separated, `\N` for NULL, backslash escapes.
fn encode_text_row(buf: &mut bytes::BytesMut, row: &[Option<String>]) {
    for (k, v) in row.iter().enumerate() {
        if k > 0 {
            buf.extend_from_slice(b"\t");
        }
        match v {
            None => buf.extend_from_slice(b"\\N"),
            Some(text) => {
                for b in text.bytes() {
                    match b {
                        b'\\' => buf.extend_from_slice(b"\\\\"),
                        b'\t' => buf.extend_from_slice(b"\\t"),
                        b'\n' => buf.extend_from_slice(b"\\n"),
                        b'\r' => buf.extend_from_slice(b"\\r"),
                        0 => {}
                        other => buf.extend_from_slice(&[other]),
                    }
                }
            }
        }
    }
    buf.extend_from_slice(b"\n");
}

async fn load_table(
    tx: &Transaction<'_>,
    plan: &Plan,
    gen: &mut Generator,
    i: usize,
    batches: &[Option<usize>],
    bypass: bool,
    on: &mut dyn FnMut(Event),
) -> Result<u64, Refusal> {
    let tp = &plan.tables[i];
    let columns = gen.columns(i);
    let target = quote_qualified(&[&tp.schema, &tp.name]);
    let stage = columns.iter().enumerate().map(|(k, _)| format!("c{k} text")).collect::<Vec<_>>().join(", ");
    let insert = if columns.is_empty() {
        format!("INSERT INTO {target} SELECT FROM {STAGE}")
    } else {
        format!(
            "INSERT INTO {target} ({}){} SELECT {} FROM {STAGE}",
            columns.iter().map(|(c, _)| quote_ident(c)).collect::<Vec<_>>().join(", "),
            if gen.overriding(i) { " OVERRIDING SYSTEM VALUE" } else { "" },
            // types are SQL by definition (the model's canonical spelling)
            columns.iter().enumerate().map(|(k, (_, ty))| format!("c{k}::{ty}")).collect::<Vec<_>>().join(", ")
        )
    };
    let context = format!("seeding {}", tp.key);
    if bypass && !columns.is_empty() {
        let copy = format!("COPY {target} ({}) FROM STDIN", columns.iter().map(|(c, _)| quote_ident(c)).collect::<Vec<_>>().join(", "));
        let mut written = 0u64;
        let mut rows = Vec::new();
        for b in batches {
            rows.extend(gen.batch(i, *b).map_err(Refusal::Generator)?);
        }
        for chunk in rows.chunks(CHUNK * 5) {
            copy_direct(tx, &copy, chunk).await.map_err(refusal(&context))?;
            written += chunk.len() as u64;
            on(Event::Rows { table: tp.key.clone(), rows: chunk.len() as u64 });
        }
        return Ok(written);
    }
    // one tenant at a time when row-level security applies: the policies read the setting
    let groups: Vec<Vec<Option<usize>>> = if bypass { vec![batches.to_vec()] } else { batches.iter().map(|b| vec![*b]).collect() };
    // every row is generated before the first is sent: a generator refusal
    // leaves the server untouched (see Pass::Optimistic)
    let mut generated = Vec::with_capacity(groups.len());
    for group in &groups {
        let mut rows = Vec::new();
        for b in group {
            rows.extend(gen.batch(i, *b).map_err(Refusal::Generator)?);
        }
        generated.push(rows);
    }
    tx.batch_execute(&format!("CREATE TEMP TABLE {STAGE} ({stage}) ON COMMIT DROP")).await.map_err(refusal(&context))?;
    let mut written = 0u64;
    for (group, rows) in groups.iter().zip(generated) {
        if let (false, Some(Some(t)), Some(tn)) = (bypass, group.first(), &plan.tenancy) {
            let id = gen.tenants()[*t].clone();
            tx.query("SELECT pg_catalog.set_config($1, $2, true)", &[&tn.setting, &id]).await.map_err(refusal(&context))?;
        }
        for chunk in rows.chunks(CHUNK) {
            copy_rows(tx, columns.len(), chunk).await.map_err(refusal(&context))?;
            tx.batch_execute(&insert).await.map_err(refusal(&context))?;
            tx.batch_execute(&format!("TRUNCATE {STAGE}")).await.map_err(refusal(&context))?;
            written += chunk.len() as u64;
            on(Event::Rows { table: tp.key.clone(), rows: chunk.len() as u64 });
        }
    }
    tx.batch_execute(&format!("DROP TABLE {STAGE}")).await.map_err(refusal(&context))?;
    Ok(written)
}

#[cfg(test)]
mod copy_tests {
    use super::copy_binary::{Enc, HEADER, TRAILER};

    #[test]
    fn a_value_binary_cannot_carry_sends_the_whole_table_as_text() {
        let encs = [Enc::Int4, Enc::Timestamp(true)];
        let mut all_binary = super::Encoded::new(Some(&encs));
        all_binary.push(vec![Some("1".into()), None]);
        let (buffers, binary) = all_binary.finish();
        assert!(binary);
        let bytes: Vec<u8> = buffers.iter().flat_map(|(b, _)| b.to_vec()).collect();
        assert!(bytes.starts_with(HEADER) && bytes.ends_with(TRAILER), "{bytes:?}");
        assert_eq!(buffers.iter().map(|(_, n)| n).sum::<u64>(), 1);

        let mut mixed = super::Encoded::new(Some(&encs));
        mixed.push(vec![Some("1".into()), Some("2026-01-01 00:00:00+00".into())]);
        // no offset: the session's time zone would decide, so text it is, for every row
        mixed.push(vec![Some("2".into()), Some("2026-01-01 00:00:00".into())]);
        mixed.push(vec![Some("3".into()), None]);
        let (buffers, binary) = mixed.finish();
        assert!(!binary);
        let text: Vec<u8> = buffers.iter().flat_map(|(b, _)| b.to_vec()).collect();
        assert_eq!(String::from_utf8(text).expect("text"), "1\t2026-01-01 00:00:00+00\n2\t2026-01-01 00:00:00\n3\t\\N\n");
        assert_eq!(buffers.iter().map(|(_, n)| n).sum::<u64>(), 3);
    }
    #[test]
    fn text_rows_escape_what_copy_would_misread() {
        let mut buf = bytes::BytesMut::new();
        super::encode_text_row(&mut buf, &[Some("a\tb\\c\nd".into()), None, Some(String::new())]);
        assert_eq!(&buf[..], b"a\\tb\\\\c\\nd\t\\N\t\n");
    }

    fn key(name: &str, child: &[&str], parent: &[&str], partitioned: bool, full: bool) -> super::ForeignKey {
        super::ForeignKey {
            name: name.into(),
            child: r#""sales"."order lines""#.into(),
            child_partitioned: partitioned,
            parent: r#""sales"."orders""#.into(),
            parent_partitioned: false,
            child_columns: child.iter().map(|c| c.to_string()).collect(),
            parent_columns: parent.iter().map(|c| c.to_string()).collect(),
            match_full: full,
        }
    }

    #[test]
    fn the_bulk_check_reads_each_key_as_the_servers_own_check_would() {
        assert_eq!(super::foreign_key_check([]), None);
        let simple = key("lines_order_fkey", &["order_id", "tenant's id"], &["id", "tenant_id"], false, false);
        let full = key("it's full", &["a", "b"], &["x", "y"], true, true);
        assert_eq!(
            super::foreign_key_check([&simple, &full]).expect("two keys"),
            [
                r#"SELECT 'lines_order_fkey' WHERE EXISTS (SELECT 1 FROM ONLY "sales"."order lines" c WHERE (c."order_id" IS NOT NULL AND c."tenant's id" IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM ONLY "sales"."orders" p WHERE p."id" = c."order_id" AND p."tenant_id" = c."tenant's id"))"#,
                r#"UNION ALL SELECT 'it''s full' WHERE EXISTS (SELECT 1 FROM "sales"."order lines" c WHERE (c."a" IS NOT NULL OR c."b" IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM ONLY "sales"."orders" p WHERE p."x" = c."a" AND p."y" = c."b"))"#,
            ]
            .join("\n")
        );
    }
}
