//! Sending an action: validates and normalises its `actionBody` by type, stores it and
//! tells the group.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Value, json};

use super::{due_ms, location};
use crate::body::Obj;
use crate::error::ApiError;
use crate::groups::member_numbers;
use crate::ids::guid;
use crate::media::resolve;
use crate::messages::{MAX_MESSAGE_CHARS, audience};
use crate::model::Action;
use crate::state::{App, Caller, State as EmuState};
use crate::time::{iso_from_ms, now_ms};
use crate::webhooks::{Event, emit};

/// Built-in action types that can be posted.
const POSTABLE: &[&str] = &[
    "Survey",
    "Job",
    "Poll",
    "LetsMeet",
    "Announcement",
    "Image",
    "Album",
    "Audio",
    "Document",
    "Video",
];

const QUESTION_TYPES: &[&str] = &[
    "SingleOption",
    "MultiOption",
    "Text",
    "Image",
    "Numeric",
    "Date",
    "DateTime",
    "Location",
    "AttachmentList",
];

const PROPERTY_TYPES: &[&str] = &[
    "Text",
    "Numeric",
    "Location",
    "DateTime",
    "StringList",
    "Attachment",
    "StringSet",
    "AttachmentList",
];

fn canonical<'a>(list: &[&'a str], value: &str) -> Option<&'a str> {
    list.iter().copied().find(|x| x.eq_ignore_ascii_case(value))
}

/// A positive integer; `int32` fields also get the 32-bit bound of the spec.
fn positive(body: &Obj, keys: &[&str], default: i64) -> Result<i64, ApiError> {
    let max = match keys[0] {
        "expiryInHours" | "duration" => i64::from(i32::MAX),
        _ => i64::MAX,
    };
    match body.i64_any(keys)? {
        None => Ok(default),
        Some(n) if (1..=max).contains(&n) => Ok(n),
        Some(_) => Err(ApiError::bad_request(format!(
            "'{}' must be between 1 and {max}.",
            keys[0]
        ))),
    }
}

fn flag(body: &Obj, key: &str) -> Result<bool, ApiError> {
    Ok(body.bool(key)?.unwrap_or(false))
}

fn item_obj(v: &Value, what: &str) -> Result<Obj, ApiError> {
    Obj::from_value(v)
        .ok_or_else(|| ApiError::bad_request(format!("Each {what} must be an object.")))
}

fn questions(body: &Obj, required: bool) -> Result<Vec<Value>, ApiError> {
    let list = match body.array("questions")? {
        Some(l) => l,
        None if required => return Err(ApiError::bad_request("'questions' is required.")),
        None => return Ok(Vec::new()),
    };
    if required && list.is_empty() {
        return Err(ApiError::bad_request("'questions' must not be empty."));
    }
    list.iter()
        .map(|q| {
            let q = item_obj(q, "question")?;
            let title = q.req_str("title")?;
            let raw_type = q.req_str("type")?;
            let qtype = canonical(QUESTION_TYPES, &raw_type).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "'{raw_type}' is not a question type ({}).",
                    QUESTION_TYPES.join(", ")
                ))
            })?;
            let mut options = Vec::new();
            for o in q.array("options")?.unwrap_or_default() {
                let o = item_obj(&o, "option")?;
                options.push(json!({ "title": o.req_str("title")? }));
            }
            if matches!(qtype, "SingleOption" | "MultiOption") && options.is_empty() {
                return Err(ApiError::bad_request(format!(
                    "Question '{title}' of type {qtype} needs 'options'."
                )));
            }
            Ok(json!({
                "title": title,
                "type": qtype,
                "options": options,
                "isInvisible": flag(&q, "isInvisible")?,
            }))
        })
        .collect()
}

fn properties(body: &Obj) -> Result<Vec<Value>, ApiError> {
    property_items(&body.array("properties")?.unwrap_or_default())
}

/// Custom-action properties (`name`, `type`, `value`), normalised; also what an Action
/// property update carries (other keys, such as `propertyType`, are ignored).
pub(crate) fn property_items(items: &[Value]) -> Result<Vec<Value>, ApiError> {
    items
        .iter()
        .map(|p| {
            let p = item_obj(p, "property")?;
            let name = p.req_str("name")?;
            // The service's property type was an enum: Json.NET took its name in any case or
            // its integer ordinal, in the SDK's (the pages') order (spec: ActionPropertyType,
            // `x-kaizala-ordinals`; a real client sent `"type": 1`, THIRD-PARTY.md).
            let raw_type = match p.get("type") {
                Some(Value::Number(n)) => n
                    .as_u64()
                    .and_then(|i| usize::try_from(i).ok())
                    .and_then(|i| PROPERTY_TYPES.get(i))
                    .map(|t| (*t).to_owned())
                    .ok_or_else(|| {
                        ApiError::bad_request(format!(
                            "'type' {n} is not a property type ordinal (0 to {}).",
                            PROPERTY_TYPES.len() - 1
                        ))
                    })?,
                _ => p.req_str("type")?,
            };
            let ptype = canonical(PROPERTY_TYPES, &raw_type).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "'{raw_type}' is not a property type ({}).",
                    PROPERTY_TYPES.join(", ")
                ))
            })?;
            let Some(value) = p.str("value")? else {
                return Err(ApiError::bad_request(format!(
                    "Property '{name}' needs a string 'value'."
                )));
            };
            Ok(json!({ "name": name, "type": ptype, "value": value }))
        })
        .collect()
}

fn media_json(m: &crate::model::MediaItem) -> Value {
    json!({ "mediaUrl": m.url, "mediaFileName": m.file_name })
}

/// Validates and normalises an `actionBody`; returns (body, event type, event data sans ids).
fn normalise(
    st: &EmuState,
    action_type: &str,
    body: &Obj,
) -> Result<(Value, &'static str, Value), ApiError> {
    match action_type {
        "Survey" | "Custom" => {
            let custom = action_type == "Custom";
            let title = if custom {
                body.str("title")?.unwrap_or_default()
            } else {
                body.req_str("title")?
            };
            let qs = questions(body, !custom)?;
            let props = properties(body)?;
            let norm = json!({
                "title": title,
                "dueDate": positive(body, &["dueDate"], 24)?,
                "isAnonymous": flag(body, "isAnonymous")?,
                "isSenderOnly": flag(body, "isSenderOnly")?,
                "acceptMultipleResponses": flag(body, "acceptMultipleResponses")?,
                "questions": qs,
                "properties": props,
            });
            let data = json!({
                "title": norm["title"],
                "isAnonymous": norm["isAnonymous"],
                "questions": norm["questions"],
                "properties": norm["properties"],
            });
            Ok((
                norm,
                if custom {
                    "ActionCreated"
                } else {
                    "SurveyCreated"
                },
                data,
            ))
        }
        "Job" => {
            let title = body.req_str("title")?;
            let assigned = member_numbers(body, "assignedTo", true)?;
            let norm = json!({
                "title": title,
                "assignedTo": assigned,
                "dueDate": positive(body, &["dueDate"], 24)?,
            });
            let data = json!({ "title": title, "assignedTo": norm["assignedTo"] });
            Ok((norm, "JobCreated", data))
        }
        "Poll" => {
            let question = body.req_str("question")?;
            let choices = body
                .array("choices")?
                .ok_or_else(|| ApiError::bad_request("'choices' is required."))?;
            if choices.len() < 2 {
                return Err(ApiError::bad_request("A poll needs at least 2 'choices'."));
            }
            let mut out = Vec::new();
            for c in &choices {
                let c = item_obj(c, "choice")?;
                let mut v = json!({ "title": c.req_str("title")? });
                if let Some(img) = c.str("image")?.filter(|s| !s.is_empty()) {
                    let url = resolve(st, &img).map(|m| m.url).unwrap_or(img);
                    v["image"] = Value::String(url);
                }
                out.push(v);
            }
            let norm = json!({
                "question": question,
                "choices": out,
                "expiryInHours": positive(body, &["expiryInHours"], 720)?,
                "isSenderOnly": flag(body, "isSenderOnly")?,
            });
            let data =
                json!({ "question": question, "title": question, "choices": norm["choices"] });
            Ok((norm, "PollCreated", data))
        }
        "LetsMeet" => {
            let title = body.req_str("title")?;
            let start = body.req_str("startingTime")?;
            let parsed = chrono::DateTime::parse_from_rfc3339(&start).map_err(|_| {
                ApiError::bad_request(format!(
                    "'startingTime' must be an ISO-8601 date-time such as 2018-01-01T00:00:00Z, not '{start}'."
                ))
            })?;
            let start = parsed
                .with_timezone(&chrono::Utc)
                .format("%Y-%m-%dT%H:%M:%SZ")
                .to_string();
            let place = match body.obj("place")? {
                Some(p) => location(&p)?,
                None => Value::Null,
            };
            let mut norm = json!({
                "title": title,
                "startingTime": start,
                "duration": positive(body, &["duration", "durationInMins"], 30)?,
                "agenda": body.str("agenda")?.unwrap_or_default(),
                "isSenderOnly": flag(body, "isSenderOnly")?,
            });
            if !place.is_null() {
                norm["place"] = place;
            }
            let data = json!({
                "title": title,
                "startingTime": norm["startingTime"],
                "duration": norm["duration"],
                "agenda": norm["agenda"],
                "place": norm.get("place").cloned().unwrap_or(Value::Null),
            });
            Ok((norm, "LetsMeetCreated", data))
        }
        "Announcement" => {
            // Every sample sends `message` (or `Message`, matched case-insensitively);
            // none requires a title.
            let title = body.str("title")?.unwrap_or_default();
            let message = body.req_str("message")?;
            if message.chars().count() > MAX_MESSAGE_CHARS {
                return Err(ApiError::bad_request(format!(
                    "'message' is longer than {MAX_MESSAGE_CHARS} characters."
                )));
            }
            let resources = body.str_list("mediaResources")?.unwrap_or_default();
            let media = resources
                .iter()
                .map(|r| resolve(st, r))
                .collect::<Result<Vec<_>, _>>()?;
            let norm = json!({
                "title": title,
                "message": message,
                "mediaResources": resources,
                "media": media.iter().map(media_json).collect::<Vec<_>>(),
            });
            let data = json!({
                "title": title,
                "text": message,
                "media": media.iter().map(|m| json!({ "url": m.url, "fileName": m.file_name })).collect::<Vec<_>>(),
            });
            Ok((norm, "Announcement", data))
        }
        media_type => {
            let mut resources = Vec::new();
            if let Some(r) = body.str("mediaResource")? {
                resources.push(r);
            }
            resources.extend(body.str_list("mediaResources")?.unwrap_or_default());
            if resources.is_empty() || resources.iter().any(|r| r.trim().is_empty()) {
                return Err(ApiError::bad_request("'mediaResource' is required."));
            }
            let media = resources
                .iter()
                .map(|r| resolve(st, r))
                .collect::<Result<Vec<_>, _>>()?;
            let caption = body.str("caption")?.unwrap_or_default();
            let norm = json!({
                "mediaResource": resources[0],
                "caption": caption,
                "media": media.iter().map(media_json).collect::<Vec<_>>(),
            });
            let data = json!({
                "media": norm["media"],
                "actionType": media_type,
                "caption": caption,
            });
            Ok((norm, "AttachmentCreated", data))
        }
    }
}

/// `POST /groups/{groupId}/actions`
pub(crate) async fn send_action(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    app.st().readable_group(&caller, &group_id)?;
    let package_id = body.str("id")?;
    if package_id.as_deref() == Some("") && body.get("actionType").is_none() {
        return Err(ApiError::not_found("Action package '' was not found."));
    }
    let action_type = match (body.str("actionType")?, &package_id) {
        (Some(t), None) => canonical(POSTABLE, &t).ok_or_else(|| {
            ApiError::bad_request(format!(
                "'{t}' is not an action type that can be sent ({}); send a custom action package by 'id'.",
                POSTABLE.join(", ")
            ))
        })?,
        (None, Some(_)) => "Custom",
        (Some(_), Some(_)) => {
            return Err(ApiError::bad_request(
                "Give either 'actionType' or 'id', not both.",
            ));
        }
        (None, None) => {
            return Err(ApiError::bad_request(
                "Either 'actionType' or 'id' (an action package id) is required.",
            ));
        }
    };
    let action_body = body
        .obj("actionBody")?
        .ok_or_else(|| ApiError::bad_request("'actionBody' is required."))?;
    let mut st = app.st();
    let idx = st.readable_group(&caller, &group_id)?;
    let audience = audience(&st, &caller, idx, &body)?;
    let (norm, event_type, mut data) = normalise(&st, action_type, &action_body)?;
    let gid = st.groups[idx].id.clone();
    let now = now_ms();
    let action = Action {
        id: guid(),
        reference_id: guid(),
        group_id: gid.clone(),
        action_type: action_type.to_string(),
        package_id: package_id.clone(),
        body: norm,
        sender: caller.user.mobile_number.clone(),
        created_ms: now,
        audience,
        responses: Vec::new(),
    };
    if let Some(o) = data.as_object_mut() {
        if event_type != "AttachmentCreated" && event_type != "Announcement" {
            o.insert("actionId".into(), json!(action.id));
            o.insert("groupId".into(), json!(gid));
        }
        if event_type == "JobCreated" {
            o.insert("dueDate".into(), json!(iso_from_ms(due_ms(&action))));
        }
        if let Some(p) = &package_id {
            o.insert("packageId".into(), json!(p));
        }
    }
    let (action_id, reference_id) = (action.id.clone(), action.reference_id.clone());
    st.actions.push(action);
    emit(
        &mut st,
        &caller.user,
        Event::action(&gid, &action_id, package_id.as_deref(), event_type, data),
    );
    Ok(Json(
        json!({ "referenceId": reference_id, "actionId": action_id }),
    ))
}
