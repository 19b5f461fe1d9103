//! The emulator stays responsive (issue 9 §9): a request body cannot buy
//! seconds of CPU. Before, a 1 MiB body that was not strict JSON went through
//! the JSON5 parser (~3 s of CPU in a debug build, on the request's thread,
//! delaying every other request) and was accepted; JSON bodies of up to
//! 64 MiB were parsed.

use std::time::Duration;

use kaizala_emulator::Emulator;

const TOKEN: &str = "static-access-token";

async fn emulator() -> Emulator {
    Emulator::builder()
        .static_access_token(TOKEN)
        .start()
        .await
        .expect("emulator starts")
}

fn groups_url(emu: &Emulator) -> String {
    format!("{}v1/groups", emu.endpoint_url())
}

/// A valid JSON5 (not JSON) createGroup body of about `size` bytes.
fn json5_body(size: usize) -> String {
    format!(
        "{{name: 'Big', welcomeMessage: 'hi', pad: '{}',}}",
        "x".repeat(size)
    )
}

async fn post(emu: &Emulator, body: String) -> (u16, String) {
    let response = reqwest::Client::builder()
        .tls_backend_rustls()
        .build()
        .unwrap()
        .post(groups_url(emu))
        .header("accessToken", TOKEN)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("the emulator answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap_or_default())
}

#[tokio::test]
async fn a_1_mib_json5_body_is_refused_without_the_json5_parser() {
    let emu = emulator().await;
    let (status, body) = post(&emu, json5_body(1024 * 1024 - 64)).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("send strict JSON"), "{body}");
    assert!(emu.groups().iter().all(|g| g.name != "Big"));

    // Small hand-written JSON5 is still what the lenient binder took.
    let (status, body) = post(&emu, json5_body(100)).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn a_json_body_over_1_mib_is_413() {
    let emu = emulator().await;
    let body = format!(
        r#"{{"name":"Big","welcomeMessage":"hi","pad":"{}"}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    let (status, text) = post(&emu, body).await;
    assert_eq!(status, 413, "{text}");
    assert!(text.contains("RequestTooLarge"), "{text}");
}

/// On one thread (as a test's in-process emulator runs), eight hostile
/// bodies in flight must not hold up a plain call. Before, each took ~3 s of
/// CPU on that thread (~24 s in all, so never under 20 s of wall time); now
/// all of it takes ~0.5 s alone, and the 20 s bound leaves room for a busy
/// machine running many tests at once.
#[tokio::test(flavor = "current_thread")]
async fn other_requests_are_answered_while_huge_json5_bodies_arrive() {
    let emu = emulator().await;
    let hostile: Vec<_> = (0..8)
        .map(|_| post(&emu, json5_body(1024 * 1024 - 64)))
        .collect();
    let plain = async {
        let response = reqwest::Client::builder()
            .tls_backend_rustls()
            .build()
            .unwrap()
            .get(groups_url(&emu))
            .header("accessToken", TOKEN)
            .send()
            .await
            .expect("answers");
        response.status().as_u16()
    };
    let all = async { futures::join!(futures::future::join_all(hostile), plain) };
    let (hostile, plain) = tokio::time::timeout(Duration::from_secs(20), all)
        .await
        .expect("answered within 20 s");
    assert_eq!(plain, 200);
    assert!(hostile.iter().all(|(status, _)| *status == 400));
}
