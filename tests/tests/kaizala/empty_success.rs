//! Operations whose success body no source shows (addSubGroup,
//! removeSubGroup, updateWebhook, deleteWebhook): an empty 2xx body and `{}`
//! both decode as success (issue 10, section 3).

use axum::Router;
use axum::http::StatusCode;
use axum::routing::any;
use kaizala_api::types::{AddSubGroupRequest, StringBoolean, UpdateWebhookRequest};
use kaizala_api::{Client, SecretString};

/// A server answering every request with `status` and `body`.
async fn server(status: StatusCode, body: &'static str) -> String {
    let app = Router::new().fallback(any(move || async move {
        (status, [("content-type", "application/json")], body)
    }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/")
}

fn client(endpoint: &str) -> Client {
    Client::with_access_token(endpoint, SecretString::from("at-1".to_owned())).expect("client")
}

async fn all_four(client: &Client) -> Result<(), String> {
    let added = client
        .add_sub_group()
        .group_id("g1")
        .body(AddSubGroupRequest {
            sub_groups: vec!["g2".into()],
        })
        .send()
        .await
        .map_err(|e| format!("addSubGroup: {e}"))?;
    if !added.succeeded() {
        return Err("addSubGroup did not succeed".into());
    }
    let removed = client
        .remove_sub_group()
        .group_id("g1")
        .sub_group_id("g2")
        .send()
        .await
        .map_err(|e| format!("removeSubGroup: {e}"))?;
    if !removed.succeeded() {
        return Err("removeSubGroup did not succeed".into());
    }
    client
        .update_webhook()
        .webhook_id("wh-1")
        .body(UpdateWebhookRequest {
            active: Some(StringBoolean::True),
            ..Default::default()
        })
        .send()
        .await
        .map_err(|e| format!("updateWebhook: {e}"))?;
    client
        .delete_webhook()
        .webhook_id("wh-1")
        .send()
        .await
        .map_err(|e| format!("deleteWebhook: {e}"))?;
    Ok(())
}

#[tokio::test]
async fn an_empty_success_body_is_success() {
    let endpoint = server(StatusCode::OK, "").await;
    all_four(&client(&endpoint))
        .await
        .expect("empty 200 bodies");
    let endpoint = server(StatusCode::NO_CONTENT, "").await;
    all_four(&client(&endpoint))
        .await
        .expect("204 without a body");
}

#[tokio::test]
async fn an_empty_object_is_success() {
    let endpoint = server(StatusCode::OK, "{}").await;
    all_four(&client(&endpoint)).await.expect("{} bodies");
}

#[tokio::test]
async fn a_false_result_is_not_success() {
    let endpoint = server(StatusCode::OK, r#"{"result": "false"}"#).await;
    let error = all_four(&client(&endpoint))
        .await
        .expect_err("result false");
    assert_eq!(error, "addSubGroup did not succeed");
}

#[tokio::test]
async fn an_empty_body_still_fails_where_a_body_is_required() {
    let endpoint = server(StatusCode::OK, "").await;
    let error = client(&endpoint)
        .list_groups()
        .send()
        .await
        .expect_err("listGroups needs `groups`");
    assert!(error.to_string().contains("groups"), "{error}");
}

#[tokio::test]
async fn an_empty_error_body_stays_an_error() {
    let endpoint = server(StatusCode::NOT_FOUND, "").await;
    assert!(all_four(&client(&endpoint)).await.is_err());
}
