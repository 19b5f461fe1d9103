//! How long a token is used: the service's `accessTokenExpiry` believed
//! within bounds (a past one or one years away is not), the refresh moment
//! with its jitter, and the header value prepared once.

use super::*;

impl TokenManager {
    pub(super) fn token_from(
        &self,
        grant: &Grant,
        after_unauthorized: bool,
    ) -> Result<Token, Error> {
        // An empty token, or one that cannot be a header value, is refused
        // here, so the usual back-off and refetch apply (not cached for 24 h).
        let tenant_base = Arc::new(self.endpoint.trust_token_endpoint(&grant.endpoint_url)?);
        let generation = self
            .generations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let credential = match Credential::new(&grant.access_token, tenant_base.clone(), generation)
        {
            Ok(credential) if !grant.access_token.expose_secret().trim().is_empty() => credential,
            _ => {
                return Err(Error::Auth {
                        message: "the token service returned an empty access token or one that cannot be sent in an HTTP header".to_owned(),
                        retryable: true,
                        cause: None,
                    });
            }
        };
        let now = Instant::now();
        let now_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        let left_ms = grant.expiry_ms.saturating_sub(now_ms);
        let lifetime = if left_ms <= 0 {
            tracing::warn!(
                expiry_ms = grant.expiry_ms,
                "the access token's expiry is already past (clock skew, or not epoch \
                 milliseconds); using it and refreshing it soon"
            );
            PAST_EXPIRY_LIFETIME
        } else {
            let left = Duration::from_millis(left_ms.unsigned_abs());
            if left > MAX_BELIEVED_LIFETIME {
                tracing::warn!(
                    expiry_ms = grant.expiry_ms,
                    "the access token's expiry is implausibly far; assuming 24 hours"
                );
                TRUSTED_LIFETIME
            } else {
                left
            }
        };
        let jitter_ns = u64::try_from(self.timing.jitter.as_nanos()).unwrap_or(u64::MAX);
        let early = self.timing.buffer + Duration::from_nanos(fastrand::u64(0..=jitter_ns));
        let refresh_in = if lifetime > early.saturating_mul(2) {
            lifetime - early
        } else {
            lifetime / 2
        };
        Ok(Token {
            secret: grant.access_token.clone(),
            credential,
            tenant_base,
            expires_at: now + lifetime,
            refresh_at: now + refresh_in,
            after_unauthorized,
        })
    }
}
