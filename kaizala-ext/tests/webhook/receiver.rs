//! The receiver's rules: handshake, token check, body limit, malformed
//! bodies, dedupe, and status codes that make Kaizala redeliver.
#![cfg(feature = "webhook")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use futures::future::BoxFuture;
use kaizala_ext::webhook::{
    CALLBACK_TOKEN_HEADER, Claim, DedupeError, EventDeduper, KaizalaEvent, WebhookReceiver,
};
use serde_json::{Value, json};
use tower::ServiceExt;

const TOKEN: &str = "callback-token-S3CRET";
const PATH: &str = "/kaizala/webhook";

/// Records what reached the handler; fails the next `fail_next` events
/// (and panics instead for `panic_next`).
#[derive(Clone, Default)]
struct Recorder {
    seen: Arc<Mutex<Vec<(String, String)>>>,
    fail_next: Arc<AtomicUsize>,
    panic_next: Arc<AtomicUsize>,
    delay: Option<Duration>,
}

impl Recorder {
    fn calls(&self) -> Vec<(String, String)> {
        self.seen.lock().unwrap().clone()
    }

    fn handler(
        &self,
    ) -> impl Fn(KaizalaEvent) -> BoxFuture<'static, Result<(), String>> + Send + Sync + 'static
    {
        let me = self.clone();
        move |event: KaizalaEvent| {
            let me = me.clone();
            Box::pin(async move {
                if let Some(delay) = me.delay {
                    tokio::time::sleep(delay).await;
                }
                me.seen
                    .lock()
                    .unwrap()
                    .push((event.event_type().to_owned(), event.event_id().to_owned()));
                let take = |n: &AtomicUsize| {
                    n.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| v.checked_sub(1))
                        .is_ok()
                };
                if take(&me.panic_next) {
                    panic!("handler bug");
                }
                if take(&me.fail_next) {
                    return Err("database down".to_owned());
                }
                Ok(())
            })
        }
    }

    fn app(&self) -> Router {
        WebhookReceiver::new(TOKEN, self.handler())
            .unwrap()
            .into_router(PATH)
    }
}

fn event(event_type: &str, event_id: &str) -> Value {
    json!({
        "objectId": "g1", "objectType": "Group", "eventType": event_type,
        "eventId": event_id, "data": {"text": "hello"},
        "fromUserName": "Robin", "subscriptionId": "w1", "groupId": "g1"
    })
}

fn post(body: impl Into<Body>, token: Option<&str>) -> Request<Body> {
    let mut builder = Request::post(PATH).header(header::CONTENT_TYPE, "application/json");
    if let Some(token) = token {
        builder = builder.header(CALLBACK_TOKEN_HEADER, token);
    }
    builder.body(body.into()).unwrap()
}

fn post_event(value: &Value) -> Request<Body> {
    post(serde_json::to_vec(value).unwrap(), Some(TOKEN))
}

async fn send(app: &Router, request: Request<Body>) -> (StatusCode, Response<Body>) {
    let response = app.clone().oneshot(request).await.unwrap();
    (response.status(), response)
}

async fn body_text(response: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[tokio::test]
async fn handshake_echoes_the_validation_token_as_plain_text() {
    let rec = Recorder::default();
    let app = rec.app();
    let started = Instant::now();
    let (status, response) = send(
        &app,
        Request::get(format!("{PATH}?validationToken=abc%20123%2B%2F"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let content_type = response.headers()[header::CONTENT_TYPE].to_str().unwrap();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    assert_eq!(body_text(response).await, "abc 123+/");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert!(rec.calls().is_empty());

    // No token to echo: 400, not an empty 200 that would look like success.
    let (status, _) = send(&app, Request::get(PATH).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn token_missing_or_wrong_is_401_and_nothing_is_dispatched() {
    let rec = Recorder::default();
    let app = rec.app();
    let body = serde_json::to_vec(&event("TextMessageCreated", "e1")).unwrap();
    let same_length_wrong = "callback-token-S3CREX";
    assert_eq!(same_length_wrong.len(), TOKEN.len());
    for token in [
        None,
        Some(""),
        Some("wrong"),
        Some(same_length_wrong),
        Some("callback-token-S3CRET-and-more"),
    ] {
        let (status, _) = send(&app, post(body.clone(), token)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
    }
    assert!(rec.calls().is_empty());

    // A rejected delivery does not mark the id as seen.
    let (status, _) = send(&app, post(body, Some(TOKEN))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rec.calls(), [("TextMessageCreated".into(), "e1".into())]);
}

#[tokio::test]
async fn the_token_is_checked_before_the_body_is_read() {
    let rec = Recorder::default();
    let app = rec.app();
    let (status, _) = send(&app, post(vec![b'x'; 4 << 20], Some("wrong"))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn body_over_the_limit_is_413() {
    let rec = Recorder::default();
    let app = WebhookReceiver::builder(TOKEN)
        .max_body_bytes(1024)
        .build(rec.handler())
        .unwrap()
        .into_router(PATH);
    let mut big = event("TextMessageCreated", "big");
    big["data"]["text"] = json!("x".repeat(2000));
    let (status, _) = send(&app, post_event(&big)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, _) = send(&app, post_event(&event("TextMessageCreated", "small"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rec.calls(), [("TextMessageCreated".into(), "small".into())]);

    // The default limit is 1 MiB.
    let app = rec.app();
    let mut near = event("TextMessageCreated", "near");
    near["data"]["text"] = json!("y".repeat(1000 * 1000));
    assert_eq!(send(&app, post_event(&near)).await.0, StatusCode::OK);
    let mut over = event("TextMessageCreated", "over");
    over["data"]["text"] = json!("y".repeat(1024 * 1024));
    assert_eq!(
        send(&app, post_event(&over)).await.0,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    assert_eq!(rec.calls().len(), 2);
}

#[tokio::test]
async fn malformed_bodies_are_400_and_not_dispatched() {
    let rec = Recorder::default();
    let app = rec.app();
    let bodies: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"{".to_vec(),
        b"not json".to_vec(),
        b"[1,2]".to_vec(),
        b"null".to_vec(),
        vec![0xff, 0xfe, 0x00],
        br#"{"eventType": "TextMessageCreated"}"#.to_vec(),
        br#"{"eventId": "e1"}"#.to_vec(),
        br#"{"eventType": 5, "eventId": "e1"}"#.to_vec(),
    ];
    for body in bodies {
        let (status, _) = send(&app, post(body.clone(), Some(TOKEN))).await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "{}",
            String::from_utf8_lossy(&body)
        );
    }
    assert!(rec.calls().is_empty());
}

#[tokio::test]
async fn unknown_and_malformed_events_still_reach_the_handler() {
    let rec = Recorder::default();
    let app = rec.app();
    let (status, _) = send(&app, post_event(&event("SomethingNew", "u1"))).await;
    assert_eq!(status, StatusCode::OK);
    let mut bad = event("TextMessageCreated", "m1");
    bad["data"] = json!({"text": 42});
    let (status, _) = send(&app, post_event(&bad)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        rec.calls(),
        [
            ("SomethingNew".into(), "u1".into()),
            ("TextMessageCreated".into(), "m1".into())
        ]
    );
}

#[tokio::test]
async fn same_event_id_twice_reaches_the_handler_once() {
    let rec = Recorder::default();
    let app = rec.app();
    let delivery = event("TextMessageCreated", "dup-1");
    for _ in 0..3 {
        let (status, _) = send(&app, post_event(&delivery)).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, _) = send(&app, post_event(&event("TextMessageCreated", "dup-2"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        rec.calls(),
        [
            ("TextMessageCreated".into(), "dup-1".into()),
            ("TextMessageCreated".into(), "dup-2".into())
        ]
    );
}

#[tokio::test]
async fn concurrent_duplicates_reach_the_handler_once() {
    let rec = Recorder {
        delay: Some(Duration::from_millis(100)),
        ..Default::default()
    };
    let app = rec.app();
    let delivery = event("TextMessageCreated", "race");
    let (a, b) = tokio::join!(
        send(&app, post_event(&delivery)),
        send(&app, post_event(&delivery))
    );
    assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK));
    assert_eq!(rec.calls().len(), 1);
}

#[tokio::test]
async fn dedupe_window_and_capacity_are_configurable() {
    let rec = Recorder::default();
    let app = WebhookReceiver::builder(TOKEN)
        .dedupe_capacity(1)
        .dedupe_window(Duration::from_secs(3600))
        .build(rec.handler())
        .unwrap()
        .into_router(PATH);
    for id in ["a", "b", "a"] {
        send(&app, post_event(&event("TextMessageCreated", id))).await;
    }
    // capacity 1: "a" was evicted by "b", so its late duplicate got through
    assert_eq!(rec.calls().len(), 3);

    let rec = Recorder::default();
    let app = WebhookReceiver::builder(TOKEN)
        .dedupe_window(Duration::from_millis(50))
        .build(rec.handler())
        .unwrap()
        .into_router(PATH);
    send(&app, post_event(&event("TextMessageCreated", "w"))).await;
    send(&app, post_event(&event("TextMessageCreated", "w"))).await;
    assert_eq!(rec.calls().len(), 1);
    tokio::time::sleep(Duration::from_millis(80)).await;
    send(&app, post_event(&event("TextMessageCreated", "w"))).await;
    assert_eq!(rec.calls().len(), 2, "window over");
}

#[tokio::test]
async fn handler_failure_is_500_and_the_redelivery_reaches_the_handler() {
    let rec = Recorder::default();
    rec.fail_next.store(1, Ordering::SeqCst);
    let app = rec.app();
    let delivery = event("SurveyResponse", "retry-1");

    let (status, _) = send(&app, post_event(&delivery)).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let (status, _) = send(&app, post_event(&delivery)).await;
    assert_eq!(status, StatusCode::OK, "redelivery accepted");
    let (status, _) = send(&app, post_event(&delivery)).await;
    assert_eq!(status, StatusCode::OK, "later duplicate acknowledged");
    assert_eq!(
        rec.calls().len(),
        2,
        "failed attempt + redelivery, not the duplicate"
    );
}

#[tokio::test]
async fn handler_panic_is_500_and_the_redelivery_reaches_the_handler() {
    let rec = Recorder::default();
    rec.panic_next.store(1, Ordering::SeqCst);
    let app = rec.app();
    let delivery = event("JobResponse", "panic-1");
    let (status, _) = send(&app, post_event(&delivery)).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let (status, _) = send(&app, post_event(&delivery)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rec.calls().len(), 2);
}

/// A seen-set whose store is down.
struct BrokenStore;

impl EventDeduper for BrokenStore {
    fn claim<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
        _: Duration,
    ) -> BoxFuture<'a, Result<Claim, DedupeError>> {
        Box::pin(async { Err(DedupeError::new("redis: connection refused")) })
    }
    fn complete<'a>(&'a self, _: &'a str, _: &'a str) -> BoxFuture<'a, Result<(), DedupeError>> {
        Box::pin(async { Err(DedupeError::new("redis: connection refused")) })
    }
    fn release<'a>(&'a self, _: &'a str, _: &'a str) -> BoxFuture<'a, Result<(), DedupeError>> {
        Box::pin(async { Err(DedupeError::new("redis: connection refused")) })
    }
}

#[tokio::test]
async fn seen_set_failure_is_503_and_nothing_is_dispatched() {
    let rec = Recorder::default();
    let app = WebhookReceiver::builder(TOKEN)
        .deduper(BrokenStore)
        .build(rec.handler())
        .unwrap()
        .into_router(PATH);
    let (status, _) = send(&app, post_event(&event("TextMessageCreated", "s1"))).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(rec.calls().is_empty());
}

#[tokio::test]
async fn a_shared_seen_set_dedupes_across_receivers() {
    let shared: Arc<dyn EventDeduper> = Arc::new(kaizala_ext::webhook::InMemoryDeduper::default());
    let rec = Recorder::default();
    let one = WebhookReceiver::builder(TOKEN)
        .shared_deduper(shared.clone())
        .build(rec.handler())
        .unwrap()
        .into_router(PATH);
    let two = WebhookReceiver::builder(TOKEN)
        .shared_deduper(shared)
        .build(rec.handler())
        .unwrap()
        .into_router(PATH);
    let delivery = event("TextMessageCreated", "lb-1");
    assert_eq!(send(&one, post_event(&delivery)).await.0, StatusCode::OK);
    assert_eq!(send(&two, post_event(&delivery)).await.0, StatusCode::OK);
    assert_eq!(rec.calls().len(), 1);
}

#[tokio::test]
async fn other_methods_are_405_and_other_paths_404() {
    let rec = Recorder::default();
    let app = rec.app();
    let (status, _) = send(&app, Request::delete(PATH).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let (status, _) = send(
        &app,
        Request::get("/elsewhere?validationToken=x")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn debug_output_never_shows_the_token() {
    let receiver =
        WebhookReceiver::new(TOKEN, |_: KaizalaEvent| async { Ok::<_, String>(()) }).unwrap();
    let builder = WebhookReceiver::builder(TOKEN);
    for text in [
        format!("{receiver:?}"),
        format!("{builder:?}"),
        format!("{builder:#?}"),
    ] {
        assert!(!text.contains(TOKEN), "{text}");
        assert!(text.contains("REDACTED"), "{text}");
    }
}

/// Over real HTTP, mounted inside a larger application.
#[tokio::test]
async fn serves_over_http_when_mounted_in_an_app() {
    let rec = Recorder::default();
    let receiver = WebhookReceiver::new(TOKEN, rec.handler()).unwrap();
    let app = Router::new()
        .route("/health", axum::routing::get(|| async { "ok" }))
        .route("/hooks/kaizala", receiver.into_method_router());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let http = crate::support::local_http_builder().build().unwrap();
    let url = format!("http://{addr}/hooks/kaizala");
    let echoed = http
        .get(&url)
        .query(&[("validationToken", "tok-1&2")])
        .send()
        .await
        .unwrap();
    assert_eq!(echoed.status(), 200);
    assert_eq!(echoed.text().await.unwrap(), "tok-1&2");

    let delivered = http
        .post(&url)
        .header(CALLBACK_TOKEN_HEADER, TOKEN)
        .json(&event("TextMessageCreated", "http-1"))
        .send()
        .await
        .unwrap();
    assert_eq!(delivered.status(), 200);
    let refused = http
        .post(&url)
        .json(&event("TextMessageCreated", "http-2"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    assert_eq!(
        rec.calls(),
        [("TextMessageCreated".into(), "http-1".into())]
    );
    server.abort();
}
