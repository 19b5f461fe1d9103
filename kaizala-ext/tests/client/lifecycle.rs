//! Issue 3 §2 (token lifecycle) and §3 (endpoint moves, throttling,
//! retries) against a scripted local server.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{Reply, Server, list};
use futures::future::BoxFuture;
use kaizala_ext::prelude::*;
use kaizala_ext::{Error, FileStore, InMemoryStore, RetryPolicy, SecretString, TokenStore};
use secrecy::ExposeSecret;
use tokio::time::{Instant, advance};

const DAY: Duration = Duration::from_secs(24 * 3600);

fn tokens_used(server: &Server, path: &str) -> Vec<String> {
    server
        .seen_at(path)
        .into_iter()
        .map(|s| s.token.unwrap_or_default())
        .collect()
}

const GROUPS: &str = "/tenant/v1/groups";

/// Lets the background refresh run (the clock is paused: only tasks move).
async fn settle() {
    for _ in 0..50 {
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

// §2.1: lazy, cached, refreshed a buffer before expiry, never sent expired.
#[tokio::test(start_paused = true)]
async fn token_is_lazy_cached_and_refreshed_before_expiry() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    assert_eq!(
        server.token_calls(),
        0,
        "nothing fetched before the first call"
    );
    list(&client).await.unwrap();
    list(&client).await.unwrap();
    assert_eq!(server.token_calls(), 1, "cached");
    // 6 minutes before expiry: outside the 5-minute (+30 s jitter) buffer.
    advance(DAY - Duration::from_secs(360)).await;
    list(&client).await.unwrap();
    assert_eq!(server.token_calls(), 1);
    // 4 minutes before expiry: inside it. The call goes on with the valid
    // token while the refresh runs in the background; the next uses the new.
    advance(Duration::from_secs(120)).await;
    list(&client).await.unwrap();
    settle().await;
    assert_eq!(server.token_calls(), 2, "refreshed proactively");
    list(&client).await.unwrap();
    assert_eq!(
        tokens_used(&server, GROUPS),
        [
            "access-token-1",
            "access-token-1",
            "access-token-1",
            "access-token-1",
            "access-token-2"
        ]
    );
    // Past expiry with the token service down: the call fails, and the
    // expired token is never sent.
    advance(DAY).await;
    server.script_token(vec![Reply::status(503)]);
    let err = list(&client).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Auth {
                retryable: true,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(server.expired_sent(), 0);
    assert_eq!(
        server.seen_at(GROUPS).len(),
        5,
        "no call without a valid token"
    );
}

// §2.2: 1000 concurrent calls at the moment of expiry → one GET /accessToken.
#[tokio::test(start_paused = true)]
async fn a_thousand_concurrent_calls_at_expiry_make_one_token_request() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    list(&client).await.unwrap();
    assert_eq!(server.token_calls(), 1);
    advance(DAY).await; // the token has just expired
    *server.state.token_delay.lock().unwrap() = Duration::from_millis(500); // a slow token service
    let calls: Vec<_> = (0..1000)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { list(&client).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(
        server.token_calls(),
        2,
        "exactly one refresh for 1000 callers"
    );
    assert_eq!(server.expired_sent(), 0);
    let used = tokens_used(&server, GROUPS);
    assert_eq!(used.len(), 1001);
    assert!(used[1..].iter().all(|t| t == "access-token-2"));
}

// §2.3: a failed refresh while the token is valid keeps calls working; it
// poisons nothing.
#[tokio::test(start_paused = true)]
async fn failed_refresh_keeps_the_valid_token_and_the_next_call_tries_again() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    list(&client).await.unwrap();
    advance(DAY - Duration::from_secs(120)).await;
    server.script_token(vec![Reply::status(503)]);
    list(&client).await.expect("the still-valid token is used");
    settle().await;
    assert_eq!(server.token_calls(), 2);
    advance(Duration::from_secs(10)).await;
    list(&client).await.unwrap();
    settle().await;
    assert_eq!(server.token_calls(), 3, "the refresh was tried again");
    list(&client).await.unwrap();
    assert_eq!(
        tokens_used(&server, GROUPS),
        [
            "access-token-1",
            "access-token-1",
            "access-token-1",
            "access-token-3"
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn failed_first_fetch_does_not_poison_later_ones() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    server.script_token(vec![Reply::status(500)]);
    let err = list(&client).await.unwrap_err();
    assert!(err.is_retryable(), "{err}");
    // Within the back-off a call fails at once, without a token request.
    list(&client).await.unwrap_err();
    assert_eq!(server.token_calls(), 1);
    advance(Duration::from_secs(1)).await;
    list(&client)
        .await
        .expect("after the back-off the next call fetches again");
    assert_eq!(server.token_calls(), 2);
}

#[tokio::test(start_paused = true)]
async fn slow_token_service_is_waited_for() {
    let server = Server::start().await;
    *server.state.token_delay.lock().unwrap() = Duration::from_secs(20);
    let client = server.client().build().unwrap();
    let started = Instant::now();
    list(&client).await.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(20));
    assert_eq!(server.token_calls(), 1);
}

#[tokio::test(start_paused = true)]
async fn bad_credentials_say_what_to_check() {
    let server = Server::start().await;
    let client = server
        .client()
        .credentials(kaizala_ext::Credentials::new(
            crate::support::APP_ID,
            SecretString::from("wrong-secret".to_owned()),
            Some(SecretString::from("r".to_owned())),
        ))
        .build()
        .unwrap();
    let err = list(&client).await.unwrap_err();
    assert!(matches!(err, Error::RefreshTokenRejected { .. }), "{err}");
    assert!(!err.is_retryable());
    let text = err.to_string();
    assert!(
        text.contains("secret") && text.contains("refresh token"),
        "{text}"
    );
    assert!(!text.contains("wrong-secret"));
}

// §2.4: a 401 invalidates, refreshes, replays; a 401 for the fresh token is
// answered the same way (issue 17 §4: it may merely have expired again), at
// most three replays per call; when every token is refused the call fails
// with AccessTokenRefused and the service's code and message.
#[tokio::test(start_paused = true)]
async fn unauthorised_refreshes_and_replays_once() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    server.script(
        "GET",
        GROUPS,
        vec![Reply::json(
            401,
            r#"{"errorCode":"Revoked","message":"token revoked"}"#,
        )],
    );
    list(&client).await.expect("replayed with a new token");
    assert_eq!(server.token_calls(), 2);
    assert_eq!(
        tokens_used(&server, GROUPS),
        ["access-token-1", "access-token-2"]
    );

    server.script(
        "GET",
        GROUPS,
        vec![Reply::json(401, r#"{"errorCode":"Revoked","message":"token revoked"}"#); 4],
    );
    advance(Duration::from_secs(60)).await;
    let err = list(&client).await.unwrap_err();
    match &err {
        Error::AccessTokenRefused { code, message } => {
            assert_eq!(code.as_deref(), Some("Revoked"));
            assert_eq!(message.as_deref(), Some("token revoked"));
        }
        other => panic!("expected AccessTokenRefused, got {other:?}"),
    }
    assert!(err.to_string().contains("permissions"), "{err}");
    assert_eq!(server.seen_at(GROUPS).len(), 2 + 4, "replayed three times");
    assert_eq!(server.token_calls(), 2 + 3, "refreshed once per replay");
}

/// A store that records, at each save, how many tenant calls the server had
/// already seen with a token issued after the rotation.
#[derive(Debug)]
struct Watching {
    inner: FileStore,
    fail: Mutex<bool>,
    server_seen: Arc<crate::support::ServerState>,
    seen_at_save: Mutex<Vec<usize>>,
}

impl TokenStore for Watching {
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<SecretString>>> {
        self.inner.load()
    }
    fn save<'a>(&'a self, t: &'a SecretString) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async move {
            let n = self
                .server_seen
                .seen
                .lock()
                .unwrap()
                .iter()
                .filter(|s| s.token.as_deref() == Some("access-token-2"))
                .count();
            self.seen_at_save.lock().unwrap().push(n);
            if *self.fail.lock().unwrap() {
                return Err(std::io::Error::other("disk full"));
            }
            self.inner.save(t).await
        })
    }
}

// §2.5: a rotated refresh token is saved before the new access token is used;
// an empty one keeps the old; a failed save surfaces and is retried.
#[tokio::test(start_paused = true)]
async fn rotated_refresh_token_is_persisted_before_use() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("refresh-token");
    let store = Arc::new(Watching {
        inner: FileStore::new(&path),
        fail: Mutex::new(false),
        server_seen: server.state.clone(),
        seen_at_save: Mutex::new(vec![]),
    });
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    // First token: no rotation (empty refreshToken) → nothing saved.
    list(&client).await.unwrap();
    assert!(store.seen_at_save.lock().unwrap().is_empty());
    assert!(FileStore::new(&path).load().await.unwrap().is_none());

    // Second token rotates, and the save fails: the call goes on with the
    // new access token, the rotated refresh token is kept in memory, the
    // condition is visible, and the save is retried in the background.
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-token-TWO".to_owned());
    *store.fail.lock().unwrap() = true;
    advance(DAY - Duration::from_secs(60)).await;
    list(&client)
        .await
        .expect("calls go on while the save is retried");
    settle().await;
    let status = client.token_status();
    assert!(status.unsaved_refresh_token, "{status:?}");
    let shown = status
        .last_error
        .clone()
        .expect("the failure is visible")
        .to_string();
    assert!(shown.contains("rotated refresh token"), "{shown}");
    assert!(!shown.contains("TWO") && !format!("{status:?}").contains("TWO"));
    assert!(FileStore::new(&path).load().await.unwrap().is_none());

    // The disk is back: the background save lands, without asking the token
    // service again.
    *store.fail.lock().unwrap() = false;
    advance(Duration::from_secs(120)).await;
    settle().await;
    assert!(!client.token_status().unsaved_refresh_token);
    list(&client).await.unwrap();
    assert_eq!(
        tokens_used(&server, GROUPS).last().unwrap(),
        "access-token-2"
    );
    assert_eq!(server.token_calls(), 2);
    let on_disk = FileStore::new(&path).load().await.unwrap().unwrap();
    assert_eq!(on_disk.expose_secret(), "refresh-token-TWO");

    // The next refresh uses the rotated token.
    advance(DAY).await;
    list(&client).await.unwrap();
    assert_eq!(
        *server.state.refresh_tokens_seen.lock().unwrap(),
        [
            crate::support::REFRESH_1,
            crate::support::REFRESH_1,
            "refresh-token-TWO"
        ]
    );

    // A fresh client (a restart) picks up the stored token over the env one.
    let restarted = server
        .client()
        .token_store(FileStore::new(&path))
        .build()
        .unwrap();
    advance(Duration::from_secs(1)).await;
    list(&restarted).await.unwrap();
    assert_eq!(
        server
            .state
            .refresh_tokens_seen
            .lock()
            .unwrap()
            .last()
            .unwrap(),
        "refresh-token-TWO"
    );
}

// §2.6: endpointUrl is the base of every non-auth call.
#[tokio::test(start_paused = true)]
async fn endpoint_url_is_the_base_of_tenant_calls() {
    let server = Server::start().await;
    *server.state.endpoint_path.lock().unwrap() = "/elsewhere/".into();
    let client = server.client().build().unwrap();
    list(&client).await.unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/elsewhere/v1/groups");
}

// §3: a 308 moves this call and every later one; at most 3 hops.
#[tokio::test(start_paused = true)]
async fn permanent_redirect_moves_every_later_call() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let moved = format!("{}/moved/", server.base);
    server.script(
        "GET",
        GROUPS,
        vec![Reply::status(308).header("location", &moved)],
    );
    list(&client).await.expect("replayed at the new endpoint");
    list(&client).await.unwrap();
    assert_eq!(
        server.seen_at(GROUPS).len(),
        1,
        "the old endpoint was asked once"
    );
    assert_eq!(server.seen_at("/moved/v1/groups").len(), 2);

    // A full-URL Location works too, and hops stop after 3.
    let hop = |n: usize| format!("{}/hop{n}/v1/groups?showDetail=true", server.base);
    server.script(
        "GET",
        "/moved/v1/groups",
        vec![Reply::status(308).header("location", &hop(1))],
    );
    for n in 1..=3 {
        server.script(
            "GET",
            &format!("/hop{n}/v1/groups"),
            vec![Reply::status(308).header("location", &hop(n + 1))],
        );
    }
    let err = list(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(308), "{err}");
    assert_eq!(server.seen_at("/hop3/v1/groups").len(), 1);
    assert!(
        server.seen_at("/hop4/v1/groups").is_empty(),
        "no fourth hop"
    );
}

// §3: 429 waits Retry-After and retries, 3 attempts in all; the cap holds.
#[tokio::test(start_paused = true)]
async fn throttling_waits_retry_after() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    list(&client).await.unwrap();
    let throttled = || {
        Reply::json(429, r#"{"errorCode":"Throttled","message":"slow down"}"#)
            .header("retry-after", "7")
    };
    server.script("GET", GROUPS, vec![throttled(), throttled()]);
    let started = Instant::now();
    list(&client).await.expect("third attempt succeeds");
    assert!(
        started.elapsed() >= Duration::from_secs(14),
        "{:?}",
        started.elapsed()
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(server.seen_at(GROUPS).len(), 4);

    server.script("GET", GROUPS, vec![throttled(), throttled(), throttled()]);
    let err = list(&client).await.unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)), "{err}");
    assert!(matches!(err, Error::Throttled { .. }));
    assert_eq!(server.seen_at(GROUPS).len(), 7, "3 attempts in all");

    // Longer than the cap: returned at once.
    server.script(
        "GET",
        GROUPS,
        vec![Reply::status(429).header("retry-after", "3600")],
    );
    let started = Instant::now();
    let err = list(&client).await.unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(3600)));
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(server.seen_at(GROUPS).len(), 8);
}

// §3: 502/503/504 are retried with backoff for GET, never for POST.
#[tokio::test(start_paused = true)]
async fn server_errors_are_retried_only_for_idempotent_calls() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    server.script("GET", GROUPS, vec![Reply::status(502), Reply::status(503)]);
    list(&client).await.expect("retried");
    assert_eq!(server.seen_at(GROUPS).len(), 3);

    server.script(
        "GET",
        GROUPS,
        vec![Reply::status(504), Reply::status(504), Reply::status(504)],
    );
    let err = list(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(504));
    assert!(err.is_retryable());
    assert_eq!(server.seen_at(GROUPS).len(), 6);

    let messages = "/tenant/v1/groups/g1/messages";
    server.script("POST", messages, vec![Reply::status(503)]);
    let err = client
        .send_message()
        .group_id("g1")
        .body(kaizala_api::types::SendMessageRequest {
            message: "hello".parse().unwrap(),
            send_to_all_subscribers: None,
            subscribers: None,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503), "{err}");
    assert_eq!(
        server.seen_at(messages).len(),
        1,
        "a POST is never replayed"
    );
}

// §3: the policy can be switched off.
#[tokio::test(start_paused = true)]
async fn retries_can_be_switched_off() {
    let server = Server::start().await;
    let client = server
        .client()
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();
    server.script(
        "GET",
        GROUPS,
        vec![
            Reply::status(429).header("retry-after", "1"),
            Reply::status(503),
        ],
    );
    assert!(matches!(list(&client).await, Err(Error::Throttled { .. })));
    assert_eq!(list(&client).await.unwrap_err().status(), Some(503));
    assert_eq!(server.seen_at(GROUPS).len(), 2);
}

// §3: connection failures are retried for idempotent calls.
#[tokio::test(start_paused = true)]
async fn connect_errors_are_retried_for_get() {
    let server = Server::start().await;
    // The tenant endpoint is a port nobody listens on.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_base = format!("http://{}", dead.local_addr().unwrap());
    drop(dead);
    *server.state.endpoint_path.lock().unwrap() = "/x/".into();
    let client = server.client().build().unwrap();
    // Point the tenant at the dead port by moving the endpoint there.
    server.script(
        "GET",
        "/x/v1/groups",
        vec![Reply::status(308).header("location", &format!("{dead_base}/"))],
    );
    let started = Instant::now();
    let err = list(&client).await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err}");
    assert!(err.is_retryable());
    // Two backoffs (0.25–0.5 s, then 0.5–1 s) were waited: three attempts.
    assert!(
        started.elapsed() >= Duration::from_millis(750),
        "{:?}",
        started.elapsed()
    );
}

// §4: errors map to the enum, before the network for invalid input.
#[tokio::test(start_paused = true)]
async fn errors_are_typed() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let err: Error = client
        .get_group()
        .group_id("nope")
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::NotFound { code, message } => {
            assert_eq!(code.as_deref(), Some("NotFound"));
            assert_eq!(message.as_deref(), Some("no such resource"));
        }
        other => panic!("{other:?}"),
    }
    assert!(!err.is_retryable());

    server.script(
        "GET",
        GROUPS,
        vec![Reply::json(200, r#"{"groups": "not a list"}"#)],
    );
    let err = list(&client).await.unwrap_err();
    match &err {
        Error::Decode { snippet, .. } => assert!(snippet.contains("not a list"), "{snippet}"),
        other => panic!("{other:?}"),
    }

    let before = server.seen().len();
    let err: Error = client
        .send_message()
        .group_id("g1")
        .body_map(|b| b.message("x".repeat(5000)))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert_eq!(server.seen().len(), before, "nothing sent");
}

#[tokio::test(start_paused = true)]
async fn in_memory_store_receives_rotation() {
    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-token-NEW".into());
    let store = Arc::new(InMemoryStore::new());
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    list(&client).await.unwrap();
    assert_eq!(store.get().unwrap().expose_secret(), "refresh-token-NEW");
}
