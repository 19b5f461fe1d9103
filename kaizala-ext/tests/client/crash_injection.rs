//! Issue 9 §3: crash injection. A child process runs the refresh-with-rotation
//! flow against the emulator (every `accessToken` call rotates the refresh
//! token) and is killed with SIGKILL at a random point, 200 times; after
//! every kill a fresh process using the same `FileStore` must still get an
//! access token. A lost connector is a kill after which it cannot.
//!
//! The kills run in eight lanes at once (eight connectors, each with its
//! own store, 25 kills each): a kill mostly waits (process start, the random
//! delay), and the lanes wait together.
//!
//! The test binary is the parent (this test) and the child
//! (`child_process`).

use std::time::Duration;

use crate::child_process;

use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, FileStore, KaizalaClient, SecretString};

const KILLS: usize = 200;
/// Independent connectors whose kills run at once (KILLS / LANES each).
const LANES: usize = 8;

fn client(
    http: &kaizala_ext::HttpClient,
    auth_root: &str,
    app_id: &str,
    secret: &str,
    refresh: &str,
    store: &str,
) -> KaizalaClient {
    KaizalaClient::builder()
        .http_client(http.clone())
        .credentials(Credentials::new(
            app_id,
            SecretString::from(secret.to_owned()),
            Some(SecretString::from(refresh.to_owned())),
        ))
        .auth_root(auth_root)
        .token_store(FileStore::new(store))
        .no_rate_limit()
        .build()
        .expect("client")
}

/// The child: new clients, one after another, each fetching a token (and so
/// rotating and saving the refresh token), until it is killed.
fn child() {
    let var = |name: &str| std::env::var(name).expect(name);
    child_process::call_until_killed(|http| {
        client(
            http,
            &var("CRASH_AUTH_ROOT"),
            &var("CRASH_APP_ID"),
            &var("CRASH_SECRET"),
            &var("CRASH_REFRESH"),
            &var("CRASH_STORE"),
        )
    });
}

/// This test's full name: its child processes run it alone (`--exact`).
const NAME: &str = "crash_injection::a_killed_refresh_never_loses_the_connector";

#[test]
fn a_killed_refresh_never_loses_the_connector() {
    if child_process::is_child(NAME) {
        child();
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(parent());
}

async fn parent() {
    // No throttle: the children call far more often than 100 times a minute,
    // and the fresh client would wait out each 429 (a minute every ~20 kills).
    let emu = kaizala_emulator::Emulator::builder()
        .throttle(kaizala_emulator::ThrottleConfig {
            enabled: false,
            ..kaizala_emulator::ThrottleConfig::default()
        })
        .start()
        .await
        .expect("emulator");
    emu.rotate_refresh_tokens_always(true);
    let dir = tempfile::tempdir().expect("tempdir");
    let lanes = (0..LANES).map(|lane| {
        let creds = emu.seed_connector(kaizala_emulator::ConnectorSeed::new(format!(
            "+91109999990{lane}"
        )));
        let store = dir.path().join(format!("refresh-token-{lane}"));
        let store = store.to_str().expect("utf-8 path").to_owned();
        run_lane(lane, creds, store, emu.auth_url())
    });
    let (mut lost, mut saved_before_kill) = (0, 0);
    for (lane_lost, lane_saved) in futures::future::join_all(lanes).await {
        lost += lane_lost;
        saved_before_kill += lane_saved;
    }
    println!(
        "crash injection: {KILLS} kills in {LANES} lanes, {saved_before_kill} with a store on disk, {} accessToken calls, {lost} lost connectors",
        emu.access_token_calls()
    );
    assert_eq!(lost, 0, "lost connectors after {KILLS} kills");
    assert!(
        emu.access_token_calls() > 2 * KILLS,
        "the children rotated tokens"
    );
}

/// One connector's kills; returns the lost connectors and the kills after
/// which the store was on disk.
async fn run_lane(
    lane: usize,
    creds: kaizala_emulator::ConnectorCredentials,
    store: String,
    auth_url: String,
) -> (usize, usize) {
    let http = crate::support::local_http();
    let mut lost = 0;
    let mut saved_before_kill = 0;
    for i in 0..KILLS / LANES {
        let mut child = child_process::start(
            NAME,
            &[
                ("CRASH_AUTH_ROOT", &auth_url),
                ("CRASH_APP_ID", &creds.application_id),
                ("CRASH_SECRET", &creds.application_secret),
                ("CRASH_REFRESH", &creds.refresh_token),
                ("CRASH_STORE", &store),
            ],
        );
        // Wait until the child runs, then kill it at a random point: before
        // its first request, mid-request, mid-save, or several rotations in.
        // Up to 60 ms: on a loaded machine (this binary's other tests, other
        // work) a child makes about one call in 30 ms, too few for the check
        // that the children rotated tokens at all.
        child_process::until_ready(&mut child).await;
        tokio::time::sleep(Duration::from_micros(fastrand::u64(0..60_000))).await;
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        if std::path::Path::new(&store).exists() {
            saved_before_kill += 1;
        }
        // A fresh process's view: a new client on the same store.
        let fresh = client(
            &http,
            &auth_url,
            &creds.application_id,
            &creds.application_secret,
            &creds.refresh_token,
            &store,
        );
        if let Err(e) = fresh.list_groups().send().await {
            lost += 1;
            eprintln!("lane {lane}, kill {i}: the connector is lost: {}", e);
        }
    }
    (lost, saved_before_kill)
}
