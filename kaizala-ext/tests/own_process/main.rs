//! Tests that need the process to themselves, in one binary without the
//! libtest harness (this `main` runs them):
//! - `env_config`: changes the process environment; runs first, alone.
//! - `observability`: a thread-local `tracing` subscriber (tracing caches
//!   per process which callsites a subscriber wants); runs alone.
//! - `crash_injection` and, with the `redis` feature,
//!   `redis_crash_injection`: the binary is the parent and, with
//!   `KAIZALA_CRASH_CHILD` set, the child processes it SIGKILLs. The two
//!   run at the same time, last: their processes mostly wait (on process
//!   start, random delays, a dead replica's lease).
//!
//! Takes libtest's `--list`, name filters, `--exact` and `--skip`, and
//! prints libtest's lines, so `cargo test` counts and reports it as usual.

mod crash_injection;
mod env_config;
mod observability;
#[cfg(feature = "redis")]
mod redis_crash_injection;

#[path = "../client/support.rs"]
mod support;

#[cfg(feature = "redis")]
#[path = "../redis/support.rs"]
mod redis_support;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

type Test = (&'static str, fn());

/// Run one after another, alone in the process.
const ALONE: &[Test] = &[
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
];

/// Run side by side, after the others.
const TOGETHER: &[Test] = &[
    (
        "crash_injection::a_killed_refresh_never_loses_the_connector",
        crash_injection::a_killed_refresh_never_loses_the_connector,
    ),
    #[cfg(feature = "redis")]
    (
        "redis_crash_injection::killed_replicas_and_a_restarted_redis_never_lose_the_connector",
        redis_crash_injection::killed_replicas_and_a_restarted_redis_never_lose_the_connector,
    ),
];

fn main() {
    match std::env::var("KAIZALA_CRASH_CHILD").as_deref() {
        Ok("file") => return crash_injection::child(),
        #[cfg(feature = "redis")]
        Ok("redis") => return redis_crash_injection::child(),
        _ => {}
    }
    let selection = Selection::from_args();
    if selection.list {
        for (name, _) in ALONE.iter().chain(TOGETHER) {
            println!("{name}: test");
        }
        return;
    }
    let alone: Vec<Test> = ALONE
        .iter()
        .copied()
        .filter(|(n, _)| selection.runs(n))
        .collect();
    let together: Vec<Test> = TOGETHER
        .iter()
        .copied()
        .filter(|(n, _)| selection.runs(n))
        .collect();
    let filtered_out = ALONE.len() + TOGETHER.len() - alone.len() - together.len();
    let started = Instant::now();
    println!("\nrunning {} tests", alone.len() + together.len());
    let mut failed: Vec<&str> = Vec::new();
    for (name, test) in alone {
        if !run(name, test) {
            failed.push(name);
        }
    }
    let threads: Vec<_> = together
        .into_iter()
        .map(|(name, test)| (name, std::thread::spawn(move || run(name, test))))
        .collect();
    for (name, thread) in threads {
        if !thread.join().unwrap_or(false) {
            failed.push(name);
        }
    }
    let total = ALONE.len() + TOGETHER.len() - filtered_out;
    if !failed.is_empty() {
        println!("\nfailures:");
        for name in &failed {
            println!("    {name}");
        }
    }
    println!(
        "\ntest result: {}. {} passed; {} failed; 0 ignored; 0 measured; {filtered_out} filtered out; finished in {:.2}s\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        total - failed.len(),
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
