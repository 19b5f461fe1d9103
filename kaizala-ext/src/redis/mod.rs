//! State shared by several replicas of one connector, kept in Redis
//! (feature `redis`).
//!
//! A connector behind a load balancer runs as N processes. Three things
//! must then be shared, or the replicas break each other:
//!
//! - the refresh token, which the service rotates: [`RedisTokenStore`]
//!   saves a rotated token with a compare-and-swap over the one it was
//!   refreshed with, holds a refresh lease so one replica refreshes for all
//!   (the others use the access token it publishes), and lets a lease whose
//!   holder died expire by itself;
//! - webhook deliveries, which land on any replica: [`RedisDeduper`] keeps
//!   each event id *in flight* or *done* with TTLs, per receiving service,
//!   with the semantics of the receiver's in-process store;
//! - the service's rate limits (100 calls a minute per connector, 300 per
//!   tenant), which hold for the fleet: [`RedisBudget`] hands out call slots
//!   from one server-side Lua script, so the budget is updated atomically
//!   whatever the number of replicas.
//!
//! Every replica builds its client the same way:
//!
//! ```no_run
//! use kaizala_ext::redis::SharedRedis;
//! use kaizala_ext::prelude::*;
//! use kaizala_ext::{Credentials, RateLimit};
//!
//! # fn main() -> Result<(), kaizala_ext::Error> {
//! let replicas = 3; // processes drawing on the budgets, for their local share
//! let redis = SharedRedis::open("rediss://connector:PASSWORD@redis.internal:6380/0")?;
//! let credentials = Credentials::from_env()?;
//! let app = credentials.application_id.clone();
//! let client = KaizalaClient::builder()
//!     .credentials(credentials)
//!     .token_store(redis.token_store(&app))
//!     .connector_budget(redis.connector_budget(&app, RateLimit::PER_CONNECTOR, replicas))
//!     .tenant_budget(redis.tenant_budget("contoso", RateLimit::PER_TENANT, replicas))
//!     .build()?;
//! // Webhook receivers of the service "billing":
//! // `redis.deduper("billing", RedisDeduper::DEFAULT_WINDOW)`.
//! # let _ = client; Ok(()) }
//! ```
//!
//! # The key scheme
//!
//! Every key is `{prefix}:{space}:{tag}` or `{prefix}:{space}:{tag}:{field}`:
//!
//! | key | holds |
//! | --- | --- |
//! | `{prefix}:token:{app}:refresh` | the connector's refresh token and its generation |
//! | `{prefix}:token:{app}:access` | the access token the lease holder published |
//! | `{prefix}:lease:{app}` | the refresh lease (its holder's id) |
//! | `{prefix}:budget:{connector:app}`, `{prefix}:budget:{tenant:t}`, `{prefix}:budget:{named:n}` | the next free call slot of a budget |
//! | `{prefix}:dedupe:{service:event}` | an event's state for one receiving service |
//!
//! - The prefix is chosen by the operator (1–64 of `A-Z a-z 0-9 - . _`,
//!   default `kaizala`); the space is one of five fixed words.
//! - Outside values (application id, tenant, service name, event id) only
//!   appear inside the braces, each escaped: bytes other than
//!   `A-Z a-z 0-9 - . _ ~` become `%XX`, the empty string `%`, and a value
//!   whose escaped form passes 128 bytes is replaced by `=` and its hex
//!   SHA-256. No value can hold `:`, `{`, `}` or `*` once escaped, so none
//!   reaches another space, tag or field, and a 1 MB event id is a 76-byte
//!   key.
//! - The braces are a Redis Cluster hash tag: all keys of one connector
//!   (token, access token, lease) share a slot, and every script touches a
//!   single key, so the scheme runs unchanged on a cluster
//!   ([`SharedRedis::open_cluster`]).
//!
//! Fleets of kaizala-ext versions before this scheme kept the refresh
//! token under `{prefix}:{app}:refresh-token`: a replica that finds no
//! token under the new key adopts that one (copied with a compare-and-swap,
//! at the lowest generation, so any token a serving replica holds wins), so
//! an upgrade needs no `save()`. While replicas of the older version still
//! run (a rolling upgrade, a canary) they go on rotating the token under the
//! old key: until a replica of this version saves one of its own, a load
//! takes the old key's token when it differs from the adopted one (again a
//! compare-and-swap), so the service retiring the adopted token loses
//! nothing; and a rotation this version saves is handed to the old key when
//! it still holds the token rotated away, for the older replicas. The old
//! key is left for a rollback; delete it once every replica runs this
//! version.
//!
//! Several connectors, tenants and services on one Redis need nothing but
//! their own names: each connector's store and budget are keyed by its
//! application id, each tenant's budget by the tenant name, and each
//! webhook service's events by the name given to [`SharedRedis::deduper`]
//! (every replica of one service gives the same name, two services give
//! two). Use another prefix only for deployments that must not share
//! anything (e.g. staging and production on one Redis).
//!
//! Every Redis command runs under a time bound ([`SharedRedis::timeout`],
//! default 1 s). When Redis is slow, down or restarted:
//!
//! | piece | does |
//! | --- | --- |
//! | token store | refuses to refresh without the lease (a rotated refresh token could not be saved durably): calls go on with the current access token while it is valid (refresh starts minutes ahead of expiry) and the refresh is retried with back-off; a rotated token whose save fails is kept in memory and its save retried (see [`crate::TokenStatus`]) |
//! | rate budget | paces calls at this process's share of the limit (`limit / replicas`) until Redis answers again ([`crate::RateBudget::degraded_calls`]); a reservation gives up sooner than the timeout when the local share could start anyway (see [`crate::RateBudget::shared`]). When Redis fails for every replica the fleet stays within the limit; a replica cut off alone while the others still reach Redis can put up to its share per window over the limit until it reconnects |
//! | webhook dedupe | fails closed: the receiver answers `503`, so Kaizala delivers again later |
//!
//! When Redis *loses data* (a `FLUSHALL`, a restart without persistence,
//! an evicted key, a restore from an older backup), the serving replicas
//! notice within [`RedisTokenStore::DEFAULT_WRITE_BACK`] (5 s) and write
//! back the newest refresh token they hold: the stored token carries a
//! generation that only grows, and the write-back is a compare-and-swap on
//! it, so an older token never replaces a newer one. A replica started
//! afterwards works. (So deleting the key does not disconnect a running
//! fleet: to replace the token, save the new one with
//! [`TokenStore::save`](crate::TokenStore::save), e.g. after a PIN login;
//! a save always outranks what the fleet holds.) Leases, shared access tokens, budgets and dedupe
//! states are rebuilt by use (lost dedupe states let an event in flight or
//! handled be handled again: at-least-once, as without Redis).
//!
//! # Protecting the secrets in Redis
//!
//! The token store keeps the refresh token and the current access token in
//! Redis. They are never logged, and `Debug` output and errors show neither
//! them nor the password of the URL. Protect them in Redis too:
//!
//! - use TLS: a `rediss://` URL (certificates checked against the system's
//!   roots);
//! - give the connector its own ACL user, limited to its keys and the
//!   commands it needs, e.g.
//!   `ACL SETUSER connector on >PASSWORD ~kaizala:* +get +set +del +evalsha +script|load +time`,
//!   and pass it in the URL (`rediss://connector:PASSWORD@host:6380/0`);
//! - make the refresh token durable: run Redis with `appendonly yes` and
//!   `appendfsync always` (or replicate it), and exempt the keys from
//!   eviction (`maxmemory-policy noeviction` or `volatile-*`: the refresh
//!   token has no TTL). The fleet writes back what Redis lost, but a
//!   rotated refresh token that only Redis held is gone if every replica
//!   restarts before Redis comes back;
//! - keep Redis off public networks, and its backups as secret as the token.

use std::fmt;
use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use ::redis::aio::{ConnectionLike, ConnectionManager, ConnectionManagerConfig};
use ::redis::cluster::ClusterClient;
use ::redis::cluster_async::ClusterConnection;
use ::redis::{Cmd, Pipeline, RedisFuture, Value};
use tokio::sync::OnceCell;

use crate::Error;

mod budget;
mod dedupe;
mod token_store;

pub use budget::RedisBudget;
pub use dedupe::{EventState, RedisDeduper};
pub use token_store::RedisTokenStore;

/// A connection to the Redis that the replicas of a connector share, and
/// the key prefix they use. Cheap to clone; connects on first use and
/// reconnects by itself after Redis restarts.
#[derive(Clone)]
pub struct SharedRedis {
    inner: Arc<Inner>,
}

enum Target {
    Single(Box<::redis::Client>),
    Cluster(Box<ClusterClient>),
}

struct Inner {
    target: Target,
    connection: OnceCell<Connection>,
    prefix: String,
    timeout: Duration,
    /// `host:port` (the first node of a cluster), never the credentials.
    address: String,
    /// A `rediss://` URL: the connection needs rustls's crypto provider.
    tls: bool,
}

/// One server through a reconnecting manager, or a cluster through a
/// connection that routes each command to the node of its key's slot.
#[derive(Clone)]
pub(crate) enum Connection {
    Single(ConnectionManager),
    Cluster(ClusterConnection),
}

impl ConnectionLike for Connection {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        match self {
            Connection::Single(c) => c.req_packed_command(cmd),
            Connection::Cluster(c) => c.req_packed_command(cmd),
        }
    }

    fn req_packed_commands<'a>(
        &'a mut self,
        pipeline: &'a Pipeline,
        offset: usize,
        count: usize,
    ) -> RedisFuture<'a, Vec<Value>> {
        match self {
            Connection::Single(c) => c.req_packed_commands(pipeline, offset, count),
            Connection::Cluster(c) => c.req_packed_commands(pipeline, offset, count),
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            Connection::Single(c) => c.get_db(),
            Connection::Cluster(c) => c.get_db(),
        }
    }
}

impl fmt::Debug for SharedRedis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedRedis")
            .field("address", &self.inner.address)
            .field("cluster", &matches!(self.inner.target, Target::Cluster(_)))
            .field("prefix", &self.inner.prefix)
            .field("timeout", &self.inner.timeout)
            .finish()
    }
}

/// The sub-spaces of the key scheme (see the [module docs](self)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Space {
    Token,
    Lease,
    Budget,
    Dedupe,
}

impl Space {
    fn name(self) -> &'static str {
        match self {
            Space::Token => "token",
            Space::Lease => "lease",
            Space::Budget => "budget",
            Space::Dedupe => "dedupe",
        }
    }
}

/// Escaped parts longer than this are replaced by a digest.
const MAX_PART: usize = 128;

/// One outside value as a key part that no other value maps to and that
/// holds no `:`, `{`, `}`, `*`, space, control or non-ASCII byte: bytes
/// outside `A-Z a-z 0-9 - . _ ~` as `%XX`; the empty string as `%`; a part
/// whose escaped form is longer than 128 bytes as `=` and the hex SHA-256
/// of the value (`%` and `=` never start an escaped part otherwise).
pub(crate) fn key_part(value: &str) -> String {
    if value.is_empty() {
        return "%".to_owned();
    }
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
        if out.len() > MAX_PART {
            let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, value.as_bytes());
            let mut hashed = String::with_capacity(65);
            hashed.push('=');
            for byte in digest.as_ref() {
                hashed.push_str(&format!("{byte:02x}"));
            }
            return hashed;
        }
    }
    out
}

/// A prefix must be short plain ASCII, so that it cannot hold a hash tag or
/// an ACL pattern character.
fn valid_prefix(prefix: &str) -> bool {
    !prefix.is_empty()
        && prefix.len() <= 64
        && prefix
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
}

impl SharedRedis {
    /// The default bound on one Redis command.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(1);
    /// The default key prefix.
    pub const DEFAULT_PREFIX: &'static str = "kaizala";

    /// A handle on the Redis at `url` (`redis://`, or `rediss://` for TLS;
    /// user and password in the URL). Nothing is sent until first use, so a
    /// replica can start while Redis is down. A URL that cannot be parsed is
    /// an [`Error::InvalidInput`] that does not repeat it (it may hold a
    /// password).
    pub fn open(url: &str) -> Result<Self, Error> {
        Self::open_with(url, Self::DEFAULT_PREFIX, Self::DEFAULT_TIMEOUT)
    }

    /// Like [`open`](Self::open), with a key prefix (keep it the same on
    /// every replica of a connector; different for unrelated deployments
    /// sharing one Redis; 1 to 64 of `A-Z a-z 0-9 - . _`) and a bound on
    /// each command.
    pub fn open_with(url: &str, prefix: &str, timeout: Duration) -> Result<Self, Error> {
        check_prefix(prefix)?;
        let client = ::redis::Client::open(url).map_err(|_| bad_url())?;
        let address = client.get_connection_info().addr().to_string();
        let tls = is_tls(client.get_connection_info().addr());
        Ok(Self::from_target(
            Target::Single(Box::new(client)),
            address,
            tls,
            prefix,
            timeout,
        ))
    }

    /// A handle on a Redis Cluster, reached through any of its `nodes`
    /// (`redis://` or `rediss://` URLs; the others are found from them).
    /// Every script of this module touches the keys of one hash slot (see
    /// the [key scheme](self#the-key-scheme)), so it runs on any cluster.
    pub fn open_cluster(nodes: &[&str]) -> Result<Self, Error> {
        Self::open_cluster_with(nodes, Self::DEFAULT_PREFIX, Self::DEFAULT_TIMEOUT)
    }

    /// Like [`open_cluster`](Self::open_cluster), with a key prefix and a
    /// bound on each command.
    pub fn open_cluster_with(
        nodes: &[&str],
        prefix: &str,
        timeout: Duration,
    ) -> Result<Self, Error> {
        check_prefix(prefix)?;
        let mut infos = Vec::with_capacity(nodes.len());
        for node in nodes {
            infos.push(
                ::redis::IntoConnectionInfo::into_connection_info(*node).map_err(|_| bad_url())?,
            );
        }
        let address = infos
            .first()
            .map(|info| info.addr().to_string())
            .ok_or_else(|| Error::invalid_input("a Redis Cluster needs at least one node URL"))?;
        let timeout = Self::bound(timeout);
        let tls = infos.iter().any(|info| is_tls(info.addr()));
        let client = ClusterClient::builder(infos)
            .connection_timeout(timeout)
            .response_timeout(timeout)
            .retries(1)
            .max_retry_wait(200)
            .build()
            .map_err(|_| bad_url())?;
        Ok(Self::from_target(
            Target::Cluster(Box::new(client)),
            address,
            tls,
            prefix,
            timeout,
        ))
    }

    fn bound(timeout: Duration) -> Duration {
        if timeout.is_zero() {
            Self::DEFAULT_TIMEOUT
        } else {
            timeout
        }
    }

    fn from_target(
        target: Target,
        address: String,
        tls: bool,
        prefix: &str,
        timeout: Duration,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                target,
                connection: OnceCell::new(),
                prefix: prefix.to_owned(),
                timeout: Self::bound(timeout),
                address,
                tls,
            }),
        }
    }

    /// The bound on each Redis command.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The key prefix.
    pub fn prefix(&self) -> &str {
        &self.inner.prefix
    }

    /// `host:port` (or the socket path) of the server, never the credentials.
    pub fn address(&self) -> &str {
        &self.inner.address
    }

    /// The token store of the connector `application_id`.
    pub fn token_store(&self, application_id: &str) -> RedisTokenStore {
        RedisTokenStore::new(self.clone(), application_id)
    }

    /// Webhook event ids of the receiving service `service`, shared by
    /// every receiver replica of that service, remembered as handled for
    /// `window` ([`RedisDeduper::DEFAULT_WINDOW`]: 48 h).
    ///
    /// Kaizala sends the same event id to every webhook of a group, so two
    /// services sharing this Redis must give different names (e.g. the
    /// webhook's id or the service's name): each then handles every event
    /// once. Replicas of one service give the same name.
    pub fn deduper(&self, service: &str, window: Duration) -> RedisDeduper {
        RedisDeduper::new(self.clone(), service, window)
    }

    /// The fleet-wide budget of the connector `application_id`
    /// ([`RateLimit::PER_CONNECTOR`](crate::RateLimit::PER_CONNECTOR) for the
    /// service), for [`KaizalaClientBuilder::connector_budget`](crate::KaizalaClientBuilder::connector_budget).
    /// While Redis does not answer, this process paces at its share
    /// (`limit / replicas`).
    pub fn connector_budget(
        &self,
        application_id: &str,
        limit: crate::RateLimit,
        replicas: u32,
    ) -> Arc<crate::RateBudget> {
        RedisBudget::of(self.clone(), "connector", application_id).into_budget(limit, replicas)
    }

    /// The fleet-wide budget of a tenant (all its connectors;
    /// [`RateLimit::PER_TENANT`](crate::RateLimit::PER_TENANT) for the service), for
    /// [`KaizalaClientBuilder::tenant_budget`](crate::KaizalaClientBuilder::tenant_budget).
    /// `replicas` counts every process drawing on it.
    pub fn tenant_budget(
        &self,
        tenant: &str,
        limit: crate::RateLimit,
        replicas: u32,
    ) -> Arc<crate::RateBudget> {
        RedisBudget::of(self.clone(), "tenant", tenant).into_budget(limit, replicas)
    }

    /// `{prefix}:{space}:{tag}` or `{prefix}:{space}:{tag}:{field}`, where
    /// the hash tag `{…}` holds the escaped `parts` joined by `:` (`kind`
    /// first when given): every key of one tag is in one cluster slot, and
    /// no outside value can reach another space, tag or field.
    pub(crate) fn key(
        &self,
        space: Space,
        kind: Option<&str>,
        parts: &[&str],
        field: Option<&str>,
    ) -> String {
        let mut key = format!("{}:{}:{{", self.inner.prefix, space.name());
        let mut first = true;
        if let Some(kind) = kind {
            key.push_str(kind);
            first = false;
        }
        for part in parts {
            if !first {
                key.push(':');
            }
            key.push_str(&key_part(part));
            first = false;
        }
        key.push('}');
        if let Some(field) = field {
            key.push(':');
            key.push_str(field);
        }
        key
    }

    async fn connection(&self) -> ::redis::RedisResult<Connection> {
        let timeout = self.inner.timeout;
        self.inner
            .connection
            .get_or_try_init(|| async {
                if self.inner.tls {
                    ensure_crypto_provider();
                }
                match &self.inner.target {
                    Target::Single(client) => {
                        let config = ConnectionManagerConfig::new()
                            .set_connection_timeout(Some(timeout))
                            .set_response_timeout(Some(timeout))
                            .set_number_of_retries(1)
                            .set_max_delay(Duration::from_millis(200));
                        ConnectionManager::new_with_config((**client).clone(), config)
                            .await
                            .map(Connection::Single)
                    }
                    Target::Cluster(client) => {
                        client.get_async_connection().await.map(Connection::Cluster)
                    }
                }
            })
            .await
            .cloned()
    }

    /// Runs `op` on the shared connection, within the time bound. Errors
    /// name the address and what failed, never a value.
    pub(crate) async fn run<T, F, Fut>(&self, what: &str, op: F) -> io::Result<T>
    where
        F: FnOnce(Connection) -> Fut,
        Fut: Future<Output = ::redis::RedisResult<T>>,
    {
        let timeout = self.inner.timeout;
        let work = async {
            let connection = self.connection().await?;
            op(connection).await
        };
        match tokio::time::timeout(timeout, work).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(io::Error::other(format!(
                "Redis at {}: {what} failed: {}",
                self.inner.address,
                describe(&error)
            ))),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!(
                    "Redis at {}: {what} did not answer within {} ms",
                    self.inner.address,
                    timeout.as_millis()
                ),
            )),
        }
    }
}

/// True for a `rediss://` address.
fn is_tls(address: &::redis::ConnectionAddr) -> bool {
    matches!(address, ::redis::ConnectionAddr::TcpTls { .. })
}

/// `rediss://` runs on rustls's process-wide crypto provider. When rustls is
/// built with both aws-lc-rs and ring (kaizala-ext's `rustls-ring` next to
/// its default, or another crate of the application asking for the other),
/// rustls cannot pick one by itself and panics on the first TLS connection:
/// this installs the one of the crate's TLS feature (aws-lc-rs unless
/// `rustls-ring` alone). A provider the application installed first is kept.
fn ensure_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_some() {
        return;
    }
    #[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
    let provider = rustls::crypto::ring::default_provider();
    #[cfg(not(all(feature = "rustls-ring", not(feature = "rustls-aws-lc"))))]
    let provider = rustls::crypto::aws_lc_rs::default_provider();
    // Another thread may have installed one meanwhile: it is kept.
    let _ = provider.install_default();
}

fn bad_url() -> Error {
    Error::invalid_input(
        "the Redis URL is not a valid redis:// or rediss:// URL (it is not repeated here, since \
         it may hold a password)",
    )
}

fn check_prefix(prefix: &str) -> Result<(), Error> {
    if valid_prefix(prefix) {
        Ok(())
    } else {
        Err(Error::invalid_input(
            "the Redis key prefix must be 1 to 64 of A-Z a-z 0-9 - . _",
        ))
    }
}

/// A Redis error in words that hold no value: its kind, and the server's
/// error code or the I/O cause.
fn describe(error: &::redis::RedisError) -> String {
    match error.code() {
        Some(code) => format!("{:?} ({code})", error.kind()),
        None if error.is_io_error() || error.is_connection_refusal() => {
            format!("{:?}: connection failed", error.kind())
        }
        None if error.is_timeout() => format!("{:?}: timed out", error.kind()),
        None => format!("{:?}", error.kind()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_parts_are_escaped_hashed_and_never_collide() {
        let hostile = [
            "",
            "%",
            "=",
            "a",
            "a:b",
            "a%3Ab",
            "{tag}",
            "*",
            "line\nbreak",
            "tenant-7:refresh-lease",
            "événement",
            "\u{0}",
        ];
        let parts: Vec<String> = hostile.iter().map(|v| key_part(v)).collect();
        for (i, a) in parts.iter().enumerate() {
            assert!(
                a.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~%=".contains(&b)),
                "{a:?}"
            );
            for b in &parts[i + 1..] {
                assert_ne!(a, b);
            }
        }
        let huge = "x".repeat(1 << 20);
        let hashed = key_part(&huge);
        assert!(hashed.starts_with('=') && hashed.len() == 65, "{hashed}");
        assert_ne!(hashed, key_part(&"x".repeat((1 << 20) + 1)));
        // Just under the limit: escaped, not hashed.
        assert_eq!(key_part(&"y".repeat(MAX_PART)), "y".repeat(MAX_PART));
    }

    #[test]
    fn keys_keep_their_space_and_one_hash_tag() {
        let redis = SharedRedis::open("redis://127.0.0.1:1/").unwrap();
        let token = redis.key(Space::Token, None, &["event:tenant-7"], Some("refresh"));
        assert_eq!(token, "kaizala:token:{event%3Atenant-7}:refresh");
        let dedupe = redis.key(
            Space::Dedupe,
            None,
            &["svc", "tenant-7:refresh-lease"],
            None,
        );
        assert_eq!(dedupe, "kaizala:dedupe:{svc:tenant-7%3Arefresh-lease}");
        let lease = redis.key(Space::Lease, None, &["{x}"], None);
        assert_eq!(lease, "kaizala:lease:{%7Bx%7D}");
        let budget = redis.key(Space::Budget, Some("tenant"), &["a*"], None);
        assert_eq!(budget, "kaizala:budget:{tenant:a%2A}");
        for bad in ["", "a:b", "a{b}", "a b", "a*", &"p".repeat(65)] {
            assert!(
                SharedRedis::open_with("redis://127.0.0.1:1/", bad, Duration::from_secs(1))
                    .is_err(),
                "{bad:?}"
            );
        }
    }
}
