#!/usr/bin/env python3
"""Synthetic provision project for benchmarks.

    gen_model.py --tables N --out DIR [--migrations K] [--databases D]
                 [--tenancy rls|schema|database] [--partitioned P]
                 [--provision BIN]

Writes DIR/provision.yaml and DIR/schemas/*.yaml: N tables (the tenant root
included) over about N/20 modules, one schema per module. Every table but the
root is tenant-scoped (forced RLS through the `tenant_scoped` trait) and has
realistic columns (uuid key, tenant key, text, numeric, timestamptz, jsonb, an
enum-like CHECK, deleted_at), foreign keys to earlier tables and three indexes
of its own (composite, partial on live rows, GIN on jsonb) besides the tenant
key index. Ten tables (--partitioned P: P tables, at most a quarter of the
model) are range-partitioned by month with 24 partitions each.

The output depends only on the arguments (a seeded RNG, no clock): the same
call writes the same bytes.

--migrations K renders the model in K steps: step k writes the first k/K of
the tables and runs `provision render -m stepNN`, so migrations/ holds K
files. Without it nothing is rendered (run `provision render` yourself).

--databases D declares D logical databases (db01..dbNN) that all receive
every module: the fleet benchmark.

--tenancy schema|database declares that tenancy mode instead of `rls` (the
default, whose output is unchanged): the tenant-scoped tables become the
template `provision tenant add NAME` copies into a schema `tenant_NAME` or a
database `<db>__NAME` (the tenant fleet benchmarks).
"""

import argparse
import os
import random
import shutil
import subprocess
import sys

TABLES_PER_MODULE = 20
PARTITIONED = 10
PARTITIONS = 24

NOUNS = [
    "accounts", "orders", "invoices", "payments", "shipments", "products",
    "customers", "contracts", "tickets", "assets", "projects", "tasks",
    "documents", "events", "locations", "vendors", "budgets", "quotes",
    "claims", "devices", "visits", "reports", "batches", "leases",
]
STATUSES = [
    ["draft", "active", "archived"],
    ["pending", "approved", "rejected", "cancelled"],
    ["open", "in_progress", "done"],
    ["new", "sent", "paid", "overdue", "void"],
]
EXTRA_TYPES = [
    ("title", "text"),
    ("notes", "text?"),
    ("quantity", "integer"),
    ("unit_price", '"numeric(12,2)"'),
    ("due_on", "date?"),
    ("reference_code", '"varchar(40)?"'),
    ("is_billable", "boolean"),
    ("score", "double precision?"),
    ("closed_at", "timestamptz?"),
    ("tags", "text[]"),
]


def module_name(m):
    return f"m{m:03d}"


def plan(n_tables, seed=20260101, partitioned=PARTITIONED):
    """The table list: (module index, table name, definition dict)."""
    rng = random.Random(seed)
    n_domain = max(n_tables - 1, 1)
    n_modules = max(1, -(-n_domain // TABLES_PER_MODULE))
    # Partitioned tables: spread over the model, never referenced by others
    # (their primary key includes the partition key).
    n_part = min(partitioned, n_domain // 4)
    part_idx = set()
    if n_part:
        step = n_domain / n_part
        part_idx = {int(step * k + step - 1) for k in range(n_part)}
    tables = []
    referencable = []  # (module, qualified name)
    for i in range(n_domain):
        mod = i // TABLES_PER_MODULE + 1
        name = f"{NOUNS[i % len(NOUNS)]}_{i + 1:04d}"
        statuses = STATUSES[i % len(STATUSES)]
        cols = {}
        # Foreign keys to earlier tables: the previous table of the module and
        # sometimes one further back (possibly in the previous module).
        refs = []
        same_mod = [r for r in referencable if r[0] == mod]
        prev_mod = [r for r in referencable if r[0] == mod - 1]
        if same_mod:
            refs.append(same_mod[-1])
        pool = same_mod[:-1] + prev_mod
        if pool and rng.random() < 0.6:
            r = rng.choice(pool)
            if r not in refs:
                refs.append(r)
        for r in refs:
            col = r[1].split(".")[1].rsplit("_", 1)[0].rstrip("s") + "_" + r[1].rsplit("_", 1)[1] + "_id"
            cols[col] = f"{{ type: uuid?, references: {r[1]}, on_delete: set null }}"
        cols["name"] = "text"
        cols["code"] = '"varchar(32)"'
        cols["amount"] = '{ type: "numeric(14,2)", default: "0", check: amount >= 0 }'
        lst = ", ".join(f"'{s}'" for s in statuses)
        cols["status"] = f"{{ type: text, default: \"'{statuses[0]}'\", check: \"status IN ({lst})\" }}"
        for cname, ctype in rng.sample(EXTRA_TYPES, 3):
            cols[cname] = ctype
        cols["attributes"] = "{ type: jsonb, default: \"'{}'::jsonb\" }"
        cols["created_at"] = "{ type: timestamptz, default: now() }"
        cols["deleted_at"] = "timestamptz?"
        partitioned = i in part_idx
        if partitioned:
            cols["occurred_at"] = "{ type: timestamptz, default: now() }"
        t = {"cols": cols, "partitioned": partitioned, "refs": [r[0] for r in refs]}
        tables.append((mod, name, t))
        if not partitioned:
            referencable.append((mod, f"{module_name(mod)}.{name}"))
    return n_modules, tables


def table_yaml(name, t):
    out = [f"  {name}:"]
    if t["partitioned"]:
        out.append("    traits: [tenant_scoped]")
    else:
        out.append("    traits: [uuid_pk, tenant_scoped]")
    out.append("    columns:")
    if t["partitioned"]:
        out.append("      id: { type: uuid, default: gen_random_uuid() }")
    for c, ty in t["cols"].items():
        out.append(f"      {c}: {ty}")
    if t["partitioned"]:
        out.append("    primary_key: [id, occurred_at]")
    out.append("    indexes:")
    out.append("      - [organization_id, status, created_at]")
    out.append("      - { columns: [name], where: deleted_at IS NULL }")
    out.append("      - { columns: [attributes], using: gin }")
    if t["partitioned"]:
        out.append("    partition:")
        out.append("      by: range")
        out.append("      key: [occurred_at]")
        out.append("      interval: month")
        out.append('      start: "2025-01-01"')
        out.append(f"      premake: {PARTITIONS - 1}")
    return out


def write_project(out, n_tables, upto, databases, tables, n_modules, tenancy="rls"):
    """Write the project with the first `upto` domain tables."""
    schemas = os.path.join(out, "schemas")
    if os.path.isdir(schemas):
        shutil.rmtree(schemas)
    os.makedirs(schemas)
    used = tables[:upto]
    mods = sorted({m for m, _, _ in used})
    names = ["tenant"] + [module_name(m) for m in mods]
    man = [
        f"# Synthetic benchmark model: {n_tables} tables, {n_modules} modules (bench/gen_model.py).",
        "project: bench",
        "postgres: 15",
        "tenancy:",
        f"  mode: {tenancy}",
        "  root: tenant.organizations",
        "  key: organization_id",
        "  setting: app.current_organization_id",
        "databases:",
    ]
    mod_list = "[" + ", ".join(names) + "]"
    if databases:
        for d in range(1, databases + 1):
            man.append(f"  db{d:02d}:")
            man.append(f"    modules: {mod_list}")
    else:
        man.append("  main:")
        man.append(f"    modules: {mod_list}")
    man += [
        "targets:",
        "  local: {}",
        "  bench:",
        "    databases:",
    ]
    for d in (range(1, databases + 1) if databases else [None]):
        db = f"db{d:02d}" if d else "main"
        man.append(f"      {db}: {{ url_env: BENCH_{db.upper()}_URL }}")
    with open(os.path.join(out, "provision.yaml"), "w") as f:
        f.write("\n".join(man) + "\n")
    with open(os.path.join(schemas, "tenant.yaml"), "w") as f:
        f.write(
            "module: tenant\n"
            "schema: tenant\n"
            "tables:\n"
            "  organizations:\n"
            "    traits: [uuid_pk, tenant_root]\n"
            "    columns:\n"
            "      name: text\n"
            "      slug: { type: text, unique: true }\n"
            "      created_at: { type: timestamptz, default: now() }\n"
        )
    for m in mods:
        mt = [(n, t) for mm, n, t in used if mm == m]
        deps = {"tenant"}
        for _, t in mt:
            for rm in t["refs"]:
                if rm != m:
                    deps.add(module_name(rm))
        lines = [
            f"module: {module_name(m)}",
            f"description: Synthetic module {m} of the benchmark model.",
            f"schema: {module_name(m)}",
            "depends_on: [" + ", ".join(sorted(deps)) + "]",
            "tables:",
        ]
        for n, t in mt:
            lines += table_yaml(n, t)
        with open(os.path.join(schemas, f"{module_name(m)}.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tables", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--migrations", type=int, default=0,
                    help="render in K steps (K migration files)")
    ap.add_argument("--databases", type=int, default=0,
                    help="declare D logical databases db01..dbNN (fleet)")
    ap.add_argument("--tenancy", choices=["rls", "schema", "database"], default="rls",
                    help="tenancy mode of the manifest (default rls)")
    ap.add_argument("--partitioned", type=int, default=PARTITIONED,
                    help=f"range-partitioned tables (default {PARTITIONED}, 0 for none)")
    ap.add_argument("--provision", default=os.environ.get("PROVISION", "provision"),
                    help="provision binary for --migrations")
    a = ap.parse_args()
    if a.tables < 2:
        sys.exit("--tables must be at least 2")
    n_modules, tables = plan(a.tables, partitioned=a.partitioned)
    os.makedirs(a.out, exist_ok=True)
    if os.path.isdir(os.path.join(a.out, "migrations")):
        shutil.rmtree(os.path.join(a.out, "migrations"))
    if a.migrations:
        k = a.migrations
        for step in range(1, k + 1):
            upto = max(1, -(-len(tables) * step // k))
            write_project(a.out, a.tables, upto, a.databases, tables, n_modules, a.tenancy)
            r = subprocess.run(
                [a.provision, "--project", a.out, "--quiet", "render", "-m", f"step{step:02d}"],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if r.returncode != 0:
                sys.exit(f"render step {step} failed:\n{r.stderr}")
    else:
        write_project(a.out, a.tables, len(tables), a.databases, tables, n_modules, a.tenancy)


if __name__ == "__main__":
    main()
