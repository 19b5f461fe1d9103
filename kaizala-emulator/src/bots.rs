//! Bots: undocumented, but real clients created them, renamed them, added them to groups
//! and fetched their access tokens, with live 200s captured (THIRD-PARTY.md; spec:
//! createBot, updateBot, addBotToGroup, getBotAccessToken).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Value, json};

use crate::body::Obj;
use crate::error::ApiError;
use crate::ids::{guid, token};
use crate::model::Bot;
use crate::state::{App, Caller, State as EmuState};
use crate::time::now_ms;

fn bot_index(st: &EmuState, bot_user_id: &str) -> Result<usize, ApiError> {
    st.bots
        .iter()
        .position(|b| b.id.eq_ignore_ascii_case(bot_user_id))
        .ok_or_else(|| ApiError::not_found(format!("Bot '{bot_user_id}' was not found.")))
}

/// `POST /bot`: `{name, profilePic}` → `{botUserId}`.
pub(crate) async fn create_bot(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let name = body.req_str("name")?;
    let profile_pic = body.str("profilePic")?.unwrap_or_default();
    let id = guid();
    app.st().bots.push(Bot {
        id: id.clone(),
        name,
        profile_pic,
        creator: caller.user.mobile_number.clone(),
        groups: Vec::new(),
    });
    Ok(Json(json!({ "botUserId": id })))
}

/// `PUT /bot/{botUserId}`: `{name}` → `{}`.
pub(crate) async fn update_bot(
    State(app): State<App>,
    Extension(_caller): Extension<Caller>,
    Path(bot_user_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let name = body.req_str("name")?;
    let mut st = app.st();
    let idx = bot_index(&st, &bot_user_id)?;
    st.bots[idx].name = name;
    Ok(Json(json!({})))
}

/// `POST /groups/{groupId}/bot`: `{botUserId}` → `{}` (the caller must be a group admin).
pub(crate) async fn add_bot_to_group(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let bot_user_id = body.req_str("botUserId")?;
    let mut st = app.st();
    let group = st.admin_group(&caller, &group_id)?;
    let gid = st.groups[group].id.clone();
    let idx = bot_index(&st, &bot_user_id)?;
    if !st.bots[idx].groups.contains(&gid) {
        st.bots[idx].groups.push(gid);
    }
    Ok(Json(json!({})))
}

/// `GET /bot/accessToken/{botUserId}`: a token, its expiry, scope and endpoint. The emulator
/// models no bot sessions: the token is not accepted for later calls.
pub(crate) async fn get_bot_access_token(
    State(app): State<App>,
    Extension(_caller): Extension<Caller>,
    Path(bot_user_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let st = app.st();
    bot_index(&st, &bot_user_id)?;
    let lifetime = i64::try_from(st.access_token_lifetime.as_millis()).unwrap_or(i64::MAX);
    let endpoint = app.endpoint_url_for(st.endpoint_generation);
    Ok(Json(json!({
        "accessToken": token("bot-"),
        "accessTokenExpiry": now_ms().saturating_add(lifetime),
        "scope": "MessageRead,MessageWrite",
        "endpointUrl": endpoint,
    })))
}
