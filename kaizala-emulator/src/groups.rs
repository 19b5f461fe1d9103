//! Groups and sub-groups.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use serde_json::{Value, json};

use crate::body::{Obj, Params};
use crate::error::ApiError;
use crate::ids::{guid, is_mobile_number};
use crate::model::{Group, GroupType, Member, Role};
use crate::state::{App, Caller, State as EmuState};
use crate::time::now_ms;
use crate::webhooks::{Event, emit};

/// Validates an optional list of member numbers (at most 100, E.164).
pub(crate) fn member_numbers(
    body: &Obj,
    key: &str,
    required: bool,
) -> Result<Vec<String>, ApiError> {
    let list = body.str_list(key)?;
    let list = match list {
        Some(l) => l,
        None if required => {
            return Err(ApiError::bad_request(format!("'{key}' is required.")));
        }
        None => Vec::new(),
    };
    if required && list.is_empty() {
        return Err(ApiError::bad_request(format!("'{key}' must not be empty.")));
    }
    if list.len() > 100 {
        return Err(ApiError::bad_request(format!(
            "'{key}' takes at most 100 mobile numbers ({} given).",
            list.len()
        )));
    }
    if let Some(bad) = list.iter().find(|m| !is_mobile_number(m)) {
        return Err(ApiError::bad_request(format!(
            "'{bad}' is not a mobile number with country code (e.g. +911099999999)."
        )));
    }
    Ok(list)
}

/// Adds `mobile` to a group with `role` unless already a member; returns whether added.
pub(crate) fn add_member(st: &mut EmuState, idx: usize, mobile: &str, role: Role) -> bool {
    let user = st.user_or_create(mobile);
    let g = &mut st.groups[idx];
    if g.members.iter().any(|m| m.user_id == user.id) {
        return false;
    }
    g.members.push(Member {
        user_id: user.id,
        mobile_number: user.mobile_number,
        role,
    });
    true
}

fn parse_group_type(body: &Obj) -> Result<GroupType, ApiError> {
    match body.str("groupType")? {
        None => Ok(GroupType::Group),
        Some(t) if t.eq_ignore_ascii_case("Group") => Ok(GroupType::Group),
        Some(t) if t.eq_ignore_ascii_case("ConnectGroup") => Ok(GroupType::ConnectGroup),
        Some(t) => Err(ApiError::bad_request(format!(
            "'groupType' must be Group or ConnectGroup, not '{t}'."
        ))),
    }
}

fn new_group(name: String, welcome: String, group_type: GroupType, image: String) -> Group {
    Group {
        id: guid(),
        name,
        welcome_message: welcome,
        group_type,
        image_url: image,
        members: Vec::new(),
        sub_groups: Vec::new(),
        parent_groups: Vec::new(),
        subscribers: Vec::new(),
        created_ms: now_ms(),
    }
}

/// `POST /groups`
pub(crate) async fn create_group(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let name = body.req_str("name")?;
    let Some(welcome) = body.str("welcomeMessage")? else {
        return Err(ApiError::bad_request("'welcomeMessage' is required."));
    };
    let members = member_numbers(&body, "members", false)?;
    let group_type = parse_group_type(&body)?;
    let mut st = app.st();
    st.groups
        .push(new_group(name.clone(), welcome, group_type, String::new()));
    let idx = st.groups.len() - 1;
    add_member(&mut st, idx, &caller.user.mobile_number, Role::Admin);
    for m in &members {
        add_member(&mut st, idx, m, Role::Member);
    }
    let id = st.groups[idx].id.clone();
    Ok(Json(json!({
        "groupName": name,
        "groupId": id,
        "membersAdded": true,
    })))
}

/// The group as the service reports it.
pub(crate) fn group_json(st: &EmuState, g: &Group, caller: &Caller, detail: bool) -> Value {
    let mut v = json!({
        "groupId": g.id,
        "groupName": g.name,
        "groupImageUrl": g.image_url,
        "groupType": g.group_type.as_str(),
        "hasSubGroups": !g.sub_groups.is_empty(),
        "hasParentGroups": !g.parent_groups.is_empty(),
    });
    if detail {
        let role = st
            .role_in(&g.id, &caller.user.id)
            .or(caller.user.is_tenant_admin.then_some(Role::Admin))
            .map(Role::as_str)
            .unwrap_or("Member");
        let all = st.users_across(&g.id);
        let unprovisioned = |ids: &mut dyn Iterator<Item = &String>| {
            ids.filter(|id| st.user_by_id(id).is_some_and(|u| !u.is_provisioned))
                .count()
        };
        let level_ids: Vec<String> = g.members.iter().map(|m| m.user_id.clone()).collect();
        let extra = json!({
            "callerRole": role,
            "currentLevelSubGroupCount": g.sub_groups.len(),
            "currentLevelParentGroupCount": g.parent_groups.len(),
            "userCount": all.len(),
            "uniqueUserCount": all.len(),
            "currentLevelUserCount": g.members.len(),
            "currentLevelUnProvisionedUserCount": unprovisioned(&mut level_ids.iter()),
            "unProvisionedUserCount": unprovisioned(&mut all.iter()),
            "isMappedToTenant": false,
            "isDuplicate": false,
            "isEditable": role == "Admin",
            "isDetailsReadable": true,
        });
        if let (Some(o), Value::Object(e)) = (v.as_object_mut(), extra) {
            o.extend(e);
        }
    }
    v
}

/// `GET /groups`
pub(crate) async fn list_groups(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let detail = q.bool("showDetail")?.unwrap_or(false);
    let all = q.bool("fetchAllGroups")?.unwrap_or(false);
    let st = app.st();
    let accessible =
        |g: &Group| caller.user.is_tenant_admin || st.role_in(&g.id, &caller.user.id).is_some();
    let groups: Vec<Value> = st
        .groups
        .iter()
        .filter(|g| accessible(g))
        .filter(|g| {
            all || !g
                .parent_groups
                .iter()
                .any(|p| st.groups.iter().any(|pg| &pg.id == p && accessible(pg)))
        })
        .map(|g| group_json(&st, g, &caller, detail))
        .collect();
    Ok(Json(json!({ "groups": groups })))
}

/// `GET /groups/{groupId}`
pub(crate) async fn get_group(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let st = app.st();
    let idx = st.readable_group(&caller, &group_id)?;
    let g = group_json(&st, &st.groups[idx], &caller, true);
    Ok(Json(json!({ "groups": [g] })))
}

fn would_cycle(st: &EmuState, parent: &str, child: &str) -> bool {
    // Adding child under parent cycles if parent is child or a descendant of child.
    let mut stack = vec![child.to_string()];
    let mut seen: Vec<String> = Vec::new();
    while let Some(id) = stack.pop() {
        if id == parent {
            return true;
        }
        if seen.contains(&id) {
            continue;
        }
        seen.push(id.clone());
        if let Some(g) = st.groups.iter().find(|g| g.id == id) {
            stack.extend(g.sub_groups.iter().cloned());
        }
    }
    false
}

fn link(st: &mut EmuState, parent_idx: usize, child_idx: usize) {
    let (pid, cid) = (
        st.groups[parent_idx].id.clone(),
        st.groups[child_idx].id.clone(),
    );
    if !st.groups[parent_idx].sub_groups.contains(&cid) {
        st.groups[parent_idx].sub_groups.push(cid);
    }
    if !st.groups[child_idx].parent_groups.contains(&pid) {
        st.groups[child_idx].parent_groups.push(pid);
    }
}

fn emit_group_event(
    st: &mut EmuState,
    caller: &Caller,
    event: &'static str,
    parent: usize,
    child: usize,
) {
    let data = json!({
        "groupId": st.groups[child].id,
        "groupName": st.groups[child].name,
        "parentGroupId": st.groups[parent].id,
    });
    let gid = st.groups[parent].id.clone();
    emit(st, &caller.user, Event::group(&gid, event, data));
}

/// `POST /groups/{groupId}/subGroups`
pub(crate) async fn create_sub_group(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    app.st().admin_group(&caller, &group_id)?;
    // The pages send `groupName` (once `Name`); the Swagger file sends the createGroup body
    // (`name`, `groupType`). Keys match case-insensitively, so `Name` is `name`.
    let name = body.req_str_any(&["groupName", "name"])?;
    if let Some(other) = body.str_any(&["name"])?.filter(|n| !n.is_empty())
        && body.get("groupName").is_some()
        && other != name
    {
        return Err(ApiError::bad_request(
            "'name' and 'groupName' both name the sub-group and must be the same.",
        ));
    }
    let group_type = parse_group_type(&body)?;
    let image = body.str("groupImageUrl")?.unwrap_or_default();
    let members = member_numbers(&body, "members", false)?;
    let welcome = body.str("welcomeMessage")?.unwrap_or_default();
    let add_user = body.bool("addUserToGroup")?.unwrap_or(true);
    let mut st = app.st();
    let parent = st.admin_group(&caller, &group_id)?;
    st.groups
        .push(new_group(name.clone(), welcome, group_type, image));
    let idx = st.groups.len() - 1;
    if add_user {
        add_member(&mut st, idx, &caller.user.mobile_number, Role::Admin);
    }
    for m in &members {
        add_member(&mut st, idx, m, Role::Member);
    }
    link(&mut st, parent, idx);
    emit_group_event(&mut st, &caller, "GroupAdded", parent, idx);
    let id = st.groups[idx].id.clone();
    Ok(Json(json!({ "groupId": id, "groupName": name })))
}

/// `PUT /groups/{groupId}/subGroups`
pub(crate) async fn add_sub_group(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    // The Swagger file's body is `{"subGroups": [ids]}`; an earlier reading of this
    // emulator (and of the spec) sent `{"subGroupId": id}`. Both are accepted.
    let child_ids = match body.str_list("subGroups")? {
        Some(ids) if !ids.is_empty() => ids,
        Some(_) => {
            return Err(ApiError::bad_request(
                "'subGroups' must name at least one group.",
            ));
        }
        None => vec![body.req_id("subGroupId").map_err(|_| {
            ApiError::bad_request("'subGroups' (an array of group ids) is required.")
        })?],
    };
    let mut st = app.st();
    let parent = st.admin_group(&caller, &group_id)?;
    let mut children = Vec::with_capacity(child_ids.len());
    for child_id in &child_ids {
        let child = st.readable_group(&caller, child_id)?;
        if would_cycle(&st, &st.groups[parent].id, &st.groups[child].id) {
            return Err(ApiError::bad_request(
                "A group cannot become a sub-group of itself or of one of its sub-groups.",
            ));
        }
        children.push(child);
    }
    for child in children {
        let already = st.groups[parent].sub_groups.contains(&st.groups[child].id);
        if !already {
            link(&mut st, parent, child);
            emit_group_event(&mut st, &caller, "GroupAdded", parent, child);
        }
    }
    Ok(Json(json!({ "result": "true" })))
}

fn sub_group_tree(st: &EmuState, g: &Group, recurse: bool, depth: usize) -> Value {
    let subs: Vec<Value> = g
        .sub_groups
        .iter()
        .filter_map(|id| st.groups.iter().find(|x| &x.id == id))
        .map(|sg| {
            let mut v = json!({
                "groupId": sg.id,
                "groupName": sg.name,
                "groupImageUrl": sg.image_url,
                "groupType": sg.group_type.as_str(),
                "hasSubGroups": !sg.sub_groups.is_empty(),
                "hasParentGroups": true,
            });
            if recurse && depth < 32 && !sg.sub_groups.is_empty() {
                v["subGroups"] = sub_group_tree(st, sg, true, depth + 1)["subGroups"].clone();
            }
            v
        })
        .collect();
    json!({
        "groupId": g.id,
        "groupName": g.name,
        "groupImageUrl": g.image_url,
        "groupType": g.group_type.as_str(),
        "hasSubGroups": !g.sub_groups.is_empty(),
        "hasParentGroups": !g.parent_groups.is_empty(),
        "subGroups": subs,
    })
}

/// `GET /groups/{groupId}/subGroups`
pub(crate) async fn list_sub_groups(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let all = q.bool("fetchAllGroups")?.unwrap_or(false);
    let st = app.st();
    let idx = st.readable_group(&caller, &group_id)?;
    let tree = sub_group_tree(&st, &st.groups[idx], all, 0);
    Ok(Json(json!({ "groups": [tree] })))
}

/// `DELETE /groups/{groupId}/subGroups/{subGroupId}`
pub(crate) async fn remove_sub_group(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path((group_id, sub_group_id)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    let mut st = app.st();
    let parent = st.admin_group(&caller, &group_id)?;
    let Some(pos) = st.groups[parent]
        .sub_groups
        .iter()
        .position(|s| s.eq_ignore_ascii_case(&sub_group_id))
    else {
        return Err(ApiError::not_found(format!(
            "'{sub_group_id}' is not a sub-group of '{group_id}'."
        )));
    };
    let child_id = st.groups[parent].sub_groups.remove(pos);
    let pid = st.groups[parent].id.clone();
    if let Ok(child) = st.group_index(&child_id) {
        st.groups[child].parent_groups.retain(|p| p != &pid);
        emit_group_event(&mut st, &caller, "GroupRemoved", parent, child);
    }
    Ok(Json(json!({ "result": "true" })))
}
