//! Authentication on the auth base: PIN login, refresh tokens and access tokens.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use serde_json::{Value, json};

use crate::body::Obj;
use crate::error::ApiError;
use crate::ids::{is_mobile_number, pin, token};
use crate::state::{AccessGrant, App, RefreshGrant, State as EmuState};
use crate::time::{after, now_ms};

pub(crate) fn scope_of(st: &EmuState, application_id: &str) -> String {
    st.connectors
        .get(application_id)
        .map(|c| {
            c.permissions
                .iter()
                .map(|p| p.scope_name())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

fn mobile_and_app(body: &Obj) -> Result<(String, String), ApiError> {
    let mobile = body.req_str("mobileNumber")?;
    if !is_mobile_number(&mobile) {
        return Err(ApiError::bad_request(format!(
            "'{mobile}' is not a mobile number with country code (e.g. +911099999999)."
        )));
    }
    let app_id = body.req_id("applicationId")?;
    Ok((mobile, app_id))
}

/// `POST /generatePin`: "texts" a PIN (readable through [`crate::Emulator::last_pin`]).
pub(crate) async fn generate_pin(
    State(app): State<App>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let (mobile, app_id) = mobile_and_app(&body)?;
    let mut st = app.st();
    if !st.connectors.contains_key(&app_id) {
        return Err(ApiError::unauthorized(
            "InvalidApplicationId",
            format!("No connector with application id '{app_id}'."),
        ));
    }
    let code = pin();
    let user = st.user_or_create(&mobile);
    if !user.is_provisioned {
        let name = user.name.clone();
        st.upsert_user(&mobile, &name, user.is_tenant_admin);
    }
    st.pins
        .insert((mobile.clone(), app_id.clone()), code.clone());
    st.last_pins.insert(mobile.clone(), code.clone());
    drop(st);
    app.say(format!("PIN for {mobile} (connector {app_id}): {code}"));
    Ok(Json(json!({})))
}

/// `POST /loginWithPinAndApplicationId`: trades the PIN for a refresh token.
pub(crate) async fn login_with_pin(
    State(app): State<App>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = Obj::parse(&body)?;
    let (mobile, app_id) = mobile_and_app(&body)?;
    // The live recording sends the PIN as a number (`"pin": 8876`); pages send a string.
    let given = match body.get("pin") {
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => body.req_id("pin")?,
    };
    let mut st = app.st();
    if !st.connectors.contains_key(&app_id) {
        return Err(ApiError::unauthorized(
            "InvalidApplicationId",
            format!("No connector with application id '{app_id}'."),
        ));
    }
    let key = (mobile.clone(), app_id.clone());
    match st.pins.get(&key) {
        Some(expected) if expected.trim() == given.trim() => {}
        _ => {
            return Err(ApiError::unauthorized(
                "InvalidPin",
                "The PIN is wrong or was not generated for this number and connector.",
            ));
        }
    }
    st.pins.remove(&key);
    let refresh = token("rt.");
    let expiry = after(now_ms(), st.refresh_token_lifetime);
    st.refresh_tokens.insert(
        refresh.clone(),
        RefreshGrant {
            application_id: app_id.clone(),
            mobile_number: mobile,
            expiry_ms: expiry,
            predecessor: None,
        },
    );
    Ok(Json(json!({
        "refreshToken": refresh,
        "grantedScope": scope_of(&st, &app_id),
        "refreshTokenExpiry": expiry,
    })))
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// `GET /accessToken`: connector id + secret + refresh token → access token and endpoint.
pub(crate) async fn get_access_token(
    State(app): State<App>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let (Some(app_id), Some(secret), Some(refresh)) = (
        header(&headers, "applicationId"),
        header(&headers, "applicationSecret"),
        header(&headers, "refreshToken"),
    ) else {
        return Err(ApiError::unauthorized(
            "MissingCredentials",
            "The applicationId, applicationSecret and refreshToken headers are required.",
        ));
    };
    let mut st = app.st();
    match st.connectors.get(&app_id) {
        Some(c) if c.secret == secret => {}
        _ => {
            return Err(ApiError::unauthorized(
                "InvalidApplicationCredentials",
                "The application id or secret is wrong.",
            ));
        }
    }
    let grant = match st.refresh_tokens.get(&refresh) {
        Some(g) if g.application_id == app_id && g.expiry_ms > now_ms() => g.clone(),
        Some(g) if g.application_id == app_id => {
            return Err(ApiError::unauthorized(
                "RefreshTokenExpired",
                "The refresh token has expired.",
            ));
        }
        _ => {
            return Err(ApiError::unauthorized(
                "InvalidRefreshToken",
                "The refresh token is not valid for this connector.",
            ));
        }
    };
    let now = now_ms();
    // Using a rotated token retires the one it replaced.
    if let Some(old) = grant.predecessor.clone() {
        st.refresh_tokens.remove(&old);
        if let Some(g) = st.refresh_tokens.get_mut(&refresh) {
            g.predecessor = None;
        }
    }
    let rotate = std::mem::take(&mut st.rotate_refresh_on_next) || st.rotate_refresh_always;
    let new_refresh = if rotate {
        let new = token("rt.");
        let expiry_ms = after(now, st.refresh_token_lifetime);
        st.refresh_tokens.insert(
            new.clone(),
            RefreshGrant {
                expiry_ms,
                predecessor: Some(refresh.clone()),
                ..grant.clone()
            },
        );
        Some(new)
    } else {
        None
    };
    let access = token("at.");
    let expiry = after(now, st.access_token_lifetime);
    st.access_tokens.insert(
        access.clone(),
        AccessGrant {
            application_id: app_id.clone(),
            mobile_number: grant.mobile_number.clone(),
            expiry_ms: expiry,
        },
    );
    let endpoint = app.endpoint_url_for(st.endpoint_generation);
    let scope = scope_of(&st, &app_id);
    drop(st);
    if let Some(r) = &new_refresh {
        app.say(format!("Refresh token rotated for connector {app_id}: {r}"));
    }
    Ok(Json(json!({
        "accessToken": access,
        "endpointUrl": endpoint,
        "accessTokenExpiry": expiry,
        "refreshToken": new_refresh.unwrap_or_default(),
        "scope": scope,
    })))
}
