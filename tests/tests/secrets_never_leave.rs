//! Secrets never leave (issue 9 §7): a sweep over every operation whose
//! request or response carries a value the spec marks secret (the
//! `Operation::secrets` table `cargo xtask gen` writes). Each operation is
//! called with distinct sentinel secrets, through the plain generated client
//! and through `KaizalaClient`, against a capture server that answers
//! (a) a well-formed body carrying secrets, (b) a body that does not decode
//! but carries secrets, (c) an error status whose JSON body echoes them and
//! (d) an error status whose text body echoes them. Every `Debug`,
//! `Display` (plain and `{:#}`) of the values and errors, the conversion to
//! `kaizala_ext::Error`, every `tracing` line at TRACE and the capture
//! server's records are searched for the sentinels.
//!
//! Each test collects every leak before failing, so its message is the list
//! of places still to fix.

use std::future::Future;
use std::io::Write;
use std::sync::{Arc, Mutex};

use kaizala_api::operations;
use kaizala_api::testing::CaptureServer;
use kaizala_api::types::{CreateWebhookRequest, LoginWithPinRequest, UpdateWebhookRequest};
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, KaizalaClient, SecretString};
use serde_json::{Value, json};

const APP_SECRET: &str = "appsecret-SENTINEL-1";
const REFRESH: &str = "refresh-SENTINEL-2";
const ACCESS: &str = "access-SENTINEL-3";
const ROTATED: &str = "rotated-SENTINEL-4";
const CALLBACK: &str = "callback-SENTINEL-5";
const LISTED: &str = "listed-callback-SENTINEL-6";
const LOGIN_REFRESH: &str = "login-refresh-SENTINEL-7";
const PIN: &str = "73915824";
const OAUTH_SECRET: &str = "oauth-client-secret-SENTINEL-8";
const OAUTH_CODE: &str = "oauth-code-SENTINEL-9";

const SENTINELS: [&str; 10] = [
    APP_SECRET,
    REFRESH,
    ACCESS,
    ROTATED,
    CALLBACK,
    LISTED,
    LOGIN_REFRESH,
    PIN,
    OAUTH_SECRET,
    OAUTH_CODE,
];

/// Every text a test produced, by where it came from.
#[derive(Default)]
struct Texts(Vec<(String, String)>);

impl Texts {
    fn add(&mut self, place: impl Into<String>, text: impl Into<String>) {
        self.0.push((place.into(), text.into()));
    }

    /// Fails with every place that shows a sentinel.
    fn assert_clean(&self) {
        let leaks: Vec<String> = self
            .0
            .iter()
            .flat_map(|(place, text)| {
                SENTINELS
                    .iter()
                    .filter(|s| text.contains(**s))
                    .map(move |s| format!("{place} shows {s}: {}", excerpt(text, s)))
            })
            .collect();
        assert!(
            leaks.is_empty(),
            "{} leak(s):\n{}",
            leaks.len(),
            leaks.join("\n")
        );
    }
}

fn excerpt(text: &str, secret: &str) -> String {
    let at = text.find(secret).unwrap_or(0);
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(i, _)| i);
    let end = (at + secret.len() + 40).min(text.len());
    let end = (end..=text.len())
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(text.len());
    format!("…{}…", &text[start..end])
}

/// A `tracing` subscriber at TRACE for this thread, writing into a buffer.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn trace_into(buffer: &Buffer) -> tracing::subscriber::DefaultGuard {
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_default(subscriber)
}

/// How the capture server answers, per scenario.
#[derive(Clone, Copy, Debug)]
enum Scenario {
    Ok,
    Undecodable,
    ErrorJson,
    ErrorText,
}

const SCENARIOS: [Scenario; 4] = [
    Scenario::Ok,
    Scenario::Undecodable,
    Scenario::ErrorJson,
    Scenario::ErrorText,
];

/// One secret-bearing operation: its method and path, and the bodies the
/// server answers with.
struct Case {
    id: &'static str,
    method: &'static str,
    path: &'static str,
    ok: fn(&CaptureServer) -> Value,
    undecodable: fn(&CaptureServer) -> Value,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            id: "getAccessToken",
            method: "GET",
            path: "/accessToken",
            ok: |s| {
                json!({"accessToken": ACCESS, "endpointUrl": format!("{}/", s.url()),
                       "accessTokenExpiry": 4_102_444_800_000i64, "refreshToken": ROTATED})
            },
            undecodable: |_| {
                json!({"accessToken": ACCESS, "refreshToken": ROTATED, "endpointUrl": 5,
                       "accessTokenExpiry": "soon"})
            },
        },
        Case {
            id: "getBotAccessToken",
            method: "GET",
            path: "/bot/accessToken/{botUserId}",
            ok: |s| {
                json!({"accessToken": ACCESS, "endpointUrl": format!("{}/", s.url()),
                       "accessTokenExpiry": 4_102_444_800_000i64, "scope": "MessageRead"})
            },
            undecodable: |_| json!({"accessToken": ACCESS, "accessTokenExpiry": "soon"}),
        },
        Case {
            id: "loginWithPin",
            method: "POST",
            path: "/loginWithPinAndApplicationId",
            ok: |_| json!({"refreshToken": LOGIN_REFRESH, "refreshTokenExpiry": 1}),
            undecodable: |_| json!({"refreshToken": LOGIN_REFRESH, "refreshTokenExpiry": "x"}),
        },
        Case {
            id: "exchangeOauthCode",
            method: "POST",
            path: "/oauth/token",
            ok: |s| {
                json!({"accessToken": ACCESS, "endpointUrl": format!("{}/", s.url()),
                       "accessTokenExpiry": 4_102_444_800_000i64, "refreshToken": ROTATED})
            },
            undecodable: |_| json!({"accessToken": ACCESS, "accessTokenExpiry": "soon"}),
        },
        Case {
            id: "listWebhooks",
            method: "GET",
            path: "/webhook",
            ok: |_| json!({"webhooks": [{"id": "w1", "callbackToken": LISTED}]}),
            undecodable: |_| json!({"webhooks": [{"id": 5, "callbackToken": LISTED}]}),
        },
        Case {
            id: "createWebhook",
            method: "POST",
            path: "/webhook",
            ok: |_| json!({"webhookId": "w1"}),
            undecodable: |_| json!({"webhookId": 5, "echo": {"callBackToken": CALLBACK}}),
        },
        Case {
            id: "updateWebhook",
            method: "PUT",
            path: "/webhook/{webhookId}",
            ok: |_| json!({}),
            undecodable: |_| json!(["not", "an", "object", {"callBackToken": CALLBACK}]),
        },
    ]
}

fn answer(server: &CaptureServer, case: &Case, scenario: Scenario) {
    let (status, body) = match scenario {
        Scenario::Ok => (200, (case.ok)(server)),
        Scenario::Undecodable => (200, (case.undecodable)(server)),
        Scenario::ErrorJson => (
            400,
            json!({"code": "BadRequest", "message": "rejected", "echo": {
                "accessToken": ACCESS, "refreshToken": REFRESH, "callbackToken": LISTED,
                "callBackToken": CALLBACK, "applicationSecret": APP_SECRET, "pin": PIN}}),
        ),
        Scenario::ErrorText => (
            400,
            Value::String(format!(
                "bad request: refreshToken={REFRESH}&accessToken={ACCESS}&pin={PIN} \
                 callbackToken: {LISTED}"
            )),
        ),
    };
    server.respond(case.method, case.path, status, body);
}

fn login_request() -> LoginWithPinRequest {
    // Whether the PIN is a string or a number in the spec, send the sentinel.
    serde_json::from_value(json!({
        "mobileNumber": "+911099999999", "applicationId": "app-1", "pin": PIN.parse::<u64>().unwrap()
    }))
    .or_else(|_| {
        serde_json::from_value(json!({
            "mobileNumber": "+911099999999", "applicationId": "app-1", "pin": PIN
        }))
    })
    .expect("a login request")
}

fn create_request() -> CreateWebhookRequest {
    serde_json::from_value(json!({
        "objectId": "g1", "objectType": "Group", "eventTypes": ["TextMessageCreated"],
        "callBackUrl": "https://example.com/hook", "callBackToken": CALLBACK
    }))
    .expect("a create request")
}

fn update_request() -> UpdateWebhookRequest {
    serde_json::from_value(json!({"callBackToken": CALLBACK, "Active": "true"}))
        .expect("an update request")
}

/// Records the outcome of one call: the value's or the error's every
/// rendering, and the error's conversion to `kaizala_ext::Error`.
fn record<T: std::fmt::Debug>(
    texts: &mut Texts,
    place: &str,
    result: Result<kaizala_api::ResponseValue<T>, kaizala_api::Error>,
) {
    match result {
        Ok(value) => {
            texts.add(format!("{place}: Ok Debug"), format!("{value:?}"));
            texts.add(format!("{place}: Ok {{:#?}}"), format!("{value:#?}"));
        }
        Err(error) => {
            texts.add(
                format!("{place}: kaizala_api::Error Display"),
                error.to_string(),
            );
            texts.add(
                format!("{place}: kaizala_api::Error {{:#}}"),
                format!("{error:#}"),
            );
            texts.add(
                format!("{place}: kaizala_api::Error Debug"),
                format!("{error:?}"),
            );
        }
    }
}

async fn call(
    client: &kaizala_api::Client,
    id: &str,
    texts: &mut Texts,
    place: &str,
    with_credential_headers: bool,
) {
    match id {
        "getAccessToken" => {
            let mut builder = client.get_access_token().application_id("app-1");
            if with_credential_headers {
                builder = builder
                    .application_secret(APP_SECRET)
                    .refresh_token(REFRESH);
            } else {
                builder = builder
                    .application_secret("not-a-sentinel")
                    .refresh_token("not-a-sentinel");
            }
            record(texts, place, builder.send().await);
        }
        "getBotAccessToken" => record(
            texts,
            place,
            client
                .get_bot_access_token()
                .bot_user_id("bot-1")
                .send()
                .await,
        ),
        "loginWithPin" => {
            // The request's own Debug is checked in
            // login_request_debug_never_shows_the_pin.
            let request = login_request();
            record(
                texts,
                place,
                client.login_with_pin().body(request).send().await,
            );
        }
        "exchangeOauthCode" => {
            let request: kaizala_api::types::OAuthTokenRequest = serde_json::from_value(
                json!({"client_id": "app-1", "client_secret": OAUTH_SECRET, "code": OAUTH_CODE}),
            )
            .expect("an OAuth request");
            texts.add(format!("{place}: request Debug"), format!("{request:?}"));
            record(
                texts,
                place,
                client.exchange_oauth_code().body(request).send().await,
            );
        }
        "listWebhooks" => record(
            texts,
            place,
            client
                .list_webhooks()
                .object_id("g1")
                .object_type(kaizala_api::types::WebhookObjectType::Group)
                .send()
                .await,
        ),
        "createWebhook" => {
            let request = create_request();
            texts.add(format!("{place}: request Debug"), format!("{request:?}"));
            record(
                texts,
                place,
                client.create_webhook().body(request).send().await,
            );
        }
        "updateWebhook" => {
            let request = update_request();
            texts.add(format!("{place}: request Debug"), format!("{request:?}"));
            record(
                texts,
                place,
                client
                    .update_webhook()
                    .webhook_id("w1")
                    .body(request)
                    .send()
                    .await,
            );
        }
        other => panic!("the sweep has no call for {other}: add one"),
    }
}

/// Runs `body` with every `tracing` event at TRACE written to a buffer, and
/// returns the buffer.
async fn traced<F: Future<Output = ()>>(body: F) -> String {
    let buffer = Buffer::default();
    {
        let _guard = trace_into(&buffer);
        body.await;
    }
    String::from_utf8_lossy(&buffer.0.lock().unwrap()).into_owned()
}

#[test]
fn the_sweep_covers_every_secret_bearing_operation() {
    let declared: Vec<&str> = operations::all()
        .iter()
        .filter(|op| !op.secrets.is_empty())
        .map(|op| op.id)
        .collect();
    let covered: Vec<&str> = cases().iter().map(|c| c.id).collect();
    assert_eq!(declared, covered);
}

/// The PIN travels in the request body; its type must not show it.
#[test]
fn login_request_debug_never_shows_the_pin() {
    let request = login_request();
    let mut texts = Texts::default();
    texts.add("LoginWithPinRequest Debug", format!("{request:?}"));
    texts.add("LoginWithPinRequest {:#?}", format!("{request:#?}"));
    texts.assert_clean();
}

#[tokio::test]
async fn the_capture_server_never_records_a_secret() {
    let mut texts = Texts::default();
    let server = CaptureServer::start().await.unwrap();
    for case in cases() {
        answer(&server, &case, Scenario::Ok);
        call(
            &server.client(),
            case.id,
            &mut Texts::default(),
            case.id,
            true,
        )
        .await;
    }
    let requests = server.requests();
    assert_eq!(requests.len(), cases().len(), "{requests:#?}");
    texts.add(
        "capture records (JSON)",
        serde_json::to_string(&requests).unwrap(),
    );
    texts.add("capture records (Debug)", format!("{requests:?}"));
    texts.assert_clean();
}

#[tokio::test]
async fn the_generated_client_never_shows_a_secret() {
    let mut texts = Texts::default();
    let log = traced(async {
        for case in cases() {
            for scenario in SCENARIOS {
                let server = CaptureServer::start().await.unwrap();
                answer(&server, &case, scenario);
                let place = format!("kaizala_api::Client {} {scenario:?}", case.id);
                call(&server.client(), case.id, &mut texts, &place, true).await;
            }
        }
    })
    .await;
    texts.add("tracing at TRACE", log);
    texts.assert_clean();
}

async fn kaizala_client(server: &CaptureServer) -> KaizalaClient {
    server.respond(
        "GET",
        "/accessToken",
        200,
        json!({"accessToken": ACCESS, "endpointUrl": format!("{}/", server.url()),
               "accessTokenExpiry": 4_102_444_800_000i64}),
    );
    KaizalaClient::builder()
        .credentials(Credentials::new(
            "app-1",
            SecretString::from(APP_SECRET),
            Some(SecretString::from(REFRESH)),
        ))
        .auth_root(server.base_url())
        .no_rate_limit()
        .build()
        .unwrap()
}

#[tokio::test]
async fn kaizala_client_never_shows_a_secret() {
    let mut texts = Texts::default();
    let log = traced(async {
        for case in cases() {
            for scenario in SCENARIOS {
                let server = CaptureServer::start().await.unwrap();
                let client = kaizala_client(&server).await;
                texts.add("KaizalaClient Debug", format!("{client:?}"));
                answer(&server, &case, scenario);
                let place = format!("KaizalaClient {} {scenario:?}", case.id);
                // getAccessToken through KaizalaClient: the credentials it
                // holds are the sentinels; the call itself sends others.
                call(&client, case.id, &mut texts, &place, false).await;
                let records = server.requests();
                texts.add(
                    format!("{place}: capture records"),
                    serde_json::to_string(&records).unwrap(),
                );
            }
        }
    })
    .await;
    texts.add("tracing at TRACE", log);
    texts.assert_clean();
}

/// The token lifecycle's own `getAccessToken`: an answer that does not
/// decode, or an error, must not show the tokens it carries.
#[tokio::test]
async fn kaizala_client_token_failures_never_show_a_secret() {
    let mut texts = Texts::default();
    let case = cases().remove(0);
    assert_eq!(case.id, "getAccessToken");
    let log = traced(async {
        for scenario in [
            Scenario::Undecodable,
            Scenario::ErrorJson,
            Scenario::ErrorText,
        ] {
            let server = CaptureServer::start().await.unwrap();
            let client = kaizala_client(&server).await;
            answer(&server, &case, scenario);
            let result = client.list_groups().send().await;
            let place = format!("KaizalaClient token fetch {scenario:?}");
            match result {
                Ok(_) => texts.add(&place, "unexpected success"),
                Err(error) => {
                    texts.add(format!("{place}: Display"), error.to_string());
                    texts.add(format!("{place}: Debug"), format!("{error:?}"));
                    let ext = error;
                    texts.add(format!("{place}: kaizala_ext Display"), ext.to_string());
                    texts.add(format!("{place}: kaizala_ext Debug"), format!("{ext:?}"));
                }
            }
        }
    })
    .await;
    texts.add("tracing at TRACE", log);
    texts.assert_clean();
}

/// An undocumented status (here 418): the one conversion every generated
/// call goes through reads the body itself; its excerpt and the service
/// message it quotes must be redacted too.
#[tokio::test]
async fn undocumented_status_bodies_never_show_a_secret() {
    let mut texts = Texts::default();
    let log = traced(async {
        for body in [
            json!({"message": format!("echo refreshToken={REFRESH}"), "accessToken": ACCESS}),
            Value::String(format!("accessToken={ACCESS}&pin={PIN}")),
        ] {
            let server = CaptureServer::start().await.unwrap();
            server.respond("GET", "/webhook", 418, body);
            let result = server
                .client()
                .list_webhooks()
                .object_id("g1")
                .object_type(kaizala_api::types::WebhookObjectType::Group)
                .send()
                .await;
            let Err(error) = result else {
                texts.add("418", "unexpected success");
                continue;
            };
            texts.add("418: kaizala_api::Error Display", error.to_string());
            texts.add("418: kaizala_api::Error Debug", format!("{error:?}"));
        }
    })
    .await;
    texts.add("tracing at TRACE", log);
    texts.assert_clean();
}

/// The error answers a hostile server gives to a request, echoing `echoed`
/// as bare text (no secret field name next to them): a JSON message, an
/// HTML 502, and the undocumented statuses 418 and 499.
fn bare_echoes(echoed: &[&str]) -> Vec<(u16, Value)> {
    let all = echoed.join(" ");
    vec![
        (
            400,
            json!({"code": "BadRequest", "message": format!("rejected {all}")}),
        ),
        (
            502,
            Value::String(format!("<html><body>upstream said {all}</body></html>")),
        ),
        (
            418,
            json!({"errorCode": "Teapot", "errorMessage": format!("teapot {all}")}),
        ),
        (499, json!({"message": format!("closed {all}")})),
    ]
}

fn record_error<T: std::fmt::Debug>(
    texts: &mut Texts,
    place: &str,
    result: Result<T, impl std::fmt::Debug + std::fmt::Display>,
) {
    match result {
        Ok(value) => texts.add(format!("{place}: unexpected success"), format!("{value:?}")),
        Err(error) => {
            texts.add(format!("{place}: Display"), error.to_string());
            texts.add(format!("{place}: Debug"), format!("{error:?}"));
        }
    }
}

/// A server that echoes the very secrets a request carried as bare text
/// (no `refreshToken=` or `"accessToken":` next to them, so no name-based
/// redaction can see them): on every client kind, the error and the trace
/// must not repeat them. The runtime knows what it sent.
#[tokio::test]
async fn bare_echoes_of_the_secrets_sent_never_show() {
    let mut texts = Texts::default();
    // Every case at once (each has its own capture server): the 502s of
    // idempotent calls are retried after back-offs, and these overlap.
    let log = traced(async {
        use futures::FutureExt;
        let mut cases = Vec::new();
        // The generated client (the capture server's, a fixed token): the
        // credential headers of getAccessToken, the PIN, the callback token,
        // the OAuth client secret and code.
        for (status, body) in bare_echoes(&[APP_SECRET, REFRESH]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    server.respond("GET", "/accessToken", status, body);
                    let result = server
                        .client()
                        .get_access_token()
                        .application_id("app-1")
                        .application_secret(APP_SECRET)
                        .refresh_token(REFRESH)
                        .send()
                        .await;
                    record_error(
                        &mut texts,
                        &format!("capture getAccessToken {status}"),
                        result,
                    );
                    texts
                }
                .boxed_local(),
            );
        }
        for (status, body) in bare_echoes(&[PIN]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    server.respond("POST", "/loginWithPinAndApplicationId", status, body);
                    let result = server
                        .client()
                        .login_with_pin()
                        .body(login_request())
                        .send()
                        .await;
                    record_error(
                        &mut texts,
                        &format!("capture loginWithPin {status}"),
                        result,
                    );
                    texts
                }
                .boxed_local(),
            );
        }
        for (status, body) in bare_echoes(&[CALLBACK]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    server.respond("POST", "/webhook", status, body);
                    let result = server
                        .client()
                        .create_webhook()
                        .body(create_request())
                        .send()
                        .await;
                    record_error(
                        &mut texts,
                        &format!("capture createWebhook {status}"),
                        result,
                    );
                    texts
                }
                .boxed_local(),
            );
        }
        // A fixed-token client: its access token.
        for (status, body) in bare_echoes(&[ACCESS]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    server.respond("GET", "/webhook", status, body);
                    let client = kaizala_api::Client::with_access_token(
                        &server.url(),
                        SecretString::from(ACCESS),
                    )
                    .unwrap();
                    let result = client
                        .list_webhooks()
                        .object_id("g1")
                        .object_type(kaizala_api::types::WebhookObjectType::Group)
                        .send()
                        .await;
                    record_error(
                        &mut texts,
                        &format!("fixed token listWebhooks {status}"),
                        result,
                    );
                    texts
                }
                .boxed_local(),
            );
        }
        // The refreshing client: the token service call (its error becomes
        // the call's), then a tenant call with the access token.
        for (status, body) in bare_echoes(&[APP_SECRET, REFRESH]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    let client = kaizala_client(&server).await;
                    server.respond("GET", "/accessToken", status, body);
                    let result = client.list_groups().send().await;
                    record_error(
                        &mut texts,
                        &format!("refreshing token call {status}"),
                        result,
                    );
                    texts.add(
                        format!("refreshing token call {status}: token_status"),
                        format!("{:?}", client.token_status()),
                    );
                    texts
                }
                .boxed_local(),
            );
        }
        for (status, body) in bare_echoes(&[ACCESS]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    let client = kaizala_client(&server).await;
                    server.respond("GET", "/groups", status, body);
                    let result = client.list_groups().send().await;
                    record_error(
                        &mut texts,
                        &format!("refreshing listGroups {status}"),
                        result,
                    );
                    texts
                }
                .boxed_local(),
            );
        }
        // The OAuth code exchange and the grant's client.
        for (status, body) in bare_echoes(&[OAUTH_SECRET, OAUTH_CODE]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    server.respond("POST", "/oauth/token", status, body);
                    let app = kaizala_ext::oauth::OAuthApp::new(
                        "app-1",
                        OAUTH_SECRET,
                        "https://example.com/cb",
                    )
                    .with_oauth_root(server.base_url());
                    let result = app.exchange_code(OAUTH_CODE).await;
                    record_error(&mut texts, &format!("OAuth exchange {status}"), result);
                    texts
                }
                .boxed_local(),
            );
        }
        for (status, body) in bare_echoes(&[ACCESS]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    server.respond(
                        "POST",
                        "/oauth/token",
                        200,
                        json!({"accessToken": ACCESS, "endpointUrl": format!("{}/", server.url()),
                               "accessTokenExpiry": 4_102_444_800_000i64}),
                    );
                    let app = kaizala_ext::oauth::OAuthApp::new(
                        "app-1",
                        OAUTH_SECRET,
                        "https://example.com/cb",
                    )
                    .with_oauth_root(server.base_url());
                    let grant = app.exchange_code(OAUTH_CODE).await.unwrap();
                    server.respond("GET", "/groups", status, body);
                    let result = grant.client().unwrap().list_groups().send().await;
                    record_error(
                        &mut texts,
                        &format!("OAuth grant client listGroups {status}"),
                        result,
                    );
                    texts
                }
                .boxed_local(),
            );
        }
        // The PIN login.
        for (status, body) in bare_echoes(&[PIN]) {
            cases.push(
                async move {
                    let mut texts = Texts::default();
                    let server = CaptureServer::start().await.unwrap();
                    server.respond("POST", "/loginWithPinAndApplicationId", status, body);
                    let login =
                        kaizala_ext::PinLogin::with_auth_root("app-1", &server.base_url()).unwrap();
                    let result = login.login("+911099999999", PIN).await;
                    record_error(&mut texts, &format!("PIN login {status}"), result);
                    texts
                }
                .boxed_local(),
            );
        }
        for case in futures::future::join_all(cases).await {
            texts.0.extend(case.0);
        }
    })
    .await;
    texts.add("tracing at TRACE", log);
    texts.assert_clean();
}
