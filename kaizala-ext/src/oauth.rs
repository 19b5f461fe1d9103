//! The OAuth 2.0 authorization-code flow of Tokens.md: a second way to obtain
//! an access token, for a user who signs in to Kaizala in a browser.
//!
//! 1. Send the user to [`OAuthApp::authorize_url`]: it carries a fresh,
//!    unguessable `state` (256 bits from the operating system's CSPRNG);
//!    keep [`Authorization::state`] in the user's session, and take it out
//!    when the user comes back (a state is good for one redirect: this type
//!    keeps none, so only the session can refuse a replayed one; the code it
//!    carries is single-use at the service all the same). After signing in
//!    the user is redirected to your `redirect_uri` with a `code`.
//! 2. [`OAuthApp::complete`] checks the redirect's `state` against the one
//!    kept (RFC 6749 §10.12: a missing or different one is
//!    [`OAuthError::StateMismatch`] and nothing is sent) and trades the code
//!    (once: codes are single-use and short-lived) for an [`OAuthGrant`]: an
//!    access token and the tenant endpoint.
//! 3. [`OAuthGrant::client`] gives a [`kaizala_api::Client`] for the tenant.
//!    There is no refresh token in this flow: once the access token expires,
//!    [`OAuthError::ReauthorizationRequired`] says the user must authorise
//!    again.
//!
//! What is checked, before anything is sent:
//!
//! - the redirect URI goes out exactly as registered (RFC 6749 §3.1.2: it
//!   is compared as a string), never normalised by a URL parser (no `/`
//!   added, no host lower-cased, no `:443` or `..` removed, no
//!   percent-encoding changed); one with a fragment, a user name or
//!   password, a space, a control or non-ASCII character, or longer than
//!   2048 bytes is refused;
//! - the redirect the user arrives at holds exactly one `code` and one
//!   `state`, the state is the one kept (compared in constant time), an
//!   `error` answer (the user declined) is [`OAuthError::Denied`], and it is
//!   at most 8 KiB;
//! - the token endpoint's answer is read up to 64 KiB, no more, and an
//!   error repeats at most 500 characters of its message; the whole
//!   exchange is bounded ([`DEFAULT_EXCHANGE_TIMEOUT`], 60 s) whatever the
//!   HTTP client;
//! - the OAuth root is `https` (plain `http` only on a loopback host such
//!   as the emulator's, since the exchange carries the client secret) with
//!   no user name or password, and the client id 1 to 256 printable ASCII
//!   characters (a client id or state holding `&`, `=` or `#` is encoded,
//!   never a parameter of its own).
//!
//! The client secret, the code and the access token never appear in `Debug`
//! output or error messages, even when the server's answer quotes them:
//! verbatim, percent- or JSON-encoded, in base64 or as HTTP Basic
//! credentials are cut out; a message from which one (or 8 characters of
//! one) can still be read in another encoding — lower-case or partial
//! percent-encoding, `\u` escapes, HTML entities, base64 at any offset, two
//! of these nested — is withheld whole.
//!
//! # Why not the `oauth2` crate
//!
//! Kaizala's token endpoint is not RFC 6749's: it answers `accessToken`,
//! `endpointUrl` and `accessTokenExpiry` (epoch ms) instead of
//! `access_token`, `token_type` and `expires_in`, its errors are Kaizala's
//! `{errorCode, message}` rather than §5.2's `{error}`, and the exchange
//! carries no `grant_type` or `redirect_uri`; the `oauth2` crate's token
//! types and error parsing would reject or misread every answer, and its
//! redirect URL type goes through `url::Url`, which normalises the URI.
//! What it would add here, a random `state`, is a few lines over the CSPRNG
//! that rustls already builds (`aws-lc-rs`).
//!
//! ```no_run
//! # async fn demo() -> Result<(), kaizala_ext::oauth::OAuthError> {
//! use kaizala_ext::oauth::OAuthApp;
//!
//! let app = OAuthApp::new("connector-id", "connector-secret", "https://example.com/kaizala/callback");
//! let authorization = app.authorize_url()?;
//! println!("open {}", authorization.url());
//! let kept_state = authorization.state().to_owned(); // in the user's session
//! // ... the browser comes back to https://example.com/kaizala/callback?code=…&state=…
//! # let redirect = "";
//! let grant = app.complete(redirect, &kept_state).await?;
//! let groups = grant.client()?.list_groups().send().await;
//! # let _ = groups; Ok(()) }
//! ```

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kaizala_api::runtime::{HttpClient, RetryPolicy, Runtime};
use kaizala_api::types::{AccessTokenResponse, OAuthTokenRequest};
use kaizala_api::{Secret, SecretString};

/// The OAuth root of the live service (Tokens.md).
pub const OAUTH_ROOT: &str = "https://ds.kaiza.la/api";

/// The most the token endpoint's answer may hold (a token answer is well
/// under 4 KiB).
pub const MAX_TOKEN_RESPONSE: u64 = 64 * 1024;

/// The longest redirect URL [`OAuthApp::code_from_redirect`] reads.
pub const MAX_REDIRECT_URL: usize = 8 * 1024;

/// The default bound on the whole code exchange (connection, request and
/// answer), whatever the HTTP client: [`OAuthApp::with_timeout`].
pub const DEFAULT_EXCHANGE_TIMEOUT: Duration = Duration::from_secs(60);

/// The longest redirect URI (and `state`) accepted.
const MAX_REDIRECT_URI: usize = 2048;

/// What can go wrong in the OAuth flow.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OAuthError {
    /// An argument cannot be used (an empty client id, a redirect URI that is
    /// not an http(s) URL or holds a fragment, an OAuth root that is not a
    /// URL, a redirect without a code).
    #[error("invalid OAuth input: {0}")]
    InvalidInput(String),
    /// The redirect's `state` is missing or is not the one this session's
    /// authorize URL carried: the redirect may be forged (cross-site request
    /// forgery, RFC 6749 §10.12). Its code was not exchanged.
    #[error(
        "the redirect's state does not match the one this session's authorize URL carried; the code was not exchanged"
    )]
    StateMismatch,
    /// The authorization server answered with an `error` instead of a code
    /// (e.g. `access_denied`: the user declined).
    #[error("the authorization was not granted: {error}")]
    Denied {
        /// The `error` code of the redirect (letters, digits and `_` only;
        /// anything else is shown as `unrecognised`).
        error: String,
    },
    /// The token endpoint refused the exchange: a wrong client id or secret,
    /// or a code that is unknown, already used or expired. Authorise again
    /// for a new code.
    #[error(
        "the token endpoint refused the code exchange ({status}{}): {message}",
        code.as_deref().map(|c| format!(", {c}")).unwrap_or_default()
    )]
    Rejected {
        /// The HTTP status.
        status: u16,
        /// The service's error code, when it sent one (never the secret or
        /// the code).
        code: Option<String>,
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
    http: Option<HttpClient>,
    timeout: Duration,
}

impl fmt::Debug for OAuthApp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthApp")
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("redirect_uri", &without_credentials(&self.redirect_uri))
            .field("oauth_root", &without_credentials(&self.oauth_root))
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// An authorize URL and the `state` it carries: send the user to
/// [`url`](Self::url), keep [`state`](Self::state) in their session, and
/// give it to [`OAuthApp::complete`] when they come back.
#[derive(Debug, Clone)]
pub struct Authorization {
    url: reqwest::Url,
    state: String,
}

impl Authorization {
    /// The URL to send the user to.
    pub fn url(&self) -> &reqwest::Url {
        &self.url
    }

    /// The `state` the URL carries (64 hex digits unless chosen with
    /// [`OAuthApp::authorize_url_with_state`]).
    pub fn state(&self) -> &str {
        &self.state
    }
}

impl fmt::Display for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.url, f)
    }
}

/// 256 random bits from the operating system, as 64 hex digits.
fn fresh_state() -> Result<String, OAuthError> {
    use aws_lc_rs::rand::SecureRandom;
    let mut bytes = [0u8; 32];
    aws_lc_rs::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| OAuthError::Transport("the system's random number generator failed".into()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Equal strings, compared in time independent of where they differ.
fn same_state(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |diff, (x, y)| diff | (x ^ y))
            == 0
}

/// The redirect URI as registered, or why it cannot be sent.
fn check_redirect_uri(uri: &str) -> Result<(), OAuthError> {
    let refuse = |why: &str| {
        Err(OAuthError::InvalidInput(format!(
            "the redirect URI {} {why}",
            shown(&without_credentials(uri))
        )))
    };
    if uri.len() > MAX_REDIRECT_URI {
        return refuse("is longer than 2048 bytes");
    }
    if uri.contains('#') {
        return refuse("has a fragment, which RFC 6749 §3.1.2 forbids");
    }
    if uri.bytes().any(|b| !b.is_ascii_graphic()) {
        return refuse("holds a space, a control or a non-ASCII character");
    }
    // As written, not as a lenient parser reads it (`https:///cb` and
    // `https:\\host` parse as URLs with a host).
    let lower = uri.to_ascii_lowercase();
    let authority = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let starts_with_host = authority
        .and_then(|a| a.bytes().next())
        .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'[');
    let parsed = reqwest::Url::parse(uri)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
    let Some(parsed) = parsed.filter(|_| starts_with_host && !uri.contains('\\')) else {
        return refuse("is not an absolute http(s) URL");
    };
    if has_credentials(&parsed) {
        // Not repeated: the password would travel in every authorize URL
        // and browser history, and show in logs.
        return Err(OAuthError::InvalidInput(
            "the redirect URI holds a user name or password (it is not repeated here); \
             register one without"
                .into(),
        ));
    }
    Ok(())
}

/// True when `url` carries a user name or password (`https://user:pw@host`).
fn has_credentials(url: &reqwest::Url) -> bool {
    !url.username().is_empty() || url.password().is_some()
}

/// `root` (or another URL) for `Debug` and error text: with any user name
/// and password replaced.
fn without_credentials(root: &str) -> String {
    match reqwest::Url::parse(root) {
        Ok(url) if has_credentials(&url) => {
            let mut url = url;
            let _ = url.set_username("redacted");
            let _ = url.set_password(None);
            url.to_string()
        }
        Ok(_) => root.to_owned(),
        // Unparsable: it may still hold `user:password@`.
        Err(_) if root.contains('@') => "[unparsable, redacted]".to_owned(),
        Err(_) => root.to_owned(),
    }
}

/// The OAuth root, or why it cannot be used: an absolute `https` URL with
/// no query or fragment (`http` only on a loopback host, like the
/// emulator's: the exchange sends the client secret).
fn check_root(root: &str) -> Result<(), OAuthError> {
    let refuse = |why: &str| {
        Err(OAuthError::InvalidInput(format!(
            "the OAuth root {} {why}",
            shown(&without_credentials(root))
        )))
    };
    let Ok(url) = reqwest::Url::parse(root) else {
        if root.contains('@') {
            return Err(OAuthError::InvalidInput(
                "the OAuth root is not an absolute URL (it is not repeated here: it may hold a \
                 password)"
                    .into(),
            ));
        }
        return refuse("is not an absolute URL");
    };
    if has_credentials(&url) {
        // Not repeated, and never sent: the authorize URL would carry them
        // to the user's browser.
        return Err(OAuthError::InvalidInput(
            "the OAuth root holds a user name or password (it is not repeated here); pass the \
             root without them"
                .into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() || root.contains(['?', '#']) {
        return refuse("has a query or fragment");
    }
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match url.scheme() {
        "https" if url.host().is_some() => Ok(()),
        "http" if loopback => Ok(()),
        "http" => refuse(
            "is plain http on a host that is not loopback (the client secret would travel unencrypted)",
        ),
        _ => refuse("is not an https URL"),
    }
}

/// The client id, or why it cannot be sent: 1 to 256 printable ASCII
/// characters.
fn check_client_id(client_id: &str) -> Result<(), OAuthError> {
    if client_id.trim().is_empty() {
        return Err(OAuthError::InvalidInput("the client id is empty".into()));
    }
    if client_id.len() > 256 || client_id.bytes().any(|b| !b.is_ascii_graphic()) {
        return Err(OAuthError::InvalidInput(
            "the client id must be 1 to 256 printable ASCII characters".into(),
        ));
    }
    Ok(())
}

/// A value for an error message: at most 200 characters, debug-quoted.
fn shown(value: &str) -> String {
    let cut: String = value.chars().take(200).collect();
    if cut.len() < value.len() {
        format!("{cut:?}…")
    } else {
        format!("{cut:?}")
    }
}

impl OAuthApp {
    /// A connector on the live OAuth root ([`OAUTH_ROOT`]). `redirect_uri`
    /// must be the redirect URL registered with the connector, character
    /// for character: it is sent as given.
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
            timeout: DEFAULT_EXCHANGE_TIMEOUT,
        }
    }

    /// Uses another OAuth root (the emulator's `oauth_url()`).
    pub fn with_oauth_root(mut self, root: impl Into<String>) -> Self {
        self.oauth_root = root.into().trim_end_matches('/').to_owned();
        self
    }

    /// Uses this HTTP client for the code exchange (default:
    /// [`HttpClient::new`]).
    pub fn with_http_client(mut self, http: HttpClient) -> Self {
        self.http = Some(http);
        self
    }

    /// Bounds the whole code exchange ([`DEFAULT_EXCHANGE_TIMEOUT`], 60 s,
    /// by default), whatever the HTTP client's own timeouts: a token
    /// endpoint that does not answer in time is an [`OAuthError::Transport`].
    /// Zero keeps the default.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = if timeout.is_zero() {
            DEFAULT_EXCHANGE_TIMEOUT
        } else {
            timeout
        };
        self
    }

    /// The URL to send the user to: `{root}/Oauth/Authorize?client_id=…&redirect_uri=…&state=…`
    /// (Tokens.md, step 2), with a fresh unguessable `state` to keep in the
    /// user's session and check with [`complete`](Self::complete).
    pub fn authorize_url(&self) -> Result<Authorization, OAuthError> {
        self.authorize_url_with_state(&fresh_state()?)
    }

    /// Like [`authorize_url`](Self::authorize_url) with a `state` of your
    /// own (e.g. one your session layer already keeps). It must be
    /// unguessable and used once: a fixed or predictable state defeats the
    /// check. 1 to 2048 printable ASCII characters.
    pub fn authorize_url_with_state(&self, state: &str) -> Result<Authorization, OAuthError> {
        check_client_id(&self.client_id)?;
        check_root(&self.oauth_root)?;
        if state.is_empty()
            || state.len() > MAX_REDIRECT_URI
            || state.bytes().any(|b| !b.is_ascii_graphic())
        {
            return Err(OAuthError::InvalidInput(
                "the state must be 1 to 2048 printable ASCII characters".into(),
            ));
        }
        check_redirect_uri(&self.redirect_uri)?;
        let mut url = reqwest::Url::parse(&format!("{}/Oauth/Authorize", self.oauth_root))
            .map_err(|e| OAuthError::InvalidInput(format!("the OAuth root: {e}")))?;
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("client_id", &self.client_id);
            // The registered string itself, not a parsed and re-serialised URL.
            query.append_pair("redirect_uri", &self.redirect_uri);
            query.append_pair("state", state);
        }
        Ok(Authorization {
            url,
            state: state.to_owned(),
        })
    }

    /// Reads the `code` from the redirect URL the user arrived at, after
    /// checking that its `state` is `expected_state` (the one kept from
    /// [`Authorization::state`]). A redirect with an `error` is
    /// [`OAuthError::Denied`]; a missing or other state
    /// [`OAuthError::StateMismatch`]; a missing, empty or repeated `code`
    /// (or a repeated `state`), or a URL over 8 KiB, [`OAuthError::InvalidInput`].
    pub fn code_from_redirect(redirect: &str, expected_state: &str) -> Result<Secret, OAuthError> {
        if redirect.len() > MAX_REDIRECT_URL {
            return Err(OAuthError::InvalidInput(
                "the redirect URL is longer than 8 KiB".into(),
            ));
        }
        let url = reqwest::Url::parse(redirect).map_err(|_| {
            OAuthError::InvalidInput("the redirect URL is not an absolute URL".into())
        })?;
        let mut codes = Vec::new();
        let mut states = Vec::new();
        let mut error = None;
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "code" => codes.push(Secret::new(v.into_owned())),
                "state" => states.push(v.into_owned()),
                "error" => error = Some(v.into_owned()),
                _ => {}
            }
        }
        match states.as_slice() {
            [state] if !expected_state.is_empty() && same_state(state, expected_state) => {}
            [_, _, ..] => {
                return Err(OAuthError::InvalidInput(
                    "the redirect carries more than one state".into(),
                ));
            }
            _ => return Err(OAuthError::StateMismatch),
        }
        // An error answer is believed only with the session's state too.
        if let Some(error) = error {
            let known = !error.is_empty()
                && error.len() <= 64
                && error
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_');
            return Err(OAuthError::Denied {
                error: if known { error } else { "unrecognised".into() },
            });
        }
        match codes.len() {
            1 if !codes[0].is_empty() => Ok(codes.remove(0)),
            0 | 1 => Err(OAuthError::InvalidInput(
                "the redirect carries no code".into(),
            )),
            _ => Err(OAuthError::InvalidInput(
                "the redirect carries more than one code".into(),
            )),
        }
    }

    /// The end of the flow: checks the redirect the user arrived at
    /// ([`code_from_redirect`](Self::code_from_redirect), against the state
    /// kept from [`authorize_url`](Self::authorize_url)) and exchanges its
    /// code. Nothing is sent when the check fails.
    pub async fn complete(
        &self,
        redirect: &str,
        expected_state: &str,
    ) -> Result<OAuthGrant, OAuthError> {
        let code = Self::code_from_redirect(redirect, expected_state)?;
        self.exchange_code(code).await
    }

    /// Trades a code for an access token (Tokens.md, step 4:
    /// `POST {root}/oauth/token`, form-urlencoded `client_id`,
    /// `client_secret`, `code`). A code works once. Prefer
    /// [`complete`](Self::complete), which checks the redirect's state
    /// first; call this only with a code whose redirect you checked.
    pub async fn exchange_code(&self, code: impl Into<Secret>) -> Result<OAuthGrant, OAuthError> {
        let code: Secret = code.into();
        if code.is_empty() {
            return Err(OAuthError::InvalidInput("the code is empty".into()));
        }
        check_client_id(&self.client_id)?;
        check_root(&self.oauth_root)?;
        let secrets = [
            code.expose().to_owned(),
            self.client_secret.expose().to_owned(),
        ];
        let scrub = |text: &str| scrub(text, &secrets, &self.client_id);
        // The runtime of every client: no identity (the exchange carries
        // none), one attempt (a code works once), the answer bounded to
        // MAX_TOKEN_RESPONSE.
        let mut runtime = Runtime::builder()
            .retry(RetryPolicy::disabled())
            .max_response_body(MAX_TOKEN_RESPONSE);
        if let Some(http) = &self.http {
            runtime = runtime.http_client(http.clone());
        }
        let runtime = runtime
            .build(&self.oauth_root)
            .map_err(|e| OAuthError::InvalidInput(scrub(&e.to_string())))?;
        let api = kaizala_api::Client::with_runtime(runtime);
        let exchange = api
            .exchange_oauth_code()
            .body(OAuthTokenRequest {
                client_id: self.client_id.clone(),
                client_secret: self.client_secret.clone(),
                code,
            })
            .send();
        // Bounded whatever the HTTP client (one given with
        // `with_http_client` may have no timeout at all).
        let Ok(answer) = tokio::time::timeout(self.timeout, exchange).await else {
            return Err(OAuthError::Transport(format!(
                "the token endpoint did not answer within {} ms",
                self.timeout.as_millis()
            )));
        };
        let response = answer
            .map_err(|e| {
                if matches!(e, kaizala_api::Error::ResponseTooLarge { .. }) {
                    return OAuthError::Transport(format!(
                        "the token endpoint's answer is larger than {MAX_TOKEN_RESPONSE} bytes"
                    ));
                }
                match e.status() {
                    Some(status) => OAuthError::Rejected {
                        status,
                        code: e.service_code().map(scrub),
                        message: scrub(e.service_message().unwrap_or("no message")),
                    },
                    None => OAuthError::Transport(scrub(&e.to_string())),
                }
            })?
            .into_inner();
        OAuthGrant::from_response(
            response,
            GrantOrigin {
                oauth_root: Some(self.oauth_root.clone()),
                http: self.http.clone(),
            },
        )
        .map_err(|e| match e {
            OAuthError::Transport(text) => OAuthError::Transport(scrub(&text)),
            other => other,
        })
    }
}

/// `text` with every value of `secrets` (as is, percent-encoded,
/// JSON-escaped, base64, and as HTTP Basic credentials after `client_id:`)
/// replaced by `[redacted]`, and secret `key=value` fragments redacted.
/// When a secret (or 8 characters of it) can still be read from what is left,
/// as is or in any other encoding
/// (lower-case or partial percent-encoding, `\u` escapes, HTML entities,
/// base64 at any offset, two of these nested), the whole text is withheld:
/// a message is worth less than a secret.
fn scrub(text: &str, secrets: &[String], client_id: &str) -> String {
    // The secrets first: redacting `key=value` fragments first could cut a
    // secret in two and leave a readable part of it.
    let mut text = text.to_owned();
    let secrets: Vec<&str> = secrets
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    let mut forms: Vec<String> = Vec::new();
    for secret in &secrets {
        forms.push((*secret).to_owned());
        forms.push(url::form_urlencoded::byte_serialize(secret.as_bytes()).collect());
        forms.push(percent_encode_all(secret));
        if let Ok(json) = serde_json::to_string(secret) {
            forms.push(json.trim_matches('"').to_owned());
        }
        for plain in [
            secret.as_bytes().to_vec(),
            format!("{client_id}:{secret}").into_bytes(),
        ] {
            let padded = base64_encode(&plain, false);
            forms.push(padded.trim_end_matches('=').to_owned());
            forms.push(padded);
            forms.push(base64_encode(&plain, true));
        }
    }
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    for form in forms {
        if !form.is_empty() && text.contains(&form) {
            text = text.replace(&form, kaizala_api::redact::REDACTED);
        }
    }
    if secrets.iter().any(|secret| readable_in(&text, secret)) {
        return "[the message quoted a secret of the exchange in an encoding that could not be \
                cut out; not shown]"
            .to_owned();
    }
    let mut text = kaizala_api::redact::redact_text(&text);
    // Cut after redacting, so a cut never shows part of a secret.
    if text.chars().count() > MAX_MESSAGE {
        text = text.chars().take(MAX_MESSAGE).collect::<String>() + "…";
    }
    text
}

/// True when `secret`, or 8 characters of it, can be read in `text` as is
/// or after one or two decodings (percent, `+` as space, JSON escapes, HTML
/// entities, base64).
fn readable_in(text: &str, secret: &str) -> bool {
    let decoders: [fn(&str) -> Vec<String>; 5] = [
        |t| vec![percent_decode(t, false)],
        |t| vec![percent_decode(t, true)],
        |t| vec![json_unescape(t)],
        |t| vec![html_unescape(t)],
        base64_runs,
    ];
    let mut views = vec![text.to_owned()];
    let mut fresh = views.clone();
    for _ in 0..2 {
        let mut next = Vec::new();
        for view in &fresh {
            for decode in &decoders {
                for decoded in decode(view) {
                    if !views.contains(&decoded) && !next.contains(&decoded) {
                        next.push(decoded);
                    }
                }
            }
        }
        views.extend(next.iter().cloned());
        fresh = next;
    }
    // Any 8 characters of it: a redaction elsewhere (of a `code=…`
    // fragment, say) may have cut the rest away.
    let chars: Vec<char> = secret.chars().collect();
    let pieces: Vec<String> = if chars.len() <= PIECE {
        vec![secret.to_owned()]
    } else {
        chars.windows(PIECE).map(|w| w.iter().collect()).collect()
    };
    views
        .iter()
        .any(|view| pieces.iter().any(|piece| view.contains(piece.as_str())))
}

/// How many characters of a secret, read anywhere, withhold a message.
const PIECE: usize = 8;

/// `%XX` (either case) decoded, and `+` as a space when `plus`; lossy UTF-8.
fn percent_decode(text: &str, plus: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' if plus => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// JSON string escapes (`\uXXXX`, `\/`, `\"`, …) decoded.
fn json_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let digits: String = chars.by_ref().take(4).collect();
                match u32::from_str_radix(&digits, 16)
                    .ok()
                    .and_then(char::from_u32)
                {
                    Some(decoded) => out.push(decoded),
                    None => out.push_str(&digits),
                }
            }
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// HTML character references (`&#43;`, `&#x2F;`, `&amp;`, …) decoded.
fn html_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| name.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Lenient base64 decoding: either padding, stray trailing bits.
const LENIENT_BASE64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Every run of base64 characters (either alphabet) decoded from each of
/// its first four offsets; lossy UTF-8.
fn base64_runs(text: &str) -> Vec<String> {
    use base64::Engine as _;
    let is_base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_');
    let mut out = Vec::new();
    for run in text
        .as_bytes()
        .split(|b| !is_base64(b))
        .filter(|run| run.len() >= 4)
    {
        // One alphabet for both: a run may mix them.
        let run: Vec<u8> = run
            .iter()
            .map(|b| match b {
                b'-' => b'+',
                b'_' => b'/',
                other => *other,
            })
            .collect();
        for offset in 0..4.min(run.len()) {
            let part = &run[offset..];
            // A last lone character holds no whole byte.
            let part = &part[..part.len() - usize::from(part.len() % 4 == 1)];
            if let Ok(bytes) = LENIENT_BASE64.decode(part) {
                out.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    out
}

/// `bytes` in base64: the standard alphabet with `=` padding, or the
/// URL-safe one without.
fn base64_encode(bytes: &[u8], url_safe: bool) -> String {
    use base64::Engine as _;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    if url_safe {
        URL_SAFE_NO_PAD.encode(bytes)
    } else {
        STANDARD.encode(bytes)
    }
}

/// The longest server message an error repeats, in characters.
const MAX_MESSAGE: usize = 500;

/// Every byte outside `A-Z a-z 0-9 - . _ ~` as `%XX`.
fn percent_encode_all(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
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
    http: Option<HttpClient>,
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
        let authorization = app().authorize_url_with_state("st-ate").expect("url");
        let url = authorization.url();
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
                ("state".to_owned(), "st-ate".to_owned()),
            ]
        );
        assert!(!url.as_str().contains("s3cret"));
        assert_eq!(authorization.state(), "st-ate");
    }

    #[test]
    fn every_authorize_url_carries_a_fresh_unguessable_state() {
        let app = app();
        let states: std::collections::HashSet<String> = (0..100)
            .map(|_| {
                let authorization = app.authorize_url().expect("url");
                let sent = authorization
                    .url()
                    .query_pairs()
                    .find(|(k, _)| k == "state")
                    .map(|(_, v)| v.into_owned())
                    .expect("a state");
                assert_eq!(sent, authorization.state());
                assert_eq!(sent.len(), 64);
                assert!(sent.bytes().all(|b| b.is_ascii_hexdigit()));
                sent
            })
            .collect();
        assert_eq!(states.len(), 100);
        for bad in ["", "a b", "é", &"s".repeat(2049)] {
            assert!(matches!(
                app.authorize_url_with_state(bad),
                Err(OAuthError::InvalidInput(_))
            ));
        }
    }

    #[tokio::test]
    async fn a_forged_or_missing_state_is_refused_and_nothing_is_sent() {
        let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let counted = hits.clone();
        let server = axum::Router::new().fallback(move || {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            async { "{}" }
        });
        tokio::spawn(async move { axum::serve(listener, server).await });
        let app = app().with_oauth_root(format!("http://{address}/api"));
        let kept = app.authorize_url().expect("url").state().to_owned();
        let forged = format!("https://example.com/cb?code=c0de&state={}", "0".repeat(64));
        for redirect in [
            forged.as_str(),
            "https://example.com/cb?code=c0de",
            "https://example.com/cb?code=c0de&state=",
        ] {
            let error = app.complete(redirect, &kept).await.expect_err("refused");
            assert!(matches!(error, OAuthError::StateMismatch), "{error}");
        }
        // An empty kept state matches nothing.
        let error = app
            .complete("https://example.com/cb?code=c0de&state=", "")
            .await
            .expect_err("refused");
        assert!(matches!(error, OAuthError::StateMismatch), "{error}");
        // Two states or two codes: refused, whichever comes first.
        for polluted in [
            format!("https://example.com/cb?code=c0de&state={kept}&state=x"),
            format!("https://example.com/cb?code=a&code=b&state={kept}"),
        ] {
            let error = app.complete(&polluted, &kept).await.expect_err("refused");
            assert!(matches!(error, OAuthError::InvalidInput(_)), "{error}");
        }
        // The user declined.
        let error = app
            .complete(
                &format!("https://example.com/cb?error=access_denied&state={kept}"),
                &kept,
            )
            .await
            .expect_err("declined");
        assert!(
            matches!(&error, OAuthError::Denied { error } if error == "access_denied"),
            "{error}"
        );
        let error = app
            .complete(
                &format!("https://example.com/cb?error=%3Cscript%3E&state={kept}"),
                &kept,
            )
            .await
            .expect_err("declined");
        assert!(!error.to_string().contains("script"), "{error}");
        // A forged error (no state or another) is not believed either.
        let error = app
            .complete("https://example.com/cb?error=access_denied", &kept)
            .await
            .expect_err("forged");
        assert!(matches!(error, OAuthError::StateMismatch), "{error}");
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 0);
        // The right state: the code goes out.
        let _ = app
            .complete(
                &format!("https://example.com/cb?code=c0de&state={kept}"),
                &kept,
            )
            .await;
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        for redirect in [
            "not a url",
            "ftp://x/",
            "https://exa mple.com/cb",
            "https://example.com/cb\n",
            "https://exämple.com/cb",
            "https:///cb",
            "https:\\\\example.com\\cb",
            "http:example.com/cb",
            "",
        ] {
            let bad = OAuthApp::new("c", "s", redirect).authorize_url();
            assert!(
                matches!(bad, Err(OAuthError::InvalidInput(_))),
                "{redirect:?}"
            );
        }
        let long = format!("https://x/{}", "a".repeat(2048));
        assert!(OAuthApp::new("c", "s", long).authorize_url().is_err());
        let no_id = OAuthApp::new(" ", "s", "https://x/").authorize_url();
        assert!(matches!(no_id, Err(OAuthError::InvalidInput(_))));
        for id in ["a b", "é", &"i".repeat(257)] {
            let bad = OAuthApp::new(id, "s", "https://x/").authorize_url();
            assert!(matches!(bad, Err(OAuthError::InvalidInput(_))), "{id:?}");
        }
        for root in [
            "http://ds.kaiza.la/api",
            "https://ds.kaiza.la/api?x=1",
            "https://ds.kaiza.la/api#f",
            "ftp://ds.kaiza.la/api",
            "not a url",
        ] {
            let bad = app().with_oauth_root(root).authorize_url();
            assert!(matches!(bad, Err(OAuthError::InvalidInput(_))), "{root:?}");
        }
        for root in [
            "http://127.0.0.1:8080/ds/api",
            "http://localhost/api",
            "http://[::1]/api",
        ] {
            app().with_oauth_root(root).authorize_url().expect(root);
        }
        assert!(OAuthApp::code_from_redirect("https://x/cb?error=denied", "s").is_err());
        assert!(OAuthApp::code_from_redirect("::", "s").is_err());
    }

    #[test]
    fn reads_the_code_from_the_redirect() {
        let code = OAuthApp::code_from_redirect("https://x/cb?code=abc%2B1&state=s1", "s1")
            .expect("a code");
        assert_eq!(code.expose(), "abc+1");
        assert!(matches!(
            OAuthApp::code_from_redirect("https://x/cb?state=s1", "s1"),
            Err(OAuthError::InvalidInput(_))
        ));
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

    #[test]
    fn the_redirect_uri_is_sent_byte_for_byte_and_a_fragment_is_refused() {
        for registered in [
            "https://Example.COM:443/a/../cb",
            "https://example.com/cb/%7euser?x=a%20b",
            "http://127.0.0.1:8080",
        ] {
            let url = OAuthApp::new("c", "s", registered)
                .authorize_url()
                .expect("url");
            let sent = url
                .url()
                .query_pairs()
                .find(|(k, _)| k == "redirect_uri")
                .map(|(_, v)| v.into_owned());
            assert_eq!(sent.as_deref(), Some(registered));
        }
        let fragment = OAuthApp::new("c", "s", "https://example.com/cb#frag").authorize_url();
        assert!(
            matches!(fragment, Err(OAuthError::InvalidInput(_))),
            "{fragment:?}"
        );
    }

    /// A token endpoint that answers `status` with `body` to everything.
    async fn hostile(status: u16, body: Vec<u8>) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let app = axum::Router::new().fallback(move || {
            let body = body.clone();
            async move {
                axum::response::Response::builder()
                    .status(status)
                    .header("content-type", "application/json")
                    .body(axum::body::Body::from(body))
                    .unwrap()
            }
        });
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{address}/api")
    }

    #[tokio::test]
    async fn a_server_echoing_the_code_and_secret_shows_neither() {
        let code = "oc.the-code-1234";
        let secret = "s3cret-value";
        let echo = serde_json::json!({
            "errorCode": "InvalidCode",
            "message": format!("code {code} with client_secret={secret} is bad; code%3D{code}"),
        });
        for status in [400, 401, 500] {
            let root = hostile(status, serde_json::to_vec(&echo).unwrap()).await;
            let error = app()
                .with_oauth_root(root)
                .exchange_code(code)
                .await
                .expect_err("refused");
            let text = format!("{error} {error:?}");
            assert!(!text.contains(code) && !text.contains(secret), "{text}");
        }
        // A success whose body cannot be read, quoting the code.
        let bad = format!(r#"{{"accessToken": 5, "note": "{code} {secret}"}}"#).into_bytes();
        let root = hostile(200, bad).await;
        let error = app()
            .with_oauth_root(root)
            .exchange_code(code)
            .await
            .unwrap_err();
        let text = format!("{error} {error:?}");
        assert!(!text.contains(code) && !text.contains(secret), "{text}");
    }

    #[tokio::test]
    async fn every_body_of_the_flow_is_bounded() {
        let huge = vec![b' '; 4 << 20];
        let root = hostile(200, huge).await;
        let error = app()
            .with_oauth_root(root)
            .exchange_code("c0de")
            .await
            .unwrap_err();
        assert!(error.to_string().contains("larger than"), "{error}");
        // Streamed, with no Content-Length: cut at the limit all the same.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let endless = axum::Router::new().fallback(|| async {
            use futures::StreamExt;
            let chunks = futures::stream::repeat_with(|| {
                Ok::<_, std::io::Error>(bytes::Bytes::from_static(&[b' '; 8192]))
            })
            .take(1024);
            axum::response::Response::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(axum::body::Body::from_stream(chunks))
                .unwrap()
        });
        tokio::spawn(async move { axum::serve(listener, endless).await });
        let error = app()
            .with_oauth_root(format!("http://{address}/api"))
            .exchange_code("c0de")
            .await
            .unwrap_err();
        assert!(error.to_string().contains("larger than"), "{error}");
        let long = format!("https://x/cb?code=c&state={}", "s".repeat(1 << 20));
        assert!(matches!(
            OAuthApp::code_from_redirect(&long, "s"),
            Err(OAuthError::InvalidInput(_))
        ));
    }
}

/// Attacks on the flow beyond those of issue 18's list (issue 18, "have a
/// helper attack both surfaces").
#[cfg(test)]
mod attack_tests {
    use super::*;

    fn app() -> OAuthApp {
        OAuthApp::new("conn-1", "s3cret-value", "https://example.com/cb")
    }

    #[test]
    fn an_oauth_root_with_credentials_is_refused_and_never_shown() {
        for root in [
            "https://user:hunter2-pw@ds.kaiza.la/api",
            "https://hunter2-pw@ds.kaiza.la/api",
            "http://user:hunter2-pw@127.0.0.1:8080/ds/api",
        ] {
            let app = app().with_oauth_root(root);
            let error = app.authorize_url().expect_err(root);
            assert!(matches!(error, OAuthError::InvalidInput(_)), "{error}");
            let text = format!("{error} {error:?} {app:?}");
            assert!(!text.contains("hunter2"), "{text}");
        }
    }

    #[tokio::test]
    async fn a_redirect_with_both_a_code_and_an_error_sends_nothing() {
        let (root, seen) = recording(200, b"{}".to_vec()).await;
        let app = app().with_oauth_root(root);
        let kept = app.authorize_url().unwrap().state().to_owned();
        for redirect in [
            format!("https://example.com/cb?code=c0de&error=access_denied&state={kept}"),
            format!("https://example.com/cb?error=access_denied&code=c0de&state={kept}"),
        ] {
            let error = app.complete(&redirect, &kept).await.expect_err("denied");
            assert!(matches!(error, OAuthError::Denied { .. }), "{error}");
        }
        assert!(seen.lock().unwrap().is_empty(), "a code was sent");
    }

    #[test]
    fn a_redirect_uri_with_credentials_is_refused() {
        let app = OAuthApp::new("c", "s", "https://user:hunter2-pw@example.com/cb");
        let error = app.authorize_url().expect_err("credentials");
        assert!(matches!(error, OAuthError::InvalidInput(_)), "{error}");
        assert!(!format!("{error} {app:?}").contains("hunter2"));
    }

    #[test]
    fn a_hostile_client_id_or_state_adds_no_query_parameter() {
        let app = OAuthApp::new(
            "x&redirect_uri=https://evil.example/&state=s#",
            "s",
            "https://example.com/cb?next=%2F&a=b",
        );
        let authorization = app.authorize_url_with_state("k&client_id=evil").unwrap();
        let pairs: Vec<(String, String)> = authorization.url().query_pairs().into_owned().collect();
        assert_eq!(
            pairs,
            [
                (
                    "client_id".to_owned(),
                    "x&redirect_uri=https://evil.example/&state=s#".to_owned()
                ),
                (
                    "redirect_uri".to_owned(),
                    "https://example.com/cb?next=%2F&a=b".to_owned()
                ),
                ("state".to_owned(), "k&client_id=evil".to_owned()),
            ]
        );
        assert!(authorization.url().fragment().is_none());
    }

    /// A token endpoint that records each request body and answers `body`.
    async fn recording(
        status: u16,
        body: Vec<u8>,
    ) -> (String, std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>) {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = seen.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let app = axum::Router::new().fallback(move |request: axum::body::Bytes| {
            kept.lock().unwrap().push(request.to_vec());
            let body = body.clone();
            async move {
                axum::response::Response::builder()
                    .status(status)
                    .header("content-type", "application/json")
                    .body(axum::body::Body::from(body))
                    .unwrap()
            }
        });
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://{address}/api"), seen)
    }

    #[tokio::test]
    async fn a_hostile_code_cannot_add_or_replace_a_form_field() {
        let (root, seen) = recording(400, b"{}".to_vec()).await;
        let code = "c&client_secret=attacker&client_id=evil\r\n%00";
        let _ = app().with_oauth_root(root).exchange_code(code).await;
        let bodies = seen.lock().unwrap().clone();
        assert_eq!(bodies.len(), 1);
        let fields: Vec<(String, String)> = url::form_urlencoded::parse(&bodies[0])
            .into_owned()
            .collect();
        let mut names: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, ["client_id", "client_secret", "code"], "{fields:?}");
        let value = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(value("code").as_deref(), Some(code));
        assert_eq!(value("client_secret").as_deref(), Some("s3cret-value"));
        assert_eq!(value("client_id").as_deref(), Some("conn-1"));
    }

    /// Standard base64 with padding.
    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    #[tokio::test]
    async fn a_secret_echoed_in_any_encoding_is_never_shown() {
        let code = "oc/the+code=1234";
        let secret = "s3cret/value+x";
        let lower_percent = |s: &str| {
            s.bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02x}")
                    }
                })
                .collect::<String>()
        };
        let echoes = [
            // HTTP Basic credentials, as servers echo the Authorization header.
            format!(
                "bad credentials Basic {}",
                base64(format!("conn-1:{secret}").as_bytes())
            ),
            format!("bad secret {}", base64(secret.as_bytes())),
            format!("bad code {}", base64(code.as_bytes())),
            format!("code={}", lower_percent(code)),
            format!("secret {}", lower_percent(secret)),
            // Partly escaped, as JavaScript's encodeURI leaves `/`, `+` and `=`.
            format!("code {}", code.replace('/', "%2F")),
            // JSON with every character escaped.
            format!(
                "secret {}",
                secret
                    .chars()
                    .map(|c| format!("\\u{:04x}", u32::from(c)))
                    .collect::<String>()
            ),
            // HTML entities.
            format!("code {}", code.replace('/', "&#x2F;").replace('+', "&#43;")),
        ];
        for echo in echoes {
            let body = serde_json::to_vec(&serde_json::json!({
                "errorCode": "InvalidCode",
                "message": echo,
            }))
            .unwrap();
            // The JSON-escaped form is sent as is (not re-escaped by to_vec).
            let body = if echo.contains("\\u") {
                format!(r#"{{"errorCode":"InvalidCode","message":"{echo}"}}"#).into_bytes()
            } else {
                body
            };
            let (root, _) = recording(400, body).await;
            let app =
                OAuthApp::new("conn-1", secret, "https://example.com/cb").with_oauth_root(root);
            let error = app.exchange_code(code).await.expect_err("refused");
            let text = format!("{error} {error:?}");
            for needle in [
                code.to_owned(),
                secret.to_owned(),
                base64(secret.as_bytes()),
                base64(code.as_bytes()),
                base64(format!("conn-1:{secret}").as_bytes()),
                lower_percent(code),
                lower_percent(secret),
                "the+code".to_owned(),
                "value+x".to_owned(),
            ] {
                assert!(!text.contains(&needle), "{echo:?} shows {needle:?}: {text}");
            }
            assert!(
                !text.contains("\\u0073\\u0033") && !text.contains("&#x2F;the"),
                "{echo:?}: {text}"
            );
        }
        // A message that quotes no secret is kept whole.
        let body = br#"{"errorCode":"InvalidCode","message":"the code expired at 12:00 (Basic auth, 100%)"}"#;
        let (root, _) = recording(400, body.to_vec()).await;
        let app = OAuthApp::new("conn-1", secret, "https://example.com/cb").with_oauth_root(root);
        let error = app.exchange_code(code).await.expect_err("refused");
        assert!(
            error
                .to_string()
                .ends_with("the code expired at 12:00 (Basic auth, 100%)"),
            "{error}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_hung_token_endpoint_fails_the_exchange_in_bounded_time_whatever_the_client() {
        // Accepts the connection and never answers.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket);
            }
        });
        // An HTTP client with no timeout of its own.
        let app = app()
            .with_oauth_root(format!("http://{address}/api"))
            .with_http_client(HttpClient::from_builder(reqwest::Client::builder()).unwrap());
        let outcome =
            tokio::time::timeout(Duration::from_secs(24 * 3600), app.exchange_code("c0de")).await;
        let error = outcome
            .expect("the exchange must end by itself")
            .expect_err("no answer");
        assert!(matches!(error, OAuthError::Transport(_)), "{error}");
        assert!(error.to_string().contains("did not answer"), "{error}");
    }

    #[tokio::test]
    async fn odd_token_answers_are_typed_errors_or_grants_never_panics() {
        let bodies: Vec<&[u8]> = vec![
            b"{}",
            b"null",
            b"[]",
            br#"{"accessToken": "a", "endpointUrl": "https://kms.kaiza.la/"}"#,
            br#"{"accessToken": "a", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": "soon"}"#,
            br#"{"accessToken": "a", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": 1e400}"#,
            br#"{"accessToken": "", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": 1}"#,
            br#"{"accessToken": "a", "endpointUrl": "", "accessTokenExpiry": 1}"#,
            br#"{"accessToken": "a", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": 99999999999999999999}"#,
        ];
        for body in bodies {
            let (root, _) = recording(200, body.to_vec()).await;
            let error = app()
                .with_oauth_root(root)
                .exchange_code("c0de")
                .await
                .expect_err(&String::from_utf8_lossy(body));
            assert!(matches!(error, OAuthError::Transport(_)), "{error}");
        }
        // A negative expiry, or one in the past: a grant that asks for a new
        // authorisation, not a client that sends an expired token.
        let (root, _) = recording(
            200,
            br#"{"accessToken": "a", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": -5}"#
                .to_vec(),
        )
        .await;
        let grant = app()
            .with_oauth_root(root)
            .exchange_code("c0de")
            .await
            .unwrap();
        assert!(grant.is_expired());
        assert!(matches!(
            grant.client(),
            Err(OAuthError::ReauthorizationRequired { .. })
        ));
        // Extra fields are ignored; the largest expiry works.
        let (root, _) = recording(
            200,
            br#"{"accessToken": "a", "endpointUrl": "https://kms.kaiza.la/", "accessTokenExpiry": 9223372036854775807, "x": [1]}"#
                .to_vec(),
        )
        .await;
        let grant = app()
            .with_oauth_root(root)
            .exchange_code("c0de")
            .await
            .unwrap();
        assert!(!grant.is_expired());
    }
}
