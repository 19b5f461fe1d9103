//! The identity component of the runtime: where a call's access token and
//! tenant endpoint come from. A fixed token ([`FixedToken`]) and
//! `kaizala-ext`'s refreshing token lifecycle plug in here; the runtime alone
//! decides what to do with what they give.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use futures::future::BoxFuture;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use url::Url;

use crate::Error;

/// Where the access token of every tenant call comes from.
///
/// The runtime asks for a [`Credential`] on every attempt (first send and
/// each replay), reports the service's verdict on it, and addresses the call
/// to the credential's tenant base as moved by 308s inside the trust
/// boundary. An implementation never sees a request.
///
/// The tenant base of a [`Credential`] is where the token is sent: the
/// runtime checks it against the
/// [`EndpointPolicy`](crate::endpoint::EndpointPolicy) before the first send
/// with the credential (and each 308 away from it), whatever identity made
/// it; only [`FixedToken`]'s base is the caller's own choice, not checked.
pub trait Identity: Send + Sync + fmt::Debug + 'static {
    /// The credential for the next attempt. Bounded: an implementation that
    /// waits (a refresh) gives up with a typed error.
    fn credential(&self) -> BoxFuture<'_, Result<Credential, Error>>;

    /// The credential for the next attempt when it is at hand without
    /// waiting (a cached token not yet due for refresh): the runtime asks
    /// this first and calls [`credential`](Self::credential) only on `None`,
    /// which spares the common call a boxed future. The default is `None`.
    fn ready_credential(&self) -> Option<Result<Credential, Error>> {
        None
    }

    /// The service answered 401 to `sent`. `true` when a replay may succeed
    /// (the next [`credential`](Self::credential) is another one); `false`
    /// makes the call fail with [`Error::AccessTokenRefused`] (or
    /// [`Error::Unauthorized`] for an identity that cannot refresh).
    fn rejected(&self, sent: &Credential) -> bool;

    /// Where the token lifecycle stands, for a health check.
    fn status(&self) -> TokenStatus;

    /// Whether a 401 means the token could be replaced (a refreshing
    /// identity) rather than that the caller's fixed token is wrong.
    fn refreshes(&self) -> bool {
        true
    }
}

/// An access token, ready to send, and the tenant base URL it is valid for.
/// `Debug` never shows the token.
#[derive(Clone)]
pub struct Credential {
    header: HeaderValue,
    tenant_base: Arc<Url>,
    generation: u64,
    /// What the runtime learnt about this credential, shared by its clones
    /// (the identity sees it without a call or a lock).
    state: Arc<CredentialState>,
}

/// What the runtime learns about a credential as it sends with it.
#[derive(Debug)]
struct CredentialState {
    /// Set at the first 2xx sent with the credential.
    accepted: AtomicBool,
    /// Set once the tenant base is known to be inside the trust boundary:
    /// checked by the runtime at the first send, or chosen by the caller
    /// ([`FixedToken`]).
    in_boundary: AtomicBool,
}

impl Credential {
    /// The credential for `access_token` at `tenant_base` (normalised, as
    /// [`crate::endpoint::tenant_base`] makes it). The runtime checks the base
    /// against its [`EndpointPolicy`](crate::endpoint::EndpointPolicy) before
    /// the first send with it, and refuses to send the token outside the
    /// boundary. `generation` tells credentials of one identity apart (a
    /// refresh makes a new one). Fails when the token cannot be an HTTP
    /// header value.
    pub fn new(
        access_token: &SecretString,
        tenant_base: Arc<Url>,
        generation: u64,
    ) -> Result<Self, Error> {
        Self::with_boundary(access_token, tenant_base, generation, false)
    }

    /// [`new`](Self::new) for a base the caller chose (a fixed token's
    /// endpoint): inside the boundary by the caller's word.
    pub(crate) fn caller_chosen(
        access_token: &SecretString,
        tenant_base: Arc<Url>,
    ) -> Result<Self, Error> {
        Self::with_boundary(access_token, tenant_base, 0, true)
    }

    fn with_boundary(
        access_token: &SecretString,
        tenant_base: Arc<Url>,
        generation: u64,
        in_boundary: bool,
    ) -> Result<Self, Error> {
        let mut header =
            HeaderValue::from_str(access_token.expose_secret()).map_err(|_| Error::Auth {
                message: "the access token contains characters that cannot be sent in an HTTP \
                          header; get a new one from the token service"
                    .to_owned(),
                retryable: true,
                cause: None,
            })?;
        header.set_sensitive(true);
        Ok(Self {
            header,
            tenant_base,
            generation,
            state: Arc::new(CredentialState {
                accepted: AtomicBool::new(false),
                in_boundary: AtomicBool::new(in_boundary),
            }),
        })
    }

    /// Whether the service accepted this credential at least once (a 2xx):
    /// a 401 for it later means it expired or was revoked, not that the
    /// service refuses the tokens it issues.
    pub fn was_accepted(&self) -> bool {
        self.state.accepted.load(Ordering::Relaxed)
    }

    /// The service accepted it (called by the runtime on a 2xx).
    pub(crate) fn mark_accepted(&self) {
        if !self.state.accepted.load(Ordering::Relaxed) {
            self.state.accepted.store(true, Ordering::Relaxed);
        }
    }

    /// Whether the tenant base is known to be inside the trust boundary.
    pub(crate) fn in_boundary(&self) -> bool {
        self.state.in_boundary.load(Ordering::Relaxed)
    }

    /// The runtime found the tenant base inside the trust boundary.
    pub(crate) fn mark_in_boundary(&self) {
        self.state.in_boundary.store(true, Ordering::Relaxed);
    }

    /// The tenant base URL (`…/v1`) the token is valid for.
    pub fn tenant_base(&self) -> &Arc<Url> {
        &self.tenant_base
    }

    /// Which credential of its identity this is.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The `accessToken` header value, marked sensitive.
    pub(crate) fn header(&self) -> &HeaderValue {
        &self.header
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credential")
            .field("access_token", &"[redacted]")
            .field("tenant_base", &self.tenant_base.as_str())
            .field("generation", &self.generation)
            .field("accepted", &self.was_accepted())
            .finish()
    }
}

/// The state of a client's token lifecycle, for a program to poll
/// (`client.token_status()`).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct TokenStatus {
    /// How long the cached access token stays valid, if that is known.
    pub access_token_valid_for: Option<Duration>,
    /// A rotated refresh token is held in memory only: its save failed and
    /// is being retried in the background. Until it is saved, a crash loses
    /// it (the saved, older refresh token keeps working until it expires).
    pub unsaved_refresh_token: bool,
    /// The service refused the refresh token ([`Error::RefreshTokenRejected`]).
    pub refresh_token_rejected: bool,
    /// The last refresh or save failure, cleared by the next success.
    pub last_error: Option<Error>,
    /// `accessToken` calls in the last minute.
    pub token_calls_last_minute: usize,
    /// Whether the client refreshes its token (false for a fixed token).
    pub refreshing: bool,
    /// The tenant base URL calls go to now (the `endpointUrl` of the token in
    /// use, as moved by 308s), once a token is held. Never a secret.
    pub tenant_endpoint: Option<String>,
}

/// A fixed access token and the `endpointUrl` it came with: no refresh. A 401
/// is [`Error::Unauthorized`]; an endpoint that cannot be a base URL fails
/// each tenant call before the network.
pub struct FixedToken {
    credential: Result<Credential, Error>,
}

impl FixedToken {
    /// The token `access_token` (not empty) for the tenant at `endpoint_url` (the
    /// `endpointUrl` from the token response, with or without `/v1`),
    /// normalised by [`crate::endpoint::tenant_base`]. The caller chose this
    /// endpoint, so it is trusted; 308 moves away from it are checked against
    /// the runtime's endpoint policy.
    pub fn new(endpoint_url: &str, access_token: SecretString) -> Self {
        let credential = if access_token.expose_secret().trim().is_empty() {
            Err(Error::invalid_input(
                "the access token is empty; pass the accessToken of a token response",
            ))
        } else {
            crate::endpoint::tenant_base(endpoint_url)
                .map_err(Error::from)
                .and_then(|base| Credential::caller_chosen(&access_token, Arc::new(base)))
        };
        Self { credential }
    }
}

impl fmt::Debug for FixedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FixedToken")
            .field("credential", &self.credential)
            .finish()
    }
}

impl Identity for FixedToken {
    fn credential(&self) -> BoxFuture<'_, Result<Credential, Error>> {
        Box::pin(std::future::ready(self.credential.clone()))
    }

    fn ready_credential(&self) -> Option<Result<Credential, Error>> {
        Some(self.credential.clone())
    }

    fn rejected(&self, _sent: &Credential) -> bool {
        false
    }

    fn status(&self) -> TokenStatus {
        TokenStatus {
            last_error: self.credential.as_ref().err().cloned(),
            tenant_endpoint: self
                .credential
                .as_ref()
                .ok()
                .map(|c| c.tenant_base().to_string()),
            ..TokenStatus::default()
        }
    }

    fn refreshes(&self) -> bool {
        false
    }
}
