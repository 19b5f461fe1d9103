//! Issue 3 §5: streaming media upload.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{Reply, Server};
use kaizala_ext::prelude::*;
use kaizala_ext::{Error, Media, MediaAction, MediaKind};
use tokio::time::Instant;

const MEDIA: &str = "/tenant/v1/media";
const SIZE: usize = 300 * 1024 + 17;

fn photo(dir: &tempfile::TempDir, name: &str) -> std::path::PathBuf {
    let path = dir.path().join(name);
    let content: Vec<u8> = (0..SIZE).map(|i| (i % 251) as u8).collect();
    std::fs::write(&path, content).unwrap();
    path
}

fn assert_streamed_part(seen: &crate::support::Seen, file_name: &str, mime: &str, size: usize) {
    let length = seen.content_length.expect("Content-Length is set");
    assert!(!seen.chunked, "not chunked");
    assert_eq!(seen.body_len, length, "the whole declared body arrived");
    assert!(
        length > size as u64 && length < size as u64 + 1024,
        "{length}"
    );
    assert!(seen.head.contains(r#"name="files""#), "{}", seen.head);
    assert!(
        seen.head.contains(&format!(r#"filename="{file_name}""#)),
        "{}",
        seen.head
    );
    assert!(
        seen.head.contains(&format!("Content-Type: {mime}")),
        "{}",
        seen.head
    );
}

#[tokio::test(start_paused = true)]
async fn upload_from_path_streams_with_content_length_and_progress() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let progress = Arc::new(Mutex::new(Vec::new()));
    let p = progress.clone();
    let media = Media::from_path(photo(&dir, "photo.png"))
        .await
        .unwrap()
        .with_progress(move |sent, total| p.lock().unwrap().push((sent, total)));
    assert_eq!(media.kind(), MediaKind::Image);
    let resource = client.upload_media(&media).await.unwrap();
    assert_eq!(resource, "media-res-1");
    let seen = server.seen_at(MEDIA);
    assert_eq!(seen.len(), 1);
    assert_streamed_part(&seen[0], "photo.png", "image/png", SIZE);
    assert_eq!(seen[0].token.as_deref(), Some("access-token-1"));
    let progress = progress.lock().unwrap();
    assert!(
        progress.len() > 2,
        "sent in chunks, not one buffer: {progress:?}"
    );
    assert!(progress.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(*progress.last().unwrap(), (SIZE as u64, SIZE as u64));
}

#[tokio::test(start_paused = true)]
async fn upload_from_bytes_and_reader() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let bytes = vec![3u8; SIZE];
    let media = Media::from_bytes("song.mp3", bytes).unwrap();
    assert_eq!(client.upload_media(&media).await.unwrap(), "media-res-1");
    let reader = tokio::io::AsyncReadExt::take(tokio::io::repeat(9), SIZE as u64);
    let media = Media::from_reader("report.PDF", reader, SIZE as u64).unwrap();
    assert_eq!(media.kind(), MediaKind::Document);
    assert_eq!(client.upload_media(&media).await.unwrap(), "media-res-2");
    let seen = server.seen_at(MEDIA);
    assert_streamed_part(&seen[0], "song.mp3", "audio/mpeg", SIZE);
    assert_streamed_part(&seen[1], "report.PDF", "application/pdf", SIZE);
}

#[tokio::test(start_paused = true)]
async fn unsupported_types_are_rejected_before_the_network() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let gif = photo(&dir, "anim.gif");
    let err = Media::from_path(&gif).await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err}");
    assert!(
        err.to_string().contains(".png"),
        "says what is accepted: {err}"
    );
    assert!(Media::from_bytes("notes.txt", vec![1u8]).is_err());
    assert!(Media::from_reader("x", tokio::io::empty(), 0).is_err());
    assert_eq!(server.token_calls(), 0);
    assert!(server.seen().is_empty());
}

#[tokio::test(start_paused = true)]
async fn retries_reopen_the_file() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let media = Media::from_path(photo(&dir, "clip.mp4")).await.unwrap();
    // 401 → refresh and replay; 429 → wait and retry; each attempt sends the
    // whole file again.
    server.script(
        "POST",
        MEDIA,
        vec![
            Reply::status(401),
            Reply::status(429).header("retry-after", "5"),
        ],
    );
    let started = Instant::now();
    assert_eq!(client.upload_media(&media).await.unwrap(), "media-res-1");
    assert!(started.elapsed() >= Duration::from_secs(5));
    let seen = server.seen_at(MEDIA);
    assert_eq!(seen.len(), 3);
    for s in &seen {
        assert_streamed_part(s, "clip.mp4", "video/mp4", SIZE);
    }
    assert_eq!(seen[0].token.as_deref(), Some("access-token-1"));
    assert_eq!(seen[2].token.as_deref(), Some("access-token-2"));
}

// Issue 17 §4: an upload that meets one 401 is refreshed and replayed, also
// when the token it carried was itself fetched in answer to a 401 and not yet
// accepted (before, that 401 failed the upload with AccessTokenRefused).
#[tokio::test(start_paused = true)]
async fn an_upload_meeting_a_401_with_a_fresh_token_is_replayed() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let media = Media::from_path(photo(&dir, "clip.mp4")).await.unwrap();
    // The first upload: 401 for token 1, then 401 for token 2 (fetched in
    // answer to it, never accepted), then served with token 3.
    server.script("POST", MEDIA, vec![Reply::status(401), Reply::status(401)]);
    assert_eq!(client.upload_media(&media).await.unwrap(), "media-res-1");
    let seen = server.seen_at(MEDIA);
    assert_eq!(seen.len(), 3);
    for s in &seen {
        assert_streamed_part(s, "clip.mp4", "video/mp4", SIZE);
    }
    assert_eq!(seen[2].token.as_deref(), Some("access-token-3"));
}

#[tokio::test(start_paused = true)]
async fn upload_follows_endpoint_moves() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let media = Media::from_path(photo(&dir, "a.jpeg")).await.unwrap();
    server.script(
        "POST",
        MEDIA,
        vec![Reply::status(308).header("location", &format!("{}/moved/", server.base))],
    );
    client.upload_media(&media).await.unwrap();
    client.upload_media(&media).await.unwrap();
    assert_eq!(server.seen_at(MEDIA).len(), 1);
    let moved = server.seen_at("/moved/v1/media");
    assert_eq!(moved.len(), 2);
    assert_streamed_part(&moved[0], "a.jpeg", "image/jpeg", SIZE);
}

#[tokio::test(start_paused = true)]
async fn a_reader_is_not_replayed_and_a_post_is_not_retried_on_5xx() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    server.script("POST", MEDIA, vec![Reply::status(401)]);
    let reader = tokio::io::AsyncReadExt::take(tokio::io::repeat(1), 10);
    let media = Media::from_reader("x.wav", reader, 10).unwrap();
    let err = client.upload_media(&media).await.unwrap_err();
    assert!(matches!(err, Error::Unauthorized { .. }), "{err}");
    assert_eq!(server.seen_at(MEDIA).len(), 1);

    server.script("POST", MEDIA, vec![Reply::status(503)]);
    let media = Media::from_bytes("x.wav", vec![0u8; 10]).unwrap();
    let err = client.upload_media(&media).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(
        server.seen_at(MEDIA).len(),
        2,
        "an upload is a POST: not replayed on 503"
    );
}

#[tokio::test(start_paused = true)]
async fn upload_limit_is_an_api_error() {
    let server = Server::start().await;
    *server.state.upload_limit.lock().unwrap() = Some(1024);
    let client = server.client().build().unwrap();
    let media = Media::from_bytes("big.docx", vec![0u8; 4096]).unwrap();
    let err = client.upload_media(&media).await.unwrap_err();
    match &err {
        Error::Api {
            status: 413,
            message,
            ..
        } => assert_eq!(message.as_deref(), Some("file too large")),
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("smaller"), "{err}");
}

#[tokio::test(start_paused = true)]
async fn upload_and_send_as_an_action() {
    let server = Server::start().await;
    let client = server.client().build().unwrap();
    let media = Media::from_bytes("pic.jpg", vec![1u8; 100]).unwrap();
    let sent = client
        .upload_and_send("g1", &media, Some("hello".into()))
        .await
        .unwrap();
    assert_eq!(sent.reference_id, "ref-1");
    client
        .send_media("g1", MediaAction::Album, "media-res-9".into(), None)
        .await
        .unwrap();
    let actions = server.seen_at("/tenant/v1/groups/g1/actions");
    assert_eq!(actions.len(), 2);
    let first: serde_json::Value = serde_json::from_str(&actions[0].head).unwrap();
    assert_eq!(first["actionType"], "Image");
    assert_eq!(first["actionBody"]["mediaResource"], "media-res-1");
    assert_eq!(first["actionBody"]["caption"], "hello");
    let second: serde_json::Value = serde_json::from_str(&actions[1].head).unwrap();
    assert_eq!(second["actionType"], "Album");
    assert_eq!(second["actionBody"]["mediaResource"], "media-res-9");
}
