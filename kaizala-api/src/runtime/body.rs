//! Bounded memory for any response: a body larger than the limit is refused
//! without being read into memory.

use futures::StreamExt;

use crate::Error;

/// The default response body limit: 8 MiB. The largest documented Kaizala
/// responses (a page of 50 subscribers, an Action's responses, a group list)
/// are tens of KiB; media is uploaded, never downloaded, through this client.
pub const DEFAULT_MAX_RESPONSE_BODY: u64 = 8 * 1024 * 1024;

pub use crate::error::BodyTooLarge;

/// `response` with its body capped at `limit` bytes: refused at once when
/// its `Content-Length` says more, kept as it is when it says less,
/// otherwise (chunked or close-delimited) streamed through a counter that
/// fails the body (with [`BodyTooLarge`] as the cause) at the first byte past
/// the limit, so at most `limit` bytes plus one chunk are ever held.
pub fn limit_body(response: reqwest::Response, limit: u64) -> Result<reqwest::Response, Error> {
    match response.content_length() {
        Some(len) if len > limit => return Err(Error::ResponseTooLarge { limit }),
        // An exact length within the bound needs no counter: hyper reads a
        // body framed by `Content-Length` to that length and no further
        // (and a decompressing client reports no exact length).
        Some(_) => return Ok(response),
        None => {}
    }
    let (parts, body) = http::Response::from(response).into_parts();
    let mut seen: u64 = 0;
    let stream = http_body_util::BodyDataStream::new(body).map(move |chunk| {
        let chunk = chunk.map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
        seen = seen.saturating_add(chunk.len() as u64);
        if seen > limit {
            return Err(Box::new(BodyTooLarge(limit)) as Box<dyn std::error::Error + Send + Sync>);
        }
        Ok(chunk)
    });
    Ok(reqwest::Response::from(http::Response::from_parts(
        parts,
        reqwest::Body::wrap_stream(stream),
    )))
}

/// Decodes a response the generated client accepted (a documented status):
/// the body read whole (it is already bounded by the runtime) and parsed as
/// `T`. What progenitor's `ResponseValue::from_response` does, with the same
/// errors, except that the headers are moved into the value, not copied.
/// Called only by the generated code (`cargo xtask gen` routes each decoding
/// through it).
pub(crate) async fn decode<T: serde::de::DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let full = response
        .bytes()
        .await
        .map_err(progenitor_client::Error::ResponseBodyError)?;
    let inner = serde_json::from_slice(&full)
        .map_err(|e| progenitor_client::Error::InvalidResponsePayload(full, e))?;
    Ok(progenitor_client::ResponseValue::new(
        inner, status, headers,
    ))
}

/// Reads a whole body of at most `limit` bytes.
pub async fn read_limited(response: reqwest::Response, limit: u64) -> Result<bytes::Bytes, Error> {
    let limited = limit_body(response, limit)?;
    limited.bytes().await.map_err(|e| {
        match Error::from_progenitor_now(progenitor_client::Error::<()>::ResponseBodyError(e)) {
            too_large @ Error::ResponseTooLarge { .. } => too_large,
            other => other,
        }
    })
}

// Here rather than in `error.rs`: reading a body is this module's concern,
// and the error types stay free of the runtime.
impl Error {
    /// Reads the body of an error response and turns it into an [`Error`].
    /// The body is read up to [`DEFAULT_MAX_RESPONSE_BODY`] bytes: a larger
    /// one is [`Error::ResponseTooLarge`], never held whole.
    pub async fn from_response(mut response: reqwest::Response) -> Self {
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let limit = DEFAULT_MAX_RESPONSE_BODY;
        let limited = match limit_body(response, limit) {
            Ok(limited) => limited,
            Err(too_large) => return too_large,
        };
        match limited.bytes().await {
            Ok(body) => Error::from_status(status, &headers, &body),
            Err(e) => Error::too_large(&e).unwrap_or_else(|| {
                Error::from_status(
                    status,
                    &headers,
                    crate::error::describe_reqwest(&e).as_bytes(),
                )
            }),
        }
    }
}
