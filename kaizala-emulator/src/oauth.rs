//! The OAuth 2.0 authorization-code flow of Tokens.md, on its own root (`/ds/api`, like
//! `https://ds.kaiza.la/api`): `GET /Oauth/Authorize` signs a user in (no page: the user is
//! `mobileNumber`, default the default connector's user) and redirects to `redirect_uri`
//! with a `code`; `POST /oauth/token` (form-urlencoded `client_id`, `client_secret`, `code`)
//! trades the code for an access token. Codes are single-use and short-lived.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::body::Params;
use crate::error::ApiError;
use crate::ids::token;
use crate::state::{AccessGrant, App, OAuthCode};
use crate::time::{after, now_ms};

/// How long a code may wait before it is exchanged.
pub(crate) const CODE_LIFETIME: std::time::Duration = std::time::Duration::from_secs(120);

fn is_http_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && s.len() > "http://".len()
}

/// `GET /Oauth/Authorize?client_id=&redirect_uri=[&state=][&mobileNumber=]`
pub(crate) async fn authorize(
    State(app): State<App>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let q = Params::parse(query.as_deref())?;
    let client_id = q
        .get("client_id")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::bad_request("'client_id' is required."))?
        .to_owned();
    let redirect_uri = q
        .get("redirect_uri")
        .filter(|s| is_http_url(s))
        .ok_or_else(|| ApiError::bad_request("'redirect_uri' must be an http(s) URL."))?
        .to_owned();
    let mobile = q
        .get("mobileNumber")
        .unwrap_or(crate::DEFAULT_MOBILE_NUMBER)
        .to_owned();
    let mut st = app.st();
    if !st.connectors.contains_key(&client_id) {
        return Err(ApiError::unauthorized(
            "InvalidApplicationId",
            format!("No connector with application id '{client_id}'."),
        ));
    }
    st.user_or_create(&mobile);
    let code = token("oc.");
    let expiry_ms = after(now_ms(), CODE_LIFETIME);
    st.oauth_codes.insert(
        code.clone(),
        OAuthCode {
            application_id: client_id,
            mobile_number: mobile,
            expiry_ms,
        },
    );
    drop(st);
    let mut location = append_query(&redirect_uri, "code", &code);
    if let Some(state) = q.get("state") {
        location = append_query(&location, "state", state);
    }
    Ok((StatusCode::FOUND, [(header::LOCATION, location)]).into_response())
}

/// Appends `key=value` (form-encoded) to a URL's query.
fn append_query(url: &str, key: &str, value: &str) -> String {
    let encoded: String = value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}{key}={encoded}")
}

/// `POST /oauth/token` with a form body: `client_id`, `client_secret`, `code`.
pub(crate) async fn exchange_oauth_code(
    State(app): State<App>,
    body: Bytes,
) -> Result<Json<serde_json::Value>, ApiError> {
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::bad_request("The request body is not valid UTF-8."))?;
    let form = Params::parse(Some(text))?;
    let field = |name: &str| {
        form.get(name)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| {
                ApiError::bad_request(format!(
                    "'{name}' is required (form-urlencoded: client_id, client_secret, code)."
                ))
            })
    };
    let (client_id, secret, code) = (field("client_id")?, field("client_secret")?, field("code")?);
    let mut st = app.st();
    match st.connectors.get(&client_id) {
        Some(c) if c.secret == secret => {}
        _ => {
            return Err(ApiError::unauthorized(
                "InvalidApplicationCredentials",
                "The client id or secret is wrong.",
            ));
        }
    }
    // Single use: the code is gone whatever happens next.
    let grant = match st.oauth_codes.remove(&code) {
        Some(g) if g.application_id != client_id => None,
        other => other,
    };
    let Some(grant) = grant else {
        return Err(ApiError::unauthorized(
            "InvalidCode",
            "The code is unknown, was already used, or belongs to another connector: authorise again.",
        ));
    };
    let now = now_ms();
    if grant.expiry_ms <= now {
        return Err(ApiError::unauthorized(
            "CodeExpired",
            "The code has expired: authorise again.",
        ));
    }
    let access = token("at.");
    let expiry = after(now, st.access_token_lifetime);
    st.access_tokens.insert(
        access.clone(),
        AccessGrant {
            application_id: client_id.clone(),
            mobile_number: grant.mobile_number,
            expiry_ms: expiry,
        },
    );
    let endpoint = app.endpoint_url_for(st.endpoint_generation);
    let scope = crate::auth::scope_of(&st, &client_id);
    Ok(Json(json!({
        "accessToken": access,
        "endpointUrl": endpoint,
        "accessTokenExpiry": expiry,
        "refreshToken": "",
        "scope": scope,
    })))
}
