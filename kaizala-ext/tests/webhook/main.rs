//! Webhooks: typed events, the receiver (handshake, callback token, size
//! limit, de-duplication that never loses an event), subscriptions, and the
//! receiver end to end against the emulator. One test binary, one module per
//! concern.

mod e2e;
mod events;
mod never_loses_events;
mod receiver;
mod subscription;
