//! Streaming media upload (`POST /media`, `multipart/form-data`).

use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::{StreamExt, TryStreamExt};
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio_util::io::ReaderStream;

use kaizala_api::types;

use crate::Error;

/// The multipart field that carries the file (the docs' `files`).
pub const FIELD_NAME: &str = "files";

/// Chunk size of the upload stream.
const CHUNK: usize = 64 * 1024;

/// What kind of media a file is, from its extension: the media Action it is
/// sent as by default (the spec's media table, [`kaizala_api::facts::media`],
/// lists the extensions and content types of each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    /// Sent as an `Image` (or `Album`) action.
    Image,
    /// Sent as an `Audio` action.
    Audio,
    /// Sent as a `Document` action.
    Document,
    /// Sent as a `Video` action.
    Video,
}

impl MediaKind {
    /// The kind of the media Action named `action`; a media Action of the
    /// spec that this enum does not know fails the build (see [`SUPPORTED`]).
    const fn of_action(action: &str) -> MediaKind {
        if str_eq(action, "Image") {
            MediaKind::Image
        } else if str_eq(action, "Audio") {
            MediaKind::Audio
        } else if str_eq(action, "Document") {
            MediaKind::Document
        } else if str_eq(action, "Video") {
            MediaKind::Video
        } else {
            panic!("the spec's media table names a default media Action MediaKind does not know")
        }
    }
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const MEDIA_TYPES: &[kaizala_api::facts::MediaType] = kaizala_api::facts::media::MEDIA_TYPES;

/// How many extensions the spec's media table lists.
const EXTENSIONS: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < MEDIA_TYPES.len() {
        n += MEDIA_TYPES[i].extensions.len();
        i += 1;
    }
    n
};

/// [`SUPPORTED`], built from the spec's media table at compile time.
const TABLE: [(&str, &str, MediaKind); EXTENSIONS] = {
    let mut out = [("", "", MediaKind::Image); EXTENSIONS];
    let (mut n, mut i) = (0, 0);
    while i < MEDIA_TYPES.len() {
        let media = &MEDIA_TYPES[i];
        assert!(
            !media.actions.is_empty(),
            "a media type of the spec has no Action"
        );
        let kind = MediaKind::of_action(media.actions[0]);
        let mut e = 0;
        while e < media.extensions.len() {
            out[n] = (media.extensions[e], media.content_type, kind);
            n += 1;
            e += 1;
        }
        i += 1;
    }
    out
};

/// The supported extensions, their MIME types and kinds, in the spec's
/// order (generated from `spec/kaizala.yaml`); nothing else is accepted (the
/// service answers 415).
pub const SUPPORTED: &[(&str, &str, MediaKind)] = &TABLE;

/// The MIME type and kind for a file name, or [`Error::InvalidInput`].
pub fn media_type(file_name: &str) -> Result<(&'static str, MediaKind), Error> {
    let extension = Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let found = extension
        .as_deref()
        .and_then(|ext| SUPPORTED.iter().find(|(e, _, _)| *e == ext));
    match found {
        Some((_, mime, kind)) => Ok((mime, *kind)),
        None => Err(Error::invalid_input(format!(
            "{file_name:?} is not a supported media file: use {}",
            kaizala_api::facts::extension_list()
        ))),
    }
}

/// Called with (bytes sent, total bytes) as the upload streams.
pub type Progress = Arc<dyn Fn(u64, u64) + Send + Sync>;

type BoxRead = Pin<Box<dyn AsyncRead + Send>>;

enum Source {
    Path(PathBuf),
    Bytes(Bytes),
    /// Taken by the first attempt: a reader cannot be replayed.
    Reader(Mutex<Option<BoxRead>>),
}

/// A file to upload, streamed, never held in memory whole (except what
/// [`Media::from_bytes`] was given).
pub struct Media {
    source: Source,
    file_name: String,
    mime: &'static str,
    kind: MediaKind,
    len: u64,
    progress: Option<Progress>,
}

impl fmt::Debug for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = match &self.source {
            Source::Path(p) => format!("path {}", p.display()),
            Source::Bytes(_) => "bytes".to_owned(),
            Source::Reader(_) => "reader".to_owned(),
        };
        f.debug_struct("Media")
            .field("source", &source)
            .field("file_name", &self.file_name)
            .field("mime", &self.mime)
            .field("len", &self.len)
            .finish()
    }
}

impl Media {
    /// The file at `path`. Its extension picks the MIME type; a retry reopens it.
    pub async fn from_path(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let file_name = path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| Error::invalid_input(format!("{} names no file", path.display())))?
            .to_owned();
        let (mime, kind) = media_type(&file_name)?;
        let metadata = tokio::fs::metadata(path)
            .await
            .map_err(|e| Error::invalid_input(format!("cannot read {}: {e}", path.display())))?;
        if !metadata.is_file() {
            return Err(Error::invalid_input(format!(
                "{} is not a file",
                path.display()
            )));
        }
        Ok(Self {
            source: Source::Path(path.to_path_buf()),
            file_name,
            mime,
            kind,
            len: metadata.len(),
            progress: None,
        })
    }

    /// In-memory content, named `file_name` (its extension picks the MIME type).
    pub fn from_bytes(
        file_name: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Result<Self, Error> {
        let file_name = file_name.into();
        let (mime, kind) = media_type(&file_name)?;
        let bytes = bytes.into();
        Ok(Self {
            len: bytes.len() as u64,
            source: Source::Bytes(bytes),
            file_name,
            mime,
            kind,
            progress: None,
        })
    }

    /// `len` bytes read from `reader`. It can be sent once only: a call that
    /// would need a replay (401, 308, 429) fails instead.
    pub fn from_reader(
        file_name: impl Into<String>,
        reader: impl AsyncRead + Send + 'static,
        len: u64,
    ) -> Result<Self, Error> {
        let file_name = file_name.into();
        let (mime, kind) = media_type(&file_name)?;
        Ok(Self {
            source: Source::Reader(Mutex::new(Some(Box::pin(reader)))),
            file_name,
            mime,
            kind,
            len,
            progress: None,
        })
    }

    /// Calls `progress(sent, total)` as bytes go out (restarting from 0 on a retry).
    pub fn with_progress(mut self, progress: impl Fn(u64, u64) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(progress));
        self
    }

    /// The kind, from the extension.
    pub fn kind(&self) -> MediaKind {
        self.kind
    }

    /// The MIME type sent for the file.
    pub fn mime(&self) -> &'static str {
        self.mime
    }

    /// The size in bytes (the `Content-Length` of the part).
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// A fresh body stream, or `None` if the source was consumed.
    fn open(&self) -> Result<Option<reqwest::Body>, Error> {
        let total = self.len;
        let stream: futures::stream::BoxStream<'static, std::io::Result<Bytes>> = match &self.source
        {
            Source::Path(path) => {
                let file = std::fs::File::open(path).map_err(|e| {
                    Error::invalid_input(format!("cannot open {}: {e}", path.display()))
                })?;
                let reader = tokio::fs::File::from_std(file).take(total);
                ReaderStream::with_capacity(reader, CHUNK).boxed()
            }
            Source::Bytes(bytes) => {
                let bytes = bytes.clone();
                let chunks = (0..bytes.len())
                    .step_by(CHUNK)
                    .map(move |at| Ok(bytes.slice(at..(at + CHUNK).min(bytes.len()))))
                    .collect::<Vec<_>>();
                futures::stream::iter(chunks).boxed()
            }
            Source::Reader(slot) => {
                let taken = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
                match taken {
                    Some(reader) => ReaderStream::with_capacity(reader.take(total), CHUNK).boxed(),
                    None => return Ok(None),
                }
            }
        };
        let stream = match &self.progress {
            Some(progress) => {
                let progress = progress.clone();
                let sent = AtomicU64::new(0);
                stream
                    .inspect_ok(move |chunk| {
                        let now = sent.fetch_add(chunk.len() as u64, Ordering::Relaxed)
                            + chunk.len() as u64;
                        progress(now, total);
                    })
                    .boxed()
            }
            None => stream,
        };
        Ok(Some(reqwest::Body::wrap_stream(stream)))
    }

    /// The upload request, addressed to `base` (the runtime sets the base
    /// URL in force and the token on every attempt).
    fn request(
        &self,
        http: &reqwest::Client,
        base: &str,
    ) -> Result<Option<reqwest::Request>, Error> {
        let Some(body) = self.open()? else {
            return Ok(None);
        };
        let part = reqwest::multipart::Part::stream_with_length(body, self.len)
            .file_name(self.file_name.clone())
            .mime_str(self.mime)
            .map_err(Error::transport)?;
        let form = reqwest::multipart::Form::new().part(FIELD_NAME, part);
        let request = http
            // The runtime's HTTP client sends kaizala-rs's User-Agent.
            .post(format!("{}{}", base.trim_end_matches('/'), UPLOAD.path))
            .multipart(form)
            .build()
            .map_err(Error::transport)?;
        Ok(Some(request))
    }
}

/// The upload operation, from the spec's operation table.
const UPLOAD: &kaizala_api::operations::Operation = kaizala_api::facts::ops::UPLOAD_MEDIA;

fn already_sent() -> Error {
    Error::invalid_input("this media was already sent; a reader can be sent once")
}

/// Uploads `media` through the client's runtime (token, endpoint moves,
/// pacing, replays with the multipart body rebuilt from its source, the body
/// bound) and returns its `mediaResource`: the same path on every client.
async fn upload(client: &kaizala_api::Client, media: &Media) -> Result<String, Error> {
    let runtime = client.runtime();
    let base = runtime.auth_root().to_owned();
    let http = runtime.http().clone();
    let first = media.request(&http, &base)?.ok_or_else(already_sent)?;
    let rebuild = || media.request(&http, &base).ok().flatten();
    let response = runtime.send(UPLOAD, first, rebuild).await?;
    if !response.status().is_success() {
        return Err(Error::from_response(response).await);
    }
    let body =
        kaizala_api::runtime::body::read_limited(response, runtime.max_response_body()).await?;
    serde_json::from_slice::<kaizala_api::types::MediaUploadResponse>(&body)
        .map(|u| u.media_resource)
        .map_err(|e| Error::decode(e.to_string(), &body))
}

/// Which Action a media file is sent as. The spec's media table
/// ([`kaizala_api::facts::media`]) lists the file types each accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaAction {
    /// `Image`: one picture.
    Image,
    /// `Album`: pictures.
    Album,
    /// `Audio`: a recording.
    Audio,
    /// `Document`: an office document or PDF.
    Document,
    /// `Video`: a video.
    Video,
}

impl From<MediaKind> for MediaAction {
    fn from(kind: MediaKind) -> Self {
        match kind {
            MediaKind::Image => MediaAction::Image,
            MediaKind::Audio => MediaAction::Audio,
            MediaKind::Document => MediaAction::Document,
            MediaKind::Video => MediaAction::Video,
        }
    }
}

/// The media helpers, on the one client type: add `use kaizala_ext::prelude::*;`.
///
/// The upload goes through the client's runtime, like every other call: the
/// same token, endpoint, throttling and replay handling on every client.
#[allow(async_fn_in_trait)] // sealed, one impl: callers see its futures' Send
pub trait MediaExt: crate::sealed::Sealed {
    /// Uploads a media file (`POST /media`), streamed, and returns its
    /// `mediaResource`.
    async fn upload_media(&self, media: &Media) -> Result<String, Error>;

    /// Sends an uploaded `media_resource` to a group as an `action`.
    async fn send_media(
        &self,
        group_id: &str,
        action: MediaAction,
        media_resource: String,
        caption: Option<String>,
    ) -> Result<types::SendActionResponse, Error>;

    /// Uploads `media` and sends it to a group as the Action its type calls
    /// for (Image, Audio, Document or Video).
    async fn upload_and_send(
        &self,
        group_id: &str,
        media: &Media,
        caption: Option<String>,
    ) -> Result<types::SendActionResponse, Error>;
}

impl MediaExt for kaizala_api::Client {
    async fn upload_media(&self, media: &Media) -> Result<String, Error> {
        upload(self, media).await
    }

    async fn send_media(
        &self,
        group_id: &str,
        action: MediaAction,
        media_resource: String,
        caption: Option<String>,
    ) -> Result<types::SendActionResponse, Error> {
        let action_body = types::MediaBody {
            caption,
            media_resource,
        };
        let request = match action {
            MediaAction::Image => types::ActionRequest::Image {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Album => types::ActionRequest::Album {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Audio => types::ActionRequest::Audio {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Document => types::ActionRequest::Document {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
            MediaAction::Video => types::ActionRequest::Video {
                action_body,
                send_to_all_subscribers: None,
                subscribers: None,
            },
        };
        let group: types::SendActionGroupId = group_id
            .parse()
            .map_err(|e| Error::invalid_input(format!("group id {group_id:?}: {e}")))?;
        Ok(self
            .send_action()
            .group_id(group)
            .body(types::SendActionRequest::Request(request))
            .send()
            .await?
            .into_inner())
    }

    async fn upload_and_send(
        &self,
        group_id: &str,
        media: &Media,
        caption: Option<String>,
    ) -> Result<types::SendActionResponse, Error> {
        let resource = self.upload_media(media).await?;
        self.send_media(group_id, media.kind().into(), resource, caption)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mime_table_agrees_with_mime_guess_where_it_knows() {
        for (ext, mime, _) in SUPPORTED {
            let guessed = mime_guess::from_ext(ext)
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>();
            assert!(
                guessed.is_empty() || guessed.iter().any(|g| g == mime),
                "{ext}: ours {mime}, mime_guess {guessed:?}"
            );
        }
    }

    #[test]
    fn only_the_documented_types() {
        assert_eq!(media_type("a.JPG").unwrap().0, "image/jpeg");
        assert_eq!(media_type("clip.3gpp").unwrap().1, MediaKind::Video);
        for bad in ["a.gif", "a.txt", "noext", "a.exe", "a.mp4.zip", ""] {
            assert!(
                matches!(media_type(bad), Err(Error::InvalidInput { .. })),
                "{bad}"
            );
        }
        assert!(Media::from_bytes("x.svg", vec![1u8]).is_err());
    }
}
