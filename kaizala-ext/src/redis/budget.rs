//! A rate budget shared by every replica, kept in Redis and updated by a
//! server-side Lua script.

use std::fmt;
use std::io;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use ::redis::Script;
use futures::future::BoxFuture;

use super::{SharedRedis, Space};
use crate::throttle::{RateBudget, RateLimit, SharedBudget};

/// GCRA on the server's clock: the key holds the next free slot (µs since
/// the epoch). A reservation takes `max(slot, now)` and moves the slot one
/// interval on; the answer is how long the caller waits (µs). The key
/// expires once the budget is idle.
static RESERVE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local slot = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if slot < now then slot = now end
local next_slot = slot + interval
redis.call('SET', KEYS[1], string.format('%.0f', next_slot), 'PX', math.floor((next_slot - now) / 1000) + 1000)
return string.format('%.0f', slot - now)
",
    )
});

/// Moves the next free slot to at least `now + ARGV[1]` µs.
static PAUSE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_slot = now + tonumber(ARGV[1])
local slot = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if slot < until_slot then
  redis.call('SET', KEYS[1], string.format('%.0f', until_slot), 'PX', math.floor((until_slot - now) / 1000) + 1000)
end
return 1
",
    )
});

/// The longest wait or pause the scripts are given (a day, in µs): keeps
/// the numbers exact in Lua's doubles.
const MAX_MICROS: u64 = 24 * 3600 * 1_000_000;

/// One budget (per connector or per tenant) in Redis: a
/// [`SharedBudget`] for [`RateBudget::shared`]. Made by
/// [`SharedRedis::connector_budget`] and [`SharedRedis::tenant_budget`].
///
/// Each call takes a slot with one script run (`EVALSHA`), atomic on the
/// server and timed by the server's clock, so replicas with skewed clocks
/// still space their calls evenly at the limit; a 429 pushes the next slot
/// out for the whole fleet.
#[derive(Clone)]
pub struct RedisBudget {
    redis: SharedRedis,
    key: String,
}

impl fmt::Debug for RedisBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisBudget")
            .field("redis", &self.redis)
            .field("key", &self.key)
            .finish()
    }
}

impl RedisBudget {
    /// A budget of your own named `name` (key `{prefix}:budget:{named:…}`,
    /// apart from every connector's and tenant's budget whatever `name`
    /// holds). The connector and tenant budgets come from
    /// [`SharedRedis::connector_budget`] and [`SharedRedis::tenant_budget`].
    pub fn new(redis: SharedRedis, name: &str) -> Self {
        Self::of(redis, "named", name)
    }

    /// The budget of `kind` (`connector`, `tenant`, `named`) `id`.
    pub(crate) fn of(redis: SharedRedis, kind: &str, id: &str) -> Self {
        Self {
            key: redis.key(Space::Budget, Some(kind), &[id], None),
            redis,
        }
    }

    /// A [`RateBudget`] of `limit` drawing on this one; while Redis does
    /// not answer (each try bounded by [`SharedRedis::timeout`]), this
    /// process paces at `limit / replicas`.
    pub fn into_budget(self, limit: RateLimit, replicas: u32) -> Arc<RateBudget> {
        let timeout = self.redis.timeout();
        RateBudget::shared(limit, Arc::new(self), replicas, timeout)
    }
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros())
        .unwrap_or(u64::MAX)
        .clamp(1, MAX_MICROS)
}

impl SharedBudget for RedisBudget {
    fn reserve(&self, interval: Duration) -> BoxFuture<'_, io::Result<Duration>> {
        Box::pin(async move {
            let key = self.key.clone();
            let interval = micros(interval);
            let wait: String = self
                .redis
                .run("reserving a call slot", |mut c| async move {
                    RESERVE.key(key).arg(interval).invoke_async(&mut c).await
                })
                .await?;
            let wait: u64 = wait.parse().map_err(|_| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    "the rate budget in Redis is not one kaizala-ext wrote",
                )
            })?;
            Ok(Duration::from_micros(wait))
        })
    }

    fn pause(&self, wait: Duration) -> BoxFuture<'_, io::Result<()>> {
        Box::pin(async move {
            let key = self.key.clone();
            let wait = micros(wait);
            self.redis
                .run("pausing the rate budget", |mut c| async move {
                    PAUSE.key(key).arg(wait).invoke_async::<i64>(&mut c).await
                })
                .await
                .map(drop)
        })
    }
}
