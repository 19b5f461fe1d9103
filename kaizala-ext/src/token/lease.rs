//! Replicas sharing a store: the refresh lease that lets one replica
//! refresh for all, and the access token it publishes for the others.

use super::*;
use crate::store::TokenLease;

impl TokenManager {
    /// How long a refresh lease lasts: one `accessToken` call and three
    /// store operations, each at its bound (what the holder does after it
    /// is sure of its lease: see [`refresh_under_lease`](Self::refresh_under_lease)).
    pub(super) fn lease_ttl(&self) -> Duration {
        // Saturating: `token_timeouts(Duration::MAX, …)` means no bound.
        self.timing
            .fetch_timeout
            .saturating_add(self.timing.store_timeout.saturating_mul(3))
    }

    /// Refreshes for every replica under the lease asked for at `asked`;
    /// `Ok(None)` when another replica took the lease over as this one
    /// renewed it (that one refreshes for all).
    pub(super) async fn refresh_under_lease(
        self: &Arc<Self>,
        lease: &dyn TokenLease,
        asked: Instant,
    ) -> Result<Option<Arc<Token>>, Error> {
        // Another process may have refreshed while this one waited.
        if let Some(token) = self.adopt_shared().await {
            return Ok(Some(token));
        }
        // The store holds the newest refresh token (another process may
        // have rotated it).
        if let Some(stored) = self.load_bounded().await? {
            self.lock().refresh_token = Some(stored);
        }
        // A lease lasts the `accessToken` call and three store operations:
        // the save the publish waits for, a re-read of the refresh token
        // when none is held, and one for what came before the call. When
        // the lease's answer and the two reads above took longer than that
        // one (a slow store), take a fresh lease before calling, or it
        // could expire before the token is published and a second replica
        // call the token service too. Released, then taken again:
        // `try_lease` need not renew its owner's lease.
        if asked.elapsed() > self.timing.store_timeout {
            let owner = self.lease_owner.as_str();
            self.store_op(StoreOperation::Lease, lease.release_lease(owner))
                .await?;
            if !self
                .store_op(
                    StoreOperation::Lease,
                    lease.try_lease(owner, self.lease_ttl()),
                )
                .await?
            {
                return Ok(None);
            }
        }
        self.refresh().await.map(Some)
    }

    /// The access token another process published through the shared
    /// store, if it is not due for refresh and is not the one the service
    /// last refused.
    pub(super) async fn adopt_shared(&self) -> Option<Arc<Token>> {
        let lease = self.store.lease()?;
        let shared = match self
            .store_op(StoreOperation::Load, lease.load_access_token())
            .await
        {
            Ok(Some(shared)) => shared,
            Ok(None) => return None,
            Err(error) => {
                tracing::debug!(error = %error, "no shared access token");
                return None;
            }
        };
        let now_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        let due_ms = i64::try_from((self.timing.buffer + self.timing.jitter).as_millis())
            .unwrap_or(i64::MAX);
        if shared.expiry_ms.saturating_sub(now_ms) <= due_ms {
            return None;
        }
        if let Some(refused) = &self.lock().refused_access
            && same_secret(refused, &shared.access_token)
        {
            return None;
        }
        let grant = Grant {
            access_token: shared.access_token,
            endpoint_url: shared.endpoint_url,
            expiry_ms: shared.expiry_ms,
            refresh_token: None,
        };
        // Read last, as for a fetched token: a 401 that arrived meanwhile
        // marks this one.
        let after_unauthorized = std::mem::take(&mut self.lock().next_after_unauthorized);
        match self.token_from(&grant, after_unauthorized) {
            Ok(token) => Some(Arc::new(token)),
            Err(error) => {
                self.lock().next_after_unauthorized |= after_unauthorized;
                tracing::warn!(error = %error, "the shared access token was not used");
                None
            }
        }
    }

    /// Offers the access token just fetched to the processes sharing the store.
    pub(super) async fn publish(&self, grant: &Grant) {
        let Some(lease) = self.store.lease() else {
            return;
        };
        let shared = SharedAccessToken {
            access_token: grant.access_token.clone(),
            endpoint_url: grant.endpoint_url.clone(),
            expiry_ms: grant.expiry_ms,
        };
        if let Err(error) = self
            .store_op(StoreOperation::Save, lease.save_access_token(&shared))
            .await
        {
            tracing::warn!(error = %error, "sharing the new access token failed; the other processes refresh their own");
        }
    }
}
