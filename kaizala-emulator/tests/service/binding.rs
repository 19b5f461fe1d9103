//! The Json.NET leniency class (issue 19, part 3), generated from the spec: every enum of
//! `spec/kaizala.yaml` (found by walking the spec, not listed here), each value in three
//! letter cases and, for an enum marked `x-kaizala-ordinals`, as its integer ordinal, is
//! accepted by the spec's validator (which binds a request as the spec's `x-kaizala-binding`
//! says the service did) and, for every enum a request body reaches, by the emulator.
//! The client's own requests stay canonical (tests/tests/kaizala/request_shapes.rs snapshots).

use std::collections::BTreeSet;

use crate::openapi_schema::SpecSchemas;
use axum::extract::Query;
use axum::routing::get;
use kaizala_emulator::{
    Emulator, SAMPLE_GROUP_ID, SAMPLE_JOB_ID, SAMPLE_MESSAGE_REFERENCE_ID, SAMPLE_SURVEY_ID,
    SAMPLE_WEBHOOK_ID, ThrottleConfig,
};
use serde_json::{Value, json};

fn spec() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/kaizala.yaml");
    let text = std::fs::read_to_string(path).expect("spec/kaizala.yaml is readable");
    serde_norway::from_str(&text).expect("the spec is YAML")
}

/// One enum of the spec.
struct SpecEnum {
    /// JSON pointer of the schema that holds `enum`.
    pointer: String,
    values: Vec<String>,
    ordinals: bool,
}

/// Every enum of the spec (a `not`'s enum is a list of refused values, not an enum).
fn enums(spec: &Value) -> Vec<SpecEnum> {
    fn walk(v: &Value, here: &str, out: &mut Vec<SpecEnum>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Array(values)) = map.get("enum") {
                    out.push(SpecEnum {
                        pointer: here.to_owned(),
                        values: values
                            .iter()
                            .map(|v| v.as_str().expect("the spec's enums are strings").to_owned())
                            .collect(),
                        ordinals: map.get("x-kaizala-ordinals") == Some(&Value::Bool(true)),
                    });
                }
                for (k, child) in map {
                    if k != "not" && k != "enum" && !k.starts_with("x-") {
                        let key = k.replace('~', "~0").replace('/', "~1");
                        walk(child, &format!("{here}/{key}"), out);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{here}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(spec, "", &mut out);
    out
}

/// The enum schemas (by pointer) that some operation's JSON request body reaches.
fn request_enums(spec: &Value) -> BTreeSet<String> {
    fn walk(
        spec: &Value,
        v: &Value,
        here: String,
        seen: &mut BTreeSet<String>,
        out: &mut BTreeSet<String>,
    ) {
        if !seen.insert(here.clone()) {
            return;
        }
        if let Some(r) = v.get("$ref").and_then(Value::as_str) {
            let target = r.trim_start_matches('#').to_owned();
            let schema = spec.pointer(&target).expect("$ref resolves");
            walk(spec, schema, target, seen, out);
            return;
        }
        if v.get("enum").is_some() {
            out.insert(here.clone());
        }
        for (name, s) in v
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            walk(spec, s, format!("{here}/properties/{name}"), seen, out);
        }
        if let Some(items) = v.get("items") {
            walk(spec, items, format!("{here}/items"), seen, out);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for (i, s) in v
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                walk(spec, s, format!("{here}/{key}/{i}"), seen, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            let Some(schema) = op.pointer("/requestBody/content/application~1json/schema") else {
                continue;
            };
            let here = format!(
                "/paths/{}/{method}/requestBody/content/application~1json/schema",
                path.replace('~', "~0").replace('/', "~1")
            );
            walk(spec, schema, here, &mut BTreeSet::new(), &mut out);
        }
    }
    out
}

/// The forms of `values[index]` Json.NET's binder took: as written, lower case, upper case,
/// and the ordinal where the enum has ordinals.
fn forms(e: &SpecEnum, index: usize) -> Vec<Value> {
    let value = &e.values[index];
    let mut out = vec![
        json!(value),
        json!(value.to_ascii_lowercase()),
        json!(value.to_ascii_uppercase()),
    ];
    if e.ordinals {
        out.push(json!(index));
    }
    out
}

#[test]
fn the_spec_declares_the_binding_and_where_ordinals_apply() {
    let spec = spec();
    let binding = &spec["x-kaizala-binding"];
    assert!(
        binding["description"]
            .as_str()
            .is_some_and(|d| d.contains("Json.NET"))
    );
    let all = enums(&spec);
    assert!(all.len() >= 10, "found {} enums", all.len());
    // The one enum whose order the evidence gives (THIRD-PARTY.md: the SDK's Text=0, …).
    let ordinal: Vec<&str> = all
        .iter()
        .filter(|e| e.ordinals)
        .map(|e| e.pointer.as_str())
        .collect();
    assert_eq!(ordinal, ["/components/schemas/ActionPropertyType"]);
    let property_types = &all
        .iter()
        .find(|e| e.ordinals)
        .expect("ActionPropertyType")
        .values;
    assert_eq!(
        property_types[..4],
        ["Text", "Numeric", "Location", "DateTime"]
    );
    for e in &all {
        let lower: BTreeSet<String> = e.values.iter().map(|v| v.to_ascii_lowercase()).collect();
        assert_eq!(
            lower.len(),
            e.values.len(),
            "{}: two values differ only in case",
            e.pointer
        );
    }
}

#[test]
fn every_enum_value_is_accepted_in_three_cases_and_by_its_ordinal() {
    let spec = spec();
    let schemas = SpecSchemas::new(&spec);
    let mut checked = 0;
    for e in enums(&spec) {
        let schema = spec.pointer(&e.pointer).expect("pointer").clone();
        for (i, value) in e.values.iter().enumerate() {
            for form in forms(&e, i) {
                let errors = schemas.request_errors(&schema, &form);
                assert!(
                    errors.is_empty(),
                    "{} refuses {form}: {errors:?}",
                    e.pointer
                );
                assert_eq!(
                    schemas.bind(&schema, &form),
                    json!(value),
                    "{} {form}",
                    e.pointer
                );
                checked += 1;
            }
        }
        // Not every text or number is a value.
        assert!(
            !schemas
                .request_errors(&schema, &json!("NotAValue"))
                .is_empty()
        );
        let beyond = if e.ordinals { e.values.len() } else { 0 };
        assert!(
            !schemas.request_errors(&schema, &json!(beyond)).is_empty(),
            "{} takes the ordinal {beyond}",
            e.pointer
        );
        // A response is read as sent: the binding is for requests.
        if e.values[0] != e.values[0].to_ascii_lowercase() {
            assert!(
                !schemas
                    .errors(&schema, &json!(e.values[0].to_ascii_lowercase()))
                    .is_empty()
            );
        }
    }
    assert!(checked > 150, "{checked} forms checked");
}

#[test]
fn keys_numbers_and_booleans_bind_as_json_net_read_them() {
    let spec = spec();
    let schemas = SpecSchemas::new(&spec);
    let schema = |name: &str| json!({ "$ref": format!("#/components/schemas/{name}") });
    let ok = |name: &str, body: Value| {
        let errors = schemas.request_errors(&schema(name), &body);
        assert!(errors.is_empty(), "{name} refuses {body}: {errors:?}");
    };
    let refused = |name: &str, body: Value| {
        assert!(
            !schemas.request_errors(&schema(name), &body).is_empty(),
            "{name} takes {body}"
        );
    };
    // Keys in any case, booleans in strings, unknown keys ignored.
    ok(
        "SendMessageRequest",
        json!({ "Message": "hi", "SENDTOALLSUBSCRIBERS": "True", "unknownKey": [1] }),
    );
    refused(
        "SendMessageRequest",
        json!({ "message": "hi", "sendToAllSubscribers": "yes" }),
    );
    // Numbers in strings; a fraction is no integer.
    ok(
        "SurveyBody",
        json!({ "title": "t", "questions": [{ "title": "q", "type": "Text" }], "dueDate": "24" }),
    );
    refused(
        "SurveyBody",
        json!({ "title": "t", "questions": [{ "title": "q", "type": "Text" }], "dueDate": "2.5" }),
    );
    // Nested: an enum in any case inside an array of objects, keys in any case.
    ok(
        "SendActionRequest",
        json!({ "ACTIONTYPE": "survey", "actionBody": { "Title": "t",
            "questions": [{ "title": "q", "TYPE": "singleoption", "options": [{ "title": "a" }] }] } }),
    );
    ok(
        "ActionPackageRequest",
        json!({ "id": "p", "actionBody": { "properties": [{ "name": "n", "type": 1, "value": "v" }] } }),
    );
    refused(
        "ActionPackageRequest",
        json!({ "id": "p", "actionBody": { "properties": [{ "name": "n", "type": 8, "value": "v" }] } }),
    );
    // Strings stay strings where the schema wants one: "24" is no number for `title`.
    assert_eq!(
        schemas.bind(
            &schema("SurveyBody"),
            &json!({ "title": "24", "questions": [] })
        )["title"],
        json!("24")
    );
}

// ------------------------------------------------------------------ emulator

struct Ctx {
    http: reqwest::Client,
    base: String,
    token: String,
    media: String,
    callback: String,
}

impl Ctx {
    async fn send(&self, method: &str, path: &str, body: &Value) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let resp = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header("accessToken", &self.token)
            .json(body)
            .send()
            .await
            .expect("sent");
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
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
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}/cb")
}

/// A request that carries one enum: (method, path, body) for the canonical value `value`
/// written as `form`.
type Carrier = fn(&Ctx, &str, Value) -> (&'static str, String, Value);

fn action_body(ctx: &Ctx, action_type: &str) -> Value {
    match action_type {
        "Survey" => json!({ "title": "S", "questions": [{ "title": "q", "type": "Text" }] }),
        "Job" => json!({ "title": "J", "assignedTo": ["+15550100001"], "dueDate": 5 }),
        "Poll" => json!({ "question": "P?", "choices": [{ "title": "y" }, { "title": "n" }] }),
        "LetsMeet" => {
            json!({ "title": "M", "startingTime": "2030-01-01T10:00:00Z", "duration": 45 })
        }
        "Announcement" => json!({ "message": "m" }),
        _ => json!({ "mediaResource": ctx.media, "caption": "c" }),
    }
}

/// The request carrying each enum a request body reaches, by the enum's pointer.
fn carriers() -> Vec<(&'static str, Carrier)> {
    let mut out: Vec<(&'static str, Carrier)> = vec![
        ("/components/schemas/GroupType", |_, _, form| {
            (
                "POST",
                "/groups".into(),
                json!({ "name": "g", "welcomeMessage": "w", "groupType": form }),
            )
        }),
        ("/components/schemas/QuestionType", |_, _, form| {
            let question = json!({ "title": "q", "type": form, "options": [{ "title": "a" }, { "title": "b" }] });
            (
                "POST",
                format!("/groups/{SAMPLE_GROUP_ID}/actions"),
                json!({ "actionType": "Survey", "actionBody": { "title": "S", "questions": [question] } }),
            )
        }),
        ("/components/schemas/ActionPropertyType", |_, _, form| {
            (
                "POST",
                format!("/groups/{SAMPLE_GROUP_ID}/actions"),
                json!({ "id": "com.example.package", "actionBody": { "title": "p",
                    "questions": [{ "title": "q", "type": "Text" }],
                    "properties": [{ "name": "n", "type": form, "value": "v" }] } }),
            )
        }),
        ("/components/schemas/ReactionType", |_, _, form| {
            (
                "POST",
                format!("/groups/{SAMPLE_GROUP_ID}/reaction"),
                json!({ "referenceId": SAMPLE_MESSAGE_REFERENCE_ID, "sourceGroupId": SAMPLE_GROUP_ID,
                    "reactionType": form, "comment": "c" }),
            )
        }),
        (
            "/components/schemas/WebhookObjectType",
            |ctx, value, form| {
                let (object, event) = match value {
                    "Group" => (SAMPLE_GROUP_ID, "TextMessageCreated"),
                    "Action" => (SAMPLE_SURVEY_ID, "SurveyResponse"),
                    _ => ("com.example.package", "ActionResponse"),
                };
                (
                    "POST",
                    "/webhook".into(),
                    json!({ "objectId": object, "objectType": form, "eventTypes": [event], "callBackUrl": ctx.callback }),
                )
            },
        ),
        ("/components/schemas/WebhookEventType", |ctx, _, form| {
            (
                "POST",
                "/webhook".into(),
                json!({ "objectId": SAMPLE_GROUP_ID, "objectType": "Group", "eventTypes": [form], "callBackUrl": ctx.callback }),
            )
        }),
        ("/components/schemas/StringBoolean", |_, _, form| {
            (
                "PUT",
                format!("/webhook/{SAMPLE_WEBHOOK_ID}"),
                json!({ "Active": form }),
            )
        }),
    ];
    for pointer in [
        "/components/schemas/ActionRequest/oneOf/0/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/1/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/2/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/3/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/4/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/5/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/6/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/7/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/8/properties/actionType",
        "/components/schemas/ActionRequest/oneOf/9/properties/actionType",
    ] {
        out.push((pointer, |ctx, value, form| {
            (
                "POST",
                format!("/groups/{SAMPLE_GROUP_ID}/actions"),
                json!({ "actionType": form, "actionBody": action_body(ctx, value) }),
            )
        }));
    }
    for pointer in [
        "/components/schemas/ActionResponseRequest/oneOf/0/properties/actionType",
        "/components/schemas/ActionResponseRequest/oneOf/1/properties/actionType",
    ] {
        out.push((pointer, |_, value, form| {
            let (action, body) = if value == "Job" {
                (SAMPLE_JOB_ID, json!({ "isCompleted": true }))
            } else {
                (SAMPLE_SURVEY_ID, json!({ "answers": ["no"] }))
            };
            (
                "POST",
                format!("/groups/{SAMPLE_GROUP_ID}/actions/{action}/responses"),
                json!({ "actionType": form, "actionBody": body }),
            )
        }));
    }
    out
}

#[tokio::test]
async fn the_emulator_accepts_every_request_enum_in_three_cases_and_by_its_ordinal() {
    let spec = spec();
    let all = enums(&spec);
    // Every enum a request body reaches has a carrier (a new one fails here until it has).
    let reached = request_enums(&spec);
    let carried: BTreeSet<String> = carriers().iter().map(|(p, _)| (*p).to_owned()).collect();
    let missing: Vec<&String> = reached.difference(&carried).collect();
    assert!(
        missing.is_empty(),
        "request enums without a carrier: {missing:?}"
    );
    let stale: Vec<&String> = carried.difference(&reached).collect();
    assert!(stale.is_empty(), "carriers of no request enum: {stale:?}");

    let emu = Emulator::builder()
        .sample_data(true)
        .throttle(ThrottleConfig {
            enabled: false,
            ..ThrottleConfig::default()
        })
        .start()
        .await
        .expect("emulator");
    let http = reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .build()
        .expect("http");
    let c = emu.connector();
    let token: Value = http
        .get(format!("{}/accessToken", emu.auth_url()))
        .header("applicationId", &c.application_id)
        .header("applicationSecret", &c.application_secret)
        .header("refreshToken", &c.refresh_token)
        .send()
        .await
        .expect("accessToken")
        .json()
        .await
        .expect("JSON");
    let mut ctx = Ctx {
        http,
        base: format!("{}v1", token["endpointUrl"].as_str().expect("endpoint")),
        token: token["accessToken"].as_str().expect("token").to_owned(),
        media: String::new(),
        callback: echo_server().await,
    };
    let form = reqwest::multipart::Form::new().part(
        "files",
        reqwest::multipart::Part::bytes(vec![0xff, 0xd8, 0xff, 0xe0])
            .file_name("a.jpg")
            .mime_str("image/jpeg")
            .expect("mime"),
    );
    let uploaded: Value = ctx
        .http
        .post(format!("{}/media", ctx.base))
        .header("accessToken", &ctx.token)
        .multipart(form)
        .send()
        .await
        .expect("upload")
        .json()
        .await
        .expect("JSON");
    ctx.media = uploaded["mediaResource"]
        .as_str()
        .expect("resource")
        .to_owned();

    let mut sent = 0;
    for (pointer, carrier) in carriers() {
        let e = all
            .iter()
            .find(|e| e.pointer == pointer)
            .expect("a spec enum");
        for (i, value) in e.values.iter().enumerate() {
            for form in forms(e, i) {
                let (method, path, body) = carrier(&ctx, value, form.clone());
                let (status, answer) = ctx.send(method, &path, &body).await;
                assert_eq!(
                    status, 200,
                    "{pointer}: {value} as {form}: {method} {path} {body}: {answer}"
                );
                sent += 1;
            }
        }
    }
    // The ordinals meant the spec's values: the stored properties say which.
    let types: BTreeSet<String> = emu
        .actions_in(SAMPLE_GROUP_ID)
        .iter()
        .flat_map(|a| {
            a.body["properties"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["type"].as_str().map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .collect();
    let property_types = &all.iter().find(|e| e.ordinals).expect("ordinals").values;
    assert_eq!(
        types,
        property_types.iter().cloned().collect(),
        "stored property types"
    );
    assert!(sent > 100, "{sent} requests");
}

/// The rest of the class through the emulator: keys in any case, numbers and booleans in
/// strings, unknown keys ignored; what it stores is the canonical value.
#[tokio::test]
async fn the_emulator_reads_numbers_and_booleans_in_strings_and_ignores_unknown_keys() {
    let emu = Emulator::builder()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    let http = reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .build()
        .expect("http");
    let c = emu.connector();
    let token: Value = http
        .get(format!("{}/accessToken", emu.auth_url()))
        .header("applicationId", &c.application_id)
        .header("applicationSecret", &c.application_secret)
        .header("refreshToken", &c.refresh_token)
        .send()
        .await
        .expect("accessToken")
        .json()
        .await
        .expect("JSON");
    let ctx = Ctx {
        http,
        base: format!("{}v1", token["endpointUrl"].as_str().expect("endpoint")),
        token: token["accessToken"].as_str().expect("token").to_owned(),
        media: String::new(),
        callback: String::new(),
    };
    let body = json!({ "ActionType": "SURVEY", "unknownTopLevel": {"x": 1}, "ActionBody": {
        "Title": "S", "DueDate": "24", "IsAnonymous": "TRUE", "futureFlag": true,
        "Questions": [{ "Title": "q", "Type": "text", "IsInvisible": "false" }] } });
    let spec = spec();
    let schemas = SpecSchemas::new(&spec);
    let errors = schemas.request_errors(
        &json!({ "$ref": "#/components/schemas/SendActionRequest" }),
        &body,
    );
    assert!(errors.is_empty(), "the spec refuses {body}: {errors:?}");
    let (status, answer) = ctx
        .send("POST", &format!("/groups/{SAMPLE_GROUP_ID}/actions"), &body)
        .await;
    assert_eq!(status, 200, "{answer}");
    let id = answer["actionId"].as_str().expect("actionId");
    let action = emu
        .actions_in(SAMPLE_GROUP_ID)
        .into_iter()
        .find(|a| a.id == id)
        .expect("stored");
    assert_eq!(action.action_type, "Survey");
    assert_eq!(action.body["dueDate"], json!(24));
    assert_eq!(action.body["isAnonymous"], json!(true));
    assert_eq!(action.body["questions"][0]["type"], json!("Text"));
    assert_eq!(action.body["questions"][0]["isInvisible"], json!(false));
}

/// Every query parameter of the spec whose schema is an enum: (operationId, parameter name,
/// the enum's pointer).
fn query_enums(spec: &Value) -> Vec<(String, String, String)> {
    let resolve = |v: &Value| -> (Value, Option<String>) {
        let mut v = v.clone();
        let mut at = None;
        while let Some(r) = v.get("$ref").and_then(Value::as_str) {
            let p = r.trim_start_matches('#').to_owned();
            v = spec.pointer(&p).expect("$ref resolves").clone();
            at = Some(p);
        }
        (v, at)
    };
    let mut out = Vec::new();
    for item in spec["paths"].as_object().expect("paths").values() {
        for op in item.as_object().expect("path item").values() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let params = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(item["parameters"].as_array().into_iter().flatten());
            for p in params {
                let (p, _) = resolve(p);
                if p["in"] != "query" {
                    continue;
                }
                let (schema, at) = resolve(&p["schema"]);
                if schema.get("enum").is_some() {
                    let name = p["name"].as_str().expect("name").to_owned();
                    out.push((id.to_owned(), name, at.expect("query enums are components")));
                }
            }
        }
    }
    out
}

/// Query strings were bound the same way (enum names in any case).
#[tokio::test]
async fn the_emulator_accepts_every_query_enum_in_three_cases() {
    let spec = spec();
    let all = enums(&spec);
    let found = query_enums(&spec);
    let carried = ["listReactions reactionType", "listWebhooks objectType"];
    let names: Vec<String> = found.iter().map(|(op, p, _)| format!("{op} {p}")).collect();
    assert_eq!(names, carried, "a query enum without a carrier");
    let emu = Emulator::builder()
        .sample_data(true)
        .start()
        .await
        .expect("emulator");
    let http = reqwest::Client::builder()
        .tls_backend_rustls()
        .no_proxy()
        .build()
        .expect("http");
    let c = emu.connector();
    let token: Value = http
        .get(format!("{}/accessToken", emu.auth_url()))
        .header("applicationId", &c.application_id)
        .header("applicationSecret", &c.application_secret)
        .header("refreshToken", &c.refresh_token)
        .send()
        .await
        .expect("accessToken")
        .json()
        .await
        .expect("JSON");
    let base = format!("{}v1", token["endpointUrl"].as_str().expect("endpoint"));
    let access = token["accessToken"].as_str().expect("token").to_owned();
    let mut sent = 0;
    for (op, _, pointer) in &found {
        let e = all
            .iter()
            .find(|e| &e.pointer == pointer)
            .expect("a spec enum");
        for (i, value) in e.values.iter().enumerate() {
            for form in forms(e, i) {
                let form = form
                    .as_str()
                    .map_or_else(|| form.to_string(), str::to_owned);
                let path = match op.as_str() {
                    "listReactions" => format!(
                        "/groups/{SAMPLE_GROUP_ID}/reaction/{SAMPLE_MESSAGE_REFERENCE_ID}?sourceGroupId={SAMPLE_GROUP_ID}&reactionType={form}"
                    ),
                    _ => {
                        let object = match value.as_str() {
                            "Group" => SAMPLE_GROUP_ID,
                            "Action" => SAMPLE_SURVEY_ID,
                            _ => "com.example.package",
                        };
                        format!("/webhook?objectId={object}&objectType={form}")
                    }
                };
                let resp = http
                    .get(format!("{base}{path}"))
                    .header("accessToken", &access)
                    .send()
                    .await
                    .expect("sent");
                let status = resp.status().as_u16();
                let text = resp.text().await.unwrap_or_default();
                assert_eq!(status, 200, "{op}: {value} as {form}: {path}: {text}");
                sent += 1;
            }
        }
    }
    assert_eq!(sent, 15);
}
