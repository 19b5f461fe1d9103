//! When to retry, and how long to wait first.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, LOCATION};

/// How the client retries throttled (429) and failed (502/503/504, connect
/// errors, timeouts) calls, and how many endpoint moves (308) it follows.
///
/// Failed calls are retried only for idempotent methods (GET, PUT, DELETE):
/// a POST that may have reached the server is never replayed. A 401 is
/// always answered by a token refresh and a replay (at most three per call),
/// whatever the policy.
///
/// ```
/// let mut policy = kaizala_api::runtime::RetryPolicy::default();
/// policy.max_retry_after = std::time::Duration::from_secs(30);
/// let off = kaizala_api::runtime::RetryPolicy::disabled();
/// assert_eq!(off.max_attempts, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included, for a throttled or failed call
    /// (default 3; 1 switches retries off).
    pub max_attempts: u32,
    /// The longest `Retry-After` the client waits (default 60 s); a longer
    /// one is returned to the caller as [`Error::Throttled`](crate::Error::Throttled).
    pub max_retry_after: Duration,
    /// The first backoff after a failure (default 500 ms); it doubles per attempt.
    pub initial_backoff: Duration,
    /// The longest backoff (default 10 s).
    pub max_backoff: Duration,
    /// How many 308 endpoint moves one call follows (default 3).
    pub max_redirects: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            max_retry_after: Duration::from_secs(60),
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(10),
            max_redirects: 3,
        }
    }
}

impl RetryPolicy {
    /// No retries of throttled or failed calls (endpoint moves and the
    /// single replay after a 401 still happen).
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The backoff before attempt `retry + 1` (`retry` counts from 1):
    /// exponential, capped, with "equal jitter" (half fixed, half random).
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << retry.saturating_sub(1).min(20));
        let capped = exp.min(self.max_backoff);
        let half = capped / 2;
        let nanos = u64::try_from(half.as_nanos()).unwrap_or(u64::MAX);
        half + Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

pub(crate) use crate::error::retry_after;

/// What an operation allows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OpInfo {
    pub(crate) idempotent: bool,
    pub(crate) requires_token: bool,
}

impl From<&crate::operations::Operation> for OpInfo {
    fn from(op: &crate::operations::Operation) -> Self {
        OpInfo {
            idempotent: op.is_idempotent(),
            requires_token: op.requires_access_token,
        }
    }
}

/// How many times one call is refreshed and replayed after a 401. A token
/// can expire again while a call is replayed (the service's clock, an
/// endpoint move): each replay uses the freshest token, and the token
/// manager decides whether a refresh is worth a token call.
pub(crate) const MAX_REAUTHS: u32 = 3;

/// Where one call stands in its retries.
#[derive(Debug, Default)]
pub(crate) struct Attempts {
    /// Sends so far.
    pub(crate) sent: u32,
    /// Sends that counted against `max_attempts` (throttled or failed ones).
    pub(crate) retries: u32,
    /// 308 hops followed.
    pub(crate) hops: u32,
    /// 401 replays so far.
    pub(crate) reauths: u32,
}

/// What to do after a response or a transport error.
#[derive(Debug, PartialEq)]
pub(crate) enum Next {
    /// Hand the result to the caller.
    Done,
    /// Wait, then send again.
    Retry(Duration),
    /// Invalidate the token, refresh, send again.
    Reauth,
    /// The service refused a token fetched in answer to a 401.
    Refused,
    /// The endpoint moved: the `Location` to resolve and check.
    Move(String),
}

pub(crate) fn after_response(
    policy: &RetryPolicy,
    op: &OpInfo,
    attempts: &mut Attempts,
    status: StatusCode,
    headers: &HeaderMap,
) -> Next {
    match status.as_u16() {
        401 if op.requires_token && attempts.reauths < MAX_REAUTHS => {
            attempts.reauths += 1;
            Next::Reauth
        }
        // Every token this call was sent with was refused.
        401 if op.requires_token => Next::Refused,
        308 if op.requires_token && attempts.hops < policy.max_redirects => {
            match headers.get(LOCATION).and_then(|v| v.to_str().ok()) {
                Some(location) => {
                    attempts.hops += 1;
                    Next::Move(location.to_owned())
                }
                None => Next::Done,
            }
        }
        429 => {
            if attempts.retries + 1 >= policy.max_attempts {
                return Next::Done;
            }
            attempts.retries += 1;
            let wait = retry_after(headers).unwrap_or_else(|| policy.backoff(attempts.retries));
            if wait > policy.max_retry_after {
                Next::Done
            } else {
                Next::Retry(wait)
            }
        }
        502..=504 if op.idempotent => {
            if attempts.retries + 1 >= policy.max_attempts {
                return Next::Done;
            }
            attempts.retries += 1;
            let wait = retry_after(headers)
                .filter(|d| *d <= policy.max_retry_after)
                .unwrap_or_else(|| policy.backoff(attempts.retries));
            Next::Retry(wait)
        }
        _ => Next::Done,
    }
}

pub(crate) fn after_error(
    policy: &RetryPolicy,
    op: &OpInfo,
    attempts: &mut Attempts,
    error: &reqwest::Error,
) -> Next {
    let transient = error.is_connect() || error.is_timeout();
    if !transient || !op.idempotent || attempts.retries + 1 >= policy.max_attempts {
        return Next::Done;
    }
    attempts.retries += 1;
    Next::Retry(policy.backoff(attempts.retries))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(idempotent: bool) -> OpInfo {
        OpInfo {
            idempotent,
            requires_token: true,
        }
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn throttling_waits_retry_after_at_most_three_attempts() {
        let policy = RetryPolicy::default();
        let mut a = Attempts::default();
        let h = headers(&[("retry-after", "7")]);
        let s = StatusCode::TOO_MANY_REQUESTS;
        assert_eq!(
            after_response(&policy, &op(false), &mut a, s, &h),
            Next::Retry(Duration::from_secs(7))
        );
        assert_eq!(
            after_response(&policy, &op(false), &mut a, s, &h),
            Next::Retry(Duration::from_secs(7))
        );
        assert_eq!(
            after_response(&policy, &op(false), &mut a, s, &h),
            Next::Done
        );

        let mut a = Attempts::default();
        let long = headers(&[("retry-after", "61")]);
        assert_eq!(
            after_response(&policy, &op(true), &mut a, s, &long),
            Next::Done
        );
        let mut a = Attempts::default();
        assert_eq!(
            after_response(&RetryPolicy::disabled(), &op(true), &mut a, s, &h),
            Next::Done
        );
    }

    #[test]
    fn server_errors_retry_only_idempotent_with_capped_backoff() {
        let policy = RetryPolicy::default();
        let h = HeaderMap::new();
        for status in [502, 503, 504] {
            let s = StatusCode::from_u16(status).unwrap();
            let mut a = Attempts::default();
            assert_eq!(
                after_response(&policy, &op(false), &mut a, s, &h),
                Next::Done
            );
            let mut a = Attempts::default();
            assert!(matches!(
                after_response(&policy, &op(true), &mut a, s, &h),
                Next::Retry(_)
            ));
        }
        let mut a = Attempts::default();
        let s = StatusCode::INTERNAL_SERVER_ERROR;
        assert_eq!(
            after_response(&policy, &op(true), &mut a, s, &h),
            Next::Done
        );
        for retry in 1..30 {
            let d = policy.backoff(retry);
            let full = policy
                .initial_backoff
                .saturating_mul(1 << (retry - 1).min(20))
                .min(policy.max_backoff);
            assert!(d >= full / 2 && d <= full, "{retry}: {d:?} vs {full:?}");
        }
    }

    #[test]
    fn unauthorised_replays_a_bounded_number_of_times() {
        let policy = RetryPolicy::disabled();
        let mut a = Attempts::default();
        let s = StatusCode::UNAUTHORIZED;
        let h = HeaderMap::new();
        for _ in 0..MAX_REAUTHS {
            assert_eq!(
                after_response(&policy, &op(false), &mut a, s, &h),
                Next::Reauth
            );
        }
        assert_eq!(
            after_response(&policy, &op(false), &mut a, s, &h),
            Next::Refused
        );
    }

    #[test]
    fn moves_follow_at_most_three_hops() {
        let policy = RetryPolicy::default();
        let mut a = Attempts::default();
        let s = StatusCode::PERMANENT_REDIRECT;
        let h = headers(&[("location", "https://kms2.kaiza.la/")]);
        for _ in 0..3 {
            assert_eq!(
                after_response(&policy, &op(false), &mut a, s, &h),
                Next::Move("https://kms2.kaiza.la/".into())
            );
        }
        assert_eq!(
            after_response(&policy, &op(false), &mut a, s, &h),
            Next::Done
        );
    }

    #[test]
    fn retry_after_parsing() {
        assert_eq!(
            retry_after(&headers(&[("retry-after", "3")])),
            Some(Duration::from_secs(3))
        );
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")])), None);
        assert_eq!(retry_after(&headers(&[("retry-after", "-1")])), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }
}
