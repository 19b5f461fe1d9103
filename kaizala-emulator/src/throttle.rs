//! Throttling as documented: 100 calls per window per connector, 300 per tenant, answered
//! with 429 and `Retry-After` (seconds). The window (a minute by default) can be shrunk.

use axum::http::StatusCode;

use crate::error::ApiError;
use crate::state::State;
use crate::time::now_ms;

/// Fixed-window throttling per connector and per tenant.
pub(crate) fn check(st: &mut State, application_id: &str) -> Result<(), ApiError> {
    let cfg = st.throttle_config.clone();
    if !cfg.enabled {
        return Ok(());
    }
    let now = now_ms();
    let window = crate::time::millis(cfg.window).max(1);
    let keys = [
        (format!("connector:{application_id}"), cfg.per_connector),
        ("tenant".to_string(), cfg.per_tenant),
    ];
    for (key, limit) in &keys {
        let entry = st.throttle.windows.entry(key.clone()).or_insert((now, 0));
        if now - entry.0 >= window {
            *entry = (now, 0);
        }
        if entry.1 >= *limit {
            let remaining_ms = entry.0.saturating_add(window).saturating_sub(now).max(0);
            let secs = ((remaining_ms + 999) / 1000).max(1) as u64;
            let mut e = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "TooManyRequests",
                "Throttled",
                format!(
                    "Throttling limit exceeded ({limit} calls per {} ms for the {}); retry after {secs} s.",
                    window,
                    if key == "tenant" {
                        "tenant"
                    } else {
                        "connector"
                    }
                ),
            );
            e.retry_after = Some(secs);
            return Err(e);
        }
    }
    for (key, _) in &keys {
        if let Some(entry) = st.throttle.windows.get_mut(key) {
            entry.1 += 1;
        }
    }
    Ok(())
}
