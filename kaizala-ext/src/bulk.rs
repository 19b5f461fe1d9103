//! Bulk helpers: add or remove thousands of members or subscribers, and send
//! a message or an Action to a long list of subscribers, in chunks the
//! service accepts, paced by the client's [`RateBudget`](crate::RateBudget)s.
//!
//! Every item given ends up in exactly one place of the [`BulkReport`]:
//! [`succeeded`](BulkReport::succeeded), or [`failed`](BulkReport::failed)
//! with a [`FailureReason`]. Malformed numbers and repeats are reported up
//! front and never sent; when a call fails, each item of its chunk is
//! reported with that call's error; when the service answers per number (the
//! subscriber operations), each number gets its own outcome.
//!
//! Nothing here replays a failed POST (sendMessage, sendAction, createGroup):
//! the service may have acted on it. PUT and DELETE calls are retried by the
//! client's [`RetryPolicy`](crate::RetryPolicy) as usual.
//!
//! ```no_run
//! # async fn demo(client: kaizala_ext::KaizalaClient, numbers: Vec<String>) -> Result<(), kaizala_ext::Error> {
//! use kaizala_ext::bulk::BulkOptions;
//! use kaizala_ext::prelude::*;
//!
//! let options = BulkOptions::new().on_progress(|p| eprintln!("{}/{}", p.done, p.total));
//! let report = client.add_members_bulk("group-id", &numbers, &options).await?;
//! for failure in &report.failed {
//!     eprintln!("{}: {}", failure.item, failure.reason);
//! }
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::sync::Arc;

use futures::StreamExt;
use kaizala_api::facts::limits;
use kaizala_api::types;

use crate::Error;

/// The most numbers `createGroup` and `addMembers` take in one call (the
/// spec's `maxItems` of their `members`).
pub const MAX_MEMBERS_PER_CALL: usize = {
    let create = limits::CREATE_GROUP_MEMBERS_MAX_ITEMS;
    let add = limits::ADD_MEMBERS_MEMBERS_MAX_ITEMS;
    if create < add { create } else { add }
};
/// Numbers per subscriber call, and per message or Action sent to selected
/// subscribers, unless [`BulkOptions::chunk_size`] says otherwise (the
/// service documents no limit for these; this matches the member calls).
pub const DEFAULT_SUBSCRIBER_CHUNK: usize = MAX_MEMBERS_PER_CALL;

type ProgressFn = dyn Fn(&BulkProgress) + Send + Sync;

/// How a bulk helper runs.
#[derive(Clone)]
pub struct BulkOptions {
    chunk_size: Option<usize>,
    concurrency: usize,
    progress: Option<Arc<ProgressFn>>,
}

impl fmt::Debug for BulkOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BulkOptions")
            .field("chunk_size", &self.chunk_size)
            .field("concurrency", &self.concurrency)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

impl Default for BulkOptions {
    fn default() -> Self {
        Self {
            chunk_size: None,
            concurrency: 4,
            progress: None,
        }
    }
}

impl BulkOptions {
    /// The defaults: chunks as large as the operation allows, 4 calls in
    /// flight (the rate budget still paces them), no progress callback.
    pub fn new() -> Self {
        Self::default()
    }

    /// Items per call (at least 1; member calls never take more than
    /// [`MAX_MEMBERS_PER_CALL`]).
    pub fn chunk_size(mut self, size: usize) -> Self {
        self.chunk_size = Some(size.max(1));
        self
    }

    /// Calls in flight at once (at least 1, default 4). The rate budget
    /// decides when each one is sent; more only helps when a call takes
    /// longer than the spacing between calls.
    pub fn concurrency(mut self, calls: usize) -> Self {
        self.concurrency = calls.max(1);
        self
    }

    /// Called after each call finishes (and once before the first, when
    /// some items were already settled up front).
    pub fn on_progress(mut self, progress: impl Fn(&BulkProgress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(progress));
        self
    }

    fn chunk(&self, default: usize, max: usize) -> usize {
        self.chunk_size.unwrap_or(default).clamp(1, max)
    }
}

/// Where a bulk operation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BulkProgress {
    /// Items settled so far (succeeded or failed).
    pub done: usize,
    /// Items given.
    pub total: usize,
    /// Items that succeeded so far.
    pub succeeded: usize,
    /// Items that failed so far (invalid and repeated ones included).
    pub failed: usize,
    /// Calls finished so far.
    pub calls: usize,
}

/// Why one item did not succeed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum FailureReason {
    /// Not a valid item (a malformed number, an empty id); it was not sent.
    Invalid {
        /// What is wrong with it.
        message: String,
    },
    /// The same item appeared earlier in the list; it was sent once, for
    /// the earlier occurrence, whose outcome is reported there.
    Duplicate {
        /// Position (from 0) of the earlier occurrence in the list given.
        first_index: usize,
    },
    /// The service answered for this item and said no.
    Rejected {
        /// The service's reason (e.g. `AlreadySubscribed`), when it gave one.
        reason: Option<String>,
        /// The service's message, when it gave one.
        message: Option<String>,
    },
    /// The service's answer did not mention this item, so its outcome is
    /// unknown.
    NotReported,
    /// The call that carried this item failed; the error is the call's.
    CallFailed(Error),
}

impl fmt::Display for FailureReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FailureReason::Invalid { message } => write!(f, "not sent: {message}"),
            FailureReason::Duplicate { first_index } => {
                write!(f, "not sent again: repeats item {first_index} of the list")
            }
            FailureReason::Rejected { reason, message } => {
                write!(f, "rejected by the service")?;
                match (reason, message) {
                    (Some(r), Some(m)) => write!(f, ": {r}: {m}"),
                    (Some(x), None) | (None, Some(x)) => write!(f, ": {x}"),
                    (None, None) => Ok(()),
                }
            }
            FailureReason::NotReported => {
                write!(
                    f,
                    "the service's answer did not mention it; outcome unknown"
                )
            }
            FailureReason::CallFailed(error) => write!(f, "the call failed: {error}"),
        }
    }
}

impl FailureReason {
    /// The error of the failed call, for [`FailureReason::CallFailed`].
    pub fn error(&self) -> Option<&Error> {
        match self {
            FailureReason::CallFailed(e) => Some(e),
            _ => None,
        }
    }
}

/// One item that did not succeed.
#[derive(Debug, Clone)]
pub struct BulkFailure {
    /// The item as given (a number or a member id).
    pub item: String,
    /// Its position (from 0) in the list given.
    pub index: usize,
    /// Why.
    pub reason: FailureReason,
}

/// What a bulk operation did: every item given is in exactly one of
/// `succeeded` and `failed`, each list in the order of the input.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct BulkReport {
    /// Items that succeeded, as given.
    pub succeeded: Vec<String>,
    /// Items that did not, with the reason.
    pub failed: Vec<BulkFailure>,
    /// Calls made.
    pub calls: usize,
    /// For sends: the `referenceId` of each message or Action sent, one per
    /// successful call.
    pub references: Vec<String>,
}

impl BulkReport {
    /// Items given in all.
    pub fn total(&self) -> usize {
        self.succeeded.len() + self.failed.len()
    }

    /// Whether every item succeeded.
    pub fn all_succeeded(&self) -> bool {
        self.failed.is_empty()
    }

    /// The failed items whose call failed with a retryable error (worth
    /// trying again later), as given.
    pub fn retryable(&self) -> Vec<String> {
        self.failed
            .iter()
            .filter(|f| f.reason.error().is_some_and(Error::is_retryable))
            .map(|f| f.item.clone())
            .collect()
    }
}

/// One item on its way: position, as given, as sent.
#[derive(Debug, Clone)]
struct Item<T> {
    index: usize,
    given: String,
    value: T,
}

/// What one call settled.
#[derive(Debug, Default)]
struct ChunkOutcome {
    succeeded: Vec<(usize, String)>,
    failed: Vec<BulkFailure>,
    reference: Option<String>,
}

impl ChunkOutcome {
    /// Every item of a chunk whose call failed, each with the call's error.
    async fn call_failed<T>(items: &[Item<T>], error: Error) -> Self {
        Self::all_failed(items, FailureReason::CallFailed(error))
    }

    fn all_failed<T>(items: &[Item<T>], reason: FailureReason) -> Self {
        Self {
            failed: items
                .iter()
                .map(|i| BulkFailure {
                    item: i.given.clone(),
                    index: i.index,
                    reason: reason.clone(),
                })
                .collect(),
            ..Self::default()
        }
    }

    fn all_succeeded<T>(items: &[Item<T>]) -> Self {
        Self {
            succeeded: items.iter().map(|i| (i.index, i.given.clone())).collect(),
            ..Self::default()
        }
    }
}

/// Splits the input into valid, first-seen items and up-front failures.
fn prepare<S, T, K>(
    items: impl IntoIterator<Item = S>,
    parse: impl Fn(&str) -> Result<T, String>,
    key: impl Fn(&T) -> K,
) -> (Vec<Item<T>>, Vec<BulkFailure>, usize)
where
    S: AsRef<str>,
    K: std::hash::Hash + Eq,
{
    let mut valid = Vec::new();
    let mut failed = Vec::new();
    let mut seen: HashMap<K, usize> = HashMap::new();
    let mut total = 0;
    for (index, given) in items.into_iter().enumerate() {
        total += 1;
        let given = given.as_ref().to_owned();
        match parse(given.trim()) {
            Err(message) => failed.push(BulkFailure {
                item: given,
                index,
                reason: FailureReason::Invalid { message },
            }),
            Ok(value) => match seen.entry(key(&value)) {
                std::collections::hash_map::Entry::Occupied(first) => failed.push(BulkFailure {
                    item: given,
                    index,
                    reason: FailureReason::Duplicate {
                        first_index: *first.get(),
                    },
                }),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(index);
                    valid.push(Item {
                        index,
                        given,
                        value,
                    });
                }
            },
        }
    }
    (valid, failed, total)
}

fn parse_phone(text: &str) -> Result<types::PhoneNumber, String> {
    text.parse::<types::PhoneNumber>().map_err(|_| {
        format!("{text:?} is not a mobile number in E.164 form (`+`, country code, number, e.g. +911099999999)")
    })
}

fn parse_id(text: &str) -> Result<String, String> {
    if text.is_empty() {
        Err("the member id is empty".to_owned())
    } else {
        Ok(text.to_owned())
    }
}

fn check_group(group_id: &str) -> Result<(), Error> {
    if group_id.trim().is_empty() {
        Err(Error::invalid_input("the group id is empty"))
    } else {
        Ok(())
    }
}

/// Runs `call` over the chunks, paced, `concurrency` at a time, and gathers
/// the report.
async fn run<T, F, Fut>(
    chunks: Vec<Vec<Item<T>>>,
    settled: ChunkOutcome,
    total: usize,
    options: &BulkOptions,
    call: F,
) -> BulkReport
where
    F: Fn(Vec<Item<T>>) -> Fut,
    Fut: Future<Output = ChunkOutcome>,
{
    let mut succeeded: Vec<(usize, String)> = settled.succeeded;
    let mut failed = settled.failed;
    let mut references: Vec<String> = settled.reference.into_iter().collect();
    let mut calls = references.len();
    let progress = |succeeded: usize, failed: usize, calls: usize| {
        if let Some(report) = &options.progress {
            report(&BulkProgress {
                done: succeeded + failed,
                total,
                succeeded,
                failed,
                calls,
            });
        }
    };
    if !failed.is_empty() || !succeeded.is_empty() {
        progress(succeeded.len(), failed.len(), calls);
    }
    let mut outcomes =
        futures::stream::iter(chunks.into_iter().map(&call)).buffer_unordered(options.concurrency);
    while let Some(outcome) = outcomes.next().await {
        calls += 1;
        succeeded.extend(outcome.succeeded);
        failed.extend(outcome.failed);
        references.extend(outcome.reference);
        progress(succeeded.len(), failed.len(), calls);
    }
    succeeded.sort_by_key(|(index, _)| *index);
    failed.sort_by_key(|f| f.index);
    BulkReport {
        succeeded: succeeded.into_iter().map(|(_, item)| item).collect(),
        failed,
        calls,
        references,
    }
}

fn upfront_only(failed: Vec<BulkFailure>) -> ChunkOutcome {
    ChunkOutcome {
        failed,
        ..ChunkOutcome::default()
    }
}

fn chunked<T>(items: Vec<Item<T>>, size: usize) -> Vec<Vec<Item<T>>> {
    let mut chunks = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        chunks.push(items.by_ref().take(size).collect());
    }
    chunks
}

fn phones<T: Clone>(items: &[Item<T>]) -> Vec<T> {
    items.iter().map(|i| i.value.clone()).collect()
}

/// Per-number outcomes of addSubscribers / removeSubscribers.
fn subscriber_outcomes(
    items: &[Item<types::PhoneNumber>],
    result: &HashMap<String, types::SubscriberOutcome>,
    adding: bool,
) -> ChunkOutcome {
    let mut out = ChunkOutcome::default();
    for item in items {
        let outcome = result.get(item.value.as_str()).or_else(|| {
            result
                .iter()
                .find(|(k, _)| k.trim() == item.value.as_str())
                .map(|(_, v)| v)
        });
        let Some(outcome) = outcome else {
            out.failed.push(BulkFailure {
                item: item.given.clone(),
                index: item.index,
                reason: FailureReason::NotReported,
            });
            continue;
        };
        let flag = if adding {
            &outcome.is_added
        } else {
            &outcome.is_removed
        };
        if flag.as_ref().is_some_and(|b| b.is_true()) {
            out.succeeded.push((item.index, item.given.clone()));
        } else {
            out.failed.push(BulkFailure {
                item: item.given.clone(),
                index: item.index,
                reason: FailureReason::Rejected {
                    reason: outcome.reason.clone(),
                    message: outcome.message.clone(),
                },
            });
        }
    }
    out
}

/// Puts `subscribers` into a sendAction body, whatever its kind.
fn with_subscribers(
    action: &types::SendActionRequest,
    subscribers: Vec<types::PhoneNumber>,
) -> Result<types::SendActionRequest, Error> {
    let mut value = serde_json::to_value(action)
        .map_err(|e| Error::invalid_input(format!("the Action cannot be encoded: {e}")))?;
    let Some(map) = value.as_object_mut() else {
        return Err(Error::invalid_input("the Action is not a JSON object"));
    };
    map.remove("sendToAllSubscribers");
    map.insert(
        "subscribers".to_owned(),
        serde_json::to_value(subscribers).unwrap_or_default(),
    );
    serde_json::from_value(value).map_err(|e| {
        Error::invalid_input(format!("the Action cannot carry a subscriber list: {e}"))
    })
}

/// The bulk helpers, on the one client type: add `use kaizala_ext::prelude::*;`.
///
/// Each works on any [`kaizala_api::Client`]; on one built by
/// [`KaizalaClientBuilder`](crate::KaizalaClientBuilder) the calls are paced by its rate budget.
#[allow(async_fn_in_trait)] // sealed, one impl: callers see its futures' Send
pub trait BulkExt: crate::sealed::Sealed {
    /// Adds members to a group, [`MAX_MEMBERS_PER_CALL`] per `addMembers`
    /// call, paced by the rate budget.
    ///
    /// `addMembers` answers for a whole call, so a call answering `false`
    /// reports each of its numbers as [`FailureReason::Rejected`]; a failed
    /// call reports each as [`FailureReason::CallFailed`]. `Err` only for a
    /// bad group id (nothing was sent).
    async fn add_members_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        numbers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error>;

    /// Creates a group with any number of members: the first
    /// [`MAX_MEMBERS_PER_CALL`] valid numbers go with `createGroup`, the
    /// rest through [`add_members_bulk`](Self::add_members_bulk).
    ///
    /// `Err` when `createGroup` failed (then nothing else was sent; it is
    /// a POST and is not replayed, so after a transport error the group may
    /// exist all the same: check with `listGroups` before trying again);
    /// otherwise the new group and what happened to each number.
    async fn create_group_bulk<S: AsRef<str>>(
        &self,
        name: &str,
        welcome_message: &str,
        group_type: types::GroupType,
        members: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<(types::CreateGroupResponse, BulkReport), Error>;

    /// Removes members by their id (as `listMembers` returns it), one
    /// `removeMember` call each, paced by the rate budget.
    async fn remove_members_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        member_ids: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error>;

    /// Subscribes numbers to a public group, in chunks
    /// ([`DEFAULT_SUBSCRIBER_CHUNK`] by default); each number gets the
    /// outcome the service reports for it.
    async fn add_subscribers_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        numbers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error>;

    /// Unsubscribes numbers from a public group, in chunks; each number gets
    /// the outcome the service reports for it.
    async fn remove_subscribers_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        numbers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error>;

    /// Sends one text message to a list of subscribers of a public group,
    /// one `sendMessage` per chunk of numbers. A failed call is not
    /// replayed (it is a POST); its numbers are reported with the error.
    /// `Err` for a bad group id or a message the service would refuse
    /// (nothing was sent).
    async fn send_message_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        message: &str,
        subscribers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error>;

    /// Sends one Action to a list of subscribers of a public group, one
    /// `sendAction` per chunk of numbers (the `subscribers` of `action` are
    /// replaced by each chunk). A failed call is not replayed.
    async fn send_action_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        action: impl Into<types::SendActionRequest>,
        subscribers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error>;
}

impl BulkExt for kaizala_api::Client {
    async fn add_members_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        numbers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error> {
        // Every call of a bulk helper is paced by the client's budgets.
        let client = &self.paced();
        check_group(group_id)?;
        let (valid, upfront, total) = prepare(numbers, parse_phone, |p| p.to_string());
        let size = options.chunk(MAX_MEMBERS_PER_CALL, MAX_MEMBERS_PER_CALL);
        Ok(run(
            chunked(valid, size),
            upfront_only(upfront),
            total,
            options,
            |chunk| add_member_chunk(client, group_id, chunk),
        )
        .await)
    }

    async fn create_group_bulk<S: AsRef<str>>(
        &self,
        name: &str,
        welcome_message: &str,
        group_type: types::GroupType,
        members: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<(types::CreateGroupResponse, BulkReport), Error> {
        // Every call of a bulk helper is paced by the client's budgets.
        let client = &self.paced();
        let (valid, upfront, total) = prepare(members, parse_phone, |p| p.to_string());
        let size = options.chunk(MAX_MEMBERS_PER_CALL, MAX_MEMBERS_PER_CALL);
        let mut chunks = chunked(valid, size).into_iter();
        let first = chunks.next().unwrap_or_default();
        let created = client
            .create_group()
            .body(types::CreateGroupRequest {
                name: name.to_owned(),
                welcome_message: welcome_message.to_owned(),
                members: phones(&first),
                group_type: Some(group_type),
            })
            .send()
            .await?
            .into_inner();
        let first_outcome = if created.members_added.as_ref().is_none_or(|b| b.is_true()) {
            ChunkOutcome::all_succeeded(&first)
        } else {
            ChunkOutcome::all_failed(
                &first,
                FailureReason::Rejected {
                    reason: None,
                    message: Some(
                        "createGroup answered membersAdded=false: not every number was added"
                            .to_owned(),
                    ),
                },
            )
        };
        let group_id = created.group_id.clone();
        let settled = ChunkOutcome {
            failed: upfront.into_iter().chain(first_outcome.failed).collect(),
            succeeded: first_outcome.succeeded,
            // The createGroup call, counted with the others.
            reference: Some(group_id.clone()),
        };
        let mut report = run(chunks.collect(), settled, total, options, |chunk| {
            add_member_chunk(client, &group_id, chunk)
        })
        .await;
        report.references.clear();
        Ok((created, report))
    }

    async fn remove_members_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        member_ids: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error> {
        // Every call of a bulk helper is paced by the client's budgets.
        let client = &self.paced();
        check_group(group_id)?;
        let (valid, upfront, total) = prepare(member_ids, parse_id, |id| id.to_ascii_lowercase());
        Ok(run(
            chunked(valid, 1),
            upfront_only(upfront),
            total,
            options,
            |chunk| async move {
                let Some(item) = chunk.first() else {
                    return ChunkOutcome::default();
                };
                let sent = client
                    .remove_member()
                    .group_id(group_id)
                    .member_id(item.value.as_str())
                    .send()
                    .await;
                match sent {
                    Ok(answer) if answer.result.is_true() => ChunkOutcome::all_succeeded(&chunk),
                    Ok(answer) => ChunkOutcome::all_failed(
                        &chunk,
                        FailureReason::Rejected {
                            reason: None,
                            message: Some(format!(
                                "removeMember answered result={}",
                                answer.result
                            )),
                        },
                    ),
                    Err(e) => ChunkOutcome::call_failed(&chunk, e).await,
                }
            },
        )
        .await)
    }

    async fn add_subscribers_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        numbers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error> {
        // Every call of a bulk helper is paced by the client's budgets.
        let client = &self.paced();
        subscribers_bulk(client, group_id, numbers, options, true).await
    }

    async fn remove_subscribers_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        numbers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error> {
        // Every call of a bulk helper is paced by the client's budgets.
        let client = &self.paced();
        subscribers_bulk(client, group_id, numbers, options, false).await
    }

    async fn send_message_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        message: &str,
        subscribers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error> {
        // Every call of a bulk helper is paced by the client's budgets.
        let client = &self.paced();
        check_group(group_id)?;
        let text: types::SendMessageRequestMessage = message
            .parse()
            .map_err(|e| Error::invalid_input(format!("the message: {e}")))?;
        let (valid, upfront, total) = prepare(subscribers, parse_phone, |p| p.to_string());
        let size = options.chunk(DEFAULT_SUBSCRIBER_CHUNK, usize::MAX);
        Ok(run(
            chunked(valid, size),
            upfront_only(upfront),
            total,
            options,
            |chunk| {
                let text = text.clone();
                async move {
                    let sent = client
                        .send_message()
                        .group_id(group_id)
                        .body(types::SendMessageRequest {
                            message: text,
                            subscribers: Some(phones(&chunk).into()),
                            send_to_all_subscribers: None,
                        })
                        .send()
                        .await;
                    match sent {
                        Ok(answer) => ChunkOutcome {
                            reference: Some(answer.into_inner().reference_id),
                            ..ChunkOutcome::all_succeeded(&chunk)
                        },
                        Err(e) => ChunkOutcome::call_failed(&chunk, e).await,
                    }
                }
            },
        )
        .await)
    }

    async fn send_action_bulk<S: AsRef<str>>(
        &self,
        group_id: &str,
        action: impl Into<types::SendActionRequest>,
        subscribers: impl IntoIterator<Item = S>,
        options: &BulkOptions,
    ) -> Result<BulkReport, Error> {
        // Every call of a bulk helper is paced by the client's budgets.
        let client = &self.paced();
        check_group(group_id)?;
        let action = action.into();
        // Fail before the network if this Action cannot carry a list.
        with_subscribers(&action, Vec::new())?;
        let (valid, upfront, total) = prepare(subscribers, parse_phone, |p| p.to_string());
        let size = options.chunk(DEFAULT_SUBSCRIBER_CHUNK, usize::MAX);
        let action = &action;
        Ok(run(
            chunked(valid, size),
            upfront_only(upfront),
            total,
            options,
            |chunk| async move {
                let body = match with_subscribers(action, phones(&chunk)) {
                    Ok(body) => body,
                    Err(e) => {
                        return ChunkOutcome::all_failed(&chunk, FailureReason::CallFailed(e));
                    }
                };
                let sent = client
                    .send_action()
                    .group_id(group_id)
                    .body(body)
                    .send()
                    .await;
                match sent {
                    Ok(answer) => ChunkOutcome {
                        reference: Some(answer.into_inner().reference_id),
                        ..ChunkOutcome::all_succeeded(&chunk)
                    },
                    Err(e) => ChunkOutcome::call_failed(&chunk, e).await,
                }
            },
        )
        .await)
    }
}

async fn add_member_chunk(
    client: &kaizala_api::Client,
    group_id: &str,
    chunk: Vec<Item<types::PhoneNumber>>,
) -> ChunkOutcome {
    let sent = client
        .add_members()
        .group_id(group_id)
        .body(types::AddMembersRequest {
            members: phones(&chunk),
        })
        .send()
        .await;
    match sent {
        Ok(answer) if answer.result.is_true() => ChunkOutcome::all_succeeded(&chunk),
        Ok(answer) => ChunkOutcome::all_failed(
            &chunk,
            FailureReason::Rejected {
                reason: None,
                message: Some(format!(
                    "addMembers answered result={} for this call: not every number was added",
                    answer.result
                )),
            },
        ),
        Err(e) => ChunkOutcome::call_failed(&chunk, e).await,
    }
}

async fn subscribers_bulk<S: AsRef<str>>(
    client: &kaizala_api::Client,
    group_id: &str,
    numbers: impl IntoIterator<Item = S>,
    options: &BulkOptions,
    adding: bool,
) -> Result<BulkReport, Error> {
    check_group(group_id)?;
    let (valid, upfront, total) = prepare(numbers, parse_phone, |p| p.to_string());
    let size = options.chunk(DEFAULT_SUBSCRIBER_CHUNK, usize::MAX);
    Ok(run(
        chunked(valid, size),
        upfront_only(upfront),
        total,
        options,
        |chunk| async move {
            let body = types::SubscribersRequest {
                subscribers: phones(&chunk),
            };
            let sent = if adding {
                client
                    .add_subscribers()
                    .group_id(group_id)
                    .body(body)
                    .send()
                    .await
            } else {
                client
                    .remove_subscribers()
                    .group_id(group_id)
                    .body(body)
                    .send()
                    .await
            };
            match sent {
                Ok(answer) => subscriber_outcomes(&chunk, &answer.into_inner().result, adding),
                Err(e) => ChunkOutcome::call_failed(&chunk, e).await,
            }
        },
    )
    .await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_reports_invalid_and_repeated_items_up_front() {
        let input = [
            "+911099999999",
            "not a number",
            " +911099999999",
            "+14155550100",
            "",
        ];
        let (valid, failed, total) = prepare(input, parse_phone, |p| p.to_string());
        assert_eq!(total, 5);
        assert_eq!(valid.len(), 2);
        assert_eq!(failed.len(), 3);
        assert!(matches!(failed[0].reason, FailureReason::Invalid { .. }));
        assert_eq!(failed[0].index, 1);
        assert!(matches!(
            failed[1].reason,
            FailureReason::Duplicate { first_index: 0 }
        ));
        assert!(matches!(failed[2].reason, FailureReason::Invalid { .. }));
    }

    #[test]
    fn chunks_are_bounded() {
        let items: Vec<Item<()>> = (0..250)
            .map(|index| Item {
                index,
                given: index.to_string(),
                value: (),
            })
            .collect();
        let sizes: Vec<usize> = chunked(items, 100).iter().map(Vec::len).collect();
        assert_eq!(sizes, [100, 100, 50]);
        assert_eq!(BulkOptions::new().chunk_size(500).chunk(100, 100), 100);
        assert_eq!(BulkOptions::new().chunk_size(0).chunk(100, 100), 1);
    }

    #[test]
    fn an_action_gets_the_chunk_as_its_subscribers() {
        let action = types::ActionRequest::Announcement {
            action_body: serde_json::from_value(
                serde_json::json!({"title": "Hi", "message": "Hello"}),
            )
            .expect("announcement body"),
            send_to_all_subscribers: Some(true),
            subscribers: None,
        };
        let body = with_subscribers(
            &action.into(),
            vec!["+911099999999".parse().expect("number")],
        )
        .expect("body");
        let value = serde_json::to_value(body).expect("json");
        assert_eq!(value["subscribers"], serde_json::json!(["+911099999999"]));
        assert!(value.get("sendToAllSubscribers").is_none());
    }
}
