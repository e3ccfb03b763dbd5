#!/usr/bin/env bash
# provision side by side with psql and peer tools, in one run.
#
#   bench/run.sh            full run (installs the missing peers of the groups it runs under bench/.tools; 15-45 min on 2 cores)
#   bench/run.sh --quick    smoke run: N=20, one run each, no peers (< 60 s once built)
#   PROVISION_BIN=path      use this binary instead of building a release one
#   bench/run.sh --only apply,verify   only some groups (render always runs: it makes the models)
#
# Results: bench/results/<UTC timestamp>.json and a markdown table on stdout.
# See docs/benchmarks.md for what the figures mean.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
tools="$here/.tools"
quick=""
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick="--quick" ;;
    --only) only="$2"; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

say() { echo "[bench] $*" >&2; }
# whether a group runs (every group without --only): peers are installed for those groups only
wants() { for g in "$@"; do [ -z "$only" ] || [[ ",$only," == *",$g,"* ]] && return 0; done; return 1; }
mkdir -p "$tools" "$here/results"

# refinery_cli compiles for several minutes: start it first, in the background,
# and cache it under bench/.tools.
refinery_pid=""
if [ -z "$quick" ] && wants apply forty && [ ! -x "$tools/bin/refinery" ]; then
  say "refinery_cli: installing in the background (cargo install, several minutes)"
  ( env -u CARGO_TARGET_DIR cargo install refinery_cli --features postgresql --root "$tools" \
      >"$tools/refinery-install.log" 2>&1 || say "refinery_cli: install failed, see $tools/refinery-install.log" ) &
  refinery_pid=$!
fi

if [ -n "${PROVISION_BIN:-}" ]; then
  # a binary built elsewhere (CI's smoke run uses the debug build it already has)
  prov="$(cd "$(dirname "$PROVISION_BIN")" && pwd)/$(basename "$PROVISION_BIN")"
  say "using $prov"
else
  say "building provision (release)"
  ( cd "$repo" && cargo build --release --quiet ) || { say "cargo build failed"; exit 1; }
  prov="${CARGO_TARGET_DIR:-$repo/target}/release/provision"
fi
[ -x "$prov" ] || { say "no binary at $prov"; exit 1; }

if [ -z "$quick" ]; then
  # each peer in its own guarded step: one that cannot be installed is skipped
  npm_pkgs=()
  wants apply forty && [ ! -x "$tools/npm/node_modules/@dbmate/linux-x64/bin/dbmate" ] && npm_pkgs+=(dbmate)
  wants forty && [ ! -x "$tools/npm/node_modules/.bin/node-pg-migrate" ] && npm_pkgs+=("node-pg-migrate pg")
  wants lint && [ ! -x "$tools/npm/node_modules/@squawk-cli/linux-x64/bin/squawk" ] && npm_pkgs+=(squawk-cli)
  if [ ${#npm_pkgs[@]} -gt 0 ]; then
    mkdir -p "$tools/npm"
    for pkg in "${npm_pkgs[@]}"; do
      say "npm: installing $pkg"
      # shellcheck disable=SC2086
      ( cd "$tools/npm" && [ -f package.json ] || npm init -y >/dev/null
        cd "$tools/npm" && npm install --no-audit --no-fund --silent $pkg ) || say "npm: $pkg could not be installed, skipping it"
    done
  fi
  if wants forty && { ! command -v sqitch >/dev/null || ! perl -MDBD::Pg -e1 2>/dev/null; }; then
    say "apt: installing sqitch libdbd-pg-perl"
    (apt-get install -y -q sqitch libdbd-pg-perl >/dev/null 2>&1 \
      || (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q sqitch libdbd-pg-perl >/dev/null 2>&1)) \
      || say "apt: sqitch could not be installed, skipping it"
  fi
  if ! command -v hyperfine >/dev/null; then
    say "apt: installing hyperfine (optional)"
    apt-get install -y -q hyperfine >/dev/null 2>&1 || say "apt: hyperfine not installed (optional, not needed)"
  fi
  # a venv moved from another directory keeps dead #! paths: it must run, not just exist
  if wants verify && ! "$tools/venv/bin/migra" --help >/dev/null 2>&1; then
    say "pip: installing migra psycopg2-binary"
    rm -rf "$tools/venv"
    (python3 -m venv "$tools/venv" && "$tools/venv/bin/pip" install -q migra psycopg2-binary setuptools) \
      || say "pip: migra could not be installed, skipping it"
  fi
  if [ -n "$refinery_pid" ]; then
    say "waiting for the refinery_cli install"
    wait "$refinery_pid"
  fi
fi

# a throwaway cluster: provision's own dev cluster of a scratch project
work="$(mktemp -d /tmp/provision-bench.XXXXXX)"
chmod 755 "$work"
python3 "$here/gen_model.py" --tables 2 --out "$work/cluster" || exit 1
cleanup() {
  "$prov" --project "$work/cluster" --quiet dev down >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
say "starting a throwaway cluster"
"$prov" --project "$work/cluster" --quiet dev up >/dev/null || { say "dev up failed"; exit 1; }
url="$("$prov" --project "$work/cluster" dev url)"
say "cluster: $url"
# a checkpoint-friendly setting for a scratch cluster is not applied: the server runs as dev up configures it

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$here/results/$stamp${quick:+-quick}.json"
python3 "$here/measure.py" --url "$url" --work "$work" --provision "$prov" --tools "$tools" --out "$out" \
  --server-log "$work/cluster/.provision/pgdata.log" ${quick} ${only:+--only "$only"}
