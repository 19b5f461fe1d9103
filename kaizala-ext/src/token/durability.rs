//! Rotation durability: the refresh token kept in the store, every store
//! operation bounded once (timeout and panic guard), a rotated token saved
//! before it is relied on, and the background saver that retries a failed
//! save, newest last.

use super::*;

/// A store operation with its panic caught, as an I/O error.
async fn caught<T>(op: impl Future<Output = std::io::Result<T>>) -> std::io::Result<T> {
    AssertUnwindSafe(op)
        .catch_unwind()
        .await
        .unwrap_or_else(|panic| {
            Err(std::io::Error::other(format!(
                "the store panicked: {}",
                panic_text(&*panic)
            )))
        })
}

/// A store that did not answer within `Timing::store_timeout`.
fn store_timed_out() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::TimedOut,
        "the store did not answer in time",
    )
}

impl TokenManager {
    pub(super) fn store_name(&self) -> String {
        self.store.describe()
    }

    pub(super) async fn load_bounded(&self) -> Result<Option<SecretString>, Error> {
        self.store_op(StoreOperation::Load, self.store.load()).await
    }

    /// Saves the token `pick` chooses, under the save lock (so it sees the
    /// newest state and no older save can land after it). The save runs as
    /// its own task holding the lock: a wait that times out is reported, but
    /// the save is never abandoned half-way nor overtaken. `Ok(None)`: `pick`
    /// chose nothing. `pick` also names the refresh token the new one
    /// replaces: the save is then the store's compare-and-swap over it
    /// ([`TokenStore::save_rotated`]), which may find it superseded.
    pub(super) async fn save_bounded(
        self: &Arc<Self>,
        pick: impl FnOnce(&State) -> Option<(SecretString, Option<SecretString>)>,
    ) -> Result<Option<(SecretString, RotationSaved)>, Error> {
        let timed_out =
            || Error::store(StoreOperation::Save, &self.store_name(), store_timed_out());
        let guard = tokio::time::timeout(
            self.timing.store_timeout,
            self.save_lock.clone().lock_owned(),
        )
        .await
        .map_err(|_| timed_out())?;
        let Some((token, over)) = pick(&self.lock()) else {
            return Ok(None);
        };
        let store = self.store.clone();
        let saving = token.clone();
        let task = tokio::spawn(async move {
            let _guard = guard;
            let save = async {
                match &over {
                    Some(old) => store.save_rotated(old, &saving).await,
                    None => store.save(&saving).await.map(|()| RotationSaved::Saved),
                }
            };
            // No timeout in here: a save is never abandoned half-way.
            caught(save).await
        });
        let result = match tokio::time::timeout(self.timing.store_timeout, task).await {
            Ok(Ok(result)) => result,
            Ok(Err(join)) => Err(std::io::Error::other(format!(
                "the save task stopped: {join}"
            ))),
            Err(_) => return Err(timed_out()),
        };
        result
            .map(|saved| Some((token, saved)))
            .map_err(|e| Error::store(StoreOperation::Save, &self.store_name(), e))
    }

    /// The durable refresh token: the one in memory, else the store's, else
    /// the credentials'.
    pub(super) async fn durable_refresh_token(&self) -> Result<SecretString, Error> {
        if let Some(token) = self.lock().refresh_token.clone() {
            return Ok(token);
        }
        let token = self
            .load_bounded()
            .await?
            .or_else(|| self.initial_refresh_token.clone())
            .ok_or_else(|| Error::Auth {
                message: "no refresh token: pass one in the credentials or the token store \
                          (run the PIN flow once to get one)"
                    .to_owned(),
                retryable: false,
                cause: None,
            })?;
        self.lock().refresh_token = Some(token.clone());
        Ok(token)
    }

    /// A store operation, bounded by `timing.store_timeout`, its panics
    /// caught: the one bounded store call (loads, the lease, the shared
    /// access token; a save bounds its wait the same way around a task).
    pub(super) async fn store_op<T>(
        &self,
        operation: StoreOperation,
        op: BoxFuture<'_, std::io::Result<T>>,
    ) -> Result<T, Error> {
        tokio::time::timeout(self.timing.store_timeout, caught(op))
            .await
            .unwrap_or_else(|_| Err(store_timed_out()))
            .map_err(|e| Error::store(operation, &self.store_name(), e))
    }

    /// The background save of the unsaved rotation `saved` has settled, and
    /// `in_force` is the refresh token to use from now on (the saved one, or
    /// the one another process saved first). A newer rotation that arrived
    /// meanwhile stays unsaved; returns whether one did.
    pub(super) fn settle_unsaved(&self, saved: &SecretString, in_force: SecretString) -> bool {
        let mut state = self.lock();
        if state
            .unsaved
            .as_ref()
            .is_some_and(|u| same_secret(u, saved))
        {
            state.refresh_token = Some(in_force);
            state.unsaved = None;
            state.unsaved_over = None;
            if matches!(state.last_error, Some(Error::TokenStore { .. })) {
                state.last_error = None;
            }
        }
        state.unsaved.is_some()
    }

    /// Saves a rotated refresh token. On success it becomes the durable one.
    /// On failure it is kept in memory (used only if the service refuses
    /// the saved one), the failure is logged and visible in
    /// [`TokenStatus`], and a background task retries the save until it
    /// succeeds.
    ///
    /// The save is a compare-and-swap over `old`, the token refreshed with
    /// ([`TokenStore::save_rotated`]): when another process saved a token
    /// first, the store's token is used from now on.
    pub(super) async fn keep_rotated(self: &Arc<Self>, old: &SecretString, new: SecretString) {
        let picked = (new.clone(), Some(old.clone()));
        match self.save_bounded(move |_| Some(picked)).await {
            Ok(None | Some((_, RotationSaved::Saved))) => {
                let mut state = self.lock();
                state.refresh_token = Some(new);
                // Any older unsaved token is superseded by this durable one.
                state.unsaved = None;
                state.unsaved_over = None;
                tracing::info!("refresh token rotated and saved");
            }
            Ok(Some((
                _,
                RotationSaved::Superseded {
                    current: Some(current),
                },
            ))) => {
                tracing::warn!(
                    "another process saved a rotated refresh token first; using the store's"
                );
                let mut state = self.lock();
                state.refresh_token = Some(current);
                state.unsaved = None;
                state.unsaved_over = None;
            }
            Ok(Some((_, RotationSaved::Superseded { current: None }))) => {
                // A store that refuses the swap yet holds nothing: keep the
                // new token and retry, as for a failed save.
                let mut state = self.lock();
                state.unsaved = Some(new);
                state.unsaved_over = Some(old.clone());
                drop(state);
                self.spawn_saver();
            }
            Err(error) => {
                tracing::error!(
                    error = %error,
                    "saving the rotated refresh token failed; it is kept in memory and the save \
                     is retried in the background"
                );
                let mut state = self.lock();
                state.unsaved = Some(new);
                state.unsaved_over = Some(old.clone());
                state.last_error = Some(error);
                drop(state);
                self.spawn_saver();
            }
        }
    }

    pub(super) fn spawn_saver(self: &Arc<Self>) {
        {
            let mut state = self.lock();
            if state.saver_running {
                return;
            }
            state.saver_running = true;
        }
        let guard = SaverGuard(Arc::downgrade(self));
        // Held strongly: the service has invalidated the old refresh token, so
        // a rotation must outlive the client that received it. Once no client
        // is left, a bounded number of further attempts.
        let this = self.clone();
        let timing = self.timing;
        tokio::spawn(async move {
            let _guard = guard;
            let mut attempt: u32 = 0;
            let mut orphaned: u32 = 0;
            loop {
                attempt = attempt.saturating_add(1);
                tokio::time::sleep(timing.backoff(attempt)).await;
                if Arc::strong_count(&this) == 1 {
                    orphaned += 1;
                    if orphaned > ORPHANED_SAVE_ATTEMPTS {
                        tracing::error!(
                            attempt,
                            "the client is gone and the rotated refresh token could not be saved; \
                             giving up"
                        );
                        return;
                    }
                }
                // The newest unsaved token, read under the save lock.
                let pick = |state: &State| {
                    state
                        .unsaved
                        .clone()
                        .map(|u| (u, state.unsaved_over.clone()))
                };
                match this.save_bounded(pick).await {
                    Ok(None) => return,
                    Ok(Some((
                        saved,
                        RotationSaved::Superseded {
                            current: Some(current),
                        },
                    ))) => {
                        let more = this.settle_unsaved(&saved, current);
                        tracing::warn!(
                            "another process saved a rotated refresh token first; using the store's"
                        );
                        if !more {
                            return;
                        }
                    }
                    Ok(Some((_, RotationSaved::Superseded { current: None }))) => {
                        tracing::error!(
                            attempt,
                            "the token store refused the rotated refresh token yet holds none; retrying"
                        );
                    }
                    Ok(Some((saved, RotationSaved::Saved))) => {
                        let more = this.settle_unsaved(&saved, saved.clone());
                        tracing::info!("the rotated refresh token is saved");
                        if !more {
                            return;
                        }
                    }
                    Err(error) => {
                        tracing::error!(error = %error, attempt, "saving the rotated refresh token failed again");
                        this.lock().last_error = Some(error);
                    }
                }
            }
        });
    }
}
