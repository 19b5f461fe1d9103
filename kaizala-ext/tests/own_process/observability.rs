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

// Issue 17: the runtime reads the clock for an event that shows it even
// when no subscriber wants its span (`attempt_ms` is measured, or absent;
// never 0 for an attempt that took time).
/// A subscriber that wants events and no spans (a log of events, a
/// metrics layer): it keeps each `attempt finished` event's
/// `attempt_ms`.
struct EventsOnly(Arc<std::sync::Mutex<Vec<Option<u64>>>>);

impl tracing::Subscriber for EventsOnly {
    fn register_callsite(
        &self,
        _: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        tracing::subscriber::Interest::sometimes()
    }
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        metadata.is_event()
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        #[derive(Default)]
        struct Fields {
            message: String,
            attempt_ms: Option<u64>,
        }
        impl tracing::field::Visit for Fields {
            fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
                if field.name() == "attempt_ms" {
                    self.attempt_ms = Some(value);
                }
            }
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                if field.name() == "message" {
                    self.message = format!("{value:?}");
                }
            }
        }
        let mut fields = Fields::default();
        event.record(&mut fields);
        if fields.message == "attempt finished" {
            self.0.lock().unwrap().push(fields.attempt_ms);
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

pub fn attempt_ms_is_measured_when_only_events_are_wanted() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(attempt_ms_is_measured());
}

async fn attempt_ms_is_measured() {
    // A server that answers after 30 ms: an attempt that took it cannot
    // be reported as taking less (a lower bound, not a timing figure).
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut read = Vec::new();
        let mut buffer = [0u8; 4096];
        while !read.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = socket.read(&mut buffer).await.unwrap();
            assert!(n > 0, "the request ended early");
            read.extend_from_slice(&buffer[..n]);
        }
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
        let body = r#"{"groups":[]}"#;
        let answer = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        );
        socket.write_all(answer.as_bytes()).await.unwrap();
    });
    let base = format!("http://{address}/v1");
    let runtime = kaizala_api::runtime::Runtime::builder()
        .identity(Arc::new(kaizala_api::runtime::FixedToken::new(
            &base,
            secrecy::SecretString::from("t0ken-value"),
        )))
        .retry(kaizala_api::runtime::RetryPolicy::disabled())
        .build(&base)
        .unwrap();
    let client = kaizala_api::Client::with_runtime(runtime);
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let _guard = tracing::subscriber::set_default(EventsOnly(seen.clone()));
    client.list_groups().send().await.unwrap();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "{seen:?}");
    // Measured for a subscriber that wants the event, and at least as long
    // as the attempt took (a lower bound, not a timing figure).
    let ms = seen[0].expect("attempt_ms is measured when the event is wanted");
    assert!(
        ms >= 30,
        "attempt_ms = {ms} for an attempt of at least 30 ms"
    );
}
