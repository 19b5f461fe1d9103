//! The OAuth 2.0 authorization-code flow end to end against the emulator
//! (issue 10, section 6): authorize redirect, code exchange, a call with the
//! token; codes single-use and short-lived; the secret and code never shown.

use kaizala_emulator::Emulator;
use kaizala_ext::oauth::{OAuthApp, OAuthError};
use kaizala_ext::prelude::*;

const REDIRECT: &str = "https://example.com/kaizala/callback";

fn app(emu: &Emulator) -> OAuthApp {
    let c = emu.connector();
    OAuthApp::new(c.application_id, c.application_secret, REDIRECT).with_oauth_root(emu.oauth_url())
}

/// Opens the authorize URL as a browser would and returns where it redirects.
async fn authorize(url: reqwest::Url) -> reqwest::Response {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .get(url)
        .send()
        .await
        .expect("authorize")
}

async fn code(emu: &Emulator, app: &OAuthApp) -> kaizala_api::Secret {
    let response = authorize(app.authorize_url(Some("st-1")).expect("url")).await;
    assert_eq!(response.status(), 302);
    let location = response.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(location.starts_with(REDIRECT), "{location}");
    let (code, state) = OAuthApp::code_from_redirect(&location).expect("a code");
    assert_eq!(state.as_deref(), Some("st-1"));
    assert_eq!(emu.pending_oauth_codes(), 1);
    code
}

#[tokio::test]
async fn the_whole_flow_then_a_call() {
    let emu = Emulator::builder()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    let app = app(&emu);
    let code = code(&emu, &app).await;
    let grant = app.exchange_code(code.clone()).await.expect("exchange");
    assert!(!grant.is_expired());
    assert_eq!(grant.endpoint_url, emu.endpoint_url());
    let groups = grant
        .client()
        .expect("a client")
        .list_groups()
        .send()
        .await
        .expect("listGroups with the OAuth token");
    assert!(!groups.groups.is_empty());
    let shown = format!("{app:?} {grant:?} {code:?}");
    assert!(!shown.contains(code.expose()), "{shown}");
    assert!(
        !shown.contains(&emu.connector().application_secret),
        "{shown}"
    );

    // Single use.
    let again = app.exchange_code(code.clone()).await.expect_err("used");
    assert!(
        matches!(again, OAuthError::Rejected { status: 401, .. }),
        "{again}"
    );
    assert!(!again.to_string().contains(code.expose()));
    assert_eq!(emu.pending_oauth_codes(), 0);
}

#[tokio::test]
async fn codes_are_short_lived_and_bound_to_the_connector() {
    let emu = Emulator::start().await.expect("emulator");
    let app = app(&emu);
    let code_1 = code(&emu, &app).await;
    emu.expire_oauth_codes();
    let expired = app.exchange_code(code_1).await.expect_err("expired");
    assert!(
        matches!(expired, OAuthError::Rejected { status: 401, ref message } if message.contains("expired")),
        "{expired}"
    );

    let code_2 = code(&emu, &app).await;
    let c = emu.connector();
    let wrong_secret = OAuthApp::new(c.application_id, "not-the-secret", REDIRECT)
        .with_oauth_root(emu.oauth_url());
    let refused = wrong_secret
        .exchange_code(code_2.clone())
        .await
        .expect_err("wrong secret");
    assert!(
        matches!(refused, OAuthError::Rejected { status: 401, .. }),
        "{refused}"
    );
    assert!(!refused.to_string().contains("not-the-secret"));
    // A refused secret does not burn the code for the real connector.
    app.exchange_code(code_2).await.expect("the right secret");
}

#[tokio::test]
async fn the_authorize_endpoint_refuses_bad_requests() {
    let emu = Emulator::start().await.expect("emulator");
    let unknown =
        OAuthApp::new("no-such-connector", "s", REDIRECT).with_oauth_root(emu.oauth_url());
    let response = authorize(unknown.authorize_url(None).expect("url")).await;
    assert_eq!(response.status(), 401);
    let no_redirect = reqwest::Url::parse(&format!(
        "{}/Oauth/Authorize?client_id={}",
        emu.oauth_url(),
        emu.connector().application_id
    ))
    .expect("url");
    assert_eq!(authorize(no_redirect).await.status(), 400);
    // Tokens.md spells the path `/api/Oauth/Authorize` and `/api/oauth/token`: both route.
    let lower = reqwest::Url::parse(&format!(
        "{}/oauth/authorize?client_id={}&redirect_uri={REDIRECT}",
        emu.oauth_url(),
        emu.connector().application_id
    ))
    .expect("url");
    assert_eq!(authorize(lower).await.status(), 302);
}

// The grant as a credential source of KaizalaClient: calls go through the
// refreshing pipeline with the grant's token; once it expires, a typed error
// says the user must authorise again, and nothing is sent.
#[tokio::test]
async fn kaizala_client_runs_on_an_oauth_grant_until_it_expires() {
    let emu = Emulator::builder()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    emu.set_access_token_lifetime(std::time::Duration::from_millis(1500));
    let app = app(&emu);
    let code = code(&emu, &app).await;
    let grant = app.exchange_code(code).await.expect("exchange");
    let client = kaizala_ext::KaizalaClient::builder()
        .oauth_grant(grant.clone())
        .auth_root(emu.auth_url())
        .build()
        .expect("a client from the grant alone");
    let groups = client
        .list_groups()
        .send()
        .await
        .expect("listGroups with the OAuth token");
    assert!(!groups.groups.is_empty());
    let calls = emu.access_token_calls();
    let token =
        secrecy::ExposeSecret::expose_secret(grant.access_token().expect("valid")).to_owned();
    assert!(!format!("{client:?}").contains(&token));

    // Past its expiry (the emulator issued it for 1.5 s).
    tokio::time::sleep(std::time::Duration::from_millis(1600)).await;
    let error = client.list_groups().send().await.expect_err("expired");
    assert!(
        matches!(error, kaizala_ext::Error::ReauthorizationRequired { .. }),
        "{error}"
    );
    assert!(!error.is_retryable());
    assert!(error.to_string().contains("authorise again"), "{error}");
    assert_eq!(
        emu.access_token_calls(),
        calls,
        "no accessToken call is made"
    );
}

/// A token endpoint that answers every exchange with `endpoint_url`, and a
/// tenant on the same port that counts the calls it receives.
async fn hostile_oauth_server(
    endpoint_url: impl Fn(std::net::SocketAddr) -> String + Send + Sync + 'static,
) -> (
    std::net::SocketAddr,
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let tenant_calls = Arc::new(AtomicUsize::new(0));
    let counted = tenant_calls.clone();
    let endpoint = endpoint_url(addr);
    let expiry = chrono::Utc::now().timestamp_millis() + 3_600_000;
    let app = axum::Router::new()
        .route(
            "/oauth/token",
            axum::routing::post(move || {
                let endpoint = endpoint.clone();
                async move {
                    axum::Json(serde_json::json!({
                        "accessToken": "oauth-access-token-SECRET",
                        "endpointUrl": endpoint,
                        "accessTokenExpiry": expiry,
                    }))
                }
            }),
        )
        .fallback(move || {
            counted.fetch_add(1, Ordering::SeqCst);
            async { axum::Json(serde_json::json!({ "groups": [] })) }
        });
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (addr, tenant_calls)
}

// The OAuth answer names the tenant endpoint: the grant's client follows it
// only inside the trust boundary, like every client this crate builds. Before,
// `OAuthGrant::client` was a fixed-token client that sent the token anywhere.
#[tokio::test]
async fn an_oauth_grant_never_sends_its_token_outside_the_trust_boundary() {
    let (addr, tenant_calls) =
        hostile_oauth_server(|addr| format!("http://evil.example:{}/", addr.port())).await;
    // `evil.example` resolves to the hostile server: a call that went there
    // would be counted, not lost in DNS.
    let http = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .resolve("evil.example", addr)
        .build()
        .expect("http");
    let app = OAuthApp::new("conn-1", "client-secret", REDIRECT)
        .with_oauth_root(format!("http://127.0.0.1:{}", addr.port()))
        .with_http_client(http);
    let grant = app.exchange_code("a-code").await.expect("exchange");
    let client = grant.client().expect("a client");
    let error = client.list_groups().send().await.expect_err("refused");
    assert!(
        matches!(error, kaizala_ext::Error::UntrustedEndpoint { ref host, .. } if host == "evil.example"),
        "{error}"
    );
    assert_eq!(
        tenant_calls.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "the access token went to the untrusted endpoint"
    );
    assert!(!error.to_string().contains("oauth-access-token-SECRET"));
}

// The same client, on an endpoint inside the boundary, makes the call.
#[tokio::test]
async fn an_oauth_grant_calls_a_trusted_endpoint() {
    let (addr, tenant_calls) =
        hostile_oauth_server(|addr| format!("http://127.0.0.1:{}/", addr.port())).await;
    let app = OAuthApp::new("conn-1", "client-secret", REDIRECT)
        .with_oauth_root(format!("http://127.0.0.1:{}", addr.port()));
    let grant = app.exchange_code("a-code").await.expect("exchange");
    grant
        .client()
        .expect("a client")
        .list_groups()
        .send()
        .await
        .expect("a call inside the boundary");
    assert_eq!(tenant_calls.load(std::sync::atomic::Ordering::SeqCst), 1);
}
