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
//! | [`KaizalaClient::subscribers`] | `listSubscribers` | the returned `cursor` | no `cursor` in the page |
//! | [`KaizalaClient::actions`] | `listActions` | `fromDate` from the oldest item (below) | `hasMore` false, an empty page, or no progress |
//! | [`KaizalaClient::group_reaction_summaries`] | `getGroupReactionSummary` | the returned tick `cursor` | an empty page, or a cursor that does not advance |
//! | [`KaizalaClient::reactions`] | `listReactions` | the returned tick `cursor` | an empty page, or a cursor that does not advance |
//!
//! ## How the Action stream advances `fromDate`
//!
//! `listActions` lists newest first, created strictly before `fromDate`
//! (epoch ms). Several Actions can share a millisecond (or a second, when
//! the service sends only `creationTime` in seconds), and a page can end in
//! the middle of them. So the next page asks from just *after* the oldest
//! item's time (`sentAt` in ms + 1, or the end of its `creationTime`
//! second), and items already yielded (by `referenceId`) are skipped. Should
//! a page bring nothing new (more Actions in one instant than `count`), the
//! stream moves strictly before that instant, and ends if even that brings
//! nothing new. An item with neither time ends the stream after its page.
//!
//! ```no_run
//! # async fn demo(client: kaizala_ext::KaizalaClient) -> Result<(), kaizala_ext::Error> {
//! use futures::TryStreamExt;
//!
//! let subscribers: Vec<_> = client.subscribers("public-group-id").try_collect().await?;
//! println!("{} subscribers", subscribers.len());
//! # Ok(()) }
//! ```

use std::collections::HashSet;
use std::future::Future;

use futures::StreamExt;
use futures::stream::BoxStream;
use kaizala_api::types;

use crate::{Error, KaizalaClient};

/// The largest page `listSubscribers` serves.
pub const MAX_SUBSCRIBER_PAGE: u32 = 50;

/// What one fetch brought.
enum Step<S, T> {
    /// Items, and the state for the next page (`None`: this was the last).
    Page(Vec<T>, Option<S>),
    /// The call failed: yielded, then the stream ends.
    Failed(Error),
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
            let step = crate::throttle::paced(next?).await;
            Some(match step {
                Step::Page(items, next) => (items.into_iter().map(Ok).collect::<Vec<_>>(), next),
                Step::Failed(error) => (vec![Err(error)], None),
            })
        }
    })
    .flat_map(futures::stream::iter)
    .boxed()
}

/// Where the Action stream stands.
#[derive(Debug, Clone, Default)]
struct ActionCursor {
    from_date: Option<i64>,
    /// `referenceId`s (or bodies) already yielded at the boundary instant.
    seen: HashSet<String>,
    /// The oldest instant seen so far (ms).
    boundary: Option<i64>,
    /// Whether the last call already stepped strictly before the boundary.
    strict_tried: bool,
}

/// An Action's time in ms (the end of its second when only `creationTime`
/// is known), and a key that identifies it.
fn action_time_and_key(action: &types::ActionSummary) -> (Option<i64>, String) {
    let value = serde_json::to_value(action).unwrap_or_default();
    let sent_at = value
        .get("sentAt")
        .and_then(|v| v.as_str())
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .map(|t| t.timestamp_millis());
    let created = value
        .get("creationTime")
        .and_then(serde_json::Value::as_i64)
        .map(|secs| secs.saturating_mul(1000).saturating_add(999));
    let key = match value.get("referenceId").and_then(|v| v.as_str()) {
        Some(id) => format!("ref:{id}"),
        None => format!("body:{value}"),
    };
    (sent_at.or(created), key)
}

/// Options of [`KaizalaClient::actions`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ActionsQuery {
    /// List Actions created before this time (epoch ms); `None`: from now.
    pub from_date: Option<i64>,
    /// Actions per page (`None`: the service's default, 30).
    pub count: Option<u32>,
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
}

impl KaizalaClient {
    /// Every subscriber of a public group, in pages of
    /// [`MAX_SUBSCRIBER_PAGE`].
    pub fn subscribers(
        &self,
        group_id: &str,
    ) -> BoxStream<'static, Result<types::Subscriber, Error>> {
        self.subscribers_paged(group_id, MAX_SUBSCRIBER_PAGE)
    }

    /// Every subscriber of a public group, `page_size` per call (clamped to
    /// 1..=[`MAX_SUBSCRIBER_PAGE`]).
    pub fn subscribers_paged(
        &self,
        group_id: &str,
        page_size: u32,
    ) -> BoxStream<'static, Result<types::Subscriber, Error>> {
        let client = self.clone();
        let group_id = group_id.to_owned();
        let count = std::num::NonZeroU32::new(page_size.clamp(1, MAX_SUBSCRIBER_PAGE));
        pages(None::<String>, move |cursor| {
            let client = client.clone();
            let group_id = group_id.clone();
            async move {
                let sent = client
                    .api()
                    .list_subscribers()
                    .group_id(group_id.as_str())
                    .body(types::SubscriberPageRequest {
                        cursor: cursor.clone(),
                        count,
                    })
                    .send()
                    .await;
                match sent {
                    Ok(page) => {
                        let page = page.into_inner();
                        // A cursor that does not move would loop forever.
                        let next = page
                            .cursor
                            .filter(|c| !c.is_empty() && Some(c) != cursor.as_ref());
                        let last = next.is_none();
                        Step::Page(page.subscribers, if last { None } else { Some(next) })
                    }
                    Err(e) => Step::Failed(Error::from_api(e).await),
                }
            }
        })
    }

    /// The Actions of one type sent to a group, newest first, page by page
    /// (see the [module docs](crate::paging) for how `fromDate` advances).
    pub fn actions(
        &self,
        group_id: &str,
        action_type: &str,
        query: ActionsQuery,
    ) -> BoxStream<'static, Result<types::ActionSummary, Error>> {
        let client = self.clone();
        let group_id = group_id.to_owned();
        let action_type = action_type.to_owned();
        let first = ActionCursor {
            from_date: query.from_date,
            ..ActionCursor::default()
        };
        pages(first, move |mut cursor: ActionCursor| {
            let client = client.clone();
            let group_id = group_id.clone();
            let action_type = action_type.clone();
            async move {
                let mut call = client
                    .api()
                    .list_actions()
                    .group_id(group_id.as_str())
                    .action_type(action_type.as_str());
                if let Some(from) = cursor.from_date {
                    call = call.from_date(from);
                }
                if let Some(count) = query.count {
                    call = call.count(count.max(1));
                }
                let page = match call.send().await {
                    Ok(page) => page.into_inner(),
                    Err(e) => return Step::Failed(Error::from_api(e).await),
                };
                if page.actions.is_empty() {
                    return Step::Page(Vec::new(), None);
                }
                let mut fresh = Vec::new();
                let mut oldest: Option<i64> = None;
                let mut untimed = false;
                let mut keys = Vec::new();
                for action in page.actions {
                    let (time, key) = action_time_and_key(&action);
                    match time {
                        Some(t) => oldest = Some(oldest.map_or(t, |o| o.min(t))),
                        None => untimed = true,
                    }
                    if cursor.seen.contains(&key) {
                        continue;
                    }
                    keys.push((time, key));
                    fresh.push(action);
                }
                let has_more = page.has_more.unwrap_or(false);
                let Some(oldest) = oldest else {
                    return Step::Page(fresh, None);
                };
                if cursor.boundary.is_some_and(|b| oldest > b) {
                    // The service did not honour fromDate: stop rather than loop.
                    return Step::Page(fresh, None);
                }
                if fresh.is_empty() {
                    // Nothing new just after the boundary: step strictly before it, once.
                    if cursor.strict_tried || !has_more {
                        return Step::Page(fresh, None);
                    }
                    cursor.from_date = Some(oldest);
                    cursor.strict_tried = true;
                    return Step::Page(fresh, Some(cursor));
                }
                // Remember what sits at the boundary instant; the next page starts just after it.
                let at_boundary = keys
                    .into_iter()
                    .filter(|(t, _)| *t == Some(oldest))
                    .map(|(_, k)| k);
                if cursor.boundary != Some(oldest) {
                    cursor.seen.clear();
                }
                cursor.seen.extend(at_boundary);
                cursor.boundary = Some(oldest);
                cursor.strict_tried = false;
                cursor.from_date = Some(oldest.saturating_add(1));
                if !has_more || untimed {
                    return Step::Page(fresh, None);
                }
                Step::Page(fresh, Some(cursor))
            }
        })
    }

    /// Reaction counts of every item in a group whose reactions changed
    /// after the tick `cursor` (`None`: from the start), page by page.
    pub fn group_reaction_summaries(
        &self,
        group_id: &str,
        source_group_id: &str,
        cursor: Option<i64>,
    ) -> BoxStream<'static, Result<types::ReactionSummary, Error>> {
        let client = self.clone();
        let group_id = group_id.to_owned();
        let source = source_group_id.to_owned();
        pages(cursor, move |cursor| {
            let client = client.clone();
            let group_id = group_id.clone();
            let source = source.clone();
            async move {
                let mut call = client
                    .api()
                    .get_group_reaction_summary()
                    .group_id(group_id.as_str())
                    .source_group_id(source.as_str());
                if let Some(c) = cursor {
                    call = call.cursor(types::Ticks(c));
                }
                match call.send().await {
                    Ok(page) => {
                        let page = page.into_inner();
                        let next = tick_next(cursor, page.cursor, page.summary.is_empty());
                        Step::Page(page.summary, next)
                    }
                    Err(e) => Step::Failed(Error::from_api(e).await),
                }
            }
        })
    }

    /// The individual reactions (likes or comments) on one Action after the
    /// tick `cursor` (`None`: from the start), page by page.
    pub fn reactions(
        &self,
        group_id: &str,
        reference_id: &str,
        source_group_id: &str,
        reaction_type: types::ReactionType,
        cursor: Option<i64>,
    ) -> BoxStream<'static, Result<types::ReactionDetail, Error>> {
        let client = self.clone();
        let group_id = group_id.to_owned();
        let reference = reference_id.to_owned();
        let source = source_group_id.to_owned();
        pages(cursor, move |cursor| {
            let client = client.clone();
            let group_id = group_id.clone();
            let reference = reference.clone();
            let source = source.clone();
            async move {
                let mut call = client
                    .api()
                    .list_reactions()
                    .group_id(group_id.as_str())
                    .reference_id(reference.as_str())
                    .source_group_id(source.as_str())
                    .reaction_type(reaction_type);
                if let Some(c) = cursor {
                    call = call.cursor(types::Ticks(c));
                }
                match call.send().await {
                    Ok(page) => {
                        let page = page.into_inner();
                        let next = tick_next(cursor, page.cursor, page.reaction_details.is_empty());
                        Step::Page(page.reaction_details, next)
                    }
                    Err(e) => Step::Failed(Error::from_api(e).await),
                }
            }
        })
    }
}

/// The next tick cursor, or `None` (end) after an empty page or when the
/// cursor did not advance.
fn tick_next(
    sent: Option<i64>,
    returned: Option<types::Ticks>,
    empty: bool,
) -> Option<Option<i64>> {
    if empty {
        return None;
    }
    let returned = returned?.0;
    if sent.is_some_and(|s| returned <= s) {
        return None;
    }
    Some(Some(returned))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_cursors_end_on_empty_or_stuck_pages() {
        assert_eq!(tick_next(None, Some(types::Ticks(5)), false), Some(Some(5)));
        assert_eq!(tick_next(Some(5), Some(types::Ticks(5)), false), None);
        assert_eq!(tick_next(Some(5), Some(types::Ticks(4)), false), None);
        assert_eq!(tick_next(Some(5), Some(types::Ticks(9)), true), None);
        assert_eq!(tick_next(Some(5), None, false), None);
    }

    #[test]
    fn action_times_prefer_milliseconds() {
        let action: types::ActionSummary = serde_json::from_value(serde_json::json!({
            "actionType": "SomethingNew", "referenceId": "r1",
            "creationTime": 1_700_000_000, "sentAt": "2023-11-14T22:13:20.123Z"
        }))
        .expect("summary");
        let (t, key) = action_time_and_key(&action);
        assert_eq!(t, Some(1_700_000_000_123));
        assert_eq!(key, "ref:r1");
        let seconds_only: types::ActionSummary = serde_json::from_value(serde_json::json!({
            "actionType": "SomethingNew", "creationTime": 1_700_000_000
        }))
        .expect("summary");
        assert_eq!(
            action_time_and_key(&seconds_only).0,
            Some(1_700_000_000_999)
        );
    }
}
