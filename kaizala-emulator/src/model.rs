//! The emulator's state, as the inspectors of [`crate::Emulator`] hand it out.
//!
//! These are snapshots (clones): mutate the emulator only through its HTTP API or the
//! control methods of [`crate::Emulator`].

use std::time::Duration;

use serde_json::Value;

/// A permission a connector can be granted (see the docs' permission.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Group-level information: create, list and read groups and sub-groups.
    GroupInformation,
    /// Group member list: read, add and remove members and subscribers.
    GroupMemberList,
    /// Post text messages.
    TextMessage,
    /// Fetch, create and update Actions and their responses.
    ActionsAndResponses,
    /// Read the caller's own profile.
    UserProfile,
    /// Upload media and send media attachments.
    Media,
    /// Create, read, update and remove webhooks.
    OutgoingWebhooks,
    /// Tenant-level data.
    TenantData,
    /// Create and read reactions.
    Reactions,
}

impl Permission {
    /// Every permission.
    pub const ALL: [Permission; 9] = [
        Permission::GroupInformation,
        Permission::GroupMemberList,
        Permission::TextMessage,
        Permission::ActionsAndResponses,
        Permission::UserProfile,
        Permission::Media,
        Permission::OutgoingWebhooks,
        Permission::TenantData,
        Permission::Reactions,
    ];

    /// The name of this permission in the token's `scope` string.
    pub fn scope_name(self) -> &'static str {
        match self {
            Permission::GroupInformation => "GroupInformation",
            Permission::GroupMemberList => "GroupMemberList",
            Permission::TextMessage => "TextMessage",
            Permission::ActionsAndResponses => "ActionsAndResponses",
            Permission::UserProfile => "UserProfile",
            Permission::Media => "Media",
            Permission::OutgoingWebhooks => "OutgoingWebhooks",
            Permission::TenantData => "TenantData",
            Permission::Reactions => "Reactions",
        }
    }
}

/// Credentials of a seeded connector: everything a client needs to get an access token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectorCredentials {
    /// The connector's application id (`applicationId` header).
    pub application_id: String,
    /// The connector's secret (`applicationSecret` header).
    pub application_secret: String,
    /// A refresh token granted to this connector for `mobile_number`.
    pub refresh_token: String,
    /// The user the refresh token acts as.
    pub mobile_number: String,
}

/// What to seed a connector with; see [`crate::Emulator::seed_connector`].
#[derive(Debug, Clone)]
pub struct ConnectorSeed {
    /// Application id; generated when `None`.
    pub application_id: Option<String>,
    /// Application secret; generated when `None`.
    pub application_secret: Option<String>,
    /// Refresh token to pre-issue; generated when `None`.
    pub refresh_token: Option<String>,
    /// The user the pre-issued refresh token acts as (created if unknown).
    pub mobile_number: String,
    /// Granted permissions.
    pub permissions: Vec<Permission>,
}

impl ConnectorSeed {
    /// A connector with all permissions acting as `mobile_number`, ids generated.
    pub fn new(mobile_number: impl Into<String>) -> Self {
        ConnectorSeed {
            application_id: None,
            application_secret: None,
            refresh_token: None,
            mobile_number: mobile_number.into(),
            permissions: Permission::ALL.to_vec(),
        }
    }

    /// Sets the application id.
    pub fn application_id(mut self, id: impl Into<String>) -> Self {
        self.application_id = Some(id.into());
        self
    }

    /// Sets the application secret.
    pub fn application_secret(mut self, secret: impl Into<String>) -> Self {
        self.application_secret = Some(secret.into());
        self
    }

    /// Sets the pre-issued refresh token.
    pub fn refresh_token(mut self, token: impl Into<String>) -> Self {
        self.refresh_token = Some(token.into());
        self
    }

    /// Restricts the granted permissions.
    pub fn permissions(mut self, permissions: impl IntoIterator<Item = Permission>) -> Self {
        self.permissions = permissions.into_iter().collect();
        self
    }
}

/// A Kaizala user (anyone with a mobile number is one: unknown numbers are created on use).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// User GUID (also the member id in groups).
    pub id: String,
    /// Mobile number with country code.
    pub mobile_number: String,
    /// Display name.
    pub name: String,
    /// Profile picture URL.
    pub profile_pic: String,
    /// Whether the user has installed Kaizala (seeded users have; implicit ones have not).
    pub is_provisioned: bool,
    /// Tenant admins can act on every group.
    pub is_tenant_admin: bool,
}

/// A member's role in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Group admin.
    Admin,
    /// Plain member.
    Member,
}

impl Role {
    /// The wire name (`Admin` / `Member`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "Admin",
            Role::Member => "Member",
        }
    }
}

/// A member of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The member's user id (the `memberId` of `DELETE /members/{memberId}`).
    pub user_id: String,
    /// Mobile number.
    pub mobile_number: String,
    /// Role.
    pub role: Role,
}

/// The kind of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupType {
    /// An ordinary group.
    Group,
    /// A managed public group (has subscribers).
    ConnectGroup,
}

impl GroupType {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupType::Group => "Group",
            GroupType::ConnectGroup => "ConnectGroup",
        }
    }
}

/// A subscriber of a managed public group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscriber {
    /// The subscriber's user id.
    pub user_id: String,
    /// Mobile number.
    pub mobile_number: String,
    /// When it subscribed, as a sequence number that grows with every
    /// subscription and is never reused: the listing cursor names the last
    /// one served, so removing earlier subscribers does not shift a walk.
    pub seq: u64,
}

/// A conversation group.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Group GUID.
    pub id: String,
    /// Name.
    pub name: String,
    /// Welcome message.
    pub welcome_message: String,
    /// Group or managed public group.
    pub group_type: GroupType,
    /// Group image URL (may be empty).
    pub image_url: String,
    /// Members at this level, in the order they were added.
    pub members: Vec<Member>,
    /// Ids of direct sub-groups.
    pub sub_groups: Vec<String>,
    /// Ids of direct parent groups.
    pub parent_groups: Vec<String>,
    /// Subscribers (managed public groups only), in the order they were added.
    pub subscribers: Vec<Subscriber>,
    /// Creation time, epoch ms.
    pub created_ms: i64,
}

/// Who a message or action was sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// The whole group.
    Group,
    /// Selected subscribers of a public group (mobile numbers).
    Subscribers(Vec<String>),
    /// Every subscriber of a public group.
    AllSubscribers,
}

/// A text message sent through `POST /groups/{groupId}/messages`.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The `referenceId` returned to the sender.
    pub reference_id: String,
    /// Group the message was sent on.
    pub group_id: String,
    /// Text.
    pub text: String,
    /// Sender's mobile number.
    pub sender: String,
    /// Sent time, epoch ms.
    pub sent_ms: i64,
    /// Recipients.
    pub audience: Audience,
}

/// An uploaded media file.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaItem {
    /// Media GUID.
    pub id: String,
    /// File name of the uploaded part.
    pub file_name: String,
    /// Content type of the uploaded part.
    pub content_type: String,
    /// Size in bytes.
    pub size: usize,
    /// Where the emulator serves the file back.
    pub url: String,
    /// The opaque `mediaResource` string returned by `POST /media`.
    pub media_resource: String,
}

/// A bot user (undocumented endpoints, THIRD-PARTY.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bot {
    /// The `botUserId`.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The `profilePic` it was created with.
    pub profile_pic: String,
    /// Mobile number of the user whose connector created it.
    pub creator: String,
    /// Ids of the groups it was added to.
    pub groups: Vec<String>,
}

/// An Action instance posted to a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// The `actionId`.
    pub id: String,
    /// The `referenceId` (what reactions refer to).
    pub reference_id: String,
    /// Group the action was posted on.
    pub group_id: String,
    /// Canonical action type (`Survey`, `Job`, `Poll`, `LetsMeet`, `Announcement`, `Image`,
    /// `Album`, `Audio`, `Document`, `Video`), or `Custom` for an action package.
    pub action_type: String,
    /// The action package id for custom actions.
    pub package_id: Option<String>,
    /// The `actionBody`, validated and normalised to camelCase keys (media resolved).
    pub body: Value,
    /// Sender's mobile number.
    pub sender: String,
    /// Creation time, epoch ms.
    pub created_ms: i64,
    /// Recipients.
    pub audience: Audience,
    /// Responses, oldest first.
    pub responses: Vec<ActionResponse>,
}

/// A response to an Action.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionResponse {
    /// The `responseId`.
    pub id: String,
    /// Responder's mobile number.
    pub responder: String,
    /// The response's `actionBody` (latest version).
    pub body: Value,
    /// First submission, epoch ms.
    pub created_ms: i64,
    /// Last update, epoch ms.
    pub updated_ms: i64,
    /// How many times the response was updated after its first submission.
    pub updates: u32,
}

/// A reaction (like or comment) on a message or action.
#[derive(Debug, Clone, PartialEq)]
pub struct Reaction {
    /// The `reactionId`.
    pub id: String,
    /// Group in the URL of the call that created it.
    pub group_id: String,
    /// Group the referenced item was sent on.
    pub source_group_id: String,
    /// The referenced message or action (`referenceId`).
    pub reference_id: String,
    /// `Like` or `Comment`.
    pub reaction_type: String,
    /// Comment text (comments only).
    pub comment: Option<String>,
    /// Reacting user's id.
    pub user_id: String,
    /// Last modification, epoch ms.
    pub modified_ms: i64,
    /// Last modification as .NET ticks (unique and increasing: what cursors compare).
    pub modified_ticks: i64,
}

/// A webhook subscription.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// The `webhookId`.
    pub id: String,
    /// Object the webhook listens on.
    pub object_id: String,
    /// `Group`, `Action` or `ActionPackage`.
    pub object_type: String,
    /// Subscribed event types.
    pub events: Vec<String>,
    /// Callback URL.
    pub callback_url: String,
    /// Sent as the `kz-callback-token` header.
    pub callback_token: String,
    /// Sent as `context` in every payload.
    pub callback_context: String,
    /// Creation time, epoch ms.
    pub created_ms: i64,
    /// End of validity, epoch ms.
    pub validity_ms: i64,
    /// Whether events are delivered (auto-disabled after retries are exhausted).
    pub active: bool,
}

/// One attempt at delivering an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryAttempt {
    /// HTTP status of the callback's answer, `None` when it could not be reached.
    pub status: Option<u16>,
    /// Transport error, if any.
    pub error: Option<String>,
}

/// An event delivery to one webhook.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    /// The webhook delivered to.
    pub webhook_id: String,
    /// The event's `eventId`.
    pub event_id: String,
    /// The event's `eventType`.
    pub event_type: String,
    /// The JSON payload sent.
    pub payload: Value,
    /// Attempts so far.
    pub attempts: Vec<DeliveryAttempt>,
    /// Whether a 2xx was received.
    pub delivered: bool,
    /// Whether retries were exhausted without success.
    pub failed: bool,
    /// Whether this delivery was an injected duplicate.
    pub duplicate: bool,
}

/// Which base URL a request arrived on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiBase {
    /// The auth base (`auth_url`).
    Auth,
    /// The current tenant base (`endpoint_url`).
    Tenant,
    /// A tenant base that was moved away from (answered 308).
    MovedTenant,
    /// Anything else (media downloads, unknown paths).
    Other,
}

/// One logged HTTP call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedRequest {
    /// HTTP method.
    pub method: String,
    /// Path relative to its base (e.g. `/groups`, `/accessToken`), or the full path for
    /// [`ApiBase::Other`].
    pub path: String,
    /// Raw query string, if any.
    pub query: Option<String>,
    /// The base it arrived on.
    pub base: ApiBase,
    /// Response status.
    pub status: u16,
    /// Arrival time, epoch ms.
    pub at_ms: i64,
}

/// Throttling limits (API.md: 100 calls/min per connector, 300 calls/min per tenant).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThrottleConfig {
    /// Whether throttling is applied at all.
    pub enabled: bool,
    /// Length of the fixed window.
    pub window: Duration,
    /// Calls allowed per connector per window.
    pub per_connector: u32,
    /// Calls allowed per tenant (all connectors) per window.
    pub per_tenant: u32,
}

impl Default for ThrottleConfig {
    fn default() -> Self {
        ThrottleConfig {
            enabled: true,
            window: Duration::from_secs(60),
            per_connector: 100,
            per_tenant: 300,
        }
    }
}

/// Webhook validation and delivery settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookConfig {
    /// How long the callback has to echo the validation token (docs: 5 s).
    pub validation_timeout: Duration,
    /// Timeout of one delivery attempt.
    pub delivery_timeout: Duration,
    /// Delay before the first retry; doubled for each further retry.
    pub retry_base: Duration,
    /// Retries after the first attempt (docs: 6) before the webhook is disabled.
    pub max_retries: u32,
    /// Whether callback URLs may point off this machine. Off by default: the emulator only
    /// calls back to loopback hosts (`localhost`, 127.0.0.0/8, `[::1]`), so that tests and
    /// fuzzers cannot make it send traffic elsewhere.
    pub allow_remote_callbacks: bool,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        WebhookConfig {
            validation_timeout: Duration::from_secs(5),
            delivery_timeout: Duration::from_secs(10),
            retry_base: Duration::from_secs(1),
            max_retries: 6,
            allow_remote_callbacks: false,
        }
    }
}
