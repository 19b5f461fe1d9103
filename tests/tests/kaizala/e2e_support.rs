//! Shared setup of the end-to-end tests: an in-process emulator and a
//! `KaizalaClient` authorised as its default connector.
//!
//! `KAIZALA_REHEARSAL=tls` runs them on the service's real host names: the
//! emulator serves TLS for `api.kaiza.la`, `*.kaiza.la` and
//! `*.kaizalamessaging.osi.office.net` (`EmulatorBuilder::real_hosts`), and
//! every client is the default one (auth root `https://api.kaiza.la/v1`,
//! default `EndpointPolicy`) on an HTTP client that resolves those names to
//! the emulator and trusts its test CA, nothing else.

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

/// Whether `KAIZALA_REHEARSAL=tls` asks for the rehearsal on the real host
/// names; any other value is a mistake, not a silent fallback.
pub fn rehearsal() -> bool {
    match std::env::var("KAIZALA_REHEARSAL") {
        Err(std::env::VarError::NotPresent) => false,
        Ok(mode) if mode.is_empty() => false,
        Ok(mode) if mode == "tls" => true,
        other => panic!("KAIZALA_REHEARSAL={other:?}: the only mode is `tls`"),
    }
}

/// An emulator builder in the mode asked for.
pub fn emulator() -> kaizala_emulator::EmulatorBuilder {
    Emulator::builder().real_hosts(rehearsal())
}

/// A client builder that reaches `emu`: on loopback, pointed at its auth
/// base; in the rehearsal, the defaults (auth root, policy) on an HTTP
/// client that resolves the service's names to it and trusts its CA.
pub fn builder_for(emu: &Emulator) -> kaizala_ext::KaizalaClientBuilder {
    if emu.serves_real_hosts() {
        KaizalaClient::builder().http_client(http_for(emu))
    } else {
        KaizalaClient::builder().auth_root(emu.auth_url())
    }
}

/// The HTTP client of [`builder_for`] (the emulator's resolving one, with
/// the default client's timeouts).
pub fn http_for(emu: &Emulator) -> kaizala_ext::HttpClient {
    kaizala_ext::HttpClient::from_builder(
        emu.http_client_builder()
            .timeout(kaizala_ext::kaizala_api::runtime::DEFAULT_TIMEOUT)
            .connect_timeout(Duration::from_secs(15)),
    )
    .expect("an HTTP client")
}

/// A client for the emulator's default connector.
pub fn client_for(emu: &Emulator, retry: RetryPolicy) -> KaizalaClient {
    let c = emu.connector();
    builder_for(emu)
        .credentials(Credentials::new(
            c.application_id,
            SecretString::from(c.application_secret),
            Some(SecretString::from(c.refresh_token)),
        ))
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

/// Starts `builder` (in the rehearsal when asked for: [`rehearsal`]).
pub async fn start_with(builder: kaizala_emulator::EmulatorBuilder) -> Env {
    let emu = builder
        .real_hosts(rehearsal())
        .start()
        .await
        .expect("emulator starts");
    if rehearsal() {
        assert_eq!(emu.auth_url(), kaizala_ext::kaizala_api::runtime::AUTH_ROOT);
    }
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
