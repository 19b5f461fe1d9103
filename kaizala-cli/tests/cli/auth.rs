//! `kaizala login`, profiles, `auth status`, and rotation persisted.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use crate::support::{Env, json_lines, stderr};

const MOBILE: &str = kaizala_emulator::DEFAULT_MOBILE_NUMBER;

/// Runs `kaizala [args] login -m MOBILE`, typing the PIN the emulator "texted".
fn login(env: &Env, args: &[&str]) -> (std::process::ExitStatus, String, String) {
    let mut child = env
        .std_cmd()
        .args(args)
        .args(["login", "--mobile-number", MOBILE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut err = BufReader::new(child.stderr.take().expect("stderr"));
    let mut prompt = String::new();
    err.read_line(&mut prompt).expect("prompt");
    assert!(prompt.starts_with("A PIN was sent to"), "{prompt}");
    let pin = env.emu.last_pin(MOBILE).expect("a PIN was generated");
    let mut stdin = child.stdin.take().expect("stdin");
    writeln!(stdin, "{pin}").expect("type the PIN");
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).expect("stderr");
    (
        out.status,
        String::from_utf8_lossy(&out.stdout).into_owned(),
        prompt + &rest,
    )
}

#[test]
fn login_saves_owner_only_profile_and_later_runs_need_no_environment() {
    let env = Env::new();
    let (status, stdout, err) = login(&env, &[]);
    assert!(status.success(), "{err}");
    let printed: serde_json::Value = serde_json::from_str(stdout.trim()).expect("JSON");
    assert_eq!(printed["mobileNumber"], MOBILE);
    assert_eq!(printed["profile"], "default");
    assert!(printed["refreshTokenExpiry"].is_string(), "{printed}");
    #[cfg(unix)]
    {
        use crate::support::mode;
        assert_eq!(mode(&env.profile_dir()), 0o700);
        assert_eq!(mode(&env.profile_dir().join("profile.json")), 0o600);
        assert_eq!(mode(&env.profile_dir().join("refresh-token")), 0o600);
    }
    // No credentials in the environment now: the profile carries them.
    let out = env.bare().args(["list", "groups"]).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<_> = json_lines(&out)
        .iter()
        .map(|g| g["groupId"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(ids.contains(&"sample-group".to_owned()), "{ids:?}");
}

#[test]
fn status_names_connector_endpoint_and_expiry_never_a_secret() {
    let env = Env::new();
    let (status, _, err) = login(&env, &["--profile", "work"]);
    assert!(status.success(), "{err}");
    let out = env
        .bare()
        .args(["--profile", "work", "auth", "status", "--check"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &stderr(&out);
    let stored = std::fs::read_to_string(env.config().join("profiles/work/refresh-token"))
        .expect("token file");
    for secret in [env.connector.application_secret.as_str(), stored.trim()] {
        assert!(!text.contains(secret), "status shows a secret: {text}");
    }
    let report = &json_lines(&out)[0];
    assert_eq!(report["profile"], "work");
    assert_eq!(
        report["connector"]["applicationId"],
        env.connector.application_id.as_str()
    );
    assert_eq!(report["connector"]["secretSet"], true);
    assert_eq!(report["authRoot"]["url"], env.emu.auth_url().as_str());
    assert_eq!(report["authRoot"]["source"], "profile");
    assert_eq!(
        report["endpoint"].as_str().map(|e| e.trim_end_matches('/')),
        Some(format!("{}/v1", env.emu.endpoint_url().trim_end_matches('/')).as_str()),
        "{report}"
    );
    assert_eq!(report["refresh"]["stored"], true);
    assert_eq!(report["refresh"]["loggedInAs"], MOBILE);
    assert!(report["refresh"]["expires"].is_string(), "{report}");
    assert!(
        report["access"]["validForSeconds"]
            .as_u64()
            .is_some_and(|s| s > 0),
        "{report}"
    );
    // The default profile is another one: not logged in.
    let out = env.bare().args(["list", "groups"]).output().expect("run");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    insta::assert_snapshot!("not_logged_in", stderr(&out));
}

#[test]
fn a_refresh_token_rotated_during_a_run_is_saved_and_used_by_the_next() {
    let env = Env::new();
    env.emu.rotate_refresh_token_on_next_call();
    let out = env.authed().args(["list", "groups"]).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let store = env.profile_dir().join("refresh-token");
    let saved = std::fs::read_to_string(&store).expect("the rotated token was saved");
    assert!(!saved.trim().is_empty());
    assert_ne!(saved.trim(), env.connector.refresh_token, "not rotated");
    #[cfg(unix)]
    assert_eq!(crate::support::mode(&store), 0o600);
    // The next run has only the saved token (the old one dies once the new
    // one is used) and works.
    let out = env.cmd().args(["groups", "list"]).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let again = env.authed().args(["groups", "list"]).output().expect("run");
    assert!(
        again.status.success(),
        "the store's token wins over the environment's old one: {}",
        stderr(&again)
    );
}

#[test]
fn a_refused_refresh_token_is_an_authentication_failure() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("KAIZALA_REFRESH_TOKEN", "not-a-token")
        .args(["list", "groups"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("not-a-token"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}
