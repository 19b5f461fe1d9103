//! Several replicas sharing a real Redis (started by `.ci/run`, or by the
//! tests themselves; a three-node cluster too): token store, lease, budget
//! and webhook de-duplication. One test binary.

mod attacks;
mod replicas;
mod support;
mod webhooks;
