//! Actions: send (built-in types and custom action packages), list, details, responses.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::groups::member_numbers;
use crate::media::resolve;
use crate::messages::{MAX_MESSAGE_CHARS, audience};
use crate::model::{Action, ActionResponse, User};
use crate::state::{App, Caller, State as EmuState};
use crate::util::{Obj, Params, guid, iso_from_ms, now_ms};
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

const HOUR_MS: i64 = 3600 * 1000;

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
    body.array("properties")?
        .unwrap_or_default()
        .iter()
        .map(|p| {
            let p = item_obj(p, "property")?;
            let name = p.req_str("name")?;
            let raw_type = p.req_str("type")?;
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

fn location(o: &Obj) -> Result<Value, ApiError> {
    let lat = o
        .f64("latitude")?
        .ok_or_else(|| ApiError::bad_request("'place.latitude' is required."))?;
    let lon = o
        .f64("longitude")?
        .ok_or_else(|| ApiError::bad_request("'place.longitude' is required."))?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(ApiError::bad_request(
            "The location's coordinates are out of range.",
        ));
    }
    Ok(json!({ "latitude": lat, "longitude": lon, "name": o.str("name")?.unwrap_or_default() }))
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
pub(crate) async fn send(
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

fn due_ms(a: &Action) -> i64 {
    let hours = match a.action_type.as_str() {
        "Poll" => a.body["expiryInHours"].as_i64().unwrap_or(720),
        _ => a.body["dueDate"].as_i64().unwrap_or(24),
    };
    a.created_ms.saturating_add(hours.saturating_mul(HOUR_MS))
}

/// The type name an action is listed under (the package id for custom actions).
fn listed_type(a: &Action) -> String {
    match &a.package_id {
        Some(p) => p.clone(),
        None => a.action_type.clone(),
    }
}

fn completed_count(a: &Action) -> usize {
    a.responses
        .iter()
        .filter(|r| r.body["isCompleted"].as_bool().unwrap_or(false))
        .count()
}

fn summary_body(a: &Action) -> Value {
    let b = &a.body;
    match a.action_type.as_str() {
        "Image" => json!({
            "imageUrl": b["media"][0]["mediaUrl"],
            "caption": b["caption"],
        }),
        "Album" | "Audio" | "Document" | "Video" => json!({
            "media": b["media"],
            "caption": b["caption"],
        }),
        "Job" => {
            let assignees = b["assignedTo"].as_array().map_or(0, Vec::len);
            let done = completed_count(a);
            json!({
                "actionId": a.id,
                "title": b["title"],
                "assigneeCount": assignees,
                "responseCount": done,
                "isCompleted": assignees > 0 && done >= assignees,
            })
        }
        "Survey" => json!({
            "actionId": a.id,
            "title": b["title"],
            "responseCount": a.responses.len(),
            "expiryDate": iso_from_ms(due_ms(a)),
        }),
        "Poll" => json!({
            "actionId": a.id,
            "question": b["question"],
            "isSenderOnly": b["isSenderOnly"],
            "expiryDate": iso_from_ms(due_ms(a)),
            "choices": b["choices"],
        }),
        "LetsMeet" => {
            let mut v = json!({
                "actionId": a.id,
                "title": b["title"],
                "startingTime": b["startingTime"],
                "agenda": b["agenda"],
                "duration": b["duration"],
                "isSenderOnly": b["isSenderOnly"],
            });
            if let Some(p) = b.get("place") {
                v["place"] = p.clone();
            }
            v
        }
        "Announcement" => json!({
            "actionId": a.id,
            "title": b["title"],
            "message": b["message"],
            "media": b["media"],
        }),
        _ => json!({
            "actionId": a.id,
            "packageId": a.package_id,
            "title": b["title"],
            "responseCount": a.responses.len(),
            "properties": b["properties"],
        }),
    }
}

fn summary_json(a: &Action) -> Value {
    json!({
        "referenceId": a.reference_id,
        "actionType": listed_type(a),
        "sender": a.sender,
        "creationTime": a.created_ms / 1000,
        "sentAt": iso_ms(a.created_ms),
        "actionBody": summary_body(a),
    })
}

/// ISO-8601 with milliseconds, so that clients can page precisely.
fn iso_ms(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// `GET /groups/{groupId}/actions?actionType=&fromDate=&count=`: newest first, created
/// strictly before `fromDate` (epoch ms) when given.
pub(crate) async fn list(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let Some(action_type) = q
        .get("actionType")
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
    else {
        return Err(ApiError::bad_request(
            "The 'actionType' query parameter is required.",
        ));
    };
    let from = q.i64("fromDate")?;
    if from.is_some_and(|f| f < 0) {
        return Err(ApiError::bad_request("'fromDate' must not be negative."));
    }
    let count = q.i64("count")?.unwrap_or(30);
    if !(1..=i64::from(i32::MAX)).contains(&count) {
        return Err(ApiError::bad_request(
            "'count' must be a positive 32-bit integer.",
        ));
    }
    let st = app.st();
    let idx = st.readable_group(&caller, &group_id)?;
    let gid = &st.groups[idx].id;
    let mut matching: Vec<&Action> = st
        .actions
        .iter()
        .filter(|a| &a.group_id == gid)
        .filter(|a| listed_type(a).eq_ignore_ascii_case(&action_type))
        .filter(|a| from.is_none_or(|f| a.created_ms < f))
        .collect();
    matching.sort_by_key(|a| std::cmp::Reverse(a.created_ms));
    let has_more = matching.len() > count as usize;
    let actions: Vec<Value> = matching
        .into_iter()
        .take(count as usize)
        .map(summary_json)
        .collect();
    Ok(Json(json!({ "actions": actions, "hasMore": has_more })))
}

fn find_action(
    st: &EmuState,
    caller: &Caller,
    group_id: &str,
    action_id: &str,
) -> Result<usize, ApiError> {
    let idx = st.readable_group(caller, group_id)?;
    let gid = &st.groups[idx].id;
    st.actions
        .iter()
        .position(|a| a.id.eq_ignore_ascii_case(action_id) && &a.group_id == gid)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "Action '{action_id}' was not found in group '{group_id}'."
            ))
        })
}

fn response_json(st: &EmuState, a: &Action, r: &ActionResponse) -> Value {
    let user = st.user_by_mobile(&r.responder);
    let anonymous = a.body["isAnonymous"].as_bool().unwrap_or(false);
    let mut v = json!({
        "responseId": r.id,
        "responseTime": r.updated_ms,
        "isUpdateResponse": r.updates > 0,
        "actionBody": r.body,
    });
    if !anonymous {
        v["responder"] = json!(r.responder);
        v["responderName"] = json!(user.map(|u| u.name.clone()).unwrap_or_default());
        v["responderId"] = json!(user.map(|u| u.id.clone()).unwrap_or_default());
    }
    v
}

/// `GET /groups/{groupId}/actions/{actionId}?getDetails=`
pub(crate) async fn get_one(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path((group_id, action_id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let details = q.bool("getDetails")?.unwrap_or(false);
    let st = app.st();
    let a = &st.actions[find_action(&st, &caller, &group_id, &action_id)?];
    let responses: Vec<Value> = a
        .responses
        .iter()
        .map(|r| response_json(&st, a, r))
        .collect();
    let mut body = summary_body(a);
    match a.action_type.as_str() {
        "Job" => {
            let assignees = body["assigneeCount"].clone();
            let done = body["responseCount"].clone();
            body = json!({
                "actionId": a.id,
                "title": a.body["title"],
                "dueDate": iso_from_ms(due_ms(a)),
                "status": body["isCompleted"],
                "responseCount": done,
                "assigneeCount": assignees,
                "assignedTo": a.body["assignedTo"],
                "responses": responses,
            });
        }
        "Survey" | "Custom" => {
            body["questions"] = a.body["questions"].clone();
            if a.action_type == "Survey" {
                body["isAnonymous"] = a.body["isAnonymous"].clone();
            }
            if details {
                body["responses"] = json!(responses);
            }
        }
        _ => {
            if details {
                body["responses"] = json!(responses);
            }
        }
    }
    Ok(Json(json!({
        "actionType": listed_type(a),
        "actionDetails": body,
        "sender": a.sender,
        "sentAt": iso_ms(a.created_ms),
    })))
}

/// Checks answers against the survey's questions; returns the `responseWithQuestions` list.
fn check_answers(questions: &[Value], answers: &[Value]) -> Result<Vec<Value>, ApiError> {
    if !questions.is_empty() && answers.len() != questions.len() {
        return Err(ApiError::bad_request(format!(
            "'answers' has {} entries; the action has {} questions (one answer per question, in order).",
            answers.len(),
            questions.len()
        )));
    }
    let mut out = Vec::new();
    for (i, ans) in answers.iter().enumerate() {
        let Some(q) = questions.get(i) else {
            out.push(json!({ "title": "", "type": "Text", "options": [], "answer": ans }));
            continue;
        };
        let title = q["title"].as_str().unwrap_or_default();
        let qtype = q["type"].as_str().unwrap_or("Text");
        let options: Vec<&str> = q["options"]
            .as_array()
            .map(|o| o.iter().filter_map(|x| x["title"].as_str()).collect())
            .unwrap_or_default();
        let bad = |what: &str| {
            ApiError::bad_request(format!(
                "Answer {} (question '{title}', {qtype}) must be {what}.",
                i + 1
            ))
        };
        let is_option = |s: &str| options.iter().any(|o| o == &s);
        match qtype {
            "Text" | "Image" => {
                ans.as_str().ok_or_else(|| bad("a string"))?;
            }
            "SingleOption" => {
                let s = ans
                    .as_str()
                    .or_else(|| {
                        ans.as_array()
                            .filter(|a| a.len() == 1)
                            .and_then(|a| a[0].as_str())
                    })
                    .ok_or_else(|| bad("one of the options"))?;
                if !is_option(s) {
                    return Err(bad(&format!("one of the options ({})", options.join(", "))));
                }
            }
            "MultiOption" | "AttachmentList" => {
                let list = ans.as_array().ok_or_else(|| bad("an array of strings"))?;
                for x in list {
                    let s = x.as_str().ok_or_else(|| bad("an array of strings"))?;
                    if qtype == "MultiOption" && !is_option(s) {
                        return Err(bad(&format!(
                            "a subset of the options ({})",
                            options.join(", ")
                        )));
                    }
                }
            }
            "Numeric" | "Date" | "DateTime" => {
                ans.as_f64().ok_or_else(|| bad("a number"))?;
            }
            "Location"
                if !(ans.get("lt").is_some_and(Value::is_number)
                    && ans.get("lg").is_some_and(Value::is_number)) =>
            {
                return Err(bad("a location object ({\"lt\", \"lg\", \"n\"})"));
            }
            _ => {}
        }
        out.push(json!({
            "title": title,
            "type": qtype,
            "options": q["options"],
            "isInvisible": q["isInvisible"],
            "answer": ans,
        }));
    }
    Ok(out)
}

fn responder_fields(user: &User) -> Value {
    json!({
        "responder": user.mobile_number,
        "responderId": user.id,
        "responderName": user.name,
        "responderProfilePic": user.profile_pic,
    })
}

/// `POST /groups/{groupId}/actions/{actionId}/responses`
pub(crate) async fn respond(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path((group_id, action_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    find_action(&app.st(), &caller, &group_id, &action_id)?;
    let given_type = body.str("actionType")?;
    let given_package = body.str("id")?;
    if given_type.is_none() && given_package.is_none() {
        return Err(ApiError::bad_request(
            "Either 'actionType' or 'id' (an action package id) is required.",
        ));
    }
    let action_body = body
        .obj("actionBody")?
        .ok_or_else(|| ApiError::bad_request("'actionBody' is required."))?;
    let response_id = body.str("responseId")?.filter(|s| !s.is_empty());
    let mut st = app.st();
    let ai = find_action(&st, &caller, &group_id, &action_id)?;
    let a = st.actions[ai].clone();
    let type_matches = match (&given_type, &given_package, &a.package_id) {
        (_, Some(p), Some(ap)) => p.eq_ignore_ascii_case(ap),
        (Some(t), None, None) => t.eq_ignore_ascii_case(&a.action_type),
        (Some(t), None, Some(ap)) => t.eq_ignore_ascii_case(ap),
        _ => false,
    };
    if !type_matches {
        return Err(ApiError::bad_request(format!(
            "The response's actionType/id does not match the action, which is a {}.",
            listed_type(&a)
        )));
    }
    let (norm, event_type, mut data) = match a.action_type.as_str() {
        "Job" => {
            let done = action_body
                .bool("isCompleted")?
                .ok_or_else(|| ApiError::bad_request("'isCompleted' is required."))?;
            let data = json!({
                "responseDetails": { "response": {
                    "assignee": caller.user.mobile_number,
                    "assigneeName": caller.user.name,
                    "assigneeProfilePic": caller.user.profile_pic,
                    "isCompleted": done,
                }},
            });
            (json!({ "isCompleted": done }), "JobResponse", data)
        }
        "Survey" | "Custom" => {
            let answers = action_body
                .array("answers")?
                .ok_or_else(|| ApiError::bad_request("'answers' is required."))?;
            let qs = a.body["questions"].as_array().cloned().unwrap_or_default();
            let with_questions = check_answers(&qs, &answers)?;
            let mut norm = json!({ "answers": answers });
            if let Some(n) = action_body.str("responseName")? {
                norm["responseName"] = json!(n);
            }
            if let Some(l) = action_body.obj("responseLocation")? {
                norm["responseLocation"] = location(&l)?;
            }
            let mut data = responder_fields(&caller.user);
            data["isAnonymous"] = a.body["isAnonymous"].clone();
            data["responseDetails"] = json!({ "responseWithQuestions": with_questions });
            let ev = if a.action_type == "Custom" {
                "ActionResponse"
            } else {
                "SurveyResponse"
            };
            (norm, ev, data)
        }
        "Poll" => {
            let choices: Vec<String> = a.body["choices"]
                .as_array()
                .map(|c| {
                    c.iter()
                        .filter_map(|x| x["title"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            let picked = match action_body.array("answers")? {
                Some(list) => list.first().and_then(Value::as_str).map(str::to_owned),
                None => action_body.str("choice")?,
            }
            .ok_or_else(|| {
                ApiError::bad_request("A poll response needs 'answers': [\"<choice title>\"].")
            })?;
            if !choices.contains(&picked) {
                return Err(ApiError::bad_request(format!(
                    "'{picked}' is not one of the poll's choices ({}).",
                    choices.join(", ")
                )));
            }
            let mut data = responder_fields(&caller.user);
            data["question"] = a.body["question"].clone();
            data["responseDetails"] = json!({ "responseWithQuestions": [{
                "title": a.body["question"], "type": "SingleOption",
                "options": a.body["choices"], "answer": picked,
            }]});
            (json!({ "answers": [picked] }), "PollResponse", data)
        }
        "LetsMeet" => {
            let mut data = responder_fields(&caller.user);
            data["title"] = a.body["title"].clone();
            let norm = Value::Object(action_body.0.clone());
            data["responseDetails"] = json!({ "response": norm });
            (norm, "LetsMeetResponse", data)
        }
        other => {
            return Err(ApiError::bad_request(format!(
                "{other} actions do not take responses."
            )));
        }
    };
    let now = now_ms();
    let multiple = a.body["acceptMultipleResponses"].as_bool().unwrap_or(false);
    let existing = match &response_id {
        Some(rid) => Some(
            a.responses
                .iter()
                .position(|r| r.id.eq_ignore_ascii_case(rid))
                .ok_or_else(|| ApiError::not_found(format!("Response '{rid}' was not found.")))?,
        ),
        None if !multiple => a
            .responses
            .iter()
            .position(|r| r.responder == caller.user.mobile_number),
        None => None,
    };
    let (rid, is_update) = {
        let action = &mut st.actions[ai];
        match existing {
            Some(i) => {
                let r = &mut action.responses[i];
                r.body = norm;
                r.updated_ms = now;
                r.updates += 1;
                (r.id.clone(), true)
            }
            None => {
                let id = guid();
                action.responses.push(ActionResponse {
                    id: id.clone(),
                    responder: caller.user.mobile_number.clone(),
                    body: norm,
                    created_ms: now,
                    updated_ms: now,
                    updates: 0,
                });
                (id, false)
            }
        }
    };
    if let Some(o) = data.as_object_mut() {
        o.insert("actionId".into(), json!(a.id));
        o.insert("groupId".into(), json!(a.group_id));
        o.insert("responseId".into(), json!(rid));
        o.insert("isUpdateResponse".into(), json!(is_update));
        if let Some(p) = &a.package_id {
            o.insert("packageId".into(), json!(p));
        }
    }
    emit(
        &mut st,
        &caller.user,
        Event::action(
            &a.group_id,
            &a.id,
            a.package_id.as_deref(),
            event_type,
            data,
        ),
    );
    Ok(Json(json!({ "responseId": rid })))
}
