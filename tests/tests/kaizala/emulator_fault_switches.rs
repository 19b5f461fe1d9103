//! The emulator's fault switches behave as documented, so the tests that
//! rely on them (slow and hanging services, a 308 to a foreign host, huge
//! bodies, short webhook delivery timeouts) test what they claim to.

use std::time::{Duration, Instant};

use futures::StreamExt;
use kaizala_emulator::{Emulator, Fault};

const TOKEN: &str = "static-access-token";

async fn emulator() -> Emulator {
    Emulator::builder()
        .static_access_token(TOKEN)
        .start()
        .await
        .expect("emulator starts")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .tls_backend_rustls()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

fn get_groups(emu: &Emulator) -> reqwest::RequestBuilder {
    client()
        .get(format!("{}v1/groups", emu.endpoint_url()))
        .header("accessToken", TOKEN)
}

#[tokio::test]
async fn slow_answers_after_the_delay_then_normally() {
    let emu = emulator().await;
    emu.inject_fault(Fault::Slow(Duration::from_millis(300)), 1);
    let started = Instant::now();
    assert_eq!(get_groups(&emu).send().await.unwrap().status(), 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
    // Used up: the next call is not delayed by the fault (no lower bound to check).
    assert_eq!(get_groups(&emu).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn hang_holds_the_request_until_the_client_gives_up() {
    let emu = emulator().await;
    emu.inject_fault(Fault::Hang, 1);
    let error = get_groups(&emu)
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .expect_err("no answer");
    assert!(error.is_timeout(), "{error}");
    assert_eq!(get_groups(&emu).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn redirect_to_sends_a_308_to_any_host() {
    let emu = emulator().await;
    emu.inject_fault(Fault::RedirectTo("https://evil.example/v1/".into()), 1);
    emu.inject_auth_fault(Fault::RedirectTo("http://attacker.test/".into()), 1);
    let response = get_groups(&emu).send().await.unwrap();
    assert_eq!(response.status(), 308);
    assert_eq!(response.headers()["location"], "https://evil.example/v1/");
    let response = client()
        .get(format!(
            "{}/accessToken",
            emu.auth_url().trim_end_matches('/')
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 308);
    assert_eq!(response.headers()["location"], "http://attacker.test/");
    emu.inject_fault(Fault::Slow(Duration::from_secs(60)), 5);
    emu.clear_faults();
    assert_eq!(get_groups(&emu).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn huge_body_streams_exactly_the_requested_bytes() {
    let emu = emulator().await;
    let size: u64 = 20 * 1024 * 1024 + 7;
    emu.inject_fault(
        Fault::HugeBody {
            status: 500,
            bytes: size,
        },
        1,
    );
    let response = get_groups(&emu).send().await.unwrap();
    assert_eq!(response.status(), 500);
    assert_eq!(response.content_length(), Some(size));
    let mut stream = response.bytes_stream();
    let (mut total, mut first) = (0u64, Vec::new());
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        if first.len() < 16 {
            first.extend_from_slice(&chunk[..chunk.len().min(16)]);
        }
        total += chunk.len() as u64;
    }
    assert_eq!(total, size);
    assert!(first.starts_with(br#"{"pad":"xx"#));
}
