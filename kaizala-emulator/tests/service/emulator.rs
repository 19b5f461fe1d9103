//! The emulator over HTTP, with a plain reqwest client: auth, faults, throttling, paging,
//! media, actions, reactions and webhooks.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use kaizala_emulator::{ConnectorSeed, Emulator, Permission, ThrottleConfig, WebhookConfig};
use serde_json::{Value, json};

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A client holding an access token and the tenant base.
struct Api {
    http: reqwest::Client,
    token: String,
    base: String,
}

impl Api {
    async fn connect(emu: &Emulator) -> Api {
        Self::connect_as(emu, &emu.connector()).await
    }

    async fn connect_as(emu: &Emulator, c: &kaizala_emulator::ConnectorCredentials) -> Api {
        let http = http();
        let body = access_token(&http, emu, c).await;
        Api {
            http,
            token: body["accessToken"].as_str().unwrap().to_string(),
            base: format!("{}v1", body["endpointUrl"].as_str().unwrap()),
        }
    }

    async fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, HeaderMap, Value) {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self
            .http
            .request(m, format!("{}{path}", self.base))
            .header("accessToken", &self.token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap();
        let v = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
        (status, headers, v)
    }

    async fn ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (s, _, v) = self.call(method, path, body).await;
        assert_eq!(s, StatusCode::OK, "{method} {path}: {v}");
        v
    }

    async fn group(&self, name: &str, group_type: &str) -> String {
        let v = self
            .ok(
                "POST",
                "/groups",
                Some(
                    json!({ "name": name, "welcomeMessage": "hi", "groupType": group_type,
                             "members": ["+15550100002"] }),
                ),
            )
            .await;
        v["groupId"].as_str().unwrap().to_string()
    }
}

async fn access_token(
    http: &reqwest::Client,
    emu: &Emulator,
    c: &kaizala_emulator::ConnectorCredentials,
) -> Value {
    let resp = http
        .get(format!("{}/accessToken", emu.auth_url()))
        .header("applicationId", &c.application_id)
        .header("applicationSecret", &c.application_secret)
        .header("refreshToken", &c.refresh_token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    resp.json().await.unwrap()
}

fn assert_error_body(v: &Value) {
    assert!(v["errorCode"].is_string(), "{v}");
    assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()), "{v}");
    assert!(v["errorCategoryKey"].is_string(), "{v}");
}

fn is_json(h: &HeaderMap) -> bool {
    h.get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

#[tokio::test]
async fn pin_login_then_access_token_then_tenant_call() {
    let emu = Emulator::start().await.unwrap();
    let http = http();
    let app = emu.connector().application_id;
    let mobile = "+15550109999";
    let r = http
        .post(format!("{}/generatePin", emu.auth_url()))
        .json(&json!({ "mobileNumber": mobile, "applicationId": app }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap(), json!({}));
    let pin = emu.last_pin(mobile).expect("a PIN was generated");

    let wrong = http
        .post(format!("{}/loginWithPinAndApplicationId", emu.auth_url()))
        .json(&json!({ "mobileNumber": mobile, "applicationId": app, "pin": "not-it" }))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert_error_body(&wrong.json().await.unwrap());

    // Keys bound case-insensitively, as the .NET service did.
    let login: Value = http
        .post(format!("{}/loginWithPinAndApplicationId", emu.auth_url()))
        .json(&json!({ "MobileNumber": mobile, "applicationid": app, "PIN": pin }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let refresh = login["refreshToken"].as_str().unwrap().to_string();
    assert!(login["refreshTokenExpiry"].as_i64().unwrap() > chrono::Utc::now().timestamp_millis());
    assert!(login["grantedScope"].is_string());

    let creds = kaizala_emulator::ConnectorCredentials {
        refresh_token: refresh,
        mobile_number: mobile.into(),
        ..emu.connector()
    };
    let tok = access_token(&http, &emu, &creds).await;
    let endpoint = tok["endpointUrl"].as_str().unwrap();
    assert!(endpoint.ends_with('/'));
    assert_eq!(endpoint, emu.endpoint_url());
    assert!(!endpoint.starts_with(&emu.auth_url()));
    let expiry = tok["accessTokenExpiry"].as_i64().unwrap();
    let day = 24 * 3600 * 1000;
    let now = chrono::Utc::now().timestamp_millis();
    assert!((now + day - 60_000..=now + day + 60_000).contains(&expiry));
    assert_eq!(tok["refreshToken"], "");

    let api = Api::connect_as(&emu, &creds).await;
    let g = api.group("PIN group", "Group").await;
    let members = api.ok("GET", &format!("/groups/{g}/members"), None).await;
    let admins: Vec<&Value> = members["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["role"] == "Admin")
        .collect();
    assert_eq!(admins.len(), 1);
    assert_eq!(admins[0]["mobileNumber"], mobile);

    // Tenant operations are not on the auth base: clients must switch.
    let on_auth = http
        .get(format!("{}/groups", emu.auth_url()))
        .header("accessToken", &api.token)
        .send()
        .await
        .unwrap();
    assert_eq!(on_auth.status(), 404);
    assert_eq!(emu.access_token_calls(), 2);
}

#[tokio::test]
async fn wrong_credentials_and_expired_tokens_are_401_missing_permission_is_403() {
    let emu = Emulator::start().await.unwrap();
    let http = http();
    let bad = http
        .get(format!("{}/accessToken", emu.auth_url()))
        .header("applicationId", emu.connector().application_id)
        .header("applicationSecret", "wrong")
        .header("refreshToken", emu.connector().refresh_token)
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 401);
    assert!(is_json(bad.headers()));
    assert_error_body(&bad.json().await.unwrap());

    let api = Api::connect(&emu).await;
    api.ok("GET", "/groups", None).await;

    let bogus = Api {
        token: "nope".into(),
        http: http.clone(),
        base: api.base.clone(),
    };
    let (s, h, v) = bogus.call("GET", "/groups", None).await;
    assert_eq!(s, 401);
    assert!(is_json(&h));
    assert_eq!(v["errorCode"], "InvalidAccessToken");

    emu.expire_access_tokens();
    let (s, _, v) = api.call("GET", "/groups", None).await;
    assert_eq!(s, 401);
    assert_eq!(v["errorCode"], "AccessTokenExpired");
    let api = Api::connect(&emu).await;
    api.ok("GET", "/groups", None).await;

    // A connector without the Media permission.
    let limited = emu.seed_connector(
        ConnectorSeed::new("+15550100003")
            .permissions([Permission::GroupInformation, Permission::TextMessage]),
    );
    let lim = Api::connect_as(&emu, &limited).await;
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(vec![1, 2, 3])
            .file_name("a.png")
            .mime_str("image/png")
            .unwrap(),
    );
    let r = lim
        .http
        .post(format!("{}/media", lim.base))
        .header("accessToken", &lim.token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_error_body(&r.json().await.unwrap());

    // A group the caller is not a member of.
    let g = api.group("Ada's", "Group").await;
    let (s, _, v) = lim.call("GET", &format!("/groups/{g}"), None).await;
    assert_eq!(s, 403, "{v}");
    // A member who is not an admin cannot add members.
    let bob = emu.seed_connector(ConnectorSeed::new("+15550100002"));
    let bob = Api::connect_as(&emu, &bob).await;
    let (s, _, _) = bob
        .call(
            "PUT",
            &format!("/groups/{g}/members"),
            Some(json!({ "members": ["+15550100004"] })),
        )
        .await;
    assert_eq!(s, 403);
}

#[tokio::test]
async fn a_static_access_token_works_until_tokens_are_expired() {
    let emu = Emulator::builder()
        .static_access_token("fixed-token")
        .start()
        .await
        .unwrap();
    let api = Api {
        http: http(),
        token: "fixed-token".into(),
        base: format!("{}v1", emu.endpoint_url()),
    };
    api.ok("GET", "/groups", None).await;
    emu.expire_access_tokens();
    let (s, _, _) = api.call("GET", "/groups", None).await;
    assert_eq!(s, 401);
}

#[tokio::test]
async fn sample_data_has_fixed_ids() {
    use kaizala_emulator::{
        SAMPLE_GROUP_ID, SAMPLE_PUBLIC_GROUP_ID, SAMPLE_SURVEY_ID, SAMPLE_WEBHOOK_ID,
    };
    let emu = Emulator::builder().sample_data(true).start().await.unwrap();
    let api = Api::connect(&emu).await;
    let g = api
        .ok("GET", &format!("/groups/{SAMPLE_GROUP_ID}"), None)
        .await;
    assert_eq!(g["groups"][0]["hasSubGroups"], true);
    let page = api
        .ok(
            "POST",
            &format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/subscribers"),
            Some(json!({})),
        )
        .await;
    assert_eq!(page["subscribers"].as_array().unwrap().len(), 3);
    let survey = api
        .ok(
            "GET",
            &format!("/groups/{SAMPLE_GROUP_ID}/actions/{SAMPLE_SURVEY_ID}?getDetails=true"),
            None,
        )
        .await;
    assert_eq!(survey["actionDetails"]["responseCount"], 1);
    let hooks = api
        .ok(
            "GET",
            &format!("/webhook?objectId={SAMPLE_GROUP_ID}&objectType=Group"),
            None,
        )
        .await;
    assert_eq!(hooks["webhooks"][0]["id"], SAMPLE_WEBHOOK_ID);
    // A body is required wherever the spec says so.
    let (s, _, _) = api
        .call("PUT", &format!("/webhook/{SAMPLE_WEBHOOK_ID}"), None)
        .await;
    assert_eq!(s, 400);
}

#[tokio::test]
async fn moved_endpoint_answers_308_with_location() {
    let emu = Emulator::start().await.unwrap();
    let api = Api::connect(&emu).await;
    api.ok("GET", "/groups", None).await;
    let new = emu.move_endpoint();
    assert_ne!(format!("{new}v1"), api.base);
    let (s, h, v) = api
        .call(
            "POST",
            "/groups",
            Some(json!({ "name": "x", "welcomeMessage": "" })),
        )
        .await;
    assert_eq!(s, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(h["location"].to_str().unwrap(), new);
    assert!(is_json(&h));
    assert_error_body(&v);
    assert!(
        emu.groups().is_empty(),
        "the moved call must not be executed"
    );

    // The same token works on the new base, and accessToken now returns it.
    let moved = Api {
        http: api.http.clone(),
        token: api.token.clone(),
        base: format!("{new}v1"),
    };
    moved.ok("GET", "/groups", None).await;
    let tok = access_token(&api.http, &emu, &emu.connector()).await;
    assert_eq!(tok["endpointUrl"], new);
}

#[tokio::test]
async fn throttling_answers_429_with_retry_after() {
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: true,
            window: Duration::from_secs(30),
            per_connector: 3,
            per_tenant: 5,
        })
        .start()
        .await
        .unwrap();
    let api = Api::connect(&emu).await;
    for _ in 0..3 {
        api.ok("GET", "/groups", None).await;
    }
    let (s, h, v) = api.call("GET", "/groups", None).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert!(is_json(&h));
    assert_error_body(&v);
    let secs: u64 = h["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=30).contains(&secs), "{secs}");

    // The tenant limit spans connectors: 3 used, 2 left for another connector.
    let other = emu.seed_connector(ConnectorSeed::new("+15550100002"));
    let other = Api::connect_as(&emu, &other).await;
    other.ok("GET", "/groups", None).await;
    other.ok("GET", "/groups", None).await;
    let (s, _, _) = other.call("GET", "/groups", None).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);

    // A shrunk window: the limit lifts once it has passed.
    emu.set_throttle(ThrottleConfig {
        enabled: true,
        window: Duration::from_secs(1),
        per_connector: 1,
        per_tenant: 300,
    });
    api.ok("GET", "/groups", None).await;
    let (s, h, _) = api.call("GET", "/groups", None).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(h["retry-after"], "1");
    tokio::time::sleep(Duration::from_millis(1050)).await;
    api.ok("GET", "/groups", None).await;
}

#[tokio::test]
async fn subscribers_page_to_the_end() {
    let emu = Emulator::start().await.unwrap();
    let api = Api::connect(&emu).await;
    let g = api.group("Public", "ConnectGroup").await;
    let numbers: Vec<String> = (0..120).map(|i| format!("+1555020{i:04}")).collect();
    let added = api
        .ok(
            "PUT",
            &format!("/groups/{g}/subscribers/add"),
            Some(json!({ "subscribers": numbers })),
        )
        .await;
    assert_eq!(added["result"][&numbers[0]]["isAdded"], true);
    let again = api
        .ok(
            "PUT",
            &format!("/groups/{g}/subscribers/add"),
            Some(json!({ "subscribers": [numbers[0]] })),
        )
        .await;
    assert_eq!(again["result"][&numbers[0]]["isAdded"], false);

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut body = json!({ "count": 50 });
        if let Some(c) = &cursor {
            body["cursor"] = json!(c);
        }
        let page = api
            .ok("POST", &format!("/groups/{g}/subscribers"), Some(body))
            .await;
        pages += 1;
        for s in page["subscribers"].as_array().unwrap() {
            seen.push(s["mobileNumber"].as_str().unwrap().to_string());
        }
        match page.get("cursor").and_then(Value::as_str) {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen, numbers);

    let (s, _, v) = api
        .call(
            "POST",
            &format!("/groups/{g}/subscribers"),
            Some(json!({ "count": 51 })),
        )
        .await;
    assert_eq!(s, 400);
    assert_error_body(&v);
    let (s, _, _) = api
        .call(
            "POST",
            &format!("/groups/{g}/subscribers"),
            Some(json!({ "cursor": "garbage!" })),
        )
        .await;
    assert_eq!(s, 400);

    let removed = api
        .ok(
            "PUT",
            &format!("/groups/{g}/subscribers/remove"),
            Some(json!({ "subscribers": [numbers[0], "+15559999999"] })),
        )
        .await;
    assert_eq!(removed["result"][&numbers[0]]["isRemoved"], true);
    assert_eq!(removed["result"]["+15559999999"]["isRemoved"], false);
    assert_eq!(emu.subscribers(&g).len(), 119);

    // Subscribers only exist on public groups.
    let plain = api.group("Plain", "Group").await;
    let (s, _, _) = api
        .call(
            "PUT",
            &format!("/groups/{plain}/subscribers/add"),
            Some(json!({ "subscribers": ["+15550100009"] })),
        )
        .await;
    assert_eq!(s, 400);
}

fn media_form(content_type: &str, name: &str) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(b"\x89PNG fake".to_vec())
            .file_name(name.to_string())
            .mime_str(content_type)
            .unwrap(),
    )
}

#[tokio::test]
async fn media_upload_checks_the_content_type_and_feeds_media_actions() {
    let emu = Emulator::start().await.unwrap();
    let api = Api::connect(&emu).await;
    let upload = |form| {
        api.http
            .post(format!("{}/media", api.base))
            .header("accessToken", &api.token)
            .multipart(form)
            .send()
    };
    let r = upload(media_form("text/plain", "a.txt")).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(is_json(r.headers()));
    assert_error_body(&r.json().await.unwrap());

    let r = api
        .http
        .post(format!("{}/media", api.base))
        .header("accessToken", &api.token)
        .json(&json!({ "not": "multipart" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let r = upload(media_form("image/png", "cat.png")).await.unwrap();
    assert_eq!(r.status(), 200);
    let resource = r.json::<Value>().await.unwrap()["mediaResource"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(emu.media().len(), 1);
    let served = api.http.get(&emu.media()[0].url).send().await.unwrap();
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.bytes().await.unwrap().as_ref(), b"\x89PNG fake");

    let g = api.group("Photos", "Group").await;
    let sent = api
        .ok(
            "POST",
            &format!("/groups/{g}/actions"),
            Some(json!({ "actionType": "Image", "actionBody": { "mediaResource": resource, "caption": "cat" } })),
        )
        .await;
    assert!(sent["referenceId"].is_string());
    let list = api
        .ok(
            "GET",
            &format!("/groups/{g}/actions?actionType=Image"),
            None,
        )
        .await;
    assert_eq!(
        list["actions"][0]["actionBody"]["imageUrl"],
        emu.media()[0].url.as_str()
    );
    assert_eq!(list["hasMore"], false);
    let (s, _, _) = api
        .call(
            "POST",
            &format!("/groups/{g}/actions"),
            Some(json!({ "actionType": "Image", "actionBody": { "mediaResource": "bm9wZQ==" } })),
        )
        .await;
    assert_eq!(s, 400);
}

#[tokio::test]
async fn bad_input_is_rejected_with_the_error_body_never_a_panic() {
    let emu = Emulator::start().await.unwrap();
    let api = Api::connect(&emu).await;
    let raw = |method: reqwest::Method, path: &str, body: &'static str| {
        api.http
            .request(method, format!("{}{path}", api.base))
            .header("accessToken", &api.token)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let r = raw(reqwest::Method::POST, "/groups", "{\"name\": ")
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert!(is_json(r.headers()));
    let v: Value = r.json().await.unwrap();
    assert!(v["message"].as_str().unwrap().contains("JSON"), "{v}");
    let r = raw(reqwest::Method::POST, "/groups", "[1,2]")
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let r = raw(
        reqwest::Method::POST,
        "/groups",
        "{\"name\": 5, \"welcomeMessage\": \"\"}",
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 400);
    // JSON5-ish bodies, as in the reference samples, are what the lenient binder took.
    let r = raw(
        reqwest::Method::POST,
        "/groups",
        "{name:\"Kaizala Test group\", welcomeMessage:\"Welcome\", members:[\"+911099999999\"], groupType: \"Group\",}",
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 200);

    let (s, _, v) = api.call("GET", "/groups/does-not-exist", None).await;
    assert_eq!(s, 404);
    assert_error_body(&v);
    let (s, _, v) = api.call("GET", "/no/such/route", None).await;
    assert_eq!(s, 404);
    assert_error_body(&v);
    let (s, _, v) = api.call("PATCH", "/groups", None).await;
    assert_eq!(s, 405);
    assert_error_body(&v);

    let g = api.group("Limits", "Group").await;
    let long = "x".repeat(4001);
    let (s, _, _) = api
        .call(
            "POST",
            &format!("/groups/{g}/messages"),
            Some(json!({ "message": long })),
        )
        .await;
    assert_eq!(s, 400);
    let (s, _, _) = api
        .call(
            "POST",
            &format!("/groups/{g}/messages"),
            Some(json!({ "Message": "hi", "sendToAllSubscribers": "true" })),
        )
        .await;
    assert_eq!(s, 400, "sendToAllSubscribers needs a public group");
    let ok = api
        .ok(
            "POST",
            &format!("/groups/{g}/messages"),
            Some(json!({ "Message": "x".repeat(4000) })),
        )
        .await;
    assert!(ok["referenceId"].is_string());
    assert_eq!(emu.messages_in(&g).len(), 1);

    let members = vec!["+15550300000"; 101];
    let (s, _, _) = api
        .call(
            "PUT",
            &format!("/groups/{g}/members"),
            Some(json!({ "members": members })),
        )
        .await;
    assert_eq!(s, 400);
    let (s, _, _) = api
        .call(
            "PUT",
            &format!("/groups/{g}/members"),
            Some(json!({ "members": ["12345"] })),
        )
        .await;
    assert_eq!(s, 400);
}

#[tokio::test]
async fn injected_failures_and_refresh_rotation() {
    let emu = Emulator::start().await.unwrap();
    let api = Api::connect(&emu).await;
    emu.inject_server_errors(2);
    for _ in 0..2 {
        let (s, h, v) = api.call("GET", "/groups", None).await;
        assert_eq!(s, 503);
        assert!(is_json(&h));
        assert_error_body(&v);
    }
    api.ok("GET", "/groups", None).await;

    emu.rotate_refresh_token_on_next_call();
    let http = http();
    let old = emu.connector();
    let tok = access_token(&http, &emu, &old).await;
    let new = tok["refreshToken"].as_str().unwrap().to_string();
    assert!(!new.is_empty() && new != old.refresh_token);
    // The old token works until the new one is used (a client may die
    // before saving the new one) ...
    access_token(&http, &emu, &old).await;
    let rotated = kaizala_emulator::ConnectorCredentials {
        refresh_token: new,
        ..old.clone()
    };
    access_token(&http, &emu, &rotated).await;
    // ... and stops once it is.
    let r = http
        .get(format!("{}/accessToken", emu.auth_url()))
        .header("applicationId", &old.application_id)
        .header("applicationSecret", &old.application_secret)
        .header("refreshToken", &old.refresh_token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "the old refresh token stops working");
    let again = access_token(&http, &emu, &rotated).await;
    assert_eq!(again["refreshToken"], "");
}

#[tokio::test]
async fn groups_members_actions_responses_and_reactions() {
    let emu = Emulator::start().await.unwrap();
    let api = Api::connect(&emu).await;
    let g = api.group("Team", "Group").await;

    let put = api
        .ok(
            "PUT",
            &format!("/groups/{g}/members"),
            Some(json!({ "members": ["+15550100003"] })),
        )
        .await;
    assert_eq!(put["result"], "true");
    let members = emu.members(&g);
    assert_eq!(members.len(), 3);
    let chandra = members
        .iter()
        .find(|m| m.mobile_number == "+15550100003")
        .unwrap();
    let del = api
        .ok(
            "DELETE",
            &format!("/groups/{g}/members/{}", chandra.user_id),
            None,
        )
        .await;
    assert_eq!(del["result"], "true");
    assert_eq!(emu.members(&g).len(), 2);

    let sub = api
        .ok(
            "POST",
            &format!("/groups/{g}/subGroups"),
            Some(json!({ "groupName": "Sub", "welcomeMessage": "w" })),
        )
        .await;
    let sub_id = sub["groupId"].as_str().unwrap();
    let tree = api.ok("GET", &format!("/groups/{g}/subGroups"), None).await;
    assert_eq!(tree["groups"][0]["subGroups"][0]["groupId"], sub_id);
    let top = api.ok("GET", "/groups?showDetail=true", None).await;
    assert_eq!(top["groups"].as_array().unwrap().len(), 1);
    assert_eq!(top["groups"][0]["hasSubGroups"], true);
    assert_eq!(top["groups"][0]["callerRole"], "Admin");
    let all = api.ok("GET", "/groups?fetchAllGroups=true", None).await;
    assert_eq!(all["groups"].as_array().unwrap().len(), 2);

    let survey = api
        .ok(
            "POST",
            &format!("/groups/{g}/actions"),
            Some(json!({ "actionType": "Survey", "actionBody": {
                "title": "Lunch?", "questions": [
                    { "title": "Where", "type": "Text" },
                    { "title": "When", "type": "SingleOption", "options": [{ "title": "12" }, { "title": "13" }] }
                ]}})),
        )
        .await;
    let survey_id = survey["actionId"].as_str().unwrap();
    let (s, _, _) = api
        .call(
            "POST",
            &format!("/groups/{g}/actions/{survey_id}/responses"),
            Some(json!({ "actionType": "Survey", "actionBody": { "answers": ["Cafe", "14"] } })),
        )
        .await;
    assert_eq!(s, 400, "14 is not an option");
    let resp = api
        .ok(
            "POST",
            &format!("/groups/{g}/actions/{survey_id}/responses"),
            Some(json!({ "actionType": "Survey", "actionBody": { "Answers": ["Cafe", "13"] } })),
        )
        .await;
    assert!(resp["responseId"].is_string());
    assert_eq!(emu.responses(survey_id).len(), 1);

    let job = api
        .ok(
            "POST",
            &format!("/groups/{g}/actions"),
            Some(json!({ "actionType": "Job", "actionBody": { "title": "Ship", "assignedTo": ["+15550100001"], "dueDate": 10 } })),
        )
        .await;
    let job_id = job["actionId"].as_str().unwrap();
    api.ok(
        "POST",
        &format!("/groups/{g}/actions/{job_id}/responses"),
        Some(json!({ "actionType": "Job", "actionBody": { "isCompleted": "true" } })),
    )
    .await;
    let details = api
        .ok(
            "GET",
            &format!("/groups/{g}/actions/{job_id}?getDetails=true"),
            None,
        )
        .await;
    assert_eq!(details["actionType"], "Job");
    assert_eq!(details["actionDetails"]["status"], true);
    assert_eq!(details["actionDetails"]["responseCount"], 1);

    let list = api
        .ok(
            "GET",
            &format!("/groups/{g}/actions?actionType=Survey"),
            None,
        )
        .await;
    let item = &list["actions"][0];
    assert_eq!(item["actionBody"]["responseCount"], 1);
    let creation = item["creationTime"].as_i64().unwrap();
    let now_s = chrono::Utc::now().timestamp();
    assert!(
        (now_s - 60..=now_s + 1).contains(&creation),
        "creationTime is epoch seconds"
    );

    let reference = survey["referenceId"].as_str().unwrap();
    for kind in [
        json!({ "reactionType": "Like" }),
        json!({ "reactionType": "Comment", "comment": "yum" }),
    ] {
        let mut body = json!({ "referenceId": reference, "sourceGroupId": g });
        body.as_object_mut()
            .unwrap()
            .extend(kind.as_object().unwrap().clone());
        api.ok("POST", &format!("/groups/{g}/reaction"), Some(body))
            .await;
    }
    let (s, _, _) = api
        .call(
            "POST",
            &format!("/groups/{g}/reaction"),
            Some(
                json!({ "referenceId": reference, "sourceGroupId": g, "reactionType": "Comment" }),
            ),
        )
        .await;
    assert_eq!(s, 400, "a comment needs its text");
    let summary = api
        .ok(
            "GET",
            &format!("/groups/{g}/reaction/summary?sourceGroupId={g}"),
            None,
        )
        .await;
    assert_eq!(
        summary["summary"][0]["reactionsCountMap"],
        json!({ "like": 1, "comment": 1 })
    );
    let cursor = summary["cursor"].as_i64().unwrap();
    assert!(
        cursor > 600_000_000_000_000_000,
        "cursor is .NET ticks: {cursor}"
    );
    assert!(summary["cursor"].is_i64());
    let since = api
        .ok(
            "GET",
            &format!("/groups/{g}/reaction/summary?sourceGroupId={g}&cursor={cursor}"),
            None,
        )
        .await;
    assert!(since["summary"].as_array().unwrap().is_empty());
    assert_eq!(since["cursor"].as_i64(), Some(cursor));
    let comments = api
        .ok(
            "GET",
            &format!("/groups/{g}/reaction/{reference}?sourceGroupId={g}&reactionType=Comment"),
            None,
        )
        .await;
    assert_eq!(comments["reactionDetails"][0]["comment"], "yum");
    assert!(
        comments["reactionDetails"][0]["lastModifiedTime"]
            .as_i64()
            .unwrap()
            > 1_600_000_000_000
    );
}

/// One received delivery: the `kz-callback-token` header and the JSON body.
type Hit = (Option<String>, Value);

/// A local webhook receiver: echoes validation tokens, records deliveries, and fails the
/// first `fail_first` deliveries with a 500.
#[derive(Clone, Default)]
struct Receiver {
    hits: Arc<Mutex<Vec<Hit>>>,
    fail_first: Arc<Mutex<u32>>,
    wrong_echo: bool,
}

async fn start_receiver(r: Receiver) -> String {
    async fn validate(State(r): State<Receiver>, Query(q): Query<Vec<(String, String)>>) -> String {
        let token = q
            .into_iter()
            .find(|(k, _)| k == "validationToken")
            .map(|(_, v)| v)
            .unwrap_or_default();
        if r.wrong_echo {
            "something else".into()
        } else {
            token
        }
    }
    async fn deliver(State(r): State<Receiver>, headers: HeaderMap, body: String) -> StatusCode {
        {
            let mut fail = r.fail_first.lock().unwrap();
            if *fail > 0 {
                *fail -= 1;
                return StatusCode::INTERNAL_SERVER_ERROR;
            }
        }
        let token = headers
            .get("kz-callback-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        r.hits
            .lock()
            .unwrap()
            .push((token, serde_json::from_str(&body).unwrap()));
        StatusCode::OK
    }
    let app = axum::Router::new()
        .route("/hook", get(validate).post(deliver))
        .with_state(r);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}/hook")
}

async fn wait_hits(r: &Receiver, n: usize) -> Vec<Hit> {
    for _ in 0..250 {
        if r.hits.lock().unwrap().len() >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    r.hits.lock().unwrap().clone()
}

fn fast_webhooks() -> WebhookConfig {
    WebhookConfig {
        validation_timeout: Duration::from_secs(2),
        delivery_timeout: Duration::from_secs(2),
        retry_base: Duration::from_millis(10),
        max_retries: 3,
        ..WebhookConfig::default()
    }
}

#[tokio::test]
async fn webhook_validation_handshake_and_delivery() {
    let emu = Emulator::builder()
        .webhooks(fast_webhooks())
        .start()
        .await
        .unwrap();
    let api = Api::connect(&emu).await;
    let g = api.group("Hooked", "Group").await;

    let liar = start_receiver(Receiver {
        wrong_echo: true,
        ..Default::default()
    })
    .await;
    let (s, _, v) = api
        .call(
            "POST",
            "/webhook",
            Some(json!({ "objectId": g, "objectType": "Group", "eventTypes": ["TextMessageCreated"], "callBackUrl": liar })),
        )
        .await;
    assert_eq!(s, 400, "{v}");
    assert_eq!(v["errorCode"], "CallbackValidationFailed");
    let (s, _, _) = api
        .call(
            "POST",
            "/webhook",
            Some(
                json!({ "objectId": g, "objectType": "Group", "eventTypes": ["TextMessageCreated"],
                         "callBackUrl": "http://127.0.0.1:9/unreachable" }),
            ),
        )
        .await;
    assert_eq!(s, 400);
    // Only loopback callbacks: the emulator never sends traffic off the machine by default.
    let (s, _, v) = api
        .call(
            "POST",
            "/webhook",
            Some(
                json!({ "objectId": g, "objectType": "Group", "eventTypes": ["TextMessageCreated"],
                         "callBackUrl": "https://192.0.2.1/hook" }),
            ),
        )
        .await;
    assert_eq!(s, 400);
    assert!(
        v["message"].as_str().unwrap().contains("this machine"),
        "{v}"
    );
    assert!(emu.webhooks().is_empty());

    let rx = Receiver::default();
    let url = start_receiver(rx.clone()).await;
    let created = api
        .ok(
            "POST",
            "/webhook",
            Some(json!({ "objectId": g, "objectType": "Group",
                         "eventTypes": ["TextMessageCreated", "MemberAdded"],
                         "callBackUrl": url, "callBackToken": "s3cret", "callBackContext": "ctx" })),
        )
        .await;
    let webhook_id = created["webhookId"].as_str().unwrap().to_string();

    let listed = api
        .ok(
            "GET",
            &format!("/webhook?objectId={g}&objectType=Group"),
            None,
        )
        .await;
    let w = &listed["webhooks"][0];
    assert_eq!(w["id"], webhook_id.as_str());
    assert_eq!(w["callbackUrl"], url.as_str());
    assert_eq!(w["callbackToken"], "s3cret");
    assert_eq!(w["events"], json!(["TextMessageCreated", "MemberAdded"]));
    assert_eq!(w["active"], true);
    assert!(w["ts"].is_i64() && w["validity"].is_i64());

    api.ok(
        "POST",
        &format!("/groups/{g}/messages"),
        Some(json!({ "message": "hello hooks" })),
    )
    .await;
    api.ok(
        "PUT",
        &format!("/groups/{g}/members"),
        Some(json!({ "members": ["+15550100004"] })),
    )
    .await;
    let hits = wait_hits(&rx, 2).await;
    assert_eq!(hits.len(), 2);
    let (token, ev) = &hits
        .iter()
        .find(|(_, e)| e["eventType"] == "TextMessageCreated")
        .unwrap();
    assert_eq!(token.as_deref(), Some("s3cret"));
    assert_eq!(ev["objectId"], g.as_str());
    assert_eq!(ev["objectType"], "Group");
    assert_eq!(ev["data"]["text"], "hello hooks");
    assert_eq!(ev["context"], "ctx");
    assert_eq!(ev["fromUser"], "+15550100001");
    assert_eq!(ev["fromUserName"], "Ada Admin");
    assert_eq!(ev["subscriptionId"], webhook_id.as_str());
    assert_eq!(ev["groupId"], g.as_str());
    assert!(ev["eventId"].is_string() && ev["fromUserId"].is_string());
    let (_, member) = &hits
        .iter()
        .find(|(_, e)| e["eventType"] == "MemberAdded")
        .unwrap();
    assert_eq!(member["data"]["member"], "+15550100004");
    assert_eq!(member["data"]["type"], "Member");

    // Not subscribed: no delivery for a job.
    api.ok(
        "POST",
        &format!("/groups/{g}/actions"),
        Some(json!({ "actionType": "Job", "actionBody": { "title": "t", "assignedTo": ["+15550100002"] } })),
    )
    .await;

    // Disable, then delete.
    api.ok(
        "PUT",
        &format!("/webhook/{webhook_id}"),
        Some(json!({ "Active": "false" })),
    )
    .await;
    api.ok(
        "POST",
        &format!("/groups/{g}/messages"),
        Some(json!({ "message": "nobody hears" })),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(rx.hits.lock().unwrap().len(), 2);
    assert!(!emu.webhooks()[0].active);
    api.ok("DELETE", &format!("/webhook/{webhook_id}"), None)
        .await;
    let (s, _, _) = api
        .call("DELETE", &format!("/webhook/{webhook_id}"), None)
        .await;
    assert_eq!(s, 404);
}

#[tokio::test]
async fn webhook_duplicates_and_retries() {
    let emu = Emulator::builder()
        .webhooks(fast_webhooks())
        .start()
        .await
        .unwrap();
    let api = Api::connect(&emu).await;
    let g = api.group("Dupes", "Group").await;
    let rx = Receiver {
        fail_first: Arc::new(Mutex::new(2)),
        ..Default::default()
    };
    let url = start_receiver(rx.clone()).await;
    api.ok(
        "POST",
        "/webhook",
        Some(json!({ "objectId": g, "objectType": "Group", "eventTypes": ["SurveyCreated", "JobCreated"],
                     "callBackUrl": url, "callBackToken": "t" })),
    )
    .await;

    // The first two deliveries get a 500 and are retried with backoff.
    api.ok(
        "POST",
        &format!("/groups/{g}/actions"),
        Some(json!({ "actionType": "Job", "actionBody": { "title": "retry me", "assignedTo": ["+15550100002"] } })),
    )
    .await;
    let hits = wait_hits(&rx, 1).await;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].1["eventType"], "JobCreated");
    assert_eq!(hits[0].1["data"]["title"], "retry me");
    let d = emu.wait_for_deliveries(1, Duration::from_secs(5)).await;
    assert_eq!(d[0].attempts.len(), 3);
    assert_eq!(d[0].attempts[0].status, Some(500));
    assert_eq!(d[0].attempts[2].status, Some(200));

    // An injected duplicate repeats the eventId.
    emu.inject_duplicate_deliveries(1);
    api.ok(
        "POST",
        &format!("/groups/{g}/actions"),
        Some(
            json!({ "actionType": "Survey", "actionBody": { "title": "twice",
                     "questions": [{ "title": "q", "type": "Text" }] } }),
        ),
    )
    .await;
    let hits = wait_hits(&rx, 3).await;
    let surveys: Vec<&Value> = hits
        .iter()
        .map(|(_, e)| e)
        .filter(|e| e["eventType"] == "SurveyCreated")
        .collect();
    assert_eq!(surveys.len(), 2);
    assert_eq!(surveys[0]["eventId"], surveys[1]["eventId"]);
    assert_eq!(emu.deliveries().iter().filter(|d| d.duplicate).count(), 1);
}
