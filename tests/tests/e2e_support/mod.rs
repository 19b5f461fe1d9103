//! Shared setup of the end-to-end tests: an in-process emulator and a
//! `KaizalaClient` authorised as its default connector.

#![allow(dead_code)] // each e2e file uses its own subset

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kaizala_emulator::Emulator;
use kaizala_ext::kaizala_api::types::PhoneNumber;
use kaizala_ext::prelude::*;
use kaizala_ext::webhook::{KaizalaEvent, WebhookReceiver};
use kaizala_ext::{Credentials, KaizalaClient, RetryPolicy, SecretString};

pub const ME: &str = kaizala_emulator::DEFAULT_MOBILE_NUMBER;
pub const BOB: &str = "+15550100002";
pub const CHANDRA: &str = "+15550100003";
pub const DMITRI: &str = "+15550100004";

pub struct Env {
    pub emu: Emulator,
    pub client: KaizalaClient,
}

/// A client for the emulator's default connector.
pub fn client_for(emu: &Emulator, retry: RetryPolicy) -> KaizalaClient {
    let c = emu.connector();
    KaizalaClient::builder()
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
        .auth_root(emu.auth_url())
        .retry(retry)
        .build()
        .expect("client builds")
}

/// Quick retries, so injected failures cost milliseconds.
pub fn fast_retry() -> RetryPolicy {
    let mut policy = RetryPolicy::default();
    policy.initial_backoff = Duration::from_millis(10);
    policy.max_backoff = Duration::from_millis(50);
    policy
}

pub async fn start() -> Env {
    start_with(Emulator::builder()).await
}

pub async fn start_with(builder: kaizala_emulator::EmulatorBuilder) -> Env {
    let emu = builder.start().await.expect("emulator starts");
    let client = client_for(&emu, fast_retry());
    Env { emu, client }
}

pub fn phone(number: &str) -> PhoneNumber {
    number.parse().expect("a valid E.164 number")
}

pub fn phones(numbers: &[&str]) -> Vec<PhoneNumber> {
    numbers.iter().map(|n| phone(n)).collect()
}

/// A running webhook receiver (kaizala_ext::webhook) that records what its handler got.
pub struct Receiver {
    pub url: String,
    pub token: &'static str,
    pub events: Arc<Mutex<Vec<KaizalaEvent>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Receiver {
    pub async fn start() -> Receiver {
        Self::start_failing(Arc::new(AtomicBool::new(false))).await
    }

    /// A receiver whose handler fails (so the receiver answers 500) while `failing` is set.
    pub async fn start_failing(failing: Arc<AtomicBool>) -> Receiver {
        let token = "e2e-callback-token";
        let events: Arc<Mutex<Vec<KaizalaEvent>>> = Arc::default();
        let seen = events.clone();
        let receiver = WebhookReceiver::builder(token)
            .build(move |event: KaizalaEvent| {
                let seen = seen.clone();
                let fail = failing.load(Ordering::SeqCst);
                async move {
                    if fail {
                        return Err(std::io::Error::other("handler failing on purpose"));
                    }
                    seen.lock().expect("not poisoned").push(event);
                    Ok(())
                }
            })
            .expect("a non-empty token");
        let app = receiver.into_router("/hook");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("binds");
        let url = format!("http://{}/hook", listener.local_addr().expect("addr"));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Receiver {
            url,
            token,
            events,
            task,
        }
    }

    pub fn events(&self) -> Vec<KaizalaEvent> {
        self.events.lock().expect("not poisoned").clone()
    }
}
