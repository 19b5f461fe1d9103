//! The `kaizala` binary, run as a user runs it, against the in-process
//! emulator: every script job, the generated commands, help and error
//! output (insta snapshots), a token rotation persisted, and bad input
//! refused before any call. One test binary; the modules are under `cli/`.

mod support;

mod auth;
mod generated;
mod help;
mod input;
mod jobs;
mod readme;
