//! Requests the service would reject fail with a clear error before anything
//! reaches the network: at construction where the generated types can say no
//! (E.164 numbers, 4000-character messages), and in the validating seam where
//! they cannot (progenitor ignores `maxItems` and `maximum`).

use std::num::NonZeroU32;

use kaizala_api::Error;
use kaizala_api::testing::CaptureServer;
use kaizala_api::types::{
    AddMembersRequest, CreateGroupRequest, PhoneNumber, SendMessageRequestMessage,
    SubscriberPageRequest,
};

fn numbers(count: usize) -> Vec<PhoneNumber> {
    (0..count)
        .map(|i| format!("+9198{i:08}").parse().expect("valid number"))
        .collect()
}

#[tokio::test]
async fn a_group_with_101_members_fails_before_the_network() {
    let server = CaptureServer::start().await.expect("server");
    let error = server
        .client()
        .create_group()
        .body(CreateGroupRequest {
            name: "Too big".into(),
            welcome_message: "Hi".into(),
            members: numbers(101),
            group_type: None,
        })
        .send()
        .await
        .expect_err("101 members is one too many");
    match &error {
        Error::InvalidInput { message } => {
            assert!(message.contains("createGroup"), "{message}");
            assert!(
                message.contains("101") && message.contains("100"),
                "{message}"
            );
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
    assert!(server.requests().is_empty(), "nothing may reach the server");
}

#[tokio::test]
async fn exactly_100_members_are_sent() {
    let server = CaptureServer::start().await.expect("server");
    server.respond(
        "PUT",
        "/groups/{groupId}/members",
        200,
        serde_json::json!({"result": "true"}),
    );
    server
        .client()
        .add_members()
        .group_id("g1")
        .body(AddMembersRequest {
            members: numbers(100),
        })
        .send()
        .await
        .expect("100 members is the limit, not over it");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn adding_101_members_fails_before_the_network() {
    let server = CaptureServer::start().await.expect("server");
    let error = server
        .client()
        .add_members()
        .group_id("g1")
        .body(AddMembersRequest {
            members: numbers(101),
        })
        .send()
        .await
        .expect_err("over the limit");
    assert!(
        matches!(error, Error::InvalidInput { ref message } if message.contains("addMembers")),
        "{error:?}"
    );
    assert!(server.requests().is_empty());
}

#[test]
fn a_4001_character_message_cannot_be_built() {
    let error = SendMessageRequestMessage::try_from("x".repeat(4001))
        .expect_err("4001 characters is too long");
    assert!(error.to_string().contains("4000"), "{error}");
    // Characters, not bytes: 4000 multi-byte characters are fine.
    SendMessageRequestMessage::try_from("é".repeat(4000)).expect("4000 characters fit");
}

#[test]
fn a_malformed_phone_number_cannot_be_built() {
    for bad in [
        "0044 7700 900123",
        "+44 7700",
        "447700900123",
        "+0123456789",
        "",
        "+1",
    ] {
        let error = bad.parse::<PhoneNumber>().expect_err(bad).to_string();
        // What to change, and never the number itself (it would end up in logs).
        assert!(
            error.starts_with("a phone number must be in E.164 form: `+`, the country code"),
            "{error}"
        );
        assert!(!error.contains("pattern"), "{error}");
        // ("+1" is in the message's example.)
        if bad.len() > 2 {
            assert!(!error.contains(bad), "{error}");
        }
    }
    "+447700900123".parse::<PhoneNumber>().expect("E.164");
}

#[test]
fn a_malformed_phone_number_in_json_is_rejected_too() {
    let parsed: Result<AddMembersRequest, _> =
        serde_json::from_str(r#"{"members": ["+91 98 7654"]}"#);
    assert!(parsed.is_err(), "deserialising validates as well");
    let error = parsed.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(error.contains("E.164 form"), "{error}");
    assert!(!error.contains("98 7654"), "{error}");
}

#[tokio::test]
async fn a_subscriber_page_of_51_fails_before_the_network() {
    let server = CaptureServer::start().await.expect("server");
    let error = server
        .client()
        .list_subscribers()
        .group_id("pg1")
        .body(SubscriberPageRequest {
            cursor: None,
            count: NonZeroU32::new(51),
        })
        .send()
        .await
        .expect_err("pages hold at most 50");
    assert!(
        matches!(error, Error::InvalidInput { ref message } if message.contains("50")),
        "{error:?}"
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn an_empty_group_id_fails_before_the_network() {
    let server = CaptureServer::start().await.expect("server");
    let error = server
        .client()
        .get_group()
        .group_id("")
        .send()
        .await
        .expect_err("empty id");
    assert!(matches!(error, Error::InvalidInput { .. }), "{error:?}");
    assert!(server.requests().is_empty());
}

// A fixed-token client given an empty (or blank) access token: every
// tenant call fails with a one-sentence InvalidInput before the network,
// instead of sending `accessToken:` empty and reading the service's 401.
#[tokio::test]
async fn an_empty_fixed_access_token_fails_before_the_network() {
    let server = CaptureServer::start().await.expect("server");
    for token in ["", "   "] {
        let client = kaizala_api::Client::with_access_token(
            &server.url(),
            secrecy::SecretString::from(token),
        )
        .expect("client");
        let error = client.list_groups().send().await.expect_err("refused");
        assert!(
            matches!(&error, Error::InvalidInput { message } if message.contains("access token")),
            "{token:?}: {error}"
        );
        assert!(
            matches!(
                client.runtime().token_status().last_error,
                Some(Error::InvalidInput { .. })
            ),
            "{token:?}"
        );
    }
    assert!(server.requests().is_empty(), "nothing was sent");
}
