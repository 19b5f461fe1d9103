//! Several replicas sharing a real Redis (started by `.ci/run`, or by the
//! tests themselves; a three-node cluster too): token store, lease, budget
//! and webhook de-duplication; replicas SIGKILLed mid-refresh and Redis
//! restarted mid-run (`redis_crash_injection`). One test binary.

mod attacks;
mod redis_crash_injection;
mod replicas;
mod support;
mod webhooks;
