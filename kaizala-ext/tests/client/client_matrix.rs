//! Every promise about a request, against every kind of client the crates
//! build (issue 17 §2): they all send through `kaizala_api::runtime`, so a
//! promise kept for one is kept for all — and a new client kind that skips
//! the runtime fails here. Each test runs one promise over [`Kind::ALL`]
//! (the tenant clients) or [`Service::ALL`] (the clients of the token
//! service and the OAuth token endpoint); the capture client, which answers
//! from its own canned JSON, has one test per promise (`the_capture_client_*`).
//! Taking any one kind out of the runtime (its own send on a plain
//! `reqwest::Client`) fails at least two of them: the README's Guarantees
//! table lists which.

use std::time::{Duration, SystemTime};

use crate::support::{Reply, Server, list};
use kaizala_api::testing::CaptureServer;
use kaizala_ext::oauth::OAuthApp;
use kaizala_ext::prelude::*;
use kaizala_ext::{Error, Media, SecretString};
use serde_json::json;

const GROUPS: &str = "/tenant/v1/groups";
const MEDIA: &str = "/tenant/v1/media";
/// The access token the fixed-token and OAuth clients carry.
const FIXED_TOKEN: &str = "fixed-access-token-SECRET";
const OAUTH_TOKEN: &str = "oauth-access-token-SECRET";

/// Every client kind the crates build for tenant calls.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// `KaizalaClient::builder().credentials(…)`: refreshing tokens.
    Refreshing,
    /// `kaizala_api::Client::with_access_token`.
    FixedToken,
    /// `OAuthGrant::client()` after an authorization-code exchange.
    OAuthGrant,
    /// `KaizalaClient::builder().oauth_grant(…)`.
    OAuthBuilder,
}

impl Kind {
    const ALL: [Kind; 4] = [
        Kind::Refreshing,
        Kind::FixedToken,
        Kind::OAuthGrant,
        Kind::OAuthBuilder,
    ];

    /// The access token this kind sends.
    fn token(self) -> &'static str {
        match self {
            Kind::Refreshing => "access-token-1",
            Kind::FixedToken => FIXED_TOKEN,
            Kind::OAuthGrant | Kind::OAuthBuilder => OAUTH_TOKEN,
        }
    }
}

/// A scripted Kaizala (`crate::support::Server`) and a client of `kind` on it.
async fn client(kind: Kind) -> (Server, kaizala_api::Client) {
    let server = Server::start().await;
    let far = tokio::time::Instant::now() + Duration::from_secs(3600);
    for token in [FIXED_TOKEN, OAUTH_TOKEN] {
        server
            .state
            .issued
            .lock()
            .unwrap()
            .insert(token.to_owned(), far);
    }
    let tenant = format!("{}/tenant/", server.base);
    let client = match kind {
        Kind::Refreshing => server.client().build().expect("builds"),
        Kind::FixedToken => {
            kaizala_api::Client::with_access_token(&tenant, SecretString::from(FIXED_TOKEN))
                .expect("builds")
        }
        Kind::OAuthGrant | Kind::OAuthBuilder => {
            let root = oauth_server(&tenant).await;
            let grant = OAuthApp::new("conn-1", "client-secret", "https://example.com/cb")
                .with_oauth_root(root.clone())
                .exchange_code("a-code")
                .await
                .expect("exchange");
            if kind == Kind::OAuthGrant {
                grant.client().expect("a client")
            } else {
                KaizalaClient::builder()
                    .oauth_grant(grant)
                    .auth_root(root)
                    .build()
                    .expect("builds")
            }
        }
    };
    (server, client)
}

/// An OAuth token endpoint whose grants name `tenant`.
async fn oauth_server(tenant: &str) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let tenant = tenant.to_owned();
    let expiry = crate::support::epoch_ms(SystemTime::now() + Duration::from_secs(3600));
    let app = axum::Router::new().route(
        "/oauth/token",
        axum::routing::post(move || {
            let tenant = tenant.clone();
            async move {
                axum::Json(json!({
                    "accessToken": OAUTH_TOKEN,
                    "endpointUrl": tenant,
                    "accessTokenExpiry": expiry,
                }))
            }
        }),
    );
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

/// Every rendering of an error a caller may print.
fn texts(error: &Error) -> Vec<String> {
    let boxed: Box<dyn std::error::Error> = Box::new(error.clone());
    vec![
        error.to_string(),
        format!("{error:?}"),
        format!("{error:#?}"),
        boxed.to_string(),
    ]
}

// A 308 to a host outside the trust boundary: refused, nothing sent there,
// and the next call stays on the trusted base.
#[tokio::test]
async fn a_308_outside_the_boundary_is_refused_on_every_client() {
    for kind in Kind::ALL {
        let (server, client) = client(kind).await;
        let evil = Server::start().await;
        server.script(
            "GET",
            GROUPS,
            vec![Reply::status(308).header("location", "https://evil.example/v1/")],
        );
        let error = list(&client).await.expect_err("refused");
        assert!(
            matches!(&error, Error::UntrustedEndpoint { host, .. } if host == "evil.example"),
            "{kind:?}: {error}"
        );
        list(&client).await.expect("the next call stays home");
        assert_eq!(server.seen_at(GROUPS).len(), 2, "{kind:?}");
        assert!(evil.seen().is_empty(), "{kind:?}");
    }
}

// A body over the limit, success or error, with a length or chunked: a typed
// error without the body being held, on every client.
#[tokio::test]
async fn bodies_over_the_limit_are_refused_on_every_client() {
    let big = format!(r#"{{"groups":[],"pad":"{}"}}"#, "x".repeat(9 << 20));
    for kind in Kind::ALL {
        let (server, client) = client(kind).await;
        server.script(
            "GET",
            GROUPS,
            vec![
                Reply::json(200, &big),
                Reply::json(200, &big).streamed(),
                Reply::json(500, &big),
                Reply::json(500, &big).streamed(),
            ],
        );
        for case in ["200", "200 chunked", "500", "500 chunked"] {
            let error = list(&client).await.expect_err("too large");
            assert!(
                matches!(error, Error::ResponseTooLarge { limit } if limit == 8 << 20),
                "{kind:?} {case}: {error}"
            );
        }
    }
}

// An undocumented status keeps the service's code and message through `?`,
// and a `Box<dyn Error>` prints the same one sentence; no secret the server
// echoes shows in any rendering.
#[tokio::test]
async fn errors_are_one_typed_sentence_on_every_client() {
    for kind in Kind::ALL {
        let (server, client) = client(kind).await;
        let echo = format!(
            r#"{{"errorCode":"GroupExists","message":"conflict for accessToken={}"}}"#,
            kind.token()
        );
        server.script("GET", GROUPS, vec![Reply::json(409, &echo)]);
        let error = list(&client).await.expect_err("409");
        assert!(
            matches!(&error, Error::Api { status: 409, code: Some(code), message: Some(_), .. } if code == "GroupExists"),
            "{kind:?}: {error:?}"
        );
        for text in texts(&error) {
            assert!(!text.contains(kind.token()), "{kind:?}: {text}");
            assert!(!text.contains("Response {"), "{kind:?}: {text}");
            assert!(!text.contains("x-kaizala"), "{kind:?}: {text}");
        }
        let boxed: Box<dyn std::error::Error> = Box::new(error.clone());
        assert_eq!(boxed.to_string(), error.to_string(), "{kind:?}");
        assert!(
            error.to_string().starts_with("the service answered 409"),
            "{kind:?}: {error}"
        );
    }
}

// A body that cannot be read again is sent once, after every answer the
// runtime replays a POST on: a 429, a 308 inside the boundary and, where the
// token can be refreshed, a 401 (a 503 is none: a POST is never retried on a
// 5xx, so it cannot tell). The same answer to a body that can be read again
// is replayed: the check can fail.
#[tokio::test]
async fn an_unrewindable_body_is_never_replayed_on_any_client() {
    for kind in Kind::ALL {
        let mut answers = vec![429, 308];
        if kind != Kind::FixedToken {
            answers.push(401);
        }
        for status in answers {
            let (server, client) = client(kind).await;
            let answer = |to: &str| match status {
                429 => Reply::status(429).header("retry-after", "0"),
                308 => Reply::status(308).header("location", &format!("{}{to}", server.base)),
                _ => Reply::status(401),
            };
            server.script("POST", MEDIA, vec![answer("/moved/")]);
            let media = Media::from_bytes("x.wav", vec![1u8; 10]).expect("a wav");
            client
                .upload_media(&media)
                .await
                .unwrap_or_else(|e| panic!("{kind:?} {status}: replayed, not {e}"));
            let at = if status == 308 {
                "/moved/v1/media"
            } else {
                MEDIA
            };
            server.script("POST", at, vec![answer("/moved-again/")]);
            let sent_before = server.seen().len();
            let reader = tokio::io::AsyncReadExt::take(tokio::io::repeat(1), 10);
            let media = Media::from_reader("x.wav", reader, 10).expect("a wav");
            let error = client.upload_media(&media).await.expect_err("failed");
            assert_eq!(error.status(), Some(status), "{kind:?}: {error}");
            let sent: Vec<_> = server.seen()[sent_before..]
                .iter()
                .map(|s| s.path.clone())
                .collect();
            assert_eq!(sent, [at], "{kind:?} {status}: one send");
        }
    }
}

// Every attempt of a call, the first and each replay (after a 429, a 503, a
// 308 inside the boundary, a 401 where the token refreshes), goes to the
// base in force (the tenant's `/tenant/v1`, not the auth root's path; after
// the move, the new base) with the operation's own path and a token the
// service issued; a media upload's replays, built by the helper, too.
#[tokio::test]
async fn every_attempt_goes_to_the_base_in_force_on_every_client() {
    const MOVED_GROUPS: &str = "/moved/v1/groups";
    const MOVED_MEDIA: &str = "/moved/v1/media";
    for kind in Kind::ALL {
        let (server, client) = client(kind).await;
        let moved = format!("{}/moved/", server.base);
        server.script(
            "GET",
            GROUPS,
            vec![
                Reply::status(429).header("retry-after", "0"),
                Reply::status(503).header("retry-after", "0"),
                Reply::status(308).header("location", &moved),
            ],
        );
        let refreshes = kind != Kind::FixedToken;
        if refreshes {
            server.script("GET", MOVED_GROUPS, vec![Reply::status(401)]);
            server.script("POST", MOVED_MEDIA, vec![Reply::status(401)]);
        }
        server.script(
            "POST",
            MOVED_MEDIA,
            vec![Reply::status(429).header("retry-after", "0")],
        );
        list(&client)
            .await
            .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        let media = Media::from_bytes("x.wav", vec![7u8; 10]).expect("a wav");
        client
            .upload_media(&media)
            .await
            .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        list(&client)
            .await
            .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
        let tenant: Vec<_> = server
            .seen()
            .into_iter()
            .filter(|s| !s.path.starts_with("/auth/"))
            .collect();
        let paths: Vec<&str> = tenant.iter().map(|s| s.path.as_str()).collect();
        let mut expected = vec![GROUPS, GROUPS, GROUPS, MOVED_GROUPS];
        if refreshes {
            expected.push(MOVED_GROUPS);
            expected.push(MOVED_MEDIA);
        }
        expected.extend([MOVED_MEDIA, MOVED_MEDIA, MOVED_GROUPS]);
        assert_eq!(paths, expected, "{kind:?}");
        let issued = server.state.issued.lock().unwrap().clone();
        for seen in &tenant {
            let token = seen.token.as_deref().unwrap_or_default();
            assert!(
                issued.contains_key(token),
                "{kind:?}: {} with {token:?}",
                seen.path
            );
            if seen.method == "POST" {
                assert_eq!(seen.body_len, tenant[paths.len() - 2].body_len, "{kind:?}");
            }
        }
    }
}

// The token lifecycle's state is there on every client: refreshing or not.
#[tokio::test]
async fn token_status_answers_on_every_client() {
    for kind in Kind::ALL {
        let (_server, client) = client(kind).await;
        list(&client).await.expect("a call");
        let status = client.token_status();
        assert_eq!(status.refreshing, kind != Kind::FixedToken, "{kind:?}");
        assert!(status.last_error.is_none(), "{kind:?}");
        assert!(
            status
                .tenant_endpoint
                .as_deref()
                .is_some_and(|e| e.ends_with("/tenant/v1")),
            "{kind:?}: {:?}",
            status.tenant_endpoint
        );
    }
}

// The capture client of the `testing` feature sends through the same runtime
// and keeps the same promises, one test each: it answers from
// `CaptureServer`'s canned JSON, not the scripted `Server` of `Kind::ALL`.

/// A capture server and its client.
async fn capture() -> (CaptureServer, kaizala_api::Client) {
    let server = CaptureServer::start().await.expect("capture server");
    let client = server.client();
    (server, client)
}

#[tokio::test]
async fn the_capture_client_keeps_the_boundary_on_308() {
    let (server, client) = capture().await;
    server.respond_with_headers(
        "GET",
        "/groups",
        308,
        &[("location", "https://evil.example/v1/")],
        json!({}),
    );
    let error = list(&client).await.expect_err("refused");
    assert!(
        matches!(&error, Error::UntrustedEndpoint { host, .. } if host == "evil.example"),
        "{error}"
    );
}

#[tokio::test]
async fn the_capture_client_keeps_the_body_bound() {
    let (server, client) = capture().await;
    for status in [200, 500] {
        // Just over the bound: the pad alone is 8 MiB.
        server.respond(
            "GET",
            "/groups",
            status,
            json!({"groups": [], "pad": "x".repeat(8 << 20)}),
        );
        let error = list(&client).await.expect_err("too large");
        assert!(
            matches!(error, Error::ResponseTooLarge { limit } if limit == 8 << 20),
            "{status}: {error}"
        );
    }
}

// The service's code and message kept, its echo of the token withheld, in a
// 4xx and in a 3xx the runtime does not follow.
#[tokio::test]
async fn the_capture_client_gives_typed_errors_without_its_token() {
    use kaizala_api::testing::FAKE_ACCESS_TOKEN;
    let (server, client) = capture().await;
    for status in [409, 302] {
        server.respond(
            "GET",
            "/groups",
            status,
            json!({"errorCode": "GroupExists", "message": format!("you sent {FAKE_ACCESS_TOKEN}")}),
        );
        let error = list(&client).await.expect_err("not a success");
        assert!(
            matches!(&error, Error::Api { status: s, code: Some(c), message: Some(_), .. } if *s == status && c == "GroupExists"),
            "{status}: {error:?}"
        );
        for text in texts(&error) {
            assert!(!text.contains(FAKE_ACCESS_TOKEN), "{status}: {text}");
            assert!(!text.contains("Response {"), "{status}: {text}");
        }
    }
}

#[tokio::test]
async fn the_capture_client_never_replays_an_unrewindable_body() {
    // Its retries are off, so a 308 inside the boundary (the host in use) is
    // the answer it replays after (a 503 it would not replay whatever the
    // body). A body that can be read again is replayed: the check can fail.
    let (server, client) = capture().await;
    let moved = |to: &str| {
        let location = format!("{}{to}", server.url());
        server.respond_with_headers("POST", "/media", 308, &[("location", &location)], json!({}));
    };
    moved("/moved/v1/");
    server.respond(
        "POST",
        "/moved/v1/media",
        200,
        json!({"mediaResource": "m-1"}),
    );
    let media = Media::from_bytes("x.wav", vec![1u8; 10]).expect("a wav");
    client
        .upload_media(&media)
        .await
        .expect("replayed at the new base");
    assert_eq!(server.take_requests().len(), 2);
    server.respond_with_headers(
        "POST",
        "/moved/v1/media",
        308,
        &[("location", &format!("{}/again/v1/", server.url()))],
        json!({}),
    );
    let reader = tokio::io::AsyncReadExt::take(tokio::io::repeat(1), 10);
    let media = Media::from_reader("x.wav", reader, 10).expect("a wav");
    let error = client.upload_media(&media).await.expect_err("308");
    assert_eq!(error.status(), Some(308), "{error}");
    assert_eq!(server.requests().len(), 1, "sent once");
}

// A secret echoed bare (no `name=` for the pattern redaction to find) in the
// body of an answer that is not a success: withheld whatever the status,
// not only for 4xx/5xx. A 3xx the runtime does not follow (a 302, a 307, a
// 308 without `Location`) reaches the caller as an error with its body.
#[tokio::test]
async fn a_bare_echo_of_the_token_is_withheld_whatever_the_status() {
    for kind in Kind::ALL {
        // One client per kind (building one costs more than the calls): each
        // call gets the next answer.
        let (server, client) = client(kind).await;
        let statuses = [409, 300, 302, 303, 307, 308];
        let echo = format!(
            r#"{{"errorCode":"Echo","message":"you sent {} here"}}"#,
            kind.token()
        );
        let replies = statuses.map(|status| Reply::json(status, &echo));
        server.script("GET", GROUPS, replies.to_vec());
        for status in statuses {
            let error = list(&client).await.expect_err("not a success");
            assert_eq!(error.status(), Some(status), "{kind:?}: {error}");
            for text in texts(&error) {
                assert!(!text.contains(kind.token()), "{kind:?} {status}: {text}");
            }
        }
    }
}

// The same for the token service: the application secret and refresh token
// echoed bare in a 3xx (or a 4xx) answer to `accessToken` never reach the
// call's error or `token_status()`.
#[tokio::test]
async fn a_bare_echo_of_the_credentials_by_the_token_service_is_withheld() {
    use crate::support::{APP_SECRET, REFRESH_1};
    for status in [400, 302, 307, 308] {
        let server = Server::start().await;
        let client = server.client().build().expect("builds");
        let echo =
            format!(r#"{{"errorCode":"Echo","message":"you sent {APP_SECRET} and {REFRESH_1}"}}"#);
        server.script_token(vec![Reply::json(status, &echo)]);
        let error = list(&client).await.expect_err("no token");
        let mut all = texts(&error);
        all.push(format!("{:?}", client.token_status()));
        for text in all {
            assert!(
                !text.contains(APP_SECRET) && !text.contains(REFRESH_1),
                "{status}: {text}"
            );
        }
    }
}

/// The host of an `endpointUrl` outside the trust boundary: resolved to a
/// local server by the clients of [`client_at`], so a token sent there is
/// seen, not lost to a DNS failure.
const EVIL_HOST: &str = "kms.evil.example";

/// An HTTP client that resolves [`EVIL_HOST`] to `evil` (and follows no
/// redirect, like every `HttpClient`).
fn resolving_to(evil: &Server) -> kaizala_ext::HttpClient {
    let addr = evil
        .base
        .trim_start_matches("http://")
        .parse()
        .expect("addr");
    kaizala_ext::HttpClient::from_builder(
        crate::support::local_http_builder()
            .pool_max_idle_per_host(0)
            .resolve(EVIL_HOST, addr),
    )
    .expect("an HTTP client")
}

/// A client of `kind` whose token answer names `endpoint_url`, on an HTTP
/// client that resolves [`EVIL_HOST`] to `evil`. `None` for the kinds whose
/// endpoint no server names: the fixed-token client's is the caller's
/// (trusted as given), the capture client's is the capture server.
async fn client_at(kind: Kind, endpoint_url: &str, evil: &Server) -> Option<kaizala_api::Client> {
    let http = resolving_to(evil);
    match kind {
        Kind::Refreshing => {
            let server = Server::start().await;
            *server.state.endpoint_url.lock().unwrap() = Some(endpoint_url.to_owned());
            // The server's task outlives `server`.
            Some(server.client().http_client(http).build().expect("builds"))
        }
        Kind::FixedToken => None,
        Kind::OAuthGrant | Kind::OAuthBuilder => {
            let root = oauth_server(endpoint_url).await;
            let grant = OAuthApp::new("conn-1", "client-secret", "https://example.com/cb")
                .with_oauth_root(root.clone())
                .with_http_client(http.clone())
                .exchange_code("a-code")
                .await
                .expect("exchange");
            Some(if kind == Kind::OAuthGrant {
                grant.client().expect("a client")
            } else {
                KaizalaClient::builder()
                    .oauth_grant(grant)
                    .auth_root(root)
                    .http_client(http)
                    .build()
                    .expect("builds")
            })
        }
    }
}

// An `endpointUrl` outside the trust boundary, named by the token service or
// the OAuth token endpoint: refused as `UntrustedEndpoint`, and the access
// token never sent there, on every client that is given one.
#[tokio::test]
async fn an_endpoint_url_outside_the_boundary_is_never_called_on_any_client() {
    let mut tried = 0;
    for kind in Kind::ALL {
        let evil = Server::start().await;
        let port = evil.base.rsplit(':').next().expect("a port");
        let endpoint_url = format!("http://{EVIL_HOST}:{port}/tenant/");
        let Some(client) = client_at(kind, &endpoint_url, &evil).await else {
            continue;
        };
        tried += 1;
        let error = list(&client).await.expect_err("refused");
        assert!(
            matches!(&error, Error::UntrustedEndpoint { host, .. } if host == EVIL_HOST),
            "{kind:?}: {error}"
        );
        assert!(evil.seen().is_empty(), "{kind:?}: {:?}", evil.seen());
    }
    assert_eq!(tried, 3, "the refreshing and both OAuth clients");
}

/// The clients that talk to the token service and the OAuth token endpoint
/// rather than to a tenant: what they send is a credential itself.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Service {
    /// `accessToken`, called by the refreshing client's token lifecycle
    /// (`kaizala-ext`'s `ApiTokenSource`).
    AccessToken,
    /// `loginWithPinAndApplicationId`: `PinLogin::login`.
    PinLogin,
    /// `POST {root}/oauth/token`: `OAuthApp::exchange_code`.
    OAuthExchange,
}

const PIN: &str = "86427531";
const OAUTH_CODE: &str = "oauth-code-SECRET";
const OAUTH_CLIENT_SECRET: &str = "oauth-client-secret-SECRET";

/// How a service call failed, in the terms every row checks.
#[derive(Debug)]
struct Failure {
    /// The answer was refused as over the body bound.
    too_large: bool,
    /// Every rendering a caller may print.
    texts: Vec<String>,
    /// The status and the service's error code, read as data (not text).
    status: Option<u16>,
    code: Option<String>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Self {
            too_large: matches!(error, Error::ResponseTooLarge { .. }),
            texts: texts(&error),
            status: error.status(),
            code: error.service_code().map(str::to_owned),
        }
    }
}

impl From<kaizala_ext::oauth::OAuthError> for Failure {
    fn from(error: kaizala_ext::oauth::OAuthError) -> Self {
        use kaizala_ext::oauth::OAuthError;
        let too_large = matches!(&error, OAuthError::Transport(m) if m.contains("larger than"));
        let (status, code) = match &error {
            OAuthError::Rejected { status, code, .. } => (Some(*status), code.clone()),
            _ => (None, None),
        };
        // The `Display` last, as `texts` has it.
        let mut texts = vec![format!("{error:?}"), format!("{error:#?}")];
        let boxed: Box<dyn std::error::Error> = Box::new(error);
        texts.push(boxed.to_string());
        Self {
            too_large,
            texts,
            status,
            code,
        }
    }
}

impl Service {
    const ALL: [Service; 3] = [
        Service::AccessToken,
        Service::PinLogin,
        Service::OAuthExchange,
    ];

    /// The secrets its request carries.
    fn secrets(self) -> &'static [&'static str] {
        use crate::support::{APP_SECRET, REFRESH_1};
        match self {
            Service::AccessToken => &[APP_SECRET, REFRESH_1],
            Service::PinLogin => &[PIN],
            Service::OAuthExchange => &[OAUTH_CODE, OAUTH_CLIENT_SECRET],
        }
    }

    /// Its body bound.
    fn limit(self) -> usize {
        match self {
            Service::OAuthExchange => kaizala_ext::oauth::MAX_TOKEN_RESPONSE as usize,
            Service::AccessToken | Service::PinLogin => 8 << 20,
        }
    }

    /// A success answer, padded by `pad` bytes, whose tenant is `base`
    /// (written, not serialised: serde is slow on megabytes in a debug
    /// build).
    fn success(self, base: &str, pad: usize) -> String {
        let expiry = crate::support::epoch_ms(SystemTime::now() + Duration::from_secs(3600));
        let fields = match self {
            Service::AccessToken | Service::OAuthExchange => format!(
                r#""accessToken":"issued-access-token","endpointUrl":"{base}/tenant/","accessTokenExpiry":{expiry}"#
            ),
            Service::PinLogin => r#""refreshToken":"refresh-from-PIN""#.to_owned(),
        };
        format!(r#"{{{fields},"pad":"{}"}}"#, "x".repeat(pad))
    }

    /// One call of this client to the service at `base`, over `http`.
    async fn call(self, base: &str, http: &kaizala_ext::HttpClient) -> Result<(), Failure> {
        use crate::support::{APP_ID, APP_SECRET, REFRESH_1};
        let http = http.clone();
        let root = format!("{base}/auth/v1");
        match self {
            Service::AccessToken => {
                let client = KaizalaClient::builder()
                    .credentials(kaizala_ext::Credentials::new(
                        APP_ID,
                        SecretString::from(APP_SECRET),
                        Some(SecretString::from(REFRESH_1)),
                    ))
                    .auth_root(root)
                    .http_client(http)
                    .build()
                    .expect("builds");
                Ok(list(&client).await?)
            }
            Service::PinLogin => {
                let login =
                    kaizala_ext::PinLogin::with_http_client(APP_ID, &root, http).expect("builds");
                login.login("+911099999999", PIN).await?;
                Ok(())
            }
            Service::OAuthExchange => {
                OAuthApp::new("conn-1", OAUTH_CLIENT_SECRET, "https://example.com/cb")
                    .with_oauth_root(root)
                    .with_http_client(http)
                    .exchange_code(OAUTH_CODE)
                    .await?;
                Ok(())
            }
        }
    }
}

/// The HTTP client of the service calls: one per test (building one costs
/// more than a call), no connection kept.
fn http() -> kaizala_ext::HttpClient {
    kaizala_ext::HttpClient::from_builder(
        crate::support::local_http_builder().pool_max_idle_per_host(0),
    )
    .expect("an HTTP client")
}

/// A server that answers each request with the next of `replies`, then
/// `200 {"groups":[]}` (a tenant call after a token); counts what it saw.
struct Scripted {
    base: String,
    seen: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Scripted {
    /// How many requests it answered.
    fn seen(&self) -> usize {
        self.seen.load(std::sync::atomic::Ordering::SeqCst)
    }
}

async fn scripted(replies: Vec<Reply>) -> Scripted {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    let replies = Arc::new(Mutex::new(std::collections::VecDeque::from(replies)));
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    let app = axum::Router::new().fallback(move |body: axum::body::Bytes| {
        let _ = body;
        counter.fetch_add(1, Ordering::SeqCst);
        let reply = replies
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or_else(|| Reply::json(200, r#"{"groups":[]}"#));
        std::future::ready(render(reply))
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Scripted { base, seen }
}

/// `reply` as a response: 64 KiB chunks without a length when streamed.
fn render(reply: Reply) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = axum::http::StatusCode::from_u16(reply.status).expect("a status");
    let mut response = if reply.streamed {
        let bytes = bytes::Bytes::from(reply.body);
        let chunks: Vec<Result<bytes::Bytes, std::io::Error>> = (0..bytes.len())
            .step_by(64 << 10)
            .map(|i| Ok(bytes.slice(i..(i + (64 << 10)).min(bytes.len()))))
            .collect();
        let body = axum::body::Body::from_stream(futures::stream::iter(chunks));
        (status, body).into_response()
    } else {
        (status, reply.body).into_response()
    };
    for (name, value) in reply.headers {
        response.headers_mut().insert(
            axum::http::HeaderName::try_from(name).expect("a name"),
            value.parse().expect("a value"),
        );
    }
    response
}

// A redirect from the token service or the OAuth token endpoint is never
// followed: the credentials it carries go nowhere else, whatever the
// `Location`.
#[tokio::test]
async fn no_service_client_follows_a_redirect() {
    let http = http();
    for service in Service::ALL {
        for status in [307, 308] {
            let elsewhere = Server::start().await;
            let location = format!("{}/stolen", elsewhere.base);
            let server = scripted(vec![Reply::status(status).header("location", &location)]).await;
            let failure = service
                .call(&server.base, &http)
                .await
                .expect_err("not followed");
            assert!(
                elsewhere.seen().is_empty(),
                "{service:?} {status}: {failure:?}"
            );
            assert_eq!(server.seen(), 1, "{service:?} {status}");
        }
    }
}

// An answer over the bound, success or error, with a length or chunked: a
// typed error without the body being held, on every service client.
#[tokio::test]
async fn service_bodies_over_the_limit_are_refused_on_every_service_client() {
    let http = http();
    for service in Service::ALL {
        let pad = service.limit() + 1;
        for (status, streamed) in [(200, false), (200, true), (500, false), (500, true)] {
            // Where a token taken from an unbounded answer would lead.
            let tenant = scripted(vec![]).await;
            let mut reply = Reply::json(status, &service.success(&tenant.base, pad));
            reply.streamed = streamed;
            let server = scripted(vec![reply]).await;
            let failure = service
                .call(&server.base, &http)
                .await
                .expect_err("too large");
            assert!(
                failure.too_large,
                "{service:?} {status} streamed={streamed}: {failure:?}"
            );
        }
    }
}

// An error answer (a documented 400, an undocumented 409, a 302 not
// followed) that echoes the request's secrets bare: one sentence with the
// status and the service's code and message, and no secret in any rendering.
#[tokio::test]
async fn service_errors_are_one_typed_sentence_without_secrets() {
    let http = http();
    for service in Service::ALL {
        for status in [400, 409, 302] {
            // Echoed in the message and in the code (both are shown).
            let echo = format!(
                r#"{{"errorCode":"Echo {}","message":"you sent {}"}}"#,
                service.secrets().join(" "),
                service.secrets().join(" and ")
            );
            let server = scripted(vec![Reply::json(status, &echo)]).await;
            let failure = service.call(&server.base, &http).await.expect_err("failed");
            let sentence = failure.texts.last().expect("a Display");
            assert!(
                sentence.contains(&status.to_string())
                    && sentence.contains("Echo")
                    && sentence.contains("you sent"),
                "{service:?} {status}: {sentence}"
            );
            assert!(!sentence.contains('\n'), "{service:?} {status}: {sentence}");
            // The status and the service's code are data too, not only text.
            assert_eq!(failure.status, Some(status), "{service:?} {status}");
            assert!(
                failure
                    .code
                    .as_deref()
                    .is_some_and(|c| c.starts_with("Echo")),
                "{service:?} {status}: {:?}",
                failure.code
            );
            for text in failure.texts.iter().chain(&failure.code) {
                for secret in service.secrets() {
                    assert!(!text.contains(secret), "{service:?} {status}: {text}");
                }
                assert!(!text.contains("Response {"), "{service:?} {status}: {text}");
                assert!(!text.contains("x-kaizala"), "{service:?} {status}: {text}");
            }
        }
    }
}
