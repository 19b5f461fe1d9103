//! Actions: send (built-in types and custom action packages), list, details, responses.
//! One module a concern; what more than one of them needs (an action's due time, the type
//! it is listed under, finding it in a group, the location check) stays here.

mod read;
mod respond;
mod send;
mod update;

// The handlers (and helpers other modules use) of each concern; a new handler in one of
// these files is reachable as `crate::handlers::<name>` with no edit here.
pub(crate) use read::*;
pub(crate) use respond::*;
pub(crate) use send::*;
pub(crate) use update::*;

use serde_json::{Value, json};

use crate::body::Obj;
use crate::error::ApiError;
use crate::model::Action;
use crate::state::{Caller, State as EmuState};

const HOUR_MS: i64 = 3600 * 1000;

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
