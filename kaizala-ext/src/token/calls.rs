//! The failure guard and the call cap: when a refresh may start, the
//! per-minute caps on `accessToken` calls (earned and not), one bounded
//! `accessToken` call, and the answer to a 401.

use super::*;

/// `accessToken` calls in the last minute.
pub(super) fn recent_token_calls(state: &State) -> usize {
    let now = Instant::now();
    state
        .token_calls
        .iter()
        .filter(|(t, _)| now < *t + Duration::from_secs(60))
        .count()
}

/// `accessToken` calls in the last minute that replaced no accepted token:
/// what a service refusing the tokens it issues (a 401 storm) or failing
/// would make; [`MAX_TOKEN_CALLS_PER_MINUTE`] of them at most.
pub(super) fn unearned_token_calls(state: &State) -> usize {
    let now = Instant::now();
    state
        .token_calls
        .iter()
        .filter(|(t, earned)| !earned && now < *t + Duration::from_secs(60))
        .count()
}

impl TokenManager {
    /// Whether a refresh may start now: not while backing off after a
    /// failure, not past the per-minute cap, not with a refused refresh
    /// token (until the store may hold another).
    pub(super) fn may_start(&self, state: &State, now: Instant) -> Result<(), Error> {
        if let Some(rejected) = &state.rejected
            && now < rejected.checked + REJECTED_RECHECK
        {
            return Err(rejected.error.clone());
        }
        if let Some(not_before) = state.retry_not_before
            && now < not_before
        {
            return Err(state.last_error.clone().unwrap_or(Error::Auth {
                message: "the last token refresh failed; backing off".to_owned(),
                retryable: true,
                cause: None,
            }));
        }
        let recent = unearned_token_calls(state);
        let earned = state
            .token
            .as_ref()
            .map_or(state.replaced_proven, |t| t.proven());
        if (!earned && recent >= MAX_TOKEN_CALLS_PER_MINUTE)
            || recent_token_calls(state) >= MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL
        {
            return Err(Error::Auth {
                message: format!(
                    "{recent} access-token requests in the last minute, the most this client \
                     makes; the service keeps failing or refusing tokens. Try again in a minute"
                ),
                retryable: true,
                cause: None,
            });
        }
        Ok(())
    }

    /// One `accessToken` call, bounded and counted.
    pub(super) async fn fetch_bounded(&self, refresh_token: &SecretString) -> Result<Grant, Error> {
        {
            let mut state = self.lock();
            let now = Instant::now();
            while state
                .token_calls
                .front()
                .is_some_and(|(t, _)| now >= *t + Duration::from_secs(60))
            {
                state.token_calls.pop_front();
            }
            // Only the first call of a flight can be earned; the caps hold
            // per call, also for the retry inside one refresh.
            let earned = std::mem::take(&mut state.next_call_earned);
            let unearned = unearned_token_calls(&state);
            if (!earned && unearned >= MAX_TOKEN_CALLS_PER_MINUTE)
                || state.token_calls.len() >= MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL
            {
                return Err(Error::Auth {
                    message: format!(
                        "{} access-token requests in the last minute, the most this client makes; the service keeps failing or refusing tokens. Try again in a minute",
                        state.token_calls.len()
                    ),
                    retryable: true,
                    cause: None,
                });
            }
            state.token_calls.push_back((now, earned));
        }
        match tokio::time::timeout(
            self.timing.fetch_timeout,
            self.source.fetch(refresh_token.clone()),
        )
        .await
        {
            Ok(result) => result,
            Err(_) => Err(Error::Auth {
                message: format!(
                    "the token service did not answer within {} s",
                    self.timing.fetch_timeout.as_secs_f32()
                ),
                retryable: true,
                cause: None,
            }),
        }
    }

    /// The service answered 401 to the token `sent`. Drops it so the replay
    /// gets a fresh one (`true`: replay), unless it is itself a fresh answer
    /// to a 401 (`false`): then the service keeps refusing fresh tokens, and
    /// refreshing again at once would only burn calls.
    #[cfg(test)]
    pub(crate) fn on_unauthorized(&self, sent: Option<&Token>) -> bool {
        self.on_unauthorized_generation(sent.map(|t| t.credential.generation()))
    }

    /// [`on_unauthorized`](Self::on_unauthorized) for the credential of
    /// generation `sent` (`None`: the current one).
    pub(super) fn on_unauthorized_generation(&self, sent: Option<u64>) -> bool {
        let mut state = self.lock();
        let Some(token) = &state.token else {
            return true;
        };
        let is_sent = sent.is_none_or(|s| s == token.credential.generation());
        if !is_sent {
            // Already replaced by a fresher token: the replay uses that.
            return true;
        }
        // A fresh answer to a 401 that the service never accepted: another
        // refresh is worth a token call only while the per-minute cap has
        // room. A token that merely expired again (the service's clock, a
        // revocation, an endpoint move) is replaced; a token service that
        // keeps issuing refused tokens is called at most
        // `MAX_TOKEN_CALLS_PER_MINUTE` times a minute, and the calls in
        // between fail with `AccessTokenRefused` instead of waiting.
        let proven = token.proven();
        if token.after_unauthorized
            && !proven
            && unearned_token_calls(&state) >= MAX_TOKEN_CALLS_PER_MINUTE
        {
            return false;
        }
        state.refused_access = Some(token.secret.clone());
        state.replaced_proven = proven;
        state.token = None;
        state.next_after_unauthorized = true;
        true
    }
}
