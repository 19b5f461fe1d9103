//! Review of issue 9 §1–§6 / issue 12 §2–§3: adversarial tests. Each test
//! names the promise it attacks; every one of them FAILS on the reviewed code.

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{Reply, Server};
use futures::future::BoxFuture;
use kaizala_ext::prelude::*;
use kaizala_ext::{Error, KaizalaClient, SecretString, TokenStore};
use secrecy::ExposeSecret;

async fn list(client: &KaizalaClient) -> Result<(), Error> {
    client.list_groups().send().await?;
    Ok(())
}

/// Polls `done` every 20 ms until it holds or `bound` has passed; returns
/// whether it held (a wait on progress, not on a fixed sleep).
async fn eventually(bound: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + bound;
    loop {
        if done() {
            return true;
        }
        if std::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

// ---------------------------------------------------------------------------
// Promise 6: bounded memory on the token-service client.
//
// `TokenServiceLayer::execute` only normalises *error* bodies; a 200 from
// `accessToken` is handed to the generated client unbounded, which buffers it
// whole (`ResponseValue::from_response` → `response.bytes()`). A hostile or
// broken token service (or anything on the auth path) can make the client
// buffer any amount. Here a 12 MiB answer (default limit 8 MiB) is read and
// even accepted.
#[tokio::test]
async fn review_token_service_success_body_is_bounded() {
    let server = Server::start().await;
    let pad = "x".repeat(12 * 1024 * 1024);
    let body = serde_json::json!({
        "accessToken": "access-token-huge",
        "endpointUrl": format!("{}/tenant/", server.base),
        "accessTokenExpiry": crate::support::epoch_ms(std::time::SystemTime::now() + Duration::from_secs(3600)),
        "pad": pad,
    })
    .to_string();
    server.script_token(vec![Reply::json(200, &body).streamed()]);
    let client = server.client().build().unwrap();
    let result = list(&client).await;
    assert!(
        matches!(result, Err(Error::ResponseTooLarge { .. })),
        "a 12 MiB accessToken answer must be refused (limit 8 MiB), got {:?}",
        result.map_err(|e| e.to_string())
    );
}

// ---------------------------------------------------------------------------
// Promise 3: a rotated refresh token is never dropped.
//
// The background saver and `keep_rotated` save concurrently, unordered. The
// saver takes R1 (an older rotation whose first save failed) and starts
// saving it; meanwhile a refresh rotates to R2 and saves it; then the
// saver's save of R1 lands and overwrites R2 in the store. Memory holds R2
// and `token_status` says everything is saved, but the durable copy is the
// superseded R1: a restart (or a crash) loses R2.
#[derive(Debug, Default)]
struct SlowForR1 {
    held: Mutex<Option<String>>,
    saves: AtomicUsize,
    /// Set when the save of R1 has started; R1's save then waits for
    /// `release` (a slow disk, within the 10 s store timeout).
    r1_started: AtomicBool,
    release: tokio::sync::Notify,
    /// Set once R1's save has written the store.
    r1_landed: AtomicBool,
}

impl TokenStore for SlowForR1 {
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let held = self.held.lock().unwrap().clone();
        Box::pin(async move { Ok(held.map(SecretString::from)) })
    }
    fn save<'a>(&'a self, token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        let n = self.saves.fetch_add(1, Ordering::SeqCst);
        let value = token.expose_secret().to_owned();
        Box::pin(async move {
            if n == 0 {
                return Err(io::Error::other("disk hiccup"));
            }
            let r1 = value == "refresh-R1";
            if r1 {
                // A slow disk, well within the 10 s store timeout: held until
                // the test releases it.
                let released = self.release.notified();
                self.r1_started.store(true, Ordering::SeqCst);
                released.await;
            }
            *self.held.lock().unwrap() = Some(value);
            if r1 {
                self.r1_landed.store(true, Ordering::SeqCst);
            }
            Ok(())
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_a_background_save_never_overwrites_a_newer_rotation() {
    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .extend(["refresh-R1".to_owned(), "refresh-R2".to_owned()]);
    let store = Arc::new(SlowForR1::default());
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    // Rotation to R1; its save fails; the saver starts after 1 s.
    list(&client).await.unwrap();
    assert!(client.token_status().unsaved_refresh_token);
    // Wait until the saver is inside its (slow) save of R1.
    assert!(
        eventually(Duration::from_secs(10), || store
            .r1_started
            .load(Ordering::SeqCst))
        .await,
        "the background saver never started saving R1"
    );
    // A 401 makes the client refresh: rotation to R2, saved before use.
    server.script("GET", "/tenant/v1/groups", vec![Reply::status(401)]);
    let call = tokio::spawn({
        let client = client.clone();
        async move { list(&client).await }
    });
    // R2 has been issued while the save of R1 is still in flight: now the
    // slow disk finishes R1's save.
    assert!(
        eventually(Duration::from_secs(10), || server.token_calls() >= 2).await,
        "the 401 did not make the client refresh"
    );
    store.release.notify_one();
    call.await.unwrap().unwrap();
    assert_eq!(store.held.lock().unwrap().as_deref(), Some("refresh-R2"));
    // The saver's stale save has landed, and the saver settles.
    assert!(
        eventually(Duration::from_secs(10), || store
            .r1_landed
            .load(Ordering::SeqCst)
            && !client.token_status().unsaved_refresh_token)
        .await,
        "the saver's save of R1 never finished: {:?}",
        client.token_status()
    );
    assert_eq!(
        store.held.lock().unwrap().as_deref(),
        Some("refresh-R2"),
        "the store regressed to a superseded refresh token while token_status reports it saved"
    );
}

// ---------------------------------------------------------------------------
// Promise 3: the unsaved rotated token is saved in the background.
//
// `saver_running` is set when the saver task is spawned and cleared only by
// the task itself. If the task is dropped (its runtime shut down: a sync
// wrapper with a runtime per call, tests sharing a client, a runtime
// restart), the flag stays set forever: no saver is ever spawned again and
// the rotated refresh token is never saved, however long the process runs.
// (The refresh flight has a drop guard for exactly this; the saver has none.)
#[derive(Debug, Default)]
struct Switchable {
    fail: AtomicBool,
    held: Mutex<Option<String>>,
}

impl TokenStore for Switchable {
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let held = self.held.lock().unwrap().clone();
        Box::pin(async move { Ok(held.map(SecretString::from)) })
    }
    fn save<'a>(&'a self, token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        let fail = self.fail.load(Ordering::SeqCst);
        let value = token.expose_secret().to_owned();
        Box::pin(async move {
            if fail {
                return Err(io::Error::other("disk full"));
            }
            *self.held.lock().unwrap() = Some(value);
            Ok(())
        })
    }
}

#[test]
fn review_a_saver_lost_with_its_runtime_is_restarted() {
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = server_rt.block_on(Server::start());
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-R1".to_owned());
    let store = Arc::new(Switchable::default());
    store.fail.store(true, Ordering::SeqCst);
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();

    let first = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    first.block_on(list(&client)).unwrap();
    assert!(client.token_status().unsaved_refresh_token);
    drop(first); // the saver task goes with it

    store.fail.store(false, Ordering::SeqCst);
    let second = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Calls go on (each may restart the saver) until the rotation is saved,
    // for at most 10 s (the restarted saver's first attempt is after 1 s).
    second.block_on(async {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while store.held.lock().unwrap().is_none() && std::time::Instant::now() < deadline {
            list(&client).await.unwrap();
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    assert_eq!(
        store.held.lock().unwrap().as_deref(),
        Some("refresh-R1"),
        "the rotated refresh token was never saved: status {:?}",
        client.token_status()
    );
}

// ---------------------------------------------------------------------------
// Promise 3: the caps on accessToken calls hold per call, also for the retry
// inside one refresh (a refresh whose refresh token is refused retries once
// with the store's token). Issue 17 §4: refreshes that replace a token the
// service accepted are earned and count only against the overall cap
// (MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL); the retry is not earned.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_token_calls_never_exceed_the_cap_per_minute() {
    let server = Server::start().await;
    // Tokens live 300 ms: every call 350 ms after the last needs a new one.
    *server.state.token_lifetime.lock().unwrap() = Some(Duration::from_millis(300));
    let store = Arc::new(kaizala_ext::InMemoryStore::new());
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    for _ in 0..5 {
        list(&client).await.unwrap();
        tokio::time::sleep(Duration::from_millis(350)).await;
    }
    assert_eq!(server.token_calls(), 5);
    // Another process saved a newer refresh token; the service refuses ours.
    store
        .save(&SecretString::from("refresh-from-elsewhere".to_owned()))
        .await
        .unwrap();
    server.script_token(vec![Reply::json(
        401,
        r#"{"errorCode":"RefreshTokenExpired","message":"no"}"#,
    )]);
    let _ = list(&client).await;
    assert_eq!(
        server.token_calls(),
        5 + 2,
        "the sixth refresh makes its call and one retry with the store's token"
    );
    let status = client.token_status();
    assert_eq!(status.token_calls_last_minute, 7);
    assert!(status.token_calls_last_minute <= kaizala_ext::MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL);
}

// ---------------------------------------------------------------------------
// Promise 1: the auth root's domain. `registrable_domain` takes the last two
// labels, so an auth root under a public suffix trusts the whole suffix:
// `kaizala.contoso.co.uk` trusts every `*.co.uk`, and an emulator or proxy
// on `my-kaizala.azurewebsites.net` trusts every Azure web app. The token
// goes to an attacker-registered host. (Hosts resolved to the local test
// server with `reqwest::ClientBuilder::resolve`.)
#[tokio::test]
async fn review_an_auth_root_under_a_public_suffix_does_not_trust_the_suffix() {
    for (auth_host, evil_host) in [
        ("kaizala.contoso.co.uk", "attacker.co.uk"),
        ("my-kaizala.azurewebsites.net", "attacker.azurewebsites.net"),
    ] {
        let server = Server::start().await;
        let addr: SocketAddr = server.base.trim_start_matches("http://").parse().unwrap();
        let port = addr.port();
        let http = kaizala_ext::HttpClient::from_builder(
            reqwest::Client::builder()
                .pool_max_idle_per_host(0)
                .resolve(auth_host, addr)
                .resolve(evil_host, addr),
        )
        .unwrap();
        *server.state.endpoint_url.lock().unwrap() =
            Some(format!("http://{evil_host}:{port}/tenant/"));
        let client = server
            .client()
            .auth_root(format!("http://{auth_host}:{port}/auth/v1"))
            .http_client(http)
            .build()
            .unwrap();
        let result = list(&client).await;
        assert!(
            matches!(&result, Err(Error::UntrustedEndpoint { host, .. }) if host == evil_host),
            "auth root {auth_host}: endpointUrl at {evil_host} must be refused, got {:?}; \
             requests carrying the token: {}",
            result.map_err(|e| e.to_string()),
            server.seen().iter().filter(|s| s.token.is_some()).count()
        );
    }
}

// ---------------------------------------------------------------------------
// Promise 3 (secrets): `Error::store` names the store with `format!("{:?}",
// store)`. `TokenStore: Debug` is required, and the obvious implementation
// (`#[derive(Debug)]` on a struct that holds the token as a String) puts the
// refresh token into the error text, `token_status().last_error` and the
// `tracing::error!` the saver logs on every retry.
#[derive(Debug)]
struct DerivedDebugStore {
    token: Mutex<Option<String>>,
}

impl TokenStore for DerivedDebugStore {
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let held = self.token.lock().unwrap().clone();
        Box::pin(async move { Ok(held.map(SecretString::from)) })
    }
    fn save<'a>(&'a self, _: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async { Err(io::Error::other("read-only file system")) })
    }
}

#[tokio::test]
async fn review_store_errors_never_quote_the_store_contents() {
    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-R1".to_owned());
    let client = server
        .client()
        .token_store(DerivedDebugStore {
            token: Mutex::new(Some(crate::support::REFRESH_1.to_owned())),
        })
        .build()
        .unwrap();
    list(&client).await.unwrap();
    let status = client.token_status();
    let text = format!(
        "{} / {status:?}",
        status
            .last_error
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    );
    assert!(
        !text.contains(crate::support::REFRESH_1),
        "the refresh token leaks through the store's Debug: {text}"
    );
}

// ---------------------------------------------------------------------------
// Promise 3 (never poisoned): an access token that cannot be an HTTP header
// value (a control character) is cached as if valid for its whole lifetime
// (24 h): `authorise` fails every call with a retryable Error::Auth, and
// since the cached token is "valid" no refresh is ever attempted. One bad
// answer from the token service poisons the client for a day.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_an_unusable_access_token_is_not_cached_for_its_lifetime() {
    let server = Server::start().await;
    let body = serde_json::json!({
        "accessToken": "bad\ntoken",
        "endpointUrl": format!("{}/tenant/", server.base),
        "accessTokenExpiry": crate::support::epoch_ms(std::time::SystemTime::now() + Duration::from_secs(24 * 3600)),
    })
    .to_string();
    server.script_token(vec![Reply::json(200, &body)]);
    let client = server.client().build().unwrap();
    let first = list(&client).await;
    assert!(first.is_err(), "the bad token cannot be sent");
    // After the back-off (1 s) the client fetches a good token: calls
    // succeed again within 5 s.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    let mut later = list(&client).await;
    while later.is_err() && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
        later = list(&client).await;
    }
    assert!(
        later.is_ok(),
        "still failing after 5 s with {} accessToken call(s): {:?}",
        server.token_calls(),
        later.map_err(|e| e.to_string())
    );
}

// ---------------------------------------------------------------------------
// Issue 12 §2 / promise 3: a refused refresh token is terminal "until the
// credentials change". A connector re-granted with a PIN and restarted with
// the new refresh token in its credentials, but whose store still holds the
// revoked one, never tries the new token: the store wins, is refused, the
// re-read finds the same token, and the client stays terminal forever.
#[tokio::test]
async fn review_a_refused_stored_token_falls_back_to_new_credentials() {
    let server = Server::start().await;
    server.script_token(vec![Reply::json(
        401,
        r#"{"errorCode":"RefreshTokenRevoked","message":"revoked"}"#,
    )]);
    // Credentials carry REFRESH_1 (the new one); the store the revoked one.
    let client = server
        .client()
        .token_store(kaizala_ext::InMemoryStore::with_token(SecretString::from(
            "revoked-refresh-token".to_owned(),
        )))
        .build()
        .unwrap();
    let result = list(&client).await;
    let seen = server.state.refresh_tokens_seen.lock().unwrap().clone();
    assert!(
        result.is_ok(),
        "refresh tokens tried: {seen:?}; result {:?}",
        result.map_err(|e| e.to_string())
    );
}

// ---------------------------------------------------------------------------
// FlightGuard: `TokenManager::get` calls `start` while holding the state
// mutex; `start` moves the FlightGuard into `tokio::spawn`. Outside a tokio
// runtime (futures::executor::block_on, async-std, a sync wrapper) spawn
// drops the future before panicking, the guard's Drop locks the same
// non-reentrant mutex on the same thread, and the call deadlocks forever
// instead of failing (or panicking with tokio's clear message).
#[test]
fn review_a_call_outside_a_tokio_runtime_does_not_deadlock() {
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = server_rt.block_on(Server::start());
    let client = server.client().build().unwrap();
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            futures::executor::block_on(list(&client))
        }));
        let _ = done.send(outcome.is_ok());
    });
    assert!(
        finished.recv_timeout(Duration::from_secs(5)).is_ok(),
        "the call neither returned nor panicked within 5 s: deadlocked in FlightGuard::drop"
    );
}

// ---------------------------------------------------------------------------
// Issue 12 §2, revised by issue 17 §4: a call that meets a 401 while a
// background refresh is in flight joins it, and when the token that refresh
// brings is refused too, the call is refreshed and replayed again (the token
// may merely have expired again) instead of failing. What bounds the token
// service is the per-minute cap (`a_401_storm_does_not_burn_the_token_service`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_a_401_during_a_background_refresh_is_replayed_with_a_fresh_token() {
    let server = Server::start().await;
    *server.state.token_lifetime.lock().unwrap() = Some(Duration::from_secs(4));
    let client = server
        .client()
        .refresh_before_expiry(Duration::from_secs(3), Duration::ZERO)
        .build()
        .unwrap();
    list(&client).await.unwrap(); // T1; background refresh due after ~2 s
    tokio::time::sleep(Duration::from_millis(2200)).await;
    *server.state.token_delay.lock().unwrap() = Duration::from_millis(600);
    // This call starts the background refresh, then gets a 401 for T1 and
    // replays with the token that refresh brings (T2), which the service
    // refuses too: a third token serves it.
    server.script(
        "GET",
        "/tenant/v1/groups",
        vec![Reply::status(401), Reply::status(401)],
    );
    list(&client).await.expect("served by a fresh token");
    assert_eq!(server.token_calls(), 3);
    let tokens: Vec<_> = server
        .seen_at("/tenant/v1/groups")
        .into_iter()
        .rev()
        .take(3)
        .map(|s| s.token)
        .collect();
    assert_eq!(
        tokens
            .iter()
            .collect::<std::collections::HashSet<_>>()
            .len(),
        3,
        "each replay used a fresher token: {tokens:?}"
    );
}

// ---------------------------------------------------------------------------
// Promise: a client dropped while its background saver still retries a
// rotated refresh token's save still saves it. The service has already
// invalidated the old refresh token, so a rotation lost with the client
// leaves the store holding a dead token: the connector cannot start again.
// The saver holds the token manager only weakly and gives up once the last
// clone of the client is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_a_client_dropped_while_its_saver_retries_still_saves_the_rotation() {
    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-R1".to_owned());
    let store = Arc::new(Switchable::default());
    store.fail.store(true, Ordering::SeqCst);
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    list(&client).await.unwrap();
    assert!(client.token_status().unsaved_refresh_token);
    drop(client);
    store.fail.store(false, Ordering::SeqCst);
    // The saver's next attempt (after 1 s) saves it; 10 s at most.
    eventually(Duration::from_secs(10), || {
        store.held.lock().unwrap().is_some()
    })
    .await;
    assert_eq!(
        store.held.lock().unwrap().as_deref(),
        Some("refresh-R1"),
        "the rotated refresh token went with the dropped client"
    );
}
