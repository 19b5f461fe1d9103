//! `POST /media`: multipart upload, content type checked against the docs' table (else 415).
//! Uploaded files are served back under `/media-files/{id}/{name}`.

use axum::Json;
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Extension, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::base64::{base64_decode, base64_encode};
use crate::error::ApiError;
use crate::ids::guid;
use crate::model::MediaItem;
use crate::state::{App, Caller, State as EmuState};

/// The docs' table (media.md), written here on purpose rather than read from
/// the spec, so that a test can compare the two: each content type, the other
/// names clients send for it, and its file extensions.
pub const MEDIA_TYPES: &[(&str, &[&str], &[&str])] = &[
    ("image/jpeg", &["image/jpg"], &["jpg", "jpeg"]),
    ("image/png", &[], &["png"]),
    ("audio/mpeg", &["audio/mp3"], &["mp3"]),
    (
        "audio/wav",
        &["audio/x-wav", "audio/wave", "audio/vnd.wave"],
        &["wav"],
    ),
    ("application/msword", &[], &["doc"]),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        &[],
        &["docx"],
    ),
    ("application/vnd.ms-excel", &[], &["xls"]),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &[],
        &["xlsx"],
    ),
    ("application/vnd.ms-powerpoint", &[], &["ppt"]),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        &[],
        &["pptx"],
    ),
    ("application/pdf", &[], &["pdf"]),
    ("video/mp4", &[], &["mp4"]),
    ("video/3gpp", &[], &["3gpp"]),
];

fn supported(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    MEDIA_TYPES
        .iter()
        .any(|(canonical, aliases, _)| *canonical == essence || aliases.contains(&essence.as_str()))
}

/// `jpg, jpeg, png, …, 3gpp`: every extension of the table.
fn extensions() -> String {
    MEDIA_TYPES
        .iter()
        .flat_map(|(_, _, extensions)| extensions.iter().copied())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `POST /media`
pub(crate) async fn upload_media(
    State(app): State<App>,
    Extension(_caller): Extension<Caller>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Json<Value>, ApiError> {
    let mut multipart = multipart.map_err(|e| {
        ApiError::unsupported_media(format!(
            "The upload must be multipart/form-data with the file as a part: {e}"
        ))
    })?;
    loop {
        let field = multipart
            .next_field()
            .await
            .map_err(|e| ApiError::bad_request(format!("Malformed multipart body: {e}")))?;
        let Some(field) = field else {
            return Err(ApiError::bad_request(
                "The multipart body has no file part.",
            ));
        };
        let name = field.name().unwrap_or_default().to_ascii_lowercase();
        let file_name = field.file_name().map(str::to_owned);
        if file_name.is_none() && name != "file" && name != "files" {
            continue;
        }
        let Some(content_type) = field.content_type().map(str::to_owned) else {
            return Err(ApiError::unsupported_media(
                "The file part has no Content-Type; set the media's MIME type on it.",
            ));
        };
        if !supported(&content_type) {
            return Err(ApiError::unsupported_media(format!(
                "'{content_type}' is not a supported media type ({}).",
                extensions()
            )));
        }
        let data = field
            .bytes()
            .await
            .map_err(|e| ApiError::bad_request(format!("Could not read the file part: {e}")))?;
        let id = guid();
        let file_name = file_name
            .filter(|f| !f.trim().is_empty())
            .unwrap_or_else(|| "upload".to_string());
        let safe_name: String = file_name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let url = format!("{}/media-files/{id}/{safe_name}", app.files_origin());
        let resource = base64_encode(
            json!({
                "Id": id,
                "Name": file_name,
                "Size": data.len(),
                "Url": url,
                "ContentType": content_type,
            })
            .to_string()
            .as_bytes(),
        );
        let mut st = app.st();
        st.media_bytes.insert(id.clone(), data.clone());
        st.media.push(MediaItem {
            id,
            file_name,
            content_type,
            size: data.len(),
            url,
            media_resource: resource.clone(),
        });
        return Ok(Json(json!({ "mediaResource": resource })));
    }
}

/// `POST /media/url` (undocumented, THIRD-PARTY.md): keeps `mediaUrl` as media and answers
/// a `mediaResource`, as `POST /media` does. The emulator does not fetch the URL (no network);
/// the content type comes from the file extension (`application/octet-stream` otherwise).
pub(crate) async fn upload_media_from_url(
    State(app): State<App>,
    Extension(_caller): Extension<Caller>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let body = crate::body::Obj::parse(&body)?;
    let url = body.req_str("mediaUrl")?;
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err(ApiError::bad_request("'mediaUrl' must be an http(s) URL."));
    }
    let file_name = url
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit('/')
        .next()
        .filter(|n| !n.is_empty())
        .unwrap_or("media")
        .to_owned();
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let content_type = MEDIA_TYPES
        .iter()
        .find(|(_, _, extensions)| extensions.contains(&extension.as_str()))
        .map_or("application/octet-stream", |(t, _, _)| *t)
        .to_owned();
    let id = guid();
    let resource = base64_encode(
        json!({ "Id": id, "Name": file_name, "Url": url, "ContentType": content_type })
            .to_string()
            .as_bytes(),
    );
    app.st().media.push(MediaItem {
        id,
        file_name,
        content_type,
        size: 0,
        url,
        media_resource: resource.clone(),
    });
    Ok(Json(json!({ "mediaResource": resource })))
}

/// The uploaded media a `mediaResource` string refers to.
pub(crate) fn resolve(st: &EmuState, resource: &str) -> Result<MediaItem, ApiError> {
    let unknown = || {
        ApiError::bad_request(
            "Unknown mediaResource: upload the file with POST /media and send the mediaResource it returns.",
        )
    };
    if let Some(m) = st.media.iter().find(|m| m.media_resource == resource) {
        return Ok(m.clone());
    }
    let raw = base64_decode(resource).ok_or_else(unknown)?;
    let v: Value = serde_json::from_slice(&raw).map_err(|_| unknown())?;
    let id = v.get("Id").and_then(Value::as_str).ok_or_else(unknown)?;
    st.media
        .iter()
        .find(|m| m.id == id)
        .cloned()
        .ok_or_else(unknown)
}

/// Serves an uploaded file (`/media-files/{id}/{name}`).
pub(crate) fn download(app: &App, rest: &str) -> Response {
    let id = rest.split('/').next().unwrap_or_default();
    let st = app.st();
    let (Some(item), Some(data)) = (st.media.iter().find(|m| m.id == id), st.media_bytes.get(id))
    else {
        return ApiError::not_found("No such media file.").into_response();
    };
    let mut resp = (StatusCode::OK, Body::from(data.clone())).into_response();
    if let Ok(v) = HeaderValue::from_str(&item.content_type) {
        resp.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    resp
}
