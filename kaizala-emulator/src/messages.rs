//! Text messages, to a group or to (selected) subscribers of a public group.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Value, json};

use crate::body::Obj;
use crate::error::ApiError;
use crate::ids::{guid, is_mobile_number};
use crate::model::{Audience, GroupType, Message};
use crate::state::{App, Caller, State as EmuState};
use crate::time::now_ms;
use crate::webhooks::{Event, emit};

/// Largest message, in characters.
pub(crate) const MAX_MESSAGE_CHARS: usize = 4000;

/// Reads `subscribers` / `sendToAllSubscribers` for the group at `idx`.
pub(crate) fn audience(
    st: &EmuState,
    caller: &Caller,
    idx: usize,
    body: &Obj,
) -> Result<Audience, ApiError> {
    let selected = body.str_list("subscribers")?;
    let all = body.bool("sendToAllSubscribers")?.unwrap_or(false);
    let g = &st.groups[idx];
    if selected.is_none() && !all {
        return Ok(Audience::Group);
    }
    if g.group_type != GroupType::ConnectGroup {
        return Err(ApiError::bad_request(
            "'subscribers' and 'sendToAllSubscribers' are valid only for a managed public group (ConnectGroup).",
        ));
    }
    if all {
        // `subscribers` beside `sendToAllSubscribers: true` is not refused: no source shows
        // the service refusing it and a real client sent both (THIRD-PARTY.md, the Action
        // property update); the page says `true` sends "to all subscribers", so it does.
        st.admin_group(caller, &g.id)?;
        return Ok(Audience::AllSubscribers);
    }
    let selected = selected.unwrap_or_default();
    if selected.is_empty() {
        return Err(ApiError::bad_request("'subscribers' must not be empty."));
    }
    for m in &selected {
        if !is_mobile_number(m) {
            return Err(ApiError::bad_request(format!(
                "'{m}' is not a mobile number with country code (e.g. +911099999999)."
            )));
        }
        if !g.subscribers.iter().any(|s| &s.mobile_number == m) {
            return Err(ApiError::bad_request(format!(
                "'{m}' is not a subscriber of group '{}'.",
                g.id
            )));
        }
    }
    Ok(Audience::Subscribers(selected))
}

/// `POST /groups/{groupId}/messages`
pub(crate) async fn send_message(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    app.st().readable_group(&caller, &group_id)?;
    let text = body.req_str("message")?;
    let chars = text.chars().count();
    if chars > MAX_MESSAGE_CHARS {
        return Err(ApiError::bad_request(format!(
            "'message' is {chars} characters long; the limit is {MAX_MESSAGE_CHARS}."
        )));
    }
    let mut st = app.st();
    let idx = st.readable_group(&caller, &group_id)?;
    let audience = audience(&st, &caller, idx, &body)?;
    let gid = st.groups[idx].id.clone();
    let reference_id = guid();
    st.messages.push(Message {
        reference_id: reference_id.clone(),
        group_id: gid.clone(),
        text: text.clone(),
        sender: caller.user.mobile_number.clone(),
        sent_ms: now_ms(),
        audience,
    });
    emit(
        &mut st,
        &caller.user,
        Event::group(&gid, "TextMessageCreated", json!({ "text": text })),
    );
    Ok(Json(json!({ "referenceId": reference_id })))
}
