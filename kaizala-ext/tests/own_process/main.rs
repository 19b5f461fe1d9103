//! Tests that need the process to themselves, in one binary without the
//! libtest harness (this `main` runs them one after another, alone):
//! - `env_config`: changes the process environment; runs first.
//! - `observability`: a thread-local `tracing` subscriber (tracing caches
//!   per process which callsites a subscriber wants).
//!
//! Takes libtest's `--list`, name filters, `--exact` and `--skip`, and
//! prints libtest's lines, so `cargo test` counts and reports it as usual.

mod env_config;
mod observability;

#[path = "../client/support.rs"]
mod support;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

type Test = (&'static str, fn());

/// Run one after another, alone in the process.
const TESTS: &[Test] = &[
    (
        "env_config::the_environment_configures_credentials_and_the_auth_root",
        env_config::the_environment_configures_credentials_and_the_auth_root,
    ),
    (
        "observability::debug_output_hides_credentials",
        observability::debug_output_hides_credentials,
    ),
    (
        "observability::spans_describe_each_operation_and_never_record_secrets",
        observability::spans_describe_each_operation_and_never_record_secrets,
    ),
    (
        "observability::attempt_ms_is_measured_when_only_events_are_wanted",
        observability::attempt_ms_is_measured_when_only_events_are_wanted,
    ),
];

fn main() {
    let selection = Selection::from_args();
    if selection.list {
        for (name, _) in TESTS {
            println!("{name}: test");
        }
        return;
    }
    let selected: Vec<Test> = TESTS
        .iter()
        .copied()
        .filter(|(n, _)| selection.runs(n))
        .collect();
    let filtered_out = TESTS.len() - selected.len();
    let started = Instant::now();
    println!("\nrunning {} tests", selected.len());
    let mut failed: Vec<&str> = Vec::new();
    for (name, test) in &selected {
        if !run(name, *test) {
            failed.push(name);
        }
    }
    if !failed.is_empty() {
        println!("\nfailures:");
        for name in &failed {
            println!("    {name}");
        }
    }
    println!(
        "\ntest result: {}. {} passed; {} failed; 0 ignored; 0 measured; {filtered_out} filtered out; finished in {:.2}s\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        selected.len() - failed.len(),
        failed.len(),
        started.elapsed().as_secs_f64()
    );
    if !failed.is_empty() {
        std::process::exit(101);
    }
}

/// Runs one test; its panic (printed by the panic hook) is a failure.
fn run(name: &str, test: fn()) -> bool {
    let passed = catch_unwind(AssertUnwindSafe(test)).is_ok();
    println!("test {name} ... {}", if passed { "ok" } else { "FAILED" });
    passed
}

/// The libtest arguments that choose tests.
struct Selection {
    list: bool,
    exact: bool,
    filters: Vec<String>,
    skip: Vec<String>,
}

impl Selection {
    fn from_args() -> Self {
        let mut selection = Selection {
            list: false,
            exact: false,
            filters: Vec::new(),
            skip: Vec::new(),
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--list" => selection.list = true,
                "--exact" => selection.exact = true,
                "--skip" => selection.skip.extend(args.next()),
                // Options with a value that choose no test.
                "--test-threads" | "--color" | "--format" | "--logfile" | "-Z" => {
                    args.next();
                }
                other if other.starts_with('-') => {}
                filter => selection.filters.push(filter.to_owned()),
            }
        }
        selection
    }

    fn matches(&self, name: &str, pattern: &str) -> bool {
        if self.exact {
            name == pattern
        } else {
            name.contains(pattern)
        }
    }

    fn runs(&self, name: &str) -> bool {
        (self.filters.is_empty() || self.filters.iter().any(|f| self.matches(name, f)))
            && !self.skip.iter().any(|s| self.matches(name, s))
    }
}
