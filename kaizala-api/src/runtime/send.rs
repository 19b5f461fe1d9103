//! The send loop every request goes through: the one place that decides a
//! request's base URL and token, for the first attempt and every replay;
//! then 401 replay, 308 moves, 429 and 5xx retries, with a tracing span per
//! operation, and a bounded response body.

use std::sync::Arc;

use futures::future::{BoxFuture, Either};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::Empty;

use super::retry::{self, Attempts, Next, OpInfo};
use super::{Credential, Runtime, at_base_url, body};
use crate::Error;
use crate::operations::Operation;

/// Builds the request for a replay, addressed like the first one (below the
/// client's base URL: the runtime points it at the base in force and sets
/// its token). `None` when the request cannot be sent again (a consumed
/// stream).
pub trait Rebuild: FnMut() -> Option<reqwest::Request> + Send {}

impl<F> Rebuild for F where F: FnMut() -> Option<reqwest::Request> + Send {}

/// Where the send loop takes each attempt's request from: the first one and
/// every replay's. The request stays in here until the attempt is sent, so
/// the send loop's future holds none of its own.
pub(crate) trait Requests: Send {
    /// The URL of the next attempt's request, as it was built (below the
    /// client's base URL).
    fn url(&self) -> Option<&reqwest::Url>;

    /// The request of the next attempt (the first, or the replay
    /// [`prepare_replay`](Self::prepare_replay) made ready), addressed to
    /// `url` when one is given (a token call's, on the base in force).
    fn take(&mut self, url: Option<reqwest::Url>) -> Option<reqwest::Request>;

    /// Makes the next replay's request ready; `false` when there can be
    /// none (a consumed stream), which ends the call with the last answer.
    fn prepare_replay(&mut self) -> bool;
}

/// `request` addressed to `url`, when one is given.
fn addressed(mut request: reqwest::Request, url: Option<reqwest::Url>) -> reqwest::Request {
    if let Some(url) = url {
        *request.url_mut() = url;
    }
    request
}

/// A request sent as it is, then each replay made by a [`Rebuild`] (a
/// helper's streamed upload), at the end of the attempt it replays.
pub(crate) struct FirstThen<F> {
    pub(crate) next: Option<reqwest::Request>,
    pub(crate) rebuild: F,
}

impl<F: Rebuild> Requests for FirstThen<F> {
    fn url(&self) -> Option<&reqwest::Url> {
        self.next.as_ref().map(reqwest::Request::url)
    }

    fn take(&mut self, url: Option<reqwest::Url>) -> Option<reqwest::Request> {
        self.next.take().map(|request| addressed(request, url))
    }

    fn prepare_replay(&mut self) -> bool {
        self.next = (self.rebuild)();
        self.next.is_some()
    }
}

/// A generated request: kept as the template every attempt, the first one
/// included, is cloned from ([`clone_request`]) as it is sent, so that the
/// send loop holds one request, not the request and a copy for replays. A
/// request whose body cannot be cloned (none the generated client builds)
/// is sent once.
pub(crate) enum Template {
    Clonable(reqwest::Request),
    Once(Option<reqwest::Request>),
}

impl Template {
    pub(crate) fn new(request: reqwest::Request) -> Self {
        if request.body().is_none_or(|body| body.as_bytes().is_some()) {
            Self::Clonable(request)
        } else {
            Self::Once(Some(request))
        }
    }
}

impl Requests for Template {
    fn url(&self) -> Option<&reqwest::Url> {
        match self {
            Self::Clonable(template) => Some(template.url()),
            Self::Once(once) => once.as_ref().map(reqwest::Request::url),
        }
    }

    fn take(&mut self, url: Option<reqwest::Url>) -> Option<reqwest::Request> {
        match self {
            // Never `None`: a body of bytes clones.
            Self::Clonable(template) => clone_request(template, url),
            Self::Once(once) => once.take().map(|request| addressed(request, url)),
        }
    }

    fn prepare_replay(&mut self) -> bool {
        matches!(self, Self::Clonable(_))
    }
}

/// What one call ends with.
type Answer = Result<reqwest::Response, Error>;

/// The `accessToken` header name, validated once, at compile time.
const ACCESS_TOKEN: HeaderName = HeaderName::from_static(super::ACCESS_TOKEN_HEADER);

impl Runtime {
    fn identity_for(&self, operation: &Operation) -> Result<&Arc<dyn super::Identity>, Error> {
        self.identity().ok_or_else(|| {
            Error::invalid_input(format!(
                "{} needs an access token, and this client has none (it talks to the token \
                 service only); call it through a client built with credentials",
                operation.id
            ))
        })
    }

    /// The base URL in force for `credential`, once its tenant base is
    /// known to be inside the trust boundary (checked once per credential,
    /// whatever identity made it: a custom identity's base is judged as the
    /// token service's is).
    fn in_force(&self, credential: Credential) -> Result<(Credential, Arc<reqwest::Url>), Error> {
        if !credential.in_boundary() {
            self.endpoint()
                .check_tenant_base(credential.tenant_base())
                .inspect_err(|error| {
                    tracing::error!(error = %error, "refused to send an access token outside the trust boundary");
                })?;
            credential.mark_in_boundary();
        }
        let base = self.endpoint().base(credential.tenant_base());
        Ok((credential, base))
    }

    /// Sends the next request of `requests`: for a token call addressed
    /// (from below `base_path`, the client's base URL's path) to the base
    /// URL in force and given the token, the one algorithm for first
    /// attempts and replays alike. Also returns what the request carries
    /// that an error answer must not repeat ([`secrets_sent`]). The request
    /// lives only here, never in the send loop's future, and its URL is
    /// built once (a copy of the template's would be dropped at once).
    fn dispatch<R: Requests>(
        &self,
        operation: &Operation,
        requests: &mut R,
        base_path: &str,
        authorised: Option<&(Credential, Arc<reqwest::Url>)>,
    ) -> Result<
        (
            impl Future<Output = reqwest::Result<reqwest::Response>> + use<R>,
            Vec<String>,
        ),
        Error,
    > {
        let none = || Error::invalid_input("the request cannot be sent");
        let request = match authorised {
            Some((credential, base)) => {
                let built = requests.url().ok_or_else(none)?;
                let target = super::target_below(built, base_path).ok_or_else(|| {
                    Error::invalid_input("the request URL is not below the client's base URL")
                })?;
                let url = at_base_url(base, target)?;
                let mut request = requests.take(Some(url)).ok_or_else(none)?;
                request
                    .headers_mut()
                    .insert(ACCESS_TOKEN, credential.header().clone());
                request
            }
            None => requests.take(None).ok_or_else(none)?,
        };
        let sent = secrets_sent(operation, &request);
        Ok((self.http().execute(request), sent))
    }

    /// Sends the first request `requests` gives, then replays per the
    /// policy, each replay the next request it gives. `base_path` is the
    /// path of the base URL the request (and each replay) is addressed below
    /// (the rest of its path and its query are what every base in force
    /// gets); token calls are addressed to the base in force on every
    /// attempt. Returns the last response when there is nothing more to
    /// try, its body bounded (an empty success body read as `{}`, an error
    /// body made a JSON object), or the runtime's own failure as an
    /// [`Error`].
    pub(crate) fn run<'a>(
        &'a self,
        operation: &'static Operation,
        mut requests: impl Requests + 'a,
        base_path: std::borrow::Cow<'a, str>,
    ) -> impl Future<Output = Result<reqwest::Response, Error>> + Send + 'a {
        let span = tracing::info_span!(
            "kaizala.operation",
            operation_id = operation.id,
            method = operation.method,
            path = operation.path,
            status = Empty,
            attempt = Empty,
            elapsed_ms = Empty,
        );
        // An async block rather than an `async fn`: an async fn keeps a
        // second copy of its arguments. The future is boxed once per call
        // (by `exec`), and one over 1 KiB leaves the allocator's fast path:
        // it holds one request, the template in `requests`; each attempt's
        // is only moved (never borrowed) by the loop, so it takes no room
        // past its send, and the answer is awaited only when it is an error
        // body to read (boxed).
        // A span no subscriber wants is neither entered nor recorded, and
        // the clock is read only for a span or a debug event that shows it.
        let traced = !span.is_disabled();
        // Asked as the `attempt finished` event below is (an event with its
        // fields, not a hint): a subscriber that wants events but no spans
        // gets a measured `attempt_ms`, not a made-up 0.
        let timed = traced
            || tracing::event_enabled!(
                tracing::Level::DEBUG,
                message,
                attempt,
                status,
                transport_error,
                attempt_ms,
                next
            );
        let recorder = span.clone();
        let run = async move {
            let span = recorder;
            let policy = self.retry_policy();
            let started = traced.then(Instant::now);
            let mut attempts = Attempts::default();
            // The last answer, when it is the call's: handed over at once,
            // or its error body read (boxed) once the loop's state is gone.
            macro_rules! finish {
                ($result:expr, $sent:expr, $authorised:expr) => {{
                    let reading = match self.finish($result, $sent, $authorised) {
                        Finish::Now(answer) => return answer,
                        Finish::Read(reading) => reading,
                    };
                    return reading.await;
                }};
            }
            loop {
                attempts.sent += 1;
                let authorised = if operation.requires_access_token {
                    let identity = self.identity_for(operation)?;
                    let credential = match identity.ready_credential() {
                        Some(ready) => ready?,
                        None => identity.credential().await?,
                    };
                    Some(self.in_force(credential)?)
                } else {
                    None
                };
                let throttle = self.throttle().filter(|t| self.paced || t.all_calls);
                if let Some(throttle) = throttle {
                    Box::pin(throttle.acquire()).await;
                }
                let (sending, sent) =
                    self.dispatch(operation, &mut requests, &base_path, authorised.as_ref())?;
                let sent_at = timed.then(Instant::now);
                let result = sending.await;
                if let (Ok(response), Some(throttle)) = (&result, self.throttle())
                    && response.status() == reqwest::StatusCode::TOO_MANY_REQUESTS
                {
                    throttle.learn(retry::retry_after(response.headers()));
                }
                let next = match &result {
                    Ok(response) => {
                        if traced {
                            span.record("status", response.status().as_u16());
                        }
                        if let Some((credential, _)) = &authorised
                            && response.status().is_success()
                        {
                            credential.mark_accepted();
                        }
                        retry::after_response(
                            policy,
                            &OpInfo::from(operation),
                            &mut attempts,
                            response.status(),
                            response.headers(),
                        )
                    }
                    Err(error) => {
                        retry::after_error(policy, &OpInfo::from(operation), &mut attempts, error)
                    }
                };
                if traced {
                    span.record("attempt", attempts.sent);
                    span.record("elapsed_ms", millis_since(started));
                }
                tracing::debug!(
                    attempt = attempts.sent,
                    status = result.as_ref().ok().map(|r| r.status().as_u16()),
                    transport_error = result.as_ref().err().map(|e| e.to_string()),
                    // Absent, never 0, when the clock was not read.
                    attempt_ms = sent_at.map(|at| millis_since(Some(at))),
                    next = ?next,
                    "attempt finished"
                );
                match next {
                    Next::Done => finish!(result, sent, authorised.as_ref()),
                    Next::Reauth | Next::Refused => {
                        let identity = self.identity();
                        // A fixed token cannot be replaced: its 401 is the
                        // caller's to see, as `Unauthorized`.
                        if identity.is_some_and(|i| !i.refreshes()) {
                            finish!(result, sent, authorised.as_ref());
                        }
                        let replay = matches!(next, Next::Reauth)
                            && match (&authorised, identity) {
                                (Some((credential, _)), Some(identity)) => {
                                    identity.rejected(credential)
                                }
                                _ => false,
                            };
                        if !replay {
                            // Boxed: a rare path, kept out of the send loop's
                            // future (every call moves that future).
                            let body = match result {
                                Ok(response) => Box::pin(body::read_limited(response, 64 * 1024))
                                    .await
                                    .unwrap_or_default(),
                                Err(_) => bytes::Bytes::new(),
                            };
                            let secrets = echoable(sent, authorised.as_ref());
                            let body = crate::redact::scrub_values(&body, &secrets);
                            let (code, message) = crate::error::parse_service_error(&body);
                            return Err(Error::AccessTokenRefused { code, message });
                        }
                    }
                    Next::Move(location) => {
                        let (Ok(response), Some((credential, base))) = (&result, &authorised)
                        else {
                            finish!(result, sent, authorised.as_ref());
                        };
                        // The moved request's path below the base it went to.
                        let Some(target) =
                            super::target_below(response.url(), base.path().trim_end_matches('/'))
                        else {
                            finish!(result, sent, authorised.as_ref());
                        };
                        let to = crate::endpoint::moved_base(&location, response.url(), target)?;
                        self.endpoint()
                            .move_to(credential.tenant_base(), base, to)?;
                    }
                    Next::Retry(wait) => Box::pin(tokio::time::sleep(wait)).await,
                }
                if !requests.prepare_replay() {
                    tracing::debug!("the request cannot be replayed; returning the last response");
                    finish!(result, sent, authorised.as_ref());
                }
            }
        };
        if traced {
            Either::Left(run.instrument(span))
        } else {
            Either::Right(run)
        }
    }

    /// The result handed to the caller: the body capped at `max_body`, error
    /// bodies normalised. Only an error response needs its body read, a
    /// large future: it is boxed, so that the send loop's own future (boxed
    /// once per call) stays small, and every other answer is handed over
    /// without a future.
    /// `sent` are the secret values the request carried and `authorised`
    /// its credential: an error body loses every echo of them before
    /// anything reads it.
    fn finish(
        &self,
        result: reqwest::Result<reqwest::Response>,
        sent: Vec<String>,
        authorised: Option<&(Credential, Arc<reqwest::Url>)>,
    ) -> Finish {
        let limit = self.max_response_body();
        match result {
            Ok(response) if is_error(response.status()) => {
                // Gathered only for an error body (any status but a 2xx), the
                // one text that can echo them.
                let secrets = echoable(sent, authorised);
                Finish::Read(Box::pin(async move {
                    normalize_error_body(response, limit, &secrets).await
                }))
            }
            // Before the bound hides the body's length.
            Ok(response) => Finish::Now(body::limit_body(
                crate::lenient::empty_success_as_object(response),
                limit,
            )),
            Err(error) => Finish::Now(Err(Error::transport(error))),
        }
    }
}

/// How a call ends: with its answer, or with an error body to read first.
enum Finish {
    Now(Answer),
    Read(BoxFuture<'static, Answer>),
}

/// Milliseconds since `start` (0 when the clock was not read).
fn millis_since(start: Option<Instant>) -> u64 {
    start.map_or(0, |start| {
        u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX)
    })
}

/// The secret values `request` carries when its operation has any (the
/// credential headers of the authentication operations, a PIN, a callback
/// token, an OAuth client secret and code): empty, at no cost, for every
/// other operation.
fn secrets_sent(operation: &Operation, request: &reqwest::Request) -> Vec<String> {
    if operation.secrets.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<String> = request
        .headers()
        .iter()
        .filter(|(name, value)| {
            value.is_sensitive() || super::CREDENTIAL_HEADERS.contains(&name.as_str())
        })
        .filter_map(|(_, value)| value.to_str().ok().map(str::to_owned))
        .collect();
    out.extend(
        request
            .url()
            .query_pairs()
            .filter(|(name, _)| crate::redact::is_secret_name(name))
            .map(|(_, value)| value.into_owned()),
    );
    if let Some(body) = request.body().and_then(reqwest::Body::as_bytes) {
        out.extend(crate::redact::secret_values(body));
    }
    out
}

/// Everything an error answer to an attempt must not repeat: what
/// [`secrets_sent`] found, and the access token it was sent with.
fn echoable(
    mut sent: Vec<String>,
    authorised: Option<&(Credential, Arc<reqwest::Url>)>,
) -> Vec<String> {
    if let Some(token) = authorised.and_then(|(credential, _)| credential.header().to_str().ok()) {
        sent.push(token.to_owned());
    }
    sent
}

/// Every answer that is not a success reaches the caller as an error with
/// its body: a 4xx or 5xx, and a 3xx the runtime does not follow (a 302, a
/// 307, a 308 without `Location` or past the hop limit), whose body can
/// echo a secret as well.
fn is_error(status: reqwest::StatusCode) -> bool {
    !status.is_success()
}

/// `Request::try_clone` (addressed to `url` when one is given), without its
/// cost in the common case of a request
/// with no body and no timeout of its own (every GET and DELETE of the
/// generated client): reqwest's sets the timeout through the request's
/// extensions, allocating their map only to overwrite it. Such a request has
/// nothing else in its extensions: only a per-request timeout puts anything
/// there, or a conversion from `http::Request`, which always sets a body.
pub(crate) fn clone_request(
    request: &reqwest::Request,
    url: Option<reqwest::Url>,
) -> Option<reqwest::Request> {
    if request.body().is_some() || request.timeout().is_some() {
        return request.try_clone().map(|clone| addressed(clone, url));
    }
    let url = url.unwrap_or_else(|| request.url().clone());
    let mut clone = reqwest::Request::new(request.method().clone(), url);
    *clone.headers_mut() = copy_headers(request.headers());
    *clone.version_mut() = request.version();
    Some(clone)
}

/// A copy of `headers` with room for those a request gains on its way out
/// (the token the runtime sets, the client's default headers reqwest adds:
/// `User-Agent`, …), as much as a map reqwest builds has. A clone has no
/// room to spare (its list is exactly as long), so adding them grew it: an
/// allocation per attempt.
fn copy_headers(headers: &HeaderMap) -> HeaderMap {
    let mut copy = HeaderMap::with_capacity(headers.len() + 4);
    for (name, value) in headers {
        copy.append(name.clone(), value.clone());
    }
    copy
}

/// Gives an error response a JSON object body, so the generated client
/// decodes it as its error type and the status survives: an empty or HTML
/// body (a proxy's 502, a bare 429) would otherwise become a decode error
/// that has lost the status. The original text is kept as `message`.
///
/// Every echo of `secrets` (what the request carried) is redacted first.
/// The body is read up to `limit` bytes; a larger one becomes
/// [`Error::ResponseTooLarge`] without being held.
pub(crate) async fn normalize_error_body(
    response: reqwest::Response,
    limit: u64,
    secrets: &[String],
) -> Result<reqwest::Response, Error> {
    let status = response.status();
    if !is_error(status) {
        return Ok(response);
    }
    let version = response.version();
    let mut headers = response.headers().clone();
    let body = body::read_limited(response, limit).await?;
    let body = match crate::redact::scrub_values(&body, secrets) {
        std::borrow::Cow::Borrowed(_) => body,
        std::borrow::Cow::Owned(scrubbed) => bytes::Bytes::from(scrubbed),
    };
    let parsed = serde_json::from_slice::<serde_json::Value>(&body);
    let body = if let Ok(serde_json::Value::Object(object)) = parsed {
        canonical_error_object(object, &body)
    } else {
        let message = if body.iter().all(u8::is_ascii_whitespace) {
            format!("HTTP {status} with no error details")
        } else {
            crate::error::snippet(&body)
        };
        headers.insert(
            reqwest::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        bytes::Bytes::from(serde_json::json!({ "message": message }).to_string())
    };
    headers.remove(reqwest::header::CONTENT_LENGTH);
    headers.remove(reqwest::header::TRANSFER_ENCODING);
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Ok(reqwest::Response::from(rebuilt))
}

/// An error object in the one shape the spec's `ErrorResponse` decodes and
/// every conversion reads alike: the service's code and message as
/// [`crate::error::parse_service_error`] finds them (any casing,
/// `errorMessage`, nested under `error`, a number for a string) written as
/// `errorCode` and `message`, an `errorCategoryKey` that is not a string
/// dropped, every other field kept. A documented status would otherwise
/// become a decode error that lost it (`"message": 7`), or lose a code its
/// generated type has no field for (`{"error": {"code": …}}`), where an
/// undocumented status kept it.
fn canonical_error_object(
    mut object: serde_json::Map<String, serde_json::Value>,
    body: &[u8],
) -> bytes::Bytes {
    use serde_json::Value;
    let (code, message) = crate::error::parse_service_error(body);
    object.remove("errorCode");
    object.remove("message");
    if !matches!(
        object.get("errorCategoryKey"),
        None | Some(Value::String(_) | Value::Null)
    ) {
        object.remove("errorCategoryKey");
    }
    if let Some(code) = code {
        object.insert("errorCode".to_owned(), Value::String(code));
    }
    if let Some(message) = message {
        object.insert("message".to_owned(), Value::String(message));
    }
    serde_json::to_vec(&object).map_or_else(|_| bytes::Bytes::copy_from_slice(body), Into::into)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_template_sends_a_copy_every_attempt_and_a_stream_once() {
        let http = reqwest::Client::new();
        let get = http
            .get("https://kms.kaiza.la/v1/groups?showDetail=true")
            .header("accept", "application/json")
            .build()
            .unwrap();
        let mut template = Template::new(get.try_clone().unwrap());
        for _ in 0..3 {
            let sent = template.take(None).unwrap();
            assert_eq!(
                (sent.method(), sent.url(), sent.headers()),
                (get.method(), get.url(), get.headers())
            );
            assert!(template.prepare_replay());
        }
        // Copies go where told, with room for the token and User-Agent.
        let there = reqwest::Url::parse("https://kms2.kaiza.la/v1/groups?showDetail=true").unwrap();
        let mut sent = template.take(Some(there.clone())).unwrap();
        assert_eq!(sent.url(), &there);
        assert_eq!(template.url(), Some(get.url()));
        assert!(sent.headers().capacity() >= get.headers().len() + 4);
        sent.headers_mut()
            .insert("accesstoken", HeaderValue::from_static("t"));
        sent.headers_mut()
            .insert("user-agent", HeaderValue::from_static("u"));
        assert_eq!(sent.headers().len(), get.headers().len() + 2);
        let post = http
            .post("https://kms.kaiza.la/v1/groups")
            .body("{}")
            .build()
            .unwrap();
        let mut template = Template::new(post);
        assert_eq!(
            template
                .take(None)
                .unwrap()
                .body()
                .and_then(|b| b.as_bytes()),
            Some(&b"{}"[..])
        );
        assert!(template.prepare_replay());
        let stream = http
            .post("https://kms.kaiza.la/v1/media")
            .body(reqwest::Body::wrap_stream(futures::stream::iter(vec![
                Ok::<_, std::io::Error>(bytes::Bytes::from_static(b"x")),
            ])))
            .build()
            .unwrap();
        let mut once = Template::new(stream);
        assert!(once.take(None).is_some());
        assert!(!once.prepare_replay());
        assert!(once.take(None).is_none());
    }

    #[test]
    fn a_helpers_request_is_sent_then_each_replay_rebuilt_after_its_attempt() {
        let http = reqwest::Client::new();
        let request = |path: &str| {
            http.get(format!("https://kms.kaiza.la/v1/{path}"))
                .build()
                .unwrap()
        };
        let mut rebuilt = 0;
        let mut requests = FirstThen {
            next: Some(request("first")),
            rebuild: || {
                rebuilt += 1;
                (rebuilt < 3).then(|| request("again"))
            },
        };
        assert_eq!(requests.take(None).unwrap().url().path(), "/v1/first");
        assert!(requests.take(None).is_none(), "a replay only once prepared");
        assert!(requests.prepare_replay());
        assert_eq!(requests.take(None).unwrap().url().path(), "/v1/again");
        assert!(requests.prepare_replay());
        assert!(!requests.prepare_replay(), "the rebuild gave none");
        assert!(requests.take(None).is_none());
    }

    #[test]
    fn clone_request_keeps_everything_a_replay_needs() {
        let http = reqwest::Client::new();
        let get = http
            .get("https://kms.kaiza.la/v1/groups?showDetail=true")
            .header("accept", "application/json")
            .version(reqwest::Version::HTTP_11)
            .build()
            .unwrap();
        let clone = clone_request(&get, None).unwrap();
        assert_eq!(clone.method(), get.method());
        assert_eq!(clone.url(), get.url());
        assert_eq!(clone.headers(), get.headers());
        assert_eq!(clone.version(), get.version());
        assert!(clone.body().is_none() && clone.timeout().is_none());

        // Every header, in order, repeated names and sensitivity kept.
        let mut secret = HeaderValue::from_static("s3cret");
        secret.set_sensitive(true);
        let many = http
            .get("https://kms.kaiza.la/v1/groups")
            .header("x-b", "1")
            .header("accept", "application/json")
            .header("x-b", "2")
            .header("applicationsecret", secret)
            .build()
            .unwrap();
        let listed = |r: &reqwest::Request| {
            r.headers()
                .iter()
                .map(|(n, v)| (n.clone(), v.clone(), v.is_sensitive()))
                .collect::<Vec<_>>()
        };
        assert_eq!(listed(&clone_request(&many, None).unwrap()), listed(&many));

        let timed = http
            .delete("https://kms.kaiza.la/v1/groups/g")
            .timeout(Duration::from_secs(7))
            .build()
            .unwrap();
        assert_eq!(
            clone_request(&timed, None).unwrap().timeout(),
            Some(&Duration::from_secs(7))
        );

        let post = http
            .post("https://kms.kaiza.la/v1/groups")
            .body("{}")
            .build()
            .unwrap();
        let clone = clone_request(&post, None).unwrap();
        assert_eq!(clone.body().and_then(|b| b.as_bytes()), Some(&b"{}"[..]));
    }
}
