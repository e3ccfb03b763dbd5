#!/usr/bin/env bash
# The long fault soak: 100 kill -9 trials and 20 server stops across a
# four-migration, two-database apply, plus ten concurrent applies.
# Prints one summary line per trial kind (trials, interrupted mid-apply,
# corrupted databases, elapsed). Set PROVISION_SOAK_SEED to vary the instants.
set -uo pipefail
cd "$(dirname "$0")/.."
export PROVISION_SOAK_KILLS="${PROVISION_SOAK_KILLS:-100}"
export PROVISION_SOAK_STOPS="${PROVISION_SOAK_STOPS:-20}"
log=$(mktemp)
start=$(date +%s)
cargo test --release --test it soak -- --nocapture --test-threads 1 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
echo
echo "== summary ($(nproc) cores, $(( $(date +%s) - start ))s including the build) =="
grep '^soak ' "$log"
rm -f "$log"
exit "$rc"
