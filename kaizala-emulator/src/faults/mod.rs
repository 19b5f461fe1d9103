//! Injected faults: 5xx for the next N calls, the 308 of a moved endpoint, and
//! [`Fault`]s for the next calls on a base (slow, hanging, redirected elsewhere,
//! huge bodies).

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::state::State;

// What a fault is lives apart from how it is taken from the state, so that the state can
// queue faults without importing this module back.
pub(crate) mod kind;
pub use kind::{Fault, HANG_BOUND};

/// Consumes one injected failure for the auth or tenant base, if any is pending.
pub(crate) fn take(st: &mut State, auth: bool) -> Option<ApiError> {
    let counter = if auth {
        &mut st.fail_auth
    } else {
        &mut st.fail_tenant
    };
    if *counter == 0 {
        return None;
    }
    *counter -= 1;
    let status = StatusCode::from_u16(st.fail_status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    Some(ApiError::new(
        status,
        "ServiceUnavailable",
        "ServerError",
        "Injected failure: the service is temporarily unavailable.",
    ))
}

/// The 308 answer of a tenant base that moved to `new_endpoint`.
pub(crate) fn moved(new_endpoint: String) -> ApiError {
    let mut e = ApiError::new(
        StatusCode::PERMANENT_REDIRECT,
        "EndpointMoved",
        "EndpointMoved",
        "The tenant endpoint has moved; use the endpoint URL in the Location header.",
    );
    e.location = Some(new_endpoint);
    e
}

/// Consumes the next injected [`Fault`] for the auth or tenant base, if any.
pub(crate) fn next(st: &mut State, auth: bool) -> Option<Fault> {
    let queue = if auth {
        &mut st.auth_faults
    } else {
        &mut st.tenant_faults
    };
    queue.pop_front()
}

/// What a fault does before (or instead of) the real handler.
pub(crate) enum Applied {
    /// Go on with the real handler.
    Proceed,
    /// Answer this instead.
    Answer(Response),
}

/// Applies `fault`: sleeps for [`Fault::Slow`] and [`Fault::Hang`], builds
/// the answer of the others.
pub(crate) async fn apply(fault: Fault) -> Applied {
    match fault {
        Fault::Slow(delay) => {
            tokio::time::sleep(delay).await;
            Applied::Proceed
        }
        Fault::Hang => {
            tokio::time::sleep(HANG_BOUND).await;
            Applied::Answer(
                ApiError::new(
                    StatusCode::GATEWAY_TIMEOUT,
                    "GatewayTimeout",
                    "ServerError",
                    "Injected hang: no answer was given.",
                )
                .into_response(),
            )
        }
        Fault::RedirectTo(location) => Applied::Answer(moved(location).into_response()),
        Fault::HugeBody { status, bytes } => Applied::Answer(huge_body(status, bytes)),
    }
}

/// `{"pad":"xxxx…"}` of exactly `bytes` bytes (at least the 10 of `{"pad":""}`).
fn huge_body(status: u16, bytes: u64) -> Response {
    const HEAD: &[u8] = b"{\"pad\":\"";
    const TAIL: &[u8] = b"\"}";
    const CHUNK: usize = 64 * 1024;
    let frame = (HEAD.len() + TAIL.len()) as u64;
    let total = bytes.max(frame);
    let mut padding = total - frame;
    let chunk = Bytes::from(vec![b'x'; CHUNK]);
    let body = futures::stream::iter(
        std::iter::once(Bytes::from_static(HEAD))
            .chain(std::iter::from_fn(move || {
                if padding == 0 {
                    return None;
                }
                let n = padding.min(CHUNK as u64) as usize;
                padding -= n as u64;
                Some(chunk.slice(..n))
            }))
            .chain(std::iter::once(Bytes::from_static(TAIL)))
            .map(Ok::<_, std::convert::Infallible>),
    );
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let mut response = Response::new(Body::from_stream(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(total));
    response
}
