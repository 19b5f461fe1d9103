//! A scripted Kaizala server on 127.0.0.1:0 for the client tests.
#![allow(dead_code)]

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, KaizalaClient, KaizalaClientBuilder, SecretString};
use tokio::time::Instant;

pub const APP_ID: &str = "app-id-1";
pub const APP_SECRET: &str = "app-secret-XYZZY";
pub const REFRESH_1: &str = "refresh-token-ONE";

/// A canned reply.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Sent chunked, without a `Content-Length`.
    pub streamed: bool,
}

impl Reply {
    pub fn status(status: u16) -> Self {
        Self {
            status,
            headers: vec![],
            body: String::new(),
            streamed: false,
        }
    }
    pub fn json(status: u16, body: &str) -> Self {
        Self {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into(),
            streamed: false,
        }
    }
    /// Sends the body in 64 KiB chunks with no `Content-Length`.
    pub fn streamed(mut self) -> Self {
        self.streamed = true;
        self
    }
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// One request the server saw (not the token calls).
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub token: Option<String>,
    pub content_length: Option<u64>,
    pub chunked: bool,
    pub body_len: u64,
    /// The first 4 KiB of the body.
    pub head: String,
}

#[derive(Default)]
pub struct ServerState {
    pub base: Mutex<String>,
    pub token_calls: AtomicUsize,
    pub refresh_tokens_seen: Mutex<Vec<String>>,
    pub token_script: Mutex<VecDeque<Reply>>,
    pub token_delay: Mutex<Duration>,
    pub token_lifetime: Mutex<Option<Duration>>,
    pub rotate: Mutex<VecDeque<String>>,
    /// `endpointUrl` path, e.g. `/tenant/`.
    pub endpoint_path: Mutex<String>,
    /// A whole `endpointUrl` to answer instead of base + `endpoint_path`.
    pub endpoint_url: Mutex<Option<String>>,
    pub issued: Mutex<HashMap<String, Instant>>,
    pub expired_sent: AtomicUsize,
    pub script: Mutex<HashMap<(String, String), VecDeque<Reply>>>,
    pub seen: Mutex<Vec<Seen>>,
    pub upload_limit: Mutex<Option<u64>>,
    pub uploads: AtomicUsize,
}

impl std::fmt::Debug for ServerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerState")
    }
}

pub struct Server {
    pub base: String,
    pub state: Arc<ServerState>,
}

/// A reqwest builder for the plain-HTTP servers of these tests: rustls
/// with no root certificate. A client built with the platform's roots reads
/// the whole certificate directory (through OpenSSL when `--all-features`
/// turns reqwest's native TLS on), several ms of CPU per client, hundreds
/// of times a run (every crash-test child builds one).
pub fn local_http_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .tls_backend_rustls()
        .tls_certs_only([])
}

/// A client of its own from [`local_http_builder`].
pub fn local_http() -> kaizala_ext::HttpClient {
    kaizala_ext::HttpClient::from_builder(local_http_builder()).expect("a plain HTTP client builds")
}

/// The HTTP client of [`Server::client`]: no timeouts, no connection reuse,
/// one for the whole binary (with no idle connection kept, clients sharing
/// it share nothing else).
pub fn http_client() -> kaizala_ext::HttpClient {
    static HTTP: std::sync::OnceLock<kaizala_ext::HttpClient> = std::sync::OnceLock::new();
    HTTP.get_or_init(|| {
        kaizala_ext::HttpClient::from_builder(local_http_builder().pool_max_idle_per_host(0))
            .unwrap()
    })
    .clone()
}

impl Server {
    pub async fn start() -> Self {
        let state = Arc::new(ServerState::default());
        *state.endpoint_path.lock().unwrap() = "/tenant/".into();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        *state.base.lock().unwrap() = base.clone();
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { base, state }
    }

    pub fn auth_root(&self) -> String {
        format!("{}/auth/v1", self.base)
    }

    /// A client builder pointed at this server, without timeouts (paused
    /// time would fire them) and without connection reuse.
    pub fn client(&self) -> KaizalaClientBuilder {
        KaizalaClient::builder()
            .credentials(Credentials::new(
                APP_ID,
                SecretString::from(APP_SECRET.to_owned()),
                Some(SecretString::from(REFRESH_1.to_owned())),
            ))
            .auth_root(self.auth_root())
            .http_client(http_client())
    }

    pub fn token_calls(&self) -> usize {
        self.state.token_calls.load(Ordering::SeqCst)
    }

    pub fn script(&self, method: &str, path: &str, replies: Vec<Reply>) {
        self.state
            .script
            .lock()
            .unwrap()
            .entry((method.to_owned(), path.to_owned()))
            .or_default()
            .extend(replies);
    }

    pub fn script_token(&self, replies: Vec<Reply>) {
        self.state.token_script.lock().unwrap().extend(replies);
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.state.seen.lock().unwrap().clone()
    }

    pub fn seen_at(&self, path: &str) -> Vec<Seen> {
        self.seen().into_iter().filter(|s| s.path == path).collect()
    }

    pub fn expired_sent(&self) -> usize {
        self.state.expired_sent.load(Ordering::SeqCst)
    }
}

pub fn epoch_ms(at: SystemTime) -> i64 {
    at.duration_since(UNIX_EPOCH).unwrap().as_millis() as i64
}

fn reply(r: Reply) -> Response {
    let status = StatusCode::from_u16(r.status).unwrap();
    let mut response = if r.streamed {
        let bytes = bytes::Bytes::from(r.body);
        let chunks: Vec<Result<bytes::Bytes, std::io::Error>> = (0..bytes.len())
            .step_by(64 * 1024)
            .map(|i| Ok(bytes.slice(i..(i + 64 * 1024).min(bytes.len()))))
            .collect();
        (status, Body::from_stream(futures::stream::iter(chunks))).into_response()
    } else {
        (status, r.body).into_response()
    };
    for (k, v) in r.headers {
        response.headers_mut().insert(
            axum::http::HeaderName::try_from(k).unwrap(),
            v.parse().unwrap(),
        );
    }
    response
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

async fn token(state: Arc<ServerState>, headers: HeaderMap) -> Response {
    let n = state.token_calls.fetch_add(1, Ordering::SeqCst) + 1;
    state
        .refresh_tokens_seen
        .lock()
        .unwrap()
        .push(header(&headers, "refreshToken").unwrap_or_default());
    let delay = *state.token_delay.lock().unwrap();
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    if let Some(r) = state.token_script.lock().unwrap().pop_front() {
        return reply(r);
    }
    if header(&headers, "applicationId").as_deref() != Some(APP_ID)
        || header(&headers, "applicationSecret").as_deref() != Some(APP_SECRET)
    {
        return reply(Reply::json(
            401,
            r#"{"errorCode":"BadCredentials","message":"no"}"#,
        ));
    }
    let lifetime = state
        .token_lifetime
        .lock()
        .unwrap()
        .unwrap_or(Duration::from_secs(24 * 3600));
    let access = format!("access-token-{n}");
    state
        .issued
        .lock()
        .unwrap()
        .insert(access.clone(), Instant::now() + lifetime);
    let rotated = state.rotate.lock().unwrap().pop_front().unwrap_or_default();
    let body = serde_json::json!({
        "accessToken": access,
        "endpointUrl": state.endpoint_url.lock().unwrap().clone().unwrap_or_else(|| format!("{}{}", state.base.lock().unwrap(), state.endpoint_path.lock().unwrap())),
        "accessTokenExpiry": epoch_ms(SystemTime::now() + lifetime),
        "refreshToken": rotated,
        "scope": "token.write",
    });
    reply(Reply::json(200, &body.to_string()))
}

async fn handle(State(state): State<Arc<ServerState>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().to_owned();
    if path == "/auth/v1/accessToken" {
        return token(state, parts.headers).await;
    }
    if path == "/auth/v1/generatePin" || path == "/auth/v1/loginWithPinAndApplicationId" {
        let body = axum::body::to_bytes(Body::new(body), 1 << 20)
            .await
            .unwrap_or_default();
        state.seen.lock().unwrap().push(Seen {
            method: parts.method.to_string(),
            path: path.clone(),
            token: header(&parts.headers, "accessToken"),
            content_length: None,
            chunked: false,
            body_len: body.len() as u64,
            head: String::from_utf8_lossy(&body).into_owned(),
        });
        if path.ends_with("generatePin") {
            return reply(Reply::json(200, "{}"));
        }
        let request: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        // The recorded request sends the PIN as a JSON number (issue 10).
        if request["pin"] != 4321 {
            return reply(Reply::json(
                401,
                r#"{"errorCode":"InvalidPin","message":"wrong PIN"}"#,
            ));
        }
        return reply(Reply::json(
            200,
            r#"{"refreshToken":"refresh-from-PIN","grantedScope":"token.write","refreshTokenExpiry":1900000000000}"#,
        ));
    }
    let method = parts.method.to_string();
    let token = header(&parts.headers, "accessToken");
    let content_length = header(&parts.headers, "content-length").and_then(|v| v.parse().ok());
    let chunked =
        header(&parts.headers, "transfer-encoding").is_some_and(|v| v.contains("chunked"));
    let valid = match &token {
        Some(t) => match state.issued.lock().unwrap().get(t) {
            Some(expires) if Instant::now() < *expires => true,
            Some(_) => {
                state.expired_sent.fetch_add(1, Ordering::SeqCst);
                false
            }
            None => false,
        },
        None => false,
    };
    let scripted = state
        .script
        .lock()
        .unwrap()
        .get_mut(&(method.clone(), path.clone()))
        .and_then(|q| q.pop_front());
    let too_large = path.ends_with("/media")
        && matches!((*state.upload_limit.lock().unwrap(), content_length), (Some(limit), Some(len)) if len > limit);
    // Drain the body, keeping only its start.
    let mut body_len = 0u64;
    let mut head = Vec::new();
    if !too_large {
        let mut stream = Body::new(body).into_data_stream();
        while let Some(chunk) = stream.next().await {
            let Ok(chunk) = chunk else { break };
            body_len += chunk.len() as u64;
            if head.len() < 4096 {
                let take = (4096 - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..take]);
            }
        }
    }
    state.seen.lock().unwrap().push(Seen {
        method: method.clone(),
        path: path.clone(),
        token: token.clone(),
        content_length,
        chunked,
        body_len,
        head: String::from_utf8_lossy(&head).into_owned(),
    });
    if let Some(r) = scripted {
        return reply(r);
    }
    if !valid {
        return reply(Reply::json(
            401,
            r#"{"errorCode":"AccessTokenInvalid","message":"the access token is invalid or expired"}"#,
        ));
    }
    if too_large {
        return reply(Reply::json(
            413,
            r#"{"errorCode":"TooLarge","message":"file too large"}"#,
        ));
    }
    if method == "GET" && path.ends_with("/groups") {
        return reply(Reply::json(200, r#"{"groups":[]}"#));
    }
    if method == "POST" && path.ends_with("/media") {
        let n = state.uploads.fetch_add(1, Ordering::SeqCst) + 1;
        return reply(Reply::json(
            200,
            &format!(r#"{{"mediaResource":"media-res-{n}"}}"#),
        ));
    }
    if method == "POST" && path.ends_with("/actions") {
        return reply(Reply::json(
            200,
            r#"{"referenceId":"ref-1","actionId":"act-1"}"#,
        ));
    }
    if method == "POST" && path.ends_with("/messages") {
        return reply(Reply::json(200, r#"{"referenceId":"ref-2"}"#));
    }
    reply(Reply::json(
        404,
        r#"{"errorCode":"NotFound","message":"no such resource"}"#,
    ))
}

/// One `listGroups` call, its answer dropped: the probe most tests send.
pub async fn list(client: &kaizala_api::Client) -> Result<(), kaizala_ext::Error> {
    client.list_groups().send().await.map(|_| ())
}
