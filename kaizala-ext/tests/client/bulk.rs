//! Bulk helpers against the in-process emulator: chunking, per-number
//! outcomes, up-front rejection, partial failures, progress, pacing.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use kaizala_api::types::{ActionRequest, GroupType};
use kaizala_emulator::{Emulator, ThrottleConfig};
use kaizala_ext::bulk::{BulkOptions, BulkProgress, FailureReason};
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, KaizalaClient, RateBudget, RateLimit, RetryPolicy, SecretString};

fn fast_retries() -> RetryPolicy {
    let mut policy = RetryPolicy::default();
    policy.initial_backoff = Duration::from_millis(1);
    policy.max_backoff = Duration::from_millis(5);
    policy
}

fn client_for(emu: &Emulator, limit: RateLimit) -> KaizalaClient {
    let c = emu.connector();
    KaizalaClient::builder()
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .retry(fast_retries())
        .rate_limit(limit)
        .build()
        .expect("client")
}

/// An emulator without throttling and a client paced fast, so tests are quick.
async fn setup() -> (Emulator, KaizalaClient) {
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: false,
            ..ThrottleConfig::default()
        })
        .start()
        .await
        .expect("emulator");
    let client = client_for(&emu, RateLimit::new(1000, Duration::from_secs(1)));
    (emu, client)
}

fn numbers(range: std::ops::Range<u32>) -> Vec<String> {
    range.map(|i| format!("+1555020{i:04}")).collect()
}

fn recorder() -> (BulkOptions, Arc<Mutex<Vec<BulkProgress>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let options = BulkOptions::new().on_progress(move |p| sink.lock().unwrap().push(*p));
    (options, seen)
}

fn calls(emu: &Emulator, method: &str, suffix: &str) -> usize {
    emu.request_log()
        .iter()
        .filter(|r| r.method == method && r.path.ends_with(suffix))
        .count()
}

#[tokio::test]
async fn create_and_add_members_in_chunks_of_100_reporting_every_number() {
    let (emu, client) = setup().await;
    let (created, report) = client
        .create_group_bulk(
            "Field",
            "Welcome",
            GroupType::Group,
            numbers(0..150),
            &BulkOptions::new(),
        )
        .await
        .expect("group created");
    assert!(report.all_succeeded(), "{:?}", report.failed);
    assert_eq!(report.succeeded.len(), 150);
    assert_eq!(report.calls, 2);
    assert_eq!(report.succeeded, numbers(0..150), "input order");
    assert_eq!(calls(&emu, "POST", "/groups"), 1);
    let group = created.group_id;
    // The creator plus 150.
    assert_eq!(emu.members(&group).len(), 151);

    // 250 more, with malformed numbers and repeats among them.
    let mut input = numbers(1000..1250);
    input.insert(3, "12345".into());
    input.insert(10, "+44 20 7946 0000".into());
    input.push("+15550201000".into()); // repeats the first
    input.push(String::new());
    let (options, progress) = recorder();
    let report = client
        .add_members_bulk(&group, &input, &options.concurrency(2))
        .await
        .expect("valid group id");
    assert_eq!(report.total(), input.len(), "nothing dropped");
    assert_eq!(report.succeeded.len(), 250);
    assert_eq!(report.calls, 3, "100 + 100 + 50");
    assert_eq!(report.failed.len(), 4);
    let reasons: Vec<(&str, &FailureReason)> = report
        .failed
        .iter()
        .map(|f| (f.item.as_str(), &f.reason))
        .collect();
    assert!(matches!(
        reasons[0],
        ("12345", FailureReason::Invalid { .. })
    ));
    assert!(matches!(
        reasons[1],
        ("+44 20 7946 0000", FailureReason::Invalid { .. })
    ));
    assert!(matches!(
        reasons[2],
        ("+15550201000", FailureReason::Duplicate { first_index: 0 })
    ));
    assert!(matches!(reasons[3], ("", FailureReason::Invalid { .. })));
    assert_eq!(emu.members(&group).len(), 401);
    // Every PUT carried at most 100 numbers: three calls for 250.
    assert_eq!(calls(&emu, "PUT", "/members"), 4);

    let progress = progress.lock().unwrap().clone();
    assert_eq!(progress.len(), 4, "once up front, then once per call");
    assert_eq!(progress[0].failed, 4);
    let last = progress.last().expect("progress");
    assert_eq!(
        (last.done, last.total, last.calls),
        (input.len(), input.len(), 3)
    );
    assert!(progress.windows(2).all(|w| w[0].done <= w[1].done));
}

#[tokio::test]
async fn a_chunk_that_keeps_failing_is_reported_number_by_number() {
    let (emu, client) = setup().await;
    let (created, _) = client
        .create_group_bulk(
            "G",
            "W",
            GroupType::Group,
            Vec::<String>::new(),
            &BulkOptions::new(),
        )
        .await
        .expect("group");
    // addMembers is a PUT: each call is tried 3 times. Fail the first call's three attempts.
    emu.inject_server_errors(3);
    let input = numbers(0..30);
    let report = client
        .add_members_bulk(
            &created.group_id,
            &input,
            &BulkOptions::new().chunk_size(10).concurrency(1),
        )
        .await
        .expect("report");
    assert_eq!(report.total(), 30);
    assert_eq!(report.succeeded, numbers(10..30));
    assert_eq!(report.failed.len(), 10);
    for (failure, number) in report.failed.iter().zip(numbers(0..10)) {
        assert_eq!(failure.item, number);
        let error = failure.reason.error().expect("the call's error");
        assert_eq!(error.status(), Some(503));
    }
    assert_eq!(report.retryable(), numbers(0..10));
    assert_eq!(emu.members(&created.group_id).len(), 21);
}

#[tokio::test]
async fn subscribers_get_the_outcome_the_service_reports_for_each() {
    let (emu, client) = setup().await;
    let (created, _) = client
        .create_group_bulk(
            "Public",
            "W",
            GroupType::ConnectGroup,
            Vec::<String>::new(),
            &BulkOptions::new(),
        )
        .await
        .expect("group");
    let group = created.group_id;
    let first = client
        .add_subscribers_bulk(&group, numbers(0..5), &BulkOptions::new())
        .await
        .expect("report");
    assert!(first.all_succeeded());

    // 0..5 are subscribed already; 5..130 are new; one malformed.
    let mut input = numbers(0..130);
    input.push("+0000".into());
    let report = client
        .add_subscribers_bulk(&group, &input, &BulkOptions::new().chunk_size(50))
        .await
        .expect("report");
    assert_eq!(report.total(), 131);
    assert_eq!(report.calls, 3);
    assert_eq!(report.succeeded, numbers(5..130));
    assert_eq!(report.failed.len(), 6);
    for f in &report.failed[..5] {
        assert!(
            matches!(&f.reason, FailureReason::Rejected { reason: Some(r), .. } if r == "AlreadySubscribed"),
            "{f:?}"
        );
    }
    assert!(matches!(
        report.failed[5].reason,
        FailureReason::Invalid { .. }
    ));
    assert_eq!(emu.subscribers(&group).len(), 130);

    let mut leaving = numbers(120..130);
    leaving.extend(numbers(900..902)); // never subscribed
    let report = client
        .remove_subscribers_bulk(&group, &leaving, &BulkOptions::new())
        .await
        .expect("report");
    assert_eq!(report.succeeded, numbers(120..130));
    assert_eq!(report.failed.len(), 2);
    assert!(report.failed.iter().all(|f| matches!(
        &f.reason,
        FailureReason::Rejected { reason: Some(r), .. } if r == "NotSubscribed"
    )));
    assert_eq!(emu.subscribers(&group).len(), 120);
}

#[tokio::test]
async fn sends_to_subscribers_in_chunks_and_never_replay_a_failed_post() {
    let (emu, client) = setup().await;
    let (created, _) = client
        .create_group_bulk(
            "Public",
            "W",
            GroupType::ConnectGroup,
            Vec::<String>::new(),
            &BulkOptions::new(),
        )
        .await
        .expect("group");
    let group = created.group_id;
    client
        .add_subscribers_bulk(&group, numbers(0..25), &BulkOptions::new())
        .await
        .expect("subscribed");

    // The first sendMessage answers 503: a POST, so not replayed.
    emu.inject_server_errors(1);
    let options = BulkOptions::new().chunk_size(10).concurrency(1);
    let report = client
        .send_message_bulk(&group, "Your order shipped", numbers(0..25), &options)
        .await
        .expect("report");
    assert_eq!(calls(&emu, "POST", "/messages"), 3, "3 chunks, no replay");
    assert_eq!(report.calls, 3);
    assert_eq!(report.succeeded, numbers(10..25));
    assert_eq!(report.references.len(), 2);
    assert_eq!(report.failed.len(), 10);
    assert!(
        report
            .failed
            .iter()
            .all(|f| f.reason.error().and_then(|e| e.status()) == Some(503))
    );
    assert_eq!(emu.messages_in(&group).len(), 2);

    // A chunk with a number that is not a subscriber is refused whole (400).
    let mut audience = numbers(0..5);
    audience.push("+15550299999".into());
    let report = client
        .send_message_bulk(
            &group,
            "Hello",
            &audience,
            &BulkOptions::new().chunk_size(3),
        )
        .await
        .expect("report");
    assert_eq!(report.succeeded, numbers(0..3));
    assert_eq!(report.failed.len(), 3);
    assert!(
        report
            .failed
            .iter()
            .all(|f| f.reason.error().and_then(|e| e.status()) == Some(400))
    );

    // A message the service would refuse is refused before the network.
    let before = emu.request_log().len();
    let too_long = "x".repeat(4001);
    let refused = client
        .send_message_bulk(&group, &too_long, numbers(0..3), &BulkOptions::new())
        .await;
    assert!(matches!(
        refused,
        Err(kaizala_ext::Error::InvalidInput { .. })
    ));
    assert_eq!(emu.request_log().len(), before);

    // An Action, to the subscribers in chunks.
    let action = ActionRequest::Announcement {
        action_body: serde_json::from_value(
            serde_json::json!({"title": "News", "message": "Open late"}),
        )
        .expect("body"),
        send_to_all_subscribers: None,
        subscribers: None,
    };
    let report = client
        .send_action_bulk(
            &group,
            action,
            numbers(0..25),
            &BulkOptions::new().chunk_size(20),
        )
        .await
        .expect("report");
    assert!(report.all_succeeded(), "{:?}", report.failed);
    assert_eq!(report.references.len(), 2);
    assert_eq!(emu.actions_in(&group).len(), 2);
}

#[tokio::test]
async fn removes_members_by_id_and_reports_unknown_ones() {
    let (emu, client) = setup().await;
    let (created, _) = client
        .create_group_bulk(
            "G",
            "W",
            GroupType::Group,
            numbers(0..6),
            &BulkOptions::new(),
        )
        .await
        .expect("group");
    let group = created.group_id;
    let ids: Vec<String> = emu
        .members(&group)
        .into_iter()
        .filter(|m| m.mobile_number != kaizala_emulator::DEFAULT_MOBILE_NUMBER)
        .map(|m| m.user_id)
        .collect();
    assert_eq!(ids.len(), 6);
    let mut input = ids.clone();
    input.push("no-such-member".into());
    input.push("  ".into());
    let report = client
        .remove_members_bulk(&group, &input, &BulkOptions::new())
        .await
        .expect("report");
    assert_eq!(report.succeeded, ids);
    assert_eq!(report.calls, 7);
    assert_eq!(report.failed.len(), 2);
    assert_eq!(
        report.failed[0].reason.error().and_then(|e| e.status()),
        Some(404)
    );
    assert!(matches!(
        report.failed[1].reason,
        FailureReason::Invalid { .. }
    ));
    assert_eq!(emu.members(&group).len(), 1);

    let empty_group = client
        .remove_members_bulk("", &ids, &BulkOptions::new())
        .await;
    assert!(matches!(
        empty_group,
        Err(kaizala_ext::Error::InvalidInput { .. })
    ));
}

#[tokio::test]
async fn a_429_pauses_the_budget_and_every_number_still_lands() {
    // The service allows 4 calls per 500 ms window; the client believes in far more.
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: true,
            window: Duration::from_millis(500),
            per_connector: 4,
            per_tenant: 300,
        })
        .start()
        .await
        .expect("emulator");
    let client = client_for(&emu, RateLimit::new(1000, Duration::from_secs(1)));
    let (created, _) = client
        .create_group_bulk(
            "G",
            "W",
            GroupType::Group,
            Vec::<String>::new(),
            &BulkOptions::new(),
        )
        .await
        .expect("group");
    let report = client
        .add_members_bulk(
            &created.group_id,
            numbers(0..10),
            &BulkOptions::new().chunk_size(1).concurrency(4),
        )
        .await
        .expect("report");
    assert!(report.all_succeeded(), "{:?}", report.failed);
    let throttled = emu.request_log().iter().filter(|r| r.status == 429).count();
    assert!(throttled > 0, "the service throttled some calls");
    let budget = client.connector_budget().expect("pacing on");
    assert!(budget.pauses() > 0, "the budget learnt from Retry-After");
}

#[tokio::test]
async fn clients_of_one_tenant_share_its_budget() {
    let (emu, _) = setup().await;
    let tenant = RateBudget::per_tenant();
    let second_connector = emu.seed_connector(kaizala_emulator::ConnectorSeed::new(
        kaizala_emulator::DEFAULT_MOBILE_NUMBER,
    ));
    let build = |c: kaizala_emulator::ConnectorCredentials| {
        KaizalaClient::builder()
            .credentials(Credentials::new(
                c.application_id,
                SecretString::from(c.application_secret),
                Some(SecretString::from(c.refresh_token)),
            ))
            .auth_root(emu.auth_url())
            .tenant_budget(tenant.clone())
            .build()
            .expect("client")
    };
    let a = build(emu.connector());
    let b = build(second_connector);
    assert!(Arc::ptr_eq(
        a.tenant_budget().expect("a"),
        b.tenant_budget().expect("b")
    ));
    assert!(!Arc::ptr_eq(
        a.connector_budget().expect("a"),
        b.connector_budget().expect("b")
    ));
    assert_eq!(
        a.connector_budget().expect("a").limit(),
        RateLimit::PER_CONNECTOR
    );

    let off = KaizalaClient::builder()
        .credentials(Credentials::new(
            "x",
            SecretString::from("y".to_owned()),
            None,
        ))
        .no_rate_limit()
        .build()
        .expect("client");
    assert!(off.connector_budget().is_none());
}

fn throttled_emulator_config(per_connector: u32, per_tenant: u32) -> ThrottleConfig {
    ThrottleConfig {
        enabled: true,
        window: Duration::from_secs(1),
        per_connector,
        per_tenant,
    }
}

#[tokio::test]
async fn a_shared_tenant_budget_keeps_two_connectors_under_the_tenant_limit() {
    // The tenant may make 5 calls a second; each connector alone could make 100.
    // A 30 % margin (300 ms of a busy machine's delays; production's 1 % of a
    // minute is 600 ms): two budgets of their own would still make 7.7 a second.
    let emu = Emulator::builder()
        .throttle(throttled_emulator_config(100, 5))
        .start()
        .await
        .expect("emulator");
    let tenant = RateBudget::new(RateLimit::new(5, Duration::from_secs(1)).with_margin(0.3));
    let second = emu.seed_connector(kaizala_emulator::ConnectorSeed::new(
        kaizala_emulator::DEFAULT_MOBILE_NUMBER,
    ));
    let build = |c: kaizala_emulator::ConnectorCredentials| {
        KaizalaClient::builder()
            .credentials(Credentials::new(
                c.application_id,
                SecretString::from(c.application_secret),
                Some(SecretString::from(c.refresh_token)),
            ))
            .auth_root(emu.auth_url())
            .retry(RetryPolicy::disabled())
            .rate_limit(RateLimit::new(1000, Duration::from_secs(1)))
            .tenant_budget(tenant.clone())
            .build()
            .expect("client")
    };
    let a = build(emu.connector());
    let b = build(second);
    let (group, _) = a
        .create_group_bulk(
            "G",
            "W",
            GroupType::Group,
            numbers(0..1),
            &BulkOptions::new(),
        )
        .await
        .expect("group");
    let one_per_call = BulkOptions::new().chunk_size(1);
    let (ra, rb) = tokio::join!(
        a.add_members_bulk(&group.group_id, numbers(100..104), &one_per_call),
        b.add_members_bulk(&group.group_id, numbers(200..204), &one_per_call),
    );
    let (ra, rb) = (ra.expect("a"), rb.expect("b"));
    assert!(
        ra.all_succeeded() && rb.all_succeeded(),
        "{:?} {:?}",
        ra.failed,
        rb.failed
    );
    let throttled = emu.request_log().iter().filter(|r| r.status == 429).count();
    assert_eq!(
        throttled, 0,
        "the shared budget kept the tenant under its limit"
    );
}

#[tokio::test]
async fn throttle_all_calls_paces_plain_calls_too() {
    let emu = Emulator::builder()
        .throttle(throttled_emulator_config(4, 300))
        .start()
        .await
        .expect("emulator");
    let c = emu.connector();
    let client = KaizalaClient::builder()
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .retry(RetryPolicy::disabled())
        // A 30 % margin: 300 ms for a busy machine's delays.
        .rate_limit(RateLimit::new(4, Duration::from_secs(1)).with_margin(0.3))
        .throttle_all_calls(true)
        .build()
        .expect("client");
    let calls = (0..7).map(|_| async { client.list_groups().send().await.map(|_| ()) });
    for result in futures::future::join_all(calls).await {
        result.expect("paced below the service's limit, so never throttled");
    }
    let throttled = emu.request_log().iter().filter(|r| r.status == 429).count();
    assert_eq!(throttled, 0);
}

// The helpers are extension-trait methods; their futures must stay `Send`
// so they can be spawned (a sealed trait with one impl keeps the auto
// traits of that impl's futures visible to callers).
#[test]
fn helper_futures_can_be_spawned() {
    fn spawnable<T: Send + 'static>(_: T) {}
    let client = kaizala_api::Client::with_access_token(
        "http://127.0.0.1:9/",
        kaizala_ext::SecretString::from("t"),
    )
    .expect("client");
    let c = client.clone();
    spawnable(async move {
        let options = kaizala_ext::bulk::BulkOptions::new();
        let _ = c
            .add_members_bulk("g", vec!["+15551234567".to_owned()], &options)
            .await;
        let _ = c
            .send_message_bulk("g", "hi", ["+15551234567"], &options)
            .await;
    });
    let c = client.clone();
    spawnable(async move {
        let media = kaizala_ext::Media::from_bytes("a.png", b"x".to_vec()).expect("png");
        let _ = c.upload_and_send("g", &media, None).await;
    });
    spawnable(client.subscribers("g"));
}
