//! The emulator as a service, in one test binary with a module per concern:
//! every operation (`emulator`), conformance of its answers to the spec
//! (`conformance`), the Json.NET binding class (`binding`), leniency no
//! stricter than the evidence (`leniency`), robustness under hostile input
//! (`robustness`) and the binary's banner (`banner`).

#[path = "../support/openapi_schema.rs"]
mod openapi_schema;

mod banner;
mod binding;
mod conformance;
mod emulator;
mod leniency;
mod robustness;
