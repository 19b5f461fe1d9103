//! Webhooks: typed events, the receiver (handshake, callback token, size
//! limit, de-duplication that never loses an event), subscriptions, and the
//! receiver end to end against the emulator. One module per concern, in the
//! `client` test binary.

mod e2e;
mod events;
mod never_loses_events;
mod receiver;
mod subscription;
