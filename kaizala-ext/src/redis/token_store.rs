//! The refresh token, the refresh lease and the current access token of a
//! connector, shared by its replicas through Redis.

use std::fmt;
use std::io;
use std::sync::LazyLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ::redis::{Script, Value};
use futures::future::BoxFuture;
use secrecy::{ExposeSecret, SecretString};

use super::{SharedRedis, Space};
use crate::store::{RotationSaved, SharedAccessToken, TokenStore};

/// Saves `ARGV[2]` over `ARGV[1]` (or over nothing); otherwise answers the
/// token the key holds.
static SAVE_ROTATED: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local current = redis.call('GET', KEYS[1])
if current == false or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  return 1
end
return current
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
/// - one replica at a time holds the refresh lease (`SET NX PX`); the
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
    lease_key: String,
    access_key: String,
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
    /// The store of connector `application_id` in `redis`.
    pub fn new(redis: SharedRedis, application_id: &str) -> Self {
        Self {
            refresh_key: redis.key(Space::Token, None, &[application_id], Some("refresh")),
            lease_key: redis.key(Space::Lease, None, &[application_id], None),
            access_key: redis.key(Space::Token, None, &[application_id], Some("access")),
            redis,
        }
    }
}

fn bad_value(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the {what} in Redis is not one kaizala-ext wrote"),
    )
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
            let key = self.refresh_key.clone();
            let value: Option<String> = self
                .redis
                .run("loading the refresh token", |mut c| async move {
                    ::redis::cmd("GET").arg(key).query_async(&mut c).await
                })
                .await?;
            match value {
                Some(token) if token.is_empty() => Err(bad_value("refresh token")),
                other => Ok(other.map(SecretString::from)),
            }
        })
    }

    fn save<'a>(&'a self, refresh_token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async move {
            if refresh_token.expose_secret().is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "an empty refresh token is not saved",
                ));
            }
            let key = self.refresh_key.clone();
            let value = refresh_token.expose_secret().to_owned();
            self.redis
                .run("saving the refresh token", |mut c| async move {
                    ::redis::cmd("SET")
                        .arg(key)
                        .arg(value)
                        .query_async::<()>(&mut c)
                        .await
                })
                .await
        })
    }

    fn save_rotated<'a>(
        &'a self,
        old: &'a SecretString,
        new: &'a SecretString,
    ) -> BoxFuture<'a, io::Result<RotationSaved>> {
        Box::pin(async move {
            if new.expose_secret().is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "an empty refresh token is not saved",
                ));
            }
            let key = self.refresh_key.clone();
            let (old, new) = (
                old.expose_secret().to_owned(),
                new.expose_secret().to_owned(),
            );
            let answer: Value = self
                .redis
                .run("saving the rotated refresh token", |mut c| async move {
                    SAVE_ROTATED
                        .key(key)
                        .arg(old)
                        .arg(new)
                        .invoke_async(&mut c)
                        .await
                })
                .await?;
            match answer {
                Value::Int(1) => Ok(RotationSaved::Saved),
                Value::BulkString(bytes) => {
                    let current =
                        String::from_utf8(bytes).map_err(|_| bad_value("refresh token"))?;
                    Ok(RotationSaved::Superseded {
                        current: Some(SecretString::from(current)),
                    })
                }
                _ => Err(bad_value("answer to the rotation script")),
            }
        })
    }

    fn is_shared(&self) -> bool {
        true
    }

    fn try_lease<'a>(&'a self, owner: &'a str, ttl: Duration) -> BoxFuture<'a, io::Result<bool>> {
        Box::pin(async move {
            let key = self.lease_key.clone();
            let owner = owner.to_owned();
            let ttl_ms = u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1);
            let answer: Option<String> = self
                .redis
                .run("taking the refresh lease", |mut c| async move {
                    ::redis::cmd("SET")
                        .arg(key)
                        .arg(owner)
                        .arg("NX")
                        .arg("PX")
                        .arg(ttl_ms)
                        .query_async(&mut c)
                        .await
                })
                .await?;
            Ok(answer.is_some())
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
                    ::redis::cmd("GET").arg(key).query_async(&mut c).await
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
            let ttl_ms = left_ms.unsigned_abs();
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
