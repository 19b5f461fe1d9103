//! Dropping duplicate deliveries: the [`EventDeduper`] seen-set and its
//! in-memory default, [`InMemoryDeduper`].
//!
//! Kaizala delivers at least once, so the same `eventId` can arrive twice.
//! The receiver asks the deduper before calling the handler:
//!
//! 1. [`EventDeduper::check_and_insert`] atomically records the id and says
//!    whether it was new. A duplicate is answered `200` without reaching the
//!    handler.
//! 2. If the handler fails, the receiver calls [`EventDeduper::forget`] and
//!    answers `500`, so Kaizala's redelivery reaches the handler again.
//!
//! A duplicate that arrives while the first copy is still being handled is
//! answered `200` at once: the first copy's own outcome decides whether
//! Kaizala redelivers (a failing first copy gets `500` and its id is
//! forgotten).
//!
//! # Several receivers behind a load balancer
//!
//! Each process has its own [`InMemoryDeduper`], so a duplicate that lands
//! on another instance is not recognised. Back the trait with a shared store
//! instead; with Redis the two operations are one command each:
//!
//! ```text
//! check_and_insert(id):  SET kaizala:event:{id} 1 NX EX 172800   -> "OK" = new, nil = seen
//! forget(id):            DEL kaizala:event:{id}
//! ```
//!
//! `NX` makes check-and-insert atomic across instances and `EX` bounds
//! memory (172800 s = the two days over which Kaizala retries). A SQL table
//! with a unique key on the id (`INSERT … ON CONFLICT DO NOTHING`, plus a
//! periodic purge of old rows) works the same way. When the store fails,
//! return [`DedupeError`]: the receiver answers `503` without calling the
//! handler, and Kaizala delivers again later.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::time::Instant;

/// The seen-set failed (e.g. the shared store is unreachable).
#[derive(Debug, thiserror::Error)]
#[error("event dedupe store failed: {message}")]
pub struct DedupeError {
    /// What went wrong (must not contain secrets: it is logged).
    pub message: String,
}

impl DedupeError {
    /// An error with this message.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

/// The set of event ids already accepted; see the [module docs](self).
pub trait EventDeduper: Send + Sync + 'static {
    /// Atomically records `event_id` and returns `true` if it was not seen
    /// (within the store's window), `false` for a duplicate.
    fn check_and_insert<'a>(
        &'a self,
        event_id: &'a str,
    ) -> BoxFuture<'a, Result<bool, DedupeError>>;

    /// Removes `event_id` again (its handler failed, so the redelivery must
    /// get through).
    fn forget<'a>(&'a self, event_id: &'a str) -> BoxFuture<'a, Result<(), DedupeError>>;
}

/// A bounded in-memory seen-set: ids are remembered for `window` and at most
/// `capacity` of them (the oldest go first).
///
/// Memory is roughly `capacity × (id length + ~80 bytes)`; the defaults
/// (50 000 ids for 48 hours) stay in the low megabytes.
#[derive(Debug)]
pub struct InMemoryDeduper {
    capacity: usize,
    window: Duration,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// id → when it was recorded.
    seen: HashMap<String, Instant>,
    /// Insertion order; entries whose instant no longer matches `seen` are stale.
    order: VecDeque<(String, Instant)>,
}

impl InMemoryDeduper {
    /// The default number of ids remembered.
    pub const DEFAULT_CAPACITY: usize = 50_000;
    /// The default window: two days, the span over which Kaizala retries.
    pub const DEFAULT_WINDOW: Duration = Duration::from_secs(48 * 3600);

    /// A seen-set remembering at most `capacity` ids (at least 1), each for `window`.
    pub fn new(capacity: usize, window: Duration) -> Self {
        Self {
            capacity: capacity.max(1),
            window,
            state: Mutex::new(State::default()),
        }
    }

    /// How many ids are remembered right now.
    pub fn len(&self) -> usize {
        let mut state = self.lock();
        self.evict(&mut state, Instant::now());
        state.seen.len()
    }

    /// True when no id is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the maps inconsistent
        // in a way that matters (worst case an id is forgotten early).
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn evict(&self, state: &mut State, now: Instant) {
        while let Some((id, at)) = state.order.front() {
            let expired = now.saturating_duration_since(*at) >= self.window;
            let over = state.order.len() > self.capacity;
            let stale = state.seen.get(id) != Some(at);
            if !(expired || over || stale) {
                break;
            }
            if let Some((id, at)) = state.order.pop_front()
                && state.seen.get(&id) == Some(&at)
            {
                state.seen.remove(&id);
            }
        }
    }

    fn insert_now(&self, event_id: &str) -> bool {
        let now = Instant::now();
        let mut state = self.lock();
        self.evict(&mut state, now);
        if state.seen.contains_key(event_id) {
            return false;
        }
        state.seen.insert(event_id.to_owned(), now);
        state.order.push_back((event_id.to_owned(), now));
        self.evict(&mut state, now);
        true
    }
}

impl Default for InMemoryDeduper {
    fn default() -> Self {
        Self::new(Self::DEFAULT_CAPACITY, Self::DEFAULT_WINDOW)
    }
}

impl EventDeduper for InMemoryDeduper {
    fn check_and_insert<'a>(
        &'a self,
        event_id: &'a str,
    ) -> BoxFuture<'a, Result<bool, DedupeError>> {
        let new = self.insert_now(event_id);
        Box::pin(async move { Ok(new) })
    }

    fn forget<'a>(&'a self, event_id: &'a str) -> BoxFuture<'a, Result<(), DedupeError>> {
        self.lock().seen.remove(event_id);
        Box::pin(async { Ok(()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn remembers_forgets_and_expires() {
        tokio::time::pause();
        let d = InMemoryDeduper::new(10, Duration::from_secs(60));
        assert!(d.check_and_insert("a").await.unwrap());
        assert!(!d.check_and_insert("a").await.unwrap());
        d.forget("a").await.unwrap();
        assert!(d.check_and_insert("a").await.unwrap());
        tokio::time::advance(Duration::from_secs(59)).await;
        assert!(!d.check_and_insert("a").await.unwrap());
        tokio::time::advance(Duration::from_secs(1)).await;
        assert!(d.check_and_insert("a").await.unwrap(), "window over");
    }

    #[tokio::test]
    async fn bounded_by_capacity_oldest_first() {
        let d = InMemoryDeduper::new(3, Duration::from_secs(3600));
        for id in ["a", "b", "c", "d"] {
            assert!(d.check_and_insert(id).await.unwrap());
        }
        assert_eq!(d.len(), 3);
        assert!(!d.check_and_insert("d").await.unwrap());
        assert!(d.check_and_insert("a").await.unwrap(), "oldest was evicted");
        // forget/re-insert cycles do not grow the queue past capacity
        for _ in 0..100 {
            d.forget("x").await.unwrap();
            d.check_and_insert("x").await.unwrap();
        }
        assert!(d.lock().order.len() <= 3);
        assert!(d.len() <= 3);
    }
}
