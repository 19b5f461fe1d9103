//! A rotated refresh token is never lost, whatever happens around its save:
//! the background saver never overwrites a newer rotation, is restarted when
//! its runtime is gone, keeps saving after the client is dropped; a store's
//! errors never quote what it holds.

use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{Reply, Server, list};
use futures::future::BoxFuture;
use kaizala_ext::prelude::*;
use kaizala_ext::{SecretString, TokenStore};
use secrecy::ExposeSecret;

/// Polls `done` every 20 ms until it holds or `bound` has passed; returns
/// whether it held (a wait on progress, not on a fixed sleep).
async fn eventually(bound: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + bound;
    loop {
        if done() {
            return true;
        }
        if std::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

// ---------------------------------------------------------------------------
// Promise 3: a rotated refresh token is never dropped.
//
// The background saver and `keep_rotated` save concurrently, unordered. The
// saver takes R1 (an older rotation whose first save failed) and starts
// saving it; meanwhile a refresh rotates to R2 and saves it; then the
// saver's save of R1 lands and overwrites R2 in the store. Memory holds R2
// and `token_status` says everything is saved, but the durable copy is the
// superseded R1: a restart (or a crash) loses R2.
#[derive(Debug, Default)]
struct SlowForR1 {
    held: Mutex<Option<String>>,
    saves: AtomicUsize,
    /// Set when the save of R1 has started; R1's save then waits for
    /// `release` (a slow disk, within the 10 s store timeout).
    r1_started: AtomicBool,
    release: tokio::sync::Notify,
    /// Set once R1's save has written the store.
    r1_landed: AtomicBool,
}

impl TokenStore for SlowForR1 {
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let held = self.held.lock().unwrap().clone();
        Box::pin(async move { Ok(held.map(SecretString::from)) })
    }
    fn save<'a>(&'a self, token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        let n = self.saves.fetch_add(1, Ordering::SeqCst);
        let value = token.expose_secret().to_owned();
        Box::pin(async move {
            if n == 0 {
                return Err(io::Error::other("disk hiccup"));
            }
            let r1 = value == "refresh-R1";
            if r1 {
                // A slow disk, well within the 10 s store timeout: held until
                // the test releases it.
                let released = self.release.notified();
                self.r1_started.store(true, Ordering::SeqCst);
                released.await;
            }
            *self.held.lock().unwrap() = Some(value);
            if r1 {
                self.r1_landed.store(true, Ordering::SeqCst);
            }
            Ok(())
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_background_save_never_overwrites_a_newer_rotation() {
    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .extend(["refresh-R1".to_owned(), "refresh-R2".to_owned()]);
    let store = Arc::new(SlowForR1::default());
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    // Rotation to R1; its save fails; the saver starts after 1 s.
    list(&client).await.unwrap();
    assert!(client.token_status().unsaved_refresh_token);
    // Wait until the saver is inside its (slow) save of R1.
    assert!(
        eventually(Duration::from_secs(10), || store
            .r1_started
            .load(Ordering::SeqCst))
        .await,
        "the background saver never started saving R1"
    );
    // A 401 makes the client refresh: rotation to R2, saved before use.
    server.script("GET", "/tenant/v1/groups", vec![Reply::status(401)]);
    let call = tokio::spawn({
        let client = client.clone();
        async move { list(&client).await }
    });
    // R2 has been issued while the save of R1 is still in flight: now the
    // slow disk finishes R1's save.
    assert!(
        eventually(Duration::from_secs(10), || server.token_calls() >= 2).await,
        "the 401 did not make the client refresh"
    );
    store.release.notify_one();
    call.await.unwrap().unwrap();
    assert_eq!(store.held.lock().unwrap().as_deref(), Some("refresh-R2"));
    // The saver's stale save has landed, and the saver settles.
    assert!(
        eventually(Duration::from_secs(10), || store
            .r1_landed
            .load(Ordering::SeqCst)
            && !client.token_status().unsaved_refresh_token)
        .await,
        "the saver's save of R1 never finished: {:?}",
        client.token_status()
    );
    assert_eq!(
        store.held.lock().unwrap().as_deref(),
        Some("refresh-R2"),
        "the store regressed to a superseded refresh token while token_status reports it saved"
    );
}

// ---------------------------------------------------------------------------
// Promise 3: the unsaved rotated token is saved in the background.
//
// `saver_running` is set when the saver task is spawned and cleared only by
// the task itself. If the task is dropped (its runtime shut down: a sync
// wrapper with a runtime per call, tests sharing a client, a runtime
// restart), the flag stays set forever: no saver is ever spawned again and
// the rotated refresh token is never saved, however long the process runs.
// (The refresh flight has a drop guard for exactly this; the saver has none.)
#[derive(Debug, Default)]
struct Switchable {
    fail: AtomicBool,
    held: Mutex<Option<String>>,
}

impl TokenStore for Switchable {
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let held = self.held.lock().unwrap().clone();
        Box::pin(async move { Ok(held.map(SecretString::from)) })
    }
    fn save<'a>(&'a self, token: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        let fail = self.fail.load(Ordering::SeqCst);
        let value = token.expose_secret().to_owned();
        Box::pin(async move {
            if fail {
                return Err(io::Error::other("disk full"));
            }
            *self.held.lock().unwrap() = Some(value);
            Ok(())
        })
    }
}

#[test]
fn a_saver_lost_with_its_runtime_is_restarted() {
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = server_rt.block_on(Server::start());
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-R1".to_owned());
    let store = Arc::new(Switchable::default());
    store.fail.store(true, Ordering::SeqCst);
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();

    let first = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    first.block_on(list(&client)).unwrap();
    assert!(client.token_status().unsaved_refresh_token);
    drop(first); // the saver task goes with it

    store.fail.store(false, Ordering::SeqCst);
    let second = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Calls go on (each may restart the saver) until the rotation is saved,
    // for at most 10 s (the restarted saver's first attempt is after 1 s).
    second.block_on(async {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while store.held.lock().unwrap().is_none() && std::time::Instant::now() < deadline {
            list(&client).await.unwrap();
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    assert_eq!(
        store.held.lock().unwrap().as_deref(),
        Some("refresh-R1"),
        "the rotated refresh token was never saved: status {:?}",
        client.token_status()
    );
}

// ---------------------------------------------------------------------------
// Promise 3 (secrets): `Error::store` names the store with `format!("{:?}",
// store)`. `TokenStore: Debug` is required, and the obvious implementation
// (`#[derive(Debug)]` on a struct that holds the token as a String) puts the
// refresh token into the error text, `token_status().last_error` and the
// `tracing::error!` the saver logs on every retry.
#[derive(Debug)]
struct DerivedDebugStore {
    token: Mutex<Option<String>>,
}

impl TokenStore for DerivedDebugStore {
    fn load(&self) -> BoxFuture<'_, io::Result<Option<SecretString>>> {
        let held = self.token.lock().unwrap().clone();
        Box::pin(async move { Ok(held.map(SecretString::from)) })
    }
    fn save<'a>(&'a self, _: &'a SecretString) -> BoxFuture<'a, io::Result<()>> {
        Box::pin(async { Err(io::Error::other("read-only file system")) })
    }
}

#[tokio::test]
async fn store_errors_never_quote_the_store_contents() {
    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-R1".to_owned());
    let client = server
        .client()
        .token_store(DerivedDebugStore {
            token: Mutex::new(Some(crate::support::REFRESH_1.to_owned())),
        })
        .build()
        .unwrap();
    list(&client).await.unwrap();
    let status = client.token_status();
    let text = format!(
        "{} / {status:?}",
        status
            .last_error
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    );
    assert!(
        !text.contains(crate::support::REFRESH_1),
        "the refresh token leaks through the store's Debug: {text}"
    );
}

// ---------------------------------------------------------------------------
// Promise: a client dropped while its background saver still retries a
// rotated refresh token's save still saves it. The service has already
// invalidated the old refresh token, so a rotation lost with the client
// leaves the store holding a dead token: the connector cannot start again.
// The saver holds the token manager only weakly and gives up once the last
// clone of the client is gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_dropped_while_its_saver_retries_still_saves_the_rotation() {
    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-R1".to_owned());
    let store = Arc::new(Switchable::default());
    store.fail.store(true, Ordering::SeqCst);
    let client = server
        .client()
        .shared_token_store(store.clone())
        .build()
        .unwrap();
    list(&client).await.unwrap();
    assert!(client.token_status().unsaved_refresh_token);
    drop(client);
    store.fail.store(false, Ordering::SeqCst);
    // The saver's next attempt (after 1 s) saves it; 10 s at most.
    eventually(Duration::from_secs(10), || {
        store.held.lock().unwrap().is_some()
    })
    .await;
    assert_eq!(
        store.held.lock().unwrap().as_deref(),
        Some("refresh-R1"),
        "the rotated refresh token went with the dropped client"
    );
}
