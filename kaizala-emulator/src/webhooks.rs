//! Webhook subscriptions (with the callback validation handshake) and event delivery
//! (at least once, retried with exponential backoff, optional injected duplicates).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use serde_json::{Value, json};

use crate::body::{Obj, Params, parse_i64_value};
use crate::error::ApiError;
use crate::ids::guid;
use crate::model::{Delivery, DeliveryAttempt, User, Webhook};
use crate::state::{App, Caller, DeliveryJob, State as EmuState};
use crate::time::now_ms;

/// Every event type a webhook can subscribe to.
pub const EVENT_TYPES: &[&str] = &[
    "ActionCreated",
    "ActionResponse",
    "SurveyCreated",
    "JobCreated",
    "SurveyResponse",
    "JobResponse",
    "TextMessageCreated",
    "AttachmentCreated",
    "Announcement",
    "MemberAdded",
    "MemberRemoved",
    "GroupAdded",
    "GroupRemoved",
    "PollCreated",
    "PollResponse",
    "LetsMeetCreated",
    "LetsMeetResponse",
];

const OBJECT_TYPES: &[&str] = &["Group", "Action", "ActionPackage"];

/// Two years, the default validity.
const DEFAULT_VALIDITY_MS: i64 = 2 * 365 * 24 * 3600 * 1000;

/// Something that happened, to be delivered to the matching webhooks.
pub(crate) struct Event {
    pub(crate) group_id: String,
    pub(crate) action_id: Option<String>,
    pub(crate) package_id: Option<String>,
    pub(crate) event_type: &'static str,
    pub(crate) data: Value,
}

impl Event {
    /// A group-level event.
    pub(crate) fn group(group_id: &str, event_type: &'static str, data: Value) -> Self {
        Event {
            group_id: group_id.to_string(),
            action_id: None,
            package_id: None,
            event_type,
            data,
        }
    }

    /// An event about an action (also delivered to `Action` and `ActionPackage` webhooks).
    pub(crate) fn action(
        group_id: &str,
        action_id: &str,
        package_id: Option<&str>,
        event_type: &'static str,
        data: Value,
    ) -> Self {
        Event {
            group_id: group_id.to_string(),
            action_id: Some(action_id.to_string()),
            package_id: package_id.map(str::to_owned),
            event_type,
            data,
        }
    }
}

/// Queues deliveries of `ev` to every matching, active webhook (sent once the lock is gone).
pub(crate) fn emit(st: &mut EmuState, from: &User, ev: Event) {
    let now = now_ms();
    let event_id = guid();
    let matching: Vec<Webhook> = st
        .webhooks
        .iter()
        .filter(|w| w.active && w.validity_ms > now)
        .filter(|w| {
            w.events
                .iter()
                .any(|e| e.eq_ignore_ascii_case(ev.event_type))
        })
        .filter(|w| match w.object_type.as_str() {
            "Group" => w.object_id.eq_ignore_ascii_case(&ev.group_id),
            "Action" => ev
                .action_id
                .as_deref()
                .is_some_and(|a| w.object_id.eq_ignore_ascii_case(a)),
            "ActionPackage" => ev
                .package_id
                .as_deref()
                .is_some_and(|p| w.object_id.eq_ignore_ascii_case(p)),
            _ => false,
        })
        .cloned()
        .collect();
    for w in matching {
        let payload = json!({
            "objectId": w.object_id,
            "objectType": w.object_type,
            "eventType": ev.event_type,
            "eventId": event_id,
            "data": ev.data,
            "context": w.callback_context,
            "fromUser": from.mobile_number,
            "fromUserId": from.id,
            "fromUserName": from.name,
            "fromUserProfilePic": from.profile_pic,
            "subscriptionId": w.id,
            "groupId": ev.group_id,
        });
        let copies = if st.duplicate_next > 0 {
            st.duplicate_next -= 1;
            2
        } else {
            1
        };
        for copy in 0..copies {
            st.deliveries.push(Delivery {
                webhook_id: w.id.clone(),
                event_id: event_id.clone(),
                event_type: ev.event_type.to_string(),
                payload: payload.clone(),
                attempts: Vec::new(),
                delivered: false,
                failed: false,
                duplicate: copy > 0,
            });
            st.outbox.push(DeliveryJob {
                index: st.deliveries.len() - 1,
                url: w.callback_url.clone(),
                token: w.callback_token.clone(),
                payload: payload.clone(),
            });
        }
    }
}

/// Starts a background task per queued delivery.
pub(crate) fn spawn_deliveries(app: &App, jobs: Vec<DeliveryJob>) {
    for job in jobs {
        tokio::spawn(deliver(app.clone(), job));
    }
}

async fn deliver(app: App, job: DeliveryJob) {
    let cfg = app.st().webhook_config.clone();
    let mut delay = cfg.retry_base;
    for attempt in 0..=cfg.max_retries {
        let res = app
            .http()
            .post(&job.url)
            .header("kz-callback-token", &job.token)
            .json(&job.payload)
            .timeout(cfg.delivery_timeout)
            .send()
            .await;
        let record = match &res {
            Ok(r) => DeliveryAttempt {
                status: Some(r.status().as_u16()),
                error: None,
            },
            Err(e) => DeliveryAttempt {
                status: None,
                error: Some(e.to_string()),
            },
        };
        let ok = record.status.is_some_and(|s| (200..300).contains(&s));
        {
            let mut st = app.st();
            if let Some(d) = st.deliveries.get_mut(job.index) {
                d.attempts.push(record.clone());
                d.delivered = ok;
            }
        }
        app.say(format!(
            "webhook {} {} attempt {} -> {}",
            job.payload["eventType"].as_str().unwrap_or_default(),
            job.url,
            attempt + 1,
            record
                .status
                .map(|s| s.to_string())
                .or(record.error.clone())
                .unwrap_or_default()
        ));
        if ok {
            return;
        }
        if attempt < cfg.max_retries {
            tokio::time::sleep(delay).await;
            delay = delay.saturating_mul(2);
        }
    }
    // Retries exhausted: mark failed and disable the webhook, as the service does.
    let mut st = app.st();
    let webhook_id = st.deliveries.get(job.index).map(|d| d.webhook_id.clone());
    if let Some(d) = st.deliveries.get_mut(job.index) {
        d.failed = true;
    }
    if let Some(id) = webhook_id
        && let Some(w) = st.webhooks.iter_mut().find(|w| w.id == id)
    {
        w.active = false;
    }
}

/// Sends `GET callbackUrl?validationToken=...` and expects the token echoed as text in time.
async fn validate_callback(app: &App, url: &str) -> Result<(), ApiError> {
    let token = guid();
    let timeout = app.st().webhook_config.validation_timeout;
    let mut target = reqwest::Url::parse(url)
        .map_err(|e| ApiError::bad_request(format!("'callBackUrl' is not a valid URL: {e}")))?;
    target
        .query_pairs_mut()
        .append_pair("validationToken", &token);
    let fail = |why: String| {
        ApiError::new(
            axum::http::StatusCode::BAD_REQUEST,
            "CallbackValidationFailed",
            "InvalidRequest",
            format!("Callback URL validation failed: {why}"),
        )
    };
    let resp = app
        .http()
        .get(target)
        .timeout(timeout)
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                fail(format!("no answer within {} ms", timeout.as_millis()))
            } else {
                fail(format!("the callback could not be reached ({e})"))
            }
        })?;
    if !resp.status().is_success() {
        return Err(fail(format!("the callback answered {}", resp.status())));
    }
    let body = resp
        .text()
        .await
        .map_err(|e| fail(format!("could not read the answer ({e})")))?;
    let echoed = body.trim().trim_matches('"');
    if echoed != token {
        return Err(fail(
            "the answer body was not the validationToken sent".to_string(),
        ));
    }
    Ok(())
}

fn canonical(list: &[&'static str], value: &str, what: &str) -> Result<String, ApiError> {
    list.iter()
        .find(|x| x.eq_ignore_ascii_case(value))
        .map(|x| x.to_string())
        .ok_or_else(|| {
            ApiError::bad_request(format!(
                "'{value}' is not a valid {what} (one of {}).",
                list.join(", ")
            ))
        })
}

fn event_types(body: &Obj) -> Result<Option<Vec<String>>, ApiError> {
    let Some(list) = body.str_list("eventTypes")? else {
        return Ok(None);
    };
    if list.is_empty() {
        return Err(ApiError::bad_request("'eventTypes' must not be empty."));
    }
    let mut out: Vec<String> = Vec::new();
    for e in list {
        let c = canonical(EVENT_TYPES, &e, "event type")?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    Ok(Some(out))
}

fn callback_url(body: &Obj, allow_remote: bool) -> Result<Option<String>, ApiError> {
    let Some(url) = body.str_any(&["callBackUrl", "callbackUrl"])? else {
        return Ok(None);
    };
    let lower = url.to_ascii_lowercase();
    let parsed = reqwest::Url::parse(&url)
        .ok()
        .filter(|_| lower.starts_with("http://") || lower.starts_with("https://"));
    let Some(parsed) = parsed else {
        return Err(ApiError::bad_request(format!(
            "'callBackUrl' must be an http(s) URL, not '{url}'."
        )));
    };
    let host = parsed
        .host_str()
        .unwrap_or_default()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let local = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if !local && !allow_remote {
        return Err(ApiError::bad_request(format!(
            "'callBackUrl' must be on this machine (localhost, 127.0.0.0/8 or [::1]): the emulator does not call other hosts unless started with remote callbacks allowed; got '{url}'."
        )));
    }
    Ok(Some(url))
}

fn validity(body: &Obj) -> Result<Option<i64>, ApiError> {
    match body.get("validity") {
        None => Ok(None),
        Some(v) => {
            let ms = parse_i64_value(v)
                .ok_or_else(|| ApiError::bad_request("'validity' must be epoch milliseconds."))?;
            if ms < 0 {
                return Err(ApiError::bad_request("'validity' must not be negative."));
            }
            Ok(Some(ms))
        }
    }
}

/// Checks that the caller may subscribe to the object.
fn check_object(
    st: &EmuState,
    caller: &Caller,
    object_type: &str,
    object_id: &str,
) -> Result<String, ApiError> {
    match object_type {
        "Group" => {
            let idx = st.readable_group(caller, object_id)?;
            Ok(st.groups[idx].id.clone())
        }
        "Action" => {
            let Some(a) = st
                .actions
                .iter()
                .find(|a| a.id.eq_ignore_ascii_case(object_id))
            else {
                return Err(ApiError::not_found(format!(
                    "Action '{object_id}' was not found."
                )));
            };
            st.readable_group(caller, &a.group_id)?;
            Ok(a.id.clone())
        }
        _ if object_id.is_empty() => Err(ApiError::not_found("Action package '' was not found.")),
        _ => Ok(object_id.to_string()),
    }
}

fn webhook_json(w: &Webhook) -> Value {
    json!({
        "id": w.id,
        "objectId": w.object_id,
        "objectType": w.object_type,
        "events": w.events,
        "filters": [],
        "callbackUrl": w.callback_url,
        "callbackToken": w.callback_token,
        "callbackContext": w.callback_context,
        "ts": w.created_ms,
        "validity": w.validity_ms,
        "active": w.active,
    })
}

/// `GET /webhook?objectId=&objectType=`
pub(crate) async fn list_webhooks(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let Some(object_id) = q.get("objectId") else {
        return Err(ApiError::bad_request(
            "The 'objectId' query parameter is required.",
        ));
    };
    let Some(object_type) = q.get("objectType") else {
        return Err(ApiError::bad_request(
            "The 'objectType' query parameter is required.",
        ));
    };
    let object_type = canonical(OBJECT_TYPES, object_type, "objectType")?;
    let st = app.st();
    let object_id = check_object(&st, &caller, &object_type, object_id)?;
    let hooks: Vec<Value> = st
        .webhooks
        .iter()
        .filter(|w| w.object_type == object_type && w.object_id.eq_ignore_ascii_case(&object_id))
        .map(webhook_json)
        .collect();
    Ok(Json(json!({ "webhooks": hooks })))
}

/// `POST /webhook`
pub(crate) async fn create_webhook(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let object_id = body.req_id("objectId")?;
    let object_type = canonical(OBJECT_TYPES, &body.req_str("objectType")?, "objectType")?;
    let object_id = check_object(&app.st(), &caller, &object_type, &object_id)?;
    let Some(events) = event_types(&body)? else {
        return Err(ApiError::bad_request("'eventTypes' is required."));
    };
    let allow_remote = app.st().webhook_config.allow_remote_callbacks;
    let Some(url) = callback_url(&body, allow_remote)? else {
        return Err(ApiError::bad_request("'callBackUrl' is required."));
    };
    let token = body
        .str_any(&["callBackToken", "callbackToken"])?
        .unwrap_or_default();
    let context = body
        .str_any(&["callBackContext", "callbackContext"])?
        .unwrap_or_default();
    let validity = validity(&body)?;
    validate_callback(&app, &url).await?;
    let now = now_ms();
    let id = guid();
    app.st().webhooks.push(Webhook {
        id: id.clone(),
        object_id,
        object_type,
        events,
        callback_url: url,
        callback_token: token,
        callback_context: context,
        created_ms: now,
        validity_ms: validity.unwrap_or(now + DEFAULT_VALIDITY_MS),
        active: true,
    });
    Ok(Json(json!({ "webhookId": id })))
}

/// `PUT /webhook/{webhookId}`: any subset of fields; `Active: true` re-enables.
pub(crate) async fn update_webhook(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(webhook_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let existing = app
        .st()
        .webhooks
        .iter()
        .find(|w| w.id.eq_ignore_ascii_case(&webhook_id))
        .cloned()
        .ok_or_else(|| ApiError::not_found(format!("Webhook '{webhook_id}' was not found.")))?;
    let object_type = match body.str("objectType")? {
        Some(t) => canonical(OBJECT_TYPES, &t, "objectType")?,
        None => existing.object_type.clone(),
    };
    let object_id = body
        .str("objectId")?
        .unwrap_or_else(|| existing.object_id.clone());
    let object_id = check_object(&app.st(), &caller, &object_type, &object_id)?;
    let events = event_types(&body)?;
    let allow_remote = app.st().webhook_config.allow_remote_callbacks;
    let url = callback_url(&body, allow_remote)?;
    let token = body.str_any(&["callBackToken", "callbackToken"])?;
    let context = body.str_any(&["callBackContext", "callbackContext"])?;
    let validity = validity(&body)?;
    let active = body.bool("active")?;
    if let Some(u) = &url
        && u != &existing.callback_url
    {
        validate_callback(&app, u).await?;
    }
    let mut st = app.st();
    let Some(w) = st.webhooks.iter_mut().find(|w| w.id == existing.id) else {
        return Err(ApiError::not_found(format!(
            "Webhook '{webhook_id}' was not found."
        )));
    };
    w.object_type = object_type;
    w.object_id = object_id;
    if let Some(e) = events {
        w.events = e;
    }
    if let Some(u) = url {
        w.callback_url = u;
    }
    if let Some(t) = token {
        w.callback_token = t;
    }
    if let Some(c) = context {
        w.callback_context = c;
    }
    if let Some(v) = validity {
        w.validity_ms = v;
    }
    if let Some(a) = active {
        w.active = a;
    }
    Ok(Json(json!({})))
}

/// `DELETE /webhook/{webhookId}`
pub(crate) async fn delete_webhook(
    State(app): State<App>,
    Extension(_caller): Extension<Caller>,
    Path(webhook_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let mut st = app.st();
    let before = st.webhooks.len();
    st.webhooks
        .retain(|w| !w.id.eq_ignore_ascii_case(&webhook_id));
    if st.webhooks.len() == before {
        return Err(ApiError::not_found(format!(
            "Webhook '{webhook_id}' was not found."
        )));
    }
    Ok(Json(json!({})))
}
