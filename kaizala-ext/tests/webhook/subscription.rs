//! Subscribing a webhook and re-enabling it, against a scripted server.
#![cfg(feature = "webhook")]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::routing::{get, put};
use kaizala_ext::SecretString;
use kaizala_ext::kaizala_api::Client;
use kaizala_ext::kaizala_api::types::{CreateWebhookRequest, WebhookEventType, WebhookObjectType};
use kaizala_ext::webhook::{WebhookStatus, WebhookSubscription};
use serde_json::{Value, json};

/// The scripted service: what each listWebhooks answers (the last one
/// repeats) and every request it got.
#[derive(Clone, Default)]
struct Script {
    lists: Arc<Mutex<VecDeque<Value>>>,
    requests: Arc<Mutex<Vec<(String, Value)>>>,
}

impl Script {
    fn log(&self, what: String, body: Value) {
        self.requests.lock().unwrap().push((what, body));
    }
    fn requests(&self) -> Vec<(String, Value)> {
        self.requests.lock().unwrap().clone()
    }
}

async fn list(State(s): State<Script>, Query(q): Query<Value>) -> Json<Value> {
    s.log(format!("GET {}", q["objectId"].as_str().unwrap_or("")), q);
    let mut lists = s.lists.lock().unwrap();
    let answer = if lists.len() > 1 {
        lists.pop_front().unwrap()
    } else {
        lists.front().cloned().unwrap_or(json!({"webhooks": []}))
    };
    Json(answer)
}

async fn create(State(s): State<Script>, Json(body): Json<Value>) -> Json<Value> {
    s.log("POST".into(), body);
    Json(json!({"webhookId": "wh-new"}))
}

async fn update(
    State(s): State<Script>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Json<Value> {
    s.log(format!("PUT {id}"), body);
    Json(json!({}))
}

async fn serve(lists: Vec<Value>) -> (Client, Script) {
    let script = Script {
        lists: Arc::new(Mutex::new(lists.into())),
        ..Default::default()
    };
    let app = Router::new()
        .route("/v1/webhook", get(list).post(create))
        .route("/v1/webhook/{id}", put(update))
        .with_state(script.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client =
        Client::with_access_token(&format!("http://{addr}/"), SecretString::from("access"))
            .unwrap();
    (client, script)
}

fn listed(id: &str, active: Value) -> Value {
    json!({"webhooks": [
        {"id": "someone-else", "objectId": "g1", "objectType": "Group", "active": false},
        {"id": id, "objectId": "g1", "objectType": "Group", "events": ["TextMessageCreated"],
         "callbackUrl": "https://example.test/kz", "ts": 1505491564677i64, "validity": 1568605416677i64,
         "active": active}
    ]})
}

fn sub() -> WebhookSubscription {
    WebhookSubscription::existing("wh-1", "g1", WebhookObjectType::Group)
}

#[tokio::test]
async fn create_subscribes_and_remembers_the_object() {
    let (client, script) = serve(vec![]).await;
    let request = CreateWebhookRequest::builder()
        .object_id("g1")
        .object_type(WebhookObjectType::Group)
        .event_types(vec![WebhookEventType::TextMessageCreated])
        .call_back_url(
            "https://example.test/kz"
                .parse::<kaizala_ext::kaizala_api::types::CreateWebhookRequestCallBackUrl>()
                .unwrap(),
        )
        .call_back_token(Some(kaizala_api::Secret::from("cb-token")))
        .try_into()
        .unwrap();
    let sub = WebhookSubscription::create(&client, request).await.unwrap();
    assert_eq!(
        sub,
        WebhookSubscription::existing("wh-new", "g1", WebhookObjectType::Group)
    );
    let requests = script.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].0, "POST");
    assert_eq!(requests[0].1["callBackToken"], "cb-token");
    assert_eq!(requests[0].1["eventTypes"], json!(["TextMessageCreated"]));
}

#[tokio::test]
async fn a_disabled_webhook_is_reenabled_with_active_true() {
    for disabled in [json!(false), json!("false"), Value::Null] {
        let (client, script) = serve(vec![listed("wh-1", disabled.clone())]).await;
        assert_eq!(
            sub().ensure_active(&client).await.unwrap(),
            WebhookStatus::Reenabled,
            "{disabled}"
        );
        let requests = script.requests();
        assert_eq!(requests.len(), 2, "{requests:?}");
        assert_eq!(requests[0].0, "GET g1");
        assert_eq!(requests[0].1["objectType"], "Group");
        assert_eq!(
            requests[1],
            // webHooks.md's form (issue 10): a string, capital A.
            ("PUT wh-1".to_owned(), json!({"Active": "true"}))
        );
    }
}

#[tokio::test]
async fn an_active_webhook_is_left_alone() {
    for active in [json!(true), json!("True")] {
        let (client, script) = serve(vec![listed("wh-1", active)]).await;
        assert_eq!(
            sub().ensure_active(&client).await.unwrap(),
            WebhookStatus::Active
        );
        assert_eq!(script.requests().len(), 1, "only the list");
    }
}

#[tokio::test]
async fn a_webhook_no_longer_listed_is_missing() {
    let (client, script) = serve(vec![listed("other", json!(true))]).await;
    assert_eq!(
        sub().ensure_active(&client).await.unwrap(),
        WebhookStatus::Missing
    );
    assert_eq!(script.requests().len(), 1, "nothing re-enabled");
}

#[tokio::test]
async fn keep_alive_reenables_until_the_webhook_is_gone() {
    let (client, script) = serve(vec![
        listed("wh-1", json!(true)),
        listed("wh-1", json!(false)),
        json!({"webhooks": []}),
    ])
    .await;
    let status = tokio::time::timeout(
        Duration::from_secs(10),
        sub().keep_alive(&client, Duration::from_millis(10)),
    )
    .await
    .expect("keep_alive returns once the webhook is gone");
    assert_eq!(status, WebhookStatus::Missing);
    let kinds: Vec<String> = script.requests().into_iter().map(|(k, _)| k).collect();
    assert_eq!(kinds, ["GET g1", "GET g1", "PUT wh-1", "GET g1"]);
}

#[tokio::test]
async fn errors_surface_as_kaizala_errors() {
    // Nothing listens on this port once the listener is dropped.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client =
        Client::with_access_token(&format!("http://{addr}/"), SecretString::from("a")).unwrap();
    let error = sub().ensure_active(&client).await.unwrap_err();
    assert!(
        matches!(error, kaizala_ext::Error::Transport { .. }),
        "{error:?}"
    );
}
