// Generated from spec/kaizala.yaml by `cargo xtask gen`. Do not edit.

/// The request limits of the spec, one per operation, place and
/// keyword, and the defaults the service uses for absent fields
/// (`_DEFAULT`).
pub mod limits {
    /// `createBot`: body `name`, `minLength`.
    pub const CREATE_BOT_NAME_MIN_LENGTH: usize = 1;
    /// `updateBot`: body `name`, `minLength`.
    pub const UPDATE_BOT_NAME_MIN_LENGTH: usize = 1;
    /// `createGroup`: body `members`, `maxItems`.
    pub const CREATE_GROUP_MEMBERS_MAX_ITEMS: usize = 100;
    /// `listActions`: query parameter `actionType`, `minLength`.
    pub const LIST_ACTIONS_ACTION_TYPE_MIN_LENGTH: usize = 1;
    /// `listActions`: query parameter `fromDate`, `minimum`.
    pub const LIST_ACTIONS_FROM_DATE_MINIMUM: i64 = 0;
    /// `listActions`: query parameter `count`, `minimum`.
    pub const LIST_ACTIONS_COUNT_MINIMUM: i64 = 1;
    /// `listActions`: query parameter `count`, `default` (what the service uses when it is absent).
    pub const LIST_ACTIONS_COUNT_DEFAULT: i64 = 30;
    /// `sendAction`: body `actionBody.dueDate`, `minimum`.
    pub const SEND_ACTION_ACTION_BODY_DUE_DATE_MINIMUM: i64 = 1;
    /// `sendAction`: body `actionBody.questions`, `minItems`.
    pub const SEND_ACTION_ACTION_BODY_QUESTIONS_MIN_ITEMS: usize = 1;
    /// `sendAction`: body `actionBody.assignedTo`, `minItems`.
    pub const SEND_ACTION_ACTION_BODY_ASSIGNED_TO_MIN_ITEMS: usize = 1;
    /// `sendAction`: body `actionBody.choices`, `minItems`.
    pub const SEND_ACTION_ACTION_BODY_CHOICES_MIN_ITEMS: usize = 2;
    /// `sendAction`: body `actionBody.expiryInHours`, `minimum`.
    pub const SEND_ACTION_ACTION_BODY_EXPIRY_IN_HOURS_MINIMUM: i64 = 1;
    /// `sendAction`: body `actionBody.duration`, `minimum`.
    pub const SEND_ACTION_ACTION_BODY_DURATION_MINIMUM: i64 = 1;
    /// `sendAction`: body `actionBody.place.latitude`, `minimum`.
    pub const SEND_ACTION_ACTION_BODY_PLACE_LATITUDE_MINIMUM: i64 = -90;
    /// `sendAction`: body `actionBody.place.latitude`, `maximum`.
    pub const SEND_ACTION_ACTION_BODY_PLACE_LATITUDE_MAXIMUM: i64 = 90;
    /// `sendAction`: body `actionBody.place.longitude`, `minimum`.
    pub const SEND_ACTION_ACTION_BODY_PLACE_LONGITUDE_MINIMUM: i64 = -180;
    /// `sendAction`: body `actionBody.place.longitude`, `maximum`.
    pub const SEND_ACTION_ACTION_BODY_PLACE_LONGITUDE_MAXIMUM: i64 = 180;
    /// `sendAction`: body `actionBody.message`, `maxLength`.
    pub const SEND_ACTION_ACTION_BODY_MESSAGE_MAX_LENGTH: usize = 4000;
    /// `sendAction`: body `actionBody.validity`, `minimum`.
    pub const SEND_ACTION_ACTION_BODY_VALIDITY_MINIMUM: i64 = 1;
    /// `respondToAction`: body `actionBody.responseLocation.latitude`, `minimum`.
    pub const RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LATITUDE_MINIMUM: i64 = -90;
    /// `respondToAction`: body `actionBody.responseLocation.latitude`, `maximum`.
    pub const RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LATITUDE_MAXIMUM: i64 = 90;
    /// `respondToAction`: body `actionBody.responseLocation.longitude`, `minimum`.
    pub const RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LONGITUDE_MINIMUM: i64 = -180;
    /// `respondToAction`: body `actionBody.responseLocation.longitude`, `maximum`.
    pub const RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LONGITUDE_MAXIMUM: i64 = 180;
    /// `addBotToGroup`: body `botUserId`, `minLength`.
    pub const ADD_BOT_TO_GROUP_BOT_USER_ID_MIN_LENGTH: usize = 1;
    /// `addMembers`: body `members`, `maxItems`.
    pub const ADD_MEMBERS_MEMBERS_MAX_ITEMS: usize = 100;
    /// `addMembers`: body `members`, `minItems`.
    pub const ADD_MEMBERS_MEMBERS_MIN_ITEMS: usize = 1;
    /// `sendMessage`: body `message`, `maxLength`.
    pub const SEND_MESSAGE_MESSAGE_MAX_LENGTH: usize = 4000;
    /// `getGroupReactionSummary`: query parameter `sourceGroupId`, `minLength`.
    pub const GET_GROUP_REACTION_SUMMARY_SOURCE_GROUP_ID_MIN_LENGTH: usize = 1;
    /// `getGroupReactionSummary`: query parameter `cursor`, `minimum`.
    pub const GET_GROUP_REACTION_SUMMARY_CURSOR_MINIMUM: i64 = 0;
    /// `listReactions`: query parameter `sourceGroupId`, `minLength`.
    pub const LIST_REACTIONS_SOURCE_GROUP_ID_MIN_LENGTH: usize = 1;
    /// `listReactions`: query parameter `cursor`, `minimum`.
    pub const LIST_REACTIONS_CURSOR_MINIMUM: i64 = 0;
    /// `getActionReactionSummary`: query parameter `sourceGroupId`, `minLength`.
    pub const GET_ACTION_REACTION_SUMMARY_SOURCE_GROUP_ID_MIN_LENGTH: usize = 1;
    /// `addSubGroup`: body `subGroups`, `minItems`.
    pub const ADD_SUB_GROUP_SUB_GROUPS_MIN_ITEMS: usize = 1;
    /// `createSubGroup`: body `members`, `maxItems`.
    pub const CREATE_SUB_GROUP_MEMBERS_MAX_ITEMS: usize = 100;
    /// `listSubscribers`: body `count`, `minimum`.
    pub const LIST_SUBSCRIBERS_COUNT_MINIMUM: i64 = 1;
    /// `listSubscribers`: body `count`, `maximum`.
    pub const LIST_SUBSCRIBERS_COUNT_MAXIMUM: i64 = 50;
    /// `listSubscribers`: body `count`, `default` (what the service uses when it is absent).
    pub const LIST_SUBSCRIBERS_COUNT_DEFAULT: i64 = 50;
    /// `addSubscribers`: body `subscribers`, `minItems`.
    pub const ADD_SUBSCRIBERS_SUBSCRIBERS_MIN_ITEMS: usize = 1;
    /// `removeSubscribers`: body `subscribers`, `minItems`.
    pub const REMOVE_SUBSCRIBERS_SUBSCRIBERS_MIN_ITEMS: usize = 1;
    /// `loginWithPin`: body `pin`, `minimum`.
    pub const LOGIN_WITH_PIN_PIN_MINIMUM: i64 = 0;
    /// `listWebhooks`: query parameter `objectId`, `minLength`.
    pub const LIST_WEBHOOKS_OBJECT_ID_MIN_LENGTH: usize = 1;
    /// `createWebhook`: body `eventTypes`, `minItems`.
    pub const CREATE_WEBHOOK_EVENT_TYPES_MIN_ITEMS: usize = 1;
    /// `updateWebhook`: body `eventTypes`, `minItems`.
    pub const UPDATE_WEBHOOK_EVENT_TYPES_MIN_ITEMS: usize = 1;
    /// Every limit above (not the `_DEFAULT`s), by name, as a number.
    pub const ALL: &[(&str, f64)] = &[
        ("CREATE_BOT_NAME_MIN_LENGTH", 1.0),
        ("UPDATE_BOT_NAME_MIN_LENGTH", 1.0),
        ("CREATE_GROUP_MEMBERS_MAX_ITEMS", 100.0),
        ("LIST_ACTIONS_ACTION_TYPE_MIN_LENGTH", 1.0),
        ("LIST_ACTIONS_FROM_DATE_MINIMUM", 0.0),
        ("LIST_ACTIONS_COUNT_MINIMUM", 1.0),
        ("SEND_ACTION_ACTION_BODY_DUE_DATE_MINIMUM", 1.0),
        ("SEND_ACTION_ACTION_BODY_QUESTIONS_MIN_ITEMS", 1.0),
        ("SEND_ACTION_ACTION_BODY_ASSIGNED_TO_MIN_ITEMS", 1.0),
        ("SEND_ACTION_ACTION_BODY_CHOICES_MIN_ITEMS", 2.0),
        ("SEND_ACTION_ACTION_BODY_EXPIRY_IN_HOURS_MINIMUM", 1.0),
        ("SEND_ACTION_ACTION_BODY_DURATION_MINIMUM", 1.0),
        ("SEND_ACTION_ACTION_BODY_PLACE_LATITUDE_MINIMUM", -90.0),
        ("SEND_ACTION_ACTION_BODY_PLACE_LATITUDE_MAXIMUM", 90.0),
        ("SEND_ACTION_ACTION_BODY_PLACE_LONGITUDE_MINIMUM", -180.0),
        ("SEND_ACTION_ACTION_BODY_PLACE_LONGITUDE_MAXIMUM", 180.0),
        ("SEND_ACTION_ACTION_BODY_MESSAGE_MAX_LENGTH", 4000.0),
        ("SEND_ACTION_ACTION_BODY_VALIDITY_MINIMUM", 1.0),
        ("RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LATITUDE_MINIMUM", -90.0),
        ("RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LATITUDE_MAXIMUM", 90.0),
        ("RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LONGITUDE_MINIMUM", -180.0),
        ("RESPOND_TO_ACTION_ACTION_BODY_RESPONSE_LOCATION_LONGITUDE_MAXIMUM", 180.0),
        ("ADD_BOT_TO_GROUP_BOT_USER_ID_MIN_LENGTH", 1.0),
        ("ADD_MEMBERS_MEMBERS_MAX_ITEMS", 100.0),
        ("ADD_MEMBERS_MEMBERS_MIN_ITEMS", 1.0),
        ("SEND_MESSAGE_MESSAGE_MAX_LENGTH", 4000.0),
        ("GET_GROUP_REACTION_SUMMARY_SOURCE_GROUP_ID_MIN_LENGTH", 1.0),
        ("GET_GROUP_REACTION_SUMMARY_CURSOR_MINIMUM", 0.0),
        ("LIST_REACTIONS_SOURCE_GROUP_ID_MIN_LENGTH", 1.0),
        ("LIST_REACTIONS_CURSOR_MINIMUM", 0.0),
        ("GET_ACTION_REACTION_SUMMARY_SOURCE_GROUP_ID_MIN_LENGTH", 1.0),
        ("ADD_SUB_GROUP_SUB_GROUPS_MIN_ITEMS", 1.0),
        ("CREATE_SUB_GROUP_MEMBERS_MAX_ITEMS", 100.0),
        ("LIST_SUBSCRIBERS_COUNT_MINIMUM", 1.0),
        ("LIST_SUBSCRIBERS_COUNT_MAXIMUM", 50.0),
        ("ADD_SUBSCRIBERS_SUBSCRIBERS_MIN_ITEMS", 1.0),
        ("REMOVE_SUBSCRIBERS_SUBSCRIBERS_MIN_ITEMS", 1.0),
        ("LOGIN_WITH_PIN_PIN_MINIMUM", 0.0),
        ("LIST_WEBHOOKS_OBJECT_ID_MIN_LENGTH", 1.0),
        ("CREATE_WEBHOOK_EVENT_TYPES_MIN_ITEMS", 1.0),
        ("UPDATE_WEBHOOK_EVENT_TYPES_MIN_ITEMS", 1.0),
    ];
}
/// The media table of the spec (`x-kaizala-media` on the upload's
/// `files` part).
pub mod media {
    use super::MediaType;
    /// The supported content types, in the spec's order, with their
    /// extensions and the media Actions that send them.
    pub const MEDIA_TYPES: &[MediaType] = &[
        MediaType {
            content_type: "image/jpeg",
            extensions: &["jpg", "jpeg"],
            actions: &["Image", "Album"],
        },
        MediaType {
            content_type: "image/png",
            extensions: &["png"],
            actions: &["Image", "Album"],
        },
        MediaType {
            content_type: "audio/mpeg",
            extensions: &["mp3"],
            actions: &["Audio"],
        },
        MediaType {
            content_type: "audio/wav",
            extensions: &["wav"],
            actions: &["Audio"],
        },
        MediaType {
            content_type: "application/msword",
            extensions: &["doc"],
            actions: &["Document"],
        },
        MediaType {
            content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            extensions: &["docx"],
            actions: &["Document"],
        },
        MediaType {
            content_type: "application/vnd.ms-excel",
            extensions: &["xls"],
            actions: &["Document"],
        },
        MediaType {
            content_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            extensions: &["xlsx"],
            actions: &["Document"],
        },
        MediaType {
            content_type: "application/vnd.ms-powerpoint",
            extensions: &["ppt"],
            actions: &["Document"],
        },
        MediaType {
            content_type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            extensions: &["pptx"],
            actions: &["Document"],
        },
        MediaType {
            content_type: "application/pdf",
            extensions: &["pdf"],
            actions: &["Document"],
        },
        MediaType {
            content_type: "video/mp4",
            extensions: &["mp4"],
            actions: &["Video"],
        },
        MediaType {
            content_type: "video/3gpp",
            extensions: &["3gpp"],
            actions: &["Video"],
        },
    ];
    /// The media Actions, in the order the table first names them.
    pub const MEDIA_ACTIONS: &[&str] = &["Image", "Album", "Audio", "Document", "Video"];
}
/// The webhook event types of the spec (`WebhookEventType`).
pub mod events {
    /// Every event type a webhook can subscribe to, in the spec's order.
    pub const WEBHOOK_EVENT_TYPES: &[&str] = &[
        "ActionCreated",
        "ActionResponse",
        "SurveyCreated",
        "JobCreated",
        "SurveyResponse",
        "JobResponse",
        "TextMessageCreated",
        "AttachmentCreated",
        "Announcement",
        "MemberAdded",
        "MemberRemoved",
        "GroupAdded",
        "GroupRemoved",
        "PollCreated",
        "PollResponse",
        "LetsMeetCreated",
        "LetsMeetResponse",
    ];
}
/// Where the service places tenant endpoints (`x-kaizala-tenant-domains`).
pub mod endpoints {
    use super::TenantDomain;
    /// The domains under which the service places tenant endpoints,
    /// each with its evidence, in the spec's order: the hosts an
    /// access token may go to when the auth root is under one of them.
    pub const TENANT_DOMAINS: &[TenantDomain] = &[
        TenantDomain {
            domain: "kaiza.la",
            doc: "The service's own domain: the auth root (`api.kaiza.la`), the OAuth root (`ds.kaiza.la`) and the endpoints the latest pages show (`https://kms-alpha.kaiza.la/`, `https://kms.kaiza.la/`) and clients called (`kms1`, `kms2`, `api2`).",
            sources: &[
                "Tokens.md:84",
                "Tokens.md:153",
                "THIRD-PARTY.md:41",
                "THIRD-PARTY.md:42",
            ],
        },
        TenantDomain {
            domain: "kaizalamessaging.osi.office.net",
            doc: "Where the live service placed tenant endpoints in 2017: every recorded accessToken answer names `https://inc-000.KaizalaMessaging.osi.office.net` or `inc-001` (no trailing slash, mixed case).",
            sources: &[
                "swagger-2017.json#/paths/~1accessToken/get/x-unitTests/0/expectedResponse/body",
                "history/Tokens/2017-09-15-4d9dcd7.md:79",
                "history/API/2017-09-14-392c197.md:38",
                "THIRD-PARTY.md:40",
            ],
        },
    ];
}
/// One constant per operation of the spec, into the operation table.
pub mod ops {
    use crate::operations::Operation;
    /// `getAccessToken`: `GET /accessToken`.
    pub const GET_ACCESS_TOKEN: &Operation = &crate::operations::OPERATIONS[0];
    /// `createBot`: `POST /bot`.
    pub const CREATE_BOT: &Operation = &crate::operations::OPERATIONS[1];
    /// `getBotAccessToken`: `GET /bot/accessToken/{botUserId}`.
    pub const GET_BOT_ACCESS_TOKEN: &Operation = &crate::operations::OPERATIONS[2];
    /// `updateBot`: `PUT /bot/{botUserId}`.
    pub const UPDATE_BOT: &Operation = &crate::operations::OPERATIONS[3];
    /// `generatePin`: `POST /generatePin`.
    pub const GENERATE_PIN: &Operation = &crate::operations::OPERATIONS[4];
    /// `listGroups`: `GET /groups`.
    pub const LIST_GROUPS: &Operation = &crate::operations::OPERATIONS[5];
    /// `createGroup`: `POST /groups`.
    pub const CREATE_GROUP: &Operation = &crate::operations::OPERATIONS[6];
    /// `getGroup`: `GET /groups/{groupId}`.
    pub const GET_GROUP: &Operation = &crate::operations::OPERATIONS[7];
    /// `listActions`: `GET /groups/{groupId}/actions`.
    pub const LIST_ACTIONS: &Operation = &crate::operations::OPERATIONS[8];
    /// `sendAction`: `POST /groups/{groupId}/actions`.
    pub const SEND_ACTION: &Operation = &crate::operations::OPERATIONS[9];
    /// `getAction`: `GET /groups/{groupId}/actions/{actionId}`.
    pub const GET_ACTION: &Operation = &crate::operations::OPERATIONS[10];
    /// `updateAction`: `PUT /groups/{groupId}/actions/{actionId}`.
    pub const UPDATE_ACTION: &Operation = &crate::operations::OPERATIONS[11];
    /// `updateActionProperties`: `PUT /groups/{groupId}/actions/{actionId}/properties`.
    pub const UPDATE_ACTION_PROPERTIES: &Operation = &crate::operations::OPERATIONS[12];
    /// `respondToAction`: `POST /groups/{groupId}/actions/{actionId}/responses`.
    pub const RESPOND_TO_ACTION: &Operation = &crate::operations::OPERATIONS[13];
    /// `addBotToGroup`: `POST /groups/{groupId}/bot`.
    pub const ADD_BOT_TO_GROUP: &Operation = &crate::operations::OPERATIONS[14];
    /// `listMembers`: `GET /groups/{groupId}/members`.
    pub const LIST_MEMBERS: &Operation = &crate::operations::OPERATIONS[15];
    /// `addMembers`: `PUT /groups/{groupId}/members`.
    pub const ADD_MEMBERS: &Operation = &crate::operations::OPERATIONS[16];
    /// `removeMember`: `DELETE /groups/{groupId}/members/{memberId}`.
    pub const REMOVE_MEMBER: &Operation = &crate::operations::OPERATIONS[17];
    /// `sendMessage`: `POST /groups/{groupId}/messages`.
    pub const SEND_MESSAGE: &Operation = &crate::operations::OPERATIONS[18];
    /// `addReaction`: `POST /groups/{groupId}/reaction`.
    pub const ADD_REACTION: &Operation = &crate::operations::OPERATIONS[19];
    /// `getGroupReactionSummary`: `GET /groups/{groupId}/reaction/summary`.
    pub const GET_GROUP_REACTION_SUMMARY: &Operation = &crate::operations::OPERATIONS[20];
    /// `listReactions`: `GET /groups/{groupId}/reaction/{referenceId}`.
    pub const LIST_REACTIONS: &Operation = &crate::operations::OPERATIONS[21];
    /// `getActionReactionSummary`: `GET /groups/{groupId}/reaction/{referenceId}/summary`.
    pub const GET_ACTION_REACTION_SUMMARY: &Operation = &crate::operations::OPERATIONS[22];
    /// `listSubGroups`: `GET /groups/{groupId}/subGroups`.
    pub const LIST_SUB_GROUPS: &Operation = &crate::operations::OPERATIONS[23];
    /// `addSubGroup`: `PUT /groups/{groupId}/subGroups`.
    pub const ADD_SUB_GROUP: &Operation = &crate::operations::OPERATIONS[24];
    /// `createSubGroup`: `POST /groups/{groupId}/subGroups`.
    pub const CREATE_SUB_GROUP: &Operation = &crate::operations::OPERATIONS[25];
    /// `removeSubGroup`: `DELETE /groups/{groupId}/subGroups/{subGroupId}`.
    pub const REMOVE_SUB_GROUP: &Operation = &crate::operations::OPERATIONS[26];
    /// `listSubscribers`: `POST /groups/{groupId}/subscribers`.
    pub const LIST_SUBSCRIBERS: &Operation = &crate::operations::OPERATIONS[27];
    /// `addSubscribers`: `PUT /groups/{groupId}/subscribers/add`.
    pub const ADD_SUBSCRIBERS: &Operation = &crate::operations::OPERATIONS[28];
    /// `removeSubscribers`: `PUT /groups/{groupId}/subscribers/remove`.
    pub const REMOVE_SUBSCRIBERS: &Operation = &crate::operations::OPERATIONS[29];
    /// `loginWithPin`: `POST /loginWithPinAndApplicationId`.
    pub const LOGIN_WITH_PIN: &Operation = &crate::operations::OPERATIONS[30];
    /// `uploadMedia`: `POST /media`.
    pub const UPLOAD_MEDIA: &Operation = &crate::operations::OPERATIONS[31];
    /// `uploadMediaFromUrl`: `POST /media/url`.
    pub const UPLOAD_MEDIA_FROM_URL: &Operation = &crate::operations::OPERATIONS[32];
    /// `exchangeOauthCode`: `POST /oauth/token`.
    pub const EXCHANGE_OAUTH_CODE: &Operation = &crate::operations::OPERATIONS[33];
    /// `listWebhooks`: `GET /webhook`.
    pub const LIST_WEBHOOKS: &Operation = &crate::operations::OPERATIONS[34];
    /// `createWebhook`: `POST /webhook`.
    pub const CREATE_WEBHOOK: &Operation = &crate::operations::OPERATIONS[35];
    /// `updateWebhook`: `PUT /webhook/{webhookId}`.
    pub const UPDATE_WEBHOOK: &Operation = &crate::operations::OPERATIONS[36];
    /// `deleteWebhook`: `DELETE /webhook/{webhookId}`.
    pub const DELETE_WEBHOOK: &Operation = &crate::operations::OPERATIONS[37];
}

/// Calls the macro `$callback` with every webhook event type of the spec,
/// in the spec's order, as `(Name, DataType, " doc")`: the `eventType` (a
/// valid variant name), the generated type its `data` decodes as, and a
/// one-line doc (`x-kaizala-event-data` on `WebhookEventType`). kaizala-ext
/// defines `KaizalaEvent` from it, so an event type added to the spec needs
/// no other edit.
///
/// ```
/// macro_rules! names {
///     ($(($name:ident, $data:ty, $doc:literal)),* $(,)?) => {
///         [$(stringify!($name)),*]
///     };
/// }
/// assert_eq!(
///     kaizala_api::webhook_events!(names),
///     kaizala_api::facts::events::WEBHOOK_EVENT_TYPES,
/// );
/// ```
#[macro_export]
macro_rules! webhook_events {
    ($callback:ident) => {
        $callback! {
            (ActionCreated, $crate::types::SurveyEventData, " A custom Action was created."),
            (ActionResponse, $crate::types::SurveyEventData, " A custom Action was answered."),
            (SurveyCreated, $crate::types::SurveyEventData, " A survey was created."),
            (JobCreated, $crate::types::JobCreatedEventData, " A job was created."),
            (SurveyResponse, $crate::types::SurveyEventData, " A survey was answered."),
            (JobResponse, $crate::types::JobResponseEventData, " A job was answered (completed or reopened)."),
            (TextMessageCreated, $crate::types::TextMessageCreatedEventData, " A text message was posted in the group."),
            (AttachmentCreated, $crate::types::AttachmentCreatedEventData, " A photo, audio, video or document was posted."),
            (Announcement, $crate::types::AnnouncementEventData, " An announcement was posted."),
            (MemberAdded, $crate::types::MemberEventData, " A member joined the group."),
            (MemberRemoved, $crate::types::MemberEventData, " A member left or was removed."),
            (GroupAdded, $crate::types::GroupEventData, " A sub-group was attached."),
            (GroupRemoved, $crate::types::GroupEventData, " A sub-group was detached."),
            (PollCreated, $crate::types::SurveyEventData, " A poll was created."),
            (PollResponse, $crate::types::SurveyEventData, " A poll was answered."),
            (LetsMeetCreated, $crate::types::SurveyEventData, " A Let's Meet was created."),
            (LetsMeetResponse, $crate::types::SurveyEventData, " A Let's Meet was answered."),
        }
    };
}

/// FNV-1a (64-bit) digest of the spec text these files were generated from
/// (`\r\n` read as `\n`): `tests/tests/kaizala/coverage.rs` compares it with
/// `spec/kaizala.yaml`, so a spec edit without `cargo xtask gen` fails a test.
pub const SPEC_DIGEST: u64 = 0xceeb81812df5a28d;
