//! Keeps the extension traits implemented by [`kaizala_api::Client`] only,
//! so methods can be added to them without breaking anyone.

/// Implemented by [`kaizala_api::Client`] alone.
pub trait Sealed {}

impl Sealed for kaizala_api::Client {}
