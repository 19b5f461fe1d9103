//! The client against a scripted server (`support`): token lifecycle,
//! hostile answers, media upload, paging, PIN login, bulk helpers,
//! and every promise about a request over every client kind
//! (`client_matrix`), a refresh SIGKILLed at random points
//! (`crash_injection`), the webhook tests (`../webhook/`) and, with the
//! `redis` feature, replicas sharing a real Redis (`../redis/`). One test
//! binary, one module per concern (`observability.rs` and `env_config.rs`
//! are in `own_process`: a tracing subscriber is per process, and the
//! environment too).

mod bulk;
mod child_process;
mod client_matrix;
mod crash_injection;
mod credential_errors;
mod hostile_server;
mod lifecycle;
mod media;
mod paging;
mod paging_faults;
mod pin;
mod refresh_faults;
mod rotation;
mod support;

#[path = "../webhook/mod.rs"]
mod webhook;

#[cfg(feature = "redis")]
#[path = "../redis/mod.rs"]
mod redis;
