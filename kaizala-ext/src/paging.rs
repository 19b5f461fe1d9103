//! The paged list operations as [`futures::Stream`]s of items.
//!
//! Each stream fetches a page when the items before it have been taken,
//! through the client's usual token, endpoint and retry handling, paced by
//! its rate budget. It ends cleanly after the last page; an error is
//! yielded as an item and ends the stream (call again to resume, e.g. from
//! the last item seen).
//!
//! | stream | operation | how it advances | when it ends |
//! | --- | --- | --- | --- |
//! | [`PagingExt::subscribers`] | `listSubscribers` | the returned `cursor` | no `cursor` (or an empty one) in the page |
//! | [`PagingExt::actions`] | `listActions` | `fromDate` from the oldest item (below) | `hasMore` false, or an empty page |
//! | [`PagingExt::group_reaction_summaries`] | `getGroupReactionSummary` | the returned tick `cursor` | an empty page, or no `cursor` |
//! | [`PagingExt::reactions`] | `listReactions` | the returned tick `cursor` | an empty page, or no `cursor` |
//!
//! ## Every stream ends, even against a server that is wrong
//!
//! A stream trusts the service's cursor, `hasMore` and `fromDate` only as
//! far as they make progress. Whatever the service sends, a stream makes at
//! most [`PageLimits::max_pages`] calls, never yields the same item twice,
//! and ends with a typed [`PagingError`] (inside [`Error::Paging`]) when it
//! cannot go on exactly — never with a silent gap:
//!
//! | rule | applies to | error |
//! | --- | --- | --- |
//! | a returned cursor was already sent in this stream (a repeat or a cycle) | subscribers | [`PagingError::CursorRepeated`] |
//! | a tick cursor that does not grow after a non-empty page | reactions, reaction summaries | [`PagingError::CursorRepeated`] |
//! | [`PageLimits::max_idle_pages`] pages in a row with nothing new (empty, or only items already yielded) while the service says there is more | all | [`PagingError::NoProgress`] |
//! | [`PageLimits::max_pages`] calls made and the service still says there is more | all | [`PagingError::PageLimit`] |
//! | an Action not older than the `fromDate` sent | Actions | [`PagingError::FromDateIgnored`] |
//! | more Actions share one instant than a page of [`PageLimits::max_tie_page`] holds | Actions | [`PagingError::ActionsTie`] |
//! | an Action with no time (`creationTime` or `sentAt`) while `hasMore` | Actions | [`PagingError::Untimed`] |
//!
//! Items repeated by the service are skipped: a stream remembers a 128-bit
//! fingerprint of every item it yielded (subscribers by `id`, Actions by
//! `referenceId`, reactions and summaries by their whole content, since a
//! change feed legitimately brings an item again when it changed), about
//! 32 bytes per item, bounded by [`PageLimits::max_pages`].
//!
//! ## How the Action stream advances `fromDate`
//!
//! `listActions` lists newest first, created strictly before `fromDate`
//! (epoch ms). Several Actions can share a millisecond (or a second, when
//! the service sends only `creationTime` in seconds), and a page can end in
//! the middle of them. So the next page asks from just *after* the oldest
//! item's time (`sentAt` in ms + 1, or the end of its `creationTime`
//! second), and items already yielded (by `referenceId`) are skipped. When a
//! whole page shares one instant, a page of the same size from just after
//! it would bring the same Actions again, so the next page is twice as
//! large (up to [`PageLimits::max_tie_page`]); the page size returns to the
//! one asked for once the walk has moved past the instant. A tie larger
//! than `max_tie_page` ends the stream with [`PagingError::ActionsTie`],
//! which names the instant that could not be read in full.
//!
//! ## Data that changes during a walk
//!
//! - Subscribers: the service documents its cursor only as an opaque
//!   "start of resultset" and does not say whether it survives subscribers
//!   being removed or added between pages; this stream relies on it for
//!   that. (The emulator's cursor names the last subscriber served, so those
//!   that stay are listed once each, and newcomers at the end.)
//! - Actions: the walk goes back in time from its start, so Actions sent
//!   after it started are not listed; none that stay is skipped or repeated.
//! - Reactions and summaries are change feeds: an item that changes after it
//!   was yielded comes again, with its new content, in a later page.
//!
//! ```no_run
//! # async fn demo(client: kaizala_ext::KaizalaClient) -> Result<(), kaizala_ext::Error> {
//! use futures::TryStreamExt;
//! use kaizala_ext::prelude::*;
//!
//! let subscribers: Vec<_> = client.subscribers("public-group-id").try_collect().await?;
//! println!("{} subscribers", subscribers.len());
//! # Ok(()) }
//! ```

use std::collections::HashSet;
use std::future::Future;
use std::hash::{DefaultHasher, Hash, Hasher};

use futures::StreamExt;
use futures::stream::BoxStream;
use kaizala_api::facts::limits;
use kaizala_api::types;

use crate::Error;

/// The largest page `listSubscribers` serves (the spec's `maximum` of its
/// `count`).
pub const MAX_SUBSCRIBER_PAGE: u32 = page_size(limits::LIST_SUBSCRIBERS_COUNT_MAXIMUM);

/// The smallest page `listSubscribers` serves (the spec's `minimum`).
const MIN_SUBSCRIBER_PAGE: u32 = page_size(limits::LIST_SUBSCRIBERS_COUNT_MINIMUM);

/// A page-size bound of the spec as a `u32`; a bound outside 1..=u32::MAX
/// fails the build.
const fn page_size(bound: i64) -> u32 {
    assert!(bound >= 1 && bound <= u32::MAX as i64);
    bound as u32
}

/// The page size `listActions` uses when no `count` is sent (the spec's
/// `default`).
pub const DEFAULT_ACTIONS_PAGE: u32 = page_size(limits::LIST_ACTIONS_COUNT_DEFAULT);

/// The bounds every paging stream keeps, whatever the service sends (see
/// the [module docs](crate::paging) for the rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageLimits {
    /// Calls a stream makes at most; when the service still says there is
    /// more after them, the stream ends with [`PagingError::PageLimit`].
    /// Default 100 000: 5 million subscribers in pages of 50, about 17
    /// hours of calls at the connector's 100 a minute.
    pub max_pages: u32,
    /// Pages in a row that bring nothing new before the stream ends with
    /// [`PagingError::NoProgress`]. Default 3.
    pub max_idle_pages: u32,
    /// The largest page the Action stream asks for to read Actions that
    /// share one instant; a larger tie ends it with
    /// [`PagingError::ActionsTie`]. Default 1000.
    pub max_tie_page: u32,
}

impl Default for PageLimits {
    fn default() -> Self {
        Self {
            max_pages: 100_000,
            max_idle_pages: 3,
            max_tie_page: 1000,
        }
    }
}

impl PageLimits {
    /// The default limits.
    pub fn new() -> Self {
        Self::default()
    }

    /// At most `pages` calls (0 is taken as 1).
    pub fn max_pages(mut self, pages: u32) -> Self {
        self.max_pages = pages.max(1);
        self
    }

    /// End after `pages` pages in a row with nothing new (0 is taken as 1).
    pub fn max_idle_pages(mut self, pages: u32) -> Self {
        self.max_idle_pages = pages.max(1);
        self
    }

    /// Read Actions tied on one instant with pages of at most `count`
    /// (0 is taken as 1).
    pub fn max_tie_page(mut self, count: u32) -> Self {
        self.max_tie_page = count.max(1);
        self
    }
}

pub use kaizala_api::error::PagingError;

/// What one page brings, and what comes after it.
struct Step<S, T> {
    /// Items to yield (already free of repeats).
    items: Vec<T>,
    /// What follows them.
    then: Then<S>,
}

/// What follows a page.
enum Then<S> {
    /// Another page, from this state.
    More(S),
    /// Nothing: the last page.
    End,
    /// An error, yielded after the page's items; then the stream ends.
    Fail(Error),
}

impl<S, T> Step<S, T> {
    fn new(items: Vec<T>, then: Then<S>) -> Self {
        Self { items, then }
    }

    fn failed(error: Error) -> Self {
        Self::new(Vec::new(), Then::Fail(error))
    }
}

/// A stream of items over pages fetched by `fetch` from `first`.
fn pages<S, T, F, Fut>(first: S, mut fetch: F) -> BoxStream<'static, Result<T, Error>>
where
    S: Send + 'static,
    T: Send + 'static,
    F: FnMut(S) -> Fut + Send + 'static,
    Fut: Future<Output = Step<S, T>> + Send + 'static,
{
    futures::stream::unfold(Some(first), move |state| {
        let next = state.map(&mut fetch);
        async move {
            let step = next?.await;
            let mut items: Vec<Result<T, Error>> = step.items.into_iter().map(Ok).collect();
            let state = match step.then {
                Then::More(state) => Some(state),
                Then::End => None,
                Then::Fail(error) => {
                    items.push(Err(error));
                    None
                }
            };
            Some((items, state))
        }
    })
    .flat_map(futures::stream::iter)
    .boxed()
}

/// A 128-bit fingerprint of an item's identity.
fn fingerprint(key: &str) -> u128 {
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        key.hash(&mut h);
        h.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

/// The fingerprint of an item's whole content (change feeds), the same
/// however its maps happen to be ordered.
fn content_fingerprint<T: serde::Serialize>(item: &T) -> u128 {
    let mut text = String::new();
    canonical(&serde_json::to_value(item).unwrap_or_default(), &mut text);
    fingerprint(&text)
}

/// JSON text with every object's keys sorted.
fn canonical(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (key, value)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::Value::String(key.clone()).to_string());
                out.push(':');
                canonical(value, out);
            }
            out.push('}');
        }
        serde_json::Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// What every stream keeps to stay bounded: calls made, pages in a row
/// with nothing new, and what it has yielded.
struct Guard {
    operation: &'static str,
    limits: PageLimits,
    calls: u32,
    idle: u32,
    yielded: HashSet<u128>,
}

impl Guard {
    fn new(operation: &'static str, limits: PageLimits) -> Self {
        Self {
            operation,
            limits,
            calls: 0,
            idle: 0,
            yielded: HashSet::new(),
        }
    }

    /// Counts a call about to be made.
    fn call(&mut self) {
        self.calls = self.calls.saturating_add(1);
    }

    /// The items not yielded before (nor earlier in the same page).
    fn fresh<T>(&mut self, items: Vec<T>, key: impl Fn(&T) -> u128) -> Vec<T> {
        items
            .into_iter()
            .filter(|item| self.yielded.insert(key(item)))
            .collect()
    }

    /// Whether another page may be fetched after one that brought `fresh`
    /// new items, the service saying there is more.
    fn go_on(&mut self, fresh: usize) -> Result<(), Error> {
        self.idle = if fresh == 0 {
            self.idle.saturating_add(1)
        } else {
            0
        };
        if self.idle >= self.limits.max_idle_pages.max(1) {
            return Err(PagingError::NoProgress {
                operation: self.operation,
                calls: self.calls,
                idle_pages: self.idle,
            }
            .into());
        }
        if self.calls >= self.limits.max_pages.max(1) {
            return Err(PagingError::PageLimit {
                operation: self.operation,
                calls: self.calls,
            }
            .into());
        }
        Ok(())
    }

    fn repeated(&self) -> Error {
        PagingError::CursorRepeated {
            operation: self.operation,
            calls: self.calls,
        }
        .into()
    }
}

/// Where the subscriber stream stands.
struct SubscriberWalk {
    guard: Guard,
    cursor: Option<String>,
    /// Every cursor sent so far.
    sent: HashSet<String>,
}

/// Where a tick-cursor stream stands.
struct TickWalk {
    guard: Guard,
    cursor: Option<i64>,
}

impl TickWalk {
    /// Handles a page of `items` that came with `returned` as its cursor.
    fn page<T: serde::Serialize>(
        mut self,
        items: Vec<T>,
        returned: Option<types::Ticks>,
    ) -> Step<Self, T> {
        if items.is_empty() {
            return Step::new(items, Then::End);
        }
        let fresh = self.guard.fresh(items, content_fingerprint);
        let Some(returned) = returned.map(|t| t.0) else {
            return Step::new(fresh, Then::End);
        };
        // "Default value 0": no cursor sent is the same as 0.
        if returned <= self.cursor.unwrap_or(0) {
            let error = self.guard.repeated();
            return Step::new(fresh, Then::Fail(error));
        }
        self.cursor = Some(returned);
        match self.guard.go_on(fresh.len()) {
            Ok(()) => Step::new(fresh, Then::More(self)),
            Err(error) => Step::new(fresh, Then::Fail(error)),
        }
    }
}

/// Where the Action stream stands.
struct ActionWalk {
    guard: Guard,
    /// The `fromDate` to send next.
    from_date: Option<i64>,
    /// The `count` to send next (`None`: the service's default).
    count: Option<u32>,
    /// The `count` asked for.
    base_count: Option<u32>,
}

/// When an Action was created, as the earliest and latest epoch ms it can
/// be: one ms from `sentAt`, a whole second from `creationTime` alone.
fn action_span(value: &serde_json::Value) -> Option<(i64, i64)> {
    let sent_at = value
        .get("sentAt")
        .and_then(|v| v.as_str())
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.timestamp_millis());
    if let Some(ms) = sent_at {
        return Some((ms, ms));
    }
    value
        .get("creationTime")
        .and_then(serde_json::Value::as_i64)
        .map(|secs| {
            let start = secs.saturating_mul(1000);
            (start, start.saturating_add(999))
        })
}

/// What identifies an Action: its `referenceId`, or its whole body.
fn action_key(value: &serde_json::Value) -> String {
    match value.get("referenceId").and_then(|v| v.as_str()) {
        Some(id) => format!("ref:{id}"),
        None => format!("body:{value}"),
    }
}

impl ActionWalk {
    /// Handles one page of `listActions`.
    fn page(mut self, page: types::ActionList) -> Step<Self, types::ActionSummary> {
        if page.actions.is_empty() {
            return Step::new(Vec::new(), Then::End);
        }
        let has_more = page.has_more.unwrap_or(false);
        let values: Vec<serde_json::Value> = page
            .actions
            .iter()
            .map(|a| serde_json::to_value(a).unwrap_or_default())
            .collect();
        let spans: Vec<Option<(i64, i64)>> = values.iter().map(action_span).collect();
        let calls = self.guard.calls;
        if let Some(from_date) = self.from_date
            && spans
                .iter()
                .flatten()
                .any(|(earliest, _)| *earliest >= from_date)
        {
            return Step::failed(PagingError::FromDateIgnored { from_date, calls }.into());
        }
        let untimed = spans.iter().any(Option::is_none);
        let oldest = spans.iter().flatten().map(|(_, latest)| *latest).min();
        let newest = spans.iter().flatten().map(|(_, latest)| *latest).max();
        let served = page.actions.len();
        let keyed: Vec<(u128, types::ActionSummary)> = values
            .iter()
            .map(|v| fingerprint(&action_key(v)))
            .zip(page.actions)
            .collect();
        let fresh: Vec<types::ActionSummary> = self
            .guard
            .fresh(keyed, |(key, _)| *key)
            .into_iter()
            .map(|(_, action)| action)
            .collect();
        if !has_more {
            return Step::new(fresh, Then::End);
        }
        let (Some(oldest), Some(newest), false) = (oldest, newest, untimed) else {
            return Step::new(fresh, Then::Fail(PagingError::Untimed { calls }.into()));
        };
        if oldest == newest {
            // The whole page shares one instant: from just after it, a page
            // of the same size would bring the same Actions. Ask for more.
            let size = self
                .count
                .unwrap_or(DEFAULT_ACTIONS_PAGE)
                .max(u32::try_from(served).unwrap_or(u32::MAX));
            let max = self.guard.limits.max_tie_page.max(1);
            if size >= max {
                let error = PagingError::ActionsTie {
                    instant_ms: oldest,
                    page_size: size,
                    calls,
                };
                return Step::new(fresh, Then::Fail(error.into()));
            }
            self.count = Some(size.saturating_mul(2).min(max));
        } else {
            self.count = self.base_count;
        }
        self.from_date = Some(oldest.saturating_add(1));
        let step = self.guard.go_on(fresh.len());
        match step {
            Ok(()) => Step::new(fresh, Then::More(self)),
            Err(error) => Step::new(fresh, Then::Fail(error)),
        }
    }
}

/// Options of [`PagingExt::actions`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ActionsQuery {
    /// List Actions created before this time (epoch ms); `None`: from now.
    pub from_date: Option<i64>,
    /// Actions per page (`None`: the service's default, 30).
    pub count: Option<u32>,
    /// The stream's bounds.
    pub limits: PageLimits,
}

impl ActionsQuery {
    /// From the newest, pages of the service's default size.
    pub fn new() -> Self {
        Self::default()
    }

    /// Actions created before `epoch_ms`.
    pub fn from_date(mut self, epoch_ms: i64) -> Self {
        self.from_date = Some(epoch_ms);
        self
    }

    /// Actions per page (0 is taken as 1).
    pub fn count(mut self, count: u32) -> Self {
        self.count = Some(count.max(1));
        self
    }

    /// The stream's bounds (default [`PageLimits::default`]).
    pub fn limits(mut self, limits: PageLimits) -> Self {
        self.limits = limits;
        self
    }
}

/// The paging streams, on the one client type: add `use kaizala_ext::prelude::*;`.
///
/// Each works on any [`kaizala_api::Client`]; on one built by
/// [`KaizalaClientBuilder`](crate::KaizalaClientBuilder) the calls are paced by its rate budget.
pub trait PagingExt: crate::sealed::Sealed {
    /// Every subscriber of a public group, in pages of
    /// [`MAX_SUBSCRIBER_PAGE`], within the default [`PageLimits`].
    ///
    /// Ends when a page comes without a cursor. A cursor already sent ends
    /// it with [`PagingError::CursorRepeated`]; subscribers repeated by the
    /// service (same `id`) are skipped; see the [module docs](crate::paging)
    /// for every rule and for subscribers added or removed during a walk.
    fn subscribers(&self, group_id: &str) -> BoxStream<'static, Result<types::Subscriber, Error>>;

    /// Every subscriber of a public group, `page_size` per call (clamped to
    /// 1..=[`MAX_SUBSCRIBER_PAGE`]); as [`subscribers`](Self::subscribers).
    fn subscribers_paged(
        &self,
        group_id: &str,
        page_size: u32,
    ) -> BoxStream<'static, Result<types::Subscriber, Error>>;

    /// Every subscriber of a public group, `page_size` per call (clamped to
    /// 1..=[`MAX_SUBSCRIBER_PAGE`]), within `limits`; as
    /// [`subscribers`](Self::subscribers).
    fn subscribers_with(
        &self,
        group_id: &str,
        page_size: u32,
        limits: PageLimits,
    ) -> BoxStream<'static, Result<types::Subscriber, Error>>;

    /// The Actions of one type sent to a group, newest first, page by page,
    /// within `query.limits` (see the [module docs](crate::paging) for how
    /// `fromDate` advances, how Actions tied on one instant are read, and
    /// the errors that end the stream early).
    fn actions(
        &self,
        group_id: &str,
        action_type: &str,
        query: ActionsQuery,
    ) -> BoxStream<'static, Result<types::ActionSummary, Error>>;

    /// Reaction counts of every item in a group whose reactions changed
    /// after the tick `cursor` (`None`: from the start), page by page,
    /// within the default [`PageLimits`].
    ///
    /// Ends at an empty page or one without a cursor. A cursor that does
    /// not grow after a non-empty page ends it with
    /// [`PagingError::CursorRepeated`]; a summary repeated unchanged is
    /// skipped, one whose counts changed comes again. See the
    /// [module docs](crate::paging).
    fn group_reaction_summaries(
        &self,
        group_id: &str,
        source_group_id: &str,
        cursor: Option<i64>,
    ) -> BoxStream<'static, Result<types::ReactionSummary, Error>>;

    /// As [`group_reaction_summaries`](Self::group_reaction_summaries),
    /// within `limits`.
    fn group_reaction_summaries_with(
        &self,
        group_id: &str,
        source_group_id: &str,
        cursor: Option<i64>,
        limits: PageLimits,
    ) -> BoxStream<'static, Result<types::ReactionSummary, Error>>;

    /// The individual reactions (likes or comments) on one Action after the
    /// tick `cursor` (`None`: from the start), page by page, within the
    /// default [`PageLimits`].
    ///
    /// Ends at an empty page or one without a cursor. A cursor that does
    /// not grow after a non-empty page ends it with
    /// [`PagingError::CursorRepeated`]; a reaction repeated unchanged is
    /// skipped, one that changed comes again. See the
    /// [module docs](crate::paging).
    fn reactions(
        &self,
        group_id: &str,
        reference_id: &str,
        source_group_id: &str,
        reaction_type: types::ReactionType,
        cursor: Option<i64>,
    ) -> BoxStream<'static, Result<types::ReactionDetail, Error>>;

    /// As [`reactions`](Self::reactions), within `limits`.
    fn reactions_with(
        &self,
        group_id: &str,
        reference_id: &str,
        source_group_id: &str,
        reaction_type: types::ReactionType,
        cursor: Option<i64>,
        limits: PageLimits,
    ) -> BoxStream<'static, Result<types::ReactionDetail, Error>>;
}

impl PagingExt for kaizala_api::Client {
    fn subscribers(&self, group_id: &str) -> BoxStream<'static, Result<types::Subscriber, Error>> {
        self.subscribers_with(group_id, MAX_SUBSCRIBER_PAGE, PageLimits::default())
    }

    fn subscribers_paged(
        &self,
        group_id: &str,
        page_size: u32,
    ) -> BoxStream<'static, Result<types::Subscriber, Error>> {
        self.subscribers_with(group_id, page_size, PageLimits::default())
    }

    fn subscribers_with(
        &self,
        group_id: &str,
        page_size: u32,
        limits: PageLimits,
    ) -> BoxStream<'static, Result<types::Subscriber, Error>> {
        // Every call of a paging stream is paced by the client's budgets.
        let client = self.paced();
        let group_id = group_id.to_owned();
        let count =
            std::num::NonZeroU32::new(page_size.clamp(MIN_SUBSCRIBER_PAGE, MAX_SUBSCRIBER_PAGE));
        let first = SubscriberWalk {
            guard: Guard::new("listSubscribers", limits),
            cursor: None,
            sent: HashSet::new(),
        };
        pages(first, move |mut walk: SubscriberWalk| {
            let client = client.clone();
            let group_id = group_id.clone();
            async move {
                walk.guard.call();
                let sent = client
                    .list_subscribers()
                    .group_id(group_id.as_str())
                    .body(types::SubscriberPageRequest {
                        cursor: walk.cursor.clone(),
                        count,
                    })
                    .send()
                    .await;
                let page = match sent {
                    Ok(page) => page.into_inner(),
                    Err(e) => return Step::failed(e),
                };
                if let Some(c) = walk.cursor.take() {
                    walk.sent.insert(c);
                }
                let fresh = walk
                    .guard
                    .fresh(page.subscribers, |s| fingerprint(&format!("id:{}", s.id)));
                let Some(next) = page.cursor.filter(|c| !c.is_empty()) else {
                    return Step::new(fresh, Then::End);
                };
                if walk.sent.contains(&next) {
                    let error = walk.guard.repeated();
                    return Step::new(fresh, Then::Fail(error));
                }
                walk.cursor = Some(next);
                match walk.guard.go_on(fresh.len()) {
                    Ok(()) => Step::new(fresh, Then::More(walk)),
                    Err(error) => Step::new(fresh, Then::Fail(error)),
                }
            }
        })
    }

    fn actions(
        &self,
        group_id: &str,
        action_type: &str,
        query: ActionsQuery,
    ) -> BoxStream<'static, Result<types::ActionSummary, Error>> {
        // Every call of a paging stream is paced by the client's budgets.
        let client = self.paced();
        let group_id = group_id.to_owned();
        let action_type = action_type.to_owned();
        let first = ActionWalk {
            guard: Guard::new("listActions", query.limits),
            from_date: query.from_date,
            count: query.count,
            base_count: query.count,
        };
        pages(first, move |mut walk: ActionWalk| {
            let client = client.clone();
            let group_id = group_id.clone();
            let action_type = action_type.clone();
            async move {
                walk.guard.call();
                let mut call = client
                    .list_actions()
                    .group_id(group_id.as_str())
                    .action_type(action_type.as_str());
                if let Some(from) = walk.from_date {
                    call = call.from_date(from);
                }
                if let Some(count) = walk.count {
                    call = call.count(count.max(1));
                }
                match call.send().await {
                    Ok(page) => walk.page(page.into_inner()),
                    Err(e) => Step::failed(e),
                }
            }
        })
    }

    fn group_reaction_summaries(
        &self,
        group_id: &str,
        source_group_id: &str,
        cursor: Option<i64>,
    ) -> BoxStream<'static, Result<types::ReactionSummary, Error>> {
        self.group_reaction_summaries_with(group_id, source_group_id, cursor, PageLimits::default())
    }

    fn group_reaction_summaries_with(
        &self,
        group_id: &str,
        source_group_id: &str,
        cursor: Option<i64>,
        limits: PageLimits,
    ) -> BoxStream<'static, Result<types::ReactionSummary, Error>> {
        // Every call of a paging stream is paced by the client's budgets.
        let client = self.paced();
        let group_id = group_id.to_owned();
        let source = source_group_id.to_owned();
        let first = TickWalk {
            guard: Guard::new("getGroupReactionSummary", limits),
            cursor,
        };
        pages(first, move |mut walk: TickWalk| {
            let client = client.clone();
            let group_id = group_id.clone();
            let source = source.clone();
            async move {
                walk.guard.call();
                let mut call = client
                    .get_group_reaction_summary()
                    .group_id(group_id.as_str())
                    .source_group_id(source.as_str());
                if let Some(c) = walk.cursor {
                    call = call.cursor(types::Ticks(c));
                }
                match call.send().await {
                    Ok(page) => {
                        let page = page.into_inner();
                        walk.page(page.summary, page.cursor)
                    }
                    Err(e) => Step::failed(e),
                }
            }
        })
    }

    fn reactions(
        &self,
        group_id: &str,
        reference_id: &str,
        source_group_id: &str,
        reaction_type: types::ReactionType,
        cursor: Option<i64>,
    ) -> BoxStream<'static, Result<types::ReactionDetail, Error>> {
        self.reactions_with(
            group_id,
            reference_id,
            source_group_id,
            reaction_type,
            cursor,
            PageLimits::default(),
        )
    }

    fn reactions_with(
        &self,
        group_id: &str,
        reference_id: &str,
        source_group_id: &str,
        reaction_type: types::ReactionType,
        cursor: Option<i64>,
        limits: PageLimits,
    ) -> BoxStream<'static, Result<types::ReactionDetail, Error>> {
        // Every call of a paging stream is paced by the client's budgets.
        let client = self.paced();
        let group_id = group_id.to_owned();
        let reference = reference_id.to_owned();
        let source = source_group_id.to_owned();
        let first = TickWalk {
            guard: Guard::new("listReactions", limits),
            cursor,
        };
        pages(first, move |mut walk: TickWalk| {
            let client = client.clone();
            let group_id = group_id.clone();
            let reference = reference.clone();
            let source = source.clone();
            async move {
                walk.guard.call();
                let mut call = client
                    .list_reactions()
                    .group_id(group_id.as_str())
                    .reference_id(reference.as_str())
                    .source_group_id(source.as_str())
                    .reaction_type(reaction_type);
                if let Some(c) = walk.cursor {
                    call = call.cursor(types::Ticks(c));
                }
                match call.send().await {
                    Ok(page) => {
                        let page = page.into_inner();
                        walk.page(page.reaction_details, page.cursor)
                    }
                    Err(e) => Step::failed(e),
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_spans_prefer_milliseconds() {
        let action = serde_json::json!({
            "actionType": "SomethingNew", "referenceId": "r1",
            "creationTime": 1_700_000_000, "sentAt": "2023-11-14T22:13:20.123Z"
        });
        assert_eq!(
            action_span(&action),
            Some((1_700_000_000_123, 1_700_000_000_123))
        );
        assert_eq!(action_key(&action), "ref:r1");
        let seconds_only = serde_json::json!({
            "actionType": "SomethingNew", "creationTime": 1_700_000_000
        });
        assert_eq!(
            action_span(&seconds_only),
            Some((1_700_000_000_000, 1_700_000_000_999))
        );
        assert_eq!(action_span(&serde_json::json!({})), None);
    }

    #[test]
    fn the_guard_stops_idle_and_endless_walks() {
        let mut guard = Guard::new("op", PageLimits::new().max_pages(5));
        guard.call();
        assert!(guard.go_on(2).is_ok());
        for _ in 0..2 {
            guard.call();
            assert!(guard.go_on(0).is_ok());
        }
        guard.call();
        let error = guard.go_on(0).expect_err("three idle pages");
        assert!(matches!(
            error,
            Error::Paging(PagingError::NoProgress {
                calls: 4,
                idle_pages: 3,
                ..
            })
        ));
        let mut guard = Guard::new("op", PageLimits::new().max_pages(2));
        guard.call();
        assert!(guard.go_on(1).is_ok());
        guard.call();
        assert!(matches!(
            guard.go_on(1),
            Err(Error::Paging(PagingError::PageLimit { calls: 2, .. }))
        ));
    }

    #[test]
    fn equal_contents_have_one_fingerprint_whatever_their_map_order() {
        let summary = |keys: &mut dyn Iterator<Item = u32>| types::ReactionSummary {
            reactions_count_map: keys.map(|k| (format!("kind{k}"), i64::from(k))).collect(),
            reference_id: "r".into(),
        };
        let a = summary(&mut (0..32));
        let b = summary(&mut (0..32).rev());
        assert_eq!(content_fingerprint(&a), content_fingerprint(&b));
        let c = summary(&mut (1..33));
        assert_ne!(content_fingerprint(&a), content_fingerprint(&c));
        let mut text = String::new();
        canonical(
            &serde_json::json!({"b": [1, {"d": "x", "c": null}], "a": true}),
            &mut text,
        );
        assert_eq!(text, r#"{"a":true,"b":[1,{"c":null,"d":"x"}]}"#);
    }

    #[test]
    fn repeats_are_yielded_once() {
        let mut guard = Guard::new("op", PageLimits::default());
        let key = |s: &&str| fingerprint(s);
        assert_eq!(guard.fresh(vec!["a", "b", "a"], key), ["a", "b"]);
        assert_eq!(guard.fresh(vec!["b", "c"], key), ["c"]);
        assert_ne!(fingerprint("a"), fingerprint("b"));
    }
}
