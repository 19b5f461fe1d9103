//! Kaizala webhooks, the push side (feature `webhook`).
//!
//! - [`KaizalaEvent`]: a delivery decoded by `eventType` into the generated
//!   `*EventData` types, with survey answers decoded per question type
//!   ([`SurveyAnswer`]). Unknown types and undecodable data are kept, never
//!   an error.
//! - [`WebhookReceiver`]: an axum service for the callback URL — the
//!   validation handshake, the `kz-callback-token` check, a body limit,
//!   duplicate suppression that counts an event as handled only once its
//!   handler succeeded ([`EventDeduper`], [`InMemoryDeduper`]) and status
//!   codes that make Kaizala redeliver what the handler did not take.
//! - [`WebhookSubscription`]: subscribe a webhook and re-enable it when the
//!   service has disabled it after failed deliveries.
//!
//! See `examples/webhook_receiver.rs` for a receiver to copy.
//!
//! # Order of things
//!
//! Start serving the receiver *before* calling
//! [`WebhookSubscription::create`]: Kaizala validates the callback URL during
//! the call and gives it five seconds to answer.

pub mod dedupe;
pub mod event;
pub mod keepalive;
pub mod receiver;

pub use dedupe::{Claim, DedupeError, EventDeduper, InMemoryDeduper, verify_semantics};
pub use event::{
    AnsweredQuestion, Event, KaizalaEvent, SurveyAnswer, decode_answer, survey_answers,
};
pub use keepalive::{WebhookStatus, WebhookSubscription};
pub use receiver::{
    CALLBACK_TOKEN_HEADER, EventHandler, HandlerError, WebhookConfigError, WebhookReceiver,
    WebhookReceiverBuilder,
};
