//! The OAuth 2.0 authorization-code flow of Tokens.md: a second way to obtain
//! an access token, for a user who signs in to Kaizala in a browser.
//!
//! 1. Send the user to [`OAuthApp::authorize_url`]; after signing in they are
//!    redirected to your `redirect_uri` with a `code` query parameter.
//! 2. [`OAuthApp::exchange_code`] trades it (once: codes are single-use and
//!    short-lived) for an [`OAuthGrant`]: an access token and the tenant
//!    endpoint.
//! 3. [`OAuthGrant::client`] gives a [`kaizala_api::Client`] for the tenant.
//!    There is no refresh token in this flow: once the access token expires,
//!    [`OAuthError::ReauthorizationRequired`] says the user must authorise
//!    again.
//!
//! The client secret, the code and the access token never appear in `Debug`
//! output or error messages.
//!
//! ```no_run
//! # async fn demo() -> Result<(), kaizala_ext::oauth::OAuthError> {
//! use kaizala_ext::oauth::OAuthApp;
//!
//! let app = OAuthApp::new("connector-id", "connector-secret", "https://example.com/kaizala/callback");
//! println!("open {}", app.authorize_url(Some("csrf-state"))?);
//! // ... the redirect arrives with ?code=...
//! let grant = app.exchange_code("the-code").await?;
//! let groups = grant.client()?.list_groups().send().await;
//! # let _ = groups; Ok(()) }
//! ```

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use kaizala_api::runtime::{RetryPolicy, Runtime};
use kaizala_api::types::{AccessTokenResponse, OAuthTokenRequest};
use kaizala_api::{Secret, SecretString};

/// The OAuth root of the live service (Tokens.md).
pub const OAUTH_ROOT: &str = "https://ds.kaiza.la/api";

/// What can go wrong in the OAuth flow.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OAuthError {
    /// An argument cannot be used (an empty client id, a redirect URI that is
    /// not an http(s) URL, an OAuth root that is not a URL).
    #[error("invalid OAuth input: {0}")]
    InvalidInput(String),
    /// The token endpoint refused the exchange: a wrong client id or secret,
    /// or a code that is unknown, already used or expired. Authorise again
    /// for a new code.
    #[error("the token endpoint refused the code exchange ({status}): {message}")]
    Rejected {
        /// The HTTP status.
        status: u16,
        /// The service's message (never the secret or the code).
        message: String,
    },
    /// The token endpoint could not be reached or answered something else.
    #[error("the OAuth token call failed: {0}")]
    Transport(String),
    /// The access token from the OAuth flow has expired. The flow has no
    /// refresh token: the user must open the authorize URL again.
    #[error(
        "the OAuth access token expired at {expired_at_ms} (epoch ms); the user must authorise again"
    )]
    ReauthorizationRequired {
        /// When the token expired, in epoch milliseconds.
        expired_at_ms: i64,
    },
}

/// A connector set up for the OAuth flow: its id, secret and redirect URL.
#[derive(Clone)]
pub struct OAuthApp {
    client_id: String,
    client_secret: Secret,
    redirect_uri: String,
    oauth_root: String,
    http: Option<reqwest::Client>,
}

impl fmt::Debug for OAuthApp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthApp")
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("redirect_uri", &self.redirect_uri)
            .field("oauth_root", &self.oauth_root)
            .finish()
    }
}

impl OAuthApp {
    /// A connector on the live OAuth root ([`OAUTH_ROOT`]). `redirect_uri`
    /// must be the redirect URL registered with the connector.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        redirect_uri: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            redirect_uri: redirect_uri.into(),
            oauth_root: OAUTH_ROOT.to_owned(),
            http: None,
        }
    }

    /// Uses another OAuth root (the emulator's `oauth_url()`).
    pub fn with_oauth_root(mut self, root: impl Into<String>) -> Self {
        self.oauth_root = root.into().trim_end_matches('/').to_owned();
        self
    }

    /// Uses this HTTP client for the code exchange (default:
    /// [`kaizala_api::layer::http_client`]).
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// The URL to send the user to: `{root}/Oauth/Authorize?client_id=…&redirect_uri=…`
    /// (Tokens.md, step 2), with `state` (echoed back on the redirect, to
    /// tie it to this user's session) when given.
    pub fn authorize_url(&self, state: Option<&str>) -> Result<reqwest::Url, OAuthError> {
        if self.client_id.trim().is_empty() {
            return Err(OAuthError::InvalidInput("the client id is empty".into()));
        }
        let redirect = reqwest::Url::parse(&self.redirect_uri)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| {
                OAuthError::InvalidInput(format!(
                    "the redirect URI {:?} is not an http(s) URL",
                    self.redirect_uri
                ))
            })?;
        let mut url = reqwest::Url::parse(&format!("{}/Oauth/Authorize", self.oauth_root))
            .map_err(|e| OAuthError::InvalidInput(format!("the OAuth root: {e}")))?;
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("client_id", &self.client_id);
            query.append_pair("redirect_uri", redirect.as_str());
            if let Some(state) = state {
                query.append_pair("state", state);
            }
        }
        Ok(url)
    }

    /// Reads the `code` (and `state`) from the redirect URL the user arrived
    /// at. Fails when it carries no code (e.g. the user declined).
    pub fn code_from_redirect(redirect: &str) -> Result<(Secret, Option<String>), OAuthError> {
        let url = reqwest::Url::parse(redirect)
            .map_err(|e| OAuthError::InvalidInput(format!("the redirect URL: {e}")))?;
        let mut code = None;
        let mut state = None;
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "code" if !v.is_empty() => code = Some(Secret::new(v.into_owned())),
                "state" => state = Some(v.into_owned()),
                _ => {}
            }
        }
        code.map(|c| (c, state))
            .ok_or_else(|| OAuthError::InvalidInput("the redirect carries no code".into()))
    }

    /// Trades the code for an access token (Tokens.md, step 4:
    /// `POST {root}/oauth/token`, form-urlencoded `client_id`,
    /// `client_secret`, `code`). A code works once.
    pub async fn exchange_code(&self, code: impl Into<Secret>) -> Result<OAuthGrant, OAuthError> {
        let code: Secret = code.into();
        if code.is_empty() {
            return Err(OAuthError::InvalidInput("the code is empty".into()));
        }
        // The runtime of every client: no identity (the exchange carries
        // none), one attempt (a code works once), the body bounded.
        let mut runtime = Runtime::builder().retry(RetryPolicy::disabled());
        if let Some(http) = &self.http {
            runtime = runtime.http_client(http.clone());
        }
        let runtime = runtime
            .build(&self.oauth_root)
            .map_err(|e| OAuthError::InvalidInput(e.to_string()))?;
        let api = kaizala_api::Client::with_runtime(runtime);
        let response = api
            .exchange_oauth_code()
            .body(OAuthTokenRequest {
                client_id: self.client_id.clone(),
                client_secret: self.client_secret.clone(),
                code,
            })
            .send()
            .await
            .map_err(|e| match e.status() {
                Some(status) => OAuthError::Rejected {
                    status,
                    message: e.service_message().unwrap_or("no message").to_owned(),
                },
                None => OAuthError::Transport(e.to_string()),
            })?
            .into_inner();
        OAuthGrant::from_response(
            response,
            GrantOrigin {
                oauth_root: Some(self.oauth_root.clone()),
                http: self.http.clone(),
            },
        )
    }
}

/// What the OAuth flow yields: an access token for the tenant endpoint,
/// valid until `access_token_expiry_ms`, and no way to refresh it.
#[derive(Clone)]
pub struct OAuthGrant {
    access_token: SecretString,
    /// The tenant endpoint every call goes to (append `v1`).
    pub endpoint_url: String,
    /// When the access token expires, in epoch milliseconds.
    pub access_token_expiry_ms: i64,
    /// The permissions granted.
    pub scope: Option<String>,
    /// Where the grant came from (the OAuth root) and the HTTP client of the
    /// exchange: [`OAuthGrant::client`] builds on them, so the trust
    /// boundary of the tenant endpoint is drawn around the root the grant
    /// came from.
    origin: GrantOrigin,
}

/// The OAuth root a grant was exchanged at, and the HTTP client used.
#[derive(Clone, Default)]
struct GrantOrigin {
    oauth_root: Option<String>,
    http: Option<reqwest::Client>,
}

impl fmt::Debug for OAuthGrant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthGrant")
            .field("access_token", &"[redacted]")
            .field("endpoint_url", &self.endpoint_url)
            .field("access_token_expiry_ms", &self.access_token_expiry_ms)
            .field("scope", &self.scope)
            .finish()
    }
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl OAuthGrant {
    fn from_response(
        response: AccessTokenResponse,
        origin: GrantOrigin,
    ) -> Result<Self, OAuthError> {
        if response.access_token.is_empty() || response.endpoint_url.is_empty() {
            return Err(OAuthError::Transport(
                "the token endpoint answered without an access token or endpoint".into(),
            ));
        }
        Ok(Self {
            access_token: SecretString::from(response.access_token.expose().to_owned()),
            endpoint_url: response.endpoint_url,
            access_token_expiry_ms: *response.access_token_expiry,
            scope: response.scope,
            origin,
        })
    }

    /// The access token, whatever its expiry (for the client's token source).
    pub(crate) fn secret(&self) -> &SecretString {
        &self.access_token
    }

    /// True once the access token has expired.
    pub fn is_expired(&self) -> bool {
        now_ms() >= self.access_token_expiry_ms
    }

    /// The access token while it is valid; once it expired,
    /// [`OAuthError::ReauthorizationRequired`].
    pub fn access_token(&self) -> Result<&SecretString, OAuthError> {
        if self.is_expired() {
            return Err(OAuthError::ReauthorizationRequired {
                expired_at_ms: self.access_token_expiry_ms,
            });
        }
        Ok(&self.access_token)
    }

    /// A client for the tenant endpoint that sends this access token: the
    /// same client as [`KaizalaClientBuilder::oauth_grant`](crate::KaizalaClientBuilder::oauth_grant)
    /// builds, so every promise of the refreshing client holds (the
    /// `endpointUrl` and 308 moves followed only inside the default
    /// [`EndpointPolicy`](crate::EndpointPolicy) around the OAuth root the
    /// grant came from, bounded bodies, retries, typed errors). Once the
    /// token expired, [`OAuthError::ReauthorizationRequired`]; for another
    /// policy or pacing, use the builder.
    pub fn client(&self) -> Result<kaizala_api::Client, OAuthError> {
        self.access_token()?;
        let mut builder = crate::KaizalaClientBuilder::new()
            .oauth_grant(self.clone())
            .auth_root(
                self.origin
                    .oauth_root
                    .clone()
                    .unwrap_or_else(|| OAUTH_ROOT.to_owned()),
            );
        if let Some(http) = &self.origin.http {
            builder = builder.http_client(http.clone());
        }
        builder
            .build()
            .map_err(|e| OAuthError::InvalidInput(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> OAuthApp {
        OAuthApp::new("conn-1", "s3cret-value", "https://example.com/cb?x=1")
    }

    #[test]
    fn authorize_url_carries_client_id_redirect_and_state() {
        let url = app().authorize_url(Some("st ate")).expect("url");
        assert_eq!(url.path(), "/api/Oauth/Authorize");
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(
            pairs,
            [
                ("client_id".to_owned(), "conn-1".to_owned()),
                (
                    "redirect_uri".to_owned(),
                    "https://example.com/cb?x=1".to_owned()
                ),
                ("state".to_owned(), "st ate".to_owned()),
            ]
        );
        assert!(!url.as_str().contains("s3cret"));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let bad_redirect = OAuthApp::new("c", "s", "not a url").authorize_url(None);
        assert!(matches!(bad_redirect, Err(OAuthError::InvalidInput(_))));
        let ftp = OAuthApp::new("c", "s", "ftp://x/").authorize_url(None);
        assert!(matches!(ftp, Err(OAuthError::InvalidInput(_))));
        let no_id = OAuthApp::new(" ", "s", "https://x/").authorize_url(None);
        assert!(matches!(no_id, Err(OAuthError::InvalidInput(_))));
        assert!(OAuthApp::code_from_redirect("https://x/cb?error=denied").is_err());
        assert!(OAuthApp::code_from_redirect("::").is_err());
    }

    #[test]
    fn reads_the_code_from_the_redirect() {
        let (code, state) =
            OAuthApp::code_from_redirect("https://x/cb?code=abc%2B1&state=s1").expect("a code");
        assert_eq!(code.expose(), "abc+1");
        assert_eq!(state.as_deref(), Some("s1"));
    }

    #[test]
    fn secrets_never_show_in_debug() {
        let shown = format!("{:?}", app());
        assert!(!shown.contains("s3cret"), "{shown}");
        let grant = OAuthGrant {
            access_token: SecretString::from("at-visible?".to_owned()),
            endpoint_url: "https://kms.kaiza.la/".into(),
            access_token_expiry_ms: 0,
            scope: None,
            origin: GrantOrigin::default(),
        };
        assert!(!format!("{grant:?}").contains("at-visible"));
    }

    #[test]
    fn an_expired_grant_asks_for_authorisation_again() {
        let grant = OAuthGrant {
            access_token: SecretString::from("t".to_owned()),
            endpoint_url: "https://kms.kaiza.la/".into(),
            access_token_expiry_ms: 1,
            scope: None,
            origin: GrantOrigin::default(),
        };
        assert!(grant.is_expired());
        let error = grant.client().expect_err("expired");
        assert!(matches!(
            error,
            OAuthError::ReauthorizationRequired { expired_at_ms: 1 }
        ));
        assert!(error.to_string().contains("authorise again"));
    }
}
