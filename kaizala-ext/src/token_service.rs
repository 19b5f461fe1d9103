//! The token service: `GET /accessToken` with the connector's credentials,
//! or an OAuth grant's token; its errors with bodies that could carry a token
//! redacted.

use futures::future::BoxFuture;
use secrecy::{ExposeSecret, SecretString};

use crate::Error;
use crate::token::{Grant, TokenSource};

/// Fetches access tokens with `GET /accessToken`.
pub(crate) struct ApiTokenSource {
    pub(crate) api: kaizala_api::Client,
    pub(crate) application_id: String,
    pub(crate) application_secret: SecretString,
}

impl TokenSource for ApiTokenSource {
    fn fetch(&self, refresh_token: SecretString) -> BoxFuture<'static, Result<Grant, Error>> {
        let api = self.api.clone();
        let application_id = self.application_id.clone();
        let secret = self.application_secret.clone();
        Box::pin(async move {
            let response = api
                .get_access_token()
                .application_id(application_id.as_str())
                .application_secret(kaizala_api::Secret::from(secret))
                .refresh_token(kaizala_api::Secret::from(refresh_token))
                .send()
                .await
                .map_err(|e| match redacted(e) {
                    // The token service refusing the credentials: the application
                    // id or secret when its answer names them, else the refresh token.
                    Error::Unauthorized { code, message }
                        if names_application_credentials(&code, &message) =>
                    {
                        Error::ApplicationCredentialsRejected { code, message }
                    }
                    Error::Unauthorized { code, message } => {
                        Error::RefreshTokenRejected { code, message }
                    }
                    other => as_auth(other),
                })?
                .into_inner();
            let refresh_token = response
                .refresh_token
                .map(SecretString::from)
                .filter(|t| !t.expose_secret().trim().is_empty());
            Ok(Grant {
                access_token: response.access_token.into(),
                endpoint_url: response.endpoint_url,
                expiry_ms: *response.access_token_expiry,
                refresh_token,
            })
        })
    }
}

/// Whether a 401 from `accessToken` blames the application id or secret
/// (the emulator's `InvalidApplicationCredentials`, "The application id or
/// secret is wrong.") rather than the refresh token.
fn names_application_credentials(code: &Option<String>, message: &Option<String>) -> bool {
    let code = code.as_deref().unwrap_or_default().to_ascii_lowercase();
    let message = message.as_deref().unwrap_or_default().to_ascii_lowercase();
    code.contains("application") || code.contains("secret") || message.contains("secret")
}

/// The token of an OAuth grant, until it expires.
pub(crate) struct OAuthTokenSource(pub(crate) crate::oauth::OAuthGrant);

impl TokenSource for OAuthTokenSource {
    fn fetch(&self, _placeholder: SecretString) -> BoxFuture<'static, Result<Grant, Error>> {
        let grant = &self.0;
        let result = if grant.is_expired() {
            Err(Error::ReauthorizationRequired {
                expired_at_ms: grant.access_token_expiry_ms,
            })
        } else {
            Ok(Grant {
                access_token: grant.secret().clone(),
                endpoint_url: grant.endpoint_url.clone(),
                expiry_ms: grant.access_token_expiry_ms,
                refresh_token: None,
            })
        };
        Box::pin(std::future::ready(result))
    }
}

/// An authentication error, with the body redacted where it could carry a
/// token.
pub(crate) fn auth_error(error: Error) -> Error {
    as_auth(redacted(error))
}

/// An error of the token service, with a body that could carry a token
/// redacted: a body that did not decode is not quoted at all.
fn redacted(error: Error) -> Error {
    match error {
        // serde's message may quote a value of the body: neither is kept.
        Error::Decode { .. } => Error::Decode {
            message: "the token service's answer does not have the documented shape".to_owned(),
            snippet: "[redacted: the response carries credentials]".to_owned(),
        },
        other => other,
    }
}

/// A failure of the token service as [`Error::Auth`], keeping the variants
/// a caller acts on differently.
fn as_auth(inner: Error) -> Error {
    match inner {
        Error::InvalidInput { .. }
        | Error::Auth { .. }
        | Error::ResponseTooLarge { .. }
        | Error::TokenStore { .. } => inner,
        other => Error::Auth {
            retryable: other.is_retryable(),
            message: format!("the token service call failed: {other}"),
            // Its status, code and message stay readable as data.
            cause: Some(Box::new(other)),
        },
    }
}
