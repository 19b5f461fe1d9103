//! A refused credential is named, cause first: a wrong application secret is
//! not reported as a refused refresh token (against the emulator, which
//! answers them with different codes, as the token service does).

use kaizala_emulator::Emulator;
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, Error, SecretString};

fn client(emu: &Emulator, secret: &str, refresh_token: &str) -> KaizalaClient {
    KaizalaClient::builder()
        .credentials(Credentials::new(
            emu.connector().application_id,
            SecretString::from(secret.to_owned()),
            Some(SecretString::from(refresh_token.to_owned())),
        ))
        .auth_root(emu.auth_url())
        .build()
        .expect("client builds")
}

// Before: "the token service refused the refresh token … Run the PIN login",
// the real cause (the secret) last.
#[tokio::test]
async fn a_wrong_application_secret_is_named_as_such() {
    let emu = Emulator::start().await.expect("emulator");
    let secret = "not-the-secret-9f8e7d";
    let c = client(&emu, secret, &emu.connector().refresh_token);
    let err: Error = c.list_groups().send().await.expect_err("refused");
    assert!(
        matches!(err, Error::ApplicationCredentialsRejected { .. }),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.starts_with("the token service refused the application id or secret (401"),
        "{text}"
    );
    assert!(text.contains("KAIZALA_APPLICATION_SECRET"), "{text}");
    assert!(!text.contains("PIN login"), "{text}");
    assert!(!text.contains(secret), "{text}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_wrong_refresh_token_is_named_as_such() {
    let emu = Emulator::start().await.expect("emulator");
    let refresh_token = "rt.not-a-token-1a2b3c";
    let c = client(&emu, &emu.connector().application_secret, refresh_token);
    let err: Error = c.list_groups().send().await.expect_err("refused");
    assert!(matches!(err, Error::RefreshTokenRejected { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.starts_with("the token service refused the refresh token (401"),
        "{text}"
    );
    assert!(!text.contains(refresh_token), "{text}");
}
