//! The one client type, [`KaizalaClient`] — the generated
//! [`kaizala_api::Client`] with this crate's token lifecycle as its runtime's
//! identity — and
//! [`KaizalaClientExt`], what this crate adds to it: its builder and the
//! state of its token lifecycle and rate budgets. The helpers live with
//! their concern ([`MediaExt`](crate::media::MediaExt),
//! [`BulkExt`](crate::bulk::BulkExt), [`PagingExt`](crate::paging::PagingExt));
//! `use kaizala_ext::prelude::*;` brings them all.
//!
//! There is no wrapper type: every generated operation is a method of the
//! client itself, as in oxide.rs, and code written against
//! `kaizala_api::Client` takes a refreshing client and a fixed-token one
//! alike.

use std::sync::Arc;

use kaizala_api::runtime::{RateBudget, TokenStatus};

use crate::builder::KaizalaClientBuilder;

/// A Kaizala client. It is the generated [`kaizala_api::Client`]: every
/// operation of the API is a method on it. Built by
/// [`KaizalaClientExt::builder`] (or [`KaizalaClientBuilder::new`]), each call
/// gets a valid access token, goes to the tenant endpoint, follows endpoint
/// moves and is retried per the [`RetryPolicy`](crate::RetryPolicy).
///
/// ```no_run
/// # async fn demo() -> Result<(), kaizala_ext::Error> {
/// use kaizala_ext::prelude::*;
/// use kaizala_ext::{Credentials, FileStore};
///
/// let client = KaizalaClient::builder()
///     .credentials(Credentials::from_env()?)
///     .token_store(FileStore::new("/var/lib/my-connector/refresh-token"))
///     .build()?;
/// let groups = client.list_groups().send().await?;
/// println!("{} groups", groups.groups.len());
/// # Ok(()) }
/// ```
pub type KaizalaClient = kaizala_api::Client;

/// What this crate adds to the client: its builder, and the state of the
/// token lifecycle and rate budgets of a client it built.
pub trait KaizalaClientExt: crate::sealed::Sealed {
    /// Starts configuring a client (the same as [`KaizalaClientBuilder::new`]).
    fn builder() -> KaizalaClientBuilder
    where
        Self: Sized,
    {
        KaizalaClientBuilder::new()
    }

    /// Where the token lifecycle stands: whether a rotated refresh token is
    /// still unsaved, whether the service refused the refresh token, the
    /// last refresh failure. Poll it from a health check. A fixed-token
    /// client reports `refreshing: false` and nothing else.
    fn token_status(&self) -> TokenStatus;

    /// The per-connector budget this client paces to; `None` when pacing is
    /// off.
    fn connector_budget(&self) -> Option<&Arc<RateBudget>>;

    /// The shared per-tenant budget, if one was given.
    fn tenant_budget(&self) -> Option<&Arc<RateBudget>>;
}

impl KaizalaClientExt for kaizala_api::Client {
    fn token_status(&self) -> TokenStatus {
        self.runtime().token_status()
    }

    fn connector_budget(&self) -> Option<&Arc<RateBudget>> {
        self.runtime().throttle().map(|t| &t.connector)
    }

    fn tenant_budget(&self) -> Option<&Arc<RateBudget>> {
        self.runtime().throttle()?.tenant.as_ref()
    }
}
