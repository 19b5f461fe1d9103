//! The access token: fetched lazily, cached, refreshed ahead of expiry in the
//! background by a single flight; rotated refresh tokens saved durably, and
//! never dropped when a save fails.
//!
//! Every wait is bounded: a call without a valid token waits at most
//! `Timing::wait`; one `accessToken` call at most `Timing::fetch_timeout`;
//! one store load or save at most `Timing::store_timeout`. A refresh that
//! fails backs off (doubling, capped); the client makes at most
//! [`MAX_TOKEN_CALLS_PER_MINUTE`] `accessToken` calls a minute; a refused
//! refresh token stops them until the store holds another.
//!
//! One concern a file: this one keeps the cache and the single flight
//! (`get`, `start`, `complete`, the refresh itself); `calls` the failure
//! guard and the call cap; `durability` the store and rotated tokens;
//! `lease` the replicas sharing a store; `lifetime` how long a token lives.

mod calls;
mod durability;
mod lease;
mod lifetime;

use calls::recent_token_calls;

use std::collections::VecDeque;
use std::fmt;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::FutureExt;
use futures::future::{BoxFuture, Shared};
use kaizala_api::endpoint::Endpoint;
use kaizala_api::runtime::{Credential, Identity, TokenStatus};
use reqwest::Url;
use secrecy::{ExposeSecret, SecretString};
use tokio::time::Instant;

use crate::Error;
use crate::store::{RotationSaved, SharedAccessToken, TokenStore};
use kaizala_api::StoreOperation;

/// The connector's credentials. The secret and the refresh token are
/// [`SecretString`]s: they never show in `Debug` output.
#[derive(Clone)]
pub struct Credentials {
    /// The application (connector) id.
    pub application_id: String,
    /// The application (connector) secret.
    pub application_secret: SecretString,
    /// The refresh token. A token in the [`TokenStore`] takes precedence
    /// (it may be a newer, rotated one); this one is used when the store is
    /// empty.
    pub refresh_token: Option<SecretString>,
}

impl Credentials {
    /// Credentials from their parts.
    pub fn new(
        application_id: impl Into<String>,
        application_secret: SecretString,
        refresh_token: Option<SecretString>,
    ) -> Self {
        Self {
            application_id: application_id.into(),
            application_secret,
            refresh_token,
        }
    }

    /// Credentials from `KAIZALA_APPLICATION_ID`, `KAIZALA_APPLICATION_SECRET`
    /// and, optionally, `KAIZALA_REFRESH_TOKEN`; every missing variable is
    /// named in one error. (`KAIZALA_AUTH_ROOT`, read by
    /// [`KaizalaClientBuilder::new`](crate::KaizalaClientBuilder::new), points
    /// the client at another auth root, such as the emulator.)
    pub fn from_env() -> Result<Self, Error> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let application_id = var("KAIZALA_APPLICATION_ID");
        let application_secret = var("KAIZALA_APPLICATION_SECRET");
        match (application_id, application_secret) {
            (Some(id), Some(secret)) => Ok(Self::new(
                id,
                SecretString::from(secret),
                var("KAIZALA_REFRESH_TOKEN").map(SecretString::from),
            )),
            (id, secret) => {
                let mut missing = Vec::new();
                if id.is_none() {
                    missing.push("KAIZALA_APPLICATION_ID (the connector id)");
                }
                if secret.is_none() {
                    missing.push("KAIZALA_APPLICATION_SECRET (the connector secret)");
                }
                Err(Error::invalid_input(format!(
                    "set {} (and KAIZALA_REFRESH_TOKEN unless the token store holds one)",
                    missing.join(" and ")
                )))
            }
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("application_id", &self.application_id)
            .field("application_secret", &"[redacted]")
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

/// What the token service answered.
#[derive(Clone)]
pub(crate) struct Grant {
    pub access_token: SecretString,
    pub endpoint_url: String,
    /// Epoch milliseconds.
    pub expiry_ms: i64,
    /// A rotated refresh token; `None` or empty when not rotated.
    pub refresh_token: Option<SecretString>,
}

/// Fetches access tokens. The real one calls `GET /accessToken` through a
/// client without the refreshing layer; tests script it. A refused refresh
/// token is reported as [`Error::RefreshTokenRejected`].
pub(crate) trait TokenSource: Send + Sync + 'static {
    fn fetch(&self, refresh_token: SecretString) -> BoxFuture<'static, Result<Grant, Error>>;
}

/// A cached access token.
pub(crate) struct Token {
    pub secret: SecretString,
    /// What the runtime sends: the header value, prepared once, and the
    /// trusted tenant base URL the token's `endpointUrl` names.
    pub credential: Credential,
    /// The trusted tenant base URL its `endpointUrl` names.
    pub tenant_base: Arc<Url>,
    pub expires_at: Instant,
    pub refresh_at: Instant,
    /// Fetched because the service answered 401 to the previous token.
    pub after_unauthorized: bool,
}

impl Token {
    /// The service accepted it at least once (a 2xx with it).
    fn proven(&self) -> bool {
        self.credential.was_accepted()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("secret", &"[redacted]")
            .field("tenant_base", &self.tenant_base.as_str())
            .field("expires_at", &self.expires_at)
            .field("refresh_at", &self.refresh_at)
            .finish_non_exhaustive()
    }
}

/// When tokens are refreshed, and how long anything may take.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timing {
    /// Refresh this long before expiry.
    pub buffer: Duration,
    /// Plus up to this much more, at random, so a fleet does not refresh at once.
    pub jitter: Duration,
    /// How long a call waits for an access token when it has none valid.
    pub wait: Duration,
    /// The longest one `accessToken` call may take, whatever the HTTP client's settings.
    pub fetch_timeout: Duration,
    /// The longest one token-store load or save may take.
    pub store_timeout: Duration,
    /// The first back-off after a failed refresh; it doubles per failure.
    pub min_backoff: Duration,
    /// The longest back-off.
    pub max_backoff: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            buffer: Duration::from_secs(300),
            jitter: Duration::from_secs(30),
            wait: Duration::from_secs(30),
            fetch_timeout: Duration::from_secs(30),
            store_timeout: Duration::from_secs(10),
            min_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(60),
        }
    }
}

impl Timing {
    fn backoff(&self, failures: u32) -> Duration {
        self.min_backoff
            .saturating_mul(1u32 << failures.saturating_sub(1).min(16))
            .min(self.max_backoff)
    }
}

/// How many more times the background saver tries to save a rotated
/// refresh token once every clone of its client is gone.
const ORPHANED_SAVE_ATTEMPTS: u32 = 10;

/// At most this many `accessToken` calls per minute per client that replace
/// no token the service accepted: a service refusing or failing every token
/// it issues (a 401 storm) is called no more often than this. A call that
/// replaces an accepted token (it expired, was revoked, the endpoint moved)
/// is earned by that acceptance and counts only against
/// [`MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL`].
pub const MAX_TOKEN_CALLS_PER_MINUTE: usize = 6;

/// At most this many `accessToken` calls per minute per client, earned or
/// not, whatever the service answers.
pub const MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL: usize = 30;

/// After the service refused the refresh token, the store is re-read (no
/// network) at most this often, to pick up a token another process saved.
const REJECTED_RECHECK: Duration = Duration::from_secs(30);

/// An `accessTokenExpiry` further out than this is not believed (the service
/// documents 24 hours): the token is refreshed after [`TRUSTED_LIFETIME`].
const MAX_BELIEVED_LIFETIME: Duration = Duration::from_secs(7 * 24 * 3600);
/// The lifetime assumed for an absurd `accessTokenExpiry`.
const TRUSTED_LIFETIME: Duration = Duration::from_secs(24 * 3600);
/// The lifetime assumed for an `accessTokenExpiry` already past (a clock off
/// by a lot, or seconds sent for milliseconds): used, and refreshed soon.
const PAST_EXPIRY_LIFETIME: Duration = Duration::from_secs(10 * 60);

/// With a shared store, how often a replica waiting for another's refresh
/// looks for the token it publishes (or for the lease to be free).
const LEASE_POLL: Duration = Duration::from_millis(100);

type Flight = Shared<BoxFuture<'static, Result<Arc<Token>, Error>>>;

#[derive(Default)]
struct State {
    token: Option<Arc<Token>>,
    /// The durable refresh token: loaded from the store or saved to it.
    refresh_token: Option<SecretString>,
    /// A rotated refresh token whose save has not succeeded yet.
    unsaved: Option<SecretString>,
    saver_running: bool,
    /// The refresh in flight, with its number.
    flight: Option<(u64, Flight)>,
    flights: u64,
    /// The next token is fetched because of a 401.
    next_after_unauthorized: bool,
    failures: u32,
    retry_not_before: Option<Instant>,
    last_error: Option<Error>,
    /// The service refused this refresh token; when the store was last re-read.
    rejected: Option<Rejected>,
    /// When recent `accessToken` calls were made, and whether each was
    /// earned (it replaced a token the service had accepted).
    token_calls: VecDeque<(Instant, bool)>,
    /// The token `on_unauthorized` dropped had been accepted: the refresh
    /// that replaces it is earned.
    replaced_proven: bool,
    /// The next `accessToken` call is earned (set when its flight starts).
    next_call_earned: bool,
    /// The refresh token an unsaved rotated one replaced (for the store's
    /// compare-and-swap when its save is retried).
    unsaved_over: Option<SecretString>,
    /// The last access token the service answered 401 to: never adopted
    /// from a shared store again.
    refused_access: Option<SecretString>,
}

/// Refresh tokens the service refused, and when the store was last re-read.
#[derive(Clone)]
struct Rejected {
    /// Every refused token (a few at most: the store's, the credentials').
    tokens: Vec<SecretString>,
    error: Error,
    checked: Instant,
}

impl Rejected {
    fn contains(&self, token: &SecretString) -> bool {
        self.tokens.iter().any(|t| same_secret(t, token))
    }
}

/// Owns the access token.
pub(crate) struct TokenManager {
    source: Arc<dyn TokenSource>,
    store: Arc<dyn TokenStore>,
    /// Serialises saves, held until a save really finishes (also one whose
    /// wait timed out), so the newest rotated token is always written last.
    save_lock: Arc<tokio::sync::Mutex<()>>,
    endpoint: Arc<Endpoint>,
    initial_refresh_token: Option<SecretString>,
    timing: Timing,
    state: Mutex<State>,
    /// The next token's credential generation.
    generations: std::sync::atomic::AtomicU64,
    /// This client's id for a shared store's refresh lease.
    lease_owner: String,
}

/// The token lifecycle as the runtime's identity component: each attempt
/// takes the cached token's credential, a 401 and a 2xx are reported back.
#[derive(Debug)]
pub(crate) struct RefreshingToken(pub(crate) Arc<TokenManager>);

impl Identity for RefreshingToken {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, Error>> {
        Box::pin(async move { self.0.get().await.map(|token| token.credential.clone()) })
    }

    fn ready_credential(&self) -> Option<Result<Credential, Error>> {
        self.0.ready().map(|token| Ok(token.credential.clone()))
    }

    fn rejected(&self, sent: &Credential) -> bool {
        self.0.on_unauthorized_generation(Some(sent.generation()))
    }

    fn status(&self) -> TokenStatus {
        self.0.status()
    }
}

impl fmt::Debug for TokenManager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenManager")
            .field("store", &self.store)
            .field("timing", &self.timing)
            .finish_non_exhaustive()
    }
}

/// Clears the flight it belongs to when the refresh task ends in any way
/// (completed, panicked, or dropped with its runtime), so no later call
/// waits on a flight that will never land.
struct FlightGuard {
    manager: std::sync::Weak<TokenManager>,
    id: u64,
}

impl Drop for FlightGuard {
    fn drop(&mut self) {
        if let Some(manager) = self.manager.upgrade() {
            let mut state = manager.lock();
            if state.flight.as_ref().is_some_and(|(id, _)| *id == self.id) {
                state.flight = None;
            }
        }
    }
}

/// Clears `saver_running` when the background saver ends in any way (also
/// dropped with its runtime), so a later failure can start another.
struct SaverGuard(std::sync::Weak<TokenManager>);

impl Drop for SaverGuard {
    fn drop(&mut self) {
        if let Some(manager) = self.0.upgrade() {
            manager.lock().saver_running = false;
        }
    }
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_owned())
}

/// A wait for the refresh lease, begun at `started`, that ended without a
/// token.
fn lease_held(started: Instant) -> Error {
    Error::Auth {
        message: format!(
            "other processes sharing the token store held the refresh lease for {:.1} s \
             without publishing a token; trying again after a back-off",
            started.elapsed().as_secs_f32()
        ),
        retryable: true,
        cause: None,
    }
}

fn same_secret(a: &SecretString, b: &SecretString) -> bool {
    a.expose_secret() == b.expose_secret()
}

impl TokenManager {
    pub(crate) fn new(
        source: Arc<dyn TokenSource>,
        store: Arc<dyn TokenStore>,
        endpoint: Arc<Endpoint>,
        initial_refresh_token: Option<SecretString>,
        timing: Timing,
    ) -> Arc<Self> {
        Arc::new(Self {
            source,
            store,
            save_lock: Arc::new(tokio::sync::Mutex::new(())),
            endpoint,
            initial_refresh_token,
            timing,
            state: Mutex::new(State::default()),
            generations: std::sync::atomic::AtomicU64::new(1),
            lease_owner: format!("{}-{:016x}", std::process::id(), fastrand::u64(..)),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A valid access token. While the cached one is valid it is returned at
    /// once (a refresh due soon runs in the background); otherwise the call
    /// joins the one refresh in flight for at most `timing.wait`.
    /// The cached token when nothing is due: not expired, not yet at its
    /// refresh time, and no lost saver to restart ([`get`](Self::get) does
    /// all of that). Taken without a future, on every call's common path.
    pub(crate) fn ready(&self) -> Option<Arc<Token>> {
        let state = self.lock();
        if state.unsaved.is_some() && !state.saver_running {
            return None;
        }
        let token = state.token.as_ref()?;
        let now = Instant::now();
        (now < token.refresh_at && now < token.expires_at).then(|| token.clone())
    }

    pub(crate) async fn get(self: &Arc<Self>) -> Result<Arc<Token>, Error> {
        // Refreshes are spawned tasks: outside a tokio runtime they cannot run
        // (and `tokio::spawn` would panic while the state is locked).
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(Error::invalid_input(
                "KaizalaClient calls must run inside a tokio runtime (with its time and IO drivers enabled)",
            ));
        }
        // A saver lost with an earlier runtime: start another.
        let saver_lost = {
            let state = self.lock();
            state.unsaved.is_some() && !state.saver_running
        };
        if saver_lost {
            self.spawn_saver();
        }
        let flight = {
            let mut state = self.lock();
            let now = Instant::now();
            if let Some(token) = state.token.clone()
                && now < token.expires_at
            {
                if now >= token.refresh_at
                    && state.flight.is_none()
                    && self.may_start(&state, now).is_ok()
                {
                    // In the background: the spawned task runs without a waiter.
                    let _background = self.start(&mut state);
                }
                return Ok(token);
            }
            match &state.flight {
                Some((_, flight)) => flight.clone(),
                None => {
                    self.may_start(&state, now)?;
                    self.start(&mut state)
                }
            }
        };
        match tokio::time::timeout(self.timing.wait, flight).await {
            Ok(result) => result,
            Err(_) => Err(Error::TokenTimeout {
                waited: self.timing.wait,
            }),
        }
    }

    /// Starts the refresh task. It is spawned, so a caller that gives up (a
    /// dropped future, a timeout) never aborts it halfway through saving a
    /// rotated refresh token, and it catches its own panics.
    fn start(self: &Arc<Self>, state: &mut State) -> Flight {
        // Earned: it replaces a token the service accepted (expired or
        // revoked since), so it does not count as a refused one.
        state.next_call_earned = match &state.token {
            Some(token) => token.proven(),
            None => std::mem::take(&mut state.replaced_proven),
        };
        state.flights += 1;
        let id = state.flights;
        let this = self.clone();
        let guard = FlightGuard {
            manager: Arc::downgrade(self),
            id,
        };
        let task = tokio::spawn(async move {
            let _guard = guard;
            let result = AssertUnwindSafe(this.fetch_new())
                .catch_unwind()
                .await
                .unwrap_or_else(|panic| {
                    Err(Error::Auth {
                        message: format!(
                            "the token refresh panicked ({}); the next call tries again after a \
                             back-off",
                            panic_text(&*panic)
                        ),
                        retryable: true,
                        cause: None,
                    })
                });
            this.complete(&result);
            result
        });
        let flight = async move {
            task.await.unwrap_or_else(|e| {
                Err(Error::Auth {
                    message: format!("the token refresh task stopped: {e}"),
                    retryable: true,
                    cause: None,
                })
            })
        }
        .boxed()
        .shared();
        state.flight = Some((id, flight.clone()));
        flight
    }

    fn complete(&self, result: &Result<Arc<Token>, Error>) {
        let mut state = self.lock();
        match result {
            Ok(token) => {
                state.token = Some(token.clone());
                state.failures = 0;
                state.retry_not_before = None;
                state.rejected = None;
                if state.unsaved.is_none() {
                    state.last_error = None;
                }
            }
            Err(error) => {
                state.failures += 1;
                let backoff = self.timing.backoff(state.failures);
                state.retry_not_before = Some(Instant::now() + backoff);
                state.last_error = Some(error.clone());
                tracing::warn!(
                    error = %error,
                    backoff_ms = u64::try_from(backoff.as_millis()).unwrap_or(u64::MAX),
                    "access token refresh failed"
                );
            }
        }
    }

    async fn fetch_new(self: &Arc<Self>) -> Result<Arc<Token>, Error> {
        let Some(lease) = self.store.lease() else {
            return self.refresh().await;
        };
        // Several processes share the store: use the token another one
        // fetched, or take the lease and refresh for all of them.
        if let Some(token) = self.adopt_shared().await {
            return Ok(token);
        }
        let ttl = self.lease_ttl();
        // Long enough for two holders: one that died holding the lease, then
        // the replica that takes it over and refreshes for all of us.
        // None past the clock's range (unbounded timeouts): no last try.
        let started = Instant::now();
        let deadline = started.checked_add(ttl.saturating_mul(2).saturating_add(LEASE_POLL));
        let owner = self.lease_owner.as_str();
        loop {
            // The last try is sent after the deadline, so a lease as long as
            // ours that a dead holder took before we started has expired by
            // then, however long the store takes to answer each try.
            let last_try = deadline.is_some_and(|deadline| Instant::now() >= deadline);
            // Our lease runs from no earlier than this.
            let asked = Instant::now();
            if self
                .store_op(StoreOperation::Lease, lease.try_lease(owner, ttl))
                .await?
            {
                let result = match self.refresh_under_lease(lease, asked).await {
                    Ok(Some(token)) => Ok(token),
                    Err(error) => Err(error),
                    // Another replica took the lease as ours was renewed:
                    // it refreshes for us.
                    Ok(None) if !last_try => continue,
                    Ok(None) => Err(lease_held(started)),
                };
                if let Err(error) = self
                    .store_op(StoreOperation::Lease, lease.release_lease(owner))
                    .await
                {
                    tracing::warn!(error = %error, "releasing the refresh lease failed; it expires by itself");
                }
                return result;
            }
            if last_try {
                return Err(lease_held(started));
            }
            tokio::time::sleep(LEASE_POLL).await;
            if let Some(token) = self.adopt_shared().await {
                return Ok(token);
            }
        }
    }

    async fn refresh(self: &Arc<Self>) -> Result<Arc<Token>, Error> {
        let mut refresh_token = self.durable_refresh_token().await?;

        // A refused refresh token is not sent again: look for another in the
        // store (another process may have rotated it) or in memory.
        let refused = self.lock().rejected.clone();
        if let Some(refused) = refused
            && refused.contains(&refresh_token)
        {
            match self.alternative_to(&refresh_token).await {
                Some(other) => refresh_token = other,
                None => {
                    if let Some(rejected) = self.lock().rejected.as_mut() {
                        rejected.checked = Instant::now();
                    }
                    return Err(refused.error);
                }
            }
        }

        let grant = match self.fetch_bounded(&refresh_token).await {
            Err(error @ Error::RefreshTokenRejected { .. }) => {
                self.reject(&refresh_token, &error);
                match self.alternative_to(&refresh_token).await {
                    Some(other) => {
                        tracing::info!(
                            "the service refused the refresh token; retrying once with the one \
                             now in the token store"
                        );
                        refresh_token = other;
                        match self.fetch_bounded(&refresh_token).await {
                            Err(again @ Error::RefreshTokenRejected { .. }) => {
                                self.reject(&refresh_token, &again);
                                return Err(again);
                            }
                            other => other?,
                        }
                    }
                    None => {
                        self.reject(&refresh_token, &error);
                        return Err(error);
                    }
                }
            }
            other => other?,
        };

        let rotated = grant.refresh_token.clone().filter(|new| {
            !new.expose_secret().trim().is_empty() && !same_secret(new, &refresh_token)
        });
        if let Some(new) = rotated {
            self.keep_rotated(&refresh_token, new).await;
        }
        // Read last: a 401 that arrived while this refresh ran marks its token.
        let after_unauthorized = std::mem::take(&mut self.lock().next_after_unauthorized);
        let token = Arc::new(self.token_from(&grant, after_unauthorized)?);
        self.publish(&grant).await;
        Ok(token)
    }

    /// Another refresh token than `refused`: the store's (re-read) or a
    /// rotated one held in memory. It becomes the durable one.
    async fn alternative_to(&self, refused: &SecretString) -> Option<SecretString> {
        let stored = match self.load_bounded().await {
            Ok(stored) => stored,
            Err(error) => {
                tracing::warn!(error = %error, "re-reading the token store failed");
                None
            }
        };
        let (unsaved, rejected) = {
            let state = self.lock();
            (state.unsaved.clone(), state.rejected.clone())
        };
        // The store's (another process rotated), a rotated one held in memory,
        // or the credentials' (the connector was granted a new one); never
        // one the service already refused.
        let other = [stored, unsaved, self.initial_refresh_token.clone()]
            .into_iter()
            .flatten()
            .find(|s| {
                !same_secret(s, refused) && !rejected.as_ref().is_some_and(|r| r.contains(s))
            })?;
        self.lock().refresh_token = Some(other.clone());
        Some(other)
    }

    fn reject(&self, refresh_token: &SecretString, error: &Error) {
        tracing::error!(error = %error, "the token service refused the refresh token");
        let mut state = self.lock();
        let mut tokens = state.rejected.take().map(|r| r.tokens).unwrap_or_default();
        if !tokens.iter().any(|t| same_secret(t, refresh_token)) {
            tokens.push(refresh_token.clone());
        }
        // Bounded: only the few candidates above are ever refused.
        if tokens.len() > 8 {
            tokens.remove(0);
        }
        state.rejected = Some(Rejected {
            tokens,
            error: error.clone(),
            checked: Instant::now(),
        });
    }

    /// A snapshot for [`TokenStatus`].
    pub(crate) fn status(&self) -> TokenStatus {
        let state = self.lock();
        let now = Instant::now();
        let mut status = TokenStatus::default();
        status.access_token_valid_for = state
            .token
            .as_ref()
            .and_then(|t| t.expires_at.checked_duration_since(now))
            .filter(|d| !d.is_zero());
        status.unsaved_refresh_token = state.unsaved.is_some();
        status.refresh_token_rejected = state.rejected.is_some();
        status.last_error = state.last_error.clone();
        status.token_calls_last_minute = recent_token_calls(&state);
        status.refreshing = true;
        status.tenant_endpoint = state.token.as_ref().map(|t| t.tenant_base.to_string());
        status
    }

    #[cfg(test)]
    pub(crate) fn refresh_token_in_memory(&self) -> Option<SecretString> {
        let state = self.lock();
        state
            .unsaved
            .clone()
            .or_else(|| state.refresh_token.clone())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::store::{InMemoryStore, TokenLease};
    use kaizala_api::endpoint::EndpointPolicy;

    fn epoch_ms_in(d: Duration) -> i64 {
        (SystemTime::now() + d)
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64
    }

    /// What the scripted token service does on one call.
    #[derive(Clone)]
    enum Answer {
        Fail,
        Hang,
        Panic,
        ExpiryMs(i64),
    }

    /// A scripted token service.
    #[derive(Default)]
    struct Script {
        calls: AtomicUsize,
        answers: Mutex<Vec<Answer>>,
        rotate_to: Mutex<Option<String>>,
        delay: Mutex<Duration>,
        seen: Mutex<Vec<String>>,
        /// Refresh tokens the service refuses.
        refused: Mutex<Vec<String>>,
    }

    impl TokenSource for Arc<Script> {
        fn fetch(&self, refresh_token: SecretString) -> BoxFuture<'static, Result<Grant, Error>> {
            let this = self.clone();
            Box::pin(async move {
                let n = this.calls.fetch_add(1, Ordering::SeqCst) + 1;
                let used = refresh_token.expose_secret().to_owned();
                this.seen.lock().unwrap().push(used.clone());
                let delay = *this.delay.lock().unwrap();
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                if this.refused.lock().unwrap().contains(&used) {
                    return Err(Error::RefreshTokenRejected {
                        code: None,
                        message: None,
                    });
                }
                let answer = {
                    let mut a = this.answers.lock().unwrap();
                    if a.is_empty() {
                        None
                    } else {
                        Some(a.remove(0))
                    }
                };
                let mut expiry_ms = epoch_ms_in(Duration::from_secs(24 * 3600));
                match answer {
                    Some(Answer::Fail) => {
                        return Err(Error::Transport {
                            message: "scripted failure".into(),
                            source: None,
                        });
                    }
                    Some(Answer::Hang) => futures::future::pending::<()>().await,
                    Some(Answer::Panic) => panic!("scripted panic in the token source"),
                    Some(Answer::ExpiryMs(ms)) => expiry_ms = ms,
                    None => {}
                }
                Ok(Grant {
                    access_token: SecretString::from(format!("access-{n}")),
                    endpoint_url: "http://tenant.invalid/".into(),
                    expiry_ms,
                    refresh_token: this
                        .rotate_to
                        .lock()
                        .unwrap()
                        .take()
                        .map(SecretString::from),
                })
            })
        }
    }

    /// A store whose faults are scripted.
    #[derive(Debug, Default)]
    struct Flaky {
        token: Mutex<Option<String>>,
        fail_save: Mutex<bool>,
        hang_save: Mutex<bool>,
        panic_load: Mutex<bool>,
        saved: Mutex<Vec<String>>,
    }

    impl TokenStore for Flaky {
        fn load(&self) -> BoxFuture<'_, std::io::Result<Option<SecretString>>> {
            Box::pin(async move {
                if *self.panic_load.lock().unwrap() {
                    panic!("scripted panic in TokenStore::load");
                }
                Ok(self.token.lock().unwrap().clone().map(SecretString::from))
            })
        }
        fn save<'a>(&'a self, t: &'a SecretString) -> BoxFuture<'a, std::io::Result<()>> {
            Box::pin(async move {
                if *self.hang_save.lock().unwrap() {
                    // Far past the store timeout, then the disk recovers.
                    tokio::time::sleep(Duration::from_secs(60)).await;
                }
                if *self.fail_save.lock().unwrap() {
                    return Err(std::io::Error::other("disk full"));
                }
                let t = t.expose_secret().to_owned();
                self.saved.lock().unwrap().push(t.clone());
                *self.token.lock().unwrap() = Some(t);
                Ok(())
            })
        }
    }

    fn manager(script: &Arc<Script>, store: Arc<dyn TokenStore>) -> Arc<TokenManager> {
        manager_timed(
            script,
            store,
            Timing {
                jitter: Duration::ZERO,
                ..Timing::default()
            },
        )
    }

    fn manager_timed(
        script: &Arc<Script>,
        store: Arc<dyn TokenStore>,
        timing: Timing,
    ) -> Arc<TokenManager> {
        TokenManager::new(
            Arc::new(script.clone()),
            store,
            Arc::new(Endpoint::new(
                Url::parse("http://tenant.invalid/").unwrap(),
                EndpointPolicy::new(),
            )),
            Some(SecretString::from("refresh-0".to_owned())),
            timing,
        )
    }

    fn secret_of(t: &Token) -> &str {
        t.secret.expose_secret()
    }

    /// Lets spawned tasks run (the clock is paused: nothing else moves).
    async fn settle() {
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
    }

    #[tokio::test(start_paused = true)]
    async fn lazy_cached_and_refreshed_ahead_in_the_background() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        assert_eq!(script.calls.load(Ordering::SeqCst), 0, "fetched lazily");
        let t1 = tokens.get().await.unwrap();
        let t2 = tokens.get().await.unwrap();
        assert_eq!(script.calls.load(Ordering::SeqCst), 1, "cached");
        assert_eq!(secret_of(&t1), secret_of(&t2));
        // 4 minutes before expiry (inside the 5-minute buffer), with a slow
        // token service: the call gets the valid token at once.
        *script.delay.lock().unwrap() = Duration::from_secs(20);
        tokio::time::advance(Duration::from_secs(24 * 3600 - 240)).await;
        let t3 = tokens.get().await.unwrap();
        assert_eq!(secret_of(&t3), "access-1", "no call waits on a refresh");
        settle().await;
        tokio::time::advance(Duration::from_secs(21)).await;
        settle().await;
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-2");
        assert_eq!(script.calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn refresh_jitter_stays_within_buffer_and_jitter() {
        let script = Arc::new(Script::default());
        let tokens = TokenManager::new(
            Arc::new(script.clone()),
            Arc::new(InMemoryStore::new()),
            Arc::new(Endpoint::new(
                Url::parse("http://tenant.invalid/").unwrap(),
                EndpointPolicy::new(),
            )),
            Some(SecretString::from("r".to_owned())),
            Timing::default(),
        );
        let t = tokens.get().await.unwrap();
        let early = t.expires_at - t.refresh_at;
        assert!(
            early >= Duration::from_secs(300) && early <= Duration::from_secs(331),
            "{early:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn failed_background_refresh_keeps_the_valid_token_and_backs_off() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        tokens.get().await.unwrap();
        tokio::time::advance(Duration::from_secs(24 * 3600 - 120)).await;
        script.answers.lock().unwrap().push(Answer::Fail);
        let t = tokens.get().await.expect("still-valid token keeps working");
        assert_eq!(secret_of(&t), "access-1");
        settle().await;
        assert_eq!(script.calls.load(Ordering::SeqCst), 2);
        // Within the back-off: no new refresh, however many calls.
        for _ in 0..100 {
            tokens.get().await.unwrap();
        }
        settle().await;
        assert_eq!(script.calls.load(Ordering::SeqCst), 2, "backed off");
        tokio::time::advance(Duration::from_secs(2)).await;
        tokens.get().await.unwrap();
        settle().await;
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-3");
    }

    #[tokio::test(start_paused = true)]
    async fn failure_without_valid_token_errors_backs_off_then_recovers() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        script.answers.lock().unwrap().push(Answer::Fail);
        assert!(tokens.get().await.is_err());
        assert!(tokens.get().await.is_err(), "backing off: fails fast");
        assert_eq!(script.calls.load(Ordering::SeqCst), 1);
        tokio::time::advance(Duration::from_secs(1)).await;
        let t = tokens.get().await.expect("not poisoned");
        assert_eq!(secret_of(&t), "access-2");
    }

    #[tokio::test(start_paused = true)]
    async fn expired_token_is_never_returned() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        tokens.get().await.unwrap();
        tokio::time::advance(Duration::from_secs(24 * 3600 + 1)).await;
        script.answers.lock().unwrap().push(Answer::Fail);
        assert!(
            tokens.get().await.is_err(),
            "the expired token must not be used"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn single_flight_for_a_thousand_waiters() {
        let script = Arc::new(Script::default());
        *script.delay.lock().unwrap() = Duration::from_millis(200);
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        let waiters: Vec<_> = (0..1000)
            .map(|_| {
                let tokens = tokens.clone();
                tokio::spawn(async move {
                    tokens
                        .get()
                        .await
                        .map(|t| t.secret.expose_secret().to_owned())
                })
            })
            .collect();
        for w in waiters {
            assert_eq!(w.await.unwrap().unwrap(), "access-1");
        }
        assert_eq!(script.calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_hung_token_service_or_store_never_holds_a_call_forever() {
        // Fails before the fix: a hung accessToken call held every caller.
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        script.answers.lock().unwrap().push(Answer::Hang);
        let started = Instant::now();
        let err = tokens.get().await.unwrap_err();
        assert!(
            matches!(err, Error::TokenTimeout { .. } | Error::Auth { .. }),
            "{err}"
        );
        assert!(started.elapsed() <= Duration::from_secs(30));
        // The fetch itself is bounded: the client recovers.
        settle().await;
        tokio::time::advance(Duration::from_secs(120)).await;
        settle().await;
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-2");

        // A hung save of a rotated token: the call still gets its token.
        let script = Arc::new(Script::default());
        let store = Arc::new(Flaky::default());
        let tokens = manager(&script, store.clone());
        *script.rotate_to.lock().unwrap() = Some("refresh-1".into());
        *store.hang_save.lock().unwrap() = true;
        let t = tokens
            .get()
            .await
            .expect("a hung save does not fail the call");
        assert_eq!(secret_of(&t), "access-1");
        assert!(tokens.status().unsaved_refresh_token);
        *store.hang_save.lock().unwrap() = false;
        tokio::time::advance(Duration::from_secs(120)).await;
        settle().await;
        assert!(
            !tokens.status().unsaved_refresh_token,
            "saved in the background"
        );
        // The slow first save landed too: the same token, twice.
        let saved = store.saved.lock().unwrap().clone();
        assert!(
            !saved.is_empty() && saved.iter().all(|t| t == "refresh-1"),
            "{saved:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_panicking_store_or_source_never_poisons_the_client() {
        // Fails before the fix: a panic in the refresh task left nothing to
        // clear the failure's state and reported it as the task's.
        let script = Arc::new(Script::default());
        let store = Arc::new(Flaky::default());
        let tokens = manager(&script, store.clone());
        *store.panic_load.lock().unwrap() = true;
        let err = tokens.get().await.unwrap_err();
        assert!(
            matches!(
                &err,
                Error::TokenStore {
                    operation: StoreOperation::Load,
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("could not load"), "{err}");
        *store.panic_load.lock().unwrap() = false;
        tokio::time::advance(Duration::from_secs(2)).await;
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-1");

        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        script.answers.lock().unwrap().push(Answer::Panic);
        let err = tokens.get().await.unwrap_err();
        assert!(err.to_string().contains("panicked"), "{err}");
        tokio::time::advance(Duration::from_secs(2)).await;
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-2");
    }

    #[tokio::test(start_paused = true)]
    async fn a_rotated_token_whose_save_fails_is_kept_retried_and_visible() {
        let script = Arc::new(Script::default());
        let store = Arc::new(Flaky::default());
        let tokens = manager(&script, store.clone());
        *script.rotate_to.lock().unwrap() = Some("refresh-1".into());
        *store.fail_save.lock().unwrap() = true;
        let t = tokens
            .get()
            .await
            .expect("calls go on while the save is retried");
        assert_eq!(secret_of(&t), "access-1");
        let status = tokens.status();
        assert!(status.unsaved_refresh_token);
        assert!(
            matches!(
                &status.last_error,
                Some(Error::TokenStore {
                    operation: StoreOperation::Save,
                    ..
                })
            ),
            "{status:?}"
        );
        assert!(!format!("{status:?}").contains("refresh-1"));
        assert_eq!(
            tokens.refresh_token_in_memory().unwrap().expose_secret(),
            "refresh-1",
            "the rotated token stays in memory"
        );
        // Retried in the background until the store recovers.
        tokio::time::advance(Duration::from_secs(30)).await;
        settle().await;
        assert!(tokens.status().unsaved_refresh_token);
        *store.fail_save.lock().unwrap() = false;
        tokio::time::advance(Duration::from_secs(120)).await;
        settle().await;
        assert!(!tokens.status().unsaved_refresh_token);
        assert!(tokens.status().last_error.is_none());
        assert_eq!(*store.saved.lock().unwrap(), ["refresh-1"]);
        // The next refresh uses the saved rotated token.
        tokio::time::advance(Duration::from_secs(24 * 3600)).await;
        tokens.get().await.unwrap();
        assert_eq!(script.seen.lock().unwrap().last().unwrap(), "refresh-1");
        // An empty refreshToken keeps the current one.
        *script.rotate_to.lock().unwrap() = Some(String::new());
        tokio::time::advance(Duration::from_secs(24 * 3600)).await;
        tokens.get().await.unwrap();
        assert_eq!(
            tokens.refresh_token_in_memory().unwrap().expose_secret(),
            "refresh-1"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_refused_refresh_token_is_terminal_until_the_store_changes() {
        // Fails before the fix: every call made its own accessToken request.
        let script = Arc::new(Script::default());
        let store = Arc::new(Flaky::default());
        *store.token.lock().unwrap() = Some("old".into());
        // The credentials' token was refused too (tried once as a fallback).
        script.refused.lock().unwrap().push("old".into());
        script.refused.lock().unwrap().push("refresh-0".into());
        let tokens = manager(&script, store.clone());
        for _ in 0..50 {
            let err = tokens.get().await.unwrap_err();
            assert!(matches!(err, Error::RefreshTokenRejected { .. }), "{err}");
            assert!(!err.is_retryable());
            assert!(err.to_string().contains("refresh token"), "{err}");
            tokio::time::advance(Duration::from_secs(1)).await;
        }
        assert_eq!(
            script.calls.load(Ordering::SeqCst),
            2,
            "the stored token and the credentials' once each, then no further token calls"
        );
        assert!(tokens.status().refresh_token_rejected);
        // Another process saves a new refresh token: picked up.
        *store.token.lock().unwrap() = Some("new".into());
        tokio::time::advance(Duration::from_secs(30)).await;
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-3");
        assert_eq!(script.seen.lock().unwrap().last().unwrap(), "new");
    }

    #[tokio::test(start_paused = true)]
    async fn a_stale_refresh_token_is_replaced_by_the_stores_and_retried_once() {
        let script = Arc::new(Script::default());
        let store = Arc::new(Flaky::default());
        *store.token.lock().unwrap() = Some("refresh-0".into());
        let tokens = manager(&script, store.clone());
        tokens.get().await.unwrap();
        // Another replica rotated and saved; this one still holds the old.
        *store.token.lock().unwrap() = Some("rotated-elsewhere".into());
        script.refused.lock().unwrap().push("refresh-0".into());
        tokio::time::advance(Duration::from_secs(24 * 3600)).await;
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-3");
        assert_eq!(
            *script.seen.lock().unwrap(),
            ["refresh-0", "refresh-0", "rotated-elsewhere"]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn absurd_expiries_do_not_cause_a_refresh_per_call() {
        for expiry in [
            0,
            -5,
            1,
            1_700_000_000,
            i64::MIN,
            i64::MAX,
            32_503_680_000_000,
        ] {
            let script = Arc::new(Script::default());
            let tokens = manager(&script, Arc::new(InMemoryStore::new()));
            script
                .answers
                .lock()
                .unwrap()
                .push(Answer::ExpiryMs(expiry));
            for _ in 0..100 {
                tokens.get().await.unwrap();
            }
            settle().await;
            assert_eq!(script.calls.load(Ordering::SeqCst), 1, "expiry {expiry}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn unauthorized_refreshes_once_then_backs_off() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        let t1 = tokens.get().await.unwrap();
        assert!(tokens.on_unauthorized(Some(&t1)), "a 401 refreshes");
        let t2 = tokens.get().await.unwrap();
        assert_eq!(secret_of(&t2), "access-2");
        // A stale 401 for the token already replaced: replay, no refresh.
        assert!(tokens.on_unauthorized(Some(&t1)));
        assert_eq!(secret_of(&tokens.get().await.unwrap()), "access-2");
        // The fresh token refused too: refreshed again while the per-minute
        // cap has room (it may merely have expired again)...
        let mut sent = t2;
        for n in 3..=MAX_TOKEN_CALLS_PER_MINUTE {
            assert!(tokens.on_unauthorized(Some(&sent)), "refresh {n}");
            sent = tokens.get().await.unwrap();
            assert_eq!(secret_of(&sent), format!("access-{n}"));
        }
        // ...then refused, with no further token call, until a minute passed.
        assert!(!tokens.on_unauthorized(Some(&sent)));
        assert_eq!(
            script.calls.load(Ordering::SeqCst),
            MAX_TOKEN_CALLS_PER_MINUTE
        );
        tokio::time::advance(Duration::from_secs(60)).await;
        assert!(tokens.on_unauthorized(Some(&sent)));
        assert_eq!(
            secret_of(&tokens.get().await.unwrap()),
            format!("access-{}", MAX_TOKEN_CALLS_PER_MINUTE + 1)
        );
    }

    #[tokio::test(start_paused = true)]
    async fn store_token_wins_over_credentials() {
        let script = Arc::new(Script::default());
        let store = Arc::new(InMemoryStore::with_token(SecretString::from(
            "stored".to_owned(),
        )));
        let tokens = manager(&script, store);
        tokens.get().await.unwrap();
        assert_eq!(script.seen.lock().unwrap()[0], "stored");
    }

    /// A store shared by several clients, as a Redis one is: lease,
    /// compare-and-swap rotation, shared access token; faults scripted.
    #[derive(Debug, Default)]
    struct SharedFake {
        token: Mutex<Option<String>>,
        lease: Mutex<Option<(String, Instant)>>,
        access: Mutex<Option<(String, String, i64)>>,
        /// How the lease calls fail: "error", "panic" or "hang".
        lease_fault: Mutex<Option<&'static str>>,
        leases_granted: AtomicUsize,
        /// How long a lease answer takes to come back (the lease is judged
        /// when the request arrives, as Redis does).
        lease_answer_delay: Mutex<Duration>,
    }

    impl TokenStore for SharedFake {
        fn load(&self) -> BoxFuture<'_, std::io::Result<Option<SecretString>>> {
            let token = self.token.lock().unwrap().clone().map(SecretString::from);
            Box::pin(async move { Ok(token) })
        }
        fn save<'a>(&'a self, t: &'a SecretString) -> BoxFuture<'a, std::io::Result<()>> {
            *self.token.lock().unwrap() = Some(t.expose_secret().to_owned());
            Box::pin(async { Ok(()) })
        }
        fn save_rotated<'a>(
            &'a self,
            old: &'a SecretString,
            new: &'a SecretString,
        ) -> BoxFuture<'a, std::io::Result<RotationSaved>> {
            let mut token = self.token.lock().unwrap();
            let answer = match token.as_deref() {
                None => None,
                Some(current) if current == old.expose_secret() => None,
                Some(current) => Some(current.to_owned()),
            };
            let answer = match answer {
                None => {
                    *token = Some(new.expose_secret().to_owned());
                    RotationSaved::Saved
                }
                Some(current) => RotationSaved::Superseded {
                    current: Some(SecretString::from(current)),
                },
            };
            Box::pin(async move { Ok(answer) })
        }
        fn lease(&self) -> Option<&dyn TokenLease> {
            Some(self)
        }
    }

    impl TokenLease for SharedFake {
        fn try_lease<'a>(
            &'a self,
            owner: &'a str,
            ttl: Duration,
        ) -> BoxFuture<'a, std::io::Result<bool>> {
            let fault = *self.lease_fault.lock().unwrap();
            let answer = if fault.is_some() {
                Err(std::io::Error::other("scripted: the shared store is down"))
            } else {
                let mut lease = self.lease.lock().unwrap();
                let now = Instant::now();
                if lease.as_ref().is_some_and(|(_, until)| *until > now) {
                    Ok(false)
                } else {
                    // Past the clock's range: a century (Redis clamps too).
                    let until = now
                        .checked_add(ttl)
                        .unwrap_or_else(|| now + Duration::from_secs(100 * 365 * 86_400));
                    *lease = Some((owner.to_owned(), until));
                    self.leases_granted.fetch_add(1, Ordering::SeqCst);
                    Ok(true)
                }
            };
            let delay = *self.lease_answer_delay.lock().unwrap();
            Box::pin(async move {
                match fault {
                    Some("panic") => panic!("scripted panic in TokenLease::try_lease"),
                    Some("hang") => std::future::pending::<()>().await,
                    _ => {}
                }
                tokio::time::sleep(delay).await;
                answer
            })
        }
        fn release_lease<'a>(&'a self, owner: &'a str) -> BoxFuture<'a, std::io::Result<()>> {
            let mut lease = self.lease.lock().unwrap();
            if lease.as_ref().is_some_and(|(o, _)| o == owner) {
                *lease = None;
            }
            Box::pin(async { Ok(()) })
        }
        fn load_access_token(&self) -> BoxFuture<'_, std::io::Result<Option<SharedAccessToken>>> {
            let shared = self
                .access
                .lock()
                .unwrap()
                .clone()
                .map(|(t, url, expiry_ms)| SharedAccessToken {
                    access_token: SecretString::from(t),
                    endpoint_url: url,
                    expiry_ms,
                });
            Box::pin(async move { Ok(shared) })
        }
        fn save_access_token<'a>(
            &'a self,
            t: &'a SharedAccessToken,
        ) -> BoxFuture<'a, std::io::Result<()>> {
            *self.access.lock().unwrap() = Some((
                t.access_token.expose_secret().to_owned(),
                t.endpoint_url.clone(),
                t.expiry_ms,
            ));
            Box::pin(async { Ok(()) })
        }
    }

    /// One replica's view of a [`SharedFake`] over a slow link: each
    /// operation takes effect when it arrives, its answer comes `delay`
    /// later.
    #[derive(Debug)]
    struct Behind {
        store: Arc<SharedFake>,
        delay: Duration,
    }

    impl Behind {
        fn answer<'a, T: Send + 'a>(
            &self,
            op: BoxFuture<'a, std::io::Result<T>>,
        ) -> BoxFuture<'a, std::io::Result<T>> {
            let delay = self.delay;
            Box::pin(async move {
                let answer = op.await;
                tokio::time::sleep(delay).await;
                answer
            })
        }
    }

    impl TokenStore for Behind {
        fn load(&self) -> BoxFuture<'_, std::io::Result<Option<SecretString>>> {
            self.answer(self.store.load())
        }
        fn save<'a>(&'a self, t: &'a SecretString) -> BoxFuture<'a, std::io::Result<()>> {
            self.answer(self.store.save(t))
        }
        fn save_rotated<'a>(
            &'a self,
            old: &'a SecretString,
            new: &'a SecretString,
        ) -> BoxFuture<'a, std::io::Result<RotationSaved>> {
            self.answer(self.store.save_rotated(old, new))
        }
        fn lease(&self) -> Option<&dyn TokenLease> {
            Some(self)
        }
    }

    impl TokenLease for Behind {
        fn try_lease<'a>(
            &'a self,
            owner: &'a str,
            ttl: Duration,
        ) -> BoxFuture<'a, std::io::Result<bool>> {
            self.answer(self.store.try_lease(owner, ttl))
        }
        fn release_lease<'a>(&'a self, owner: &'a str) -> BoxFuture<'a, std::io::Result<()>> {
            self.answer(self.store.release_lease(owner))
        }
        fn load_access_token(&self) -> BoxFuture<'_, std::io::Result<Option<SharedAccessToken>>> {
            self.answer(self.store.load_access_token())
        }
        fn save_access_token<'a>(
            &'a self,
            t: &'a SharedAccessToken,
        ) -> BoxFuture<'a, std::io::Result<()>> {
            self.answer(self.store.save_access_token(t))
        }
    }

    #[tokio::test(start_paused = true)]
    async fn clients_sharing_a_store_make_one_fetch_and_use_each_others_token() {
        let script = Arc::new(Script::default());
        *script.delay.lock().unwrap() = Duration::from_millis(500);
        *script.rotate_to.lock().unwrap() = Some("refresh-1".into());
        let store = Arc::new(SharedFake::default());
        *store.token.lock().unwrap() = Some("refresh-0".into());
        let fleet: Vec<_> = (0..5).map(|_| manager(&script, store.clone())).collect();
        let got = futures::future::join_all(fleet.iter().map(|m| m.get())).await;
        for token in got {
            assert_eq!(secret_of(&token.unwrap()), "access-1");
        }
        assert_eq!(
            script.calls.load(Ordering::SeqCst),
            1,
            "one fetch for five clients"
        );
        assert_eq!(
            store.token.lock().unwrap().as_deref(),
            Some("refresh-1"),
            "rotated, saved"
        );
        assert!(
            store.lease.lock().unwrap().is_none(),
            "the lease is released"
        );
        // A 401 to the shared token: it is never adopted again; one fetch.
        for m in &fleet {
            let token = m.get().await.unwrap();
            assert!(m.on_unauthorized(Some(&token)));
        }
        let got = futures::future::join_all(fleet.iter().map(|m| m.get())).await;
        for token in got {
            assert_eq!(secret_of(&token.unwrap()), "access-2");
        }
        assert_eq!(script.calls.load(Ordering::SeqCst), 2);
        assert_eq!(*script.seen.lock().unwrap(), ["refresh-0", "refresh-1"]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_lease_held_by_a_dead_client_delays_the_others_only_until_it_expires() {
        let script = Arc::new(Script::default());
        let store = Arc::new(SharedFake::default());
        let ttl = Timing::default().fetch_timeout + Timing::default().store_timeout * 3;
        *store.lease.lock().unwrap() = Some(("dead".into(), Instant::now() + ttl));
        let started = Instant::now();
        let tokens = manager(&script, store.clone());
        let flight = tokens.get();
        // The call gives up at its wait (30 s) while the lease (60 s) holds.
        assert!(matches!(flight.await, Err(Error::TokenTimeout { .. })));
        // The refresh goes on in the background and takes the lease once it ends.
        tokio::time::advance(ttl.saturating_sub(started.elapsed())).await;
        settle().await;
        let token = tokens.get().await.expect("after the dead lease expired");
        assert_eq!(secret_of(&token), "access-1");
        assert!(
            started.elapsed() <= ttl + Duration::from_secs(1),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(script.calls.load(Ordering::SeqCst), 1);
    }

    /// The longest lease the wait outlasts: two of ours (a holder that died,
    /// then a replica that took the lease over and died too) is taken over
    /// by the last try, also when each lease answer takes longer than a poll
    /// (a busy Redis). Without a last try sent after the deadline, the try
    /// sent just before that lease expired is answered after the deadline
    /// and the call fails.
    #[tokio::test(start_paused = true)]
    async fn a_lease_held_for_the_whole_wait_is_taken_over_behind_a_slow_store() {
        let script = Arc::new(Script::default());
        let store = Arc::new(SharedFake::default());
        *store.lease_answer_delay.lock().unwrap() = Duration::from_millis(150);
        let timing = Timing {
            jitter: Duration::ZERO,
            wait: Duration::from_secs(10),
            fetch_timeout: Duration::from_secs(1),
            // Tries every 250 ms (a 150 ms answer and a 100 ms poll): the one
            // at 3.5 s finds the lease held until 3.53 s and is answered at
            // 3.65 s, past the deadline (3.63 s).
            store_timeout: Duration::from_millis(255),
            ..Timing::default()
        };
        let ttl = timing.fetch_timeout + timing.store_timeout * 3;
        *store.lease.lock().unwrap() = Some(("dead".into(), Instant::now() + ttl * 2));
        let tokens = manager_timed(&script, store.clone(), timing);
        let token = tokens
            .get()
            .await
            .expect("the last try took the expired lease");
        assert_eq!(secret_of(&token), "access-1");
        assert_eq!(script.calls.load(Ordering::SeqCst), 1);
    }

    /// Replicas waiting out a dead holder's lease: when it expires one of
    /// them takes the lease over and refreshes for all; the others wait for
    /// its token instead of failing as its refresh outlasts their first
    /// wait (a slow token service, a busy machine).
    #[tokio::test(start_paused = true)]
    async fn replicas_behind_a_dead_lease_wait_for_the_one_that_takes_it_over() {
        let script = Arc::new(Script::default());
        *script.delay.lock().unwrap() = Duration::from_millis(700);
        let store = Arc::new(SharedFake::default());
        let timing = Timing {
            jitter: Duration::ZERO,
            wait: Duration::from_secs(10),
            fetch_timeout: Duration::from_secs(1),
            store_timeout: Duration::from_millis(250),
            ..Timing::default()
        };
        let ttl = timing.fetch_timeout + timing.store_timeout * 3;
        *store.lease.lock().unwrap() = Some(("dead".into(), Instant::now() + ttl));
        let fleet: Vec<_> = (0..3)
            .map(|_| manager_timed(&script, store.clone(), timing))
            .collect();
        let got = futures::future::join_all(fleet.iter().map(|m| m.get())).await;
        for (i, token) in got.into_iter().enumerate() {
            let token = token.unwrap_or_else(|e| panic!("replica {i}: {e}"));
            assert_eq!(secret_of(&token), "access-1");
        }
        assert_eq!(script.calls.load(Ordering::SeqCst), 1, "one fetch for all");
    }

    /// A holder whose store answers slowly (each operation just within its
    /// bound) while the others' answer at once: its work before the
    /// `accessToken` call (the lease's answer, the shared token, the
    /// refresh token) must not eat into the time its call, save and
    /// publish need, or its lease expires before it publishes and a second
    /// replica calls the token service too.
    #[tokio::test(start_paused = true)]
    async fn a_holder_behind_a_slow_store_publishes_before_its_lease_expires() {
        let script = Arc::new(Script::default());
        *script.delay.lock().unwrap() = Duration::from_millis(900);
        *script.rotate_to.lock().unwrap() = Some("refresh-1".into());
        let store = Arc::new(SharedFake::default());
        *store.token.lock().unwrap() = Some("refresh-0".into());
        let timing = Timing {
            jitter: Duration::ZERO,
            wait: Duration::from_secs(10),
            fetch_timeout: Duration::from_secs(1),
            store_timeout: Duration::from_millis(250),
            ..Timing::default()
        };
        let replica = |delay| {
            TokenManager::new(
                Arc::new(script.clone()),
                Arc::new(Behind {
                    store: store.clone(),
                    delay,
                }),
                Arc::new(Endpoint::new(
                    Url::parse("http://tenant.invalid/").unwrap(),
                    EndpointPolicy::new(),
                )),
                None,
                timing,
            )
        };
        let slow = replica(Duration::from_millis(240));
        let fast = replica(Duration::ZERO);
        let first = tokio::spawn({
            let slow = slow.clone();
            async move { slow.get().await }
        });
        // The slow replica holds the lease from 0.24 s (its first look for
        // a shared token took 0.24 s) to 1.99 s.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let second = fast.get().await.expect("the fast replica");
        let first = first.await.unwrap().expect("the slow replica");
        assert_eq!(script.calls.load(Ordering::SeqCst), 1, "one fetch for both");
        assert_eq!(secret_of(&first), secret_of(&second));
        assert_eq!(store.token.lock().unwrap().as_deref(), Some("refresh-1"));
    }

    /// `token_timeouts(Duration::MAX, Duration::MAX)` ("no bound") with a
    /// shared store: the lease and the wait for it are as long as a clock
    /// can count, and the refresh runs.
    #[tokio::test(start_paused = true)]
    async fn unbounded_token_timeouts_with_a_shared_store_still_refresh() {
        let script = Arc::new(Script::default());
        let store = Arc::new(SharedFake::default());
        let timing = Timing {
            fetch_timeout: Duration::MAX,
            store_timeout: Duration::MAX,
            ..Timing::default()
        };
        let tokens = manager_timed(&script, store.clone(), timing);
        let token = tokens.get().await.expect("a token");
        assert_eq!(secret_of(&token), "access-1");
    }

    #[tokio::test(start_paused = true)]
    async fn a_rotation_saved_first_elsewhere_is_adopted_not_overwritten() {
        let script = Arc::new(Script::default());
        let store = Arc::new(SharedFake::default());
        *store.token.lock().unwrap() = Some("refresh-0".into());
        let tokens = manager(&script, store.clone());
        tokens.get().await.unwrap();
        // Another replica (whose lease this one outlived) saved its rotation.
        *store.token.lock().unwrap() = Some("theirs".into());
        // This client still refreshes with refresh-0 (its store read raced).
        *script.rotate_to.lock().unwrap() = Some("mine".into());
        let manager_state_token = tokens.refresh_token_in_memory().unwrap();
        assert_eq!(manager_state_token.expose_secret(), "refresh-0");
        tokens
            .keep_rotated(
                &SecretString::from("refresh-0".to_owned()),
                SecretString::from("mine".to_owned()),
            )
            .await;
        assert_eq!(
            store.token.lock().unwrap().as_deref(),
            Some("theirs"),
            "not overwritten"
        );
        assert_eq!(
            tokens.refresh_token_in_memory().unwrap().expose_secret(),
            "theirs"
        );
        assert!(!tokens.status().unsaved_refresh_token);
    }

    /// A lease call that errs, panics or hangs: a typed `TokenStore`
    /// (`Lease`) error within the store bound, no refresh (a rotation could
    /// not be saved), and a token once the store is back.
    #[tokio::test(start_paused = true)]
    async fn without_the_shared_store_no_refresh_starts() {
        for fault in ["error", "panic", "hang"] {
            let script = Arc::new(Script::default());
            let store = Arc::new(SharedFake::default());
            *store.token.lock().unwrap() = Some("refresh-0".into());
            *store.lease_fault.lock().unwrap() = Some(fault);
            let tokens = manager(&script, store.clone());
            let started = Instant::now();
            let err = tokens.get().await.unwrap_err();
            assert!(
                matches!(
                    &err,
                    Error::TokenStore {
                        operation: StoreOperation::Lease,
                        ..
                    }
                ),
                "{fault}: {err}"
            );
            assert!(err.to_string().contains("not refreshed"), "{fault}: {err}");
            assert!(
                started.elapsed() <= Timing::default().store_timeout,
                "{fault}: waited {:?}",
                started.elapsed()
            );
            assert_eq!(
                script.calls.load(Ordering::SeqCst),
                0,
                "{fault}: no rotation without a durable write"
            );
            *store.lease_fault.lock().unwrap() = None;
            tokio::time::advance(Duration::from_secs(2)).await;
            assert_eq!(
                secret_of(&tokens.get().await.unwrap()),
                "access-1",
                "{fault}"
            );
        }
    }

    #[test]
    fn credentials_debug_hides_secrets() {
        let c = Credentials::new(
            "app",
            SecretString::from("app-secret-xyz".to_owned()),
            Some(SecretString::from("refresh-xyz".to_owned())),
        );
        let debug = format!("{c:?}");
        assert!(
            !debug.contains("app-secret-xyz") && !debug.contains("refresh-xyz"),
            "{debug}"
        );
    }
}
