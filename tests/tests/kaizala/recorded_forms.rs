//! The recorded-forms test (issue 10, section 2): every JSON body of the
//! public evidence — the Swagger file's live recordings and examples, and
//! every code block of every version of every reference page — is mapped to
//! its operation and direction and checked:
//!
//! - requests, with the service's case-insensitive key binding, pass the
//!   spec's request schema as written (what the service accepts), then build
//!   the generated request type (what the client sends, see
//!   `x-kaizala-client-sends`) and pass the spec's constraints;
//! - responses decode into the generated response type;
//! - webhook samples decode into `WebhookEvent` and a typed `KaizalaEvent`.
//!
//! Samples that must not pass are listed in [`EXCEPTIONS`] with the reason;
//! the test fails both when an unlisted sample fails and when a listed one
//! passes (so the list cannot go stale).
//!
//! `every_request_sample_is_accepted_by_the_emulator` replays every request
//! sample (as written: its keys, casing and value types) against the
//! emulator, with the state it needs (an uploaded media resource, the survey
//! the recorded responses answer, a subscriber, a free group, a PIN, a local
//! callback), and expects no 400/415/422.
//!
//! The samples are the evidence data in the repository
//! (`tests/evidence/samples.json`, each with its citation; `cargo xtask
//! evidence` re-extracts them from `../shared/kaizala-docs`), so the test runs
//! on any clone; a missing data file fails it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use crate::openapi_schema::SpecSchemas;
use kaizala_api::types;
use kaizala_ext::webhook::KaizalaEvent;
use kaizala_tests::parse_sample;
use kaizala_tests::recorded::{Direction, Sample};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

const UNBALANCED: &str = "page typo: the Job sample closes `actionBody` twice (one `}` too many), \
     so it is not JSON; the same body, balanced, is the later versions' Job sample, which passes";
const MISSING_COMMA: &str = "page typo: no comma between `validity` and `active` in the listWebhooks \
     sample (doc_samples.rs decodes the repaired copy); a real server sends valid JSON";
const PASTED_RESPONSES: &str = "pasted copy of another page: this version of actions_post carries the \
     action_responses page's respondToAction samples under POST /actions; the same samples pass \
     under respondToAction in action_responses.md";

const MISLABELLED_MEMBER_EVENT: &str = "page contradicting itself: the 'MemberAdded / MemberRemoved' \
     sample says `\"eventType\": \"JobResponse\"`, so it dispatches as a JobResponse whose \
     type has no `member` fields; its `data` is MemberEventData (the test \
     `the_mislabelled_member_sample_reads_as_a_member_event` checks that)";

/// Samples that must not pass, each with the reason. Reviewed one by one.
const EXCEPTIONS: &[(&str, &str)] = &[
    (
        "history/API/2017-02-27-520db11.md:34",
        "pre-launch page version (Feb 2017): answers `accessToken` alone; the live recording \
         (Sep 2017) and every later version carry `endpointUrl` and `accessTokenExpiry`, without \
         which no later call can be made, so the spec keeps them required",
    ),
    (
        "history/API/2017-07-19-d6e7bbf.md:34",
        "pre-launch page version (Jul 2017), same `accessToken`-only answer as Feb 2017",
    ),
    ("history/actions/2017-02-27-520db11.md:51", UNBALANCED),
    ("history/actions_post/2017-05-09-0eb6a0d.md:32", UNBALANCED),
    ("history/actions_post/2017-07-19-d6e7bbf.md:32", UNBALANCED),
    ("history/actions_post/2017-07-30-e829310.md:32", UNBALANCED),
    ("history/actions_post/2017-09-11-8af56f7.md:32", UNBALANCED),
    (
        "history/actions_post/2017-07-19-d6e7bbf.md:95",
        "pre-launch name: the Image body sends `mediaId`, which the live service's own test \
         collection (Swagger `Request - SendImageOnAGroup`) and every later version call \
         `mediaResource`",
    ),
    (
        "history/actions_post/2017-09-18-c8ffe8b.md:32",
        PASTED_RESPONSES,
    ),
    (
        "history/actions_post/2017-09-18-c8ffe8b.md:59",
        PASTED_RESPONSES,
    ),
    (
        "history/actions_post/2017-09-18-c8ffe8b.md:83",
        PASTED_RESPONSES,
    ),
    (
        "history/media/2017-09-11-580e0e9.md:73",
        "page contradicting itself: this version heads the media send (a body with \
         `actionType`, answered `{referenceId}`) `GET .../actions`; every other version says POST, \
         and as sendAction's response the sample passes",
    ),
    (
        "history/subscribers/2017-09-20-8a26bee.md:66",
        "page contradicting itself: the first version documents listing subscribers as \
         `GET .../subscribers`, an operation the service never had (every later version: POST \
         with the paging state in the body)",
    ),
    ("EventSchema.md:364", MISLABELLED_MEMBER_EVENT),
    (
        "history/EventSchema/2018-03-23-0ec78e2.md:364",
        MISLABELLED_MEMBER_EVENT,
    ),
    ("history/webHooks/2018-08-24-45eb1b0.md:113", MISSING_COMMA),
    ("history/webHooks/2019-03-05-1f190aa.md:115", MISSING_COMMA),
    ("history/webHooks/2019-04-25-ab785ca.md:115", MISSING_COMMA),
    ("history/webHooks/2019-12-02-6143c02.md:115", MISSING_COMMA),
    ("history/webHooks/2020-08-21-82b3c32.md:115", MISSING_COMMA),
    ("webHooks.md:115", MISSING_COMMA),
];

/// What the generated client sends beyond what the service needs: a schema's
/// `x-kaizala-client-sends` (spec: `CreateSubGroupRequest` takes `name` or
/// `groupName`, the client sends both). A sample carrying one of the listed
/// keys is read as carrying all of them, only to build the generated (sending)
/// type; whether the service accepts the sample as written is checked against
/// the spec's schema.
fn apply_client_sends(operation: &str, value: &mut Value) {
    let Value::Object(map) = value else { return };
    let Some(schema) = request_schema(operation) else {
        return;
    };
    let spec = spec();
    let schema = resolve(spec, &schema);
    let Some(keys) = schema
        .get("x-kaizala-client-sends")
        .and_then(Value::as_array)
    else {
        return;
    };
    let keys: Vec<&str> = keys.iter().filter_map(Value::as_str).collect();
    if let Some(given) = keys.iter().find_map(|k| map.get(*k).cloned()) {
        for k in keys {
            map.entry(k.to_owned()).or_insert_with(|| given.clone());
        }
    }
}

/// The spec, parsed once per test binary (parsing the YAML for every sample
/// cost ~30 s of the run).
fn spec() -> &'static Value {
    static SPEC: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
        let spec_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/kaizala.yaml");
        let text = fs::read_to_string(spec_path).expect("spec");
        serde_norway::from_str(&text).expect("spec is YAML")
    });
    &SPEC
}

/// Follows a chain of `$ref`s.
fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(
            spec,
            spec.pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("dangling $ref {r}")),
        ),
        None => v,
    }
}

/// The JSON request-body schema of `operation`, as the spec writes it.
fn request_schema(operation: &str) -> Option<Value> {
    let spec = spec();
    let op = kaizala_api::operations::find(operation)?;
    let item = spec["paths"].get(op.path)?;
    let body = resolve(
        spec,
        item.get(op.method.to_ascii_lowercase())?
            .get("requestBody")?,
    );
    body.pointer("/content/application~1json/schema").cloned()
}

/// Every sample of the evidence, from the data in the repository
/// (`tests/evidence/samples.json`; a missing file fails the test).
fn all_samples() -> Vec<Sample> {
    kaizala_tests::evidence::recorded_samples()
}

/// Placeholders (`{{mobile-number}}`) stand for what the test runner filled in.
fn fill_placeholders(value: &mut Value) {
    match value {
        Value::String(s) if s.contains("{{") => {
            *s = if s.contains("mobile-number") {
                "+911099999999".to_owned()
            } else {
                s.replace("{{", "").replace("}}", "")
            };
        }
        Value::Array(items) => items.iter_mut().for_each(fill_placeholders),
        Value::Object(map) => map.values_mut().for_each(fill_placeholders),
        _ => {}
    }
}

/// The spec's property names, by lower-case spelling.
fn spec_keys() -> BTreeMap<String, BTreeSet<String>> {
    let spec_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/kaizala.yaml");
    let text = fs::read_to_string(spec_path).expect("spec");
    let spec: Value = serde_norway::from_str(&text).expect("spec is YAML");
    let mut keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    fn walk(v: &Value, keys: &mut BTreeMap<String, BTreeSet<String>>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    for k in props.keys() {
                        keys.entry(k.to_ascii_lowercase())
                            .or_default()
                            .insert(k.clone());
                    }
                }
                map.values().for_each(|x| walk(x, keys));
            }
            Value::Array(items) => items.iter().for_each(|x| walk(x, keys)),
            _ => {}
        }
    }
    walk(&spec["components"]["schemas"], &mut keys);
    keys
}

/// Binds keys as the service did: a key the spec spells differently only in
/// case takes the spec's spelling.
fn bind_keys(value: &Value, keys: &BTreeMap<String, BTreeSet<String>>) -> Value {
    match value {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let name = match keys.get(&k.to_ascii_lowercase()) {
                    Some(spellings) if !spellings.contains(k) && spellings.len() == 1 => spellings
                        .iter()
                        .next()
                        .cloned()
                        .unwrap_or_else(|| k.clone()),
                    _ => k.clone(),
                };
                out.insert(name, bind_keys(v, keys));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| bind_keys(v, keys)).collect()),
        other => other.clone(),
    }
}

fn build<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(value.clone())
        .map_err(|e| format!("does not build {}: {e}", std::any::type_name::<T>()))?;
    serde_json::to_value(&typed).map_err(|e| e.to_string())
}

fn decode<T: DeserializeOwned>(value: &Value) -> Result<(), String> {
    serde_json::from_value::<T>(value.clone())
        .map(|_| ())
        .map_err(|e| format!("does not decode into {}: {e}", std::any::type_name::<T>()))
}

fn check_request(operation: &str, value: &Value) -> Result<(), String> {
    use types::*;
    let built = match operation {
        "generatePin" => build::<GeneratePinRequest>(value),
        "loginWithPin" => build::<LoginWithPinRequest>(value),
        "createGroup" => build::<CreateGroupRequest>(value),
        "createSubGroup" => build::<CreateSubGroupRequest>(value),
        "addSubGroup" => build::<AddSubGroupRequest>(value),
        "addMembers" => build::<AddMembersRequest>(value),
        "listSubscribers" => build::<SubscriberPageRequest>(value),
        "addSubscribers" | "removeSubscribers" => build::<SubscribersRequest>(value),
        "sendMessage" => build::<SendMessageRequest>(value),
        "sendAction" => build::<SendActionRequest>(value),
        "respondToAction" => build::<RespondToActionRequest>(value),
        "addReaction" => build::<AddReactionRequest>(value),
        "createWebhook" => build::<CreateWebhookRequest>(value),
        "updateWebhook" => build::<UpdateWebhookRequest>(value),
        other => Err(format!("{other} takes no JSON body")),
    }?;
    let op = kaizala_api::operations::find(operation).ok_or("unknown operation")?;
    kaizala_api::validate::check(op, Some(&built), &[]).map_err(|e| e.to_string())
}

fn check_response(operation: &str, value: &Value) -> Result<(), String> {
    use types::*;
    match operation {
        "getAccessToken" | "exchangeOauthCode" => decode::<AccessTokenResponse>(value),
        "generatePin" | "updateWebhook" | "deleteWebhook" => decode::<EmptyResponse>(value),
        "loginWithPin" => decode::<LoginWithPinResponse>(value),
        "listGroups" | "getGroup" => decode::<GroupList>(value),
        "createGroup" => decode::<CreateGroupResponse>(value),
        "listSubGroups" => decode::<SubGroupListResponse>(value),
        "createSubGroup" => decode::<CreateSubGroupResponse>(value),
        "addSubGroup" | "removeSubGroup" => decode::<OptionalResultResponse>(value),
        "addMembers" | "removeMember" => decode::<ResultResponse>(value),
        "listMembers" => decode::<MemberList>(value),
        "listSubscribers" => decode::<SubscriberPage>(value),
        "addSubscribers" | "removeSubscribers" => decode::<SubscribersResult>(value),
        "sendMessage" => decode::<ReferenceResponse>(value),
        "uploadMedia" => decode::<MediaUploadResponse>(value),
        "sendAction" => decode::<SendActionResponse>(value),
        "listActions" => decode::<ActionList>(value),
        "getAction" => decode::<ActionDetailsResponse>(value),
        "respondToAction" => decode::<ActionResponseResult>(value),
        "addReaction" => decode::<AddReactionResponse>(value),
        "getGroupReactionSummary" | "getActionReactionSummary" => {
            decode::<ReactionSummaryPage>(value)
        }
        "listReactions" => decode::<ReactionDetailsPage>(value),
        "listWebhooks" => decode::<WebhookList>(value),
        "createWebhook" => decode::<CreateWebhookResponse>(value),
        other => Err(format!("no response type for {other}")),
    }
}

/// Keys of `raw` (recursively) that `typed` does not hold.
fn dropped(raw: &Value, typed: &Value, path: &str, out: &mut Vec<String>) {
    match (raw, typed) {
        (Value::Object(r), Value::Object(t)) => {
            for (k, v) in r {
                match t.get(k) {
                    Some(tv) => dropped(v, tv, &format!("{path}.{k}"), out),
                    None if v.is_null() => {}
                    None => out.push(format!("{path}.{k}")),
                }
            }
        }
        (Value::Array(r), Value::Array(t)) => {
            for (i, (rv, tv)) in r.iter().zip(t).enumerate() {
                dropped(rv, tv, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn check_event(value: &Value) -> Result<(), String> {
    let envelope: types::WebhookEvent = serde_json::from_value(value.clone())
        .map_err(|e| format!("does not decode into WebhookEvent: {e}"))?;
    let mut lost = Vec::new();
    let mut envelope_json = serde_json::to_value(&envelope).map_err(|e| e.to_string())?;
    if let (Some(raw), Some(obj)) = (value.as_object(), envelope_json.as_object_mut()) {
        // `data` is checked against the typed event below.
        obj.insert(
            "data".into(),
            raw.get("data").cloned().unwrap_or(Value::Null),
        );
    }
    dropped(value, &envelope_json, "", &mut lost);
    let event = match KaizalaEvent::from_value(value.clone()) {
        Err(e) => return Err(format!("not a webhook envelope: {e}")),
        Ok(KaizalaEvent::Malformed { error, .. }) => return Err(format!("Malformed: {error}")),
        Ok(KaizalaEvent::Unknown { envelope, .. }) => {
            return Err(format!("Unknown event type {}", envelope.event_type));
        }
        Ok(event) => event,
    };
    let typed = event.typed_data_json().ok_or("no typed data")?;
    dropped(&value["data"], &typed, "data", &mut lost);
    if !lost.is_empty() {
        return Err(format!("no typed field holds {lost:?}"));
    }
    for answer in event.answers() {
        if let kaizala_ext::webhook::SurveyAnswer::Other(raw) = &answer.answer {
            return Err(format!(
                "the answer to {:?} ({:?}) did not decode by its type: {raw}",
                answer.title, answer.question_type
            ));
        }
    }
    Ok(())
}

/// The sample passes the spec's request schema for `operation` (what the
/// service accepts, not what the generated client sends), bound as the spec's
/// `x-kaizala-binding` says the service's Json.NET binder read it.
fn accepted_by_spec(operation: &str, value: &Value) -> Result<(), String> {
    use std::sync::LazyLock;
    static SCHEMAS: LazyLock<SpecSchemas> = LazyLock::new(|| SpecSchemas::new(spec()));
    let Some(schema) = request_schema(operation) else {
        return Ok(()); // takes no JSON body; `check_request` says so
    };
    let errors = SCHEMAS.request_errors(&schema, value);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("the spec refuses it: {}", errors.join("; ")))
    }
}

/// Parses and checks one sample; `Err` says why it fails.
fn check(sample: &Sample, keys: &BTreeMap<String, BTreeSet<String>>) -> Result<(), String> {
    let mut value = parse_sample(&sample.text).map_err(|e| format!("not JSON5: {e}"))?;
    fill_placeholders(&mut value);
    match (sample.direction, sample.operation) {
        (Direction::Event, _) => check_event(&value),
        (_, None) => Err("no operation: the sample's page or definition names none".into()),
        (Direction::Request, Some(op)) => {
            let bound = bind_keys(&value, keys);
            accepted_by_spec(op, &bound)?;
            let mut sent = bound;
            apply_client_sends(op, &mut sent);
            check_request(op, &sent)
        }
        (Direction::Response, Some(op)) => check_response(op, &value),
    }
}

#[test]
fn every_recorded_form_passes_or_is_a_listed_exception() {
    let samples = all_samples();
    let keys = spec_keys();
    let listed: BTreeMap<&str, &str> = EXCEPTIONS.iter().copied().collect();
    assert_eq!(
        listed.len(),
        EXCEPTIONS.len(),
        "an exception is listed twice"
    );
    let mut unexpected = Vec::new();
    let mut stale = Vec::new();
    let mut sources = BTreeSet::new();
    for sample in &samples {
        sources.insert(sample.source.as_str());
        let outcome = check(sample, &keys);
        match (outcome, listed.contains_key(sample.source.as_str())) {
            (Ok(()), true) => stale.push(sample.source.clone()),
            (Err(why), false) => unexpected.push(format!(
                "{} [{} {}]: {why}",
                sample.source,
                sample.operation.unwrap_or("-"),
                sample.direction
            )),
            _ => {}
        }
    }
    let unknown: Vec<&&str> = listed.keys().filter(|s| !sources.contains(**s)).collect();
    let by_direction = |d: Direction| samples.iter().filter(|s| s.direction == d).count();
    eprintln!(
        "{} samples ({} requests, {} responses, {} events), {} listed exceptions",
        samples.len(),
        by_direction(Direction::Request),
        by_direction(Direction::Response),
        by_direction(Direction::Event),
        EXCEPTIONS.len()
    );
    assert!(
        unexpected.is_empty() && stale.is_empty() && unknown.is_empty(),
        "{} unlisted failures:\n  {}\n{} listed exceptions now pass: {stale:?}\nlisted sources that do not exist: {unknown:?}",
        unexpected.len(),
        unexpected.join("\n  "),
        stale.len()
    );
}

#[test]
fn the_mislabelled_member_sample_reads_as_a_member_event() {
    let samples = all_samples();
    let mislabelled: Vec<&Sample> = samples
        .iter()
        .filter(|s| {
            EXCEPTIONS
                .iter()
                .any(|(e, why)| *e == s.source && *why == MISLABELLED_MEMBER_EVENT)
        })
        .collect();
    assert_eq!(mislabelled.len(), 2);
    for sample in mislabelled {
        let value = parse_sample(&sample.text).expect("JSON5");
        let Ok(KaizalaEvent::JobResponse(event)) = KaizalaEvent::from_value(value.clone()) else {
            panic!("{} dispatches on its label", sample.source);
        };
        let member: types::MemberEventData = event.data_as().expect("member data");
        let mut lost = Vec::new();
        let typed = serde_json::to_value(&member).expect("serialises");
        dropped(&value["data"], &typed, "data", &mut lost);
        assert!(lost.is_empty(), "{}: {lost:?}", sample.source);
        assert_eq!(member.member_name.as_deref(), Some("Jan Decker"));
    }
}

#[test]
fn the_evidence_is_all_there() {
    let samples = all_samples();
    // Guards the extraction itself: fewer samples means a parser regressed.
    let swagger = samples
        .iter()
        .filter(|s| s.source.starts_with("swagger"))
        .count();
    let recorded = samples
        .iter()
        .filter(|s| s.source.contains("x-unitTests"))
        .count();
    let events = samples
        .iter()
        .filter(|s| s.direction == Direction::Event)
        .count();
    // The evidence is fixed; exact counts make any change of extraction visible.
    assert_eq!(
        recorded, 6,
        "bodies recorded from the live service (x-unitTests)"
    );
    assert_eq!(swagger, 40, "Swagger bodies in all");
    assert_eq!(events, 36, "webhook event samples");
    assert_eq!(samples.len(), 472, "samples in all");
}

// ------------------------------------------------------------------ replay

/// Request samples the emulator must refuse (or cannot be given the state
/// for), with the reason. Reviewed one by one.
const REPLAY_EXCEPTIONS: &[(&str, &str)] = &[];

/// A status that says the request's shape was refused.
fn shape_refused(status: u16) -> bool {
    matches!(status, 400 | 415 | 422)
}

struct Replay {
    emu: kaizala_emulator::Emulator,
    http: reqwest::Client,
    token: String,
    base: String,
    application_id: String,
    media_resource: String,
    survey_id: String,
    package_action_id: String,
    /// A group that is nobody's sub-group yet (`{{test-sub-group-id}}`).
    free_group_id: String,
    /// A subscriber of the sample public group.
    subscriber: String,
    /// A local callback that answers the validation handshake.
    callback_url: String,
}

/// A webhook callback that echoes `validationToken` and takes deliveries.
async fn callback() -> String {
    use axum::extract::Query;
    let app =
        axum::Router::new().fallback(|Query(q): Query<BTreeMap<String, String>>| async move {
            q.get("validationToken").cloned().unwrap_or_default()
        });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/hook")
}

impl Replay {
    async fn start() -> Replay {
        use kaizala_emulator::{Emulator, SAMPLE_GROUP_ID};
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
        let mut replay = Replay {
            emu,
            http,
            token: token["accessToken"].as_str().expect("token").to_owned(),
            base: format!("{}v1", token["endpointUrl"].as_str().expect("endpoint")),
            application_id: c.application_id,
            media_resource: String::new(),
            survey_id: String::new(),
            package_action_id: String::new(),
            free_group_id: String::new(),
            subscriber: String::new(),
            callback_url: callback().await,
        };
        replay.subscriber = replay
            .emu
            .subscribers(kaizala_emulator::SAMPLE_PUBLIC_GROUP_ID)
            .first()
            .expect("the sample public group has subscribers")
            .mobile_number
            .clone();
        let (status, created) = replay
            .send(
                "POST",
                "/groups",
                r#"{"name": "free", "welcomeMessage": "w"}"#,
            )
            .await;
        assert_eq!(status, 200, "{created}");
        replay.free_group_id = created["groupId"].as_str().expect("groupId").to_owned();
        // A media resource for every media Action and Image answer.
        let form = reqwest::multipart::Form::new().part(
            "files",
            reqwest::multipart::Part::bytes(vec![0xff, 0xd8, 0xff, 0xe0])
                .file_name("sample.jpg")
                .mime_str("image/jpeg")
                .expect("mime"),
        );
        let uploaded: Value = replay
            .http
            .post(format!("{}/media", replay.base))
            .header("accessToken", &replay.token)
            .multipart(form)
            .send()
            .await
            .expect("upload")
            .json()
            .await
            .expect("JSON");
        replay.media_resource = uploaded["mediaResource"]
            .as_str()
            .expect("resource")
            .to_owned();
        // The survey the recorded survey responses answer: the Swagger file's
        // SendSurvey example (Text, SingleOption, MultiOption, Numeric,
        // Location, DateTime, Image).
        let survey = json!({"actionType": "Survey", "actionBody": {"title": "A test survey!!",
            "questions": [
                {"title": "a test question written here", "type": "Text"},
                {"title": "Single select question", "type": "SingleOption", "options": [{"title": "Opt1"}, {"title": "Opt2"}]},
                {"title": "Multi select question", "type": "MultiOption", "options": [{"title": "MOpt1"}, {"title": "MOpt2"}, {"title": "MOpt3"}]},
                {"title": "Numeric question", "type": "Numeric"},
                {"title": "Location question", "type": "Location"},
                {"title": "DateTime question", "type": "DateTime"},
                {"title": "Image question", "type": "Image"}]}});
        let (status, sent) = replay
            .send(
                "POST",
                &format!("/groups/{SAMPLE_GROUP_ID}/actions"),
                &survey.to_string(),
            )
            .await;
        assert_eq!(status, 200, "{sent}");
        replay.survey_id = sent["actionId"].as_str().expect("actionId").to_owned();
        // A custom action package instance with one text question.
        let package = json!({"id": "25b39b30-0806-4d17-b6a7-a39f21fa52e9",
            "actionBody": {"title": "package", "questions": [{"title": "q", "type": "Text"}]}});
        let (status, sent) = replay
            .send(
                "POST",
                &format!("/groups/{SAMPLE_GROUP_ID}/actions"),
                &package.to_string(),
            )
            .await;
        assert_eq!(status, 200, "{sent}");
        replay.package_action_id = sent["actionId"].as_str().expect("actionId").to_owned();
        replay
    }

    async fn send(&self, method: &str, path: &str, body: &str) -> (u16, Value) {
        let url = if ["/generatePin", "/loginWithPinAndApplicationId"].contains(&path) {
            format!("{}{path}", self.emu.auth_url())
        } else {
            format!("{}{path}", self.base)
        };
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let response = self
            .http
            .request(method, url)
            .header("accessToken", &self.token)
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .expect("sent");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    /// Fills the sample's placeholders and references with real state, keeping its keys
    /// and value types as written.
    fn fill(&self, value: &mut Value, key: &str) {
        let lower = key.to_ascii_lowercase();
        match value {
            Value::String(s) => {
                if lower.contains("mediaresource") || lower == "mediaresources" {
                    *s = self.media_resource.clone();
                } else if lower == "subscribers" {
                    *s = self.subscriber.clone();
                } else if lower == "callbackurl" {
                    *s = self.callback_url.clone();
                } else if s.contains("{{") {
                    *s = if s.contains("mobile-number") {
                        "+911099999999".to_owned()
                    } else if s.contains("application-id") {
                        self.application_id.clone()
                    } else if s.contains("sub-group-id") {
                        self.free_group_id.clone()
                    } else if s.contains("group-id") {
                        kaizala_emulator::SAMPLE_GROUP_ID.to_owned()
                    } else if s.contains("action-id") || s.contains("survey-id") {
                        self.survey_id.clone()
                    } else {
                        s.replace("{{", "").replace("}}", "")
                    };
                } else if lower == "applicationid" {
                    *s = self.application_id.clone();
                }
            }
            Value::Array(items) => {
                for item in items {
                    // An answer that is a media resource (Image questions) is long base64.
                    if let Value::String(s) = item
                        && s.len() > 200
                    {
                        *s = self.media_resource.clone();
                        continue;
                    }
                    self.fill(item, key);
                }
            }
            Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    self.fill(v, k);
                }
            }
            _ => {}
        }
    }

    /// The path a request sample goes to, with the state it needs.
    fn path(&self, operation: &str, body: &Value) -> Option<String> {
        use kaizala_emulator::{
            SAMPLE_GROUP_ID, SAMPLE_JOB_ID, SAMPLE_PUBLIC_GROUP_ID, SAMPLE_WEBHOOK_ID,
        };
        let get = |key: &str| {
            body.as_object().and_then(|m| {
                m.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(key))
                    .map(|(_, v)| v)
            })
        };
        let public = get("subscribers").is_some() || get("sendToAllSubscribers").is_some();
        let group = if public {
            SAMPLE_PUBLIC_GROUP_ID
        } else {
            SAMPLE_GROUP_ID
        };
        Some(match operation {
            "generatePin" => "/generatePin".to_owned(),
            "loginWithPin" => "/loginWithPinAndApplicationId".to_owned(),
            "createGroup" => "/groups".to_owned(),
            "createSubGroup" | "addSubGroup" => format!("/groups/{SAMPLE_GROUP_ID}/subGroups"),
            "addMembers" => format!("/groups/{SAMPLE_GROUP_ID}/members"),
            "listSubscribers" => format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/subscribers"),
            "addSubscribers" => format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/subscribers/add"),
            "removeSubscribers" => format!("/groups/{SAMPLE_PUBLIC_GROUP_ID}/subscribers/remove"),
            "sendMessage" => format!("/groups/{group}/messages"),
            "sendAction" => format!("/groups/{group}/actions"),
            "respondToAction" => {
                let action_type = get("actionType").and_then(Value::as_str).unwrap_or("");
                let action = if action_type.eq_ignore_ascii_case("Job") {
                    SAMPLE_JOB_ID
                } else if get("id").is_some() {
                    &self.package_action_id
                } else {
                    &self.survey_id
                };
                format!("/groups/{SAMPLE_GROUP_ID}/actions/{action}/responses")
            }
            "addReaction" => format!("/groups/{SAMPLE_GROUP_ID}/reaction"),
            "createWebhook" => "/webhook".to_owned(),
            "updateWebhook" => format!("/webhook/{SAMPLE_WEBHOOK_ID}"),
            _ => return None,
        })
    }
}

fn method_of(operation: &str) -> &'static str {
    kaizala_api::operations::find(operation).map_or("POST", |o| o.method)
}

#[tokio::test]
async fn every_request_sample_is_accepted_by_the_emulator() {
    let samples = all_samples();
    let listed: BTreeSet<&str> = EXCEPTIONS.iter().map(|(s, _)| *s).collect();
    let replay_listed: BTreeMap<&str, &str> = REPLAY_EXCEPTIONS.iter().copied().collect();
    let replay = Replay::start().await;
    let mut refused = Vec::new();
    let mut stale = Vec::new();
    let mut replayed = 0;
    for sample in samples.iter().filter(|s| s.direction == Direction::Request) {
        if listed.contains(sample.source.as_str()) {
            continue; // not a body the service took (see EXCEPTIONS)
        }
        let Some(operation) = sample.operation else {
            continue;
        };
        let Ok(mut body) = parse_sample(&sample.text) else {
            continue;
        };
        replay.fill(&mut body, "");
        let Some(path) = replay.path(operation, &body) else {
            refused.push(format!("{}: no replay path for {operation}", sample.source));
            continue;
        };
        if operation == "loginWithPin" {
            // The PIN the emulator texted, in the sample's JSON type (number or string).
            let mobile = body["mobileNumber"]
                .as_str()
                .unwrap_or("+911099999999")
                .to_owned();
            let generate = json!({"mobileNumber": mobile, "applicationId": replay.application_id});
            replay
                .send("POST", "/generatePin", &generate.to_string())
                .await;
            let pin = replay.emu.last_pin(&mobile).expect("a PIN");
            if let Some(slot) = body.get_mut("pin") {
                *slot = match (&*slot, pin.parse::<u64>()) {
                    (Value::Number(_), Ok(n)) if !pin.starts_with('0') => json!(n),
                    _ => json!(pin),
                };
            }
        }
        if matches!(operation, "sendMessage" | "sendAction") && body.get("subscribers").is_some() {
            // An earlier removeSubscribers sample may have removed the subscriber.
            let add = json!({"subscribers": [replay.subscriber]});
            let path = format!(
                "/groups/{}/subscribers/add",
                kaizala_emulator::SAMPLE_PUBLIC_GROUP_ID
            );
            replay.send("PUT", &path, &add.to_string()).await;
        }
        replayed += 1;
        let (status, answer) = replay
            .send(method_of(operation), &path, &body.to_string())
            .await;
        let is_listed = replay_listed.contains_key(sample.source.as_str());
        match (shape_refused(status), is_listed) {
            (true, false) => refused.push(format!(
                "{} [{operation}] {status}: {answer}",
                sample.source
            )),
            (false, true) => stale.push(sample.source.clone()),
            _ => {}
        }
    }
    eprintln!(
        "replayed {replayed} request samples, {} listed replay exceptions",
        REPLAY_EXCEPTIONS.len()
    );
    assert!(
        refused.is_empty() && stale.is_empty(),
        "{} refused on shape:\n  {}\nlisted replay exceptions now accepted: {stale:?}",
        refused.len(),
        refused.join("\n  ")
    );
}
