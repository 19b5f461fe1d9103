//! Help output, snapshot-tested (what a user reads first).

use crate::support::{Env, stderr, stdout};

fn help(args: &[&str]) -> String {
    let env = Env::new();
    let out = env.bare().args(args).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn top_level_help_lists_jobs_groups_and_exit_codes() {
    insta::assert_snapshot!("help", help(&["--help"]));
}

#[test]
fn list_and_bulk_help() {
    insta::assert_snapshot!("help_list", help(&["list", "--help"]));
    insta::assert_snapshot!("help_bulk", help(&["bulk", "--help"]));
}

#[test]
fn a_generated_command_help() {
    insta::assert_snapshot!("help_messages_send", help(&["messages", "send", "--help"]));
}

#[test]
fn completions_cover_generated_commands() {
    let script = help(&["completions", "bash"]);
    assert!(script.contains("kaizala"), "{script}");
    assert!(
        script.contains("add-subscribers"),
        "bulk jobs are completed"
    );
    assert!(
        script.contains("--group-id"),
        "generated flags are completed"
    );
}
