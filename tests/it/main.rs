//! Integration tests: one binary, one throwaway PostgreSQL cluster for all of
//! them (started on first use, torn down when the process exits, even on a
//! crash), one fresh database per test.

mod backup;
mod cli;
mod diagnostics;
mod evolution;
mod examples;
mod executor;
mod faults;
mod fuzz;
mod harness;
mod hostile;
mod inspect;
mod isolation;
mod lint;
mod pg;
mod render_cases;
mod seed;
mod soak;
mod tenants;
mod tls;
