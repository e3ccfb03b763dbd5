//! The migration directory of one logical database, on disk:
//! `V0001__slug.sql` (up), `V0001__slug.down.sql`, `V0001__slug.snapshot.json`
//! (the compiled model after this version) and `provision.sum`, whose hashes
//! chain so an edited, inserted, removed or reordered file is named.

pub mod sum;

use crate::model::DatabaseModel;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{path}: unexpected file name; migration files are V<number>__<name>.sql, .down.sql and .snapshot.json")]
    BadName { path: PathBuf },
    #[error("{path}: version {version} appears twice")]
    Duplicate { path: PathBuf, version: u32 },
    #[error("{dir}: version {version} is missing its {what}")]
    Incomplete { dir: PathBuf, version: u32, what: &'static str },
    #[error("{path}: the snapshot cannot be read ({message}); restore it from version control")]
    Snapshot { path: PathBuf, message: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    pub version: u32,
    pub name: String,
    pub up: PathBuf,
    pub down: PathBuf,
    pub snapshot: PathBuf,
}

impl Migration {
    /// `V0001__init`
    pub fn id(&self) -> String {
        format!("V{:04}__{}", self.version, self.name)
    }
}

#[derive(Debug, Clone)]
pub struct MigrationDir {
    pub path: PathBuf,
    pub migrations: Vec<Migration>,
}

pub const SUM_FILE: &str = "provision.sum";

pub fn dir_for(project_root: &Path, database: &str) -> PathBuf {
    project_root.join("migrations").join(database)
}

/// Parses `V0007__add_orders.down.sql` into (7, "add_orders", ".down.sql").
pub fn parse_name(file: &str) -> Option<(u32, String, &'static str)> {
    let rest = file.strip_prefix('V')?;
    let (num, tail) = rest.split_once("__")?;
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let version: u32 = num.parse().ok()?;
    for suffix in [".down.sql", ".snapshot.json", ".sql"] {
        if let Some(name) = tail.strip_suffix(suffix) {
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Some((version, name.to_string(), suffix));
            }
        }
    }
    None
}

pub fn read(dir: &Path) -> Result<MigrationDir, MigrationError> {
    let mut found: std::collections::BTreeMap<u32, (String, [bool; 3])> = std::collections::BTreeMap::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(MigrationDir { path: dir.to_path_buf(), migrations: Vec::new() }),
        Err(source) => return Err(MigrationError::Read { path: dir.to_path_buf(), source }),
    };
    for entry in entries {
        let entry = entry.map_err(|source| MigrationError::Read { path: dir.to_path_buf(), source })?;
        let name = entry.file_name().to_string_lossy().to_string();
        if name == SUM_FILE || name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let Some((version, mname, suffix)) = parse_name(&name) else {
            return Err(MigrationError::BadName { path });
        };
        let slot = found.entry(version).or_insert_with(|| (mname.clone(), [false; 3]));
        if slot.0 != mname {
            return Err(MigrationError::Duplicate { path, version });
        }
        let i = match suffix {
            ".sql" => 0,
            ".down.sql" => 1,
            _ => 2,
        };
        slot.1[i] = true;
    }
    let mut migrations = Vec::new();
    for (version, (name, have)) in found {
        for (i, what) in ["up script (.sql)", "down script (.down.sql)", "snapshot (.snapshot.json)"].iter().enumerate() {
            if !have[i] {
                return Err(MigrationError::Incomplete { dir: dir.to_path_buf(), version, what });
            }
        }
        let stem = format!("V{version:04}__{name}");
        migrations.push(Migration {
            version,
            name,
            up: dir.join(format!("{stem}.sql")),
            down: dir.join(format!("{stem}.down.sql")),
            snapshot: dir.join(format!("{stem}.snapshot.json")),
        });
    }
    Ok(MigrationDir { path: dir.to_path_buf(), migrations })
}

impl MigrationDir {
    pub fn latest(&self) -> Option<&Migration> {
        self.migrations.last()
    }

    pub fn next_version(&self) -> u32 {
        self.latest().map_or(1, |m| m.version + 1)
    }

    pub fn snapshot(&self, m: &Migration) -> Result<DatabaseModel, MigrationError> {
        let text = std::fs::read_to_string(&m.snapshot).map_err(|source| MigrationError::Read { path: m.snapshot.clone(), source })?;
        serde_json::from_str(&text).map_err(|e| MigrationError::Snapshot { path: m.snapshot.clone(), message: e.to_string() })
    }

    /// The roles of a snapshot, without building the rest of its model.
    pub fn snapshot_roles(&self, m: &Migration) -> Result<std::collections::BTreeMap<String, crate::model::Role>, MigrationError> {
        #[derive(serde::Deserialize)]
        struct Roles {
            #[serde(default)]
            roles: std::collections::BTreeMap<String, crate::model::Role>,
        }
        let text = std::fs::read_to_string(&m.snapshot).map_err(|source| MigrationError::Read { path: m.snapshot.clone(), source })?;
        serde_json::from_str::<Roles>(&text)
            .map(|r| r.roles)
            .map_err(|e| MigrationError::Snapshot { path: m.snapshot.clone(), message: e.to_string() })
    }

    /// Roles whose password comes from an environment variable, as (role,
    /// variable), per the newest snapshot. Finding them means scanning the
    /// whole snapshot (megabytes for a large model), so the answer is kept
    /// under `cache_dir` with the snapshot's path, size and modification time,
    /// and read from there while those stay the same.
    pub fn password_roles(&self, cache_dir: &Path) -> Result<Vec<(String, String)>, MigrationError> {
        let Some(latest) = self.latest() else { return Ok(Vec::new()) };
        let key = file_stamp(&latest.snapshot).map(|s| format!("{} {s}", latest.snapshot.display()));
        remember(&self.cache_file(cache_dir, "roles"), key.as_deref(), || {
            Ok(self.snapshot_roles(latest)?.into_values().filter_map(|r| r.password_env.map(|e| (r.name, e))).collect())
        })
    }

    /// Where something remembered about this directory is kept under
    /// `cache_dir`: `{what}-` and 16 hex digits of the directory's path hash.
    pub(crate) fn cache_file(&self, cache_dir: &Path, what: &str) -> PathBuf {
        use sha2::Digest;
        let key: String = sha2::Sha256::digest(self.path.to_string_lossy().as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
        cache_dir.join(format!("{what}-{key}"))
    }

    /// The model the directory ends at (empty when there are no migrations).
    pub fn latest_model(&self, database: &str) -> Result<DatabaseModel, MigrationError> {
        match self.latest() {
            Some(m) => self.snapshot(m),
            None => Ok(DatabaseModel::empty(database)),
        }
    }

    /// Files in chain order: by version, then up, down, snapshot.
    pub fn files(&self) -> Vec<PathBuf> {
        self.migrations.iter().flat_map(|m| [m.up.clone(), m.down.clone(), m.snapshot.clone()]).collect()
    }
}

/// A migration ready to be written.
pub struct NewMigration {
    pub version: u32,
    pub name: String,
    pub up: String,
    pub down: String,
    pub snapshot: String,
}

/// A migration name from a message: lowercase words joined by `_`, at most 48 bytes.
pub fn slug(message: &str) -> String {
    let mut out = String::new();
    for word in message.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if out.len() + word.len() + 1 > 48 {
            break;
        }
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    if out.is_empty() {
        "change".to_string()
    } else {
        out
    }
}

/// Writes the three files and the updated sum. Each file goes to a temporary
/// name first and is renamed into place, so an interrupted render leaves no
/// half-written migration.
pub fn write(dir: &Path, m: &NewMigration) -> Result<PathBuf, MigrationError> {
    std::fs::create_dir_all(dir).map_err(|source| MigrationError::Write { path: dir.to_path_buf(), source })?;
    let stem = format!("V{:04}__{}", m.version, m.name);
    let files = [(format!("{stem}.sql"), &m.up), (format!("{stem}.down.sql"), &m.down), (format!("{stem}.snapshot.json"), &m.snapshot)];
    let mut temps = Vec::new();
    for (name, content) in &files {
        let tmp = dir.join(format!(".{name}.tmp"));
        std::fs::write(&tmp, content).map_err(|source| MigrationError::Write { path: tmp.clone(), source })?;
        temps.push((tmp, dir.join(name)));
    }
    for (tmp, dest) in temps {
        std::fs::rename(&tmp, &dest).map_err(|source| MigrationError::Write { path: dest.clone(), source })?;
    }
    let migration_dir = read(dir)?;
    sum::write(&migration_dir)?;
    Ok(dir.join(format!("{stem}.sql")))
}

/// A migration read into memory for the executor.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub version: u32,
    pub name: String,
    pub up: String,
    pub down: String,
    pub sha256: String,
    pub down_sha256: String,
    /// `-- provision:txmode none`: statements run one by one, outside a transaction.
    pub no_transaction: bool,
    /// The model after this version (read when needed: snapshots can be large).
    pub snapshot_path: PathBuf,
}

impl Loaded {
    pub fn snapshot(&self) -> Result<DatabaseModel, MigrationError> {
        self.snapshot_into(&mut String::new())
    }

    /// [`Loaded::snapshot`] reading through `buf`, so that a caller walking
    /// many snapshots reuses one buffer instead of allocating megabytes each.
    pub fn snapshot_into(&self, buf: &mut String) -> Result<DatabaseModel, MigrationError> {
        use std::io::Read;
        buf.clear();
        std::fs::File::open(&self.snapshot_path)
            .and_then(|mut f| f.read_to_string(buf))
            .map_err(|source| MigrationError::Read { path: self.snapshot_path.clone(), source })?;
        serde_json::from_str(buf).map_err(|e| MigrationError::Snapshot { path: self.snapshot_path.clone(), message: e.to_string() })
    }
}

/// The value remembered in `file` under `key`, else `compute`'s, which is
/// then remembered there (best effort: without the file the next run
/// computes again). The file holds the key, a `--` line, and the value as
/// JSON. No key (a file could not be stat'ed): computed, not remembered.
pub(crate) fn remember<T, E>(file: &Path, key: Option<&str>, compute: impl FnOnce() -> Result<T, E>) -> Result<T, E>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    const SEPARATOR: &str = "\n--\n";
    let Some(key) = key else { return compute() };
    let stored = std::fs::read_to_string(file).ok().and_then(|text| {
        let (stored_key, json) = text.split_once(SEPARATOR)?;
        (stored_key == key).then(|| serde_json::from_str(json).ok()).flatten()
    });
    if let Some(value) = stored {
        return Ok(value);
    }
    let value = compute()?;
    if let (Ok(json), Some(dir)) = (serde_json::to_string(&value), file.parent()) {
        if std::fs::create_dir_all(dir).is_ok() {
            let _ = std::fs::write(file, format!("{key}{SEPARATOR}{json}"));
        }
    }
    Ok(value)
}

/// A file's size and modification time (`"{len} {mtime in ns}"`), which
/// change when it is written: what the caches under `.provision/cache` key on.
pub(crate) fn file_stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos();
    Some(format!("{} {mtime}", meta.len()))
}

pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    // line endings do not count; most files have no CR to drop
    let digest = if text.contains('\r') { Sha256::digest(text.replace("\r\n", "\n").as_bytes()) } else { Sha256::digest(text.as_bytes()) };
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn load(dir: &MigrationDir) -> Result<Vec<Loaded>, MigrationError> {
    let mut out = Vec::with_capacity(dir.migrations.len());
    for m in &dir.migrations {
        let up = std::fs::read_to_string(&m.up).map_err(|source| MigrationError::Read { path: m.up.clone(), source })?;
        let down = std::fs::read_to_string(&m.down).map_err(|source| MigrationError::Read { path: m.down.clone(), source })?;
        let no_transaction = up.lines().take(10).any(|l| l.trim() == "-- provision:txmode none");
        out.push(Loaded {
            version: m.version,
            name: m.name.clone(),
            sha256: sha256_hex(&up),
            down_sha256: sha256_hex(&down),
            up,
            down,
            no_transaction,
            snapshot_path: m.snapshot.clone(),
        });
    }
    Ok(out)
}

/// Splits a script into statements, respecting quotes, dollar quotes and
/// comments (for steps that must run one at a time outside a transaction).
pub fn split_statements(sql: &str) -> Vec<String> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut start) = (0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                let escapes = q == b'\'' && i > 0 && (b[i - 1] == b'E' || b[i - 1] == b'e');
                i += 1;
                while i < b.len() {
                    if escapes && b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q {
                        if b.get(i + 1) == Some(&q) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
            }
            b'$' => {
                // $tag$ ... $tag$
                let tag_end = b[i + 1..].iter().position(|c| !(c.is_ascii_alphanumeric() || *c == b'_')).map(|p| i + 1 + p);
                if let Some(te) = tag_end.filter(|te| b.get(*te) == Some(&b'$')) {
                    let tag = &sql[i..=te];
                    if let Some(close) = sql[te + 1..].find(tag) {
                        i = te + 1 + close + tag.len();
                        continue;
                    }
                }
            }
            b';' => {
                let stmt = strip_leading_comments(&sql[start..=i]);
                if !is_blank(stmt) {
                    out.push(stmt.to_string());
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    let rest = strip_leading_comments(&sql[start.min(sql.len())..]);
    if !is_blank(rest) {
        out.push(rest.to_string());
    }
    out
}

/// A statement without the `--` comment lines in front of it.
fn strip_leading_comments(stmt: &str) -> &str {
    let mut rest = stmt.trim();
    while rest.starts_with("--") {
        rest = rest.split_once('\n').map_or("", |(_, r)| r).trim_start();
    }
    rest.trim()
}

/// Only comments and whitespace.
fn is_blank(stmt: &str) -> bool {
    stmt.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with("--") || l == ";"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitting_respects_quotes_and_bodies() {
        let sql = "-- a; comment\nCREATE TABLE \"a;b\" (x text DEFAULT 'it''s;');\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n/* x; */ SELECT E'\\';';\n-- trailing\n";
        let stmts = split_statements(sql);
        assert_eq!(stmts.len(), 3, "{stmts:#?}");
        assert!(stmts[1].contains("SELECT 1; $body$"));
        assert!(stmts[2].ends_with("SELECT E'\\';';"));
    }

    #[test]
    fn names_parse() {
        assert_eq!(parse_name("V0012__add_orders.down.sql"), Some((12, "add_orders".into(), ".down.sql")));
        assert_eq!(parse_name("V1__x.sql"), Some((1, "x".into(), ".sql")));
        assert_eq!(parse_name("notes.txt"), None);
    }
}
