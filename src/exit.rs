//! Exit codes are a contract (documented in README): 0 ok, 1 findings,
//! 2 invalid input, 3 target failure, 130 interrupted.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Success,
    /// A check found something: drift, lint error, pending render, isolation breach.
    Findings,
    /// Invalid input: CLI, YAML, config, missing file.
    Invalid,
    /// Target failure: connection, TLS, SQL error, lock timeout.
    TargetFailure,
    Interrupted,
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Findings => 1,
            ExitStatus::Invalid => 2,
            ExitStatus::TargetFailure => 3,
            ExitStatus::Interrupted => 130,
        }
    }
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(s: ExitStatus) -> Self {
        std::process::ExitCode::from(s.code())
    }
}

/// An error that ends a command, with the exit status it maps to.
#[derive(Debug)]
pub struct Failure {
    pub status: ExitStatus,
    pub error: anyhow::Error,
}

impl Failure {
    pub fn invalid(error: impl Into<anyhow::Error>) -> Self {
        Failure { status: ExitStatus::Invalid, error: error.into() }
    }

    pub fn target(error: impl Into<anyhow::Error>) -> Self {
        Failure { status: ExitStatus::TargetFailure, error: error.into() }
    }
}

pub type CmdResult = Result<ExitStatus, Failure>;
