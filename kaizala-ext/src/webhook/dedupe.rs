//! Handling each delivered event once: the [`EventDeduper`] store and its
//! in-memory default, [`InMemoryDeduper`].
//!
//! Kaizala delivers at least once and redelivers whatever was not answered
//! `2xx` in time, so the same `eventId` can arrive again — even while the
//! first copy is still being handled. The store keeps, per event id, one of
//! two states, each with a time to live:
//!
//! | state | set by | lives | a new copy of the event… |
//! | --- | --- | --- | --- |
//! | *in flight* (with an owner) | [`EventDeduper::claim`] | the lease (the receiver's handler timeout plus a margin) | waits for it, or is answered `503` |
//! | *done* | [`EventDeduper::complete`] | the window (default 48 h, the span Kaizala retries over) | is answered `200` without reaching the handler |
//! | *(none)* | [`EventDeduper::release`], expiry | — | claims the id and reaches the handler |
//!
//! The receiver ([`super::WebhookReceiver`]) uses it like this:
//!
//! 1. `claim(id, owner, lease)`: atomically, if the id is unknown (or its
//!    lease ran out) it becomes *in flight* for `owner` and the answer is
//!    [`Claim::Claimed`]; otherwise the answer is the current state.
//! 2. The owner runs the handler. Only when the handler returned `Ok` does it
//!    call `complete(id, owner)`: the id is *done*. An id therefore counts as
//!    handled only after its handler succeeded.
//! 3. When the handler fails, panics, or its run is cancelled (timed out,
//!    aborted), the owner calls `release(id, owner)`, which removes the
//!    *in flight* mark only if `owner` still holds it, so the redelivery
//!    reaches the handler again.
//! 4. A copy that finds the id *in flight* polls `claim` until the state
//!    changes or its wait (bounded) is over, and is then answered `503` so
//!    that Kaizala retries later. It is never answered `200` for an event
//!    that may yet fail.
//!
//! If a process dies while handling an event, its *in flight* mark expires
//! with the lease and the next redelivery claims it.
//!
//! # Several receivers behind a load balancer
//!
//! Each process has its own [`InMemoryDeduper`], so a duplicate that lands
//! on another instance is not recognised. Back the trait with a shared store
//! instead: with the `redis` feature, `kaizala_ext::redis::RedisDeduper`
//! (made by `SharedRedis::deduper(service, window)`) is that store. Written
//! by hand, each operation is one command or script (`{key}` stands for a
//! key naming the receiving *service* and the event id, each escaped so no
//! id can reach another key: Kaizala sends the same event id to every
//! webhook of a group, so two services keyed by the id alone would split
//! the events between them; `{owner}` is the claimant's token):
//!
//! ```text
//! claim(id, owner, lease):  SET {key} inflight:{owner} NX PX {lease}
//!                           "OK" -> Claimed; else GET {key}: "done" -> Done, else InFlight
//! complete(id, owner):      SET {key} done EX 172800
//! release(id, owner):       EVAL "if redis.call('GET', KEYS[1]) == ARGV[1] then
//!                                   return redis.call('DEL', KEYS[1]) end return 0"
//!                                 1 {key} inflight:{owner}
//! ```
//!
//! `NX` makes the claim atomic across instances, `PX` ends a dead owner's
//! lease, `EX` bounds memory, and the compare-and-delete keeps a slow owner
//! whose lease already ran out from releasing a newer claim. `complete` is
//! unconditional: a handler that succeeded has handled the event, whoever
//! holds the lease now. When the store fails, return [`DedupeError`]: the
//! receiver answers `503` without calling the handler, and Kaizala delivers
//! again later. [`verify_semantics`] checks a new backend against these rules
//! (all but expiry) in its tests.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use futures::future::BoxFuture;
use tokio::time::Instant;

/// The store failed (e.g. the shared store is unreachable).
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

/// The answer to [`EventDeduper::claim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// The id was free (unknown, released, or its lease ran out): it is now
    /// *in flight* for the caller, who must run the handler and then call
    /// [`EventDeduper::complete`] or [`EventDeduper::release`].
    Claimed,
    /// Another copy holds the id and its lease has not run out.
    InFlight,
    /// A copy was handled successfully within the window.
    Done,
}

/// Per-event-id state shared by the copies of a delivery; see the
/// [module docs](self) for the semantics every implementation must keep.
/// The receiver passes ids of at most 256 bytes (a longer one as `=` and
/// its hex SHA-256).
pub trait EventDeduper: Send + Sync + 'static {
    /// Atomically: if `event_id` is free, marks it *in flight* for `owner`
    /// until `lease` has passed and returns [`Claim::Claimed`]; otherwise
    /// returns its state.
    fn claim<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, Result<Claim, DedupeError>>;

    /// Marks `event_id` *done* (its handler succeeded) for the store's window,
    /// whoever holds it now.
    fn complete<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>>;

    /// Frees `event_id` if `owner` still holds it *in flight* (its handler
    /// failed, panicked or was cancelled), so a redelivery reaches the
    /// handler. Does nothing otherwise.
    fn release<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>>;
}

/// A bounded in-memory store: *done* ids are remembered for `window` and at
/// most `capacity` of them (the oldest go first); *in flight* ids until their
/// lease ends or they are completed or released (there are at most as many
/// as handlers running).
///
/// Memory is roughly `capacity × (id length + ~100 bytes)`; the defaults
/// (50 000 ids for 48 hours) stay in the low megabytes.
#[derive(Debug)]
pub struct InMemoryDeduper {
    capacity: usize,
    window: Duration,
    state: Mutex<State>,
}

#[derive(Debug)]
enum Entry {
    InFlight { owner: String, until: Instant },
    Done { at: Instant },
}

#[derive(Debug, Default)]
struct State {
    entries: HashMap<String, Entry>,
    /// *Done* ids in completion order; entries no longer matching are stale.
    done: VecDeque<(String, Instant)>,
    /// *In flight* ids in claim order with their lease end; stale likewise.
    in_flight: VecDeque<(String, Instant)>,
    /// How many entries are *done*.
    done_count: usize,
}

impl State {
    fn set(&mut self, id: &str, entry: Entry) {
        let done = matches!(entry, Entry::Done { .. });
        if let Some(Entry::Done { .. }) = self.entries.insert(id.to_owned(), entry) {
            self.done_count -= 1;
        }
        if done {
            self.done_count += 1;
        }
    }

    fn remove(&mut self, id: &str) {
        if let Some(Entry::Done { .. }) = self.entries.remove(id) {
            self.done_count -= 1;
        }
    }
}

impl InMemoryDeduper {
    /// The default number of *done* ids remembered.
    pub const DEFAULT_CAPACITY: usize = 50_000;
    /// The default window: two days, the span over which Kaizala retries.
    pub const DEFAULT_WINDOW: Duration = Duration::from_secs(48 * 3600);

    /// A store remembering at most `capacity` *done* ids (at least 1), each
    /// for `window`.
    pub fn new(capacity: usize, window: Duration) -> Self {
        Self {
            capacity: capacity.max(1),
            window,
            state: Mutex::new(State::default()),
        }
    }

    /// How many ids are remembered right now (*in flight* and *done*).
    pub fn len(&self) -> usize {
        let mut state = self.lock();
        self.evict(&mut state, Instant::now());
        state.entries.len()
    }

    /// True when no id is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The state of `event_id` right now (`None` when free), for tests and
    /// diagnostics.
    pub fn state(&self, event_id: &str) -> Option<Claim> {
        let now = Instant::now();
        let mut state = self.lock();
        self.evict(&mut state, now);
        match state.entries.get(event_id) {
            Some(Entry::Done { .. }) => Some(Claim::Done),
            Some(Entry::InFlight { until, .. }) if *until > now => Some(Claim::InFlight),
            _ => None,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the maps inconsistent
        // in a way that matters (worst case an id is forgotten early).
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn evict(&self, state: &mut State, now: Instant) {
        while let Some((id, at)) = state.done.front() {
            let current = matches!(state.entries.get(id), Some(Entry::Done { at: a }) if a == at);
            let expired = now.saturating_duration_since(*at) >= self.window;
            let over = state.done_count > self.capacity;
            if current && !expired && !over {
                break;
            }
            if let Some((id, _)) = state.done.pop_front()
                && current
            {
                state.remove(&id);
            }
        }
        while let Some((id, until)) = state.in_flight.front() {
            let current = matches!(state.entries.get(id), Some(Entry::InFlight { until: u, .. }) if u == until);
            if current && *until > now {
                break;
            }
            if let Some((id, _)) = state.in_flight.pop_front()
                && current
            {
                state.remove(&id);
            }
        }
    }

    fn claim_now(&self, event_id: &str, owner: &str, lease: Duration) -> Claim {
        let now = Instant::now();
        let mut state = self.lock();
        self.evict(&mut state, now);
        match state.entries.get(event_id) {
            Some(Entry::Done { .. }) => return Claim::Done,
            Some(Entry::InFlight { until, .. }) if *until > now => return Claim::InFlight,
            _ => {}
        }
        // An absurd lease must not overflow the clock: cap it at a year.
        let until = now
            .checked_add(lease)
            .or_else(|| now.checked_add(Duration::from_secs(365 * 24 * 3600)))
            .unwrap_or(now);
        state.set(
            event_id,
            Entry::InFlight {
                owner: owner.to_owned(),
                until,
            },
        );
        state.in_flight.push_back((event_id.to_owned(), until));
        Claim::Claimed
    }

    fn complete_now(&self, event_id: &str) {
        let now = Instant::now();
        let mut state = self.lock();
        state.set(event_id, Entry::Done { at: now });
        state.done.push_back((event_id.to_owned(), now));
        self.evict(&mut state, now);
    }

    fn release_now(&self, event_id: &str, owner: &str) {
        let mut state = self.lock();
        if matches!(state.entries.get(event_id), Some(Entry::InFlight { owner: o, .. }) if o == owner)
        {
            state.remove(event_id);
        }
    }
}

impl Default for InMemoryDeduper {
    fn default() -> Self {
        Self::new(Self::DEFAULT_CAPACITY, Self::DEFAULT_WINDOW)
    }
}

impl EventDeduper for InMemoryDeduper {
    fn claim<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
        lease: Duration,
    ) -> BoxFuture<'a, Result<Claim, DedupeError>> {
        let claim = self.claim_now(event_id, owner, lease);
        Box::pin(async move { Ok(claim) })
    }

    fn complete<'a>(
        &'a self,
        event_id: &'a str,
        _owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>> {
        self.complete_now(event_id);
        Box::pin(async { Ok(()) })
    }

    fn release<'a>(
        &'a self,
        event_id: &'a str,
        owner: &'a str,
    ) -> BoxFuture<'a, Result<(), DedupeError>> {
        self.release_now(event_id, owner);
        Box::pin(async { Ok(()) })
    }
}

/// Checks that `store` keeps the semantics of the [module docs](self) that
/// do not depend on time (claim, in flight, done, owner-only release),
/// using ids that start with `prefix` (pick a fresh one per run against a
/// shared store). For the test suite of a new backend:
/// `verify_semantics(&store, "test-1").await.unwrap()`.
///
/// Returns the first broken rule. Lease and window expiry are not checked:
/// they need a clock the caller controls.
pub async fn verify_semantics(store: &dyn EventDeduper, prefix: &str) -> Result<(), String> {
    let lease = Duration::from_secs(300);
    let expect = |what: &str, got: Result<Claim, DedupeError>, want: Claim| match got {
        Ok(claim) if claim == want => Ok(()),
        Ok(claim) => Err(format!("{what}: expected {want:?}, got {claim:?}")),
        Err(error) => Err(format!("{what}: {error}")),
    };
    let settle = |what: &str, got: Result<(), DedupeError>| got.map_err(|e| format!("{what}: {e}"));
    let a = format!("{prefix}-a");
    let b = format!("{prefix}-b");
    expect(
        "a first claim",
        store.claim(&a, "one", lease).await,
        Claim::Claimed,
    )?;
    expect(
        "a claim while in flight",
        store.claim(&a, "two", lease).await,
        Claim::InFlight,
    )?;
    settle("release by another owner", store.release(&a, "two").await)?;
    expect(
        "a claim after another owner's release",
        store.claim(&a, "two", lease).await,
        Claim::InFlight,
    )?;
    settle("release by the owner", store.release(&a, "one").await)?;
    expect(
        "a claim after the owner's release",
        store.claim(&a, "two", lease).await,
        Claim::Claimed,
    )?;
    settle("complete", store.complete(&a, "two").await)?;
    expect(
        "a claim when done",
        store.claim(&a, "three", lease).await,
        Claim::Done,
    )?;
    settle("release of a done id", store.release(&a, "two").await)?;
    expect(
        "a claim after releasing a done id",
        store.claim(&a, "three", lease).await,
        Claim::Done,
    )?;
    expect(
        "an unrelated id",
        store.claim(&b, "one", lease).await,
        Claim::Claimed,
    )?;
    settle(
        "release of the unrelated id",
        store.release(&b, "one").await,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEASE: Duration = Duration::from_secs(30);

    #[tokio::test]
    async fn the_in_memory_store_keeps_the_documented_semantics() {
        let store = InMemoryDeduper::default();
        assert_eq!(verify_semantics(&store, "run-1").await, Ok(()));
        // A store that forgets its in-flight marks is caught.
        struct Forgetful;
        impl EventDeduper for Forgetful {
            fn claim<'a>(
                &'a self,
                _: &'a str,
                _: &'a str,
                _: Duration,
            ) -> BoxFuture<'a, Result<Claim, DedupeError>> {
                Box::pin(async { Ok(Claim::Claimed) })
            }
            fn complete<'a>(
                &'a self,
                _: &'a str,
                _: &'a str,
            ) -> BoxFuture<'a, Result<(), DedupeError>> {
                Box::pin(async { Ok(()) })
            }
            fn release<'a>(
                &'a self,
                _: &'a str,
                _: &'a str,
            ) -> BoxFuture<'a, Result<(), DedupeError>> {
                Box::pin(async { Ok(()) })
            }
        }
        let broken = verify_semantics(&Forgetful, "run-2").await.unwrap_err();
        assert!(broken.contains("in flight"), "{broken}");
    }

    #[tokio::test(start_paused = true)]
    async fn in_flight_then_done_then_expired() {
        let d = InMemoryDeduper::new(10, Duration::from_secs(60));
        assert_eq!(d.claim("a", "o1", LEASE).await.unwrap(), Claim::Claimed);
        assert_eq!(d.claim("a", "o2", LEASE).await.unwrap(), Claim::InFlight);
        d.complete("a", "o1").await.unwrap();
        assert_eq!(d.claim("a", "o2", LEASE).await.unwrap(), Claim::Done);
        tokio::time::advance(Duration::from_secs(59)).await;
        assert_eq!(d.state("a"), Some(Claim::Done));
        tokio::time::advance(Duration::from_secs(1)).await;
        assert_eq!(
            d.claim("a", "o3", LEASE).await.unwrap(),
            Claim::Claimed,
            "window over"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn release_frees_only_the_owners_claim_and_leases_expire() {
        let d = InMemoryDeduper::default();
        assert_eq!(d.claim("a", "o1", LEASE).await.unwrap(), Claim::Claimed);
        d.release("a", "someone-else").await.unwrap();
        assert_eq!(d.state("a"), Some(Claim::InFlight));
        d.release("a", "o1").await.unwrap();
        assert_eq!(d.state("a"), None);

        assert_eq!(d.claim("b", "o1", LEASE).await.unwrap(), Claim::Claimed);
        tokio::time::advance(LEASE).await;
        assert_eq!(
            d.claim("b", "o2", LEASE).await.unwrap(),
            Claim::Claimed,
            "a dead owner's lease ran out"
        );
        // The first owner's late release does not free the new claim.
        d.release("b", "o1").await.unwrap();
        assert_eq!(d.state("b"), Some(Claim::InFlight));
        assert!(d.lock().in_flight.len() <= 2);
    }

    #[tokio::test(start_paused = true)]
    async fn done_ids_are_bounded_by_capacity_oldest_first() {
        let d = InMemoryDeduper::new(3, Duration::from_secs(3600));
        for id in ["a", "b", "c", "d"] {
            assert_eq!(d.claim(id, "o", LEASE).await.unwrap(), Claim::Claimed);
            d.complete(id, "o").await.unwrap();
        }
        assert_eq!(d.len(), 3);
        assert_eq!(d.claim("d", "o", LEASE).await.unwrap(), Claim::Done);
        assert_eq!(
            d.claim("a", "o", LEASE).await.unwrap(),
            Claim::Claimed,
            "oldest was evicted"
        );
        // An in-flight id is never evicted for room.
        for i in 0..10 {
            let id = format!("x{i}");
            d.claim(&id, "o", LEASE).await.unwrap();
            d.complete(&id, "o").await.unwrap();
        }
        assert_eq!(d.state("a"), Some(Claim::InFlight));
        // claim/release cycles do not grow the queues without bound.
        for _ in 0..100 {
            d.claim("y", "o", LEASE).await.unwrap();
            d.release("y", "o").await.unwrap();
        }
        tokio::time::advance(LEASE).await;
        d.len();
        assert!(d.lock().in_flight.is_empty(), "{:?}", d.lock().in_flight);
        assert!(d.lock().done.len() <= 3);
    }
}
