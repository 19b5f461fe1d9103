#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

mod actions;
mod auth;
mod base64;
mod body;
mod bots;
mod error;
mod faults;
#[rustfmt::skip]
mod generated_routes;
mod groups;
mod handlers;
mod hosts;
mod ids;
mod media;
mod members;
mod messages;
pub mod model;
mod oauth;
mod reactions;
mod sample;
mod server;
mod state;
mod subscribers;
mod throttle;
mod time;
mod urls;
mod webhooks;

/// The documented tables the emulator enforces, exported so that a test can
/// compare them with `spec/kaizala.yaml` (the emulator never reads the spec:
/// it is the oracle, and must not share the spec's mistakes).
pub mod documented {
    pub use crate::media::MEDIA_TYPES;
    pub use crate::webhooks::EVENT_TYPES;
}

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use model::{
    Action, ActionResponse, ApiBase, Audience, Bot, ConnectorCredentials, ConnectorSeed, Delivery,
    DeliveryAttempt, Group, GroupType, LoggedRequest, MediaItem, Member, Message, Permission,
    Reaction, Role, Subscriber, ThrottleConfig, User, Webhook, WebhookConfig,
};

pub use faults::{Fault, HANG_BOUND};
pub use sample::{
    SAMPLE_GROUP_ID, SAMPLE_JOB_ID, SAMPLE_MESSAGE_REFERENCE_ID, SAMPLE_PUBLIC_GROUP_ID,
    SAMPLE_SUB_GROUP_ID, SAMPLE_SURVEY_ID, SAMPLE_SURVEY_REFERENCE_ID, SAMPLE_WEBHOOK_ID,
};
use state::{App, Inner, State};

/// Application id of the default connector.
pub const DEFAULT_APPLICATION_ID: &str = "kaizala-emulator-app";
/// Application secret of the default connector.
pub const DEFAULT_APPLICATION_SECRET: &str = "kaizala-emulator-secret";
/// Pre-issued refresh token of the default connector.
pub const DEFAULT_REFRESH_TOKEN: &str = "kaizala-emulator-refresh-token";
/// Mobile number of the default connector's user (seeded as "Ada Admin").
pub const DEFAULT_MOBILE_NUMBER: &str = "+15550100001";

/// Users seeded by default besides the default connector's user: (mobile, name).
pub const SEEDED_USERS: &[(&str, &str)] = &[
    ("+15550100002", "Bob Member"),
    ("+15550100003", "Chandra Member"),
    ("+15550100004", "Dmitri Member"),
];

/// Configures and starts an [`Emulator`].
#[derive(Debug, Clone)]
pub struct EmulatorBuilder {
    addr: SocketAddr,
    access_token_lifetime: Duration,
    throttle: ThrottleConfig,
    webhook: WebhookConfig,
    log_to_stdout: bool,
    auth_on_tenant_base: bool,
    default_connector: ConnectorSeed,
    static_access_token: Option<String>,
    sample_data: bool,
    real_hosts: bool,
    first_endpoint_url: Option<String>,
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        EmulatorBuilder {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            access_token_lifetime: Duration::from_secs(24 * 3600),
            throttle: ThrottleConfig::default(),
            webhook: WebhookConfig::default(),
            log_to_stdout: false,
            auth_on_tenant_base: false,
            default_connector: ConnectorSeed::new(DEFAULT_MOBILE_NUMBER)
                .application_id(DEFAULT_APPLICATION_ID)
                .application_secret(DEFAULT_APPLICATION_SECRET)
                .refresh_token(DEFAULT_REFRESH_TOKEN),
            static_access_token: None,
            sample_data: false,
            real_hosts: false,
            first_endpoint_url: None,
        }
    }
}

impl EmulatorBuilder {
    /// Port to listen on (default 0: any free port). The address is always 127.0.0.1.
    pub fn port(mut self, port: u16) -> Self {
        self.addr.set_port(port);
        self
    }

    /// Lifetime of access tokens (default 24 h, as the service).
    pub fn access_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.access_token_lifetime = lifetime;
        self
    }

    /// Throttling limits and window (default 100/min per connector, 300/min per tenant).
    pub fn throttle(mut self, throttle: ThrottleConfig) -> Self {
        self.throttle = throttle;
        self
    }

    /// Webhook validation timeout and retry backoff.
    pub fn webhooks(mut self, webhook: WebhookConfig) -> Self {
        self.webhook = webhook;
        self
    }

    /// Prints each call, PIN and webhook delivery to stdout (what the binary does).
    pub fn log_to_stdout(mut self, on: bool) -> Self {
        self.log_to_stdout = on;
        self
    }

    /// Also serves the three auth operations and the OAuth endpoints on the tenant base, so
    /// that one base URL reaches every operation (for conformance tools that take a single
    /// base URL).
    pub fn auth_on_tenant_base(mut self, on: bool) -> Self {
        self.auth_on_tenant_base = on;
        self
    }

    /// Pre-issues this access token for the default connector, valid until
    /// [`Emulator::expire_access_tokens`] (for tools that take a fixed header, such as a
    /// conformance run).
    pub fn static_access_token(mut self, token: impl Into<String>) -> Self {
        self.static_access_token = Some(token.into());
        self
    }

    /// Seeds sample objects with fixed ids ([`SAMPLE_GROUP_ID`], [`SAMPLE_PUBLIC_GROUP_ID`],
    /// [`SAMPLE_SURVEY_ID`], …) owned by the default connector's user.
    pub fn sample_data(mut self, on: bool) -> Self {
        self.sample_data = on;
        self
    }

    /// Serves the service's own host names over TLS, a rehearsal of the real topology
    /// (default off: plain HTTP on 127.0.0.1 with path prefixes). The auth base is
    /// `https://api.kaiza.la/v1` (the client's default), tokens name the endpoint the live
    /// service recorded, `https://inc-001.KaizalaMessaging.osi.office.net`, and
    /// [`Emulator::move_endpoint`] moves it to `https://kms.kaiza.la/`, then
    /// `https://kms3.kaiza.la/`, `https://kms4.kaiza.la/`, …; the OAuth root is `https://ds.kaiza.la/api` and media
    /// files are on `https://cdn.inc-000.kms.osi.office.net`. The certificate, for
    /// `api.kaiza.la`, `*.kaiza.la`, `*.kaizalamessaging.osi.office.net`, the media host and
    /// `127.0.0.1`, is signed by a test CA generated at start
    /// ([`Emulator::ca_certificate_pem`]). Nothing resolves those names to the emulator but
    /// a client built from [`Emulator::http_client_builder`] (reqwest's `resolve`), so
    /// nothing else can reach it by mistake.
    pub fn real_hosts(mut self, on: bool) -> Self {
        self.real_hosts = on;
        self
    }

    /// With [`real_hosts`](Self::real_hosts): the `endpointUrl` tokens name until the first
    /// move, spelled as given (default `https://inc-001.KaizalaMessaging.osi.office.net`,
    /// as recorded). It must be `https://` and one label under `kaiza.la` or
    /// `kaizalamessaging.osi.office.net` (what the certificate names), neither the auth nor
    /// the OAuth host; [`start`](Self::start) refuses anything else. Moves then go to
    /// `kms.kaiza.la`, `kms3.kaiza.la`, … skipping this one's host.
    pub fn first_endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.first_endpoint_url = Some(url.into());
        self
    }

    /// Replaces the default connector's seed.
    pub fn default_connector(mut self, seed: ConnectorSeed) -> Self {
        self.default_connector = seed;
        self
    }

    /// Binds the listener and starts serving in the background.
    pub async fn start(self) -> std::io::Result<Emulator> {
        let listener = tokio::net::TcpListener::bind(self.addr).await?;
        let addr = listener.local_addr()?;
        if self.first_endpoint_url.is_some() && !self.real_hosts {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "first_endpoint_url is only served with real_hosts(true)",
            ));
        }
        let (tls, topology) = if self.real_hosts {
            (
                Some(hosts::generate()?),
                Some(hosts::Topology::new(self.first_endpoint_url)?),
            )
        } else {
            (None, None)
        };
        let mut st = State::new(self.access_token_lifetime, self.throttle, self.webhook);
        st.upsert_user(&self.default_connector.mobile_number, "Ada Admin", false);
        for (mobile, name) in SEEDED_USERS {
            st.upsert_user(mobile, name, false);
        }
        let default_connector = st.seed_connector(self.default_connector);
        if self.sample_data {
            sample::seed(&mut st, &default_connector.mobile_number);
        }
        if let Some(token) = self.static_access_token {
            st.access_tokens.insert(
                token,
                state::AccessGrant {
                    application_id: default_connector.application_id.clone(),
                    mobile_number: default_connector.mobile_number.clone(),
                    expiry_ms: i64::MAX,
                },
            );
        }
        let app = App {
            inner: Arc::new(Inner {
                state: Mutex::new(st),
                client: std::sync::OnceLock::new(),
                origin: format!("{}://{addr}", if tls.is_some() { "https" } else { "http" }),
                real_hosts: topology,
                log_to_stdout: self.log_to_stdout,
                auth_on_tenant_base: self.auth_on_tenant_base,
            }),
        };
        let service = server::service(app.clone());
        let (tx, rx) = oneshot::channel::<()>();
        let stopped = async {
            let _ = rx.await;
        };
        let (task, ca) = match tls {
            Some(tls) => {
                let listener = hosts::TlsListener::new(listener, tls.config)?;
                let task = tokio::spawn(async move {
                    let _ = axum::serve(listener, service)
                        .with_graceful_shutdown(stopped)
                        .await;
                });
                let ca =
                    reqwest::Certificate::from_der(&tls.ca_der).map_err(std::io::Error::other)?;
                (task, Some((tls.ca_pem, ca)))
            }
            None => {
                let task = tokio::spawn(async move {
                    let _ = axum::serve(listener, service)
                        .with_graceful_shutdown(stopped)
                        .await;
                });
                (task, None)
            }
        };
        Ok(Emulator {
            app,
            addr,
            ca,
            default_connector,
            shutdown: Some(tx),
            task: Some(task),
        })
    }
}

/// A running emulator. Dropping it stops the server.
pub struct Emulator {
    app: App,
    addr: SocketAddr,
    /// The test CA (PEM, and as a client root) when serving the real host names.
    ca: Option<(String, reqwest::Certificate)>,
    default_connector: ConnectorCredentials,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

impl Emulator {
    /// A builder with the defaults.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// Starts an emulator with the defaults on 127.0.0.1 and a free port.
    pub async fn start() -> std::io::Result<Emulator> {
        Self::builder().start().await
    }

    /// Stops serving and waits for the server task to end.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    // ------------------------------------------------------------------ addresses

    /// The socket address served.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT` (`https://…` with [`EmulatorBuilder::real_hosts`], where
    /// the other URLs name the service's hosts instead).
    pub fn origin(&self) -> String {
        self.app.inner.origin.clone()
    }

    /// Whether it serves the service's host names over TLS ([`EmulatorBuilder::real_hosts`]).
    pub fn serves_real_hosts(&self) -> bool {
        self.ca.is_some()
    }

    /// The test CA that signed the certificate, in PEM, with
    /// [`EmulatorBuilder::real_hosts`] (for `curl --cacert` and the like).
    pub fn ca_certificate_pem(&self) -> Option<&str> {
        self.ca.as_ref().map(|(pem, _)| pem.as_str())
    }

    /// The host names this emulator answers for: with [`EmulatorBuilder::real_hosts`] the
    /// service's (the auth and OAuth hosts, the first tenant endpoint's, the media host and
    /// the first `moves` moved endpoints'), each to be resolved to [`local_addr`](Self::local_addr);
    /// none otherwise.
    pub fn host_names(&self, moves: u32) -> Vec<String> {
        let Some(topology) = &self.app.inner.real_hosts else {
            return Vec::new();
        };
        let mut names = vec![
            hosts::AUTH_HOST.to_owned(),
            hosts::OAUTH_HOST.to_owned(),
            hosts::FILES_HOST.to_owned(),
        ];
        for generation in 1..=moves + 1 {
            names.push(topology.host_of(generation));
        }
        names
    }

    /// A reqwest client builder that reaches this emulator: rustls (also when another
    /// feature of the build turns on reqwest's native TLS, which would cost an OpenSSL
    /// trust-store load per client), redirects off (the client handles 308s), no proxy. With [`EmulatorBuilder::real_hosts`] it resolves every
    /// [`host_names`](Self::host_names) (and ten endpoint moves) to the emulator's address
    /// and trusts only the test CA: nothing but the names changes, so a client built on it
    /// runs with its default auth root and endpoint policy.
    pub fn http_client_builder(&self) -> reqwest::ClientBuilder {
        let mut builder = reqwest::Client::builder()
            .tls_backend_rustls()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none());
        if let Some((_, ca)) = &self.ca {
            for name in self.host_names(10) {
                builder = builder.resolve(&name, self.addr);
            }
            builder = builder.tls_certs_only([ca.clone()]);
        }
        builder
    }

    /// The auth base (`http://127.0.0.1:PORT/auth/v1`), where generatePin,
    /// loginWithPinAndApplicationId and accessToken live.
    pub fn auth_url(&self) -> String {
        self.app.auth_url()
    }

    /// The OAuth root, like `https://ds.kaiza.la/api`: `{oauth_url}/Oauth/Authorize`
    /// redirects with a code (signing in `mobileNumber`, default
    /// [`DEFAULT_MOBILE_NUMBER`]), `{oauth_url}/oauth/token` exchanges it.
    pub fn oauth_url(&self) -> String {
        self.app.oauth_url()
    }

    /// Fault: every OAuth code not yet exchanged expires now.
    pub fn expire_oauth_codes(&self) {
        for code in self.app.st().oauth_codes.values_mut() {
            code.expiry_ms = 0;
        }
    }

    /// How many OAuth codes wait to be exchanged.
    pub fn pending_oauth_codes(&self) -> usize {
        self.app.st().oauth_codes.len()
    }

    /// The current tenant `endpointUrl` (ends with `/`; operations are under `{endpointUrl}v1`).
    pub fn endpoint_url(&self) -> String {
        let generation = self.app.st().endpoint_generation;
        self.app.endpoint_url_for(generation)
    }

    // ---------------------------------------------------------------- seeding

    /// Credentials of the default connector (all permissions, acting as
    /// [`DEFAULT_MOBILE_NUMBER`]).
    pub fn connector(&self) -> ConnectorCredentials {
        self.default_connector.clone()
    }

    /// Registers another connector and pre-issues a refresh token for it.
    pub fn seed_connector(&self, seed: ConnectorSeed) -> ConnectorCredentials {
        self.app.st().seed_connector(seed)
    }

    /// Creates or renames a (provisioned) user.
    pub fn seed_user(&self, mobile_number: &str, name: &str) -> User {
        self.app.st().upsert_user(mobile_number, name, false)
    }

    /// Creates or updates a tenant admin (who can act on every group).
    pub fn seed_tenant_admin(&self, mobile_number: &str, name: &str) -> User {
        self.app.st().upsert_user(mobile_number, name, true)
    }

    /// The PIN last "texted" to a number by `generatePin`.
    pub fn last_pin(&self, mobile_number: &str) -> Option<String> {
        self.app.st().last_pins.get(mobile_number).cloned()
    }

    // ----------------------------------------------------------------- faults

    /// Expires every access token issued so far: the next tenant call with one answers 401.
    pub fn expire_access_tokens(&self) {
        let now = time::now_ms();
        for grant in self.app.st().access_tokens.values_mut() {
            grant.expiry_ms = grant.expiry_ms.min(now - 1);
        }
    }

    /// Changes the lifetime of access tokens issued from now on.
    pub fn set_access_token_lifetime(&self, lifetime: Duration) {
        self.app.st().access_token_lifetime = lifetime;
    }

    /// Makes the next `accessToken` call return a new `refreshToken`. The old one keeps
    /// working until the new one is first used, then stops.
    pub fn rotate_refresh_token_on_next_call(&self) {
        self.app.st().rotate_refresh_on_next = true;
    }

    /// Makes every `accessToken` call rotate the refresh token (crash-injection tests).
    pub fn rotate_refresh_tokens_always(&self, on: bool) {
        self.app.st().rotate_refresh_always = on;
    }

    /// Moves the tenant endpoint: the old base answers 308 with `Location` set to the new
    /// `endpointUrl`, which is returned (and which `accessToken` returns from now on).
    pub fn move_endpoint(&self) -> String {
        let generation = {
            let mut st = self.app.st();
            st.endpoint_generation += 1;
            st.endpoint_generation
        };
        self.app.endpoint_url_for(generation)
    }

    /// The next `n` tenant calls answer a 5xx (503 unless changed by
    /// [`Emulator::set_injected_error_status`]) with the service's error body.
    pub fn inject_server_errors(&self, n: u32) {
        self.app.st().fail_tenant = n;
    }

    /// The next `n` auth calls answer a 5xx.
    pub fn inject_auth_server_errors(&self, n: u32) {
        self.app.st().fail_auth = n;
    }

    /// Status used by injected errors (must be 500..=599; other values are ignored).
    pub fn set_injected_error_status(&self, status: u16) {
        if (500..=599).contains(&status) {
            self.app.st().fail_status = status;
        }
    }

    /// Changes throttling (limits, window, on/off) and resets the counters.
    pub fn set_throttle(&self, throttle: ThrottleConfig) {
        let mut st = self.app.st();
        st.throttle_config = throttle;
        st.throttle = Default::default();
    }

    /// The throttling in force.
    pub fn throttle(&self) -> ThrottleConfig {
        self.app.st().throttle_config.clone()
    }

    /// Changes webhook validation timeout and retry backoff (for deliveries started later).
    pub fn set_webhook_config(&self, config: WebhookConfig) {
        self.app.st().webhook_config = config;
    }

    /// The next `n` tenant calls suffer `fault` (slow, hanging, a 308 to
    /// another host, a huge body), one each, after any injected 5xx.
    pub fn inject_fault(&self, fault: Fault, n: u32) {
        let mut st = self.app.st();
        st.tenant_faults
            .extend(std::iter::repeat_n(fault, n as usize));
    }

    /// The next `n` auth calls (`accessToken`, PIN login) suffer `fault`.
    pub fn inject_auth_fault(&self, fault: Fault, n: u32) {
        let mut st = self.app.st();
        st.auth_faults
            .extend(std::iter::repeat_n(fault, n as usize));
    }

    /// Forgets every injected [`Fault`] not yet used.
    pub fn clear_faults(&self) {
        let mut st = self.app.st();
        st.tenant_faults.clear();
        st.auth_faults.clear();
    }

    /// How long one webhook delivery attempt waits for the receiver's answer
    /// before it counts as failed and is retried (for deliveries started later).
    pub fn set_delivery_timeout(&self, timeout: Duration) {
        self.app.st().webhook_config.delivery_timeout = timeout;
    }

    /// The next `n` events are delivered twice (same `eventId`) to each matching webhook.
    pub fn inject_duplicate_deliveries(&self, n: u32) {
        self.app.st().duplicate_next = n;
    }

    // ------------------------------------------------------------ request log

    /// Every call so far, oldest first (the most recent 100 000 at least).
    pub fn request_log(&self) -> Vec<LoggedRequest> {
        self.app.st().log.clone()
    }

    /// Forgets the request log.
    pub fn clear_request_log(&self) {
        self.app.st().log.clear();
    }

    /// How many calls had this method and this path relative to their base (e.g.
    /// `("GET", "/accessToken")`, `("POST", "/groups")`).
    pub fn count_requests(&self, method: &str, path: &str) -> usize {
        self.app
            .st()
            .log
            .iter()
            .filter(|r| r.method.eq_ignore_ascii_case(method) && r.path == path)
            .count()
    }

    /// How many `GET /accessToken` calls were made.
    pub fn access_token_calls(&self) -> usize {
        self.count_requests("GET", "/accessToken")
    }

    // ------------------------------------------------------------- inspectors

    /// All users.
    pub fn users(&self) -> Vec<User> {
        self.app.st().users.clone()
    }

    /// All groups, in creation order.
    pub fn groups(&self) -> Vec<Group> {
        self.app.st().groups.clone()
    }

    /// One group.
    pub fn group(&self, group_id: &str) -> Option<Group> {
        self.app.st().group(group_id).ok().cloned()
    }

    /// Members of a group (empty if unknown).
    pub fn members(&self, group_id: &str) -> Vec<Member> {
        self.group(group_id).map(|g| g.members).unwrap_or_default()
    }

    /// Subscribers of a group (empty if unknown).
    pub fn subscribers(&self, group_id: &str) -> Vec<Subscriber> {
        self.group(group_id)
            .map(|g| g.subscribers)
            .unwrap_or_default()
    }

    /// All text messages, oldest first.
    pub fn messages(&self) -> Vec<Message> {
        self.app.st().messages.clone()
    }

    /// Text messages of one group, oldest first.
    pub fn messages_in(&self, group_id: &str) -> Vec<Message> {
        self.messages()
            .into_iter()
            .filter(|m| m.group_id.eq_ignore_ascii_case(group_id))
            .collect()
    }

    /// All uploaded media.
    pub fn media(&self) -> Vec<MediaItem> {
        self.app.st().media.clone()
    }

    /// All bots, in creation order.
    pub fn bots(&self) -> Vec<Bot> {
        self.app.st().bots.clone()
    }

    /// All actions, oldest first.
    pub fn actions(&self) -> Vec<Action> {
        self.app.st().actions.clone()
    }

    /// Actions of one group, oldest first.
    pub fn actions_in(&self, group_id: &str) -> Vec<Action> {
        self.actions()
            .into_iter()
            .filter(|a| a.group_id.eq_ignore_ascii_case(group_id))
            .collect()
    }

    /// One action by `actionId`.
    pub fn action(&self, action_id: &str) -> Option<Action> {
        self.app
            .st()
            .actions
            .iter()
            .find(|a| a.id.eq_ignore_ascii_case(action_id))
            .cloned()
    }

    /// Responses to one action (empty if unknown).
    pub fn responses(&self, action_id: &str) -> Vec<ActionResponse> {
        self.action(action_id)
            .map(|a| a.responses)
            .unwrap_or_default()
    }

    /// All reactions, oldest first.
    pub fn reactions(&self) -> Vec<Reaction> {
        self.app.st().reactions.clone()
    }

    /// All webhooks.
    pub fn webhooks(&self) -> Vec<Webhook> {
        self.app.st().webhooks.clone()
    }

    /// All webhook deliveries (one per event and webhook, plus injected duplicates).
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.app.st().deliveries.clone()
    }

    /// Waits until at least `n` deliveries succeeded (or `timeout` passes) and returns the
    /// successful ones.
    pub async fn wait_for_deliveries(&self, n: usize, timeout: Duration) -> Vec<Delivery> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let done: Vec<Delivery> = self
                .deliveries()
                .into_iter()
                .filter(|d| d.delivered)
                .collect();
            if done.len() >= n || tokio::time::Instant::now() >= deadline {
                return done;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}
