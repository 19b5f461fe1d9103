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
///
/// A plain `fn` returning a block that holds the response once: an `async
/// fn` keeps its argument beside the local it moves it to, and reqwest's
/// `bytes()` holds the response twice more (its future was 944 bytes, every
/// call's future carried it, and one over 1 KiB leaves the allocator's fast
/// path). The body is read frame by frame in place ([`read_whole`]).
// Not an `async fn`, as said above (which clippy would suggest).
#[allow(clippy::manual_async_fn)]
pub(crate) fn decode<T: serde::de::DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> impl Future<Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>>
{
    async move {
        let full = read_whole(&mut response)
            .await
            .map_err(progenitor_client::Error::ResponseBodyError)?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        drop(response);
        let inner = serde_json::from_slice(&full)
            .map_err(|e| progenitor_client::Error::InvalidResponsePayload(full, e))?;
        Ok(progenitor_client::ResponseValue::new(
            inner, status, headers,
        ))
    }
}

/// The whole body of `response`, as `Response::bytes` reads it (every data
/// frame in order, other frames skipped), with the same error (a decode
/// error naming the response's URL), without taking the response.
async fn read_whole(response: &mut reqwest::Response) -> reqwest::Result<bytes::Bytes> {
    let with_url =
        |response: &reqwest::Response, e: reqwest::Error| e.with_url(response.url().clone());
    let first = match response.chunk().await {
        Ok(Some(chunk)) => chunk,
        Ok(None) => return Ok(bytes::Bytes::new()),
        Err(e) => return Err(with_url(response, e)),
    };
    let mut more = match response.chunk().await {
        Ok(Some(chunk)) => chunk,
        // One frame, the common case: no copy.
        Ok(None) => return Ok(first),
        Err(e) => return Err(with_url(response, e)),
    };
    let mut frames = vec![first];
    loop {
        frames.push(more);
        more = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(e) => return Err(with_url(response, e)),
        };
    }
    // One copy at the end, of exactly the body's size, as reqwest's `bytes()`
    // does: a buffer grown frame by frame held ~1.5 MiB more at its peak for
    // a body refused at the 8 MiB bound.
    let mut whole = bytes::BytesMut::with_capacity(frames.iter().map(bytes::Bytes::len).sum());
    for frame in &frames {
        whole.extend_from_slice(frame);
    }
    Ok(whole.freeze())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A response whose body comes in `chunks`, then fails when `fail` is set.
    fn response(chunks: &[&'static str], fail: bool) -> reqwest::Response {
        let mut items: Vec<Result<bytes::Bytes, std::io::Error>> = chunks
            .iter()
            .map(|c| Ok(bytes::Bytes::from_static(c.as_bytes())))
            .collect();
        if fail {
            items.push(Err(std::io::Error::other("the connection dropped")));
        }
        let body = reqwest::Body::wrap_stream(futures::stream::iter(items));
        reqwest::Response::from(http::Response::new(body))
    }

    #[tokio::test]
    async fn decode_reads_the_body_as_reqwests_bytes_does() {
        let cases: [&[&'static str]; 4] = [
            &[],
            &[r#"{"groups":[]}"#],
            &[r#"{"gro"#, r#"ups":"#, r#"[]}"#],
            &["", r#"{"groups""#, "", r#":[]}"#],
        ];
        for chunks in cases {
            let bytes = response(chunks, false).bytes().await.unwrap();
            let decoded = decode::<serde_json::Value, ()>(response(chunks, false)).await;
            match serde_json::from_slice::<serde_json::Value>(&bytes) {
                Ok(expected) => assert_eq!(decoded.unwrap().into_inner(), expected, "{chunks:?}"),
                Err(_) => assert!(
                    matches!(decoded, Err(progenitor_client::Error::InvalidResponsePayload(ref body, _)) if *body == bytes),
                    "{chunks:?}"
                ),
            }
        }
    }

    #[tokio::test]
    async fn a_body_that_fails_midway_is_the_error_reqwests_bytes_gives() {
        for chunks in [&[][..], &[r#"{"gro"#][..], &[r#"{"gro"#, r#"ups"#][..]] {
            let expected = response(chunks, true).bytes().await.unwrap_err();
            let Err(progenitor_client::Error::ResponseBodyError(error)) =
                decode::<serde_json::Value, ()>(response(chunks, true)).await
            else {
                panic!("{chunks:?}: not a body error");
            };
            assert!(error.is_decode(), "{chunks:?}: {error}");
            assert_eq!(error.url(), expected.url(), "{chunks:?}");
            assert_eq!(error.to_string(), expected.to_string(), "{chunks:?}");
        }
    }
}
