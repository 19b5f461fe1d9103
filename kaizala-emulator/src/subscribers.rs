//! Subscribers of managed public groups (ConnectGroup), with cursor paging.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::model::{GroupType, Subscriber};
use crate::state::{App, Caller, State as EmuState};
use crate::util::{Obj, base64_decode, base64_encode, is_mobile_number};

fn public_group(st: &EmuState, caller: &Caller, group_id: &str) -> Result<usize, ApiError> {
    let idx = st.admin_group(caller, group_id)?;
    if st.groups[idx].group_type != GroupType::ConnectGroup {
        return Err(ApiError::bad_request(format!(
            "Group '{group_id}' is not a managed public group (ConnectGroup); it has no subscribers."
        )));
    }
    Ok(idx)
}

fn numbers(body: &Obj) -> Result<Vec<String>, ApiError> {
    let Some(list) = body.str_list("subscribers")? else {
        return Err(ApiError::bad_request("'subscribers' is required."));
    };
    if list.is_empty() {
        return Err(ApiError::bad_request("'subscribers' must not be empty."));
    }
    if let Some(bad) = list.iter().find(|m| !is_mobile_number(m)) {
        return Err(ApiError::bad_request(format!(
            "'{bad}' is not a mobile number with country code (e.g. +911099999999)."
        )));
    }
    Ok(list)
}

fn encode_cursor(offset: usize) -> String {
    base64_encode(format!("subscribers:{offset}").as_bytes())
}

fn decode_cursor(cursor: &str) -> Option<usize> {
    let raw = String::from_utf8(base64_decode(cursor)?).ok()?;
    raw.strip_prefix("subscribers:")?.parse().ok()
}

/// `POST /groups/{groupId}/subscribers`: one page (`count` ≤ 50) from `cursor`.
pub(crate) async fn list(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    public_group(&app.st(), &caller, &group_id)?;
    let count = body.i64("count")?.unwrap_or(50);
    if !(1..=50).contains(&count) {
        return Err(ApiError::bad_request("'count' must be between 1 and 50."));
    }
    let offset = match body.str("cursor")? {
        None => 0,
        Some(c) if c.is_empty() => 0,
        Some(c) => decode_cursor(&c).ok_or_else(|| {
            ApiError::bad_request("'cursor' is not a cursor this service returned.")
        })?,
    };
    let st = app.st();
    let idx = public_group(&st, &caller, &group_id)?;
    let subs = &st.groups[idx].subscribers;
    let end = offset.saturating_add(count as usize).min(subs.len());
    let page: Vec<Value> = subs
        .get(offset.min(subs.len())..end)
        .unwrap_or_default()
        .iter()
        .map(|s| {
            let user = st.user_by_id(&s.user_id);
            json!({
                "id": s.user_id,
                "mobileNumber": s.mobile_number,
                "name": user.map(|u| u.name.clone()).unwrap_or_default(),
                "profilePic": user.map(|u| u.profile_pic.clone()).unwrap_or_default(),
                "isProvisioned": user.is_some_and(|u| u.is_provisioned),
            })
        })
        .collect();
    let mut out = json!({ "subscribers": page });
    if end < subs.len() {
        out["cursor"] = Value::String(encode_cursor(end));
    }
    Ok(Json(out))
}

/// `PUT /groups/{groupId}/subscribers/add`
pub(crate) async fn add(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    public_group(&app.st(), &caller, &group_id)?;
    let list = numbers(&body)?;
    let mut st = app.st();
    let idx = public_group(&st, &caller, &group_id)?;
    let mut result = Map::new();
    for m in list {
        let user = st.user_or_create(&m);
        let subs = &mut st.groups[idx].subscribers;
        let outcome = if subs.iter().any(|s| s.user_id == user.id) {
            json!({ "isAdded": false, "reason": "AlreadySubscribed" })
        } else {
            subs.push(Subscriber {
                user_id: user.id,
                mobile_number: m.clone(),
            });
            json!({ "isAdded": true })
        };
        result.insert(m, outcome);
    }
    Ok(Json(json!({ "result": result })))
}

/// `PUT /groups/{groupId}/subscribers/remove`
pub(crate) async fn remove(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    public_group(&app.st(), &caller, &group_id)?;
    let list = numbers(&body)?;
    let mut st = app.st();
    let idx = public_group(&st, &caller, &group_id)?;
    let mut result = Map::new();
    for m in list {
        let subs = &mut st.groups[idx].subscribers;
        let before = subs.len();
        subs.retain(|s| s.mobile_number != m);
        let outcome = if subs.len() < before {
            json!({ "isRemoved": true })
        } else {
            json!({ "isRemoved": false, "reason": "NotSubscribed" })
        };
        result.insert(m, outcome);
    }
    Ok(Json(json!({ "result": result })))
}
