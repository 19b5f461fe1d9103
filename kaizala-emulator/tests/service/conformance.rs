//! Every operation of `spec/kaizala.yaml`, called on the emulator, with each answer checked
//! against the spec: the status must be documented for the operation, the body must match the
//! documented schema (the `jsonschema` crate, with the spec's OpenAPI 3.0 schemas converted by
//! `support/openapi_schema.rs`), 308 must carry `Location` and 429 `Retry-After`, and every
//! answer is JSON.
//!
//! `oneOf` means exactly one branch, as in JSON Schema (what schemathesis checks too).

use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::Duration;

use crate::openapi_schema::SpecSchemas;
use axum::extract::Query;
use axum::routing::get;
use kaizala_emulator::{ConnectorSeed, Emulator, Permission, ThrottleConfig};
use serde_json::{Value, json};

fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/kaizala.yaml");
    let text = std::fs::read_to_string(path).expect("spec/kaizala.yaml is readable");
    serde_norway::from_str(&text).expect("the spec is YAML")
}

/// Follows a `$ref` (a chain of them) to the response object it names.
fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let target = spec
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("dangling $ref {r}"));
            resolve(spec, target)
        }
        None => v,
    }
}

/// Calls the emulator and checks the answer against the spec's operation.
struct Conformance {
    spec: Value,
    schemas: SpecSchemas,
    http: reqwest::Client,
    auth: String,
    base: String,
    token: Mutex<String>,
    covered: Mutex<BTreeSet<String>>,
}

impl Conformance {
    fn operation(&self, template: &str, method: &str) -> &Value {
        let op = &self.spec["paths"][template][method.to_ascii_lowercase()];
        assert!(op.is_object(), "{method} {template} is not in the spec");
        op
    }

    async fn send(
        &self,
        method: &str,
        template: &str,
        path: &str,
        req: reqwest::RequestBuilder,
    ) -> (u16, Value) {
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap();
        let ct = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(
            ct.starts_with("application/json"),
            "{method} {path}: {status} is {ct}: {text}"
        );
        let body: Value = serde_json::from_str(&text).unwrap();
        assert_ne!(
            status, 501,
            "{method} {template}: the emulator has no route for it: run `cargo xtask gen` (its \
             route is generated into kaizala-emulator/src/generated_routes.rs) ({body})"
        );
        let op = self.operation(template, method);
        let responses = &op["responses"];
        let documented = responses
            .get(status.to_string())
            .or_else(|| (status >= 500).then(|| responses.get("5XX")).flatten());
        let Some(documented) = documented else {
            panic!("{method} {template}: status {status} is not documented: {body}");
        };
        let documented = resolve(&self.spec, documented);
        let schema = documented
            .pointer("/content/application~1json/schema")
            .unwrap_or_else(|| panic!("{method} {template} ({status}): no JSON schema"));
        let errs = self.schemas.errors(schema, &body);
        assert!(
            errs.is_empty(),
            "{method} {path} ({status}) does not match the spec:\n{}\n{body:#}",
            errs.join("\n")
        );
        for h in documented["headers"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            assert!(
                headers.contains_key(h.as_str()),
                "{method} {path} ({status}): no {h} header"
            );
        }
        self.covered
            .lock()
            .unwrap()
            .insert(format!("{method} {template}"));
        (status, body)
    }

    async fn tenant(
        &self,
        method: &str,
        template: &str,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let token = self.token.lock().unwrap().clone();
        let mut req = self
            .http
            .request(m, format!("{}{path}", self.base))
            .header("accessToken", token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        self.send(method, template, path, req).await
    }

    async fn ok(&self, method: &str, template: &str, path: &str, body: Option<Value>) -> Value {
        let (s, v) = self.tenant(method, template, path, body).await;
        assert_eq!(s, 200, "{method} {path}: {v}");
        v
    }
}

async fn echo_server() -> String {
    async fn validate(Query(q): Query<Vec<(String, String)>>) -> String {
        q.into_iter()
            .find(|(k, _)| k == "validationToken")
            .map(|(_, v)| v)
            .unwrap_or_default()
    }
    let app = axum::Router::new().route("/cb", get(validate).post(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}/cb")
}

#[tokio::test]
async fn every_operation_answers_as_the_spec_says() {
    let emu = Emulator::start().await.unwrap();
    let http = reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let spec = spec();
    let c = Conformance {
        schemas: SpecSchemas::new(&spec),
        spec,
        http: http.clone(),
        auth: emu.auth_url(),
        base: format!("{}v1", emu.endpoint_url()),
        token: Mutex::new(String::new()),
        covered: Mutex::new(BTreeSet::new()),
    };

    // Authentication.
    let creds = emu.connector();
    let pin_req = |pin: Option<&str>| {
        let mut b =
            json!({ "mobileNumber": creds.mobile_number, "applicationId": creds.application_id });
        if let Some(p) = pin {
            b["pin"] = json!(p);
        }
        b
    };
    let (s, _) = c
        .send(
            "POST",
            "/generatePin",
            "/generatePin",
            http.post(format!("{}/generatePin", c.auth))
                .json(&pin_req(None)),
        )
        .await;
    assert_eq!(s, 200);
    let pin = emu.last_pin(&creds.mobile_number).unwrap();
    let (s, _) = c
        .send(
            "POST",
            "/loginWithPinAndApplicationId",
            "/loginWithPinAndApplicationId",
            http.post(format!("{}/loginWithPinAndApplicationId", c.auth))
                .json(&pin_req(Some("0000x"))),
        )
        .await;
    assert_eq!(s, 401);
    let (s, login) = c
        .send(
            "POST",
            "/loginWithPinAndApplicationId",
            "/loginWithPinAndApplicationId",
            http.post(format!("{}/loginWithPinAndApplicationId", c.auth))
                .json(&pin_req(Some(&pin))),
        )
        .await;
    assert_eq!(s, 200);
    let token_req = |refresh: &str| {
        http.get(format!("{}/accessToken", c.auth))
            .header("applicationId", &creds.application_id)
            .header("applicationSecret", &creds.application_secret)
            .header("refreshToken", refresh)
    };
    let (s, _) = c
        .send("GET", "/accessToken", "/accessToken", token_req("wrong"))
        .await;
    assert_eq!(s, 401);
    let (s, tok) = c
        .send(
            "GET",
            "/accessToken",
            "/accessToken",
            token_req(login["refreshToken"].as_str().unwrap()),
        )
        .await;
    assert_eq!(s, 200);
    *c.token.lock().unwrap() = tok["accessToken"].as_str().unwrap().to_string();

    // The OAuth code exchange (its own root): a made-up code, then a real one.
    let no_redirects = reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let redirect = no_redirects
        .get(format!(
            "{}/Oauth/Authorize?client_id={}&redirect_uri=https://example.com/cb",
            emu.oauth_url(),
            creds.application_id
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), 302);
    let location = redirect.headers()["location"].to_str().unwrap().to_owned();
    let code = location.split("code=").nth(1).unwrap().to_owned();
    let exchange = |code: &str| {
        http.post(format!("{}/oauth/token", emu.oauth_url()))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!(
                "client_id={}&client_secret={}&code={code}",
                creds.application_id, creds.application_secret
            ))
    };
    let (s, _) = c
        .send("POST", "/oauth/token", "/oauth/token", exchange("made-up"))
        .await;
    assert_eq!(s, 401);
    let (s, oauth_token) = c
        .send("POST", "/oauth/token", "/oauth/token", exchange(&code))
        .await;
    assert_eq!(s, 200);
    assert_eq!(oauth_token["refreshToken"], "");

    // Groups and sub-groups.
    let g = c
        .ok(
            "POST",
            "/groups",
            "/groups",
            Some(json!({ "name": "Conf", "welcomeMessage": "hi", "members": ["+15550100002"] })),
        )
        .await["groupId"]
        .as_str()
        .unwrap()
        .to_string();
    let (s, _) = c
        .tenant(
            "POST",
            "/groups",
            "/groups",
            Some(json!({ "name": "no welcome" })),
        )
        .await;
    assert_eq!(s, 400);
    c.ok(
        "GET",
        "/groups",
        "/groups?showDetail=true&fetchAllGroups=true",
        None,
    )
    .await;
    c.ok("GET", "/groups", "/groups", None).await;
    c.ok("GET", "/groups/{groupId}", &format!("/groups/{g}"), None)
        .await;
    let (s, _) = c
        .tenant("GET", "/groups/{groupId}", "/groups/nope", None)
        .await;
    assert_eq!(s, 404);
    let _sub = c
        .ok(
            "POST",
            "/groups/{groupId}/subGroups",
            &format!("/groups/{g}/subGroups"),
            Some(json!({ "name": "Sub", "groupName": "Sub", "welcomeMessage": "hi" })),
        )
        .await["groupId"]
        .as_str()
        .unwrap()
        .to_string();
    let other = c
        .ok(
            "POST",
            "/groups",
            "/groups",
            Some(json!({ "name": "Other", "welcomeMessage": "" })),
        )
        .await["groupId"]
        .as_str()
        .unwrap()
        .to_string();
    c.ok(
        "PUT",
        "/groups/{groupId}/subGroups",
        &format!("/groups/{g}/subGroups"),
        Some(json!({ "subGroups": [other] })),
    )
    .await;
    c.ok(
        "GET",
        "/groups/{groupId}/subGroups",
        &format!("/groups/{g}/subGroups?fetchAllGroups=true"),
        None,
    )
    .await;
    c.ok(
        "DELETE",
        "/groups/{groupId}/subGroups/{subGroupId}",
        &format!("/groups/{g}/subGroups/{other}"),
        None,
    )
    .await;
    let (s, _) = c
        .tenant(
            "DELETE",
            "/groups/{groupId}/subGroups/{subGroupId}",
            &format!("/groups/{g}/subGroups/{other}"),
            None,
        )
        .await;
    assert_eq!(s, 404);

    // Members.
    c.ok(
        "PUT",
        "/groups/{groupId}/members",
        &format!("/groups/{g}/members"),
        Some(json!({ "members": ["+15550100003"] })),
    )
    .await;
    let members = c
        .ok(
            "GET",
            "/groups/{groupId}/members",
            &format!("/groups/{g}/members"),
            None,
        )
        .await;
    let chandra = members["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["mobileNumber"] == "+15550100003")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    c.ok(
        "DELETE",
        "/groups/{groupId}/members/{memberId}",
        &format!("/groups/{g}/members/{chandra}"),
        None,
    )
    .await;

    // Subscribers of a public group.
    let public = c
        .ok(
            "POST",
            "/groups",
            "/groups",
            Some(json!({ "name": "Pub", "welcomeMessage": "", "groupType": "ConnectGroup" })),
        )
        .await["groupId"]
        .as_str()
        .unwrap()
        .to_string();
    let subs: Vec<String> = (0..3).map(|i| format!("+1555040000{i}")).collect();
    c.ok(
        "PUT",
        "/groups/{groupId}/subscribers/add",
        &format!("/groups/{public}/subscribers/add"),
        Some(json!({ "subscribers": subs })),
    )
    .await;
    let page = c
        .ok(
            "POST",
            "/groups/{groupId}/subscribers",
            &format!("/groups/{public}/subscribers"),
            Some(json!({ "count": 2 })),
        )
        .await;
    c.ok(
        "POST",
        "/groups/{groupId}/subscribers",
        &format!("/groups/{public}/subscribers"),
        Some(json!({ "count": 2, "cursor": page["cursor"] })),
    )
    .await;
    c.ok(
        "PUT",
        "/groups/{groupId}/subscribers/remove",
        &format!("/groups/{public}/subscribers/remove"),
        Some(json!({ "subscribers": [subs[0]] })),
    )
    .await;

    // Messages.
    let msg = c
        .ok(
            "POST",
            "/groups/{groupId}/messages",
            &format!("/groups/{g}/messages"),
            Some(json!({ "message": "hello" })),
        )
        .await;
    c.ok(
        "POST",
        "/groups/{groupId}/messages",
        &format!("/groups/{public}/messages"),
        Some(json!({ "message": "to one", "subscribers": [subs[1]] })),
    )
    .await;
    c.ok(
        "POST",
        "/groups/{groupId}/messages",
        &format!("/groups/{public}/messages"),
        Some(json!({ "message": "to all", "sendToAllSubscribers": true })),
    )
    .await;

    // Media.
    let token = c.token.lock().unwrap().clone();
    let upload = |ct: &str| {
        http.post(format!("{}/media", c.base))
            .header("accessToken", &token)
            .multipart(
                reqwest::multipart::Form::new().part(
                    "file",
                    reqwest::multipart::Part::bytes(b"%PDF-1.4".to_vec())
                        .file_name("a.pdf")
                        .mime_str(ct)
                        .unwrap(),
                ),
            )
    };
    let (s, _) = c
        .send("POST", "/media", "/media", upload("application/zip"))
        .await;
    assert_eq!(s, 415);
    let (s, media) = c
        .send("POST", "/media", "/media", upload("application/pdf"))
        .await;
    assert_eq!(s, 200);
    let resource = media["mediaResource"].as_str().unwrap().to_string();

    // Actions of every kind.
    let actions = format!("/groups/{g}/actions");
    let bodies = [
        json!({ "actionType": "Survey", "actionBody": { "title": "S", "questions": [
            { "title": "t", "type": "Text" },
            { "title": "m", "type": "MultiOption", "options": [{ "title": "a" }, { "title": "b" }] },
            { "title": "n", "type": "Numeric" },
            { "title": "l", "type": "Location" }]}}),
        json!({ "actionType": "Job", "actionBody": { "title": "J", "assignedTo": ["+15550100001"], "dueDate": 5 } }),
        json!({ "actionType": "Poll", "actionBody": { "question": "P?", "choices": [{ "title": "y" }, { "title": "n" }] } }),
        json!({ "actionType": "LetsMeet", "actionBody": { "title": "M", "startingTime": "2030-01-01T10:00:00Z",
                "duration": 45, "place": { "latitude": 15.0, "longitude": 96.0, "name": "B3" }, "agenda": "a" } }),
        json!({ "actionType": "Announcement", "actionBody": { "title": "A", "message": "m", "mediaResources": [resource] } }),
        json!({ "actionType": "Document", "actionBody": { "mediaResource": resource, "caption": "doc" } }),
        json!({ "id": "com.example.package", "actionBody": { "title": "C",
                "properties": [{ "name": "p", "type": "Text", "value": "v" }] } }),
    ];
    let mut ids = Vec::new();
    for b in bodies {
        let r = c
            .ok("POST", "/groups/{groupId}/actions", &actions, Some(b))
            .await;
        ids.push((
            r["actionId"].as_str().unwrap().to_string(),
            r["referenceId"].as_str().unwrap().to_string(),
        ));
    }
    let (s, _) = c
        .tenant(
            "POST",
            "/groups/{groupId}/actions",
            &actions,
            Some(json!({ "actionType": "Survey", "actionBody": {} })),
        )
        .await;
    assert_eq!(s, 400);
    for t in [
        "Survey",
        "Job",
        "Poll",
        "LetsMeet",
        "Image",
        "ShareLocation",
        "Announcement",
        "Document",
        "com.example.package",
    ] {
        c.ok(
            "GET",
            "/groups/{groupId}/actions",
            &format!("{actions}?actionType={t}&count=5"),
            None,
        )
        .await;
    }
    let (s, _) = c
        .tenant("GET", "/groups/{groupId}/actions", &actions, None)
        .await;
    assert_eq!(s, 400);
    for (id, _) in &ids {
        for q in ["", "?getDetails=true"] {
            c.ok(
                "GET",
                "/groups/{groupId}/actions/{actionId}",
                &format!("{actions}/{id}{q}"),
                None,
            )
            .await;
        }
    }
    let respond = |i: usize| format!("{actions}/{}/responses", ids[i].0);
    let tpl = "/groups/{groupId}/actions/{actionId}/responses";
    c.ok(
        "POST",
        tpl,
        &respond(0),
        Some(json!({ "actionType": "Survey", "actionBody": {
        "answers": ["x", ["a", "b"], 3, { "lt": 1.0, "lg": 2.0, "n": "here" }] } })),
    )
    .await;
    c.ok(
        "POST",
        tpl,
        &respond(1),
        Some(json!({ "actionType": "Job", "actionBody": { "isCompleted": true } })),
    )
    .await;
    c.ok(
        "POST",
        tpl,
        &respond(6),
        Some(json!({ "id": "com.example.package", "actionBody": { "answers": [] } })),
    )
    .await;
    let (s, _) = c
        .tenant(
            "POST",
            tpl,
            &respond(1),
            Some(json!({ "actionType": "Survey", "actionBody": { "answers": [] } })),
        )
        .await;
    assert_eq!(s, 400);
    for (id, _) in ids.iter().take(2) {
        c.ok(
            "GET",
            "/groups/{groupId}/actions/{actionId}",
            &format!("{actions}/{id}?getDetails=true"),
            None,
        )
        .await;
    }

    // Reactions.
    let reference = &ids[0].1;
    for body in [
        json!({ "referenceId": reference, "sourceGroupId": g, "reactionType": "Like" }),
        json!({ "referenceId": msg["referenceId"], "sourceGroupId": g, "reactionType": "Comment", "comment": "c" }),
    ] {
        c.ok(
            "POST",
            "/groups/{groupId}/reaction",
            &format!("/groups/{g}/reaction"),
            Some(body),
        )
        .await;
    }
    c.ok(
        "GET",
        "/groups/{groupId}/reaction/summary",
        &format!("/groups/{g}/reaction/summary?sourceGroupId={g}&cursor=0"),
        None,
    )
    .await;
    c.ok(
        "GET",
        "/groups/{groupId}/reaction/{referenceId}/summary",
        &format!("/groups/{g}/reaction/{reference}/summary?sourceGroupId={g}"),
        None,
    )
    .await;
    c.ok(
        "GET",
        "/groups/{groupId}/reaction/{referenceId}",
        &format!("/groups/{g}/reaction/{reference}?sourceGroupId={g}&reactionType=Like"),
        None,
    )
    .await;
    let (s, _) = c
        .tenant(
            "GET",
            "/groups/{groupId}/reaction/{referenceId}",
            &format!("/groups/{g}/reaction/{reference}?sourceGroupId={g}"),
            None,
        )
        .await;
    assert_eq!(s, 400);

    // Webhooks.
    let cb = echo_server().await;
    let hook = c
        .ok(
            "POST",
            "/webhook",
            "/webhook",
            Some(json!({ "objectId": g, "objectType": "Group", "eventTypes": ["TextMessageCreated"], "callBackUrl": cb })),
        )
        .await["webhookId"]
        .as_str()
        .unwrap()
        .to_string();
    c.ok(
        "GET",
        "/webhook",
        &format!("/webhook?objectId={g}&objectType=Group"),
        None,
    )
    .await;
    c.ok(
        "PUT",
        "/webhook/{webhookId}",
        &format!("/webhook/{hook}"),
        Some(json!({ "Active": true, "callBackContext": "x" })),
    )
    .await;
    c.ok(
        "DELETE",
        "/webhook/{webhookId}",
        &format!("/webhook/{hook}"),
        None,
    )
    .await;
    let (s, _) = c
        .tenant(
            "DELETE",
            "/webhook/{webhookId}",
            &format!("/webhook/{hook}"),
            None,
        )
        .await;
    assert_eq!(s, 404);

    // Undocumented operations (THIRD-PARTY.md).
    let bot = c
        .ok(
            "POST",
            "/bot",
            "/bot",
            Some(json!({ "name": "Alerts", "profilePic": "" })),
        )
        .await["botUserId"]
        .as_str()
        .unwrap()
        .to_string();
    c.ok(
        "PUT",
        "/bot/{botUserId}",
        &format!("/bot/{bot}"),
        Some(json!({ "name": "Renamed" })),
    )
    .await;
    let (s, _) = c
        .tenant(
            "PUT",
            "/bot/{botUserId}",
            "/bot/no-such-bot",
            Some(json!({ "name": "x" })),
        )
        .await;
    assert_eq!(s, 404);
    c.ok(
        "GET",
        "/bot/accessToken/{botUserId}",
        &format!("/bot/accessToken/{bot}"),
        None,
    )
    .await;
    c.ok(
        "POST",
        "/groups/{groupId}/bot",
        &format!("/groups/{g}/bot"),
        Some(json!({ "botUserId": bot })),
    )
    .await;
    c.ok(
        "POST",
        "/media/url",
        "/media/url",
        Some(json!({ "mediaUrl": "https://example.com/a.png" })),
    )
    .await;
    let update = json!({ "version": -1, "updateProperties": [{ "name": "s", "type": "Text", "value": "v" }] });
    c.ok(
        "PUT",
        "/groups/{groupId}/actions/{actionId}",
        &format!("{actions}/{}", ids[6].0),
        Some(update),
    )
    .await;
    c.ok(
        "PUT",
        "/groups/{groupId}/actions/{actionId}/properties",
        &format!("{actions}/{}/properties", ids[6].0),
        Some(json!({ "version": -1, "notificationTargetGroup": g,
            "actionProperties": [{ "propertyType": "Custom", "name": "s", "type": 1, "value": "2" }] })),
    )
    .await;

    // Any operation of the spec not called above (a new one) is still called once, with
    // the group above for `{groupId}` and an empty JSON body: whatever the emulator answers
    // must be a status and body the spec documents for it (a missing handler's 501 is not).
    let called = c.covered.lock().unwrap().clone();
    for (template, item) in c.spec["paths"].clone().as_object().unwrap() {
        for m in ["get", "post", "put", "delete"] {
            let key = format!("{} {template}", m.to_ascii_uppercase());
            if item.get(m).is_none() || called.contains(&key) {
                continue;
            }
            let path = template.replace("{groupId}", &g);
            let path = path
                .split('/')
                .map(|s| if s.starts_with('{') { "unknown-id" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let method = m.to_ascii_uppercase();
            let token = c.token.lock().unwrap().clone();
            let req = http
                .request(
                    reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                    format!("{}{path}", c.base),
                )
                .header("accessToken", token)
                .json(&json!({}));
            c.send(&method, template, &path, req).await;
        }
    }

    // Error answers: 403, 308, 429, 5xx.
    let limited = emu.seed_connector(
        ConnectorSeed::new("+15550100004").permissions([Permission::GroupInformation]),
    );
    let t = http
        .get(format!("{}/accessToken", c.auth))
        .header("applicationId", &limited.application_id)
        .header("applicationSecret", &limited.application_secret)
        .header("refreshToken", &limited.refresh_token)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let own = std::mem::replace(
        &mut *c.token.lock().unwrap(),
        t["accessToken"].as_str().unwrap().to_string(),
    );
    let (s, _) = c
        .tenant(
            "GET",
            "/groups/{groupId}/members",
            &format!("/groups/{g}/members"),
            None,
        )
        .await;
    assert_eq!(s, 403);
    *c.token.lock().unwrap() = own;
    emu.inject_server_errors(1);
    let (s, _) = c.tenant("GET", "/groups", "/groups", None).await;
    assert_eq!(s, 503);
    emu.set_throttle(ThrottleConfig {
        enabled: true,
        window: Duration::from_secs(60),
        per_connector: 0,
        per_tenant: 300,
    });
    let (s, _) = c.tenant("GET", "/groups", "/groups", None).await;
    assert_eq!(s, 429);
    emu.set_throttle(ThrottleConfig::default());
    emu.move_endpoint();
    let (s, _) = c
        .tenant("GET", "/groups/{groupId}", &format!("/groups/{g}"), None)
        .await;
    assert_eq!(s, 308);
    emu.expire_access_tokens();

    // Every operation of the spec was exercised.
    let mut all = BTreeSet::new();
    for (path, item) in c.spec["paths"].as_object().unwrap() {
        for m in ["get", "post", "put", "delete"] {
            if item.get(m).is_some() {
                all.insert(format!("{} {path}", m.to_ascii_uppercase()));
            }
        }
    }
    assert!(!all.is_empty());
    let covered = c.covered.lock().unwrap().clone();
    let missing: Vec<_> = all.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "not exercised (every operation is, by hand or by the generic call above): {missing:?}"
    );
}

#[test]
fn the_validator_rejects_what_the_spec_forbids() {
    let spec = spec();
    let schemas = SpecSchemas::new(&spec);
    let schema = |name: &str| json!({ "$ref": format!("#/components/schemas/{name}") });
    let errors = |name: &str, v: Value| schemas.errors(&schema(name), &v);
    assert!(errors("GroupList", json!({ "groups": [{ "groupId": "g" }] })).is_empty());
    assert!(!errors("GroupList", json!({ "groups": "g" })).is_empty());
    assert!(!errors("GroupList", json!({})).is_empty());
    assert!(!errors("ResultResponse", json!({ "result": 1 })).is_empty());
    assert!(errors("ResultResponse", json!({ "result": "true" })).is_empty());
    assert!(
        !errors(
            "ReactionSummaryPage",
            json!({ "summary": [], "cursor": 6.4e17 })
        )
        .is_empty()
    );
    assert!(
        errors(
            "ReactionSummaryPage",
            json!({ "summary": [], "cursor": 640_000_000_000_000_000i64 })
        )
        .is_empty()
    );
    assert!(!errors("GroupType", json!("Other")).is_empty());
    assert!(!errors("PhoneNumber", json!("0123")).is_empty());
    assert!(!errors("JobDetails", json!({ "dueDate": "soon" })).is_empty());
    assert!(errors("JobDetails", json!({ "dueDate": "2030-01-01T00:00:00Z" })).is_empty());
    assert!(!errors("Ticks", json!(-1)).is_empty());
    let twice = json!({ "oneOf": [{ "type": "string" }, { "type": "string" }] });
    assert!(
        !schemas.errors(&twice, &json!("x")).is_empty(),
        "oneOf means exactly one branch"
    );

    // OpenAPI 3.0's dialect, as the conversion reads it.
    // `integer` is written as one: a float with no fraction is not an int64.
    assert!(!errors("Ticks", json!(1.0)).is_empty());
    // `nullable` lets null through; nothing else does, with or without a `type`.
    let token = |refresh: Value| json!({ "accessToken": "a", "endpointUrl": "u", "accessTokenExpiry": 1, "refreshToken": refresh });
    assert!(errors("AccessTokenResponse", token(json!(null))).is_empty());
    assert!(errors("AccessTokenResponse", token(json!("r"))).is_empty());
    assert!(!errors("AccessTokenResponse", token(json!(5))).is_empty());
    assert!(errors("QuestionAnswer", json!({ "options": null })).is_empty());
    assert!(!errors("QuestionAnswer", json!({ "options": "a" })).is_empty());
    assert!(!errors("GroupList", json!({ "groups": null })).is_empty());
    assert!(!errors("GroupList", json!(null)).is_empty());
    assert!(
        !errors("ErrorCode", json!(null)).is_empty(),
        "a oneOf refuses null"
    );
    for typeless in [
        json!({ "description": "no type" }),
        json!({ "not": { "enum": ["a"] } }),
        json!({ "allOf": [{ "description": "no type" }] }),
    ] {
        let e = schemas.errors(&typeless, &json!(null));
        assert!(!e.is_empty(), "{typeless} takes null");
        assert!(schemas.errors(&typeless, &json!("b")).is_empty());
    }
    assert!(schemas.errors(&json!({}), &json!(null)).is_empty());
    let nullable_one_of =
        json!({ "nullable": true, "oneOf": [{ "type": "string" }, { "type": "integer" }] });
    assert!(schemas.errors(&nullable_one_of, &json!(null)).is_empty());
    assert!(!schemas.errors(&nullable_one_of, &json!(true)).is_empty());
    let nullable_enum = json!({ "type": "string", "nullable": true, "enum": ["a"] });
    assert!(schemas.errors(&nullable_enum, &json!(null)).is_empty());
    assert!(!schemas.errors(&nullable_enum, &json!("b")).is_empty());
    assert!(errors("ErrorCode", json!(17)).is_empty());
    assert!(errors("ErrorCode", json!("E17")).is_empty());
    // A `not` holds: an unknown action type may not be a known one.
    let unknown = |t: &str| json!({ "actionType": t, "actionDetails": {} });
    assert!(!errors("UnknownActionDetails", unknown("Job")).is_empty());
    assert!(errors("UnknownActionDetails", unknown("Custom")).is_empty());
    // Formats: date-time is RFC 3339 (no space for the `T`, leap seconds only at 23:59Z);
    // int32 is 32 bits.
    assert!(!errors("JobDetails", json!({ "dueDate": "2030-01-01 00:00:00Z" })).is_empty());
    assert!(!errors("JobDetails", json!({ "dueDate": "2030-01-01T10:00:60Z" })).is_empty());
    assert!(!errors("JobDetails", json!({ "dueDate": "2030-01-01T10:00:00" })).is_empty());
    assert!(
        errors(
            "JobDetails",
            json!({ "dueDate": "2030-01-01T10:00:00.123+05:30" })
        )
        .is_empty()
    );
    assert!(!errors("JobDetails", json!({ "dueDate": "2030-02-30T00:00:00Z" })).is_empty());
    assert!(errors("LetsMeetSummary", json!({ "duration": 45 })).is_empty());
    assert!(!errors("LetsMeetSummary", json!({ "duration": 1u64 << 31 })).is_empty());
    // createSubGroup: the service took either key (issue 19, part 4); one is needed.
    let sub = |extra: Value| {
        let mut body = json!({ "welcomeMessage": "w" });
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        errors("CreateSubGroupRequest", body)
    };
    assert!(sub(json!({ "name": "n" })).is_empty());
    assert!(sub(json!({ "groupName": "n" })).is_empty());
    assert!(sub(json!({ "name": "n", "groupName": "n" })).is_empty());
    assert!(!sub(json!({})).is_empty());
    // `$ref` stands alone, as in OpenAPI 3.0: a sibling keyword is not applied.
    let sibling = json!({ "$ref": "#/components/schemas/GroupType", "maxLength": 1 });
    assert!(schemas.errors(&sibling, &json!("ConnectGroup")).is_empty());

    // Each violation names its place as a JSON path.
    let e = errors(
        "GroupList",
        json!({ "groups": [{ "groupId": "g" }, { "groupId": 5 }] }),
    );
    assert!(
        e.iter().any(|e| e.starts_with("$.groups[1].groupId: ")),
        "{e:?}"
    );
    let e = errors("GroupList", json!({ "groups": "g" }));
    assert!(e.iter().all(|e| e.starts_with("$.groups: ")), "{e:?}");
}

// The old walker refused an `integer` that serde_json could only read as a float (beyond
// u64, written without fraction or exponent); the draft 4 validator takes it. An `int64` is
// what a client deserializes into `i64`: anything outside that range must be refused.
#[test]
fn an_int64_beyond_64_bits_is_refused() {
    let spec = spec();
    let schemas = SpecSchemas::new(&spec);
    let ticks = json!({ "$ref": "#/components/schemas/Ticks" });
    for text in [
        "18446744073709551616",
        "100000000000000000000",
        "9223372036854775808",
    ] {
        let v: Value = serde_json::from_str(text).expect("a JSON number");
        assert!(
            !schemas.errors(&ticks, &v).is_empty(),
            "{text} is no int64 but was accepted"
        );
    }
    let plain = json!({ "type": "integer", "format": "int64" });
    let v: Value = serde_json::from_str("-9223372036854775809").expect("a JSON number");
    assert!(!schemas.errors(&plain, &v).is_empty(), "below i64::MIN");
    let v: Value = serde_json::from_str("9223372036854775807").expect("a JSON number");
    assert!(
        schemas.errors(&plain, &v).is_empty(),
        "i64::MAX is an int64"
    );
}
