//! `cargo bench -p kaizala-ext --bench promises`: measures what kaizala-ext
//! promises, side by side with hand-written reqwest, and ends by printing
//! one `name: value` line per figure. Nothing is asserted.
//!
//! - `overhead_ratio_vs_reqwest`: 20,000 small JSON calls at concurrency 32
//!   against a local axum server, through `KaizalaClient` (auth layer on,
//!   token cached) and through hand-written reqwest calls sending the same
//!   requests (same header, same typed decoding) on a `reqwest::Client` with
//!   the same settings as ours (`kaizala_api::runtime::http_client`: timeouts,
//!   user agent, no redirects). After a warm-up the sides run in seven
//!   interleaved rounds; each round gives a ratio (ours / reqwest: below 1 is
//!   faster) and the figure is the median, in wall time and, as
//!   `overhead_cpu_ratio_vs_reqwest`, in the process's CPU time (which a
//!   neighbour's load on the machine does not inflate). Also printed: the
//!   generated client with a fixed token (the same runtime, no refresh), and
//!   reqwest with its defaults (no timeouts, so no timer per request).
//! - `refresh_calls_1000_concurrent`: `accessToken` calls made when 1000
//!   calls start after the cached token expired.
//! - `upload_1gib_peak_rss_mib`, `upload_1gib_throughput_ratio_vs_reqwest`:
//!   a 1 GiB sparse file streamed to a local server that discards it. Each
//!   upload runs in a child process (this binary, re-executed with
//!   `PROMISES_CHILD`), which reports its own peak RSS (`VmHWM`); the server
//!   stays in the parent. Both sides use the same `reqwest::Client` settings,
//!   64 KiB reads and a connection opened beforehand; best of three each.
//!   The ratio is reqwest's time / ours (1 is parity).
//! - `bulk_10k_members_time_ratio_vs_minimum`, `bulk_10k_members_429s`:
//!   10,000 members added with `create_group_bulk` (1 createGroup + 100
//!   addMembers calls) against the emulator with its throttle window shrunk
//!   to 5 s (100 per connector, 300 per tenant per window) and the client's
//!   budget set to the same limit; the minimum is calls / rate.
//! - `huge_body_{kind}_100mib_ok_peak_rss_delta_mib`,
//!   `huge_body_{kind}_200mib_error_peak_rss_delta_mib`: one call whose
//!   answer is a streamed 100 MiB success body or a 200 MiB error body,
//!   each in a child process; the figure is its peak RSS minus that of a
//!   child of the same kind making the same call with a small answer. The
//!   kinds: `refreshing` (`listGroups` on `KaizalaClient`), `fixed`
//!   (`listGroups` on `Client::with_access_token`), `oauth_grant`
//!   (`listGroups` on `OAuthGrant::client`), `oauth_exchange` (the code
//!   exchange itself). The call must fail with `Error::ResponseTooLarge`
//!   (the default 8 MiB limit), the exchange with `OAuthError::Transport`
//!   (its 64 KiB limit).
//! - with `--features redis` (issue 13; a `redis-server` is started on a free
//!   port, or `KAIZALA_TEST_REDIS_URL` is used): `replicas_5_access_token_calls_*`,
//!   the `accessToken` calls 5 client replicas sharing one Redis token store
//!   make at a cold start, when the service expires their token (401), and
//!   when it reaches its refresh time on all of them at once (goal 1 each);
//!   `replicas_3_bulk_time_ratio_vs_minimum`, `replicas_3_bulk_429s`: 300
//!   addMembers calls split over 3 replicas sharing one Redis budget, against
//!   the emulator throttling at 100 calls per 5 s window (the minimum is
//!   (calls - 1) / rate); `replicas_3_bulk_one_killed_*`: the same job with
//!   one replica's task dropped 2 s in, its calls queued (issue 18: what it
//!   reserved comes back); `replicas_3_bulk_redis_frozen_*`: the same job on
//!   a Redis of its own frozen (SIGSTOP) for 1.5 s twice (goal: 0 × 429).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::routing::{get, post};
use futures::StreamExt;
use kaizala_api::types::GroupType;
use kaizala_emulator::{Emulator, ThrottleConfig};
use kaizala_ext::bulk::BulkOptions;
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, KaizalaClient, Media, RateLimit, SecretString};

#[cfg(feature = "redis")]
#[path = "../tests/redis/support.rs"]
mod redis_support;

const CALLS: usize = 20_000;
const OVERHEAD_ROUNDS: usize = 7;
const CONCURRENCY: usize = 32;
const UPLOAD_BYTES: u64 = 1024 * 1024 * 1024;
const CHILD_ENV: &str = "PROMISES_CHILD";

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

/// The local server: accessToken (counted; the lifetime of the next token
/// is settable), a small JSON list, and a media sink.
#[derive(Clone, Default)]
struct Local {
    token_calls: Arc<AtomicUsize>,
    next_lifetime_ms: Arc<AtomicI64>,
    endpoint: Arc<std::sync::OnceLock<String>>,
}

async fn access_token(
    State(local): State<Local>,
    headers: axum::http::HeaderMap,
) -> axum::Json<serde_json::Value> {
    local.token_calls.fetch_add(1, Ordering::SeqCst);
    let lifetime = local.next_lifetime_ms.load(Ordering::SeqCst);
    let mut endpoint = local.endpoint.get().cloned().unwrap_or_default();
    // The huge-body children name their tenant in the application id.
    if let Some(app) = headers.get("applicationid").and_then(|v| v.to_str().ok())
        && app.starts_with("big-")
    {
        endpoint = format!("{endpoint}{app}/");
    }
    axum::Json(serde_json::json!({
        "accessToken": "bench-access-token",
        "endpointUrl": endpoint,
        "accessTokenExpiry": now_ms() + lifetime,
        "refreshToken": "",
        "scope": "s",
    }))
}

async fn groups() -> ([(&'static str, &'static str); 1], &'static str) {
    ([("content-type", "application/json")], r#"{"groups":[]}"#)
}

async fn sink(request: Request) -> axum::Json<serde_json::Value> {
    let mut received = 0u64;
    let mut stream = Body::new(request.into_body()).into_data_stream();
    while let Some(Ok(chunk)) = stream.next().await {
        received += chunk.len() as u64;
    }
    axum::Json(serde_json::json!({ "mediaResource": format!("received {received}") }))
}

/// A streamed body of `mib` MiB with no `Content-Length`.
async fn huge(status: u16, mib: usize) -> axum::response::Response {
    let chunk = bytes::Bytes::from(vec![b' '; 1024 * 1024]);
    let chunks =
        futures::stream::iter((0..mib).map(move |_| Ok::<_, std::io::Error>(chunk.clone())));
    axum::response::Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Body::from_stream(chunks))
        .unwrap_or_default()
}

/// The small answer of the `oauth_exchange` kind.
async fn oauth_token_for_small(state: State<Local>) -> axum::Json<serde_json::Value> {
    oauth_token_for(state, axum::extract::Path("big-small".to_owned())).await
}

async fn start_local() -> Result<(String, Local), BoxError> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let local = Local::default();
    local
        .next_lifetime_ms
        .store(24 * 3600 * 1000, Ordering::SeqCst);
    let _ = local.endpoint.set(format!("{base}/"));
    let app = axum::Router::new()
        .route("/v1/accessToken", get(access_token))
        .route("/v1/groups", get(groups))
        .route("/v1/media", post(sink))
        .route("/big-small/v1/groups", get(groups))
        .route("/big-ok/v1/groups", get(|| huge(200, 100)))
        .route("/big-err/v1/groups", get(|| huge(500, 200)))
        .route("/oauth-for/{tenant}/oauth/token", post(oauth_token_for))
        .route("/oauth-big-small/oauth/token", post(oauth_token_for_small))
        .route("/oauth-big-ok/oauth/token", post(|| huge(200, 100)))
        .route("/oauth-big-err/oauth/token", post(|| huge(500, 200)))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(local.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((base, local))
}

fn our_client(base: &str) -> Result<KaizalaClient, BoxError> {
    our_client_as(base, "bench-app")
}

fn our_client_as(base: &str, app: &str) -> Result<KaizalaClient, BoxError> {
    Ok(KaizalaClient::builder()
        .credentials(Credentials::new(
            app,
            SecretString::from("bench-secret".to_owned()),
            Some(SecretString::from("bench-refresh".to_owned())),
        ))
        .auth_root(format!("{base}/v1"))
        .refresh_before_expiry(Duration::ZERO, Duration::ZERO)
        .build()?)
}

fn plain_reqwest() -> Result<reqwest::Client, BoxError> {
    Ok(reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()?)
}

async fn run_ours(client: &KaizalaClient, calls: usize) -> Result<Duration, BoxError> {
    let started = Instant::now();
    let mut results = futures::stream::iter(0..calls)
        .map(|_| async { client.list_groups().send().await })
        .buffer_unordered(CONCURRENCY);
    while let Some(result) = results.next().await {
        result?;
    }
    Ok(started.elapsed())
}

async fn run_generated(client: &kaizala_api::Client, calls: usize) -> Result<Duration, BoxError> {
    let started = Instant::now();
    let mut results = futures::stream::iter(0..calls)
        .map(|_| async { client.list_groups().send().await })
        .buffer_unordered(CONCURRENCY);
    while let Some(result) = results.next().await {
        result?;
    }
    Ok(started.elapsed())
}

async fn run_reqwest(
    http: &reqwest::Client,
    url: &str,
    calls: usize,
) -> Result<Duration, BoxError> {
    let started = Instant::now();
    let mut results = futures::stream::iter(0..calls)
        .map(|_| async {
            let response = http
                .get(url)
                .header("accesstoken", "bench-access-token")
                .send()
                .await?
                .error_for_status()?;
            response.json::<kaizala_api::types::GroupList>().await
        })
        .buffer_unordered(CONCURRENCY);
    while let Some(result) = results.next().await {
        result?;
    }
    Ok(started.elapsed())
}

/// The wall time a run reports, and the CPU time the process spent meanwhile.
async fn timed(
    run: impl Future<Output = Result<Duration, BoxError>>,
) -> Result<(Duration, Duration), BoxError> {
    let cpu = cpu_time();
    let wall = run.await?;
    Ok((wall, cpu_time().saturating_sub(cpu)))
}

/// User plus system CPU time of this process so far (`/proc/self/stat`,
/// in clock ticks of 10 ms).
fn cpu_time() -> Duration {
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|stat| {
            // Fields after the command name (which may hold spaces).
            let rest = stat.rsplit_once(')')?.1;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let utime: u64 = fields.get(11)?.parse().ok()?;
            let stime: u64 = fields.get(12)?.parse().ok()?;
            Some(utime + stime)
        })
        .unwrap_or_default();
    Duration::from_millis(ticks * 10)
}

/// A global allocator that counts allocations while switched on.
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

    struct Counting;

    static ON: AtomicBool = AtomicBool::new(false);
    static COUNT: AtomicU64 = AtomicU64::new(0);

    // SAFETY: every call is passed to the system allocator unchanged.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if ON.load(Ordering::Relaxed) {
                COUNT.fetch_add(1, Ordering::Relaxed);
            }
            // SAFETY: the caller's layout, as GlobalAlloc::alloc requires.
            unsafe { System.alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: `ptr` came from `System.alloc` with this layout.
            unsafe { System.dealloc(ptr, layout) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if ON.load(Ordering::Relaxed) {
                COUNT.fetch_add(1, Ordering::Relaxed);
            }
            // SAFETY: as for `alloc` and `dealloc`.
            unsafe { System.realloc(ptr, layout, new_size) }
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    /// The allocations made while `run` ran (by any thread).
    pub async fn allocations<T, E>(run: impl Future<Output = Result<T, E>>) -> Result<u64, E> {
        COUNT.store(0, Ordering::SeqCst);
        ON.store(true, Ordering::SeqCst);
        let result = run.await;
        ON.store(false, Ordering::SeqCst);
        result.map(|_| COUNT.load(Ordering::SeqCst))
    }
}

struct Figures(Vec<(String, String)>);

impl Figures {
    fn add(&mut self, name: &str, value: impl std::fmt::Display) {
        eprintln!("  {name}: {value}");
        self.0.push((name.to_owned(), value.to_string()));
    }
}

async fn overhead(figures: &mut Figures) -> Result<(), BoxError> {
    let (base, _local) = start_local().await?;
    let ours = our_client(&base)?;
    // The same HTTP client settings as ours (timeouts, user agent, no
    // redirects): the comparison measures our layer, not reqwest options.
    let http = kaizala_api::runtime::http_client()?;
    // And reqwest with its defaults (no timeouts: no timer per request).
    let bare = plain_reqwest()?;
    let url = format!("{base}/v1/groups");
    // The generated client with a fixed token (the same runtime, no
    // refresh), to tell the token lifecycle's cost from the runtime's.
    let generated = kaizala_api::Client::with_runtime(
        kaizala_api::runtime::Runtime::builder()
            .identity(Arc::new(kaizala_api::runtime::FixedToken::new(
                &format!("{base}/"),
                SecretString::from("bench-access-token".to_owned()),
            )))
            .build(&format!("{base}/v1"))?,
    );
    // PROMISES_OVERHEAD_SIDE=ours|reqwest: only that side, 100,000 calls
    // (PROMISES_OVERHEAD_CALLS to change), for a profiler, `perf stat -e
    // instructions:u` or `valgrind --tool=cachegrind` (counts a loaded
    // machine does not inflate) on each side in turn.
    if let Ok(side) = std::env::var("PROMISES_OVERHEAD_SIDE") {
        let calls = std::env::var("PROMISES_OVERHEAD_CALLS")
            .ok()
            .and_then(|calls| calls.parse().ok())
            .unwrap_or(100_000);
        let took = match side.as_str() {
            "ours" => run_ours(&ours, calls).await?,
            "reqwest" => run_reqwest(&http, &url, calls).await?,
            other => return Err(format!("PROMISES_OVERHEAD_SIDE={other}: ours or reqwest").into()),
        };
        figures.add(&format!("overhead_{side}_only_ms"), took.as_millis());
        return Ok(());
    }
    // Allocations per call (the server's included, the same on both
    // sides): a figure no load on the machine changes.
    run_ours(&ours, 1_000).await?;
    run_reqwest(&http, &url, 1_000).await?;
    let per_call = |allocations: u64| format!("{:.1}", allocations as f64 / 10_000.0);
    let ours_allocations = counting::allocations(run_ours(&ours, 10_000)).await?;
    let reqwest_allocations = counting::allocations(run_reqwest(&http, &url, 10_000)).await?;
    figures.add(
        "overhead_ours_allocations_per_call",
        per_call(ours_allocations),
    );
    figures.add(
        "overhead_reqwest_allocations_per_call",
        per_call(reqwest_allocations),
    );
    // Warm-up: connections, the token, allocator.
    run_ours(&ours, 2_000).await?;
    run_reqwest(&http, &url, 2_000).await?;
    run_generated(&generated, 2_000).await?;
    run_reqwest(&bare, &url, 2_000).await?;
    // Rounds interleave the sides so that a load on the machine falls on
    // both; each round gives a ratio of its own, and the figure is their
    // median, in wall time and in CPU time (the process's, the server's
    // included, which a neighbour's load does not inflate).
    let mut ours_runs = Vec::new();
    let mut plain_runs = Vec::new();
    let mut generated_runs = Vec::new();
    let mut bare_runs = Vec::new();
    for _ in 0..OVERHEAD_ROUNDS {
        plain_runs.push(timed(run_reqwest(&http, &url, CALLS)).await?);
        ours_runs.push(timed(run_ours(&ours, CALLS)).await?);
        generated_runs.push(timed(run_generated(&generated, CALLS)).await?);
        bare_runs.push(timed(run_reqwest(&bare, &url, CALLS)).await?);
    }
    let best = |runs: &[(Duration, Duration)]| runs.iter().map(|r| r.0).min().unwrap_or_default();
    let median_ratio = |a: &[(Duration, Duration)], b: &[(Duration, Duration)], cpu: bool| {
        let mut ratios: Vec<f64> = a
            .iter()
            .zip(b)
            .map(|(x, y)| {
                let (x, y) = if cpu { (x.1, y.1) } else { (x.0, y.0) };
                x.as_secs_f64() / y.as_secs_f64().max(f64::MIN_POSITIVE)
            })
            .collect();
        ratios.sort_by(f64::total_cmp);
        format!(
            "{:.3}",
            ratios.get(ratios.len() / 2).copied().unwrap_or(f64::NAN)
        )
    };
    figures.add("overhead_ours_best_ms", best(&ours_runs).as_millis());
    figures.add("overhead_reqwest_best_ms", best(&plain_runs).as_millis());
    figures.add(
        "overhead_generated_static_token_best_ms",
        best(&generated_runs).as_millis(),
    );
    figures.add(
        "overhead_bare_reqwest_defaults_best_ms",
        best(&bare_runs).as_millis(),
    );
    figures.add(
        "overhead_ratio_vs_reqwest",
        median_ratio(&ours_runs, &plain_runs, false),
    );
    figures.add(
        "overhead_cpu_ratio_vs_reqwest",
        median_ratio(&ours_runs, &plain_runs, true),
    );
    figures.add(
        "overhead_static_token_ratio_vs_reqwest",
        median_ratio(&generated_runs, &plain_runs, false),
    );
    figures.add(
        "overhead_ratio_vs_bare_reqwest_defaults",
        median_ratio(&ours_runs, &bare_runs, false),
    );
    Ok(())
}

async fn refresh(figures: &mut Figures) -> Result<(), BoxError> {
    let (base, local) = start_local().await?;
    // The first token lives 1.5 s; the next one a day.
    local.next_lifetime_ms.store(1_500, Ordering::SeqCst);
    let client = our_client(&base)?;
    client.list_groups().send().await?;
    local
        .next_lifetime_ms
        .store(24 * 3600 * 1000, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(1_700)).await;
    let before = local.token_calls.load(Ordering::SeqCst);
    let calls = (0..1000).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.list_groups().send().await.map(|_| ()) })
    });
    for result in futures::future::join_all(calls).await {
        result??;
    }
    figures.add(
        "refresh_calls_1000_concurrent",
        local.token_calls.load(Ordering::SeqCst) - before,
    );
    Ok(())
}

async fn bulk(figures: &mut Figures) -> Result<(), BoxError> {
    let window = Duration::from_secs(5);
    let per_connector = 100;
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: true,
            window,
            per_connector,
            per_tenant: 300,
        })
        .start()
        .await?;
    let c = emu.connector();
    let client = KaizalaClient::builder()
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .rate_limit(RateLimit::new(per_connector, window))
        .build()?;
    // Fetch the token first: the auth call is not throttled and not part of the work.
    client.list_groups().send().await?;
    emu.set_throttle(ThrottleConfig {
        enabled: true,
        window,
        per_connector,
        per_tenant: 300,
    });
    emu.clear_request_log();
    let members: Vec<String> = (0..10_000u32).map(|i| format!("+1555{i:07}")).collect();
    let started = Instant::now();
    let (_, report) = client
        .create_group_bulk(
            "Bulk",
            "Welcome",
            GroupType::Group,
            &members,
            &BulkOptions::new(),
        )
        .await?;
    let elapsed = started.elapsed();
    let log = emu.request_log();
    let throttled = log.iter().filter(|r| r.status == 429).count();
    let calls = log.len() - throttled;
    let minimum = window.as_secs_f64() * calls as f64 / f64::from(per_connector);
    figures.add("bulk_10k_members_succeeded", report.succeeded.len());
    figures.add("bulk_10k_members_calls", calls);
    figures.add("bulk_10k_members_ms", elapsed.as_millis());
    figures.add("bulk_10k_members_minimum_ms", (minimum * 1000.0).round());
    figures.add(
        "bulk_10k_members_time_ratio_vs_minimum",
        format!("{:.3}", elapsed.as_secs_f64() / minimum),
    );
    figures.add("bulk_10k_members_429s", throttled);
    Ok(())
}

/// One `listGroups` call on every replica at once.
#[cfg(feature = "redis")]
async fn all_groups(fleet: &[KaizalaClient]) -> Result<(), BoxError> {
    for result in futures::future::join_all(fleet.iter().map(|r| r.list_groups().send())).await {
        result?;
    }
    Ok(())
}

/// Several replicas sharing one Redis (issue 13).
#[cfg(feature = "redis")]
async fn replicas(figures: &mut Figures) -> Result<(), BoxError> {
    use kaizala_ext::TokenStore;
    use kaizala_ext::redis::SharedRedis;

    let redis = redis_support::TestRedis::shared();
    let shared = || SharedRedis::open_with(redis.url(), &redis.prefix, Duration::from_millis(500));
    let throttle_off = ThrottleConfig {
        enabled: false,
        ..ThrottleConfig::default()
    };
    let emu = Emulator::builder().throttle(throttle_off).start().await?;
    emu.rotate_refresh_tokens_always(true);
    let c = emu.connector();
    shared()?
        .token_store(&c.application_id)
        .save(&SecretString::from(c.refresh_token.clone()))
        .await?;
    let build = |budget: Option<std::sync::Arc<kaizala_ext::RateBudget>>| -> Result<KaizalaClient, BoxError> {
        let builder = KaizalaClient::builder()
            .credentials(Credentials::new(
                c.application_id.clone(),
                SecretString::from(c.application_secret.clone()),
                None,
            ))
            .auth_root(emu.auth_url())
            .refresh_before_expiry(Duration::from_secs(2), Duration::ZERO)
            .token_store(shared()?.token_store(&c.application_id));
        Ok(match budget {
            Some(budget) => builder.connector_budget(budget),
            None => builder.no_rate_limit(),
        }
        .build()?)
    };
    let fleet = (0..5).map(|_| build(None)).collect::<Result<Vec<_>, _>>()?;
    all_groups(&fleet).await?;
    figures.add(
        "replicas_5_access_token_calls_cold_start",
        emu.access_token_calls(),
    );
    emu.set_access_token_lifetime(Duration::from_secs(4));
    emu.expire_access_tokens();
    let before = emu.access_token_calls();
    all_groups(&fleet).await?;
    figures.add(
        "replicas_5_access_token_calls_at_401_expiry",
        emu.access_token_calls() - before,
    );
    // Every replica reaches the refresh time (2 s before expiry) at once.
    let before = emu.access_token_calls();
    let started = Instant::now();
    while emu.access_token_calls() == before && started.elapsed() < Duration::from_secs(10) {
        all_groups(&fleet).await?;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for _ in 0..10 {
        all_groups(&fleet).await?;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    figures.add(
        "replicas_5_access_token_calls_at_timed_expiry",
        emu.access_token_calls() - before,
    );

    // Bulk over 3 replicas sharing one budget.
    let window = Duration::from_secs(5);
    let per_connector = 100;
    emu.set_access_token_lifetime(Duration::from_secs(3600));
    emu.rotate_refresh_tokens_always(false);
    let limit = RateLimit::new(per_connector, window);
    let fleet = (0..3)
        .map(|_| {
            build(Some(shared()?.connector_budget(
                &c.application_id,
                limit,
                3,
            )))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let group = fleet[0]
        .create_group()
        .body(kaizala_api::types::CreateGroupRequest {
            name: "Bulk".into(),
            welcome_message: "Welcome".into(),
            members: vec!["+15550000000".parse()?],
            group_type: Some(GroupType::Group),
        })
        .send()
        .await?
        .into_inner();
    all_groups(&fleet).await?;
    emu.set_throttle(ThrottleConfig {
        enabled: true,
        window,
        per_connector,
        per_tenant: 10_000,
    });
    emu.clear_request_log();
    let one_per_call = BulkOptions::new().chunk_size(1);
    let started = Instant::now();
    let jobs = fleet.iter().enumerate().map(|(i, r)| {
        let numbers: Vec<String> = (0..100u32)
            .map(|n| format!("+1555040{:04}", i as u32 * 1000 + n))
            .collect();
        let group_id = group.group_id.clone();
        let options = one_per_call.clone();
        async move { r.add_members_bulk(&group_id, numbers, &options).await }
    });
    let mut succeeded = 0;
    for report in futures::future::join_all(jobs).await {
        succeeded += report?.succeeded.len();
    }
    let elapsed = started.elapsed();
    let log = emu.request_log();
    let throttled = log.iter().filter(|r| r.status == 429).count();
    let calls = log.len() - throttled;
    let minimum = window.as_secs_f64() * (calls as f64 - 1.0) / f64::from(per_connector);
    figures.add("replicas_3_bulk_succeeded", succeeded);
    figures.add("replicas_3_bulk_calls", calls);
    figures.add("replicas_3_bulk_ms", elapsed.as_millis());
    figures.add("replicas_3_bulk_minimum_ms", (minimum * 1000.0).round());
    figures.add(
        "replicas_3_bulk_time_ratio_vs_minimum",
        format!("{:.3}", elapsed.as_secs_f64() / minimum),
    );
    figures.add("replicas_3_bulk_429s", throttled);

    // The same job, one replica killed a third of the way through (its
    // task dropped with its calls queued): the other two finish theirs.
    let group_id = group.group_id.clone();
    let killed = fleet_bulk(&emu, &fleet, &group_id, 2000, |i, job| async move {
        if i == 2 {
            let handle = tokio::spawn(job);
            tokio::time::sleep(Duration::from_secs(2)).await;
            handle.abort();
        } else {
            job.await;
        }
    })
    .await;
    killed.report(figures, "replicas_3_bulk_one_killed", window, per_connector);

    // The same job on a Redis of its own, frozen (SIGSTOP) for 1.5 s and
    // thawed twice while the job runs.
    let own = redis_support::TestRedis::own(false);
    let own_shared = || SharedRedis::open_with(own.url(), &own.prefix, Duration::from_millis(500));
    // The connector's current refresh token (rotated above) moves over.
    let current = shared()?
        .token_store(&c.application_id)
        .load()
        .await?
        .ok_or("the shared store lost the refresh token")?;
    own_shared()?
        .token_store(&c.application_id)
        .save(&current)
        .await?;
    let frozen_fleet = (0..3)
        .map(|_| -> Result<KaizalaClient, BoxError> {
            Ok(KaizalaClient::builder()
                .credentials(Credentials::new(
                    c.application_id.clone(),
                    SecretString::from(c.application_secret.clone()),
                    None,
                ))
                .auth_root(emu.auth_url())
                .token_store(own_shared()?.token_store(&c.application_id))
                .connector_budget(own_shared()?.connector_budget(&c.application_id, limit, 3))
                .build()?)
        })
        .collect::<Result<Vec<_>, _>>()?;
    emu.set_throttle(ThrottleConfig {
        enabled: false,
        ..ThrottleConfig::default()
    });
    all_groups(&frozen_fleet).await?;
    emu.set_throttle(ThrottleConfig {
        enabled: true,
        window,
        per_connector,
        per_tenant: 10_000,
    });
    tokio::time::sleep(window).await;
    let faults = async {
        // `fleet_bulk` first waits out a window (5 s) before the job starts:
        // both freezes fall inside the job.
        tokio::time::sleep(Duration::from_secs(5)).await;
        for _ in 0..2 {
            tokio::time::sleep(Duration::from_secs(4)).await;
            own.freeze();
            tokio::time::sleep(Duration::from_millis(1500)).await;
            own.resume();
        }
    };
    let (frozen, ()) = tokio::join!(
        fleet_bulk(&emu, &frozen_fleet, &group_id, 3000, |_, job| job),
        faults
    );
    frozen.report(
        figures,
        "replicas_3_bulk_redis_frozen",
        window,
        per_connector,
    );
    figures.add(
        "replicas_3_bulk_redis_frozen_calls_paced_locally",
        frozen_fleet
            .iter()
            .filter_map(|r| r.connector_budget())
            .map(|b| b.degraded_calls())
            .sum::<u64>(),
    );
    Ok(())
}

/// What [`fleet_bulk`] measured.
#[cfg(feature = "redis")]
struct FleetRun {
    elapsed: Duration,
    calls: usize,
    throttled: usize,
}

#[cfg(feature = "redis")]
impl FleetRun {
    fn report(&self, figures: &mut Figures, name: &str, window: Duration, per_window: u32) {
        // The fastest the limit allows for the calls made.
        let minimum =
            window.as_secs_f64() * (self.calls as f64 - 1.0).max(1.0) / f64::from(per_window);
        figures.add(&format!("{name}_calls"), self.calls);
        figures.add(&format!("{name}_ms"), self.elapsed.as_millis());
        figures.add(
            &format!("{name}_time_ratio_vs_minimum"),
            format!("{:.3}", self.elapsed.as_secs_f64() / minimum),
        );
        figures.add(&format!("{name}_429s"), self.throttled);
    }
}

/// 100 addMembers calls per replica, one per call, all replicas at once;
/// `run` runs (or kills) replica `i`'s job. Waits out a window first so
/// the service's window starts empty.
#[cfg(feature = "redis")]
async fn fleet_bulk<F, Fut>(
    emu: &Emulator,
    fleet: &[KaizalaClient],
    group_id: &str,
    numbers_from: u32,
    run: F,
) -> FleetRun
where
    F: Fn(usize, futures::future::BoxFuture<'static, ()>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    tokio::time::sleep(Duration::from_secs(5)).await;
    emu.clear_request_log();
    let started = Instant::now();
    let jobs = fleet.iter().enumerate().map(|(i, r)| {
        let numbers: Vec<String> = (0..100u32)
            .map(|n| format!("+1555{:07}", numbers_from * 10 + i as u32 * 1000 + n))
            .collect();
        let (client, group_id) = (r.clone(), group_id.to_owned());
        let job: futures::future::BoxFuture<'static, ()> = Box::pin(async move {
            let options = BulkOptions::new().chunk_size(1);
            let _ = client.add_members_bulk(&group_id, numbers, &options).await;
        });
        run(i, job)
    });
    futures::future::join_all(jobs).await;
    let elapsed = started.elapsed();
    let log = emu.request_log();
    let throttled = log.iter().filter(|r| r.status == 429).count();
    FleetRun {
        elapsed,
        calls: log.len() - throttled,
        throttled,
    }
}

/// Runs one upload in a child process; returns (seconds, peak RSS KiB).
fn upload_child(role: &str, base: &str, path: &std::path::Path) -> Result<(f64, u64), BoxError> {
    let output = std::process::Command::new(std::env::current_exe()?)
        .env(CHILD_ENV, role)
        .arg(base)
        .arg(path)
        .output()?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "the {role} child failed: {}{}",
            text,
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().parse::<f64>().ok())
    };
    match (field("seconds:"), field("peak_rss_kib:")) {
        (Some(s), Some(kib)) => Ok((s, kib as u64)),
        _ => Err(format!("the {role} child printed {text:?}").into()),
    }
}

async fn upload(figures: &mut Figures) -> Result<(), BoxError> {
    let (base, _local) = start_local().await?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("big.mp4");
    std::fs::File::create(&path)?.set_len(UPLOAD_BYTES)?;
    let mut ours = (f64::MAX, 0u64);
    let mut plain = (f64::MAX, 0u64);
    for _ in 0..3 {
        let base_p = base.clone();
        let path_p = path.clone();
        let p = tokio::task::spawn_blocking(move || upload_child("reqwest", &base_p, &path_p))
            .await?
            .map_err(|e| e.to_string())?;
        plain = (plain.0.min(p.0), plain.1.max(p.1));
        let base_o = base.clone();
        let path_o = path.clone();
        let o = tokio::task::spawn_blocking(move || upload_child("ours", &base_o, &path_o))
            .await?
            .map_err(|e| e.to_string())?;
        ours = (ours.0.min(o.0), ours.1.max(o.1));
    }
    let mib = UPLOAD_BYTES as f64 / (1024.0 * 1024.0);
    figures.add("upload_1gib_ours_mib_per_s", format!("{:.0}", mib / ours.0));
    figures.add(
        "upload_1gib_reqwest_mib_per_s",
        format!("{:.0}", mib / plain.0),
    );
    figures.add(
        "upload_1gib_reqwest_peak_rss_mib",
        format!("{:.1}", plain.1 as f64 / 1024.0),
    );
    figures.add(
        "upload_1gib_peak_rss_mib",
        format!("{:.1}", ours.1 as f64 / 1024.0),
    );
    figures.add(
        "upload_1gib_throughput_ratio_vs_reqwest",
        format!("{:.3}", plain.0 / ours.0),
    );
    Ok(())
}

/// The client kinds whose huge-body figures the bench prints.
const BODY_KINDS: [&str; 4] = ["refreshing", "fixed", "oauth_grant", "oauth_exchange"];

async fn bodies(figures: &mut Figures) -> Result<(), BoxError> {
    let (base, _local) = start_local().await?;
    for kind in BODY_KINDS {
        let run = |size: &'static str| {
            let base = base.clone();
            let role = format!("big-{size}:{kind}");
            tokio::task::spawn_blocking(move || {
                upload_child(&role, &base, std::path::Path::new("-")).map(|(_, kib)| kib)
            })
        };
        let small = run("small").await?.map_err(|e| e.to_string())?;
        let ok = run("ok").await?.map_err(|e| e.to_string())?;
        let err = run("err").await?.map_err(|e| e.to_string())?;
        let delta = |kib: u64| format!("{:.1}", (kib as f64 - small as f64) / 1024.0);
        figures.add(
            &format!("huge_body_{kind}_100mib_ok_peak_rss_delta_mib"),
            delta(ok),
        );
        figures.add(
            &format!("huge_body_{kind}_200mib_error_peak_rss_delta_mib"),
            delta(err),
        );
    }
    Ok(())
}

/// A huge-body child: one call of its client kind to the tenant (or OAuth
/// root) named after its size; its outcome must match the size.
async fn body_child(role: &str, base: &str) -> Result<(), BoxError> {
    let (tenant, kind) = role
        .split_once(':')
        .ok_or_else(|| format!("{role}: expected big-SIZE:KIND"))?;
    let token = || SecretString::from("bench-access-token".to_owned());
    let outcome: Result<(), String> = match kind {
        "refreshing" => match our_client_as(base, tenant)?.list_groups().send().await {
            Ok(_) => Ok(()),
            Err(e) => Err(too_large(e)),
        },
        "fixed" => {
            let client =
                kaizala_api::Client::with_access_token(&format!("{base}/{tenant}/"), token())?;
            match client.list_groups().send().await {
                Ok(_) => Ok(()),
                Err(e) => Err(too_large(e)),
            }
        }
        "oauth_grant" => {
            let grant = oauth_app(&format!("{base}/oauth-for/{tenant}"))
                .exchange_code("bench-code")
                .await?;
            match grant.client()?.list_groups().send().await {
                Ok(_) => Ok(()),
                Err(e) => Err(too_large(e)),
            }
        }
        "oauth_exchange" => {
            match oauth_app(&format!("{base}/oauth-{tenant}"))
                .exchange_code("bench-code")
                .await
            {
                Ok(_) => Ok(()),
                Err(kaizala_ext::oauth::OAuthError::Transport(_)) => Err("too large".to_owned()),
                Err(other) => Err(format!("expected a transport error, got {other}")),
            }
        }
        other => return Err(format!("unknown client kind {other}").into()),
    };
    match (tenant, outcome) {
        ("big-small", Ok(())) => Ok(()),
        ("big-ok" | "big-err", Err(why)) if why == "too large" => Ok(()),
        (tenant, outcome) => {
            Err(format!("{role}: unexpected outcome for {tenant}: {outcome:?}").into())
        }
    }
}

/// "too large" for `Error::ResponseTooLarge`, the error's sentence otherwise.
fn too_large(error: kaizala_ext::Error) -> String {
    match error {
        kaizala_ext::Error::ResponseTooLarge { .. } => "too large".to_owned(),
        other => format!("expected ResponseTooLarge, got {other}"),
    }
}

/// An OAuth connector whose root is `root` (a loopback root: plain http is
/// allowed there).
fn oauth_app(root: &str) -> kaizala_ext::oauth::OAuthApp {
    kaizala_ext::oauth::OAuthApp::new(
        "bench-client",
        "bench-client-secret",
        "https://bench.example/callback",
    )
    .with_oauth_root(root)
}

/// The OAuth token endpoint of `/oauth-for/{tenant}`: a grant for the
/// tenant `{base}/{tenant}/`.
async fn oauth_token_for(
    State(local): State<Local>,
    axum::extract::Path(tenant): axum::extract::Path<String>,
) -> axum::Json<serde_json::Value> {
    let endpoint = local.endpoint.get().cloned().unwrap_or_default();
    axum::Json(serde_json::json!({
        "accessToken": "bench-access-token",
        "endpointUrl": format!("{endpoint}{tenant}/"),
        "accessTokenExpiry": now_ms() + 3_600_000,
        "scope": "s",
    }))
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The child: one upload, then its time and peak RSS on stdout.
fn child(role: &str) -> Result<(), BoxError> {
    let mut args = std::env::args().skip(1);
    let (Some(base), Some(path)) = (args.next(), args.next()) else {
        return Err("usage: PROMISES_CHILD=ours|reqwest promises BASE PATH".into());
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let seconds = runtime.block_on(async move {
        let started;
        if role.starts_with("big-") {
            started = Instant::now();
            body_child(role, &base).await?;
        } else if role == "ours" {
            let client = our_client(&base)?;
            // The token first, so both sides time the upload alone.
            client.list_groups().send().await?;
            let media = Media::from_path(&path).await?;
            started = Instant::now();
            client.upload_media(&media).await?;
        } else {
            // The same client settings as ours; the connection is opened
            // first, as ours is by its token call.
            let http = kaizala_api::runtime::http_client()?;
            http.get(format!("{base}/v1/groups")).send().await?;
            let file = tokio::fs::File::open(&path).await?;
            let len = file.metadata().await?.len();
            started = Instant::now();
            let stream = tokio_util::io::ReaderStream::with_capacity(file, 64 * 1024);
            let part = reqwest::multipart::Part::stream_with_length(
                reqwest::Body::wrap_stream(stream),
                len,
            )
            .file_name("big.mp4")
            .mime_str("video/mp4")?;
            http.post(format!("{base}/v1/media"))
                .header("accesstoken", "bench-access-token")
                .multipart(reqwest::multipart::Form::new().part("files", part))
                .send()
                .await?
                .error_for_status()?
                .bytes()
                .await?;
        }
        Ok::<f64, BoxError>(started.elapsed().as_secs_f64())
    })?;
    println!("seconds: {seconds}");
    println!("peak_rss_kib: {}", peak_rss_kib().unwrap_or(0));
    Ok(())
}

fn main() -> Result<(), BoxError> {
    if let Ok(role) = std::env::var(CHILD_ENV) {
        return child(&role);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let started = Instant::now();
    let mut figures = Figures(Vec::new());
    // PROMISES_ONLY=overhead,refresh,bulk,bodies,replicas,upload runs a subset.
    let only = std::env::var("PROMISES_ONLY").unwrap_or_default();
    let wanted = |name: &str| only.is_empty() || only.split(',').any(|o| o.trim() == name);
    runtime.block_on(async {
        if wanted("overhead") {
            eprintln!("overhead: {CALLS} calls at concurrency {CONCURRENCY}, ours vs reqwest");
            overhead(&mut figures).await?;
        }
        if wanted("refresh") {
            eprintln!("refresh: 1000 calls starting after expiry");
            refresh(&mut figures).await?;
        }
        if wanted("bulk") {
            eprintln!("bulk: 10,000 members against the emulator (5 s window)");
            bulk(&mut figures).await?;
        }
        if wanted("bodies") {
            eprintln!("bodies: a 100 MiB success and a 200 MiB error body, each in a child");
            bodies(&mut figures).await?;
        }
        #[cfg(feature = "redis")]
        if wanted("replicas") {
            eprintln!("replicas: 5 clients sharing one Redis at expiry; a bulk job over 3");
            replicas(&mut figures).await?;
        }
        if wanted("upload") {
            eprintln!("upload: 1 GiB, each in a child process");
            upload(&mut figures).await?;
        }
        Ok::<(), BoxError>(())
    })?;
    figures.add(
        "total_bench_seconds",
        format!("{:.1}", started.elapsed().as_secs_f64()),
    );
    println!();
    for (name, value) in &figures.0 {
        println!("{name}: {value}");
    }
    Ok(())
}
