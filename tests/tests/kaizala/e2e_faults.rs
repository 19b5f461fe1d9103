//! End to end: the faults a long-running connector meets, injected in the
//! emulator and handled by `kaizala-ext` without the caller noticing — token
//! expiry and rotation, endpoint moves, throttling, 5xx — and webhook
//! delivery with duplicates, received by `kaizala_ext::webhook`.

use std::time::{Duration, Instant};

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::e2e_support::{BOB, CHANDRA, ME, Receiver, phones, start, start_with};
use kaizala_emulator::{ApiBase, Delivery, Emulator, ThrottleConfig, WebhookConfig};
use kaizala_ext::kaizala_api::types::{
    CreateGroupRequest, CreateWebhookRequest, GroupType, SendMessageRequest, WebhookEventType,
    WebhookObjectType,
};
use kaizala_ext::webhook::{KaizalaEvent, WebhookStatus, WebhookSubscription};
use kaizala_ext::{Error, KaizalaClient};

async fn create_group(client: &KaizalaClient, name: &str) -> Result<String, Error> {
    Ok(client
        .create_group()
        .body(CreateGroupRequest {
            name: name.into(),
            welcome_message: "Hi".into(),
            members: phones(&[BOB]),
            group_type: Some(GroupType::Group),
        })
        .send()
        .await?
        .into_inner()
        .group_id)
}

async fn say(client: &KaizalaClient, group: &str, text: &str) -> String {
    client
        .send_message()
        .group_id(group)
        .body(SendMessageRequest {
            message: text.parse().expect("short"),
            subscribers: None,
            send_to_all_subscribers: None,
        })
        .send()
        .await
        .expect("sendMessage")
        .into_inner()
        .reference_id
}

#[tokio::test]
async fn token_expiry_mid_run_refreshes_once_for_concurrent_calls() {
    let env = start().await;
    let (emu, client) = (&env.emu, &env.client);
    let g = create_group(client, "Expiry").await.expect("createGroup");
    assert_eq!(emu.access_token_calls(), 1);

    emu.expire_access_tokens();
    // Five calls in flight at once, all holding the expired token.
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..5 {
        let (client, g) = (client.clone(), g.clone());
        tasks.spawn(async move {
            client
                .list_members()
                .group_id(g.as_str())
                .send()
                .await
                .map(|m| m.members.len())
        });
    }
    while let Some(result) = tasks.join_next().await {
        let members = result.expect("task ran").expect("succeeds after a refresh");
        assert_eq!(members, 2);
    }
    assert_eq!(
        emu.access_token_calls(),
        2,
        "one refresh, however many calls saw the 401"
    );
    let unauthorized = emu
        .request_log()
        .iter()
        .filter(|r| r.status == 401 && r.base == ApiBase::Tenant)
        .count();
    assert!(
        (1..=5).contains(&unauthorized),
        "the expired token was refused ({unauthorized} × 401)"
    );

    // Later calls use the new token: no more refreshes.
    client.list_groups().send().await.expect("listGroups");
    assert_eq!(emu.access_token_calls(), 2);
}

#[tokio::test]
async fn rotated_refresh_token_is_kept_and_used() {
    let env = start().await;
    let (emu, client) = (&env.emu, &env.client);
    create_group(client, "Rotation").await.expect("first call");
    emu.rotate_refresh_token_on_next_call();
    emu.expire_access_tokens();
    client.list_groups().send().await.expect("after rotation");
    // The old refresh token no longer works; the client must hold the rotated one.
    emu.expire_access_tokens();
    let groups = client
        .list_groups()
        .send()
        .await
        .expect("with the rotated token");
    assert_eq!(groups.groups.len(), 1);
    assert_eq!(emu.access_token_calls(), 3);
    let refused = emu
        .request_log()
        .iter()
        .filter(|r| r.path == "/accessToken" && r.status != 200)
        .count();
    assert_eq!(
        refused, 0,
        "the client never sent the retired refresh token"
    );
}

#[tokio::test]
async fn endpoint_move_is_followed_and_later_calls_use_the_new_base() {
    let env = start().await;
    let (emu, client) = (&env.emu, &env.client);
    let g = create_group(client, "Before the move")
        .await
        .expect("createGroup");
    let old = emu.endpoint_url();
    let new = emu.move_endpoint();
    assert_ne!(old, new);
    let before = emu.request_log().len();

    // A POST right after the move: the 308 is followed with the same body.
    let moved = create_group(client, "After the move")
        .await
        .expect("createGroup after the move");
    let names: Vec<String> = emu.groups().into_iter().map(|g| g.name).collect();
    assert_eq!(names, ["Before the move", "After the move"], "created once");
    assert!(emu.group(&moved).is_some());
    for _ in 0..3 {
        client
            .get_group()
            .group_id(g.as_str())
            .send()
            .await
            .expect("getGroup");
    }

    let log = emu.request_log().split_off(before);
    let tenant: Vec<_> = log.iter().filter(|r| r.path != "/accessToken").collect();
    let on_old: Vec<_> = tenant
        .iter()
        .filter(|r| r.base == ApiBase::MovedTenant)
        .collect();
    assert_eq!(
        on_old.len(),
        1,
        "only the first call hit the old base: {log:#?}"
    );
    assert_eq!(on_old[0].status, 308);
    assert_eq!(
        tenant.iter().filter(|r| r.base == ApiBase::Tenant).count(),
        4,
        "the replayed POST and the three GETs went to the new base"
    );
    assert!(tenant.iter().all(|r| r.status < 400), "{tenant:#?}");
}

#[tokio::test]
async fn throttling_429_is_waited_out_without_duplicating_work() {
    let env = start().await;
    let (emu, client) = (&env.emu, &env.client);
    client.list_groups().send().await.expect("token fetched");
    emu.set_throttle(ThrottleConfig {
        enabled: true,
        window: Duration::from_secs(1),
        per_connector: 2,
        per_tenant: 100,
    });
    let started = Instant::now();
    for i in 0..4 {
        create_group(client, &format!("Throttled {i}"))
            .await
            .expect("waited out, then created");
    }
    let elapsed = started.elapsed();
    let throttled = emu.request_log().iter().filter(|r| r.status == 429).count();
    assert!(throttled >= 1, "the shrunken window throttled some calls");
    assert!(
        elapsed >= Duration::from_millis(900),
        "Retry-After (1 s) was honoured: {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(15), "{elapsed:?}");
    let names: Vec<String> = emu.groups().into_iter().map(|g| g.name).collect();
    assert_eq!(
        names,
        ["Throttled 0", "Throttled 1", "Throttled 2", "Throttled 3"],
        "each group created exactly once"
    );
}

#[tokio::test]
async fn server_errors_are_retried_only_when_idempotent() {
    let env = start().await;
    let (emu, client) = (&env.emu, &env.client);
    let g = create_group(client, "Faulty").await.expect("createGroup");

    emu.inject_server_errors(2);
    let members = client
        .list_members()
        .group_id(g.as_str())
        .send()
        .await
        .expect("a GET is retried past two 503s");
    assert_eq!(members.members.len(), 2);
    assert_eq!(
        emu.request_log().iter().filter(|r| r.status == 503).count(),
        2
    );

    emu.inject_server_errors(1);
    let failed = create_group(client, "Never created").await;
    let err = failed.expect_err("a POST is not retried after a 503");
    assert_eq!(err.status(), Some(503), "{err}");
    let names: Vec<String> = emu.groups().into_iter().map(|g| g.name).collect();
    assert_eq!(names, ["Faulty"]);
}

#[tokio::test]
async fn webhook_delivery_end_to_end_with_duplicates() {
    let env = start().await;
    let (emu, client) = (&env.emu, &env.client);
    let g = create_group(client, "Deliveries")
        .await
        .expect("createGroup");
    let receiver = Receiver::start().await;
    let hook = client
        .create_webhook()
        .body(CreateWebhookRequest {
            object_id: g.clone(),
            object_type: WebhookObjectType::Group,
            event_types: vec![
                WebhookEventType::TextMessageCreated,
                WebhookEventType::MemberAdded,
            ],
            call_back_url: receiver.url.parse().expect("url"),
            call_back_token: Some(receiver.token.into()),
            call_back_context: Some("e2e".into()),
            validity: None,
        })
        .send()
        .await
        .expect("createWebhook (the receiver answered the handshake)")
        .into_inner()
        .webhook_id;

    // The next event is delivered twice with the same eventId.
    emu.inject_duplicate_deliveries(1);
    say(client, &g, "first, twice").await;
    let delivered = emu.wait_for_deliveries(2, Duration::from_secs(5)).await;
    assert_eq!(
        delivered.len(),
        2,
        "original and duplicate both answered 2xx"
    );
    assert_eq!(delivered[0].event_id, delivered[1].event_id);
    assert_eq!(delivered.iter().filter(|d| d.duplicate).count(), 1);
    assert!(delivered.iter().all(|d| d.webhook_id == hook));

    // A second, ordinary event.
    say(client, &g, "second, once").await;
    let delivered = emu.wait_for_deliveries(3, Duration::from_secs(5)).await;
    assert_eq!(delivered.len(), 3);

    // The handler saw each event once (the receiver dropped the duplicate), typed.
    let events = receiver.events();
    assert_eq!(events.len(), 2, "{events:#?}");
    let texts: Vec<String> = events
        .iter()
        .map(|e| match e {
            KaizalaEvent::TextMessageCreated(m) => {
                assert_eq!(m.envelope.context.as_deref(), Some("e2e"));
                assert_eq!(m.envelope.from_user.as_deref(), Some(ME));
                m.data.text.clone()
            }
            other => panic!("unexpected event {other:?}"),
        })
        .collect();
    assert_eq!(texts, ["first, twice", "second, once"]);

    // A member event through the same hook.
    client
        .add_members()
        .group_id(g.as_str())
        .body(kaizala_ext::kaizala_api::types::AddMembersRequest {
            members: phones(&[CHANDRA]),
        })
        .send()
        .await
        .expect("addMembers");
    emu.wait_for_deliveries(4, Duration::from_secs(5)).await;
    let events = receiver.events();
    assert_eq!(events.len(), 3, "{events:#?}");
    assert!(
        matches!(&events[2], KaizalaEvent::MemberAdded(_)),
        "{:?}",
        events[2]
    );
}

/// Waits (bounded) until a delivery has exhausted its retries.
async fn wait_for_failed_delivery(emu: &Emulator, timeout: Duration) -> Option<Delivery> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(d) = emu.deliveries().into_iter().find(|d| d.failed) {
            return Some(d);
        }
        if Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn failing_callback_is_retried_then_disabled_and_reenabled_by_put() {
    let env = start_with(Emulator::builder().webhooks(WebhookConfig {
        retry_base: Duration::from_millis(10),
        max_retries: 2,
        ..WebhookConfig::default()
    }))
    .await;
    let (emu, client) = (&env.emu, &env.client);
    let g = create_group(client, "Flaky receiver")
        .await
        .expect("createGroup");
    let failing = Arc::new(AtomicBool::new(true));
    let receiver = Receiver::start_failing(failing.clone()).await;
    let request = CreateWebhookRequest {
        object_id: g.clone(),
        object_type: WebhookObjectType::Group,
        event_types: vec![WebhookEventType::TextMessageCreated],
        call_back_url: receiver.url.parse().expect("url"),
        call_back_token: Some(receiver.token.into()),
        call_back_context: None,
        validity: None,
    };
    let sub = WebhookSubscription::create(client, request)
        .await
        .expect("createWebhook");
    assert_eq!(
        sub.ensure_active(client).await.expect("listWebhooks"),
        WebhookStatus::Active
    );

    // The handler fails: 1 attempt + 2 retries, all 500, then the webhook is disabled.
    say(client, &g, "nobody takes this").await;
    let failed = wait_for_failed_delivery(emu, Duration::from_secs(5))
        .await
        .expect("retries exhausted");
    let statuses: Vec<_> = failed.attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(500), Some(500), Some(500)]);
    assert!(!failed.delivered);
    assert!(!emu.webhooks()[0].active, "disabled after the retries");
    say(client, &g, "not delivered while disabled").await;
    assert_eq!(emu.deliveries().len(), 1, "nothing queued while disabled");

    // The keep-alive check sees it disabled and re-enables it with PUT.
    failing.store(false, Ordering::SeqCst);
    assert_eq!(
        sub.ensure_active(client).await.expect("ensure_active"),
        WebhookStatus::Reenabled
    );
    assert!(emu.webhooks()[0].active, "PUT Active: true re-enabled it");
    assert_eq!(
        emu.count_requests("PUT", &format!("/webhook/{}", sub.webhook_id)),
        1
    );

    say(client, &g, "delivered again").await;
    let delivered = emu.wait_for_deliveries(1, Duration::from_secs(5)).await;
    assert_eq!(delivered.len(), 1);
    let events = receiver.events();
    assert_eq!(events.len(), 1, "{events:#?}");
    match &events[0] {
        KaizalaEvent::TextMessageCreated(m) => assert_eq!(m.data.text, "delivered again"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        sub.ensure_active(client).await.expect("ensure_active"),
        WebhookStatus::Active
    );
}

// The 401 guard (a 401 for a token fetched in answer to a 401) must not fail
// calls that a fresh token serves: 64 tasks keep calling while the service
// expires every token and moves the endpoint, five times over. No call may
// fail, and the token service is still called a bounded number of times.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_expiry_and_endpoint_moves_fail_no_call() {
    // No throttling: the calls under test are the 401s, not 429s.
    let env = start_with(Emulator::builder().throttle(ThrottleConfig {
        enabled: false,
        ..ThrottleConfig::default()
    }))
    .await;
    let (emu, client) = (&env.emu, &env.client);
    client.list_groups().send().await.expect("first call");
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    const TASKS: usize = 64;
    const ROUNDS: usize = 5;
    let stop = Arc::new(AtomicBool::new(false));
    // The round now, and per task the round its last finished call started
    // in: a round begins only once every task finished a call started in the
    // previous one, so each call meets at most one expiry and one move however
    // slow the machine (a time-based schedule flaked under CI load).
    let round = Arc::new(AtomicUsize::new(0));
    let seen: Arc<Vec<AtomicUsize>> = Arc::new((0..TASKS).map(|_| AtomicUsize::new(0)).collect());
    let mut tasks = tokio::task::JoinSet::new();
    for task in 0..TASKS {
        let (client, stop, round, seen) =
            (client.clone(), stop.clone(), round.clone(), seen.clone());
        tasks.spawn(async move {
            let (mut ok, mut failed) = (0usize, Vec::new());
            while !stop.load(Ordering::SeqCst) {
                let started_in = round.load(Ordering::SeqCst);
                match client.list_groups().send().await {
                    Ok(_) => ok += 1,
                    Err(e) => failed.push(e.to_string()),
                }
                seen[task].store(started_in, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            (ok, failed)
        });
    }
    let all_caught_up = |r: usize| seen.iter().all(|s| s.load(Ordering::SeqCst) >= r);
    for r in 1..=ROUNDS + 1 {
        // Bounded: 30 s for 64 calls to finish is a hang, not a slow machine.
        let waited = tokio::time::timeout(Duration::from_secs(30), async {
            while !all_caught_up(r - 1) {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
        .await;
        assert!(waited.is_ok(), "round {r}: the tasks stopped making calls");
        if r <= ROUNDS {
            emu.expire_access_tokens();
            emu.move_endpoint();
            round.store(r, Ordering::SeqCst);
        }
    }
    stop.store(true, Ordering::SeqCst);
    let (mut ok, mut failed) = (0, Vec::new());
    while let Some(result) = tasks.join_next().await {
        let (o, f) = result.expect("task ran");
        ok += o;
        failed.extend(f);
    }
    assert!(ok > 64, "the tasks made calls ({ok})");
    assert!(
        failed.is_empty(),
        "{} of {} calls failed, e.g. {:?}",
        failed.len(),
        ok + failed.len(),
        failed.first()
    );
    // One per expiry, plus one per round where a token fetched just before
    // the expiry was refused in turn.
    assert!(
        emu.access_token_calls() <= 1 + 5 * 2,
        "{} accessToken calls for 5 expiries",
        emu.access_token_calls()
    );
}
