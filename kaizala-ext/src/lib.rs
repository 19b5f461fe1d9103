//! A Kaizala connector client that keeps itself authorised.
//!
//! `kaizala-ext` plugs a layer into the generated [`kaizala_api::Client`],
//! and adds its helpers to that one client type as extension traits (as
//! oxide.rs does): [`KaizalaClient`] *is* `kaizala_api::Client`, so every
//! generated operation is a method on it, and `use kaizala_ext::prelude::*;`
//! brings the builder and the helpers. On a client it builds, each call
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
//! - answers a 401 with one refresh and one replay, waits out 429s
//!   (`Retry-After`), and retries 502/503/504 and connection failures with
//!   capped, jittered backoff for idempotent methods only ([`RetryPolicy`]);
//! - runs inside a `tracing` span (`kaizala.operation`: operation id, method,
//!   path, status, attempt, elapsed) that never records a secret.
//!
//! Errors of the generated client convert into one [`Error`] with `?`; the
//! helpers of this crate ([`MediaExt::upload_media`], [`PinLogin`])
//! return it directly. Media upload streams from a path, bytes or an
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
pub mod endpoint;
mod error;
mod layers;
mod limits;
pub mod media;
pub mod oauth;
pub mod paging;
mod pin;
mod pipeline;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub mod redis;
mod retry;
mod sealed;
pub mod store;
pub mod throttle;
mod token;
mod token_service;
#[cfg(feature = "webhook")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook")))]
pub mod webhook;

pub use builder::{AUTH_ROOT_ENV, KaizalaClientBuilder};
pub use bulk::BulkExt;
pub use client::{KaizalaClient, KaizalaClientExt};
pub use endpoint::EndpointPolicy;
pub use error::{Error, StoreOperation};
/// The generated bindings, re-exported (request and response types live in `kaizala_api::types`).
pub use kaizala_api;
pub use limits::DEFAULT_MAX_RESPONSE_BODY;
pub use media::{Media, MediaAction, MediaExt, MediaKind};
pub use paging::PagingExt;
pub use pin::{PinGrant, PinLogin};
pub use retry::RetryPolicy;
pub use secrecy::SecretString;
pub use store::{FileStore, InMemoryStore, RotationSaved, SharedAccessToken, TokenStore};
pub use throttle::{RateBudget, RateLimit, SharedBudget};
pub use token::{Credentials, MAX_TOKEN_CALLS_PER_MINUTE, TokenStatus};

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
