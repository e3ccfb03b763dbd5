//! `provision.sum`: a chained checksum over every migration file. The hasher
//! is never reset between files, so each line covers the file and all before
//! it: editing, inserting, removing or reordering breaks the chain at the first
//! affected file, which validation names.

use super::{MigrationDir, MigrationError, SUM_FILE};
use sha2::{Digest, Sha256};
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SumFile {
    pub total: String,
    pub entries: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "problem")]
pub enum SumProblem {
    /// No sum file although migrations exist.
    Missing,
    /// The sum file itself cannot be parsed.
    Malformed {
        line: usize,
    },
    Edited {
        file: String,
        line: usize,
    },
    Added {
        file: String,
    },
    Removed {
        file: String,
        line: usize,
    },
    Reordered {
        file: String,
        line: usize,
    },
}

impl std::fmt::Display for SumProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SumProblem::Missing => write!(f, "{SUM_FILE} is missing"),
            SumProblem::Malformed { line } => write!(f, "{SUM_FILE}:{line} cannot be read"),
            SumProblem::Edited { file, line } => write!(f, "{file} was edited after it was rendered ({SUM_FILE}:{line})"),
            SumProblem::Added { file } => {
                write!(f, "{file} is not recorded in {SUM_FILE} (added by hand?)")
            }
            SumProblem::Removed { file, line } => {
                write!(f, "{file} is recorded in {SUM_FILE}:{line} but missing")
            }
            SumProblem::Reordered { file, line } => {
                write!(f, "{file} is out of order ({SUM_FILE}:{line})")
            }
        }
    }
}

/// Line endings do not count: a checkout with CRLF must not look tampered.
fn normalized(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn compute(dir: &MigrationDir) -> Result<SumFile, MigrationError> {
    let mut hasher = Sha256::new();
    let mut entries = Vec::new();
    for path in dir.files() {
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let bytes = std::fs::read(&path).map_err(|source| MigrationError::Read { path: path.clone(), source })?;
        hasher.update(name.as_bytes());
        hasher.update([0u8]);
        if bytes.contains(&b'\r') {
            hasher.update(normalized(&bytes));
        } else {
            hasher.update(&bytes);
        }
        entries.push((name, format!("h1:{}", hex(&hasher.clone().finalize()))));
    }
    Ok(SumFile { total: format!("h1:{}", hex(&hasher.finalize())), entries })
}

pub fn format(sum: &SumFile) -> String {
    let mut out = format!("{}\n", sum.total);
    for (name, h) in &sum.entries {
        out.push_str(&format!("{name} {h}\n"));
    }
    out
}

pub fn parse(text: &str) -> Result<SumFile, SumProblem> {
    let mut lines = text.split('\n').map(|l| l.trim_end_matches('\r'));
    let total = lines.next().filter(|l| l.starts_with("h1:")).ok_or(SumProblem::Malformed { line: 1 })?.to_string();
    let mut entries = Vec::new();
    for (i, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let (name, h) = line.rsplit_once(' ').ok_or(SumProblem::Malformed { line: i + 2 })?;
        if !h.starts_with("h1:") {
            return Err(SumProblem::Malformed { line: i + 2 });
        }
        entries.push((name.to_string(), h.to_string()));
    }
    Ok(SumFile { total, entries })
}

pub fn write(dir: &MigrationDir) -> Result<(), MigrationError> {
    let sum = compute(dir)?;
    let path = dir.path.join(SUM_FILE);
    let tmp = dir.path.join(format!(".{SUM_FILE}.tmp"));
    std::fs::write(&tmp, format(&sum)).map_err(|source| MigrationError::Write { path: tmp.clone(), source })?;
    std::fs::rename(&tmp, &path).map_err(|source| MigrationError::Write { path, source })
}

/// Compares the recorded chain with the files on disk; returns the first problem.
pub fn validate(dir: &MigrationDir) -> Result<Option<SumProblem>, MigrationError> {
    let path = dir.path.join(SUM_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((!dir.migrations.is_empty()).then_some(SumProblem::Missing));
        }
        Err(source) => return Err(MigrationError::Read { path, source }),
    };
    let recorded = match parse(&text) {
        Ok(s) => s,
        Err(p) => return Ok(Some(p)),
    };
    let actual = compute(dir)?;
    if recorded == actual {
        return Ok(None);
    }
    for (i, (name, h)) in actual.entries.iter().enumerate() {
        let line = i + 2;
        match recorded.entries.get(i) {
            None => return Ok(Some(SumProblem::Added { file: name.clone() })),
            Some((rname, rh)) if rname == name => {
                if rh != h {
                    return Ok(Some(SumProblem::Edited { file: name.clone(), line }));
                }
            }
            Some((rname, _)) => {
                return Ok(Some(if !actual.entries.iter().any(|(n, _)| n == rname) {
                    SumProblem::Removed { file: rname.clone(), line }
                } else if !recorded.entries.iter().any(|(n, _)| n == name) {
                    SumProblem::Added { file: name.clone() }
                } else {
                    SumProblem::Reordered { file: name.clone(), line }
                }));
            }
        }
    }
    if let Some((rname, _)) = recorded.entries.get(actual.entries.len()) {
        return Ok(Some(SumProblem::Removed { file: rname.clone(), line: actual.entries.len() + 2 }));
    }
    // every line matches but the total does not: the first line was edited
    Ok(Some(SumProblem::Malformed { line: 1 }))
}

/// `validate`, remembered: after a directory validates, the size and
/// modification time of each of its files (and the sum file's own hash) are
/// recorded under `cache_dir`; while none of them changes, the chain is not
/// hashed again. Snapshots hold the whole model at each version, so a long
/// history is tens of megabytes: this is what lets apply and status skip
/// re-reading it on every run. Applied migrations are still compared with
/// the ledger's SHA-256 by content; render --check and verify never use the
/// cache.
pub fn validate_cached(dir: &MigrationDir, cache_dir: &Path) -> Result<Option<SumProblem>, MigrationError> {
    let Some(print) = fingerprint(dir) else { return validate(dir) };
    let stamp = dir.cache_file(cache_dir, "sum");
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s == print) {
        return Ok(None);
    }
    let problem = validate(dir)?;
    if problem.is_none() && std::fs::create_dir_all(cache_dir).is_ok() {
        // best effort: without the stamp the next run validates in full
        let _ = std::fs::write(&stamp, &print);
    }
    Ok(problem)
}

/// Name, size and modification time of every migration file, and the sum file's hash.
pub(crate) fn fingerprint(dir: &MigrationDir) -> Option<String> {
    let sum = std::fs::read(dir.path.join(SUM_FILE)).ok()?;
    let mut out = format!("{}\n", hex(&Sha256::digest(&sum)));
    for path in dir.files() {
        let name = path.file_name()?.to_string_lossy();
        out.push_str(&format!("{name} {}\n", super::file_stamp(&path)?));
    }
    Some(out)
}

pub fn sum_path(dir: &Path) -> std::path::PathBuf {
    dir.join(SUM_FILE)
}
