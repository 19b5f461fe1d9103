//! The client, its builder, the layer it plugs into `kaizala-api`, and the
//! PIN flow.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use kaizala_api::layer::{self, Layer, LayerError, RequestContext};
use kaizala_api::operations::Operation;
use kaizala_api::types;
use secrecy::{ExposeSecret, SecretString};

use crate::Error;
use crate::endpoint::{Endpoint, EndpointPolicy};
use crate::limits::DEFAULT_MAX_RESPONSE_BODY;
use crate::media::{self, Media, MediaKind};
use crate::pipeline::{self, Pipeline};
use crate::retry::{OpInfo, RetryPolicy};
use crate::store::{InMemoryStore, TokenStore};
use crate::throttle::{RateBudget, RateLimit, Throttle};
use crate::token::{Credentials, Grant, Timing, TokenManager, TokenSource, TokenStatus};

/// A Kaizala client that keeps itself authorised. It dereferences to the
/// generated [`kaizala_api::Client`], so every operation of the API is a
/// method on it; each call gets a valid access token, goes to the tenant
/// endpoint, follows endpoint moves and is retried per the [`RetryPolicy`].
///
/// ```no_run
/// # async fn demo() -> Result<(), kaizala_ext::Error> {
/// use kaizala_ext::{Credentials, FileStore, KaizalaClient};
///
/// let client = KaizalaClient::builder()
///     .credentials(Credentials::from_env()?)
///     .token_store(FileStore::new("/var/lib/my-connector/refresh-token"))
///     .build()?;
/// let groups = client.list_groups().send().await?;
/// println!("{} groups", groups.groups.len());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct KaizalaClient {
    api: kaizala_api::Client,
    pipeline: Pipeline,
}

impl fmt::Debug for KaizalaClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KaizalaClient")
            .field(
                "auth_root",
                &progenitor_client::ClientInfo::baseurl(&self.api),
            )
            .field("retry", &self.pipeline.policy)
            .finish_non_exhaustive()
    }
}

impl Deref for KaizalaClient {
    type Target = kaizala_api::Client;

    fn deref(&self) -> &kaizala_api::Client {
        &self.api
    }
}

/// Which Action a media file is sent as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaAction {
    /// `Image` (jpg, jpeg, png).
    Image,
    /// `Album` (jpg, jpeg, png).
    Album,
    /// `Audio` (mp3, wav).
    Audio,
    /// `Document` (doc, docx, xls, xlsx, ppt, pptx, pdf).
    Document,
    /// `Video` (mp4, 3gpp).
    Video,
}

impl From<MediaKind> for MediaAction {
    fn from(kind: MediaKind) -> Self {
        match kind {
            MediaKind::Image => MediaAction::Image,
            MediaKind::Audio => MediaAction::Audio,
            MediaKind::Document => MediaAction::Document,
            MediaKind::Video => MediaAction::Video,
        }
    }
}

impl KaizalaClient {
    /// Starts configuring a client.
    pub fn builder() -> KaizalaClientBuilder {
        KaizalaClientBuilder::default()
    }

    /// The generated client (also reachable through `Deref`).
    pub fn api(&self) -> &kaizala_api::Client {
        &self.api
    }

    /// Where the token lifecycle stands: whether a rotated refresh token is
    /// still unsaved, whether the service refused the refresh token, the
    /// last refresh failure. Poll it from a health check.
    pub fn token_status(&self) -> TokenStatus {
        self.pipeline.tokens.status()
    }

    /// The per-connector budget this client paces to, unless pacing is off.
    pub fn connector_budget(&self) -> Option<&Arc<RateBudget>> {
        self.pipeline.throttle.as_ref().map(|t| &t.connector)
    }

    /// The shared per-tenant budget, if one was given.
    pub fn tenant_budget(&self) -> Option<&Arc<RateBudget>> {
        self.pipeline
            .throttle
            .as_ref()
            .and_then(|t| t.tenant.as_ref())
    }

    /// Uploads a media file (`POST /media`), streamed, through the same
    /// token, endpoint and throttling handling as every other call, and
    /// returns its `mediaResource`.
    pub async fn upload_media(&self, media: &Media) -> Result<String, Error> {
        media::upload(&self.pipeline, media).await
    }

    /// Sends an uploaded `media_resource` to a group as an `action`.
    pub async fn send_media(
        &self,
        group_id: &str,
        action: MediaAction,
        media_resource: String,
        caption: Option<String>,
    ) -> Result<types::SendActionResponse, Error> {
        let action_body = types::MediaBody {
            caption,
            media_resource,
        };
        let request = match action {
            MediaAction::Image => types::ActionRequest::Image {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Album => types::ActionRequest::Album {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Audio => types::ActionRequest::Audio {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Document => types::ActionRequest::Document {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Video => types::ActionRequest::Video {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
        };
        let group: types::SendActionGroupId = group_id
            .parse()
            .map_err(|e| Error::invalid_input(format!("group id {group_id:?}: {e}")))?;
        match self
            .api
            .send_action()
            .group_id(group)
            .body(types::SendActionRequest::Request(request))
            .send()
            .await
        {
            Ok(response) => Ok(response.into_inner()),
            Err(e) => Err(Error::from_api(e).await),
        }
    }

    /// Uploads `media` and sends it to a group as the Action its type calls
    /// for (Image, Audio, Document or Video).
    pub async fn upload_and_send(
        &self,
        group_id: &str,
        media: &Media,
        caption: Option<String>,
    ) -> Result<types::SendActionResponse, Error> {
        let resource = self.upload_media(media).await?;
        self.send_media(group_id, media.kind().into(), resource, caption)
            .await
    }
}

/// Configures a [`KaizalaClient`].
pub struct KaizalaClientBuilder {
    credentials: Option<Credentials>,
    store: Option<Arc<dyn TokenStore>>,
    retry: RetryPolicy,
    auth_root: String,
    http: Option<reqwest::Client>,
    timing: Timing,
    rate_limit: Option<RateLimit>,
    connector_budget: Option<Arc<RateBudget>>,
    tenant_budget: Option<Arc<RateBudget>>,
    throttle_all_calls: bool,
    endpoint_policy: EndpointPolicy,
    max_response_body: u64,
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
            auth_root: layer::AUTH_ROOT.to_owned(),
            http: None,
            timing: Timing::default(),
            rate_limit: Some(RateLimit::PER_CONNECTOR),
            connector_budget: None,
            tenant_budget: None,
            throttle_all_calls: false,
            endpoint_policy: EndpointPolicy::default(),
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
        }
    }
}

impl KaizalaClientBuilder {
    /// The connector's credentials (required).
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

    /// Where the authentication operations go (default
    /// `https://api.kaiza.la/v1`; an emulator or test server otherwise).
    pub fn auth_root(mut self, url: impl Into<String>) -> Self {
        self.auth_root = url.into();
        self
    }

    /// The HTTP client (default: [`kaizala_api::layer::http_client`]). It
    /// must not follow redirects: 308 endpoint moves are handled here.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
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
    /// [`EndpointPolicy::new`]: the auth root's domain, the host in use,
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
    pub fn build(self) -> Result<KaizalaClient, Error> {
        let credentials = self
            .credentials
            .ok_or_else(|| Error::invalid_input("credentials are required"))?;
        if credentials.application_id.trim().is_empty() {
            return Err(Error::invalid_input("the application id is empty"));
        }
        let auth_root = self.auth_root.trim_end_matches('/').to_owned();
        let auth_root_url = reqwest::Url::parse(&auth_root)
            .map_err(|e| Error::invalid_input(format!("auth root {auth_root:?}: {e}")))?;
        if !matches!(auth_root_url.scheme(), "http" | "https") || auth_root_url.host_str().is_none()
        {
            return Err(Error::invalid_input(format!(
                "auth root {auth_root:?} is not an http(s) URL with a host"
            )));
        }
        let http = match self.http {
            Some(http) => http,
            None => layer::http_client().map_err(Error::transport)?,
        };
        let store = self.store.unwrap_or_else(|| Arc::new(InMemoryStore::new()));
        let auth_client = kaizala_api::Client::with_layer(
            &auth_root,
            http.clone(),
            Arc::new(TokenServiceLayer {
                max_body: self.max_response_body,
            }),
        );
        let source = ApiTokenSource {
            api: auth_client,
            application_id: credentials.application_id.clone(),
            application_secret: credentials.application_secret.clone(),
        };
        let endpoint = Arc::new(Endpoint::new(auth_root_url, self.endpoint_policy));
        let tokens = TokenManager::new(
            Arc::new(source),
            store,
            endpoint,
            credentials.refresh_token.clone(),
            self.timing,
        );
        let connector = self.connector_budget.or_else(|| {
            self.rate_limit
                .map(|limit| RateBudget::named("connector", limit))
        });
        let throttle = connector.map(|connector| Throttle {
            max_pause: self.retry.max_retry_after,
            connector,
            tenant: self.tenant_budget,
            all_calls: self.throttle_all_calls,
        });
        let pipeline = Pipeline {
            http: http.clone(),
            tokens,
            policy: self.retry,
            throttle,
            max_body: self.max_response_body,
        };
        let api = kaizala_api::Client::with_layer(
            &auth_root,
            http,
            Arc::new(TenantLayer {
                pipeline: pipeline.clone(),
            }),
        );
        Ok(KaizalaClient { api, pipeline })
    }
}

fn op_info(operation: &'static Operation) -> OpInfo {
    OpInfo {
        id: operation.id,
        method: operation.method,
        path: operation.path,
        idempotent: operation.is_idempotent(),
        requires_token: operation.requires_access_token,
    }
}

/// The layer of [`KaizalaClient`]: tenant calls get their token and base URL
/// from the [`Pipeline`], on every attempt; the authentication operations
/// go to the auth root as they are.
struct TenantLayer {
    pipeline: Pipeline,
}

impl fmt::Debug for TenantLayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TenantLayer").finish_non_exhaustive()
    }
}

impl Layer for TenantLayer {
    fn prepare<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
        _context: RequestContext<'a>,
    ) -> BoxFuture<'a, Result<(), LayerError>> {
        // Everything happens per attempt in `execute`.
        Box::pin(std::future::ready(Ok(())))
    }

    fn execute<'a>(
        &'a self,
        _http: &'a reqwest::Client,
        request: reqwest::Request,
        context: RequestContext<'a>,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let operation = context.operation;
        let Some(target) = layer::operation_target(request.url(), context.client_base) else {
            return Box::pin(std::future::ready(pipeline::typed(Error::invalid_input(
                "the request URL is not below the client's base URL",
            ))));
        };
        let target = target.to_owned();
        let rebuild = pipeline::clone_rebuild(pipeline::clone_request(&request));
        Box::pin(
            self.pipeline
                .run(op_info(operation), request, target, rebuild),
        )
    }
}

/// The layer of the client that fetches tokens: no token, one attempt, the
/// response body capped like every other.
#[derive(Debug)]
struct TokenServiceLayer {
    max_body: u64,
}

impl Layer for TokenServiceLayer {
    fn prepare<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
        context: RequestContext<'a>,
    ) -> BoxFuture<'a, Result<(), LayerError>> {
        Box::pin(async move {
            if context.operation.requires_access_token {
                return Err(Error::invalid_input(format!(
                    "{} needs an access token; call it through KaizalaClient",
                    context.operation.id
                ))
                .into_layer());
            }
            Ok(())
        })
    }

    fn execute<'a>(
        &'a self,
        http: &'a reqwest::Client,
        request: reqwest::Request,
        _context: RequestContext<'a>,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let limit = self.max_body;
        Box::pin(async move {
            let response = http.execute(request).await?;
            if response.status().is_success() {
                return match crate::limits::limit_body(response, limit) {
                    Ok(limited) => Ok(limited),
                    Err(error) => pipeline::typed(error),
                };
            }
            pipeline::normalize_error_body(response, limit).await
        })
    }
}

/// Fetches access tokens with `GET /accessToken`.
struct ApiTokenSource {
    api: kaizala_api::Client,
    application_id: String,
    application_secret: SecretString,
}

impl TokenSource for ApiTokenSource {
    fn fetch(&self, refresh_token: SecretString) -> BoxFuture<'static, Result<Grant, Error>> {
        let api = self.api.clone();
        let application_id = self.application_id.clone();
        let secret = self.application_secret.clone();
        Box::pin(async move {
            let response = api
                .get_access_token()
                .application_id(application_id.as_str())
                .application_secret(kaizala_api::Secret::from(secret))
                .refresh_token(kaizala_api::Secret::from(refresh_token))
                .send()
                .await
                .map_err(|e| match redacted(e) {
                    // The token service refusing the credentials: the refresh
                    // token (or the application id and secret) is no longer
                    // accepted.
                    Error::Unauthorized { code, message } => {
                        Error::RefreshTokenRejected { code, message }
                    }
                    other => as_auth(other),
                })?
                .into_inner();
            let refresh_token = response
                .refresh_token
                .map(SecretString::from)
                .filter(|t| !t.expose_secret().trim().is_empty());
            Ok(Grant {
                access_token: response.access_token.into(),
                endpoint_url: response.endpoint_url,
                expiry_ms: *response.access_token_expiry,
                refresh_token,
            })
        })
    }
}

/// An authentication error, with the body redacted where it could carry a
/// token.
fn auth_error<E: serde::Serialize>(error: progenitor_client::Error<E>) -> Error {
    as_auth(redacted(error))
}

/// An error of the token service, with a body that could carry a token
/// redacted.
fn redacted<E: serde::Serialize>(error: progenitor_client::Error<E>) -> Error {
    match error {
        progenitor_client::Error::InvalidResponsePayload(_, e) => Error::Decode {
            message: format!(
                "{:?} error at line {} column {}",
                e.classify(),
                e.line(),
                e.column()
            ),
            snippet: "[redacted: the response carries credentials]".to_owned(),
        },
        other => Error::from(other),
    }
}

/// A failure of the token service as [`Error::Auth`], keeping the variants
/// a caller acts on differently.
fn as_auth(inner: Error) -> Error {
    match inner {
        Error::InvalidInput { .. }
        | Error::Auth { .. }
        | Error::ResponseTooLarge { .. }
        | Error::TokenStore { .. } => inner,
        other => Error::Auth {
            retryable: other.is_retryable(),
            message: format!("the token service call failed: {other}"),
        },
    }
}

/// The one-time interactive step that yields a refresh token: a PIN sent to a
/// phone (`generatePin`), then `loginWithPinAndApplicationId`.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use kaizala_ext::{FileStore, PinLogin, TokenStore};
///
/// let login = PinLogin::new("my-connector-id")?;
/// login.send_pin("+15551234567").await?;
/// let grant = login.login("+15551234567", "1234").await?;
/// FileStore::new("refresh-token").save(&grant.refresh_token).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct PinLogin {
    api: kaizala_api::Client,
    application_id: String,
}

/// What a PIN login returns.
#[derive(Clone)]
pub struct PinGrant {
    /// The refresh token: keep it in a [`TokenStore`].
    pub refresh_token: SecretString,
    /// The scope granted, when the service says.
    pub granted_scope: Option<String>,
    /// When the refresh token expires, in epoch milliseconds, when the service says.
    pub refresh_token_expiry_ms: Option<i64>,
}

impl fmt::Debug for PinGrant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PinGrant")
            .field("refresh_token", &"[redacted]")
            .field("granted_scope", &self.granted_scope)
            .field("refresh_token_expiry_ms", &self.refresh_token_expiry_ms)
            .finish()
    }
}

impl PinLogin {
    /// The PIN flow against the real service.
    pub fn new(application_id: impl Into<String>) -> Result<Self, Error> {
        Self::with_auth_root(application_id, layer::AUTH_ROOT)
    }

    /// The PIN flow against `auth_root` (an emulator or test server).
    pub fn with_auth_root(
        application_id: impl Into<String>,
        auth_root: &str,
    ) -> Result<Self, Error> {
        let http = layer::http_client().map_err(Error::transport)?;
        Ok(Self {
            api: kaizala_api::Client::with_layer(
                auth_root,
                http,
                Arc::new(TokenServiceLayer {
                    max_body: DEFAULT_MAX_RESPONSE_BODY,
                }),
            ),
            application_id: application_id.into(),
        })
    }

    /// Sends a PIN to `mobile_number` (international format, `+` and digits).
    pub async fn send_pin(&self, mobile_number: &str) -> Result<(), Error> {
        let mobile: types::PhoneNumber = mobile_number
            .parse()
            .map_err(|e| Error::invalid_input(format!("mobile number: {e}")))?;
        self.api
            .generate_pin()
            .body(types::GeneratePinRequest {
                application_id: self.application_id.clone(),
                mobile_number: mobile,
            })
            .send()
            .await
            .map_err(auth_error)?;
        Ok(())
    }

    /// Exchanges the PIN for a refresh token.
    pub async fn login(&self, mobile_number: &str, pin: &str) -> Result<PinGrant, Error> {
        let mobile: types::PhoneNumber = mobile_number
            .parse()
            .map_err(|e| Error::invalid_input(format!("mobile number: {e}")))?;
        let response = self
            .api
            .login_with_pin()
            .body(types::LoginWithPinRequest {
                application_id: self.application_id.clone(),
                mobile_number: mobile,
                pin: pin.into(),
            })
            .send()
            .await
            .map_err(auth_error)?
            .into_inner();
        Ok(PinGrant {
            refresh_token: response.refresh_token.into(),
            granted_scope: response.granted_scope,
            refresh_token_expiry_ms: response.refresh_token_expiry.map(|e| *e),
        })
    }
}
