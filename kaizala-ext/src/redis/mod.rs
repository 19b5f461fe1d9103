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
//!   each event id *in flight* or *done* with TTLs, with the semantics of
//!   the receiver's in-process store;
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
//! // Webhook receivers: `redis.deduper(RedisDeduper::DEFAULT_WINDOW)`.
//! # let _ = client; Ok(()) }
//! ```
//!
//! Every Redis command runs under a time bound ([`SharedRedis::timeout`],
//! default 1 s). When Redis is slow, down or restarted:
//!
//! | piece | does |
//! | --- | --- |
//! | token store | refuses to refresh without the lease (a rotated refresh token could not be saved durably): calls go on with the current access token while it is valid (refresh starts minutes ahead of expiry) and the refresh is retried with back-off; a rotated token whose save fails is kept in memory and its save retried (see [`crate::TokenStatus`]) |
//! | rate budget | paces calls at this process's share of the limit (`limit / replicas`) until Redis answers again ([`crate::RateBudget::degraded_calls`]) |
//! | webhook dedupe | fails closed: the receiver answers `503`, so Kaizala delivers again later |
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
//!   `appendfsync always` (or replicate it), since a Redis that loses its
//!   data loses a rotated refresh token that only it held;
//! - keep Redis off public networks, and its backups as secret as the token.

use std::fmt;
use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use ::redis::aio::{ConnectionManager, ConnectionManagerConfig};
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

struct Inner {
    client: ::redis::Client,
    manager: OnceCell<ConnectionManager>,
    prefix: String,
    timeout: Duration,
    /// `host:port`, never the credentials.
    address: String,
}

impl fmt::Debug for SharedRedis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedRedis")
            .field("address", &self.inner.address)
            .field("prefix", &self.inner.prefix)
            .field("timeout", &self.inner.timeout)
            .finish()
    }
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
    /// sharing one Redis) and a bound on each command.
    pub fn open_with(url: &str, prefix: &str, timeout: Duration) -> Result<Self, Error> {
        let client = ::redis::Client::open(url).map_err(|_| {
            Error::invalid_input(
                "the Redis URL is not a valid redis:// or rediss:// URL (it is not repeated \
                 here, since it may hold a password)",
            )
        })?;
        let address = client.get_connection_info().addr().to_string();
        Ok(Self {
            inner: Arc::new(Inner {
                client,
                manager: OnceCell::new(),
                prefix: prefix.to_owned(),
                timeout: if timeout.is_zero() {
                    Self::DEFAULT_TIMEOUT
                } else {
                    timeout
                },
                address,
            }),
        })
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

    /// Webhook event ids shared by every receiver replica, remembered as
    /// handled for `window` ([`RedisDeduper::DEFAULT_WINDOW`]: 48 h).
    pub fn deduper(&self, window: Duration) -> RedisDeduper {
        RedisDeduper::new(self.clone(), window)
    }

    /// The fleet-wide budget of the connector `application_id`
    /// ([`RateLimit::PER_CONNECTOR`](crate::RateLimit::PER_CONNECTOR) for the
    /// service), for [`KaizalaClientBuilder::connector_budget`](crate::KaizalaClientBuilder::connector_budget).
    /// While Redis does not answer, this process paces at `limit / replicas`.
    pub fn connector_budget(
        &self,
        application_id: &str,
        limit: crate::RateLimit,
        replicas: u32,
    ) -> Arc<crate::RateBudget> {
        RedisBudget::new(self.clone(), &format!("connector:{application_id}"))
            .into_budget(limit, replicas)
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
        RedisBudget::new(self.clone(), &format!("tenant:{tenant}")).into_budget(limit, replicas)
    }

    pub(crate) fn key(&self, parts: &[&str]) -> String {
        let mut key = self.inner.prefix.clone();
        for part in parts {
            key.push(':');
            key.push_str(part);
        }
        key
    }

    /// Runs `op` on the shared connection, within the time bound. Errors
    /// name the address and what failed, never a value.
    pub(crate) async fn run<T, F, Fut>(&self, what: &str, op: F) -> io::Result<T>
    where
        F: FnOnce(ConnectionManager) -> Fut,
        Fut: Future<Output = ::redis::RedisResult<T>>,
    {
        let timeout = self.inner.timeout;
        let work = async {
            let manager = self
                .inner
                .manager
                .get_or_try_init(|| {
                    let config = ConnectionManagerConfig::new()
                        .set_connection_timeout(Some(timeout))
                        .set_response_timeout(Some(timeout))
                        .set_number_of_retries(1)
                        .set_max_delay(Duration::from_millis(200));
                    ConnectionManager::new_with_config(self.inner.client.clone(), config)
                })
                .await?
                .clone();
            op(manager).await
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
