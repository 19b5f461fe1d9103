//! The send loop every request goes through: 401 replay, 308 moves, 429 and
//! 5xx retries, with a tracing span per operation.

use std::sync::Arc;

use kaizala_api::layer::ACCESS_TOKEN_HEADER;

use futures::future::{BoxFuture, Either, Ready, ready};
use reqwest::header::{HeaderName, HeaderValue};
use secrecy::SecretString;
use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::Empty;

use crate::retry::{self, Attempts, Next, OpInfo, RetryPolicy};
use crate::throttle::Throttle;
use crate::token::TokenManager;

/// The `accessToken` header's name, parsed at compile time.
const ACCESS_TOKEN: HeaderName = HeaderName::from_static(ACCESS_TOKEN_HEADER);

/// Builds the request for a replay, for the base URL and token now in force
/// (both `None` for operations without a token). `None` when the request
/// cannot be sent again (a consumed stream).
pub(crate) trait Rebuild:
    FnMut(Option<&str>, Option<&SecretString>) -> Option<reqwest::Request> + Send
{
}

impl<F> Rebuild for F where
    F: FnMut(Option<&str>, Option<&SecretString>) -> Option<reqwest::Request> + Send
{
}

/// What the send loop needs.
#[derive(Debug, Clone)]
pub(crate) struct Pipeline {
    pub http: reqwest::Client,
    pub tokens: Arc<TokenManager>,
    pub policy: RetryPolicy,
    /// Client-side pacing (`None`: switched off).
    pub throttle: Option<Throttle>,
}

/// Sets the `accessToken` header, marked sensitive; `None` when the token
/// cannot be a header value.
pub(crate) fn set_token(request: &mut reqwest::Request, token: &SecretString) -> Option<()> {
    kaizala_api::layer::set_access_token(request, token).ok()
}

impl Pipeline {
    /// Sends `first`, then replays per the policy. Returns the last response
    /// (or transport error) when there is nothing more to try.
    ///
    /// Every call's future is boxed once by its layer, so this one is kept
    /// small: the waits and refreshes that only replays need are boxed where
    /// they happen instead of being laid out in it.
    pub(crate) fn run<'a>(
        &'a self,
        op: OpInfo,
        mut request: reqwest::Request,
        mut rebuild: impl Rebuild + 'a,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> + Send + 'a {
        let span = tracing::info_span!(
            "kaizala.operation",
            operation_id = op.id,
            method = op.method,
            path = op.path,
            status = Empty,
            attempt = Empty,
            elapsed_ms = Empty,
        );
        // An async block rather than an `async fn`: an async fn keeps a
        // second copy of its arguments (the request, the replay template).
        let recorder = span.clone();
        async move {
            let span = recorder;
            let started = Instant::now();
            let mut attempts = Attempts::default();
            loop {
                attempts.sent += 1;
                // A cheap handle (shared bytes), read only after a 401.
                let sent_token = request.headers().get(&ACCESS_TOKEN).cloned();
                if let Some(throttle) = self.throttle.as_ref().filter(|t| t.applies()) {
                    Box::pin(throttle.acquire()).await;
                }
                let sent_at = Instant::now();
                let result = self.http.execute(request).await;
                if let (Ok(response), Some(throttle)) = (&result, &self.throttle)
                    && response.status() == reqwest::StatusCode::TOO_MANY_REQUESTS
                {
                    throttle.learn(retry::retry_after(response.headers()));
                }
                let next = match &result {
                    Ok(response) => {
                        span.record("status", response.status().as_u16());
                        retry::after_response(
                            &self.policy,
                            &op,
                            &mut attempts,
                            response.status(),
                            response.headers(),
                            // The URL sent to: redirects are never followed here.
                            response.url(),
                        )
                    }
                    Err(error) => retry::after_error(&self.policy, &op, &mut attempts, error),
                };
                span.record("attempt", attempts.sent);
                span.record(
                    "elapsed_ms",
                    u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
                );
                tracing::debug!(
                    attempt = attempts.sent,
                    status = result.as_ref().ok().map(|r| r.status().as_u16()),
                    transport_error = result.as_ref().err().map(|e| e.to_string()),
                    attempt_ms = u64::try_from(sent_at.elapsed().as_millis()).unwrap_or(u64::MAX),
                    next = ?next,
                    "attempt finished"
                );
                match next {
                    Next::Done => return finish(result).await,
                    Next::Reauth => self
                        .tokens
                        .invalidate(sent_token.as_ref().and_then(|t| t.to_str().ok())),
                    Next::Move(base) => self.tokens.set_moved_base(base),
                    Next::Retry(wait) => Box::pin(tokio::time::sleep(wait)).await,
                }
                let next_request = if op.requires_token {
                    match Box::pin(self.tokens.get()).await {
                        Ok(token) => {
                            let base = self.tokens.base(&token);
                            rebuild(Some(&base), Some(&token.secret))
                        }
                        Err(error) => {
                            tracing::warn!(error = %error, "no access token for the replay");
                            None
                        }
                    }
                } else {
                    rebuild(None, None)
                };
                match next_request {
                    Some(r) => request = r,
                    None => {
                        tracing::debug!(
                            "the request cannot be replayed; returning the last response"
                        );
                        return finish(result).await;
                    }
                }
            }
        }
        .instrument(span)
    }
}

/// The result handed to the caller, error bodies normalised. Only an error
/// response needs its body read, a large future: it is boxed, so that the
/// send loop's own future (boxed once per call) stays small.
fn finish(
    result: reqwest::Result<reqwest::Response>,
) -> Either<
    Ready<reqwest::Result<reqwest::Response>>,
    BoxFuture<'static, reqwest::Result<reqwest::Response>>,
> {
    match result {
        Ok(response) if is_error(response.status()) => {
            Either::Right(Box::pin(normalize_error_body(response)))
        }
        other => Either::Left(ready(other)),
    }
}

fn is_error(status: reqwest::StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}

/// A [`Rebuild`] for a request whose body can be cloned.
pub(crate) fn clone_rebuild(
    template: Option<reqwest::Request>,
    op_path: &'static str,
) -> impl Rebuild {
    move |base, token| {
        let mut request = clone_request(template.as_ref()?)?;
        if let Some(base) = base {
            *request.url_mut() = retry::retarget(request.url(), op_path, base)?;
        }
        if let Some(token) = token {
            set_token(&mut request, token)?;
        }
        Some(request)
    }
}

/// `Request::try_clone`, without its cost in the common case of a request
/// with no body and no timeout of its own (every GET and DELETE of the
/// generated client): reqwest's sets the timeout through the request's
/// extensions, allocating their map only to overwrite it. Such a request has
/// nothing else in its extensions: only a per-request timeout puts anything
/// there, or a conversion from `http::Request`, which always sets a body.
pub(crate) fn clone_request(request: &reqwest::Request) -> Option<reqwest::Request> {
    if request.body().is_some() || request.timeout().is_some() {
        return request.try_clone();
    }
    let mut clone = reqwest::Request::new(request.method().clone(), request.url().clone());
    *clone.headers_mut() = request.headers().clone();
    *clone.version_mut() = request.version();
    Some(clone)
}

/// Gives an error response a JSON object body, so the generated client
/// decodes it as its error type and the status survives: an empty or HTML
/// body (a proxy's 502, a bare 429) would otherwise become a decode error
/// that has lost the status. The original text is kept as `message`.
pub(crate) async fn normalize_error_body(
    response: reqwest::Response,
) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    if !is_error(status) {
        return Ok(response);
    }
    let version = response.version();
    let mut headers = response.headers().clone();
    let body = response.bytes().await?;
    let is_object = serde_json::from_slice::<serde_json::Value>(&body).is_ok_and(|v| v.is_object());
    let body = if is_object {
        body
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn clone_request_keeps_everything_a_replay_needs() {
        let http = reqwest::Client::new();
        let get = http
            .get("https://kms.kaiza.la/v1/groups?showDetail=true")
            .header("accept", "application/json")
            .version(reqwest::Version::HTTP_11)
            .build()
            .unwrap();
        let clone = clone_request(&get).unwrap();
        assert_eq!(clone.method(), get.method());
        assert_eq!(clone.url(), get.url());
        assert_eq!(clone.headers(), get.headers());
        assert_eq!(clone.version(), get.version());
        assert!(clone.body().is_none() && clone.timeout().is_none());

        let timed = http
            .delete("https://kms.kaiza.la/v1/groups/g")
            .timeout(Duration::from_secs(7))
            .build()
            .unwrap();
        assert_eq!(
            clone_request(&timed).unwrap().timeout(),
            Some(&Duration::from_secs(7))
        );

        let post = http
            .post("https://kms.kaiza.la/v1/groups")
            .body("{}")
            .build()
            .unwrap();
        let clone = clone_request(&post).unwrap();
        assert_eq!(clone.body().and_then(|b| b.as_bytes()), Some(&b"{}"[..]));
    }
}
