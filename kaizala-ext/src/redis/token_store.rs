//! The refresh token, the refresh lease and the current access token of a
//! connector, shared by its replicas through Redis.

use std::fmt;
use std::io;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ::redis::{Script, Value};
use futures::future::BoxFuture;
use secrecy::{ExposeSecret, SecretString};

use super::{SharedRedis, Space};
use crate::store::{RotationSaved, SharedAccessToken, TokenLease, TokenStore};

/// The refresh token key holds `{generation}\n{token}`. A generation only
/// grows: a plain save takes `max(current + 1, server time in ms)`, a
/// rotation the generation of the token it replaced plus one, so a token
/// saved later always has the larger generation (see
/// [`RedisTokenStore`]). Lua helpers shared by the scripts below.
const GENERATION_LUA: &str = r"
local function split(value)
  if value == false then return nil, nil end
  local generation, token = string.match(value, '^(%d+)\n(.*)$')
  if generation == nil then return 0, value end
  return tonumber(generation), token
end
local function store(key, generation, token)
  redis.call('SET', key, string.format('%.0f', generation) .. '\n' .. token)
end
";

/// Saves `ARGV[1]` with a generation above the current one and the server
/// time in ms; answers the generation.
static SAVE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        r"{GENERATION_LUA}
local t = redis.call('TIME')
local ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local generation = split(redis.call('GET', KEYS[1])) or 0
generation = math.max(generation + 1, ms)
store(KEYS[1], generation, ARGV[1])
return string.format('%.0f', generation)
"
    ))
});

/// Saves `ARGV[2]` over `ARGV[1]` (whose generation, as the caller knows
/// it, is `ARGV[3]`), over nothing (Redis lost its data), or over an
/// older generation than `ARGV[1]`'s (Redis came back older); answers
/// `{saved, generation}` (also when `ARGV[2]` is there already: a
/// retry), or `{current, generation, token}` when a newer token is there.
static SAVE_ROTATED: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        r"{GENERATION_LUA}
local known = tonumber(ARGV[3])
local generation, token = split(redis.call('GET', KEYS[1]))
if generation == nil or token == ARGV[1] or generation < known then
  local next_generation = math.max(generation or 0, known) + 1
  store(KEYS[1], next_generation, ARGV[2])
  return {{'saved', string.format('%.0f', next_generation)}}
end
if token == ARGV[2] then
  -- Saved already: a retry whose first try Redis ran after the caller
  -- had given up on its answer.
  return {{'saved', string.format('%.0f', generation)}}
end
return {{'current', string.format('%.0f', generation), token}}
"
    ))
});

/// Writes `ARGV[1]` of generation `ARGV[2]` back if the key is gone or
/// holds an older generation (Redis lost or rolled back its data); answers
/// 1 when it wrote.
static WRITE_BACK: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        r"{GENERATION_LUA}
local known = tonumber(ARGV[2])
local generation = split(redis.call('GET', KEYS[1]))
if generation == nil or generation < known then
  store(KEYS[1], known, ARGV[1])
  return 1
end
return 0
"
    ))
});

/// Adopts `ARGV[1]`, the token a fleet from before the key scheme kept
/// under its old key, with generation 0 (the lowest: any token a serving
/// replica holds wins over it) if `KEYS[1]` holds none; answers what
/// `KEYS[1]` holds afterwards (`TOOLARGE` past `ARGV[2]` bytes: a value
/// written there meanwhile is bounded like every load).
static ADOPT: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local current = redis.call('GET', KEYS[1])
if current ~= false then
  if string.len(current) > tonumber(ARGV[2]) then
    return redis.error_reply('TOOLARGE the value is longer than ' .. ARGV[2] .. ' bytes')
  end
  return current
end
local value = '0' .. '\n' .. ARGV[1]
redis.call('SET', KEYS[1], value)
return value
",
    )
});

/// Replaces the adopted token (generation 0) `KEYS[1]` holds, `ARGV[1]`
/// as read, with `ARGV[2]`, the newer one the old key holds now; answers
/// what `KEYS[1]` holds afterwards (`TOOLARGE` past `ARGV[3]` bytes). A
/// token a replica of this version saved has a generation above 0 and is
/// never replaced.
static READOPT: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local current = redis.call('GET', KEYS[1])
if current == ARGV[1] then
  current = '0' .. '\n' .. ARGV[2]
  redis.call('SET', KEYS[1], current)
end
if current ~= false and string.len(current) > tonumber(ARGV[3]) then
  return redis.error_reply('TOOLARGE the value is longer than ' .. ARGV[3] .. ' bytes')
end
return current
",
    )
});

/// Puts `ARGV[2]` under the old key `KEYS[1]` if it holds `ARGV[1]`, the
/// token just rotated away; answers 1 when it did.
static HAND_TO_LEGACY: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  return 1
end
return 0
",
    )
});

/// The longest refresh lease, and the longest a shared access token is
/// kept, in ms: a day.
const MAX_LEASE_MS: u64 = 24 * 3600 * 1000;

/// The most a token key may hold (a refresh or access token is a few KiB).
const MAX_VALUE: usize = 64 * 1024;

/// `GET KEYS[1]`, or the error `TOOLARGE` when the value is longer than
/// `ARGV[1]` bytes: a huge value under a token key (a bug elsewhere, a
/// hostile writer) is never read into the replica's memory, nor sent to the
/// token service.
static GET_BOUNDED: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local v = redis.call('GET', KEYS[1])
if v ~= false and string.len(v) > tonumber(ARGV[1]) then
  return redis.error_reply('TOOLARGE the value is longer than ' .. ARGV[1] .. ' bytes')
end
return v
",
    )
});

/// Gives the lease to `ARGV[1]` for `ARGV[2]` ms if it is free or already
/// `ARGV[1]`'s; answers 1 when it did. Taking one's own lease again matters
/// when Redis granted it after the caller had given up waiting for the
/// answer (a stalled Redis): with `SET NX` the owner was then refused its
/// own lease and nobody refreshed for the fleet until it expired.
static LEASE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local v = redis.call('GET', KEYS[1])
if v == false or v == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
",
    )
});

/// Deletes the lease only if `ARGV[1]` still holds it.
static RELEASE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
",
    )
});

/// A [`TokenStore`] in Redis, shared by every replica of one connector
/// (made by [`SharedRedis::token_store`]).
///
/// Keys (see the [key scheme](super#the-key-scheme)):
/// `{prefix}:token:{app}:refresh` (no expiry), `{prefix}:lease:{app}` (the
/// holder's id, expiring after the lease), `{prefix}:token:{app}:access`
/// (expiring with the token). What it guarantees:
///
/// - a rotated refresh token is written only over the one it was refreshed
///   with (a Lua compare-and-swap), so a replica that refreshed late never
///   overwrites a newer token; it adopts the store's instead;
/// - one replica at a time holds the refresh lease (a script: free or its
///   own, then `SET PX`); the
///   others wait (bounded) for the access token it publishes, so a fleet at
///   expiry makes one `accessToken` call; a holder that dies frees the lease
///   when it expires (the client's token fetch bound plus three store
///   bounds: 60 s by default, less with shorter
///   [`token_timeouts`](crate::KaizalaClientBuilder::token_timeouts));
/// - every command is bounded by [`SharedRedis::timeout`]; without Redis
///   no refresh starts (see the [module docs](super)).
///
/// `Debug` shows the address and keys, never a token.
#[derive(Clone)]
pub struct RedisTokenStore {
    redis: SharedRedis,
    refresh_key: String,
    /// Where fleets from before the key scheme kept the refresh token
    /// (`{prefix}:{app}:refresh-token`, the id unescaped).
    legacy_key: String,
    lease_key: String,
    access_key: String,
    newest: Arc<Newest>,
}

/// The newest refresh token this process has seen in or written to the
/// store, and the task that writes it back when Redis lost it.
struct Newest {
    token: Mutex<Option<(u64, SecretString)>>,
    every: Duration,
    watching: std::sync::Once,
}

impl Newest {
    fn keep(&self, generation: u64, token: &SecretString) {
        let mut newest = self.token.lock().unwrap_or_else(|e| e.into_inner());
        if newest.as_ref().is_none_or(|(g, _)| *g <= generation) {
            *newest = Some((generation, token.clone()));
        }
    }

    fn get(&self) -> Option<(u64, SecretString)> {
        self.token.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn generation_of(&self, token: &SecretString) -> u64 {
        self.get()
            .filter(|(_, t)| t.expose_secret() == token.expose_secret())
            .map_or(0, |(g, _)| g)
    }
}

impl fmt::Debug for RedisTokenStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisTokenStore")
            .field("redis", &self.redis)
            .field("refresh_key", &self.refresh_key)
            .finish_non_exhaustive()
    }
}

impl RedisTokenStore {
    /// Checks every `every` (default 5 s) that Redis still holds the
    /// newest refresh token this process knows, and writes it back when the
    /// key is gone or holds an older generation (Redis flushed, restarted
    /// without persistence, evicted the key or was restored from an older
    /// backup). The write is a compare-and-swap on the generation: an older
    /// token never replaces a newer one. The check starts with the first
    /// use of the store and ends when the last clone is dropped.
    pub fn write_back_every(mut self, every: Duration) -> Self {
        self.newest = Arc::new(Newest {
            token: Mutex::new(self.newest.get()),
            every: every.max(Duration::from_millis(10)),
            watching: std::sync::Once::new(),
        });
        self
    }

    /// Starts the write-back check (once per store, on a tokio runtime).
    fn watch(&self) {
        let newest = &self.newest;
        newest.watching.call_once(|| {
            let Ok(runtime) = tokio::runtime::Handle::try_current() else {
                return;
            };
            let weak = Arc::downgrade(newest);
            let redis = self.redis.clone();
            let key = self.refresh_key.clone();
            let every = newest.every;
            runtime.spawn(async move {
                loop {
                    tokio::time::sleep(every).await;
                    let Some(newest) = weak.upgrade() else { return };
                    let Some((generation, token)) = newest.get() else {
                        continue;
                    };
                    drop(newest);
                    let key = key.clone();
                    let value = token.expose_secret().to_owned();
                    match redis
                        .run("writing the refresh token back", |mut c| async move {
                            WRITE_BACK
                                .key(key)
                                .arg(value)
                                .arg(generation)
                                .invoke_async::<i64>(&mut c)
                                .await
                        })
                        .await
                    {
                        Ok(1) => tracing::warn!(
                            generation,
                            "Redis had lost the newest refresh token (flushed, restarted without \
                             persistence, evicted or rolled back): written back"
                        ),
                        Ok(_) => {}
                        Err(error) => {
                            tracing::debug!(error = %error, "checking the stored refresh token failed")
                        }
                    }
                }
            });
        });
    }

    /// How often each process checks, by default, that Redis still holds
    /// the newest refresh token it knows (see [`write_back_every`](Self::write_back_every)).
    pub const DEFAULT_WRITE_BACK: Duration = Duration::from_secs(5);

    /// The store of connector `application_id` in `redis`.
    pub fn new(redis: SharedRedis, application_id: &str) -> Self {
        Self {
            newest: Arc::new(Newest {
                token: Mutex::new(None),
                every: Self::DEFAULT_WRITE_BACK,
                watching: std::sync::Once::new(),
            }),
            refresh_key: redis.key(Space::Token, None, &[application_id], Some("refresh")),
            legacy_key: format!("{}:{application_id}:refresh-token", redis.prefix()),
            lease_key: redis.key(Space::Lease, None, &[application_id], None),
            access_key: redis.key(Space::Token, None, &[application_id], Some("access")),
            redis,
        }
    }
}

impl RedisTokenStore {
    /// The old key's token, read within the bound; `None` when it holds none.
    async fn legacy_token(&self) -> io::Result<Option<String>> {
        let legacy = self.legacy_key.clone();
        let old: Option<String> = self
            .redis
            .run(
                "loading the refresh token under its old key",
                |mut c| async move {
                    GET_BOUNDED
                        .key(legacy)
                        .arg(MAX_VALUE)
                        .invoke_async(&mut c)
                        .await
                },
            )
            .await?;
        Ok(old.filter(|t| !t.is_empty()))
    }

    /// The store holds `value`, a token adopted from the old key
    /// (generation 0): while replicas of the older version run (a rolling
    /// upgrade, a canary), they go on rotating the token under their key,
    /// and the service retires the adopted one. Takes the old key's token
    /// when it differs (compare-and-swap: only over `value`), so a replica
    /// that re-reads the store after a refusal finds the token in use.
    async fn readopt_legacy(&self, value: String) -> io::Result<String> {
        let Some(old) = self.legacy_token().await? else {
            return Ok(value);
        };
        if split(value.clone()).is_some_and(|(_, t)| t.expose_secret() == old) {
            return Ok(value);
        }
        let key = self.refresh_key.clone();
        let current: String = self
            .redis
            .run(
                "adopting the newer refresh token of the old key",
                |mut c| async move {
                    READOPT
                        .key(key)
                        .arg(value)
                        .arg(old)
                        .arg(MAX_VALUE)
                        .invoke_async(&mut c)
                        .await
                },
            )
            .await?;
        tracing::info!(
            "the refresh token adopted from the old key was replaced there by an earlier \
             kaizala-ext version still running: took its newer one"
        );
        Ok(current)
    }

    /// A rotation this replica saved: replicas of the older version that
    /// still run (a rolling upgrade, a canary) read the token under the old
    /// key, which holds the one just rotated away; once the service retires
    /// it they would lose the connector. The old key gets the new token
    /// when it still holds the old one (compare-and-swap; nothing when the
    /// key is gone). Best effort: the rotation is saved already.
    async fn hand_to_legacy(&self, old: &SecretString, new: &SecretString) {
        let legacy = self.legacy_key.clone();
        let (old, new) = (
            old.expose_secret().to_owned(),
            new.expose_secret().to_owned(),
        );
        let handed: io::Result<i64> = self
            .redis
            .run(
                "handing the rotated refresh token to the old key",
                |mut c| async move {
                    HAND_TO_LEGACY
                        .key(legacy)
                        .arg(old)
                        .arg(new)
                        .invoke_async(&mut c)
                        .await
                },
            )
            .await;
        if let Err(error) = handed {
            tracing::debug!(error = %error, "the old key keeps the rotated-away refresh token");
        }
    }

    /// The store holds no refresh token: a fleet from before the key
    /// scheme may have kept one under its old key. Copies it to the new key
    /// (only if that is still empty: compare-and-swap) and answers what the
    /// new key then holds. The old key is left as it was (a rollback to
    /// the older version still finds it); delete it once every replica runs
    /// this version.
    async fn adopt_legacy(&self) -> io::Result<Option<String>> {
        let Some(old) = self.legacy_token().await? else {
            return Ok(None);
        };
        let key = self.refresh_key.clone();
        let adopted: String = self
            .redis
            .run(
                "adopting the refresh token of the old key",
                |mut c| async move {
                    ADOPT
                        .key(key)
                        .arg(old)
                        .arg(MAX_VALUE)
                        .invoke_async(&mut c)
                        .await
                },
            )
            .await?;
        tracing::info!(
            "no refresh token under the store's key: took the one an earlier kaizala-ext version \
             kept under its old key"
        );
        Ok(Some(adopted))
    }
}

fn bad_value(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the {what} in Redis is not one kaizala-ext wrote"),
    )
}

/// `{generation}\n{token}` (or a bare token, generation 0) as its parts;
/// `None` for an empty token.
fn split(value: String) -> Option<(u64, SecretString)> {
    let parsed = value.split_once('\n').and_then(|(generation, token)| {
        let digits = !generation.is_empty() && generation.bytes().all(|b| b.is_ascii_digit());
        digits
            .then(|| generation.parse::<u64>().ok())
            .flatten()
            .map(|g| (g, token.to_owned()))
    });
    let (generation, token) = parsed.unwrap_or((0, value));
    (!token.is_empty()).then(|| (generation, SecretString::from(token)))
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// `{expiry_ms}\n{endpoint_url}\n{access_token}`.
fn encode_access(token: &SharedAccessToken) -> Option<String> {
    if token.endpoint_url.contains('\n') {
        return None;
    }
    Some(format!(
        "{}\n{}\n{}",
        token.expiry_ms,
        token.endpoint_url,
        token.access_token.expose_secret()
    ))
}

fn decode_access(text: &str) -> Option<SharedAccessToken> {
    let mut parts = text.splitn(3, '\n');
    let expiry_ms = parts.next()?.parse().ok()?;
    let endpoint_url = parts.next()?.to_owned();
    let access_token = parts.next()?;
    if access_token.is_empty() {
        return None;
    }
    Some(SharedAccessToken {
        access_token: SecretString::from(access_token.to_owned()),
        endpoint_url,
        expiry_ms,
    })
}

impl TokenStore for RedisTokenStore {
    fn describe(&self) -> String {
        format!(
            "RedisTokenStore at {} (key {})",
            self.redis.address(),
            self.refresh_key
        )
    }

    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        Box::pin(async move {
            self.watch();
            let key = self.refresh_key.clone();
            let value: Option<String> = self
                .redis
                .run("loading the refresh token", |mut c| async move {
                    GET_BOUNDED
                        .key(key)
                        .arg(MAX_VALUE)
                        .invoke_async(&mut c)
                        .await
                })
                .await?;
            let value = match value {
                // Adopted from the old key (no replica of this version saved
                // one since): the old key may hold a newer one.
                Some(value) if split(value.clone()).is_some_and(|(g, _)| g == 0) => {
                    self.readopt_legacy(value).await?
                }
                Some(value) => value,
                None => match self.adopt_legacy().await? {
                    Some(value) => value,
                    None => return Ok(None),
                },
            };
            let (generation, token) = split(value).ok_or_else(|| bad_value("refresh token"))?;
            self.newest.keep(generation, &token);
            Ok(Some(token))
        })
    }

    fn save<'a>(&'a self, refresh_token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async move {
            self.watch();
            if refresh_token.expose_secret().is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "an empty refresh token is not saved",
                ));
            }
            let key = self.refresh_key.clone();
            let value = refresh_token.expose_secret().to_owned();
            let generation: String = self
                .redis
                .run("saving the refresh token", |mut c| async move {
                    SAVE.key(key).arg(value).invoke_async(&mut c).await
                })
                .await?;
            let generation = generation
                .parse()
                .map_err(|_| bad_value("answer to the save script"))?;
            self.newest.keep(generation, refresh_token);
            Ok(())
        })
    }

    fn save_rotated<'a>(
        &'a self,
        old: &'a SecretString,
        new: &'a SecretString,
    ) -> BoxFuture<'a, io::Result<RotationSaved>> {
        Box::pin(async move {
            self.watch();
            if new.expose_secret().is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "an empty refresh token is not saved",
                ));
            }
            let key = self.refresh_key.clone();
            let known = self.newest.generation_of(old);
            let (old_value, new_value) = (
                old.expose_secret().to_owned(),
                new.expose_secret().to_owned(),
            );
            let answer: Vec<Value> = self
                .redis
                .run("saving the rotated refresh token", |mut c| async move {
                    SAVE_ROTATED
                        .key(key)
                        .arg(old_value)
                        .arg(new_value)
                        .arg(known)
                        .invoke_async(&mut c)
                        .await
                })
                .await?;
            let text = |value: &Value| match value {
                Value::BulkString(bytes) => String::from_utf8(bytes.clone()).ok(),
                Value::SimpleString(text) => Some(text.clone()),
                _ => None,
            };
            let bad = || bad_value("answer to the rotation script");
            let kind = answer.first().and_then(text).ok_or_else(bad)?;
            let generation: u64 = answer
                .get(1)
                .and_then(text)
                .and_then(|g| g.parse().ok())
                .ok_or_else(bad)?;
            match kind.as_str() {
                "saved" => {
                    self.newest.keep(generation, new);
                    self.hand_to_legacy(old, new).await;
                    Ok(RotationSaved::Saved)
                }
                "current" => {
                    let current = answer.get(2).and_then(text).ok_or_else(bad)?;
                    if current.is_empty() {
                        return Err(bad_value("refresh token"));
                    }
                    let current = SecretString::from(current);
                    self.newest.keep(generation, &current);
                    Ok(RotationSaved::Superseded {
                        current: Some(current),
                    })
                }
                _ => Err(bad()),
            }
        })
    }

    fn lease(&self) -> Option<&dyn TokenLease> {
        Some(self)
    }
}

/// The refresh lease (`SET NX PX` on the lease key, released only by its
/// holder) and the access token the holder publishes (with its expiry as
/// the key's TTL).
impl TokenLease for RedisTokenStore {
    fn try_lease<'a>(&'a self, owner: &'a str, ttl: Duration) -> BoxFuture<'a, io::Result<bool>> {
        Box::pin(async move {
            let key = self.lease_key.clone();
            let owner = owner.to_owned();
            // Redis refuses an expiry past its clock's range (`ERR invalid
            // expire time`): a huge ttl (e.g. from `token_timeouts` meaning
            // "no bound") would make every lease fail and no refresh start.
            let ttl_ms = u64::try_from(ttl.as_millis())
                .unwrap_or(u64::MAX)
                .clamp(1, MAX_LEASE_MS);
            let granted: i64 = self
                .redis
                .run("taking the refresh lease", |mut c| async move {
                    LEASE
                        .key(key)
                        .arg(owner)
                        .arg(ttl_ms)
                        .invoke_async(&mut c)
                        .await
                })
                .await?;
            Ok(granted == 1)
        })
    }

    fn release_lease<'a>(&'a self, owner: &'a str) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async move {
            let key = self.lease_key.clone();
            let owner = owner.to_owned();
            self.redis
                .run("releasing the refresh lease", |mut c| async move {
                    RELEASE
                        .key(key)
                        .arg(owner)
                        .invoke_async::<i64>(&mut c)
                        .await
                })
                .await
                .map(drop)
        })
    }

    fn load_access_token(&self) -> BoxFuture<'_, io::Result<Option<SharedAccessToken>>> {
        Box::pin(async move {
            let key = self.access_key.clone();
            let value: Option<String> = self
                .redis
                .run("loading the shared access token", |mut c| async move {
                    GET_BOUNDED
                        .key(key)
                        .arg(MAX_VALUE)
                        .invoke_async(&mut c)
                        .await
                })
                .await?;
            Ok(value
                .and_then(|text| decode_access(&text))
                .filter(|t| t.expiry_ms > now_ms()))
        })
    }

    fn save_access_token<'a>(
        &'a self,
        token: &'a SharedAccessToken,
    ) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async move {
            let left_ms = token.expiry_ms.saturating_sub(now_ms());
            let Some(value) = encode_access(token).filter(|_| left_ms > 0) else {
                return Ok(());
            };
            let key = self.access_key.clone();
            // At most a day (the token's documented lifetime): an expiry
            // the service put centuries out is refused by Redis (`ERR
            // invalid expire time`), and no replica could adopt the token.
            let ttl_ms = left_ms.unsigned_abs().min(MAX_LEASE_MS);
            self.redis
                .run("sharing the access token", |mut c| async move {
                    ::redis::cmd("SET")
                        .arg(key)
                        .arg(value)
                        .arg("PX")
                        .arg(ttl_ms)
                        .query_async::<()>(&mut c)
                        .await
                })
                .await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_tokens_round_trip_and_bad_values_are_refused() {
        let token = SharedAccessToken {
            access_token: SecretString::from("at.secret\nwith-newline".to_owned()),
            endpoint_url: "https://kms.kaiza.la/v1/".into(),
            expiry_ms: 1_700_000_000_000,
        };
        let text = encode_access(&token).unwrap();
        let back = decode_access(&text).unwrap();
        assert_eq!(back.access_token.expose_secret(), "at.secret\nwith-newline");
        assert_eq!(back.endpoint_url, token.endpoint_url);
        assert_eq!(back.expiry_ms, token.expiry_ms);
        for bad in ["", "x\ny\nz", "1\nurl", "1\nurl\n"] {
            assert!(decode_access(bad).is_none(), "{bad:?}");
        }
        let odd = SharedAccessToken {
            endpoint_url: "a\nb".into(),
            ..token
        };
        assert!(encode_access(&odd).is_none());
        assert!(!format!("{back:?}").contains("secret"));
    }
}
