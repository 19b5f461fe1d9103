//! Issue 3 §6: a span per operation, and secrets never in logs or Debug.

// Not beside other tests: tracing caches which callsites a subscriber wants
// per process, so a thread-local subscriber cannot share the process with
// tests running at the same time. `main.rs` runs these alone.
use crate::support;
use std::io::Write;
use std::sync::{Arc, Mutex};

use crate::support::{Reply, Server};
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, Error, Media, SecretString};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const SECRETS: &[&str] = &[
    support::APP_SECRET,
    support::REFRESH_1,
    "refresh-token-ROTATED",
    "access-token-1",
    "access-token-2",
];

pub fn spans_describe_each_operation_and_never_record_secrets() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .expect("runtime")
        .block_on(spans_describe_each_operation());
}

async fn spans_describe_each_operation() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = Server::start().await;
    server
        .state
        .rotate
        .lock()
        .unwrap()
        .push_back("refresh-token-ROTATED".into());
    let client = server.client().build().unwrap();
    server.script("GET", "/tenant/v1/groups", vec![Reply::status(401)]);
    client.list_groups().send().await.unwrap();
    let media = Media::from_bytes("a.png", vec![0u8; 10]).unwrap();
    client.upload_media(&media).await.unwrap();
    // The service refuses the rotated refresh token and the credentials'.
    server.script_token(vec![Reply::status(401), Reply::status(401)]);
    server.script("GET", "/tenant/v1/groups", vec![Reply::status(401)]);
    let err: Error = client.list_groups().send().await.unwrap_err();
    assert!(matches!(err, Error::RefreshTokenRejected { .. }), "{err}");

    let log = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("kaizala.operation"), "{log}");
    assert!(log.contains("operation_id=\"listGroups\""), "{log}");
    assert!(log.contains("operation_id=\"uploadMedia\""), "{log}");
    assert!(log.contains("method=\"GET\""), "{log}");
    assert!(log.contains("path=\"/groups\""), "{log}");
    assert!(
        log.contains("status=401") && log.contains("status=200"),
        "{log}"
    );
    assert!(log.contains("attempt=2"), "{log}");
    assert!(log.contains("elapsed_ms="), "{log}");
    let debug = format!("{client:?} {err:?} {err} {media:?}");
    for secret in SECRETS {
        assert!(!log.contains(secret), "{secret} leaked into the log");
        assert!(
            !debug.contains(secret),
            "{secret} leaked into Debug/Display: {debug}"
        );
    }
}

pub fn debug_output_hides_credentials() {
    let credentials = Credentials::new(
        "app",
        SecretString::from(support::APP_SECRET.to_owned()),
        Some(SecretString::from(support::REFRESH_1.to_owned())),
    );
    let builder = kaizala_ext::KaizalaClient::builder().credentials(credentials.clone());
    let text = format!("{credentials:?} {builder:?}");
    assert!(text.contains("app"));
    for secret in SECRETS {
        assert!(!text.contains(secret), "{text}");
    }
}
