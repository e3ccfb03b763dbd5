#!/usr/bin/env bash
# The long fuzz budget: PROVISION_FUZZ_CASES cases (default 20000) for each of
# the three properties (random text, random mappings of the language's keys,
# mutations of the render cases and examples), in a release build. Prints one
# summary line per property with its seed; PROVISION_FUZZ_SEED=<seed> replays one.
set -uo pipefail
cd "$(dirname "$0")/.."
export PROVISION_FUZZ_CASES="${PROVISION_FUZZ_CASES:-20000}"
log=$(mktemp)
start=$(date +%s)
cargo test --release --test it fuzz -- --nocapture --test-threads 1 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
echo
echo "== summary ($(nproc) cores, $(( $(date +%s) - start ))s including the build) =="
grep '^fuzz ' "$log"
rm -f "$log"
exit "$rc"
