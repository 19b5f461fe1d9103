//! The client against a scripted server (`support`): token lifecycle,
//! hostile answers, media upload, paging, PIN login, bulk helpers,
//! and every promise about a request over every client kind
//! (`client_matrix`). One test binary, one module per concern
//! (`observability.rs` is its own: a tracing subscriber is per process;
//! `env_config.rs` too: it changes the process environment).

mod bulk;
mod client_matrix;
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
