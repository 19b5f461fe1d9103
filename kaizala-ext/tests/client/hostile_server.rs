//! Issue 9 §1, §3–§6 and issue 12 §2–§3: the client against a server that
//! redirects elsewhere, hangs, refuses, throttles absurdly or answers with
//! huge bodies. Each test names the fault it injects.

use std::time::Duration;

use crate::support::{Reply, Server, list};
use futures::future::BoxFuture;
use kaizala_ext::prelude::*;
use kaizala_ext::{
    Error, KaizalaClient, RateBudget, RateLimit, SecretString, StoreOperation, TokenStore,
};
use tokio::time::Instant;

const GROUPS: &str = "/tenant/v1/groups";

// §1: a 308 to a host outside the trust boundary is refused with a typed
// error naming it; the token goes nowhere else and later calls stay home.
// Before the fix the call was replayed, token and all, at evil.example.
#[tokio::test]
async fn a_308_to_another_host_is_refused_and_later_calls_stay_home() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    for location in [
        "http://evil.example/",
        "https://evil.example/v1/groups",
        "http://10.1.2.3/",
        "http://user:pw@127.0.0.1:1/",
    ] {
        server.script(
            "GET",
            GROUPS,
            vec![Reply::status(308).header("location", location)],
        );
        let err = list(&client).await.unwrap_err();
        assert!(
            matches!(
                &err,
                Error::UntrustedEndpoint { .. } | Error::InvalidEndpoint { .. }
            ),
            "{location}: {err}"
        );
        assert!(!err.to_string().contains("pw"), "{err}");
        assert!(!err.is_retryable());
    }
    let err = {
        server.script(
            "GET",
            GROUPS,
            vec![Reply::status(308).header("location", "https://evil.example/")],
        );
        list(&client).await.unwrap_err()
    };
    assert!(err.to_string().contains("evil.example"), "{err}");
    // Later calls go to the last trusted base.
    list(&client).await.unwrap();
    let seen = server.seen();
    assert!(seen.iter().all(|s| s.path == GROUPS), "{seen:?}");
    assert_eq!(seen.len(), 6);
}

// §1: the token response's `endpointUrl` is held to the same boundary.
#[tokio::test]
async fn an_endpoint_url_outside_the_trust_boundary_is_never_called() {
    let server = Server::start().await;
    *server.state.endpoint_url.lock().unwrap() = Some("https://kms.evil.example/".into());
    let client = server.client().build().unwrap();
    let err = list(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::UntrustedEndpoint { host, .. } if host == "kms.evil.example"),
        "{err}"
    );
    assert!(server.seen().is_empty(), "no tenant call was sent anywhere");
}

// Issue 12 §3: an `endpointUrl` with a fragment, a query or empty segments
// is normalised; one with spaces is refused. Before the fix a fragment sent
// every call to the endpoint's root.
#[tokio::test]
async fn endpoint_urls_are_normalised_or_refused() {
    for (suffix, ok) in [
        ("/tenant/#frag", true),
        ("/tenant/?x=1", true),
        ("//tenant//", true),
        ("/tenant", true),
        ("/tenant/v1", true),
        ("/ten ant/", false),
    ] {
        let server = Server::start().await;
        let upper = server.base.replacen("http://", "HTTP://", 1);
        *server.state.endpoint_url.lock().unwrap() = Some(format!("{upper}{suffix}"));
        let client = server.client().build().unwrap();
        let result = list(&client).await;
        if ok {
            result.unwrap_or_else(|e| panic!("{suffix}: {e}"));
            assert_eq!(server.seen()[0].path, GROUPS, "{suffix}");
        } else {
            let err = result.unwrap_err();
            assert!(
                matches!(err, Error::InvalidEndpoint { .. }),
                "{suffix}: {err}"
            );
            assert!(server.seen().is_empty());
        }
    }
}

// §5: one `Retry-After` cap everywhere. A year-long `Retry-After` on a plain
// call must not pause the shared budget past the policy's cap (60 s).
// Before the fix the budget stayed paused for a year.
#[tokio::test(start_paused = true)]
async fn a_hostile_retry_after_does_not_stall_the_shared_budget() {
    let server = Server::start().await;
    let budget = RateBudget::new(RateLimit::PER_CONNECTOR);
    let client = server
        .client()
        .connector_budget(budget.clone())
        .build()
        .unwrap();
    for retry_after in ["31536000", "1e300", "-5", "soon"] {
        server.script(
            "GET",
            GROUPS,
            vec![Reply::status(429).header("retry-after", retry_after)],
        );
        let before = Instant::now();
        let err = list(&client).await;
        if let Some(until) = budget.paused_until() {
            assert!(
                until <= before + Duration::from_secs(61),
                "{retry_after}: paused for {:?}",
                until - before
            );
        }
        drop(err);
        // Paced helpers draw on the same budget: they wait at most the cap.
        let started = Instant::now();
        budget.acquire().await;
        assert!(
            started.elapsed() <= Duration::from_secs(61),
            "{retry_after}"
        );
    }
}

// §6: a body larger than the limit is refused, typed, without being read
// into memory, whether it announces its length or streams. Before the fix
// the whole body was buffered.
#[tokio::test]
async fn huge_bodies_are_refused_without_buffering() {
    let server = Server::start().await;
    let client = server
        .client()
        .max_response_body(1024 * 1024)
        .build()
        .unwrap();
    let huge = format!(
        "{{\"groups\":[],\"pad\":\"{}\"}}",
        "x".repeat(4 * 1024 * 1024)
    );
    for reply in [
        Reply::json(200, &huge),
        Reply::json(200, &huge).streamed(),
        Reply::json(500, &huge),
        Reply::json(500, &huge).streamed(),
    ] {
        let streamed = reply.streamed;
        let status = reply.status;
        server.script("GET", GROUPS, vec![reply]);
        let err = list(&client).await.unwrap_err();
        assert!(
            matches!(err, Error::ResponseTooLarge { limit: 1048576 }),
            "{status} streamed={streamed}: {err}"
        );
        assert!(err.to_string().len() < 400, "{err}");
    }
    // Error text quotes at most a short excerpt of a large error body.
    let long = format!("<html>{}</html>", "y".repeat(100_000));
    server.script(
        "GET",
        GROUPS,
        vec![Reply::status(500).header("content-type", "text/html")],
    );
    server
        .state
        .script
        .lock()
        .unwrap()
        .get_mut(&("GET".into(), GROUPS.into()))
        .unwrap()[0]
        .body = long;
    let err = list(&client).await.unwrap_err();
    assert!(matches!(err, Error::Api { status: 500, .. }), "{err}");
    assert!(
        err.to_string().len() < 1200,
        "{} chars",
        err.to_string().len()
    );
}

/// A store whose load fails.
#[derive(Debug)]
struct BrokenStore;

impl TokenStore for BrokenStore {
    fn load(&self) -> BoxFuture<'_, std::io::Result<Option<SecretString>>> {
        Box::pin(async { Err(std::io::Error::other("the disk is gone")) })
    }
    fn save<'a>(&'a self, _: &'a SecretString) -> BoxFuture<'a, std::io::Result<()>> {
        Box::pin(async { Err(std::io::Error::other("the disk is gone")) })
    }
}

// §4: a store failure reaches the caller as Error::TokenStore whichever path
// made the call. Before the fix it arrived as Error::Auth, through a string.
#[tokio::test]
async fn a_store_failure_keeps_its_type_on_every_path() {
    let server = Server::start().await;
    let client = server.client().token_store(BrokenStore).build().unwrap();
    let err = list(&client).await.unwrap_err();
    assert!(
        matches!(&err, Error::TokenStore { operation: StoreOperation::Load, message, .. } if message.contains("disk is gone")),
        "{err}"
    );
    assert!(err.to_string().contains("could not load"), "{err}");
    let media = kaizala_ext::Media::from_bytes("a.png", vec![1u8; 10]).unwrap();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let err = client.upload_media(&media).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::TokenStore {
                operation: StoreOperation::Load,
                ..
            }
        ),
        "{err}"
    );
}

// §3: a token service that never answers, behind an HTTP client without a
// timeout, fails calls with a typed timeout after the configured wait, and
// never holds a call while a valid token exists. Before the fix the call
// waited forever.
#[tokio::test(start_paused = true)]
async fn a_hung_token_service_fails_calls_with_a_typed_timeout() {
    let server = Server::start().await;
    let client = server
        .client()
        .token_wait(Duration::from_secs(5))
        .build()
        .unwrap();
    list(&client).await.unwrap();
    *server.state.token_delay.lock().unwrap() = Duration::from_secs(365 * 24 * 3600);
    // Inside the refresh window: the valid token is used, nobody waits.
    tokio::time::advance(Duration::from_secs(24 * 3600 - 120)).await;
    let started = Instant::now();
    list(&client).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(1));
    // Expired: a bounded wait, then a typed error.
    tokio::time::advance(Duration::from_secs(200)).await;
    let started = Instant::now();
    let err = list(&client).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::TokenTimeout { .. }
                | Error::Auth {
                    retryable: true,
                    ..
                }
        ),
        "{err}"
    );
    assert!(err.is_retryable());
    assert!(
        started.elapsed() <= Duration::from_secs(31),
        "{:?}",
        started.elapsed()
    );
}

// Issue 12 §2: when every call answers 401, the client does not make a
// token request per call: a fresh token refused too is replaced only while
// the per-minute cap has room (issue 17 §4: it may merely have expired
// again), at most MAX_TOKEN_CALLS_PER_MINUTE a minute, and the calls in
// between fail at once with AccessTokenRefused. Before issue 12 each call
// made its own accessToken request.
#[tokio::test(start_paused = true)]
async fn a_401_storm_does_not_burn_the_token_service() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let unauthorized = Reply::json(
        401,
        r#"{"errorCode":"AccessTokenInvalid","message":"nope"}"#,
    );
    server.script("GET", GROUPS, vec![unauthorized; 10_000]);
    let calls = 600;
    let mut refused = 0;
    for _ in 0..calls {
        match list(&client).await {
            Err(Error::AccessTokenRefused { .. }) => refused += 1,
            Err(other) => assert!(
                other.is_retryable() || matches!(other, Error::Unauthorized { .. }),
                "{other}"
            ),
            Ok(()) => panic!("every call answers 401"),
        }
        tokio::time::advance(Duration::from_millis(500)).await;
    }
    let minutes = 5;
    let token_calls = server.token_calls();
    println!("401 storm: {calls} calls over {minutes} min -> {token_calls} accessToken calls");
    assert!(refused > calls / 2, "{refused}");
    assert!(
        token_calls <= kaizala_ext::MAX_TOKEN_CALLS_PER_MINUTE * minutes,
        "{token_calls} accessToken calls in {minutes} minutes"
    );
}

// Issue 12 §2: a revoked refresh token is terminal, named as the cause, and
// stops token requests, also for a client that already had a token. Before
// the fix such a client reported the tenant call's 401 and advised checking
// the application id and secret.
#[tokio::test(start_paused = true)]
async fn a_revoked_refresh_token_is_terminal_and_named() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    list(&client).await.unwrap();
    // The refresh token is revoked and the access token expires.
    tokio::time::advance(Duration::from_secs(24 * 3600 + 1)).await;
    let refused = Reply::json(
        401,
        r#"{"errorCode":"InvalidRefreshToken","message":"revoked"}"#,
    );
    server.script_token(vec![refused; 100]);
    let before = server.token_calls();
    for _ in 0..20 {
        let err = list(&client).await.unwrap_err();
        assert!(matches!(err, Error::RefreshTokenRejected { .. }), "{err}");
        assert!(!err.is_retryable());
        assert!(
            err.to_string().contains("refused the refresh token"),
            "{err}"
        );
        tokio::time::advance(Duration::from_secs(1)).await;
    }
    // One request, plus one re-read of the store that found nothing new.
    assert_eq!(server.token_calls() - before, 1);
    assert!(client.token_status().refresh_token_rejected);
}

// §3: a call cancelled mid-refresh (its future dropped, as a client timeout
// does) never cuts the refresh off halfway: the rotated refresh token still
// reaches the store, and the next call uses the token that refresh brought.
#[tokio::test(start_paused = true)]
async fn a_call_cancelled_mid_refresh_still_saves_the_rotated_token() {
    let server = Server::start().await;
    let store = std::sync::Arc::new(kaizala_ext::InMemoryStore::new());
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-ROTATED".to_owned());
    *server.state.token_delay.lock().unwrap() = Duration::from_secs(5);
    let call = {
        let client = client.clone();
        tokio::spawn(async move { list(&client).await })
    };
    tokio::time::sleep(Duration::from_secs(1)).await;
    call.abort();
    assert!(call.await.unwrap_err().is_cancelled());
    tokio::time::sleep(Duration::from_secs(10)).await;
    assert_eq!(
        store
            .get()
            .map(|t| secrecy::ExposeSecret::expose_secret(&t).to_owned()),
        Some("refresh-ROTATED".to_owned()),
        "the refresh finished and saved its rotated token"
    );
    list(&client).await.unwrap();
    assert_eq!(
        server.token_calls(),
        1,
        "the cancelled call's refresh was reused"
    );
}

/// Every kind of client that sends an access token to a tenant, against
/// this server's `/tenant/` endpoint: refreshing, fixed token, the OAuth
/// grant's (through the builder and through `OAuthGrant::client`).
async fn every_token_client(server: &Server) -> Vec<(&'static str, KaizalaClient)> {
    let tenant = format!("{}/tenant/", server.base);
    server.script(
        "POST",
        "/oauth/oauth/token",
        vec![
            Reply::json(
                200,
                &serde_json::json!({"accessToken": "oauth-access", "endpointUrl": tenant,
                    "accessTokenExpiry": 4_102_444_800_000i64})
                .to_string(),
            );
            2
        ],
    );
    let app =
        kaizala_ext::oauth::OAuthApp::new("conn-1", "client-secret", "https://example.com/cb")
            .with_oauth_root(format!("{}/oauth", server.base));
    let grant = app.exchange_code("code-1").await.unwrap();
    let grant_client = grant.client().unwrap();
    let grant_built = KaizalaClient::builder()
        .oauth_grant(app.exchange_code("code-2").await.unwrap())
        .auth_root(format!("{}/oauth", server.base))
        .build()
        .unwrap();
    vec![
        ("refreshing", server.client().build().unwrap()),
        (
            "fixed token",
            kaizala_api::Client::with_access_token(&tenant, SecretString::from("fixed-access"))
                .unwrap(),
        ),
        ("OAuth grant client()", grant_client),
        ("OAuth grant builder", grant_built),
    ]
}

// Issue 17 §2 (review): the trust boundary, the body bound and the typed
// errors hold on every client kind, not only the refreshing one.
#[tokio::test]
async fn every_client_kind_keeps_the_boundary_the_bound_and_typed_errors() {
    let server = Server::start().await;
    let ok = || Reply::json(200, r#"{"groups":[]}"#);
    let huge = format!(
        "{{\"groups\":[],\"pad\":\"{}\"}}",
        "x".repeat(9 * 1024 * 1024)
    );
    for (kind, client) in every_token_client(&server).await {
        // A first call settles the endpoint (the refreshing client fetches
        // its token).
        server.script("GET", GROUPS, vec![ok()]);
        list(&client)
            .await
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        server.state.seen.lock().unwrap().clear();
        for location in [
            "https://evil.example/",
            "http://evil.example/v1/groups",
            "https://kaiza.la.evil.example/",
            "http://user:pw@127.0.0.1:1/",
            "../../elsewhere/",
        ] {
            server.script(
                "GET",
                GROUPS,
                vec![Reply::status(308).header("location", location)],
            );
            let err = list(&client).await.unwrap_err();
            assert!(
                matches!(
                    &err,
                    Error::UntrustedEndpoint { .. } | Error::InvalidEndpoint { .. }
                ),
                "{kind} {location}: {err}"
            );
            assert!(!err.to_string().contains("pw"), "{kind}: {err}");
        }
        server.script("GET", GROUPS, vec![ok()]);
        list(&client)
            .await
            .unwrap_or_else(|e| panic!("{kind} after the moves: {e}"));
        let seen = server.seen();
        assert!(seen.iter().all(|s| s.path == GROUPS), "{kind}: {seen:?}");
        assert_eq!(seen.len(), 6, "{kind}");

        for reply in [
            Reply::json(200, &huge),
            Reply::json(200, &huge).streamed(),
            Reply::json(500, &huge),
            Reply::json(500, &huge).streamed(),
        ] {
            server.script("GET", GROUPS, vec![reply]);
            let err = list(&client).await.unwrap_err();
            assert!(
                matches!(err, Error::ResponseTooLarge { .. }),
                "{kind}: {err}"
            );
        }

        for (status, body) in [
            (409, r#"{"errorCode":"Conflict","message":"already there"}"#),
            (410, r#"{"errorCode":"Gone","message":"deleted"}"#),
            (422, r#"{"errorCode":"Invalid","message":"bad field"}"#),
            (499, r#"{"errorCode":"ClientClosed","message":"real 499"}"#),
            (599, r#"{"errorCode":"Odd","message":"network timeout"}"#),
        ] {
            server.script("GET", GROUPS, vec![Reply::json(status, body)]);
            let err = list(&client).await.unwrap_err();
            assert_eq!(err.status(), Some(status), "{kind}: {err}");
            assert!(err.service_code().is_some(), "{kind} {status}: {err:?}");
            assert!(err.service_message().is_some(), "{kind} {status}: {err:?}");
            let boxed: Box<dyn std::error::Error> = Box::new(err);
            let text = boxed.to_string();
            assert!(
                !text.contains("Response {") && !text.contains("headers"),
                "{kind}: {text}"
            );
            assert!(!text.contains('\n'), "{kind}: {text}");
        }
        // A long service message or code is quoted as a short excerpt too.
        let long = "y".repeat(100_000);
        for status in [400, 418, 500] {
            let body = serde_json::json!({"errorCode": long, "message": long}).to_string();
            server.script("GET", GROUPS, vec![Reply::json(status, &body)]);
            let err = list(&client).await.unwrap_err();
            assert_eq!(err.status(), Some(status), "{kind}");
            assert!(
                err.to_string().len() < 1200,
                "{kind} {status}: {} chars",
                err.to_string().len()
            );
            assert!(format!("{err:#?}").len() < 2400, "{kind} {status}");
        }
        let mut html = Reply::status(500).header("content-type", "text/html");
        html.body = "<html><body>Internal Server Error</body></html>".into();
        server.script("GET", GROUPS, vec![html]);
        let err = list(&client).await.unwrap_err();
        assert_eq!(err.status(), Some(500), "{kind}: {err}");
        assert!(
            err.to_string().contains("Internal Server Error"),
            "{kind}: {err}"
        );
    }
}

// An HTTP client that followed redirects would move the request, access
// token and all, to the `Location` host before the runtime saw the 308:
// reqwest strips only `Authorization` and cookies across hosts. Every
// entry point takes an `HttpClient`, built from the caller's
// `reqwest::ClientBuilder` with redirects turned off, even when the
// builder asked for them: the foreign host sees nothing, the runtime judges
// the move (refused: not a trusted host) and later calls stay home.
#[tokio::test]
async fn an_http_client_never_follows_redirects_whatever_its_builder_says() {
    let home = Server::start().await;
    let evil = Server::start().await;
    let evil_base = evil.base.replacen("127.0.0.1", "localhost", 1);
    let following =
        crate::support::local_http_builder().redirect(reqwest::redirect::Policy::limited(5));
    let runtime = kaizala_api::runtime::Runtime::builder()
        .http_client(kaizala_ext::HttpClient::from_builder(following).unwrap())
        .identity(std::sync::Arc::new(kaizala_api::runtime::FixedToken::new(
            &format!("{}/tenant/", home.base),
            SecretString::from("fixed-access"),
        )))
        .build(kaizala_api::runtime::AUTH_ROOT)
        .unwrap();
    let client = kaizala_api::Client::with_runtime(runtime);
    home.script(
        "GET",
        GROUPS,
        vec![Reply::status(308).header("location", &format!("{evil_base}/tenant/v1/groups"))],
    );
    evil.script("GET", GROUPS, vec![Reply::json(200, r#"{"groups":[]}"#)]);
    let err = list(&client).await.unwrap_err();
    assert!(matches!(&err, Error::UntrustedEndpoint { .. }), "{err}");
    assert!(
        evil.seen().is_empty(),
        "the foreign host was sent the request"
    );
    home.script("GET", GROUPS, vec![Reply::json(200, r#"{"groups":[]}"#)]);
    list(&client).await.unwrap();
    assert_eq!(home.seen().len(), 2);
    assert!(evil.seen().is_empty());
}

// The token service's client keeps the body bound too, chunked or not, and
// stays typed on a real 499.
#[tokio::test]
async fn the_token_service_client_keeps_the_body_bound() {
    let huge = format!("{{\"accessToken\":\"{}\"}}", "x".repeat(9 * 1024 * 1024));
    for reply in [
        Reply::json(200, &huge),
        Reply::json(200, &huge).streamed(),
        Reply::json(500, &huge).streamed(),
    ] {
        let server = Server::start().await;
        server.script_token(vec![reply]);
        let client = server.client().build().unwrap();
        let err = list(&client).await.unwrap_err();
        assert!(matches!(err, Error::ResponseTooLarge { .. }), "{err}");
        assert!(server.seen().is_empty());
    }
    let server = Server::start().await;
    server.script_token(vec![Reply::json(
        499,
        r#"{"errorCode":"Closed","message":"real 499"}"#,
    )]);
    let err = list(&server.client().build().unwrap()).await.unwrap_err();
    assert!(
        err.to_string().contains("499") && err.to_string().contains("real 499"),
        "{err}"
    );
}

// A documented error status with a body of another shape (HTML, empty, a
// number where the docs show a string, an array) keeps its status and
// variant on every token-carrying client kind: never a Decode error.
#[tokio::test]
async fn documented_statuses_with_odd_bodies_keep_their_status() {
    let server = Server::start().await;
    for (kind, client) in every_token_client(&server).await {
        server.script("GET", GROUPS, vec![Reply::json(200, r#"{"groups":[]}"#)]);
        list(&client)
            .await
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        for status in [400, 403, 404, 429, 500] {
            for body in [
                "<html>oops</html>",
                "",
                r#"{"errorCode":5,"message":7}"#,
                "[1,2]",
                "null",
            ] {
                // `Retry-After: 0`, so the 429's retries cost nothing.
                let mut reply = Reply::status(status).header("retry-after", "0");
                reply.body = body.into();
                server.script("GET", GROUPS, vec![reply.clone(), reply.clone(), reply]);
                let err = list(&client).await.unwrap_err();
                server.state.script.lock().unwrap().clear();
                assert_eq!(
                    err.status(),
                    Some(status),
                    "{kind} {status} {body:?}: {err}"
                );
            }
        }
        // One conversion path: the service's code and message are read the
        // same way whether the status is documented (404) or not (418).
        for status in [404, 418] {
            for body in [
                r#"{"error":{"code":"Nested","message":"in error"}}"#,
                r#"{"Code":"Nested","Message":"in error"}"#,
                r#"{"errorCode":"Nested","errorMessage":"in error"}"#,
            ] {
                server.script("GET", GROUPS, vec![Reply::json(status, body)]);
                let err = list(&client).await.unwrap_err();
                assert_eq!(
                    err.service_code(),
                    Some("Nested"),
                    "{kind} {status} {body}: {err:#?}"
                );
                assert_eq!(
                    err.service_message(),
                    Some("in error"),
                    "{kind} {status} {body}: {err:#?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Bounded memory on the token-service client: a 200 from `accessToken` is
// bounded like an error body (the generated client would buffer it whole,
// `ResponseValue::from_response` → `response.bytes()`). A 12 MiB answer
// (default limit 8 MiB) is refused, not read and accepted.
#[tokio::test]
async fn token_service_success_body_is_bounded() {
    let server = Server::start().await;
    let pad = "x".repeat(12 * 1024 * 1024);
    let body = serde_json::json!({
        "accessToken": "access-token-huge",
        "endpointUrl": format!("{}/tenant/", server.base),
        "accessTokenExpiry": crate::support::epoch_ms(std::time::SystemTime::now() + Duration::from_secs(3600)),
        "pad": pad,
    })
    .to_string();
    server.script_token(vec![Reply::json(200, &body).streamed()]);
    let client = server.client().build().unwrap();
    let result = list(&client).await;
    assert!(
        matches!(result, Err(Error::ResponseTooLarge { .. })),
        "a 12 MiB accessToken answer must be refused (limit 8 MiB), got {:?}",
        result.map_err(|e| e.to_string())
    );
}

// ---------------------------------------------------------------------------
// Promise 1: the auth root's domain. `registrable_domain` takes the last two
// labels, so an auth root under a public suffix trusts the whole suffix:
// `kaizala.contoso.co.uk` trusts every `*.co.uk`, and an emulator or proxy
// on `my-kaizala.azurewebsites.net` trusts every Azure web app. The token
// goes to an attacker-registered host. (Hosts resolved to the local test
// server with `reqwest::ClientBuilder::resolve`.)
#[tokio::test]
async fn an_auth_root_under_a_public_suffix_does_not_trust_the_suffix() {
    for (auth_host, evil_host) in [
        ("kaizala.contoso.co.uk", "attacker.co.uk"),
        ("my-kaizala.azurewebsites.net", "attacker.azurewebsites.net"),
    ] {
        let server = Server::start().await;
        let addr: std::net::SocketAddr = server.base.trim_start_matches("http://").parse().unwrap();
        let port = addr.port();
        let http = kaizala_ext::HttpClient::from_builder(
            crate::support::local_http_builder()
                .pool_max_idle_per_host(0)
                .resolve(auth_host, addr)
                .resolve(evil_host, addr),
        )
        .unwrap();
        *server.state.endpoint_url.lock().unwrap() =
            Some(format!("http://{evil_host}:{port}/tenant/"));
        let client = server
            .client()
            .auth_root(format!("http://{auth_host}:{port}/auth/v1"))
            .http_client(http)
            .build()
            .unwrap();
        let result = list(&client).await;
        assert!(
            matches!(&result, Err(Error::UntrustedEndpoint { host, .. }) if host == evil_host),
            "auth root {auth_host}: endpointUrl at {evil_host} must be refused, got {:?}; \
             requests carrying the token: {}",
            result.map_err(|e| e.to_string()),
            server.seen().iter().filter(|s| s.token.is_some()).count()
        );
    }
}
