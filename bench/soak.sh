#!/usr/bin/env bash
# The long fault soak: 100 kill -9 trials and 20 server stops across a
# four-migration, two-database apply, plus ten concurrent applies.
# Prints one summary line per trial kind (trials, interrupted mid-apply,
# corrupted databases, elapsed). Seed with PROVISION_SOAK_SEED to vary instants.
set -euo pipefail
cd "$(dirname "$0")/.."
export PROVISION_SOAK_KILLS="${PROVISION_SOAK_KILLS:-100}"
export PROVISION_SOAK_STOPS="${PROVISION_SOAK_STOPS:-20}"
start=$(date +%s)
cargo test --release --test it soak -- --nocapture --test-threads 1 2>&1 | tee /dev/stderr | grep '^soak ' || true
echo "total: $(( $(date +%s) - start ))s (including the release build)"
