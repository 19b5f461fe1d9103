//! A Kaizala connector client that keeps itself authorised.
//!
//! `kaizala-ext` plugs its token lifecycle (refresh, rotation, a shared store
//! for replicas) into the runtime of the generated [`kaizala_api::Client`] as
//! its identity component, and adds its helpers to that one client type as
//! extension traits (as oxide.rs does): [`KaizalaClient`] *is*
//! `kaizala_api::Client`, so every generated operation is a method on it, and
//! `use kaizala_ext::prelude::*;` brings the builder and the helpers. The
//! request machinery (trust boundary, retries, body bound, pacing, errors) is
//! `kaizala_api::runtime`, the same for every client. On a client it builds,
//! each call
//!
//! - carries a valid access token, fetched lazily, cached, refreshed a few
//!   minutes before it expires by a single request in the background (no
//!   call waits while the token is valid; without one a call waits at most
//!   `token_wait`), and never sent once expired;
//! - saves a rotated refresh token through a [`TokenStore`] ([`FileStore`]
//!   writes atomically); a failed save keeps it in memory, retries it in the
//!   background and shows in [`KaizalaClientExt::token_status`];
//! - goes to the tenant `endpointUrl`, follows 308 endpoint moves and keeps
//!   using the new endpoint, both only inside an [`EndpointPolicy`];
//! - answers a 401 with a refresh and a replay (at most three per call, the
//!   token service called at most six times a minute), waits out 429s
//!   (`Retry-After`), and retries 502/503/504 and connection failures with
//!   capped, jittered backoff for idempotent methods only ([`RetryPolicy`]);
//! - runs inside a `tracing` span (`kaizala.operation`: operation id, method,
//!   path, status, attempt, elapsed) that never records a secret.
//!
//! Every generated operation and every helper of this crate returns the one
//! [`Error`] (`kaizala_api::Error`, re-exported): its `Display` is one
//! sentence, cause first, however the caller handles it. Media upload streams from a path, bytes or an
//! `AsyncRead` ([`Media`]).
//!
//! Work at scale stays inside the service's limits (100 calls per minute
//! per connector, 300 per tenant): a [`RateBudget`] paces the bulk helpers
//! ([`bulk`]: members, subscribers, sends to long subscriber lists, with a
//! per-number [`bulk::BulkReport`]) and the paging streams ([`paging`]:
//! subscribers, Actions, reaction summaries and details), or every call with
//! [`KaizalaClientBuilder::throttle_all_calls`]; a 429 that still comes back
//! pauses the budget until its `Retry-After` elapses.
//!
//! See `examples/business_system.rs` for the setup of a long-running
//! connector.

#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod builder;
pub mod bulk;
mod client;
pub mod media;
pub mod oauth;
pub mod paging;
mod pin;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub mod redis;
mod sealed;
pub mod store;
mod token;
mod token_service;
#[cfg(feature = "webhook")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook")))]
pub mod webhook;

pub use builder::{AUTH_ROOT_ENV, KaizalaClientBuilder};
pub use bulk::BulkExt;
pub use client::{KaizalaClient, KaizalaClientExt};
/// The generated bindings, re-exported (request and response types live in `kaizala_api::types`).
pub use kaizala_api;
pub use kaizala_api::endpoint::EndpointPolicy;
pub use kaizala_api::runtime::{
    DEFAULT_MAX_RESPONSE_BODY, HttpClient, RateBudget, RateLimit, RetryPolicy, SharedBudget, Slot,
    SlotRequest, TokenStatus,
};
pub use kaizala_api::{Error, StoreOperation};
pub use media::{Media, MediaAction, MediaExt, MediaKind};
pub use paging::PagingExt;
pub use pin::{PinGrant, PinLogin};
pub use secrecy::SecretString;
pub use store::{
    FileStore, InMemoryStore, RotationSaved, SharedAccessToken, TokenLease, TokenStore,
};
pub use token::{Credentials, MAX_TOKEN_CALLS_PER_MINUTE, MAX_TOKEN_CALLS_PER_MINUTE_IN_ALL};

/// The client type and its extension traits: `use kaizala_ext::prelude::*;`
/// makes `KaizalaClient::builder()` and every helper method available on a
/// [`kaizala_api::Client`].
pub mod prelude {
    pub use crate::Error;
    pub use crate::bulk::BulkExt;
    pub use crate::client::{KaizalaClient, KaizalaClientExt};
    pub use crate::media::MediaExt;
    pub use crate::paging::PagingExt;
}
