//! Measures the memory a large upload takes: starts a local server that
//! discards what it receives, uploads a sparse file of `UPLOAD_MIB` MiB
//! (default 1024) through a `KaizalaClient`, and prints the peak resident
//! memory of the process (Linux `VmHWM`).
//!
//! ```sh
//! cargo run --release -p kaizala-ext --example upload_memory
//! ```

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::Request;
use axum::routing::{get, post};
use futures::StreamExt;
use kaizala_ext::prelude::*;
use kaizala_ext::{Credentials, KaizalaClient, Media, SecretString};

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mib: u64 = std::env::var("UPLOAD_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let endpoint = format!("{base}/");
    let app = axum::Router::new()
        .route(
            "/v1/accessToken",
            get(move || {
                let endpoint = endpoint.clone();
                async move {
                    let expiry = (SystemTime::now() + Duration::from_secs(86_400))
                        .duration_since(UNIX_EPOCH)
                        .map(|d| d.as_millis() as i64)
                        .unwrap_or_default();
                    axum::Json(serde_json::json!({
                        "accessToken": "t", "endpointUrl": endpoint,
                        "accessTokenExpiry": expiry, "refreshToken": "", "scope": "s"
                    }))
                }
            }),
        )
        .route(
            "/v1/media",
            post(|request: Request| async move {
                let mut received = 0u64;
                let mut stream = Body::new(request.into_body()).into_data_stream();
                while let Some(Ok(chunk)) = stream.next().await {
                    received += chunk.len() as u64;
                }
                axum::Json(serde_json::json!({ "mediaResource": format!("received {received}") }))
            }),
        );
    tokio::spawn(async move { axum::serve(listener, app).await });

    let dir = tempfile::tempdir()?;
    let path = dir.path().join("big.mp4");
    std::fs::File::create(&path)?.set_len(mib * 1024 * 1024)?;

    let client = KaizalaClient::builder()
        .credentials(Credentials::new(
            "app",
            SecretString::from("secret".to_owned()),
            Some(SecretString::from("refresh".to_owned())),
        ))
        .auth_root(format!("{base}/v1"))
        .build()?;
    let before = peak_rss_kib();
    let media = Media::from_path(&path).await?;
    let started = std::time::Instant::now();
    let resource = client.upload_media(&media).await?;
    println!(
        "uploaded {mib} MiB in {:.1?}: {resource}; peak RSS before {:?} KiB, after {:?} KiB",
        started.elapsed(),
        before,
        peak_rss_kib()
    );
    Ok(())
}
