//! Issue 3 §1: the PIN flow helper.

use crate::support::Server;
use kaizala_ext::{Error, PinLogin};
use secrecy::ExposeSecret;

#[tokio::test]
async fn pin_flow_yields_a_refresh_token() {
    let server = Server::start().await;
    let login = PinLogin::with_auth_root(crate::support::APP_ID, &server.auth_root()).unwrap();
    login.send_pin("+15551234567").await.unwrap();
    let grant = login.login("+15551234567", "4321").await.unwrap();
    assert_eq!(grant.refresh_token.expose_secret(), "refresh-from-PIN");
    assert_eq!(grant.granted_scope.as_deref(), Some("token.write"));
    assert_eq!(grant.refresh_token_expiry_ms, Some(1_900_000_000_000));
    assert!(!format!("{grant:?}").contains("refresh-from-PIN"));

    let seen = server.seen();
    assert_eq!(seen[0].path, "/auth/v1/generatePin");
    let body: serde_json::Value = serde_json::from_str(&seen[0].head).unwrap();
    assert_eq!(body["mobileNumber"], "+15551234567");
    assert_eq!(body["applicationId"], crate::support::APP_ID);
    assert_eq!(seen[1].path, "/auth/v1/loginWithPinAndApplicationId");

    let err = login.login("+15551234567", "0000").await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Auth {
                retryable: false,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("wrong PIN"), "{err}");

    let before = server.seen().len();
    let err = login.send_pin("not a number").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert_eq!(server.seen().len(), before, "rejected before the network");
}
