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

use super::dedupe::{Claim, EventDeduper, InMemoryDeduper};
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
/// will not send it again. An `Err` (or a panic, or running past the
/// receiver's handler timeout) answers `500`, so Kaizala redelivers it later.
///
/// The handler runs in its own task: if Kaizala gives up waiting and drops
/// the connection, the run is not cut short half-way; it finishes and its
/// outcome decides whether the event counts as handled.
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
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use kaizala_ext::webhook::{KaizalaEvent, WebhookReceiver};
///
/// let receiver = WebhookReceiver::builder(std::env::var("KZ_CALLBACK_TOKEN")?)
///     .build(|event: KaizalaEvent| async move {
///         println!("{} {}", event.event_type(), event.event_id());
///         Ok::<_, std::io::Error>(())
///     })?;
/// let app = axum::Router::new().route("/kaizala/webhook", receiver.into_method_router());
/// let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
/// axum::serve(listener, app).await?;
/// # Ok(()) }
/// ```
///
/// | Request | Answer |
/// | --- | --- |
/// | `GET ?validationToken=T` (registration handshake) | `200 text/plain` `T`, no other work |
/// | `GET` without `validationToken` | `400` |
/// | `POST` with a missing or wrong `kz-callback-token` | `401`, body not read, nothing dispatched |
/// | `POST` body over the limit (default 1 MiB) | `413` |
/// | `POST` body not JSON, or no `eventType`/`eventId` | `400` |
/// | `POST` of an `eventId` whose handler already succeeded | `200`, handler not called |
/// | `POST` of an `eventId` whose handler is running | waits for that run (at most the duplicate wait, default 5 s): `200` if it succeeds; if it fails, this copy runs the handler; `503` if it is still running |
/// | `POST`, the event store failed or did not answer in time | `503`, handler not called; the claim, should a stalled store still run it, is released in the background so the redelivery is not refused for the lease (likewise when the delivery is dropped while its claim is on its way) |
/// | `POST`, handler returned `Ok` | `200`; the id is *done* |
/// | `POST`, handler returned `Err`, panicked or ran past the handler timeout (default 60 s) | `500`; the id is released so the redelivery reaches the handler |
///
/// An empty `eventId` identifies nothing: such events are never treated as
/// duplicates of each other. An id over 256 bytes reaches the event store
/// (and the log) as `=` and its hex SHA-256, so that a hostile sender's
/// 1 MiB ids cannot make the remembered ids cost gigabytes. The semantics of the event store are in
/// [`super::dedupe`].
///
/// The token is compared in constant time and never appears in `Debug`
/// output or logs; an empty token is refused when the receiver is built
/// (use [`WebhookReceiver::builder_without_token_check`] to accept every
/// delivery on purpose). Unknown event types and known types whose `data`
/// does not decode are dispatched too ([`KaizalaEvent::Unknown`],
/// [`KaizalaEvent::Malformed`]): answering non-2xx for them would only make
/// Kaizala retry and, after two days, disable the webhook.
#[derive(Clone)]
pub struct WebhookReceiver {
    inner: Arc<Inner>,
}

struct Inner {
    /// `None`: no token check (chosen explicitly).
    token: Option<SecretString>,
    max_body_bytes: usize,
    deduper: Arc<dyn EventDeduper>,
    handler: Box<dyn EventHandler>,
    duplicate_wait: Duration,
    handler_timeout: Duration,
    store_timeout: Duration,
}

impl Inner {
    /// How long an *in flight* mark lives: the handler's own bound plus a
    /// margin, so that it outlives a run but not a crashed process.
    fn lease(&self) -> Duration {
        self.handler_timeout.saturating_add(LEASE_MARGIN)
    }
}

/// What [`Inner::lease`] adds to the handler timeout.
const LEASE_MARGIN: Duration = Duration::from_secs(30);

/// The first and the longest pause between two looks at a running copy.
const POLL_FIRST: Duration = Duration::from_millis(10);
const POLL_MAX: Duration = Duration::from_millis(250);

/// A receiver cannot be built as configured.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookConfigError {
    /// The callback token is empty: every delivery with an empty (or, for
    /// some proxies, missing) header would be accepted.
    #[error(
        "the webhook callback token is empty: pass the callBackToken the webhook was created \
         with, or build with WebhookReceiver::builder_without_token_check() to accept every \
         delivery on purpose"
    )]
    EmptyCallbackToken,
}

impl fmt::Debug for WebhookReceiver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookReceiver")
            .field(
                "token",
                &if self.inner.token.is_some() {
                    "[REDACTED]"
                } else {
                    "no token check"
                },
            )
            .field("max_body_bytes", &self.inner.max_body_bytes)
            .field("duplicate_wait", &self.inner.duplicate_wait)
            .field("handler_timeout", &self.inner.handler_timeout)
            .finish_non_exhaustive()
    }
}

/// Configures a [`WebhookReceiver`].
pub struct WebhookReceiverBuilder {
    token: Option<SecretString>,
    max_body_bytes: usize,
    dedupe_capacity: usize,
    dedupe_window: Duration,
    deduper: Option<Arc<dyn EventDeduper>>,
    duplicate_wait: Duration,
    handler_timeout: Duration,
    store_timeout: Duration,
}

impl fmt::Debug for WebhookReceiverBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookReceiverBuilder")
            .field(
                "token",
                &if self.token.is_some() {
                    "[REDACTED]"
                } else {
                    "no token check"
                },
            )
            .field("max_body_bytes", &self.max_body_bytes)
            .field("dedupe_capacity", &self.dedupe_capacity)
            .field("dedupe_window", &self.dedupe_window)
            .field("custom_deduper", &self.deduper.is_some())
            .field("duplicate_wait", &self.duplicate_wait)
            .field("handler_timeout", &self.handler_timeout)
            .field("store_timeout", &self.store_timeout)
            .finish()
    }
}

impl WebhookReceiver {
    /// The default body limit: 1 MiB (events carry media URLs, not media).
    pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

    /// How long, by default, a copy of an event waits for a running copy
    /// before answering `503`: 5 s.
    pub const DEFAULT_DUPLICATE_WAIT: Duration = Duration::from_secs(5);
    /// How long, by default, a handler may run before it is abandoned and
    /// the event released for redelivery: 60 s.
    pub const DEFAULT_HANDLER_TIMEOUT: Duration = Duration::from_secs(60);
    /// How long, by default, one call to the event store may take: 5 s.
    pub const DEFAULT_STORE_TIMEOUT: Duration = Duration::from_secs(5);

    /// Starts configuring a receiver that accepts deliveries carrying
    /// `callback_token` (the `callBackToken` the webhook was created with).
    /// An empty token makes [`WebhookReceiverBuilder::build`] fail.
    pub fn builder(callback_token: impl Into<SecretString>) -> WebhookReceiverBuilder {
        Self::builder_with(Some(callback_token.into()))
    }

    /// Starts configuring a receiver that accepts every delivery, whatever
    /// its `kz-callback-token` — for a webhook created without a token, or
    /// behind a proxy that checks it. Anyone who can reach the URL can then
    /// send events.
    pub fn builder_without_token_check() -> WebhookReceiverBuilder {
        Self::builder_with(None)
    }

    fn builder_with(token: Option<SecretString>) -> WebhookReceiverBuilder {
        WebhookReceiverBuilder {
            token,
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
            dedupe_capacity: InMemoryDeduper::DEFAULT_CAPACITY,
            dedupe_window: InMemoryDeduper::DEFAULT_WINDOW,
            deduper: None,
            duplicate_wait: Self::DEFAULT_DUPLICATE_WAIT,
            handler_timeout: Self::DEFAULT_HANDLER_TIMEOUT,
            store_timeout: Self::DEFAULT_STORE_TIMEOUT,
        }
    }

    /// A receiver with the defaults: 1 MiB bodies, an in-memory event store.
    /// Fails when `callback_token` is empty.
    pub fn new(
        callback_token: impl Into<SecretString>,
        handler: impl EventHandler,
    ) -> Result<Self, WebhookConfigError> {
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

    /// How many handled event ids the in-memory store keeps (default 50 000).
    /// Ignored with [`WebhookReceiverBuilder::deduper`].
    pub fn dedupe_capacity(mut self, capacity: usize) -> Self {
        self.dedupe_capacity = capacity;
        self
    }

    /// How long the in-memory store keeps a handled event id (default 48 h).
    /// Ignored with [`WebhookReceiverBuilder::deduper`].
    pub fn dedupe_window(mut self, window: Duration) -> Self {
        self.dedupe_window = window;
        self
    }

    /// Replaces the in-memory event store, e.g. with one backed by a store
    /// the instances behind a load balancer share (see [`super::dedupe`]).
    pub fn deduper(mut self, deduper: impl EventDeduper) -> Self {
        self.deduper = Some(Arc::new(deduper));
        self
    }

    /// Like [`WebhookReceiverBuilder::deduper`], for a store the caller keeps a handle on.
    pub fn shared_deduper(mut self, deduper: Arc<dyn EventDeduper>) -> Self {
        self.deduper = Some(deduper);
        self
    }

    /// How long a copy of an event that is being handled right now waits
    /// for that run before it is answered `503` (default 5 s). Keep it under
    /// the time Kaizala waits for an answer.
    pub fn duplicate_wait(mut self, wait: Duration) -> Self {
        self.duplicate_wait = wait;
        self
    }

    /// How long a handler may run (default 60 s). A run that takes longer is
    /// abandoned (its future dropped), answered `500`, and the event released
    /// for redelivery.
    pub fn handler_timeout(mut self, timeout: Duration) -> Self {
        self.handler_timeout = timeout;
        self
    }

    /// How long one call to the event store may take before the delivery is
    /// answered `503` (default 5 s).
    pub fn store_timeout(mut self, timeout: Duration) -> Self {
        self.store_timeout = timeout;
        self
    }

    /// The receiver, handing new events to `handler`. Fails when the callback
    /// token is empty (see [`WebhookReceiver::builder_without_token_check`]).
    pub fn build(self, handler: impl EventHandler) -> Result<WebhookReceiver, WebhookConfigError> {
        if let Some(token) = &self.token
            && token.expose_secret().trim().is_empty()
        {
            return Err(WebhookConfigError::EmptyCallbackToken);
        }
        let deduper = self.deduper.unwrap_or_else(|| {
            Arc::new(InMemoryDeduper::new(
                self.dedupe_capacity,
                self.dedupe_window,
            ))
        });
        Ok(WebhookReceiver {
            inner: Arc::new(Inner {
                token: self.token,
                max_body_bytes: self.max_body_bytes,
                deduper,
                handler: Box::new(handler),
                duplicate_wait: self.duplicate_wait,
                handler_timeout: self.handler_timeout,
                store_timeout: self.store_timeout,
            }),
        })
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

fn token_matches(expected: Option<&SecretString>, headers: &HeaderMap) -> bool {
    let Some(expected) = expected else {
        return true; // no token check, chosen explicitly
    };
    let Some(sent) = headers.get(CALLBACK_TOKEN_HEADER) else {
        return false;
    };
    // Constant time in the content; only the length can leak.
    bool::from(sent.as_bytes().ct_eq(expected.expose_secret().as_bytes()))
}

/// A fresh claim owner: unique among the runs of this process, and random
/// enough that two processes sharing a store do not collide.
fn new_owner() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!(
        "{:016x}-{:x}-{}",
        fastrand::u64(..),
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// The longest event id given to the event store (and logged) as it is.
const MAX_STORED_ID: usize = 256;

/// The event id as the store (and the log) sees it: as it is up to 256
/// bytes; a longer one (Kaizala's are GUIDs: it is data from outside, up to
/// the body limit) as `=` and its hex SHA-256, so that remembering 50 000
/// handled ids cannot cost gigabytes. (A 65-byte id spelling out such a
/// key shares it with the one long id of that digest, nothing else.)
fn store_key(event_id: &str) -> String {
    if event_id.len() <= MAX_STORED_ID {
        return event_id.to_owned();
    }
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, event_id.as_bytes());
    let mut key = String::with_capacity(65);
    key.push('=');
    for byte in digest.as_ref() {
        key.push_str(&format!("{byte:02x}"));
    }
    key
}

/// How many times [`settle_later`] asks the store, and its first pause
/// (doubling): about 4 s in all, past the stalls a store recovers from.
const SETTLE_TRIES: u32 = 5;
const SETTLE_FIRST_PAUSE: Duration = Duration::from_millis(250);

/// Records a claim's outcome in the background, asking the store again
/// until it answers (at most [`SETTLE_TRIES`] times): *done* if `handled`,
/// else released. Both are safe to repeat (`complete` sets *done*, `release`
/// frees only `owner`'s claim, and owners are never reused). Used when the
/// store failed or did not answer in time: a claim whose answer was lost may
/// have landed, and a lost *done* or release would leave the event *in
/// flight* until its lease ends (the handler timeout plus 30 s) — refused to
/// every redelivery meanwhile and, after a success, handled again after it.
fn settle_later(inner: &Arc<Inner>, id: String, owner: String, handled: bool) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return; // no runtime: the lease ends the claim
    };
    let deduper = inner.deduper.clone();
    let store_timeout = inner.store_timeout;
    runtime.spawn(async move {
        let mut pause = SETTLE_FIRST_PAUSE;
        for _ in 0..SETTLE_TRIES {
            let settled = if handled {
                tokio::time::timeout(store_timeout, deduper.complete(&id, &owner)).await
            } else {
                tokio::time::timeout(store_timeout, deduper.release(&id, &owner)).await
            };
            if let Ok(Ok(())) = settled {
                tracing::debug!(event_id = %id, handled, "kaizala webhook: outcome recorded on a later try");
                return;
            }
            tokio::time::sleep(pause).await;
            pause = pause.saturating_mul(2);
        }
        tracing::error!(event_id = %id, handled, "kaizala webhook: could not record the outcome; the event stays in flight until its lease ends");
    });
}

/// A claim sent to the store whose answer was not read (the delivery was
/// dropped, or the store failed or timed out): released in the background
/// when dropped armed, so that it does not hold the event for the whole
/// lease should it land.
struct UnansweredClaim<'a> {
    inner: &'a Arc<Inner>,
    id: &'a str,
    owner: &'a str,
    armed: bool,
}

impl Drop for UnansweredClaim<'_> {
    fn drop(&mut self) {
        if self.armed {
            settle_later(self.inner, self.id.to_owned(), self.owner.to_owned(), false);
        }
    }
}

/// How one handler run ended.
enum Outcome {
    Handled,
    Failed(String),
}

async fn deliver(State(inner): State<Arc<Inner>>, request: Request) -> Response {
    if !token_matches(inner.token.as_ref(), request.headers()) {
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
    let event_id = store_key(event.event_id().trim());
    let event_type = event.event_type().to_owned();
    if event_id.is_empty() {
        // Nothing to recognise a redelivery by: every copy is handled.
        tracing::debug!(%event_type, "kaizala webhook: event without an eventId");
        return answer(run(&inner, event, None).await, &event_id, &event_type);
    }
    let owner = new_owner();
    let now = tokio::time::Instant::now();
    // A configured wait too long for the clock means "as long as possible": a day.
    let waited_until = now
        .checked_add(inner.duplicate_wait)
        .or_else(|| now.checked_add(Duration::from_secs(24 * 3600)))
        .unwrap_or(now);
    let mut pause = POLL_FIRST;
    loop {
        // Armed until the store answers: if this delivery is dropped (the
        // connection closed) or the store fails or times out, the claim may
        // still land, and is released in the background.
        let mut unanswered = UnansweredClaim {
            inner: &inner,
            id: &event_id,
            owner: &owner,
            armed: true,
        };
        let claim = tokio::time::timeout(
            inner.store_timeout,
            inner.deduper.claim(&event_id, &owner, inner.lease()),
        )
        .await;
        unanswered.armed = !matches!(claim, Ok(Ok(_)));
        drop(unanswered);
        match claim {
            Ok(Ok(Claim::Claimed)) => break,
            Ok(Ok(Claim::Done)) => {
                tracing::debug!(%event_id, %event_type, "kaizala webhook: duplicate of a handled event");
                return text(StatusCode::OK, "duplicate");
            }
            Ok(Ok(Claim::InFlight)) => {
                let now = tokio::time::Instant::now();
                if now >= waited_until {
                    tracing::info!(%event_id, %event_type, "kaizala webhook: another copy is still being handled; asking Kaizala to retry");
                    let mut response = text(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "this event is being handled; retry later",
                    );
                    response
                        .headers_mut()
                        .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
                    return response;
                }
                tokio::time::sleep(pause.min(waited_until - now)).await;
                pause = (pause * 2).min(POLL_MAX);
            }
            // In both, the claim is being released (`UnansweredClaim`): a
            // stalled store may still run it when it wakes up.
            Ok(Err(error)) => {
                tracing::error!(%event_id, %error, "kaizala webhook: event store failed");
                return text(StatusCode::SERVICE_UNAVAILABLE, "try again later");
            }
            Err(_) => {
                tracing::error!(%event_id, timeout = ?inner.store_timeout, "kaizala webhook: event store did not answer in time");
                return text(StatusCode::SERVICE_UNAVAILABLE, "try again later");
            }
        }
    }
    let outcome = run(&inner, event, Some((event_id.clone(), owner))).await;
    answer(outcome, &event_id, &event_type)
}

fn answer(outcome: Outcome, event_id: &str, event_type: &str) -> Response {
    match outcome {
        Outcome::Handled => {
            tracing::debug!(%event_id, %event_type, "kaizala webhook: event handled");
            text(StatusCode::OK, "ok")
        }
        Outcome::Failed(failure) => {
            tracing::warn!(%event_id, %event_type, error = %failure, "kaizala webhook: handler failed; Kaizala will redeliver");
            text(StatusCode::INTERNAL_SERVER_ERROR, "handler failed")
        }
    }
}

/// Runs the handler in its own task (so a dropped request does not cut it
/// short) and settles the claim, if any, from inside that task: *done* on
/// success, released on failure, panic, timeout or cancellation.
async fn run(inner: &Arc<Inner>, event: KaizalaEvent, claim: Option<(String, String)>) -> Outcome {
    let handling = inner.handler.handle(event);
    let timeout = inner.handler_timeout;
    let deduper = inner.deduper.clone();
    let settling = inner.clone();
    let task = tokio::spawn(async move {
        let mut guard = claim.map(|(id, owner)| ReleaseOnDrop {
            deduper: deduper.clone(),
            id,
            owner,
            armed: true,
        });
        let outcome =
            match tokio::time::timeout(timeout, AssertUnwindSafe(handling).catch_unwind()).await {
                Ok(Ok(Ok(()))) => Outcome::Handled,
                Ok(Ok(Err(error))) => Outcome::Failed(error.to_string()),
                Ok(Err(_)) => Outcome::Failed("handler panicked".to_owned()),
                Err(_) => Outcome::Failed(format!(
                    "handler still running after {timeout:?}; abandoned"
                )),
            };
        if let Some(claim) = guard.take() {
            claim
                .settle(matches!(outcome, Outcome::Handled), &settling)
                .await;
        }
        outcome
    });
    match task.await {
        Ok(outcome) => outcome,
        // Only a runtime shutting down cancels the task; its guard released the id.
        Err(error) => Outcome::Failed(format!("handler task ended: {error}")),
    }
}

/// An *in flight* claim; released when dropped unsettled (the task was
/// cancelled).
struct ReleaseOnDrop {
    deduper: Arc<dyn EventDeduper>,
    id: String,
    owner: String,
    armed: bool,
}

impl ReleaseOnDrop {
    /// Records the run's outcome: *done* if `handled`, else released; if
    /// the store fails or does not answer in time, asks it again in the
    /// background ([`settle_later`]).
    async fn settle(mut self, handled: bool, inner: &Arc<Inner>) {
        let store_timeout = inner.store_timeout;
        let settled = if handled {
            tokio::time::timeout(store_timeout, self.deduper.complete(&self.id, &self.owner)).await
        } else {
            tokio::time::timeout(store_timeout, self.deduper.release(&self.id, &self.owner)).await
        };
        // Settled (or tried to): dropping must not release a *done* id.
        self.armed = false;
        let id = &self.id;
        match settled {
            Ok(Ok(())) => return,
            Ok(Err(error)) => {
                tracing::warn!(event_id = %id, %error, handled, "kaizala webhook: could not record the outcome; trying again")
            }
            Err(_) => {
                tracing::warn!(event_id = %id, handled, "kaizala webhook: the event store did not record the outcome in time; trying again")
            }
        }
        settle_later(inner, self.id.clone(), self.owner.clone(), handled);
    }
}

impl Drop for ReleaseOnDrop {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let deduper = self.deduper.clone();
        let (id, owner) = (self.id.clone(), self.owner.clone());
        let mut release = Box::pin(async move {
            let _ = deduper.release(&id, &owner).await;
        });
        // The in-memory store answers at once; another store finishes in a
        // task if a runtime is still there, else its lease ends the claim.
        if (&mut release).now_or_never().is_none()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(release);
        }
    }
}
