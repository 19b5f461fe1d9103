//! Configures a [`KaizalaClient`](crate::KaizalaClient): credentials or an OAuth grant, the token
//! store, timing, retries, pacing, the endpoint policy and body limit.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use kaizala_api::endpoint::{Endpoint, EndpointPolicy};
use kaizala_api::runtime::{
    self, DEFAULT_MAX_RESPONSE_BODY, HttpClient, RateBudget, RateLimit, RetryPolicy, Runtime,
    Throttle,
};
use secrecy::SecretString;

use crate::Error;
use crate::store::{InMemoryStore, TokenStore};
use crate::token::{Credentials, RefreshingToken, Timing, TokenManager, TokenSource};
use crate::token_service::{ApiTokenSource, OAuthTokenSource};

/// Configures a [`KaizalaClient`](crate::KaizalaClient).
pub struct KaizalaClientBuilder {
    credentials: Option<Credentials>,
    store: Option<Arc<dyn TokenStore>>,
    retry: RetryPolicy,
    auth_root: String,
    http: Option<HttpClient>,
    timing: Timing,
    rate_limit: Option<RateLimit>,
    connector_budget: Option<Arc<RateBudget>>,
    tenant_budget: Option<Arc<RateBudget>>,
    throttle_all_calls: bool,
    endpoint_policy: EndpointPolicy,
    max_response_body: u64,
    oauth_grant: Option<crate::oauth::OAuthGrant>,
}

impl fmt::Debug for KaizalaClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KaizalaClientBuilder")
            .field("credentials", &self.credentials)
            .field("store", &self.store)
            .field("retry", &self.retry)
            .field("auth_root", &self.auth_root)
            .field("rate_limit", &self.rate_limit)
            .field("throttle_all_calls", &self.throttle_all_calls)
            .field("endpoint_policy", &self.endpoint_policy)
            .field("max_response_body", &self.max_response_body)
            .finish_non_exhaustive()
    }
}

impl Default for KaizalaClientBuilder {
    fn default() -> Self {
        Self {
            credentials: None,
            store: None,
            retry: RetryPolicy::default(),
            auth_root: std::env::var(AUTH_ROOT_ENV)
                .ok()
                .filter(|v| !v.trim().is_empty())
                .unwrap_or_else(|| runtime::AUTH_ROOT.to_owned()),
            http: None,
            timing: Timing::default(),
            rate_limit: Some(RateLimit::PER_CONNECTOR),
            connector_budget: None,
            tenant_budget: None,
            throttle_all_calls: false,
            endpoint_policy: EndpointPolicy::default(),
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            oauth_grant: None,
        }
    }
}

/// The environment variable that sets the builder's default auth root (the
/// emulator's `export` lines set it): `KAIZALA_AUTH_ROOT`. An explicit
/// [`KaizalaClientBuilder::auth_root`] wins.
pub const AUTH_ROOT_ENV: &str = "KAIZALA_AUTH_ROOT";

impl KaizalaClientBuilder {
    /// Starts configuring a client; `KaizalaClient::builder()` (with
    /// [`KaizalaClientExt`](crate::KaizalaClientExt) in scope) does the same.
    /// The auth root is `KAIZALA_AUTH_ROOT` when that variable is set
    /// ([`AUTH_ROOT_ENV`]), else Kaizala's.
    pub fn new() -> Self {
        Self::default()
    }

    /// Uses the access token of an OAuth authorization-code grant
    /// ([`crate::oauth`]) instead of connector credentials: every call gets
    /// the same token, endpoint moves, throttling, retries and typed errors;
    /// once it expires calls fail with [`Error::ReauthorizationRequired`]
    /// (the flow has no refresh token). No token store is used.
    pub fn oauth_grant(mut self, grant: crate::oauth::OAuthGrant) -> Self {
        self.oauth_grant = Some(grant);
        self
    }

    /// The connector's credentials (required unless an
    /// [`oauth_grant`](Self::oauth_grant) is given).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Where the refresh token is kept (default: in memory only; use a
    /// [`FileStore`](crate::FileStore) for anything that runs for long).
    pub fn token_store(mut self, store: impl TokenStore) -> Self {
        self.store = Some(Arc::new(store));
        self
    }

    /// A shared token store.
    pub fn shared_token_store(mut self, store: Arc<dyn TokenStore>) -> Self {
        self.store = Some(store);
        self
    }

    /// The retry policy (default: [`RetryPolicy::default`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Where the authentication operations go (default: `KAIZALA_AUTH_ROOT`
    /// if set, else `https://api.kaiza.la/v1`; an emulator or test server
    /// otherwise).
    pub fn auth_root(mut self, url: impl Into<String>) -> Self {
        self.auth_root = url.into();
        self
    }

    /// The HTTP client (default: [`HttpClient::new`]), for a proxy, a root
    /// certificate, other timeouts: an [`HttpClient`] cannot follow
    /// redirects, as 308 endpoint moves are the runtime's to judge.
    pub fn http_client(mut self, http: HttpClient) -> Self {
        self.http = Some(http);
        self
    }

    /// How long before expiry the access token is refreshed (default 5 min),
    /// and the random extra on top, so a fleet does not refresh at once
    /// (default up to 30 s).
    pub fn refresh_before_expiry(mut self, buffer: Duration, jitter: Duration) -> Self {
        self.timing.buffer = buffer;
        self.timing.jitter = jitter;
        self
    }

    /// How long a call without a valid access token waits for one (default
    /// 30 s) before it fails with [`Error::TokenTimeout`]. While the cached
    /// token is valid no call waits: refreshes run in the background.
    pub fn token_wait(mut self, wait: Duration) -> Self {
        self.timing.wait = wait;
        self
    }

    /// The longest one `accessToken` call (default 30 s) and one token-store
    /// load or save (default 10 s) may take, whatever the HTTP client's or
    /// the store's own timeouts.
    pub fn token_timeouts(mut self, fetch: Duration, store: Duration) -> Self {
        self.timing.fetch_timeout = fetch;
        self.timing.store_timeout = store;
        self
    }

    /// Which hosts tenant calls may move to (default
    /// [`EndpointPolicy::new`]: the auth root's host, the host in use, the
    /// service's tenant domains when the auth root is the service's,
    /// loopback only for a loopback auth root).
    pub fn endpoint_policy(mut self, policy: EndpointPolicy) -> Self {
        self.endpoint_policy = policy;
        self
    }

    /// The largest response body read, in bytes (default 8 MiB); a larger
    /// one fails with [`Error::ResponseTooLarge`] without being held in
    /// memory.
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.max_response_body = bytes;
        self
    }

    /// The per-connector pace (default [`RateLimit::PER_CONNECTOR`], 100
    /// calls per minute). It applies to the bulk helpers and paging streams,
    /// and to every call with [`throttle_all_calls`](Self::throttle_all_calls).
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// No client-side pacing at all, not even for the bulk helpers (429s are
    /// still waited out per the [`RetryPolicy`]).
    pub fn no_rate_limit(mut self) -> Self {
        self.rate_limit = None;
        self.connector_budget = None;
        self.tenant_budget = None;
        self
    }

    /// A per-connector budget shared with other clients of the same
    /// connector (instead of one of [`rate_limit`](Self::rate_limit)).
    pub fn connector_budget(mut self, budget: Arc<RateBudget>) -> Self {
        self.connector_budget = Some(budget);
        self
    }

    /// A per-tenant budget shared by the clients of one tenant (e.g.
    /// [`RateBudget::per_tenant`]); each paced call also takes one from it.
    pub fn tenant_budget(mut self, budget: Arc<RateBudget>) -> Self {
        self.tenant_budget = Some(budget);
        self
    }

    /// Paces every call, not only the bulk helpers and streams (default off).
    pub fn throttle_all_calls(mut self, on: bool) -> Self {
        self.throttle_all_calls = on;
        self
    }

    /// Builds the client. Nothing is fetched until the first call.
    pub fn build(self) -> Result<kaizala_api::Client, Error> {
        let credentials = match (&self.credentials, &self.oauth_grant) {
            (Some(credentials), _) => credentials.clone(),
            // The OAuth source sends no credentials; this placeholder stands
            // in for the refresh token the lifecycle keeps, and goes nowhere.
            (None, Some(_)) => Credentials::new(
                "oauth",
                SecretString::from("unused".to_owned()),
                Some(SecretString::from("oauth-grant".to_owned())),
            ),
            (None, None) => {
                return Err(Error::invalid_input(
                    "credentials (or an OAuth grant) are required",
                ));
            }
        };
        if credentials.application_id.trim().is_empty() {
            return Err(Error::invalid_input("the application id is empty"));
        }
        let auth_root = self.auth_root.trim().trim_end_matches('/').to_owned();
        let auth_root_url = runtime::parse_auth_root(&auth_root)?;
        let http = match self.http {
            Some(http) => http,
            None => HttpClient::new().map_err(Error::transport)?,
        };
        let store: Arc<dyn TokenStore> = match (&self.oauth_grant, self.store) {
            (Some(_), _) => Arc::new(InMemoryStore::new()),
            (None, Some(store)) => store,
            (None, None) => Arc::new(InMemoryStore::new()),
        };
        // The token service's client: the same runtime, no identity, one
        // attempt per `accessToken` call (the token lifecycle paces those).
        let auth_client = kaizala_api::Client::with_runtime(
            Runtime::builder()
                .http_client(http.clone())
                .retry(RetryPolicy::disabled())
                .max_response_body(self.max_response_body)
                .build(&auth_root)?,
        );
        let source = ApiTokenSource {
            api: auth_client,
            application_id: credentials.application_id.clone(),
            application_secret: credentials.application_secret.clone(),
        };
        let endpoint = Arc::new(Endpoint::new(auth_root_url, self.endpoint_policy));
        let source: Arc<dyn TokenSource> = match self.oauth_grant {
            Some(grant) => Arc::new(OAuthTokenSource(grant)),
            None => Arc::new(source),
        };
        let tokens = TokenManager::new(
            source,
            store,
            endpoint.clone(),
            credentials.refresh_token.clone(),
            self.timing,
        );
        let connector = self.connector_budget.or_else(|| {
            self.rate_limit
                .map(|limit| RateBudget::named("connector", limit))
        });
        let mut runtime = Runtime::builder()
            .http_client(http)
            .identity(Arc::new(RefreshingToken(tokens)))
            .endpoint(endpoint)
            .max_response_body(self.max_response_body);
        if let Some(connector) = connector {
            runtime = runtime.throttle(Throttle {
                max_pause: self.retry.max_retry_after,
                connector,
                tenant: self.tenant_budget,
                all_calls: self.throttle_all_calls,
            });
        }
        let runtime = runtime.retry(self.retry).build(&auth_root)?;
        Ok(kaizala_api::Client::with_runtime(runtime))
    }
}
