//! A Redis that misbehaves: it runs a command after its caller gave up on
//! it, it is reached through a database number, a password or TLS, it holds
//! values of another type (or huge ones) under our keys, it refuses writes,
//! it restarts and loses what it held.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::support::TestRedis;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use kaizala_ext::redis::{EventState, RedisDeduper, SharedRedis};
use kaizala_ext::webhook::{CALLBACK_TOKEN_HEADER, KaizalaEvent, WebhookReceiver};
use kaizala_ext::{SecretString, TokenLease, TokenStore};
use serde_json::json;
use tower::ServiceExt;

const TOKEN: &str = "attack-callback-token";

fn delivery(event_id: &str) -> Request<Body> {
    let event = json!({
        "objectId": "g1", "objectType": "Group", "eventType": "TextMessageCreated",
        "eventId": event_id, "data": {"text": "hi"},
        "fromUserName": "Robin", "subscriptionId": "w1", "groupId": "g1"
    });
    Request::post("/kz")
        .header(header::CONTENT_TYPE, "application/json")
        .header(CALLBACK_TOKEN_HEADER, TOKEN)
        .body(Body::from(serde_json::to_vec(&event).unwrap()))
        .unwrap()
}

async fn admin(redis: &TestRedis) -> ::redis::aio::MultiplexedConnection {
    ::redis::Client::open(redis.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap()
}

/// Redis stalls (a slow fsync, a long command: here SIGSTOP) while a
/// delivery's claim is on its way: the receiver gives up and answers 503,
/// but Redis runs the claim when it wakes up. The redelivery must reach the
/// handler, not find the event "in flight" for an owner that gave up (for
/// the whole lease: the handler timeout plus 30 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_that_landed_after_its_timeout_does_not_hold_the_event() {
    let redis = TestRedis::own(false);
    let handled: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let receiver = WebhookReceiver::builder(TOKEN)
        .deduper(
            redis
                .handle(Duration::from_millis(300))
                .deduper("svc", RedisDeduper::DEFAULT_WINDOW),
        )
        .store_timeout(Duration::from_millis(500))
        .duplicate_wait(Duration::from_millis(300))
        .build({
            let handled = handled.clone();
            move |event: KaizalaEvent| {
                let handled = handled.clone();
                async move {
                    *handled
                        .lock()
                        .unwrap()
                        .entry(event.event_id().to_owned())
                        .or_default() += 1;
                    Ok::<(), &str>(())
                }
            }
        })
        .unwrap();
    let app = receiver.into_router("/kz");
    let send = |id: &str| app.clone().oneshot(delivery(id));
    assert_eq!(send("warm-up").await.unwrap().status(), StatusCode::OK);

    redis.freeze();
    assert_eq!(
        send("ev-1").await.unwrap().status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    redis.resume();
    tokio::time::sleep(Duration::from_millis(300)).await;

    // Kaizala redelivers: the event is handled now, once.
    let mut status = StatusCode::SERVICE_UNAVAILABLE;
    for _ in 0..3 {
        status = send("ev-1").await.unwrap().status();
        if status == StatusCode::OK {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(status, StatusCode::OK, "the redelivery was refused");
    assert_eq!(handled.lock().unwrap().get("ev-1"), Some(&1));
}

/// Kaizala gives up on a delivery (its timeout, a closed connection) while
/// the delivery's claim is on its way to a stalled Redis: the request's
/// future is dropped, and Redis runs the claim later. The redelivery must
/// reach the handler, not find the event held by a delivery that is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delivery_dropped_while_its_claim_is_on_its_way_does_not_hold_the_event() {
    let redis = TestRedis::own(false);
    let handled: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let receiver = WebhookReceiver::builder(TOKEN)
        .deduper(
            redis
                .handle(Duration::from_secs(5))
                .deduper("svc", RedisDeduper::DEFAULT_WINDOW),
        )
        .store_timeout(Duration::from_secs(5))
        .duplicate_wait(Duration::from_millis(300))
        .build({
            let handled = handled.clone();
            move |event: KaizalaEvent| {
                let handled = handled.clone();
                async move {
                    *handled
                        .lock()
                        .unwrap()
                        .entry(event.event_id().to_owned())
                        .or_default() += 1;
                    Ok::<(), &str>(())
                }
            }
        })
        .unwrap();
    let app = receiver.into_router("/kz");
    let send = |id: &str| app.clone().oneshot(delivery(id));
    assert_eq!(send("warm-up").await.unwrap().status(), StatusCode::OK);

    redis.freeze();
    let abandoned = tokio::spawn(send("ev-2"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    abandoned.abort();
    let _ = abandoned.await;
    redis.resume();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let mut status = StatusCode::SERVICE_UNAVAILABLE;
    for _ in 0..3 {
        status = send("ev-2").await.unwrap().status();
        if status == StatusCode::OK {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(status, StatusCode::OK, "the redelivery was refused");
    assert_eq!(handled.lock().unwrap().get("ev-2"), Some(&1));
}

/// The same for the refresh lease: Redis grants it after the replica gave
/// up waiting (`Err`). The replica's next try must get it back (the lease is
/// its own, see `TokenStore::try_lease`), not wait for the lease to expire
/// with nobody refreshing for the fleet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lease_granted_after_its_timeout_is_its_owners_to_take_again() {
    let redis = TestRedis::own(false);
    let store = redis
        .handle(Duration::from_millis(300))
        .token_store("app-1");
    assert!(store.load().await.unwrap().is_none()); // connected
    redis.freeze();
    assert!(
        store
            .try_lease("replica-a", Duration::from_secs(60))
            .await
            .is_err()
    );
    redis.resume();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        store
            .try_lease("replica-a", Duration::from_secs(60))
            .await
            .unwrap(),
        "the owner's own lease was refused to it"
    );
    assert!(
        !store
            .try_lease("replica-b", Duration::from_secs(60))
            .await
            .unwrap(),
        "the lease is exclusive"
    );
    store.release_lease("replica-a").await.unwrap();
    assert!(
        store
            .try_lease("replica-b", Duration::from_secs(60))
            .await
            .unwrap()
    );
}

/// `redis://host/3`: every key goes to database 3, also after Redis
/// restarts and the connection is made again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_of_the_url_is_kept_across_a_restart() {
    let mut redis = TestRedis::own(true);
    let url = format!("{}3", redis.url());
    let handle = SharedRedis::open_with(&url, &redis.prefix, Duration::from_secs(1)).unwrap();
    let store = handle.token_store("app-db");
    store
        .save(&SecretString::from("rt-one".to_owned()))
        .await
        .unwrap();
    redis.restart();
    let mut saved = false;
    for _ in 0..20 {
        if store
            .save(&SecretString::from("rt-two".to_owned()))
            .await
            .is_ok()
        {
            saved = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(saved, "no save after the restart");
    let mut admin = admin(&redis).await;
    let in_db0: Vec<String> = ::redis::cmd("KEYS")
        .arg(format!("{}:*", redis.prefix))
        .query_async(&mut admin)
        .await
        .unwrap();
    assert!(in_db0.is_empty(), "keys in database 0: {in_db0:?}");
    ::redis::cmd("SELECT")
        .arg(3)
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    let in_db3: Vec<String> = ::redis::cmd("KEYS")
        .arg(format!("{}:*", redis.prefix))
        .query_async(&mut admin)
        .await
        .unwrap();
    assert_eq!(in_db3.len(), 1, "{in_db3:?}");
    assert_eq!(
        store.load().await.unwrap().map(|t| {
            use secrecy::ExposeSecret;
            t.expose_secret().to_owned()
        }),
        Some("rt-two".to_owned())
    );
}

/// Someone (another program, an operator's typo) keeps a hash, a list or a
/// junk string under our keys: each operation is a typed error or a
/// defined answer, never a panic, a value taken for a token, or an event
/// counted as handled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn values_of_another_type_under_our_keys_are_errors_not_tokens() {
    let redis = TestRedis::shared();
    let handle = redis.handle(Duration::from_secs(1));
    let store = handle.token_store("app-typed");
    let dedupe = handle.deduper("svc", RedisDeduper::DEFAULT_WINDOW);
    let mut admin = admin(&redis).await;
    let p = &redis.prefix;
    let refresh = format!("{p}:token:{{app-typed}}:refresh");
    let access = format!("{p}:token:{{app-typed}}:access");
    let lease = format!("{p}:lease:{{app-typed}}");
    let event = format!("{p}:dedupe:{{svc:ev-typed}}");
    for key in [&refresh, &access, &lease, &event] {
        ::redis::cmd("HSET")
            .arg(key)
            .arg("f")
            .arg("v")
            .query_async::<()>(&mut admin)
            .await
            .unwrap();
    }
    let rt = SecretString::from("rt-new".to_owned());
    let error = store.load().await.unwrap_err();
    assert!(error.to_string().contains("WRONGTYPE"), "{error}");
    assert!(store.save(&rt).await.is_err());
    assert!(store.try_lease("me", Duration::from_secs(5)).await.is_err());
    assert!(store.load_access_token().await.is_err());
    assert!(
        dedupe
            .claim("ev-typed", "me", Duration::from_secs(5))
            .await
            .is_err()
    );
    // A junk string is not a token, nor an event state.
    for key in [&refresh, &event] {
        ::redis::cmd("SET")
            .arg(key)
            .arg("")
            .query_async::<()>(&mut admin)
            .await
            .unwrap();
    }
    assert!(store.load().await.is_err(), "an empty value is no token");
    let state = dedupe.claim("ev-typed", "me", Duration::from_secs(5)).await;
    assert!(
        !matches!(state, Ok(EventState::Done)),
        "junk taken for a handled event: {state:?}"
    );
}

/// A Redis that refuses writes (`maxmemory` reached with `noeviction`):
/// reads go on, every write is a typed error naming the refusal, the
/// webhook dedupe fails closed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_out_of_memory_fails_closed_with_typed_errors() {
    let redis = TestRedis::own(false);
    let handle = redis.handle(Duration::from_secs(1));
    let store = handle.token_store("app-oom");
    let rt = SecretString::from("rt-before".to_owned());
    store.save(&rt).await.unwrap();
    let mut admin = admin(&redis).await;
    for (name, value) in [("maxmemory-policy", "noeviction"), ("maxmemory", "1")] {
        ::redis::cmd("CONFIG")
            .arg("SET")
            .arg(name)
            .arg(value)
            .query_async::<()>(&mut admin)
            .await
            .unwrap();
    }
    assert!(store.load().await.unwrap().is_some(), "reads go on");
    let error = store
        .save(&SecretString::from("rt-after".to_owned()))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("OOM"), "{error}");
    assert!(!error.to_string().contains("rt-after"), "{error}");
    assert!(store.try_lease("me", Duration::from_secs(5)).await.is_err());
    let dedupe = handle.deduper("svc", RedisDeduper::DEFAULT_WINDOW);
    assert!(
        dedupe
            .claim("ev", "me", Duration::from_secs(5))
            .await
            .is_err()
    );
}

/// A huge value under the token keys (a bug elsewhere, a hostile writer):
/// it is refused by Redis-side length check, never read into the replica's
/// memory and sent to the token service as a refresh token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_value_under_the_token_keys_is_refused_not_read() {
    let redis = TestRedis::shared();
    let handle = redis.handle(Duration::from_secs(1));
    let store = handle.token_store("app-huge");
    let mut admin = admin(&redis).await;
    let p = &redis.prefix;
    let huge = format!("1\n{}", "x".repeat(1 << 20));
    for key in [
        format!("{p}:token:{{app-huge}}:refresh"),
        format!("{p}:token:{{app-huge}}:access"),
    ] {
        ::redis::cmd("SET")
            .arg(key)
            .arg(&huge)
            .query_async::<()>(&mut admin)
            .await
            .unwrap();
    }
    let error = store.load().await.expect_err("a 1 MiB refresh token");
    assert!(error.to_string().contains("TOOLARGE"), "{error}");
    let error = store
        .load_access_token()
        .await
        .expect_err("a 1 MiB access token");
    assert!(error.to_string().contains("TOOLARGE"), "{error}");
    // A save replaces it.
    store
        .save(&SecretString::from("rt-fine".to_owned()))
        .await
        .unwrap();
    assert!(store.load().await.unwrap().is_some());
}

/// `rediss://` (TLS) URLs open, in every form of credentials, and neither
/// `Debug` nor the address shows the password; a TLS handshake with a
/// server that does not speak TLS is a typed error that does not either.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_urls_open_and_never_show_their_password() {
    let redis = TestRedis::shared();
    let plain = redis.url().trim_start_matches("redis://").to_owned();
    for url in [
        format!("rediss://user:pa55-SECRET@{plain}"),
        format!("rediss://:pa55-SECRET@{plain}"),
        format!("rediss://user:pa55-SECRET@{plain}#insecure"),
    ] {
        let handle = SharedRedis::open_with(&url, &redis.prefix, Duration::from_millis(500))
            .expect("a rediss:// URL");
        let store = handle.token_store("app-tls");
        // The test server speaks no TLS: the handshake fails, typed.
        let error = store.load().await.expect_err("no TLS on the other end");
        let text = format!(
            "{error} {error:?} {handle:?} {store:?} {}",
            handle.address()
        );
        assert!(!text.contains("pa55"), "{text}");
        assert!(text.contains("Redis at"), "{text}");
    }
}

/// A wrong password (a rotated one, a typo), and a Unix socket URL whose
/// password is a query parameter: typed errors that never show it, and the
/// webhook dedupe fails closed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_is_a_typed_error_that_never_shows_it() {
    let redis = TestRedis::own(false);
    let mut admin = admin(&redis).await;
    ::redis::cmd("CONFIG")
        .arg("SET")
        .arg("requirepass")
        .arg("the-right-one")
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    let plain = redis.url().trim_start_matches("redis://").to_owned();
    let handle = SharedRedis::open_with(
        &format!("redis://:wr0ng-PASSWORD@{plain}"),
        &redis.prefix,
        Duration::from_millis(500),
    )
    .unwrap();
    let store = handle.token_store("app-auth");
    let error = store.load().await.expect_err("wrong password");
    let dedupe = handle.deduper("svc", RedisDeduper::DEFAULT_WINDOW);
    let claim = dedupe
        .claim("ev", "me", Duration::from_secs(5))
        .await
        .expect_err("fails closed");
    let text = format!("{error} {error:?} {claim} {handle:?} {store:?}");
    assert!(!text.contains("wr0ng"), "{text}");
    let socket = SharedRedis::open("redis+unix:///nonexistent/redis.sock?pass=s0cket-PASSWORD")
        .expect("a unix socket URL");
    let error = socket
        .token_store("app")
        .load()
        .await
        .expect_err("no socket");
    let text = format!("{error} {socket:?} {}", socket.address());
    assert!(!text.contains("s0cket"), "{text}");
}

/// Redis restarts between a handler's success and its *done* mark: the
/// mark is written when Redis is back, so a copy delivered afterwards is a
/// duplicate — not refused for the lease, then handled a second time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_done_mark_lost_to_a_restart_is_written_when_redis_is_back() {
    let redis = Arc::new(Mutex::new(TestRedis::own(true)));
    let handle = redis.lock().unwrap().handle(Duration::from_millis(500));
    let handled: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let receiver = WebhookReceiver::builder(TOKEN)
        .deduper(handle.deduper("svc", RedisDeduper::DEFAULT_WINDOW))
        .store_timeout(Duration::from_millis(500))
        .duplicate_wait(Duration::from_millis(300))
        .build({
            let handled = handled.clone();
            let redis = redis.clone();
            move |event: KaizalaEvent| {
                let handled = handled.clone();
                let redis = redis.clone();
                async move {
                    let first = {
                        let mut handled = handled.lock().unwrap();
                        let count = handled.entry(event.event_id().to_owned()).or_default();
                        *count += 1;
                        *count == 1
                    };
                    if first && event.event_id() == "ev-3" {
                        // Redis dies as the handler succeeds, and comes back.
                        redis.lock().unwrap().kill();
                        let redis = redis.clone();
                        tokio::task::spawn_blocking(move || {
                            std::thread::sleep(Duration::from_millis(300));
                            redis.lock().unwrap().restart();
                        });
                    }
                    Ok::<(), &str>(())
                }
            }
        })
        .unwrap();
    let app = receiver.into_router("/kz");
    let send = |id: &str| app.clone().oneshot(delivery(id));
    assert_eq!(send("warm-up").await.unwrap().status(), StatusCode::OK);
    assert_eq!(send("ev-3").await.unwrap().status(), StatusCode::OK);
    tokio::time::sleep(Duration::from_secs(3)).await;
    // A copy of the event (Kaizala did not see the 200 in time).
    let mut status = StatusCode::SERVICE_UNAVAILABLE;
    for _ in 0..5 {
        status = send("ev-3").await.unwrap().status();
        if status == StatusCode::OK {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(status, StatusCode::OK, "the copy was refused");
    assert_eq!(
        handled.lock().unwrap().get("ev-3"),
        Some(&1),
        "handled again"
    );
}

/// A rotation that Redis saved after the replica gave up waiting (a stalled
/// Redis): the replica's retry finds its own token there and is told it is
/// saved — not that another process rotated first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotation_saved_after_its_timeout_is_saved_on_the_retry() {
    use kaizala_ext::RotationSaved;
    let redis = TestRedis::own(false);
    let handle = redis.handle(Duration::from_millis(300));
    let store = handle.token_store("app-rot");
    let old = SecretString::from("rt-old".to_owned());
    let new = SecretString::from("rt-new".to_owned());
    // The rotation script is loaded (Redis knows it by its digest).
    let warm = handle.token_store("app-warm");
    warm.save(&old).await.unwrap();
    warm.save_rotated(&old, &new).await.unwrap();
    store.save(&old).await.unwrap();
    redis.freeze();
    assert!(store.save_rotated(&old, &new).await.is_err());
    redis.resume();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut admin = admin(&redis).await;
    let landed: String = ::redis::cmd("GET")
        .arg(format!("{}:token:{{app-rot}}:refresh", redis.prefix))
        .query_async(&mut admin)
        .await
        .unwrap();
    assert!(
        landed.ends_with("\nrt-new"),
        "the rotation did not land late"
    );
    let retried = store.save_rotated(&old, &new).await.unwrap();
    assert!(matches!(retried, RotationSaved::Saved), "{retried:?}");
    let loaded = store.load().await.unwrap().unwrap();
    use secrecy::ExposeSecret;
    assert_eq!(loaded.expose_secret(), "rt-new");
}

/// Absurd durations from configuration (`Duration::MAX`, zero) neither
/// panic nor make a command unbounded in a way that breaks it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn absurd_durations_neither_panic_nor_break_the_commands() {
    let redis = TestRedis::shared();
    for timeout in [Duration::MAX, Duration::ZERO, Duration::from_nanos(1)] {
        let handle = SharedRedis::open_with(redis.url(), &redis.prefix, timeout).unwrap();
        let store = handle.token_store("app-durations");
        let dedupe = handle.deduper("svc", Duration::MAX);
        let outcome = store.load().await;
        if timeout >= Duration::from_millis(1) {
            assert!(outcome.is_ok(), "{timeout:?}: {outcome:?}");
            assert!(store.try_lease("me", Duration::MAX).await.unwrap());
            store.release_lease("me").await.unwrap();
            assert_eq!(
                dedupe.claim("ev-d", "me", Duration::MAX).await.unwrap(),
                EventState::Claimed
            );
            dedupe.complete("ev-d").await.unwrap();
            dedupe.release("ev-d", "me").await.unwrap();
        }
    }
    // An access token the service says expires at the end of time is
    // shared all the same (kept a day).
    let store = redis.handle(Duration::from_secs(1)).token_store("app-far");
    let far = kaizala_ext::SharedAccessToken {
        access_token: SecretString::from("at-far".to_owned()),
        endpoint_url: "https://kms.kaiza.la/".into(),
        expiry_ms: i64::MAX,
    };
    store.save_access_token(&far).await.unwrap();
    let shared = store.load_access_token().await.unwrap();
    assert_eq!(shared.map(|t| t.expiry_ms), Some(i64::MAX));
}

/// One event delivered at once to two replicas of one service, while the
/// handler is slow; then an event whose handler panics on its first run:
/// each is handled exactly once to success, no copy is answered 200 before
/// its handler succeeded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_copies_on_two_replicas_and_a_panicking_handler() {
    let redis = TestRedis::shared();
    let runs: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let succeeded: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let replica = || {
        let runs = runs.clone();
        let succeeded = succeeded.clone();
        WebhookReceiver::builder(TOKEN)
            .deduper(
                redis
                    .handle(Duration::from_secs(1))
                    .deduper("svc", RedisDeduper::DEFAULT_WINDOW),
            )
            .build(move |event: KaizalaEvent| {
                let runs = runs.clone();
                let succeeded = succeeded.clone();
                async move {
                    let id = event.event_id().to_owned();
                    let run = {
                        let mut runs = runs.lock().unwrap();
                        let n = runs.entry(id.clone()).or_default();
                        *n += 1;
                        *n
                    };
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    if id == "ev-panic" && run == 1 {
                        panic!("the handler's first run panics");
                    }
                    *succeeded.lock().unwrap().entry(id).or_default() += 1;
                    Ok::<(), &str>(())
                }
            })
            .unwrap()
            .into_router("/kz")
    };
    let (a, b) = (replica(), replica());
    let (one, two) = tokio::join!(
        a.clone().oneshot(delivery("ev-both")),
        b.clone().oneshot(delivery("ev-both"))
    );
    assert_eq!(one.unwrap().status(), StatusCode::OK);
    assert_eq!(two.unwrap().status(), StatusCode::OK);
    assert_eq!(runs.lock().unwrap().get("ev-both"), Some(&1));

    let first = a.clone().oneshot(delivery("ev-panic")).await.unwrap();
    assert_eq!(first.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let again = b.clone().oneshot(delivery("ev-panic")).await.unwrap();
    assert_eq!(again.status(), StatusCode::OK);
    let copy = a.clone().oneshot(delivery("ev-panic")).await.unwrap();
    assert_eq!(copy.status(), StatusCode::OK);
    assert_eq!(runs.lock().unwrap().get("ev-panic"), Some(&2));
    assert_eq!(succeeded.lock().unwrap().get("ev-panic"), Some(&1));
}
