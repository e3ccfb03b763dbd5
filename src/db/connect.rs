//! Connecting to a target database: TLS per sslmode (native-tls), timeouts,
//! application_name, session lock/statement timeouts, and creating the
//! database on a shared server the first time.

use super::{describe, mask_url, DbError};
use crate::target::{DatabaseTarget, SslMode};
use postgres_native_tls::MakeTlsConnector;
use tokio_postgres::config::SslMode as PgSslMode;
use tokio_postgres::{Client, Config, NoTls};

fn tls_connector(t: &DatabaseTarget) -> Result<Option<MakeTlsConnector>, DbError> {
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
    let (mut message, _) = describe(e);
    let lower = message.to_ascii_lowercase();
    if lower.contains("certificate") || lower.contains("handshake") {
        message.push_str(match t.tls.mode {
            SslMode::VerifyFull => " (sslmode=verify-full: the server certificate must be signed by the CA file and name this host)",
            SslMode::VerifyCa => " (sslmode=verify-ca: the server certificate must be signed by the CA file)",
            _ => "",
        });
    } else if lower.contains("server does not support tls") || lower.contains("server does not support ssl") {
        message = format!("{message} (sslmode={:?} requires TLS; the server offers none)", t.tls.mode).to_lowercase();
    } else if lower.contains("no pg_hba.conf entry") && lower.contains("no encryption") {
        message.push_str(" (the server requires TLS: set `sslmode: require` or stricter on the target)");
    }
    DbError::Connect { target: t.display.clone(), message }
}

async fn raw_connect(config: &Config, tls: &Option<MakeTlsConnector>) -> Result<Client, tokio_postgres::Error> {
    match tls.clone() {
        Some(tls) => {
            let (client, conn) = config.connect(tls).await?;
            tokio::spawn(async move {
                let _ = conn.await;
            });
            Ok(client)
        }
        None => {
            let (client, conn) = config.connect(NoTls).await?;
            tokio::spawn(async move {
                let _ = conn.await;
            });
            Ok(client)
        }
    }
}

/// Connects to the target's database, creating it first on a shared server.
pub async fn connect_target(t: &DatabaseTarget) -> Result<Client, DbError> {
    // TLS setup problems (an unreadable CA file) surface before any network I/O
    let tls = tls_connector(t)?;
    let config = config_for(t, &t.url)?;
    let client = match raw_connect(&config, &tls).await {
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
