//! Paging streams against the in-process emulator: a walk to the end over
//! several pages, an empty list, an error in the middle.

use std::collections::HashSet;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use kaizala_api::types::{
    ActionRequest, AddReactionRequest, GroupType, JobBody, ReactionType, SendMessageRequest,
};
use kaizala_emulator::{Emulator, ThrottleConfig};
use kaizala_ext::bulk::BulkOptions;
use kaizala_ext::paging::ActionsQuery;
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, KaizalaClient, RateLimit, RetryPolicy, SecretString};

async fn setup() -> (Emulator, KaizalaClient) {
    let emu = Emulator::builder()
        .throttle(ThrottleConfig {
            enabled: false,
            ..ThrottleConfig::default()
        })
        .start()
        .await
        .expect("emulator");
    let c = emu.connector();
    let mut retry = RetryPolicy::default();
    retry.initial_backoff = Duration::from_millis(1);
    retry.max_backoff = Duration::from_millis(5);
    let client = KaizalaClient::builder()
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .retry(retry)
        .rate_limit(RateLimit::new(1000, Duration::from_secs(1)))
        .build()
        .expect("client");
    (emu, client)
}

fn numbers(n: u32) -> Vec<String> {
    (0..n).map(|i| format!("+1555030{i:04}")).collect()
}

async fn group(client: &KaizalaClient, kind: GroupType) -> String {
    client
        .create_group_bulk("G", "W", kind, Vec::<String>::new(), &BulkOptions::new())
        .await
        .expect("group")
        .0
        .group_id
}

fn list_calls(emu: &Emulator, method: &str, suffix: &str) -> usize {
    emu.request_log()
        .iter()
        .filter(|r| r.method == method && r.path.ends_with(suffix))
        .count()
}

#[tokio::test]
async fn subscribers_walk_every_page_to_the_end() {
    let (emu, client) = setup().await;
    let g = group(&client, GroupType::ConnectGroup).await;
    let report = client
        .add_subscribers_bulk(&g, numbers(120), &BulkOptions::new())
        .await
        .expect("subscribed");
    assert!(report.all_succeeded());

    let all: Vec<_> = client.subscribers(&g).try_collect().await.expect("pages");
    let got: Vec<String> = all.iter().filter_map(|s| s.mobile_number.clone()).collect();
    assert_eq!(got, numbers(120));
    assert_eq!(list_calls(&emu, "POST", "/subscribers"), 3, "50 + 50 + 20");

    emu.clear_request_log();
    let small: Vec<_> = client
        .subscribers_paged(&g, 7)
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(small.len(), 120);
    assert_eq!(list_calls(&emu, "POST", "/subscribers"), 18);

    // Over the maximum: clamped to 50, never refused.
    emu.clear_request_log();
    let big: Vec<_> = client
        .subscribers_paged(&g, 500)
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(big.len(), 120);
    assert_eq!(list_calls(&emu, "POST", "/subscribers"), 3);
}

#[tokio::test]
async fn an_empty_list_ends_at_once() {
    let (emu, client) = setup().await;
    let public = group(&client, GroupType::ConnectGroup).await;
    let plain = group(&client, GroupType::Group).await;
    emu.clear_request_log();
    assert_eq!(client.subscribers(&public).count().await, 0);
    assert_eq!(list_calls(&emu, "POST", "/subscribers"), 1);
    let actions: Vec<_> = client
        .actions(&plain, "Job", ActionsQuery::new())
        .collect()
        .await;
    assert!(actions.is_empty());
    let summaries: Vec<_> = client
        .group_reaction_summaries(&plain, &plain, None)
        .collect()
        .await;
    assert!(summaries.is_empty());
    let reactions: Vec<_> = client
        .reactions(&plain, "no-such-ref", &plain, ReactionType::Like, None)
        .collect()
        .await;
    // The emulator lists nothing for an unknown reference (or refuses it): never a hang.
    assert!(reactions.len() <= 1);
}

#[tokio::test]
async fn an_error_mid_stream_is_an_item_and_ends_the_stream() {
    let (emu, client) = setup().await;
    let g = group(&client, GroupType::ConnectGroup).await;
    client
        .add_subscribers_bulk(&g, numbers(120), &BulkOptions::new())
        .await
        .expect("subscribed");
    let mut stream = client.subscribers(&g);
    for _ in 0..50 {
        stream.next().await.expect("item").expect("first page");
    }
    // listSubscribers is a POST: the injected 503 is not retried.
    emu.inject_server_errors(1);
    let error = stream
        .next()
        .await
        .expect("an item")
        .expect_err("the failure");
    assert_eq!(error.status(), Some(503));
    assert!(stream.next().await.is_none(), "the stream ended");

    // A GET (listActions) is retried three times; fail all three.
    for i in 0..3 {
        send_job(&client, &g, i).await;
    }
    emu.inject_server_errors(3);
    let items: Vec<_> = client
        .actions(&g, "Job", ActionsQuery::new().count(2))
        .collect()
        .await;
    assert_eq!(items.len(), 1);
    assert!(items[0].is_err());
}

async fn send_job(client: &KaizalaClient, group: &str, i: u32) -> String {
    client
        .send_action()
        .group_id(group)
        .body(ActionRequest::Job {
            action_body: JobBody {
                title: format!("Job {i}"),
                assigned_to: vec![
                    kaizala_emulator::DEFAULT_MOBILE_NUMBER
                        .parse()
                        .expect("number"),
                ],
                due_date: None,
            },
            subscribers: None,
            send_to_all_subscribers: None,
        })
        .send()
        .await
        .expect("sent")
        .into_inner()
        .reference_id
}

#[tokio::test]
async fn actions_walk_back_in_time_without_losing_or_repeating_any() {
    let (emu, client) = setup().await;
    let g = group(&client, GroupType::Group).await;
    // Sent back to back: many share a millisecond, so pages end mid-instant.
    let mut sent = HashSet::new();
    for i in 0..47 {
        sent.insert(send_job(&client, &g, i).await);
    }
    emu.clear_request_log();
    let listed: Vec<_> = client
        .actions(&g, "Job", ActionsQuery::new().count(10))
        .try_collect()
        .await
        .expect("pages");
    let refs: Vec<String> = listed
        .iter()
        .map(|a| {
            serde_json::to_value(a).expect("json")["referenceId"]
                .as_str()
                .expect("referenceId")
                .to_owned()
        })
        .collect();
    assert_eq!(refs.len(), 47, "none repeated");
    assert_eq!(
        refs.iter().cloned().collect::<HashSet<_>>(),
        sent,
        "none lost"
    );
    let calls = list_calls(&emu, "GET", "/actions");
    assert!(
        (5..=12).contains(&calls),
        "{calls} calls for 47 in pages of 10"
    );

    // From a date: only what came before it.
    let newest_ms = emu
        .actions_in(&g)
        .iter()
        .map(|a| a.created_ms)
        .max()
        .expect("some");
    let older: Vec<_> = client
        .actions(&g, "Job", ActionsQuery::new().from_date(newest_ms))
        .try_collect()
        .await
        .expect("pages");
    let expected = emu
        .actions_in(&g)
        .iter()
        .filter(|a| a.created_ms < newest_ms)
        .count();
    assert_eq!(older.len(), expected);
}

async fn post(client: &KaizalaClient, group: &str, text: &str) -> String {
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
        .expect("sent")
        .into_inner()
        .reference_id
}

async fn comment(client: &KaizalaClient, group: &str, reference: &str, text: &str) {
    client
        .add_reaction()
        .group_id(group)
        .body(AddReactionRequest {
            reference_id: reference.into(),
            source_group_id: group.into(),
            reaction_type: ReactionType::Comment,
            comment: Some(text.into()),
        })
        .send()
        .await
        .expect("reaction");
}

#[tokio::test]
async fn reaction_streams_follow_tick_cursors_to_the_end() {
    let (emu, client) = setup().await;
    let g = group(&client, GroupType::Group).await;
    let first = post(&client, &g, "one").await;
    let second = post(&client, &g, "two").await;
    comment(&client, &g, &first, "a").await;
    comment(&client, &g, &second, "b").await;

    emu.clear_request_log();
    let mut summaries = client.group_reaction_summaries(&g, &g, None);
    let mut seen = Vec::new();
    for _ in 0..2 {
        seen.push(
            summaries
                .next()
                .await
                .expect("item")
                .expect("ok")
                .reference_id,
        );
    }
    // Something changes while the stream is open: the next page brings it.
    let third = post(&client, &g, "three").await;
    comment(&client, &g, &third, "c").await;
    while let Some(item) = summaries.next().await {
        seen.push(item.expect("ok").reference_id);
    }
    assert_eq!(seen, [first.clone(), second.clone(), third.clone()]);
    assert_eq!(
        list_calls(&emu, "GET", "/reaction/summary"),
        3,
        "two pages, then an empty one"
    );

    // The details of one item, over two pages.
    let mut details = client.reactions(&g, &first, &g, ReactionType::Comment, None);
    let a = details.next().await.expect("item").expect("ok");
    assert_eq!(a.comment.as_deref(), Some("a"));
    comment(&client, &g, &first, "d").await;
    let rest: Vec<_> = details.try_collect().await.expect("pages");
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].comment.as_deref(), Some("d"));

    // From a cursor past everything: nothing.
    let all: Vec<_> = client
        .reactions(&g, &first, &g, ReactionType::Comment, None)
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(all.len(), 2);
    let likes: Vec<_> = client
        .reactions(&g, &first, &g, ReactionType::Like, None)
        .try_collect()
        .await
        .expect("pages");
    assert!(likes.is_empty());
}

#[tokio::test]
async fn a_subscriber_walk_survives_removals_and_additions_between_pages() {
    let (_emu, client) = setup().await;
    let g = group(&client, GroupType::ConnectGroup).await;
    client
        .add_subscribers_bulk(&g, numbers(120), &BulkOptions::new())
        .await
        .expect("subscribed");
    let mut stream = client.subscribers(&g);
    let mut got = Vec::new();
    for _ in 0..50 {
        let s = stream.next().await.expect("item").expect("first page");
        got.push(s.mobile_number.expect("number"));
    }
    // Between pages: ten already listed leave, one not yet listed leaves,
    // two newcomers arrive.
    let all = numbers(120);
    let mut gone: Vec<String> = all[10..20].to_vec();
    gone.push(all[99].clone());
    client
        .remove_subscribers_bulk(&g, gone, &BulkOptions::new())
        .await
        .expect("removed");
    let newcomers = vec!["+15550399998".to_owned(), "+15550399999".to_owned()];
    client
        .add_subscribers_bulk(&g, newcomers.clone(), &BulkOptions::new())
        .await
        .expect("added");
    while let Some(s) = stream.next().await {
        got.push(s.expect("later pages").mobile_number.expect("number"));
    }
    // Everything that stayed is listed exactly once, in order; the one
    // removed before its page is not; the newcomers come at the end.
    let mut expected: Vec<String> = all[..50].to_vec();
    expected.extend(all[50..].iter().filter(|n| **n != all[99]).cloned());
    expected.extend(newcomers);
    assert_eq!(got, expected);
}
