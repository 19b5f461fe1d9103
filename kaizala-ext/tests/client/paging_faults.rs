//! Paging streams against a scripted server that is wrong: cursors that
//! repeat or cycle, pages that repeat or stay empty, endless lists,
//! `fromDate` ignored, and more Actions on one instant than a page holds.
//! Every stream must end, yield no item twice, skip nothing in silence, and
//! say why it stopped early with a typed `PagingError`.
//!
//! Each test also prints `figure: <case>: <calls>` — the calls made before
//! the broken stream ended (run with `--nocapture`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use futures::StreamExt;
use kaizala_api::types::ReactionType;
use kaizala_ext::paging::{ActionsQuery, PageLimits, PagingError};
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, Error, KaizalaClient, RetryPolicy, SecretString};
use serde_json::{Value, json};

/// Answers one list call: the call's number (from 1) and what it sent (the
/// JSON body, or the query as an object of strings).
type Answer = Box<dyn FnMut(u32, &Value) -> Value + Send>;

#[derive(Clone)]
struct Script {
    answer: Arc<Mutex<Answer>>,
    calls: Arc<Mutex<Vec<Value>>>,
}

/// Calls the server answers before refusing every further one with 410, so
/// that a client which loops ends (with the wrong error) instead of hanging
/// the test.
const SERVER_CALL_CAP: usize = 1000;

impl Script {
    fn call(&self, sent: Value) -> (StatusCode, Json<Value>) {
        let mut calls = self.calls.lock().unwrap();
        calls.push(sent.clone());
        if calls.len() > SERVER_CALL_CAP {
            return (StatusCode::GONE, Json(json!({ "message": "call cap" })));
        }
        let n = u32::try_from(calls.len()).unwrap();
        drop(calls);
        (
            StatusCode::OK,
            Json((self.answer.lock().unwrap())(n, &sent)),
        )
    }
    fn calls(&self) -> usize {
        self.calls.lock().unwrap().len()
    }
    fn sent(&self) -> Vec<Value> {
        self.calls.lock().unwrap().clone()
    }
}

async fn by_body(State(s): State<Script>, Json(body): Json<Value>) -> (StatusCode, Json<Value>) {
    s.call(body)
}

async fn by_query(
    State(s): State<Script>,
    Query(q): Query<HashMap<String, String>>,
) -> (StatusCode, Json<Value>) {
    s.call(serde_json::to_value(q).unwrap())
}

/// A server that grants a token and answers every list operation with
/// `answer`; a client for it (no rate limit).
async fn serve(
    answer: impl FnMut(u32, &Value) -> Value + Send + 'static,
) -> (KaizalaClient, Script) {
    let script = Script {
        answer: Arc::new(Mutex::new(Box::new(answer))),
        calls: Arc::new(Mutex::new(Vec::new())),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/", listener.local_addr().unwrap());
    let token = json!({
        "accessToken": "access",
        "endpointUrl": base,
        "accessTokenExpiry": 4_102_444_800_000i64,
        "refreshToken": "",
    });
    let app = Router::new()
        .route("/v1/accessToken", get(move || async move { Json(token) }))
        .route("/v1/groups/{g}/subscribers", post(by_body))
        .route("/v1/groups/{g}/actions", get(by_query))
        .route("/v1/groups/{g}/reaction/summary", get(by_query))
        .route("/v1/groups/{g}/reaction/{r}", get(by_query))
        .with_state(script.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let mut retry = RetryPolicy::default();
    retry.initial_backoff = Duration::from_millis(1);
    retry.max_backoff = Duration::from_millis(2);
    let client = KaizalaClient::builder()
        .credentials(Credentials::new(
            "app",
            SecretString::from("secret"),
            Some(SecretString::from("refresh")),
        ))
        .auth_root(format!("{base}v1"))
        .retry(retry)
        .no_rate_limit()
        .build()
        .unwrap();
    (client, script)
}

/// Takes at most `bound` items: a stream that does not end fails the test
/// instead of hanging it.
async fn take<T>(
    stream: futures::stream::BoxStream<'static, Result<T, Error>>,
    bound: usize,
) -> (Vec<T>, Option<Error>) {
    let items: Vec<Result<T, Error>> = stream.take(bound).collect().await;
    let mut ok = Vec::new();
    let mut error = None;
    for item in items {
        match item {
            Ok(v) => {
                assert!(error.is_none(), "an item after the error");
                ok.push(v);
            }
            Err(e) => error = Some(e),
        }
    }
    (ok, error)
}

fn subscriber(i: u32) -> Value {
    json!({ "id": format!("u{i}"), "mobileNumber": format!("+1555030{i:04}") })
}

fn ids(subs: &[kaizala_api::types::Subscriber]) -> Vec<String> {
    subs.iter().map(|s| s.id.clone()).collect()
}

fn figure(case: &str, calls: usize) {
    println!("figure: {case}: {calls}");
}

#[tokio::test]
async fn a_subscriber_cursor_that_repeats_ends_with_a_typed_error() {
    let (client, script) =
        serve(|_, _| json!({ "subscribers": [subscriber(1), subscriber(2)], "cursor": "same" }))
            .await;
    let (items, error) = take(client.subscribers("g"), 1000).await;
    assert_eq!(ids(&items), ["u1", "u2"], "each subscriber once");
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::CursorRepeated { calls: 2, .. }))
        ),
        "{error:?}"
    );
    assert_eq!(script.calls(), 2);
    figure("subscribers, the same cursor again", script.calls());
}

#[tokio::test]
async fn a_subscriber_cursor_that_cycles_ends_with_a_typed_error() {
    // None → A → B → C → A ...: each page different, so only the cursor
    // history can tell.
    let (client, script) = serve(|n, _| {
        let cursor = ["A", "B", "C"][(n as usize - 1) % 3];
        json!({ "subscribers": [subscriber(n)], "cursor": cursor })
    })
    .await;
    let (items, error) = take(client.subscribers("g"), 1000).await;
    assert_eq!(ids(&items), ["u1", "u2", "u3", "u4"]);
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::CursorRepeated { calls: 4, .. }))
        ),
        "{error:?}"
    );
    let sent: Vec<Value> = script.sent().iter().map(|b| b["cursor"].clone()).collect();
    assert_eq!(sent, [Value::Null, json!("A"), json!("B"), json!("C")]);
    figure("subscribers, a cycle of three cursors", script.calls());
}

#[tokio::test]
async fn an_advancing_cursor_over_the_same_page_ends_without_repeating_it() {
    let (client, script) = serve(
        |n, _| json!({ "subscribers": [subscriber(1), subscriber(2)], "cursor": format!("c{n}") }),
    )
    .await;
    let (items, error) = take(client.subscribers("g"), 1000).await;
    assert_eq!(ids(&items), ["u1", "u2"]);
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::NoProgress {
                calls: 4,
                idle_pages: 3,
                ..
            }))
        ),
        "{error:?}"
    );
    figure(
        "subscribers, new cursors over a repeated page",
        script.calls(),
    );
}

#[tokio::test]
async fn empty_pages_with_a_cursor_end_the_stream() {
    let (client, script) =
        serve(|n, _| json!({ "subscribers": [], "cursor": format!("c{n}") })).await;
    let (items, error) = take(client.subscribers("g"), 1000).await;
    assert!(items.is_empty());
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::NoProgress { calls: 3, .. }))
        ),
        "{error:?}"
    );
    figure("subscribers, empty pages with new cursors", script.calls());
}

#[tokio::test]
async fn an_endless_list_stops_at_the_page_limit() {
    // Always new subscribers, always a new cursor: only the page cap ends it.
    let (client, script) =
        serve(|n, _| json!({ "subscribers": [subscriber(n)], "cursor": format!("c{n}") })).await;
    let limits = PageLimits::new().max_pages(25);
    let (items, error) = take(client.subscribers_with("g", 50, limits), 1000).await;
    assert_eq!(items.len(), 25);
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::PageLimit { calls: 25, .. }))
        ),
        "{error:?}"
    );
    assert_eq!(script.calls(), 25);
    assert!(!error.unwrap().is_retryable());
    assert_eq!(PageLimits::default().max_pages, 100_000);
}

fn summary(reference: &str, likes: u32) -> Value {
    json!({ "referenceId": reference, "reactionsCountMap": { "like": likes } })
}

#[tokio::test]
async fn a_tick_cursor_that_creeps_over_the_same_page_ends() {
    // The cursor grows by one tick, the page never changes.
    let (client, script) = serve(|n, _| {
        json!({ "cursor": 636_674_054_802_000_000i64 + i64::from(n), "summary": [summary("r1", 1)] })
    })
    .await;
    let (items, error) = take(client.group_reaction_summaries("g", "g", None), 1000).await;
    assert_eq!(items.len(), 1, "the summary once");
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::NoProgress { calls: 4, .. }))
        ),
        "{error:?}"
    );
    figure(
        "reaction summaries, a creeping cursor over the same page",
        script.calls(),
    );
}

#[tokio::test]
async fn a_tick_cursor_that_goes_back_is_an_error_not_a_silent_end() {
    let (client, script) = serve(|n, _| {
        let cursor = if n == 1 { 500 } else { 400 };
        json!({
            "cursor": cursor,
            "reactionDetails": [{ "reactionId": format!("x{n}"), "userId": "u", "lastModifiedTime": n }],
        })
    })
    .await;
    let (items, error) = take(
        client.reactions("g", "r1", "g", ReactionType::Like, None),
        1000,
    )
    .await;
    assert_eq!(items.len(), 2);
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::CursorRepeated { calls: 2, .. }))
        ),
        "{error:?}"
    );
    let sent: Vec<Value> = script.sent().iter().map(|q| q["cursor"].clone()).collect();
    assert_eq!(sent, [Value::Null, json!("500")]);
    figure("reactions, a cursor that goes back", script.calls());
}

#[tokio::test]
async fn a_changed_summary_comes_again_but_an_unchanged_one_does_not() {
    let (client, _script) = serve(|n, _| match n {
        1 => json!({ "cursor": 10, "summary": [summary("r1", 1), summary("r2", 1)] }),
        2 => json!({ "cursor": 20, "summary": [summary("r1", 1), summary("r2", 2)] }),
        _ => json!({ "cursor": 20, "summary": [] }),
    })
    .await;
    let (items, error) = take(client.group_reaction_summaries("g", "g", None), 1000).await;
    assert!(error.is_none(), "{error:?}");
    let seen: Vec<(String, Value)> = items
        .iter()
        .map(|s| {
            let v = serde_json::to_value(s).unwrap();
            (
                s.reference_id.clone(),
                v["reactionsCountMap"]["like"].clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("r1".to_owned(), json!(1)),
            ("r2".to_owned(), json!(1)),
            ("r2".to_owned(), json!(2)),
        ]
    );
}

/// A faithful `listActions` over `times` (epoch ms, one Action each, named
/// `a{index}`): newest first, strictly before `fromDate`, `count` (default
/// 30) at most, `hasMore` when more matched. Each Action carries `sentAt`.
fn actions_server(times: Vec<i64>) -> impl FnMut(u32, &Value) -> Value + Send + 'static {
    actions_server_showing(times, false)
}

/// As [`actions_server`]; with `seconds_only`, each Action carries only
/// `creationTime` in seconds (the service filters on its full time).
fn actions_server_showing(
    times: Vec<i64>,
    seconds_only: bool,
) -> impl FnMut(u32, &Value) -> Value + Send + 'static {
    let mut all: Vec<(i64, String)> = times
        .into_iter()
        .enumerate()
        .map(|(i, t)| (t, format!("a{i:02}")))
        .collect();
    // Newest first; ties in a fixed order, as a database index would.
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    move |_, q| {
        let from: Option<i64> = q["fromDate"].as_str().and_then(|s| s.parse().ok());
        let count: usize = q["count"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or(30);
        let matching: Vec<&(i64, String)> = all
            .iter()
            .filter(|(t, _)| from.is_none_or(|f| *t < f))
            .collect();
        let page: Vec<Value> = matching
            .iter()
            .take(count)
            .map(|(t, id)| {
                let mut action = json!({ "actionType": "Job", "referenceId": id,
                                         "actionBody": { "title": id } });
                if seconds_only {
                    action["creationTime"] = json!(t.div_euclid(1000));
                } else {
                    action["sentAt"] = json!(
                        chrono::DateTime::from_timestamp_millis(*t)
                            .unwrap()
                            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
                    );
                }
                action
            })
            .collect();
        json!({ "actions": page, "hasMore": matching.len() > count })
    }
}

fn refs(actions: &[kaizala_api::types::ActionSummary]) -> Vec<String> {
    actions
        .iter()
        .map(|a| {
            serde_json::to_value(a).unwrap()["referenceId"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[tokio::test]
async fn actions_tied_on_one_instant_beyond_the_page_are_all_read() {
    // Two newer, 25 on one millisecond, five older; pages of 10.
    let t = 1_700_000_000_000i64;
    let mut times = vec![t + 2, t + 1];
    times.extend(std::iter::repeat_n(t, 25));
    times.extend((1..=5).map(|i| t - i));
    let (client, script) = serve(actions_server(times)).await;
    let (items, error) = take(
        client.actions("g", "Job", ActionsQuery::new().count(10)),
        1000,
    )
    .await;
    assert!(error.is_none(), "{error:?}");
    let got = refs(&items);
    let mut unique = got.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), got.len(), "none repeated");
    assert_eq!(got.len(), 32, "none skipped");
    let counts: Vec<Value> = script.sent().iter().map(|q| q["count"].clone()).collect();
    assert_eq!(
        counts,
        [json!("10"), json!("10"), json!("20"), json!("40")],
        "the page grows for the tie, and only as needed"
    );
    figure(
        "actions, a tie of 25 in pages of 10 (32 Actions)",
        script.calls(),
    );
}

#[tokio::test]
async fn actions_known_only_to_the_second_are_all_read() {
    // Twelve in one second (distinct milliseconds the service does not
    // show), three in the second before; pages of 5.
    let s = 1_700_000_000_000i64;
    let mut times: Vec<i64> = (0..12).map(|i| s + 900 - i * 70).collect();
    times.extend([s - 10, s - 20, s - 30]);
    let (client, script) = serve(actions_server_showing(times, true)).await;
    let (items, error) = take(
        client.actions("g", "Job", ActionsQuery::new().count(5)),
        1000,
    )
    .await;
    assert!(error.is_none(), "{error:?}");
    let mut got = refs(&items);
    got.sort();
    let expected: Vec<String> = (0..15).map(|i| format!("a{i:02}")).collect();
    assert_eq!(got, expected, "all fifteen, once each");
    let sent: Vec<(Value, Value)> = script
        .sent()
        .iter()
        .map(|q| (q["fromDate"].clone(), q["count"].clone()))
        .collect();
    let next_second = (s + 1000).to_string();
    assert_eq!(
        sent,
        [
            (Value::Null, json!("5")),
            (json!(next_second), json!("10")),
            (json!(next_second), json!("20")),
        ]
    );
}

#[tokio::test]
async fn a_tie_larger_than_the_largest_page_is_a_typed_error() {
    let t = 1_700_000_000_000i64;
    let mut times = vec![t + 1];
    times.extend(std::iter::repeat_n(t, 50));
    times.push(t - 1);
    let (client, script) = serve(actions_server(times)).await;
    let query = ActionsQuery::new()
        .count(10)
        .limits(PageLimits::new().max_tie_page(40));
    let (items, error) = take(client.actions("g", "Job", query), 1000).await;
    // What was read is exact: the newest, then the 40 of the tie the
    // largest page held, once each.
    let got = refs(&items);
    let mut unique = got.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), got.len());
    assert_eq!(got.len(), 41);
    assert_eq!(script.calls(), 4, "pages of 10, 10, 20, 40");
    match error {
        Some(Error::Paging(PagingError::ActionsTie {
            instant_ms,
            page_size,
            ..
        })) => {
            assert_eq!(instant_ms, t);
            assert_eq!(page_size, 40);
        }
        other => panic!("expected ActionsTie, got {other:?}"),
    }
    figure(
        "actions, a tie of 50 with pages capped at 40",
        script.calls(),
    );
}

#[tokio::test]
async fn a_server_that_ignores_from_date_ends_the_action_stream() {
    // The same page, hasMore, whatever fromDate says.
    let t = 1_700_000_000_000i64;
    let mut answer = actions_server(vec![t + 2, t + 1, t]);
    let (client, script) = serve(move |n, _| {
        let mut page = answer(n, &json!({ "count": "3" }));
        page["hasMore"] = json!(true);
        page
    })
    .await;
    let (items, error) = take(client.actions("g", "Job", ActionsQuery::new()), 1000).await;
    assert_eq!(items.len(), 3);
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::FromDateIgnored { from_date, calls: 2 })) if from_date == t + 1
        ),
        "{error:?}"
    );
    figure("actions, fromDate ignored", script.calls());
}

#[tokio::test]
async fn an_untimed_action_with_more_to_come_is_an_error() {
    let (client, script) = serve(|_, _| {
        json!({ "actions": [{ "actionType": "Job", "referenceId": "x", "actionBody": {} }], "hasMore": true })
    })
    .await;
    let (items, error) = take(client.actions("g", "Job", ActionsQuery::new()), 1000).await;
    assert_eq!(items.len(), 1);
    assert!(
        matches!(
            error,
            Some(Error::Paging(PagingError::Untimed { calls: 1 }))
        ),
        "{error:?}"
    );
    assert_eq!(script.calls(), 1);
}
