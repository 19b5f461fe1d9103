//! Reading actions: the list of a group's actions and one action's details, each in the
//! summary shape of its type.

use axum::Json;
use axum::extract::{Extension, Path, RawQuery, State};
use serde_json::{Value, json};

use super::{due_ms, find_action, listed_type};
use crate::body::Params;
use crate::error::ApiError;
use crate::model::{Action, ActionResponse};
use crate::state::{App, Caller, State as EmuState};
use crate::time::iso_from_ms;

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
pub(crate) async fn list_actions(
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
pub(crate) async fn get_action(
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
