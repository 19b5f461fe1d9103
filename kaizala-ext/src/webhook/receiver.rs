//! The callback endpoint: [`WebhookReceiver`], an axum service to mount at
//! the webhook's `callBackUrl` path.

use std::fmt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use futures::FutureExt;
use futures::future::BoxFuture;
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

use super::dedupe::{EventDeduper, InMemoryDeduper};
use super::event::KaizalaEvent;

/// The header Kaizala sends the webhook's `callBackToken` in.
pub const CALLBACK_TOKEN_HEADER: &str = "kz-callback-token";

/// The error a handler returns to have the event delivered again.
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;

/// What the receiver calls for every new event.
///
/// Implemented for any `Fn(KaizalaEvent) -> impl Future<Output = Result<(), E>>`
/// whose error converts into [`HandlerError`] (`std` errors, `String`,
/// `anyhow::Error`, …). Return `Ok` only once the event is safely taken
/// (stored, queued, acted on): the receiver then answers `200` and Kaizala
/// will not send it again. An `Err` (or a panic) answers `500`, so Kaizala
/// redelivers it later.
pub trait EventHandler: Send + Sync + 'static {
    /// Handles one event.
    fn handle(&self, event: KaizalaEvent) -> BoxFuture<'static, Result<(), HandlerError>>;
}

impl<F, Fut, E> EventHandler for F
where
    F: Fn(KaizalaEvent) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), E>> + Send + 'static,
    E: Into<HandlerError>,
{
    fn handle(&self, event: KaizalaEvent) -> BoxFuture<'static, Result<(), HandlerError>> {
        let future = self(event);
        Box::pin(async move { future.await.map_err(Into::into) })
    }
}

/// Receives Kaizala webhook deliveries and hands new events to a handler.
///
/// Mount [`WebhookReceiver::into_method_router`] at the path of your
/// `callBackUrl` (or use [`WebhookReceiver::into_router`]):
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// use kaizala_ext::webhook::{KaizalaEvent, WebhookReceiver};
///
/// let receiver = WebhookReceiver::builder(std::env::var("KZ_CALLBACK_TOKEN").unwrap())
///     .build(|event: KaizalaEvent| async move {
///         println!("{} {}", event.event_type(), event.event_id());
///         Ok::<_, std::io::Error>(())
///     });
/// let app = axum::Router::new().route("/kaizala/webhook", receiver.into_method_router());
/// let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
/// axum::serve(listener, app).await
/// # }
/// ```
///
/// | Request | Answer |
/// | --- | --- |
/// | `GET ?validationToken=T` (registration handshake) | `200 text/plain` `T`, no other work |
/// | `GET` without `validationToken` | `400` |
/// | `POST` with a missing or wrong `kz-callback-token` | `401`, body not read, nothing dispatched |
/// | `POST` body over the limit (default 1 MiB) | `413` |
/// | `POST` body not JSON, or no `eventType`/`eventId` | `400` |
/// | `POST` of an `eventId` seen recently | `200`, handler not called |
/// | `POST`, the seen-set store failed | `503`, handler not called |
/// | `POST`, handler returned `Ok` | `200` |
/// | `POST`, handler returned `Err` or panicked | `500`, id forgotten so the redelivery reaches the handler |
///
/// The token is compared in constant time and never appears in `Debug`
/// output or logs. Unknown event types and known types whose `data` does
/// not decode are dispatched too ([`KaizalaEvent::Unknown`],
/// [`KaizalaEvent::Malformed`]): answering non-2xx for them would only make
/// Kaizala retry and, after two days, disable the webhook.
#[derive(Clone)]
pub struct WebhookReceiver {
    inner: Arc<Inner>,
}

struct Inner {
    token: SecretString,
    max_body_bytes: usize,
    deduper: Arc<dyn EventDeduper>,
    handler: Box<dyn EventHandler>,
}

impl fmt::Debug for WebhookReceiver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookReceiver")
            .field("token", &"[REDACTED]")
            .field("max_body_bytes", &self.inner.max_body_bytes)
            .finish_non_exhaustive()
    }
}

/// Configures a [`WebhookReceiver`].
pub struct WebhookReceiverBuilder {
    token: SecretString,
    max_body_bytes: usize,
    dedupe_capacity: usize,
    dedupe_window: Duration,
    deduper: Option<Arc<dyn EventDeduper>>,
}

impl fmt::Debug for WebhookReceiverBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookReceiverBuilder")
            .field("token", &"[REDACTED]")
            .field("max_body_bytes", &self.max_body_bytes)
            .field("dedupe_capacity", &self.dedupe_capacity)
            .field("dedupe_window", &self.dedupe_window)
            .field("custom_deduper", &self.deduper.is_some())
            .finish()
    }
}

impl WebhookReceiver {
    /// The default body limit: 1 MiB (events carry media URLs, not media).
    pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

    /// Starts configuring a receiver that accepts deliveries carrying
    /// `callback_token` (the `callBackToken` the webhook was created with).
    pub fn builder(callback_token: impl Into<SecretString>) -> WebhookReceiverBuilder {
        WebhookReceiverBuilder {
            token: callback_token.into(),
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
            dedupe_capacity: InMemoryDeduper::DEFAULT_CAPACITY,
            dedupe_window: InMemoryDeduper::DEFAULT_WINDOW,
            deduper: None,
        }
    }

    /// A receiver with the defaults: 1 MiB bodies, an in-memory seen-set.
    pub fn new(callback_token: impl Into<SecretString>, handler: impl EventHandler) -> Self {
        Self::builder(callback_token).build(handler)
    }

    /// The `GET` (handshake) and `POST` (delivery) handlers, to mount with
    /// `Router::route(path, …)`. Other methods get `405`.
    pub fn into_method_router(self) -> MethodRouter {
        let limit = self.inner.max_body_bytes;
        get(validate)
            .post(deliver)
            .with_state(self.inner)
            .layer(DefaultBodyLimit::max(limit))
    }

    /// A router serving only `path` (e.g. `"/kaizala/webhook"`), to merge
    /// into an application or serve as is.
    pub fn into_router(self, path: &str) -> Router {
        Router::new().route(path, self.into_method_router())
    }
}

impl WebhookReceiverBuilder {
    /// The largest accepted body; bigger ones get `413` (default 1 MiB).
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// How many event ids the in-memory seen-set keeps (default 50 000).
    /// Ignored with [`WebhookReceiverBuilder::deduper`].
    pub fn dedupe_capacity(mut self, capacity: usize) -> Self {
        self.dedupe_capacity = capacity;
        self
    }

    /// How long the in-memory seen-set keeps an event id (default 48 h).
    /// Ignored with [`WebhookReceiverBuilder::deduper`].
    pub fn dedupe_window(mut self, window: Duration) -> Self {
        self.dedupe_window = window;
        self
    }

    /// Replaces the in-memory seen-set, e.g. with one backed by a store the
    /// instances behind a load balancer share (see [`super::dedupe`]).
    pub fn deduper(mut self, deduper: impl EventDeduper) -> Self {
        self.deduper = Some(Arc::new(deduper));
        self
    }

    /// Like [`WebhookReceiverBuilder::deduper`], for a seen-set the caller keeps a handle on.
    pub fn shared_deduper(mut self, deduper: Arc<dyn EventDeduper>) -> Self {
        self.deduper = Some(deduper);
        self
    }

    /// The receiver, handing new events to `handler`.
    pub fn build(self, handler: impl EventHandler) -> WebhookReceiver {
        let deduper = self.deduper.unwrap_or_else(|| {
            Arc::new(InMemoryDeduper::new(
                self.dedupe_capacity,
                self.dedupe_window,
            ))
        });
        WebhookReceiver {
            inner: Arc::new(Inner {
                token: self.token,
                max_body_bytes: self.max_body_bytes,
                deduper,
                handler: Box::new(handler),
            }),
        }
    }
}

#[derive(serde::Deserialize)]
struct Handshake {
    #[serde(rename = "validationToken")]
    validation_token: Option<String>,
}

fn text(status: StatusCode, body: impl Into<String>) -> Response {
    let mut response = (status, body.into()).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// The registration handshake: echo `validationToken`.
async fn validate(Query(query): Query<Handshake>) -> Response {
    match query.validation_token {
        Some(token) => text(StatusCode::OK, token),
        None => text(StatusCode::BAD_REQUEST, "missing validationToken"),
    }
}

fn token_matches(expected: &SecretString, headers: &HeaderMap) -> bool {
    let Some(sent) = headers.get(CALLBACK_TOKEN_HEADER) else {
        return false;
    };
    // Constant time in the content; only the length can leak.
    bool::from(sent.as_bytes().ct_eq(expected.expose_secret().as_bytes()))
}

async fn deliver(State(inner): State<Arc<Inner>>, request: Request) -> Response {
    if !token_matches(&inner.token, request.headers()) {
        tracing::warn!("kaizala webhook: delivery with a missing or wrong callback token");
        return text(StatusCode::UNAUTHORIZED, "unauthorized");
    }
    let body = match Bytes::from_request(request, &()).await {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            tracing::warn!(
                limit = inner.max_body_bytes,
                "kaizala webhook: body too large"
            );
            return text(StatusCode::PAYLOAD_TOO_LARGE, "body too large");
        }
        Err(rejection) => return text(StatusCode::BAD_REQUEST, rejection.body_text()),
    };
    let event = match serde_json::from_slice::<serde_json::Value>(&body) {
        Err(_) => return text(StatusCode::BAD_REQUEST, "body is not JSON"),
        Ok(raw) => match KaizalaEvent::from_value(raw) {
            Ok(event) => event,
            Err(error) => {
                return text(
                    StatusCode::BAD_REQUEST,
                    format!("not a Kaizala webhook event: {error}"),
                );
            }
        },
    };
    let event_id = event.event_id().to_owned();
    let event_type = event.event_type().to_owned();
    match inner.deduper.check_and_insert(&event_id).await {
        Ok(true) => {}
        Ok(false) => {
            tracing::debug!(%event_id, %event_type, "kaizala webhook: duplicate dropped");
            return text(StatusCode::OK, "duplicate");
        }
        Err(error) => {
            tracing::error!(%event_id, %error, "kaizala webhook: seen-set failed");
            return text(StatusCode::SERVICE_UNAVAILABLE, "try again later");
        }
    }
    let outcome = AssertUnwindSafe(inner.handler.handle(event))
        .catch_unwind()
        .await;
    let failure = match outcome {
        Ok(Ok(())) => {
            tracing::debug!(%event_id, %event_type, "kaizala webhook: event handled");
            return text(StatusCode::OK, "ok");
        }
        Ok(Err(error)) => error.to_string(),
        Err(_) => "handler panicked".to_owned(),
    };
    tracing::warn!(%event_id, %event_type, error = %failure, "kaizala webhook: handler failed; Kaizala will redeliver");
    if let Err(error) = inner.deduper.forget(&event_id).await {
        tracing::error!(%event_id, %error, "kaizala webhook: could not forget a failed event; its redelivery may be dropped");
    }
    text(StatusCode::INTERNAL_SERVER_ERROR, "handler failed")
}
