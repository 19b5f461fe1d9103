//! Client-side pacing at Kaizala's documented limits: 100 calls per minute
//! per connector and 300 per tenant.
//!
//! A [`RateBudget`] is a [`governor`] rate limiter (GCRA) plus a pause that
//! the client sets when the service still answers 429: until the
//! `Retry-After` elapses, nobody drawing on the budget sends. Each client
//! `kaizala-ext` builds has its own per-connector budget; clients of one
//! tenant can share a per-tenant budget (`KaizalaClientBuilder::tenant_budget`),
//! and the replicas of one connector a budget kept in Redis ([`SharedBudget`]).
//!
//! The budgets pace calls evenly, one every `window / calls` (times a small
//! safety margin), with no burst: that keeps at most `calls` calls in *any*
//! window of the given length, so the service's fixed windows never see one
//! too many, whatever their phase, while a long run still goes at the full
//! documented rate. The clock is tokio's, so tests with paused time see the
//! pacing without waiting.

use std::fmt;
use std::num::NonZeroU32;
use std::ops::Add;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::BoxFuture;

use governor::clock::{Clock, Reference};
use governor::middleware::NoOpMiddleware;
use governor::nanos::Nanos;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};
use tokio::time::Instant;

/// The longest spacing or pause a budget keeps (a year); longer ones are
/// shortened to it.
pub const MAX_WAIT: Duration = Duration::from_secs(365 * 24 * 3600);

/// A number of calls per window, as Kaizala documents its limits.
///
/// ```
/// use std::time::Duration;
/// use kaizala_api::runtime::RateLimit;
///
/// assert_eq!(RateLimit::PER_CONNECTOR.calls, 100);
/// let test = RateLimit::new(100, Duration::from_secs(2));
/// assert_eq!(test.interval(), Duration::from_millis(20).mul_f64(1.0 + RateLimit::DEFAULT_MARGIN));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct RateLimit {
    /// Calls allowed per window (0 is taken as 1).
    pub calls: u32,
    /// The window (a minute for the service).
    pub window: Duration,
    /// A fraction added to the spacing between calls (default 1 %), so that
    /// network jitter cannot push one call too many into a service window.
    pub margin: f64,
}

impl RateLimit {
    /// The default safety margin: 1 %.
    pub const DEFAULT_MARGIN: f64 = 0.01;
    /// 100 calls per minute: the per-connector limit.
    pub const PER_CONNECTOR: RateLimit = RateLimit {
        calls: 100,
        window: Duration::from_secs(60),
        margin: Self::DEFAULT_MARGIN,
    };
    /// 300 calls per minute: the per-tenant limit.
    pub const PER_TENANT: RateLimit = RateLimit {
        calls: 300,
        window: Duration::from_secs(60),
        margin: Self::DEFAULT_MARGIN,
    };

    /// `calls` per `window`, with the default margin.
    pub fn new(calls: u32, window: Duration) -> Self {
        Self {
            calls,
            window,
            margin: Self::DEFAULT_MARGIN,
        }
    }

    /// The same limit with another safety margin (a fraction: 0.01 is 1 %;
    /// negative or non-finite values count as 0).
    pub fn with_margin(mut self, margin: f64) -> Self {
        self.margin = margin;
        self
    }

    /// The spacing between two calls: `window / calls`, plus the margin
    /// (between 1 ns and [`MAX_WAIT`]).
    pub fn interval(&self) -> Duration {
        let margin = if self.margin.is_finite() && self.margin > 0.0 {
            self.margin
        } else {
            0.0
        };
        let base = self.window / self.calls.max(1);
        Duration::try_from_secs_f64(base.as_secs_f64() * (1.0 + margin))
            .unwrap_or(MAX_WAIT)
            .clamp(Duration::from_nanos(1), MAX_WAIT)
    }
}

/// A point on tokio's clock, for governor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct TokioInstant(Instant);

impl Add<Nanos> for TokioInstant {
    type Output = Self;

    fn add(self, other: Nanos) -> Self {
        TokioInstant(self.0 + Duration::from(other))
    }
}

impl Reference for TokioInstant {
    fn duration_since(&self, earlier: Self) -> Nanos {
        Nanos::from(self.0.saturating_duration_since(earlier.0))
    }

    fn saturating_sub(&self, duration: Nanos) -> Self {
        TokioInstant(
            self.0
                .checked_sub(Duration::from(duration))
                .unwrap_or(self.0),
        )
    }
}

/// Tokio's clock (pausable in tests), for governor.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokioClock;

impl Clock for TokioClock {
    type Instant = TokioInstant;

    fn now(&self) -> TokioInstant {
        TokioInstant(Instant::now())
    }
}

type Limiter = RateLimiter<NotKeyed, InMemoryState, TokioClock, NoOpMiddleware<TokioInstant>>;

/// A budget of calls that one or several clients draw on: a governor rate
/// limiter, plus a pause learnt from the service's `Retry-After`.
///
/// Share one per-tenant budget among the clients of a tenant (with
/// kaizala-ext: `KaizalaClient::builder().tenant_budget(tenant.clone())`):
///
/// ```
/// use std::time::Duration;
/// use kaizala_api::runtime::{RateBudget, Throttle};
///
/// let tenant = RateBudget::per_tenant();
/// let pace = |connector| Throttle {
///     connector,
///     tenant: Some(tenant.clone()),
///     all_calls: false,
///     max_pause: Duration::from_secs(60),
/// };
/// let (first, second) = (pace(RateBudget::per_connector()), pace(RateBudget::per_connector()));
/// assert!(std::sync::Arc::ptr_eq(first.tenant.as_ref().unwrap(), second.tenant.as_ref().unwrap()));
/// ```
pub struct RateBudget {
    name: &'static str,
    limit: RateLimit,
    limiter: Limiter,
    paused_until: Mutex<Option<Instant>>,
    pauses: std::sync::atomic::AtomicU64,
    /// A budget shared by several processes; `limiter` is then the local
    /// share used while the shared one does not answer.
    shared: Option<Shared>,
}

struct Shared {
    backend: Arc<dyn SharedBudget>,
    /// The longest one call to the backend may take.
    timeout: Duration,
    /// Calls paced by the local share because the backend failed.
    degraded: std::sync::atomic::AtomicU64,
    /// After a failure the backend is not asked again before this, so a
    /// hung backend does not cost every call its timeout.
    retry_at: Mutex<Option<Instant>>,
    /// One acquisition at a time per process: a process holds at most one
    /// slot it has not used yet, so a process that dies (or drops its
    /// calls) strands at most one.
    turn: tokio::sync::Mutex<()>,
    /// The spacing of this process's calls while it paces by itself:
    /// `window / floor(calls / replicas)`, with the margin.
    local_interval: Duration,
    /// How far ahead of now the fleet may reserve: one slot per replica.
    horizon: Duration,
    /// This process's side of the switch between the backend and the
    /// local share (see [`RateBudget::shared`]).
    local: Mutex<LocalPace>,
}

impl Shared {
    /// How long one reservation may take before this process paces by
    /// itself: the backend's timeout, but no longer than the point from
    /// which the local share could start anyway (every slot the fleet may
    /// hold has passed, plus one local spacing): waiting longer for an
    /// answer would only hold the call. Never below [`MIN_PATIENCE`]
    /// (unless the timeout is), so a fast limit does not take an ordinary
    /// slow answer for a backend that is gone.
    fn patience(&self, interval: Duration) -> Duration {
        let local_could_start = self.horizon + interval + self.local_interval;
        self.timeout
            .min(local_could_start.max(MIN_PATIENCE))
            .max(Duration::from_millis(1))
    }
}

/// This process's own pacing state, for the switches between the shared
/// backend and its local share.
#[derive(Debug, Clone, Copy)]
struct LocalPace {
    /// The earliest time of this process's next call while it paces by
    /// itself (its local share's "theoretical arrival time").
    next: Instant,
    /// The backend failed and this process has paced by itself since.
    local: bool,
    /// The fleet is settling after a switch back: keep the local spacing
    /// (as well as the backend's slots) until then.
    settle_until: Option<Instant>,
}

/// How long the fleet keeps its local spacing after a replica came back
/// to the shared backend, beyond [`SHARED_RETRY`] and the patience of one
/// reservation: long enough for every replica to have come back.
const SETTLE_EXTRA: Duration = Duration::from_millis(200);

/// The shortest wait for a reservation (see `Shared::patience`).
const MIN_PATIENCE: Duration = Duration::from_millis(250);

/// How long a shared budget that failed is left alone.
const SHARED_RETRY: Duration = Duration::from_secs(1);

/// A rate budget kept outside the process, shared by every replica of a
/// connector (e.g. `kaizala_ext::redis::RedisBudget`, feature `redis`).
///
/// The backend keeps one "next free slot" time for the whole fleet and
/// hands out slots one `interval` apart, atomically: however many
/// processes draw on it, calls are spaced evenly at the limit.
pub trait SharedBudget: Send + Sync + fmt::Debug + 'static {
    /// Reserves the next slot, `request.interval` after the previous one
    /// (or now, if the budget is idle), unless it lies more than
    /// `request.horizon` ahead (then [`Slot::Busy`]: nothing reserved), and
    /// keeps the fleet's settling time (see [`SlotRequest`]).
    fn reserve(&self, request: SlotRequest) -> BoxFuture<'_, std::io::Result<Slot>>;

    /// Holds every process drawing on the budget for `wait` from now (a
    /// 429 came back); a longer hold already in force is kept.
    fn pause(&self, wait: Duration) -> BoxFuture<'_, std::io::Result<()>>;
}

/// What a [`SharedBudget::reserve`] is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SlotRequest {
    /// The spacing of the fleet's calls (the limit's interval).
    pub interval: Duration,
    /// The furthest ahead of now a slot may be reserved (one interval per
    /// replica): slots reserved and never used come back within it.
    pub horizon: Duration,
    /// The spacing each replica keeps while it paces by itself.
    pub local_interval: Duration,
    /// This replica paced by itself and is coming back: the fleet settles
    /// for this long from now (every replica keeps its local spacing), and
    /// the first slot after the settling lies one local spacing and one
    /// interval past its end.
    pub settle: Option<Duration>,
    /// How long the caller waits for the answer; a backend that can tell
    /// should reserve nothing for a request it handles later than that
    /// (the caller has given up: the slot would only be lost).
    pub patience: Duration,
}

/// What a [`SharedBudget::reserve`] answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// A slot `wait` from now is the caller's; the fleet settles for
    /// `settling` more (zero when it does not).
    Granted {
        /// How long to wait for the slot.
        wait: Duration,
        /// How long the fleet still keeps its local spacing.
        settling: Duration,
    },
    /// Every slot up to the horizon is taken: nothing was reserved; ask
    /// again after `retry_after`.
    Busy {
        /// When a slot within the horizon frees up.
        retry_after: Duration,
    },
}

impl fmt::Debug for RateBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateBudget")
            .field("name", &self.name)
            .field("limit", &self.limit)
            .field("paused_until", &self.paused_until())
            .field("shared", &self.shared.as_ref().map(|s| &s.backend))
            .finish_non_exhaustive()
    }
}

impl RateBudget {
    /// A budget of `limit`, shareable between clients.
    pub fn new(limit: RateLimit) -> Arc<Self> {
        Self::named("custom", limit)
    }

    /// 100 calls per minute, the per-connector limit.
    pub fn per_connector() -> Arc<Self> {
        Self::named("connector", RateLimit::PER_CONNECTOR)
    }

    /// 300 calls per minute, the per-tenant limit.
    pub fn per_tenant() -> Arc<Self> {
        Self::named("tenant", RateLimit::PER_TENANT)
    }

    /// A budget of `limit` named `name` in `Debug` output and logs.
    pub fn named(name: &'static str, limit: RateLimit) -> Arc<Self> {
        Arc::new(Self::build(name, limit, limit.interval(), None))
    }

    fn build(
        name: &'static str,
        limit: RateLimit,
        local_interval: Duration,
        shared: Option<Shared>,
    ) -> Self {
        let quota = Quota::with_period(local_interval)
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(NonZeroU32::MIN);
        Self {
            name,
            limit,
            limiter: RateLimiter::direct_with_clock(quota, TokioClock),
            paused_until: Mutex::new(None),
            pauses: std::sync::atomic::AtomicU64::new(0),
            shared,
        }
    }

    /// A budget of `limit` kept by `backend` for every process drawing on
    /// it. Each call to the backend may take at most `timeout` (and no
    /// longer than the horizon, one interval and one local spacing, or
    /// 250 ms if that is longer: by then the local share could start
    /// anyway); when it fails or is slower,
    /// the call is paced locally at this process's
    /// share of the limit (`floor(calls / replicas)` per window, at least
    /// 1 replica), so the fleet stays within the limit while the backend is
    /// away.
    ///
    /// The switches never let the fleet past the limit when every replica
    /// switches (the backend is down or frozen for all):
    ///
    /// - each process takes one slot at a time and the backend hands out
    ///   slots at most `replicas` intervals ahead, so slots a dead or
    ///   cancelled caller reserved come back within that horizon;
    /// - when the backend fails, this process's first local call waits
    ///   until every slot the fleet may still hold has passed, and one
    ///   local spacing more: the backend stopped answering before it
    ///   handled the unanswered request, so every slot it handed out lies
    ///   within the horizon (plus one interval of transit) of the moment
    ///   that request was *sent*;
    /// - a process that comes back makes the fleet *settle*: every replica
    ///   keeps its local spacing (as well as the backend's slots) for 1 s
    ///   plus the patience of one reservation and 200 ms, until all have
    ///   come back, and the backend's next slot after that lies one local
    ///   spacing and one interval past the end of the settling.
    ///
    /// Both gaps follow from counting the calls in any window that spans a
    /// switch: `replicas` local spacings of one call each plus the shared
    /// slots at one per interval can exceed the window's count by
    /// `replicas + 1` calls, unless `replicas + 1` intervals separate the
    /// last shared slot from the first local call (and the last local call
    /// from the first shared slot); one local spacing is at least
    /// `replicas` intervals.
    ///
    /// A replica cut off from the backend while the others still reach it
    /// (or one whose backend answers slower than the patience while the
    /// others' answers arrive) paces at its share while they use the whole
    /// limit: until it reaches the backend again, the fleet can make up to
    /// `floor(calls / replicas)` calls per window more than the limit (the
    /// service answers them 429).
    pub fn shared(
        limit: RateLimit,
        backend: Arc<dyn SharedBudget>,
        replicas: u32,
        timeout: Duration,
    ) -> Arc<Self> {
        let replicas = replicas.max(1);
        let share = (limit.calls.max(1) / replicas).max(1);
        let local_interval = RateLimit {
            calls: share,
            ..limit
        }
        .interval();
        let horizon = limit.interval().saturating_mul(replicas).min(MAX_WAIT);
        Arc::new(Self::build(
            "shared",
            limit,
            local_interval,
            Some(Shared {
                backend,
                timeout,
                degraded: std::sync::atomic::AtomicU64::new(0),
                retry_at: Mutex::new(None),
                turn: tokio::sync::Mutex::new(()),
                local_interval,
                horizon,
                local: Mutex::new(LocalPace {
                    next: Instant::now(),
                    local: false,
                    settle_until: None,
                }),
            }),
        ))
    }

    /// How many calls were paced by the local share because the shared
    /// backend failed or was slow (0 for a budget that is not shared).
    pub fn degraded_calls(&self) -> u64 {
        self.shared
            .as_ref()
            .map_or(0, |s| s.degraded.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// The limit this budget paces to.
    pub fn limit(&self) -> RateLimit {
        self.limit
    }

    /// Until when the budget is paused after a 429, if it is.
    pub fn paused_until(&self) -> Option<Instant> {
        let guard = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        guard.filter(|t| *t > Instant::now())
    }

    /// How many times a 429 paused this budget.
    pub fn pauses(&self) -> u64 {
        self.pauses.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Stops everyone drawing on this budget for `wait` (from now, at most
    /// [`MAX_WAIT`]); a longer pause already in force is kept.
    pub fn pause_for(&self, wait: Duration) {
        let until = Instant::now() + wait.min(MAX_WAIT);
        let mut guard = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none_or(|t| t < until) {
            *guard = Some(until);
        }
        self.pauses
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Some(shared) = &self.shared
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            // Tell the fleet, bounded, without holding the caller.
            let backend = shared.backend.clone();
            let timeout = shared.timeout;
            let wait = wait.min(MAX_WAIT);
            runtime.spawn(async move {
                match tokio::time::timeout(timeout, backend.pause(wait)).await {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => {
                        tracing::warn!(error = %error, "sharing a 429 pause failed");
                    }
                    Err(_) => tracing::warn!("sharing a 429 pause timed out"),
                }
            });
        }
        tracing::debug!(
            budget = self.name,
            wait_ms = wait.as_millis() as u64,
            "rate budget paused by a 429"
        );
    }

    /// Waits until the budget lets one more call go (and takes it).
    ///
    /// A shared budget is asked for a slot (bounded by its timeout); when it
    /// fails or is slow, the call is paced by this process's share.
    pub async fn acquire(&self) {
        match &self.shared {
            Some(shared) => self.acquire_shared(shared).await,
            None => self.acquire_local().await,
        }
    }

    async fn wait_out_pause(&self) {
        while let Some(until) = self.paused_until() {
            tokio::time::sleep_until(until).await;
        }
    }

    async fn acquire_local(&self) {
        loop {
            self.wait_out_pause().await;
            match self.limiter.check() {
                Ok(()) => return,
                Err(not_until) => {
                    let wait = not_until.wait_time_from(TokioClock.now());
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    async fn acquire_shared(&self, shared: &Shared) {
        let _turn = shared.turn.lock().await;
        let lock_local = || shared.local.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            self.wait_out_pause().await;
            let ask = shared
                .retry_at
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .is_none_or(|at| Instant::now() >= at);
            if ask {
                let state = *lock_local();
                let patience = shared.patience(self.limit.interval());
                let request = SlotRequest {
                    interval: self.limit.interval(),
                    horizon: shared.horizon,
                    local_interval: shared.local_interval,
                    settle: state.local.then(|| SHARED_RETRY + patience + SETTLE_EXTRA),
                    patience,
                };
                let sent = Instant::now();
                let reserved =
                    tokio::time::timeout(patience, shared.backend.reserve(request)).await;
                let now = Instant::now();
                match reserved {
                    Ok(Ok(Slot::Granted { wait, settling })) => {
                        let at = {
                            let mut state = lock_local();
                            state.local = false;
                            if !settling.is_zero() {
                                let until = now + settling.min(MAX_WAIT);
                                state.settle_until =
                                    Some(state.settle_until.map_or(until, |u| u.max(until)));
                            }
                            let mut at = now + wait.min(MAX_WAIT);
                            if state.settle_until.is_some_and(|u| now < u) {
                                at = at.max(state.next);
                            } else {
                                state.settle_until = None;
                            }
                            state.next = state.next.max(at + shared.local_interval);
                            at
                        };
                        tokio::time::sleep_until(at).await;
                        return;
                    }
                    Ok(Ok(Slot::Busy { retry_after })) => {
                        tokio::time::sleep(retry_after.clamp(Duration::from_millis(1), MAX_WAIT))
                            .await;
                        continue;
                    }
                    Ok(Err(error)) => {
                        tracing::warn!(budget = self.name, error = %error, "the shared rate budget failed; pacing at this process's share");
                    }
                    Err(_) => {
                        tracing::warn!(
                            budget = self.name,
                            "the shared rate budget did not answer in time; pacing at this process's share"
                        );
                    }
                }
                let mut state = lock_local();
                if !state.local {
                    // The backend stopped answering before it handled this
                    // request, so no slot was handed out after it was sent:
                    // every slot the fleet may still hold ends within the
                    // horizon of that (plus one interval for the transit),
                    // and the local share starts one local spacing later.
                    state.local = true;
                    state.settle_until = None;
                    let held_until = sent + shared.horizon + self.limit.interval();
                    state.next = state.next.max(held_until + shared.local_interval);
                }
                drop(state);
                *shared.retry_at.lock().unwrap_or_else(|e| e.into_inner()) =
                    Some(Instant::now() + SHARED_RETRY);
            }
            // Paced by this process's share.
            let at = {
                let mut state = lock_local();
                let at = state.next.max(Instant::now());
                state.next = at + shared.local_interval;
                at
            };
            tokio::time::sleep_until(at).await;
            shared
                .degraded
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            return;
        }
    }
}

/// The pacing component of a runtime: the budgets a client draws on, and
/// when. A paced call (every call with `all_calls`, otherwise the calls of a
/// paced view: the bulk helpers and paging streams) takes one slot of each.
#[derive(Debug, Clone)]
pub struct Throttle {
    /// The per-connector budget.
    pub connector: Arc<RateBudget>,
    /// A per-tenant budget shared with other clients of the tenant.
    pub tenant: Option<Arc<RateBudget>>,
    /// Pace every call, not only the bulk helpers and streams.
    pub all_calls: bool,
    /// The longest pause a 429 may impose (the retry policy's `max_retry_after`).
    pub max_pause: Duration,
}

impl Throttle {
    /// Takes one call from each budget, waiting as needed.
    pub async fn acquire(&self) {
        self.connector.acquire().await;
        if let Some(tenant) = &self.tenant {
            tenant.acquire().await;
        }
    }

    /// A 429 came back: pause every budget this client draws on (the
    /// answer does not reliably say which limit was hit) for its
    /// `Retry-After`, never longer than `max_pause` (the [`RetryPolicy`]'s
    /// `max_retry_after`): one hostile answer must not stall every caller.
    ///
    /// [`RetryPolicy`]: super::RetryPolicy
    pub fn learn(&self, retry_after: Option<Duration>) {
        let wait = retry_after
            .unwrap_or(Duration::from_secs(1))
            .min(self.max_pause);
        self.connector.pause_for(wait);
        if let Some(tenant) = &self.tenant {
            tenant.pause_for(wait);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn paces_evenly_with_no_burst() {
        let budget = RateBudget::new(RateLimit::new(10, Duration::from_secs(1)).with_margin(0.0));
        let start = Instant::now();
        for _ in 0..11 {
            budget.acquire().await;
        }
        // 11 calls: the first at once, then one every 100 ms.
        assert_eq!(start.elapsed(), Duration::from_millis(1000));
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_everyone() {
        let budget = RateBudget::new(RateLimit::new(1000, Duration::from_secs(1)));
        budget.acquire().await;
        budget.pause_for(Duration::from_secs(5));
        assert!(budget.paused_until().is_some());
        let start = Instant::now();
        budget.acquire().await;
        assert!(start.elapsed() >= Duration::from_secs(5));
        assert_eq!(budget.pauses(), 1);
        // A shorter pause does not shorten a longer one.
        budget.pause_for(Duration::from_secs(10));
        budget.pause_for(Duration::from_secs(1));
        let until = budget.paused_until().expect("paused");
        assert!(until >= Instant::now() + Duration::from_secs(9));
    }

    #[test]
    fn odd_limits_do_not_panic() {
        let zero = RateLimit::new(0, Duration::ZERO).with_margin(f64::NAN);
        assert_eq!(zero.interval(), Duration::from_nanos(1));
        let _ = RateBudget::new(zero);
        let huge = RateLimit::new(1, Duration::MAX).with_margin(1e300);
        assert_eq!(huge.interval(), MAX_WAIT);
        let budget = RateBudget::new(huge);
        budget.pause_for(Duration::MAX);
        assert!(budget.paused_until().is_some());
    }
}
