//! Every script job against the emulator.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::support::{Env, json_lines, stderr, stdout};

fn ok(env: &Env, args: &[&str]) -> std::process::Output {
    let out = env.authed().args(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

#[test]
fn send_text_to_a_group_to_some_subscribers_and_to_all() {
    let env = Env::new();
    let out = ok(
        &env,
        &["send", "--group", "sample-group", "--text", "hello group"],
    );
    assert!(json_lines(&out)[0]["referenceId"].is_string());
    let file = env.file(
        "subs.txt",
        b"# two subscribers\n+15550300000\n\n+15550300001\n",
    );
    let out = ok(
        &env,
        &[
            "send",
            "-g",
            "sample-public-group",
            "--text",
            "hi you",
            "--to",
            "+15550300002",
            "--to-file",
            &file,
        ],
    );
    // To subscribers: in chunks, with a report of every number.
    let report = &json_lines(&out)[0];
    assert_eq!(
        report["succeeded"],
        serde_json::json!(["+15550300002", "+15550300000", "+15550300001"]),
        "{report}"
    );
    assert_eq!(
        report["references"].as_array().map(Vec::len),
        Some(1),
        "{report}"
    );
    assert!(stderr(&out).contains("3 of 3 done"), "{}", stderr(&out));
    let text = env.file("message.txt", "to everyone".as_bytes());
    ok(
        &env,
        &[
            "send",
            "-g",
            "sample-public-group",
            "--text-file",
            &text,
            "--all-subscribers",
        ],
    );
    let sends: Vec<_> = env
        .emu
        .request_log()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/messages"))
        .map(|r| (r.path, r.status))
        .collect();
    assert_eq!(
        sends,
        [
            ("/groups/sample-group/messages".to_owned(), 200),
            ("/groups/sample-public-group/messages".to_owned(), 200),
            ("/groups/sample-public-group/messages".to_owned(), 200),
        ]
    );
}

#[test]
fn announcement_and_media_from_local_files() {
    let env = Env::new();
    let png = env.file("pic.png", b"\x89PNG\r\n\x1a\n0123456789");
    let out = ok(
        &env,
        &[
            "announce",
            "-g",
            "sample-group",
            "--title",
            "Notice",
            "--message",
            "Office closed",
            "--image",
            &png,
        ],
    );
    assert!(json_lines(&out)[0]["actionId"].is_string());
    let pdf = env.file("report.pdf", b"%PDF-1.4 tiny");
    let out = ok(
        &env,
        &[
            "media",
            "send",
            "-g",
            "sample-group",
            "-f",
            &pdf,
            "--caption",
            "Q3",
        ],
    );
    assert!(json_lines(&out)[0]["actionId"].is_string());
    assert!(
        stderr(&out).contains("uploaded 13 of 13 bytes"),
        "{}",
        stderr(&out)
    );
    let out = ok(&env, &["--quiet", "media", "upload", "-f", &png]);
    assert!(json_lines(&out)[0]["mediaResource"].is_string());
    assert_eq!(stderr(&out), "", "--quiet prints no progress");
    let log = env.emu.request_log();
    let uploads = log
        .iter()
        .filter(|r| r.path == "/media" && r.status == 200)
        .count();
    let actions = log
        .iter()
        .filter(|r| r.path == "/groups/sample-group/actions" && r.status == 200)
        .count();
    assert_eq!((uploads, actions), (3, 2));
}

#[test]
fn lists_every_page_as_json_lines() {
    let env = Env::new();
    let groups = json_lines(&ok(&env, &["list", "groups"]));
    assert_eq!(groups.len(), 2, "{groups:?}");
    let members = json_lines(&ok(&env, &["list", "members", "-g", "sample-group"]));
    assert!(members.iter().any(|m| m["role"] == "Admin"), "{members:?}");
    let whole = json_lines(&ok(
        &env,
        &["list", "subscribers", "-g", "sample-public-group"],
    ));
    let paged = json_lines(&ok(
        &env,
        &[
            "list",
            "subscribers",
            "-g",
            "sample-public-group",
            "--page-size",
            "1",
        ],
    ));
    assert!(whole.len() > 1, "{whole:?}");
    assert_eq!(paged, whole, "one per page gives the same subscribers");
    let calls = env
        .emu
        .request_log()
        .iter()
        .filter(|r| r.path.contains("/subscribers"))
        .count();
    assert!(
        calls > whole.len(),
        "page size 1 took one call per subscriber ({calls})"
    );
    let surveys = json_lines(&ok(
        &env,
        &[
            "list",
            "actions",
            "-g",
            "sample-group",
            "--type",
            "Survey",
            "--count",
            "1",
        ],
    ));
    assert!(
        surveys
            .iter()
            .any(|a| a["actionBody"]["actionId"] == "sample-survey"),
        "{surveys:?}"
    );
    let responses = json_lines(&ok(
        &env,
        &[
            "list",
            "responses",
            "-g",
            "sample-group",
            "--action",
            "sample-survey",
        ],
    ));
    assert_eq!(responses.len(), 1, "{responses:?}");
    assert_eq!(responses[0]["responseId"], "sample-survey-response");
}

#[test]
fn bulk_add_and_remove_from_files_with_progress() {
    let env = Env::new();
    let numbers = env.file("new.txt", b"+15550900001\n+15550900002\n# done\n");
    let out = ok(
        &env,
        &["bulk", "add-members", "-g", "sample-group", "-f", &numbers],
    );
    let report = &json_lines(&out)[0];
    assert_eq!(
        report["succeeded"],
        serde_json::json!(["+15550900001", "+15550900002"])
    );
    assert!(
        stderr(&out).contains("2 of 2 done (2 succeeded, 0 failed"),
        "{}",
        stderr(&out)
    );
    let members = json_lines(&ok(&env, &["list", "members", "-g", "sample-group"]));
    let ids: Vec<String> = members
        .iter()
        .filter(|m| {
            m["mobileNumber"]
                .as_str()
                .is_some_and(|n| n.starts_with("+1555090000"))
        })
        .map(|m| m["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(ids.len(), 2, "{members:?}");
    let id_file = env.file("ids.txt", ids.join("\n").as_bytes());
    ok(
        &env,
        &[
            "bulk",
            "remove-members",
            "-g",
            "sample-group",
            "-f",
            &id_file,
        ],
    );
    let members = json_lines(&ok(&env, &["list", "members", "-g", "sample-group"]));
    assert!(!members.iter().any(|m| {
        m["mobileNumber"]
            .as_str()
            .is_some_and(|n| n.starts_with("+1555090000"))
    }));

    let subs = env.file("subs.txt", b"+15550900003\n+15550900004\n");
    let out = ok(
        &env,
        &[
            "bulk",
            "add-subscribers",
            "-g",
            "sample-public-group",
            "-f",
            &subs,
        ],
    );
    assert_eq!(json_lines(&out)[0]["failed"], serde_json::json!([]));
    let listed = stdout(&ok(
        &env,
        &["list", "subscribers", "-g", "sample-public-group"],
    ));
    assert!(listed.contains("+15550900003") && listed.contains("+15550900004"));
    ok(
        &env,
        &[
            "bulk",
            "remove-subscribers",
            "-g",
            "sample-public-group",
            "-f",
            &subs,
        ],
    );
    let listed = stdout(&ok(
        &env,
        &["list", "subscribers", "-g", "sample-public-group"],
    ));
    assert!(!listed.contains("+15550900003"), "{listed}");
    // Adding the same subscribers twice: the service says which it refused.
    ok(
        &env,
        &[
            "bulk",
            "add-subscribers",
            "-g",
            "sample-public-group",
            "-f",
            &subs,
        ],
    );
    let again = env
        .authed()
        .args([
            "bulk",
            "add-subscribers",
            "-g",
            "sample-public-group",
            "-f",
            &subs,
        ])
        .output()
        .expect("run");
    let report = json_lines(&again);
    if again.status.success() {
        assert_eq!(
            report[0]["failed"],
            serde_json::json!([]),
            "success means no failure"
        );
    } else {
        assert_eq!(again.status.code(), Some(7), "{}", stderr(&again));
        assert_eq!(
            report[0]["failed"].as_array().map(Vec::len),
            Some(2),
            "{report:?}"
        );
    }
}

#[test]
fn webhook_listen_answers_the_handshake_and_prints_a_verified_event() {
    let env = Env::new();
    let mut listener = env
        .std_cmd()
        .env("KAIZALA_CALLBACK_TOKEN", "cb-token-1")
        .args([
            "webhooks",
            "listen",
            "--bind",
            "127.0.0.1:0",
            "--count",
            "1",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut err = BufReader::new(listener.stderr.take().expect("stderr"));
    let mut line = String::new();
    err.read_line(&mut line).expect("listening line");
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("{line}"))
        .to_owned();
    let body = serde_json::json!({
        "objectId": "sample-group",
        "objectType": "Group",
        "eventTypes": ["TextMessageCreated"],
        "callBackUrl": url,
        "callBackToken": "cb-token-1",
    });
    let file = env.file("webhook.json", body.to_string().as_bytes());
    // `webhooks create` validates the URL with the handshake first.
    ok(&env, &["webhooks", "create", "--body", &format!("@{file}")]);
    ok(&env, &["send", "-g", "sample-group", "--text", "ping"]);
    let out = listener
        .wait_with_output()
        .expect("listener exits after one event");
    assert!(out.status.success());
    let events = json_lines(&out);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["eventType"], "TextMessageCreated");
    assert_eq!(events[0]["data"]["text"], "ping");
    assert!(!stdout(&out).contains("cb-token-1"));
}

#[test]
fn webhook_listen_without_a_token_refuses_to_start() {
    let env = Env::new();
    let out = env
        .bare()
        // `webhook` (singular) is an alias of the group.
        .args(["webhook", "listen", "--bind", "127.0.0.1:0"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("listen_without_token", stderr(&out));
}
