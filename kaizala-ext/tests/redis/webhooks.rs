//! Webhook receivers replicated behind a load balancer, sharing their
//! event store in a real Redis (features `redis` and `webhook`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::support::TestRedis;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use kaizala_emulator::{Emulator, WebhookConfig};
use kaizala_ext::kaizala_api::types::{
    CreateGroupRequest, CreateWebhookRequest, SendMessageRequest,
};
use kaizala_ext::prelude::*;
use kaizala_ext::redis::{RedisDeduper, SharedRedis};
use kaizala_ext::webhook::{KaizalaEvent, WebhookReceiver, WebhookSubscription, verify_semantics};
use kaizala_ext::{Credentials, KaizalaClient, SecretString};
use serde_json::json;

const CALLBACK_TOKEN: &str = "replicas-callback-token";

fn deduper(redis: &TestRedis) -> RedisDeduper {
    service_deduper(redis, "receiver")
}

#[tokio::test]
async fn the_redis_deduper_keeps_the_receivers_semantics() {
    let redis = TestRedis::shared();
    assert_eq!(verify_semantics(&deduper(&redis), "verify-1").await, Ok(()));
}

#[derive(Clone)]
struct Proxy {
    targets: Arc<Vec<String>>,
    next: Arc<Mutex<usize>>,
    http: reqwest::Client,
}

/// A round-robin load balancer: each request goes to the next receiver.
async fn forward(State(proxy): State<Proxy>, request: Request) -> Response {
    let target = {
        let mut next = proxy.next.lock().unwrap();
        *next += 1;
        proxy.targets[*next % proxy.targets.len()].clone()
    };
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20)
        .await
        .unwrap_or_default();
    let path = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    let mut out = proxy
        .http
        .request(parts.method.clone(), format!("{target}{path}"));
    for (name, value) in &parts.headers {
        if name != "host" && name != "content-length" {
            out = out.header(name, value);
        }
    }
    match out.body(body).send().await {
        Ok(answer) => {
            let status = answer.status();
            let bytes = answer.bytes().await.unwrap_or_default();
            Response::builder()
                .status(status)
                .body(Body::from(bytes))
                .unwrap()
        }
        Err(_) => Response::builder().status(502).body(Body::empty()).unwrap(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_receivers_behind_a_round_robin_balancer_handle_every_event_once() {
    let redis = TestRedis::shared();
    let emu = Emulator::builder()
        .webhooks(WebhookConfig {
            validation_timeout: Duration::from_secs(2),
            delivery_timeout: Duration::from_secs(2),
            retry_base: Duration::from_millis(50),
            max_retries: 10,
            ..WebhookConfig::default()
        })
        .start()
        .await
        .unwrap();
    let c = emu.connector();
    let client = KaizalaClient::builder()
        .http_client(crate::support::local_http())
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .build()
        .unwrap();
    let group_id = client
        .create_group()
        .body(CreateGroupRequest {
            name: "Replicated".into(),
            welcome_message: "hi".into(),
            members: vec![],
            group_type: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .group_id;

    // What the handlers did, across the replicas: every event's first run
    // (wherever it lands) is slow and fails; later runs succeed.
    let first_runs: Arc<Mutex<HashSet<String>>> = Arc::default();
    let successes: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let mut targets = Vec::new();
    for _ in 0..3 {
        let (first_runs, successes) = (first_runs.clone(), successes.clone());
        let receiver = WebhookReceiver::builder(CALLBACK_TOKEN)
            .deduper(deduper(&redis))
            .duplicate_wait(Duration::from_millis(100))
            .build(move |event: KaizalaEvent| {
                let (first_runs, successes) = (first_runs.clone(), successes.clone());
                async move {
                    let id = event.event_id().to_owned();
                    let first = first_runs.lock().unwrap().insert(id.clone());
                    if first {
                        tokio::time::sleep(Duration::from_millis(400)).await;
                        return Err("the first run of every event fails, slowly");
                    }
                    *successes.lock().unwrap().entry(id).or_default() += 1;
                    Ok::<(), &str>(())
                }
            })
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        targets.push(format!("http://{}", listener.local_addr().unwrap()));
        tokio::spawn(async move { axum::serve(listener, receiver.into_router("/kz")).await });
    }
    let proxy = Proxy {
        targets: Arc::new(targets),
        next: Arc::default(),
        http: crate::support::local_http_builder().build().unwrap(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let balancer = listener.local_addr().unwrap();
    let app = axum::Router::new().fallback(forward).with_state(proxy);
    tokio::spawn(async move { axum::serve(listener, app).await });

    let request: CreateWebhookRequest = serde_json::from_value(json!({
        "objectId": group_id, "objectType": "Group",
        "eventTypes": ["TextMessageCreated"],
        "callBackUrl": format!("http://{balancer}/kz"),
        "callBackToken": CALLBACK_TOKEN,
    }))
    .unwrap();
    WebhookSubscription::create(&client, request)
        .await
        .expect("validated through the balancer");

    // Faults: every event delivered twice, each attempt cut after 200 ms
    // (the first run takes 400 ms), redeliveries every 50 ms or so.
    const EVENTS: usize = 5;
    emu.inject_duplicate_deliveries(EVENTS as u32);
    emu.set_delivery_timeout(Duration::from_millis(200));
    for i in 0..EVENTS {
        client
            .send_message()
            .group_id(group_id.clone())
            .body(SendMessageRequest {
                message: format!("event {i}").parse().unwrap(),
                send_to_all_subscribers: None,
                subscribers: None,
            })
            .send()
            .await
            .unwrap();
    }
    let delivered = emu
        .wait_for_deliveries(2 * EVENTS, Duration::from_secs(30))
        .await;
    assert_eq!(delivered.len(), 2 * EVENTS, "{:?}", emu.deliveries());
    assert!(
        delivered.iter().all(|d| d.delivered),
        "{:?}",
        emu.deliveries()
    );
    // Let any run still going end (the emulator stopped at the first 200).
    tokio::time::sleep(Duration::from_millis(600)).await;
    let ids: HashSet<&str> = delivered.iter().map(|d| d.event_id.as_str()).collect();
    assert_eq!(ids.len(), EVENTS);
    let successes = successes.lock().unwrap();
    for id in ids {
        assert_eq!(successes.get(id), Some(&1), "event {id}: {successes:?}");
    }
    assert_eq!(
        first_runs.lock().unwrap().len(),
        EVENTS,
        "every first run failed"
    );
    assert_eq!(successes.len(), EVENTS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_down_deliveries_are_refused_then_handled_once_after_it_restarts() {
    // Append-only with an fsync per write: "done" marks survive the restart.
    let mut redis = TestRedis::own(true);
    let emu = Emulator::builder()
        .webhooks(WebhookConfig {
            validation_timeout: Duration::from_secs(2),
            delivery_timeout: Duration::from_secs(2),
            retry_base: Duration::from_millis(100),
            max_retries: 12,
            ..WebhookConfig::default()
        })
        .start()
        .await
        .unwrap();
    let c = emu.connector();
    let client = KaizalaClient::builder()
        .http_client(crate::support::local_http())
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .build()
        .unwrap();
    let group_id = client
        .create_group()
        .body(CreateGroupRequest {
            name: "Down".into(),
            welcome_message: "hi".into(),
            members: vec![],
            group_type: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .group_id;
    let handled: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let receiver = WebhookReceiver::builder(CALLBACK_TOKEN)
        .deduper(deduper(&redis))
        .store_timeout(Duration::from_secs(1))
        .build({
            let handled = handled.clone();
            move |event: KaizalaEvent| {
                let handled = handled.clone();
                async move {
                    *handled
                        .lock()
                        .unwrap()
                        .entry(event.event_id().to_owned())
                        .or_default() += 1;
                    Ok::<(), &str>(())
                }
            }
        })
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, receiver.into_router("/kz")).await });
    let request: CreateWebhookRequest = serde_json::from_value(json!({
        "objectId": group_id, "objectType": "Group",
        "eventTypes": ["TextMessageCreated"],
        "callBackUrl": format!("http://{addr}/kz"),
        "callBackToken": CALLBACK_TOKEN,
    }))
    .unwrap();
    WebhookSubscription::create(&client, request).await.unwrap();

    // One event handled while Redis is up, then Redis dies.
    let send = |text: &'static str| {
        client
            .send_message()
            .group_id(group_id.clone())
            .body(SendMessageRequest {
                message: text.parse().unwrap(),
                send_to_all_subscribers: None,
                subscribers: None,
            })
            .send()
    };
    emu.inject_duplicate_deliveries(2);
    send("before").await.unwrap();
    emu.wait_for_deliveries(2, Duration::from_secs(10)).await;
    redis.kill();
    send("while down").await.unwrap();
    // Refused (fail closed: non-2xx), never handled without the store.
    tokio::time::sleep(Duration::from_millis(800)).await;
    let down = emu.deliveries();
    let pending: Vec<_> = down.iter().filter(|d| !d.delivered).collect();
    assert_eq!(pending.len(), 2, "{down:?}");
    for d in &pending {
        assert!(
            d.attempts.iter().all(|a| a.status.is_none_or(|s| s >= 500)),
            "{:?}",
            d.attempts
        );
    }
    assert_eq!(
        handled.lock().unwrap().len(),
        1,
        "nothing handled while Redis is down"
    );
    // Redis restarts with its data: the redeliveries are handled, once.
    redis.restart();
    let delivered = emu.wait_for_deliveries(4, Duration::from_secs(30)).await;
    assert_eq!(delivered.len(), 4, "{:?}", emu.deliveries());
    let handled = handled.lock().unwrap();
    assert_eq!(handled.len(), 2, "{handled:?}");
    assert!(handled.values().all(|n| *n == 1), "{handled:?}");
}

/// Two services, each with its own webhook on one group and its own
/// receiver, sharing one Redis (and one prefix): Kaizala sends the same
/// event id to both webhooks, and each service handles every event once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_services_on_one_redis_each_handle_every_event_once() {
    let redis = TestRedis::shared();
    let emu = Emulator::builder().start().await.unwrap();
    let c = emu.connector();
    let client = KaizalaClient::builder()
        .http_client(crate::support::local_http())
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .build()
        .unwrap();
    let group_id = client
        .create_group()
        .body(CreateGroupRequest {
            name: "Two services".into(),
            welcome_message: "hi".into(),
            members: vec![],
            group_type: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .group_id;
    let handled: Arc<Mutex<HashMap<(&'static str, String), usize>>> = Arc::default();
    for service in ["billing", "audit"] {
        let handled = handled.clone();
        let receiver = WebhookReceiver::builder(CALLBACK_TOKEN)
            .deduper(service_deduper(&redis, service))
            .build(move |event: KaizalaEvent| {
                let handled = handled.clone();
                async move {
                    *handled
                        .lock()
                        .unwrap()
                        .entry((service, event.event_id().to_owned()))
                        .or_default() += 1;
                    Ok::<(), &str>(())
                }
            })
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, receiver.into_router("/kz")).await });
        let request: CreateWebhookRequest = serde_json::from_value(json!({
            "objectId": group_id, "objectType": "Group",
            "eventTypes": ["TextMessageCreated"],
            "callBackUrl": format!("http://{address}/kz"),
            "callBackToken": CALLBACK_TOKEN,
        }))
        .unwrap();
        WebhookSubscription::create(&client, request)
            .await
            .expect("validated");
    }
    const EVENTS: usize = 5;
    for i in 0..EVENTS {
        client
            .send_message()
            .group_id(group_id.clone())
            .body(SendMessageRequest {
                message: format!("event {i}").parse().unwrap(),
                send_to_all_subscribers: None,
                subscribers: None,
            })
            .send()
            .await
            .unwrap();
    }
    let delivered = emu
        .wait_for_deliveries(2 * EVENTS, Duration::from_secs(30))
        .await;
    assert_eq!(delivered.len(), 2 * EVENTS, "{:?}", emu.deliveries());
    assert!(
        delivered.iter().all(|d| d.delivered),
        "{:?}",
        emu.deliveries()
    );
    let handled = handled.lock().unwrap();
    for service in ["billing", "audit"] {
        let runs: Vec<usize> = handled
            .iter()
            .filter(|((s, _), _)| *s == service)
            .map(|(_, n)| *n)
            .collect();
        assert_eq!(runs, vec![1; EVENTS], "{service}: {handled:?}");
    }
}

fn service_deduper(redis: &TestRedis, service: &str) -> RedisDeduper {
    SharedRedis::open_with(redis.url(), &redis.prefix, Duration::from_millis(500))
        .unwrap()
        .deduper(service, RedisDeduper::DEFAULT_WINDOW)
}
