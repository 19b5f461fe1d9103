//! The seam between the generated client and whatever authorises its requests.
//!
//! progenitor's `ClientHooks` can only be implemented in the crate that defines
//! the generated [`Client`](crate::Client) (orphan rule), so this crate
//! implements it once and delegates every request to a pluggable [`Layer`],
//! held as the client's inner value. [`StaticToken`] is the layer for a fixed
//! access token and endpoint; `kaizala-ext` plugs in a layer that fetches,
//! refreshes and rotates tokens, follows endpoint moves and retries.

use std::any::Any;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

use crate::endpoint::{self, InvalidEndpoint};
use crate::operations::{self, Operation};
use crate::validate;

/// Root of the authentication operations (`generatePin`,
/// `loginWithPinAndApplicationId`, `accessToken`).
pub const AUTH_ROOT: &str = "https://api.kaiza.la/v1";

/// Name of the header that carries the access token.
pub const ACCESS_TOKEN_HEADER: &str = "accesstoken";

/// [`ACCESS_TOKEN_HEADER`], validated once, at compile time.
const ACCESS_TOKEN_HEADER_NAME: HeaderName = HeaderName::from_static(ACCESS_TOKEN_HEADER);

/// Headers that carry credentials; marked sensitive on every request so they
/// never show in `Debug` output or logs.
pub const CREDENTIAL_HEADERS: [&str; 3] =
    [ACCESS_TOKEN_HEADER, "applicationsecret", "refreshtoken"];

/// The versioning header progenitor adds to every request; Kaizala has none.
const API_VERSION: HeaderName = HeaderName::from_static("api-version");

/// `User-Agent` sent with every request.
pub const USER_AGENT: &str = concat!("kaizala-rs/", env!("CARGO_PKG_VERSION"));

/// The service suggests clients wait up to a minute for a response.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// What a [`Layer`] learns about the request it prepares.
#[derive(Debug, Clone, Copy)]
pub struct RequestContext<'a> {
    /// The operation from `spec/kaizala.yaml`.
    pub operation: &'static Operation,
    /// The base URL the generated client was built with; the request URL starts with it.
    pub client_base: &'a str,
}

/// Why a [`Layer`] could not authorise or send a request, with its type kept.
///
/// # How a typed error crosses progenitor
///
/// progenitor's hooks can only fail with its own `Error`, whose one free-form
/// variant is `Custom(String)`: a typed error would become text. So a layer
/// error travels as a *synthetic response* instead: status
/// [`LAYER_ERROR_STATUS`] (no operation documents it, so the generated client
/// hands it back untouched as `Error::UnexpectedResponse`), the error itself in
/// the response's extensions, and its message in an
/// [`LAYER_ERROR_HEADER`] header so the bare generated client's `Display`
/// still says what happened. [`LayerError::from_api_error`] finds it again;
/// `kaizala-ext`'s `From` conversion downcasts it to its own error type, so a
/// token-store failure stays `Error::TokenStore` whichever path made the call.
/// No global state is involved: the error lives and dies with the response.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct LayerError(pub Arc<dyn std::error::Error + Send + Sync>);

/// Status of the synthetic response that carries a [`LayerError`].
pub const LAYER_ERROR_STATUS: u16 = 499;

/// Header of the synthetic response that carries a [`LayerError`]'s message.
pub const LAYER_ERROR_HEADER: &str = "x-kaizala-rs-layer-error";

impl LayerError {
    /// Wraps any error.
    pub fn new(error: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Self(Arc::from(error.into()))
    }

    /// The wrapped error, for downcasting to the layer's own type.
    pub fn inner(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        &*self.0
    }

    /// The synthetic response that carries this error through the generated
    /// client (see the type's docs).
    pub fn into_response(self) -> reqwest::Response {
        let text: String = self
            .to_string()
            .chars()
            .map(|c| {
                if c.is_ascii_graphic() || c == ' ' {
                    c
                } else {
                    ' '
                }
            })
            .take(512)
            .collect();
        let mut response = http::Response::new(bytes::Bytes::new());
        *response.status_mut() =
            http::StatusCode::from_u16(LAYER_ERROR_STATUS).unwrap_or(http::StatusCode::BAD_GATEWAY);
        if let Ok(value) = HeaderValue::from_str(&text) {
            response
                .headers_mut()
                .insert(HeaderName::from_static(LAYER_ERROR_HEADER), value);
        }
        response.extensions_mut().insert(self);
        reqwest::Response::from(response)
    }

    /// The layer error a response carries, if it is a synthetic one.
    pub fn from_response(response: &reqwest::Response) -> Option<&LayerError> {
        response.extensions().get::<LayerError>()
    }

    /// The layer error inside an error of the generated client, if any.
    pub fn from_api_error<E>(error: &progenitor_client::Error<E>) -> Option<&LayerError> {
        match error {
            progenitor_client::Error::UnexpectedResponse(response) => Self::from_response(response),
            _ => None,
        }
    }
}

/// Prepares and executes every request the generated client sends.
///
/// A layer is `Any`, so code that built a client can find its own layer
/// again ([`Client::layer`](crate::Client::layer) and
/// [`downcast_ref`](trait.Layer.html#method.downcast_ref)): that is how
/// `kaizala-ext`'s extension traits reach its token lifecycle from the one
/// client type.
pub trait Layer: Any + Send + Sync + fmt::Debug {
    /// Authorises the request (the `accessToken` header, marked sensitive) and
    /// points it at the right base URL. Runs after request validation.
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        context: RequestContext<'a>,
    ) -> BoxFuture<'a, Result<(), LayerError>>;

    /// Sends the prepared request. The default sends it once.
    ///
    /// A layer that fails for a reason of its own (no token, a refused
    /// endpoint) answers `Ok` with [`LayerError::into_response`], so the
    /// caller gets the error with its type.
    fn execute<'a>(
        &'a self,
        http: &'a reqwest::Client,
        request: reqwest::Request,
        context: RequestContext<'a>,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        let _ = context;
        Box::pin(http.execute(request))
    }
}

/// The client's inner value: a shared [`Layer`].
pub type SharedLayer = Arc<dyn Layer>;

impl dyn Layer {
    /// This layer as its concrete type, if it is a `T`.
    pub fn downcast_ref<T: Layer>(&self) -> Option<&T> {
        (self as &dyn Any).downcast_ref::<T>()
    }
}

impl ClientHooks<SharedLayer> for crate::Client {
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
        let headers = request.headers_mut();
        // Kaizala has no API versioning header; progenitor adds one by default.
        headers.remove(API_VERSION);
        // Also when the reqwest client was not built by `http_client` (a
        // request's own header wins over the client's default).
        headers.insert(
            reqwest::header::USER_AGENT,
            HeaderValue::from_static(USER_AGENT),
        );
        // The generated client writes credentials as plain header values.
        // One pass over the few headers a request has, rather than a lookup
        // per credential header.
        for (name, value) in headers.iter_mut() {
            if CREDENTIAL_HEADERS.contains(&name.as_str()) {
                value.set_sensitive(true);
            }
        }
        validate::path(operation, self.baseurl(), request.url())
            .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
        validate::request(operation, request)
            .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
        let context = RequestContext {
            operation,
            client_base: self.baseurl(),
        };
        self.inner()
            .prepare(request, context)
            .await
            .map_err(|e| progenitor_client::Error::UnexpectedResponse(e.into_response()))
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        // `pre` has already rejected unknown operations.
        let response = match operations::find(info.operation_id) {
            Some(operation) => {
                let context = RequestContext {
                    operation,
                    client_base: self.baseurl(),
                };
                self.inner().execute(self.client(), request, context).await
            }
            None => self.client().execute(request).await,
        };
        response.map(crate::lenient::empty_success_as_object)
    }
}

/// Sets the `accessToken` header, marked sensitive so it never shows in
/// `Debug` output or logs.
pub fn set_access_token(
    request: &mut reqwest::Request,
    token: &SecretString,
) -> Result<(), LayerError> {
    set_access_token_value(request, access_token_value(token)?);
    Ok(())
}

/// The `accessToken` header value for `token`, marked sensitive so it never
/// shows in `Debug` output or logs. A layer that sends one token many times
/// can prepare it once and set it with [`set_access_token_value`].
pub fn access_token_value(token: &SecretString) -> Result<HeaderValue, LayerError> {
    let mut value = HeaderValue::from_str(token.expose_secret()).map_err(|_| {
        LayerError::new(
            "the access token contains characters that cannot be sent in an HTTP header",
        )
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// Sets the `accessToken` header to a value from [`access_token_value`].
pub fn set_access_token_value(request: &mut reqwest::Request, value: HeaderValue) {
    debug_assert!(value.is_sensitive());
    request
        .headers_mut()
        .insert(ACCESS_TOKEN_HEADER_NAME, value);
}

/// The part of a request URL below the client's base URL: the operation's
/// path with its parameters, and the query (`/groups/g1/members?x=1`). Every
/// base URL a request is sent to is joined with it by [`at_base`], for the
/// first attempt and every replay alike.
pub fn operation_target<'u>(url: &'u reqwest::Url, client_base: &str) -> Option<&'u str> {
    let base = client_base.trim_end_matches('/');
    let base = reqwest::Url::parse(base).ok()?;
    let base_path = base.path().trim_end_matches('/');
    // Path and query, without the fragment (never sent).
    let after_origin = &url[url::Position::BeforePath..url::Position::AfterQuery];
    let rest = after_origin.strip_prefix(base_path)?;
    (rest.is_empty() || rest.starts_with('/') || rest.starts_with('?')).then_some(rest)
}

/// `base` (a tenant base URL such as `https://kms.kaiza.la/v1`) joined with an
/// [`operation_target`].
pub fn at_base(base: &str, target: &str) -> Result<reqwest::Url, LayerError> {
    let joined = format!("{}{target}", base.trim_end_matches('/'));
    reqwest::Url::parse(&joined)
        .map_err(|e| LayerError::new(format!("cannot send the request to {base}: {e}")))
}

/// A layer for a fixed access token and tenant endpoint: no refresh, no
/// retries. Authentication operations go to the client's base URL
/// ([`AUTH_ROOT`] unless chosen otherwise); every other operation is moved to
/// the tenant endpoint and carries the token.
pub struct StaticToken {
    access_token: SecretString,
    /// The header value, prepared once; `None` when the token cannot be one
    /// (reported on use).
    access_token_value: Option<HeaderValue>,
    /// The normalised endpoint, or why it cannot be one (reported on use).
    tenant_base: Result<String, InvalidEndpoint>,
}

impl StaticToken {
    /// A layer that sends `access_token` to `endpoint_url` (the `endpointUrl`
    /// from the token response, with or without `/v1`), normalised by
    /// [`endpoint::tenant_base`]. An endpoint
    /// that cannot be a base URL fails each tenant call, before the network.
    pub fn new(endpoint_url: &str, access_token: SecretString) -> Self {
        Self {
            access_token_value: access_token_value(&access_token).ok(),
            access_token,
            tenant_base: endpoint::tenant_base(endpoint_url).map(String::from),
        }
    }
}

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticToken")
            .field("access_token", &"[redacted]")
            .field("tenant_base", &self.tenant_base)
            .finish()
    }
}

impl Layer for StaticToken {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        context: RequestContext<'a>,
    ) -> BoxFuture<'a, Result<(), LayerError>> {
        Box::pin(async move {
            if context.operation.requires_access_token {
                let target =
                    operation_target(request.url(), context.client_base).ok_or_else(|| {
                        LayerError::new("the request URL is not below the client's base URL")
                    })?;
                let base = self
                    .tenant_base
                    .as_ref()
                    .map_err(|e| LayerError::new(e.clone()))?;
                *request.url_mut() = at_base(base, target)?;
                match &self.access_token_value {
                    Some(value) => set_access_token_value(request, value.clone()),
                    // Says why the token cannot be sent.
                    None => set_access_token(request, &self.access_token)?,
                }
            }
            Ok(())
        })
    }
}

/// The `reqwest::Client` the constructors use: the TLS backend of the crate's
/// features (rustls with aws-lc-rs by default), HTTP/1.1, a one-minute timeout,
/// and no automatic redirects (a 308 means the tenant endpoint moved, which a
/// layer must handle for every later call, not just this one).
pub fn http_client() -> reqwest::Result<reqwest::Client> {
    // `rustls-ring` alone: reqwest has no provider of its own, so make ring the process
    // default (a provider the application installed first is kept).
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .timeout(DEFAULT_TIMEOUT)
        .connect_timeout(Duration::from_secs(15))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(USER_AGENT)
        .build()
}

impl crate::Client {
    /// A client for a fixed access token and the `endpointUrl` it came with.
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
    ) -> reqwest::Result<Self> {
        Ok(Self::with_layer(
            AUTH_ROOT,
            http_client()?,
            Arc::new(StaticToken::new(endpoint_url, access_token)),
        ))
    }

    /// A client whose requests all go through `layer`. `auth_root` is where
    /// the authentication operations are sent ([`AUTH_ROOT`] for the real
    /// service); the layer moves every other request to the tenant endpoint.
    pub fn with_layer(auth_root: &str, http: reqwest::Client, layer: SharedLayer) -> Self {
        Self::new_with_client(auth_root.trim_end_matches('/'), http, layer)
    }

    /// The layer every request goes through.
    pub fn layer(&self) -> &SharedLayer {
        self.inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // With `rustls-ring` alone reqwest has no crypto provider and panics when a client is
    // built, unless `http_client` installs ring first. (`cargo test -p kaizala-api --lib
    // --no-default-features --features rustls-ring`; CI checks that configuration builds.)
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
    #[test]
    fn the_ring_backend_builds_a_client() {
        assert!(http_client().is_ok());
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    }

    // A hostile message (control characters, non-ASCII, 10 KB) still makes a
    // valid synthetic response, and the typed error survives the trip.
    #[test]
    fn a_hostile_message_still_crosses_the_seam() {
        let text = format!("line\r\nbreak \u{1F600} {}", "x".repeat(10_000));
        let error = LayerError::new(std::io::Error::other(text));
        let response = error.into_response();
        assert_eq!(response.status().as_u16(), LAYER_ERROR_STATUS);
        let header = response.headers()[LAYER_ERROR_HEADER].to_str().unwrap();
        assert!(header.len() <= 512 && !header.contains('\n'), "{header}");
        let carried = LayerError::from_response(&response).expect("carried");
        let inner = carried
            .inner()
            .downcast_ref::<std::io::Error>()
            .expect("typed");
        assert!(inner.to_string().starts_with("line\r\nbreak"));
        let api: progenitor_client::Error<()> =
            progenitor_client::Error::UnexpectedResponse(response);
        assert!(LayerError::from_api_error(&api).is_some());
    }
}
