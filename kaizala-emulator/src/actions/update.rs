//! Updating a posted Action's properties: undocumented, used by two third-party clients
//! with two shapes (THIRD-PARTY.md; spec: updateAction, updateActionProperties). Both
//! paths take both shapes.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Value, json};

use super::find_action;
use super::send::property_items;
use crate::body::Obj;
use crate::error::ApiError;
use crate::state::{App, Caller};

/// `updateActionProperties` (`PUT /groups/{groupId}/actions/{actionId}/properties`): the
/// same as [`update_action`].
pub(crate) use update_action as update_action_properties;

/// `PUT /groups/{groupId}/actions/{actionId}` and `…/{actionId}/properties`: sets each
/// property given in `updateProperties` (kpaFunctions' form) or `actionProperties`
/// (DigitalCFO's form) by name, adding the ones the Action does not have. `version` and the
/// notification keys are read but change nothing here (the emulator keeps no versions and
/// sends no notifications).
pub(crate) async fn update_action(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path((group_id, action_id)): Path<(String, String)>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let mut items = Vec::new();
    let mut given = false;
    for key in ["updateProperties", "actionProperties"] {
        if let Some(list) = body.array(key)? {
            given = true;
            items.extend(list);
        }
    }
    if !given {
        return Err(ApiError::bad_request(
            "Give the properties to set in 'updateProperties' (or 'actionProperties').",
        ));
    }
    let updates = property_items(&items)?;
    body.i64("version")?;
    body.bool("sendNotificationToSubscribers")?;
    body.bool("sendToAllSubscribers")?;
    body.str("notificationTargetGroup")?;
    let mut st = app.st();
    let idx = find_action(&st, &caller, &group_id, &action_id)?;
    let action = &mut st.actions[idx];
    if !action.body["properties"].is_array() {
        action.body["properties"] = json!([]);
    }
    if let Some(list) = action.body["properties"].as_array_mut() {
        for update in updates {
            match list.iter_mut().find(|p| p["name"] == update["name"]) {
                Some(existing) => *existing = update,
                None => list.push(update),
            }
        }
    }
    Ok(Json(json!({})))
}
