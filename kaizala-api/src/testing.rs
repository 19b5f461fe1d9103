//! A capture server for snapshot-testing the requests your code sends
//! (feature `testing`).
//!
//! [`CaptureServer`] listens on `127.0.0.1`, records every request it
//! receives and answers each with a canned response: `200 {}` unless
//! [`CaptureServer::respond`] says otherwise. [`CaptureServer::client`] is a
//! [`Client`] that sends both the authentication operations and the tenant
//! operations to it, with a fake access token. Recorded secrets are replaced
//! by `[redacted]`, so the records can be committed as snapshots: every
//! header, query parameter and body field (JSON at any depth, or a form
//! body) whose name the spec gives a secret — the `accessToken`,
//! `applicationSecret` and `refreshToken` headers, both spellings of the
//! webhook callback token, the PIN — see [`crate::redact`].
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use kaizala_api::testing::CaptureServer;
//!
//! let server = CaptureServer::start().await?;
//! server.respond("GET", "/groups", 200, serde_json::json!({ "groups": [] }));
//! let client = server.client();
//! client.list_groups().send().await?;
//! // With insta: insta::assert_json_snapshot!(server.requests());
//! let requests = server.requests();
//! assert_eq!(requests[0].method, "GET");
//! assert_eq!(requests[0].path, "/groups");
//! assert_eq!(requests[0].headers["accesstoken"], "[redacted]");
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use secrecy::SecretString;
use serde::Serialize;
use serde_json::Value;

use crate::Client;
use crate::redact;
use crate::runtime::{FixedToken, HttpClient, RetryPolicy, Runtime};

/// The access token [`CaptureServer::client`] sends.
pub const FAKE_ACCESS_TOKEN: &str = "fake-access-token";

/// What recorded secret values are replaced with.
pub const REDACTED: &str = redact::REDACTED;

/// The path prefix the server strips from recorded paths: both the
/// authentication root and the tenant base of [`CaptureServer::client`] end
/// in `/v1`, so recorded paths read as in the spec (`/groups`).
const BASE_PATH: &str = "/v1";

/// Headers recorded besides `x-…` and `kz-…` ones. `api-version` is
/// recorded so that a regression (progenitor adds it; Kaizala has none) shows.
const KEPT_HEADERS: [&str; 7] = [
    "api-version",
    "content-type",
    "user-agent",
    "accesstoken",
    "applicationid",
    "applicationsecret",
    "refreshtoken",
];

/// One request the server received.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordedRequest {
    /// The HTTP method, upper case.
    pub method: String,
    /// The path, without the `/v1` base (`/groups/g1/messages`).
    pub path: String,
    /// The query pairs, decoded, in order (secret ones redacted).
    pub query: Vec<(String, String)>,
    /// The recorded headers by lower-case name: `content-type`,
    /// `user-agent`, the Kaizala credential headers (secrets redacted) and
    /// any `x-…` or `kz-…` header. Repeated headers are joined with `, `.
    pub headers: BTreeMap<String, String>,
    /// The body: JSON as a value, anything else as a (lossy UTF-8) string,
    /// no body as `null`; secret fields redacted either way.
    pub body: Value,
}

#[derive(Debug, Clone)]
struct Canned {
    method: Method,
    path: String,
    status: StatusCode,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Value,
}

#[derive(Debug, Default)]
struct Shared {
    requests: Mutex<Vec<RecordedRequest>>,
    canned: Mutex<Vec<Canned>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking test thread must not hide the records from the others.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A local HTTP server that records requests; see the [module docs](self).
///
/// It stops when dropped.
#[derive(Debug)]
pub struct CaptureServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl CaptureServer {
    /// Starts a server on `127.0.0.1` and an unused port. Needs a Tokio
    /// runtime (e.g. `#[tokio::test]`).
    pub async fn start() -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::default());
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(shared.clone());
        let task = tokio::spawn(async move {
            // Ends only when the task is aborted or the listener fails.
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self { addr, shared, task })
    }

    /// The server's root URL, e.g. `http://127.0.0.1:40123` (the tenant
    /// `endpointUrl` a layer should be given).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The base URL clients use: [`url`](Self::url) plus `/v1`.
    pub fn base_url(&self) -> String {
        format!("{}{BASE_PATH}", self.url())
    }

    /// A client that sends every operation here, with the access token
    /// [`FAKE_ACCESS_TOKEN`] ([`FixedToken`]), through the same
    /// [`Runtime`] as every other client (request validation, body bound,
    /// errors), with retries off so each call is recorded once.
    pub fn client(&self) -> Client {
        let identity = FixedToken::new(&self.url(), SecretString::from(FAKE_ACCESS_TOKEN));
        // Building the production client only fails if TLS cannot be set up,
        // which a plain-HTTP test server does not need.
        let http = HttpClient::new()
            .or_else(|_| HttpClient::from_builder(reqwest::Client::builder()))
            .expect("an HTTP client with reqwest's defaults builds");
        let runtime = Runtime::builder()
            .http_client(http)
            .identity(Arc::new(identity))
            .retry(RetryPolicy::disabled())
            .build(&self.base_url())
            .expect("the capture server's URL is an http URL with a host");
        Client::with_runtime(runtime)
    }

    /// Answers requests with `method` to `path` with `status` and the JSON
    /// `body`. `path` is relative to the base (as in the spec) and is either
    /// exact (`/groups/g1/members`) or a template whose `{…}` segments match
    /// any one segment (`/groups/{groupId}/members`). The latest matching
    /// rule wins; unmatched requests get `200 {}`.
    pub fn respond(&self, method: &str, path: &str, status: u16, body: Value) {
        self.respond_with_headers(method, path, status, &[], body);
    }

    /// Like [`respond`](Self::respond), with response headers too (e.g.
    /// `Retry-After` with a 429, `Location` with a 308). Invalid methods,
    /// statuses or headers are ignored with a message on stderr.
    pub fn respond_with_headers(
        &self,
        method: &str,
        path: &str,
        status: u16,
        headers: &[(&str, &str)],
        body: Value,
    ) {
        let (Ok(method), Ok(status)) = (
            Method::from_bytes(method.to_ascii_uppercase().as_bytes()),
            StatusCode::from_u16(status),
        ) else {
            eprintln!(
                "CaptureServer::respond: ignoring invalid method {method:?} or status {status}"
            );
            return;
        };
        let mut parsed = Vec::new();
        for (name, value) in headers {
            match (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                (Ok(n), Ok(v)) => parsed.push((n, v)),
                _ => eprintln!("CaptureServer::respond: ignoring invalid header {name}: {value}"),
            }
        }
        lock(&self.shared.canned).push(Canned {
            method,
            path: path.to_owned(),
            status,
            headers: parsed,
            body,
        });
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// Every request received so far, forgetting them.
    pub fn take_requests(&self) -> Vec<RecordedRequest> {
        std::mem::take(&mut *lock(&self.shared.requests))
    }
}

impl Drop for CaptureServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Whether a canned `pattern` (exact or `{…}` template) matches `path`.
fn path_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.trim_end_matches('/').split('/').collect();
    let path: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    pattern.len() == path.len()
        && pattern
            .iter()
            .zip(&path)
            .all(|(p, s)| (p.starts_with('{') && p.ends_with('}') && !s.is_empty()) || p == s)
}

fn record(method: &Method, uri: &Uri, headers: &HeaderMap, body: &Bytes) -> RecordedRequest {
    let raw_path = uri.path();
    let path = match raw_path.strip_prefix(BASE_PATH) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => raw_path,
    };
    let query = match uri.query() {
        Some(q) => reqwest::Url::parse(&format!("http://capture/?{q}"))
            .map(|url| {
                url.query_pairs()
                    .map(|(k, v)| {
                        let v = if redact::is_secret_name(&k) && !v.is_empty() {
                            REDACTED.to_owned()
                        } else {
                            v.into_owned()
                        };
                        (k.into_owned(), v)
                    })
                    .collect()
            })
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let mut kept: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in headers {
        let name = name.as_str();
        if !(KEPT_HEADERS.contains(&name) || name.starts_with("x-") || name.starts_with("kz-")) {
            continue;
        }
        let value = if redact::is_secret_name(name) {
            REDACTED.to_owned()
        } else {
            String::from_utf8_lossy(value.as_bytes()).into_owned()
        };
        kept.entry(name.to_owned())
            .and_modify(|v| {
                if v != REDACTED {
                    v.push_str(", ");
                    v.push_str(&value);
                }
            })
            .or_insert(value);
    }
    let body = if body.is_empty() {
        Value::Null
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(mut value) => {
                redact::redact_value(&mut value);
                value
            }
            // Form bodies and anything else: `pin=…&` and `"key": …` fragments.
            Err(_) => Value::String(redact::redact_text(&String::from_utf8_lossy(body))),
        }
    };
    RecordedRequest {
        method: method.as_str().to_owned(),
        path: if path.is_empty() {
            "/".to_owned()
        } else {
            path.to_owned()
        },
        query,
        headers: kept,
        body,
    }
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let recorded = record(&method, &uri, &headers, &body);
    let canned = lock(&shared.canned)
        .iter()
        .rev()
        .find(|c| c.method == method && path_matches(&c.path, &recorded.path))
        .cloned();
    lock(&shared.requests).push(recorded);
    match canned {
        Some(c) => {
            let mut response = (c.status, axum::Json(c.body)).into_response();
            for (name, value) in c.headers {
                response.headers_mut().insert(name, value);
            }
            response
        }
        None => (StatusCode::OK, axum::Json(serde_json::json!({}))).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::types;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn templates_match_one_segment() {
        assert!(path_matches(
            "/groups/{groupId}/members",
            "/groups/g1/members"
        ));
        assert!(path_matches("/groups/g1/members", "/groups/g1/members/"));
        assert!(!path_matches(
            "/groups/{groupId}/members",
            "/groups/g1/members/m1"
        ));
        assert!(!path_matches("/groups/{groupId}", "/groups/"));
        assert!(!path_matches("/groups/g2", "/groups/g1"));
    }

    #[tokio::test]
    async fn a_client_base_url_with_a_trailing_slash_is_the_same_base() -> TestResult {
        // `Client::new_with_client` with the runtime's auth root written
        // with a `/`: the runtime takes it for the same base, and the
        // operation's path is not doubled (`/v1//groups`).
        let server = CaptureServer::start().await?;
        server.respond("GET", "/groups", 200, json!({"groups": []}));
        let runtime = server.client().runtime().clone();
        let http = runtime.http().clone();
        let client = Client::new_with_client(&format!("{}/", server.base_url()), http, runtime);
        client.list_groups().send().await?;
        assert_eq!(server.requests()[0].path, "/groups");
        Ok(())
    }

    #[tokio::test]
    async fn a_client_base_url_with_a_query_or_a_fragment_is_refused() -> TestResult {
        // The operation's path would be appended inside the query or the
        // fragment, and the call sent to the base's own path.
        let server = CaptureServer::start().await?;
        let runtime = server.client().runtime().clone();
        for suffix in ["?x=1", "#f"] {
            let http = runtime.http().clone();
            let base = format!("{}{suffix}", server.base_url());
            let client = Client::new_with_client(&base, http, runtime.clone());
            let error = client.list_groups().send().await.unwrap_err();
            assert!(error.to_string().contains("query or a fragment"), "{error}");
        }
        assert!(server.requests().is_empty(), "{:?}", server.requests());
        Ok(())
    }

    /// An identity of the caller's own making, handing out one credential.
    #[derive(Debug)]
    struct OwnIdentity(crate::runtime::Credential);

    impl crate::runtime::Identity for OwnIdentity {
        fn credential(
            &self,
        ) -> futures::future::BoxFuture<'_, Result<crate::runtime::Credential, crate::Error>>
        {
            Box::pin(std::future::ready(Ok(self.0.clone())))
        }
        fn rejected(&self, _sent: &crate::runtime::Credential) -> bool {
            false
        }
        fn status(&self) -> crate::runtime::TokenStatus {
            crate::runtime::TokenStatus::default()
        }
    }

    fn own_identity(base: &str) -> Result<Arc<OwnIdentity>, Box<dyn std::error::Error>> {
        let credential = crate::runtime::Credential::new(
            &SecretString::from("own-identity-token-SECRET"),
            Arc::new(reqwest::Url::parse(base)?),
            1,
        )?;
        Ok(Arc::new(OwnIdentity(credential)))
    }

    #[tokio::test]
    async fn the_runtime_keeps_a_custom_identitys_token_inside_the_boundary() -> TestResult {
        // An identity that names a base outside the boundary of the client's
        // auth root (plain http, another host): nothing is sent there.
        let server = CaptureServer::start().await?;
        server.respond("GET", "/groups", 200, json!({"groups": []}));
        let runtime = Runtime::builder()
            .identity(own_identity(&server.base_url())?)
            .retry(RetryPolicy::disabled())
            .build(crate::runtime::AUTH_ROOT)?;
        let error = Client::with_runtime(runtime)
            .list_groups()
            .send()
            .await
            .expect_err("the token must not leave the boundary");
        assert!(
            matches!(error, crate::Error::UntrustedEndpoint { .. }),
            "{error}"
        );
        assert!(!error.to_string().contains("SECRET"), "{error}");
        assert!(server.requests().is_empty(), "{:?}", server.requests());
        // The same identity on a base inside the boundary (the auth root's
        // own host) is served.
        let runtime = Runtime::builder()
            .identity(own_identity(&server.base_url())?)
            .retry(RetryPolicy::disabled())
            .build(&server.base_url())?;
        Client::with_runtime(runtime).list_groups().send().await?;
        assert_eq!(server.requests().len(), 1);
        Ok(())
    }

    #[tokio::test]
    async fn every_http_client_sends_the_kaizala_rs_user_agent() -> TestResult {
        // Also one built from a builder that named another agent: the
        // runtime's requests always say who sends them.
        let server = CaptureServer::start().await?;
        server.respond("GET", "/groups", 200, json!({"groups": []}));
        let http = HttpClient::from_builder(reqwest::Client::builder().user_agent("other/1"))?;
        let runtime = Runtime::builder()
            .http_client(http)
            .identity(Arc::new(FixedToken::new(
                &server.url(),
                SecretString::from(FAKE_ACCESS_TOKEN),
            )))
            .retry(RetryPolicy::disabled())
            .build(&server.base_url())?;
        Client::with_runtime(runtime).list_groups().send().await?;
        server.client().list_groups().send().await?;
        let requests = server.requests();
        assert_eq!(requests.len(), 2);
        for request in requests {
            assert_eq!(request.headers["user-agent"], crate::runtime::USER_AGENT);
        }
        Ok(())
    }

    #[tokio::test]
    async fn records_redacts_and_answers() -> TestResult {
        let server = CaptureServer::start().await?;
        let client = server.client();
        server.respond(
            "GET",
            "/accessToken",
            200,
            json!({"accessToken": "a", "endpointUrl": server.url(), "accessTokenExpiry": 1}),
        );
        let _ = client
            .get_access_token()
            .application_id("app-id")
            .application_secret("app-s3cret")
            .refresh_token("refresh-s3cret")
            .send()
            .await;
        server.respond(
            "POST",
            "/groups/{groupId}/messages",
            200,
            json!({"referenceId": "r1"}),
        );
        let sent = client
            .send_message()
            .group_id("g1")
            .body(types::SendMessageRequest {
                message: "hello".parse()?,
                send_to_all_subscribers: None,
                subscribers: None,
            })
            .send()
            .await?;
        assert_eq!(sent.reference_id, "r1");

        let requests = server.requests();
        assert_eq!(requests.len(), 2, "{requests:#?}");
        let auth = &requests[0];
        assert_eq!(
            (auth.method.as_str(), auth.path.as_str()),
            ("GET", "/accessToken")
        );
        assert_eq!(
            auth.headers.get("applicationid").map(String::as_str),
            Some("app-id")
        );
        assert_eq!(
            auth.headers.get("applicationsecret").map(String::as_str),
            Some(REDACTED)
        );
        assert_eq!(
            auth.headers.get("refreshtoken").map(String::as_str),
            Some(REDACTED)
        );
        assert!(
            !auth.headers.contains_key("accesstoken"),
            "auth calls carry no token"
        );

        let message = &requests[1];
        assert_eq!(
            (message.method.as_str(), message.path.as_str()),
            ("POST", "/groups/g1/messages")
        );
        assert_eq!(
            message.headers.get("accesstoken").map(String::as_str),
            Some(REDACTED)
        );
        assert_eq!(
            message.headers.get("content-type").map(String::as_str),
            Some("application/json")
        );
        assert_eq!(message.body, json!({"message": "hello"}));
        assert!(!message.headers.contains_key("host"));

        let json = serde_json::to_string(&requests)?;
        for secret in ["app-s3cret", "refresh-s3cret", FAKE_ACCESS_TOKEN] {
            assert!(!json.contains(secret), "{secret} leaked: {json}");
        }
        assert_eq!(server.take_requests().len(), 2);
        assert!(server.requests().is_empty());
        Ok(())
    }

    #[tokio::test]
    async fn records_query_and_serves_canned_responses() -> TestResult {
        let server = CaptureServer::start().await?;
        server.respond("GET", "/groups/{groupId}", 404, json!({"code": "NotFound"}));
        server.respond_with_headers("GET", "/groups/g2", 429, &[("Retry-After", "7")], json!({}));
        let http = reqwest::Client::new();
        let response = http
            .get(format!(
                "{}/groups/g1?count=5&cursor=a%20b",
                server.base_url()
            ))
            .send()
            .await?;
        assert_eq!(response.status(), 404);
        assert_eq!(response.json::<Value>().await?, json!({"code": "NotFound"}));
        let response = http
            .get(format!("{}/groups/g2", server.base_url()))
            .send()
            .await?;
        assert_eq!(response.status(), 429);
        assert_eq!(
            response.headers().get("retry-after").map(|v| v.as_bytes()),
            Some(&b"7"[..])
        );
        let response = http
            .post(format!("{}/other", server.base_url()))
            .body("plain")
            .send()
            .await?;
        assert_eq!(response.status(), 200);
        assert_eq!(response.json::<Value>().await?, json!({}));

        let requests = server.requests();
        assert_eq!(
            requests[0].query,
            [
                ("count".to_owned(), "5".to_owned()),
                ("cursor".to_owned(), "a b".to_owned())
            ]
        );
        assert_eq!(requests[2].body, json!("plain"));
        assert_eq!(requests[1].body, Value::Null);
        Ok(())
    }

    #[tokio::test]
    async fn secret_body_fields_and_query_parameters_are_redacted() -> TestResult {
        let server = CaptureServer::start().await?;
        let http = reqwest::Client::new();
        http.post(format!(
            "{}/loginWithPinAndApplicationId",
            server.base_url()
        ))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("mobileNumber=%2B911099999999&pin=48213&applicationId=app")
        .send()
        .await?;
        http.put(format!(
            "{}/webhook/w1?refreshToken=rt-S3CRET",
            server.base_url()
        ))
        .json(&json!({"CallbackToken": "cb-S3CRET", "nested": [{"pin": 48213}], "Active": true}))
        .send()
        .await?;
        let requests = server.requests();
        assert_eq!(
            requests[0].body,
            json!("mobileNumber=%2B911099999999&pin=[redacted]&applicationId=app")
        );
        assert_eq!(
            requests[1].body,
            json!({"CallbackToken": REDACTED, "nested": [{"pin": redact::REDACTED_NUMBER}], "Active": true})
        );
        assert_eq!(
            requests[1].query,
            [("refreshToken".to_owned(), REDACTED.to_owned())]
        );
        let all = serde_json::to_string(&requests)?;
        for secret in ["48213", "cb-S3CRET", "rt-S3CRET"] {
            assert!(!all.contains(secret), "{secret} leaked: {all}");
        }
        Ok(())
    }

    #[tokio::test]
    async fn invalid_requests_never_reach_the_server() -> TestResult {
        let server = CaptureServer::start().await?;
        let client = server.client();
        let members = (0..101)
            .map(|i| format!("+4477009{i:05}").parse::<types::PhoneNumber>())
            .collect::<Result<Vec<_>, _>>()?;
        let result = client
            .create_group()
            .body(types::CreateGroupRequest {
                group_type: None,
                members,
                name: "Team".to_owned(),
                welcome_message: "Hi".to_owned(),
            })
            .send()
            .await;
        let error = match result {
            Ok(_) => return Err("a group with 101 members was sent".into()),
            Err(e) => e.to_string(),
        };
        assert!(
            error.contains("createGroup: members has 101 items; the service accepts at most 100"),
            "{error}"
        );
        assert!(server.requests().is_empty(), "{:#?}", server.requests());
        Ok(())
    }
}
