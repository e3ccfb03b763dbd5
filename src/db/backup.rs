//! Backup and restore of one target database with the machine's pg_dump and
//! pg_restore (custom format), each dump beside a manifest (database, ledger
//! version, sha256, size, times) that restore checks before it touches anything.
//! Passwords travel only in the child's PGPASSWORD: never on a command line,
//! never in a message. This module prints nothing.

use super::{describe, ledger, mask_url, DbError};
use crate::target::{DatabaseTarget, SslMode};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// Debian and Ubuntu keep each major version's client tools here (off PATH).
const DEBIAN_PG_ROOT: &str = "/usr/lib/postgresql";
/// libpq < 16 has no `sslrootcert=system`; these are the usual system bundles.
const SYSTEM_CA_BUNDLES: &[&str] = &["/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"];
/// A failing tool's stderr is cut to its last lines.
const STDERR_TAIL_LINES: usize = 40;

/// What `<database>.manifest.json` holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The logical database (as named in provision.yaml).
    pub database: String,
    /// The database name on the server the dump was taken from.
    pub dbname: String,
    /// Highest applied migration in the dump (0 when it has no ledger).
    pub ledger_version: u32,
    pub sha256: String,
    pub size_bytes: u64,
    pub server_version: String,
    pub pg_dump_version: String,
    /// RFC 3339, UTC.
    pub started_at: String,
    pub finished_at: String,
    /// The dump's file name, relative to the manifest's directory.
    pub file: String,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    pub database: String,
    pub dbname: String,
    pub dump: PathBuf,
    pub size_bytes: u64,
    /// The ledger version now in the database (equal to the manifest's).
    pub ledger_version: u32,
    pub pg_restore_version: String,
    /// Tables in the database that the backup does not have (created after it,
    /// so `--clean` left them): `schema.table`, sorted. Worth a warning.
    pub not_in_backup: Vec<String>,
    pub elapsed: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("{context} {}: {source}", path.display())]
    Io {
        context: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{tool} not found (looked in {searched}); install the PostgreSQL client tools of version {min_major} or newer (e.g. `apt-get install postgresql-client-{min_major}`) or name their bin directory")]
    ToolNotFound { tool: &'static str, searched: String, min_major: u32 },
    #[error("{} is version {tool_version}, older than {needed_for} (version {needed}), which it cannot handle; install postgresql-client-{needed_major} or newer, or name a newer bin directory", path.display())]
    ToolTooOld { path: PathBuf, tool_version: String, needed_for: String, needed: String, needed_major: u32 },
    #[error("cannot tell the version of {}: `--version` printed {output:?}", path.display())]
    ToolVersion { path: PathBuf, output: String },
    #[error("{tool} failed for {target} ({status}):\n{stderr}{hint}\ncommand: {command}")]
    ToolFailed { tool: &'static str, target: String, status: std::process::ExitStatus, stderr: String, hint: String, command: String },
    #[error("{}: not a provision backup manifest: {reason}", path.display())]
    BadManifest { path: PathBuf, reason: String },
    #[error("{}: the dump {} is missing; keep a backup's .dump and .manifest.json together", manifest.display(), dump.display())]
    DumpMissing { manifest: PathBuf, dump: PathBuf },
    #[error("{} does not match its manifest {}: {what}; the file was changed or damaged, refusing to restore it", dump.display(), manifest.display())]
    Tampered { dump: PathBuf, manifest: PathBuf, what: String },
    #[error("{} is a backup of database `{manifest_database}`, not `{target_database}` ({target}); pass the manifest of `{target_database}`", manifest.display())]
    WrongDatabase { manifest: PathBuf, manifest_database: String, target_database: String, target: String },
    #[error("{target}: the restore finished but the ledger is at version {found}, the manifest {} says {expected}; check the database before using it", manifest.display())]
    LedgerMismatch { target: String, manifest: PathBuf, expected: u32, found: u32 },
    #[error("{target}: the restore waited {}ms for a lock held by {holders} and was cancelled; nothing was changed. Stop those sessions (e.g. the application) or raise the target's lock_timeout, then retry", waited.as_millis())]
    LockWait { target: String, waited: Duration, holders: String },
    #[error("{target}: backup needs a postgres:// URL (key=value connection strings are not supported)")]
    NotAUrl { target: String },
}

impl BackupError {
    /// True for problems of the target (connection, TLS, SQL, a failing tool);
    /// false for invalid input (a bad or tampered manifest, a missing file or tool).
    pub fn is_target_failure(&self) -> bool {
        matches!(
            self,
            BackupError::Db(_) | BackupError::ToolFailed { .. } | BackupError::LockWait { .. } | BackupError::LedgerMismatch { .. }
        )
    }
}

/// `out_dir/<logical>.dump`
pub fn dump_path(out_dir: &Path, logical: &str) -> PathBuf {
    out_dir.join(format!("{logical}.dump"))
}

/// `out_dir/<logical>.manifest.json`
pub fn manifest_path(out_dir: &Path, logical: &str) -> PathBuf {
    out_dir.join(format!("{logical}.manifest.json"))
}

/// Dumps the target's database (`pg_dump -Fc`) into `out_dir` and writes its manifest.
/// The ledger version is read in the snapshot pg_dump dumps, so the two agree even
/// while an apply runs.
pub async fn backup(t: &DatabaseTarget, out_dir: &Path, pg_bin: Option<&Path>) -> Result<Manifest, BackupError> {
    let started_at = rfc3339_utc(SystemTime::now());
    let conn = Libpq::for_target(t)?;
    let client = super::connect_target(t).await?;
    let sql = |context: &'static str| move |e: tokio_postgres::Error| sql_error(t, context, &e);
    client.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY").await.map_err(sql("starting a snapshot for pg_dump"))?;
    let snapshot: String =
        client.query_one("SELECT pg_export_snapshot()", &[]).await.map_err(sql("exporting a snapshot for pg_dump"))?.get(0);
    let ledger_version = ledger::current_version(&client).await?;
    let server = server_version(t, &client).await?;
    let tool = choose_tool("pg_dump", pg_bin, server.major, &format!("the server of {}", t.display), &server.version)?;

    std::fs::create_dir_all(out_dir).map_err(io("cannot create the backup directory", out_dir))?;
    let dump = dump_path(out_dir, &t.logical);
    let file = dump.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // pg_dump writes a private temp file that becomes the dump only when complete.
    let partial = tempfile::Builder::new()
        .prefix(&format!(".{file}."))
        .suffix(".partial")
        .tempfile_in(out_dir)
        .map_err(io("cannot create a temp file in", out_dir))?;
    // gzip level 1: measured on the seeded 400-table benchmark database, 8 % larger
    // than pg_dump's default level and a quarter less time (docs/design.md)
    let mut args: Vec<OsString> =
        vec!["--format=custom".into(), "--compress=1".into(), "--no-password".into(), format!("--snapshot={snapshot}").into()];
    if t.lock_timeout != "0" {
        args.push(format!("--lock-wait-timeout={}", t.lock_timeout).into());
    }
    args.push("--file".into());
    args.push(partial.path().into());
    args.push(format!("--dbname={}", conn.url).into());
    run_tool(t, &conn, &tool, args).await?;
    // The snapshot was only needed until pg_dump imported it; a server that timed
    // out our idle session meanwhile changes nothing.
    let _ = client.batch_execute("ROLLBACK").await;

    let (sha256, size_bytes) = hash_file(partial.path().to_path_buf()).await?;
    partial.persist(&dump).map_err(|e| BackupError::Io { context: "cannot write", path: dump.clone(), source: e.error })?;
    let manifest = Manifest {
        database: t.logical.clone(),
        dbname: t.dbname.clone(),
        ledger_version,
        sha256,
        size_bytes,
        server_version: server.version,
        pg_dump_version: tool.version,
        started_at,
        finished_at: rfc3339_utc(SystemTime::now()),
        file,
    };
    let mut json = serde_json::to_string_pretty(&manifest).map_err(|e| BackupError::Io {
        context: "cannot encode",
        path: manifest_path(out_dir, &t.logical),
        source: e.into(),
    })?;
    json.push('\n');
    write_atomically(&manifest_path(out_dir, &t.logical), json.as_bytes())?;
    Ok(manifest)
}

/// Restores a backup into the target's database after checking the manifest:
/// same logical database, dump unchanged (size and sha256). The restore is one
/// transaction (`pg_restore --single-transaction --exit-on-error`): it lands
/// whole or not at all.
pub async fn restore(t: &DatabaseTarget, manifest_path: &Path, pg_bin: Option<&Path>) -> Result<RestoreReport, BackupError> {
    let started = Instant::now();
    let (manifest, dump) = read_manifest(manifest_path)?;
    if manifest.database != t.logical {
        return Err(BackupError::WrongDatabase {
            manifest: manifest_path.to_path_buf(),
            manifest_database: manifest.database,
            target_database: t.logical.clone(),
            target: t.display.clone(),
        });
    }
    verify_dump(&manifest, manifest_path, &dump).await?;

    let mut conn = Libpq::for_target(t)?;
    // Creates the database first on a shared server (`create_if_missing`).
    let client = super::connect_target(t).await?;
    let server = server_version(t, &client).await?;
    // pg_restore must read the archive (as new as the pg_dump that wrote it) and
    // speak to the server.
    let dump_major = major_of(&manifest.pg_dump_version).unwrap_or(0);
    let (needed_major, needed_for, needed) = if dump_major > server.major {
        (dump_major, format!("the pg_dump that wrote {}", dump.display()), manifest.pg_dump_version.clone())
    } else {
        (server.major, format!("the server of {}", t.display), server.version.clone())
    };
    let tool = choose_tool("pg_restore", pg_bin, needed_major, &needed_for, &needed)?;
    let toc = run_tool(t, &conn, &tool, vec!["--list".into(), dump.clone().into()]).await?;
    let toc = String::from_utf8_lossy(&toc).into_owned();
    let list = leaf_first_list(t, &client, &toc, server.major).await?;
    let mut args: Vec<OsString> = vec![
        "--clean".into(),
        "--if-exists".into(),
        "--no-owner".into(),
        "--exit-on-error".into(),
        "--single-transaction".into(),
        "--no-password".into(),
    ];
    if let Some(list) = &list {
        args.push("--use-list".into());
        args.push(list.path().into());
    }
    args.push(format!("--dbname={}", conn.url).into());
    args.push(dump.clone().into());
    // A name to find pg_restore's session by in pg_stat_activity.
    static RESTORES: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let app_name = format!("provision restore {}.{}", std::process::id(), RESTORES.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    conn.env.retain(|(k, _)| *k != "PGAPPNAME");
    conn.env.push(("PGAPPNAME", app_name.clone().into()));
    let run = run_tool(t, &conn, &tool, args);
    watch_lock_waits(t, &client, &app_name, run).await?;

    let ledger_version = ledger::current_version(&client).await?;
    if ledger_version != manifest.ledger_version {
        return Err(BackupError::LedgerMismatch {
            target: t.display.clone(),
            manifest: manifest_path.to_path_buf(),
            expected: manifest.ledger_version,
            found: ledger_version,
        });
    }
    // the restored catalog is the applied one, written by new transactions: mark it
    if ledger_version > 0 {
        ledger::remark_restored(&client, ledger_version).await?;
    }
    Ok(RestoreReport {
        database: t.logical.clone(),
        dbname: t.dbname.clone(),
        dump,
        size_bytes: manifest.size_bytes,
        ledger_version,
        pg_restore_version: tool.version,
        not_in_backup: tables_not_in(t, &client, &toc).await?,
        elapsed: started.elapsed(),
    })
}

/// pg_restore starts its script with `SET lock_timeout = 0`, so the target's
/// lock_timeout cannot be handed to it. A restore must replace tables a live
/// application uses; rather than hang behind it, watch pg_restore's session and
/// cancel it once it has waited for a lock longer than lock_timeout (the single
/// transaction then rolls back), naming the sessions that hold the lock.
async fn watch_lock_waits(
    t: &DatabaseTarget,
    client: &tokio_postgres::Client,
    app_name: &str,
    run: impl std::future::Future<Output = Result<Vec<u8>, BackupError>>,
) -> Result<(), BackupError> {
    // Our session runs with the target's lock_timeout (set by connect_target); in ms, 0 = none.
    let limit_ms: i64 = client
        .query_one("SELECT setting::bigint FROM pg_settings WHERE name = 'lock_timeout'", &[])
        .await
        .map_err(|e| sql_error(t, "reading lock_timeout", &e))?
        .get(0);
    let limit = Duration::from_millis(u64::try_from(limit_ms).unwrap_or(0));
    tokio::pin!(run);
    let mut waiting_since: Option<Instant> = None;
    let mut cancelled: Option<String> = None;
    loop {
        tokio::select! {
            result = &mut run => {
                return match (result, cancelled) {
                    (Ok(_), _) => Ok(()),
                    (Err(BackupError::ToolFailed { .. }), Some(holders)) => {
                        Err(BackupError::LockWait { target: t.display.clone(), waited: limit, holders })
                    }
                    (Err(e), _) => Err(e),
                };
            }
            _ = tokio::time::sleep(Duration::from_millis(200)), if limit_ms > 0 && cancelled.is_none() => {
                let row = client
                    .query_opt(
                        "SELECT a.pid, coalesce((SELECT string_agg(format('pid %s (application `%s`, user %s)', b.pid,
                                    coalesce(nullif(b.application_name, ''), '?'), coalesce(b.usename::text, '?')), ', ' ORDER BY b.pid)
                                 FROM pg_stat_activity b WHERE b.pid = ANY (pg_blocking_pids(a.pid))), 'another session')
                         FROM pg_stat_activity a WHERE a.application_name = $1 AND a.wait_event_type = 'Lock' LIMIT 1",
                        &[&app_name],
                    )
                    .await
                    .map_err(|e| sql_error(t, "watching pg_restore's lock waits", &e))?;
                let Some(row) = row else {
                    waiting_since = None;
                    continue;
                };
                if waiting_since.get_or_insert_with(Instant::now).elapsed() >= limit {
                    let pid: i32 = row.get(0);
                    client
                        .execute("SELECT pg_cancel_backend($1)", &[&pid])
                        .await
                        .map_err(|e| sql_error(t, "cancelling pg_restore after its lock wait", &e))?;
                    cancelled = Some(row.get(1));
                }
            }
        }
    }
}

/// `pg_restore --clean` drops in the reverse of the archive's order, which puts a
/// partition's index or key before its parent's; PostgreSQL refuses that
/// ("cannot drop inherited constraint") and the restore into a live database
/// fails. When the target has partition indexes, hand pg_restore the archive's
/// list with each kind ordered leaf first, so the parent's drop goes first and
/// takes its partitions' along. Creating in that order is equally valid: the
/// attaching comes later, in INDEX ATTACH entries.
async fn leaf_first_list(
    t: &DatabaseTarget,
    client: &tokio_postgres::Client,
    toc: &str,
    server_major: u32,
) -> Result<Option<tempfile::NamedTempFile>, BackupError> {
    // pg_partition_ancestors is PostgreSQL 12+.
    if server_major < 12 {
        return Ok(None);
    }
    let rows = client
        .query(
            "SELECT n.nspname::text, c.relname::text, (SELECT count(*) FROM pg_partition_ancestors(c.oid))::int - 1
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('i', 'I') AND c.relispartition",
            &[],
        )
        .await
        .map_err(|e| sql_error(t, "reading partition indexes", &e))?;
    if rows.is_empty() {
        return Ok(None);
    }
    let depths: HashMap<(String, String), i32> = rows.iter().map(|r| ((r.get(0), r.get(1)), r.get(2))).collect();
    let reordered = leaf_first(toc, &depths);
    let mut file = tempfile::Builder::new()
        .prefix("provision-restore-list.")
        .tempfile()
        .map_err(io("cannot create a temp file in", &std::env::temp_dir()))?;
    file.write_all(reordered.as_bytes()).map_err(io("cannot write", file.path()))?;
    Ok(Some(file))
}

/// Ordinary and partitioned tables of the database that are not TABLE entries of
/// the archive's list (extension-owned tables are not ours to report).
async fn tables_not_in(t: &DatabaseTarget, client: &tokio_postgres::Client, toc: &str) -> Result<Vec<String>, BackupError> {
    let in_backup: std::collections::HashSet<(&str, &str)> =
        toc.lines().filter_map(toc_entry).filter(|(kind, _, _)| *kind == "TABLE").map(|(_, schema, name)| (schema, name)).collect();
    let rows = client
        .query(
            "SELECT n.nspname::text, c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
               AND NOT EXISTS (SELECT 1 FROM pg_depend d
                               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
             ORDER BY 1, 2",
            &[],
        )
        .await
        .map_err(|e| sql_error(t, "listing tables after the restore", &e))?;
    Ok(rows
        .iter()
        .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1)))
        .filter(|(schema, name)| !in_backup.contains(&(schema.as_str(), name.as_str())))
        .map(|(schema, name)| format!("{schema}.{name}"))
        .collect())
}

/// Reorders the CONSTRAINT entries among themselves, and the INDEX entries among
/// themselves, deepest partition first; everything else keeps its place.
fn leaf_first(list: &str, depths: &HashMap<(String, String), i32>) -> String {
    let mut lines: Vec<&str> = list.lines().collect();
    for kind in ["CONSTRAINT", "INDEX"] {
        let positions: Vec<usize> = (0..lines.len()).filter(|&i| toc_entry(lines[i]).is_some_and(|(k, _, _)| k == kind)).collect();
        let mut entries: Vec<&str> = positions.iter().map(|&i| lines[i]).collect();
        // stable: equal depths keep pg_dump's order
        entries.sort_by_key(|l| {
            let depth = toc_entry(l).and_then(|(_, schema, name)| depths.get(&(schema.to_string(), name.to_string())).copied());
            std::cmp::Reverse(depth.unwrap_or(0))
        });
        for (i, line) in positions.into_iter().zip(entries) {
            lines[i] = line;
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// `3207; 2606 16389 CONSTRAINT public p p_pkey postgres` → ("CONSTRAINT", "public", "p_pkey");
/// `3206; 1259 16400 INDEX public p_d_idx postgres` → ("INDEX", "public", "p_d_idx");
/// `214; 1259 16385 TABLE public p postgres` → ("TABLE", "public", "p").
/// A name with a space cannot be told apart from the next field: such lines are left alone.
fn toc_entry(line: &str) -> Option<(&'static str, &str, &str)> {
    if line.starts_with(';') {
        return None;
    }
    let (_, rest) = line.split_once("; ")?;
    let w: Vec<&str> = rest.split(' ').collect();
    match (w.get(2).copied(), w.len()) {
        (Some("CONSTRAINT"), 7) => Some(("CONSTRAINT", w[3], w[5])),
        (Some("INDEX"), 6) if w[3] != "ATTACH" => Some(("INDEX", w[3], w[4])),
        (Some("TABLE"), 6) if w[3] != "DATA" && w[3] != "ATTACH" => Some(("TABLE", w[3], w[4])),
        _ => None,
    }
}

/// Reads and checks a manifest; returns it with the path of its dump.
pub fn read_manifest(path: &Path) -> Result<(Manifest, PathBuf), BackupError> {
    let text = std::fs::read_to_string(path).map_err(io("cannot read the manifest", path))?;
    let bad = |reason: String| BackupError::BadManifest { path: path.to_path_buf(), reason };
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    // The dump sits beside its manifest; a manifest must not point elsewhere.
    let plain = !manifest.file.is_empty()
        && Path::new(&manifest.file).components().count() == 1
        && matches!(Path::new(&manifest.file).components().next(), Some(std::path::Component::Normal(_)));
    if !plain {
        return Err(bad(format!("`file` must be a file name beside the manifest, found {:?}", manifest.file)));
    }
    if manifest.sha256.len() != 64 || !manifest.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad(format!("`sha256` is not a SHA-256 in hex: {:?}", manifest.sha256)));
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let dump = dir.join(&manifest.file);
    Ok((manifest, dump))
}

/// Size first (cheap), then the hash of the whole file.
async fn verify_dump(manifest: &Manifest, manifest_path: &Path, dump: &Path) -> Result<(), BackupError> {
    let meta = match std::fs::metadata(dump) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(BackupError::DumpMissing { manifest: manifest_path.to_path_buf(), dump: dump.to_path_buf() })
        }
        Err(e) => return Err(BackupError::Io { context: "cannot read", path: dump.to_path_buf(), source: e }),
    };
    let tampered = |what: String| BackupError::Tampered { dump: dump.to_path_buf(), manifest: manifest_path.to_path_buf(), what };
    if meta.len() != manifest.size_bytes {
        return Err(tampered(format!("its size is {} bytes, the manifest says {}", meta.len(), manifest.size_bytes)));
    }
    let (sha256, _) = hash_file(dump.to_path_buf()).await?;
    if !sha256.eq_ignore_ascii_case(&manifest.sha256) {
        return Err(tampered(format!("its sha256 is {sha256}, the manifest says {}", manifest.sha256)));
    }
    Ok(())
}

/// How a pg_dump/pg_restore child reaches the target: a URL without the password,
/// and the password and TLS settings as libpq environment variables.
struct Libpq {
    url: String,
    password: Option<OsString>,
    env: Vec<(&'static str, OsString)>,
}

impl Libpq {
    fn for_target(t: &DatabaseTarget) -> Result<Libpq, BackupError> {
        let config: tokio_postgres::Config =
            t.url.parse().map_err(|e: tokio_postgres::Error| DbError::Connect { target: t.display.clone(), message: describe(&e).0 })?;
        let url = url_without_password(&t.url).ok_or_else(|| BackupError::NotAUrl { target: t.display.clone() })?;
        let password = config.get_password().map(|p| OsString::from(String::from_utf8_lossy(p).into_owned()));
        let mut env: Vec<(&'static str, OsString)> = vec![
            ("PGSSLMODE", t.tls.mode.as_str().into()),
            ("PGCONNECT_TIMEOUT", t.connect_timeout.as_secs().max(1).to_string().into()),
            ("PGAPPNAME", t.application_name.clone().into()),
        ];
        match (&t.tls.ca_file, &t.tls.mode) {
            (Some(ca), _) => env.push(("PGSSLROOTCERT", ca.clone().into())),
            // native-tls verifies against the system store when no CA file is named; do the same.
            (None, SslMode::VerifyCa | SslMode::VerifyFull) => {
                if let Some(bundle) = SYSTEM_CA_BUNDLES.iter().find(|b| Path::new(b).is_file()) {
                    env.push(("PGSSLROOTCERT", (*bundle).into()));
                }
            }
            (None, _) => {}
        }
        Ok(Libpq { url, password, env })
    }
}

/// `postgres://u:pw@h/db?password=pw&x=1` → `postgres://u@h/db?x=1`; `None` for a
/// string that is not a URL.
fn url_without_password(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => format!("{}@{host}", userinfo.split_once(':').map_or(userinfo, |(user, _)| user)),
        None => authority.to_string(),
    };
    let (path, query) = tail.split_once('?').unwrap_or((tail, ""));
    let kept: Vec<&str> = query.split('&').filter(|kv| !kv.is_empty() && !kv.starts_with("password=")).collect();
    let mut out = format!("{scheme}://{authority}{path}");
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    Some(out)
}

struct ServerVersion {
    /// e.g. "15.8"
    version: String,
    major: u32,
}

async fn server_version(t: &DatabaseTarget, client: &tokio_postgres::Client) -> Result<ServerVersion, BackupError> {
    let row = client
        .query_one("SELECT current_setting('server_version'), current_setting('server_version_num')::int", &[])
        .await
        .map_err(|e| sql_error(t, "reading the server version", &e))?;
    let full: String = row.get(0);
    let num: i32 = row.get(1);
    let version = full.split_whitespace().next().unwrap_or(&full).to_string();
    Ok(ServerVersion { version, major: (num / 10000).max(0) as u32 })
}

fn sql_error(t: &DatabaseTarget, context: &str, e: &tokio_postgres::Error) -> BackupError {
    BackupError::Db(DbError::Sql { context: format!("{}: {context}", t.display), message: describe(e).0, position: None })
}

fn io(context: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> BackupError {
    let path = path.to_path_buf();
    move |source| BackupError::Io { context, path, source }
}

/// A client program and its version.
#[derive(Debug)]
struct Tool {
    name: &'static str,
    path: PathBuf,
    version: String,
}

/// `pg_bin/<name>` when given; else the newest `/usr/lib/postgresql/*/bin/<name>`
/// of at least `min_major`; else `<name>` on PATH. Refuses a tool older than
/// `min_major`: an old pg_dump refuses a newer server, an old pg_restore
/// cannot read a newer archive.
fn choose_tool(name: &'static str, pg_bin: Option<&Path>, min_major: u32, needed_for: &str, needed: &str) -> Result<Tool, BackupError> {
    let path = match pg_bin {
        Some(dir) => {
            let p = dir.join(name);
            if !is_executable(&p) {
                return Err(BackupError::ToolNotFound { tool: name, searched: dir.display().to_string(), min_major });
            }
            p
        }
        None => {
            let debian = debian_tools(name).into_iter().rev().find(|(major, _)| *major >= min_major).map(|(_, p)| p);
            match debian.or_else(|| on_path(name)) {
                Some(p) => p,
                None => return Err(BackupError::ToolNotFound { tool: name, searched: format!("{DEBIAN_PG_ROOT}/*/bin, PATH"), min_major }),
            }
        }
    };
    let version = tool_version(&path)?;
    let major = major_of(&version).ok_or_else(|| BackupError::ToolVersion { path: path.clone(), output: version.clone() })?;
    if major < min_major {
        return Err(BackupError::ToolTooOld {
            path,
            tool_version: version,
            needed_for: needed_for.to_string(),
            needed: needed.to_string(),
            needed_major: min_major,
        });
    }
    Ok(Tool { name, path, version })
}

/// `(major, path)` of every `/usr/lib/postgresql/<major>/bin/<name>`, oldest first.
fn debian_tools(name: &str) -> Vec<(u32, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(DEBIAN_PG_ROOT) else { return Vec::new() };
    let mut found: Vec<(u32, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let major = major_of(&e.file_name().to_string_lossy())?;
            let p = e.path().join("bin").join(name);
            is_executable(&p).then_some((major, p))
        })
        .collect();
    found.sort();
    found
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(name)).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// "pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)" → "15.8"
fn tool_version(path: &Path) -> Result<String, BackupError> {
    let out = Command::new(path).arg("--version").stdin(Stdio::null()).output().map_err(|e| BackupError::Io {
        context: "cannot run",
        path: path.to_path_buf(),
        source: e,
    })?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    parse_tool_version(&text).ok_or_else(|| BackupError::ToolVersion { path: path.to_path_buf(), output: text.trim().to_string() })
}

fn parse_tool_version(text: &str) -> Option<String> {
    let line = text.lines().next()?;
    let after = line.split_once(')').map_or(line, |(_, rest)| rest);
    after.split_whitespace().find(|w| w.starts_with(|c: char| c.is_ascii_digit())).map(str::to_string)
}

/// "15.8" → 15, "9.6.24" → 9, "17devel" → 17
fn major_of(version: &str) -> Option<u32> {
    let digits: String = version.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Runs pg_dump/pg_restore off the async threads; a failure carries its stderr,
/// masked, with a hint for the failures users meet most.
/// Returns what the tool wrote to stdout.
async fn run_tool(t: &DatabaseTarget, conn: &Libpq, tool: &Tool, args: Vec<OsString>) -> Result<Vec<u8>, BackupError> {
    let mut cmd = Command::new(&tool.path);
    cmd.args(&args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in &conn.env {
        cmd.env(k, v);
    }
    match &conn.password {
        Some(p) => cmd.env("PGPASSWORD", p),
        None => cmd.env_remove("PGPASSWORD"),
    };
    if !conn.env.iter().any(|(k, _)| *k == "PGSSLROOTCERT") {
        cmd.env_remove("PGSSLROOTCERT");
    }
    let password = conn.password.as_ref().map(|p| p.to_string_lossy().into_owned());
    let shown = std::iter::once(tool.path.display().to_string())
        .chain(args.iter().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ");
    let output: Output = tokio::task::spawn_blocking(move || cmd.output())
        .await
        .map_err(|e| BackupError::Io { context: "cannot run", path: tool.path.clone(), source: std::io::Error::other(e) })?
        .map_err(|e| BackupError::Io { context: "cannot run", path: tool.path.clone(), source: e })?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let stderr = scrub(&tail(&String::from_utf8_lossy(&output.stderr), STDERR_TAIL_LINES), password.as_deref());
    let hint = hint_for(&stderr, t);
    Err(BackupError::ToolFailed {
        tool: tool.name,
        target: t.display.clone(),
        status: output.status,
        stderr: if stderr.trim().is_empty() { "(no output)".into() } else { stderr.trim_end().to_string() },
        hint,
        command: scrub(&shown, password.as_deref()),
    })
}

fn hint_for(stderr: &str, t: &DatabaseTarget) -> String {
    let lower = stderr.to_ascii_lowercase();
    let hint = if lower.contains("row-level security") || lower.contains("row level security") {
        "hint: the tables FORCE row-level security, so dumping and restoring them needs a role that bypasses it: connect as a superuser or a role WITH BYPASSRLS".to_string()
    } else if lower.contains("role \"") && lower.contains("does not exist") {
        "hint: roles belong to the server, not to the dump: create them on this server first (apply the project's migrations up to the backup's version on an empty database, then restore)".to_string()
    } else if lower.contains("could not obtain lock") || lower.contains("query was: lock table") {
        "hint: other sessions (the application, an apply) hold locks on tables this needs; stop them or raise the target's lock_timeout, then retry".to_string()
    } else if lower.contains("other objects depend on it") {
        "hint: objects created after the backup depend on what the restore replaces; roll back the migrations applied since the backup first, or restore into an empty database".to_string()
    } else if lower.contains("unsupported version") && lower.contains("file header") {
        "hint: this pg_restore is older than the pg_dump that wrote the file; name a newer PostgreSQL bin directory".to_string()
    } else if lower.contains("no pg_hba.conf entry") && lower.contains("no encryption") {
        format!("hint: the server requires TLS; sslmode is {} on this target", &t.tls.mode.as_str())
    } else if lower.contains("certificate") {
        "hint: check the target's sslmode and CA file (ca_file): the server certificate must be signed by that CA and, for verify-full, name the host".to_string()
    } else {
        return String::new();
    };
    format!("\n{hint}")
}

/// Masks every URL in a tool's output and any occurrence of the password itself.
fn scrub(text: &str, password: Option<&str>) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end_matches(char::is_whitespace);
        if word.contains("://") {
            out.push_str(&mask_url(word));
        } else {
            out.push_str(word);
        }
        out.push_str(&piece[word.len()..]);
    }
    match password {
        // Very short passwords would mask ordinary words; URLs are masked anyway.
        Some(p) if p.len() >= 4 => out.replace(p, "***"),
        _ => out,
    }
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    let mut out = all[start..].join("\n");
    if start > 0 {
        out.insert_str(0, &format!("(… {start} earlier lines)\n"));
    }
    out
}

/// (sha256 hex, size) of a file, read off the async threads.
async fn hash_file(path: PathBuf) -> Result<(String, u64), BackupError> {
    let p = path.clone();
    let result = tokio::task::spawn_blocking(move || -> std::io::Result<(String, u64)> {
        let mut f = std::fs::File::open(&p)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        let mut size = 0u64;
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            size += n as u64;
        }
        Ok((hex(&hasher.finalize()), size))
    })
    .await
    .map_err(std::io::Error::other)
    .and_then(|r| r);
    result.map_err(|e| BackupError::Io { context: "cannot read", path, source: e })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), BackupError> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".manifest.").tempfile_in(dir).map_err(io("cannot create a temp file in", dir))?;
    tmp.write_all(bytes).map_err(io("cannot write", tmp.path()))?;
    tmp.persist(path).map_err(|e| BackupError::Io { context: "cannot write", path: path.to_path_buf(), source: e.error })?;
    Ok(())
}

/// `2024-05-01T12:34:56Z`
fn rfc3339_utc(t: SystemTime) -> String {
    let secs = t.duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let date = crate::compile::dates::Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{}T{:02}:{:02}:{:02}Z", date.iso(), s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_passwords() {
        assert_eq!(
            url_without_password("postgres://app:s3cr%40t@db:5432/x?sslmode=require").as_deref(),
            Some("postgres://app@db:5432/x?sslmode=require")
        );
        assert_eq!(
            url_without_password("postgres://db/x?password=hunter2&application_name=a").as_deref(),
            Some("postgres://db/x?application_name=a")
        );
        assert_eq!(url_without_password("postgresql://u@h").as_deref(), Some("postgresql://u@h"));
        assert_eq!(url_without_password("host=h password=p"), None);
    }

    #[test]
    fn partition_keys_and_indexes_go_leaf_first() {
        let list = "\
;
; Archive created at 2024-01-01
;
214; 1259 16385 TABLE public p postgres
3361; 0 16390 TABLE DATA public p_a postgres
3208; 2606 16389 CONSTRAINT public p p_pkey postgres
3211; 2606 16394 CONSTRAINT public p_a p_a_pkey postgres
3213; 2606 16398 CONSTRAINT public q q_pkey postgres
3206; 1259 16400 INDEX public p_d_idx postgres
3209; 1259 16401 INDEX public p_a_d_idx postgres
3215; 0 0 INDEX ATTACH public p_a_d_idx postgres
3216; 2606 16500 FK CONSTRAINT public r r_p_fkey postgres
";
        let depths: HashMap<(String, String), i32> =
            [(("public".into(), "p_a_pkey".into()), 1), (("public".into(), "p_a_d_idx".into()), 1)].into_iter().collect();
        let out = leaf_first(list, &depths);
        let entries: Vec<&str> = out.lines().filter(|l| !l.starts_with(';')).map(|l| l.split(';').next().unwrap_or("")).collect();
        assert_eq!(entries, ["214", "3361", "3211", "3208", "3213", "3209", "3206", "3215", "3216"]);
        assert!(out.starts_with(";\n; Archive created"));
    }

    #[test]
    fn tool_versions() {
        assert_eq!(parse_tool_version("pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)\n").as_deref(), Some("15.8"));
        assert_eq!(parse_tool_version("pg_restore (PostgreSQL) 17devel").as_deref(), Some("17devel"));
        assert_eq!(major_of("9.6.24"), Some(9));
        assert_eq!(major_of("17devel"), Some(17));
        assert_eq!(major_of("x"), None);
    }

    #[test]
    fn scrub_masks_urls_and_the_password() {
        let text = "connection to \"postgres://app:hunter22@db/x\" failed\nFATAL: password hunter22 wrong";
        let s = scrub(text, Some("hunter22"));
        assert!(!s.contains("hunter22"), "{s}");
        assert!(s.contains("postgres://app:***@db/x\""), "{s}");
        assert!(s.contains("\nFATAL: password *** wrong"), "{s}");
    }

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(rfc3339_utc(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(SystemTime::UNIX_EPOCH + Duration::from_secs(1_714_566_896)), "2024-05-01T12:34:56Z");
    }
}
