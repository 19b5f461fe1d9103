//! Bad input is refused with one clear sentence and exit code 2 before any
//! call reaches the service.

use crate::support::{Env, stderr};

/// Runs a command that must be refused before any call; returns stderr.
fn refused(env: &Env, args: &[&str]) -> String {
    let before = env.calls();
    let out = env.authed().args(args).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    assert!(out.stdout.is_empty(), "{args:?} printed a result");
    assert_eq!(env.calls(), before, "{args:?} reached the service");
    let err = stderr(&out);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "{args:?}: not one line: {err}"
    );
    err
}

#[test]
fn a_malformed_number() {
    let env = Env::new();
    insta::assert_snapshot!(
        "malformed_number_flag",
        refused(
            &env,
            &[
                "send",
                "-g",
                "sample-public-group",
                "--text",
                "x",
                "--to",
                "5550100"
            ]
        )
    );
    let file = env.file("numbers.txt", b"+15550900001\n# ok so far\n+1555-0900\n");
    insta::assert_snapshot!(
        "malformed_number_in_file",
        refused(
            &env,
            &[
                "bulk",
                "add-subscribers",
                "-g",
                "sample-public-group",
                "-f",
                &file
            ]
        )
    );
    insta::assert_snapshot!(
        "malformed_number_login",
        refused(&env, &["login", "--mobile-number", "0044 20 7946"])
    );
}

#[test]
fn a_missing_file() {
    let env = Env::new();
    insta::assert_snapshot!(
        "missing_media_file",
        refused(
            &env,
            &["media", "send", "-g", "sample-group", "-f", "nowhere.png"]
        )
    );
    insta::assert_snapshot!(
        "missing_numbers_file",
        refused(
            &env,
            &[
                "bulk",
                "add-members",
                "-g",
                "sample-group",
                "-f",
                "nowhere.txt"
            ]
        )
    );
    insta::assert_snapshot!(
        "missing_body_file",
        refused(
            &env,
            &[
                "messages",
                "send",
                "--group-id",
                "sample-group",
                "--body",
                "@nowhere.json"
            ]
        )
    );
}

#[test]
fn a_five_gib_file() {
    let env = Env::new();
    let file = std::fs::File::create(env.path("huge.mp4")).expect("create");
    // Sparse: no disk space is used.
    file.set_len(5 << 30).expect("set_len");
    drop(file);
    insta::assert_snapshot!(
        "five_gib_media",
        refused(
            &env,
            &["media", "send", "-g", "sample-group", "-f", "huge.mp4"]
        )
    );
    let image = std::fs::File::create(env.path("huge.jpg")).expect("create");
    image.set_len(5 << 30).expect("set_len");
    drop(image);
    refused(
        &env,
        &[
            "announce",
            "-g",
            "sample-group",
            "--message",
            "m",
            "--image",
            "huge.jpg",
        ],
    );
}

#[test]
fn a_body_that_is_not_json() {
    let env = Env::new();
    let file = env.file("body.json", b"{\"message\": \"unterminated");
    insta::assert_snapshot!(
        "body_not_json",
        refused(
            &env,
            &[
                "messages",
                "send",
                "--group-id",
                "sample-group",
                "--body",
                &format!("@{file}")
            ]
        )
    );
    // From standard input.
    let before = env.calls();
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
        .write_stdin("message: not json")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.calls(), before);
    insta::assert_snapshot!("body_not_json_stdin", stderr(&out));
    // JSON, but not this operation's body.
    let file = env.file("wrong.json", b"{\"text\": \"hello\"}");
    insta::assert_snapshot!(
        "body_wrong_shape",
        refused(
            &env,
            &[
                "messages",
                "send",
                "--group-id",
                "sample-group",
                "--body",
                &file
            ]
        )
    );
}

#[test]
fn a_value_the_spec_forbids_is_refused_by_the_client_seam() {
    let env = Env::new();
    let long = "x".repeat(4001);
    let err = refused(
        &env,
        &[
            "messages",
            "send",
            "--group-id",
            "sample-group",
            "--message",
            &long,
        ],
    );
    assert!(err.starts_with("error: invalid input:"), "{err}");
    assert!(err.contains("4000"), "{err}");
}

#[test]
fn a_media_type_kaizala_does_not_take() {
    let env = Env::new();
    let file = env.file("notes.xyz", b"?");
    insta::assert_snapshot!(
        "unsupported_media_type",
        refused(&env, &["media", "upload", "-f", &file])
    );
}

#[test]
fn a_body_the_spec_refuses_is_stopped_by_the_client_seam() {
    let env = Env::new();
    let numbers: Vec<String> = (0..101).map(|i| format!("+1555080{i:04}")).collect();
    let body = serde_json::json!({ "members": numbers });
    let file = env.file("members.json", body.to_string().as_bytes());
    insta::assert_snapshot!(
        "body_over_the_spec_limit",
        refused(
            &env,
            &[
                "members",
                "add",
                "--group-id",
                "sample-group",
                "--body",
                &file
            ]
        )
    );
}

#[test]
fn a_body_file_too_large_is_not_read_whole() {
    let env = Env::new();
    let file = std::fs::File::create(env.path("big.json")).expect("create");
    file.set_len(5 << 30).expect("set_len");
    drop(file);
    let err = refused(
        &env,
        &[
            "messages",
            "send",
            "--group-id",
            "sample-group",
            "--body",
            "@big.json",
        ],
    );
    assert!(
        err.contains("big.json is larger than 1048576 bytes"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn an_endless_numbers_file_is_not_read_whole() {
    // Read whole, /dev/zero never ends (the run would time out).
    let env = Env::new();
    let err = refused(
        &env,
        &[
            "bulk",
            "add-members",
            "-g",
            "sample-group",
            "-f",
            "/dev/zero",
        ],
    );
    assert!(err.contains("/dev/zero is larger than"), "{err}");
}
