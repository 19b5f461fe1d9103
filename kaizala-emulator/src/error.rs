//! The service's error body: `{ "errorCode", "message", "errorCategoryKey" }`, always JSON.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An error answered with the service's JSON error body.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) category: &'static str,
    pub(crate) message: String,
    pub(crate) retry_after: Option<u64>,
    pub(crate) location: Option<String>,
}

impl ApiError {
    /// An error with an explicit status, code and category.
    pub(crate) fn new(
        status: StatusCode,
        code: &'static str,
        category: &'static str,
        message: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            code,
            category,
            message: message.into(),
            retry_after: None,
            location: None,
        }
    }

    /// 400: the request is malformed or fails validation.
    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "InvalidRequest",
            message,
        )
    }

    /// 401: missing, wrong or expired credentials.
    pub(crate) fn unauthorized(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            code,
            "AuthenticationFailure",
            message,
        )
    }

    /// 403: authenticated, but not allowed.
    pub(crate) fn forbidden(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, code, "AuthorizationFailure", message)
    }

    /// 404: the resource does not exist.
    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "NotFound",
            "ResourceNotFound",
            message,
        )
    }

    /// 415: unsupported media type.
    pub(crate) fn unsupported_media(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            "InvalidRequest",
            message,
        )
    }

    /// The JSON body of this error.
    pub(crate) fn body(&self) -> serde_json::Value {
        json!({
            "errorCode": self.code,
            "message": self.message,
            "errorCategoryKey": self.category,
        })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = (self.status, axum::Json(self.body())).into_response();
        if let Some(secs) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        if let Some(loc) = &self.location
            && let Ok(v) = HeaderValue::from_str(loc)
        {
            resp.headers_mut().insert(header::LOCATION, v);
        }
        resp
    }
}

/// Generic code and category for a bare status (used to give framework rejections the
/// service's JSON error body).
pub(crate) fn generic_for_status(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        400 => ("BadRequest", "InvalidRequest"),
        401 => ("Unauthorized", "AuthenticationFailure"),
        403 => ("Forbidden", "AuthorizationFailure"),
        404 => ("NotFound", "ResourceNotFound"),
        405 => ("MethodNotAllowed", "InvalidRequest"),
        408 => ("RequestTimeout", "InvalidRequest"),
        413 => ("PayloadTooLarge", "InvalidRequest"),
        415 => ("UnsupportedMediaType", "InvalidRequest"),
        422 => ("BadRequest", "InvalidRequest"),
        429 => ("TooManyRequests", "Throttled"),
        s if s >= 500 => ("InternalServerError", "ServerError"),
        _ => ("Error", "InvalidRequest"),
    }
}
