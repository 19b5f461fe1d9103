//! A rate budget shared by every replica, kept in Redis and updated by a
//! server-side Lua script.

use std::fmt;
use std::io;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use tokio::time::Instant;

use ::redis::Script;
use futures::future::BoxFuture;

use super::{SharedRedis, Space};
use kaizala_api::runtime::{RateBudget, RateLimit, SharedBudget, Slot, SlotRequest};

/// Lua helpers: a time key holds `{µs} {server time of the write, µs}`;
/// one written "in the future" by more than a second (the server's clock
/// went back: a failover, a clock step), or one of another form, is
/// ignored rather than stalling the fleet until the clock catches up.
const TIME_LUA: &str = r"
local function read_time(key, now)
  local v = redis.call('GET', key)
  if v == false then return 0 end
  local at, written = string.match(v, '^(%d+) (%d+)$')
  if at == nil then return 0 end
  if tonumber(written) > now + 1000000 then return 0 end
  return tonumber(at)
end
local function write_time(key, at, now, keep_ms)
  redis.call('SET', key, string.format('%.0f %.0f', at, now), 'PX', math.floor((at - now) / 1000) + keep_ms)
end
";

/// GCRA on the server's clock: `KEYS[1]` holds the next free slot (µs
/// since the epoch). A reservation takes `max(slot, now)` and moves the
/// slot one interval (`ARGV[1]`) on, unless the slot lies more than the
/// horizon (`ARGV[2]`) ahead: then nothing is reserved and the answer is
/// `busy` with how long until it would be within it. `KEYS[2]` (same hash
/// tag) holds the end of the fleet's settling: a replica coming back from
/// its local share (`ARGV[4]` > 0, µs) sets it; the first reservation after
/// it ends pushes the slot one local spacing (`ARGV[3]`) and one interval
/// past it (see `RateBudget::shared` for why that is enough). The
/// answer is `{granted|busy, µs to wait, µs of settling left, server time
/// µs}`. A request handled after its deadline (`ARGV[5]`, server µs; 0 for
/// none) changes nothing and answers `stale`: its sender has given up, and
/// a slot reserved for it would only be lost (a Redis that was frozen
/// handles every request it queued when it thaws). Both keys expire once
/// the budget is idle.
static RESERVE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        r"{TIME_LUA}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local horizon = tonumber(ARGV[2])
local local_interval = tonumber(ARGV[3])
local settle_for = tonumber(ARGV[4])
local deadline = tonumber(ARGV[5])
local server_now = string.format('%.0f', now)
if deadline > 0 and now > deadline then
  return {{'stale', '0', '0', server_now}}
end
local slot = read_time(KEYS[1], now)
if slot < now then slot = now end
local settle = read_time(KEYS[2], now)
if settle_for > 0 and now + settle_for > settle then
  settle = now + settle_for
  write_time(KEYS[2], settle, now, 600000)
elseif settle > 0 and settle <= now then
  local after = settle + local_interval + interval
  if slot < after then slot = after end
  redis.call('DEL', KEYS[2])
end
local settling = 0
if settle > now then settling = settle - now end
if slot - now > horizon then
  write_time(KEYS[1], slot, now, 1000)
  return {{'busy', string.format('%.0f', slot - now - horizon), '0', server_now}}
end
local next_slot = slot + interval
write_time(KEYS[1], next_slot, now, 1000)
return {{'granted', string.format('%.0f', slot - now), string.format('%.0f', settling), server_now}}
"
    ))
});

/// Moves the next free slot to at least `now + ARGV[1]` µs.
static PAUSE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        r"{TIME_LUA}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_slot = now + tonumber(ARGV[1])
local slot = read_time(KEYS[1], now)
if slot < until_slot then
  write_time(KEYS[1], until_slot, now, 1000)
end
return 1
"
    ))
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
    settle_key: String,
    /// The server's clock as last seen: its time (µs) in an answer, and
    /// when that answer arrived. The server's time at any later moment is
    /// at least that time plus what has passed since (the answer was
    /// written before it arrived), which bounds each request's deadline.
    clock: Arc<Mutex<Option<(u64, Instant)>>>,
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
            settle_key: redis.key(Space::Budget, Some(kind), &[id], Some("settle")),
            redis,
            clock: Arc::new(Mutex::new(None)),
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
    fn reserve(&self, request: SlotRequest) -> BoxFuture<'_, io::Result<Slot>> {
        Box::pin(async move {
            let keys = (self.key.clone(), self.settle_key.clone());
            // The latest server time at which the caller still waits: a
            // lower bound of the server's clock at sending, plus the
            // patience (0, no deadline, before the first answer).
            let sent = Instant::now();
            let deadline =
                self.clock
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .map_or(0, |(server, at)| {
                        server
                            .saturating_add(micros(sent.saturating_duration_since(at)))
                            .saturating_add(micros(request.patience))
                    });
            let args = (
                micros(request.interval),
                micros(request.horizon),
                micros(request.local_interval),
                request.settle.map_or(0, micros),
                deadline,
            );
            let answer: Vec<String> = self
                .redis
                .run("reserving a call slot", |mut c| async move {
                    RESERVE
                        .key(keys.0)
                        .key(keys.1)
                        .arg(args.0)
                        .arg(args.1)
                        .arg(args.2)
                        .arg(args.3)
                        .arg(args.4)
                        .invoke_async(&mut c)
                        .await
                })
                .await?;
            let bad = || {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    "the rate budget in Redis is not one kaizala-ext wrote",
                )
            };
            let [kind, wait, settling, server_now] = answer.as_slice() else {
                return Err(bad());
            };
            let wait = Duration::from_micros(wait.parse().map_err(|_| bad())?);
            let settling = Duration::from_micros(settling.parse().map_err(|_| bad())?);
            let server_now: u64 = server_now.parse().map_err(|_| bad())?;
            *self.clock.lock().unwrap_or_else(|e| e.into_inner()) =
                Some((server_now, Instant::now()));
            match kind.as_str() {
                "granted" => Ok(Slot::Granted { wait, settling }),
                "busy" => Ok(Slot::Busy { retry_after: wait }),
                "stale" => Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "Redis handled the slot reservation after its sender gave up",
                )),
                _ => Err(bad()),
            }
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
