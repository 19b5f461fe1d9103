//! Several replicas of one connector sharing a real Redis (feature `redis`):
//! the token store (compare-and-swap rotation, refresh lease, shared access
//! token), the fleet-wide rate budget, and what each does when Redis fails.
//!
//! Redis is the one `.ci/run` starts (`KAIZALA_TEST_REDIS_URL`) or one the
//! test starts itself (`redis_support`); tests that kill or restart Redis
//! always start their own.

use std::time::Duration;

use super::support::TestRedis;
use crate::support::local_http;
use kaizala_api::types::GroupType;
use kaizala_emulator::{Emulator, ThrottleConfig};
use kaizala_ext::TokenLease;
use kaizala_ext::bulk::BulkOptions;
use kaizala_ext::prelude::*;
use kaizala_ext::redis::SharedRedis;
use kaizala_ext::{
    Credentials, Error, KaizalaClient, KaizalaClientBuilder, RateLimit, RetryPolicy, RotationSaved,
    SecretString, SharedAccessToken, StoreOperation, TokenStore,
};
use secrecy::ExposeSecret;
use tokio::time::Instant;

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn fast_retries() -> RetryPolicy {
    let mut policy = RetryPolicy::default();
    policy.initial_backoff = Duration::from_millis(1);
    policy.max_backoff = Duration::from_millis(5);
    policy
}

fn shared(redis: &TestRedis) -> SharedRedis {
    redis.handle(Duration::from_millis(500))
}

/// One replica: its own client, its own connection to Redis (separate
/// memory), the connector's credentials without a refresh token (the
/// store holds it).
fn replica(emu: &Emulator, redis: &TestRedis) -> KaizalaClient {
    replica_with(emu, redis, |b| b)
}

fn replica_with(
    emu: &Emulator,
    redis: &TestRedis,
    tune: impl FnOnce(KaizalaClientBuilder) -> KaizalaClientBuilder,
) -> KaizalaClient {
    let c = emu.connector();
    let builder = KaizalaClient::builder()
        .http_client(local_http())
        .credentials(Credentials::new(
            c.application_id.clone(),
            secret(&c.application_secret),
            None,
        ))
        .auth_root(emu.auth_url())
        .retry(fast_retries())
        .token_timeouts(Duration::from_secs(2), Duration::from_millis(500))
        .token_wait(Duration::from_secs(10))
        .token_store(shared(redis).token_store(&c.application_id))
        .no_rate_limit();
    tune(builder).build().expect("client")
}

/// Puts the connector's refresh token in the shared store, as the PIN
/// login of the first deployment would.
async fn seed(emu: &Emulator, redis: &TestRedis) {
    let c = emu.connector();
    shared(redis)
        .token_store(&c.application_id)
        .save(&secret(&c.refresh_token))
        .await
        .expect("seed the store");
}

/// The emulator, without its throttle (these tests call often).
async fn emulator() -> Emulator {
    Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: false,
            ..ThrottleConfig::default()
        })
        .start()
        .await
        .expect("emulator")
}

/// Keeps every replica calling until the fleet has made `calls`
/// `accessToken` calls and every replica holds a token valid for more than
/// `fresh` (calls that fail meanwhile are retried; all within `bound`).
async fn until_refreshed(
    emu: &Emulator,
    replicas: &[KaizalaClient],
    calls: usize,
    fresh: Duration,
    bound: Duration,
) {
    let started = Instant::now();
    let mut last_error = None;
    loop {
        let results =
            futures::future::join_all(replicas.iter().map(|r| r.list_groups().send())).await;
        for result in results {
            if let Err(e) = result {
                last_error = Some(e.to_string());
            }
        }
        let on_new = replicas.iter().all(|r| {
            r.token_status()
                .access_token_valid_for
                .is_some_and(|d| d > fresh)
        });
        if emu.access_token_calls() >= calls && on_new {
            return;
        }
        assert!(
            started.elapsed() < bound,
            "after {:?}: {} accessToken calls, last error: {last_error:?}",
            started.elapsed(),
            emu.access_token_calls()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn all_list_groups(replicas: &[KaizalaClient]) {
    let calls = replicas.iter().map(|r| r.list_groups().send());
    for (i, result) in futures::future::join_all(calls)
        .await
        .into_iter()
        .enumerate()
    {
        result.unwrap_or_else(|e| panic!("replica {i}: {e}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_replicas_at_expiry_make_one_access_token_call_and_survive_rotation() {
    five_replicas_at_expiry_make_one_access_token_call_and_survive_rotation_on(&TestRedis::shared()).await;
}

async fn five_replicas_at_expiry_make_one_access_token_call_and_survive_rotation_on(
    redis: &TestRedis,
) {
    let emu = emulator().await;
    emu.rotate_refresh_tokens_always(true);
    seed(&emu, redis).await;
    // Refreshed 1 s before expiry, with no jitter: every replica is due at
    // the same moment.
    let replicas: Vec<_> = (0..5)
        .map(|_| {
            replica_with(&emu, redis, |b| {
                b.refresh_before_expiry(Duration::from_secs(1), Duration::ZERO)
            })
        })
        .collect();

    // Five cold replicas: one fetches, four use its token.
    all_list_groups(&replicas).await;
    assert_eq!(
        emu.access_token_calls(),
        1,
        "one accessToken call for 5 replicas"
    );

    // The service expires the token early (every replica gets a 401): one
    // call for the fleet. Tokens live 2 s from now on.
    emu.set_access_token_lifetime(Duration::from_secs(2));
    emu.expire_access_tokens();
    all_list_groups(&replicas).await;
    assert_eq!(emu.access_token_calls(), 2, "one call at a 401 expiry");

    // Twice more, the token reaches its refresh time on every replica at
    // once (each refresh rotates the refresh token): one call each time.
    for round in 3..=4 {
        until_refreshed(
            &emu,
            &replicas,
            round,
            Duration::from_millis(1250),
            Duration::from_secs(15),
        )
        .await;
        assert_eq!(
            emu.access_token_calls(),
            round,
            "round {round}: one call at expiry"
        );
        for (i, r) in replicas.iter().enumerate() {
            let status = r.token_status();
            assert!(!status.unsaved_refresh_token, "replica {i}: {status:?}");
            assert!(!status.refresh_token_rejected, "replica {i}: {status:?}");
        }
    }

    // The store holds the newest refresh token: a sixth replica, started
    // now with only the store, gets a token with it.
    let stored = shared(redis)
        .token_store(&emu.connector().application_id)
        .load()
        .await
        .expect("load")
        .expect("a token");
    assert_ne!(
        stored.expose_secret(),
        emu.connector().refresh_token,
        "rotated"
    );
    let late = replica(&emu, redis);
    late.list_groups()
        .send()
        .await
        .expect("a new replica works");
}

#[tokio::test]
async fn rotation_is_a_compare_and_swap_and_the_lease_is_exclusive() {
    rotation_is_a_compare_and_swap_and_the_lease_is_exclusive_on(&TestRedis::shared()).await;
}

async fn rotation_is_a_compare_and_swap_and_the_lease_is_exclusive_on(redis: &TestRedis) {
    let store = shared(redis).token_store("app-cas");
    assert!(store.load().await.unwrap().is_none());
    // Over nothing (a fresh or wiped Redis): written.
    let saved = store
        .save_rotated(&secret("r0"), &secret("r1"))
        .await
        .unwrap();
    assert!(matches!(saved, RotationSaved::Saved), "{saved:?}");
    // Over the token it refreshed with: written.
    let saved = store
        .save_rotated(&secret("r1"), &secret("r2"))
        .await
        .unwrap();
    assert!(matches!(saved, RotationSaved::Saved), "{saved:?}");
    // A late replica that refreshed with r1 too: not written, told r2.
    match store
        .save_rotated(&secret("r1"), &secret("r2-late"))
        .await
        .unwrap()
    {
        RotationSaved::Superseded {
            current: Some(current),
        } => {
            assert_eq!(current.expose_secret(), "r2")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(store.load().await.unwrap().unwrap().expose_secret(), "r2");

    // The lease: one owner at a time, released only by its owner.
    let ttl = Duration::from_secs(30);
    assert!(store.try_lease("one", ttl).await.unwrap());
    assert!(!store.try_lease("two", ttl).await.unwrap());
    store.release_lease("two").await.unwrap();
    assert!(
        !store.try_lease("two", ttl).await.unwrap(),
        "not two's to release"
    );
    store.release_lease("one").await.unwrap();
    assert!(store.try_lease("two", ttl).await.unwrap());
    store.release_lease("two").await.unwrap();

    // A holder that dies: its lease ends by itself.
    assert!(
        store
            .try_lease("dead", Duration::from_millis(200))
            .await
            .unwrap()
    );
    assert!(!store.try_lease("alive", ttl).await.unwrap());
    let started = std::time::Instant::now();
    while !store.try_lease("alive", ttl).await.unwrap() {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the lease never expired"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // The shared access token: expired ones are not handed out, and no
    // token shows in Debug output.
    let token = SharedAccessToken {
        access_token: secret("at.s3cr3t"),
        endpoint_url: "http://127.0.0.1:1/v1/".into(),
        expiry_ms: chrono::Utc::now().timestamp_millis() + 60_000,
    };
    store.save_access_token(&token).await.unwrap();
    let back = store.load_access_token().await.unwrap().expect("shared");
    assert_eq!(back.access_token.expose_secret(), "at.s3cr3t");
    let expired = SharedAccessToken {
        expiry_ms: chrono::Utc::now().timestamp_millis() - 1,
        ..token
    };
    store.save_access_token(&expired).await.unwrap();
    assert_eq!(
        store
            .load_access_token()
            .await
            .unwrap()
            .unwrap()
            .access_token
            .expose_secret(),
        "at.s3cr3t",
        "an expired token does not replace a valid one"
    );
    let debug = format!("{store:?} {back:?}");
    assert!(
        !debug.contains("s3cr3t") && !debug.contains("r2"),
        "{debug}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replica_that_dies_holding_the_lease_blocks_the_others_only_until_it_expires() {
    let redis = TestRedis::shared();
    let emu = emulator().await;
    emu.rotate_refresh_tokens_always(true);
    seed(&emu, &redis).await;
    let store = shared(&redis).token_store(&emu.connector().application_id);
    // A replica took the lease and was killed before it fetched: its lease
    // (the one the clients would take: 1 s fetch + 3 × 0.25 s store) stays.
    assert!(
        store
            .try_lease("killed-replica", Duration::from_millis(1750))
            .await
            .unwrap()
    );
    let replicas: Vec<_> = (0..3)
        .map(|_| {
            replica_with(&emu, &redis, |b| {
                b.token_timeouts(Duration::from_secs(1), Duration::from_millis(250))
            })
        })
        .collect();
    let started = Instant::now();
    all_list_groups(&replicas).await;
    let waited = started.elapsed();
    assert!(waited <= Duration::from_secs(8), "waited {waited:?}");
    assert_eq!(emu.access_token_calls(), 1, "still one call for the fleet");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_redis_no_refresh_starts_and_every_wait_is_bounded() {
    let mut redis = TestRedis::own(true);
    let emu = emulator().await;
    emu.rotate_refresh_tokens_always(true);
    seed(&emu, &redis).await;
    let a = replica(&emu, &redis);
    a.list_groups().send().await.expect("first token");
    assert_eq!(emu.access_token_calls(), 1);

    // Redis goes down; the valid access token keeps working.
    redis.kill();
    a.list_groups()
        .send()
        .await
        .expect("the valid token needs no Redis");

    // The token expires while Redis is down: no refresh (it could not be
    // saved), a typed error, quickly.
    emu.expire_access_tokens();
    let started = Instant::now();
    let err = a.list_groups().send().await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(
        matches!(
            &err,
            Error::TokenStore {
                operation: StoreOperation::Lease,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("Redis"), "{err}");
    assert_eq!(emu.access_token_calls(), 1, "no refresh without Redis");

    // Redis comes back (same data: append-only file): the client recovers
    // by itself, and the rotated token is in the store.
    redis.restart();
    let started = Instant::now();
    loop {
        match a.list_groups().send().await {
            Ok(_) => break,
            Err(e) => {
                assert!(
                    started.elapsed() < Duration::from_secs(15),
                    "not recovered: {e}"
                );
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
    assert_eq!(emu.access_token_calls(), 2);
    // A fresh replica after the restart: the store has the rotated token.
    emu.expire_access_tokens();
    replica(&emu, &redis)
        .list_groups()
        .send()
        .await
        .expect("no lost connector");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_restarted_mid_run_loses_no_connector() {
    let mut redis = TestRedis::own(true);
    let emu = emulator().await;
    emu.rotate_refresh_tokens_always(true);
    emu.set_access_token_lifetime(Duration::from_secs(2));
    seed(&emu, &redis).await;
    let replicas: Vec<_> = (0..3)
        .map(|_| {
            replica_with(&emu, &redis, |b| {
                b.refresh_before_expiry(Duration::from_secs(1), Duration::ZERO)
            })
        })
        .collect();
    // Four refreshes, each rotating the refresh token; Redis (append-only,
    // fsync per write) is killed and restarted halfway through.
    for round in 1..=4 {
        if round == 3 {
            redis.restart();
        }
        until_refreshed(
            &emu,
            &replicas,
            round,
            Duration::from_millis(1100),
            Duration::from_secs(20),
        )
        .await;
    }
    for (i, r) in replicas.iter().enumerate() {
        let status = r.token_status();
        assert!(!status.unsaved_refresh_token, "replica {i}: {status:?}");
    }
    // Every rotated refresh token was saved: a new replica still connects.
    emu.set_access_token_lifetime(Duration::from_secs(3600));
    replica(&emu, &redis)
        .list_groups()
        .send()
        .await
        .expect("no lost connector");
}

// ------------------------------------------------------------ rate budget

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bulk_job_over_three_replicas_stays_under_the_shared_limit() {
    a_bulk_job_over_three_replicas_stays_under_the_shared_limit_on(&TestRedis::shared()).await;
}

async fn a_bulk_job_over_three_replicas_stays_under_the_shared_limit_on(redis: &TestRedis) {
    // 100 calls per 1 s window for the connector; 150 calls, so the job
    // spans two windows: three unshared budgets would make three times the
    // limit's calls and meet 429s.
    const PER_WINDOW: u32 = 100;
    const WINDOW: Duration = Duration::from_secs(1);
    const MARGIN: f64 = 0.3;
    const NUMBERS_PER_REPLICA: u32 = 50;
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: true,
            window: WINDOW,
            per_connector: PER_WINDOW,
            per_tenant: 10_000,
        })
        .start()
        .await
        .expect("emulator");
    seed(&emu, redis).await;
    // A 30 % margin: a call delayed up to 30 % of the window (300 ms) by a
    // busy machine cannot push one too many into the service's window
    // (production's 1 % of a minute is 600 ms). How close to the limit's
    // minimum the job runs is a figure of the `promises` bench (1.007x):
    // here, a busy machine decides it.
    let limit = RateLimit::new(PER_WINDOW, WINDOW).with_margin(MARGIN);
    let c = emu.connector();
    let replicas: Vec<_> = (0..3)
        .map(|_| {
            KaizalaClient::builder()
                .http_client(local_http())
                .credentials(Credentials::new(
                    c.application_id.clone(),
                    secret(&c.application_secret),
                    None,
                ))
                .auth_root(emu.auth_url())
                .retry(fast_retries())
                .token_store(shared(redis).token_store(&c.application_id))
                .connector_budget(shared(redis).connector_budget(&c.application_id, limit, 3))
                .build()
                .expect("client")
        })
        .collect();
    let group = replicas[0]
        .create_group()
        .body(kaizala_api::types::CreateGroupRequest {
            name: "Bulk".into(),
            welcome_message: "W".into(),
            members: vec!["+15550200000".parse().unwrap()],
            group_type: Some(GroupType::Group),
        })
        .send()
        .await
        .expect("group")
        .into_inner();
    // Warm every replica's token (not paced), then run the paced job.
    all_list_groups(&replicas).await;
    emu.clear_request_log();
    let one_per_call = BulkOptions::new().chunk_size(1);
    let jobs = replicas.iter().enumerate().map(|(i, r)| {
        let numbers: Vec<String> = (0..NUMBERS_PER_REPLICA)
            .map(|n| format!("+1555030{:04}", i as u32 * 1000 + n))
            .collect();
        let group_id = group.group_id.clone();
        let options = one_per_call.clone();
        async move { r.add_members_bulk(&group_id, numbers, &options).await }
    });
    for report in futures::future::join_all(jobs).await {
        let report = report.expect("bulk");
        assert!(report.all_succeeded(), "{:?}", report.failed);
    }
    let log = emu.request_log();
    let throttled = log.iter().filter(|r| r.status == 429).count();
    assert_eq!(throttled, 0, "the fleet stayed under the connector's limit");
    // A Redis answer slower than the budget's patience (250 ms here; a busy
    // machine) paces that replica at its share for a second, about 23
    // calls, and the fleet stays under the limit then too: allowed. A
    // replica that never drew on the shared budget is not.
    for r in &replicas {
        let degraded = r.connector_budget().unwrap().degraded_calls();
        assert!(
            degraded < u64::from(NUMBERS_PER_REPLICA),
            "{degraded} of {NUMBERS_PER_REPLICA} calls paced locally"
        );
    }
}

#[tokio::test]
async fn without_redis_the_budget_paces_at_this_replicas_share() {
    let mut redis = TestRedis::own(false);
    let budget =
        shared(&redis).connector_budget("app-down", RateLimit::new(300, Duration::from_secs(1)), 3);
    budget.acquire().await;
    assert_eq!(budget.degraded_calls(), 0);
    redis.kill();
    // 300/s shared by 3 replicas: 100/s locally, so 11 calls take >= 100 ms;
    // and no call waits on the dead Redis longer than its bound.
    let started = Instant::now();
    for _ in 0..11 {
        budget.acquire().await;
    }
    let elapsed = started.elapsed();
    assert!(budget.degraded_calls() >= 10, "{}", budget.degraded_calls());
    assert!(elapsed >= Duration::from_millis(99), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    // Redis is back: the budget tries it again every second and is shared
    // again (a call it answers is not paced locally). A busy machine can
    // make the restarted Redis miss a try (an answer slower than the
    // budget's patience, 250 ms): a few tries, bounded.
    redis.restart();
    let back = Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let before = budget.degraded_calls();
        budget.acquire().await;
        if budget.degraded_calls() == before {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(8),
            "not shared again {:?} after Redis came back",
            back.elapsed()
        );
    }
}

// ------------------------------------------------------------ webhook dedupe

#[tokio::test]
async fn dedupe_keeps_the_in_process_semantics_across_replicas() {
    dedupe_keeps_the_in_process_semantics_across_replicas_on(&TestRedis::shared()).await;
}

async fn dedupe_keeps_the_in_process_semantics_across_replicas_on(redis: &TestRedis) {
    use kaizala_ext::redis::{EventState, RedisDeduper};
    // Two receiver replicas: separate connections, one Redis.
    let one = shared(redis).deduper("receiver", RedisDeduper::DEFAULT_WINDOW);
    let two = shared(redis).deduper("receiver", RedisDeduper::DEFAULT_WINDOW);
    let lease = Duration::from_secs(300);
    assert_eq!(
        one.claim("e1", "a", lease).await.unwrap(),
        EventState::Claimed
    );
    // A redelivery on the other replica while the first copy runs: in
    // flight, never "done".
    assert_eq!(
        two.claim("e1", "b", lease).await.unwrap(),
        EventState::InFlight
    );
    two.release("e1", "b").await.unwrap();
    assert_eq!(
        two.claim("e1", "b", lease).await.unwrap(),
        EventState::InFlight,
        "not b's to release"
    );
    // The handler failed: released, the next copy reaches a handler.
    one.release("e1", "a").await.unwrap();
    assert_eq!(
        two.claim("e1", "b", lease).await.unwrap(),
        EventState::Claimed
    );
    // It succeeded: done everywhere, whoever asks.
    two.complete("e1").await.unwrap();
    assert_eq!(one.claim("e1", "c", lease).await.unwrap(), EventState::Done);
    one.release("e1", "b").await.unwrap();
    assert_eq!(
        one.claim("e1", "c", lease).await.unwrap(),
        EventState::Done,
        "done stays done"
    );
    assert_eq!(
        one.claim("e2", "a", lease).await.unwrap(),
        EventState::Claimed,
        "ids are separate"
    );

    // A replica that dies mid-handler: its lease ends, the id is free again.
    assert_eq!(
        one.claim("e3", "dead", Duration::from_millis(100))
            .await
            .unwrap(),
        EventState::Claimed
    );
    let started = std::time::Instant::now();
    while two.claim("e3", "b", lease).await.unwrap() != EventState::Claimed {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the lease never ended"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The dead owner's late release does not free the new claim.
    one.release("e3", "dead").await.unwrap();
    assert_eq!(
        one.claim("e3", "c", lease).await.unwrap(),
        EventState::InFlight
    );

    // Done ids are forgotten after the window (bounded memory).
    let short = shared(redis).deduper("receiver", Duration::from_millis(100));
    assert_eq!(
        short.claim("e4", "a", lease).await.unwrap(),
        EventState::Claimed
    );
    short.complete("e4").await.unwrap();
    let started = std::time::Instant::now();
    while short.claim("e4", "b", lease).await.unwrap() != EventState::Claimed {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the window never ended"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Odd ids and owners are keys like any other, never a panic.
    for id in ["", " ", "a:b", "\u{0}", &"x".repeat(10_000)] {
        assert_eq!(
            one.claim(id, "o", lease).await.unwrap(),
            EventState::Claimed,
            "{id:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hung_or_dead_redis_fails_closed_and_no_call_waits_past_its_bound() {
    use kaizala_ext::redis::RedisDeduper;
    let mut redis = TestRedis::own(false);
    let bound = Duration::from_millis(500);
    let handle = shared(&redis);
    let store = handle.token_store("app-hung");
    let dedupe = handle.deduper("receiver", RedisDeduper::DEFAULT_WINDOW);
    let budget =
        handle.connector_budget("app-hung", RateLimit::new(1000, Duration::from_secs(1)), 2);
    store.save(&secret("r0")).await.unwrap();
    budget.acquire().await;

    for (what, break_it) in [("frozen", true), ("killed", false)] {
        if break_it {
            redis.freeze();
        } else {
            redis.kill();
        }
        let started = Instant::now();
        let err = dedupe
            .claim("ev", "a", Duration::from_secs(30))
            .await
            .expect_err("no answer is never taken for a duplicate");
        assert!(
            started.elapsed() < bound * 3,
            "{what}: {:?}",
            started.elapsed()
        );
        assert!(err.to_string().contains("Redis at 127.0.0.1"), "{err}");
        let started = Instant::now();
        assert!(store.load().await.is_err(), "{what}");
        assert!(
            store
                .save_rotated(&secret("r0"), &secret("r1"))
                .await
                .is_err(),
            "{what}: no rotation without a durable write"
        );
        assert!(
            store.try_lease("o", Duration::from_secs(5)).await.is_err(),
            "{what}"
        );
        assert!(
            started.elapsed() < bound * 5,
            "{what}: {:?}",
            started.elapsed()
        );
        let started = Instant::now();
        budget.acquire().await;
        assert!(
            started.elapsed() < bound * 3,
            "{what}: {:?}",
            started.elapsed()
        );
        assert!(budget.degraded_calls() >= 1, "{what}");
        // Errors never show a token.
        let text = format!("{err} {err:?} {store:?} {dedupe:?} {budget:?}");
        assert!(!text.contains("r0") && !text.contains("r1"), "{text}");
        if break_it {
            redis.resume();
        } else {
            redis.restart();
        }
        // Back: everything answers again (the connection comes back on its own).
        let started = Instant::now();
        loop {
            match dedupe
                .claim(&format!("ev-{what}"), "a", Duration::from_secs(30))
                .await
            {
                Ok(_) => break,
                Err(e) => {
                    assert!(started.elapsed() < Duration::from_secs(10), "{what}: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_documented_acl_is_enough_and_the_password_never_shows() {
    use kaizala_ext::redis::{EventState, RedisDeduper};
    let redis = TestRedis::own(false);
    // The ACL of the `redis` module's docs, for a user limited to `kaizala:*`.
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    ::redis::cmd("ACL")
        .arg("SETUSER")
        .arg("connector")
        .arg("on")
        .arg(">pa55w0rd-SECRET")
        .arg("~kaizala:*")
        .arg("+get")
        .arg("+set")
        .arg("+del")
        .arg("+evalsha")
        .arg("+script|load")
        .arg("+time")
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    let url = redis
        .url()
        .replace("redis://", "redis://connector:pa55w0rd-SECRET@");
    let handle = SharedRedis::open(&url).unwrap();
    let emu = emulator().await;
    emu.rotate_refresh_tokens_always(true);
    let c = emu.connector();
    let store = handle.token_store(&c.application_id);
    store.save(&secret(&c.refresh_token)).await.unwrap();
    let client = KaizalaClient::builder()
        .http_client(local_http())
        .credentials(Credentials::new(
            c.application_id.clone(),
            secret(&c.application_secret),
            None,
        ))
        .auth_root(emu.auth_url())
        .token_store(store.clone())
        .connector_budget(handle.connector_budget(&c.application_id, RateLimit::PER_CONNECTOR, 2))
        .throttle_all_calls(true)
        .build()
        .unwrap();
    client
        .list_groups()
        .send()
        .await
        .expect("token store and budget under the ACL");
    assert_eq!(client.connector_budget().unwrap().degraded_calls(), 0);
    assert!(
        !client.token_status().unsaved_refresh_token,
        "rotation saved under the ACL"
    );
    let dedupe = handle.deduper("receiver", RedisDeduper::DEFAULT_WINDOW);
    assert_eq!(
        dedupe
            .claim("ev", "a", Duration::from_secs(30))
            .await
            .unwrap(),
        EventState::Claimed
    );
    dedupe.release("ev", "a").await.unwrap();
    // Outside its keys the user is refused, and the error names no secret.
    let other = SharedRedis::open_with(&url, "elsewhere", Duration::from_secs(1)).unwrap();
    let err = other.token_store("x").load().await.unwrap_err();
    let text = format!("{err} {err:?} {handle:?} {store:?} {dedupe:?} {client:?}");
    assert!(text.contains("NoPerm") || text.contains("NOPERM"), "{text}");
    assert!(!text.contains("pa55w0rd"), "{text}");
    // A URL that does not parse is not repeated (it may hold a password).
    let err = SharedRedis::open("redis://user:pa55w0rd@[not-a-host").unwrap_err();
    assert!(!err.to_string().contains("pa55w0rd"), "{err}");
}

// ------------------------------------------------------------ key scheme

/// Outside values (application ids, tenants, event ids, service names)
/// that a naive `prefix:a:b` scheme lets reach each other's keys.
fn hostile_values() -> Vec<String> {
    vec![
        "event:tenant-7".into(),
        "tenant-7:refresh-lease".into(),
        "tenant-7".into(),
        "event".into(),
        "a:b".into(),
        "a".into(),
        "{tag}".into(),
        "{".into(),
        "*".into(),
        "line\nbreak".into(),
        "événement-😀".into(),
        String::new(),
        "x".repeat(1 << 20),
    ]
}

#[tokio::test]
async fn no_outside_value_reaches_another_key() {
    no_outside_value_reaches_another_key_on(&TestRedis::shared()).await;
}

async fn no_outside_value_reaches_another_key_on(redis: &TestRedis) {
    use kaizala_ext::redis::{EventState, RedisDeduper};
    let handle = shared(redis);
    let lease = Duration::from_secs(300);
    // The case: a handled event named after a connector's lease
    // does not hold that connector's lease.
    let dedupe = handle.deduper("tenant-7", RedisDeduper::DEFAULT_WINDOW);
    assert_eq!(
        dedupe
            .claim("tenant-7:refresh-lease", "o", lease)
            .await
            .unwrap(),
        EventState::Claimed
    );
    dedupe.complete("tenant-7:refresh-lease").await.unwrap();
    let store = handle.token_store("event:tenant-7");
    assert!(
        store.try_lease("replica", lease).await.unwrap(),
        "an event id took the connector's refresh lease"
    );
    // ... and a connector's lease does not make an event "in flight".
    assert_eq!(
        dedupe
            .claim("tenant-7:refresh-lease-2", "o", lease)
            .await
            .unwrap(),
        EventState::Claimed
    );
    let other = handle.token_store("event:tenant-7:refresh-lease-3");
    assert!(other.try_lease("replica", lease).await.unwrap());

    // Every hostile application id has a token store of its own.
    let values = hostile_values();
    for (i, app) in values.iter().enumerate() {
        handle
            .token_store(app)
            .save(&secret(&format!("rt-{i}")))
            .await
            .unwrap();
    }
    for (i, app) in values.iter().enumerate() {
        let back = handle
            .token_store(app)
            .load()
            .await
            .unwrap()
            .expect("saved");
        assert_eq!(back.expose_secret(), format!("rt-{i}"), "app #{i}");
    }
    // Every hostile event id is an event of its own, apart from the stores.
    let dedupe = handle.deduper("hostile-ids", RedisDeduper::DEFAULT_WINDOW);
    for id in &values {
        assert_eq!(
            dedupe.claim(id, "o", lease).await.unwrap(),
            EventState::Claimed,
            "{:?}",
            id.chars().take(40).collect::<String>()
        );
        dedupe.complete(id).await.unwrap();
    }
    // Every hostile service name has events of its own.
    for service in &values {
        let dedupe = handle.deduper(service, RedisDeduper::DEFAULT_WINDOW);
        assert_eq!(
            dedupe.claim("e", "o", lease).await.unwrap(),
            EventState::Claimed
        );
        dedupe.complete("e").await.unwrap();
    }
    for (i, app) in values.iter().enumerate() {
        let store = handle.token_store(app);
        assert_eq!(
            store.load().await.unwrap().unwrap().expose_secret(),
            format!("rt-{i}")
        );
        assert!(
            store.try_lease("replica", lease).await.unwrap()
                || app == "event:tenant-7"
                || app == "event:tenant-7:refresh-lease-3",
            "app #{i}: lease taken by an event"
        );
    }
    // No key is larger than a digest: a 1 MB id is not stored as a 1 MB key.
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let keys: Vec<Vec<u8>> = ::redis::cmd("KEYS")
        .arg(format!("{}*", redis.prefix))
        .query_async(&mut admin)
        .await
        .unwrap();
    for key in &keys {
        assert!(key.len() < 512, "a key of {} bytes", key.len());
    }
}

// ------------------------------------------------------------ budget faults

/// How far ahead of the server's clock the budget's next free slot is.
async fn reserved_ahead(redis: &TestRedis, key: &str) -> Duration {
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let slot: Option<String> = ::redis::cmd("GET")
        .arg(key)
        .query_async(&mut admin)
        .await
        .unwrap();
    let (secs, micros): (String, String) =
        ::redis::cmd("TIME").query_async(&mut admin).await.unwrap();
    let now = secs.parse::<u64>().unwrap() * 1_000_000 + micros.parse::<u64>().unwrap();
    // `{slot µs} {written at µs}`
    let slot: u64 = slot.map_or(0, |s| s.split(' ').next().unwrap().parse().unwrap());
    Duration::from_micros(slot.saturating_sub(now))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slots_of_a_replica_that_dies_with_calls_queued_come_back_quickly() {
    slots_of_a_replica_that_dies_with_calls_queued_come_back_quickly_on(&TestRedis::shared()).await;
}

async fn slots_of_a_replica_that_dies_with_calls_queued_come_back_quickly_on(redis: &TestRedis) {
    // 10 calls a second (one slot every ~100 ms) for 3 replicas.
    let limit = RateLimit::new(10, Duration::from_secs(1));
    let key = format!("{}:budget:{{connector:app-dies}}", redis.prefix);
    // A replica with 50 calls queued, killed (its tasks dropped) once they
    // are all waiting.
    let dying = shared(redis).connector_budget("app-dies", limit, 3);
    let queued = tokio::spawn(async move {
        futures::future::join_all((0..50).map(|_| dying.acquire())).await;
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    queued.abort();
    let _ = queued.await;
    // What it reserved and will never use is at most a few slots: the
    // fleet's next call does not wait behind 50 dead ones (5 s).
    let ahead = reserved_ahead(redis, &key).await;
    assert!(
        ahead <= limit.interval() * 4,
        "{ahead:?} reserved ahead by a dead replica"
    );
    let live = shared(redis).connector_budget("app-dies", limit, 3);
    let started = Instant::now();
    live.acquire().await;
    assert!(
        started.elapsed() <= limit.interval() * 5,
        "{:?}",
        started.elapsed()
    );
    assert_eq!(live.degraded_calls(), 0);
}

/// The first value (µs) of a budget time key: `{µs} {written at µs}`.
async fn time_key(redis: &TestRedis, key: &str) -> Option<u64> {
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let value: Option<String> = ::redis::cmd("GET")
        .arg(key)
        .query_async(&mut admin)
        .await
        .unwrap();
    value.map(|v| v.split(' ').next().unwrap().parse().unwrap())
}

/// A replica coming back from its local share makes the fleet settle, and
/// the first slot after the settling lies one local spacing and one
/// interval past its end (the calls of any window spanning the switch stay
/// within the limit).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_settling_the_first_slot_leaves_room_for_the_local_calls() {
    let redis = TestRedis::own(false);
    let limit = RateLimit::new(10, Duration::from_secs(1));
    let local = RateLimit::new(3, Duration::from_secs(1)).interval(); // floor(10 / 3)
    let key = format!("{}:budget:{{connector:app-settle}}", redis.prefix);
    let settle_key = format!("{key}:settle");
    let budget = SharedRedis::open_with(redis.url(), &redis.prefix, Duration::from_millis(200))
        .unwrap()
        .connector_budget("app-settle", limit, 3);
    budget.acquire().await;
    redis.freeze();
    budget.acquire().await;
    redis.resume();
    assert_eq!(budget.degraded_calls(), 1);
    // Past the retry time: this call goes back to Redis and settles the fleet.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    budget.acquire().await;
    assert_eq!(budget.degraded_calls(), 1);
    let settle_end = time_key(&redis, &settle_key)
        .await
        .expect("the fleet settles");
    // The first reservation after the settling ends.
    tokio::time::sleep(Duration::from_millis(1600)).await;
    budget.acquire().await;
    assert_eq!(time_key(&redis, &settle_key).await, None, "settling over");
    let next = time_key(&redis, &key).await.expect("a slot");
    let micros = |d: Duration| u64::try_from(d.as_micros()).unwrap();
    // That reservation took the slot at the end plus the push; the next
    // free one is an interval later.
    let least = settle_end + micros(local) + 2 * micros(limit.interval());
    assert!(
        next + 2 >= least,
        "next free slot {} µs after the settling, want at least {}",
        next.saturating_sub(settle_end),
        least - settle_end
    );
}

/// A reservation Redis handles only after its sender gave up (Redis was
/// frozen, and handles what it queued when it thaws) reserves nothing: the
/// slot would be lost to the whole fleet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reservation_handled_after_its_sender_gave_up_reserves_nothing() {
    let redis = TestRedis::own(false);
    let limit = RateLimit::new(10, Duration::from_secs(1));
    let key = format!("{}:budget:{{connector:app-stale}}", redis.prefix);
    let budget = shared(&redis).connector_budget("app-stale", limit, 3);
    budget.acquire().await;
    assert_eq!(budget.degraded_calls(), 0);
    // The slot key expires 1 s after its slot: the budget is idle again.
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let started = Instant::now();
    loop {
        let exists: bool = ::redis::cmd("EXISTS")
            .arg(&key)
            .query_async(&mut admin)
            .await
            .unwrap();
        if !exists {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the slot key never expired"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    redis.freeze();
    // Given up on: this call is paced by the local share.
    budget.acquire().await;
    assert_eq!(budget.degraded_calls(), 1);
    redis.resume();
    // Redis now handles the reservation it queued: it must not take a slot.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let slot: Option<String> = ::redis::cmd("GET")
        .arg(&key)
        .query_async(&mut admin)
        .await
        .unwrap();
    assert_eq!(slot, None, "a slot was reserved for a caller that had gone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_frozen_and_thawed_during_a_bulk_job_never_lets_the_fleet_past_the_limit() {
    const PER_WINDOW: u32 = 30;
    const WINDOW: Duration = Duration::from_secs(1);
    let redis = TestRedis::own(false);
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: true,
            window: WINDOW,
            per_connector: PER_WINDOW,
            per_tenant: 10_000,
        })
        .start()
        .await
        .expect("emulator");
    seed(&emu, &redis).await;
    // A 20 % margin (200 ms): what absorbs a busy machine's delays is the
    // margin in time, and production's 1 % of a minute is 600 ms. Replicas
    // pacing locally and on Redis at once would still pass the limit.
    let limit = RateLimit::new(PER_WINDOW, WINDOW).with_margin(0.2);
    let c = emu.connector();
    let handle =
        || SharedRedis::open_with(redis.url(), &redis.prefix, Duration::from_millis(200)).unwrap();
    let replicas: Vec<_> = (0..3)
        .map(|_| {
            KaizalaClient::builder()
                .http_client(local_http())
                .credentials(Credentials::new(
                    c.application_id.clone(),
                    secret(&c.application_secret),
                    None,
                ))
                .auth_root(emu.auth_url())
                .retry(fast_retries())
                .token_store(handle().token_store(&c.application_id))
                .connector_budget(handle().connector_budget(&c.application_id, limit, 3))
                .build()
                .expect("client")
        })
        .collect();
    let group = replicas[0]
        .create_group()
        .body(kaizala_api::types::CreateGroupRequest {
            name: "Frozen".into(),
            welcome_message: "W".into(),
            members: vec!["+15550200000".parse().unwrap()],
            group_type: Some(GroupType::Group),
        })
        .send()
        .await
        .expect("group")
        .into_inner();
    all_list_groups(&replicas).await;
    emu.clear_request_log();
    let one_per_call = BulkOptions::new().chunk_size(1);
    let jobs = replicas.iter().enumerate().map(|(i, r)| {
        let numbers: Vec<String> = (0..30)
            .map(|n| format!("+1555040{:04}", i as u32 * 1000 + n))
            .collect();
        let group_id = group.group_id.clone();
        let options = one_per_call.clone();
        async move { r.add_members_bulk(&group_id, numbers, &options).await }
    });
    // Redis frozen (SIGSTOP: connections open, nothing answered) for longer
    // than the handles' 200 ms bound, and thawed, three times while the job
    // (about 3 s at the limit) runs.
    let faults = async {
        for _ in 0..3 {
            tokio::time::sleep(Duration::from_millis(400)).await;
            redis.freeze();
            tokio::time::sleep(Duration::from_millis(500)).await;
            redis.resume();
        }
    };
    let (reports, ()) = tokio::join!(futures::future::join_all(jobs), faults);
    for report in reports {
        let report = report.expect("bulk");
        assert!(report.all_succeeded(), "{:?}", report.failed);
    }
    let log = emu.request_log();
    let throttled = log.iter().filter(|r| r.status == 429).count();
    let degraded: u64 = replicas
        .iter()
        .map(|r| r.connector_budget().unwrap().degraded_calls())
        .sum();
    assert!(degraded > 0, "the freezes were not felt");
    assert_eq!(
        throttled, 0,
        "{throttled} x 429 ({degraded} calls paced locally)"
    );
}

// ------------------------------------------------------------ data loss

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_losing_its_data_loses_no_connector() {
    for loss in ["FLUSHALL", "a restart without persistence"] {
        let mut redis = TestRedis::own(false);
        let emu = emulator().await;
        emu.rotate_refresh_tokens_always(true);
        seed(&emu, &redis).await;
        let replicas: Vec<_> = (0..3).map(|_| repairing_replica(&emu, &redis)).collect();
        // Two refreshes, each rotating the refresh token: only the newest
        // works, and only the store (and the replica that rotated it) has it.
        all_list_groups(&replicas).await;
        emu.expire_access_tokens();
        all_list_groups(&replicas).await;
        assert_eq!(emu.access_token_calls(), 2, "{loss}");

        if loss == "FLUSHALL" {
            let admin = ::redis::Client::open(redis.url()).unwrap();
            let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
            ::redis::cmd("FLUSHALL")
                .query_async::<()>(&mut admin)
                .await
                .unwrap();
        } else {
            redis.restart();
        }
        // The fleet serves throughout, and writes its newest refresh token
        // back: a replica started afterwards (no access token to share, so
        // it refreshes from the store) works.
        let started = Instant::now();
        loop {
            all_list_groups(&replicas).await;
            let late = repairing_replica(&emu, &redis);
            match late.list_groups().send().await {
                Ok(_) => break,
                Err(e) => {
                    assert!(
                        started.elapsed() < Duration::from_secs(8),
                        "{loss}: a replica started after the loss never worked: {e}"
                    );
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        }
        for (i, r) in replicas.iter().enumerate() {
            let status = r.token_status();
            assert!(
                !status.refresh_token_rejected,
                "{loss}: replica {i}: {status:?}"
            );
        }
    }
}

/// A replica whose store checks every 200 ms that Redis still holds its
/// newest refresh token.
fn repairing_replica(emu: &Emulator, redis: &TestRedis) -> KaizalaClient {
    replica_with(emu, redis, |b| {
        b.token_store(
            shared(redis)
                .token_store(&emu.connector().application_id)
                .write_back_every(Duration::from_millis(200)),
        )
    })
}

#[tokio::test]
async fn an_older_store_is_written_over_and_an_older_token_never_wins() {
    let redis = TestRedis::shared();
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let key = format!("{}:token:{{app-rollback}}:refresh", redis.prefix);
    let every = Duration::from_millis(100);
    let a = shared(&redis)
        .token_store("app-rollback")
        .write_back_every(every);
    let b = shared(&redis)
        .token_store("app-rollback")
        .write_back_every(every);
    a.save(&secret("t0")).await.unwrap();
    a.save_rotated(&secret("t0"), &secret("t1")).await.unwrap();
    // b knows t1 only; a rotates on to t2.
    assert_eq!(b.load().await.unwrap().unwrap().expose_secret(), "t1");
    let backup: String = ::redis::cmd("GET")
        .arg(&key)
        .query_async(&mut admin)
        .await
        .unwrap();
    a.save_rotated(&secret("t1"), &secret("t2")).await.unwrap();
    // b's write-back (older) leaves t2 alone.
    tokio::time::sleep(every * 4).await;
    assert_eq!(b.load().await.unwrap().unwrap().expose_secret(), "t2");
    // Redis restored from the older backup: a writes t2 back.
    ::redis::cmd("SET")
        .arg(&key)
        .arg(&backup)
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        let value: String = ::redis::cmd("GET")
            .arg(&key)
            .query_async(&mut admin)
            .await
            .unwrap();
        if value.ends_with("\nt2") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "still {value:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // A rotation from a replica that read the older backup (t1) does not
    // replace t2: it is told t2.
    match b
        .save_rotated(&secret("t1"), &secret("t2-late"))
        .await
        .unwrap()
    {
        RotationSaved::Superseded { current: Some(c) } => assert_eq!(c.expose_secret(), "t2"),
        other => panic!("{other:?}"),
    }
    // A replica that rotated from the newest token while Redis held the
    // older one saves over it.
    ::redis::cmd("SET")
        .arg(&key)
        .arg(&backup)
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    assert!(matches!(
        a.save_rotated(&secret("t2"), &secret("t3")).await.unwrap(),
        RotationSaved::Saved
    ));
    assert_eq!(b.load().await.unwrap().unwrap().expose_secret(), "t3");
    // A token saved anew (a new PIN login) is newer than any rotation.
    b.save(&secret("pin-login")).await.unwrap();
    tokio::time::sleep(every * 4).await;
    assert_eq!(
        a.load().await.unwrap().unwrap().expose_secret(),
        "pin-login",
        "a's write-back of t3 did not replace it"
    );
}

/// A fleet from before the key scheme kept the refresh token under
/// `{prefix}:{app}:refresh-token`: a replica of this version that finds no
/// token under the new key adopts that one (and works), without a `save()`.
#[tokio::test]
async fn a_token_under_the_old_key_is_adopted() {
    let redis = TestRedis::shared();
    let emu = emulator().await;
    let c = emu.connector();
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let admin = admin.get_multiplexed_async_connection().await.unwrap();
    let set = |key: String, value: String| {
        let mut admin = admin.clone();
        async move {
            ::redis::cmd("SET")
                .arg(key)
                .arg(value)
                .query_async::<()>(&mut admin)
                .await
                .unwrap()
        }
    };
    let get = |key: String| {
        let mut admin = admin.clone();
        async move {
            ::redis::cmd("GET")
                .arg(key)
                .query_async::<Option<String>>(&mut admin)
                .await
                .unwrap()
        }
    };
    let old_key = format!("{}:{}:refresh-token", redis.prefix, c.application_id);
    // The emulator's application ids are GUIDs: nothing to escape.
    let new_key = format!("{}:token:{{{}}}:refresh", redis.prefix, c.application_id);
    set(old_key.clone(), c.refresh_token.clone()).await;

    let fleet: Vec<_> = (0..2).map(|_| replica(&emu, &redis)).collect();
    all_list_groups(&fleet).await;
    assert_eq!(emu.access_token_calls(), 1);
    let adopted = get(new_key.clone())
        .await
        .expect("the new key holds the token");
    assert_eq!(adopted, format!("0\n{}", c.refresh_token));

    // Once the new key holds a token, the old key is never read again.
    let store = shared(&redis).token_store(&c.application_id);
    store.save(&secret("newer")).await.unwrap();
    set(old_key.clone(), "older".into()).await;
    assert_eq!(
        store.load().await.unwrap().unwrap().expose_secret(),
        "newer"
    );
    // An application id with `:` and braces: the old key held it unescaped.
    let odd = "app:{legacy}";
    set(
        format!("{}:{odd}:refresh-token", redis.prefix),
        "odd-token".into(),
    )
    .await;
    let loaded = shared(&redis).token_store(odd).load().await.unwrap();
    assert_eq!(loaded.unwrap().expose_secret(), "odd-token");
    // Nothing under either key: still none.
    assert!(
        shared(&redis)
            .token_store("app-none")
            .load()
            .await
            .unwrap()
            .is_none()
    );
}

/// A rolling upgrade (or a canary) runs replicas of both versions at once:
/// the old ones go on rotating the token under the old key after a new one
/// adopted it. A new replica whose adopted token the service has retired
/// takes the old key's newer token when it re-reads the store, instead of
/// losing the connector (`RefreshTokenRejected`) with the token it needs
/// one key away.
#[tokio::test]
async fn a_token_the_old_version_rotated_after_the_adoption_is_taken() {
    let redis = TestRedis::shared();
    let emu = emulator().await;
    let c = emu.connector();
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let old_key = format!("{}:{}:refresh-token", redis.prefix, c.application_id);
    ::redis::cmd("SET")
        .arg(&old_key)
        .arg(&c.refresh_token)
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    let new = replica(&emu, &redis);
    new.list_groups().send().await.expect("adopted and working");

    // An old-version replica refreshes twice, rotating the token once and
    // then using the rotated one, which retires the adopted one; it keeps
    // the rotated token under the old key, as the old version did.
    let old = kaizala_api::Client::with_runtime(
        kaizala_api::runtime::Runtime::builder()
            .build(&emu.auth_url())
            .unwrap(),
    );
    let refresh = |token: String| {
        let old = old.clone();
        let c = c.clone();
        async move {
            old.get_access_token()
                .application_id(c.application_id.as_str())
                .application_secret(kaizala_api::Secret::from(secret(&c.application_secret)))
                .refresh_token(kaizala_api::Secret::from(secret(&token)))
                .send()
                .await
                .expect("the old replica refreshes")
                .into_inner()
        }
    };
    emu.rotate_refresh_token_on_next_call();
    let rotated = refresh(c.refresh_token.clone())
        .await
        .refresh_token
        .map(|t| t.expose().to_owned())
        .filter(|t| !t.is_empty())
        .expect("rotated");
    ::redis::cmd("SET")
        .arg(&old_key)
        .arg(&rotated)
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    refresh(rotated.clone()).await;

    emu.expire_access_tokens();
    new.list_groups()
        .send()
        .await
        .expect("the new replica takes the old key's rotated token");
}

/// The other way round: a replica of this version rotates the token it
/// adopted; the replicas of the older version still running read the old
/// key, which gets the rotated token (it held the one rotated away).
#[tokio::test]
async fn a_rotation_reaches_the_old_key_while_it_holds_the_rotated_away_token() {
    let redis = TestRedis::shared();
    let emu = emulator().await;
    let c = emu.connector();
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let old_key = format!("{}:{}:refresh-token", redis.prefix, c.application_id);
    ::redis::cmd("SET")
        .arg(&old_key)
        .arg(&c.refresh_token)
        .query_async::<()>(&mut admin)
        .await
        .unwrap();
    emu.rotate_refresh_token_on_next_call();
    let new = replica(&emu, &redis);
    new.list_groups().send().await.expect("adopted, rotated");
    let store = shared(&redis).token_store(&c.application_id);
    let rotated = store.load().await.unwrap().expect("saved");
    assert_ne!(rotated.expose_secret(), c.refresh_token, "rotated");
    let under_old_key: String = ::redis::cmd("GET")
        .arg(&old_key)
        .query_async(&mut admin)
        .await
        .unwrap();
    assert_eq!(under_old_key, rotated.expose_secret());
}

// ------------------------------------------------------------ Redis Cluster

/// The fleet tests once more on a three-node Redis Cluster (every script's
/// keys in one hash slot, the client routing each to its node): one test per
/// scenario, each on a cluster of its own, so they run side by side (a cluster
/// mostly waits, on its start and on the scenarios' timers).
mod on_a_redis_cluster {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn rotation_is_a_compare_and_swap_and_the_lease_is_exclusive() {
        rotation_is_a_compare_and_swap_and_the_lease_is_exclusive_on(&TestRedis::cluster()).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn five_replicas_at_expiry_make_one_access_token_call_and_survive_rotation() {
        five_replicas_at_expiry_make_one_access_token_call_and_survive_rotation_on(
            &TestRedis::cluster(),
        )
        .await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn dedupe_keeps_the_in_process_semantics_across_replicas() {
        dedupe_keeps_the_in_process_semantics_across_replicas_on(&TestRedis::cluster()).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn no_outside_value_reaches_another_key() {
        no_outside_value_reaches_another_key_on(&TestRedis::cluster()).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn slots_of_a_replica_that_dies_with_calls_queued_come_back_quickly() {
        slots_of_a_replica_that_dies_with_calls_queued_come_back_quickly_on(&TestRedis::cluster())
            .await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_bulk_job_over_three_replicas_stays_under_the_shared_limit() {
        a_bulk_job_over_three_replicas_stays_under_the_shared_limit_on(&TestRedis::cluster()).await;
    }
}

#[tokio::test]
async fn a_server_clock_that_steps_back_does_not_stall_the_budget() {
    let redis = TestRedis::shared();
    let limit = RateLimit::new(10, Duration::from_secs(1));
    let budget = shared(&redis).connector_budget("app-clock", limit, 3);
    budget.acquire().await;
    // The slot as a server whose clock was an hour ahead wrote it (a
    // failover to a replica with a stepped clock).
    let key = format!("{}:budget:{{connector:app-clock}}", redis.prefix);
    let admin = ::redis::Client::open(redis.url()).unwrap();
    let mut admin = admin.get_multiplexed_async_connection().await.unwrap();
    let (secs, _): (String, String) = ::redis::cmd("TIME").query_async(&mut admin).await.unwrap();
    let ahead = (secs.parse::<u64>().unwrap() + 3600) * 1_000_000;
    for value in [format!("{ahead}"), format!("{ahead} {ahead}")] {
        ::redis::cmd("SET")
            .arg(&key)
            .arg(&value)
            .arg("PX")
            .arg(3_700_000)
            .query_async::<()>(&mut admin)
            .await
            .unwrap();
        tokio::time::timeout(Duration::from_secs(2), budget.acquire())
            .await
            .unwrap_or_else(|_| panic!("{value}: the budget stalled"));
    }
    assert_eq!(budget.degraded_calls(), 0);
}
