//! TLS against a real server that accepts only TLS connections, with
//! certificates made by the openssl CLI: each sslmode connects or fails as libpq
//! would, failures say what to change, and the URL's password never shows.

use crate::harness::*;
use provision::cluster::{ClusterOptions, TempCluster};
use provision::db::{backup, connect_target, mask_url};
use provision::target::{DatabaseTarget, SslMode, Tls};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

const PASSWORD: &str = "Tls-Secret-4417";

const HBA_TLS_ONLY: &str = "local all all trust
hostssl all all 127.0.0.1/32 trust
hostssl all all ::1/128 trust
";

struct Certs {
    ca: PathBuf,
    other_ca: PathBuf,
    /// Signed by `ca` for localhost and 127.0.0.1.
    server: (PathBuf, PathBuf),
    /// Signed by `ca`, naming only db.invalid.
    invalid_name: (PathBuf, PathBuf),
}

static CERTS: OnceLock<Certs> = OnceLock::new();
static SERVER: OnceLock<TempCluster> = OnceLock::new();

/// Runs `openssl` with whitespace-separated arguments (none of ours contain spaces).
fn openssl(dir: &Path, args: &str) {
    let out = Command::new("openssl")
        .args(args.split_whitespace())
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run openssl ({e}); install it with `apt-get install -y openssl`"));
    assert!(out.status.success(), "openssl {args} failed:\n{}", String::from_utf8_lossy(&out.stderr));
}

/// P-256 keys: quick to make, and both PostgreSQL and native-tls take them.
const NEW_KEY: &str = "-nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1";

fn ca(dir: &Path, name: &str) {
    openssl(
        dir,
        &format!(
            "req -x509 -new {NEW_KEY} -keyout {name}.key -out {name}.crt -days 3 -subj /CN=provision-test-{name} \
             -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign"
        ),
    );
}

fn server_cert(dir: &Path, name: &str, cn: &str, san: &str, serial: &str) -> (PathBuf, PathBuf) {
    openssl(dir, &format!("req -new {NEW_KEY} -keyout {name}.key -out {name}.csr -subj /CN={cn}"));
    let ext = format!(
        "subjectAltName={san}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
    );
    std::fs::write(dir.join(format!("{name}.ext")), ext).expect("write ext");
    openssl(
        dir,
        &format!("x509 -req -in {name}.csr -CA ca.crt -CAkey ca.key -set_serial {serial} -out {name}.crt -days 3 -extfile {name}.ext"),
    );
    let key = dir.join(format!("{name}.key"));
    // The server refuses a key others can read; as root it runs as `postgres`, which must own it.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).expect("chmod key");
    if let Some((uid, gid)) = cluster().run_as() {
        std::os::unix::fs::chown(&key, Some(uid), Some(gid)).expect("chown key");
    }
    std::fs::set_permissions(dir.join(format!("{name}.crt")), std::fs::Permissions::from_mode(0o644)).expect("chmod cert");
    (dir.join(format!("{name}.crt")), key)
}

fn certs() -> &'static Certs {
    CERTS.get_or_init(|| {
        // Inside the shared cluster's temp dir, which is deleted with it even when
        // this process dies: a static's own temp dir would never be dropped.
        let dir = cluster().dir().join("tls");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).expect("mkdir tls");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod tls dir");
        ca(&dir, "ca");
        ca(&dir, "other-ca");
        let server = server_cert(&dir, "server", "localhost", "DNS:localhost,IP:127.0.0.1", "4097");
        let invalid_name = server_cert(&dir, "invalid", "db.invalid", "DNS:db.invalid", "4098");
        Certs { ca: dir.join("ca.crt"), other_ca: dir.join("other-ca.crt"), server, invalid_name }
    })
}

fn start_tls_cluster(cert: &(PathBuf, PathBuf)) -> TempCluster {
    let settings = vec![
        ("ssl".to_string(), "on".to_string()),
        ("ssl_cert_file".to_string(), cert.0.display().to_string()),
        ("ssl_key_file".to_string(), cert.1.display().to_string()),
    ];
    TempCluster::start(ClusterOptions { port: None, fast: true, settings, hba: Some(HBA_TLS_ONLY.to_string()) })
        .unwrap_or_else(|e| panic!("cannot start a TLS-only cluster: {e}"))
}

/// The TLS-only server with the localhost certificate, shared by the tests here.
fn server() -> &'static TempCluster {
    SERVER.get_or_init(|| start_tls_cluster(&certs().server))
}

fn target(c: &TempCluster, host: &str, mode: SslMode, ca_file: Option<&Path>) -> DatabaseTarget {
    let url = format!("postgres://postgres:{PASSWORD}@{host}:{}/postgres", c.port());
    DatabaseTarget {
        logical: "main".into(),
        display: mask_url(&url),
        url,
        dbname: "postgres".into(),
        create_if_missing: false,
        tls: Tls { mode, ca_file: ca_file.map(Path::to_path_buf) },
        connect_timeout: Duration::from_secs(10),
        lock_timeout: "5s".into(),
        statement_timeout: "0".into(),
        application_name: "provision".into(),
    }
}

/// Connects and checks the session is encrypted, or returns the error's text
/// (Display and Debug, so a leak in either is caught).
fn connect(t: &DatabaseTarget) -> Result<(), String> {
    let result = block_on(async {
        let client = connect_target(t).await?;
        let row = client
            .query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[])
            .await
            .map_err(|e| provision::db::DbError::Sql { context: "pg_stat_ssl".into(), message: e.to_string(), position: None })?;
        Ok::<bool, provision::db::DbError>(row.get(0))
    });
    match result {
        Ok(ssl) => {
            assert!(ssl, "{}: connected without TLS", t.display);
            Ok(())
        }
        Err(e) => {
            let text = format!("{e}\n{e:?}");
            assert!(!text.contains(PASSWORD), "the password leaked: {text}");
            Err(e.to_string())
        }
    }
}

#[test]
fn verify_full_with_the_right_ca_connects() {
    let c = server();
    connect(&target(c, "127.0.0.1", SslMode::VerifyFull, Some(&certs().ca))).expect("verify-full by IP address");
    connect(&target(c, "localhost", SslMode::VerifyFull, Some(&certs().ca))).expect("verify-full by host name");
    connect(&target(c, "127.0.0.1", SslMode::VerifyCa, Some(&certs().ca))).expect("verify-ca");
}

#[test]
fn verify_full_with_the_wrong_ca_fails_naming_the_certificate() {
    let c = server();
    for mode in [SslMode::VerifyFull, SslMode::VerifyCa] {
        let t = target(c, "127.0.0.1", mode.clone(), Some(&certs().other_ca));
        let err = connect(&t).expect_err("a certificate from another CA must be refused");
        assert!(err.contains("certificate is not trusted"), "{mode:?}: {err}");
        assert!(err.contains(&certs().other_ca.display().to_string()), "{mode:?}: names the CA file: {err}");
        assert!(err.contains(&t.display), "{mode:?}: names the target: {err}");
    }
}

#[test]
fn verify_full_checks_the_host_name_and_verify_ca_does_not() {
    let c = start_tls_cluster(&certs().invalid_name);
    let err = connect(&target(&c, "127.0.0.1", SslMode::VerifyFull, Some(&certs().ca))).expect_err("the name db.invalid must not match");
    assert!(err.contains("certificate does not name the host 127.0.0.1"), "says the name is wrong: {err}");
    assert!(err.contains("verify-ca"), "says what else would work: {err}");
    connect(&target(&c, "127.0.0.1", SslMode::VerifyCa, Some(&certs().ca))).expect("verify-ca ignores the name");
    connect(&target(&c, "127.0.0.1", SslMode::Require, None)).expect("require ignores the name");
}

#[test]
fn require_connects_without_a_ca() {
    let c = server();
    connect(&target(c, "127.0.0.1", SslMode::Require, None)).expect("require");
    connect(&target(c, "127.0.0.1", SslMode::Prefer, None)).expect("prefer");
}

#[test]
fn require_against_a_server_without_tls_says_so() {
    // the shared cluster has ssl off
    let url = cluster().url("postgres").replacen("postgres@", &format!("postgres:{PASSWORD}@"), 1);
    let t = DatabaseTarget { display: mask_url(&url), url, ..target(server(), "127.0.0.1", SslMode::Require, None) };
    let err = connect(&t).expect_err("require needs TLS");
    assert!(err.contains("does not offer TLS") && err.contains("sslmode=require"), "{err}");
}

#[test]
fn disable_is_refused_by_a_tls_only_server() {
    let c = server();
    let err = connect(&target(c, "127.0.0.1", SslMode::Disable, None)).expect_err("hostssl-only must refuse plain connections");
    assert!(err.contains("requires TLS"), "says TLS is required: {err}");
    assert!(err.contains("sslmode"), "says what to change: {err}");
}

#[test]
fn no_error_shows_the_password() {
    let c = server();
    let missing_ca = cluster().dir().join("tls").join("no-such-ca.crt");
    let not_a_cert = certs().server.0.with_file_name("server.ext");
    let with_url = |url: String| DatabaseTarget { display: mask_url(&url), url, ..target(c, "127.0.0.1", SslMode::Require, None) };
    let cases = [
        target(c, "127.0.0.1", SslMode::Disable, None),
        target(c, "127.0.0.1", SslMode::VerifyFull, Some(&certs().other_ca)),
        target(c, "127.0.0.1", SslMode::VerifyFull, Some(&missing_ca)),
        target(c, "127.0.0.1", SslMode::VerifyFull, Some(&not_a_cert)),
        with_url(format!("postgres://postgres:{PASSWORD}@127.0.0.1:1/postgres")),
        with_url(format!("postgres://postgres:{PASSWORD}@127.0.0.1:{}/no_such_db", c.port())),
        with_url(format!("postgres://postgres:{PASSWORD}@127.0.0.1:{}/postgres?sslmode=bogus", c.port())),
    ];
    for t in &cases {
        // `connect` asserts the password is absent from Display and Debug
        let err = connect(t).expect_err("each case fails");
        assert!(err.contains(&t.display), "names the masked target: {err}");
    }
}

#[test]
fn backup_and_restore_speak_tls_to_a_tls_only_server() {
    let c = server();
    let ca = &certs().ca;
    let admin = target(c, "127.0.0.1", SslMode::VerifyFull, Some(ca));
    let dbname = format!("tls_backup_{}", std::process::id());
    block_on(async {
        let client = connect_target(&admin).await.expect("connect");
        client.batch_execute(&format!("DROP DATABASE IF EXISTS {dbname}")).await.expect("drop db");
        client.batch_execute(&format!("CREATE DATABASE {dbname}")).await.expect("create db");
    });
    let url = format!("postgres://postgres:{PASSWORD}@127.0.0.1:{}/{dbname}", c.port());
    let t = DatabaseTarget { display: mask_url(&url), url, dbname: dbname.clone(), ..admin.clone() };
    block_on(async {
        let client = connect_target(&t).await.expect("connect");
        client.batch_execute("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t SELECT generate_series(1, 42);").await.expect("fill");
    });
    // pg_dump/pg_restore from the server's own version: the shared server picks any newer one otherwise
    let bin = c.server_bin_dir().to_path_buf();
    let out = tempfile::tempdir().expect("tempdir");
    let manifest = block_on(backup::backup(&t, out.path(), Some(&bin))).unwrap_or_else(|e| panic!("backup over verify-full: {e}"));
    assert!(manifest.size_bytes > 0);
    block_on(async {
        let client = connect_target(&t).await.expect("connect");
        client.batch_execute("DROP TABLE t").await.expect("drop");
    });
    let report = block_on(backup::restore(&t, &backup::manifest_path(out.path(), "main"), Some(&bin)))
        .unwrap_or_else(|e| panic!("restore over verify-full: {e}"));
    assert_eq!(report.ledger_version, 0);
    let count: i64 = block_on(async {
        let client = connect_target(&t).await.expect("connect");
        client.query_one("SELECT count(*) FROM t", &[]).await.expect("count").get(0)
    });
    assert_eq!(count, 42);

    // A plain target is refused (before pg_dump runs), and says why.
    let plain = DatabaseTarget { tls: Tls { mode: SslMode::Disable, ca_file: None }, ..t.clone() };
    let err = block_on(backup::backup(&plain, out.path(), Some(&bin))).expect_err("plain connections are refused");
    let text = format!("{err}\n{err:?}");
    assert!(!text.contains(PASSWORD), "the password leaked: {text}");
    assert!(err.to_string().contains("TLS"), "{err}");

    block_on(async {
        let client = connect_target(&admin).await.expect("connect");
        client.batch_execute(&format!("DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")).await.expect("drop db");
    });
}
