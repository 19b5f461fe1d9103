//! The token lifecycle under faults: the per-minute cap on `accessToken`
//! calls, an access token that cannot be sent, a refused refresh token in
//! the store beside new credentials, a call outside a tokio runtime, a 401
//! that meets a background refresh.

use std::sync::Arc;
use std::time::Duration;

use crate::support::{Reply, Server, list};
use kaizala_ext::prelude::*;
use kaizala_ext::{SecretString, TokenStore};

// ---------------------------------------------------------------------------
// Promise 3: the caps on accessToken calls hold per call, also for the retry
// inside one refresh (a refresh whose refresh token is refused retries once
// with the store's token). Issue 17 §4: refreshes that replace a token the
// service accepted are earned and count only against the overall cap
// (MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL); the retry is not earned.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_calls_never_exceed_the_cap_per_minute() {
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
// Promise 3 (never poisoned): an access token that cannot be an HTTP header
// value (a control character) is cached as if valid for its whole lifetime
// (24 h): `authorise` fails every call with a retryable Error::Auth, and
// since the cached token is "valid" no refresh is ever attempted. One bad
// answer from the token service poisons the client for a day.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unusable_access_token_is_not_cached_for_its_lifetime() {
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
async fn a_refused_stored_token_falls_back_to_new_credentials() {
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
fn a_call_outside_a_tokio_runtime_does_not_deadlock() {
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
async fn a_401_during_a_background_refresh_is_replayed_with_a_fresh_token() {
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
