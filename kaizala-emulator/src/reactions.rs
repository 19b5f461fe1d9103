//! Reactions (likes and comments) with .NET-ticks cursors.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, RawQuery, State};
use serde_json::{Value, json};

use crate::body::{Obj, Params};
use crate::error::ApiError;
use crate::ids::guid;
use crate::model::Reaction;
use crate::state::{App, Caller, State as EmuState};
use crate::time::{now_ms, ticks_from_ms};

fn reaction_type(raw: &str) -> Result<&'static str, ApiError> {
    if raw.eq_ignore_ascii_case("Like") {
        Ok("Like")
    } else if raw.eq_ignore_ascii_case("Comment") {
        Ok("Comment")
    } else {
        Err(ApiError::bad_request(format!(
            "'reactionType' must be Like or Comment, not '{raw}'."
        )))
    }
}

/// Whether `source` is `group` or below it in the hierarchy.
fn within(st: &EmuState, group: &str, source: &str) -> bool {
    let mut stack = vec![group.to_string()];
    let mut seen: Vec<String> = Vec::new();
    while let Some(id) = stack.pop() {
        if id.eq_ignore_ascii_case(source) {
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

/// Resolves the URL group and `sourceGroupId`; returns the canonical source group id.
fn source_group(
    st: &EmuState,
    caller: &Caller,
    group_id: &str,
    source: &str,
) -> Result<String, ApiError> {
    let idx = st.readable_group(caller, group_id)?;
    let src = st.group_index(source)?;
    let (gid, sid) = (st.groups[idx].id.clone(), st.groups[src].id.clone());
    if !within(st, &gid, &sid) {
        return Err(ApiError::bad_request(format!(
            "'sourceGroupId' {sid} is neither group {gid} nor one of its sub-groups."
        )));
    }
    Ok(sid)
}

fn reference_exists(st: &EmuState, source: &str, reference: &str) -> Option<String> {
    st.actions
        .iter()
        .filter(|a| a.group_id == source)
        .map(|a| &a.reference_id)
        .chain(
            st.messages
                .iter()
                .filter(|m| m.group_id == source)
                .map(|m| &m.reference_id),
        )
        .find(|r| r.eq_ignore_ascii_case(reference))
        .cloned()
}

fn next_ticks(st: &EmuState) -> i64 {
    let last = st
        .reactions
        .iter()
        .map(|r| r.modified_ticks)
        .max()
        .unwrap_or(0);
    ticks_from_ms(now_ms()).max(last + 1)
}

/// `POST /groups/{groupId}/reaction`
pub(crate) async fn add_reaction(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    app.st().readable_group(&caller, &group_id)?;
    let reference = body.req_id("referenceId")?;
    let source = body.req_id("sourceGroupId")?;
    let kind = reaction_type(&body.req_str("reactionType")?)?;
    let comment = body.str("comment")?;
    if kind == "Comment" && comment.as_deref().is_none_or(|c| c.trim().is_empty()) {
        return Err(ApiError::bad_request(
            "'comment' is required for a Comment.",
        ));
    }
    let mut st = app.st();
    let source = source_group(&st, &caller, &group_id, &source)?;
    let Some(reference) = reference_exists(&st, &source, &reference) else {
        return Err(ApiError::not_found(format!(
            "Nothing with referenceId '{reference}' was sent in group '{source}'."
        )));
    };
    let ticks = next_ticks(&st);
    let now = now_ms();
    if kind == "Like"
        && let Some(r) = st.reactions.iter_mut().find(|r| {
            r.reaction_type == "Like" && r.reference_id == reference && r.user_id == caller.user.id
        })
    {
        r.modified_ms = now;
        r.modified_ticks = ticks;
        return Ok(Json(json!({ "reactionId": r.id })));
    }
    let id = guid();
    let gid = st.groups[st.group_index(&group_id)?].id.clone();
    st.reactions.push(Reaction {
        id: id.clone(),
        group_id: gid,
        source_group_id: source,
        reference_id: reference,
        reaction_type: kind.to_string(),
        comment: if kind == "Comment" { comment } else { None },
        user_id: caller.user.id.clone(),
        modified_ms: now,
        modified_ticks: ticks,
    });
    Ok(Json(json!({ "reactionId": id })))
}

fn cursor(q: &Params) -> Result<i64, ApiError> {
    match q.i64("cursor")? {
        None => Ok(0),
        Some(c) if c >= 0 => Ok(c),
        Some(_) => Err(ApiError::bad_request("'cursor' must not be negative.")),
    }
}

fn required<'a>(q: &'a Params, key: &str) -> Result<&'a str, ApiError> {
    q.get(key)
        .ok_or_else(|| ApiError::bad_request(format!("The '{key}' query parameter is required.")))
}

fn counts(st: &EmuState, reference: &str) -> Value {
    let of = |kind: &str| {
        st.reactions
            .iter()
            .filter(|r| r.reference_id == reference && r.reaction_type == kind)
            .count()
    };
    json!({ "like": of("Like"), "comment": of("Comment") })
}

/// `GET /groups/{groupId}/reaction/summary?sourceGroupId=&cursor=`: counts for every item
/// with reactions changed after `cursor`.
pub(crate) async fn get_group_reaction_summary(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let source = required(&q, "sourceGroupId")?.to_string();
    let from = cursor(&q)?;
    let st = app.st();
    let source = source_group(&st, &caller, &group_id, &source)?;
    let mut changed: Vec<&Reaction> = st
        .reactions
        .iter()
        .filter(|r| r.source_group_id == source && r.modified_ticks > from)
        .collect();
    changed.sort_by_key(|r| r.modified_ticks);
    let next = changed.last().map_or(from, |r| r.modified_ticks);
    let mut refs: Vec<&str> = Vec::new();
    for r in &changed {
        if !refs.contains(&r.reference_id.as_str()) {
            refs.push(&r.reference_id);
        }
    }
    let summary: Vec<Value> = refs
        .iter()
        .map(|r| json!({ "referenceId": r, "reactionsCountMap": counts(&st, r) }))
        .collect();
    Ok(Json(json!({ "cursor": next, "summary": summary })))
}

/// `GET /groups/{groupId}/reaction/{referenceId}/summary?sourceGroupId=`
pub(crate) async fn get_action_reaction_summary(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path((group_id, reference_id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let source = required(&q, "sourceGroupId")?.to_string();
    let st = app.st();
    let source = source_group(&st, &caller, &group_id, &source)?;
    let Some(reference) = reference_exists(&st, &source, &reference_id) else {
        return Err(ApiError::not_found(format!(
            "Nothing with referenceId '{reference_id}' was sent in group '{source}'."
        )));
    };
    let latest = st
        .reactions
        .iter()
        .filter(|r| r.reference_id == reference)
        .map(|r| r.modified_ticks)
        .max()
        .unwrap_or(0);
    Ok(Json(json!({
        "cursor": latest,
        "summary": [{ "referenceId": reference, "reactionsCountMap": counts(&st, &reference) }],
    })))
}

/// `GET /groups/{groupId}/reaction/{referenceId}?sourceGroupId=&reactionType=&cursor=`
pub(crate) async fn list_reactions(
    State(app): State<App>,
    Extension(caller): Extension<Caller>,
    Path((group_id, reference_id)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let q = Params::parse(q.as_deref())?;
    let source = required(&q, "sourceGroupId")?.to_string();
    let kind = reaction_type(required(&q, "reactionType")?)?;
    let from = cursor(&q)?;
    let st = app.st();
    let source = source_group(&st, &caller, &group_id, &source)?;
    let Some(reference) = reference_exists(&st, &source, &reference_id) else {
        return Err(ApiError::not_found(format!(
            "Nothing with referenceId '{reference_id}' was sent in group '{source}'."
        )));
    };
    let mut list: Vec<&Reaction> = st
        .reactions
        .iter()
        .filter(|r| {
            r.reference_id == reference && r.reaction_type == kind && r.modified_ticks > from
        })
        .collect();
    list.sort_by_key(|r| r.modified_ticks);
    let next = list.last().map_or(from, |r| r.modified_ticks);
    let details: Vec<Value> = list
        .iter()
        .map(|r| {
            let mut v = json!({
                "reactionId": r.id,
                "userId": r.user_id,
                "lastModifiedTime": r.modified_ms,
            });
            if let Some(c) = &r.comment {
                v["comment"] = json!(c);
            }
            v
        })
        .collect();
    Ok(Json(json!({ "cursor": next, "reactionDetails": details })))
}
