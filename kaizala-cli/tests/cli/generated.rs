//! The generated operation commands: flags, `--body`, output, exit codes.

use crate::support::{Env, json_lines, stderr};

#[test]
fn generated_commands_call_the_operation_and_print_its_json() {
    let env = Env::new();
    let out = env.authed().args(["groups", "list"]).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let list = &json_lines(&out)[0];
    assert!(
        list["groups"].as_array().is_some_and(|g| g.len() == 2),
        "{list}"
    );
    // The operation id works as an alias.
    let out = env
        .authed()
        .args(["groups", "get-group", "--group-id", "sample-group"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    // Body fields as flags, a body from a file, and one from stdin.
    let out = env
        .authed()
        .args([
            "messages",
            "send",
            "--group-id",
            "sample-group",
            "--message",
            "by flag",
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let file = env.file("body.json", br#"{"message": "by file"}"#);
    let out = env
        .authed()
        .args([
            "messages",
            "send",
            "--group-id",
            "sample-group",
            "--body",
            &format!("@{file}"),
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env
        .authed()
        .args([
            "messages",
            "send",
            "--group-id",
            "sample-group",
            "--body",
            "-",
        ])
        .write_stdin(r#"{"message": "by stdin"}"#)
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(json_lines(&out)[0]["referenceId"].is_string());
    let sent = env
        .emu
        .request_log()
        .iter()
        .filter(|r| r.path == "/groups/sample-group/messages" && r.status == 200)
        .count();
    assert_eq!(sent, 3);
}

#[test]
fn secrets_in_a_response_are_redacted() {
    let env = Env::new();
    let out = env
        .authed()
        .args([
            "webhooks",
            "list",
            "--object-id",
            "sample-group",
            "--object-type",
            "Group",
        ])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!text.contains("sample-callback-token"), "{text}");
}

#[test]
fn exit_codes_say_what_failed() {
    let env = Env::new();
    // Not found.
    let out = env
        .authed()
        .args(["groups", "get", "--group-id", "no-such-group"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    // The library's sentence, with the service's detail (not snapshotted:
    // it is the emulator's text).
    let err = stderr(&out);
    assert!(err.starts_with("error: not found (404"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    // Network: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("addr").port();
    drop(closed);
    let out = env
        .authed()
        .args([
            "--auth-root",
            &format!("http://127.0.0.1:{port}/auth/v1"),
            "list",
            "groups",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    // A usage error is bad input too.
    let out = env.authed().args(["groups", "get"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
