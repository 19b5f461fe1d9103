//! The one runtime under every generated call (smithy-rs's orchestrator is
//! the model): every client this workspace builds — fixed token, refreshing,
//! OAuth grant, the capture server's, and the clients that talk to the token
//! service and the OAuth endpoint — sends through [`Runtime`], and it alone
//! decides request validation, the tenant base and the trust boundary
//! ([`crate::endpoint::EndpointPolicy`]), retries and replays
//! ([`RetryPolicy`]), the body bound ([`body`]), pacing ([`pace`]), and how
//! an error crosses progenitor (as one [`Error`]).
//!
//! What differs between clients plugs in as components: an [`Identity`]
//! (none for the authentication operations, [`FixedToken`], or
//! `kaizala-ext`'s refreshing token lifecycle) and a [`Throttle`] (none, or
//! budgets local or shared through Redis). A cached-token call crosses from
//! this crate into the identity and back once, without a future
//! ([`Identity::ready_credential`]). Every attempt goes out on an
//! [`HttpClient`], which cannot follow redirects: a 308 is the runtime's to
//! judge, never the HTTP client's to follow.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use futures::future::{Either, ready};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::HeaderValue;
use secrecy::SecretString;

use crate::Error;
use crate::endpoint::{Endpoint, EndpointPolicy};
use crate::operations::{self, Operation};
use crate::validate;

pub mod body;
mod identity;
pub mod pace;
pub(crate) mod retry;
mod send;

pub use body::DEFAULT_MAX_RESPONSE_BODY;
pub use identity::{Credential, FixedToken, Identity, TokenStatus};
pub use pace::{RateBudget, RateLimit, SharedBudget, Slot, SlotRequest, Throttle};
pub use retry::RetryPolicy;
pub use send::Rebuild;

/// Root of the authentication operations (`generatePin`,
/// `loginWithPinAndApplicationId`, `accessToken`).
pub const AUTH_ROOT: &str = "https://api.kaiza.la/v1";

/// Name of the header that carries the access token.
pub const ACCESS_TOKEN_HEADER: &str = "accesstoken";

/// Headers that carry credentials; marked sensitive on every request so they
/// never show in `Debug` output or logs.
pub const CREDENTIAL_HEADERS: [&str; 3] =
    [ACCESS_TOKEN_HEADER, "applicationsecret", "refreshtoken"];

/// `User-Agent` sent with every request.
pub const USER_AGENT: &str = concat!("kaizala-rs/", env!("CARGO_PKG_VERSION"));

/// The `Accept` value of every generated operation (`cargo xtask gen` writes
/// it in place of progenitor's, which is checked byte by byte on each call).
pub(crate) const APPLICATION_JSON: HeaderValue = HeaderValue::from_static("application/json");

/// The service suggests clients wait up to a minute for a response.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The runtime of a client: its components and policies, shared by every
/// clone of the client. Cheap to clone.
#[derive(Clone)]
pub struct Runtime {
    shared: Arc<Shared>,
    /// Calls through this view are paced whatever the throttle's own setting
    /// (the bulk helpers and paging streams use a paced view).
    paced: bool,
}

struct Shared {
    auth_root: String,
    /// Its URL's path without a trailing `/`: what every request URL the
    /// generated client builds starts with, parsed once, not per call.
    auth_root_path: String,
    /// The auth root parsed (without query or fragment: `parse_auth_root`
    /// refuses them), on which [`operation_url`] builds operation URLs.
    auth_root_url: reqwest::Url,
    http: reqwest::Client,
    identity: Option<Arc<dyn Identity>>,
    endpoint: Arc<Endpoint>,
    throttle: Option<Throttle>,
    retry: RetryPolicy,
    max_body: u64,
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runtime")
            .field("auth_root", &self.shared.auth_root)
            .field("identity", &self.shared.identity)
            .field("endpoint", &self.shared.endpoint)
            .field("throttle", &self.shared.throttle)
            .field("retry", &self.shared.retry)
            .field("max_body", &self.shared.max_body)
            .field("paced", &self.paced)
            .finish()
    }
}

/// Configures a [`Runtime`].
#[derive(Default)]
pub struct RuntimeBuilder {
    http: Option<HttpClient>,
    identity: Option<Arc<dyn Identity>>,
    endpoint: Option<Arc<Endpoint>>,
    policy: EndpointPolicy,
    throttle: Option<Throttle>,
    retry: Option<RetryPolicy>,
    max_body: Option<u64>,
}

impl fmt::Debug for RuntimeBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuntimeBuilder")
            .field("identity", &self.identity)
            .field("policy", &self.policy)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl RuntimeBuilder {
    /// The HTTP client (default [`HttpClient::new`]): one that cannot follow
    /// redirects, as 308 endpoint moves are the runtime's.
    pub fn http_client(mut self, http: HttpClient) -> Self {
        self.http = Some(http);
        self
    }

    /// Where tenant calls get their access token (default: none, so only the
    /// authentication operations can be called).
    pub fn identity(mut self, identity: Arc<dyn Identity>) -> Self {
        self.identity = Some(identity);
        self
    }

    /// The endpoint state, when the identity shares it (it checks each
    /// `endpointUrl` it is given against the same trust boundary).
    pub fn endpoint(mut self, endpoint: Arc<Endpoint>) -> Self {
        self.endpoint = Some(endpoint);
        self
    }

    /// The trust boundary of tenant endpoints, when the runtime makes its own
    /// endpoint state (default [`EndpointPolicy::new`]).
    pub fn endpoint_policy(mut self, policy: EndpointPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// Pacing (default: none).
    pub fn throttle(mut self, throttle: Throttle) -> Self {
        self.throttle = Some(throttle);
        self
    }

    /// Retries and replays (default [`RetryPolicy::default`]).
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }

    /// The largest response body read (default
    /// [`DEFAULT_MAX_RESPONSE_BODY`]).
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.max_body = Some(bytes);
        self
    }

    /// The runtime of a client whose authentication operations go to
    /// `auth_root`. Fails on an auth root that is not an http(s) URL with a
    /// host.
    pub fn build(self, auth_root: &str) -> Result<Runtime, Error> {
        let auth_root = auth_root.trim().trim_end_matches('/').to_owned();
        let auth_root_url = parse_auth_root(&auth_root)?;
        let auth_root_path = auth_root_url.path().trim_end_matches('/').to_owned();
        let parsed_root = auth_root_url.clone();
        let endpoint = match self.endpoint {
            Some(endpoint) => endpoint,
            None => Arc::new(Endpoint::new(auth_root_url, self.policy)),
        };
        let http = match self.http {
            Some(http) => http.0,
            None => http_client().map_err(Error::transport)?,
        };
        Ok(Runtime {
            shared: Arc::new(Shared {
                auth_root,
                auth_root_path,
                auth_root_url: parsed_root,
                http,
                identity: self.identity,
                endpoint,
                throttle: self.throttle,
                retry: self.retry.unwrap_or_default(),
                max_body: self.max_body.unwrap_or(DEFAULT_MAX_RESPONSE_BODY),
            }),
            paced: false,
        })
    }
}

/// `auth_root` as an http(s) URL with a host, or [`Error::InvalidInput`].
pub fn parse_auth_root(auth_root: &str) -> Result<reqwest::Url, Error> {
    // Quoted without any user name or password it holds.
    let shown = crate::endpoint::shown(auth_root);
    let url = reqwest::Url::parse(auth_root)
        .map_err(|e| Error::invalid_input(format!("auth root {shown:?}: {e}")))?;
    // A password in the auth root would be in every `Debug` of the client
    // and sent with every token call; tenant endpoints with credentials
    // are refused likewise.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid_input(format!(
            "auth root {shown:?} carries a user name or password (not repeated here); give one without"
        )));
    }
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::invalid_input(format!(
            "auth root {shown:?} is not an http(s) URL with a host"
        )));
    }
    // Every operation's path is appended to the auth root: behind a query
    // or a fragment it would land in them, and each call would go to the
    // root's own path (`…/v1?x=1/accessToken` is `GET /v1`).
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::invalid_input(format!(
            "auth root {shown:?} has a query or a fragment; give the base URL alone"
        )));
    }
    Ok(url)
}

impl Runtime {
    /// Starts configuring a runtime.
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// Where the authentication operations go, without a trailing `/`.
    pub fn auth_root(&self) -> &str {
        &self.shared.auth_root
    }

    /// The HTTP client every attempt is sent with.
    pub fn http(&self) -> &reqwest::Client {
        &self.shared.http
    }

    /// The identity component, if tenant calls can be made.
    pub fn identity(&self) -> Option<&Arc<dyn Identity>> {
        self.shared.identity.as_ref()
    }

    /// The endpoint state (trust boundary and moves).
    pub fn endpoint(&self) -> &Arc<Endpoint> {
        &self.shared.endpoint
    }

    /// The pacing component, if any.
    pub fn throttle(&self) -> Option<&Throttle> {
        self.shared.throttle.as_ref()
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.shared.retry
    }

    /// The largest response body read.
    pub fn max_response_body(&self) -> u64 {
        self.shared.max_body
    }

    /// A view of this runtime whose calls are paced by its throttle (the
    /// bulk helpers and paging streams call through one).
    pub fn paced(&self) -> Self {
        Self {
            shared: self.shared.clone(),
            paced: true,
        }
    }

    /// The path of `client_base` without a trailing `/`: the cached one when
    /// it is this runtime's auth root (every client built on it), parsed
    /// otherwise.
    fn base_path<'a>(&'a self, client_base: &str) -> std::borrow::Cow<'a, str> {
        if client_base.trim_end_matches('/') == self.shared.auth_root {
            return std::borrow::Cow::Borrowed(&self.shared.auth_root_path);
        }
        let path = reqwest::Url::parse(client_base)
            .map(|u| u.path().trim_end_matches('/').to_owned())
            .unwrap_or_default();
        std::borrow::Cow::Owned(path)
    }

    /// Where the token lifecycle stands; a client without an identity
    /// reports an empty status.
    pub fn token_status(&self) -> TokenStatus {
        let mut status = self
            .identity()
            .map(|identity| identity.status())
            .unwrap_or_default();
        // Where calls go now: the token's endpoint as moved by 308s.
        status.tenant_endpoint = status
            .tenant_endpoint
            .take()
            .and_then(|base| reqwest::Url::parse(&base).ok())
            .map(|base| self.endpoint().base(&Arc::new(base)).to_string());
        status
    }

    /// Sends a request of `operation` built below the auth root (as the
    /// generated client builds them) through the runtime: the path a helper
    /// takes for a request the generated client cannot build (a streamed
    /// media upload). `rebuild` makes each replay; `None` from it ends the
    /// call with the last answer.
    pub async fn send(
        &self,
        operation: &'static Operation,
        request: reqwest::Request,
        rebuild: impl Rebuild,
    ) -> Result<reqwest::Response, Error> {
        let base_path = std::borrow::Cow::Borrowed(self.shared.auth_root_path.as_str());
        if target_below(request.url(), &base_path).is_none() {
            return Err(Error::invalid_input(
                "the request URL is not below the client's base URL",
            ));
        }
        let requests = send::FirstThen {
            next: Some(request),
            rebuild,
        };
        self.run(operation, requests, base_path).await
    }
}

impl ClientHooks<Runtime> for crate::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let operation = operations::find(info.operation_id).ok_or_else(|| {
            progenitor_client::Error::InvalidRequest(format!(
                "operation {} is not in spec/kaizala.yaml; regenerate with `cargo xtask gen`",
                info.operation_id
            ))
        })?;
        // The generated client writes credentials as plain header values
        // (only operations with secrets have credential headers).
        if !operation.secrets.is_empty() {
            for (name, value) in request.headers_mut().iter_mut() {
                if CREDENTIAL_HEADERS.contains(&name.as_str()) {
                    value.set_sensitive(true);
                }
            }
        }
        let base_path = self.inner().base_path(self.baseurl());
        validate::path_below(operation, &base_path, request.url())
            .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
        validate::request(operation, request)
            .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))
    }

    // A plain `fn` returning the send loop's future, not an `async fn`: the
    // preparation needs no await, and an async fn would wrap the loop's
    // future in one more state that keeps the request and template beside
    // it (a future every call builds and moves).
    fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> {
        let runtime = self.inner();
        // `pre` has already rejected unknown operations.
        let prepared = match operations::find(info.operation_id) {
            Some(operation) => {
                let base_path = runtime.base_path(self.baseurl());
                match target_below(request.url(), &base_path) {
                    Some(_) => Ok((operation, base_path)),
                    None => Err(Error::invalid_input(
                        "the request URL is not below the client's base URL",
                    )),
                }
            }
            None => Err(Error::invalid_input(format!(
                "operation {} is not in spec/kaizala.yaml",
                info.operation_id
            ))),
        };
        // Combinators, not an async block: a block would hold the loop's
        // future twice (as its capture and as the awaited value).
        match prepared {
            Ok((operation, base_path)) => Either::Left(
                Box::pin(runtime.run(operation, send::Template::new(request), base_path))
                    .map(|result| Ok(result.unwrap_or_else(crate::error::carry))),
            ),
            Err(error) => Either::Right(ready(Ok(crate::error::carry(error)))),
        }
    }
}

/// The part of a request URL below the client's base URL: the operation's
/// path with its parameters, and the query (`/groups/g1/members?x=1`). Every
/// base URL a request is sent to is joined with it by [`at_base`], for the
/// first attempt and every replay alike.
pub fn operation_target<'u>(url: &'u reqwest::Url, client_base: &str) -> Option<&'u str> {
    let base = reqwest::Url::parse(client_base.trim_end_matches('/')).ok()?;
    target_below(url, base.path().trim_end_matches('/'))
}

/// [`operation_target`] for a base URL whose path (without a trailing `/`)
/// is `base_path`.
fn target_below<'u>(url: &'u reqwest::Url, base_path: &str) -> Option<&'u str> {
    // Path and query, without the fragment (never sent).
    let after_origin = &url[url::Position::BeforePath..url::Position::AfterQuery];
    let rest = after_origin.strip_prefix(base_path)?;
    (rest.is_empty() || rest.starts_with('/') || rest.starts_with('?')).then_some(rest)
}

/// `base` (a tenant base URL such as `https://kms.kaiza.la/v1`) joined with an
/// [`operation_target`].
pub fn at_base(base: &str, target: &str) -> Result<reqwest::Url, Error> {
    let parsed = reqwest::Url::parse(base)
        .map_err(|e| Error::invalid_input(format!("cannot send the request to {base}: {e}")))?;
    at_base_url(&parsed, target)
}

/// The URL of an operation of `client`: its base URL with `path` (the
/// operation's path, its parameters already percent-encoded) appended. The
/// generated code calls it for every request (`cargo xtask gen` writes the
/// call in place of progenitor's `format!` of the base URL and the path).
///
/// On a client whose base URL is its runtime's auth root (every client built
/// through [`crate::Client::with_runtime`]), the URL is the auth root already
/// parsed, with `path` appended to its path: the same URL as formatting the
/// two as text and parsing the whole, without parsing the host again. Any
/// other base URL is formatted and parsed as progenitor did; a base URL
/// that does not parse is an error naming it (before any network call).
pub(crate) fn operation_url(
    client: &crate::Client,
    path: std::fmt::Arguments<'_>,
) -> Result<reqwest::Url, String> {
    let runtime = client.inner();
    // A base URL written with a trailing `/` is the same base (as the
    // runtime's `base_path` takes it): the path is not doubled (progenitor's
    // `format!` sent `/v1//groups` for `…/v1/`), here and in the fallback.
    let baseurl = client.baseurl().trim_end_matches('/');
    if baseurl == runtime.auth_root() {
        let root = &runtime.shared.auth_root_url;
        use std::fmt::Write as _;
        let root_path = &runtime.shared.auth_root_path;
        let mut joined = String::with_capacity(root_path.len() + 64);
        joined.push_str(root_path);
        joined
            .write_fmt(path)
            .map_err(|_| "an operation path could not be formatted".to_owned())?;
        let mut url = root.clone();
        url.set_path(&joined);
        return Ok(url);
    }
    // Behind a query or a fragment the path would land in them (as for an
    // auth root, which `parse_auth_root` refuses).
    if baseurl.contains(['?', '#']) {
        return Err(format!(
            "the client's base URL {baseurl:?} has a query or a fragment; give the base URL alone"
        ));
    }
    let text = format!("{baseurl}{path}");
    reqwest::Url::parse(&text).map_err(|e| format!("the request URL {text:?} is not valid: {e}"))
}

/// `request` with the optional query parameter `name` when `value` is
/// present, as progenitor's `.query(&QueryParam::new(name, value))` adds it,
/// and untouched when it is absent (reqwest's `query` would open and close
/// the URL's query for nothing). The generated code calls it for every
/// optional query parameter (`cargo xtask gen` writes the call).
pub(crate) fn optional_query<T: serde::Serialize>(
    request: reqwest::RequestBuilder,
    name: &str,
    value: &Option<T>,
) -> reqwest::RequestBuilder {
    match value {
        Some(_) => request.query(&progenitor_client::QueryParam::new(name, value)),
        None => request,
    }
}

/// [`at_base`] for a base already parsed: the base's scheme, host and port
/// are kept as they are (no second parse of the host, the costly part of a
/// URL), its path is extended with the target's path and its query replaced
/// by the target's.
pub fn at_base_url(base: &reqwest::Url, target: &str) -> Result<reqwest::Url, Error> {
    if base.cannot_be_a_base() {
        return Err(Error::invalid_input(format!(
            "cannot send the request to {base}: not a base URL"
        )));
    }
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (target, None),
    };
    let base_path = base.path().trim_end_matches('/');
    let mut joined = String::with_capacity(base_path.len() + path.len());
    joined.push_str(base_path);
    joined.push_str(path);
    let mut url = base.clone();
    url.set_path(&joined);
    url.set_query(query);
    url.set_fragment(None);
    Ok(url)
}

/// The `reqwest::Client` the constructors use: the TLS backend of the crate's
/// features (rustls with aws-lc-rs by default), HTTP/1.1, a one-minute timeout,
/// and no automatic redirects (a 308 means the tenant endpoint moved, which
/// the runtime handles for every later call, not just this one).
pub fn http_client() -> reqwest::Result<reqwest::Client> {
    // `rustls-ring` alone: reqwest has no provider of its own, so make ring the process
    // default (a provider the application installed first is kept).
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let builder = reqwest::Client::builder();
    // rustls whenever one of its features is on, also next to `native-tls`
    // (reqwest would pick native-tls then): OpenSSL only when chosen alone.
    #[cfg(any(feature = "rustls-aws-lc", feature = "rustls-ring"))]
    let builder = builder.tls_backend_rustls();
    builder
        .timeout(DEFAULT_TIMEOUT)
        .connect_timeout(Duration::from_secs(15))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(USER_AGENT)
        .build()
}

/// A `reqwest::Client` that does not follow redirects: the only kind a
/// client of this workspace sends with. A client that followed a 308 would
/// send the request, access token and all, to whatever host the `Location`
/// names before the runtime could judge the move (reqwest strips only
/// `Authorization` and cookies across hosts, not `accessToken`); the
/// runtime follows moves itself, within the trust boundary. Built from a
/// `reqwest::ClientBuilder` carrying the caller's settings (a proxy, a root
/// certificate, timeouts, a resolver), with the redirect policy set to
/// none whatever the builder said.
///
/// ```
/// # fn demo() -> Result<(), reqwest::Error> {
/// use kaizala_api::runtime::HttpClient;
/// let http = HttpClient::from_builder(
///     reqwest::Client::builder().timeout(std::time::Duration::from_secs(20)),
/// )?;
/// # let _ = http; Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct HttpClient(reqwest::Client);

impl HttpClient {
    /// The default client: [`http_client`]'s settings.
    pub fn new() -> reqwest::Result<Self> {
        http_client().map(Self)
    }

    /// `builder`'s client with redirects turned off and kaizala-rs's
    /// [`USER_AGENT`] (whatever the builder said: every request says who
    /// sends it). Keep timeouts in the builder: without one, a silent server
    /// holds a call as long as the connection lives (the default client
    /// times out after a minute).
    pub fn from_builder(builder: reqwest::ClientBuilder) -> reqwest::Result<Self> {
        builder
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(USER_AGENT)
            .build()
            .map(Self)
    }

    /// The underlying `reqwest::Client` (it follows no redirects).
    pub fn reqwest(&self) -> &reqwest::Client {
        &self.0
    }
}

impl crate::Client {
    /// A client for a fixed access token and the `endpointUrl` it came with.
    /// It keeps every promise of the runtime (trust boundary on 308 moves,
    /// bounded bodies, retries of idempotent calls, typed errors); a 401 is
    /// [`Error::Unauthorized`], as the token cannot be refreshed.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// use secrecy::SecretString;
    /// let client = kaizala_api::Client::with_access_token(
    ///     "https://kms.kaiza.la/",
    ///     SecretString::from(std::env::var("KAIZALA_ACCESS_TOKEN")?),
    /// )?;
    /// let groups = client.list_groups().send().await?;
    /// println!("{} groups", groups.groups.len());
    /// # Ok(()) }
    /// ```
    pub fn with_access_token(
        endpoint_url: &str,
        access_token: SecretString,
    ) -> Result<Self, Error> {
        let runtime = Runtime::builder()
            .identity(Arc::new(FixedToken::new(endpoint_url, access_token)))
            .build(AUTH_ROOT)?;
        Ok(Self::with_runtime(runtime))
    }

    /// A client whose requests all go through `runtime`; the authentication
    /// operations go to its auth root.
    pub fn with_runtime(runtime: Runtime) -> Self {
        let auth_root = runtime.auth_root().to_owned();
        let http = runtime.http().clone();
        Self::new_with_client(&auth_root, http, runtime)
    }

    /// The runtime every request goes through.
    pub fn runtime(&self) -> &Runtime {
        self.inner()
    }

    /// This client with every call paced by its throttle (a no-op without
    /// one); what the bulk helpers and paging streams call through.
    pub fn paced(&self) -> Self {
        Self::new_with_client(self.baseurl(), self.client().clone(), self.inner().paced())
    }
}

#[cfg(all(test, feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
mod tests {
    use super::*;

    // With `rustls-ring` alone reqwest has no crypto provider and panics when a client is
    // built, unless `http_client` installs ring first. (`cargo test -p kaizala-api --lib
    // --no-default-features --features rustls-ring`; CI checks that configuration builds.)
    #[test]
    fn the_ring_backend_builds_a_client() {
        assert!(http_client().is_ok());
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    }
}

#[cfg(test)]
mod join_tests {
    use super::*;

    /// What `at_base_url` replaced: the base as text, the target appended,
    /// the whole parsed again.
    fn reparsed(base: &str, target: &str) -> reqwest::Url {
        reqwest::Url::parse(&format!("{}{target}", base.trim_end_matches('/'))).unwrap()
    }

    #[test]
    fn joining_a_parsed_base_gives_the_url_a_full_parse_gives() {
        let bases = [
            "https://kms.kaiza.la/v1",
            "https://kms.kaiza.la/v1/",
            "https://KaizalaMessaging.osi.office.net/tenant/v1/",
            "https://xn--bcher-kva.example:8443/a/b",
            "http://127.0.0.1:9/",
            "http://[::1]:8080/v1",
            "https://h.example",
        ];
        let targets = [
            "",
            "/groups",
            "/groups?fetchAllGroups=true&showDetail=false",
            "/groups/g%201/members",
            "/groups/%2E%2E/x",
            "/groups/a:b/messages",
            "/groups/%C3%A9t%C3%A9?q=%20x",
            "?only=query",
            "/media?",
            "/a/./b/../c",
        ];
        for base in bases {
            let parsed = reqwest::Url::parse(base).unwrap();
            for target in targets {
                assert_eq!(
                    at_base_url(&parsed, target).unwrap(),
                    reparsed(base, target),
                    "{base} + {target}"
                );
                assert_eq!(at_base(base, target).unwrap(), reparsed(base, target));
            }
        }
    }

    #[test]
    fn operation_urls_are_the_urls_progenitor_formatted() {
        let roots = [
            "https://api.kaiza.la/v1",
            "https://api.kaiza.la/v1/",
            "http://127.0.0.1:9",
            "https://KaizalaMessaging.osi.office.net/Tenant%20A/v1",
            "https://xn--bcher-kva.example:8443/a/b/",
        ];
        let paths = [
            "/groups",
            "/groups/g%201/members",
            "/groups/%2E%2E/x",
            "/groups/..%2F..",
            "/groups/a:b/messages",
            "/groups/%C3%A9t%C3%A9",
            "/groups/%3Fq%23f",
            "",
        ];
        for root in roots {
            let runtime = Runtime::builder().build(root).unwrap();
            let client = crate::Client::with_runtime(runtime);
            for path in paths {
                let formatted = format!("{}{path}", client.baseurl());
                assert_eq!(
                    operation_url(&client, format_args!("{path}")).unwrap(),
                    reqwest::Url::parse(&formatted).unwrap(),
                    "{root} + {path}"
                );
            }
        }
    }

    #[test]
    fn other_base_urls_are_parsed_and_a_bad_one_is_an_error() {
        let runtime = Runtime::builder().build("https://api.kaiza.la/v1").unwrap();
        let http = runtime.http().clone();
        let other = crate::Client::new_with_client(
            "https://other.example/x",
            http.clone(),
            runtime.clone(),
        );
        assert_eq!(
            operation_url(&other, format_args!("/groups"))
                .unwrap()
                .as_str(),
            "https://other.example/x/groups"
        );
        let bad = crate::Client::new_with_client("not a url", http, runtime);
        let error = operation_url(&bad, format_args!("/groups")).unwrap_err();
        assert!(error.contains("not a url/groups"), "{error}");
    }

    #[test]
    fn an_auth_root_with_a_query_or_a_fragment_is_refused() {
        // Operation paths would be appended to the query or the fragment:
        // every call would go to the root's own path.
        for root in [
            "https://api.kaiza.la/v1?x=1",
            "https://api.kaiza.la/v1?",
            "https://api.kaiza.la/v1#f",
            "https://api.kaiza.la/v1/#",
        ] {
            let error = Runtime::builder().build(root).unwrap_err();
            assert!(
                error.to_string().contains("query or a fragment"),
                "{root}: {error}"
            );
        }
        assert!(Runtime::builder().build("https://api.kaiza.la/v1/").is_ok());
    }

    #[test]
    fn an_auth_root_with_credentials_is_refused_and_never_shown() {
        for root in [
            "https://user:s3cret@api.kaiza.la/v1",
            "https://s3cret@api.kaiza.la/v1",
            "https://user:s3cret@api.kaiza.la:99999/v1",
            "ftp://user:s3cret@api.kaiza.la/v1",
        ] {
            let error = Runtime::builder().build(root).unwrap_err();
            assert!(
                !format!("{error} {error:?}").contains("s3cret"),
                "{root}: {error}"
            );
        }
    }

    #[test]
    fn a_base_that_cannot_be_a_base_is_refused() {
        let mailto = reqwest::Url::parse("mailto:someone@example.com").unwrap();
        assert!(at_base_url(&mailto, "/groups").is_err());
        assert!(at_base("not a url", "/groups").is_err());
    }
}

/// The per-call URL building (`operation_url`, `target_below`,
/// `at_base_url`) against what it replaced (the base as text, the path
/// formatted onto it, the whole parsed), over many generated paths.
#[cfg(test)]
mod url_property_tests {
    use super::*;

    /// A small deterministic generator (xorshift), so a failure names its
    /// case and reruns the same way.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            from[(self.next() % from.len() as u64) as usize]
        }
    }

    /// Pieces a path parameter is made of: dots in every spelling, the
    /// delimiters `encode_path` encodes and those it leaves (`\`, `;`, `:`,
    /// `[`, `|`, `^`), percent signs that do and do not start an escape,
    /// controls, spaces and non-ASCII text.
    const PIECES: &[&str] = &[
        "a", "G1", ".", "..", "%2e", "%2E%2e", "/", "\\", "?", "#", "%", "%2F", "%25", ":", ";",
        "@", "[", "]", "|", "^", "`", "{", "}", "<", ">", "\"", "'", " ", "\t", "\n", "\r", "\0",
        "\u{7f}", "é", "日本", "\u{3000}", "\u{200b}", "\u{feff}", "+", "=", "&", "~", "!", "$",
        "*", ",", "-", "_",
    ];

    /// Operation paths as the spec writes them (`{}` is a parameter).
    const TEMPLATES: &[&str] = &[
        "/groups",
        "/groups/{}",
        "/groups/{}/members",
        "/groups/{}/actions/{}/responses",
        "/bot/accessToken/{}",
        "/media",
        "/{}",
        "",
    ];

    /// Auth roots (and tenant bases): ports, IPv4 and IPv6 literals, an
    /// IDN, upper case, user info, percent-encoded and dot path segments, a
    /// backslash, a trailing `/`, a path with `;` and `:`.
    const ROOTS: &[&str] = &[
        "https://api.kaiza.la/v1",
        "https://api.kaiza.la/v1/",
        "https://api.kaiza.la",
        "https://API.Kaiza.LA:443/V1",
        "http://127.0.0.1:9",
        "http://[::1]:8080/v1",
        "https://[2001:db8::1]/a/b/",
        "https://bücher.example:8443/tenant%20a/v1",
        "https://kms.kaiza.la/a/./b/../v1",
        "https://kms.kaiza.la/a/%2e/v1",
        "https://kms.kaiza.la\\v1",
        "https://kms.kaiza.la/x;y:z/v1",
        "https://kms.kaiza.la/é/v1",
    ];

    fn parameter(rng: &mut Rng) -> String {
        let len = rng.next() % 5;
        (0..len).map(|_| rng.pick(PIECES)).collect()
    }

    fn operation_path(rng: &mut Rng) -> String {
        let template = rng.pick(TEMPLATES);
        let mut path = String::new();
        for (i, part) in template.split("{}").enumerate() {
            if i > 0 {
                path.push_str(&progenitor_client::encode_path(&parameter(rng)));
            }
            path.push_str(part);
        }
        path
    }

    #[test]
    fn operation_urls_and_their_replays_are_the_urls_text_and_a_parse_give() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let clients: Vec<crate::Client> = ROOTS
            .iter()
            .map(|root| crate::Client::with_runtime(Runtime::builder().build(root).unwrap()))
            .collect();
        let tenants: Vec<reqwest::Url> = ROOTS
            .iter()
            .map(|base| reqwest::Url::parse(base).unwrap())
            .collect();
        let mut compared = 0;
        for case in 0..8_000 {
            let client = &clients[(rng.next() % clients.len() as u64) as usize];
            let path = operation_path(&mut rng);
            let text = format!("{}{path}", client.baseurl());
            let Ok(expected) = reqwest::Url::parse(&text) else {
                assert!(
                    operation_url(client, format_args!("{path}")).is_err(),
                    "case {case}: {text:?}"
                );
                continue;
            };
            let mut built = operation_url(client, format_args!("{path}")).unwrap();
            assert_eq!(built, expected, "case {case}: {text:?}");
            // A query, as reqwest's `.query()` adds it.
            if rng.next().is_multiple_of(2) {
                built
                    .query_pairs_mut()
                    .append_pair("q", &parameter(&mut rng));
            }
            // Every attempt: the path below the client's base, on a tenant
            // base, against the old text join and parse.
            let base_path = client.inner().base_path(client.baseurl());
            // A parameter whose dots climb out of the base (`..`, `%2e%2e`)
            // leaves a URL outside it, with the old join as with the new:
            // such a request is refused before the network (`pre` and
            // `exec`), never re-pointed.
            let Some(target) = target_below(&built, &base_path) else {
                continue;
            };
            let tenant = &tenants[(rng.next() % tenants.len() as u64) as usize];
            let old = reqwest::Url::parse(&format!(
                "{}{target}",
                tenant.as_str().trim_end_matches('/')
            ))
            .unwrap();
            let new = at_base_url(tenant, target).unwrap();
            assert_eq!(new, old, "case {case}: {tenant} + {target:?}");
            // A 308 answer's URL gives back a target below the base that
            // addresses the same URL (`""` reads back as `/` on a base
            // without a path; `moved_base` trims it).
            let below = target_below(&new, tenant.path().trim_end_matches('/'))
                .unwrap_or_else(|| panic!("case {case}: {new} not below {tenant}"));
            assert_eq!(
                below.trim_start_matches('/'),
                target.trim_start_matches('/'),
                "case {case}: {new} below {tenant}"
            );
            assert_eq!(at_base_url(tenant, below).unwrap(), new, "case {case}");
            compared += 1;
        }
        assert!(compared > 6_000, "{compared}");
    }
}
