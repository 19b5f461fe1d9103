//! The access token: fetched lazily, cached, refreshed ahead of expiry by a
//! single flight, rotated refresh tokens saved before use.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures::FutureExt;
use futures::future::{BoxFuture, Shared};
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use tokio::time::Instant;

use crate::Error;
use crate::store::TokenStore;

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
    /// and, optionally, `KAIZALA_REFRESH_TOKEN`.
    pub fn from_env() -> Result<Self, Error> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let application_id = var("KAIZALA_APPLICATION_ID").ok_or_else(|| {
            Error::invalid_input("set KAIZALA_APPLICATION_ID to the connector id")
        })?;
        let application_secret = var("KAIZALA_APPLICATION_SECRET").ok_or_else(|| {
            Error::invalid_input("set KAIZALA_APPLICATION_SECRET to the connector secret")
        })?;
        Ok(Self::new(
            application_id,
            SecretString::from(application_secret),
            var("KAIZALA_REFRESH_TOKEN").map(SecretString::from),
        ))
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
/// client without the refreshing layer; tests script it.
pub(crate) trait TokenSource: Send + Sync + 'static {
    fn fetch(&self, refresh_token: SecretString) -> BoxFuture<'static, Result<Grant, Error>>;
}

/// A cached access token.
pub(crate) struct Token {
    pub secret: SecretString,
    /// The `accessToken` header value, marked sensitive, prepared once;
    /// `None` when the token cannot be a header value (reported on use).
    pub header: Option<HeaderValue>,
    pub endpoint_url: String,
    /// The tenant base URL of `endpoint_url`.
    pub tenant_base: Arc<str>,
    pub expires_at: Instant,
    pub refresh_at: Instant,
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("secret", &"[redacted]")
            .field("endpoint_url", &self.endpoint_url)
            .field("tenant_base", &self.tenant_base)
            .field("expires_at", &self.expires_at)
            .field("refresh_at", &self.refresh_at)
            .finish()
    }
}

/// When tokens are refreshed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timing {
    /// Refresh this long before expiry.
    pub buffer: Duration,
    /// Plus up to this much more, at random, so a fleet does not refresh at once.
    pub jitter: Duration,
    /// After a failed refresh while the token is still valid, keep using it
    /// this long before trying again.
    pub cooldown: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            buffer: Duration::from_secs(300),
            jitter: Duration::from_secs(30),
            cooldown: Duration::from_secs(5),
        }
    }
}

type Flight = Shared<BoxFuture<'static, Result<Arc<Token>, Error>>>;

#[derive(Default)]
struct State {
    token: Option<Arc<Token>>,
    /// The refresh token in use (after the first load).
    refresh_token: Option<SecretString>,
    /// A rotated refresh token whose save failed, with the access token that
    /// came with it.
    unsaved: Option<(SecretString, Arc<Token>)>,
    flight: Option<Flight>,
    retry_not_before: Option<Instant>,
    /// A base URL a 308 moved us to, until a token names another endpoint.
    moved_base: Option<Arc<str>>,
    /// The `endpointUrl` of the last token.
    last_endpoint: Option<String>,
}

/// Owns the access token.
pub(crate) struct TokenManager {
    source: Arc<dyn TokenSource>,
    store: Arc<dyn TokenStore>,
    initial_refresh_token: Option<SecretString>,
    timing: Timing,
    state: Mutex<State>,
}

impl fmt::Debug for TokenManager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenManager")
            .field("store", &self.store)
            .field("timing", &self.timing)
            .finish_non_exhaustive()
    }
}

impl TokenManager {
    pub(crate) fn new(
        source: Arc<dyn TokenSource>,
        store: Arc<dyn TokenStore>,
        initial_refresh_token: Option<SecretString>,
        timing: Timing,
    ) -> Arc<Self> {
        Arc::new(Self {
            source,
            store,
            initial_refresh_token,
            timing,
            state: Mutex::new(State::default()),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A valid access token: the cached one, or a fresh one from the single
    /// refresh in flight.
    pub(crate) async fn get(self: &Arc<Self>) -> Result<Arc<Token>, Error> {
        let flight = {
            let mut state = self.lock();
            let now = Instant::now();
            if let Some(token) = &state.token {
                if now < token.refresh_at {
                    return Ok(token.clone());
                }
                // A rotated token waiting to be saved is retried at once.
                let cooling =
                    state.unsaved.is_none() && state.retry_not_before.is_some_and(|t| now < t);
                if cooling && now < token.expires_at {
                    return Ok(token.clone());
                }
            }
            match &state.flight {
                Some(flight) => flight.clone(),
                None => {
                    let this = self.clone();
                    // Spawned: a caller that gives up must not abort a
                    // refresh halfway through saving a rotated token.
                    let task = tokio::spawn(async move { this.refresh().await });
                    let flight = async move {
                        task.await.unwrap_or_else(|e| {
                            Err(Error::Auth {
                                message: format!("the token refresh task failed: {e}"),
                                retryable: true,
                            })
                        })
                    }
                    .boxed()
                    .shared();
                    state.flight = Some(flight.clone());
                    flight
                }
            }
        };
        match flight.await {
            Ok(token) => Ok(token),
            // A failed save of a rotated refresh token is always surfaced:
            // silently carrying on would lose the connector in a year.
            Err(error @ Error::TokenStore { .. }) => Err(error),
            Err(error) => {
                let state = self.lock();
                match &state.token {
                    Some(token) if Instant::now() < token.expires_at => {
                        tracing::warn!(error = %error, "token refresh failed; the current access token is still valid and stays in use");
                        Ok(token.clone())
                    }
                    _ => Err(error),
                }
            }
        }
    }

    async fn refresh(self: Arc<Self>) -> Result<Arc<Token>, Error> {
        let result = self.fetch_new().await;
        let mut state = self.lock();
        state.flight = None;
        match &result {
            Ok(token) => {
                let moved_elsewhere = state
                    .last_endpoint
                    .as_ref()
                    .is_some_and(|old| *old != token.endpoint_url);
                if moved_elsewhere {
                    state.moved_base = None;
                }
                state.last_endpoint = Some(token.endpoint_url.clone());
                state.token = Some(token.clone());
                state.retry_not_before = None;
            }
            Err(error) => {
                tracing::warn!(error = %error, "access token refresh failed");
                state.retry_not_before = Some(Instant::now() + self.timing.cooldown);
            }
        }
        result
    }

    async fn fetch_new(&self) -> Result<Arc<Token>, Error> {
        // A rotated refresh token that could not be saved: save it first.
        let unsaved = self.lock().unsaved.clone();
        if let Some((refresh_token, token)) = unsaved {
            self.store
                .save(&refresh_token)
                .await
                .map_err(|e| Error::store("saving the rotated refresh token again failed", e))?;
            self.lock().unsaved = None;
            tracing::info!("rotated refresh token saved");
            if Instant::now() < token.refresh_at {
                return Ok(token);
            }
        }

        let current = self.lock().refresh_token.clone();
        let refresh_token = match current {
            Some(token) => token,
            None => {
                let stored = self
                    .store
                    .load()
                    .await
                    .map_err(|e| Error::store("loading the refresh token failed", e))?;
                let token = stored
                    .or_else(|| self.initial_refresh_token.clone())
                    .ok_or_else(|| Error::Auth {
                        message:
                            "no refresh token: pass one in the credentials or the token store \
                                  (run the PIN flow once to get one)"
                                .to_owned(),
                        retryable: false,
                    })?;
                self.lock().refresh_token = Some(token.clone());
                token
            }
        };

        let grant = self.source.fetch(refresh_token.clone()).await?;
        let token = Arc::new(self.token_from(&grant)?);

        let rotated = grant.refresh_token.filter(|new| {
            !new.expose_secret().is_empty() && new.expose_secret() != refresh_token.expose_secret()
        });
        if let Some(new) = rotated {
            // Kept in memory whatever happens to the save.
            self.lock().refresh_token = Some(new.clone());
            if let Err(e) = self.store.save(&new).await {
                self.lock().unsaved = Some((new, token));
                return Err(Error::store("saving the rotated refresh token failed", e));
            }
            tracing::info!("refresh token rotated and saved");
        }
        Ok(token)
    }

    fn token_from(&self, grant: &Grant) -> Result<Token, Error> {
        let now = Instant::now();
        let expiry =
            UNIX_EPOCH + Duration::from_millis(u64::try_from(grant.expiry_ms).unwrap_or(0));
        let lifetime = expiry.duration_since(SystemTime::now()).unwrap_or_default();
        if lifetime.is_zero() {
            return Err(Error::Auth {
                message: "the token service returned an access token that has already expired; \
                          check this machine's clock"
                    .to_owned(),
                retryable: true,
            });
        }
        let jitter_ns = u64::try_from(self.timing.jitter.as_nanos()).unwrap_or(u64::MAX);
        let early = self.timing.buffer + Duration::from_nanos(fastrand::u64(0..=jitter_ns));
        let refresh_in = if lifetime > early.saturating_mul(2) {
            lifetime - early
        } else {
            lifetime / 2
        };
        Ok(Token {
            secret: grant.access_token.clone(),
            header: kaizala_api::layer::access_token_value(&grant.access_token).ok(),
            endpoint_url: grant.endpoint_url.clone(),
            tenant_base: crate::tenant_base_url(&grant.endpoint_url).into(),
            expires_at: now + lifetime,
            refresh_at: now + refresh_in,
        })
    }

    /// Drops the cached token if it is the one that was `sent` (a 401).
    pub(crate) fn invalidate(&self, sent: Option<&str>) {
        let mut state = self.lock();
        let matches = match (&state.token, sent) {
            (Some(token), Some(sent)) => token.secret.expose_secret() == sent,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if matches {
            state.token = None;
            state.retry_not_before = None;
        }
    }

    /// Where non-auth calls go: the moved base, or the token's endpoint.
    pub(crate) fn base(&self, token: &Token) -> Arc<str> {
        let state = self.lock();
        match &state.moved_base {
            Some(base) => base.clone(),
            None => token.tenant_base.clone(),
        }
    }

    /// A 308 moved the endpoint.
    pub(crate) fn set_moved_base(&self, base: String) {
        tracing::info!(base = %base, "the tenant endpoint moved; later calls go to the new base");
        self.lock().moved_base = Some(base.into());
    }

    #[cfg(test)]
    pub(crate) fn refresh_token_in_memory(&self) -> Option<SecretString> {
        self.lock().refresh_token.clone()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::store::InMemoryStore;

    pub(crate) fn epoch_ms_in(d: Duration) -> i64 {
        (SystemTime::now() + d)
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64
    }

    /// A scripted token service.
    #[derive(Default)]
    pub(crate) struct Script {
        pub calls: AtomicUsize,
        pub fail: Mutex<Vec<bool>>,
        pub rotate_to: Mutex<Option<String>>,
        pub delay: Mutex<Duration>,
        pub lifetime: Mutex<Option<Duration>>,
        pub seen: Mutex<Vec<String>>,
    }

    impl TokenSource for Arc<Script> {
        fn fetch(&self, refresh_token: SecretString) -> BoxFuture<'static, Result<Grant, Error>> {
            let this = self.clone();
            Box::pin(async move {
                let n = this.calls.fetch_add(1, Ordering::SeqCst) + 1;
                this.seen
                    .lock()
                    .unwrap()
                    .push(refresh_token.expose_secret().to_owned());
                let delay = *this.delay.lock().unwrap();
                if !delay.is_zero() {
                    tokio::time::sleep(delay).await;
                }
                let fail = {
                    let mut f = this.fail.lock().unwrap();
                    if f.is_empty() { false } else { f.remove(0) }
                };
                if fail {
                    return Err(Error::Transport {
                        message: "scripted failure".into(),
                        source: None,
                    });
                }
                let lifetime = this
                    .lifetime
                    .lock()
                    .unwrap()
                    .unwrap_or(Duration::from_secs(24 * 3600));
                Ok(Grant {
                    access_token: SecretString::from(format!("access-{n}")),
                    endpoint_url: "http://tenant.invalid/".into(),
                    expiry_ms: epoch_ms_in(lifetime),
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

    fn manager(script: &Arc<Script>, store: Arc<dyn TokenStore>) -> Arc<TokenManager> {
        TokenManager::new(
            Arc::new(script.clone()),
            store,
            Some(SecretString::from("refresh-0".to_owned())),
            Timing {
                jitter: Duration::ZERO,
                ..Timing::default()
            },
        )
    }

    #[tokio::test(start_paused = true)]
    async fn lazy_cached_and_refreshed_before_expiry() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        assert_eq!(script.calls.load(Ordering::SeqCst), 0, "fetched lazily");
        let t1 = tokens.get().await.unwrap();
        let t2 = tokens.get().await.unwrap();
        assert_eq!(script.calls.load(Ordering::SeqCst), 1, "cached");
        assert_eq!(t1.secret.expose_secret(), t2.secret.expose_secret());
        // 4 minutes before expiry (inside the 5-minute buffer): refreshed.
        tokio::time::advance(Duration::from_secs(24 * 3600 - 240)).await;
        let t3 = tokens.get().await.unwrap();
        assert_eq!(script.calls.load(Ordering::SeqCst), 2);
        assert_eq!(t3.secret.expose_secret(), "access-2");
    }

    #[tokio::test(start_paused = true)]
    async fn refresh_jitter_stays_within_buffer_and_jitter() {
        let script = Arc::new(Script::default());
        let tokens = TokenManager::new(
            Arc::new(script.clone()),
            Arc::new(InMemoryStore::new()),
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
    async fn failed_refresh_keeps_valid_token_and_does_not_poison() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        tokens.get().await.unwrap();
        tokio::time::advance(Duration::from_secs(24 * 3600 - 120)).await;
        script.fail.lock().unwrap().push(true);
        let t = tokens.get().await.expect("still-valid token keeps working");
        assert_eq!(t.secret.expose_secret(), "access-1");
        assert_eq!(script.calls.load(Ordering::SeqCst), 2);
        tokio::time::advance(Duration::from_secs(6)).await;
        let t = tokens.get().await.unwrap();
        assert_eq!(
            t.secret.expose_secret(),
            "access-3",
            "the next call tried again"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn failure_without_valid_token_errors_then_next_call_retries() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        script.fail.lock().unwrap().push(true);
        assert!(tokens.get().await.is_err());
        let t = tokens.get().await.expect("not poisoned");
        assert_eq!(t.secret.expose_secret(), "access-2");
    }

    #[tokio::test(start_paused = true)]
    async fn expired_token_is_never_returned() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        tokens.get().await.unwrap();
        tokio::time::advance(Duration::from_secs(24 * 3600 + 1)).await;
        script.fail.lock().unwrap().push(true);
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
    async fn rotation_saved_before_use_and_kept_when_save_fails() {
        #[derive(Debug, Default)]
        struct Flaky {
            fail: Mutex<bool>,
            saved: Mutex<Vec<String>>,
        }
        impl TokenStore for Flaky {
            fn load(&self) -> BoxFuture<'_, std::io::Result<Option<SecretString>>> {
                Box::pin(async { Ok(None) })
            }
            fn save<'a>(&'a self, t: &'a SecretString) -> BoxFuture<'a, std::io::Result<()>> {
                Box::pin(async move {
                    if *self.fail.lock().unwrap() {
                        return Err(std::io::Error::other("disk full"));
                    }
                    self.saved
                        .lock()
                        .unwrap()
                        .push(t.expose_secret().to_owned());
                    Ok(())
                })
            }
        }
        let script = Arc::new(Script::default());
        let store = Arc::new(Flaky::default());
        let tokens = manager(&script, store.clone());
        *script.rotate_to.lock().unwrap() = Some("refresh-1".into());
        *store.fail.lock().unwrap() = true;
        let err = tokens
            .get()
            .await
            .expect_err("unsaved rotation must surface");
        assert!(matches!(err, Error::TokenStore { .. }), "{err}");
        assert!(!err.to_string().contains("refresh-1"));
        assert_eq!(
            tokens.refresh_token_in_memory().unwrap().expose_secret(),
            "refresh-1",
            "the rotated token stays in memory"
        );
        // The save is retried on the next call, then the token is used.
        *store.fail.lock().unwrap() = false;
        let t = tokens.get().await.unwrap();
        assert_eq!(t.secret.expose_secret(), "access-1");
        assert_eq!(*store.saved.lock().unwrap(), vec!["refresh-1".to_owned()]);
        assert_eq!(script.calls.load(Ordering::SeqCst), 1);
        // An empty refreshToken keeps the current one.
        *script.rotate_to.lock().unwrap() = Some(String::new());
        tokio::time::advance(Duration::from_secs(24 * 3600 - 60)).await;
        tokens.get().await.unwrap();
        assert_eq!(script.seen.lock().unwrap().last().unwrap(), "refresh-1");
        assert_eq!(
            tokens.refresh_token_in_memory().unwrap().expose_secret(),
            "refresh-1"
        );
        assert_eq!(store.saved.lock().unwrap().len(), 1);
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

    #[tokio::test(start_paused = true)]
    async fn invalidate_forces_a_refresh() {
        let script = Arc::new(Script::default());
        let tokens = manager(&script, Arc::new(InMemoryStore::new()));
        tokens.get().await.unwrap();
        tokens.invalidate(Some("someone-else"));
        assert_eq!(
            tokens.get().await.unwrap().secret.expose_secret(),
            "access-1"
        );
        tokens.invalidate(Some("access-1"));
        assert_eq!(
            tokens.get().await.unwrap().secret.expose_secret(),
            "access-2"
        );
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
