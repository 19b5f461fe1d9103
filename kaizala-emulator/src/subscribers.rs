//! Subscribers of managed public groups (ConnectGroup), with cursor paging.
//!
//! The service documents its cursor only as an opaque "start of resultset";
//! ours names the last subscriber served (by subscription sequence), so a
//! walk neither skips nor repeats subscribers that stay while others are
//! removed or added.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Map, Value, json};

use crate::base64::{base64_decode, base64_encode};
use crate::body::Obj;
use crate::error::ApiError;
use crate::ids::is_mobile_number;
use crate::model::{GroupType, Subscriber};
use crate::state::{App, Caller, State as EmuState};

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

/// The next subscription sequence number (see [`Subscriber::seq`]): one
/// counter for the process, so numbers are unique and only grow.
pub(crate) fn next_seq() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// An opaque cursor: "after the subscriber with this sequence number".
/// Not an offset, so removing subscribers already listed does not make the
/// next page skip any, and subscribers added during a walk come at its end.
fn encode_cursor(after_seq: u64) -> String {
    base64_encode(format!("subscribers:after:{after_seq}").as_bytes())
}

fn decode_cursor(cursor: &str) -> Option<u64> {
    let raw = String::from_utf8(base64_decode(cursor)?).ok()?;
    raw.strip_prefix("subscribers:after:")?.parse().ok()
}

/// `POST /groups/{groupId}/subscribers`: one page (`count` ≤ 50) from `cursor`.
pub(crate) async fn list_subscribers(
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
    let after = match body.str("cursor")? {
        None => 0,
        Some(c) if c.is_empty() => 0,
        Some(c) => decode_cursor(&c).ok_or_else(|| {
            ApiError::bad_request("'cursor' is not a cursor this service returned.")
        })?,
    };
    let st = app.st();
    let idx = public_group(&st, &caller, &group_id)?;
    let subs = &st.groups[idx].subscribers;
    // Subscribers are kept in subscription order, so `seq` only grows along the list.
    let start = subs.partition_point(|s| s.seq <= after);
    let rest = subs.get(start..).unwrap_or_default();
    let taken = rest.len().min(count as usize);
    let page: Vec<Value> = rest
        .iter()
        .take(taken)
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
    let last_served = rest.get(..taken).and_then(<[_]>::last);
    if let Some(last) = last_served.filter(|_| rest.len() > taken) {
        out["cursor"] = Value::String(encode_cursor(last.seq));
    }
    Ok(Json(out))
}

/// `PUT /groups/{groupId}/subscribers/add`
pub(crate) async fn add_subscribers(
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
    // A number repeated within the call is added once and reported added: what it was
    // before the call decides (the service bound the list to a set of numbers).
    let mut added_now: Vec<String> = Vec::new();
    for m in list {
        let user = st.user_or_create(&m);
        let subs = &mut st.groups[idx].subscribers;
        let outcome = if added_now.contains(&user.id) {
            json!({ "isAdded": true })
        } else if subs.iter().any(|s| s.user_id == user.id) {
            json!({ "isAdded": false, "reason": "AlreadySubscribed" })
        } else {
            added_now.push(user.id.clone());
            subs.push(Subscriber {
                user_id: user.id,
                mobile_number: m.clone(),
                seq: next_seq(),
            });
            json!({ "isAdded": true })
        };
        result.insert(m, outcome);
    }
    Ok(Json(json!({ "result": result })))
}

/// `PUT /groups/{groupId}/subscribers/remove`
pub(crate) async fn remove_subscribers(
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
    // As in `add`: a number repeated within the call is removed once and reported removed.
    let mut removed_now: Vec<String> = Vec::new();
    for m in list {
        let subs = &mut st.groups[idx].subscribers;
        let before = subs.len();
        subs.retain(|s| s.mobile_number != m);
        let outcome = if subs.len() < before || removed_now.contains(&m) {
            removed_now.push(m.clone());
            json!({ "isRemoved": true })
        } else {
            json!({ "isRemoved": false, "reason": "NotSubscribed" })
        };
        result.insert(m, outcome);
    }
    Ok(Json(json!({ "result": result })))
}
