//! The client: every generated operation (through `Deref`) and the media
//! helpers. Its builder is in `builder.rs`, its layers in `layers.rs`, the
//! token service in `token_service.rs`, the PIN login in `pin.rs`.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use kaizala_api::types;

use crate::Error;
use crate::builder::KaizalaClientBuilder;
use crate::media::{self, Media, MediaKind};
use crate::pipeline::Pipeline;
use crate::throttle::RateBudget;
use crate::token::TokenStatus;

/// A Kaizala client that keeps itself authorised. It dereferences to the
/// generated [`kaizala_api::Client`], so every operation of the API is a
/// method on it; each call gets a valid access token, goes to the tenant
/// endpoint, follows endpoint moves and is retried per the [`RetryPolicy`](crate::RetryPolicy).
///
/// ```no_run
/// # async fn demo() -> Result<(), kaizala_ext::Error> {
/// use kaizala_ext::{Credentials, FileStore, KaizalaClient};
///
/// let client = KaizalaClient::builder()
///     .credentials(Credentials::from_env()?)
///     .token_store(FileStore::new("/var/lib/my-connector/refresh-token"))
///     .build()?;
/// let groups = client.list_groups().send().await?;
/// println!("{} groups", groups.groups.len());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct KaizalaClient {
    pub(crate) api: kaizala_api::Client,
    pub(crate) pipeline: Pipeline,
}

impl fmt::Debug for KaizalaClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KaizalaClient")
            .field(
                "auth_root",
                &progenitor_client::ClientInfo::baseurl(&self.api),
            )
            .field("retry", &self.pipeline.policy)
            .finish_non_exhaustive()
    }
}

impl Deref for KaizalaClient {
    type Target = kaizala_api::Client;

    fn deref(&self) -> &kaizala_api::Client {
        &self.api
    }
}

/// Which Action a media file is sent as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaAction {
    /// `Image` (jpg, jpeg, png).
    Image,
    /// `Album` (jpg, jpeg, png).
    Album,
    /// `Audio` (mp3, wav).
    Audio,
    /// `Document` (doc, docx, xls, xlsx, ppt, pptx, pdf).
    Document,
    /// `Video` (mp4, 3gpp).
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

impl KaizalaClient {
    /// Starts configuring a client.
    pub fn builder() -> KaizalaClientBuilder {
        KaizalaClientBuilder::default()
    }

    /// The generated client (also reachable through `Deref`).
    pub fn api(&self) -> &kaizala_api::Client {
        &self.api
    }

    /// Where the token lifecycle stands: whether a rotated refresh token is
    /// still unsaved, whether the service refused the refresh token, the
    /// last refresh failure. Poll it from a health check.
    pub fn token_status(&self) -> TokenStatus {
        self.pipeline.tokens.status()
    }

    /// The per-connector budget this client paces to, unless pacing is off.
    pub fn connector_budget(&self) -> Option<&Arc<RateBudget>> {
        self.pipeline.throttle.as_ref().map(|t| &t.connector)
    }

    /// The shared per-tenant budget, if one was given.
    pub fn tenant_budget(&self) -> Option<&Arc<RateBudget>> {
        self.pipeline
            .throttle
            .as_ref()
            .and_then(|t| t.tenant.as_ref())
    }

    /// Uploads a media file (`POST /media`), streamed, through the same
    /// token, endpoint and throttling handling as every other call, and
    /// returns its `mediaResource`.
    pub async fn upload_media(&self, media: &Media) -> Result<String, Error> {
        media::upload(&self.pipeline, media).await
    }

    /// Sends an uploaded `media_resource` to a group as an `action`.
    pub async fn send_media(
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
        match self
            .api
            .send_action()
            .group_id(group)
            .body(types::SendActionRequest::Request(request))
            .send()
            .await
        {
            Ok(response) => Ok(response.into_inner()),
            Err(e) => Err(Error::from_api(e).await),
        }
    }

    /// Uploads `media` and sends it to a group as the Action its type calls
    /// for (Image, Audio, Document or Video).
    pub async fn upload_and_send(
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
