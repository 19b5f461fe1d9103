//! Responding to an action: checks the answers against its questions and records the
//! response.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Value, json};

use super::{find_action, listed_type, location};
use crate::body::Obj;
use crate::error::ApiError;
use crate::ids::guid;
use crate::model::{ActionResponse, User};
use crate::state::{App, Caller};
use crate::time::now_ms;
use crate::webhooks::{Event, emit};

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
pub(crate) async fn respond_to_action(
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
