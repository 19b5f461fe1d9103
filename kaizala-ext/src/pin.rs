//! The one-time PIN login that yields a refresh token.

use std::fmt;

use kaizala_api::runtime::{self, HttpClient, RetryPolicy, Runtime};
use kaizala_api::types;
use secrecy::SecretString;

use crate::Error;
use crate::token_service::auth_error;

/// The one-time interactive step that yields a refresh token: a PIN sent to a
/// phone (`generatePin`), then `loginWithPinAndApplicationId`.
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use kaizala_ext::{FileStore, PinLogin, TokenStore};
///
/// let login = PinLogin::new("my-connector-id")?;
/// login.send_pin("+15551234567").await?;
/// let grant = login.login("+15551234567", "1234").await?;
/// FileStore::new("refresh-token").save(&grant.refresh_token).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct PinLogin {
    api: kaizala_api::Client,
    application_id: String,
}

/// What a PIN login returns.
#[derive(Clone)]
pub struct PinGrant {
    /// The refresh token: keep it in a [`TokenStore`](crate::TokenStore).
    pub refresh_token: SecretString,
    /// The scope granted, when the service says.
    pub granted_scope: Option<String>,
    /// When the refresh token expires, in epoch milliseconds, when the service says.
    pub refresh_token_expiry_ms: Option<i64>,
}

impl fmt::Debug for PinGrant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PinGrant")
            .field("refresh_token", &"[redacted]")
            .field("granted_scope", &self.granted_scope)
            .field("refresh_token_expiry_ms", &self.refresh_token_expiry_ms)
            .finish()
    }
}

impl PinLogin {
    /// The PIN flow against the real service.
    pub fn new(application_id: impl Into<String>) -> Result<Self, Error> {
        Self::with_auth_root(application_id, runtime::AUTH_ROOT)
    }

    /// The PIN flow against `auth_root` (an emulator or test server).
    pub fn with_auth_root(
        application_id: impl Into<String>,
        auth_root: &str,
    ) -> Result<Self, Error> {
        Self::with_http_client(
            application_id,
            auth_root,
            HttpClient::new().map_err(Error::transport)?,
        )
    }

    /// The PIN flow against `auth_root` through `http` (default:
    /// [`HttpClient::new`]), e.g. one that resolves the service's host names
    /// to an emulator.
    pub fn with_http_client(
        application_id: impl Into<String>,
        auth_root: &str,
        http: HttpClient,
    ) -> Result<Self, Error> {
        // The runtime of every client, with no identity (these operations
        // carry none) and one attempt: a PIN is not sent twice.
        let runtime = Runtime::builder()
            .http_client(http)
            .retry(RetryPolicy::disabled())
            .build(auth_root)?;
        Ok(Self {
            api: kaizala_api::Client::with_runtime(runtime),
            application_id: application_id.into(),
        })
    }

    /// Sends a PIN to `mobile_number` (international format, `+` and digits).
    pub async fn send_pin(&self, mobile_number: &str) -> Result<(), Error> {
        let mobile: types::PhoneNumber = mobile_number
            .parse()
            .map_err(|e| Error::invalid_input(format!("mobile number: {e}")))?;
        self.api
            .generate_pin()
            .body(types::GeneratePinRequest {
                application_id: self.application_id.clone(),
                mobile_number: mobile,
            })
            .send()
            .await
            .map_err(auth_error)?;
        Ok(())
    }

    /// Exchanges the PIN for a refresh token.
    pub async fn login(&self, mobile_number: &str, pin: &str) -> Result<PinGrant, Error> {
        let mobile: types::PhoneNumber = mobile_number
            .parse()
            .map_err(|e| Error::invalid_input(format!("mobile number: {e}")))?;
        let response = self
            .api
            .login_with_pin()
            .body(types::LoginWithPinRequest {
                application_id: self.application_id.clone(),
                mobile_number: mobile,
                pin: pin.into(),
            })
            .send()
            .await
            .map_err(auth_error)?
            .into_inner();
        Ok(PinGrant {
            refresh_token: response.refresh_token.into(),
            granted_scope: response.granted_scope,
            refresh_token_expiry_ms: response.refresh_token_expiry.map(|e| *e),
        })
    }
}
