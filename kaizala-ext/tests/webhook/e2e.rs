//! End to end with the emulator: subscribe → the emulator validates the
//! callback → group activity arrives as typed events; injected duplicates
//! reach the handler once; a failing handler gets the redelivery; a
//! disabled webhook is re-enabled.
#![cfg(feature = "webhook")]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use kaizala_emulator::{Emulator, WebhookConfig};
use kaizala_ext::kaizala_api::types::{
    CreateGroupRequest, CreateWebhookRequest, RespondToActionRequest, SendActionRequest,
    SendMessageRequest, UpdateWebhookRequest, WebhookEventType, WebhookObjectType,
};
use kaizala_ext::prelude::*;
use kaizala_ext::webhook::{
    KaizalaEvent, SurveyAnswer, WebhookReceiver, WebhookStatus, WebhookSubscription,
};
use kaizala_ext::{Credentials, KaizalaClient, SecretString};
use serde_json::json;
use tokio::sync::mpsc;

const CALLBACK_TOKEN: &str = "e2e-callback-token";

struct Setup {
    emu: Emulator,
    client: KaizalaClient,
    group_id: String,
    events: mpsc::UnboundedReceiver<KaizalaEvent>,
    fail_next: Arc<AtomicUsize>,
    subscription: WebhookSubscription,
}

async fn setup(event_types: Vec<WebhookEventType>) -> Setup {
    let emu = Emulator::builder()
        .webhooks(WebhookConfig {
            validation_timeout: Duration::from_secs(2),
            delivery_timeout: Duration::from_secs(2),
            retry_base: Duration::from_millis(20),
            max_retries: 3,
            ..WebhookConfig::default()
        })
        .start()
        .await
        .unwrap();
    let c = emu.connector();
    let client = KaizalaClient::builder()
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
            name: "Hooked".into(),
            welcome_message: "hi".into(),
            members: vec![],
            group_type: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .group_id;

    // The receiver must be serving before the subscription: the emulator validates it.
    let (tx, events) = mpsc::unbounded_channel();
    let fail_next = Arc::new(AtomicUsize::new(0));
    let fail = fail_next.clone();
    let receiver = WebhookReceiver::new(CALLBACK_TOKEN, move |event: KaizalaEvent| {
        let tx = tx.clone();
        let fail = fail.clone();
        async move {
            let failing = fail
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                .is_ok();
            let _ = tx.send(event);
            if failing {
                Err("handler failed on purpose")
            } else {
                Ok(())
            }
        }
    })
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, receiver.into_router("/kz")).await });

    let request: CreateWebhookRequest = serde_json::from_value(json!({
        "objectId": group_id, "objectType": "Group",
        "eventTypes": event_types,
        "callBackUrl": format!("http://{addr}/kz"),
        "callBackToken": CALLBACK_TOKEN, "callBackContext": "ctx-1",
    }))
    .unwrap();
    let subscription = WebhookSubscription::create(&client, request)
        .await
        .expect("the emulator validated the callback");
    assert_eq!(subscription.object_type, WebhookObjectType::Group);
    Setup {
        emu,
        client,
        group_id,
        events,
        fail_next,
        subscription,
    }
}

async fn next(events: &mut mpsc::UnboundedReceiver<KaizalaEvent>) -> KaizalaEvent {
    tokio::time::timeout(Duration::from_secs(10), events.recv())
        .await
        .expect("an event in time")
        .expect("channel open")
}

async fn send_text(s: &Setup, text: &str) {
    s.client
        .send_message()
        .group_id(s.group_id.clone())
        .body(SendMessageRequest {
            message: text.parse().unwrap(),
            send_to_all_subscribers: None,
            subscribers: None,
        })
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_message_arrives_typed_and_duplicates_reach_the_handler_once() {
    let mut s = setup(vec![WebhookEventType::TextMessageCreated]).await;
    s.emu.inject_duplicate_deliveries(1);
    send_text(&s, "hello hooks").await;

    let event = next(&mut s.events).await;
    let KaizalaEvent::TextMessageCreated(e) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(e.data.text, "hello hooks");
    assert_eq!(e.envelope.context.as_deref(), Some("ctx-1"));
    assert_eq!(
        e.envelope.subscription_id.as_deref(),
        Some(s.subscription.webhook_id.as_str())
    );
    assert_eq!(e.envelope.group_id.as_deref(), Some(s.group_id.as_str()));

    // Both copies were acknowledged with a 2xx…
    let delivered = s.emu.wait_for_deliveries(2, Duration::from_secs(5)).await;
    assert_eq!(delivered.len(), 2);
    assert!(delivered.iter().any(|d| d.duplicate));
    assert!(delivered.iter().all(|d| d.event_id == event.event_id()));
    // …but the handler saw the event once.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        s.events.try_recv().is_err(),
        "duplicate reached the handler"
    );
}

#[tokio::test]
async fn a_failing_handler_gets_the_redelivery() {
    let mut s = setup(vec![WebhookEventType::TextMessageCreated]).await;
    s.fail_next.store(1, Ordering::SeqCst);
    send_text(&s, "retry me").await;
    let first = next(&mut s.events).await;
    let second = next(&mut s.events).await;
    assert_eq!(first.event_id(), second.event_id());
    assert!(matches!(&second, KaizalaEvent::TextMessageCreated(e) if e.data.text == "retry me"));
    let delivered = s.emu.wait_for_deliveries(1, Duration::from_secs(5)).await;
    let statuses: Vec<Option<u16>> = delivered[0].attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(500), Some(200)]);
}

#[tokio::test]
async fn survey_responses_decode_their_answers() {
    let mut s = setup(vec![WebhookEventType::SurveyResponse]).await;
    let survey: SendActionRequest = serde_json::from_value(json!({
        "actionType": "Survey", "actionBody": { "title": "Lunch?", "questions": [
            { "title": "Where", "type": "Text" },
            { "title": "When", "type": "SingleOption", "options": [{ "title": "12" }, { "title": "13" }] },
            { "title": "Who", "type": "MultiOption", "options": [{ "title": "A" }, { "title": "B" }] },
            { "title": "How many", "type": "Numeric" },
            { "title": "Day", "type": "DateTime" },
            { "title": "Place", "type": "Location" }
        ]}
    }))
    .unwrap();
    let action_id = s
        .client
        .send_action()
        .group_id(s.group_id.clone())
        .body(survey)
        .send()
        .await
        .unwrap()
        .into_inner()
        .action_id
        .expect("an action id");
    let response: RespondToActionRequest = serde_json::from_value(json!({
        "actionType": "Survey", "actionBody": { "answers": [
            "Cafe", ["13"], ["A", "B"], 3, 1521800782956i64,
            { "lt": 17.5, "lg": 78.25, "n": "Hyderabad" }
        ]}
    }))
    .unwrap();
    s.client
        .respond_to_action()
        .group_id(s.group_id.clone())
        .action_id(action_id.clone())
        .body(response)
        .send()
        .await
        .unwrap();

    let event = next(&mut s.events).await;
    let KaizalaEvent::SurveyResponse(e) = &event else {
        panic!("{event:?}")
    };
    let answers: Vec<SurveyAnswer> = e.answers().into_iter().map(|a| a.answer).collect();
    assert!(
        matches!(&answers[0], SurveyAnswer::Text(t) if t == "Cafe"),
        "{answers:?}"
    );
    assert!(
        matches!(&answers[1], SurveyAnswer::SingleOption(t) if t == "13"),
        "{answers:?}"
    );
    assert!(
        matches!(&answers[2], SurveyAnswer::MultiOption(v) if v == &["A", "B"]),
        "{answers:?}"
    );
    assert!(
        matches!(answers[3], SurveyAnswer::Numeric(n) if n == 3.0),
        "{answers:?}"
    );
    assert!(
        matches!(answers[4], SurveyAnswer::DateTime(1521800782956)),
        "{answers:?}"
    );
    assert!(
        matches!(&answers[5], SurveyAnswer::Location { lat, long, name, .. } if *lat == 17.5 && *long == 78.25 && name.as_deref() == Some("Hyderabad")),
        "{answers:?}"
    );

    // PollResponse is not driven here: the spec's ActionResponseRequest has
    // no Poll form (the emulator accepts `actionType: "Poll"`); its decoding
    // is covered by kaizala-ext/tests/webhook/events.rs.
}

#[tokio::test]
async fn a_disabled_webhook_is_reenabled() {
    let mut s = setup(vec![WebhookEventType::TextMessageCreated]).await;
    assert_eq!(
        s.subscription.ensure_active(&s.client).await.unwrap(),
        WebhookStatus::Active
    );
    s.client
        .update_webhook()
        .webhook_id(s.subscription.webhook_id.clone())
        .body(UpdateWebhookRequest {
            active: Some(kaizala_ext::kaizala_api::types::StringBoolean::False),
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    assert!(!s.emu.webhooks()[0].active);
    assert_eq!(
        s.subscription.ensure_active(&s.client).await.unwrap(),
        WebhookStatus::Reenabled
    );
    assert!(s.emu.webhooks()[0].active);
    send_text(&s, "back again").await;
    assert!(
        matches!(next(&mut s.events).await, KaizalaEvent::TextMessageCreated(e) if e.data.text == "back again")
    );
}

/// Issue 9 §8, end to end: the emulator gives each delivery attempt 200 ms;
/// the handler's first run takes a second and then fails. Before, the
/// emulator's first retry was answered `200 "duplicate"` while that run was
/// still going, so its failure lost the event. Now a retry is never
/// acknowledged for a run that may yet fail, and the event is handled
/// successfully exactly once.
#[tokio::test]
async fn a_slow_handler_that_fails_first_behind_a_short_delivery_timeout_handles_the_event_once() {
    let emu = Emulator::builder()
        .webhooks(WebhookConfig {
            validation_timeout: Duration::from_secs(2),
            delivery_timeout: Duration::from_secs(2),
            retry_base: Duration::from_millis(50),
            max_retries: 8,
            ..WebhookConfig::default()
        })
        .start()
        .await
        .unwrap();
    let c = emu.connector();
    let client = KaizalaClient::builder()
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
            name: "Slow".into(),
            welcome_message: "hi".into(),
            members: vec![],
            group_type: None,
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .group_id;

    let started = Arc::new(AtomicUsize::new(0));
    let finished = Arc::new(AtomicUsize::new(0));
    let successes = Arc::new(AtomicUsize::new(0));
    let receiver = WebhookReceiver::new(CALLBACK_TOKEN, {
        let (started, finished, successes) = (started.clone(), finished.clone(), successes.clone());
        move |_: KaizalaEvent| {
            let (started, finished, successes) =
                (started.clone(), finished.clone(), successes.clone());
            async move {
                let first = started.fetch_add(1, Ordering::SeqCst) == 0;
                if first {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                finished.fetch_add(1, Ordering::SeqCst);
                if first {
                    return Err("slow and failing on purpose");
                }
                successes.fetch_add(1, Ordering::SeqCst);
                Ok(())
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

    // The fault: each delivery attempt times out after 200 ms.
    emu.set_delivery_timeout(Duration::from_millis(200));
    client
        .send_message()
        .group_id(group_id)
        .body(SendMessageRequest {
            message: "slow".parse().unwrap(),
            send_to_all_subscribers: None,
            subscribers: None,
        })
        .send()
        .await
        .unwrap();

    let delivered = emu.wait_for_deliveries(1, Duration::from_secs(20)).await;
    assert_eq!(delivered.len(), 1, "{:?}", emu.deliveries());
    // Every run the receiver started has ended (bounded wait).
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while finished.load(Ordering::SeqCst) < started.load(Ordering::SeqCst)
        && tokio::time::Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let attempts: Vec<Option<u16>> = delivered[0].attempts.iter().map(|a| a.status).collect();
    assert!(
        attempts.len() >= 2,
        "the first attempt timed out: {attempts:?}"
    );
    assert_eq!(attempts.last(), Some(&Some(200)), "{attempts:?}");
    assert_eq!(
        successes.load(Ordering::SeqCst),
        1,
        "handled successfully exactly once (attempts {attempts:?})"
    );
    assert_eq!(started.load(Ordering::SeqCst), 2, "failed run + one retry");
}
