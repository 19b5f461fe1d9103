//! The kinds of injected [`Fault`]: plain data, queued in the state and applied by the
//! parent module.

use std::time::Duration;

/// A fault for the next calls on one base, injected with
/// [`crate::Emulator::inject_fault`] or [`crate::Emulator::inject_auth_fault`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer normally, but only after this delay (a slow service).
    Slow(Duration),
    /// Do not answer: hold the request with the connection open until the
    /// client gives up, for at most [`HANG_BOUND`] (then `504`) or until the
    /// emulator stops.
    Hang,
    /// Answer `308 Permanent Redirect` with `Location` set to this URL, on
    /// any host (an endpoint move the client must not blindly follow).
    RedirectTo(String),
    /// Answer `status` with a JSON body of `bytes` bytes (`Content-Length`
    /// set), streamed in chunks so the emulator never holds it in memory.
    HugeBody {
        /// The HTTP status (an invalid one becomes 200).
        status: u16,
        /// The body length (at least the 10 bytes of `{"pad":""}`).
        bytes: u64,
    },
}

/// The longest a [`Fault::Hang`] holds a request: every wait has a bound.
pub const HANG_BOUND: Duration = Duration::from_secs(3600);
