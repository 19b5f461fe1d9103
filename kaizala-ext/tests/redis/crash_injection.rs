//! Issue 13: replicas killed mid-refresh, Redis restarted mid-run. Three
//! child processes (replicas sharing one Redis token store) refresh with
//! rotation in a loop against the emulator and are killed with SIGKILL at
//! random points, 20 rounds; halfway, Redis (append-only, fsync per write)
//! is killed and restarted. After every round a fresh replica must get an
//! access token with what the store holds: a lost connector is a round
//! after which it cannot. A replica killed holding the refresh lease delays
//! the fresh one only until the lease expires (0.7 s here).
//!
//! The rounds run in five lanes at once (five connectors, each with its own
//! key prefix on the same Redis, four rounds each, the restart between their
//! second and third): a round mostly waits for a dead replica's lease, and
//! the lanes wait together.
//!
//! The test binary is the parent (this test) and the children
//! (`child_process`).

use std::time::{Duration, Instant};

use super::support as redis_support;
use crate::child_process;

use kaizala_ext::prelude::*;
use kaizala_ext::redis::SharedRedis;
use kaizala_ext::{Credentials, KaizalaClient, SecretString, TokenStore};

const ROUNDS: usize = 20;
const REPLICAS: usize = 3;
/// Independent connectors whose rounds run at once (ROUNDS / LANES each).
const LANES: usize = 5;

/// The children's bounds: a dead lease holder's lease ends soon
/// (0.4 s fetch + 3 × 0.1 s).
const CHILD_TIMEOUTS: (Duration, Duration) =
    (Duration::from_millis(400), Duration::from_millis(100));
/// The fresh replica's bounds: longer (it must not fail on a slow machine),
/// and its lease wait (its own lease time, 1.6 s) outlasts a dead child's.
const FRESH_TIMEOUTS: (Duration, Duration) = (Duration::from_secs(1), Duration::from_millis(200));

/// A replica: no refresh token of its own (the store holds it), short
/// bounds (`timeouts`: fetch, store).
fn replica(
    http: &kaizala_ext::HttpClient,
    var: &dyn Fn(&str) -> String,
    buffer: Duration,
    timeouts: (Duration, Duration),
) -> KaizalaClient {
    let redis = SharedRedis::open_with(
        &var("CRASH_REDIS"),
        &var("CRASH_PREFIX"),
        Duration::from_millis(200),
    )
    .expect("url");
    KaizalaClient::builder()
        .http_client(http.clone())
        .credentials(Credentials::new(
            var("CRASH_APP_ID"),
            SecretString::from(var("CRASH_SECRET")),
            None,
        ))
        .auth_root(var("CRASH_AUTH_ROOT"))
        .token_store(redis.token_store(&var("CRASH_APP_ID")))
        .token_timeouts(timeouts.0, timeouts.1)
        .token_wait(Duration::from_secs(5))
        .refresh_before_expiry(buffer, Duration::ZERO)
        .no_rate_limit()
        .build()
        .expect("client")
}

/// A child: new replicas one after another, each refreshing (a token that
/// lives 60 s is never fresh enough for a 120 s buffer, so each refreshes,
/// rotating and saving the refresh token), until it is killed.
fn child() {
    let var = |name: &str| std::env::var(name).expect(name);
    child_process::call_until_killed(|http| {
        replica(http, &var, Duration::from_secs(120), CHILD_TIMEOUTS)
    });
}

/// This test's full name: its child processes run it alone (`--exact`).
const NAME: &str =
    "redis::crash_injection::killed_replicas_and_a_restarted_redis_never_lose_the_connector";

#[test]
fn killed_replicas_and_a_restarted_redis_never_lose_the_connector() {
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
    let redis = redis_support::TestRedis::own(true);
    // No throttle: the children call far more often than 100 times a minute.
    let emu = kaizala_emulator::Emulator::builder()
        .throttle(kaizala_emulator::ThrottleConfig {
            enabled: false,
            ..kaizala_emulator::ThrottleConfig::default()
        })
        .start()
        .await
        .expect("emulator");
    emu.rotate_refresh_tokens_always(true);
    emu.set_access_token_lifetime(Duration::from_secs(60));
    let url = redis.url().to_owned();
    let redis = std::sync::Mutex::new(redis);
    let halfway = tokio::sync::Barrier::new(LANES);
    let lanes = (0..LANES).map(|lane| {
        let creds = emu.seed_connector(kaizala_emulator::ConnectorSeed::new(format!(
            "+91109999990{lane}"
        )));
        let prefix = format!("{}-lane{lane}", redis.lock().unwrap().prefix);
        let (url, emu) = (url.clone(), &emu);
        let env = move |name: &str| -> String {
            match name {
                "CRASH_REDIS" => url.clone(),
                "CRASH_PREFIX" => prefix.clone(),
                "CRASH_APP_ID" => creds.application_id.clone(),
                "CRASH_SECRET" => creds.application_secret.clone(),
                "CRASH_REFRESH" => creds.refresh_token.clone(),
                "CRASH_AUTH_ROOT" => emu.auth_url(),
                other => panic!("{other}"),
            }
        };
        run_lane(lane, env, &redis, &halfway)
    });
    let mut lost = 0;
    let mut longest = Duration::ZERO;
    for (lane_lost, lane_longest) in futures::future::join_all(lanes).await {
        lost += lane_lost;
        longest = longest.max(lane_longest);
    }
    println!(
        "redis crash injection: {} kills over {ROUNDS} rounds in {LANES} lanes, Redis restarted once, {} accessToken calls, longest wait of a fresh replica {longest:?}, {lost} lost connectors",
        ROUNDS * REPLICAS,
        emu.access_token_calls()
    );
    assert_eq!(lost, 0, "lost connectors");
    assert!(
        emu.access_token_calls() > ROUNDS,
        "the children rotated tokens"
    );
    assert!(
        longest < Duration::from_secs(5),
        "a dead lease held a fresh replica {longest:?}"
    );
}

/// One connector's rounds; returns its lost rounds and the longest wait of
/// a fresh replica. Halfway, every lane waits for the others and the first
/// to arrive restarts Redis.
async fn run_lane(
    lane: usize,
    env: impl Fn(&str) -> String,
    redis: &std::sync::Mutex<redis_support::TestRedis>,
    halfway: &tokio::sync::Barrier,
) -> (usize, Duration) {
    SharedRedis::open_with(
        &env("CRASH_REDIS"),
        &env("CRASH_PREFIX"),
        SharedRedis::DEFAULT_TIMEOUT,
    )
    .expect("url")
    .token_store(&env("CRASH_APP_ID"))
    .save(&SecretString::from(env("CRASH_REFRESH")))
    .await
    .expect("seed");
    let http = crate::support::local_http();
    let mut lost = 0;
    let mut longest = Duration::ZERO;
    let rounds = ROUNDS / LANES;
    for round in 0..rounds {
        if round == rounds / 2 {
            if halfway.wait().await.is_leader() {
                redis.lock().unwrap().restart();
            }
            halfway.wait().await;
        }
        let owned: Vec<(&str, String)> = [
            "CRASH_REDIS",
            "CRASH_PREFIX",
            "CRASH_APP_ID",
            "CRASH_SECRET",
            "CRASH_AUTH_ROOT",
        ]
        .into_iter()
        .map(|name| (name, env(name)))
        .collect();
        let child_env: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut children: Vec<_> = (0..REPLICAS)
            .map(|_| child_process::start(NAME, &child_env))
            .collect();
        for child in &mut children {
            child_process::until_ready(child).await;
        }
        // Kill each at its own random point: before a request, mid-fetch,
        // holding the lease, mid compare-and-swap, several rotations in.
        for child in &mut children {
            tokio::time::sleep(Duration::from_micros(fastrand::u64(0..40_000))).await;
            child.kill().expect("SIGKILL");
            let _ = child.wait();
        }
        // A fresh replica (5 min buffer: it refreshes with the store's token).
        let fresh = replica(&http, &env, Duration::from_secs(300), FRESH_TIMEOUTS);
        let started = Instant::now();
        let result = fresh.list_groups().send().await;
        longest = longest.max(started.elapsed());
        if let Err(e) = result {
            lost += 1;
            eprintln!("lane {lane}, round {round}: the connector is lost: {}", e);
        }
    }
    (lost, longest)
}
