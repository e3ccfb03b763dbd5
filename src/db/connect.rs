//! Connecting to a target database: TLS per sslmode (native-tls), timeouts,
//! application_name, session lock/statement timeouts, and creating the
//! database on a shared server the first time.

use super::{describe, mask_url, DbError};
use crate::target::{DatabaseTarget, SslMode};
use postgres_native_tls::MakeTlsConnector;
use tokio_postgres::config::SslMode as PgSslMode;
use tokio_postgres::{Client, Config, NoTls};

/// Connectors built so far, by (sslmode, CA file): building one loads the
/// system's CA bundle, tens of milliseconds, so a run builds each kind once.
type ConnectorCache = std::sync::Mutex<std::collections::HashMap<(&'static str, Option<std::path::PathBuf>), MakeTlsConnector>>;
static CONNECTORS: std::sync::OnceLock<ConnectorCache> = std::sync::OnceLock::new();

fn tls_connector(t: &DatabaseTarget) -> Result<Option<MakeTlsConnector>, DbError> {
    if t.tls.mode == SslMode::Disable {
        return Ok(None);
    }
    let key = (t.tls.mode.as_str(), t.tls.ca_file.clone());
    let cache = CONNECTORS.get_or_init(Default::default);
    if let Some(c) = cache.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return Ok(Some(c));
    }
    let built = build_connector(t)?;
    if let (Ok(mut m), Some(c)) = (cache.lock(), &built) {
        m.insert(key, c.clone());
    }
    Ok(built)
}

/// sslmode=prefer over TCP to a single host asks the server first (an 8-byte
/// SSLRequest). When it declines, the same socket carries the plain session,
/// as libpq does: no TLS connector is built and the server starts one backend,
/// not two. `None` when the server offers TLS or anything is in doubt: the
/// caller then connects the usual way and the real connection decides.
async fn connect_if_tls_declined(config: &Config, timeout: std::time::Duration) -> Option<Result<Client, tokio_postgres::Error>> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (hosts, ports) = (config.get_hosts(), config.get_ports());
    // a Unix socket never speaks TLS in tokio-postgres; several hosts keep their fallback order
    let [tokio_postgres::config::Host::Tcp(host)] = hosts else { return None };
    let port = ports.first().copied().unwrap_or(5432);
    let probe = async {
        let addr = tokio::net::lookup_host((host.as_str(), port)).await.ok()?.next()?;
        let socket = if addr.is_ipv4() { tokio::net::TcpSocket::new_v4() } else { tokio::net::TcpSocket::new_v6() }.ok()?;
        // what tokio-postgres sets on its own sockets
        socket.set_keepalive(true).ok()?;
        socket.set_nodelay(true).ok()?;
        let mut stream = socket.connect(addr).await.ok()?;
        stream.write_all(&[0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]).await.ok()?;
        let mut answer = [0u8; 1];
        stream.read_exact(&mut answer).await.ok()?;
        (answer[0] == b'N').then_some(stream)
    };
    let stream = tokio::time::timeout(timeout, probe).await.ok()??;
    let mut plain = config.clone();
    plain.ssl_mode(PgSslMode::Disable);
    // a server that stalls the start-up is left to the usual path and its timeout
    let started = tokio::time::timeout(timeout, plain.connect_raw(stream, NoTls)).await.ok()?;
    Some(started.map(|(client, conn)| super::drive(client, conn)))
}

fn build_connector(t: &DatabaseTarget) -> Result<Option<MakeTlsConnector>, DbError> {
    let target = t.display.clone();
    let mut b = native_tls::TlsConnector::builder();
    match t.tls.mode {
        SslMode::Disable => return Ok(None),
        // prefer/require encrypt but do not verify, as libpq does
        SslMode::Prefer | SslMode::Require => {
            b.danger_accept_invalid_certs(true).danger_accept_invalid_hostnames(true);
        }
        SslMode::VerifyCa => {
            b.danger_accept_invalid_hostnames(true);
        }
        SslMode::VerifyFull => {}
    }
    if let Some(ca) = &t.tls.ca_file {
        let pem = std::fs::read(ca)
            .map_err(|e| DbError::Connect { target: target.clone(), message: format!("cannot read CA file {}: {e}", ca.display()) })?;
        let cert = native_tls::Certificate::from_pem(&pem).map_err(|e| DbError::Connect {
            target: target.clone(),
            message: format!("CA file {} is not a PEM certificate: {e}", ca.display()),
        })?;
        b.add_root_certificate(cert);
    }
    let connector = b.build().map_err(|e| DbError::Connect { target, message: format!("cannot set up TLS: {e}") })?;
    Ok(Some(MakeTlsConnector::new(connector)))
}

fn config_for(t: &DatabaseTarget, url: &str) -> Result<Config, DbError> {
    let mut config: Config =
        url.parse().map_err(|e: tokio_postgres::Error| DbError::Connect { target: mask_url(url), message: describe(&e).0 })?;
    config.connect_timeout(t.connect_timeout);
    config.application_name(&t.application_name);
    config.ssl_mode(match t.tls.mode {
        SslMode::Disable => PgSslMode::Disable,
        SslMode::Prefer => PgSslMode::Prefer,
        _ => PgSslMode::Require,
    });
    Ok(config)
}

/// Explains a failed connection in terms of what the user can change.
fn connect_error(t: &DatabaseTarget, e: &tokio_postgres::Error) -> DbError {
    let (message, _) = describe(e);
    let message = explain_tls(t, &message).unwrap_or(message);
    DbError::Connect { target: t.display.clone(), message }
}

/// Rewrites TLS failures (an untrusted or misnamed certificate, a server without
/// TLS, a server that insists on it) as what went wrong and which setting fixes it.
fn explain_tls(t: &DatabaseTarget, message: &str) -> Option<String> {
    let lower = message.to_ascii_lowercase();
    let mode = &t.tls.mode.as_str();
    if lower.contains("server does not support tls") || lower.contains("server does not support ssl") {
        return Some(format!(
            "the server does not offer TLS, but sslmode={mode} requires it: enable ssl on the server, or lower sslmode \
             only on a network you trust"
        ));
    }
    if lower.contains("tls handshake") || lower.contains("certificate verify failed") {
        let Some(reason) = verify_reason(message) else {
            return Some(format!("TLS handshake failed (sslmode={mode}): {}", without_repeats(message)));
        };
        let r = reason.to_ascii_lowercase();
        if r.contains("hostname mismatch") || r.contains("ip address mismatch") {
            return Some(format!(
                "TLS: the server's certificate does not name the host {} ({reason}); sslmode=verify-full needs the URL's host \
                 among the certificate's names (subjectAltName): connect by a name the certificate lists, or use \
                 sslmode=verify-ca to check only who signed it",
                hosts(t)
            ));
        }
        if r.contains("expired") || r.contains("not yet valid") {
            return Some(format!("TLS: the server's certificate is not valid now ({reason}); renew the certificate on the server"));
        }
        let trust = match &t.tls.ca_file {
            Some(ca) => format!("the CA file {}", ca.display()),
            None => "the system's trusted CAs (the target sets no ca_file)".to_string(),
        };
        return Some(format!(
            "TLS: the server's certificate is not trusted ({reason}): sslmode={mode} accepts only a certificate signed by \
             {trust}; point ca_file at the CA that signed the server's certificate"
        ));
    }
    if t.tls.mode == SslMode::Disable && lower.contains("no pg_hba.conf entry") && lower.contains("no encryption") {
        return Some(format!(
            "{message} (the server requires TLS for this connection and the target has sslmode=disable: set \
             `sslmode: require` or stricter on the target)"
        ));
    }
    None
}

/// "…certificate verify failed:…: (unable to get local issuer certificate)…" → "unable to get local issuer certificate"
fn verify_reason(message: &str) -> Option<String> {
    let at = message.find("certificate verify failed")?;
    let rest = &message[at..];
    let open = rest.find('(')?;
    let close = rest[open..].find(')')?;
    Some(rest[open + 1..open + close].to_string())
}

/// An error's source chain often repeats its last part ("A: B: B"); keep it once.
fn without_repeats(message: &str) -> String {
    let mut parts: Vec<&str> = message.split(": ").collect();
    'shrink: loop {
        let n = parts.len();
        for k in 1..=n / 2 {
            if parts[n - 2 * k..n - k] == parts[n - k..] {
                parts.truncate(n - k);
                continue 'shrink;
            }
        }
        break;
    }
    parts.join(": ")
}

/// The host(s) the target connects to, for messages.
fn hosts(t: &DatabaseTarget) -> String {
    let Ok(config) = t.url.parse::<Config>() else { return "in the URL".to_string() };
    let names: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .collect();
    if names.is_empty() {
        "in the URL".to_string()
    } else {
        names.join(", ")
    }
}

async fn raw_connect(config: &Config, tls: &Option<MakeTlsConnector>) -> Result<Client, tokio_postgres::Error> {
    match tls.clone() {
        Some(tls) => config.connect(tls).await.map(|(client, conn)| super::drive(client, conn)),
        None => config.connect(NoTls).await.map(|(client, conn)| super::drive(client, conn)),
    }
}

/// Connects to the target's database, creating it first on a shared server.
pub async fn connect_target(t: &DatabaseTarget) -> Result<Client, DbError> {
    let config = config_for(t, &t.url)?;
    let declined = match t.tls.mode == SslMode::Prefer && t.tls.ca_file.is_none() {
        true => connect_if_tls_declined(&config, t.connect_timeout).await,
        false => None,
    };
    let (first, tls) = match declined {
        Some(plain) => (plain, None),
        None => {
            // TLS setup problems (an unreadable CA file) surface before any other network I/O
            let tls = tls_connector(t)?;
            (raw_connect(&config, &tls).await, tls)
        }
    };
    let client = match first {
        Ok(c) => c,
        Err(e) if t.create_if_missing && e.as_db_error().is_some_and(|d| d.code().code() == "3D000") => {
            create_database(t, &config, &tls).await?;
            raw_connect(&config, &tls).await.map_err(|e| connect_error(t, &e))?
        }
        Err(e) => return Err(connect_error(t, &e)),
    };
    let setup = format!(
        "SET lock_timeout = {}; SET statement_timeout = {};",
        crate::sql::quote_literal(&t.lock_timeout),
        crate::sql::quote_literal(&t.statement_timeout)
    );
    super::execute(&client, &setup, &format!("{}: setting timeouts", t.display)).await?;
    Ok(client)
}

async fn create_database(t: &DatabaseTarget, config: &Config, tls: &Option<MakeTlsConnector>) -> Result<(), DbError> {
    let mut admin_config = config.clone();
    admin_config.dbname("postgres");
    let admin = raw_connect(&admin_config, tls).await.map_err(|e| connect_error(t, &e))?;
    let sql = format!("CREATE DATABASE {}", crate::sql::quote_ident(&t.dbname));
    match admin.batch_execute(&sql).await {
        Ok(()) => Ok(()),
        // another process created it at the same moment
        Err(e) if e.as_db_error().is_some_and(|d| d.code().code() == "42P04") => Ok(()),
        Err(e) => {
            Err(DbError::Sql { context: format!("{}: creating database {}", t.display, t.dbname), message: describe(&e).0, position: None })
        }
    }
}

/// A copy of `t` that points at database `dbname` on the same server.
pub fn with_database(t: &DatabaseTarget, dbname: &str) -> DatabaseTarget {
    let mut out = t.clone();
    let (base, query) = t.url.split_once('?').map_or((t.url.as_str(), None), |(b, q)| (b, Some(q)));
    let root = base.rsplit_once('/').map_or(base, |(r, _)| r);
    out.url = match query {
        Some(q) => format!("{root}/{dbname}?{q}"),
        None => format!("{root}/{dbname}"),
    };
    out.display = super::mask_url(&out.url);
    out.dbname = dbname.to_string();
    out
}

/// Puts database `scratch` in the place of `t`'s database: the old one is
/// renamed aside, the scratch one takes its name, then the old one is dropped.
/// Sessions on either database are ended first.
pub async fn replace_database(t: &DatabaseTarget, scratch: &str) -> Result<(), DbError> {
    let admin_target = with_database(t, "postgres");
    let tls = tls_connector(&admin_target)?;
    let config = config_for(&admin_target, &admin_target.url)?;
    let admin = raw_connect(&config, &tls).await.map_err(|e| connect_error(&admin_target, &e))?;
    let old = crate::sql::bounded_name(&format!("{}__replaced", t.dbname));
    let q = crate::sql::quote_ident;
    // one statement per message: DROP DATABASE cannot run in a transaction block
    let statements = [
        format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", q(&old)),
        format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN ({}, {}) AND pid <> pg_backend_pid()",
            crate::sql::quote_literal(&t.dbname),
            crate::sql::quote_literal(scratch)
        ),
        format!("ALTER DATABASE {} RENAME TO {}", q(&t.dbname), q(&old)),
        format!("ALTER DATABASE {} RENAME TO {}", q(scratch), q(&t.dbname)),
        format!("DROP DATABASE {} WITH (FORCE)", q(&old)),
    ];
    for sql in &statements {
        admin.batch_execute(sql).await.map_err(|e| DbError::Sql {
            context: format!("{}: swapping in the restored database", t.display),
            message: describe(&e).0,
            position: None,
        })?;
    }
    Ok(())
}

/// Drops `t`'s database, ending its sessions first; nothing when it is already gone.
pub async fn drop_database(t: &DatabaseTarget) -> Result<(), DbError> {
    let admin_target = with_database(t, "postgres");
    let tls = tls_connector(&admin_target)?;
    let config = config_for(&admin_target, &admin_target.url)?;
    let admin = raw_connect(&config, &tls).await.map_err(|e| connect_error(&admin_target, &e))?;
    let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", crate::sql::quote_ident(&t.dbname));
    admin.batch_execute(&sql).await.map_err(|e| DbError::Sql {
        context: format!("{}: dropping database {}", admin_target.display, t.dbname),
        message: describe(&e).0,
        position: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HANDSHAKE: &str = "error performing TLS handshake: error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:../ssl/statem/statem_clnt.c:1889: (IP address mismatch): error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:../ssl/statem/statem_clnt.c:1889: (IP address mismatch)";

    #[test]
    fn tls_failures_are_told_once_with_their_reason() {
        assert_eq!(verify_reason(HANDSHAKE).as_deref(), Some("IP address mismatch"));
        assert_eq!(verify_reason("error performing TLS handshake: unexpected EOF"), None);
        assert_eq!(without_repeats("a: b: c: b: c"), "a: b: c");
        assert_eq!(without_repeats("a: b: b: b"), "a: b");
        assert_eq!(without_repeats("a: b"), "a: b");
    }
}
