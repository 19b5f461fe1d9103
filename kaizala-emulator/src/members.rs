//! Members of a group.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, State};
use serde_json::{Value, json};

use crate::body::Obj;
use crate::error::ApiError;
use crate::groups::{add_member, member_numbers};
use crate::model::Role;
use crate::state::{App, Caller, State as EmuState};
use crate::webhooks::{Event, emit};

fn member_event(
    st: &mut EmuState,
    caller: &Caller,
    group_id: &str,
    event: &'static str,
    mobile: &str,
    role: Role,
) {
    let user = st.user_or_create(mobile);
    let data = json!({
        "member": user.mobile_number,
        "memberId": user.id,
        "memberName": user.name,
        "memberProfilePic": user.profile_pic,
        "type": role.as_str(),
    });
    emit(st, &caller.user, Event::group(group_id, event, data));
}

/// `PUT /groups/{groupId}/members`
pub(crate) async fn add_members(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    app.st().admin_group(&caller, &group_id)?;
    let members = member_numbers(&body, "members", true)?;
    let mut st = app.st();
    let idx = st.admin_group(&caller, &group_id)?;
    let gid = st.groups[idx].id.clone();
    for m in &members {
        if add_member(&mut st, idx, m, Role::Member) {
            member_event(&mut st, &caller, &gid, "MemberAdded", m, Role::Member);
        }
    }
    Ok(Json(json!({ "result": "true" })))
}

/// `GET /groups/{groupId}/members`
pub(crate) async fn list_members(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let st = app.st();
    let idx = st.readable_group(&caller, &group_id)?;
    let members: Vec<Value> = st.groups[idx]
        .members
        .iter()
        .map(|m| {
            let user = st.user_by_id(&m.user_id);
            json!({
                "id": m.user_id,
                "role": m.role.as_str(),
                "mobileNumber": m.mobile_number,
                "name": user.map(|u| u.name.clone()).unwrap_or_default(),
                "isProvisioned": user.is_some_and(|u| u.is_provisioned),
            })
        })
        .collect();
    Ok(Json(json!({ "members": members })))
}

/// `DELETE /groups/{groupId}/members/{memberId}` (the id, or leniently the mobile number).
pub(crate) async fn remove_member(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path((group_id, member_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let mut st = app.st();
    let idx = st.readable_group(&caller, &group_id)?;
    let Some(pos) = st.groups[idx]
        .members
        .iter()
        .position(|m| m.user_id.eq_ignore_ascii_case(&member_id) || m.mobile_number == member_id)
    else {
        return Err(ApiError::not_found(format!(
            "'{member_id}' is not a member of group '{group_id}'."
        )));
    };
    let target = st.groups[idx].members[pos].clone();
    if target.user_id != caller.user.id {
        st.admin_group(&caller, &group_id)?;
    }
    let g = &st.groups[idx];
    let admins = g.members.iter().filter(|m| m.role == Role::Admin).count();
    if target.role == Role::Admin && admins == 1 && g.members.len() > 1 {
        return Err(ApiError::bad_request(
            "The last admin of a group cannot be removed while it has other members.",
        ));
    }
    st.groups[idx].members.remove(pos);
    let gid = st.groups[idx].id.clone();
    member_event(
        &mut st,
        &caller,
        &gid,
        "MemberRemoved",
        &target.mobile_number,
        target.role,
    );
    Ok(Json(json!({ "result": "true" })))
}
