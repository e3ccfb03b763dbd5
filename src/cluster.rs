//! Local PostgreSQL clusters: throwaway ones for tests ([`TempCluster`]) and the
//! persistent project-private one behind `provision dev` ([`Cluster`]).
//!
//! Only the server binaries are used (`initdb`, `pg_ctl`, `postgres`); readiness
//! comes from `pg_ctl -w`. For a data dir `<parent>/<name>` the files kept beside
//! it (so the data dir holds only what PostgreSQL puts there) are:
//! `<name>.log` (server log), `<name>.state` (port) and `<name>.sock/` (Unix
//! socket dir; a short dir under /tmp when that path is too long for a socket).

use std::ffi::{CStr, CString, OsStr, OsString};
use std::fs;
use std::io::{self, Read, Seek, SeekFrom};
use std::net::{Ipv4Addr, TcpListener};
use std::ops::Deref;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicU16, Ordering};

const HOST: &str = "127.0.0.1";
/// Database superuser created by initdb, and the OS user the server runs as under root.
const SUPERUSER: &str = "postgres";
const BINDIR_ENV: &str = "PROVISION_PG_BINDIR";
const DEBIAN_PG_ROOT: &str = "/usr/lib/postgresql";
/// A port picked by [`free_port`] can be taken before the server binds it.
const START_ATTEMPTS: usize = 3;
const LOG_TAIL_LINES: usize = 20;
/// `sun_path` holds 108 bytes; keep a margin for `/.s.PGSQL.NNNNN`.
const MAX_SOCKET_DIR_LEN: usize = 90;

/// Options for [`Cluster::init`] and [`TempCluster::start`].
#[derive(Debug, Clone, Default)]
pub struct ClusterOptions {
    /// TCP port on 127.0.0.1; `None` picks a free one.
    pub port: Option<u16>,
    /// Trade durability for speed (tests): fsync, synchronous_commit and full_page_writes off.
    pub fast: bool,
    /// Extra postgresql.conf settings, e.g. `("ssl", "on")`.
    pub settings: Vec<(String, String)>,
    /// Full pg_hba.conf content replacing initdb's default.
    pub hba: Option<String>,
}

impl ClusterOptions {
    /// Options for a test cluster: free port, `fast`.
    pub fn for_tests() -> Self {
        ClusterOptions { fast: true, ..ClusterOptions::default() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopMode {
    /// Roll back open transactions, disconnect clients, checkpoint.
    Fast,
    /// Abort without a checkpoint (crash recovery on next start).
    Immediate,
}

impl StopMode {
    fn as_arg(self) -> &'static str {
        match self {
            StopMode::Fast => "fast",
            StopMode::Immediate => "immediate",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    #[error(
        "PostgreSQL server binaries (initdb, pg_ctl) not found (looked in: {searched}); \
         install with `apt-get install -y postgresql` and set PROVISION_PG_BINDIR if installed elsewhere"
    )]
    BinariesNotFound { searched: String },
    #[error(
        "running as root, but PostgreSQL refuses to run as root and there is no `postgres` OS user \
         to run it as; install with `apt-get install -y postgresql` (it creates the user) or run as a non-root user"
    )]
    NoPostgresUser,
    #[error(
        "the `{user}` OS user (which runs PostgreSQL because we are root) cannot enter {}; \
         use a directory it can reach or `chmod o+x` that one",
        path.display()
    )]
    NotTraversable { path: PathBuf, user: String },
    #[error("{} is not a PostgreSQL data directory (no PG_VERSION); run init first", data_dir.display())]
    NotInitialized { data_dir: PathBuf },
    #[error("cluster state file {}: {reason}", path.display())]
    BadState { path: PathBuf, reason: String },
    #[error("invalid postgresql.conf setting {name:?}: {reason}")]
    InvalidSetting { name: String, reason: String },
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: io::Error,
    },
    #[error("`{command}` failed ({status}):\n{output}")]
    CommandFailed { command: String, status: String, output: String },
    #[error(
        "`{command}` failed ({status}):\n{output}\n--- last lines of the server log {} ---\n{log_tail}",
        log_path.display()
    )]
    StartFailed { command: String, status: String, output: String, log_path: PathBuf, log_tail: String },
}

fn io_err(context: impl Into<String>) -> impl FnOnce(io::Error) -> ClusterError {
    let context = context.into();
    move |source| ClusterError::Io { context, source }
}

/// The OS user the server processes run as when we are root.
#[derive(Debug, Clone)]
struct RunAs {
    uid: u32,
    gid: u32,
    name: String,
    home: PathBuf,
}

/// A PostgreSQL cluster (data dir) and how to run its server.
#[derive(Debug)]
pub struct Cluster {
    data_dir: PathBuf,
    socket_dir: PathBuf,
    log_path: PathBuf,
    state_path: PathBuf,
    // Atomic so a port clash can be retried on a new port through `&self`
    // while `Cluster` stays `Sync` (the test harness keeps it in a static).
    port: AtomicU16,
    /// Whether the port was picked by us (and so may be re-picked on a clash).
    auto_port: bool,
    bin_dir: PathBuf,
    run_as: Option<RunAs>,
}

impl Cluster {
    /// Directory holding initdb/pg_ctl/postgres: `PROVISION_PG_BINDIR`, then the
    /// dir of `initdb` on PATH, then `pg_config --bindir`, then the highest
    /// `/usr/lib/postgresql/*/bin`.
    pub fn bin_dir() -> Result<PathBuf, ClusterError> {
        let mut searched = Vec::new();
        if let Some(dir) = std::env::var_os(BINDIR_ENV).filter(|v| !v.is_empty()) {
            let dir = PathBuf::from(dir);
            if has_server_binaries(&dir) {
                return Ok(dir);
            }
            // An explicit setting that is wrong must not be papered over by a fallback.
            return Err(ClusterError::BinariesNotFound { searched: format!("{BINDIR_ENV}={}", dir.display()) });
        }
        if let Some(path) = std::env::var_os("PATH") {
            for dir in std::env::split_paths(&path) {
                let initdb = dir.join("initdb");
                if is_executable(&initdb) {
                    // Follow a symlink such as /usr/local/bin/initdb to the versioned dir,
                    // so pg_ctl and postgres come from the same install.
                    let real = fs::canonicalize(&initdb).unwrap_or(initdb);
                    if let Some(real_dir) = real.parent() {
                        if has_server_binaries(real_dir) {
                            return Ok(real_dir.to_path_buf());
                        }
                    }
                }
            }
            searched.push("PATH".to_string());
        }
        if let Ok(out) = Command::new("pg_config").arg("--bindir").stdin(Stdio::null()).stderr(Stdio::null()).output() {
            if out.status.success() {
                let dir = PathBuf::from(OsStr::from_bytes(out.stdout.trim_ascii()));
                if has_server_binaries(&dir) {
                    return Ok(dir);
                }
                searched.push(format!("pg_config --bindir ({})", dir.display()));
            }
        }
        if let Some(dir) = debian_bin_dirs().into_iter().last() {
            return Ok(dir);
        }
        searched.push(format!("{DEBIAN_PG_ROOT}/*/bin"));
        Err(ClusterError::BinariesNotFound { searched: searched.join(", ") })
    }

    /// Creates a cluster in `data_dir` with initdb (superuser `postgres`, trust auth,
    /// UTF8, C locale). If `data_dir` already holds a cluster it is opened instead and
    /// `opts` are ignored.
    pub fn init(data_dir: &Path, opts: &ClusterOptions) -> Result<Cluster, ClusterError> {
        let data_dir = absolute(data_dir)?;
        if data_dir.join("PG_VERSION").is_file() {
            return Cluster::open(&data_dir);
        }
        let conf = conf_lines(opts)?;
        let bin_dir = Cluster::bin_dir()?;
        let run_as = run_as_user()?;

        let (parent, name) = split_data_dir(&data_dir)?;
        let parent_existed = parent.exists();
        fs::create_dir_all(&parent).map_err(io_err(format!("creating {}", parent.display())))?;
        if !parent_existed && run_as.is_some() {
            // We just made it (e.g. <project>/.provision): the server user must get through it.
            set_mode(&parent, 0o755)?;
        }
        let parent = fs::canonicalize(&parent).map_err(io_err(format!("resolving {}", parent.display())))?;
        if let Some(user) = &run_as {
            check_traversable(&parent, user)?;
        }
        let data_dir = parent.join(&name);
        let created = !data_dir.exists();
        fs::create_dir_all(&data_dir).map_err(io_err(format!("creating {}", data_dir.display())))?;
        set_mode(&data_dir, 0o700)?;
        if let Some(user) = &run_as {
            chown(&data_dir, user)?;
        }

        let port = match opts.port {
            Some(port) => port,
            None => free_port().map_err(io_err("picking a free port on 127.0.0.1"))?,
        };
        let cluster = Cluster::assemble(data_dir.clone(), &parent, &name, port, opts.port.is_none(), bin_dir, run_as);

        let mut initdb_args: Vec<OsString> = vec!["-D".into(), data_dir.clone().into()];
        for arg in ["-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"] {
            initdb_args.push(arg.into());
        }
        if let Err(e) = cluster.run("initdb", &initdb_args) {
            if created {
                // initdb empties a dir it did not create; drop ours so a retry starts clean.
                let _ = fs::remove_dir(&data_dir);
            }
            return Err(e);
        }

        if !conf.is_empty() {
            append_file(&data_dir.join("postgresql.conf"), &conf)?;
        }
        if let Some(hba) = &opts.hba {
            // Truncating the existing file keeps its owner (the server user).
            write_existing(&data_dir.join("pg_hba.conf"), hba)?;
        }
        cluster.write_state()?;
        Ok(cluster)
    }

    /// Reopens a cluster made by [`Cluster::init`] (port from its state file).
    pub fn open(data_dir: &Path) -> Result<Cluster, ClusterError> {
        let data_dir = absolute(data_dir)?;
        let version_file = data_dir.join("PG_VERSION");
        let version = match fs::read_to_string(&version_file) {
            Ok(v) => v.trim().to_string(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(ClusterError::NotInitialized { data_dir });
            }
            Err(e) => return Err(io_err(format!("reading {}", version_file.display()))(e)),
        };
        let (parent, name) = split_data_dir(&data_dir)?;
        let parent = fs::canonicalize(&parent).map_err(io_err(format!("resolving {}", parent.display())))?;
        let state_path = parent.join(format!("{name}.state"));
        let (port, auto_port) = read_state(&state_path)?;
        let bin_dir = bin_dir_for_version(&version)?;
        let run_as = run_as_user()?;
        if let Some(user) = &run_as {
            check_traversable(&parent, user)?;
        }
        Ok(Cluster::assemble(parent.join(&name), &parent, &name, port, auto_port, bin_dir, run_as))
    }

    fn assemble(
        data_dir: PathBuf,
        parent: &Path,
        name: &str,
        port: u16,
        auto_port: bool,
        bin_dir: PathBuf,
        run_as: Option<RunAs>,
    ) -> Cluster {
        Cluster {
            socket_dir: socket_dir_for(parent, name, &data_dir),
            log_path: parent.join(format!("{name}.log")),
            state_path: parent.join(format!("{name}.state")),
            data_dir,
            port: AtomicU16::new(port),
            auto_port,
            bin_dir,
            run_as,
        }
    }

    /// Starts the server and waits until it accepts connections; a no-op if it runs.
    pub fn start(&self) -> Result<(), ClusterError> {
        if self.is_running() {
            return Ok(());
        }
        self.prepare_runtime()?;
        self.remove_stale_lock_files();
        let mut attempt = 1;
        loop {
            let port = self.port();
            let log_offset = fs::metadata(&self.log_path).map(|m| m.len()).unwrap_or(0);
            let server_opts = format!("-p {port} -k {} -c listen_addresses={HOST}", self.socket_dir.display());
            let args: Vec<OsString> = vec![
                "-w".into(),
                "-t".into(),
                "60".into(),
                "-D".into(),
                self.data_dir.clone().into(),
                "-l".into(),
                self.log_path.clone().into(),
                "-o".into(),
                server_opts.into(),
                "start".into(),
            ];
            match self.run("pg_ctl", &args) {
                Ok(_) => return Ok(()),
                Err(ClusterError::CommandFailed { command, status, output }) => {
                    let log_tail = read_log_tail(&self.log_path, log_offset);
                    if self.auto_port && attempt < START_ATTEMPTS && is_port_clash(&log_tail) {
                        attempt += 1;
                        let new_port = free_port().map_err(io_err("picking a free port on 127.0.0.1"))?;
                        self.port.store(new_port, Ordering::SeqCst);
                        self.write_state()?;
                        continue;
                    }
                    return Err(ClusterError::StartFailed { command, status, output, log_path: self.log_path.clone(), log_tail });
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Stops the server and waits for it to exit; a no-op if it is not running.
    pub fn stop(&self, mode: StopMode) -> Result<(), ClusterError> {
        if !self.is_running() {
            return Ok(());
        }
        let args: Vec<OsString> = vec![
            "-D".into(),
            self.data_dir.clone().into(),
            "-m".into(),
            mode.as_arg().into(),
            "-w".into(),
            "-t".into(),
            "60".into(),
            "stop".into(),
        ];
        match self.run("pg_ctl", &args) {
            Ok(_) => Ok(()),
            // It may have exited on its own between the check and pg_ctl.
            Err(_) if !self.is_running() => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Whether the postmaster named in `postmaster.pid` is alive.
    pub fn is_running(&self) -> bool {
        // `pg_ctl status` without a fork and a user switch, plus a check that the PID
        // is still a postgres: after a reboot a stale file may name an unrelated process.
        self.postmaster_pid().is_some_and(is_postgres_process)
    }

    /// PID from `postmaster.pid`, if the file exists (the process may be gone).
    pub fn postmaster_pid(&self) -> Option<u32> {
        let text = fs::read_to_string(self.data_dir.join("postmaster.pid")).ok()?;
        text.lines().next()?.trim().parse::<u32>().ok().filter(|&p| p > 0)
    }

    pub fn port(&self) -> u16 {
        self.port.load(Ordering::SeqCst)
    }

    pub fn host(&self) -> &str {
        HOST
    }

    /// Database superuser name.
    pub fn user(&self) -> &str {
        SUPERUSER
    }

    pub fn socket_dir(&self) -> &Path {
        &self.socket_dir
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The dir the server binaries come from.
    pub fn server_bin_dir(&self) -> &Path {
        &self.bin_dir
    }

    /// A program (e.g. `pg_dump`, `psql`) from the server's bin dir, matching its version.
    pub fn program(&self, name: &str) -> PathBuf {
        self.bin_dir.join(name)
    }

    /// `(uid, gid)` the server runs as when we are root.
    pub fn run_as(&self) -> Option<(u32, u32)> {
        self.run_as.as_ref().map(|u| (u.uid, u.gid))
    }

    /// `postgres://postgres@127.0.0.1:PORT/DATABASE`
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{SUPERUSER}@{HOST}:{}/{}", self.port(), percent_encode(database))
    }

    pub fn log_path(&self) -> PathBuf {
        self.log_path.clone()
    }

    pub fn state_path(&self) -> PathBuf {
        self.state_path.clone()
    }

    /// Socket dir and log file must exist and belong to the server user before
    /// pg_ctl (running as that user) opens them.
    fn prepare_runtime(&self) -> Result<(), ClusterError> {
        match fs::symlink_metadata(&self.socket_dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(io_err(format!("using {}", self.socket_dir.display()))(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    "exists and is not a directory",
                )))
            }
            Err(_) => fs::create_dir(&self.socket_dir).map_err(io_err(format!("creating {}", self.socket_dir.display())))?,
        }
        set_mode(&self.socket_dir, 0o755)?;
        if !self.log_path.exists() {
            fs::write(&self.log_path, b"").map_err(io_err(format!("creating {}", self.log_path.display())))?;
        }
        if let Some(user) = &self.run_as {
            chown(&self.socket_dir, user)?;
            chown(&self.log_path, user)?;
            // A data dir copied or restored by root would make the server refuse to start.
            let meta = fs::metadata(&self.data_dir).map_err(io_err(format!("reading {}", self.data_dir.display())))?;
            if meta.uid() != user.uid {
                chown_recursive(&self.data_dir, user)?;
            }
        }
        Ok(())
    }

    /// Lock files left by a server that died without cleaning up (crash, reboot).
    /// The server only ignores them if their PID is dead, and a reused PID is not.
    fn remove_stale_lock_files(&self) {
        // Called only when not running; the socket dir is private to this cluster.
        let _ = fs::remove_file(self.data_dir.join("postmaster.pid"));
        if let Ok(entries) = fs::read_dir(&self.socket_dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with(".s.PGSQL.") && name.ends_with(".lock") {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
    }

    fn write_state(&self) -> Result<(), ClusterError> {
        let text = format!(
            "# provision local cluster; data dir {}\nport={}\nauto_port={}\n",
            self.data_dir.display(),
            self.port(),
            self.auto_port
        );
        let tmp = self.state_path.with_extension("state.tmp");
        fs::write(&tmp, text).map_err(io_err(format!("writing {}", tmp.display())))?;
        fs::rename(&tmp, &self.state_path).map_err(io_err(format!("writing {}", self.state_path.display())))
    }

    /// Runs a server program as the server user; failure names the command and
    /// carries its output.
    fn run(&self, program: &str, args: &[OsString]) -> Result<Output, ClusterError> {
        let exe = self.bin_dir.join(program);
        let mut cmd = Command::new(&exe);
        cmd.args(args)
            .stdin(Stdio::null())
            // The server user may not be able to enter our cwd (e.g. /root).
            .current_dir(self.data_dir.parent().unwrap_or(Path::new("/")));
        if let Some(user) = &self.run_as {
            cmd.uid(user.uid).gid(user.gid).env("HOME", &user.home).env("USER", &user.name).env("LOGNAME", &user.name);
        }
        let mut shown = shell_words(std::iter::once(exe.as_os_str()).chain(args.iter().map(|a| a.as_os_str())));
        if let Some(user) = &self.run_as {
            shown.push_str(&format!(" (as user {})", user.name));
        }
        let output = cmd.output().map_err(io_err(format!("could not run `{shown}`")))?;
        if output.status.success() {
            Ok(output)
        } else {
            Err(ClusterError::CommandFailed { command: shown, status: output.status.to_string(), output: combined_output(&output) })
        }
    }
}

/// A cluster in a temp dir, stopped (immediate) and deleted on drop, and also when
/// this process dies without dropping it (abort, SIGKILL, statics at exit): a
/// detached reaper process watches our PID and then cleans up.
#[derive(Debug)]
pub struct TempCluster {
    // Field order is drop order: the dir goes after the server stopped (in Drop),
    // the reaper last so it covers us until everything is gone.
    cluster: Cluster,
    dir: tempfile::TempDir,
    reaper: Reaper,
}

impl TempCluster {
    /// initdb + start in a new temp dir (under `TMPDIR`, prefix `provision-pg-`).
    pub fn start(opts: ClusterOptions) -> Result<TempCluster, ClusterError> {
        let run_as = run_as_user()?;
        let dir = tempfile::Builder::new().prefix("provision-pg-").tempdir().map_err(io_err("creating a temp dir for the cluster"))?;
        if run_as.is_some() {
            // Under a umask like 077 the dir is private; the server user must enter it.
            set_mode(dir.path(), 0o755)?;
        }
        let data_dir = dir.path().join("data");
        // Before initdb, so a death during init is cleaned up too.
        let reaper = Reaper::spawn(&data_dir, dir.path())?;
        let cluster = Cluster::init(&data_dir, &opts)?;
        let temp = TempCluster { cluster, dir, reaper };
        // On failure `temp` drops here: stop, delete, end the reaper.
        temp.cluster.start()?;
        Ok(temp)
    }

    pub fn cluster(&self) -> &Cluster {
        &self.cluster
    }

    /// The temp dir holding the data dir, log and socket dir.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// PID of the reaper process (tests check it ends).
    pub fn reaper_pid(&self) -> u32 {
        self.reaper.child.id()
    }
}

impl Deref for TempCluster {
    type Target = Cluster;
    fn deref(&self) -> &Cluster {
        &self.cluster
    }
}

impl Drop for TempCluster {
    fn drop(&mut self) {
        if self.cluster.stop(StopMode::Immediate).is_err() {
            // pg_ctl could not do it; the reaper's method (SIGQUIT, then SIGKILL) still can.
            if let Some(pid) = self.cluster.postmaster_pid().filter(|&p| is_postgres_process(p)) {
                signal_and_wait(pid as libc::pid_t);
            }
        }
    }
}

/// Shell script run detached by [`Reaper::spawn`]: wait for the owner to die, stop
/// the postmaster (SIGQUIT = immediate shutdown, as `pg_ctl -m immediate` does; root
/// may signal it directly, so no user switch is needed), then delete the dir.
const REAPER_SCRIPT: &str = r#"
owner=$1 data=$2 dir=$3
# kill -0 also succeeds on a zombie, and a dead owner whose parent never reaps it
# (PID 1 in some sandboxes) stays one: treat state Z in /proc as dead.
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  state=$(sed -n 's/^.*) \(.\).*$/\1/p' "/proc/$1/stat" 2>/dev/null)
  [ "$state" != Z ]
}
while alive "$owner"; do sleep 0.5; done
pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || pid=
case $pid in ''|*[!0-9]*) pid= ;; esac
if [ -n "$pid" ] && kill -QUIT "$pid" 2>/dev/null; then
  # The postmaster deletes postmaster.pid as it exits.
  i=0
  while [ -e "$data/postmaster.pid" ] && alive "$pid" && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i+1)); done
  alive "$pid" && kill -KILL "$pid" 2>/dev/null
fi
rm -rf "$dir"
"#;

#[derive(Debug)]
struct Reaper {
    child: Child,
}

impl Reaper {
    fn spawn(data_dir: &Path, dir: &Path) -> Result<Reaper, ClusterError> {
        let child = Command::new("/bin/sh")
            .arg("-c")
            .arg(REAPER_SCRIPT)
            .arg("provision-pg-reaper")
            .arg(std::process::id().to_string())
            .arg(data_dir)
            .arg(dir)
            // Own process group: a Ctrl-C or group kill aimed at us must not take it along.
            .process_group(0)
            // No inherited pipes: a runner waiting for our stdout EOF must not wait for it.
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .current_dir("/")
            .spawn()
            .map_err(io_err("spawning the cluster reaper (/bin/sh)"))?;
        Ok(Reaper { child })
    }
}

impl Drop for Reaper {
    fn drop(&mut self) {
        // Kill the group so its `sleep` goes too, then reap it (no zombie).
        unsafe {
            libc::kill(-(self.child.id() as libc::pid_t), libc::SIGKILL);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> io::Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?;
    Ok(listener.local_addr()?.port())
}

fn is_port_clash(log_tail: &str) -> bool {
    log_tail.contains("Address already in use") || log_tail.contains("could not create any TCP/IP sockets")
}

fn process_alive(pid: libc::pid_t) -> bool {
    let rc = unsafe { libc::kill(pid, 0) };
    // EPERM means it exists but is not ours to signal.
    if rc != 0 && io::Error::last_os_error().raw_os_error() != Some(libc::EPERM) {
        return false;
    }
    // A zombie counts as dead: an orphan's new parent (PID 1 in some sandboxes)
    // may never collect it, and `kill -0` succeeds on it.
    match fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(") ").is_none_or(|(_, rest)| !rest.starts_with('Z')),
        // Gone in between, unless there is no /proc to ask.
        Err(_) => !Path::new("/proc/self").exists(),
    }
}

fn is_postgres_process(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if !process_alive(pid) {
        return false;
    }
    // comm is the executable's name (the process title does not change it).
    match fs::read_to_string(format!("/proc/{pid}/comm")) {
        Ok(comm) => matches!(comm.trim_end(), "postgres" | "postmaster"),
        Err(_) => true,
    }
}

/// SIGQUIT (immediate shutdown), wait up to 10 s, then SIGKILL.
fn signal_and_wait(pid: libc::pid_t) {
    unsafe {
        libc::kill(pid, libc::SIGQUIT);
    }
    for _ in 0..100 {
        if !process_alive(pid) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    unsafe {
        libc::kill(pid, libc::SIGKILL);
    }
}

fn run_as_user() -> Result<Option<RunAs>, ClusterError> {
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    match lookup_user(SUPERUSER) {
        Ok(Some(user)) => Ok(Some(user)),
        Ok(None) => Err(ClusterError::NoPostgresUser),
        Err(e) => Err(io_err("looking up the `postgres` OS user")(e)),
    }
}

fn lookup_user(name: &str) -> io::Result<Option<RunAs>> {
    let cname = CString::new(name).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let mut buf = vec![0u8; 4096];
    loop {
        // getpwnam_r: getpwnam's static buffer is not safe with test threads.
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = unsafe { libc::getpwnam_r(cname.as_ptr(), &mut pwd, buf.as_mut_ptr().cast(), buf.len(), &mut result) };
        if rc == libc::ERANGE && buf.len() < (1 << 20) {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 {
            return Err(io::Error::from_raw_os_error(rc));
        }
        if result.is_null() {
            return Ok(None);
        }
        let home = if pwd.pw_dir.is_null() {
            PathBuf::from("/")
        } else {
            let bytes = unsafe { CStr::from_ptr(pwd.pw_dir) }.to_bytes();
            PathBuf::from(OsStr::from_bytes(bytes))
        };
        return Ok(Some(RunAs { uid: pwd.pw_uid, gid: pwd.pw_gid, name: name.to_string(), home }));
    }
}

/// Every dir from `/` down to `dir` must be searchable by the server user.
fn check_traversable(dir: &Path, user: &RunAs) -> Result<(), ClusterError> {
    for ancestor in dir.ancestors() {
        let meta = fs::metadata(ancestor).map_err(io_err(format!("reading {}", ancestor.display())))?;
        let mode = meta.mode();
        // Supplementary groups are dropped when we switch user, so only the primary gid counts.
        let bit = if meta.uid() == user.uid {
            0o100
        } else if meta.gid() == user.gid {
            0o010
        } else {
            0o001
        };
        if mode & bit == 0 {
            return Err(ClusterError::NotTraversable { path: ancestor.to_path_buf(), user: user.name.clone() });
        }
    }
    Ok(())
}

fn has_server_binaries(dir: &Path) -> bool {
    ["initdb", "pg_ctl", "postgres"].iter().all(|p| is_executable(&dir.join(p)))
}

fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// `/usr/lib/postgresql/*/bin` holding the server, lowest version first.
fn debian_bin_dirs() -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(DEBIAN_PG_ROOT) else {
        return Vec::new();
    };
    let mut found: Vec<(Vec<u32>, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            // "15", "9.6": compare numerically, not as strings.
            let version: Option<Vec<u32>> = name.split('.').map(|p| p.parse().ok()).collect();
            let bin = e.path().join("bin");
            Some((version?, bin)).filter(|(_, bin)| has_server_binaries(bin))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, bin)| bin).collect()
}

/// Prefer the binaries of the version that made the data dir (Debian keeps several).
fn bin_dir_for_version(version: &str) -> Result<PathBuf, ClusterError> {
    if std::env::var_os(BINDIR_ENV).is_none_or(|v| v.is_empty()) {
        let dir = Path::new(DEBIAN_PG_ROOT).join(version).join("bin");
        if has_server_binaries(&dir) {
            return Ok(dir);
        }
    }
    Cluster::bin_dir()
}

fn conf_lines(opts: &ClusterOptions) -> Result<String, ClusterError> {
    let mut settings: Vec<(&str, &str)> = Vec::new();
    if opts.fast {
        settings.extend([("fsync", "off"), ("synchronous_commit", "off"), ("full_page_writes", "off")]);
    }
    settings.extend(opts.settings.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    if settings.is_empty() {
        return Ok(String::new());
    }
    let mut out = String::from("\n# Added by provision\n");
    for (name, value) in settings {
        let valid_name = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
        if !valid_name {
            return Err(ClusterError::InvalidSetting {
                name: name.to_string(),
                reason: "names are letters, digits, `_` and `.`".to_string(),
            });
        }
        if value.contains(['\n', '\r', '\0']) {
            return Err(ClusterError::InvalidSetting { name: name.to_string(), reason: "value contains a line break or NUL".to_string() });
        }
        // Any setting type may be written quoted; '' escapes a quote.
        out.push_str(&format!("{name} = '{}'\n", value.replace('\'', "''")));
    }
    Ok(out)
}

fn read_state(path: &Path) -> Result<(u16, bool), ClusterError> {
    let bad = |reason: String| ClusterError::BadState { path: path.to_path_buf(), reason };
    let text = fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    let mut port = None;
    let mut auto_port = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('=') {
            Some(("port", v)) => port = Some(v.trim().parse::<u16>().map_err(|e| bad(format!("port: {e}")))?),
            Some(("auto_port", v)) => auto_port = v.trim() == "true",
            // Unknown keys: written by a newer provision; ignore.
            _ => {}
        }
    }
    let port = port.ok_or_else(|| bad("no port= line".to_string()))?;
    Ok((port, auto_port))
}

fn absolute(path: &Path) -> Result<PathBuf, ClusterError> {
    std::path::absolute(path).map_err(io_err(format!("resolving {}", path.display())))
}

fn split_data_dir(data_dir: &Path) -> Result<(PathBuf, String), ClusterError> {
    match (data_dir.parent(), data_dir.file_name()) {
        (Some(parent), Some(name)) if !parent.as_os_str().is_empty() => Ok((parent.to_path_buf(), name.to_string_lossy().into_owned())),
        _ => Err(io_err(format!("using {} as a data dir", data_dir.display()))(io::Error::new(
            io::ErrorKind::InvalidInput,
            "it needs a parent directory",
        ))),
    }
}

/// `<parent>/<name>.sock` when it fits in a socket path and needs no quoting in
/// pg_ctl's `-o` (a shell string) and `-k` (a comma list); else a fixed short dir.
fn socket_dir_for(parent: &Path, name: &str, data_dir: &Path) -> PathBuf {
    let preferred = parent.join(format!("{name}.sock"));
    let bytes = preferred.as_os_str().as_bytes();
    let plain = bytes.iter().all(|b| b.is_ascii_alphanumeric() || b"/._-+".contains(b));
    if plain && bytes.len() <= MAX_SOCKET_DIR_LEN {
        return preferred;
    }
    PathBuf::from(format!("/tmp/provision-pg-{:016x}", fnv1a(data_dir.as_os_str().as_bytes())))
}

/// Stable across Rust releases, unlike `DefaultHasher`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn set_mode(path: &Path, mode: u32) -> Result<(), ClusterError> {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(io_err(format!("chmod {mode:o} {}", path.display())))
}

fn chown(path: &Path, user: &RunAs) -> Result<(), ClusterError> {
    let c = CString::new(path.as_os_str().as_bytes())
        .map_err(|e| io_err(format!("chown {}", path.display()))(io::Error::new(io::ErrorKind::InvalidInput, e)))?;
    // lchown: never follow a symlink planted in a shared dir such as /tmp.
    if unsafe { libc::lchown(c.as_ptr(), user.uid, user.gid) } != 0 {
        return Err(io_err(format!("chown {} {}", user.name, path.display()))(io::Error::last_os_error()));
    }
    Ok(())
}

fn chown_recursive(path: &Path, user: &RunAs) -> Result<(), ClusterError> {
    chown(path, user)?;
    let meta = fs::symlink_metadata(path).map_err(io_err(format!("reading {}", path.display())))?;
    if meta.is_dir() {
        for entry in fs::read_dir(path).map_err(io_err(format!("reading {}", path.display())))? {
            let entry = entry.map_err(io_err(format!("reading {}", path.display())))?;
            chown_recursive(&entry.path(), user)?;
        }
    }
    Ok(())
}

fn append_file(path: &Path, text: &str) -> Result<(), ClusterError> {
    use std::io::Write;
    let mut f = fs::OpenOptions::new().append(true).open(path).map_err(io_err(format!("opening {}", path.display())))?;
    f.write_all(text.as_bytes()).map_err(io_err(format!("writing {}", path.display())))
}

fn write_existing(path: &Path, text: &str) -> Result<(), ClusterError> {
    fs::write(path, text).map_err(io_err(format!("writing {}", path.display())))
}

/// Last lines the server wrote to its log since `offset`.
fn read_log_tail(path: &Path, offset: u64) -> String {
    let mut text = String::new();
    let read = fs::File::open(path).and_then(|mut f| {
        f.seek(SeekFrom::Start(offset))?;
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes)?;
        text = String::from_utf8_lossy(&bytes).into_owned();
        Ok(())
    });
    if let Err(e) = read {
        return format!("(could not read the log: {e})");
    }
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(LOG_TAIL_LINES);
    if lines.is_empty() {
        "(the server wrote nothing to its log)".to_string()
    } else {
        lines[start..].join("\n")
    }
}

fn combined_output(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut text = stderr.trim_end().to_string();
    if !stdout.trim().is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(stdout.trim_end());
    }
    if text.is_empty() {
        text.push_str("(no output)");
    }
    text
}

/// Arguments joined for display, quoting the ones a shell would split.
fn shell_words<'a>(words: impl Iterator<Item = &'a OsStr>) -> String {
    words
        .map(|w| {
            let s = w.to_string_lossy();
            if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+=:,@".contains(c)) {
                s.into_owned()
            } else {
                format!("'{}'", s.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
