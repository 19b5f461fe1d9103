//! What the CLI prints: JSON (one value per line) on stdout, notes and
//! progress on stderr unless `--quiet`. Every value printed has the fields
//! the spec marks secret redacted (`kaizala_api::redact`), so an access
//! token, refresh token or callback token never reaches a terminal or log.

use std::io::Write;

/// Where output goes.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    /// `--quiet`.
    pub quiet: bool,
}

impl Output {
    /// Prints `value` as one line of JSON on stdout, secrets redacted.
    pub fn json<T: serde::Serialize + ?Sized>(&self, value: &T) {
        let mut value = match serde_json::to_value(value) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("cannot encode the result as JSON: {e}");
                return;
            }
        };
        kaizala_api::redact::redact_value(&mut value);
        let mut out = std::io::stdout().lock();
        // A closed pipe (`| head`) ends the output, not the run.
        let _ = writeln!(out, "{value}");
        let _ = out.flush();
    }

    /// A note on stderr, unless `--quiet`.
    pub fn note(&self, text: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{text}");
        }
    }
}
