//! The one error type of every Kaizala client: what the generated operations
//! return, what `kaizala-ext`'s helpers return (it re-exports it as
//! `kaizala_ext::Error`), and what a `main` returning `Box<dyn Error>`
//! prints. `Display` is one sentence, cause first, that says what to do.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};

/// How many characters of a response body an error keeps.
const SNIPPET_CHARS: usize = 256;

/// Everything that can go wrong talking to Kaizala, in a shape a caller can
/// match on. `Display` says what happened and what to do next; secrets
/// (application secret, refresh and access tokens) never appear in it.
/// `Debug` (`{:?}`, what a `main` returning `Box<dyn Error>` prints) is the
/// same sentence; `{:#?}` adds the kind, status, service code and causes.
#[derive(Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request was rejected before anything was sent.
    #[error("invalid input: {message} (nothing was sent; fix the request and try again)")]
    InvalidInput {
        /// What is wrong with the input.
        message: String,
    },

    /// 401: the service did not accept the credentials or the access token.
    #[error(
        "unauthorised (401{}); check the application (connector) id and secret, and that the \
         refresh token is current: it expires after 365 days and is replaced when a newer one is \
         generated for the connector",
        service_detail(code, message)
    )]
    Unauthorized {
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
    },

    /// 403: authenticated, but not allowed to do this.
    #[error(
        "forbidden (403{}); the connector's token lacks the permission for this group or \
         operation: check the connector's permissions and the group the refresh token was \
         granted for",
        service_detail(code, message)
    )]
    Forbidden {
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
    },

    /// 404: the group, action, member or other resource does not exist.
    #[error(
        "not found (404{}); check the ids in the request",
        service_detail(code, message)
    )]
    NotFound {
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
    },

    /// 429: throttled (100 calls per minute per connector, 300 per tenant).
    #[error(
        "throttled (429{}); wait {} and try again, or send fewer calls per minute",
        service_detail(code, message),
        wait_hint(retry_after)
    )]
    Throttled {
        /// How long the service asked to wait (`Retry-After`).
        retry_after: Option<Duration>,
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
    },

    /// Any other error status.
    #[error(
        "the service answered {status}{}; {}",
        service_detail(code, message),
        status_hint(*status)
    )]
    Api {
        /// The HTTP status.
        status: u16,
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
        /// The start of the response body.
        body: String,
    },

    /// The service could not be reached, or the connection broke.
    #[error("could not reach the service: {message}; check the network and try again")]
    Transport {
        /// What failed.
        message: String,
        /// The underlying error.
        #[source]
        source: Option<Arc<reqwest::Error>>,
    },

    /// A response body did not have the documented shape.
    #[error(
        "unexpected response body: {message}; the body starts with {snippet:?}. The service \
         may have changed its format: report it with this message"
    )]
    Decode {
        /// Why decoding failed.
        message: String,
        /// The start of the raw body (redacted where it could carry a token).
        snippet: String,
    },

    /// No access token could be obtained for the request.
    #[error("could not obtain an access token: {message}")]
    Auth {
        /// Why, with what to do next.
        message: String,
        /// Whether trying again later may succeed.
        retryable: bool,
        /// The token service's own answer, when it gave one (its status,
        /// code and message: [`Error::status`], [`Error::service_code`] and
        /// [`Error::service_message`] read them through). Already part of
        /// `message`, so it is not a `source` that would print twice.
        cause: Option<Box<Error>>,
    },

    /// The token store failed: loading the refresh token, or saving a
    /// rotated one.
    #[error("{}", store_text(*operation, message))]
    TokenStore {
        /// Whether loading or saving failed.
        operation: StoreOperation,
        /// What failed, naming the store (e.g. its path) and the cause.
        message: String,
        /// The underlying I/O error.
        #[source]
        source: Option<Arc<std::io::Error>>,
    },

    /// No access token arrived within the configured wait
    /// (`KaizalaClientBuilder::token_wait`): the token service or the token
    /// store is hanging. The refresh goes on in the background.
    #[error(
        "no access token within {} s: the token service or the token store did not answer in time; the refresh continues in the background, try again shortly",
        waited.as_secs_f32()
    )]
    TokenTimeout {
        /// How long the call waited.
        waited: Duration,
    },

    /// The token service refused the refresh token (401 from `accessToken`):
    /// it expired (365 days), was revoked, or was replaced by a newer one
    /// generated for the connector. Terminal: no further `accessToken` call
    /// is made until the token store holds another refresh token.
    #[error(
        "the token service refused the refresh token (401{}): it has expired, been revoked, or been replaced by a newer one generated for the connector. Run the PIN login (or re-grant the connector) to get a new one and put it in the token store; the client makes no more token requests until then. If it is new, check the application id and secret",
        service_detail(code, message)
    )]
    RefreshTokenRejected {
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
    },

    /// The token service refused the application (connector) id or secret
    /// (401 from `accessToken` with a code or message about them, such as
    /// `InvalidApplicationCredentials`): the refresh token was not the cause.
    #[error(
        "the token service refused the application id or secret (401{}): check that \
         KAIZALA_APPLICATION_ID and KAIZALA_APPLICATION_SECRET (or the Credentials you built) are \
         the connector's id and secret from the Kaizala management portal; the refresh token is \
         not the problem",
        service_detail(code, message)
    )]
    ApplicationCredentialsRejected {
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
    },

    /// The service answered 401 to an access token it had just issued in
    /// answer to a 401. The client does not refresh again at once (it backs
    /// off and caps its `accessToken` calls per minute).
    #[error(
        "the service keeps refusing a freshly issued access token (401{}); the connector may lack permission for this tenant or the service is misbehaving. The client will refresh again after a back-off; check the connector's permissions",
        service_detail(code, message)
    )]
    AccessTokenRefused {
        /// The service's error code, when it sent one.
        code: Option<String>,
        /// The service's error message, when it sent one.
        message: Option<String>,
    },

    /// An `endpointUrl` or a 308 `Location` is not a usable base URL.
    #[error(
        "the service named an unusable tenant endpoint {endpoint:?}: {reason}; calls stay on the last good endpoint"
    )]
    InvalidEndpoint {
        /// The endpoint as received (truncated).
        endpoint: String,
        /// Why it cannot be a base URL.
        reason: String,
    },

    /// A tenant endpoint (from a token response or a 308) is outside the
    /// trust boundary of the endpoint policy (`kaizala_ext::EndpointPolicy`): the
    /// access token was not sent there, and later calls stay on the last
    /// trusted base.
    #[error("refused to send the access token to {host}: {reason}")]
    UntrustedEndpoint {
        /// The refused host.
        host: String,
        /// Why it is refused.
        reason: String,
    },

    /// The access token of an OAuth grant
    /// (`KaizalaClientBuilder::oauth_grant`)
    /// expired. The authorization-code flow gives no refresh token: the user
    /// must open the authorize URL again.
    #[error(
        "the OAuth access token expired at {expired_at_ms} (epoch ms); the user must authorise again (OAuthApp::authorize_url), then build the client with the new grant"
    )]
    ReauthorizationRequired {
        /// When the token expired, in epoch milliseconds.
        expired_at_ms: i64,
    },

    /// A response body exceeded the configured limit
    /// (`KaizalaClientBuilder::max_response_body`); it was not read into
    /// memory.
    #[error(
        "the response body is larger than the {limit} bytes allowed; it was not read. Raise KaizalaClientBuilder::max_response_body if this response is genuine"
    )]
    ResponseTooLarge {
        /// The limit in bytes.
        limit: u64,
    },

    /// A paging stream could not go on exactly (a cursor that loops, pages
    /// that bring nothing new, a page limit, Actions it could not read);
    /// see `kaizala_ext::paging`.
    #[error(transparent)]
    Paging(#[from] PagingError),
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        let mut causes = Vec::new();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            causes.push(c.to_string());
            cause = c.source();
        }
        f.debug_struct("Error")
            .field("kind", &self.kind())
            .field("message", &self.to_string())
            .field("status", &self.status())
            .field("service_code", &self.service_code())
            .field("causes", &causes)
            .finish()
    }
}

/// Which token-store operation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoreOperation {
    /// Loading the saved refresh token.
    Load,
    /// Saving a rotated refresh token.
    Save,
    /// Coordinating a refresh with the other processes sharing the store
    /// (taking its refresh lease); the token is not refreshed without it.
    Lease,
}

/// Why a paging stream ended before the service said it was done: what it
/// sent could not be followed without looping, repeating or skipping items.
/// Yielded as [`Error::Paging`]; items yielded before it are exact.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PagingError {
    /// The service returned a cursor this stream had already sent (or, for
    /// a tick cursor, one that did not grow after a non-empty page):
    /// following it would read the same pages again.
    #[error(
        "{operation}: the service returned a cursor already followed after {calls} calls; \
         following it would loop, so the stream stopped (the items before this are complete \
         up to here; try again later, and report it if it persists)"
    )]
    CursorRepeated {
        /// The operation paged.
        operation: &'static str,
        /// Calls made.
        calls: u32,
    },
    /// Several pages in a row brought nothing new though the service said
    /// there was more.
    #[error(
        "{operation}: {idle_pages} pages in a row brought nothing new after {calls} calls, \
         though the service said there was more; the stream stopped rather than loop (try \
         again later, and report it if it persists)"
    )]
    NoProgress {
        /// The operation paged.
        operation: &'static str,
        /// Calls made.
        calls: u32,
        /// Pages in a row with nothing new.
        idle_pages: u32,
    },
    /// The stream made `PageLimits::max_pages` (kaizala-ext) calls and the service
    /// still said there was more.
    #[error(
        "{operation}: stopped after {calls} calls (the page limit) though the service still \
         said there was more; raise PageLimits::max_pages if the list really is that long, or \
         resume from the last item"
    )]
    PageLimit {
        /// The operation paged.
        operation: &'static str,
        /// Calls made.
        calls: u32,
    },
    /// `listActions` listed an Action not older than the `fromDate` sent, so
    /// walking back in time would not advance. The page was not yielded.
    #[error(
        "listActions: the service listed an Action not older than fromDate={from_date} (ms) \
         after {calls} calls, so the walk back in time cannot advance; the stream stopped"
    )]
    FromDateIgnored {
        /// The `fromDate` sent (epoch ms).
        from_date: i64,
        /// Calls made.
        calls: u32,
    },
    /// More Actions share one instant than a page of
    /// `PageLimits::max_tie_page` (kaizala-ext) holds: those at `instant_ms` not yet
    /// yielded, and everything older, could not be read.
    #[error(
        "listActions: more than {page_size} Actions share the instant {instant_ms} (epoch ms; \
         the whole second when the service sends only creationTime), so those not yet yielded \
         and everything older could not be read; raise PageLimits::max_tie_page"
    )]
    ActionsTie {
        /// The instant (epoch ms; the last ms of the second when only
        /// `creationTime` is known).
        instant_ms: i64,
        /// The largest page asked for.
        page_size: u32,
        /// Calls made.
        calls: u32,
    },
    /// `listActions` sent an Action without `creationTime` or `sentAt`
    /// while saying there was more: the next `fromDate` cannot be known.
    #[error(
        "listActions: an Action came with neither creationTime nor sentAt after {calls} calls, \
         while the service said there was more; the rest could not be read"
    )]
    Untimed {
        /// Calls made.
        calls: u32,
    },
}

fn store_text(operation: StoreOperation, message: &str) -> String {
    match operation {
        StoreOperation::Load => format!(
            "could not load the refresh token from the token store: {message}; fix or remove the store (a corrupt file can be replaced by running the PIN login again), then retry"
        ),
        StoreOperation::Save => format!(
            "could not save the rotated refresh token: {message}; fix the token store (disk space, permissions). The new refresh token is kept in memory and its save is retried in the background; calls go on meanwhile. Keep the process running until token_status() reports it saved, or the connector stops working when the old refresh token expires"
        ),
        StoreOperation::Lease => format!(
            "could not coordinate the token refresh through the shared token store: {message}; the token is not refreshed until the store answers (a rotated refresh token could not be saved), calls go on with the current access token while it is valid, and the refresh is retried with back-off. Check that the shared store (Redis) is reachable"
        ),
    }
}

fn service_detail(code: &Option<String>, message: &Option<String>) -> String {
    match (code, message) {
        (Some(c), Some(m)) => format!(", {c}: {m}"),
        (Some(c), None) => format!(", {c}"),
        (None, Some(m)) => format!(": {m}"),
        (None, None) => String::new(),
    }
}

fn wait_hint(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!("{} s", d.as_secs().max(1)),
        None => "a minute".to_owned(),
    }
}

fn status_hint(status: u16) -> std::borrow::Cow<'static, str> {
    match status {
        400 => "the service rejected the request: check the fields named in the message".into(),
        413 => "the payload is too large: send a smaller file".into(),
        415 => format!(
            "the media type is not supported: use a {} file",
            crate::facts::extensions_by_action()
        )
        .into(),
        500..=599 => "the service is having trouble: try again later".into(),
        _ => "check the request against the API documentation".into(),
    }
}

impl Error {
    /// Whether trying the same call again later may succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Throttled { .. }
            | Error::Transport { .. }
            | Error::TokenStore { .. }
            | Error::TokenTimeout { .. } => true,
            Error::Api { status, .. } => matches!(status, 500 | 502 | 503 | 504),
            Error::Auth { retryable, .. } => *retryable,
            Error::InvalidInput { .. }
            | Error::Unauthorized { .. }
            | Error::Forbidden { .. }
            | Error::NotFound { .. }
            | Error::Decode { .. }
            | Error::RefreshTokenRejected { .. }
            | Error::ApplicationCredentialsRejected { .. }
            | Error::ReauthorizationRequired { .. }
            | Error::AccessTokenRefused { .. }
            | Error::InvalidEndpoint { .. }
            | Error::UntrustedEndpoint { .. }
            | Error::ResponseTooLarge { .. }
            | Error::Paging(_) => false,
        }
    }

    /// The variant's name (`"NotFound"`), for logs and `{:#?}`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidInput { .. } => "InvalidInput",
            Error::Unauthorized { .. } => "Unauthorized",
            Error::Forbidden { .. } => "Forbidden",
            Error::NotFound { .. } => "NotFound",
            Error::Throttled { .. } => "Throttled",
            Error::Api { .. } => "Api",
            Error::Transport { .. } => "Transport",
            Error::Decode { .. } => "Decode",
            Error::Auth { .. } => "Auth",
            Error::TokenStore { .. } => "TokenStore",
            Error::TokenTimeout { .. } => "TokenTimeout",
            Error::RefreshTokenRejected { .. } => "RefreshTokenRejected",
            Error::ApplicationCredentialsRejected { .. } => "ApplicationCredentialsRejected",
            Error::AccessTokenRefused { .. } => "AccessTokenRefused",
            Error::InvalidEndpoint { .. } => "InvalidEndpoint",
            Error::UntrustedEndpoint { .. } => "UntrustedEndpoint",
            Error::ReauthorizationRequired { .. } => "ReauthorizationRequired",
            Error::ResponseTooLarge { .. } => "ResponseTooLarge",
            Error::Paging(_) => "Paging",
        }
    }

    /// The HTTP status this error came with, if any.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Auth {
                cause: Some(cause), ..
            } => cause.status(),
            Error::Unauthorized { .. } => Some(401),
            Error::Forbidden { .. } => Some(403),
            Error::NotFound { .. } => Some(404),
            Error::Throttled { .. } => Some(429),
            Error::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The service's error code, when it sent one.
    pub fn service_code(&self) -> Option<&str> {
        match self {
            Error::Auth {
                cause: Some(cause), ..
            } => cause.service_code(),
            Error::Unauthorized { code, .. }
            | Error::Forbidden { code, .. }
            | Error::NotFound { code, .. }
            | Error::Throttled { code, .. }
            | Error::Api { code, .. }
            | Error::RefreshTokenRejected { code, .. }
            | Error::ApplicationCredentialsRejected { code, .. }
            | Error::AccessTokenRefused { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    /// The service's error message, when it sent one.
    pub fn service_message(&self) -> Option<&str> {
        match self {
            Error::Auth {
                cause: Some(cause), ..
            } => cause.service_message(),
            Error::Unauthorized { message, .. }
            | Error::Forbidden { message, .. }
            | Error::NotFound { message, .. }
            | Error::Throttled { message, .. }
            | Error::Api { message, .. }
            | Error::RefreshTokenRejected { message, .. }
            | Error::ApplicationCredentialsRejected { message, .. }
            | Error::AccessTokenRefused { message, .. } => message.as_deref(),
            _ => None,
        }
    }

    /// How long the service asked to wait before the next call, if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Throttled { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// [`Error::InvalidInput`]: a request refused before anything was sent.
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Error::InvalidInput {
            message: message.into(),
        }
    }

    /// [`Error::Transport`] for a reqwest error, with its causes in the text.
    pub fn transport(error: reqwest::Error) -> Self {
        Error::Transport {
            message: describe_reqwest(&error),
            source: Some(Arc::new(error)),
        }
    }

    /// [`Error::Decode`]: `body` did not have the documented shape; the
    /// error keeps a short, redacted excerpt of it.
    pub fn decode(message: impl Into<String>, body: &[u8]) -> Self {
        Error::Decode {
            message: message.into(),
            snippet: snippet(body),
        }
    }

    /// [`Error::TokenStore`]: `operation` on the store named `store` failed.
    pub fn store(operation: StoreOperation, store: &str, source: std::io::Error) -> Self {
        Error::TokenStore {
            operation,
            message: format!("{store}: {source}"),
            source: Some(Arc::new(source)),
        }
    }

    /// The error for an error status with this body.
    pub fn from_status(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Self {
        let (code, message) = parse_service_error(body);
        match status.as_u16() {
            401 => Error::Unauthorized { code, message },
            403 => Error::Forbidden { code, message },
            404 => Error::NotFound { code, message },
            429 => Error::Throttled {
                retry_after: retry_after(headers),
                code,
                message,
            },
            other => Error::Api {
                status: other,
                code,
                message,
                body: snippet(body),
            },
        }
    }

    /// A [`ResponseTooLarge`](Error::ResponseTooLarge) somewhere in a reqwest
    /// error's causes (the body stream refused to go on).
    pub(crate) fn too_large(error: &reqwest::Error) -> Option<Self> {
        let mut cause = std::error::Error::source(error);
        while let Some(c) = cause {
            if let Some(limit) = c.downcast_ref::<BodyTooLarge>() {
                return Some(Error::ResponseTooLarge { limit: limit.0 });
            }
            cause = c.source();
        }
        None
    }

    /// Converts what progenitor's code for an operation ended with: the one
    /// conversion every generated call's error goes through. The body of an
    /// undocumented error status (already bounded by the runtime) is read,
    /// so the service's code and message are kept whatever the status.
    pub(crate) async fn from_progenitor<E: serde::Serialize>(
        error: progenitor_client::Error<E>,
    ) -> Self {
        match error {
            progenitor_client::Error::UnexpectedResponse(response)
                if carried(&response).is_none() =>
            {
                Error::from_response(response).await
            }
            other => Error::from_progenitor_now(other),
        }
    }

    /// [`from_progenitor`](Self::from_progenitor) for an error with nothing
    /// left to read.
    pub(crate) fn from_progenitor_now<E: serde::Serialize>(
        error: progenitor_client::Error<E>,
    ) -> Self {
        use progenitor_client::Error as P;
        match error {
            P::InvalidRequest(message) => Error::InvalidInput { message },
            P::CommunicationError(e) | P::InvalidUpgrade(e) | P::ResponseBodyError(e) => {
                if let Some(too_large) = Error::too_large(&e) {
                    return too_large;
                }
                match e.status() {
                    Some(status) => Error::from_status(status, &HeaderMap::new(), b""),
                    None => Error::transport(e),
                }
            }
            P::ErrorResponse(value) => {
                let status = value.status();
                let headers = value.headers().clone();
                let body = serde_json::to_vec(&value.into_inner()).unwrap_or_default();
                Error::from_status(status, &headers, &body)
            }
            P::InvalidResponsePayload(body, e) => {
                Error::decode(crate::redact::message(&e.to_string(), &body), &body)
            }
            P::UnexpectedResponse(response) => match carried(&response) {
                Some(carried) => carried.clone(),
                None => Error::from_status(response.status(), response.headers(), b""),
            },
            P::Custom(message) => Error::Auth {
                message,
                retryable: false,
                cause: None,
            },
        }
    }
}

/// The cause inside a body-stream error when a response grew past the limit
/// (`runtime::body`); read back as [`Error::ResponseTooLarge`].
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the response body is larger than {0} bytes")]
pub struct BodyTooLarge(pub u64);

/// The `Retry-After` of a response, in seconds (the form Kaizala sends).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let secs: f64 = value.parse().ok()?;
    if secs.is_finite() && secs >= 0.0 {
        Some(Duration::from_secs_f64(secs.min(1e9)))
    } else {
        None
    }
}

/// An [`Error`] of the runtime on its way through progenitor's `exec` hook,
/// which can only return a response: it rides a synthetic response's
/// extensions, and the generated `send` ([`from_generated`]) takes it out.
/// No caller ever sees the synthetic response.
#[derive(Clone)]
pub(crate) struct Carried(pub(crate) Error);

/// The status of the synthetic response: one no operation documents (the
/// spec has no `4XX` ranges), so the generated code hands it back untouched
/// as an unexpected response instead of decoding its empty body.
const CARRIER_STATUS: u16 = 499;

/// The synthetic response that carries `error`.
pub(crate) fn carry(error: Error) -> reqwest::Response {
    let mut response = http::Response::new(bytes::Bytes::new());
    *response.status_mut() =
        http::StatusCode::from_u16(CARRIER_STATUS).unwrap_or(http::StatusCode::BAD_GATEWAY);
    response.extensions_mut().insert(Carried(error));
    reqwest::Response::from(response)
}

/// The error a synthetic response carries, if it is one.
pub(crate) fn carried(response: &reqwest::Response) -> Option<&Error> {
    response.extensions().get::<Carried>().map(|c| &c.0)
}

/// What every generated operation's `send` returns: progenitor's result with
/// its error converted by [`Error::from_progenitor`]. Called only by the
/// generated code (`cargo xtask gen` routes each `send` through it).
#[doc(hidden)]
pub async fn from_generated<T, E: serde::Serialize>(
    result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
) -> Result<progenitor_client::ResponseValue<T>, Error> {
    match result {
        Ok(value) => Ok(value),
        // Boxed: the conversion reads an error body, a large future that
        // every successful call would otherwise carry and move.
        Err(error) => Err(Box::pin(Error::from_progenitor(error)).await),
    }
}

pub(crate) fn describe_reqwest(error: &reqwest::Error) -> String {
    // reqwest's Display names the URL, which never carries a secret here
    // (tokens travel in headers); include the cause chain for connect errors.
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// The start of a body, as text.
/// The start of a body, as text, with every secret the spec marks redacted
/// (before the cut, so a cut never exposes part of one).
pub fn snippet(body: &[u8]) -> String {
    crate::redact::json_excerpt(body, SNIPPET_CHARS)
}

/// The service's error code and message from an error body, in the shapes
/// the docs show (`code`/`message`, `errorCode`/`errorMessage`, any casing,
/// or nested under `error`), redacted and cut to 128 and 500 characters.
pub fn parse_service_error(body: &[u8]) -> (Option<String>, Option<String>) {
    let Ok(raw) = serde_json::from_slice::<serde_json::Value>(body) else {
        return (None, None);
    };
    let (code, _) = service_error_fields(&raw);
    // A message could quote a secret; the code is the service's error code
    // (redacting it by name would collide with the OAuth `code`).
    let mut redacted = raw;
    crate::redact::redact_value(&mut redacted);
    let (_, message) = service_error_fields(&redacted);
    // Cut after redacting, so a cut never shows part of a secret.
    (
        code.map(|c| cut(c, MAX_CODE_CHARS)),
        message.map(|m| cut(m, MAX_MESSAGE_CHARS)),
    )
}

/// How many characters of the service's error code an error keeps.
const MAX_CODE_CHARS: usize = 128;

/// How many characters of the service's error message an error keeps.
const MAX_MESSAGE_CHARS: usize = 500;

/// `text` cut to `max` characters, with `…` when cut.
fn cut(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text,
        Some((at, _)) => format!("{}…", &text[..at]),
    }
}

fn service_error_fields(value: &serde_json::Value) -> (Option<String>, Option<String>) {
    let serde_json::Value::Object(map) = value else {
        return (None, None);
    };
    let pick = |map: &serde_json::Map<String, serde_json::Value>, keys: &[&str]| {
        map.iter()
            .find(|(k, _)| keys.iter().any(|key| k.eq_ignore_ascii_case(key)))
            .and_then(|(_, v)| match v {
                serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
    };
    let code_keys = ["code", "errorCode", "error_code"];
    let message_keys = [
        "message",
        "errorMessage",
        "error_message",
        "error",
        "detail",
    ];
    let mut code = pick(map, &code_keys);
    let mut message = pick(map, &message_keys);
    if let Some(serde_json::Value::Object(inner)) = map
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("error"))
        .map(|(_, v)| v)
    {
        code = code.or_else(|| pick(inner, &code_keys));
        message = message.or_else(|| pick(inner, &message_keys));
    }
    (code, message)
}

impl From<crate::endpoint::InvalidEndpoint> for Error {
    fn from(e: crate::endpoint::InvalidEndpoint) -> Self {
        Error::InvalidEndpoint {
            endpoint: e.endpoint,
            reason: e.reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error answer whose body is `chunks` chunks of 1 MiB, sent with no
    /// length (or with `length`).
    fn endless(chunks: usize, length: Option<u64>) -> reqwest::Response {
        let chunk = bytes::Bytes::from(vec![b'x'; 1024 * 1024]);
        let body =
            futures::stream::iter(std::iter::repeat_n(chunk, chunks).map(Ok::<_, std::io::Error>));
        let mut response = http::Response::new(reqwest::Body::wrap_stream(body));
        *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        if let Some(length) = length {
            response.headers_mut().insert(
                reqwest::header::CONTENT_LENGTH,
                reqwest::header::HeaderValue::from(length),
            );
        }
        reqwest::Response::from(response)
    }

    #[tokio::test]
    async fn an_error_body_is_read_within_the_bound() {
        // A chunked body past 8 MiB: refused at the first chunk over, not
        // read whole (the stream goes on for 100 MiB).
        let error = Error::from_response(endless(100, None)).await;
        assert!(matches!(error, Error::ResponseTooLarge { .. }), "{error}");
        // A length past the bound: refused before a byte is read.
        let error = Error::from_response(endless(100, Some(100 * 1024 * 1024))).await;
        assert!(matches!(error, Error::ResponseTooLarge { .. }), "{error}");
        // A small body keeps the status and the text.
        let error = Error::from_response(endless(1, None)).await;
        assert!(
            matches!(error, Error::Api { status, .. } if status == 500),
            "{error:?}"
        );
    }

    #[test]
    fn maps_statuses_with_service_code_and_message() {
        let body = br#"{"code":"E401","message":"token expired"}"#;
        let e = Error::from_status(StatusCode::UNAUTHORIZED, &HeaderMap::new(), body);
        assert!(matches!(
            &e,
            Error::Unauthorized { code: Some(c), message: Some(m) } if c == "E401" && m == "token expired"
        ));
        assert!(!e.is_retryable());
        assert!(e.to_string().contains("refresh token"), "{e}");

        let e = Error::from_status(
            StatusCode::FORBIDDEN,
            &HeaderMap::new(),
            br#"{"error":{"errorCode":7,"errorMessage":"no"}}"#,
        );
        assert!(
            matches!(&e, Error::Forbidden { code: Some(c), message: Some(m) } if c == "7" && m == "no")
        );
        let e = Error::from_status(StatusCode::NOT_FOUND, &HeaderMap::new(), b"");
        assert!(matches!(e, Error::NotFound { .. }));

        let mut headers = HeaderMap::new();
        headers.insert("retry-after", "17".parse().unwrap());
        let e = Error::from_status(StatusCode::TOO_MANY_REQUESTS, &headers, b"");
        assert_eq!(e.retry_after(), Some(Duration::from_secs(17)));
        assert!(e.is_retryable());
        assert!(e.to_string().contains("wait 17 s"), "{e}");

        let e = Error::from_status(StatusCode::BAD_GATEWAY, &HeaderMap::new(), b"<html>oops");
        assert!(matches!(&e, Error::Api { status: 502, body, .. } if body == "<html>oops"));
        assert!(e.is_retryable());
        let e = Error::from_status(StatusCode::BAD_REQUEST, &HeaderMap::new(), b"{}");
        assert!(matches!(e, Error::Api { status: 400, .. }));
        assert!(!e.is_retryable());
    }

    #[test]
    fn converts_progenitor_errors() {
        let e = Error::from_progenitor_now(progenitor_client::Error::<()>::InvalidRequest(
            "bad".into(),
        ));
        assert!(matches!(e, Error::InvalidInput { .. }));

        let json_err = serde_json::from_slice::<u32>(b"nope").unwrap_err();
        let e = Error::from_progenitor_now(progenitor_client::Error::<()>::InvalidResponsePayload(
            bytes::Bytes::from_static(b"nope"),
            json_err,
        ));
        assert!(matches!(&e, Error::Decode { snippet, .. } if snippet == "nope"));

        // Errors of the runtime keep their variant across the generated client.
        for ours in [
            Error::Transport {
                message: "down".into(),
                source: None,
            },
            Error::store(
                StoreOperation::Save,
                "FileStore /x",
                std::io::Error::other("disk full"),
            ),
            Error::TokenTimeout {
                waited: Duration::from_secs(30),
            },
            Error::UntrustedEndpoint {
                host: "evil.example".into(),
                reason: "r".into(),
            },
        ] {
            let crossed = Error::from_progenitor_now(
                progenitor_client::Error::<()>::UnexpectedResponse(carry(ours.clone())),
            );
            assert_eq!(
                std::mem::discriminant(&crossed),
                std::mem::discriminant(&ours),
                "{crossed}"
            );
            assert_eq!(crossed.to_string(), ours.to_string());
        }
    }

    // `fn main() -> Result<(), Box<dyn Error>>` prints `Error: {err:?}`:
    // the README's examples must print the one sentence, not a dump of the
    // variant and of reqwest's error (URL, hyper's connect error, ...).
    #[test]
    fn a_main_returning_box_dyn_error_prints_the_sentence() {
        let reqwest_error = reqwest::Client::new()
            .get("not a url")
            .build()
            .expect_err("a relative URL");
        for error in [
            Error::transport(reqwest_error),
            Error::from_status(
                StatusCode::CONFLICT,
                &HeaderMap::new(),
                br#"{"errorCode":"Conflict","message":"already there"}"#,
            ),
            Error::RefreshTokenRejected {
                code: Some("E1".into()),
                message: Some("expired".into()),
            },
        ] {
            let sentence = error.to_string();
            let boxed: Box<dyn std::error::Error> = Box::new(error);
            let printed = format!("Error: {boxed:?}");
            assert_eq!(printed, format!("Error: {sentence}"));
            assert!(!printed.contains("reqwest::Error {"), "{printed}");
            // `{:#?}` still shows the parts.
            let detailed = format!("{boxed:#?}");
            assert!(detailed.contains("kind"), "{detailed}");
        }
    }

    #[test]
    fn snippets_are_bounded() {
        let long = "x".repeat(10_000);
        let e = Error::decode("bad", long.as_bytes());
        let Error::Decode { snippet, .. } = e else {
            panic!("not a decode error")
        };
        assert!(snippet.chars().count() <= SNIPPET_CHARS + 1);
    }
}
