//! Webhook de-duplication shared by every receiver replica, in Redis.
//!
//! The semantics are the in-process store's (the webhook receiver's
//! `EventDeduper`): per event id, *in flight* (with an owner, until a
//! lease ends) or *done* (for a window); an id counts as handled only after
//! its handler succeeded, a copy arriving while another runs is never told
//! "duplicate", and only the owner's release frees an in-flight id.

use std::fmt;
use std::io;
use std::sync::LazyLock;
use std::time::Duration;

use ::redis::Script;

use super::{SharedRedis, Space};

/// If the id is free, marks it in flight for `ARGV[1]` for `ARGV[2]` ms and
/// answers `claimed`; otherwise answers its state.
static CLAIM: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local v = redis.call('GET', KEYS[1])
if v == false then
  redis.call('SET', KEYS[1], 'inflight:' .. ARGV[1], 'PX', ARGV[2])
  return 'claimed'
end
if v == 'done' then
  return 'done'
end
return 'inflight'
",
    )
});

/// Frees the id only if `ARGV[1]` holds it in flight.
static RELEASE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('GET', KEYS[1]) == 'inflight:' .. ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
",
    )
});

/// The state of an event id after [`RedisDeduper::claim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventState {
    /// The id was free and is now in flight for the caller.
    Claimed,
    /// Another copy holds it and its lease has not run out.
    InFlight,
    /// A copy was handled successfully within the window.
    Done,
}

/// Event ids shared by every webhook receiver replica (made by
/// [`SharedRedis::deduper`]).
///
/// One key per service and id (`{prefix}:dedupe:{service:id}`, see the
/// [key scheme](super#the-key-scheme)): `inflight:{owner}` with the
/// lease as its expiry, or `done` with the window as its expiry. `claim` is
/// one Lua script (atomic across replicas), `complete` one `SET`, `release`
/// a compare-and-delete script. Every command is bounded by
/// [`SharedRedis::timeout`]; an error or timeout is returned, never taken
/// for "duplicate", so the receiver answers non-2xx and Kaizala redelivers
/// (it fails closed).
#[derive(Clone)]
pub struct RedisDeduper {
    redis: SharedRedis,
    service: String,
    window: Duration,
}

impl fmt::Debug for RedisDeduper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisDeduper")
            .field("redis", &self.redis)
            .field("service", &self.service)
            .field("window", &self.window)
            .finish()
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis())
        .unwrap_or(u64::MAX)
        // At least 1 ms (0 is refused by Redis), at most a year.
        .clamp(1, 365 * 24 * 3600 * 1000)
}

impl RedisDeduper {
    /// The default window: two days, the span over which Kaizala retries.
    pub const DEFAULT_WINDOW: Duration = Duration::from_secs(48 * 3600);

    /// Ids of the receiving service `service` in `redis`, remembered as
    /// *done* for `window`. Every replica of one service gives the same
    /// `service`; another service on the same Redis gives another (see
    /// [`SharedRedis::deduper`]).
    pub fn new(redis: SharedRedis, service: &str, window: Duration) -> Self {
        Self {
            redis,
            service: service.to_owned(),
            window,
        }
    }

    /// The receiving service these ids belong to.
    pub fn service(&self) -> &str {
        &self.service
    }

    fn key(&self, event_id: &str) -> String {
        self.redis
            .key(Space::Dedupe, None, &[&self.service, event_id], None)
    }

    /// Atomically: if `event_id` is free, marks it in flight for `owner`
    /// until `lease` has passed and answers [`EventState::Claimed`];
    /// otherwise answers its state.
    pub async fn claim(
        &self,
        event_id: &str,
        owner: &str,
        lease: Duration,
    ) -> io::Result<EventState> {
        let key = self.key(event_id);
        let owner = owner.to_owned();
        let lease = millis(lease);
        let state: String = self
            .redis
            .run("claiming a webhook event", |mut c| async move {
                CLAIM
                    .key(key)
                    .arg(owner)
                    .arg(lease)
                    .invoke_async(&mut c)
                    .await
            })
            .await?;
        match state.as_str() {
            "claimed" => Ok(EventState::Claimed),
            "inflight" => Ok(EventState::InFlight),
            "done" => Ok(EventState::Done),
            _ => Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "unexpected answer from the claim script",
            )),
        }
    }

    /// Marks `event_id` done (its handler succeeded) for the window,
    /// whoever holds it now.
    pub async fn complete(&self, event_id: &str) -> io::Result<()> {
        let key = self.key(event_id);
        let window = millis(self.window);
        self.redis
            .run("marking a webhook event handled", |mut c| async move {
                ::redis::cmd("SET")
                    .arg(key)
                    .arg("done")
                    .arg("PX")
                    .arg(window)
                    .query_async::<()>(&mut c)
                    .await
            })
            .await
    }

    /// Frees `event_id` if `owner` still holds it in flight; does nothing
    /// otherwise.
    pub async fn release(&self, event_id: &str, owner: &str) -> io::Result<()> {
        let key = self.key(event_id);
        let owner = owner.to_owned();
        self.redis
            .run("releasing a webhook event", |mut c| async move {
                RELEASE
                    .key(key)
                    .arg(owner)
                    .invoke_async::<i64>(&mut c)
                    .await
            })
            .await
            .map(drop)
    }
}

/// The webhook receiver's store, shared: give it to
/// [`WebhookReceiverBuilder::deduper`](crate::webhook::WebhookReceiverBuilder::deduper)
/// on every replica. A Redis failure is a [`DedupeError`](crate::webhook::DedupeError):
/// the receiver answers `503` without running the handler.
#[cfg(feature = "webhook")]
impl crate::webhook::EventDeduper for RedisDeduper {
    fn claim<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
        lease: Duration,
    ) -> futures::future::BoxFuture<'a, Result<crate::webhook::Claim, crate::webhook::DedupeError>>
    {
        use crate::webhook::{Claim, DedupeError};
        Box::pin(async move {
            match RedisDeduper::claim(self, event_id, owner, lease).await {
                Ok(EventState::Claimed) => Ok(Claim::Claimed),
                Ok(EventState::InFlight) => Ok(Claim::InFlight),
                Ok(EventState::Done) => Ok(Claim::Done),
                Err(error) => Err(DedupeError::new(error.to_string())),
            }
        })
    }

    fn complete<'a>(
        &'a self,
        event_id: &'a str,
        _owner: &'a str,
    ) -> futures::future::BoxFuture<'a, Result<(), crate::webhook::DedupeError>> {
        Box::pin(async move {
            RedisDeduper::complete(self, event_id)
                .await
                .map_err(|e| crate::webhook::DedupeError::new(e.to_string()))
        })
    }

    fn release<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
    ) -> futures::future::BoxFuture<'a, Result<(), crate::webhook::DedupeError>> {
        Box::pin(async move {
            RedisDeduper::release(self, event_id, owner)
                .await
                .map_err(|e| crate::webhook::DedupeError::new(e.to_string()))
        })
    }
}
