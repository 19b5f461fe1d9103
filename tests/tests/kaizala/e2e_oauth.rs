//! The OAuth 2.0 authorization-code flow end to end against the emulator
//! (issue 10, section 6): authorize redirect, code exchange, a call with the
//! token; codes single-use and short-lived; the secret and code never shown.

use crate::e2e_support::{builder_for, emulator, http_for};
use kaizala_emulator::Emulator;
use kaizala_ext::oauth::{OAuthApp, OAuthError};

const REDIRECT: &str = "https://example.com/kaizala/callback";

/// An OAuth app of the emulator's connector (`wrong_secret` for another).
fn app_with(emu: &Emulator, client_id: &str, secret: &str) -> OAuthApp {
    let app = OAuthApp::new(client_id, secret, REDIRECT).with_oauth_root(emu.oauth_url());
    if emu.serves_real_hosts() {
        // KAIZALA_REHEARSAL=tls: `https://ds.kaiza.la/api` resolved to the emulator.
        app.with_http_client(http_for(emu))
    } else {
        app
    }
}

fn app(emu: &Emulator) -> OAuthApp {
    let c = emu.connector();
    app_with(emu, &c.application_id, &c.application_secret)
}

/// Opens the authorize URL as a browser would and returns where it redirects.
async fn authorize(emu: &Emulator, url: reqwest::Url) -> reqwest::Response {
    emu.http_client_builder()
        .build()
        .expect("client")
        .get(url)
        .send()
        .await
        .expect("authorize")
}

/// Follows a fresh authorize URL; returns the redirect and the kept state.
async fn redirect(emu: &Emulator, app: &OAuthApp) -> (String, String) {
    let authorization = app.authorize_url().expect("url");
    let response = authorize(emu, authorization.url().clone()).await;
    assert_eq!(response.status(), 302);
    let location = response.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    (location, authorization.state().to_owned())
}

async fn code(emu: &Emulator, app: &OAuthApp) -> kaizala_api::Secret {
    let (location, state) = redirect(emu, app).await;
    assert!(location.starts_with(REDIRECT), "{location}");
    let code = OAuthApp::code_from_redirect(&location, &state).expect("a code");
    assert_eq!(emu.pending_oauth_codes(), 1);
    code
}

#[tokio::test]
async fn a_forged_state_is_refused_before_the_code_is_spent() {
    let emu = emulator()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    let app = app(&emu);
    // The victim's session kept one state; the attacker's redirect (their
    // own code) carries another.
    let victim = app.authorize_url().expect("url").state().to_owned();
    let (attacker_redirect, _) = redirect(&emu, &app).await;
    let error = app
        .complete(&attacker_redirect, &victim)
        .await
        .expect_err("forged");
    assert!(matches!(error, OAuthError::StateMismatch), "{error}");
    assert_eq!(emu.pending_oauth_codes(), 1, "the code was not sent");
    // The genuine redirect completes.
    let (location, state) = redirect(&emu, &app).await;
    let grant = app.complete(&location, &state).await.expect("genuine");
    assert!(!grant.is_expired());
}

#[tokio::test]
async fn the_redirect_uri_arrives_as_registered() {
    let emu = emulator().start().await.expect("emulator");
    let c = emu.connector();
    let registered = "https://Example.COM:443/a/../kaizala/%7ecb/?x=a%20b";
    let mut app = OAuthApp::new(c.application_id, c.application_secret, registered)
        .with_oauth_root(emu.oauth_url());
    if emu.serves_real_hosts() {
        app = app.with_http_client(http_for(&emu));
    }
    let (location, state) = redirect(&emu, &app).await;
    assert!(
        location.starts_with(&format!("{registered}&code=")),
        "{location}"
    );
    OAuthApp::code_from_redirect(&location, &state).expect("a code");
}

#[tokio::test]
async fn the_whole_flow_then_a_call() {
    let emu = emulator()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    let app = app(&emu);
    let code = code(&emu, &app).await;
    let grant = app.exchange_code(code.clone()).await.expect("exchange");
    assert!(!grant.is_expired());
    assert_eq!(grant.endpoint_url, emu.endpoint_url());
    let groups = if emu.serves_real_hosts() {
        // `OAuthGrant::client` takes no HTTP client, so on the real host names
        // the same token goes through KaizalaClient on the resolving one.
        builder_for(&emu)
            .oauth_grant(grant.clone())
            .build()
            .expect("a client from the grant")
            .list_groups()
            .send()
            .await
    } else {
        grant.client().expect("a client").list_groups().send().await
    }
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
    let emu = emulator().start().await.expect("emulator");
    let app = app(&emu);
    let code_1 = code(&emu, &app).await;
    emu.expire_oauth_codes();
    let expired = app.exchange_code(code_1).await.expect_err("expired");
    assert!(
        matches!(expired, OAuthError::Rejected { status: 401, ref message, .. } if message.contains("expired")),
        "{expired}"
    );

    let code_2 = code(&emu, &app).await;
    let c = emu.connector();
    let wrong_secret = app_with(&emu, &c.application_id, "not-the-secret");
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
    let emu = emulator().start().await.expect("emulator");
    let unknown = app_with(&emu, "no-such-connector", "s");
    let response = authorize(&emu, unknown.authorize_url().expect("url").url().clone()).await;
    assert_eq!(response.status(), 401);
    let no_redirect = reqwest::Url::parse(&format!(
        "{}/Oauth/Authorize?client_id={}",
        emu.oauth_url(),
        emu.connector().application_id
    ))
    .expect("url");
    assert_eq!(authorize(&emu, no_redirect).await.status(), 400);
    // Tokens.md spells the path `/api/Oauth/Authorize` and `/api/oauth/token`: both route.
    let lower = reqwest::Url::parse(&format!(
        "{}/oauth/authorize?client_id={}&redirect_uri={REDIRECT}",
        emu.oauth_url(),
        emu.connector().application_id
    ))
    .expect("url");
    assert_eq!(authorize(&emu, lower).await.status(), 302);
}

// The grant as a credential source of KaizalaClient: calls go through the
// refreshing pipeline with the grant's token; once it expires, a typed error
// says the user must authorise again, and nothing is sent.
#[tokio::test]
async fn kaizala_client_runs_on_an_oauth_grant_until_it_expires() {
    let emu = emulator()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    emu.set_access_token_lifetime(std::time::Duration::from_millis(1500));
    let app = app(&emu);
    let code = code(&emu, &app).await;
    let grant = app.exchange_code(code).await.expect("exchange");
    let client = builder_for(&emu)
        .oauth_grant(grant.clone())
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
    let http = kaizala_ext::HttpClient::from_builder(
        reqwest::Client::builder()
            .tls_backend_rustls()
            .no_proxy()
            .resolve("evil.example", addr),
    )
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
