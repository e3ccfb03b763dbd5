//! Targets: where `apply`, `status`, `verify`, ... connect. Resolves a target
//! named in provision.yaml (or the implicit `local`) against the environment
//! into one connection description per logical database. URLs come only from
//! environment variables; passwords are never printed (see `db::mask_url`).

use crate::compile::{ProjectModel, Target};
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    /// The libpq spelling.
    pub fn as_str(&self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    pub fn parse(s: &str) -> Option<SslMode> {
        Some(match s {
            "disable" => SslMode::Disable,
            "prefer" | "allow" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Tls {
    pub mode: SslMode,
    pub ca_file: Option<std::path::PathBuf>,
}

/// Connection settings of one logical database on a target.
#[derive(Debug, Clone)]
pub struct DatabaseTarget {
    pub logical: String,
    /// Full URL with credentials: pass to `db`, never print (use `display`).
    pub url: String,
    pub display: String,
    /// The database name on the server.
    pub dbname: String,
    /// Shared-server targets create their databases when missing.
    pub create_if_missing: bool,
    pub tls: Tls,
    pub connect_timeout: std::time::Duration,
    pub lock_timeout: String,
    pub statement_timeout: String,
    pub application_name: String,
}

#[derive(Debug, Clone)]
pub struct ResolvedTarget {
    pub name: String,
    pub databases: Vec<DatabaseTarget>,
    pub parallel: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum TargetError {
    #[error("unknown target `{name}`; provision.yaml defines: {known}")]
    Unknown { name: String, known: String },
    #[error("target `{target}`: environment variable {var} (the URL of database `{database}`) is not set")]
    MissingEnv { target: String, database: String, var: String },
    #[error("target `{target}` has no URL for database `{database}`: add `databases: {{ {database}: {{ url_env: VARIABLE }} }}` or a target-level `url_env`")]
    NoUrl { target: String, database: String },
    #[error("target `{target}`: {message}")]
    BadUrl { target: String, message: String },
    #[error("target `local`: $DATABASE_URL is not set and the project's local cluster is not running; start it with `provision dev up`")]
    NoLocalCluster,
}

/// Where `provision dev up` keeps the project's cluster.
pub fn dev_data_dir(root: &Path) -> std::path::PathBuf {
    root.join(".provision").join("pgdata")
}

/// The URL of the project's local cluster when it exists and runs.
pub fn dev_cluster_url(root: &Path) -> Option<String> {
    let c = crate::cluster::Cluster::open(&dev_data_dir(root)).ok()?;
    c.is_running().then(|| c.url("postgres"))
}

pub fn resolve(
    project: &ProjectModel,
    root: &Path,
    name: &str,
    env: &dyn Fn(&str) -> Option<String>,
    only: &[String],
) -> Result<ResolvedTarget, TargetError> {
    let implicit_local;
    let target: &Target = match project.targets.iter().find(|t| t.name == name) {
        Some(t) => t,
        None if name == "local" => {
            implicit_local = Target {
                name: "local".into(),
                url_env: None,
                databases: Vec::new(),
                sslmode: None,
                ca_file: None,
                connect_timeout: None,
                lock_timeout: None,
                statement_timeout: None,
                application_name: None,
                parallel: None,
            };
            &implicit_local
        }
        None => {
            let mut known: Vec<&str> = project.targets.iter().map(|t| t.name.as_str()).collect();
            if !known.contains(&"local") {
                known.push("local");
            }
            return Err(TargetError::Unknown { name: name.to_string(), known: known.join(", ") });
        }
    };
    let mut databases = Vec::new();
    for logical in &project.databases {
        if !only.is_empty() && !only.contains(logical) {
            continue;
        }
        let entry = target.databases.iter().find(|d| &d.name == logical);
        let (url, shared) = match entry.and_then(|e| e.url_env.as_ref()) {
            Some(var) => (
                env(var).filter(|v| !v.is_empty()).ok_or_else(|| TargetError::MissingEnv {
                    target: name.into(),
                    database: logical.clone(),
                    var: var.clone(),
                })?,
                false,
            ),
            None => match &target.url_env {
                Some(var) => (
                    env(var).filter(|v| !v.is_empty()).ok_or_else(|| TargetError::MissingEnv {
                        target: name.into(),
                        database: logical.clone(),
                        var: var.clone(),
                    })?,
                    true,
                ),
                None if name == "local" => match env("DATABASE_URL").filter(|v| !v.is_empty()) {
                    Some(u) => (u, true),
                    None => (dev_cluster_url(root).ok_or(TargetError::NoLocalCluster)?, true),
                },
                None => return Err(TargetError::NoUrl { target: name.into(), database: logical.clone() }),
            },
        };
        let (base, params) = split_params(&url);
        let mut tls_mode = params.iter().find(|(k, _)| k == "sslmode").and_then(|(_, v)| SslMode::parse(v));
        if let Some(m) = &target.sslmode {
            tls_mode = SslMode::parse(m);
        }
        let ca_file = target
            .ca_file
            .as_ref()
            .map(|f| if Path::new(f).is_absolute() { f.into() } else { root.join(f) })
            .or_else(|| params.iter().find(|(k, _)| k == "sslrootcert").map(|(_, v)| v.into()));
        // sslmode/sslrootcert are ours to interpret (tokio-postgres knows only disable/prefer/require)
        let kept: Vec<String> =
            params.iter().filter(|(k, _)| k != "sslmode" && k != "sslrootcert").map(|(k, v)| format!("{k}={v}")).collect();
        let url_dbname = dbname_of(&base);
        let dbname = match (entry.and_then(|e| e.database.clone()), shared) {
            (Some(n), _) => n,
            (None, true) => format!("{}_{}", project.name, logical),
            (None, false) => url_dbname.clone().ok_or_else(|| TargetError::BadUrl {
                target: name.into(),
                message: format!("the URL of database `{logical}` names no database"),
            })?,
        };
        let url = with_dbname(&base, &dbname, &kept);
        databases.push(DatabaseTarget {
            logical: logical.clone(),
            display: crate::db::mask_url(&url),
            url,
            dbname,
            create_if_missing: shared,
            tls: Tls { mode: tls_mode.unwrap_or(SslMode::Prefer), ca_file },
            connect_timeout: std::time::Duration::from_secs(target.connect_timeout.unwrap_or(10).max(1) as u64),
            lock_timeout: target.lock_timeout.clone().unwrap_or_else(|| project.lock_timeout.clone()),
            statement_timeout: target.statement_timeout.clone().unwrap_or_else(|| "0".into()),
            application_name: target.application_name.clone().unwrap_or_else(|| "provision".into()),
        });
    }
    Ok(ResolvedTarget { name: name.to_string(), databases, parallel: target.parallel.unwrap_or(4).max(1) as usize })
}

fn split_params(url: &str) -> (String, Vec<(String, String)>) {
    match url.split_once('?') {
        Some((base, q)) => (
            base.to_string(),
            q.split('&')
                .filter(|kv| !kv.is_empty())
                .map(|kv| match kv.split_once('=') {
                    Some((k, v)) => (k.to_string(), v.to_string()),
                    None => (kv.to_string(), String::new()),
                })
                .collect(),
        ),
        None => (url.to_string(), Vec::new()),
    }
}

fn dbname_of(base: &str) -> Option<String> {
    let rest = base.split_once("://").map_or(base, |(_, r)| r);
    let (_, path) = rest.split_once('/')?;
    (!path.is_empty()).then(|| path.to_string())
}

fn with_dbname(base: &str, dbname: &str, params: &[String]) -> String {
    let (scheme, rest) = base.split_once("://").unwrap_or(("postgres", base));
    let authority = rest.split_once('/').map_or(rest, |(a, _)| a);
    let mut url = format!("{scheme}://{authority}/{dbname}");
    if !params.is_empty() {
        url.push('?');
        url.push_str(&params.join("&"));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_surgery() {
        let (b, p) = split_params("postgres://u:p@h:5/db?sslmode=verify-full&application_name=x");
        assert_eq!(b, "postgres://u:p@h:5/db");
        assert_eq!(p.len(), 2);
        assert_eq!(dbname_of(&b).as_deref(), Some("db"));
        assert_eq!(with_dbname(&b, "proj_main", &["application_name=x".into()]), "postgres://u:p@h:5/proj_main?application_name=x");
        assert_eq!(dbname_of("postgres://h:5"), None);
    }
}
