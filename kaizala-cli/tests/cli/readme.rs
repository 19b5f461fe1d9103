//! The README's command-line section, run as written (bash) against the
//! emulator: log in, send, announce, upload, page, bulk, one webhook event.

use std::time::{Duration, Instant};

use crate::support::{Env, stderr, stdout};

/// The `sh` block of the README's "The command line" section.
fn readme_block() -> String {
    let readme = include_str!("../../../README.md");
    let section = readme
        .split("\n## The command line")
        .nth(1)
        .expect("the README has a command-line section");
    let section = section.split("\n## ").next().unwrap_or_default();
    let start = section.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let end = section[start..].find("\n```").expect("the block ends") + start;
    section[start..end].to_owned()
}

#[test]
fn the_readme_flow_runs_against_the_emulator() {
    let env = Env::new();
    let free = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let webhook_port = free.local_addr().expect("addr").port();
    drop(free);
    let block = readme_block();
    // The emulator runs in-process on a free port (the README starts the
    // binary on 8080); the binary is this build's. The README's pause for
    // the listener to start is a wait until it accepts connections, or
    // until it exits (`$!`, started on the line before): a listener that
    // cannot start fails the flow at once with its own error, instead of
    // at the test's deadline.
    let lines: Vec<String> = block
        .lines()
        .filter(|l| !l.starts_with("cargo run") && !l.starts_with("cargo install"))
        .map(|l| {
            if l.trim() == "sleep 1" {
                return format!(
                    "until (exec 3<>/dev/tcp/127.0.0.1/{webhook_port}) 2>/dev/null; do \
                     kill -0 $! 2>/dev/null || {{ wait $!; exit 1; }}; sleep 0.02; done"
                );
            }
            l.replace("http://127.0.0.1:8080", &env.emu.origin())
                .replace("127.0.0.1:9000", &format!("127.0.0.1:{webhook_port}"))
        })
        .collect();
    assert!(
        lines.iter().any(|l| l.starts_with("kaizala login")),
        "{block}"
    );
    let pin_file = env.path("pin");
    let prelude = format!(
        r#"set -euo pipefail
kaizala_bin={bin:?}
# The PIN the emulator "texts" is typed by the test once it exists.
kaizala() {{
  if [ "$1" = login ]; then
    (while [ ! -s {pin:?} ]; do sleep 0.05; done; cat {pin:?}) | "$kaizala_bin" "$@"
  else
    "$kaizala_bin" "$@"
  fi
}}
"#,
        bin = assert_cmd::cargo::cargo_bin("kaizala"),
        pin = pin_file,
    );
    env.file("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00");
    let script = env.file("flow.sh", (prelude + &lines.join("\n") + "\n").as_bytes());
    let mut run = std::process::Command::new("bash");
    run.arg(&script)
        .current_dir(env.dir.path())
        .env("KAIZALA_CONFIG_DIR", env.config())
        .env_remove("KAIZALA_REFRESH_TOKEN")
        .env_remove("KAIZALA_PROFILE")
        .env_remove("KAIZALA_AUTH_ROOT")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    // Its own process group, so that a run past the deadline is ended
    // with everything it started.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut run, 0);
    let mut child = run.spawn().expect("bash");
    let group = child.id();
    let deadline = Instant::now() + Duration::from_secs(60);
    let kill_all = || {
        let _ = std::process::Command::new("kill")
            .args(["-KILL", "--", &format!("-{group}")])
            .status();
    };
    let pin = loop {
        if let Some(pin) = env.emu.last_pin(kaizala_emulator::DEFAULT_MOBILE_NUMBER) {
            break pin;
        }
        if Instant::now() > deadline || matches!(child.try_wait(), Ok(Some(_))) {
            kill_all();
            let out = child.wait_with_output().expect("wait");
            panic!("no PIN was generated: {}", stderr(&out));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    std::fs::write(&pin_file, format!("{pin}\n")).expect("type the PIN");
    while matches!(child.try_wait(), Ok(None)) {
        if Instant::now() > deadline {
            kill_all();
            let out = child.wait_with_output().expect("wait");
            panic!("the README flow did not finish in time: {}", stderr(&out));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Whatever the script left running (a listener after a failed step)
    // would hold its output open.
    kill_all();
    let out = child.wait_with_output().expect("wait");
    let text = stdout(&out);
    assert!(out.status.success(), "{}\n{text}", stderr(&out));
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let has = |pred: &dyn Fn(&serde_json::Value) -> bool| lines.iter().any(pred);
    assert!(
        has(
            &|v| v["mobileNumber"] == kaizala_emulator::DEFAULT_MOBILE_NUMBER
                && v["profile"] == "default"
        ),
        "login: {text}"
    );
    assert!(
        has(&|v| v["refresh"]["stored"] == true),
        "auth status: {text}"
    );
    assert!(
        has(&|v| v["groupId"] == "sample-group"),
        "list groups: {text}"
    );
    assert!(
        has(&|v| v["succeeded"].as_array().is_some_and(|s| s.len() == 2)),
        "bulk: {text}"
    );
    assert!(
        has(&|v| v["eventType"] == "TextMessageCreated" && v["data"]["text"] == "an event"),
        "webhook event: {text}"
    );
    let uploads = env
        .emu
        .request_log()
        .iter()
        .filter(|r| r.path == "/media" && r.status == 200)
        .count();
    assert_eq!(uploads, 1, "media send uploaded the photo");
}
