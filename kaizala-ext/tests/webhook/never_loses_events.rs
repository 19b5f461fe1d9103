//! The receiver never loses an event (issue 9, §8): an `eventId` counts as
//! handled only once its handler succeeded; a copy that arrives while the
//! first is running is never acknowledged for it; a run that is cut off,
//! hangs or panics gives the id back; an empty callback token is refused when
//! the receiver is built; events without an `eventId` are not duplicates of
//! each other.
//!
//! Each test failed on the receiver before this change (a seen-set that
//! recorded the id before the handler ran and answered `200 "duplicate"`).
//! They run on tokio's paused clock and synchronise on explicit signals.
#![cfg(feature = "webhook")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use futures::future::BoxFuture;
use kaizala_ext::webhook::{
    CALLBACK_TOKEN_HEADER, Claim, DedupeError, EventDeduper, InMemoryDeduper, KaizalaEvent,
    WebhookConfigError, WebhookReceiver,
};
use serde_json::{Value, json};
use tokio::sync::{Semaphore, mpsc};
use tower::ServiceExt;

const TOKEN: &str = "callback-token-S3CRET";
const PATH: &str = "/kaizala/webhook";

fn event(event_id: &str, text: &str) -> Value {
    json!({
        "objectId": "g1", "objectType": "Group", "eventType": "TextMessageCreated",
        "eventId": event_id, "data": {"text": text},
        "fromUserName": "Robin", "subscriptionId": "w1", "groupId": "g1"
    })
}

fn post(value: &Value, token: &str) -> Request<Body> {
    Request::post(PATH)
        .header(header::CONTENT_TYPE, "application/json")
        .header(CALLBACK_TOKEN_HEADER, token)
        .body(Body::from(serde_json::to_vec(value).unwrap()))
        .unwrap()
}

async fn send(app: &Router, value: &Value) -> StatusCode {
    app.clone()
        .oneshot(post(value, TOKEN))
        .await
        .unwrap()
        .status()
}

/// What a scripted handler does on one call.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// Waits for a permit from the test, then succeeds.
    WaitThenOk,
    /// Waits for a permit from the test, then fails.
    WaitThenFail,
    /// Never finishes.
    Hang,
    /// Succeeds at once.
    Ok,
}

/// A handler that follows a script, one step per call, and reports every
/// call as it starts and every success.
#[derive(Clone)]
struct Scripted {
    script: Arc<Mutex<Vec<Step>>>,
    permits: Arc<Semaphore>,
    started: mpsc::UnboundedSender<usize>,
    calls: Arc<AtomicUsize>,
    successes: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    fn new(script: &[Step]) -> (Self, mpsc::UnboundedReceiver<usize>) {
        let (started, rx) = mpsc::unbounded_channel();
        let mut script = script.to_vec();
        script.reverse();
        (
            Scripted {
                script: Arc::new(Mutex::new(script)),
                permits: Arc::new(Semaphore::new(0)),
                started,
                calls: Arc::default(),
                successes: Arc::default(),
            },
            rx,
        )
    }

    fn handler(
        &self,
    ) -> impl Fn(KaizalaEvent) -> BoxFuture<'static, Result<(), String>> + Send + Sync + 'static
    {
        let me = self.clone();
        move |event: KaizalaEvent| {
            let me = me.clone();
            Box::pin(async move {
                let call = me.calls.fetch_add(1, Ordering::SeqCst) + 1;
                let step = me.script.lock().unwrap().pop().unwrap_or(Step::Ok);
                let _ = me.started.send(call);
                let ok = match step {
                    Step::Ok => true,
                    Step::WaitThenOk | Step::WaitThenFail => {
                        me.permits.acquire().await.unwrap().forget();
                        matches!(step, Step::WaitThenOk)
                    }
                    Step::Hang => std::future::pending().await,
                };
                if ok {
                    me.successes
                        .lock()
                        .unwrap()
                        .push(event.event_id().to_owned());
                    Ok(())
                } else {
                    Err(format!("call {call} failed on purpose"))
                }
            })
        }
    }

    fn successes(&self) -> Vec<String> {
        self.successes.lock().unwrap().clone()
    }
}

/// An in-memory store that reports every `InFlight` answer, so a test knows
/// when a copy is waiting.
struct Watched {
    inner: Arc<InMemoryDeduper>,
    in_flight_seen: mpsc::UnboundedSender<()>,
}

impl EventDeduper for Watched {
    fn claim<'a>(
        &'a self,
        id: &'a str,
        owner: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, Result<Claim, DedupeError>> {
        Box::pin(async move {
            let claim = self.inner.claim(id, owner, lease).await?;
            if claim == Claim::InFlight {
                let _ = self.in_flight_seen.send(());
            }
            Ok(claim)
        })
    }
    fn complete<'a>(
        &'a self,
        id: &'a str,
        owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>> {
        self.inner.complete(id, owner)
    }
    fn release<'a>(
        &'a self,
        id: &'a str,
        owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>> {
        self.inner.release(id, owner)
    }
}

#[tokio::test(start_paused = true)]
async fn redelivery_while_the_first_copy_runs_is_not_acknowledged_before_it_succeeds() {
    let (script, mut started) = Scripted::new(&[Step::WaitThenFail, Step::Ok]);
    let store = Arc::new(InMemoryDeduper::default());
    let (in_flight_seen, mut waiting) = mpsc::unbounded_channel();
    let app = WebhookReceiver::builder(TOKEN)
        .deduper(Watched {
            inner: store.clone(),
            in_flight_seen,
        })
        .duplicate_wait(Duration::from_secs(3600))
        .build(script.handler())
        .unwrap()
        .into_router(PATH);
    let delivery = event("e-race", "hello");

    let first = tokio::spawn({
        let (app, delivery) = (app.clone(), delivery.clone());
        async move { send(&app, &delivery).await }
    });
    assert_eq!(started.recv().await, Some(1), "the first copy is running");
    let second = tokio::spawn({
        let (app, delivery) = (app.clone(), delivery.clone());
        async move { send(&app, &delivery).await }
    });
    // The redelivery found the first copy in flight and is waiting: it was
    // not answered "duplicate".
    waiting.recv().await.unwrap();
    assert!(!second.is_finished(), "answered while the first copy ran");

    // The first copy fails: the waiting copy runs the handler itself.
    script.permits.add_permits(1);
    assert_eq!(first.await.unwrap(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(second.await.unwrap(), StatusCode::OK);
    assert_eq!(script.successes(), ["e-race"], "handled successfully once");
    assert_eq!(store.state("e-race"), Some(Claim::Done));

    // Later copies are duplicates of a handled event.
    assert_eq!(send(&app, &delivery).await, StatusCode::OK);
    assert_eq!(script.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn redelivery_waits_a_bounded_time_then_asks_kaizala_to_retry() {
    let (script, mut started) = Scripted::new(&[Step::WaitThenOk]);
    let app = WebhookReceiver::builder(TOKEN)
        .duplicate_wait(Duration::from_secs(2))
        .build(script.handler())
        .unwrap()
        .into_router(PATH);
    let delivery = event("e-slow", "hello");
    let first = tokio::spawn({
        let (app, delivery) = (app.clone(), delivery.clone());
        async move { send(&app, &delivery).await }
    });
    started.recv().await.unwrap();
    let before = tokio::time::Instant::now();
    let response = app.clone().oneshot(post(&delivery, TOKEN)).await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.headers().contains_key(header::RETRY_AFTER));
    let waited = before.elapsed();
    assert!(
        waited >= Duration::from_secs(2) && waited < Duration::from_secs(3),
        "waited the bound, not more: {waited:?}"
    );

    script.permits.add_permits(1);
    assert_eq!(first.await.unwrap(), StatusCode::OK);
    assert_eq!(send(&app, &delivery).await, StatusCode::OK);
    assert_eq!(script.successes(), ["e-slow"]);
}

#[tokio::test(start_paused = true)]
async fn a_dropped_request_does_not_lose_its_event() {
    // Kaizala (or a timeout layer) gives up on the first copy and drops the
    // request; that handler run then fails. The redelivery must reach the
    // handler, not be answered "duplicate".
    let (script, mut started) = Scripted::new(&[Step::WaitThenFail, Step::Ok]);
    let store = Arc::new(InMemoryDeduper::default());
    let app = WebhookReceiver::builder(TOKEN)
        .shared_deduper(store.clone())
        .build(script.handler())
        .unwrap()
        .into_router(PATH);
    let delivery = event("e-dropped", "hello");

    let cut_off = tokio::time::timeout(Duration::from_secs(5), send(&app, &delivery)).await;
    assert!(cut_off.is_err(), "the request was dropped unanswered");
    assert_eq!(started.recv().await, Some(1));

    // The run goes on without its request; when it fails, the id is free.
    script.permits.add_permits(1);
    while store.state("e-dropped").is_some() {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(send(&app, &delivery).await, StatusCode::OK);
    assert_eq!(script.successes(), ["e-dropped"]);
}

#[tokio::test(start_paused = true)]
async fn a_dropped_request_whose_handler_succeeds_counts_once() {
    let (script, mut started) = Scripted::new(&[Step::WaitThenOk]);
    let store = Arc::new(InMemoryDeduper::default());
    let app = WebhookReceiver::builder(TOKEN)
        .shared_deduper(store.clone())
        .build(script.handler())
        .unwrap()
        .into_router(PATH);
    let delivery = event("e-late-ok", "hello");
    let cut_off = tokio::time::timeout(Duration::from_secs(5), send(&app, &delivery)).await;
    assert!(cut_off.is_err());
    started.recv().await.unwrap();
    script.permits.add_permits(1);
    while store.state("e-late-ok") != Some(Claim::Done) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(send(&app, &delivery).await, StatusCode::OK);
    assert_eq!(script.calls.load(Ordering::SeqCst), 1, "not run twice");
    assert_eq!(script.successes(), ["e-late-ok"]);
}

#[tokio::test(start_paused = true)]
async fn a_hanging_handler_is_abandoned_and_its_event_redelivered() {
    let (script, mut started) = Scripted::new(&[Step::Hang, Step::Ok]);
    let app = WebhookReceiver::builder(TOKEN)
        .handler_timeout(Duration::from_secs(30))
        .build(script.handler())
        .unwrap()
        .into_router(PATH);
    let delivery = event("e-hang", "hello");
    // Bounded so that a receiver with no handler timeout fails the test
    // instead of hanging it.
    let first = tokio::time::timeout(Duration::from_secs(600), send(&app, &delivery)).await;
    assert_eq!(first, Ok(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(started.recv().await, Some(1));
    assert_eq!(send(&app, &delivery).await, StatusCode::OK);
    assert_eq!(script.successes(), ["e-hang"]);
}

#[tokio::test(start_paused = true)]
async fn a_panicking_handler_releases_the_id_for_a_waiting_copy() {
    let calls = Arc::new(AtomicUsize::new(0));
    let gate = Arc::new(Semaphore::new(0));
    let (in_flight_seen, mut waiting) = mpsc::unbounded_channel();
    let handler = {
        let (calls, gate) = (calls.clone(), gate.clone());
        move |_: KaizalaEvent| {
            let (calls, gate) = (calls.clone(), gate.clone());
            async move {
                if calls.fetch_add(1, Ordering::SeqCst) == 0 {
                    gate.acquire().await.unwrap().forget();
                    panic!("handler bug");
                }
                Ok::<_, String>(())
            }
        }
    };
    let app = WebhookReceiver::builder(TOKEN)
        .deduper(Watched {
            inner: Arc::new(InMemoryDeduper::default()),
            in_flight_seen,
        })
        .duplicate_wait(Duration::from_secs(3600))
        .build(handler)
        .unwrap()
        .into_router(PATH);
    let delivery = event("e-panic", "hello");
    let first = tokio::spawn({
        let (app, delivery) = (app.clone(), delivery.clone());
        async move { send(&app, &delivery).await }
    });
    let second = tokio::spawn({
        let (app, delivery) = (app.clone(), delivery.clone());
        async move { send(&app, &delivery).await }
    });
    waiting.recv().await.unwrap();
    gate.add_permits(1);
    let mut statuses = [first.await.unwrap(), second.await.unwrap()];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::INTERNAL_SERVER_ERROR]
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn events_without_an_event_id_are_not_duplicates_of_each_other() {
    let (script, _started) = Scripted::new(&[]);
    let app = WebhookReceiver::new(TOKEN, script.handler())
        .unwrap()
        .into_router(PATH);
    for (id, text) in [("", "one"), ("", "two"), ("  ", "three")] {
        assert_eq!(send(&app, &event(id, text)).await, StatusCode::OK);
    }
    assert_eq!(script.calls.load(Ordering::SeqCst), 3);
}

#[test]
fn an_empty_callback_token_is_a_configuration_error() {
    let handler = |_: KaizalaEvent| async { Ok::<_, String>(()) };
    for token in ["", "   "] {
        let error = WebhookReceiver::builder(token).build(handler).unwrap_err();
        assert_eq!(error, WebhookConfigError::EmptyCallbackToken);
        assert!(error.to_string().contains("builder_without_token_check"));
        assert!(WebhookReceiver::new(token, handler).is_err());
    }
}

#[tokio::test(start_paused = true)]
async fn an_empty_token_header_is_never_accepted_and_no_check_is_explicit() {
    let (script, _started) = Scripted::new(&[]);
    let app = WebhookReceiver::new(TOKEN, script.handler())
        .unwrap()
        .into_router(PATH);
    let status = app
        .clone()
        .oneshot(post(&event("e1", "x"), ""))
        .await
        .unwrap()
        .status();
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let open = WebhookReceiver::builder_without_token_check()
        .build(script.handler())
        .unwrap();
    assert!(format!("{open:?}").contains("no token check"));
    let app = open.into_router(PATH);
    let no_header = Request::post(PATH)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(serde_json::to_vec(&event("e2", "x")).unwrap()))
        .unwrap();
    assert_eq!(
        app.oneshot(no_header).await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(script.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn absurd_waits_and_timeouts_are_no_panic() {
    let (script, _started) = Scripted::new(&[]);
    let app = WebhookReceiver::builder(TOKEN)
        .duplicate_wait(Duration::MAX)
        .handler_timeout(Duration::MAX)
        .store_timeout(Duration::MAX)
        .build(script.handler())
        .unwrap()
        .into_router(PATH);
    assert_eq!(send(&app, &event("e-max", "x")).await, StatusCode::OK);
    assert_eq!(send(&app, &event("e-max", "x")).await, StatusCode::OK);
    assert_eq!(script.calls.load(Ordering::SeqCst), 1);
}

/// An event store that records the ids it is asked about, over the
/// in-memory one.
struct RecordingDeduper {
    seen: Arc<Mutex<Vec<String>>>,
    inner: InMemoryDeduper,
}

impl EventDeduper for RecordingDeduper {
    fn claim<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, Result<Claim, DedupeError>> {
        self.seen.lock().unwrap().push(event_id.to_owned());
        self.inner.claim(event_id, owner, lease)
    }

    fn complete<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>> {
        self.seen.lock().unwrap().push(event_id.to_owned());
        self.inner.complete(event_id, owner)
    }

    fn release<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>> {
        self.seen.lock().unwrap().push(event_id.to_owned());
        self.inner.release(event_id, owner)
    }
}

/// Event ids are data from outside: one of 512 KiB (within the body
/// limit) must not make every remembered id cost half a MiB (50 000 of them
/// by default: 25 GiB). The store sees a short key for it, still one per id.
#[tokio::test]
async fn huge_event_ids_reach_the_store_as_short_keys_and_still_dedupe() {
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen_last = |seen: &Arc<Mutex<Vec<String>>>| seen.lock().unwrap().last().cloned();
    let handled = Arc::new(AtomicUsize::new(0));
    let counted = handled.clone();
    let app = WebhookReceiver::builder(TOKEN)
        .deduper(RecordingDeduper {
            seen: seen.clone(),
            inner: InMemoryDeduper::new(100, Duration::from_secs(3600)),
        })
        .build(move |_event: KaizalaEvent| {
            counted.fetch_add(1, Ordering::SeqCst);
            async { Ok::<(), &str>(()) }
        })
        .unwrap()
        .into_router(PATH);
    let huge_a = format!("{}a", "x".repeat(512 * 1024));
    let huge_b = format!("{}b", "x".repeat(512 * 1024));
    for id in [&huge_a, &huge_a, &huge_b] {
        assert_eq!(send(&app, &event(id, "hi")).await, StatusCode::OK);
    }
    assert_eq!(
        handled.load(Ordering::SeqCst),
        2,
        "a redelivery was handled again"
    );
    let lengths: Vec<usize> = seen.lock().unwrap().iter().map(String::len).collect();
    assert!(lengths.iter().all(|n| *n <= 256), "{lengths:?}");
    // A normal id reaches the store as it is.
    assert_eq!(send(&app, &event("ev-plain", "hi")).await, StatusCode::OK);
    assert_eq!(seen_last(&seen), Some("ev-plain".to_owned()));
}
