//! Routing: one listener serves the auth base (`/auth/v1`) and the tenant base
//! (`/tenant/{generation}/v1`); an old generation answers 308 with the new endpoint URL.
//!
//! The outer dispatcher normalises the path (a client that joins `endpointUrl` and `/v1`
//! naively sends `//v1`), applies injected faults, logs the call and makes sure every error
//! answer carries the service's JSON error body.

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower::ServiceExt;

use crate::error::{ApiError, generic_for_status};
use crate::model::{ApiBase, LoggedRequest, Permission};
use crate::state::{App, Caller, State as EmuState};
use crate::time::now_ms;
use crate::urls::{OAUTH_PREFIX, split_tenant};
use crate::{faults, generated_routes, hosts, media, oauth, webhooks};

/// Most calls kept in the request log (the oldest tenth is dropped when it is full).
const MAX_LOG: usize = 100_000;

/// Largest accepted request body (media uploads).
const BODY_LIMIT: usize = 64 * 1024 * 1024;

#[derive(Clone)]
struct Dispatch {
    app: App,
    auth: Router,
    tenant: Router,
    oauth: Router,
}

/// The complete service for an emulator.
pub(crate) fn service(app: App) -> Router {
    let auth = unrouted(auth_routes(), is_auth_operation).with_state(app.clone());
    let mut tenant = tenant_routes(&app);
    let tenant = if app.inner.auth_on_tenant_base {
        tenant = tenant.merge(auth_routes()).merge(oauth_routes());
        unrouted(tenant, |_| true)
    } else {
        unrouted(tenant, |op| op.requires_access_token)
    };
    let tenant = tenant.with_state(app.clone());
    let oauth = unrouted(oauth_routes(), is_oauth_operation).with_state(app.clone());
    let d = Dispatch {
        app,
        auth,
        tenant,
        oauth,
    };
    Router::new()
        .fallback(dispatch)
        .with_state(d)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
}

/// The OAuth root: the spec's code exchange, and the authorize page a user's browser opens
/// (not an operation of the API, so not in the spec).
fn oauth_routes() -> Router<App> {
    generated_routes::oauth().route(AUTHORIZE_PATH, get(oauth::authorize))
}

/// The OAuth authorize page's path (below the OAuth root).
const AUTHORIZE_PATH: &str = "/oauth/authorize";

/// The auth base's operations, all from the spec.
fn auth_routes() -> Router<App> {
    generated_routes::auth()
}

/// The tenant base's operations, all from the spec, behind the access-token [`guard`].
fn tenant_routes(app: &App) -> Router<App> {
    generated_routes::tenant().layer(middleware::from_fn_with_state(app.clone(), guard))
}

type Operation = kaizala_api::operations::Operation;

/// The OAuth code exchange, served at the OAuth root.
fn is_oauth_operation(op: &Operation) -> bool {
    op.path.starts_with("/oauth/")
}

/// generatePin, loginWithPinAndApplicationId, accessToken: served on the auth base.
fn is_auth_operation(op: &Operation) -> bool {
    !op.requires_access_token && !is_oauth_operation(op)
}

/// What a router answers where no route matches: [`unimplemented`], for the operations
/// `serves` says belong on its base.
fn unrouted(router: Router<App>, serves: fn(&Operation) -> bool) -> Router<App> {
    let handler = move |req: Request| unimplemented(req, serves);
    router
        .fallback(handler)
        .method_not_allowed_fallback(handler)
}

/// Whether a concrete path (`/groups/abc/members`) fits a spec template
/// (`/groups/{groupId}/members`); literals compare case-insensitively, as routing does.
fn fits(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter().zip(&p).all(|(t, p)| {
            (t.starts_with('{') && t.ends_with('}') && !p.is_empty()) || t.eq_ignore_ascii_case(p)
        })
}

/// The answer where no route matches. A method and path the spec defines as an operation
/// mean its handler is missing: 501 naming the operation (so a new operation in the spec
/// fails loudly, not as a plain 404). Otherwise 405 (the path exists with other methods)
/// or 404.
async fn unimplemented(req: Request, serves: fn(&Operation) -> bool) -> Response {
    use axum::http::StatusCode;
    let method = req.method().as_str();
    let path = req.uri().path();
    // The API's operations live under `/v1`; the OAuth ones (`/oauth/...`) at their own root.
    let (rel, versioned) = match path.strip_prefix("/v1") {
        Some(rel) => (rel, true),
        None => (path, false),
    };
    let at_path: Vec<_> = kaizala_api::operations::all()
        .iter()
        .filter(|op| serves(op) && is_oauth_operation(op) != versioned && fits(op.path, rel))
        .collect();
    if let Some(op) = at_path.iter().find(|op| op.method == method) {
        ApiError::new(
            StatusCode::NOT_IMPLEMENTED,
            "NotImplemented",
            "ServerError",
            format!(
                "The emulator does not implement {} ({} {}) yet: its route comes from the spec \
                 (kaizala-emulator/src/generated_routes.rs, `cargo xtask gen`) and its handler \
                 from crate::handlers (kaizala-emulator/src/handlers.rs says which file).",
                op.id, op.method, op.path
            ),
        )
        .into_response()
    } else if at_path.is_empty() {
        ApiError::not_found(format!("No such endpoint: {method} '{path}'.")).into_response()
    } else {
        ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            "InvalidRequest",
            format!("{method} is not allowed on '{path}'."),
        )
        .into_response()
    }
}

/// Collapses repeated slashes and drops one trailing slash.
fn normalize(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut prev_slash = false;
    for c in path.chars() {
        if c == '/' {
            if !prev_slash {
                out.push(c);
            }
            prev_slash = true;
        } else {
            out.push(c);
            prev_slash = false;
        }
    }
    if out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Spells the literal words of a path (after the base) as the routes do: the service
/// routed paths case-insensitively (the Swagger file POSTs to `/groups/{id}/subgroups`).
/// The words are the spec's: the path template (an operation's, or the authorize page's)
/// the path fits with the most literal words gives their spelling; ids keep their case,
/// and a path that fits no template is left as it is (it is answered 404).
fn canonical_case(rest: &str) -> String {
    let operations = kaizala_api::operations::all().iter().map(|op| {
        if is_oauth_operation(op) {
            op.path.to_owned()
        } else {
            format!("/v1{}", op.path)
        }
    });
    let template = operations
        .chain([AUTHORIZE_PATH.to_owned()])
        .filter(|t| fits(t, rest))
        .max_by_key(|t| t.split('/').filter(|s| !s.starts_with('{')).count());
    let Some(template) = template else {
        return rest.to_owned();
    };
    template
        .split('/')
        .zip(rest.split('/'))
        .map(|(t, p)| if t.starts_with('{') { p } else { t })
        .collect::<Vec<_>>()
        .join("/")
}

fn with_path(req: Request, path: &str, query: Option<&str>) -> Request {
    let (mut parts, body) = req.into_parts();
    let pq = match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_string(),
    };
    parts.uri = pq.parse::<Uri>().unwrap_or_else(|_| Uri::from_static("/"));
    Request::from_parts(parts, body)
}

async fn dispatch(State(d): State<Dispatch>, req: Request) -> Response {
    let at_ms = now_ms();
    let method = req.method().to_string();
    let mut path = normalize(req.uri().path());
    let query = req.uri().query().map(str::to_owned);
    let generation = d.app.st().endpoint_generation;
    // On the real host names the host says which base a path is on.
    let mut unknown_host = None;
    if let Some(topology) = &d.app.inner.real_hosts {
        let host = hosts::request_host(&req).unwrap_or_default();
        match topology.route(&host, &path) {
            Some(routed) => path = routed,
            None => unknown_host = Some(host),
        }
    }

    let (base, rel, resp) = if let Some(host) = unknown_host {
        let e = ApiError::not_found(format!(
            "No such host: '{host}'. The auth base is {} and the tenant base is {}/v1.",
            d.app.auth_url(),
            d.app.endpoint_url_for(generation).trim_end_matches('/')
        ));
        (ApiBase::Other, path.clone(), e.into_response())
    } else if let Some(rest) = path
        .strip_prefix("/auth")
        .filter(|r| *r == "/v1" || r.starts_with("/v1/"))
    {
        let rel = rest.trim_start_matches("/v1").to_string();
        let fault = faults::take(&mut d.app.st(), true);
        let resp = match fault {
            Some(e) => e.into_response(),
            None => {
                let rest = canonical_case(rest);
                let injected = faults::next(&mut d.app.st(), true);
                match injected.map(faults::apply) {
                    Some(applying) => match applying.await {
                        faults::Applied::Answer(r) => r,
                        faults::Applied::Proceed => {
                            route(d.auth.clone(), with_path(req, &rest, query.as_deref())).await
                        }
                    },
                    None => route(d.auth.clone(), with_path(req, &rest, query.as_deref())).await,
                }
            }
        };
        (ApiBase::Auth, rel, resp)
    } else if let Some((g, rest)) = split_tenant(&path) {
        let rel = rest.strip_prefix("/v1").unwrap_or(rest).to_string();
        if g != generation {
            let e = faults::moved(d.app.endpoint_url_for(generation));
            (ApiBase::MovedTenant, rel, e.into_response())
        } else {
            let fault = faults::take(&mut d.app.st(), false);
            let resp = match fault {
                Some(e) => e.into_response(),
                None => {
                    let rest = canonical_case(rest);
                    let injected = faults::next(&mut d.app.st(), false);
                    match injected.map(faults::apply) {
                        Some(applying) => match applying.await {
                            faults::Applied::Answer(r) => r,
                            faults::Applied::Proceed => {
                                route(d.tenant.clone(), with_path(req, &rest, query.as_deref()))
                                    .await
                            }
                        },
                        None => {
                            route(d.tenant.clone(), with_path(req, &rest, query.as_deref())).await
                        }
                    }
                }
            };
            (ApiBase::Tenant, rel, resp)
        }
    } else if let Some(rest) = path
        .strip_prefix(OAUTH_PREFIX)
        .filter(|r| r.is_empty() || r.starts_with('/'))
    {
        let fault = faults::take(&mut d.app.st(), true);
        let resp = match fault {
            Some(e) => e.into_response(),
            None => {
                let rest = canonical_case(rest);
                route(d.oauth.clone(), with_path(req, &rest, query.as_deref())).await
            }
        };
        (ApiBase::Auth, rest.to_string(), resp)
    } else if let Some(rest) = path.strip_prefix("/media-files/") {
        (ApiBase::Other, path.clone(), media::download(&d.app, rest))
    } else {
        let e = ApiError::not_found(format!(
            "No such endpoint: '{path}'. The auth base is {} and the tenant base is {}/v1.",
            d.app.auth_url(),
            d.app.endpoint_url_for(generation).trim_end_matches('/')
        ));
        (ApiBase::Other, path.clone(), e.into_response())
    };

    let resp = ensure_json_error(resp).await;
    let status = resp.status().as_u16();
    d.app.say(format!(
        "{method} {}{} -> {status}",
        match base {
            ApiBase::Auth => "[auth] ",
            ApiBase::Tenant => "[tenant] ",
            ApiBase::MovedTenant => "[moved] ",
            ApiBase::Other => "",
        },
        match &query {
            Some(q) => format!("{rel}?{q}"),
            None => rel.clone(),
        }
    ));
    let mut st = d.app.st();
    if st.log.len() >= MAX_LOG {
        st.log.drain(..MAX_LOG / 10);
    }
    st.log.push(LoggedRequest {
        method,
        path: if rel.is_empty() { "/".into() } else { rel },
        query,
        base,
        status,
        at_ms,
    });
    drop(st);
    resp
}

/// Runs a request through a router; a handler panic (a bug) becomes a JSON 500 instead of a
/// dropped connection.
async fn route(router: Router, req: Request) -> Response {
    use futures::FutureExt;
    match std::panic::AssertUnwindSafe(router.oneshot(req))
        .catch_unwind()
        .await
    {
        Ok(Ok(r)) => r,
        Ok(Err(never)) => match never {},
        Err(_) => ApiError::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "ServerError",
            "The emulator failed while handling this request (a bug: please report it).",
        )
        .into_response(),
    }
}

/// Gives framework-made error answers (404 no route, 405, 413, rejections) the JSON error body.
async fn ensure_json_error(resp: Response) -> Response {
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error() || status.is_redirection()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let (code, category) = generic_for_status(status);
    let message = if text.is_empty() {
        status
            .canonical_reason()
            .unwrap_or("The request failed.")
            .to_string()
    } else {
        text
    };
    let body = serde_json::json!({
        "errorCode": code,
        "message": message,
        "errorCategoryKey": category,
    });
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body.to_string()))
}

/// The permission an operation needs, from its path (below `/v1`).
fn permission_for(path: &str) -> Permission {
    let segs: Vec<&str> = path
        .trim_start_matches("/v1")
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    match segs.as_slice() {
        ["media", ..] => Permission::Media,
        ["webhook", ..] => Permission::OutgoingWebhooks,
        ["groups", _, sub, ..] => match sub.to_ascii_lowercase().as_str() {
            "members" | "subscribers" => Permission::GroupMemberList,
            "messages" => Permission::TextMessage,
            "actions" => Permission::ActionsAndResponses,
            "reaction" => Permission::Reactions,
            _ => Permission::GroupInformation,
        },
        _ => Permission::GroupInformation,
    }
}

/// Authenticates, authorises and throttles a tenant call, then flushes webhook deliveries
/// queued by the handler.
async fn guard(State(app): State<App>, mut req: Request, next: Next) -> Response {
    let token = req
        .headers()
        .get("accessToken")
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string());
    let permission = permission_for(req.uri().path());
    let caller = {
        let mut st = app.st();
        match authenticate(&mut st, token.as_deref(), permission) {
            Ok(c) => c,
            Err(e) => return e.into_response(),
        }
    };
    req.extensions_mut().insert(caller);
    let resp = next.run(req).await;
    let jobs = std::mem::take(&mut app.st().outbox);
    webhooks::spawn_deliveries(&app, jobs);
    resp
}

fn authenticate(
    st: &mut EmuState,
    token: Option<&str>,
    permission: Permission,
) -> Result<Caller, ApiError> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(ApiError::unauthorized(
            "AccessTokenMissing",
            "The accessToken header is required.",
        ));
    };
    let Some(grant) = st.access_tokens.get(token).cloned() else {
        return Err(ApiError::unauthorized(
            "InvalidAccessToken",
            "The access token is not valid.",
        ));
    };
    if grant.expiry_ms <= now_ms() {
        return Err(ApiError::unauthorized(
            "AccessTokenExpired",
            "The access token has expired; get a new one from the accessToken endpoint.",
        ));
    }
    let Some(connector) = st.connectors.get(&grant.application_id) else {
        return Err(ApiError::unauthorized(
            "InvalidAccessToken",
            "The connector of this access token no longer exists.",
        ));
    };
    if !connector.permissions.contains(&permission) {
        return Err(ApiError::forbidden(
            "PermissionDenied",
            format!(
                "The connector was not granted the '{}' permission this operation needs.",
                permission.scope_name()
            ),
        ));
    }
    crate::throttle::check(st, &grant.application_id)?;
    let user = st.user_or_create(&grant.mobile_number);
    Ok(Caller { user })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalized() {
        assert_eq!(normalize("/tenant/1//v1/groups/"), "/tenant/1/v1/groups");
        assert_eq!(normalize("//"), "/");
    }

    #[test]
    fn literal_path_words_match_case_insensitively_and_ids_keep_their_case() {
        assert_eq!(
            canonical_case("/v1/groups/Ab-C/subgroups"),
            "/v1/groups/Ab-C/subGroups"
        );
        assert_eq!(
            canonical_case("/V1/GROUPS/members/SUBSCRIBERS/ADD"),
            "/v1/groups/members/subscribers/add"
        );
        assert_eq!(
            canonical_case("/v1/groups/g/SUBGROUPS/Add"),
            "/v1/groups/g/subGroups/Add"
        );
        assert_eq!(
            canonical_case("/v1/groups/g/Reaction/Ref/SUMMARY"),
            "/v1/groups/g/reaction/Ref/summary"
        );
        assert_eq!(canonical_case("/v1/GENERATEPIN"), "/v1/generatePin");
        assert_eq!(canonical_case("/v1/Webhook/Hook-1"), "/v1/webhook/Hook-1");
        // Every word comes from the spec: a literal beats an id where both fit.
        assert_eq!(
            canonical_case("/v1/groups/g/Reaction/SUMMARY"),
            "/v1/groups/g/reaction/summary"
        );
        assert_eq!(
            canonical_case("/v1/groups/g/Members/Remove"),
            "/v1/groups/g/members/Remove"
        );
        assert_eq!(canonical_case("/v1/Media/URL"), "/v1/media/url");
        assert_eq!(
            canonical_case("/v1/BOT/AccessToken/Bot-1"),
            "/v1/bot/accessToken/Bot-1"
        );
        assert_eq!(canonical_case("/OAuth/Authorize"), "/oauth/authorize");
        assert_eq!(canonical_case("/OAuth/TOKEN"), "/oauth/token");
        // A path of no operation is left alone (and answered 404).
        assert_eq!(canonical_case("/V1/Nothing/Here"), "/V1/Nothing/Here");
        for op in kaizala_api::operations::all() {
            let path = if is_oauth_operation(op) {
                op.path.to_owned()
            } else {
                format!("/v1{}", op.path)
            };
            let upper = path
                .split('/')
                .map(|s| {
                    if s.starts_with('{') {
                        "Id-1".to_owned()
                    } else {
                        s.to_ascii_uppercase()
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            let spelled = path
                .split('/')
                .map(|s| if s.starts_with('{') { "Id-1" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            assert_eq!(canonical_case(&upper), spelled, "{}", op.id);
        }
    }

    #[test]
    fn permissions_follow_paths() {
        assert_eq!(permission_for("/v1/media"), Permission::Media);
        assert_eq!(
            permission_for("/v1/groups/g/members/m"),
            Permission::GroupMemberList
        );
        assert_eq!(
            permission_for("/v1/groups/g/actions"),
            Permission::ActionsAndResponses
        );
        assert_eq!(permission_for("/v1/groups"), Permission::GroupInformation);
        assert_eq!(
            permission_for("/v1/webhook/w"),
            Permission::OutgoingWebhooks
        );
    }

    async fn answer(method: &str, path: &str) -> (u16, serde_json::Value) {
        answer_on(method, path, |_| true).await
    }

    async fn answer_on(
        method: &str,
        path: &str,
        serves: fn(&Operation) -> bool,
    ) -> (u16, serde_json::Value) {
        let req = Request::builder()
            .method(method)
            .uri(path)
            .body(Body::empty())
            .expect("a request");
        let resp = unimplemented(req, serves).await;
        let status = resp.status().as_u16();
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 16)
            .await
            .expect("a body");
        (status, serde_json::from_slice(&bytes).expect("JSON"))
    }

    #[tokio::test]
    async fn an_operation_without_a_route_is_501_naming_it() {
        // Every operation has a route, so call the fallback directly, as the router
        // would for an operation added to the spec without a handler.
        let (status, body) = answer("DELETE", "/v1/groups/g-1/members/m-1").await;
        assert_eq!(status, 501, "{body}");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(
            message.starts_with(
                "The emulator does not implement removeMember (DELETE /groups/{groupId}/members/{memberId}) yet"
            ),
            "{message}"
        );
        assert!(
            message.contains("kaizala-emulator/src/generated_routes.rs"),
            "{message}"
        );
        assert_eq!(body["errorCode"], "NotImplemented");
        // A path the spec has, another method: 405; no such path: 404.
        assert_eq!(answer("PATCH", "/v1/groups").await.0, 405);
        assert_eq!(answer("GET", "/v1/nothing/here").await.0, 404);
        assert_eq!(answer("GET", "/v1/groups/g/members/m/extra").await.0, 404);
        // The OAuth exchange is served at the OAuth root, not under an API base.
        assert_eq!(answer("POST", "/oauth/token").await.0, 501);
        assert_eq!(answer("POST", "/v1/oauth/token").await.0, 404);
        // Only the operations of a router's own base: a tenant operation on the auth base
        // is a plain 404 (clients must switch bases), an auth operation there a 501.
        assert_eq!(
            answer_on("GET", "/v1/groups", is_auth_operation).await.0,
            404
        );
        assert_eq!(
            answer_on("GET", "/v1/accessToken", is_auth_operation)
                .await
                .0,
            501
        );
        assert_eq!(
            answer_on("POST", "/oauth/token", is_oauth_operation)
                .await
                .0,
            501
        );
        assert_eq!(
            answer_on("GET", "/v1/accessToken", |op| op.requires_access_token)
                .await
                .0,
            404
        );
    }

    #[tokio::test]
    async fn every_spec_operation_has_a_route() {
        // The emulator answers each operation of the spec with something other than 501.
        let emu = crate::Emulator::start().await.expect("emulator");
        let http = reqwest::Client::builder()
            .tls_backend_rustls()
            .build()
            .unwrap();
        for op in kaizala_api::operations::all() {
            let path = op
                .path
                .split('/')
                .map(|s| if s.starts_with('{') { "x" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let url = if op.path.starts_with("/oauth/") {
                format!("{}{path}", emu.oauth_url())
            } else if op.requires_access_token {
                format!("{}v1{path}", emu.endpoint_url())
            } else {
                format!("{}{path}", emu.auth_url())
            };
            let method = reqwest::Method::from_bytes(op.method.as_bytes()).expect("a method");
            let status = http
                .request(method, &url)
                .send()
                .await
                .expect("an answer")
                .status();
            assert_ne!(
                status.as_u16(),
                501,
                "{} ({} {}) has no route: run `cargo xtask gen` (kaizala-emulator/src/generated_routes.rs)",
                op.id,
                op.method,
                op.path
            );
        }
    }
}
