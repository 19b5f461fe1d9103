//! Issue 13: replicas killed mid-refresh, Redis restarted mid-run. Three
//! child processes (replicas sharing one Redis token store) refresh with
//! rotation in a loop against the emulator and are killed with SIGKILL at
//! random points, 20 rounds; halfway, Redis (append-only, fsync per write)
//! is killed and restarted. After every round a fresh replica must get an
//! access token with what the store holds: a lost connector is a round
//! after which it cannot. A replica killed holding the refresh lease delays
//! the fresh one only until the lease expires (1.6 s here).
//!
//! Runs without the libtest harness: the same binary is the parent (this
//! test) and, with `KAIZALA_CRASH_CHILD` set, a child.

#[path = "redis/support.rs"]
mod redis_support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kaizala_ext::prelude::*;
use kaizala_ext::redis::SharedRedis;
use kaizala_ext::{Credentials, KaizalaClient, SecretString, TokenStore};

const ROUNDS: usize = 20;
const REPLICAS: usize = 3;

/// A replica: no refresh token of its own (the store holds it), short
/// bounds so a dead lease holder's lease ends soon (1 s fetch + 3 × 0.2 s).
fn replica(
    http: &kaizala_ext::HttpClient,
    var: &dyn Fn(&str) -> String,
    buffer: Duration,
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
        .token_timeouts(Duration::from_secs(1), Duration::from_millis(200))
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
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let http = kaizala_ext::HttpClient::new().expect("http");
        println!("ready");
        loop {
            let c = replica(&http, &var, Duration::from_secs(120));
            // Errors are fine here: only what the store holds afterwards matters.
            let _ = c.list_groups().send().await;
        }
    });
}

fn main() {
    if std::env::var_os("KAIZALA_CRASH_CHILD").is_some() {
        child();
        return;
    }
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--list") {
        println!("killed_replicas_and_a_restarted_redis_never_lose_the_connector: test");
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(parent());
}

async fn parent() {
    let mut redis = redis_support::TestRedis::own(true);
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
    let creds = emu.connector();
    let (url, prefix) = (redis.url().to_owned(), redis.prefix.clone());
    let env = |name: &str| -> String {
        match name {
            "CRASH_REDIS" => url.clone(),
            "CRASH_PREFIX" => prefix.clone(),
            "CRASH_APP_ID" => creds.application_id.clone(),
            "CRASH_SECRET" => creds.application_secret.clone(),
            "CRASH_AUTH_ROOT" => emu.auth_url(),
            other => panic!("{other}"),
        }
    };
    SharedRedis::open_with(&url, &prefix, SharedRedis::DEFAULT_TIMEOUT)
        .expect("url")
        .token_store(&creds.application_id)
        .save(&SecretString::from(creds.refresh_token.clone()))
        .await
        .expect("seed");
    let exe = std::env::current_exe().expect("current exe");
    let http = kaizala_ext::HttpClient::new().expect("http");
    let mut lost = 0;
    let mut longest = Duration::ZERO;
    for round in 0..ROUNDS {
        if round == ROUNDS / 2 {
            redis.restart();
        }
        let mut children: Vec<_> = (0..REPLICAS)
            .map(|_| {
                let mut command = Command::new(&exe);
                command.env("KAIZALA_CRASH_CHILD", "1");
                for name in [
                    "CRASH_REDIS",
                    "CRASH_PREFIX",
                    "CRASH_APP_ID",
                    "CRASH_SECRET",
                    "CRASH_AUTH_ROOT",
                ] {
                    command.env(name, env(name));
                }
                command
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null())
                    .spawn()
                    .expect("child")
            })
            .collect();
        for child in &mut children {
            let stdout = child.stdout.take().expect("piped");
            tokio::task::spawn_blocking(move || {
                let mut line = String::new();
                let _ =
                    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line);
            })
            .await
            .expect("reader");
        }
        // Kill each at its own random point: before a request, mid-fetch,
        // holding the lease, mid compare-and-swap, several rotations in.
        for child in &mut children {
            tokio::time::sleep(Duration::from_micros(fastrand::u64(0..40_000))).await;
            child.kill().expect("SIGKILL");
            let _ = child.wait();
        }
        // A fresh replica (5 min buffer: it refreshes with the store's token).
        let fresh = replica(&http, &env, Duration::from_secs(300));
        let started = Instant::now();
        let result = fresh.list_groups().send().await;
        longest = longest.max(started.elapsed());
        if let Err(e) = result {
            lost += 1;
            eprintln!("round {round}: the connector is lost: {}", e);
        }
    }
    println!(
        "redis crash injection: {} kills over {ROUNDS} rounds, Redis restarted once, {} accessToken calls, longest wait of a fresh replica {longest:?}, {lost} lost connectors",
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
