//! Injected faults: 5xx for the next N calls, and the 308 of a moved endpoint.

use axum::http::StatusCode;

use crate::error::ApiError;
use crate::state::State;

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
