//! Several replicas sharing a real Redis (started by `.ci/run`, or by the
//! tests themselves; a three-node cluster too): token store, lease, budget
//! and webhook de-duplication; replicas SIGKILLed mid-refresh and Redis
//! restarted mid-run (`crash_injection`). Part of the `client` test binary
//! (with the `redis` feature): their waits overlap its work.

mod crash_injection;
mod misbehaving_redis;
mod replicas;
mod support;
mod webhooks;
