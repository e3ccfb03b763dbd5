//! The only module that writes to the terminal. Data goes to stdout (tables,
//! SQL, JSON), diagnostics, progress and errors to stderr. A closed pipe on
//! stdout (`provision plan | head`) ends output quietly.

use crate::cli::{Format, GlobalArgs};
use crate::diag::{Diagnostic, Severity};
use crate::exit::Failure;
use comfy_table::{presets, ContentArrangement, Table};
use std::io::{IsTerminal, Write};

pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    pub verbose: bool,
    pub progress: bool,
}

impl Printer {
    pub fn new(g: &GlobalArgs) -> Printer {
        let tty = std::io::stderr().is_terminal();
        Printer { format: g.format, quiet: g.quiet, verbose: g.verbose, progress: tty && !g.no_progress && !g.quiet }
    }

    pub fn json_mode(&self) -> bool {
        self.format == Format::Json
    }

    /// A line of data on stdout.
    pub fn data(&self, text: &str) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes()).and_then(|_| if text.ends_with('\n') { Ok(()) } else { out.write_all(b"\n") });
    }

    pub fn json<T: serde::Serialize>(&self, value: &T) {
        match serde_json::to_string_pretty(value) {
            Ok(s) => self.data(&s),
            Err(e) => self.warn(&format!("cannot encode JSON output: {e}")),
        }
    }

    /// Progress and status for humans, on stderr.
    pub fn info(&self, text: &str) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }

    pub fn warn(&self, text: &str) {
        eprintln!("warning: {text}");
    }

    pub fn diagnostics(&self, diags: &[Diagnostic]) {
        if self.json_mode() {
            self.json(&diags);
            return;
        }
        for d in diags {
            if self.quiet && d.severity == Severity::Warning {
                continue;
            }
            eprintln!("{d}");
        }
    }

    pub fn failure(&self, f: &Failure) {
        eprintln!("error: {}", f.error);
        for cause in f.error.chain().skip(1) {
            eprintln!("  caused by: {cause}");
        }
    }

    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) -> String {
        let mut t = Table::new();
        t.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Disabled).set_header(header.to_vec());
        for r in rows {
            t.add_row(r);
        }
        t.to_string()
    }
}

/// Progress of a multi-database run: one bar per database on a terminal,
/// one line per finished migration (with --verbose) otherwise.
pub struct Progress {
    multi: Option<indicatif::MultiProgress>,
    bars: std::sync::Mutex<std::collections::BTreeMap<String, indicatif::ProgressBar>>,
    verbose: bool,
}

impl Printer {
    pub fn progress(&self) -> Progress {
        let multi = self.progress.then(|| indicatif::MultiProgress::with_draw_target(indicatif::ProgressDrawTarget::stderr()));
        Progress { multi, bars: std::sync::Mutex::new(Default::default()), verbose: self.verbose && !self.quiet }
    }
}

impl Progress {
    pub fn event(&self, e: &crate::db::executor::Event) {
        use crate::db::executor::Event;
        let mut bars = self.bars.lock().unwrap_or_else(|p| p.into_inner());
        match e {
            Event::Locked { database, pending } => {
                if let Some(m) = &self.multi {
                    let bar = m.add(indicatif::ProgressBar::new(*pending as u64));
                    bar.set_style(
                        indicatif::ProgressStyle::with_template("{prefix:>16} [{bar:30}] {pos}/{len} {msg}")
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                            .progress_chars("=> "),
                    );
                    bar.set_prefix(database.clone());
                    bars.insert(database.clone(), bar);
                }
            }
            Event::Started { database, version, name } => {
                if let Some(bar) = bars.get(database) {
                    bar.set_message(format!("V{version:04}__{name}"));
                }
            }
            Event::Finished { database, version, elapsed } => {
                if let Some(bar) = bars.get(database) {
                    bar.inc(1);
                    if bar.position() >= bar.length().unwrap_or(0) {
                        bar.finish_with_message("done");
                    }
                } else if self.verbose {
                    eprintln!("{database}: V{version:04} done in {} ms", elapsed.as_millis());
                }
            }
        }
    }

    pub fn clear(&self) {
        if let Some(m) = &self.multi {
            let _ = m.clear();
        }
    }
}

/// One bar for the table being loaded (seed), on a terminal only.
pub struct RowProgress {
    enabled: bool,
    database: String,
    bar: Option<indicatif::ProgressBar>,
}

impl Printer {
    pub fn row_progress(&self, database: &str) -> RowProgress {
        RowProgress { enabled: self.progress, database: database.to_string(), bar: None }
    }
}

impl RowProgress {
    pub fn start(&mut self, table: &str, rows: u64) {
        self.finish();
        if !self.enabled {
            return;
        }
        let bar = indicatif::ProgressBar::with_draw_target(Some(rows), indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{prefix:>40} [{bar:30}] {pos}/{len} rows")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_prefix(format!("{}: {table}", self.database));
        self.bar = Some(bar);
    }

    pub fn inc(&mut self, rows: u64) {
        if let Some(b) = &self.bar {
            b.inc(rows);
        }
    }

    pub fn finish(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}
