//! Cross-crate tests in one binary, one module per concern: request-shape
//! snapshots for every operation (`request_shapes`, `coverage`), the
//! evidence (`evidence`, `recorded_forms`, `doc_samples`), the spec's facts
//! in every crate (`spec_facts`), bad input and path parameters, the
//! emulator's bounds and fault switches, and end to end against the
//! emulator (`e2e_*`, `webhook_typed`, `media_upload`, and `rehearsal` on the
//! service's real host names over TLS). `secrets_never_leave.rs` is its own
//! binary: it installs a tracing subscriber, which is per process.

#[path = "../../../kaizala-emulator/tests/support/openapi_schema.rs"]
mod openapi_schema;

mod bad_input;
mod coverage;
mod doc_samples;
mod e2e_faults;
mod e2e_oauth;
mod e2e_operations;
mod e2e_support;
mod empty_success;
mod emulator_body_bounds;
mod emulator_fault_switches;
mod evidence;
mod media_upload;
mod path_params;
mod recorded_forms;
mod rehearsal;
mod request_shapes;
mod spec_facts;
mod webhook_typed;
