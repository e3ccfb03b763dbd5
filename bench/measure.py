#!/usr/bin/env python3
"""The measurements behind bench/run.sh (run that, not this).

Every group times its cases ALTERNATED (A B C A B C ...) so drift of the
machine hits all of them alike; each time is the median of its runs, and each
ratio is the median over rounds of the case's time divided by the baseline's
in the same round (paired, so drift between rounds cancels out). Setup
(fresh databases, dropping what a run left behind) is never timed.

Writes the raw runs to --out (JSON) and prints a markdown table.
"""

import argparse
import csv
import glob
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, a):
        self.a = a
        self.url = a.url  # postgres://user@host:port/postgres
        u = urllib.parse.urlparse(self.url)
        self.user = u.username or "postgres"
        self.host = u.hostname or "localhost"
        self.port = u.port or 5432
        self.password = u.password
        self.work = a.work
        self.prov = a.provision
        self.tools = a.tools
        self.quick = a.quick
        self.groups = []
        self.missing = {}
        os.makedirs(self.work, exist_ok=True)

    # ---------- plumbing ----------
    def db_url(self, db, scheme="postgres", extra=""):
        auth = self.user + (":" + self.password if self.password else "")
        return f"{scheme}://{auth}@{self.host}:{self.port}/{db}{extra}"

    def env(self, **kv):
        e = dict(os.environ)
        e.update({"PGHOST": self.host, "PGPORT": str(self.port), "PGUSER": self.user})
        if self.password:
            e["PGPASSWORD"] = self.password
        e.update(kv)
        return e

    def sh(self, cmd, env=None, check=True, cwd=None, capture=True):
        r = subprocess.run(cmd, env=env or self.env(), cwd=cwd, text=True,
                           stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        if check and r.returncode != 0:
            raise RuntimeError(f"{' '.join(map(str, cmd))} exited {r.returncode}:\n{r.stderr[-3000:]}\n{(r.stdout or '')[-2000:]}")
        return r

    def psql(self, db, sql, check=True):
        return self.sh(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", db, "-c", sql], check=check)

    def fresh_db(self, name, checkpoint=False):
        self.psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.psql("postgres", f'CREATE DATABASE "{name}"')
        if checkpoint:
            # the dirty pages of the previous run are written now, not during the next timed one
            self.psql("postgres", "CHECKPOINT")

    def drop_db(self, name):
        self.psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', check=False)

    def timed(self, cmd, env=None, check=True, cwd=None):
        t0 = time.perf_counter()
        r = self.sh(cmd, env=env, check=check, cwd=cwd)
        return time.perf_counter() - t0, r

    def alternate(self, name, cases, runs, baseline, unit="s", note=""):
        """cases: list of (label, setup() -> ctx | None, run(ctx) -> seconds | (seconds, extra))."""
        res = {label: [] for label, _, _ in cases}
        extras = {label: [] for label, _, _ in cases}
        # one untimed run of each tool first (as hyperfine --warmup): the
        # first run of a group paid for whatever the group before left behind
        # (the page cache, ext4 scanning recently deleted inodes) and it fell
        # on the same tool every time, twice its usual time
        if not self.quick:
            for label, setup, run in cases:
                run(setup() if setup else None)
                log(f"{name}: {label} warm-up run")
        for i in range(runs):
            # each round starts with the next tool: a slow first run (cold caches,
            # a checkpoint) must not always land on the same one
            for label, setup, run in cases[i % len(cases):] + cases[:i % len(cases)]:
                ctx = setup() if setup else None
                out = run(ctx)
                sec, extra = (out if isinstance(out, tuple) else (out, None))
                res[label].append(sec)
                if extra is not None:
                    extras[label].append(extra)
                log(f"{name}: {label} run {i + 1}/{runs}: {sec:.3f} s")
        g = {"group": name, "baseline": baseline, "unit": unit, "note": note, "cases": []}
        base = res.get(baseline) or None
        for label, _, _ in cases:
            med = statistics.median(res[label])
            # paired: each round's time over the baseline's in the same round,
            # then the median of those, so drift between rounds cancels out
            ratio = statistics.median(a / b for a, b in zip(res[label], base)) if base else None
            g["cases"].append({
                "tool": label, "runs": [round(x, 4) for x in res[label]], "median": round(med, 4),
                "ratio": round(ratio, 3) if base else None,
                "extra": extras[label] or None,
            })
        self.groups.append(g)
        return g

    def provision(self, project, *args, env=None, check=True):
        return [self.prov, "--project", project, "--no-progress", *args]

    # ---------- models ----------
    def gen(self, tables, out, migrations=0, databases=0, tenancy=None, partitioned=None):
        if os.path.isdir(out):
            shutil.rmtree(out)
        cmd = [sys.executable, os.path.join(HERE, "gen_model.py"), "--tables", str(tables), "--out", out,
               "--provision", self.prov]
        if migrations:
            cmd += ["--migrations", str(migrations)]
        if databases:
            cmd += ["--databases", str(databases)]
        if tenancy:
            cmd += ["--tenancy", tenancy]
        if partitioned is not None:
            cmd += ["--partitioned", str(partitioned)]
        self.sh(cmd)
        return out

    def render(self, project):
        mig = os.path.join(project, "migrations")
        if os.path.isdir(mig):
            shutil.rmtree(mig)
        self.sh([self.prov, "--project", project, "--quiet", "render", "-m", "init"])

    def up_files(self, project, db="main"):
        return sorted(f for f in glob.glob(os.path.join(project, "migrations", db, "V*.sql"))
                      if not f.endswith(".down.sql"))

    def prov_apply(self, project, db, extra=(), logical="main"):
        env = self.env(**{f"BENCH_{logical.upper()}_URL": self.db_url(db)})
        return self.timed([self.prov, "--project", project, "--no-progress", "--quiet", "apply", "--target", "bench", *extra], env=env)

    # ---------- groups ----------
    def g_render(self):
        small, big = (20, 100) if self.quick else (400, 2000)
        self.n_small = small
        ps = self.gen(small, os.path.join(self.work, f"render{small}"))
        pb = self.gen(big, os.path.join(self.work, f"render{big}"))
        for p in (ps, pb):
            self.sh([self.prov, "--project", p, "--quiet", "validate"])

        def setup_for(p):
            return lambda: shutil.rmtree(os.path.join(p, "migrations"), ignore_errors=True)

        def run_for(p):
            return lambda _: self.timed([self.prov, "--project", p, "--quiet", "render", "-m", "init"])[0]

        runs = 1 if self.quick else 5
        self.alternate("render", [
            (f"provision render N={small}", setup_for(ps), run_for(ps)),
            (f"provision render N={big}", setup_for(pb), run_for(pb)),
        ], runs, baseline=f"provision render N={small}",
            note=f"ratio = growth from {small} to {big} tables ({big // small}x the model; linear = {big / small:.1f})")
        # leave both rendered
        self.render(ps)
        self.render(pb)
        self.m_small = ps
        st = self.model_stats(ps)
        self.stats = st

    def model_stats(self, project):
        f = self.up_files(project)[0]
        sql = open(f).read()
        return {
            "tables_created": len(re.findall(r"^CREATE TABLE", sql, re.M)),
            "indexes_created": len(re.findall(r"^CREATE (UNIQUE )?INDEX", sql, re.M)),
            "policies": len(re.findall(r"^CREATE POLICY", sql, re.M)),
            "sql_bytes": len(sql.encode()),
        }

    def g_apply(self, tools):
        p = self.m_small
        f = self.up_files(p)[0]
        # the tools differ by less than the run-to-run spread (±20%): more rounds
        runs = 1 if self.quick else 11
        # the peers that send each migration as one message, on the same single file
        base = os.path.join(self.work, "peers1")
        if os.path.isdir(base):
            shutil.rmtree(base)
        up, down = open(f).read(), open(f[:-4] + ".down.sql").read()
        os.makedirs(os.path.join(base, "dbmate"))
        with open(os.path.join(base, "dbmate", "20260101000001_init.sql"), "w") as fh:
            fh.write(f"-- migrate:up\n{up}\n\n-- migrate:down\n{down}\n")
        os.makedirs(os.path.join(base, "refinery"))
        with open(os.path.join(base, "refinery", "V1__init.sql"), "w") as fh:
            fh.write(up)

        # A new database per run, all dropped after the group: dropping one
        # deletes ~4,000 files, and for minutes after that ext4 scans its
        # recently deleted inodes on every file the next run creates (perf:
        # recently_deleted/find_inode_bit, up to 2x the run time), which
        # lands on whichever tool runs next.
        made = []

        def fresh():
            db = f"bench_apply_{len(made) + 1:02d}"
            made.append(db)
            self.fresh_db(db, checkpoint=True)
            return db

        cases = [
            ("psql -X -q -1 -f", fresh, lambda db: self.timed(
                ["psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", f])[0]),
            ("provision apply", fresh, lambda db: self.prov_apply(p, db)[0]),
        ]
        if "dbmate" in tools:
            cases.append(("dbmate", fresh, lambda db: self.timed(
                [tools["dbmate"], "--url", self.db_url(db, extra="?sslmode=disable"), "--migrations-dir",
                 os.path.join(base, "dbmate"), "--no-dump-schema", "up"])[0]))
        if "refinery" in tools:
            cases.append(("refinery_cli", fresh, lambda db: self.timed(
                [tools["refinery"], "migrate", "-e", "BENCH_REFINERY_URL", "-p", os.path.join(base, "refinery")],
                env=self.env(BENCH_REFINERY_URL=self.db_url(db)))[0]))
        self.alternate("apply (one migration, fresh database)", cases, runs, baseline="psql -X -q -1 -f",
                       note=f"{os.path.basename(f)}: {self.stats}")
        if self.a.server_log and os.path.isfile(self.a.server_log):
            self.own_time([c for c in cases if c[0] != "psql -X -q -1 -f"])
        for db in made:
            self.drop_db(db)

    def own_time(self, cases):
        """Each tool's own time around the server's work: its wall time minus
        the duration the server logs for the migration statement (the longest
        one), with every statement's duration logged for these runs only."""
        log_path = self.a.server_log
        self.psql("postgres", "ALTER SYSTEM SET log_min_duration_statement = 0")
        self.psql("postgres", "SELECT pg_reload_conf()")
        time.sleep(0.2)
        try:
            def measured(run):
                def go(db):
                    with open(log_path, "w"):
                        pass  # the server appends: only this run's lines are read
                    wall = run(db)
                    time.sleep(0.3)  # the backend's last lines
                    durations = [float(x) for x in re.findall(r"duration: ([0-9.]+) ms", open(log_path).read())]
                    if not durations:
                        raise RuntimeError(f"no statement durations in {log_path}")
                    return wall - max(durations) / 1000.0
                return go
            self.alternate("apply (one migration): time outside the migration statement",
                           [(label, setup, measured(run)) for label, setup, run in cases],
                           1 if self.quick else 5, baseline="provision apply",
                           note="wall time minus the server's logged duration of the migration statement")
        finally:
            self.psql("postgres", "ALTER SYSTEM RESET log_min_duration_statement", check=False)
            self.psql("postgres", "SELECT pg_reload_conf()", check=False)

    # --- 40-file variant ---
    def build_peer_layouts(self, project, files):
        base = os.path.join(self.work, "peers")
        if os.path.isdir(base):
            shutil.rmtree(base)
        ups = []
        for i, f in enumerate(files, 1):
            name = re.sub(r"^V\d+__", "", os.path.basename(f))[:-4]
            up = open(f).read()
            down = open(f[:-4] + ".down.sql").read()
            ups.append((i, name, up, down))
        # dbmate: db/migrations/<14-digit version>_<name>.sql with up/down sections
        d = os.path.join(base, "dbmate")
        os.makedirs(d)
        for i, n, up, down in ups:
            with open(os.path.join(d, f"{20260101000000 + i}_{n}.sql"), "w") as fh:
                fh.write(f"-- migrate:up\n{up}\n\n-- migrate:down\n{down}\n")
        # refinery: V<n>__<name>.sql
        d = os.path.join(base, "refinery")
        os.makedirs(d)
        for i, n, up, _ in ups:
            with open(os.path.join(d, f"V{i}__{n}.sql"), "w") as fh:
                fh.write(up)
        # sqitch: plan + deploy/revert scripts, each in BEGIN/COMMIT as sqitch expects
        d = os.path.join(base, "sqitch")
        os.makedirs(os.path.join(d, "deploy"))
        os.makedirs(os.path.join(d, "revert"))
        with open(os.path.join(d, "sqitch.conf"), "w") as fh:
            fh.write("[core]\n\tengine = pg\n\tplan_file = sqitch.plan\n\ttop_dir = .\n")
        plan = ["%syntax-version=1.0.0", "%project=bench", ""]
        for i, n, up, down in ups:
            plan.append(f"{n} 2026-01-01T00:00:{i:02d}Z bench <bench@example.invalid> # {n}")
            with open(os.path.join(d, "deploy", f"{n}.sql"), "w") as fh:
                fh.write(f"BEGIN;\n{up}\nCOMMIT;\n")
            with open(os.path.join(d, "revert", f"{n}.sql"), "w") as fh:
                fh.write(f"BEGIN;\n{down}\nCOMMIT;\n")
        with open(os.path.join(d, "sqitch.plan"), "w") as fh:
            fh.write("\n".join(plan) + "\n")
        # node-pg-migrate: <timestamp>_<name>.sql with its Up/Down markers
        d = os.path.join(base, "node-pg-migrate")
        os.makedirs(d)
        for i, n, up, down in ups:
            with open(os.path.join(d, f"{1767225600000 + i}_{n}.sql"), "w") as fh:
                fh.write(f"-- Up Migration\n{up}\n-- Down Migration\n{down}\n")
        return base

    # the groups that call each peer: a peer no group of the run needs is neither looked for nor reported missing
    PEER_GROUPS = {"dbmate": ("apply", "forty"), "refinery": ("apply", "forty"), "sqitch": ("forty",),
                   "node-pg-migrate": ("forty",), "migra": ("verify",), "squawk": ("lint",)}

    def peer_tools(self, want=lambda g: True):
        t = {}
        npm = os.path.join(self.tools, "npm", "node_modules")
        cand = {
            "dbmate": os.path.join(npm, "@dbmate", "linux-x64", "bin", "dbmate"),
            "refinery": os.path.join(self.tools, "bin", "refinery"),
            "sqitch": shutil.which("sqitch") or "",
            "node-pg-migrate": os.path.join(npm, ".bin", "node-pg-migrate"),
            "migra": os.path.join(self.tools, "venv", "bin", "migra"),
            "squawk": os.path.join(npm, "@squawk-cli", "linux-x64", "bin", "squawk"),
        }
        for k, v in cand.items():
            if not any(want(g) for g in self.PEER_GROUPS[k]):
                continue
            if v and os.access(v, os.X_OK):
                t[k] = v
            else:
                self.missing[k] = f"not installed ({v or 'not on PATH'})"
        return t

    def g_forty(self, tools):
        n = 20 if self.quick else 400
        k = 10 if self.quick else 40
        p = self.gen(n, os.path.join(self.work, f"m{n}x{k}"), migrations=k)
        files = self.up_files(p)
        assert len(files) == k, f"expected {k} files, got {len(files)}"
        self.m_forty = p
        self.forty_files = files
        base = self.build_peer_layouts(p, files)
        runs = 1 if self.quick else 9

        made = []  # a new database per run, dropped after the group (see g_apply)

        def fresh(label):
            def s():
                db = f"bench40_{re.sub(r'[^a-z0-9]', '_', label.lower())}_{len(made) + 1:02d}"
                made.append(db)
                self.fresh_db(db, checkpoint=True)
                return db
            return s

        def sqitch_target(db):
            return f"db:pg://{self.user}@{self.host}:{self.port}/{db}"

        cmds = {
            "provision apply": lambda db: ([self.prov, "--project", p, "--no-progress", "--quiet", "apply", "--target", "bench"],
                                           self.env(BENCH_MAIN_URL=self.db_url(db)), None),
        }
        if "dbmate" in tools:
            cmds["dbmate"] = lambda db: ([tools["dbmate"], "--url", self.db_url(db, extra="?sslmode=disable"),
                                          "--migrations-dir", os.path.join(base, "dbmate"), "--no-dump-schema", "up"], None, None)
        if "refinery" in tools:
            cmds["refinery_cli"] = lambda db: ([tools["refinery"], "migrate", "-e", "BENCH_REFINERY_URL", "-p",
                                                os.path.join(base, "refinery")],
                                               self.env(BENCH_REFINERY_URL=self.db_url(db)), None)
        if "sqitch" in tools:
            cmds["sqitch"] = lambda db: ([tools["sqitch"], "deploy", "--target", sqitch_target(db)],
                                         self.env(SQITCH_USER_NAME="bench", SQITCH_USER_EMAIL="bench@example.invalid"),
                                         os.path.join(base, "sqitch"))
        if "node-pg-migrate" in tools:
            cmds["node-pg-migrate"] = lambda db: ([tools["node-pg-migrate"], "up", "-m", os.path.join(base, "node-pg-migrate"),
                                                   "--no-verbose", "-d", "BENCH_NPM_URL"],
                                                  self.env(BENCH_NPM_URL=self.db_url(db)), None)
        NOTLS = "provision apply, URL with sslmode=disable"
        noop = {label: [] for label in cmds}
        noop[NOTLS] = []

        def runner(label):
            def run(db):
                cmd, env, cwd = cmds[label](db)
                sec, _r = self.timed(cmd, env=env, cwd=cwd)
                # no-op re-apply, three times on the now current database
                for _ in range(1 if self.quick else 3):
                    s2, _r = self.timed(cmd, env=env, cwd=cwd)
                    noop[label].append(s2)
                if label == "provision apply":
                    # the same no-op without TLS negotiation set-up (the URL's sslmode=disable)
                    env2 = self.env(BENCH_MAIN_URL=self.db_url(db, extra="?sslmode=disable"))
                    for _ in range(1 if self.quick else 3):
                        noop[NOTLS].append(self.timed(cmd, env=env2, cwd=cwd)[0])
                return sec
            return (label, fresh(label), run)

        order = ["provision apply"] + [x for x in cmds if x != "provision apply"]
        self.alternate(f"apply {k} migration files (fresh database)", [runner(l) for l in order], runs,
                       baseline="provision apply", note=f"N={n} tables rendered in {k} steps")
        g = {"group": f"no-op re-apply of {k} files", "baseline": "provision apply", "unit": "s", "note": "", "cases": []}
        b = statistics.median(noop["provision apply"])
        for label in order[:1] + [NOTLS] + order[1:]:
            m = statistics.median(noop[label])
            g["cases"].append({"tool": label, "runs": [round(x, 4) for x in noop[label]], "median": round(m, 4),
                               "ratio": round(m / b, 3), "extra": None})
        self.groups.append(g)
        for db in made:
            self.drop_db(db)

    # --- verify / drift ---
    def g_verify(self, tools):
        p = self.m_small
        self.fresh_db("bench_clean")
        self.fresh_db("bench_drift")
        self.prov_apply(p, "bench_clean")
        self.prov_apply(p, "bench_drift")
        tabs = self.psql("bench_drift", """
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r' AND n.nspname ~ '^m[0-9]+$' AND c.relispartition = false
            ORDER BY n.nspname, c.relname""").stdout.split()
        pick = [tabs[(i * len(tabs)) // 7] for i in range(7)]
        idx = self.psql("bench_drift", f"""
            SELECT indexrelid::regclass::text FROM pg_index i WHERE indrelid = '{pick[1]}'::regclass
              AND pg_get_indexdef(indexrelid) LIKE '%WHERE%' LIMIT 1""").stdout.strip()
        sch = pick[6].split(".")[0]
        planted = [
            ("added column", pick[0], f"ALTER TABLE {pick[0]} ADD COLUMN bench_extra text"),
            ("dropped index", idx, f"DROP INDEX {idx}"),
            ("changed policy", pick[2], f"ALTER POLICY tenant_isolation ON {pick[2]} USING (true)"),
            ("RLS disabled", pick[3], f"ALTER TABLE {pick[3]} DISABLE ROW LEVEL SECURITY"),
            ("FORCE RLS removed", pick[4], f"ALTER TABLE {pick[4]} NO FORCE ROW LEVEL SECURITY"),
            ("changed default", pick[5], f"ALTER TABLE {pick[5]} ALTER COLUMN amount SET DEFAULT 1"),
            ("new table", f"{sch}.bench_intruder", f"CREATE TABLE {sch}.bench_intruder (id integer PRIMARY KEY)"),
        ]
        for _, _, sql in planted:
            self.psql("bench_drift", sql)

        def caught(out):
            got = {}
            for kind, obj, _ in planted:
                name = obj.split(".")[-1]
                lines = [l.strip() for l in out.splitlines() if name in l]
                got[kind] = lines[:4]
            return got

        runs = 1 if self.quick else 5
        env = self.env(BENCH_MAIN_URL=self.db_url("bench_drift"))
        cases = [("provision verify", None, lambda _: (lambda t: (t[0], t[1].stdout + t[1].stderr))(
            self.timed([self.prov, "--project", p, "--no-progress", "verify", "--target", "bench"], env=env, check=False)))]
        if "migra" in tools:
            a_ = self.db_url("bench_clean", scheme="postgresql+psycopg2")
            b_ = self.db_url("bench_drift", scheme="postgresql+psycopg2")
            cases.append(("migra", None, lambda _: (lambda t: (t[0], t[1].stdout + t[1].stderr))(
                self.timed([tools["migra"], "--unsafe", a_, b_], check=False))))
        # keep only timings in the runs; outputs go to the catch list
        g = self.alternate(f"verify / drift ({self.n_small}-table database, 7 planted differences)", cases,
                           max(1, runs - 2) if "migra" in tools else runs, baseline="provision verify")
        for c in g["cases"]:
            out = c["extra"][-1] if c["extra"] else ""
            got = caught(out)
            c["extra"] = {"caught": [k for k, v in got.items() if v], "missed": [k for k, v in got.items() if not v],
                          "evidence": got}
        g["note"] = "planted: " + "; ".join(f"{k} ({o})" for k, o, _ in planted)
        # the clean database: verify must be silent there
        t, r = self.timed([self.prov, "--project", p, "--no-progress", "verify", "--target", "bench"],
                          env=self.env(BENCH_MAIN_URL=self.db_url("bench_clean")), check=False)
        g["clean_verify"] = {"seconds": round(t, 4), "exit": r.returncode}
        self.drop_db("bench_drift")

    # --- lint ---
    def g_lint(self, tools):
        p = self.m_forty
        runs = 1 if self.quick else 5
        # provision remembers the findings of unchanged committed migrations;
        # --no-cache is the cold run a fresh CI clone makes
        cases = [("provision lint", None, lambda _: self.timed(
            [self.prov, "--project", p, "--no-progress", "--quiet", "lint"], check=False)[0]),
                 ("provision lint --no-cache", None, lambda _: self.timed(
            [self.prov, "--project", p, "--no-progress", "--quiet", "lint", "--no-cache"], check=False)[0])]
        if "squawk" in tools:
            cases.append(("squawk", None, lambda _: self.timed([tools["squawk"], *self.forty_files], check=False)[0]))
        self.alternate(f"lint {len(self.forty_files)} migration files", cases, runs, baseline="provision lint")

    # --- seed ---
    def g_seed(self):
        p = self.m_small
        f = self.up_files(p)[0]
        tenants, rows = (2, 5) if self.quick else (4, 50)
        runs = 1 if self.quick else 5
        csvdir = os.path.join(self.work, "seed_csv")

        # a new database per run, all dropped after the group (see g_apply: a
        # dropped database slows the files the next run creates), and a
        # checkpoint after the schema is applied, so the apply's dirty pages
        # are not written during the timed load
        made = []

        def fresh(prefix, apply):
            def s():
                db = f"{prefix}_{len(made) + 1:02d}"
                made.append(db)
                self.fresh_db(db)
                apply(db)
                self.psql("postgres", "CHECKPOINT")
                return db
            return s

        def psql_apply(db):
            self.sh(["psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", f])

        def fresh_prov():
            self.fresh_db("bench_seed")
            self.prov_apply(p, "bench_seed")
            return "bench_seed"

        def seed_run(db):
            env = self.env(BENCH_MAIN_URL=self.db_url(db))
            t, r = self.timed([self.prov, "--project", p, "--no-progress", "--format", "json", "seed", "--target", "bench",
                               "--tenants", str(tenants), "--rows", str(rows)], env=env)
            n = int(self.psql(db, self.count_sql(db)).stdout.strip())
            return t, n

        # seed once (the database backup and restore use), dump the rows in
        # foreign-key order (tables only refer to earlier ones)
        db = fresh_prov()
        seed_run(db)
        tables = self.user_tables(db)
        if os.path.isdir(csvdir):
            shutil.rmtree(csvdir)
        os.makedirs(csvdir)
        out_script, in_script = [], []
        for t in tables:
            path = os.path.join(csvdir, t + ".csv")
            out_script.append(f"\\copy (SELECT * FROM {t}) TO '{path}' WITH (FORMAT csv)")
            in_script.append(f"\\copy {t} FROM '{path}' WITH (FORMAT csv)")
        with open(os.path.join(self.work, "seed_out.sql"), "w") as fh:
            fh.write("\n".join(out_script) + "\n")
        with open(os.path.join(self.work, "seed_in.sql"), "w") as fh:
            fh.write("\n".join(in_script) + "\n")
        self.sh(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", os.path.join(self.work, "seed_out.sql")])
        total = int(self.psql(db, self.count_sql(db)).stdout.strip())

        def copy_run(db):
            t, _ = self.timed(["psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-d", db, "-f",
                               os.path.join(self.work, "seed_in.sql")])
            return t, int(self.psql(db, self.count_sql(db)).stdout.strip())

        g = self.alternate(f"seed (rows into an empty {self.n_small}-table database)", [
            ("psql \\copy FROM csv", fresh("bench_copy", psql_apply), copy_run),
            ("provision seed", fresh("bench_seeding", lambda db: self.prov_apply(p, db)), seed_run),
        ], runs, baseline="psql \\copy FROM csv", note=f"--tenants {tenants} --rows {rows}: {total} rows")
        for c in g["cases"]:
            n = c["extra"][-1] if c["extra"] else total
            c["extra"] = {"rows": n, "rows_per_s": round(n / c["median"])}
        for made_db in made:
            self.drop_db(made_db)

    def user_tables(self, db):
        out = self.psql(db, """
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname ~ '^(tenant|m[0-9]+)$'
            ORDER BY n.nspname = 'tenant' DESC, substring(c.relname from '_([0-9]+)$')::int NULLS FIRST, 1""").stdout.split()
        return out

    def count_sql(self, db):
        ts = self.user_tables(db)
        return "SELECT " + " + ".join(f"(SELECT count(*) FROM {t})" for t in ts)

    # --- backup / restore ---
    def g_backup(self):
        p = self.m_small
        db = "bench_seed"  # seeded by g_seed: schema and rows
        runs = 1 if self.quick else 5
        bdir = os.path.join(self.work, "backups")
        env = self.env(BENCH_MAIN_URL=self.db_url(db))

        def prov_backup(_):
            shutil.rmtree(bdir, ignore_errors=True)
            return self.timed([self.prov, "--project", p, "--no-progress", "--quiet", "backup", "--target", "bench", "--out", bdir],
                              env=env)[0]

        dump = os.path.join(self.work, "bench.dump")
        self.alternate(f"backup (seeded {self.n_small}-table database)", [
            ("pg_dump -Fc", None, lambda _: self.timed(["pg_dump", "-Fc", "-d", db, "-f", dump])[0]),
            ("provision backup", None, prov_backup),
        ], runs, baseline="pg_dump -Fc")

        # Both sides replace a database that holds the schema and the rows with the
        # backup. With the bare tools that is dropdb + createdb + pg_restore:
        # `pg_restore --clean --single-transaction` alone stops at the first
        # partition index it drops before its parent's (provision hands it a
        # leaf-first list for that).
        def fill_restore_db():
            self.drop_db("bench_restore")
            self.sh(["createdb", "bench_restore"])
            self.sh(["pg_restore", "-d", "bench_restore", dump])
            return "bench_restore"

        def pg_restore_run(db):
            t0 = time.perf_counter()
            self.sh(["dropdb", "--if-exists", db])
            self.sh(["createdb", db])
            self.sh(["pg_restore", "-d", db, dump])
            return time.perf_counter() - t0

        fill_restore_db()
        self.alternate(f"restore (seeded {self.n_small}-table database)", [
            ("dropdb + createdb + pg_restore", lambda: "bench_restore", pg_restore_run),
            ("provision restore", None, lambda _: self.timed(
                [self.prov, "--project", p, "--no-progress", "--quiet", "restore", "--target", "bench", "--from", bdir],
                env=env)[0]),
        ], runs, baseline="dropdb + createdb + pg_restore")
        self.drop_db("bench_restore")

    # --- fleet ---
    def g_fleet(self):
        self.fleet_logical()
        self.fleet_tenants("schema")
        self.fleet_tenants("database")

    def fleet_logical(self):
        started = time.perf_counter()
        ndb, n = (4, 10) if self.quick else (20, 20)
        p = self.gen(n, os.path.join(self.work, f"fleet{ndb}x{n}"), databases=ndb)
        self.render(p)
        names = [f"db{i:02d}" for i in range(1, ndb + 1)]
        env = self.env(**{f"BENCH_{d.upper()}_URL": self.db_url(f"bench_fleet_{d}") for d in names})
        runs = 1 if self.quick else 3

        def fresh():
            for d in names:
                self.fresh_db(f"bench_fleet_{d}")

        def apply_p(par):
            return lambda _: self.timed([self.prov, "--project", p, "--no-progress", "--quiet", "apply", "--target", "bench",
                                         "--parallel", str(par)], env=env)[0]

        def psql_loop(_):
            t0 = time.perf_counter()
            for d in names:
                f = self.up_files(p, d)[0]
                self.sh(["psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-d", f"bench_fleet_{d}", "-f", f])
            return time.perf_counter() - t0

        self.alternate(f"fleet: {ndb} databases x {n} tables (fresh)", [
            ("psql -1 -f, one after another", fresh, psql_loop),
            ("provision apply --parallel 1", fresh, apply_p(1)),
            ("provision apply --parallel 4", fresh, apply_p(4)),
            ("provision apply --parallel 8", fresh, apply_p(8)),
        ], runs, baseline="provision apply --parallel 1")
        env_notls = self.env(**{f"BENCH_{d.upper()}_URL": self.db_url(f"bench_fleet_{d}", extra="?sslmode=disable")
                                for d in names})
        self.alternate(f"fleet: no-op apply of {ndb} databases", [
            ("provision apply --parallel 1", None, apply_p(1)),
            ("provision apply --parallel 4", None, apply_p(4)),
            ("provision apply --parallel 8", None, apply_p(8)),
            ("provision apply --parallel 4, URLs with sslmode=disable", None, lambda _: self.timed(
                [self.prov, "--project", p, "--no-progress", "--quiet", "apply", "--target", "bench", "--parallel", "4"],
                env=env_notls)[0]),
        ], 1 if self.quick else 5, baseline="provision apply --parallel 1")
        for d in names:
            self.drop_db(f"bench_fleet_{d}")
        log(f"fleet of logical databases: took {time.perf_counter() - started:.0f} s with its setup")

    def add_tenant_table(self, project):
        """The model change of the tenant fleets: one more tenant-scoped table
        (a foreign key to the module's first table, a check, an index) at the
        end of the last module, rendered as the next migration."""
        last = sorted(glob.glob(os.path.join(project, "schemas", "m*.yaml")))[-1]
        mod = os.path.basename(last)[:-5]
        text = open(last).read()
        ref = re.search(r"^  (\w+):\n    traits: \[uuid_pk", text, re.M).group(1)
        with open(last, "a") as fh:
            fh.write("  bench_notes:\n"
                     "    traits: [uuid_pk, tenant_scoped]\n"
                     "    columns:\n"
                     f"      subject_id: {{ type: uuid?, references: {mod}.{ref}, on_delete: set null }}\n"
                     "      body: text\n"
                     "      status: { type: text, default: \"'open'\", check: \"status IN ('open', 'done')\" }\n"
                     "      created_at: { type: timestamptz, default: now() }\n"
                     "    indexes:\n"
                     "      - [organization_id, created_at]\n")
        self.sh([self.prov, "--project", project, "--quiet", "render", "-m", "bench notes"])

    def fleet_tenants(self, mode):
        """provision's own tenant fleets: `tenant add` N tenants at V1 (setup),
        then time `apply` of V2 (one more tenant-scoped table), which moves the
        template and every tenant schema (schema mode) or every tenant database
        (database mode) to V2. Before each timed run an untimed
        `rollback --to 1 --allow-data-loss` takes all of them back to V1
        (rollback runs down scripts, so every run starts from the same V1) and
        a CHECKPOINT; after each timed run every tenant must be at V2."""
        n = 10 if self.quick else 20
        if mode == "schema":
            ntenants, db = (5 if self.quick else 100), "bench_tschema"
        else:
            ntenants, db = (3 if self.quick else 20), "bench_tdb"
        runs = 1 if self.quick else 3
        started = time.perf_counter()
        # no partitioned tables: 24 partitions of 4 tables per tenant would make
        # `tenant add` of 100 tenants take minutes of setup
        p = self.gen(n, os.path.join(self.work, f"tenants_{mode}"), tenancy=mode, partitioned=0)
        self.render(p)
        env = self.env(BENCH_MAIN_URL=self.db_url(db))
        names = [f"t{i:03d}" for i in range(1, ntenants + 1)]
        tenant_dbs = [f"{db}__{t}" for t in names] if mode == "database" else []

        def cleanup():
            for d in tenant_dbs:
                self.drop_db(d)
            self.drop_db(db)

        def prov(*args):
            return [self.prov, "--project", p, "--no-progress", "--quiet", *args, "--target", "bench"]

        def version(d):
            return int(self.psql(d, "SELECT coalesce(max(version), 0) FROM provision.schema_history "
                                    "WHERE state = 'applied'").stdout.strip())

        def versions():
            """(database's version, tenant versions): the tenant schemas' own
            ledger rows, or each tenant database's ledger."""
            if mode == "schema":
                vs = self.psql(db, "SELECT version FROM provision.tenants ORDER BY name").stdout.split()
                return version(db), [int(v) for v in vs]
            # one psql for all tenant databases: \c to each, one row each
            script = os.path.join(self.work, "tenant_versions.sql")
            with open(script, "w") as fh:
                for d in tenant_dbs:
                    fh.write(f"\\c {d}\nSELECT coalesce(max(version), 0) FROM provision.schema_history "
                             "WHERE state = 'applied';\n")
            out = self.sh(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", "postgres", "-f", script]).stdout
            return version(db), [int(v) for v in out.split()]

        cleanup()
        self.fresh_db(db)
        self.sh(prov("apply"), env=env)
        t0 = time.perf_counter()
        for t in names:
            self.sh(prov("tenant", "add", t), env=env)
        log(f"tenants ({mode}): {ntenants} added in {time.perf_counter() - t0:.1f} s")
        self.add_tenant_table(p)
        assert versions() == (1, [1] * ntenants), versions()

        def at_v1():
            if versions() != (1, [1] * ntenants):
                t, _ = self.timed(prov("rollback", "--to", "1", "--allow-data-loss"), env=env)
                got = versions()
                if got != (1, [1] * ntenants):
                    raise RuntimeError(f"rollback --to 1 left {db} at {got}")
                log(f"tenants ({mode}): rollback --to 1 (untimed) {t:.1f} s")
            # no timed run inherits the dirty buffers of the setup
            self.psql("postgres", "CHECKPOINT")

        def apply_p(par):
            def run(_):
                t, _ = self.timed(prov("apply", "--parallel", str(par)), env=env)
                got = versions()
                if got != (2, [2] * ntenants):
                    raise RuntimeError(f"apply --parallel {par} left {db} at {got}")
                return t
            return run

        where = f"{ntenants} tenant schemas" if mode == "schema" else f"{ntenants} tenant databases"
        self.alternate(f"fleet: {where} x {n} tables, apply of one more table", [
            ("provision apply --parallel 1", at_v1, apply_p(1)),
            ("provision apply --parallel 4", at_v1, apply_p(4)),
            ("provision apply --parallel 8", at_v1, apply_p(8)),
        ], runs, baseline="provision apply --parallel 1",
            note=f"tenancy mode {mode}; setup: `tenant add` x {ntenants} at V1, then "
                 "`rollback --to 1 --allow-data-loss` and a CHECKPOINT before every timed run; no partitioned tables")
        cleanup()
        log(f"tenants ({mode}): group took {time.perf_counter() - started:.0f} s with its setup")

    # ---------- report ----------
    def machine(self):
        pg = self.psql("postgres", "SHOW server_version").stdout.strip()
        cpu = ""
        try:
            for line in open("/proc/cpuinfo"):
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
        mem = ""
        try:
            mem = open("/proc/meminfo").readline().split(":")[1].strip()
        except OSError:
            pass
        ver = self.sh([self.prov, "--version"]).stdout.strip()
        commit = self.sh(["git", "-C", os.path.dirname(HERE), "rev-parse", "--short", "HEAD"], check=False).stdout.strip()
        return {"nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "kernel": platform.release(),
                "postgres": pg, "provision": ver, "commit": commit, "quick": self.quick}

    def markdown(self):
        out = ["| benchmark | tool | median | ratio | runs (min–max) | notes |", "|---|---|---:|---:|---:|---|"]
        for g in self.groups:
            for c in g["cases"]:
                note = ""
                ex = c.get("extra")
                if isinstance(ex, dict) and "caught" in ex:
                    note = f"caught {len(ex['caught'])}/7" + (f"; missed: {', '.join(ex['missed'])}" if ex["missed"] else "")
                elif isinstance(ex, dict) and "rows_per_s" in ex:
                    note = f"{ex['rows']} rows, {ex['rows_per_s']:,} rows/s"
                base = " (baseline)" if c["tool"] == g["baseline"] else ""
                lo, hi = min(c["runs"]) * 1000, max(c["runs"]) * 1000
                out.append(f"| {g['group']} | {c['tool']}{base} | {c['median'] * 1000:.0f} ms | {c['ratio']:.2f} | "
                           f"{len(c['runs'])} ({lo:.0f}–{hi:.0f} ms) | {note} |")
        out += ["", "provision against each other tool, round by round (the runs of a round are",
                "consecutive, so drift cancels): the median of provision's time over the tool's,",
                "a distribution-free confidence range for that median, and the verdict: ahead or",
                "behind when the whole range is below or above 1, at when it holds 1 (the tools",
                "differ by less than this machine lets a run of this size tell apart).", "",
                "| benchmark | provision vs | ratio | range (confidence) | rounds faster / slower | verdict |",
                "|---|---|---:|---:|---:|---|"]
        for row in verdicts(self.groups):
            out.append("| {group} | {peer} | {ratio:.3f} | {lo:.3f}–{hi:.3f} ({conf:.0%}) | {faster} / {slower} | {verdict} |"
                       .format(**row))
        return "\n".join(out)


def median_range(xs, level=0.95):
    """The order statistics that bound the median of xs with at least `level`
    confidence (binomial, no assumption about the distribution), or the
    widest pair when there are too few values for that: (lo, hi, coverage)."""
    xs, n = sorted(xs), len(xs)
    cdf = lambda k: sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n  # P(Binom(n, 1/2) <= k)
    k = 0
    while k + 1 <= n // 2 and 1 - 2 * cdf(k) >= level:
        k += 1
    # [xs[k-1], xs[n-k]] covers the median with probability 1 - 2 P(B <= k-1)
    k = max(k, 1)
    return xs[k - 1], xs[n - k], 1 - 2 * cdf(k - 1)


def verdicts(groups):
    """Provision's first case of each group against every case not named provision."""
    rows = []
    for g in groups:
        mine = next((c for c in g["cases"] if c["tool"].startswith("provision")), None)
        if mine is None:
            continue
        for c in g["cases"]:
            if c["tool"].startswith("provision") or len(c["runs"]) != len(mine["runs"]):
                continue
            ratios = [a / b for a, b in zip(mine["runs"], c["runs"]) if b > 0]
            if not ratios:
                continue
            lo, hi, conf = median_range(ratios)
            if conf < 0.75:
                verdict = f"none ({len(ratios)} round{'s' if len(ratios) > 1 else ''}: too few)"
            else:
                verdict = "ahead" if hi < 1 else "behind" if lo > 1 else "at"
            rows.append({"group": g["group"], "peer": c["tool"], "ratio": statistics.median(ratios), "lo": lo, "hi": hi,
                         "conf": conf, "faster": sum(r < 1 for r in ratios), "slower": sum(r > 1 for r in ratios),
                         "verdict": verdict})
    return rows


def report(path):
    """Print the markdown table of a results file again."""
    res = json.load(open(path))
    b = Bench.__new__(Bench)
    b.groups = res["groups"]
    print(b.markdown())
    if res.get("missing_peers"):
        print("\nPeers not measured: " + ", ".join(f"{k} ({v})" for k, v in res["missing_peers"].items()))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--report":
        return report(sys.argv[2])
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--provision", required=True)
    ap.add_argument("--tools", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--server-log", default="", help="the cluster's log file: apply's own time is read from its statement durations")
    ap.add_argument("--with-peers", action="store_true", help="measure peers in --quick mode too")
    ap.add_argument("--only", default="", help="comma-separated groups (render,apply,forty,verify,lint,seed,backup,fleet)")
    a = ap.parse_args()
    b = Bench(a)
    only = set(filter(None, a.only.split(",")))
    want = lambda g: not only or g in only
    tools = b.peer_tools(want) if (not a.quick or a.with_peers) else {}
    started = time.time()
    # Autovacuum off for the run: a minute after each 400-table apply it
    # vacuums and analyzes ten catalogs of that database (pg_attribute,
    # pg_depend, pg_class, ... 0.3-0.6 s of server work) at a moment of its
    # choosing, which is some other tool's timed run on two cores.
    b.psql("postgres", "ALTER SYSTEM SET autovacuum = off")
    b.psql("postgres", "SELECT pg_reload_conf()")
    try:
        run_groups(b, tools, want)
    finally:
        b.psql("postgres", "ALTER SYSTEM RESET autovacuum", check=False)
        b.psql("postgres", "SELECT pg_reload_conf()", check=False)
    res = {"machine": b.machine(), "seconds": round(time.time() - started, 1), "missing_peers": b.missing,
           "model": b.stats, "groups": b.groups}
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w") as fh:
        json.dump(res, fh, indent=1)
    print(b.markdown())
    if b.missing:
        print("\nPeers not measured: " + ", ".join(f"{k} ({v})" for k, v in b.missing.items()))
    print(f"\nraw results: {a.out}")


def run_groups(b, tools, want):
    b.g_render()  # also renders the models the others use
    if want("apply"):
        b.g_apply(tools)
    if want("forty") or want("lint"):
        b.g_forty(tools)
    if want("verify"):
        b.g_verify(tools)
    if want("lint"):
        b.g_lint(tools)
    if want("seed") or want("backup"):
        b.g_seed()
    if want("backup"):
        b.g_backup()
    if want("fleet"):
        b.g_fleet()
    b.drop_db("bench_seed")
    b.drop_db("bench_clean")


if __name__ == "__main__":
    main()
